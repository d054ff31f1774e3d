"""Early Help stage audit workbook: a manager's audit of one family's Early
Help case, kept in Excel and graded stage by stage along the journey an Early
Help operating model sets out.

Source. An English council's (the page names it only as "NCC")
*Early Help and Prevention Team Mandatory Operating Model* (January 2016,
Version 2), as transcribed at
https://vdocuments.site/early-help-and-prevention-team-an-early-help-and-prevention-team-manager-will-attend.html
(bench/README.md does not name this document). What came from it: the
numbered stages of a family's journey (Stage One risk assessment, Stage Two
initial contact and home visit, Stage Three the Early Help Assessment, Stage
Four additional assessments, Stage Five the intervention plan and its
delivery, Stage 6 reviews, closure and feedback), the service's commitment
to the voice and lived experience of children, its "Quality Assurance and
Practice Excellence" approach, and Early Help case management recorded on
the Capita system (hence a "Capita ID" label on some files). The page shows
no audit form itself.

Our judgement: the layout. One worksheet: the council's name in a brand
colour, a title, a details block (child's name and date of birth, case
reference, lead practitioner, team, service, auditor, date of audit; on some
files the parent or carer); a grid of the stages (stage number, area of
practice, the auditor's evidence, grade); an overall grade; strengths and
areas for development; actions by whom by when; a yes/no question on
immediate safeguarding concerns and, on some files, one on whether the
family's feedback was sought at Stage 6; and the Head of Service's
moderation. The areas are the sample's six Early Help areas renamed after
the operating model's stages 2, 3, 5 and 6 plus two that run through all
stages (the child's voice, quality assurance and management oversight);
stages 1 and 4 are not graded. On files about a case still open, the Stage 6
area is "Reviews" rather than "Reviews, closure and feedback".

What varies across the 16 files, as managers vary one council's workbook:
the details block (label and value in two columns, a four-column grid, or
labels over values); date spellings, and real Excel dates on some files;
plain, system-prefixed and Early Help case references; how grades are given
(typed as people type them, a number against a printed key, a mark under
one of four grade columns, a drop-down list); strengths and areas for
development as two columns, bulleted lines in one cell, or numbered rows;
actions as a table, numbered lines in one cell, or a sentence saying there
are none; yes/no answers typed or as ticked boxes; the Head of Service's
moderation typed in their own colour in a box below, on a second sheet, or
absent; a brother or sister named in the evidence on some files.
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

from bot.samples import COUNCIL
from bot.samples.forms import EARLY_HELP_AUDIT, Section
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "early_help_stage_audit_workbook"
SEED = 10094

TITLES = ("Early Help and Prevention – Case Audit", "Early Help Case Audit (Operating Model stages)",
          "Early Help and Prevention Team – Practice Audit Workbook")

# The sample's areas renamed after the operating model's stages, in the
# order the workbook lists them: (sample's area, stage, area as written).
STAGES = (
    ("Engagement with the family", "Stage 2", "Initial contact and home visit"),
    ("Early Help Assessment", "Stage 3", "Early Help Assessment"),
    ("Team Around the Family plan", "Stage 5", "Intervention plan and delivery"),
    ("Impact and outcomes for the child", "Stage 6", "Reviews, closure and feedback"),
    ("Voice of the child", "All stages", "Voice and lived experience of the child"),
    ("Management oversight", "QA", "Quality assurance and management oversight"),
)
OPEN_CASE_AREA = "Reviews"

GRADE_KEY = ((1, OUTSTANDING, "Outstanding"), (2, GOOD, "Good"), (3, REQUIRES_IMPROVEMENT, "Requires improvement"),
             (4, INADEQUATE, "Inadequate"))
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                  INADEQUATE: "Inadequate"}

NO_ACTIONS = ("No actions arising from this audit.", "No further actions identified – case to continue as planned.",
              "Nil actions required.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "Not moderated.")

HEADER_FILL = "DDEBF7"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(today: date) -> list[HeldOutForm]:
    drawn = [form for form in sample_forms(400, seed=SEED, today=today, feedback_question=True)
             if form.kind == EARLY_HELP_AUDIT]
    urgent = [form for form in drawn if form.urgent_concern][:2]
    chosen = urgent + [form for form in drawn if form not in urgent][:16 - len(urgent)]
    forms = []
    for index, sample in enumerate(chosen):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        forms.append(_one(index, sample, rng, today))
    return forms


# --- the sample as this workbook records it -----------------------------------------


def _adapt(index: int, sample, rng: random.Random, today: date):
    """Rename and reorder the areas after the stages; decide the case
    reference, whether the case is still open, whether the moderation is
    shown, whether there are actions."""
    by_name = {section.name: section for section in sample.sections}
    still_open = rng.random() < 0.35
    sections = []
    for original, _stage, written in STAGES:
        name = OPEN_CASE_AREA if (still_open and original == "Impact and outcomes for the child") else written
        sections.append(Section(name, by_name[original].grade, by_name[original].comment))
    reference_style = index % 3
    if reference_style == 1:
        case_id = common.case_reference(rng, sample.case_id)
    elif reference_style == 2:
        case_id = common.early_help_reference(rng, sample.case_id)
    else:
        case_id = sample.case_id
    changes = dict(sections=tuple(sections), case_id=case_id, title=rng.choice(TITLES))
    # Some teams' copies of the workbook have no moderation part at all.
    if sample.moderation and index % 7 == 3:
        changes["moderation"] = None
    # A manager who found nothing to act on says so.
    if sample.actions and index % 8 == 5:
        changes["actions"] = ()
    return replace(sample, **changes), still_open


def _one(index: int, original, rng: random.Random, today: date) -> HeldOutForm:
    sample, still_open = _adapt(index, original, rng, today)
    when = common.date_writer(rng)
    real_dates = rng.random() < 0.3
    brand = rng.choice(common.BRAND_COLOURS)
    details_style = ("pairs", "grid", "over")[index % 3]
    grade_style = ("typed", "key", "columns", "dropdown")[index % 4]
    list_style = ("columns", "bullets", "rows")[(index + 1) % 3]
    actions_style = rng.choice(("table", "lines"))
    ticks = rng.random() < 0.5
    moderation_place = "sheet" if rng.random() < 0.35 else "box"
    others: tuple[str, ...] = ()
    sibling = None
    if rng.random() < 0.4:
        sibling = common.siblings(rng, sample.child, 1, today)[0]
        others = (sibling[0],)

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Audit", "EH Audit", "Case Audit"))
    for column, width in zip("ABCDEFGH", (16, 34, 60, 18, 14, 14, 14, 30)):
        sheet.column_dimensions[column].width = width
    writer = _Sheet(sheet, when, real_dates)

    writer.put(1, 1, COUNCIL if rng.random() < 0.5 else common.council_line(rng), bold=True, colour=brand, size=14)
    writer.put(2, 1, sample.title, bold=True, size=12)
    writer.put(3, 1, rng.choice(("Complete one workbook per family. Grade each stage against the operating model.",
                                 "Auditor to complete all sections; return to the Early Help QA mailbox.")),
               italic=True)
    row = 5
    row = _details(writer, row, sample, details_style, rng, still_open)
    row += 1
    row = _stages(writer, row, sample, grade_style, rng, sibling)
    row += 1
    row = _overall(writer, row, sample, grade_style, rng)
    row += 1
    row = _lists(writer, row, sample, list_style)
    row += 1
    row = _actions(writer, row, sample, actions_style, rng)
    row += 1
    row = _questions(writer, row, sample, ticks, rng)
    row += 1
    if sample.moderation and moderation_place == "sheet":
        _moderation_sheet(workbook, sample, rng, when, real_dates)
    elif moderation_place == "box" and (sample.moderation or original.moderation is None):
        _moderation_box(writer, row, sample, rng)

    data = _save(workbook, sample)
    also = (when(sample.child.date_of_birth),)
    return common.held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also)


class _Sheet:
    def __init__(self, sheet, when, real_dates: bool):
        self.sheet, self.when, self.real_dates = sheet, when, real_dates

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, size=None, fill=None,
            wrap=False, border=False):
        cell = self.sheet.cell(row=row, column=column)
        if isinstance(value, date):
            if self.real_dates:
                cell.value = datetime.combine(value, time())
                cell.number_format = "dd/mm/yyyy"
            else:
                cell.value = self.when(value)
        else:
            cell.value = value
        if bold or italic or colour or size:
            cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if wrap:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if border:
            cell.border = BOX
        return cell

    def label(self, row: int, column: int, text: str):
        return self.put(row, column, text, bold=True, fill=HEADER_FILL, border=True)


# --- the parts of the sheet -------------------------------------------------------------


def _details(w: _Sheet, row: int, sample, style: str, rng: random.Random, still_open: bool) -> int:
    child = sample.child
    fields = [
        (rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), child.date_of_birth),
        (rng.choice(("Case number", "Capita ID", "Case reference", "Family ID")), sample.case_id),
        (rng.choice(("Lead practitioner", "Lead Practitioner (EH worker)", "Allocated practitioner")),
         sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audited")), sample.date),
        ("Case status", "Open – intervention ongoing" if still_open else "Closed / closing"),
    ]
    if rng.random() < 0.5:
        fields.insert(2, (rng.choice(("Parent / carer", "Parent(s)")), " and ".join(child.parents)))
    w.put(row, 1, rng.choice(("Case details", "Family and case details", "1. Details")), bold=True, size=12)
    row += 1
    if style == "pairs":
        for text, value in fields:
            w.label(row, 1, text)
            w.sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
            w.put(row, 2, value, border=True)
            row += 1
        return row
    if style == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                w.label(row, 1 + offset * 2, text)
                w.put(row, 2 + offset * 2, value, border=True)
            row += 1
        return row
    # labels over values, in two bands
    half = (len(fields) + 1) // 2
    for band in (fields[:half], fields[half:]):
        for column, (text, value) in enumerate(band, start=1):
            w.label(row, column, text)
            w.put(row + 1, column, value, border=True, wrap=True)
        row += 3
    return row


def _grade_key(w: _Sheet, row: int) -> int:
    w.put(row, 1, "Grading key:", bold=True)
    w.put(row, 2, "  ".join(f"{number} = {words}" for number, _grade, words in GRADE_KEY))
    return row + 1


def _grade_cells(w: _Sheet, row: int, column: int, grade: str, style: str, rng: random.Random,
                 validation: DataValidation | None) -> None:
    """Write `grade` from `column` on in the form's grading style."""
    if style == "typed":
        w.put(row, column, common.informal_grade(rng, grade, note_chance=0.15), border=True)
    elif style == "key":
        number = next(number for number, given, _ in GRADE_KEY if given == grade)
        w.put(row, column, number, border=True)
    elif style == "dropdown":
        cell = w.put(row, column, DROPDOWN_WORDS[grade], border=True)
        validation.add(cell)
    else:
        symbol = w.sheet.parent._mark_symbol  # one symbol per workbook
        for offset, (_number, given, _words) in enumerate(GRADE_KEY):
            w.put(row, column + offset, symbol if given == grade else None, bold=True, border=True)


def _grade_headers(w: _Sheet, row: int, column: int, style: str, heading: str) -> None:
    if style == "columns":
        for offset, (_number, _grade, words) in enumerate(GRADE_KEY):
            w.label(row, column + offset, words)
    else:
        w.label(row, column, heading)


def _validation(w: _Sheet, style: str) -> DataValidation | None:
    if style != "dropdown":
        return None
    existing = getattr(w.sheet.parent, "_grade_list", None)
    if existing is None:
        existing = DataValidation(type="list", formula1='"' + ",".join(DROPDOWN_WORDS.values()) + '"',
                                  allow_blank=True)
        w.sheet.add_data_validation(existing)
        w.sheet.parent._grade_list = existing
    return existing


def _stages(w: _Sheet, row: int, sample, style: str, rng: random.Random, sibling) -> int:
    w.sheet.parent._mark_symbol = rng.choice(("X", "x", "\u2713", "\u25cf"))
    w.put(row, 1, rng.choice(("2. Audit of the family's journey", "Stages of the operating model", "Practice audit")),
          bold=True, size=12)
    row += 1
    if style == "key":
        row = _grade_key(w, row)
    validation = _validation(w, style)
    w.label(row, 1, "Stage")
    w.label(row, 2, "Area of practice")
    w.label(row, 3, rng.choice(("Evidence / auditor's comments", "What did you find? (evidence)", "Comments")))
    _grade_headers(w, row, 4, style, "Grade (1-4)" if style == "key" else rng.choice(("Grade", "Judgement")))
    row += 1
    mention_at = rng.randrange(len(sample.sections)) if sibling else None
    for position, (section, (_original, stage, _written)) in enumerate(zip(sample.sections, STAGES)):
        w.put(row, 1, stage, border=True)
        w.put(row, 2, section.name, bold=True, border=True, wrap=True)
        comment = section.comment
        if position == mention_at:
            comment += " " + common.mention(rng, common.SIBLING_SENTENCES, sibling[0])
        w.put(row, 3, comment, wrap=True, border=True)
        _grade_cells(w, row, 4, section.grade, style, rng, validation)
        row += 1
    return row


def _overall(w: _Sheet, row: int, sample, style: str, rng: random.Random) -> int:
    w.put(row, 1, rng.choice(("3. Overall grade", "Overall judgement for the case", "Overall grade")), bold=True,
          size=12)
    row += 1
    if style == "columns":
        _grade_headers(w, row, 4, style, "")
        row += 1
    w.label(row, 1, "Overall")
    w.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    _grade_cells(w, row, 4, sample.grade, style, rng, _validation(w, style))
    return row + 1


def _lists(w: _Sheet, row: int, sample, style: str) -> int:
    strengths_label, development_label = "Strengths", "Areas for development"
    if style == "columns":
        w.label(row, 2, strengths_label)
        w.label(row, 3, development_label)
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            if offset < len(sample.strengths):
                w.put(row + 1 + offset, 2, sample.strengths[offset], wrap=True, border=True)
            if offset < len(sample.development_areas):
                w.put(row + 1 + offset, 3, sample.development_areas[offset], wrap=True, border=True)
        return row + 1 + max(len(sample.strengths), len(sample.development_areas))
    for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
        if style == "bullets":
            w.label(row, 1, heading)
            w.sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
            w.put(row, 2, "\n".join(f"\u2022 {item}" for item in items), wrap=True, border=True)
            w.sheet.row_dimensions[row].height = 16 * len(items)
            row += 1
        else:
            w.put(row, 1, heading, bold=True)
            row += 1
            for number, item in enumerate(items, start=1):
                w.put(row, 1, number, border=True)
                w.put(row, 2, item, wrap=True, border=True)
                w.sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
                row += 1
    return row


def _actions(w: _Sheet, row: int, sample, style: str, rng: random.Random) -> int:
    w.put(row, 1, rng.choice(("4. Actions", "Actions (by whom, by when)", "Actions arising")), bold=True, size=12)
    row += 1
    if not sample.actions:
        w.put(row, 1, rng.choice(NO_ACTIONS), italic=True)
        return row + 1
    if style == "table":
        for column, text in enumerate(("No.", "Action", "By whom", "By when", "Completed?"), start=1):
            w.label(row, column, text)
        row += 1
        for number, action in enumerate(sample.actions, start=1):
            w.put(row, 1, number, border=True)
            w.put(row, 2, action.action, wrap=True, border=True)
            w.put(row, 3, action.owner, border=True)
            w.put(row, 4, action.due, border=True)
            w.put(row, 5, None, border=True)
            row += 1
        return row
    lines = [f"{number}. {action.action} – {action.owner} – by {w.when(action.due)}"
             for number, action in enumerate(sample.actions, start=1)]
    w.sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
    w.put(row, 1, "\n".join(lines), wrap=True, border=True)
    w.sheet.row_dimensions[row].height = 18 * len(lines)
    return row + 1


def _yes_no(answer: bool, ticks: bool) -> str:
    if ticks:
        return f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No"
    return "Yes" if answer else "No"


def _questions(w: _Sheet, row: int, sample, ticks: bool, rng: random.Random) -> int:
    w.put(row, 1, "5. Safeguarding and feedback", bold=True, size=12)
    row += 1
    w.label(row, 1, "Q1")
    w.put(row, 2, rng.choice(("Are there immediate safeguarding concerns needing escalation today?",
                              "Any urgent concern requiring a step-up consultation?")), wrap=True, border=True)
    w.put(row, 4, _yes_no(sample.urgent_concern, ticks), border=True)
    row += 1
    if sample.urgent_concern:
        w.put(row, 2, "If yes, details and who it was escalated to:", italic=True)
        w.put(row, 3, sample.urgent_concern_detail, wrap=True, border=True)
        row += 1
    if sample.feedback_sought is not None:
        w.label(row, 1, "Q2")
        w.put(row, 2, rng.choice(("Stage 6: was the child's and family's feedback sought?",
                                  "Have the child and family been asked for their views of the help they received?")),
              wrap=True, border=True)
        w.put(row, 4, _yes_no(sample.feedback_sought, ticks), border=True)
        row += 1
    return row


def _moderation_box(w: _Sheet, row: int, sample, rng: random.Random) -> int:
    moderation = sample.moderation
    ink = rng.choice(common.MODERATION_INKS)
    w.put(row, 1, rng.choice(("6. Head of Service moderation", "Moderation (Head of Service)")), bold=True, size=12)
    row += 1
    labels = ("Moderated by", "Date moderated", "Agree with the auditor's grade?", "Moderated grade",
              "Moderator's comments")
    start = row
    for offset, text in enumerate(labels):
        w.label(row + offset, 1, text)
        w.sheet.merge_cells(start_row=row + offset, start_column=2, end_row=row + offset, end_column=3)
    if moderation:
        w.put(start, 2, moderation.moderator, colour=ink)
        w.put(start + 1, 2, moderation.date, colour=ink)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            w.put(start + 2, 2, "Yes" if agrees else "No", colour=ink)
            w.put(start + 3, 2, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
        w.put(start + 4, 2, " ".join(moderation.comments), colour=ink, wrap=True)
    else:
        note = rng.choice(NOT_MODERATED)
        if note:
            w.put(start + 4, 2, note, italic=True)
    return start + len(labels)


def _moderation_sheet(workbook: Workbook, sample, rng: random.Random, when, real_dates: bool) -> None:
    moderation = sample.moderation
    ink = rng.choice(common.MODERATION_INKS)
    sheet = workbook.create_sheet(rng.choice(("HoS Moderation", "Moderation")))
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 70
    w = _Sheet(sheet, when, real_dates)
    w.put(1, 1, "Head of Service moderation", bold=True, size=12)
    rows = [("Head of Service", moderation.moderator), ("Date", moderation.date)]
    if moderation.grade:
        rows.append(("Grade after moderation", common.informal_grade(rng, moderation.grade)))
    rows.append(("Comments", " ".join(moderation.comments)))
    for offset, (text, value) in enumerate(rows, start=3):
        w.label(offset, 1, text)
        w.put(offset, 2, value, colour=ink, wrap=True, border=True)
    # Remarks on single stages, beside the stage's name.
    row = 4 + len(rows)
    if moderation.section_comments:
        w.label(row, 1, "Stage")
        w.label(row, 2, "Moderator's remark")
        renamed = {original: written for original, _stage, written in STAGES}
        names = {section.name for section in sample.sections}
        for original, remark in moderation.section_comments.items():
            row += 1
            name = renamed.get(original, original)
            w.put(row, 1, name if name in names else OPEN_CASE_AREA, border=True)
            w.put(row, 2, remark, colour=ink, wrap=True, border=True)


def _save(workbook: Workbook, sample) -> bytes:
    written = datetime.combine(sample.moderation.date if sample.moderation else sample.date, time(15, 40))
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.title = sample.title
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    for sheet in workbook.worksheets:
        sheet.sheet_view.zoomScale = 90
        for column in range(1, 9):
            sheet.column_dimensions[get_column_letter(column)].bestFit = False
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())
