"""Early Help stakeholder audit workbooks: a manager's audit of one family's
Early Help assessment and plan, kept as an Excel workbook.

Source: Shropshire Council, "Best practice guidance – Early help audit
March 2015" (https://shropshire.gov.uk/early-help/practitioners/best-practice-guidance/),
which reports the council's "early help stakeholder audits" of the quality
of Early Help assessments, plans and related tools. Shropshire is named
elsewhere in the project for other documents; this stakeholder audit is a
different document. What came from the source: the areas the audit looked
at and reported on (the child's voice, thoughts, feelings and goals; the
context and history of what had been tried before; a shared plan that is
the family's plan and not an agency's; plans monitored and reviewed, with
partnership meetings where several agencies are involved; siblings and
other household members not left invisible; drift in long-open cases;
explicit outcomes and the difference made at closure; signed and complete
paperwork).

The page shows no form, so the layout is our judgement: a single-sheet
workbook with the council's name in a brand colour, a title, a details
block (the child, date of birth, Early Help reference, lead practitioner,
team, service, auditor, audit date), a graded table of six areas drawn
from the audit's findings with the auditor's evidence, an overall grade,
strengths and areas for development, actions "by who, by when", the
questions whether the child's and family's views were sought and whether
there is an immediate safeguarding concern, and a Head of Service
moderation part. The sample builder's Early Help audit sections are
renamed to those six areas (fewer on some files). Siblings are written in
a household row on some files.

What varies across the 16 files: the details block (label/value column,
two pairs a row, "Label: value" lines, labels over values), date spellings
and real Excel date cells, plain, Early Help and case-system references,
whether the child's name and date of birth are given, how grades are given
(typed, a number on a printed key, a drop-down, a mark under four grade
columns, the four grades printed with the chosen one highlighted or the
others struck through), strengths and development as lists, lines in one
cell or two columns, actions as a table, numbered lines or a "no actions"
sentence, yes/no questions typed or as ticked boxes, and the Head of
Service's moderation typed in their own colour, as a labelled box, or
absent.
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

from bot.samples.forms import EARLY_HELP_AUDIT, Section
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "early_help_stakeholder_audit_workbook"
SEED = 10128

# The sample builder's Early Help areas, renamed to areas the stakeholder
# audit reported on.
AREAS = {
    "Voice of the child": "Child's voice – thoughts, feelings and goals",
    "Early Help Assessment": "Assessment – context and history of what has been tried",
    "Team Around the Family plan": "Shared plan – the family's plan, not an agency plan",
    "Engagement with the family": "Plan monitored and reviewed with the family and partners",
    "Management oversight": "Lead practitioner's work and management oversight",
    "Impact and outcomes for the child": "Outcomes and the difference made for the child",
}
TITLES = ("Early Help Stakeholder Audit", "Early Help Audit Tool – Stakeholder Audit",
          "EARLY HELP STAKEHOLDER AUDIT", "Early Help Case Audit (Stakeholder Audit)")
GRADE_NAMES = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires Improvement"),
               (INADEQUATE, "Inadequate"))
NUMBER = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
LABEL_FILL = PatternFill("solid", fgColor="DEEAF6")
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
PICKED_FILL = PatternFill("solid", fgColor="FFFF00")
NO_ACTIONS = ("No actions required – the plan is on track.", "No further actions arising from this audit.",
              "Actions: none at this time.")

# One plan per file: details layout, grade style, lists, actions, yes/no, moderation,
# reference style, dates as Excel cells, child named.
PLANS = (
    ("column", "typed", "list", "table", "typed", "ink", "plain", False, True),
    ("grid", "number", "cell", "numbered", "ticks", "box", "eh", True, True),
    ("lines", "dropdown", "columns", "table", "typed", "box", "prefixed", False, True),
    ("over", "columns", "list", "numbered", "ticks", "ink", "eh", False, False),
    ("column", "highlight", "cell", "table", "ticks", "absent", "plain", True, True),
    ("grid", "strike", "list", "none", "typed", "box", "prefixed", False, True),
    ("lines", "typed", "columns", "numbered", "typed", "ink", "eh", False, True),
    ("over", "number", "list", "table", "ticks", "box", "plain", True, True),
    ("column", "dropdown", "cell", "numbered", "typed", "ink", "prefixed", False, False),
    ("grid", "columns", "columns", "table", "ticks", "absent", "eh", False, True),
    ("lines", "highlight", "list", "table", "typed", "box", "plain", False, True),
    ("over", "typed", "cell", "none", "ticks", "ink", "prefixed", True, True),
    ("column", "strike", "columns", "table", "typed", "box", "eh", False, True),
    ("grid", "dropdown", "list", "numbered", "ticks", "ink", "plain", False, True),
    ("lines", "number", "cell", "table", "typed", "absent", "eh", True, True),
    ("over", "columns", "list", "table", "ticks", "box", "prefixed", False, False),
)


def build(today: date) -> list[HeldOutForm]:
    pool = [form for form in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    rng = random.Random(SEED)
    # Some moderated and some not, as the month's audits come.
    # One Inadequate case among them at least, then moderated and unmoderated forms.
    weak = [form for form in pool if form.grade == INADEQUATE][:1]
    moderated = [form for form in pool if form.moderation and form not in weak]
    plain = [form for form in pool if not form.moderation and form not in weak]
    chosen = weak + moderated[:10 - len(weak)] + plain[:6]
    rng.shuffle(chosen)
    return [_one(index, sample, plan, random.Random(f"{SEED}:{index}"), today)
            for index, (sample, plan) in enumerate(zip(chosen, PLANS), start=1)]


def _one(index: int, sample, plan, rng: random.Random, today: date) -> HeldOutForm:
    details, grading, lists, actions_style, yes_no, moderation_style, reference, date_cells, named = plan
    sections = tuple(Section(AREAS[section.name], section.grade, section.comment) for section in sample.sections)
    if index % 5 == 3:  # a shorter version of the tool: one area left out, the overall grade kept
        drop = rng.choice([section for section in sections if section.grade != sample.grade] or sections[1:])
        sections = tuple(section for section in sections if section is not drop)
    changes: dict = {"sections": sections, "title": rng.choice(TITLES)}
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if actions_style == "none":
        changes["actions"] = ()
    moderation = sample.moderation
    if moderation_style == "absent":
        moderation = None
    elif moderation:
        remarks = {AREAS[name]: text for name, text in moderation.section_comments.items()
                   if AREAS[name] in {section.name for section in sections}}
        moderation = replace(moderation, section_comments=remarks)
    changes["moderation"] = moderation
    sample = replace(sample, **changes)

    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    book = Workbook()
    sheet = book.active
    sheet.title = rng.choice(("Audit", "EH Audit", "Stakeholder audit"))
    for column, width in zip("ABCDEFG", (34, 46, 16, 16, 16, 16, 30)):
        sheet.column_dimensions[column].width = width
    row = 1
    sheet.cell(row, 1, council_line(rng)).font = Font(bold=True, color=brand, size=12)
    row += 1
    sheet.cell(row, 1, sample.title).font = Font(bold=True, size=14, color=brand if rng.random() < 0.5 else None)
    row += 2

    def put_date(r: int, c: int, day: date):
        cell = sheet.cell(r, c)
        if date_cells:
            cell.value = datetime.combine(day, time())
            cell.number_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy"))
        else:
            cell.value = when(day)
        return cell

    # --- details ---------------------------------------------------------------
    others: tuple[str, ...] = ()
    household = None
    born_strings: tuple[str, ...] = ()
    if index % 4 == 1:
        brothers = siblings(rng, sample.child, rng.randint(1, 2), today)
        others = tuple(name for name, _ in brothers)
        household = ", ".join(f"{name} ({when(born)})" for name, born in brothers)
        born_strings = tuple(when(born) for _, born in brothers)
    born_written = when(sample.child.date_of_birth)
    fields: list[tuple[str, object]] = []
    if named:
        fields += [(rng.choice(("Child's name", "Name of child", "Child / young person")), sample.child.full_name),
                   (rng.choice(("Date of birth", "DOB")), ("date", sample.child.date_of_birth))]
    fields += [
        (rng.choice(("Early Help ID", "EH reference", "Case reference", "Family case number")), sample.case_id),
        (rng.choice(("Lead practitioner", "Lead professional", "Lead practitioner (worker)")), sample.practitioner),
        (rng.choice(("Team", "Early Help team", "Locality team")), sample.team),
        ("Service", sample.service),
        (rng.choice(("Audited by", "Auditor", "Completed by (manager)")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), ("date", sample.date)),
    ]
    if household:
        fields.append(("Other children in the household", household))
    row = _details(sheet, row, fields, details, put_date)
    row += 1

    # --- graded areas --------------------------------------------------------------
    sheet.cell(row, 1, rng.choice(("Areas audited", "Quality of the Early Help work", "Audit areas"))).font = Font(
        bold=True, color=brand, size=12)
    row += 1
    if grading == "number":
        sheet.cell(row, 1, "Key: 1 = Outstanding   2 = Good   3 = Requires Improvement   4 = Inadequate").font = Font(
            italic=True)
        row += 1
    validation = None
    if grading == "dropdown":
        validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires Improvement,Inadequate"',
                                    allow_blank=True)
        sheet.add_data_validation(validation)
    four = grading in ("columns", "highlight", "strike")
    remarks = sample.moderation.section_comments if sample.moderation else {}
    remark_column = 7 if four else 4
    headers = ["Area", "Evidence / comments"]
    headers += [name for _, name in GRADE_NAMES] if four else [
        {"typed": "Grade", "number": "Grade (1-4)", "dropdown": "Judgement"}[grading]]
    if remarks:
        headers.append("HoS moderation comments")
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row, column, text)
        cell.font, cell.fill = Font(bold=True), HEAD_FILL
    row += 1
    mark = rng.choice(("X", "x", "\u2713", "\u221a"))
    for section in sample.sections:
        sheet.cell(row, 1, section.name).font = Font(bold=True)
        sheet.cell(row, 2, section.comment).alignment = Alignment(wrap_text=True, vertical="top")
        _grade(sheet, row, 3, section.grade, grading, rng, mark, validation)
        if section.name in remarks:
            sheet.cell(row, remark_column, remarks[section.name]).font = Font(color=ink, italic=True)
        row += 1
    row += 1
    overall_label = rng.choice(("Overall grade", "Overall judgement", "Overall rating of the Early Help work"))
    sheet.cell(row, 1, overall_label).font = Font(bold=True)
    if four:
        for column, (_, name) in enumerate(GRADE_NAMES, start=3):
            sheet.cell(row - 1, column, name).font = Font(bold=True, size=9)
    _grade(sheet, row, 3 if four else 2, sample.grade, grading, rng, mark, validation)
    row += 2

    # --- strengths and development ---------------------------------------------------
    strengths_label = rng.choice(("Strengths", "What is working well", "Strengths identified"))
    development_label = rng.choice(("Areas for development", "What needs to improve", "Areas for improvement"))
    if lists == "columns":
        sheet.cell(row, 1, strengths_label).font = Font(bold=True, color=brand)
        sheet.cell(row, 2, development_label).font = Font(bold=True, color=brand)
        row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            if offset < len(sample.strengths):
                sheet.cell(row + offset, 1, sample.strengths[offset]).alignment = Alignment(wrap_text=True)
            if offset < len(sample.development_areas):
                sheet.cell(row + offset, 2, sample.development_areas[offset]).alignment = Alignment(wrap_text=True)
        row += max(len(sample.strengths), len(sample.development_areas)) + 1
    else:
        for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            sheet.cell(row, 1, heading).font = Font(bold=True, color=brand)
            if lists == "cell":
                cell = sheet.cell(row, 2, "\n".join(f"- {item}" for item in items))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                row += 2
            else:
                row += 1
                for item in items:
                    sheet.cell(row, 1, f"\u2022 {item}")
                    row += 1
                row += 1

    # --- actions --------------------------------------------------------------------------
    sheet.cell(row, 1, rng.choice(("Actions (by who, by when)", "Actions agreed", "Action plan"))).font = Font(
        bold=True, color=brand)
    row += 1
    if not sample.actions:
        sheet.cell(row, 1, rng.choice(NO_ACTIONS))
        row += 1
    elif actions_style == "numbered":
        for number, action in enumerate(sample.actions, start=1):
            sheet.cell(row, 1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
            row += 1
    else:
        for column, text in enumerate(("Action", "By who", "By when", "Done?"), start=1):
            cell = sheet.cell(row, column, text)
            cell.font, cell.fill = Font(bold=True), LABEL_FILL
        row += 1
        for action in sample.actions:
            sheet.cell(row, 1, action.action).alignment = Alignment(wrap_text=True)
            sheet.cell(row, 2, action.owner)
            put_date(row, 3, action.due)
            row += 1
    row += 1

    # --- questions ------------------------------------------------------------------------
    questions = []
    if sample.feedback_sought is not None:
        questions.append(("Were the child's and family's views sought for this audit?", sample.feedback_sought, None))
    questions.append((rng.choice(("Is there an immediate safeguarding concern?",
                                  "Does this case need escalating today (immediate safety concern)?")),
                      sample.urgent_concern, sample.urgent_concern_detail))
    for question, answer, detail in questions:
        sheet.cell(row, 1, question).font = Font(bold=True)
        if yes_no == "ticks":
            sheet.cell(row, 2, f"{'☒' if answer else '☐'} Yes    {'☐' if answer else '☒'} No")
        else:
            sheet.cell(row, 2, rng.choice(("Yes", "YES", "yes")) if answer else rng.choice(("No", "NO", "no")))
        row += 1
        if detail:
            sheet.cell(row, 1, "If yes, give details")
            sheet.cell(row, 2, detail)
            row += 1
    if household and rng.random() < 0.7:
        sheet.cell(row, 1, "Siblings / household")
        sheet.cell(row, 2, mention(rng, SIBLING_SENTENCES, others[0]))
        row += 1
    row += 1

    # --- moderation -----------------------------------------------------------------------
    moderation = sample.moderation
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS moderation"))
    if moderation_style == "box" or (moderation_style == "absent" and rng.random() < 0.5):
        sheet.cell(row, 1, heading).font = Font(bold=True, color=brand)
        row += 1
        labels = ("Moderated by", "Date moderated", "Agree with the auditor's grade?", "Moderated grade",
                  "Moderator's comments")
        values: list = [None] * 5
        if moderation:
            values[0] = moderation.moderator
            values[1] = ("date", moderation.date)
            if moderation.grade:
                values[2] = "Yes" if moderation.grade == sample.grade else "No"
                values[3] = informal_grade(rng, moderation.grade)
            values[4] = "\n".join(moderation.comments)
        for text, value in zip(labels, values):
            cell = sheet.cell(row, 1, text)
            cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor="F2F2F2")
            if isinstance(value, tuple):
                put_date(row, 2, value[1]).font = Font(color=ink)
            elif value:
                target = sheet.cell(row, 2, value)
                target.font = Font(color=ink, bold=text == "Moderated grade")
                target.alignment = Alignment(wrap_text=True)
            row += 1
    elif moderation_style == "ink" and moderation:
        sheet.cell(row, 1, heading).font = Font(bold=True, color=brand)
        row += 1
        line = f"{moderation.moderator}, {when(moderation.date)}"
        sheet.cell(row, 1, line).font = Font(color=ink)
        row += 1
        for comment in moderation.comments:
            sheet.cell(row, 1, comment).font = Font(color=ink)
            row += 1
        if moderation.grade:
            sheet.cell(row, 1, f"Moderated grade: {informal_grade(rng, moderation.grade)}").font = Font(
                color=ink, bold=True)
            row += 1

    book.properties.creator = "Northmoor Council"
    book.properties.title = sample.title
    book.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    stamp = datetime.combine(moderation.date if moderation else sample.date, time(16, 20))
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=(born_written, *born_strings))


def _details(sheet, row: int, fields, layout: str, put_date) -> int:
    def value_of(r: int, c: int, value):
        if isinstance(value, tuple):
            return put_date(r, c, value[1])
        cell = sheet.cell(r, c, value)
        return cell

    if layout == "column":
        for text, value in fields:
            cell = sheet.cell(row, 1, text)
            cell.font, cell.fill = Font(bold=True), LABEL_FILL
            value_of(row, 2, value)
            row += 1
    elif layout == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                cell = sheet.cell(row, 1 + offset * 3 if offset else 1, text)
                cell.font, cell.fill = Font(bold=True), LABEL_FILL
                value_of(row, 2 if not offset else 5, value)
            row += 1
    elif layout == "lines":
        for text, value in fields:
            if isinstance(value, tuple):
                sheet.cell(row, 1, f"{text}:").font = Font(bold=True)
                put_date(row, 2, value[1])
            else:
                sheet.cell(row, 1, f"{text}: {value}")
            row += 1
    else:  # labels over values, in two bands
        half = (len(fields) + 1) // 2
        for band in (fields[:half], fields[half:]):
            for column, (text, value) in enumerate(band, start=1):
                cell = sheet.cell(row, column, text)
                cell.font, cell.fill = Font(bold=True), LABEL_FILL
                value_of(row + 1, column, value)
            row += 3
    return row


def _grade(sheet, row: int, column: int, grade: str, style: str, rng: random.Random, mark: str, validation) -> None:
    if style == "typed":
        sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        sheet.cell(row, column, NUMBER[grade])
    elif style == "dropdown":
        cell = sheet.cell(row, column, dict(GRADE_NAMES)[grade])
        validation.add(cell)
    else:
        for offset, (value, name) in enumerate(GRADE_NAMES):
            cell = sheet.cell(row, column + offset)
            chosen = value == grade
            if style == "columns":
                if chosen:
                    cell.value = mark
                    cell.font = Font(bold=True)
                    cell.alignment = Alignment(horizontal="center")
            elif style == "highlight":
                cell.value = name
                if chosen:
                    cell.fill, cell.font = PICKED_FILL, Font(bold=True)
            else:  # the others struck through
                cell.value = name
                cell.font = Font(bold=chosen, strike=not chosen)
