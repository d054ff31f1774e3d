"""Case file audit kept as an Excel workbook and returned to the
Performance and Quality team, one child's case to a workbook: a "Case
details" part (the child, the case reference, the allocated worker, team
and service, who audited and when), the areas of practice each with the
auditor's evidence and a rating, the overall rating, what is working
well, what needs to improve, whether the child's and family's views of
the work were sought, an escalation question (anything that needs a
manager today), the actions with who and by when, and the Head of
Service's moderation.

Modelled on Rotherham Metropolitan Borough Council's Children and Young
People's Services as its scrutiny committee's published minutes describe
them (the year-end performance reports of 2022/23 and 2024/25: monthly
Performance Board, quarterly quality assurance days, measures judged
against red / amber / green tolerances, and the service judged good
across the board by Ofsted). The minutes describe the arrangements, not
an audit workbook, so the workbook is our own judgement: one sheet, or
"Case details" / "Practice areas" / "Outcome" sheets (sometimes a
separate "HoS moderation" sheet and a hidden "Lookups" sheet for the
drop-downs); details one to a row, in a two-pair grid, or as a header
strip with the values underneath; each area rated by a drop-down, typed
informally, as a RAG code on a printed key (G+ / G / A / R), or a number
on a printed 1-4 key; dates typed in several spellings or kept as Excel
dates; actions as a table, as numbered lines in one cell, or a sentence
saying there are none; the moderator's remarks in a colour of their own.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, Section
from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "case_audit_return"
SEED = 9593

# What this council calls the sample's areas of practice.
AREAS = {
    "Voice of the child": "The child's voice and lived experience",
    "Assessment": "Quality of assessment and analysis of risk",
    "Planning": "The plan – is it SMART and understood by the family?",
    "Management oversight and supervision": "Management oversight, supervision and decision making",
    "Multi-agency working": "Working with partners",
    "Chronology and case recording": "Chronology, history and recording",
    "Impact and outcomes for the child": "Impact – is the child's life getting better?",
    "Working with, not doing to": "Relationship-based practice with the family",
    "Respectful language": "Recording written to the child",
    "Effective leadership and management oversight": "Manager's grip and direction on the case",
    "Engaging with children and families": "Seeing and engaging the child and family",
    "History and networks": "Family history and the family network",
    "Assessments and plans": "Assessment and plan working together",
}
TITLES = (
    "Case File Audit – Return to Performance & Quality",
    "CYPS Case Audit Tool",
    "Practice Audit Return (Children's Social Care)",
    "CASE FILE AUDIT WORKBOOK",
)
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
RAG_CODES = {OUTSTANDING: "G+", GOOD: "G", REQUIRES_IMPROVEMENT: "A", INADEQUATE: "R"}
RAG_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
NUMBER_KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
NOT_MODERATED = ("", "Not sampled for moderation", "n/a", "Not moderated this quarter")
NO_ACTIONS = ("No actions – plan already addresses the gaps found.", "No further actions from this audit.",
              "None required.")
OWNERS = {"Social worker": "Allocated SW", "Practice manager": "Team Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(160, seed=SEED, today=today, feedback_question=True)
            if form.kind == CASE_FILE_AUDIT]
    urgent = [form for form in pool if form.urgent_concern][:2]
    rest = [form for form in pool if not form.urgent_concern]
    remarks = [form for form in rest if form.moderation and not form.moderation.grade][:2]
    changes = [form for form in rest if form.moderation and form.moderation.grade
               and form.moderation.grade != form.grade][:3]
    confirms = [form for form in rest if form.moderation and form.moderation.grade == form.grade][:2]
    plain = [form for form in rest if not form.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """Cells written down a sheet, columns A to F."""

    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEF", (30, 22, 22, 22, 22, 22)):
            sheet.column_dimensions[column].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text, sub):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, 6)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1
        self.put(self.row, 1, sub, italic=True, border=False)
        self.merge(self.row, 1, 6)
        self.row += 2

    def band(self, text, fill=None):
        self.put(self.row, 1, text, bold=True, fill=fill or "D9D9D9", size=11)
        self.merge(self.row, 1, 6)
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, height=None):
        self.put(self.row, 1, label, bold=True, fill="F2F2F2")
        self.put(self.row, 2, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 2, 6)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def text(self, value, *, colour=None, italic=False, height=None, border=True):
        self.put(self.row, 1, value, colour=colour, italic=italic, border=border)
        self.merge(self.row, 1, 6)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    rating = rng.choice(("dropdown", "typed", "rag", "number"))
    words = rng.choice(DROPDOWN_WORDS)
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("rows", "grid", "strip"))
    action_style = rng.choice(("table", "table", "lines"))
    hidden_lists = rating == "dropdown" and rng.random() < 0.6
    hos_sheet = layout == "sheets" and rng.random() < 0.5
    show_team = rng.random() < 0.75
    household = siblings(rng, sample.child, rng.randint(0, 2), today)

    changes: dict = {"sections": tuple(Section(AREAS.get(section.name, section.name), section.grade,
                                               section.comment) for section in sample.sections)}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_team:
        changes["team"] = None
    actions = tuple(replace(action, owner=OWNERS.get(action.owner, action.owner)) for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: AREAS.get(old, old) for old in AREAS}
    remarks = ({renamed.get(old, old): text for old, text in moderation.section_comments.items()}
               if moderation else {})

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    title = rng.choice(TITLES)
    sub = council_line(rng) + rng.choice((" – Performance and Quality", " – Quality Assurance", ""))
    lookups = None
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        nonlocal lookups
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lookups is None:
                    lookups = workbook.create_sheet("Lookups")
                    lookups.sheet_state = "hidden"
                column = len([k for k in validations]) + 1
                for position, choice in enumerate(choices, start=1):
                    lookups.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lookups!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Audit", "Case Audit", "CFA"))
        details_ws = areas_ws = outcome_ws = moderation_ws = first
    else:
        first.title = rng.choice(("Case details", "1 Details"))
        areas_ws = workbook.create_sheet(rng.choice(("Practice areas", "2 Audit")))
        outcome_ws = workbook.create_sheet(rng.choice(("Outcome", "3 Summary & actions")))
        moderation_ws = workbook.create_sheet("HoS moderation") if hos_sheet else outcome_ws
        details_ws = first
    writers = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
            writers[ws.title].title(title, sub)
        return writers[ws.title]

    # --- case details ----------------------------------------------------------
    sheet = writer(details_ws)
    sheet.band(rng.choice(("Case details", "SECTION 1 – ABOUT THE CASE", "Child and case details")))
    audit_on, audit_fmt = day(sample.date)
    details = [
        ("Child's name", child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth), None),
        (rng.choice(("Liquidlogic ID", "Case reference", "Child ID")), sample.case_id, None),
        (rng.choice(("Allocated worker", "Social worker", "Practitioner")), sample.practitioner, None),
    ]
    if show_team:
        details.append((rng.choice(("Team", "Team name")), sample.team, None))
    details += [
        (rng.choice(("Service area", "Service")), sample.service, None),
        (rng.choice(("Audited by", "Auditor", "Auditing manager")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), audit_on, audit_fmt),
    ]
    if rng.random() < 0.5:
        details.insert(2, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    elif details_style == "grid":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 3
                sheet.put(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.put(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.row += 1
    else:
        for start in range(0, len(details), 3):
            for offset, (text, value, number_format) in enumerate(details[start:start + 3]):
                column = 1 + offset * 2
                sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, column, column + 1)
                sheet.put(sheet.row + 1, column, value, number_format=number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.row += 2
    if household:
        sheet.pair("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household))
    sheet.row += 1

    # --- areas of practice -------------------------------------------------------
    sheet = writer(areas_ws)
    sheet.band(rng.choice(("Areas of practice", "SECTION 2 – PRACTICE AREAS", "What did the audit find?")))
    if rating in ("rag", "number"):
        sheet.text("Key:", border=False)
        for grade in GRADE_ORDER:
            code = RAG_CODES[grade] if rating == "rag" else NUMBER_KEY[grade]
            target = sheet.put(sheet.row, 1, code, bold=True,
                               fill=RAG_FILLS[grade] if rating == "rag" else None)
            sheet.put(sheet.row, 2, KEY_WORDS[grade], italic=True)
            sheet.merge(sheet.row, 2, 3)
            target.alignment = Alignment(horizontal="center")
            sheet.row += 1
        sheet.row += 1
    headers = ("Area of practice", rng.choice(("Evidence", "Evidence / analysis", "What the file shows")),
               rng.choice(("Rating", "Judgement", "Grade")))
    sheet.put(sheet.row, 1, headers[0], bold=True, fill="DDEBF7")
    sheet.put(sheet.row, 2, headers[1], bold=True, fill="DDEBF7")
    sheet.merge(sheet.row, 2, 5)
    sheet.put(sheet.row, 6, headers[2], bold=True, fill="DDEBF7")
    sheet.row += 1
    hint = rng.random() < 0.4
    for number, section in enumerate(sample.sections, start=1):
        name = f"{number}. {section.name}"
        sheet.put(sheet.row, 1, name + ("\n(evidence from the file and the child's record)" if hint else ""),
                  bold=True)
        sheet.put(sheet.row, 2, section.comment)
        sheet.merge(sheet.row, 2, 5)
        _rating(sheet, sheet.row, 6, section.grade, rating, words, rng,
                lambda coordinate: dropdown(areas_ws, coordinate, tuple(words[g] for g in GRADE_ORDER)))
        sheet.sheet.row_dimensions[sheet.row].height = 42
        sheet.row += 1
        if section.name in remarks:
            sheet.put(sheet.row, 1, rng.choice(("HoS comment", "Moderator's note")), italic=True, colour=ink)
            sheet.put(sheet.row, 2, remarks[section.name], colour=ink)
            sheet.merge(sheet.row, 2, 6)
            sheet.row += 1
    sheet.row += 1

    # --- outcome -----------------------------------------------------------------
    sheet = writer(outcome_ws)
    sheet.band(rng.choice(("Overall", "SECTION 3 – OVERALL JUDGEMENT", "Overall judgement of practice")))
    sheet.put(sheet.row, 1, rng.choice(("Overall rating for the case", "Overall judgement", "Overall grade")),
              bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 5)
    overall_style = rating if rng.random() < 0.7 else "typed"
    _rating(sheet, sheet.row, 6, sample.grade, overall_style, words, rng,
            lambda coordinate: dropdown(outcome_ws, coordinate, tuple(words[g] for g in GRADE_ORDER)))
    sheet.row += 2
    numbered = rng.random() < 0.5
    for heading, items in ((rng.choice(("What is working well", "Strengths", "Good practice seen")),
                            sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        sheet.band(heading, fill="E2EFDA")
        for position, item in enumerate(items, start=1):
            sheet.text(f"{position}) {item}" if numbered else item, height=28)
        sheet.row += 1

    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, "Were the child's and family's views of the service sought for this audit?",
                  bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 5)
        answer = "Yes" if sample.feedback_sought else "No"
        target = sheet.put(sheet.row, 6, answer, fill="FFF2CC")
        dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 2

    sheet.band(rng.choice(("Escalation", "Immediate safety", "Urgent concerns")), fill="FCE4D6")
    sheet.put(sheet.row, 1, rng.choice((
        "Has the audit found anything that means the child may not be safe and needs a manager's action today?",
        "Is there an urgent safeguarding concern that has been escalated to the Team Manager / Head of Service?",
    )), bold=True)
    sheet.merge(sheet.row, 1, 5)
    answer = (rng.choice(("Yes", "YES – see below")) if sample.urgent_concern
              else rng.choice(("No", "No", "NO")))
    target = sheet.put(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.pair("If yes, details and who was told", sample.urgent_concern_detail or "", height=30)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Actions arising (who / by when)", "SMART actions")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS))
    elif action_style == "table":
        for column, text in zip((1, 2, 5, 6), ("No.", "Action", "Who", "By when")):
            sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 2, 4)
        sheet.row += 1
        for position, action in enumerate(sample.actions, start=1):
            sheet.put(sheet.row, 1, position)
            sheet.put(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 4)
            sheet.put(sheet.row, 5, action.owner)
            value, number_format = day(action.due)
            sheet.put(sheet.row, 6, value, number_format=number_format)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        lines = [f"{position}. {action.action} – {action.owner} by {when(action.due)}"
                 for position, action in enumerate(sample.actions, start=1)]
        sheet.text("\n".join(lines), height=16 * len(lines) + 8)
    sheet.row += 1

    # --- moderation --------------------------------------------------------------
    sheet = writer(moderation_ws)
    sheet.band(rng.choice(("Head of Service moderation", "MODERATION (Head of Service)", "Moderation")))
    labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date moderated", "Date")),
              rng.choice(("Agree with auditor's rating?", "Rating agreed?")),
              rng.choice(("Moderated rating", "Final rating after moderation")),
              rng.choice(("Comments", "Moderator's comments")))
    if moderation:
        moderated_on, moderated_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = (words[moderation.grade] if rng.random() < 0.5
                          else informal_grade(rng, moderation.grade))
        values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, moderated_fmt, None, None, None)
        boxed = rng.random() < 0.4
    else:
        values = ("", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 5
        boxed = False
    for text, value, number_format in zip(labels, values, formats):
        row = sheet.pair(text, value, number_format=number_format, colour=ink if moderation else None,
                         bold=text == labels[3], height=45 if text == labels[4] else None)
        if boxed:
            sheet.sheet.cell(row=row, column=2).fill = PatternFill("solid", start_color="EDEDED",
                                                                   end_color="EDEDED")
        if text == labels[2]:
            dropdown(moderation_ws, f"B{row}", ("Yes", "No"))

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household)))


def _rating(sheet: _Writer, row: int, column: int, grade: str, style: str, words, rng: random.Random,
            dropdown) -> None:
    """A rating in one cell in the workbook's style."""
    if style == "dropdown":
        target = sheet.put(row, column, words[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "rag":
        sheet.put(row, column, RAG_CODES[grade], bold=True, fill=RAG_FILLS[grade])
    elif style == "number":
        value = NUMBER_KEY[grade] if rng.random() < 0.6 else f"{NUMBER_KEY[grade]} - {KEY_WORDS[grade]}"
        sheet.put(row, column, value, bold=True, fill="FFF2CC")
    else:
        sheet.put(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
