"""Held-out family: a manager's audit of one child's social care record,
kept as an Excel workbook (case file audit).

Source: Salford City Council, Salford Children's Services Procedures
Manual, chapter 5.3 "Case File Auditing"
(https://salfordchildcare.proceduresonline.com/chapters/p_case_file_audit.html,
undated). Salford is already named for other documents; this chapter is a
different document of theirs. What the page shows and this family takes
from it: the policy is for auditing children's case records held on the
CareFirst Integrated Children's System, which records "the key tasks of
assessment, planning, intervention and review" (so the case reference is
the CareFirst/ICS ID and our areas follow those tasks and the quality of
recording); its contents list sections headed "Responsibilities of
Auditors", "Reliability", "Remedial Actions" and "Post-audit Compliance"
(here: the remedial actions block, with an empty "Completed?" column for
the follow-up, and a Head of Service moderation block as our reading of
"Reliability"). We did not see the chapter's tool itself.

The page shows no form, so the layout is our judgement: a workbook with
the council's name line in a brand colour, a details block (the child's
name, date of birth, CareFirst ID, social worker, team, service, auditor
and date of audit), a table of six (or, on some files, five) areas of
practice named by us after the tasks the chapter names (assessment, planning,
intervention and review, recording), each with evidence and one of Ofsted's
four grades; an overall grade; what is working well and what needs to
improve; the immediate-concern question (and on some files whether the
child's and family's views were sought); the remedial actions; and the
moderation block. The area names are ours, so the samples' sections are
renamed onto them with `dataclasses.replace`.

What varies across the 16 files: one sheet or three ("Details", "Audit",
"Actions"); the details block as label/value rows, a four-column grid or
labels over values; dates as real Excel dates in one of three number
formats or typed in a person's spelling; the case reference as a number,
as text, or with a system prefix; grades typed informally, chosen from a
drop-down, marked under four grade columns, or given as a number on a
printed key; strengths and development areas one per row, as bullet lines
in one cell, or side by side; actions as a table, as numbered lines, or a
sentence saying there are none; yes/no answers typed or as ticked boxes;
the Head of Service's moderation typed in their own colour (sometimes with
remarks against areas), a "not moderated" note, or no block at all; the
child's name and date of birth (and on some files parents, address or
brothers and sisters) in the details.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import CASE_FILE_AUDIT, Section
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from . import common
from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
)

FAMILY = "case_record_audit_workbook"
SEED = 10107
COUNT = 16

# Our area names, after the chapter's "assessment, planning, intervention and review" and recording.
AREAS = (
    "Referral and case history",
    "Assessment of need and risk",
    "Planning and review",
    "Intervention and direct work with the child",
    "Management oversight and decision making",
    "Quality of recording on CareFirst",
)
TITLES = ("Case File Audit – CareFirst Record", "Case Record Audit Tool", "Case File Audit (ICS record)")
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
DROPDOWN_SPELLINGS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
KEY_NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_LINE = "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"
NO_ACTIONS = ("No remedial actions required.", "No remedial actions identified from this audit.",
              "None – no further actions needed on this record.")
URGENT_QUESTIONS = ("Is there any immediate safeguarding concern to escalate?",
                    "Does this audit identify any urgent concern for the child?")
FEEDBACK_QUESTIONS = ("Were the child's and family's views sought for this audit?",
                      "Has feedback been sought from the child and family?")
DETAILS_LAYOUTS = ("rows", "grid", "header")
GRADE_STYLES = ("typed", "dropdown", "columns", "key")
LIST_STYLES = ("rows", "bullets", "side")
ACTION_STYLES = ("table", "numbered")


class Sheet:
    """Writes rows down one worksheet."""

    def __init__(self, worksheet, brand: str, fill: str | None):
        self.ws = worksheet
        self.row = 1
        self.brand = brand
        self.fill = fill
        for column, width in zip("ABCDEFG", (34, 26, 60, 16, 16, 16, 16)):
            worksheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, italic: bool = False,
            size: int | None = None, fill: str | None = None, number_format: str | None = None):
        cell = self.ws.cell(row=self.row, column=column, value=value)
        if bold or colour or italic or size:
            cell.font = Font(bold=bold or None, color=colour, italic=italic or None, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if number_format:
            cell.number_format = number_format
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.fill)

    def heading(self, text: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand, size=12)
        self.row += 1

    def next(self, rows: int = 1) -> None:
        self.row += rows


class Builder:
    def __init__(self, rng: random.Random, index: int, sample, today: date):
        self.rng = rng
        self.index = index
        self.sample = sample
        self.today = today
        self.brand = rng.choice(BRAND_COLOURS)
        self.ink = rng.choice(MODERATION_INKS)
        self.fill = rng.choice(("D9E1F2", "F2F2F2", "E2EFDA", None))
        self.dates_as_text = rng.random() < 0.45
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.writer = common.date_writer(rng)
        self.details_layout = DETAILS_LAYOUTS[index % 3]
        self.grade_style = GRADE_STYLES[index % 4]
        self.overall_style = self.grade_style if rng.random() < 0.7 else "typed"
        self.list_style = LIST_STYLES[(index // 2) % 3]
        self.action_style = ACTION_STYLES[(index // 3) % 2]
        self.boxes = rng.random() < 0.4
        self.split = index % 5 in (1, 3)
        self.spelling = rng.choice(DROPDOWN_SPELLINGS)
        self.columns = rng.choice(GRADE_COLUMNS)
        self.mark = rng.choice(MARKS)
        self.validations: dict[tuple[str, ...], DataValidation] = {}
        self.workbook = Workbook()
        self.also: list[str] = []
        self.others: list[str] = []

    # --- values ----------------------------------------------------------------

    def put_date(self, sheet: Sheet, column: int, day: date, *, colour: str | None = None, personal=False):
        if self.dates_as_text:
            written = self.writer(day)
            if personal:
                self.also.append(written)
            return sheet.put(column, written, colour=colour)
        return sheet.put(column, datetime.combine(day, time()), colour=colour, number_format=self.date_format)

    def yes_no(self, answer: bool) -> str:
        if self.boxes:
            return "\u2612 Yes   \u2610 No" if answer else "\u2610 Yes   \u2612 No"
        return self.rng.choice(("Yes", "YES", "Y")) if answer else self.rng.choice(("No", "NO", "N"))

    def drop_down(self, sheet: Sheet, cell, choices: tuple[str, ...]) -> None:
        validation = self.validations.get((sheet.ws.title, *choices))
        if validation is None:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            sheet.ws.add_data_validation(validation)
            self.validations[(sheet.ws.title, *choices)] = validation
        validation.add(cell.coordinate)

    def grade(self, sheet: Sheet, column: int, grade: str, style: str, *, colour: str | None = None) -> None:
        """One grade from `column` on, in `style` (columns takes four cells)."""
        if style == "typed":
            sheet.put(column, common.informal_grade(self.rng, grade, note_chance=0.15), colour=colour)
        elif style == "dropdown":
            cell = sheet.put(column, self.spelling[grade], colour=colour)
            self.drop_down(sheet, cell, tuple(self.spelling[g] for g in common.GRADES))
        elif style == "key":
            sheet.put(column, KEY_NUMBERS[grade], colour=colour)
        else:
            for offset, (value, _) in enumerate(self.columns):
                if value == grade:
                    if self.mark:
                        sheet.put(column + offset, self.mark, bold=True, colour=colour)
                    else:
                        sheet.put(column + offset, None, fill=MARK_SHADE)

    def grade_headers(self, sheet: Sheet, column: int, style: str) -> None:
        if style == "columns":
            for offset, (_, text) in enumerate(self.columns):
                sheet.label(column + offset, text)
        else:
            sheet.label(column, "Grade (1-4)" if style == "key" else "Grade")

    # --- blocks ----------------------------------------------------------------

    def details(self, sheet: Sheet) -> None:
        sample, rng = self.sample, self.rng
        child = sample.child
        fields: list[tuple[str, object]] = []
        show_child = self.index % 6 != 5
        if show_child:
            fields.append((rng.choice(("Child's name", "Name of child/young person")), child.full_name))
        case_label = rng.choice(("CareFirst ID", "ICS / CareFirst number", "Case reference"))
        case_value: object = sample.case_id
        if sample.case_id.isdigit() and not sample.case_id.startswith("0") and rng.random() < 0.5:
            case_value = int(sample.case_id)
        fields.append((case_label, case_value))
        if show_child:
            fields.append(("Date of birth", child.date_of_birth))
        if show_child and self.index % 4 == 1:
            fields.append(("Parent(s)/carer(s)", ", ".join(child.parents)))
        if show_child and self.index % 4 == 2:
            fields.append(("Address", ", ".join((*child.address_lines, child.postcode))))
        if show_child and self.index % 5 == 4:
            born = common.siblings(rng, child, rng.choice((1, 2)), self.today)
            self.others += [name for name, _ in born]
            spelled = [common.DATE_WRITERS[3](day) for _, day in born]
            self.also += spelled
            fields.append(("Siblings (name, DOB)", "; ".join(f"{n} ({d})" for (n, _), d in zip(born, spelled))))
        fields += [
            (rng.choice(("Social worker", "Allocated worker")), sample.practitioner),
            ("Team", sample.team),
            ("Service", sample.service),
            (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor),
            ("Date of audit", sample.date),
        ]
        sheet.heading("1. Case details")

        def value(column: int, name: str, item) -> None:
            if isinstance(item, date):
                self.put_date(sheet, column, item, personal=name == "Date of birth")
            else:
                sheet.put(column, item)

        if self.details_layout == "rows":
            for name, item in fields:
                sheet.label(1, name)
                value(2, name, item)
                sheet.next()
        elif self.details_layout == "grid":
            for start in range(0, len(fields), 2):
                for offset, (name, item) in enumerate(fields[start:start + 2]):
                    sheet.label(1 + 2 * offset, name)
                    value(2 + 2 * offset, name, item)
                sheet.next()
        else:
            for start in range(0, len(fields), 4):
                chunk = fields[start:start + 4]
                for offset, (name, _) in enumerate(chunk):
                    sheet.label(1 + offset, name)
                sheet.next()
                for offset, (name, item) in enumerate(chunk):
                    value(1 + offset, name, item)
                sheet.next()

    def areas(self, sheet: Sheet) -> None:
        sample, moderation = self.sample, self.sample.moderation
        sheet.heading("2. Areas of practice")
        if self.grade_style == "key" or self.overall_style == "key":
            sheet.put(1, KEY_LINE, italic=True)
            sheet.next()
        remarks = bool(moderation and moderation.section_comments) and self.rng.random() < 0.6
        # Columns: A area, B grade (or D to G, four grade columns), C evidence.
        sheet.label(1, "Area of practice")
        sheet.label(3, "Evidence / commentary")
        grade_column = 4 if self.grade_style == "columns" else 2
        self.grade_headers(sheet, grade_column, self.grade_style)
        remark_column = 8 if self.grade_style == "columns" else 4
        if remarks:
            sheet.label(remark_column, "Head of Service comment")
        sheet.next()
        for section in sample.sections:
            sheet.put(1, section.name)
            sheet.put(3, section.comment)
            self.grade(sheet, grade_column, section.grade, self.grade_style)
            if remarks and section.name in moderation.section_comments:
                sheet.put(remark_column, moderation.section_comments[section.name], colour=self.ink)
            sheet.next()
        sheet.next()
        overall_column = 4 if self.overall_style == "columns" else 2
        if self.overall_style == "columns" and self.grade_style != "columns":
            self.grade_headers(sheet, overall_column, "columns")
            sheet.next()
        sheet.label(1, self.rng.choice(("Overall grade for this case file", "Overall judgement", "OVERALL GRADE")))
        self.grade(sheet, overall_column, sample.grade, self.overall_style)
        sheet.next()

    def findings(self, sheet: Sheet) -> None:
        sample = self.sample
        labels = (self.rng.choice(("What is working well", "Strengths")),
                  self.rng.choice(("What needs to improve", "Areas for development")))
        sheet.heading("3. Findings")
        if self.list_style == "side":
            sheet.label(1, labels[0])
            sheet.label(3, labels[1])
            sheet.next()
            for row in range(max(len(sample.strengths), len(sample.development_areas))):
                if row < len(sample.strengths):
                    sheet.put(1, sample.strengths[row])
                if row < len(sample.development_areas):
                    sheet.put(3, sample.development_areas[row])
                sheet.next()
            return
        for text, items in zip(labels, (sample.strengths, sample.development_areas)):
            sheet.label(1, text)
            if self.list_style == "bullets":
                bullet = self.rng.choice(("\u2022 ", "- "))
                sheet.put(3, "\n".join(bullet + item for item in items))
                sheet.next()
            else:
                sheet.next()
                for number, item in enumerate(items, start=1):
                    sheet.put(1, number)
                    sheet.put(3, item)
                    sheet.next()

    def questions(self, sheet: Sheet) -> None:
        sample = self.sample
        if sample.feedback_sought is not None:
            sheet.label(1, self.rng.choice(FEEDBACK_QUESTIONS))
            sheet.put(2, self.yes_no(sample.feedback_sought))
            sheet.next()
        sheet.label(1, self.rng.choice(URGENT_QUESTIONS))
        sheet.put(2, self.yes_no(sample.urgent_concern))
        if sample.urgent_concern and sample.urgent_concern_detail:
            sheet.put(3, sample.urgent_concern_detail)
        sheet.next()

    def actions(self, sheet: Sheet) -> None:
        sample = self.sample
        sheet.heading("4. Remedial actions")
        if not sample.actions:
            sheet.put(1, self.rng.choice(NO_ACTIONS))
            sheet.next()
            return
        if self.action_style == "table":
            for column, text in enumerate(("No.", "By whom", "Action", "By when", "Completed?"), start=1):
                sheet.label(column, text)
            sheet.next()
            for number, action in enumerate(sample.actions, start=1):
                sheet.put(1, number)
                sheet.put(2, action.owner)
                sheet.put(3, action.action)
                self.put_date(sheet, 4, action.due)
                sheet.next()
        else:
            for number, action in enumerate(sample.actions, start=1):
                sheet.put(1, f"{number}. {action.action} – {action.owner} – by {self.writer(action.due)}")
                sheet.next()

    def moderation(self, sheet: Sheet) -> None:
        sample, moderation = self.sample, self.sample.moderation
        if moderation is None:
            if self.rng.random() < 0.5:
                return
            sheet.heading("5. Head of Service moderation")
            sheet.put(1, self.rng.choice(("Not selected for moderation this month.", "Not moderated")), italic=True)
            sheet.next()
            return
        sheet.heading("5. Head of Service moderation")
        rows: list[tuple[str, object]] = [("Moderated by", moderation.moderator), ("Date moderated", moderation.date)]
        if moderation.grade:
            agree = moderation.grade == sample.grade
            rows.append(("Do you agree with the auditor's overall grade?", self.yes_no(agree)))
            rows.append(("Moderated grade", moderation.grade))
        rows.append(("Head of Service comments", "\n".join(moderation.comments)))
        for name, item in rows:
            sheet.label(1, name)
            if isinstance(item, date):
                self.put_date(sheet, 2, item, colour=self.ink)
            elif name == "Moderated grade":
                sheet.put(2, common.informal_grade(self.rng, item), colour=self.ink, bold=True)
            else:
                sheet.put(2, item, colour=self.ink)
            sheet.next()

    # --- the workbook -------------------------------------------------------------

    def build(self) -> bytes:
        title = self.rng.choice(TITLES)
        first = self.workbook.active
        first.title = "Details" if self.split else "Audit"
        sheet = Sheet(first, self.brand, self.fill)
        sheet.put(1, f"{COUNCIL} – Children's Services", bold=True, colour=self.brand, size=14)
        sheet.next()
        sheet.put(1, title, bold=True, size=13)
        sheet.next()
        self.details(sheet)
        if self.split:
            sheet = Sheet(self.workbook.create_sheet("Audit"), self.brand, self.fill)
            sheet.put(1, title, bold=True, colour=self.brand)
            sheet.next()
        self.areas(sheet)
        self.findings(sheet)
        sheet.next()
        self.questions(sheet)
        if self.split:
            sheet = Sheet(self.workbook.create_sheet("Actions"), self.brand, self.fill)
            sheet.put(1, title, bold=True, colour=self.brand)
            sheet.next()
        self.actions(sheet)
        self.moderation(sheet)
        return self.save(title)

    def save(self, title: str) -> bytes:
        workbook, sample = self.workbook, self.sample
        written = datetime.combine(sample.moderation.date if sample.moderation else sample.date, time(16, 5))
        workbook.properties.creator = COUNCIL
        workbook.properties.title = title
        workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
        workbook.properties.created = written - timedelta(days=500)
        workbook.properties.modified = written
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            ExcelWriter(workbook, archive).save()
        return stable_zip(buffer.getvalue())


def _adapt(rng: random.Random, index: int, sample):
    """The sample as this tool records it: our area names, a case reference
    in the CareFirst style, and on some files fewer areas or no actions."""
    count = 5 if index % 4 == 3 else 6
    sections = tuple(Section(name, section.grade, section.comment)
                     for name, section in zip(AREAS[:count], sample.sections))
    changes: dict = {"sections": sections}
    moderation = sample.moderation
    if moderation is not None:
        renamed = dict(zip((s.name for s in sample.sections), AREAS[:count]))
        changes["moderation"] = replace(moderation, section_comments={
            renamed[name]: remark for name, remark in moderation.section_comments.items() if name in renamed})
    if index % 3 == 2:
        changes["case_id"] = common.case_reference(rng, sample.case_id)
    if index in (2, 8) and sample.grade in (OUTSTANDING, GOOD):
        changes["actions"] = ()
    return replace(sample, **changes)


def build(today: date) -> list[HeldOutForm]:
    pool = [form for form in sample_forms(200, seed=SEED, today=today, feedback_question=True)
            if form.kind == CASE_FILE_AUDIT]
    # About a third moderated, as a Head of Service moderates a share of each month's audits.
    moderated = [form for form in pool if form.moderation is not None]
    plain = [form for form in pool if form.moderation is None]
    chosen = [moderated.pop(0) if index % 3 == 1 and moderated else plain.pop(0) for index in range(COUNT)]
    forms: list[HeldOutForm] = []
    for index, sample in enumerate(chosen):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample = _adapt(rng, index, sample)
        builder = Builder(rng, index, sample, today)
        data = builder.build()
        forms.append(common.held_out(FAMILY, index, sample, data, "xlsx", others=tuple(builder.others),
                                     also=tuple(builder.also)))
    return forms
