"""Audit of a practitioner's professional supervision kept as an Excel
workbook by an invented Northern Ireland-style Health and Social Care Trust
("Northmoor Health and Social Care Trust"), one supervisee to a workbook: a
social work governance lead, a team manager from another team or the Head
of Service reads a practitioner's supervision file and records the
supervisee, the supervisor, the team and service (service sometimes left
off), the period reviewed (on most), the supervision sessions sampled, a
few checks on the supervision agreement and registration, five standards of
supervision grouped under the functions of supervision (accountability and
assurance; reflective discussion and support; ongoing professional
development), each with evidence and a grade, the case discussions sampled
from the records, what the supervisee and the supervisor said about their
supervision (on some), the overall grade, what is working well and what
needs to improve, the question whether the records show a child whose
safety needs action today, actions, and the Head of Service's moderation.

Modelled on what Northern Ireland's Department of Health (until 2016 the
Department of Health, Social Services and Public Safety, DHSSPS) and the
Western Health and Social Care Trust publish, as far as search excerpts
showed them (no Department of Health (NI) and no Western Trust material was
used yet; the Belfast, Southern, South Eastern and Northern Trusts, NISCC,
SBNI, RQIA and CYPSP are named by other families):

- Department of Health, "Social work strategy" (dhsspsni.gov.uk/articles/
  social-work-strategy): "Improving and safeguarding social wellbeing: a
  strategy for social work in Northern Ireland 2012-2022" sets out a
  framework for social work practice, ten strategic priorities under three
  themes (strengthening the capacity of the workforce; improving social
  work services; building leadership and trust in the profession), and a
  DHSSPS-commissioned SCIE review (June 2014) of the senior and principal
  social work practitioner roles.
- Community Care, "Social workers to receive more supervision and support"
  (16 April 2012), on the same DHSSPS strategy: among its key
  recommendations, "creating new standards for social work employers and
  promoting access to professional supervision"; Northern Ireland the first
  devolved administration to introduce an assessed year in employment
  (AYE) for newly qualified social workers.
- SCIE's Northern Ireland page "Social work supervision"
  (scie.org.uk/northern-ireland/latest/social-work-supervision): two
  regional surveys (2018 and 2019) of the prevalence, quality and impact of
  professional supervision for social workers across Northern Ireland, from
  both the supervisee's and the supervisor's perspective; the findings used
  to inform propositions for a revised social work supervision policy,
  consulted on with senior managers of the health and social care trusts in
  March 2020, the draft policy then issued to trusts during COVID-19. The
  excerpt does not say who wrote the policy.
- Western Trust, "Celebrating World Social Work Day" (westerntrust.hscni.net,
  2023): an event at the Trust's headquarters on the Altnagelvin Hospital
  site; social workers celebrated for their professional development, and
  on-going professional development called an important aspect of the job;
  the Director of Women and Children's Services is also the Executive
  Director of Social Work. It says nothing about supervision or audit.
- For the functions the standards are grouped under, the contents of the
  Northern Ireland Guardian Ad Litem Agency's "Supervision Policy" (March
  2017: the functions of supervision – agency accountability / assurance,
  reflective discussion and support on case related and general
  professional and practice issues, ongoing professional development – and
  its reference to NISCC's "Reflective Practice: A Model for Supervision
  and Practice in Social Work", May 2015); and, for the post registration
  training and learning (PRTL) check, the contents of NISCC's "The
  Regulation and Development of the Social Work and Social Care Workforce"
  (2016/17).

None of these shows an audit form: the workbook is our own judgement. The
three function bands follow the NIGALA contents, the supervisee's and
supervisor's views follow the two perspectives of the regional surveys, and
the AYE and PRTL checks follow the strategy article and NISCC's contents;
the rest (sheets, wording, standards, grading) is invented. Varies: one
sheet, five tabs ("1 Details" ... "5 Sign-off") or a "Summary" sheet with
the grades at a glance beside an "Evidence" sheet (sometimes a separate
"HoS moderation" sheet and a hidden drop-down "Lists" sheet); details as
label / value rows, two pairs to a row or a strip of labels over values, the
auditor's designation in the same cell or on its own row; standards named in
the trust's long or short words; grades typed informally, a number on a
printed 1-4 key either way round, the chosen option bold and highlighted
among four cells, the other three struck through (four cells or one
rich-text cell), a mark or fill under four grade columns, or an Excel
drop-down (its list on a hidden sheet on some); the overall grade the same
way or typed; typed dates in seven spellings or Excel dates; case
discussions by initials, with one case on some files followed to the
child's record (plain or prefixed reference, the child named and on some
the brothers and sisters); strengths and areas to improve one to a row, in
one cell or side by side; the safety question (3 answered yes, naming a
child); actions as a table, numbered lines or a "no actions" sentence (3);
the Head of Service's moderation typed in a non-red ink as rows or in a
heavy-bordered box (3 changing, 3 confirming, 3 comments only, sometimes
with remarks beside a standard), an "awaiting" note, an empty box or no
section.
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

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "trust_supervision_audit_workbook"
SEED = 10021
TRUST = "Northmoor Health and Social Care Trust"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
LONG_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
              INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req. Imp.", "Inadequate"),
                ("Outstanding", "Good", "Requires improvement", "Inadequate"))
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF6161"}
SCORES = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
          {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})

# The sample's five areas in order; the trust's functions of supervision and
# its two ways of naming each standard.
SAMPLE_AREAS = ("Frequency of supervision", "Reflection and analysis", "Clear plans and case direction",
                "Decisions and their reasons recorded", "Support and constructive challenge")
FUNCTIONS = ("Accountability and assurance", "Reflective discussion and support", "Ongoing professional development")
# (function index, long name, short name, what the auditor looks for)
STANDARDS = (
    (0, "Supervision is regular and follows the supervision agreement", "Regularity of supervision",
     "Sessions at the agreed frequency (monthly; fortnightly in the AYE); cancelled sessions rebooked."),
    (1, "Reflective discussion of casework", "Reflection on practice",
     "The worker's own analysis and hypotheses discussed and recorded, not only tasks."),
    (0, "Clear case direction and accountability", "Case direction",
     "Each case discussed ends with a clear direction, who does what and by when; drift picked up."),
    (0, "Decisions and rationale recorded on the child's file", "Recording of decisions",
     "Supervision decisions and the reasons for them copied to the child's record in time."),
    (2, "Wellbeing, support and professional development", "Staff support and development",
     "Caseload and wellbeing discussed; PRTL, training and appraisal followed up."),
)
EVIDENCE = (
    ("Four-weekly sessions held as agreed; one cancellation was rebooked within the week.",
     "Two of the three months show a gap of over six weeks between sessions, with no reason recorded."),
    ("The records show the worker's own analysis and the supervisor testing it against the evidence.",
     "The records are mostly lists of tasks; reflection on what is happening for the children is thin."),
    ("Every case discussed ends with clear actions, owners and timescales.",
     "Direction is given but timescales are missing, and one case was discussed twice with no change."),
    ("Decisions are copied to the child's file within two working days with the reasons.",
     "Decisions are in the supervision record but only some reach the child's file, and without reasons."),
    ("Caseload, wellbeing and PRTL are discussed at every session; training needs followed up.",
     "Wellbeing is a tick box; learning needs from the appraisal have not been revisited."),
)
TITLES = ("Professional Supervision Audit", "AUDIT OF SOCIAL WORK SUPERVISION RECORDS",
          "Supervision Audit Tool – Professional Social Work", "Quality of Supervision Audit")
SUBTITLES = ("Children's Services – Professional Social Work Governance",
             "Women and Children's Services Directorate – Family and Children's Social Work",
             "Social Work Governance: audit of supervision", "Children's Services")
CHECKS = (
    ("Supervision agreement signed by both and on file?", ("Yes", "Yes", "Yes", "No")),
    ("NISCC registration current?", ("Yes",)),
    ("PRTL discussed in the period?", ("Yes", "Yes", "No")),
    ("In AYE? If so, fortnightly supervision held?", ("N/A", "N/A", "N/A – not in AYE")),
    ("Records signed by supervisor and supervisee?", ("Yes", "Yes", "No", "Partly")),
)
SESSION_TYPES = ("1:1", "1:1", "1:1", "Group", "1:1 (case)")
INITIALS = ("K.B.", "T.M.", "A.R.", "J.D.", "S.O.", "L.W.", "R.H.", "M.N.", "C.F.", "P.Q.")
DIRECTIONS = (
    "Visit weekly and review the plan at the next core group.",
    "Seek legal advice on threshold; strategy discussion to be convened.",
    "Step down to family support when the plan ends; update the assessment first.",
    "Update the chronology and complete the pathway assessment.",
    "Arrange a family meeting with the grandparents before the review.",
    "Refer to the Family Support Hub; close when the referral is accepted.",
)
RECORDED = ("Yes", "Yes", "No", "Partly")
SUPERVISEE_VIEWS = (
    "I find supervision helpful when there is time to think about the families, not just the deadlines.",
    "Supervision is protected time and I feel able to raise worries about my caseload.",
    "Sessions get moved when the team is busy, but my supervisor always rebooks.",
)
SUPERVISOR_VIEWS = (
    "We have started using a reflective template for case discussions.",
    "Capacity in the team has made monthly supervision hard to keep to this quarter.",
    "The worker brings well prepared cases and uses the time well.",
)
HEADINGS = (("What is working well", "What needs to improve"), ("Strengths", "Areas for development"),
            ("Good practice noted", "Learning / areas for development"))
ACTION_HEADS = (("Action", "Lead", "By when"), ("Action agreed", "Who", "Target date"),
                ("Action", "Responsible", "Timescale", "Progress"))
NO_ACTIONS = ("No actions arising – supervision meets the standards.",
              "No further actions required at this time.",
              "None – findings shared with the supervisor at feedback.")
URGENT_QUESTIONS = (
    "Do the supervision records show a child whose safety needs action today?",
    "Has this audit identified an immediate safeguarding concern for a child?",
    "Is there a child at risk of significant harm that needs escalating now?",
)
URGENT_DETAILS = (
    "The record of {when} notes {name} disclosed being hit by mum's partner; no strategy discussion is "
    "recorded. Raised with the Team Manager and Head of Service on the day of the audit.",
    "Supervision on {when} agreed a visit to {name} within 24 hours after police attended; no record the "
    "visit happened. Escalated to the Team Manager today.",
    "{name} was reported missing twice in the period and the plan was not reviewed. Escalated to the "
    "Principal Practitioner and Head of Service.",
)
CONFIRMS = ("I agree with the grade; the records support it.", "Agreed – a well evidenced audit.")
LOWERS = ("The case direction evidence is weaker than described; I cannot agree the grade.",
          "Two of the three records are task lists with no reflection.")
RAISES = ("The audit undersells the reflective discussion recorded; I have moved the grade.",
          "The support and development evidence is stronger than rated.")
REMARKS = ("Please share the learning on recording decisions at the team meeting.",
           "Feed back to the supervisor at their own supervision.",
           "Discussed with the supervisor at our one-to-one.")
SECTION_REMARKS = ("Agree.", "Well evidenced.", "Check the middle record was signed.", "Needs revisiting.")
AWAITING = ("Awaiting Head of Service moderation.", "Sent to HoS for moderation – not yet returned.")
DESIGNATIONS = {QA_TEAM: ("Social Work Governance Lead", "Quality Assurance Officer"),
                PRACTICE_MANAGER: ("Team Manager",), EARLY_HELP_MANAGER: ("Early Intervention Team Manager",),
                SAFEGUARDING_PRACTICE_MANAGER: ("Principal Practitioner",), "hos": ("Head of Service",)}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "dd.mm.yy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
LABEL_FILL = "E7E6E6"
LAST = 10  # the last column most rows span


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))

    def spread(values: list, filler) -> list:
        values = (values + [filler] * count)[:count]
        rng.shuffle(values)
        return values

    plans = {
        "moderation": spread(["change"] * 3 + ["confirm"] * 3 + ["comments"] * 3 + ["awaiting"] * 2 + ["empty"] * 2,
                             "none"),
        "urgent": spread([True] * 3, False),
        "trail": spread([f"prefixed:{prefix}" for prefix in rng.sample(CASE_PREFIXES, 3)] + ["plain"] * 2, None),
        "no_actions": spread([True] * 3, False),
        "grading": spread(["typed", "key", "highlight", "struck", "columns", "dropdown"] * 3, "typed"),
        "layout": spread(["single"] * 6 + ["parts"] * 5 + ["summary"] * 5, "single"),
        "details": spread(["rows"] * 6 + ["two-up"] * 5 + ["strip"] * 5, "rows"),
    }
    return [_form(rng, index, sample, today, {key: values[index] for key, values in plans.items()})
            for index, sample in enumerate(pool)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position in (0, 3):
        return ORDER[1 if position == 0 else 2]
    return ORDER[position + 1] if rng.random() < 0.6 else ORDER[position - 1]


def _weekday(day: date) -> date:
    """The working day on or before `day`."""
    while day.weekday() > 4:
        day -= timedelta(days=1)
    return day


class _Sheet:
    """Writes cells on one sheet, keeping a current row."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in enumerate((6, 30, 16, 16, 16, 16, 14, 14, 14, 14, 30), start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10, fmt=None,
            border=True, strike=False):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if fmt:
            target.number_format = fmt
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, *, last=LAST, fill=None):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, value, *, first=1, last=LAST, height=None, **look):
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, text, value, *, fmt=None, colour=None, bold=False, last=6):
        self.put(self.row, 1, text, bold=True, fill=LABEL_FILL)
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 3, last)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    long_names = rng.random() < 0.5
    font = rng.choice(("Arial", "Calibri", "Tahoma", "Verdana"))
    grading = plan["grading"]
    overall_style = grading if rng.random() < 0.7 else "typed"
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    head = sample.auditor  # the Head of Service over the supervisor
    others: list[str] = []

    # --- who audited ---------------------------------------------------------------
    moderation_plan = plan["moderation"]
    kinds = ("qa", "peer") if moderation_plan in ("change", "confirm", "comments", "awaiting") else ("qa", "peer", "hos")
    auditor_kind = rng.choice(kinds)
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    if auditor_kind == "qa":
        auditor_member = rng.choice([member for member in STAFF if member.role == QA_TEAM])
        designation = rng.choice(DESIGNATIONS[QA_TEAM])
    elif auditor_kind == "peer":
        early_help = supervisor_member.role == EARLY_HELP_MANAGER
        auditor_member = rng.choice([member for member in STAFF
                                     if member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)
                                     and member.name != supervisor and member.team != sample.team
                                     and (member.role == EARLY_HELP_MANAGER) == early_help])
        designation = rng.choice(DESIGNATIONS[auditor_member.role])
    else:
        auditor_member = next(member for member in STAFF if member.name == head)
        designation = DESIGNATIONS["hos"][0]

    # --- the sample as this workbook carries it ------------------------------------
    order = sorted(range(5), key=lambda number: (STANDARDS[number][0], number))  # grouped by function
    by_area = {section.name: section for section in sample.sections}
    sections = []
    for number in order:
        function, long_name, short_name, _ = STANDARDS[number]
        graded = by_area[SAMPLE_AREAS[number]]
        tone = 0 if ORDER.index(graded.grade) < 2 else 1
        sections.append(Section(long_name if long_names else short_name, graded.grade, EVIDENCE[number][tone]))
    changes: dict = {"auditor": auditor_member.name, "sections": tuple(sections), "urgent_question": True}
    show_period = rng.random() < 0.8
    if not show_period:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    show_service = rng.random() < 0.8
    if not show_service:
        changes["service"] = None
    if plan["no_actions"]:
        changes["actions"] = ()

    child = brothers = None
    if plan["trail"]:
        child = invent_child(rng, today)
        case_id = invent_case_id(rng)
        prefix = plan["trail"].partition(":")[2]  # empty for a plain reference
        written_reference = f"{prefix}{case_id}"
        changes.update(case_id=written_reference, child=child)
        if rng.random() < 0.6:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            others += [name for name, _ in brothers]
    if plan["urgent"]:
        if child is not None:
            concern_name = child.first_name
        else:
            concern = invent_child(rng, today)
            concern_name = concern.full_name
            others.append(concern_name)
        detail = rng.choice(URGENT_DETAILS).format(name=concern_name, when=when(rng.choice(sessions)))
        changes.update(urgent_concern=True, urgent_concern_detail=detail)
    else:
        changes.update(urgent_concern=False, urgent_concern_detail=None)
    sample = replace(sample, **changes)

    if moderation_plan in ("change", "confirm", "comments"):
        if moderation_plan == "comments":
            grade, comments = None, tuple(rng.sample(REMARKS, rng.randint(1, 2)))
        elif moderation_plan == "confirm":
            grade, comments = sample.grade, (rng.choice(CONFIRMS),)
        else:
            grade = _nearby(rng, sample.grade)
            comments = (rng.choice(LOWERS if ORDER.index(grade) > ORDER.index(sample.grade) else RAISES),)
            if rng.random() < 0.5:
                comments += (rng.choice(REMARKS),)
        remarked = rng.sample(sample.sections, rng.randint(1, 2)) if rng.random() < 0.5 else []
        sample = replace(sample, moderated_kind=True, moderation=Moderation(
            moderator=head, date=_weekday(min(today, sample.date + timedelta(days=rng.randint(2, 12)))), comments=comments,
            section_comments={section.name: rng.choice(SECTION_REMARKS) for section in remarked}, grade=grade))
    mod = sample.moderation
    remarks = mod.section_comments if mod else {}
    remark_column = bool(remarks) and rng.random() < 0.6  # beside the standards, else under each

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets -----------------------------------------------
    workbook = Workbook()
    layout = plan["layout"]
    first = workbook.active
    if layout == "single":
        first.title = rng.choice(("Supervision audit", "Audit", "Supervision Audit Tool"))
        details_ws = standards_ws = cases_ws = findings_ws = signoff_ws = first
        summary_ws = None
    elif layout == "parts":
        first.title = "1 Details"
        details_ws = first
        standards_ws = workbook.create_sheet("2 Standards")
        cases_ws = workbook.create_sheet("3 Case discussions")
        findings_ws = workbook.create_sheet("4 Findings")
        signoff_ws = workbook.create_sheet("5 Sign-off")
        summary_ws = None
    else:
        first.title = "Summary"
        summary_ws = details_ws = findings_ws = signoff_ws = first
        standards_ws = cases_ws = workbook.create_sheet(rng.choice(("Evidence", "Evidence and cases")))
    moderation_ws = signoff_ws
    if mod and layout != "single" and rng.random() < 0.4:
        moderation_ws = workbook.create_sheet("HoS moderation")
    sheets = {ws.title: _Sheet(ws, font, brand) for ws in workbook.worksheets}

    hidden_lists = grading == "dropdown" and rng.random() < 0.6
    list_ranges: dict = {}
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if choices not in list_ranges:
                    lists_ws = workbook["Lists"] if "Lists" in workbook.sheetnames else workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                    column = len(list_ranges) + 1
                    for row, choice in enumerate(choices, start=1):
                        lists_ws.cell(row=row, column=column, value=choice)
                    letter = get_column_letter(column)
                    list_ranges[choices] = f"Lists!${letter}$1:${letter}${len(choices)}"
                formula = list_ranges[choices]
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    score_key = rng.choice(SCORES)
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    one_cell_options = rng.random() < 0.5

    def grade_cells(s: _Sheet, row: int, column: int, grade: str, style: str) -> None:
        """The grade at `column` (one cell) or across `column`..`column`+3."""
        if style == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade:
                    if mark:
                        s.put(row, column + offset, mark, bold=True)
                    else:
                        s.put(row, column + offset, None, fill=FILLS[grade])
                else:
                    s.put(row, column + offset, None)
        elif style in ("highlight", "struck") and one_cell_options:
            blocks = []
            for option in ORDER:
                if blocks:
                    blocks.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
                chosen = option == grade
                blocks.append(TextBlock(InlineFont(rFont=font, sz=10, b=True if chosen else None,
                                                   u="single" if (style == "highlight" and chosen) else None,
                                                   strike=True if (style == "struck" and not chosen) else None),
                                        WORDS[option].upper() if (style == "highlight" and chosen) else WORDS[option]))
            s.put(row, column, CellRichText(*blocks))
            s.merge(row, column, column + 3)
        elif style in ("highlight", "struck"):
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                if style == "highlight":
                    s.put(row, column + offset, WORDS[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    s.put(row, column + offset, WORDS[option], bold=chosen, strike=not chosen)
        elif style == "key":
            value = score_key[grade]
            s.put(row, column, value if rng.random() < 0.7 else f"{value} – {WORDS[grade]}", bold=True)
        elif style == "dropdown":
            target = s.put(row, column, LONG_WORDS[grade], bold=True, fill="FFF2CC")
            dropdown(s.ws, target.coordinate, tuple(LONG_WORDS[option] for option in ORDER))
        else:
            s.put(row, column, informal_grade(rng, grade, note_chance=0.2), bold=True)

    def grade_heading(s: _Sheet, row: int, column: int, style: str, text: str) -> None:
        if style == "columns":
            for offset, head_text in enumerate(heads):
                s.put(row, column + offset, head_text, bold=True, fill="D9D9D9")
        elif style in ("highlight", "struck"):
            hint = (" (delete as appropriate)" if style == "struck"
                    else " (embolden one)" if one_cell_options else " (highlight one)")
            s.put(row, column, text + hint, bold=True, fill="D9D9D9")
            s.merge(row, column, column + 3)
        else:
            s.put(row, column, text + (" (1–4)" if style == "key" else ""), bold=True, fill="D9D9D9")

    def key_line(s: _Sheet) -> None:
        if "key" in (grading, overall_style):
            text = "   ".join(f"{score_key[g]} = {WORDS[g]}" for g in sorted(ORDER, key=lambda g: score_key[g]))
            s.line(f"Grading key: {text}", italic=True, border=False, height=16)

    def wide(style: str) -> bool:
        return style in ("columns", "highlight", "struck")

    # --- title and details ---------------------------------------------------------
    s = sheets[details_ws.title]
    title = rng.choice(TITLES)
    s.put(1, 1, TRUST, bold=True, colour=brand, size=14, border=False)
    s.merge(1, 1, LAST)
    s.put(2, 1, rng.choice(SUBTITLES), italic=True, border=False)
    s.merge(2, 1, LAST)
    s.put(3, 1, title, bold=True, size=13, fill="F2F2F2")
    s.merge(3, 1, LAST)
    s.row = 5
    s.band(rng.choice(("Section 1 – Details", "Details of the audit", "SUPERVISEE AND AUDIT DETAILS")))
    audit_day, audit_fmt = day(sample.date)
    with_role = rng.random() < 0.5
    auditor_text = f"{sample.auditor} ({designation})" if with_role else sample.auditor
    supervisor_text = supervisor + (rng.choice((" (Team Manager)", ", Senior Practitioner")) if rng.random() < 0.3
                                    and supervisor_member.role == PRACTICE_MANAGER else "")
    details = [
        (sample.labels.get("practitioner") or "Supervisee", sample.practitioner, None),
        (rng.choice(("Supervisor", "Supervising manager", "Line manager / supervisor")), supervisor_text, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
    ]
    if sample.service:
        details.append((rng.choice(("Service", "Service area", "Programme of care")), sample.service, None))
    details.append((rng.choice(("Audit completed by", "Auditor", "Audited by")), auditor_text, None))
    if not with_role:
        details.append((rng.choice(("Designation", "Auditor's role")), designation, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date completed")), audit_day, audit_fmt))
    if show_period:
        details.append((rng.choice(("Period of supervision reviewed", "Period covered", "Period audited")), period,
                        None))
    style = plan["details"]
    if style == "rows":
        for text, value, fmt in details:
            s.pair(text, value, fmt=fmt)
    elif style == "two-up":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 5
                s.put(s.row, column, text, bold=True, fill=LABEL_FILL)
                s.merge(s.row, column, column + 1)
                s.put(s.row, column + 2, value, fmt=fmt)
                s.merge(s.row, column + 2, column + 4)
            s.ws.row_dimensions[s.row].height = 28
            s.row += 1
    else:
        for half in (details[:4], details[4:]):
            for number, (text, _, _) in enumerate(half):
                s.put(s.row, 1 + number * 2, text, bold=True, fill=LABEL_FILL)
                s.merge(s.row, 1 + number * 2, 2 + number * 2)
            s.row += 1
            for number, (_, value, fmt) in enumerate(half):
                s.put(s.row, 1 + number * 2, value, fmt=fmt)
                s.merge(s.row, 1 + number * 2, 2 + number * 2)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    s.row += 1

    # --- sessions sampled and checks -----------------------------------------------
    signed_flags = [rng.choice(("Yes", "Yes", "Yes", "No")) for _ in sessions]
    s.band(rng.choice(("Supervision sessions sampled", "Records sampled from the supervision file",
                       "Section 2 – Sessions reviewed")))
    for column, text in ((1, "No."), (2, "Date of session"), (3, "Type"), (4, "Length (mins)"),
                         (5, "Signed by both?"), (6, "Cases discussed")):
        s.put(s.row, column, text, bold=True, fill="D9D9D9")
    s.row += 1
    for number, session in enumerate(sessions, start=1):
        value, fmt = day(session)
        s.put(s.row, 1, number)
        s.put(s.row, 2, value, fmt=fmt)
        s.put(s.row, 3, rng.choice(SESSION_TYPES))
        s.put(s.row, 4, rng.choice((60, 75, 90, 90, 120)))
        target = s.put(s.row, 5, signed_flags[number - 1])
        dropdown(s.ws, target.coordinate, ("Yes", "No"))
        s.put(s.row, 6, rng.randint(2, 6))
        s.row += 1
    s.row += 1
    if rng.random() < 0.75:
        s.band(rng.choice(("Supervision agreement and registration", "Checks", "Governance checks")),
               fill="7F7F7F")
        for question, answers in CHECKS:
            s.put(s.row, 1, question, bold=True, fill=LABEL_FILL)
            s.merge(s.row, 1, 5)
            if question.startswith("Records signed"):
                answer = "Yes" if "No" not in signed_flags else ("No" if "Yes" not in signed_flags else "Partly")
            else:
                answer = rng.choice(answers)
            target = s.put(s.row, 6, answer)
            dropdown(s.ws, target.coordinate, ("Yes", "No", "N/A", "Partly"))
            s.row += 1
        s.row += 1

    # --- the standards -------------------------------------------------------------
    s = sheets[standards_ws.title]
    if standards_ws is not details_ws:
        s.put(s.row, 1, f"{title} – {sample.practitioner}", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, LAST)
        s.row += 2
    grade_here = summary_ws is None  # in the summary layout the grades are on the summary sheet
    if grade_here:
        key_line(s)
    s.band(rng.choice(("Section 3 – Standards of supervision", "The standards of supervision",
                       "Findings against the standards")), last=LAST + (1 if remark_column else 0))
    s.put(s.row, 1, "No.", bold=True, fill="D9D9D9")
    s.put(s.row, 2, rng.choice(("Standard", "Supervision standard")), bold=True, fill="D9D9D9")
    s.put(s.row, 3, "What the auditor looks for", bold=True, fill="D9D9D9")
    s.merge(s.row, 3, 4)
    evidence_last = 6 if grade_here else LAST
    s.put(s.row, 5, rng.choice(("Evidence from the supervision records", "Evidence / commentary")), bold=True,
          fill="D9D9D9")
    s.merge(s.row, 5, evidence_last)
    if grade_here:
        grade_heading(s, s.row, 7, grading, rng.choice(("Grade", "Judgement", "Rating")))
    if remark_column:
        s.put(s.row, 11, "HoS moderation remark", bold=True, fill="D9D9D9", colour=ink)
    s.row += 1
    function_seen = None
    for number, section in zip(order, sample.sections):
        function = STANDARDS[number][0]
        if function != function_seen:
            s.put(s.row, 1, f"Function {function + 1}: {FUNCTIONS[function]}", bold=True, fill="DDEBF7")
            s.merge(s.row, 1, LAST + (1 if remark_column else 0))
            s.row += 1
            function_seen = function
        s.put(s.row, 1, f"{number + 1}")
        s.put(s.row, 2, section.name, bold=True)
        s.put(s.row, 3, STANDARDS[number][3], italic=True, size=9)
        s.merge(s.row, 3, 4)
        s.put(s.row, 5, section.comment)
        s.merge(s.row, 5, evidence_last)
        if grade_here:
            grade_cells(s, s.row, 7, section.grade, grading)
        if remark_column and section.name in remarks:
            s.put(s.row, 11, remarks[section.name], colour=ink)
        s.ws.row_dimensions[s.row].height = 45
        s.row += 1
        if not remark_column and section.name in remarks:
            s.put(s.row, 2, "HoS:", bold=True, colour=ink)
            s.put(s.row, 5, remarks[section.name], colour=ink)
            s.merge(s.row, 5, evidence_last)
            s.row += 1
    s.row += 1

    # --- case discussions ----------------------------------------------------------
    s = sheets[cases_ws.title]
    if cases_ws is not standards_ws:
        s.put(s.row, 1, f"{title} – case discussions", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, LAST)
        s.row += 2
    s.band(rng.choice(("Case discussions sampled", "Cases discussed in the sessions sampled",
                       "Section 4 – Case discussions")))
    for column, text in ((1, "No."), (2, "Session"), (3, "Child (initials)"), (4, "Direction recorded"),
                         (8, "On the child's file?")):
        s.put(s.row, column, text, bold=True, fill="D9D9D9")
    s.merge(s.row, 4, 7)
    s.merge(s.row, 8, 9)
    s.row += 1
    discussed = rng.randint(2, 4)
    followed_at = rng.randrange(discussed) if child else None
    for number in range(discussed):
        value, fmt = day(sessions[number % len(sessions)])
        s.put(s.row, 1, number + 1)
        s.put(s.row, 2, value, fmt=fmt)
        initials = (f"{child.first_name[0]}.{child.surname[0]}." if followed_at == number
                    else rng.choice(INITIALS))
        s.put(s.row, 3, initials + (" (followed – see below)" if followed_at == number else ""))
        s.put(s.row, 4, rng.choice(DIRECTIONS))
        s.merge(s.row, 4, 7)
        s.put(s.row, 8, rng.choice(RECORDED))
        s.merge(s.row, 8, 9)
        s.ws.row_dimensions[s.row].height = 30
        s.row += 1
    s.row += 1
    if child is not None:
        s.band(rng.choice(("Case followed from supervision to the child's record",
                           "Tracking one decision to the child's file")), fill="7F7F7F")
        s.pair(rng.choice(("Case reference", "Case no.", "Child's case number")), sample.case_id)
        s.pair(rng.choice(("Child's name", "Name of child")), child.full_name)
        if brothers:
            s.pair(rng.choice(("Brothers and sisters", "Other children in the household", "Siblings")),
                   ", ".join(f"{name} ({(today - born).days // 365})" for name, born in brothers))
        s.pair("Decision found on the child's record?", rng.choice(("Yes", "Partly – no rationale", "No")))
        s.row += 1
    if rng.random() < 0.5:
        s.band(rng.choice(("Views on supervision", "What the supervisee and supervisor told us")), fill="7F7F7F")
        s.pair("Supervisee's view", rng.choice(SUPERVISEE_VIEWS), last=LAST)
        s.pair("Supervisor's view", rng.choice(SUPERVISOR_VIEWS), last=LAST)
        s.row += 1

    # --- the summary sheet's grades at a glance -------------------------------------
    s = sheets[findings_ws.title]
    if summary_ws is not None:
        key_line(s)
        s.band(rng.choice(("Grades at a glance", "Summary of grades")))
        s.put(s.row, 1, "No.", bold=True, fill="D9D9D9")
        s.put(s.row, 2, "Standard", bold=True, fill="D9D9D9")
        s.merge(s.row, 2, 6)
        grade_heading(s, s.row, 7, grading, "Grade")
        s.row += 1
        for number, section in zip(order, sample.sections):
            s.put(s.row, 1, f"{number + 1}")
            s.put(s.row, 2, section.name, bold=True)
            s.merge(s.row, 2, 6)
            grade_cells(s, s.row, 7, section.grade, grading)
            s.row += 1
        s.row += 1
    elif findings_ws is not cases_ws:
        s.put(s.row, 1, f"{title} – findings", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, LAST)
        s.row += 2
        if overall_style == "key":
            key_line(s)

    # --- overall grade, strengths and areas to improve ------------------------------
    overall_label = rng.choice(("Overall grade for the quality of supervision", "OVERALL GRADE",
                                "Overall judgement of supervision"))
    if wide(overall_style):
        grade_heading(s, s.row, 7, overall_style, "Overall")
        s.row += 1
    s.put(s.row, 1, overall_label, bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 6)
    grade_cells(s, s.row, 7, sample.grade, overall_style)
    s.ws.row_dimensions[s.row].height = 24
    s.row += 2

    strengths_head, develop_head = rng.choice(HEADINGS)
    list_style = rng.choice(("rows", "cell", "side"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if list_style == "side":
        s.put(s.row, 1, strengths_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, 1, 5)
        s.put(s.row, 6, develop_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, 6, LAST)
        s.row += 1
        for left, right in zip(sample.strengths + ("",) * 3, sample.development_areas + ("",) * 3):
            if not left and not right:
                break
            s.put(s.row, 1, f"{bullet}{left}" if left else None)
            s.merge(s.row, 1, 5)
            s.put(s.row, 6, f"{bullet}{right}" if right else None)
            s.merge(s.row, 6, LAST)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
        s.row += 1
    else:
        for heading, items in ((strengths_head, sample.strengths), (develop_head, sample.development_areas)):
            s.band(heading)
            if list_style == "cell":
                s.line("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
            else:
                for item in items:
                    s.line(f"{bullet}{item}", height=20)
            s.row += 1

    # --- safety question and actions --------------------------------------------------
    s.band(rng.choice(("Immediate safeguarding", "Child safety", "Is any child at risk now?")))
    s.put(s.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 6)
    answer_style = rng.choice(("dropdown", "boxes"))
    if answer_style == "dropdown":
        target = s.put(s.row, 7, "Yes" if sample.urgent_concern else "No", bold=True, fill="FFF2CC")
        s.merge(s.row, 7, 8)
        dropdown(s.ws, target.coordinate, ("Yes", "No"))
    else:
        for column, option in ((7, True), (9, False)):
            s.put(s.row, column, "Yes" if option else "No", bold=True, fill=LABEL_FILL)
            s.put(s.row, column + 1, "X" if option == sample.urgent_concern else None, bold=True)
    s.ws.row_dimensions[s.row].height = 30
    s.row += 1
    s.put(s.row, 1, "If yes, what was done and who was told", bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 2)
    s.put(s.row, 3, sample.urgent_concern_detail or "")
    s.merge(s.row, 3, LAST)
    s.ws.row_dimensions[s.row].height = 42
    s.row += 2

    s.band(rng.choice(("Actions", "Action plan", "Actions agreed with the supervisor")))
    if not sample.actions:
        s.line(rng.choice(NO_ACTIONS), height=18)
    elif rng.random() < 0.6:
        headers = rng.choice(ACTION_HEADS)
        spans = ((1, 5), (6, 7), (8, 9), (10, 10))
        for (start, end), text in zip(spans, headers):
            s.put(s.row, start, text, bold=True, fill="D9E1F2")
            s.merge(s.row, start, end)
        s.row += 1
        for action in sample.actions:
            value, fmt = day(action.due)
            s.put(s.row, 1, action.action)
            s.merge(s.row, 1, 5)
            s.put(s.row, 6, action.owner)
            s.merge(s.row, 6, 7)
            s.put(s.row, 8, value, fmt=fmt)
            s.merge(s.row, 8, 9)
            if len(headers) == 4:
                s.put(s.row, 10, None)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    s.row += 1

    # --- sign-off and moderation -----------------------------------------------------
    s = sheets[signoff_ws.title]
    if signoff_ws is not findings_ws:
        s.put(s.row, 1, f"{title} – sign-off", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, LAST)
        s.row += 2
    if signoff_ws is not findings_ws or rng.random() < 0.5:
        s.band(rng.choice(("Sign-off", "Auditor sign-off")))
        s.pair("Auditor", sample.auditor)
        signed, signed_fmt = day(sample.date)
        s.pair("Date", signed, fmt=signed_fmt)
        s.pair("Shared with supervisor and supervisee?", rng.choice(("Yes", "Yes – at feedback meeting")))
        s.row += 1
    if moderation_ws is not signoff_ws:
        s = sheets[moderation_ws.title]
        s.put(s.row, 1, f"{title} – Head of Service moderation", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, LAST)
        s.row += 2
    if mod is not None:
        moderation_box(s, rng, sample, mod, ink, day, grading)
    elif moderation_plan == "awaiting":
        s.band(rng.choice(("Head of Service moderation", "Moderation")))
        s.line(rng.choice(AWAITING), italic=True, height=18)
    elif moderation_plan == "empty":
        s.band(rng.choice(("Head of Service moderation", "Moderation (HoS)")))
        for text in ("Moderated by", "Date", "Agree with the overall grade?", "Moderated grade", "Comments"):
            s.pair(text, None, last=LAST)

    workbook.properties.creator = TRUST
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = mod.moderator if mod else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 20))
    workbook.properties.modified = datetime.combine((mod or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(dict.fromkeys(others)))


def moderation_box(s: _Sheet, rng: random.Random, sample, mod: Moderation, ink: str, day, grading: str) -> None:
    """The Head of Service's moderation: label rows with the entries in
    their ink, or a heavy-bordered shaded box of lines."""
    agree = None
    if mod.grade:
        agree = rng.choice((("Agree", "Disagree"), ("Yes", "No")))[0 if mod.grade == sample.grade else 1]
    grade_text = None
    if mod.grade:
        grade_text = LONG_WORDS[mod.grade] if grading == "dropdown" else informal_grade(rng, mod.grade)
    moderated_on, fmt = day(mod.date)
    s.band(rng.choice(("Head of Service moderation", "Moderation by Head of Service", "HoS QUALITY ASSURANCE")))
    if rng.random() < 0.5:
        s.pair("Moderated by", mod.moderator, colour=ink, last=LAST)
        s.pair("Date moderated", moderated_on, fmt=fmt, colour=ink, last=LAST)
        s.pair("Agree with the overall grade?", agree, colour=ink, last=LAST)
        s.pair("Moderated grade", grade_text, colour=ink, bold=True, last=LAST)
        s.pair("HoS comments", "\n".join(mod.comments), colour=ink, last=LAST)
        s.ws.row_dimensions[s.row - 1].height = 20 * len(mod.comments) + 10
        return
    colour = ink if rng.random() < 0.5 else None
    written = moderated_on if isinstance(moderated_on, str) else f"{mod.date:%d/%m/%Y}"
    lines = [f"Head of Service: {mod.moderator}", f"Date: {written}"]
    if mod.grade == sample.grade:
        lines.append(f"Outcome: grade confirmed – {grade_text}")
    elif mod.grade:
        lines.append(f"Outcome: grade changed to {grade_text}")
    else:
        lines.append("Outcome: comments only – grade not moderated")
    lines += [f"Comments: {comment}" for comment in mod.comments]
    first = s.row
    for text in lines:
        s.put(s.row, 1, text, colour=colour, bold=text.startswith("Outcome"), fill="F2F2F2", border=False)
        s.merge(s.row, 1, LAST)
        s.row += 1
    for row in range(first, s.row):
        for column in range(1, LAST + 1):
            s.ws.cell(row=row, column=column).border = Border(
                left=THICK if column == 1 else None, right=THICK if column == LAST else None,
                top=THICK if row == first else None, bottom=THICK if row == s.row - 1 else None)
