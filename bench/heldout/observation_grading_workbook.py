"""Observation of practice kept as an Excel grading workbook, one
observation to a workbook: who observed whom and when, the practitioner's
team and service, the setting (a home visit, a meeting, a group session at
the family hub), the child and case reference or, for a group session, the
adults who attended; five areas of practice each graded with a line of
evidence; the overall grade; what went well and what would make it even
better; whether a reflective conversation was held afterwards; an
immediate-safeguarding question; development actions; and a quality check
by the Head of Service.

Modelled on North Tyneside's Quality of Practice Framework (the SEND
Partnership's framework on the council's Local Offer pages, "How are we
doing? Understanding the quality of our practice"): practice is looked at
to celebrate what works well and name what needs to improve, children and
families are listened to, help comes at the right time from the family's
network and partners, and what is learnt feeds back into practice. The
framework describes how quality is gathered and judged, not a form, so
the workbook is our own judgement: its five areas follow the framework's
commitments (purpose and preparation, relationship with the family, the
child's voice, understanding of need and risk, working with the network),
graded on the four Ofsted words.

What varies: one sheet, or "Details" / "Grading" / "Feedback & sign-off"
sheets with a hidden "Lists" sheet for the drop-downs; details as
label-value rows, as two pairs to a row, or as a strip of shaded headings
over one row of values; grades chosen from a drop-down, typed as people
type them, scored 1 to 4 against a key printed above the grid, or marked
(X, tick or a filled cell) under four grade columns; dates typed in
several spellings or kept as Excel dates; case references with or without
a system prefix; actions as a table, as numbered lines in one cell, or a
"no actions" sentence; the Head of Service's check in a coloured ink.
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
)

FAMILY = "observation_grading_workbook"
SEED = 9671
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

AREAS = (
    "Purpose and preparation",
    "Relationship with the child and family",
    "Hearing and using the child's voice",
    "Understanding of need and risk",
    "Working with the family network and partners",
)
GROUP_AREAS = {
    "Hearing and using the child's voice": "Hearing the voices of parents and children",
    "Understanding of need and risk": "Understanding of each family's needs",
}
EVIDENCE = {
    OUTSTANDING: ("Exceptional – modelled for the rest of the team.", "Skilled and confident throughout.",
                  "Creative, well-judged and clearly effective."),
    GOOD: ("Clear and well judged.", "Consistently sound; one or two small points discussed.",
           "Evident throughout the session.", "Well done – family clearly at ease."),
    REQUIRES_IMPROVEMENT: ("Present but not consistent.", "Some gaps – talked through afterwards.",
                           "Would benefit from more planning beforehand."),
    INADEQUATE: ("Not evident during the session.", "Significant gaps – see development areas.",
                 "Not addressed; discussed at length afterwards."),
}
TITLES = (
    "Observation of Practice – Grading Workbook",
    "OBSERVATION OF PRACTICE: GRADING RECORD",
    "Practice Observation Workbook",
    "Quality of Practice – Observation & Grading",
)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
SCORES = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_TEXT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("Outstanding", "Good", "Requires Improvement", "Inadequate"), ("O", "G", "RI", "I"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NO_ACTIONS = ("No development actions – practice to continue as observed.",
              "None agreed – nothing further needed from this observation.",
              "No actions arising.")
NOT_CHECKED = ("", "Not sampled for HoS check this month.", "n/a")
URGENT_DETAILS = (
    "Fresh bruising seen on the child's forearm during the visit. Observer and practitioner told the team "
    "manager before leaving; strategy discussion requested the same afternoon.",
    "Mother disclosed that her former partner had been at the house despite the safety plan. Raised with "
    "the duty manager straight after the visit and police informed.",
)
CHANGE_NOTES = ("I have moved the overall grade – the evidence recorded supports a different judgement.",
                "Grade amended after reading the evidence against the descriptors.")
CONFIRM_NOTES = ("Grade agreed.", "I agree with the observer's judgement.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(500, seed=SEED, today=today, feedback_question=True)
            if form.kind == OBSERVATION]
    groups = [form for form in pool if form.case_id is None and not form.moderation][:2]
    singles = [form for form in pool if form.case_id is not None]
    remarks = [form for form in singles if form.moderation][:2]
    rest = [form for form in singles if not form.moderation
            and head_of_service_over(_staff(form.auditor)) is not None]
    urgent, changes, confirms = rest[:2], rest[2:5], rest[5:7]
    taken = {id(form) for form in rest[:7]}
    plain = [form for form in singles if not form.moderation and id(form) not in taken][: count - 11]
    chosen = []
    for form in urgent:
        chosen.append(replace(form, urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_DETAILS)))
    for form in changes + confirms:
        head = head_of_service_over(_staff(form.auditor))
        if form in changes:
            position = GRADES4.index(form.grade)
            moved = GRADES4[position + 1] if position < 2 else GRADES4[position - 1]
            note = rng.choice(CHANGE_NOTES)
        else:
            moved, note = form.grade, rng.choice(CONFIRM_NOTES)
        chosen.append(replace(form, moderation=Moderation(
            moderator=head.name, date=min(form.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1)),
            comments=(note,), grade=moved)))
    chosen += remarks + groups + plain
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _area_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = []
    for _ in range(count):
        step = rng.choices((-1, 0, 0, 0, 1), k=1)[0]
        grades.append(GRADES4[min(3, max(0, position + step))])
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


class _Writer:
    def __init__(self, sheet, font: str, brand: str, width: int = 6):
        self.sheet, self.font, self.brand, self.width = sheet, font, brand, width
        self.row = 1

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10, fmt=None,
             border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
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
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text: str, line: str):
        self.cell(self.row, 1, line, bold=True, colour="FFFFFF", fill=self.brand, size=9, border=False)
        self.merge(self.row, 1, self.width)
        self.row += 1
        self.cell(self.row, 1, text, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = 22
        self.row += 2

    def band(self, text: str):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def wide(self, text, *, colour=None, italic=False, bold=False, fill=None, height=None):
        self.cell(self.row, 1, text, colour=colour, italic=italic, bold=bold, fill=fill)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = height or 15 * max(1, len(str(text)) // 85 + 1)
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False):
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 3, self.width)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "columns"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(("X", "x", "\u2713", "\u2714", ""))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_shape = rng.choice(("rows", "pairs", "strip"))
    hidden_lists = layout == "sheets" and rng.random() < 0.6
    group = sample.case_id is None
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []

    # The sample as this workbook carries it.
    areas = [GROUP_AREAS.get(area, area) if group else area for area in AREAS]
    grades = _area_grades(rng, sample.grade, len(areas))
    changes: dict = {"sections": tuple(Section(area, grade, rng.choice(EVIDENCE[grade]))
                                       for area, grade in zip(areas, grades))}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.75
    if not show_service:
        changes["service"] = None
    if group:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, present[0]))
        if len(present) > 3 and rng.random() < 0.6:
            changes["development_areas"] = (*sample.development_areas,
                                            f"{present[2].split()[0]} said little in the group and was not "
                                            "drawn in; think about smaller group work.")
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    title = rng.choice(TITLES)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))
    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Observation", "Obs record", "Sheet1"))
        details_ws = grading_ws = feedback_ws = first
    else:
        first.title = rng.choice(("Details", "1. Details"))
        details_ws = first
        grading_ws = workbook.create_sheet(rng.choice(("Grading", "2. Grading")))
        feedback_ws = workbook.create_sheet(rng.choice(("Feedback & sign-off", "3. Feedback")))
    lists_ws = None
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple) -> None:
        nonlocal lists_ws
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                column = len({k[1] for k in validations}) + 1
                for position, choice in enumerate(choices, start=1):
                    lists_ws.cell(row=position, column=column, value=choice)
                letter = lists_ws.cell(row=1, column=column).column_letter
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(str(choice) for choice in choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    for ws in {details_ws, grading_ws, feedback_ws}:
        for column, width in zip("ABCDEFGHIJ", (24, 18, 18, 18, 18, 26, 12, 12, 12, 12)):
            ws.column_dimensions[column].width = width

    # --- details ----------------------------------------------------------------
    sheet = _Writer(details_ws, font, brand)
    sheet.title(title, council_line(rng))
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.6:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    observed_on, observed_fmt = day(sample.date)
    details = [(rng.choice(("Observer", "Observed by", "Name of observer")), observer_text, None),
               (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")),
                sample.practitioner, None),
               ("Team", sample.team, None)]
    if show_service:
        details.append(("Service", sample.service, None))
    details.append((rng.choice(("Date of observation", "Date observed", "Observation date")), observed_on,
                    observed_fmt))
    details.append((rng.choice(("Setting", "Type of session observed", "What was observed")), sample.setting, None))
    also: tuple[str, ...] = ()
    if group:
        details.append(("Case reference", rng.choice(("N/A – group session", "n/a (group)", "None – group work")),
                        None))
        details.append((rng.choice(("Parents / carers attending", "Who attended", "Attendees")),
                        ", ".join(present), None))
    else:
        details.append((rng.choice(("Case reference", "LCS number", "Child's ID")), sample.case_id, None))
        details.append((rng.choice(("Child's name", "Child", "Name of child")), child.full_name, None))
        born, born_fmt = day(child.date_of_birth)
        if born_fmt is None:
            also = (born,)
        details.append(("Date of birth", born, born_fmt))
        if rng.random() < 0.5:
            details.append(("Also present", " and ".join(child.parents) if child.parents else "Child only", None))
    if details_shape == "rows":
        for text, value, fmt in details:
            sheet.pair(text, value, fmt=fmt)
    elif details_shape == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 3
                sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, column + 1, value, fmt=fmt)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for start in range(0, len(details), 3):
            chunk = details[start:start + 3]
            for offset, (text, value, fmt) in enumerate(chunk):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, fmt=fmt)
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.sheet.row_dimensions[sheet.row + 1].height = 30
            sheet.row += 2
    sheet.row += 1

    # --- grading ----------------------------------------------------------------------
    width = 10 if "columns" in (style, overall_style) else 6
    sheet = _Writer(grading_ws, font, brand, width)
    if grading_ws is not details_ws:
        sheet.title(title, council_line(rng))
    else:
        sheet.row = details_ws.max_row + 2
    sheet.band(rng.choice(("Grading of practice", "Section B – Areas of practice", "AREAS OF PRACTICE OBSERVED")))
    if style == "score" or overall_style == "score":
        sheet.wide("Key: " + "   ".join(f"{SCORES[g]} = {KEY_TEXT[g]}" for g in GRADES4), italic=True,
                   fill="FFF2CC")
    choices = tuple(words[g] for g in GRADES4)

    def grade_cells(row: int, grade: str, how: str, ws) -> None:
        if how == "columns":
            for column, option in zip(range(7, 11), GRADES4):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, column, column_mark, bold=True)
                    else:
                        sheet.cell(row, column, None, fill=COLUMN_FILLS[grade])
                else:
                    sheet.cell(row, column, None)
        elif how == "dropdown":
            target = sheet.cell(row, 6, words[grade], bold=True, fill="FFF2CC")
            dropdown(ws, target.coordinate, choices)
        elif how == "score":
            value = SCORES[grade] if rng.random() < 0.7 else f"{SCORES[grade]} ({KEY_TEXT[grade]})"
            target = sheet.cell(row, 6, value, bold=True, fill="FFF2CC")
            if isinstance(value, int):
                dropdown(ws, target.coordinate, (1, 2, 3, 4))
        else:
            sheet.cell(row, 6, informal_grade(rng, grade, note_chance=0.2), bold=True)

    sheet.cell(sheet.row, 1, "Area of practice", bold=True, fill="D9D9D9")
    sheet.merge(sheet.row, 1, 2)
    sheet.cell(sheet.row, 3, rng.choice(("Evidence", "What was seen", "Observer's evidence")), bold=True,
               fill="D9D9D9")
    sheet.merge(sheet.row, 3, 5)
    if style == "columns":
        for column, head in zip(range(7, 11), heads):
            sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
    else:
        sheet.cell(sheet.row, 6, "Score (1-4)" if style == "score" else "Grade", bold=True, fill="D9D9D9")
    sheet.row += 1
    for number, section in enumerate(sample.sections, start=1):
        sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True)
        sheet.merge(sheet.row, 1, 2)
        sheet.cell(sheet.row, 3, section.comment)
        sheet.merge(sheet.row, 3, 5)
        grade_cells(sheet.row, section.grade, style, grading_ws)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    if overall_style == "columns" and style != "columns":
        for column, head in zip(range(7, 11), heads):
            sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
        sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("OVERALL GRADE", "Overall grade for the observation",
                                         "Overall judgement")), bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 5)
    grade_cells(sheet.row, sample.grade, overall_style, grading_ws)
    sheet.row += 2

    # --- feedback, actions, sign-off ---------------------------------------------------
    sheet = _Writer(feedback_ws, font, brand, width if feedback_ws is grading_ws else 6)
    if feedback_ws is not grading_ws:
        sheet.title(title, council_line(rng))
    else:
        sheet.row = grading_ws.max_row + 2
    one_cell = rng.random() < 0.5
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What went well", "Strengths observed", "What worked well?")),
                            sample.strengths),
                           (rng.choice(("Even better if…", "Areas for development", "What could be better?")),
                            sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.wide(f"{bullet}{item}")
        sheet.row += 1

    sheet.band(rng.choice(("Reflective discussion", "After the observation")))
    sheet.cell(sheet.row, 1, rng.choice(("Was a reflective discussion held with the practitioner afterwards?",
                                         "Reflective conversation held after the session?")), bold=True,
               fill="EDEDED")
    sheet.merge(sheet.row, 1, 4)
    if sample.reflective_discussion:
        answer = rng.choice(("Yes", "Yes", "Yes – same day", "YES"))
    else:
        answer = rng.choice(("No", "No", "No – practitioner on leave; to be booked"))
    target = sheet.cell(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 5, 6)
    if answer in ("Yes", "No"):
        dropdown(feedback_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 2

    sheet.band(rng.choice(("Safeguarding", "Immediate concerns")))
    sheet.cell(sheet.row, 1, rng.choice(("Did anything seen during the observation need immediate safeguarding "
                                         "action?", "Any immediate safeguarding concern raised?")), bold=True,
               fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "None"))
    target = sheet.cell(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 5, 6)
    if answer in ("Yes", "No"):
        dropdown(feedback_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.pair("If yes, what was done", sample.urgent_concern_detail or "")
        sheet.sheet.row_dimensions[sheet.row - 1].height = 45
    sheet.row += 1

    sheet.band(rng.choice(("Development actions", "Actions agreed with the practitioner", "ACTIONS")))
    shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    if shape == "table":
        for column, text in zip((1, 4, 5, 6), rng.choice((("Action", "Who", "By when", "Done?"),
                                                            ("What will happen", "Lead", "Target date",
                                                             "Update")))):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 3)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, action.owner)
            value, fmt = day(action.due)
            sheet.cell(sheet.row, 5, value, fmt=fmt)
            sheet.cell(sheet.row, 6, "")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif shape == "lines":
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.wide("\n".join(lines), height=18 * len(lines) + 6)
    else:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)
    sheet.row += 1

    sheet.band(rng.choice(("Head of Service quality check", "Moderation (Head of Service)", "HoS sign-off")))
    labels = (rng.choice(("Checked by", "Head of Service")), rng.choice(("Date", "Date checked")),
              rng.choice(("Agree with overall grade?", "Grade agreed?")),
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
        values = ("", "", "", "", rng.choice(NOT_CHECKED))
        formats = (None,) * 5
    for text, value, fmt in zip(labels, values, formats):
        row = sheet.pair(text, value, fmt=fmt, colour=ink if moderation else None, bold=text == labels[3])
        if text == labels[2]:
            dropdown(feedback_ws, f"C{row}", ("Yes", "No"))
    sheet.row += 1
    sheet.pair(rng.choice(("Observer signature", "Signed (observer)")), sample.auditor)
    signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
    sheet.pair(rng.choice(("Date signed", "Signed on")), signed, fmt=signed_fmt)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(present), also=also)
