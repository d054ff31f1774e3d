"""Partnership case audit kept as an Excel workbook: one child's case
audited together by the partners (police, health, education, social care
and the others involved), one workbook per case. It holds the case
reference and why the case was chosen, the child and the household, the
panel chair (the lead auditor) and the allocated worker with their team
and service; who represented each agency and in what role; either a
grade for each agency's contribution to the child's journey or a grade
for each of five areas of the joint response set out under "Promote",
"Prevent" and "Protect"; the overall grade the panel agreed; what worked
well and what needs to improve; the multi-agency actions (action, owner,
by when) or a "no actions" sentence; the question about a child at risk
of immediate harm; the chair's sign-off and the Head of Service's
moderation.

Modelled on what Criminal Justice Inspection Northern Ireland (CJI)
publishes about the first joint inspection of child protection
arrangements it carried out with the Regulation and Quality Improvement
Authority and the Education and Training Inspectorate (no CJI material
was used yet), read as search excerpts of two pages on cjini.org:

- "Terms of Reference published for joint pilot inspection of child
  protection arrangements" (2022): a thematic inspection across justice,
  health, social care and education focused on the multi-agency response
  to child protection; "with a focus on the child's journey" it considers
  the child's interaction with the various safeguarding and child
  protection responses rather than the performance of any one sector or
  agency; a pilot in one Health and Social Care Trust area, children aged
  12 to 17.
- "First joint inspection of Child Protection Arrangements" (published
  26 June 2023): the point of referral, or "front door", in the Southern
  Trust area; inspectors visited policing teams, social work and health
  care teams (a hospital Emergency Department among them) and schools,
  looked at the response under the three strands of Promote, Prevent and
  Protect, spoke to staff and looked at information and data to find the
  strengths of the multi-agency arrangements and areas for development;
  when the threat of harm was acute, risk was identified in a timely way,
  and there was a strong culture of promoting the child's right to be
  safe.

Neither page shows a form, so the workbook is our own judgement: only the
partners taking part, the child's journey as the thing audited (a
chronology of contacts with each agency on some files), the front door as
one reason a case is chosen and the Promote / Prevent / Protect strands
(as bands over the areas on some files) follow the sources. The grades
are the four Ofsted grades a council's QA team uses, not anything CJI
publishes. Our own: tabbed sheets, one landscape scorecard sheet with the
agencies across the columns, or a panel record and an action-plan sheet;
details as label rows, a strip of labels over values or two pairs to a
row; plain or prefixed case references (a number cell on some); brothers
and sisters named with dates of birth on some, and one named in the text
on some; grades typed informally, a number on a printed 1–4 key either
way round, one of four option cells emboldened (highlighted on some) with
the other three struck through, a mark under four grade columns (or
against four grade rows on the scorecard) or an Excel drop-down; the
overall grade the same way or in a sentence; actions as a table, numbered
lines in one cell or a "no actions" sentence; the urgent question typed,
from a drop-down or marked under Yes / No; dates in the writer's own
spelling or as Excel dates; the Head of Service's moderation typed in a
non-red ink as labelled rows (with remarks beside the graded rows on
some), or in black in a heavy-bordered shaded box, changing, confirming or
only commenting; or an empty section, an "awaiting" note or none.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
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

FAMILY = "partnership_case_audit_workbook"
SEED = 10044

# The sample's areas as the joint response is graded on strand files, under
# the strand each belongs to.
STRANDS = (
    ("PROMOTE", ("Voice of the child",)),
    ("PREVENT", ("Information sharing between agencies", "Assessment of need and risk")),
    ("PROTECT", ("Multi-agency plan", "Impact and outcomes for the child")),
)
AREA_NAMES = (
    {"Voice of the child": "The child's lived experience and voice",
     "Information sharing between agencies": "Information sharing at the point of referral",
     "Assessment of need and risk": "Recognising and assessing risk together",
     "Multi-agency plan": "Joint planning and intervention",
     "Impact and outcomes for the child": "Is the child safer? Impact of the help"},
    {"Voice of the child": "Child's voice heard by every agency",
     "Information sharing between agencies": "Front door: information shared",
     "Assessment of need and risk": "Joint assessment of risk",
     "Multi-agency plan": "One plan, worked to by all",
     "Impact and outcomes for the child": "Outcomes for the child"},
)
TITLES = (
    "Partnership Case Audit – Child's Journey Workbook",
    "MULTI-AGENCY CASE AUDIT (PARTNERSHIP PANEL)",
    "Joint Partnership Audit of a Child's Case",
    "Partnership Case Audit Workbook – Promote, Prevent, Protect",
)
PARTNERSHIPS = ("Safeguarding Children Partnership", "Children's Services Co-operation Partnership",
                "Safeguarding Partnership – Case Audit Panel")
REASONS = (
    "Randomly selected from contacts received at the front door in the quarter.",
    "Child subject to a child protection plan; police attended two domestic abuse incidents.",
    "Referred by the school after repeated absence; health concerns noted at the ED.",
    "Selected for the quarter's theme: children missing from home or care.",
    "Case stepped up from family support after a strategy discussion.",
    "Chosen by the panel chair from the partnership's data on repeat referrals.",
)
REP_FIRSTS = ("Aoife", "Ciaran", "Niamh", "Declan", "Orla", "Eamon", "Siobhan", "Padraig", "Roisin", "Conor",
              "Grainne", "Fergal")
REP_SURNAMES = ("McCann", "Boyle", "Quinn", "Gallagher", "Devlin", "McKeown", "Hagan", "Mulholland", "Corrigan")
ROLES = {
    "Children's Social Care": ("Allocated social worker",),
    "Police": ("Detective Sergeant, Public Protection", "PPU Detective Constable"),
    "Health visiting": ("Health Visitor", "Named Nurse for Safeguarding"),
    "School": ("Designated Teacher for Child Protection", "Deputy Principal (DSL)"),
    "Early Help": ("Family Support Hub coordinator", "Early Help Lead"),
    "Probation": ("Probation Officer",),
    "Child and Adolescent Mental Health Services": ("CAMHS Clinical Lead", "Primary Mental Health Worker"),
    "Housing": ("Housing Officer", "Tenancy Sustainment Officer"),
}
# What each agency did, as the panel summed it up: for a contribution graded
# Outstanding or Good, then for one graded lower.
CONTRIBUTIONS = (
    ("Concerns recorded and shared with social care the same day.",
     "Attended every core group; reports submitted on time.",
     "Good knowledge of the child; views gathered in school.",
     "Regular contact; worries escalated through the right route."),
    ("Records brief; outcome of the strategy discussion not noted.",
     "Not invited to the last review; information sent by email only.",
     "Checks completed promptly; no follow-up after the incident.",
     "Single-agency view only; no joint visit recorded."),
)
JOURNEY = (
    ("Police", "Domestic abuse incident attended; child present", "PPN sent to the front door"),
    ("School", "Child disclosed worries to the form tutor", "Designated teacher referred the same day"),
    ("Health visiting", "Missed developmental review", "Letter sent; no home visit"),
    ("Children's Social Care", "Strategy discussion held", "Joint enquiry agreed with police"),
    ("Health visiting", "Attendance at the Emergency Department", "Safeguarding liaison notified"),
    ("Children's Social Care", "Initial child protection case conference", "Child protection plan agreed"),
    ("School", "Attendance fell below 80%", "Raised at the core group"),
    ("Police", "Child reported missing overnight", "Return interview requested"),
)
NO_ACTIONS = ("No multi-agency actions – the panel agreed the current plan addresses the learning.",
              "Nil actions arising from this audit; learning to be shared at the next partnership meeting.",
              "No actions required.")
OWNER_NAMES = {"Practice manager": "CSC Practice Manager", "Social worker": "Allocated social worker"}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
OPTIONS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
KEYS = (
    ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
     "Key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"),
    ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
     "Scoring key:  4 Outstanding  |  3 Good  |  2 Requires improvement  |  1 Inadequate"),
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(90, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [s for s in pool if s.urgent_concern and not s.moderation][:3]
    rest = [s for s in pool if not s.urgent_concern]
    changes = [s for s in rest if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:4]
    confirms = [s for s in rest if s.moderation and s.moderation.grade == s.grade][:3]
    remarks = [s for s in rest if s.moderation and not s.moderation.grade][:3]
    plain = [s for s in rest if not s.moderation]
    chosen = urgent + changes + confirms + remarks
    chosen += plain[: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    no_actions = set(rng.sample(range(len(chosen)), 3))
    return [_form(rng, index, sample, today, index in no_actions) for index, sample in enumerate(chosen)]


class _Sheet:
    """A worksheet being written top to bottom."""

    def __init__(self, ws, font: str, width: int):
        self.ws = ws
        self.font = font
        self.width = width
        self.row = 1

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10,
             number_format=None, border=True, strike=False):
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
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, fill, *, colour="FFFFFF"):
        self.cell(self.row, 1, text, bold=True, colour=colour, fill=fill, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text, *, italic=False, bold=False, colour=None, border=False, fill=None, height=None):
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border, fill=fill)
        self.merge(self.row, 1, self.width)
        lines = str(text).count("\n") + 1 + len(str(text)) // 110
        self.ws.row_dimensions[self.row].height = height or 15 * max(1, lines)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, drop_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    shape = rng.choice(("tabs", "scorecard", "two"))
    mode = "agency" if rng.random() < 0.6 else "strand"
    style = rng.choice(("typed", "key", "options", "columns", "dropdown"))
    overall_style = rng.choice((style, style, "sentence"))
    key_values, key_text = rng.choice(KEYS)
    details_layout = rng.choice(("rows", "strip", "pairs"))
    actions_layout = rng.choice(("table", "table", "lines"))
    urgent_style = rng.choice(("typed", "dropdown", "marks"))
    moderation_look = rng.choice(("ink", "ink", "box"))
    unmoderated = rng.choice(("empty", "awaiting", "none"))
    journey = rng.random() < 0.5
    highlight = rng.random() < 0.5  # the kept option shaded yellow as well as bold
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today) if rng.random() < 0.5 else []
    agencies = list(next(own.written for own in sample.own if own.key == "agencies"))

    # --- change the sample to what this workbook shows --------------------------
    moderation = sample.moderation
    old_names = [s.name for s in sample.sections]
    if mode == "agency":
        # Each agency's contribution graded; the sample's area grades in turn.
        sections = tuple(Section(agency, s.grade, rng.choice(CONTRIBUTIONS[s.grade not in (OUTSTANDING, GOOD)]))
                         for agency, s in zip(agencies, sample.sections))
        renamed = dict(zip(old_names, agencies))
    else:
        names = rng.choice(AREA_NAMES)
        sections = tuple(Section(names[s.name], s.grade, s.comment) for s in sample.sections)
        renamed = dict(names)
    changes: dict = {"sections": sections}
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if drop_actions:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(SampleAction(a.action, OWNER_NAMES.get(a.owner, a.owner), a.due)
                                   for a in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if moderation:
        changes["moderation"] = replace(moderation, section_comments={
            renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child
    plain_number = sample.case_id.isdigit() and rng.random() < 0.4

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    width = max(8, len(agencies) + 2) if shape == "scorecard" else 8
    first = workbook.active
    if shape == "tabs":
        first.title = "1. Case"
        sheets = {"case": first, "agencies": workbook.create_sheet("2. Agencies")}
        number = 3
        if journey or mode == "strand":
            sheets["grades"] = workbook.create_sheet(f"3. {'Journey & findings' if journey else 'Findings'}")
            number = 4
        else:
            sheets["grades"] = sheets["agencies"]
        sheets["summary"] = workbook.create_sheet(f"{number}. Learning & actions")
        sheets["sign"] = workbook.create_sheet(f"{number + 1}. {rng.choice(('Sign-off & QA', 'Sign off'))}")
    elif shape == "scorecard":
        first.title = rng.choice(("Audit scorecard", "Panel scorecard"))
        first.page_setup.orientation = "landscape"
        sheets = dict.fromkeys(("case", "agencies", "grades", "summary", "sign"), first)
    else:
        first.title = rng.choice(("Panel record", "Audit record"))
        second = workbook.create_sheet(rng.choice(("Actions & QA", "Action plan & sign-off")))
        sheets = {"case": first, "agencies": first, "grades": first, "summary": second, "sign": second}
    writers: dict = {}
    title = rng.choice(TITLES)
    heading = f"{COUNCIL} {rng.choice(PARTNERSHIPS)}"

    def writer(key: str) -> _Sheet:
        ws = sheets[key]
        if ws.title not in writers:
            sheet = _Sheet(ws, font, width)
            writers[ws.title] = sheet
            widths = (30, *(20,) * (width - 1))
            for position, size in enumerate(widths, start=1):
                ws.column_dimensions[get_column_letter(position)].width = size
            opening = len(writers) == 1
            sheet.cell(1, 1, heading if opening else title, bold=True, colour=brand, border=False, size=12)
            sheet.merge(1, 1, width)
            if opening:
                sheet.cell(2, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14)
                sheet.merge(2, 1, width)
                sheet.row = 3
                sheet.line(rng.choice((
                    "OFFICIAL – SENSITIVE when completed. Each agency completes its own entry before the panel.",
                    "Audit the child's journey through every agency's records for the last six months.",
                    "Agency representatives: bring your records to the panel; the chair completes the summary.",
                )), italic=True)
                sheet.row += 1
            else:
                sheet.row = 3
        return writers[ws.title]

    # --- the case -----------------------------------------------------------------
    sheet = writer("case")
    sheet.band(rng.choice(("Section 1 – The child and the case", "CASE DETAILS", "About the case")), brand)
    audit_day, audit_fmt = day(sample.date)
    born, born_fmt = day(child.date_of_birth)
    address = ", ".join((*child.address_lines, child.postcode))
    case_value = int(sample.case_id) if plain_number else sample.case_id
    details = [
        (rng.choice(("Case reference", "Case ref", "Child's case no.")), case_value, "0" if plain_number else None),
        (rng.choice(("Reason case was selected", "Why this case?", "Selection reason")), rng.choice(REASONS), None),
        (rng.choice(("Child", "Child's name", "Name")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born, born_fmt),
        (rng.choice(("Address", "Home address")), address, None),
        (rng.choice(("Parents / carers", "Parent(s) / carer(s)")), ", ".join(child.parents), None),
        (rng.choice(("Panel chair (lead auditor)", "Audit lead / chair", "Chair of audit panel")),
         sample.auditor, None),
        (rng.choice(("Allocated social worker", "Social worker (CSC)", "Allocated worker")), sample.practitioner,
         None),
        (rng.choice(("Team", "SW team")), sample.team, None),
        ("Service", sample.service, None),
        (rng.choice(("Date of audit panel", "Panel date", "Date audited")), audit_day, audit_fmt),
    ]
    if household:
        label = rng.choice(("Brothers and sisters", "Siblings (name, DOB)", "Other children in the household"))
        details.insert(6, (label, "; ".join(f"{name} ({when(born_on)})" for name, born_on in household), None))
    if details_layout == "rows":
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, width)
            sheet.row += 1
    elif details_layout == "strip":
        for start in range(0, len(details), 4):
            for offset, (text, value, number_format) in enumerate(details[start:start + 4]):
                sheet.cell(sheet.row, 1 + offset * 2, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
                sheet.cell(sheet.row + 1, 1 + offset * 2, value, number_format=number_format)
                sheet.merge(sheet.row + 1, 1 + offset * 2, 2 + offset * 2)
            sheet.ws.row_dimensions[sheet.row + 1].height = 30
            sheet.row += 2
    else:
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    sheet.row += 1

    # --- grade writers ------------------------------------------------------------
    def option_heads(ws_sheet: _Sheet, row: int, column: int) -> None:
        for offset, (_, text) in enumerate(OPTIONS):
            ws_sheet.cell(row, column + offset, text, bold=True, fill="F2F2F2", size=8)

    def grade_cells(ws_sheet: _Sheet, row: int, column: int, grade: str, how: str) -> None:
        """A grade from `column` in style `how` ("columns" and "options" take four cells)."""
        if how == "columns":
            mark = rng.choice(("X", "\u2713", "x", "\u25cf"))
            for offset, (option, _) in enumerate(OPTIONS):
                ws_sheet.cell(row, column + offset, mark if option == grade else None, bold=True)
        elif how == "options":
            for offset, (option, text) in enumerate(OPTIONS):
                chosen = option == grade
                ws_sheet.cell(row, column + offset, text, bold=chosen, strike=not chosen,
                              fill="FFFF00" if chosen and highlight else None, size=9)
        elif how == "dropdown":
            ws_sheet.cell(row, column, DROPDOWN[grade], bold=True, fill="FFF2CC")
            dropdown(ws_sheet.ws, ws_sheet.ws.cell(row=row, column=column).coordinate, tuple(DROPDOWN.values()))
        elif how == "key":
            ws_sheet.cell(row, column, key_values[grade], bold=True, fill="FFF2CC")
        else:
            ws_sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.2), bold=True)

    def reps() -> list[tuple[str, str, str]]:
        chosen = []
        firsts = rng.sample(REP_FIRSTS, len(REP_FIRSTS))
        for agency, first_name in zip(agencies, firsts):
            if agency == "Children's Social Care":
                chosen.append((agency, sample.practitioner, "Allocated social worker"))
            else:
                chosen.append((agency, f"{first_name} {rng.choice(REP_SURNAMES)}", rng.choice(ROLES[agency])))
        return chosen

    represented = reps()
    remarks = moderation.section_comments if moderation and moderation_look == "ink" else {}
    hos = rng.choice(("HoS", "Head of Service"))

    # --- the agencies and their contributions --------------------------------------
    sheet = writer("agencies")
    sheet.band(rng.choice(("Section 2 – Agencies taking part", "AGENCIES REPRESENTED AT THE PANEL",
                           "Who took part")), brand)
    if mode == "agency" and style == "key":
        sheet.line(key_text, bold=True)
    if shape == "scorecard":
        # Agencies across the columns.
        sheet.cell(sheet.row, 1, "Agency", bold=True, fill="DDEBF7")
        for column, (agency, _, _) in enumerate(represented, start=2):
            sheet.cell(sheet.row, column, agency, bold=True, fill="DDEBF7")
        sheet.row += 1
        rows = [("Represented by", [name for _, name, _ in represented]),
                ("Role", [role for _, _, role in represented]),
                (rng.choice(("Records reviewed?", "Records read for the period?")),
                 [rng.choice(("Yes", "Yes", "Partly")) for _ in represented])]
        if mode == "agency":
            rows.append((rng.choice(("Contribution to the child's journey", "What this agency did")),
                         [s.comment for s in sample.sections]))
        for text, values in rows:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            for column, value in enumerate(values, start=2):
                sheet.cell(sheet.row, column, value, size=9)
            sheet.ws.row_dimensions[sheet.row].height = 45 if text.startswith(("Contribution", "What")) else 15
            sheet.row += 1
        if mode == "agency":
            if style in ("columns", "options"):
                # Four grade rows; the agency's column marked (or the option kept, the rest struck through).
                mark = rng.choice(("X", "\u2713", "\u25cf"))
                for option, text in OPTIONS:
                    sheet.cell(sheet.row, 1, f"Grade: {text}", bold=True, fill="F2F2F2")
                    for column, section in enumerate(sample.sections, start=2):
                        if style == "columns":
                            sheet.cell(sheet.row, column, mark if section.grade == option else None, bold=True)
                        else:
                            chosen = section.grade == option
                            sheet.cell(sheet.row, column, text, bold=chosen, strike=not chosen, size=9)
                    sheet.row += 1
            else:
                sheet.cell(sheet.row, 1, rng.choice(("Grade for contribution", "Agency grade")), bold=True,
                           fill="F2F2F2")
                for column, section in enumerate(sample.sections, start=2):
                    grade_cells(sheet, sheet.row, column, section.grade, style)
                sheet.row += 1
            if remarks:
                sheet.cell(sheet.row, 1, f"{hos} comment", bold=True, colour=ink)
                for column, section in enumerate(sample.sections, start=2):
                    sheet.cell(sheet.row, column, remarks.get(section.name), colour=ink, italic=True, size=9)
                sheet.row += 1
        sheet.row += 1
    else:
        heads = ["Agency", "Represented by", "Role"]
        if mode == "agency":
            heads.append(rng.choice(("Contribution to the child's journey", "What this agency did")))
        else:
            heads.append("Records reviewed?")
        for column, text in enumerate(heads, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        grade_column = len(heads) + 1
        if mode == "agency":
            if style == "columns":
                option_heads(sheet, sheet.row, grade_column)
            elif style == "options":
                sheet.cell(sheet.row, grade_column, "Grade (strike through those that do not apply)", bold=True,
                           fill="DDEBF7")
                sheet.merge(sheet.row, grade_column, grade_column + 3)
            else:
                sheet.cell(sheet.row, grade_column, rng.choice(("Grade", "Agency grade")), bold=True, fill="DDEBF7")
        sheet.row += 1
        for (agency, name, role), section in zip(represented, (*sample.sections, *([None] * 5))):
            sheet.cell(sheet.row, 1, agency, bold=True)
            sheet.cell(sheet.row, 2, name)
            sheet.cell(sheet.row, 3, role)
            if mode == "agency":
                sheet.cell(sheet.row, 4, section.comment, size=9)
                grade_cells(sheet, sheet.row, grade_column, section.grade, style)
            else:
                sheet.cell(sheet.row, 4, rng.choice(("Yes", "Yes", "Partly")))
                dropdown(sheet.ws, f"D{sheet.row}", ("Yes", "Partly", "No"))
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
            if mode == "agency" and section.name in remarks:
                sheet.cell(sheet.row, 1, f"{hos}:", bold=True, colour=ink)
                sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 2, 4)
                sheet.row += 1
        sheet.row += 1

    # --- the child's journey and the graded areas -------------------------------------
    sheet = writer("grades")
    if journey:
        sheet.band(rng.choice(("The child's journey – key events", "CHRONOLOGY OF CONTACTS WITH AGENCIES")), brand)
        for column, text in enumerate(("Date of event", "Agency", "What happened", "Response"), start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 4, width)
        sheet.row += 1
        events = sorted(rng.sample(range(20, 170), 4), reverse=True)
        for back, (agency, event, response) in zip(events, rng.sample(JOURNEY, 4)):
            happened, happened_fmt = day(sample.date - timedelta(days=back))
            sheet.cell(sheet.row, 1, happened, number_format=happened_fmt)
            sheet.cell(sheet.row, 2, agency)
            sheet.cell(sheet.row, 3, event)
            sheet.cell(sheet.row, 4, response)
            sheet.merge(sheet.row, 4, width)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
        sheet.row += 1
    if mode == "strand":
        sheet.band(rng.choice(("Section 3 – The joint response", "FINDINGS: PROMOTE, PREVENT, PROTECT",
                               "Panel findings by area")), brand)
        if style == "key":
            sheet.line(key_text, bold=True)
        by_name = {old: new for old, new in zip(old_names, sample.sections)}
        for strand, members in STRANDS:
            sheet.cell(sheet.row, 1, strand, bold=True, colour=brand, fill="EDEDED")
            sheet.merge(sheet.row, 1, width)
            sheet.row += 1
            sheet.cell(sheet.row, 1, rng.choice(("Area", "Area of practice")), bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, "Panel evidence", bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 2, 4)
            if style == "columns":
                option_heads(sheet, sheet.row, 5)
            elif style == "options":
                sheet.cell(sheet.row, 5, "Grade (strike through those that do not apply)", bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 5, 8)
            else:
                sheet.cell(sheet.row, 5, "Grade", bold=True, fill="F2F2F2")
            sheet.row += 1
            for old in members:
                section = by_name[old]
                sheet.cell(sheet.row, 1, section.name, bold=True)
                sheet.cell(sheet.row, 2, section.comment)
                sheet.merge(sheet.row, 2, 4)
                grade_cells(sheet, sheet.row, 5, section.grade, style)
                sheet.ws.row_dimensions[sheet.row].height = 32
                sheet.row += 1
                if section.name in remarks:
                    sheet.cell(sheet.row, 1, f"{hos}:", bold=True, colour=ink)
                    sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                    sheet.merge(sheet.row, 2, width)
                    sheet.row += 1
        sheet.row += 1

    # --- overall grade, learning, urgent question, actions ------------------------------
    sheet = writer("summary")
    sheet.band(rng.choice(("Section 4 – Panel judgement and learning", "OVERALL JUDGEMENT AND LEARNING",
                           "What the panel agreed")), brand)
    overall_label = rng.choice(("Overall multi-agency grade agreed by the panel", "Overall grade (panel)",
                                "Overall judgement of the partnership response"))
    if overall_style == "sentence":
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, rng.choice(("The panel agreed an overall grade of {}.",
                                             "Agreed by all agencies present: {}.")).format(DROPDOWN[sample.grade]))
        sheet.merge(sheet.row, 2, width)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    else:
        if overall_style == "key":
            sheet.line(key_text, bold=True)
        if overall_style == "columns":
            option_heads(sheet, sheet.row, 2)
            sheet.row += 1
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="F2F2F2")
        grade_cells(sheet, sheet.row, 2, sample.grade, overall_style)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    worked = rng.choice(("What worked well", "What is working well across agencies", "Strengths"))
    improve = rng.choice(("What needs to improve", "Areas for development", "Learning for the partnership"))
    if rng.random() < 0.5:
        for text, lines in ((worked, sample.strengths), (improve, sample.development_areas)):
            sheet.cell(sheet.row, 1, text, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, 1, width)
            sheet.row += 1
            for item in lines:
                sheet.line(f"\u2022 {item}", border=True)
    else:
        sheet.cell(sheet.row, 1, worked, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, improve, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 5, width)
        sheet.row += 1
        sheet.cell(sheet.row, 1, "\n".join(sample.strengths))
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, "\n".join(sample.development_areas))
        sheet.merge(sheet.row, 5, width)
        tallest = max(len(sample.strengths), len(sample.development_areas))
        sheet.ws.row_dimensions[sheet.row].height = 32 * tallest
        sheet.row += 1
    sheet.row += 1
    question = rng.choice(("Is any child in this household at risk of immediate harm?",
                           "Did the panel identify an urgent safeguarding concern needing same-day escalation?",
                           "Immediate safety concern identified?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    if urgent_style == "marks":
        for column, (text, chosen) in zip((5, 6), (("Yes", sample.urgent_concern), ("No", not sample.urgent_concern))):
            sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row + 1, column, "X" if chosen else None, bold=True)
        sheet.row += 1
    else:
        sheet.cell(sheet.row, 5, "Yes" if sample.urgent_concern else rng.choice(("No", "No", "no")), bold=True,
                   fill="FFF2CC")
        if urgent_style == "dropdown":
            dropdown(sheet.ws, f"E{sheet.row}", ("Yes", "No"))
    sheet.row += 1
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, rng.choice(("If yes, what and who was told", "Details and action taken")),
                   bold=True)
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail)
        sheet.merge(sheet.row, 2, width)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Section 5 – Multi-agency actions", "MULTI-AGENCY ACTION PLAN", "Actions agreed")), brand)
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_layout == "table":
        heads = rng.choice((("Action", "Owner (agency)", "By when", "Status"),
                            ("What needs to happen", "Who", "Target date", "RAG")))
        for (start, end), text in zip(((1, 4), (5, 6), (7, 7), (8, 8)), heads):
            sheet.cell(sheet.row, start, text, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, start, end)
        sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            sheet.cell(sheet.row, 7, due, number_format=due_fmt)
            sheet.cell(sheet.row, 8, None)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        lines = [f"{number}. {action.action} ({action.owner}, by {when(action.due)})"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.line("\n".join(lines), border=True, height=18 * len(lines))
    sheet.row += 1

    # --- sign-off and moderation --------------------------------------------------------
    sheet = writer("sign")
    sheet.band(rng.choice(("Section 6 – Sign-off", "SIGN-OFF AND QUALITY ASSURANCE", "Sign off")), brand)
    signed, signed_fmt = day(sample.date)
    sheet.cell(sheet.row, 1, rng.choice(("Signed (panel chair)", "Chair's sign-off")), bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 2, sample.auditor)
    sheet.merge(sheet.row, 2, 4)
    sheet.cell(sheet.row, 5, "Date", bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 6, signed, number_format=signed_fmt)
    sheet.merge(sheet.row, 6, width)
    sheet.row += 2
    if moderation or unmoderated != "none":
        sheet.cell(sheet.row, 1, rng.choice(("Head of Service moderation", "Moderation (Head of Service)",
                                             "QA moderation – Head of Service")), bold=True, colour=brand)
        sheet.merge(sheet.row, 1, width)
        sheet.row += 1
        top = sheet.row
        boxed = moderation_look == "box" or not moderation
        colour = ink if moderation and moderation_look == "ink" else None
        fill = "F2F2F2" if moderation_look == "box" and moderation else None
        rows: list = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator if moderation else None,
                       None)]
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
        else:
            moderated_on, moderated_fmt = None, None
        rows.append(("Date moderated", moderated_on, moderated_fmt))
        agree = grade_text = None
        if moderation and moderation.grade:
            agree = rng.choice((("Agree", "Disagree"), ("Yes", "No")))[0 if moderation.grade == sample.grade else 1]
            grade_text = DROPDOWN[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows.append((rng.choice(("Agree with the panel's grade?", "Overall grade agreed?")), agree, None))
        rows.append((rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None))
        if moderation:
            comments = "\n".join(moderation.comments)
            if moderation_look == "box" and moderation.section_comments:
                comments += "\n" + "\n".join(f"{name}: {text}" for name, text in moderation.section_comments.items())
        else:
            comments = "Awaiting Head of Service moderation." if unmoderated == "awaiting" else None
        rows.append(("Comments", comments, None))
        for text, value, number_format in rows:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format, colour=colour, fill=fill,
                       bold=text.startswith(("Moderated grade", "Grade after")),
                       italic=not moderation)
            sheet.merge(sheet.row, 2, width)
            if text == "Comments":
                sheet.ws.row_dimensions[sheet.row].height = 20 + 15 * (str(value).count("\n") + 1 +
                                                                      len(str(value)) // 110)
            sheet.row += 1
        if boxed:
            for row in range(top, sheet.row):
                for column in range(1, width + 1):
                    sheet.ws.cell(row=row, column=column).border = Border(
                        left=THICK if column == 1 else THIN, right=THICK if column == width else THIN,
                        top=THICK if row == top else THIN, bottom=THICK if row == sheet.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), address, ", ".join(child.parents),
            *(when(born_on) for _, born_on in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)
