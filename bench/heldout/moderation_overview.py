"""Head of Service moderation overview: a short summary table, a table of
the month's moderated audits (case reference, team, auditor, the
auditor's grade and the moderated grade, typed in the Head of Service's
colour), then numbered themes as paragraphs and an action plan.

Modelled on the "Template for moderation report" of Skills for Care's
Assessed and Supported Year in Employment (a summary, a breakdown of the
outcomes of moderation, an action plan) and on the moderation stage of
councils' audit programmes (Kent's Peer Review On-line Case File Audit,
"Guidance for Children's Safeguarding Unit Moderation Officers"; Durham and
Gloucestershire's reports on audit and moderation).

The truth: `form` "moderation_overview", `case_id` and `grade` None, and
`extra["moderated_cases"]` a mapping of each listed case reference, as
written, to its moderated grade.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    GRADES,
    MODERATION_INKS,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    recount,
    table,
    write,
)

FAMILY = "moderation_overview"
MANAGERS = ("practice_manager", "early_help_manager", "safeguarding_practice_manager")


def build(today: date, count: int = 15) -> list[HeldOutForm]:
    rng = random.Random(7601)
    samples = tool_samples(count, seed=7601, today=today, kinds=(MODERATION_OVERVIEW,))
    return [_form(rng, index, sample) for index, sample in enumerate(samples)]


def _cases(rng: random.Random, service: str) -> list[tuple[str, str, str, str, str]]:
    """(reference, team, auditor, auditor's grade, moderated grade) for four to six audits."""
    managers = [member for member in STAFF if member.service == service and member.role in MANAGERS]
    listed = []
    for _ in range(rng.randint(4, 6)):
        manager = rng.choice(managers)
        grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
        moved = GRADES.index(grade) + rng.choice((0, 0, 1, -1))
        moderated = GRADES[min(max(moved, 0), len(GRADES) - 1)]
        reference = case_reference(rng, str(rng.randint(1_000_000, 9_999_999)))
        listed.append((reference, manager.team, manager.name, grade, moderated))
    return listed


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(("005EB8", "00788A", "C8102E", "6B2C91"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    listed = _cases(rng, sample.service)
    period = sample.own[0].expected
    sample = replace(sample, strengths=recount(sample.strengths, len(listed)),
                     development_areas=recount(sample.development_areas, len(listed)), own=(
        ToolField("period", "", period, period),
        ToolField("audits_moderated", "", str(len(listed)), str(len(listed))),
        ToolField("moderated_cases", "", None, {reference: moderated for reference, *_, moderated in listed}),
    ))

    document = new_document(rng, landscape=True)
    paragraph(document, council_line(rng), bold=True, colour=brand)
    brand_heading(document, rng.choice((f"Head of Service Moderation Overview – {period}",
                                        f"Monthly Audit Moderation Summary: {period}")), brand, size=15)
    summary = table(document, 5, 2)
    rows = (("Completed by", sample.auditor), ("Service area", sample.service), ("Audit month", period),
            ("Date completed", when(sample.date)), ("Number of audits moderated", str(len(listed))))
    for row, (text, value) in zip(summary.rows, rows):
        label(row.cells[0], text, "DEEAF6")
        write(row.cells[1], value)
    document.add_paragraph()

    brand_heading(document, "1. Audits moderated this month", brand)
    grid = table(document, len(listed) + 1, 6)
    headings = ("Case ref", "Team", "Auditor", "Auditor's grade", "Moderated grade", "Agreed?")
    for cell, text in zip(grid.rows[0].cells, headings):
        label(cell, text, brand, colour="FFFFFF")
    for row, (reference, team, auditor, grade, moderated) in zip(grid.rows[1:], listed):
        write(row.cells[0], reference)
        write(row.cells[1], team)
        write(row.cells[2], auditor)
        write(row.cells[3], informal_grade(rng, grade))
        write(row.cells[4], informal_grade(rng, moderated), colour=ink)
        write(row.cells[5], "Yes" if grade == moderated else "No", colour=ink)
    document.add_paragraph()

    brand_heading(document, "2. Themes: what is working well", brand)
    for number, item in enumerate(sample.strengths, start=1):
        paragraph(document, f"2.{number} {item}")
    brand_heading(document, "3. Themes: what needs to improve", brand)
    for number, item in enumerate(sample.development_areas, start=1):
        paragraph(document, f"3.{number} {item}")
    brand_heading(document, "4. Action plan for the service", brand)
    plan = table(document, len(sample.actions) + 1, 3)
    for cell, text in zip(plan.rows[0].cells, ("Action", "Lead", "By when")):
        label(cell, text)
    for row, action in zip(plan.rows[1:], sample.actions):
        write(row.cells[0], action.action)
        write(row.cells[1], action.owner)
        write(row.cells[2], when(action.due))
    data = finish_docx(document, "Head of Service Moderation Overview", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")
