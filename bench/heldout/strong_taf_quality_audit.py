"""Strong TAF quality audit: an Early Help manager's Word audit of one
family's Team Around the Family (TAF), graded area by area with an overall
grade, modelled on Oldham Council's published practice page "Top tips for a
strong Team Around the Family (TAF)"
(https://www.oldham.gov.uk/homepage/1523/top_tips_for_a_strong_team_around_the_family_taf).
Oldham is an organisation the project has already named; this is a
different document of it.

From the source: the parts a strong TAF is judged on, which become the
graded areas here (the TAF meetings, the Family Action Plan made in
partnership with the family, one lead professional as the family's main
contact, the child's voice and the difference made), and the meeting tips
the checklist asks about (invitations sent in writing in the family's
preferred way, partners attending or sending a representative, the lead
professional opening the meeting with introductions, a venue and length
that suit the family). The page also names the Family Help Tool (the
assessment) and the Family Action Plan.

Our judgement: the page is guidance and shows no form, so the whole layout
is ours: a council name line in a brand colour; a details block (a two-
column table, a four-column grid, "Label: value" lines or labels over
values) with the child's name and date of birth, the lead professional,
team, service, auditing Early Help manager and date; a short yes/no
checklist of the meeting tips (typed or ticked boxes, never part of the
truth); the graded areas with the auditor's evidence; the overall grade;
the family's voice; strengths and areas for development; actions; the
urgent-concern question; and the Head of Service's moderation typed in
their own colour, as a box, or absent.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.tool_phrases import TAF_AUDIT
from bot.samples.tools import tool_samples

from . import common
from .common import (
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "strong_taf_quality_audit"
SEED = 10130

TITLES = ("Strong TAF Quality Audit", "Team Around the Family (TAF) Quality Audit",
          "TAF Audit – Early Help Manager Quality Check")
# The page's parts of a strong TAF, as graded areas (in the sample's order:
# voice of the child, plan, meetings, lead professional, impact).
AREAS = (
    ("The child's voice in the TAF", "Voice of the child and young person"),
    ("The Family Action Plan", "Family Action Plan made in partnership"),
    ("The TAF meetings", "TAF meetings and reviews"),
    ("One lead professional", "Lead professional as the main contact"),
    ("Difference made for the family", "Impact and outcomes for the child"),
)
CHECKLIST = (
    "Invitations sent in writing, in the family's preferred way",
    "Partners attended or sent a representative",
    "Lead professional opened the meeting with introductions",
    "Venue, time and length suited the family",
)
SPELLED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
KEY = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
GRADE_STYLES = ("typed", "key", "bold", "highlight", "strike", "columns", "tickbox")
NO_ACTIONS = ("No actions needed – the TAF is working well and the plan continues.",
              "No further actions arising from this audit.")
ACTION_HEADERS = (("Action", "By who", "By when"), ("What needs to happen", "Who", "When", "Done?"),
                  ("Action agreed", "Responsible", "Timescale"))
URGENT_QUESTION = "Is there an urgent safeguarding concern needing immediate escalation?"
TICKED, EMPTY = "\u2612", "\u2610"


def _grade_text(cell_or_paragraph, style: str, grade: str, rng: random.Random, *, in_cell: bool = True) -> None:
    """One grade in `style` (not "columns"), written into a cell or paragraph."""
    target = cell_or_paragraph
    if style == "typed":
        text = common.informal_grade(rng, grade, note_chance=0.2)
        if in_cell:
            write(target, text)
        else:
            run(target, text)
        return
    if style == "key":
        if in_cell:
            write(target, KEY[grade], bold=True)
        else:
            run(target, KEY[grade], bold=True)
        return
    holder = target.paragraphs[-1] if in_cell else target
    for number, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
        if number:
            run(holder, " / " if style != "tickbox" else "   ")
        chosen = option == grade
        if style == "tickbox":
            run(holder, f"{TICKED if chosen else EMPTY} {SPELLED[option]}", bold=chosen)
        elif style == "bold":
            run(holder, SPELLED[option], bold=chosen)
        elif style == "highlight":
            run(holder, SPELLED[option], highlight=chosen)
        else:  # strike: the others struck through
            run(holder, SPELLED[option], strike=not chosen)


def _key_line(document) -> None:
    paragraph(document, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                        "4 = Inadequate", italic=True)


def _details(document, rng: random.Random, rows: list[tuple[str, str]], brand: str) -> None:
    style = rng.choice(("table", "grid", "lines", "over"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif style == "grid":
        half = (len(rows) + 1) // 2
        grid = table(document, half, 4)
        for index, (name, value) in enumerate(rows):
            row, column = index % half, 2 * (index // half)
            label(grid.cell(row, column), name, "E7E6E6")
            write(grid.cell(row, column + 1), value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # labels over values, three to a row
        for start in range(0, len(rows), 3):
            chunk = rows[start:start + 3]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, brand_fill(brand))
                write(grid.cell(1, column), value)


def brand_fill(brand: str) -> str:
    return {"005EB8": "DEEAF6", "00703C": "E2EFDA", "6B2C91": "EADCF4"}.get(brand, "F2F2F2")


def _checklist(document, rng: random.Random) -> None:
    paragraph(document, "TAF meeting checklist", bold=True)
    ticked = rng.random() < 0.5
    grid = table(document, len(CHECKLIST) + 1, 2 if not ticked else 3)
    label(grid.cell(0, 0), "Did the TAF ...", "F2F2F2")
    if ticked:
        label(grid.cell(0, 1), "Yes", "F2F2F2")
        label(grid.cell(0, 2), "No", "F2F2F2")
    else:
        label(grid.cell(0, 1), "Yes / No", "F2F2F2")
    for row, item in zip(grid.rows[1:], CHECKLIST):
        write(row.cells[0], item)
        yes = rng.random() < 0.75
        if ticked:
            write(row.cells[1], TICKED if yes else EMPTY)
            write(row.cells[2], EMPTY if yes else TICKED)
        else:
            write(row.cells[1], rng.choice(("Yes", "yes", "Y")) if yes else rng.choice(("No", "no", "N")))


def _sections(document, rng: random.Random, sample, style: str, ink: str | None) -> None:
    remarks = sample.moderation.section_comments if (sample.moderation and ink) else {}
    if style == "key":
        _key_line(document)
    if style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", *(name for _, name in order), "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            for column, (grade, _) in enumerate(order, start=1):
                if grade == section.grade:
                    common.mark(row.cells[column], symbol)
            write(row.cells[5], section.comment)
            if section.name in remarks:
                write(row.cells[5], f"HoS: {remarks[section.name]}", colour=ink)
        return
    if rng.random() < 0.5:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of the TAF", "Grade", "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            _grade_text(row.cells[1], style, section.grade, rng)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink)
        return
    for number, section in enumerate(sample.sections, start=1):
        paragraph(document, f"{number}. {section.name}", bold=True)
        line = paragraph(document)
        run(line, "Grade: ", bold=True)
        _grade_text(line, style, section.grade, rng, in_cell=False)
        line = paragraph(document)
        run(line, "Evidence: ", bold=True)
        run(line, section.comment)
        if section.name in remarks:
            paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)


def _overall(document, rng: random.Random, sample, style: str) -> None:
    caption = rng.choice(("Overall grade for the quality of the TAF", "Overall judgement", "Overall grade"))
    if style == "columns":
        paragraph(document, caption, bold=True)
        order = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (grade, name) in enumerate(order):
            label(grid.cell(0, column), name, "DEEAF6")
            if grade == sample.grade:
                common.mark(grid.cell(1, column), rng.choice(MARKS[:5]))
        return
    line = paragraph(document)
    run(line, f"{caption}: ", bold=True)
    _grade_text(line, style, sample.grade, rng, in_cell=False)


def _items(document, rng: random.Random, sample) -> None:
    style = rng.choice(("lists", "paragraphs", "columns"))
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Key strengths of the TAF", "Areas for development")))
    if style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
        return
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        if style == "lists":
            for item in items:
                document.add_paragraph(item, style="List Bullet")
        else:
            paragraph(document, " ".join(items))


def _actions(document, rng: random.Random, sample, when) -> None:
    paragraph(document, rng.choice(("Actions (by who, by when)", "Actions arising from the audit", "Action plan")),
              bold=True)
    if sample.actions and rng.random() < 0.4:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)


def _urgent(document, rng: random.Random, sample) -> None:
    line = paragraph(document)
    run(line, URGENT_QUESTION + " ", bold=True)
    if rng.random() < 0.5:
        run(line, rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "no")))
    else:
        run(line, f"{TICKED if sample.urgent_concern else EMPTY} Yes   {EMPTY if sample.urgent_concern else TICKED} No")
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, "If yes, give details and who it was escalated to: ", bold=True)
        run(line, sample.urgent_concern_detail)


def _moderation(document, rng: random.Random, sample, style: str, ink: str, when) -> None:
    heading = rng.choice(("Head of Service moderation", "Moderation by Head of Service (please use a different colour)"))
    if style == "box":
        paragraph(document, heading, bold=True)
        common.moderation_box(
            document, rng, sample, sample.moderation,
            labels=("Moderated by", "Date moderated", "Do you agree with the grade?", "Moderated grade",
                    "Moderator comments"),
            agree=(rng.choice(("Yes", "Agree")), rng.choice(("No", "Disagree"))),
            not_moderated=("Not selected for moderation this month.", ""), ink=ink, when=when)
        return
    moderation = sample.moderation
    paragraph(document, heading, bold=True)
    paragraph(document, f"{moderation.moderator}, {when(moderation.date)}", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        line = paragraph(document)
        run(line, "Moderated grade: ", colour=ink, bold=True)
        run(line, common.informal_grade(rng, moderation.grade), colour=ink)


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(SEED * 100 + index)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    when = common.date_writer(rng)
    names = rng.choice((0, 1))
    sample = replace(sample, sections=tuple(replace(section, name=AREAS[number][names])
                                            for number, section in enumerate(sample.sections)))
    if rng.random() < 0.2:  # a locality form that does not grade the lead professional
        sample = replace(sample, sections=tuple(s for s in sample.sections if s.name != AREAS[3][names]))
    reference = rng.random()
    if reference < 0.35:
        sample = replace(sample, case_id=common.early_help_reference(rng, sample.case_id))
    elif reference < 0.55:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if rng.random() < 0.2:
        sample = replace(sample, actions=())
    moderation_style = rng.choice(("box", "typed", "absent")) if sample.moderation else rng.choice(("box", "absent"))
    if moderation_style == "absent":
        sample = replace(sample, moderation=None)
    grade_style = GRADE_STYLES[index % len(GRADE_STYLES)]
    with_child = index % 8 != 5  # most forms carry the child's name and date of birth
    sisters = common.siblings(rng, sample.child, rng.choice((0, 0, 1, 2)), today) if with_child else []

    document = common.new_document(rng, landscape=grade_style == "columns")
    common.brand_heading(document, common.council_line(rng), brand, size=12)
    common.brand_heading(document, rng.choice(TITLES), brand, size=15)
    paragraph(document, "To be completed by the Early Help manager. Grade each area Outstanding, Good, "
                        "Requires improvement to be good or Inadequate.", italic=True)

    case_label = sample.labels.get("case_id", "Early Help ID")
    rows = [(case_label, sample.case_id)]
    if with_child:
        rows += [("Child's name", sample.child.full_name), ("Date of birth", when(sample.child.date_of_birth))]
    for name, born in sisters:
        rows.append(("Sibling", f"{name} ({when(born)})"))
    rows += [(sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
             ("Team", sample.team), ("Service", sample.service),
             ("Audited by (Early Help manager)", sample.auditor), ("Date of audit", when(sample.date))]
    _details(document, rng, rows, brand)

    if rng.random() < 0.7:
        _checklist(document, rng)
    common.brand_heading(document, "Quality of the TAF", brand, size=12)
    _sections(document, rng, sample, grade_style, ink if moderation_style != "absent" else None)
    if grade_style == "key" and not sample.sections:
        _key_line(document)
    _overall(document, rng, sample, grade_style)

    voice = sample.own[-1]
    paragraph(document, voice.label, bold=True)
    paragraph(document, voice.written)
    if sisters and rng.random() < 0.6:
        paragraph(document, common.mention(rng, common.SIBLING_SENTENCES, sisters[0][0]))

    _items(document, rng, sample)
    _actions(document, rng, sample, when)
    _urgent(document, rng, sample)
    if moderation_style != "absent":
        _moderation(document, rng, sample, moderation_style, ink, when)

    data = common.finish_docx(document, "TAF Quality Audit", sample.date, sample.auditor)
    written_births = (when(sample.child.date_of_birth), *(when(born) for _, born in sisters)) if with_child else ()
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in sisters),
                           also=written_births)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]
