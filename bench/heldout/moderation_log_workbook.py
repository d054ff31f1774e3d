"""Head of Service moderation log kept as an Excel workbook, one month to a
workbook: who moderated and when, the month whose audits were moderated,
the case audits moderated (the case reference, the team and sometimes the
social worker, the manager who audited, the auditor's grade, whether the
Head of Service agreed and the grade after moderation, with a short
remark), the themes across the sample (what is working well, what needs
to improve), whether any case had to be referred back for immediate
action to keep a child safe, and the service actions with a lead and a
date.

Modelled on the London Borough of Barking and Dagenham's children's
services as published accounts of Ofsted's focused visits describe them
(WillisPalmer, "Strong corporate leadership at Barking and Dagenham":
senior leaders' self-evaluation shows they know the service well, but
the use of qualitative information and auditing does not yet drive and
monitor practice improvement, and management oversight is not
consistently recorded on children's records; the council's 2025 news
release on its later focused visit: stronger management capacity and
supervision, services continually evaluated). A monthly moderation log
held by the Head of Service, with the audits' own grades beside the
moderated ones and the learning drawn out as themes and actions, is the
kind of record those accounts call for. Neither shows a form, so the
workbook is our own judgement: one sheet, or "Summary" / "Cases
moderated" / "Actions" sheets (sometimes with a hidden sheet holding the
drop-down lists); the details as label and value rows, as a strip of
labels over their values, or as "Label: value" lines; the cases as a
table whose grades are typed informally, chosen from a drop-down, or
scored 1 to 4 or O / G / RI / I against a printed key, and whose
agreement is a Yes / No column (the moderated grade filled in always, or
only where the Head of Service disagreed), a single "outcome" column
("Agreed", "Changed to RI") or a tick or cross; or the cases as numbered
lines; the Head of Service's columns typed in a colour of their own or
shaded "HoS use only"; actions as a table, as lines, or a sentence
saying there are none.
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

from bot.samples import COUNCIL, STAFF, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import EARLY_HELP, PRACTITIONER, head_of_service_over, invent_case_id, team_members
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

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
    recount,
)

FAMILY = "moderation_log_workbook"
SEED = 8819
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL_WORDS = dict(zip(GRADE_ORDER, ("Outstanding", "Good", "Requires Improvement", "Inadequate")))
LETTERS = dict(zip(GRADE_ORDER, ("O", "G", "RI", "I")))
NUMBERS = dict(zip(GRADE_ORDER, (1, 2, 3, 4)))

TITLES = ("Head of Service Monthly Moderation Log", "Case Audit Moderation – Monthly Summary",
          "Moderation of Case File Audits: Head of Service Report", "Monthly Audit Moderation Record")
INSTRUCTIONS = (
    "QA Team complete the audit columns from the audit tracker; Head of Service completes the shaded columns.",
    "Moderate at least three audits from the month. Return to the QA inbox by the 15th.",
    "OFFICIAL – SENSITIVE. Do not enter children's names – use the case reference only.",
    "One log per service per month. Use the drop-downs where provided.",
)
WORKING_WELL = (
    "In 4 of the 6 cases audited the child's lived experience came through clearly in the assessment.",
    "Visits were within timescale in nearly every case and most records said what the child had said.",
    "Auditors' grades were well evidenced; moderation agreed with most of them.",
    "Chronologies were up to date in the cases from the assessment teams.",
    "Good use of family network meetings before decisions about care were made.",
)
TO_IMPROVE = (
    "In 3 of the 6 cases audited plans were not SMART and did not say what needed to change for the child.",
    "Management oversight was not recorded on the child's record for over a month in several cases.",
    "Some auditors graded on compliance rather than on the impact for the child.",
    "Contingency planning was missing or generic.",
    "Supervision records did not show reflection on the hypotheses in the assessment.",
)
REMARKS_AGREED = ("Evidence supports the grade.", "Agree – well evidenced audit.", "Agree.", "",
                  "Audit thorough; agree with findings.", "")
REMARKS_CHANGED = ("Impact for the child not evidenced; grade adjusted.", "Auditor focused on compliance.",
                   "Plan drift not reflected in the audit.", "Strong direct work under-credited by the auditor.",
                   "Discussed with auditor – agreed the change.", "Oversight gaps not picked up.")
ACTIONS = (
    "Practice managers to review every plan in their team for SMART outcomes.",
    "Management oversight to be recorded monthly on every child's record.",
    "Auditor workshop on grading against impact, led by the QA Team.",
    "Contingency planning to be a standing item in group supervision.",
    "Re-audit the changed cases in three months.",
)
OWNERS = ("Head of Service", "QA Team", "Practice managers", "Principal Social Worker")
NO_ACTIONS = ("No new service actions this month – actions from last month's log remain open.",
              "No actions arising from this month's moderation.")
URGENT_QUESTIONS = ("Was any case referred back for immediate action to keep a child safe?",
                    "Immediate safeguarding concerns identified during moderation?",
                    "Any case escalated for urgent action?")
URGENT_DETAILS = (
    "{ref} referred back to the practice manager the same day: a new referral from school had not been "
    "followed up. Strategy discussion held the next day.",
    "{ref} – no visit for seven weeks; escalated to the practice manager and a visit arranged within 24 hours.",
)
PLANS = ("CIN", "CP", "CLA", "Care leaver", "CP plan", "Child in Need")
EARLY_HELP_PLANS = ("EH plan", "TAF", "Family support", "Step down")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # How many cases each log lists, how many of them the Head of Service re-graded, which logs
    # answer the urgent question "Yes", and which have no actions.
    sizes = [3, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7, 8, 8, 3, 4, 6][:count]
    rng.shuffle(sizes)
    changes = [0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 1, 3, 0, 1, 2, 1][:count]
    rng.shuffle(changes)
    urgent = [True, True] + [False] * (count - 2)
    rng.shuffle(urgent)
    no_actions = [True, True, True] + [False] * (count - 3)
    rng.shuffle(no_actions)
    return [_form(rng, index, sample, today, sizes[index], min(changes[index], sizes[index] - 1), urgent[index],
                  no_actions[index])
            for index, sample in enumerate(samples)]


def _member(name: str):
    return next(member for member in STAFF if member.name == name)


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    options = [GRADE_ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(GRADE_ORDER)]
    return rng.choice(options)


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, sheet, brand: str, font: str, width: int):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.width = width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None,
             number_format: str | None = None, border: bool = True, strike: bool = False):
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
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def band(self, text: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text: str, *, italic: bool = False, bold: bool = False, colour: str | None = None,
             border: bool = False) -> int:
        self.cell(self.row, 1, text, italic=italic, bold=bold, border=border, colour=colour)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(text) // 95 + 1)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, number_format: str | None = None, colour: str | None = None) -> int:
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, number_format=number_format, colour=colour)
        self.merge(self.row, 3, min(6, self.width))
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, size: int, changed: int, urgent: bool,
          no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("rows", "rows", "strip", "lines"))
    cases_style = rng.choice(("table", "table", "table", "table", "lines"))
    grade_style = rng.choice(("words", "dropdown", "number", "letters"))
    agree_style = rng.choice(("yesno", "yesno_blank", "outcome", "tick"))
    hos_look = rng.choice(("ink", "ink", "shaded"))
    show_worker = rng.random() < 0.6
    show_service = rng.random() < 0.8
    show_count = rng.random() < 0.7
    hidden_lists = rng.random() < 0.4
    font = rng.choice(("Arial", "Calibri", "Verdana"))

    head = _member(sample.auditor)
    service = head.service
    month = next(own.expected for own in sample.own if own.key == "period")

    # The cases: audits completed last month in the head's service, by its front-line managers.
    managers = [member for member in STAFF if member.role != PRACTITIONER and member.team != "Service management"
                and member.role not in ("director", "assistant_director", "qa_team")
                and head_of_service_over(member) == head]
    if not managers:
        managers = [member for member in STAFF if member.role == "practice_manager"]
    prefix = rng.choice(("", "", "LCS-", "LCS", "CS-", "MOS-", "C"))
    early_help = service == EARLY_HELP
    references: list[str] = []
    while len(references) < size:
        number = invent_case_id(rng)
        reference = f"EH-{number[:6]}" if early_help and rng.random() < 0.7 else f"{prefix}{number}"
        if reference not in references:
            references.append(reference)
    which_changed = set(rng.sample(range(size), changed))
    cases = []
    for position, reference in enumerate(references):
        auditor = rng.choice(managers)
        workers = team_members(auditor.team) or [auditor]
        worker = rng.choice(workers)
        grade = rng.choices(GRADE_ORDER, weights=(8, 45, 37, 10))[0]
        moderated = _neighbour(rng, grade) if position in which_changed else grade
        remark = rng.choice(REMARKS_CHANGED if moderated != grade else REMARKS_AGREED)
        audited = sample.date.replace(day=1) - timedelta(days=rng.randint(3, 26))
        cases.append({"ref": reference, "team": auditor.team, "worker": worker.name, "auditor": auditor.name,
                      "grade": grade, "moderated": moderated, "remark": remark, "audited": audited,
                      "plan": rng.choice(EARLY_HELP_PLANS if early_help else PLANS)})

    # The sample as this log carries it.
    strengths = recount(tuple(rng.sample(WORKING_WELL, rng.randint(2, 3))), size)
    development = recount(tuple(rng.sample(TO_IMPROVE, rng.randint(1, 3))), size)
    actions = () if no_actions else tuple(
        SampleAction(text, rng.choice((head.name, f"{head.name} (HoS)", *OWNERS)),
                     sample.date + timedelta(days=rng.choice((14, 21, 28, 35, 42, 56))))
        for text in rng.sample(ACTIONS, rng.randint(1, 3)))
    urgent_case = rng.choice(references)
    detail = rng.choice(URGENT_DETAILS).format(ref=urgent_case) if urgent else None
    own = [ToolField("period", "Month", month, month)]
    if show_count:
        own.append(ToolField("audits_moderated", "Number of audits moderated", str(size), str(size)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    sample = replace(sample, own=tuple(own), service=service if show_service else None, strengths=strengths,
                     development_areas=development, actions=actions, urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderation=None)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def grade_text(grade: str):
        if grade_style == "number":
            return NUMBERS[grade]
        if grade_style == "letters":
            return LETTERS[grade]
        if grade_style == "dropdown":
            return FULL_WORDS[grade]
        return informal_grade(rng, grade)

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists_sheet = None

    def dropdown(ws, cell: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_sheet
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_sheet is None:
                    lists_sheet = workbook.create_sheet("Lists")
                    lists_sheet.sheet_state = "hidden"
                    column = 1
                else:
                    column = lists_sheet.max_column + 1
                for position, choice in enumerate(choices, start=1):
                    lists_sheet.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(cell)

    # Columns of the cases table.
    columns = ["No.", rng.choice(("Case ref", "LCS ID", "Case number", "Child's ID"))]
    if rng.random() < 0.4:
        columns.append("Plan")
    columns.append(rng.choice(("Team", "Team / unit")))
    if show_worker:
        columns.append(rng.choice(("Lead practitioner", "Allocated worker") if early_help
                                  else ("Social worker", "Allocated worker", "SW")))
    columns.append(rng.choice(("Auditor", "Audited by", "Auditing manager")))
    if rng.random() < 0.4:
        columns.append("Date audited")
    columns.append(rng.choice(("Auditor's grade", "Audit grade", "Grade (auditor)")))
    hos_first = len(columns) + 1
    if agree_style in ("yesno", "yesno_blank"):
        columns += [rng.choice(("HoS agrees?", "Agree with grade? (Y/N)", "Grade agreed?")),
                    rng.choice(("Moderated grade", "Grade after moderation", "HoS grade"))]
    elif agree_style == "outcome":
        columns.append(rng.choice(("Moderation outcome", "Outcome of moderation")))
    else:
        columns += [rng.choice(("Agreed", "Agree \u2713 / \u2717")), "Moderated grade (if different)"]
    columns.append(rng.choice(("HoS comments", "Moderation comments", "Comments")))
    width = max(6, len(columns))

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Moderation log", "Moderation", f"{month[:3]} {month[-4:]}"))
        summary_ws = cases_ws = actions_ws = first
    else:
        first.title = rng.choice(("Summary", "1. Summary", "Overview"))
        cases_ws = workbook.create_sheet(rng.choice(("Cases moderated", "2. Cases", "Audits")))
        actions_ws = workbook.create_sheet(rng.choice(("Actions", "3. Actions", "Themes & actions")))
        summary_ws = first
    sheets: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, brand, font, width)
            for position in range(1, width + 1):
                ws.column_dimensions[get_column_letter(position)].width = 18 if position > 1 else 14
        return sheets[ws.title]

    # --- details ------------------------------------------------------------
    sheet = writer(summary_ws)
    title = rng.choice(TITLES)
    sheet.cell(1, 1, council_line(rng), bold=True, colour=brand, border=False)
    sheet.merge(1, 1, width)
    sheet.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
    sheet.merge(2, 1, width)
    sheet.row = 3
    sheet.line(rng.choice(INSTRUCTIONS), italic=True)
    sheet.row += 1
    details = [(rng.choice(("Head of Service", "Moderated by", "Moderator (HoS)", "Completed by")), head.name, None),
               (rng.choice(("Month of audits moderated", "Audit month", "Month")), month, None)]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), service, None))
    moderated_on, moderated_format = day(sample.date)
    details.append((rng.choice(("Date of moderation", "Date moderated", "Date completed")), moderated_on,
                    moderated_format))
    if show_count:
        details.append((rng.choice(("Number of audits moderated", "Audits moderated", "No. of cases moderated")),
                        rng.choice((str(size), size)), None))
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    elif details_style == "strip":
        for column, (text, value, number_format) in enumerate(details, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E2F3")
            sheet.cell(sheet.row + 1, column, value, number_format=number_format)
        sheet.row += 2
    else:
        for text, value, _ in details:
            shown = value if not isinstance(value, datetime) else when(value.date())
            sheet.line(f"{text}: {shown}")
    sheet.row += 1

    # --- the cases ----------------------------------------------------------
    sheet = writer(cases_ws)
    if cases_ws is not summary_ws:
        sheet.cell(1, 1, f"{title} – {month}", bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, width)
        sheet.row = 3
    sheet.band(rng.choice(("Cases moderated", "Audits moderated this month", "Moderation of individual audits")))
    if grade_style == "number":
        sheet.line("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", italic=True)
    elif grade_style == "letters":
        sheet.line("O = Outstanding, G = Good, RI = Requires Improvement, I = Inadequate", italic=True)
    hos_colour = ink if hos_look == "ink" else None
    hos_fill = "FFF2CC" if hos_look == "shaded" else None
    if cases_style == "table":
        for column, text in enumerate(columns, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill=hos_fill if column >= hos_first and hos_fill
                       else "D9E2F3")
        if hos_look == "shaded":
            sheet.row += 1
            sheet.cell(sheet.row, hos_first, "Head of Service use only", italic=True, fill=hos_fill)
            sheet.merge(sheet.row, hos_first, len(columns))
        sheet.row += 1
        for number, case in enumerate(cases, start=1):
            agreed = case["moderated"] == case["grade"]
            values: list = []
            for text in columns:
                if text == "No.":
                    values.append(number)
                elif text in ("Case ref", "LCS ID", "Case number", "Child's ID"):
                    values.append(case["ref"])
                elif text == "Plan":
                    values.append(case["plan"])
                elif text.startswith("Team"):
                    values.append(case["team"])
                elif text in ("Social worker", "Allocated worker", "SW", "Lead practitioner"):
                    values.append(case["worker"])
                elif text in ("Auditor", "Audited by", "Auditing manager"):
                    values.append(case["auditor"])
                elif text == "Date audited":
                    values.append(day(case["audited"]))
                elif text in ("Auditor's grade", "Audit grade", "Grade (auditor)"):
                    values.append(grade_text(case["grade"]))
                else:
                    break
            if agree_style == "yesno":
                values += [rng.choice(("Yes", "Y")) if agreed else rng.choice(("No", "N")),
                           grade_text(case["moderated"])]
            elif agree_style == "yesno_blank":
                values += ["Yes" if agreed else "No", "" if agreed else grade_text(case["moderated"])]
            elif agree_style == "outcome":
                if agreed:
                    values.append(rng.choice(("Agreed", "Agree", "Grade confirmed")))
                else:
                    moderated = grade_text(case["moderated"])
                    verb = ("Upgraded to" if GRADE_ORDER.index(case["moderated"]) < GRADE_ORDER.index(case["grade"])
                            else "Downgraded to")
                    values.append(rng.choice((f"Changed to {moderated}", f"{verb} {moderated}",
                                              f"Not agreed – {moderated}")))
            else:
                values += ["\u2713" if agreed else "\u2717", "" if agreed else grade_text(case["moderated"])]
            values.append(case["remark"])
            for column, value in enumerate(values, start=1):
                number_format = None
                if isinstance(value, tuple):
                    value, number_format = value
                hos = column >= hos_first
                sheet.cell(sheet.row, column, value if value != "" else None, number_format=number_format,
                           colour=hos_colour if hos else None, fill=hos_fill if hos else None,
                           bold=hos and column < len(values))
            row = sheet.row
            grade_column = hos_first - 1
            if grade_style == "dropdown":
                words = tuple(FULL_WORDS.values())
                dropdown(cases_ws, f"{get_column_letter(grade_column)}{row}", words)
                if agree_style in ("yesno", "yesno_blank", "tick"):
                    dropdown(cases_ws, f"{get_column_letter(hos_first + 1)}{row}", words)
            if agree_style in ("yesno", "yesno_blank"):
                dropdown(cases_ws, f"{get_column_letter(hos_first)}{row}",
                         ("Yes", "No") if agree_style == "yesno_blank" else ("Yes", "No", "Y", "N"))
            sheet.row += 1
    else:
        for number, case in enumerate(cases, start=1):
            worker = f" (SW {case['worker']})" if show_worker else ""
            text = (f"{number}. {case['ref']} – {case['team']}{worker}. Audited by {case['auditor']}: "
                    f"{grade_text(case['grade'])}.")
            sheet.line(text)
            if case["moderated"] == case["grade"]:
                verdict = rng.choice(("HoS moderation: agree.", "Moderation – grade agreed.", "Agree with grade."))
            else:
                verdict = rng.choice((f"HoS moderation: disagree – {grade_text(case['moderated'])}.",
                                      f"Moderated grade: {grade_text(case['moderated'])}."))
            remark = f" {case['remark']}" if case["remark"] else ""
            sheet.line(f"      {verdict}{remark}", colour=hos_colour, italic=hos_look == "shaded")
    sheet.row += 1

    # --- themes, the urgent question, actions ---------------------------------
    sheet = writer(actions_ws)
    if actions_ws is not summary_ws and actions_ws is not cases_ws:
        sheet.row = 1
    sheet.band(rng.choice(("Themes across the sample", "What moderation told us", "Learning and themes")))
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Learning / areas to improve")))
    if rng.random() < 0.5:
        half = max(1, width // 2)
        sheet.cell(sheet.row, 1, headings[0], bold=True, fill="E2EFD9")
        sheet.merge(sheet.row, 1, half)
        sheet.cell(sheet.row, half + 1, headings[1], bold=True, fill="FBE4D5")
        sheet.merge(sheet.row, half + 1, width)
        sheet.row += 1
        for position in range(max(len(strengths), len(development))):
            left = strengths[position] if position < len(strengths) else None
            right = development[position] if position < len(development) else None
            sheet.cell(sheet.row, 1, left)
            sheet.merge(sheet.row, 1, half)
            sheet.cell(sheet.row, half + 1, right)
            sheet.merge(sheet.row, half + 1, width)
            sheet.sheet.row_dimensions[sheet.row].height = 45
            sheet.row += 1
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (strengths, development)):
            sheet.line(heading, bold=True)
            for item in items:
                sheet.line(f"{bullet}{item}")
    sheet.row += 1
    question = rng.choice(URGENT_QUESTIONS)
    sheet.cell(sheet.row, 1, question, bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 4)
    answer = "Yes" if urgent else rng.choice(("No", "No", "None"))
    sheet.cell(sheet.row, 5, answer, bold=True)
    if answer in ("Yes", "No"):
        dropdown(actions_ws, f"E{sheet.row}", ("Yes", "No"))
    sheet.row += 1
    if urgent:
        sheet.cell(sheet.row, 1, "If yes, details", bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.cell(sheet.row, 3, detail)
        sheet.merge(sheet.row, 3, width)
        sheet.sheet.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Actions", "Service actions", "Actions arising from moderation")))
    if not actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif rng.random() < 0.65:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Owner", "Target date", "RAG"),
                              ("Action required", "Responsible", "Timescale", "Update")))
        spans = [(1, width - len(headers) + 1)] + [(width - len(headers) + 1 + step,) * 2
                                                   for step in range(1, len(headers))]
        for (start, end), text in zip(spans, headers):
            sheet.cell(sheet.row, start, text, bold=True, fill="D9E2F3")
            sheet.merge(sheet.row, start, end)
        sheet.row += 1
        for action in actions:
            due, due_format = day(action.due)
            values = [action.action, action.owner, due] + [rng.choice(("", "Not started", "A"))] * (len(headers) - 3)
            for (start, end), value in zip(spans, values):
                sheet.cell(sheet.row, start, value or None, number_format=due_format if value is due else None)
                sheet.merge(sheet.row, start, end)
            sheet.row += 1
    else:
        for number, action in enumerate(actions, start=1):
            sheet.line(f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")
    sheet.row += 1
    if rng.random() < 0.6:
        sheet.pair(rng.choice(("Signed (Head of Service)", "Signed off", "HoS signature")),
                            rng.choice((head.name, f"{head.name[0]}. {head.name.split()[-1]}", head.name)),
                            colour=ink if hos_look == "ink" else None)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = head.name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=300), time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
