"""A child protection committee's multi-agency case file audit of one
child, kept as an Excel workbook: the audit group (a lead auditor and a
representative of each agency taking part) reads the agencies' records of
the child together and answers five lines of enquiry with the committee's
three self-evaluation questions – how good are we now, how do we know, how
good can we be – grading each line and the partnership's work as a whole,
then records the learning, an improvement plan, whether anything needs
action today, the lead auditor's sign-off and the Head of Service's
quality assurance.

Modelled on what the Perth and Kinross Child Protection Committee
publishes about its self-evaluation (no Perth and Kinross material was used
yet): its "Continuous improvement" page (pkc.gov.uk, article 17731: the
CPC is committed to continuous improvement through self-evaluation based
on professional reflection, challenge and support, a continuous process
through which the CPC and partners get to know how well they are doing and
find the best way to improve joint services for children and families,
answering three key questions – "How good are we now?" (strengths and
areas for improvement), "How do we know?" (services and agencies gathering
evidence and developing auditing processes that show how well children's
lives are improving) and "How good can we be?" (clear and tangible
priorities for improvement)); "A Guide to Perth and Kinross Child
Protection Committee" (the CPC is a strategic, multi-agency child
protection partnership of education and learning, children, young people
and families' services, housing, NHS Tayside, Police Scotland, the
Scottish Children's Reporter Administration and the third sector; it
oversees the evaluation, including quality assurance and self-evaluation,
of all child protection policy and practice, uses performance data to
inform multi-agency quality assurance and self-evaluation, and makes sure
the voice of children, young people and families informs its work); and
its self-evaluation page ("cpcevaluation": each year the CPC publishes a calendar of
planned self-evaluation activities; evidence-based evaluation reports go
to the CPC through the year, and their headline findings into the annual
Standards and Quality Report to the CPC, Chief Officers and elected
members). From Fife Child Protection Committee's page on its Self
Evaluation & Audit Working Group (fifedirect.org.uk) only the aim of
monitoring the quality of key child protection processes such as core
groups, risk assessment and child protection plans, with children and
families involved, was taken.

None of these pages shows an audit form, so the workbook is our own
judgement, graded on the council's four Ofsted grades: the three questions printed as the instruction and as
the rows or columns of each line of enquiry (in a few files in plain
words instead); five lines of enquiry in the committee's words (the child
listened to, shared assessment of risk and need, information sharing,
the plan and core group, the difference made); the agencies taking part
and who spoke for each as a table, as the committee's whole partner list
marked Y / blank, or on one line; "How good can we be?" heading the
learning and the improvement plan. Varies: one sheet, "Audit" /
"Sign-off", or four sheets (sometimes a hidden "Lists" sheet behind the
drop-downs); details one to a row, two pairs to a row or as a strip of
labels over values (team left off on three files); brothers and sisters
named on some; lines of enquiry as stacked blocks or one grid; grades
typed informally, a number on a printed 1–4 key either way round, the
chosen option emboldened or highlighted among four cells, the others
struck through (in four cells or in one), a mark or fill under four grade
columns, or an Excel drop-down; the overall grade likewise or in a
sentence; learning one to a row, in one cell or side by side; actions as
a table, numbered lines or a "no actions" sentence (three files); the
urgent question typed, from a drop-down, as boxes or with the other
answer struck through (three answered yes); seven date spellings or Excel
dates; plain or prefixed case references; the Head of Service's quality
assurance in a non-red ink as a heavy-bordered box or signed lines, with
remarks beside some lines of enquiry (three changing the grade, four
confirming it, four commenting only), or, on the five not yet moderated,
an empty box, an "awaiting" note or no section. The partner
representatives and the brothers and sisters are personal data the
parser must not give back.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import ADULT_FIRST_NAMES
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

FAMILY = "child_protection_committee_audit"
SEED = 9998
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's areas, in the committee's order, and the two ways its
# workbooks name each line of enquiry.
LINES_OF_ENQUIRY = (
    ("Voice of the child", ("How well is the child listened to, understood and respected?",
                            "Listening to and understanding the child")),
    ("Assessment of need and risk", ("How well do agencies assess risk and need together?",
                                     "Shared assessment of risk and need")),
    ("Information sharing between agencies", ("How well is information shared between agencies?",
                                              "Information sharing and communication")),
    ("Multi-agency plan", ("How well do the child's plan and the core group keep the child safe?",
                           "The child's plan and the core group")),
    ("Impact and outcomes for the child", ("What difference has our help made for the child?",
                                           "Outcomes – the difference made for the child")),
)
# The three self-evaluation questions, as printed, and a plain-words version.
QUESTIONS = (
    ("How good are we now?", "How do we know?", "How good can we be?"),
    ("What did we find?", "Where is the evidence?", "What will make it better?"),
)
TITLES = (
    "Multi-Agency Case File Audit",
    "CPC Multi-Agency Case File Audit Tool",
    "MULTI-AGENCY CASE FILE AUDIT – SELF-EVALUATION",
    "Joint Self-Evaluation: Multi-Agency Case File Audit",
)
EVIDENCE = (
    "Core group minutes, the child's plan and the multi-agency chronology.",
    "Police concern hub records and the notes of the interagency referral discussion.",
    "Health visiting records and the GP summary shared for the audit.",
    "School pastoral notes and attendance record; discussion with the school's representative.",
    "Case conference minutes and the social work assessment.",
    "Direct work recorded on the social work file and the partners' own records.",
    "Discussion at the audit meeting with each agency's representative.",
)
# The committee's partner list, and how its workbooks name each agency.
AGENCY_NAMES = {
    "Children's Social Care": ("Children's Social Care", "Social Work – Children and Families"),
    "Police": ("Police", "Police – Public Protection Unit"),
    "Health visiting": ("Health visiting", "Health – health visiting"),
    "School": ("School", "Education – school"),
    "Early Help": ("Early Help", "Early Help and Family Support"),
    "Probation": ("Probation", "Probation Service"),
    "Child and Adolescent Mental Health Services": ("CAMHS", "Child and Adolescent Mental Health Services"),
    "Housing": ("Housing", "Housing Services"),
}
AGENCY_ROLES = {
    "Children's Social Care": ("Senior practitioner", "Social worker"),
    "Police": ("Detective Constable", "Detective Sergeant"),
    "Health visiting": ("Health visitor", "Named nurse for child protection"),
    "School": ("Depute head teacher", "Child protection coordinator"),
    "Early Help": ("Family support worker", "Early Help coordinator"),
    "Probation": ("Probation officer",),
    "Child and Adolescent Mental Health Services": ("Clinical nurse specialist", "Clinical psychologist"),
    "Housing": ("Housing officer", "Tenancy support officer"),
}
# Partner representatives' surnames; the first names come from the adult pool.
REPRESENTATIVE_SURNAMES = ("Lennox", "Drummond", "Menzies", "Rattray", "Soutar", "Crichton", "Guthrie", "Imrie",
                           "Ferrier", "Buchan")
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "agencies together made a clear and lasting difference; the child is safe and thriving",
    GOOD: "agencies worked well together and the child is safer",
    REQUIRES_IMPROVEMENT: "the child is not left at risk, but joint working is not consistently effective",
    INADEQUATE: "joint working left the child at risk or without the help needed",
}
OPTION_WORDS = ({OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                 INADEQUATE: "Inadequate"},
                {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"})
DROPDOWN_WORDS = ({OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                   INADEQUATE: "Inadequate"},
                  {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
                   INADEQUATE: "Inadequate"})
COLUMN_HEADINGS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req. improvement", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requires improvement",
                  INADEQUATE: "inadequate"}
NO_ACTIONS = ("No further multi-agency actions – the child's current plan already addresses the learning.",
              "No actions arising from this audit.",
              "None identified by the audit group; learning to go to the CPC briefing only.")
AWAITING = ("Awaiting Head of Service quality assurance.", "Not yet quality assured.", "")
OWNERS = {"Social worker": "Allocated social worker", "Practice manager": "Team manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
COLUMNS = 7  # A to G
GRADE_STYLES = ("typed", "key", "bold", "highlight", "struck", "rich", "columns", "dropdown")
LAYOUTS = ("one sheet", "two sheets", "four sheets")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(70, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:3]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + changes + confirms + remarks
    chosen += plain[: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    # Three files with no actions, three with no team on the form.
    no_actions = set(rng.sample(range(len(chosen)), 3))
    no_team = set(rng.sample(range(len(chosen)), 3))
    # Every way of writing a grade, and of splitting the workbook, on some files.
    styles = [GRADE_STYLES[index % len(GRADE_STYLES)] for index in range(len(chosen))]
    layouts = [LAYOUTS[index % len(LAYOUTS)] for index in range(len(chosen))]
    rng.shuffle(styles)
    rng.shuffle(layouts)
    return [_form(rng, index, sample, today, index in no_actions, index in no_team, styles[index], layouts[index])
            for index, sample in enumerate(chosen)]


class _Sheet:
    """A worksheet written top to bottom, seven columns wide (A to G)."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1
        for letter, width in zip("ABCDEFG", (34, 20, 20, 16, 16, 16, 16)):
            sheet.column_dimensions[letter].width = width

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None, strike: bool = False,
             number_format: str | None = None, border: Border | None = BOX):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border is not None:
            target.border = border
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int, *, border: Border | None = BOX) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            if border is not None:
                for column in range(first + 1, last + 1):
                    self.sheet.cell(row=row, column=column).border = border

    def height(self, row: int, points: int) -> None:
        self.sheet.row_dimensions[row].height = points

    def heading(self, title: str, committee: str) -> None:
        self.cell(self.row, 1, committee, bold=True, colour=self.brand, size=12, border=None)
        self.merge(self.row, 1, COLUMNS, border=None)
        self.row += 1
        self.cell(self.row, 1, title, bold=True, colour="FFFFFF", fill=self.brand, size=14)
        self.merge(self.row, 1, COLUMNS)
        self.height(self.row, 24)
        self.row += 2

    def band(self, text: str, *, fill: str | None = None) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, COLUMNS)
        self.row += 1

    def line(self, text, *, italic: bool = False, bold: bool = False, colour: str | None = None,
             height: int | None = None) -> int:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=None)
        self.merge(self.row, 1, COLUMNS, border=None)
        if height:
            self.height(self.row, height)
        self.row += 1
        return self.row - 1

    def wide(self, text, *, height: int = 30, colour: str | None = None, bold: bool = False) -> int:
        self.cell(self.row, 1, text, colour=colour, bold=bold)
        self.merge(self.row, 1, COLUMNS)
        self.height(self.row, height)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, number_format: str | None = None, colour: str | None = None,
             bold_value: bool = False, height: int | None = None) -> int:
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold_value)
        self.merge(self.row, 2, COLUMNS)
        if height:
            self.height(self.row, height)
        self.row += 1
        return self.row - 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _representatives(rng: random.Random, sample, agencies: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Who spoke for each agency at the audit meeting: (name, role). The
    allocated social worker often speaks for social care; the others are
    invented partner staff whose first names are not the parents'."""
    parents = {parent.split()[0] for parent in sample.child.parents}
    firsts = rng.sample([name for name in ADULT_FIRST_NAMES if name not in parents], len(agencies))
    surnames = rng.sample(REPRESENTATIVE_SURNAMES, len(agencies))
    people = {}
    for agency, first, surname in zip(agencies, firsts, surnames):
        if agency == "Children's Social Care" and rng.random() < 0.7:
            people[agency] = (sample.practitioner, "Allocated social worker")
        else:
            people[agency] = (f"{first} {surname}", rng.choice(AGENCY_ROLES[agency]))
    return people


def _form(rng: random.Random, index: int, sample, today: date, no_actions: bool, no_team: bool, grade_style: str,
          layout: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("rows", "pairs", "strip"))
    agency_style = rng.choice(("table", "partner list", "line"))
    loe_style = rng.choice(("blocks", "grid"))
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "sentence", "dropdown", "key"))
    if overall_style == "key" and grade_style != "key":
        overall_style = "typed"  # the key is printed with the lines of enquiry
    key_reversed = rng.random() < 0.5
    learning_style = rng.choice(("rows", "one cell", "side by side"))
    action_style = rng.choice(("table", "table", "lines"))
    urgent_style = rng.choice(("typed", "dropdown", "boxes", "struck"))
    moderation_style = rng.choice(("box", "box", "signed"))
    questions = QUESTIONS[0] if rng.random() < 0.75 else QUESTIONS[1]
    names = rng.choice((0, 0, 1))
    options = rng.choice(OPTION_WORDS)
    dropdown_words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    column_mark = rng.choice(("X", "x", "\u2713", ""))
    hidden_lists = rng.random() < 0.4
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 1, 2)), today)
    committee = (f"{COUNCIL.split()[0]} Child Protection Committee" if rng.random() < 0.7
                 else f"{COUNCIL.split()[0]} Public Protection Partnership – Child Protection Committee")

    # --- the sample as this workbook carries it -----------------------------------
    by_name = {section.name: section for section in sample.sections}
    renamed = {old: titles[names] for old, titles in LINES_OF_ENQUIRY}
    changed: dict = {"sections": tuple(Section(renamed[old], by_name[old].grade, by_name[old].comment)
                                       for old, _ in LINES_OF_ENQUIRY)}
    if rng.random() < 0.55:
        changed["case_id"] = case_reference(rng, sample.case_id)
    changed["actions"] = () if no_actions else tuple(
        SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due) for action in sample.actions)
    if no_team:
        changed["team"] = None
    drawn = next(own.written for own in sample.own if own.key == "agencies")
    if agency_style == "partner list":
        drawn = tuple(agency for agency in AGENCIES if agency in drawn)
    naming = rng.choice((0, 1))
    agency_names = tuple(AGENCY_NAMES[agency][naming] for agency in drawn)
    changed["own"] = tuple(ToolField(own.key, own.label, agency_names, list(agency_names)) if own.key == "agencies"
                           else own for own in sample.own)
    if household and rng.random() < 0.6:
        changed["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changed)
    child = sample.child
    moderation = sample.moderation
    remarks = ({renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {})
    people = _representatives(rng, sample, drawn)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
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
        first.title = rng.choice(("MACFA", "Audit", "Case file audit"))
        case_ws = loe_ws = learning_ws = sign_ws = first
    elif layout == "two sheets":
        first.title = rng.choice(("Audit", "Self-evaluation"))
        case_ws = loe_ws = learning_ws = first
        sign_ws = workbook.create_sheet(rng.choice(("Sign-off", "QA")))
    else:
        first.title = rng.choice(("1 The child", "Case details", "Front sheet"))
        loe_ws = workbook.create_sheet(rng.choice(("2 Lines of enquiry", "How good are we now", "Findings")))
        learning_ws = workbook.create_sheet(rng.choice(("3 Improvement", "How good can we be", "Learning & plan")))
        sign_ws = workbook.create_sheet(rng.choice(("4 Sign-off", "QA sign-off", "Sign off")))
        case_ws = first
    writers: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, brand, font)
            writers[ws.title].heading(title, committee)
        return writers[ws.title]

    title = rng.choice(TITLES)
    quarter = (sample.date.month - 1) // 3 + 1

    # --- the child and the audit -------------------------------------------------
    sheet = writer(case_ws)
    sheet.line(f"Self-evaluation calendar {sample.date.year}: quarter {quarter} – multi-agency case file audit",
               italic=True)
    sheet.line("Complete at the audit meeting with every agency taking part. For each line of enquiry ask: "
               f"{questions[0]} {questions[1]} {questions[2]}", italic=True, height=28)
    sheet.skip()
    numbered = rng.random() < 0.6
    capitals = not numbered and rng.random() < 0.5

    def band_title(number: int, text: str) -> str:
        return f"{number}. {text}" if numbered else text.upper() if capitals else text

    sheet.band(band_title(1, rng.choice(("The child and the audit", "About the child", "Child and audit details"))))
    born, born_format = day(child.date_of_birth)
    audit_day, audit_format = day(sample.date)
    details = [
        (rng.choice(("Child's name", "Name of child")), child.full_name, None),
        ("Date of birth", born, born_format),
        (rng.choice(("Case reference", "Social work case no.", "Child ID")), sample.case_id, None),
        ("Home address", ", ".join((*child.address_lines, child.postcode)), None),
        (rng.choice(("Parents / carers", "Parent(s) / carer(s)")), " and ".join(child.parents), None),
        (rng.choice(("Lead professional (social worker)", "Allocated social worker")), sample.practitioner, None),
    ]
    if sample.team:
        details.append(("Team", sample.team, None))
    details += [
        ("Service", sample.service, None),
        (rng.choice(("Lead auditor", "Lead auditor (chair)", "Audit lead")), sample.auditor, None),
        (rng.choice(("Date of audit meeting", "Date of audit", "Audit date")), audit_day, audit_format),
    ]
    if household:
        written = "; ".join(f"{name} ({when(born_on)})" for name, born_on in household)
        details.insert(5, (rng.choice(("Brothers and sisters", "Siblings (name, DOB)", "Other children in the household")),
                           written, None))
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for (text, value, number_format), (column, last) in zip(details[start:start + 2], ((1, 4), (5, COLUMNS))):
                sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, last)
            sheet.height(sheet.row, 30)
            sheet.skip()
    else:
        per_strip = 3
        for start in range(0, len(details), per_strip):
            chunk = details[start:start + per_strip]
            spans = ((1, 1), (2, 4), (5, 7))
            for (text, value, number_format), (low, high) in zip(chunk, spans):
                sheet.cell(sheet.row, low, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, low, high)
                sheet.cell(sheet.row + 1, low, value, number_format=number_format)
                sheet.merge(sheet.row + 1, low, high)
            sheet.height(sheet.row + 1, 30)
            sheet.skip(2)
    sheet.skip()

    sheet.band(band_title(2, rng.choice(("Agencies taking part and who spoke for each", "Agencies in the audit group",
                                         "Audit group"))))
    if agency_style == "table":
        for column, text in zip((1, 2, 4, 6), ("Agency", "Represented by", "Role", "Records shared?")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 2, 3)
        sheet.merge(sheet.row, 4, 5)
        sheet.merge(sheet.row, 6, 7)
        sheet.skip()
        for agency, written in zip(drawn, agency_names):
            name, role = people[agency]
            sheet.cell(sheet.row, 1, written)
            sheet.cell(sheet.row, 2, name)
            sheet.merge(sheet.row, 2, 3)
            sheet.cell(sheet.row, 4, role)
            sheet.merge(sheet.row, 4, 5)
            sheet.cell(sheet.row, 6, rng.choices(("Yes", "Yes – chronology", "Partly"), weights=(6, 2, 1))[0])
            sheet.merge(sheet.row, 6, 7)
            sheet.skip()
    elif agency_style == "partner list":
        sheet.line("Mark Y against each CPC partner agency that took part, and who attended.", italic=True)
        for column, text in zip((1, 2, 3), ("CPC partner agency", "Took part (Y)", "Attended by")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 3, COLUMNS)
        sheet.skip()
        for agency in AGENCIES:
            sheet.cell(sheet.row, 1, AGENCY_NAMES[agency][naming])
            took_part = agency in people
            sheet.cell(sheet.row, 2, "Y" if took_part else None, bold=True)
            attended = f"{people[agency][0]}, {people[agency][1]}" if took_part else None
            sheet.cell(sheet.row, 3, attended)
            sheet.merge(sheet.row, 3, COLUMNS)
            sheet.skip()
    else:
        sheet.pair(rng.choice(("Agencies taking part", "Agencies involved")), ", ".join(agency_names), height=30)
        sheet.pair("Who attended",
                   "; ".join(f"{people[agency][0]} ({people[agency][1]}, {written})"
                             for agency, written in zip(drawn, agency_names)), height=45)
    sheet.skip()

    # --- the lines of enquiry ------------------------------------------------------
    sheet = writer(loe_ws)
    sheet.band(band_title(3, rng.choice(("Lines of enquiry", "Lines of enquiry – how are we doing?",
                                         "Self-evaluation: lines of enquiry"))))
    if grade_style == "key" or rng.random() < 0.25:
        scores = _scores(key_reversed)
        sheet.line("Grade each line of enquiry using this key:" if grade_style != "key"
                   else "Score each line of enquiry 1–4 using this key:", bold=True)
        for grade in sorted(GRADE_ORDER, key=lambda grade: -scores[grade] if key_reversed else scores[grade]):
            prefix = f"{scores[grade]} = " if grade_style == "key" else ""
            sheet.line(f"{prefix}{KEY_WORDS[grade]} – {KEY_MEANINGS[grade]}", italic=True)
        sheet.skip()
    grade_label = rng.choice(("Grade", "Evaluation", "Agreed grade"))
    four_cells = grade_style in ("bold", "highlight", "struck", "columns")
    if loe_style == "blocks":
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True, fill="FFF2CC")
            sheet.merge(sheet.row, 1, COLUMNS)
            sheet.skip()
            sheet.pair(questions[0], section.comment, height=42)
            sheet.pair(questions[1], rng.choice(EVIDENCE), height=30)
            if grade_style == "columns":
                for column, text in zip(range(4, 8), headings):
                    sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
                sheet.skip()
            sheet.cell(sheet.row, 1, grade_label, bold=True, fill="EDEDED")
            if four_cells:
                if grade_style != "columns":
                    sheet.merge(sheet.row, 2, 3)
                _grade_cells(sheet, sheet.row, 4, grade_style, section.grade, options, column_mark)
            else:
                target = sheet.cell(sheet.row, 2, _grade_value(rng, grade_style, section.grade, options,
                                                               dropdown_words, key_reversed, font),
                                    bold=grade_style != "rich")
                sheet.merge(sheet.row, 2, COLUMNS)
                if grade_style == "dropdown":
                    dropdown(loe_ws, target.coordinate, tuple(dropdown_words[grade] for grade in GRADE_ORDER))
            sheet.skip()
            if section.name in remarks:
                sheet.cell(sheet.row, 1, rng.choice(("HoS QA remark", "Head of Service comment")), bold=True,
                           colour=ink)
                sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 2, COLUMNS)
                sheet.skip()
            sheet.skip()
    else:
        remark_column = bool(remarks) or rng.random() < 0.3
        header = ["Line of enquiry", questions[0], questions[1]]
        sheet.cell(sheet.row, 1, header[0], bold=True, fill="DDEBF7")
        sheet.cell(sheet.row, 2, header[1], bold=True, fill="DDEBF7")
        sheet.cell(sheet.row, 3, header[2], bold=True, fill="DDEBF7")
        if four_cells:
            if grade_style == "columns":
                for column, text in zip(range(4, 8), headings):
                    sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
            else:
                sheet.cell(sheet.row, 4, grade_label, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, 4, 7)
        else:
            sheet.cell(sheet.row, 4, grade_label, bold=True, fill="DDEBF7")
            if remark_column:
                sheet.cell(sheet.row, 5, "HoS QA remarks", bold=True, fill="DDEBF7", colour=ink)
                sheet.merge(sheet.row, 5, 7)
            else:
                sheet.merge(sheet.row, 4, 7)
        sheet.skip()
        for number, section in enumerate(sample.sections, start=1):
            row = sheet.row
            sheet.cell(row, 1, f"{number}. {section.name}", bold=True)
            sheet.cell(row, 2, section.comment)
            sheet.cell(row, 3, rng.choice(EVIDENCE))
            if four_cells:
                _grade_cells(sheet, row, 4, grade_style, section.grade, options, column_mark)
            else:
                target = sheet.cell(row, 4, _grade_value(rng, grade_style, section.grade, options, dropdown_words,
                                                         key_reversed, font), bold=grade_style != "rich")
                if grade_style == "dropdown":
                    dropdown(loe_ws, target.coordinate, tuple(dropdown_words[grade] for grade in GRADE_ORDER))
                if remark_column:
                    sheet.cell(row, 5, remarks.get(section.name), colour=ink, italic=True)
                    sheet.merge(row, 5, 7)
                else:
                    sheet.merge(row, 4, 7)
            sheet.height(row, 64)
            sheet.skip()
            if four_cells and section.name in remarks:
                sheet.cell(sheet.row, 1, "HoS QA remark", bold=True, colour=ink)
                sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 2, COLUMNS)
                sheet.skip()
        sheet.skip()

    overall_label = rng.choice(("Overall evaluation of multi-agency practice for this child",
                                "Overall grade agreed by the audit group", "Overall evaluation"))
    if overall_style == "sentence":
        sheet.band(rng.choice(("Overall evaluation", "OVERALL")))
        sheet.wide(f"Having considered all five lines of enquiry, the audit group agreed an overall grade of "
                   f"{SENTENCE_WORDS[sample.grade]} for the partnership's work with this child.", height=32)
    else:
        if overall_style == "columns":
            for column, text in zip(range(4, 8), headings):
                sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
            sheet.skip()
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
        if overall_style in ("bold", "highlight", "struck", "columns"):
            sheet.merge(sheet.row, 1, 3)
            _grade_cells(sheet, sheet.row, 4, overall_style, sample.grade, options, column_mark)
        else:
            target = sheet.cell(sheet.row, 2, _grade_value(rng, overall_style, sample.grade, options,
                                                           dropdown_words, key_reversed, font),
                                bold=overall_style != "rich", fill="FFF2CC")
            sheet.merge(sheet.row, 2, COLUMNS)
            if overall_style == "dropdown":
                dropdown(loe_ws, target.coordinate, tuple(dropdown_words[grade] for grade in GRADE_ORDER))
        sheet.height(sheet.row, 30)
        sheet.skip()
    sheet.skip()

    # --- how good can we be: learning, improvement plan, urgent question --------------------
    sheet = writer(learning_ws)
    sheet.band(band_title(4, rng.choice((questions[2], f"{questions[2]} – learning and improvement",
                                         f"Learning and improvement ({questions[2]})"))))
    well = rng.choice(("What is working well", "Strengths", "What we are doing well"))
    better = rng.choice(("What needs to improve", "Areas for development", "What we need to do better"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if learning_style == "side by side":
        sheet.cell(sheet.row, 1, well, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, better, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 4, COLUMNS)
        sheet.skip()
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[number] if number < len(sample.strengths) else None
            right = sample.development_areas[number] if number < len(sample.development_areas) else None
            sheet.cell(sheet.row, 1, f"{bullet}{left}" if left else None)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, f"{bullet}{right}" if right else None)
            sheet.merge(sheet.row, 4, COLUMNS)
            sheet.height(sheet.row, 42)
            sheet.skip()
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.cell(sheet.row, 1, heading, bold=True, fill="EDEDED")
            sheet.merge(sheet.row, 1, COLUMNS)
            sheet.skip()
            if learning_style == "one cell":
                sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
            else:
                for number, item in enumerate(items, start=1):
                    sheet.wide(f"{number}. {item}" if not bullet else f"{bullet}{item}", height=28)
    sheet.skip()

    sheet.band(rng.choice(("Improvement plan", "MULTI-AGENCY ACTION PLAN", "Actions agreed by the audit group")))
    if not sample.actions:
        sheet.wide(rng.choice(NO_ACTIONS), height=20)
    elif action_style == "table":
        headers = rng.choice((("Action", "Lead agency / person", "By when", "Progress"),
                              ("What will we do?", "Who", "Timescale", "RAG")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, headers[1], bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 4, 5)
        sheet.cell(sheet.row, 6, headers[2], bold=True, fill="DDEBF7")
        sheet.cell(sheet.row, 7, headers[3], bold=True, fill="DDEBF7")
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, action.owner)
            sheet.merge(sheet.row, 4, 5)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 6, value, number_format=number_format)
            sheet.cell(sheet.row, 7, None)
            sheet.height(sheet.row, 30)
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    sheet.skip()

    sheet.band(rng.choice(("Immediate safety", "Is the child safe today?", "Urgent child protection concerns")))
    question = rng.choice((
        "Did the audit group identify a child protection concern needing action today?",
        "Is there an immediate concern for the child's safety to be passed to the duty team?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    yes = sample.urgent_concern
    if urgent_style == "typed":
        sheet.cell(sheet.row, 5, rng.choice(("Yes", "YES")) if yes else rng.choice(("No", "NO", "None")), bold=True)
    elif urgent_style == "dropdown":
        target = sheet.cell(sheet.row, 5, "Yes" if yes else "No", bold=True, fill="FFF2CC")
        dropdown(learning_ws, target.coordinate, ("Yes", "No"))
    elif urgent_style == "boxes":
        sheet.cell(sheet.row, 5, f"{'☒' if yes else '☐'} Yes   {'☐' if yes else '☒'} No")
    else:
        plain = InlineFont(rFont=font, sz=10)
        struck = InlineFont(rFont=font, sz=10, strike=True, color="808080")
        chosen = InlineFont(rFont=font, sz=10, b=True)
        sheet.cell(sheet.row, 5, CellRichText(TextBlock(chosen if yes else struck, "Yes"), TextBlock(plain, " / "),
                                              TextBlock(struck if yes else chosen, "No")))
    sheet.merge(sheet.row, 5, COLUMNS)
    sheet.height(sheet.row, 30)
    sheet.skip()
    if yes or rng.random() < 0.6:
        sheet.cell(sheet.row, 1, "If yes: what was done, by whom and when", bold=True, fill="FCE4D6")
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail or None)
        sheet.merge(sheet.row, 2, COLUMNS)
        sheet.height(sheet.row, 42)
        sheet.skip()
    sheet.skip()

    # --- sign-off and quality assurance -----------------------------------------------------
    sheet = writer(sign_ws)
    sheet.band(band_title(5, rng.choice(("Sign-off", "Lead auditor sign-off"))))
    sheet.pair(rng.choice(("Completed by (lead auditor)", "Signed – lead auditor")), sample.auditor)
    signed, signed_format = day(sample.date)
    sheet.pair("Date", signed, number_format=signed_format)
    sheet.pair("Summary to CPC Quality Assurance sub-group", rng.choice(("Yes", "Yes – quarterly report")))
    sheet.skip()
    present = moderation is not None or rng.random() < 0.7
    if present:
        sheet.band(band_title(6, rng.choice(("Head of Service quality assurance", "Quality assurance – Head of Service",
                                             "Moderation by Head of Service"))))
        if moderation_style == "box" or moderation is None:
            labels = (rng.choice(("Quality assured by", "Moderator")), rng.choice(("Date", "Date quality assured")),
                      rng.choice(("Evaluation confirmed?", "Agree with the overall grade?")),
                      rng.choice(("Moderated grade", "Grade after QA")), rng.choice(("Comments", "HoS comments")))
            if moderation:
                when_value, when_format = day(moderation.date)
                agree = grade_text = None
                if moderation.grade:
                    agree = (rng.choice(("Yes", "Confirmed")) if moderation.grade == sample.grade
                             else rng.choice(("No", "Not confirmed – changed")))
                    grade_text = (KEY_WORDS[moderation.grade] if rng.random() < 0.5
                                  else informal_grade(rng, moderation.grade))
                values = (moderation.moderator, when_value, agree, grade_text, "\n".join(moderation.comments))
                formats = (None, when_format, None, None, None)
            else:
                note = rng.choice(AWAITING)
                values = (None, None, None, None, note or None)
                formats = (None,) * 5
            top = sheet.row
            for text, value, number_format in zip(labels, values, formats):
                sheet.pair(text, value, number_format=number_format, colour=ink if moderation else None,
                           bold_value=text == labels[3], height=45 if text == labels[4] else None)
            _heavy_box(sheet.sheet, top, sheet.row - 1)
        else:
            lines = list(moderation.comments)
            if moderation.grade == sample.grade:
                lines.append(f"I confirm the audit group's overall grade of {informal_grade(rng, moderation.grade)}.")
            elif moderation.grade:
                lines.append(f"Overall grade changed to {informal_grade(rng, moderation.grade)} following QA.")
            for text in lines:
                sheet.wide(text, colour=ink, height=30)
            sheet.line(f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, bold=True)
    sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born_on) for _, born_on in household),
            ", ".join((*child.address_lines, child.postcode)), " and ".join(child.parents))
    others = tuple(name for name, _ in household) + tuple(
        name for name, _ in people.values() if name != sample.practitioner)
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)


def _scores(reversed_key: bool) -> dict[str, int]:
    """1 = Outstanding … 4 = Inadequate, or the other way round."""
    return {grade: (4 - position if reversed_key else position + 1) for position, grade in enumerate(GRADE_ORDER)}


def _grade_value(rng: random.Random, style: str, grade: str, options, dropdown_words, reversed_key: bool,
                 font: str):
    """A grade in one cell: typed, a score on the key, from the drop-down,
    or every option in one cell with those not chosen struck through."""
    if style == "dropdown":
        return dropdown_words[grade]
    if style == "key":
        score = _scores(reversed_key)[grade]
        return score if rng.random() < 0.6 else f"{score} – {KEY_WORDS[grade]}"
    if style == "rich":
        blocks = []
        for position, option in enumerate(GRADE_ORDER):
            if position:
                blocks.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
            look = (InlineFont(rFont=font, sz=10, b=True) if option == grade
                    else InlineFont(rFont=font, sz=10, strike=True, color="808080"))
            blocks.append(TextBlock(look, options[option]))
        return CellRichText(*blocks)
    return informal_grade(rng, grade, note_chance=0.2)


def _grade_cells(sheet: _Sheet, row: int, first: int, style: str, grade: str, options, mark: str) -> None:
    """Four cells from `first`: the options with the chosen one in bold or
    highlighted, the ones not chosen struck through, or a mark (or a fill)
    under the chosen grade's column."""
    for column, option in zip(range(first, first + 4), GRADE_ORDER):
        chosen = option == grade
        if style == "columns":
            if chosen and mark:
                sheet.cell(row, column, mark, bold=True)
            else:
                sheet.cell(row, column, None, fill=COLUMN_FILLS[grade] if chosen else None)
        elif style == "bold":
            sheet.cell(row, column, options[option].upper() if chosen else options[option], bold=chosen)
        elif style == "highlight":
            sheet.cell(row, column, options[option], fill="FFFF00" if chosen else None, bold=chosen)
        else:
            sheet.cell(row, column, options[option], bold=chosen, strike=not chosen,
                       colour=None if chosen else "808080")


def _heavy_box(ws, top: int, bottom: int) -> None:
    """A heavy border round rows `top` to `bottom`, columns A to G."""
    for row in range(top, bottom + 1):
        for column in range(1, COLUMNS + 1):
            cell = ws.cell(row=row, column=column)
            edge = cell.border
            cell.border = Border(left=HEAVY if column == 1 else edge.left,
                                 right=HEAVY if column == COLUMNS else edge.right,
                                 top=HEAVY if row == top else edge.top,
                                 bottom=HEAVY if row == bottom else edge.bottom)
