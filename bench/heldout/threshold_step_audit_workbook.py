"""Threshold step audit workbooks: a manager's audit, kept as an Excel
workbook, of one decision to move a child's case across the threshold
between Early Help and Children's Social Care – a step up to social care
or a step down to Early Help. The auditor records the decision (reference,
child, other children in the household on some, lead professional, team and
service on some, which way the case moved and when, the level of need the
decision named, who made the decision), five questions on the decision each
with the evidence and a grade, an overall judgement in the tool's own
words, the family's views, what worked well and what needs to improve,
actions with who and by when, whether any child needs urgent action today,
the auditor's sign-off and the Head of Service's moderation.

Modelled on what the National Children's Bureau (NCB), a national children's
charity no family had used, publishes about early help and the threshold
for statutory help. Every council, children's trust and safeguarding
partnership the search returned for step-up / step-down (Rotherham,
Knowsley, Barnsley, Hull, Luton, Islington, Gloucestershire, Leeds, Camden,
Liverpool, Shropshire, Wirral, the Isle of Man) and every other council in
the four nations checked is already named by another family, a council
layout or bench/README.md, so this is a similar body of our choice. Read as
search excerpts only:

* NCB's page on its report "Supporting and strengthening families through
  provision of early help: A Rapid Review of Evidence" (ncb.org.uk; Amy
  Edwards, Roya Gharbi, Ava Berry and Robbie Duschinsky, June 2021, with the
  Universities of Cambridge and Kent, in response to the independent review
  of children's social care): early help services are designed to support
  children and families before problems escalate to the point where
  statutory services are required; the evidence broadly suggests early help
  can reduce rates of child welfare intervention; but what counts as early
  help is interpreted in many ways, and "far more must be done to define and
  clarify the outcomes that the offer is intended to deliver";
* the University of Cambridge Primary Care Unit's news item on the same
  report: a lack of a clear shared definition of early help, "including
  little agreement over the thresholds for stepping in to provide support",
  makes measuring what works difficult and has led to an overemphasis on
  "late intervention" through statutory social work investigations; NCB
  calls for a legal duty on local authorities and statutory safeguarding
  partners to provide early help.

Neither shows a form or says how a council audits a step decision, so the
workbook is our own judgement. Only these follow the sources: a line naming
the level of need (threshold) the decision relied on, and printed prompts
under the questions asking whether the threshold applied is named and the
outcomes the help is meant to deliver are defined (not in the truth).
Everything else is ours: one sheet, a "Decision" sheet with an "Audit"
sheet, or three numbered sheets ("1 Decision", "2 Audit questions",
"3 Outcome"), a printed grading key on a sheet of its own on some and a
hidden "Lists" sheet behind the drop-downs on some; the council's line in
the page header or under the title; the decision as label / value rows,
two pairs to a row or a strip of headings over one row of values; plain,
case-system or Early Help references; the team and the service shown or
not; brothers and sisters with ages or dates of birth on some, a relative
named among those at the step meeting on some, a brother or sister named in
the evidence on some; who made the decision (a social care practice
manager, not in the truth); the direction typed, from a drop-down, marked
beside one of the two printed options or with the other struck through;
the five questions worded as the sample's areas or as threshold questions,
as one grid or a block each; grades typed informally, a number on a
printed 1–4 key either way round, the chosen one highlighted or emboldened
among four option cells, the others struck through, a mark under four
grade columns or an Excel drop-down; dates typed in the auditor's spelling
or kept as Excel dates; worked well / needs to improve a row an item, one
cell a line an item or side by side; actions as a table, "Action n" rows or
lines in one cell, or a "no actions" sentence (3); the urgent question
typed, from a drop-down or marked under Yes / No (3 yes); the Head of
Service's moderation (4 changing, 3 confirming, 3 comments only) typed in a
non-red ink as labelled rows, in a heavy-bordered box of its own fill in
black, or typed through the workbook (a remark beside the questions and an
"HoS:" line under the overall judgement), or an empty section, an
"awaiting" note or none.
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

from bot.samples import COUNCIL, Section, phrases
from bot.samples.forms import Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import ADULT_FIRST_NAMES
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

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

FAMILY = "threshold_step_audit_workbook"
SEED = 10058

# The sample's areas as threshold questions (used on about half the files).
QUESTIONS = {
    "Decision to step up or step down": "Was the threshold decision right, and are the reasons recorded?",
    "Information shared at transfer": "Did the receiving service get the full picture at the step?",
    "Timeliness of transfer": "Was the step made without delay or a gap in help?",
    "Continuity for the child and family": "Did the child and family experience the step as seamless?",
    "Management oversight": "Did managers on both sides oversee and agree the step?",
}
# Printed prompts after the sources (not in the truth).
PROMPTS = {
    "Decision to step up or step down": "Is the level of need / threshold applied named? Are the outcomes the "
                                        "help is meant to deliver defined?",
    "Information shared at transfer": "Assessment, plan and chronology passed on; consent to share recorded.",
    "Timeliness of transfer": "Dates of the request, the decision and the first contact by the new worker.",
    "Continuity for the child and family": "Family told why help was changing; key relationships kept where "
                                           "right for the child.",
    "Management oversight": "Decision recorded by a manager; both services signed up to the step.",
}
TITLES = ("Threshold Step Audit", "STEP UP / STEP DOWN DECISION AUDIT", "Audit of a Threshold Decision "
          "(Step Up / Step Down)", "Step Decision Audit – Early Help and Children's Social Care")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
LEVELS = {"Step up to Children's Social Care": ("Level 3 – targeted early help", "Level 4 – statutory (CIN / CP)"),
          "Step down to Early Help": ("Level 4 – statutory (CIN)", "Level 3 – targeted early help")}
DECIDERS = ("Joanne Fletcher", "Jane Smith", "Paul Gregson", "Karen Holt")
NO_ACTIONS = ("No actions – the step was well made and well recorded.", "No further actions required at this time.",
              "No actions arising from this audit.")
AWAITING = ("Awaiting Head of Service moderation", "Not selected for moderation this month", "")
PROFESSIONALS = ("school DSL", "health visitor", "allocated social worker", "family support worker",
                 "school nurse", "youth worker")
RELATIONS = ("grandparent", "family friend", "relative", "godparent")
OVERALL_LABELS = ("Overall judgement on the step decision", "Overall grade – threshold decision and step",
                  "OVERALL: quality of the step decision")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="A6A6A6")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
HIGHLIGHT = "FFFF00"
MARKS = ("X", "x", "\u2713", "\u25cf", "")

GRADE_STYLES = ("typed", "number", "highlight", "bold", "struck", "marks", "dropdown")
# Moderation the audit needs (4 changing, 3 confirming, 3 comments only): the
# samples carry 1 / 3 / 3, so three unmoderated files are given a changing one.
ADDED_MODERATION = (2, 7, 13)
NO_ACTION_FILES = (4, 9, 14)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    moderator = next((sample.moderation.moderator for sample in samples if sample.moderation), None)
    styles = (list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1))[:count]
    rng.shuffle(styles)
    looks = (["ink", "box", "through"] * (count // 3 + 1))[:count]
    rng.shuffle(looks)
    references = (["plain", "prefixed", "early_help"] * (count // 3 + 1))[:count]
    rng.shuffle(references)
    forms = []
    for index, sample in enumerate(samples):
        if index in ADDED_MODERATION and sample.moderation is None and moderator:
            sample = replace(sample, moderation=_changing(rng, sample, moderator, today))
        if index in NO_ACTION_FILES:
            sample = replace(sample, actions=())
        forms.append(_form(rng, index, sample, styles[index], looks[index], references[index], today))
    return forms


def _changing(rng: random.Random, sample, moderator: str, today: date) -> Moderation:
    grade = sample.grade
    if grade != INADEQUATE and (grade == OUTSTANDING or rng.random() < 0.6):
        moderated, pool = ORDER[ORDER.index(grade) + 1], phrases.MODERATION_LOWERS
    else:
        moderated, pool = ORDER[ORDER.index(grade) - 1], phrases.MODERATION_RAISES
    day = sample.date + timedelta(days=rng.randint(2, 9))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sample.sections, 1)
    return Moderation(moderator=moderator, date=min(day, today),
                      comments=(phrases.fill(rng.choice(pool), sample.child.first_name),),
                      section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS)
                                        for section in remarked},
                      grade=moderated)


class _Sheet:
    """One worksheet written top to bottom, six columns wide."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.width = 6
        self.row = 1
        for column, width in enumerate((34, 20, 20, 20, 20, 24), start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=BOX, strike=False):
        target = self.ws.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold or None, italic=italic or None, color=colour, size=size,
                           strike=strike or None)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border is not None:
            target.border = border
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def height(self, value: int, row: int | None = None):
        self.ws.row_dimensions[row or self.row].height = value

    def title(self, text: str, sub: str | None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=None)
        self.merge(self.row, 1, self.width)
        self.height(26)
        self.row += 1
        if sub:
            self.cell(self.row, 1, sub, bold=True, colour=self.brand, border=None)
            self.merge(self.row, 1, self.width)
            self.row += 1
        self.row += 1

    def band(self, text: str, *, light: bool = False):
        self.cell(self.row, 1, text, bold=True, colour=self.brand if light else "FFFFFF",
                  fill="F2F2F2" if light else self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, value, *, height: int = 30, **look):
        target = self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, self.width)
        self.height(height)
        self.row += 1
        return target

    def pair(self, label: str, value, *, number_format=None, height: int | None = None, **look):
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        target = self.cell(self.row, 2, value, number_format=number_format, **look)
        self.merge(self.row, 2, self.width)
        if height:
            self.height(height)
        self.row += 1
        return target


def _form(rng: random.Random, index: int, sample, style: str, moderation_look: str, reference_style: str,
          today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    box_fill = rng.choice(("FFF2CC", "E2EFDA", "DDEBF7", "EDE7F6"))
    when = date_writer(rng)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Segoe UI"))
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    shape = rng.choice(("one", "two", "three"))
    header_line = rng.random() < 0.5
    key_sheet = rng.random() < 0.5
    lists_sheet = rng.random() < 0.5
    details_look = rng.choice(("pairs", "grid", "strip"))
    questions_look = rng.choice(("grid", "grid", "blocks"))
    direction_style = rng.choice(("typed", "dropdown", "marked", "struck"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("typed", "dropdown"))
    urgent_style = rng.choice(("typed", "dropdown", "marks"))
    lists_look = rng.choice(("rows", "lines", "side"))
    actions_look = rng.choice(("table", "numbered", "lines"))
    best_first = rng.random() < 0.5
    as_questions = rng.random() < 0.5
    show_prompts = rng.random() < 0.5
    mark = rng.choice(MARKS)
    child = sample.child
    own = {field.key: field for field in sample.own}

    # --- the sample as this audit carries it ------------------------------------------------
    names = {name: (QUESTIONS[name] if as_questions else name) for name in QUESTIONS}
    household = siblings(rng, child, rng.randint(1, 3), today)
    show_household = rng.random() < 0.55
    named_in_evidence = show_household and rng.random() < 0.5
    sections = []
    for position, section in enumerate(sample.sections):
        comment = section.comment
        if named_in_evidence and position == 3:
            comment = f"{comment} {mention(rng, SIBLING_SENTENCES, household[0][0])}"
        sections.append(Section(names[section.name], section.grade, comment))
    changes: dict = {"sections": tuple(sections)}
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() < 0.7
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.moderation:
        changes["moderation"] = replace(sample.moderation, section_comments={
            names[old]: text for old, text in sample.moderation.section_comments.items()})
    sample = replace(sample, **changes)
    moderation = sample.moderation

    others = [name for name, _ in household] if show_household else []
    meeting = None
    if rng.random() < 0.4:
        relative = f"{rng.choice(ADULT_FIRST_NAMES)} {child.surname}"
        others.append(relative)
        meeting = ", ".join((rng.choice(("Mum", "Dad", "Both parents")), f"{relative} ({rng.choice(RELATIONS)})",
                             *rng.sample(PROFESSIONALS, 2)))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def age(born: date) -> int:
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    if rng.random() < 0.5:
        household_text = "; ".join(f"{name} (DOB {when(born)})" for name, born in household)
    else:
        household_text = ", ".join(f"{name}, {age(born)}" for name, born in household)

    def number_of(grade: str) -> int:
        position = ORDER.index(grade)
        return position + 1 if best_first else 4 - position

    key_text = "Key: " + "   ".join(f"{number_of(grade)} = {WORDS[grade]}" for grade in sorted(ORDER, key=number_of))
    grade_choices = tuple(WORDS[grade] for grade in ORDER)

    # --- the workbook ------------------------------------------------------------------
    workbook = Workbook()
    title = rng.choice(TITLES)
    first_ws = workbook.active
    if shape == "three":
        first_ws.title = "1 Decision"
        audit_ws = workbook.create_sheet("2 Audit questions")
        outcome_ws = workbook.create_sheet("3 Outcome")
    elif shape == "two":
        first_ws.title = rng.choice(("Decision", "Step details"))
        audit_ws = outcome_ws = workbook.create_sheet("Audit")
    else:
        first_ws.title = rng.choice(("Step audit", "Audit", "Threshold audit"))
        audit_ws = outcome_ws = first_ws
    lists_ws = None
    if lists_sheet:
        lists_ws = workbook.create_sheet("Lists")
        for column, choices in ((1, grade_choices), (2, DIRECTIONS), (3, ("Yes", "No"))):
            for row, choice in enumerate(choices, start=1):
                lists_ws.cell(row=row, column=column, value=choice)
        lists_ws.sheet_state = "hidden"
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]):
        key = (ws.title, choices)
        if key not in validations:
            if lists_ws is not None:
                column = {grade_choices: "A", DIRECTIONS: "B"}.get(choices, "C")
                formula = f"Lists!${column}$1:${column}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    sheets: dict[str, _Sheet] = {}
    line_text = council_line(rng)
    subtitle = None if header_line else line_text

    def sheet_for(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand)
            if header_line:
                ws.oddHeader.center.text = line_text
                ws.oddHeader.center.size = 9
        return sheets[ws.title]


    def grade_value(grade: str, how: str):
        if how == "dropdown":
            return WORDS[grade]
        if how == "number":
            return number_of(grade)
        return informal_grade(rng, grade, note_chance=0.2)

    def grade_heads(sheet: _Sheet, row: int, first: int, fill: str = "D9D9D9"):
        for offset, option in enumerate(ORDER):
            sheet.cell(row, first + offset, WORDS[option], bold=True, fill=fill)

    def options(sheet: _Sheet, row: int, first: int, grade: str, how: str):
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            if how == "marks":
                if chosen and mark:
                    sheet.cell(row, first + offset, mark, bold=True)
                else:
                    sheet.cell(row, first + offset, None, fill="A6A6A6" if chosen else None)
            elif how == "highlight":
                sheet.cell(row, first + offset, WORDS[option], fill=HIGHLIGHT if chosen else None)
            elif how == "bold":
                sheet.cell(row, first + offset, WORDS[option], bold=chosen, size=11 if chosen else 10)
            else:  # struck
                sheet.cell(row, first + offset, WORDS[option], strike=not chosen)

    def grade_cell(sheet: _Sheet, row: int, column: int, grade: str, how: str, ws):
        target = sheet.cell(row, column, grade_value(grade, how), bold=True, fill="FFF2CC")
        if how == "dropdown":
            dropdown(ws, target.coordinate, grade_choices)
        return target

    # --- the decision ----------------------------------------------------------------------
    sheet = sheet_for(first_ws)
    sheet.title(title, subtitle)
    sheet.band(rng.choice(("The step decision", "PART 1 – THE DECISION BEING AUDITED", "About the step")))
    direction = own["direction"].written
    moved = own["transfer_date"].written
    reference_label = rng.choice({
        "plain": ("Case number", "Child ID", "Ref"),
        "prefixed": ("Case ref", "LCS reference", "Social care ref"),
        "early_help": ("Early Help ref", "EHM ID", "EH number"),
    }[reference_style])
    decider = rng.choice([name for name in DECIDERS if name not in (sample.auditor, sample.practitioner)])
    if rng.random() < 0.5:
        decider = f"{decider} ({rng.choice(('Practice Manager', 'PM', 'Step Panel chair'))})"
    details: list[tuple[str, object, str | None]] = [
        (reference_label, sample.case_id, None),
        (rng.choice(("Child's name", "Child", "Name")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), *day(child.date_of_birth)),
    ]
    if show_household:
        details.append((rng.choice(("Other children in the household", "Brothers / sisters", "Siblings")),
                        household_text, None))
    details.append((rng.choice((sample.labels.get("practitioner") or "Lead professional", "Lead professional",
                                "Lead practitioner")), sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "EH team")), sample.team, None))
    if show_service:
        details.append(("Service", sample.service, None))
    details.append((rng.choice(("Date of step decision", own["transfer_date"].label, "Decision date")), *day(moved)))
    details.append((rng.choice(("Decision made by", "Step agreed by", "Decision maker")), decider, None))
    auditor_top = rng.random() < 0.5
    if auditor_top:
        auditor = sample.auditor
        if rng.random() < 0.4:
            auditor = f"{auditor} (EH Manager)"
        details.append((rng.choice(("Audited by", "Auditor", "Auditor (EHM)")), auditor, None))
        details.append((rng.choice(("Date of audit", "Audit date")), *day(sample.date)))
    if details_look == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[start:start + 2]):
                sheet.cell(sheet.row, 1 + 3 * offset, label, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, 2 + 3 * offset, value, number_format=number_format)
                sheet.merge(sheet.row, 2 + 3 * offset, 3 + 3 * offset)
            sheet.height(30)
            sheet.row += 1
    elif details_look == "strip":
        for start in range(0, len(details), 6):
            chunk = details[start:start + 6]
            for column, (label, _, _) in enumerate(chunk, start=1):
                sheet.cell(sheet.row, column, label, bold=True, fill="D9E1F2", size=9)
            for column, (_, value, number_format) in enumerate(chunk, start=1):
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
            sheet.height(30, sheet.row + 1)
            sheet.row += 2
    else:
        for label, value, number_format in details:
            sheet.pair(label, value, number_format=number_format)
    sheet.row += 1

    # Which way the case moved, and the level of need named.
    direction_label = rng.choice((own["direction"].label, "Step up or step down?", "Direction of step"))
    if direction_style in ("typed", "dropdown"):
        target = sheet.pair(direction_label, direction, bold=True)
        if direction_style == "dropdown":
            dropdown(first_ws, target.coordinate, DIRECTIONS)
    else:
        row = sheet.row
        sheet.cell(row, 1, direction_label + (" (mark one)" if direction_style == "marked" else
                                              " (delete as appropriate)"), bold=True, fill="EDEDED")
        for offset, option in enumerate(DIRECTIONS):
            column = 2 + 2 * offset
            chosen = option == direction
            if direction_style == "marked":
                sheet.cell(row, column, option)
                sheet.cell(row, column + 1, (mark or "X") if chosen else None, bold=True)
            else:
                sheet.cell(row, column, option, strike=not chosen)
                sheet.merge(row, column, column + 1)
        sheet.height(30, row)
        sheet.row += 1
    before, after = LEVELS[direction]
    if rng.random() < 0.6:
        sheet.pair(rng.choice(("Level of need before / after", "Threshold applied")), f"{before} → {after}")
    if meeting:
        sheet.pair(rng.choice(("Present at the step meeting", "Attended the transfer meeting")), meeting, height=30)
    sheet.row += 1

    # --- the questions ----------------------------------------------------------------------
    sheet = sheet_for(audit_ws)
    if audit_ws is not first_ws:
        sheet.title(title, subtitle)
    sheet.band(rng.choice(("Audit questions", "PART 2 – THE QUESTIONS", "Quality of the step")))
    if style == "number" or overall_style == "number":
        if key_sheet:
            key_ws = workbook.create_sheet("Key", 1)
            key_page = _Sheet(key_ws, font, brand)
            key_page.title("Grading key", None)
            for grade in sorted(ORDER, key=number_of):
                key_page.pair(str(number_of(grade)), WORDS[grade])
            sheet.line("Grades: enter 1–4 (see the Key sheet).", height=18, italic=True)
        else:
            sheet.line(key_text, height=18, italic=True)
    remarks = moderation.section_comments if moderation and moderation_look == "through" else {}
    remark_label = rng.choice(("HoS comment", "Head of Service remark", "HoS"))
    option_style = style in ("highlight", "bold", "struck", "marks")
    if questions_look == "grid":
        row = sheet.row
        sheet.cell(row, 1, "Question" if as_questions else "Area", bold=True, fill="D9D9D9")
        sheet.cell(row, 2, rng.choice(("Evidence", "What the record shows")), bold=True, fill="D9D9D9")
        if option_style:
            if style == "marks":
                grade_heads(sheet, row, 3)
            else:
                sheet.cell(row, 3, {"highlight": "Grade (highlight one)", "bold": "Grade (embolden one)",
                                    "struck": "Grade (strike out those that do not apply)"}[style],
                           bold=True, fill="D9D9D9")
                sheet.merge(row, 3, 6)
        else:
            sheet.merge(row, 2, 4)
            sheet.cell(row, 5, rng.choice(("Grade", "Judgement")), bold=True, fill="D9D9D9")
            sheet.cell(row, 6, remark_label if remarks else None, bold=True, fill="D9D9D9")
        row += 1
        for number, section in enumerate(sample.sections, start=1):
            text = f"Q{number}. {section.name}"
            original = next(old for old, new in names.items() if new == section.name)
            if show_prompts:
                text += "\n" + PROMPTS[original]
            sheet.cell(row, 1, text, bold=not show_prompts)
            sheet.cell(row, 2, section.comment)
            if option_style:
                options(sheet, row, 3, section.grade, style)
            else:
                sheet.merge(row, 2, 4)
                grade_cell(sheet, row, 5, section.grade, style, audit_ws)
                sheet.cell(row, 6, remarks.get(section.name), colour=ink if section.name in remarks else None)
            sheet.height(80 if show_prompts else 60, row)
            row += 1
            if option_style and section.name in remarks:
                sheet.cell(row, 1, remark_label, italic=True, colour=ink)
                sheet.cell(row, 2, remarks[section.name], colour=ink)
                sheet.merge(row, 2, 6)
                row += 1
        sheet.row = row + 1
    else:
        for number, section in enumerate(sample.sections, start=1):
            sheet.band(f"{number}. {section.name}", light=True)
            original = next(old for old, new in names.items() if new == section.name)
            if show_prompts:
                sheet.pair("Consider", PROMPTS[original], height=30, italic=True)
            sheet.pair(rng.choice(("Evidence", "Findings")), section.comment, height=45)
            row = sheet.row
            sheet.cell(row, 1, "Grade", bold=True, fill="EDEDED")
            if style == "marks":
                grade_heads(sheet, row, 2)
                row += 1
                sheet.cell(row, 1, None)
                options(sheet, row, 2, section.grade, style)
            elif option_style:
                options(sheet, row, 2, section.grade, style)
            else:
                grade_cell(sheet, row, 2, section.grade, style, audit_ws)
            sheet.row = row + 1
            if section.name in remarks:
                sheet.pair(remark_label, remarks[section.name], colour=ink)
            sheet.row += 1

    # The overall judgement.
    row = sheet.row
    if overall_style == "marks":
        grade_heads(sheet, row, 2, fill="E2EFDA")
        row += 1
    sheet.cell(row, 1, rng.choice(OVERALL_LABELS), bold=True, fill="E2EFDA")
    if overall_style in ("dropdown", "typed", "number"):
        grade_cell(sheet, row, 2, sample.grade, overall_style, audit_ws)
    else:
        options(sheet, row, 2, sample.grade, overall_style)
    sheet.height(30, row)
    sheet.row = row + 1
    if moderation and moderation_look == "through" and moderation.grade:
        text = f"HoS: {informal_grade(rng, moderation.grade)}"
        if moderation.grade == sample.grade and rng.random() < 0.5:
            text = f"HoS: agreed – {informal_grade(rng, moderation.grade)}"
        sheet.cell(sheet.row, 2, text, bold=True, colour=ink)
        sheet.merge(sheet.row, 2, 4)
        sheet.row += 1
    sheet.row += 1

    # --- the outcome ---------------------------------------------------------------------
    sheet = sheet_for(outcome_ws)
    if outcome_ws is not audit_ws:
        sheet.title(title, subtitle)
    sheet.band(rng.choice(("Findings and actions", "PART 3 – OUTCOME OF THE AUDIT", "Outcome")))
    sheet.band(rng.choice((own["family_voice"].label, "The family's views of the step",
                           "What the child and family told us")), light=True)
    sheet.line(own["family_voice"].written, height=34)
    sheet.row += 1
    well = rng.choice(("What worked well", "Strengths", "Working well"))
    better = rng.choice(("What needs to improve", "Areas for development", "Even better if"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if lists_look == "side":
        sheet.cell(sheet.row, 1, well, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 4, better, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 4, 6)
        sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.cell(sheet.row, 1, f"{bullet}{left}" if left else None)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, f"{bullet}{right}" if right else None)
            sheet.merge(sheet.row, 4, 6)
            sheet.height(32)
            sheet.row += 1
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.band(heading, light=True)
            if lists_look == "lines":
                sheet.line("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 10)
            else:
                for item in items:
                    sheet.line(f"{bullet}{item}", height=28)
    sheet.row += 1

    # The urgent question.
    question = rng.choice(("Is there an urgent safety concern for any child that needs action today?",
                           "Does any child need an immediate safeguarding response (refer to the front door today)?"))
    answer = "Yes" if sample.urgent_concern else "No"
    sheet.band(rng.choice(("Immediate safety", "Urgent safeguarding check")), light=True)
    row = sheet.row
    if urgent_style == "marks":
        sheet.cell(row, 5, "Yes", bold=True, fill="D9D9D9")
        sheet.cell(row, 6, "No", bold=True, fill="D9D9D9")
        row += 1
    sheet.cell(row, 1, question, bold=True)
    sheet.merge(row, 1, 4)
    if urgent_style == "marks":
        sheet.cell(row, 5, (mark or "X") if sample.urgent_concern else None, bold=True)
        sheet.cell(row, 6, None if sample.urgent_concern else (mark or "X"), bold=True)
    else:
        target = sheet.cell(row, 5, answer.upper() if urgent_style == "typed" and rng.random() < 0.3 else answer,
                            bold=True, fill="FFF2CC")
        sheet.merge(row, 5, 6)
        if urgent_style == "dropdown":
            dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
    sheet.height(30, row)
    sheet.row = row + 1
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what was done and who was told", "Action taken")),
                   sample.urgent_concern_detail, height=45)
    sheet.row += 1

    # Actions.
    sheet.band(rng.choice(("Actions", "Actions – what, who, by when", "ACTION PLAN")), light=True)
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=18)
    elif actions_look == "table":
        for column, text in ((1, "Action"), (5, "Who"), (6, "By when")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 4)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 6, value, number_format=number_format)
            sheet.height(32)
            sheet.row += 1
    elif actions_look == "numbered":
        for number, action in enumerate(sample.actions, start=1):
            sheet.cell(sheet.row, 1, f"Action {number}", bold=True)
            sheet.cell(sheet.row, 2, f"{action.action} Who: {action.owner}. By: {when(action.due)}.")
            sheet.merge(sheet.row, 2, 6)
            sheet.height(32)
            sheet.row += 1
    else:
        sheet.line("\n".join(f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                             for number, action in enumerate(sample.actions, start=1)),
                   height=30 * len(sample.actions) + 6)
    sheet.row += 1

    # Sign-off.
    if not auditor_top:
        sheet.band(rng.choice(("Auditor sign-off", "Sign-off")), light=True)
        name = sample.auditor
        if rng.random() < 0.5:
            name = f"{name} ({rng.choice(('Early Help Manager', 'EH Manager', 'Team Manager'))})"
        sheet.pair(rng.choice(("Audited by", "Auditor", "Completed by")), name)
        value, number_format = day(sample.date)
        sheet.pair(rng.choice(("Date", "Date of audit", "Date completed")), value, number_format=number_format)
        sheet.row += 1

    # --- moderation ----------------------------------------------------------------------
    if moderation and moderation_look == "through":
        value = when(moderation.date)
        sheet.line(f"HoS comments: {' '.join(moderation.comments)} {moderation.moderator}, Head of Service, {value}",
                   height=45, colour=ink)
    else:
        _moderation_block(rng, sheet, sample, day, ink, box_fill, moderation_look)
    return _finish(workbook, sample, title, index, others, when, household, household_text, show_household)


def _moderation_block(rng, sheet: _Sheet, sample, day, ink: str, box_fill: str, look: str) -> None:
    moderation = sample.moderation
    heading = rng.choice(("Head of Service moderation", "PART 4 – MODERATION (Head of Service to type in colour)",
                          "HoS QA"))
    if moderation is None:
        choice = rng.random()
        if choice < 0.3:
            return
        sheet.band(heading, light=True)
        note = rng.choice(AWAITING)
        if choice < 0.6 and note:
            sheet.line(note, height=18, italic=True)
            return
        for label in ("Moderated by", "Date", "Moderated grade", "Comments"):
            sheet.pair(label, None)
        return
    sheet.band(heading, light=True)
    rows: list[tuple[str, object, str | None]] = [
        (rng.choice(("Moderated by", "Head of Service", "HoS name")), moderation.moderator, None),
        ("Date moderated", *day(moderation.date)),
    ]
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        rows.append((rng.choice(("Do you agree with the auditor's judgement?", "Agree with the overall grade?")),
                     rng.choice(("Yes", "Agreed")) if agrees else rng.choice(("No", "Not agreed")), None))
        moderated = WORDS[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows.append(("Moderated grade", moderated, None))
    comments = list(moderation.comments)
    comments += [f"{name}: {text}" for name, text in moderation.section_comments.items()]
    rows.append(("Comments", "\n".join(comments), None))
    for label, value, number_format in rows:
        if look == "ink":
            sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.cell(sheet.row, 2, value, number_format=number_format, colour=ink,
                       bold=label == "Moderated grade")
        else:
            sheet.cell(sheet.row, 1, label, bold=True, fill=box_fill, border=HEAVY)
            sheet.cell(sheet.row, 2, value, number_format=number_format, fill=box_fill, border=HEAVY,
                       bold=label == "Moderated grade")
        sheet.merge(sheet.row, 2, sheet.width)
        if label == "Comments":
            sheet.height(20 * len(comments) + 20)
        sheet.row += 1


def _finish(workbook: Workbook, sample, title: str, index: int, others, when, household, household_text,
            show_household) -> HeldOutForm:
    moderation = sample.moderation
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 20))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = [when(sample.child.date_of_birth)]
    if show_household:
        also += [*(when(born) for _, born in household), household_text]
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(dict.fromkeys(others)), also=tuple(also))
