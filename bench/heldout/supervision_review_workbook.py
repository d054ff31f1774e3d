"""Supervision audit kept as an Excel workbook, one practitioner to a
workbook: a practice manager (or practice lead) from another team reads the
supervision records one practitioner has had over a period and records who
was supervised and by whom, their team and service, the sessions read
(date held, whether written up on time, how many children's cases were
discussed), five standards of supervision each with the evidence found and
a judgement, an overall judgement, what is going well, what needs to
develop, actions with who and by when (or a sentence saying there are
none), whether anything read means a child may be unsafe today, and the
Head of Service's moderation.

Modelled on North Northamptonshire Council's children's services as its
published committee papers describe them (Scrutiny Commission, 28 February
2023: the first Ofsted inspection of North Northamptonshire's children's
services, judged "requires improvement to be good", where leaders were
asked what "good" looks like – good leadership and management – and the
quality of social work was still too variable) and the People Overview and
Scrutiny Committee of its neighbour (2021: consistently good practice to be
achieved through the practice model, supervision and management
oversight). The papers describe no audit form, so the workbook is our own
judgement: the four Ofsted words as the scale, supervision standards that
cover frequency, reflection, case direction, decisions recorded on the
child's file and the worker's wellbeing and development, and a Head of
Service who reads a sample and concludes with a moderated judgement.

What varies: one sheet or "Record details" / "Standards" / "Outcome"
sheets; details as labels down the sheet, two pairs to a row, or a strip of
headings over values; sessions as a table or a single line; each
judgement chosen from a drop-down, typed as people type it, a number on a
printed key, a RAG-filled word, or a mark under four columns; dates typed
in one of several spellings or kept as Excel dates; actions as a table,
numbered lines in one cell, or a "no actions" sentence; moderation as a
labelled box or a one-row sign-off strip, in the moderator's own colour.
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

from bot.samples import COUNCIL, STAFF, Section, phrases
from bot.samples.forms import Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, PRACTICE_MANAGER, head_of_service_over
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

FAMILY = "supervision_review_workbook"
SEED = 9604
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's five standards of supervision (taking the sample's five
# sections in order) and what the auditor looks for under each.
STANDARDS = (
    ("Supervision takes place as agreed and is recorded",
     "Sessions at the agreed frequency; written up and signed within five working days."),
    ("Reflection and critical thinking",
     "Hypotheses explored; the worker is helped to think about what life is like for the child."),
    ("Case direction – clear plans with timescales",
     "Each case discussed ends with actions, who will do them and by when."),
    ("Management decisions and rationale on the child's record",
     "Decisions made in supervision are copied to the child's file with the reasons."),
    ("Wellbeing, workload, training and development",
     "Caseload, wellbeing and learning needs discussed; support and challenge balanced."),
)
TITLES = (
    "Supervision Audit Workbook",
    "Quality of Supervision – Audit Record",
    "SUPERVISION FILE AUDIT (Children's Social Care)",
    "Audit of Practitioner Supervision",
)
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                  INADEQUATE: "Inadequate"}
RAG = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires improvement", "Inadequate"))
NO_ACTIONS = ("No actions – supervision meets the standard; continue as now.",
              "No actions arising from this audit.", "None required at this time.")
NOT_MODERATED = ("", "Not sampled for moderation.", "N/A", "Not moderated this quarter")
MODERATION_COMMENTS = (
    "I have read two of the sessions sampled and agree the records show regular, reflective supervision.",
    "The evidence supports the findings; the actions should be reviewed at the next team meeting.",
    "The audit is thorough, but the judgement on case direction is generous given the missing timescales.",
    "Agree with the strengths found. Decisions are still not reaching the children's records consistently.",
    "Reflection is recorded better than the audit suggests; I have looked at the September session.",
)
SECTION_REMARKS = (
    "Two sessions were written up after ten working days.",
    "Agree – good evidence of hypothesising.",
    "Timescales missing from half of the case discussions.",
    "Not all decisions are on the child's record.",
    "Wellbeing discussed, but no training plan recorded.",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _moderation(rng: random.Random, moderator: str, sample, outcome: str) -> Moderation:
    moderated_on = sample.date + timedelta(days=rng.randint(3, 12))
    grade = None
    if outcome == "confirms":
        grade = sample.grade
    elif outcome == "changes":
        position = ORDER.index(sample.grade)
        grade = ORDER[position + 1] if position < 2 or (position == 2 and rng.random() < 0.5) else ORDER[position - 1]
    remarks = {}
    if outcome == "comments only" or rng.random() < 0.3:
        for position in rng.sample(range(len(STANDARDS)), rng.randint(1, 2)):
            remarks[STANDARDS[position][0]] = SECTION_REMARKS[position]
    return Moderation(moderator=moderator, date=moderated_on, comments=(rng.choice(MODERATION_COMMENTS),),
                      section_comments=remarks, grade=grade)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    plan = ["urgent"] * 2 + ["comments only"] * 2 + ["changes"] * 3 + ["confirms"] * 2
    plan += ["plain"] * (count - len(plan))
    rng.shuffle(plan)
    return [_form(rng, index, sample, outcome, today) for index, (sample, outcome) in enumerate(zip(pool, plan))]


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand, self.row = ws, font, brand, 1
        for position, width in enumerate((30, 18, 18, 18, 18, 34, 8, 8, 8, 8, 30), start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, last: int | None = None):
        target = self.ws.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            for other in range(column + 1, last + 1):
                self.ws.cell(row=row, column=other).border = BOX if border else Border()
        return target

    def band(self, text: str, last: int = 6) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11, last=last)
        self.row += 1

    def text(self, text: str, *, height: int = 15, **look) -> None:
        self.put(self.row, 1, text, last=look.pop("last", 6), **look)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("down", "grid", "strip"))
    grade_style = rng.choice(("dropdown", "typed", "key", "rag", "columns"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    key = rng.choice(KEYS)
    heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(("X", "x", "\u2713", "\u2714"))
    sessions_table = rng.random() < 0.65
    moderation_strip = rng.random() < 0.4
    supervisor = next(own.written for own in sample.own if own.key == "supervisor")
    period = next(own.written for own in sample.own if own.key == "period_covered")
    session_days = next(own.written for own in sample.own if own.key == "session_dates")

    # The sample as this workbook carries it: a practice manager from another
    # team audits, the Head of Service over the supervisor moderates.
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    peers = [member for member in STAFF if member.role == PRACTICE_MANAGER and member.name != supervisor
             and member.team != sample.team]
    auditor = rng.choice(peers).name
    head = head_of_service_over(supervisor_member)
    moderator = head.name if head else sample.auditor
    changes: dict = {
        "auditor": auditor,
        "sections": tuple(Section(title, section.grade, section.comment)
                          for (title, _), section in zip(STANDARDS, sample.sections)),
    }
    child_named = None
    if outcome == "urgent":
        child_named = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        concern = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), child_named.split()[0])
        changes["urgent_question"] = True
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = (f"From the case discussion about {child_named} on "
                                            f"{when(session_days[-1])}: {concern}")
    else:
        changes["urgent_question"] = True
    if rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    if outcome in ("comments only", "changes", "confirms"):
        sample = replace(sample, moderation=_moderation(rng, moderator, sample, outcome))
    moderation = sample.moderation

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key_ = (ws.title, choices)
        if key_ not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key_] = validation
        validations[key_].add(coordinate)

    first = workbook.active
    title = rng.choice(TITLES)
    if layout == "one sheet":
        first.title = rng.choice(("Supervision audit", "Audit", "Sup Audit"))
        details_ws = standards_ws = outcome_ws = first
    else:
        first.title = rng.choice(("Record details", "1 Details", "Details"))
        standards_ws = workbook.create_sheet(rng.choice(("Standards", "2 Standards", "Audit")))
        outcome_ws = workbook.create_sheet(rng.choice(("Outcome", "3 Outcome & actions", "Summary")))
        details_ws = first
    writers: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand)
            if ws is not first:
                writers[ws.title].put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=6)
                writers[ws.title].row = 3
        return writers[ws.title]

    # --- details ---------------------------------------------------------------
    sheet = writer(details_ws)
    sheet.put(1, 1, council_line(rng).replace(COUNCIL, COUNCIL.upper()) if rng.random() < 0.3 else council_line(rng),
              bold=True, colour=brand, border=False, last=6)
    sheet.put(2, 1, title, bold=True, colour=brand, size=15, border=False, last=6)
    sheet.ws.row_dimensions[2].height = 22
    sheet.row = 3
    sheet.text(rng.choice((
        "Read at least three recorded sessions. Complete the shaded cells; use the drop-downs where given.",
        "One workbook per practitioner. Return to the QA inbox within 10 working days of the audit.",
        "OFFICIAL – SENSITIVE once completed.",
    )), italic=True, border=False)
    sheet.row += 1
    audit_value, audit_format = day(sample.date)
    details = [
        (rng.choice(("Practitioner supervised", "Supervisee", "Name of worker")), sample.practitioner, None),
        (rng.choice(("Supervisor", "Supervising manager", "Line manager (supervisor)")), supervisor, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Auditor", "Audit completed by", "Auditing manager")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date")), audit_value, audit_format),
        (rng.choice(("Period covered", "Period of records read")), period, None),
    ]
    if rng.random() < 0.5:
        details.append(("Role of worker", rng.choice(("Social Worker", "Senior Social Worker", "Social Worker (ASYE)",
                                                      "Advanced Practitioner")), None))
    if details_style == "down":
        for label, value, number_format in details:
            sheet.put(sheet.row, 1, label, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, 2, value, number_format=number_format, fill="FFF2CC", last=4)
            sheet.row += 1
    elif details_style == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 3 * offset
                sheet.put(sheet.row, column, label, bold=True, fill="E7E6E6")
                sheet.put(sheet.row, column + 1, value, number_format=number_format, last=column + 2)
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (label, value, number_format) in enumerate(chunk):
                sheet.put(sheet.row, 1 + offset, label, bold=True, fill="DDEBF7")
                sheet.put(sheet.row + 1, 1 + offset, value, number_format=number_format)
            sheet.ws.row_dimensions[sheet.row + 1].height = 30
            sheet.row += 2
    sheet.row += 1

    sheet.band(rng.choice(("Supervision sessions read", "Sessions sampled", "SUPERVISION RECORDS LOOKED AT")))
    if sessions_table:
        headers = ("Session", "Date held", "Written up within 5 working days?", "Children's cases discussed")
        for column, text in enumerate(headers, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
        sheet.row += 1
        for number, held in enumerate(session_days, start=1):
            value, number_format = day(held)
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, value, number_format=number_format)
            target = sheet.put(sheet.row, 3, rng.choice(("Yes", "Yes", "No")), fill="FFF2CC")
            dropdown(details_ws, target.coordinate, ("Yes", "No"))
            sheet.put(sheet.row, 4, rng.randint(3, 9))
            sheet.row += 1
    else:
        sheet.put(sheet.row, 1, "Dates of sessions read", bold=True, fill="E7E6E6")
        sheet.put(sheet.row, 2, ", ".join(when(held) for held in session_days), last=6)
        sheet.row += 1
    sheet.row += 1

    # --- standards -------------------------------------------------------------
    sheet = writer(standards_ws)
    last = 10 if grade_style == "columns" else 6
    sheet.band(rng.choice(("Standards of supervision", "Part 2 – The standards", "AUDIT OF THE STANDARDS")), last=last)
    if grade_style == "key":
        sheet.text("Key: " + "   ".join(f"{key[grade]} = {KEY_WORDS[grade]}" for grade in sorted(ORDER,
                                                                                                   key=key.get)),
                   bold=True, border=False)
    if grade_style == "rag":
        sheet.text("Fill colour: green = Good or better, amber = Requires improvement, red = Inadequate.",
                   italic=True, border=False)
    headers = ["Standard", "What we look for", "", "", "Evidence found", ""]
    sheet.put(sheet.row, 1, headers[0], bold=True, fill="E7E6E6")
    sheet.put(sheet.row, 2, headers[1], bold=True, fill="E7E6E6", last=3)
    sheet.put(sheet.row, 4, "Evidence from the records", bold=True, fill="E7E6E6", last=5)
    sheet.put(sheet.row, 6, rng.choice(("Judgement", "Grade", "Rating")) if grade_style != "columns" else "",
              bold=True, fill="E7E6E6")
    if grade_style == "columns":
        for column, text in zip(range(7, 11), heads):
            sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
    remark_column = moderation is not None and moderation.section_comments and rng.random() < 0.5
    if remark_column:
        sheet.put(sheet.row, 11, "Head of Service comment", bold=True, fill="E7E6E6", colour=ink)
    sheet.row += 1
    for number, ((name, prompt), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
        sheet.put(sheet.row, 1, f"{number}. {name}", bold=True)
        sheet.put(sheet.row, 2, prompt, italic=True, colour="595959", last=3)
        sheet.put(sheet.row, 4, section.comment, last=5)
        _grade_cell(sheet, rng, standards_ws, sheet.row, 6, grade_style, section.grade, key, column_mark,
                    dropdown)
        sheet.ws.row_dimensions[sheet.row].height = 45
        remark = moderation.section_comments.get(name) if moderation else None
        if remark and remark_column:
            sheet.put(sheet.row, 11, remark, colour=ink)
        sheet.row += 1
        if remark and not remark_column:
            sheet.put(sheet.row, 1, "HoS moderation note", italic=True, colour=ink)
            sheet.put(sheet.row, 2, remark, colour=ink, last=6)
            sheet.row += 1
    sheet.row += 1

    # --- outcome ---------------------------------------------------------------
    sheet = writer(outcome_ws)
    last = 10 if overall_style == "columns" else 6
    sheet.band(rng.choice(("Overall judgement", "Overall grade for the quality of supervision", "OVERALL")),
               last=last)
    if overall_style == "columns":
        for column, text in zip(range(7, 11), heads):
            sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
        sheet.row += 1
    if overall_style == "key" and grade_style != "key":
        sheet.text("Key: " + "   ".join(f"{key[grade]} = {KEY_WORDS[grade]}" for grade in sorted(ORDER, key=key.get)),
                   bold=True, border=False)
    sheet.put(sheet.row, 1, rng.choice(("Overall, the quality of supervision is", "Overall judgement",
                                        "Overall grade")), bold=True, fill="E2EFDA", last=5)
    _grade_cell(sheet, rng, outcome_ws, sheet.row, 6, overall_style, sample.grade, key, column_mark, dropdown)
    sheet.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for heading, items in ((rng.choice(("What is going well", "Strengths", "Strengths in supervision")),
                            sample.strengths),
                           (rng.choice(("Areas for development", "What needs to develop", "Even better if")),
                            sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 4)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=28)
        sheet.row += 1

    sheet.band(rng.choice(("Safeguarding check", "Is any child unsafe?", "Immediate concerns")))
    sheet.put(sheet.row, 1, rng.choice((
        "Did anything in the supervision records suggest a child may be at risk of harm that has not been acted on?",
        "Is there an urgent concern about a child's safety arising from this audit?",
    )), bold=True, fill="FCE4D6", last=4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "NO"))
    target = sheet.put(sheet.row, 5, answer, bold=True, fill="FFF2CC", last=6)
    if answer in ("Yes", "No"):
        dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.put(sheet.row, 1, "If yes, what was found and who was told", bold=True, fill="FCE4D6")
    sheet.put(sheet.row, 2, sample.urgent_concern_detail or "", last=6)
    sheet.ws.row_dimensions[sheet.row].height = 45 if sample.urgent_concern else 18
    sheet.row += 2

    sheet.band(rng.choice(("Actions", "Actions agreed with the supervisor", "ACTION PLAN")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Lead", "Target date")))
        sheet.put(sheet.row, 1, headers[0], bold=True, fill="DDEBF7", last=3)
        sheet.put(sheet.row, 4, headers[1], bold=True, fill="DDEBF7")
        sheet.put(sheet.row, 5, headers[2], bold=True, fill="DDEBF7")
        sheet.put(sheet.row, 6, "Done?", bold=True, fill="DDEBF7")
        sheet.row += 1
        for action in sample.actions:
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, action.action, last=3)
            sheet.put(sheet.row, 4, action.owner)
            sheet.put(sheet.row, 5, value, number_format=number_format)
            sheet.put(sheet.row, 6, "")
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.text("\n".join(lines), height=30 * len(lines))
    sheet.row += 1

    sheet.put(sheet.row, 1, "Audit shared with supervisor on", bold=True, fill="E7E6E6")
    shared, shared_format = day(sample.date + timedelta(days=rng.randint(1, 4)))
    sheet.put(sheet.row, 2, shared if rng.random() < 0.7 else "", number_format=shared_format, last=3)
    sheet.row += 2

    # --- moderation ------------------------------------------------------------
    sheet.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "MODERATION")))
    labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date", "Date moderated")),
              rng.choice(("Agree with the overall grade?", "Agree / disagree")),
              rng.choice(("Moderated grade", "Moderated judgement")), rng.choice(("Comments", "HoS comments")))
    if moderation:
        moderated_on, moderated_format = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = rng.choice(("Agree", "Yes")) if moderation.grade == sample.grade else rng.choice(("Disagree", "No"))
            grade_text = (DROPDOWN_WORDS[moderation.grade] if rng.random() < 0.5
                          else informal_grade(rng, moderation.grade))
        values = (moderation.moderator, moderated_on, agree, grade_text, " ".join(moderation.comments))
        formats = (None, moderated_format, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 5
    colour = ink if moderation else None
    if moderation_strip:
        widths = ((1, 1), (2, 2), (3, 3), (4, 4), (5, 6))
        for (start, end), text in zip(widths, labels):
            sheet.put(sheet.row, start, text, bold=True, fill="E7E6E6", last=end)
        sheet.row += 1
        for (start, end), value, number_format in zip(widths, values, formats):
            sheet.put(sheet.row, start, value, colour=colour, number_format=number_format, last=end,
                      bold=value == values[3] and bool(value))
        sheet.ws.row_dimensions[sheet.row].height = 60
        sheet.row += 1
    else:
        for text, value, number_format in zip(labels, values, formats):
            sheet.put(sheet.row, 1, text, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, 2, value, colour=colour, number_format=number_format, last=6,
                      bold=text == labels[3])
            if text == labels[4]:
                sheet.ws.row_dimensions[sheet.row].height = 45
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
    return held_out(FAMILY, index, sample, data, "xlsx", others=(child_named,) if child_named else ())


def _grade_cell(sheet: _Sheet, rng: random.Random, ws, row: int, column: int, style: str, grade: str, key,
                column_mark: str, dropdown) -> None:
    """A judgement in the workbook's style."""
    if style == "columns":
        sheet.put(row, column, "")
        for offset, option in enumerate(ORDER):
            sheet.put(row, 7 + offset, column_mark if option == grade else None, bold=True)
    elif style == "dropdown":
        target = sheet.put(row, column, DROPDOWN_WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(ws, target.coordinate, tuple(DROPDOWN_WORDS[option] for option in ORDER))
    elif style == "key":
        sheet.put(row, column, key[grade] if rng.random() < 0.7 else f"{key[grade]} ({KEY_WORDS[grade]})",
                  bold=True, fill="FFF2CC")
    elif style == "rag":
        sheet.put(row, column, DROPDOWN_WORDS[grade], bold=True, fill=RAG[grade])
    else:
        sheet.put(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
