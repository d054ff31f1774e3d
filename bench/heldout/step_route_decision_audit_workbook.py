"""Step up / step down route audit workbook (.xlsx): a manager's graded audit
of one decision to move a family between Targeted Early Help and Children's
Social Care, kept as one Excel workbook per case.

Source: Hull City Council Children's Services procedures, "Step Up / Step
Down" (hullchserv.proceduresonline.com/p_step_up_down.html; the Step-Down
flowchart updated January 2023). Hull is already named by the project; this
is a different document of that organisation. What came from the source: the
two routes audited separately (stepping down from a social worker as lead
practitioner under s.17 to Targeted Early Help, and stepping up from
Targeted Early Help to Children's Social Care); the step-down decision taken
at the weekly locality CIN Panel (group manager, Early Help manager,
clinician, Early Help social worker); the lead practitioner named for the
family after the move; safeguarding taking precedence over the procedure.
The page shows no audit form, so the layout is our judgement: a council name
line in a brand colour, a details block (child, case reference, date of
birth, lead practitioner, team, service, auditor, date), a "the move" block
(which route, date of the move, whether the CIN Panel or a step-up
consultation considered it, whether a lead practitioner was named), the
areas of the move graded one by one with evidence, an overall grade, the
strengths and areas for development, the actions, the family's voice, the
urgent-concern question and the Head of Service's moderation; sometimes a
hidden "Lists" sheet for drop-downs and a "Guidance" sheet with the grade
key. No text of the source is reproduced.

What varies, file by file: the details block as a label | value grid, labels
across one row over their values, or two label/value pairs a row; dates as
real Excel dates in one of several number formats or typed in one person's
spelling; plain, case-system-prefixed or Early Help references; the areas
as the tool names them or renamed, and one area sometimes left out; grades
typed as people type them, a drop-down, a number on a printed 1-4 key, a
mark under one of four grade columns, or the four printed with the chosen
one highlighted; strengths and development as one row each, numbered, as a
paragraph in one cell, or side by side in two columns; actions as a table,
numbered lines, or a sentence saying there are none; the urgent question
typed, a drop-down, or ticked boxes; the moderation as a box typed in the
Head of Service's own colour, one coloured comment line, or absent; brothers
and sisters listed on a few files.
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

from bot.samples import COUNCIL
from bot.samples.forms import Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "step_route_decision_audit_workbook"
SEED = 10122

TITLES = ("Step Up / Step Down Audit", "Audit of Step Up and Step Down Decisions",
          "Stepping Up and Stepping Down \u2013 Case Audit", "Step Up Step Down Quality Audit Tool")
SHEET_NAMES = ("Audit", "SUSD audit", "Step up step down", "Case audit")
# The tool's own areas renamed as a council might head them.
RENAMED = {
    "Decision to step up or step down": "Threshold decision",
    "Information shared at transfer": "Handover of information",
    "Timeliness of transfer": "Timeliness of the move",
    "Continuity for the child and family": "The family's experience of the move",
    "Management oversight": "Management oversight and sign-off",
}
EXCEL_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy", "dd-mmm-yy")
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
        INADEQUATE: "Inadequate"}
KEY_NUMBER = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
PANEL_QUESTIONS = (
    "Was the move considered at the locality CIN Panel or a step-up consultation?",
    "Decision agreed at CIN Panel / consultation?",
)
LEAD_QUESTIONS = ("Was a lead practitioner named before the case moved?", "Lead practitioner identified?")
URGENT_QUESTIONS = ("Are there any immediate safeguarding concerns for the child?",
                    "Urgent concerns identified?",
                    "Does this case need escalating to the Head of Service because of a concern for the child's safety?")
NO_ACTIONS = ("No further actions required \u2013 the move was well managed.",
              "No actions arising from this audit.")
NOT_MODERATED = ("Not selected for moderation this month.", "")
GREY, BLUE_FILL, YELLOW = "D9D9D9", "DDEBF7", "FFFF00"


class Sheet:
    """Writes rows down one worksheet."""

    def __init__(self, workbook: Workbook, name: str, rng: random.Random, writer, brand: str):
        self.sheet = workbook.active
        self.sheet.title = name
        self.workbook = workbook
        self.row = 1
        self.rng = rng
        self.write_date = writer  # None: real Excel dates
        self.excel_format = rng.choice(EXCEL_FORMATS)
        self.brand = brand
        self.label_fill = rng.choice((GREY, BLUE_FILL, None))
        self.lists = None
        if rng.random() < 0.5:
            self.lists = workbook.create_sheet("Lists")
            self.lists.sheet_state = "hidden"
        self.validations: dict[tuple[str, ...], DataValidation] = {}
        for column, width in zip("ABCDEFG", (38, 30, 22, 22, 22, 40, 30)):
            self.sheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold=False, colour=None, fill=None, italic=False, row=None):
        cell = self.sheet.cell(row=row or self.row, column=column, value=value)
        if bold or colour or italic:
            cell.font = Font(bold=bold, italic=italic, color=colour)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str, *, row=None):
        white = self.label_fill == "1F3864"
        return self.put(column, text, bold=True, fill=self.label_fill, colour="FFFFFF" if white else None, row=row)

    def heading(self, text: str):
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand)
        self.row += 1

    def put_date(self, column: int, day: date, *, colour=None, row=None):
        if self.write_date:
            return self.put(column, self.write_date(day), colour=colour, row=row)
        cell = self.put(column, datetime.combine(day, time()), colour=colour, row=row)
        cell.number_format = self.excel_format
        return cell

    def drop_down(self, cell, choices: tuple[str, ...]):
        """One validation per list of choices, its values inline or on the hidden Lists sheet."""
        validation = self.validations.get(choices)
        if validation is None:
            if self.lists is not None:
                column = len(self.validations) + 1
                letter = self.lists.cell(row=1, column=column).column_letter
                for index, choice in enumerate(choices, start=1):
                    self.lists.cell(row=index, column=column, value=choice)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[choices] = validation
        validation.add(cell)


def _grade_columns(rng: random.Random):
    return rng.choice(GRADE_COLUMNS)


def _write_grade(sheet: Sheet, style: str, grade: str, column: int, *, columns=None, mark=None, colour=None):
    """The grade in `style`; `column` is where it goes (the first of four for
    the marked / highlighted styles)."""
    rng = sheet.rng
    if style == "typed":
        sheet.put(column, informal_grade(rng, grade, note_chance=0.2), colour=colour)
    elif style == "dropdown":
        choices = tuple(FULL[each] for each in (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE))
        sheet.drop_down(sheet.put(column, FULL[grade], colour=colour), choices)
    elif style == "number":
        sheet.put(column, KEY_NUMBER[grade], colour=colour)
    elif style == "mark":
        for offset, (value, _) in enumerate(columns):
            if value == grade:
                if mark:
                    sheet.put(column + offset, mark, bold=True, colour=colour)
                else:
                    sheet.put(column + offset, None, fill="A6A6A6")
    else:  # highlight: the four printed, the chosen one picked out
        for offset, (value, text) in enumerate(columns):
            chosen = value == grade
            sheet.put(column + offset, text, bold=chosen, fill=YELLOW if chosen else None)


def _grade_header(sheet: Sheet, style: str, column: int, columns) -> int:
    """Headers for the grade part of a table row; returns the next column."""
    if style in ("mark", "highlight"):
        for offset, (_, text) in enumerate(columns):
            sheet.label(column + offset, text if style == "mark" else "Grade" if offset == 0 else None)
        return column + 4
    sheet.label(column, "Grade (1-4)" if style == "number" else sheet.rng.choice(("Grade", "Judgement")))
    return column + 1


def _key(sheet: Sheet):
    sheet.put(1, "Key: 1 = Outstanding   2 = Good   3 = Requires Improvement to be Good   4 = Inadequate",
              italic=True)
    sheet.row += 1


def _details(sheet: Sheet, layout: str, fields: list[tuple[str, object]]):
    """`fields` are (label, value); a date value is written as a date."""
    def value_at(column, value, row=None):
        if isinstance(value, date):
            sheet.put_date(column, value, row=row)
        else:
            sheet.put(column, value, row=row)

    if layout == "grid":
        for text, value in fields:
            sheet.label(1, text)
            value_at(2, value)
            sheet.row += 1
    elif layout == "across":
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for offset, (text, value) in enumerate(chunk):
                sheet.label(1 + offset, text)
                value_at(1 + offset, value, row=sheet.row + 1)
            sheet.row += 2
    else:  # pairs
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                sheet.label(1 + 2 * offset, text)
                value_at(2 + 2 * offset, value)
            sheet.row += 1


def _yes_no(sheet: Sheet, style: str, question: str, answer: bool):
    sheet.label(1, question)
    if style == "typed":
        sheet.put(2, sheet.rng.choice(("Yes", "YES", "yes")) if answer else sheet.rng.choice(("No", "NO", "no")))
    elif style == "dropdown":
        sheet.drop_down(sheet.put(2, "Yes" if answer else "No"), ("Yes", "No"))
    else:
        ticked, empty = "\u2612", "\u2610"
        sheet.put(2, "Yes " + (ticked if answer else empty))
        sheet.put(3, "No " + (empty if answer else ticked))
    sheet.row += 1


def _items(sheet: Sheet, style: str, heading: str, items: tuple[str, ...]):
    sheet.label(1, heading)
    if style == "paragraph":
        sheet.put(2, " ".join(items))
        sheet.row += 1
        return
    sheet.row += 1
    for number, item in enumerate(items, start=1):
        sheet.put(1, f"{number}. {item}" if style == "numbered" else f"\u2022 {item}")
        sheet.row += 1


def _two_columns(sheet: Sheet, strengths_label: str, development_label: str, strengths, development):
    sheet.label(1, strengths_label)
    sheet.label(3, development_label)
    sheet.row += 1
    for index in range(max(len(strengths), len(development))):
        if index < len(strengths):
            sheet.put(1, strengths[index])
        if index < len(development):
            sheet.put(3, development[index])
        sheet.row += 1


def _build(sample, index: int, rng: random.Random, others: list[tuple[str, str]]) -> bytes:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    writer = date_writer(rng) if rng.random() < 0.45 else None
    workbook = Workbook()
    sheet = Sheet(workbook, rng.choice(SHEET_NAMES), rng, writer, brand)
    own = {field.key: field for field in sample.own}

    sheet.put(1, council_line(rng), bold=True, colour=brand)
    sheet.row += 1
    sheet.put(1, rng.choice(TITLES), bold=True)
    sheet.sheet.cell(row=sheet.row, column=1).font = Font(bold=True, size=14)
    sheet.row += 1
    sheet.put(1, "Complete one workbook for each child. Safeguarding procedures always take precedence over "
                 "this audit.", italic=True)
    sheet.row += 1

    # Part 1: the child and the audit.
    layout = ("grid", "across", "pairs")[index % 3]
    reference = sample.case_id
    fields: list[tuple[str, object]] = [(sample.labels.get("case_id") or "Child ID",
                                         int(reference) if reference.isdigit() and rng.random() < 0.5 else reference)]
    if sample.child is not None and index % 8 != 5:
        fields += [(rng.choice(("Child's name", "Name of child", "Child / young person")), sample.child.full_name),
                   (rng.choice(("Date of birth", "DOB")), sample.child.date_of_birth)]
    fields += [(sample.labels.get("practitioner") or "Lead practitioner", sample.practitioner),
               (rng.choice(("Team", "Team name")), sample.team),
               (rng.choice(("Service", "Service area")), sample.service),
               (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor),
               (rng.choice(("Date of audit", "Audit date")), sample.date)]
    sheet.heading(rng.choice(("Section 1: Case details", "Child and audit details", "About the case")))
    _details(sheet, layout, fields)
    if others:
        sheet.label(1, rng.choice(("Siblings", "Brothers and sisters")))
        sheet.put(2, "; ".join(f"{name} (born {born})" for name, born in others))
        sheet.row += 1

    # Part 2: the move itself.
    yes_no_style = ("typed", "dropdown", "boxes")[index % 3]
    sheet.heading(rng.choice(("Section 2: The step up / step down", "About the move", "The transfer")))
    direction = own["direction"]
    sheet.label(1, direction.label)
    cell = sheet.put(2, direction.written)
    if yes_no_style == "dropdown":
        sheet.drop_down(cell, ("Step up to Children's Social Care", "Step down to Early Help"))
    sheet.row += 1
    moved = own["transfer_date"]
    sheet.label(1, moved.label)
    sheet.put_date(2, moved.written)
    sheet.row += 1
    _yes_no(sheet, yes_no_style, rng.choice(PANEL_QUESTIONS), rng.random() < 0.8)
    _yes_no(sheet, yes_no_style, rng.choice(LEAD_QUESTIONS), rng.random() < 0.85)

    # Part 3: the graded areas and the overall grade.
    style = ("typed", "dropdown", "number", "mark", "highlight")[index % 5]
    columns = _grade_columns(rng)
    mark = rng.choice(MARKS)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    remarks_shown = bool(remarks) and rng.random() < 0.6
    sheet.heading(rng.choice(("Section 3: Quality of the decision and the move", "Grading by area",
                              "Audit findings")))
    if style == "number":
        _key(sheet)
    sheet.label(1, rng.choice(("Area", "Area of practice", "Practice standard")))
    after = _grade_header(sheet, style, 2, columns)
    sheet.label(after, rng.choice(("Evidence", "Evidence/comments", "Auditor's comments")))
    if remarks_shown:
        sheet.label(after + 1, "HoS comment")
    sheet.row += 1
    for section in sample.sections:
        sheet.put(1, section.name, bold=True)
        _write_grade(sheet, style, section.grade, 2, columns=columns, mark=mark)
        sheet.put(after, section.comment)
        if remarks_shown and section.name in remarks:
            sheet.put(after + 1, remarks[section.name], colour=ink)
        sheet.row += 1
    sheet.row += 1
    overall_label = rng.choice(("Overall grade", "Overall judgement", "Overall judgement of the step up / step down"))
    sheet.label(1, overall_label)
    _write_grade(sheet, style, sample.grade, 2, columns=columns, mark=mark)
    sheet.row += 1

    # Part 4: strengths, development, actions.
    strengths_label = rng.choice(("What worked well in the move", "Strengths", "What is working well?"))
    development_label = rng.choice(("Areas for development", "What needs to improve?", "Even better if"))
    items_style = ("rows", "numbered", "paragraph", "columns")[index % 4]
    sheet.heading(rng.choice(("Section 4: Findings", "Strengths and areas for development")))
    if items_style == "columns":
        _two_columns(sheet, strengths_label, development_label, sample.strengths, sample.development_areas)
    else:
        _items(sheet, items_style, strengths_label, sample.strengths)
        _items(sheet, items_style, development_label, sample.development_areas)

    sheet.heading(rng.choice(("Actions (by who, by when)", "Section 5: Actions", "Case-specific actions")))
    if not sample.actions:
        sheet.put(1, rng.choice(NO_ACTIONS))
        sheet.row += 1
    elif index % 2:
        for cell_column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                       ("Action required", "Responsible", "Timescale"))), start=1):
            sheet.label(cell_column, text)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            sheet.put_date(3, action.due)
            sheet.row += 1
    else:
        spell = writer or date_writer(rng)
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(1, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {spell(action.due)}")
            sheet.row += 1

    # Part 5: the family's voice and the urgent question.
    voice = own["family_voice"]
    sheet.heading(rng.choice(("Section 6: The family's voice", "What the family say about the move")))
    sheet.label(1, voice.label)
    sheet.put(2, voice.written)
    sheet.row += 1
    sheet.row += 1
    _yes_no(sheet, yes_no_style, rng.choice(URGENT_QUESTIONS), sample.urgent_concern)
    if sample.urgent_concern:
        sheet.label(1, rng.choice(("If yes, please give details", "Details of concern and action taken")))
        sheet.put(2, sample.urgent_concern_detail)
        sheet.row += 1

    # Part 6: the Head of Service's moderation.
    moderation = sample.moderation
    box = index % 3 != 2
    if moderation is not None and box:
        sheet.heading(rng.choice(("Head of Service moderation", "Moderation by Head of Service")))
        sheet.label(1, rng.choice(("Moderated by", "Head of Service")))
        sheet.put(2, moderation.moderator, colour=ink)
        sheet.row += 1
        sheet.label(1, rng.choice(("Date of moderation", "Date moderated")))
        sheet.put_date(2, moderation.date, colour=ink)
        sheet.row += 1
        if moderation.grade:
            sheet.label(1, "Do you agree with the auditor's grade?")
            sheet.put(2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            sheet.row += 1
            sheet.label(1, rng.choice(("Moderated judgement", "HoS moderated grade")))
            sheet.put(2, informal_grade(rng, moderation.grade), colour=ink, bold=True)
            sheet.row += 1
        sheet.label(1, rng.choice(("Moderator's comments", "Head of Service comments")))
        sheet.put(2, " ".join(moderation.comments), colour=ink)
        sheet.row += 1
    elif moderation is not None:
        sheet.row += 1
        line = f"HoS moderation ({moderation.moderator}, "
        spell = writer or date_writer(rng)
        line += f"{spell(moderation.date)}): {' '.join(moderation.comments)}"
        if moderation.grade:
            line += f" Moderated grade: {FULL[moderation.grade]}."
        sheet.put(1, line, colour=ink)
        sheet.row += 1
    elif box and rng.random() < 0.6:
        sheet.heading("Head of Service moderation")
        for text in ("Moderated by", "Date of moderation", "Moderated judgement"):
            sheet.label(1, text)
            sheet.row += 1
        sheet.label(1, "Head of Service comments")
        note = rng.choice(NOT_MODERATED)
        if note:
            sheet.put(2, note, italic=True)
        sheet.row += 1

    if index % 3 == 1:
        guidance = workbook.create_sheet("Guidance")
        lines = ("How to grade each area",
                 "Outstanding \u2013 the move was planned with the family and nothing was lost in the handover.",
                 "Good \u2013 the decision was right, timely and well recorded.",
                 "Requires Improvement to be Good \u2013 the decision was right but the move was late or "
                 "poorly recorded.",
                 "Inadequate \u2013 the decision or the move left the child without the right help.",
                 "Return the completed workbook to the audit mailbox.")
        for row, text in enumerate(lines, start=1):
            guidance.cell(row=row, column=1, value=text).font = Font(bold=row == 1)
        guidance.column_dimensions["A"].width = 100

    workbook.properties.creator = COUNCIL
    workbook.properties.title = "Step up / step down audit"
    workbook.properties.created = workbook.properties.modified = datetime.combine(sample.date, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _adapt(sample, index: int, rng: random.Random):
    """The changes this council's copy makes to the sample."""
    changes = {}
    kind = index % 4
    if kind == 1:
        changes["case_id"] = case_reference(rng, sample.case_id)
        changes["labels"] = dict(sample.labels, case_id=rng.choice(("Case reference", "LCS reference")))
    elif kind == 2:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
        changes["labels"] = dict(sample.labels, case_id=rng.choice(("EHM ID", "Early Help ID")))
    sections = sample.sections
    if index % 3 == 2:
        sections = tuple(Section(RENAMED[section.name], section.grade, section.comment) for section in sections)
        if sample.moderation:
            remarks = {RENAMED[name]: text for name, text in sample.moderation.section_comments.items()}
            changes["moderation"] = replace(sample.moderation, section_comments=remarks)
    if index % 5 == 4 and len(sections) > 3:
        dropped = sections[rng.randrange(len(sections))]
        kept = tuple(section for section in sections if section is not dropped)
        if sample.grade in {section.grade for section in kept}:
            sections = kept
            moderation = changes.get("moderation", sample.moderation)
            if moderation:
                remarks = {name: text for name, text in moderation.section_comments.items() if name != dropped.name}
                changes["moderation"] = replace(moderation, section_comments=remarks)
    changes["sections"] = sections
    if index in (6, 13):
        changes["actions"] = ()
    return replace(sample, **changes)


def build(today: date) -> list[HeldOutForm]:
    forms = []
    samples = tool_samples(16, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    for index, original in enumerate(samples):
        rng = random.Random(SEED * 100 + index)
        sample = _adapt(original, index, rng)
        others = siblings(rng, sample.child, rng.choice((1, 2)), today) if index % 5 == 1 else []
        spell = date_writer(rng)
        written = [(name, spell(born)) for name, born in others]
        data = _build(sample, index, rng, written)
        forms.append(held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in others),
                              also=tuple(text for _, text in written)
                              + tuple(born.isoformat() for _, born in others)))
    return forms
