"""Partnership audit sheet: a safeguarding children partnership's joint
("Line of Sight") audit of one child's case, kept as an Excel workbook.
Each agency that knows the child audits its own records first; the lead
auditor then brings those single-agency audits together with the
practitioners and managers at a partnership meeting and records, in one
workbook, the case (the child, the household, the allocated worker and
team, the case reference), the agencies taking part and who audited for
each, five key lines of enquiry each with what the records showed and a
grade, the overall grade for the multi-agency response, what worked well
and what needs to develop further, what the child and family told us, a
multi-agency action plan (or a sentence saying there are no actions), the
immediate-safeguarding question, and the Head of Service's or the
partnership chair's moderation.

Modelled on the North East Lincolnshire Safeguarding Children
Partnership's "Line of Sight Process" (an undated chapter of the
partnership's online procedures, with the "Child safeguarding review and
audits" page of its Safer NEL website): part of the partnership's
quality assurance and learning framework; involved agencies audit their
own practice and the partnership analyses together what worked well and
what needs further development; the child's lived experience is central;
key themes are agreed and actions set to improve practice across the
safeguarding system, and a short briefing of the learning follows. The
pages describe the process, not a workbook, so the workbook is our own
judgement: one sheet or three or four (on some a guidance sheet in
front, a separate QA sheet, a hidden list sheet behind the drop-downs),
merged title rows in the partnership's colour, the parts numbered, as
sections, in capitals or plain; details as a label column, two pairs to
a row or "Label: value" typed across a merged row; the agencies as the
partnership's printed register answered Yes / No, as a table of only the
agencies taking part, or on one line; the lines of enquiry in one grid
or a block each, graded from a drop-down, typed informally, scored on a
printed 1–4 key in either order, marked under four grade columns, or
chosen among four printed grades by highlighting one or striking the
other three through; the overall grade the same way or in a sentence;
the learning side by side, one item to a row or bulleted in one cell;
actions as a table, as numbered lines or a "no actions" sentence; dates
typed in several spellings or kept as Excel dates; the moderation as a
box in the moderator's colour, on its own QA sheet, or as a moderated
grade beside the auditor's.
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
from bot.samples.ooxml import stable_zip
from bot.samples.tool_phrases import AGENCIES, FAMILY_VOICES
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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

FAMILY = "partnership_audit_sheet"
SEED = 5519
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The partnership's key lines of enquiry, in the order of the sample's
# areas (Voice of the child, Information sharing between agencies,
# Assessment of need and risk, Multi-agency plan, Impact and outcomes for
# the child), each with the prompt printed under it.
LINES = (
    ("The child's lived experience", "What was daily life like for the child, and did every agency see it?"),
    ("Sharing information and working together", "Did agencies share what they knew in good time, and did "
                                                 "anyone have to escalate?"),
    ("Identifying and understanding risk", "Was the risk recognised early and understood the same way by "
                                           "all agencies?"),
    ("The plan and each agency's part in it", "Does each agency know what it is doing for the child, and is "
                                              "the plan reviewed together?"),
    ("What difference did it make?", "Is the child safer and better off because the agencies worked "
                                     "together?"),
)
TITLES = (
    "Line of Sight – Multi-Agency Case Audit",
    "Partnership Audit Sheet: Joint Case Audit",
    "MULTI-AGENCY LINE OF SIGHT AUDIT",
    "Joint Partnership Audit of a Child's Case",
)
PRIORITIES = ("Neglect", "Early Help", "Child Sexual Abuse", "Child Exploitation", "Domestic abuse")
PLANS = ("Child Protection – neglect", "Child in Need", "Child Protection – emotional abuse", "CP (physical abuse)",
         "CIN – stepping down from CP")
# What each agency's auditor is, on the register.
AGENCY_AUDITORS = {
    "Children's Social Care": "Practice Manager",
    "Police": "DS, Public Protection",
    "Health visiting": "Named Nurse Safeguarding",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Early Help Co-ordinator",
    "Probation": "Senior Probation Officer",
    "Child and Adolescent Mental Health Services": "Safeguarding Lead, CAMHS",
    "Housing": "Housing Options Team Leader",
}
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
CHOICE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "OUTSTANDING", GOOD: "GOOD", REQUIRES_IMPROVEMENT: "REQUIRES IMPROVEMENT",
     INADEQUATE: "INADEQUATE"},
)
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req. Imp.", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORE_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "agencies worked together exceptionally well; the child's life is clearly better",
    GOOD: "agencies worked well together and this is making a difference for the child",
    REQUIRES_IMPROVEMENT: "no child is left at risk, but joint working is not yet good",
    INADEQUATE: "gaps between agencies leave the child without the help or protection needed",
}
HIGHLIGHT = "FFFF00"
NO_ACTIONS = ("No multi-agency actions – the learning will go into the Line of Sight briefing.",
              "None required. The current plan already covers what the panel found.",
              "No actions arising from this audit.")
NOT_MODERATED = ("Not sampled for moderation this quarter.", "Awaiting moderation", "", "N/A")
FAMILY_NOT_ASKED = ("The family were invited to contribute but did not take part.",
                    "Not sought – mum asked for the audit not to involve a visit.")
STATUS = ("", "", "Not started", "In progress", "Amber")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dd.mm.yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(70, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
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
    """A worksheet written top to bottom, WIDTH columns wide."""

    def __init__(self, ws, brand: str, font: str):
        self.ws = ws
        self.brand = brand
        self.font = font
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
             colour: str | None = None, fill: str | None = None, size: int | None = None, strike: bool = False,
             number_format: str | None = None, border: bool = True):
        target = self.ws.cell(row=row, column=column)
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

    def merge(self, row: int, first: int, last: int, *, rows: int = 1) -> None:
        if last > first or rows > 1:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row + rows - 1, end_column=last)
            for line in range(row, row + rows):
                for column in range(first, last + 1):
                    if (line, column) != (row, first):
                        self.ws.cell(row=line, column=column).border = BOX

    def height(self, text: str, width_chars: int, *, minimum: float = 15) -> None:
        lines = sum(max(1, len(part) // max(width_chars, 10) + 1) for part in str(text).split("\n"))
        self.ws.row_dimensions[self.row].height = max(minimum, 13.5 * lines + 2)

    def band(self, text: str, *, last: int = WIDTH, fill: str | None = None) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = 18
        self.row += 1

    def note(self, text: str, *, italic: bool = True, bold: bool = False, colour: str | None = None,
             last: int = WIDTH) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False)
        self.merge(self.row, 1, last)
        self.height(text, 95)
        self.row += 1

    def text_row(self, text: str, *, first: int = 1, last: int = WIDTH, colour: str | None = None,
                 fill: str | None = None, bold: bool = False) -> None:
        self.cell(self.row, first, text, colour=colour, fill=fill, bold=bold)
        self.merge(self.row, first, last)
        self.height(text, 12 * (last - first + 1))
        self.row += 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    sheets_style = rng.choice(("one", "three", "three", "four"))
    guidance = sheets_style != "one" and rng.random() < 0.4
    details_style = rng.choice(("column", "pairs", "pairs", "inline"))
    agency_style = rng.choice(("register", "register", "table", "line"))
    lines_style = rng.choice(("grid", "blocks"))
    grade_style = rng.choice(("dropdown", "dropdown", "typed", "typed", "score", "columns", "highlight", "strike"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("sentence", "typed", "dropdown"))
    words = rng.choice(DROPDOWN_WORDS)
    choice_words = rng.choice(CHOICE_WORDS)
    heads = rng.choice(COLUMN_HEADS)
    score_key = rng.choice(SCORE_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", "\u2714", ""))  # "" fills the chosen cell
    learning_style = rng.choice(("side", "rows", "cell"))
    actions_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("box", "box", "beside"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    numbering = rng.choice(("number", "section", "capitals", "plain"))
    parts = [0]

    def part(text: str) -> str:
        """A part's heading as this template numbers it."""
        parts[0] += 1
        return {"number": f"{parts[0]}. {text}", "section": f"Section {parts[0]} – {text}",
                "capitals": text.upper(), "plain": text}[numbering]


    # --- the sample as this workbook shows it -------------------------------------------
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(LINES, sample.sections))}
    prefixed = rng.random() < 0.6
    if prefixed:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    agencies = tuple(sample.own[0].written)
    if agency_style == "register":
        agencies = tuple(agency for agency in AGENCIES if agency in agencies)
        changes["own"] = (replace(sample.own[0], written=agencies, expected=list(agencies)),)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    actions = tuple(sample.actions)
    if actions and rng.random() < 0.2:
        actions = ()
    actions = tuple(SampleAction(action.action, {"Social worker": "Allocated SW"}.get(action.owner, action.owner),
                                 action.due) for action in actions)
    changes["actions"] = actions
    sample = replace(sample, **changes)
    child = sample.child
    first = child.first_name
    moderation = sample.moderation
    renamed = dict(zip(old_names, (name for name, _ in LINES)))
    remarks = {}
    if moderation and rng.random() < 0.6:
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    def day(value: date):
        """A date as this workbook keeps it: typed, or an Excel date."""
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets -------------------------------------------------------
    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    hidden_lists = rng.random() < 0.5
    lists_ws = None

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_ws
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("lists")
                    lists_ws.sheet_state = "hidden"
                column = 1 if lists_ws["A1"].value is None else lists_ws.max_column + 1
                for position, choice in enumerate(choices, start=1):
                    lists_ws.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(TITLES)
    widths = (26, 18, 18, 18, 18, 14, 14, 14, 30)
    writers: dict[str, _Sheet] = {}

    def sheet_named(name: str, *, tab: str | None = None) -> _Sheet:
        ws = workbook.active if not writers and not guidance_made else workbook.create_sheet(name)
        ws.title = name
        if tab:
            ws.sheet_properties.tabColor = tab
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width
        ws.sheet_view.showGridLines = rng.random() < 0.4
        writer = _Sheet(ws, brand, font)
        writers[name] = writer
        writer.cell(1, 1, PARTNERSHIP, bold=True, colour=brand, border=False, size=11)
        writer.merge(1, 1, WIDTH)
        writer.cell(2, 1, title if len(writers) == 1 else f"{title} – {name.split(' ', 1)[-1]}", bold=True,
                    colour=brand, border=False, size=14 if len(writers) == 1 else 12)
        writer.merge(2, 1, WIDTH)
        writer.ws.row_dimensions[2].height = 22
        writer.row = 4
        return writer

    guidance_made = False
    if guidance:
        ws = workbook.active
        ws.title = rng.choice(("Guidance", "Read me", "How to complete"))
        ws.column_dimensions["A"].width = 110
        guide = _Sheet(ws, brand, font)
        guide.cell(1, 1, f"{PARTNERSHIP} – {title}", bold=True, colour=brand, border=False, size=13)
        guide.row = 3
        for text in (
            "Each agency that has known the child in the last 12 months completes its single-agency audit "
            "before the meeting and sends it to the partnership business unit.",
            "The lead auditor completes this workbook at the Line of Sight meeting with the agencies' "
            "auditors and, where possible, the practitioners who know the family.",
            "Keep the child's lived experience at the centre: what was it like to be this child?",
            "Grade each line of enquiry and the overall multi-agency response using the four judgements on "
            "the audit sheet.",
            "Immediate concerns about a child's safety are referred to the Front Door the same day, not left "
            "for the action plan.",
            "The Head of Service or the partnership chair moderates a sample of audits each quarter.",
        ):
            guide.cell(guide.row, 1, f"\u2022 {text}", border=False)
            guide.row += 1
        guidance_made = True

    if sheets_style == "one":
        name = rng.choice(("Audit", "LoS audit", "Case audit"))
        details_ws = lines_ws = learning_ws = qa_ws = sheet_named(name, tab=brand)
    else:
        details_ws = sheet_named(rng.choice(("1 Case & agencies", "1 The case", "1 Front sheet")), tab=brand)
        lines_ws = sheet_named(rng.choice(("2 Lines of enquiry", "2 KLOEs", "2 Audit")))
        learning_ws = sheet_named(rng.choice(("3 Learning & actions", "3 Summary", "3 Findings & actions")))
        qa_ws = sheet_named(rng.choice(("4 QA", "4 Moderation", "4 HoS sign-off"))) if sheets_style == "four" \
            else learning_ws

    # --- 1. the case -------------------------------------------------------------------------
    sheet = details_ws
    if rng.random() < 0.6:
        sheet.note(rng.choice((
            "OFFICIAL – SENSITIVE when completed. Do not email outside secure (gcsx / nhs.net / pnn) accounts.",
            "Complete the shaded cells. Use the drop-down lists where there is one.",
            "One workbook per child. Save as the case reference and the date of the meeting.",
        )))
        sheet.skip()
    sheet.band(part(rng.choice(("The child and the case", "Case details", "The child"))))
    role = _role(sample.auditor)
    auditor_text = f"{sample.auditor} ({role})" if role and rng.random() < 0.4 else sample.auditor
    born_value, born_format = day(child.date_of_birth)
    meeting_value, meeting_format = day(sample.date)
    case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
    household_text = "; ".join(f"{name} ({when(born)})" for name, born in household) if household \
        else rng.choice(("None", "No other children", "N/A"))
    details = [
        (rng.choice(("Child's name", "Name of child / young person", "Child")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born_value, born_format),
        (rng.choice(("Case reference", "LCS ID", "Child ID (CSC)", "Case no.")), case_value, None),
        (rng.choice(("Parents / carers", "Parent(s) / carer(s)")), " and ".join(child.parents), None),
        (rng.choice(("Other children in the household", "Siblings (DOB)")), household_text, None),
        (rng.choice(("Current plan", "Plan / legal status")), rng.choice(PLANS), None),
        (rng.choice(("Allocated social worker", "Allocated worker", "Social worker")), sample.practitioner, None),
        (rng.choice(("Team", "CSC team")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    if rng.random() < 0.35:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    meeting = [
        (rng.choice(("Lead auditor", "Audit lead", "Lead auditor (partnership)")), auditor_text, None),
        (rng.choice(("Date of Line of Sight meeting", "Date of audit", "Audit meeting date")), meeting_value,
         meeting_format),
        (rng.choice(("Partnership priority", "Theme")), rng.choice(PRIORITIES), None),
        (rng.choice(("Period reviewed", "Audit period")), rng.choice(("Last 12 months", "12 months to the meeting",
                                                                      "Since the last CP conference")), None),
    ]
    if agency_style == "line":
        meeting.append((rng.choice(("Agencies taking part", "Agencies involved", "Partner agencies")),
                        ", ".join(agencies), None))
    _details(sheet, rng, details, details_style)
    sheet.skip()
    sheet.band(part(rng.choice(("The audit", "The audit meeting", "About this audit"))))
    _details(sheet, rng, meeting, details_style)
    sheet.skip()

    if agency_style != "line":
        sheet.band(part(rng.choice(("Agencies taking part", "Agencies and their auditors", "Partner agencies"))))
        if agency_style == "register":
            sheet.note(rng.choice(("Answer Yes for every agency that knew the child in the period audited.",
                                   "Select Yes / No for each partner.")))
        heads_row = ("Agency", "Involved?" if agency_style == "register" else "Auditor (role)",
                     "Auditor (role)" if agency_style == "register" else "Single-agency audit returned?",
                     "Single-agency audit returned?" if agency_style == "register" else "")
        for column, text in zip((1, 3, 4, 6), heads_row):
            if text:
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.merge(sheet.row, 4, 5)
        if agency_style == "register":
            sheet.merge(sheet.row, 6, 7)
        sheet.skip()
        listed = AGENCIES if agency_style == "register" else agencies
        yes, no = rng.choice((("Yes", "No"), ("Y", "N"), ("Yes", "No")))
        for agency in listed:
            involved = agency in agencies
            sheet.cell(sheet.row, 1, agency)
            sheet.merge(sheet.row, 1, 2)
            returned = rng.choice(("Yes", "Yes", "Yes – late", "Y"))
            if agency_style == "register":
                target = sheet.cell(sheet.row, 3, yes if involved else no, fill="FFF2CC", bold=involved)
                dropdown(sheet.ws, target.coordinate, (yes, no))
                sheet.cell(sheet.row, 4, AGENCY_AUDITORS[agency] if involved else "")
                sheet.merge(sheet.row, 4, 5)
                sheet.cell(sheet.row, 6, returned if involved else "")
                sheet.merge(sheet.row, 6, 7)
            else:
                sheet.cell(sheet.row, 3, AGENCY_AUDITORS[agency])
                sheet.merge(sheet.row, 3, 3)
                sheet.cell(sheet.row, 4, returned)
                sheet.merge(sheet.row, 4, 5)
            sheet.skip()
        sheet.skip()

    # --- 2. the lines of enquiry ---------------------------------------------------------------
    sheet = lines_ws
    wide_grade = grade_style in ("columns", "highlight", "strike")
    band_last = max(WIDTH, (7 if remarks else 6) + 3) if lines_style == "grid" and wide_grade else WIDTH
    sheet.band(part(rng.choice(("Key lines of enquiry", "Key lines of enquiry (KLOEs)", "What the audit found"))),
               last=band_last)
    instructions = {
        "dropdown": "Choose the grade from the drop-down.",
        "typed": "Type the grade: Outstanding, Good, Requires improvement or Inadequate.",
        "score": "Score each line of enquiry using the key below.",
        "columns": "Mark the grade in one of the four columns.",
        "highlight": "Highlight the grade that applies.",
        "strike": "Strike through the grades that do not apply.",
    }
    sheet.note(instructions[grade_style])
    if grade_style == "score" or rng.random() < 0.25:
        sheet.note("Key:" if grade_style != "score" else "Scoring key:", italic=False, bold=True)
        ordered = sorted(ORDER, key=lambda grade: score_key[grade]) if grade_style == "score" else ORDER
        for grade in ordered:
            prefix = f"{score_key[grade]} = " if grade_style == "score" else ""
            sheet.note(f"{prefix}{KEY_WORDS[grade]} – {KEY_MEANINGS[grade]}")
        sheet.skip()
    remark_prefix = rng.choice(("HoS: ", "Moderator – ", ""))
    grade_args = dict(words=words, choice_words=choice_words, heads=heads, score_key=score_key, mark=column_mark)
    if lines_style == "grid":
        # Line | findings (B:E) | moderator (F) when remarks | grade (F or F:I)
        finding_last = 5
        grade_first = 6
        if remarks:
            grade_first = 7
        head = sheet.row
        sheet.cell(head, 1, "Line of enquiry", bold=True, fill="D9E1F2")
        sheet.cell(head, 2, rng.choice(("What the records and the discussion showed", "Findings", "Evidence")),
                   bold=True, fill="D9E1F2")
        sheet.merge(head, 2, finding_last)
        if remarks:
            sheet.cell(head, 6, rng.choice(("HoS comment", "Moderator's comment")), bold=True, fill="D9E1F2",
                       colour=ink)
        if grade_style == "columns":
            for offset, text in enumerate(heads):
                sheet.cell(head, grade_first + offset, text, bold=True, fill="D9E1F2")
        elif wide_grade:
            sheet.cell(head, grade_first, "Grade", bold=True, fill="D9E1F2")
            sheet.merge(head, grade_first, grade_first + 3)
        else:
            sheet.cell(head, grade_first, "Grade", bold=True, fill="D9E1F2")
            sheet.merge(head, grade_first, grade_first + 1)
        sheet.skip()
        if wide_grade:
            for column in range(grade_first, grade_first + 4):
                sheet.ws.column_dimensions[get_column_letter(column)].width = 15
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True)
            sheet.cell(sheet.row, 2, section.comment)
            sheet.merge(sheet.row, 2, finding_last)
            if remarks:
                sheet.cell(sheet.row, 6, f"{remark_prefix}{remarks[section.name]}" if section.name in remarks
                           else "", colour=ink)
            _grade(sheet, rng, section.grade, grade_style, sheet.row, grade_first, dropdown, **grade_args)
            sheet.height(section.comment, 50, minimum=42)
            sheet.skip()
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, LINES), start=1):
            sheet.band(f"KLOE {number}: {section.name}", fill="595959" if rng.random() < 0.3 else None)
            sheet.note(prompt)
            sheet.cell(sheet.row, 1, rng.choice(("What we found", "Findings", "Analysis")), bold=True,
                       fill="F2F2F2")
            sheet.text_row(section.comment, first=2)
            if section.name in remarks:
                sheet.cell(sheet.row, 1, rng.choice(("HoS comment", "Moderation note")), bold=True, colour=ink,
                           fill="F2F2F2")
                sheet.text_row(f"{remark_prefix}{remarks[section.name]}", first=2, colour=ink)
            sheet.cell(sheet.row, 1, rng.choice(("Grade", "Judgement", "Grade for this KLOE")), bold=True,
                       fill="F2F2F2")
            if grade_style == "columns":
                for offset, text in enumerate(heads):
                    sheet.cell(sheet.row, 2 + offset, text, bold=True, fill="F2F2F2")
                sheet.skip()
                sheet.cell(sheet.row, 1, "", fill="F2F2F2")
                _grade(sheet, rng, section.grade, grade_style, sheet.row, 2, dropdown, **grade_args)
            else:
                _grade(sheet, rng, section.grade, grade_style, sheet.row, 2, dropdown, **grade_args)
            sheet.skip(2)
    sheet.skip()

    # --- 3. the overall grade, the family, the learning -----------------------------------------
    sheet = learning_ws
    sheet.band(part(rng.choice(("Overall judgement", "Overall grade for the multi-agency response",
                                "The overall grade"))))
    label = rng.choice(("Overall, how well did the agencies work together for this child?",
                        "Overall grade (multi-agency response)", "Grade for the multi-agency response overall"))
    moderated_beside = moderation is not None and moderation.grade is not None and moderation_style == "beside"
    if moderated_beside:
        label = rng.choice(("Lead auditor's overall grade", "Overall grade (lead auditor)"))
    if overall_style == "sentence":
        sheet.text_row(f"Overall the panel judged the multi-agency response for {first} to be "
                       f"{KEY_WORDS[sample.grade].lower()}.", bold=True)
    else:
        sheet.cell(sheet.row, 1, label, bold=True, fill="E2EFDA")
        if overall_style == "columns":
            for offset, text in enumerate(heads):
                sheet.cell(sheet.row, 2 + offset, text, bold=True, fill="F2F2F2")
            sheet.skip()
            sheet.cell(sheet.row, 1, "", fill="E2EFDA")
        _grade(sheet, rng, sample.grade, overall_style, sheet.row, 2, dropdown, **grade_args)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.skip()
    if moderated_beside:
        sheet.cell(sheet.row, 1, rng.choice(("Moderated grade (Head of Service)", "Grade after HoS moderation")),
                   bold=True, fill="E2EFDA", colour=ink)
        sheet.cell(sheet.row, 2, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        sheet.merge(sheet.row, 2, 3)
        sheet.cell(sheet.row, 4, f"{moderation.moderator}, {when(moderation.date)}", colour=ink)
        sheet.merge(sheet.row, 4, WIDTH)
        sheet.skip()
    sheet.skip()

    sheet.band(part(rng.choice(("What the child and family told us", "The child's lived experience – in their words",
                                "Voice of the child and family"))))
    voice = rng.choice(FAMILY_VOICES).format(child=first) if rng.random() < 0.8 else rng.choice(FAMILY_NOT_ASKED)
    sheet.text_row(voice)
    sheet.skip()

    headings = rng.choice((("What worked well", "What needs to develop further"),
                           ("Strengths in joint working", "Areas for development"),
                           ("Good practice", "Learning – what needs to change")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if learning_style == "side":
        sheet.band(part(rng.choice(("Learning from this audit", "Learning"))))
        sheet.cell(sheet.row, 1, headings[0], bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, headings[1], bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 5, WIDTH)
        sheet.skip()
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            good = sample.strengths[position] if position < len(sample.strengths) else ""
            better = sample.development_areas[position] if position < len(sample.development_areas) else ""
            sheet.cell(sheet.row, 1, f"{bullet}{good}" if good else "")
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, f"{bullet}{better}" if better else "")
            sheet.merge(sheet.row, 5, WIDTH)
            sheet.height(max(good, better, key=len), 45, minimum=28)
            sheet.skip()
        sheet.skip()
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            sheet.band(part(heading))
            if learning_style == "cell":
                text = "\n".join(f"{bullet or '- '}{item}" for item in items)
                sheet.text_row(text)
            else:
                for number, item in enumerate(items, start=1):
                    sheet.text_row(f"{number}. {item}" if not bullet else f"{bullet}{item}")
            sheet.skip()

    # --- the action plan -------------------------------------------------------------------------
    sheet.band(part(rng.choice(("Multi-agency action plan", "Actions – who will do what, by when",
                                "Partnership action plan"))))
    if not sample.actions:
        sheet.text_row(rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "Lead (agency / name)", "By when", "Status"),
                              ("What needs to happen", "Who", "Target date", "RAG")))
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
            owner = f"CSC – {action.owner}" if rng.random() < 0.3 else action.owner
            sheet.cell(sheet.row, 5, owner)
            sheet.merge(sheet.row, 5, 6)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            status = rng.choice(STATUS)
            sheet.cell(sheet.row, 8, status, fill="FFC000" if status == "Amber" else None)
            sheet.height(action.action, 50, minimum=28)
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text_row(f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")
    sheet.skip()

    # --- immediate safeguarding --------------------------------------------------------------------
    sheet.band(part(rng.choice(("Immediate safeguarding", "Is any child at risk now?", "Safeguarding check"))))
    question = rng.choice((
        "Did the audit find any child at risk of significant harm who needs referring to the Front Door today?",
        "Has the audit raised an immediate safeguarding concern for this child or another child?",
        "Any urgent concern for the child's safety identified at the meeting?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    answer_style = rng.choice(("dropdown", "typed", "boxes"))
    if answer_style == "boxes":
        ticked, empty = rng.choice((("\u2612", "\u2610"), ("[X]", "[ ]")))
        answer = f"Yes {ticked}   No {empty}" if sample.urgent_concern else f"Yes {empty}   No {ticked}"
    elif answer_style == "dropdown":
        answer = "Yes" if sample.urgent_concern else "No"
    else:
        answer = rng.choice(("YES – see below", "Yes")) if sample.urgent_concern else rng.choice(("No", "NO",
                                                                                                  "None identified"))
    target = sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 6, WIDTH)
    if answer_style == "dropdown":
        dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes: what was done, by whom and when", bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 2)
    sheet.text_row(sample.urgent_concern_detail or "", first=3)
    sheet.skip()

    # --- moderation --------------------------------------------------------------------------------
    sheet = qa_ws
    show_box = moderation is not None or rng.random() < 0.6
    if moderated_beside:
        show_box = rng.random() < 0.5  # the grade is beside the auditor's; the comments may still be boxed
        if not show_box:
            sheet.band(part(rng.choice(("Moderation comments", "HoS comments"))))
            sheet.text_row("\n".join(moderation.comments), colour=ink)
    if show_box:
        sheet.band(part(rng.choice(("Moderation – Head of Service / Partnership chair", "Head of Service moderation",
                                    "Quality assurance (HoS or SCP chair)"))))
        labels = (rng.choice(("Moderated by", "Name of moderator")), rng.choice(("Date moderated", "Date")),
                  rng.choice(("Do you agree with the overall grade?", "Agree with the lead auditor's grade?")),
                  rng.choice(("Moderated grade", "Grade following moderation")),
                  rng.choice(("Comments", "Moderator's comments")))
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade and not moderated_beside:
                agree = "Agree" if moderation.grade == sample.grade else "Disagree"
                grade_text = (words[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_format, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for position, (text, value, number_format) in enumerate(zip(labels, values, formats)):
            if moderated_beside and position in (2, 3):
                continue
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, colour=ink if moderation else None, number_format=number_format,
                       bold=position == 3, italic=not moderation)
            sheet.merge(sheet.row, 3, WIDTH)
            if position == 2:
                dropdown(sheet.ws, f"C{sheet.row}", ("Agree", "Disagree"))
            if position == 4:
                sheet.height(str(value), 70, minimum=45)
            sheet.skip()

    for writer in writers.values():
        writer.ws.page_setup.orientation = "landscape"
        writer.ws.page_setup.fitToWidth = 1
        writer.ws.print_options.gridLines = False
    if lines_ws is not details_ws and rng.random() < 0.5:
        lines_ws.ws.freeze_panes = "A4"

    workbook.properties.creator = PARTNERSHIP
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = [when(child.date_of_birth), f"{child.date_of_birth:%d/%m/%Y}", *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household)]
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(also))


def _details(sheet: _Sheet, rng: random.Random, rows, style: str) -> None:
    """Labels and values: a label column, two pairs to a row, or each typed
    as "Label: value" across a merged row."""
    if style == "column":
        for text, value, number_format in rows:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 3, 6)
            sheet.skip()
    elif style == "pairs":
        for start in range(0, len(rows), 2):
            for offset, (text, value, number_format) in enumerate(rows[start:start + 2]):
                column = 1 + 4 * offset
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 28
            sheet.skip()
    else:
        colon = rng.choice((": ", " – ", ":  "))
        for text, value, _ in rows:
            if isinstance(value, datetime):
                value = f"{value.day:02}/{value.month:02}/{value.year}"
            sheet.cell(sheet.row, 1, f"{text}{colon}{value}", border=False)
            sheet.merge(sheet.row, 1, 6)
            sheet.skip()


def _grade(sheet: _Sheet, rng: random.Random, grade: str, style: str, row: int, first: int, dropdown, *,
           words, choice_words, heads, score_key, mark) -> None:
    """One grade at (row, first): a drop-down choice, typed words, a score
    on the key, a mark under four columns (headed on the row above), or the
    four grades printed with the chosen one highlighted or the others
    struck through."""
    if style == "columns":
        for offset, option in enumerate(ORDER):
            if option == grade:
                if mark:
                    sheet.cell(row, first + offset, mark, bold=True)
                else:
                    sheet.cell(row, first + offset, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(row, first + offset, None)
        return
    if style in ("highlight", "strike"):
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            sheet.cell(row, first + offset, choice_words[option], bold=chosen,
                       fill=HIGHLIGHT if chosen and style == "highlight" else None,
                       strike=style == "strike" and not chosen)
        return
    if style == "dropdown":
        target = sheet.cell(row, first, words[grade], bold=True, fill="FFF2CC")
        dropdown(sheet.ws, target.coordinate, tuple(words[option] for option in ORDER))
    elif style == "score":
        score = score_key[grade]
        value = score if rng.random() < 0.65 else f"{score} ({KEY_WORDS[grade]})"
        sheet.cell(row, first, value, bold=True, fill="FFF2CC")
    else:
        sheet.cell(row, first, informal_grade(rng, grade, note_chance=0.25), bold=True)
    sheet.merge(row, first, first + 1)
