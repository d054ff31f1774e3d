"""Case file audit (2025 framework 2.4) on a "Case File Audit Form" laid out
as one council's published appendix lays it out: a "Case Information" grid
of label/value pairs first, then numbered areas of practice, each a table
of prompts, "Evidence / Commentary & Analysis" and a "Rating" against the
four Ofsted grades printed with Good first.

Modelled on: "Case File Audit Form" (Appendix 2 to a council's children's
social care case file audit procedure; the copy found, docest.com document
420637, does not name the council, and no other family draws on it). The
search excerpts showed: the title "Case File Audit Form"; part "1. Case
Information" as a grid of paired labels ("Name of child/Young person", "ID
number", "Date of birth", "Child's age", "Child's legal status", "Name of
team", "Name of Social Worker", "Name of Line Manager", "Name of Auditor",
"Date of Audit", "Date workers interviewed", "Is the child part of a
sibling group", "Who does the child live with"); then numbered parts "Case
description and history" and "Assessments, analysis of Need / Risk", each
headed "Evidence / Commentary & Analysis / Rating" with the grades printed
in the order Good, Outstanding, Requires improvement, Inadequate, and
prompts such as whether a chronology and genogram are on file and whether
the child was seen alone. Our own judgement, since the excerpts stop
there: the names of the five later parts (planning, the child's voice,
multi-agency working, management oversight, outcomes), the "Service"
row, the overall judgement, the "What is working well" / "Areas for
development" lists, the actions table or lines, the immediate safeguarding
question, the Head of Service moderation box typed in colour, the council's
name line at the top, and the other ways managers fill the rating in (a
typed grade, a number on a printed 1-4 key, the four grades with the
chosen one marked and the others struck through) and lay the case
information out (two columns, "Label: value" lines, a strip of labels over
values).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, Moderation, Section, phrases, sample_forms
from bot.samples.people import STAFF, head_of_service_over, manager_of
from bot.samples.wording import GRADES

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "case_information_audit_form"
SEED = 10073

# The parts after "1. Case Information"; the first two are the source's own.
AREAS = (
    ("Case description and history",
     "Summary of case history from the file. Chronology on file and up to date? Genogram? "
     "Which services are involved?"),
    ("Assessments, analysis of Need / Risk",
     "Which assessments, under which part of the Children Act 1989? Within timescales? "
     "Child seen alone? Child's views included? History taken into account?"),
    ("Planning and review",
     "Is the plan SMART and reviewed on time? Does it address the risks identified?"),
    ("Voice and lived experience of the child",
     "Are the child's wishes and feelings recorded and do they shape the plan?"),
    ("Multi-agency working",
     "Are partner agencies contributing? Are core group / network meetings recorded?"),
    ("Management oversight and supervision",
     "Is there evidence of regular supervision and recorded management decisions?"),
    ("Outcomes and impact for the child",
     "What difference has the work made for the child?"),
)
# The source prints the grades with Good first.
COLUMNS = common.GRADE_COLUMNS[1]
LEGAL_STATUS = ("Child in Need (s.17)", "Child Protection Plan", "Looked After (s.20)", "Looked After (s.31 Care Order)",
                "Interim Care Order", "CIN")
LIVES_WITH = ("Mother", "Both parents", "Mother and partner", "Father", "Maternal grandmother (kinship)",
              "Foster carers")
ETHNICITY = ("White British", "Mixed – White and Black Caribbean", "Asian British – Pakistani", "Black British – African",
             "White – Other")
URGENT_QUESTIONS = (
    "Are there any immediate safeguarding concerns that need escalating today?",
    "Immediate safeguarding concerns identified during the audit?",
    "Has the audit identified any child who is at immediate risk of harm?",
)
NO_ACTIONS = (
    "No actions arising from this audit.",
    "No further actions required – case progressing well.",
    "Actions: none identified at this audit.",
)
ACTION_HEADERS = (
    ("Action", "By whom", "By when"),
    ("Action required", "Responsible", "Timescale", "Completed"),
    ("What needs to happen", "Who", "Date"),
)
MODERATION_LABELS = (
    ("Moderated by (Head of Service)", "Date moderated", "Do you agree with the overall grade?",
     "Moderated grade", "Head of Service comments"),
    ("Head of Service", "Date", "Agree with auditor's judgement?", "Final judgement", "Moderation comments"),
)
GRADE_STYLES = ("columns", "columns", "marked", "informal", "number", "marked", "informal", "number")


def _person(name: str):
    return next(member for member in STAFF if member.name == name)


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _samples(count: int, today: date):
    total = count
    while True:
        found = [s for s in sample_forms(total, seed=SEED, today=today) if s.kind == CASE_FILE_AUDIT]
        if len(found) >= count:
            return found[:count]
        total += count


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    practitioner = _person(sample.practitioner)
    auditor = _person(sample.auditor)
    moderator = (sample.moderation.moderator if sample.moderation else None) or (
        head_of_service_over(auditor) or head_of_service_over(practitioner)).name
    first = sample.child.first_name
    grade = sample.grade
    if outcome == "changes":
        index = GRADES.index(grade)
        if grade == INADEQUATE or (grade != OUTSTANDING and rng.random() < 0.35):
            moderated, pool = GRADES[index - 1], phrases.MODERATION_RAISES
        else:
            moderated, pool = GRADES[index + 1], phrases.MODERATION_LOWERS
    elif outcome == "confirms":
        moderated, pool = grade, phrases.MODERATION_AGREES
    else:
        moderated, pool = None, phrases.MODERATION_REMARKS
    when = min(_weekday(sample.date + timedelta(days=rng.randint(3, 10))), today)
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(
        moderator=moderator,
        date=max(when, sample.date),
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=moderated,
    )


# --- how the rating is filled in ---------------------------------------------------------------


def _number_key(rng: random.Random) -> dict[str, int]:
    if rng.random() < 0.5:
        return {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
    return {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}


def _marked(cell, rng: random.Random, grade: str, how: str) -> None:
    """The four grades printed in the cell, the chosen one marked."""
    for position, (value, text) in enumerate(COLUMNS):
        paragraph = cell.paragraphs[0] if position == 0 else cell.add_paragraph()
        chosen = value == grade
        if how == "strike":
            common.run(paragraph, text, strike=not chosen, bold=chosen)
        elif how == "tick":
            common.run(paragraph, f"{chr(0x2611) if chosen else chr(0x2610)} {text}")
        elif how == "highlight":
            common.run(paragraph, text, highlight=chosen)
        else:
            common.run(paragraph, text, bold=chosen)
            if chosen:
                common.run(paragraph, "  \u2190", bold=True)


def _rating(cell, rng: random.Random, grade: str, style: str, key: dict[str, int], how: str) -> None:
    if style == "informal":
        common.write(cell, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        common.write(cell, str(key[grade]), bold=True)
    else:
        _marked(cell, rng, grade, how)


# --- the parts of the form --------------------------------------------------------------------


def _details(document, rng: random.Random, rows: list[tuple[str, str]], arrangement: str) -> None:
    if arrangement == "pairs":
        grid = common.table(document, (len(rows) + 1) // 2, 4)
        for index, (label, value) in enumerate(rows):
            row, column = divmod(index, 2)
            common.label(grid.cell(row, column * 2), label, "E7E6E6")
            common.write(grid.cell(row, column * 2 + 1), value)
    elif arrangement == "two_column":
        grid = common.table(document, len(rows), 2)
        for row, (label, value) in zip(grid.rows, rows):
            common.label(row.cells[0], label, "E7E6E6")
            common.write(row.cells[1], value)
    elif arrangement == "lines":
        for label, value in rows:
            paragraph = document.add_paragraph()
            common.run(paragraph, f"{label}: ", bold=True)
            common.run(paragraph, value)
    else:  # a strip of labels over values, four to a band
        for start in range(0, len(rows), 4):
            band = rows[start:start + 4]
            grid = common.table(document, 2, len(band))
            for column, (label, value) in enumerate(band):
                common.label(grid.cell(0, column), label, "DEEAF6")
                common.write(grid.cell(1, column), value)
            document.add_paragraph()


def _area(document, rng: random.Random, number: int, section: Section, prompt: str, style: str,
          key: dict[str, int], how: str, mark_style: str, brand: str, remark: str | None, ink: str) -> None:
    common.brand_heading(document, f"{number}. {section.name}", brand, size=12)
    if style == "columns":
        grid = common.table(document, 2, 2 + len(COLUMNS))
        common.label(grid.cell(0, 0), "Prompts", "F2F2F2")
        common.label(grid.cell(0, 1), "Evidence / Commentary & Analysis", "F2F2F2")
        for column, (value, text) in enumerate(COLUMNS, start=2):
            common.label(grid.cell(0, column), text, "F2F2F2")
            if value == section.grade:
                common.mark(grid.cell(1, column), mark_style)
        common.write(grid.cell(1, 0), prompt, italic=True)
        evidence = grid.cell(1, 1)
    else:
        grid = common.table(document, 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("Prompts", "Evidence / Commentary & Analysis", "Rating")):
            common.label(cell, text, "F2F2F2")
        common.write(grid.cell(1, 0), prompt, italic=True)
        evidence = grid.cell(1, 1)
        _rating(grid.cell(1, 2), rng, section.grade, style, key, how)
    common.write(evidence, section.comment)
    if remark:
        common.write(evidence, f"HoS: {remark}", colour=ink)


def _build_one(rng: random.Random, index: int, sample, plan: dict, today: date) -> HeldOutForm:
    child = sample.child
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    style = plan["style"]
    key = _number_key(rng)
    how = rng.choice(("strike", "tick", "highlight", "bold"))
    mark_style = rng.choice(common.MARKS)
    document = common.new_document(rng)

    common.brand_heading(document, common.council_line(rng), brand, size=11)
    title = document.add_paragraph()
    common.run(title, "Case File Audit Form", bold=True, size=16)
    if rng.random() < 0.5:
        common.paragraph(document, "Appendix 2", italic=True)
    if style == "number":
        order = sorted(key, key=key.get)
        common.paragraph(document, "Rating key: " + ", ".join(
            f"{key[grade]} = {dict(COLUMNS)[grade]}" for grade in order), italic=True)
    elif style == "marked":
        common.paragraph(document, "Rating: please indicate the grade that applies (Good / Outstanding / "
                                   "Requires improvement / Inadequate).", italic=True)

    # 1. Case information
    common.brand_heading(document, "1. Case Information", brand, size=12)
    born = when(child.date_of_birth)
    age = (today - child.date_of_birth).days // 365
    line_manager = manager_of(_person(sample.practitioner))
    siblings = plan["siblings"]
    sibling_text = "Yes – " + "; ".join(f"{name} ({when(day)})" for name, day in siblings) if siblings else "No"
    interviewed = rng.choice((when(sample.date), "N/A", "Not interviewed"))
    rows = [
        ("Name of child/Young person", child.full_name),
        ("ID number", sample.case_id),
        ("Date of birth", born),
        ("Child's age", f"{age}" if age else "under 1"),
        ("Child's legal status", rng.choice(LEGAL_STATUS)),
        ("Name of team", sample.team),
        ("Service", sample.service),
        ("Name of Social Worker", sample.practitioner),
        ("Name of Line Manager", line_manager.name if line_manager else ""),
        ("Name of Auditor", sample.auditor),
        ("Date of Audit", when(sample.date)),
        ("Date workers interviewed", interviewed),
        ("Child's gender / Ethnicity", f"{rng.choice(('Male', 'Female'))} / {rng.choice(ETHNICITY)}"),
        ("Is the child part of a sibling group?", sibling_text),
        ("Who does the child live with?", rng.choice(LIVES_WITH)),
    ]
    _details(document, rng, rows, plan["arrangement"])

    # 2.. the areas of practice
    remarks = sample.moderation.section_comments if sample.moderation else {}
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=2):
        _area(document, rng, number, section, prompt, style, key, how, mark_style, brand,
              remarks.get(section.name), ink)
        if siblings and number == 3:
            common.paragraph(document, common.mention(rng, common.SIBLING_SENTENCES, siblings[0][0]))

    # Overall judgement
    common.brand_heading(document, "Overall judgement", brand, size=12)
    if style == "columns":
        grid = common.table(document, 2, len(COLUMNS) + 1)
        common.label(grid.cell(0, 0), "Overall grade for the case", "F2F2F2")
        for column, (value, text) in enumerate(COLUMNS, start=1):
            common.label(grid.cell(0, column), text, "F2F2F2")
            if value == sample.grade:
                common.mark(grid.cell(1, column), mark_style)
        common.write(grid.cell(1, 0), "Auditor's overall judgement")
    else:
        grid = common.table(document, 1, 2)
        common.label(grid.cell(0, 0), "Overall grade for the case", "F2F2F2")
        _rating(grid.cell(0, 1), rng, sample.grade, style, key, how)

    common.brand_heading(document, "What is working well", brand, size=11)
    for text in sample.strengths:
        common.paragraph(document, f"\u2022 {text}")
    common.brand_heading(document, "Areas for development", brand, size=11)
    for text in sample.development_areas:
        common.paragraph(document, f"\u2022 {text}")

    # Immediate safeguarding
    question = document.add_paragraph()
    common.run(question, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        common.run(question, "Yes")
        common.paragraph(document, f"Details: {sample.urgent_concern_detail}")
    else:
        common.run(question, rng.choice(("No", "No.", "NO")))

    # Actions
    common.brand_heading(document, "Actions", brand, size=11)
    if sample.actions and plan["actions_as"] == "lines":
        for number, action in enumerate(sample.actions, start=1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)

    # Head of Service moderation
    if sample.moderation or plan["empty_box"]:
        common.brand_heading(document, "Head of Service Moderation", brand, size=11)
        common.moderation_box(document, rng, sample, sample.moderation, labels=rng.choice(MODERATION_LABELS),
                              agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))),
                              not_moderated=("", "", "Not selected for moderation this month."), ink=ink, when=when)

    signed = document.add_paragraph()
    common.run(signed, "Auditor signature: ", bold=True)
    common.run(signed, f"{sample.auditor}    Date: {when(sample.date)}")

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = common.finish_docx(document, "Case File Audit Form", sample.date, editor)
    others = tuple(name for name, _ in siblings)
    also = (born, *(when(day) for _, day in siblings))
    return common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = _samples(count, today)
    # A Head of Service moderates what front-line managers write.
    order = [i for i, sample in enumerate(samples) if head_of_service_over(_person(sample.auditor))]
    rng.shuffle(order)
    moderation_plan = {i: outcome for i, outcome in zip(
        order, ("changes",) * 3 + ("confirms",) * 3 + ("comments only",) * 2)}
    urgent = set(rng.sample(range(count), 3))
    no_actions = set(rng.sample(range(count), 3))
    with_siblings = set(rng.sample(range(count), 5))
    arrangements = ("pairs", "pairs", "two_column", "lines", "strip")
    forms = []
    for index, sample in enumerate(samples):
        sections = tuple(replace(section, name=name) for section, (name, _) in zip(sample.sections, AREAS))
        renamed = dict(zip((s.name for s in sample.sections), (name for name, _ in AREAS)))
        moderation = sample.moderation
        if moderation is not None:
            moderation = replace(moderation, section_comments={
                renamed[name]: text for name, text in moderation.section_comments.items()})
        sample = replace(sample, sections=sections, moderation=moderation)
        outcome = moderation_plan.get(index)
        sample = replace(sample, moderation=_moderation(rng, sample, outcome, today) if outcome else None)
        if index in urgent:
            detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
            sample = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
        else:
            sample = replace(sample, urgent_concern=False, urgent_concern_detail=None)
        if index in no_actions:
            sample = replace(sample, actions=())
        if rng.random() < 0.5:
            sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
        plan = {
            "style": GRADE_STYLES[index % len(GRADE_STYLES)],
            "arrangement": rng.choice(arrangements),
            "actions_as": rng.choice(("table", "table", "lines")),
            "siblings": common.siblings(rng, sample.child, rng.choice((1, 2)), today) if index in with_siblings
            else [],
            "empty_box": rng.random() < 0.4,
        }
        forms.append(_build_one(rng, index, sample, plan, today))
    return forms
