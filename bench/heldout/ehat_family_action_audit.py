"""EHAT and Family Action Meeting case audit: a manager audits one family's
Early Help episode (the Early Help Assessment Tool, the Family Action Plan,
the Family Action Meetings that review it and the lead professional's
work), grades each area and gives an overall judgement. Word files.

Source: St Helens Multi Agency Quality Assurance Framework (version 4,
April 2018, agreed by the LSCB), as transcribed at
https://documents.pub/document/st-helens-multi-agency-quality-assurance-framework-ehat-user-group-completing-multi-agency.html
St Helens is already named by other families; this is a different document
of theirs. What came from the source: the tool audits the quality of the
Early Help Assessment Tool (EHAT) and the Family Action Meeting process,
capturing the journey of the child and family; its audits are done by
practitioners, supervisors, managers and service managers (and the EHAT
user group for multi-agency audits); the vocabulary of EHAT, Family Action
Meeting, Family Action Plan and lead professional. The transcript shows no
completed audit form, so the layout is our judgement: a council name line
in a brand colour, a title, a details block (table, four-column grid,
"Label: value" lines, or labels over values) with the child's name and date
of birth on most files, a few yes/no questions (consent, whether the
family's views were sought where the form asks, an immediate safeguarding
concern), a table of graded areas with evidence (the grade typed, marked
under one of four grade columns, chosen among the four printed grades by
bold, highlight, tick or striking the others through, or a number on a
printed key), an overall judgement, strengths and areas for development,
actions (a table, numbered lines, or a sentence saying there are none) and
the Head of Service's moderation in their own ink (a box, a paragraph, or
absent). The area names are ours, mapped one to one onto the sample's Early
Help areas; some files leave out the last area.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import EARLY_HELP_AUDIT, Section
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    actions_table,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "ehat_family_action_audit"
SEED = 10103
COUNT = 16

# The sample's Early Help areas, renamed as this tool words them.
AREA_NAMES = {
    "Voice of the child": "The child's and family's voice",
    "Early Help Assessment": "Quality of the EHAT",
    "Team Around the Family plan": "The Family Action Plan",
    "Engagement with the family": "Lead professional's work with the family",
    "Management oversight": "Family Action Meetings and oversight",
    "Impact and outcomes for the child": "Difference made for the child and family",
}
TITLES = ("EHAT and Family Action Meeting Case Audit", "Early Help Case Audit – EHAT and Family Action Plan",
          "Multi Agency Early Help (EHAT) Audit Tool", "EHAT Quality Audit – Family Action Meeting process")
GUIDANCE = ("Read the EHAT, the Family Action Plan and the notes of the last three Family Action Meetings. "
            "Grade each area against the Ofsted descriptors and record your evidence.",
            "Audit the child's and family's journey through Early Help. Use the grade descriptors for each area "
            "and give an overall judgement.")
KEY = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
KEY_LINE = "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"
PRINTED = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
ACTION_HEADERS = (("Action", "Who", "By when", "Completed"), ("What needs to happen", "Responsible", "Timescale"),
                  ("Action agreed", "Lead", "Due date", "Progress / date closed"))
NO_ACTIONS = ("No actions arising from this audit.", "Actions: none required – plan to close as agreed at the last FAM.",
              "No further actions identified.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "Awaiting moderation.")
MODERATION_LABELS = (("Moderated by", "Date", "Agree with judgement?", "Moderated judgement", "Comments"),
                     ("Head of Service", "Date moderated", "Judgement agreed?", "Final judgement",
                      "Moderator's comments"))


def _choose_samples(today: date) -> list:
    pool = [form for form in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    # An urgent concern and an Outstanding case among them, as a month's audits may hold.
    urgent = next(form for form in pool if form.urgent_concern)
    best = next(form for form in pool if form.grade == OUTSTANDING and not form.urgent_concern)
    chosen = [form for form in pool if form is not urgent and form is not best][:COUNT - 2]
    chosen.insert(5, urgent)
    chosen.insert(11, best)
    return chosen


def _grade_cell(cell, rng: random.Random, grade: str, style: str, look: dict) -> None:
    """Write one grade into a cell in the file's chosen style."""
    if style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.15))
    elif style == "key":
        write(cell, KEY[grade], bold=True)
    elif style == "printed":
        target = cell.paragraphs[-1]
        for index, (value, text) in enumerate(PRINTED):
            if index:
                run(target, " / ")
            chosen = value == grade
            how = look["printed"]
            if how == "tick":
                run(target, ("\u2612 " if chosen else "\u2610 ") + text, bold=chosen)
            elif how == "strike":
                run(target, text, strike=not chosen)
            elif how == "highlight":
                run(target, text, highlight=chosen, bold=chosen)
            else:
                run(target, text.upper() if chosen else text, bold=chosen)


def _details(document, rng: random.Random, rows: list[tuple[str, str]], style: str, brand: str) -> None:
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif style == "grid":
        if len(rows) % 2:
            rows = [*rows, ("", "")]
        grid = table(document, len(rows) // 2, 4)
        for index, (name, value) in enumerate(rows):
            row, column = divmod(index, 2)
            if name:
                label(grid.cell(row, column * 2), name, "DDEBF7")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "over":
        for start in range(0, len(rows), 3):
            part = rows[start:start + 3]
            grid = table(document, 2, len(part))
            for column, (name, value) in enumerate(part):
                label(grid.cell(0, column), name, "F2F2F2")
                write(grid.cell(1, column), value)
    else:
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)


def _yes_no(document, rng: random.Random, question: str, answer: bool, boxes: bool) -> None:
    line = paragraph(document)
    run(line, question + " ", bold=True)
    if boxes:
        run(line, ("\u2612" if answer else "\u2610") + " Yes   " + ("\u2610" if answer else "\u2612") + " No")
    else:
        run(line, rng.choice(("Yes", "yes", "YES")) if answer else rng.choice(("No", "no", "NO")))


def _items(document, rng: random.Random, heading: str, items: tuple[str, ...], style: str, brand: str) -> None:
    brand_heading(document, heading, brand, size=11)
    for number, item in enumerate(items, 1):
        if style == "numbered":
            paragraph(document, f"{number}. {item}")
        elif style == "bullets":
            paragraph(document, f"\u2022 {item}")
        else:
            document.add_paragraph(item, style="List Bullet")


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)

    # Changes to the sample this layout needs.
    reference_style = rng.choice(("plain", "plain", "eh", "prefixed"))
    if reference_style == "eh":
        sample = replace(sample, case_id=early_help_reference(rng, sample.case_id))
    elif reference_style == "prefixed":
        sample = replace(sample, case_id=case_reference(rng, sample.case_id))
    sections = tuple(Section(AREA_NAMES[section.name], section.grade, section.comment) for section in sample.sections)
    if index % 5 == 3:
        sections = sections[:-1]
    sample = replace(sample, sections=sections)
    if index == 9:
        sample = replace(sample, actions=())
    moderation_style = rng.choice(("box", "box", "ink", "absent")) if sample.moderation else "none"
    if moderation_style == "absent":
        sample = replace(sample, moderation=None)

    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=12)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=14)
    paragraph(document, rng.choice(GUIDANCE), italic=True, size=9)

    # Details.
    child = sample.child
    others: tuple[str, ...] = ()
    also: list[str] = []
    rows: list[tuple[str, str]] = []
    if index not in (4, 12):
        born = when(child.date_of_birth)
        also.append(born)
        rows += [(rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name),
                 (rng.choice(("Date of birth", "DOB")), born)]
    reference_label = {"plain": rng.choice(("Case number", "LCS ID", "Child's ID")),
                       "eh": rng.choice(("EHAT reference", "EH number")),
                       "prefixed": rng.choice(("Case reference", "Record number"))}[reference_style]
    rows.append((reference_label, sample.case_id))
    if index % 4 == 1:
        brothers = siblings(rng, child, rng.randint(1, 2), today)
        others = tuple(name for name, _ in brothers)
        rows.append(("Other children in the household", "; ".join(f"{name} ({when(day)})" for name, day in brothers)))
        also += [when(day) for _, day in brothers]
    if index % 3 == 0:
        rows.append(("Parent / carer", " and ".join(child.parents)))
    rows += [(rng.choice(("Lead professional", "Lead practitioner", "Lead professional (EHAT)")), sample.practitioner),
             (rng.choice(("Team", "Locality team")), sample.team),
             ("Service", sample.service),
             (rng.choice(("Auditor", "Audit completed by", "Name of auditor")), sample.auditor),
             (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date))]
    if index % 4 == 2:
        last_meeting = sample.date - timedelta(days=rng.randint(10, 40))
        rows.append(("Date of last Family Action Meeting", when(last_meeting)))
    details_style = ("table", "grid", "lines", "over")[index % 4]
    _details(document, rng, rows, details_style, brand)
    paragraph(document)

    # Questions.
    boxes = rng.random() < 0.5
    _yes_no(document, rng, "Is signed consent recorded on the EHAT?", rng.random() < 0.85, boxes)
    if sample.feedback_sought is not None:
        _yes_no(document, rng, rng.choice(("Were the child's and family's views sought for this audit?",
                                            "Has the family been asked for their feedback on the help received?")),
                sample.feedback_sought, boxes)
    _yes_no(document, rng, "Is there an immediate safeguarding concern that needs escalating today?",
            sample.urgent_concern, boxes)
    if sample.urgent_concern:
        paragraph(document, f"Details: {sample.urgent_concern_detail}", bold=True)

    # Graded areas.
    grade_style = ("typed", "columns", "printed", "key")[(index + index // 4) % 4]
    look = {"printed": rng.choice(("tick", "strike", "highlight", "bold"))}
    brand_heading(document, "Areas of practice", brand, size=12)
    if grade_style == "key":
        paragraph(document, KEY_LINE, bold=True, size=9)
    remarks = {AREA_NAMES[name]: text for name, text in sample.moderation.section_comments.items()} \
        if sample.moderation and moderation_style == "box" else {}
    if grade_style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", *(text for _, text in order), "Evidence")):
            label(cell, text, "DEEAF6")
        rows_out = list(zip(grid.rows[1:], [*sample.sections, None]))
        for row, section in rows_out:
            name, grade, comment = (section.name, section.grade, section.comment) if section else \
                ("Overall judgement", sample.grade, "")
            label(row.cells[0], name)
            for cell, (value, _) in zip(row.cells[1:5], order):
                if value == grade:
                    mark(cell, symbol)
            if comment:
                write(row.cells[5], comment)
            if section and section.name in remarks:
                write(row.cells[5], remarks[section.name], colour=ink)
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", rng.choice(("Grade", "Judgement")))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            label(row.cells[0], section.name)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], remarks[section.name], colour=ink)
            _grade_cell(row.cells[2], rng, section.grade, grade_style, look)
        paragraph(document)
        overall = table(document, 1, 2)
        label(overall.cell(0, 0), rng.choice(("Overall judgement", "Overall grade for this episode")), "FFF2CC")
        _grade_cell(overall.cell(0, 1), rng, sample.grade, grade_style, look)
    if others and rng.random() < 0.7:
        paragraph(document, mention(rng, SIBLING_SENTENCES, others[0]))
    paragraph(document)

    # Strengths and areas for development.
    if index % 3 == 2:
        height = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, height + 1, 2)
        label(grid.cell(0, 0), "What is working well", "E2EFDA")
        label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for row, item in zip(grid.rows[1:], sample.strengths):
            write(row.cells[0], item)
        for row, item in zip(grid.rows[1:], sample.development_areas):
            write(row.cells[1], item)
    else:
        style = rng.choice(("numbered", "bullets", "list"))
        _items(document, rng, rng.choice(("Strengths", "What is working well")), sample.strengths, style, brand)
        _items(document, rng, rng.choice(("Areas for development", "What needs to improve")),
               sample.development_areas, style, brand)
    paragraph(document)

    # Actions.
    brand_heading(document, rng.choice(("Actions", "Actions for the lead professional and manager")), brand, size=11)
    if sample.actions and index % 2:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    paragraph(document)

    # Moderation.
    moderation = sample.moderation
    if moderation_style == "box":
        brand_heading(document, "Head of Service moderation", brand, size=11)
        moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                       agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))), not_moderated=NOT_MODERATED,
                       ink=ink, when=when)
    elif moderation_style == "ink":
        line = paragraph(document)
        run(line, "Moderation: ", bold=True, colour=ink)
        run(line, f"{moderation.moderator}, {when(moderation.date)}. ", colour=ink)
        if moderation.grade:
            verdict = "I agree with the judgement" if moderation.grade == sample.grade else "I do not agree"
            run(line, f"{verdict}; moderated judgement: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
            run(line, ". ", colour=ink)
        run(line, " ".join(moderation.comments), colour=ink)
    elif moderation_style == "none" and rng.random() < 0.5:
        brand_heading(document, "Head of Service moderation", brand, size=11)
        moderation_box(document, rng, sample, None, labels=rng.choice(MODERATION_LABELS), agree=("Yes", "No"),
                       not_moderated=NOT_MODERATED, ink=ink, when=when)

    written = max(sample.date, moderation.date if moderation else sample.date)
    editor = moderation.moderator if moderation else sample.auditor
    data = finish_docx(document, title, written, editor)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=tuple(also))


def build(today: date) -> list[HeldOutForm]:
    return [_build_one(index, sample, today) for index, sample in enumerate(_choose_samples(today), 1)]
