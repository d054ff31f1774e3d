"""Observation of practice kept as an Excel workbook, one observation to a
workbook: who observed whom, when, and what kind of direct work (a home
visit, a meeting, a review, a group session at the family hub); the child
and case reference, or for a group session the parents and carers who
came; five areas of practice each graded with the observer's evidence;
an overall grade; whether anything seen needs an immediate safeguarding
response (through the MASH+ front door); what went well and what would be
even better; whether a reflective discussion with the practitioner was
held afterwards and what they took from it; development actions; and a
Head of Service's countersignature and moderation.

Modelled on Southend-on-Sea Borough Council's children's services as the
published account of Ofsted's 2019 inspection describes them (WillisPalmer,
"Services for children in Southend require improvement to be good": the
front door's multi-agency MASH+ highly effective, a quality assurance
framework recently put in place that does not yet give senior leaders a
wholly accurate understanding of the quality of front-line practice or of
whether children are better off, management oversight of key child
protection processes inconsistent). A framework that wants a truer picture
of front-line practice watches it: the observation workbook, graded on the
inspection's four-point scale, with a manager's direct observation, a
reflective conversation afterwards and a Head of Service's oversight, is
our judgement of what such a framework's tool looks like: the account
shows no form. What varies: one sheet or a "Details" / "Observation" /
"Reflection & sign-off" set of sheets (sometimes a hidden "Lists" sheet
behind the drop-downs); the details as label and value pairs, two pairs
to a row, or a strip of headings over one row of values; the areas graded
from a drop-down, typed informally, numbered on a printed key, or marked
under four coloured grade columns (a tick, an X or the cell filled);
dates typed in several spellings or kept as Excel dates; case references
plain or with a system prefix; the moderation in a box typed in the Head
of Service's colour or in a row beside the overall grade; actions as a
table, numbered lines in one cell, or a "no actions" sentence.
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

from bot.samples import COUNCIL, STAFF, Section
from bot.samples.forms import OBSERVATION
from bot.samples.ooxml import stable_zip
from bot.samples.people import FAMILY_SURNAMES
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
)

FAMILY = "practice_observation_workbook"
SEED = 9124
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The five areas the observer grades, with the prompt printed under each.
AREAS = (
    ("Planning and purpose", "Was the practitioner prepared, and was the purpose of the session clear to everyone?"),
    ("Building relationships", "How did the practitioner engage the child, family or group and put them at ease?"),
    ("The child's voice and lived experience",
     "Was the child seen, heard and understood (or kept in mind if not present)?"),
    ("Risk, strengths and challenge", "Were worries named clearly and strengths recognised? Was there challenge?"),
    ("Outcome and next steps", "Did everyone leave knowing what happens next and who will do it?"),
)
EVIDENCE = {
    OUTSTANDING: ("Exceptional – the session was carefully planned around the family's needs.",
                  "Confident, creative practice; the family were clearly at ease.",
                  "Excellent – could be used as an example for the team."),
    GOOD: ("Clear and well prepared; the family understood why we were there.",
           "Respectful and warm; some good use of open questions.",
           "Consistent with the plan; agreed next steps recorded."),
    REQUIRES_IMPROVEMENT: ("Some preparation evident but the purpose drifted part way through.",
                           "Engagement was polite but the conversation was led by the adults.",
                           "Next steps were discussed but not summarised at the end."),
    INADEQUATE: ("Little evidence of preparation; the practitioner had not read the latest plan.",
                 "Worries were not named; the family were left unclear about the concerns.",
                 "No clear outcome; the session ended without agreed actions."),
}
TITLES = (
    "Practice Observation Workbook",
    "Observation of Practice – Record and Reflection",
    "DIRECT PRACTICE OBSERVATION",
    "Practice Observation Tool (Managers / Practice Leads)",
)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
HEADINGS = (("Outstanding", "Good", "RI", "Inadequate"), ("O", "G", "RI", "I"),
            ("Outstanding", "Good", "Requires improvement", "Inadequate"))
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
SETTING_CHOICES = ("Home visit", "Child protection conference", "Core group meeting", "Family time session",
                   "Child in care review", "Direct work session at school", "Group session at the family hub",
                   "Other")
URGENT_DETAILS = (
    "{name} said during the visit that mum's partner had hit her; the practitioner and I rang MASH+ "
    "straight afterwards and a strategy discussion was held the same day.",
    "Unsafe sleeping arrangements seen for the baby and an adult present who is not known to us; "
    "discussed with the duty Practice Manager and a visit agreed for tomorrow.",
    "{name}'s mother appeared intoxicated while caring for the children; police and the duty team "
    "informed during the visit and a safety plan agreed.",
)
MODERATION_TEXT = {
    "agree": ("I have read the record and discussed it with the observer. I agree with the grade given.",
              "Countersigned. The evidence supports the overall grade.", "Agreed – a fair and balanced record."),
    "change": ("Having read the evidence I do not think it supports the grade; moderated as shown.",
               "The evidence in the areas above points to a different overall grade – amended following "
               "discussion with the observer.",
               "Moderated: the grade has been adjusted to reflect the evidence for the child's voice."),
}
NO_ACTIONS = ("No development actions agreed – reflection to continue in supervision.",
              "None identified.", "No actions from this observation.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.case_id is None and not sample.moderation][:2]
    casework = [sample for sample in pool if sample.case_id is not None]
    moderated = [sample for sample in casework if sample.moderation]
    plain = [sample for sample in casework if not sample.moderation]
    urgent, plain = plain[:2], plain[2:]
    plan = ([(sample, "urgent") for sample in urgent]
            + [(sample, "comments") for sample in moderated[:2]]
            + [(sample, "change") for sample in moderated[2:5]]
            + [(sample, "agree") for sample in moderated[5:7]]
            + [(sample, "group") for sample in groups])
    plan += [(sample, "plain") for sample in plain[: count - len(plan)]]
    rng.shuffle(plan)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(plan[:count])]


def _areas(rng: random.Random, grade: str) -> tuple[Section, ...]:
    """Five area grades around the overall one, each with its evidence."""
    position = GRADE_ORDER.index(grade)
    sections = []
    for name, _ in AREAS:
        shift = rng.choices((0, -1, 1), weights=(6, 2, 2))[0]
        area = GRADE_ORDER[min(3, max(0, position + shift))]
        sections.append(Section(name, area, rng.choice(EVIDENCE[area])))
    return tuple(sections)


def _adjust(rng: random.Random, sample, role: str, today: date):
    """The sample as this workbook carries it."""
    changes: dict = {"sections": _areas(rng, sample.grade)}
    others: tuple[str, ...] = ()
    if sample.case_id and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if role == "urgent":
        text = rng.choice(URGENT_DETAILS).format(name=sample.child.first_name)
        changes.update(urgent_concern=True, urgent_concern_detail=text)
    if role in ("change", "agree"):
        position = GRADE_ORDER.index(sample.grade)
        if role == "agree":
            moderated = sample.grade
        else:
            moderated = GRADE_ORDER[position + 1] if position < 2 else GRADE_ORDER[position - 1]
        changes["moderation"] = replace(sample.moderation, grade=moderated,
                                        comments=(rng.choice(MODERATION_TEXT[role]),))
    if role == "group":
        others = tuple(attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)))
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, others[0]))
        if rng.random() < 0.5:
            changes["development_areas"] = (*sample.development_areas,
                                             f"Give {others[1].split()[0]} time to speak before moving the group on.")
    if rng.random() < 0.15 and sample.actions:
        changes["actions"] = ()
    return replace(sample, **changes), others


class _Sheet:
    """A worksheet written downwards, eight columns wide (A to H)."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, last: int | None = None, height: float | None = None):
        cell = self.ws.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            if border:
                for other in range(column + 1, last + 1):
                    self.ws.cell(row=row, column=other).border = BOX
        if height:
            self.ws.row_dimensions[row].height = height
        return cell

    def band(self, text: str, last: int = 8) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11, last=last)
        self.row += 1

    def note(self, text: str, *, italic=True, bold=False, colour=None) -> None:
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False, last=8,
                 height=15 * (len(text) // 100 + 1))
        self.row += 1


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    sample, others = _adjust(rng, sample, role, today)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    grading = rng.choice(("dropdown", "typed", "key", "columns", "columns"))
    words = rng.choice(WORDS)
    headings = rng.choice(HEADINGS)
    key = rng.choice(KEYS)
    tick = rng.choice(("\u2713", "X", "x", ""))  # "" fills the chosen cell in its colour
    details_style = rng.choice(("pairs", "grid", "strip"))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    hidden_lists = rng.random() < 0.5
    moderation = sample.moderation
    moderation_in_row = moderation is not None and rng.random() < 0.35
    child = sample.child
    title = rng.choice(TITLES)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists: list = []

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key_ = (ws.title, choices)
        if key_ not in validations:
            if hidden_lists:
                if not lists:
                    sheet = workbook.create_sheet("Lists")
                    sheet.sheet_state = "hidden"
                    lists.append(sheet)
                column = len(validations) + 1
                for position, choice in enumerate(choices, start=1):
                    lists[0].cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key_] = validation
        validations[key_].add(coordinate)

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Observation", "Practice Obs", "Obs record"))
        details_ws = areas_ws = close_ws = first
    else:
        first.title = rng.choice(("Details", "1 Details", "Who & when"))
        areas_ws = workbook.create_sheet(rng.choice(("Observation", "2 Observation", "Grading")))
        close_ws = workbook.create_sheet(rng.choice(("Reflection & sign-off", "3 Reflection", "Sign off")))
        details_ws = first
    sheets: dict[str, _Sheet] = {}
    for ws in (details_ws, areas_ws, close_ws):
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand)
            for column, width in zip("ABCDEFGH", (24, 16, 22, 16, 14, 14, 14, 14)):
                ws.column_dimensions[column].width = width

    # --- title and details ---------------------------------------------------------
    sheet = sheets[details_ws.title]
    sheet.put(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=12, border=False, last=8)
    sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False, last=8, height=22)
    sheet.row = 3
    sheet.note(rng.choice((
        "To be completed by the observing manager within 5 working days and returned to the QA team.",
        "OFFICIAL – SENSITIVE once completed. Yellow cells: choose from the drop-down list.",
        "Observations are part of our Quality Assurance Framework: see practice as families experience it.",
    )))
    sheet.row += 1
    observer = sample.auditor
    observer_role = _role(observer)
    if observer_role and rng.random() < 0.4:
        observer = f"{observer} ({observer_role})"
    show_team = rng.random() < 0.85
    show_service = rng.random() < 0.8
    if not show_team:
        sample = replace(sample, team=None)
    if not show_service:
        sample = replace(sample, service=None)
    date_value, date_fmt = day(sample.date)
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer, None),
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner,
         None),
    ]
    if show_team:
        details.append((rng.choice(("Team", "Practitioner's team")), sample.team, None))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Date of observation", "Date observed", "Observation date")), date_value, date_fmt))
    setting_row = (rng.choice(("Type of practice observed", "Setting", "What was observed")), sample.setting, None)
    details.append(setting_row)
    if child:
        case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
        born_value, born_fmt = day(child.date_of_birth)
        details += [
            (rng.choice(("Case ref (LCS)", "Child's ID", "Case number")), case_value, None),
            (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
            (rng.choice(("DOB", "Date of birth")), born_value, born_fmt),
            (rng.choice(("Parents / carers present", "Parent(s) / carer(s)")), ", ".join(child.parents), None),
        ]
        if rng.random() < 0.35:
            details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    else:
        details += [
            (rng.choice(("Case ref (LCS)", "Child's ID", "Case number")),
             rng.choice(("N/A – group session", "n/a", "Group – no case ref")), None),
            (rng.choice(("Parents / carers attending", "Group attendees", "Who attended")), ", ".join(others), None),
        ]
    setting_cells: list[tuple[object, str]] = []
    if details_style == "pairs":
        for text, value, number_format in details:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2", last=2)
            cell = sheet.put(sheet.row, 3, value, number_format=number_format, fill="FFF2CC", last=6)
            if text == setting_row[0]:
                setting_cells.append((details_ws, cell.coordinate))
            sheet.row += 1
    elif details_style == "grid":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 4 * offset
                sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
                cell = sheet.put(sheet.row, column + 1, value, number_format=number_format, last=column + 3)
                if text == setting_row[0]:
                    setting_cells.append((details_ws, cell.coordinate))
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (text, value, number_format) in enumerate(chunk):
                column = 1 + 2 * offset
                sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2", last=column + 1)
                cell = sheet.put(sheet.row + 1, column, value, number_format=number_format, last=column + 1,
                                 height=30)
                if text == setting_row[0]:
                    setting_cells.append((details_ws, cell.coordinate))
            sheet.row += 2
    for ws, coordinate in setting_cells:
        if rng.random() < 0.6:
            dropdown(ws, coordinate, SETTING_CHOICES)
    sheet.row += 1

    # --- graded areas ------------------------------------------------------------
    sheet = sheets[areas_ws.title]
    if areas_ws is not details_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=8)
        sheet.row = 3
    sheet.band(rng.choice(("Part 2 – What did you see?", "Areas of practice", "OBSERVATION – AREAS OF PRACTICE")))
    if grading == "key" or rng.random() < 0.3:
        ordered = sorted(GRADE_ORDER, key=lambda grade: key[grade]) if grading == "key" else GRADE_ORDER
        text = "   ".join(f"{key[grade]} = {KEY_WORDS[grade]}" if grading == "key" else KEY_WORDS[grade]
                          for grade in ordered)
        sheet.note(("Grading key:  " if grading == "key" else "Grades:  ") + text, bold=True, italic=False)
    columns = grading == "columns"
    sheet.put(sheet.row, 1, "Area of practice", bold=True, fill="F2F2F2")
    sheet.put(sheet.row, 2, rng.choice(("Evidence – what did you observe?", "Observer's evidence", "Comments")),
              bold=True, fill="F2F2F2", last=4)
    if columns:
        for column, heading in zip(range(5, 9), headings):
            sheet.put(sheet.row, column, heading, bold=True, fill="F2F2F2")
    else:
        sheet.put(sheet.row, 5, rng.choice(("Grade", "Judgement", "Grade (1-4)" if grading == "key" else "Grade")),
                  bold=True, fill="F2F2F2", last=6)
    sheet.row += 1

    def grade_cells(ws_sheet: _Sheet, row: int, grade: str, *, bold: bool = False) -> None:
        if columns:
            for column, option in zip(range(5, 9), GRADE_ORDER):
                if option == grade:
                    if tick:
                        ws_sheet.put(row, column, tick, bold=True, fill=FILLS[grade] if rng.random() < 0.4 else None)
                    else:
                        ws_sheet.put(row, column, None, fill=FILLS[grade])
                else:
                    ws_sheet.put(row, column, None)
        elif grading == "dropdown":
            cell = ws_sheet.put(row, 5, words[grade], bold=bold, fill="FFF2CC", last=6)
            dropdown(ws_sheet.ws, cell.coordinate, tuple(words[option] for option in GRADE_ORDER))
        elif grading == "key":
            value = key[grade] if rng.random() < 0.7 else f"{key[grade]} - {KEY_WORDS[grade]}"
            ws_sheet.put(row, 5, value, bold=bold, fill="FFF2CC", last=6)
        else:
            ws_sheet.put(row, 5, informal_grade(rng, grade, note_chance=0.2), bold=bold, last=6)

    prompts = rng.random() < 0.5
    for number, ((name, prompt), section) in enumerate(zip(AREAS, sample.sections), start=1):
        text = f"{number}. {name}"
        if prompts:
            text += f"\n{prompt}"
        sheet.put(sheet.row, 1, text, bold=not prompts, fill="F2F2F2", height=48 if prompts else 32)
        sheet.put(sheet.row, 2, section.comment, last=4)
        grade_cells(sheet, sheet.row, section.grade)
        sheet.row += 1
    sheet.row += 1
    overall_label = rng.choice(("Overall grade for the practice observed", "OVERALL GRADE", "Overall judgement"))
    sheet.put(sheet.row, 1, overall_label, bold=True, fill="E2EFDA", last=4)
    grade_cells(sheet, sheet.row, sample.grade, bold=True)
    sheet.row += 1
    if moderation_in_row:
        label_text = rng.choice(("HoS moderated grade", "Moderated grade (Head of Service)"))
        sheet.put(sheet.row, 1, label_text, bold=True, colour=ink, last=4)
        if moderation.grade:
            if columns:
                sheet.put(sheet.row, 5, informal_grade(rng, moderation.grade), bold=True, colour=ink, last=8)
            else:
                sheet.put(sheet.row, 5, words[moderation.grade] if grading != "typed"
                          else informal_grade(rng, moderation.grade), bold=True, colour=ink, last=6)
        sheet.row += 1
        sheet.put(sheet.row, 1, f"{moderation.moderator}, {when(moderation.date)}: " + " ".join(moderation.comments),
                  colour=ink, italic=True, border=False, last=8, height=30)
        sheet.row += 1
    sheet.row += 1

    # --- urgent, reflection, actions, sign-off ---------------------------------------
    sheet = sheets[close_ws.title]
    if close_ws is not areas_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=8)
        sheet.row = 3
    sheet.band(rng.choice(("Immediate safeguarding", "Any immediate concerns?", "SAFEGUARDING")))
    question = rng.choice((
        "Did you see or hear anything that needs an immediate safeguarding response (MASH+ / duty)?",
        "Is there an immediate safeguarding concern arising from the observation?",
    ))
    sheet.put(sheet.row, 1, question, bold=True, fill="FCE4D6", last=5, height=30)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "NO"))
    cell = sheet.put(sheet.row, 6, answer, bold=True, fill="FFF2CC", last=8)
    if answer in ("Yes", "No"):
        dropdown(close_ws, cell.coordinate, ("Yes", "No"))
    sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.put(sheet.row, 1, "If yes, what action was taken and by whom?", bold=True, fill="FCE4D6", last=2)
        sheet.put(sheet.row, 3, sample.urgent_concern_detail or "", last=8, height=45)
        sheet.row += 1
    sheet.row += 1

    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for heading, items in ((rng.choice(("What went well", "Strengths observed", "WWW – what went well")),
                            sample.strengths),
                           (rng.choice(("Even better if", "EBI – even better if", "Areas for development")),
                            sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.put(sheet.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items), last=8,
                      height=16 * len(items) + 8)
            sheet.row += 1
        else:
            for item in items:
                sheet.put(sheet.row, 1, f"{bullet}{item}", last=8, height=28)
                sheet.row += 1
        sheet.row += 1

    sheet.band(rng.choice(("Reflective discussion", "Reflection with the practitioner", "REFLECTIVE CONVERSATION")))
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective discussion held afterwards?", "Feedback / reflection session completed?"))
    sheet.put(sheet.row, 1, question, bold=True, fill="F2F2F2", last=5, height=30)
    answer = rng.choice(("Yes", "Yes", "Y")) if sample.reflective_discussion else rng.choice(("No", "No", "N"))
    cell = sheet.put(sheet.row, 6, answer, bold=True, fill="FFF2CC", last=8)
    if answer in ("Yes", "No"):
        dropdown(close_ws, cell.coordinate, ("Yes", "No"))
    sheet.row += 1
    if sample.reflective_discussion:
        talked, talked_fmt = day(min(sample.date + timedelta(days=rng.choice((0, 1, 2))), today))
        sheet.put(sheet.row, 1, "Date of discussion", bold=True, fill="F2F2F2", last=2)
        sheet.put(sheet.row, 3, talked, number_format=talked_fmt, last=5)
        sheet.row += 1
        sheet.put(sheet.row, 1, rng.choice(("Practitioner's reflections", "What the practitioner took from it")),
                  bold=True, fill="F2F2F2", last=2)
        sheet.put(sheet.row, 3, rng.choice((
            "Found the feedback useful; wants to try a different tool next time.",
            "Agreed the summary at the end needs to be clearer; will practise this.",
            "Felt nervous being observed but recognised the strengths named.",
        )), last=8, height=30)
        sheet.row += 1
    else:
        sheet.put(sheet.row, 1, "If not, why not?", bold=True, fill="F2F2F2", last=2)
        sheet.put(sheet.row, 3, rng.choice(("Practitioner on leave – to be picked up in supervision.",
                                            "Not yet arranged.", "Time did not allow on the day.")), last=8)
        sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Development actions", "Actions – who, what, by when", "ACTIONS")))
    action_style = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    if action_style == "table":
        for column, text, last in ((1, "Action", 4), (5, "Who", 6), (7, "By when", 7), (8, "Done?", 8)):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2", last=last)
        sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            sheet.put(sheet.row, 1, action.action, last=4, height=30)
            sheet.put(sheet.row, 5, action.owner, last=6)
            sheet.put(sheet.row, 7, due, number_format=due_fmt)
            sheet.put(sheet.row, 8, "")
            sheet.row += 1
    elif action_style == "lines":
        text = "\n".join(f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                         for number, action in enumerate(sample.actions, start=1))
        sheet.put(sheet.row, 1, text, last=8, height=18 * len(sample.actions) + 8)
        sheet.row += 1
    else:
        sheet.put(sheet.row, 1, rng.choice(NO_ACTIONS), last=8)
        sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Sign-off", "Countersignature and moderation", "HEAD OF SERVICE OVERSIGHT")))
    sheet.put(sheet.row, 1, "Observer signature", bold=True, fill="F2F2F2", last=2)
    sheet.put(sheet.row, 3, sample.auditor if rng.random() < 0.5 else "", last=5)
    signed, signed_fmt = day(sample.date)
    sheet.put(sheet.row, 6, "Date", bold=True, fill="F2F2F2")
    sheet.put(sheet.row, 7, signed, number_format=signed_fmt, last=8)
    sheet.row += 1
    if not moderation_in_row:
        labels = (rng.choice(("Head of Service", "Moderated by", "Countersigned by")),
                  rng.choice(("Date", "Date moderated")),
                  rng.choice(("Agree with the overall grade?", "Grade agreed?")),
                  rng.choice(("Moderated grade", "Grade after moderation")),
                  rng.choice(("Comments", "HoS comments")))
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = "Yes" if moderation.grade == sample.grade else "No"
                grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(("", "Not selected for moderation", "n/a")))
            formats = (None,) * 5
        for text, value, number_format in zip(labels, values, formats):
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2", last=2)
            sheet.put(sheet.row, 3, value, number_format=number_format, colour=ink if moderation else None,
                      bold=text == labels[3], last=8, height=40 if text == labels[4] else None)
            sheet.row += 1

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
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)
