"""Held-out family: a safeguarding partnership's multi-agency case audit of
one child's case, kept as an Excel workbook (kind `multi_agency_audit`).

Source: Enfield Safeguarding Children Partnership (ESCP), "Multi-agency
audits" (https://www.enfield.gov.uk/safeguardingenfield/making-a-safeguarding-referral/multi-agency-audits,
2022-2023 audits listed). Enfield is already named in the project; this is
a different document of it (the partnership's multi-agency audit process,
not a council case file audit). What the page shows, and what this family
takes from it:

- a cohort of children is chosen at random within a practice focus, and
  each agency involved with a child completes an audit tool from its own
  single-agency perspective (here: the agencies involved, and a block of
  each agency's findings, one row per agency);
- each section of the tool records key areas of good practice, areas for
  development and recommendations for practice (here: the three lists,
  recommendations as the actions);
- a multi-agency audit discussion draws conclusions on recognition,
  planning & intervention, assessment, joint working, impact and overall
  quality (here: five graded areas in that order, and "overall quality" as
  the overall judgement).

The page shows no form, so everything else is our judgement: that the
partnership keeps the tool as one Excel workbook per child (a summary sheet,
sometimes a second sheet of agency returns); the details block (child's
name, date of birth, case reference, allocated social worker, team,
service, lead auditor, date of the audit discussion, agencies involved,
sometimes address, parents, the other children in the household and the
audit focus); the four Ofsted grades for each area and overall; the
question on immediate safeguarding concerns; and a Head of Service
moderation box for Children's Social Care, typed in colour. Grading by
letter codes on a printed key (O / G / RI / In) follows the Ofsted
gradings a Telford & Wrekin MACFA briefing (2015) lists; it is used on a
few files only.

What varies across the 16 files, as managers vary it on one template:
details as label | value rows, two pairs a row, labels over values or
"Label: value" cells; dates as Excel dates (three number formats) or typed
text in one person's spelling; plain or prefixed case references; grades
typed, picked from a drop-down, marked under four grade columns, a number
or letter code on a printed key, or the four grades printed with the chosen
one highlighted or the others struck through; the lists one per row,
bulleted in one cell, numbered, or side by side; recommendations as a
table, numbered lines, or a sentence saying there are none; the concern
question typed, ticked or a drop-down; moderation as a coloured box, or
absent; some files without the "recognition" area; the agencies' findings
on the summary sheet or on their own sheet.
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
from bot.samples.ooxml import stable_zip
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "multi_agency_cohort_audit_workbook"
SEED = 10102
COUNT = 16

PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
TITLES = ("Multi-Agency Case Audit Tool", "Multi-agency Audit: Case Audit and Discussion Record",
          "NSCP Multi-Agency Audit Tool", "Multi-Agency Case Audit")
# The areas the audit discussion concludes on, in the page's order.
AREA_SETS = (
    ("Recognition", "Planning & intervention", "Assessment", "Joint working", "Impact"),
    ("Recognition of need and risk", "Planning and intervention", "Assessment", "Joint working between agencies",
     "Impact for the child"),
    ("1. Recognition", "2. Planning & Intervention", "3. Assessment", "4. Joint Working", "5. Impact"),
)
OVERALL_LABELS = ("Overall quality", "Overall quality of multi-agency practice", "Overall judgement (overall quality)")
FOCI = ("Physical abuse", "Domestic abuse and the MASH", "Neglect", "Serious youth violence", "Children missing education")
CASE_LABELS = ("Case reference", "Mosaic ID", "CSC case number", "LCS number", "Child ID")
WORKER_LABELS = ("Allocated social worker", "Social worker", "Lead practitioner (CSC)")
AUDITOR_LABELS = ("Lead auditor", "Audit lead", "Completed by (lead auditor)")
DATE_LABELS = ("Date of audit discussion", "Date of audit", "Audit date")
AGENCY_LABELS = ("Agencies involved", "Agencies taking part", "Partner agencies")
STRENGTH_LABELS = ("Key areas of good practice", "Good practice identified", "What worked well")
DEVELOPMENT_LABELS = ("Areas for development", "Areas for development identified", "What needs to improve")
ACTION_LABELS = ("Recommendations for practice", "Recommendations and actions", "Multi-agency recommendations")
ACTION_HEADERS = (("Recommendation", "Lead", "By when", "Progress"), ("Action", "Who", "Timescale"),
                  ("Recommendation for practice", "Agency lead", "Target date", "RAG"))
NO_ACTIONS = ("No recommendations arising from this audit.", "None – no further actions identified for this case.",
              "No multi-agency actions required; learning shared at the audit discussion.")
URGENT_QUESTIONS = ("Were any immediate safeguarding concerns identified?",
                    "Immediate concerns for the child identified during the audit?",
                    "Does this case need escalating for an immediate safeguarding concern?")
GRADE_NAMES = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
CODES = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "In"}
ROLES = {
    "Children's Social Care": "Practice manager", "Police": "Detective Sergeant, Public Protection",
    "Health visiting": "Named nurse for safeguarding", "School": "Designated safeguarding lead",
    "Early Help": "Family support team manager", "Probation": "Senior probation officer",
    "Child and Adolescent Mental Health Services": "Clinical lead", "Housing": "Tenancy support officer",
}
FINDINGS = (
    "Contacts with the family were kept at the expected frequency and recorded on the day.",
    "Information was shared with the allocated social worker within agreed timescales.",
    "The agency attended the strategy discussion and every core group.",
    "Concerns were recorded on the agency's system but not always passed on.",
    "The agency's own chronology had not been updated since the referral.",
    "Invitations to review meetings were not received, so reports were sent late.",
    "Staff sought advice from their safeguarding lead before making the referral.",
    "Missed appointments were followed up with a home visit the same week.",
)
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")
LABEL_FILLS = ("D9E2F3", "E2EFDA", "F2F2F2", None)
TICKED, UNTICKED = "\u2612", "\u2610"


class _Sheet:
    """Writes a form down a worksheet, one row after another."""

    def __init__(self, sheet, rng: random.Random, when, *, dates_as_text: bool, date_format: str,
                 fill: str | None, brand: str):
        self.sheet = sheet
        self.rng = rng
        self.when = when
        self.dates_as_text = dates_as_text
        self.date_format = date_format
        self.fill = fill
        self.brand = brand
        self.row = 1
        self.validations: dict[str, DataValidation] = {}

    def put(self, column: int, value, *, bold: bool = False, colour: str | None = None, fill: str | None = None,
            strike: bool = False, wrap: bool = False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or strike:
            cell.font = Font(bold=bold, color=colour, strike=strike)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill)
        if wrap or (isinstance(value, str) and "\n" in value):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.fill)

    def put_date(self, column: int, day: date, *, colour: str | None = None):
        if self.dates_as_text:
            return self.put(column, self.when(day), colour=colour)
        cell = self.put(column, day, colour=colour)
        cell.number_format = self.date_format
        return cell

    def value(self, column: int, value, *, colour: str | None = None):
        if isinstance(value, date):
            return self.put_date(column, value, colour=colour)
        return self.put(column, value, colour=colour)

    def heading(self, text: str) -> None:
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand)
        self.row += 1

    def choose_from(self, cell, choices: tuple[str, ...]) -> None:
        formula = '"' + ",".join(choices) + '"'
        validation = self.validations.get(formula)
        if validation is None:
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            self.sheet.add_data_validation(validation)
            self.validations[formula] = validation
        validation.add(cell)


# --- the parts of the form --------------------------------------------------------------


def _details(out: _Sheet, fields: list[tuple[str, object]], layout: str) -> None:
    if layout == "rows":
        for text, value in fields:
            out.label(1, text)
            out.value(2, value)
            out.row += 1
    elif layout == "pairs":
        for start in range(0, len(fields), 2):
            for offset, (text, value) in enumerate(fields[start:start + 2]):
                out.label(1 + 2 * offset, text)
                out.value(2 + 2 * offset, value)
            out.row += 1
    elif layout == "over":
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for column, (text, _) in enumerate(chunk, 1):
                out.label(column, text)
            out.row += 1
            for column, (_, value) in enumerate(chunk, 1):
                out.value(column, value)
            out.row += 2
    else:  # "inline": "Label: value" in one cell
        for text, value in fields:
            written = out.when(value) if isinstance(value, date) else value
            out.put(1, f"{text}: {written}")
            out.row += 1


def _grade_key(out: _Sheet, style: str) -> None:
    if style == "number":
        out.put(1, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
        out.row += 1
    elif style == "code":
        out.put(1, "Grades: O = Outstanding, G = Good, RI = Requires Improvement, In = Inadequate")
        out.row += 1


def _grade_cells(out: _Sheet, column: int, grade: str, style: str, order, mark: str) -> int:
    """Write `grade` from `column` on in `style`; return the next free column."""
    if style == "typed":
        out.put(column, informal_grade(out.rng, grade, note_chance=0.2))
        return column + 1
    if style == "dropdown":
        cell = out.put(column, GRADE_NAMES[grade])
        out.choose_from(cell, tuple(GRADE_NAMES.values()))
        return column + 1
    if style == "number":
        out.put(column, NUMBERS[grade])
        return column + 1
    if style == "code":
        out.put(column, CODES[grade])
        return column + 1
    if style == "columns":
        for offset, (value, _) in enumerate(order):
            if value == grade and mark:
                out.put(column + offset, mark, bold=True)
            elif value == grade:
                out.put(column + offset, None, fill="A6A6A6")
        return column + 4
    # "highlight" or "strike": the four grades printed, the chosen one marked
    for offset, (value, name) in enumerate(order):
        chosen = value == grade
        if style == "highlight":
            out.put(column + offset, name, bold=chosen, fill="FFFF00" if chosen else None)
        else:
            out.put(column + offset, name, strike=not chosen, bold=chosen)
    return column + 4


def _grade_header(out: _Sheet, column: int, style: str, order) -> int:
    if style == "columns":
        for offset, (_, name) in enumerate(order):
            out.label(column + offset, name)
        return column + 4
    if style in ("highlight", "strike"):
        out.label(column, "Grade (highlight one)" if style == "highlight" else "Grade (delete as appropriate)")
        return column + 4
    out.label(column, {"number": "Grade (1-4)", "code": "Grade (O/G/RI/In)"}.get(style, "Grade"))
    return column + 1


def _sections(out: _Sheet, sample, heading: str, style: str, order, mark: str) -> None:
    out.heading(heading)
    _grade_key(out, style)
    out.label(1, "Area")
    after = _grade_header(out, 2, style, order)
    out.label(after, "Evidence and analysis")
    out.row += 1
    for section in sample.sections:
        out.put(1, section.name, bold=True)
        after = _grade_cells(out, 2, section.grade, style, order, mark)
        out.put(after, section.comment, wrap=True)
        out.row += 1


def _overall(out: _Sheet, label: str, grade: str, style: str, order, mark: str, keyed: bool) -> None:
    out.row += 1
    if style in ("number", "code") and not keyed:
        _grade_key(out, style)
    if style in ("columns",):
        _grade_header(out, 2, style, order)
        out.row += 1
    out.label(1, label)
    _grade_cells(out, 2, grade, style, order, mark)
    out.row += 1


def _lists(out: _Sheet, sample, style: str, labels: tuple[str, str]) -> None:
    strengths, developments = sample.strengths, sample.development_areas
    if style == "side":
        out.row += 1
        out.label(1, labels[0])
        out.label(3, labels[1])
        out.row += 1
        for index in range(max(len(strengths), len(developments))):
            if index < len(strengths):
                out.put(1, strengths[index], wrap=True)
            if index < len(developments):
                out.put(3, developments[index], wrap=True)
            out.row += 1
        return
    for text, items in zip(labels, (strengths, developments)):
        out.heading(text)
        if style == "rows":
            for item in items:
                out.put(1, item, wrap=True)
                out.row += 1
        elif style == "bullets":
            out.put(1, "\n".join(f"\u2022 {item}" for item in items))
            out.row += 1
        else:  # numbered rows
            for number, item in enumerate(items, 1):
                out.put(1, f"{number}. {item}", wrap=True)
                out.row += 1


def _actions(out: _Sheet, sample, style: str, heading: str) -> None:
    out.heading(heading)
    if not sample.actions:
        out.put(1, out.rng.choice(NO_ACTIONS))
        out.row += 1
        return
    if style == "table":
        for column, text in enumerate(out.rng.choice(ACTION_HEADERS), 1):
            out.label(column, text)
        out.row += 1
        for action in sample.actions:
            out.put(1, action.action, wrap=True)
            out.put(2, action.owner)
            out.put_date(3, action.due)
            out.row += 1
    else:  # numbered lines in one cell
        lines = [f"{number}. {action.action} ({action.owner}, by {out.when(action.due)})"
                 for number, action in enumerate(sample.actions, 1)]
        out.put(1, "\n".join(lines))
        out.row += 1


def _urgent(out: _Sheet, sample, style: str) -> None:
    out.row += 1
    out.label(1, out.rng.choice(URGENT_QUESTIONS))
    answer = "Yes" if sample.urgent_concern else "No"
    if style == "ticks":
        yes, no = (TICKED, UNTICKED) if sample.urgent_concern else (UNTICKED, TICKED)
        out.put(2, f"Yes {yes}   No {no}")
    else:
        cell = out.put(2, answer)
        if style == "dropdown":
            out.choose_from(cell, ("Yes", "No"))
    out.row += 1
    if sample.urgent_concern:
        out.label(1, "If yes, details and action taken")
        out.put(2, sample.urgent_concern_detail, wrap=True)
        out.row += 1


def _moderation(out: _Sheet, sample, ink: str, empty_note: str | None) -> None:
    out.heading(out.rng.choice(("Head of Service moderation (Children's Social Care)", "Moderation by Head of Service",
                                "HoS moderation – please use a different colour")))
    moderation = sample.moderation
    rows = ("Moderated by", "Date moderated", "Do you agree with the overall judgement?", "Moderated judgement",
            "Moderator's comments")
    for index, text in enumerate(rows):
        out.label(1, text)
        if moderation:
            if index == 0:
                out.put(2, moderation.moderator, colour=ink)
            elif index == 1:
                out.put_date(2, moderation.date, colour=ink)
            elif index == 2 and moderation.grade:
                out.put(2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            elif index == 3 and moderation.grade:
                out.put(2, informal_grade(out.rng, moderation.grade), colour=ink, bold=True)
            elif index == 4:
                out.put(2, "\n".join(moderation.comments), colour=ink)
        elif index == 4 and empty_note:
            out.put(2, empty_note)
        out.row += 1


def _agency_block(out: _Sheet, sample, heading: str) -> None:
    out.heading(heading)
    for column, text in enumerate(("Agency", "Completed by (role)", "Summary of single-agency findings"), 1):
        out.label(column, text)
    out.row += 1
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    for agency, finding in zip(agencies, out.rng.sample(FINDINGS, len(agencies))):
        out.put(1, agency)
        out.put(2, ROLES[agency])
        out.put(3, finding, wrap=True)
        out.row += 1


# --- one file -------------------------------------------------------------------------------


def _change(rng: random.Random, sample, index: int):
    """The sample as this file shows it."""
    areas = AREA_SETS[index % len(AREA_SETS)]
    sections = tuple(replace(section, name=name) for section, name in zip(sample.sections, areas))
    if index in (3, 11):  # no "recognition" area on these files
        sections = sections[1:]
        if sample.grade not in {section.grade for section in sections}:
            sections = (replace(sections[0], grade=sample.grade), *sections[1:])
    changes: dict = {"sections": sections}
    if index % 16 in (1, 5, 9, 12, 14):
        changes["case_id"] = case_reference(rng, sample.case_id)
    if index in (4, 10, 15):
        changes["actions"] = ()
    if sample.moderation is not None and index in (2, 13):
        changes["moderation"] = None  # this partnership copy carries no moderation
    return replace(sample, **changes)


def _build_one(today: date, index: int, original) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    sample = _change(rng, original, index)
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Audit summary", "Audit tool", "Case audit"))
    out = _Sheet(sheet, rng, when, dates_as_text=rng.random() < 0.4, date_format=rng.choice(EXCEL_DATE_FORMATS),
                 fill=rng.choice(LABEL_FILLS), brand=brand)
    for letter, width in zip("ABCDEFG", (38, 26, 22, 22, 22, 40, 30)):
        sheet.column_dimensions[letter].width = width

    out.put(1, PARTNERSHIP if rng.random() < 0.6 else f"{PARTNERSHIP} – {COUNCIL}", bold=True, colour=brand)
    out.row += 1
    out.put(1, rng.choice(TITLES), bold=True)
    out.row += 1
    out.put(1, "Complete from your agency's perspective, considering how agencies worked together.")
    out.row += 2

    child = sample.child
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    fields: list[tuple[str, object]] = []
    with_child = index not in (6, 14)  # two copies anonymised to the case reference only
    case_value = sample.case_id
    if case_value.isdigit() and not case_value.startswith("0") and rng.random() < 0.5:
        case_value = int(case_value)
    if with_child:
        fields.append((rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name))
        fields.append((rng.choice(("Date of birth", "DOB")), child.date_of_birth))
    fields.append((rng.choice(CASE_LABELS), case_value))
    others: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    if with_child and rng.random() < 0.45:
        fields.append(("Address", ", ".join((*child.address_lines, child.postcode))))
        fields.append(("Parents / carers", ", ".join(child.parents)))
    if with_child and index % 4 == 1:
        brothers = siblings(rng, child, rng.randint(1, 2), today)
        written = [f"{name} ({when(born)})" for name, born in brothers]
        fields.append(("Other children in the household", "; ".join(written)))
        others = tuple(name for name, _ in brothers)
        also = tuple(when(born) for _, born in brothers)
    fields += [
        (rng.choice(WORKER_LABELS), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (sample.labels.get("auditor") if rng.random() < 0.4 else rng.choice(AUDITOR_LABELS), sample.auditor),
        (rng.choice(DATE_LABELS), sample.date),
    ]
    agencies_in_details = index not in (7, 12)
    if agencies_in_details:
        fields.append((rng.choice(AGENCY_LABELS),
                       ", ".join(agencies) if rng.random() < 0.6 else "\n".join(agencies)))
    if rng.random() < 0.5:
        fields.append(("Audit focus", rng.choice(FOCI)))
    out.heading(rng.choice(("Case details", "Child and audit details", "Section 1: Details")))
    _details(out, fields, ("rows", "pairs", "over", "inline")[index % 4])

    agency_sheet = rng.random() < 0.4
    agency_heading = "Agencies involved and their findings" if not agencies_in_details else rng.choice(
        ("Single-agency findings", "Agency returns", "What each agency found"))
    if not agency_sheet:
        _agency_block(out, sample, agency_heading)

    section_style = ("typed", "dropdown", "columns", "number", "highlight", "code", "strike", "typed")[index % 8]
    overall_style = rng.choice((section_style, section_style, "typed", "dropdown"))
    if section_style == "columns" and overall_style == section_style and rng.random() < 0.5:
        overall_style = "highlight"
    order = rng.choice(GRADE_COLUMNS)
    if section_style in ("highlight", "strike"):
        order = GRADE_COLUMNS[0]
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    _sections(out, sample, rng.choice(("Multi-agency audit discussion: conclusions", "Areas of practice",
                                       "Audit discussion – grading")), section_style, order, mark)
    _overall(out, rng.choice(OVERALL_LABELS), sample.grade, overall_style, order, mark,
             keyed=overall_style == section_style)

    list_style = rng.choice(("rows", "bullets", "numbered", "side"))
    _lists(out, sample, list_style, (rng.choice(STRENGTH_LABELS), rng.choice(DEVELOPMENT_LABELS)))
    _actions(out, sample, rng.choice(("table", "table", "lines")), rng.choice(ACTION_LABELS))
    _urgent(out, sample, rng.choice(("typed", "ticks", "dropdown")))

    if sample.moderation is not None:
        _moderation(out, sample, rng.choice(MODERATION_INKS), None)
    elif index not in (2, 13) and rng.random() < 0.5:
        _moderation(out, sample, "000000", rng.choice(("Not yet moderated", None)))

    if agency_sheet:
        returns = workbook.create_sheet(rng.choice(("Agency returns", "Single agency findings")))
        extra = _Sheet(returns, rng, when, dates_as_text=out.dates_as_text, date_format=out.date_format,
                       fill=out.fill, brand=brand)
        extra.put(1, f"{PARTNERSHIP}: single-agency findings", bold=True, colour=brand)
        extra.row += 1
        _agency_block(extra, sample, agency_heading)
        for letter, width in zip("ABC", (34, 34, 60)):
            returns.column_dimensions[letter].width = width

    workbook.properties.creator = PARTNERSHIP
    workbook.properties.title = "Multi-Agency Case Audit"
    stamp = datetime.combine(sample.date, time(14, 10))
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=others, also=also)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(COUNT, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_build_one(today, index, sample) for index, sample in enumerate(samples)]
