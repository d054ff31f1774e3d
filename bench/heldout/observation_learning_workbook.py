"""Observation of practice kept as a learning workbook (Excel), one
observation to a workbook: who observed whom, when, in which team and
service, the kind of session (a home visit, a meeting, a review, a group
at the family hub), the child and their case reference or, for a group,
the adults who came; five areas of practice each graded with the
observer's evidence; an overall grade; what went well and what would make
it even better; the practitioner's own reflection and whether a reflective
discussion was held; an immediate safeguarding question; learning and
development actions with who and by when; and a Head of Service's
moderation.

Modelled on Bridgend County Borough Council's children's social care as
published accounts of its inspections describe it: Care and Social
Services Inspectorate Wales' "Inspection of Children's Services, Bridgend
County Borough Council" (June 2017: inspectors looked at the quality of
practice and what the council knew about its own performance;
recommendations to monitor quality assurance reports continuously, to
improve the quality and consistency of assessments and plans and to
strengthen the voices of children and families), and the Care
Inspectorate Wales improvement check visit of November 2022 as the
council's scrutiny committee heard it (the implementation of a Signs of
Safety practice model, leaders' oversight of practice quality). The areas
follow the principles of the Social Services and Well-being (Wales) Act
2014 the inspections apply (voice and control, what matters to the child
and family, co-production, the Welsh language active offer) and Signs of
Safety's strengths, worries and next steps. The sources describe no
observation form, so the workbook is our own judgement: one sheet or a
"Details" / "Observation" / "Learning" set (sometimes with a hidden sheet
of drop-down lists), details one to a row, two to a row or as a strip of
labels over values, each area graded from a drop-down, typed informally,
scored on a printed 1 to 4 key, marked under four grade columns or
left as the printed "Outstanding / Good / Requires improvement /
Inadequate" with the grades not given struck through; dates
typed in several spellings or kept as Excel dates; WCCIS references
plain or prefixed; the moderation in the Head of Service's own colour.
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

from bot.samples import COUNCIL, STAFF, Section, sample_forms
from bot.samples.forms import OBSERVATION, Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over

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
)

FAMILY = "observation_learning_workbook"
SEED = 9573
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's five areas of observed practice and a prompt printed under each.
AREAS = (
    ("Preparation and purpose", "Was the session planned, and was its purpose explained to the family?"),
    ("What matters – voice of the child and family", "Were the child's and family's own words heard and used?"),
    ("Relationship and communication (incl. Welsh language active offer)",
     "Warmth, respect, plain language; was the active offer made?"),
    ("Exploring strengths and worries", "Were danger, harm and safety explored alongside what is working well?"),
    ("Agreeing next steps", "Did everyone leave knowing what happens next, and who will do it?"),
)
EVIDENCE = {
    OUTSTANDING: ("Exceptional – the family were clearly at the centre throughout.",
                  "Skilful and confident; a model for the team.",
                  "Creative, well judged and fully co-produced with the family."),
    GOOD: ("Clear and well managed; the family understood what was happening.",
           "Solid practice; a couple of missed chances to go further.",
           "Respectful and focused, in line with our practice model."),
    REQUIRES_IMPROVEMENT: ("Partly seen – the practitioner ran out of time for this.",
                           "Some drift; the session lost focus in places.",
                           "Not clear enough; the family looked unsure at the end."),
    INADEQUATE: ("Not seen during the session.",
                 "Worries were not explored and the family's account was accepted without question.",
                 "No plan was agreed and no one was given a next step."),
}
REFLECTIONS = (
    "I was nervous being observed but it helped me slow down and listen more.",
    "On reflection I would leave more time at the end to check what the family have taken from the visit.",
    "I want to use more visual tools next time; the conversation got very adult-focused.",
    "Good to get feedback on my questioning – I tend to fill silences.",
)
CHILD_REFLECTIONS = (
    "I think {child} would have said more if we had met somewhere other than the living room.",
    "{child} responded well to the drawing; I will carry on with that in my next visits.",
)
TITLES = (
    "Observation of Practice – Learning Workbook",
    "Practice Observation and Reflective Learning Record",
    "OBSERVED PRACTICE: LEARNING & DEVELOPMENT WORKBOOK",
    "Arsylwi Ymarfer / Observation of Practice",
)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADINGS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires improvement", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORE_KEYS = (
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
URGENT_DETAILS = (
    "During the visit {child} said they were scared to go home after school because of arguments between "
    "the adults. Discussed with the Team Manager straight after the visit and a strategy discussion was "
    "requested the same afternoon.",
    "Observer saw an unexplained bruise on {child}'s arm that was not raised by the practitioner. Raised with "
    "the Head of Service on the day; a child protection medical has been arranged.",
)
MODERATOR_COMMENTS = {
    "same": ("I have read the observation and spoken with the observer – I agree with the grade.",
             "Judgement confirmed. Good use of the reflective discussion."),
    "up": ("The evidence recorded supports a higher grade than given; the voice of the child is strong.",),
    "down": ("The evidence on worries is thin; I do not think this yet meets the grade given.",
             "Next steps were not agreed with the family, which the grade does not reflect."),
    "remarks": ("Read. Please make sure the learning is picked up in supervision.",
                "Read and noted – a useful observation; share the tools used with the team."),
}
NO_ACTIONS = ("No development actions – practice was of a good standard.",
              "None identified from this observation.", "No actions agreed.")
NOT_MODERATED = ("", "Not sampled for moderation", "N/A")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H; grade columns, when used, are I to L


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(500, seed=SEED, today=today, feedback_question=True)
            if form.kind == OBSERVATION]
    groups = [form for form in pool if form.case_id is None][:2]
    singles = [form for form in pool if form.case_id is not None]
    roles = ["urgent"] * 2 + ["remarks"] * 2 + ["change"] * 3 + ["confirm"] * 2
    roles += ["plain"] * (count - len(groups) - len(roles))
    chosen = list(zip(singles, roles)) + [(form, "plain") for form in groups]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(chosen[:count])]


def _step(grade: str, rng: random.Random) -> str:
    """A neighbouring grade."""
    position = GRADE_ORDER.index(grade)
    options = [GRADE_ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(GRADE_ORDER)]
    return rng.choice(options)


def _prepare(rng: random.Random, sample, role: str, today: date):
    """The sample as this form carries it: the council's areas graded, the
    case reference as written, the moderation and urgent concern the role
    asks for, attendees for a group session."""
    changes: dict = {}
    sections = []
    for name, _ in AREAS:
        grade = sample.grade if rng.random() < 0.6 else _step(sample.grade, rng)
        sections.append(Section(name, grade, rng.choice(EVIDENCE[grade])))
    changes["sections"] = tuple(sections)
    group: list[str] = []
    if sample.case_id is None:
        group = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, group[0]))
    elif rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    observer = next(member for member in STAFF if member.name == sample.auditor)
    head = head_of_service_over(observer)
    moderated_on = min(sample.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1))
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS).replace("{child}", sample.child.first_name)
        changes["moderation"] = None
    elif role == "remarks":
        changes["moderation"] = sample.moderation or Moderation(
            head.name, moderated_on, (rng.choice(MODERATOR_COMMENTS["remarks"]),))
    elif role == "confirm":
        changes["moderation"] = Moderation(head.name, moderated_on, (rng.choice(MODERATOR_COMMENTS["same"]),),
                                           grade=sample.grade)
    elif role == "change":
        new = _step(sample.grade, rng)
        way = "up" if GRADE_ORDER.index(new) < GRADE_ORDER.index(sample.grade) else "down"
        changes["moderation"] = Moderation(head.name, moderated_on, (rng.choice(MODERATOR_COMMENTS[way]),),
                                           grade=new)
    else:
        changes["moderation"] = None
    return replace(sample, **changes), group


class _Writer:
    """A worksheet written top to bottom."""

    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEFGHIJKL", (16, 16, 14, 14, 16, 14, 14, 14, 9, 9, 9, 9)):
            sheet.column_dimensions[column].width = width

    def cell(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None,
             size=None, number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text: str, subtitle: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1
        self.cell(self.row, 1, subtitle, italic=True, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 2

    def band(self, text: str, last: int = WIDTH) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, height=None) -> int:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = height or 15 * max(1, len(text) // 100 + 1)
        self.row += 1
        return self.row - 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, original, role: str, today: date) -> HeldOutForm:
    sample, group = _prepare(rng, original, role, today)
    child = sample.child
    moderation = sample.moderation
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("list", "pairs", "strip"))
    grade_style = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "struck", "struck"))
    overall_style = grade_style if rng.random() < 0.7 else "dropdown"
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    score_key = rng.choice(SCORE_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    hidden_lists = rng.random() < 0.5
    title = rng.choice(TITLES)
    font = rng.choice(("Arial", "Calibri", "Verdana"))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists_sheet = None

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_sheet
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_sheet is None:
                    lists_sheet = workbook.create_sheet("Lists")
                    lists_sheet.sheet_state = "hidden"
                column = len(validations) + 1
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
        first.title = rng.choice(("Observation", "Obs record", "Practice observation"))
        details_ws = areas_ws = learning_ws = first
    else:
        first.title = rng.choice(("1. Details", "Details", "About the observation"))
        areas_ws = workbook.create_sheet(rng.choice(("2. Observation", "Observation", "Areas of practice")))
        learning_ws = workbook.create_sheet(rng.choice(("3. Learning", "Learning & actions", "Reflection")))
        details_ws = first
    subtitle = council_line(rng)

    # --- details -----------------------------------------------------------
    sheet = _Writer(details_ws, font, brand)
    sheet.title(title, subtitle)
    sheet.band(rng.choice(("Part 1 – About the observation", "Observation details", "DETAILS")))
    if child:
        reference_label = rng.choice(("WCCIS ID", "Case reference", "WCCIS number", "Child's ID"))
        people = [(rng.choice(("Child's name", "Child / young person")), child.full_name, None),
                  ("Date of birth", *day(child.date_of_birth)),
                  (reference_label, sample.case_id, None)]
    else:
        people = [(rng.choice(("Group / session", "Name of group")),
                   rng.choice(("Parenting group", "Family hub drop-in group", "Parents' support group")), None),
                  (rng.choice(("Attendees", "Parents / carers attending", "Who attended")), ", ".join(group), None),
                  (rng.choice(("WCCIS ID", "Case reference")), rng.choice(("N/A – group session", "n/a", "N/A")),
                   None)]
    observed_on, observed_fmt = day(sample.date)
    details = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), sample.auditor, None),
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner,
         None),
        ("Team", sample.team, None),
        ("Service", sample.service, None),
        (rng.choice(("Date of observation", "Date observed", "Observation date")), observed_on, observed_fmt),
        (rng.choice(("Type of activity observed", "Setting", "What was observed")), sample.setting, None),
        *people,
    ]
    setting_choices = ("Home visit", "Child protection conference", "Core group meeting", "Family time session",
                       "Child in care review", "Direct work session at school", "Group session at the family hub")
    if details_style == "list":
        for label, value, number_format in details:
            sheet.cell(sheet.row, 1, label, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 3)
            target = sheet.cell(sheet.row, 4, value, number_format=number_format)
            sheet.merge(sheet.row, 4, WIDTH)
            if value == sample.setting and sample.setting in setting_choices and rng.random() < 0.6:
                dropdown(details_ws, target.coordinate, setting_choices)
            sheet.skip()
    elif details_style == "pairs":
        for offset in range(0, len(details), 2):
            for (label, value, number_format), column in zip(details[offset:offset + 2], (1, 5)):
                sheet.cell(sheet.row, column, label, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row, column + 2, value, number_format=number_format)
                sheet.merge(sheet.row, column + 2, column + 3)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:  # a strip of labels over their values, four to a strip, two columns each
        for offset in range(0, len(details), 4):
            chunk = details[offset:offset + 4]
            for position, (label, _, _) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + 2 * position, label, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, 1 + 2 * position, 2 + 2 * position)
            sheet.skip()
            for position, (_, value, number_format) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + 2 * position, value, number_format=number_format)
                sheet.merge(sheet.row, 1 + 2 * position, 2 + 2 * position)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    sheet.skip()

    # --- areas of practice ----------------------------------------------------------
    if areas_ws is not details_ws:
        sheet = _Writer(areas_ws, font, brand)
        sheet.title(title, rng.choice(("Areas of practice observed", subtitle)))
    wide = WIDTH + 4 if grade_style == "columns" else WIDTH
    sheet.band(rng.choice(("Part 2 – What did you see?", "Areas of practice", "OBSERVATION – GRADED AREAS")),
               last=wide)
    if grade_style == "score":
        sheet.line("Score each area using the key:", bold=True)
        for grade in sorted(GRADE_ORDER, key=lambda g: -score_key[g]):
            sheet.line(f"{score_key[grade]} = {KEY_WORDS[grade]}", italic=True)
    sheet.cell(sheet.row, 1, "Area of practice", bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 3)
    sheet.cell(sheet.row, 4, rng.choice(("Evidence – what did you see and hear?", "Observer's evidence")),
               bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 4, 7)
    if grade_style == "columns":
        sheet.cell(sheet.row, 8, "", fill="F2F2F2")
        for column, heading in zip(range(9, 13), headings):
            sheet.cell(sheet.row, column, heading, bold=True, fill="F2F2F2")
    else:
        sheet.cell(sheet.row, 8, rng.choice(("Grade", "Judgement", "Score" if grade_style == "score" else "Grade")),
                   bold=True, fill="F2F2F2")
    sheet.skip()
    prompts = rng.random() < 0.5
    for (name, prompt), section in zip(AREAS, sample.sections):
        sheet.cell(sheet.row, 1, f"{name}\n{prompt}" if prompts else name, bold=not prompts)
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, section.comment)
        sheet.merge(sheet.row, 4, 7)
        _grade_cells(sheet, areas_ws, grade_style, section.grade, words, score_key, column_mark, dropdown, rng)
        sheet.sheet.row_dimensions[sheet.row].height = 48 if prompts else 32
        sheet.skip()
    sheet.skip()
    if overall_style == "columns" and grade_style != "columns":
        for column, heading in zip(range(9, 13), headings):
            sheet.cell(sheet.row, column, heading, bold=True, fill="F2F2F2")
        sheet.skip()
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade for the observation", "OVERALL JUDGEMENT",
                                         "Overall grade")), bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 7)
    _grade_cells(sheet, areas_ws, overall_style, sample.grade, words, score_key, column_mark, dropdown, rng)
    sheet.skip(2)

    # --- learning ---------------------------------------------------------------------
    if learning_ws is not areas_ws:
        sheet = _Writer(learning_ws, font, brand)
        sheet.title(title, rng.choice(("Learning from the observation", subtitle)))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for heading, items in ((rng.choice(("What went well?", "Strengths seen", "Beth aeth yn dda / What went well")),
                            sample.strengths),
                           (rng.choice(("Even better if…", "Areas for development", "What could be better?")),
                            sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.line("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.line(f"{bullet}{item}", height=28)
        sheet.skip()

    sheet.band(rng.choice(("Practitioner's reflection", "In the practitioner's words", "Reflection")))
    reflection = [rng.choice(REFLECTIONS)]
    if child and rng.random() < 0.5:
        reflection.append(rng.choice(CHILD_REFLECTIONS).replace("{child}", child.first_name))
    if group:
        reflection.append(mention(rng, ATTENDEE_SENTENCES, group[-1]))
    sheet.line(" ".join(reflection), height=42)
    question = rng.choice(("Was a reflective discussion held with the practitioner afterwards?",
                           "Reflective discussion after the observation?",
                           "Reflective conversation held?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 5)
    if sample.reflective_discussion:
        answer = rng.choice(("Yes", "Yes", "Yes – same day"))
    else:
        answer = rng.choice(("No", "No", "No – practitioner on leave, to be arranged"))
    target = sheet.cell(sheet.row, 6, answer, fill="FFF2CC", bold=True)
    sheet.merge(sheet.row, 6, WIDTH)
    if answer in ("Yes", "No"):
        dropdown(learning_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip(2)

    sheet.band(rng.choice(("Immediate safeguarding", "Is the child safe?", "Safeguarding concerns")))
    sheet.cell(sheet.row, 1, rng.choice((
        "Did anything seen or heard raise an immediate safeguarding concern?",
        "Were any concerns identified that needed escalating on the day?")), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "None"))
    target = sheet.cell(sheet.row, 6, answer, fill="FFF2CC", bold=True)
    sheet.merge(sheet.row, 6, WIDTH)
    if answer in ("Yes", "No"):
        dropdown(learning_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip()
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.cell(sheet.row, 1, "If yes, what was done and who was told?", bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 4, WIDTH)
        sheet.sheet.row_dimensions[sheet.row].height = 45
        sheet.skip()
    sheet.skip()

    sheet.band(rng.choice(("Learning and development actions", "Actions – who, what, by when",
                           "DEVELOPMENT ACTIONS")))
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS))
    elif action_style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("Development action", "Responsible", "Target date")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 5)
        sheet.cell(sheet.row, 6, headers[1], bold=True, fill="D9E1F2")
        sheet.cell(sheet.row, 7, headers[2], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 7, WIDTH)
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.merge(sheet.row, 7, WIDTH)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} ({action.owner} – by {when(action.due)})", height=28)
    sheet.skip()

    if moderation or rng.random() < 0.6:
        sheet.band(rng.choice(("Head of Service moderation", "Moderation", "Quality assurance – moderation")))
        labels = (rng.choice(("Moderated by", "Moderator")), rng.choice(("Date", "Date moderated")),
                  rng.choice(("Agree with the overall grade?", "Grade agreed?")),
                  rng.choice(("Moderated grade", "Grade after moderation")), "Comments")
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = "Yes" if moderation.grade == sample.grade else "No"
                grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for label, value, number_format in zip(labels, values, formats):
            sheet.cell(sheet.row, 1, label, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, value, number_format=number_format, colour=ink if moderation else None,
                       bold=label == labels[3])
            sheet.merge(sheet.row, 4, WIDTH)
            if label == labels[4]:
                sheet.sheet.row_dimensions[sheet.row].height = 40
            sheet.skip()
        sheet.skip()

    sheet.band(rng.choice(("Sign-off", "Signatures")))
    for label, name in (("Observer", sample.auditor), ("Practitioner", sample.practitioner)):
        sheet.cell(sheet.row, 1, label, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, name, italic=True)
        sheet.merge(sheet.row, 4, 6)
        signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
        sheet.cell(sheet.row, 7, signed, number_format=signed_fmt)
        sheet.merge(sheet.row, 7, WIDTH)
        sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(group), also=also)


def _grade_cells(sheet: _Writer, ws, style: str, grade: str, words, score_key, mark: str, dropdown,
                 rng: random.Random) -> None:
    """A grade on the current row: a drop-down choice in H, typed words, a
    score on the printed key, or a mark under four grade columns (I to L)."""
    row = sheet.row
    if style == "columns":
        sheet.cell(row, 8, None)
        for column, option in zip(range(9, 13), GRADE_ORDER):
            if option == grade:
                if mark:
                    sheet.cell(row, column, mark, bold=True)
                else:
                    sheet.cell(row, column, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(row, column, None)
    elif style == "dropdown":
        target = sheet.cell(row, 8, words[grade], bold=True, fill="FFF2CC")
        dropdown(ws, target.coordinate, tuple(words[g] for g in GRADE_ORDER))
    elif style == "score":
        score = score_key[grade]
        sheet.cell(row, 8, score if rng.random() < 0.7 else f"{score} – {KEY_WORDS[grade]}", bold=True,
                   fill="FFF2CC")
    elif style == "struck":  # the four grades printed in the cell, the others struck through
        parts = []
        for position, option in enumerate(GRADE_ORDER):
            if position:
                parts.append(" / ")
            chosen = option == grade
            parts.append(TextBlock(InlineFont(rFont=sheet.font, sz=10, b=chosen, strike=not chosen),
                                   KEY_WORDS[option]))
        target = sheet.cell(row, 8, None)
        target.value = CellRichText(*parts)
    else:
        sheet.cell(row, 8, informal_grade(rng, grade, note_chance=0.25), bold=True)
