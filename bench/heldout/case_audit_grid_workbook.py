"""A team manager's case file audit kept as an Excel workbook built round a
practice grid: the child's and the case's details, a few record checks
answered Yes / No / N/A, then one row per area of practice (number, area,
what the record shows, grade) with an overall grade under the grid, the
strengths and areas for development, the actions, the questions whether
the child and family were asked for their views and whether anything
needs urgent action for the child's safety, and the Head of Service's
moderation. Early Help cases are audited on the same workbook under an
Early Help title.

Every children's services trust or company named for this family
(Birmingham, Sandwell and Northamptonshire Children's Trusts, Together for
Children Sunderland, Achieving for Children, Bradford Children and
Families Trust) is already used by another family or a tuning form, as are
Slough's, Doncaster's and Worcestershire's, and the Southern Health and
Social Care Trust. So this family follows another trust that runs
children's social services, in Northern Ireland, where Health and Social
Care Trusts deliver them: the South Eastern Health and Social Care Trust.
What was read of it:

- the Northern Ireland Assembly's Official Report (Hansard) of the
  Committee for Health, Social Services and Public Safety, 10 December
  2009, "Child Protection in Northern Ireland: South Eastern Health and
  Social Care Trust" (niassembly.gov.uk; only its opening was read): the
  Trust's chief executive, its director of children's services (also its
  executive director of social work) and its director of planning,
  information and performance management were among the witnesses on the
  Regulation and Quality Improvement Authority's (RQIA) report on child
  protection, whose findings were positive in two of the Trust's sectors,
  while in one sector parts of the service were not up to the standard;
- the Trust's "Annual Report & Accounts for the year ended 31 March 2010"
  (a copy on docslib.org; its contents and the chairman's opening only):
  children's services and social services and social care reported apart,
  and unprecedented pressures in safeguarding children;
- the written submission of one of the Trust's predecessors, the Ulster
  Community & Hospitals Trust, to the Assembly's 2002 inquiry into child
  protection services (14 August 2002, in a copy of the printed evidence
  at socialni.tripod.com/nieinqery.htm; its summary only): child protection
  services delivered through a Family & Childcare Programme, every child
  on the child protection register with a plan co-ordinated by a social
  worker, and multi-disciplinary working.

None of them shows an audit form, so the workbook is our own judgement of
what a trust of that kind could ask its team managers to keep, and none of
its wording comes from them but the "Family and Childcare" line under the
title band (after the predecessor's programme): one sheet, two sheets (details and grid /
summary and sign-off) or four ("Case details", "Practice grid", "Summary &
actions", "Moderation"); the details as label / value rows or as strips of
headings over one row of values; the areas of practice renamed as the
trust might name them, or kept as the tool names them; grades chosen from
a drop-down, typed informally, scored on a printed numeric key (best
first or worst first), marked under four grade columns, or shown among
all four options printed side by side with the chosen one highlighted or
emboldened, or the others struck through (in four cells or in one cell);
dates typed in a manager's own way or kept as Excel dates; plain or
prefixed references; other children in the household named; actions as a
table, as numbered lines in one cell, or a "no actions" sentence; and the
Head of Service's moderation typed in a colour that is not red, kept in a
grey bordered box, or written in a "HoS" column of the practice grid
itself beside each area and the overall grade, changing, confirming or
only commenting on the grade.
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
    GRADE_COLUMNS,
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

FAMILY = "case_audit_grid_workbook"
SEED = 9989

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
# How the grid names each of the tools' areas of practice (our judgement).
AREAS = {
    "Voice of the child": "The child's voice – seen, heard and understood",
    "Assessment": "Assessment of need and risk",
    "Planning": "The plan – clear, timely and child-focused",
    "Management oversight and supervision": "Line management oversight and supervision",
    "Multi-agency working": "Working with other professionals",
    "Chronology and case recording": "Record keeping and chronology",
    "Impact and outcomes for the child": "Difference made for the child",
    "Working with, not doing to": "Partnership with the family",
    "Respectful language": "Language used in the record",
    "Effective leadership and management oversight": "Leadership and management direction",
    "Engaging with children and families": "Engagement with the child and family",
    "History and networks": "Family history and wider network",
    "Assessments and plans": "Quality of the assessment and the plan",
    "Early Help Assessment": "Family support assessment",
    "Team Around the Family plan": "Family support plan and reviews",
    "Engagement with the family": "How the family were engaged",
    "Management oversight": "Manager's oversight of the work",
}
CASE_TITLES = ("Case File Audit – Practice Grid", "SOCIAL WORK CASE FILE AUDIT", "Team Manager Case File Audit Tool",
               "Family and Childcare Case Audit")
EARLY_HELP_TITLES = ("Early Help Case File Audit – Practice Grid", "EARLY HELP / FAMILY SUPPORT CASE AUDIT",
                     "Early Help Case Audit Tool")
PROGRAMME_LINES = ("Family and Childcare Services", "Children's Services – Family and Childcare",
                   "Family & Childcare – Quality and Practice Improvement")
# The four options as the grid prints them.
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
            INADEQUATE: "Inadequate"}
NO_ACTIONS = ("No actions arising – the current plan addresses what was found.",
              "No further actions required from this audit.", "Nil actions – case progressing to plan.")
NOT_MODERATED = ("", "Not selected for moderation this month.", "n/a")
RECORD_CHECKS = ("Child seen within the required timescales", "Chronology on file and up to date",
                 "Current plan on file and reviewed on time", "Case supervision recorded in the last 3 months",
                 "Case summary / closing summary current")
# How the grid shows grades; "options" prints all four and marks the chosen one.
GRADINGS = ("dropdown", "typed", "score", "columns", "options highlight", "options bold", "options strike",
            "options inline")
MODERATION_LAYOUTS = ("ink", "box", "grid")
THIN = Side(style="thin", color="808080")
THICK = Side(style="medium", color="404040")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
YELLOW = "FFFF00"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    drawn = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in drawn if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)][:count]
    # Every way of grading and of moderating appears: the grading styles are
    # dealt out in turn, and the moderated files take the moderation layouts
    # in turn.
    gradings = [GRADINGS[index % len(GRADINGS)] for index in range(len(chosen))]
    rng.shuffle(gradings)
    layouts = list(MODERATION_LAYOUTS)
    rng.shuffle(layouts)
    plans = []
    moderated = 0
    for sample, grading in zip(chosen, gradings):
        if sample.moderation:
            layout = layouts[moderated % len(layouts)]
            moderated += 1
        else:
            layout = rng.choice(MODERATION_LAYOUTS)
        plans.append((grading, layout))
    return [_form(rng, index, sample, today, *plan) for index, (sample, plan) in enumerate(zip(chosen, plans))]


class _Sheet:
    """Writes one worksheet from the top down."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10, fmt=None,
            border=BOX, strike=False):
        target = self.ws.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border is not None:
            target.border = border
        if fmt:
            target.number_format = fmt
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last, *, fill=None):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def note(self, text, last, **look):
        self.put(self.row, 1, text, border=None, **look)
        self.merge(self.row, 1, last)
        if len(str(text)) > 100:
            self.ws.row_dimensions[self.row].height = 14 * (len(str(text)) // 90 + 1)
        self.row += 1

    def pair(self, label, value, last, *, fmt=None, colour=None, bold=False, label_fill="F2F2F2", border=BOX):
        self.put(self.row, 1, label, bold=True, fill=label_fill, border=border)
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, fmt=fmt, colour=colour, bold=bold, border=border)
        self.merge(self.row, 3, last)
        lines = str(value).count("\n") + 1 + len(str(value)) // 80
        if lines > 1:
            self.ws.row_dimensions[self.row].height = 14 * lines
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, grading: str, moderation_layout: str) -> HeldOutForm:
    early_help = sample.kind == EARLY_HELP_AUDIT
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    excel_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy"))
    sheets = rng.choice(("one", "two", "four", "four"))
    details_layout = rng.choice(("rows", "strip"))
    grading, _, options_look = grading.partition(" ")
    score_order = rng.choice(("best first", "worst first"))
    column_order = rng.choice(GRADE_COLUMNS)
    column_mark = rng.choice(("X", "\u2713", "\u25cf", "x", ""))
    actions_layout = rng.choice(("table", "table", "lines"))
    items_layout = rng.choice(("rows", "cell"))
    record_checks = rng.random() < 0.5
    renamed = rng.random() < 0.7
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 2)), today)
    show_service = rng.random() < 0.6
    asks_feedback = rng.random() < 0.7

    # --- the sample as this file shows it -----------------------------------------
    names = {section.name: (AREAS.get(section.name, section.name) if renamed else section.name)
             for section in sample.sections}
    changes: dict = {"sections": tuple(Section(names[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    if rng.random() < 0.5:
        changes["case_id"] = (early_help_reference(rng, sample.case_id) if early_help
                              else case_reference(rng, sample.case_id))
    if not show_service:
        changes["service"] = None
    if not asks_feedback:
        changes["feedback_sought"] = None
    elif sample.feedback_sought is None:
        changes["feedback_sought"] = rng.random() < 0.7
    if rng.random() < 0.15:
        changes["actions"] = ()
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    original_names = names
    service = sample.service
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), excel_format
        return when(value), None

    # --- the workbook and its sheets ------------------------------------------------
    grade_width = 4 if grading == "columns" or (grading == "options" and options_look != "inline") else 1
    hos_column = 4 + grade_width if moderation_layout == "grid" else None
    last = (hos_column or 3 + grade_width)
    grid_widths = (6, 30, 50) + ((15,) * 4 if grade_width == 4 else (26,)) + ((34,) if hos_column else ())
    grid_widths += (18,) * (8 - len(grid_widths))
    plain_widths = (6, 30, 50, 26, 20, 20, 20, 20)

    workbook = Workbook()
    first = workbook.active
    lists: dict = {}

    def dropdown(ws, reference, choices):
        key = (ws.title, choices)
        if key not in lists:
            lists[key] = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(lists[key])
        lists[key].add(reference)

    title = rng.choice(EARLY_HELP_TITLES if early_help else CASE_TITLES)
    if sheets == "one":
        first.title = rng.choice(("Audit", "Case audit", "CFA grid"))
        details = grid = summary = modsheet = _Sheet(first, font, brand, grid_widths)
    elif sheets == "two":
        first.title = rng.choice(("Details & grid", "Audit"))
        details = grid = _Sheet(first, font, brand, grid_widths)
        summary = modsheet = _Sheet(workbook.create_sheet(rng.choice(("Summary & sign-off", "Findings"))), font,
                                    brand, plain_widths)
    else:
        first.title = rng.choice(("Case details", "1. Details"))
        details = _Sheet(first, font, brand, plain_widths)
        grid = _Sheet(workbook.create_sheet(rng.choice(("Practice grid", "2. Practice grid"))), font, brand,
                      grid_widths)
        summary = _Sheet(workbook.create_sheet(rng.choice(("Summary & actions", "3. Summary"))), font, brand,
                         plain_widths)
        modsheet = summary
        if moderation_layout != "grid":
            modsheet = _Sheet(workbook.create_sheet(rng.choice(("Moderation", "4. HoS moderation"))), font, brand,
                              plain_widths)
    wide = {id(sheet): (last if sheet is grid else 6) for sheet in (details, grid, summary, modsheet)}

    # --- heading and details ---------------------------------------------------------
    w = details
    span = wide[id(w)]
    w.put(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=11)
    w.merge(1, 1, span)
    w.put(2, 1, rng.choice(PROGRAMME_LINES), italic=True, colour=brand, border=None)
    w.merge(2, 1, span)
    w.put(3, 1, title, bold=True, colour=brand, size=14, border=None)
    w.merge(3, 1, span)
    w.row = 4
    w.note(rng.choice((
        "Read the last six months of the record before completing the grid. OFFICIAL – SENSITIVE when complete.",
        "Team Manager to complete and return to the QA inbox; a sample is moderated by the Head of Service.",
        "Grade every area of practice and give the evidence from the record for each grade.",
    )), span, italic=True, colour="595959")
    w.row += 1
    born, born_format = day(child.date_of_birth)
    audited, audited_format = day(sample.date)
    reference = sample.case_id if not sample.case_id.isdigit() else rng.choice((sample.case_id, int(sample.case_id)))
    status = ("Family support (Early Help)" if early_help else
              {"Children in Care": "Looked after child", "Children with Disabilities": "Child in need (disability)"}
              .get(service, rng.choice(("Child protection plan", "Child in need"))))
    rows = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name, None),
        (rng.choice(("Case reference", "Child's ID no.", "Client ID")), reference, None),
        (rng.choice(("Date of birth", "DOB")), born, born_format),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents), None),
        (rng.choice(("Legal status / plan", "Case status")), status, None),
        ((rng.choice(("Lead practitioner", "Family support worker")) if early_help
          else rng.choice(("Allocated social worker", "Social worker", "Key worker"))), sample.practitioner, None),
        (rng.choice(("Team", "Team / office")), sample.team, None),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service, None))
    rows += [
        (rng.choice(("Auditor (Team Manager)", "Audited by", "Completed by")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date")), audited, audited_format),
    ]
    if household:
        rows.insert(4, (rng.choice(("Other children in the household", "Siblings")),
                        "; ".join(f"{name} (aged {max(1, (today - born_on).days // 365)})"
                                  for name, born_on in household), None))
    if rng.random() < 0.35:
        rows.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    w.band(rng.choice(("Case details", "About the child and the case", "1. CASE DETAILS")), span)
    if details_layout == "rows":
        for label, value, fmt in rows:
            w.pair(label, value, span, fmt=fmt)
    else:
        per_strip = rng.choice((4, 5, 6))
        for start in range(0, len(rows), per_strip):
            for offset, (label, value, fmt) in enumerate(rows[start:start + per_strip]):
                w.put(w.row, 2 + offset, label, bold=True, fill="DDEBF7")
                w.put(w.row + 1, 2 + offset, value, fmt=fmt, fill="FFF2CC")
            w.ws.row_dimensions[w.row + 1].height = 30
            w.row += 3
    w.row += 1
    if record_checks:
        w.band(rng.choice(("Record checks", "Compliance checks (Yes / No / N/A)")), span)
        for check in rng.sample(RECORD_CHECKS, rng.randint(3, 5)):
            answer = rng.choice(("Yes", "Yes", "No", "N/A"))
            row = w.pair(check, answer, min(span, 4))
            dropdown(w.ws, f"C{row}", ("Yes", "No", "N/A"))
        w.row += 1

    # --- the practice grid -----------------------------------------------------------
    w = grid
    if grid is not details:
        w.put(1, 1, title, bold=True, colour=brand, size=12, border=None)
        w.merge(1, 1, last)
        w.row = 3
    w.band(rng.choice(("Practice grid", "2. Quality of practice – areas of practice", "AREAS OF PRACTICE")), last)
    numbers = {grade: position for position, grade in
               enumerate(GRADES if score_order == "best first" else GRADES[::-1], start=1)}
    if grading == "score":
        key = ", ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in sorted(GRADES, key=numbers.get))
        w.note(f"Scoring key: {key}", last, bold=True)
    elif grading == "options":
        w.note(rng.choice({"highlight": ("Highlight the grade that applies.",),
                           "bold": ("Put the grade that applies in bold.",),
                           "strike": ("Strike through the grades that do not apply.",),
                           "inline": ("Delete as appropriate: bold the grade given and strike through the others.",
                                      "Bold the grade that applies and strike through the rest.")}[options_look]),
               last, italic=True)
    head = w.row
    w.put(head, 1, "No.", bold=True, fill="D9D9D9")
    w.put(head, 2, rng.choice(("Area of practice", "Practice area")), bold=True, fill="D9D9D9")
    w.put(head, 3, rng.choice(("What the record shows (evidence)", "Evidence from the case record",
                               "Evidence / analysis")), bold=True, fill="D9D9D9")
    if grading == "columns":
        for offset, (_, heading) in enumerate(column_order):
            w.put(head, 4 + offset, heading, bold=True, fill="D9D9D9")
    else:
        text = {"dropdown": "Grade (select)", "typed": "Grade", "score": "Score",
                "options": "Grade"}[grading]
        w.put(head, 4, text, bold=True, fill="D9D9D9")
        w.merge(head, 4, 3 + grade_width)
    if hos_column:
        w.put(head, hos_column, rng.choice(("HoS moderation", "Head of Service comments")), bold=True, fill="D9D9D9")
    w.row += 1

    def grade_cells(row: int, grade: str, note_chance: float = 0.2) -> None:
        if grading == "dropdown":
            w.put(row, 4, DROPDOWN[grade], fill="FFF2CC")
            dropdown(w.ws, f"D{row}", tuple(DROPDOWN[option] for option in GRADES))
        elif grading == "typed":
            w.put(row, 4, informal_grade(rng, grade, note_chance=note_chance))
        elif grading == "score":
            w.put(row, 4, numbers[grade], fill="FFF2CC")
            dropdown(w.ws, f"D{row}", ("1", "2", "3", "4"))
        elif grading == "columns":
            for offset, (option, _) in enumerate(column_order):
                chosen = option == grade
                w.put(row, 4 + offset, column_mark if chosen and column_mark else None, bold=True,
                      fill="A6A6A6" if chosen and not column_mark else None)
        elif options_look == "inline":
            parts = []
            for option in GRADES:
                if parts:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, b=chosen or None, strike=(not chosen) or None),
                                       WORDS[option]))
            w.put(row, 4, CellRichText(parts))
        else:
            for offset, option in enumerate(GRADES):
                chosen = option == grade
                if options_look == "highlight":
                    w.put(row, 4 + offset, WORDS[option], fill=YELLOW if chosen else None, bold=chosen)
                elif options_look == "bold":
                    w.put(row, 4 + offset, WORDS[option], bold=chosen, colour=None if chosen else "7F7F7F")
                else:
                    w.put(row, 4 + offset, WORDS[option], strike=not chosen)

    section_notes = {}
    if moderation:
        section_notes = {original_names.get(name, name): text for name, text in moderation.section_comments.items()}
    for number, section in enumerate(sample.sections, start=1):
        w.put(w.row, 1, number)
        w.put(w.row, 2, section.name, bold=True)
        w.put(w.row, 3, section.comment)
        grade_cells(w.row, section.grade)
        if hos_column:
            w.put(w.row, hos_column, section_notes.get(section.name), colour=ink)
        w.ws.row_dimensions[w.row].height = 15 * (len(section.comment) // 48 + 1)
        w.row += 1
    overall_row = w.row
    w.put(overall_row, 1, rng.choice(("OVERALL GRADE", "Overall judgement for the case", "Overall grading")),
          bold=True, fill="EDEDED")
    w.merge(overall_row, 1, 3)
    grade_cells(overall_row, sample.grade, note_chance=0.0)
    w.row += 2

    # --- summary: strengths, development, actions, safety and views ------------------
    w = summary
    span = wide[id(w)]
    if summary is not grid and summary is not details:
        w.put(1, 1, title, bold=True, colour=brand, size=12, border=None)
        w.merge(1, 1, span)
        w.row = 3
    bullet = rng.choice(("• ", "- ", ""))

    def items(heading, texts):
        w.band(heading, span)
        if items_layout == "rows":
            for text in texts:
                w.note(bullet + text, span)
        else:
            w.put(w.row, 1, "\n".join(bullet + text for text in texts))
            w.merge(w.row, 1, span)
            w.ws.row_dimensions[w.row].height = 16 * (len(texts) + sum(len(text) // 110 for text in texts))
            w.row += 1
        w.row += 1

    items(rng.choice(("Strengths", "What is working well", "Strengths in practice")), sample.strengths)
    items(rng.choice(("Areas for development", "What needs to improve", "Areas for improvement")),
          sample.development_areas)
    w.band(rng.choice(("Actions", "Actions arising from the audit", "Action plan (by whom, by when)")), span)
    if not sample.actions:
        w.note(rng.choice(NO_ACTIONS), span, italic=True)
    elif actions_layout == "table":
        heads = rng.choice((("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale")))
        w.put(w.row, 1, heads[0], bold=True, fill="DDEBF7")
        w.merge(w.row, 1, 3)
        w.put(w.row, 4, heads[1], bold=True, fill="DDEBF7")
        w.put(w.row, 5, heads[2], bold=True, fill="DDEBF7")
        w.row += 1
        for action in sample.actions:
            due, due_format = day(action.due)
            w.put(w.row, 1, action.action)
            w.merge(w.row, 1, 3)
            w.put(w.row, 4, action.owner)
            w.put(w.row, 5, due, fmt=due_format)
            w.ws.row_dimensions[w.row].height = 30
            w.row += 1
    else:
        text = "\n".join(f"{number}. {action.action} ({action.owner}, by {when(action.due)})"
                         for number, action in enumerate(sample.actions, start=1))
        w.put(w.row, 1, text)
        w.merge(w.row, 1, span)
        w.ws.row_dimensions[w.row].height = 30 * len(sample.actions)
        w.row += 1
    w.row += 1
    w.band(rng.choice(("Safety and the family's views", "Immediate safety / family feedback")), span)
    if sample.feedback_sought is not None:
        answer = "Yes" if sample.feedback_sought else rng.choice(("No", "No – not possible before the audit"))
        row = w.pair(rng.choice(("Were the child and family asked for their views as part of this audit?",
                                 "Has feedback been sought from the child / family?")), answer, span)
        dropdown(w.ws, f"C{row}", ("Yes", "No"))
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO"))
    row = w.pair(rng.choice(("Is there any immediate concern for the child's safety that needs action today?",
                             "Urgent safeguarding concern identified?")), answer, span,
                 bold=sample.urgent_concern)
    dropdown(w.ws, f"C{row}", ("Yes", "No"))
    if sample.urgent_concern:
        w.pair(rng.choice(("If yes, what was done and who was told", "Details of concern and action taken")),
               sample.urgent_concern_detail, span)
    w.row += 1

    # --- Head of Service moderation --------------------------------------------------
    if moderation_layout == "grid":
        _grid_moderation(rng, grid, sample, overall_row, hos_column, ink, day)
    else:
        w = modsheet
        span = wide[id(w)]
        if modsheet is not summary:
            w.put(1, 1, title, bold=True, colour=brand, size=12, border=None)
            w.merge(1, 1, span)
            w.row = 3
        boxed = moderation_layout == "box"
        w.band(rng.choice(("Head of Service moderation", "MODERATION – HEAD OF SERVICE ONLY", "HoS moderation")),
               span, fill="595959" if boxed else None)
        colour = ink if not boxed or rng.random() < 0.5 else None
        border = HEAVY if boxed else BOX
        fill = "E7E6E6" if boxed else "F2F2F2"
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            w.pair("Moderated by", moderation.moderator, span, colour=colour, label_fill=fill, border=border)
            w.pair("Date moderated", moderated_on, span, fmt=moderated_format, colour=colour, label_fill=fill,
                   border=border)
            agree = ""
            if moderation.grade:
                agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(
                    ("No", "Disagree"))
            row = w.pair("Do you agree with the overall grade?", agree, span, colour=colour, label_fill=fill,
                         border=border)
            dropdown(w.ws, f"C{row}", ("Agree", "Disagree", "Yes", "No"))
            written = ""
            if moderation.grade:
                written = (informal_grade(rng, moderation.grade) if grading == "typed"
                           else DROPDOWN[moderation.grade])
            w.pair("Moderated grade", written, span, colour=colour, bold=True, label_fill=fill, border=border)
            comments = list(moderation.comments)
            comments += [f"{area}: {text}" for area, text in section_notes.items()]
            w.pair("Comments", "\n".join(comments), span, colour=colour, label_fill=fill, border=border)
        else:
            for label in ("Moderated by", "Date moderated", "Moderated grade"):
                w.pair(label, "", span, label_fill=fill, border=border)
            w.pair("Comments", rng.choice(NOT_MODERATED), span, label_fill=fill, border=border)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 10))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _grid_moderation(rng: random.Random, w: _Sheet, sample, overall_row: int, column: int, ink: str, day) -> None:
    """The Head of Service's moderation written into the grid: remarks beside
    the areas (already written), the moderated grade beside the overall
    grade, then who moderated, when, and their comments under the grid."""
    moderation = sample.moderation
    if not moderation:
        w.put(overall_row, column, None)
        w.note(rng.choice(("HoS moderation: not sampled this month.", "")), column, italic=True, colour="7F7F7F")
        return
    if moderation.grade:
        written = informal_grade(rng, moderation.grade)
        verdict = (rng.choice((f"Agree – {written}", f"Agreed: {written}")) if moderation.grade == sample.grade
                   else rng.choice((f"Disagree – moderated to {written}", f"Moderated grade: {written}")))
        w.put(overall_row, column, verdict, colour=ink, bold=True)
    else:
        w.put(overall_row, column, None)
    moderated_on, moderated_format = day(moderation.date)
    w.put(w.row, 1, "Moderated by (HoS)", bold=True, fill="F2F2F2")
    w.merge(w.row, 1, 2)
    w.put(w.row, 3, moderation.moderator, colour=ink)
    w.put(w.row, 4, "Date", bold=True, fill="F2F2F2")
    w.put(w.row, 5, moderated_on, fmt=moderated_format, colour=ink)
    w.row += 1
    w.put(w.row, 1, "HoS comments", bold=True, fill="F2F2F2")
    w.merge(w.row, 1, 2)
    w.put(w.row, 3, "\n".join(moderation.comments), colour=ink)
    w.merge(w.row, 3, column)
    w.ws.row_dimensions[w.row].height = 16 * (len(moderation.comments) + 1)
    w.row += 1
