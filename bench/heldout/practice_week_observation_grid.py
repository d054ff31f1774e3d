"""Practice Week observation of a practitioner's direct work, kept as an
Excel workbook, one observation to a workbook: the Practice Week it
belongs to; who observed whom and when, the practitioner's team (and on
most the service), the kind of direct work (a home visit, a meeting, a
review, a session at school or a group at the family hub) and whether the
family agreed to being observed; the child and case reference, any
brothers and sisters in the household, or for a group session the parents
and carers who came; a grid of five or six areas of practice, each with
the observer's evidence and a grade; the overall grade; what went well
and what would make it even better; what the family said; the
practitioner's own reflection and whether a reflective conversation was
held; an immediate-safety question; the actions agreed; and a Head of
Service's moderation.

Modelled on what was published about West Dunbartonshire's children's
services (West Dunbartonshire Council with NHS Greater Glasgow and Clyde
and Police Scotland; no English council was left unused, and of the Welsh
and Scottish councils not yet used this was the one whose published
material touched on staff practice). What was read:

- Care Appointments, "Concerns raised over Scottish council's work to
  protect children at risk of harm" (careappointments.com, on the Care
  Inspectorate's inspection of the West Dunbartonshire partnership between
  October 2021 and March 2022): fewer than half of the work to reduce the
  risk of harm to children was rated good; a "concerning" difference
  between staff's confidence in the staff survey and what records showed;
  not enough to show that staff were supported to improve their skills or
  received feedback; learning and development from training not used to
  assess how effective the work to keep children safe was; assessments and
  plans needing improvement, and the impact of the work not always seen;
- the Care Inspectorate's news item on its "Joint inspection of services
  to protect children and young people – West Dunbartonshire council area"
  (2007): a published quality indicator framework whose key areas include
  how well children and young people are listened to, understood and
  respected, and service improvement through self-evaluation; strengths in
  getting to know children well and taking their views seriously; points
  for improvement in assessing risks and needs, outcome-focused planning
  for individual children and joint self-evaluation;
- Care Appointments, "Inspectors find children's services in West
  Dunbartonshire performing well" (February 2017): a joint inspection
  across nine quality indicators, with young inspectors who have
  experience of care meeting young people and probing agencies.

None of these describes a practice week, an observation programme or any
form. Everything about the workbook is our own judgement: that a council
answering "not enough to show staff were supported to improve their
skills or receive feedback" would set aside a Practice Week in which
managers watch practitioners' direct work and give feedback; the six areas
(their names follow the inspection's words – listening to, understanding
and respecting the child; risks and needs; planning for outcomes; skills
and the use of learning – and are not the inspectorate's text); the
descriptors printed in the grid; that it grades on the four Ofsted
judgements with a Head of Service's moderation, as the benchmark's council
does, not on the Scottish six-point scale; every label and sentence.

What varies: one sheet, an "Observation" / "Feedback & sign-off" pair, or a
sheet per part (cover, grid, feedback, sign-off); details as label and
value rows, as questions and answers ("Who observed?"), or two pairs to a
row; five or six areas; the grid as a rubric of four printed descriptors
per area with the chosen one highlighted or emboldened or the other three
struck through, as a mark (X, tick, dot or a filled cell) under four grade
columns in one of three orders, as an Excel drop-down, typed as people
type grades, or a number on a printed 1-4 key either way up; the overall
grade the same way or another (a drop-down, typed, a sentence); dates
typed in seven spellings or kept as Excel dates; case references plain or
with a system prefix; the child's age or date of birth; brothers and
sisters named on three files; a group session listing the adults who
came; what went well and even better if as rows or as one cell of
bullets; actions as a table, numbered lines in one cell, or a "no actions"
sentence; the reflective conversation held or not; two urgent concerns
answered yes; the Head of Service's moderation (changing the grade,
confirming it or only commenting) typed in a colour that is not red, in a
bordered box, or as a coloured note under the overall grade.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over
from bot.samples.population import sample_forms

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "practice_week_observation_grid"
SEED = 10028
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The areas of practice, each with the four descriptors the grid prints
# (best first). No descriptor names a grade.
AREAS = (
    ("Preparation and purpose",
     ("Thorough preparation; purpose shared with the family beforehand and revisited throughout.",
      "Clear purpose, explained at the start; recent information read in advance.",
      "Some preparation, but the purpose was not made clear to the family.",
      "No preparation evident; the family did not know why the session was happening.")),
    ("Listening to, understanding and respecting the child",
     ("The child's words, play and behaviour were noticed and used to shape the session.",
      "The child was listened to and their views were checked back with them.",
      "The child was asked for their views, but the adults' voices dominated.",
      "The child was not heard, or was talked about rather than to.")),
    ("Relationship and engagement with the family",
     ("Warm, honest relationship; difficult messages given with real care.",
      "Respectful and engaging; the family were comfortable to speak openly.",
      "Polite but guarded; engagement depended on the family's mood.",
      "Relationship strained or dismissive; the family switched off.")),
    ("Understanding of risks and needs",
     ("Curious, searching exploration of risk and need, linked to the family's history.",
      "Risks and needs explored and the worries named clearly.",
      "Some worries discussed, others left unexplored.",
      "Known risks not explored, or played down.")),
    ("Planning with the family for outcomes",
     ("The family shaped a plan they own, with clear steps and timescales.",
      "Next steps agreed with the family and understood by them.",
      "Next steps stated by the worker rather than agreed.",
      "No next steps agreed; the plan was not referred to.")),
    ("Skills, confidence and use of learning",
     ("Creative, confident use of tools and recent learning; a model for the team.",
      "Confident use of tools and approaches that suited the family.",
      "Tools used mechanically or not adapted to the family.",
      "Little skill evident; the approach was unhelpful to the family.")),
)
# Areas that are about one child, renamed for a group session.
GROUP_AREAS = {"Listening to, understanding and respecting the child":
               "Listening to, understanding and respecting parents and children"}
OPTIONAL_AREAS = ("Skills, confidence and use of learning", "Planning with the family for outcomes")

EVIDENCE = {
    OUTSTANDING: ("Exceptional – the family clearly trusted the worker.",
                  "Skilful and creative throughout; a model for the team.",
                  "Consistently excellent; real impact on the family's understanding."),
    GOOD: ("Sound practice seen throughout.", "Clear and well judged; minor points talked through afterwards.",
           "Views sought and checked back.", "Family engaged and at ease."),
    REQUIRES_IMPROVEMENT: ("Seen in part but not consistently.", "Some gaps – discussed afterwards.",
                           "More planning needed beforehand.", "Worker led too much of the conversation."),
    INADEQUATE: ("Not seen during the session.", "Significant gaps – see even better if.",
                 "Worries not explored; discussed at length afterwards."),
}
TITLES = (
    "Practice Week – Observation of Direct Practice",
    "PRACTICE WEEK OBSERVATION GRID",
    "Practice Week: Observing Practice with Children and Families",
    "Direct Practice Observation (Practice Week)",
)
GUIDANCE = (
    "Observers: grade only the areas you saw. Agree this record with the practitioner within five working "
    "days and return it to the Practice Week lead.",
    "Please complete the grid during or straight after the session, then hold a reflective conversation with "
    "the practitioner before the end of the week.",
)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
HEADS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"},
)
# The orders the four grade columns are printed in.
ORDERS = ((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE),
          (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE),
          (INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING))
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
MARKS = ("X", "x", "\u2713", "\u25cf", "")
MARK_FILLS = ("A6A6A6", "BDD7EE", "C6E0B4")
HIGHLIGHTS = ("FFFF00", "FFE699", "C6EFCE")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dddd d mmmm yyyy")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
VENUES = {"Home visit": "Family home", "Family time session": "Family time centre",
          "Direct work session at school": "School", "Child protection conference": "Council offices",
          "Core group meeting": "School", "Child in care review": "Foster carers' home",
          "Group session at the family hub": "Family hub"}
FAMILY_SAID = (
    "Mum said she felt listened to and that the worker \u201cexplains things properly\u201d.",
    "Dad said the visit felt less like being checked up on than before.",
    "The young person said they liked being able to draw rather than just talk.",
    "Carer said the meeting was calmer than previous ones and she knew what would happen next.",
    "Mum said she still finds the meetings hard but understood why the worries were raised.",
)
NO_FEEDBACK = ("Family not asked on this occasion – time ran out.", "Not gathered – the family left promptly.")
REFLECTIONS = (
    "I was nervous being observed but the family responded well. I want to get better at summarising what "
    "we agreed before I leave.",
    "Looking back, I let the adults lead too much and will plan time with the child on their own next time.",
    "Useful to hear the observer's view straight afterwards; I will take the feedback to supervision.",
    "The session went as I had planned with the family beforehand, and I felt the tools worked for them.",
)
NO_REFLECTION = ("To follow after our conversation.", "Practitioner on leave – to be added.", "")
URGENT_DETAILS = (
    "The child had a mark on their cheek that the parent could not explain. The observer and practitioner "
    "told the duty manager before leaving and a strategy discussion was held that afternoon.",
    "A parent said an adult barred from the home by the safety plan had been staying there. Raised with the "
    "Practice Manager straight after the visit; police informed the same day.",
)
CHANGE_NOTES = ("Having talked this through with the observer, I have moved the overall grade: the evidence in "
                "the grid supports a different judgement.",
                "Grade amended after reading the evidence against the descriptors.")
CONFIRM_NOTES = ("Agree with the observer's grade – well evidenced.", "Grade confirmed.")
REMARKS = ("Please share the learning from this observation at the Practice Week feedback session.",)
NO_ACTIONS = ("No actions arising from this observation.", "None – practice to continue as observed.",
              "No further actions agreed.")
NOT_MODERATED = ("", "Not sampled for moderation this Practice Week.", "n/a")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _practice_week(today: date) -> date:
    """The Monday of the Practice Week: the second full week of the month
    before `today`."""
    first = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return monday + timedelta(days=7)


def _observations(today: date, count: int) -> list:
    draw = count * 6
    while True:
        found = [form for form in sample_forms(draw, seed=SEED, today=today, feedback_question=True)
                 if form.kind == OBSERVATION]
        if len(found) >= count:
            return found[:count]
        draw *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    monday = _practice_week(today)
    chosen = _observations(today, count)

    # Everything is observed during the Practice Week.
    dated = []
    for sample in chosen:
        observed = monday + timedelta(days=rng.randint(0, 4))
        shift = observed - sample.date
        actions = tuple(replace(action, due=_weekday_on_or_after(action.due + shift)) for action in sample.actions)
        dated.append(replace(sample, date=observed, actions=actions))

    # Who plays which part: urgent concerns, moderation, brothers and sisters.
    singles = [index for index, sample in enumerate(dated) if sample.case_id is not None]
    commented = [index for index, sample in enumerate(dated) if sample.moderation]
    free = [index for index in singles if index not in commented]
    picked = rng.sample(free, min(len(free), 7))
    changes, confirms, urgent = picked[:3], picked[3:5], picked[5:7]
    others = [index for index in singles if index not in urgent]
    family = rng.sample(others, min(3, len(others)))
    rest = [index for index in free if index not in picked]
    quiet = rng.sample(rest, min(1, len(rest)))

    forms = []
    for index, sample in enumerate(dated):
        moderated_on = min(_weekday_on_or_after(sample.date + timedelta(days=rng.randint(2, 9))),
                           today - timedelta(days=1))
        head = head_of_service_over(_staff(sample.auditor))
        if index in commented:
            sample = replace(sample, moderation=Moderation(
                moderator=sample.moderation.moderator, date=moderated_on,
                comments=sample.moderation.comments + ((rng.choice(REMARKS),) if rng.random() < 0.4 else ())))
        elif index in changes and head is not None:
            position = GRADES4.index(sample.grade)
            if position == 0 or (position < 3 and rng.random() < 0.6):
                moved = GRADES4[position + 1]
            else:
                moved = GRADES4[position - 1]
            sample = replace(sample, moderation=Moderation(moderator=head.name, date=moderated_on,
                                                           comments=(rng.choice(CHANGE_NOTES),), grade=moved))
        elif index in confirms and head is not None:
            sample = replace(sample, moderation=Moderation(moderator=head.name, date=moderated_on,
                                                           comments=(rng.choice(CONFIRM_NOTES),),
                                                           grade=sample.grade))
        if index in urgent:
            sample = replace(sample, urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_DETAILS))
        if index in quiet:
            sample = replace(sample, reflective_discussion=False)
        forms.append(_form(rng, index, sample, today, monday, with_siblings=index in family))
    return forms


def _area_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _week_text(monday: date) -> str:
    friday = monday + timedelta(days=4)
    month = MONTHS[friday.month - 1]
    if monday.month == friday.month:
        return f"Practice Week: Monday {monday.day} \u2013 Friday {friday.day} {month} {friday.year}"
    return (f"Practice Week: Monday {monday.day} {MONTHS[monday.month - 1]} \u2013 Friday {friday.day} {month} "
            f"{friday.year}")


class _Sheet:
    def __init__(self, ws, font: str, brand: str, width: int):
        self.ws, self.font, self.brand, self.width = ws, font, brand, width
        self.row = 1

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, strike=False, size=10,
            fmt=None, border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike or None, size=size)
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

    def height(self, row, points):
        self.ws.row_dimensions[row].height = points

    def header(self, line: str, title: str, week: str, guidance: str | None):
        self.put(self.row, 1, line, bold=True, colour="FFFFFF", fill=self.brand, size=9, border=False)
        self.merge(self.row, 1, self.width)
        self.row += 1
        self.put(self.row, 1, title, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, self.width)
        self.height(self.row, 22)
        self.row += 1
        self.put(self.row, 1, week, italic=True, border=False)
        self.merge(self.row, 1, self.width)
        self.row += 1
        if guidance:
            self.put(self.row, 1, guidance, italic=True, size=9, border=False)
            self.merge(self.row, 1, self.width)
            self.height(self.row, 28)
            self.row += 1
        self.row += 1

    def band(self, text: str):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def wide(self, text, *, italic=False, bold=False, colour=None, fill=None, lines=1):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill=fill)
        self.merge(self.row, 1, self.width)
        self.height(self.row, max(15, 15 * lines, 15 * (len(str(text)) // 110 + 1)))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, label_fill="EDEDED", span=2):
        self.put(self.row, 1, label, bold=True, fill=label_fill)
        self.merge(self.row, 1, span - 1)
        self.put(self.row, span, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, span, self.width)
        if isinstance(value, str) and len(value) > 80:
            self.height(self.row, 15 * (len(value) // 80 + 1))
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, monday: date, *, with_siblings: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    layout = rng.choice(("one", "two", "four", "four"))
    details_shape = rng.choice(("rows", "questions", "twin"))
    style = rng.choice(("rubric", "rubric", "columns", "dropdown", "typed", "key"))
    overall_style = style if rng.random() < 0.55 else rng.choice(("dropdown", "typed", "sentence", "columns"))
    if overall_style == "rubric":
        overall_style = "cells"
    rubric_mark = rng.choice(("fill", "bold", "strike"))
    mark = rng.choice(MARKS)
    mark_fill = rng.choice(MARK_FILLS)
    highlight = rng.choice(HIGHLIGHTS)
    order = rng.choice(ORDERS)
    words = rng.choice(WORDS)
    heads = rng.choice(HEADS)
    key_up = rng.random() < 0.6  # 1 = Outstanding; otherwise 4 = Outstanding
    lists_shape = rng.choice(("rows", "cell"))
    actions_shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    moderation_look = rng.choice(("ink", "ink", "box", "note"))
    group = sample.case_id is None
    child = sample.child
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers = siblings(rng, child, rng.randint(1, 2), today) if with_siblings and child else []

    # --- the sample as this workbook carries it ---------------------------------------
    areas = [(GROUP_AREAS.get(name, name) if group else name, descriptors) for name, descriptors in AREAS]
    if rng.random() < 0.45:
        dropped = rng.choice(OPTIONAL_AREAS)
        areas = [(name, descriptors) for name, descriptors in areas if name != dropped]
    grades = _area_grades(rng, sample.grade, len(areas))
    comments = [rng.choice(EVIDENCE[grade]) for grade in grades]
    if brothers:
        spot = rng.randrange(len(comments))
        comments[spot] += f" {brothers[0][0].split()[0]} was at home too and was included in the conversation."
    changes: dict = {"sections": tuple(Section(name, grade, comment)
                                       for (name, _), grade, comment in zip(areas, grades, comments))}
    if not group and rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    if group:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, present[0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    title = rng.choice(TITLES)
    line = council_line(rng)
    week = _week_text(monday)
    guidance = rng.choice(GUIDANCE) if rng.random() < 0.5 else None
    also: tuple[str, ...] = ()

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets ---------------------------------------------------
    width = 8
    workbook = Workbook()
    first = workbook.active
    if layout == "one":
        first.title = rng.choice(("Observation", "PW observation", "Sheet1"))
        names = dict.fromkeys(("cover", "grid", "feedback", "signoff"), first.title)
    elif layout == "two":
        first.title = rng.choice(("Observation", "Grid"))
        second = rng.choice(("Feedback & sign-off", "Feedback"))
        names = {"cover": first.title, "grid": first.title, "feedback": second, "signoff": second}
    else:
        first.title = rng.choice(("Cover", "1. Details"))
        numbered = first.title.startswith("1.")
        names = {"cover": first.title, "grid": "2. Grid" if numbered else "Grid",
                 "feedback": "3. Feedback" if numbered else "Feedback",
                 "signoff": "4. Sign-off" if numbered else "Sign-off"}
    sheets: dict[str, _Sheet] = {}
    for part in ("cover", "grid", "feedback", "signoff"):
        name = names[part]
        if name not in sheets:
            ws = first if name == first.title else workbook.create_sheet(name)
            for column, size in zip("ABCDEFGH", (30, 22, 22, 22, 22, 30, 14, 14)):
                ws.column_dimensions[column].width = size
            sheets[name] = _Sheet(ws, font, brand, width)
            sheets[name].header(line, title, week, guidance if not sheets else None)

    def sheet(part: str) -> _Sheet:
        return sheets[names[part]]

    validations: dict = {}

    def dropdown(writer: _Sheet, coordinate: str, choices: tuple) -> None:
        key = (writer.ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(str(c) for c in choices) + '"',
                                        allow_blank=True)
            writer.ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    # --- details ------------------------------------------------------------------------------
    writer = sheet("cover")
    writer.band(rng.choice(("About the observation", "Section 1 \u2013 Who, when and where", "Observation details")))
    observer = _staff(sample.auditor)
    worker = _staff(sample.practitioner)
    worker_role = {"Early Help": "Early Help Practitioner", "Safeguarding and Quality Assurance":
                   "Conference Chair / IRO"}.get(worker.service if worker else "", "Social Worker")
    observed_on, observed_fmt = day(sample.date)
    start = rng.choice(("09:30", "10:00", "11:00", "13:30", "14:00", "15:45"))
    finish = rng.choice(("(about 45 minutes)", "(about an hour)", "(1.5 hours)"))
    setting_label = rng.choice(("Type of direct work observed", "Setting", "What was observed"))
    fields = [
        ((rng.choice(("Observer", "Observed by", "Name of observer")), "Who observed?"), sample.auditor, None),
    ]
    if observer and observer.role in ROLES:
        fields.append((("Observer's role", "Observer's role?"), ROLES[observer.role], None))
    fields += [
        ((rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")),
          "Whose practice was observed?"), sample.practitioner, None),
        ((rng.choice(("Practitioner's role", "Role")), "Their role?"), worker_role, None),
        ((rng.choice(("Team", "Team/Unit")), "Which team?"), sample.team, None),
    ]
    if show_service:
        fields.append(((rng.choice(("Service", "Service area")), "Which service?"), sample.service, None))
    fields += [
        ((rng.choice(("Date of observation", "Observation date", "Date observed")),
          "When did the observation take place?"), observed_on, observed_fmt),
        (("Time", "What time?"), f"{start} {finish}", None),
        ((setting_label, "What kind of direct work was observed?"), sample.setting, None),
    ]
    if setting_label != "Setting" and rng.random() < 0.6:
        fields.append(((rng.choice(("Venue", "Where")), "Where?"), VENUES.get(sample.setting, "Family home"), None))
    if group:
        fields.append(((rng.choice(("Case reference", "Mosaic ID")), "Case reference?"),
                       rng.choice(("N/A \u2013 group session", "n/a (group)", "None \u2013 group work")), None))
        fields.append(((rng.choice(("Parents / carers attending", "Who attended")), "Who came to the group?"),
                       ", ".join(present), None))
    else:
        fields.append(((rng.choice(("Case reference", "Mosaic ID", "Child's ID", "LCS number")),
                        "Child's case reference?"), sample.case_id, None))
        fields.append(((rng.choice(("Child's name", "Child / young person", "Name of child")), "Which child?"),
                       child.full_name, None))
        if rng.random() < 0.5:
            born, born_fmt = day(child.date_of_birth)
            if born_fmt is None:
                also += (born,)
            fields.append((("Date of birth", "Child's date of birth?"), born, born_fmt))
        else:
            age = (sample.date - child.date_of_birth).days // 365
            fields.append((("Age", "How old is the child?"), f"{age}" if age else "under 1", None))
        if brothers:
            fields.append(((rng.choice(("Brothers and sisters", "Other children in the household")),
                            "Any brothers or sisters?"),
                           ", ".join(f"{name} (age {(sample.date - born).days // 365})" for name, born in brothers),
                           None))
        if rng.random() < 0.5 and child.parents:
            fields.append(((rng.choice(("Others present", "Also present")), "Who else was there?"),
                           " and ".join(child.parents), None))
    fields.append(((rng.choice(("Family agreed to the observation?", "Consent given by family")),
                    "Did the family agree to being observed?"),
                   rng.choice(("Yes", "Yes", "Yes \u2013 verbally on arrival")), None))

    if details_shape == "rows":
        for (label, _), value, fmt in fields:
            writer.pair(label, value, fmt=fmt, span=3)
    elif details_shape == "questions":
        writer.put(writer.row, 1, "Question", bold=True, fill="D9E1F2")
        writer.merge(writer.row, 1, 2)
        writer.put(writer.row, 3, "Answer", bold=True, fill="D9E1F2")
        writer.merge(writer.row, 3, width)
        writer.row += 1
        for (_, question), value, fmt in fields:
            writer.pair(question, value, fmt=fmt, span=3, label_fill="F2F2F2")
    else:
        for start_at in range(0, len(fields), 2):
            for offset, ((label, _), value, fmt) in enumerate(fields[start_at:start_at + 2]):
                column = 1 + offset * 4
                writer.put(writer.row, column, label, bold=True, fill="EDEDED")
                writer.put(writer.row, column + 1, value, fmt=fmt)
                writer.merge(writer.row, column + 1, column + 3)
            writer.height(writer.row, 30)
            writer.row += 1
    writer.row += 1

    # --- the grid --------------------------------------------------------------------------------
    writer = sheet("grid")
    writer.band(rng.choice(("Section 2 \u2013 Areas of practice observed", "OBSERVATION GRID",
                            "What I saw: areas of practice")))
    key_text = "Key: " + "   ".join(
        f"{(position + 1) if key_up else (4 - position)} = {KEY_WORDS[grade]}"
        for position, grade in enumerate(GRADES4))

    def score(grade: str) -> int:
        position = GRADES4.index(grade)
        return position + 1 if key_up else 4 - position

    if "key" in (style, overall_style):
        writer.wide(key_text, italic=True, fill="FFF2CC")

    def grade_cells(row: int, grade: str, how: str, descriptors=None) -> None:
        """The grade of one row in columns B to H, as `how` writes it."""
        if how == "rubric":
            for column, option in zip(range(2, 6), order):
                chosen = option == grade
                text = descriptors[GRADES4.index(option)]
                writer.put(row, column, text, size=9,
                           fill=highlight if chosen and rubric_mark == "fill" else None,
                           bold=chosen and rubric_mark == "bold",
                           strike=not chosen and rubric_mark == "strike")
        elif how == "cells":
            for column, option in zip(range(2, 6), order):
                chosen = option == grade
                writer.put(row, column, heads[option],
                           fill=highlight if chosen and rubric_mark == "fill" else None,
                           bold=chosen and rubric_mark == "bold",
                           strike=not chosen and rubric_mark == "strike")
        elif how == "columns":
            for column, option in zip(range(5, 9), order):
                if option == grade:
                    if mark:
                        writer.put(row, column, mark, bold=True)
                    else:
                        writer.put(row, column, None, fill=mark_fill)
                else:
                    writer.put(row, column, None)
        elif how == "dropdown":
            target = writer.put(row, 7, words[grade], bold=True, fill="FFF2CC")
            writer.merge(row, 7, 8)
            dropdown(writer, target.coordinate, tuple(words[g] for g in GRADES4))
        elif how == "key":
            value = score(grade) if rng.random() < 0.75 else f"{score(grade)} ({KEY_WORDS[grade]})"
            target = writer.put(row, 7, value, bold=True, fill="FFF2CC")
            writer.merge(row, 7, 8)
            if isinstance(value, int):
                dropdown(writer, target.coordinate, (1, 2, 3, 4))
        elif how == "sentence":
            writer.put(row, 5, rng.choice(("Overall, the practice I observed was {}.",
                                           "My overall judgement: {}.")).format(words[grade]), bold=True)
            writer.merge(row, 5, 8)
        else:
            writer.put(row, 7, informal_grade(rng, grade, note_chance=0.2), bold=True)
            writer.merge(row, 7, 8)

    if style == "rubric":
        hint = {"fill": "highlight the description that fits", "bold": "put the description that fits in bold",
                "strike": "strike through the descriptions that do not apply"}[rubric_mark]
        writer.wide(f"For each area, {hint}, and give your evidence.", italic=True, fill="F2F2F2")
        writer.put(writer.row, 1, "Area of practice", bold=True, fill="D9D9D9")
        for column, option in zip(range(2, 6), order):
            writer.put(writer.row, column, heads[option], bold=True, fill="D9D9D9")
        writer.put(writer.row, 6, rng.choice(("Evidence", "What I saw")), bold=True, fill="D9D9D9")
        writer.merge(writer.row, 6, 8)
        writer.row += 1
        for (_, descriptors), section in zip(areas, sample.sections):
            writer.put(writer.row, 1, section.name, bold=True)
            grade_cells(writer.row, section.grade, "rubric", descriptors)
            writer.put(writer.row, 6, section.comment)
            writer.merge(writer.row, 6, 8)
            writer.height(writer.row, 62)
            writer.row += 1
    else:
        writer.put(writer.row, 1, "Area of practice", bold=True, fill="D9D9D9")
        writer.put(writer.row, 2, rng.choice(("Evidence", "What I saw", "Observer's evidence")), bold=True,
                   fill="D9D9D9")
        if style == "columns":
            writer.merge(writer.row, 2, 4)
            for column, option in zip(range(5, 9), order):
                writer.put(writer.row, column, heads[option], bold=True, fill="D9D9D9")
        else:
            writer.merge(writer.row, 2, 6)
            writer.put(writer.row, 7, "Score" if style == "key" else "Grade", bold=True, fill="D9D9D9")
            writer.merge(writer.row, 7, 8)
        writer.row += 1
        for section in sample.sections:
            writer.put(writer.row, 1, section.name, bold=True)
            writer.put(writer.row, 2, section.comment)
            writer.merge(writer.row, 2, 4 if style == "columns" else 6)
            grade_cells(writer.row, section.grade, style)
            writer.height(writer.row, 32)
            writer.row += 1
    writer.row += 1

    # The overall grade.
    if overall_style == "columns" and style != "columns":
        for column, option in zip(range(5, 9), order):
            writer.put(writer.row, column, heads[option], bold=True, fill="D9D9D9")
        writer.row += 1
    overall_label = rng.choice(("OVERALL GRADE", "Overall grade for the practice observed", "Overall judgement"))
    writer.put(writer.row, 1, overall_label, bold=True, fill="E2EFDA")
    if overall_style in ("dropdown", "key", "typed"):
        writer.merge(writer.row, 1, 6)
    elif overall_style == "columns":
        writer.merge(writer.row, 1, 4)
    elif overall_style == "sentence":
        writer.merge(writer.row, 1, 4)
    grade_cells(writer.row, sample.grade, overall_style)
    writer.height(writer.row, 24)
    writer.row += 1
    if moderation and moderation_look == "note":
        moderated_text = when(moderation.date)
        if moderation.grade == sample.grade:
            verdict = f"Agree \u2013 {words[moderation.grade]}. "
        elif moderation.grade:
            verdict = f"Moderated grade: {words[moderation.grade]}. "
        else:
            verdict = ""
        writer.wide(f"HoS moderation ({moderation.moderator}, {moderated_text}): {verdict}"
                    + " ".join(moderation.comments), colour=ink, bold=bool(moderation.grade), lines=2)
    writer.row += 1

    # --- feedback -----------------------------------------------------------------------------------
    writer = sheet("feedback")
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What went well (WWW)", "What went well", "Strengths seen")),
                            sample.strengths),
                           (rng.choice(("Even better if (EBI)", "Even better if\u2026", "To develop")),
                            sample.development_areas)):
        writer.band(heading)
        if lists_shape == "cell":
            writer.wide("\n".join(f"{bullet or '- '}{item}" for item in items), lines=len(items) + 1)
        else:
            for item in items:
                writer.wide(f"{bullet}{item}")
        writer.row += 1

    writer.band(rng.choice(("What the family told us", "Family feedback", "The family's view of the session")))
    if group:
        said = mention(rng, ATTENDEE_SENTENCES, present[-1])
    else:
        said = rng.choice(FAMILY_SAID) if rng.random() < 0.85 else rng.choice(NO_FEEDBACK)
    writer.wide(said, italic=True)
    writer.row += 1

    writer.band(rng.choice(("Practitioner's reflection", "Reflection (practitioner to complete)")))
    writer.pair(rng.choice(("Reflective conversation held with the practitioner after the observation?",
                            "Reflective discussion held?")),
                rng.choice(("Yes", "Yes", "Yes \u2013 same day", "YES")) if sample.reflective_discussion
                else rng.choice(("No", "No", "Not yet \u2013 booked for next week")), span=5, bold=True)
    answer_row = writer.row - 1
    if writer.ws.cell(row=answer_row, column=5).value in ("Yes", "No"):
        dropdown(writer, f"E{answer_row}", ("Yes", "No"))
    reflection = rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION)
    writer.pair(rng.choice(("In the practitioner's words", "Practitioner's comments")), reflection, span=3)
    writer.height(writer.row - 1, 45)
    writer.row += 1

    writer.band(rng.choice(("Keeping the child safe", "Immediate concerns")))
    writer.pair(rng.choice(("Did anything seen need an immediate safeguarding response?",
                            "Any immediate safety concern for the child?")),
                rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "None")),
                span=5, bold=True)
    answer_row = writer.row - 1
    if writer.ws.cell(row=answer_row, column=5).value in ("Yes", "No"):
        dropdown(writer, f"E{answer_row}", ("Yes", "No"))
    if sample.urgent_concern or rng.random() < 0.5:
        writer.pair("If yes, what was done?", sample.urgent_concern_detail or "", span=3)
        writer.height(writer.row - 1, 45)
    writer.row += 1

    writer.band(rng.choice(("Actions agreed", "Learning actions", "ACTIONS (who and by when)")))
    if actions_shape == "table":
        headers = rng.choice((("Action", "Lead", "By when", "Progress"), ("What will happen", "Who", "Target date",
                                                                           "Done?")))
        for column, text in zip((1, 5, 6, 7), headers):
            writer.put(writer.row, column, text, bold=True, fill="DDEBF7")
        writer.merge(writer.row, 1, 4)
        writer.merge(writer.row, 7, 8)
        writer.row += 1
        for action in sample.actions:
            writer.put(writer.row, 1, action.action)
            writer.merge(writer.row, 1, 4)
            writer.put(writer.row, 5, action.owner)
            value, fmt = day(action.due)
            writer.put(writer.row, 6, value, fmt=fmt)
            writer.put(writer.row, 7, "")
            writer.merge(writer.row, 7, 8)
            writer.height(writer.row, 30)
            writer.row += 1
    elif actions_shape == "lines":
        lines = [f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        writer.wide("\n".join(lines), lines=len(lines) + 1)
    else:
        writer.wide(rng.choice(NO_ACTIONS), italic=True)
    writer.row += 1

    # --- sign-off and moderation ------------------------------------------------------------------
    writer = sheet("signoff")
    writer.band(rng.choice(("Sign-off", "Section 4 \u2013 Sign-off")))
    writer.pair(rng.choice(("Observer's signature", "Signed (observer)")), sample.auditor, span=3)
    signed, signed_fmt = day(_weekday_on_or_after(sample.date + timedelta(days=rng.randint(0, 2))))
    writer.pair("Date", signed, fmt=signed_fmt, span=3)
    if rng.random() < 0.5:
        writer.pair(rng.choice(("Practitioner's signature", "Read by practitioner")), sample.practitioner, span=3)
    writer.row += 1

    if moderation_look != "note" or not moderation:
        writer.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)",
                                "HoS moderation \u2013 Practice Week sample")))
        labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date", "Date moderated")),
                  rng.choice(("Agree with the overall grade?", "Grade agreed?")),
                  rng.choice(("Moderated grade", "HoS grade")), rng.choice(("Comments", "HoS comments")))
        colour = ink if moderation and moderation_look == "ink" else None
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No",
                                                                                                          "Disagree"))
                grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        top = writer.row
        for text, value, fmt in zip(labels, values, formats):
            writer.pair(text, value, fmt=fmt, colour=colour, bold=bool(value) and text == labels[3],
                        label_fill="F2F2F2", span=3)
        writer.height(writer.row - 1, 40)
        if moderation_look == "box":
            for row in range(top, writer.row):
                for column in range(1, width + 1):
                    writer.ws.cell(row=row, column=column).border = Border(
                        left=THICK if column == 1 else THIN, right=THICK if column == width else THIN,
                        top=THICK if row == top else THIN, bottom=THICK if row == writer.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(monday - timedelta(days=3), time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    others = tuple(present) + tuple(name for name, _ in brothers)
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)
