"""Thematic (deep dive) audit report: a short front table, the date of the
audit session written in words, who attended, a table of the children's
records reviewed with their references, then numbered headings with
paragraphs: scope, what is working well, what needs to improve and
recommendations.

Modelled on published thematic and deep dive audit arrangements: Essex
Safeguarding Children Board's Multi-Agency Thematic Audits (MATA), North
Yorkshire Safeguarding Children Partnership's "Deep Dive Audits" (a few
cases, usually four, within a fixed period), Surrey's "How to conduct an
audit" and Wirral's dip samples reviewed against outcomes.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    finish_docx,
    held_out,
    label,
    new_document,
    paragraph,
    recount,
    table,
    write,
)

FAMILY = "thematic"
FINDINGS = ("Met", "Partially met", "Not met")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(7401)
    samples = tool_samples(count, seed=7401, today=today, kinds=(THEMATIC_AUDIT,))
    return [_form(rng, index, sample) for index, sample in enumerate(samples)]


def _session_date(rng: random.Random, day: date) -> str:
    """The date of the session as people write it in a report."""
    ordinal = f"{day.day}{'th' if 11 <= day.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}"
    month = _MONTHS[day.month - 1]
    return rng.choice((f"{_WEEKDAYS[day.weekday()]} {ordinal} {month} {day.year}", f"{ordinal} {month} {day.year}",
                       f"{day.day} {month} {day.year}"))


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(("005EB8", "C8102E", "00788A", "6B2C91"))
    theme = sample.own[0].expected
    references = [case_reference(rng, str(rng.randint(1_000_000, 9_999_999))) for _ in range(rng.randint(4, 7))]
    changes = {"own": (ToolField("theme", "", theme, theme),
                       ToolField("cases_sampled", "", str(len(references)), len(references)),
                       ToolField("sampled_case_ids", "", ", ".join(references), list(references)))}
    changes["strengths"] = recount(sample.strengths, len(references))
    changes["development_areas"] = recount(sample.development_areas, len(references))
    if rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    service_staff = [member.name for member in STAFF if member.service == sample.service and member.name != sample.auditor]
    present = rng.sample(service_staff, min(len(service_staff), rng.randint(2, 4)))

    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand)
    brand_heading(document, rng.choice((f"Thematic Audit Report: {theme}", f"Deep Dive Audit – {theme}")), brand,
                  size=15)

    front = table(document, 6, 2)
    rows = (
        ("Theme", theme),
        (rng.choice(("Lead officer", "Audit led by")), sample.auditor),
        ("Service area", sample.service),
        ("Date of audit session", _session_date(rng, sample.date)),
        ("Number of children's records reviewed", f"{len(references)}"),
        ("Also present", ", ".join(present)),
    )
    for row, (text, value) in zip(front.rows, rows):
        label(row.cells[0], text, "DDEBF7")
        write(row.cells[1], value)
    document.add_paragraph()

    brand_heading(document, "1. Scope and method", brand)
    paragraph(document, "Records were chosen at random from children open to the service in the last six months. "
                        "Each record was read against the practice standards for the theme and discussed with the "
                        "allocated worker's manager.")

    brand_heading(document, "2. Children's records reviewed", brand)
    reviewed = table(document, len(references) + 1, 3)
    for cell, text in zip(reviewed.rows[0].cells, ("Case reference", "Standard met?", "Key finding")):
        label(cell, text)
    for row, reference in zip(reviewed.rows[1:], references):
        write(row.cells[0], reference)
        write(row.cells[1], rng.choice(FINDINGS))
        write(row.cells[2], rng.choice(("Chronology up to date", "Plan lacks timescales", "Child's views recorded",
                                        "No management oversight recorded", "Partners engaged in planning")))
    document.add_paragraph()

    brand_heading(document, "3. What is working well", brand)
    for item in sample.strengths:
        paragraph(document, item)
    brand_heading(document, "4. What needs to improve", brand)
    for item in sample.development_areas:
        paragraph(document, item)
    brand_heading(document, "5. Recommendations", brand)
    if sample.actions:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"5.{number} {action.action} Lead: {action.owner}. "
                                f"Target date: {_session_date(rng, action.due)}.")
    else:
        paragraph(document, "No further actions required at this time; the theme will be re-sampled next year.")
    data = finish_docx(document, "Thematic Audit Report", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")
