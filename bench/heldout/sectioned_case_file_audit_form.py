"""A council's "Appendix 2 – Case File Audit Form": a manager audits one
child's social care file section by section, each section a table of
evidence prompts, commentary and a rating on Ofsted's four grades.

Source: "Appendix 2 Case File Audit Form", an appendix to an English
council's case file audit procedure, as transcribed at
https://docest.com/doc/420637/case-file-audit-form (the transcription does
not name the council; no date is shown). What the page shows, and this
family reproduces as structure only: the title "Appendix 2" over "Case File
Audit Form"; a first part "1. Case Information" whose boxes pair labels
with slashes ("Name of child/Young person / ID number / Date of birth",
"Child's age / Child's legal status", "Name of team / Name of Social Worker
/ Name of Line Manager / Name of Auditor", "Date of Audit", "Date workers
interviewed", "Is the child part of a sibling group / Who does the child
live with"); then numbered sections ("Case description and history",
"Assessments, analysis of Need / Risk", ...) each laid out as a table headed
"Evidence / Commentary & Analysis / Rating" with prompt questions in the
evidence column and the four grades printed in the rating column in the
order Good, Outstanding, Requires improvement, Inadequate.

Our judgement, because the page shows only the first sections and no
completed form: the names of the later sections; the closing part (overall
rating, strengths, areas for development, actions by whom and by when, an
urgent-concern question, whether the child's and family's views on the
service were sought); a "Service" box added to the case information; the
Head of Service moderation (a box or a paragraph typed in the moderator's
colour, remarks in colour after a section's commentary); and everything
that varies between files: the details block (the source's paired grid,
labels over values, a label | value table or "Label: value" lines), date
spellings, plain or prefixed ID numbers, how the rating is shown (the four
printed grades with the chosen one bold and highlighted, the others struck
through, ticked boxes, four grade columns with a mark, a number on a
printed key, or typed as people type it), strengths and development areas
as lists, a paragraph or two columns, actions as a table, numbered lines
or a sentence saying there are none, yes/no questions typed or ticked, the
brand colour of the council line, and files with fewer sections.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, STAFF, sample_forms
from bot.samples.people import CHILDREN_IN_CARE, manager_of

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "sectioned_case_file_audit_form"
SEED = 10112

# The form's sections, in place of the sample tools' area names. The first
# two are the source's; the rest are our judgement.
AREAS = (
    "Case description and history",
    "Assessments, analysis of Need / Risk",
    "Planning, intervention and review",
    "Voice and lived experience of the child",
    "Multi-agency working",
    "Management oversight and supervision",
    "Outcomes for the child",
)
PROMPTS = {
    AREAS[0]: ("Summary of case history from the file", "Chronology on file and up to date?", "Genogram?"),
    AREAS[1]: ("Assessments completed and under which part of the Children Act 1989",
               "Completed within timescales?", "Child seen alone?", "Signed off by the line manager?"),
    AREAS[2]: ("Is there a current plan?", "Is it SMART and reviewed on time?", "Contingency plan?"),
    AREAS[3]: ("Are the child's wishes and feelings recorded?", "Direct work on file?"),
    AREAS[4]: ("Which agencies are involved?", "Are partners contributing to the plan?"),
    AREAS[5]: ("Regular supervision recorded?", "Manager's decisions and rationale on file?"),
    AREAS[6]: ("What difference has the work made for the child?",),
}
# The source's order of the four grades in the rating column.
PRINTED = ((GOOD, "Good"), (OUTSTANDING, "Outstanding"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
NUMBERED = ((OUTSTANDING, "1", "Outstanding"), (GOOD, "2", "Good"),
            (REQUIRES_IMPROVEMENT, "3", "Requires improvement to be good"), (INADEQUATE, "4", "Inadequate"))
LEGAL_STATUSES = ("Child in Need (s17)", "Child Protection Plan", "CP – category neglect", "CIN")
LOOKED_AFTER_STATUSES = ("Looked after – s20", "Looked after – ICO (s38)", "Care order (s31)")
LIVES_WITH = ("Mother", "Both parents", "Mother and her partner", "Father", "Maternal grandmother",
              "Mother and siblings")
LOOKED_AFTER_LIVES_WITH = ("Foster carers", "Kinship carers (aunt)", "Residential placement")
# Ways the file shows each rating: layouts of the rating column.
RATING_STYLES = ("bold", "strike", "tick", "columns", "number", "typed", "bold", "strike", "tick", "columns",
                 "typed", "number", "strike", "bold", "columns", "tick")
DETAIL_STYLES = ("grid", "over", "table", "lines")
NO_ACTIONS = ("No further actions identified from this audit.", "No actions required – plan is on track.",
              "None identified at this time.")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale", "Completed"),
                  ("Actions agreed", "Who", "Date due"))


def build(today: date) -> list[HeldOutForm]:
    pool = [sample for sample in sample_forms(240, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    # About a third moderated, as in a month's returns; the rest as drawn.
    moderated = [sample for sample in pool if sample.moderation]
    remarks_only = [sample for sample in moderated if sample.moderation.grade is None][:1]
    moderated = [*moderated[:6 - len(remarks_only)], *remarks_only]
    plain = [sample for sample in pool if not sample.moderation][:10]
    chosen = [*plain]
    for place, sample in zip((1, 4, 6, 9, 12, 15), moderated):
        chosen.insert(place, sample)
    forms = []
    for index, sample in enumerate(chosen):
        rng = random.Random(f"{FAMILY}:{index}")
        forms.append(_build_one(rng, index, sample, today))
    return forms


def _build_one(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    rating_style = RATING_STYLES[index]
    detail_style = DETAIL_STYLES[index % 4]

    # The form's own section names; a few files leave out sections that do
    # not apply to the case.
    renamed = {section.name: area for section, area in zip(sample.sections, AREAS)}
    sections = tuple(replace(section, name=renamed[section.name]) for section in sample.sections)
    if index in (3, 9, 14):
        keep = [s for s in sections if s.name not in (AREAS[0], AREAS[4] if index == 9 else AREAS[6])]
        if not any(s.grade == sample.grade for s in keep):
            keep = list(sections[1:])
        sections = tuple(keep)
    moderation = sample.moderation
    if moderation:
        moderation = replace(moderation, section_comments={
            renamed[name]: remark for name, remark in moderation.section_comments.items()
            if renamed[name] in {s.name for s in sections}})
    case_id = common.case_reference(rng, sample.case_id) if index % 3 == 1 else sample.case_id
    # A case file found in good order may need no actions.
    actions = () if index in (5, 11) and sample.grade in (OUTSTANDING, GOOD) else sample.actions
    sample = replace(sample, sections=sections, case_id=case_id, moderation=moderation, actions=actions,
                     title="Case File Audit Form")

    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng), brand, size=rng.choice((12, 14)))
    common.paragraph(document, "Appendix 2", bold=True)
    common.paragraph(document, "Case File Audit Form", bold=True, size=16)
    if rating_style == "number":
        key = "   ".join(f"{number} = {words}" for _, number, words in NUMBERED)
        common.paragraph(document, f"Rating key: {key}", italic=True)

    others: list[str] = []
    others_born: list[str] = []
    written_dob = when(sample.child.date_of_birth)
    _details(document, rng, sample, detail_style, when, written_dob, today, others, others_born, index, brand)

    for number, section in enumerate(sample.sections, start=2):
        common.brand_heading(document, f"{number}. {section.name}", brand, size=12)
        _section_table(document, rng, sample, section, rating_style, ink)
        if section.name == AREAS[3] and sample.feedback_sought is not None:
            _yes_no(document, rng, "Have the child's and family's views on the service been sought?",
                    sample.feedback_sought, index)

    _summary(document, rng, sample, rating_style, when, brand, index)
    _moderation(document, rng, sample, ink, when, brand, index)

    data = common.finish_docx(document, "Case File Audit Form", sample.moderation.date if sample.moderation
                              else sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=(written_dob, *others_born))


# --- case information -------------------------------------------------------------------


def _line_manager(sample) -> str:
    member = next((staff for staff in STAFF if staff.name == sample.practitioner), None)
    boss = manager_of(member) if member else None
    return boss.name if boss else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _details(document, rng, sample, style, when, written_dob, today, others, others_born, index, brand) -> None:
    child = sample.child
    name = child.full_name if index not in (6, 13) else f"{child.first_name[0]}.{child.surname[0]}."
    sibling_text = "No"
    if index % 4 == 2:
        brothers = common.siblings(rng, child, rng.choice((1, 2)), today)
        others.extend(full for full, _ in brothers)
        others_born.extend(when(born) for _, born in brothers)
        sibling_text = "Yes – " + ", ".join(f"{full} ({when(born)})" for full, born in brothers)
    looked_after = sample.service == CHILDREN_IN_CARE
    interviewed = sample.date - timedelta(days=rng.choice((0, 1, 2)))
    while interviewed.weekday() >= 5:
        interviewed -= timedelta(days=1)
    pairs = [
        ("Name of child/Young person", name),
        ("ID number", sample.case_id),
        ("Date of birth", written_dob),
        ("Child's age", str(_age(child.date_of_birth, sample.date))),
        ("Child's legal status", rng.choice(LOOKED_AFTER_STATUSES if looked_after else LEGAL_STATUSES)),
        ("Service", sample.service),
        ("Name of team", sample.team),
        ("Name of Social Worker", sample.practitioner),
        ("Name of Line Manager", _line_manager(sample)),
        ("Name of Auditor", sample.auditor),
        ("Date of Audit", when(sample.date)),
        ("Date workers interviewed", when(interviewed) if rng.random() < 0.6 else "Not interviewed"),
        ("Is the child part of a sibling group", sibling_text),
        ("Who does the child live with", rng.choice(LOOKED_AFTER_LIVES_WITH if looked_after else LIVES_WITH)),
    ]
    if index % 5 == 4:
        pairs.insert(13, ("Parents", " and ".join(child.parents)))
    common.brand_heading(document, "1. Case Information", brand, size=12)
    if style == "grid":
        rows = [pairs[i:i + 3] for i in range(0, len(pairs), 3)]
        grid = common.table(document, len(rows), 6)
        for row, chunk in zip(grid.rows, rows):
            for column, (text, value) in enumerate(chunk):
                common.label(row.cells[column * 2], text, "D9E2F3")
                common.write(row.cells[column * 2 + 1], value)
    elif style == "over":
        rows = [pairs[i:i + 4] for i in range(0, len(pairs), 4)]
        grid = common.table(document, len(rows) * 2, 4)
        for number, chunk in enumerate(rows):
            for column, (text, value) in enumerate(chunk):
                common.label(grid.cell(number * 2, column), text, "E2EFD9")
                common.write(grid.cell(number * 2 + 1, column), value)
    elif style == "table":
        grid = common.table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            common.label(row.cells[0], text, "F2F2F2")
            common.write(row.cells[1], value)
    else:
        for text, value in pairs:
            line = common.paragraph(document)
            common.run(line, f"{text}: ", bold=True)
            common.run(line, value)


# --- the sections ----------------------------------------------------------------------


def _rating_cell(cell, rng, grade: str, style: str) -> None:
    """The rating column as the file's style shows the chosen grade."""
    if style == "typed":
        common.write(cell, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        number = next(n for g, n, _ in NUMBERED if g == grade)
        common.write(cell, number, bold=True)
    else:
        for value, words in PRINTED:
            chosen = value == grade
            if style == "bold":
                common.write(cell, words, bold=chosen, highlight=chosen)
            elif style == "strike":
                common.write(cell, words, strike=not chosen)
            else:  # tick
                common.write(cell, f"{'☒' if chosen else '☐'} {words}")


def _section_table(document, rng, sample, section, style, ink) -> None:
    prompts = PROMPTS[section.name]
    remark = sample.moderation.section_comments.get(section.name) if sample.moderation else None
    if style == "columns":
        grid = common.table(document, 2, 6)
        heads = ("Evidence", "Commentary & Analysis") + tuple(words for _, words in PRINTED)
        for cell, text in zip(grid.rows[0].cells, heads):
            common.label(cell, text, "DEEAF6")
        chosen = 2 + [value for value, _ in PRINTED].index(section.grade)
        common.mark(grid.cell(1, chosen), rng.choice(common.MARKS))
    else:
        grid = common.table(document, 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("Evidence", "Commentary & Analysis", "Rating")):
            common.label(cell, text, "DEEAF6")
        _rating_cell(grid.cell(1, 2), rng, section.grade, style)
    common.write(grid.cell(1, 0), "\n".join(prompts), italic=True, size=8)
    common.write(grid.cell(1, 1), section.comment)
    if remark:
        common.write(grid.cell(1, 1), f"HoS: {remark}", colour=ink)


def _yes_no(document, rng, question: str, answer: bool, index: int) -> None:
    line = common.paragraph(document)
    common.run(line, f"{question} ", bold=True)
    if index % 2:
        common.run(line, rng.choice(("Yes", "yes", "YES")) if answer else rng.choice(("No", "no", "NO")))
    else:
        common.run(line, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")


# --- summary, actions, moderation --------------------------------------------------------


def _summary(document, rng, sample, style, when, brand, index) -> None:
    number = len(sample.sections) + 2
    common.brand_heading(document, f"{number}. Overall summary and rating", brand, size=12)
    layout = ("list", "paragraph", "columns")[index % 3]
    if layout == "columns":
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), "Strengths", "E2EFD9")
        common.label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        common.write(grid.cell(1, 0), "\n".join(f"• {text}" for text in sample.strengths))
        common.write(grid.cell(1, 1), "\n".join(f"• {text}" for text in sample.development_areas))
    else:
        for heading, items in (("Strengths", sample.strengths), ("Areas for development", sample.development_areas)):
            common.paragraph(document, heading, bold=True)
            if layout == "list":
                for text in items:
                    document.add_paragraph(text, style="List Bullet")
            else:
                common.paragraph(document, " ".join(items))

    common.paragraph(document, "Overall rating", bold=True)
    if style == "columns":
        grid = common.table(document, 2, 4)
        for column, (value, words) in enumerate(PRINTED):
            common.label(grid.cell(0, column), words, "DEEAF6")
            if value == sample.grade:
                common.mark(grid.cell(1, column), rng.choice(common.MARKS))
    else:
        grid = common.table(document, 1, 2)
        common.label(grid.cell(0, 0), "Overall rating of the case file", "F2F2F2")
        _rating_cell(grid.cell(0, 1), rng, sample.grade, style)

    _yes_no(document, rng, "Are there any immediate safeguarding concerns requiring escalation?",
            sample.urgent_concern, index + 1)
    if sample.urgent_concern:
        common.paragraph(document, f"Details: {sample.urgent_concern_detail}")

    common.paragraph(document, "Actions arising from the audit", bold=True)
    if index % 3 == 2 and sample.actions:
        for number, action in enumerate(sample.actions, start=1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    common.paragraph(document, f"Auditor: {sample.auditor}    Date: {when(sample.date)}")


def _moderation(document, rng, sample, ink, when, brand, index) -> None:
    moderation = sample.moderation
    if moderation is None and index % 2:
        return  # the form carries no moderation part
    common.brand_heading(document, "Head of Service moderation", brand, size=12)
    if moderation is None or index % 2 == 0:
        common.moderation_box(
            document, rng, sample, moderation,
            labels=("Moderated by", "Date of moderation", "Do you agree with the auditor's rating?",
                    "Moderated rating", "Moderator's comments"),
            agree=("Yes", "No"), not_moderated=("", "Not selected for moderation this month."),
            ink=ink, when=when)
        return
    line = common.paragraph(document)
    common.run(line, f"Moderated by {moderation.moderator}, {when(moderation.date)}. ", colour=ink)
    if moderation.grade:
        verdict = "I agree with the rating" if moderation.grade == sample.grade else "Moderated rating:"
        common.run(line, f"{verdict} ", colour=ink)
        common.run(line, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
        common.run(line, ".", colour=ink)
    for comment in moderation.comments:
        common.paragraph(document, comment, colour=ink)

