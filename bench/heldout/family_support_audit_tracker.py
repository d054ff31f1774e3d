"""Early Help case file audits kept in a council's audit tracker workbook,
one audit to a workbook: an Early Help manager's audit of one family's
Early Help record. The family's reference (an Early Help or Family Help
system's prefix, a case system's letters, or plain digits), the child and
on some files their brothers and sisters, the lead practitioner, their team
and the service, who audited and when; six areas of practice, each with the
auditor's evidence and a grade; the overall grade; what is working well and
what needs to change; on some files whether the child's and family's views
were sought; an urgent-safeguarding question; the actions (who, by when) or
a sentence that none are needed; the auditor's sign-off and a Head of
Service moderation block.

Modelled on what the Auditor General for Wales (Audit Wales), a public body
not yet used by another family or a council layout, publishes about
examining early help: read as a search excerpt of the Isle of Anglesey
County Council committee page "External Audit: Wellbeing of Future
Generations: An Examination of Early Intervention and Prevention to Ensure
that Children are Safe and Supported". It says the Auditor General is
required by the Well-being of Future Generations (Wales) Act 2015 to
examine public bodies on how far they act in line with the sustainable
development principle when taking steps to meet their well-being
objectives, that early intervention and prevention to keep children safe
and supported was such a step, and that the principle means taking account
of the Act's "five ways of working" (the long term, prevention,
integration, collaboration and involvement). The page shows no audit form
and the excerpt read does not say what the report found, so the workbook
is our own judgement; only a "ways of working evidenced" column beside the
areas on some files (naming which of the five the auditor saw) follows the
source, and it is not part of the truth.

Our judgement, varied across the files: a three-sheet tracker ("Tracker"
strip of headings over one row of values, an "Areas" sheet, a "Summary"
sheet), one sheet with the areas laid across the page (names in a row, the
evidence and the grade in rows beneath), or an "Audit" sheet of stacked
area blocks with a "QA sign-off" sheet; references as EH/, EH-, EHM, FH-,
a case system's letters or plain digits; the team in its own cell, after
the lead practitioner's name or not shown; grades from an Excel drop-down,
typed informally, a number on a printed 1 to 4 key either way round, a mark
(or shading) under four grade columns, or emboldened and highlighted among
the four with the others struck through; dates typed in several spellings
or kept as Excel dates; what is working well / needs to change as rows, as
one cell with a line per item, or side by side; actions as a table,
numbered lines or a "no actions" sentence; the urgent question as Yes / No
from a drop-down, Y / N, or a mark under Yes / No; the Head of Service's
moderation typed in a non-red ink (with remarks beside the areas and an
"HoS:" line under the overall grade on some) or in black inside a
heavy-bordered box of its own fill, changing, confirming or only
commenting; unmoderated files carry an empty box, a note or nothing.
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

from bot.samples import COUNCIL, EARLY_HELP_AUDIT, Moderation, SampleAction, sample_forms
from bot.samples.ooxml import stable_zip

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "family_support_audit_tracker"
SEED = 10054

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
FIVE_WAYS = ("Long term", "Prevention", "Integration", "Collaboration", "Involvement")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH manager"}
NO_ACTIONS = ("No actions required – the plan is on track.", "No further actions needed from this audit.",
              "None – feedback given to the lead practitioner in supervision.")
NOT_MODERATED = ("Not selected for moderation this month.", "Awaiting HoS moderation", None)
URGENT_DETAILS = (
    "Recent police notifications of domestic abuse in the home not yet shared with the MASH. Referred to the "
    "front door the same day and the Head of Service informed.",
    "Worries about a new adult in the household with previous convictions. Strategy discussion requested and "
    "the case stepped up to children's social care today.",
    "Bruising seen at school and not followed up. Discussed with the MASH manager and a referral made today.",
)
MOD_COMMENTS = (
    "I have read the file. The plan is not yet making a difference for the child and the grade should reflect "
    "that.",
    "Agree with the auditor's findings. Actions to be followed up at the next EH performance meeting.",
    "The family's own words are well captured; recording of TAF reviews is behind.",
)
RAISED_COMMENT = ("Having read the file, the evidence of progress since the last review is stronger than the audit "
                  "records; I have moved the overall grade up.")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="medium", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY_BOX = Border(left=HEAVY, right=HEAVY, top=HEAVY, bottom=HEAVY)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 9  # columns A to I


def _draw(today: date, count: int) -> list:
    """The first `count` Early Help audits from the sample builder."""
    total = count * 3
    while True:
        drawn = [form for form in sample_forms(total, seed=SEED, today=today, feedback_question=True)
                 if form.kind == EARLY_HELP_AUDIT]
        if len(drawn) >= count:
            return drawn[:count]
        total *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = _draw(today, count)
    # Some files are moderated here that the sample builder left alone, some
    # raise an urgent concern: the form carries it and so does the truth.
    plain = [index for index, sample in enumerate(samples)
             if not sample.moderation and sample.auditor != "Mark Ellison"]
    rng.shuffle(plain)
    moderate = {index: kind for index, kind in zip(plain, ("change", "change", "confirm"))}
    urgent = set(plain[3:6])
    no_actions = set(plain[6:9])
    layouts = [("tracker", "across", "blocks")[index % 3] for index in range(len(samples))]
    rng.shuffle(layouts)
    forms = []
    for index, sample in enumerate(samples):
        changes: dict = {}
        if index in moderate:
            changes["moderation"] = _moderation(rng, sample, moderate[index], today)
        if index in urgent:
            changes["urgent_concern"] = True
            changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS)
        if index in no_actions:
            changes["actions"] = ()
        forms.append(_form(rng, index, replace(sample, **changes), layouts[index], today))
    return forms


def _moderation(rng: random.Random, sample, kind: str, today: date) -> Moderation:
    when = min(sample.date + timedelta(days=rng.randint(4, 12)), today - timedelta(days=1))
    if kind == "confirm":
        return Moderation("Mark Ellison", when, (MOD_COMMENTS[1],), grade=sample.grade)
    position = GRADE_ORDER.index(sample.grade)
    lower = position < 2
    other = GRADE_ORDER[position + 1] if lower else GRADE_ORDER[position - 1]
    areas = [section.name for section in sample.sections]
    if lower:
        return Moderation("Mark Ellison", when, (MOD_COMMENTS[0],),
                          section_comments={areas[-1]: "Impact is not evidenced for the child; see my comment below."},
                          grade=other)
    return Moderation("Mark Ellison", when, (RAISED_COMMENT,),
                      section_comments={areas[-1]: "The latest review shows real progress; see my comment below."},
                      grade=other)


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEFGHI", (26, 18, 16, 16, 16, 16, 16, 16, 28)):
            ws.column_dimensions[column].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
             number_format=None, border=BOX, size=10):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = border
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def height(self, row, points):
        self.ws.row_dimensions[row].height = points

    def title(self, text: str, subtitle: str | None = None):
        self.cell(self.row, 1, COUNCIL, bold=True, colour=self.brand, size=12, border=None)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14)
        self.merge(self.row, 1, WIDTH)
        self.height(self.row, 24)
        self.row += 1
        if subtitle:
            self.cell(self.row, 1, subtitle, italic=True, border=None)
            self.merge(self.row, 1, WIDTH)
            self.row += 1
        self.row += 1

    def band(self, text: str, fill: str | None = None):
        self.cell(self.row, 1, text, bold=True, colour=None if fill else "FFFFFF", fill=fill or self.brand)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def line(self, text, *, height=30, first=1, last=WIDTH, **look):
        self.cell(self.row, first, text, **look)
        self.merge(self.row, first, last)
        self.height(self.row, height)
        self.row += 1

    def pair(self, label: str, value, *, number_format=None, colour=None, bold=False, fill=None, border=BOX,
             label_fill="E7E6E6"):
        self.cell(self.row, 1, label, bold=True, fill=label_fill, border=border)
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold, fill=fill,
                  border=border)
        self.merge(self.row, 2, WIDTH)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, layout: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    styles = ("dropdown", "typed", "key") if layout == "across" else ("dropdown", "typed", "key", "mark", "options")
    grade_style = rng.choice(styles)
    words = rng.choice(DROPDOWN_WORDS)
    key = rng.choice(KEYS)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    boxed = rng.random() < 0.35  # the moderation in black inside a box of its own fill
    box_fill = rng.choice(("E4DFEC", "DDEBF7", "FCE4D6"))
    ways = layout != "across" and rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if rng.random() < 0.55 else []
    born_as_age = rng.random() < 0.5

    # --- the sample as this workbook carries it -------------------------------------
    changes: dict = {}
    reference = rng.random()
    if reference < 0.45:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.6:
        changes["case_id"] = f"FH-{sample.case_id[:6]}"
    elif reference < 0.8:
        changes["case_id"] = case_reference(rng, sample.case_id)
    team_as = rng.choice(("own", "own", "with name", "none"))
    if team_as == "none":
        changes["team"] = None
    changes["actions"] = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                               for action in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = dict(moderation.section_comments) if moderation and not boxed else {}
    hos_line = bool(moderation and moderation.grade and not boxed and rng.random() < 0.5)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]):
        if (ws.title, choices) not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[(ws.title, choices)] = validation
        validations[(ws.title, choices)].add(coordinate)

    title = rng.choice(("Early Help Case File Audit – Tracker", "EARLY HELP AUDIT TRACKER",
                        "Family Support Case Audit (Early Help)"))
    subtitle = rng.choice((
        "One workbook per family. Grade each area, then the overall grade. Save to the QA tracker folder.",
        "Audit the family's record on the Early Help system; think prevention and involvement.",
        None,
    ))
    first = workbook.active
    if layout == "tracker":
        first.title = "Tracker"
        areas_ws = workbook.create_sheet(rng.choice(("Areas", "Areas of practice")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "Summary & sign off")))
        details_ws = first
    elif layout == "across":
        first.title = rng.choice(("Audit", "EH audit"))
        details_ws = areas_ws = summary_ws = first
    else:
        first.title = "Audit"
        details_ws = areas_ws = first
        summary_ws = workbook.create_sheet(rng.choice(("QA sign-off", "Sign off")))
    sheets: dict = {}

    def sheet_for(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand)
            sheets[ws.title].title(title, subtitle if ws is first else None)
        return sheets[ws.title]

    # --- details -------------------------------------------------------------------
    sheet = sheet_for(details_ws)
    practitioner = sample.practitioner
    if team_as == "with name":
        practitioner = f"{sample.practitioner} ({sample.team})"
    audit_day, audit_fmt = day(sample.date)
    born_day, born_fmt = day(child.date_of_birth)

    def age(born: date) -> int:
        return (sample.date - born).days // 365

    others = "; ".join(f"{name} (age {age(born)})" if born_as_age else f"{name} – DOB {when(born)}"
                       for name, born in household)
    details = [
        (rng.choice(("EH ref", "Family reference", "Case ref (EH system)")),
         int(sample.case_id) if sample.case_id.isdigit() and sample.case_id[0] != "0" and rng.random() < 0.5
         else sample.case_id, None),
        (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_day, born_fmt),
    ]
    if household:
        details.append((rng.choice(("Brothers and sisters", "Other children in the household", "Siblings")), others,
                        None))
    details.append((rng.choice(("Lead practitioner", "Lead professional", "Key worker")), practitioner, None))
    if team_as == "own":
        details.append((rng.choice(("Team", "EH team", "Locality team")), sample.team, None))
    details += [
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Audited by", "Auditor", "Auditing manager")), sample.auditor, None),
        (rng.choice(("Date audited", "Audit date", "Date of audit")), audit_day, audit_fmt),
    ]
    if layout == "tracker":
        # A strip of headings over one row of values, as a tracker keeps them.
        for start in range(0, len(details), 5):
            chunk = details[start:start + 5]
            for position, (text, value, number_format) in enumerate(chunk):
                column = 1 + 2 * position if len(chunk) <= 4 else 1 + position
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
                sheet.cell(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
                if len(chunk) <= 4:
                    sheet.merge(sheet.row, column, column + 1)
                    sheet.merge(sheet.row + 1, column, column + 1)
            sheet.height(sheet.row + 1, 32)
            sheet.row += 3
    elif layout == "across":
        for start in range(0, len(details), 2):
            for position, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 5 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="E7E6E6")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.height(sheet.row, 30)
            sheet.row += 1
        sheet.row += 1
    else:
        sheet.band(rng.choice(("About the family", "1. Details")))
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format, fill="FFF2CC")
        sheet.row += 1

    # --- the areas --------------------------------------------------------------------
    sheet = sheet_for(areas_ws)
    any_key = grade_style == "key"
    if any_key:
        order = sorted(GRADE_ORDER, key=lambda grade: key[grade])
        sheet.line("Key:  " + "   ".join(f"{key[grade]} = {WORDS[grade]}" for grade in order), height=16,
                   bold=True, border=None)

    def grade_cells(ws_sheet: _Sheet, row: int, first: int, last: int, grade: str, *, bold=True):
        if grade_style == "dropdown":
            target = ws_sheet.cell(row, first, words[grade], bold=bold, fill="FFF2CC")
            dropdown(ws_sheet.ws, target.coordinate, tuple(words[g] for g in GRADE_ORDER))
        elif grade_style == "typed":
            ws_sheet.cell(row, first, informal_grade(rng, grade, note_chance=0.25), bold=bold)
        elif grade_style == "key":
            ws_sheet.cell(row, first, key[grade], bold=bold, fill="FFF2CC")
        elif grade_style == "mark":
            for column, (option, _) in zip(range(first, first + 4), columns):
                target = ws_sheet.cell(row, column, None)
                if option == grade:
                    if symbol:
                        target.value = symbol
                        target.font = Font(name=font, bold=True)
                        target.alignment = Alignment(horizontal="center", vertical="top")
                    else:
                        target.fill = PatternFill("solid", start_color="A6A6A6", end_color="A6A6A6")
            return
        else:
            for column, option in zip(range(first, first + 4), GRADE_ORDER):
                chosen = option == grade
                ws_sheet.cell(row, column, WORDS[option], bold=chosen, strike=not chosen,
                              colour=None if chosen else "808080", fill="FFFF00" if chosen else None)
            return
        ws_sheet.merge(row, first, last)

    four = grade_style in ("mark", "options")

    def four_headers(ws_sheet: _Sheet, row: int, first: int):
        if grade_style == "mark":
            for column, (_, text) in zip(range(first, first + 4), columns):
                ws_sheet.cell(row, column, text, bold=True, fill="D9D9D9")
        else:
            ws_sheet.cell(row, first, "Grade (highlight one, strike the others)", bold=True, fill="D9D9D9")
            ws_sheet.merge(row, first, first + 3)

    def ways_seen() -> str:
        return ", ".join(sorted(rng.sample(FIVE_WAYS, rng.randint(1, 4)), key=FIVE_WAYS.index))

    remark_heading = rng.choice(("HoS comment", "Moderator's remarks", "HoS moderation note"))
    if layout == "tracker":
        sheet.band(rng.choice(("Areas of practice", "AUDIT AREAS – evidence and grade")))
        headers = {1: "Area of practice", 2: "Evidence"}
        evidence_last = 4 if four else 5
        grade_first = evidence_last + 1
        grade_last = grade_first + 3 if four else grade_first + 1
        extra = grade_last + 1
        row = sheet.row
        for column, text in headers.items():
            sheet.cell(row, column, text, bold=True, fill="D9D9D9")
        sheet.merge(row, 2, evidence_last)
        if four:
            four_headers(sheet, row, grade_first)
        else:
            sheet.cell(row, grade_first, "Grade", bold=True, fill="D9D9D9")
            sheet.merge(row, grade_first, grade_last)
        if ways:
            sheet.cell(row, extra, "Ways of working evidenced", bold=True, fill="D9D9D9")
            extra += 1
        if remarks:
            sheet.cell(row, extra, remark_heading, bold=True, colour=ink, fill="D9D9D9")
        sheet.row += 1
        for section in sample.sections:
            row = sheet.row
            sheet.cell(row, 1, section.name, bold=True, fill="F2F2F2")
            sheet.cell(row, 2, section.comment)
            sheet.merge(row, 2, evidence_last)
            grade_cells(sheet, row, grade_first, grade_last, section.grade)
            column = grade_last + 1
            if ways:
                sheet.cell(row, column, ways_seen(), italic=True)
                column += 1
            if section.name in remarks:
                sheet.cell(row, column, remarks[section.name], colour=ink, italic=True)
            sheet.height(row, 48)
            sheet.row += 1
        sheet.row += 1
        row = sheet.row
        if four:
            four_headers(sheet, row, grade_first)
            sheet.row += 1
            row = sheet.row
        sheet.cell(row, 1, rng.choice(("OVERALL GRADE", "Overall grade for the family's Early Help")), bold=True,
                   fill="E2EFDA")
        sheet.merge(row, 1, evidence_last)
        grade_cells(sheet, row, grade_first, grade_last, sample.grade)
        sheet.row += 1
    elif layout == "across":
        sheet.band(rng.choice(("Areas of practice", "What the audit found")))
        rows = [("Area", None), ("Evidence", None), ("Grade", None)]
        if remarks:
            rows.append((remark_heading, ink))
        top = sheet.row
        for offset, (text, colour) in enumerate(rows):
            sheet.cell(top + offset, 1, text, bold=True, fill="D9D9D9", colour=colour)
        for column, section in enumerate(sample.sections, start=2):
            sheet.cell(top, column, section.name, bold=True, fill="F2F2F2")
            sheet.cell(top + 1, column, section.comment)
            grade_cells(sheet, top + 2, column, column, section.grade)
            if section.name in remarks:
                sheet.cell(top + 3, column, remarks[section.name], colour=ink, italic=True)
        sheet.height(top, 32)
        sheet.height(top + 1, 110)
        sheet.row = top + len(rows) + 1
        row = sheet.row
        sheet.cell(row, 1, rng.choice(("Overall grade", "OVERALL")), bold=True, fill="E2EFDA")
        grade_cells(sheet, row, 2, 3, sample.grade)
        sheet.row += 1
    else:
        sheet.band(rng.choice(("2. Areas of practice", "Audit areas")))
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, WIDTH)
            sheet.row += 1
            sheet.pair("Evidence", section.comment, label_fill="F2F2F2")
            sheet.height(sheet.row - 1, 40)
            if ways:
                sheet.pair("Ways of working seen", ways_seen(), label_fill="F2F2F2")
            if four:
                four_headers(sheet, sheet.row, 2)
                sheet.row += 1
            sheet.cell(sheet.row, 1, "Grade", bold=True, fill="F2F2F2")
            grade_cells(sheet, sheet.row, 2, 4, section.grade)
            if section.name in remarks:
                sheet.cell(sheet.row, 7, f"HoS: {remarks[section.name]}", colour=ink, italic=True)
                sheet.merge(sheet.row, 7, WIDTH)
            sheet.row += 2
        if four:
            four_headers(sheet, sheet.row, 2)
            sheet.row += 1
        sheet.cell(sheet.row, 1, rng.choice(("Overall grade", "OVERALL GRADE")), bold=True, fill="E2EFDA")
        grade_cells(sheet, sheet.row, 2, 4, sample.grade)
        sheet.row += 1
    if hos_line:
        sheet.cell(sheet.row, 1, None, border=None)
        sheet.cell(sheet.row, 2, f"HoS: {informal_grade(rng, moderation.grade)} (moderated)", colour=ink,
                   bold=True, border=None)
        sheet.merge(sheet.row, 2, 5)
        sheet.row += 1
    sheet.row += 1

    # --- summary ------------------------------------------------------------------------
    sheet = sheet_for(summary_ws)
    well = rng.choice(("What is working well?", "What's working well", "Strengths"))
    change = rng.choice(("What needs to change?", "What needs to happen next / be better", "Areas to develop"))
    bullet = rng.choice(("• ", "- "))
    if layout == "across" and rng.random() < 0.6:
        top = sheet.row
        sheet.cell(top, 1, well, bold=True, fill=brand, colour="FFFFFF")
        sheet.merge(top, 1, 4)
        sheet.cell(top, 5, change, bold=True, fill=brand, colour="FFFFFF")
        sheet.merge(top, 5, WIDTH)
        sheet.cell(top + 1, 1, "\n".join(bullet + item for item in sample.strengths))
        sheet.merge(top + 1, 1, 4)
        sheet.cell(top + 1, 5, "\n".join(bullet + item for item in sample.development_areas))
        sheet.merge(top + 1, 5, WIDTH)
        sheet.height(top + 1, 30 * max(len(sample.strengths), len(sample.development_areas)) + 10)
        sheet.row = top + 3
    else:
        one_cell = rng.random() < 0.4
        for heading, items in ((well, sample.strengths), (change, sample.development_areas)):
            sheet.band(heading)
            if one_cell:
                sheet.line("\n".join(bullet + item for item in items), height=28 * len(items) + 8)
            else:
                for item in items:
                    sheet.line(item)
            sheet.row += 1

    if sample.feedback_sought is not None:
        sheet.cell(sheet.row, 1, "Were the child's and family's views sought and recorded?", bold=True,
                   fill="E7E6E6")
        sheet.merge(sheet.row, 1, 6)
        sheet.cell(sheet.row, 7, "Yes" if sample.feedback_sought else "No", fill="FFF2CC")
        sheet.merge(sheet.row, 7, WIDTH)
        sheet.height(sheet.row, 30)
        sheet.row += 2

    # The urgent question.
    sheet.band(rng.choice(("Safeguarding", "Urgent concerns", "Is this child safe today?")), fill="F8CBAD")
    question = rng.choice((
        "Is there an urgent safeguarding concern needing action today?",
        "Has the audit identified any child at immediate risk of significant harm?",
    ))
    answer_style = rng.choice(("dropdown", "yn", "mark"))
    if answer_style == "mark":
        sheet.cell(sheet.row, 7, "Yes", bold=True, fill="F8CBAD")
        sheet.cell(sheet.row, 8, "No", bold=True, fill="F8CBAD")
        sheet.row += 1
    row = sheet.row
    sheet.cell(row, 1, question, bold=True)
    if answer_style == "mark":
        sheet.merge(row, 1, 6)
        sheet.cell(row, 7, "X" if sample.urgent_concern else None, bold=True)
        sheet.cell(row, 8, None if sample.urgent_concern else "X", bold=True)
    else:
        sheet.merge(row, 1, 6)
        if answer_style == "dropdown":
            target = sheet.cell(row, 7, "Yes" if sample.urgent_concern else "No", bold=True, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
        else:
            sheet.cell(row, 7, "Y" if sample.urgent_concern else "N", bold=True, fill="FFF2CC")
        sheet.merge(row, 7, WIDTH)
    sheet.height(row, 30)
    sheet.row += 1
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what has been done?", "Action taken")), sample.urgent_concern_detail)
        sheet.height(sheet.row - 1, 45)
    sheet.row += 1

    # Actions.
    sheet.band(rng.choice(("Actions", "Actions – who and by when", "SMART actions")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=16)
    elif rng.random() < 0.6:
        for column, text in ((1, "Action"), (6, "Who"), (7, "By when"), (8, "RAG"), (9, "Update")):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 5)
        sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, action.owner)
            sheet.cell(sheet.row, 7, due, number_format=due_fmt)
            sheet.cell(sheet.row, 8, None)
            sheet.cell(sheet.row, 9, None)
            sheet.height(sheet.row, 32)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}) {action.action} Who: {action.owner}. By: {when(action.due)}")
    sheet.row += 1

    # Sign-off.
    sheet.band(rng.choice(("Auditor sign-off", "Sign off")))
    sheet.pair("Name", sample.auditor)
    signed, signed_fmt = day(sample.date)
    sheet.pair("Date", signed, number_format=signed_fmt)
    sheet.row += 1

    # Moderation.
    role = rng.choice(("Head of Service", "Head of Service – Early Help", "HoS"))
    sheet.band(rng.choice((f"Moderation ({role})", "HEAD OF SERVICE MODERATION", "QA moderation")))
    border = HEAVY_BOX if boxed else BOX
    fill = box_fill if boxed else None
    colour = None if boxed else ink
    if moderation:
        moderated, moderated_fmt = day(moderation.date)
        sheet.pair("Moderated by", f"{moderation.moderator} ({role})" if rng.random() < 0.4 else moderation.moderator,
                   colour=colour, fill=fill, border=border)
        sheet.pair("Date moderated", moderated, number_format=moderated_fmt, colour=colour, fill=fill, border=border)
        agree = None
        grade_text = None
        if moderation.grade == sample.grade:
            agree = rng.choice(("Yes – agree", "Agreed", "Yes"))
            grade_text = rng.choice((words[moderation.grade], informal_grade(rng, moderation.grade), None))
        elif moderation.grade:
            agree = rng.choice(("No", "Disagree – grade changed", "No, see below"))
            grade_text = rng.choice((words[moderation.grade], informal_grade(rng, moderation.grade)))
        sheet.pair("Agree with the overall grade?", agree, colour=colour, fill=fill, border=border)
        sheet.pair("Moderated grade", grade_text, colour=colour, bold=True, fill=fill, border=border)
        row = sheet.pair("Comments", "\n".join(moderation.comments), colour=colour, fill=fill, border=border)
        sheet.height(row, 30 * len(moderation.comments) + 10)
    else:
        shown = rng.random() < 0.7
        if shown:
            for text in ("Moderated by", "Date moderated", "Moderated grade"):
                sheet.pair(text, None, fill=fill, border=border)
            sheet.pair("Comments", rng.choice(NOT_MODERATED), fill=fill, border=border)

    workbook.properties.creator = sample.auditor
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)
