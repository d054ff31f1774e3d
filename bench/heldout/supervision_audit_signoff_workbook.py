"""Supervision audits kept as Excel workbooks: a Head of Service audits the
supervision records of one practitioner (frequency, reflection, case
direction, decisions recorded, support and challenge), grades each standard
and gives an overall grade, then the workbook carries an audit signature
sheet.

Source: Bolton Children's Services, "Supervision Policy – Bolton's Protocol
for Standards in Supervision of Children and Families Social Workers"
(procedures manual chapter 1.6.2, revised March 2016 in line with the North
West ADCS Regional Protocol for Standards in Supervision of Children and
Families Social Workers),
http://boltonchildcare.proceduresonline.com/chapters/p_superv_policy.html.
Bolton is already named in the bench for a different document (its Staying
Safe Services quality of practice audit tool); this family is modelled on
the supervision policy's own audit appendices.

What came from the source: the tool is an appendix of the supervision policy
("Appendix 7: Supervision Audit") followed by a separate "Appendix 8: Audit
Signature Sheet"; the policy's content headings (the four functions of
supervision in the 4 x 4 x 4 integrated model: management, support,
development, mediation; critically reflective practice; quality assurance;
the regional standards). The page lists the appendices but does not show the
audit form itself.

Our judgement (the page shows no form): the layout. One "Supervision audit"
sheet with the council's name line in a brand colour, a details block
(supervisee, team, service, supervisor, auditor, audit date, period of
supervision reviewed, sessions reviewed), on most files the case sampled from
the supervision records (case number, child's name and date of birth, as
some published supervision audits ask for a case number), the standards
table with a grade and the auditor's evidence for each, a yes/no check of
the four functions, the overall grade, strengths, areas for development and
an action plan; and on most files a second "Audit signature sheet" with the
auditor, supervisor and supervisee. The supervision audit is not moderated
(the auditor is the Head of Service); some files carry an empty "QA use
only" box.

What varies across the 16 files: the details block (label | value rows, a
two-pair grid, "Label: value" typed in one cell, labels over values); dates
typed in one of several spellings or stored as real Excel dates; case
references plain, prefixed or absent; grades typed as people type them, a
mark under one of four grade columns, a number on a printed key (either
direction), or an Excel drop-down; renamed standards and a standard left
out; strengths and areas for development as bullet lines, one paragraph, or
two columns side by side; actions as a table, numbered lines, or a sentence
saying there are none; the four functions as typed Yes/No or ticked boxes;
sessions reviewed in one cell or one per row; whether the signature sheet
and the empty QA box are there.
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
from bot.samples.ooxml import stable_zip
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
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

FAMILY = "supervision_audit_signoff_workbook"
SEED = 10090

# Standards renamed as a council's own supervision standards word them.
RENAMED = {
    "Frequency of supervision": "Supervision takes place as agreed in the supervision contract",
    "Reflection and analysis": "Critically reflective discussion",
    "Clear plans and case direction": "Case direction and planning",
    "Decisions and their reasons recorded": "Management decisions and rationale recorded",
    "Support and constructive challenge": "Support, challenge and wellbeing",
}
DROPPABLE = "Support and constructive challenge"

SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
# The choices a drop-down offers, in GRADES order.
DROPDOWNS = (("Outstanding", "Good", "Requires improvement", "Inadequate"),
             ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"))
KEY_FORWARD = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_BACKWARD = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}

TITLES = ("Supervision Audit", "Appendix 7 – Supervision Audit", "SUPERVISION AUDIT TOOL",
          "Audit of Supervision Records")
AUDITOR_LABELS = ("Auditor", "Name of auditor", "Audit completed by", "Designated auditor")
DATE_LABELS = ("Date of audit", "Date audit completed", "Audit date")
TEAM_LABELS = ("Team", "Team name")
SERVICE_LABELS = ("Service", "Service area")
OVERALL_LABELS = ("Overall grade", "Overall grade for the quality of supervision", "Overall judgement",
                  "OVERALL GRADING")
STRENGTH_LABELS = ("Strengths", "What is working well in supervision", "Strengths evident in the records")
DEVELOPMENT_LABELS = ("Areas for development", "What needs to improve", "Areas for improvement")
ACTION_LABELS = ("Action plan", "Actions agreed", "Actions arising from the audit")
NO_ACTIONS = ("No actions arising from this audit – supervision meets the standard.",
              "No further actions required.",
              "Nil actions – good practice shared with the team.")
FUNCTIONS = ("Management (workload and case direction)", "Support (wellbeing and emotional impact)",
             "Development (learning and CPD)", "Mediation (with the organisation)")
CHECKS = ("Is there a signed supervision contract on file?", "Are the supervision records signed by both parties?")
CASE_LABELS = (("Case number sampled", "Child's name", "Date of birth"),
               ("Case reference (if appropriate)", "Name of child", "DOB"),
               ("Child's case discussed in supervision – ID", "Child", "Child's date of birth"))

BLUE = "1F3864"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class _Sheet:
    """Writes one sheet top to bottom in columns A to F."""

    def __init__(self, sheet, rng: random.Random, writer, dates_as_excel: bool, label_fill: str | None):
        self.sheet = sheet
        self.rng = rng
        self.writer = writer
        self.dates_as_excel = dates_as_excel
        self.label_fill = label_fill
        self.row = 1

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, size: int | None = None,
            fill: str | None = None, box: bool = True, italic: bool = False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold or None, color=colour, size=size, italic=italic or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if box:
            cell.border = BOX
        return cell

    def label(self, column: int, text: str):
        white = self.label_fill == BLUE
        return self.put(column, text, bold=True, colour="FFFFFF" if white else None, fill=self.label_fill)

    def date(self, column: int, day: date):
        if self.dates_as_excel:
            cell = self.put(column, day)
            cell.number_format = self.rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "d mmm yyyy"))
            return cell
        return self.put(column, self.writer(day))

    def heading(self, text: str, colour: str) -> None:
        self.put(1, text, bold=True, colour=colour, size=12, box=False)
        self.row += 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _details(out: _Sheet, style: str, fields: list[tuple[str, object]]) -> None:
    """Label and value pairs; a value that is a date is written as one."""

    def value(column: int, written) -> None:
        if isinstance(written, date):
            out.date(column, written)
        else:
            out.put(column, written)

    if style == "rows":
        for text, written in fields:
            out.label(1, text)
            value(2, written)
            out.sheet.merge_cells(start_row=out.row, start_column=2, end_row=out.row, end_column=4)
            out.skip()
    elif style == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, written) in enumerate(fields[start:start + 2]):
                out.label(1 + 3 * offset, text)
                value(2 + 3 * offset, written)
            out.skip()
    elif style == "colon":
        for text, written in fields:
            shown = out.writer(written) if isinstance(written, date) else written
            out.put(1, f"{text}: {shown}", box=False)
            out.skip()
    else:  # labels over values, three to a band
        for start in range(0, len(fields), 3):
            band = fields[start:start + 3]
            for offset, (text, _) in enumerate(band):
                out.label(1 + 2 * offset, text)
            out.skip()
            for offset, (_, written) in enumerate(band):
                value(1 + 2 * offset, written)
            out.skip()


def _grade_headers(style: str, columns) -> list[str]:
    if style == "columns":
        return [name for _, name in columns]
    if style == "key":
        return ["Score (see key)"]
    return ["Grade"]


def _write_grade(out: _Sheet, style: str, column: int, grade: str, *, columns, mark: str, key, validation,
                 choices: tuple[str, ...]) -> None:
    rng = out.rng
    if style == "typed":
        out.put(column, informal_grade(rng, grade, note_chance=0.15))
    elif style == "columns":
        for offset, (choice, _) in enumerate(columns):
            cell = out.put(column + offset, None)
            if choice == grade:
                if mark:
                    cell.value = mark
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center", vertical="top")
                else:
                    cell.fill = PatternFill("solid", fgColor="A6A6A6")
    elif style == "key":
        out.put(column, key[grade])
    else:
        cell = out.put(column, choices[list(SHORT).index(grade)])
        validation.add(cell)


def _items(out: _Sheet, style: str, strengths_label: str, strengths, development_label: str, development,
           colour: str) -> None:
    if style == "two_columns":
        out.label(1, strengths_label)
        out.label(4, development_label)
        out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=3)
        out.sheet.merge_cells(start_row=out.row, start_column=4, end_row=out.row, end_column=6)
        out.skip()
        for index in range(max(len(strengths), len(development))):
            out.put(1, strengths[index] if index < len(strengths) else None)
            out.put(4, development[index] if index < len(development) else None)
            out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=3)
            out.sheet.merge_cells(start_row=out.row, start_column=4, end_row=out.row, end_column=6)
            out.skip()
        out.skip()
        return
    for text, items in ((strengths_label, strengths), (development_label, development)):
        out.heading(text, colour)
        if style == "bullets":
            for item in items:
                out.put(1, f"\u2022 {item}", box=False)
                out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=6)
                out.skip()
        else:
            out.put(1, " ".join(items))
            out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=6)
            out.sheet.row_dimensions[out.row].height = 15 * (1 + len(items))
            out.skip()
        out.skip()


def _actions(out: _Sheet, style: str, heading: str, actions, colour: str) -> None:
    out.heading(heading, colour)
    if not actions:
        out.put(1, out.rng.choice(NO_ACTIONS), box=False, italic=True)
        out.skip(2)
        return
    if style == "table":
        headers = out.rng.choice((("Action", "By whom", "By when"), ("What needs to happen", "Who", "Timescale"),
                                  ("Action", "Responsible", "Target date", "Completed")))
        for column, text in enumerate(headers, start=1):
            out.label(column, text)
        out.skip()
        for action in actions:
            out.put(1, action.action)
            out.put(2, action.owner)
            out.date(3, action.due)
            for column in range(4, len(headers) + 1):
                out.put(column, None)
            out.skip()
    else:
        for number, action in enumerate(actions, start=1):
            out.put(1, f"{number}. {action.action} – {action.owner} – by {out.writer(action.due)}", box=False)
            out.sheet.merge_cells(start_row=out.row, start_column=1, end_row=out.row, end_column=6)
            out.skip()
    out.skip()


def _workbook(sample, index: int, rng: random.Random) -> tuple[bytes, tuple[str, ...]]:
    """The file, and the child's date of birth as written there (personal data)."""
    brand = rng.choice(BRAND_COLOURS)
    writer = date_writer(rng)
    details_style = ("rows", "grid", "colon", "over")[index % 4]
    grade_style = ("typed", "columns", "key", "dropdown")[(index // 4 + index) % 4]
    list_style = ("bullets", "paragraph", "two_columns")[index % 3]
    action_style = ("table", "numbered")[(index // 2) % 2]
    dates_as_excel = details_style != "colon" and rng.random() < 0.45
    label_fill = rng.choice((BLUE, "D9D9D9", "DEEAF6", None))

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Supervision audit", "Audit", "Appendix 7"))
    for column, width in zip("ABCDEF", (46, 30, 22, 30, 22, 22)):
        sheet.column_dimensions[column].width = width
    out = _Sheet(sheet, rng, writer, dates_as_excel, label_fill)

    out.put(1, council_line(rng), bold=True, colour=brand, size=13, box=False)
    out.skip()
    out.put(1, rng.choice(TITLES), bold=True, size=14, box=False)
    out.skip()
    if rng.random() < 0.5:
        out.put(1, "To be completed from the supervisee's supervision file and the case records. "
                   "Return to the Quality Assurance team when signed.", italic=True, box=False)
        out.skip()
    out.skip()

    own = {field.key: field for field in sample.own}
    fields: list[tuple[str, object]] = [
        (sample.labels.get("practitioner", "Supervisee"), sample.practitioner),
        (rng.choice(TEAM_LABELS), sample.team),
        (rng.choice(SERVICE_LABELS), sample.service),
        (own["supervisor"].label, own["supervisor"].written),
        (rng.choice(AUDITOR_LABELS), sample.auditor),
        (rng.choice(DATE_LABELS), sample.date),
        (own["period_covered"].label, own["period_covered"].written),
    ]
    sessions = own["session_dates"]
    sessions_inline = rng.random() < 0.55
    if sessions_inline:
        fields.append((sessions.label, ", ".join(writer(day) for day in sessions.written)))
    _details(out, details_style, fields)
    out.skip()

    if not sessions_inline:
        out.heading(sessions.label, brand)
        out.label(1, "Session")
        out.label(2, "Date")
        out.label(3, "Recorded within 5 working days?")
        out.skip()
        for number, day in enumerate(sessions.written, start=1):
            out.put(1, f"Session {number}")
            out.date(2, day)
            out.put(3, rng.choice(("Yes", "Yes", "No")))
            out.skip()
        out.skip()

    if sample.case_id is not None:
        labels = rng.choice(CASE_LABELS)
        out.heading(rng.choice(("Case sampled from the supervision records", "Case tracked through supervision")),
                    brand)
        child = sample.child
        _details(out, "rows" if details_style == "over" else details_style,
                 [(labels[0], sample.case_id), (labels[1], child.full_name), (labels[2], child.date_of_birth)])
        out.skip()

    # The standards and their grades.
    columns = rng.choice(GRADE_COLUMNS)
    mark = rng.choice(("X", "x", "\u2713", "\u221a", ""))
    key = rng.choice((KEY_FORWARD, KEY_BACKWARD))
    choices = rng.choice(DROPDOWNS)
    validation = None
    if grade_style == "dropdown":
        validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
        sheet.add_data_validation(validation)
    out.heading(rng.choice(("Part 1 – Quality of supervision", "Supervision standards",
                            "Audit of the supervision records")), brand)
    if grade_style == "key":
        order = sorted(key, key=key.get)
        out.put(1, "Grading key: " + "   ".join(f"{key[grade]} = {SHORT[grade]}" for grade in order),
                italic=True, box=False)
        out.skip()
    area_header = rng.choice(("Standard", "Area of practice", "Audit area"))
    grade_headers = _grade_headers(grade_style, columns)
    out.label(1, area_header)
    for offset, text in enumerate(grade_headers):
        out.label(2 + offset, text)
    comment_column = 2 + len(grade_headers)
    out.label(comment_column, rng.choice(("Evidence / auditor comments", "Comments", "Evidence")))
    out.skip()
    grade_args = dict(columns=columns, mark=mark, key=key, validation=validation, choices=choices)
    for section in sample.sections:
        out.put(1, section.name)
        _write_grade(out, grade_style, 2, section.grade, **grade_args)
        out.put(comment_column, section.comment)
        out.skip()
    out.skip()

    # The four functions of supervision, as yes/no checks.
    out.heading(rng.choice(("Part 2 – The four functions of supervision (4 x 4 x 4 model)",
                            "Is there evidence of each function of supervision?")), brand)
    ticked = rng.random() < 0.5
    for question in (*FUNCTIONS, *CHECKS):
        answer = rng.random() < 0.8
        out.put(1, question)
        if ticked:
            out.put(2, ("\u2612 Yes   \u2610 No" if answer else "\u2610 Yes   \u2612 No"))
        else:
            out.put(2, rng.choice(("Yes", "Y", "yes")) if answer else rng.choice(("No", "N", "no")))
        out.skip()
    out.skip()

    # The overall grade, drawn as the standards' grades are.
    overall = rng.choice(OVERALL_LABELS)
    if grade_style == "columns":
        out.label(1, overall)
        for offset, (_, name) in enumerate(columns):
            out.label(2 + offset, name)
        out.skip()
        out.put(1, "Overall")
        _write_grade(out, grade_style, 2, sample.grade, **grade_args)
    else:
        out.label(1, overall)
        _write_grade(out, grade_style, 2, sample.grade, **grade_args)
    out.skip(2)

    _items(out, list_style, rng.choice(STRENGTH_LABELS), sample.strengths, rng.choice(DEVELOPMENT_LABELS),
           sample.development_areas, brand)
    _actions(out, action_style, rng.choice(ACTION_LABELS), sample.actions, brand)

    if index % 5 == 2:
        out.heading("Quality assurance check (QA team use only)", brand)
        for text in ("Checked by", "Date", "Comments"):
            out.label(1, text)
            out.put(2, None)
            out.skip()

    if index % 4 != 3:
        signatures = workbook.create_sheet(rng.choice(("Audit signature sheet", "Appendix 8 - Signatures")))
        for column, width in zip("ABCD", (26, 30, 26, 20)):
            signatures.column_dimensions[column].width = width
        sign = _Sheet(signatures, rng, writer, dates_as_excel, label_fill)
        sign.put(1, "Audit signature sheet", bold=True, colour=brand, size=13, box=False)
        sign.skip(2)
        for column, text in enumerate(("Role", "Name", "Signature", "Date"), start=1):
            sign.label(column, text)
        sign.skip()
        for role, name in (("Auditor", sample.auditor), ("Supervisor", own["supervisor"].written),
                           ("Supervisee", sample.practitioner)):
            sign.put(1, role)
            sign.put(2, name)
            sign.put(3, name if rng.random() < 0.5 else None, italic=True)
            if role == "Auditor":
                sign.date(4, sample.date)
            else:
                sign.put(4, None)
            sign.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = "Supervision Audit"
    workbook.properties.lastModifiedBy = sample.auditor
    stamp = datetime.combine(sample.date, time(16, 40))
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    born = (writer(sample.child.date_of_birth),) if sample.child else ()
    return stable_zip(buffer.getvalue()), born


def _change(sample, index: int, rng: random.Random, today: date):
    """The sample as this file shows it."""
    changes: dict = {}
    if index % 16 not in (3, 7, 12, 15, 10):
        case_id = invent_case_id(rng)
        changes["case_id"] = case_reference(rng, case_id) if rng.random() < 0.5 else case_id
        changes["child"] = invent_child(rng, today)
    sections = sample.sections
    if index % 5 == 1:
        sections = tuple(section for section in sections if section.name != DROPPABLE)
    if index % 3 == 2:
        sections = tuple(replace(section, name=RENAMED.get(section.name, section.name)) for section in sections)
    changes["sections"] = sections
    if index in (4, 9, 13) and sample.grade in (OUTSTANDING, GOOD):
        changes["actions"] = ()
    return replace(sample, **changes)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    forms = []
    for index, sample in enumerate(samples):
        rng = random.Random(f"{FAMILY}:{index}")
        changed = _change(sample, index, rng, today)
        data, born = _workbook(changed, index, rng)
        forms.append(held_out(FAMILY, index, changed, data, "xlsx", also=born))
    return forms
