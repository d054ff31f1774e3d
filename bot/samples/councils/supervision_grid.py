"""`supervision_grid` (.xlsx): a supervision audit as a spreadsheet grid of
audit areas answered y / n / na with the auditor's comments, in parts
separated by merged bands, each area of practice rated on its own row.

Modelled on the structure of Cumbria's "Children's Services Audits –
Supervision" (Appendix 7: a tool for managers at all levels to audit
supervision practice; supervisor, supervisee, team, designated auditor,
date audit completed and case number at the top; Part 1 on the general
and practical aspects of supervision and Part 2 on the workload and
practice of the person supervised, each audit area answered y / n / na
with auditor comments) and the supervision frequency and quality audits
of Leeds' "Quality Assurance Framework" (2014). The spreadsheet form, the
rating row closing each band, the "Overall rating of supervision" and the
drop-downs are our own judgement.

What it exercises: labels and values side by side in a header block with
"Designated Auditor" and "Date audit completed"; areas of practice named
in merged band rows and rated on a row labelled "Rating" below their
questions; y / n / na columns marked with a tick or an x; a rating cell
with a drop-down; the session dates as real Excel dates in one row;
lower-case grades.
"""

from __future__ import annotations

import random
from datetime import date

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from ..people import COUNCIL
from ..tool_phrases import SUPERVISION_AUDIT
from ..wording import GRADES
from .common import (
    CouncilForm,
    drawn,
    personal_of,
    put,
    put_findings,
    spell_grade,
    variant_rng,
    xlsx_bytes,
)
from .supervision_standards import QUESTIONS

FAMILY = "supervision_grid"
BAND = "FCE4D6"
HEAD = "C65911"


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(SUPERVISION_AUDIT, count, seed=seed + 127, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    own = {field.key: field for field in sample.own}
    spelling = rng.choice(("lower", "short", "contract"))
    mark = rng.choice(("\u2713", "x", "X"))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Supervision audit"
    for column, width in zip("ABCDEF", (6, 58, 6, 6, 6, 50)):
        sheet.column_dimensions[column].width = width
    put(sheet, 1, 1, f"{COUNCIL} Children's Services Audits \u2013 Supervision", bold=True, size=14, last_column=6)
    put(sheet, 2, 1, "For managers at all levels auditing supervision practice in child and family work.",
        italic=True, last_column=6)
    header = (
        ("Supervisor", own["supervisor"].written), ("Supervisee", sample.practitioner), ("Team", sample.team),
        ("Service", sample.service), ("Designated Auditor", sample.auditor),
        ("Date audit completed", sample.date), ("Period reviewed", own["period_covered"].written),
        ("Case Number (if appropriate)", "N/A"),
    )
    row = 4
    for label, value in header:
        put(sheet, row, 1, label, bold=True, fill=BAND, last_column=2)
        put(sheet, row, 3, value, number_format="dd/mm/yyyy" if isinstance(value, date) else None, last_column=6)
        row += 1
    put(sheet, row, 1, "Supervision sessions reviewed", bold=True, fill=BAND, last_column=2)
    for column, day in enumerate(own["session_dates"].written, start=3):
        put(sheet, row, column, day, number_format="dd/mm/yy")
    row += 2

    validation = DataValidation(type="list", formula1='"' + ",".join(spell_grade(grade, spelling) for grade in GRADES)
                                + '"', allow_blank=True)
    sheet.add_data_validation(validation)
    for column, text in enumerate(("", "Audit area", "y", "n", "na", "Auditor comments"), start=1):
        put(sheet, row, column, text, bold=True, colour="FFFFFF", fill=HEAD)
    row += 1
    number = 0
    for part, section in enumerate(sample.sections, start=1):
        put(sheet, row, 1, f"Part {part} \u2013 {section.name}", bold=True, fill=BAND, last_column=6)
        row += 1
        questions = QUESTIONS.get(section.name, (("Is this area evidenced on the supervision record?", ()),))
        for question, _hints in questions:
            number += 1
            put(sheet, row, 1, f"{number}.")
            put(sheet, row, 2, question)
            weak = GRADES.index(section.grade) >= 2 and rng.random() < 0.6
            put(sheet, row, 4 if weak else 3, mark)
            row += 1
        put(sheet, row, 2, "Rating", bold=True)
        rating = put(sheet, row, 3, spell_grade(section.grade, spelling), bold=True, last_column=5)
        validation.add(rating.coordinate)
        put(sheet, row, 6, section.comment)
        row += 2

    put(sheet, row, 1, "Overall rating of supervision", bold=True, fill=BAND, last_column=2)
    overall = put(sheet, row, 3, spell_grade(sample.grade, spelling), bold=True, last_column=5)
    validation.add(overall.coordinate)
    row += 2
    row = put_findings(sheet, row, sample, fill=HEAD, last_column=6)
    put(sheet, row, 1, "Actions", bold=True, colour="FFFFFF", fill=HEAD, last_column=6)
    row += 1
    for column, text in ((1, "Action"), (5, "Who"), (6, "By when")):
        put(sheet, row, column, text, bold=True, fill=BAND, last_column=4 if column == 1 else 0)
    row += 1
    for action in sample.actions:
        put(sheet, row, 1, action.action, last_column=4)
        put(sheet, row, 5, action.owner)
        put(sheet, row, 6, action.due, number_format="dd/mm/yyyy")
        row += 1
    data = xlsx_bytes(workbook, title="Children's Services Audits - Supervision", written=sample.date,
                      editor=sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal_of(sample))
