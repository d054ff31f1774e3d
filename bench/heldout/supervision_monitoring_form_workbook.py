"""Supervision monitoring form workbooks: a Head of Service's check of one
practitioner's supervision file, kept in Excel (held out, written blind).

Source: Swindon Borough Council, "Children, Families and Community Health
Supervision Policy" (Swindon children's procedures manual, chapter 1.1.5,
updated February 2017 "with further guidance regarding Management
Monitoring"), swindonchildcare.proceduresonline.com/chapters/p_superv_pol.html.
The page lists among its appendices "Appendix 7: Supervision Monitoring
Form" and "Appendix 8: Supervision Frequency and Management Decisions and
Monitoring", and names the directorate "Children, Families and Community
Health". This is another document of an organisation the project has
already named; neither appendix title is modelled by any other family.

What came from the source: the two parts of the monitoring (a monitoring
form about the quality of supervision, and a check of the frequency of
supervision and of the management decisions made in it), the directorate's
name on the council line, the idea that a manager monitors one
practitioner's supervision.

What is our judgement, because the page shows neither appendix's layout:
everything about the sheet. A details block (supervisee, supervisor, team,
service, who monitored it and when, the period reviewed); on most files
one child's case dip-checked from the supervision notes (case number,
name, date of birth), since the Appendix 8 title asks whether management
decisions are recorded; a frequency table of the supervision sessions
reviewed (date held, within timescale, decision on the child's file) or the
session dates typed in the details; the graded areas of practice with
evidence; an overall grade; strengths and areas for development; actions.
The form carries no Head of Service moderation (the Head of Service is the
one monitoring) and no urgent-concern question.

What varies across the 16 files: the details block as label | value rows,
a two-pair grid, labels over values, or "Label: value" lines in one column;
dates as real Excel dates or typed in one of several spellings; plain or
prefixed case numbers, and files with no child at all; grades typed as
people type them, a number on a printed 1-4 key, an X / tick / shading under
one of four grade columns, or an Excel drop-down; the overall grade in its
own style, sometimes as the four grades printed with the chosen one
highlighted; the form's two versions of the area names, and one version
with four areas; strengths and areas for development as rows, bullets in
one cell, or two columns; actions as a table, numbered lines, or a sentence
saying there are none; session dates on their own frequency sheet or in the
details; the council line's brand colour.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bench.heldout.common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
)
from bot.samples import COUNCIL
from bot.samples.forms import Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

FAMILY = "supervision_monitoring_form_workbook"
SEED = 10129

DIRECTORATE = "Children, Families and Community Health"
TITLES = ("Supervision Monitoring Form", "Supervision Frequency and Management Decisions Monitoring",
          "Supervision Monitoring Form \u2013 Quality and Frequency")

# The sample's areas as the form's later version names them (the first
# version keeps the sample's own names).
RENAMED = {
    "Frequency of supervision": "Supervision held at the agreed frequency",
    "Reflection and analysis": "Reflective discussion and analysis",
    "Clear plans and case direction": "Case direction and planning",
    "Decisions and their reasons recorded": "Management decisions and rationale recorded",
    "Support and constructive challenge": "Support and challenge to the practitioner",
}
# Printed key for the number style, and the words of the drop-down.
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
NO_ACTIONS = ("No actions arising from this monitoring.", "No further actions required at this time.",
              "None \u2013 supervision meets the standard, no actions needed.")
EXCEL_DATES = ("dd/mm/yyyy", "d mmmm yyyy", "d-mmm-yy")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class _Sheet:
    """A worksheet written top to bottom, one block after another."""

    def __init__(self, sheet, rng: random.Random, brand: str, when, native_dates: bool):
        self.sheet = sheet
        self.rng = rng
        self.brand = brand
        self.when = when
        self.native_dates = native_dates
        self.date_format = rng.choice(EXCEL_DATES)
        self.label_fill = rng.choice(("D9E2F3", "E2EFDA", "F2F2F2", None))
        self.row = 1

    def put(self, column: int, value, *, bold: bool = False, fill: str | None = None, colour: str | None = None,
            border: bool = True, size: int | None = None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.alignment = WRAP
        if bold or colour or size:
            cell.font = Font(bold=bold, color=colour, size=size)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.label_fill)

    def day(self, column: int, value: date):
        """A date as a real Excel date or typed text."""
        if self.native_dates:
            cell = self.put(column, datetime.combine(value, time()))
            cell.number_format = self.date_format
            return cell
        return self.put(column, self.when(value))

    def heading(self, text: str):
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand, border=False, size=12)
        self.row += 1

    def next(self, rows: int = 1):
        self.row += rows


def _written(value, when) -> str:
    return when(value) if isinstance(value, date) else str(value)


def _value(page: _Sheet, column: int, value) -> None:
    if isinstance(value, date):
        page.day(column, value)
    else:
        page.put(column, value)


def _details(page: _Sheet, fields: list[tuple[str, object]], style: str) -> None:
    """The details block in one of four layouts."""
    if style == "rows":
        for text, value in fields:
            page.label(1, text)
            _value(page, 2, value)
            page.next()
    elif style == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                page.label(1 + 3 * offset, text)
                _value(page, 2 + 3 * offset, value)
            page.next()
    elif style == "over":
        for start in range(0, len(fields), 3):
            chunk = fields[start:start + 3]
            for offset, (text, _) in enumerate(chunk):
                page.label(1 + 2 * offset, text)
            page.next()
            for offset, (_, value) in enumerate(chunk):
                _value(page, 1 + 2 * offset, value)
            page.next()
    else:  # "Label: value" lines typed in column A
        for text, value in fields:
            page.put(1, f"{text}: {_written(value, page.when)}", border=False)
            page.next()


def _grade_cell(page: _Sheet, column: int, grade: str, style: str, validation: DataValidation | None) -> None:
    if style == "number":
        page.put(column, NUMBERS[grade])
    elif style == "dropdown":
        cell = page.put(column, GRADE_WORDS[grade])
        validation.add(cell)
    else:
        page.put(column, informal_grade(page.rng, grade))


def _sections(page: _Sheet, sections: tuple[Section, ...], style: str, validation: DataValidation | None,
              area_label: str) -> None:
    page.heading("Quality of supervision")
    if style == "number":
        page.put(1, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", border=False)
        page.next()
    if style == "columns":
        order = page.rng.choice(GRADE_COLUMNS)
        marker = page.rng.choice(MARKS)
        page.label(1, area_label)
        for offset, (_, text) in enumerate(order):
            page.label(2 + offset, text)
        page.label(6, "Evidence")
        page.next()
        for section in sections:
            page.put(1, section.name)
            for offset, (grade, _) in enumerate(order):
                if grade == section.grade:
                    page.put(2 + offset, marker or None, bold=True, fill=None if marker else "A6A6A6")
                else:
                    page.put(2 + offset, None)
            page.put(6, section.comment)
            page.next()
        return
    page.label(1, area_label)
    page.label(2, "Grade (1-4)" if style == "number" else "Grade")
    page.label(3, "Evidence from the supervision records")
    page.next()
    for section in sections:
        page.put(1, section.name)
        _grade_cell(page, 2, section.grade, style, validation)
        page.put(3, section.comment)
        page.next()


def _overall(page: _Sheet, grade: str, style: str, validation: DataValidation | None) -> None:
    page.next()
    page.label(1, page.rng.choice(("Overall grade", "Overall judgement of supervision", "Overall grade for supervision")))
    if style == "highlight":
        for offset, given in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            chosen = given == grade
            page.put(2 + offset, GRADE_WORDS[given], bold=chosen, fill="FFFF00" if chosen else None,
                     colour=None if chosen else "A6A6A6")
    else:
        _grade_cell(page, 2, grade, style, validation)
        if style == "number":
            page.put(3, "(1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate)", border=False)
    page.next()


def _lists(page: _Sheet, strengths: tuple[str, ...], development: tuple[str, ...], style: str) -> None:
    strengths_label = page.rng.choice(("Strengths", "What is working well", "Strengths in supervision"))
    development_label = page.rng.choice(("Areas for development", "What needs to improve", "Areas for improvement"))
    if style == "columns":
        page.heading("Findings")
        page.label(1, strengths_label)
        page.label(3, development_label)
        page.next()
        for index in range(max(len(strengths), len(development))):
            page.put(1, strengths[index] if index < len(strengths) else None)
            page.put(3, development[index] if index < len(development) else None)
            page.next()
        return
    for heading, items in ((strengths_label, strengths), (development_label, development)):
        page.heading(heading)
        if style == "cell":
            page.put(1, "\n".join(f"\u2022 {item}" for item in items))
            page.next()
        else:
            for number, item in enumerate(items, 1):
                page.put(1, f"{number}. {item}" if style == "numbered" else item)
                page.next()


def _actions(page: _Sheet, actions, style: str) -> None:
    page.heading(page.rng.choice(("Actions", "Actions agreed", "Action plan")))
    if not actions:
        page.put(1, page.rng.choice(NO_ACTIONS), border=False)
        page.next()
        return
    if style == "table":
        headers = page.rng.choice((("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale",
                                                                      "Completed")))
        for offset, text in enumerate(headers):
            page.label(1 + offset, text)
        page.next()
        for action in actions:
            page.put(1, action.action)
            page.put(2, action.owner)
            page.day(3, action.due)
            if len(headers) > 3:
                page.put(4, None)
            page.next()
    else:
        for number, action in enumerate(actions, 1):
            page.put(1, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {page.when(action.due)}",
                     border=False)
            page.next()


def _frequency(page: _Sheet, sessions: tuple[date, ...], with_child: bool, ticks: bool) -> None:
    page.heading("Supervision frequency and management decisions")
    headers = ["Session", "Date held", "Within agreed timescale?"]
    if with_child:
        headers.append("Decision recorded on the child's file?")
    for offset, text in enumerate(headers):
        page.label(1 + offset, text)
    page.next()
    yes, no = ("\u2611 Yes", "\u2610 No") if ticks else ("Yes", "No")
    for number, held in enumerate(sessions, 1):
        page.put(1, number)
        page.day(2, held)
        page.put(3, yes if page.rng.random() < 0.8 else no)
        if with_child:
            page.put(4, yes if page.rng.random() < 0.7 else no)
        page.next()


def _workbook(sample, rng: random.Random, brand: str, layout: dict) -> tuple[bytes, tuple[str, ...]]:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Monitoring form", "Supervision monitoring", "Form"))
    when = date_writer(rng)
    page = _Sheet(sheet, rng, brand, when, layout["native_dates"])
    for column, width in zip("ABCDEF", (44, 22, 40, 18, 22, 40)):
        sheet.column_dimensions[column].width = width
    page.put(1, f"{COUNCIL} \u2013 {DIRECTORATE}", bold=True, colour=brand, border=False, size=14)
    page.next()
    page.put(1, layout["title"], bold=True, border=False, size=13)
    page.next()
    source = " and the supervision notes on the child's record" if sample.child is not None else ""
    page.put(1, f"To be completed by the Head of Service from the practitioner's supervision file{source}.",
             border=False)
    page.next()

    own = {field.key: field for field in sample.own}
    fields: list[tuple[str, object]] = [
        (sample.labels.get("practitioner", "Supervisee"), sample.practitioner),
        (own["supervisor"].label, own["supervisor"].written),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Monitored by", "Completed by (Head of Service)", "Name of manager monitoring")), sample.auditor),
        (rng.choice(("Date of monitoring", "Date completed", "Date")), sample.date),
        (own["period_covered"].label, own["period_covered"].written),
    ]
    sessions = own["session_dates"].written
    if not layout["frequency_table"]:
        fields.append((own["session_dates"].label, ", ".join(when(day) for day in sessions)))
    page.heading(rng.choice(("Details", "Supervision details", "Section 1 \u2013 Details")))
    _details(page, fields, layout["details"])

    also: tuple[str, ...] = ()
    if sample.child is not None:
        page.heading(rng.choice(("Case dip-checked from supervision", "Child's case discussed in supervision",
                                 "Case sampled")))
        born = sample.child.date_of_birth
        child_fields = [(rng.choice(("Case number", "LCS number", "Child's case reference")), sample.case_id),
                        ("Child's name", sample.child.full_name),
                        (rng.choice(("Date of birth", "DOB")), born)]
        _details(page, child_fields, layout["details"])
        also = (when(born),)

    if layout["frequency_table"] == "sheet":
        second = workbook.create_sheet("Frequency")
        for column, width in zip("ABCD", (12, 22, 26, 36)):
            second.column_dimensions[column].width = width
        _frequency(_Sheet(second, rng, brand, when, layout["native_dates"]), sessions, sample.child is not None,
                   layout["ticks"])
    elif layout["frequency_table"]:
        _frequency(page, sessions, sample.child is not None, layout["ticks"])

    validation = None
    if "dropdown" in (layout["grades"], layout["overall"]):
        validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires improvement,Inadequate"',
                                    allow_blank=True)
        sheet.add_data_validation(validation)
    _sections(page, sample.sections, layout["grades"], validation, layout["area_label"])
    _overall(page, sample.grade, layout["overall"], validation)
    _lists(page, sample.strengths, sample.development_areas, layout["lists"])
    _actions(page, sample.actions, layout["actions"])
    page.next()
    page.put(1, f"Signed: {sample.auditor}", border=False)
    page.day(2, sample.date)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = layout["title"]
    workbook.properties.lastModifiedBy = sample.auditor
    stamp = datetime.combine(sample.date, time(15, 10))
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue()), also


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    forms = []
    for index, sample in enumerate(samples):
        rng = random.Random(f"{SEED}:{FAMILY}:{index}")
        changes: dict = {}
        if index % 8 not in (3, 6):  # most files dip-check one child's case
            case_id = invent_case_id(rng)
            changes["case_id"] = case_reference(rng, case_id) if rng.random() < 0.5 else case_id
            changes["child"] = invent_child(rng, today)
        version = index % 3  # 0: the sample's area names; 1: renamed; 2: renamed, four areas
        if version:
            sections = tuple(replace(section, name=RENAMED[section.name]) for section in sample.sections)
            if version == 2:  # four areas: drop one, keeping one graded as the overall grade
                spare = [at for at, section in enumerate(sections) if section.grade != sample.grade] or [4]
                sections = tuple(section for at, section in enumerate(sections) if at != spare[-1])
            changes["sections"] = sections
        if index in (5, 12):
            changes["actions"] = ()
        sample = replace(sample, **changes)
        layout = {
            "title": TITLES[index % len(TITLES)],
            "native_dates": rng.random() < 0.4,
            "details": ("rows", "grid", "over", "lines")[index % 4],
            "frequency_table": ("sheet", None, "here", "sheet", "here")[index % 5],
            "ticks": rng.random() < 0.4,
            "grades": ("typed", "number", "columns", "dropdown")[(index // 2) % 4],
            "overall": rng.choice(("typed", "number", "dropdown", "highlight")),
            "lists": ("rows", "cell", "columns", "numbered")[(index + 1) % 4],
            "actions": rng.choice(("table", "table", "numbered")),
            "area_label": rng.choice(("Area of practice", "Standard", "Supervision standard")),
        }
        if layout["grades"] == "number" and layout["overall"] == "dropdown":
            layout["overall"] = "number"
        data, also = _workbook(sample, rng, BRAND_COLOURS[index % len(BRAND_COLOURS)], layout)
        forms.append(held_out(FAMILY, index, sample, data, "xlsx", also=also))
    return forms
