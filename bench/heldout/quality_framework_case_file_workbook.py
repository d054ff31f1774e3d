"""A team manager's case file audit of one child's social care file, kept as
an Excel workbook, with the Head of Service's moderation.

Source: Bristol City Council, "Children's Services Quality Assurance
Framework" (version 1.3, ratified by the Children Management Team in July
2017, reviewed September 2018; transcribed at
https://fdocuments.net/document/childrenas-services-quality-assurance-framework-the-quality-assurance-social.html).
What came from it: the place of the case file audit in the framework's
audit programme (Section 5, "Case File Audit"), audits by managers of
individual children's files judged on the Ofsted grades, and moderation of
a sample of audits by senior managers with findings reported on by the
Quality Assurance service. The transcript shows no audit form, so the
workbook's layout is our judgement: a council name line in a brand colour
and a title; a details block (case reference, the child's name and date of
birth, allocated social worker, team, service, auditor, date of audit,
sometimes the brothers and sisters); a graded table of areas of practice
with the auditor's evidence; what is working well and what needs to
improve; actions with who and by when; whether there is an immediate
safeguarding concern and, on some files, whether the child's and family's
views were sought; the overall grade; and the Head of Service's moderation
typed in their own colour, at the foot of the sheet or on a sheet of its
own. The area names are ours (seven areas, five on some files).

What varies, as managers vary when they fill in the same workbook: the
details as label | value rows, as a grid of labels over values, or as
"Label: value" lines typed down column A; dates as real Excel dates or
typed in a person's spelling; plain and prefixed case references (a
number or text); grades typed as people type them, picked from a drop-down,
a number on a printed key, an X under one of four grade columns, the four
grades printed with the chosen one filled and bold, or the others struck
through; working well / to improve as rows, as one cell of bullets, or as
two columns side by side; actions as a table, numbered lines or a sentence
saying there are none; yes/no answers typed, from a drop-down or as ticked
boxes; moderation at the foot, on its own sheet, or absent.
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

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "quality_framework_case_file_workbook"
SEED = 10117

# Our own names for the areas of practice, in the order the workbook prints them.
AREAS = (
    "The child's lived experience and voice",
    "Quality of assessment",
    "Planning, review and drift",
    "Risk and safety",
    "Working with partners",
    "Management oversight and supervision",
    "Recording and chronology",
)
FIVE_AREAS = (0, 1, 2, 3, 5)

TITLES = ("Case File Audit Tool", "Case File Audit", "Team Manager Case File Audit",
          "Quality Assurance Framework – Case File Audit")
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
FULL_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
              INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

DETAILS_STYLES = ("rows", "grid", "typed")
GRADE_STYLES = ("typed", "dropdown", "columns", "key", "filled", "struck")
LIST_STYLES = ("rows", "bullets", "columns")
NO_ACTIONS = ("No actions required – practice on this file is of a good standard.",
              "No further actions identified at this audit.",
              "Actions: none. Case to continue as planned.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "Awaiting HoS moderation")
LABEL_FILLS = ("DDEBF7", "E2EFDA", "F2F2F2", "FFF2CC")
HIGHLIGHT = "FFFF00"
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy", "dd-mmm-yy")


def _pick_samples(today: date):
    """Sixteen case file audits: the moderated ones first met (up to seven,
    of every outcome), the rest unmoderated, in the population's order."""
    audits = [form for form in sample_forms(400, seed=SEED, today=today, feedback_question=True)
              if form.kind == CASE_FILE_AUDIT]
    moderated = [form for form in audits if form.moderation][:7]
    others = [form for form in audits if not form.moderation][:16 - len(moderated)]
    chosen = set(id(form) for form in moderated + others)
    return [form for form in audits if id(form) in chosen]


class _Sheet:
    """Writes blocks down a worksheet, one row after another."""

    def __init__(self, workbook: Workbook, sheet, rng: random.Random, *, fill: str, date_format: str | None,
                 write_date):
        self.workbook = workbook
        self.sheet = sheet
        self.rng = rng
        self.fill = fill
        self.date_format = date_format  # None: dates typed as text
        self.write_date = write_date
        self.row = 1
        self.validations: dict[tuple[str, ...], DataValidation] = {}

    def put(self, column: int, value, *, bold=False, italic=False, colour=None, strike=False, fill=None,
            size=None, row: int | None = None):
        cell = self.sheet.cell(row=row or self.row, column=column, value=value)
        if bold or italic or colour or strike or size:
            cell.font = Font(bold=bold, italic=italic, color=colour, strike=strike, size=size)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str, *, row: int | None = None):
        return self.put(column, text, bold=True, fill=self.fill, row=row)

    def date(self, column: int, value: date, *, colour=None, row: int | None = None):
        if self.date_format is None:
            return self.put(column, self.write_date(value), colour=colour, row=row)
        cell = self.put(column, value, colour=colour, row=row)
        cell.number_format = self.date_format
        return cell

    def heading(self, text: str, brand: str) -> None:
        self.put(1, text, bold=True, colour=brand, size=12)
        self.row += 1

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        validation = self.validations.get(choices)
        if validation is None:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[choices] = validation
        validation.add(cell.coordinate)


def _grade_header(sheet: _Sheet, style: str, first_column: int) -> int:
    """Headers for the grade part of a graded row; returns how many columns it takes."""
    if style in ("columns", "filled", "struck"):
        for offset, grade in enumerate(ORDER):
            sheet.label(first_column + offset, GRADE_WORDS[grade])
        return 4
    sheet.label(first_column, {"typed": "Grade", "dropdown": "Judgement", "key": "Grade (1-4)"}[style])
    return 1


def _grade_cells(sheet: _Sheet, style: str, grade: str, first_column: int, rng: random.Random, *,
                 mark: str, note_chance: float = 0.3) -> None:
    if style == "typed":
        sheet.put(first_column, informal_grade(rng, grade, note_chance=note_chance))
    elif style == "dropdown":
        cell = sheet.put(first_column, FULL_WORDS[grade])
        sheet.choose_from(cell, tuple(FULL_WORDS[each] for each in ORDER))
    elif style == "key":
        sheet.put(first_column, ORDER.index(grade) + 1)
    elif style == "columns":
        sheet.put(first_column + ORDER.index(grade), mark, bold=True)
    elif style == "filled":
        for offset, each in enumerate(ORDER):
            if each == grade:
                sheet.put(first_column + offset, GRADE_WORDS[each], bold=True, fill=HIGHLIGHT)
            else:
                sheet.put(first_column + offset, GRADE_WORDS[each], colour="808080")
    else:  # struck
        for offset, each in enumerate(ORDER):
            sheet.put(first_column + offset, GRADE_WORDS[each], strike=each != grade, bold=each == grade)


def _key_line(sheet: _Sheet) -> None:
    sheet.put(1, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
              italic=True)
    sheet.row += 1


def _details(sheet: _Sheet, style: str, fields: list[tuple[str, object]], brand: str) -> None:
    sheet.heading(sheet.rng.choice(("Case details", "Details of the case audited", "Section 1: Case details")), brand)
    if style == "rows":
        for text, value in fields:
            sheet.label(1, text)
            if isinstance(value, date):
                sheet.date(2, value)
            else:
                sheet.put(2, value)
            sheet.row += 1
    elif style == "grid":
        per_band = 4
        for start in range(0, len(fields), per_band):
            band = fields[start:start + per_band]
            for column, (text, _) in enumerate(band, start=1):
                sheet.label(column * 2 - 1, text)
            sheet.row += 1
            for column, (_, value) in enumerate(band, start=1):
                if isinstance(value, date):
                    sheet.date(column * 2 - 1, value)
                else:
                    sheet.put(column * 2 - 1, value)
            sheet.row += 1
    else:  # typed lines
        for text, value in fields:
            written = sheet.write_date(value) if isinstance(value, date) else value
            sheet.put(1, f"{text}: {written}")
            sheet.row += 1
    sheet.row += 1


def _areas(sheet: _Sheet, sample, style: str, rng: random.Random, brand: str, mark: str) -> None:
    sheet.heading(rng.choice(("Areas of practice", "Section 2: Quality of practice", "Audit judgements by area")),
                  brand)
    if style == "key":
        _key_line(sheet)
    sheet.label(1, rng.choice(("Area of practice", "Practice area", "Area")))
    width = _grade_header(sheet, style, 2)
    sheet.label(2 + width, rng.choice(("Evidence / comments", "Auditor's evidence", "Rationale for grade")))
    sheet.row += 1
    for section in sample.sections:
        sheet.put(1, section.name, bold=True)
        _grade_cells(sheet, style, section.grade, 2, rng, mark=mark)
        sheet.put(2 + width, section.comment)
        sheet.row += 1
    sheet.row += 1


def _lists(sheet: _Sheet, sample, style: str, rng: random.Random, brand: str) -> None:
    good_label, improve_label = rng.choice((("What is working well", "What needs to improve"),
                                            ("Strengths", "Areas for development"),
                                            ("Strengths of practice", "Areas for improvement")))
    if style == "columns":
        sheet.heading("Strengths and development", brand)
        sheet.label(1, good_label)
        sheet.label(3, improve_label)
        sheet.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            if offset < len(sample.strengths):
                sheet.put(1, sample.strengths[offset])
            if offset < len(sample.development_areas):
                sheet.put(3, sample.development_areas[offset])
            sheet.row += 1
        sheet.row += 1
        return
    for heading, items in ((good_label, sample.strengths), (improve_label, sample.development_areas)):
        sheet.heading(heading, brand)
        if style == "bullets":
            sheet.put(1, "\n".join(f"• {item}" for item in items))
            sheet.row += 1
        else:
            for item in items:
                sheet.put(1, item)
                sheet.row += 1
        sheet.row += 1


def _actions(sheet: _Sheet, sample, style: str, rng: random.Random, brand: str) -> None:
    sheet.heading(rng.choice(("Actions", "Actions arising from the audit", "Section 4: Actions")), brand)
    if not sample.actions:
        sheet.put(1, rng.choice(NO_ACTIONS))
        sheet.row += 2
        return
    if style == "table":
        for column, text in enumerate(rng.choice((("Action", "Who", "By when"),
                                                  ("Action required", "Responsible", "Timescale"),
                                                  ("Action", "Lead", "Target date"))), start=1):
            sheet.label(column, text)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            sheet.date(3, action.due)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(1, f"{number}. {action.action} – {action.owner} – by {sheet.write_date(action.due)}")
            sheet.row += 1
    sheet.row += 1


def _yes_no(sheet: _Sheet, question: str, answer: bool, style: str) -> None:
    sheet.label(1, question)
    if style == "ticks":
        sheet.put(2, "☒ Yes   ☐ No" if answer else "☐ Yes   ☒ No")
    elif style == "dropdown":
        sheet.choose_from(sheet.put(2, "Yes" if answer else "No"), ("Yes", "No"))
    else:
        sheet.put(2, ("Yes", "yes", "YES")[sheet.rng.randrange(3)] if answer else ("No", "no", "NO")[
            sheet.rng.randrange(3)])
    sheet.row += 1


def _overall(sheet: _Sheet, sample, style: str, rng: random.Random, brand: str, mark: str) -> None:
    sheet.heading(rng.choice(("Overall judgement", "Overall grade for the case", "Section 5: Overall grade")),
                  brand)
    if style == "key":
        _key_line(sheet)
    if style in ("columns", "filled", "struck"):
        _grade_header(sheet, style, 2)
        sheet.row += 1
    sheet.label(1, rng.choice(("Overall grade", "Overall judgement", "Auditor's overall grade")))
    _grade_cells(sheet, style, sample.grade, 2, rng, mark=mark, note_chance=0.0)
    sheet.row += 2


def _moderation(sheet: _Sheet, sample, rng: random.Random, brand: str, ink: str, *, keep_empty: bool) -> None:
    moderation = sample.moderation
    sheet.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)",
                              "HoS moderation – type in a different colour")), brand)
    labels = ("Moderated by", "Date moderated", "Do you agree with the overall grade?", "Moderated grade",
              "Moderator's comments")
    if moderation is None:
        if not keep_empty:
            return
        for text in labels:
            sheet.label(1, text)
            sheet.row += 1
        note = rng.choice(NOT_MODERATED)
        if note:
            sheet.put(2, note, italic=True, row=sheet.row - 1)
        return
    sheet.label(1, labels[0])
    sheet.put(2, moderation.moderator, colour=ink)
    sheet.row += 1
    sheet.label(1, labels[1])
    sheet.date(2, moderation.date, colour=ink)
    sheet.row += 1
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        sheet.label(1, labels[2])
        sheet.put(2, rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree")), colour=ink)
        sheet.row += 1
        sheet.label(1, labels[3])
        sheet.put(2, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        sheet.row += 1
    sheet.label(1, labels[4])
    remarks = [f"{name}: {remark}" for name, remark in moderation.section_comments.items()]
    sheet.put(2, "\n".join((*moderation.comments, *remarks)), colour=ink)
    sheet.row += 1


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    # Our areas in place of the sample tool's, five of them on some files.
    sections = tuple(Section(AREAS[number], section.grade, section.comment)
                     for number, section in enumerate(sample.sections[:len(AREAS)]))
    if index % 4 == 3:
        kept = tuple(sections[number] for number in FIVE_AREAS)
        if sample.grade not in {section.grade for section in kept}:
            kept = (*kept[:-1], replace(kept[-1], grade=sample.grade))
        sections = kept
    changes: dict = {"sections": sections}
    if index % 3 != 0:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if index in (0, 5):
        changes["actions"] = ()
    sample = replace(sample, **changes)

    details_style = DETAILS_STYLES[index % 3]
    grade_style = GRADE_STYLES[index % len(GRADE_STYLES)]
    list_style = LIST_STYLES[(index // 2) % 3]
    action_style = ("table", "numbered")[(index // 3) % 2]
    yes_no_style = ("typed", "dropdown", "ticks")[(index + 1) % 3]
    moderation_place = ("foot", "sheet")[index % 2]
    brand = BRAND_COLOURS[index % len(BRAND_COLOURS)]
    ink = rng.choice(MODERATION_INKS)
    mark = rng.choice(("X", "x", "✓", "√"))
    write_date = date_writer(rng)
    typed_dates = details_style == "typed" or rng.random() < 0.4
    show_child = index % 8 != 7
    others: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    workbook = Workbook()
    main = workbook.active
    main.title = rng.choice(("Case file audit", "Audit", "CFA tool"))
    for column, width in zip("ABCDEFGH", (44, 26, 26, 26, 26, 48, 20, 20)):
        main.column_dimensions[column].width = width
    sheet = _Sheet(workbook, main, rng, fill=rng.choice(LABEL_FILLS),
                   date_format=None if typed_dates else rng.choice(EXCEL_DATE_FORMATS), write_date=write_date)

    sheet.put(1, council_line(rng), bold=True, colour=brand, size=12)
    sheet.row += 1
    sheet.put(1, rng.choice(TITLES), bold=True, size=14)
    sheet.row += 1
    sheet.put(1, "Grade each area and the case overall on the Ofsted judgements. Heads of Service: please type "
                 "your moderation in a different colour.", italic=True)
    sheet.row += 2

    case_value: object = sample.case_id
    if sample.case_id.isdigit() and rng.random() < 0.5 and details_style != "typed":
        case_value = int(sample.case_id)
    fields: list[tuple[str, object]] = [
        (rng.choice(("Case reference", "Child ID", "LCS number", "Case number")), case_value)]
    if show_child:
        child = sample.child
        fields.append((rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name))
        if sheet.date_format is None:
            written_birth = write_date(child.date_of_birth)
            also = (written_birth,)
        fields.append(("Date of birth", child.date_of_birth))
        if index % 5 == 1:
            brothers_sisters = siblings(rng, child, rng.choice((1, 2)), today)
            others = tuple(name for name, _ in brothers_sisters)
            fields.append(("Siblings", ", ".join(name for name, _ in brothers_sisters)))
    fields += [
        (rng.choice(("Allocated social worker", "Social worker", "Case holder")), sample.practitioner),
        ("Team", sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Auditor", "Audited by (Team Manager)", "Auditing manager")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), sample.date),
    ]
    _details(sheet, details_style, fields, brand)
    _areas(sheet, sample, grade_style, rng, brand, mark)
    _lists(sheet, sample, list_style, rng, brand)
    _actions(sheet, sample, action_style, rng, brand)

    sheet.heading(rng.choice(("Safeguarding and participation", "Section 6: Further questions")), brand)
    _yes_no(sheet, rng.choice(("Are there any immediate safeguarding concerns?",
                               "Immediate safeguarding concern identified?")), sample.urgent_concern, yes_no_style)
    if sample.urgent_concern:
        sheet.label(1, "If yes, details and who has been informed")
        sheet.put(2, sample.urgent_concern_detail)
        sheet.row += 1
    if sample.feedback_sought is not None:
        _yes_no(sheet, "Were the views of the child and family sought for this audit?", sample.feedback_sought,
                yes_no_style)
    sheet.row += 1
    overall_style = grade_style if rng.random() < 0.6 else "typed"
    _overall(sheet, sample, overall_style, rng, brand, mark)

    if moderation_place == "sheet" and (sample.moderation or index % 4 == 1):
        sheet = _Sheet(workbook, workbook.create_sheet("HoS moderation"), rng, fill=sheet.fill,
                       date_format=sheet.date_format, write_date=write_date)
        sheet.sheet.column_dimensions["A"].width = 40
        sheet.sheet.column_dimensions["B"].width = 80
        sheet.put(1, council_line(rng), bold=True, colour=brand)
        sheet.row += 2
    _moderation(sheet, sample, rng, brand, ink, keep_empty=index % 4 in (0, 1))

    last = sample.moderation.date if sample.moderation else sample.date
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.title = "Case File Audit"
    workbook.properties.created = datetime.combine(last, time(9, 0)) - timedelta(days=500)
    workbook.properties.modified = datetime.combine(last, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)


def build(today: date) -> list[HeldOutForm]:
    return [_build_one(index, sample, today) for index, sample in enumerate(_pick_samples(today))]
