"""Practice observation workbooks (Children and Families): a manager's record
of watching a practitioner's direct work with a family (a home visit, a
meeting, a family time session, a group at the family hub), written in
Excel, 16 files.

Modelled on Warwickshire County Council's "Practice Observation - Children
and Families" form, published on its Ask Warwickshire consultation site
under "Professional practice assurance" (2023). The search excerpts showed
its parts in order: "Observation details"; "Preparation" (a restorative
conversation between observer and the person observed before the session,
the purpose of the observation and the skills to be shown, the
practitioner's plan for the session, the child's or family's consent);
"Observation of practice" with guidance notes (benchmark the practice
against the Professional Capabilities Framework and the Standards of Good
Practice; what activity was observed and who was present; how the session
met the aims agreed in preparation; the skills demonstrated); "Feedback and
reflection" (a restorative conversation after the observation: what went
well, what the challenges were, what could have been done differently, how
the person observed found it, feedback from the child and family); and
"Learning from the observation" (learning noted, areas of development and
training requirements, organisational learning). This is a different tool
from any other Warwickshire document the benchmark models. Those parts, in
that order and in the form's own question wording (shortened), are the
workbook. The excerpts showed no grade, no details fields, no actions, no
escalation question and no moderation, and no layout (the original is an
online form): the four Ofsted grades with their printed key or columns,
the fields of the details block and their three arrangements (a two-column
table, a grid of label/value pairs, "Label: value" lines, a strip of
labels over values), the actions table, the immediate safeguarding
question, the Head of Service moderation box typed in colour, the sign-off
rows and the spreadsheet look (brand-coloured council line, shaded part
headings, merged answer cells) are my own judgement of how a council's
Excel version of such a form is filled in.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, SampleAction, sample_forms
from bot.samples.ooxml import stable_zip
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import OBSERVATION_ACTIONS, URGENT_CONCERNS, fill

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    GRADES,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    attendees,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "children_families_practice_observation"
SEED = 10082

TITLE = "Practice Observation – Children and Families"
SUBTITLE = "Professional Practice Assurance"

# The grades as the form prints them.
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
           INADEQUATE: "Inadequate"}
KEY = "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate"

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")

PURPOSES = (
    "To observe how the practitioner explains the worries to parents and gathers the child's views.",
    "Agreed focus: chairing skills, keeping the meeting on the plan and the child's lived experience.",
    "To see the use of direct work tools and how the practitioner builds a relationship with the family.",
    "Focus agreed in supervision: analysis of risk and clarity of next steps for the family.",
)
AIMS_MET = (
    "The session met the aims agreed at the preparation meeting.",
    "Mostly met; the plan was reviewed but there was limited time to summarise next steps.",
    "The aims were partly met; the session ran over and some items were deferred.",
    "Aims met. The family were clear why we were there and what would happen next.",
)
WENT_WELL = (
    "See skills demonstrated above.",
    "As above – see skills demonstrated.",
    "Covered in the skills section above.",
)
CHALLENGES = (
    "Dad arrived late and was initially hostile; this was handled calmly.",
    "A busy home with a lot of interruptions made it hard to keep focus.",
    "Partners had not shared their reports before the meeting.",
    "Time was tight and the practitioner had a second visit straight after.",
)
DIFFERENTLY = (
    "Agree the agenda with the family at the start.",
    "Check understanding before closing the visit.",
    "Bring the updated plan in writing to leave with the family.",
    "Nothing significant; reflect on pace in supervision.",
)
HOW_FOUND = (
    "The practitioner said they were nervous at first but found the feedback useful.",
    "Found it a positive experience and would welcome a further observation.",
    "Said it felt natural after the first few minutes.",
)
FAMILY_FEEDBACK = (
    "Mum said the worker was honest and easy to talk to.",
    "The young person said they felt listened to.",
    "Family feedback not sought on this occasion.",
    "Parents said they understood what needed to change.",
    "Group members said the session was welcoming.",
)
LEARNING = (
    "Good example of explaining worries in plain language; to share at the team meeting.",
    "Reinforces the value of preparation time before complex visits.",
    "Evidence of relationship-based practice in line with the practice model.",
)
ORGANISATIONAL = (
    "None identified.",
    "Room bookings at the family hub need to allow time for set-up.",
    "Interpreter booking process caused delay; raised with business support.",
    "Partner reports to be requested five days before meetings.",
)
NO_ACTIONS = (
    "No actions arising from this observation.",
    "No further actions – learning to be picked up in routine supervision.",
    "None required.",
)
NOT_MODERATED = ("", "", "Not selected for moderation this month.", "")
CHANGE_COMMENTS = (
    "Having read the evidence I have moderated the overall judgement; see the grade recorded here.",
    "The evidence recorded supports a different judgement from the observer's. Discussed with the observer.",
    "Moderated: the narrative does not fully support the observer's judgement.",
)
CONFIRM_COMMENTS = (
    "I agree with the observer's judgement; the evidence is clear and balanced.",
    "Judgement agreed. Helpful, specific feedback for the practitioner.",
    "Agree with the grade given. Please share the learning at the team meeting.",
)
REMARK_COMMENTS = (
    "Read. Please make sure the follow-up is recorded in supervision.",
    "A useful observation. Consider a joint observation with the Principal Social Worker next quarter.",
)
URGENT_NOTE = "Did the observation raise any immediate safeguarding concerns that need to be escalated?"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    """`count` Practice Observation workbooks, deterministic for `today`."""
    rng = random.Random(SEED)
    samples = _observations(count, today)
    indices = list(range(len(samples)))
    with_child = [index for index in indices if samples[index].child is not None]
    groups = [index for index in indices if samples[index].child is None]

    urgent = set(rng.sample(with_child, 3))
    no_actions = set(sorted((i for i in indices if not samples[i].actions), key=lambda i: rng.random())[:3])
    sibling_files = set(rng.sample([i for i in with_child if i not in urgent], 4))
    attendee_files = set(rng.sample(groups, 1)) if groups else set()
    already = [index for index in indices if samples[index].moderation is not None]
    moderated = already + rng.sample([index for index in indices if index not in already], 8 - len(already))
    outcomes = dict(zip(moderated, rng.sample(["changes"] * 3 + ["confirms"] * 3 + ["comments"] * 2, 8)))

    forms = []
    layouts = ["table", "grid", "lines", "strip"] * ((count + 3) // 4)
    rng.shuffle(layouts)
    grade_styles = ["typed", "number", "marked", "columns"] * ((count + 3) // 4)
    rng.shuffle(grade_styles)
    for index, sample in enumerate(samples):
        sample = _adjust(rng, sample, index, today, urgent=index in urgent, no_actions=index in no_actions,
                         outcome=outcomes.get(index))
        others: list[str] = []
        if index in sibling_files:
            others = [name for name, _ in siblings(rng, sample.child, rng.choice((1, 2)), today)]
        elif index in attendee_files:
            others = attendees(rng, FAMILY_SURNAMES, 2)
        data = _workbook(rng, sample, today, layouts[index], grade_styles[index], others)
        forms.append(held_out(FAMILY, index + 1, sample, data, "xlsx", others=tuple(others)))
    return forms


def _observations(count: int, today: date):
    """The first `count` observations of the sample population for SEED (the
    population is about one in five observations, so it is drawn larger)."""
    size = count * 6
    while True:
        found = [form for form in sample_forms(size, seed=SEED, today=today) if form.kind == OBSERVATION]
        if len(found) >= count or size > count * 60:
            return found[:count]
        size *= 2


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _adjust(rng: random.Random, sample, index: int, today: date, *, urgent: bool, no_actions: bool,
            outcome: str | None):
    """The changes this family makes to a sample, all through `replace`."""
    if sample.case_id:
        style = rng.random()
        if sample.service == EARLY_HELP and style < 0.4:
            sample = replace(sample, case_id=early_help_reference(rng, sample.case_id))
        elif style < 0.6:
            sample = replace(sample, case_id=case_reference(rng, sample.case_id))
    first = sample.child.first_name if sample.child else None
    if urgent:
        sample = replace(sample, urgent_concern=True, urgent_concern_detail=fill(rng.choice(URGENT_CONCERNS), first))
    if no_actions:
        sample = replace(sample, actions=())
    elif not sample.actions:
        owner = rng.choice((sample.practitioner, sample.auditor))
        action = SampleAction(fill(rng.choice(OBSERVATION_ACTIONS), first), owner,
                              _weekday(sample.date + timedelta(days=rng.randint(14, 42))))
        sample = replace(sample, actions=(action,))
    if outcome is None:
        return replace(sample, moderation=None)
    observer = next(member for member in STAFF if member.name == sample.auditor)
    moderator = head_of_service_over(observer)
    when = sample.moderation.date if sample.moderation else min(_weekday(sample.date + timedelta(days=rng.randint(3, 10))), today)
    earlier = sample.moderation.comments if sample.moderation else ()
    if outcome == "changes":
        step = 1 if sample.grade in (OUTSTANDING, GOOD) or (sample.grade != INADEQUATE and rng.random() < 0.5) else -1
        grade = GRADES[GRADES.index(sample.grade) + step]
        comments = (rng.choice(CHANGE_COMMENTS),)
    elif outcome == "confirms":
        grade, comments = sample.grade, (rng.choice(CONFIRM_COMMENTS),)
    else:
        grade, comments = None, earlier or (rng.choice(REMARK_COMMENTS),)
    return replace(sample, moderation=Moderation(moderator=moderator.name, date=when, comments=comments, grade=grade))


# --- the workbook --------------------------------------------------------------------------


class _Sheet:
    """A worksheet written top to bottom, four columns wide."""

    def __init__(self, sheet, brand: str):
        self.sheet = sheet
        self.brand = brand
        self.row = 1

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill: str | None = None,
            strike: bool = False, italic: bool = False, number_format: str | None = None, box: bool = True):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, color=colour, strike=strike, italic=italic)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if box:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def span(self, first: int, last: int) -> None:
        self.sheet.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)

    def heading(self, text: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour="FFFFFF", fill=self.brand)
        self.span(1, 4)
        self.row += 1

    def question(self, text: str, answer, **look) -> None:
        self.put(1, text, bold=True, fill="F2F2F2")
        self.put(2, answer, **look)
        self.span(2, 4)
        self.row += 1

    def lines(self, text: str, items) -> None:
        self.put(1, text, bold=True, fill="F2F2F2")
        self.put(2, "\n".join(items))
        self.span(2, 4)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(items)) + 4
        self.row += 1


def _workbook(rng: random.Random, sample, today: date, layout: str, grade_style: str, others: list[str]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = rng.choice(("Observation", "Practice Observation", "Form"))
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    write_date = date_writer(rng)
    real_dates = rng.random() < 0.3
    for column, width in zip("ABCD", (38, 30, 30, 30)):
        sheet.column_dimensions[column].width = width
    page = _Sheet(sheet, brand)

    def when(day: date, column: int, **look):
        if real_dates:
            return page.put(column, datetime.combine(day, time()), number_format="dd/mm/yyyy", **look)
        return page.put(column, write_date(day), **look)

    page.put(1, council_line(rng), bold=True, colour=brand, box=False)
    page.row += 1
    page.put(1, TITLE, bold=True, box=False).font = Font(bold=True, size=14)
    page.row += 1
    page.put(1, SUBTITLE, italic=True, box=False)
    page.row += 1

    _details(page, rng, sample, layout, when)
    present = _present(rng, sample, others)

    page.heading("Preparation")
    page.question("Was a restorative conversation held before the observation?", "Yes")
    page.question("Purpose of the observation and skills to be demonstrated", rng.choice(PURPOSES))
    page.question("Has the child and/or family given consent?", rng.choice(("Yes", "Yes – verbal consent", "Yes")))

    page.heading("Observation of practice")
    page.put(1, "Benchmark the practice against the Professional Capabilities Framework and the Standards of "
                "Good Practice.", italic=True, box=False)
    page.span(1, 4)
    page.row += 1
    page.question("What activity was observed and who was present?", f"{sample.setting}. {present}")
    page.question("How did the activity meet the aims set out in the preparation meeting?", rng.choice(AIMS_MET))
    page.lines("Skills demonstrated", _bullets(rng, sample.strengths))
    if others and sample.child is not None:
        page.question("Other observations", mention(rng, SIBLING_SENTENCES, others[0]))
    elif others:
        page.question("Other observations", mention(rng, ATTENDEE_SENTENCES, others[0]))

    page.heading("Feedback and reflection")
    held = "Yes" if sample.reflective_discussion else rng.choice(("No", "No – to be picked up in supervision"))
    page.question("Did a restorative conversation take place after the observation?", held)
    page.question("What went well?", rng.choice(WENT_WELL))
    page.question("What were the challenges? Could anything have been done differently?",
                  f"{rng.choice(CHALLENGES)} {rng.choice(DIFFERENTLY)}")
    page.question("How did the person observed find the experience?", rng.choice(HOW_FOUND))
    page.question("Feedback from the child and family", rng.choice(FAMILY_FEEDBACK))

    page.heading("Learning from the observation")
    page.question("Learning noted from the observation", rng.choice(LEARNING))
    page.lines("Areas of development and training requirements", _bullets(rng, sample.development_areas))
    page.question("Any organisational learning", rng.choice(ORGANISATIONAL))

    page.heading("Overall judgement of the practice observed")
    _grade(page, rng, sample.grade, grade_style)

    page.heading("Immediate safeguarding concerns")
    if sample.urgent_concern:
        page.question(URGENT_NOTE, "Yes")
        page.question("If yes, give details and who it was escalated to", sample.urgent_concern_detail)
    else:
        page.question(URGENT_NOTE, rng.choice(("No", "No", "None", "No concerns")))

    page.heading("Actions agreed")
    _actions(page, rng, sample, when)

    page.heading("Head of Service moderation")
    _moderation(page, rng, sample, ink, when)

    page.heading("Sign-off")
    page.put(1, "Observer", bold=True, fill="F2F2F2")
    page.put(2, sample.auditor)
    page.put(3, "Date", bold=True, fill="F2F2F2")
    when(_weekday(sample.date + timedelta(days=rng.randint(0, 3))) if rng.random() < 0.5 else sample.date, 4)
    page.row += 1
    page.put(1, "Practitioner comments", bold=True, fill="F2F2F2")
    page.put(2, rng.choice(("Thank you for the feedback.", "", "Agreed with the feedback given.")))
    page.span(2, 4)

    written = datetime.combine(sample.date, time(16, 5))
    book.properties.creator = COUNCIL
    book.properties.title = TITLE
    book.properties.created = written - timedelta(days=500)
    book.properties.modified = written
    buffer = io.BytesIO()
    # ExcelWriter keeps the dates set above (Workbook.save stamps the clock).
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return stable_zip(buffer.getvalue())


def _bullets(rng: random.Random, items) -> list[str]:
    mark = rng.choice(("•", "-", "numbers"))
    if mark == "numbers":
        return [f"{number}. {item}" for number, item in enumerate(items, 1)]
    return [f"{mark} {item}" for item in items]


def _present(rng: random.Random, sample, others: list[str]) -> str:
    if sample.child is None:
        people = ["four parents from the group", "the family hub worker"]
        if others:
            people = [*others, "two other parents", "the family hub worker"]
        return "Present: " + ", ".join(people) + "."
    people = [rng.choice(("Mum", "Mum and Dad", "Mum and her partner", "the foster carer")), "the child"]
    if others:
        people += others
    if sample.setting in ("Child protection conference", "Core group meeting", "Child in care review"):
        people += ["school", "health visitor"]
    return "Present: " + ", ".join(people) + "."


def _details(page: _Sheet, rng: random.Random, sample, layout: str, when) -> None:
    reference = sample.case_id or rng.choice(("N/A – group session", "n/a (group)", "Group session"))
    fields = [
        ("Name of practitioner observed", sample.practitioner),
        ("Team", sample.team),
        ("Service area", sample.service),
        ("Name of observer", sample.auditor),
        ("Date of observation", sample.date),
        ("Case reference (LCS)", reference),
        ("Type of activity observed", sample.setting),
    ]
    page.heading("Observation details")
    if layout == "table":
        for text, value in fields:
            page.put(1, text, bold=True, fill="DEEAF6")
            if isinstance(value, date):
                when(value, 2)
            else:
                page.put(2, value)
            page.span(2, 4)
            page.row += 1
    elif layout == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                page.put(1 + 2 * offset, text, bold=True, fill="DEEAF6")
                if isinstance(value, date):
                    when(value, 2 + 2 * offset)
                else:
                    page.put(2 + 2 * offset, value)
            page.row += 1
    elif layout == "lines":
        separator = rng.choice((": ", ":  ", " - "))
        for text, value in fields:
            if isinstance(value, date):
                cell = when(value, 1, box=False)
                shown = cell.value if isinstance(cell.value, str) else value.strftime("%d/%m/%Y")
                cell.value = f"{text}{separator}{shown}"
                cell.number_format = "General"
            else:
                page.put(1, f"{text}{separator}{value}", box=False)
            page.span(1, 4)
            page.row += 1
    else:  # a strip of labels over values, in two bands
        for band in (fields[:4], fields[4:]):
            for column, (text, _) in enumerate(band, 1):
                page.put(column, text, bold=True, fill="DEEAF6")
            page.row += 1
            for column, (_, value) in enumerate(band, 1):
                if isinstance(value, date):
                    when(value, column)
                else:
                    page.put(column, value)
            page.row += 1


def _grade(page: _Sheet, rng: random.Random, grade: str, style: str) -> None:
    label = rng.choice(("Overall judgement", "Overall grade", "Judgement (Ofsted grading)"))
    if style == "typed":
        page.question(label, informal_grade(rng, grade, note_chance=0.3))
    elif style == "number":
        page.put(1, KEY, italic=True, box=False)
        page.span(1, 4)
        page.row += 1
        number = GRADES.index(grade) + 1
        page.question(f"{label} (1-4)", rng.choice((number, str(number), f"{number}")))
    elif style == "marked":
        how = rng.choice(("highlight", "bold", "tick", "strike"))
        page.put(1, label, bold=True, fill="F2F2F2")
        page.row += 1
        for column, option in enumerate(GRADES, 1):
            chosen = option == grade
            text = PRINTED[option]
            if how == "tick" and chosen:
                text = f"\u2713 {text}"
            page.put(column, text, bold=chosen and how in ("bold", "highlight"),
                     fill="FFFF00" if chosen and how == "highlight" else None,
                     strike=not chosen and how == "strike")
        page.row += 1
    else:  # a mark under four grade columns
        order = list(GRADES) if rng.random() < 0.7 else list(reversed(GRADES))
        page.put(1, label, bold=True, box=False)
        page.row += 1
        for column, option in enumerate(order, 1):
            page.put(column, PRINTED[option], bold=True, fill="DEEAF6")
        page.row += 1
        symbol = rng.choice(("X", "x", "\u2713", "\u25cf"))
        for column, option in enumerate(order, 1):
            page.put(column, symbol if option == grade else None)
        page.row += 1


def _actions(page: _Sheet, rng: random.Random, sample, when) -> None:
    if not sample.actions:
        page.put(1, rng.choice(NO_ACTIONS), box=False)
        page.span(1, 4)
        page.row += 1
        return
    if rng.random() < 0.6:
        headers = rng.choice((("Action", "By whom", "By when", "Completed?"), ("What needs to happen", "Who",
                                                                              "Date", "Update")))
        for column, text in enumerate(headers, 1):
            page.put(column, text, bold=True, fill="DEEAF6")
        page.row += 1
        for action in sample.actions:
            page.put(1, action.action)
            page.put(2, action.owner)
            when(action.due, 3)
            page.put(4, None)
            page.row += 1
        return
    for number, action in enumerate(sample.actions, 1):
        cell = when(action.due, 1, box=False)
        shown = cell.value if isinstance(cell.value, str) else action.due.strftime("%d/%m/%Y")
        cell.value = f"{number}. {action.action} – {action.owner} – by {shown}"
        cell.number_format = "General"
        page.span(1, 4)
        page.row += 1


def _moderation(page: _Sheet, rng: random.Random, sample, ink: str, when) -> None:
    moderation = sample.moderation
    rows = ("Moderated by (Head of Service)", "Date moderated", "Do you agree with the judgement?",
            "Moderated judgement", "Moderator's comments")
    for index, text in enumerate(rows):
        page.put(1, text, bold=True, fill="F2F2F2")
        if moderation is None:
            page.put(2, rng.choice(NOT_MODERATED) or None if index == 4 else None, italic=True)
        elif index == 0:
            page.put(2, moderation.moderator, colour=ink)
        elif index == 1:
            when(moderation.date, 2, colour=ink)
        elif index == 2:
            answer = None
            if moderation.grade:
                answer = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(
                    ("No", "Disagree – see below"))
            page.put(2, answer, colour=ink)
        elif index == 3:
            page.put(2, informal_grade(rng, moderation.grade) if moderation.grade else None, colour=ink, bold=True)
        else:
            page.put(2, "\n".join(moderation.comments), colour=ink)
        page.span(2, 4)
        page.row += 1
