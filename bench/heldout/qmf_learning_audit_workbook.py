"""Learning audit workbooks: an auditing manager and the case holding worker
review one child's case together at a "learning audit" meeting, record what
was said, grade the areas of practice and give an overall grade, in Excel.

Modelled on a council's "Quality Management Framework (QMF) Guidance"
(16 pages, year not shown, published as a transcript at
https://vdocuments.site/quality-management-framework-qmf-guidance-contents-invitations-to-the-learning.html;
the council is not named in the part of the page we could see, so this
may be an already-named organisation's document). What came
from the source: audits held as "learning audits", a meeting to which the
case holding worker is invited, with set audit roles (an auditing service
manager, the team manager, the case holding worker(s), a social work
support officer or business support taking notes), and the guidance's
parts (the auditing process, learning audits, process, venue, audit roles).
The page shows no form, so the layout is our judgement: a brand-coloured
council line and title; a details block (case reference, the child's name
and date of birth on most files, the worker, team, service, the auditing
manager, the date of the meeting, where it was held, who took the notes);
a table of areas of practice with the evidence from the file, what the case
holding worker said in the conversation and a grade; an overall grade; a
summary of the conversation; strengths and areas for development; the
family's view where the auditor also spoke to the family (type of contact,
what the family said, what has changed); actions; the immediate-concerns
question; and on some files a Head of Service moderation box typed in
their own colour. The invented cases are the sample builder's conversation
audits, changed with `dataclasses.replace`: graded areas and an overall
grade, more strengths and areas for development the lower the grade,
actions where the sample had none (or none at all on three files), a
prefixed reference, an urgent concern, a moderation, or no family contact
where a file shows them.

What varies, as managers vary it on the same workbook: one sheet or a
Details sheet beside the audit sheet; the details as a label/value grid,
two pairs a row, labels over values, or "Label: value" lines; dates as
text in several spellings or as Excel dates; plain and prefixed case
references; grades typed as people type them, chosen from a drop-down, a
number on a printed key, a mark under one of four grade columns, or the
four grades printed with the chosen one filled (or the others struck
through); four or five areas; strengths and areas for development as rows,
as bulleted lines in one cell, or as two columns; actions as a table,
numbered lines in one cell, or a sentence saying there are none; the
concern question typed, ticked or from a drop-down; the moderation box
present and filled, present and empty, or absent; the family-contact part
present or left out; brothers and sisters named on some files.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, phrases
from bot.samples.ooxml import stable_zip
from bot.samples.people import STAFF, head_of_service_over
from bot.samples.population import _invent_actions, _invent_moderation, _invent_sections, _sentences
from bot.samples.tools import CONVERSATION_AUDIT, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "qmf_learning_audit_workbook"
SEED = 10125

TITLES = ("Learning Audit Record", "QMF Learning Audit", "Learning Audit – Record of Discussion",
          "Learning Audit Tool")
AREAS = ("The child's lived experience", "Assessment and analysis", "Planning and review",
         "Working with the family and partners", "Management oversight and supervision")
AREA_HEADERS = (("Area of practice", "Evidence from the file", "What the case holding worker told us", "Grade"),
                ("Domain", "Auditor's evidence", "Discussion with the worker", "Grade"),
                ("Practice standard", "Evidence", "Worker's reflections", "Grading"))
# What the case holding worker said at the meeting; none of it names a grade.
WORKER_SAID = (
    "The worker explained how {child}'s views were gathered and where they are recorded.",
    "The worker said the plan was agreed at the last review and that dad has since engaged.",
    "We went through the chronology together; the worker agreed it needs bringing up to date.",
    "The worker reflected that visits had become focused on the parents rather than {child}.",
    "The worker could explain clearly why the current level of intervention is right.",
    "The worker described the support from school and health and the next network meeting.",
    "The worker felt supervision helps them think about risk, but it is not always written up.",
)
SUMMARIES = (
    "The learning audit was held with the case holding worker, who talked openly about the work with the family.",
    "A reflective conversation: the worker brought the case to life and was clear about what needs to happen next.",
    "The worker and auditor looked at the file together and agreed the findings below.",
)
VENUES = ("Team room, Civic Centre", "Microsoft Teams", "Locality office", "Family hub meeting room")
NOTE_TAKERS = ("Business support", "SWSO", "Auditor")
NO_ACTIONS = ("No actions arising from this learning audit.", "No further actions were agreed.",
              "None – the plan is on track and no actions are needed.")
URGENT_QUESTIONS = ("Are there any immediate safeguarding concerns requiring escalation?",
                    "Any immediate concerns for the child's safety?",
                    "Did the audit identify any urgent concerns?")
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
               INADEQUATE: "Inadequate"}
KEY_NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
# A few files get the rarer grades the weighted choice may not give 16 files.
GRADE_OVERRIDES = {4: OUTSTANDING, 10: INADEQUATE}
LABEL_FILL = "DDEBF7"
HEAD_FILL = "1F4E78"

# Per file: (details style, split sheets, grade style, list style, actions style, urgent style,
#            moderation, family contact, child named, prefixed reference, no actions, urgent, siblings)
PLAN = (
    ("grid", False, "typed", "rows", "table", "typed", "done", True, True, False, False, False, False),
    ("pairs", True, "dropdown", "cell", "numbered", "boxes", None, True, True, True, False, False, True),
    ("over", False, "columns", "columns", "table", "dropdown", "empty", False, True, False, True, False, False),
    ("lines", False, "key", "rows", "numbered", "typed", "done", True, False, True, False, True, False),
    ("grid", True, "highlight", "columns", "table", "boxes", None, True, True, False, False, False, True),
    ("pairs", False, "typed", "cell", "table", "dropdown", "comments", True, True, False, True, False, False),
    ("over", True, "dropdown", "rows", "numbered", "typed", "empty", False, True, True, False, False, False),
    ("lines", False, "columns", "cell", "table", "boxes", None, True, True, False, False, True, False),
    ("grid", False, "strike", "rows", "table", "typed", "done", True, True, True, False, False, False),
    ("pairs", True, "key", "columns", "numbered", "dropdown", None, True, False, False, True, False, True),
    ("over", False, "typed", "rows", "table", "boxes", "empty", True, True, False, False, False, False),
    ("lines", True, "highlight", "cell", "table", "typed", "done", False, True, True, False, False, False),
    ("grid", False, "dropdown", "columns", "numbered", "boxes", None, True, True, False, False, True, True),
    ("pairs", False, "columns", "rows", "table", "typed", None, True, True, True, False, False, False),
    ("over", True, "typed", "cell", "numbered", "dropdown", "done", True, True, False, True, False, False),
    ("lines", False, "strike", "columns", "table", "boxes", None, False, False, False, False, False, False),
)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(len(PLAN), seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    forms = []
    for index, (plan, sample) in enumerate(zip(PLAN, samples)):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, others = _prepare(rng, sample, plan, today, GRADE_OVERRIDES.get(index))
        data = _workbook(rng, sample, plan, others, today)
        forms.append(common.held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in others)))
    return forms


def _prepare(rng: random.Random, sample, plan, today: date, given: str | None):
    *_looks, moderation, family, _named, prefixed, no_actions, urgent, with_siblings = plan
    first = sample.child.first_name
    grade = rng.choices((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE), weights=(8, 45, 37, 10))[0]
    grade = given or grade
    auditor = next(member for member in STAFF if member.name == sample.auditor)
    practitioner = next(member for member in STAFF if member.name == sample.practitioner)
    areas = AREAS if rng.random() < 0.6 else tuple(rng.sample(AREAS, 4))
    areas = tuple(area for area in AREAS if area in areas)
    sections = _invent_sections(rng, areas, grade, first)
    severity = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE).index(grade)
    changes: dict = {"grade": grade, "sections": sections, "title": rng.choice(TITLES),
                     "strengths": sample.strengths + _sentences(rng, phrases.STRENGTHS, (2, 1, 1, 0)[severity], first),
                     "development_areas": sample.development_areas + _sentences(rng, phrases.DEVELOPMENT_AREAS,
                                                                                severity, first),
                     "labels": dict(sample.labels, auditor=rng.choice(("Auditing manager", "Auditor",
                                                                        "Auditing Service Manager")),
                                    practitioner=rng.choice(("Case holding worker", "Allocated worker",
                                                             "Case holding practitioner")))}
    if prefixed:
        changes["case_id"] = common.case_reference(rng, sample.case_id)
    if no_actions:
        changes["actions"] = ()
    elif not sample.actions:
        changes["actions"] = _invent_actions(rng, phrases.ACTIONS, rng.randint(1, 3), first, (practitioner, auditor),
                                             sample.date)
    if not family:
        changes["own"] = ()
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first)
    if moderation in ("done", "comments"):
        head = head_of_service_over(auditor)
        moderated = _invent_moderation(rng, head, grade, sections, first, sample.date, today)
        while moderation == "done" and moderated.grade is None:
            moderated = _invent_moderation(rng, head, grade, sections, first, sample.date, today)
        if moderation == "comments":
            moderated = replace(moderated, grade=None, comments=moderated.comments[:1])
        changes["moderation"] = replace(moderated, section_comments={})
        changes["moderated_kind"] = True
    others = common.siblings(rng, sample.child, rng.randint(1, 2), today) if with_siblings else []
    return replace(sample, **changes), others


class _Sheet:
    """A worksheet being written row by row, with the file's look."""

    def __init__(self, sheet, brand: str, width: int):
        self.sheet, self.brand, self.width, self.row = sheet, brand, width, 1
        for column, size in zip("ABCDEFGH", (30, 42, 42, 16, 16, 16, 16, 16)):
            sheet.column_dimensions[column].width = size

    def cell(self, column: int, value, *, bold=False, fill=None, colour=None, strike=False, wrap=True, fmt=None):
        written = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or strike:
            written.font = Font(bold=bold, color=colour, strike=strike)
        if fill:
            written.fill = PatternFill("solid", fgColor=fill)
        if wrap:
            written.alignment = Alignment(wrap_text=True, vertical="top")
        if fmt:
            written.number_format = fmt
        return written

    def heading(self, text: str):
        self.row += 1
        self.cell(1, text, bold=True, fill=HEAD_FILL, colour="FFFFFF", wrap=False)
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=self.width)
        self.row += 1

    def label(self, column: int, text: str):
        return self.cell(column, text, bold=True, fill=LABEL_FILL)

    def next(self, rows: int = 1):
        self.row += rows


def _workbook(rng: random.Random, sample, plan, others, today: date) -> bytes:
    (details_style, split, grade_style, list_style, actions_style, urgent_style, moderation_style, _family,
     named, *_rest) = plan
    brand = rng.choice(common.BRAND_COLOURS)
    writer = common.date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))

    def when(day: date):
        return (datetime.combine(day, time()), date_format) if excel_dates else (writer(day), None)

    book = Workbook()
    first_sheet = book.active
    width = 7 if grade_style in ("columns", "highlight", "strike") else 5
    if split:
        first_sheet.title = "Details"
        details = _Sheet(first_sheet, brand, 4)
        audit = _Sheet(book.create_sheet(rng.choice(("Learning Audit", "Audit", "Findings"))), brand, width)
    else:
        first_sheet.title = rng.choice(("Learning Audit", "Audit record", "Sheet1"))
        details = audit = _Sheet(first_sheet, brand, width)

    details.cell(1, common.council_line(rng), bold=True, colour=brand, wrap=False)
    details.next()
    details.cell(1, sample.title.upper() if rng.random() < 0.3 else sample.title, bold=True, wrap=False)
    details.next()
    _details(details, rng, sample, details_style, named, others, when)

    # Graded areas of practice.
    headers = rng.choice(AREA_HEADERS)
    audit.heading(rng.choice(("Areas of practice", "Learning audit findings", "Grading of practice")))
    validation = None
    if grade_style == "dropdown":
        validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires Improvement,Inadequate"',
                                    allow_blank=True)
        audit.sheet.add_data_validation(validation)
    if grade_style == "key":
        audit.cell(1, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                   bold=True, wrap=False)
        audit.next()
    columns = common.GRADE_COLUMNS[rng.randrange(2)]
    mark = rng.choice(common.MARKS)
    for column, text in enumerate(headers[:3], start=1):
        audit.label(column, text)
    if grade_style == "columns":
        for offset, (_choice, text) in enumerate(columns):
            audit.label(4 + offset, text)
    elif grade_style in ("highlight", "strike"):
        audit.label(4, f"{headers[3]} ({'highlight' if grade_style == 'highlight' else 'delete as appropriate'})")
        audit.sheet.merge_cells(start_row=audit.row, start_column=4, end_row=audit.row, end_column=7)
    else:
        audit.label(4, headers[3])
    audit.next()
    first = sample.child.first_name
    said = rng.sample(WORKER_SAID, len(sample.sections))
    for section, remark in zip(sample.sections, said):
        audit.cell(1, section.name, bold=True)
        audit.cell(2, section.comment)
        audit.cell(3, phrases.fill(remark, first))
        _grade(audit, rng, section.grade, grade_style, validation, columns, mark)
        audit.next()
    audit.next()
    overall = rng.choice(("Overall grade", "Overall judgement", "Overall grading of practice"))
    if grade_style == "columns":
        for offset, (_choice, text) in enumerate(columns):
            audit.label(4 + offset, text)
        audit.next()
    audit.label(1, overall)
    _grade(audit, rng, sample.grade, grade_style, validation, columns, mark, overall=True)
    audit.next()

    audit.heading(rng.choice(("Summary of the learning audit conversation", "Record of the discussion")))
    audit.cell(1, rng.choice(SUMMARIES))
    audit.sheet.merge_cells(start_row=audit.row, start_column=1, end_row=audit.row, end_column=3)
    audit.next()

    _lists(audit, rng, sample, list_style)
    if sample.own:
        audit.heading(rng.choice(("Contact with the family", "The family's view")))
        for own in sample.own:
            audit.label(1, own.label)
            audit.cell(2, own.written)
            audit.sheet.merge_cells(start_row=audit.row, start_column=2, end_row=audit.row, end_column=3)
            audit.next()
    _actions(audit, rng, sample, actions_style, when)
    _urgent(audit, rng, sample, urgent_style)
    _moderation(audit, rng, sample, moderation_style, when)

    book.properties.creator = COUNCIL
    book.properties.title = sample.title
    book.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    book.properties.created = datetime.combine(sample.date, time(9, 15))
    book.properties.modified = datetime.combine(sample.moderation.date if sample.moderation else sample.date,
                                                time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return stable_zip(buffer.getvalue())


def _details(sheet: _Sheet, rng, sample, style: str, named: bool, others, when):
    child = sample.child
    reference = "Case reference" if not sample.case_id.isdigit() else rng.choice(("Case reference", "Child ID",
                                                                                   "LCS number"))
    fields = [(reference, sample.case_id, None)]
    if named:
        fields += [("Child's name", child.full_name, None), ("Date of birth", *when(child.date_of_birth))]
    else:
        fields.append(("Child's initials", f"{child.first_name[0]}.{child.surname[0]}.", None))
    if others:
        fields.append(("Brothers and sisters", ", ".join(name for name, _ in others), None))
    fields += [(sample.labels["practitioner"], sample.practitioner, None), ("Team", sample.team, None),
               ("Service", sample.service, None), (sample.labels["auditor"], sample.auditor, None),
               (rng.choice(("Date of learning audit", "Date of audit meeting", "Date of audit")), *when(sample.date)),
               ("Venue", rng.choice(VENUES), None), ("Notes taken by", rng.choice(NOTE_TAKERS), None)]
    sheet.heading(rng.choice(("Case details", "Details of the learning audit", "About the case")))
    if style == "grid":
        for text, value, fmt in fields:
            sheet.label(1, text)
            sheet.cell(2, value, fmt=fmt)
            sheet.next()
    elif style == "pairs":
        for start in range(0, len(fields), 2):
            for offset, (text, value, fmt) in enumerate(fields[start:start + 2]):
                sheet.label(1 + 2 * offset, text)
                sheet.cell(2 + 2 * offset, value, fmt=fmt)
            sheet.next()
    elif style == "over":
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for offset, (text, _value, _fmt) in enumerate(chunk):
                sheet.label(1 + offset, text)
            sheet.next()
            for offset, (_text, value, fmt) in enumerate(chunk):
                sheet.cell(1 + offset, value, fmt=fmt)
            sheet.next()
    else:  # "Label: value" lines, dates always as text
        for text, value, _fmt in fields:
            shown = value.strftime("%d/%m/%Y") if isinstance(value, datetime) else value
            sheet.cell(1, f"{text}: {shown}", wrap=False)
            sheet.next()


def _grade(sheet: _Sheet, rng, grade: str, style: str, validation, columns, mark, *, overall=False):
    if style == "typed":
        sheet.cell(4, common.informal_grade(rng, grade, note_chance=0.0 if overall else 0.2), bold=overall)
    elif style == "dropdown":
        validation.add(sheet.cell(4, GRADE_WORDS[grade], bold=overall))
    elif style == "key":
        sheet.cell(4, KEY_NUMBERS[grade], bold=overall)
    elif style == "columns":
        for offset, (choice, _text) in enumerate(columns):
            if choice == grade:
                if mark:
                    sheet.cell(4 + offset, mark, bold=True)
                else:
                    sheet.cell(4 + offset, None, fill=common.MARK_SHADE)
    else:  # the four grades printed in one cell each, the chosen one filled or the others struck through
        for offset, (choice, text) in enumerate(common.GRADE_COLUMNS[0]):
            chosen = choice == grade
            column = 4 + offset
            if style == "highlight":
                sheet.cell(column, text, bold=chosen, fill="FFFF00" if chosen else None)
            else:
                sheet.cell(column, text, strike=not chosen)


def _lists(sheet: _Sheet, rng, sample, style: str):
    strengths_label = rng.choice(("Strengths", "What is working well", "Strengths identified"))
    development_label = rng.choice(("Areas for development", "What needs to improve", "Areas for improvement"))
    if style == "columns":
        sheet.heading("Learning from the audit")
        sheet.label(1, strengths_label)
        sheet.label(2, development_label)
        sheet.next()
        for index in range(max(len(sample.strengths), len(sample.development_areas))):
            if index < len(sample.strengths):
                sheet.cell(1, sample.strengths[index])
            if index < len(sample.development_areas):
                sheet.cell(2, sample.development_areas[index])
            sheet.next()
        return
    for label, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
        sheet.heading(label)
        if style == "cell":
            sheet.cell(1, "\n".join(f"• {item}" for item in items))
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=3)
            sheet.sheet.row_dimensions[sheet.row].height = 16 * len(items) + 4
            sheet.next()
        else:
            for item in items:
                sheet.cell(1, item)
                sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=3)
                sheet.next()


def _actions(sheet: _Sheet, rng, sample, style: str, when):
    sheet.heading(rng.choice(("Actions agreed", "Actions", "Learning audit actions")))
    if not sample.actions:
        sheet.cell(1, rng.choice(NO_ACTIONS), wrap=False)
        sheet.next()
        return
    if style == "numbered":
        lines = []
        for number, action in enumerate(sample.actions, start=1):
            due, _fmt = when(action.due)
            due = due.strftime("%d/%m/%Y") if isinstance(due, datetime) else due
            lines.append(f"{number}. {action.action} – {action.owner} – by {due}")
        sheet.cell(1, "\n".join(lines))
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=3)
        sheet.sheet.row_dimensions[sheet.row].height = 30 * len(lines)
        sheet.next()
        return
    headers = rng.choice((("Action", "By whom", "By when"), ("Action", "Responsible", "Timescale", "Completed"),
                          ("What needs to happen", "Who", "By when", "Progress")))
    for column, text in enumerate(headers, start=1):
        sheet.label(column, text)
    sheet.next()
    for action in sample.actions:
        sheet.cell(1, action.action)
        sheet.cell(2, action.owner)
        due, fmt = when(action.due)
        sheet.cell(3, due, fmt=fmt)
        sheet.next()


def _urgent(sheet: _Sheet, rng, sample, style: str):
    sheet.next()
    sheet.label(1, rng.choice(URGENT_QUESTIONS))
    answer = sample.urgent_concern
    if style == "typed":
        sheet.cell(2, rng.choice(("Yes", "YES")) if answer else rng.choice(("No", "NO", "no")))
    elif style == "boxes":
        sheet.cell(2, "☒ Yes   ☐ No" if answer else "☐ Yes   ☒ No", wrap=False)
    else:
        validation = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
        sheet.sheet.add_data_validation(validation)
        validation.add(sheet.cell(2, "Yes" if answer else "No"))
    sheet.next()
    if answer:
        sheet.label(1, "If yes, give details and who it was escalated to")
        sheet.cell(2, sample.urgent_concern_detail)
        sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=3)
        sheet.next()


def _moderation(sheet: _Sheet, rng, sample, style, when):
    if style is None:
        return
    ink = rng.choice(common.MODERATION_INKS)
    sheet.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service)")))
    rows = ("Moderated by", "Date moderated", "Do you agree with the overall grade?", "Moderated grade",
            "Head of Service comments")
    moderation = sample.moderation
    values: list = [None] * 5
    if moderation:
        values[0] = (moderation.moderator, None)
        values[1] = when(moderation.date)
        if moderation.grade:
            values[2] = ("Yes" if moderation.grade == sample.grade else "No", None)
            values[3] = (common.informal_grade(rng, moderation.grade), None)
        values[4] = ("\n".join(moderation.comments), None)
    for text, value in zip(rows, values):
        sheet.label(1, text)
        if value is not None:
            sheet.cell(2, value[0], colour=ink, fmt=value[1])
            sheet.sheet.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=3)
        sheet.next()
