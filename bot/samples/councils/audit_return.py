"""`audit_return` (.xlsx): one audit on one row of a QA team's monthly
return, under a brand-coloured title, a row of merged group headers and a
row of column headers, with the areas of practice as columns.

Modelled on the quality of practice audit returns behind the reports
Haringey's Deputy Director gave members (a random sample of cases across
ten sections each month, the number audited with the overall and the
section ratings summarised, inadequate cases followed up by the Head of
Service and re-audited quarterly) and on Bristol's "Children's Services
Quality Assurance Framework" (version 1.3, 2017: case file audits whose
findings the Quality Assurance Service Manager collates and reports, with
moderation). The column order, the merged group headers, the red / amber
/ green fills, the drop-down lists on a hidden sheet and the moderation
columns in a coloured font are our own judgement.

What it exercises: a header row two rows above the values, under merged
group headers; section grades as columns headed by the area's name;
grades from drop-downs with fills; strengths and areas for development
as bullet lines in one cell; actions as "action – owner – date" lines in
one cell; "N" / "Y" for the urgent concern; Early Help references in the
Early Help rows; the council's name on a red fill, which is not
moderation.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    GRADE_FILLS,
    CouncilForm,
    case_reference,
    drawn,
    moderation_ink,
    personal_of,
    put,
    spell_date,
    spell_grade,
    variant_rng,
    xlsx_bytes,
)

FAMILY = "audit_return"
BRAND = "C00000"  # the council's red
HEADER = "F2F2F2"


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    early_help = drawn(EARLY_HELP_AUDIT, count // 3, seed=seed + 113, today=today)
    social_care = drawn(CASE_FILE_AUDIT, count - len(early_help), seed=seed + 114, today=today)
    samples = social_care + early_help
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    early_help = sample.kind == EARLY_HELP_AUDIT
    style = rng.choice(("EH/", "EHM")) if early_help else rng.choice(("digits", "LCS-", "C"))
    sample = replace(sample, case_id=case_reference(sample.case_id, style))
    spelling = rng.choice(("initials", "short", "contract"))
    ink = moderation_ink(rng, avoid=BRAND)
    moderation = sample.moderation
    choices = tuple(spell_grade(grade, spelling) for grade in GRADES)

    groups = [("About the case", ["Case ref" if not early_help else "EH ref", "Worker", "Team", "Service"]),
              ("The audit", ["Auditor", "Date audited"]),
              ("Grades by area", [section.name for section in sample.sections]),
              ("Judgement", ["Overall grade", "Immediate concern? (Y/N)"]),
              ("Findings", ["Strengths", "Areas for development", "Actions (action \u2013 who \u2013 by when)"]),
              ("Moderation", ["Moderated by", "Date moderated", "Moderated grade", "Moderator comments"])]
    values = [sample.case_id, sample.practitioner, sample.team, sample.service,
              sample.auditor, sample.date,
              *[spell_grade(section.grade, spelling) for section in sample.sections],
              spell_grade(sample.grade, spelling), "Y" if sample.urgent_concern else "N",
              "\n".join(f"\u2022 {item}" for item in sample.strengths),
              "\n".join(f"\u2022 {item}" for item in sample.development_areas),
              "\n".join(f"{action.action} \u2013 {action.owner} \u2013 {spell_date(action.due, 'dd/mm/yyyy')}"
                        for action in sample.actions) or "None",
              moderation.moderator if moderation else None, moderation.date if moderation else None,
              spell_grade(moderation.grade, spelling) if moderation and moderation.grade else None,
              "\n".join(moderation.comments) if moderation else None]

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Return", "Audits", "Monthly return"))
    total = sum(len(headers) for _, headers in groups)
    title = "EARLY HELP CASE AUDIT RETURN" if early_help else "CASE AUDIT RETURN"
    put(sheet, 1, 1, f"{COUNCIL.upper()} \u2013 {title}", bold=True, size=13, colour="FFFFFF", fill=BRAND,
        last_column=total)
    column = 1
    for group, headers in groups:
        put(sheet, 2, column, group, bold=True, fill="D9D9D9", last_column=column + len(headers) - 1)
        for offset, header in enumerate(headers):
            put(sheet, 3, column + offset, header, bold=True, fill=HEADER)
            sheet.column_dimensions[get_column_letter(column + offset)].width = 40 if group == "Findings" else 16
        column += len(headers)
    lists = workbook.create_sheet("Lists")
    lists.sheet_state = "hidden"
    for row, choice in enumerate(choices, start=1):
        lists.cell(row=row, column=1, value=choice)
    validation = DataValidation(type="list", formula1=f"Lists!$A$1:$A${len(choices)}", allow_blank=True)
    sheet.add_data_validation(validation)

    grade_columns = range(7, 7 + len(sample.sections) + 1)
    moderation_columns = range(total - 3, total + 1)
    for column, value in enumerate(values, start=1):
        cell = put(sheet, 4, column, value, colour=ink if column in moderation_columns and value else None,
                   number_format="dd/mm/yyyy" if isinstance(value, date) else None)
        if column in grade_columns or (column == total - 1 and value):
            validation.add(cell.coordinate)
            grade = GRADES[choices.index(value)]
            cell.fill = PatternFill("solid", fgColor=GRADE_FILLS[grade])
    data = xlsx_bytes(workbook, title="Case audit return", written=moderation.date if moderation else sample.date,
                      editor=moderation.moderator if moderation else sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal_of(sample))
