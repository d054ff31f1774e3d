"""A city safeguarding children partnership's multi-agency review of one
child's case, kept as an Excel workbook by the partnership's business unit:
a front sheet (the case, the child, the allocated worker's team and
service, the date of the review panel, the lead auditor, the audit panel
of agencies with the role each sent); five key lines of enquiry, each
a block of its own (the question, what the panel found, the grade the
panel agreed); the panel's overall judgement; learning ("what is working
well" and "what we need to do better"); a multi-agency action plan with a
named lead and a target date, or a sentence saying none is needed; the
question whether any child is at risk now; and the sign-off by the Head of
Service or the partnership's independent scrutineer.

Modelled on the Stoke-on-Trent Safeguarding Children Partnership as its
published "About us" pages describe it (a single city partnership since
October 2021, separate from Staffordshire's; three statutory partners of
equal responsibility – the city council, the Staffordshire and
Stoke-on-Trent Integrated Care Board and Staffordshire Police – with
schools, academies and colleges as relevant agencies; principles of being
child centred, "high support high scrutiny" and outcome and impact
focused; a strategic business plan for January 2022 to March 2025). The
pages describe the partnership, not a form, so the workbook is our own
judgement.
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

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "multi_agency_review_workbook"
SEED = 9524

# The sample's five areas as this partnership words its lines of enquiry:
# a short name and the question printed beneath it.
LINES = (
    ("Voice of the child", "Child's lived experience",
     "Does every agency know what life is like for this child, in the child's own words where possible?"),
    ("Information sharing between agencies", "Sharing information across the partnership",
     "Was information shared promptly and acted on by the agency that received it?"),
    ("Assessment of need and risk", "Joint understanding of risk and need",
     "Did agencies contribute to one assessment that weighs the history and the present risk?"),
    ("Multi-agency plan", "One plan for the child",
     "Is there a single plan, known to and owned by all the agencies involved?"),
    ("Impact and outcomes for the child", "Outcome and impact",
     "What has changed for the child because of the help given?"),
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"
TITLES = ("Multi-Agency Case Review – Audit Workbook", "MULTI-AGENCY AUDIT: CASE REVIEW RECORD",
          "Partnership Case Review (multi-agency audit)")
STRAPLINES = ("High support, high scrutiny", "Child centred  |  Outcome and impact focused",
              "Quality Assurance and Performance Sub-group")
PANEL_ROLES = {
    "Children's Social Care": ("Team Manager", "Practice Lead", "Service Manager"),
    "Police": ("DS, Public Protection Unit", "Detective Inspector, PPU", "MASH Sergeant"),
    "Health visiting": ("Specialist Health Visitor", "Named Nurse for Safeguarding"),
    "School": ("Designated Safeguarding Lead", "Deputy DSL"),
    "Early Help": ("Family Support Lead", "Early Help Practice Manager"),
    "Probation": ("Senior Probation Officer",),
    "Child and Adolescent Mental Health Services": ("CAMHS Clinical Lead", "CAMHS Practitioner"),
    "Housing": ("Tenancy Safeguarding Officer",),
}
RECORDS = ("Records reviewed", "Chronology submitted", "Attended panel")
URGENT = ("Is any child in this family at risk of significant harm now (needs escalating today)?",
          "Urgent safeguarding concern identified during the review?",
          "Has the panel identified anything that needs action today to keep a child safe?")
NO_ACTIONS = ("No multi-agency actions arising – the panel agreed the current plan addresses the findings.",
              "Nil actions. Learning will be shared through the partnership's practice briefing.",
              "No actions required from this review.")
NOT_SIGNED = ("", "Awaiting sign-off", "Not selected for moderation this quarter")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 6  # columns A to F


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(80, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """One worksheet filled from the top down."""

    def __init__(self, sheet, brand: str, font: str, widths=(34, 24, 20, 20, 20, 26)):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1
        for column, width in zip("ABCDEF", widths):
            sheet.column_dimensions[column].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
             size=10, number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike or None, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def banner(self, text, *, size=14):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size, border=False)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = 26
        self.row += 1

    def heading(self, text):
        self.cell(self.row, 1, text, bold=True, colour=self.brand, fill="EDEDED", size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def text(self, value, *, first=1, height=None, **look):
        self.cell(self.row, first, value, **look)
        self.merge(self.row, first, WIDTH)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    grading = rng.choice(("dropdown", "options", "number", "typed"))
    details = rng.choice(("rows", "inline", "grid"))
    layout = rng.choice(("tabs", "tabs", "single"))
    panel_as = rng.choice(("table", "line"))
    learning_as = rng.choice(("columns", "lists"))
    actions_as = rng.choice(("table", "table", "cell"))
    signoff_as = rng.choice(("box", "statement"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))

    # The sample as this workbook carries it.
    by_name = {section.name: section for section in sample.sections}
    own_words = rng.random() < 0.75
    renamed = {old: (new if own_words else old) for old, new, _ in LINES}
    changes: dict = {"sections": tuple(Section(renamed[old], by_name[old].grade, by_name[old].comment)
                                       for old, _, _ in LINES)}
    if rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.2:
        changes["actions"] = ()
    else:
        leads = {"Social worker": "Allocated social worker", "Practice manager": "Practice Manager, CSC"}
        changes["actions"] = tuple(SampleAction(action.action, leads.get(action.owner, action.owner), action.due)
                                   for action in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    notes = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    agencies = next(own.written for own in sample.own if own.key == "agencies")

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, ref, choices):
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            validation.prompt = "Choose from the list"
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    front_ws = workbook.active
    front_ws.title = "Front sheet" if layout == "tabs" else "Case review"
    writers: dict[str, _Writer] = {}

    def writer_for(name: str) -> _Writer:
        if layout == "single":
            if not writers:
                writers["all"] = _Writer(front_ws, brand, font)
            current = writers["all"]
            if current.row > 1:
                current.row += 1
            return current
        if name not in writers:
            ws = front_ws if not writers else workbook.create_sheet(name)
            writers[name] = _Writer(ws, brand, font)
        return writers[name]

    grade_list = tuple(WORDS[grade] for grade in ORDER)

    def show_grade(w: _Writer, row: int, column: int, grade: str, *, how: str) -> None:
        """The grade at (row, column) onwards, written the way this workbook does."""
        if how == "dropdown":
            w.cell(row, column, WORDS[grade], bold=True)
            dropdown(w.sheet, w.sheet.cell(row=row, column=column).coordinate, grade_list)
        elif how == "number":
            w.cell(row, column, NUMBERS[grade], bold=True)
        elif how == "typed":
            w.cell(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
        else:  # all four printed; the chosen one highlighted, the rest struck through
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                w.cell(row, column + offset, WORDS[option], bold=chosen, strike=not chosen,
                       fill="FFFF00" if chosen else None, colour=None if chosen else "808080")

    def key_line(w: _Writer) -> None:
        w.text("Grade key: " + ";  ".join(f"{NUMBERS[grade]} – {WORDS[grade]}" for grade in ORDER), italic=True)

    # --- front sheet ---
    w = writer_for("Front sheet")
    w.banner(PARTNERSHIP)
    w.text(rng.choice(STRAPLINES), italic=True, colour=brand, border=False)
    w.text(rng.choice(TITLES), bold=True, size=12, border=False)
    w.row += 1
    born, born_format = day(child.date_of_birth)
    panel_day, panel_format = day(sample.date)
    fields = [
        (rng.choice(("Case number", "LCS number", "Child's ID")), sample.case_id, None),
        (rng.choice(("Child", "Name of child", "Child's name")), child.full_name, None),
        (rng.choice(("Date of birth", "D.O.B.")), born, born_format),
    ]
    if rng.random() < 0.5:
        fields.append(("Home address", ", ".join((*child.address_lines, child.postcode)), None))
    if rng.random() < 0.5:
        fields.append((rng.choice(("Parents", "Parent(s) / carer(s)")), ", ".join(child.parents), None))
    if household:
        fields.append(("Brothers / sisters",
                       "; ".join(f"{name}, born {when(born_day)}" for name, born_day in household), None))
    fields += [
        (rng.choice(("Allocated social worker", "Social worker (CSC)", "Key worker")), sample.practitioner, None),
        ("Team", sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Lead auditor", "Lead auditor / panel chair", "Audit lead")), sample.auditor, None),
        (rng.choice(("Date of review panel", "Panel date", "Date of audit")), panel_day, panel_format),
    ]
    if panel_as == "line":
        fields.append((rng.choice(("Agencies on the panel", "Agencies taking part", "Partner agencies")),
                       ", ".join(agencies), None))
    if details == "rows":
        for text, value, number_format in fields:
            w.cell(w.row, 1, text, bold=True, fill="F2F2F2")
            w.cell(w.row, 2, value, number_format=number_format)
            w.merge(w.row, 2, 4)
            w.row += 1
    elif details == "inline":
        # Label and value typed into one cell, two to a row.
        for start in range(0, len(fields), 2):
            for (text, value, _), column in zip(fields[start:start + 2], (1, 4)):
                shown = value.strftime("%d/%m/%Y") if isinstance(value, datetime) else value
                w.cell(w.row, column, f"{text}: {shown}")
                w.merge(w.row, column, column + 2)
            w.row += 1
    else:
        for start in range(0, len(fields), 2):
            for (text, value, number_format), column in zip(fields[start:start + 2], (1, 4)):
                w.cell(w.row, column, text, bold=True, fill="DDEBF7")
                w.cell(w.row, column + 1, value, number_format=number_format)
                if column == 1:
                    w.merge(w.row, 2, 3)
                else:
                    w.merge(w.row, 5, 6)
            w.row += 1
    if panel_as == "table":
        w.row += 1
        w.heading(rng.choice(("Audit panel", "Agencies taking part in this review", "Panel membership")))
        for column, text in enumerate(("Agency", "Represented by (role)", *RECORDS), start=1):
            w.cell(w.row, column, text, bold=True, colour="FFFFFF", fill=brand)
        w.row += 1
        for agency in agencies:
            w.cell(w.row, 1, agency)
            w.cell(w.row, 2, rng.choice(PANEL_ROLES.get(agency, ("Safeguarding Lead",))))
            for offset in range(len(RECORDS)):
                answer = "Yes" if rng.random() < 0.85 else "No"
                w.cell(w.row, 3 + offset, answer)
                dropdown(w.sheet, w.sheet.cell(row=w.row, column=3 + offset).coordinate, ("Yes", "No"))
            w.row += 1

    # --- the lines of enquiry ---
    w = writer_for("Lines of enquiry")
    w.banner(rng.choice(("Key lines of enquiry", "KLOEs – panel findings")), size=12)
    if grading == "number":
        key_line(w)
    found_label = rng.choice(("What the panel found", "Findings (agreed by the panel)"))
    for number, (section, (_, _, question)) in enumerate(zip(sample.sections, LINES), start=1):
        w.cell(w.row, 1, f"KLOE {number}", bold=True, colour="FFFFFF", fill=brand)
        w.cell(w.row, 2, section.name, bold=True, colour="FFFFFF", fill=brand)
        w.merge(w.row, 2, WIDTH)
        w.row += 1
        w.cell(w.row, 1, "Question", italic=True, fill="F2F2F2")
        w.cell(w.row, 2, question, italic=True)
        w.merge(w.row, 2, WIDTH)
        w.row += 1
        w.cell(w.row, 1, found_label, bold=True, fill="F2F2F2")
        w.cell(w.row, 2, section.comment)
        w.merge(w.row, 2, WIDTH)
        w.sheet.row_dimensions[w.row].height = 48
        w.row += 1
        w.cell(w.row, 1, {"number": "Grade (1–4)"}.get(grading, "Panel grade"), bold=True, fill="F2F2F2")
        show_grade(w, w.row, 2, section.grade, how=grading)
        w.row += 1
        if section.name in notes:
            w.cell(w.row, 1, "Moderator's note", bold=True, colour=ink)
            w.cell(w.row, 2, notes[section.name], colour=ink)
            w.merge(w.row, 2, WIDTH)
            w.row += 1
        w.row += 1
    overall_how = grading if grading != "options" or rng.random() < 0.5 else "dropdown"
    w.cell(w.row, 1, rng.choice(("Overall judgement of the multi-agency response", "PANEL'S OVERALL GRADE",
                                 "Overall grade")), bold=True, fill="FFE699")
    show_grade(w, w.row, 2, sample.grade, how=overall_how)
    w.row += 1

    # --- learning and the action plan ---
    w = writer_for("Learning and actions")
    w.banner(rng.choice(("Learning from this review", "What we have learned")), size=12)
    strengths_head = rng.choice(("What is working well", "Strengths"))
    worries_head = rng.choice(("What we need to do better", "Areas for development"))
    if learning_as == "columns":
        w.cell(w.row, 1, strengths_head, bold=True, fill="E2EFDA")
        w.merge(w.row, 1, 3)
        w.cell(w.row, 4, worries_head, bold=True, fill="FCE4D6")
        w.merge(w.row, 4, WIDTH)
        w.row += 1
        for left, right in zip(_padded(sample.strengths, sample.development_areas),
                               _padded(sample.development_areas, sample.strengths)):
            w.cell(w.row, 1, left)
            w.merge(w.row, 1, 3)
            w.cell(w.row, 4, right)
            w.merge(w.row, 4, WIDTH)
            w.sheet.row_dimensions[w.row].height = 32
            w.row += 1
    else:
        bullet = rng.choice(("• ", "- ", ""))
        for head, items in ((strengths_head, sample.strengths), (worries_head, sample.development_areas)):
            w.text(head, bold=True, colour=brand)
            w.text("\n".join(f"{bullet}{item}" for item in items), height=16 * len(items) + 4)
    w.row += 1
    w.heading(rng.choice(("Multi-agency action plan", "SMART actions agreed by the panel")))
    if not sample.actions:
        w.text(rng.choice(NO_ACTIONS))
    elif actions_as == "table":
        for column, text in enumerate(("No.", "Action", "", "Named lead", "Target date", "Update / RAG"), start=1):
            if text:
                w.cell(w.row, column, text, bold=True, fill="DEEAF6")
        w.merge(w.row, 2, 3)
        w.row += 1
        for number, action in enumerate(sample.actions, start=1):
            due, due_format = day(action.due)
            w.cell(w.row, 1, number)
            w.cell(w.row, 2, action.action)
            w.merge(w.row, 2, 3)
            w.cell(w.row, 4, action.owner)
            w.cell(w.row, 5, due, number_format=due_format)
            w.cell(w.row, 6, None)
            w.sheet.row_dimensions[w.row].height = 32
            w.row += 1
    else:
        lines = [f"{number}) {action.action} Lead: {action.owner}. Target: {when(action.due)}."
                 for number, action in enumerate(sample.actions, start=1)]
        w.text("\n".join(lines), height=30 * len(lines))
    w.row += 1
    w.cell(w.row, 1, rng.choice(URGENT), bold=True, fill="F8CBAD")
    w.merge(w.row, 1, 4)
    w.cell(w.row, 5, "Yes" if sample.urgent_concern else "No", bold=True)
    dropdown(w.sheet, f"E{w.row}", ("Yes", "No"))
    w.sheet.row_dimensions[w.row].height = 30
    w.row += 1
    if sample.urgent_concern:
        w.cell(w.row, 1, "Details and who was informed", bold=True, fill="F8CBAD")
        w.cell(w.row, 2, sample.urgent_concern_detail)
        w.merge(w.row, 2, WIDTH)
        w.sheet.row_dimensions[w.row].height = 30
        w.row += 1

    # --- sign-off ---
    w = writer_for("Sign-off")
    w.banner(rng.choice(("Head of Service moderation", "Sign-off: Head of Service / Independent Scrutineer")),
             size=12)
    if moderation is None:
        note = rng.choice(NOT_SIGNED)
        for text in ("Moderated by", "Date", "Comments"):
            w.cell(w.row, 1, text, bold=True, fill="F2F2F2")
            w.cell(w.row, 2, note if text == "Comments" and note else None, italic=True)
            w.merge(w.row, 2, WIDTH)
            w.row += 1
    elif signoff_as == "box":
        signed, signed_format = day(moderation.date)
        rows = [("Moderated by", moderation.moderator, None), ("Date", signed, signed_format)]
        if moderation.grade:
            verdict = "Agreed" if moderation.grade == sample.grade else "Not agreed"
            rows += [("Panel's overall grade agreed?", verdict, None),
                     ("Grade after moderation", WORDS[moderation.grade], None)]
        rows.append(("Comments", "\n".join(moderation.comments) or None, None))
        for text, value, number_format in rows:
            w.cell(w.row, 1, text, bold=True, fill="F2F2F2")
            w.cell(w.row, 2, value, colour=ink, number_format=number_format, bold=text.startswith("Grade"))
            w.merge(w.row, 2, WIDTH)
            if text == "Panel's overall grade agreed?":
                dropdown(w.sheet, f"B{w.row}", ("Agreed", "Not agreed"))
            if text == "Comments":
                w.sheet.row_dimensions[w.row].height = 60
            w.row += 1
    else:
        parts = []
        if moderation.grade == sample.grade:
            parts.append(f"I agree the overall grade of {WORDS[sample.grade].lower()}.")
        elif moderation.grade:
            parts.append(f"Overall grade changed from {WORDS[sample.grade].lower()} to "
                         f"{WORDS[moderation.grade].upper()}.")
        parts += moderation.comments
        w.text(" ".join(parts), colour=ink, height=75)
        w.text(f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, italic=True)

    workbook.properties.creator = PARTNERSHIP
    workbook.properties.title = f"{PARTNERSHIP} – multi-agency case review"
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = [when(born_day) for _, born_day in household]
    if details == "inline" and excel_dates:
        also.append(child.date_of_birth.strftime("%d/%m/%Y"))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *also))


def _padded(items: tuple[str, ...], other: tuple[str, ...]) -> list[str | None]:
    """`items` with empty cells after them to the length of the longer list."""
    return [*items, *([None] * max(0, len(other) - len(items)))]
