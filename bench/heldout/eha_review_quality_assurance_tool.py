"""Early Help Assessment and Review quality assurance tool, kept as an Excel
workbook: a manager audits one family's Early Help assessment and plan
through numbered areas of lettered YES / NO / N/A questions with evidence,
grades each area and gives an overall grade.

Source: Walsall Council's "Early Help Assessment & Review Quality Assurance
Tool" (used by its Early Help Team alongside a Lead Professional
self-assessment checklist), as shown at
https://docsbay.net/the-tool-is-used-in-conjunction-with-the-lead-professional-self-assessment-checklist
Walsall is already named in the project; this is a different document of
that council. What comes from the source: a details grid of label / value
pairs (child's name, the case system's number, date of QA, QA assessor's
name, lead professional); numbered parts (1 Consent, 2 Inclusive / voice of
the child, ...) each headed "YES | NO | N/A | Evidence" with lettered
questions (1a, 1b, 2a ...) answered by a mark in one column and evidence in
the last; consent asked as yes/no only; fathers' involvement and the
child's voice asked as questions.

Our judgement (the page shows no grades, no workbook and nothing after the
questions): the tool kept as one Excel sheet; a grade for each area after
its questions (typed, a number on a printed key, the four grades printed
with the chosen one shaded or marked, or a drop-down); the parts after
Consent and their question wording; the overall grade, what is working well
and what needs to improve, the actions, the immediate-concern question, the
Head of Service's moderation (a box in ink, a second sheet, or colour lines)
and the council's name line in a brand colour.
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

from bot.samples import COUNCIL
from bot.samples.forms import EARLY_HELP_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

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
    early_help_reference,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "eha_review_quality_assurance_tool"
SEED = 10113

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
LONG = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
        INADEQUATE: "Inadequate"}

# The sample's six areas as this tool names them (our judgement, after the
# source's "Inclusive" part and its questions on the assessment and review).
AREA_NAMES = {
    "Voice of the child": "Inclusive – voice of the child and family",
    "Early Help Assessment": "Quality of the Early Help Assessment",
    "Team Around the Family plan": "The Early Help Plan",
    "Engagement with the family": "Reviews and TAF meetings",
    "Management oversight": "The Lead Professional's work",
    "Impact and outcomes for the child": "Outcomes and impact for the child",
}
# Our own short questions for each area; none asks whether views were sought.
QUESTIONS = {
    "Inclusive – voice of the child and family": (
        "Has the child been seen and spoken with, and is this evident in the assessment?",
        "Have both parents / carers been involved (are fathers included)?",
    ),
    "Quality of the Early Help Assessment": (
        "Was the assessment completed within timescale?",
        "Does the analysis explain what daily life is like for the child?",
    ),
    "The Early Help Plan": (
        "Are the outcomes SMART?",
        "Does each action have a named person and a timescale?",
    ),
    "Reviews and TAF meetings": (
        "Has the plan been reviewed within the expected timescale?",
        "Do TAF members attend and contribute to reviews?",
    ),
    "The Lead Professional's work": (
        "Is the Lead Professional named and known to the family?",
        "Is case recording up to date?",
    ),
    "Outcomes and impact for the child": (
        "Is progress measured (scaling / Outcome Star) at each review?",
        "Is step-down or closure planned with the family?",
    ),
}
CONSENT_QUESTIONS = (
    "Consent of parents / young person recorded at the start of the EHA",
    "Consent to share information recorded at completion of the EHA",
)
FEEDBACK_QUESTION = "Have the child and family been asked for their views on the help they have received?"

TITLES = ("Early Help Assessment & Review – Quality Assurance Tool",
          "EHA and Review Quality Assurance Audit",
          "Early Help Assessment and Review QA Tool")
SHEET_NAMES = ("QA Tool", "EHA QA", "Audit", "Sheet1")
LABELS = {
    "child": ("Child's name", "Childs Name", "Name of child"),
    "born": ("Date of birth", "DOB", "D.O.B."),
    "case": ("Case number", "Mosaic No", "EH reference", "System ID"),
    "date": ("Date of QA", "Date of audit", "Audit date"),
    "auditor": ("QA assessor name", "Audited by", "Auditor"),
    "practitioner": ("Lead Professional", "Lead Practitioner", "Lead Professional name"),
    "team": ("Team", "Team / locality", "Early Help team"),
    "service": ("Service", "Service area"),
    "parents": ("Parent(s) / carer(s)", "Parents / carers"),
    "siblings": ("Other children in the household", "Siblings"),
}
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required – plan is on track.",
              "Actions: none.")
NOT_MODERATED = ("Not sampled for moderation this month.", "", "N/A")
HEADER_FILL = ("DDEBF7", "E2EFDA", "FCE4D6", "D9D9D9")
MARKS = ("X", "\u2713", "x", "\u221a")
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "d mmm yyyy")


class Sheet:
    """One sheet written down columns A to G, a row at a time."""

    def __init__(self, worksheet, rng: random.Random, write_date, dates_as_text: bool, excel_format: str):
        self.ws = worksheet
        self.row = 1
        self.rng = rng
        self.write_date = write_date
        self.dates_as_text = dates_as_text
        self.excel_format = excel_format
        for column, width in zip("ABCDEFG", (7, 46, 16, 16, 16, 16, 52)):
            worksheet.column_dimensions[column].width = width

    def put(self, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None):
        cell = self.ws.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        return cell

    def put_date(self, column: int, day: date, *, colour=None):
        if self.dates_as_text:
            return self.put(column, self.write_date(day), colour=colour)
        cell = self.put(column, day, colour=colour)
        cell.number_format = self.excel_format
        return cell

    def text_date(self, day: date) -> str:
        return self.write_date(day)

    def next(self, rows: int = 1) -> None:
        self.row += rows


def _grade_writer(rng: random.Random, style: str):
    """How this form gives a grade in row `sheet.row` from column 3 on."""
    spelling = rng.choice((SHORT, LONG))
    shaded = rng.random() < 0.5
    validations: list[DataValidation] = []

    def typed(sheet: Sheet, grade: str, *, colour=None):
        sheet.put(3, informal_grade(rng, grade, note_chance=0.15), bold=True, colour=colour)

    def number(sheet: Sheet, grade: str, *, colour=None):
        sheet.put(3, GRADE_ORDER.index(grade) + 1, bold=True, colour=colour)

    def printed(sheet: Sheet, grade: str, *, colour=None):
        for offset, option in enumerate(GRADE_ORDER):
            chosen = option == grade
            if shaded:
                sheet.put(3 + offset, SHORT[option], bold=chosen, fill="FFD966" if chosen else None, colour=colour)
            else:
                sheet.put(3 + offset, f"{SHORT[option]} X" if chosen else SHORT[option], bold=chosen,
                          colour=colour)

    def dropdown(sheet: Sheet, grade: str, *, colour=None):
        cell = sheet.put(3, spelling[grade], bold=True, colour=colour)
        if not validations:
            choices = '"' + ",".join(spelling[option] for option in GRADE_ORDER) + '"'
            validations.append(DataValidation(type="list", formula1=choices, allow_blank=True))
            sheet.ws.add_data_validation(validations[0])
        validations[0].add(cell.coordinate)

    return {"typed": typed, "number": number, "printed": printed, "dropdown": dropdown}[style]


def _answer(rng: random.Random, grade: str) -> str:
    """A yes / no / n/a answer in keeping with the area's grade."""
    chance_yes = {OUTSTANDING: 1.0, GOOD: 0.9, REQUIRES_IMPROVEMENT: 0.55, INADEQUATE: 0.2}[grade]
    if rng.random() < 0.06:
        return "N/A"
    return "YES" if rng.random() < chance_yes else "NO"


def _yes_no_row(sheet: Sheet, rng: random.Random, number: str, question: str, answer: str, *, columns: bool,
                mark: str, evidence: str = "") -> None:
    sheet.put(1, number)
    sheet.put(2, question)
    if columns:
        sheet.put(3 + ("YES", "NO", "N/A").index(answer), mark, bold=True)
    else:
        sheet.put(3, {"YES": rng.choice(("Yes", "YES", "Y")), "NO": rng.choice(("No", "NO", "N")),
                      "N/A": "N/A"}[answer])
    if evidence:
        sheet.put(7, evidence)
    sheet.next()


def _choose(today: date) -> list:
    drawn = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    return [form for form in drawn if form.kind == EARLY_HELP_AUDIT][:16]


def _adapt(rng: random.Random, index: int, sample, no_actions: bool):
    """Rename the areas, prefix some references, take out an area on a new
    case and clear the actions on two good audits."""
    sections = tuple(replace(section, name=AREA_NAMES[section.name]) for section in sample.sections)
    moderation = sample.moderation
    if index in (4, 11):
        sections = tuple(section for section in sections if section.name != "Reviews and TAF meetings")
        if sample.grade not in {section.grade for section in sections}:
            sections = (*sections[:-1], replace(sections[-1], grade=sample.grade))
    if moderation is not None:
        names = {section.name for section in sections}
        remarks = {AREA_NAMES[name]: text for name, text in moderation.section_comments.items()
                   if AREA_NAMES[name] in names}
        moderation = replace(moderation, section_comments=remarks)
    case_id = sample.case_id
    style = index % 3
    if style == 1:
        case_id = early_help_reference(rng, case_id)
    elif style == 2:
        case_id = case_reference(rng, case_id)
    actions = () if no_actions else sample.actions
    return replace(sample, sections=sections, moderation=moderation, case_id=case_id, actions=actions)


def _details(sheet: Sheet, rng: random.Random, sample, fields: list[tuple[str, object]], style: str) -> None:
    """The details block other than the source's pairs: labels down column
    B, labels over values, or "Label: value" lines."""
    fill = rng.choice(HEADER_FILL)

    def shown(value):
        return sheet.text_date(value) if isinstance(value, date) and style == "lines" else value

    def put_value(column, value):
        if isinstance(value, date):
            sheet.put_date(column, value)
        else:
            sheet.put(column, value)

    if style == "column":
        for label, value in fields:
            sheet.put(2, label, bold=True, fill=fill)
            put_value(3, value)
            sheet.next()
    elif style == "over":
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for offset, (label, _) in enumerate(chunk):
                sheet.put(2 + offset, label, bold=True, fill=fill)
            sheet.next()
            for offset, (_, value) in enumerate(chunk):
                put_value(2 + offset, value)
            sheet.next()
    else:
        for label, value in fields:
            sheet.put(2, f"{label}: {shown(value)}")
            sheet.next()


def _build_one(rng: random.Random, index: int, sample, today: date) -> tuple[bytes, tuple[str, ...], tuple[str, ...]]:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    write_date = date_writer(rng)
    dates_as_text = rng.random() < 0.45
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = rng.choice(SHEET_NAMES)
    sheet = Sheet(worksheet, rng, write_date, dates_as_text, rng.choice(EXCEL_DATE_FORMATS))
    grade_style = ("typed", "number", "printed", "dropdown")[index % 4]
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "dropdown"))
    area_grade = _grade_writer(rng, grade_style)
    overall_grade = area_grade if overall_style == grade_style else _grade_writer(rng, overall_style)
    columns = rng.random() < 0.7
    mark = rng.choice(MARKS)
    header_fill = rng.choice(HEADER_FILL)
    child = sample.child
    others: tuple[str, ...] = ()
    also: list[str] = []

    # --- the council's line, the title, the key ---------------------------
    sheet.put(2, council_line(rng) if rng.random() < 0.7 else COUNCIL, bold=True, colour=brand, size=13)
    sheet.next()
    sheet.put(2, rng.choice(TITLES), bold=True, size=12)
    sheet.next()
    if rng.random() < 0.5:
        sheet.put(2, "To be completed by the Early Help Team Manager on the family's current assessment and plan.",
                  italic=True)
        sheet.next()
    if "number" in (grade_style, overall_style):
        sheet.put(2, "Grading key: 1 = Outstanding   2 = Good   3 = Requires Improvement to be Good   4 = Inadequate",
                  bold=True)
        sheet.next()
    sheet.next()

    # --- details --------------------------------------------------------------
    born_text = write_date(child.date_of_birth)
    also.append(born_text)
    with_child = index not in (7,)
    fields: list[tuple[str, object]] = []
    if with_child:
        fields.append((rng.choice(LABELS["child"]), child.full_name))
        fields.append((rng.choice(LABELS["born"]), child.date_of_birth if not dates_as_text else born_text))
    else:
        initials = f"{child.first_name[0]}.{child.surname[0]}."
        fields.append(("Child's initials", initials))
    fields.append((rng.choice(LABELS["case"]), sample.case_id))
    fields.append((rng.choice(LABELS["date"]), sample.date))
    fields.append((rng.choice(LABELS["auditor"]), sample.auditor))
    fields.append((rng.choice(LABELS["practitioner"]), sample.practitioner))
    fields.append((rng.choice(LABELS["team"]), sample.team))
    fields.append((rng.choice(LABELS["service"]), sample.service))
    if with_child and rng.random() < 0.35:
        fields.append((rng.choice(LABELS["parents"]), " and ".join(child.parents)))
    if with_child and rng.random() < 0.3:
        brothers = siblings(rng, child, rng.choice((1, 2)), today)
        others = tuple(name for name, _ in brothers)
        fields.append((rng.choice(LABELS["siblings"]),
                       ", ".join(f"{name} ({write_date(born)})" for name, born in brothers)))
        also.extend(write_date(born) for _, born in brothers)
        also.extend(born.isoformat() for _, born in brothers)
    details_style = ("pairs", "column", "over", "lines")[(index // 4 + index) % 4]
    if details_style == "pairs":
        # Two pairs to a row: label in B, value in C; label in E, value in F.
        fill = rng.choice(HEADER_FILL)
        for start in range(0, len(fields), 2):
            for (label, value), (label_column, value_column) in zip(fields[start:start + 2], ((2, 3), (5, 6))):
                sheet.put(label_column, f"{label}:", bold=True, fill=fill)
                if isinstance(value, date):
                    sheet.put_date(value_column, value)
                else:
                    sheet.put(value_column, value)
            sheet.next()
    else:
        _details(sheet, rng, sample, fields, details_style)
    sheet.next()

    # --- 1 Consent (yes / no only, as the source) --------------------------------
    def area_header(number: int, name: str) -> None:
        sheet.put(1, number, bold=True, fill=header_fill)
        sheet.put(2, name, bold=True, fill=header_fill)
        if columns:
            for offset, text in enumerate(("YES", "NO", "N/A")):
                sheet.put(3 + offset, text, bold=True, fill=header_fill)
        else:
            sheet.put(3, "Answer", bold=True, fill=header_fill)
        sheet.put(7, "Evidence", bold=True, fill=header_fill)
        sheet.next()

    area_header(1, "Consent")
    for letter, question in zip("ab", CONSENT_QUESTIONS):
        _yes_no_row(sheet, rng, f"1{letter}", question, "YES" if rng.random() < 0.9 else "NO", columns=columns,
                    mark=mark)
    sheet.next()

    # --- the graded areas ------------------------------------------------------
    remarks = sample.moderation.section_comments if sample.moderation else {}
    for number, section in enumerate(sample.sections, start=2):
        area_header(number, section.name)
        letters = iter("abcdef")
        for question in QUESTIONS[section.name]:
            _yes_no_row(sheet, rng, f"{number}{next(letters)}", question, _answer(rng, section.grade),
                        columns=columns, mark=mark)
        if section.name.startswith("Inclusive") and sample.feedback_sought is not None:
            _yes_no_row(sheet, rng, f"{number}{next(letters)}", FEEDBACK_QUESTION,
                        "YES" if sample.feedback_sought else "NO", columns=columns, mark=mark)
        sheet.put(2, rng.choice(("Grade for this area", "Area grade", "Judgement")), bold=True)
        area_grade(sheet, section.grade)
        sheet.put(7, section.comment)
        sheet.next()
        if section.name in remarks:
            sheet.put(2, rng.choice(("HoS comment", "Moderator's comment")), italic=True, colour=ink)
            sheet.put(7, remarks[section.name], colour=ink)
            sheet.next()
        sheet.next()

    # --- overall, strengths, development ---------------------------------------------
    sheet.put(2, rng.choice(("Overall grade", "Overall judgement of the EHA and plan", "OVERALL GRADE")), bold=True,
              fill=header_fill)
    overall_grade(sheet, sample.grade)
    sheet.next(2)

    lists_style = rng.choice(("rows", "cell", "columns"))
    strengths_label = rng.choice(("What is working well", "Strengths", "Areas of good practice"))
    develop_label = rng.choice(("What needs to improve", "Areas for development", "Worries / areas to develop"))
    if lists_style == "columns":
        sheet.put(2, strengths_label, bold=True, fill=header_fill)
        sheet.put(7, develop_label, bold=True, fill=header_fill)
        sheet.next()
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            if position < len(sample.strengths):
                sheet.put(2, f"• {sample.strengths[position]}")
            if position < len(sample.development_areas):
                sheet.put(7, f"• {sample.development_areas[position]}")
            sheet.next()
    else:
        for heading, items in ((strengths_label, sample.strengths), (develop_label, sample.development_areas)):
            sheet.put(2, heading, bold=True, fill=header_fill)
            sheet.next()
            if lists_style == "rows":
                for number, item in enumerate(items, start=1):
                    sheet.put(1, f"{number}.")
                    sheet.put(2, item)
                    sheet.next()
            else:
                sheet.put(2, "\n".join(f"- {item}" for item in items))
                sheet.next()
    sheet.next()

    # --- actions -------------------------------------------------------------------
    sheet.put(2, rng.choice(("Actions (by who, by when)", "Actions agreed", "Actions")), bold=True,
              fill=header_fill)
    sheet.next()
    if not sample.actions:
        sheet.put(2, rng.choice(NO_ACTIONS))
        sheet.next()
    elif rng.random() < 0.6:
        for column, text in zip((2, 3, 4, 5), ("Action", "By who", "By when", "Completed?")):
            sheet.put(column, text, bold=True)
        sheet.next()
        for action in sample.actions:
            sheet.put(2, action.action)
            sheet.put(3, action.owner)
            sheet.put_date(4, action.due)
            sheet.next()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(1, f"{number}.")
            sheet.put(2, f"{action.action} – {action.owner} – by {write_date(action.due)}")
            sheet.next()
    sheet.next()

    # --- immediate concern -------------------------------------------------------------
    concern_question = rng.choice((
        "Are there any immediate safeguarding concerns needing escalation today?",
        "Immediate concerns identified requiring escalation?",
    ))
    sheet.put(2, concern_question, bold=True)
    if rng.random() < 0.5:
        sheet.put(3, "Yes" if sample.urgent_concern else "No")
    else:
        sheet.put(3, ("\u2612 Yes   \u2610 No" if sample.urgent_concern else "\u2610 Yes   \u2612 No"))
    if sample.urgent_concern:
        sheet.put(7, sample.urgent_concern_detail)
    sheet.next(2)

    # --- moderation -----------------------------------------------------------------------
    moderation = sample.moderation
    where = rng.choice(("box", "sheet", "lines"))
    if moderation is None and rng.random() < 0.4:
        where = "absent"
    labels = ("Moderated by", "Date of moderation", "Do you agree with the overall grade?", "Moderated grade",
              "Comments")
    target = sheet
    if where == "sheet":
        target = Sheet(workbook.create_sheet("HoS moderation"), rng, write_date, dates_as_text, sheet.excel_format)
        target.put(2, "Head of Service moderation", bold=True, colour=brand, size=12)
        target.next(2)
    if where in ("box", "sheet"):
        if where == "box":
            target.put(2, "Head of Service moderation", bold=True, fill=header_fill)
            target.next()
        rows = {}
        for text in labels:
            target.put(2, text, bold=True, fill="F2F2F2")
            rows[text] = target.row
            target.next()
        end = target.row
        if moderation:
            target.row = rows["Moderated by"]
            target.put(3, moderation.moderator, colour=ink)
            target.row = rows["Date of moderation"]
            target.put_date(3, moderation.date, colour=ink)
            if moderation.grade:
                target.row = rows["Do you agree with the overall grade?"]
                target.put(3, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                target.row = rows["Moderated grade"]
                target.put(3, informal_grade(rng, moderation.grade), colour=ink, bold=True)
            target.row = rows["Comments"]
            target.put(3, "\n".join(moderation.comments), colour=ink)
        else:
            target.row = rows["Comments"]
            note = rng.choice(NOT_MODERATED)
            if note:
                target.put(3, note, italic=True)
        target.row = end
    elif where == "lines":
        sheet.put(2, "Head of Service moderation", bold=True, fill=header_fill)
        sheet.next()
        if moderation:
            lines = [f"Moderator: {moderation.moderator}", f"Date: {write_date(moderation.date)}"]
            if moderation.grade:
                lines.append(f"Moderated judgement: {informal_grade(rng, moderation.grade)}")
            lines.extend(moderation.comments)
            for line in lines:
                sheet.put(2, line, colour=ink)
                sheet.next()
        else:
            sheet.put(2, rng.choice(NOT_MODERATED[:1] + ("Not moderated.",)), italic=True)
            sheet.next()

    written = datetime.combine(sample.moderation.date if sample.moderation else sample.date, time(15, 40))
    workbook.properties.creator = COUNCIL
    workbook.properties.title = TITLES[0]
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 10))
    workbook.properties.modified = written
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which stamps the wall-clock time.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue()), others, tuple(dict.fromkeys(also))


def build(today: date) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    forms: list[HeldOutForm] = []
    cleared = 0
    for index, sample in enumerate(_choose(today), start=1):
        no_actions = cleared < 2 and sample.grade in (OUTSTANDING, GOOD) and index > 1
        cleared += no_actions
        sample = _adapt(rng, index, sample, no_actions)
        data, others, also = _build_one(rng, index, sample, today)
        forms.append(held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also))
    return forms


__all__ = ["FAMILY", "SEED", "build"]
