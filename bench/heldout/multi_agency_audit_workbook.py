"""Multi-agency joint case audit kept as an Excel workbook, one child's case
to a workbook: the case (reference, the child, the household), the lead
auditor and the allocated worker with their team and service, the
agencies taking part (each with the role of its auditor and whether its
records were read); five key lines of enquiry, each with what every
agency's own records show, the joint panel's finding and a grade; the
overall grade, what worked well and what needs to develop across the
partnership, the immediate-safeguarding question, a multi-agency action
plan (action, agency / owner, target date) or a "no actions" sentence,
and the moderation of the Head of Service or the partnership's quality
assurance chair.

Every South West council already models a family, so a neighbouring
region's partnership instead: the Gwent Safeguarding Board (south east
Wales, across the Severn from Gloucestershire and Bristol) as its "Quality
Assurance Group for Children – Terms of Reference" describes its work:
reviewing the effectiveness of safeguarding measures through the findings
of case audits undertaken on an inter-agency basis (Working Together to
Safeguard People, volume 1, paragraph 128), with the group reporting to
the Board and monitoring its recommendations. The page describes the
purpose, not a form, so the workbook is our own judgement: one sheet, or
a "Case" / "Lines of enquiry" / "Summary & actions" set; the details as
label and value rows, a strip of labels over values, or two pairs to a
row; each line of enquiry as a band with one row per agency, or all five
as a grid with a column per agency; grades chosen from a drop-down, typed
informally, scored on a printed 1–4 key, or marked under four columns;
dates typed in several spellings or kept as Excel dates; moderation typed
in a colour of the moderator's own, or in a bordered box.
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

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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

FAMILY = "multi_agency_audit_workbook"
SEED = 9963

# The sample's areas and the partnership's key lines of enquiry for them.
KLOES = {
    "Voice of the child": "KLOE 1 – Is the child seen, heard and understood by every agency?",
    "Information sharing between agencies": "KLOE 2 – Did agencies share what they knew, when they knew it?",
    "Assessment of need and risk": "KLOE 3 – Was risk recognised and assessed together?",
    "Multi-agency plan": "KLOE 4 – Is there one plan that every agency works to?",
    "Impact and outcomes for the child": "KLOE 5 – What difference has the help made for the child?",
}
SHORT_KLOES = {
    "Voice of the child": "Child's lived experience",
    "Information sharing between agencies": "Information sharing",
    "Assessment of need and risk": "Joint assessment of risk",
    "Multi-agency plan": "Single multi-agency plan",
    "Impact and outcomes for the child": "Impact for the child",
}
TITLES = (
    "Multi-Agency Case Audit – Joint Audit Record",
    "JOINT CASE AUDIT (MULTI-AGENCY) – AUDIT WORKBOOK",
    "Inter-agency Case Audit Tool",
    "Multi-Agency Audit: Panel Record and Action Plan",
)
PARTNERSHIP = ("Regional Safeguarding Children Board – Quality Assurance Group",
               "Safeguarding Children Partnership – QA and Audit Sub-group",
               "Safeguarding Board – Quality Assurance Group for Children")
AUDITOR_ROLES = {
    "Police": "PPU Detective Sergeant", "Health visiting": "Named Nurse, Safeguarding",
    "Education": "Designated Safeguarding Lead", "School": "Designated Safeguarding Lead",
    "Housing": "Housing Officer", "Early Help": "Family Support Lead", "GP": "Named GP",
    "Children's social care": "Practice Manager", "CAMHS": "Clinical Lead",
}
FINDINGS = (
    "Records show regular contact; concerns logged and passed on.",
    "Two contacts in the period; the referral was acknowledged.",
    "Records are brief; no note of the outcome of the strategy discussion.",
    "Attended core groups; reports submitted on time.",
    "Chronology held but not updated since the last review.",
    "Single-agency view only; no record of joint visits.",
    "Worries recorded and discussed with the lead professional.",
    "Not invited to the last meeting; information sent by email.",
)
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
COLUMNS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF6666"}
SCORE = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
NO_ACTIONS = ("No multi-agency actions – the panel agreed the current plan covers the learning.",
              "Nil actions arising from this audit.", "No actions required; learning shared via the QA Group.")
OWNERS = {"Social worker": "CSC – allocated social worker", "Practice manager": "CSC – Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="000000")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(70, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [s for s in pool if s.urgent_concern][:2]
    rest = [s for s in pool if not s.urgent_concern]
    remarks = [s for s in rest if s.moderation and not s.moderation.grade][:2]
    changes = [s for s in rest if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:3]
    confirms = [s for s in rest if s.moderation and s.moderation.grade == s.grade][:2]
    plain = [s for s in rest if not s.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Sheet:
    def __init__(self, ws, font: str):
        self.ws = ws
        self.font = font
        self.row = 1

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, fill, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, *, last=8, italic=False, bold=False, colour=None, border=False):
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = 15 * max(1, len(str(text)) // 95 + 1)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "typed", "score", "columns", "dropdown", "typed"))
    overall_style = style if style != "columns" or rng.random() < 0.5 else "dropdown"
    sheets_layout = rng.choice(("one", "three", "three", "two"))
    details_layout = rng.choice(("rows", "strip", "pairs"))
    kloe_layout = rng.choice(("bands", "bands", "grid"))
    actions_layout = rng.choice(("table", "table", "lines"))
    boxed_moderation = rng.random() < 0.4
    moderator_title = rng.choice(("Head of Service", "Head of Service", "Partnership QA Chair"))
    heads = rng.choice((
        ("Section A – The case", "Section B – Agencies taking part", "Section C – Key lines of enquiry",
         "Section D – Overall judgement and learning", "Section E – Multi-agency action plan",
         f"Section F – Moderation ({moderator_title})"),
        ("CASE DETAILS", "AGENCIES IN THE AUDIT", "KEY LINES OF ENQUIRY (KLOEs)", "OVERALL GRADE AND LEARNING",
         "ACTION PLAN", f"MODERATION – {moderator_title.upper()}"),
        ("1. About the child and the audit", "2. Agencies involved", "3. Findings against each line of enquiry",
         "4. Summary of the audit", "5. Actions agreed by the panel", f"6. {moderator_title} moderation"),
    ))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    agencies = list(next(own.written for own in sample.own if own.key == "agencies"))

    names = {s.name: s for s in sample.sections}
    titles = KLOES if kloe_layout == "bands" or rng.random() < 0.5 else SHORT_KLOES
    changes: dict = {"sections": tuple(Section(titles[s.name], s.grade, s.comment) for s in sample.sections)}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    actions = tuple(SampleAction(a.action, OWNERS.get(a.owner, a.owner), a.due) for a in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {titles[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    del names

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if sheets_layout == "one":
        first.title = rng.choice(("MACA", "Joint audit", "Audit record"))
        case_ws = kloe_ws = summary_ws = first
    elif sheets_layout == "two":
        first.title = rng.choice(("Case & KLOEs", "Audit"))
        case_ws = kloe_ws = first
        summary_ws = workbook.create_sheet(rng.choice(("Summary & actions", "Action plan")))
    else:
        first.title = rng.choice(("Case", "1 Case details", "Front sheet"))
        case_ws = first
        kloe_ws = workbook.create_sheet(rng.choice(("Lines of enquiry", "2 KLOEs", "Findings")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary & actions", "3 Learning & actions", "Summary")))
    writers: dict = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font)
            for position, width in enumerate((26, 18, 18, 18, 18, 18, 18, 22, 12, 12, 12, 12), start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
        return writers[ws.title]

    # --- the case and who took part --------------------------------------------
    sheet = writer(case_ws)
    title = rng.choice(TITLES)
    sheet.cell(1, 1, f"{COUNCIL} {rng.choice(PARTNERSHIP)}" if rng.random() < 0.5 else council_line(rng),
               bold=True, colour=brand, border=False)
    sheet.merge(1, 1, 8)
    sheet.cell(2, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14)
    sheet.merge(2, 1, 8)
    sheet.row = 3
    sheet.line(rng.choice((
        "OFFICIAL – SENSITIVE when completed. Each agency completes its own rows before the panel meets.",
        "Agencies: read your own records for the last 6 months and bring this workbook to the audit panel.",
        "The lead auditor completes the panel finding and grade for each line of enquiry after the discussion.",
    )), italic=True)
    sheet.row += 1
    sheet.band(heads[0], brand)
    audit_day, audit_fmt = day(sample.date)
    born, born_fmt = day(child.date_of_birth)
    address = ", ".join((*child.address_lines, child.postcode))
    details = [
        (rng.choice(("Case reference", "Case ID (LCS)", "Child's record no.")), sample.case_id, None),
        (rng.choice(("Child's name", "Child", "Name of child")), f"{child.first_name} {child.surname}", None),
        (rng.choice(("Date of birth", "DOB")), born, born_fmt),
        ("Address", address, None),
        (rng.choice(("Parents / carers", "Parent(s)")), ", ".join(child.parents), None),
        (rng.choice(("Lead auditor", "Lead auditor (panel)", "Audit lead")), sample.auditor, None),
        (rng.choice(("Allocated social worker", "Allocated worker", "Lead professional (CSC)")),
         sample.practitioner, None),
        (rng.choice(("Team", "Team of allocated worker")), sample.team, None),
        ("Service", sample.service, None),
        (rng.choice(("Date of audit panel", "Audit date", "Date audited")), audit_day, audit_fmt),
    ]
    if household:
        details.insert(5, ("Siblings", "; ".join(f"{name} ({when(born_on)})" for name, born_on in household), None))
    if details_layout == "rows":
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, 8)
            sheet.row += 1
    elif details_layout == "strip":
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (text, value, number_format) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset * 2, text, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
                sheet.cell(sheet.row + 1, 1 + offset * 2, value, number_format=number_format)
                sheet.merge(sheet.row + 1, 1 + offset * 2, 2 + offset * 2)
            sheet.row += 2
    else:
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.row += 1
    sheet.row += 1
    sheet.band(heads[1], brand)
    for column, text in enumerate(("Agency", "Auditor's role", "Records read?"), start=1):
        sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
    sheet.row += 1
    for agency in agencies:
        sheet.cell(sheet.row, 1, agency)
        sheet.cell(sheet.row, 2, AUDITOR_ROLES.get(agency, "Safeguarding lead"))
        sheet.cell(sheet.row, 3, rng.choice(("Yes", "Yes", "Partly")), fill="FFF2CC")
        dropdown(case_ws, f"C{sheet.row}", ("Yes", "Partly", "No"))
        sheet.row += 1
    sheet.row += 1

    # --- the lines of enquiry ----------------------------------------------------
    sheet = writer(kloe_ws)
    if kloe_ws is not case_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(heads[2], brand)
    if style == "score" or overall_style == "score":
        sheet.line("Grade key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True)

    def grade_cells(ws_sheet: _Sheet, row: int, column: int, grade: str, how: str) -> int:
        """Write a grade from `column` in the workbook's style; the next free column."""
        if how == "columns":
            for offset, (option, _) in enumerate(COLUMNS):
                target = ws_sheet.cell(row, column + offset, None)
                if option == grade:
                    mark = rng.choice(("X", "\u2713", "x", ""))
                    if mark:
                        target.value = mark
                        target.font = Font(name=font, bold=True)
                    else:
                        target.fill = PatternFill("solid", start_color=FILLS[grade], end_color=FILLS[grade])
            return column + 4
        if how == "dropdown":
            ws_sheet.cell(row, column, DROPDOWN[grade], bold=True, fill="FFF2CC")
            dropdown(ws_sheet.ws, ws_sheet.ws.cell(row=row, column=column).coordinate, tuple(DROPDOWN.values()))
        elif how == "score":
            ws_sheet.cell(row, column, SCORE[grade], bold=True, fill="FFF2CC")
        else:
            ws_sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
        return column + 1

    def column_heads(ws_sheet: _Sheet, row: int, column: int) -> None:
        for offset, (_, heading) in enumerate(COLUMNS):
            ws_sheet.cell(row, column + offset, heading, bold=True, fill="F2F2F2", size=8)

    if kloe_layout == "bands":
        for section in sample.sections:
            sheet.cell(sheet.row, 1, section.name, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, 8)
            sheet.row += 1
            sheet.cell(sheet.row, 1, "Agency", bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, "What our records show", bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 2, 8)
            sheet.row += 1
            for agency in agencies:
                sheet.cell(sheet.row, 1, agency)
                sheet.cell(sheet.row, 2, rng.choice(FINDINGS))
                sheet.merge(sheet.row, 2, 8)
                sheet.row += 1
            sheet.cell(sheet.row, 1, rng.choice(("Panel finding", "Joint finding", "Agreed finding")), bold=True)
            sheet.cell(sheet.row, 2, section.comment)
            sheet.merge(sheet.row, 2, 8)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
            if section.name in remarks:
                sheet.cell(sheet.row, 1, f"{moderator_title} comment", bold=True, colour=ink)
                sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 2, 8)
                sheet.row += 1
            if style == "columns":
                column_heads(sheet, sheet.row, 2)
                sheet.cell(sheet.row, 1, "Grade", bold=True)
                sheet.row += 1
                sheet.cell(sheet.row, 1, "Panel grade (mark one)", bold=True)
                grade_cells(sheet, sheet.row, 2, section.grade, style)
            else:
                sheet.cell(sheet.row, 1, rng.choice(("Grade", "Panel grade", "Grade for this KLOE")), bold=True)
                grade_cells(sheet, sheet.row, 2, section.grade, style)
            sheet.row += 2
    else:
        headings = ["Line of enquiry", *agencies, "Panel finding"]
        for column, text in enumerate(headings, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        grade_column = len(headings) + 1
        if style == "columns":
            column_heads(sheet, sheet.row, grade_column)
        else:
            sheet.cell(sheet.row, grade_column, "Grade", bold=True, fill="DDEBF7")
        sheet.row += 1
        for section in sample.sections:
            sheet.cell(sheet.row, 1, section.name, bold=True)
            for offset, _ in enumerate(agencies, start=2):
                sheet.cell(sheet.row, offset, rng.choice(FINDINGS), size=9)
            sheet.cell(sheet.row, len(headings), section.comment)
            grade_cells(sheet, sheet.row, grade_column, section.grade, style)
            sheet.ws.row_dimensions[sheet.row].height = 60
            sheet.row += 1
            if section.name in remarks:
                sheet.cell(sheet.row, 1, f"{moderator_title}:", bold=True, colour=ink)
                sheet.cell(sheet.row, 2, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 2, len(headings))
                sheet.row += 1
        for column in range(2, len(headings) + 1):
            sheet.ws.column_dimensions[get_column_letter(column)].width = 24
        sheet.row += 1

    # --- summary, urgent question, actions, moderation ----------------------------
    sheet = writer(summary_ws)
    if summary_ws is not kloe_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(heads[3], brand)
    if overall_style == "columns":
        column_heads(sheet, sheet.row, 2)
        sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade", "Overall multi-agency grade", "Overall judgement")),
               bold=True, fill="F2F2F2")
    grade_cells(sheet, sheet.row, 2, sample.grade, overall_style)
    sheet.row += 2
    for heading, lines in ((rng.choice(("What worked well across agencies", "Strengths")), sample.strengths),
                           (rng.choice(("Areas for development", "Learning for the partnership")),
                            sample.development_areas)):
        sheet.cell(sheet.row, 1, heading, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 8)
        sheet.row += 1
        for text in lines:
            sheet.line(f"\u2022 {text}", border=True)
    sheet.row += 1
    question = rng.choice(("Did the audit identify any immediate safeguarding concern needing escalation?",
                           "Is any child in this household at risk of immediate harm?",
                           "Urgent concern identified (referred back to the case holder today)?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    answer = "Yes" if sample.urgent_concern else rng.choice(("No", "No", "N"))
    sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    dropdown(summary_ws, f"F{sheet.row}", ("Yes", "No", "N"))
    sheet.row += 1
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, "If yes, what and who was told", bold=True)
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail)
        sheet.merge(sheet.row, 2, 8)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    sheet.band(heads[4], brand)
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_layout == "table":
        action_heads = rng.choice((("Action", "Agency / owner", "Target date", "RAG"),
                            ("What needs to happen", "Who", "By when", "Progress")))
        spans = ((1, 4), (5, 6), (7, 7), (8, 8))
        for (start, end), text in zip(spans, action_heads):
            sheet.cell(sheet.row, start, text, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, start, end)
        sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            sheet.cell(sheet.row, 7, due, number_format=due_fmt)
            sheet.cell(sheet.row, 8, None)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", border=True)
    sheet.row += 1
    sheet.band(heads[5], brand)
    top = sheet.row
    rows = [(rng.choice(("Moderated by", "Name")), moderation.moderator if moderation else "", None)]
    if moderation:
        moderated_on, moderated_fmt = day(moderation.date)
    else:
        moderated_on, moderated_fmt = "", None
    rows.append(("Date", moderated_on, moderated_fmt))
    agree = grade_text = ""
    if moderation and moderation.grade:
        agree = "Agree" if moderation.grade == sample.grade else "Disagree"
        grade_text = DROPDOWN[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
    rows.append((rng.choice(("Agree with overall grade?", "Grade agreed?")), agree, None))
    rows.append((rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None))
    comments = "\n".join(moderation.comments) if moderation else rng.choice(
        ("", "Not moderated", "Not sampled for moderation this quarter."))
    rows.append(("Comments", comments, None))
    for text, value, number_format in rows:
        sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, value, number_format=number_format, colour=ink if moderation else None,
                   bold=text.startswith(("Moderated grade", "Grade after")))
        sheet.merge(sheet.row, 2, 8)
        if text.startswith(("Agree", "Grade agreed")):
            dropdown(summary_ws, f"B{sheet.row}", ("Agree", "Disagree"))
        if text == "Comments":
            sheet.ws.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    if boxed_moderation:
        for row in range(top, sheet.row):
            for column in range(1, 9):
                target = sheet.ws.cell(row=row, column=column)
                target.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == 8 else THIN,
                                       top=THICK if row == top else THIN,
                                       bottom=THICK if row == sheet.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), address, ", ".join(child.parents),
            *(when(born_on) for _, born_on in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)
