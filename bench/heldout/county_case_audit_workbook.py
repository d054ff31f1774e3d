"""A manager's case file audit (most by team managers) kept as an Excel
workbook, one child to a workbook: the case and the audit (reference,
child, brothers and sisters on most, parents, allocated worker or lead professional, team and service
on most, who audited and when), the areas of practice grouped under three
evaluation questions – how well the child's life is improving, how well we
are working together, how good leadership and recording are – each area a
row with what the auditor looks for (on some), the evidence and an
evaluation; an "evaluations at a glance" table on some; the overall
evaluation; the child's and family's views with the question whether they
were sought (on the files that ask); what is working well and what needs
to improve; an urgent safety question; actions; the auditor's sign-off and
the Head of Service's moderation. Early Help files are the same workbook
with the Early Help areas and a lead professional.

The brief's English county councils of the West Midlands and the South East
(Shropshire, Telford and Wrekin, Herefordshire, Worcestershire,
Warwickshire, Staffordshire, Stoke-on-Trent, Solihull, Dudley, Walsall, West
Sussex, East Sussex, Buckinghamshire, Oxfordshire, Hampshire, the Isle of
Wight) were each found in another family, the README or a council layout,
as were the other councils of both regions checked and nearly every English
council besides. So this family is modelled on a similar body no family
names: West Lothian Council, a Scottish unitary council whose social work
service works with children and families. What was read, all as search
excerpts:

- The Care Inspectorate's "Services for children and young people in West
  Lothian – Report of a joint inspection" (August 2017; the copy on
  scribd.com, document 387984599), its contents and introduction only: the
  report asks three questions in turn – "How well are the lives of
  children, young people and families improving?" (improvements in
  wellbeing, impact on children and young people, impact on families),
  "How well are partners working together to improve the lives of
  children, young people and families?" (providing help and support at an
  early stage, assessing and responding to risks and needs, planning for
  individual children and young people, planning and improving services,
  participation of children, young people, families and other
  stakeholders) and "How good is the leadership and direction of services
  for children and young people?" – then a conclusion with areas of
  particular strength and areas for improvement, and appendices of good
  practice examples, the "Evaluated indicators of quality" and the quality
  indicator framework. The inspections look at the difference services
  make to the lives of children, young people and families.
- Care Appointments, "Inspectors find services for children and young
  people in West Lothian improving" (careappointments.com): the joint
  inspection by the Care Inspectorate with Education Scotland, Healthcare
  Improvement Scotland and HM Inspectorate of Constabulary for Scotland,
  6 March to 28 April 2017, with young inspectors who had been in care;
  investment in early intervention and prevention delivering
  improvements, but "better oversight was needed to ensure that the
  quality of assessments was consistently high"; of nine quality
  indicators three "very good", five "good" and one – "assessing and
  responding to needs and risk" – "adequate".
- West Lothian Health and Social Care Partnership, "Improving Services for
  Children, Young People and Families" (westlothianhscp.org.uk): the
  council's services for children from pre-birth to young adults; a
  Reviewing Officers Team that reviews children accommodated away from
  home at set intervals and chairs child protection case conferences,
  whose meetings are minuted and agree a care plan.
- For how records are read: the Care Inspectorate's "The guide: further
  information – case file reading" (careinspectorate.com): inspectors read
  children's records over three consecutive days; each local file reader is
  matched with an inspector "to provide a higher degree of moderation and
  discussion". It is about inspection, not a council's own audits; it
  shaped nothing here beyond a second reader moderating the first.

None of them shows an audit form or says how West Lothian's managers audit
a file, so the workbook is our own judgement. Only these follow the
sources: the areas grouped under the inspection's three questions (impact
first, then working together, then leadership), the areas' concerns
(seeing and hearing the child, assessing and responding to risks and
needs, planning for the child, working with partners, the family's
participation on Early Help files, management oversight that checks the
quality of assessments), the
"evaluations at a glance" table after the inspection's appendix of
evaluated indicators, and strengths and areas for improvement at the end.
The grades are the council's four Ofsted-scale evaluations, not the Care
Inspectorate's six-point scale. Also our judgement: the area names and
prompts in our own words (seven areas on a case file audit, six on an
Early Help file); one sheet, three ("Case details" / "Evaluation" /
"Summary & sign-off") or, where the form asks the views question, four (a
separate "Child & family" sheet), with a hidden "Lists" sheet behind the
drop-downs on some; details as label / value rows or two pairs to a row
(team off three files, service off four; the legal status as the team
holding the case would have it; the auditor's role in the same cell on
some); plain (text or a number), prefixed or Early Help references;
evaluations from a drop-down, typed informally, a number on a printed 1-4
key either way round, the chosen option bold and filled among four cells,
one cell with the others struck through, or a mark or fill under four
grade columns; the overall evaluation the same way, typed or from a
drop-down; seven date spellings or Excel dates; the views question (on
nine files, two answered no) and the safety question (three yes) typed,
from a drop-down, in tick boxes or with the other answer struck through;
strengths and areas to improve side by side, numbered one to a row or in
one cell; actions as a table, numbered lines or a "no actions" sentence
(two files); the Head of Service's moderation in a non-red ink as a
heavy-bordered box, signed lines, or a row for their evaluation under the
auditor's with their name, date and comments boxed below, with remarks
beside some areas (one changing, two confirming, one only commenting); on
files not moderated an empty box, an "awaiting" note or no section;
brothers and sisters named in the details on most files (ten), and on
four again in an area to improve.
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

from bot.samples import COUNCIL, EARLY_HELP_AUDIT, STAFF, Moderation, SampleAction, Section, sample_forms
from bot.samples.ooxml import stable_zip

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
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "county_case_audit_workbook"
SEED = 10026

# The workbook's areas of practice under its three questions: (question,
# [(area printed on the form, what the auditor looks for)]). Each sample
# area is renamed to one of these (AREA_OF below); the form prints them in
# this order.
CASE_QUESTIONS = (
    ("A. How well is the child's life improving?", (
        ("Impact on the child and family",
         "What has changed for the child since the work began; is the child safer and better cared for?"),
        ("Seeing and hearing the child",
         "The child is seen, and seen alone; their words and experience are recorded and shape the work."),
    )),
    ("B. How well are we working together?", (
        ("Assessing and responding to risks and needs",
         "The assessment analyses risks and needs, uses the history and leads to a proportionate response."),
        ("Planning for the child",
         "The plan follows from the assessment, is SMART and is reviewed with the family on time."),
        ("Working with partners",
         "Partners share information, attend meetings and carry out their part of the plan."),
    )),
    ("C. How good are leadership and recording?", (
        ("Leadership and management oversight",
         "Managers' oversight and supervision give direction, check the quality of assessments and stop drift."),
        ("Chronology and recording",
         "The chronology is current; the record is written so the child could read it later."),
    )),
)
EARLY_HELP_QUESTIONS = (
    ("A. How well is the child's life improving?", (
        ("Impact on the child and family",
         "What is different for the child and family since early help began?"),
        ("Seeing and hearing the child",
         "The child's own words are recorded and the plan says how they have shaped it."),
    )),
    ("B. How well are we working together?", (
        ("Early help assessment of needs",
         "The assessment was done with the family, looks at the whole family and analyses what they need."),
        ("The child's plan and team around the family",
         "The plan is SMART, each partner knows their part and it is reviewed at a TAF meeting."),
        ("Working with the family",
         "Consent is recorded; the family took part in the assessment and the plan and agree what must change."),
    )),
    ("C. How good are leadership and recording?", (
        ("Leadership and management oversight",
         "The manager's oversight is recorded and the next step (continue, step down, close) is decided."),
    )),
)
# The sample's area (by tool) -> the workbook's area.
AREA_OF = {
    "Full Case File Audit Tool": {
        "Voice of the child": "Seeing and hearing the child",
        "Assessment": "Assessing and responding to risks and needs",
        "Planning": "Planning for the child",
        "Management oversight and supervision": "Leadership and management oversight",
        "Multi-agency working": "Working with partners",
        "Chronology and case recording": "Chronology and recording",
        "Impact and outcomes for the child": "Impact on the child and family",
    },
    "Case Review Audit Tool 2025": {
        "Voice of the child": "Seeing and hearing the child",
        "Assessments and plans": "Assessing and responding to risks and needs",
        "Working with, not doing to": "Planning for the child",
        "Effective leadership and management oversight": "Leadership and management oversight",
        "History and networks": "Working with partners",
        "Respectful language": "Chronology and recording",
        "Engaging with children and families": "Impact on the child and family",
    },
    "Early Help Case File Audit Tool": {
        "Voice of the child": "Seeing and hearing the child",
        "Early Help Assessment": "Early help assessment of needs",
        "Team Around the Family plan": "The child's plan and team around the family",
        "Engagement with the family": "Working with the family",
        "Management oversight": "Leadership and management oversight",
        "Impact and outcomes for the child": "Impact on the child and family",
    },
}
TITLES = ("Case File Audit – Quality Evaluation", "Single Agency Case File Audit", "CASE FILE AUDIT WORKBOOK",
          "Practice Quality Audit: Child's Case File")
EARLY_HELP_TITLES = ("Early Help Case File Audit – Quality Evaluation", "Early Help Case Audit Workbook",
                     "EARLY HELP FILE AUDIT")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
GRADE_STYLES = ("dropdown", "typed", "key", "bold", "struck", "columns")
MARKS = ("X", "\u2713", "x", "\u25cf", "")  # "" fills the chosen cell instead
CHOSEN_FILL = "FFE699"
MARK_FILL = "A6A6A6"
HEADS = ("Head of Service", "Head of Service (Children and Families)", "Senior Manager – Head of Service")
ROLES = {"practice_manager": ("Team Manager", "TM"), "early_help_manager": ("Early Help Team Manager", "EH TM"),
         "safeguarding_practice_manager": ("Safeguarding Practice Manager", "SPM"),
         "head_of_service": ("Head of Service", "HoS"), "assistant_director": ("Assistant Director", "AD"),
         "director": ("Director of Children's Services", "DCS")}
NO_ACTIONS = ("No actions arising from this audit – the plan already addresses the findings.",
              "No further actions required at this time.", "Actions: none.")
NOT_MODERATED = ("Awaiting moderation", "Not selected for moderation this quarter.", "")
VIEWS_SOUGHT = (
    "Mum was rung on the day of the audit. She said the worker explains things clearly and always rings back, "
    "and that the plan is easier to follow since the last review.",
    "{child} was seen at school with the allocated worker. {child} said the worker listens and that home is calmer "
    "now.",
    "Dad spoke to the auditor by phone: he feels listened to but did not know when the next meeting is.",
    "Mum and {child} gave their views at a short home visit; both said the support has helped.",
)
VIEWS_NOT_SOUGHT = (
    "Not sought – the family had a review meeting the same week and the auditor did not want to add to it.",
    "The family were not contacted for this audit; the parent has asked for contact only through the worker.",
    "Not contacted. The case is due to close next month.",
)
VIEWS_QUESTIONS = ("Were the child's and family's views sought for this audit?",
                   "Have the child and family been asked for their views?",
                   "Feedback sought from child / family?")
URGENT_QUESTIONS = ("Is there an immediate concern for the safety of any child in this household?",
                    "Urgent safety concern identified during the audit?",
                    "Does anything on the file need action today to keep a child safe?")
URGENT_DETAILS = ("If yes: what was done, and who was told?", "Details and action taken",
                  "If yes, give details")
# The child's legal status as the team holding the case would have it.
LEGAL_STATUS = {"Care Leavers Team": ("Care leaver – pathway plan", "Relevant child (s.23A)"),
                "Children in Care Team": ("Looked after (s.20)", "Looked after (care order)", "CLA – s.31"),
                "Children with Disabilities Team": ("Child in need", "Short breaks (s.17)")}
LEGAL_STATUS_OTHERWISE = ("Child in need", "Child protection plan", "CP plan (neglect)", "CIN")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in drawn if sample.kind != "observation"][:count]
    plans = [dict(zip(("grades", "sheets", "details", "actions", "lists", "glance"), choice)) for choice in zip(
        _spread(rng, GRADE_STYLES, len(chosen)), _spread(rng, ("one", "three", "four"), len(chosen)),
        _spread(rng, ("rows", "pairs"), len(chosen)), _spread(rng, ("table", "lines", "table", "lines"), len(chosen)),
        _spread(rng, (True, False), len(chosen)), _spread(rng, (True, False, False), len(chosen)))]
    # Two files say there are no actions (never one with a safety concern).
    quiet = rng.sample([index for index, sample in enumerate(chosen) if not sample.urgent_concern], 2)
    for index in quiet:
        plans[index]["actions"] = "none"
    # The moderated files each show the moderation a different way; the
    # Head of Service's evaluation beside the auditor's needs one to show.
    graded = [index for index, sample in enumerate(chosen) if sample.moderation and sample.moderation.grade]
    for index, style in zip(graded, _spread(rng, ("beside", "lines", "box"), len(graded))):
        plans[index]["moderation"] = style
    for index, sample in enumerate(chosen):
        if sample.moderation and not sample.moderation.grade:
            plans[index]["moderation"] = rng.choice(("box", "lines"))
    for plan in plans:
        plan.setdefault("moderation", rng.choice(("box", "lines", "none")))
        plan["no_team"] = False
    for index in rng.sample(range(len(chosen)), 3):
        plans[index]["no_team"] = True
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _spread(rng: random.Random, options: tuple, count: int) -> list:
    spread = [options[index % len(options)] for index in range(count)]
    rng.shuffle(spread)
    return spread


class _Sheet:
    """One worksheet, written top to bottom."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        self.last = len(widths)
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, number_format=None, border=True, centre=False):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, *, first: int = 1, last: int | None = None, fill: str | None = None,
             colour: str = "FFFFFF") -> None:
        last = last or self.last
        self.put(self.row, first, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, first, last)
        self.row += 1

    def wide(self, value, *, first: int = 1, last: int | None = None, height: int | None = None, **look) -> int:
        last = last or self.last
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def height(self, row: int, points: int) -> None:
        self.ws.row_dimensions[row].height = points


# Columns of the evaluation table: A ref, B area, C what we look for, D
# evidence, E-H the evaluation (one merged cell or four), I the Head of
# Service's remark.
EVALUATION_WIDTHS = (7, 28, 38, 54, 13, 13, 13, 13, 30)


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy", "dd.mm.yyyy"))
    early_help = sample.kind == EARLY_HELP_AUDIT
    grades_style = plan["grades"]
    overall_style = grades_style if rng.random() < 0.7 else rng.choice(("typed", "dropdown"))
    moderation_style = plan["moderation"]
    words = rng.choice(WORDS)
    key = rng.choice(KEYS)
    symbol = rng.choice(MARKS)
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 1, 2, 3)), today)
    show_service = rng.random() < 0.5
    show_prompts = rng.random() < 0.5
    head_title = rng.choice(HEADS)
    questions = EARLY_HELP_QUESTIONS if early_help else CASE_QUESTIONS

    # --- the sample as this workbook carries it -----------------------------------
    holding_team = sample.team  # before the layout leaves it off
    renamed = AREA_OF[sample.title]
    by_new = {renamed[section.name]: section for section in sample.sections}
    order = [name for _, areas in questions for name, _ in areas]
    changes: dict = {"sections": tuple(Section(name, by_new[name].grade, by_new[name].comment) for name in order)}
    reference = rng.choice(("plain", "eh", "eh", "prefixed") if early_help else ("plain", "plain", "prefixed"))
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if plan["no_team"]:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    owners = ({"Social worker": "Lead professional", "Practice manager": "EH Team Manager"} if early_help
              else {"Social worker": "SW", "Practice manager": "TM"})
    changes["actions"] = () if plan["actions"] == "none" else tuple(
        SampleAction(action.action, owners.get(action.owner, action.owner), action.due) for action in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.moderation is not None:
        changes["moderation"] = replace(sample.moderation, section_comments={
            renamed[name]: text for name, text in sample.moderation.section_comments.items()})
    sample = replace(sample, **changes)
    child = sample.child
    moderation: Moderation | None = sample.moderation
    remarks = {}
    if moderation is not None and (moderation_style == "beside" or rng.random() < 0.5):
        remarks = dict(moderation.section_comments)
    if moderation is not None and moderation_style == "beside" and overall_style in ("bold", "columns", "struck"):
        overall_style = rng.choice(("typed", "dropdown"))  # one cell, with the Head of Service's beside it

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    also: list[str] = []

    # --- the workbook and its sheets ----------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    first = workbook.active
    sheets_style = plan["sheets"]
    if sheets_style == "one":
        first.title = rng.choice(("Audit", "Case audit", "Audit tool"))
        details_ws = evaluation_ws = family_ws = summary_ws = first
    elif sheets_style == "three":
        first.title = rng.choice(("Case details", "1 Details"))
        details_ws = first
        evaluation_ws = workbook.create_sheet(rng.choice(("Evaluation", "2 Evaluation")))
        family_ws = summary_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "3 Summary")))
    else:
        first.title = rng.choice(("Case details", "Front sheet"))
        details_ws = first
        evaluation_ws = workbook.create_sheet(rng.choice(("Evaluation", "Quality evaluation")))
        if sample.feedback_sought is None:  # nothing for a views sheet to hold
            family_ws = None
        else:
            family_ws = workbook.create_sheet(rng.choice(("Child & family", "Views")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "Sign-off")))
        family_ws = family_ws or summary_ws
    lists: list = []  # the hidden "Lists" sheet behind the drop-downs, made when first needed
    list_columns: dict = {}
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        slot = (ws.title, choices)
        if slot not in validations:
            if plan["lists"]:
                if not lists:
                    lists.append(workbook.create_sheet("Lists"))
                    lists[0].sheet_state = "hidden"
                lists_ws = lists[0]
                if choices not in list_columns:
                    column = len(list_columns) + 1
                    list_columns[choices] = column
                    for row, text in enumerate(choices, start=1):
                        lists_ws.cell(row=row, column=column, value=text)
                letter = get_column_letter(list_columns[choices])
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[slot] = validation
        validations[slot].add(coordinate)

    writers: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            own = ws is not evaluation_ws
            writers[ws.title] = _Sheet(ws, font, brand, (26, 34, 26, 34) if own else EVALUATION_WIDTHS)
        return writers[ws.title]

    title = rng.choice(EARLY_HELP_TITLES if early_help else TITLES)
    started: set[str] = set()

    def top(sheet: _Sheet) -> None:
        if sheet.ws.title in started:
            return
        started.add(sheet.ws.title)
        last = 4 if sheet.ws is not evaluation_ws else 8
        if sheet.ws is details_ws:
            sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=False)
            sheet.merge(1, 1, last)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, last)
            sheet.put(3, 1, "OFFICIAL – SENSITIVE (when completed)", italic=True, size=8, border=False)
            sheet.merge(3, 1, last)
            sheet.row = 5
        else:
            sheet.put(1, 1, f"{title} – {sheet.ws.title}", bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1, last)
            sheet.row = 3

    # --- details ---------------------------------------------------------------------
    sheet = writer(details_ws)
    top(sheet)
    own_details = details_ws is not evaluation_ws
    if rng.random() < 0.6:
        sheet.wide(rng.choice((
            "Read the record for the last six months before you start: the assessment, the plan, the chronology, "
            "minutes of the last review and the supervision notes.",
            "Evaluate each area against what we look for, then reach an overall evaluation. Any concern for a "
            "child's safety must be raised with the Head of Service today.",
            "Complete every yellow cell. The Head of Service moderates a sample of audits each month.",
        )), last=4 if own_details else 8, italic=True, border=False, height=30)
        sheet.row += 1
    sheet.band(rng.choice(("Case and audit details", "1. About the child and the audit", "Details")),
               last=4 if own_details else 8)
    if reference == "plain" and rng.random() < 0.5:
        case_value = int(sample.case_id)
    else:
        case_value = sample.case_id
    born_value, born_format = day(child.date_of_birth)
    if not excel_dates:
        also.append(when(child.date_of_birth))
    audit_value, audit_format = day(sample.date)
    auditor_value = sample.auditor
    role = next((member.role for member in STAFF if member.name == sample.auditor), None)
    if role in ROLES and rng.random() < 0.35:
        auditor_value = f"{sample.auditor} ({rng.choice(ROLES[role])})"
    if early_help:
        reference_label = rng.choice(("EH reference", "Early Help ID", "Family ref"))
        worker_label = rng.choice(("Lead professional", "Early Help practitioner", "Allocated worker"))
    else:
        reference_label = rng.choice(("Case reference", "Child's ID", "Ref", "Mosaic no."))
        worker_label = rng.choice(("Allocated social worker", "SW", "Allocated worker"))
    details = [
        (reference_label, case_value, None),
        (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born_value, born_format),
    ]
    if household:
        parts = []
        for name, born in household:
            if rng.random() < 0.5:
                age = (sample.date - born).days // 365
                parts.append(f"{name} ({age})" if rng.random() < 0.5 else f"{name}, aged {age}")
            else:
                parts.append(f"{name} – DOB {when(born)}")
                also.append(when(born))
        all_children = all((sample.date - born).days < 18 * 365 for _, born in household)
        labels = ("Brothers and sisters", "Other children in the household", "Siblings") if all_children else (
            "Brothers and sisters", "Siblings")
        details.append((rng.choice(labels), rng.choice(("; ", ", ", "\n")).join(parts), None))
    elif rng.random() < 0.5:
        details.append((rng.choice(("Brothers and sisters", "Siblings")), rng.choice(("None", "N/A", "No siblings")),
                        None))
    if rng.random() < 0.7:
        details.append((rng.choice(("Parents / carers", "Parent(s)")), ", ".join(child.parents), None))
    if rng.random() < 0.3:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if not early_help and rng.random() < 0.6:
        team_statuses = holding_team
        if holding_team == "Care Leavers Team" and (sample.date - child.date_of_birth).days < 16 * 365:
            team_statuses = "Children in Care Team"  # too young for a pathway plan
        statuses = LEGAL_STATUS.get(team_statuses, LEGAL_STATUS_OTHERWISE)
        details.append((rng.choice(("Legal status", "Plan type")), rng.choice(statuses), None))
    details.append((worker_label, sample.practitioner, None))
    if sample.team:
        details.append((rng.choice(("Team", "Team / unit")), sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    if rng.random() < 0.3:
        opened, opened_format = day(sample.date - timedelta(days=rng.randint(90, 700)))
        details.append((rng.choice(("Open to the service since", "Date case opened")), opened, opened_format))
    details.append((rng.choice(("Auditor (name and role)", "Audited by") if auditor_value != sample.auditor
                               else ("Auditor", "Audited by")), auditor_value, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date audit completed")), audit_value, audit_format))
    if plan["details"] == "pairs" and own_details:
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                sheet.put(sheet.row, 1 + 2 * offset, text, bold=True, fill="E7E6E6")
                sheet.put(sheet.row, 2 + 2 * offset, value, number_format=number_format, fill="FFF2CC")
            sheet.height(sheet.row, 15 * max(2, max(str(value).count("\n") + 1 for _, value, _ in
                                                    details[start:start + 2])))
            sheet.row += 1
    else:
        label_column, value_first, value_last = (1, 2, 4) if own_details else (2, 3, 4)
        for text, value, number_format in details:
            sheet.put(sheet.row, label_column, text, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, value_first, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, value_first, value_last)
            if "\n" in str(value):
                sheet.height(sheet.row, 15 * (str(value).count("\n") + 1))
            sheet.row += 1
    sheet.row += 1

    # --- the evaluation -------------------------------------------------------------------
    sheet = writer(evaluation_ws)
    top(sheet)
    grade_words = tuple(words[grade] for grade in ORDER)
    sheet.band(rng.choice(("2. Quality of practice", "Evaluation of practice", "Quality evaluation")), last=8)
    if "key" in (grades_style, overall_style):
        ordered = sorted(ORDER, key=lambda grade: key[grade])
        sheet.wide("Key:   " + "    ".join(f"{key[grade]} = {words[grade]}" for grade in ordered), last=8,
                   bold=True, border=False)
    elif grades_style == "dropdown":
        sheet.wide("Choose the evaluation from the drop-down in each yellow cell.", last=8, italic=True,
                   border=False)
    grades = _Grades(rng, words, key, symbol, font)
    by_name = {section.name: section for section in sample.sections}
    evaluation_header = rng.choice(("Evaluation", "Grade", "Our evaluation"))
    for question, areas in questions:
        sheet.row += 1
        row = sheet.row
        sheet.put(row, 1, question, bold=True, colour=brand, fill="DDEBF7", size=11)
        sheet.merge(row, 1, 3 if show_prompts else 2)
        sheet.put(row, 4 if show_prompts else 3, "Evidence from the record", bold=True, fill="DDEBF7")
        if not show_prompts:
            sheet.merge(row, 3, 4)
        if grades_style == "columns":
            for offset, text in enumerate(grade_words):
                sheet.put(row, 5 + offset, text, bold=True, fill="DDEBF7", centre=True, size=9)
        else:
            sheet.put(row, 5, evaluation_header, bold=True, fill="DDEBF7")
            sheet.merge(row, 5, 8)
        if remarks:
            sheet.put(row, 9, f"{head_title} comment", bold=True, colour=ink, fill="DDEBF7")
        sheet.height(row, 30)
        sheet.row += 1
        for number, (name, prompt) in enumerate(areas, start=1):
            section = by_name[name]
            row = sheet.row
            sheet.put(row, 1, f"{question[0]}{number}", bold=True, centre=True)
            sheet.put(row, 2, name, bold=True)
            if show_prompts:
                sheet.put(row, 3, prompt, italic=True, colour="595959", size=9)
                sheet.put(row, 4, section.comment)
            else:
                sheet.put(row, 3, section.comment)
                sheet.merge(row, 3, 4)
            grades.write(sheet, row, 5, grades_style, section.grade,
                         lambda coordinate: dropdown(evaluation_ws, coordinate, grade_words))
            remark = remarks.get(name)
            if remark:
                sheet.put(row, 9, remark, colour=ink, italic=True)
            sheet.height(row, 48)
            sheet.row += 1
    sheet.row += 1
    row = sheet.row
    overall_label = rng.choice(("Overall evaluation of practice for this child",
                                "OVERALL EVALUATION", "Overall grade for the case"))
    sheet.put(row, 1, overall_label, bold=True, fill="DDEBF7", size=11)
    sheet.merge(row, 1, 4)
    beside = moderation is not None and moderation.grade is not None and moderation_style == "beside"
    if overall_style == "columns":
        for offset, text in enumerate(grade_words):
            sheet.put(row, 5 + offset, text, bold=True, fill="DDEBF7", centre=True, size=9)
        sheet.row += 1
        row = sheet.row
        sheet.put(row, 1, rng.choice(("Mark one", "Auditor's evaluation")), italic=True)
        sheet.merge(row, 1, 4)
    grades.write(sheet, row, 5, overall_style, sample.grade,
                 lambda coordinate: dropdown(evaluation_ws, coordinate, grade_words))
    sheet.height(row, 24)
    sheet.row += 1
    if beside:
        row = sheet.row
        sheet.put(row, 1, rng.choice((f"{head_title}'s evaluation (moderation)", "Moderated evaluation (HoS)")),
                  bold=True, colour=ink, fill="F2F2F2")
        sheet.merge(row, 1, 4)
        text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        sheet.put(row, 5, text, bold=True, colour=ink)
        sheet.merge(row, 5, 8)
        sheet.row += 1
    sheet.row += 1

    # --- the child's and family's views -----------------------------------------------------
    sheet = writer(family_ws)
    top(sheet)
    family_last = 4 if family_ws is not evaluation_ws else 8
    answer_first = 3 if family_ws is not evaluation_ws else 5
    if sample.feedback_sought is not None:
        sheet.band(rng.choice(("What the child and family told us", "The child's and family's views",
                               "3. Views of the child and family")), last=family_last)
        row = sheet.row
        sheet.put(row, 1, rng.choice(VIEWS_QUESTIONS), bold=True, fill="E7E6E6")
        sheet.merge(row, 1, answer_first - 1)
        _yes_no(sheet, row, answer_first, family_last, sample.feedback_sought, rng, font,
                lambda coordinate: dropdown(family_ws, coordinate, ("Yes", "No")))
        sheet.height(row, 30)
        sheet.row += 1
        pool = VIEWS_SOUGHT if sample.feedback_sought else VIEWS_NOT_SOUGHT
        if (sample.date - child.date_of_birth).days < 6 * 365:
            pool = tuple(text for text in pool if "{child}" not in text)  # too young to be asked
        sheet.wide(rng.choice(pool).replace("{child}", child.first_name), last=family_last, height=45)
        sheet.row += 1

    # --- summary: glance, strengths, safety, actions, sign-off ---------------------------------
    sheet = writer(summary_ws)
    top(sheet)
    last = 4 if summary_ws is not evaluation_ws else 8
    if plan["glance"] and summary_ws is not evaluation_ws:
        sheet.band(rng.choice(("Evaluations at a glance", "Summary of evaluations")), last=last)
        for section in sample.sections:
            sheet.put(sheet.row, 1, section.name)
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, words[section.grade])
            sheet.merge(sheet.row, 3, last)
            sheet.row += 1
        sheet.put(sheet.row, 1, rng.choice(("Overall evaluation", "Overall (auditor)")), bold=True)
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, words[sample.grade], bold=True)
        sheet.merge(sheet.row, 3, last)
        sheet.row += 2
    strengths_label = rng.choice(("What is working well", "Areas of particular strength", "Strengths"))
    development_label = rng.choice(("What needs to improve", "Areas for improvement", "Areas for development"))
    layout = rng.choice(("side", "rows", "cell"))
    bullet = rng.choice(("• ", "- ", ""))
    if layout == "side":
        half = last // 2
        sheet.put(sheet.row, 1, strengths_label, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 1, half)
        sheet.put(sheet.row, half + 1, development_label, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, half + 1, last)
        sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, left)
            sheet.merge(sheet.row, 1, half)
            sheet.put(sheet.row, half + 1, right)
            sheet.merge(sheet.row, half + 1, last)
            sheet.height(sheet.row, 32)
            sheet.row += 1
    else:
        for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            sheet.band(heading, last=last)
            if layout == "rows":
                for number, item in enumerate(items, start=1):
                    sheet.put(sheet.row, 1, number, centre=True)
                    sheet.put(sheet.row, 2, item)
                    sheet.merge(sheet.row, 2, last)
                    sheet.height(sheet.row, 30)
                    sheet.row += 1
            else:
                sheet.wide("\n".join(f"{bullet}{item}" for item in items), last=last, height=16 * len(items) + 14)
    sheet.row += 1

    # The urgent safety question.
    row = sheet.row
    answer_first = 3 if summary_ws is not evaluation_ws else 5
    sheet.put(row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    sheet.merge(row, 1, answer_first - 1)
    _yes_no(sheet, row, answer_first, last, sample.urgent_concern, rng, font,
            lambda coordinate: dropdown(summary_ws, coordinate, ("Yes", "No")))
    sheet.height(row, 32)
    sheet.row += 1
    if sample.urgent_concern:
        sheet.put(sheet.row, 1, rng.choice(URGENT_DETAILS), bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 1, answer_first - 1)
        sheet.put(sheet.row, answer_first, sample.urgent_concern_detail)
        sheet.merge(sheet.row, answer_first, last)
        sheet.height(sheet.row, 60)
        sheet.row += 1
    sheet.row += 1

    # Actions.
    sheet.band(rng.choice(("Actions (by who, by when)", "Actions agreed", "Case actions")), last=last)
    if not sample.actions:
        sheet.wide(NO_ACTIONS[index % len(NO_ACTIONS)], last=last, italic=True)
    elif plan["actions"] == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("Action required", "Responsible", "Timescale"),
                              ("What needs to happen", "By whom", "Date")))
        extra = rng.random() < 0.5
        spans = ((1, 2), (3, 3), (4, 4)) if summary_ws is not evaluation_ws else ((1, 4), (5, 6), (7, 8))
        for (first_column, last_column), text in zip(spans, headers):
            sheet.put(sheet.row, first_column, text, bold=True, fill="E7E6E6")
            sheet.merge(sheet.row, first_column, last_column)
        if extra and summary_ws is evaluation_ws:
            sheet.put(sheet.row, 9, "Done?", bold=True, fill="E7E6E6")
        sheet.row += 1
        for action in sample.actions:
            due, due_format = day(action.due)
            for (first_column, last_column), value, number_format in zip(
                    spans, (action.action, action.owner, due), (None, None, due_format)):
                sheet.put(sheet.row, first_column, value, number_format=number_format)
                sheet.merge(sheet.row, first_column, last_column)
            if extra and summary_ws is evaluation_ws:
                sheet.put(sheet.row, 9, None)
            sheet.height(sheet.row, 30)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", last=last, height=30,
                       border=False)
    sheet.row += 1

    # The auditor's sign-off.
    sheet.band(rng.choice(("Sign-off", "Completed by", "Auditor sign-off")), last=last)
    signed, signed_format = day(sample.date)
    label_last = 1 if summary_ws is not evaluation_ws else 2
    for text, value, number_format in ((rng.choice(("Auditor", "Signed")), auditor_value, None),
                                       ("Date", signed, signed_format)):
        sheet.put(sheet.row, 1, text, bold=True, fill="E7E6E6")
        sheet.merge(sheet.row, 1, label_last)
        sheet.put(sheet.row, label_last + 1, value, number_format=number_format)
        sheet.merge(sheet.row, label_last + 1, last)
        sheet.row += 1
    sheet.row += 1

    # The Head of Service's moderation.
    if moderation_style == "box" or (moderation_style == "beside" and moderation is not None):
        _moderation_box(sheet, rng, sample, moderation, words, ink, head_title, day, last, label_last,
                        grade_row=moderation_style == "box")
    elif moderation_style == "lines":
        _moderation_lines(sheet, rng, sample, moderation, words, ink, head_title, when, last)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))


class _Grades:
    """How one workbook writes an evaluation: the words, the key, the mark."""

    def __init__(self, rng: random.Random, words, key, symbol: str, font: str):
        self.rng = rng
        self.words = words
        self.key = key
        self.symbol = symbol
        self.font = font

    def write(self, sheet: _Sheet, row: int, column: int, style: str, grade: str, dropdown) -> None:
        """The evaluation in columns `column` to `column + 3`: one merged
        cell, or four cells when marked or emboldened."""
        words = self.words
        if style == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade and self.symbol:
                    sheet.put(row, column + offset, self.symbol, bold=True, centre=True)
                else:
                    sheet.put(row, column + offset, None, fill=MARK_FILL if option == grade else None)
            return
        if style == "bold":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.put(row, column + offset, words[option], bold=chosen, fill=CHOSEN_FILL if chosen else None,
                          colour=None if chosen else "A6A6A6", size=9, centre=True)
            return
        if style == "struck":
            blocks = []
            for position, option in enumerate(ORDER):
                if position:
                    blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10), "  "))
                chosen = option == grade
                blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10, b=chosen, strike=not chosen),
                                        words[option]))
            sheet.put(row, column, CellRichText(*blocks))
        elif style == "dropdown":
            cell = sheet.put(row, column, words[grade], bold=True, fill="FFF2CC")
            dropdown(cell.coordinate)
        elif style == "key":
            sheet.put(row, column, self.key[grade], bold=True, fill="FFF2CC", centre=True)
        else:
            sheet.put(row, column, informal_grade(self.rng, grade, note_chance=0.2), bold=True)
        sheet.merge(row, column, column + 3)


def _yes_no(sheet: _Sheet, row: int, first: int, last: int, yes: bool, rng: random.Random, font: str,
            dropdown) -> None:
    """A Yes / No answer from column `first`: typed, from a drop-down, in
    tick boxes, or with the other answer struck through."""
    style = rng.choice(("typed", "dropdown", "boxes", "struck"))
    if style == "boxes":
        ticked, empty = rng.choice((("\u2612", "\u2610"), ("[X]", "[ ]"), ("\u2611", "\u2610")))
        text = f"{ticked if yes else empty} Yes     {empty if yes else ticked} No"
        sheet.put(row, first, text, bold=True)
    elif style == "struck":
        blocks = [TextBlock(InlineFont(rFont=font, sz=10, b=yes, strike=not yes), "Yes"),
                  TextBlock(InlineFont(rFont=font, sz=10), " / "),
                  TextBlock(InlineFont(rFont=font, sz=10, b=not yes, strike=yes), "No")]
        sheet.put(row, first, CellRichText(*blocks))
    elif style == "dropdown":
        cell = sheet.put(row, first, "Yes" if yes else "No", bold=True, fill="FFF2CC")
        dropdown(cell.coordinate)
    else:
        sheet.put(row, first, rng.choice(("Yes", "YES", "Y")) if yes else rng.choice(("No", "NO", "N")), bold=True)
    sheet.merge(row, first, last)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, words, ink: str, head_title: str, day,
                    last: int, label_last: int, *, grade_row: bool) -> None:
    """Labelled rows in a heavy box, the Head of Service's entries in their
    ink; where their evaluation sits beside the auditor's (`grade_row`
    False) the box holds only their name, the date and their comments."""
    sheet.put(sheet.row, 1, rng.choice((f"{head_title} moderation", "Moderation")), bold=True, colour=sheet.brand,
              border=False, size=11)
    sheet.merge(sheet.row, 1, last)
    sheet.row += 1
    moderated_on, moderated_format = day(moderation.date) if moderation else ("", None)
    rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator if moderation else "", None, False),
            (rng.choice(("Date of moderation", "Date")), moderated_on, moderated_format, False)]
    if grade_row:
        agree = grade_text = ""
        if moderation and moderation.grade:
            agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No",
                                                                                                      "Disagree"))
            grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows += [(rng.choice(("Do you agree with the overall evaluation?", "Agree with auditor?")), agree, None, False),
                 (rng.choice(("Moderated evaluation", "Evaluation after moderation")), grade_text, None, True)]
    comments = "\n".join(moderation.comments) if moderation else rng.choice(NOT_MODERATED)
    rows.append((rng.choice(("Comments", "Moderator's comments")), comments, None, False))
    box_top = sheet.row
    for text, value, number_format, bold in rows:
        sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, label_last)
        sheet.put(sheet.row, label_last + 1, value, colour=ink if moderation else None, bold=bold and bool(value),
                  italic=not moderation and bool(value), number_format=number_format)
        sheet.merge(sheet.row, label_last + 1, last)
        sheet.height(sheet.row, 48 if text == rows[-1][0] else 18)
        sheet.row += 1
    for row in range(box_top, sheet.row):
        for column in range(1, last + 1):
            sheet.ws.cell(row=row, column=column).border = Border(
                left=HEAVY if column == 1 else THIN, right=HEAVY if column == last else THIN,
                top=HEAVY if row == box_top else THIN, bottom=HEAVY if row == sheet.row - 1 else THIN)


def _moderation_lines(sheet: _Sheet, rng: random.Random, sample, moderation, words, ink: str, head_title: str,
                      when, last: int) -> None:
    """The moderation typed as lines in the Head of Service's ink; a file
    not moderated has the heading and a note, or nothing."""
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if note:
            sheet.put(sheet.row, 1, f"{head_title} moderation", bold=True, colour=sheet.brand, border=False)
            sheet.merge(sheet.row, 1, last)
            sheet.row += 1
            sheet.wide(note, last=last, italic=True, border=False)
        return
    sheet.put(sheet.row, 1, f"{head_title} moderation", bold=True, colour=sheet.brand, border=False, size=11)
    sheet.merge(sheet.row, 1, last)
    sheet.row += 1
    sheet.wide(f"Moderated by {moderation.moderator} ({head_title}), {when(moderation.date)}.", last=last,
               colour=ink, border=False)
    if moderation.grade == sample.grade:
        sheet.wide(rng.choice((f"I agree with the overall evaluation: {words[moderation.grade]}.",
                               f"Evaluation confirmed as {words[moderation.grade]}.")), last=last, colour=ink,
                   bold=True, border=False)
    elif moderation.grade:
        sheet.wide(rng.choice((f"I do not agree with the auditor. Moderated evaluation: {words[moderation.grade]}.",
                               f"Evaluation changed on moderation to {words[moderation.grade]}.")), last=last,
                   colour=ink, bold=True, border=False)
    for comment in moderation.comments:
        sheet.wide(comment, last=last, colour=ink, border=False, height=30)
