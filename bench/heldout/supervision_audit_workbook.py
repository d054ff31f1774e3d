"""Supervision file audit kept as an Excel workbook: a manager, a practice
lead or a quality assurance officer reads one practitioner's supervision
file (the supervision agreement and the records of the last three
sessions) and grades the supervision the practitioner receives. The
supervisee, the supervisor, their team and service, who audited and
when, the period covered; the sessions looked at, one to a row, each with
whether it was recorded and signed in time; then six standards of
supervision, each with what good looks like, what the records show and a
grade; the overall grade; what is working well and what needs to change;
whether the records showed a child whose safety needs action now; actions
with who and by when (or a sentence saying there are none); and the Head
of Service's moderation.

Modelled on Bath and North East Somerset Council's "Children's Services
Supervision Policy" (chapter 9.2 of its children's services procedures
manual, amended June 2019): the core functions of supervision, the
supervision agreement, the conduct, content and frequency of sessions,
the recording of supervision and the supervision file, with a record of
supervision template. The policy describes supervision, not an audit of
it, so the workbook is our own judgement: the standards follow the
policy's headings (frequency of sessions, the agreement and recording,
reflection, case direction, support and wellbeing, learning and
development); details one to a row, two pairs to a row, or a "who" table
of role, name and team; the standards under numbered bands or as rows of
one grid; each grade chosen from a drop-down, typed as a busy manager
types it, scored on a printed key (in either direction), or marked under
four grade columns; dates typed in several spellings or kept as Excel
dates; one sheet, or a "Details" / "Audit" / "Sign-off" set of sheets
(sometimes with a hidden sheet of drop-down lists); the Head of
Service's moderation as labelled rows or one shaded box, in a colour of
their own, with remarks beside the standards they read.
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

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
)

FAMILY = "supervision_audit_workbook"
SEED = 5531
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's five areas, what this council's tool calls each (two
# printings of the tool), and what good looks like; then a sixth standard
# the sample does not grade, which the form adds.
STANDARDS = (
    ("Frequency of supervision", ("Frequency and regularity of sessions", "Sessions held as agreed"),
     "Formal sessions at least monthly (fortnightly for ASYE), booked ahead; any cancelled session rebooked "
     "and the reason recorded."),
    ("Decisions and their reasons recorded", ("Supervision agreement and recording", "Recording of supervision"),
     "A signed agreement on file; each record typed up within 5 working days, signed by both, and case "
     "decisions copied to the child's record with the reasons for them."),
    ("Reflection and analysis", ("Reflection and analysis", "Reflective discussion"),
     "The practitioner is helped to think about what life is like for each child, to test hypotheses and "
     "to notice their own assumptions."),
    ("Clear plans and case direction", ("Case direction and management decisions", "Clear direction on cases"),
     "Every case discussed ends with what will happen, who will do it and by when; drift is spotted and "
     "challenged."),
    ("Support and constructive challenge", ("Support, wellbeing and challenge", "Staff support and wellbeing"),
     "Workload, wellbeing and the emotional impact of the work are discussed; challenge is constructive "
     "and recorded."),
)
DEVELOPMENT = (("Learning and professional development", "Training and development"),
               "Learning needs from the appraisal and PDP reviewed; training booked and its use in practice "
               "discussed.")

# What auditors write for each standard, by how well it is met.
EVIDENCE = {
    "Frequency of supervision": (
        ("Three sessions in three months, each on the date booked. Next two are already in the diary.",
         "Monthly sessions held throughout the period; one moved by a week and the reason noted."),
        ("One session was cancelled in August and not rebooked for five weeks; no reason recorded.",
         "Gap of seven weeks between the second and third sessions. Sickness cover noted but no catch-up."),
    ),
    "Decisions and their reasons recorded": (
        ("Agreement signed and reviewed this year. All records typed within the week and signed by both.",
         "Records are on the file within 5 working days and case decisions are copied to the children's records."),
        ("Agreement on file is from 2023 and not reviewed. Two of the three records are unsigned.",
         "Decisions are recorded on the supervision note but not on the children's files."),
    ),
    "Reflection and analysis": (
        ("Good use of the reflective template; the worker's hypotheses are written up and revisited.",
         "Records show the supervisor asking what the day is like for the child and testing the worker's view."),
        ("Mostly a list of tasks. Little sense of what the worker thinks is happening for the children.",
         "Reflection is recorded for one case out of nine discussed."),
    ),
    "Clear plans and case direction": (
        ("Each case discussion ends with actions, owners and timescales; the previous actions are reviewed.",
         "Clear direction recorded on every case, including when to step down and why."),
        ("Actions are agreed but timescales are missing in two sessions and not followed up.",
         "Same actions carried forward three sessions running on two cases without comment."),
    ),
    "Support and constructive challenge": (
        ("Wellbeing check at the start of every session; caseload of 17 discussed and agreed as manageable.",
         "Good balance of support and challenge; the worker's stress after a difficult visit was picked up."),
        ("No record of wellbeing being discussed in the period. Caseload not mentioned.",
         "Challenge is there but reads as criticism; support offered is not recorded."),
    ),
    "development": (
        ("PDP reviewed in September; the worker has a place on the Signs of Safety two-day course.",
         "Training log up to date; learning from the court skills course discussed in the last session."),
        ("No learning and development discussion recorded since the appraisal.",
         "Appraisal targets not revisited; training requested in June not followed up."),
    ),
}
TITLES = (
    "Supervision File Audit",
    "Audit of Supervision Records",
    "SUPERVISION AUDIT TOOL – Children's Services",
    "Quality of Supervision Audit",
)
# Drop-down spellings of the four grades.
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADINGS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires improvement", "Inadequate"),
                   ("Outst.", "Good", "RI", "Inad."))
COLUMN_FILLS = {OUTSTANDING: "70AD47", GOOD: "A9D08E", REQUIRES_IMPROVEMENT: "FFD966", INADEQUATE: "F4B084"}
SCORE_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "supervision is consistently reflective and is changing practice for children",
    GOOD: "the policy is met and supervision supports good practice",
    REQUIRES_IMPROVEMENT: "the policy is partly met; supervision is not yet making a difference",
    INADEQUATE: "the policy is not met; children may be left at risk",
}
CASE_MENTIONS = (
    "In the {month} session the plan for {child} was discussed in detail and the worker's view challenged.",
    "{child}'s case was discussed in {month} but the decision to close is not explained.",
    "The discussion about {child} in {month} shows good curiosity about the new partner in the home.",
)
SESSION_TYPES = ("Formal 1:1", "Formal 1:1", "1:1 + case discussion", "Group supervision", "Formal 1:1 (Teams)")
YES_NO = ("Yes", "No")
NOT_MODERATED = ("", "Not moderated", "Not selected for moderation", "N/A")
NO_ACTIONS = ("No actions – supervision meets the policy; keep doing what you are doing.",
              "None. No actions arising from this audit.",
              "No actions needed at this time.")
URGENT_DETAILS = (
    "The record of the {day} session says {child} told school that mum's partner had hit them with a belt; "
    "there is no strategy discussion on file. Raised with the Head of Service on the day of the audit.",
    "Case discussion notes show {child} has not been seen for nine weeks although {child} is on a child "
    "protection plan. Escalated to the Head of Service the same day; a visit is booked for tomorrow.",
    "{child} has been missing from home twice since the {day} session with no return interview recorded. "
    "Head of Service and the missing coordinator told immediately.",
)
MODERATION_COMMENTS = {
    "agrees": ("I have read the file and agree with the auditor's judgement.",
               "A fair and well evidenced audit; the actions are the right ones."),
    "lowers": ("The gaps between sessions are longer than the audit allows for; I have moderated the grade down.",
               "Reflection is thinner than the audit suggests and decisions are not reaching the children's "
               "records."),
    "raises": ("The audit undersells how reflective these sessions are; the records are among the best I have "
               "read this quarter.",
               "The direction given on the complex cases is clear and timely; I have moderated the grade up."),
    "remarks": ("Please share the findings with the supervisor and agree the actions at their own supervision.",
                "Good to see the worker's wellbeing recorded. Actions to be reviewed at the next service meeting."),
}
SECTION_REMARKS = ("Agree.", "Agree – well evidenced.", "Discussed with the supervisor at our 1:1.",
                   "I want to see this checked again at the next audit.", "Agree with the auditor.")
ROLES = {"qa_team": "Quality Assurance Officer", "practice_manager": "Practice Manager",
         "early_help_manager": "Early Help Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d mmm yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    # An urgent concern comes from the files whose supervision is weakest.
    worst = sorted(range(len(pool)), key=lambda position: (-GRADE_ORDER.index(pool[position].grade), position))[:2]
    rest = (["remarks"] * 2 + ["changes"] * 3 + ["confirms"] * 2 + ["plain"] * max(0, count - 9))[:count - 2]
    rng.shuffle(rest)
    outcomes = [("urgent" if position in worst else rest.pop()) for position in range(len(pool))]
    return [_form(rng, index, sample, outcome, today)
            for index, (sample, outcome) in enumerate(zip(pool, outcomes))]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _auditor(rng: random.Random, supervisor) -> object:
    """Who audits this supervision file: a quality assurance officer, the
    safeguarding practice lead, or a manager of another team in the
    service (a peer audit)."""
    peers = [person for person in STAFF if person.service == supervisor.service and person.name != supervisor.name
             and person.role in ("practice_manager", "early_help_manager")]
    pool = [person for person in STAFF if person.role in ("qa_team", "safeguarding_practice_manager")]
    return rng.choice(pool + peers * 2)


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADE_ORDER.index(grade) + rng.choice((-1, 0, 0, 1))
    return GRADE_ORDER[min(max(index, 0), 3)]


def _moderation(rng: random.Random, outcome: str, sample, moderator: str, sections, today: date) -> Moderation:
    grade = sample.grade
    if outcome == "changes":
        step = 1 if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6) else -1
        moderated = GRADE_ORDER[GRADE_ORDER.index(grade) + step]
        comments = MODERATION_COMMENTS["lowers" if step > 0 else "raises"]
    elif outcome == "confirms":
        moderated, comments = grade, MODERATION_COMMENTS["agrees"]
    else:
        moderated, comments = None, MODERATION_COMMENTS["remarks"]
    day = sample.date + timedelta(days=rng.randint(3, 11))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sections, rng.randint(1, 2))
    return Moderation(moderator=moderator, date=min(day, today),
                      comments=tuple(rng.sample(comments, rng.randint(1, 2))),
                      section_comments={section.name: rng.choice(SECTION_REMARKS) for section in remarked},
                      grade=moderated)


class _Sheet:
    """A worksheet written top to bottom, eight columns wide (A to H)."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None,
             number_format: str | None = None, border: bool = True, strike: bool = False):
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

    def merge(self, row: int, first: int, last: int, *, rows: int = 1) -> None:
        if last > first or rows > 1:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row + rows - 1, end_column=last)
            for column in range(first, last + 1):
                for down in range(rows):
                    if column != first or down:
                        self.sheet.cell(row=row + down, column=column).border = BOX

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF", last: int = WIDTH) -> None:
        self.cell(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def note(self, text: str, *, italic: bool = True, bold: bool = False, colour: str | None = None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False)
        self.merge(self.row, 1, WIDTH)
        self.height(15 * max(1, len(text) // 100 + 1))
        self.row += 1

    def height(self, points: float) -> None:
        self.sheet.row_dimensions[self.row].height = points

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    printing = rng.randrange(2)  # which printing of the tool: its standards' names
    area_layout = rng.choice(("bands", "bands", "grid"))
    style = rng.choice(("dropdown", "dropdown", "typed", "typed", "score", "columns", "delete"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    score_key = rng.choice(SCORE_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", ""))  # "" fills the chosen cell
    details_layout = rng.choice(("pairs", "two-up", "who-table"))
    sheets_layout = rng.choice(("one sheet", "three sheets", "three sheets", "two sheets"))
    hidden_lists = rng.random() < 0.4
    moderation_layout = rng.choice(("rows", "rows", "box"))
    remarks_beside = rng.random() < 0.5
    font = rng.choice(("Arial", "Calibri", "Verdana"))

    supervisor_name = next(own.written for own in sample.own if own.key == "supervisor")
    supervisor = _member(supervisor_name)
    head = sample.auditor  # the Head of Service over the supervisor
    auditor = _auditor(rng, supervisor)
    sessions = next(own.written for own in sample.own if own.key == "session_dates")
    period = next(own.written for own in sample.own if own.key == "period_covered")

    # The sample as this form carries it.
    by_name = {section.name: section for section in sample.sections}
    sections = []
    for old, names, _ in STANDARDS:
        section = by_name[old]
        good = section.grade in (OUTSTANDING, GOOD)
        sections.append(Section(names[printing], section.grade, rng.choice(EVIDENCE[old][0 if good else 1])))
    development_grade = _nearby(rng, sample.grade)
    sections.append(Section(DEVELOPMENT[0][printing], development_grade,
                            rng.choice(EVIDENCE["development"][0 if development_grade in (OUTSTANDING, GOOD) else 1])))
    owners = {"Social worker": rng.choice(("Supervisee", sample.practitioner)),
              "Practice manager": rng.choice(("Supervisor", supervisor_name, "Team manager"))}
    actions = tuple(SampleAction(action.action, owners.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if sample.grade in (OUTSTANDING, GOOD) and rng.random() < 0.2:
        actions = ()
    own = sample.own
    show_period = rng.random() < 0.75
    if not show_period:
        own = tuple(field for field in own if field.key != "period_covered")
    children: list[str] = []
    if rng.random() < 0.3:
        # A case discussed, named as the records name it.
        child = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        children.append(child)
        at = rng.choice((2, 3))
        sections[at] = replace(sections[at], comment=f"{sections[at].comment} " + rng.choice(CASE_MENTIONS).format(
            child=child.split()[0], month=f"{rng.choice(sessions):%B}"))
    changes: dict = {"auditor": auditor.name, "sections": tuple(sections), "actions": actions, "own": own}
    if outcome == "urgent":
        child = f"{rng.choice([name for name in CHILD_FIRST_NAMES if name not in str(children)])} " \
                f"{rng.choice(FAMILY_SURNAMES)}"
        children.append(child)
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS).format(
            child=child.split()[0], day=when(rng.choice(sessions)))
    sample = replace(sample, **changes)
    if outcome in ("changes", "confirms", "remarks"):
        sample = replace(sample, moderation=_moderation(rng, outcome, sample, head, sample.sections, today))
    moderation = sample.moderation
    remarks = dict(moderation.section_comments) if moderation else {}
    title = rng.choice(TITLES)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    list_columns: dict[tuple[str, ...], str] = {}  # choices -> their range on the hidden sheet
    lists_sheet = None

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_sheet
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_sheet is None:
                    lists_sheet = workbook.create_sheet("Lists")
                    lists_sheet.sheet_state = "hidden"
                if choices not in list_columns:
                    column = 1 + len(list_columns)  # one list to a column
                    for position, choice in enumerate(choices, start=1):
                        lists_sheet.cell(row=position, column=column, value=choice)
                    letter = get_column_letter(column)
                    list_columns[choices] = f"Lists!${letter}$1:${letter}${len(choices)}"
                formula = list_columns[choices]
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if sheets_layout == "one sheet":
        first.title = rng.choice(("Supervision audit", "Audit", "Sup audit"))
        details_ws = audit_ws = summary_ws = first
    elif sheets_layout == "two sheets":
        first.title = rng.choice(("Audit", "1. Audit"))
        details_ws = audit_ws = first
        summary_ws = workbook.create_sheet(rng.choice(("Sign-off", "2. Summary")))
    else:
        first.title = rng.choice(("Details", "1. Details", "Front sheet"))
        details_ws = first
        audit_ws = workbook.create_sheet(rng.choice(("Audit", "2. Standards", "Standards")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3. Sign-off", "Outcome")))
    widths = (5, 26, 16, 16, 16, 16, 12, 12) if style != "columns" else (5, 26, 16, 16, 11, 11, 11, 11)
    for ws in {id(ws): ws for ws in (details_ws, audit_ws, summary_ws)}.values():
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width
        if remarks_beside and moderation and ws is audit_ws:
            ws.column_dimensions["I"].width = 30
        ws.sheet_view.showGridLines = rng.random() < 0.3
        ws.page_setup.orientation = "landscape" if rng.random() < 0.5 else "portrait"
        ws.page_setup.fitToWidth = 1

    def top(ws, *, heading: bool) -> _Sheet:
        sheet = _Sheet(ws, brand, font)
        if heading:
            sheet.cell(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=11)
            sheet.merge(1, 1, WIDTH)
            sheet.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, WIDTH)
            sheet.sheet.row_dimensions[2].height = 22
            sheet.row = 3
        else:
            sheet.cell(1, 1, f"{title} – {sample.practitioner}", bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1, WIDTH)
            sheet.row = 3
        return sheet

    # --- details ------------------------------------------------------------
    sheet = top(details_ws, heading=True)
    sheet.note(rng.choice((
        "Audit the supervision file against the Children's Services Supervision Policy: the agreement, "
        "frequency, content and recording of sessions. Look at the last three formal sessions.",
        "OFFICIAL – SENSITIVE (staff). Complete the shaded cells; choose from the drop-downs where given.",
        "One audit per supervisee. Return to the QA inbox and copy to the Head of Service for moderation.",
    )))
    sheet.skip()
    role = ROLES.get(auditor.role, "")
    auditor_value = auditor.name if rng.random() < 0.6 else f"{auditor.name} ({role})"
    audit_day, audit_fmt = day(sample.date)
    supervisee_label = rng.choice(("Supervisee", "Name of supervisee", "Practitioner (supervisee)"))
    supervisor_label = rng.choice(("Supervisor", "Supervising manager", "Name of supervisor"))
    team_label = rng.choice(("Team", "Team name"))
    service_label = rng.choice(("Service", "Service area"))
    auditor_label = rng.choice(("Auditor", "Audited by", "Completed by"))
    date_label = rng.choice(("Date of audit", "Audit date", "Date completed"))
    period_label = rng.choice(("Period covered", "Period of supervision reviewed", "Records reviewed from / to"))
    fill_label, fill_value = "D9E1F2", rng.choice(("FFF2CC", None))
    if details_layout == "who-table":
        for column, text in zip((1, 3, 5), ("Role", "Name", "Team / post")):
            sheet.cell(sheet.row, column, text, bold=True, fill=fill_label)
            sheet.merge(sheet.row, column, column + (1 if column < 5 else 3))
        sheet.skip()
        people = ((supervisee_label, sample.practitioner, sample.team),
                  (supervisor_label, supervisor_name, sample.team),
                  (auditor_label, auditor_value, role or auditor.team))
        for label_text, name, where in people:
            sheet.cell(sheet.row, 1, label_text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, name, fill=fill_value)
            sheet.merge(sheet.row, 3, 4)
            sheet.cell(sheet.row, 5, where, fill=fill_value)
            sheet.merge(sheet.row, 5, 8)
            sheet.skip()
        rest = [(service_label, sample.service, None), (date_label, audit_day, audit_fmt)]
        if show_period:
            rest.append((period_label, period, None))
        for label_text, value, number_format in rest:
            sheet.cell(sheet.row, 1, label_text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, fill=fill_value, number_format=number_format)
            sheet.merge(sheet.row, 3, 8)
            sheet.skip()
    else:
        details = [(supervisee_label, sample.practitioner, None), (supervisor_label, supervisor_name, None),
                   (team_label, sample.team, None), (service_label, sample.service, None),
                   (auditor_label, auditor_value, None), (date_label, audit_day, audit_fmt)]
        if show_period:
            details.append((period_label, period, None))
        if role and "(" not in auditor_value and rng.random() < 0.5:
            details.insert(5, ("Auditor's role", role, None))
        if details_layout == "pairs":
            for label_text, value, number_format in details:
                sheet.cell(sheet.row, 1, label_text, bold=True, fill=fill_label)
                sheet.merge(sheet.row, 1, 2)
                sheet.cell(sheet.row, 3, value, fill=fill_value, number_format=number_format)
                sheet.merge(sheet.row, 3, 6)
                sheet.skip()
        else:
            for start in range(0, len(details), 2):
                for offset, (label_text, value, number_format) in enumerate(details[start:start + 2]):
                    column = 1 + 4 * offset
                    sheet.cell(sheet.row, column, label_text, bold=True, fill=fill_label)
                    sheet.merge(sheet.row, column, column + 1)
                    sheet.cell(sheet.row, column + 2, value, fill=fill_value, number_format=number_format)
                    sheet.merge(sheet.row, column + 2, column + 3)
                sheet.skip()
    sheet.skip()

    # The supervision agreement and the sessions looked at.
    sheet.band(rng.choice(("Supervision agreement and sessions looked at", "Part 1 – The supervision file",
                           "SESSIONS REVIEWED")))
    agreement = "Yes" if sample.sections[1].grade in (OUTSTANDING, GOOD) or rng.random() < 0.5 else "No"
    sheet.cell(sheet.row, 1, "Is a signed supervision agreement on the file?", bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 5)
    target = sheet.cell(sheet.row, 6, agreement, fill="FFF2CC")
    dropdown(details_ws, target.coordinate, YES_NO)
    sheet.merge(sheet.row, 6, 8)
    sheet.skip()
    headers = ("No.", "Date of session", "Type", "Recorded within 5 working days?", "Signed by both?",
               "Cases discussed")
    spans = ((1, 1), (2, 2), (3, 4), (5, 6), (7, 7), (8, 8))
    for text, (first_col, last_col) in zip(headers, spans):
        sheet.cell(sheet.row, first_col, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, first_col, last_col)
    sheet.height(30)
    sheet.skip()
    recorded_well = sample.sections[1].grade in (OUTSTANDING, GOOD)
    for number, session in enumerate(sessions, start=1):
        value, number_format = day(session)
        sheet.cell(sheet.row, 1, number)
        sheet.cell(sheet.row, 2, value, number_format=number_format)
        sheet.cell(sheet.row, 3, rng.choice(SESSION_TYPES))
        sheet.merge(sheet.row, 3, 4)
        on_time = "Yes" if recorded_well or rng.random() < 0.5 else "No"
        target = sheet.cell(sheet.row, 5, on_time)
        dropdown(details_ws, target.coordinate, YES_NO)
        sheet.merge(sheet.row, 5, 6)
        target = sheet.cell(sheet.row, 7, "Yes" if recorded_well or rng.random() < 0.6 else "No")
        dropdown(details_ws, target.coordinate, YES_NO)
        sheet.cell(sheet.row, 8, rng.randint(3, 12))
        sheet.skip()
    sheet.skip()

    # --- standards ------------------------------------------------------------
    if audit_ws is not details_ws:
        sheet = top(audit_ws, heading=False)
    grade_columns = (5, 6, 7, 8)
    sheet.band(rng.choice(("Part 2 – Standards of supervision", "The standards", "QUALITY OF SUPERVISION")))
    if style == "score" or rng.random() < 0.35:
        sheet.note("Grading key:" if style != "score" else "Score each standard using the key below.",
                   italic=False, bold=True)
        ordered = sorted(GRADE_ORDER, key=lambda grade: score_key[grade]) if style == "score" else GRADE_ORDER
        for grade in ordered:
            text = (f"{score_key[grade]} = {KEY_WORDS[grade]}: {KEY_MEANINGS[grade]}" if style == "score"
                    else f"{KEY_WORDS[grade]} – {KEY_MEANINGS[grade]}")
            sheet.note(text)
        sheet.skip()

    def grade_value(grade: str, grade_style: str):
        if grade_style == "dropdown":
            return words[grade]
        if grade_style == "score":
            return score_key[grade] if rng.random() < 0.6 else f"{score_key[grade]} ({KEY_WORDS[grade]})"
        if grade_style == "delete":
            # "Delete as appropriate": the three grades not given struck through.
            parts = []
            for position, option in enumerate(GRADE_ORDER):
                if position:
                    parts.append(" / ")
                look = InlineFont(rFont=font, sz=10, b=option == grade, strike=option != grade)
                parts.append(TextBlock(look, words[option]))
            return CellRichText(*parts)
        return informal_grade(rng, grade, note_chance=0.25)

    def grade_cells(row: int, grade: str, grade_style: str, ws, first_col: int = 7, last_col: int = 8) -> None:
        """The grade in the row's grade cell(s), in the form's style."""
        if grade_style == "columns":
            for column, option in zip(grade_columns, GRADE_ORDER):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, column, column_mark, bold=True)
                    else:
                        sheet.cell(row, column, None, fill=COLUMN_FILLS[grade])
                else:
                    sheet.cell(row, column, None)
            return
        target = sheet.cell(row, first_col, grade_value(grade, grade_style), bold=grade_style != "delete",
                            fill="FFF2CC")
        if grade_style == "dropdown":
            dropdown(ws, target.coordinate, tuple(words[option] for option in GRADE_ORDER))
        sheet.merge(row, first_col, last_col)

    def column_headings(row: int) -> None:
        for column, text in zip(grade_columns, headings):
            sheet.cell(row, column, text, bold=True, fill="F2F2F2")

    if area_layout == "grid":
        header_row = sheet.row
        sheet.cell(header_row, 1, "No.", bold=True, fill="D9E1F2")
        sheet.cell(header_row, 2, "Standard", bold=True, fill="D9E1F2")
        if style == "columns":
            sheet.cell(header_row, 3, "What the records show", bold=True, fill="D9E1F2")
            sheet.merge(header_row, 3, 4)
            column_headings(header_row)
        else:
            sheet.cell(header_row, 3, "What the records show", bold=True, fill="D9E1F2")
            sheet.merge(header_row, 3, 6)
            sheet.cell(header_row, 7, rng.choice(("Grade", "Judgement", "Score" if style == "score" else "Grade")),
                       bold=True, fill="D9E1F2")
            sheet.merge(header_row, 7, 8)
        if remarks_beside and moderation:
            sheet.cell(header_row, 9, "Head of Service comment", bold=True, colour=ink, fill="F2F2F2")
        sheet.skip()
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, number)
            sheet.cell(sheet.row, 2, section.name, bold=True)
            sheet.cell(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, 4 if style == "columns" else 6)
            grade_cells(sheet.row, section.grade, style, audit_ws)
            if section.name in remarks:
                if remarks_beside:
                    sheet.cell(sheet.row, 9, remarks[section.name], colour=ink)
            sheet.height(45)
            sheet.skip()
            if section.name in remarks and not remarks_beside:
                sheet.cell(sheet.row, 2, "HoS:", bold=True, colour=ink)
                sheet.cell(sheet.row, 3, remarks[section.name], colour=ink)
                sheet.merge(sheet.row, 3, 8)
                sheet.skip()
        sheet.skip()
    else:
        grade_label = rng.choice(("Grade for this standard", "Grade", "Judgement"))
        good_label = rng.choice(("What good looks like", "Good looks like", "Standard"))
        evidence_label = rng.choice(("What the records show", "Evidence", "Auditor's evidence"))
        for number, ((_, _, good_looks), section) in enumerate(zip((*STANDARDS, (None, None, DEVELOPMENT[1])),
                                                                  sample.sections), start=1):
            sheet.band(f"{number}. {section.name}", fill="DDEBF7", colour="000000")
            sheet.cell(sheet.row, 1, good_label, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, good_looks, italic=True)
            sheet.merge(sheet.row, 3, WIDTH)
            sheet.height(30)
            sheet.skip()
            sheet.cell(sheet.row, 1, evidence_label, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, WIDTH)
            if section.name in remarks and remarks_beside:
                sheet.cell(sheet.row, 9, remarks[section.name], colour=ink)
            sheet.height(32)
            sheet.skip()
            if section.name in remarks and not remarks_beside:
                sheet.cell(sheet.row, 1, rng.choice(("Moderator comment", "HoS comment")), bold=True, colour=ink,
                           fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.cell(sheet.row, 3, remarks[section.name], colour=ink)
                sheet.merge(sheet.row, 3, WIDTH)
                sheet.skip()
            if style == "columns":
                column_headings(sheet.row)
                sheet.skip()
            sheet.cell(sheet.row, 1, grade_label, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, 1, 4 if style == "columns" else 6)
            grade_cells(sheet.row, section.grade, style, audit_ws)
            sheet.skip(2)

    # --- overall, summary and sign-off -------------------------------------------
    if summary_ws is not audit_ws:
        sheet = top(summary_ws, heading=False)
    sheet.band(rng.choice(("Overall judgement", "Part 3 – Overall", "OVERALL QUALITY OF SUPERVISION")))
    if overall_style == "columns":
        column_headings(sheet.row)
        sheet.skip()
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade for the supervision received",
                                         "Overall judgement of the quality of supervision",
                                         "Overall grade")), bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 4 if overall_style == "columns" else 6)
    grade_cells(sheet.row, sample.grade, overall_style, summary_ws)
    sheet.height(28)
    sheet.skip(2)

    one_cell = rng.random() < 0.4
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well?", "Strengths of the supervision", "Strengths")),
                            sample.strengths),
                           (rng.choice(("What needs to change?", "Areas for development", "Even better if")),
                            sample.development_areas)):
        sheet.band(heading, fill="DDEBF7", colour="000000")
        if one_cell:
            sheet.cell(sheet.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items))
            sheet.merge(sheet.row, 1, WIDTH)
            sheet.height(16 * len(items) + 6)
            sheet.skip()
        else:
            for item in items:
                sheet.cell(sheet.row, 1, f"{bullet}{item}")
                sheet.merge(sheet.row, 1, WIDTH)
                sheet.height(20)
                sheet.skip()
        sheet.skip()

    sheet.band(rng.choice(("Safeguarding", "Children's safety", "Immediate concerns")))
    sheet.cell(sheet.row, 1, rng.choice((
        "Did the records show any child whose safety needs action today?",
        "Has the audit found a safeguarding concern about a child that needs escalating now?",
        "Any child at immediate risk identified from the supervision records?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    if sample.urgent_concern:
        answer = rng.choice(("Yes", "Yes", "YES – see below"))
    else:
        answer = rng.choice(("No", "No", "No – none identified"))
    target = sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    if answer in YES_NO:
        dropdown(summary_ws, target.coordinate, YES_NO)
    sheet.merge(sheet.row, 6, WIDTH)
    sheet.height(28)
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes, what was done and who was told", bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 2)
    sheet.cell(sheet.row, 3, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 3, WIDTH)
    sheet.height(45 if sample.urgent_concern else 18)
    sheet.skip(2)

    sheet.band(rng.choice(("Actions", "Action plan", "ACTIONS – who will do what by when")))
    action_layout = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.cell(sheet.row, 1, rng.choice(NO_ACTIONS))
        sheet.merge(sheet.row, 1, WIDTH)
        sheet.skip()
    elif action_layout == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"),
                              ("What needs to happen", "Responsible", "Timescale", "Reviewed")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 4)
        for column, text in zip((5, 7, 8), headers[1:]):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 5, 6)
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.cell(sheet.row, 8, "")
            sheet.height(30)
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.cell(sheet.row, 1, f"{number}.")
            sheet.cell(sheet.row, 2, f"{action.action} – {action.owner}, by {when(action.due)}")
            sheet.merge(sheet.row, 2, WIDTH)
            sheet.height(30)
            sheet.skip()
    sheet.skip()

    sheet.cell(sheet.row, 1, rng.choice(("Auditor's signature", "Signed (auditor)")), bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 2)
    sheet.cell(sheet.row, 3, auditor.name, italic=True)
    sheet.merge(sheet.row, 3, 4)
    sheet.cell(sheet.row, 5, "Date", bold=True, fill="F2F2F2")
    value, number_format = day(sample.date)
    sheet.cell(sheet.row, 6, value, number_format=number_format)
    sheet.merge(sheet.row, 6, 8)
    sheet.skip(2)

    # --- moderation -----------------------------------------------------------------
    if moderation or rng.random() < 0.7:
        sheet.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "MODERATION")))
        if moderation and moderation_layout == "box":
            lines = [f"Moderated by {moderation.moderator}, Head of Service – {when(moderation.date)}"]
            if moderation.grade:
                agree = "I agree with the overall grade" if moderation.grade == sample.grade else \
                    "I do not agree with the overall grade"
                lines.append(f"{agree}. Moderated grade: {informal_grade(rng, moderation.grade)}")
            lines += moderation.comments
            sheet.cell(sheet.row, 1, "\n".join(lines), colour=ink, fill="EDEDED")
            sheet.merge(sheet.row, 1, WIDTH, rows=3)
            for down in range(3):
                sheet.sheet.row_dimensions[sheet.row + down].height = 10 + 8 * len(lines)
            sheet.skip(3)
        else:
            labels = (rng.choice(("Moderated by", "Head of Service")),
                      rng.choice(("Date moderated", "Date of moderation")),
                      "Do you agree with the overall grade?",
                      rng.choice(("Moderated grade", "Grade after moderation")),
                      rng.choice(("Comments", "Moderator's comments")))
            if moderation:
                moderated_on, moderated_fmt = day(moderation.date)
                agree = grade_text = ""
                if moderation.grade:
                    agree = "Agree" if moderation.grade == sample.grade else "Disagree"
                    grade_text = (words[moderation.grade] if rng.random() < 0.5
                                  else informal_grade(rng, moderation.grade))
                values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
                formats = (None, moderated_fmt, None, None, None)
            else:
                values = ("", "", "", "", rng.choice(NOT_MODERATED))
                formats = (None,) * 5
            for position, (text, value, number_format) in enumerate(zip(labels, values, formats)):
                sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.cell(sheet.row, 3, value, colour=ink if moderation else None, number_format=number_format,
                           bold=position == 3)
                sheet.merge(sheet.row, 3, WIDTH)
                if position == 2:
                    dropdown(summary_ws, f"C{sheet.row}", ("Agree", "Disagree"))
                if position == 4:
                    sheet.height(45)
                sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else auditor.name
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(children))
