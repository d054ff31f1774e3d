"""An Early Help manager's quality audit of one family's Early Help
assessment and family plan, kept as an Excel workbook: who the family are
(the child, the parents, the other children), the Early Help reference, the
lead practitioner and their locality team, who audited and when; six areas
of the family's Early Help journey (working with the family, the
assessment, the child's and family's voice, the family plan, review and
impact, support and oversight of the lead practitioner), each with what the
auditor found and a grade; the overall grade; what is working well and what
needs to change; an immediate-safety question (a step up to children's
social care today), whether the family were asked for their views of the
help, the actions, and the sign-off of a Head of Service or Head of Early
Help who moderates the audit.

Modelled on Torbay: the Torbay Safeguarding Children Board's "Early Help
Strategy" (Version 1, June 2017, "Working with families in the right way,
at the right time to make a difference": early help as prevention and early
intervention, needs assessed and met through a support plan with actions
and outcomes and named people responsible, the strategy to be accompanied
by practice documents), and the published account of the partnership Early
Help Model later co-produced for Torbay Council (an Early Help Framework
with service pathways, three Locality Networks, a new approach to the Early
Help Assessment, an Outcomes Framework and a Quality Assurance Framework).
Neither shows an audit form, so the workbook is our own judgement: one
sheet or a "Front sheet" / "Audit" / "Sign off" set; the family's details as
label and value down a column, two pairs to a row, or a strip of headings
over one row of values; each area graded from a drop-down, typed as people
type, coloured Blue / Green / Amber / Red against a key on the sheet,
scored on a printed number key, or marked under four grade columns; dates
typed in several spellings or kept as Excel dates; the moderation in the
moderator's own colour or in a shaded box, with remarks beside the areas
they read.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, EARLY_HELP_AUDIT, SampleAction, Section, sample_forms
from bot.samples.ooxml import stable_zip

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

FAMILY = "early_help_audit_workbook"
SEED = 9157
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's areas, what this council calls them, and what the auditor
# is asked to look for.
AREAS = (
    ("Engagement with the family", "Working with the family",
     "Consent recorded; both parents and the wider family involved; the family understand why we are involved."),
    ("Early Help Assessment", "Understanding the family's needs (the assessment)",
     "Strengths and worries both clear; history used; other agencies' views gathered; analysis of need."),
    ("Voice of the child", "Voice of the child and family",
     "Child seen and spoken to; wishes and feelings in their own words; the family's view of the help."),
    ("Team Around the Family plan", "The family plan",
     "Outcomes say what will be different for the child; actions named and timed; agreed with the family."),
    ("Impact and outcomes for the child", "Review, progress and impact",
     "Plan reviewed on time; progress measured against outcomes; clear decision on step down, step up or close."),
    ("Management oversight", "Support and oversight of the lead practitioner",
     "Case discussion or supervision recorded; direction given where help is drifting."),
)

TITLES = (
    "Early Help Quality Audit – Assessment and Family Plan",
    "EARLY HELP CASE AUDIT",
    "Early Help Audit Tool: Family Assessment, Plan and Review",
    "Quality Assurance Audit – Early Help Family Support",
)
LIST_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
              INADEQUATE: "Inadequate"}
RAG = {OUTSTANDING: ("Blue", "00B0F0"), GOOD: ("Green", "92D050"), REQUIRES_IMPROVEMENT: ("Amber", "FFC000"),
       INADEQUATE: ("Red", "FF5050")}
SCORE_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires improvement", "Inadequate"))
MARKS = ("X", "x", "\u2713", "\u2714")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH Manager"}
NO_ACTIONS = ("No actions arising – the family plan already covers what is needed.",
              "None. Audit shared with the lead practitioner; no further actions.",
              "No additional actions from this audit.")
NOT_MODERATED = ("", "Not selected for moderation", "n/a")
MODERATOR_ROLES = ("Head of Service – Early Help", "Head of Early Help", "Head of Service, Family Help")
AUDITOR_ROLES = ("Early Help Manager", "Locality Manager", "Team Manager – Early Help", "Senior Practitioner")
NUMBER_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    rest = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in rest if sample.moderation and sample.moderation.grade is None][:2]
    changes = [sample for sample in rest if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in rest if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in rest if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """Cells on one worksheet, written top to bottom."""

    def __init__(self, sheet, font: str, widths: dict[str, float]):
        self.sheet = sheet
        self.font = font
        self.row = 1
        for letter, width in widths.items():
            sheet.column_dimensions[letter].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int, *, to_row: int | None = None) -> None:
        if last > first or (to_row and to_row > row):
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=to_row or row, end_column=last)

    def banner(self, text: str, fill: str, last: int, *, size=11, colour="FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill, size=size)
        self.merge(self.row, 1, last)
        self.sheet.row_dimensions[self.row].height = 20
        self.row += 1

    def note(self, text: str, last: int, *, italic=True, bold=False, colour=None) -> None:
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False)
        self.merge(self.row, 1, last)
        self.row += 1

    def tall(self, rows: int = 1, height: float = 30) -> None:
        self.sheet.row_dimensions[self.row].height = height * rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    number_format = rng.choice(NUMBER_FORMATS)
    marking = rng.choice(("dropdown", "typed", "rag", "score", "columns"))
    overall_marking = marking if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    score_key = rng.choice(SCORE_KEYS)
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(MARKS)
    layout = rng.choice(("one sheet", "three sheets", "three sheets"))
    details_style = rng.choice(("column", "pairs", "strip"))
    prompts = rng.random() < 0.5 and marking != "columns"
    boxed_moderation = rng.random() < 0.4
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    council = council_line(rng)

    # The sample as this form carries it.
    by_name = {section.name: section for section in sample.sections}
    change: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                      for old, title, _ in AREAS)}
    reference_style = rng.random()
    if reference_style < 0.6:
        change["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference_style < 0.8:
        change["case_id"] = case_reference(rng, sample.case_id)
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.18:
        actions = ()
    change["actions"] = actions
    if rng.random() < 0.2:
        change["team"] = None  # this copy of the tool has no team box
    if household and rng.random() < 0.5:
        change["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.feedback_sought is not None and rng.random() < 0.3:
        change["feedback_sought"] = None  # an older copy without the question
    sample = replace(sample, **change)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: title for old, title, _ in AREAS}
    area_remarks = ({renamed[old]: text for old, text in moderation.section_comments.items()}
                    if moderation else {})

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), number_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(sheet, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (sheet.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            validation.promptTitle = "Choose from the list"
            sheet.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(TITLES)
    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("EH Audit", "Audit", "Early Help audit"))
        front_ws = audit_ws = sign_ws = first
    else:
        first.title = rng.choice(("Front sheet", "1 Family details", "Details"))
        front_ws = first
        audit_ws = workbook.create_sheet(rng.choice(("Audit", "2 Quality of practice", "Areas")))
        sign_ws = workbook.create_sheet(rng.choice(("Sign off", "3 Summary & sign off", "Summary")))
    for sheet in workbook.worksheets:
        sheet.sheet_view.showGridLines = False

    widths = {"A": 6, "B": 30, "C": 38, "D": 14, "E": 14, "F": 14, "G": 14, "H": 34}
    last = 8

    def heading(writer: _Writer) -> None:
        writer.put(1, 1, council, bold=True, colour=brand, size=12, border=False)
        writer.merge(1, 1, last)
        writer.put(2, 1, title, bold=True, size=14, border=False)
        writer.merge(2, 1, last)
        writer.sheet.row_dimensions[2].height = 22
        writer.put(3, 1, rng.choice(("OFFICIAL – SENSITIVE (when completed)", "OFFICIAL-SENSITIVE",
                                     "Confidential – contains personal information")),
                   italic=True, size=9, border=False)
        writer.merge(3, 1, last)
        writer.row = 5

    # --- front sheet: who the family are --------------------------------------
    writer = _Writer(front_ws, font, widths)
    heading(writer)
    guidance = ["Complete one workbook for each family audited and return it to the Quality Assurance team.",
                "Read the Early Help Assessment, the family plan and the last review before starting."]
    if marking in ("rag", "score"):
        guidance.append("Grades: use the key on the audit sheet. Speak to the lead practitioner before you finalise.")
    writer.note(rng.choice(guidance), last)
    writer.row += 1
    writer.banner(rng.choice(("Family details", "Section 1 – About the family", "1. Details")), brand, last)
    reference_label = ("Early Help ref" if not sample.case_id.isdigit() and sample.case_id.startswith("EH")
                       else rng.choice(("Case ref", "Family ID", "Reference number")))
    case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
    born_value, born_format = day(child.date_of_birth)
    audit_value, audit_format = day(sample.date)
    household_text = (rng.choice(("; ", ", ")).join(f"{name} ({when(born)})" for name, born in household)
                      if household else rng.choice(("None", "No siblings", "-")))
    auditor_role = rng.choice(AUDITOR_ROLES)
    details = [
        (reference_label, case_value, None),
        (rng.choice(("Child's name", "Name of child / young person", "Child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
        (rng.choice(("Parents / carers", "Parent(s)/carer(s)")), " & ".join(child.parents), None),
        (rng.choice(("Siblings", "Other children in the family")), household_text, None),
        (rng.choice(("Lead practitioner", "Lead Practitioner / Key worker")), sample.practitioner, None),
    ]
    if sample.team:
        details.append((rng.choice(("Locality team", "Team", "Locality network / team")), sample.team, None))
    details += [
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Auditor", "Audit completed by", "Name of auditor")), sample.auditor, None),
        (rng.choice(("Auditor's role", "Role")), auditor_role, None),
        (rng.choice(("Date of audit", "Audit date")), audit_value, audit_format),
    ]
    if rng.random() < 0.35:
        details.insert(4, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "column":
        for text, value, fmt in details:
            writer.put(writer.row, 1, text, bold=True, fill="F2F2F2")
            writer.merge(writer.row, 1, 2)
            writer.put(writer.row, 3, value, number_format=fmt)
            writer.merge(writer.row, 3, 5)
            writer.row += 1
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, fmt) in enumerate(details[start:start + 2]):
                label_column, value_column = (2, 3) if offset == 0 else (4, 6)
                writer.put(writer.row, label_column, text, bold=True, fill="F2F2F2")
                if offset:
                    writer.merge(writer.row, 4, 5)
                writer.put(writer.row, value_column, value, number_format=fmt)
                if offset:
                    writer.merge(writer.row, 6, 8)
            writer.row += 1
    else:  # a strip of headings over one row of values, four to a strip
        for start in range(0, len(details), 4):
            for offset, (text, value, fmt) in enumerate(details[start:start + 4]):
                column = (2, 3, 4, 6)[offset]
                end = (2, 3, 5, 8)[offset]
                writer.put(writer.row, column, text, bold=True, fill="DDEBF7")
                writer.merge(writer.row, column, end)
                writer.put(writer.row + 1, column, value, number_format=fmt)
                writer.merge(writer.row + 1, column, end)
            writer.sheet.row_dimensions[writer.row + 1].height = 30
            writer.row += 3
    writer.row += 1

    # --- the audit: six areas ------------------------------------------------------
    if audit_ws is not front_ws:
        writer = _Writer(audit_ws, font, widths)
        heading(writer)
    writer.banner(rng.choice(("Section 2 – Quality of practice", "2. The audit", "Audit of the family's Early Help")),
                  brand, last)
    # The key, where this copy's grades need one.
    if marking == "rag" or overall_marking == "rag":
        writer.note("Key:", last, italic=False, bold=True)
        for grade in GRADE_ORDER:
            word, fill = RAG[grade]
            writer.put(writer.row, 2, word, bold=True, fill=fill)
            writer.put(writer.row, 3, LIST_WORDS[grade], border=False)
            writer.row += 1
        writer.row += 1
    if marking == "score" or overall_marking == "score":
        writer.note(rng.choice(("Score each area using this key:", "Scoring key")), last, italic=False, bold=True)
        for grade in sorted(GRADE_ORDER, key=lambda grade: score_key[grade]):
            writer.put(writer.row, 2, f"{score_key[grade]} = {LIST_WORDS[grade]}", border=False)
            writer.row += 1
        writer.row += 1
    writer.put(writer.row, 1, "No.", bold=True, fill="D9D9D9")
    writer.put(writer.row, 2, rng.choice(("Area of practice", "Area", "What we looked at")), bold=True, fill="D9D9D9")
    writer.put(writer.row, 3, rng.choice(("Evidence / what did you find?", "Auditor's findings", "Evidence")),
               bold=True, fill="D9D9D9")
    if marking == "columns":
        for column, text in zip(range(4, 8), heads):
            writer.put(writer.row, column, text, bold=True, fill="D9D9D9")
    else:
        writer.put(writer.row, 4, rng.choice(("Grade", "Judgement", "Rating")) if marking != "score" else "Score",
                   bold=True, fill="D9D9D9")
        writer.merge(writer.row, 4, 5)
    if prompts:
        writer.put(writer.row, 6, "Things to look for", bold=True, fill="D9D9D9")
        writer.merge(writer.row, 6, 7)
    if area_remarks:
        writer.put(writer.row, 8, rng.choice(("HoS comments", "Moderator comments")), bold=True, fill="D9D9D9",
                   colour=None if boxed_moderation else ink)
    writer.row += 1
    for number, ((_, _, prompt), section) in enumerate(zip(AREAS, sample.sections), start=1):
        row = writer.row
        writer.put(row, 1, number)
        writer.put(row, 2, section.name, bold=True)
        writer.put(row, 3, section.comment)
        _grade_cell(writer, rng, row, marking, section.grade, score_key=score_key, mark=mark,
                    dropdown=lambda coordinate: dropdown(audit_ws, coordinate,
                                                         tuple(LIST_WORDS[g] for g in GRADE_ORDER)))
        if prompts:
            writer.put(row, 6, prompt, italic=True, size=8, colour="595959")
            writer.merge(row, 6, 7)
        if section.name in area_remarks:
            writer.put(row, 8, area_remarks[section.name], colour=ink,
                       fill="EAF1DD" if boxed_moderation else None)
        writer.sheet.row_dimensions[row].height = 48
        writer.row += 1
    writer.row += 1

    # --- summary and sign-off --------------------------------------------------------
    if sign_ws is not audit_ws:
        writer = _Writer(sign_ws, font, widths)
        heading(writer)
    writer.banner(rng.choice(("Section 3 – Overall judgement", "3. Summary", "Overall")), brand, last)
    row = writer.row
    if overall_marking == "columns":
        for column, text in zip(range(4, 8), heads):
            writer.put(row, column, text, bold=True, fill="D9D9D9")
        row += 1
    writer.put(row, 1, rng.choice(("Overall grade for the quality of Early Help for this family",
                                   "Overall judgement", "OVERALL GRADE")), bold=True, fill="E2EFDA")
    writer.merge(row, 1, 3)
    writer.sheet.row_dimensions[row].height = 30
    _grade_cell(writer, rng, row, overall_marking, sample.grade, score_key=score_key, mark=mark,
                dropdown=lambda coordinate: dropdown(writer.sheet, coordinate,
                                                     tuple(LIST_WORDS[g] for g in GRADE_ORDER)))
    writer.row = row + 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    together = rng.random() < 0.4
    for heading_text, items in ((rng.choice(("What is working well?", "Strengths", "What's going well for the family")),
                                 sample.strengths),
                                (rng.choice(("What needs to change?", "Areas for development",
                                             "What are we worried about / what could be better?")),
                                 sample.development_areas)):
        writer.banner(heading_text, "BFBFBF", last, colour="000000", size=10)
        if together:
            writer.put(writer.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items))
            writer.merge(writer.row, 1, last)
            writer.tall(1, 15 * len(items) + 6)
            writer.row += 1
        else:
            for item in items:
                writer.put(writer.row, 1, f"{bullet}{item}")
                writer.merge(writer.row, 1, last)
                writer.tall(1, 26)
                writer.row += 1
        writer.row += 1

    writer.banner(rng.choice(("Safety and step up", "Immediate safeguarding", "Is the child safe today?")),
                  "C00000" if rng.random() < 0.3 else brand, last)
    row = writer.row
    writer.put(row, 1, rng.choice((
        "Is there anything in this audit that means the child needs a step up to Children's Social Care / MASH today?",
        "Are there any immediate safeguarding concerns needing action today?",
        "Did the audit identify a child at risk of significant harm (urgent referral to the front door)?",
    )), bold=True, fill="FCE4D6")
    writer.merge(row, 1, 3)
    answer = (rng.choice(("Yes", "YES", "Yes - see below")) if sample.urgent_concern
              else rng.choice(("No", "No", "NO", "No – Early Help remains the right level")))
    target = writer.put(row, 4, answer, bold=True, fill="FFF2CC")
    writer.merge(row, 4, 5)
    if answer in ("Yes", "No"):
        dropdown(writer.sheet, target.coordinate, ("Yes", "No"))
    writer.tall(1, 32)
    writer.row += 1
    writer.put(writer.row, 1, "If yes, what was done and who was told?", bold=True, fill="FCE4D6")
    writer.merge(writer.row, 1, 3)
    writer.put(writer.row, 4, sample.urgent_concern_detail or "")
    writer.merge(writer.row, 4, last)
    writer.tall(1, 32)
    writer.row += 1
    if sample.feedback_sought is not None:
        writer.put(writer.row, 1, rng.choice(("Were the child and family asked for their views of the help?",
                                              "Family feedback sought?")), bold=True, fill="F2F2F2")
        writer.merge(writer.row, 1, 3)
        target = writer.put(writer.row, 4, "Yes" if sample.feedback_sought else "No", fill="FFF2CC")
        dropdown(writer.sheet, target.coordinate, ("Yes", "No"))
        writer.merge(writer.row, 4, 5)
        writer.row += 1
    writer.row += 1

    writer.banner(rng.choice(("Actions", "Actions – what, who, by when", "4. Action plan")), brand, last)
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        writer.put(writer.row, 1, rng.choice(NO_ACTIONS))
        writer.merge(writer.row, 1, last)
        writer.row += 1
    elif action_style == "table":
        headers = rng.choice((("Action", "By whom", "By when", "Done?"),
                              ("What needs to happen", "Who", "Timescale", "Update")))
        writer.put(writer.row, 1, headers[0], bold=True, fill="DDEBF7")
        writer.merge(writer.row, 1, 3)
        for column, text in zip((4, 6, 7), headers[1:]):
            writer.put(writer.row, column, text, bold=True, fill="DDEBF7")
        writer.merge(writer.row, 4, 5)
        writer.row += 1
        for action in sample.actions:
            writer.put(writer.row, 1, action.action)
            writer.merge(writer.row, 1, 3)
            writer.put(writer.row, 4, action.owner)
            writer.merge(writer.row, 4, 5)
            value, fmt = day(action.due)
            writer.put(writer.row, 6, value, number_format=fmt)
            writer.put(writer.row, 7, "")
            writer.tall(1, 28)
            writer.row += 1
    else:
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        writer.put(writer.row, 1, "\n".join(lines))
        writer.merge(writer.row, 1, last)
        writer.tall(1, 16 * len(lines) + 8)
        writer.row += 1
    writer.row += 1

    # --- moderation -------------------------------------------------------------------------
    if moderation or rng.random() < 0.75:
        writer.banner(rng.choice(("Moderation (Head of Service)", "5. Moderation – Head of Service / Head of Early Help",
                                  "Head of Service sign off")), brand, last)
        labels = (rng.choice(("Moderated by", "Name")), "Role",
                  rng.choice(("Date moderated", "Date")),
                  rng.choice(("Do you agree with the overall grade?", "Agree with auditor's judgement?")),
                  rng.choice(("Moderated grade", "Final grade after moderation")),
                  rng.choice(("Comments", "Moderator's comments")))
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No",
                                                                                                          "Disagree"))
                grade_text = (LIST_WORDS[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values = (moderation.moderator, rng.choice(MODERATOR_ROLES), moderated_on, agree, grade_text,
                      "\n".join(moderation.comments))
            formats = (None, None, moderated_format, None, None, None)
        else:
            values = ("", "", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 6
        for text, value, fmt in zip(labels, values, formats):
            writer.put(writer.row, 1, text, bold=True, fill="F2F2F2")
            writer.merge(writer.row, 1, 2)
            writer.put(writer.row, 3, value, number_format=fmt,
                       colour=ink if moderation and not boxed_moderation else None,
                       fill="EAF1DD" if boxed_moderation and moderation else None,
                       bold=text == labels[4])
            writer.merge(writer.row, 3, last)
            if text == labels[5]:
                writer.tall(1, 48)
            writer.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx",
                    others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household)))


def _grade_cell(writer: _Writer, rng: random.Random, row: int, marking: str, grade: str, *, score_key, mark,
                dropdown) -> None:
    """A grade in this copy's way of marking it, in columns D to G."""
    if marking == "columns":
        for column, option in zip(range(4, 8), GRADE_ORDER):
            writer.put(row, column, mark if option == grade else None, bold=True)
        return
    if marking == "dropdown":
        target = writer.put(row, 4, LIST_WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif marking == "rag":
        word, fill = RAG[grade]
        writer.put(row, 4, word, bold=True, fill=fill)
    elif marking == "score":
        writer.put(row, 4, score_key[grade], bold=True, fill="FFF2CC")
    else:
        writer.put(row, 4, informal_grade(rng, grade, note_chance=0.25), bold=True)
    writer.merge(row, 4, 5)
