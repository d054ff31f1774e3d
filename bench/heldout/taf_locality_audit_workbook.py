"""A Team Around the Family (TAF) audit kept as an Excel workbook: an Early
Help manager reviews the quality of one family's TAF plan and meetings,
grades each area and the TAF overall, and a Head of Service may moderate.

Source: Cheshire West and Chester, "Team around the Family (TAF) practice
guidance" (Altogether Better; copy at
https://paperzz.com/doc/6849605/-taf--assessment-5---altogether-better-cheshire).
Cheshire West and Chester is already named by other families; this is a
different document of theirs. What came from it: the parts a TAF is judged
on, as its contents list them (the TAF assessment, consent and information
sharing, the lead professional, the TAF meetings and their regular
reviewing, an outcome-focused SMART action plan, the voice of the child and
the child's journey, step down and escalation) and that the guidance ends
with a quality assurance section. The page shows no audit form, so the
whole layout is our judgement: a workbook whose first sheet carries the
council's name line in a brand colour, the title, a details block (child,
reference, lead professional, team, service, auditor, audit date and on some
files the date of the last TAF meeting), a table of graded areas with what
the auditor looks for and their evidence, the overall grade, the family's
voice, what is working well and what needs to improve, actions by who and by
when, an escalation question, and the Head of Service's moderation on the
same sheet or on a sheet of its own.

The areas are the sample builder's TAF areas; on half the files they are
renamed after the guidance's parts, and on some one area is left out. What
varies across the 16 files: the details block (label and value columns, two
pairs a row, labels over values, "Label: value" cells); dates as typed text
in a person's spelling or as Excel dates with a number format; plain,
prefixed and Early Help references; how grades are given (typed as people
type them, a number on a printed key, a mark under one of four grade
columns, an Excel drop-down); strengths and areas for development as rows,
one cell of bullet lines, or two columns side by side; actions as a table
or a sentence saying there are none; the escalation question typed or as
ticked boxes; the moderation in the Head of Service's ink, on its own sheet,
left empty, or absent; the child's name and date of birth left off two files.
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
from bot.samples.forms import Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import TAF_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    GRADES,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
)

FAMILY = "taf_locality_audit_workbook"
SEED = 10121

# The sample's areas renamed after the parts of the TAF guidance.
RENAMED_AREAS = {
    "Voice of the child": "Voice and journey of the child",
    "Team Around the Family plan": "Outcome-focused SMART action plan",
    "TAF meetings and reviews": "TAF meetings and regular reviewing",
    "Lead professional role": "Lead Professional",
    "Impact and outcomes for the child": "Difference made for the child and family",
}
# What the auditor looks for in each area (our own short prompts).
LOOK_FORS = (
    "Is the child seen and heard, and do their words shape the plan?",
    "Are outcomes clear, with actions, owners and timescales?",
    "Are meetings held with the family and reviewed on time?",
    "Does the lead professional coordinate the TAF and keep everyone informed?",
    "Is there evidence that things are better for the child?",
)
TITLES = ("Team Around the Family (TAF) Audit Tool", "TAF Audit", "Team Around the Family – Quality Audit")
CASE_LABELS = ("Early Help ID", "EHM ID", "Child ID")
AUDITOR_LABELS = ("Audited by", "Auditor (Early Help Manager)", "Completed by")
DATE_LABELS = ("Date of audit", "Audit date")
STRENGTH_LABELS = ("What is working well", "Strengths")
DEVELOPMENT_LABELS = ("What needs to improve", "Areas for development")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required – TAF plan on track.")
URGENT_QUESTION = ("Are there any immediate safeguarding concerns requiring escalation?",
                   "Does this case need to be escalated to Children's Social Care?")
GRADE_KEY = {grade: number for number, grade in enumerate(GRADES, start=1)}
DROPDOWN = ("Outstanding", "Good", "Requires Improvement", "Inadequate")

DETAIL_STYLES = ("columns", "pairs", "over", "inline")
GRADE_STYLES = ("typed", "key", "marks", "dropdown")
LIST_STYLES = ("rows", "cell", "side")

LABEL_FILL = "F2F2F2"


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    return [_form(index, sample) for index, sample in enumerate(samples)]


def _form(index: int, sample) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    sample = _adapt(index, sample, rng)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "TAF Audit"
    brand = BRAND_COLOURS[index % len(BRAND_COLOURS)]
    ink = rng.choice(MODERATION_INKS)
    write_date = date_writer(rng)
    excel_dates = index % 3 == 0
    look = {
        "details": DETAIL_STYLES[index % 4],
        "grades": GRADE_STYLES[(index + index // 4) % 4],
        "lists": LIST_STYLES[index % 3],
        "moderation": ("box", "sheet", "box", "none")[index % 4],
        "child": index not in (5, 13),
        "last_taf": index % 2 == 0,
    }
    writer = _Sheet(sheet, rng, brand, write_date, excel_dates)
    dob_written = writer.heading(sample, look)
    writer.details(sample, look)
    writer.areas(sample, look, ink)
    writer.overall(sample, look)
    writer.voice(sample)
    writer.lists(sample, look)
    writer.actions(sample)
    writer.urgent(sample, index)
    if look["moderation"] == "sheet":
        writer.moderation(sample, ink, workbook.create_sheet("HoS moderation"))
    elif look["moderation"] == "box":
        writer.moderation(sample, ink, sheet)
    data = _save(workbook, sample)
    return held_out(FAMILY, index, sample, data, "xlsx", also=(dob_written,) if dob_written else ())


def _adapt(index: int, sample, rng: random.Random):
    """Change the sample where this family's layout says something else."""
    sections = sample.sections
    if index % 2 == 1:
        sections = tuple(Section(RENAMED_AREAS[section.name], section.grade, section.comment) for section in sections)
    if index % 7 == 2:
        sections = sections[:3] + sections[4:]
    # Every fourth file has no moderation box at all.
    moderation = None if index % 4 == 3 else sample.moderation
    if moderation is not None:
        kept = {RENAMED_AREAS.get(name, name) if index % 2 else name: text
                for name, text in moderation.section_comments.items()}
        moderation = replace(moderation, section_comments={name: text for name, text in kept.items()
                                                           if name in {section.name for section in sections}})
    case_id = sample.case_id
    if index % 4 == 1:
        case_id = case_reference(rng, case_id)
    elif index % 4 == 2:
        case_id = early_help_reference(rng, case_id)
    actions = () if index in (4, 11) else sample.actions
    return replace(sample, sections=sections, moderation=moderation, case_id=case_id, actions=actions)


class _Sheet:
    """Writes one sheet from the top down, a row at a time."""

    def __init__(self, sheet, rng: random.Random, brand: str, write_date, excel_dates: bool):
        self.sheet, self.rng, self.brand = sheet, rng, brand
        self.write_date, self.excel_dates = write_date, excel_dates
        self.row = 1
        for column, width in zip("ABCDEFGH", (30, 34, 18, 16, 16, 16, 40, 30)):
            sheet.column_dimensions[column].width = width

    # --- cells ---------------------------------------------------------------------

    def cell(self, column: int, value, *, bold: bool = False, fill: str | None = None, colour: str | None = None,
             wrap: bool = True, sheet=None):
        target = (sheet or self.sheet).cell(row=self.row, column=column, value=value)
        if bold or colour:
            target.font = Font(bold=bold, color=colour)
        if fill:
            target.fill = PatternFill("solid", fgColor=fill)
        if wrap:
            target.alignment = Alignment(wrap_text=True, vertical="top")
        return target

    def label(self, column: int, text: str, sheet=None):
        return self.cell(column, text, bold=True, fill=LABEL_FILL, sheet=sheet)

    def heading(self, sample, look) -> str | None:
        """The council's name line, the title and a section heading; return
        the date of birth as written (None when the form leaves it off)."""
        self.cell(1, council_line(self.rng), bold=True, colour=self.brand, wrap=False)
        self.row += 1
        self.cell(1, self.rng.choice(TITLES), bold=True, wrap=False).font = Font(bold=True, size=14, color=self.brand)
        self.row += 2
        if not look["child"]:
            return None
        # Inline details write it as text even on a workbook of Excel dates.
        return self.write_date(sample.child.date_of_birth)

    def date(self, column: int, day: date, **look):
        if self.excel_dates:
            target = self.cell(column, datetime.combine(day, time()), **look)
            target.number_format = "dd/mm/yyyy"
            return target
        return self.cell(column, self.write_date(day), **look)

    def next(self, rows: int = 1):
        self.row += rows

    # --- blocks --------------------------------------------------------------------

    def details(self, sample, look):
        fields = []
        if look["child"]:
            fields += [("Child's name", sample.child.full_name), ("Date of birth", sample.child.date_of_birth)]
        fields += [
            (sample.labels.get("case_id") or self.rng.choice(CASE_LABELS), sample.case_id),
            (sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
            ("Team", sample.team),
            ("Service", sample.service),
            (self.rng.choice(AUDITOR_LABELS), sample.auditor),
            (self.rng.choice(DATE_LABELS), sample.date),
        ]
        if look["last_taf"]:
            fields.append(("Date of last TAF meeting", sample.date - timedelta(days=self.rng.randint(6, 24))))
        self.cell(1, "Details", bold=True, colour=self.brand, wrap=False)
        self.next()
        style = look["details"]
        if style == "columns":
            for text, value in fields:
                self.label(1, text)
                self._value(2, value)
                self.next()
        elif style == "pairs":
            for start in range(0, len(fields), 2):
                for offset, (text, value) in enumerate(fields[start:start + 2]):
                    self.label(1 + offset * 2, text)
                    self._value(2 + offset * 2, value)
                self.next()
        elif style == "over":
            for start in range(0, len(fields), 4):
                chunk = fields[start:start + 4]
                for offset, (text, _) in enumerate(chunk):
                    self.label(1 + offset, text)
                self.next()
                for offset, (_, value) in enumerate(chunk):
                    self._value(1 + offset, value)
                self.next()
        else:
            for text, value in fields:
                written = self.write_date(value) if isinstance(value, date) else value
                self.cell(1, f"{text}: {written}", wrap=False)
                self.next()
        self.next()

    def _value(self, column: int, value):
        if isinstance(value, date):
            return self.date(column, value)
        return self.cell(column, value)

    def areas(self, sample, look, ink: str):
        self.cell(1, "Areas of practice", bold=True, colour=self.brand, wrap=False)
        self.next()
        style = look["grades"]
        remarks = sample.moderation.section_comments if sample.moderation else {}
        if style == "key":
            self.cell(1, "Key: " + ", ".join(f"{GRADE_KEY[grade]} = {grade}" for grade in GRADES), wrap=False)
            self.next()
        columns = self.rng.choice(GRADE_COLUMNS)
        mark = self.rng.choice(MARKS)
        headers = ["Area", "What we look for"]
        if style == "marks":
            headers += [name for _, name in columns]
        else:
            headers.append("Grade (1-4)" if style == "key" else "Grade")
        headers.append("Evidence and comments")
        with_remarks = bool(remarks)
        if with_remarks:
            headers.append("Head of Service comments")
        for column, text in enumerate(headers, start=1):
            self.label(column, text)
        self.next()
        validation = None
        if style == "dropdown":
            validation = DataValidation(type="list", formula1='"' + ",".join(DROPDOWN) + '"', allow_blank=True)
            self.sheet.add_data_validation(validation)
        for section in sample.sections:
            self.cell(1, section.name, bold=True)
            self.cell(2, LOOK_FORS[_area_index(section.name)])
            column = 3
            if style == "marks":
                for grade, _ in columns:
                    if grade == section.grade:
                        if mark:
                            self.cell(column, mark, bold=True)
                        else:
                            self.cell(column, None, fill=MARK_SHADE)
                    column += 1
            else:
                self._grade(column, section.grade, style, validation, note=0.25)
                column += 1
            self.cell(column, section.comment)
            if with_remarks and section.name in remarks:
                self.cell(column + 1, remarks[section.name], colour=ink)
            self.next()
        self.next()

    def _grade(self, column: int, grade: str, style: str, validation, *, note: float = 0.0):
        if style == "key":
            return self.cell(column, GRADE_KEY[grade])
        if style == "dropdown":
            target = self.cell(column, DROPDOWN[GRADES.index(grade)])
            validation.add(target.coordinate)
            return target
        return self.cell(column, informal_grade(self.rng, grade, note_chance=note))

    def overall(self, sample, look):
        style = look["grades"]
        self.label(1, "Overall grade for the TAF")
        if style == "marks":
            # Overall grade as the four grades across, the chosen one shaded.
            for offset, grade in enumerate(GRADES):
                chosen = grade == sample.grade
                self.cell(2 + offset, DROPDOWN[offset], bold=chosen, fill=MARK_SHADE if chosen else None)
        elif style == "dropdown":
            validation = DataValidation(type="list", formula1='"' + ",".join(DROPDOWN) + '"', allow_blank=True)
            self.sheet.add_data_validation(validation)
            self._grade(2, sample.grade, style, validation).font = Font(bold=True)
        else:
            self._grade(2, sample.grade, style, None).font = Font(bold=True)
        self.next(2)

    def voice(self, sample):
        for own in sample.own:
            self.label(1, own.label)
            self.cell(2, own.written)
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
            self.next()
        self.next()

    def lists(self, sample, look):
        strengths_label = self.rng.choice(STRENGTH_LABELS)
        development_label = self.rng.choice(DEVELOPMENT_LABELS)
        style = look["lists"]
        if style == "side":
            self.label(1, strengths_label)
            self.label(4, development_label)
            self.next()
            for offset in range(max(len(sample.strengths), len(sample.development_areas))):
                if offset < len(sample.strengths):
                    self.cell(1, sample.strengths[offset])
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=3)
                if offset < len(sample.development_areas):
                    self.cell(4, sample.development_areas[offset])
                    self.sheet.merge_cells(start_row=self.row, start_column=4, end_row=self.row, end_column=7)
                self.next()
            self.next()
            return
        for text, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            self.label(1, text)
            if style == "cell":
                self.cell(2, "\n".join(f"• {item}" for item in items))
                self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
                self.next()
            else:
                for item in items:
                    self.cell(2, item)
                    self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
                    self.next()
            self.next()

    def actions(self, sample):
        self.cell(1, "Actions (by who, by when)", bold=True, colour=self.brand, wrap=False)
        self.next()
        if not sample.actions:
            self.cell(1, self.rng.choice(NO_ACTIONS), wrap=False)
            self.next(2)
            return
        for column, text in enumerate(("Action", "", "By who", "By when", "Completed?"), start=1):
            if text:
                self.label(column, text)
        self.next()
        for action in sample.actions:
            self.cell(1, action.action)
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
            self.cell(3, action.owner)
            self.date(4, action.due)
            self.next()
        self.next()

    def urgent(self, sample, index: int):
        self.label(1, self.rng.choice(URGENT_QUESTION))
        if index % 2:
            ticked = ("\u2612 Yes    \u2610 No" if sample.urgent_concern else "\u2610 Yes    \u2612 No")
            self.cell(2, ticked, wrap=False)
        else:
            self.cell(2, self.rng.choice(("Yes", "YES", "Y")) if sample.urgent_concern
                      else self.rng.choice(("No", "NO", "N")))
        self.next()
        if sample.urgent_concern_detail:
            self.label(1, "If yes, details and who it was escalated to")
            self.cell(2, sample.urgent_concern_detail)
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=7)
            self.next()
        self.next()

    def moderation(self, sample, ink: str, sheet):
        """The Head of Service's moderation, typed in `ink`, on `sheet`."""
        own_sheet = sheet is not self.sheet
        if own_sheet:
            saved, self.row = self.row, 1
            sheet.column_dimensions["A"].width = 34
            sheet.column_dimensions["B"].width = 60
        self.cell(1, "Head of Service moderation", bold=True, colour=self.brand, wrap=False, sheet=sheet)
        self.row += 1
        moderation = sample.moderation
        rows = (("Moderated by", moderation.moderator if moderation else None),
                ("Date moderated", moderation.date if moderation else None),
                ("Do you agree with the overall grade?",
                 ("Yes" if moderation.grade == sample.grade else "No") if moderation and moderation.grade else None),
                ("Moderated grade", informal_grade(self.rng, moderation.grade) if moderation and moderation.grade
                 else None),
                ("Comments", "\n".join(moderation.comments) if moderation else
                 self.rng.choice(("", "Not selected for moderation this month."))))
        for text, value in rows:
            self.label(1, text, sheet=sheet)
            if isinstance(value, date):
                if self.excel_dates:
                    target = self.cell(2, datetime.combine(value, time()), colour=ink, sheet=sheet)
                    target.number_format = "dd/mm/yyyy"
                else:
                    self.cell(2, self.write_date(value), colour=ink, sheet=sheet)
            elif value:
                self.cell(2, value, colour=ink if moderation else None, sheet=sheet)
            self.row += 1
        if own_sheet:
            self.row = saved


def _area_index(name: str) -> int:
    names = list(RENAMED_AREAS)
    renamed = list(RENAMED_AREAS.values())
    return names.index(name) if name in names else renamed.index(name)


def _save(workbook: Workbook, sample) -> bytes:
    workbook.properties.creator = COUNCIL
    workbook.properties.title = "TAF Audit"
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.created = workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())
