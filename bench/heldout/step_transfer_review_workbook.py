"""Step transfer review workbooks: an Early Help manager's review, kept as
an Excel workbook, of one transfer of a child's support across the line
between early help / family support and statutory social work – a step
up to Children's Social Care or a step down to Early Help. The manager
records the child and the transfer (reference, child, other children in
the household, lead professional, team and service, which way and when,
who came to the transfer meeting), a short checklist of what moved with
the case, five review questions about the transfer each with the findings
and a grade, an overall grade, what the child and family said, what worked
well and what needs to improve, actions with who and by when, whether any
child needs urgent action today, the reviewer's sign-off and the Head of
Service's moderation.

Modelled on what is published about children's services in Comhairle nan
Eilean Siar (the Western Isles), a Scottish council no family had used
(nearly every council in the four nations, and most children's trusts and
national bodies checked, is already named by another family, a council
layout or bench/README.md). Read as search excerpts only:

* the Care Inspectorate's news item "Report of a joint inspection of
  services for children and young people subject to compulsory supervision
  orders living at home with their parents in the Western Isles"
  (careinspectorate.com, news item 8336): inspectors from four scrutiny
  bodies found most children were receiving support to reduce risks and
  address their needs, and staff made sure children felt seen, listened to
  and understood; but the quality of children's plans was evaluated as
  adequate or below in the majority of records read, and self-evaluation,
  quality assurance and multi-agency training were under-developed;
* Children in Scotland's summary of the Social Work Inspection Agency's
  "An inspection into the care and protection of children in Eilean Siar"
  (21 October 2005): 31 recommendations, among them that when a child known
  to a council moves to another authority all the files (or copies) are
  transferred immediately and staff given time to read them, recording and
  passing on of concerns by schools, and supervision of social work staff;
* the Comhairle's news item on its Integrated Children's Services Plan
  2023–2026 (with NHS Western Isles; approved 26 November 2024).

None of these shows a form or speaks of stepping up or down, so the
workbook is our own judgement. Only these follow the sources: the checklist
of what moved with the case (chronology, the child's plan, the family and
the school told), the question on the child being seen, listened to and
understood, the question on records and the plan passed on in full, and a
question on the manager's oversight. Everything else is ours: the workbook
on one sheet, on three lettered sheets ("A – Transfer", "B – Review",
"C – Outcome") or with the moderation on a sheet of its own; the details as
label / value rows or a four-column grid; the references plain (sometimes
stored as a number), with a case system prefix or an Early Help prefix; the
team and the service shown or not; brothers and sisters with dates of birth
or ages on some files and a relative named among those at the transfer
meeting on others, a brother or sister named in the findings on some; the
direction typed, from an Excel drop-down, marked beside one of the two
printed options or with the other struck through; the checklist answered
Y / N typed or marked under Y / N / N/A columns; the five questions as a
table (one row each) or as stacked cards, worded as questions or as short
headings, with what the reviewer checks printed on some; grades typed
informally, a number on a printed 1–4 key either way round, the chosen one
highlighted or emboldened among four option cells, the other three struck
through, a mark under four grade columns or an Excel drop-down; dates
typed in the manager's spelling or kept as Excel dates; worked well /
needs to improve a row an item, one cell a line an item or side by side;
actions as a table, numbered rows, lines in one cell or a "no actions"
sentence (3); the urgent question typed, from a drop-down, marked under
Yes / No or with the other answer struck through (3 yes); the Head of
Service's moderation (4 changing, 3 confirming, 3 comments only) typed in
a non-red ink as labelled rows, in a heavy-bordered shaded box in black,
or typed through the form (a remark beside the questions read and an
"HoS:" line under the overall grade), or an empty section, an "awaiting"
note or no section.
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

FAMILY = "step_transfer_review_workbook"
SEED = 10043

# The sample's areas and the two ways this review prints them.
QUESTIONS = {
    "Decision to step up or step down": "Was the decision to transfer the right one, with the reasons recorded?",
    "Information shared at transfer": "Were the records and the child's plan passed on in full?",
    "Timeliness of transfer": "Did support carry on without a gap or delay?",
    "Continuity for the child and family": "Was the child seen, listened to and understood through the move?",
    "Management oversight": "Did a manager oversee and agree the transfer?",
}
HEADINGS = {
    "Decision to step up or step down": "Transfer decision and reasons",
    "Information shared at transfer": "Records and plan passed on",
    "Timeliness of transfer": "Timescales – no gap in support",
    "Continuity for the child and family": "Child seen, heard and understood",
    "Management oversight": "Manager's oversight of the transfer",
}
CHECKS = {
    "Decision to step up or step down": "Threshold discussion on file; decision and reasons in the case notes.",
    "Information shared at transfer": "Chronology, assessment and plan sent before the transfer; receiving worker had time "
                                      "to read them.",
    "Timeliness of transfer": "Dates of request, decision and first contact by the new worker.",
    "Continuity for the child and family": "Direct work with the child; the child's words in the record; family told why "
                                           "help was changing.",
    "Management oversight": "Manager's decision note; supervision record; transfer agreed by both services.",
}
TITLES = ("Step Up / Step Down Transfer Review", "TRANSFER REVIEW – EARLY HELP AND SOCIAL WORK",
          "Case Transfer Quality Review (Step Up / Step Down)", "Step Transfer Review")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
LONG_WORDS = dict(WORDS, **{REQUIRES_IMPROVEMENT: "Requires improvement to be good"})
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
CHECKLIST = ("Chronology passed on with the case", "Child's plan shared with the receiving worker",
             "Family told who their new worker is", "School / named person informed",
             "Handover meeting or joint visit held")
NO_ACTIONS = ("No actions – the transfer was well managed.", "No further actions required at this time.",
              "No actions arising from this review.")
AWAITING = ("Awaiting Head of Service moderation", "Not selected for moderation this month", "")
PROFESSIONALS = ("school DSL", "health visitor", "school nurse", "allocated social worker", "family support worker",
                 "youth worker")
RELATIONS = ("grandparent", "aunt", "family friend", "uncle")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="A6A6A6")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
HIGHLIGHT = "FFFF00"

GRADE_STYLES = ("typed", "number", "highlight", "bold", "struck", "marks", "dropdown")
# Moderation outcomes the review needs (4 changing, 3 confirming, 3 comments only):
# the samples carry 2 / 2 / 3, so three unmoderated files are given one.
ADDED_MODERATION = {1: "changes", 7: "confirms", 9: "changes"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    moderator = next((sample.moderation.moderator for sample in samples if sample.moderation), None)
    styles = list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1)
    rng.shuffle(styles)
    moderation_looks = ["ink", "box", "through"] * (count // 3 + 1)
    rng.shuffle(moderation_looks)
    forms = []
    for index, sample in enumerate(samples):
        if index in ADDED_MODERATION and sample.moderation is None and moderator:
            sample = replace(sample, moderation=_moderation(rng, sample, moderator, ADDED_MODERATION[index], today))
        forms.append(_form(rng, index, sample, styles[index], moderation_looks[index], today))
    return forms


def _moderation(rng: random.Random, sample, moderator: str, outcome: str, today: date) -> Moderation:
    first = sample.child.first_name
    grade = sample.grade
    if outcome == "confirms":
        moderated, pool = grade, phrases.MODERATION_AGREES
    elif grade in (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT) and (grade == OUTSTANDING or rng.random() < 0.6):
        moderated, pool = ORDER[ORDER.index(grade) + 1], phrases.MODERATION_LOWERS
    else:
        moderated, pool = ORDER[ORDER.index(grade) - 1], phrases.MODERATION_RAISES
    day = sample.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sample.sections, 2)
    return Moderation(moderator=moderator, date=min(day, today),
                      comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, 1)),
                      section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS)
                                        for section in remarked},
                      grade=moderated)


class _Sheet:
    """One worksheet written top to bottom, `width` columns wide."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.width = len(widths)
        self.row = 1
        for column, width in enumerate(widths, start=1):
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
        self.height(28)
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

    def line(self, value, *, height: int = 30, first: int = 1, **look):
        target = self.cell(self.row, first, value, **look)
        self.merge(self.row, first, self.width)
        self.height(height)
        self.row += 1
        return target

    def pair(self, label: str, value, *, number_format=None, height: int | None = None, **look):
        self.cell(self.row, 1, label, bold=True, fill="E7E6E6")
        target = self.cell(self.row, 2, value, number_format=number_format, **look)
        self.merge(self.row, 2, self.width)
        if height:
            self.height(height)
        self.row += 1
        return target


def _form(rng: random.Random, index: int, sample, style: str, moderation_look: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    shape = rng.choice(("one", "three", "three", "hos"))
    questions_look = rng.choice(("table", "table", "cards"))
    details_look = rng.choice(("pairs", "grid"))
    direction_style = rng.choice(("typed", "dropdown", "marked", "struck"))
    overall_style = style if rng.random() < 0.75 else rng.choice(("typed", "dropdown"))
    best_first = rng.random() < 0.5
    words = LONG_WORDS if rng.random() < 0.3 else WORDS
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    as_questions = rng.random() < 0.6
    show_checks = rng.random() < 0.4
    checklist = rng.random() < 0.6
    lists_look = rng.choice(("rows", "lines", "side"))
    actions_look = rng.choice(("table", "table", "numbered", "lines"))
    urgent_style = rng.choice(("typed", "dropdown", "marks", "struck"))
    child = sample.child
    own = {field.key: field for field in sample.own}

    # --- the sample as this review carries it -------------------------------------------
    names = QUESTIONS if as_questions else HEADINGS
    changes: dict = {"sections": tuple(Section(names[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    reference_style = rng.choice(("plain", "plain", "prefixed", "early_help", "early_help"))
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() < 0.75
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if index % 5 == 3:
        changes["actions"] = ()
    household = siblings(rng, child, rng.randint(1, 3), today)
    show_household = rng.random() < 0.6
    named_in_findings = show_household and rng.random() < 0.4
    if named_in_findings:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.moderation:
        changes["moderation"] = replace(sample.moderation, section_comments={
            names[old]: text for old, text in sample.moderation.section_comments.items()})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    plain_number = reference_style == "plain" and rng.random() < 0.5
    reference_value = int(sample.case_id) if plain_number else sample.case_id
    reference_label = rng.choice({
        "plain": ("Case number", "Child ID", "Ref"),
        "prefixed": ("Case ref", "Social work case ref", "LCS reference"),
        "early_help": ("Early Help ref", "EHM ID", "Family support ref"),
    }[reference_style])

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
        household_text = ", ".join(f"{name} ({age(born)})" for name, born in household)

    def number_of(grade: str) -> int:
        position = ORDER.index(grade)
        return position + 1 if best_first else 4 - position

    key_text = "Grading key: " + "   ".join(f"{number_of(grade)} = {words[grade]}"
                                           for grade in sorted(ORDER, key=number_of))
    grade_choices = tuple(words[grade] for grade in ORDER)

    # --- the workbook and its sheets ----------------------------------------------------
    workbook = Workbook()
    title = rng.choice(TITLES)
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    widths = (30, 22, 22, 22, 22, 22)
    first_ws = workbook.active
    if shape == "three":
        first_ws.title = "A – Transfer"
        review_ws = workbook.create_sheet("B – Review")
        outcome_ws = workbook.create_sheet("C – Outcome")
        hos_ws = outcome_ws
    else:
        first_ws.title = rng.choice(("Transfer review", "Review", "Step review"))
        review_ws = outcome_ws = hos_ws = first_ws
        if shape == "hos":
            hos_ws = workbook.create_sheet(rng.choice(("HoS moderation", "Moderation")))
    sheets: dict[str, _Sheet] = {}

    def sheet_for(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand, widths)
        return sheets[ws.title]

    def grade_value(grade: str, how: str):
        if how == "dropdown":
            return words[grade]
        if how == "number":
            return number_of(grade)
        return informal_grade(rng, grade, note_chance=0.2)

    def options(sheet: _Sheet, row: int, first: int, grade: str, how: str):
        """The four grades in cells `first`.. `first + 3`, the chosen one shown by `how`."""
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            if how == "marks":
                if chosen:
                    if mark:
                        sheet.cell(row, first + offset, mark, bold=True)
                    else:
                        sheet.cell(row, first + offset, None, fill="A6A6A6")
                else:
                    sheet.cell(row, first + offset, None)
            elif how == "highlight":
                sheet.cell(row, first + offset, words[option], bold=chosen, fill=HIGHLIGHT if chosen else None)
            elif how == "bold":
                sheet.cell(row, first + offset, words[option], bold=chosen, size=11 if chosen else 10)
            else:  # struck
                sheet.cell(row, first + offset, words[option], strike=not chosen, bold=chosen)

    def grade_heads(sheet: _Sheet, row: int, first: int, fill: str = "D9D9D9"):
        for offset, option in enumerate(ORDER):
            sheet.cell(row, first + offset, words[option], bold=True, fill=fill)

    def grade_cell(sheet: _Sheet, row: int, column: int, grade: str, how: str, ws):
        target = sheet.cell(row, column, grade_value(grade, how), bold=True, fill="FFF2CC")
        if how == "dropdown":
            dropdown(ws, target.coordinate, grade_choices)
        return target

    # --- A: the child and the transfer ------------------------------------------------------
    sheet = sheet_for(first_ws)
    sheet.title(title, council_line(rng))
    sheet.band(rng.choice(("A. The child and the transfer", "SECTION A – CHILD AND TRANSFER DETAILS",
                           "About the transfer")))
    moved = own["transfer_date"].written
    direction = own["direction"].written
    lead_label = rng.choice((sample.labels.get("practitioner") or "Lead professional", "Lead professional",
                             "Early Help lead professional"))
    details: list[tuple[str, object, str | None]] = [
        (reference_label, reference_value, None),
        (rng.choice(("Child's name", "Child", "Name of child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), *day(child.date_of_birth)),
    ]
    if show_household:
        details.append((rng.choice(("Other children in the household", "Brothers and sisters", "Siblings")),
                        household_text, None))
    details.append((lead_label, sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "Early Help team")), sample.team, None))
    if show_service:
        details.append(("Service", sample.service, None))
    details.append((rng.choice((own["transfer_date"].label, "Date of transfer", "Transfer date")), *day(moved)))
    reviewer_top = rng.random() < 0.5
    if reviewer_top:
        details.append((rng.choice(("Reviewed by", "Reviewer", "Auditor (EH Manager)")), sample.auditor, None))
        details.append((rng.choice(("Date of review", "Review date")), *day(sample.date)))
    if details_look == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[start:start + 2]):
                sheet.cell(sheet.row, 1 + 3 * offset, label, bold=True, fill="E7E6E6")
                sheet.cell(sheet.row, 2 + 3 * offset, value, number_format=number_format)
                sheet.merge(sheet.row, 2 + 3 * offset, 3 + 3 * offset)
            sheet.height(30)
            sheet.row += 1
    else:
        for label, value, number_format in details:
            sheet.pair(label, value, number_format=number_format, height=30 if label != reference_label else None)
    # Which way the case moved.
    direction_label = rng.choice((own["direction"].label, "Step up or step down?", "Direction of transfer"))
    if direction_style in ("typed", "dropdown"):
        target = sheet.pair(direction_label, direction)
        if direction_style == "dropdown":
            dropdown(first_ws, target.coordinate, DIRECTIONS)
    else:
        sheet.cell(sheet.row, 1, direction_label, bold=True, fill="E7E6E6")
        for offset, option in enumerate(DIRECTIONS):
            chosen = option == direction
            if direction_style == "struck":
                sheet.cell(sheet.row, 2 + 2 * offset, option, strike=not chosen)
                sheet.merge(sheet.row, 2 + 2 * offset, 3 + 2 * offset)
            else:
                sheet.cell(sheet.row, 2 + 2 * offset, option)
                sheet.cell(sheet.row, 3 + 2 * offset, (mark or "X") if chosen else None, bold=True)
        sheet.height(30)
        sheet.row += 1
        if direction_style == "marked":
            sheet.line(rng.choice(("Mark one", "Put an X beside the direction")), height=15, italic=True,
                       border=None, first=2)
    if meeting:
        sheet.pair(rng.choice(("Transfer meeting attended by", "Who came to the handover meeting")), meeting,
                   height=30)
    sheet.row += 1

    if checklist:
        sheet.band(rng.choice(("What moved with the case", "Transfer checklist")), light=True)
        typed = rng.random() < 0.5
        if not typed:
            for column, text in ((4, "Y"), (5, "N"), (6, "N/A")):
                sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
            sheet.row += 1
        for item in CHECKLIST:
            answer = rng.choices(("Y", "N", "N/A"), weights=(6, 3, 1))[0]
            sheet.cell(sheet.row, 1, item)
            sheet.merge(sheet.row, 1, 3)
            if typed:
                sheet.cell(sheet.row, 4, {"Y": rng.choice(("Y", "Yes")), "N": rng.choice(("N", "No")),
                                          "N/A": "N/A"}[answer], bold=True)
            else:
                for column, option in ((4, "Y"), (5, "N"), (6, "N/A")):
                    sheet.cell(sheet.row, column, (mark or "X") if option == answer else None, bold=True)
            sheet.row += 1
        sheet.row += 1

    # --- B: the review questions -------------------------------------------------------------
    sheet = sheet_for(review_ws)
    if review_ws is not first_ws:
        sheet.title(title, None)
    sheet.band(rng.choice(("B. Review of the transfer", "SECTION B – REVIEW QUESTIONS", "The review")))
    if "number" in (style, overall_style):
        sheet.line(key_text, height=18, italic=True, border=None)
    remarks = dict(moderation.section_comments) if moderation and moderation_look == "through" else {}
    hos_initials = "".join(part[0] for part in moderation.moderator.split()) if moderation else ""
    remark_label = rng.choice(("HoS comment", f"HoS ({hos_initials})", "Head of Service remark"))
    option_style = style in ("highlight", "bold", "struck", "marks")
    if questions_look == "table":
        row = sheet.row
        sheet.cell(row, 1, "Question" if as_questions else "Area", bold=True, fill="D9D9D9")
        if option_style:
            sheet.cell(row, 2, rng.choice(("Findings", "What the file shows")), bold=True, fill="D9D9D9")
            if style == "marks":
                grade_heads(sheet, row, 3)
            else:
                sheet.cell(row, 3, {"highlight": "Grade (highlight one)", "bold": "Grade (bold one)",
                                    "struck": "Grade (delete as appropriate)"}[style], bold=True, fill="D9D9D9")
                sheet.merge(row, 3, 6)
        else:
            sheet.cell(row, 2, rng.choice(("Findings", "What the file shows")), bold=True, fill="D9D9D9")
            sheet.merge(row, 2, 4)
            sheet.cell(row, 5, rng.choice(("Grade", "Judgement")), bold=True, fill="D9D9D9")
            sheet.cell(row, 6, remark_label if remarks else None, bold=True, fill="D9D9D9")
        row += 1
        for number, section in enumerate(sample.sections, start=1):
            label = f"{number}. {section.name}"
            if show_checks:
                label += "\n" + CHECKS[_original(names, section.name)]
            sheet.cell(row, 1, label, bold=not show_checks)
            sheet.cell(row, 2, section.comment)
            if option_style:
                options(sheet, row, 3, section.grade, style)
            else:
                sheet.merge(row, 2, 4)
                grade_cell(sheet, row, 5, section.grade, style, review_ws)
                sheet.cell(row, 6, remarks.get(section.name), colour=ink if section.name in remarks else None)
            sheet.height(75 if show_checks else 60, row)
            row += 1
            if option_style and section.name in remarks:
                sheet.cell(row, 1, remark_label, italic=True, colour=ink)
                sheet.cell(row, 2, remarks[section.name], colour=ink)
                sheet.merge(row, 2, 6)
                row += 1
        sheet.row = row + 1
    else:
        for number, section in enumerate(sample.sections, start=1):
            sheet.band(f"Q{number}  {section.name}" if as_questions else f"{number}. {section.name}", light=True)
            if show_checks:
                sheet.pair(rng.choice(("What to look for", "Reviewer checks")), CHECKS[_original(names, section.name)],
                           height=30, italic=True)
            sheet.pair(rng.choice(("Findings", "Evidence")), section.comment, height=45)
            row = sheet.row
            sheet.cell(row, 1, "Grade", bold=True, fill="E7E6E6")
            if style == "marks":
                grade_heads(sheet, row, 2)
                row += 1
                sheet.cell(row, 1, None)
                options(sheet, row, 2, section.grade, style)
            elif option_style:
                options(sheet, row, 2, section.grade, style)
            else:
                grade_cell(sheet, row, 2, section.grade, style, review_ws)
            sheet.row = row + 1
            if section.name in remarks:
                sheet.pair(remark_label, remarks[section.name], colour=ink)
            sheet.row += 1

    # The overall grade.
    overall_label = rng.choice(("Overall grade for the transfer", "Overall judgement", "OVERALL GRADE"))
    row = sheet.row
    if overall_style == "marks":
        grade_heads(sheet, row, 2, fill="E2EFDA")
        row += 1
    sheet.cell(row, 1, overall_label, bold=True, fill="E2EFDA")
    if overall_style in ("dropdown", "typed", "number"):
        grade_cell(sheet, row, 2, sample.grade, overall_style, review_ws)
    else:
        options(sheet, row, 2, sample.grade, overall_style)
    sheet.height(30, row)
    sheet.row = row + 1
    if moderation and moderation_look == "through" and moderation.grade:
        agrees = moderation.grade == sample.grade
        text = f"HoS: {informal_grade(rng, moderation.grade)}"
        if agrees and rng.random() < 0.5:
            text = f"HoS: agreed – {informal_grade(rng, moderation.grade)}"
        sheet.cell(sheet.row, 1, None)
        sheet.cell(sheet.row, 2, text, bold=True, colour=ink)
        sheet.merge(sheet.row, 2, 4)
        sheet.row += 1
    sheet.row += 1

    # --- C: outcome ---------------------------------------------------------------------------
    sheet = sheet_for(outcome_ws)
    if outcome_ws is not review_ws:
        sheet.title(title, None)
    sheet.band(rng.choice(("C. Outcome of the review", "SECTION C – FINDINGS AND ACTIONS", "Outcome")))
    sheet.band(rng.choice((own["family_voice"].label, "The child's and family's views",
                           "What the child and family told us")), light=True)
    sheet.line(own["family_voice"].written, height=34)
    sheet.row += 1
    well = rng.choice(("What worked well", "Strengths of the transfer", "Working well"))
    better = rng.choice(("What needs to improve", "Areas for development", "Could be better"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if lists_look == "side":
        half = sheet.width // 2
        sheet.cell(sheet.row, 1, well, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, half)
        sheet.cell(sheet.row, half + 1, better, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, half + 1, sheet.width)
        sheet.row += 1
        for left, right in _zip_longest(sample.strengths, sample.development_areas):
            sheet.cell(sheet.row, 1, f"{bullet}{left}" if left else None)
            sheet.merge(sheet.row, 1, half)
            sheet.cell(sheet.row, half + 1, f"{bullet}{right}" if right else None)
            sheet.merge(sheet.row, half + 1, sheet.width)
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
                           "Does any child in this family need an immediate safeguarding response?"))
    answer = "Yes" if sample.urgent_concern else "No"
    sheet.band(rng.choice(("Urgent safety check", "Immediate safeguarding")), light=True)
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
    elif urgent_style == "struck":
        sheet.cell(row, 5, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        sheet.cell(row, 6, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    else:
        target = sheet.cell(row, 5, answer.upper() if rng.random() < 0.3 else answer, bold=True, fill="FFF2CC")
        sheet.merge(row, 5, 6)
        if urgent_style == "dropdown":
            target.value = answer
            dropdown(outcome_ws, target.coordinate, ("Yes", "No"))
    sheet.height(30, row)
    sheet.row = row + 1
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what action was taken and who was told", "Action taken")),
                   sample.urgent_concern_detail, height=45)
    elif rng.random() < 0.5:
        sheet.pair("If yes, what action was taken", None)
    sheet.row += 1

    # Actions.
    sheet.band(rng.choice(("Actions", "Actions – what, who and by when", "ACTION PLAN")), light=True)
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
            sheet.cell(sheet.row, 2, f"{action.action} Lead: {action.owner}. By {when(action.due)}.")
            sheet.merge(sheet.row, 2, sheet.width)
            sheet.height(32)
            sheet.row += 1
    else:
        sheet.line("\n".join(f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                             for number, action in enumerate(sample.actions, start=1)),
                   height=30 * len(sample.actions) + 6)
    sheet.row += 1

    # Sign-off.
    if not reviewer_top:
        sheet.band(rng.choice(("Sign-off", "Reviewer sign-off")), light=True)
        name = sample.auditor
        if rng.random() < 0.5:
            name = f"{name} ({rng.choice(('Early Help Manager', 'EH Manager', 'Team Manager'))})"
        sheet.pair(rng.choice(("Reviewed by", "Reviewer", "Completed by")), name)
        value, number_format = day(sample.date)
        sheet.pair(rng.choice(("Date", "Date completed", "Date of review")), value, number_format=number_format)
        sheet.row += 1

    # --- moderation -----------------------------------------------------------------------------
    if moderation and moderation_look == "through":
        # The remarks and the grade were typed through the form; a signed note closes it.
        sheet = sheet_for(outcome_ws)
        note = " ".join(moderation.comments)
        value, number_format = day(moderation.date)
        if number_format:
            value = when(moderation.date)
        sheet.line(f"HoS comments: {note} {moderation.moderator}, Head of Service, {value}", height=45,
                   colour=ink)
        if hos_ws is not outcome_ws:  # the template's moderation sheet, pointing back to the form
            sheet = sheet_for(hos_ws)
            sheet.title(title, "Head of Service moderation")
            sheet.line("Moderated – HoS comments typed through the review in colour.", height=18, colour=ink)
    else:
        sheet = sheet_for(hos_ws)
        if hos_ws is not outcome_ws:
            sheet.title(title, rng.choice(("Head of Service moderation", "HoS quality assurance")))
        _moderation_block(rng, sheet, sample, day, words, ink, moderation_look if moderation_look != "through"
                          else "ink")
    return _finish(workbook, sample, title, index, others, when, household, household_text, show_household)


def _original(names: dict, printed: str) -> str:
    return next(old for old, new in names.items() if new == printed)


def _zip_longest(left, right):
    for position in range(max(len(left), len(right))):
        yield (left[position] if position < len(left) else None, right[position] if position < len(right) else None)


def _moderation_block(rng, sheet: _Sheet, sample, day, words, ink: str, look: str) -> None:
    moderation = sample.moderation
    heading = rng.choice(("Head of Service moderation", "D. Moderation (Head of Service – please type in colour)",
                          "HoS MODERATION"))
    if moderation is None:
        note = rng.choice(AWAITING)
        choice = rng.random()
        if choice < 0.3:
            return  # no section at all
        sheet.band(heading, light=True)
        if choice < 0.6 and note:
            sheet.line(note, height=18, italic=True)
            return
        for label in ("Moderated by", "Date", "Moderated grade", "Comments"):
            sheet.pair(label, None)
        return
    sheet.band(heading, light=True)
    rows: list[tuple[str, object, str | None]] = [
        (rng.choice(("Moderated by", "Head of Service", "Name (HoS)")), moderation.moderator, None),
        ("Date moderated", *day(moderation.date)),
    ]
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        rows.append((rng.choice(("Do you agree with the overall grade?", "Agree with reviewer's grade?")),
                     rng.choice(("Yes", "Agreed")) if agrees else rng.choice(("No", "Not agreed")), None))
        moderated = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows.append(("Moderated grade", moderated, None))
    comments = list(moderation.comments)
    if look == "box" and moderation.section_comments:
        comments += [f"{name}: {text}" for name, text in moderation.section_comments.items()]
    rows.append(("Comments", "\n".join(comments), None))
    for label, value, number_format in rows:
        if look == "ink":
            sheet.cell(sheet.row, 1, label, bold=True, fill="E7E6E6")
            sheet.cell(sheet.row, 2, value, number_format=number_format, colour=ink,
                       bold=label == "Moderated grade")
        else:
            sheet.cell(sheet.row, 1, label, bold=True, fill="D9D9D9", border=HEAVY)
            sheet.cell(sheet.row, 2, value, number_format=number_format, fill="F2F2F2", border=HEAVY,
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
    workbook.properties.created = datetime.combine(sample.date, time(9, 40))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 50))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = [when(sample.child.date_of_birth)]
    if show_household:
        also += [*(when(born) for _, born in household), household_text]
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(dict.fromkeys(others)), also=tuple(also))
