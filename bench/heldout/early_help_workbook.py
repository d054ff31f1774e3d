"""Early Help assessment and plan quality assurance audit kept as an Excel
workbook, one audit to a workbook: the family's Early Help reference, the
child and the household, the lead practitioner and their family hub or
locality team, who audited and when; six audit standards in the council's
own words, each with two or three audit questions answered from a Yes /
Partly / No drop-down, the auditor's findings and a rating for the
standard; then the overall rating, what is working well, what needs to
improve, what the family say in their own words, an immediate-safety
question (a step up to children's social care through the front door),
actions with who and by when, and a moderation block for a Head of Service
or Early Help service manager.

Modelled on Norfolk County Council's Early Help assessment and plan as its
pages for professionals describe it ("Early help assessments and plans
FAQs": the assessment and plan have five elements, consent, assessment,
plan, review and closure; the family's lead practitioner, the Team Around
the Family, the family network) and the Norfolk Safeguarding Children
Partnership's procedure "1.4 Early Help Assessment & Plan" (prevention and
early help as everyone's responsibility, escalation to the Children's
Advice and Duty Service). The standards follow those elements: consent
and working with the family, the assessment, the child's voice and lived
experience, the family plan, review and impact, supervision and oversight.
The pages describe the process, not an audit workbook, so the workbook is
our own judgement: a single sheet or a "Details" / "Standards" /
"Summary" set of sheets (sometimes with a hidden sheet holding the
drop-down lists), details one to a row or as a strip of shaded labels
over their values, the standards under merged coloured bands, each rating
chosen from a drop-down, typed informally ("RI – see comments", "Req.
Imp."), scored 1 to 4 against a key printed above the standards, or
marked (X, tick, or a filled cell) under four rating columns; dates typed
in several spellings or kept as Excel dates; the moderator's remarks in a
column or a row beside the standards they read, in a colour of their own.
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

from bot.samples import COUNCIL, STAFF, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import EHA_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "early_help_workbook"

# The sample's six areas, in the order the council's standards take them,
# and what the council calls each, with its audit questions.
STANDARDS = (
    ("Engagement with the family", "Consent and working with the family", (
        "Was informed consent for the assessment and for sharing information recorded?",
        "Were both parents / carers, and the wider family network, asked to take part?",
        "Is the family's first language and any access need recorded and met?",
    )),
    ("Early Help Assessment", "The assessment – understanding the family's story", (
        "Does the assessment set out strengths as well as worries?",
        "Is the family history used to explain why help is needed now?",
        "Have the views of the other agencies involved been gathered?",
    )),
    ("Voice of the child", "The child's voice and lived experience", (
        "Has the child been seen and spoken with (or observed, if pre-verbal)?",
        "Are the child's wishes and feelings recorded in their own words?",
    )),
    ("Team Around the Family plan", "The family plan – SMART outcomes", (
        "Does each outcome say what will be different for the child?",
        "Does every action have a named person and a timescale?",
        "Was the plan agreed at a Team Around the Family meeting?",
    )),
    ("Impact and outcomes for the child", "Review and impact – is life better for the child?", (
        "Has the plan been reviewed within 6–8 weeks?",
        "Is progress measured against the outcomes in the plan?",
        "Is there a clear decision on closure, continued support or step up?",
    )),
    ("Management oversight", "Supervision and management oversight", (
        "Is there recorded supervision or case discussion in the last 8 weeks?",
        "Has the manager given direction where the plan is drifting?",
    )),
)

TITLES = (
    "Early Help Assessment and Plan – Quality Assurance Audit",
    "Early Help Audit Tool (Assessment & Family Plan)",
    "Quality Assurance Audit: Early Help Assessment and Plan",
    "EARLY HELP CASE AUDIT – ASSESSMENT, PLAN AND REVIEW",
)
# How the council's drop-down spells each rating.
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
# The four rating columns and their headings.
COLUMN_HEADINGS = (
    ("O", "G", "RI", "I"),
    ("Outstanding", "Good", "Req. Improvement", "Inadequate"),
)
COLUMN_GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
# A score key printed above the standards: the score for each grade.
SCORE_KEYS = (
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "practice is exceptional; the family's life has clearly changed for the better",
    GOOD: "the standard is met; help is making a difference",
    REQUIRES_IMPROVEMENT: "the standard is partly met; no one is left unsafe, but help is not yet making a difference",
    INADEQUATE: "the standard is not met; the child is left without the help they need",
}
ANSWERS = ("Yes", "Partly", "No")
NOT_MODERATED = ("", "Not selected for moderation this month.", "Not moderated", "N/A – not sampled")
NO_ACTIONS = ("No actions – the current family plan addresses everything found.",
              "None – no further actions required.", "No actions arising from this audit.")
ROLES = {"early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6203)
    pool = tool_samples(70, seed=6203, today=today, kinds=(EHA_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:2]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + confirms + changes + remarks
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Sheet:
    """A worksheet written top to bottom, six columns wide (A to F), with
    the rating columns (G to J) when the standards are marked in columns."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None, number_format: str | None = None,
             border: bool = True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10)
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

    def band(self, text: str, last: int = 6) -> None:
        """A merged heading band in the brand colour."""
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, *, italic: bool = False, bold: bool = False, last: int = 6, colour: str | None = None):
        self.cell(self.row, 1, text, italic=italic, bold=bold, border=False, colour=colour)
        self.merge(self.row, 1, last)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(text) // 90 + 1)
        self.row += 1

    def pair(self, label: str, value, *, fill: str = "F2F2F2", number_format: str | None = None,
             colour: str | None = None, bold_value: bool = False) -> int:
        """A label in A:B and its value in C:F, on one row; the row."""
        self.cell(self.row, 1, label, bold=True, fill=fill)
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, number_format=number_format, colour=colour, bold=bold_value)
        self.merge(self.row, 3, 6)
        row = self.row
        self.row += 1
        return row

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _staff_role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4  # dates kept as Excel dates rather than typed
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "dropdown", "typed", "typed", "score", "columns"))
    overall_style = style if rng.random() < 0.75 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    score_key = rng.choice(SCORE_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", "\u2714", ""))  # "" fills the chosen cell in its colour
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    strip = rng.random() < 0.45  # details as shaded labels over their values
    hidden_lists = style == "dropdown" and rng.random() < 0.5
    remark_column = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 3), today)

    # The sample as this form carries it: the council's standards in its
    # order, the Early Help reference as written, the actions as typed.
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                       for old, title, _ in STANDARDS)}
    if rng.random() < 0.8:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: title for old, title, _ in STANDARDS}
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    family_voice = next(own.written for own in sample.own if own.key == "family_voice")

    def day(value: date):
        """A date as this workbook keeps it: typed, or an Excel date."""
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    validations: dict[tuple[str, ...], DataValidation] = {}
    lists_sheet = None

    def dropdown(ws, cell, choices: tuple[str, ...]) -> None:
        nonlocal lists_sheet
        key = (ws.title, *choices)
        if key not in validations:
            if hidden_lists:
                if lists_sheet is None:
                    lists_sheet = workbook.create_sheet("Lists")
                    lists_sheet.sheet_state = "hidden"
                column = lists_sheet.max_column + (1 if lists_sheet.max_row > 1 or lists_sheet["A1"].value else 0)
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

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("EH QA Audit", "Audit", "EH Audit"))
        details_ws = standards_ws = summary_ws = first
    else:
        first.title = rng.choice(("1. Details", "Details", "Family details"))
        standards_ws = workbook.create_sheet(rng.choice(("2. Standards", "Standards", "Audit questions")))
        summary_ws = workbook.create_sheet(rng.choice(("3. Summary", "Summary & actions", "Summary")))
        details_ws = first
    sheets: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, brand, font)
            widths = (24, 16, 18, 18, 18, 30, 7, 7, 7, 7, 28)
            for position, width in enumerate(widths, start=1):
                ws.column_dimensions[get_column_letter(position)].width = width
        return sheets[ws.title]

    # --- details -----------------------------------------------------------
    sheet = writer(details_ws)
    title = rng.choice(TITLES)
    sheet.cell(1, 1, council_line(rng), bold=True, colour=brand, border=False)
    sheet.merge(1, 1, 6)
    sheet.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
    sheet.merge(2, 1, 6)
    sheet.row = 3
    sheet.line(rng.choice((
        "Complete the yellow cells. Choose answers from the drop-down lists where there is one.",
        "One workbook for each family audited. Save as the EHM ID and return to the Early Help QA inbox.",
        "OFFICIAL – SENSITIVE when complete. Read the assessment, the plan and the last review before you start.",
    )), italic=True)
    sheet.skip()
    role = _staff_role(sample.auditor)
    auditor_value = sample.auditor
    role_row = bool(role) and rng.random() < 0.5
    if role and not role_row and rng.random() < 0.35:
        auditor_value = f"{sample.auditor} ({role})"
    case_value = sample.case_id if not sample.case_id.isdigit() else int(sample.case_id)
    date_value, date_fmt = day(sample.date)
    born_value, born_fmt = day(child.date_of_birth)
    household_text = (", ".join(f"{name} ({(sample.date - born).days // 365})" for name, born in household)
                      if household else rng.choice(("None", "No other children", "")))
    details = [
        (rng.choice(("EHM ID", "Early Help reference", "EH number", "Family ID (EHM)")), case_value, None),
        (rng.choice(("Child / young person", "Name of child")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born_value, born_fmt),
        (rng.choice(("Parent(s) / carer(s)", "Parents / carers")), ", ".join(child.parents), None),
        ("Other children in the household", household_text, None),
        (rng.choice(("Lead practitioner", "Lead Practitioner (LP)", "Lead professional")), sample.practitioner, None),
        (rng.choice(("Family hub / team", "Team", "Locality team")), sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Audited by", "Auditor", "Quality assured by")), auditor_value, None),
    ]
    if role_row:
        details.append(("Auditor's role", role, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date audited")), date_value, date_fmt))
    if rng.random() < 0.4:
        details.insert(4, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if strip:
        for start in range(0, len(details), 3):
            chunk = details[start:start + 3]
            for position, (text, _, _) in enumerate(chunk):
                column = 1 + 2 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, column, column + 1)
                value, number_format = chunk[position][1], chunk[position][2]
                sheet.cell(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.skip(2)
    else:
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    sheet.skip()

    # --- standards ---------------------------------------------------------
    sheet = writer(standards_ws)
    if standards_ws is not details_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 6)
        sheet.row = 3
    sheet.band(rng.choice(("Part A – Audit standards", "Audit standards", "SECTION 2: THE STANDARDS")),
               last=10 if style == "columns" else 6)
    if style == "score" or rng.random() < 0.3:
        sheet.line("Rating key:" if style != "score" else "Score each standard using the key:", bold=True)
        for grade in sorted(COLUMN_GRADES, key=lambda grade: -score_key[grade] if style == "score" else 0):
            if style == "score":
                text = f"{score_key[grade]} = {KEY_WORDS[grade]} – {KEY_MEANINGS[grade]}"
            else:
                text = f"{KEY_WORDS[grade]}: {KEY_MEANINGS[grade]}"
            sheet.line(text, italic=True)
        sheet.skip()
    for number, ((_, _, questions), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
        sheet.band(f"Standard {number}: {section.name}", last=10 if style == "columns" else 6)
        sheet.cell(sheet.row, 1, "Audit question", bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, "Answer", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 6, "Evidence / comment", bold=True, fill="F2F2F2")
        sheet.skip()
        weights = {OUTSTANDING: (9, 1, 0), GOOD: (7, 3, 1), REQUIRES_IMPROVEMENT: (3, 5, 2), INADEQUATE: (1, 4, 5)}
        for question in questions:
            sheet.cell(sheet.row, 1, question)
            sheet.merge(sheet.row, 1, 4)
            answer = rng.choices(ANSWERS, weights=weights[section.grade])[0]
            target = sheet.cell(sheet.row, 5, answer, fill="FFF2CC")
            dropdown(standards_ws, target.coordinate, ANSWERS)
            sheet.cell(sheet.row, 6, "")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
        sheet.cell(sheet.row, 1, rng.choice(("Findings", "Auditor's findings", "What did you find?")), bold=True,
                   fill="F2F2F2")
        sheet.cell(sheet.row, 2, section.comment)
        sheet.merge(sheet.row, 2, 6)
        sheet.sheet.row_dimensions[sheet.row].height = 32
        if section.name in remarks and remark_column:
            sheet.cell(sheet.row - len(questions) - 1, 11, "Moderator's comment", bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 11, remarks[section.name], colour=ink)
        sheet.skip()
        if section.name in remarks and not remark_column:
            sheet.cell(sheet.row, 1, rng.choice(("HoS comment", "Moderator", "Moderation note")), bold=True,
                       colour=ink)
            sheet.cell(sheet.row, 2, remarks[section.name], colour=ink)
            sheet.merge(sheet.row, 2, 6)
            sheet.skip()
        _rating_row(sheet, style, section.grade, rng.choice(("Rating for this standard", "Standard rating",
                                                             "Rating")),
                    words=words, headings=headings, score_key=score_key, mark=column_mark,
                    dropdown=lambda cell: dropdown(standards_ws, cell, tuple(words[g] for g in COLUMN_GRADES)),
                    rng=rng)
        sheet.skip()

    # --- summary -------------------------------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not standards_ws:
        sheet.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 6)
        sheet.row = 3
    sheet.band(rng.choice(("Overall judgement", "Part B – Overall judgement", "OVERALL")),
               last=10 if overall_style == "columns" else 6)
    _rating_row(sheet, overall_style, sample.grade,
                rng.choice(("Overall rating of the Early Help assessment and plan",
                            "Overall grade for this family's Early Help",
                            "Overall rating")),
                words=words, headings=headings, score_key=score_key, mark=column_mark,
                dropdown=lambda cell: dropdown(summary_ws, cell, tuple(words[g] for g in COLUMN_GRADES)), rng=rng)
    sheet.skip()

    one_cell = rng.random() < 0.4
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well?", "What's working well", "Strengths")),
                            sample.strengths),
                           (rng.choice(("What needs to improve?", "What needs to be better?", "Areas to develop")),
                            sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.cell(sheet.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items))
            sheet.merge(sheet.row, 1, 6)
            sheet.sheet.row_dimensions[sheet.row].height = 16 * len(items) + 6
            sheet.skip()
        else:
            for item in items:
                sheet.cell(sheet.row, 1, f"{bullet}{item}")
                sheet.merge(sheet.row, 1, 6)
                sheet.sheet.row_dimensions[sheet.row].height = 28
                sheet.skip()
        sheet.skip()

    sheet.band(rng.choice(("What does the family say? (in their own words)", "The family's voice",
                           "What the family told us")))
    sheet.cell(sheet.row, 1, family_voice)
    sheet.merge(sheet.row, 1, 6)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip(2)

    sheet.band(rng.choice(("Immediate safety", "Step up / safeguarding", "Is the child safe?")))
    question = rng.choice((
        "Is there a risk of significant harm that needs a referral to the Children's Advice and Duty Service today?",
        "Does anything found in this audit mean the family should be stepped up to children's social care now?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES", "Yes – see below")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = sheet.cell(sheet.row, 5, answer, fill="FFF2CC", bold=True)
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 5, 6)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes: who was told, when, and what was agreed", bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 2)
    sheet.cell(sheet.row, 3, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 3, 6)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip(2)

    sheet.band(rng.choice(("Actions", "Action plan – who will do what, by when", "ACTIONS FROM THIS AUDIT")))
    headers = rng.choice((("Action", "Who", "By when", "Progress / RAG"),
                          ("What needs to happen", "Responsible", "Target date", "Completed?")))
    sheet.cell(sheet.row, 1, headers[0], bold=True, fill="D9E1F2")
    sheet.merge(sheet.row, 1, 3)
    for column, text in zip((4, 5, 6), headers[1:]):
        sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
    sheet.skip()
    if sample.actions:
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 5, value, number_format=number_format)
            sheet.cell(sheet.row, 6, rng.choice(("", "", "Not started", "Amber")))
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        sheet.cell(sheet.row, 1, rng.choice(NO_ACTIONS))
        sheet.merge(sheet.row, 1, 3)
        for column in (4, 5, 6):
            sheet.cell(sheet.row, column, "")
        sheet.skip()
    sheet.skip()

    # --- moderation ----------------------------------------------------------
    if moderation or rng.random() < 0.8:
        sheet.band(rng.choice(("Moderation – Head of Service / Service Manager", "Moderation",
                               "Head of Service moderation")))
        labels = (rng.choice(("Moderated by", "Moderator")), rng.choice(("Date of moderation", "Date moderated")),
                  "Do you agree with the overall rating?", rng.choice(("Moderated rating", "Moderated grade")),
                  rng.choice(("Moderator's comments", "Comments")))
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            agree = ""
            grade_text = ""
            if moderation.grade:
                agree = "Agree" if moderation.grade == sample.grade else "Disagree"
                grade_text = (words[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for text, value, number_format in zip(labels, values, formats):
            row = sheet.pair(text, value, number_format=number_format, colour=ink if moderation else None,
                             bold_value=text == labels[3])
            if text == labels[2]:
                dropdown(summary_ws, f"C{row}", ("Agree", "Disagree"))
            if text == labels[4]:
                sheet.sheet.row_dimensions[row].height = 45

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    written = datetime.combine((moderation or sample).date, time(16, 20))
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _rating_row(sheet: _Sheet, style: str, grade: str, label: str, *, words, headings, score_key, mark,
                dropdown, rng: random.Random) -> None:
    """The rating of a standard (or the overall rating) on its own row, in
    the workbook's style: a drop-down choice, typed words, a score on the
    key, or a mark under four rating columns."""
    if style == "columns":
        for column, heading in zip(range(7, 11), headings):
            sheet.cell(sheet.row, column, heading, bold=True, fill="F2F2F2")
        sheet.skip()
        sheet.cell(sheet.row, 1, label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 6)
        for column, option in zip(range(7, 11), COLUMN_GRADES):
            if option == grade:
                if mark:
                    sheet.cell(sheet.row, column, mark, bold=True)
                else:
                    sheet.cell(sheet.row, column, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(sheet.row, column, None)
        sheet.skip()
        return
    sheet.cell(sheet.row, 1, label, bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 4)
    if style == "dropdown":
        target = sheet.cell(sheet.row, 5, words[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "score":
        score = score_key[grade]
        value = score if rng.random() < 0.6 else f"{score} – {KEY_WORDS[grade]}"
        sheet.cell(sheet.row, 5, value, bold=True, fill="FFF2CC")
    else:
        sheet.cell(sheet.row, 5, informal_grade(rng, grade, note_chance=0.3), bold=True)
    sheet.merge(sheet.row, 5, 6)
    sheet.skip()
