"""A team manager's audit of one child's case file, kept as an Excel
workbook: the child and case details, each area of practice with the
evidence found and a grade, an overall grade, strengths, areas for
development, actions with who and by when, whether the child and family
were asked for their views for the audit, the question whether anything
needs urgent action today, and the Head of Service's moderation.

Every council in Yorkshire and the Humber is already used by another
family, so this one follows a safeguarding partnership there: the Leeds
Safeguarding Children Partnership's published Independent Scrutineer
statement (annual report 2024-25), which asks that quality assurance
mechanisms are in place in each agency, that audit hears the voice of
children and families through their direct feedback, and that leaders
provide challenge. It publishes no audit form, so the workbook is our own
judgement of what a children's social care team would keep: a merged
title band in the council's colour; the case details one to a row, as a
two-pair grid, or as a strip of headings over their values; the areas of
practice one to a row (area, evidence, grade) with the grade chosen from
a drop-down, typed informally, scored 1 to 4 against a printed key, or
marked under four grade columns; a "family feedback" question answered
Yes / No; the urgent-concern question; actions as a table, as numbered
lines in one cell, or a "no actions" sentence; and a Head of Service's
moderation typed in a colour of their own or kept in a bordered box on its
own sheet. One sheet, or "Details" / "Audit" / "Sign-off" sheets.
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

FAMILY = "single_case_audit_workbook"
SEED = 9863

# What this workbook calls each of the sample's areas.
AREAS = {
    "Voice of the child": "The child's voice and lived experience",
    "Assessment": "Quality of assessment and analysis",
    "Planning": "The plan – SMART and child-focused",
    "Management oversight and supervision": "Management oversight, supervision and direction",
    "Multi-agency working": "Working with partner agencies",
    "Chronology and case recording": "Chronology and recording",
    "Impact and outcomes for the child": "Impact – is the child's life getting better?",
    "Working with, not doing to": "Relational practice – working with the family",
    "Respectful language": "Language that respects the child and family",
    "Effective leadership and management oversight": "Leadership and management oversight",
    "Engaging with children and families": "Engagement with the child and family",
    "History and networks": "History, family network and relationships",
    "Assessments and plans": "Assessment and planning",
}
TITLES = (
    "Single Case File Audit – Children's Social Care",
    "CASE FILE AUDIT (ONE CHILD)",
    "Practice Audit: Individual Case File",
    "Team Manager Case File Audit",
)
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"))
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NO_ACTIONS = ("No actions – the current plan already covers what was found.",
              "None required from this audit.", "No further actions identified.")
NOT_MODERATED = ("", "Not sampled for moderation", "N/A")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(200, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
    rest = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in rest if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in rest if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in rest if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in rest if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate((30, 44, 22, 12, 12, 12, 12), start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column, value=value)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=3, fill=None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, last=3, **look):
        self.cell(self.row, 1, text, border=False, **look)
        self.merge(self.row, 1, last)
        if len(str(text)) > 110:
            self.ws.row_dimensions[self.row].height = 15 * (len(str(text)) // 100 + 1)
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, fill="EDEDED"):
        self.cell(self.row, 1, label, bold=True, fill=fill)
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 2, 3)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))
    grading = rng.choice(("dropdown", "typed", "score", "columns"))
    details_layout = rng.choice(("rows", "grid", "strip"))
    sheets_layout = rng.choice(("one", "three", "three"))
    actions_layout = rng.choice(("table", "table", "lines"))
    moderation_layout = rng.choice(("inline", "box"))
    column_heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(("X", "\u2713", "x", ""))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    show_service = rng.random() < 0.6

    changes: dict = {"sections": tuple(Section(AREAS.get(section.name, section.name), section.grade,
                                               section.comment) for section in sample.sections)}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    if sample.feedback_sought is None:
        changes["feedback_sought"] = rng.random() < 0.7
    if rng.random() < 0.2:
        changes["actions"] = ()
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    first = workbook.active
    if sheets_layout == "one":
        first.title = rng.choice(("Case audit", "Audit", "CFA"))
        details_ws = areas_ws = signoff_ws = first
    else:
        first.title = rng.choice(("Details", "1 Case details"))
        areas_ws = workbook.create_sheet(rng.choice(("Audit", "2 Practice areas")))
        signoff_ws = workbook.create_sheet(rng.choice(("Sign-off", "3 Summary & sign-off")))
        details_ws = first
    writers: dict[str, _Writer] = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    lists = {}

    def dropdown(ws, ref, choices):
        key = (ws.title, choices)
        if key not in lists:
            lists[key] = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(lists[key])
        lists[key].add(ref)

    wide = 7 if grading == "columns" else 3
    title = rng.choice(TITLES)

    # --- details -----------------------------------------------------------
    w = writer(details_ws)
    w.cell(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=11)
    w.merge(1, 1, wide)
    w.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
    w.merge(2, 1, wide)
    w.row = 3
    w.line(rng.choice((
        "One workbook per child. Complete the shaded cells and send to the QA inbox within 5 working days.",
        "OFFICIAL – SENSITIVE once completed. Read the last 6 months of the file before grading.",
        "Team Manager to complete; Head of Service moderates a sample each month.",
    )), italic=True, last=wide)
    w.row += 1
    date_value, date_fmt = day(sample.date)
    born_value, born_fmt = day(child.date_of_birth)
    reference = sample.case_id if not sample.case_id.isdigit() else rng.choice((sample.case_id, int(sample.case_id)))
    details = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name, None),
        (rng.choice(("LCS / case number", "Case reference", "Child ID")), reference, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_fmt),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents), None),
        (rng.choice(("Social worker", "Allocated worker", "Case holder")), sample.practitioner, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details += [
        (rng.choice(("Auditor", "Audited by (Team Manager)", "Completed by")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit completed on")), date_value, date_fmt),
    ]
    if household:
        details.insert(4, ("Siblings", "; ".join(name for name, _ in household), None))
    if rng.random() < 0.35:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    w.band(rng.choice(("Case details", "1. About the child and the case", "CHILD & CASE DETAILS")), last=wide)
    if details_layout == "rows":
        for text, value, number_format in details:
            w.pair(text, value, number_format=number_format)
    elif details_layout == "grid":
        w.ws.column_dimensions["D"].width = 26
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 2 * offset
                w.cell(w.row, column, text, bold=True, fill="EDEDED")
                w.cell(w.row, column + 1, value, number_format=number_format)
            w.row += 1
    else:
        for start in range(0, len(details), 3):
            chunk = details[start:start + 3]
            for offset, (text, value, number_format) in enumerate(chunk):
                w.cell(w.row, 1 + offset, text, bold=True, fill="DDEBF7")
                w.cell(w.row + 1, 1 + offset, value, number_format=number_format, fill="FFF2CC")
            w.row += 3
    w.row += 1

    # --- areas of practice --------------------------------------------------
    w = writer(areas_ws)
    if areas_ws is not details_ws:
        w.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        w.merge(1, 1, wide)
        w.row = 3
    w.band(rng.choice(("Areas of practice", "2. Quality of practice", "PRACTICE AREAS – EVIDENCE AND GRADE")),
           last=wide)
    if grading == "score":
        w.line("Grade each area using the key:", bold=True, last=wide)
        for grade in GRADES:
            w.line(f"{SCORES[grade]} = {DROPDOWN[grade]}", italic=True, last=wide)
    if grading == "columns":
        heads = ("Area", "Evidence found", "") + column_heads
        for column, text in enumerate(heads, start=1):
            if column != 3:
                w.cell(w.row, column, text, bold=True, fill="D9D9D9")
        w.merge(w.row, 2, 3)
    else:
        grade_head = {"dropdown": "Grade (select)", "typed": "Grade", "score": "Score (1–4)"}[grading]
        for column, text in enumerate(("Area", "Evidence found", grade_head), start=1):
            w.cell(w.row, column, text, bold=True, fill="D9D9D9")
    w.row += 1

    def grade_cells(row: int, grade: str, note_chance: float = 0.3) -> None:
        if grading == "dropdown":
            w.cell(row, 3, DROPDOWN[grade], fill="FFF2CC")
            dropdown(w.ws, f"C{row}", tuple(DROPDOWN[g] for g in GRADES))
        elif grading == "typed":
            w.cell(row, 3, informal_grade(rng, grade, note_chance=note_chance))
        elif grading == "score":
            w.cell(row, 3, SCORES[grade], fill="FFF2CC")
            dropdown(w.ws, f"C{row}", ("1", "2", "3", "4"))
        else:
            for column, option in zip(range(4, 8), GRADES):
                chosen = option == grade
                w.cell(row, column, column_mark if chosen and column_mark else None,
                       fill=FILLS[option] if chosen and not column_mark else None, bold=True)

    for section in sample.sections:
        w.cell(w.row, 1, section.name, bold=True)
        w.cell(w.row, 2, section.comment)
        if grading == "columns":
            w.merge(w.row, 2, 3)
        grade_cells(w.row, section.grade)
        w.ws.row_dimensions[w.row].height = 15 * (len(section.comment) // 45 + 1)
        w.row += 1
    w.row += 1
    w.cell(w.row, 1, rng.choice(("OVERALL GRADE", "Overall grade for the case", "Overall judgement")),
           bold=True, fill="EDEDED")
    if grading == "columns":
        w.merge(w.row, 1, 3)
    grade_cells(w.row, sample.grade, note_chance=0.0)
    w.row += 2

    # --- summary and sign-off -----------------------------------------------
    w = writer(signoff_ws)
    if signoff_ws is not details_ws:
        w.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        w.merge(1, 1, 3)
        w.row = 3
    w.band(rng.choice(("What is working well", "Strengths")))
    bullet = rng.choice(("• ", "- ", ""))
    for text in sample.strengths:
        w.line(bullet + text)
    w.row += 1
    w.band(rng.choice(("Areas for development", "What needs to improve", "Worries / areas for development")))
    for text in sample.development_areas:
        w.line(bullet + text)
    w.row += 1
    w.band(rng.choice(("Actions", "Actions arising from the audit", "Action plan")))
    if not sample.actions:
        w.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_layout == "table":
        for column, text in enumerate(rng.choice((("Action", "Who", "By when"),
                                                  ("What needs to happen", "Responsible", "Timescale"))), start=1):
            w.cell(w.row, column, text, bold=True, fill="DDEBF7")
        w.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            w.cell(w.row, 1, action.action)
            w.cell(w.row, 2, action.owner)
            w.cell(w.row, 3, due, number_format=due_fmt)
            w.row += 1
    else:
        text = "\n".join(f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                         for number, action in enumerate(sample.actions, start=1))
        w.cell(w.row, 1, text)
        w.merge(w.row, 1, 3)
        w.ws.row_dimensions[w.row].height = 30 * len(sample.actions)
        w.row += 1
    w.row += 1
    w.band(rng.choice(("Feedback and safety", "Family feedback and immediate safety")))
    yes_no = ("Yes", "No")
    row = w.pair(rng.choice(("Were the child and family asked for their views as part of this audit?",
                             "Has feedback been sought from the child / family for this audit?")),
                 "Yes" if sample.feedback_sought else rng.choice(("No", "No – not appropriate at this time")))
    if rng.random() < 0.6:
        dropdown(w.ws, f"B{row}", yes_no)
    urgent_answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    row = w.pair(rng.choice(("Are there any concerns requiring urgent action today?",
                             "Is any child at immediate risk / does anything need escalating now?")), urgent_answer,
                 bold=sample.urgent_concern)
    dropdown(w.ws, f"B{row}", yes_no)
    if sample.urgent_concern:
        w.pair("If yes, what and who was told", sample.urgent_concern_detail or "Escalated to the Head of Service.")
    w.row += 1

    # --- Head of Service moderation ------------------------------------------
    if moderation_layout == "box" and sheets_layout == "three":
        w = writer(workbook.create_sheet("HoS moderation"))
        w.row = 1
    w.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service only)", "HoS MODERATION")),
           fill="595959" if moderation_layout == "box" else None)
    colour = ink
    fill = "F2F2F2" if moderation_layout == "box" else "EDEDED"
    if moderation:
        mod_date, mod_fmt = day(moderation.date)
        w.pair("Moderated by", moderation.moderator, colour=colour, fill=fill)
        w.pair("Date", mod_date, number_format=mod_fmt, colour=colour, fill=fill)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            row = w.pair("Do you agree with the overall grade?", "Agree" if agrees else "Disagree",
                         colour=colour, fill=fill)
            dropdown(w.ws, f"B{row}", ("Agree", "Disagree"))
            w.pair("Moderated grade", informal_grade(rng, moderation.grade) if grading == "typed"
                   else DROPDOWN[moderation.grade], colour=colour, bold=True, fill=fill)
        else:
            w.pair("Moderated grade", "", fill=fill)
        comments = list(moderation.comments)
        comments += [f"{AREAS.get(area, area)}: {text}" for area, text in moderation.section_comments.items()]
        row = w.pair("Comments", "\n".join(comments), colour=colour, fill=fill)
        w.ws.row_dimensions[row].height = 16 * (len(comments) + 1)
    else:
        for text in ("Moderated by", "Date", "Moderated grade"):
            w.pair(text, "", fill=fill)
        w.pair("Comments", rng.choice(NOT_MODERATED), fill=fill)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))
