"""Supervision folder audits: a manager audits one practitioner's supervision
file (folder) and grades the quality of the supervision recorded in it.

Source: Oxfordshire County Council children's social care, "Supervision
Policy – Summary" (Oxfordshire childcare procedures manual, chapter 8.1Aa,
oxfordshirechildcare.proceduresonline.com/chapters/p_sup_pol_summ.html), a
different document of an organisation the project has already named. The
page says what every practitioner's supervision file must hold (a
supervision contract, case-supervision records of case discussions and
decisions, records of non-casework discussion, a learning and development
record, staff information such as registration checks and appraisals, and
the supervision file audits themselves), that supervision is monthly and
about 90 minutes long, that decisions about cases are recorded on the case
supervision record and also entered on the child's file marked as
supervision, and that supervision files are audited at random within the
quality assurance framework. Those contents, the monthly frequency and the
cross-check of one child's file are what this layout takes from it.

The page shows no form, so the layout is our judgement: a council name line
in a brand colour; the title "Supervision File Audit"; Part A, the details
(supervisee, team, service, supervisor, auditor, date of audit, period of
supervision reviewed, the sessions reviewed); on most files the child's file
used to cross-check that decisions reach the child's record (case reference,
child's name and date of birth, sometimes a brother or sister on the same
file); Part B, a yes/no checklist of what the folder holds; Part C, the
quality of supervision graded against five standards (the sample builder's
supervision areas, renamed on some files after the policy's wording) with
evidence; an overall grade; what is working well and what needs to
improve; actions with who and by when; sign-off. No Head of Service
moderation: the auditor is the Head of Service.

What varies, as managers filling in the same template vary it: the details
block (two-column table, four-column grid, "Label: value" lines, labels
over values); date spellings; plain and prefixed case references; whether a
child's file was cross-checked at all; session dates as a list or a small
table; how grades are given (typed, a number on a printed key, the four
grades printed with the chosen one highlighted, bold, ticked or the others
struck through, a mark under one of four grade columns); strengths and
areas for development as bullets, a paragraph or two columns; actions as a
table, numbered lines or a sentence saying none were needed; the checklist
answered by typing Yes/No or by ticking boxes; fewer standards on a few
files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import Section
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from . import common
from .common import (
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    label,
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "supervision_folder_audit"
SEED = 10136

TITLE = "Supervision File Audit"

# The sample builder's areas, and the policy-worded names some managers'
# copies of the template print instead.
RENAMED = {
    "Frequency of supervision": "Regular monthly supervision in line with the contract",
    "Reflection and analysis": "Reflective discussion of practice",
    "Clear plans and case direction": "Case management and direction",
    "Decisions and their reasons recorded": "Decisions recorded on the child's file",
    "Support and constructive challenge": "Support, wellbeing and professional development",
}

FOLDER_ITEMS = (
    "Signed supervision contract on file",
    "Case supervision records for each session",
    "Record of non-casework discussion",
    "Learning and development record up to date",
    "Registration and appraisal dates recorded",
    "Previous supervision file audit on file",
)

GRADE_WORDS = (
    (OUTSTANDING, "Outstanding"),
    (GOOD, "Good"),
    (REQUIRES_IMPROVEMENT, "Requires improvement to be good"),
    (INADEQUATE, "Inadequate"),
)
KEY_NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}

GRADE_STYLES = ("typed", "columns", "key", "highlight", "bold", "strike", "tick")
DETAIL_STYLES = ("table", "grid", "lines", "over")
LIST_STYLES = ("bullets", "paragraph", "columns")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions needed – supervision meets the standard.",
              "Actions: none identified at this time.")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    return [_one(index, sample, today) for index, sample in enumerate(samples, start=1)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)

    # Changes this layout needs, made to the sample so the truth follows.
    sections = sample.sections
    if index % 2 == 0:
        sections = tuple(replace(section, name=RENAMED[section.name]) for section in sections)
    if index in (5, 13):  # an older copy of the template with four standards
        sections = sections[:4]
    changes: dict = {"sections": sections}
    if index in (4, 11):
        changes["actions"] = ()
    child = None
    siblings: list[tuple[str, date]] = []
    if index % 4 != 3:  # most files cross-check one child's record
        child = invent_child(rng, today)
        case_id = invent_case_id(rng)
        if rng.random() < 0.5:
            case_id = common.case_reference(rng, case_id)
        changes.update(child=child, case_id=case_id)
        if index in (2, 9, 14):
            siblings = common.siblings(rng, child, 1, today)
    sample = replace(sample, **changes)

    own = {field.key: field for field in sample.own}
    document = new_document(rng)
    brand_heading(document, common.council_line(rng), brand, size=12)
    brand_heading(document, TITLE, brand, size=15)
    paragraph(document, "To be completed by the auditing manager from the supervisee's supervision file. "
                        "Return the completed audit to the quality assurance mailbox.", italic=True, size=9)

    # Part A: details.
    brand_heading(document, "Part A – Details", brand, size=12)
    details = [
        ("Supervisee", sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Supervisor", own["supervisor"].written),
        ("Auditor", sample.auditor),
        ("Date of audit", when(sample.date)),
        ("Period of supervision reviewed", own["period_covered"].written),
    ]
    session_dates: tuple[date, ...] = own["session_dates"].written
    sessions_as_table = rng.random() < 0.4
    if not sessions_as_table:
        details.append(("Supervision sessions reviewed", ", ".join(when(day) for day in session_dates)))
    _details(document, rng, DETAIL_STYLES[(index + rng.randint(0, 3)) % 4], details)
    if sessions_as_table:
        paragraph(document, "Supervision sessions reviewed", bold=True)
        grid = table(document, len(session_dates) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Length", "Recorded and signed")):
            label(cell, text, "F2F2F2")
        for row, day in zip(grid.rows[1:], session_dates):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(("90 mins", "1.5 hrs", "60 mins", "75 mins")))
            write(row.cells[2], rng.choice(("Yes", "Yes", "Yes – late")))

    also: tuple[str, ...] = ()
    if child is not None:
        paragraph(document, "Child's file checked (decisions from case supervision entered on the child's record)",
                  bold=True)
        rows = [("Case reference", sample.case_id), ("Child's name", child.full_name),
                ("Date of birth", when(child.date_of_birth))]
        also += (when(child.date_of_birth),)
        for name, born in siblings:
            rows.append(("Sibling on the same file", f"{name} ({when(born)})"))
            also += (when(born),)
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)

    # Part B: what the folder holds.
    brand_heading(document, "Part B – Contents of the supervision file", brand, size=12)
    ticked = rng.random() < 0.5
    grid = table(document, len(FOLDER_ITEMS) + 1, 2 if not ticked else 3)
    headers = ("Item", "Yes / No") if not ticked else ("Item", "Yes", "No")
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, item in zip(grid.rows[1:], FOLDER_ITEMS):
        write(row.cells[0], item)
        present = rng.random() < 0.8
        if ticked:
            write(row.cells[1], "\u2612" if present else "\u2610")
            write(row.cells[2], "\u2610" if present else "\u2612")
        else:
            write(row.cells[1], rng.choice(("Yes", "Y", "yes")) if present else rng.choice(("No", "N", "no")))

    # Part C: the quality of supervision, graded.
    style = GRADE_STYLES[(index - 1) % len(GRADE_STYLES)]
    brand_heading(document, "Part C – Quality of supervision", brand, size=12)
    if style == "key":
        paragraph(document, "Grade key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                            "4 = Inadequate", italic=True)
    guidance = {"highlight": "Highlight the grade that applies.", "bold": "Put the grade that applies in bold.",
                "strike": "Delete the grades that do not apply.", "tick": "Tick one grade for each standard."}
    if style in guidance:
        paragraph(document, guidance[style], italic=True, size=9)
    if style == "columns":
        _grade_columns(document, rng, sample.sections)
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Standard", "Grade", "Evidence from the file")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            _grade(row.cells[1].paragraphs[0], rng, style, section.grade)
            write(row.cells[2], section.comment)

    overall = paragraph(document)
    run(overall, "Overall grade for the quality of supervision: ", bold=True)
    if style == "columns":
        run(overall, common.informal_grade(rng, sample.grade))
    else:
        _grade(overall, rng, style, sample.grade)

    # What is working well, what needs to improve.
    list_style = LIST_STYLES[(index + 1) % 3]
    _findings(document, rng, list_style, sample.strengths, sample.development_areas)

    # Actions.
    brand_heading(document, "Actions agreed", brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif index % 3 == 0:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "By whom", "By when"), ("Action", "Responsible", "Timescale", "Completed")),
                             NO_ACTIONS, when)

    # Sign-off.
    paragraph(document)
    sign = paragraph(document)
    run(sign, "Auditor: ", bold=True)
    run(sign, f"{sample.auditor}    ")
    run(sign, "Date: ", bold=True)
    run(sign, when(sample.date))
    paragraph(document, "Shared with the supervisor and supervisee: " + rng.choice(("Yes", "Yes, by email",
                                                                                    "To be shared at next session")))

    data = common.finish_docx(document, TITLE, sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in siblings),
                           also=also)


def _details(document, rng: random.Random, style: str, details: list[tuple[str, str]]) -> None:
    if style == "table":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for number, (text, value) in enumerate(details):
            row, column = divmod(number, 2)
            label(grid.cell(row, column * 2), text, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        for text, value in details:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    else:  # labels over values, two pairs to a row
        grid = table(document, ((len(details) + 1) // 2) * 2, 2)
        for number, (text, value) in enumerate(details):
            row, column = divmod(number, 2)
            label(grid.cell(row * 2, column), text, "F2F2F2")
            write(grid.cell(row * 2 + 1, column), value)


def _grade(target, rng: random.Random, style: str, grade: str) -> None:
    """Write `grade` into paragraph `target` in this file's grading style."""
    if style == "typed":
        run(target, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        run(target, KEY_NUMBERS[grade])
    else:
        for number, (value, words) in enumerate(GRADE_WORDS):
            if number:
                run(target, " / ")
            chosen = value == grade
            if style == "highlight":
                run(target, words, highlight=chosen)
            elif style == "bold":
                run(target, words, bold=chosen)
            elif style == "strike":
                run(target, words, strike=not chosen)
            else:  # tick
                run(target, ("\u2611 " if chosen else "\u2610 ") + words)


def _grade_columns(document, rng: random.Random, sections: tuple[Section, ...]) -> None:
    columns = rng.choice(common.GRADE_COLUMNS)
    symbol = rng.choice(common.MARKS)
    grid = table(document, len(sections) + 1, 6)
    for cell, text in zip(grid.rows[0].cells, ("Standard", *(words for _, words in columns), "Evidence")):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sections):
        write(row.cells[0], section.name, bold=True)
        for cell, (value, _) in zip(row.cells[1:5], columns):
            if value == section.grade:
                mark(cell, symbol)
        write(row.cells[5], section.comment)


def _findings(document, rng: random.Random, style: str, strengths, development) -> None:
    heads = ("What is working well in this supervision", "What needs to improve")
    if style == "columns":
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DEEAF6")
        for cell, items in zip(grid.rows[1].cells, (strengths, development)):
            for item in items:
                write(cell, f"\u2022 {item}")
        return
    for head, items in zip(heads, (strengths, development)):
        paragraph(document, head, bold=True)
        if style == "bullets":
            for item in items:
                paragraph(document, f"\u2022 {item}")
        else:
            paragraph(document, " ".join(items))

