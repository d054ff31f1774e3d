"""A line manager's case file audit kept as an Excel workbook, one child's
file to a workbook: the case details on a front sheet (or at the top of a
single sheet), seven areas of practice each with what the service expects
to see, the auditor's evidence from the file and a grade, then the overall
grade, what is working well, what needs to improve, whether the child's
and family's views were sought (when the workbook asks), an immediate
safety question, actions with who and by when, and the Head of Service's
moderation.

Modelled on Oldham Council's children's social care as the published
account of Ofsted's 2019 inspection describes it ("Oldham requires
improvement to be good", WillisPalmer's summary of the report): leaders
had lacked an understanding of the quality of social work practice until
extensive auditing from 2018 gave them an accurate evaluation; the quality
of assessments of children's needs and of care planning was inconsistent;
stepping cases up from early help did not always lead to an effective
assessment; child protection enquiries ended without all the information
being weighed. The seven areas follow those findings (the child's lived
experience, assessment of need and risk, the plan, working with partners
and the family network, impact, management oversight and decision making,
recording). The account shows no form, so the workbook is our own
judgement: merged title rows in a brand colour; the details one to a row,
two pairs to a row, or as a strip of labels over a row of values; a
single sheet or a "Front sheet" / "Areas of practice" / "Summary" set
(sometimes a separate moderation sheet, sometimes a hidden "Lists" sheet
behind the drop-downs); the areas as one grid or as a block per area; each
grade picked from a drop-down, typed as a manager types it, scored on a
printed 1-4 key (either way round), or shown as four printed options with
the chosen one highlighted or the other three struck through; dates typed
in several spellings or kept as Excel dates; case numbers with or without
the case system's prefix; actions as a table, as numbered lines or as a
"no actions" sentence; the Head of Service's moderation as labelled rows
or one box, in a colour of their own, with remarks beside the areas they
read.
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

from bot.samples import COUNCIL, STAFF, SampleAction, Section
from bot.samples.forms import CASE_FILE_AUDIT
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

FAMILY = "case_file_audit_sheet"
SEED = 3967
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's areas, what this workbook calls each (in its own order), and
# the "what we expect to see" prompt printed beside it.
AREAS = (
    ("Voice of the child", "The child's lived experience – seen, heard and understood",
     "Child seen (alone where right for them); wishes and feelings in their own words; a day in their life described."),
    ("Assessment", "Assessment of need and risk",
     "Analysis, not description; history used; risk and protective factors weighed; step-up information used."),
    ("Planning", "The plan – SMART and moving without drift",
     "Outcomes say what will be different for the child; named people and timescales; reviewed on time."),
    ("Multi-agency working", "Working with partners and the family network",
     "Partners' information gathered and shared; the wider family asked to help; attendance at meetings."),
    ("Impact and outcomes for the child", "Impact – is the child's life getting better?",
     "Evidence that things have changed for the child because of our involvement."),
    ("Management oversight and supervision", "Management oversight and decision making",
     "Supervision recorded; manager's rationale for key decisions; direction followed up."),
    ("Chronology and case recording", "Recording, chronology and case summary",
     "Up-to-date chronology; case summary current; records written to the child."),
)

TITLES = (
    "Case File Audit – Children's Social Care",
    "CHILDREN'S SOCIAL CARE CASE FILE AUDIT",
    "Practice Audit: Case File (Line Manager)",
    "Monthly Case File Audit Tool",
)
SUBTITLES = (
    "Quality of practice audit – complete one workbook for each child's file",
    "Audit and Learning Programme – line manager audit",
    "OFFICIAL – SENSITIVE (PERSONAL) when completed",
    "",
)
WORD_SETS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
SHORT_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
KEY_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF6161"}
SCORE_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
LEGAL_STATUS = ("Child in Need", "Child Protection Plan", "Child in Care (s20)", "Child in Care (ICO)",
                "CIN – stepped up from Early Help", "CP Plan – category neglect")
ROLES = {"practice_manager": "Team Manager", "head_of_service": "Head of Service",
         "safeguarding_practice_manager": "Safeguarding Manager", "assistant_director": "Assistant Director",
         "director": "Director"}
NOT_MODERATED = ("", "Not sampled for moderation this month", "N/A", "Awaiting moderation")
NO_ACTIONS = ("No actions – the child's plan already covers what needs to happen.",
              "No further actions arising from this audit.",
              "Nil – discussed with the social worker and the plan is on track.")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy", "d mmmm yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT and sample.title == "Full Case File Audit Tool"]
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
    rest = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in rest if sample.moderation and sample.moderation.grade is None][:2]
    changes = [sample for sample in rest if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in rest if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in rest if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """Writes one worksheet top to bottom."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1

    def put(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
            colour: str | None = None, fill: str | None = None, size: int = 10, strike: bool = False,
            number_format: str | None = None, border: bool = True, last: int | None = None):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            for other in range(column + 1, last + 1):
                self.ws.cell(row=row, column=other).border = BOX if border else Border()
        return target

    def band(self, text: str, last: int, *, fill: str | None = None, colour: str = "FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11, last=last)
        self.row += 1

    def note(self, text: str, last: int, *, italic: bool = True, bold: bool = False) -> None:
        self.put(self.row, 1, text, italic=italic, bold=bold, border=False, last=last)
        self.row += 1

    def height(self, points: float) -> None:
        self.ws.row_dimensions[self.row].height = points

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    sheets_layout = rng.choice(("one", "three", "three", "four"))
    details_layout = rng.choice(("list", "pairs", "strip"))
    areas_layout = rng.choice(("grid", "grid", "blocks"))
    style = ("dropdown", "typed", "score", "highlight", "strike", "dropdown", "score", "typed")[index % 8]
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(WORD_SETS)
    score_key = rng.choice(SCORE_KEYS)
    hidden_lists = rng.random() < 0.5
    moderation_look = rng.choice(("rows", "rows", "box"))
    action_look = rng.choice(("table", "table", "lines"))
    if sheets_layout == "one" and areas_layout == "grid":
        details_layout = "list"  # the narrow number column would squeeze the labels
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 1, 2)), today)

    # The sample as this workbook carries it.
    by_name = {section.name: section for section in sample.sections}
    renamed = {old: new for old, new, _ in AREAS}
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new, _ in AREAS)}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.15:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(
            SampleAction(action.action, {"Practice manager": "Team Manager", "Social worker": "SW"}.get(
                action.owner, action.owner), action.due) for action in sample.actions)
    asks_feedback = sample.feedback_sought is not None and rng.random() < 0.75
    if not asks_feedback:
        changes["feedback_sought"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    prompts = {new: prompt for _, new, prompt in AREAS}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists: list = []
    list_columns: dict[tuple[str, ...], int] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if not lists:
                    lists.append(workbook.create_sheet("Lists"))
                    lists[0].sheet_state = "hidden"
                sheet = lists[0]
                if choices not in list_columns:
                    list_columns[choices] = len(list_columns) + 1
                    for position, choice in enumerate(choices, start=1):
                        sheet.cell(row=position, column=list_columns[choices], value=choice)
                column = list_columns[choices]
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(TITLES)
    first = workbook.active
    if sheets_layout == "one":
        first.title = rng.choice(("Audit", "Case file audit", "CFA"))
        front = areas_ws = summary_ws = moderation_ws = first
    else:
        first.title = rng.choice(("Front sheet", "1 Case details", "Details"))
        front = first
        areas_ws = workbook.create_sheet(rng.choice(("Areas of practice", "2 Practice areas", "Audit")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3 Summary & actions", "Findings")))
        moderation_ws = summary_ws
        if sheets_layout == "four":
            moderation_ws = workbook.create_sheet(rng.choice(("HoS moderation", "Moderation", "4 Moderation")))
    writers: dict[str, _Writer] = {}
    option_grid = style in ("highlight", "strike")

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
            grid = areas_layout == "grid" and ws is areas_ws
            widths = (6, 30, 34, 48, 14, 14, 14, 14, 32) if grid else (24, 22, 20, 24, 20, 20, 14, 14, 30)
            for position, width in enumerate(widths, start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
            w = writers[ws.title]
            w.put(1, 1, council_line(rng), bold=True, colour=brand, border=False, last=6)
            w.put(2, 1, title, bold=True, colour=brand, size=14, border=False, last=6)
            w.row = 3
            subtitle = rng.choice(SUBTITLES)
            if subtitle and ws is front:
                w.note(subtitle, 6)
            w.skip()
        return writers[ws.title]

    # --- details ------------------------------------------------------------------
    w = writer(front)
    w.band(rng.choice(("Case details", "Section 1 – About the child and the case", "DETAILS")), 6)
    case_value = sample.case_id if not sample.case_id.isdigit() or rng.random() < 0.5 else int(sample.case_id)
    role = _role(sample.auditor)
    auditor_value = f"{sample.auditor} ({role})" if role and rng.random() < 0.4 else sample.auditor
    details = [
        (rng.choice(("Case number", "Mosaic ID", "Child's ID", "Case ref")), case_value, None),
        (rng.choice(("Child's name", "Name of child / young person", "Child")), child.full_name, None),
        ("DOB" if rng.random() < 0.5 else "Date of birth", *day(child.date_of_birth)),
    ]
    if rng.random() < 0.5:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if rng.random() < 0.6:
        details.append((rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents), None))
    if household:
        details.append((rng.choice(("Siblings", "Other children in the household")),
                        "; ".join(f"{name} ({when(born)})" for name, born in household), None))
    details += [
        (rng.choice(("Legal status / plan", "Case status")), rng.choice(LEGAL_STATUS), None),
        (rng.choice(("Allocated social worker", "Social worker", "Case holder")), sample.practitioner, None),
        ("Team", sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Auditing manager", "Audited by", "Auditor")), auditor_value, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), *day(sample.date)),
    ]
    if details_layout == "list":
        for text, value, number_format in details:
            w.put(w.row, 1, text, bold=True, fill="F2F2F2", last=2)
            w.put(w.row, 3, value, number_format=number_format, fill="FFFFE0", last=6)
            w.skip()
    elif details_layout == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 3 * offset
                w.put(w.row, column, text, bold=True, fill="F2F2F2")
                w.put(w.row, column + 1, value, number_format=number_format, last=column + 2)
            w.skip()
    else:
        for start in range(0, len(details), 6):
            chunk = details[start:start + 6]
            for column, (text, value, number_format) in enumerate(chunk, start=1):
                w.put(w.row, column, text, bold=True, fill="DDEBF7")
                w.put(w.row + 1, column, value, number_format=number_format)
            w.height(28)
            w.skip(2)
    w.skip()

    # --- areas of practice ----------------------------------------------------------------
    w = writer(areas_ws)
    grade_words = tuple(words[grade] for grade in GRADES4)
    option_words = tuple(SHORT_WORDS[grade] for grade in GRADES4) if rng.random() < 0.5 else grade_words
    w.band(rng.choice(("Areas of practice", "Section 2 – Quality of practice", "AUDIT OF PRACTICE")), 9)
    if style == "score" or rng.random() < 0.3:
        w.note("Grading key:" if style != "score" else "Score each area using the key below:", 9, italic=False,
               bold=True)
        ordered = sorted(GRADES4, key=lambda grade: score_key[grade]) if style == "score" else GRADES4
        for column, grade in enumerate(ordered, start=1):
            text = f"{score_key[grade]} = {words[grade]}" if style == "score" else words[grade]
            w.put(w.row, 1 + 2 * (column - 1), text, bold=True, fill=KEY_FILLS[grade], last=2 * column)
        w.skip(2)

    def grade_cells(ws, row: int, first_column: int, grade: str, kind: str, *, last: int | None = None):
        """Write a grade in this workbook's style from `first_column`."""
        if kind in ("highlight", "strike"):
            for offset, (option, text) in enumerate(zip(GRADES4, option_words)):
                chosen = option == grade
                if kind == "highlight":
                    w.put(row, first_column + offset, text, bold=chosen, fill="FFFF00" if chosen else None,
                          colour=None if chosen else "A6A6A6")
                else:
                    w.put(row, first_column + offset, text, bold=chosen, strike=not chosen)
            return
        if kind == "dropdown":
            target = w.put(row, first_column, words[grade], bold=True, fill="FFF2CC", last=last)
            dropdown(ws, target.coordinate, grade_words)
        elif kind == "score":
            value = score_key[grade] if rng.random() < 0.75 else f"{score_key[grade]} - {SHORT_WORDS[grade]}"
            w.put(row, first_column, value, bold=True, fill="FFF2CC", last=last)
        else:
            w.put(row, first_column, informal_grade(rng, grade, note_chance=0.3), bold=True, last=last)

    remark_label = rng.choice(("HoS comment", "Moderator's comment", "Head of Service"))
    if areas_layout == "grid":
        grade_heading = rng.choice(("Grade", "Judgement", "Rating")) if style != "score" else "Score (1-4)"
        headings = ["No.", "Area of practice", rng.choice(("What we expect to see", "What good looks like")),
                    rng.choice(("Evidence from the file", "Auditor's evidence and analysis", "Evidence"))]
        grade_column = 5
        headings.append(grade_heading)
        remark_column = 9 if option_grid else 6
        for column, text in enumerate(headings, start=1):
            w.put(w.row, column, text, bold=True, fill="D9D9D9", last=8 if option_grid and column == 5 else None)
        if option_grid:
            w.put(w.row, 5, rng.choice(("Grade (highlight one)", "Grade – highlight")) if style == "highlight"
                  else rng.choice(("Grade (delete as appropriate)", "Grade – strike out the others")),
                  bold=True, fill="D9D9D9", last=8)
        if remarks:
            w.put(w.row, remark_column, remark_label, bold=True, fill="D9D9D9", colour=ink)
        w.skip()
        for number, section in enumerate(sample.sections, start=1):
            w.put(w.row, 1, number)
            w.put(w.row, 2, section.name, bold=True)
            w.put(w.row, 3, prompts[section.name], italic=True, colour="595959")
            w.put(w.row, 4, section.comment)
            grade_cells(areas_ws, w.row, grade_column, section.grade, style)
            if section.name in remarks:
                w.put(w.row, remark_column, remarks[section.name], colour=ink)
            w.height(60)
            w.skip()
        w.skip()
    else:
        band_format = rng.choice(("Area {number}: {name}", "{number}. {name}", "AREA {number} – {name}"))
        for number, section in enumerate(sample.sections, start=1):
            w.band(band_format.format(number=number, name=section.name), 6, fill="D9E1F2", colour="000000")
            w.put(w.row, 1, rng.choice(("What we expect to see", "Look for")), bold=True, fill="F2F2F2")
            w.put(w.row, 2, prompts[section.name], italic=True, colour="595959", last=6)
            w.height(30)
            w.skip()
            w.put(w.row, 1, "Evidence", bold=True, fill="F2F2F2")
            w.put(w.row, 2, section.comment, last=6)
            w.height(45)
            w.skip()
            w.put(w.row, 1, "Score" if style == "score" else "Grade", bold=True, fill="F2F2F2")
            grade_cells(areas_ws, w.row, 2, section.grade, style, last=3)
            w.skip()
            if section.name in remarks:
                w.put(w.row, 1, remark_label, bold=True, colour=ink)
                w.put(w.row, 2, remarks[section.name], colour=ink, last=6)
                w.skip()
            w.skip()

    # --- summary --------------------------------------------------------------------------
    w = writer(summary_ws)
    w.band(rng.choice(("Overall grade", "Section 3 – Overall judgement", "OVERALL GRADE FOR THIS CASE FILE")), 6)
    w.put(w.row, 1, rng.choice(("Overall grade for the child's case file",
                                "Overall, the quality of practice for this child is",
                                "Overall judgement")), bold=True, fill="E2EFDA", last=2 if overall_style in (
                                    "highlight", "strike") else 3)
    if overall_style in ("highlight", "strike"):
        grade_cells(summary_ws, w.row, 3, sample.grade, overall_style)
    else:
        grade_cells(summary_ws, w.row, 4, sample.grade, overall_style, last=5)
    w.skip(2)

    one_cell = rng.random() < 0.4
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well", "Strengths", "Good practice seen")),
                            sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        w.band(heading, 6)
        if one_cell:
            w.height(16 * len(items) + 4)
            w.put(w.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items), last=6)
            w.skip()
        else:
            for item in items:
                w.height(28)
                w.put(w.row, 1, f"{bullet}{item}", last=6)
                w.skip()
        w.skip()

    w.band(rng.choice(("Safety", "Immediate concerns", "Is the child safe today?")), 6)
    question = rng.choice((
        "Has anything in this file raised a concern that a child is at risk of significant harm now?",
        "Does this audit need escalating today to the Team Manager / Head of Service because a child may be unsafe?",
        "Urgent safeguarding concern identified?",
    ))
    w.height(30)
    w.put(w.row, 1, question, bold=True, fill="FCE4D6", last=4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = w.put(w.row, 5, answer, bold=True, fill="FFF2CC", last=6)
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    w.skip()
    if sample.urgent_concern or rng.random() < 0.6:
        w.height(30)
        w.put(w.row, 1, "If yes – what was done, who was told and when", bold=True, fill="FCE4D6", last=2)
        w.put(w.row, 3, sample.urgent_concern_detail or "", last=6)
        w.skip()
    if asks_feedback:
        w.height(30)
        w.put(w.row, 1, rng.choice(("Were the child's and family's views on the help they get sought for this audit?",
                                    "Child / family feedback obtained?")), bold=True, fill="F2F2F2", last=4)
        target = w.put(w.row, 5, "Yes" if sample.feedback_sought else "No", bold=True, fill="FFF2CC", last=6)
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
        w.skip()
    w.skip()

    w.band(rng.choice(("Actions", "Actions – who, by when", "ACTION PLAN")), 6)
    if not sample.actions:
        w.put(w.row, 1, rng.choice(NO_ACTIONS), italic=True, last=6)
        w.skip()
    elif action_look == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"),
                              ("What needs to happen", "Responsible", "Timescale", "Update")))
        w.put(w.row, 1, headers[0], bold=True, fill="D9E1F2", last=3)
        for column, text in zip((4, 5, 6), headers[1:]):
            w.put(w.row, column, text, bold=True, fill="D9E1F2")
        w.skip()
        for action in sample.actions:
            w.height(30)
            w.put(w.row, 1, action.action, last=3)
            w.put(w.row, 4, action.owner)
            value, number_format = day(action.due)
            w.put(w.row, 5, value, number_format=number_format)
            w.put(w.row, 6, rng.choice(("", "", "In progress")))
            w.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            w.height(30)
            w.put(w.row, 1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}", last=6)
            w.skip()
    w.skip()

    # --- moderation --------------------------------------------------------------------------
    w = writer(moderation_ws)
    w.band(rng.choice(("Head of Service moderation", "Section 4 – Moderation (Head of Service)", "MODERATION")), 6)
    if moderation and moderation.grade:
        agree = "Agree" if moderation.grade == sample.grade else "Disagree"
        grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
    else:
        agree = grade_text = ""
    if moderation_look == "box" and moderation:
        lines = [f"Moderated by {moderation.moderator}, Head of Service, on {when(moderation.date)}."]
        if moderation.grade:
            lines.append(("I agree with the auditor's grade." if agree == "Agree"
                          else "I do not agree with the auditor's grade.") + f" Moderated grade: {grade_text}.")
        lines += list(moderation.comments)
        w.height(18 * len(lines) + 10)
        w.put(w.row, 1, "\n".join(lines), colour=ink, fill="EAF1FB", last=6)
        w.skip()
    else:
        labels = (rng.choice(("Moderated by", "Head of Service")),
                  rng.choice(("Date moderated", "Date")),
                  rng.choice(("Do you agree with the overall grade?", "Agree / disagree with grade")),
                  rng.choice(("Moderated grade", "Grade following moderation")),
                  rng.choice(("Comments", "Moderator's comments")))
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_format, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for position, (text, value, number_format) in enumerate(zip(labels, values, formats)):
            if position == 4:
                w.height(48)
            w.put(w.row, 1, text, bold=True, fill="F2F2F2", last=2)
            target = w.put(w.row, 3, value, colour=ink if moderation else None, bold=position == 3,
                           number_format=number_format, last=6)
            if position == 2:
                dropdown(moderation_ws, target.coordinate, ("Agree", "Disagree"))
            w.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)
