"""Held-out family: a supervision audit kept as an Excel workbook, after the
"Supervision Audit Tool" that a county council's Children's Social Care
Service appends to its Children's Social Care Supervision (Supplementary)
Policy (Appendix 4, policy revised October 2013).

Source. The tool is published as "Children's Social Care Service –
Supervision (supplementary) Policy – Appendix 4: The Supervision Audit
Tool" (text copy at https://docsbay.net/children-s-social-care-service).
The policy of that name is Nottinghamshire County Council's
(https://nottinghamshirecs.proceduresonline.antser.com/chapter/childrens-social-care-supervision-supplementary-policy);
the attribution is ours, made from the matching policy title, as the copy
of the appendix does not print the council's name. Nottinghamshire is
already named in the project's list of families: this is a different
document of an organisation already named.

What came from the source: the tool audits the *quality* of one worker's
supervision records (its timeliness being checked on a separate frequency
tool); its details block pairs "Name of Manager" with "Team" and "Name of
Auditor" with "Post" on one row each; it asks the auditor to judge the
record against the policy's key components of effective supervision
(workload management, monitoring performance and quality, reflection and
guidance on the focus of work, commitment to outcomes and working with
others, motivation, feedback and development); it exists to find areas
for development for the individual and the service, and files are chosen
in the light of case file audit findings.

What is our judgement (the copy shows no grading layout and it is a Word
appendix, not a workbook): that a council keeps it as an Excel workbook;
a brand-coloured council line and title; the details block drawn four ways
(the source's label/value pairs two to a row, one label column, labels
over values, "Label: value" cells); an optional "case file audit that led
to this audit" block with the case reference, the child's name and date of
birth (the source says supervision files are chosen after case file
audits); a short Yes/No compliance check; the component table, each
component graded on the four Ofsted judgements in one of five ways (typed,
a number on a printed key, a mark under four grade columns, an Excel
drop-down, the four grades printed with the chosen one highlighted and the
others struck through or greyed); an overall judgement; strengths and
areas for development as rows, one cell, or two columns; actions as a
table, numbered lines, or a sentence saying there are none; a guidance
sheet before or after the form; dates as text in one manager's spelling or
as real Excel dates. The component names sometimes follow the source's
components and sometimes the sample builder's; some files grade four
components only.
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

from bot.samples.forms import Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
)

FAMILY = "supervision_components_workbook"
SEED = 10110

# The sample builder's areas renamed after the policy's components of
# effective supervision (our mapping; the last one may be left out).
COMPONENT_NAMES = {
    "Frequency of supervision": "Regular, planned supervision and workload management",
    "Reflection and analysis": "Reflection and guidance on the focus of work",
    "Clear plans and case direction": "Case direction and monitoring of performance",
    "Decisions and their reasons recorded": "Decisions and rationale recorded",
    "Support and constructive challenge": "Motivation, feedback and development",
}
PROMPTS = (
    "Are sessions held at the agreed interval and is caseload discussed?",
    "Is there evidence of critical reflection and hypothesising?",
    "Is there a clear plan for each child discussed, with timescales?",
    "Are management decisions and the reasons for them written up?",
    "Is the worker supported and challenged; are learning needs met?",
)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
               INADEQUATE: "Inadequate"}
KEY_NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
DROPDOWN_LISTS = (
    (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE),
    ("Outstanding", "Good", "Requires Improvement", "Inadequate"),
)
GRADE_STYLES = ("typed", "number", "columns", "dropdown", "highlight")
DETAIL_STYLES = ("pairs", "column", "over", "inline")
LIST_STYLES = ("rows", "cell", "two_columns")
ACTION_STYLES = ("table", "numbered", "table", "numbered", "none")

TITLES = ("Supervision Audit Tool", "Children's Social Care – Supervision Audit Tool",
          "SUPERVISION AUDIT TOOL (Appendix 4)", "Audit of Supervision Quality")
SUPERVISEE_LABELS = ("Name of supervisee", "Supervisee", "Worker whose supervision was audited",
                     "Practitioner supervised")
SUPERVISOR_LABELS = ("Name of Manager (supervisor)", "Name of Manager", "Supervisor", "Supervising manager")
AUDITOR_LABELS = ("Name of Auditor", "Auditor", "Audit completed by")
DATE_LABELS = ("Date of audit", "Audit date", "Date audit completed")
PERIOD_LABELS = ("Period covered", "Period of supervision records audited", "Supervision period reviewed")
SESSION_LABELS = ("Supervision sessions reviewed", "Dates of sessions audited", "Supervision dates on file")
CASE_HEADINGS = ("Case file audit linked to this supervision audit", "Case that led to this audit (if appropriate)",
                 "Case tracked through the supervision records")
CASE_LABELS = ("Case reference", "Case number", "Mosaic ID")
CHECKS = (
    "Is there a signed supervision agreement on file?",
    "Are the records signed by supervisor and supervisee?",
    "Has supervision taken place at the frequency set in policy?",
)
STRENGTH_HEADINGS = ("Strengths of the supervision", "What is working well", "Strengths")
DEVELOPMENT_HEADINGS = ("Areas for development", "What needs to improve", "Areas for development for the supervisor")
ACTION_HEADINGS = ("Actions agreed", "Action plan", "Actions arising from this audit")
ACTION_COLUMNS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale", "Progress"),
                  ("What needs to happen", "Who", "Date due"))
NO_ACTIONS = ("No actions required – feedback given to the supervisor.",
              "No further actions arising from this audit.",
              "Actions: none needed at this time.")
OVERALL_LABELS = ("Overall judgement on the quality of supervision", "Overall grade", "Overall audit judgement")
GUIDANCE = (
    "Guidance for auditors",
    "This tool is used to audit the quality of supervision of one worker, as part of the quality assurance "
    "framework. Timeliness is checked separately on the supervision frequency return.",
    "Choose the worker's supervision file in the light of any case file audit findings.",
    "Judge each component against the evidence in the records and give a grade; then give an overall judgement.",
    "Return the completed workbook to the QA mailbox and share it with the supervisor.",
)
HEADER_FILL = "D9E1F2"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


class _Sheet:
    """A worksheet written row by row."""

    def __init__(self, sheet, brand: str):
        self.sheet, self.brand, self.row = sheet, brand, 1

    def cell(self, column: int, value, *, bold: bool = False, fill: str | None = None, colour: str | None = None,
             italic: bool = False, strike: bool = False, box: bool = True, number_format: str | None = None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or italic or strike:
            cell.font = Font(bold=bold, color=colour, italic=italic, strike=strike)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if box:
            cell.border = BOX
        cell.alignment = WRAP
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)

    def heading(self, text: str, width: int) -> None:
        self.row += 1
        self.cell(1, text, bold=True, colour="FFFFFF", fill=self.brand)
        self.merge(1, width)
        self.row += 1

    def next(self, rows: int = 1) -> None:
        self.row += rows


def _choose_grade_style(index: int) -> str:
    return GRADE_STYLES[(index * 3) % len(GRADE_STYLES)]


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    forms = []
    for index, sample in enumerate(samples):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, plan = _plan(rng, index, sample, today)
        forms.append(held_out(FAMILY, index, sample, _workbook(rng, sample, plan), "xlsx"))
    return forms


def _plan(rng: random.Random, index: int, sample, today: date):
    """Change the sample where this file's layout needs it, and say how the
    file is drawn."""
    plan = {
        "details": DETAIL_STYLES[index % len(DETAIL_STYLES)],
        "grades": _choose_grade_style(index),
        "overall_typed": rng.random() < 0.25,
        "lists": LIST_STYLES[(index // 2) % len(LIST_STYLES)],
        "actions": ACTION_STYLES[(index * 2 + 1) % len(ACTION_STYLES)],
        "excel_dates": rng.random() < 0.3,
        "when": date_writer(rng),
        "prompts": rng.random() < 0.5,
        "guidance_first": index % 5 == 2,
        "guidance": rng.random() < 0.6,
        "checks": rng.choice(("typed", "ticked", "absent")),
        "case_cell": None,
    }
    changes = {}
    if rng.random() < 0.5:
        changes["sections"] = tuple(Section(COMPONENT_NAMES[section.name], section.grade, section.comment)
                                    for section in sample.sections)
    if index % 4 == 3:  # this council's version grades four components only
        changes["sections"] = changes.get("sections", sample.sections)[:4]
    if plan["actions"] == "none":
        changes["actions"] = ()
    if index % 8 not in (1, 6):  # most files name the case the audit followed
        case_rng = random.Random(f"{FAMILY}:case:{index}")
        case_id, child = invent_case_id(case_rng), invent_child(case_rng, today)
        style = case_rng.choice(("plain", "number", "prefixed"))
        if style == "prefixed":
            case_id = case_reference(case_rng, case_id)
        plan["case_cell"] = int(case_id) if style == "number" else case_id
        changes.update(case_id=case_id, child=child)
    return replace(sample, **changes), plan


def _workbook(rng: random.Random, sample, plan) -> bytes:
    workbook = Workbook()
    brand = rng.choice(BRAND_COLOURS)
    form_sheet = workbook.active
    form_sheet.title = rng.choice(("Supervision Audit", "Audit", "Supervision audit tool"))
    if plan["guidance"] or plan["guidance_first"]:
        guidance = workbook.create_sheet("Guidance", 0 if plan["guidance_first"] else 1)
        for row, text in enumerate(GUIDANCE, start=1):
            guidance.cell(row=row, column=1, value=text).font = Font(bold=row == 1, color=brand if row == 1 else None)
        guidance.column_dimensions["A"].width = 110
    width = _draw(_Sheet(form_sheet, brand), rng, sample, plan)
    for column, size in zip(range(1, width + 1), (34, 30, 40, 16, 16, 16, 16)):
        form_sheet.column_dimensions[get_column_letter(column)].width = size
    workbook.properties.creator = "Northmoor Council"
    workbook.properties.title = "Supervision Audit Tool"
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0)) - timedelta(days=900)
    workbook.properties.modified = datetime.combine(sample.date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _date(ws: _Sheet, column: int, day: date, plan, **look):
    if plan["excel_dates"]:
        return ws.cell(column, datetime.combine(day, time()), number_format=plan["date_format"], **look)
    return ws.cell(column, plan["when"](day), **look)


def _draw(ws: _Sheet, rng: random.Random, sample, plan) -> int:
    grade_style = plan["grades"]
    plan["date_format"] = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy"))
    width = 6 if grade_style in ("columns", "highlight") else (4 if plan["prompts"] else 3)
    ws.cell(1, council_line(rng), bold=True, colour=ws.brand, box=False)
    ws.merge(1, width)
    ws.next()
    ws.cell(1, rng.choice(TITLES), bold=True, box=False)
    ws.merge(1, width)
    ws.next()
    if grade_style == "number":
        ws.cell(1, "Grading key: " + ", ".join(f"{number} = {GRADE_WORDS[grade]}" for grade, number
                                               in KEY_NUMBERS.items()), italic=True, box=False)
        ws.merge(1, width)
        ws.next()

    _details(ws, rng, sample, plan, width)
    if sample.child is not None:
        _case(ws, rng, sample, plan, width)
    if plan["checks"] != "absent":
        _checks(ws, rng, sample, plan, width)
    _components(ws, rng, sample, plan, width)
    _lists(ws, rng, sample, plan, width)
    _actions(ws, rng, sample, plan, width)
    if rng.random() < 0.5:
        ws.next()
        ws.cell(1, "Audit shared with supervisor on", bold=True, fill=HEADER_FILL)
        _date(ws, 2, sample.date + timedelta(days=rng.randint(1, 6)), plan)
        ws.next()
    return width


def _details(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    own = {field.key: field.written for field in sample.own}
    rows = [
        (rng.choice(SUPERVISEE_LABELS), sample.practitioner),
        ("Team", sample.team),
        (rng.choice(SUPERVISOR_LABELS), own["supervisor"]),
        ("Service", sample.service),
        (rng.choice(AUDITOR_LABELS), sample.auditor),
        ("Post", "Head of Service"),
        (rng.choice(DATE_LABELS), sample.date),
        (rng.choice(PERIOD_LABELS), own["period_covered"]),
        (rng.choice(SESSION_LABELS), own["session_dates"]),
    ]
    sessions_as = rng.choice((", ", "\n", "; "))

    def put(column: int, value, **look):
        if isinstance(value, date):
            return _date(ws, column, value, plan, **look)
        if isinstance(value, tuple):
            return ws.cell(column, sessions_as.join(plan["when"](day) for day in value), **look)
        return ws.cell(column, value, **look)

    ws.heading(rng.choice(("Details of the audit", "Audit details", "Section 1 – Details")), width)
    style = plan["details"]
    if style == "pairs":  # the source's "Name of Manager: / Team:" rows
        for first, second in zip(rows[0::2], rows[1::2] + [None]):
            ws.cell(1, f"{first[0]}:", bold=True, fill=HEADER_FILL)
            put(2, first[1])
            if second:
                ws.cell(3, f"{second[0]}:", bold=True, fill=HEADER_FILL)
                put(4, second[1])
                if width > 4:
                    ws.merge(4, width)
            else:
                ws.merge(2, width)
            ws.next()
    elif style == "column":
        for text, value in rows:
            ws.cell(1, text, bold=True, fill=HEADER_FILL)
            put(2, value)
            ws.merge(2, width)
            ws.next()
    elif style == "over":
        for chunk in (rows[:4], rows[4:7], rows[7:]):
            for column, (text, _) in enumerate(chunk, start=1):
                ws.cell(column, text, bold=True, fill=HEADER_FILL)
            ws.next()
            for column, (_, value) in enumerate(chunk, start=1):
                put(column, value)
            ws.next()
    else:  # "Label: value" in one cell
        for text, value in rows:
            if isinstance(value, date):
                value = plan["when"](value)
            elif isinstance(value, tuple):
                value = ", ".join(plan["when"](day) for day in value)
            ws.cell(1, f"{text}: {value}")
            ws.merge(1, width)
            ws.next()


def _case(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    ws.heading(rng.choice(CASE_HEADINGS), width)
    child = sample.child
    rows = ((rng.choice(CASE_LABELS), plan["case_cell"]), ("Child's name", child.full_name),
            ("Date of birth", child.date_of_birth))
    if rng.random() < 0.5:
        for text, value in rows:
            ws.cell(1, text, bold=True, fill=HEADER_FILL)
            if isinstance(value, date):
                _date(ws, 2, value, plan)
            else:
                ws.cell(2, value)
            ws.merge(2, width)
            ws.next()
    else:
        for column, (text, _) in enumerate(rows, start=1):
            ws.cell(column, text, bold=True, fill=HEADER_FILL)
        ws.next()
        for column, (_, value) in enumerate(rows, start=1):
            if isinstance(value, date):
                _date(ws, column, value, plan)
            else:
                ws.cell(column, value)
        ws.next()


def _checks(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    ws.heading(rng.choice(("Compliance with the supervision policy", "Section 2 – Compliance")), width)
    for question in CHECKS:
        answer = rng.random() < 0.75
        ws.cell(1, question)
        ws.merge(1, 2 if width > 3 else 1)
        column = 3 if width > 3 else 2
        if plan["checks"] == "typed":
            ws.cell(column, rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
        else:
            ws.cell(column, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
        ws.next()


def _grade_header(ws: _Sheet, first: int) -> None:
    for column, grade in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE), start=first):
        ws.cell(column, GRADE_WORDS[grade] if column - first != 2 else "Requires improvement", bold=True,
                fill=HEADER_FILL)


def _grade(ws: _Sheet, rng: random.Random, column: int, grade: str, style: str, plan) -> None:
    """Write `grade` at `column` (and the three columns after it for the
    four-column styles) in `style`."""
    if style == "typed":
        ws.cell(column, informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        ws.cell(column, KEY_NUMBERS[grade], bold=True)
    elif style == "columns":
        for offset, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            if option == grade:
                if plan["mark"]:
                    ws.cell(column + offset, plan["mark"], bold=True)
                else:
                    ws.cell(column + offset, None, fill="A6A6A6")
            else:
                ws.cell(column + offset, None)
    elif style == "dropdown":
        options = plan["dropdown"]
        cell = ws.cell(column, options[(OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE).index(grade)])
        plan["validation"].add(cell)
    else:  # the four grades printed, the chosen one highlighted
        for offset, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            text = GRADE_WORDS[option] if offset != 2 else "Requires improvement"
            if option == grade:
                ws.cell(column + offset, text, bold=True, fill="FFFF00")
            else:
                ws.cell(column + offset, text, colour="A6A6A6", strike=plan["strike"])


def _components(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    style = plan["grades"]
    plan["mark"] = rng.choice(("X", "x", "✓", "√", ""))
    plan["strike"] = rng.random() < 0.5
    if style == "dropdown":
        plan["dropdown"] = rng.choice(DROPDOWN_LISTS)
        plan["validation"] = DataValidation(type="list", formula1='"' + ",".join(plan["dropdown"]) + '"',
                                            allow_blank=True)
        ws.sheet.add_data_validation(plan["validation"])
    ws.heading(rng.choice(("Components of effective supervision", "Section 3 – Quality of supervision",
                           "Quality of the supervision records")), width)
    four = style in ("columns", "highlight")
    headers = ["Component", "Evidence from the supervision records"]
    if plan["prompts"] and not four:
        headers.insert(1, "What to look for")
    for column, text in enumerate(headers, start=1):
        ws.cell(column, text, bold=True, fill=HEADER_FILL)
    grade_column = len(headers) + 1
    if four:
        if style == "columns":
            _grade_header(ws, grade_column)
        else:
            ws.cell(grade_column, "Grade (chosen grade highlighted)", bold=True, fill=HEADER_FILL)
            ws.merge(grade_column, grade_column + 3)
    else:
        ws.cell(grade_column, "Grade (1–4)" if style == "number" else "Grade", bold=True, fill=HEADER_FILL)
    ws.next()
    names = list(COMPONENT_NAMES) + list(COMPONENT_NAMES.values())
    for section in sample.sections:
        ws.cell(1, section.name, bold=True)
        column = 2
        if plan["prompts"] and not four:
            ws.cell(2, PROMPTS[names.index(section.name) % 5], italic=True, colour="595959")
            column = 3
        ws.cell(column, section.comment)
        _grade(ws, rng, grade_column, section.grade, style, plan)
        ws.next()
    ws.next()
    ws.cell(1, rng.choice(OVERALL_LABELS), bold=True, fill=HEADER_FILL)
    if plan["overall_typed"]:
        ws.cell(2, informal_grade(rng, sample.grade), bold=True)
    elif four:
        _grade(ws, rng, grade_column, sample.grade, style, plan)
    else:
        _grade(ws, rng, grade_column, sample.grade, style, plan)
    ws.next()


def _lists(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    strengths_heading, development_heading = rng.choice(STRENGTH_HEADINGS), rng.choice(DEVELOPMENT_HEADINGS)
    style = plan["lists"]
    if style == "two_columns":
        ws.next()
        half = max(2, width // 2)
        ws.cell(1, strengths_heading, bold=True, fill=HEADER_FILL)
        if half > 2:
            ws.merge(1, half - 1)
        ws.cell(half, development_heading, bold=True, fill=HEADER_FILL)
        ws.merge(half, width)
        ws.next()
        for row in range(max(len(sample.strengths), len(sample.development_areas))):
            ws.cell(1, sample.strengths[row] if row < len(sample.strengths) else None)
            if half > 2:
                ws.merge(1, half - 1)
            ws.cell(half, sample.development_areas[row] if row < len(sample.development_areas) else None)
            ws.merge(half, width)
            ws.next()
        return
    bullet = rng.choice(("• ", "- ", ""))
    for heading, items in ((strengths_heading, sample.strengths), (development_heading, sample.development_areas)):
        ws.heading(heading, width)
        if style == "rows":
            for item in items:
                ws.cell(1, f"{bullet}{item}")
                ws.merge(1, width)
                ws.next()
        else:
            numbered = rng.random() < 0.5
            ws.cell(1, "\n".join(f"{number}. {item}" if numbered else f"{bullet}{item}"
                                 for number, item in enumerate(items, start=1)))
            ws.merge(1, width)
            ws.sheet.row_dimensions[ws.row].height = 16 * len(items) + 4
            ws.next()


def _actions(ws: _Sheet, rng: random.Random, sample, plan, width: int) -> None:
    ws.heading(rng.choice(ACTION_HEADINGS), width)
    if not sample.actions:
        ws.cell(1, rng.choice(NO_ACTIONS))
        ws.merge(1, width)
        ws.next()
        return
    if plan["actions"] == "numbered":
        for number, action in enumerate(sample.actions, start=1):
            ws.cell(1, f"{number}. {action.action} – {action.owner} – by {plan['when'](action.due)}")
            ws.merge(1, width)
            ws.next()
        return
    headers = rng.choice(ACTION_COLUMNS)
    for column, text in enumerate(headers, start=1):
        ws.cell(column, text, bold=True, fill=HEADER_FILL)
    ws.next()
    for action in sample.actions:
        ws.cell(1, action.action)
        ws.cell(2, action.owner)
        _date(ws, 3, action.due, plan)
        for column in range(4, len(headers) + 1):
            ws.cell(column, None)
        ws.next()
