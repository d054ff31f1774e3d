"""Held-out family: a full case file audit of a looked after child's or care
leaver's file, kept as an Excel workbook.

Source: Lancashire County Council, Children's Social Care Procedures
Manual, "Audit Framework", Appendix 3: "Tier 2 (Full) Case File Audit
Toolkit (CLA and Leaving Care)" (final version dated 25 May 2016; chapter at
https://www.proceduresonline.com/lancashirecsc/p_audit_framework.html, the
toolkit's text at
https://docsbay.net/tier-2-full-case-file-audit-toolkit-cla-and-leaving-care).
Lancashire is already named in the project; this is a different document of
theirs (the project's earlier family used the CIN and CP toolkit, Appendix 2).

What came from the source: a "Tier 2 (Full)" case file audit of one looked
after child's or care leaver's file by a manager; a printed "Case File
Grading (Ofsted Key Judgements)" key giving the four Ofsted grades, Good to
be judged against the authority's detailed audit guide and with care-leaver
specific expectations under Outstanding; judgements on areas of practice and
an overall grade; the framework's audit cycle of feedback and actions, with
moderation of managers' audits. The key's descriptors here are our own short
paraphrases, not the source's text.

Our judgement (the pages show the toolkit's grading text, not its form or a
workbook): that it is kept as an Excel workbook; the sheet names; the details
fields (LCS ID, legal status, placement, brothers and sisters, birth
parents); the names of the areas of practice (themes of a looked after
child's and care leaver's file: care plan and permanence, placement
stability, family time, health, education, pathway planning, oversight,
recording); the strengths, areas for development, actions, escalation and
views-sought questions; and the Head of Service moderation block.

What varies across the 16 files: the details block (label | value rows,
a two-pairs-per-row grid, or labels over values), with or without the
child's name and date of birth; dates as real Excel dates in three number
formats or typed in one of seven spellings; plain seven-digit LCS IDs (as a
number or text) or prefixed references; how grades are given (typed as people
type them, a drop-down, a number 1-4 on the grading key sheet, or a mark
under one of four grade columns); the overall grade in the same way or as
the four grades printed with the others struck through; strengths and areas
for development as rows, bulleted lines in one cell, or two columns side by
side; actions as a table, numbered lines or a sentence saying there are none;
the escalation and views-sought questions typed, from a drop-down or as
ticked boxes; the Head of Service's moderation as a coloured box, typed on in
a single coloured cell, an empty box or absent; the brand colour of the
council line; whether the grading key sheet is there.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import CASE_FILE_AUDIT, COUNCIL, sample_forms
from bot.samples.ooxml import stable_zip

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "cla_leaving_care_audit_toolkit"
SEED = 10097
COUNT = 16

TITLES = (
    "Tier 2 (Full) Case File Audit Toolkit – Children Looked After and Care Leavers",
    "Tier 2 Full Case File Audit (CLA & Leaving Care)",
    "Full Case File Audit Toolkit: Looked After Children and Care Leavers",
)
# Areas of practice of a looked after child's or care leaver's file (our names).
AREAS = (
    "Voice, wishes and feelings of the young person",
    "Care plan and permanence planning",
    "Placement stability and matching",
    "Family time and important relationships",
    "Health and emotional wellbeing",
    "Education, training and employment",
    "Management oversight and supervision",
    "Recording and chronology",
)
PATHWAY_AREA = "Pathway planning and preparation for adulthood"

KEY = (
    (OUTSTANDING, 1, "Outstanding", "Practice exceeds good and makes a lasting difference; care leavers stay "
     "in touch and feel connected to adults who know them."),
    (GOOD, 2, "Good", "Judge against the detailed audit guide: plans are reviewed, the young person is "
     "listened to, placements are stable and needs are met without delay."),
    (REQUIRES_IMPROVEMENT, 3, "Requires improvement to be good",
     "No widespread failure leaving children unsafe, but practice is not yet good."),
    (INADEQUATE, 4, "Inadequate", "Widespread or serious failures leave children harmed or at risk, or "
     "their welfare not promoted."),
)
KEY_NUMBER = {grade: number for grade, number, _, _ in KEY}
COLUMN_NAMES = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                INADEQUATE: "Inadequate"}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}

EXCEL_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
LEGAL_STATUSES = ("Care Order (s31)", "Interim Care Order (s38)", "Accommodated (s20)", "Placement Order")
PLACEMENTS = ("In-house foster care", "Independent fostering agency", "Connected person (kinship) placement",
              "Residential children's home", "Placed with parents (Reg. 19)")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required for this child's file.",
              "None – practice is of a good standard and no actions were identified.")
MARKS = ("X", "x", "\u2713", "\u25cf", "")
HEADER_FILL = ("DCE6F1", "E2EFDA", "F2F2F2", "FCE4D6")


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


class _Sheet:
    """One audit sheet drawn down columns A to F, as a council's template."""

    def __init__(self, workbook: Workbook, rng: random.Random, index: int, sample, *, key_sheet: bool):
        self.rng = rng
        self.index = index
        self.sample = sample
        self.workbook = workbook
        self.sheet = workbook.active
        self.sheet.title = rng.choice(("Audit", "CLA CL Audit", "Tier 2 audit"))
        self.row = 1
        self.brand = rng.choice(common.BRAND_COLOURS)
        self.header_fill = rng.choice(HEADER_FILL)
        self.ink = rng.choice(common.MODERATION_INKS + ("C00000", "FF0000"))
        self.dates_as_text = index % 3 == 0 or rng.random() < 0.2
        self.writer = common.date_writer(rng)
        self.excel_format = rng.choice(EXCEL_FORMATS)
        self.grade_style = ("typed", "dropdown", "number", "columns")[index % 4]
        if self.grade_style == "number" and not key_sheet:
            self.grade_style = "typed"
        self.validations: dict[tuple[str, ...], DataValidation] = {}
        self.also: list[str] = []
        for column, width in zip("ABCDEF", (38, 26, 26, 26, 26, 50)):
            self.sheet.column_dimensions[column].width = width

    # --- cells ------------------------------------------------------------------------

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill: str | None = None,
            strike: bool = False, size: int | None = None, italic: bool = False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or strike or size or italic:
            cell.font = Font(bold=bold or None, color=colour, strike=strike or None, size=size, italic=italic or None)
        if fill:
            cell.fill = _fill(fill)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.header_fill)

    def heading(self, text: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand, size=12)
        self.row += 1

    def date(self, column: int, value: date, *, colour: str | None = None, personal: bool = False):
        if self.dates_as_text:
            written = self.writer(value)
            if personal:
                self.also.append(written)
            return self.put(column, written, colour=colour)
        cell = self.put(column, value, colour=colour)
        cell.number_format = self.excel_format
        return cell

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        validation = self.validations.get(choices)
        if validation is None:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[choices] = validation
        validation.add(cell.coordinate)

    # --- blocks ------------------------------------------------------------------------

    def top(self, title: str) -> None:
        self.put(1, common.council_line(self.rng), bold=True, colour=self.brand, size=12)
        self.row += 1
        self.put(1, title, bold=True, size=14)
        self.row += 1
        self.put(1, self.rng.choice((
            "Audit the last 12 months of the child's record; grade each area against the Case File Grading key.",
            "Complete every area that applies. Use the Ofsted key judgements (see grading key) for each grade.",
            "To be completed by the auditing manager and returned to the QA mailbox within 10 working days.")),
            italic=True)
        self.row += 1

    def details(self, fields: list[tuple[str, object, str]]) -> None:
        """`fields` are (label, value, kind) with kind "text", "date" or "dob"."""
        self.heading(self.rng.choice(("Case details", "Section 1: Child / young person's details",
                                      "About the child and the audit")))
        style = ("rows", "grid", "over")[self.index % 3]
        if style == "rows":
            for text, value, kind in fields:
                self.label(1, text)
                self.value(2, value, kind)
                self.row += 1
        elif style == "grid":
            for start in range(0, len(fields), 2):
                for offset, (text, value, kind) in enumerate(fields[start:start + 2]):
                    self.label(1 + 3 * offset, text)
                    self.value(2 + 3 * offset, value, kind)
                self.row += 1
        else:
            for start in range(0, len(fields), 5):
                chunk = fields[start:start + 5]
                for column, (text, _, _) in enumerate(chunk, start=1):
                    self.label(column, text)
                self.row += 1
                for column, (_, value, kind) in enumerate(chunk, start=1):
                    self.value(column, value, kind)
                self.row += 2

    def value(self, column: int, value, kind: str) -> None:
        if kind in ("date", "dob"):
            self.date(column, value, personal=kind == "dob")
        else:
            self.put(column, value)

    def grade_value(self, column: int, grade: str, *, colour: str | None = None, overall: bool = False):
        style = self.grade_style
        if style == "dropdown":
            cell = self.put(column, DROPDOWN[grade], colour=colour, bold=overall)
            self.choose_from(cell, tuple(DROPDOWN[g] for g in DROPDOWN))
        elif style == "number":
            cell = self.put(column, KEY_NUMBER[grade], colour=colour, bold=overall)
            cell.alignment = Alignment(horizontal="center", vertical="top")
        else:
            cell = self.put(column, common.informal_grade(self.rng, grade), colour=colour, bold=overall)
        return cell

    def areas(self, sections) -> None:
        self.heading(self.rng.choice(("Section 2: Areas of practice", "Quality of practice by area",
                                      "Audit judgements by area of practice")))
        area_label = self.rng.choice(("Area of practice", "Practice area", "Theme"))
        evidence_label = self.rng.choice(("Evidence and analysis", "Auditor's evidence / comments",
                                          "Commentary & analysis"))
        if self.grade_style == "columns":
            order = self.rng.choice(common.GRADE_COLUMNS)
            self.mark_style = self.rng.choice(MARKS)
            self.label(1, area_label)
            for column, (_, text) in enumerate(order, start=2):
                self.label(column, text)
            self.label(6, evidence_label)
            self.row += 1
            for section in sections:
                self.put(1, section.name, bold=True)
                for column, (grade, _) in enumerate(order, start=2):
                    if grade == section.grade:
                        self.mark(column)
                self.put(6, section.comment)
                self.row += 1
            self.column_order = order
            return
        grade_label = {"number": "Grade (1-4, see Grading key)", "dropdown": "Grade (select)"}.get(
            self.grade_style, self.rng.choice(("Grade", "Judgement")))
        self.label(1, area_label)
        self.label(2, grade_label)
        self.label(3, evidence_label)
        self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
        self.row += 1
        for section in sections:
            self.put(1, section.name, bold=True)
            self.grade_value(2, section.grade)
            self.put(3, section.comment)
            self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
            self.row += 1

    def mark(self, column: int) -> None:
        if self.mark_style:
            cell = self.put(column, self.mark_style, bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="top")
        else:
            self.put(column, None, fill="808080")

    def overall(self, grade: str) -> None:
        self.row += 1
        self.label(1, self.rng.choice(("Overall grade for this child's file", "OVERALL JUDGEMENT",
                                       "Overall grading (Ofsted key judgement)")))
        if self.grade_style == "columns":
            if self.rng.random() < 0.5:
                for column, (printed, text) in enumerate(self.column_order, start=2):
                    self.put(column, text, bold=printed == grade, strike=printed != grade,
                             fill="FFFF00" if printed == grade else None)
            else:
                self.row += 1
                for column, (_, text) in enumerate(self.column_order, start=2):
                    self.label(column, text)
                self.row += 1
                for column, (printed, _) in enumerate(self.column_order, start=2):
                    if printed == grade:
                        self.mark(column)
        elif self.index % 5 == 1:
            parts = []
            for printed, _, text, _ in KEY:
                font = InlineFont(b=True) if printed == grade else InlineFont(strike=True)
                parts += [TextBlock(font, text), " / "]
            self.put(2, CellRichText(*parts[:-1]))
        else:
            self.grade_value(2, grade, overall=True)
        self.row += 1

    def lists(self, strengths, development) -> None:
        titles = (self.rng.choice(("What is working well?", "Strengths", "Areas of strength")),
                  self.rng.choice(("What needs to improve?", "Areas for development", "Worries / gaps in practice")))
        style = ("rows", "cell", "columns", "rows")[(self.index // 2) % 4]
        if style == "columns":
            self.row += 1
            self.label(1, titles[0])
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
            self.label(3, titles[1])
            self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
            self.row += 1
            for number in range(max(len(strengths), len(development))):
                if number < len(strengths):
                    self.put(1, strengths[number])
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=2)
                if number < len(development):
                    self.put(3, development[number])
                    self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
                self.row += 1
            return
        for title, items in zip(titles, (strengths, development)):
            self.heading(title)
            if style == "cell":
                bullet = self.rng.choice(("\u2022 ", "- ", "* "))
                self.put(1, "\n".join(bullet + item for item in items))
                self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
                self.row += 1
            else:
                for item in items:
                    self.put(1, item)
                    self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
                    self.row += 1

    def actions(self, actions) -> None:
        self.heading(self.rng.choice(("Actions (by who, by when)", "Section 4: Actions arising from the audit",
                                      "Action plan")))
        if not actions:
            self.put(1, self.rng.choice(NO_ACTIONS))
            self.row += 1
            return
        if self.index % 3 == 2:
            for number, action in enumerate(actions, start=1):
                due = self.writer(action.due)
                self.put(1, f"{number}. {action.action} – {action.owner} – by {due}")
                self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
                self.row += 1
            return
        headers = self.rng.choice((("Action", "Responsible", "Timescale", "Completed?"),
                                   ("Action required", "By whom", "By when", "Date completed"),
                                   ("What needs to happen", "Who", "Date due", "Progress")))
        for column, text in enumerate(headers, start=1):
            self.label(column, text)
        self.row += 1
        for action in actions:
            self.put(1, action.action)
            self.put(2, action.owner)
            self.date(3, action.due)
            self.row += 1

    def yes_no(self, question: str, answer: bool, *, detail: str | None = None) -> None:
        self.label(1, question)
        style = ("typed", "dropdown", "boxes")[(self.index + len(question)) % 3]
        if style == "boxes":
            ticked, empty = "\u2612", "\u2610"
            self.put(2, f"{ticked if answer else empty} Yes    {empty if answer else ticked} No")
        else:
            cell = self.put(2, ("Yes" if answer else "No") if style == "dropdown"
                            else self.rng.choice(("Yes", "yes", "YES")) if answer
                            else self.rng.choice(("No", "no", "NO")))
            if style == "dropdown":
                self.choose_from(cell, ("Yes", "No"))
        if detail:
            self.put(3, detail)
            self.sheet.merge_cells(start_row=self.row, start_column=3, end_row=self.row, end_column=6)
        self.row += 1

    def moderation(self, sample, style: str) -> None:
        moderation = sample.moderation
        if style == "absent":
            return
        self.heading(self.rng.choice(("Head of Service moderation", "Section 6: Moderation (Head of Service)",
                                      "Moderation – to be completed by the Head of Service")))
        ink = self.ink
        if style == "cell" and moderation:
            pieces = []
            if moderation.grade:
                agree = "I agree with the grade" if moderation.grade == sample.grade else "I do not agree with the grade"
                pieces.append(f"{agree}: {common.informal_grade(self.rng, moderation.grade)}.")
            pieces += moderation.comments
            pieces.append(f"{moderation.moderator}, {self.writer(moderation.date)}")
            self.put(1, " ".join(pieces), colour=ink)
            self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=6)
            self.row += 1
            return
        labels = (self.rng.choice(("Moderated by", "Head of Service")), self.rng.choice(("Date moderated",
                  "Date of moderation")), "Do you agree with the overall grade?",
                  self.rng.choice(("Moderated grade", "Grade following moderation")),
                  self.rng.choice(("Moderator's comments", "Head of Service comments")))
        for number, text in enumerate(labels):
            self.label(1, text)
            if moderation:
                if number == 0:
                    self.put(2, moderation.moderator, colour=ink)
                elif number == 1:
                    self.date(2, moderation.date, colour=ink)
                elif number == 2 and moderation.grade:
                    self.put(2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                elif number == 3 and moderation.grade:
                    self.put(2, common.informal_grade(self.rng, moderation.grade), colour=ink, bold=True)
                elif number == 4:
                    self.put(2, "\n".join(moderation.comments), colour=ink)
                    self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=6)
            elif number == 4 and self.rng.random() < 0.5:
                self.put(2, self.rng.choice(("Not selected for moderation this month.", "n/a")), italic=True)
            self.row += 1


def _key_sheet(workbook: Workbook, rng: random.Random, brand: str, *, first: bool) -> None:
    sheet = workbook.create_sheet("Grading key", 0 if first else None)
    sheet.column_dimensions["A"].width = 32
    sheet.column_dimensions["B"].width = 10
    sheet.column_dimensions["C"].width = 90
    sheet.cell(row=1, column=1, value="Case File Grading (Ofsted Key Judgements)").font = Font(bold=True, color=brand,
                                                                                              size=12)
    for column, text in enumerate(("Judgement", "Score", "What it looks like on the file"), start=1):
        cell = sheet.cell(row=3, column=column, value=text)
        cell.font = Font(bold=True)
    for row, (_, number, text, descriptor) in enumerate(KEY, start=4):
        sheet.cell(row=row, column=1, value=text)
        sheet.cell(row=row, column=2, value=number)
        cell = sheet.cell(row=row, column=3, value=descriptor)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    if rng.random() < 0.5:
        sheet.cell(row=9, column=1, value="Use the detailed audit guide as the benchmark for 'good'.").font = Font(
            italic=True)


def _choose(today: date) -> list:
    drawn = sample_forms(240, seed=SEED, today=today, feedback_question=True)
    return [form for form in drawn if form.kind == CASE_FILE_AUDIT][:COUNT]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def build(today: date) -> list[HeldOutForm]:
    forms: list[HeldOutForm] = []
    for index, sample in enumerate(_choose(today)):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        # The areas of this toolkit, renamed; a care leaver's file adds pathway planning.
        areas = list(AREAS)
        if _age(sample.child.date_of_birth, sample.date) >= 15:
            areas.insert(6, PATHWAY_AREA)
        chosen = sorted(rng.sample(range(len(areas)), min(len(sample.sections), rng.choice((5, 6, 7)))))
        sections = tuple(replace(section, name=areas[position])
                         for section, position in zip(sample.sections, chosen))
        changes: dict = {"sections": sections, "title": rng.choice(TITLES)}
        if sample.grade not in {section.grade for section in sections}:
            changes["sections"] = (replace(sections[0], grade=sample.grade), *sections[1:])
        if index % 4 == 1:
            changes["case_id"] = common.case_reference(rng, sample.case_id)
        if index == 9:
            changes["actions"] = ()
        moderation_style = "box"
        if sample.moderation is not None:
            if index % 5 == 3:
                changes["moderation"] = None
                moderation_style = "absent"
            elif rng.random() < 0.4:
                moderation_style = "cell"
        else:
            moderation_style = rng.choice(("box", "absent", "absent"))
        sample = replace(sample, **changes)
        data, also, others = _workbook(sample, index, rng, today, moderation_style)
        forms.append(common.held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also))
    return forms


def _workbook(sample, index: int, rng: random.Random, today: date, moderation_style: str):
    workbook = Workbook()
    key_sheet = index % 4 == 2 or rng.random() < 0.4
    sheet = _Sheet(workbook, rng, index, sample, key_sheet=key_sheet)
    if key_sheet:
        _key_sheet(workbook, rng, sheet.brand, first=rng.random() < 0.5)
    sheet.top(sample.title)

    child = sample.child
    case_value: object = sample.case_id
    if sample.case_id.isdigit() and rng.random() < 0.5:
        case_value = int(sample.case_id)
    fields: list[tuple[str, object, str]] = []
    named = index % 7 != 4
    others: list[str] = []
    also: list[str] = []
    if named:
        fields.append((rng.choice(("Child / young person's name", "Name of child", "Young person")),
                       child.full_name, "text"))
    fields.append((rng.choice(("LCS ID", "Child's LCS number", "ID number")), case_value, "text"))
    if named:
        fields.append((rng.choice(("Date of birth", "DOB")), child.date_of_birth, "dob"))
    age = _age(child.date_of_birth, sample.date)
    fields.append(("Legal status", "Care leaver (relevant child)" if age >= 16 and rng.random() < 0.5
                   else rng.choice(LEGAL_STATUSES), "text"))
    fields.append(("Placement type", rng.choice(PLACEMENTS), "text"))
    if named and index % 4 == 0:
        brothers = common.siblings(rng, child, rng.choice((1, 2)), today)
        others += [name for name, _ in brothers]
        written = "; ".join(f"{name} ({sheet.writer(born)})" for name, born in brothers)
        also += [sheet.writer(born) for _, born in brothers]
        fields.append(("Brothers / sisters", written, "text"))
    if named and index % 3 == 1:
        fields.append(("Birth parents", " and ".join(child.parents), "text"))
    fields += [
        (rng.choice(("Allocated social worker", "Social worker", "Allocated worker")), sample.practitioner, "text"),
        (rng.choice(("Team", "Team name")), sample.team, "text"),
        (rng.choice(("Service", "Service area")), sample.service, "text"),
        (rng.choice(("Auditor (manager completing)", "Auditing manager", "Audited by")), sample.auditor, "text"),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), sample.date, "date"),
    ]
    sheet.details(fields)
    sheet.areas(sample.sections)
    sheet.overall(sample.grade)
    strengths, development = list(sample.strengths), list(sample.development_areas)
    sheet.lists(strengths, development)
    sheet.actions(sample.actions)
    sheet.heading(rng.choice(("Section 5: Escalation and feedback", "Other questions", "Safeguarding check")))
    sheet.yes_no(rng.choice(("Are there any immediate safeguarding concerns needing escalation today?",
                             "Urgent concern about the young person's safety identified?")),
                 sample.urgent_concern, detail=sample.urgent_concern_detail)
    if sample.feedback_sought is not None:
        sheet.yes_no(rng.choice(("Were the young person's and carers' views sought as part of this audit?",
                                 "Feedback sought from the child / young person and family?")),
                     sample.feedback_sought)
    sheet.moderation(sample, moderation_style)

    last = sample.moderation.date if sample.moderation else sample.date
    written = datetime.combine(last, time(16, 10))
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.title = sample.title
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue()), tuple(dict.fromkeys(also + sheet.also)), tuple(others)
