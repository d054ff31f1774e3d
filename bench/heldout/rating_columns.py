"""Case file audit form with numbered sections, each an evidence box and
four rating columns of which one is marked.

Modelled on the "Case File Audit Form" published as Appendix 2 of a
council's case file audit procedure ("1. Case Information", then numbered
areas each with "Evidence / Commentary & Analysis / Rating" and the four
grades as columns, "Is the child part of a sibling group", "Who does the
child live with", separate "Name of Line Manager" and "Name of Auditor"
boxes), with a grading key at the top like Lancashire's "Tier 2 (Full) Case
File Audit Toolkit – Case File Grading (Ofsted Key Judgements)".
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF, Section, sample_forms
from bot.samples.forms import CASE_FILE_AUDIT

from .common import (
    GRADE_COLUMNS,
    MARKS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    label,
    mark,
    mention,
    new_document,
    paragraph,
    siblings,
    table,
    write,
)

FAMILY = "rating_columns"
AREAS = ("Case description and history", "Assessment, analysis of need and risk", "Planning and review",
         "The child's voice and direct work", "Management oversight", "Multi-agency working",
         "Outcomes for the child")
KEY = (
    ("Outstanding", "Practice exceeds good and makes an exceptional difference to the child's life."),
    ("Good", "Help and protection are timely, the child is seen and heard, and plans make a difference."),
    ("Requires improvement", "No widespread failures, but practice is not yet consistently good."),
    ("Inadequate", "Widespread or serious failures leave the child at risk of harm or without the help needed."),
)
LEGAL_STATUSES = ("Child in need", "Child protection plan", "Looked after (s.20)", "Looked after (ICO)")


def build(today: date, count: int = 22) -> list[HeldOutForm]:
    rng = random.Random(7101)
    samples = [sample for sample in sample_forms(count * 2, seed=7101, today=today) if sample.kind == CASE_FILE_AUDIT]
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples[:count])]


def _line_manager(practitioner: str) -> str | None:
    member = next((person for person in STAFF if person.name == practitioner), None)
    manager = next((person for person in STAFF if member and person.email == member.reports_to), None)
    return manager.name if manager else None


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(("005EB8", "C8102E", "6B2C91", "00703C"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    area_remarks = {area: remarks.get(old.name) for area, old in zip(AREAS, sample.sections)}
    sisters_and_brothers = siblings(rng, sample.child, rng.randint(1, 2), today) if rng.random() < 0.5 else []
    changes = {"sections": tuple(Section(area, section.grade, section.comment)
                                 for area, section in zip(AREAS, sample.sections))}
    if rng.random() < 0.7:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.3:
        changes["actions"] = ()
    if sisters_and_brothers:
        changes["development_areas"] = (*sample.development_areas,
                                         mention(rng, SIBLING_SENTENCES, sisters_and_brothers[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand)
    brand_heading(document, rng.choice(("CASE FILE AUDIT FORM", "Case File Audit Form")), brand, size=16)
    paragraph(document, "To be completed by the auditing manager. Mark one rating for each area.", italic=True)

    brand_heading(document, "Case file grading (Ofsted judgements)", brand, size=11)
    key = table(document, len(KEY), 2)
    for row, (grade, meaning) in zip(key.rows, KEY):
        label(row.cells[0], grade)
        write(row.cells[1], meaning, italic=True)
    document.add_paragraph()

    brand_heading(document, "1. Case Information", brand)
    manager = _line_manager(sample.practitioner)
    pairs = [
        ("Name of child / young person", child.full_name), ("ID number", sample.case_id),
        ("Date of birth", when(child.date_of_birth)), ("Child's legal status", rng.choice(LEGAL_STATUSES)),
        ("Name of team", sample.team), ("Name of social worker", sample.practitioner),
        ("Service", sample.service), ("Name of line manager", manager or "Vacant"),
        ("Name of auditor", sample.auditor), ("Date of audit", when(sample.date)),
        ("Who does the child live with?", " and ".join(child.parents)),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
    ]
    if sisters_and_brothers:
        pairs += [("Is the child part of a sibling group?",
                   "Yes – " + ", ".join(f"{name} ({when(born)})" for name, born in sisters_and_brothers)), ("", "")]
    details = table(document, len(pairs) // 2, 4)
    for position, (text, value) in enumerate(pairs):
        cells = details.rows[position // 2].cells
        if text:
            label(cells[2 * (position % 2)], text, "DEEAF6")
            write(cells[2 * (position % 2) + 1], value)
    document.add_paragraph()

    for number, section in enumerate(sample.sections, start=2):
        brand_heading(document, f"{number}. {section.name}", brand)
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), "Evidence / commentary and analysis")
        for column, (_, heading) in enumerate(columns, start=1):
            label(grid.cell(0, column), heading)
        write(grid.cell(1, 0), section.comment)
        remark = area_remarks.get(section.name)
        if remark:
            write(grid.cell(1, 0), f"HoS: {remark}", colour=ink)
        mark(grid.cell(1, 1 + [grade for grade, _ in columns].index(section.grade)), symbol)
        document.add_paragraph()

    brand_heading(document, rng.choice(("What is working well?", "Strengths identified")), brand)
    for item in sample.strengths:
        paragraph(document, item)
    brand_heading(document, rng.choice(("What are we worried about?", "What needs to be better?")), brand)
    for item in sample.development_areas:
        paragraph(document, item)

    brand_heading(document, "Overall rating of the case file", brand)
    overall = table(document, 2, 4)
    for column, (grade, heading) in enumerate(columns):
        label(overall.cell(0, column), heading)
        if grade == sample.grade:
            mark(overall.cell(1, column), symbol)
    document.add_paragraph()

    brand_heading(document, "Actions arising from the audit (by whom and by when)", brand)
    if sample.actions:
        actions = table(document, len(sample.actions) + 1, 3)
        for cell, heading in zip(actions.rows[0].cells, ("Action", "By whom", "By when")):
            label(cell, heading)
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, rng.choice(("No further actions required at this time.",
                                        "No actions required – practice is good and the plan is on track.")))
    document.add_paragraph()

    concern = table(document, 2, 3)
    label(concern.cell(0, 0), "Are there any immediate safety concerns that need to be escalated today?")
    write(concern.cell(0, 1), "Yes  " + ("\u2612" if sample.urgent_concern else "\u2610"))
    write(concern.cell(0, 2), "No  " + ("\u2610" if sample.urgent_concern else "\u2612"))
    label(concern.cell(1, 0), "If yes, what has been done and who has been told?")
    merged = concern.cell(1, 1).merge(concern.cell(1, 2))
    if sample.urgent_concern_detail:
        write(merged, sample.urgent_concern_detail)
    document.add_paragraph()

    brand_heading(document, "Moderation by Head of Service", brand)
    box = table(document, 4, 2)
    label(box.cell(0, 0), "Moderator")
    label(box.cell(1, 0), "Date")
    label(box.cell(2, 0), "Comments")
    label(box.cell(3, 0), "Moderator's rating (mark one)")
    if moderation:
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        for comment in moderation.comments:
            write(box.cell(2, 1), comment, colour=ink)
        if moderation.grade:
            headings = [heading for grade, heading in columns if grade == moderation.grade]
            write(box.cell(3, 1), f"{headings[0]} {symbol or 'X'}", colour=ink, bold=True)
    return held_out(FAMILY, index, sample,
                    finish_docx(document, "Case File Audit Form", (moderation or sample).date,
                                moderation.moderator if moderation else sample.auditor),
                    "docx", others=tuple(name for name, _ in sisters_and_brothers),
                    also=(when(child.date_of_birth), *(when(born) for _, born in sisters_and_brothers),
                          *(born.isoformat() for _, born in sisters_and_brothers)))

