"""Held-out family: a two-part supervision audit (a designated auditor
checks one practitioner's supervision records), in Word.

Modelled on Cumbria County Council's "Cumbria Children's Services Audits –
Supervision" (Appendix 7 of its children's services supervision guidance,
undated; https://docsbay.net/cumbria-children-s-services-audits-supervision).
Cumbria is already named in bench/README.md for other documents; this is a
different document of theirs.

What came from the source: the details block (Supervisor, Supervisee, Team,
Designated Auditor, Date audit completed, and a "Case Number (if
appropriate)" box that many audits leave as not applicable); the split
into Part 1, general and practical aspects of supervision, asked as
numbered questions answered y / n / na with an "Auditor Comments" column
(agreement on the record, frequency as per policy, joint agenda, records
signed by both, staff care, learning and development, appraisal, HCPC
registration), and Part 2, for social care staff, which looks at the
supervisee's workload and practice against "audit indicators".

What is our judgement (the page shows no grades, no summary and no
actions): Part 2's indicators are the sample's graded areas, each with a
grade and the auditor's comment; an overall evaluation; strengths and areas
for development; an action plan; the auditor's sign-off; a Service box
beside Team; the supervision period and session dates reviewed; and, where
a case number is given, the child's name and date of birth beside it (the
child whose case discussions in supervision were tracked). The Part 1
questions are reworded, not copied.

What varies across the 16 files: the details block (two-column table,
four-column grid, "Label: value" lines, labels over values); date
spellings; a case number (plain or prefixed) with the child's details, or
"N/A" and no child; Part 1's answers typed (Y / N / n/a, Yes / No) or
ticked in y / n / na columns; Part 2's areas as printed or renamed in the
tool's own wording, sometimes one fewer; grades typed, as a number on a
printed key, as a mark under four grade columns, or as the four grades
printed with the chosen one bold and highlighted or the others struck
through; the overall grade typed, ticked from a list or highlighted;
strengths and areas for development as bullets, paragraphs or two
columns; actions as a table, numbered lines or a sentence saying there
are none; the period reviewed shown or left out.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples
from bot.samples.wording import DATE_STYLES, format_date

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "supervision_two_part_audit"
SEED = 10118

_GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# Part 2's indicators in the tool's own wording, for files that rename the areas.
_RENAMED = {
    "Frequency of supervision": "Supervision is taking place at the frequency set by policy",
    "Reflection and analysis": "Reflective discussion of the supervisee's practice",
    "Clear plans and case direction": "Case direction and planning for children",
    "Decisions and their reasons recorded": "Management decisions recorded with rationale",
    "Support and constructive challenge": "Support and constructive challenge to the supervisee",
}

# Part 1, general questions (our wording of the source's topics).
_PART_ONE = (
    "Is a supervision agreement held on the supervision record?",
    "Is supervision happening as often as the policy requires?",
    "Is there evidence of an agenda set jointly?",
    "Are the supervision records signed by supervisor and supervisee?",
    "Does supervision cover staff care, for example work-related stress?",
    "Is learning and development discussed?",
    "Is the annual appraisal up to date?",
    "Is current HCPC / Social Work England registration evidenced?",
)
# What an auditor writes beside a "no" (or "not applicable") answer.
_PART_ONE_GAPS = ("Agreement on file is out of date and due for review.", "Gaps of six weeks or more between sessions.",
                  "Agenda set by the supervisor only.", "Two records not signed by the supervisee.",
                  "Not recorded in the sessions seen.", "Training plan referred to but not reviewed.",
                  "Appraisal overdue.", "Not evidenced on the file.")

_NO_ACTIONS = ("No actions arising from this audit.", "No further actions required – supervision meets the standard.",
               "Actions: none identified.")
_DIRECTORATE = ("Children's Services", "Children and Families", "Children's Social Care")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    when = common.date_writer(rng)
    brand = common.BRAND_COLOURS[index % len(common.BRAND_COLOURS)]

    # A case tracked through supervision on most files: its number and the child.
    also: tuple[str, ...] = ()
    if index % 8 not in (3, 6):
        case = invent_case_id(rng)
        child = invent_child(rng, today)
        reference = common.case_reference(rng, case) if index % 3 == 0 else case
        sample = replace(sample, case_id=reference, child=child)
        written_dob = when(child.date_of_birth)
        if written_dob not in {format_date(child.date_of_birth, style) for style in DATE_STYLES}:
            also = (written_dob,)
    # Renamed or fewer areas on some files.
    if index % 4 == 1:
        sample = replace(sample, sections=tuple(replace(section, name=_RENAMED[section.name])
                                                for section in sample.sections))
    if index % 5 == 2:
        sample = replace(sample, sections=sample.sections[:-1])
    if index % 6 == 4:
        sample = replace(sample, actions=())
    if index % 7 == 5:  # this copy of the form has no "period" box
        sample = replace(sample, own=tuple(own for own in sample.own if own.key != "period_covered"))

    document = common.new_document(rng)
    common.paragraph(document, common.council_line(rng) if index % 2 else
                     f"{common.COUNCIL} {rng.choice(_DIRECTORATE)}", bold=True, colour=brand, size=12)
    common.brand_heading(document, f"Appendix 7 – {sample.title}" if index % 3 else sample.title.upper(), brand,
                         size=14)
    common.paragraph(document, "Part 1 looks at the general and practical side of supervision; Part 2 (social care "
                     "staff only) at the supervisee's workload and practice.", italic=True, size=9)

    _details(document, rng, sample, when, index % 4)
    _part_one(document, rng, sample, brand, index)
    _part_two(document, rng, sample, brand, index)
    _overall(document, rng, sample, brand, index)
    _findings(document, rng, sample, brand, index)
    _actions(document, rng, sample, brand, when, index)
    common.paragraph(document, "")
    common.paragraph(document, f"Signed (designated auditor): {sample.auditor}    Date: {when(sample.date)}")

    data = common.finish_docx(document, sample.title, sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", also=also)


def _own(sample, key: str):
    return next((own for own in sample.own if own.key == key), None)


def _detail_rows(sample, when, rng) -> list[tuple[str, str]]:
    supervisor = _own(sample, "supervisor")
    period = _own(sample, "period_covered")
    sessions = _own(sample, "session_dates")
    rows = [
        (supervisor.label, supervisor.written),
        (sample.labels.get("practitioner", "Supervisee"), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Designated Auditor", sample.auditor),
        ("Date audit completed", when(sample.date)),
    ]
    if sample.case_id:
        rows += [("Case Number (if appropriate)", sample.case_id), ("Child's name", sample.child.full_name),
                 ("Date of birth", when(sample.child.date_of_birth))]
    else:
        rows.append(("Case Number (if appropriate)", rng.choice(("N/A", "n/a – all staff", "Not applicable"))))
    if period:
        rows.append((period.label, period.written))
    rows.append((sessions.label, rng.choice((", ", "; ", " and ")).join(when(day) for day in sessions.written)))
    return rows


def _details(document, rng: random.Random, sample, when, style: int) -> None:
    rows = _detail_rows(sample, when, rng)
    if style == 0:  # two-column table
        grid = common.table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            common.label(row.cells[0], text, "E7E6E6")
            common.write(row.cells[1], value)
    elif style == 1:  # four-column grid
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = common.table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (text, value) in enumerate(pair):
                common.label(row.cells[offset * 2], text, "DEEAF6")
                common.write(row.cells[offset * 2 + 1], value)
    elif style == 2:  # "Label: value" lines
        for text, value in rows:
            line = common.paragraph(document)
            common.run(line, f"{text}: ", bold=True)
            common.run(line, value)
    else:  # labels over values, three to a row
        chunks = [rows[i:i + 3] for i in range(0, len(rows), 3)]
        grid = common.table(document, len(chunks) * 2, 3)
        for number, chunk in enumerate(chunks):
            for column, (text, value) in enumerate(chunk):
                common.label(grid.cell(number * 2, column), text, "F2F2F2")
                common.write(grid.cell(number * 2 + 1, column), value)
    common.paragraph(document, "")


def _part_one(document, rng: random.Random, sample, brand: str, index: int) -> None:
    common.brand_heading(document, "Part 1 – Supervision (General)", brand, size=12)
    ticked = index % 2 == 0
    headers = ("", "Audit Area", "y", "n", "na", "Auditor Comments") if ticked else \
        ("", "Audit Area", "Y / N / NA", "Auditor Comments")
    grid = common.table(document, len(_PART_ONE) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        common.label(cell, text, "D9D9D9")
    typed = rng.choice((("Y", "N", "n/a"), ("Yes", "No", "N/A"), ("y", "n", "na")))
    for number, (row, question) in enumerate(zip(grid.rows[1:], _PART_ONE), start=1):
        answer = 0 if rng.random() < 0.75 else rng.choice((1, 1, 2))
        if number == 2:  # how often supervision happens agrees with the graded area
            answer = 0 if sample.sections[0].grade in (OUTSTANDING, GOOD) else 1
        common.write(row.cells[0], f"{number}.")
        common.write(row.cells[1], question)
        if ticked:
            for column in range(3):
                common.write(row.cells[2 + column], "\u2612" if column == answer else "\u2610")
        else:
            common.write(row.cells[2], typed[answer])
        if answer:
            common.write(row.cells[-1], _PART_ONE_GAPS[number - 1])
    common.paragraph(document, "")


def _grade_cell(cell, rng: random.Random, grade: str, style: str) -> None:
    """One grade in a single cell, as `style` writes it."""
    if style == "typed":
        common.write(cell, common.informal_grade(rng, grade))
    elif style == "number":
        common.write(cell, str(_ORDER.index(grade) + 1))
    else:
        line = cell.paragraphs[-1]
        for position, option in enumerate(_ORDER):
            if position:
                common.run(line, " / ")
            chosen = option == grade
            if style == "highlight":
                common.run(line, _GRADE_WORDS[option], bold=chosen, highlight=chosen)
            else:  # the others struck through
                common.run(line, _GRADE_WORDS[option], strike=not chosen, bold=chosen)


def _part_two(document, rng: random.Random, sample, brand: str, index: int) -> None:
    common.brand_heading(document, "Part 2 – Social Care Staff only: workload and practice", brand, size=12)
    style = ("typed", "columns", "number", "highlight", "strike")[index % 5]
    if style == "number":
        common.paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                         italic=True)
    if style == "columns":
        order = common.GRADE_COLUMNS[index % 2]
        headers = ("Audit Indicator", *(text for _, text in order), "Auditor Comments")
        mark = rng.choice(common.MARKS)
        grid = common.table(document, len(sample.sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            common.label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            common.write(row.cells[0], section.name)
            column = [grade for grade, _ in order].index(section.grade)
            common.mark(row.cells[1 + column], mark)
            common.write(row.cells[-1], section.comment)
    else:
        grade_header = "Grade (1–4)" if style == "number" else "Judgement"
        grid = common.table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Audit Indicator", grade_header, "Auditor Comments")):
            common.label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            common.write(row.cells[0], section.name)
            _grade_cell(row.cells[1], rng, section.grade, style)
            common.write(row.cells[2], section.comment)
    common.paragraph(document, "")


def _overall(document, rng: random.Random, sample, brand: str, index: int) -> None:
    common.brand_heading(document, "Overall evaluation of supervision", brand, size=12)
    style = index % 3
    if style == 0:
        line = common.paragraph(document)
        common.run(line, "Overall grade: ", bold=True)
        common.run(line, common.informal_grade(rng, sample.grade))
    elif style == 1:
        for option in _ORDER:
            common.paragraph(document, f"{'☒' if option == sample.grade else '☐'} {_GRADE_WORDS[option]}")
    else:
        line = common.paragraph(document)
        common.run(line, "Overall judgement (highlight one): ", bold=True)
        for position, option in enumerate(_ORDER):
            if position:
                common.run(line, "   ")
            common.run(line, _GRADE_WORDS[option], highlight=option == sample.grade, bold=option == sample.grade)
    common.paragraph(document, "")


def _findings(document, rng: random.Random, sample, brand: str, index: int) -> None:
    style = index % 3
    if style == 2:  # two columns
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), "What is working well", "E2EFD9")
        common.label(grid.cell(0, 1), "Areas for development", "FBE4D5")
        for text in sample.strengths:
            common.write(grid.cell(1, 0), text)
        for text in sample.development_areas:
            common.write(grid.cell(1, 1), text)
        common.paragraph(document, "")
        return
    for heading, items in (("Strengths", sample.strengths), ("Areas for development", sample.development_areas)):
        common.brand_heading(document, heading, brand, size=11)
        if style == 0:
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            common.paragraph(document, " ".join(items))
    common.paragraph(document, "")


def _actions(document, rng: random.Random, sample, brand: str, when, index: int) -> None:
    common.brand_heading(document, "Action plan", brand, size=12)
    if not sample.actions:
        common.paragraph(document, rng.choice(_NO_ACTIONS))
        return
    if index % 2:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale",
                                                                 "Completed")),
                             _NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, start=1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
