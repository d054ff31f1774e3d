"""An Early Help service manager's quality review of one family's Early
Help assessment and plan, kept as an Excel workbook: a merged title band,
the family's Early Help system reference, the child and the other
children in the household, the lead practitioner and their locality team,
who reviewed the file and when; six review areas graded on the four-point
scale (the lead practitioner's relationship with the family, the family's
voice, the assessment, the family plan, the review of the plan, management
oversight and step up / step down); then the overall grade, what is going
well, what would make it even better, the question whether anything needs
a step up to children's social care today, actions, and a box for the
Head of Early Help (or Head of Service) who moderates a sample.

Modelled on Wandsworth Borough Council's Local Digital Fund project
"Exploring what Early Help service heads need to analyse performance so
they can improve the quality of their services" (Early Help services
support families before problems escalate; service heads need to know
which services help most and to judge the quality of their services).
The page describes the need, not a form, so the workbook is our own
judgement: one sheet or a "Family" / "Review" / "Sign off" set; the
details as a two-column grid, a strip of headings over one row of values,
or one to a row; each area graded from a drop-down, typed informally,
numbered against a printed key (with a RAG fill), or chosen among four
printed options with the others struck through; dates typed in several
spellings or kept as Excel dates; the moderation in a boxed block or a
single narrative cell, in a colour of the moderator's own.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.forms import EARLY_HELP_AUDIT
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
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "early_help_review_workbook"
SEED = 9185

# The review areas in this workbook's order: the sample's area, our name, a prompt.
AREAS = (
    ("Engagement with the family", "Lead practitioner and the relationship with the family",
     "Is there a named lead practitioner the family know, and regular purposeful contact?"),
    ("Voice of the child", "The family's voice – child and parents",
     "Are the child's and parents' own words recorded and do they shape the plan?"),
    ("Early Help Assessment", "Quality of the Early Help assessment",
     "Strengths and worries, history, analysis of what life is like for the child"),
    ("Team Around the Family plan", "The family plan",
     "Outcomes the family understand, named people, timescales; agreed with partners"),
    ("Impact and outcomes for the child", "Reviewing the plan – is anything different?",
     "Reviewed on time, progress measured, decision to continue, close or step up"),
    ("Management oversight", "Oversight, supervision and step up / step down",
     "Manager's direction recorded; thresholds applied; step up or down considered"),
)
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
RAG = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
TITLES = ("Early Help Family Review – Quality Audit", "EARLY HELP QUALITY REVIEW (ASSESSMENT & FAMILY PLAN)",
          "Early Help Service – Case Quality Review Workbook", "Family Review Audit: Early Help")
NO_ACTIONS = ("No actions from this review.", "Nil actions.", "None – no actions arising from the audit.")
NOT_MODERATED = ("", "Not sampled for moderation", "n/a")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH Team Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="404040")
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 7  # columns A to G


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
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
    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEFGHI", (22, 30, 18, 18, 18, 18, 24, 12, 30)):
            sheet.column_dimensions[column].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             border=True, strike=False, number_format=None):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last, rows: int = 1):
        if last > first or rows > 1:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row + rows - 1, end_column=last)

    def band(self, text, *, last=WIDTH, fill=None, colour="FFFFFF"):
        self.cell(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def text(self, text, *, italic=False, bold=False, colour=None, height=None, border=False, fill=None):
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border, fill=fill)
        self.merge(self.row, 1, WIDTH)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def skip(self, rows=1):
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_layout = rng.choice(("grid", "strip", "list"))
    grade_style = rng.choice(("dropdown", "typed", "key", "options"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    key = rng.choice(KEYS)
    sheets = rng.random() < 0.6
    moderation_style = rng.choice(("box", "box", "narrative"))
    actions_style = rng.choice(("table", "table", "lines"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)

    # The sample as this workbook shows it.
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                       for old, title, _ in AREAS)}
    reference_style = rng.random()
    if reference_style < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference_style < 0.8:
        changes["case_id"] = case_reference(rng, sample.case_id)
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: title for old, title, _ in AREAS}
    section_remarks = ({renamed.get(old, old): text for old, text in moderation.section_comments.items()}
                       if moderation else {})

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    title = rng.choice(TITLES)
    first = workbook.active
    if sheets:
        first.title = rng.choice(("Family", "1 Family details", "Details"))
        review_ws = workbook.create_sheet(rng.choice(("Review", "2 Review areas", "Areas")))
        sign_ws = workbook.create_sheet(rng.choice(("Sign off", "3 Summary & sign off", "Summary")))
    else:
        first.title = rng.choice(("EH Review", "Quality review"))
        review_ws = sign_ws = first
    writers = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    def validate(ws, coordinate, choices):
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        ws.add_data_validation(validation)
        validation.add(coordinate)

    # --- title and details --------------------------------------------------
    sheet = writer(first)
    sheet.cell(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=12, border=False)
    sheet.merge(1, 1, WIDTH)
    sheet.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
    sheet.merge(2, 1, WIDTH)
    sheet.sheet.row_dimensions[2].height = 22
    sheet.cell(3, 1, rng.choice(("OFFICIAL – SENSITIVE (once completed)", "Early Help Service – Quality & Practice",
                                 "Complete all shaded cells. One workbook per family.")),
               italic=True, border=False, size=9)
    sheet.merge(3, 1, WIDTH)
    sheet.row = 5
    sheet.band(rng.choice(("Family and review details", "About the family", "1. Details")))
    case_value = int(sample.case_id) if sample.case_id.isdigit() else sample.case_id
    reviewed_on, reviewed_fmt = day(sample.date)
    born_on, born_fmt = day(child.date_of_birth)
    others_text = "; ".join(f"{name} (DOB {when(born)})" for name, born in household)
    details = [
        (rng.choice(("EH reference", "Early Help ID", "Family reference")), case_value, None),
        (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_on, born_fmt),
        (rng.choice(("Siblings", "Other children in family", "Brothers / sisters")), others_text, None),
        (rng.choice(("Parent / carer", "Parents/carers")), " & ".join(child.parents), None),
        (rng.choice(("Lead practitioner", "Lead Practitioner (LP)", "Key worker / LP")), sample.practitioner, None),
        (rng.choice(("Locality team", "Team", "Family hub / team")), sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Reviewed by", "Auditor", "Reviewing manager")), sample.auditor, None),
        (rng.choice(("Date of review", "Review date", "Date completed")), reviewed_on, reviewed_fmt),
    ]
    address_shown = rng.random() < 0.35
    if address_shown:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_layout == "grid":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="E7E6E6")
                sheet.cell(sheet.row, column + 1, value, fill="FFF2CC", number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.skip()
    elif details_layout == "strip":
        for start in range(0, len(details), 5):
            chunk = details[start:start + 5]
            for offset, (text, value, number_format) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset, text, bold=True, fill="DDEBF7")
                sheet.cell(sheet.row + 1, 1 + offset, value, number_format=number_format)
            sheet.sheet.row_dimensions[sheet.row + 1].height = 32
            sheet.skip(2)
    else:
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, 4)
            sheet.skip()
    sheet.skip()

    # --- review areas ---------------------------------------------------------
    sheet = writer(review_ws)
    if review_ws is not first:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, WIDTH)
        sheet.row = 3
    sheet.band(rng.choice(("2. Review areas", "Quality of practice – review areas", "WHAT THE FILE TELLS US")))
    if grade_style == "key":
        ordered = sorted(GRADES4, key=lambda grade: key[grade])
        sheet.text("Key:  " + "   ".join(f"{key[grade]} = {WORDS[grade]}" for grade in ordered), bold=True)
    elif grade_style == "options":
        sheet.text("Grade each area by highlighting one option and striking through the rest.", italic=True)
    grade_columns = (5, 6, 7, 8) if grade_style == "options" else (7,)
    remark_column = 9 if grade_style == "options" else 8
    headings = ["Area", "What we look for", "Evidence / auditor's findings"]
    for column, heading in zip((1, 2, 3), headings):
        sheet.cell(sheet.row, column, heading, bold=True, fill="D9E1F2")
    sheet.merge(sheet.row, 3, 4 if grade_style == "options" else 6)
    if grade_style == "options":
        sheet.cell(sheet.row, 5, "Grade (highlight one)", bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 5, 8)
    else:
        sheet.cell(sheet.row, 7, rng.choice(("Grade", "Judgement", "Rating")), bold=True, fill="D9E1F2")
    if section_remarks:
        sheet.cell(sheet.row, remark_column, rng.choice(("HoEH moderation note", "Moderator's comment")),
                   bold=True, fill="D9E1F2", colour=ink)
    sheet.skip()
    for number, ((_, _, prompt), section) in enumerate(zip(AREAS, sample.sections), start=1):
        row = sheet.row
        sheet.cell(row, 1, f"{number}. {section.name}", bold=True)
        sheet.cell(row, 2, prompt, italic=True, size=9)
        sheet.cell(row, 3, section.comment)
        sheet.merge(row, 3, 4 if grade_style == "options" else 6)
        _grade(sheet, rng, row, grade_columns, grade_style, section.grade, key,
               lambda coordinate: validate(review_ws, coordinate, tuple(WORDS[g] for g in GRADES4)))
        if section.name in section_remarks:
            sheet.cell(row, remark_column, section_remarks[section.name], colour=ink, italic=True)
        sheet.sheet.row_dimensions[row].height = 48
        sheet.skip()
    sheet.skip()

    # --- summary and sign off -------------------------------------------------
    sheet = writer(sign_ws)
    if sign_ws is not review_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, WIDTH)
        sheet.row = 3
    sheet.band(rng.choice(("3. Overall grade", "Overall judgement of the Early Help offer to this family")))
    row = sheet.row
    sheet.cell(row, 1, rng.choice(("Overall grade", "Overall", "Overall quality of practice")), bold=True,
               fill="E2EFDA")
    sheet.merge(row, 1, 4 if overall_style == "options" else 6)
    if overall_style == "key" and grade_style != "key":
        overall_style = "typed"
    _grade(sheet, rng, row, (5, 6, 7, 8) if overall_style == "options" else (7,), overall_style, sample.grade, key,
           lambda coordinate: validate(sign_ws, coordinate, tuple(WORDS[g] for g in GRADES4)))
    sheet.skip(2)

    bullet = rng.choice(("• ", "- ", ""))
    for heading, items in ((rng.choice(("What is going well", "Strengths", "What's working well?")),
                            sample.strengths),
                           (rng.choice(("Even better if…", "Areas for development", "What needs to improve")),
                            sample.development_areas)):
        sheet.band(heading, fill="D9D9D9", colour="000000")
        if rng.random() < 0.5:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6,
                       border=True)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=28, border=True)
        sheet.skip()

    sheet.band(rng.choice(("Safeguarding – step up", "Is the child safe today?", "Immediate concerns")),
               fill="C00000")
    question = rng.choice((
        "Has this review found anything that needs a step up to Children's Social Care (MASH) today?",
        "Are there any immediate safeguarding concerns requiring escalation?",
    ))
    row = sheet.row
    sheet.cell(row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(row, 1, 5)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "NO"))
    target = sheet.cell(row, 6, answer, bold=True, fill="FFF2CC")
    validate(sign_ws, target.coordinate, ("Yes", "No", "YES", "NO"))
    sheet.merge(row, 6, WIDTH)
    sheet.sheet.row_dimensions[row].height = 30
    sheet.skip()
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, "Details of action taken", bold=True, fill="FCE4D6")
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 2, WIDTH)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.skip()
    if sample.feedback_sought is not None:
        row = sheet.row
        sheet.cell(row, 1, "Were the child's and family's views sought about the help they have had?", bold=True,
                   fill="F2F2F2")
        sheet.merge(row, 1, 5)
        sheet.cell(row, 6, "Yes" if sample.feedback_sought else "No", fill="FFF2CC")
        sheet.merge(row, 6, WIDTH)
        sheet.skip()
    sheet.skip()

    sheet.band(rng.choice(("Actions", "Actions agreed with the lead practitioner", "4. ACTIONS")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), border=True)
    elif actions_style == "table":
        headers = rng.choice((("Action", "By whom", "By when"), ("What needs to happen", "Who", "Timescale")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, headers[1], bold=True, fill="DDEBF7")
        sheet.cell(sheet.row, 6, headers[2], bold=True, fill="DDEBF7")
        sheet.cell(sheet.row, 7, "Done?", bold=True, fill="DDEBF7")
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 6, value, number_format=number_format)
            sheet.cell(sheet.row, 7, "")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} – {action.owner} by {when(action.due)}", height=30, border=True)
    sheet.skip()

    # --- moderation -------------------------------------------------------------
    if moderation or rng.random() < 0.7:
        sheet.band(rng.choice(("Moderation – Head of Early Help", "Head of Service moderation",
                               "5. Moderation (Head of Early Help / HoS)")), fill="595959")
        if moderation_style == "narrative" and moderation:
            words = [f"Moderated by {moderation.moderator} on {when(moderation.date)}."]
            if moderation.grade == sample.grade:
                words.append(f"I agree the grade of {informal_grade(rng, moderation.grade)}.")
            elif moderation.grade:
                words.append(f"Grade changed to {informal_grade(rng, moderation.grade)}.")
            words += list(moderation.comments)
            sheet.text(" ".join(words), colour=ink, height=20 * (len(words) + 1), border=True)
        else:
            labels = (rng.choice(("Moderated by", "Head of Early Help")), "Date",
                      rng.choice(("Agree with overall grade?", "Grade agreed?")),
                      rng.choice(("Moderated grade", "Final grade")), "Comments")
            if moderation:
                moderated_on, moderated_fmt = day(moderation.date)
                agree = grade_text = ""
                if moderation.grade:
                    agree = "Agree" if moderation.grade == sample.grade else "Disagree"
                    grade_text = WORDS[moderation.grade] if rng.random() < 0.5 else informal_grade(rng,
                                                                                                   moderation.grade)
                values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
                formats = (None, moderated_fmt, None, None, None)
            else:
                values = ("", "", "", "", rng.choice(NOT_MODERATED))
                formats = (None,) * 5
            for text, value, number_format in zip(labels, values, formats):
                row = sheet.row
                sheet.cell(row, 1, text, bold=True, fill="EDEDED")
                sheet.cell(row, 2, value, colour=ink if moderation else None, number_format=number_format,
                           bold=text == labels[3])
                sheet.merge(row, 2, WIDTH)
                if text == labels[4]:
                    sheet.sheet.row_dimensions[row].height = 45
                for column in range(1, WIDTH + 1):
                    sheet.sheet.cell(row=row, column=column).border = Border(
                        left=THICK if column == 1 else THIN, right=THICK if column == WIDTH else THIN,
                        top=THIN, bottom=THIN)
                sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household))
    if address_shown:
        also += (", ".join((*child.address_lines, child.postcode)),)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _grade(sheet: _Writer, rng: random.Random, row: int, columns, style: str, grade: str, key, dropdown) -> None:
    """A grade in the workbook's style at `row`."""
    if style == "options":
        for column, option in zip(columns, GRADES4):
            chosen = option == grade
            sheet.cell(row, column, SHORT[option], bold=chosen, strike=not chosen,
                       fill="FFFF00" if chosen else None)
        return
    column = columns[0]
    if style == "dropdown":
        target = sheet.cell(row, column, WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "key":
        sheet.cell(row, column, key[grade], bold=True, fill=RAG[grade])
    else:
        sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
