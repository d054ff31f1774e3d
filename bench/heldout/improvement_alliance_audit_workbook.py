"""A team manager's case file audit (an Early Help audit for Early Help
cases) kept as a "practice assurance" Excel workbook: the child's and the
case's details, a short block of front door and threshold checks answered
Y / N / Partly, one row (or a heading row and an evidence row) per area of
practice with a printed prompt, what the file shows and a grade, the
overall judgement, what is working well and what needs to improve, the
agreed actions and next steps, whether the child and family were asked for
their views, whether anything needs urgent action for the child's safety,
and the Head of Service's moderation.

Modelled on what the East Midlands' regional sector-led improvement
alliance of children's services publishes (no regional improvement and
innovation alliance, London's, the North West's, Yorkshire and the
Humber's or the East Midlands', was used by any family; only the East
Midlands pages describe case file audit). What was read:

- "Peer Challenge" (sectorledimprovement.co.uk/peer-challenge/): the nine
  East Midlands councils commit to a regional scheme of peer challenge with
  two review processes, Peer Challenge Team Reviews (three days, led by a
  Director of Children's Services with a team of around five) and
  Safeguarding Assurance Visits, which are led by a Safeguarding Director
  and "use a case file audit approach" to look at social care front door
  arrangements, threshold standards, quality assurance or a related
  improvement theme, with social work managers and auditors as team
  members, usually over one day; team members come from a regional pool;
- "Regional Improvement Alliance" (sectorledimprovement.co.uk): an annual
  cycle of self-evaluation and peer challenge in triads, from which an RIA
  plan of strengths, local priorities and inter-authority support follows;
- ADCS, "East Midlands Regional Update June 2018" (adcs.org.uk): the
  region's common core of self-evaluation, peer scrutiny and development
  plans, and among the themes for joint work "SMART care planning and
  regional panels for audit moderation";
- "East Midlands Children's Services Social Care Peer Challenge"
  (eastmidlandsriia.org.uk): a biennial one-day challenge in triads, each
  authority completing "a standard template that outlines agreed actions
  and next steps";
- ADCS, "Regional Improvement and Innovation Alliances" (adcs.org.uk): the
  alliances went live on 1 April 2019, built on peer review and challenge,
  supported by the DfE's Partners in Practice and the LGA.

None of these pages shows an audit form or workbook, so the workbook is
our own judgement of what an authority taking part in that scheme could
ask its team managers to keep for their monthly audits, and none of its
wording is theirs. Only two ideas come from the pages: the front door and
threshold checks (after the Safeguarding Assurance Visits' themes) and the
"agreed actions and next steps" heading (after the peer challenge
template). Everything else is our judgement: one sheet ("Audit"), three
("Case", "Practice", "Next steps") or five (a "Read me" cover, then
"Case", "Practice", "Next steps" and "HoS moderation"); details as label /
value rows or as one strip of headings over one row of values; areas of
practice named as the authority might name them or as the tool names them,
each with a reference (PA1, PA2 ...) and a printed prompt, one to a row or
as a heading row over its evidence; grades from a drop-down (its list
sometimes on a hidden sheet), typed informally, scored on a printed key
with 1 as the best, marked under four grade columns, or shown among the
four options with the chosen one highlighted or emboldened and the others
struck through (in four cells or in one cell); dates typed in one
manager's own way or kept as Excel dates; plain or prefixed references;
brothers and sisters named; actions as a table, as lines or as a "no
actions" sentence; the urgent-safety question on the case sheet or at the
end; and the Head of Service's moderation typed in a colour that is not
red beside the auditor's sign-off, or as label / value rows in colour with
a "HoS comment" column on the practice grid, or in a bordered box,
changing, confirming or only commenting on the judgement.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, Section
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT
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

FAMILY = "improvement_alliance_audit_workbook"
SEED = 10003
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# How this workbook names the tools' areas of practice, with the prompt it
# prints beside each. None of the prompts names a grade.
AREAS = {
    "Voice of the child": ("The child's voice and lived experience",
                           "Is the child seen, heard and understood? Do their words shape the plan?"),
    "Assessment": ("Assessment of need and risk", "Is the assessment analytical, current and shared with the family?"),
    "Planning": ("Planning for the child", "Is the plan SMART, owned by the family and reviewed on time?"),
    "Management oversight and supervision": ("Management grip and supervision",
                                             "Is there recorded direction, with reasons and timescales?"),
    "Multi-agency working": ("Working with partners", "Do partners contribute and is information shared promptly?"),
    "Chronology and case recording": ("Chronology and recording",
                                      "Is the chronology current and the record written for the child?"),
    "Impact and outcomes for the child": ("Impact for the child", "What difference has our involvement made?"),
    "Working with, not doing to": ("Relationship-based practice",
                                   "Is the work done with the family rather than to them?"),
    "Respectful language": ("Language and recording style", "Is the language respectful and free of jargon?"),
    "Effective leadership and management oversight": ("Leadership and oversight",
                                                      "Do managers give clear, recorded direction?"),
    "Engaging with children and families": ("Engagement with the child and family",
                                            "Are the family involved in decisions about them?"),
    "History and networks": ("Family history and network", "Is the history understood and the network used?"),
    "Assessments and plans": ("Assessment and plan", "Do the assessment and plan fit together?"),
    "Early Help Assessment": ("The Early Help Assessment", "Is the assessment holistic and written with the family?"),
    "Team Around the Family plan": ("TAF plan and reviews", "Are TAF actions owned, timed and reviewed?"),
    "Engagement with the family": ("Engagement with the family", "Has the family agreed to and shaped the support?"),
    "Management oversight": ("Manager oversight", "Is management oversight recorded at key points?"),
}
TITLES = {
    CASE_FILE_AUDIT: ("Practice Assurance – Case File Audit", "CASE FILE AUDIT WORKBOOK",
                      "Monthly Manager Case Audit (Practice Assurance)"),
    EARLY_HELP_AUDIT: ("Practice Assurance – Early Help Case Audit", "EARLY HELP CASE AUDIT WORKBOOK",
                       "Early Help Monthly Case Audit"),
}
CHECKS = (
    ("Was the decision at the front door made within one working day?", ("Y", "Y", "Y", "N")),
    ("Was the threshold applied in line with the threshold document?", ("Y", "Y", "Partly", "N")),
    ("Is the reason for the current level of involvement recorded?", ("Y", "Partly", "N")),
    ("Was consent sought or the reason for proceeding without it recorded?", ("Y", "Y", "N/A")),
)
THEMES = ("Whole file – monthly sample", "Front door decisions and thresholds", "SMART planning",
          "Step-down and case closure decisions")
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
KEY_SCORE = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_TEXT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
OPTIONS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"))
MARKS = ("X", "x", "\u2713", "")
MARK_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NO_ACTIONS = ("No actions – the current plan already addresses what the audit found.",
              "No further actions arising from this audit.", "None – practice to continue as planned.")
NOT_MODERATED = ("", "", "Not in this month's moderation sample.", "Not moderated")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
EXCEL_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in drawn if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    plans = _plans(rng, len(chosen))
    # The moderated files show each way of recording moderation in turn; a
    # sign-off beside the auditor's needs the sign-off on the same sheet.
    looks = iter(("ink", "signoff", "box") * len(chosen))
    for sample, plan in zip(chosen, plans):
        if sample.moderation:
            plan["moderation"] = next(looks)
            if plan["moderation"] == "signoff" and plan["sheets"] == "five":
                plan["sheets"] = "three"
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _plans(rng: random.Random, total: int) -> list[dict[str, str]]:
    """Each file's layout, every option of each dimension used in turn (in
    a shuffled order) so that sixteen files show them all."""

    def spread(options: tuple[str, ...]) -> list[str]:
        out: list[str] = []
        while len(out) < total:
            block = list(options)
            rng.shuffle(block)
            out += block
        return out[:total]

    dimensions = {
        "grading": spread(("dropdown", "typed", "key", "options", "columns")),
        "sheets": spread(("one", "three", "five")),
        "details": spread(("rows", "strip")),
        "grid": spread(("flat", "flat", "stacked")),
        "actions": spread(("table", "lines")),
        "moderation": spread(("signoff", "ink", "box")),
        "dates": spread(("typed", "typed", "excel")),
        "urgent": spread(("case", "end")),
    }
    return [{name: values[index] for name, values in dimensions.items()} for index in range(total)]


def _excel_text(value: date, number_format: str) -> str:
    """What Excel shows for a date kept under one of `EXCEL_FORMATS`."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")
    if number_format == "dd/mm/yyyy":
        return f"{value.day:02}/{value.month:02}/{value.year}"
    if number_format == "d mmmm yyyy":
        return f"{value.day} {months[value.month - 1]} {value.year}"
    return f"{value.day:02}-{months[value.month - 1][:3]}-{value.year % 100:02}"


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

    def merge(self, row, first, last, *, rows=1):
        if last > first or rows > 1:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row + rows - 1, end_column=last)

    def band(self, text, last, *, fill=None):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text, last, *, height=None, **look):
        self.put(self.row, 1, text, border=look.pop("border", False), **look)
        self.merge(self.row, 1, last)
        if height or len(str(text)) > 100:
            self.ws.row_dimensions[self.row].height = height or 15 * (len(str(text)) // 90 + 1)
        self.row += 1

    def pair(self, label, value, last, *, number_format=None, colour=None, bold=False, fill="E7E6E6"):
        self.put(self.row, 1, label, bold=True, fill=fill)
        self.put(self.row, 2, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 2, last)
        if isinstance(value, str) and len(value) > 60:
            self.ws.row_dimensions[self.row].height = 15 * (len(value) // 55 + 1)
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
    renamed = rng.random() < 0.65
    prompts = rng.random() < 0.7
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 1, 2)), today)
    # An Early Help workbook says "Early Help" throughout, so it shows the service.
    show_service = rng.random() < 0.55 or early_help
    option_look = rng.choice(("highlight", "strike", "one cell"))
    column_heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(MARKS)
    hidden_lists = grading == "dropdown" and rng.random() < 0.6

    # --- the sample as this workbook shows it -------------------------------
    changes: dict = {}
    if renamed:
        changes["sections"] = tuple(Section(AREAS[section.name][0] if section.name in AREAS else section.name,
                                            section.grade, section.comment) for section in sample.sections)
    reference_style = rng.choice(("digits", "number", "prefixed", "prefixed"))
    if reference_style == "prefixed":
        changes["case_id"] = (early_help_reference if early_help else case_reference)(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    if sample.feedback_sought is None and rng.random() < 0.5:
        changes["feedback_sought"] = rng.random() < 0.7
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    original_names = {new.name: old.name for new, old in zip(changes.get("sections", sample.sections),
                                                            sample.sections)}
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

    # --- the workbook --------------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))
    title = rng.choice(TITLES[sample.kind])
    first = workbook.active
    layout = plan["sheets"]
    if layout == "one":
        first.title = rng.choice(("Audit", "Case audit"))
        cover_ws = None
        case_ws = practice_ws = steps_ws = moderation_ws = first
    else:
        if layout == "five":
            first.title = rng.choice(("Read me", "Cover"))
            cover_ws = first
            case_ws = workbook.create_sheet("Case")
        else:
            cover_ws = None
            first.title = rng.choice(("Case", "1. Case"))
            case_ws = first
        practice_ws = workbook.create_sheet(rng.choice(("Practice", "2. Practice")))
        steps_ws = workbook.create_sheet(rng.choice(("Next steps", "3. Findings & next steps")))
        moderation_ws = workbook.create_sheet("HoS moderation") if layout == "five" else steps_ws

    grade_span = 4 if grading == "columns" or (grading == "options" and option_look != "one cell") else 1
    hos_column = plan["moderation"] == "ink"
    # Practice grid columns: ref, area, [prompt], evidence, grade (1 or 4 columns), [HoS comment].
    grid_columns = ["ref", "area"] + (["prompt"] if prompts else []) + ["evidence"]
    grade_col = len(grid_columns) + 1
    hos_col = grade_col + grade_span if hos_column else None
    wide = grade_col + grade_span - 1 + (1 if hos_column else 0)

    sheets: dict[str, _Sheet] = {}

    def sheet(ws) -> _Sheet:
        if ws.title not in sheets:
            widths = [26 if ws is case_ws else 6, 30] + ([34] if prompts else []) + [52] + [14 if grade_span == 4 else 26] * grade_span
            if hos_column:
                widths.append(32)
            if ws is not practice_ws:
                widths = [34, 30, 22, 22, 18, 18, 18, 18, 18, 18, 18, 18]
            sheets[ws.title] = _Sheet(ws, font, brand, tuple(widths))
        return sheets[ws.title]

    lists_ws = None
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_ws
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                column = lists_ws.max_column + 1 if lists_ws.max_row > 1 or lists_ws["A1"].value else 1
                for offset, choice in enumerate(choices, start=1):
                    lists_ws.cell(row=offset, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validations[key] = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validations[key])
        validations[key].add(coordinate)

    # --- cover ---------------------------------------------------------------
    if cover_ws is not None:
        s = sheet(cover_ws)
        s.line(council_line(rng), 4, bold=True, colour="FFFFFF", fill=brand, size=12)
        s.line(title, 4, bold=True, colour=brand, size=14)
        s.row += 1
        for text in rng.sample((
            "Use this workbook for one child. Read at least the last six months of the record before grading.",
            "Grade each area against the practice standards; give the evidence for every grade.",
            "Any child at risk of immediate harm must be raised with the Head of Service on the day.",
            "Heads of Service: record your moderation on the 'HoS moderation' sheet.",
            "Save the completed workbook in the QA folder and email the QA team when done.",
        ), 3):
            s.line("\u2022 " + text, 4, italic=True)
        s.row += 1
        s.pair("Audit month", f"{_month_name(sample.date)} {sample.date.year}", 3)
        s.pair("Audit type", rng.choice(("Monthly manager audit", "Peer audit (another team's case)",
                                         "Monthly manager audit – own team")), 3)
        s.pair("Template version", rng.choice(("v3.1", "v2.4 (regional template adapted)", "2026/27 v1")), 3)

    # --- case details --------------------------------------------------------
    s = sheet(case_ws)
    last = 4
    s.line(council_line(rng) if cover_ws is None else COUNCIL, last, bold=True, colour="FFFFFF", fill=brand, size=11)
    if cover_ws is None:
        s.line(title, last, bold=True, colour=brand, size=14)
        s.line(rng.choice((
            "Team Manager to complete for one child; the Head of Service moderates a sample each month.",
            "OFFICIAL – SENSITIVE when complete. Complete every shaded cell.",
            "Grade each area and give the evidence; any immediate safety concern goes to the HoS today.",
        )), last, italic=True)
    s.row += 1
    reference = sample.case_id
    if reference_style == "number":
        reference = int(reference)
    born_value, born_format = day(child.date_of_birth, personal=True)
    date_value, date_format = day(sample.date)
    if early_help:
        involvement = rng.choice(("Early Help – TAF", "Early Help (Family Support)", "Targeted Early Help"))
        worker_label = rng.choice(("Lead practitioner", "Key worker", "Family practitioner"))
        ref_label = rng.choice(("EH ref", "Early Help reference", "Case ref"))
    else:
        care_leaver = (sample.date - child.date_of_birth).days >= 16 * 365
        involvement = {"Care Leavers Team": "Care leaver" if care_leaver else "Child in care",
                       "Children in Care Team": "Child in care",
                       "Children with Disabilities Team": "Child in Need"}.get(
            sample.team, rng.choice(("Child in Need", "Child Protection", "CIN")))
        worker_label = rng.choice(("Social worker", "Allocated SW", "Case-holding worker"))
        ref_label = rng.choice(("Case ref", "LCS number", "Child ID"))
    details: list[tuple[str, object, str | None]] = [
        (rng.choice(("Child's name", "Name of child / young person", "Child")), child.full_name, None),
        (ref_label, reference, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
    ]
    if rng.random() < 0.6:
        details.append((rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents), None))
    if rng.random() < 0.3:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if household:
        with_dates = rng.random() < 0.5
        written = []
        for name, born in household:
            if with_dates:
                written.append(f"{name} ({when(born)})")
                also.append(when(born))
            else:
                written.append(name)
        details.append((rng.choice(("Brothers and sisters", "Siblings", "Other children in the household")),
                        "; ".join(written), None))
    details.append((rng.choice(("Level of involvement", "Plan / status")), involvement, None))
    details.append((worker_label, sample.practitioner, None))
    details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Auditor (Team Manager)", "Audit completed by", "Auditing manager")),
                    sample.auditor, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date completed")), date_value, date_format))
    if rng.random() < 0.5:
        details.append(("Audit theme", rng.choice(THEMES), None))
    s.band(rng.choice(("About the child and the case", "1. CASE DETAILS", "Case information")), last)
    if plan["details"] == "rows":
        for text, value, fmt in details:
            s.pair(text, value, last, number_format=fmt)
    else:
        for column, (text, value, fmt) in enumerate(details, start=1):
            s.put(s.row, column, text, bold=True, fill="DDEBF7")
            s.put(s.row + 1, column, value, number_format=fmt, fill="FFF2CC")
            if case_ws is not practice_ws:
                s.ws.column_dimensions[get_column_letter(column)].width = max(16, min(34, len(str(value)) + 4))
        s.ws.row_dimensions[s.row + 1].height = 30
        s.row += 2
    s.row += 1

    def urgent_block(target: _Sheet, last_column: int) -> None:
        target.band(rng.choice(("Immediate safety", "Safeguarding – action today?", "URGENT CONCERNS")),
                    last_column)
        answer = rng.choice(("Yes", "YES", "Y")) if sample.urgent_concern else rng.choice(("No", "NO", "N"))
        row = target.pair(rng.choice((
            "Is any child at risk of immediate harm? (if yes, tell the Head of Service today)",
            "Did the audit find anything that needs urgent action for the child's safety?",
            "Immediate safeguarding concern identified?")), answer, last_column, bold=sample.urgent_concern)
        if answer in ("Yes", "No"):
            dropdown(target.ws, f"B{row}", ("Yes", "No"))
        if sample.urgent_concern:
            target.pair(rng.choice(("If yes – what, and who was told", "Details and action taken")),
                        sample.urgent_concern_detail or "Escalated to the Head of Service.", last_column)
        target.row += 1

    if plan["urgent"] == "case":
        urgent_block(s, last)

    s.band(rng.choice(("Front door and thresholds", "Compliance checks (Y / N / Partly)", "Threshold checks")), last)
    for question, answers in rng.sample(CHECKS, rng.randint(2, len(CHECKS))):
        row = s.pair(question, rng.choice(answers), last)
        if rng.random() < 0.5:
            dropdown(s.ws, f"B{row}", ("Y", "N", "Partly", "N/A"))
    s.row += 1

    # --- practice grid -------------------------------------------------------
    s = sheet(practice_ws)
    if practice_ws is not case_ws:
        s.line(title, wide, bold=True, colour=brand, size=12)
        s.row += 1
    s.band(rng.choice(("Quality of practice", "2. PRACTICE AREAS – EVIDENCE AND JUDGEMENT",
                       "What the file tells us")), wide)
    if grading == "key":
        key_lines = [f"{KEY_SCORE[grade]} = {KEY_TEXT[grade]}" for grade in GRADES]
        if rng.random() < 0.5:
            s.line("Key:  " + "   |   ".join(key_lines), wide, italic=True)
        else:
            s.line("Scoring key", wide, bold=True)
            for text in key_lines:
                s.line(text, wide, italic=True)
    heads = {"ref": "Ref", "area": rng.choice(("Area of practice", "Practice area")),
             "prompt": rng.choice(("Prompt", "Things to consider")),
             "evidence": rng.choice(("What the file shows (evidence)", "Evidence and analysis", "Findings"))}
    if plan["grid"] == "stacked":
        heads["evidence"] = rng.choice(("Evidence – in the row below each area", "(evidence below)"))
    grade_head = {"dropdown": "Judgement (select)", "typed": "Judgement", "key": "Score (see key)",
                  "options": "Judgement – highlight one" if option_look == "highlight"
                  else "Judgement – strike out those that do not apply",
                  "columns": None}[grading]

    def header_row() -> None:
        for column, name in enumerate(grid_columns, start=1):
            s.put(s.row, column, heads[name], bold=True, fill="D9D9D9")
        if grading == "columns":
            for offset, text in enumerate(column_heads):
                s.put(s.row, grade_col + offset, text, bold=True, fill="D9D9D9")
        else:
            s.put(s.row, grade_col, grade_head, bold=True, fill="D9D9D9")
            s.merge(s.row, grade_col, grade_col + grade_span - 1)
        if hos_col:
            s.put(s.row, hos_col, rng.choice(("HoS comment", "Head of Service moderation comment")), bold=True,
                  fill="D9D9D9")
        s.row += 1

    def grade_cells(row: int, grade: str, *, note: float = 0.25) -> None:
        if grading == "dropdown":
            s.put(row, grade_col, DROPDOWN[grade], fill="FFF2CC")
            dropdown(s.ws, f"{get_column_letter(grade_col)}{row}", tuple(DROPDOWN[g] for g in GRADES))
        elif grading == "typed":
            s.put(row, grade_col, informal_grade(rng, grade, note_chance=note))
        elif grading == "key":
            s.put(row, grade_col, KEY_SCORE[grade], fill="FFF2CC")
            dropdown(s.ws, f"{get_column_letter(grade_col)}{row}", ("1", "2", "3", "4"))
        elif grading == "options" and option_look == "one cell":
            parts: list = []
            for position, option in enumerate(GRADES):
                if position:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=None if chosen else True),
                                       OPTIONS[option]))
            s.put(row, grade_col, CellRichText(parts))
        elif grading == "options":
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                if option_look == "highlight":
                    s.put(row, grade_col + offset, OPTIONS[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    s.put(row, grade_col + offset, OPTIONS[option], bold=chosen, strike=not chosen)
        else:
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                s.put(row, grade_col + offset, column_mark if chosen and column_mark else None, bold=True,
                      fill=MARK_FILLS[option] if chosen and not column_mark else None)

    remarks = dict(moderation.section_comments) if moderation and hos_col else {}
    prefix = rng.choice(("PA", "P", ""))
    if plan["grid"] == "flat":
        header_row()
    for number, section in enumerate(sample.sections, start=1):
        old_name = original_names.get(section.name, section.name)
        prompt = AREAS.get(old_name, (section.name, "What does the record show?"))[1]
        ref = f"{prefix}{number}" if prefix else number
        height = 15 * (len(section.comment) // 50 + 2)
        if plan["grid"] == "stacked":
            if number == 1:
                header_row()
            s.put(s.row, 1, ref, bold=True, fill="F2F2F2")
            s.put(s.row, 2, section.name, bold=True, fill="F2F2F2")
            if prompts:
                s.put(s.row, 3, prompt, italic=True, fill="F2F2F2")
            s.put(s.row, len(grid_columns), None, fill="F2F2F2")
            grade_cells(s.row, section.grade)
            if hos_col:
                s.put(s.row, hos_col, remarks.get(old_name) or remarks.get(section.name), colour=ink)
            s.row += 1
            s.put(s.row, 1, None)
            s.put(s.row, 2, section.comment)
            s.merge(s.row, 2, len(grid_columns))
            s.ws.row_dimensions[s.row].height = 15 * (len(section.comment) // 90 + 2)
            s.row += 1
        else:
            s.put(s.row, 1, ref, bold=True)
            s.put(s.row, 2, section.name, bold=True)
            if prompts:
                s.put(s.row, 3, prompt, italic=True, colour="595959")
            s.put(s.row, len(grid_columns), section.comment)
            grade_cells(s.row, section.grade)
            if hos_col:
                s.put(s.row, hos_col, remarks.get(old_name) or remarks.get(section.name), colour=ink)
            s.ws.row_dimensions[s.row].height = height
            s.row += 1
    s.put(s.row, 1, None, fill="E7E6E6")
    s.put(s.row, 2, rng.choice(("OVERALL JUDGEMENT", "Overall judgement for this child's case",
                                "Auditor's overall judgement")), bold=True, fill="E7E6E6")
    s.merge(s.row, 2, len(grid_columns))
    grade_cells(s.row, sample.grade, note=0.0)
    s.row += 2

    # --- findings and next steps ---------------------------------------------
    s = sheet(steps_ws)
    last = 4 if steps_ws is not practice_ws else wide
    if steps_ws is not practice_ws:
        s.line(title, last, bold=True, colour=brand, size=12)
        s.row += 1
    bullets = rng.choice(("one cell", "rows"))
    mark = rng.choice(("\u2022 ", "- ", ""))

    def listing(heading: str, items: tuple[str, ...]) -> None:
        s.band(heading, last)
        if bullets == "rows":
            for text in items:
                s.line(mark + text, last, border=True)
        else:
            text = "\n".join(mark + item for item in items)
            s.line(text, last, border=True, height=16 * (len(items) + sum(len(i) // 90 for i in items)))
        s.row += 1

    listing(rng.choice(("What is working well", "Strengths", "Strengths in practice")), sample.strengths)
    listing(rng.choice(("What needs to improve", "Areas for development", "Worries / what needs to change")),
            sample.development_areas)
    s.band(rng.choice(("Agreed actions and next steps", "Next steps (by who, by when)", "Agreed actions")), last)
    if not sample.actions:
        s.line(rng.choice(NO_ACTIONS), last, italic=True, border=True)
    elif plan["actions"] == "table":
        heads_row = rng.choice((("Next step", "Lead", "By when", "Progress"),
                                ("Agreed action", "Who", "Target date", "Done? (Y/N)"),
                                ("Action", "Responsible", "Timescale")))
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
            s.ws.row_dimensions[s.row].height = 15 * (len(action.action) // 30 + 1)
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.line(f"{number}. {action.action} ({action.owner}, by {when(action.due)})", last, border=True)
    s.row += 1
    if sample.feedback_sought is not None:
        s.band(rng.choice(("Child and family views", "Feedback from the family")), last)
        answer = "Yes" if sample.feedback_sought else rng.choice(("No", "No – not possible in the audit period"))
        row = s.pair(rng.choice(("Were the child and family asked for their views as part of this audit?",
                                 "Has feedback been sought from the child / family for this audit?")), answer, last)
        if answer in ("Yes", "No"):
            dropdown(s.ws, f"B{row}", ("Yes", "No"))
        s.row += 1
    if plan["urgent"] == "end":
        urgent_block(s, last)

    # --- auditor's sign-off and the Head of Service's moderation ------------
    look = plan["moderation"]
    if moderation_ws is not steps_ws:
        s = sheet(moderation_ws)
        last = 3
        s.line(title + " – moderation", last, bold=True, colour=brand, size=12)
        s.row += 1
    moderated_grade_text = ""
    if moderation and moderation.grade:
        moderated_grade_text = (informal_grade(rng, moderation.grade) if grading == "typed"
                                else DROPDOWN[moderation.grade])
    comments = list(moderation.comments) if moderation else []
    if moderation and not hos_col:
        printed = {old: new for new, old in original_names.items()}
        comments += [f"{printed.get(area, area)}: {text}" for area, text in moderation.section_comments.items()]
    if look == "signoff" and moderation_ws is steps_ws:
        s.band(rng.choice(("Sign-off", "Sign-off and moderation")), last)
        s.put(s.row, 1, None, fill="D9D9D9")
        s.put(s.row, 2, rng.choice(("Auditor", "Team Manager")), bold=True, fill="D9D9D9")
        s.put(s.row, 3, rng.choice(("Head of Service (moderation)", "HoS moderation")), bold=True, fill="D9D9D9")
        s.row += 1
        audit_day, audit_format = day(sample.date)
        rows = [("Name", sample.auditor, moderation.moderator if moderation else None, None, None)]
        if moderation:
            mod_day, mod_format = day(moderation.date)
        else:
            mod_day, mod_format = None, None
        rows.append(("Date", audit_day, mod_day, audit_format, mod_format))
        rows.append(("Overall judgement", _plain_grade(rng, sample.grade, grading), moderated_grade_text or None,
                     None, None))
        for text, auditor_value, hos_value, left_format, right_format in rows:
            s.put(s.row, 1, text, bold=True, fill="E7E6E6")
            s.put(s.row, 2, auditor_value, number_format=left_format)
            s.put(s.row, 3, hos_value, number_format=right_format, colour=ink, bold=text == "Overall judgement")
            s.row += 1
        s.put(s.row, 1, "Comments", bold=True, fill="E7E6E6")
        s.put(s.row, 2, None)
        note = "\n".join(comments) if moderation else rng.choice(NOT_MODERATED) or None
        s.put(s.row, 3, note, colour=ink if moderation else None, italic=not moderation)
        s.ws.column_dimensions["C"].width = 46
        s.ws.row_dimensions[s.row].height = 16 * (len(comments) * 2 + 1)
        s.row += 1
    else:
        if look == "signoff":
            look = "ink"
        boxed = look == "box"
        colour = ink if look == "ink" else None
        top = s.row
        s.band(rng.choice(("Head of Service moderation", "MODERATION (Head of Service only)", "HoS moderation")),
               last, fill="404040" if boxed else None)
        fill = "F2F2F2" if boxed else "E7E6E6"
        if moderation:
            mod_day, mod_format = day(moderation.date)
            s.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, last, colour=colour,
                   fill=fill)
            s.pair(rng.choice(("Date moderated", "Date")), mod_day, last, number_format=mod_format, colour=colour,
                   fill=fill)
            if moderation.grade:
                agrees = moderation.grade == sample.grade
                row = s.pair("Do you agree with the auditor's overall judgement?",
                             rng.choice(("Yes", "Agree")) if agrees else rng.choice(("No", "Disagree")), last,
                             colour=colour, fill=fill)
                dropdown(s.ws, f"B{row}", ("Yes", "No", "Agree", "Disagree"))
                s.pair(rng.choice(("Moderated judgement", "HoS judgement")), moderated_grade_text, last,
                       colour=colour, bold=True, fill=fill)
            else:
                s.pair(rng.choice(("Moderated judgement", "HoS judgement")), None, last, fill=fill)
            row = s.pair(rng.choice(("Comments", "Moderation comments")), "\n".join(comments), last, colour=colour,
                         fill=fill)
            s.ws.row_dimensions[row].height = 16 * (len(comments) * 2 + 1)
        else:
            for text in ("Moderated by", "Date moderated", "Moderated judgement"):
                s.pair(text, None, last, fill=fill)
            s.pair("Comments", rng.choice(NOT_MODERATED) or None, last, fill=fill)
        if boxed:
            for row in range(top, s.row):
                for column in range(1, last + 1):
                    cell = s.ws.cell(row=row, column=column)
                    cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == last else THIN,
                                         top=THICK if row == top else THIN,
                                         bottom=THICK if row == s.row - 1 else THIN)

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


def _plain_grade(rng: random.Random, grade: str, grading: str) -> str:
    """The auditor's judgement repeated in the sign-off, as words."""
    return informal_grade(rng, grade) if grading == "typed" else KEY_TEXT[grade]


def _month_name(value: date) -> str:
    return ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")[value.month - 1]
