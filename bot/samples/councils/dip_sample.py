"""`dip_sample` (.xlsx): a thematic dip-sample audit kept as a workbook –
the theme, the lead and the findings on a summary sheet, and (on some) the
cases sampled one to a row on a second sheet with a red / amber / green
finding.

Modelled on the structure of the themed audits of Bedford Borough's
"Quality Assurance and Learning Framework" (April 2018: a programme of
thematic audit days on issues of concern to the service, alongside case
file and supervision audits) and of Rotherham Safeguarding Children
Partnership's programme of themed multi-agency case file audits and
focus groups (each a theme, a handful of cases, findings and a SMART
action plan). The two sheets, the "RAG" column and the audit day written
with its weekday are our own judgement.

What it exercises: a form with no case, practitioner, team or grade of
its own; the theme and the count of cases on a summary sheet; the case
references listed on another sheet beside team names and red / amber /
green fills (references prefixed "C" on some); the audit date as a
weekday date in text or an Excel date format; "Head of Service" after
the lead's name in brackets; findings and service actions one to a row.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from openpyxl import Workbook

from ..people import COUNCIL, PRACTITIONER, STAFF
from ..tool_phrases import THEMATIC_AUDIT
from .common import (
    CouncilForm,
    case_reference,
    drawn,
    personal_of,
    put,
    spell_date,
    variant_rng,
    with_role,
    xlsx_bytes,
)

FAMILY = "dip_sample"
HEAD = "375623"
BAND = "E2EFDA"
RAG = (("Green", "92D050"), ("Amber", "FFC000"), ("Red", "FF0000"))
FINDINGS = (
    "Theme evidenced well; plan reflects the worries.",
    "Some evidence; not consistently recorded.",
    "Little evidence on file; discussed with the team manager.",
)
TEAMS = tuple(dict.fromkeys(member.team for member in STAFF if member.role == PRACTITIONER
                            and member.service != "Early Help"))


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(THEMATIC_AUDIT, count, seed=seed + 131, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _prefixed(sample, style: str):
    """`sample` with its sampled case numbers written in `style`."""
    own = []
    for field in sample.own:
        if field.key == "sampled_case_ids":
            ids = [case_reference(case_id, style) for case_id in field.expected]
            field = replace(field, written=", ".join(ids) if field.written else None, expected=ids)
        elif field.key == "cases_sampled" and "," in str(field.written):
            field = replace(field, written=", ".join(case_reference(case_id, style)
                                                     for case_id in field.written.split(", ")))
        own.append(field)
    return replace(sample, own=tuple(own))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = _prefixed(sample, rng.choice(("digits", "C")))
    own = {field.key: field for field in sample.own}
    listed = own.get("sampled_case_ids")
    workbook = Workbook()
    summary = workbook.active
    summary.title = "Summary"
    for column, width in zip("ABC", (34, 60, 16)):
        summary.column_dimensions[column].width = width
    put(summary, 1, 1, f"{COUNCIL} \u2013 {sample.title}", bold=True, size=14, colour="FFFFFF", fill=HEAD,
        last_column=3)
    in_text = rng.random() < 0.5
    rows = [
        (own["theme"].label, own["theme"].written, None),
        ("Audit lead", with_role(sample.auditor, rng.choice(("brackets", "initials", "comma"))), None),
        ("Service", sample.service, None),
        ("Date of audit day", spell_date(sample.date, rng.choice(("weekday dth month yyyy", "weekday d month yyyy")))
         if in_text else sample.date, None if in_text else "dddd d mmmm yyyy"),
    ]
    cases = own["cases_sampled"]
    if "," in str(cases.written):
        rows.append((cases.label, cases.written, None))
    else:
        rows.append((cases.label, int(cases.written), None))
    for row, (label, value, number_format) in enumerate(rows, start=3):
        put(summary, row, 1, label, bold=True, fill=BAND)
        put(summary, row, 2, value, number_format=number_format, last_column=3)
    row = 3 + len(rows) + 1
    for heading, items in ((sample.labels["strengths"], sample.strengths),
                           (sample.labels["development_areas"], sample.development_areas)):
        put(summary, row, 1, heading, bold=True, colour="FFFFFF", fill=HEAD, last_column=3)
        row += 1
        for item in items:
            put(summary, row, 1, item, last_column=3)
            row += 1
        row += 1
    put(summary, row, 1, sample.labels["actions"], bold=True, colour="FFFFFF", fill=HEAD, last_column=3)
    row += 1
    for column, text in enumerate(("Action", "Lead", "By when"), start=1):
        put(summary, row, column, text, bold=True, fill=BAND)
    row += 1
    for action in sample.actions:
        put(summary, row, 1, action.action)
        put(summary, row, 2, action.owner)
        put(summary, row, 3, action.due, number_format="dd/mm/yyyy")
        row += 1

    if listed is not None and listed.label:
        sheet = workbook.create_sheet("Cases")
        for column, width in zip("ABCD", (16, 30, 60, 10)):
            sheet.column_dimensions[column].width = width
        put(sheet, 1, 1, listed.label, bold=True, last_column=4)
        for column, text in enumerate(("Case ref", "Team", "Finding", "RAG"), start=1):
            put(sheet, 2, column, text, bold=True, colour="FFFFFF", fill=HEAD)
        for row, case_id in enumerate(listed.expected, start=3):
            rag, colour = rng.choice(RAG)
            put(sheet, row, 1, case_id)
            put(sheet, row, 2, rng.choice(TEAMS))
            put(sheet, row, 3, FINDINGS[RAG.index((rag, colour))])
            put(sheet, row, 4, rag, fill=colour)
    data = xlsx_bytes(workbook, title=sample.title, written=sample.date, editor=sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal_of(sample))
