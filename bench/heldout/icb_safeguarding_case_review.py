"""ICB safeguarding case review: a multi-agency audit of one child's case
kept as an Excel workbook on a template issued by an (invented) NHS
Integrated Care Board's Safeguarding Children Team for the local
safeguarding children partnership, and filled in by the council's lead
auditor after the audit panel: the case (reference, the child, the
household, the case status, the allocated worker with their team and
service), the panel (its date, on some the period under review and a
partnership audit number), the agencies and who spoke for each (with the
record system each one read) or the agencies on one line; five lines of
enquiry, each with what every agency's records showed, the panel's finding
and a grade; the overall grade for the multi-agency response; good
practice and learning for the partnership; a multi-agency action plan or a
"no actions" sentence; the question whether any child needs a same-day
referral; sign-off by the lead auditor and the ICB's Designated Nurse; and
the Head of Service's moderation.

Modelled on what NHS Coventry and Warwickshire Integrated Care Board
publishes about its safeguarding role (no Coventry and Warwickshire ICB
material was used yet), read as the search excerpt of its "Safeguarding"
page (happyhealthylives.uk, the ICB's pages; a search excerpt, not the
whole page): in line with NHS England's Safeguarding Accountability and
Assurance Framework (July 2022) the ICB will ensure that the services it
commissions provide a safe system, that it is "fully engaged with Local
Safeguarding Children and Safeguarding Adults Partnerships and Boards",
that it has robust processes to learn lessons from cases where children,
young people and adults die or are seriously harmed and abuse or neglect
is suspected, and that it works with NHS England so the health
commissioning system safeguards effectively; as a statutory partner the
safety and welfare of children and adults using health and care services
is "of paramount importance to the ICB". The page says nothing about case
audits and shows no form. That safeguarding partnerships audit cases
together is taken from the Coventry Safeguarding Children Partnership's
"Multi-Agency Audits" page (coventry.gov.uk: multi-agency audits are a key
strand of its Quality Assurance and Continuous Improvement Framework, a
yearly programme of assurance activity linked to its priorities, looking
at how children and families are supported "through the eyes of many
different professionals"); a "Coventry Safeguarding" name already appears
in bench/README.md, and this page shows no form either.

So the workbook is our own judgement: the ICB's name and title bands (NHS
blue on most, another brand colour on some) over the partnership's name; one sheet or a "Front sheet" /
lines-of-enquiry / "Outcome" set, with the moderation on its own "HoS QA"
sheet on some and a hidden "Lists" sheet behind the drop-downs on some;
the details as label / value rows or as numbered questions (1.1, 1.2 ...);
the agencies as a table of agency, representative, role and record system
read (Niche, SystmOne, CPOMS ...), or on one line; the lines of enquiry
with the sample's own names, as questions ("LOE 1 – Was the child seen,
heard and understood?") or in short health-style words, laid out as a
block each, as one matrix with a row per agency and a column per line
of enquiry (the grades in a row under it, or four grade rows marked or
struck through), or as a sheet per line of enquiry; grades typed
informally, a number on a printed 1–4 key either way round, chosen from
an Excel drop-down, the chosen grade highlighted and emboldened among the
four with the others struck through (four cells, or one rich-text cell),
or a mark (or fill) under four grade columns; dates typed in seven
spellings or kept as Excel dates; plain or prefixed case references;
learning one item to a row, one cell with a line per item, or side by
side; actions as a table with a lead agency and an empty RAG column,
numbered lines, or a "no actions" sentence (two files); brothers and
sisters named in a household table on some; the Head of Service's
moderation typed in a colour of their own (never red) as rows, as a
heavy-bordered box or on its own sheet, with remarks beside the lines of
enquiry they commented on, or, where not moderated, an empty box, an
"awaiting" note or no section. The agency representatives, the Designated
Nurse and the brothers and sisters are personal data the parser must not
give back.
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
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import SampleAction, Section
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
    attendees,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "icb_safeguarding_case_review"
SEED = 10018

ICB = "NHS Northmoor and Pennine Integrated Care Board"
ICB_TEAM = ("Safeguarding Children Team", "Safeguarding Children and Children in Care Team",
            "Designated Professionals for Safeguarding Children")
PARTNERSHIP = ("Northmoor Safeguarding Children Partnership", "Northmoor Children's Safeguarding Partnership")
NHS_BLUE = "005EB8"
TITLES = (
    "Multi-Agency Case Review – Audit Workbook",
    "Safeguarding Case Review (Multi-Agency Audit)",
    "MULTI-AGENCY CASE AUDIT – PANEL RECORD",
    "Joint Safeguarding Case Review: Findings and Action Plan",
)

# The sample's areas, as questions and in short health-style words.
QUESTIONS = {
    "Voice of the child": "LOE 1 – Was the child seen, heard and understood by each agency?",
    "Information sharing between agencies": "LOE 2 – Was information shared promptly, in full and acted on?",
    "Assessment of need and risk": "LOE 3 – Was risk recognised, assessed and escalated in time?",
    "Multi-agency plan": "LOE 4 – Did every agency work to one shared plan?",
    "Impact and outcomes for the child": "LOE 5 – What difference has the help made for the child?",
}
SHORT = {
    "Voice of the child": "Child's lived experience",
    "Information sharing between agencies": "Sharing of information",
    "Assessment of need and risk": "Recognition and assessment of risk",
    "Multi-agency plan": "Joint planning and review",
    "Impact and outcomes for the child": "Outcomes for the child",
}

ROLES = {
    "Children's Social Care": "Lead auditor",
    "Police": "DS, Public Protection Unit",
    "Health visiting": "Health Visitor",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Family Support Worker",
    "Probation": "Probation Officer",
    "Child and Adolescent Mental Health Services": "Clinical Nurse Specialist",
    "Housing": "Tenancy Support Officer",
}
SYSTEMS = {
    "Children's Social Care": "LCS", "Police": "Niche RMS", "Health visiting": "SystmOne", "School": "CPOMS",
    "Early Help": "EHM", "Probation": "nDelius", "Child and Adolescent Mental Health Services": "RiO",
    "Housing": "Northgate",
}
# Surnames for the agencies' representatives and the Designated Nurse; none is
# a staff or family surname.
PROFESSIONAL_SURNAMES = ("Threlfall", "Varley", "Entwistle", "Hebden", "Crossley", "Nuttall", "Pilling", "Ackroyd")
FINDINGS = (
    "Seen at every contact; worries logged and passed to the social worker.",
    "Two contacts in the period; the referral was acknowledged but no outcome recorded.",
    "Records are brief; the strategy discussion outcome is not on file.",
    "Attended core groups and sent reports on time.",
    "Not invited to the last review; information was sent by email.",
    "Chronology held but not updated since the conference.",
    "Single-agency view only; no record of joint visits.",
    "Concerns discussed in safeguarding supervision and shared with the lead professional.",
    "No contact in the period reviewed.",
)
CASE_STATUS = ("Child Protection Plan", "Child in Need", "Child Protection Plan (neglect)",
               "Child in Need – stepped down from CP")
NO_ACTIONS = (
    "No multi-agency actions – learning to be shared in the partnership's practice briefing.",
    "Nil actions arising; the panel agreed the current plan already addresses the learning.",
    "No actions required from this review.",
)
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
            INADEQUATE: "Inadequate"}
FOUR = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF7C80"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "d/m/yy")
THIN = Side(style="thin", color="8EA9DB")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
LAST = 8  # the last column of the form's width

GRADE_STYLES = ("dropdown", "typed", "score", "struck", "columns")
LOE_LAYOUTS = ("blocks", "matrix", "sheets")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    styles = [GRADE_STYLES[index % len(GRADE_STYLES)] for index in range(count)]
    layouts = [LOE_LAYOUTS[index % len(LOE_LAYOUTS)] for index in range(count)]
    rng.shuffle(styles)
    rng.shuffle(layouts)
    without_actions = set(rng.sample(range(count), min(2, count)))
    return [_form(rng, index, sample, today, styles[index], layouts[index], index in without_actions)
            for index, sample in enumerate(samples)]


class _Sheet:
    """One worksheet and the next free row."""

    def __init__(self, ws, font: str):
        self.ws = ws
        self.font = font
        self.row = 1
        for position, width in enumerate((30, 20, 20, 20, 20, 20, 20, 16, 14, 14), start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def cell(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
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

    def merge(self, row: int, first: int, last: int = LAST) -> None:
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, fill: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill, size=11)
        self.merge(self.row, 1)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, border=False, fill=None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border, fill=fill)
        self.merge(self.row, 1)
        lines = sum(len(part) // 110 + 1 for part in str(text).split("\n"))
        self.ws.row_dimensions[self.row].height = 15 * max(1, lines)
        self.row += 1

    def pair(self, label: str, value, *, number_format=None, colour=None, bold_value=False) -> None:
        self.cell(self.row, 1, label, bold=True, fill="DEEAF6")
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold_value)
        self.merge(self.row, 2)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, style: str, loe_layout: str,
          no_actions: bool) -> HeldOutForm:
    brand = NHS_BLUE if rng.random() < 0.6 else rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    overall_style = style if rng.random() < 0.7 else rng.choice(("typed", "dropdown", "struck"))
    reversed_key = rng.random() < 0.3
    if loe_layout == "sheets":
        sheets_layout = rng.choice(("tabs", "tabs+qa"))
    else:
        sheets_layout = rng.choice(("one", "tabs", "tabs", "tabs+qa"))
    details_layout = rng.choice(("rows", "numbered"))
    agencies_layout = rng.choice(("table", "table", "table", "line"))
    learning_layout = rng.choice(("rows", "cell", "side"))
    actions_layout = rng.choice(("table", "table", "lines"))
    moderation_layout = "sheet" if sheets_layout == "tabs+qa" else rng.choice(("rows", "box"))
    naming = "questions" if loe_layout == "sheets" and rng.random() < 0.5 else rng.choice(
        ("original", "questions", "short"))
    lists_sheet = style == "dropdown" and rng.random() < 0.5
    struck_form = rng.choice(("cells", "rich"))  # the template's way of listing the four grades
    symbol = rng.choice(("X", "x", "\u2713", "\u25cf", ""))  # "" shades the chosen cell instead

    # --- the sample as this form shows it -------------------------------------
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 2)), today)
    agencies = list(next(own.written for own in sample.own if own.key == "agencies"))
    titles = {"original": {name: name for name in QUESTIONS}, "questions": QUESTIONS, "short": SHORT}[naming]
    changes: dict = {"sections": tuple(Section(titles[s.name], s.grade, s.comment) for s in sample.sections)}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    changes["actions"] = () if no_actions else tuple(
        SampleAction(a.action, a.owner, a.due) for a in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.moderation:
        changes["moderation"] = replace(sample.moderation, section_comments={
            titles[name]: text for name, text in sample.moderation.section_comments.items()})
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = moderation.section_comments if moderation else {}
    representatives = attendees(rng, PROFESSIONAL_SURNAMES, len(agencies) + 1)
    nurse = representatives.pop()
    speakers = {agency: (sample.auditor if agency == "Children's Social Care" else name)
                for agency, name in zip(agencies, representatives)}
    others = tuple(name for name, _ in household) + tuple(
        name for agency, name in speakers.items() if agency != "Children's Social Care")
    if agencies_layout == "line":
        others = tuple(name for name, _ in household)
    others += (nurse,)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook --------------------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    validations: dict = {}
    list_rows: dict = {}
    lists_ws = None
    if lists_sheet:
        lists_ws = workbook.create_sheet("Lists")
        lists_ws.sheet_state = "hidden"

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            if lists_ws is not None:
                if choices not in list_rows:
                    column = len(list_rows) + 1
                    for row, choice in enumerate(choices, start=1):
                        lists_ws.cell(row=row, column=column, value=choice)
                    letter = get_column_letter(column)
                    list_rows[choices] = f"Lists!${letter}$1:${letter}${len(choices)}"
                formula = list_rows[choices]
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    writers: dict = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font)
        return writers[ws.title]

    title = rng.choice(TITLES)
    team = rng.choice(ICB_TEAM)
    partnership = rng.choice(PARTNERSHIP)

    def heading(sheet: _Sheet, small: bool) -> None:
        if small:
            sheet.cell(1, 1, f"{title} – {partnership}", bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1)
            sheet.row = 3
            return
        sheet.cell(1, 1, f"{ICB} – {team}", bold=True, colour=brand, border=False)
        sheet.merge(1, 1)
        sheet.cell(2, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14)
        sheet.merge(2, 1)
        sheet.cell(3, 1, f"On behalf of the {partnership}", italic=True, border=False)
        sheet.merge(3, 1)
        sheet.row = 4
        sheet.line(rng.choice((
            "OFFICIAL-SENSITIVE when complete. Do not send by unsecured email.",
            "Each agency reads its own records for the period under review before the panel. The lead auditor "
            "completes the panel findings, grades and action plan.",
            "Complete in full after the panel and return to the partnership business unit within 5 working days.",
        )), italic=True)
        sheet.row += 1

    if sheets_layout == "one":
        first.title = rng.choice(("Case review", "Audit", "MACR"))
        front_ws = loe_ws = outcome_ws = qa_ws = first
    else:
        first.title = rng.choice(("Front sheet", "1. Case", "Case details"))
        front_ws = first
        if loe_layout == "sheets":
            loe_ws = None
        else:
            loe_ws = workbook.create_sheet(rng.choice(("Lines of enquiry", "2. LOEs", "Findings")))
        outcome_ws = workbook.create_sheet(rng.choice(("Outcome", "Learning & actions", "3. Outcome")))
        qa_ws = workbook.create_sheet(rng.choice(("HoS QA", "Moderation"))) if sheets_layout == "tabs+qa" \
            else outcome_ws

    # --- front sheet: the case, the panel, the agencies ------------------------------
    sheet = writer(front_ws)
    heading(sheet, small=False)
    sheet.band(rng.choice(("Section 1: The child and the case", "CASE DETAILS", "1. About the case")), brand)
    audit_day, audit_fmt = day(sample.date)
    born, born_fmt = day(child.date_of_birth)
    address = ", ".join((*child.address_lines, child.postcode))
    details = [
        (rng.choice(("Case reference", "LCS number", "Child's case no.")), sample.case_id, None),
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born, born_fmt),
        (rng.choice(("Address", "Home address")), address, None),
        (rng.choice(("Parents / carers", "Parent(s) / carer(s)")), ", ".join(child.parents), None),
        (rng.choice(("Case status at audit", "Current plan")), rng.choice(CASE_STATUS), None),
        (rng.choice(("Allocated social worker", "Allocated worker (CSC)", "Case holder")), sample.practitioner, None),
        (rng.choice(("Team", "Team of allocated worker")), sample.team, None),
        ("Service", sample.service, None),
    ]
    panel = [
        (rng.choice(("Lead auditor", "Audit lead (panel chair)", "Lead auditor / chair")), sample.auditor, None),
        (rng.choice(("Date of audit panel", "Panel date", "Date of multi-agency review meeting")), audit_day,
         audit_fmt),
    ]
    if rng.random() < 0.4:
        start = sample.date - timedelta(days=rng.choice((182, 273, 365)))
        end = sample.date - timedelta(days=rng.randint(10, 25))
        panel.insert(1, ("Period under review", f"{when(start)} to {when(end)}", None))
    if rng.random() < 0.3:
        panel.insert(0, ("Partnership audit no.", f"MACR {sample.date:%y}/{rng.randint(11, 48):02d}", None))

    def detail_rows(rows, prefix: str) -> None:
        for number, (text, value, number_format) in enumerate(rows, start=1):
            if details_layout == "rows":
                sheet.pair(text, value, number_format=number_format)
            else:
                sheet.cell(sheet.row, 1, f"{prefix}.{number}  {text}", bold=True, fill="DEEAF6")
                sheet.cell(sheet.row, 2, value, number_format=number_format)
                sheet.merge(sheet.row, 2)
                sheet.row += 1

    detail_rows(details, "1")
    if household:
        sheet.row += 1
        sheet.cell(sheet.row, 1, rng.choice(("Other children in the household", "Brothers and sisters")),
                   bold=True, fill="DEEAF6")
        sheet.cell(sheet.row, 2, "Name", bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 2, 4)
        sheet.cell(sheet.row, 5, "Date of birth", bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 5, 6)
        sheet.row += 1
        for name, born_on in household:
            sheet.cell(sheet.row, 2, name)
            sheet.merge(sheet.row, 2, 4)
            sheet.cell(sheet.row, 5, when(born_on))
            sheet.merge(sheet.row, 5, 6)
            sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Section 2: The panel", "AUDIT PANEL", "2. About the review")), brand)
    detail_rows(panel, "2")
    sheet.row += 1
    if agencies_layout == "table":
        sheet.band(rng.choice(("Agencies represented and records read", "WHO TOOK PART",
                               "Agencies taking part")), brand)
        heads = ("Agency", "Represented by", "Role", "Records read")
        for (start, end), text in zip(((1, 1), (2, 3), (4, 5), (6, LAST)), heads):
            sheet.cell(sheet.row, start, text, bold=True, fill="DEEAF6")
            sheet.merge(sheet.row, start, end)
        sheet.row += 1
        for agency in agencies:
            sheet.cell(sheet.row, 1, agency)
            sheet.cell(sheet.row, 2, speakers[agency])
            sheet.merge(sheet.row, 2, 3)
            sheet.cell(sheet.row, 4, ROLES.get(agency, "Safeguarding lead"))
            sheet.merge(sheet.row, 4, 5)
            sheet.cell(sheet.row, 6, SYSTEMS.get(agency, "Own case records"))
            sheet.merge(sheet.row, 6)
            sheet.row += 1
    else:
        sheet.pair(rng.choice(("Agencies taking part", "Agencies involved", "Partner agencies")), ", ".join(agencies))
    sheet.cell(sheet.row, 1, "Health records reviewed for the panel by", bold=True, fill="DEEAF6")
    sheet.cell(sheet.row, 2, f"{nurse}, Designated Nurse Safeguarding Children ({ICB.removeprefix('NHS ')})")
    sheet.merge(sheet.row, 2)
    sheet.row += 2

    # --- grades ------------------------------------------------------------------------
    score = {grade: (4 - position if reversed_key else position + 1) for position, grade in enumerate(FOUR)}
    key_text = "   ".join(f"{score[grade]} = {DROPDOWN[grade]}" for grade in
                           sorted(FOUR, key=lambda grade: score[grade]))

    def struck_text(grade: str) -> CellRichText:
        parts = []
        for position, option in enumerate(FOUR):
            if position:
                parts.append(TextBlock(InlineFont(rFont=font), " / "))
            chosen = option == grade
            parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=None if chosen else True),
                                   DROPDOWN[option]))
        return CellRichText(parts)

    def grade_row(ws_sheet: _Sheet, row: int, column: int, grade: str, how: str) -> None:
        """A grade written across from `column` in one row ("columns" needs
        the grade names in the row above, see `grade_names`)."""
        if how == "columns":
            for offset, option in enumerate(FOUR):
                target = ws_sheet.cell(row, column + offset, None)
                if option == grade:
                    if symbol:
                        target.value = symbol
                        target.font = Font(name=font, bold=True)
                        target.alignment = Alignment(horizontal="center", vertical="top")
                    else:
                        target.fill = PatternFill("solid", start_color=FILLS[grade], end_color=FILLS[grade])
        elif how == "struck":
            if struck_form == "cells":
                for offset, option in enumerate(FOUR):
                    chosen = option == grade
                    ws_sheet.cell(row, column + offset, DROPDOWN[option], bold=chosen, strike=not chosen,
                                  fill="FFFF00" if chosen else None)
            else:
                ws_sheet.cell(row, column, struck_text(grade))
                ws_sheet.merge(row, column, column + 3)
        elif how == "dropdown":
            ws_sheet.cell(row, column, DROPDOWN[grade], bold=True, fill="FFF2CC")
            dropdown(ws_sheet.ws, ws_sheet.ws.cell(row=row, column=column).coordinate, tuple(DROPDOWN.values()))
        elif how == "score":
            ws_sheet.cell(row, column, score[grade], bold=True, fill="FFF2CC")
        else:
            ws_sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.2), bold=True)

    def grade_names(ws_sheet: _Sheet, row: int, column: int) -> None:
        for offset, option in enumerate(FOUR):
            ws_sheet.cell(row, column + offset, DROPDOWN[option], bold=True, fill="F2F2F2", size=8)

    def key_line(ws_sheet: _Sheet) -> None:
        ws_sheet.line(f"Grading key:   {key_text}", bold=True, border=True, fill="FFF2CC")

    # --- lines of enquiry --------------------------------------------------------------
    def finding(agency: str) -> str:
        """What an agency's records showed; social care always knew the child."""
        return rng.choice(FINDINGS[:-1] if agency == "Children's Social Care" else FINDINGS)

    def block(ws_sheet: _Sheet, section: Section, *, own_sheet: bool) -> None:
        if not own_sheet:
            ws_sheet.cell(ws_sheet.row, 1, section.name, bold=True, fill="BDD7EE")
            ws_sheet.merge(ws_sheet.row, 1)
            ws_sheet.row += 1
        ws_sheet.cell(ws_sheet.row, 1, "Agency", bold=True, fill="F2F2F2")
        ws_sheet.cell(ws_sheet.row, 2, rng.choice(("What the agency's records show", "Findings from records")),
                      bold=True, fill="F2F2F2")
        ws_sheet.merge(ws_sheet.row, 2)
        ws_sheet.row += 1
        for agency in agencies:
            ws_sheet.cell(ws_sheet.row, 1, agency)
            ws_sheet.cell(ws_sheet.row, 2, finding(agency))
            ws_sheet.merge(ws_sheet.row, 2)
            ws_sheet.row += 1
        ws_sheet.cell(ws_sheet.row, 1, rng.choice(("Panel finding", "Agreed finding", "Panel analysis")), bold=True)
        ws_sheet.cell(ws_sheet.row, 2, section.comment)
        ws_sheet.merge(ws_sheet.row, 2)
        ws_sheet.ws.row_dimensions[ws_sheet.row].height = 30
        ws_sheet.row += 1
        if section.name in remarks and moderation_layout != "sheet":
            ws_sheet.cell(ws_sheet.row, 1, "HoS comment", bold=True, colour=ink)
            ws_sheet.cell(ws_sheet.row, 2, remarks[section.name], colour=ink, italic=True)
            ws_sheet.merge(ws_sheet.row, 2)
            ws_sheet.row += 1
        if style == "columns":
            grade_names(ws_sheet, ws_sheet.row, 2)
            ws_sheet.row += 1
        ws_sheet.cell(ws_sheet.row, 1, rng.choice(("Panel grade", "Grade", "Grade for this line of enquiry")),
                      bold=True)
        grade_row(ws_sheet, ws_sheet.row, 2, section.grade, style)
        ws_sheet.row += 2

    loe_heading = rng.choice(("Section 3: Lines of enquiry", "KEY LINES OF ENQUIRY", "3. Findings by line of enquiry"))
    if loe_layout == "sheets":
        for number, section in enumerate(sample.sections, start=1):
            ws = workbook.create_sheet(f"LOE {number}", index=workbook.sheetnames.index(outcome_ws.title))
            loe_sheet = writer(ws)
            loe_sheet.cell(1, 1, section.name, bold=True, colour="FFFFFF", fill=brand, size=12)
            loe_sheet.merge(1, 1)
            loe_sheet.row = 3
            if style == "score":
                key_line(loe_sheet)
                loe_sheet.row += 1
            block(loe_sheet, section, own_sheet=True)
    else:
        sheet = writer(loe_ws)
        if loe_ws is not front_ws:
            heading(sheet, small=True)
        sheet.band(loe_heading, brand)
        if style == "score":
            key_line(sheet)
        if loe_layout == "blocks":
            for section in sample.sections:
                block(sheet, section, own_sheet=False)
        else:
            # A matrix: a row per agency, a column per line of enquiry.
            sheet.cell(sheet.row, 1, "Agency", bold=True, fill="BDD7EE")
            for offset, section in enumerate(sample.sections, start=2):
                sheet.cell(sheet.row, offset, section.name, bold=True, fill="BDD7EE")
                sheet.ws.column_dimensions[get_column_letter(offset)].width = 26
            sheet.ws.row_dimensions[sheet.row].height = 45
            sheet.row += 1
            for agency in agencies:
                sheet.cell(sheet.row, 1, agency, bold=True)
                for offset, _ in enumerate(sample.sections, start=2):
                    sheet.cell(sheet.row, offset, finding(agency), size=9)
                sheet.ws.row_dimensions[sheet.row].height = 48
                sheet.row += 1
            sheet.cell(sheet.row, 1, rng.choice(("Panel finding", "Agreed finding")), bold=True, fill="F2F2F2")
            for offset, section in enumerate(sample.sections, start=2):
                sheet.cell(sheet.row, offset, section.comment)
            sheet.ws.row_dimensions[sheet.row].height = 60
            sheet.row += 1
            if remarks and moderation_layout != "sheet":
                sheet.cell(sheet.row, 1, "Head of Service comment", bold=True, colour=ink)
                for offset, section in enumerate(sample.sections, start=2):
                    if section.name in remarks:
                        sheet.cell(sheet.row, offset, remarks[section.name], colour=ink, italic=True, size=9)
                sheet.row += 1
            if style in ("columns", "struck"):
                for option in FOUR:
                    sheet.cell(sheet.row, 1, DROPDOWN[option], bold=True, fill="F2F2F2")
                    for offset, section in enumerate(sample.sections, start=2):
                        chosen = section.grade == option
                        if style == "struck":
                            sheet.cell(sheet.row, offset, DROPDOWN[option], bold=chosen, strike=not chosen,
                                       fill="FFFF00" if chosen else None)
                        elif chosen:
                            target = sheet.cell(sheet.row, offset, symbol or None, bold=True,
                                                fill=None if symbol else FILLS[option])
                            target.alignment = Alignment(horizontal="center", vertical="top")
                        else:
                            sheet.cell(sheet.row, offset, None)
                    sheet.row += 1
            else:
                sheet.cell(sheet.row, 1, rng.choice(("Panel grade", "Grade")), bold=True, fill="F2F2F2")
                for offset, section in enumerate(sample.sections, start=2):
                    grade_row(sheet, sheet.row, offset, section.grade, style)
                sheet.row += 1
            sheet.row += 1

    # --- outcome: overall grade, learning, urgent question, actions, sign-off ------------
    sheet = writer(outcome_ws)
    if outcome_ws is not front_ws:
        heading(sheet, small=True)
    sheet.band(rng.choice(("Section 4: Overall judgement and learning", "OVERALL GRADE AND LEARNING",
                           "4. Outcome of the review")), brand)
    if overall_style == "score" and (style != "score" or loe_layout == "sheets" or outcome_ws is not loe_ws):
        key_line(sheet)
    if overall_style == "columns":
        grade_names(sheet, sheet.row, 2)
        sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade – multi-agency response", "Overall grade",
                                         "Overall multi-agency judgement")), bold=True, fill="DEEAF6")
    grade_row(sheet, sheet.row, 2, sample.grade, overall_style)
    sheet.row += 2
    good_head = rng.choice(("Good practice identified", "What went well across the partnership", "Strengths"))
    learn_head = rng.choice(("Learning for the partnership", "What could have been better", "Areas for development"))
    if learning_layout == "side":
        sheet.cell(sheet.row, 1, good_head, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, learn_head, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 5)
        sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            good = sample.strengths[position] if position < len(sample.strengths) else None
            learn = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.cell(sheet.row, 1, good)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, learn)
            sheet.merge(sheet.row, 5)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
    else:
        for head, items, fill in ((good_head, sample.strengths, "E2EFDA"),
                                  (learn_head, sample.development_areas, "FCE4D6")):
            sheet.cell(sheet.row, 1, head, bold=True, fill=fill)
            sheet.merge(sheet.row, 1)
            sheet.row += 1
            if learning_layout == "cell":
                sheet.line("\n".join(f"- {item}" for item in items), border=True)
            else:
                for number, item in enumerate(items, start=1):
                    sheet.line(f"{number}. {item}", border=True)
    sheet.row += 1
    question = rng.choice((
        "Did the panel identify any child at risk of significant harm now, needing a same-day referral?",
        "Immediate safeguarding concern identified?",
        "Is any child in this household unsafe today?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    answer = "Yes" if sample.urgent_concern else rng.choice(("No", "No", "No – none identified"))
    sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 6)
    if answer in ("Yes", "No"):
        dropdown(outcome_ws, f"F{sheet.row}", ("Yes", "No"))
    sheet.row += 1
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, rng.choice(("If yes, what and who was told", "Details and action taken")), bold=True)
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail)
        sheet.merge(sheet.row, 2)
        sheet.ws.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Section 5: Multi-agency action plan", "ACTION PLAN", "5. Actions agreed by the panel")),
               brand)
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True, border=True)
    elif actions_layout == "table":
        heads = rng.choice((("Action", "Lead agency", "Named lead", "Target date", "RAG"),
                            ("What will be done", "Agency", "Who", "By when", "Update")))
        spans = ((1, 3), (4, 4), (5, 6), (7, 7), (8, 8))
        for (start, end), text in zip(spans, heads):
            sheet.cell(sheet.row, start, text, bold=True, fill="DEEAF6")
            sheet.merge(sheet.row, start, end)
        sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, "Children's Social Care" if rng.random() < 0.6 else "CSC")
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            sheet.cell(sheet.row, 7, due, number_format=due_fmt)
            sheet.cell(sheet.row, 8, None)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", border=True)
    sheet.row += 1
    sheet.band(rng.choice(("Sign-off", "Section 6: Sign-off", "6. Completed by")), brand)
    signed, signed_fmt = day(sample.date)
    sheet.pair(rng.choice(("Lead auditor", "Completed by (lead auditor)")), sample.auditor)
    sheet.pair("Date completed", signed, number_format=signed_fmt)
    sheet.pair(rng.choice(("ICB Designated Nurse", "Health (ICB) sign-off")), nurse)
    sheet.row += 1

    # --- the Head of Service's moderation -----------------------------------------------------
    sheet = writer(qa_ws)
    if qa_ws is not outcome_ws:
        heading(sheet, small=True)
    show = moderation is not None or rng.random() < 0.7
    if show:
        sheet.band(rng.choice(("Head of Service moderation", "QUALITY ASSURANCE – HEAD OF SERVICE",
                               "7. Moderation (Head of Service, CSC)")), rng.choice(("7F7F7F", brand)))
        top = sheet.row
        if moderation:
            on, on_fmt = day(moderation.date)
            sheet.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, colour=ink)
            sheet.pair(rng.choice(("Date moderated", "Date")), on, number_format=on_fmt, colour=ink)
            if moderation.grade:
                agree = moderation.grade == sample.grade
                sheet.pair(rng.choice(("Do you agree with the panel's overall grade?", "Grade agreed?")),
                           rng.choice(("Yes", "Agree")) if agree else rng.choice(("No", "Disagree")), colour=ink)
                written = DROPDOWN[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
                sheet.pair(rng.choice(("Moderated grade", "Grade following moderation")), written, colour=ink,
                           bold_value=True)
            sheet.pair(rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments), colour=ink)
            sheet.ws.row_dimensions[sheet.row - 1].height = 45
            if moderation_layout == "sheet" and remarks:
                sheet.row += 1
                sheet.cell(sheet.row, 1, "Line of enquiry", bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, 2, "Comment", bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 2)
                sheet.row += 1
                for section in sample.sections:
                    if section.name in remarks:
                        sheet.cell(sheet.row, 1, section.name, colour=ink)
                        sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                        sheet.merge(sheet.row, 2)
                        sheet.row += 1
        else:
            for text in ("Moderated by", "Date moderated", "Moderated grade", "Comments"):
                sheet.pair(text, None)
            note = rng.choice(("Awaiting Head of Service moderation.", "", "Not selected for moderation this month."))
            if note:
                sheet.cell(sheet.row - 1, 2, note, italic=True)
        if moderation_layout == "box":
            for row in range(top, sheet.row):
                for column in range(1, LAST + 1):
                    sheet.ws.cell(row=row, column=column).border = Border(
                        left=THICK if column == 1 else THIN, right=THICK if column == LAST else THIN,
                        top=THICK if row == top else THIN, bottom=THICK if row == sheet.row - 1 else THIN)

    if lists_ws is not None:
        workbook.move_sheet(lists_ws, offset=len(workbook.sheetnames) - 1 - workbook.sheetnames.index("Lists"))
    workbook.properties.creator = f"{ICB} – {team}"
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=400), time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), address, ", ".join(child.parents),
            *(when(born_on) for _, born_on in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)
