"""A team manager's case file audit kept as an Excel workbook: the child's
details and household, the areas of practice each with the evidence from
the file and a grade, the overall grade, what the record says of the
child's lived experience, strengths and areas for development, the agreed
actions, whether anything needs action today for the child's safety, the
team manager's sign-off and the Head of Service's moderation.

Source. Every council, children's trust, Health and Social Care Trust and
Crown Dependency checked in the four nations (well over two hundred names,
with `grep -ril NAME bench/heldout bench/README.md bot/samples/councils`)
is named by another family or a council layout, as are the national
bodies found describing case file audit (the Social Work Inspection
Agency's "On the record – getting it right", the Care Inspectorate, Care
Inspectorate Wales). So, as the brief allows, this family follows a
similar public body of our own choosing that was not used: the Western
Bay Safeguarding Children Board, the statutory regional safeguarding
children board for Swansea, Neath Port Talbot and Bridgend in Wales (2016
to 2019, now the West Glamorgan Safeguarding Board). What was read, as a
search excerpt only: the opening of its "Annual Report 2016/17
(1/4/2016 – 31/3/2017)" (a copy on pdfslide.us): the contents list a
foreword, an introduction, a "Summary and Evaluation of WBSCB's
effectiveness and activity", a review of the 2016/7 business plan, and the
Board's groups – Child Practice Review Management Group, Policy Procedure
Practice Management Group, Quality & Performance Management Group and
Joint Strategic Training Group. Nothing more of the report was read: it
shows no audit form and says nothing that was read about how single-agency
case audits are done or graded.

So the workbook is our own judgement of what a children's services
department answering to such a board might ask its team managers to keep,
and none of its wording is the Board's. Only two small things echo the
source: a "Quality & Performance" line in the header of some files (the
return goes to the quality and performance group) and the three-partner
region written as the council's "West" area on some. Everything else is
our judgement: one sheet, two ("Audit", "Sign-off") or four ("Details",
"Audit", "Summary", "HoS"); details as a strip of labels over values,
label rows, or two pairs to a row; plain, numeric or prefixed case
references; the child's worker and team (team left off some, service off
most); brothers and sisters in a "Brothers and sisters" or "Other
children in the household" table with dates of birth or ages, one named
in the areas for development on some; the areas of practice (named as the
tool names them, or as a council might) as one matrix (area, evidence,
grade) or stacked blocks (area band, evidence, grade); grades from an
Excel drop-down, typed informally (a note after some), a number on a
printed 1–4 key either way round, the chosen option highlighted and bold
among four cells, the other three struck through (in four cells or one),
or a mark under four grade columns; the overall grade the same way; typed
dates in one manager's way or Excel dates; a "child's lived experience"
box; strengths and areas for development side by side or one under the
other, a row an item or one cell; actions as a table, numbered lines or a
"no actions" sentence; whether the child's and family's views were sought
where the sample asks; the urgent question from a drop-down, typed or
marked under Yes / No (three files yes); the team manager's sign-off; and
the Head of Service's moderation typed in a non-red ink (with a remark
column beside the areas on some) or in black in a box of its own fill with
heavy borders, changing (4), confirming (3) or only commenting on (3) the
grade, or an empty box or an "awaiting" note. Eight of the moderations and
two of the urgent concerns are added to the drawn samples with
`dataclasses.replace` so that the month's files hold each outcome.
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
from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    ASSISTANT_DIRECTOR,
    DIRECTOR,
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
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "team_manager_case_audit_workbook"
SEED = 10052
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FRONT_LINE = (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)
ROLES = {PRACTICE_MANAGER: "Team Manager", EARLY_HELP_MANAGER: "Early Help Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Safeguarding Practice Manager", HEAD_OF_SERVICE: "Head of Service",
         ASSISTANT_DIRECTOR: "Assistant Director", DIRECTOR: "Director of Children's Services"}

# How a council might name the tools' areas of practice on its own workbook.
RENAMED = {
    "Voice of the child": "The child's voice and wishes",
    "Assessment": "Quality of assessment",
    "Planning": "Plan and planning",
    "Management oversight and supervision": "Management oversight",
    "Multi-agency working": "Partnership working",
    "Chronology and case recording": "Recording and chronology",
    "Impact and outcomes for the child": "Impact for the child",
    "Working with, not doing to": "Working with the family",
    "Respectful language": "Language used in the record",
    "Effective leadership and management oversight": "Leadership and oversight",
    "Engaging with children and families": "Engagement with the child and family",
    "History and networks": "Family history and network",
    "Assessments and plans": "Assessment and plan",
}
# The prompt under each area on the stacked layout; none names a grade.
PROMPTS = ("What does the record show?", "Evidence from the file", "Auditor's evidence and analysis")
TITLES = ("Team Manager Case File Audit", "Monthly Case Audit – Team Manager", "Case File Audit Workbook",
          "TM Case Audit Return")
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
KEY_TEXT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
OPTIONS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"),
                ("Outstanding", "Good", "Req. improvement", "Inadequate"))
MARKS = ("X", "x", "\u2713", "\u25cf", "")
MARK_FILL = "A6A6A6"
NO_ACTIONS = ("No actions needed – the current plan addresses the findings.",
              "No further actions required from this audit.",
              "No new actions; continue with the plan as agreed at the last review.")
NOT_MODERATED = ("", "Awaiting HoS moderation", "Not sampled for moderation this month.")
LIVED = (
    "{child} is described in the record as settled at school and close to their grandmother.",
    "The record gives a picture of {child}'s day: who gets them up, who takes them to school, who they talk to.",
    "{child}'s own words are recorded after each visit; they worry about the arguments at home.",
    "Little in the record tells us what life is like for {child} day to day.",
    "{child} has said they want to stay where they are living now and see their family at weekends.",
)
MODERATION_FILLS = ("E2EFDA", "DDEBF7", "EDE7F6", "FFF2CC")
EXCEL_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dd.mm.yyyy")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in drawn if sample.kind == CASE_FILE_AUDIT][:count]
    chosen = _vary(rng, chosen, today)
    plans = _plans(rng, len(chosen))
    looks = iter(("ink", "fill") * len(chosen))
    for sample, plan in zip(chosen, plans):
        if sample.moderation:
            plan["moderation"] = next(looks)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _vary(rng: random.Random, chosen: list, today: date) -> list:
    """Three concerns for a child's safety answered yes, and moderation on
    enough files that the month holds four changed grades, three confirmed
    and three comments only."""
    chosen = list(chosen)
    urgent = [index for index, sample in enumerate(chosen) if sample.urgent_concern]
    candidates = sorted((index for index, sample in enumerate(chosen) if not sample.urgent_concern),
                        key=lambda index: (-GRADES.index(chosen[index].grade), index))
    for index in candidates[:max(0, 3 - len(urgent))]:
        sample = chosen[index]
        detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
        chosen[index] = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
    have = {"changes": 0, "confirms": 0, "comments only": 0}
    for sample in chosen:
        if sample.moderation:
            outcome = ("comments only" if sample.moderation.grade is None else
                       "confirms" if sample.moderation.grade == sample.grade else "changes")
            have[outcome] += 1
    wanted = {"changes": 4, "confirms": 3, "comments only": 3}
    outcomes = [outcome for outcome in ("changes", "confirms", "comments only")
                for _ in range(max(0, wanted[outcome] - have[outcome]))]
    open_to_moderation = [index for index, sample in enumerate(chosen)
                          if sample.moderation is None and _staff(sample.auditor).role in FRONT_LINE]
    for index, outcome in zip(rng.sample(open_to_moderation, min(len(outcomes), len(open_to_moderation))), outcomes):
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
    when = sample.date + timedelta(days=rng.randint(3, 10))
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
    """Each file's layout: every option of each dimension in turn, in a
    shuffled order, so the sixteen files show them all."""

    def spread(options: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        while len(out) < total:
            block = list(options)
            rng.shuffle(block)
            out += block
        return out[:total]

    dimensions = {
        "sheets": spread(("one", "two", "four", "one")),
        "areas": spread(("matrix", "stacked")),
        "details": spread(("strip", "rows", "pairs")),
        "grading": spread(("dropdown", "typed", "key", "highlight", "strike", "columns", "strike one cell",
                           "typed")),
        "actions": spread(("table", "lines")),
        "findings": spread(("side by side", "stacked")),
        "urgent": spread(("dropdown", "typed", "marked")),
        "dates": spread(("typed", "typed", "excel")),
        "reference": spread(("digits", "prefixed", "number", "prefixed")),
        "moderation": spread(("ink", "fill")),
        "views": spread(("asked", "asked", "not asked")),
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
    """Writes one worksheet from the top down, `wide` columns across."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        self.wide = len(widths)
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

    def tall(self, row, text, per_line=60):
        text = str(text or "")
        lines = text.count("\n") + 1 + len(text) // per_line
        if lines > 1:
            self.ws.row_dimensions[row].height = 15 * lines

    def band(self, text, *, fill=None, colour="FFFFFF", last=None):
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last or self.wide)
        self.row += 1

    def line(self, text, *, last=None, **look):
        border = look.pop("border", False)
        self.put(self.row, 1, text, border=border, **look)
        self.merge(self.row, 1, last or self.wide)
        self.tall(self.row, text, 100)
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, fill="EDEDED", value_fill=None):
        self.put(self.row, 1, label, bold=True, fill=fill)
        self.put(self.row, 2, value, number_format=number_format, colour=colour, bold=bold, fill=value_fill)
        self.merge(self.row, 2, self.wide)
        self.tall(self.row, value, 70)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, plan: dict[str, str]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    box_fill = rng.choice(MODERATION_FILLS)
    when = date_writer(rng)
    number_format = rng.choice(EXCEL_FORMATS)
    excel_dates = plan["dates"] == "excel"
    grading = plan["grading"]
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2)), today)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.35
    renamed = rng.random() < 0.5
    column_heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.5
    matrix = plan["areas"] == "matrix"

    # --- the sample as this workbook shows it -------------------------------
    changes: dict = {}
    if renamed:
        changes["sections"] = tuple(Section(RENAMED.get(section.name, section.name), section.grade, section.comment)
                                    for section in sample.sections)
    if plan["reference"] == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if plan["views"] == "asked":
        if sample.feedback_sought is None:
            changes["feedback_sought"] = rng.random() < 0.7
    else:
        changes["feedback_sought"] = None
    if sample.actions and index % 6 == 4:
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    printed = {old.name: new.name for old, new in zip(sample.sections, changes.get("sections", sample.sections))}
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

    # --- the sheets -------------------------------------------------------------
    workbook = Workbook()
    title = rng.choice(TITLES)
    first = workbook.active
    if plan["sheets"] == "one":
        first.title = rng.choice(("Audit", "Case audit", "TM audit"))
        details_ws = areas_ws = summary_ws = signoff_ws = first
    elif plan["sheets"] == "two":
        first.title = rng.choice(("Audit", "1. Audit"))
        details_ws = areas_ws = summary_ws = first
        signoff_ws = workbook.create_sheet(rng.choice(("Sign-off", "2. Sign off & moderation")))
    else:
        first.title = rng.choice(("Details", "1 Details"))
        details_ws = first
        areas_ws = workbook.create_sheet(rng.choice(("Audit", "2 Areas of practice")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3 Summary & actions")))
        signoff_ws = workbook.create_sheet(rng.choice(("HoS", "4 Sign-off & HoS")))

    grade_span = 4 if grading in ("highlight", "strike", "columns") else 1
    hos_column = moderation is not None and plan["moderation"] == "ink" and matrix and rng.random() < 0.6
    remarks = dict(moderation.section_comments) if hos_column else {}
    # Matrix: No., area, evidence, grade (1 or 4 columns), [HoS remark].
    matrix_widths = [5, 26, 52] + [13 if grade_span == 4 else 22] * grade_span + ([30] if hos_column else [])
    plain_widths = [30, 22, 22, 22, 22]

    sheets: dict[str, _Sheet] = {}

    def sheet(ws) -> _Sheet:
        if ws.title not in sheets:
            widths = matrix_widths if (matrix and ws is areas_ws) else plain_widths
            sheets[ws.title] = _Sheet(ws, font, brand, tuple(widths))
            s = sheets[ws.title]
            s.line(council_line(rng) if ws is first else COUNCIL, bold=True, colour="FFFFFF", fill=brand, size=12)
            s.line(title if ws is first else f"{title} – {ws.title}", bold=True, colour=brand, size=13)
            if ws is first and rng.random() < 0.5:
                s.line(rng.choice(("Return to the Quality & Performance team by the last working day of the month.",
                                   "West area – Quality & Performance return",
                                   "Team Manager: audit one case from your team each month; HoS to moderate.")),
                       italic=True)
            s.row += 1
        return sheets[ws.title]

    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validations[key] = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validations[key])
        validations[key].add(coordinate)

    score = {grade: (position + 1 if key_best_first else 4 - position) for position, grade in enumerate(GRADES)}
    key_line = "Grading key:  " + "   ".join(f"{score[grade]} = {KEY_TEXT[grade]}"
                                              for grade in sorted(GRADES, key=lambda grade: score[grade]))

    def grade_cells(s: _Sheet, row: int, column: int, grade: str, *, note: float = 0.25) -> None:
        if grading == "dropdown":
            s.put(row, column, DROPDOWN[grade], fill="FFF2CC")
            dropdown(s.ws, f"{get_column_letter(column)}{row}", tuple(DROPDOWN[g] for g in GRADES))
        elif grading == "typed":
            s.put(row, column, informal_grade(rng, grade, note_chance=note))
        elif grading == "key":
            s.put(row, column, score[grade], fill="FFF2CC")
        elif grading == "strike one cell":
            parts: list = []
            for position, option in enumerate(GRADES):
                if position:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=None if chosen else True),
                                       OPTIONS[option]))
            s.put(row, column, CellRichText(parts))
        elif grading in ("highlight", "strike"):
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                if grading == "highlight":
                    s.put(row, column + offset, OPTIONS[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    s.put(row, column + offset, OPTIONS[option], bold=chosen, strike=not chosen)
        else:
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                s.put(row, column + offset, column_mark if chosen and column_mark else None, bold=True,
                      fill=MARK_FILL if chosen and not column_mark else None)

    def column_headings(s: _Sheet, row: int, column: int) -> None:
        for offset, text in enumerate(column_heads):
            s.put(row, column + offset, text, bold=True, fill="D9D9D9")

    def grade_word(grade: str) -> str:
        return informal_grade(rng, grade) if grading == "typed" else KEY_TEXT[grade]

    # --- details ------------------------------------------------------------------
    s = sheet(details_ws)
    reference = sample.case_id
    if plan["reference"] == "number":
        reference = int(reference)
    born_value, born_format = day(child.date_of_birth, personal=True)
    audit_value, audit_format = day(sample.date)
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
        (rng.choice(("Case ref", "Mosaic ID", "Case number", "LCS number")), reference, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
    ]
    if rng.random() < 0.4:
        details.append((rng.choice(("Parents / carers", "Lives with:")), " and ".join(child.parents), None))
    details.append((rng.choice(("Social worker", "Allocated worker", "SW")), sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Auditor (TM)", "Audited by", "Team Manager")), sample.auditor, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date audited")), audit_value, audit_format))
    s.band(rng.choice(("Case details", "1. ABOUT THE CHILD", "Child and case information")))
    if plan["details"] == "rows":
        for text, value, fmt in details:
            s.pair(text, value, number_format=fmt)
    elif plan["details"] == "pairs":
        for start in range(0, len(details), 2):
            left = details[start]
            s.put(s.row, 1, left[0], bold=True, fill="EDEDED")
            s.put(s.row, 2, left[1], number_format=left[2])
            if start + 1 < len(details):
                right = details[start + 1]
                s.put(s.row, 3, right[0], bold=True, fill="EDEDED")
                s.put(s.row, 4, right[1], number_format=right[2])
                s.merge(s.row, 4, s.wide)
            else:
                s.merge(s.row, 2, s.wide)
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        across = min(s.wide, 5)
        for start in range(0, len(details), across):
            for column, (text, value, fmt) in enumerate(details[start:start + across], start=1):
                s.put(s.row, column, text, bold=True, fill="DDEBF7")
                s.put(s.row + 1, column, value, number_format=fmt)
            s.ws.row_dimensions[s.row + 1].height = 30
            s.row += 2
    s.row += 1

    if household:
        s.band(rng.choice(("Brothers and sisters", "Other children in the household")))
        with_dates = rng.random() < 0.6
        heads = ("Name", "Date of birth" if with_dates else "Age", "Open to us?")
        for column, text in enumerate(heads, start=1):
            s.put(s.row, column, text, bold=True, fill="EDEDED")
        s.row += 1
        for name, born in household:
            s.put(s.row, 1, name)
            if with_dates:
                value, fmt = day(born, personal=True)
                s.put(s.row, 2, value, number_format=fmt)
            else:
                s.put(s.row, 2, f"{max(0, (sample.date - born).days // 365)} yrs")
            s.put(s.row, 3, rng.choice(("Yes", "No", "Yes – same SW")))
            s.row += 1
        s.row += 1

    # --- areas of practice --------------------------------------------------------
    s = sheet(areas_ws)
    s.band(rng.choice(("Areas of practice", "2. AUDIT OF PRACTICE – EVIDENCE AND GRADE", "Quality of practice")),
           last=s.wide)
    if grading == "key":
        s.line(key_line, italic=True)
    elif grading == "dropdown":
        s.line("Choose a grade from the drop-down list in each yellow cell.", italic=True)
    elif grading in ("highlight", "strike", "strike one cell"):
        s.line(rng.choice(("Highlight the grade that applies.", "Highlight the chosen grade in yellow."))
               if grading == "highlight" else "Strike through the grades that do not apply.", italic=True)
    if matrix:
        grade_col = 4
        heads = ["No.", rng.choice(("Area of practice", "Area")), rng.choice(("Evidence", "Evidence and analysis"))]
        for column, text in enumerate(heads, start=1):
            s.put(s.row, column, text, bold=True, fill="D9D9D9")
        if grading == "columns":
            column_headings(s, s.row, grade_col)
        else:
            s.put(s.row, grade_col, "Score" if grading == "key" else "Grade", bold=True, fill="D9D9D9")
            s.merge(s.row, grade_col, grade_col + grade_span - 1)
        if hos_column:
            s.put(s.row, grade_col + grade_span, rng.choice(("HoS comment", "Head of Service remarks")), bold=True,
                  fill="D9D9D9", colour=ink)
        s.row += 1
        for number, section in enumerate(sample.sections, start=1):
            s.put(s.row, 1, number, bold=True)
            s.put(s.row, 2, section.name, bold=True)
            s.put(s.row, 3, section.comment)
            grade_cells(s, s.row, grade_col, section.grade)
            if hos_column:
                old = next((o for o, n in printed.items() if n == section.name), section.name)
                s.put(s.row, grade_col + grade_span, remarks.get(old), colour=ink)
            s.tall(s.row, section.comment, 48)
            s.row += 1
        s.row += 1
        overall_label = rng.choice(("Overall grade", "OVERALL GRADE FOR THE CASE", "Overall judgement"))
        s.put(s.row, 1, None, fill="E7E6E6")
        s.put(s.row, 2, overall_label, bold=True, fill="E7E6E6")
        s.merge(s.row, 2, 3)
        grade_cells(s, s.row, grade_col, sample.grade, note=0.0)
        s.row += 2
    else:
        prompt = rng.choice(PROMPTS)
        for number, section in enumerate(sample.sections, start=1):
            s.band(f"{number}. {section.name}", fill="D9E1F2", colour="000000")
            s.pair(prompt, section.comment)
            if grading == "columns":
                s.put(s.row, 1, None, fill="EDEDED")
                column_headings(s, s.row, 2)
                s.row += 1
            s.put(s.row, 1, "Score (see key)" if grading == "key" else "Grade", bold=True, fill="EDEDED")
            grade_cells(s, s.row, 2, section.grade)
            if grade_span == 1:
                s.merge(s.row, 2, s.wide)
            s.row += 2
        s.band(rng.choice(("Overall grade", "Overall judgement for this child's case")))
        if grading == "columns":
            s.put(s.row, 1, None, fill="EDEDED")
            column_headings(s, s.row, 2)
            s.row += 1
        s.put(s.row, 1, rng.choice(("Overall grade", "Auditor's overall grade")), bold=True, fill="E7E6E6")
        grade_cells(s, s.row, 2, sample.grade, note=0.0)
        if grade_span == 1:
            s.merge(s.row, 2, s.wide)
        s.row += 2

    # --- summary --------------------------------------------------------------------
    s = sheet(summary_ws)
    s.band(rng.choice(("The child's lived experience", "What is life like for this child?")))
    lived = " ".join(phrases.fill(text, child.first_name) for text in rng.sample(LIVED, 2))
    s.line(lived, border=True)
    s.row += 1
    strengths_head = rng.choice(("Strengths", "What is working well", "Strengths in practice"))
    development_head = rng.choice(("Areas for development", "What needs to improve", "Areas for improvement"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if plan["findings"] == "side by side":
        half = 2 if s.wide >= 5 else 1
        s.put(s.row, 1, strengths_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, 1, half)
        s.put(s.row, half + 1, development_head, bold=True, colour="FFFFFF", fill=brand)
        s.merge(s.row, half + 1, s.wide)
        s.row += 1
        left = "\n".join(bullet + text for text in sample.strengths)
        right = "\n".join(bullet + text for text in sample.development_areas)
        s.put(s.row, 1, left)
        s.merge(s.row, 1, half)
        s.put(s.row, half + 1, right)
        s.merge(s.row, half + 1, s.wide)
        s.ws.row_dimensions[s.row].height = 15 * (max(len(left), len(right)) // 40 + 3)
        s.row += 2
    else:
        one_cell = rng.random() < 0.5
        for heading, items in ((strengths_head, sample.strengths), (development_head, sample.development_areas)):
            s.band(heading)
            if one_cell:
                s.line("\n".join(bullet + text for text in items), border=True)
            else:
                for text in items:
                    s.line(bullet + text, border=True)
            s.row += 1

    if sample.feedback_sought is not None:
        answer = "Yes" if sample.feedback_sought else rng.choice(("No", "No – not able to in the audit period"))
        row = s.pair(rng.choice(("Were the child's and family's views sought as part of the audit?",
                                 "Child / family views sought?")), answer)
        if answer in ("Yes", "No"):
            dropdown(s.ws, f"B{row}", ("Yes", "No"))
        s.row += 1

    s.band(rng.choice(("Actions", "Agreed actions (who, by when)", "Actions arising from the audit")))
    if not sample.actions:
        s.line(rng.choice(NO_ACTIONS), italic=True, border=True)
    elif plan["actions"] == "table":
        heads = rng.choice((("Action", "Who", "By when"), ("Action required", "Responsible", "Target date", "RAG"),
                            ("What", "By whom", "Timescale")))
        for column, text in enumerate(heads, start=1):
            s.put(s.row, column, text, bold=True, fill="DDEBF7")
        s.row += 1
        for action in sample.actions:
            due, due_format = day(action.due)
            s.put(s.row, 1, action.action)
            s.put(s.row, 2, action.owner)
            s.put(s.row, 3, due, number_format=due_format)
            if len(heads) == 4:
                s.put(s.row, 4, None)
            s.tall(s.row, action.action, 26)
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.line(f"{number}. {action.action} ({action.owner} – by {when(action.due)})", border=True)
    s.row += 1

    # --- the urgent question, sign-off and moderation ---------------------------
    s = sheet(signoff_ws)
    question = rng.choice(("Is there an immediate safeguarding concern that needs action today?",
                           "Any child in this household at risk of immediate harm? (if yes, tell the HoS today)",
                           "Urgent safety concern identified?"))
    s.band(rng.choice(("Child's safety", "IMMEDIATE SAFEGUARDING")))
    if plan["urgent"] == "marked":
        s.put(s.row, 1, None, fill="EDEDED")
        s.put(s.row, 2, "Yes", bold=True, fill="D9D9D9")
        s.put(s.row, 3, "No", bold=True, fill="D9D9D9")
        s.row += 1
        s.put(s.row, 1, question, bold=True, fill="EDEDED")
        mark = rng.choice(("X", "\u2713"))
        s.put(s.row, 2, mark if sample.urgent_concern else None, bold=True)
        s.put(s.row, 3, None if sample.urgent_concern else mark, bold=True)
        s.ws.row_dimensions[s.row].height = 30
        s.row += 1
    else:
        answer = "Yes" if sample.urgent_concern else "No"
        if plan["urgent"] == "typed":
            answer = (rng.choice(("Yes", "YES", "Yes – see below")) if sample.urgent_concern
                      else rng.choice(("No", "no", "None identified")))
        row = s.pair(question, answer, bold=sample.urgent_concern)
        if plan["urgent"] == "dropdown":
            dropdown(s.ws, f"B{row}", ("Yes", "No"))
    if sample.urgent_concern:
        s.pair(rng.choice(("If yes, details and who was told", "Details / action taken")),
               sample.urgent_concern_detail or "Raised with the Head of Service today.")
    s.row += 1

    s.band(rng.choice(("Team Manager sign-off", "Completed by")))
    s.pair("Name", sample.auditor)
    s.pair("Role", ROLES.get(_staff(sample.auditor).role, "Manager"))
    s.pair("Date", audit_value, number_format=audit_format)
    s.row += 1

    boxed = plan["moderation"] == "fill"
    colour = None if boxed or moderation is None else ink
    fill = box_fill if boxed else None
    top = s.row
    s.band(rng.choice(("Head of Service moderation", "MODERATION (HoS only)", "HoS moderation")),
           fill="404040" if boxed else None)
    comments = list(moderation.comments) if moderation else []
    if moderation and not hos_column:
        comments += [f"{printed.get(area, area)}: {text}" for area, text in moderation.section_comments.items()]
    if moderation:
        mod_value, mod_format = day(moderation.date)
        s.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, colour=colour,
               value_fill=fill)
        s.pair(rng.choice(("Date moderated", "Date")), mod_value, number_format=mod_format, colour=colour,
               value_fill=fill)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            row = s.pair(rng.choice(("Agree with the TM's overall grade?", "Grade agreed?")),
                         rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree")),
                         colour=colour, value_fill=fill)
            dropdown(s.ws, f"B{row}", ("Yes", "No", "Agree", "Disagree"))
            s.pair(rng.choice(("Moderated grade", "HoS grade")), grade_word(moderation.grade), colour=colour,
                   bold=True, value_fill=fill)
        else:
            s.pair(rng.choice(("Moderated grade", "HoS grade")), None, value_fill=fill)
        s.pair(rng.choice(("Comments", "HoS comments")), "\n".join(comments), colour=colour, value_fill=fill)
    else:
        for text in ("Moderated by", "Date moderated", "Moderated grade"):
            s.pair(text, None)
        s.pair("Comments", rng.choice(NOT_MODERATED) or None)
    if boxed and moderation:
        for row in range(top, s.row):
            for column in range(1, s.wide + 1):
                s.ws.cell(row=row, column=column).border = Border(
                    left=THICK if column == 1 else THIN, right=THICK if column == s.wide else THIN,
                    top=THICK if row == top else THIN, bottom=THICK if row == s.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))
