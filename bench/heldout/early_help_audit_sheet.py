"""Early Help audit sheet kept in Excel: an Early Help manager's quality
audit of one family's Early Help Assessment (EHA) and plan, written around
a Signs of Safety assessment.

Modelled on the London Borough of Brent's "Early Help Assessment (EHA) –
Guidance notes for completing the EHA" (Children and Young People, after
the Common Assessment Framework was simplified into the EHA and rebuilt on
Signs of Safety): the EHA's parts are the family's details, the referrer's
or assessor's details, a Signs of Safety assessment (what is working well,
what we are worried about, scaling), the services already involved, goals
and actions, the family's views including the voice of the child, and
consent to share and store information. The guidance describes the
assessment, not an audit of it, so the audit sheet is our own judgement:
the areas audited follow the EHA's parts (consent and engagement, the
Signs of Safety assessment, the family's views and the child's voice, the
goals and actions, review and step up or step down, the lead
practitioner's support and oversight), each graded, then an overall grade,
the auditor's "working well / worried about / needs to happen" summary,
the immediate-safety question (a referral to the Front Door today), and a
Head of Service or Head of Early Help moderation block.

What varies: one sheet or an "Audit" sheet with a separate "Moderation"
sheet; the identifying details as label / value pairs two to a row, one
to a row, or a header strip over one row of values; the family's other
children listed with their dates of birth; grades chosen from a drop-down,
typed informally, given as a number on a printed 1–4 key, marked under
four grade columns, or shown as four options with all but one struck
through and the chosen one highlighted; dates typed in several spellings
or kept as Excel dates; Early Help references with a prefix or plain case
numbers; the summary as three side-by-side columns or stacked lists;
actions as a table, as typed lines in one cell, or a "no actions"
sentence; moderation typed in a colour of the Head of Service's own or
entered in a shaded box, with remarks beside the areas they read.
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

from bot.samples import COUNCIL, Section
from bot.samples.forms import EARLY_HELP_AUDIT
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "early_help_audit_sheet"
SEED = 9553

# The sample's areas and what this sheet calls each, with the prompt the
# template prints beside it.
AREAS = (
    ("Engagement with the family", "1. Consent and working with the family",
     "Consent to share and store information recorded; both parents / carers involved; interpreter or access needs met"),
    ("Early Help Assessment", "2. Signs of Safety assessment",
     "Worries, strengths and complicating factors clear; scaling done with the family; services already involved listed"),
    ("Voice of the child", "3. Family's views and voice of the child",
     "Child seen and spoken with (or observed); child's words recorded; parents' own views recorded"),
    ("Team Around the Family plan", "4. Goals and actions (family plan)",
     "Goals written with the family; actions SMART with a named person and timescale; TAF held"),
    ("Impact and outcomes for the child", "5. Review, progress and step up / step down",
     "Plan reviewed on time; re-scaled; difference for the child evidenced; clear decision to close, continue or step up"),
    ("Management oversight", "6. Lead practitioner support and oversight",
     "Supervision / case discussion recorded; manager's direction followed; drift challenged"),
)
TITLES = (
    "EARLY HELP AUDIT SHEET – EHA and Family Plan",
    "Early Help Quality Audit (EHA / Signs of Safety)",
    "Early Help Assessment & Plan – Manager's Audit",
    "EH Case Audit – Assessment, Plan and Review",
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NUMBER_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
NO_ACTIONS = ("No further actions – plan already covers what was found.", "No actions from this audit.",
              "Nil actions. Feedback given to lead practitioner.")
NOT_MODERATED = ("", "", "Not moderated", "Not in this month's moderation sample")
MOD_ROLES = ("Head of Service", "Head of Early Help", "Head of Service – Early Help & Family Help")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    urgent = [s for s in pool if s.urgent_concern][:2]
    rest = [s for s in pool if not s.urgent_concern]
    remarks = [s for s in rest if s.moderation and s.moderation.grade is None][:2]
    changes = [s for s in rest if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:3]
    confirms = [s for s in rest if s.moderation and s.moderation.grade == s.grade][:2]
    plain = [s for s in rest if not s.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None,
            strike=False, size=None, number_format=None, border=True, last: int | None = None):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike or None,
                           size=size or 10)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        if last and last > column:
            self.sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            for other in range(column + 1, last + 1):
                self.sheet.cell(row=row, column=other).border = BOX if border else Border()
        return target

    def heading(self, text: str, last: int = 8) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11, last=last)
        self.row += 1

    def height(self, value: float) -> None:
        self.sheet.row_dimensions[self.row].height = value


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("pairs", "column", "strip"))
    grade_style = rng.choice(("dropdown", "typed", "number", "columns", "struck"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    number_key = rng.choice(NUMBER_KEYS)
    column_mark = rng.choice(("X", "x", "\u2713", "Y", ""))
    summary_style = rng.choice(("columns", "stacked"))
    action_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("ink", "box"))
    separate_moderation = rng.random() < 0.4
    show_service = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    title = rng.choice(TITLES)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))

    # The sample as this sheet shows it.
    by_name = {section.name: section for section in sample.sections}
    renamed = {old: new for old, new, _ in AREAS}
    reference = rng.choice(("eh", "eh", "plain"))
    changes: dict = {
        "sections": tuple(Section(new, by_name[old].grade, by_name[old].comment) for old, new, _ in AREAS),
        "case_id": early_help_reference(rng, sample.case_id) if reference == "eh" else sample.case_id,
    }
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    sheet_ws = workbook.active
    sheet_ws.title = rng.choice(("Audit", "EH Audit", "Audit sheet"))
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    for letter, width in zip("ABCDEFGHIJ", (26, 22, 20, 22, 16, 12, 12, 12, 12, 30)):
        sheet_ws.column_dimensions[letter].width = width
    w = _Writer(sheet_ws, font, brand)

    # --- title ------------------------------------------------------------------
    w.put(1, 1, COUNCIL if rng.random() < 0.5 else council_line(rng), bold=True, colour=brand, border=False,
          size=12, last=8)
    w.put(2, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14, last=8)
    w.sheet.row_dimensions[2].height = 24
    w.put(3, 1, rng.choice(("Complete every section. Grade each area and give evidence from the file.",
                            "To be completed by the Early Help manager; send to the QA team once finished.",
                            "Audit of the EHA, Signs of Safety assessment and family plan")),
          italic=True, border=False, last=8)
    w.row = 5

    # --- who and what -----------------------------------------------------------------
    audit_day = day(sample.date)
    born = when(child.date_of_birth)
    details = [
        (rng.choice(("EH reference", "Early Help ref", "EHM / case no.")) if reference == "eh"
         else rng.choice(("Case number", "Mosaic ID", "Case no.")), sample.case_id, None),
        (rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name, None),
        ("Date of birth", born, None),
        (rng.choice(("Lead practitioner", "Lead professional", "Lead practitioner (EH)")), sample.practitioner, None),
        (rng.choice(("Team", "Family hub / team", "Locality team")), sample.team, None),
    ]
    if show_service:
        details.append(("Service", sample.service, None))
    details += [
        (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), audit_day[0], audit_day[1]),
    ]
    if rng.random() < 0.5:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                w.put(w.row, column, label, bold=True, fill="DDEBF7")
                w.put(w.row, column + 1, value, number_format=number_format, last=column + 3)
            w.row += 1
    elif details_style == "column":
        for label, value, number_format in details:
            w.put(w.row, 1, label, bold=True, fill="DDEBF7", last=2)
            w.put(w.row, 3, value, number_format=number_format, last=6)
            w.row += 1
    else:
        for column, (label, _, _) in enumerate(details, start=1):
            w.put(w.row, column, label, bold=True, fill="DDEBF7")
        w.row += 1
        for column, (_, value, number_format) in enumerate(details, start=1):
            w.put(w.row, column, value, number_format=number_format, fill="FFF2CC")
        w.height(30)
        w.row += 1
    w.row += 1
    w.put(w.row, 1, rng.choice(("Other children in the household", "Siblings (name, DOB)",
                                "Other children in the family")), bold=True, fill="DDEBF7", last=2)
    w.put(w.row, 3, "; ".join(f"{name} ({when(born_on)})" for name, born_on in household), last=8)
    w.row += 2

    # --- areas --------------------------------------------------------------------------
    w.heading(rng.choice(("Part A – Areas audited", "AUDIT AREAS", "Section 1: Quality of the EHA and plan")))
    if grade_style == "number":
        key_text = "Grade key:  " + "   ".join(f"{number_key[g]} = {WORDS[g]}"
                                               for g in sorted(ORDER, key=lambda g: number_key[g]))
        w.put(w.row, 1, key_text, italic=True, bold=True, border=False, last=8)
        w.row += 1
    header = ["Area", "What good looks like", None, "Evidence / auditor's comments", None, None]
    w.put(w.row, 1, header[0], bold=True, fill="D9D9D9")
    w.put(w.row, 2, header[1], bold=True, fill="D9D9D9", last=3)
    w.put(w.row, 4, header[3], bold=True, fill="D9D9D9", last=6)
    if grade_style in ("columns", "struck"):
        for column, grade in zip(range(7, 11), ORDER):
            w.put(w.row, column, SHORT[grade] if grade_style == "columns" and rng.random() < 0.5 else WORDS[grade],
                  bold=True, fill="D9D9D9")
        remark_column = 11
    else:
        w.put(w.row, 7, "Grade", bold=True, fill="D9D9D9", last=8)
        remark_column = 9
    if remarks:
        w.put(w.row, remark_column, rng.choice(("HoS moderation note", "Moderator's comment", "Moderation")),
              bold=True, fill="D9D9D9", colour=ink if moderation_style == "ink" else None)
        w.sheet.column_dimensions["I" if remark_column == 9 else "K"].width = 32
    w.row += 1
    for (_, name, prompt), section in zip(AREAS, sample.sections):
        w.put(w.row, 1, name, bold=True, fill="F2F2F2")
        w.put(w.row, 2, prompt, italic=True, size=9, last=3)
        w.put(w.row, 4, section.comment, last=6)
        _grade_cells(w, rng, ws=sheet_ws, style=grade_style, grade=section.grade, number_key=number_key,
                     mark=column_mark, dropdown=dropdown)
        if section.name in remarks:
            look = {"colour": ink} if moderation_style == "ink" else {"fill": "E4DFEC"}
            w.put(w.row, remark_column, remarks[section.name], **look)
        w.height(48)
        w.row += 1
    w.row += 1

    # --- overall --------------------------------------------------------------------
    w.put(w.row, 1, rng.choice(("Overall grade", "OVERALL GRADE FOR THIS EARLY HELP EPISODE",
                                "Overall judgement of the EHA and plan")), bold=True, fill="E2EFDA", last=3)
    if overall_style in ("columns", "struck"):
        for column, grade in zip(range(4, 8), ORDER):
            w.put(w.row, column, WORDS[grade], bold=True, fill="D9D9D9", size=9)
        w.row += 1
        _grade_cells(w, rng, ws=sheet_ws, style=overall_style, grade=sample.grade, number_key=number_key,
                     mark=column_mark, dropdown=dropdown, first=4)
    else:
        _grade_cells(w, rng, ws=sheet_ws, style=overall_style, grade=sample.grade, number_key=number_key,
                     mark=column_mark, dropdown=dropdown, first=4)
    w.row += 2

    if sample.feedback_sought is not None:
        w.put(w.row, 1, "Were the child and family asked what they thought of the help they received?",
              bold=True, fill="F2F2F2", last=5)
        cell = w.put(w.row, 6, "Yes" if sample.feedback_sought else "No", bold=True, fill="FFF2CC")
        dropdown(sheet_ws, cell.coordinate, ("Yes", "No"))
        w.row += 2

    # --- summary: working well / worried about --------------------------------------------
    well = rng.choice(("What's working well?", "Strengths in practice", "What is working well"))
    worried = rng.choice(("What are we worried about?", "Areas for development", "What needs to be better"))
    if summary_style == "columns":
        w.put(w.row, 1, well, bold=True, colour="FFFFFF", fill=brand, last=4)
        w.put(w.row, 5, worried, bold=True, colour="FFFFFF", fill=brand, last=8)
        w.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            strength = sample.strengths[position] if position < len(sample.strengths) else None
            worry = sample.development_areas[position] if position < len(sample.development_areas) else None
            w.put(w.row, 1, f"\u2022 {strength}" if strength else None, last=4)
            w.put(w.row, 5, f"\u2022 {worry}" if worry else None, last=8)
            w.height(32)
            w.row += 1
    else:
        for heading, items in ((well, sample.strengths), (worried, sample.development_areas)):
            w.heading(heading)
            numbered = rng.random() < 0.5
            for number, item in enumerate(items, start=1):
                w.put(w.row, 1, f"{number}. {item}" if numbered else item, last=8)
                w.height(28)
                w.row += 1
    w.row += 1

    # --- safety ---------------------------------------------------------------------
    w.heading(rng.choice(("Immediate safety", "Is any child at risk of significant harm now?", "Safeguarding check")))
    w.put(w.row, 1, rng.choice((
        "Has anything been found that needs a referral to the Front Door / MASH today?",
        "Does this audit raise a concern that the child may be at risk of significant harm (step up now)?",
    )), bold=True, fill="FCE4D6", last=6)
    answer = (rng.choice(("Yes", "YES", "Yes - see below")) if sample.urgent_concern
              else rng.choice(("No", "No", "NO")))
    cell = w.put(w.row, 7, answer, bold=True, fill="FFF2CC", last=8)
    if answer in ("Yes", "No"):
        dropdown(sheet_ws, cell.coordinate, ("Yes", "No"))
    w.height(30)
    w.row += 1
    w.put(w.row, 1, "If yes – what was done, who was told and when", italic=True, fill="FCE4D6", last=2)
    w.put(w.row, 3, sample.urgent_concern_detail or "", last=8)
    w.height(30)
    w.row += 2

    # --- what needs to happen ------------------------------------------------------------
    w.heading(rng.choice(("What needs to happen? (actions)", "Actions – by who, by when", "ACTIONS")))
    if not sample.actions:
        w.put(w.row, 1, rng.choice(NO_ACTIONS), last=8)
        w.row += 1
    elif action_style == "table":
        headers = rng.choice((("Action", "By who", "By when"), ("What needs to happen", "Responsible", "Timescale")))
        w.put(w.row, 1, headers[0], bold=True, fill="DDEBF7", last=4)
        w.put(w.row, 5, headers[1], bold=True, fill="DDEBF7", last=6)
        w.put(w.row, 7, headers[2], bold=True, fill="DDEBF7", last=8)
        w.row += 1
        for action in sample.actions:
            value, number_format = day(action.due)
            w.put(w.row, 1, action.action, last=4)
            w.put(w.row, 5, action.owner, last=6)
            w.put(w.row, 7, value, number_format=number_format, last=8)
            w.height(30)
            w.row += 1
    else:
        lines = [f"{number}) {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        w.put(w.row, 1, "\n".join(lines), last=8)
        w.height(34 * len(lines))
        w.row += 1
    w.row += 1

    # --- moderation -------------------------------------------------------------------------
    if separate_moderation:
        mod_ws = workbook.create_sheet(rng.choice(("Moderation", "HoS moderation")))
        for letter, width in zip("ABCDEFGH", (30, 20, 20, 20, 12, 12, 12, 12)):
            mod_ws.column_dimensions[letter].width = width
        m = _Writer(mod_ws, font, brand)
        m.put(1, 1, title, bold=True, colour=brand, border=False, size=12, last=8)
        m.row = 3
    else:
        mod_ws, m = sheet_ws, w
    m.heading(rng.choice(("Moderation by Head of Service", "Head of Service / Head of Early Help moderation",
                          "MODERATION")))
    labels = (rng.choice(("Moderated by", "Name of moderator")), "Role",
              rng.choice(("Date moderated", "Moderation date")),
              rng.choice(("Do you agree with the overall grade?", "Grade agreed?")),
              rng.choice(("Moderated grade", "Grade following moderation")),
              rng.choice(("Moderator's comments", "Comments")))
    if moderation:
        moderated_on = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else "Disagree"
            grade_text = WORDS[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, rng.choice(MOD_ROLES), moderated_on[0], agree, grade_text,
                  "\n".join(moderation.comments))
        formats = (None, None, moderated_on[1], None, None, None)
    else:
        values = ("", "", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 6
    for label, value, number_format in zip(labels, values, formats):
        m.put(m.row, 1, label, bold=True, fill="F2F2F2", last=2)
        look: dict = {}
        if moderation and moderation_style == "ink":
            look["colour"] = ink
        elif moderation:
            look["fill"] = "E4DFEC"
        cell = m.put(m.row, 3, value, number_format=number_format, bold=label == labels[4], last=8, **look)
        if label == labels[3]:
            dropdown(mod_ws, cell.coordinate, ("Agree", "Disagree"))
        if label == labels[5]:
            m.height(60)
        m.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(born, *(when(born_on) for _, born_on in household)))


def _grade_cells(w: _Writer, rng: random.Random, *, ws, style: str, grade: str, number_key, mark: str,
                 dropdown, first: int = 7) -> None:
    """A grade on the current row, from column `first`, in the sheet's style."""
    if style == "columns":
        for column, option in zip(range(first, first + 4), ORDER):
            if option != grade:
                w.put(w.row, column, None)
            elif mark:
                w.put(w.row, column, mark, bold=True)
            else:
                w.put(w.row, column, None, fill=FILLS[grade])
    elif style == "struck":
        for column, option in zip(range(first, first + 4), ORDER):
            if option == grade:
                w.put(w.row, column, WORDS[option], bold=True, fill="FFFF00")
            else:
                w.put(w.row, column, WORDS[option], strike=True, colour="808080")
    elif style == "dropdown":
        cell = w.put(w.row, first, WORDS[grade], bold=True, fill="FFF2CC", last=first + 1)
        dropdown(ws, cell.coordinate, tuple(WORDS[g] for g in ORDER))
    elif style == "number":
        w.put(w.row, first, number_key[grade], bold=True, fill=FILLS[grade], last=first + 1)
    else:
        w.put(w.row, first, informal_grade(rng, grade, note_chance=0.25), bold=True, last=first + 1)
