"""`audit_workbook` (.xlsx): a case file audit kept as a workbook of three
sheets – the case on a cover sheet, the grades in columns headed 1 to 4,
the findings and actions on a third – as locality managers keep their
audits electronically.

Modelled on the "Guidance for Case Auditing and Recording Checks in
Locality Teams" a county council published for its locality teams
(revised November 2013: each line manager audits three cases every three
months, completed audits are kept electronically in the localities'
network area where Heads of Service and line managers can reach them,
the case management system reports which records were checked), with the
Ofsted judgements as a numbered key, "Grade 1 = Outstanding ... Grade 4 =
Inadequate". Which part goes on which sheet,
the label cells merged across two columns with guidance under the label,
the grade columns headed "1" to "4" and the moderation cells are our own
judgement.

What it exercises: a form spread over several sheets; labels merged
across columns and carrying guidance in the same cell (rich text); the
audit date as a real Excel date formatted with the weekday; grade
columns headed by number and marked with an X, a tick, "Yes" or a fill;
a key row printed above them; the moderated grade typed in a coloured
font; strengths and actions one to a row on their own sheet; Yes/No
columns for the urgent concern; "No further actions required".
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from openpyxl import Workbook

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    case_reference,
    drawn,
    grade_number,
    moderation_ink,
    personal_of,
    put,
    put_actions,
    put_findings,
    rich,
    section_remark,
    spell_grade,
    surname_first,
    variant_rng,
    with_role,
    xlsx_bytes,
)

FAMILY = "audit_workbook"
BRAND = "1F4E79"
LIGHT = "DDEBF7"
MARKS = ("X", "\u2713", "Yes", "fill")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 101, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _mark(sheet, row: int, first_column: int, grade: str, mark: str) -> None:
    column = first_column + GRADES.index(grade)
    if mark == "fill":
        put(sheet, row, column, None, fill="808080")
    else:
        put(sheet, row, column, mark, bold=True)


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    style = rng.choice(("digits", "number", "C"))
    if style == "C":
        sample = replace(sample, case_id=case_reference(sample.case_id, "C"))
    no_actions = not sample.actions or rng.random() < 0.25
    if no_actions:
        sample = replace(sample, actions=())
    mark = rng.choice(MARKS)
    ink = moderation_ink(rng, avoid=BRAND)
    surname_style = rng.random() < 0.4
    child = sample.child
    workbook = Workbook()

    cover = workbook.active
    cover.title = "Cover"
    for column, width in zip("ABC", (22, 26, 48)):
        cover.column_dimensions[column].width = width
    put(cover, 1, 1, f"{COUNCIL} \u2013 Locality Case File Audit", bold=True, size=14, colour="FFFFFF", fill=BRAND,
        last_column=3)
    put(cover, 2, 1, "Complete all three sheets. Return to the QA inbox when moderated.", italic=True, last_column=3)
    auditor = surname_first(sample.auditor) if surname_style else with_role(sample.auditor, "comma")
    rows = (
        ("Case number", "as on the case management system",
         int(sample.case_id) if style == "number" else sample.case_id, None),
        ("Child's name", "", child.full_name, None),
        ("Date of birth", "", child.date_of_birth, "dd/mm/yyyy"),
        ("Worker", "allocated social worker and role", with_role(sample.practitioner, "comma"), None),
        ("Team", "", sample.team, None),
        ("Service / locality", "", sample.service, None),
        ("Auditor", "line manager completing the audit", auditor, None),
        ("Date of audit", "", sample.date, rng.choice(("dddd d mmmm yyyy", "dd/mm/yyyy", "d mmm yyyy"))),
    )
    for row, (label, guidance, value, number_format) in enumerate(rows, start=4):
        text = rich(Ink(label, bold=True), Ink(f"\n({guidance})", italic=True, size=8)) if guidance else label
        put(cover, row, 1, text, bold=not guidance, fill=LIGHT, last_column=2)
        put(cover, row, 3, value, number_format=number_format)

    grading = workbook.create_sheet("Grading")
    for column, width in zip("ABCDEF", (40, 6, 6, 6, 6, 60)):
        grading.column_dimensions[column].width = width
    put(grading, 1, 1, "Grade 1 = Outstanding   Grade 2 = Good   Grade 3 = Requires improvement   "
        "Grade 4 = Inadequate", bold=True, last_column=6)
    for column, text in enumerate(("Area of practice", "1", "2", "3", "4", "Evidence"), start=1):
        put(grading, 3, column, text, bold=True, colour="FFFFFF", fill=BRAND)
    row = 4
    for section in sample.sections:
        put(grading, row, 1, section.name)
        _mark(grading, row, 2, section.grade, mark)
        remark = section_remark(sample, section)
        put(grading, row, 6, rich(Ink(section.comment + " "), Ink(f"HoS: {remark}", colour=ink)) if remark
            else section.comment)
        row += 1
    row += 1
    put(grading, row, 1, "Overall grade", bold=True, fill=LIGHT)
    _mark(grading, row, 2, sample.grade, mark)
    moderation = sample.moderation
    row += 2
    put(grading, row, 1, "Head of Service moderation", bold=True, colour="FFFFFF", fill=BRAND, last_column=6)
    for offset, label in enumerate(("Moderated by", "Date", "Comments", "Moderated grade (1\u20134)"), start=1):
        put(grading, row + offset, 1, label, bold=True, fill=LIGHT)
    if moderation:
        put(grading, row + 1, 2, moderation.moderator, colour=ink, last_column=6)
        put(grading, row + 2, 2, moderation.date, colour=ink, number_format="dd/mm/yyyy", last_column=6)
        put(grading, row + 3, 2, "\n".join(moderation.comments), colour=ink, last_column=6)
        if moderation.grade:
            written = rng.choice((str(grade_number(moderation.grade)),
                                  f"{grade_number(moderation.grade)} \u2013 {spell_grade(moderation.grade, 'short')}"))
            put(grading, row + 4, 2, written, colour=ink, bold=True, last_column=6)

    findings = workbook.create_sheet("Findings")
    for column, width in zip("ABC", (70, 28, 14)):
        findings.column_dimensions[column].width = width
    row = 1
    row = put_findings(findings, row, sample, fill=BRAND, last_column=3)
    row = put_actions(findings, row, sample, headers=("Action", "By whom", "By when"), fill=BRAND, header_fill=LIGHT,
                      nothing=rng.choice(NO_ACTIONS) if no_actions else None)
    row += 1
    put(findings, row, 1, "Is there an immediate concern for the child's safety?", bold=True, fill=LIGHT)
    put(findings, row, 2, "Yes", bold=True, fill=LIGHT)
    put(findings, row, 3, "No", bold=True, fill=LIGHT)
    put(findings, row + 1, 2 if sample.urgent_concern else 3, "X", bold=True)
    if sample.urgent_concern:
        put(findings, row + 1, 1, sample.urgent_concern_detail)
    data = xlsx_bytes(workbook, title="Locality Case File Audit", written=moderation.date if moderation else sample.date,
                      editor=moderation.moderator if moderation else sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.xlsx", data, sample.expected(), personal_of(sample))
