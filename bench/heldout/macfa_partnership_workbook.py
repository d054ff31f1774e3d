"""Held-out family: a safeguarding partnership's Multi-Agency Case File Audit
(MACFA) of one child's case, kept as an Excel workbook.

Source: Telford & Wrekin Safeguarding Children Board, "Multi-Agency Case File
Audits (MACFA) Learning Briefing" (Nicki Pettitt, independent MACFA auditor,
18 September 2015; https://paperzz.com/doc/7228556/multi-agency-case-file-audits---shropshire-community-heal...,
also on dokumen.tips and slideplayer). Telford & Wrekin is already named in
the project; this is a different document of that organisation (its
partnership's multi-agency audit, not a council form). The briefing shows no
form: it describes the process. What came from it: themed audits (a theme
per audit round); each case sent out with the child's name and date of birth
and the parents' names; every agency audits its own file and records its
findings on an audit tool; a day-long meeting of the agencies; grades as
the Ofsted judgements written "O for Outstanding, G for Good, RI for
Requires Improvement, In for Inadequate"; immediate concerns for a child
referred back to the agency at once; a summary by the chair with key
learning, recommendations and an action plan; family engagement considered.

Our judgement (the workbook's layout is not shown by the source): a title
line in the partnership's brand colour; a details block (case reference,
child, date of birth, parents, sometimes the other children in the
household, the allocated social worker, team, service, lead auditor, audit
date, the audit theme and the agencies taking part); key lines of enquiry
graded one by one with the evidence beside each grade; an overall
judgement; what is working well and what needs to improve; the immediate
concerns question; the action plan; a Head of Service moderation box typed
in a different colour. Whether the workbook is one sheet or several tabs,
and everything listed under "What varies" below, is our own choice.

What varies across the 16 files: one sheet or three tabs; details as label
and value columns, labels over values, or "Label: value" cells; dates typed
in a person's spelling or real Excel dates; plain or prefixed case
references; grades as the source's letter codes on a printed key, typed as
people type them, a mark under one of four grade columns, an Excel
drop-down, or a number on a printed key; renamed or fewer lines of enquiry;
agencies as one line or a table; strengths and areas for development as
rows, one cell of bullets or two columns side by side; actions as a table,
numbered lines or a sentence saying there are none; the immediate-concerns
answer typed, ticked or from a drop-down; whether the family's views were
sought; the moderation box present, empty or absent; the other children in
the household named on some files.
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

from bot.samples import COUNCIL
from bot.samples.forms import Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "macfa_partnership_workbook"
SEED = 10086

PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"
TITLES = ("Multi-Agency Case File Audit (MACFA)", "MACFA Audit Tool", "Multi-Agency Case File Audit Tool")
THEMES = ("Neglect", "Domestic abuse", "Missing from home", "Early help", "Thresholds", "Child sexual exploitation")

# The source's letter codes and a printed number key (our judgement).
CODES = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "In"}
CODE_KEY = "Key: O = Outstanding   G = Good   RI = Requires Improvement   In = Inadequate"
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
NUMBER_KEY = "Grading key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate"
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
COLUMN_HEADS = (
    ((OUTSTANDING, "O"), (GOOD, "G"), (REQUIRES_IMPROVEMENT, "RI"), (INADEQUATE, "In")),
    ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires Improvement"),
     (INADEQUATE, "Inadequate")),
)
GRADE_STYLES = ("codes", "typed", "columns", "dropdown", "number")

# Lines of enquiry as some rounds name them (our wording), in the sample's order.
KLOE_NAMES = ("Recognition of need and the child's lived experience", "Information sharing and communication",
              "Assessment of risk and need", "Joint planning and intervention", "Impact on the child's outcomes")

PRACTITIONER_LABELS = ("Allocated social worker", "Social worker", "Lead practitioner (CSC)")
DATE_LABELS = ("Date of audit", "Date of MACFA meeting", "Audit date")
URGENT_QUESTIONS = ("Were any immediate concerns for the child identified and referred back to the agency?",
                    "Immediate safeguarding concerns identified?")
FEEDBACK_LABELS = ("Were the child's and family's views sought for this audit?",
                   "Family engagement: were the family's views sought?")
STRENGTH_LABELS = ("What is working well", "Key strengths / good practice identified")
DEVELOPMENT_LABELS = ("What needs to improve", "Areas for development / learning")
NO_ACTIONS = ("No actions arising: the plan is progressing and partners are working well together.",
              "No further actions required from this audit.")
GRID = Side(style="thin", color="808080")
BOX = Border(left=GRID, right=GRID, top=GRID, bottom=GRID)
LABEL_FILL = PatternFill("solid", fgColor="DCE6F1")
EXCEL_DATES = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _excel_shown(day: date, number_format: str) -> str:
    """How Excel shows a date cell in `number_format` (for the personal data)."""
    return {"dd/mm/yyyy": f"{day.day:02}/{day.month:02}/{day.year}",
            "d mmm yyyy": f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}",
            "d mmmm yyyy": f"{day.day} {_MONTHS[day.month - 1]} {day.year}"}[number_format]


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, sheet, style: dict):
        self.sheet = sheet
        self.row = 1
        self.style = style
        for column, width in zip("ABCDEFG", (36, 22, 22, 22, 22, 40, 16)):
            sheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold=False, colour=None, fill=None, box=True, wrap=True, size=None,
            number_format=None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, color=colour, size=size)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill) if isinstance(fill, str) else fill
        if box:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def line(self, text, **look):
        self.put(1, text, box=False, wrap=False, **look)
        self.row += 1

    def heading(self, text):
        self.put(1, text, bold=True, colour=self.style["brand"], box=False, wrap=False, size=12)
        self.row += 1

    def skip(self, rows=1):
        self.row += rows

    def date_value(self, day: date):
        """A date as this form writes it: typed text or a real Excel date."""
        if self.style["excel_dates"]:
            return {"value": datetime.combine(day, time()), "number_format": self.style["excel_dates"]}
        return {"value": self.style["when"](day)}


def _put_value(sheet: _Sheet, column: int, value, **look):
    if isinstance(value, dict):
        return sheet.put(column, value["value"], number_format=value.get("number_format"), **look)
    return sheet.put(column, value, **look)


def _details(sheet: _Sheet, fields: list[tuple[str, object]], layout: str):
    """Label/value pairs as columns, as labels over values, or as "Label: value" cells."""
    if layout == "rows":
        for text, value in fields:
            sheet.put(1, text, bold=True, fill=LABEL_FILL)
            _put_value(sheet, 2, value)
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=5)
            sheet.row += 1
    elif layout == "grid":
        for start in range(0, len(fields), 3):
            chunk = fields[start:start + 3]
            for index, (text, _) in enumerate(chunk):
                sheet.put(1 + 2 * index, text, bold=True, fill=LABEL_FILL)
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1 + 2 * index, end_row=sheet.row,
                                        end_column=2 + 2 * index)
            sheet.row += 1
            for index, (_, value) in enumerate(chunk):
                _put_value(sheet, 1 + 2 * index, value)
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1 + 2 * index, end_row=sheet.row,
                                        end_column=2 + 2 * index)
            sheet.row += 1
    else:  # inline: one "Label: value" cell per field, two to a row
        for start in range(0, len(fields), 2):
            for index, (text, value) in enumerate(fields[start:start + 2]):
                if isinstance(value, dict):  # a typed-out date here: inline cells hold text
                    value = sheet.style["when"](value["day"])
                sheet.put(1 + 3 * index, f"{text}: {value}")
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1 + 3 * index, end_row=sheet.row,
                                        end_column=3 + 3 * index)
            sheet.row += 1


def _grade_text(style: str, grade: str, rng: random.Random) -> str:
    if style == "codes":
        return CODES[grade]
    if style == "number":
        return NUMBERS[grade]
    if style == "dropdown":
        return DROPDOWN[grade]
    return informal_grade(rng, grade)


def _klo_table(sheet: _Sheet, sample, style: str, rng: random.Random, area_label: str):
    """The lines of enquiry: area, grade (in the form's style) and evidence."""
    if style == "codes" or (style == "columns" and sheet.style["column_heads"] == 0):
        sheet.line(CODE_KEY, bold=True)
    elif style == "number":
        sheet.line(NUMBER_KEY, bold=True)
    validation = None
    if style == "dropdown":
        validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires Improvement,Inadequate"',
                                    allow_blank=True)
        sheet.sheet.add_data_validation(validation)
    if style == "columns":
        heads = COLUMN_HEADS[sheet.style["column_heads"]]
        for column, text in enumerate((area_label, *(head for _, head in heads), "Evidence"), start=1):
            sheet.put(column, text, bold=True, fill=LABEL_FILL)
        sheet.row += 1
        for section in sample.sections:
            sheet.put(1, section.name)
            for column, (grade, _) in enumerate(heads, start=2):
                if grade == section.grade:
                    mark = sheet.style["mark"]
                    if mark:
                        sheet.put(column, mark, bold=True)
                    else:
                        sheet.put(column, None, fill=MARK_SHADE)
                else:
                    sheet.put(column, None)
            sheet.put(6, section.comment)
            sheet.row += 1
        return
    for column, text in ((1, area_label), (2, "Grade"), (3, "Evidence / findings")):
        sheet.put(column, text, bold=True, fill=LABEL_FILL)
    sheet.sheet.merge_cells(start_row=sheet.row, start_column=3, end_row=sheet.row, end_column=6)
    sheet.row += 1
    for section in sample.sections:
        sheet.put(1, section.name)
        cell = sheet.put(2, _grade_text(style, section.grade, rng), bold=style != "typed")
        if validation is not None:
            validation.add(cell)
        sheet.put(3, section.comment)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=3, end_row=sheet.row, end_column=6)
        sheet.row += 1


def _overall(sheet: _Sheet, sample, style: str, rng: random.Random, label: str):
    if style == "columns":
        heads = COLUMN_HEADS[sheet.style["column_heads"]]
        sheet.put(1, label, bold=True, fill=LABEL_FILL)
        for column, (grade, head) in enumerate(heads, start=2):
            if grade == sample.grade:
                mark = sheet.style["mark"]
                sheet.put(column, f"{head} {mark}".strip() if mark else head, bold=True,
                          fill=None if mark else MARK_SHADE)
            else:
                sheet.put(column, head)
        sheet.row += 1
        return
    sheet.put(1, label, bold=True, fill=LABEL_FILL)
    cell = sheet.put(2, _grade_text(style, sample.grade, rng), bold=True)
    if style == "dropdown":
        validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires Improvement,Inadequate"')
        sheet.sheet.add_data_validation(validation)
        validation.add(cell)
    sheet.row += 1


def _lists(sheet: _Sheet, strengths, development, layout: str, labels: tuple[str, str]):
    if layout == "columns":
        sheet.put(1, labels[0], bold=True, fill=LABEL_FILL)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=3)
        sheet.put(4, labels[1], bold=True, fill=LABEL_FILL)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=4, end_row=sheet.row, end_column=6)
        sheet.row += 1
        for index in range(max(len(strengths), len(development))):
            sheet.put(1, strengths[index] if index < len(strengths) else None)
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=3)
            sheet.put(4, development[index] if index < len(development) else None)
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=4, end_row=sheet.row, end_column=6)
            sheet.row += 1
        return
    for text, items in zip(labels, (strengths, development)):
        sheet.put(1, text, bold=True, fill=LABEL_FILL)
        if layout == "cell":
            sheet.put(2, "\n".join(f"\u2022 {item}" for item in items))
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
            sheet.sheet.row_dimensions[sheet.row].height = 16 * len(items) + 4
            sheet.row += 1
        else:
            sheet.row += 1
            for item in items:
                sheet.put(1, item)
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
                sheet.row += 1
        sheet.skip()


def _actions(sheet: _Sheet, actions, layout: str, rng: random.Random):
    sheet.heading(rng.choice(("Action plan", "Recommendations and actions", "Actions agreed")))
    if not actions:
        sheet.line(rng.choice(NO_ACTIONS))
        return
    if layout == "table":
        heads = rng.choice((("Action", "By whom", "By when"), ("Recommendation / action", "Lead", "Timescale"),
                            ("Action", "Responsible person", "Target date", "Completed?")))
        for column, text in enumerate(heads, start=1):
            sheet.put(column, text, bold=True, fill=LABEL_FILL)
        sheet.row += 1
        for action in actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            _put_value(sheet, 3, sheet.date_value(action.due))
            if len(heads) == 4:
                sheet.put(4, None)
            sheet.row += 1
        return
    for number, action in enumerate(actions, start=1):
        sheet.put(1, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {sheet.style['when'](action.due)}",
                  box=False)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
        sheet.row += 1


def _yes_no(sheet: _Sheet, question: str, answer: bool, layout: str):
    sheet.put(1, question, bold=True, fill=LABEL_FILL)
    if layout == "ticked":
        ticked, empty = "\u2612", "\u2610"
        sheet.put(2, f"{ticked if answer else empty} Yes    {empty if answer else ticked} No")
    elif layout == "dropdown":
        cell = sheet.put(2, "Yes" if answer else "No")
        validation = DataValidation(type="list", formula1='"Yes,No"')
        sheet.sheet.add_data_validation(validation)
        validation.add(cell)
    else:
        sheet.put(2, ("Yes", "YES", "yes")[sheet.row % 3] if answer else ("No", "NO", "no")[sheet.row % 3])
    sheet.row += 1


def _moderation(sheet: _Sheet, sample, style: str, rng: random.Random):
    moderation = sample.moderation
    ink = sheet.style["ink"]
    sheet.heading(rng.choice(("Head of Service moderation", "Moderation by Head of Service")))
    rows = (("Moderated by", moderation.moderator if moderation else None),
            ("Date moderated", sheet.date_value(moderation.date) if moderation else None),
            ("Moderator's comments", "\n".join(moderation.comments) if moderation else None),
            ("Moderated judgement", _grade_text("typed" if style in ("columns",) else style, moderation.grade, rng)
             if moderation and moderation.grade else None))
    for text, value in rows:
        sheet.put(1, text, bold=True, fill=LABEL_FILL)
        if value is not None:
            _put_value(sheet, 2, value, colour=ink, bold=text == "Moderated judgement")
        else:
            sheet.put(2, None)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
        sheet.row += 1


def _save(workbook: Workbook, title: str, written: date) -> bytes:
    workbook.properties.creator = PARTNERSHIP
    workbook.properties.title = title
    workbook.properties.created = workbook.properties.modified = datetime.combine(written, time(16, 5))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _form(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    grade_style = GRADE_STYLES[index % 5]
    details_layout = ("rows", "grid", "inline")[index % 3]
    tabs = (index // 2) % 2 == 1
    list_layout = ("rows", "cell", "columns")[(index + 1) % 3]
    urgent_layout = ("typed", "ticked", "dropdown")[(index + 2) % 3]
    excel_dates = rng.choice(EXCEL_DATES) if index % 4 == 3 and details_layout != "inline" else None
    style = {"brand": rng.choice(BRAND_COLOURS), "ink": rng.choice(MODERATION_INKS), "when": date_writer(rng),
             "excel_dates": excel_dates, "mark": rng.choice(MARKS), "column_heads": index % 2}

    # The sample, changed where this layout needs it.
    changes = {}
    if index % 4 in (1, 3):
        changes["case_id"] = case_reference(rng, sample.case_id)
    sections = sample.sections
    if index % 4 == 2:
        sections = tuple(Section(name, section.grade, section.comment)
                         for name, section in zip(KLOE_NAMES, sections))
    if index % 5 == 4:
        sections = sections[:4]
    changes["sections"] = sections
    if index % 3 == 0 and sample.grade in (OUTSTANDING, GOOD):
        changes["actions"] = ()
    draw_moderation = index % 7 != 3
    if not draw_moderation:
        changes["moderation"] = None
    own = list(sample.own)
    feedback_label = None
    if index % 2 == 1:
        feedback_label = rng.choice(FEEDBACK_LABELS)
        sought = rng.random() < 0.7
        own.append(ToolField("feedback_sought", feedback_label, sought, sought))
    changes["own"] = tuple(own)
    sample = replace(sample, **changes)
    child = sample.child
    agencies = next(field for field in sample.own if field.key == "agencies")
    feedback = next((field for field in sample.own if field.key == "feedback_sought"), None)

    workbook = Workbook()
    first = workbook.active
    first.title = rng.choice(("MACFA", "Audit", "Case audit"))
    sheet = _Sheet(first, style)
    title = rng.choice(TITLES)
    sheet.line(PARTNERSHIP if index % 3 else f"{COUNCIL} \u2013 {PARTNERSHIP}", bold=True, colour=style["brand"],
               size=14)
    sheet.line(title, bold=True, size=13)
    sheet.line(f"MACFA theme: {rng.choice(THEMES)}", bold=True)
    sheet.skip()

    # The details block.
    reference_label = rng.choice(("Case reference", "LCS number", "Child's case number"))
    fields: list[tuple[str, object]] = [(reference_label, sample.case_id)]
    personal_also: list[str] = []
    others: tuple[str, ...] = ()
    show_child = index not in (6, 13)
    if show_child:
        born = sheet.date_value(child.date_of_birth)
        if excel_dates:
            personal_also.append(_excel_shown(child.date_of_birth, excel_dates))
        else:
            personal_also.append(born["value"])
        if details_layout == "inline":
            born = {"day": child.date_of_birth}
        fields += [("Child's name", child.full_name), ("Date of birth", born),
                   ("Parents / carers", ", ".join(child.parents))]
        if index % 3 == 1:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            others = tuple(name for name, _ in brothers)
            written = [f"{name} ({style['when'](day)})" for name, day in brothers]
            personal_also += [style["when"](day) for _, day in brothers]
            fields.append(("Other children in the household", "; ".join(written)))
    fields += [(rng.choice(PRACTITIONER_LABELS), sample.practitioner), ("Team", sample.team),
               ("Service", sample.service), (sample.labels.get("auditor", "Lead auditor"), sample.auditor)]
    audit_day = sheet.date_value(sample.date)
    if details_layout == "inline":
        audit_day = {"day": sample.date}
    fields.append((rng.choice(DATE_LABELS), audit_day))
    if index % 2 == 0:
        fields.append((agencies.label, ", ".join(agencies.written)))
    sheet.heading("Case details")
    _details(sheet, fields, details_layout)
    if index % 2 == 1:
        sheet.skip()
        sheet.heading(agencies.label)
        for column, text in enumerate(("Agency", "Audit tool returned", "Attended MACFA meeting"), start=1):
            sheet.put(column, text, bold=True, fill=LABEL_FILL)
        sheet.row += 1
        for agency in agencies.written:
            sheet.put(1, agency)
            sheet.put(2, "Yes")
            sheet.put(3, rng.choice(("Yes", "Yes", "No")))
            sheet.row += 1
    if feedback is not None:
        sheet.skip()
        _yes_no(sheet, feedback.label, feedback.written, urgent_layout)
    sheet.skip()

    # The lines of enquiry and the judgement.
    if tabs:
        sheet = _Sheet(workbook.create_sheet(rng.choice(("Lines of enquiry", "KLOE"))), style)
    sheet.heading(rng.choice(("Key lines of enquiry", "Audit questions and grades")))
    _klo_table(sheet, sample, grade_style, rng, rng.choice(("Key line of enquiry", "Area of practice")))
    sheet.skip()
    _overall(sheet, sample, grade_style, rng, rng.choice(("Overall judgement", "Overall grade for the case")))
    sheet.skip()

    # Findings, immediate concerns, actions and moderation.
    if tabs:
        sheet = _Sheet(workbook.create_sheet(rng.choice(("Findings and actions", "Summary"))), style)
    sheet.heading(rng.choice(("Key learning", "Findings")))
    labels = (rng.choice(STRENGTH_LABELS), rng.choice(DEVELOPMENT_LABELS))
    development = list(sample.development_areas)
    if others and development:
        development[-1] = f"{development[-1]} {mention(rng, SIBLING_SENTENCES, others[0])}"
    _lists(sheet, sample.strengths, development, list_layout, labels)
    sheet.skip()
    _yes_no(sheet, rng.choice(URGENT_QUESTIONS), sample.urgent_concern, urgent_layout)
    if sample.urgent_concern:
        sheet.put(1, "If yes, what action was taken", bold=True, fill=LABEL_FILL)
        sheet.put(2, sample.urgent_concern_detail)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
        sheet.row += 1
    sheet.skip()
    _actions(sheet, sample.actions, ("table", "numbered")[index % 2], rng)
    sheet.skip()
    if draw_moderation:
        _moderation(sheet, sample, grade_style, rng)
    data = _save(workbook, title, sample.date)
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=tuple(personal_also))


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_form(index, sample, today) for index, sample in enumerate(samples)]
