"""Supervision practice check kept as an Excel workbook, one supervisee to
a workbook: a quality assurance officer, a team manager from another team
or the Head of Service reads a practitioner's supervision records for a
period and records who was supervised and by whom, the sessions read (a
grid with a column per session and a row per check, a row per session or
one typed line), five practice standards each with evidence and a grade,
the overall grade ("Overall quality of supervision practice"), what is
working well and what would make supervision better, actions, the question
whether the records raised an immediate safety concern for a child, the
checker's sign-off and the Head of Service's moderation.

Modelled on South Staffordshire and Shropshire Healthcare NHS Foundation
Trust (SSSFT), an NHS mental health and community trust not named by any
other family or council layout, as far as a search excerpt of its
"Safeguarding Supervision Framework 2015 - 2017" (author Sharon Conlon,
Safeguarding Lead, September 2015; paperzz.com/doc/7104930) showed it:

- contents: introduction and purpose; definition; levels of safeguarding
  supervision available to staff; accountability and responsibility;
  "Process for Monitoring Compliance and Effectiveness"; references;
- purpose: high quality safeguarding advice, support and supervision
  available to all staff "to ensure staff are supported and offered
  professional challenge"; safeguarding supervision is supplementary to
  clinical supervision (Working Together 2010; Laming 2003);
- definition (quoting Laming 2009): effective supervision promotes good
  standards of practice and supports individual staff; it should help to
  ensure practice is soundly based and consistent with Local Safeguarding
  Boards' and organisational policies, and identify the practitioner's
  training and development needs;
- levels: Level 1, support and advice from peers and line managers; the
  excerpt breaks off at Level 2.

The excerpt shows no audit form and does not say how compliance is
monitored, so the workbook is our own judgement. Only these follow the
source: a "monitoring compliance and effectiveness" heading, the standards
"Support and professional challenge" and "Practice consistent with
safeguarding procedures" and a check row on whether training and
development needs were identified, and a row for the supervision level
("Level 1 – line manager" and the like). Everything else (sheets, wording, grading, moderation) is
invented. It is a council's workbook, printed with the council's name.

Varies: one sheet, five tabs ("About" ... "QA"), or a "Check" sheet with
the standards across the page in columns beside a "Sessions and notes"
sheet; details as label / value rows, "Label: value" typed in single
cells two to a row, or a card with each label above its value; team in its
own cell or in brackets after the supervisee; service and period left off
on some; sessions as a transposed grid, a row each or one line; grades
typed informally, a number on a printed 1-4 key either way round,
emboldened and highlighted among four cells, the other three struck
through, a mark under four grade columns (or four grade rows), ballot
boxes in one cell (☒ / ☐), or an Excel drop-down; typed dates in seven
spellings or Excel dates; on some files one case discussed in supervision
followed to the child's record (plain or prefixed reference, the child
named, and under "Lives with:" the brothers and sisters); strengths and
improvements one to a row, one cell a line an item, or side by side;
actions as a table, "Action n: ... Who: ... When: ..." lines, or a "no
actions" sentence (3); the safety question (3 yes, naming a child) by
drop-down, typed, or marked under Yes / No; the Head of Service's
moderation (4 changing, 3 confirming, 3 comments only) as labelled rows in
a non-red ink, in a heavy-bordered box of its own fill, or typed through
the workbook (remarks beside standards and an "HoS:" line under the
overall grade); on the rest an "awaiting" note, an empty section or none.
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

from bot.samples import COUNCIL, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import EARLY_HELP_MANAGER, PRACTICE_MANAGER, QA_TEAM, invent_case_id, invent_child
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
    council_line,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "supervision_practice_check_workbook"
SEED = 10065
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
        INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("Outstanding", "Good", "RI", "Inadequate"), ("O", "G", "RI", "I"),
                ("Outstanding", "Good", "Requires improvement", "Inadequate"))
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})

# The sample's areas in order, and this workbook's names for them.
SAMPLE_AREAS = ("Frequency of supervision", "Reflection and analysis", "Clear plans and case direction",
                "Decisions and their reasons recorded", "Support and constructive challenge")
STANDARDS = (
    ("Supervision held as agreed", "Sessions at the frequency in the supervision agreement; gaps explained."),
    ("Critical reflection on practice", "The worker's own thinking about the children recorded, not only tasks."),
    ("Practice consistent with safeguarding procedures",
     "Case direction in line with the partnership's procedures; drift challenged."),
    ("Decisions and rationale recorded", "Each decision written up with its reasons and copied to the child's file."),
    ("Support and professional challenge", "Wellbeing and workload discussed; the worker's views tested."),
)
EVIDENCE = (
    ("All sessions in the period took place on time and were written up within the week.",
     "There is a gap of seven weeks between two sessions with no reason recorded."),
    ("The worker's analysis is recorded and the supervisor's questions move the thinking on.",
     "Records list tasks; very little of the worker's own analysis is written down."),
    ("Direction is clear and follows the child protection procedures; timescales are set.",
     "Direction is vague in two cases and one strategy discussion was not considered."),
    ("Decisions carry their reasons and appear on the children's files within two days.",
     "Decisions are noted but the reasons are missing and few reach the child's file."),
    ("Wellbeing is discussed each time and the supervisor challenges assumptions respectfully.",
     "Wellbeing is a tick box and there is little sign of challenge to the worker's view."),
)
TITLES = ("Supervision Practice Check", "SUPERVISION PRACTICE CHECK", "Practice Check – Supervision Records",
          "Supervision Practice Check (QA)")
LEVELS = ("Level 1 – line manager", "Level 1 – line manager (1:1)", "Level 1 – line manager (group and 1:1)")
SESSION_CHECKS = ("Held within agreed frequency?", "Reflection recorded?", "Actions have timescales?",
                  "Signed by both?")
SESSION_ANSWERS = ("Y", "Y", "Y", "N", "Partly")
OTHER_CHECKS = (("Supervision agreement on file?", ("Yes", "Yes", "No")),
                ("Training and development needs identified?", ("Yes", "Yes", "No", "Partly")),
                ("Records stored on the supervision file?", ("Yes", "Yes", "Yes", "No")))
HEADINGS = (("What is working well", "What would make supervision better"),
            ("Strengths", "Areas for development"),
            ("Working well", "Even better if"))
NO_ACTIONS = ("No further actions required at this time.",
              "No actions arising from this check – findings discussed with the supervisor.",
              "None – to be picked up through the team's existing development plan.")
URGENT_QUESTIONS = ("Did reading the records raise an immediate safety concern for any child?",
                    "Immediate safeguarding concern identified? (if yes, escalate today)",
                    "Is there a child whose safety needs action now?")
URGENT_DETAILS = (
    "Session on {when}: {name} was said to be staying with an adult not assessed; no follow-up recorded. "
    "Raised with the Team Manager today.",
    "{name} disclosed bruising at school per the {when} record; no strategy discussion. Escalated to the "
    "Head of Service.",
    "Record of {when} notes {name} missing overnight twice; plan not reviewed. Escalated the same day.",
)
CONFIRMS = ("Agree the grade – well evidenced.", "Grade confirmed; the evidence supports it.")
LOWERS = ("The reflection evidence does not support the grade given.",
          "Recording of decisions is weaker than the check says.")
RAISES = ("The records show more challenge and support than rated; grade moved.",
          "Stronger than graded – the reflective discussion is good.")
REMARKS = ("Share the learning on recording rationale at the service meeting.",
           "Please feed back to the supervisor in their own supervision.",
           "Useful check – repeat in six months.")
SECTION_REMARKS = ("Agree.", "Well evidenced.", "See my comment below.", "Needs revisiting.")
AWAITING = ("Awaiting Head of Service moderation.", "With HoS for moderation – not yet returned.")
TICKED, UNTICKED = "\u2612", "\u2610"
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dd.mm.yyyy")
THIN = Side(style="thin", color="A6A6A6")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
LABEL_FILL = "EDEDED"
WIDTH = 9  # columns most rows span


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))

    def spread(values: list, filler) -> list:
        values = (values + [filler] * count)[:count]
        rng.shuffle(values)
        return values

    plans = {
        "moderation": spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + ["awaiting"] * 2 + ["empty"] * 2,
                             "none"),
        "urgent": spread([True] * 3, False),
        "trail": spread(["plain", "plain"] + [f"prefixed:{p}" for p in rng.sample(CASE_PREFIXES, 3)], None),
        "no_actions": spread([True] * 3, False),
        "grading": spread(["typed", "key", "bold", "struck", "columns", "boxes", "dropdown"] * 3, "typed"),
        "layout": spread(["single"] * 6 + ["tabs"] * 5 + ["across"] * 5, "single"),
        "details": spread(["rows"] * 6 + ["inline"] * 5 + ["card"] * 5, "rows"),
        "sessions": spread(["grid"] * 7 + ["rows"] * 5 + ["line"] * 4, "grid"),
    }
    return [_form(rng, index, sample, today, {key: values[index] for key, values in plans.items()})
            for index, sample in enumerate(pool)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return GOOD
    if position == 3:
        return REQUIRES_IMPROVEMENT
    return ORDER[position + 1] if rng.random() < 0.5 else ORDER[position - 1]


def _weekday(day: date) -> date:
    while day.weekday() > 4:
        day -= timedelta(days=1)
    return day


class _Sheet:
    """Writes cells on one sheet, keeping a current row."""

    def __init__(self, ws, font: str, brand: str, widths=(30, 18, 18, 18, 18, 14, 14, 14, 14, 28)):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in enumerate(widths, start=1):
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

    def heading(self, text, *, last=WIDTH, fill=None, colour="FFFFFF"):
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, value, *, first=1, last=WIDTH, height=None, **look):
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, text, value, *, fmt=None, colour=None, bold=False, last=5):
        self.put(self.row, 1, text, bold=True, fill=LABEL_FILL)
        self.put(self.row, 2, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 2, last)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Segoe UI", "Verdana"))
    grading = plan["grading"]
    layout = plan["layout"]
    overall_style = grading if rng.random() < 0.7 else "typed"
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    head = sample.auditor  # the sample's auditor is the Head of Service over the supervisor
    others: list[str] = []

    # --- who checked -------------------------------------------------------------
    moderation_plan = plan["moderation"]
    moderated = moderation_plan in ("change", "confirm", "comments", "awaiting")
    kind = rng.choice(("qa", "peer") if moderated else ("qa", "peer", "hos"))
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    if kind == "qa":
        checker = rng.choice([member for member in STAFF if member.role == QA_TEAM])
        role = rng.choice(("Quality Assurance Officer", "QA Practice Lead"))
    elif kind == "peer":
        early_help = supervisor_member.role == EARLY_HELP_MANAGER
        checker = rng.choice([member for member in STAFF
                              if member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER)
                              and member.name != supervisor and member.team != sample.team
                              and (member.role == EARLY_HELP_MANAGER) == early_help])
        role = "Early Help Team Manager" if early_help else "Team Manager"
    else:
        checker = next(member for member in STAFF if member.name == head)
        role = "Head of Service"

    # --- the sample as this workbook carries it ----------------------------------------
    by_area = {section.name: section for section in sample.sections}
    sections = []
    for number, area in enumerate(SAMPLE_AREAS):
        graded = by_area[area]
        tone = 0 if ORDER.index(graded.grade) < 2 else 1
        sections.append(Section(STANDARDS[number][0], graded.grade, EVIDENCE[number][tone]))
    changes: dict = {"auditor": checker.name, "sections": tuple(sections), "urgent_question": True}
    kept_own = list(sample.own)
    show_period = rng.random() < 0.75
    if not show_period:
        kept_own = [field for field in kept_own if field.key != "period_covered"]
    changes["own"] = tuple(kept_own)
    show_service = rng.random() < 0.75
    if not show_service:
        changes["service"] = None
    if plan["no_actions"]:
        changes["actions"] = ()
    team_in_brackets = rng.random() < 0.25

    child = brothers = None
    if plan["trail"]:
        child = invent_child(rng, today)
        prefix = plan["trail"].partition(":")[2]
        changes.update(case_id=f"{prefix}{invent_case_id(rng)}", child=child)
        if rng.random() < 0.7:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            others += [name for name, _ in brothers]
    if plan["urgent"]:
        if child is not None:
            name = child.first_name
        else:
            name = invent_child(rng, today).full_name
            others.append(name)
        changes.update(urgent_concern=True,
                       urgent_concern_detail=rng.choice(URGENT_DETAILS).format(name=name, when=when(sessions[-1])))
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
        remarked = rng.sample(sample.sections, rng.randint(1, 2)) if rng.random() < 0.5 else []
        sample = replace(sample, moderated_kind=True, moderation=Moderation(
            moderator=head, date=_weekday(min(today, sample.date + timedelta(days=rng.randint(3, 14)))),
            comments=comments, section_comments={s.name: rng.choice(SECTION_REMARKS) for s in remarked},
            grade=grade))
    mod = sample.moderation
    remarks = mod.section_comments if mod else {}
    mod_style = rng.choice(("rows", "box", "through")) if mod else None

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook ------------------------------------------------------------------
    workbook = Workbook()
    first = workbook.active
    if layout == "single":
        first.title = rng.choice(("Practice check", "Supervision check", "Check"))
        about_ws = sessions_ws = standards_ws = findings_ws = qa_ws = first
    elif layout == "tabs":
        first.title = "About"
        about_ws = first
        sessions_ws = workbook.create_sheet("Sessions read")
        standards_ws = workbook.create_sheet("Standards")
        findings_ws = workbook.create_sheet("Findings")
        qa_ws = workbook.create_sheet("QA")
    else:
        first.title = "Check"
        about_ws = standards_ws = findings_ws = qa_ws = first
        sessions_ws = workbook.create_sheet(rng.choice(("Sessions and notes", "Sessions")))
    sheets = {ws.title: _Sheet(ws, font, brand) for ws in workbook.worksheets}

    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    key = rng.choice(KEYS)
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))

    def grade_cells(s: _Sheet, row: int, column: int, grade: str, style: str, *, down: bool = False) -> int:
        """Write `grade` at (row, column) in `style`; four-cell styles run
        across (or `down`). Return how many cells were used."""
        if style in ("columns", "bold", "struck"):
            for offset, option in enumerate(ORDER):
                r, c = (row + offset, column) if down else (row, column + offset)
                chosen = option == grade
                if style == "columns":
                    if down:
                        s.put(r, 1, heads[offset], bold=True, fill=LABEL_FILL)
                    if chosen and mark:
                        s.put(r, c, mark, bold=True)
                    else:
                        s.put(r, c, None, fill="808080" if chosen else None)
                elif style == "bold":
                    s.put(r, c, SHORT[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    s.put(r, c, SHORT[option], bold=chosen, strike=not chosen)
            return 4
        if style == "boxes":
            text = "  ".join(f"{TICKED if option == grade else UNTICKED} {SHORT[option]}" for option in ORDER)
            s.put(row, column, text)
        elif style == "key":
            s.put(row, column, key[grade], bold=True)
        elif style == "dropdown":
            target = s.put(row, column, FULL[grade], fill="FFF2CC")
            dropdown(s.ws, target.coordinate, tuple(FULL[option] for option in ORDER))
        else:
            s.put(row, column, informal_grade(rng, grade, note_chance=0.2), bold=True)
        return 1

    def key_line(s: _Sheet) -> None:
        if "key" in (grading, overall_style):
            printed = ", ".join(f"{key[g]} = {SHORT[g]}" for g in sorted(ORDER, key=lambda g: key[g]))
            s.line(f"Key: {printed}", italic=True, border=False)

    # --- title and details ----------------------------------------------------------------
    s = sheets[about_ws.title]
    title = rng.choice(TITLES)
    s.put(1, 1, COUNCIL, bold=True, colour=brand, size=14, border=False)
    s.merge(1, 1, WIDTH)
    s.put(2, 1, council_line(rng).split(" – ", 1)[1], italic=True, border=False)
    s.merge(2, 1, WIDTH)
    s.put(3, 1, title, bold=True, size=13, fill="F2F2F2")
    s.merge(3, 1, WIDTH)
    s.row = 5
    if rng.random() < 0.6:
        s.line("Monitoring compliance and effectiveness of supervision. Read at least three recorded sessions.",
               italic=True, border=False, size=9)
    s.heading(rng.choice(("About this check", "Details", "Who and when")))
    supervisee_text = f"{sample.practitioner} ({sample.team})" if team_in_brackets else sample.practitioner
    checked_on, checked_fmt = day(sample.date)
    details = [(rng.choice(("Supervisee", "Practitioner supervised", "Worker")), supervisee_text, None),
               (rng.choice(("Supervisor", "Supervising manager")), supervisor, None)]
    if not team_in_brackets:
        details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Supervision level", "Level of supervision")), rng.choice(LEVELS), None))
    with_role = rng.random() < 0.5
    details.append((rng.choice(("Check completed by", "Checked by", "Practice check by")),
                    f"{sample.auditor} ({role})" if with_role else sample.auditor, None))
    if not with_role:
        details.append(("Role", role, None))
    details.append((rng.choice(("Date of check", "Date completed", "Check date")), checked_on, checked_fmt))
    if show_period:
        details.append((rng.choice(("Period covered", "Period of supervision reviewed", "Records read for")),
                        period, None))
    if plan["sessions"] == "line":
        details.append((rng.choice(("Sessions read", "Supervision sessions reviewed", "Dates of sessions")),
                        "; ".join(when(session) for session in sessions), None))
    style = plan["details"]
    if style == "rows":
        for text, value, fmt in details:
            s.pair(text, value, fmt=fmt)
    elif style == "inline":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                if fmt:  # an Excel date keeps its own cell
                    s.put(s.row, 1 + offset * 5, f"{text}:", bold=True, fill=LABEL_FILL)
                    s.put(s.row, 2 + offset * 5, value, fmt=fmt)
                    s.merge(s.row, 2 + offset * 5, 4 + offset * 5)
                else:
                    s.put(s.row, 1 + offset * 5, f"{text}: {value}")
                    s.merge(s.row, 1 + offset * 5, 4 + offset * 5)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for text, value, fmt in details:
            s.put(s.row, 1, text, bold=True, fill=LABEL_FILL, size=9)
            s.merge(s.row, 1, 4)
            s.row += 1
            s.put(s.row, 1, value, fmt=fmt)
            s.merge(s.row, 1, 4)
            s.row += 1
    s.row += 1

    # --- sessions read ------------------------------------------------------------------------
    s = sheets[sessions_ws.title]
    if sessions_ws is not about_ws:
        s.put(s.row, 1, f"{title} – {sample.practitioner}", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, WIDTH)
        s.row += 2
    answers = [[rng.choice(SESSION_ANSWERS[:3] if ORDER.index(sample.grade) < 2 else SESSION_ANSWERS)
                for _ in SESSION_CHECKS] for _ in sessions]
    if plan["sessions"] == "grid":
        s.heading(rng.choice(("Supervision sessions read", "Records read")))
        s.put(s.row, 1, "Check", bold=True, fill=LABEL_FILL)
        for number in range(len(sessions)):
            s.put(s.row, 2 + number, f"Session {number + 1}", bold=True, fill=LABEL_FILL)
        s.row += 1
        s.put(s.row, 1, "Date of session", bold=True)
        for number, session in enumerate(sessions):
            value, fmt = day(session)
            s.put(s.row, 2 + number, value, fmt=fmt)
        s.row += 1
        for check_number, check in enumerate(SESSION_CHECKS):
            s.put(s.row, 1, check)
            for number in range(len(sessions)):
                s.put(s.row, 2 + number, answers[number][check_number])
            s.row += 1
        s.row += 1
    elif plan["sessions"] == "rows":
        s.heading(rng.choice(("Supervision sessions read", "Records read")))
        for column, text in enumerate(("Session date", *SESSION_CHECKS), start=1):
            s.put(s.row, column, text, bold=True, fill=LABEL_FILL)
        s.row += 1
        for number, session in enumerate(sessions):
            value, fmt = day(session)
            s.put(s.row, 1, value, fmt=fmt)
            for check_number in range(len(SESSION_CHECKS)):
                s.put(s.row, 2 + check_number, answers[number][check_number])
            s.row += 1
        s.row += 1
    if rng.random() < 0.7:
        s.heading(rng.choice(("Other checks", "Supervision file")), fill="7F7F7F")
        for question, options in OTHER_CHECKS:
            s.put(s.row, 1, question, bold=True, fill=LABEL_FILL)
            s.merge(s.row, 1, 3)
            s.put(s.row, 4, rng.choice(options))
            s.row += 1
        s.row += 1
    if child is not None:
        s.heading(rng.choice(("Case followed from supervision to the child's file", "Case-file cross-check")),
                  fill="7F7F7F")
        s.pair(rng.choice(("Ref", "Case reference", "Child's case no.")), sample.case_id)
        s.pair(rng.choice(("Child / young person", "Child's name")), child.full_name)
        lives = [f"{child.parents[0]} (parent)"] if child.parents else []
        if brothers:
            lives += [f"{name} (sibling, {(today - born).days // 365})" for name, born in brothers]
        if lives:
            s.pair("Lives with:", ", ".join(lives))
        s.pair("Supervision decision on the child's file?", rng.choice(("Yes", "Yes, no rationale", "No")))
        s.row += 1

    # --- the standards ----------------------------------------------------------------------------
    s = sheets[standards_ws.title]
    if standards_ws is not about_ws and standards_ws is not sessions_ws:
        s.put(s.row, 1, f"{title} – standards", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, WIDTH)
        s.row += 2
    key_line(s)
    s.heading(rng.choice(("Practice standards", "The standards", "Quality of supervision")))
    wide = grading in ("columns", "bold", "struck")
    remark_beside = bool(remarks) and mod_style == "through"
    if layout == "across":
        # One column per standard: its name, what good looks like, the evidence, the grade.
        s.put(s.row, 1, "Standard", bold=True, fill=LABEL_FILL)
        for number, section in enumerate(sample.sections):
            s.put(s.row, 2 + number, f"{number + 1}. {section.name}", bold=True, fill="DDEBF7")
        s.ws.row_dimensions[s.row].height = 42
        s.row += 1
        s.put(s.row, 1, "What good looks like", bold=True, fill=LABEL_FILL)
        for number in range(5):
            s.put(s.row, 2 + number, STANDARDS[number][1], italic=True, size=9)
        s.ws.row_dimensions[s.row].height = 60
        s.row += 1
        s.put(s.row, 1, "Evidence from the records", bold=True, fill=LABEL_FILL)
        for number, section in enumerate(sample.sections):
            s.put(s.row, 2 + number, section.comment)
        s.ws.row_dimensions[s.row].height = 75
        s.row += 1
        if not wide:
            s.put(s.row, 1, "Grade" + (" (1–4)" if grading == "key" else ""), bold=True, fill=LABEL_FILL)
        elif grading != "columns":
            s.put(s.row, 1, "Grade (" + ("delete" if grading == "struck" else "highlight") + " as appropriate)",
                  bold=True, fill=LABEL_FILL)
        for number, section in enumerate(sample.sections):
            grade_cells(s, s.row, 2 + number, section.grade, grading, down=True)
        s.row += 4 if wide else 1
        if remark_beside:
            s.put(s.row, 1, "HoS remark", bold=True, colour=ink)
            for number, section in enumerate(sample.sections):
                if section.name in remarks:
                    s.put(s.row, 2 + number, remarks[section.name], colour=ink)
            s.row += 1
        s.row += 1
    else:
        s.put(s.row, 1, "Standard", bold=True, fill=LABEL_FILL)
        s.put(s.row, 2, "Evidence from the supervision records", bold=True, fill=LABEL_FILL)
        s.merge(s.row, 2, 5)
        if grading == "columns":
            for offset, text in enumerate(heads):
                s.put(s.row, 6 + offset, text, bold=True, fill=LABEL_FILL)
        elif wide:
            s.put(s.row, 6, "Grade (" + ("delete" if grading == "struck" else "highlight") + " as appropriate)",
                  bold=True, fill=LABEL_FILL)
            s.merge(s.row, 6, 9)
        else:
            s.put(s.row, 6, "Grade", bold=True, fill=LABEL_FILL)
            s.merge(s.row, 6, 7 if grading == "boxes" else 6)
        if remark_beside:
            s.put(s.row, 10, "HoS", bold=True, colour=ink)
        s.row += 1
        for number, section in enumerate(sample.sections):
            s.put(s.row, 1, f"{number + 1}. {section.name}", bold=True)
            s.put(s.row, 2, section.comment)
            s.merge(s.row, 2, 5)
            used = grade_cells(s, s.row, 6, section.grade, grading)
            if used == 1 and grading == "boxes":
                s.merge(s.row, 6, 9)
            if remark_beside and section.name in remarks:
                s.put(s.row, 10, remarks[section.name], colour=ink)
            s.ws.row_dimensions[s.row].height = 40
            s.row += 1
        s.row += 1

    # --- overall grade and findings ------------------------------------------------------------
    s = sheets[findings_ws.title]
    if findings_ws is not standards_ws:
        s.put(s.row, 1, f"{title} – findings", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, WIDTH)
        s.row += 2
        if overall_style == "key":
            key_line(s)
    elif overall_style == "key" and grading != "key":
        key_line(s)
    overall_label = rng.choice(("Overall quality of supervision practice", "OVERALL QUALITY OF SUPERVISION PRACTICE",
                                "Overall quality of supervision practice for this worker"))
    if overall_style == "columns":
        for offset, text in enumerate(heads):
            s.put(s.row, 3 + offset, text, bold=True, fill=LABEL_FILL)
        s.row += 1
    s.put(s.row, 1, overall_label, bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 2)
    used = grade_cells(s, s.row, 3, sample.grade, overall_style)
    if used == 1:
        s.merge(s.row, 3, 6)
    s.ws.row_dimensions[s.row].height = 28
    s.row += 1
    if mod is not None and mod_style == "through":
        if mod.grade is None:
            text = f"HoS: {mod.comments[0]}"
        elif mod.grade == sample.grade:
            text = f"HoS: agree – {informal_grade(rng, mod.grade)}. {mod.comments[0]}"
        else:
            text = f"HoS: moderated to {informal_grade(rng, mod.grade)}. {mod.comments[0]}"
        s.put(s.row, 1, text, colour=ink, bold=bool(mod.grade))
        s.merge(s.row, 1, WIDTH)
        s.row += 1
    s.row += 1

    good_head, better_head = rng.choice(HEADINGS)
    list_style = rng.choice(("rows", "cell", "side"))
    if list_style == "side":
        s.put(s.row, 1, good_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, 1, 4)
        s.put(s.row, 5, better_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, 5, WIDTH)
        s.row += 1
        for left, right in zip(sample.strengths + ("",) * 3, sample.development_areas + ("",) * 3):
            if not left and not right:
                break
            s.put(s.row, 1, left or None)
            s.merge(s.row, 1, 4)
            s.put(s.row, 5, right or None)
            s.merge(s.row, 5, WIDTH)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
        s.row += 1
    else:
        for heading, items in ((good_head, sample.strengths), (better_head, sample.development_areas)):
            s.heading(heading)
            if list_style == "cell":
                s.line("\n".join(f"\u2022 {item}" for item in items), height=16 * len(items) + 8)
            else:
                for number, item in enumerate(items, start=1):
                    s.put(s.row, 1, number)
                    s.put(s.row, 2, item)
                    s.merge(s.row, 2, WIDTH)
                    s.row += 1
            s.row += 1

    s.heading(rng.choice(("Actions", "Actions agreed", "What happens next")))
    if not sample.actions:
        s.line(rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        for column, text in ((1, "Action"), (5, rng.choice(("By whom", "Who"))), (7, rng.choice(("By when", "Due")))):
            s.put(s.row, column, text, bold=True, fill="DDEBF7")
        s.merge(s.row, 1, 4)
        s.merge(s.row, 5, 6)
        s.row += 1
        for action in sample.actions:
            value, fmt = day(action.due)
            s.put(s.row, 1, action.action)
            s.merge(s.row, 1, 4)
            s.put(s.row, 5, action.owner)
            s.merge(s.row, 5, 6)
            s.put(s.row, 7, value, fmt=fmt)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.line(f"Action {number}: {action.action} Who: {action.owner}. When: {when(action.due)}", height=30)
    s.row += 1

    s.heading(rng.choice(("Child safety", "Immediate safeguarding")))
    s.put(s.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 4)
    answer_style = rng.choice(("dropdown", "typed", "marks"))
    if answer_style == "dropdown":
        target = s.put(s.row, 5, "Yes" if sample.urgent_concern else "No", fill="FFF2CC")
        dropdown(s.ws, target.coordinate, ("Yes", "No"))
    elif answer_style == "typed":
        s.put(s.row, 5, ("Yes" if sample.urgent_concern else rng.choice(("No", "no", "No concerns"))), bold=True)
    else:
        for column, option in ((5, True), (7, False)):
            s.put(s.row, column, "Yes" if option else "No", bold=True, fill=LABEL_FILL)
            s.put(s.row, column + 1, "X" if option == sample.urgent_concern else None, bold=True)
    s.ws.row_dimensions[s.row].height = 30
    s.row += 1
    if sample.urgent_concern_detail or rng.random() < 0.5:
        s.put(s.row, 1, "If yes, what was done", bold=True, fill="FCE4D6")
        s.put(s.row, 2, sample.urgent_concern_detail or None)
        s.merge(s.row, 2, WIDTH)
        s.ws.row_dimensions[s.row].height = 40
        s.row += 1
    s.row += 1

    # --- sign-off and moderation ---------------------------------------------------------------------
    s = sheets[qa_ws.title]
    if qa_ws is not findings_ws:
        s.put(s.row, 1, f"{title} – sign-off and QA", bold=True, colour=brand, size=12, border=False)
        s.merge(s.row, 1, WIDTH)
        s.row += 2
    s.heading(rng.choice(("Sign-off", "Checker's sign-off")))
    s.pair("Name", sample.auditor)
    signed, signed_fmt = day(sample.date)
    s.pair("Date", signed, fmt=signed_fmt)
    s.pair("Fed back to supervisor?", rng.choice(("Yes", "Yes – in person", "Yes, by email")))
    s.row += 1
    if mod is not None:
        _moderation(s, rng, sample, mod, ink, day, mod_style)
    elif moderation_plan == "awaiting":
        s.heading("Head of Service moderation")
        s.line(rng.choice(AWAITING), italic=True)
    elif moderation_plan == "empty":
        s.heading(rng.choice(("Head of Service moderation", "HoS moderation")))
        for text in ("Moderated by", "Date", "Agree with overall grade?", "Moderated grade", "Comments"):
            s.pair(text, None, last=WIDTH)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = mod.moderator if mod else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 5))
    workbook.properties.modified = datetime.combine((mod or sample).date, time(15, 50))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx",
                    others=tuple(dict.fromkeys(others)))


def _moderation(s: _Sheet, rng: random.Random, sample, mod: Moderation, ink: str, day, style: str) -> None:
    """The Head of Service's moderation: labelled rows in ink, a
    heavy-bordered box of its own fill, or (typed through the workbook) a
    closing line naming who moderated and when."""
    moderated_on, fmt = day(mod.date)
    written = moderated_on if isinstance(moderated_on, str) else f"{mod.date:%d/%m/%Y}"
    if style == "through":
        s.line(f"Moderated by {mod.moderator} (Head of Service), {written}. Remarks in {_ink_name(ink)}.",
               colour=ink, border=False)
        for comment in mod.comments[1:]:
            s.line(f"HoS: {comment}", colour=ink, border=False)
        return
    agree = None
    grade_text = informal_grade(rng, mod.grade) if mod.grade else None
    if mod.grade:
        agree = "Agree" if mod.grade == sample.grade else "Disagree"
    s.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS QA")))
    if style == "rows":
        s.pair("Moderated by", mod.moderator, colour=ink, last=WIDTH)
        s.pair("Date", moderated_on, fmt=fmt, colour=ink, last=WIDTH)
        s.pair("Agree with overall grade?", agree, colour=ink, last=WIDTH)
        s.pair("Moderated grade", grade_text, colour=ink, bold=True, last=WIDTH)
        s.pair("Comments", "\n".join(mod.comments), colour=ink, last=WIDTH)
        remarks = [f"{name}: {remark}" for name, remark in mod.section_comments.items()]
        if remarks:
            s.pair("On the standards", "\n".join(remarks), colour=ink, last=WIDTH)
        return
    colour = ink if rng.random() < 0.5 else None
    fill = rng.choice(("E4DFEC", "E2EFDA", "DDEBF7"))
    lines = [f"Moderator: {mod.moderator}, Head of Service", f"Date: {written}"]
    if mod.grade == sample.grade:
        lines.append(f"Decision: grade agreed – {grade_text}")
    elif mod.grade:
        lines.append(f"Decision: grade changed to {grade_text}")
    else:
        lines.append("Decision: comments only – no change to the grade")
    lines += [f"Comment: {comment}" for comment in mod.comments]
    lines += [f"{name}: {remark}" for name, remark in mod.section_comments.items()]
    first = s.row
    for text in lines:
        s.put(s.row, 1, text, colour=colour, bold=text.startswith("Decision"), fill=fill, border=False)
        s.merge(s.row, 1, WIDTH)
        s.row += 1
    for row in range(first, s.row):
        for column in range(1, WIDTH + 1):
            s.ws.cell(row=row, column=column).border = Border(
                left=THICK if column == 1 else None, right=THICK if column == WIDTH else None,
                top=THICK if row == first else None, bottom=THICK if row == s.row - 1 else None)


def _ink_name(ink: str) -> str:
    return {"0070C0": "blue", "2E75B6": "blue", "00B050": "green", "538135": "green", "7030A0": "purple"}.get(ink, "colour")
