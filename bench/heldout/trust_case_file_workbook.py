"""A team manager's case file audit (an Early Help audit for Early Help
cases) kept as an Excel workbook by an invented children's services trust,
"Northmoor Children's Trust", which runs children's social care for the
council: a front sheet with the child, the case, the household and the
level of need; the trust's practice standards, each with (on most files)
what the trust expects to see, the evidence from the file and a grade (a tab for each
standard, one "Practice standards" sheet of cards, or one table); the
overall judgement; what is working well and what needs to change; what the
child and family told us and whether their views were sought; the agreed
actions; whether anything needs action today for the child's safety; the
auditor's sign-off and the Head of Service's moderation.

Every body the brief named is already used by another family or a tuning
form (Birmingham, Sandwell and Northamptonshire Children's Trusts, Slough
Children First, Together for Children Sunderland, Achieving for Children,
Torbay), as are the other English trusts and companies checked (Doncaster,
Bradford, Worcestershire Children First, Brighter Futures for Children)
and the Southern and South Eastern Health and Social Care Trusts. So this
family follows a trust of our own choosing that runs children's social
services and was not used yet: the Belfast Health and Social Care Trust,
with the Northern Ireland assessment framework its social workers use.
What was read (search excerpts, openings only):

- Belfast Trust, "Briefing paper for the Committee for Health, Social
  Services and Public Safety on the proposed Safeguarding Board Northern
  Ireland (SBNI)" (archive.niassembly.gov.uk/health/2007mandate/
  Submissions/bhsct.htm): the trust serves about 335,000 people, about
  75,200 of them children; at 30/09/09 its Family and Child Care Service
  was delivering services to 4,604 children referred or assessed as in
  need under Articles 17 and 18 of the Children (Northern Ireland) Order
  1995 (source: its Corporate Parenting Report), and 615 children were on
  its child protection register; "The Belfast Way" document gives the
  overarching framework and principles for delivering its children's
  services;
- Official Report (Hansard), Committee for Health, Social Services and
  Public Safety, 23 September 2010, "Safeguarding Board Bill: Evidence
  Session with the Belfast Health and Social Care Trust and the Southern
  Health and Social Care Trust" (archive.niassembly.gov.uk/record/
  committees2010/HSSPS/100923_SBNI_a.htm): the Belfast Trust's witnesses
  were its co-director of family and childcare, its co-director of social
  work and social care governance and its co-director of governance,
  patient safety and performance;
- "The UNOCINI Assessment Framework" (childcarepartnerships.hscni.net):
  Understanding the Needs of Children in Northern Ireland supports
  assessment and planning; a UNOCINI Initial Assessment follows a referral
  to social services and may lead to a UNOCINI Pathway Assessment; three
  assessment areas (the child's needs, the parents' or carers' capacity to
  meet them, wider family and environmental factors), each in four
  domains;
- the UNOCINI "Thresholds of Need Model" (a copy on studylib.net; its
  contents and introduction): a four levels of need model, used to
  describe children's needs and identify the services that fit them.

None of them shows an audit form or workbook, so the workbook is our own
judgement of what a trust of that kind could ask its team managers to keep
for their monthly audits, and none of its wording is theirs. Only three
ideas come from the pages: the "Family and Child Care" service line under
the trust's name, a "level of need" on the front sheet after the four
levels of the thresholds model, and an assessment standard named after the
UNOCINI assessment on some files. Everything else is our judgement: one
sheet, three ("Case details", "Practice standards", "Summary & sign-off")
or a front sheet, a tab for each standard ("S1", "Std 2" ...), "Findings"
and "Sign-off"; details as label / value rows, two pairs to a row, or a
strip of headings over one row of values; the standards named as the tool
names them or as the trust might ("Hearing the child"), laid out as cards
(number and name in a band, what we expect, the evidence, the grade) or as
one table; grades from a drop-down (its list sometimes on a hidden sheet),
typed informally, a number on a printed key (1 as the best or the worst),
the chosen option highlighted or emboldened among the four with the
others struck through (in four cells or one), or a mark under four grade
columns; the overall judgement on the front sheet "at a glance" or with
the sign-off; a household table naming brothers and sisters; dates typed
in one manager's way or kept as Excel dates; plain, numeric or prefixed
references; actions as a table, numbered lines or a "no actions"
sentence; three files with a concern for the child's safety answered yes;
and the Head of Service's moderation typed in a colour that is not red (as
rows, with remarks beside the standards on some files) or in a
heavy-bordered box, confirming (2), changing (3) or only commenting on (1)
the judgement; three of the six moderations and two of the urgent concerns
are added to the drawn samples with `dataclasses.replace`, so that the
month's files hold each outcome.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, Moderation, Section, phrases
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
)
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
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "trust_case_file_workbook"
SEED = 10016
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
TRUST = "Northmoor Children's Trust"
TRUST_LINES = (f"{TRUST} – Family and Child Care Service", f"{TRUST.upper()} | Family & Child Care",
               f"{TRUST} (children's social care for {COUNCIL})")

# How the trust names the tools' areas of practice (its "practice
# standards"), with what it expects to see. None of the lines names a grade.
STANDARDS = {
    "Voice of the child": ("Hearing the child",
                           "The child is seen, and seen alone where right; their words and wishes shape the plan."),
    "Assessment": ("UNOCINI assessment",
                   "The assessment covers the child's needs, the parents' capacity and the wider family, with analysis."),
    "Planning": ("Care and protection planning",
                 "The plan says what must change, who will do what and by when, and is reviewed on time."),
    "Management oversight and supervision": ("Supervision and management oversight",
                                             "Decisions are recorded with reasons; supervision gives direction."),
    "Multi-agency working": ("Working with partner agencies",
                             "Partners contribute to the assessment and plan; information is shared promptly."),
    "Chronology and case recording": ("Recording and chronology",
                                      "The chronology is current and the record is written so the child could read it."),
    "Impact and outcomes for the child": ("Difference made for the child",
                                          "It is clear what has changed for the child because of our involvement."),
    "Working with, not doing to": ("Working with the family",
                                   "The family are partners in the work; decisions are made with them."),
    "Respectful language": ("Language and recording",
                            "Recording is respectful, plain and free of jargon."),
    "Effective leadership and management oversight": ("Management oversight and direction",
                                                      "Managers give clear, recorded direction with timescales."),
    "Engaging with children and families": ("Engagement with the child and family",
                                            "The child and family understand why we are involved and help shape the plan."),
    "History and networks": ("Family history and network",
                             "The family's history is understood and the wider network is known and used."),
    "Assessments and plans": ("Assessment and plan",
                              "The plan follows from the assessment and addresses the worries it found."),
    "Early Help Assessment": ("Family support assessment",
                              "The assessment is holistic, written with the family and signed by them."),
    "Team Around the Family plan": ("Family support plan",
                                    "Actions are owned, timed and reviewed at family meetings."),
    "Engagement with the family": ("Engagement with the family",
                                   "The family have agreed to the support and say what they want from it."),
    "Management oversight": ("Manager oversight",
                             "Oversight is recorded at allocation, review and closure."),
}
TITLES = {
    CASE_FILE_AUDIT: ("Case File Audit Workbook", "Family and Child Care – Case File Audit",
                      "Monthly Case File Audit (Team Manager)"),
    EARLY_HELP_AUDIT: ("Early Help Case File Audit Workbook", "Early Help – Family Support Case Audit",
                       "Monthly Early Help Case Audit"),
}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
KEY_TEXT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
OPTIONS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"),
                ("Outstanding", "Good", "RI", "Inadequate"))
MARKS = ("X", "x", "\u2713", "\u25cf", "")
MARK_FILL = "A6A6A6"
NO_ACTIONS = ("No actions arising – the plan already covers what the audit found.",
              "No further actions required from this audit.", "None – continue with the current plan.")
NOT_MODERATED = ("", "", "Not selected for moderation this month.", "Not moderated")
VIEWS = (
    "{child} said they like their social worker and would rather visits were after school.",
    "{child} told the worker that things feel calmer at home since the last meeting.",
    "Mum said the plan is clearer now and she knows who to ring if things get worse.",
    "Dad said he was not invited to the last review and would like to be involved.",
    "{child} wants to see their grandparents more often.",
)
LEVELS = ("Level 2 – vulnerable", "Level 3 – complex needs", "Level 4 – child protection / looked after")
EXCEL_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dd.mm.yyyy")
ROLES = {PRACTICE_MANAGER: "Team Manager", EARLY_HELP_MANAGER: "Early Help Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Safeguarding Practice Manager", HEAD_OF_SERVICE: "Head of Service"}
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in drawn if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    chosen = _vary(rng, chosen, today)
    plans = _plans(rng, len(chosen))
    # The moderated files show the two ways of recording moderation in turn.
    looks = iter(("rows", "box") * len(chosen))
    # So do the files graded by showing the four options: highlighted, the
    # others struck through, or all four in one cell.
    option_looks = iter(("one cell", "highlight", "strike") * len(chosen))
    for sample, plan in zip(chosen, plans):
        if sample.moderation:
            plan["moderation"] = next(looks)
        plan["option_look"] = next(option_looks) if plan["grading"] == "options" else ""
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _vary(rng: random.Random, chosen: list, today: date) -> list:
    """Give the sixteen files what a month's real returns hold that the draw
    may lack: three concerns for a child's safety answered yes, and the
    Head of Service's moderation on three more files (one confirming, one
    changing the grade, one with comments only)."""
    chosen = list(chosen)
    urgent = [index for index, sample in enumerate(chosen) if sample.urgent_concern]
    # The weakest files first: an urgent concern goes with a poor grade.
    candidates = sorted((index for index, sample in enumerate(chosen) if not sample.urgent_concern),
                        key=lambda index: (-GRADES.index(chosen[index].grade), index))
    for index in candidates[:max(0, 3 - len(urgent))]:
        sample = chosen[index]
        detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
        chosen[index] = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
    open_to_moderation = [index for index, sample in enumerate(chosen)
                          if sample.moderation is None and _staff(sample.auditor).role in ROLES
                          and _staff(sample.auditor).role != HEAD_OF_SERVICE
                          and head_of_service_over(_staff(sample.auditor)) is not None]
    for index, outcome in zip(rng.sample(open_to_moderation, min(3, len(open_to_moderation))),
                              ("confirms", "changes", "comments only")):
        chosen[index] = replace(chosen[index], moderation=_moderation(rng, chosen[index], outcome, today))
    return chosen


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    """A Head of Service's moderation of `sample` with the given outcome, in
    the sample builder's words."""
    moderator = head_of_service_over(_staff(sample.auditor))
    first_name = sample.child.first_name
    grade = sample.grade
    moderated: str | None = grade
    comments = phrases.MODERATION_AGREES
    if outcome == "changes":
        if grade == INADEQUATE or (grade != OUTSTANDING and rng.random() < 0.4):
            moderated, comments = GRADES[GRADES.index(grade) - 1], phrases.MODERATION_RAISES
        else:
            moderated, comments = GRADES[GRADES.index(grade) + 1], phrases.MODERATION_LOWERS
    elif outcome == "comments only":
        moderated, comments = None, phrases.MODERATION_REMARKS
    when = sample.date + timedelta(days=rng.randint(3, 9))
    while when.weekday() >= 5:
        when += timedelta(days=1)
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(
        moderator=moderator.name,
        date=max(sample.date, min(when, today)),
        comments=tuple(phrases.fill(text, first_name) for text in rng.sample(comments, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=moderated,
    )


def _plans(rng: random.Random, total: int) -> list[dict[str, str]]:
    """Each file's layout: every option of each dimension used in turn, in a
    shuffled order, so that sixteen files show them all."""

    def spread(options: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        while len(out) < total:
            block = list(options)
            rng.shuffle(block)
            out += block
        return out[:total]

    dimensions = {
        "sheets": spread(("tabs", "three", "one", "tabs")),
        "standards": spread(("cards", "table")),
        "details": spread(("rows", "pairs", "strip")),
        "grading": spread(("dropdown", "typed", "key", "options", "columns")),
        "overall": spread(("glance", "signoff")),
        "actions": spread(("table", "lines")),
        "moderation": spread(("rows", "box")),
        "dates": spread(("typed", "typed", "excel")),
        "urgent": spread(("front", "end")),
        "views": spread(("asked", "asked", "asked", "not asked")),
    }
    return [{name: values[index] for name, values in dimensions.items()} for index in range(total)]


def _excel_text(value: date, number_format: str) -> str:
    """What Excel shows for a date kept under one of `EXCEL_FORMATS`."""
    if number_format == "dd/mm/yyyy":
        return f"{value.day:02}/{value.month:02}/{value.year}"
    if number_format == "d mmmm yyyy":
        return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"
    if number_format == "dd.mm.yyyy":
        return f"{value.day:02}.{value.month:02}.{value.year}"
    return f"{value.day:02}-{_MONTHS[value.month - 1][:3]}-{value.year % 100:02}"


class _Sheet:
    """Writes one worksheet from the top down."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, strike=False):
        target = self.ws.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = GRID
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last, *, fill=None, colour="FFFFFF"):
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, last, **look):
        border = look.pop("border", False)
        self.put(self.row, 1, text, border=border, **look)
        self.merge(self.row, 1, last)
        if len(str(text)) > 90 or "\n" in str(text):
            lines = str(text).count("\n") + 1 + len(str(text)) // 90
            self.ws.row_dimensions[self.row].height = 15 * lines
        self.row += 1

    def pair(self, label, value, last, *, number_format=None, colour=None, bold=False, fill="E7E6E6"):
        self.put(self.row, 1, label, bold=True, fill=fill)
        self.put(self.row, 2, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 2, last)
        text = str(value or "")
        if len(text) > 60 or "\n" in text:
            self.ws.row_dimensions[self.row].height = 15 * (text.count("\n") + 1 + len(text) // 60)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, plan: dict[str, str]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    number_format = rng.choice(EXCEL_FORMATS)
    excel_dates = plan["dates"] == "excel"
    grading = plan["grading"]
    early_help = sample.kind == EARLY_HELP_AUDIT
    renamed = rng.random() < 0.6
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2)), today)
    show_service = early_help or rng.random() < 0.5
    option_look = plan["option_look"]
    column_heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.6
    hidden_lists = rng.random() < 0.5
    font = rng.choice(("Arial", "Calibri", "Tahoma"))

    # --- the sample as this workbook shows it -------------------------------
    changes: dict = {}
    if renamed:
        changes["sections"] = tuple(Section(STANDARDS[section.name][0] if section.name in STANDARDS else section.name,
                                            section.grade, section.comment) for section in sample.sections)
    reference_style = rng.choice(("digits", "number", "prefixed", "prefixed"))
    if reference_style == "prefixed":
        changes["case_id"] = (early_help_reference if early_help else case_reference)(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    if plan["views"] == "asked":
        if sample.feedback_sought is None:
            changes["feedback_sought"] = rng.random() < 0.7
    else:
        changes["feedback_sought"] = None
    if sample.actions and index % 7 == 3:
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    original = {new.name: old.name for new, old in zip(changes.get("sections", sample.sections), sample.sections)}
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    also: list[str] = [when(child.date_of_birth)]

    def day(value: date, *, personal: bool = False):
        """A date as this file keeps it: (cell value, number format)."""
        if excel_dates:
            if personal:
                also.append(_excel_text(value, number_format))
            return datetime.combine(value, time()), number_format
        if personal:
            also.append(when(value))
        return when(value), None

    # --- the workbook's sheets ------------------------------------------------
    workbook = Workbook()
    title = rng.choice(TITLES[sample.kind])
    first = workbook.active
    layout = plan["sheets"]
    standard_tabs: list = []
    if layout == "one":
        first.title = rng.choice(("Case audit", "Audit"))
        front_ws = standards_ws = findings_ws = signoff_ws = first
    elif layout == "three":
        first.title = rng.choice(("Case details", "1. Case"))
        front_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Practice standards", "2. Standards")))
        findings_ws = signoff_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "3. Summary")))
    else:
        first.title = rng.choice(("Front sheet", "Case"))
        front_ws = first
        tab_name = rng.choice(("S{}", "Std {}", "Standard {}"))
        standard_tabs = [workbook.create_sheet(tab_name.format(number))
                         for number in range(1, len(sample.sections) + 1)]
        standards_ws = None
        findings_ws = workbook.create_sheet(rng.choice(("Findings", "Findings & actions")))
        signoff_ws = workbook.create_sheet(rng.choice(("Sign-off", "Sign off & moderation")))
    cards = layout == "tabs" or plan["standards"] == "cards"
    remark_inline = moderation is not None and plan["moderation"] == "rows" and rng.random() < 0.7
    overall_at_front = plan["overall"] == "glance"
    overall_written = overall_at_front

    grade_span = 4 if grading == "columns" or (grading == "options" and option_look != "one cell") else 1
    # Cards: a label column then four content columns. Table: No, standard,
    # [what we expect], evidence, the grade (1 or 4 columns), [HoS remark].
    expect_column = rng.random() < 0.6
    table_columns = ["no", "standard"] + (["expect"] if expect_column else []) + ["evidence"]
    table_grade_col = len(table_columns) + 1
    table_hos_col = table_grade_col + grade_span if remark_inline and not cards else None
    table_last = table_grade_col + grade_span - 1 + (1 if table_hos_col else 0)
    wide = 5

    sheets: dict[str, _Sheet] = {}

    def sheet(ws) -> _Sheet:
        if ws.title not in sheets:
            if ws is standards_ws and not cards:
                widths = [6, 28] + ([34] if expect_column else []) + [50] + [13 if grade_span == 4 else 24] * grade_span
                if table_hos_col:
                    widths.append(30)
            else:
                widths = [30, 24, 24, 24, 24, 16, 16]
            sheets[ws.title] = _Sheet(ws, font, brand, tuple(widths))
        return sheets[ws.title]

    lists_ws = None
    validations: dict = {}
    list_ranges: dict = {}  # a list of choices kept once on the hidden sheet

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_ws
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                if choices not in list_ranges:
                    column = len(list_ranges) + 1
                    for offset, choice in enumerate(choices, start=1):
                        lists_ws.cell(row=offset, column=column, value=choice)
                    letter = get_column_letter(column)
                    list_ranges[choices] = f"Lists!${letter}$1:${letter}${len(choices)}"
                formula = list_ranges[choices]
            else:
                formula = '"' + ",".join(choices) + '"'
            validations[key] = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validations[key])
        validations[key].add(coordinate)

    score = {grade: (position + 1 if key_best_first else 4 - position) for position, grade in enumerate(GRADES)}
    key_line = "Key:  " + "   ".join(f"{score[grade]} = {KEY_TEXT[grade]}"
                                      for grade in sorted(GRADES, key=lambda grade: score[grade]))

    def grade_cells(s: _Sheet, row: int, column: int, grade: str, *, note: float = 0.2) -> None:
        """Write `grade` from `column` on, as this file grades."""
        if grading == "dropdown":
            s.put(row, column, DROPDOWN[grade], fill="FFF2CC")
            dropdown(s.ws, f"{get_column_letter(column)}{row}", tuple(DROPDOWN[g] for g in GRADES))
        elif grading == "typed":
            s.put(row, column, informal_grade(rng, grade, note_chance=note))
        elif grading == "key":
            s.put(row, column, score[grade], fill="FFF2CC")
            dropdown(s.ws, f"{get_column_letter(column)}{row}", ("1", "2", "3", "4"))
        elif grading == "options" and option_look == "one cell":
            parts: list = []
            for position, option in enumerate(GRADES):
                if position:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=None if chosen else True),
                                       OPTIONS[option]))
            s.put(row, column, CellRichText(parts))
        elif grading == "options":
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                if option_look == "highlight":
                    s.put(row, column + offset, OPTIONS[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    s.put(row, column + offset, OPTIONS[option], bold=chosen, strike=not chosen)
        else:
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                s.put(row, column + offset, column_mark if chosen and column_mark else None, bold=True,
                      fill=MARK_FILL if chosen and not column_mark else None)

    def column_headings(s: _Sheet, row: int, column: int, *, fill="D9D9D9") -> None:
        for offset, text in enumerate(column_heads):
            s.put(row, column + offset, text, bold=True, fill=fill)

    def grade_word(grade: str) -> str:
        return informal_grade(rng, grade) if grading == "typed" else KEY_TEXT[grade]

    keyed: set[str] = set()

    def key_rows(s: _Sheet, last: int) -> None:
        """The printed key, once on each sheet that has scores."""
        if grading == "key" and s.ws.title not in keyed:
            s.line(key_line, last, italic=True)
            keyed.add(s.ws.title)

    remarks = dict(moderation.section_comments) if remark_inline else {}

    def remark_for(section: Section) -> str | None:
        return remarks.get(original.get(section.name, section.name)) or remarks.get(section.name)

    # --- front sheet: the child and the case ----------------------------------
    s = sheet(front_ws)
    s.line(rng.choice(TRUST_LINES), wide, bold=True, colour="FFFFFF", fill=brand, size=12)
    s.line(title, wide, bold=True, colour=brand, size=14)
    s.line(rng.choice((
        "Team Manager to complete for one child each month. Read the last six months of the record first.",
        "OFFICIAL – SENSITIVE once completed. Grade every practice standard and give your evidence.",
        "Any concern for a child's safety found during the audit goes to the Head of Service the same day.",
    )), wide, italic=True)
    s.row += 1
    reference = sample.case_id
    if reference_style == "number":
        reference = int(reference)
    born_value, born_format = day(child.date_of_birth, personal=True)
    audit_value, audit_format = day(sample.date)
    if early_help:
        status = rng.choice(("Family support (Early Help)", "Early Help – family support plan", "Early Help"))
        worker_label = rng.choice(("Family support worker", "Key worker", "Lead practitioner"))
        ref_label = rng.choice(("Early Help ref", "EH number", "Family ref"))
        level = "Level 2 – vulnerable"
    else:
        care_leaver = (sample.date - child.date_of_birth).days >= 16 * 365
        status = {"Care Leavers Team": "Leaving and aftercare" if care_leaver else "Looked after child",
                  "Children in Care Team": "Looked after child",
                  "Children with Disabilities Team": "Child in need (disability)"}.get(
            sample.team, rng.choice(("Child in need", "Child protection plan", "Child in need")))
        worker_label = rng.choice(("Social worker", "Allocated social worker", "Keyworker (SW)"))
        ref_label = rng.choice(("Case number", "Client ID", "Child's ID"))
        level = LEVELS[2] if status in ("Child protection plan", "Looked after child") else LEVELS[1]
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name, None),
        (ref_label, reference, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
    ]
    if rng.random() < 0.5:
        details.append((rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents), None))
    if rng.random() < 0.3:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    details.append((rng.choice(("Status", "Legal status / plan")), status, None))
    if rng.random() < 0.6:
        details.append((rng.choice(("Level of need", "Level of need (thresholds model)")), level, None))
    details.append((worker_label, sample.practitioner, None))
    details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Auditor", "Audited by", "Auditing manager")), sample.auditor, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date completed")), audit_value, audit_format))
    s.band(rng.choice(("About the child and the case", "1. CASE DETAILS", "Case information")), wide)
    if plan["details"] == "rows":
        for text, value, fmt in details:
            s.pair(text, value, wide, number_format=fmt)
    elif plan["details"] == "pairs":
        for start in range(0, len(details), 2):
            left = details[start]
            s.put(s.row, 1, left[0], bold=True, fill="E7E6E6")
            s.put(s.row, 2, left[1], number_format=left[2])
            if start + 1 < len(details):
                right = details[start + 1]
                s.put(s.row, 3, right[0], bold=True, fill="E7E6E6")
                s.put(s.row, 4, right[1], number_format=right[2])
                s.merge(s.row, 4, wide)
            else:
                s.merge(s.row, 2, wide)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for start in range(0, len(details), wide):
            chunk = details[start:start + wide]
            for column, (text, value, fmt) in enumerate(chunk, start=1):
                s.put(s.row, column, text, bold=True, fill="DDEBF7")
                s.put(s.row + 1, column, value, number_format=fmt, fill="FFF2CC")
            s.ws.row_dimensions[s.row + 1].height = 30
            s.row += 2
    s.row += 1

    # Brothers and sisters.
    if household:
        s.band(rng.choice(("Household", "Other children in the household", "Brothers and sisters")), wide)
        with_dates = rng.random() < 0.6
        heads = ("Name", "Date of birth" if with_dates else "Relationship", "Also open to the Trust?")
        for column, text in enumerate(heads, start=1):
            s.put(s.row, column, text, bold=True, fill="E7E6E6")
        s.row += 1
        for name, born in household:
            s.put(s.row, 1, name)
            if with_dates:
                value, fmt = day(born, personal=True)
                s.put(s.row, 2, value, number_format=fmt)
            else:
                s.put(s.row, 2, rng.choice(("Sibling", "Half-sibling", "Brother / sister")))
            s.put(s.row, 3, rng.choice(("Yes", "No", "Yes – same worker")))
            s.row += 1
        s.row += 1

    def urgent_block(target: _Sheet, last: int) -> None:
        target.band(rng.choice(("Safety today", "Immediate safeguarding", "URGENT – CHILD'S SAFETY")), last)
        answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
        row = target.pair(rng.choice((
            "Did the audit find anything needing action today for the child's safety?",
            "Is any child in this family at risk of immediate harm? (if yes, tell the Head of Service today)",
            "Immediate safeguarding concern identified?")), answer, last, bold=sample.urgent_concern)
        if answer in ("Yes", "No"):
            dropdown(target.ws, f"B{row}", ("Yes", "No"))
        if sample.urgent_concern:
            target.pair(rng.choice(("If yes – what, and who was told", "Details and action taken")),
                        sample.urgent_concern_detail or "Raised with the Head of Service today.", last)
        target.row += 1

    if plan["urgent"] == "front":
        urgent_block(s, wide)

    def overall_block(target: _Sheet, last: int) -> None:
        label = rng.choice(("Overall judgement", "OVERALL GRADE FOR THIS CHILD'S CASE", "Auditor's overall judgement"))
        key_rows(target, last)
        if grade_span == 4:
            if grading == "columns":
                target.put(target.row, 1, None, fill="D9D9D9")
                column_headings(target, target.row, 2)
                target.row += 1
            target.put(target.row, 1, label, bold=True, fill="E7E6E6")
            grade_cells(target, target.row, 2, sample.grade, note=0.0)
        else:
            target.put(target.row, 1, label, bold=True, fill="E7E6E6")
            grade_cells(target, target.row, 2, sample.grade, note=0.0)
            target.merge(target.row, 2, last)
        target.ws.row_dimensions[target.row].height = 22
        target.row += 2

    if overall_at_front:
        s.band(rng.choice(("Audit at a glance", "Summary judgement")), wide)
        overall_block(s, wide)

    # --- the practice standards -------------------------------------------------
    # A template's labels are the same on every card.
    card_labels = {"number": rng.choice(("{}", "Standard {}", "S{}")),
                   "expect": rng.choice(("What we expect to see", "The standard")),
                   "evidence": rng.choice(("Evidence from the file", "What the record shows")),
                   "grade": "Score (see key)" if grading == "key" else rng.choice(("Grade", "Judgement")),
                   "hos": rng.choice(("HoS comment", "Head of Service moderation"))}

    def card(target: _Sheet, number: int, section: Section) -> None:
        old = original.get(section.name, section.name)
        expect = STANDARDS.get(old, (section.name, "What does the record show?"))[1]
        shown = card_labels["number"].format(number)
        target.put(target.row, 1, int(shown) if shown.isdigit() else shown, bold=True, colour="FFFFFF", fill=brand)
        target.put(target.row, 2, section.name, bold=True, colour="FFFFFF", fill=brand, size=11)
        target.merge(target.row, 2, wide)
        target.row += 1
        target.put(target.row, 1, card_labels["expect"], bold=True, fill="F2F2F2")
        target.put(target.row, 2, expect, italic=True, colour="595959")
        target.merge(target.row, 2, wide)
        target.ws.row_dimensions[target.row].height = 30
        target.row += 1
        target.put(target.row, 1, card_labels["evidence"], bold=True, fill="F2F2F2")
        target.put(target.row, 2, section.comment)
        target.merge(target.row, 2, wide)
        target.ws.row_dimensions[target.row].height = 15 * (len(section.comment) // 70 + 2)
        target.row += 1
        grade_label = card_labels["grade"]
        if grading == "columns":
            target.put(target.row, 1, grade_label, bold=True, fill="F2F2F2")
            column_headings(target, target.row, 2)
            target.row += 1
            target.put(target.row, 1, None, fill="F2F2F2")
        else:
            target.put(target.row, 1, grade_label, bold=True, fill="F2F2F2")
        grade_cells(target, target.row, 2, section.grade)
        if grade_span == 1:
            target.merge(target.row, 2, wide)
        target.row += 1
        remark = remark_for(section)
        if remark:
            target.put(target.row, 1, card_labels["hos"], bold=True, colour=ink, fill="F2F2F2")
            target.put(target.row, 2, remark, colour=ink)
            target.merge(target.row, 2, wide)
            target.row += 1
        target.row += 1

    standards_heading = rng.choice(("Practice standards", "2. PRACTICE STANDARDS – EVIDENCE AND GRADE",
                                    "How well are we meeting our practice standards?"))
    if standard_tabs:
        for number, (ws, section) in enumerate(zip(standard_tabs, sample.sections), start=1):
            t = sheet(ws)
            t.line(f"{TRUST} – {title}", wide, bold=True, colour=brand, size=11)
            t.line(f"Practice standard {number} of {len(sample.sections)}", wide, italic=True)
            key_rows(t, wide)
            t.row += 1
            card(t, number, section)
    else:
        s = sheet(standards_ws)
        if standards_ws is not front_ws:
            s.line(title, table_last if not cards else wide, bold=True, colour=brand, size=12)
            s.row += 1
        last = wide if cards else table_last
        s.band(standards_heading, last)
        key_rows(s, last)
        if cards:
            for number, section in enumerate(sample.sections, start=1):
                card(s, number, section)
        else:
            heads = {"no": "No.", "standard": rng.choice(("Practice standard", "Standard")),
                     "expect": "What we expect to see", "evidence": rng.choice(("Evidence from the file", "Findings"))}
            for column, name in enumerate(table_columns, start=1):
                s.put(s.row, column, heads[name], bold=True, fill="D9D9D9")
            if grading == "columns":
                column_headings(s, s.row, table_grade_col)
            else:
                s.put(s.row, table_grade_col, "Score (see key)" if grading == "key" else "Grade", bold=True,
                      fill="D9D9D9")
                s.merge(s.row, table_grade_col, table_grade_col + grade_span - 1)
            if table_hos_col:
                s.put(s.row, table_hos_col, rng.choice(("HoS comment", "Head of Service moderation")), bold=True,
                      fill="D9D9D9")
            s.row += 1
            for number, section in enumerate(sample.sections, start=1):
                old = original.get(section.name, section.name)
                s.put(s.row, 1, number, bold=True)
                s.put(s.row, 2, section.name, bold=True)
                if expect_column:
                    s.put(s.row, 3, STANDARDS.get(old, (section.name, "What does the record show?"))[1],
                          italic=True, colour="595959")
                s.put(s.row, len(table_columns), section.comment)
                grade_cells(s, s.row, table_grade_col, section.grade)
                if table_hos_col:
                    s.put(s.row, table_hos_col, remark_for(section), colour=ink)
                s.ws.row_dimensions[s.row].height = 15 * (len(section.comment) // 45 + 2)
                s.row += 1
            s.row += 1
            if not overall_at_front:
                # The overall judgement closes the table.
                s.put(s.row, 1, None, fill="E7E6E6")
                s.put(s.row, 2, rng.choice(("Overall judgement", "OVERALL GRADE")), bold=True, fill="E7E6E6")
                s.merge(s.row, 2, len(table_columns))
                grade_cells(s, s.row, table_grade_col, sample.grade, note=0.0)
                s.row += 2
                overall_written = True

    # --- findings -----------------------------------------------------------------
    s = sheet(findings_ws)
    if findings_ws is not front_ws and findings_ws is not standards_ws:
        s.line(title, wide, bold=True, colour=brand, size=12)
        s.row += 1
    bullets = rng.choice(("one cell", "rows"))
    mark = rng.choice(("\u2022 ", "- ", ""))

    def listing(heading: str, items: tuple[str, ...]) -> None:
        s.band(heading, wide)
        if bullets == "rows":
            for text in items:
                s.line(mark + text, wide, border=True)
        else:
            s.line("\n".join(mark + item for item in items), wide, border=True)
        s.row += 1

    listing(rng.choice(("What is working well", "Strengths", "Strengths in practice")), sample.strengths)
    listing(rng.choice(("What needs to change", "Areas for development", "What we are worried about in the practice")),
            sample.development_areas)
    if sample.feedback_sought is not None:
        s.band(rng.choice(("The child's and family's views", "What the child and family told us")), wide)
        answer = "Yes" if sample.feedback_sought else rng.choice(("No", "No – not possible in the audit period"))
        row = s.pair(rng.choice(("Were the child's and family's views sought as part of this audit?",
                                 "Has the auditor asked the child / family for their views?")), answer, wide)
        if answer in ("Yes", "No"):
            dropdown(s.ws, f"B{row}", ("Yes", "No"))
        if sample.feedback_sought:
            said = [phrases.fill(text, child.first_name) for text in rng.sample(VIEWS, 2)]
            s.pair(rng.choice(("What they said", "Summary of views")), " ".join(said), wide)
        s.row += 1
    s.band(rng.choice(("Agreed actions", "Actions (by who, by when)", "Actions arising from the audit")), wide)
    if not sample.actions:
        s.line(rng.choice(NO_ACTIONS), wide, italic=True, border=True)
    elif plan["actions"] == "table":
        heads_row = rng.choice((("Action", "By whom", "By when", "Done?"), ("Agreed action", "Lead", "Target date"),
                                ("Action required", "Responsible", "Timescale", "Progress / RAG")))
        for column, text in enumerate(heads_row, start=1):
            s.put(s.row, column, text, bold=True, fill="DDEBF7")
        s.row += 1
        for action in sample.actions:
            due, due_format = day(action.due)
            s.put(s.row, 1, action.action)
            s.put(s.row, 2, action.owner)
            s.put(s.row, 3, due, number_format=due_format)
            if len(heads_row) == 4:
                s.put(s.row, 4, None)
            s.ws.row_dimensions[s.row].height = 15 * (len(action.action) // 28 + 1)
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}", wide, border=True)
    s.row += 1

    # --- sign-off and moderation ---------------------------------------------------
    s = sheet(signoff_ws)
    if signoff_ws is not findings_ws:
        s.line(title + " – sign-off", wide, bold=True, colour=brand, size=12)
        s.row += 1
    if plan["urgent"] == "end":
        urgent_block(s, wide)
    if not overall_written:
        s.band(rng.choice(("Overall judgement", "Auditor's judgement")), wide)
        overall_block(s, wide)
    s.band(rng.choice(("Auditor sign-off", "Completed by")), wide)
    s.pair("Name", sample.auditor, wide)
    s.pair("Role", ROLES.get(_staff(sample.auditor).role, "Manager"), wide)
    s.pair("Date", audit_value, wide, number_format=audit_format)
    s.row += 1

    moderated_text = ""
    if moderation and moderation.grade:
        moderated_text = grade_word(moderation.grade)
    comments = list(moderation.comments) if moderation else []
    if moderation and not remark_inline:
        # Remarks on single standards follow the comments, under the names printed.
        printed = {old: new for new, old in original.items()}
        comments += [f"{printed.get(area, area)}: {text}" for area, text in moderation.section_comments.items()]
    boxed = plan["moderation"] == "box"
    colour = ink if moderation else None
    top = s.row
    s.band(rng.choice(("Head of Service moderation", "MODERATION (Head of Service only)", "HoS moderation")), wide,
           fill="404040" if boxed else None)
    fill = "F2F2F2" if boxed else "E7E6E6"
    if moderation:
        mod_value, mod_format = day(moderation.date)
        s.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, wide, colour=colour, fill=fill)
        s.pair(rng.choice(("Date moderated", "Date")), mod_value, wide, number_format=mod_format, colour=colour,
               fill=fill)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            row = s.pair("Do you agree with the auditor's overall judgement?",
                         rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree")), wide,
                         colour=colour, fill=fill)
            dropdown(s.ws, f"B{row}", ("Yes", "No", "Agree", "Disagree"))
            s.pair(rng.choice(("Moderated judgement", "HoS judgement")), moderated_text, wide, colour=colour,
                   bold=True, fill=fill)
        else:
            s.pair(rng.choice(("Moderated judgement", "HoS judgement")), None, wide, fill=fill)
        s.pair(rng.choice(("Comments", "Moderation comments")), "\n".join(comments), wide, colour=colour, fill=fill)
    else:
        for text in ("Moderated by", "Date moderated", "Moderated judgement"):
            s.pair(text, None, wide, fill=fill)
        s.pair("Comments", rng.choice(NOT_MODERATED) or None, wide, fill=fill)
    if boxed:
        for row in range(top, s.row):
            for column in range(1, wide + 1):
                s.ws.cell(row=row, column=column).border = Border(
                    left=THICK if column == 1 else THIN, right=THICK if column == wide else THIN,
                    top=THICK if row == top else THIN, bottom=THICK if row == s.row - 1 else THIN)

    workbook.properties.creator = TRUST
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 40))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 55))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))
