"""`pathway_plan_audit` (.xlsx): a manager's audit of a care leaver's
pathway plan kept as a workbook – the young person and the audit on a
"Details" sheet with the rating key, the seven dimensions of the plan
rated Blue, Green, Amber or Red on a "Findings" sheet.

Modelled on the structure of the "Pathway Plan Audit Tool for Managers"
in Oxfordshire's "Pathway Plans and Reviews" procedure (updated January
2019), which audits a plan against the dimensions its guidance sets out
(personal support; family and social relationships; accommodation;
education, employment and training; practical and personal independent
skills; financial support; health and leisure), and on the pathway
planning duties its procedure summarises (a plan for eligible, relevant
and former relevant young people, reviewed at least every six months).
The two sheets, the Blue / Green / Amber / Red rating standing for the
four judgements under a key printed only on the first sheet, the
young person's view and the service manager's rows are our own
judgement.

What it exercises: a form on two sheets with the grading key on one and
the grades on the other; grades written as colours ("Amber") with a
matching fill, sometimes in lower case; an "LL ID" stored as a number or
text; the young person's "known as" name, and that name in the young
person's view of the plan; dates as Excel dates beside a second date
(the last pathway plan review) that is not the audit's; a personal
adviser as the practitioner; the moderated rating typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from openpyxl import Workbook

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    KNOWN_AS,
    NO_ACTIONS,
    CouncilForm,
    drawn,
    moderation_ink,
    personal_of,
    put,
    put_actions,
    put_findings,
    rename_sections,
    section_remark,
    surname_first,
    variant_rng,
    with_role,
    xlsx_bytes,
)

FAMILY = "pathway_plan_audit"
BRAND = "375623"
LIGHT = "E2EFDA"
DIMENSIONS = (
    "Personal support",
    "Family and social relationships",
    "Accommodation",
    "Education, employment and training",
    "Practical and personal independence skills",
    "Financial support",
    "Health and leisure",
)
COLOURS = dict(zip(GRADES, (("Blue", "00B0F0"), ("Green", "92D050"), ("Amber", "FFC000"), ("Red", "FF0000"))))
STATUSES = {False: ("Eligible (16\u201317, still in care)", "Relevant (16\u201317, left care)"),
            True: ("Former relevant (18+)",)}
VIEWS = (
    "{name} says the plan is hers and she chose the college course herself.",
    "{name} told me the plan is \"fine\" but he has not seen the latest version.",
    "{name} wants the plan to say more about seeing her brother.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 151, today=today,
                    where=lambda sample: sample.team == "Care Leavers Team")
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _rating(grade: str, lower: bool) -> tuple[str, str]:
    word, fill = COLOURS[grade]
    return (word.lower() if lower else word), fill


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    born = sample.date - timedelta(days=rng.randint(16 * 365 + 40, 20 * 365 + 200))
    sample = rename_sections(replace(sample, child=replace(sample.child, date_of_birth=born)), DIMENSIONS)
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())
    child = sample.child
    known_as = KNOWN_AS[child.first_name]
    lower = rng.random() < 0.4
    ink = moderation_ink(rng, avoid=BRAND)
    moderation = sample.moderation
    workbook = Workbook()

    details = workbook.active
    details.title = "Details"
    for column, width in zip("ABC", (34, 40, 20)):
        details.column_dimensions[column].width = width
    put(details, 1, 1, f"{COUNCIL} \u2013 Pathway Plan Audit Tool for Managers", bold=True, size=14,
        colour="FFFFFF", fill=BRAND, last_column=3)
    put(details, 2, 1, "Complete this sheet, then rate each dimension of the plan on the Findings sheet.",
        italic=True, last_column=3)
    auditor = surname_first(sample.auditor) if rng.random() < 0.5 else with_role(sample.auditor, "comma")
    rows = (
        ("Young person", child.full_name, None), ("Known as", known_as, None),
        ("LL ID", int(sample.case_id) if rng.random() < 0.5 else sample.case_id, None),
        ("Date of birth", child.date_of_birth, "dd/mm/yyyy"),
        ("Status", rng.choice(STATUSES[_age(born, sample.date) >= 18]), None),
        ("Personal adviser / social worker", sample.practitioner, None), ("Team", sample.team, None),
        ("Service", sample.service, None), ("Audited by", auditor, None),
        ("Date of audit", sample.date, rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))),
        ("Date of last pathway plan review", sample.date - timedelta(days=rng.randint(30, 150)), "dd/mm/yyyy"),
    )
    for row, (label, value, number_format) in enumerate(rows, start=4):
        put(details, row, 1, label, bold=True, fill=LIGHT)
        put(details, row, 2, value, number_format=number_format, last_column=3)
    row = 4 + len(rows) + 1
    put(details, row, 1, "Rating key", bold=True, colour="FFFFFF", fill=BRAND, last_column=3)
    for offset, grade in enumerate(GRADES, start=1):
        word, fill = COLOURS[grade]
        put(details, row + offset, 1, word, bold=True, fill=fill)
        put(details, row + offset, 2, grade, last_column=3)

    findings = workbook.create_sheet("Findings")
    for column, width in zip("ABC", (36, 70, 14)):
        findings.column_dimensions[column].width = width
    for column, text in enumerate(("Dimension of the pathway plan", "Evidence", "Rating"), start=1):
        put(findings, 1, column, text, bold=True, colour="FFFFFF", fill=BRAND)
    row = 2
    for section in sample.sections:
        put(findings, row, 1, section.name, bold=True)
        remark = section_remark(sample, section)
        put(findings, row, 2, section.comment + (f"\nSM: {remark}" if remark else ""))
        word, fill = _rating(section.grade, lower)
        put(findings, row, 3, word, fill=fill)
        row += 1
    word, fill = _rating(sample.grade, lower)
    put(findings, row, 1, "Overall rating of the pathway plan", bold=True, fill=LIGHT, last_column=2)
    put(findings, row, 3, word, bold=True, fill=fill)
    row += 2
    put(findings, row, 1, "The young person's view of their plan", bold=True, fill=LIGHT)
    put(findings, row, 2, rng.choice(VIEWS).format(name=known_as), last_column=3)
    row += 2
    row = put_findings(findings, row, sample, fill=BRAND, last_column=3)
    row = put_actions(findings, row, sample, headers=("Action", "Who", "By when"), fill=BRAND, header_fill=LIGHT,
                      nothing=rng.choice(NO_ACTIONS) if no_actions else None)
    row += 1
    put(findings, row, 1, "Any immediate concern for the young person's safety?", bold=True, fill=LIGHT)
    put(findings, row, 2, f"Yes \u2013 {sample.urgent_concern_detail}" if sample.urgent_concern else "No",
        last_column=3)
    row += 2
    put(findings, row, 1, "Service manager oversight", bold=True, colour="FFFFFF", fill=BRAND, last_column=3)
    for offset, label in enumerate(("Name", "Date", "Comments", "Moderated overall rating"), start=1):
        put(findings, row + offset, 1, label, bold=True, fill=LIGHT)
    if moderation:
        put(findings, row + 1, 2, moderation.moderator, colour=ink, last_column=3)
        put(findings, row + 2, 2, moderation.date, colour=ink, number_format="dd/mm/yyyy", last_column=3)
        put(findings, row + 3, 2, "\n".join(moderation.comments), colour=ink, last_column=3)
        if moderation.grade:
            word, fill = _rating(moderation.grade, lower)
            put(findings, row + 4, 2, word, bold=True, colour=ink, last_column=3)
    data = xlsx_bytes(workbook, title="Pathway Plan Audit", written=moderation.date if moderation else sample.date,
                      editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, known_as)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal)
