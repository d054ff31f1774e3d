"""A Head of Service's monthly moderation return kept as an Excel workbook:
who moderated, for which service and month, and when; the case audits
completed that month that the Head of Service moderated, one to a row or
one to a line (case reference, worker or team, auditor, the auditor's
grade, whether the moderator agreed, the moderated grade, a remark); the
themes across the sample (what is working well, what needs to improve);
whether moderation found any child needing an immediate safeguarding
response; the actions for the service with a lead and a date; and the
Head of Service's sign-off.

Modelled on Peterborough City Council's children's services as the
published accounts of Ofsted's visits describe them (a focused visit on
children in care asking the council to maximise "the impact of audit
activity on outcomes for children"; monitoring visits after the 2023
inadequate judgement finding a leadership team with "a good
understanding of current performance"): Heads of Service checking the
month's case audits and reporting what they found and what must change.
The accounts publish no moderation form, so the workbook is our own
judgement: one sheet, or a "Summary" sheet with a "Cases moderated"
sheet (sometimes a hidden "Lists" sheet behind the drop-downs); details
one to a row or as a shaded strip of labels over their values; the cases
as a table or as typed lines; agreement as a Yes / No drop-down, as
"Agreed" / "Not agreed" words, as a tick with the moderated grade left
blank where the grade stands, or as "A" and "M" marks under four grade
columns; grades typed informally, chosen from a drop-down, or numbered on
a printed key; the moderator's column in a colour of their own or in a
bordered box; dates typed in several spellings or kept as Excel dates;
actions as a table, as lines, or a sentence saying there are none.
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

from bot.samples import COUNCIL, STAFF, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import EARLY_HELP_MANAGER, PRACTICE_MANAGER, PRACTITIONER, invent_case_id
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

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

FAMILY = "moderation_return_workbook"
SEED = 9504
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

TITLES = ("Head of Service Monthly Moderation Return", "Audit Moderation Return", "Monthly Moderation Summary",
          "HoS Moderation of Case Audits")
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
SCORE_KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
              {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
COLUMN_NAMES = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}

AGREE_COMMENTS = ("Grade agreed – analysis supports the judgement.", "Agree; good evidence of the child's lived experience.",
                  "Agreed. Auditor's rationale is clear.", "Agree – plan now needs updating as per audit actions.",
                  "Judgement is proportionate.")
CHANGE_COMMENTS = ("Drift since the last review not reflected in the grade.",
                   "Grade not supported by the evidence recorded – no visits for six weeks.",
                   "Impact for the child is stronger than the audit credits.",
                   "Management oversight absent; cannot agree Good.",
                   "Plan is not SMART and contingency is missing.")
URGENT_DETAILS = ("One case referred back to the team manager the same day: no visit for eight weeks and new "
                  "police information not acted on. Strategy discussion held the next day.",
                  "Concerns about an unassessed new partner in one household – escalated to the Head of Service "
                  "for Assessment and a visit completed within 24 hours.")
URGENT_QUESTIONS = ("Did moderation identify any child needing an immediate safeguarding response?",
                    "Any immediate safeguarding concerns escalated?",
                    "Were any cases escalated for urgent management action?")
NO_ACTIONS = ("No new actions this month – last month's service actions remain open and are being tracked.",
              "No actions arising from this month's moderation.")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="404040")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count + 4, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # How each return's cases fall: two raise an urgent concern, two agree
    # every grade with remarks only, three change grades, two confirm them
    # all without remarks, the rest as the month went.
    profiles = ["urgent"] * 2 + ["remarks"] * 2 + ["change"] * 3 + ["confirm"] * 2
    profiles += ["plain"] * (count - len(profiles))
    rng.shuffle(profiles)
    return [_form(rng, index, sample, profile)
            for index, (sample, profile) in enumerate(zip(pool[:count], profiles))]


class _Sheet:
    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None,
             number_format=None, border=True, strike=False):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, last: int, *, fill: str | None = None) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, last: int, *, italic=False, bold=False, colour=None, size=None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False, size=size)
        self.merge(self.row, 1, last)
        self.sheet.row_dimensions[self.row].height = 14 * max(1, len(text) // 95 + 1)
        self.row += 1


def _cases(rng: random.Random, sample, profile: str) -> list[dict]:
    """The audits the Head of Service moderated: reference as written,
    worker or team, auditor, the auditor's grade, the moderated grade, a
    remark."""
    number = rng.randint(3, 8)
    service = sample.service
    workers = [member for member in STAFF if member.role == PRACTITIONER and member.service == service]
    if len(workers) < 3:
        workers = [member for member in STAFF if member.role == PRACTITIONER]
    auditors = [member for member in STAFF if member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER)
                and member.service == service]
    if len(auditors) < 2:
        auditors = [member for member in STAFF if member.role == PRACTICE_MANAGER]
    prefixed = rng.random() < 0.6
    changes = {"change": rng.randint(2, min(3, number)), "plain": rng.choice((0, 0, 1, 1, 2)),
               "urgent": rng.choice((0, 1, 1))}.get(profile, 0)
    changed = set(rng.sample(range(number), changes))
    cases = []
    for position in range(number):
        reference = invent_case_id(rng)
        if prefixed:
            reference = case_reference(rng, reference)
        worker = rng.choice(workers)
        given = rng.choices(GRADE_ORDER, weights=(8, 46, 36, 10))[0]
        moderated = given
        if position in changed:
            step = rng.choice((-1, 1)) if given in (GOOD, REQUIRES_IMPROVEMENT) else (1 if given == OUTSTANDING else -1)
            moderated = GRADE_ORDER[GRADE_ORDER.index(given) + step]
        if moderated != given:
            remark = rng.choice(CHANGE_COMMENTS)
        elif profile == "remarks" or (profile in ("plain", "urgent") and rng.random() < 0.4):
            remark = rng.choice(AGREE_COMMENTS)
        else:
            remark = ""
        cases.append({"reference": reference, "worker": worker.name, "team": worker.team,
                      "auditor": rng.choice(auditors).name, "given": given, "moderated": moderated,
                      "remark": remark})
    return cases


def _form(rng: random.Random, index: int, sample, profile: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one sheet", "sheets", "sheets", "lines"))
    strip = rng.random() < 0.4
    agreement = rng.choice(("yes/no", "words", "tick", "marks")) if layout != "lines" else "lines"
    grading = rng.choice(("dropdown", "typed", "score")) if agreement != "marks" else "marks"
    words = rng.choice(DROPDOWN_WORDS)
    key = rng.choice(SCORE_KEYS)
    show_team = rng.random() < 0.5  # the worker's team rather than the worker
    moderator_box = rng.random() < 0.4
    cases = _cases(rng, sample, profile)
    total = len(cases)
    title = rng.choice(TITLES)

    def spell(grade: str) -> str:
        if grading == "dropdown":
            return words[grade]
        if grading == "score":
            return key[grade]
        return informal_grade(rng, grade)

    def written(day: date):
        return day if excel_dates else when(day)

    # The sample as this return carries it.
    period_label = next((own.label for own in sample.own if own.key == "period"), "Month")
    period = next(own.written for own in sample.own if own.key == "period")
    own = (ToolField("period", period_label, period, period),
           ToolField("audits_moderated", "Number of audits moderated", str(total), str(total)))
    owners = (sample.auditor, "All practice managers", "Service manager", "QA lead")
    actions = tuple(SampleAction(action.action, rng.choice(owners), action.due) for action in sample.actions)
    if profile in ("confirm", "plain") and rng.random() < 0.3:
        actions = ()
    changes = {"strengths": recount(sample.strengths, total), "development_areas": recount(sample.development_areas, total),
               "actions": actions, "own": own, "urgent_question": True, "urgent_concern": profile == "urgent",
               "urgent_concern_detail": rng.choice(URGENT_DETAILS) if profile == "urgent" else None}
    sample = replace(sample, **changes)

    workbook = Workbook()
    first = workbook.active
    first.title = "Moderation return" if layout in ("one sheet", "lines") else "Summary"
    main = _Sheet(first, brand, font)
    width = 7
    for column, size in zip(range(1, 12), (20, 22, 22, 16, 16, 16, 34, 12, 12, 12, 12)):
        first.column_dimensions[get_column_letter(column)].width = size

    # Title rows
    main.cell(1, 1, council_line(rng), bold=True, colour=brand, border=False, size=12)
    main.merge(1, 1, width)
    main.cell(2, 1, title.upper() if rng.random() < 0.4 else title, bold=True, colour="FFFFFF", fill=brand, size=14)
    main.merge(2, 1, width)
    main.row = 3
    main.line("To be completed by the Head of Service once the month's case audits are moderated, and returned to "
              "the Quality Assurance team.", width, italic=True)
    main.row += 1

    # Details
    details = [
        (sample.labels.get("auditor", "Head of Service"), sample.auditor, None),
        ("Service", sample.service, None),
        (period_label, period, None),
        ("Date completed", written(sample.date), date_format if excel_dates else None),
        ("Number of audits moderated", total, None),
    ]
    if rng.random() < 0.5:
        details.insert(2, ("Role", rng.choice(("Head of Service", "HoS", "Service Manager (acting HoS)")), None))
    if strip:
        main.band("Return details", width)
        for column, (label, value, number_format) in enumerate(details, start=1):
            main.cell(main.row, column, label, bold=True, fill="D9D9D9")
            main.cell(main.row + 1, column, value, number_format=number_format)
        main.row += 3
    else:
        main.band("1. Details", width)
        for label, value, number_format in details:
            main.cell(main.row, 1, label, bold=True, fill="F2F2F2")
            main.merge(main.row, 1, 2)
            main.cell(main.row, 3, value, number_format=number_format)
            main.merge(main.row, 3, 5)
            main.row += 1
        main.row += 1

    # Cases
    if layout == "sheets":
        case_sheet = _Sheet(workbook.create_sheet("Cases moderated"), brand, font)
        for column, size in zip(range(1, 12), (16, 24, 20, 16, 14, 16, 40, 12, 12, 12, 12)):
            case_sheet.sheet.column_dimensions[get_column_letter(column)].width = size
        case_sheet.cell(1, 1, f"Cases moderated – {period}", bold=True, colour=brand, border=False, size=12)
        case_sheet.merge(1, 1, 7)
        case_sheet.row = 3
        main.line(f"The {total} audits moderated are listed on the 'Cases moderated' sheet.", width, italic=True)
        main.row += 1
    else:
        case_sheet = main
        main.band("2. Audits moderated this month", width if agreement != "marks" else 11)
    lists = None
    if grading == "dropdown" and rng.random() < 0.5:
        lists = workbook.create_sheet("Lists")
        for row, grade in enumerate(GRADE_ORDER, start=1):
            lists.cell(row=row, column=1, value=words[grade])
        lists.cell(row=1, column=2, value="Yes")
        lists.cell(row=2, column=2, value="No")
        lists.sheet_state = "hidden"
    _case_rows(case_sheet, rng, cases, agreement, grading, spell, ink, show_team, key, words, lists)

    # Themes
    main.band(f"{2 + (layout != 'sheets')}. Themes across the audits moderated", width)
    for heading, items in ((sample.labels.get("strengths", "What is working well"), sample.strengths),
                           (sample.labels.get("development_areas", "What needs to improve"),
                            sample.development_areas)):
        main.cell(main.row, 1, heading, bold=True, fill="F2F2F2")
        main.merge(main.row, 1, width)
        main.row += 1
        numbered = rng.random() < 0.7
        for number, item in enumerate(items, start=1):
            main.cell(main.row, 1, f"{number}." if numbered else "•")
            main.cell(main.row, 2, item)
            main.merge(main.row, 2, width)
            main.sheet.row_dimensions[main.row].height = 28
            main.row += 1
    main.row += 1

    # Urgent concerns
    question = rng.choice(URGENT_QUESTIONS)
    main.cell(main.row, 1, question, bold=True, fill="FCE4D6")
    main.merge(main.row, 1, 4)
    answer = main.cell(main.row, 5, "Yes" if sample.urgent_concern else "No", bold=True)
    validation = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    first.add_data_validation(validation)
    validation.add(answer)
    main.row += 1
    if sample.urgent_concern:
        main.cell(main.row, 1, "If yes, what was done", bold=True, fill="FCE4D6")
        main.merge(main.row, 1, 2)
        main.cell(main.row, 3, sample.urgent_concern_detail)
        main.merge(main.row, 3, width)
        main.sheet.row_dimensions[main.row].height = 42
        main.row += 1
    main.row += 1

    # Actions
    main.band(f"{3 + (layout != 'sheets')}. " + sample.labels.get("actions", "Actions for the service"), width)
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        main.line(rng.choice(NO_ACTIONS), width)
    elif action_style == "table":
        for column, text in enumerate(("No.", "Action", "Lead", "By when"), start=1):
            main.cell(main.row, column if column < 3 else column + 3, text, bold=True, fill="DEEAF6")
        main.merge(main.row, 2, 4)
        main.row += 1
        for number, action in enumerate(sample.actions, start=1):
            main.cell(main.row, 1, number)
            main.cell(main.row, 2, action.action)
            main.merge(main.row, 2, 4)
            main.cell(main.row, 5, action.owner)
            main.cell(main.row, 6, written(action.due), number_format=date_format if excel_dates else None)
            main.sheet.row_dimensions[main.row].height = 28
            main.row += 1
    else:
        for action in sample.actions:
            main.line(f"• {action.action} – {action.owner} by {when(action.due)}", width)
    main.row += 1

    # Sign-off
    main.band(f"{4 + (layout != 'sheets')}. Sign-off", width)
    signed = [("Signed (Head of Service)", sample.auditor), ("Date", written(sample.date))]
    top = main.row
    for label, value in signed:
        main.cell(main.row, 1, label, bold=True, fill="F2F2F2")
        main.merge(main.row, 1, 2)
        main.cell(main.row, 3, value, colour=ink if moderator_box else None,
                  number_format=date_format if excel_dates and isinstance(value, date) else None)
        main.merge(main.row, 3, 5)
        main.row += 1
    if moderator_box:
        for row in range(top, main.row):
            for column in range(1, 6):
                main.sheet.cell(row=row, column=column).border = Border(left=THICK, right=THICK, top=THICK,
                                                                         bottom=THICK)

    first.sheet_view.showGridLines = rng.random() < 0.5
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(17, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    truth = sample.expected()
    truth["extra"] = {**truth["extra"], "moderated_cases": {case["reference"]: case["moderated"] for case in cases}}
    return held_out(FAMILY, index, sample, data, "xlsx", truth=truth)


def _case_rows(target: _Sheet, rng, cases, agreement, grading, spell, ink, show_team, key, words, lists) -> None:
    sheet = target.sheet
    who = "Team" if show_team else rng.choice(("Social worker", "Allocated worker", "Worker"))
    if grading == "score":
        order = sorted(key, key=key.get)
        target.line("Key: " + "   ".join(f"{key[grade]} = {words[grade]}" for grade in order), 7, italic=True)
    if agreement == "lines":
        for case in cases:
            agreed = case["given"] == case["moderated"]
            text = (f"{case['reference']} – {case['team'] if show_team else case['worker']} – audited by "
                    f"{case['auditor']}: {spell(case['given'])}. ")
            text += ("Moderation: agree." if agreed else f"Moderation: do not agree – {spell(case['moderated'])}.")
            if case["remark"]:
                text += f" {case['remark']}"
            target.line(text, 7)
        target.row += 1
        return
    if agreement == "marks":
        headers = ["Case ref", who, "Auditor", *(COLUMN_NAMES[grade] for grade in GRADE_ORDER), "Moderator's comment"]
        target.line("Mark A under the auditor's grade and M under the moderated grade (AM where they agree).", 8,
                    italic=True)
    else:
        moderated_header = {"yes/no": "Moderated grade", "words": "HoS grade", "tick": "Moderated grade (if changed)"}
        headers = ["Case ref", who, "Auditor", "Auditor's grade",
                   {"yes/no": "Agree?", "words": "HoS view", "tick": "Agreed (\u2713)"}[agreement],
                   moderated_header[agreement], "Comments"]
    for column, text in enumerate(headers, start=1):
        target.cell(target.row, column, text, bold=True, fill="D9E1F2")
    start = target.row + 1
    target.row += 1
    for case in cases:
        row = target.row
        agreed = case["given"] == case["moderated"]
        target.cell(row, 1, case["reference"])
        target.cell(row, 2, case["team"] if show_team else case["worker"])
        target.cell(row, 3, case["auditor"])
        if agreement == "marks":
            for column, grade in enumerate(GRADE_ORDER, start=4):
                mark = ("A" if grade == case["given"] else "") + ("M" if grade == case["moderated"] else "")
                target.cell(row, column, mark or None, bold=True, colour=ink if "M" in mark else None)
            target.cell(row, 8, case["remark"] or None, colour=ink)
        else:
            target.cell(row, 4, spell(case["given"]))
            if agreement == "yes/no":
                target.cell(row, 5, "Yes" if agreed else "No", colour=ink)
                target.cell(row, 6, spell(case["moderated"]), colour=ink, bold=not agreed)
            elif agreement == "words":
                target.cell(row, 5, rng.choice(("Agreed", "Agree")) if agreed else "Not agreed", colour=ink)
                target.cell(row, 6, spell(case["moderated"]), colour=ink)
            else:
                target.cell(row, 5, "\u2713" if agreed else "\u2717", colour=ink)
                target.cell(row, 6, None if agreed else spell(case["moderated"]), colour=ink, bold=True)
            target.cell(row, 7, case["remark"] or None, colour=ink)
        sheet.row_dimensions[row].height = 28
        target.row += 1
    end = target.row - 1
    if agreement == "yes/no":
        validation = DataValidation(type="list", formula1="=Lists!$B$1:$B$2" if lists else '"Yes,No"')
        sheet.add_data_validation(validation)
        validation.add(f"E{start}:E{end}")
    if grading == "dropdown":
        formula = "=Lists!$A$1:$A$4" if lists else '"' + ",".join(words[grade] for grade in GRADE_ORDER) + '"'
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        sheet.add_data_validation(validation)
        validation.add(f"D{start}:D{end}")
        if agreement != "marks":
            validation.add(f"F{start}:F{end}")
    target.row += 1
