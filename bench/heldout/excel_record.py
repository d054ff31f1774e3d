"""Excel audit return with one audit on one row: a merged title, guidance,
column headers on row 4 and the answers on row 5 (grades from a
drop-down, with red/amber/green fills), the Head of Service's moderation
in columns of its own in their colour, the actions on a second sheet and
a grading key on a third.

Modelled on electronic case file audit tools whose answers are kept one
row per audit (Kent's "Peer Review On-line Case File Audit", completed on
line and collated for reporting; Lincolnshire's quality audit records)
and on the audit trackers QA teams keep in Excel.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, sample_forms
from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.ooxml import stable_zip

from .common import (
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    held_out,
    informal_grade,
)

FAMILY = "excel_record"
RAG = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
LEGAL_STATUSES = ("CIN", "CP", "CLA", "Care leaver")


def build(today: date, count: int = 18) -> list[HeldOutForm]:
    rng = random.Random(7701)
    samples = [sample for sample in sample_forms(count * 2, seed=7701, today=today) if sample.kind == CASE_FILE_AUDIT]
    return [_form(rng, index, sample) for index, sample in enumerate(samples[:count])]


def _day(value: date) -> datetime:
    return datetime.combine(value, time())


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(("005EB8", "00703C", "6B2C91", "A6192E"))
    ink = rng.choice(MODERATION_INKS)
    changes = {"case_id": case_reference(rng, sample.case_id)}
    if rng.random() < 0.25:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    note = 0.3

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Audit", "Case Audit Return"))
    columns: list[tuple[str, object, dict]] = [
        ("Case Ref", sample.case_id, {}),
        ("Child Name", child.full_name, {}),
        ("DOB", _day(child.date_of_birth), {"number_format": "dd/mm/yyyy"}),
        ("Legal Status", rng.choice(LEGAL_STATUSES), {}),
        ("Team", sample.team, {}),
        ("Service Area", sample.service, {}),
        ("Allocated Worker", sample.practitioner, {}),
        ("Auditor", sample.auditor, {}),
        ("Date Audited", _day(sample.date), {"number_format": rng.choice(("dd-mmm-yy", "dd/mm/yyyy", "d mmmm yyyy"))}),
    ]
    graded_from = len(columns)
    for section in sample.sections:
        columns.append((section.name, informal_grade(rng, section.grade, note_chance=note), {"rag": section.grade}))
    columns.append(("Overall Judgement", informal_grade(rng, sample.grade, note_chance=note), {"rag": sample.grade}))
    graded_to = len(columns)
    columns += [
        ("Strengths (one per line)", "\n".join(sample.strengths), {}),
        ("Areas for Development (one per line)", "\n".join(sample.development_areas), {}),
        ("Immediate safeguarding concern? (Y/N)", "Y" if sample.urgent_concern else "N", {}),
        ("Concern details / action taken", sample.urgent_concern_detail or "", {}),
        ("HoS Moderation Comments", "\n".join(moderation.comments) if moderation else "", {"ink": True}),
        ("HoS Moderated Judgement", informal_grade(rng, moderation.grade) if moderation and moderation.grade else "",
         {"ink": True}),
        ("HoS Name", moderation.moderator if moderation else "", {"ink": True}),
        ("Date Moderated", _day(moderation.date) if moderation else None,
         {"ink": True, "number_format": "dd/mm/yyyy"}),
    ]
    title = f"{COUNCIL} – Case File Audit Return"
    sheet.cell(1, 1, title).font = Font(bold=True, size=14, color="FFFFFF")
    sheet.cell(1, 1).fill = PatternFill("solid", fgColor=brand)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    sheet.cell(2, 1, f"{council_line(rng)}. One row per audit; choose grades from the drop-down. Heads of Service: "
                     "add your moderation in the last four columns.").font = Font(italic=True, color=brand)
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(columns))
    grades = DataValidation(type="list", formula1='"Outstanding,Good,RI,Inadequate"', allow_blank=True,
                            showErrorMessage=False)
    sheet.add_data_validation(grades)
    for column, (heading, value, look) in enumerate(columns, start=1):
        header = sheet.cell(4, column, heading)
        header.font = Font(bold=True, color="000000" if look.get("ink") else "FFFFFF")
        header.fill = PatternFill("solid", fgColor="DDEBF7" if look.get("ink") else brand)
        header.alignment = Alignment(wrap_text=True, vertical="top")
        cell = sheet.cell(5, column, value)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if "number_format" in look:
            cell.number_format = look["number_format"]
        if look.get("ink"):
            cell.font = Font(color=ink)
        if "rag" in look:
            cell.fill = PatternFill("solid", fgColor=RAG[look["rag"]])
        sheet.column_dimensions[cell.column_letter].width = 28 if isinstance(value, str) and len(value) > 40 else 16
    for column in range(graded_from + 1, graded_to + 1):
        grades.add(sheet.cell(5, column))
    sheet.freeze_panes = "B5"

    plan = workbook.create_sheet("Action Plan")
    for column, heading in enumerate(("Case Ref", "Action", "Owner", "Target Date", "Status"), start=1):
        plan.cell(1, column, heading).font = Font(bold=True)
    if sample.actions:
        for row, action in enumerate(sample.actions, start=2):
            for column, value in enumerate((sample.case_id, action.action, action.owner, _day(action.due), "Open"),
                                           start=1):
                plan.cell(row, column, value)
            plan.cell(row, 4).number_format = "dd/mm/yyyy"
    else:
        plan.cell(2, 1, sample.case_id)
        plan.cell(2, 2, "No further actions required at this time")
    key = workbook.create_sheet("Key")
    for row, (grade, meaning) in enumerate((
            ("Outstanding", "Practice makes an exceptional difference for the child."),
            ("Good", "The child is helped and protected; plans make a difference."),
            ("RI", "Requires improvement to be good: not yet consistently good."),
            ("Inadequate", "Serious failures leave the child at risk or without help.")), start=1):
        key.cell(row, 1, grade).fill = PatternFill("solid", fgColor=list(RAG.values())[row - 1])
        key.cell(row, 2, meaning)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.created = workbook.properties.modified = _day((moderation or sample).date)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
