"""Step transition trackers: an Early Help manager's audit of one family's
move across the threshold between Early Help and children's social care (a
step up to social care or a step down to Early Help), kept as an Excel
workbook, one move to a workbook. The manager records the family's
reference, the child and the other children, the lead professional, the
direction and date of the move, five checkpoints of the move each with
what the council looks for, the evidence and a grade, an overall grade,
what worked well and what needs to improve, what the family said about
the move, whether any child is unsafe today, actions with who and by
when, and the Head of Service's moderation.

Modelled on what Ofsted and its fellow inspectorates publish about the
interface between early help and children's social care (no council
publishes this tracker; no family had used these publications):

* Ofsted, the CQC and HMICFRS, "The multi-agency response to children and
  families who need help" (gov.uk research and analysis, 7 November 2023):
  findings of five joint targeted area inspections (December 2022 – March
  2023) whose primary focus was targeted early help, also looking at
  children in need "so that we understood the interface with statutory
  services"; there is no statutory framework for early help and practice
  was the most varied the inspectorates had seen in a JTAI theme. Community
  Care's account of the report (7 November 2023) adds what it found at the
  threshold: cases where families should have been stepped up from early
  help to statutory social care earlier than they were, variation between
  areas in where that threshold lay, and some early help staff given overly
  complex cases, with lead professionals lacking the skills and experience
  to provide robust oversight.
* Ofsted's guidance for those inspections, "Joint targeted area inspection
  of the multi-agency response to children and families who need help"
  (gov.uk, 7 October 2022): the focus is targeted early help with "the
  interface and thresholds between early help and children in need", to
  evaluate whether children and families get the right help at the right
  time.
* Ofsted's thematic inspection "Early help: whose responsibility?" (March
  2015, reference 150012; read in a copy on a document-sharing site), its
  key findings: management oversight of early
  help often underdeveloped; when children were referred to social care the
  need for early help was often not considered or followed through, which
  led to further referrals; feedback on referrals neither sought nor
  offered; agencies not evaluating the impact of their early help.

None of these shows a form, so the workbook is our own judgement: the five
checkpoints follow those findings (the threshold decision and its reasons;
the information and plan handed over; timeliness, with no drift either side
of the step; the family and the referrer kept informed; the lead
professional's capacity and management oversight), and the layout is a
"tracker". What varies: the checkpoints as columns of one grid (what we
look for, evidence, grade and any Head of Service remark down each
column), as rows, or as the grade cells of a one-line tracker row with the
evidence on a second sheet; one sheet, three sheets, or the moderation on
a sheet of its own, sometimes with a hidden "Lists" sheet behind the
drop-downs; details in a label column, as strips of labels over values or
as "Label: value" lines; a transition timeline (request, threshold
decision, the step, first contact by the new worker) on some files; the
direction typed, from a drop-down, ticked among two printed options or
with the other struck through; the family's reference plain (sometimes
stored as a number), with a case system prefix or an Early Help prefix;
the team and the service shown or not; brothers and sisters named with
dates of birth or ages, and on some files a relative named among those at
the handover meeting or a brother or sister named in the findings; grades
from a drop-down, typed informally, a number on a printed 1–4 key either
way round, the chosen word highlighted or emboldened among the four, the
other three struck through, or a mark under four grade rows or columns;
dates typed in the manager's own spelling or kept as Excel dates; actions
as a table, numbered lines or a "no actions" sentence; the Head of Service
moderating in a colour of their own or in a shaded box, changing,
confirming or only commenting, or not moderating.
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

from bot.samples import COUNCIL, Section
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

FAMILY = "step_transition_tracker"
SEED = 10004

# The sample's areas and the checkpoints this tracker prints instead.
CHECKPOINTS = {
    "Decision to step up or step down": "Threshold decision and the reasons for it",
    "Information shared at transfer": "Information and plan handed over",
    "Timeliness of transfer": "Timeliness – no drift either side of the step",
    "Continuity for the child and family": "Family and referrer kept informed",
    "Management oversight": "Lead professional capacity and management oversight",
}
LOOK_FOR = {
    "Threshold decision and the reasons for it":
        "Was the step made at the right time and at the right level of need, with the reasons recorded?",
    "Information and plan handed over":
        "Did the assessment, chronology and plan go to the receiving service before the move?",
    "Timeliness – no drift either side of the step":
        "Was there delay before the step, or a gap in help after it?",
    "Family and referrer kept informed":
        "Did the family know why help was changing and who their new worker is? Was the referrer told?",
    "Lead professional capacity and management oversight":
        "Did a manager agree the step, and does the lead have the skills and time for this level of need?",
}
TITLES = ("Step Up / Step Down Transition Tracker", "TRANSITIONS TRACKER – EARLY HELP AND SOCIAL CARE",
          "Step Transition Quality Tracker", "Threshold Transitions – Audit Tracker")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
LONG_WORDS = dict(WORDS, **{REQUIRES_IMPROVEMENT: "Requires improvement to be good"})
MARK_FILLS = {OUTSTANDING: "9BC2E6", GOOD: "A9D08E", REQUIRES_IMPROVEMENT: "FFD966", INADEQUATE: "F4B084"}
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
NO_ACTIONS = ("No actions arising – the step was well managed.", "No actions from this audit.",
              "Nil – no further actions needed.")
NOT_MODERATED = ("Not moderated", "Not selected for moderation this month", "")
PROFESSIONALS = ("school DSL", "health visitor", "school nurse", "allocated social worker", "family hub worker",
                 "Early Help lead professional", "CAMHS practitioner")
RELATIONS = ("grandparent", "family friend", "relative", "extended family")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="A6A6A6")
THICK = Side(style="medium", color="404040")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")

# Each file's main layout and grade style, spread so every one is used.
MODES = ("columns",) * 7 + ("rows",) * 5 + ("ledger",) * 4
GRID_STYLES = ("dropdown", "typed", "number", "highlight", "bold", "struck", "marks")
LEDGER_STYLES = ("dropdown", "typed", "number")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    modes = [MODES[index % len(MODES)] for index in range(count)]
    rng.shuffle(modes)
    grid_styles = list(GRID_STYLES) * (count // len(GRID_STYLES) + 1)
    ledger_styles = list(LEDGER_STYLES) * (count // len(LEDGER_STYLES) + 1)
    rng.shuffle(grid_styles)
    rng.shuffle(ledger_styles)
    forms = []
    for index, (sample, mode) in enumerate(zip(samples, modes)):
        style = ledger_styles.pop() if mode == "ledger" else grid_styles.pop()
        forms.append(_form(rng, index, sample, mode, style, today))
    return forms


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

    def title(self, text: str, sub: str | None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=None)
        self.merge(self.row, 1, self.width)
        self.ws.row_dimensions[self.row].height = 26
        self.row += 1
        if sub:
            self.cell(self.row, 1, sub, italic=True, border=None)
            self.merge(self.row, 1, self.width)
            self.row += 1
        self.row += 1

    def band(self, text: str, fill: str | None = None):
        self.cell(self.row, 1, text, bold=True, colour="000000" if fill else "FFFFFF", fill=fill or self.brand,
                  size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, value, *, height: int = 30, **look):
        self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, self.width)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label: str, value, *, number_format=None, height: int | None = None, **look):
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        self.cell(self.row, 2, value, number_format=number_format, **look)
        self.merge(self.row, 2, self.width)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, mode: str, style: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    details_style = "ledger" if mode == "ledger" else rng.choice(("column", "strip", "inline"))
    if details_style == "inline":
        excel_dates = False
    direction_style = rng.choice(("typed", "dropdown") if mode == "ledger" else
                                 ("typed", "dropdown", "boxes", "struck"))
    if direction_style == "struck" and details_style != "column":
        direction_style = "boxes"
    overall_style = style if rng.random() < 0.75 else rng.choice(("typed", "dropdown"))
    best_first = rng.random() < 0.5  # on a number key: 1 = Outstanding, or 1 = Inadequate
    words = LONG_WORDS if rng.random() < 0.3 else WORDS
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    layout = "one" if mode == "ledger" else rng.choice(("one", "three", "hos"))
    hidden_lists = rng.random() < 0.4
    moderation_look = rng.choice(("ink", "ink", "box"))
    actions_look = rng.choice(("table", "table", "lines"))
    timeline = mode != "ledger" and rng.random() < 0.6
    together = rng.random() < 0.5  # strengths and development areas in one cell each
    child = sample.child
    household = siblings(rng, child, rng.randint(1, 3), today)
    own = {field.key: field for field in sample.own}

    # --- the sample as this tracker carries it ----------------------------------
    changes: dict = {"sections": tuple(Section(CHECKPOINTS[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    reference_style = rng.choice(("plain", "plain", "prefixed", "early_help", "early_help"))
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
    if index % 5 == 2:
        changes["actions"] = ()
    named_in_findings = rng.random() < 0.35
    if named_in_findings:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.moderation:
        changes["moderation"] = replace(sample.moderation, section_comments={
            CHECKPOINTS[old]: text for old, text in sample.moderation.section_comments.items()})
    sample = replace(sample, **changes)
    plain_number = reference_style == "plain" and rng.random() < 0.5
    reference_value = int(sample.case_id) if plain_number else sample.case_id

    meeting = None
    others = [name for name, _ in household]
    if rng.random() < 0.45:
        parent_firsts = {parent.split()[0] for parent in child.parents}
        first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in parent_firsts])
        relative = f"{first} {child.surname}"
        others.append(relative)
        meeting = ", ".join((rng.choice(("Parent", "Mum", "Both parents")), f"{relative} ({rng.choice(RELATIONS)})",
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
        household_text = ", ".join(f"{name} (age {age(born)})" for name, born in household)

    moved = own["transfer_date"].written
    direction = own["direction"].written
    transfer_label = rng.choice((own["transfer_date"].label, "Date of step up / step down", "Date of the step"))
    direction_label = rng.choice((own["direction"].label, "Step up or step down?", "Direction of the move"))
    lead_label = rng.choice((sample.labels.get("practitioner") or "Lead professional", "Lead professional",
                             "Early Help lead professional"))
    reference_label = {
        "plain": ("Case number", "Child ID", "Mosaic number"),
        "prefixed": ("Case ref", "Child's case reference", "LCS reference"),
        "early_help": ("Early Help ref", "EHM ID", "Family ref (EH)"),
    }[reference_style]

    # --- the workbook and its sheets --------------------------------------------
    workbook = Workbook()
    title = rng.choice(TITLES)
    validations: dict = {}
    listed: dict[tuple[str, ...], str] = {}  # choices -> their column on the hidden "Lists" sheet

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]):
        key = (ws.title, choices)
        if key not in validations:
            formula = '"' + ",".join(choices) + '"'
            if hidden_lists:
                if "Lists" not in workbook.sheetnames:
                    workbook.create_sheet("Lists").sheet_state = "hidden"
                if choices not in listed:
                    listed[choices] = get_column_letter(len(listed) + 1)
                    for number, choice in enumerate(choices, start=1):
                        workbook["Lists"][f"{listed[choices]}{number}"] = choice
                letter = listed[choices]
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    grade_choices = tuple(words[grade] for grade in ORDER)

    def number_of(grade: str) -> int:
        position = ORDER.index(grade)
        return position + 1 if best_first else 4 - position

    key_text = "Key: " + ", ".join(f"{number_of(grade)} = {words[grade]}"
                                   for grade in sorted(ORDER, key=number_of))

    if mode == "ledger":
        data = _ledger(rng, workbook, sample, style, overall_style, title, brand, ink, font, words, number_of,
                       key_text, grade_choices, dropdown, day, when, household_text, direction, direction_style,
                       transfer_label, lead_label, reference_label, reference_value, meeting, actions_look,
                       together, moderation_look, show_team, show_service)
    else:
        data = _grid(rng, workbook, sample, mode, style, overall_style, layout, title, brand, ink, font, words,
                     number_of, key_text, grade_choices, dropdown, day, when, household_text, direction,
                     direction_style, direction_label, transfer_label, lead_label, reference_label,
                     reference_value, meeting, actions_look, together, moderation_look, show_team, show_service,
                     details_style, timeline, mark, moved)
    also = (when(child.date_of_birth), *(when(born) for _, born in household), household_text)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(others), also=also)


def _weekday_before(day: date) -> date:
    """`day`, or the Friday before it when it falls at a weekend."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _grade_value(rng: random.Random, grade: str, style: str, words, number_of):
    """A grade in one cell: the drop-down word, as typed, or its number."""
    if style == "dropdown":
        return words[grade]
    if style == "number":
        return number_of(grade)
    return informal_grade(rng, grade, note_chance=0.2)


def _moderation_rows(rng, sample, day, words) -> list[tuple[str, object, str | None]]:
    moderation = sample.moderation
    rows: list[tuple[str, object, str | None]] = [
        (rng.choice(("Moderated by", "Head of Service", "Name (HoS)")), moderation.moderator, None),
        ("Date moderated", *day(moderation.date)),
    ]
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        rows.append((rng.choice(("Do you agree with the overall grade?", "Agree with auditor's grade?")),
                     rng.choice(("Yes", "Agreed")) if agrees else rng.choice(("No", "Not agreed")), None))
        moderated = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows.append(("Moderated grade", moderated, None))
    rows.append(("Comments", "\n".join(moderation.comments), None))
    return rows


def _finish(workbook: Workbook, sample, title: str) -> bytes:
    moderation = sample.moderation
    if "Lists" in workbook.sheetnames:  # the hidden list sheet sits behind the others
        workbook.move_sheet("Lists", offset=len(workbook.sheetnames) - 1 - workbook.sheetnames.index("Lists"))
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def _grid(rng, workbook, sample, mode, style, overall_style, layout, title, brand, ink, font, words, number_of,
          key_text, grade_choices, dropdown, day, when, household_text, direction, direction_style,
          direction_label, transfer_label, lead_label, reference_label, reference_value, meeting, actions_look,
          together, moderation_look, show_team, show_service, details_style, timeline, mark, moved) -> bytes:
    child = sample.child
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    widths = (26, 30, 30, 30, 30, 30) if mode == "columns" else (6, 30, 34, 44, 16, 16, 16, 16)
    first = workbook.active
    sheets: dict[str, _Sheet] = {}

    def sheet_for(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, font, brand, widths)
        return sheets[ws.title]

    if layout == "three":
        first.title = rng.choice(("Family & step", "1 Family", "Details"))
        details_ws = first
        grades_ws = workbook.create_sheet(rng.choice(("Checkpoints", "2 Tracker", "Audit")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "3 Outcome", "Sign off")))
        hos_ws = summary_ws
    else:
        first.title = rng.choice(("Step tracker", "Tracker", "Transition audit"))
        details_ws = grades_ws = summary_ws = hos_ws = first
        if layout == "hos":
            hos_ws = workbook.create_sheet(rng.choice(("HoS moderation", "Moderation", "HoS QA")))

    # --- the family and the step ------------------------------------------------------
    sheet = sheet_for(details_ws)
    sheet.title(title, council_line(rng))
    sheet.band(rng.choice(("The family and the step", "1. FAMILY AND TRANSITION DETAILS", "About this move")))
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(reference_label), reference_value, None),
        (rng.choice(("Child's name", "Child", "Name of child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), *day(child.date_of_birth)),
        (rng.choice(("Brothers / sisters", "Other children in the family", "Siblings")), household_text, None),
    ]
    if rng.random() < 0.5:
        details.append((rng.choice(("Parents / carers", "Parent(s)")), ", ".join(child.parents), None))
    if rng.random() < 0.4:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    details.append((lead_label, sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "Early Help team", "Locality team")), sample.team, None))
    if show_service:
        details.append(("Service", sample.service, None))
    direction_at = len(details)
    details.append((direction_label, direction, None))
    if not timeline:
        details.append((transfer_label, *day(moved)))
    details += [
        (rng.choice(("Audited by", "Reviewing manager", "Tracker completed by")), sample.auditor, None),
        (rng.choice(("Date of audit", "Date reviewed", "Audit completed on")), *day(sample.date)),
    ]
    if direction_style == "boxes":
        boxes = "   ".join(f"{chr(0x2612) if option == direction else chr(0x2610)} {option}" for option in DIRECTIONS)
        details[direction_at] = (direction_label, boxes, None)

    if details_style == "column":
        for position, (label, value, number_format) in enumerate(details):
            if position == direction_at and direction_style == "struck":
                sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED")
                half = 1 + (sheet.width - 1) // 2
                for offset, option in enumerate(DIRECTIONS):
                    start = 2 if offset == 0 else half + 1
                    end = half if offset == 0 else sheet.width
                    sheet.cell(sheet.row, start, option, bold=option == direction, strike=option != direction)
                    sheet.merge(sheet.row, start, end)
                sheet.row += 1
                continue
            sheet.pair(label, value, number_format=number_format)
            if position == direction_at and direction_style == "dropdown":
                dropdown(details_ws, f"B{sheet.row - 1}", DIRECTIONS)
    elif details_style == "strip":
        per = sheet.width // 2
        for start in range(0, len(details), per):
            for offset, (label, value, number_format) in enumerate(details[start:start + per]):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, label, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
                if start + offset == direction_at and direction_style == "dropdown":
                    dropdown(details_ws, f"{get_column_letter(column)}{sheet.row + 1}", DIRECTIONS)
            sheet.ws.row_dimensions[sheet.row + 1].height = 34
            sheet.row += 3
    else:
        for label, value, _ in details:
            sheet.line(f"{label}: {value}", height=18)
    sheet.row += 1

    if timeline:
        sheet.band(rng.choice(("Transition timeline", "Key dates", "The journey across the threshold")))
        decided = _weekday_before(moved - timedelta(days=rng.randint(1, 6)))
        milestones = (
            (rng.choice(("Request for step made", "Referral / request")),
             _weekday_before(decided - timedelta(days=rng.randint(2, 9)))),
            ("Threshold decision", decided),
            (transfer_label, moved),
            (rng.choice(("First contact by new worker", "First visit by receiving worker")),
             _weekday_before(moved + timedelta(days=rng.randint(3, 9)))),
        )
        span = max(1, sheet.width // 4)
        for offset, (label, value) in enumerate(milestones):
            column = 1 + offset * span
            written, number_format = day(value)
            sheet.cell(sheet.row, column, label, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, column, column + span - 1)
            sheet.cell(sheet.row + 1, column, written, number_format=number_format)
            sheet.merge(sheet.row + 1, column, column + span - 1)
        sheet.row += 3
    if meeting:
        sheet.pair(rng.choice(("Handover meeting – who attended", "Transfer meeting attended by")), meeting,
                   height=30)
        sheet.row += 1

    # --- the five checkpoints ------------------------------------------------------------
    sheet = sheet_for(grades_ws)
    if grades_ws is not details_ws:
        sheet.title(title, None)
    sheet.band(rng.choice(("2. Checkpoints of the transition", "Tracking the step: five checkpoints",
                           "Quality of the transition")))
    uses_number = "number" in (style, overall_style)
    if uses_number:
        sheet.line(key_text, height=16, italic=True)
    remarks = moderation.section_comments if moderation else {}
    ink_look = {"colour": ink} if moderation_look == "ink" else {"fill": "F2F2F2"}

    def option_cells(row: int, first_column: int, grade: str, chosen_style: str, ws):
        """Four cells for one grade: words highlighted, bold or struck, or a mark under a heading."""
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            column = first_column + offset
            if chosen_style == "highlight":
                sheet.cell(row, column, words[option], bold=chosen, fill="FFFF00" if chosen else None)
            elif chosen_style == "bold":
                sheet.cell(row, column, words[option].upper() if chosen else words[option], bold=chosen,
                           size=11 if chosen else 9, colour=None if chosen else "808080")
            elif chosen_style == "struck":
                sheet.cell(row, column, words[option], strike=not chosen)
            elif chosen:
                sheet.cell(row, column, mark or None, bold=True, fill=None if mark else MARK_FILLS[grade])
            else:
                sheet.cell(row, column, None)

    sections = sample.sections
    if mode == "columns":
        row = sheet.row
        sheet.cell(row, 1, "Checkpoint", bold=True, fill="D9D9D9")
        for offset, section in enumerate(sections):
            sheet.cell(row, 2 + offset, section.name, bold=True, fill="D9D9D9")
        sheet.ws.row_dimensions[row].height = 32
        row += 1
        sheet.cell(row, 1, "What we look for", italic=True, fill="F2F2F2")
        for offset, section in enumerate(sections):
            sheet.cell(row, 2 + offset, LOOK_FOR[section.name], italic=True)
        sheet.ws.row_dimensions[row].height = 60
        row += 1
        sheet.cell(row, 1, rng.choice(("Evidence / findings", "What the file shows")), bold=True, fill="F2F2F2")
        for offset, section in enumerate(sections):
            sheet.cell(row, 2 + offset, section.comment)
        sheet.ws.row_dimensions[row].height = 75
        row += 1
        if style in ("dropdown", "typed", "number"):
            sheet.cell(row, 1, rng.choice(("Grade", "Judgement")), bold=True, fill="FFF2CC")
            for offset, section in enumerate(sections):
                sheet.cell(row, 2 + offset, _grade_value(rng, section.grade, style, words, number_of), bold=True)
                if style == "dropdown":
                    dropdown(grades_ws, f"{get_column_letter(2 + offset)}{row}", grade_choices)
            row += 1
        else:
            prompt = {"highlight": "Grade (highlight one)", "bold": "Grade (embolden one)",
                      "struck": "Grade (delete three)", "marks": None}[style]
            for position, option in enumerate(ORDER):
                heading = words[option] if style == "marks" else (prompt if position == 0 else None)
                sheet.cell(row, 1, heading, bold=True, fill="FFF2CC")
                for offset, section in enumerate(sections):
                    chosen = section.grade == option
                    column = 2 + offset
                    if style == "highlight":
                        sheet.cell(row, column, words[option], bold=chosen, fill="FFFF00" if chosen else None)
                    elif style == "bold":
                        sheet.cell(row, column, words[option].upper() if chosen else words[option], bold=chosen,
                                   size=11 if chosen else 9, colour=None if chosen else "808080")
                    elif style == "struck":
                        sheet.cell(row, column, words[option], strike=not chosen)
                    elif chosen:
                        sheet.cell(row, column, mark or None, bold=True, fill=None if mark else MARK_FILLS[option])
                    else:
                        sheet.cell(row, column, None)
                row += 1
            if style != "marks":
                sheet.ws.merge_cells(start_row=row - 4, start_column=1, end_row=row - 1, end_column=1)
        if remarks:
            sheet.cell(row, 1, "Head of Service remark", italic=True, **ink_look)
            for offset, section in enumerate(sections):
                sheet.cell(row, 2 + offset, remarks.get(section.name), **ink_look)
            sheet.ws.row_dimensions[row].height = 45
            row += 1
        sheet.row = row + 1
    else:
        row = sheet.row
        headings = ["No.", "Checkpoint", "What we look for", rng.choice(("Evidence / findings", "What the file shows"))]
        for column, text in enumerate(headings, start=1):
            sheet.cell(row, column, text, bold=True, fill="D9D9D9")
        if style == "marks":
            for offset, option in enumerate(ORDER):
                sheet.cell(row, 5 + offset, words[option], bold=True, fill="D9D9D9")
        elif style in ("highlight", "bold", "struck"):
            sheet.cell(row, 5, {"highlight": "Grade (highlight one)", "bold": "Grade (embolden one)",
                                "struck": "Grade (delete three)"}[style], bold=True, fill="D9D9D9")
            sheet.merge(row, 5, 8)
        else:
            sheet.cell(row, 5, rng.choice(("Grade", "Judgement")), bold=True, fill="D9D9D9")
            sheet.cell(row, 6, "HoS remark" if remarks else None, bold=True, fill="D9D9D9")
            sheet.merge(row, 6, 8)
        row += 1
        for number, section in enumerate(sections, start=1):
            sheet.cell(row, 1, number, bold=True)
            sheet.cell(row, 2, section.name, bold=True)
            sheet.cell(row, 3, LOOK_FOR[section.name], italic=True)
            sheet.cell(row, 4, section.comment)
            if style in ("dropdown", "typed", "number"):
                sheet.cell(row, 5, _grade_value(rng, section.grade, style, words, number_of), bold=True,
                           fill="FFF2CC")
                if style == "dropdown":
                    dropdown(grades_ws, f"E{row}", grade_choices)
                sheet.cell(row, 6, remarks.get(section.name), **ink_look)
                sheet.merge(row, 6, 8)
            else:
                option_cells(row, 5, section.grade, style, grades_ws)
            sheet.ws.row_dimensions[row].height = 62
            row += 1
            if section.name in remarks and style not in ("dropdown", "typed", "number"):
                sheet.cell(row, 2, "Head of Service remark", italic=True, **ink_look)
                sheet.cell(row, 3, remarks[section.name], **ink_look)
                sheet.merge(row, 3, 8)
                row += 1
        sheet.row = row + 1

    # The overall grade.
    overall_label = rng.choice(("Overall grade for this transition", "Overall judgement", "OVERALL GRADE"))
    if overall_style == "marks":
        heads = sheet.row
        for offset, option in enumerate(ORDER):
            sheet.cell(heads, 2 + offset, words[option], bold=True, fill="D9D9D9")
        sheet.row += 1
    sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
    if overall_style in ("dropdown", "typed", "number"):
        sheet.cell(sheet.row, 2, _grade_value(rng, sample.grade, overall_style, words, number_of), bold=True,
                   fill="FFF2CC")
        if overall_style == "dropdown":
            dropdown(grades_ws, f"B{sheet.row}", grade_choices)
    else:
        option_cells(sheet.row, 2, sample.grade, overall_style, grades_ws)
    sheet.row += 2

    # --- summary, safety, actions -------------------------------------------------------------
    sheet = sheet_for(summary_ws)
    if summary_ws is not grades_ws:
        sheet.title(title, None)
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What worked well in this transition", "Strengths", "What went well")),
                            sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Even better if")),
                            sample.development_areas)):
        sheet.band(heading, fill="DDEBF7")
        if together:
            sheet.line("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
        else:
            for item in items:
                sheet.line(f"{bullet}{item}", height=28)
        sheet.row += 1
    voice_label = rng.choice((own["family_voice"].label, "What the family said about the move",
                              "The family's view of the step"))
    sheet.band(voice_label, fill="DDEBF7")
    sheet.line(own["family_voice"].written, height=34)
    sheet.row += 1

    sheet.band(rng.choice(("Safety today", "Immediate safeguarding", "Is any child unsafe today?")), fill="F8CBAD")
    question = rng.choice(("Is any child in this family at risk of significant harm today?",
                           "Does anything in this audit need a referral to the front door now?"))
    sheet.cell(sheet.row, 1, question, bold=True)
    sheet.merge(sheet.row, 1, sheet.width - 1)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "NO"))
    target = sheet.cell(sheet.row, sheet.width, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.pair("If yes, what was done and who was told", sample.urgent_concern_detail, height=34)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Actions – what, who, by when", "ACTION PLAN")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=18)
    elif actions_look == "table":
        last = sheet.width
        heads = ((1, "Action"), (last - 1, "Who"), (last, "By when"))
        for column, text in heads:
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, last - 2)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, last - 2)
            sheet.cell(sheet.row, last - 1, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, last, value, number_format=number_format)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    sheet.row += 1

    # --- moderation -----------------------------------------------------------------------------
    sheet = sheet_for(hos_ws)
    if hos_ws is not summary_ws:
        sheet.title(title, rng.choice(("Head of Service moderation", "HoS quality assurance")))
    sheet.band(rng.choice(("Head of Service moderation", "MODERATION (Head of Service – type in your own colour)",
                           "HoS moderation")))
    _moderation_block(rng, sheet, sample, day, words, ink, moderation_look)
    return _finish(workbook, sample, title)


def _moderation_block(rng, sheet: _Sheet, sample, day, words, ink: str, look: str) -> None:
    moderation = sample.moderation
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if rng.random() < 0.4:
            if note:
                sheet.line(note, height=18, italic=True)
            return
        for label in ("Moderated by", "Date moderated", "Comments"):
            sheet.pair(label, note if label == "Comments" and note else None, italic=True)
        return
    for label, value, number_format in _moderation_rows(rng, sample, day, words):
        look_args = {"colour": ink} if look == "ink" else {"fill": "F2F2F2", "border": HEAVY}
        sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED" if look == "ink" else "D9D9D9",
                   border=BOX if look == "ink" else HEAVY)
        sheet.cell(sheet.row, 2, value, number_format=number_format, bold=label == "Moderated grade", **look_args)
        sheet.merge(sheet.row, 2, sheet.width)
        if label == "Comments":
            sheet.ws.row_dimensions[sheet.row].height = 48
        sheet.row += 1


def _ledger(rng, workbook, sample, style, overall_style, title, brand, ink, font, words, number_of, key_text,
            grade_choices, dropdown, day, when, household_text, direction, direction_style, transfer_label,
            lead_label, reference_label, reference_value, meeting, actions_look, together, moderation_look,
            show_team, show_service) -> bytes:
    """One tracker row: the family, the step and the grades across; the
    evidence, findings, actions and moderation comments on a second sheet."""
    child = sample.child
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    if overall_style not in ("dropdown", "typed", "number"):
        overall_style = style
    columns: list[tuple[str, object, str | None, str]] = [
        (rng.choice(reference_label), reference_value, None, ""),
        ("Child", child.full_name, None, ""),
        ("DOB", *day(child.date_of_birth), ""),
        (rng.choice(("Other children", "Siblings")), household_text, None, ""),
        (rng.choice(("Step up / down", "Direction")), direction, None, "direction"),
        (transfer_label, *day(own["transfer_date"].written), ""),
        (lead_label, sample.practitioner, None, ""),
    ]
    if show_team:
        columns.append(("Team", sample.team, None, ""))
    if show_service:
        columns.append(("Service", sample.service, None, ""))
    columns += [
        (rng.choice(("Audited by", "Reviewer")), sample.auditor, None, ""),
        (rng.choice(("Audit date", "Date reviewed")), *day(sample.date), ""),
    ]
    for section in sample.sections:
        columns.append((section.name, _grade_value(rng, section.grade, style, words, number_of), None, "grade"))
    columns.append((rng.choice(("Overall grade", "OVERALL")),
                    _grade_value(rng, sample.grade, overall_style, words, number_of), None, "overall"))
    columns.append((rng.choice(("Child unsafe today?", "Refer to front door now?")),
                    "Yes" if sample.urgent_concern else "No", None, "yes_no"))
    if moderation:
        columns += [("HoS moderated by", moderation.moderator, None, "hos"),
                    ("HoS date", *day(moderation.date), "hos")]
        if moderation.grade:
            columns += [("HoS agrees?", "Yes" if moderation.grade == sample.grade else "No", None, "hos"),
                        ("Moderated grade", words[moderation.grade], None, "hos")]
    else:
        columns += [("HoS moderated by", None, None, "hos"), ("Moderated grade", None, None, "hos")]

    tracker = workbook.active
    tracker.title = rng.choice(("Tracker", "Step tracker", "Transitions"))
    sheet = _Sheet(tracker, font, brand, tuple(24 if kind == "grade" else 18 for *_, kind in columns))
    sheet.title(title, council_line(rng))
    if "number" in (style, overall_style):
        sheet.cell(sheet.row, 1, key_text, italic=True, border=None)
        sheet.merge(sheet.row, 1, min(8, sheet.width))
        sheet.row += 2
    heads, values = sheet.row, sheet.row + 1
    for column, (label, value, number_format, kind) in enumerate(columns, start=1):
        fill = {"grade": "FFF2CC", "overall": "E2EFDA", "hos": "EDEDED"}.get(kind, "DDEBF7")
        sheet.cell(heads, column, label, bold=True, fill=fill)
        look = {"colour": ink} if kind == "hos" and moderation_look == "ink" else {}
        if kind == "hos" and moderation_look == "box":
            look = {"fill": "F2F2F2", "border": HEAVY}
        target = sheet.cell(values, column, value, number_format=number_format, bold=kind in ("grade", "overall"),
                            **look)
        letter = get_column_letter(column)
        if kind in ("grade", "overall") and (style if kind == "grade" else overall_style) == "dropdown":
            dropdown(tracker, f"{letter}{values}", grade_choices)
        elif kind == "direction" and direction_style == "dropdown":
            dropdown(tracker, target.coordinate, DIRECTIONS)
        elif kind == "yes_no":
            dropdown(tracker, target.coordinate, ("Yes", "No"))
    tracker.row_dimensions[heads].height = 48
    tracker.row_dimensions[values].height = 40
    tracker.freeze_panes = f"A{values}"

    notes = workbook.create_sheet(rng.choice(("Evidence", "Findings", "Detail")))
    sheet = _Sheet(notes, font, brand, (34, 60, 40))
    sheet.title(f"{title} – evidence", None)
    remarks = moderation.section_comments if moderation else {}
    sheet.cell(sheet.row, 1, "Checkpoint", bold=True, fill="D9D9D9")
    sheet.cell(sheet.row, 2, rng.choice(("Evidence / findings", "What the file shows")), bold=True, fill="D9D9D9")
    sheet.cell(sheet.row, 3, "HoS remark" if remarks else None, bold=True, fill="D9D9D9")
    sheet.row += 1
    for section in sample.sections:
        sheet.cell(sheet.row, 1, section.name, bold=True)
        sheet.cell(sheet.row, 2, section.comment)
        sheet.cell(sheet.row, 3, remarks.get(section.name),
                   **({"colour": ink} if moderation_look == "ink" else {"fill": "F2F2F2"}))
        notes.row_dimensions[sheet.row].height = 48
        sheet.row += 1
    sheet.row += 1
    if meeting:
        sheet.pair(rng.choice(("Handover meeting – who attended", "Transfer meeting attended by")), meeting,
                   height=30)
        sheet.row += 1
    bullet = rng.choice(("\u2022 ", "- "))
    for heading, items in ((rng.choice(("What worked well", "Strengths")), sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development")),
                            sample.development_areas)):
        sheet.band(heading, fill="DDEBF7")
        if together:
            sheet.line("\n".join(f"{bullet}{item}" for item in items), height=16 * len(items) + 8)
        else:
            for item in items:
                sheet.line(f"{bullet}{item}", height=28)
        sheet.row += 1
    sheet.band(rng.choice((own["family_voice"].label, "What the family said about the move")), fill="DDEBF7")
    sheet.line(own["family_voice"].written, height=34)
    sheet.row += 1
    if sample.urgent_concern:
        sheet.pair("Child unsafe today – what was done", sample.urgent_concern_detail, height=34)
        sheet.row += 1
    sheet.band(rng.choice(("Actions", "Actions – who and by when")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=18)
    elif actions_look == "table":
        for column, text in enumerate(("Action", "Who", "By when"), start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.cell(sheet.row, 2, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 3, value, number_format=number_format)
            notes.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} ({action.owner}, by {when(action.due)})", height=30)
    sheet.row += 1
    if moderation:
        sheet.band("Head of Service moderation comments")
        look = {"colour": ink} if moderation_look == "ink" else {"fill": "F2F2F2", "border": HEAVY}
        sheet.line("\n".join(moderation.comments), height=48, **look)
    return _finish(workbook, sample, title)
