"""Team Around the Child / Family quality audit kept as an Excel workbook,
modelled on Lincolnshire County Council's "Quality Audit Procedure"
(Lincolnshire Children's Services procedures manual, chapter 1.3.5 as
updated in October 2016, and chapter 1.3.4 as updated in June 2021:
lincolnshirechildcare.proceduresonline.com/chapters/p_quality_audit.html and
/p_quality_audit.html). This is a different document of an organisation the
project has already named.

What came from the source: the procedure lists a service-specific "Quality
Audit (TAC)" tool, completed "as required", among its audit tools; a quality
audit reviews the case record and may consult the worker; its purposes are
that the child's voice is heard and recorded, that the child's journey is
timely, that multi-agency involvement is appropriate, that good work gets
positive feedback and that recording meets the standards; an important part
of the audit is asking the family for their view (a family satisfaction
survey); the 2016 version adds scaling guidance based on the Signs of
Safety model (a 0 to 10 scale). So the workbook is titled "Quality Audit
(TAC)" on some files, areas are named after those purposes on half of the
files, a "family satisfaction" block carries what the family said, and a
third of the files carry a 0 to 10 scaling row beside the graded areas.

The page shows no form, so the layout is our judgement: a council name line
in a brand colour, the title, a details block (two columns of label and
value, labels over values like a tracker row, or two label/value pairs to a
row), an optional family-satisfaction block, a table of graded areas with
evidence, an overall judgement, strengths and areas for development, actions
(who, by when), the immediate safeguarding question, and a Head of
Service moderation box typed in the moderator's own colour (or on its own
sheet). Some files carry a guidance sheet restating the audit's purposes.

Files are built from the sample builder's invented TAF audit samples,
changed with `dataclasses.replace` where the layout needs it (renamed or
fewer areas, a prefixed Early Help reference, no actions), so the truth is
the changed sample's `expected()`.
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

from bot.samples import COUNCIL
from bot.samples.ooxml import stable_zip
from bot.samples.tools import TAF_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "tac_quality_audit_workbook"
SEED = 10092

GRADES_IN_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL_GRADES = ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate")

TITLES = ("Quality Audit (TAC)", "Quality Audit – Team Around the Family (TAF)",
          "Team Around the Child (TAC) Quality Audit", "TAF Quality Audit Tool")
SHEET_NAMES = ("TAC Audit", "Quality Audit", "TAF audit", "Audit")

# The sample's areas renamed after the procedure's purposes.
PURPOSE_AREAS = {
    "Voice of the child": "The child's voice is heard and recorded",
    "Team Around the Family plan": "Quality of the TAC plan",
    "TAF meetings and reviews": "Timeliness of the child's journey (TAC meetings and reviews)",
    "Lead professional role": "Multi-agency involvement and the lead professional",
    "Impact and outcomes for the child": "Difference made for the child",
}

CASE_LABELS = ("Early Help ID", "EHM ID", "Child ID", "TAC reference")
CHILD_LABELS = ("Child's name", "Name of child", "Child / young person")
DOB_LABELS = ("Date of birth", "DOB", "Child's date of birth")
PRACTITIONER_LABELS = ("Lead professional", "Lead professional (TAC)", "Family support worker")
AUDITOR_LABELS = ("Auditor", "Audited by", "Early Help manager completing audit")
DATE_LABELS = ("Date of audit", "Audit date", "Date audit completed")
FAMILY_LABELS = ("What the family say", "Family satisfaction – what the family told us", "Family's voice")
OVERALL_LABELS = ("Overall judgement", "Overall grade", "Overall grading of the TAC")
URGENT_LABELS = ("Are there any immediate safeguarding concerns for the child?",
                 "Urgent concerns identified?",
                 "Are there any urgent concerns about the child's safety?")
URGENT_DETAIL = ("If yes, please give details", "Details of concern and action taken")
STRENGTH_LABELS = ("What is working well?", "Strengths", "Positive feedback – strengths")
DEVELOPMENT_LABELS = ("What needs to improve?", "Areas for development", "Areas for improvement")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale"),
                  ("Actions", "By who", "By when"))
NO_ACTIONS = ("No actions arising from this audit – the plan is progressing well.",
              "No further actions required.", "None – no actions needed from this audit.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
HEAD_FILL = PatternFill("solid", fgColor="DEEAF6")
MARK_FILL = PatternFill("solid", fgColor="A6A6A6")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    return [_file(index, sample, today) for index, sample in enumerate(samples, start=1)]


def _file(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    # What varies, by file: the grade style cycles so every style appears.
    grade_style = ("typed", "dropdown", "columns", "key", "shaded")[index % 5]
    details_style = ("pairs", "grid", "quad")[index % 3]
    list_style = ("rows", "cell", "side")[(index // 2) % 3]
    urgent_style = ("typed", "boxes", "dropdown")[(index + 1) % 3]
    scaling = index % 3 == 0 and grade_style != "key"
    real_dates = index % 4 == 1

    # The sample changed where the layout needs it.
    case_id = sample.case_id
    ref_style = index % 3
    if ref_style == 1:
        case_id = early_help_reference(rng, sample.case_id)
    elif ref_style == 2 and index % 2:
        case_id = case_reference(rng, sample.case_id)
    sections = sample.sections
    if index % 2 == 0:
        sections = tuple(replace(section, name=PURPOSE_AREAS.get(section.name, section.name))
                         for section in sections)
    if index in (5, 11):  # a shorter tool without the lead professional area
        sections = tuple(section for section in sections
                         if "lead professional" not in section.name.lower() or len(sections) < 4)
    actions = sample.actions
    if index in (9, 12) and sample.grade in (OUTSTANDING, GOOD):
        actions = ()
    moderation = sample.moderation
    if moderation and moderation.section_comments:
        renamed = {PURPOSE_AREAS.get(name, name) if index % 2 == 0 else name: text
                   for name, text in moderation.section_comments.items()}
        moderation = replace(moderation, section_comments=renamed)
    sample = replace(sample, case_id=case_id, sections=sections, actions=actions, moderation=moderation)

    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    child = sample.child
    others: list[str] = []
    also: list[str] = []

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(SHEET_NAMES)
    for letter, width in zip("ABCDEFG", (38, 24, 24, 24, 24, 60, 40)):
        sheet.column_dimensions[letter].width = width
    writer = _Writer(sheet, when if not real_dates else None, rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")))

    # Heading: the council in its brand colour, then the tool's title.
    if index % 4 == 2:
        cell = writer.put(1, 1, COUNCIL.upper(), bold=True, colour="FFFFFF", size=14)
        cell.fill = PatternFill("solid", fgColor=brand)
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    else:
        writer.put(1, 1, council_line(rng), bold=True, colour=brand, size=13)
    title = TITLES[index % len(TITLES)]
    writer.put(2, 1, title.upper() if index % 5 == 3 else title, bold=True, size=14)
    writer.put(3, 1, rng.choice(("Complete from the TAC record; the auditor may speak to the lead professional.",
                                 "Return the completed workbook to the Early Help QA mailbox.",
                                 "Please complete every box.")), italic=True)
    writer.row = 5

    # Details.
    details: list[tuple[str, object]] = [
        (rng.choice(CASE_LABELS), int(case_id) if case_id.isdigit() and index % 5 == 1 else case_id)]
    if child is not None and index % 8 != 7:  # most files name the child
        details += [(rng.choice(CHILD_LABELS), child.full_name),
                    (rng.choice(DOB_LABELS), writer.date_value(child.date_of_birth))]
        also.append(when(child.date_of_birth))
        if index % 3 == 1:
            details.append(("Parent(s)/carer(s)", ", ".join(child.parents)))
        if index % 4 == 3:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            others += [name for name, _ in brothers]
            also += [when(born) for _, born in brothers]
            details.append(("Other children in the family",
                            "; ".join(f"{name} ({when(born)})" for name, born in brothers)))
    details += [
        (rng.choice(PRACTITIONER_LABELS), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(AUDITOR_LABELS), sample.auditor),
        (rng.choice(DATE_LABELS), writer.date_value(sample.date)),
    ]
    writer.heading(rng.choice(("Details", "Section 1: Case information", "About the TAC and the audit")), brand)
    writer.details(details, details_style)

    # Family satisfaction (the procedure's survey of the family).
    voice = next((own for own in sample.own if own.key == "family_voice"), None)
    if voice is not None:
        writer.row += 1
        writer.heading("Family satisfaction", brand)
        writer.label(writer.row, 1, rng.choice(FAMILY_LABELS))
        writer.put(writer.row, 2, voice.written)
        sheet.merge_cells(start_row=writer.row, start_column=2, end_row=writer.row, end_column=6)
        writer.row += 1

    # Graded areas.
    writer.row += 1
    writer.heading(rng.choice(("Quality of practice", "Audit findings", "Grading by area")), brand)
    sibling_note = mention(rng, SIBLING_SENTENCES, others[0]) if others else None
    remarks = sample.moderation.section_comments if sample.moderation else {}
    writer.grades(sample, grade_style, rng, remarks, ink, sibling_note)
    if scaling:
        writer.row += 1
        score = {OUTSTANDING: (9, 10), GOOD: (7, 8), REQUIRES_IMPROVEMENT: (4, 6), INADEQUATE: (1, 3)}[sample.grade]
        writer.label(writer.row, 1, "Scaling (0–10)")
        writer.put(writer.row, 2, rng.randint(*score))
        writer.put(writer.row, 3, "0 = the TAC plan is making no difference for the child; "
                                  "10 = the outcomes are met and the TAC can close", italic=True)
        sheet.merge_cells(start_row=writer.row, start_column=3, end_row=writer.row, end_column=6)
        writer.row += 1

    # Strengths and areas for development.
    writer.row += 1
    writer.lists(rng.choice(STRENGTH_LABELS), sample.strengths, rng.choice(DEVELOPMENT_LABELS),
                 sample.development_areas, list_style, brand)

    # Actions.
    writer.row += 1
    writer.heading(rng.choice(("Actions (by who, by when)", "Actions", "Case-specific actions")), brand)
    if not sample.actions:
        writer.put(writer.row, 1, rng.choice(NO_ACTIONS))
        writer.row += 1
    elif index % 3 == 2:
        for number, action in enumerate(sample.actions, start=1):
            writer.put(writer.row, 1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
            sheet.merge_cells(start_row=writer.row, start_column=1, end_row=writer.row, end_column=6)
            writer.row += 1
    else:
        headers = rng.choice(ACTION_HEADERS)
        for column, text in zip((1, 5, 6), (headers[0], headers[1], headers[2])):
            writer.label(writer.row, column, text, HEAD_FILL)
        sheet.merge_cells(start_row=writer.row, start_column=1, end_row=writer.row, end_column=4)
        writer.row += 1
        for action in sample.actions:
            writer.put(writer.row, 1, action.action)
            sheet.merge_cells(start_row=writer.row, start_column=1, end_row=writer.row, end_column=4)
            writer.put(writer.row, 5, action.owner)
            writer.put(writer.row, 6, writer.date_value(action.due))
            writer.row += 1

    # The immediate safeguarding question.
    writer.row += 1
    writer.urgent(rng.choice(URGENT_LABELS), sample.urgent_concern, rng.choice(URGENT_DETAIL),
                  sample.urgent_concern_detail, urgent_style)

    # Head of Service moderation.
    moderation_sheet = sample.moderation is not None and index % 2 == 1
    if moderation_sheet:
        writer_hos = _Writer(workbook.create_sheet("HoS moderation"), writer.when, writer.date_format)
        writer_hos.sheet.column_dimensions["A"].width = 30
        writer_hos.sheet.column_dimensions["B"].width = 70
        writer_hos.row = 1
        writer_hos.moderation(sample, rng, ink, grade_style)
    elif sample.moderation is not None or index % 4 != 0:
        writer.row += 1
        writer.moderation(sample, rng, ink, grade_style)

    if index % 5 == 2:
        guide = workbook.create_sheet("Guidance")
        guide.column_dimensions["A"].width = 100
        lines = ("Why we audit TAC records",
                 "• Is the child's voice heard, recorded and used to shape the work?",
                 "• Is the child's journey timely, with every step aimed at better outcomes?",
                 "• Are the right agencies involved in the Team Around the Child?",
                 "• Say what is good, so good work is recognised.",
                 "• Does the recording meet our recording standards?",
                 "Ask the family how they found the help (family satisfaction) and record what they say.")
        for row, text in enumerate(lines, start=1):
            guide.cell(row=row, column=1, value=text).font = Font(bold=row == 1)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 10))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 5))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(others), also=tuple(also))


class _Writer:
    """Writes the workbook's blocks down one sheet, keeping the next free row."""

    def __init__(self, sheet, when, date_format: str):
        self.sheet = sheet
        self.when = when  # None: dates are real Excel dates in `date_format`
        self.date_format = date_format
        self.row = 1
        self.validations: dict[tuple[str, ...], DataValidation] = {}

    def date_value(self, day: date):
        return self.when(day) if self.when else day

    def put(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
            colour: str | None = None, size: int | None = None):
        cell = self.sheet.cell(row=row, column=column, value=value)
        cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = WRAP
        if isinstance(value, date):
            cell.number_format = self.date_format
        return cell

    def label(self, row: int, column: int, text: str, fill: PatternFill = LABEL_FILL):
        cell = self.put(row, column, text, bold=True)
        cell.fill = fill
        cell.border = BOX
        return cell

    def heading(self, text: str, brand: str) -> None:
        self.put(self.row, 1, text, bold=True, colour=brand, size=12)
        self.row += 1

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        validation = self.validations.get(choices)
        if validation is None:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[choices] = validation
        validation.add(cell.coordinate)

    def details(self, details, style: str) -> None:
        if style == "pairs":
            for label, value in details:
                self.label(self.row, 1, label)
                self.put(self.row, 2, value).border = BOX
                self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=3)
                self.row += 1
        elif style == "grid":  # labels over values, in two bands of columns
            for start in range(0, len(details), 5):
                band = details[start:start + 5]
                for column, (label, value) in enumerate(band, start=1):
                    self.label(self.row, column, label, HEAD_FILL)
                    self.put(self.row + 1, column, value).border = BOX
                self.row += 3
        else:  # two label/value pairs to a row
            for start in range(0, len(details), 2):
                for offset, (label, value) in enumerate(details[start:start + 2]):
                    self.label(self.row, 1 + 3 * offset, label)
                    self.put(self.row, 2 + 3 * offset, value).border = BOX
                self.row += 1

    def grades(self, sample, style: str, rng: random.Random, remarks: dict, ink: str, sibling_note) -> None:
        area = rng.choice(("Area of practice", "Practice standard", "Area audited"))
        evidence = rng.choice(("Evidence/comments", "Evidence", "Auditor's comments"))
        with_remarks = bool(remarks)
        if style == "key":
            self.put(self.row, 1, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                     italic=True)
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
            self.row += 1
        if style in ("columns", "shaded"):
            order = GRADE_COLUMNS[rng.randrange(len(GRADE_COLUMNS))]
            self.label(self.row, 1, area, HEAD_FILL)
            for column, (_, text) in enumerate(order, start=2):
                self.label(self.row, column, text, HEAD_FILL)
            self.label(self.row, 6, evidence, HEAD_FILL)
            if with_remarks:
                self.label(self.row, 7, "HoS comments", HEAD_FILL)
            self.row += 1
            mark = rng.choice(("X", "x", "\u2713", "\u25cf"))
            rows = [(section.name, section.grade, section.comment, remarks.get(section.name))
                    for section in sample.sections]
            for number, (name, grade, comment, remark) in enumerate(rows):
                self.put(self.row, 1, name, bold=True).border = BOX
                for column, (value, _) in enumerate(order, start=2):
                    cell = self.put(self.row, column, None)
                    cell.border = BOX
                    if value == grade:
                        if style == "columns":
                            cell.value = mark
                            cell.font = Font(bold=True)
                            cell.alignment = Alignment(horizontal="center")
                        else:
                            cell.fill = MARK_FILL
                if number == 0 and sibling_note:
                    comment = f"{comment} {sibling_note}"
                self.put(self.row, 6, comment).border = BOX
                if remark:
                    self.put(self.row, 7, remark, colour=ink)
                self.row += 1
            self.label(self.row, 1, rng.choice(OVERALL_LABELS))
            for column, (value, _) in enumerate(order, start=2):
                cell = self.put(self.row, column, None)
                cell.border = BOX
                if value == sample.grade:
                    if style == "columns":
                        cell.value = mark
                        cell.font = Font(bold=True)
                        cell.alignment = Alignment(horizontal="center")
                    else:
                        cell.fill = MARK_FILL
            self.row += 1
            return
        self.label(self.row, 1, area, HEAD_FILL)
        self.label(self.row, 2, rng.choice(("Grade", "Judgement", "Grading")), HEAD_FILL)
        self.label(self.row, 3, evidence, HEAD_FILL)
        self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
        if with_remarks:
            self.label(self.row, 7, "HoS comments", HEAD_FILL)
        self.row += 1
        for number, section in enumerate(sample.sections):
            self.put(self.row, 1, section.name, bold=True).border = BOX
            self.grade_cell(self.row, 2, section.grade, style, rng)
            comment = section.comment
            if number == 0 and sibling_note:
                comment = f"{comment} {sibling_note}"
            self.put(self.row, 3, comment).border = BOX
            self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
            if section.name in remarks:
                self.put(self.row, 7, remarks[section.name], colour=ink)
            self.row += 1
        self.row += 1
        self.label(self.row, 1, rng.choice(OVERALL_LABELS))
        self.grade_cell(self.row, 2, sample.grade, style, rng, bold=True)
        self.row += 1

    def grade_cell(self, row: int, column: int, grade: str, style: str, rng: random.Random, *, bold: bool = False):
        if style == "key":
            value = GRADES_IN_ORDER.index(grade) + 1
        elif style == "dropdown":
            value = FULL_GRADES[GRADES_IN_ORDER.index(grade)]
        else:
            value = informal_grade(rng, grade, note_chance=0.15)
        cell = self.put(row, column, value, bold=bold)
        cell.border = BOX
        if style == "dropdown":
            self.choose_from(cell, FULL_GRADES)
        return cell

    def lists(self, strengths_label, strengths, development_label, development, style: str, brand: str) -> None:
        if style == "side":
            self.label(self.row, 1, strengths_label, HEAD_FILL)
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=3)
            self.label(self.row, 4, development_label, HEAD_FILL)
            self.sheet.merge_cells(start_row=self.row, start_column=4, end_row=self.row, end_column=6)
            self.row += 1
            for offset in range(max(len(strengths), len(development))):
                if offset < len(strengths):
                    self.put(self.row, 1, f"• {strengths[offset]}")
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=3)
                if offset < len(development):
                    self.put(self.row, 4, f"• {development[offset]}")
                    self.sheet.merge_cells(start_row=self.row, start_column=4, end_row=self.row, end_column=6)
                self.row += 1
            return
        for label, items in ((strengths_label, strengths), (development_label, development)):
            if style == "rows":
                self.heading(label, brand)
                for number, item in enumerate(items, start=1):
                    self.put(self.row, 1, f"{number}. {item}")
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
                    self.row += 1
            else:  # one cell, a bullet a line
                self.label(self.row, 1, label)
                cell = self.put(self.row, 2, "\n".join(f"• {item}" for item in items))
                cell.border = BOX
                self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=6)
                self.sheet.row_dimensions[self.row].height = 16 * len(items) + 4
                self.row += 1
            self.row += 1

    def urgent(self, question: str, concern: bool, detail_label: str, detail, style: str) -> None:
        self.label(self.row, 1, question)
        if style == "boxes":
            self.put(self.row, 2, "Yes")
            self.put(self.row, 3, "X" if concern else None, bold=True).border = BOX
            self.put(self.row, 4, "No")
            self.put(self.row, 5, None if concern else "X", bold=True).border = BOX
        else:
            cell = self.put(self.row, 2, "Yes" if concern else "No")
            cell.border = BOX
            if style == "dropdown":
                self.choose_from(cell, ("Yes", "No"))
        self.row += 1
        if concern or style != "typed":
            self.label(self.row, 1, detail_label)
            self.put(self.row, 2, detail or "").border = BOX
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=6)
            self.row += 1

    def moderation(self, sample, rng: random.Random, ink: str, grade_style: str) -> None:
        moderation = sample.moderation
        self.put(self.row, 1, rng.choice(("Head of Service moderation", "Moderation by Head of Service")),
                 bold=True, size=12)
        self.row += 1
        labels = ("Moderated by", "Date of moderation", "Do you agree with the auditor's judgement?",
                  "Moderated judgement", "Head of Service comments")
        first = self.row
        for offset, text in enumerate(labels):
            self.label(first + offset, 1, text)
            self.put(first + offset, 2, None).border = BOX
            self.sheet.merge_cells(start_row=first + offset, start_column=2, end_row=first + offset, end_column=6)
        self.row = first + len(labels)
        if moderation is None:
            note = rng.choice(NOT_MODERATED)
            if note:
                self.put(first + 4, 2, note, italic=True)
            return
        self.put(first, 2, moderation.moderator, colour=ink)
        self.put(first + 1, 2, self.date_value(moderation.date), colour=ink)
        if moderation.grade:
            self.put(first + 2, 2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            written = (FULL_GRADES[GRADES_IN_ORDER.index(moderation.grade)] if grade_style == "dropdown"
                       else informal_grade(rng, moderation.grade))
            self.put(first + 3, 2, written, colour=ink, bold=True)
        self.put(first + 4, 2, "\n".join(moderation.comments), colour=ink)
        self.sheet.row_dimensions[first + 4].height = 32 * len(moderation.comments)
