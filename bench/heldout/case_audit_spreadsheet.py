"""A line manager's audit of one child's case file kept as an Excel
workbook: the child and case details (case reference, the child, date of
birth, legal status, social worker, team, service, auditing manager, date
of audit), seven areas of practice each with the auditor's evidence and a
grade, the overall grade, strengths, areas for development, the
urgent-concern question, whether the child's and family's views were
sought, actions with who and by when, and the Head of Service's
moderation.

Modelled on the London Borough of Barnet's Family Services as its
"Safeguarding Children and Young People in Barnet" paper describes them
(Appendix 1, drawing on the Family Services Quality Assurance Annual
Report: a series of monthly case audits by managers in social care and
thematic audits by a quality assurance team, their findings summarised
for learning since January 2014). The paper describes the audit
programme, not its tool, so the workbook is our own judgement of how a
London borough's monthly managers' audit looks when kept in Excel: one
sheet, or a "Case details" / "Practice areas" / "Summary" / "Moderation"
set of sheets with a hidden "Lists" sheet behind the drop-downs; details
as label and value pairs down the sheet, two pairs to a row, or a row of
headings over one row of values; each area graded from a drop-down, typed
informally, scored 1 to 4 on a printed key, given a RAG colour on a
printed key, or marked under four grade columns; dates typed in several
spellings or kept as Excel dates; actions as a table, numbered lines in
one cell, or a "no actions" sentence; the Head of Service's moderation in
a coloured ink, on its own sheet or in a box at the foot.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import CASE_FILE_AUDIT, COUNCIL, Section
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "case_audit_spreadsheet"
SEED = 8317

# The council's seven areas of practice, in its order (our judgement).
AREAS = (
    "The child's journey and timeliness",
    "Quality of assessment and analysis",
    "Voice and lived experience of the child",
    "Planning and progress against the plan",
    "Working with the family and their network",
    "Partnership working and information sharing",
    "Supervision and management oversight",
)
AREA_PROMPTS = (
    "Has the child been seen and helped at the right time, without drift or delay?",
    "Does the assessment analyse risk and need, using history, and reach a clear conclusion?",
    "Is it clear what life is like for the child and what the child has said?",
    "Is the plan SMART, reviewed on time and making a difference?",
    "Are parents, carers and the wider family involved and listened to?",
    "Are partners contributing and is information shared promptly?",
    "Is there regular, reflective supervision giving clear direction?",
)
TITLES = (
    "Monthly Case File Audit – Managers' Audit Tool",
    "CASE FILE AUDIT (Family Services)",
    "Children's Social Care – Case Audit Workbook",
    "Quality Assurance: Monthly Case Audit",
)
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
            INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
SCORES = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
RAG = {OUTSTANDING: ("Blue", "5B9BD5"), GOOD: ("Green", "70AD47"), REQUIRES_IMPROVEMENT: ("Amber", "FFC000"),
       INADEQUATE: ("Red", "FF5050")}
GRADE_FILLS = {OUTSTANDING: "9DC3E6", GOOD: "A9D08E", REQUIRES_IMPROVEMENT: "FFD966", INADEQUATE: "F4B084"}
LEGAL_STATUSES = ("Child in Need (s.17)", "Child Protection Plan", "Looked After (s.20)", "Looked After (s.31 ICO)",
                  "CIN", "CP – neglect", "CLA", "Care leaver")
NO_ACTIONS = ("No actions – the plan already covers everything found.", "None identified.",
              "No further actions arising from this audit.")
NOT_MODERATED = ("", "Not selected for moderation", "n/a", "Not moderated this month")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "dd/mm/yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(120, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    rest = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in rest if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in rest if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in rest if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in rest if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """Cells written down a worksheet, row by row."""

    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1

    def put(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
            colour: str | None = None, fill: str | None = None, size: int = 10, fmt: str | None = None,
            border: bool = True, strike: bool = False):
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def band(self, text: str, last: int) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def text(self, text: str, last: int, *, italic: bool = False, bold: bool = False, height: int | None = None):
        self.put(self.row, 1, text, italic=italic, bold=bold, border=False)
        self.merge(self.row, 1, last)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label: str, value, last: int, *, fmt: str | None = None, colour: str | None = None,
             bold: bool = False, height: int | None = None) -> int:
        self.put(self.row, 1, label, bold=True, fill="EDEDED")
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 3, last)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        row = self.row
        self.row += 1
        return row


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    style = (("dropdown", "typed", "score", "rag", "columns") * 4)[index]
    overall_style = style if style != "columns" or rng.random() < 0.5 else "dropdown"
    details_layout = ("pairs", "grid", "register")[index % 3]
    sheets = index % 4 != 1
    hidden_lists = sheets and rng.random() < 0.7
    actions_style = rng.choice(("table", "table", "lines"))
    show_service = rng.random() < 0.7
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    title = rng.choice(TITLES)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))

    # The sample as this workbook carries it.
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for name, section in zip(AREAS, sample.sections, strict=True))}
    renamed = {section.name: name for name, section in zip(AREAS, sample.sections)}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.15:
        changes["actions"] = ()
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists = None

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists is None:
                    lists = workbook.create_sheet("Lists")
                    lists.sheet_state = "hidden"
                column = len(validations) + 1
                for position, choice in enumerate(choices, start=1):
                    lists.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if sheets:
        first.title = rng.choice(("Case details", "1 Details", "Cover"))
        details_ws = first
        areas_ws = workbook.create_sheet(rng.choice(("Practice areas", "2 Audit", "Audit areas")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3 Summary & actions", "Findings")))
        moderation_ws = workbook.create_sheet(rng.choice(("Moderation", "HoS moderation", "4 Moderation")))
    else:
        first.title = rng.choice(("Case audit", "Audit"))
        details_ws = areas_ws = summary_ws = moderation_ws = first
    width = 8 if style == "columns" else 6
    for ws in {details_ws, areas_ws, summary_ws, moderation_ws}:
        for letter, size in zip("ABCDEFGHI", (7, 30, 50, 22, 16, 30, 9, 9, 9)):
            ws.column_dimensions[letter].width = size
    writers: dict = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    # --- title and details --------------------------------------------------
    sheet = writer(details_ws)
    sheet.put(1, 1, council_line(rng), bold=True, colour=brand, size=12, border=False)
    sheet.merge(1, 1, width)
    sheet.put(2, 1, title, bold=True, size=14, border=False)
    sheet.merge(2, 1, width)
    sheet.row = 4
    audit_day, audit_fmt = day(sample.date)
    born, born_fmt = day(child.date_of_birth)
    details = [
        (rng.choice(("Case reference", "LCS ref", "Child ID")), sample.case_id, None),
        (rng.choice(("Child's name", "Name of child")), child.full_name, None),
        ("Date of birth", born, born_fmt),
        ("Legal status", rng.choice(LEGAL_STATUSES), None),
        (rng.choice(("Allocated social worker", "Social worker", "Allocated worker")), sample.practitioner, None),
        ("Team", sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details += [
        (rng.choice(("Auditing manager", "Auditor", "Audit completed by")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), audit_day, audit_fmt),
    ]
    if household:
        details.append(("Other children in the household", ", ".join(name for name, _ in household), None))
    sheet.band(rng.choice(("Section 1 – Case details", "CASE DETAILS", "About the child and the case")), width)
    if details_layout == "pairs":
        for label, value, fmt in details:
            sheet.pair(label, value, width, fmt=fmt)
    elif details_layout == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 3
                sheet.put(sheet.row, column, label, bold=True, fill="EDEDED")
                if offset == 0:
                    sheet.merge(sheet.row, column, column + 1)
                target = column + 2 if offset == 0 else column + 1
                sheet.put(sheet.row, target, value, fmt=fmt)
                if offset == 1:
                    sheet.merge(sheet.row, target, width)
            sheet.row += 1
    else:
        # headings across, one row of values under them (the register style)
        for start in range(0, len(details), 5):
            chunk = details[start:start + 5]
            for offset, (label, value, fmt) in enumerate(chunk):
                sheet.put(sheet.row, 2 + offset, label, bold=True, fill="D9E1F2")
                sheet.put(sheet.row + 1, 2 + offset, value, fmt=fmt, fill="FFF2CC")
            sheet.row += 3
    sheet.row += 1

    # --- areas of practice ----------------------------------------------------
    sheet = writer(areas_ws)
    if areas_ws is not details_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, width)
        sheet.row = 3
    sheet.band(rng.choice(("Section 2 – Areas of practice", "AREAS OF PRACTICE", "The audit")), width)
    if style == "score" or overall_style == "score":
        sheet.text("Grade each area 1–4:  1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                   "4 = Inadequate", width, bold=True)
    if style == "rag":
        sheet.text("RAG key:  Blue = Outstanding;  Green = Good;  Amber = Requires improvement;  Red = Inadequate",
                   width, bold=True)
    if style == "dropdown" and rng.random() < 0.5:
        sheet.text("Choose a grade from the drop-down in the Grade column.", width, italic=True)
    headers = ["No.", "Area of practice", rng.choice(("Evidence / analysis", "Evidence from the file",
                                                      "What did you find? (evidence)"))]
    if style == "columns":
        headers += [rng.choice(("Outstanding", "O")), rng.choice(("Good", "G")), "RI", rng.choice(("Inadequate", "I"))]
    else:
        headers += [{"dropdown": "Grade", "typed": "Grade", "score": "Score (1-4)", "rag": "RAG"}[style]]
    remark_column = len(headers) + 1
    if remarks:
        headers.append(rng.choice(("HoS comment", "Moderator's comment")))
    for column, text in enumerate(headers, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
    sheet.row += 1
    for number, (section, prompt) in enumerate(zip(sample.sections, AREA_PROMPTS), start=1):
        sheet.put(sheet.row, 1, number)
        sheet.put(sheet.row, 2, f"{section.name}\n{prompt}" if rng.random() < 0.5 else section.name, bold=False)
        sheet.put(sheet.row, 3, section.comment)
        _grade_cells(sheet, rng, style, section.grade, 4, areas_ws, dropdown)
        if section.name in remarks:
            sheet.put(sheet.row, remark_column, remarks[section.name], colour=ink, italic=True)
        elif remarks:
            sheet.put(sheet.row, remark_column, None)
        sheet.sheet.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    sheet.row += 1

    # --- summary ----------------------------------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not areas_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, width)
        sheet.row = 3
    sheet.band(rng.choice(("Section 3 – Overall grade", "OVERALL JUDGEMENT", "Overall grade for the case")), width)
    if overall_style == "columns":
        for offset, grade in enumerate(GRADE_ORDER):
            sheet.put(sheet.row, 4 + offset, SHORT[grade], bold=True, fill="D9E1F2")
        sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Overall grade", "Overall judgement on the quality of practice",
                                        "Auditor's overall grade")), bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 3)
    _grade_cells(sheet, rng, overall_style, sample.grade, 4, summary_ws, dropdown, overall=True)
    sheet.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.5
    for heading, items in ((rng.choice(("Strengths", "What is working well", "Strengths in practice")),
                            sample.strengths),
                           (rng.choice(("Areas for development", "What needs to improve", "Areas to develop")),
                            sample.development_areas)):
        sheet.band(heading, width)
        if one_cell:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), width, height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.put(sheet.row, 1, f"{bullet}{item}")
                sheet.merge(sheet.row, 1, width)
                sheet.sheet.row_dimensions[sheet.row].height = 28
                sheet.row += 1
        sheet.row += 1

    sheet.band(rng.choice(("Safeguarding", "Immediate concerns", "Is the child safe?")), width)
    question = rng.choice((
        "Is there an immediate safeguarding concern that needs escalating to the team manager today?",
        "Did the audit find any child at risk of significant harm where action is needed now?",
        "Urgent concern identified?",
    ))
    sheet.put(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 3)
    answer = "Yes" if sample.urgent_concern else "No"
    cell = sheet.put(sheet.row, 4, answer, bold=True, fill="FFF2CC")
    dropdown(summary_ws, cell.coordinate, ("Yes", "No"))
    sheet.row += 1
    sheet.put(sheet.row, 1, "If yes, what was done and who was told", bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 3)
    sheet.put(sheet.row, 4, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 4, width)
    sheet.sheet.row_dimensions[sheet.row].height = 40
    sheet.row += 1
    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, rng.choice(("Were the child's and family's views sought as part of this audit?",
                                            "Child / family feedback sought?")), bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 1, 3)
        cell = sheet.put(sheet.row, 4, "Yes" if sample.feedback_sought else "No", bold=True, fill="FFF2CC")
        dropdown(summary_ws, cell.coordinate, ("Yes", "No"))
        sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Action plan", "ACTIONS – who, what, by when")), width)
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), width)
    elif actions_style == "table":
        headers = rng.choice((("No.", "Action", "Who", "By when"), ("#", "What needs to happen", "Responsible",
                                                                     "Timescale")))
        for column, text in enumerate(headers, start=1):
            sheet.put(sheet.row, column + (1 if column > 2 else 0), text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 2, 3)
        sheet.row += 1
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 3)
            sheet.put(sheet.row, 4, action.owner)
            value, fmt = day(action.due)
            sheet.put(sheet.row, 5, value, fmt=fmt)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.text("\n".join(lines), width, height=30 * len(lines))
    sheet.row += 1

    # --- moderation ---------------------------------------------------------------
    sheet = writer(moderation_ws)
    if moderation_ws is not summary_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, width)
        sheet.row = 3
    sheet.band(rng.choice(("Section 4 – Head of Service moderation", "MODERATION (Head of Service)",
                           "Moderation")), width)
    labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date moderated", "Date of moderation")),
              rng.choice(("Do you agree with the overall grade?", "Agree with auditor's grade?")),
              rng.choice(("Moderated grade", "Grade following moderation")),
              rng.choice(("Moderator's comments", "HoS comments")))
    if moderation:
        moderated_on, moderated_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = DROPDOWN[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, moderated_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 5
    for label, value, fmt in zip(labels, values, formats):
        row = sheet.pair(label, value, width, fmt=fmt, colour=ink if moderation else None,
                         bold=label == labels[3], height=50 if label == labels[4] else None)
        if label == labels[2]:
            dropdown(moderation_ws, f"C{row}", ("Yes", "No"))

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _grade_cells(sheet: _Writer, rng: random.Random, style: str, grade: str, column: int, ws, dropdown, *,
                 overall: bool = False) -> None:
    """A grade in the workbook's style, starting at `column` of the current row."""
    row = sheet.row
    if style == "columns":
        chosen = rng.choice(("X", "x", "\u2713", ""))
        for offset, option in enumerate(GRADE_ORDER):
            if option == grade:
                sheet.put(row, column + offset, chosen or None, bold=True,
                          fill=GRADE_FILLS[grade] if not chosen else None)
            else:
                sheet.put(row, column + offset, None)
    elif style == "dropdown":
        cell = sheet.put(row, column, DROPDOWN[grade], bold=True, fill="FFF2CC")
        dropdown(ws, cell.coordinate, tuple(DROPDOWN[option] for option in GRADE_ORDER))
    elif style == "score":
        score = SCORES[grade]
        sheet.put(row, column, score if not overall or rng.random() < 0.5 else f"{score} – {DROPDOWN[grade]}",
                  bold=True, fill="FFF2CC")
    elif style == "rag":
        word, fill = RAG[grade]
        sheet.put(row, column, word if not overall else f"{word} ({SHORT[grade]})", bold=True, fill=fill)
    else:
        sheet.put(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
