"""Held-out family: a "Staff Observation Form" kept as an Excel workbook, on
which a manager records a practice observation of a practitioner's direct
work with a family (a home visit, a meeting, a session) and gives it one of
Ofsted's four grades.

Modelled on "Appendix 3: Staff Observation Form", the third appendix of an
English children's social work service's published document, as stored on
docest.com (the stored copy names neither the authority nor the parent
document, so none is named here). The search excerpts showed its structure: a details block opening
with "Worker observed" beside "Observer", then "Date" and "Summary of
activity observed"; then a table headed "Area for assessment" /
"Expectations for a 'Good' rating" whose areas are Planning and purpose,
Knowledge and theory, Intervention and skills, Restorative practice,
Partnership working, Critical reflection and analysis, Professionalism and
Ethics and diversity, each followed by "Rating:" and "Rationale". This
family keeps those labels and areas (the expectations are shortened into
our own words) and the "Rating" / "Rationale" wording for the judgement.
Our own judgement, as the excerpts show no more: the form is a workbook
rather than a Word table; the eight areas are printed as the template's
guidance and the observer gives one overall rating (the per-area "Rating:"
cells are folded into a single "Overall rating" with its "Rationale",
because the observation carries one judgement); the team, service and case
reference lines; the "What went well" / "Areas for development" blocks, the
reflective discussion and safeguarding questions, the actions, and the Head
of Service moderation box, which follow what the council templates of this
kind commonly add. The four grades are written in several ways (typed, a
number on a printed 1-4 key, the four printed with one marked, a mark under
four grade columns), and the details block in four arrangements.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, sample_forms
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm, held_out

FAMILY = "staff_observation_rating_workbook"
SEED = 10074

# The areas the published form lists, with its expectations shortened.
AREAS = (
    ("Planning and purpose", "The activity has a clear purpose, is linked to the child's plan and its aims are clear."),
    ("Knowledge and theory", "The worker understands the case well and draws on relevant theory."),
    ("Intervention and skills", "The worker uses skills and tools suited to the child and family."),
    ("Restorative practice", "The work is done with the family, with high support and high challenge."),
    ("Partnership working", "Work with other agencies is effective and the worker can challenge constructively."),
    ("Critical reflection and analysis", "The worker weighs different sources of evidence and shows curiosity."),
    ("Professionalism", "Professional behaviour with children, families and colleagues."),
    ("Ethics and diversity", "Practice is ethical and attends to diversity and equality."),
)
TITLES = ("Staff Observation Form", "Staff Observation Form – Observation of Practice",
          "Observation of Practice – Staff Observation Form")
KEY = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
       (INADEQUATE, "Inadequate"))
NO_ACTIONS = ("No actions arising from this observation.", "None – no further actions needed.",
              "No actions agreed; practice to be discussed in routine supervision.")
URGENT_DETAILS = (
    "{child} told the worker that an adult not known to us has been staying at the home. "
    "Discussed with the Head of Service the same day and a strategy discussion requested.",
    "During the visit there were signs that {child} had been left alone overnight. "
    "Raised with the Head of Service immediately; a visit was made the next morning.",
    "{child}'s mother said she had been assaulted by her partner at the weekend. "
    "Police informed and Head of Service aware; safety plan reviewed that day.",
)
CONFIRM_COMMENTS = ("I have read the observation and agree with the rating given.",
                    "Agree with the observer. A helpful reflective discussion is recorded.")
CHANGE_COMMENTS = ("Having discussed the observation with the observer, I have moderated the rating.",
                   "The evidence recorded supports a different rating from the one given; moderated.")
REMARK_COMMENTS = ("Read. Please make sure the development areas are picked up in supervision.",
                   "Read and noted. Good to see feedback from the family included.")
PRESENT = ("mother", "father", "foster carer", "grandmother", "class teacher", "health visitor")
BLUE_FILL = PatternFill("solid", fgColor="DDEBF7")
GREY_FILL = PatternFill("solid", fgColor="F2F2F2")
MARK_FILL = PatternFill("solid", fgColor="BFBFBF")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _observations(count: int, today: date):
    """The first `count` observations of the seeded population."""
    total = count * 4
    while True:
        found = [form for form in sample_forms(total, seed=SEED, today=today) if form.kind == OBSERVATION]
        if len(found) >= count:
            return found[:count]
        total *= 2


def _head_of_service(name: str) -> str:
    member = next(member for member in STAFF if member.name == name)
    return head_of_service_over(member).name


def _step(rng: random.Random, grade: str) -> str:
    grades = [value for value, _ in KEY]
    index = grades.index(grade)
    if index == 0:
        return grades[1]
    if index == 3:
        return grades[2]
    return grades[index + rng.choice((-1, 1))]


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, sheet, rng: random.Random, when):
        self.sheet = sheet
        self.rng = rng
        self.when = when
        self.row = 1

    def cell(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill=None,
             strike: bool = False, size: int | None = None, box: bool = True, wrap: bool = True):
        target = self.sheet.cell(row=self.row, column=column, value=value)
        target.font = Font(bold=bold or None, color=colour, strike=strike or None, size=size)
        if fill is not None:
            target.fill = fill
        if box:
            target.border = BOX
        target.alignment = Alignment(wrap_text=wrap, vertical="top")
        return target

    def date_cell(self, column: int, day: date, *, real: bool = False, colour: str | None = None):
        if real:
            target = self.cell(column, datetime.combine(day, time()), colour=colour)
            target.number_format = "dd/mm/yyyy"
            return target
        return self.cell(column, self.when(day), colour=colour)

    def heading(self, text: str, brand: str) -> None:
        self.row += 1
        self.cell(1, text, bold=True, colour=brand, box=False, wrap=False)
        self.row += 1

    def next(self, rows: int = 1) -> None:
        self.row += rows


def _details(out: _Sheet, arrangement: str, fields: list[tuple[str, object]], real_date: bool) -> None:
    def put(column: int, value) -> None:
        if isinstance(value, date):
            out.date_cell(column, value, real=real_date)
        else:
            out.cell(column, value)

    if arrangement == "two-column":
        for name, value in fields:
            out.cell(1, name, bold=True, fill=GREY_FILL)
            put(2, value)
            out.next()
    elif arrangement == "pairs":
        for start in range(0, len(fields), 2):
            for offset, (name, value) in enumerate(fields[start:start + 2]):
                out.cell(1 + offset * 2, name, bold=True, fill=GREY_FILL)
                put(2 + offset * 2, value)
            out.next()
    elif arrangement == "lines":
        for name, value in fields:
            shown = out.when(value) if isinstance(value, date) else value
            out.cell(1, f"{name}: {shown}", box=False)
            out.next()
    else:  # a strip of labels over their values, in rows of four
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for column, (name, _) in enumerate(chunk, start=1):
                out.cell(column, name, bold=True, fill=BLUE_FILL)
            out.next()
            for column, (_, value) in enumerate(chunk, start=1):
                put(column, value)
            out.next()


def _grade(out: _Sheet, style: str, grade: str, label: str) -> None:
    """The overall rating in one of the form's ways."""
    rng = out.rng
    names = dict(KEY)
    if style == "typed":
        out.cell(1, label, bold=True, fill=GREY_FILL)
        out.cell(2, common.informal_grade(rng, grade, note_chance=0.3))
        out.next()
    elif style == "number":
        out.cell(1, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", box=False,
                 wrap=False)
        out.next()
        out.cell(1, f"{label} (1-4)", bold=True, fill=GREY_FILL)
        number = [value for value, _ in KEY].index(grade) + 1
        out.cell(2, rng.choice((number, str(number), f"{number} – {names[grade]}")))
        out.next()
    elif style == "marked":
        out.cell(1, label, bold=True, fill=GREY_FILL)
        how = rng.choice(("bold", "strike", "tick"))
        for column, (value, name) in enumerate(KEY, start=2):
            chosen = value == grade
            if how == "bold":
                out.cell(column, name, bold=chosen, fill=MARK_FILL if chosen else None)
            elif how == "strike":
                out.cell(column, name, strike=not chosen)
            else:
                out.cell(column, f"\u2713 {name}" if chosen else name, bold=chosen)
        out.next()
    else:  # four grade columns with a mark under one
        out.cell(1, label, bold=True, fill=GREY_FILL)
        order = rng.choice(common.GRADE_COLUMNS)
        for column, (_, name) in enumerate(order, start=2):
            out.cell(column, name, bold=True, fill=BLUE_FILL)
        out.next()
        symbol = rng.choice(("X", "x", "\u2713", "\u25cf", "Yes"))
        for column, (value, _) in enumerate(order, start=2):
            out.cell(column, symbol if value == grade else None, bold=True)
        out.next()


def _build_one(index: int, sample, plan: dict, today: date, rng: random.Random) -> HeldOutForm:
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    child = sample.child
    first = child.first_name if child else None

    # --- the truth, through the sample ----------------------------------------------
    if sample.case_id and plan["prefixed"]:
        reference = (common.early_help_reference(rng, sample.case_id) if sample.service == "Early Help"
                     else common.case_reference(rng, sample.case_id))
        sample = replace(sample, case_id=reference)
    if plan["urgent"]:
        sample = replace(sample, urgent_concern=True,
                         urgent_concern_detail=rng.choice(URGENT_DETAILS).format(child=first))
    if plan["no_actions"]:
        sample = replace(sample, actions=())
    moderation = None
    outcome = plan["moderation"]
    if outcome in ("changes", "confirms", "comments"):
        moderator = _head_of_service(sample.auditor)
        day = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
        while day.weekday() >= 5 and day < today:
            day += timedelta(days=1)
        if outcome == "changes":
            moderation = Moderation(moderator, day, (rng.choice(CHANGE_COMMENTS),), grade=_step(rng, sample.grade))
        elif outcome == "confirms":
            moderation = Moderation(moderator, day, (rng.choice(CONFIRM_COMMENTS),), grade=sample.grade)
        else:
            moderation = Moderation(moderator, day, (rng.choice(REMARK_COMMENTS),))
    sample = replace(sample, moderation=moderation)

    others: list[str] = []
    also: list[str] = []
    present: list[str] = []
    if child is None:
        for name in common.attendees(rng, FAMILY_SURNAMES, rng.randint(2, 3)):
            others.append(name)
            present.append(name)
    else:
        present.append(child.first_name)
        if rng.random() < 0.5 and child.parents:
            present.append(f"{child.parents[0]} ({rng.choice(PRESENT[:2])})")
        else:
            present.append(rng.choice(PRESENT))
        if plan["siblings"]:
            for name, born in common.siblings(rng, child, rng.randint(1, 2), today):
                others.append(name)
                if rng.random() < 0.5:
                    written = when(born)
                    also.append(written)
                    present.append(f"{name} (sibling, born {written})")
                else:
                    present.append(f"{name} (sibling)")

    # --- the workbook -----------------------------------------------------------------
    book = Workbook()
    sheet = book.active
    sheet.title = rng.choice(("Observation", "Staff observation", "Form"))
    for column, width in zip("ABCDE", (34, 30, 24, 24, 24)):
        sheet.column_dimensions[column].width = width
    out = _Sheet(sheet, rng, when)
    out.cell(1, common.council_line(rng), bold=True, colour=brand, size=14, box=False, wrap=False)
    out.next()
    out.cell(1, rng.choice(TITLES), bold=True, size=13, box=False, wrap=False)
    out.next(2)

    real_date = rng.random() < 0.25
    fields: list[tuple[str, object]] = [
        (rng.choice(("Worker observed", "Worker observed (name)")), sample.practitioner),
        ("Observer", sample.auditor),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Date", "Date of observation")), sample.date),
        ("Summary of activity observed", sample.setting),
    ]
    if sample.case_id:
        fields.insert(4, (rng.choice(("Case reference", "Child's ID", "LCS number")), sample.case_id))
        fields.insert(5, ("Child", child.full_name))
    _details(out, plan["details"], fields, real_date)
    out.cell(1, "Who was present", bold=True, fill=GREY_FILL)
    out.cell(2, ", ".join(present))
    out.next(2)

    out.heading("Areas for assessment", brand)
    out.cell(1, "Area for assessment", bold=True, fill=BLUE_FILL)
    out.cell(2, "Expectations for a 'Good' rating", bold=True, fill=BLUE_FILL)
    out.next()
    for name, expectation in AREAS:
        out.cell(1, name, bold=True)
        out.cell(2, expectation)
        out.next()

    out.heading(rng.choice(("What went well", "Strengths observed")), brand)
    bullet = rng.choice(("", "• ", "- "))
    if rng.random() < 0.3:
        out.cell(1, "\n".join(f"{bullet}{text}" for text in sample.strengths))
        out.next()
    else:
        for text in sample.strengths:
            out.cell(1, f"{bullet}{text}")
            out.next()
    out.heading(rng.choice(("Areas for development", "Even better if")), brand)
    for text in sample.development_areas:
        out.cell(1, f"{bullet}{text}")
        out.next()

    out.heading(rng.choice(("Rating", "Overall rating")), brand)
    _grade(out, plan["grade_style"], sample.grade, rng.choice(("Overall rating", "Rating", "Overall judgement")))
    out.cell(1, "Rationale", bold=True, fill=GREY_FILL)
    out.cell(2, rng.choice(("See strengths and areas for development above.",
                            "Rating agreed with the worker in the feedback discussion.",
                            "Based on the whole of the activity observed.")))
    out.next(2)

    out.cell(1, rng.choice(("Reflective discussion held with the worker after the observation?",
                            "Was there a reflective conversation with the worker afterwards?")), bold=True,
             fill=GREY_FILL)
    out.cell(2, "Yes" if sample.reflective_discussion else rng.choice(("No", "No – not yet held")))
    out.next()
    out.cell(1, rng.choice(("Any safeguarding concerns needing urgent action?",
                            "Were any urgent safeguarding concerns identified?")), bold=True, fill=GREY_FILL)
    out.cell(2, "Yes" if sample.urgent_concern else rng.choice(("No", "No", "None identified")))
    out.next()
    if sample.urgent_concern:
        out.cell(1, "If yes, give details and action taken", bold=True, fill=GREY_FILL)
        out.cell(2, sample.urgent_concern_detail)
        out.next()
    out.next()

    out.heading(rng.choice(("Actions", "Actions agreed", "Learning and development actions")), brand)
    if not sample.actions:
        out.cell(1, rng.choice(NO_ACTIONS), box=False)
        out.next()
    elif plan["action_table"]:
        for column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                  ("Action", "Responsible", "Timescale"))), start=1):
            out.cell(column, text, bold=True, fill=BLUE_FILL)
        out.next()
        for action in sample.actions:
            out.cell(1, action.action)
            out.cell(2, action.owner)
            out.date_cell(3, action.due, real=real_date)
            out.next()
    else:
        for number, action in enumerate(sample.actions, start=1):
            out.cell(1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}", box=False)
            out.next()
    out.next()

    if outcome != "none":
        ink = rng.choice(common.MODERATION_INKS)
        out.heading("Head of Service moderation", brand)
        labels = ("Moderated by", "Date", "Agree with rating?", "Moderated rating", "Comments")
        values: list[object] = [None] * 5
        if moderation is not None:
            values[0], values[1] = moderation.moderator, moderation.date
            if moderation.grade:
                values[2] = "Yes" if moderation.grade == sample.grade else "No"
                values[3] = common.informal_grade(rng, moderation.grade)
            values[4] = " ".join(moderation.comments)
        for name, value in zip(labels, values):
            out.cell(1, name, bold=True, fill=GREY_FILL)
            if isinstance(value, date):
                out.date_cell(2, value, colour=ink)
            else:
                out.cell(2, value, colour=ink)
            out.next()

    properties = book.properties
    properties.creator = COUNCIL
    properties.lastModifiedBy = sample.auditor
    properties.title = "Staff Observation Form"
    written = datetime.combine(sample.date, time(16, 5))
    properties.created = written - timedelta(days=700)
    properties.modified = written
    buffer = io.BytesIO()
    book.save(buffer)
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                    also=tuple(also))


def _plans(rng: random.Random, samples) -> list[dict]:
    count = len(samples)
    with_child = [index for index, sample in enumerate(samples) if sample.child is not None]
    moderation = (["changes"] * 3 + ["confirms"] * 3 + ["comments"] * 2 + ["empty"] * 2) * 2
    moderation = moderation[:count] if count < 10 else moderation[:10] + ["none"] * (count - 10)
    rng.shuffle(moderation)
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    # About three forms say there are no actions: those whose sample has none,
    # and enough others emptied to make up three (at least one).
    with_actions = [index for index, sample in enumerate(samples) if sample.actions]
    emptied = max(1, 3 - (count - len(with_actions)))
    no_actions = set(rng.sample(with_actions, min(emptied, len(with_actions))))
    siblings = set(rng.sample(with_child, min(5, len(with_child))))
    details = ["two-column", "pairs", "lines", "strip"] * (count // 4 + 1)
    grade_styles = ["typed", "number", "marked", "columns"] * (count // 4 + 1)
    rng.shuffle(details)
    rng.shuffle(grade_styles)
    return [
        {
            "moderation": moderation[index],
            "urgent": index in urgent,
            "no_actions": index in no_actions,
            "siblings": index in siblings,
            "details": details[index],
            "grade_style": grade_styles[index],
            "prefixed": rng.random() < 0.5,
            "action_table": rng.random() < 0.6,
        }
        for index in range(count)
    ]


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = _observations(count, today)
    plans = _plans(rng, samples)
    return [_build_one(index, sample, plan, today, rng)
            for index, (sample, plan) in enumerate(zip(samples, plans), start=1)]
