"""Supervision compliance audit kept as an Excel workbook, one practitioner
to a workbook: a practice manager from another team (or a practice lead)
reads the supervision records one practitioner has had over a period and
records the supervisee, the supervisor, their team and service, each
session sampled (date held, whether written up and signed within the
standard, how many children's cases were discussed), six supervision
standards each checked Met / Partly met / Not met with the evidence found
and a grade, the overall grade, what is working well, what needs to
develop, actions with who and by when (or a "no actions" sentence), the
question whether the records show a child's safety issue that needs
action now, and a Head of Service moderation block.

Modelled on the Greater Manchester Safeguarding Children Partnership's
"Supervision" chapter (its multi-agency procedures, last updated June
2024), which adopts the North West ADCS "Protocol for Standards in
Supervision of Children and Families Social Workers": minimum regional
standards for supervision and critical reflection so that social workers
get the same supervision whichever North West authority they work for,
supervision as a formal setting for guidance, support and challenge, and
local supervision policies beneath it. The chapter shows no audit form,
so the workbook is our own judgement: one sheet or several (details,
standards, outcome, sometimes a separate moderation sheet and a hidden
lists sheet), details as label / value pairs, a two-pair grid or a header
strip, grades chosen from a drop-down, typed informally, scored 1 to 4 on
a printed key or marked under four grade columns, dates typed in several
spellings or kept as Excel dates, actions as a table or numbered lines in
one cell, the moderator's remarks in a column of their own in a colour of
their own.
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

from bot.samples import COUNCIL, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, PRACTICE_MANAGER, manager_of
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
)

FAMILY = "supervision_compliance_workbook"
SEED = 9713
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's five areas as this council's standards name them, with the
# compliance check each standard asks; a sixth standard is the council's own.
STANDARDS = (
    ("Frequency of supervision", "Standard 1 – Frequency and timeliness",
     "Supervision at least monthly (fortnightly in the first 6 months of an NQSW's AYE)"),
    ("Reflection and analysis", "Standard 2 – Critical reflection and analysis",
     "Reflective discussion recorded for the children discussed, not only tasks"),
    ("Clear plans and case direction", "Standard 3 – Case direction and the child's plan",
     "Each child discussed has clear direction with timescales, copied to the child's record"),
    ("Decisions and their reasons recorded", "Standard 4 – Decisions and rationale",
     "Management decisions and the reasons for them are recorded"),
    ("Support and constructive challenge", "Standard 5 – Wellbeing, support and challenge",
     "Workload, wellbeing and emotional impact of the work are discussed"),
)
SIXTH = ("Standard 6 – Learning and professional development",
         "Training needs, PQ standards / KSS and the appraisal are reviewed")
SIXTH_COMMENTS = (
    "Training needs recorded at two of the three sessions; appraisal targets not revisited.",
    "Good link to the KSS; practitioner booked on court skills training.",
    "No reference to learning and development in any session sampled.",
    "CPD log discussed and Social Work England registration renewal date noted.",
)
TITLES = ("Supervision Compliance Audit", "Audit of Supervision – Compliance with the Supervision Standards",
          "SUPERVISION AUDIT WORKBOOK", "Supervision Records Audit (NW Standards)")
INTROS = (
    "Audit 3 consecutive supervision records. Complete the shaded cells; use the drop-downs where provided.",
    "OFFICIAL – SENSITIVE. Save as SUP AUDIT – initials – month and send to the QA inbox.",
    "This audit checks supervision against the regional minimum standards and our Supervision Policy.",
)
CHECK_WORDS = ("Met", "Partly met", "Not met")
DROP_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
              INADEQUATE: "Inadequate"}
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_TEXT = {OUTSTANDING: "Outstanding – exceeds the standard throughout",
            GOOD: "Good – standard met in all sessions sampled",
            REQUIRES_IMPROVEMENT: "Requires improvement – standard met in some sessions only",
            INADEQUATE: "Inadequate – standard not met; supervision is not safe"}
COLUMNS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req Imp", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NO_ACTIONS = ("No actions – supervision meets the standards.", "None required at this time.",
              "No further actions arising from this audit.")
NOT_MODERATED = ("", "Not sampled for HoS moderation", "n/a")
MODERATION_CONFIRMS = ("I agree with the auditor; the supervision records support the grade.",
                       "Agreed. A fair and well evidenced audit.")
MODERATION_LOWERS = ("Reflection is thinner than the audit suggests; two sessions are task lists only.",
                     "Supervision was missed in one month and this is not reflected in the grade.")
MODERATION_RAISES = ("The audit undersells the quality of the reflective discussion recorded.",
                     "Supervision is consistently reflective; I would grade this higher.")
MODERATION_REMARKS = ("Please share the learning with the supervisor at their next supervision.",
                      "Actions to be followed up in the service's next performance clinic.")
SECTION_REMARKS = ("Agree.", "Please check the session in the middle month was signed.",
                   "This is well evidenced.")
URGENT = (
    "Supervision on {when} records that {name} disclosed being hit by her stepfather; no strategy discussion "
    "is recorded. Raised with the Head of Service on the day of the audit.",
    "The records show {name} has been missing from home three times since the last session with no return "
    "interview or review of the plan. Passed to the team manager for action today.",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="8C8C8C")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    plan = (["urgent"] * 2 + ["remarks"] * 2 + ["changes"] * 3 + ["confirms"] * 2
            + ["plain"] * max(0, count - 9))[:count]
    rng.shuffle(plan)
    return [_form(rng, index, sample, today, what) for index, (sample, what) in enumerate(zip(pool, plan))]


class _Sheet:
    def __init__(self, ws, font: str):
        self.ws = ws
        self.font = font
        self.row = 1

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             fmt=None, border=True):
        target = self.ws.cell(row=row, column=column)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, fill, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def text(self, value, *, last=8, height=None, **look):
        self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _moderation(rng, sample, what, moderator, sections, today) -> Moderation | None:
    if what not in ("remarks", "changes", "confirms"):
        return None
    grade = sample.grade
    comments = MODERATION_CONFIRMS
    if what == "changes":
        position = GRADE_ORDER.index(grade)
        lower = position < 3 and (position == 0 or rng.random() < 0.6)
        grade = GRADE_ORDER[position + 1] if lower else GRADE_ORDER[position - 1]
        comments = MODERATION_LOWERS if lower else MODERATION_RAISES
    elif what == "remarks":
        grade, comments = None, MODERATION_REMARKS
    remarked = rng.sample(sections, rng.randint(1, 2))
    return Moderation(moderator=moderator, date=min(today, sample.date + timedelta(days=rng.randint(3, 12))),
                      comments=tuple(rng.sample(comments, rng.randint(1, 2))),
                      section_comments={section.name: rng.choice(SECTION_REMARKS) for section in remarked},
                      grade=grade)


def _form(rng: random.Random, index: int, sample, today: date, what: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    grading = rng.choice(("dropdown", "typed", "key", "columns"))
    details_style = rng.choice(("pairs", "grid", "strip"))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    separate_moderation = layout == "sheets" and rng.random() < 0.5
    actions_style = rng.choice(("table", "table", "lines"))
    headings = rng.choice(COLUMNS)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    supervisor_member = next(member for member in STAFF if member.name == supervisor)

    # The auditor: a practice manager from another team, or (sometimes) the Head of Service.
    head = sample.auditor
    others = [member for member in STAFF if member.role == PRACTICE_MANAGER and member.team != sample.team]
    auditor = rng.choice(others).name if others and rng.random() < 0.7 else head
    moderator_member = manager_of(supervisor_member)
    while moderator_member is not None and moderator_member.role != "head_of_service":
        moderator_member = manager_of(moderator_member)
    moderator = moderator_member.name if moderator_member else head

    sections = [Section(title, section.grade, section.comment)
                for (_, title, _), section in zip(STANDARDS, sample.sections)]
    sections.append(Section(SIXTH[0], rng.choice([section.grade for section in sample.sections]),
                            rng.choice(SIXTH_COMMENTS)))
    sections = tuple(sections)
    actions = sample.actions if rng.random() < 0.8 else ()
    changes = dict(auditor=auditor, sections=sections, actions=actions)
    mentioned: tuple[str, ...] = ()
    if what == "urgent":
        name = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        mentioned = (name,)
        changes.update(urgent_concern=True,
                       urgent_concern_detail=rng.choice(URGENT).format(name=name, when=when(sessions[-1])))
    sample = replace(sample, **changes)
    sample = replace(sample, moderation=_moderation(rng, sample, what, moderator, sections, today))
    moderation = sample.moderation
    remarks = moderation.section_comments if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    first = workbook.active
    lists_ws = None
    if layout == "one sheet":
        first.title = rng.choice(("Supervision audit", "Audit", "SUP AUDIT"))
        details_ws = standards_ws = outcome_ws = moderation_ws = first
    else:
        first.title = rng.choice(("Details", "1 Details", "Cover"))
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Standards", "2 Standards", "Audit")))
        outcome_ws = workbook.create_sheet(rng.choice(("Outcome", "3 Outcome & actions", "Summary")))
        moderation_ws = workbook.create_sheet("HoS moderation") if separate_moderation else outcome_ws
    if rng.random() < 0.5:
        lists_ws = workbook.create_sheet("Lists")
        for column, values in enumerate((CHECK_WORDS, tuple(DROP_WORDS[g] for g in GRADE_ORDER), ("Yes", "No")),
                                        start=1):
            for row, value in enumerate(values, start=1):
                lists_ws.cell(row=row, column=column, value=value)
        lists_ws.sheet_state = "hidden"
    ranges = {CHECK_WORDS: "$A$1:$A$3", tuple(DROP_WORDS[g] for g in GRADE_ORDER): "$B$1:$B$4",
              ("Yes", "No"): "$C$1:$C$2", ("Agree", "Disagree"): None}

    def dropdown(ws, coordinate, values):
        if lists_ws is not None and ranges.get(values):
            formula = f"=Lists!{ranges[values]}"
        else:
            formula = '"' + ",".join(values) + '"'
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        ws.add_data_validation(validation)
        validation.add(coordinate)

    writers: dict[str, _Sheet] = {}
    title = rng.choice(TITLES)
    heading = council_line(rng)

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            sheet = _Sheet(ws, font)
            for position, width in enumerate((30, 18, 16, 16, 34, 14, 8, 8, 8, 8, 26), start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
            sheet.cell(1, 1, heading, bold=True, colour=brand, border=False)
            sheet.merge(1, 1, 8)
            sheet.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, 8)
            sheet.row = 4
            writers[ws.title] = sheet
        return writers[ws.title]

    # --- details ---------------------------------------------------------
    sheet = writer(details_ws)
    sheet.text(rng.choice(INTROS), italic=True, border=False)
    sheet.row += 1
    audit_day, audit_fmt = day(sample.date)
    details = [
        (rng.choice(("Supervisee", "Name of supervisee", "Practitioner")), sample.practitioner, None),
        (rng.choice(("Supervisor", "Supervising manager")), supervisor, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Auditor", "Audited by", "Name of auditor")), auditor, None),
        (rng.choice(("Date of audit", "Audit date")), audit_day, audit_fmt),
        (rng.choice(("Period covered", "Period of records audited")), own["period_covered"].written, None),
    ]
    if details_style == "pairs":
        for label, value, fmt in details:
            sheet.cell(sheet.row, 1, label, bold=True, fill="E7E6E6")
            sheet.cell(sheet.row, 2, value, fmt=fmt, fill="FFF2CC")
            sheet.merge(sheet.row, 2, 5)
            sheet.row += 1
    elif details_style == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + 3 * offset
                sheet.cell(sheet.row, column, label, bold=True, fill="E7E6E6")
                sheet.cell(sheet.row, column + 1, value, fmt=fmt, fill="FFF2CC")
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.row += 1
    else:
        for column, (label, _, _) in enumerate(details, start=1):
            sheet.cell(sheet.row, column, label, bold=True, colour="FFFFFF", fill=brand)
        for column, (_, value, fmt) in enumerate(details, start=1):
            sheet.cell(sheet.row + 1, column, value, fmt=fmt)
        sheet.ws.row_dimensions[sheet.row + 1].height = 30
        sheet.row += 2
    sheet.row += 1

    sheet.band(rng.choice(("Supervision sessions sampled", "Sessions audited", "SUPERVISION RECORDS READ")), brand)
    for column, text in enumerate(("Session", "Date held", "Recorded & signed within 5 days?",
                                   "No. of children discussed", "Comment"), start=1):
        sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
    sheet.row += 1
    for number, held in enumerate(sessions, start=1):
        value, fmt = day(held)
        sheet.cell(sheet.row, 1, number)
        sheet.cell(sheet.row, 2, value, fmt=fmt)
        answer = rng.choice(("Yes", "Yes", "No"))
        target = sheet.cell(sheet.row, 3, answer, fill="FFF2CC")
        dropdown(details_ws, target.coordinate, ("Yes", "No"))
        sheet.cell(sheet.row, 4, rng.randint(3, 11))
        sheet.cell(sheet.row, 5, rng.choice(("", "", "Agenda jointly set", "Signed by supervisor only",
                                            "Cancelled once, rearranged within the week")))
        sheet.row += 1
    sheet.row += 1

    # --- standards -------------------------------------------------------
    sheet = writer(standards_ws)
    last = 10 if grading == "columns" else 8
    sheet.band(rng.choice(("Audit against the supervision standards", "PART B – THE STANDARDS", "Standards")),
               brand, last)
    if grading == "key" or rng.random() < 0.25:
        sheet.text("Grade key:" if grading != "key" else "Enter a grade of 1–4 using this key:", bold=True,
                   border=False)
        for grade in GRADE_ORDER:
            prefix = f"{KEY[grade]} = " if grading == "key" else ""
            sheet.text(prefix + KEY_TEXT[grade], italic=True, border=False)
        sheet.row += 1
    heads = ["Standard", "What we look for", "Met?", "", "Evidence from the records", "Grade"]
    if grading == "columns":
        heads = heads[:5] + ["", *headings]
    for column, text in enumerate(heads, start=1):
        if text:
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
    if remarks:
        sheet.cell(sheet.row, 11, rng.choice(("HoS comment", "Moderator's remarks")), bold=True, colour=ink)
    sheet.row += 1
    weights = {OUTSTANDING: (9, 1, 0), GOOD: (7, 3, 0), REQUIRES_IMPROVEMENT: (2, 6, 2), INADEQUATE: (0, 4, 6)}
    look_for = [look for _, _, look in STANDARDS] + [SIXTH[1]]
    for section, look in zip(sample.sections, look_for):
        row = sheet.row
        sheet.cell(row, 1, section.name, bold=True)
        sheet.cell(row, 2, look, italic=True)
        check = rng.choices(CHECK_WORDS, weights=weights[section.grade])[0]
        target = sheet.cell(row, 3, check, fill="FFF2CC")
        dropdown(standards_ws, target.coordinate, CHECK_WORDS)
        sheet.merge(row, 3, 4)
        sheet.cell(row, 5, section.comment)
        if grading == "dropdown":
            target = sheet.cell(row, 6, DROP_WORDS[section.grade], bold=True, fill="FFF2CC")
            dropdown(standards_ws, target.coordinate, tuple(DROP_WORDS[g] for g in GRADE_ORDER))
        elif grading == "typed":
            sheet.cell(row, 6, informal_grade(rng, section.grade), bold=True)
        elif grading == "key":
            sheet.cell(row, 6, KEY[section.grade], bold=True, fill="FFF2CC")
        else:
            for column, option in zip(range(7, 11), GRADE_ORDER):
                if option == section.grade:
                    mark = rng.choice(("X", "x", "\u2713", ""))
                    sheet.cell(row, column, mark or None, bold=True, fill=None if mark else COLUMN_FILLS[option])
                else:
                    sheet.cell(row, column, None)
        if section.name in remarks:
            sheet.cell(row, 11, remarks[section.name], colour=ink)
        sheet.ws.row_dimensions[row].height = 45
        sheet.row += 1
    sheet.row += 1

    # --- outcome -----------------------------------------------------------
    sheet = writer(outcome_ws)
    sheet.band(rng.choice(("Overall grade", "OVERALL JUDGEMENT", "Outcome of audit")), brand, last)
    if grading == "columns":
        for column, text in enumerate(headings, start=7):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade for the supervision audited", "Overall grade",
                                         "Overall judgement")), bold=True, fill="E2EFDA")
    if grading == "columns":
        for column, option in enumerate(GRADE_ORDER, start=7):
            sheet.cell(sheet.row, column, "X" if option == sample.grade else None, bold=True)
    elif grading == "key":
        sheet.cell(sheet.row, 2, f"{KEY[sample.grade]} – {DROP_WORDS[sample.grade]}"
                   if rng.random() < 0.5 else KEY[sample.grade], bold=True, fill="FFF2CC")
    elif grading == "dropdown":
        target = sheet.cell(sheet.row, 2, DROP_WORDS[sample.grade], bold=True, fill="FFF2CC")
        dropdown(outcome_ws, target.coordinate, tuple(DROP_WORDS[g] for g in GRADE_ORDER))
    else:
        sheet.cell(sheet.row, 2, informal_grade(rng, sample.grade, note_chance=0.3), bold=True)
    if grading != "columns":
        sheet.merge(sheet.row, 2, 4)
    sheet.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.5
    for band, items in ((rng.choice(("What is working well", "Strengths", "Strengths of the supervision")),
                         sample.strengths),
                        (rng.choice(("Areas for development", "What needs to improve", "Even better if")),
                         sample.development_areas)):
        sheet.band(band, brand, last)
        if one_cell:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=28)
        sheet.row += 1

    sheet.band(rng.choice(("Safeguarding – immediate concerns", "Urgent concern about a child",
                           "Child safety")), brand, last)
    sheet.cell(sheet.row, 1, rng.choice((
        "Do the records show a child's safety issue that has not been acted on and needs action today?",
        "Has the audit found any child at risk of significant harm where action is needed now?")),
        bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = sheet.cell(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.cell(sheet.row, 1, "If yes, details and who was told", bold=True, fill="FCE4D6")
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 2, 5)
    sheet.ws.row_dimensions[sheet.row].height = 45
    sheet.row += 2

    sheet.band(rng.choice(("Actions", "Action plan", "ACTIONS AGREED")), brand, last)
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS))
    elif actions_style == "lines":
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.text("\n".join(lines), height=30 * len(lines))
    else:
        for column, text in enumerate(rng.choice((("Action", "Who", "By when", "Done?"),
                                                  ("What", "Responsible", "Target date", "RAG"))), start=1):
            sheet.cell(sheet.row, column if column == 1 else column + 2, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.row += 1
        for action in sample.actions:
            owner = {"Practice manager": "Supervisor"}.get(action.owner, action.owner)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, owner)
            value, fmt = day(action.due)
            sheet.cell(sheet.row, 5, value, fmt=fmt)
            sheet.cell(sheet.row, 6, rng.choice(("", "", "Not started")))
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    sheet.row += 1

    # --- moderation ----------------------------------------------------------
    if moderation or rng.random() < 0.7:
        sheet = writer(moderation_ws)
        sheet.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS MODERATION")),
                   brand, last)
        rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator if moderation else "", None)]
        if moderation:
            value, fmt = day(moderation.date)
            rows.append((rng.choice(("Date moderated", "Date")), value, fmt))
            agree = ""
            grade_text = ""
            if moderation.grade:
                agree = "Agree" if moderation.grade == sample.grade else "Disagree"
                grade_text = informal_grade(rng, moderation.grade) if rng.random() < 0.5 else DROP_WORDS[
                    moderation.grade]
            rows += [("Agree with the overall grade?", agree, None),
                     (rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None),
                     (rng.choice(("Comments", "Head of Service comments")), "\n".join(moderation.comments), None)]
        else:
            rows += [("Date moderated", "", None), ("Agree with the overall grade?", "", None),
                     ("Moderated grade", "", None), ("Comments", rng.choice(NOT_MODERATED), None)]
        for label, value, fmt in rows:
            sheet.cell(sheet.row, 1, label, bold=True, fill="F2F2F2")
            target = sheet.cell(sheet.row, 2, value, fmt=fmt, colour=ink if moderation else None,
                                bold=label.startswith(("Moderated grade", "Grade after")))
            sheet.merge(sheet.row, 2, 5)
            if label.startswith("Agree"):
                dropdown(moderation_ws, target.coordinate, ("Agree", "Disagree"))
            sheet.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=mentioned)

