"""`chair_audit_log` (.xlsx): the audit a child protection conference chair
completes after each conference, kept as one row of the Safeguarding
Unit's log, with each area of practice and the overall quality graded by
an X in one of four columns headed "O", "G", "RI" and "I".

Modelled on the structure of the quality assurance Conwy's Safeguarding
Unit describes in its social services annual report: after each child
protection conference the chair completes an online audit tool on
engagement with the child and family before the conference, the quality
of the reports presented and the overall quality of the child
protection work, and the unit's highlight report of good practice and
areas for improvement goes to the Head of Service and managers; and on
the mid-way audits by which Worcestershire's child protection chairs
quality assure progress between conferences. The spreadsheet export, the
column groups, the four grade columns per area, the escalation columns
and the line listing every child the conference was about are our own
judgement.

What it exercises: one audit on one row under a title, a key row and
merged group headers, two rows above the values; grades as an X (or a
tick) in one of four columns per area, the area named only by the merged
band above its columns; the overall judgement under the tool's own label
("Overall quality of child protection work"); an "ICS no." column with
references such as "CP/2045187"; every child of the family named with
their age in one cell; the chair written surname first; actions as
"action – who – date" lines in one cell; "Y" / "N" for the escalation;
no moderation.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from ..forms import CASE_FILE_AUDIT
from ..people import ASSESSMENT, COUNCIL
from ..wording import GRADES
from .common import (
    CouncilForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    personal_of,
    put,
    rename_sections,
    spell_date,
    surname_first,
    variant_rng,
    with_role,
    xlsx_bytes,
)

FAMILY = "chair_audit_log"
BRAND = "2F5597"
BAND = "D9E1F2"
AREAS = (
    "Engagement with the child and family before conference",
    "Quality of the social work report",
    "Quality of partner agency reports",
    "Child protection plan and contingency",
)
LETTERS = ("O", "G", "RI", "I")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 139, today=today,
                    where=lambda sample: sample.service == ASSESSMENT)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(replace(sample, moderation=None), AREAS)
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("digits", "CP/", "CP/"))))
    child = sample.child
    siblings = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    mark = rng.choice(("X", "X", "x", "\u2713"))
    chair = surname_first(sample.auditor, capitals=rng.random() < 0.5) if rng.random() < 0.6 \
        else with_role(sample.auditor, "initials")
    children = "; ".join([f"{child.full_name} ({_age(child.date_of_birth, sample.date)})"]
                         + [f"{other.full_name} ({other.age})" for other in siblings])
    in_text = rng.random() < 0.3

    groups = [("Conference", [("Date of conference", 14), ("Type", 8), ("ICS no.", 13),
                              ("Child(ren) subject of conference", 34), ("Social worker", 18), ("Team", 22),
                              ("Service", 24), ("Chair", 20)])]
    for section in sample.sections:
        groups.append((section.name, [(letter, 5) for letter in LETTERS] + [("Comment", 40)]))
    groups += [("Overall quality of child protection work", [(letter, 5) for letter in LETTERS]),
               ("Chair's findings", [("What is working well", 45), ("Areas for improvement", 45),
                                     ("Actions agreed with the team manager (action \u2013 who \u2013 by when)", 50)]),
               ("Escalation", [("Immediate safeguarding concern escalated? (Y/N)", 14), ("Details", 40)])]
    total = sum(len(headers) for _, headers in groups)

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Chair audits", "CP conference audits"))
    put(sheet, 1, 1, f"{COUNCIL} Safeguarding Unit \u2013 Conference Chair's Audit", bold=True, size=13,
        colour="FFFFFF", fill=BRAND, last_column=total)
    put(sheet, 2, 1, "Key: O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate.   "
        "One row per conference; mark one grade for each area with an X.", italic=True, last_column=total)
    column = 1
    for group, headers in groups:
        put(sheet, 3, column, group, bold=True, fill=BAND, last_column=column + len(headers) - 1)
        for offset, (header, width) in enumerate(headers):
            put(sheet, 4, column + offset, header, bold=True, fill="F2F2F2")
            sheet.column_dimensions[get_column_letter(column + offset)].width = width
        column += len(headers)
    sheet.freeze_panes = "A5"

    values: list = [
        spell_date(sample.date, "d-mon-yyyy") if in_text else sample.date,
        rng.choice(("ICPC", "RCPC", "RCPC")), sample.case_id, children, sample.practitioner, sample.team,
        sample.service, chair,
    ]
    for section in sample.sections:
        values += [mark if letter == LETTERS[GRADES.index(section.grade)] else None for letter in LETTERS]
        values.append(section.comment)
    values += [mark if letter == LETTERS[GRADES.index(sample.grade)] else None for letter in LETTERS]
    values += ["\n".join(sample.strengths), "\n".join(sample.development_areas),
               "\n".join(f"{action.action} \u2013 {action.owner} \u2013 {spell_date(action.due, 'dd/mm/yyyy')}"
                         for action in sample.actions) or "None",
               "Y" if sample.urgent_concern else "N", sample.urgent_concern_detail]
    for column, value in enumerate(values, start=1):
        put(sheet, 5, column, value, number_format="dd/mm/yyyy" if isinstance(value, date) else None)
    data = xlsx_bytes(workbook, title="Conference Chair's Audit", written=sample.date, editor=sample.auditor)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal)
