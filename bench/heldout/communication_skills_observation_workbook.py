"""Held-out family: a manager's direct observation of a practitioner's
communication skills, kept as an Excel workbook.

Source: CASCADE (Cardiff University) with Islington Council's Children's
Services, "Direct observation in practice: co-developing an
evidence-informed practice tool to assess social work communication"
(Westlake, Stabler and McDonnell, Journal of Children's Services, 2020;
https://www.emerald.com/insight/content/doi/10.1108/JCS-08-2019-0043/full/pdf).
A different document of organisations the project already names. What the
page shows: managers (after a research team) observe meetings between
parents and social workers across a range of social work settings, rate the
practitioner's individual skills one by one (it names empathy and
purposefulness), and give the practitioner feedback on those skills; the
tool was used differently by different managers.

The page shows no form, so the layout is our judgement: one sheet headed by
the council's name line in a brand colour and the tool's title; an
observation details block (practitioner, team, service, observer, date,
type of activity observed, who was present, and for a child's case the case
reference, the child's name and date of birth); a skills table rating three
to five communication skills (care and empathy, purposefulness, clarity
about worries, collaboration, child focus; the names and the use of the four
Ofsted grades for them are our judgement) with evidence; an overall
judgement; "what went well" and "even better if" lists; whether a
reflective feedback conversation was held; any safeguarding concern to
escalate (always no on observations); actions; and the Head of Service's
sign-off typed in a colour of their own.

What varies across the 16 files: the details block as label | value rows,
labels over values across one row, or a four-column grid; dates as real
Excel dates in one of three number formats or typed in one of seven
spellings; the case reference as a number, as text, or with a case
system's prefix; the child's name and date of birth shown on most child
cases, with parents and sometimes a brother or sister named among those
present (group sessions list attendees instead, and carry no case); the
grades typed as people type them, picked from a drop-down, given as a
number on a printed 1-4 key, or marked with a symbol or shading under one of
four grade columns; strengths and areas for development as one row each,
as bullet lines in one cell, or side by side in two columns; actions as a
table, as numbered lines, or a sentence saying there are none; the
reflective discussion question typed, from a drop-down or as ticked boxes;
the moderation as a labelled box, as a single signed comment line, or absent;
an optional guidance sheet describing the skills.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import OBSERVATION, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES
from bot.samples.phrases import GROUP_SETTING
from bot.samples.population import sample_forms
from bot.samples.wording import GRADE_SPELLINGS, GRADES

from . import common
from .common import HeldOutForm

FAMILY = "communication_skills_observation_workbook"
SEED = 10134
COUNT = 16

TITLES = ("Direct Observation of Practice – Communication Skills", "Practice Skills Observation Tool",
          "Observation of Direct Practice: Skills Feedback")

# (skill, what the observer looks for) – our own wording.
SKILLS = (
    ("Care and empathy", "Warmth; understands the family's point of view"),
    ("Purposefulness", "Clear purpose; keeps the conversation on track"),
    ("Clarity about worries", "Honest, plain explanation of the concerns"),
    ("Collaboration", "Works with the family's own ideas for change"),
    ("Child focus", "Keeps the child's experience at the centre"),
)
EVIDENCE = {
    GRADES[0]: ("Consistently skilled throughout; a model for the team.", "Exceptional, the family responded well."),
    GRADES[1]: ("Seen clearly for most of the meeting.", "Good examples noted, family engaged."),
    GRADES[2]: ("Present at times but not sustained.", "Some missed opportunities."),
    GRADES[3]: ("Not evident during the observation.", "Little evidence; discussed afterwards."),
}
SETTING_LABELS = ("Type of activity observed", "Activity / setting observed", "What was observed")
PRESENT_LABELS = ("Who was present", "Present", "Others present")
NO_ACTIONS = ("No actions arising from this observation.", "No further actions – feedback given on the day.",
              "None required.")
REFLECTIVE_QUESTIONS = ("Was a reflective feedback conversation held with the practitioner?",
                        "Reflective discussion held after the observation?",
                        "Feedback and reflection completed with the worker?")
KEY_NUMBERS = {grade: number for number, grade in enumerate(GRADES, start=1)}
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
WRAP = Alignment(wrap_text=True, vertical="top")


def _observations(today: date) -> list:
    forms = [form for form in sample_forms(400, seed=SEED, today=today) if form.kind == OBSERVATION]
    return forms[:COUNT]


def _skills(rng: random.Random, grade: str) -> tuple[Section, ...]:
    chosen = SKILLS[: rng.choice((3, 4, 5, 5))]
    index = GRADES.index(grade)
    grades = [GRADES[min(max(index + rng.choice((-1, 0, 0, 0, 1)), 0), 3)] for _ in chosen]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    return tuple(Section(name, given, rng.choice(EVIDENCE[given])) for (name, _), given in zip(chosen, grades))


class Sheet:
    """Writes rows down one sheet."""

    def __init__(self, workbook: Workbook, rng: random.Random, sample):
        self.workbook = workbook
        self.sheet = workbook.active
        self.sheet.title = rng.choice(("Observation", "Observation record", "Skills observation"))
        self.row = 1
        self.rng = rng
        self.label_fill = rng.choice(("DEEAF6", "D9D9D9", "E2EFDA", None))
        self.dates_as_text = rng.random() < 0.45
        self.writer = common.date_writer(rng)
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.typed_dates: list[str] = []
        for column, width in zip("ABCDEFG", (34, 30, 18, 18, 22, 18, 50)):
            self.sheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, size: int | None = None,
            italic: bool = False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or size or italic:
            cell.font = Font(bold=bold, color=colour, size=size, italic=italic)
        cell.alignment = WRAP
        return cell

    def label(self, column: int, text: str):
        cell = self.put(column, text, bold=True)
        if self.label_fill:
            cell.fill = PatternFill("solid", fgColor=self.label_fill)
        return cell

    def heading(self, text: str, brand: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour=brand, size=12)
        self.row += 1

    def date(self, column: int, value: date, *, colour: str | None = None):
        if self.dates_as_text:
            written = self.writer(value)
            self.typed_dates.append(written)
            return self.put(column, written, colour=colour)
        cell = self.put(column, value, colour=colour)
        cell.number_format = self.date_format
        return cell

    def dropdown(self, cell, choices: tuple[str, ...]) -> None:
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        self.sheet.add_data_validation(validation)
        validation.add(cell.coordinate)


def _details(sheet: Sheet, rng: random.Random, sample, case_text, show_child: bool, present: str,
             brand: str) -> None:
    fields: list[tuple[str, object]] = [
        (rng.choice(("Practitioner observed", "Name of practitioner", "Worker observed")), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Observer", "Observed by", "Name of observer (manager)")), sample.auditor),
        (rng.choice(("Date of observation", "Date observed", "Observation date")), sample.date),
        (rng.choice(SETTING_LABELS), sample.setting),
    ]
    if sample.case_id:
        fields.append((rng.choice(("Case reference", "Child's case number", "Mosaic ID")), case_text))
    if show_child:
        fields.append((rng.choice(("Child's name", "Name of child")), sample.child.full_name))
        fields.append((rng.choice(("Date of birth", "Child's DOB")), sample.child.date_of_birth))
    fields.append((rng.choice(PRESENT_LABELS), present))

    style = rng.choice(("rows", "across", "grid"))
    sheet.heading(rng.choice(("Observation details", "Section 1: Details", "About the observation")), brand)

    def value(column: int, item) -> None:
        if isinstance(item, date):
            sheet.date(column, item)
        else:
            sheet.put(column, item)

    if style == "rows":
        for text, item in fields:
            sheet.label(1, text)
            value(2, item)
            sheet.row += 1
    elif style == "across":
        half = (len(fields) + 1) // 2
        for part in (fields[:half], fields[half:]):
            for column, (text, _) in enumerate(part, start=1):
                sheet.label(column, text)
            sheet.row += 1
            for column, (_, item) in enumerate(part, start=1):
                value(column, item)
            sheet.row += 1
    else:
        for start in range(0, len(fields), 2):
            for offset, (text, item) in enumerate(fields[start:start + 2]):
                sheet.label(1 + 2 * offset, text)
                value(2 + 2 * offset, item)
            sheet.row += 1


def _grade_writer(rng: random.Random, style: str):
    """How this file writes one grade into a cell: returns a function of (sheet, column, grade)."""
    if style == "typed":
        def typed(sheet: Sheet, column: int, grade: str) -> None:
            sheet.put(column, common.informal_grade(rng, grade, note_chance=0.15))
        return typed
    if style == "dropdown":
        spelling = GRADE_SPELLINGS[rng.choice(("contract", "sentence", "short", "initials"))]
        choices = tuple(spelling[grade] for grade in GRADES)

        def dropped(sheet: Sheet, column: int, grade: str) -> None:
            sheet.dropdown(sheet.put(column, spelling[grade]), choices)
        return dropped

    def numbered(sheet: Sheet, column: int, grade: str) -> None:
        sheet.put(column, KEY_NUMBERS[grade])
    return numbered


def _key_line(sheet: Sheet) -> None:
    sheet.put(1, "Rating key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
              italic=True)
    sheet.row += 1


def _skills_table(sheet: Sheet, rng: random.Random, sample, style: str, brand: str) -> None:
    sheet.heading(rng.choice(("Section 2: Practice skills observed", "Communication skills", "Skills rating")),
                  brand)
    show_prompt = rng.random() < 0.5
    if style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        mark = rng.choice(common.MARKS)
        headers = ["Skill", *(name for _, name in order), "Evidence"]
        for column, text in enumerate(headers, start=1):
            sheet.label(column, text)
        sheet.row += 1
        for section in sample.sections:
            sheet.put(1, section.name)
            for column, (grade, _) in enumerate(order, start=2):
                if grade == section.grade:
                    if mark:
                        sheet.put(column, mark, bold=True)
                    else:
                        sheet.put(column, None).fill = PatternFill("solid", fgColor=common.MARK_SHADE)
            sheet.put(6, section.comment)
            sheet.row += 1
        sheet.row += 1
        sheet.label(1, rng.choice(("Overall judgement", "Overall grade for the observed practice")))
        for column, (grade, _name) in enumerate(order, start=2):
            if grade == sample.grade:
                if mark:
                    sheet.put(column, mark, bold=True)
                else:
                    sheet.put(column, None).fill = PatternFill("solid", fgColor=common.MARK_SHADE)
        sheet.row += 1
        return
    if style == "key":
        _key_line(sheet)
    write = _grade_writer(rng, style)
    headers = ["Skill", *(("What to look for",) if show_prompt else ()), "Rating", "Evidence / comments"]
    for column, text in enumerate(headers, start=1):
        sheet.label(column, text)
    sheet.row += 1
    prompts = dict(SKILLS)
    for section in sample.sections:
        sheet.put(1, section.name)
        column = 2
        if show_prompt:
            sheet.put(2, prompts[section.name], italic=True)
            column = 3
        write(sheet, column, section.grade)
        sheet.put(column + 1, section.comment)
        sheet.row += 1
    sheet.row += 1
    sheet.label(1, rng.choice(("Overall judgement", "Overall grade for the observed practice", "Overall rating")))
    write(sheet, 2, sample.grade)
    sheet.row += 1


def _lists(sheet: Sheet, rng: random.Random, sample, brand: str) -> None:
    well = rng.choice(("What went well", "Strengths observed", "What worked well"))
    better = rng.choice(("Even better if", "Areas for development", "What could be developed"))
    style = rng.choice(("rows", "bullets", "columns"))
    if style == "columns":
        sheet.heading("Feedback", brand)
        sheet.label(1, well)
        sheet.label(2, better)
        sheet.row += 1
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            if number < len(sample.strengths):
                sheet.put(1, sample.strengths[number])
            if number < len(sample.development_areas):
                sheet.put(2, sample.development_areas[number])
            sheet.row += 1
        return
    for title, items in ((well, sample.strengths), (better, sample.development_areas)):
        sheet.heading(title, brand)
        if style == "rows":
            for item in items:
                sheet.put(1, item)
                sheet.row += 1
        else:
            sheet.put(1, "\n".join(f"• {item}" for item in items))
            sheet.row += 1


def _reflective(sheet: Sheet, rng: random.Random, sample) -> None:
    sheet.row += 1
    style = rng.choice(("typed", "dropdown", "ticks"))
    for question, answer in ((rng.choice(REFLECTIVE_QUESTIONS), sample.reflective_discussion),
                             ("Any safeguarding concern needing immediate escalation?", False)):
        sheet.label(1, question)
        if style == "ticks":
            yes, no = ("\u2612", "\u2610") if answer else ("\u2610", "\u2612")
            sheet.put(2, f"{yes} Yes   {no} No")
        elif style == "dropdown":
            sheet.dropdown(sheet.put(2, "Yes" if answer else "No"), ("Yes", "No"))
        else:
            sheet.put(2, rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
        sheet.row += 1


def _actions(sheet: Sheet, rng: random.Random, sample, brand: str) -> None:
    sheet.heading(rng.choice(("Actions / learning plan", "Agreed actions", "Development actions")), brand)
    if not sample.actions:
        sheet.put(1, rng.choice(NO_ACTIONS))
        sheet.row += 1
        return
    if rng.random() < 0.6:
        for column, text in enumerate(rng.choice((("Action", "By whom", "By when"),
                                                   ("Action agreed", "Responsible", "Timescale"))), start=1):
            sheet.label(column, text)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            sheet.date(3, action.due)
            sheet.row += 1
        return
    for number, action in enumerate(sample.actions, start=1):
        due = sheet.writer(action.due)
        sheet.typed_dates.append(due)
        sheet.put(1, f"{number}. {action.action} – {action.owner} – by {due}")
        sheet.row += 1


def _moderation(sheet: Sheet, rng: random.Random, sample) -> None:
    moderation = sample.moderation
    ink = rng.choice(common.MODERATION_INKS)
    if moderation is None:
        if rng.random() < 0.5:
            sheet.row += 1
            sheet.label(1, "Head of Service comments")
            sheet.row += 1
        return
    sheet.row += 1
    if rng.random() < 0.6:
        sheet.put(1, rng.choice(("Head of Service sign-off", "Management oversight (Head of Service)")), bold=True)
        sheet.row += 1
        sheet.label(1, "Name")
        sheet.put(2, moderation.moderator, colour=ink)
        sheet.row += 1
        sheet.label(1, "Date")
        sheet.date(2, moderation.date, colour=ink)
        sheet.row += 1
        sheet.label(1, "Comments")
        sheet.put(2, "\n".join(moderation.comments), colour=ink)
        sheet.row += 1
        return
    when = sheet.writer(moderation.date)
    sheet.typed_dates.append(when)
    sheet.label(1, "HoS comments")
    sheet.put(2, f"{' '.join(moderation.comments)} – {moderation.moderator}, {when}", colour=ink)
    sheet.row += 1


def _guidance(workbook: Workbook, sample) -> None:
    guide = workbook.create_sheet("Guidance")
    guide.column_dimensions["A"].width = 28
    guide.column_dimensions["B"].width = 60
    guide.cell(row=1, column=1, value="Skill").font = Font(bold=True)
    guide.cell(row=1, column=2, value="What the observer looks for").font = Font(bold=True)
    for row, (skill, prompt) in enumerate(SKILLS, start=2):
        guide.cell(row=row, column=1, value=skill)
        guide.cell(row=row, column=2, value=prompt)
    guide.cell(row=len(SKILLS) + 3, column=1,
               value="Rate only the skills you saw. Agree the feedback with the practitioner on the day.")


def _build_one(index: int, sample, style: str, today: date) -> HeldOutForm:
    rng = random.Random(f"{SEED}:{index}")
    sample = replace(sample, sections=_skills(rng, sample.grade))
    others: list[str] = []
    also: list[str] = []
    case_text: object = None
    if sample.case_id:
        choice = rng.random()
        if choice < 0.35:
            sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
            case_text = sample.case_id
        else:
            case_text = int(sample.case_id) if choice < 0.7 else sample.case_id
    group = sample.setting == GROUP_SETTING
    if group:
        others = common.attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        present = ", ".join(others)
    else:
        people = [f"{parent} (parent)" for parent in sample.child.parents]
        if rng.random() < 0.35:
            brother_or_sister, _ = common.siblings(rng, sample.child, 1, today)[0]
            others.append(brother_or_sister)
            people.append(f"{brother_or_sister} (sibling)")
        if sample.setting != "Home visit":
            people.append(rng.choice(("school DSL", "health visitor", "IRO", "family support worker")))
        present = "; ".join(people)
    show_child = not group and rng.random() < 0.85

    workbook = Workbook()
    sheet = Sheet(workbook, rng, sample)
    brand = rng.choice(common.BRAND_COLOURS)
    sheet.put(1, common.council_line(rng), bold=True, colour=brand, size=12)
    sheet.row += 1
    title = rng.choice(TITLES)
    sheet.put(1, title, bold=True, size=14)
    sheet.row += 1
    if rng.random() < 0.5:
        sheet.put(1, "To be completed by the observing manager and shared with the practitioner within 5 working "
                     "days.", italic=True)
        sheet.row += 1
    _details(sheet, rng, sample, case_text, show_child, present, brand)
    _skills_table(sheet, rng, sample, style, brand)
    _lists(sheet, rng, sample, brand)
    _reflective(sheet, rng, sample)
    _actions(sheet, rng, sample, brand)
    _moderation(sheet, rng, sample)
    if rng.random() < 0.4:
        _guidance(workbook, sample)

    if show_child and sheet.dates_as_text:
        also.append(sheet.writer(sample.child.date_of_birth))
    written = datetime.combine(sample.moderation.date if sample.moderation else sample.date, time(15, 40))
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps the wall-clock time.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return common.held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                           also=tuple(also))


def build(today: date) -> list[HeldOutForm]:
    """Sixteen filled-in observation workbooks."""
    styles = ["typed", "dropdown", "key", "columns"] * (COUNT // 4)
    random.Random(SEED).shuffle(styles)
    return [_build_one(index, sample, style, today)
            for index, (sample, style) in enumerate(zip(_observations(today), styles), start=1)]
