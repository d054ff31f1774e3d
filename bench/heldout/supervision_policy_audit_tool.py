"""Supervision policy audit tool: a Head of Service audits the supervision
records of one practitioner (and the child's file the supervision was about)
against the numbered standards of a children's service's supervision
policy, grading each standard and the supervision overall on Ofsted's four
grades; Word files.

Modelled on "Appendix 5: Supervision Audit Tool", an appendix to a
children's social care supervision policy published on docest.com
(docest.com/doc/47229). The search excerpts do not name the organisation;
they show a tool "to assist managers to audit supervision" against the
policy (its standard 12), completed from the supervision records, with the
electronic case file giving "a fuller picture", and findings shared at the
service's PQA meeting. Its details are "Name, job title of auditor", "Date
of audit", "Name of Supervisor" and "Name of Supervisee"; then each
standard is a heading row "Standard N – <name>" with Yes / Partially / No
columns, its prompt questions beneath, and a "Comment" box: Standard 1
"Formal and regular supervision", 2 "Promoting proper reflection and
supporting timely action", 3 "Written agreement", 4 "Planned and purposeful
activity", 5 "Recording and storage" (decisions recorded on the case
system within timescales), 6 "Training". The sample's five supervision
areas are renamed to those standards (frequency to Standard 1, reflection
to 2, case direction to 4, decisions recorded to 5); Standards 3 and 6,
where shown, stay ungraded Yes / Partially / No compliance checks.

My own judgement, since the excerpts show none of it: the council has added
an Ofsted grade to each standard and an overall judgement (typed, as a
number on a printed 1–4 key, as the four grades printed with one marked,
or as a mark under four grade columns); a fifth graded area "Support and
constructive challenge" after the standards (the excerpts stop at Standard
6); the team, service, case number and child's name of the file checked,
the period and dates of the sessions reviewed; strengths, areas to
improve, actions "by who, by when", an immediate-safeguarding question, a
Head of Service moderation box (by a Head of Service other than the
auditor), the auditor's sign-off, and the arrangement of the details block
(a two-column table, a four-column grid, "Label: value" lines or a strip of
labels over values). The council's name line in its brand colour is at the
top as on real forms.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import phrases
from bot.samples.forms import Moderation, Section
from bot.samples.people import EARLY_HELP, HEAD_OF_SERVICE, STAFF, invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "supervision_policy_audit_tool"
SEED = 10083

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
KEY_NUMBER = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
ANSWER = {OUTSTANDING: "Yes", GOOD: "Yes", REQUIRES_IMPROVEMENT: "Partially", INADEQUATE: "No"}

# The sample's areas, renamed to the policy's standards: (number or None, name, prompts).
STANDARDS = {
    "Frequency of supervision": (
        "1", "Formal and regular supervision",
        ("Has supervision been provided at the intervals the policy sets?",)),
    "Reflection and analysis": (
        "2", "Promoting proper reflection and supporting timely action",
        ("Were sessions postponed only in exceptional circumstances and quickly rearranged?",
         "Is there evidence of a reflective approach to the case discussions?")),
    "Clear plans and case direction": (
        "4", "Planned and purposeful activity",
        ("Is there evidence that supervision was planned?",
         "Were decisions from the previous session reviewed and the case direction clear?")),
    "Decisions and their reasons recorded": (
        "5", "Recording and storage",
        ("Were records made on the correct pro forma and signed within the timeframe?",
         "Were significant care planning decisions recorded on the child's file within timescales?")),
    "Support and constructive challenge": (
        None, "Support and constructive challenge",
        ("Does the supervisor offer both support and challenge, and is the practitioner's wellbeing considered?",)),
}
COMPLIANCE = (
    ("3", "Written agreement", "Was a written supervision agreement drawn up, and has it been reviewed?"),
    ("6", "Training", "Has the supervisor received supervision training?"),
)
COMPLIANCE_COMMENTS = {
    "3": (("Yes", "Agreement on file, signed by both."), ("Partially", "Agreement on file but not reviewed this year.")),
    "6": (("Yes", "Supervisor attended the supervision course in the spring."),
          ("Partially", "Supervision training booked for next month.")),
}

TITLES = ("Appendix 5: Supervision Audit Tool", "Supervision Audit Tool", "SUPERVISION AUDIT TOOL")
INTRO = ("This tool helps managers check that supervision follows the supervision policy (see standard 12). "
         "Complete it from the supervision records; looking at the child's electronic file as well gives a "
         "fuller picture. Findings are shared at the service's PQA meeting.")
KEY_LINE = "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"
STRENGTH_LABELS = ("What is working well in this supervision", "Strengths of the supervision")
DEVELOPMENT_LABELS = ("What needs to improve", "Areas for development")
ACTION_LABELS = ("Actions agreed (by who, by when)", "Actions arising from the audit")
ACTION_HEADERS = (("Action", "By who", "By when"), ("Action required", "Responsible", "Timescale", "Completed"),
                  ("What needs to happen", "Who", "When"))
NO_ACTIONS = ("No actions arising from this audit.", "None – supervision meets the policy standards.",
              "No further actions required at this time.")
URGENT_QUESTIONS = ("Are there any immediate safeguarding concerns for a child that need escalating?",
                    "Has the audit identified any child at risk of immediate harm?")
MODERATION_LABELS = (
    ("Moderated by (Head of Service)", "Date moderated", "Do you agree with the overall judgement?",
     "Moderated judgement", "Moderator's comments"),
    ("Head of Service", "Date", "Agree with grade?", "Final grade", "Comments"),
)
NOT_MODERATED = ("", "Not selected for moderation this month.", "")


def _moderator(rng: random.Random, auditor: str) -> str:
    return rng.choice([member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.name != auditor])


def _step(rng: random.Random, grade: str) -> tuple[str, tuple[str, ...]]:
    index = GRADE_ORDER.index(grade)
    if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6):
        return GRADE_ORDER[index + 1], phrases.MODERATION_LOWERS
    return GRADE_ORDER[index - 1], phrases.MODERATION_RAISES


def _moderation(rng: random.Random, sample, outcome: str, first: str, today: date) -> Moderation:
    grade: str | None = sample.grade
    pool = phrases.MODERATION_AGREES
    if outcome == "changes":
        grade, pool = _step(rng, sample.grade)
    elif outcome == "comments":
        grade, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() > 4:
        day += timedelta(days=1)
    return Moderation(moderator=_moderator(rng, sample.auditor), date=max(sample.date, min(day, today)),
                      comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
                      grade=grade)


# --- grades as written ---------------------------------------------------------------


def _grade_in_cell(cell, rng: random.Random, grade: str, style: str, mark_style: str) -> None:
    """One grade in one cell: typed, a key number, or the four grades with one marked."""
    if style == "typed":
        common.write(cell, common.informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        common.write(cell, KEY_NUMBER[grade])
    else:
        target = cell.paragraphs[-1]
        for position, option in enumerate(GRADE_ORDER):
            if position:
                common.run(target, " / ")
            chosen = option == grade
            text = PRINTED[option]
            if mark_style == "tick" and chosen:
                text = "\u2713 " + text
            common.run(target, text, bold=chosen and mark_style in ("bold", "tick"),
                       highlight=chosen and mark_style == "highlight",
                       strike=not chosen and mark_style == "strike")


def _grade_paragraph(document, rng: random.Random, label: str, grade: str, style: str, mark_style: str) -> None:
    """The overall judgement as a labelled line (or a four-column row)."""
    if style == "columns":
        common.paragraph(document, label, bold=True)
        columns = rng.choice(common.GRADE_COLUMNS)
        grid = common.table(document, 2, 4)
        symbol = rng.choice(common.MARKS)
        for cell, (_option, text) in zip(grid.rows[0].cells, columns):
            common.label(cell, text, "E7E6E6")
        for cell, (option, _text) in zip(grid.rows[1].cells, columns):
            if option == grade:
                common.mark(cell, symbol)
        return
    line = common.paragraph(document)
    common.run(line, f"{label}: ", bold=True)
    if style == "typed":
        common.run(line, common.informal_grade(rng, grade))
    elif style == "number":
        common.run(line, KEY_NUMBER[grade])
    else:
        for position, option in enumerate(GRADE_ORDER):
            if position:
                common.run(line, "   ")
            chosen = option == grade
            text = PRINTED[option]
            if mark_style == "tick":
                text = ("\u2611 " if chosen else "\u2610 ") + text
            common.run(line, text, bold=chosen and mark_style == "bold",
                       highlight=chosen and mark_style == "highlight",
                       strike=not chosen and mark_style == "strike")


# --- the details block ----------------------------------------------------------------


def _details(document, rng: random.Random, fields: list[tuple[str, str]], arrangement: str, brand: str) -> None:
    if arrangement == "two_column":
        grid = common.table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            common.label(row.cells[0], name, "F2F2F2")
            common.write(row.cells[1], value)
    elif arrangement == "grid":
        rows = (len(fields) + 1) // 2
        grid = common.table(document, rows, 4)
        for index, (name, value) in enumerate(fields):
            row, column = divmod(index, 2)
            common.label(grid.cell(row, column * 2), name, "F2F2F2")
            common.write(grid.cell(row, column * 2 + 1), value)
    elif arrangement == "lines":
        for name, value in fields:
            line = common.paragraph(document)
            common.run(line, f"{name}: ", bold=True)
            common.run(line, value)
    else:  # a strip of labels over values, four to a strip
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            grid = common.table(document, 2, len(chunk))
            for cell, (name, _value) in zip(grid.rows[0].cells, chunk):
                common.label(cell, name, "DEEAF6", colour=brand)
            for cell, (_name, value) in zip(grid.rows[1].cells, chunk):
                common.write(cell, value)
            common.paragraph(document)


# --- the standards ----------------------------------------------------------------------


def _heading(number: str | None, name: str) -> str:
    return f"Standard {number} \u2013 {name}" if number else name


def _standards_blocks(document, rng: random.Random, sections, style: str, mark_style: str, mention: str | None,
                      remarks: dict[str, str]) -> None:
    """As the published tool lays them out: a block per standard with
    Yes / Partially / No columns, its prompts, a Comment row and a grade row."""
    symbol = rng.choice(("X", "\u2713", "x"))
    for section in sections:
        number, name, prompts = STANDARDS[section.original]
        grid = common.table(document, 3 + len(prompts), 4)
        common.label(grid.cell(0, 0), _heading(number, name), "D9E2F3")
        for column, answer in zip((1, 2, 3), ("Yes", "Partially", "No")):
            common.label(grid.cell(0, column), answer, "D9E2F3")
            if answer == ANSWER[section.grade]:
                common.write(grid.cell(1, column), symbol, bold=True)
        for row, prompt in enumerate(prompts, start=1):
            common.write(grid.cell(row, 0), prompt, italic=True)
        comment_row = 1 + len(prompts)
        left = grid.cell(comment_row, 0)
        common.write(left, "Comment", bold=True)
        box = left.merge(grid.cell(comment_row, 3))
        common.write(box, section.comment)
        if mention and section is sections[1]:
            common.write(box, mention)
        if section.name in remarks:
            common.write(box, remarks[section.name][1], colour=remarks[section.name][0])
        grade_row = comment_row + 1
        common.write(grid.cell(grade_row, 0), "Grade for this standard" if number else "Grade", bold=True)
        cell = grid.cell(grade_row, 1).merge(grid.cell(grade_row, 3))
        _grade_in_cell(cell, rng, section.grade, style, mark_style)
        common.paragraph(document)


def _standards_grid(document, rng: random.Random, sections, style: str, mark_style: str, mention: str | None,
                    remarks: dict[str, str]) -> None:
    """One table: standard, Yes / Partially / No, comment and grade (or four grade columns)."""
    if style == "columns":
        columns = rng.choice(common.GRADE_COLUMNS)
        headers = ("Standard", "Comment", *(text for _grade, text in columns))
    else:
        headers = ("No.", "Standard", "Yes / Partially / No", "Comment", "Grade")
    grid = common.table(document, len(sections) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        common.label(cell, text, "D9E2F3")
    symbol = rng.choice(common.MARKS)
    for row, section in zip(grid.rows[1:], sections):
        number, name, _prompts = STANDARDS[section.original]
        comment = section.comment
        if mention and section is sections[1]:
            comment += " " + mention
        if style == "columns":
            common.write(row.cells[0], _heading(number, name))
            common.write(row.cells[1], comment)
            for cell, (option, _text) in zip(row.cells[2:], columns):
                if option == section.grade:
                    common.mark(cell, symbol)
            comment_cell = row.cells[1]
        else:
            common.write(row.cells[0], number or "\u2013")
            common.write(row.cells[1], name)
            common.write(row.cells[2], ANSWER[section.grade])
            common.write(row.cells[3], comment)
            _grade_in_cell(row.cells[4], rng, section.grade, style, mark_style)
            comment_cell = row.cells[3]
        if section.name in remarks:
            common.write(comment_cell, remarks[section.name][1], colour=remarks[section.name][0])


def _compliance(document, rng: random.Random) -> None:
    common.paragraph(document, "Part A \u2013 Compliance with the policy", bold=True)
    grid = common.table(document, len(COMPLIANCE) + 1, 4)
    for cell, text in zip(grid.rows[0].cells, ("Standard", "Question", "Yes / Partially / No", "Comment")):
        common.label(cell, text, "F2F2F2")
    for row, (number, name, question) in zip(grid.rows[1:], COMPLIANCE):
        common.write(row.cells[0], _heading(number, name))
        common.write(row.cells[1], question)
        answer, comment = rng.choice(COMPLIANCE_COMMENTS[number] + COMPLIANCE_COMMENTS[number][:1])
        common.write(row.cells[2], answer)
        common.write(row.cells[3], comment)
    common.paragraph(document)


# --- one file ------------------------------------------------------------------------------


class _Renamed:
    """A section with the name the form prints and the sample's original area."""

    def __init__(self, section: Section, original: str):
        self.name, self.grade, self.comment, self.original = section.name, section.grade, section.comment, original


def _build_one(rng: random.Random, index: int, sample, plan: dict, today: date) -> HeldOutForm:
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    child = invent_child(rng, today)
    first = child.first_name
    digits = invent_case_id(rng)
    if sample.service == EARLY_HELP:
        reference = common.early_help_reference(rng, digits)
    elif rng.random() < 0.5:
        reference = common.case_reference(rng, digits)
    else:
        reference = digits
    originals = [section.name for section in sample.sections]
    renamed = tuple(replace(section, name=STANDARDS[section.name][1]) for section in sample.sections)
    changes: dict = {"case_id": reference, "child": child, "sections": renamed, "urgent_question": True}
    if plan["urgent"]:
        changes.update(urgent_concern=True, urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first))
    if plan["no_actions"]:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    if plan["moderation"] in ("changes", "confirms", "comments"):
        sample = replace(sample, moderation=_moderation(rng, sample, plan["moderation"], first, today))
    moderation = sample.moderation
    remarks: dict[str, tuple[str, str]] = {}
    if moderation and rng.random() < 0.5:
        picked = rng.choice(sample.sections)
        remarks[picked.name] = (ink, f"HoS: {rng.choice(phrases.MODERATION_SECTION_REMARKS)}")

    others: tuple[str, ...] = ()
    also: list[str] = []
    mention = None
    brothers_sisters = []
    if plan["siblings"]:
        brothers_sisters = common.siblings(rng, child, rng.randint(1, 2), today)
        others = tuple(name for name, _born in brothers_sisters)
        mention = common.mention(rng, common.SIBLING_SENTENCES, brothers_sisters[0][0])

    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    period = own["period_covered"].written
    sessions = ", ".join(when(day) for day in own["session_dates"].written)

    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng), brand, size=12)
    common.paragraph(document, "Children's Social Care \u2013 Supervision Policy", italic=True, colour=brand)
    common.brand_heading(document, rng.choice(TITLES), brand, size=15)
    if rng.random() < 0.7:
        common.paragraph(document, INTRO, italic=True, size=9)

    if rng.random() < 0.5:
        auditor_fields = [("Name, job title of auditor", f"{sample.auditor}, Head of Service")]
    else:
        auditor_fields = [("Name of auditor", sample.auditor), ("Job title", "Head of Service")]
    fields = [*auditor_fields, ("Date of audit", when(sample.date)), ("Name of Supervisor", supervisor),
              ("Name of Supervisee", sample.practitioner), ("Team", sample.team), ("Service", sample.service),
              ("Period of supervision reviewed", period), ("Supervision sessions reviewed", sessions),
              ("Case number of file checked", reference)]
    if rng.random() < 0.7:
        fields.append(("Child's name", child.full_name))
    if rng.random() < 0.3:
        born = when(child.date_of_birth)
        also.append(born)
        fields.append(("Date of birth", born))
    if brothers_sisters:
        written = []
        for name, born_on in brothers_sisters:
            spelled = when(born_on)
            also.append(spelled)
            written.append(f"{name} ({spelled})")
        fields.append(("Siblings", "; ".join(written)))
    _details(document, rng, fields, plan["details"], brand)
    common.paragraph(document)

    if rng.random() < 0.5:
        _compliance(document, rng)
    section_style, overall_style = plan["grades"]
    mark_style = rng.choice(("highlight", "bold", "tick", "strike"))
    common.brand_heading(document, "Part B \u2013 Quality of supervision" if rng.random() < 0.5
                         else "Supervision standards", brand, size=12)
    if "number" in (section_style, overall_style):
        common.paragraph(document, KEY_LINE, bold=True, size=9)
    sections = tuple(_Renamed(section, original) for section, original in zip(sample.sections, originals))
    if section_style != "columns" and rng.random() < 0.5:
        _standards_blocks(document, rng, sections, section_style, mark_style, mention, remarks)
    else:
        _standards_grid(document, rng, sections, section_style, mark_style, mention, remarks)
        common.paragraph(document)
    _grade_paragraph(document, rng, rng.choice(("Overall judgement on the quality of supervision",
                                                "Overall grade", "Overall judgement")),
                     sample.grade, overall_style, mark_style)
    common.paragraph(document)

    for heading, items in ((rng.choice(STRENGTH_LABELS), sample.strengths),
                           (rng.choice(DEVELOPMENT_LABELS), sample.development_areas)):
        common.paragraph(document, heading, bold=True, colour=brand)
        for item in items:
            common.paragraph(document, f"\u2022 {item}")

    common.paragraph(document, rng.choice(ACTION_LABELS), bold=True, colour=brand)
    if plan["actions"] == "table" or not sample.actions:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, start=1):
            common.paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")
    common.paragraph(document)

    question = common.paragraph(document)
    common.run(question, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        common.run(question, "Yes")
        common.paragraph(document, f"Details: {sample.urgent_concern_detail}")
    else:
        common.run(question, rng.choice(("No", "No.", "NO")))
    common.paragraph(document)

    if plan["moderation"] != "none":
        common.brand_heading(document, rng.choice(("Head of Service moderation", "Moderation")), brand, size=12)
        common.moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                              agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))),
                              not_moderated=NOT_MODERATED, ink=ink, when=when)
        common.paragraph(document)

    signed = common.paragraph(document)
    common.run(signed, "Signed (auditor): ", bold=True)
    common.run(signed, f"{sample.auditor}    ")
    common.run(signed, "Date: ", bold=True)
    common.run(signed, when(sample.date))

    editor = moderation.moderator if moderation else sample.auditor
    data = common.finish_docx(document, "Supervision Audit Tool", moderation.date if moderation else sample.date,
                              editor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=others, also=tuple(also))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))

    def spread(values: list, filler) -> list:
        values = (values + [filler] * count)[:count]
        rng.shuffle(values)
        return values

    scale = count / 16
    moderations = spread(["changes"] * round(3 * scale) + ["confirms"] * round(3 * scale)
                         + ["comments"] * round(2 * scale) + ["empty"] * round(4 * scale), "none")
    urgent = spread([True] * round(3 * scale), False)
    no_actions = spread([True] * round(3 * scale), False)
    siblings = spread([True] * round(5 * scale), False)
    details = spread(["two_column", "grid", "lines", "strip"] * count, "two_column")
    grade_styles = [("typed", "typed"), ("number", "number"), ("marked", "marked"), ("columns", "columns"),
                    ("typed", "columns"), ("marked", "typed"), ("number", "typed"), ("columns", "marked")]
    grades = spread(grade_styles * count, ("typed", "typed"))
    actions = spread(["table", "lines"] * count, "table")
    forms = []
    for index, sample in enumerate(samples):
        plan = {"moderation": moderations[index], "urgent": urgent[index], "no_actions": no_actions[index],
                "siblings": siblings[index], "details": details[index], "grades": grades[index],
                "actions": actions[index]}
        forms.append(_build_one(rng, index, sample, plan, today))
    return forms
