"""Tier 2 full case file audit toolkit (Child in Need and Child Protection),
kept as an Excel workbook, one child's file per workbook.

Modelled on Lancashire County Council's Children's Social Care Procedures
Manual, chapter "Audit Framework" (proceduresonline.com/lancashirecsc,
toolkits dated 2016), Appendix 2 "Tier 2 (Full) Case File Audit Toolkit
(CIN and CP) – Case File Grading (Ofsted Key Judgements)". Lancashire is
already named by other families; this is a different document of theirs
(the CIN and CP toolkit, not its CLA and Leaving Care sibling).

From the source: a full ("Tier 2") audit of one child's file by a manager,
graded on Ofsted's four key judgements; a grading block at the top of the
toolkit that prints the four judgements with what each looks like and points
to a detailed audit guide as the benchmark for Good; areas of practice
across the child's journey, each graded; an overall grade; the audit cycle
of actions and management (Head of Service) oversight of the outcome.

Our judgement (the page shows the toolkit's headings, not a workbook): the
whole Excel layout. A council name line in a brand colour and the toolkit's
title; a short grading key (our own one-line descriptors, sometimes on a
sheet of its own); the case details as label | value rows, as two pairs a
row, or as labels over values; six areas of practice with our own names for
a CIN / CP file; strengths and areas for development; an immediate
safeguarding question; the child's and family's views question where the
sample asks it; actions; and a Head of Service moderation block.

What varies across the 16 files: how grades are given (typed as people type
them, a drop-down holding the contract spelling, a number on the printed
1–4 key, a mark under one of four grade columns, or the four grades printed
with the chosen one highlighted and the others struck through); the details
layout; dates as Excel dates in one of three formats or typed in a person's
spelling; plain or prefixed case references; strengths and areas for
development one a row, bulleted in one cell, or side by side; actions as a
table, numbered lines or a sentence saying there are none; yes/no answers
typed or as ticked boxes; the moderation typed in the Head of Service's ink,
or a "not moderated" note, or no block at all; the child's name, date of
birth, address, parents and brothers and sisters written on most files.
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
from bot.samples.forms import CASE_FILE_AUDIT, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "tier_two_cin_cp_audit_toolkit"
SEED = 10088

TITLE = "Tier 2 (Full) Case File Audit Toolkit (CIN and CP)"

# Our names for the areas of a CIN / CP file, in the toolkit's order.
AREAS = (
    "Child's lived experience and voice",
    "Assessment and analysis of risk",
    "Child in Need / Child Protection planning",
    "Multi-agency working and core groups",
    "Management oversight and supervision",
    "Recording and chronology",
)

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
# Our own one-line descriptors for the grading key.
DESCRIPTORS = {
    OUTSTANDING: "Practice exceeds good and is making an exceptional, sustained difference to the child.",
    GOOD: "Practice meets the standard in the detailed audit guide; the child is safe and needs are met.",
    REQUIRES_IMPROVEMENT: "No widespread failures leave the child harmed or at risk, but practice is not yet good.",
    INADEQUATE: "Widespread or serious failures leave the child harmed or at risk of harm.",
}
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}

# How a file gives its grades.
TYPED, DROPDOWN, NUMBER, COLUMNS, PRINTED_FOUR = "typed", "dropdown", "number", "columns", "printed"
GRADE_STYLES = (TYPED, DROPDOWN, COLUMNS, NUMBER, PRINTED_FOUR)

NO_ACTIONS = (
    "No further actions required from this audit – plan is progressing well.",
    "No actions arising. Case to continue as planned.",
    "None – no case-specific actions identified.",
)
NOT_MODERATED = ("Not selected for moderation this month.", "Awaiting HoS moderation", "")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale"),
                  ("Actions", "Who", "Date to be completed by"))
URGENT_QUESTION = "Are there any immediate safeguarding concerns for the child?"
FEEDBACK_QUESTION = "Were the child's and family's views sought as part of this audit?"
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
LABEL_FILLS = ("D9E1F2", "E2EFDA", "F2F2F2")
HIGHLIGHT = "FFFF00"
# Which of the population's case file audits the 16 files carry: a month's
# mix with a few more moderated files and two urgent concerns.
PICKS = (0, 1, 2, 3, 4, 5, 49, 7, 30, 9, 10, 11, 12, 13, 47, 15)


def build(today: date) -> list[HeldOutForm]:
    pool = [form for form in sample_forms(90, seed=SEED, today=today, feedback_question=True)
            if form.kind == CASE_FILE_AUDIT]
    return [_one(index, pool[pick], today) for index, pick in enumerate(PICKS)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{SEED}:{index}")
    sections = tuple(replace(section, name=name) for section, name in zip(sample.sections, AREAS))
    changes: dict = {"sections": sections, "title": TITLE}
    if index % 4 == 1:
        changes["case_id"] = common.case_reference(rng, sample.case_id)
    if index in (5, 12):
        changes["actions"] = ()
    if index == 9 and not sample.actions:
        due = sample.date + timedelta(days=28)
        while due.weekday() >= 5:
            due += timedelta(days=1)
        changes["actions"] = (SampleAction("Update the chronology and genogram on the child's file.",
                                           sample.practitioner, due),)
    sample = replace(sample, **changes)
    look = _Look(index, rng)
    others: tuple[str, ...] = ()
    if look.show_child and index % 6 == 2:
        others = tuple(name for name, _ in common.siblings(rng, sample.child, rng.choice((1, 2)), today))
    sheet_book = _Workbook(sample, look, rng, others, today)
    data = sheet_book.save()
    return common.held_out(FAMILY, index, sample, data, "xlsx", others=others)


class _Look:
    """One manager's way of filling in the toolkit."""

    def __init__(self, index: int, rng: random.Random):
        self.grade_style = GRADE_STYLES[index % len(GRADE_STYLES)]
        self.details = ("rows", "pairs", "over")[index % 3]
        self.lists = ("rows", "cell", "side")[(index // 2) % 3]
        self.actions = ("table", "numbered")[(index // 3) % 2]
        self.ticks = index % 2 == 1
        self.dates_as_text = rng.random() < 0.5
        self.write_date = common.date_writer(rng)
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.brand = rng.choice(common.BRAND_COLOURS)
        self.ink = rng.choice(common.MODERATION_INKS)
        self.fill = rng.choice(LABEL_FILLS)
        self.key_on_own_sheet = index % 4 == 3
        self.show_child = index % 8 not in (4, 7)
        self.show_address = index % 3 == 0
        self.strike_others = rng.random() < 0.5
        self.column_order = common.GRADE_COLUMNS[index % 2]
        self.mark = rng.choice(common.MARKS[:5])
        self.note_chance = 0.3 if index % 3 else 0.0
        self.moderation_block = index % 5 != 4  # a file left unmoderated may have no block at all
        self.case_as_number = rng.random() < 0.5


class _Workbook:
    def __init__(self, sample, look: _Look, rng: random.Random, others: tuple[str, ...], today: date):
        self.sample, self.look, self.rng, self.others, self.today = sample, look, rng, others, today
        self.book = Workbook()
        self.sheet = self.book.active
        self.sheet.title = "Audit"
        self.row = 1
        self.validation: DataValidation | None = None

    # --- cells -------------------------------------------------------------------

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill: str | None = None,
            italic: bool = False, strike: bool = False, size: int | None = None, wrap: bool = True, row=None):
        cell = self.sheet.cell(row=row or self.row, column=column, value=value)
        cell.font = Font(bold=bold, italic=italic, strike=strike, color=colour, size=size)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        return cell

    def label(self, column: int, text: str, row=None):
        return self.put(column, text, bold=True, fill=self.look.fill, row=row)

    def date_value(self, column: int, day: date, *, colour: str | None = None, row=None):
        if self.look.dates_as_text:
            return self.put(column, self.look.write_date(day), colour=colour, row=row)
        cell = self.put(column, datetime.combine(day, time()), colour=colour, row=row)
        cell.number_format = self.look.date_format
        return cell

    def heading(self, text: str):
        self.row += 1
        self.put(1, text, bold=True, colour=self.look.brand, size=12, wrap=False)
        self.row += 1

    # --- grades --------------------------------------------------------------------

    def grade_headers(self, first: str, last: str | None):
        """The header row of a graded block: the area, the grade column(s), the evidence."""
        style = self.look.grade_style
        self.label(1, first)
        if style == COLUMNS:
            for offset, (_, text) in enumerate(self.look.column_order):
                self.label(2 + offset, text)
        elif style == PRINTED_FOUR:
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=5)
            self.label(2, "Grade (highlight one)")
        else:
            self.label(2, {TYPED: "Grade", DROPDOWN: "Judgement (select)", NUMBER: "Grade (1-4)"}[style])
        if last:
            self.label(self.evidence_column, last)

    @property
    def evidence_column(self) -> int:
        return 6 if self.look.grade_style in (COLUMNS, PRINTED_FOUR) else 3

    def grade(self, grade: str, *, colour: str | None = None, note: bool = True):
        """Write `grade` on the current row from column B, in the file's style."""
        style = self.look.grade_style
        if style == TYPED:
            chance = self.look.note_chance if note else 0.0
            self.put(2, common.informal_grade(self.rng, grade, note_chance=chance), colour=colour)
        elif style == DROPDOWN:
            cell = self.put(2, grade, colour=colour)
            self.validation.add(cell.coordinate)
        elif style == NUMBER:
            self.put(2, NUMBERS[grade], colour=colour)
        elif style == COLUMNS:
            for offset, (value, _) in enumerate(self.look.column_order):
                if value == grade:
                    self.put(2 + offset, self.look.mark, bold=True, colour=colour)
        else:
            for offset, value in enumerate(GRADE_ORDER):
                chosen = value == grade
                self.put(2 + offset, PRINTED[value], bold=chosen, fill=HIGHLIGHT if chosen else None,
                         strike=self.look.strike_others and not chosen, colour=colour if chosen else None)

    def key(self, sheet=None):
        """The grading block printed at the top of the toolkit."""
        target = sheet or self.sheet
        start = 1 if sheet else self.row
        title = target.cell(row=start, column=1, value="Case File Grading (Ofsted Key Judgements)")
        title.font = Font(bold=True, color=self.look.brand)
        for offset, grade in enumerate(GRADE_ORDER, start=1):
            name = f"{NUMBERS[grade]} = {PRINTED[grade]}" if self.look.grade_style == NUMBER else PRINTED[grade]
            target.cell(row=start + offset, column=1, value=name).font = Font(bold=True)
            cell = target.cell(row=start + offset, column=2, value=DESCRIPTORS[grade])
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        target.cell(row=start + 5, column=1,
                    value="Use the detailed audit guide as the benchmark for what good looks like.").font = Font(
                        italic=True)
        if not sheet:
            self.row += 7

    # --- the form --------------------------------------------------------------------

    def save(self) -> bytes:
        sample, look, sheet = self.sample, self.look, self.sheet
        for column, width in zip("ABCDEFG", (40, 24, 50, 22, 22, 50, 36)):
            sheet.column_dimensions[column].width = width
        if look.grade_style == DROPDOWN:
            choices = ",".join(GRADE_ORDER)
            self.validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
            sheet.add_data_validation(self.validation)
        self.put(1, f"{COUNCIL} – {self.rng.choice(common.DIRECTORATES)}", bold=True, colour=look.brand, size=14,
                 wrap=False)
        self.row += 1
        self.put(1, TITLE, bold=True, size=13, wrap=False)
        self.row += 1
        self.put(1, "Complete every section. Any immediate concern for the child's safety must be raised with the "
                    "Head of Service the same day.", italic=True, wrap=False)
        self.row += 2
        if look.key_on_own_sheet:
            self.key(self.book.create_sheet("Grading guide"))
        else:
            self.key()
        self.details()
        self.areas()
        self.overall()
        self.lists()
        self.questions()
        self.actions()
        self.moderation()
        written = sample.moderation.date if sample.moderation else sample.date
        written_at = datetime.combine(written, time(15, 10))
        properties = self.book.properties
        properties.creator = COUNCIL
        properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
        properties.title = TITLE
        properties.created = written_at - timedelta(days=500)
        properties.modified = written_at
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            ExcelWriter(self.book, archive).save()
        return stable_zip(buffer.getvalue())

    def details(self):
        sample, look = self.sample, self.look
        self.heading("Section 1: Case details")
        case = int(sample.case_id) if look.case_as_number and sample.case_id.isdigit() else sample.case_id
        fields: list[tuple[str, object]] = []
        if look.show_child:
            fields.append(("Child's name", sample.child.full_name))
            fields.append(("Date of birth", sample.child.date_of_birth))
        fields.append(((("Child's LCS number", "Case Number", "Child ID")[self.rng.randrange(3)]), case))
        if look.show_child and look.show_address:
            fields.append(("Address", ", ".join((*sample.child.address_lines, sample.child.postcode))))
            fields.append(("Parent(s)/carer(s)", " and ".join(sample.child.parents)))
        if self.others:
            fields.append(("Siblings", "; ".join(self.others)))
        fields += [
            ("Plan type", self.rng.choice(("Child in Need", "Child Protection"))),
            ("Social worker", sample.practitioner),
            ("Team", sample.team),
            ("Service", sample.service),
            ("Auditor", sample.auditor),
            ("Date of audit", sample.date),
        ]
        if look.details == "rows":
            for name, value in fields:
                self.label(1, name)
                self.value(2, value)
                self.row += 1
        elif look.details == "pairs":
            for start in range(0, len(fields), 2):
                for offset, (name, value) in enumerate(fields[start:start + 2]):
                    self.label(1 + 2 * offset, name)
                    self.value(2 + 2 * offset, value)
                self.row += 1
        else:
            for start in range(0, len(fields), 4):
                chunk = fields[start:start + 4]
                for offset, (name, _) in enumerate(chunk):
                    self.label(1 + offset, name)
                self.row += 1
                for offset, (_, value) in enumerate(chunk):
                    self.value(1 + offset, value)
                self.row += 1

    def value(self, column: int, value):
        if isinstance(value, date):
            self.date_value(column, value)
        else:
            self.put(column, value)

    def areas(self):
        sample = self.sample
        self.heading("Section 2: Quality of practice by area")
        remarks = sample.moderation.section_comments if sample.moderation else {}
        remark_column = self.evidence_column + 1 if remarks and self.rng.random() < 0.6 else None
        self.grade_headers("Area of practice", "Evidence / commentary and analysis")
        if remark_column:
            self.label(remark_column, "HoS moderation comment")
        self.row += 1
        for section in sample.sections:
            self.put(1, section.name, bold=True)
            self.grade(section.grade)
            self.put(self.evidence_column, section.comment)
            if remark_column and section.name in remarks:
                self.put(remark_column, remarks[section.name], colour=self.look.ink)
            self.row += 1

    def overall(self):
        self.row += 1
        self.grade_headers("Overall grade for the child's file", None)
        self.row += 1
        self.put(1, "Auditor's overall judgement", bold=True)
        self.grade(self.sample.grade, note=False)
        self.row += 1

    def lists(self):
        sample, look = self.sample, self.look
        self.heading("Section 3: Summary of findings")
        strengths, development = sample.strengths, sample.development_areas
        if look.lists == "rows":
            for name, items in (("Strengths", strengths), ("Areas for development", development)):
                self.label(1, name)
                self.row += 1
                for item in items:
                    self.put(1, item, wrap=False)
                    self.row += 1
        elif look.lists == "cell":
            for name, items in (("What is working well?", strengths), ("What needs to improve?", development)):
                self.label(1, name)
                self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=4)
                self.put(2, "\n".join(f"• {item}" for item in items))
                self.sheet.row_dimensions[self.row].height = 16 * max(1, len(items)) + 4
                self.row += 1
        else:
            self.label(1, "Strengths")
            self.label(3, "Areas for development")
            self.row += 1
            for offset in range(max(len(strengths), len(development))):
                if offset < len(strengths):
                    self.put(1, strengths[offset])
                if offset < len(development):
                    self.put(3, development[offset])
                self.row += 1

    def answer(self, column: int, yes: bool):
        if self.look.ticks:
            text = f"{'☒' if yes else '☐'} Yes   {'☐' if yes else '☒'} No"
        else:
            text = self.rng.choice(("Yes", "YES", "yes")) if yes else self.rng.choice(("No", "NO", "no"))
        self.put(column, text)

    def questions(self):
        sample = self.sample
        self.row += 1
        self.label(1, URGENT_QUESTION)
        self.answer(2, sample.urgent_concern)
        self.row += 1
        if sample.urgent_concern:
            self.label(1, "If yes, please give details")
            self.put(2, sample.urgent_concern_detail, wrap=False)
            self.row += 1
        if sample.feedback_sought is not None:
            self.label(1, FEEDBACK_QUESTION)
            self.answer(2, sample.feedback_sought)
            self.row += 1

    def actions(self):
        sample, look = self.sample, self.look
        self.heading("Section 4: Case-specific actions (by who, by when)")
        if not sample.actions:
            self.put(1, self.rng.choice(NO_ACTIONS), wrap=False)
            self.row += 1
            return
        if look.actions == "table":
            headers = self.rng.choice(ACTION_HEADERS)
            for column, text in enumerate(headers, start=1):
                self.label(column, text)
            self.row += 1
            for action in sample.actions:
                self.put(1, action.action)
                self.put(2, action.owner)
                self.date_value(3, action.due)
                self.row += 1
        else:
            for number, action in enumerate(sample.actions, start=1):
                self.put(1, f"{number}. {action.action} – {action.owner} – by {self.look.write_date(action.due)}",
                         wrap=False)
                self.row += 1

    def moderation(self):
        sample, look = self.sample, self.look
        moderation = sample.moderation
        if moderation is None and not look.moderation_block:
            return
        self.heading("Section 5: Head of Service moderation")
        labels = ("Moderated by", "Date of moderation", "Do you agree with the auditor's grade?", "Moderated grade",
                  "Head of Service comments")
        start = self.row
        for offset, text in enumerate(labels):
            self.label(1, text, row=start + offset)
        if moderation:
            ink = look.ink
            self.put(2, moderation.moderator, colour=ink, row=start)
            self.date_value(2, moderation.date, colour=ink, row=start + 1)
            if moderation.grade:
                agrees = moderation.grade == sample.grade
                self.put(2, "Yes – agree" if agrees else "No – grade changed", colour=ink, row=start + 2)
                self.row = start + 3
                if look.grade_style in (DROPDOWN, NUMBER):
                    self.grade(moderation.grade, colour=ink)
                else:
                    self.put(2, common.informal_grade(self.rng, moderation.grade), colour=ink, bold=True)
            self.put(2, "\n".join(moderation.comments), colour=ink, row=start + 4, wrap=True)
        else:
            note = self.rng.choice(NOT_MODERATED)
            if note:
                self.put(2, note, italic=True, row=start + 4)
        self.row = start + 5
