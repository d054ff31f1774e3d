"""A safeguarding partnership's joint case audit of one child, kept as an
Excel workbook that the lead auditor circulates to the agencies taking
part: the case (the child, the case reference, the allocated social worker
and their team and service), which agencies took part and who led the
audit; a part for each agency's own return (whether it knew the child,
what its records show, its own learning); five key lines of enquiry, each
with the joint findings agreed at the audit meeting and a grade; the
overall grade; the learning (what worked well, what needs to develop); an
immediate-safeguarding question; a multi-agency action plan (or a
sentence saying there are no actions); and the moderation by the Head of
Service or the partnership's quality assurance chair.

Modelled on the South Tyneside Safeguarding Children Board as its Annual
Report 2015-16 (final, August 2016) describes it: a board of partners
(council, police, health, schools, probation and others) "holding each
other to account" and learning together, with core functions that include
monitoring and evaluating the effectiveness of what partners do, a chapter
on the board's effectiveness and challenge and one asking "How safe are
our children and young people?". The report describes the board, not an
audit workbook, so the workbook is our own judgement: one sheet, or a
"Case" / "Agency returns" / "KLOE" / "Summary" set (sometimes with a
hidden sheet for the drop-down lists); case details one to a row, as two
label / value pairs to a row, or as a strip of labels over their values;
the agencies as a list in one cell or as a tick list of partners; each
area's grade from a drop-down, typed informally, scored on a printed 1–4
key, marked under four grade columns, or with the grades not chosen
struck through; dates typed in several spellings or kept as Excel dates;
the moderation in a box of its own in a colour of the moderator's.
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

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

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
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "joint_case_audit_workbook"
PARTNERSHIP = "Safeguarding Children Partnership"

# The sample's areas, in the order the partnership asks its key lines of
# enquiry, and what it calls each.
KLOES = (
    ("Voice of the child", "The child's lived experience – do all partners know what life is like for the child?"),
    ("Assessment of need and risk", "A shared understanding of need and risk"),
    ("Information sharing between agencies", "Information sharing and communication between partners"),
    ("Multi-agency plan", "Working together on the plan – core groups and reviews"),
    ("Impact and outcomes for the child", "What difference has the help made for the child?"),
)
TITLES = (
    "Joint Multi-Agency Case Audit",
    "Multi-Agency Case Audit – Joint Audit Workbook",
    "JOINT CASE AUDIT (MULTI-AGENCY)",
    "Partnership Joint Case Audit Tool",
)
COLUMN_GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADINGS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires improvement", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORE_KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "partners together made a clear and lasting difference for the child",
    GOOD: "partners worked well together; the child is safer and better supported",
    REQUIRES_IMPROVEMENT: "no child left at risk, but partnership working is not yet consistently good",
    INADEQUATE: "partnership working left the child at risk or without help they needed",
}
STRUCK_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
AGENCY_QUESTIONS = (
    "Was the child known to your agency at the time of the audit?",
    "Did your agency contribute to the assessment / plan?",
    "Did your agency attend the last strategy meeting, conference or core group?",
)
AGENCY_NOTES = (
    "Records show regular contact and concerns passed to the social worker promptly.",
    "Contact recorded but not always shared with the lead professional.",
    "Attendance at core groups was good; reports were not always submitted in advance.",
    "Single-agency chronology completed for the audit; gaps in recording over the summer.",
    "Agency was aware of the plan but its role in it was not clear to staff.",
    "Information was shared appropriately and the child's views were recorded.",
)
NO_ACTIONS = ("No multi-agency actions arising – the current plan addresses the learning.",
              "No actions required from this audit.", "None – learning to be shared via the partnership briefing only.")
NOT_MODERATED = ("", "Not moderated – not in this month's sample.", "N/A", "Not selected for moderation")
OWNERS = {"Social worker": "CSC – allocated social worker", "Practice manager": "CSC – team manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9811)
    pool = tool_samples(70, seed=9811, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Sheet:
    """A worksheet written top to bottom, eight columns wide (A to H)."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1
        for letter, width in zip("ABCDEFGH", (30, 18, 18, 18, 14, 14, 14, 14)):
            sheet.column_dimensions[letter].width = width

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None, strike: bool = False,
             number_format: str | None = None, border: bool = True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def title(self, text: str, sub: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14)
        self.merge(self.row, 1, 8)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1
        self.cell(self.row, 1, sub, italic=True, border=False)
        self.merge(self.row, 1, 8)
        self.row += 2

    def band(self, text: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, 8)
        self.row += 1

    def line(self, text: str, *, italic: bool = False, bold: bool = False, colour: str | None = None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, border=False, colour=colour)
        self.merge(self.row, 1, 8)
        self.row += 1

    def wide(self, text: str, *, height: int = 30, colour: str | None = None) -> None:
        self.cell(self.row, 1, text, colour=colour)
        self.merge(self.row, 1, 8)
        self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label: str, value, *, number_format: str | None = None, colour: str | None = None,
             bold_value: bool = False) -> int:
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold_value)
        self.merge(self.row, 2, 8)
        row = self.row
        self.row += 1
        return row

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "struck"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    column_mark = rng.choice(("X", "x", "\u2713", ""))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("rows", "pairs", "strip"))
    agency_style = rng.choice(("list", "ticks"))
    hidden_lists = rng.random() < 0.4
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    partnership = f"{COUNCIL.split()[0]} {PARTNERSHIP}" if rng.random() < 0.5 else PARTNERSHIP

    # The sample as this workbook carries it.
    by_name = {section.name: section for section in sample.sections}
    changed: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                       for old, title in KLOES)}
    if rng.random() < 0.6:
        changed["case_id"] = case_reference(rng, sample.case_id)
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changed["actions"] = actions
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    if agency_style == "ticks":
        agencies = tuple(agency for agency in AGENCIES if agency in agencies)
    changed["own"] = tuple(ToolField(own.key, own.label, agencies, list(agencies)) if own.key == "agencies"
                           else own for own in sample.own)
    if household and rng.random() < 0.5:
        changed["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changed)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(KLOES)
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    validations: dict[tuple[str, ...], DataValidation] = {}
    lists_sheet = None

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_sheet
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_sheet is None:
                    lists_sheet = workbook.create_sheet("Lists")
                    lists_sheet.sheet_state = "hidden"
                    column = 1
                else:
                    column = lists_sheet.max_column + 1
                for position, choice in enumerate(choices, start=1):
                    lists_sheet.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Joint audit", "MACA", "Audit"))
        case_ws = agency_ws = kloe_ws = summary_ws = first
    else:
        first.title = rng.choice(("1 Case", "Case details", "Front sheet"))
        agency_ws = workbook.create_sheet(rng.choice(("2 Agency returns", "Agency returns", "Single agency")))
        kloe_ws = workbook.create_sheet(rng.choice(("3 KLOE", "Key lines of enquiry", "Joint findings")))
        summary_ws = workbook.create_sheet(rng.choice(("4 Summary", "Learning & actions", "Sign off")))
        case_ws = first
    writers = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, brand, font)
        return writers[ws.title]

    title = rng.choice(TITLES)
    sub = f"{partnership} – {COUNCIL}"

    # --- the case -------------------------------------------------------------
    sheet = writer(case_ws)
    sheet.title(title, sub)
    sheet.band(rng.choice(("Section 1 – The case", "CASE DETAILS", "About the child and the audit")))
    audit_day = day(sample.date)
    born = when(child.date_of_birth)
    lead = rng.choice(("Lead auditor", "Audit lead", "Lead auditor (CSC)"))
    details = [
        ("Child's name", child.full_name, None),
        ("Date of birth", born, None),
        (rng.choice(("Case reference", "LCS number", "Child ID")), sample.case_id, None),
        ("Address", ", ".join((*child.address_lines, child.postcode)), None),
        ("Parents / carers", " and ".join(child.parents), None),
        (rng.choice(("Allocated social worker", "Social worker")), sample.practitioner, None),
        ("Team", sample.team, None),
        ("Service", sample.service, None),
        (lead, sample.auditor, None),
        (rng.choice(("Date of audit meeting", "Date of audit", "Audit date")), *audit_day),
    ]
    if household:
        details.insert(5, ("Siblings", "; ".join(f"{name} ({when(born_on)})" for name, born_on in household), None))
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.skip()
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (text, value, number_format) in enumerate(chunk):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.sheet.row_dimensions[sheet.row + 1].height = 30
            sheet.skip(2)
    sheet.skip()

    sheet.band(rng.choice(("Agencies taking part in this audit", "Partners involved", "Agencies involved")))
    if agency_style == "list":
        sheet.wide(", ".join(agencies), height=20)
    else:
        sheet.line(rng.choice(("Tick each agency that completed a return:", "Mark the agencies taking part")),
                   italic=True)
        tick = rng.choice(("\u2713", "Yes", "X"))
        for agency in AGENCIES:
            sheet.cell(sheet.row, 1, agency, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, tick if agency in agencies else None)
            sheet.skip()
    sheet.skip()

    # --- each agency's own return --------------------------------------------------
    sheet = writer(agency_ws)
    if agency_ws is not case_ws:
        sheet.title(title, sub)
    sheet.band(rng.choice(("Section 2 – Single agency returns", "AGENCY RETURNS",
                           "What each agency's records show")))
    sheet.line("Each agency completes its own part before the joint audit meeting.", italic=True)
    for agency in agencies:
        sheet.cell(sheet.row, 1, agency, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 8)
        sheet.skip()
        for question in AGENCY_QUESTIONS:
            sheet.cell(sheet.row, 1, question)
            sheet.merge(sheet.row, 1, 6)
            answer = rng.choices(("Yes", "No", "Partly"), weights=(7, 1, 2))[0]
            target = sheet.cell(sheet.row, 7, answer, fill="FFF2CC")
            sheet.merge(sheet.row, 7, 8)
            dropdown(agency_ws, target.coordinate, ("Yes", "No", "Partly"))
            sheet.skip()
        sheet.cell(sheet.row, 1, rng.choice(("Agency comments", "What our records show", "Single agency learning")),
                   bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, rng.choice(AGENCY_NOTES))
        sheet.merge(sheet.row, 2, 8)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.skip(2)

    # --- the key lines of enquiry -----------------------------------------------------
    sheet = writer(kloe_ws)
    if kloe_ws is not agency_ws:
        sheet.title(title, sub)
    sheet.band(rng.choice(("Section 3 – Key lines of enquiry (joint findings)", "KEY LINES OF ENQUIRY",
                           "Joint audit findings")))
    if style == "score" or rng.random() < 0.3:
        sheet.line("Grade key:" if style != "score" else "Score each line of enquiry 1–4 using this key:",
                   bold=True)
        for grade in COLUMN_GRADES:
            text = (f"{SCORE_KEY[grade]} = {KEY_WORDS[grade]}: {KEY_MEANINGS[grade]}" if style == "score"
                    else f"{KEY_WORDS[grade]} – {KEY_MEANINGS[grade]}")
            sheet.line(text, italic=True)
        sheet.skip()
    grade_label = rng.choice(("Grade", "Joint grade", "Agreed grade"))
    if style in ("columns", "struck"):
        sheet.cell(sheet.row, 1, "Key line of enquiry", bold=True, fill="D9E1F2")
        sheet.cell(sheet.row, 2, "Joint findings", bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 2, 4)
        texts = headings if style == "columns" else (grade_label, "", "", "")
        for column, text in zip(range(5, 9), texts):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        if style == "struck":
            sheet.merge(sheet.row, 5, 8)
    else:
        sheet.cell(sheet.row, 1, "Key line of enquiry", bold=True, fill="D9E1F2")
        sheet.cell(sheet.row, 2, "Joint findings", bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 2, 6)
        sheet.cell(sheet.row, 7, grade_label, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 7, 8)
    sheet.skip()
    for number, section in enumerate(sample.sections, start=1):
        sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True)
        row = sheet.row
        if style in ("columns", "struck"):
            sheet.cell(row, 2, section.comment)
            sheet.merge(row, 2, 4)
            _grade_cells(sheet, row, style, section.grade, headings, column_mark)
        else:
            sheet.cell(row, 2, section.comment)
            sheet.merge(row, 2, 6)
            target = sheet.cell(row, 7, _grade_text(rng, style, section.grade, words), bold=True, fill="FFF2CC")
            sheet.merge(row, 7, 8)
            if style == "dropdown":
                dropdown(kloe_ws, target.coordinate, tuple(words[grade] for grade in COLUMN_GRADES))
        sheet.sheet.row_dimensions[row].height = 48
        sheet.skip()
        if section.name in remarks:
            sheet.cell(sheet.row, 1, rng.choice(("Moderator's note", "HoS comment")), bold=True, colour=ink)
            sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
            sheet.merge(sheet.row, 2, 8)
            sheet.skip()
    sheet.skip()

    # --- summary, learning, actions, sign-off -------------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not kloe_ws:
        sheet.title(title, sub)
    sheet.band(rng.choice(("Section 4 – Overall grade", "OVERALL JUDGEMENT", "Overall grade for the partnership's work")))
    label_text = rng.choice(("Overall grade agreed at the audit meeting", "Overall grade", "Overall judgement"))
    if overall_style in ("columns", "struck"):
        if overall_style == "columns":
            for column, text in zip(range(5, 9), headings):
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
            sheet.skip()
        sheet.cell(sheet.row, 1, label_text, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        _grade_cells(sheet, sheet.row, overall_style, sample.grade, headings, column_mark)
    else:
        sheet.cell(sheet.row, 1, label_text, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        target = sheet.cell(sheet.row, 5, _grade_text(rng, overall_style, sample.grade, words), bold=True,
                            fill="FFF2CC")
        sheet.merge(sheet.row, 5, 8)
        if overall_style == "dropdown":
            dropdown(summary_ws, target.coordinate, tuple(words[grade] for grade in COLUMN_GRADES))
    sheet.skip(2)

    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for heading, items in ((rng.choice(("Learning – what worked well", "Strengths", "What went well for the child")),
                            sample.strengths),
                           (rng.choice(("Learning – areas for development", "Areas for development",
                                        "What needs to be better")), sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.wide(f"{bullet}{item}", height=28)
        sheet.skip()

    sheet.band(rng.choice(("Immediate safeguarding", "Is the child safe today?", "Urgent concerns")))
    question = rng.choice((
        "Has the audit identified any concern about the child's safety that needs action today?",
        "Is there an immediate safeguarding concern to be escalated to the Front Door / MASH?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 6)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = sheet.cell(sheet.row, 7, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 7, 8)
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes – what was done, by whom and when", bold=True, fill="FCE4D6")
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 2, 8)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip(2)

    sheet.band(rng.choice(("Multi-agency action plan", "Section 5 – Actions", "ACTION PLAN")))
    if sample.actions or rng.random() < 0.5:
        headers = rng.choice((("Action", "Agency / owner", "By when", "Update"),
                              ("What needs to happen", "Lead", "Target date", "RAG")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, headers[1], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 5, 6)
        sheet.cell(sheet.row, 7, headers[2], bold=True, fill="D9E1F2")
        sheet.cell(sheet.row, 8, headers[3], bold=True, fill="D9E1F2")
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.cell(sheet.row, 8, rng.choice(("", "", "Not started")))
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
        if not sample.actions:
            sheet.cell(sheet.row, 1, rng.choice(NO_ACTIONS))
            sheet.merge(sheet.row, 1, 8)
            sheet.skip()
    else:
        sheet.line(rng.choice(NO_ACTIONS))
    sheet.skip()

    if moderation or rng.random() < 0.75:
        sheet.band(rng.choice(("Moderation – Head of Service", "Moderation (Head of Service / Partnership QA chair)",
                               "QUALITY ASSURANCE MODERATION")))
        labels = (rng.choice(("Moderated by", "Moderator")), rng.choice(("Date moderated", "Date")),
                  "Agree with the overall grade?", rng.choice(("Moderated grade", "Grade after moderation")),
                  rng.choice(("Moderator's comments", "Comments")))
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = rng.choice(("Agree", "Yes")) if moderation.grade == sample.grade else rng.choice(
                    ("Disagree", "No"))
                grade_text = (words[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_format, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for text, value, number_format in zip(labels, values, formats):
            row = sheet.pair(text, value, number_format=number_format, colour=ink if moderation else None,
                             bold_value=text == labels[3])
            if text == labels[4]:
                sheet.sheet.row_dimensions[row].height = 45

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (born, *(when(born_on) for _, born_on in household), ", ".join((*child.address_lines, child.postcode)),
            " and ".join(child.parents))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _grade_text(rng: random.Random, style: str, grade: str, words) -> str | int:
    if style == "dropdown":
        return words[grade]
    if style == "score":
        return SCORE_KEY[grade] if rng.random() < 0.6 else f"{SCORE_KEY[grade]} ({KEY_WORDS[grade]})"
    return informal_grade(rng, grade, note_chance=0.25)


def _grade_cells(sheet: _Sheet, row: int, style: str, grade: str, headings, mark: str) -> None:
    """Four cells E:H: a mark (or a fill) under the chosen grade's column, or
    every grade printed with the ones not chosen struck through."""
    for column, option in zip(range(5, 9), COLUMN_GRADES):
        if style == "columns":
            if option == grade:
                if mark:
                    sheet.cell(row, column, mark, bold=True)
                else:
                    sheet.cell(row, column, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(row, column, None)
        else:
            chosen = option == grade
            sheet.cell(row, column, STRUCK_WORDS[option], bold=chosen, strike=not chosen,
                       colour=None if chosen else "808080")
