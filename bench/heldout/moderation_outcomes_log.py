"""A Head of Service's monthly moderation outcomes log kept as an Excel
workbook: who moderated, for which month's audits and when; the audits
moderated one to a row (case reference, team or social worker, the
auditor, the auditor's grade, whether the moderator agreed and the grade
after moderation, a short moderator's note); the themes seen across the
sample; whether any case had to go back to its team manager for immediate
action; and the actions, with who and by when.

Modelled on Gloucestershire County Council's children's services as its
scrutiny committee heard them ("Quality Assurance Framework: Progress
Update Report", early 2019: monthly audit activity reported against
expectation, a growing pool of trained auditors, some of whom had become
moderators, the share of audited cases rated inadequate against a target,
and risk assessment as the area of practice in priority focus). The report
describes the process, not a template, so the workbook is our own
judgement: one sheet or a "Summary" / "Cases" / "Actions" set (sometimes a
hidden sheet holding the drop-down lists), details as label / value rows
or as a strip of shaded labels over their values, the month's cases under
a merged coloured band, grades chosen from drop-downs, typed informally,
scored 1 to 4 against a printed key or abbreviated O / G / RI / I, the
moderator's agreement as Agree / Disagree, Y / N, a tick or cross, or an
"Outcome" line ("Agreed", "Upgraded to Good"), the moderated grade column
left blank or "as above" where the moderator agreed, the Head of Service's
remarks typed in a colour of their own.
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

from bot.samples import COUNCIL, STAFF
from bot.samples.ooxml import stable_zip
from bot.samples.people import PRACTICE_MANAGER, PRACTITIONER, invent_case_id
from bot.samples.tools import MODERATION_OVERVIEW, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "moderation_outcomes_log"
SEED = 9153

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
TITLES = (
    "Monthly Audit Moderation – Outcomes Log",
    "Case Audit Moderation Record (Head of Service)",
    "MODERATION OUTCOMES – MONTHLY CASE AUDITS",
    "Quality Assurance Framework: Moderation of Audits",
)
FULL_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
              INADEQUATE: "Inadequate"}
SHORT_WORDS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
SCORES = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
GRADE_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF6B6B"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")

AGREE_NOTES = ("Agree – analysis well evidenced.", "Fair judgement; chronology still behind.",
               "Agree. Good use of the child's own words.", "Agree with grade, plan needs to be SMARTer.",
               "Consistent with the file.", "")
CHANGE_NOTES = ("Risk assessment not strong enough to support the grade.",
                "Auditor too generous – no management oversight since the summer.",
                "Impact for the child is clearer than the auditor allowed.",
                "Drift in the plan not reflected in the judgement.",
                "Strong direct work evidenced; grade raised.")
COMMENT_NOTES = ("Agree; discussed with auditor re evidencing impact.",
                 "Grade stands – feedback to TM on supervision recording.",
                 "No change. Auditor to add voice of child evidence.")
URGENT_QUESTIONS = ("Were any cases returned to the team manager for immediate action?",
                    "Any child found to be at immediate risk (referred back same day)?",
                    "Immediate safeguarding concerns identified?")
URGENT_DETAILS = ("Case {ref}: no statutory visit for seven weeks on a child protection plan – escalated to the "
                  "team manager and visit completed next day.",
                  "Case {ref}: new information about domestic abuse not acted on – strategy discussion "
                  "requested on the day of moderation.")
NO_ACTIONS = ("No further actions arising from this month's moderation.", "Nil actions – themes to QA panel only.")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # What each file's month of moderation turned on: two with a case sent
    # straight back, two with remarks only, three changing grades, two
    # confirming every grade, the rest plain.
    focus = ["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["confirm"] * 2
    focus += ["plain"] * (count - len(focus))
    rng.shuffle(focus)
    return [_form(rng, index, sample, focus[index], today) for index, sample in enumerate(samples[:count])]


def _cases(rng: random.Random, focus: str) -> list[dict]:
    """The audits moderated this month: 3 to 8 rows."""
    workers = [person for person in STAFF if person.role == PRACTITIONER]
    managers = [person for person in STAFF if person.role == PRACTICE_MANAGER]
    rows = []
    for position in range(rng.randint(3, 8)):
        grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
        moderated = grade
        note = rng.choice(AGREE_NOTES)
        change = (focus == "change" and position == 0) or (focus == "plain" and rng.random() < 0.25)
        if change:
            index = GRADES.index(grade)
            moderated = GRADES[index + 1] if index < 2 or (index == 2 and rng.random() < 0.5) else GRADES[index - 1]
            note = rng.choice(CHANGE_NOTES)
        elif focus == "comments":
            note = rng.choice(COMMENT_NOTES)
        elif focus == "confirm":
            note = rng.choice(("Confirmed.", "Agree.", "")) if rng.random() < 0.6 else note
        reference = invent_case_id(rng)
        if rng.random() < 0.5:
            reference = case_reference(rng, reference)
        worker = rng.choice(workers)
        rows.append({"reference": reference, "worker": worker, "auditor": rng.choice(managers).name,
                     "grade": grade, "moderated": moderated, "note": note})
    return rows


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand, self.row = ws, font, brand, 1

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, strike=False,
             number_format=None, border=True, size=10):
        target = self.ws.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
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

    def band(self, text, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, *, last=8, **look):
        self.cell(self.row, 1, text, border=False, **look)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = 15 * max(1, len(text) // 100 + 1)
        self.row += 1


def _form(rng: random.Random, index: int, sample, focus: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("pairs", "strip", "pairs"))
    grade_style = rng.choice(("dropdown", "typed", "score", "short"))
    agree_style = rng.choice(("agree", "yn", "tick", "outcome"))
    blank_when_agreed = agree_style in ("yn", "tick") and rng.random() < 0.6
    worker_column = rng.choice(("team", "worker", "both"))
    hidden_lists = grade_style == "dropdown" and rng.random() < 0.5
    actions_style = rng.choice(("table", "table", "lines"))

    rows = _cases(rng, focus)
    # The sample as this log carries it.
    period = next(own for own in sample.own if own.key == "period")
    counted = next(own for own in sample.own if own.key == "audits_moderated")
    own = tuple(own for own in sample.own if own is not counted)
    own += (replace(counted, written=str(len(rows)), expected=str(len(rows))),)
    changes: dict = {"own": own, "urgent_question": True, "urgent_concern": focus == "urgent",
                     "strengths": recount(sample.strengths, len(rows)),
                     "development_areas": recount(sample.development_areas, len(rows))}
    if rng.random() < 0.2 and focus != "urgent":
        changes["actions"] = ()
    if focus == "urgent":
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS).format(ref=rows[0]["reference"])
    sample = replace(sample, **changes)
    truth = sample.expected()
    truth["extra"]["moderated_cases"] = {row["reference"]: row["moderated"] for row in rows}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def grade_text(grade: str) -> str:
        if grade_style == "dropdown":
            return FULL_WORDS[grade]
        if grade_style == "typed":
            return informal_grade(rng, grade)
        if grade_style == "score":
            return SCORES[grade]
        return SHORT_WORDS[grade]

    workbook = Workbook()
    validations: dict = {}
    lists = None

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        nonlocal lists
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists is None:
                    lists = workbook.create_sheet("Lists")
                    lists.sheet_state = "hidden"
                column = len({k[1] for k in validations}) + 1
                for position, choice in enumerate(choices, start=1):
                    lists.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Moderation", "Moderation log", "Mod outcomes"))
        summary_ws = cases_ws = actions_ws = first
    else:
        first.title = rng.choice(("Summary", "1. Summary", "Cover"))
        cases_ws = workbook.create_sheet(rng.choice(("Cases", "2. Cases moderated", "Audits")))
        actions_ws = workbook.create_sheet(rng.choice(("Actions", "3. Themes & actions", "Findings")))
        summary_ws = first
    writers: dict = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand)
            for position, width in enumerate((16, 22, 20, 14, 13, 14, 36, 14), start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
        return writers[ws.title]

    # --- title and details -------------------------------------------------------
    sheet = writer(summary_ws)
    title = rng.choice(TITLES)
    sheet.cell(1, 1, council_line(rng), bold=True, colour=brand, border=False, size=12)
    sheet.merge(1, 1, 8)
    sheet.cell(2, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14)
    sheet.merge(2, 1, 8)
    sheet.ws.row_dimensions[2].height = 24
    sheet.row = 4
    head_label = rng.choice(("Moderated by (Head of Service)", "Head of Service", "Moderator", "Completed by"))
    moderated_on, moderated_format = day(sample.date)
    details = [(head_label, sample.auditor, None), ("Service area", sample.service, None),
               (period.label, period.written, None), ("Date of moderation", moderated_on, moderated_format),
               (counted.label, len(rows) if rng.random() < 0.5 else str(len(rows)), None)]
    if details_style == "pairs":
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, number_format=number_format)
            sheet.merge(sheet.row, 3, 5)
            sheet.row += 1
    else:
        spans = ((1, 2), (3, 3), (4, 5), (6, 6), (7, 7))
        for (start, end), (text, value, number_format) in zip(spans, details):
            sheet.cell(sheet.row, start, text, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, start, end)
            sheet.cell(sheet.row + 1, start, value, number_format=number_format)
            sheet.merge(sheet.row + 1, start, end)
        sheet.row += 2
    sheet.row += 1

    # --- the cases moderated ------------------------------------------------------
    sheet = writer(cases_ws)
    if cases_ws is not summary_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, border=False, size=12)
        sheet.merge(1, 1, 8)
        sheet.row = 3
    sheet.band(rng.choice(("Audits moderated this month", "CASES MODERATED", "Moderation outcomes by case")))
    if grade_style == "score":
        key = "   ".join(f"{SCORES[grade]} = {FULL_WORDS[grade]}" for grade in GRADES)
        sheet.line(f"Grading key: {key}", italic=True)
    elif grade_style == "short":
        sheet.line("Key: O – Outstanding, G – Good, RI – Requires Improvement, I – Inadequate", italic=True)
    worker_heading = {"team": "Team", "worker": "Social worker", "both": "Team / SW"}[worker_column]
    agree_heading = {"agree": "Moderator view", "yn": "Agreed? (Y/N)", "tick": "Agree \u2713 / \u2717",
                     "outcome": "Moderation outcome"}[agree_style]
    headings = ("Case ref", worker_heading, "Auditor", "Auditor grade", agree_heading, "Moderated grade",
                "Moderator comments")
    if agree_style == "outcome":
        headings = ("Case ref", worker_heading, "Auditor", "Auditor grade", agree_heading, "Moderator comments")
    for column, text in enumerate(headings, start=1):
        sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
    sheet.row += 1
    grade_choices = tuple(FULL_WORDS[grade] for grade in GRADES)
    for row in rows:
        r = sheet.row
        worker = row["worker"]
        who = {"team": worker.team, "worker": worker.name, "both": f"{worker.team} / {worker.name}"}[worker_column]
        agreed = row["moderated"] == row["grade"]
        sheet.cell(r, 1, row["reference"])
        sheet.cell(r, 2, who)
        sheet.cell(r, 3, row["auditor"])
        shown = grade_text(row["grade"])
        sheet.cell(r, 4, shown, fill=GRADE_FILLS[row["grade"]] if grade_style == "short" else None)
        if grade_style == "dropdown":
            dropdown(sheet.ws, f"D{r}", grade_choices)
        if agree_style == "outcome":
            if agreed:
                outcome = rng.choice(("Agreed", "Agree with auditor", "Grade confirmed"))
            else:
                moved = "Upgraded" if SCORES[row["moderated"]] < SCORES[row["grade"]] else "Downgraded"
                outcome = f"{moved} to {FULL_WORDS[row['moderated']]}"
            sheet.cell(r, 5, outcome, colour=ink, bold=not agreed)
            sheet.cell(r, 6, row["note"], colour=ink)
        else:
            word = {"agree": ("Agree", "Disagree"), "yn": ("Y", "N"), "tick": ("\u2713", "\u2717")}[agree_style]
            sheet.cell(r, 5, word[0] if agreed else word[1], colour=ink, bold=True)
            if agree_style in ("agree", "yn"):
                dropdown(sheet.ws, f"E{r}", word)
            if agreed and blank_when_agreed:
                sheet.cell(r, 6, rng.choice(("", "as above", "–")) or None, colour=ink)
            else:
                sheet.cell(r, 6, grade_text(row["moderated"]), colour=ink, bold=not agreed)
                if grade_style == "dropdown":
                    dropdown(sheet.ws, f"F{r}", grade_choices)
            sheet.cell(r, 7, row["note"] or None, colour=ink)
        sheet.row += 1
    if blank_when_agreed and agree_style != "outcome":
        sheet.line("Moderated grade only completed where the moderator disagrees with the auditor.", italic=True)
    sheet.row += 1

    # --- themes, urgent question, actions -----------------------------------------
    sheet = writer(actions_ws)
    if actions_ws is not summary_ws and actions_ws is not cases_ws:
        sheet.row = 1
    sheet.band(sample.labels.get("strengths") or "Themes – what is working well")
    for text in sample.strengths:
        sheet.line(f"\u2022 {text}")
    sheet.band(sample.labels.get("development_areas") or "Themes – areas for development")
    for text in sample.development_areas:
        sheet.line(f"\u2022 {text}")
    sheet.row += 1
    question = rng.choice(URGENT_QUESTIONS)
    sheet.cell(sheet.row, 1, question, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 5)
    sheet.cell(sheet.row, 6, "Yes" if sample.urgent_concern else "No", bold=True)
    dropdown(sheet.ws, f"F{sheet.row}", ("Yes", "No"))
    sheet.row += 1
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, "If yes, details:", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail)
        sheet.merge(sheet.row, 2, 8)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1
    sheet.band(sample.labels.get("actions") or "Actions")
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_style == "table":
        for column, text in ((1, "Action"), (5, "Lead"), (6, "By when"), (7, "Progress / RAG")):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 1, 4)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 6, value, number_format=number_format)
            sheet.cell(sheet.row, 7, None)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}")
    sheet.row += 1
    sheet.cell(sheet.row, 1, "Signed off:", bold=True, border=False)
    sheet.cell(sheet.row, 2, sample.auditor, colour=ink, border=False)
    sheet.merge(sheet.row, 2, 3)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", truth=truth)
