"""Supervision standards tracker kept as an Excel workbook, one supervisee
to a workbook: a peer practice manager, a QA officer working for the
Principal Social Worker, or the Head of Service checks the last three
supervision records of one practitioner against the council's supervision
standards and records the supervisee, the supervisor, the team and service
(either sometimes left off), the period reviewed (on some), the sessions
read, five standards each with the evidence found and a grade, the overall
grade, what is working well, what needs to develop, the question whether
the records show a child whose safety needs action today, actions with who
and by when (or a sentence saying there are none) and the Head of
Service's moderation.

Modelled on the Social Work Reform Board's "Standards for employers and
supervision framework" (webarchive.nationalarchives.gov.uk, the Board's
pages on education.gov.uk/swrb, archived September 2013): the Social Work
Task Force recommended national standards for the support social workers
should expect from their employers (recommendation 6) and national
requirements for their supervision (recommendation 7); the page lists the
eight standards for employers, the fifth being that employers ensure
social workers have regular and appropriate social work supervision, and
says that supervision should improve the quality of decision-making and
interventions, enable effective line management and organisational
accountability, identify and address issues related to caseloads and
workload management, and help to identify and achieve personal learning,
career and development opportunities. The frequency and length come from
Community Care's account of the Board's draft framework ("What needs to
change in the supervision of social workers", 24 January 2011: sessions of
at least 90 minutes of uninterrupted time, weekly for a newly qualified
social worker's first six weeks, fortnightly for the next six months and at
least monthly after that). The framework's own text, now kept on the Local
Government Association's site ("Supervision Framework for employers of
social workers"), was read only for its first two key elements (quality of
decision making and interventions: reflection on the work done, plans for
future interventions, the relationships formed with children and families,
the worker's health and stress; line management and organisational
accountability: monitoring the quantity and quality of the work, including
appraisal). The brief's first choices (Skills for Care, the Local
Government Association) are already named as sources by other families
(Skills for Care's ASYE moderation template, an LGA case study) and no
teaching partnership or principal social worker network page was found, so
the Reform Board, the body that wrote the framework, was taken instead.

None of these shows a form: the workbook is our own judgement. The five
standards are the framework's frequency requirement and its four aims, named
either in the framework's words or in a council's short form and numbered
5.1 to 5.5 after employer standard 5 on some files. Varies: one sheet,
"Tracker" / "Findings" or "Details" / "Standards" / "Summary" (sometimes a
separate "HoS sign-off" sheet and a hidden drop-down "Lists" sheet);
details as label / value rows, a strip of labels over values or two pairs
to a row, the auditor's role in the same cell on some; the sessions as a
tracker grid (each standard ticked met / partly / not met under each
session's date), a supervision log (date, type, length in minutes, written
up and signed in time, children discussed) or one line of dates; grades
typed informally, a number on a printed 1–4 key either way round, the
chosen option emboldened or highlighted among four option cells, the others
struck through (in four cells or in one), a mark or a fill under four grade
columns, or an Excel drop-down; typed dates in seven spellings or Excel
dates; strengths and development one to a row, in one cell or side by side;
on some files one child's record followed from supervision to the child's
file, with a plain or prefixed case reference and on some the brothers and
sisters named; the safety question (three answered yes, naming a child);
actions as a table, numbered lines or a "no actions" sentence; the Head of
Service's moderation typed in a colour that is not red or in a heavy box
(changing, confirming or only commenting on the grade, sometimes with
remarks beside a standard), an empty box, a "not moderated" note or no
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

from bot.samples import COUNCIL, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "supervision_standards_tracker"
SEED = 9995
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
         INADEQUATE: "Inadequate"}
OPTION_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Req. Improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"},
)
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}

# The sample's five areas, in order, as the standards this tracker checks:
# the framework's frequency requirement and its four aims of supervision.
NAMES = (
    ("Regular supervision of at least 90 minutes", "Quality of decision-making and interventions",
     "Line management and organisational accountability", "Caseloads and workload management",
     "Learning, career and development"),
    ("Frequency and length", "Decisions and interventions", "Accountability and oversight",
     "Caseload and workload", "Professional development"),
)
PROMPTS = (
    "Monthly or more often (weekly for the first 6 weeks, then fortnightly to 6 months, for an NQSW in the "
    "ASYE); at least 90 minutes, uninterrupted.",
    "Reflection on the work done, the plan for each child discussed and the reasons for decisions, reached "
    "together.",
    "Quantity and quality of work monitored; records signed by both and on file; previous actions followed up.",
    "Caseload and workload discussed each session and pressures acted on.",
    "Learning, career and development needs identified and reviewed against the appraisal.",
)
EVIDENCE = (
    (("Three sessions in the period, four to five weeks apart; each recorded as 90 minutes or longer.",
      "Sessions held monthly as planned, none cancelled; the length is recorded on every record."),
     ("Sessions are monthly but none is recorded as lasting 90 minutes; two were under an hour.",
      "Two sessions lasted under an hour; the third was cut short for a strategy meeting.")),
    (("Each child discussed has a short reflective summary, the options weighed and the decision reached.",
      "Good use of hypotheses; the supervisor asks what the child's day is like and it shows in the plan."),
     ("Case discussion lists tasks only, with little reflection on what the work is achieving.",
      "Decisions are recorded but not the options considered or the reasons.")),
    (("Records typed, signed by both and on file within five working days.",
      "Actions from the previous session are reviewed at the start of every session."),
     ("One record unsigned; actions from the previous session not carried forward.",
      "Case direction was not copied to the children's files for two of the cases discussed.")),
    (("Caseload (18) and allocations discussed each month; a complex case was reallocated.",
      "Workload tool completed at each session and compared with the team average."),
     ("Caseload of 26 noted but no discussion of how it will be managed.",
      "The worker said twice that she felt stretched; no response is recorded.")),
    (("Learning plan reviewed; booked on court skills training; PQ reading discussed.",
      "Links to the Knowledge and Skills Statement made and CPD noted for registration."),
     ("No reference to learning or development in the period.",
      "Appraisal objectives are not revisited in supervision.")),
)
TITLES = ("Supervision Standards Tracker", "SUPERVISION STANDARDS TRACKER", "Supervision Tracker – Individual Audit",
          "Audit of Supervision against the Supervision Standards")
SUBTITLES = ("Employer Standard 5: regular and appropriate social work supervision",
             "Checking supervision against the Supervision Framework",
             "Principal Social Worker's quality assurance programme")
MATRIX_INTRO = ("Read the last three supervision records on the supervisee's file. Mark each standard for each "
                "session (met, partly met, not met), then grade it.")
INTROS = (
    "Read the last three supervision records on the supervisee's file and grade each standard on the evidence.",
    "OFFICIAL – SENSITIVE. Complete the yellow cells and return to the PSW mailbox within 10 working days.",
    "One tracker per supervisee. Grade each standard and then the supervision overall.",
)
MARK_SETS = (("\u2713", "P", "\u2717"), ("Y", "P", "N"), ("Met", "Part", "Not met"))
MARK_WEIGHTS = {OUTSTANDING: (10, 0, 0), GOOD: (8, 2, 0), REQUIRES_IMPROVEMENT: (3, 5, 2), INADEQUATE: (1, 3, 6)}
STRENGTH_HEADS = (("What is working well", "What needs to develop"), ("Strengths", "Areas for development"),
                  ("Supervision is working well because", "Even better if"))
ACTION_HEADS = (("Action", "Who", "By when"), ("Action agreed", "Lead", "Target date"),
                ("What needs to happen", "By whom", "Timescale"))
NO_ACTIONS = ("No actions – the supervision meets the standards.", "No further actions arising from this audit.",
              "None required at this time.")
# Where the grade is poor, the actions are left to a meeting the tracker does not record.
NO_ACTIONS_YET = ("No actions recorded – to be agreed with the supervisor at the feedback meeting.",
                  "None set here; the Head of Service will agree actions with the supervisor.")
URGENT_QUESTIONS = (
    "Do the supervision records show any child whose safety needs action today?",
    "Has the audit identified a child at risk of significant harm where action is needed now?",
)
URGENT = (
    "The record of {when} notes that {name} told school she was locked in her room overnight; no strategy "
    "discussion is recorded. Escalated to the Head of Service on the day of the audit.",
    "{name} has not been seen for seven weeks although the plan says fortnightly visits; the record of {when} "
    "notes this but sets no action. Team manager asked to arrange a visit today.",
    "The session of {when} records that a new partner with a conviction for violence has moved in with "
    "{name}'s mother; no safety plan is recorded. Passed to the duty manager today.",
)
DECISIONS = ("Visit weekly and review the plan at the next core group.",
             "Request a strategy discussion if school raise any further concern.",
             "Step down to Early Help after the review if the plan is met.")
MODERATION_CONFIRMS = ("I agree with the grade; the records support it.", "Agreed – a fair and well evidenced audit.")
MODERATION_LOWERS = ("Two of the three records are task lists with no reflection; I cannot agree the grade.",
                     "Supervision was missed in one month and this is not reflected in the grade.")
MODERATION_RAISES = ("The audit undersells the reflective discussion recorded; I would grade this higher.",
                     "Consistently reflective supervision with clear direction for every child.")
MODERATION_REMARKS = ("Please share the findings with the supervisor at their own supervision.",
                      "Actions to be followed up at the service's next performance clinic.",
                      "Seen. I would like the PSW to include this team in next quarter's sample.")
SECTION_REMARKS = ("Agree.", "Check the middle record was signed.", "Well evidenced.", "See my comment below.")
NOT_MODERATED = ("Not selected for moderation this month.", "n/a", "Awaiting HoS moderation")
ROLES = {PRACTICE_MANAGER: "Practice Manager", EARLY_HELP_MANAGER: "Early Help Team Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Practice Manager", QA_TEAM: "QA Officer for the PSW",
         HEAD_OF_SERVICE: "Head of Service"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dd.mm.yy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
YELLOW = "FFF2CC"
LABEL_FILL = "E7E6E6"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))

    def spread(values: list, filler) -> list:
        values = (values + [filler] * count)[:count]
        rng.shuffle(values)
        return values

    moderation = spread(["changes"] * 3 + ["confirms"] * 2 + ["comments"] * 3, "none")
    urgent = spread([True] * 3, False)
    trail = spread(["prefixed"] * 2 + ["plain"] * 3, None)
    no_actions = spread([True] * 3, False)
    grading = spread(["typed", "key", "options", "struck", "columns", "dropdown"] * 3, "typed")
    sessions = spread(["matrix"] * 6 + ["log"] * 5 + ["line"] * 5, "line")
    return [_form(rng, index, sample, today, moderation=moderation[index], urgent=urgent[index],
                  trail=trail[index], no_actions=no_actions[index], grading=grading[index],
                  session_style=sessions[index])
            for index, sample in enumerate(pool)]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == 3:
        return ORDER[2]
    return ORDER[position + 1] if rng.random() < 0.6 else ORDER[position - 1]


class _Writer:
    """Writes cells on one sheet, keeping a current row."""

    def __init__(self, ws, font: str, last: int):
        self.ws = ws
        self.font = font
        self.last = last
        self.row = 1

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

    def band(self, text, fill):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill, size=11)
        self.merge(self.row, 1, self.last)
        self.row += 1

    def line(self, value, *, height=None, first=1, **look):
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, self.last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, *, moderation: str, urgent: bool, trail: str | None,
          no_actions: bool, grading: str, session_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    names = rng.choice(NAMES)
    numbering = rng.choice(("5.{}", "{}", None))  # after employer standard 5, plain, or none
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    head = sample.auditor  # the Head of Service over the supervisor
    heads = sorted(member.name for member in STAFF if member.role == HEAD_OF_SERVICE)
    named: list[str] = []

    # Who completed the tracker.
    auditor_kind = rng.choice(("peer", "peer", "qa", "hos"))
    if auditor_kind == "peer":
        early_help = supervisor_member.role == EARLY_HELP_MANAGER
        peers = [member for member in STAFF
                 if member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)
                 and member.name != supervisor and member.team != sample.team
                 and (member.role == EARLY_HELP_MANAGER) == early_help]
        auditor_member = rng.choice(peers)
    elif auditor_kind == "qa":
        auditor_member = rng.choice([member for member in STAFF if member.role == QA_TEAM])
    else:
        auditor_member = next(member for member in STAFF if member.name == head)
    moderator = head if auditor_kind != "hos" else rng.choice([name for name in heads if name != head])

    changes: dict = {
        "auditor": auditor_member.name,
        "sections": tuple(Section(name, section.grade, rng.choice(EVIDENCE[number][0 if ORDER.index(
            section.grade) < 2 else 1])) for number, (name, section) in enumerate(zip(names, sample.sections))),
    }
    show_period = rng.random() < 0.6
    if not show_period:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    if rng.random() < 0.15:
        changes["team"] = None
    if rng.random() < 0.35:
        changes["service"] = None
    if no_actions:
        changes["actions"] = ()

    child = brothers = None
    if trail:
        child = invent_child(rng, today)
        case_id = invent_case_id(rng)
        written_reference = case_reference(rng, case_id) if trail == "prefixed" else case_id
        changes.update(case_id=written_reference, child=child)
        named.append(child.full_name)
        if rng.random() < 0.6:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            named += [name for name, _ in brothers]
    if urgent:
        if child is not None:
            concern_name = child.full_name
        else:
            concern = invent_child(rng, today)
            concern_name = concern.full_name
            named.append(concern_name)
        detail = rng.choice(URGENT).format(name=concern_name, when=when(rng.choice(sessions)))
        changes.update(urgent_concern=True, urgent_concern_detail=detail)
    sample = replace(sample, **changes)

    if moderation != "none":
        if moderation == "comments":
            grade, pool = None, MODERATION_REMARKS
        elif moderation == "confirms":
            grade, pool = sample.grade, MODERATION_CONFIRMS
        else:
            grade = _nearby(rng, sample.grade)
            pool = MODERATION_LOWERS if ORDER.index(grade) > ORDER.index(sample.grade) else MODERATION_RAISES
        remarked = rng.sample(sample.sections, rng.randint(1, 2)) if rng.random() < 0.5 else []
        sample = replace(sample, moderation=Moderation(
            moderator=moderator, date=min(today, sample.date + timedelta(days=rng.randint(2, 12))),
            comments=tuple(rng.sample(pool, rng.randint(1, 2))),
            section_comments={section.name: rng.choice(SECTION_REMARKS) for section in remarked}, grade=grade))
    mod = sample.moderation
    remarks = mod.section_comments if mod else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets -------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    layout = rng.choice(("single", "two", "split"))
    first = workbook.active
    if layout == "single":
        first.title = rng.choice(("Supervision tracker", "Tracker", "Audit"))
        details_ws = standards_ws = summary_ws = first
    elif layout == "two":
        first.title = rng.choice(("Tracker", "Standards tracker"))
        details_ws = standards_ws = first
        summary_ws = workbook.create_sheet(rng.choice(("Findings", "Findings & actions")))
    else:
        first.title = rng.choice(("Details", "1. Details"))
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Standards", "2. Standards")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3. Summary")))
    separate_moderation = layout != "single" and rng.random() < 0.4
    moderation_ws = workbook.create_sheet("HoS sign-off") if separate_moderation else summary_ws
    lists_ws = None
    if grading == "dropdown" or rng.random() < 0.3:
        lists_ws = workbook.create_sheet("Lists")
        for column, values in enumerate((tuple(WORDS[g] for g in ORDER), ("Yes", "No"), ("Agree", "Disagree")),
                                        start=1):
            for row, value in enumerate(values, start=1):
                lists_ws.cell(row=row, column=column, value=value)
        lists_ws.sheet_state = "hidden"
    ranges = {"grades": "$A$1:$A$4", "yes": "$B$1:$B$2", "agree": "$C$1:$C$2"}
    inline = {"grades": tuple(WORDS[g] for g in ORDER), "yes": ("Yes", "No"), "agree": ("Agree", "Disagree")}

    def dropdown(ws, coordinate: str, kind: str) -> None:
        formula = f"=Lists!{ranges[kind]}" if lists_ws is not None else '"' + ",".join(inline[kind]) + '"'
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        ws.add_data_validation(validation)
        validation.add(coordinate)

    # Columns of the standards table: No., standard, sessions or prompt, evidence, grade cells, remark.
    wide = grading in ("options", "struck", "columns") and not (grading == "struck" and rng.random() < 0.5)
    struck_one_cell = grading == "struck" and not wide
    grade_cells = 4 if wide else 1
    middle = len(sessions) if session_style == "matrix" else 1
    evidence_column = 3 + middle
    grade_first = evidence_column + 1
    remark_column = grade_first + grade_cells
    last = max(6, remark_column - 1)
    widths = [6, 34] + ([12] * middle if session_style == "matrix" else [38]) + [44] + (
        [13] * grade_cells if wide else [24 if struck_one_cell else 18]) + [26]
    title = rng.choice(TITLES)
    subtitle = rng.choice(SUBTITLES) if rng.random() < 0.6 else None
    heading = council_line(rng)
    writers: dict[str, _Writer] = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            w = _Writer(ws, font, last)
            for position, width in enumerate(widths, start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
            w.put(1, 1, heading, bold=True, colour=brand, border=False)
            w.merge(1, 1, last)
            w.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            w.merge(2, 1, last)
            w.row = 3
            if subtitle and ws is details_ws:
                w.put(3, 1, subtitle, italic=True, colour=brand, border=False)
                w.merge(3, 1, last)
                w.row = 4
            w.row += 1
            writers[ws.title] = w
        return writers[ws.title]

    # --- details -------------------------------------------------------------------
    w = writer(details_ws)
    intro = rng.choice(INTROS)
    if session_style == "matrix" and rng.random() < 0.6:
        intro = MATRIX_INTRO
    w.line(intro, italic=True, border=False, height=30)
    w.row += 1
    role = ROLES[auditor_member.role]
    auditor_text = f"{auditor_member.name} ({role})" if rng.random() < 0.35 else auditor_member.name
    audit_day, audit_fmt = day(sample.date)
    details = [(rng.choice(("Supervisee", "Name of supervisee", "Worker supervised")), sample.practitioner, None)]
    if sample.team:
        details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details += [(rng.choice(("Supervisor", "Supervising manager", "Name of supervisor")), supervisor, None),
                (rng.choice(("Audited by", "Completed by", "Auditor")), auditor_text, None),
                (rng.choice(("Date of audit", "Audit date", "Date completed")), audit_day, audit_fmt)]
    if show_period:
        details.append((rng.choice(("Period reviewed", "Period covered", "Supervision period audited")), period,
                        None))
    if session_style == "line":
        if excel_dates or rng.random() < 0.5:
            separator = rng.choice((", ", "; ", " / "))
            written = separator.join(when(held) for held in sessions)
        else:
            written = "\n".join(when(held) for held in sessions)
        details.append((rng.choice(("Supervision sessions reviewed", "Dates of sessions read",
                                    "Sessions audited")), written, None))
    details_style = rng.choice(("rows", "strip", "pairs"))
    if details_style == "rows":
        for text, value, fmt in details:
            w.put(w.row, 1, text, bold=True, fill=LABEL_FILL)
            w.merge(w.row, 1, 2)
            w.put(w.row, 3, value, fmt=fmt, fill=YELLOW)
            w.merge(w.row, 3, min(last, 5))
            if isinstance(value, str) and "\n" in value:
                w.ws.row_dimensions[w.row].height = 15 * (value.count("\n") + 1)
            w.row += 1
    elif details_style == "strip":
        for column, (text, _, _) in enumerate(details, start=2):
            w.put(w.row, column, text, bold=True, colour="FFFFFF", fill=brand)
        for column, (_, value, fmt) in enumerate(details, start=2):
            w.put(w.row + 1, column, value, fmt=fmt)
        w.ws.row_dimensions[w.row + 1].height = 45
        w.row += 2
    else:
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + 3 * offset
                w.put(w.row, column, text, bold=True, fill=LABEL_FILL)
                if offset == 0:
                    w.merge(w.row, 1, 2)
                    w.put(w.row, 3, value, fmt=fmt, fill=YELLOW)
                else:
                    w.put(w.row, 5, value, fmt=fmt, fill=YELLOW)
                    w.merge(w.row, 5, min(last, 6))
            w.ws.row_dimensions[w.row].height = 30
            w.row += 1
    w.row += 1

    if session_style == "log":
        w.band(rng.choice(("Supervision log – sessions read", "SESSIONS REVIEWED", "Frequency log")), brand)
        heads = ("No.", "Date held", "Type", "Length", "Written up & signed within 5 working days?",
                 "Children discussed")
        for column, text in enumerate(heads, start=1):
            w.put(w.row, column, text, bold=True, fill="D9E1F2")
        w.row += 1
        short = ORDER.index(sample.sections[0].grade) >= 2
        for number, held in enumerate(sessions, start=1):
            value, fmt = day(held)
            minutes = rng.choice((45, 55, 60)) if short and rng.random() < 0.6 else rng.choice((90, 95, 100, 120))
            length = rng.choice((f"{minutes} mins", f"{minutes // 60} hr {minutes % 60:02d}" if minutes >= 60
                                 else f"{minutes} mins"))
            w.put(w.row, 1, number)
            w.put(w.row, 2, value, fmt=fmt)
            w.put(w.row, 3, rng.choice(("1:1", "1:1", "1:1 (Teams)")))
            w.put(w.row, 4, length)
            signed = rng.choice(("Y", "Yes", "N")) if ORDER.index(sample.sections[2].grade) >= 2 else rng.choice(
                ("Y", "Yes"))
            w.put(w.row, 5, signed, fill=YELLOW)
            w.put(w.row, 6, rng.randint(3, 12))
            w.row += 1
        w.row += 1

    if child is not None:
        w.band(rng.choice(("Child's record followed from supervision", "DECISION TRAIL – ONE CHILD",
                           "From supervision to the child's file")), brand)
        rows = [(rng.choice(("Child", "Child's name")), f"{child.full_name} (age {_age(child.date_of_birth, today)})"),
                (rng.choice(("Case reference", "Case no.", "Child's ID")), sample.case_id)]
        if brothers is not None:
            rows.append((rng.choice(("Brothers and sisters", "Siblings on the same record")),
                         ", ".join(f"{name} ({_age(born, today)})" for name, born in brothers)))
        rows += [(f"Decision recorded in supervision ({when(rng.choice(sessions))})", rng.choice(DECISIONS)),
                 ("On the child's file with the reasons?",
                  "Yes" if ORDER.index(sample.sections[2].grade) < 2 else rng.choice(("No", "Partly – no reasons")))]
        for text, value in rows:
            w.put(w.row, 1, text, bold=True, fill=LABEL_FILL)
            w.merge(w.row, 1, 2)
            w.put(w.row, 3, value)
            w.merge(w.row, 3, min(last, 5))
            w.ws.row_dimensions[w.row].height = 30
            w.row += 1
        w.row += 1

    # --- the standards ----------------------------------------------------------------
    w = writer(standards_ws)
    w.band(rng.choice(("Supervision standards", "PART 2 – THE STANDARDS", "Standards tracker")), brand)
    key_down = rng.random() < 0.6  # 1 = Outstanding
    key = {grade: (number if key_down else 5 - number) for number, grade in enumerate(ORDER, start=1)}
    options = rng.choice(OPTION_WORDS)
    columns_heads = rng.choice(COLUMN_HEADS)
    if grading == "key":
        w.line("Grade each standard 1–4:", bold=True, border=False)
        for grade in (ORDER if key_down else tuple(reversed(ORDER))):
            w.line(f"{key[grade]} = {WORDS[grade]}", italic=True, border=False)
        w.row += 1
    elif grading == "columns" and columns_heads[GOOD] == "G":
        w.line("O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate", italic=True,
               border=False)
    if session_style == "matrix":
        marks = rng.choice(MARK_SETS)
        w.line(f"Against each session: {marks[0]} = met, {marks[1]} = partly met, {marks[2]} = not met",
               italic=True, border=False)
    header = w.row
    w.put(header, 1, "No." if numbering else None, bold=True, fill="D9E1F2")
    w.put(header, 2, rng.choice(("Standard", "Supervision standard")), bold=True, fill="D9E1F2")
    if session_style == "matrix":
        for offset, held in enumerate(sessions):
            value, fmt = day(held)
            w.put(header, 3 + offset, value, bold=True, fill="D9E1F2", fmt=fmt)
    else:
        w.put(header, 3, rng.choice(("What good looks like", "What we look for")), bold=True, fill="D9E1F2")
    w.put(header, evidence_column, rng.choice(("Evidence from the records", "Evidence", "Auditor's findings")),
          bold=True, fill="D9E1F2")
    if grading in ("columns", "options") or (grading == "struck" and wide):
        if grading == "columns":
            for offset, grade in enumerate(ORDER):
                w.put(header, grade_first + offset, columns_heads[grade], bold=True, fill="D9E1F2")
        else:
            w.put(header, grade_first, rng.choice(("Grade (bold the one that applies)", "Grade", "Judgement")),
                  bold=True, fill="D9E1F2")
            w.merge(header, grade_first, grade_first + 3)
    else:
        w.put(header, grade_first, {"key": "Grade (1–4)", "dropdown": "Grade"}.get(grading, rng.choice((
            "Grade", "Judgement"))) if not struck_one_cell else "Grade (strike out those that do not apply)",
            bold=True, fill="D9E1F2")
    if remarks:
        w.put(header, remark_column, rng.choice(("HoS comment", "Moderator's remarks")), bold=True,
              colour=ink, border=False)
        w.ws.column_dimensions[get_column_letter(remark_column)].width = 26
    w.row += 1

    emphasis = rng.choice(("bold", "fill", "both"))
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))

    def grade_cells_for(ws_writer: _Writer, row: int, grade: str, *, overall: bool = False) -> None:
        column = grade_first
        if grading == "typed":
            ws_writer.put(row, column, informal_grade(rng, grade, note_chance=0.25 if overall else 0.0), bold=True)
        elif grading == "key":
            value = key[grade]
            if overall and rng.random() < 0.5:
                value = f"{key[grade]} – {WORDS[grade]}"
            ws_writer.put(row, column, value, bold=True, fill=YELLOW)
        elif grading == "dropdown":
            target = ws_writer.put(row, column, WORDS[grade], bold=True, fill=YELLOW)
            dropdown(ws_writer.ws, target.coordinate, "grades")
        elif grading == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade:
                    ws_writer.put(row, column + offset, mark or None, bold=True,
                                  fill=None if mark else COLUMN_FILLS[option])
                else:
                    ws_writer.put(row, column + offset, None)
        elif grading == "options":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                ws_writer.put(row, column + offset, options[option],
                              bold=chosen and emphasis in ("bold", "both"),
                              fill="FFFF00" if chosen and emphasis in ("fill", "both") else None,
                              colour=None if chosen else "7F7F7F")
        elif struck_one_cell:
            blocks = []
            for offset, option in enumerate(ORDER):
                if offset:
                    blocks.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
                chosen = option == grade
                blocks.append(TextBlock(InlineFont(rFont=font, sz=10, b=chosen or None, strike=None if chosen
                                                   else True), options[option]))
            ws_writer.put(row, column, CellRichText(*blocks))
        else:
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                ws_writer.put(row, column + offset, options[option], bold=chosen, strike=not chosen)

    for number, section in enumerate(sample.sections, start=1):
        row = w.row
        w.put(row, 1, numbering.format(number) if numbering else None, bold=True)
        w.put(row, 2, section.name, bold=True)
        if session_style == "matrix":
            for offset in range(len(sessions)):
                w.put(row, 3 + offset, rng.choices(marks, weights=MARK_WEIGHTS[section.grade])[0], fill=YELLOW)
        else:
            w.put(row, 3, PROMPTS[number - 1], italic=True, colour="595959")
        w.put(row, evidence_column, section.comment)
        grade_cells_for(w, row, section.grade)
        if section.name in remarks:
            w.put(row, remark_column, remarks[section.name], colour=ink, border=False)
        w.ws.row_dimensions[row].height = 48
        w.row += 1
    w.row += 1

    # The overall grade sits under the standards' grade cells.
    overall_label = rng.choice(("Overall grade", "OVERALL JUDGEMENT OF SUPERVISION", "Overall – supervision for "
                                "this worker is:"))
    row = w.row
    w.put(row, 1, overall_label, bold=True, fill="E2EFDA")
    w.merge(row, 1, evidence_column)
    if grading == "columns":
        for offset, option in enumerate(ORDER):
            w.put(row - 1, grade_first + offset, columns_heads[option], bold=True, fill="D9E1F2")
    grade_cells_for(w, row, sample.grade, overall=True)
    w.ws.row_dimensions[row].height = 30
    w.row += 2

    # --- findings, safety, actions --------------------------------------------------
    w = writer(summary_ws)
    bullet = rng.choice(("\u2022 ", "- ", ""))
    findings = rng.choice(("rows", "cell", "side"))
    strength_head, develop_head = rng.choice(STRENGTH_HEADS)
    if findings == "side":
        w.put(w.row, 1, strength_head, bold=True, colour="FFFFFF", fill=brand)
        w.merge(w.row, 1, 3)
        w.put(w.row, 4, develop_head, bold=True, colour="FFFFFF", fill=brand)
        w.merge(w.row, 4, last)
        w.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            strength = sample.strengths[offset] if offset < len(sample.strengths) else None
            develop = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            w.put(w.row, 1, f"{bullet}{strength}" if strength else None)
            w.merge(w.row, 1, 3)
            w.put(w.row, 4, f"{bullet}{develop}" if develop else None)
            w.merge(w.row, 4, last)
            w.ws.row_dimensions[w.row].height = 30
            w.row += 1
        w.row += 1
    else:
        for text, items in ((strength_head, sample.strengths), (develop_head, sample.development_areas)):
            w.band(text, brand)
            if findings == "cell":
                w.line("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
            else:
                for number, item in enumerate(items, start=1):
                    w.line(f"{number}. {item}" if not bullet else f"{bullet}{item}", height=28)
            w.row += 1

    w.band(rng.choice(("Child safety", "Safeguarding – action needed today?", "Immediate concerns")), brand)
    w.put(w.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    w.merge(w.row, 1, 3)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = w.put(w.row, 4, answer, bold=True, fill=YELLOW)
    if answer in ("Yes", "No") and rng.random() < 0.6:
        dropdown(summary_ws, target.coordinate, "yes")
    w.ws.row_dimensions[w.row].height = 30
    w.row += 1
    if sample.urgent_concern or rng.random() < 0.6:
        w.put(w.row, 1, rng.choice(("If yes, what and who was told", "Details")), bold=True, fill="FCE4D6")
        w.merge(w.row, 1, 3)
        w.put(w.row, 4, sample.urgent_concern_detail or "")
        w.merge(w.row, 4, last)
        w.ws.row_dimensions[w.row].height = 48 if sample.urgent_concern else 15
        w.row += 1
    w.row += 1

    w.band(rng.choice(("Actions", "Action plan", "ACTIONS AGREED WITH THE SUPERVISOR")), brand)
    actions_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        w.line(rng.choice(NO_ACTIONS if ORDER.index(sample.grade) < 2 else NO_ACTIONS_YET))
    elif actions_style == "lines":
        for number, action in enumerate(sample.actions, start=1):
            w.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    else:
        action_heads = rng.choice(ACTION_HEADS)
        w.put(w.row, 1, action_heads[0], bold=True, fill="D9E1F2")
        w.merge(w.row, 1, 3)
        w.put(w.row, 4, action_heads[1], bold=True, fill="D9E1F2")
        w.put(w.row, 5, action_heads[2], bold=True, fill="D9E1F2")
        w.row += 1
        for action in sample.actions:
            w.put(w.row, 1, action.action)
            w.merge(w.row, 1, 3)
            w.put(w.row, 4, action.owner)
            value, fmt = day(action.due)
            w.put(w.row, 5, value, fmt=fmt)
            w.ws.row_dimensions[w.row].height = 30
            w.row += 1
    w.row += 1

    # --- the Head of Service's moderation -------------------------------------------
    boxed = rng.random() < 0.4
    section_wanted = mod is not None or rng.random() < 0.6
    if section_wanted:
        w = writer(moderation_ws)
        w.band(rng.choice(("Head of Service moderation", "HoS MODERATION", "Moderation by Head of Service")),
               brand)
        style = rng.choice(("box", "lines")) if mod else "box"
        colour = None if boxed and mod and rng.random() < 0.5 else (ink if mod else None)
        top = w.row
        if style == "box":
            rows = [(rng.choice(("Moderated by", "Head of Service")), mod.moderator if mod else "", None)]
            if mod:
                value, fmt = day(mod.date)
                rows.append((rng.choice(("Date moderated", "Date")), value, fmt))
                agree = grade_text = ""
                if mod.grade:
                    agree = rng.choice(("Agree", "Yes")) if mod.grade == sample.grade else rng.choice(
                        ("Disagree", "No"))
                    grade_text = informal_grade(rng, mod.grade) if rng.random() < 0.5 else WORDS[mod.grade]
                rows += [(rng.choice(("Agree with the overall grade?", "Do you agree with the grade?")), agree, None),
                         (rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None),
                         (rng.choice(("Comments", "HoS comments")), "\n".join(mod.comments), None)]
            else:
                rows += [("Date moderated", "", None), ("Agree with the overall grade?", "", None),
                         ("Moderated grade", "", None),
                         ("Comments", rng.choice(NOT_MODERATED) if rng.random() < 0.6 else "", None)]
            for text, value, fmt in rows:
                w.put(w.row, 1, text, bold=True, fill="F2F2F2")
                w.merge(w.row, 1, 2)
                target = w.put(w.row, 3, value, fmt=fmt, colour=colour,
                               bold=text.startswith(("Moderated grade", "Grade after")))
                w.merge(w.row, 3, last)
                if text.startswith(("Agree", "Do you")) and value in ("Agree", "Disagree", ""):
                    dropdown(moderation_ws, target.coordinate, "agree")
                if "\n" in str(value):
                    w.ws.row_dimensions[w.row].height = 15 * (str(value).count("\n") + 1)
                w.row += 1
        else:
            lines = list(mod.comments)
            if mod.grade and mod.grade == sample.grade:
                lines.append(f"Grade agreed: {informal_grade(rng, mod.grade)}")
            elif mod.grade:
                lines.append(f"Moderated grade: {informal_grade(rng, mod.grade)}")
            lines.append(f"{mod.moderator}, Head of Service – {when(mod.date)}")
            for text in lines:
                w.line(text, colour=colour, border=False, bold=text.startswith(("Moderated", "Grade agreed")))
        if boxed:
            for row in range(top, w.row):
                for column in range(1, last + 1):
                    cell = w.ws.cell(row=row, column=column)
                    cell.border = Border(left=THICK if column == 1 else cell.border.left,
                                         right=THICK if column == last else cell.border.right,
                                         top=THICK if row == top else cell.border.top,
                                         bottom=THICK if row == w.row - 1 else cell.border.bottom)
                    if style == "lines":
                        cell.fill = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = mod.moderator if mod else auditor_member.name
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((mod or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(dict.fromkeys(named)))
