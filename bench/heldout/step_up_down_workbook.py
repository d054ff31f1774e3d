"""Early Help plan audits kept as an Excel workbook, one audit to a
workbook: either an audit of a family's Team Around the Family plan or an
audit of one move between Early Help and children's social care (a step
up or a step down). An Early Help manager records the family's Early Help
reference, the child, the other children in the household and where the
family live, the lead professional and their team, the direction and date
of the move (step up / step down audits), five graded areas with the
evidence for each, an overall grade, what is working well and what needs
to improve, actions with who and by when (or a sentence saying there are
none), the family's voice, an immediate-safety question, and a moderation
block for the Head of Service or Head of Early Help.

Modelled on the London Borough of Hammersmith & Fulham's "Early Help
Services: Pathways and Processes" (undated, from the three-borough
period): the "Team Around" approach as the borough's way of working with
families (a small core group of professionals and the family meeting face
to face, pooling what they know into one action plan led by a lead
professional), with families moving between early help and statutory
services along the continuum. The document describes the pathway, not an
audit workbook, so the areas audited follow its stages (the child's
voice, the family plan, the Team Around meetings, the lead professional,
the difference made; or, for a move, the decision, the information handed
over, timeliness, continuity for the family and management oversight),
and the workbook itself is our own judgement: one sheet or several
("Cover" / "Audit" / "Sign off"), details one to a row, two to a row or
as a tracker strip of headings over values, grades chosen from a
drop-down, typed as people type them, given as a number on a printed key,
marked under four grade columns, or shown by highlighting (or striking
out) printed options; dates typed in several spellings or kept as Excel
dates; moderation in a colour of the Head of Service's own or in a
shaded box.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import STEP_UP_DOWN_AUDIT, TAF_AUDIT, tool_samples

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

FAMILY = "step_up_down_workbook"
SEED = 9653

# The sample's areas and what this council's workbook calls them.
AREAS = {
    TAF_AUDIT: {
        "Voice of the child": "The child's voice and daily lived experience",
        "Team Around the Family plan": "Family plan – one plan, outcomes the family own",
        "TAF meetings and reviews": "Team Around meetings held and reviewed on time",
        "Lead professional role": "Lead professional co-ordinates the core group",
        "Impact and outcomes for the child": "Difference made for the child",
    },
    STEP_UP_DOWN_AUDIT: {
        "Decision to step up or step down": "Threshold decision and rationale recorded",
        "Information shared at transfer": "Handover – chronology, assessment and plan shared",
        "Timeliness of transfer": "Transfer completed within agreed timescales",
        "Continuity for the child and family": "Continuity for the family (joint visit / handover meeting)",
        "Management oversight": "Manager oversight of the move",
    },
}
TITLES = {
    TAF_AUDIT: ("Team Around the Family – Plan Audit", "TAF PLAN QUALITY AUDIT", "Early Help: Team Around Audit"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "STEP UP – STEP DOWN TRANSFER AUDIT",
                         "Early Help Transitions Audit (Step Up / Step Down)"),
}
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                  INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBER_KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
COLUMN_HEADS = (("Outstanding", "Good", "Requires improvement", "Inadequate"), ("O", "G", "RI", "I"))
COLUMN_FILLS = {OUTSTANDING: "5B9BD5", GOOD: "70AD47", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF5050"}
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
NO_ACTIONS = ("No actions – plan is on track, continue as agreed at the last Team Around meeting.",
              "No further actions from this audit.", "Nil actions required.")
NOT_MODERATED = ("", "Not moderated this quarter", "Not selected for HoS moderation")
MODERATOR_TITLES = ("Head of Service", "Head of Early Help", "HoS / Head of Early Help")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H


def _select(count: int, today: date) -> list:
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))

    def category(sample) -> str:
        if sample.urgent_concern:
            return "urgent"
        if not sample.moderation:
            return "plain"
        if sample.moderation.grade is None:
            return "remarks"
        return "confirm" if sample.moderation.grade == sample.grade else "change"

    wanted = [("urgent", 2), ("remarks", 2), ("change", 3), ("confirm", 2), ("plain", count - 9)]
    chosen: list = []
    kinds = {TAF_AUDIT: 0, STEP_UP_DOWN_AUDIT: 0}
    for name, number in wanted:
        for _ in range(number):
            for kind in sorted(kinds, key=lambda kind: (kinds[kind], kind)):
                found = next((sample for sample in pool if sample.kind == kind and category(sample) == name
                              and sample not in chosen), None)
                if found is not None:
                    chosen.append(found)
                    kinds[kind] += 1
                    break
    return chosen


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _select(count, today)
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip(range(1, WIDTH + 1), (26, 18, 18, 18, 14, 14, 14, 14)):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True, strike=False):
        target = self.sheet.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike or None)
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

    def title(self, text: str, sub: str):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1
        self.cell(self.row, 1, sub, italic=True, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 2

    def band(self, text: str, fill: str | None = None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF" if fill is None else "000000",
                  fill=fill or self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def text(self, value, *, height: int = 30, colour=None, italic=False, bold=False, fill=None):
        self.cell(self.row, 1, value, colour=colour, italic=italic, bold=bold, fill=fill)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    kind = sample.kind
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("pairs", "grid", "strip"))
    grade_style = rng.choice(("dropdown", "typed", "number", "columns", "highlight", "struck"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    heads = rng.choice(COLUMN_HEADS)
    column_mark = rng.choice(("X", "\u2713", "x", ""))
    sheets = rng.choice(("one", "three", "three"))
    moderation_look = rng.choice(("ink", "box"))
    actions_look = rng.choice(("table", "table", "lines"))
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)

    # The sample as this workbook carries it.
    names = AREAS[kind]
    changes: dict = {"sections": tuple(Section(names[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    reference = rng.random()
    if reference < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.8:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, {"Social worker": "Lead professional"}.get(action.owner, action.owner),
                                 action.due) for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    moderation = sample.moderation
    if moderation:
        changes["moderation"] = replace(moderation, section_comments={
            names[old]: text for old, text in moderation.section_comments.items()})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child
    own = {field.key: field for field in sample.own}
    family_voice = own["family_voice"].written

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(TITLES[kind])
    first = workbook.active
    if sheets == "one":
        first.title = rng.choice(("Audit", "EH Audit", "Audit form"))
        cover_ws = audit_ws = sign_ws = first
    else:
        first.title = rng.choice(("Cover", "Family details", "1 Details"))
        cover_ws = first
        audit_ws = workbook.create_sheet(rng.choice(("Audit", "2 Audit areas", "Grading")))
        sign_ws = workbook.create_sheet(rng.choice(("Sign off", "3 Summary & sign off", "Outcome")))
    writers = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    # --- cover: the family and the audit -------------------------------------
    sheet = writer(cover_ws)
    sheet.title(title, council_line(rng))
    dob_value, dob_format = day(child.date_of_birth)
    household_text = "; ".join(f"{name} ({when(born)})" for name, born in household)
    details = [
        (rng.choice(("Early Help ref", "EHM reference", "Early Help ID", "Family ref no.")), sample.case_id, None),
        ("Child's name", child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), dob_value, dob_format),
        (rng.choice(("Siblings / other children", "Other children in household")), household_text, None),
        ("Address", ", ".join((*child.address_lines, child.postcode)), None),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents), None),
        (rng.choice(("Lead professional", "Lead practitioner", "Family support worker")), sample.practitioner, None),
        (rng.choice(("Team", "Locality team", "Early Help team")), sample.team, None),
    ]
    if show_service:
        details.append(("Service", sample.service, None))
    if kind == STEP_UP_DOWN_AUDIT:
        moved, moved_format = day(own["transfer_date"].written)
        details += [(rng.choice(("Step up or step down?", "Direction of move")), own["direction"].written, None),
                    (rng.choice(("Date of transfer", "Date case moved", "Transfer date")), moved, moved_format)]
    details += [
        (rng.choice(("Audited by", "Auditor (EH Manager)", "Completed by")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), *day(sample.date)),
    ]
    direction_row = None
    sheet.band(rng.choice(("Section 1 – About the family", "FAMILY AND AUDIT DETAILS", "Details")))
    if details_style == "pairs":
        for label, value, number_format in details:
            sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, WIDTH)
            if kind == STEP_UP_DOWN_AUDIT and value == own["direction"].written:
                direction_row = (cover_ws, f"B{sheet.row}")
            sheet.row += 1
    elif details_style == "grid":
        for position in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[position:position + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
                if kind == STEP_UP_DOWN_AUDIT and value == own["direction"].written:
                    direction_row = (cover_ws, f"{get_column_letter(column + 1)}{sheet.row}")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for position in range(0, len(details), 4):
            chunk = details[position:position + 4]
            for offset, (label, value, number_format) in enumerate(chunk):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, label, bold=True, fill="DDEBF7")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
                if kind == STEP_UP_DOWN_AUDIT and value == own["direction"].written:
                    direction_row = (cover_ws, f"{get_column_letter(column)}{sheet.row + 1}")
            sheet.sheet.row_dimensions[sheet.row + 1].height = 32
            sheet.row += 3
    if direction_row:
        dropdown(direction_row[0], direction_row[1],
                 ("Step up to Children's Social Care", "Step down to Early Help"))
    sheet.row += 1

    # --- the graded areas -----------------------------------------------------
    sheet = writer(audit_ws)
    if audit_ws is not cover_ws:
        sheet.title(title, rng.choice(("Grade each area, then give the evidence.", "Audit areas")))
    sheet.band(rng.choice(("Section 2 – Audit areas", "WHAT DID THE AUDIT FIND?", "Areas graded")))
    if grade_style == "number" or overall_style == "number":
        sheet.text("Key: " + ", ".join(f"{NUMBER_KEY[grade]} = {OPTION_WORDS[grade]}" for grade in ORDER),
                   height=16, italic=True)
    header = ["Area", "Evidence / findings"]
    sheet.cell(sheet.row, 1, header[0], bold=True, fill="EDEDED")
    sheet.cell(sheet.row, 2, header[1], bold=True, fill="EDEDED")
    sheet.merge(sheet.row, 2, 4)
    if grade_style == "columns":
        for offset, text in enumerate(heads):
            sheet.cell(sheet.row, 5 + offset, text, bold=True, fill="EDEDED")
    elif grade_style in ("highlight", "struck"):
        sheet.cell(sheet.row, 5, "Grade (highlight one)" if grade_style == "highlight"
                   else "Grade (delete as appropriate)", bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 5, 8)
    else:
        sheet.cell(sheet.row, 5, rng.choice(("Grade", "Judgement", "Rating")), bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 5, 6)
        sheet.cell(sheet.row, 7, "HoS comment" if moderation and moderation.section_comments else None,
                   bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 7, 8)
    sheet.row += 1

    def grade_cells(row: int, grade: str, style: str, ws):
        if style == "dropdown":
            target = sheet.cell(row, 5, DROPDOWN_WORDS[grade], bold=True, fill="FFF2CC")
            dropdown(ws, target.coordinate, tuple(DROPDOWN_WORDS[g] for g in ORDER))
            sheet.merge(row, 5, 6)
        elif style == "typed":
            sheet.cell(row, 5, informal_grade(rng, grade, note_chance=0.25), bold=True)
            sheet.merge(row, 5, 6)
        elif style == "number":
            sheet.cell(row, 5, NUMBER_KEY[grade], bold=True, fill="FFF2CC")
            sheet.merge(row, 5, 6)
        elif style == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, 5 + offset, column_mark, bold=True)
                    else:
                        sheet.cell(row, 5 + offset, None, fill=COLUMN_FILLS[grade])
                else:
                    sheet.cell(row, 5 + offset, None)
        else:
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                if style == "highlight":
                    sheet.cell(row, 5 + offset, OPTION_WORDS[option], bold=chosen,
                               fill="FFFF00" if chosen else None)
                else:
                    sheet.cell(row, 5 + offset, OPTION_WORDS[option], bold=chosen, strike=not chosen)

    remarks = moderation.section_comments if moderation else {}
    for number, section in enumerate(sample.sections, start=1):
        row = sheet.row
        sheet.cell(row, 1, f"{number}. {section.name}", bold=True)
        sheet.cell(row, 2, section.comment)
        sheet.merge(row, 2, 4)
        grade_cells(row, section.grade, grade_style, audit_ws)
        if grade_style in ("dropdown", "typed", "number"):
            sheet.cell(row, 7, remarks.get(section.name), colour=ink)
            sheet.merge(row, 7, 8)
        sheet.sheet.row_dimensions[row].height = 60
        sheet.row += 1
        if section.name in remarks and grade_style not in ("dropdown", "typed", "number"):
            sheet.cell(sheet.row, 1, "Head of Service comment", italic=True, colour=ink)
            sheet.cell(sheet.row, 2, remarks[section.name], colour=ink)
            sheet.merge(sheet.row, 2, WIDTH)
            sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Overall grade", "OVERALL JUDGEMENT", "Overall")))
    if overall_style == "columns":
        for offset, text in enumerate(heads):
            sheet.cell(sheet.row, 5 + offset, text, bold=True, fill="EDEDED")
        sheet.row += 1
    row = sheet.row
    sheet.cell(row, 1, rng.choice(("Overall grade for this audit", "Overall judgement", "Overall grade")),
               bold=True, fill="E2EFDA")
    sheet.merge(row, 1, 4)
    grade_cells(row, sample.grade, overall_style, audit_ws)
    sheet.row += 2

    # --- summary and sign off ----------------------------------------------------
    sheet = writer(sign_ws)
    if sign_ws is not audit_ws:
        sheet.title(title, rng.choice(("Summary, actions and moderation", "Sign off")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    together = rng.random() < 0.5
    for heading, items in ((rng.choice(("What is working well", "Strengths", "What's going well?")),
                            sample.strengths),
                           (rng.choice(("Areas for development", "What needs to be better?", "Worries / gaps")),
                            sample.development_areas)):
        sheet.band(heading)
        if together:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=28)
        sheet.row += 1

    sheet.band(rng.choice(("Family's voice", "What does the family say?", "Voice of the family")))
    sheet.text(family_voice, height=32)
    sheet.row += 1

    sheet.band(rng.choice(("Safety", "Is the child safe today?", "Immediate safeguarding")), fill="F8CBAD")
    question = rng.choice(("Is there any concern that a child is at risk of significant harm now?",
                           "Does anything found need an immediate referral to the front door / MASH?"))
    sheet.cell(sheet.row, 1, question, bold=True)
    sheet.merge(sheet.row, 1, 5)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(sign_ws, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 6, WIDTH)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.cell(sheet.row, 1, "If yes, what was done and who was told", italic=True)
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or (None if rng.random() < 0.5 else "N/A"))
    sheet.merge(sheet.row, 2, WIDTH)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 2

    sheet.band(rng.choice(("Actions", "Actions – who, what, by when", "ACTION PLAN")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), height=18)
    elif actions_look == "table":
        for column, text in zip((1, 2, 6, 7), ("Action", "", "Who", "By when")):
            sheet.cell(sheet.row, column, text or None, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 5)
        sheet.merge(sheet.row, 7, 8)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.merge(sheet.row, 7, 8)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} ({action.owner} by {when(action.due)})", height=30)
    sheet.row += 1

    # --- moderation ----------------------------------------------------------------
    role = rng.choice(MODERATOR_TITLES)
    sheet.band(rng.choice((f"Moderation – {role}", "Moderation", f"{role} moderation")))
    box_fill = "E7E6E6" if moderation_look == "box" else None
    colour = ink if moderation and moderation_look == "ink" else None
    rows = [(rng.choice(("Moderated by", "Name")), moderation.moderator if moderation else None, None)]
    if moderation:
        rows.append(("Date", *day(moderation.date)))
        if moderation.grade:
            rows.append(("Agree with overall grade?", "Yes" if moderation.grade == sample.grade else "No", None))
            rows.append(("Moderated grade", DROPDOWN_WORDS[moderation.grade] if rng.random() < 0.5
                         else informal_grade(rng, moderation.grade), None))
        rows.append(("Comments", "\n".join(moderation.comments), None))
    else:
        rows += [("Date", None, None), ("Comments", rng.choice(NOT_MODERATED) or None, None)]
    for label, value, number_format in rows:
        sheet.cell(sheet.row, 1, label, bold=True, fill=box_fill or "EDEDED")
        sheet.cell(sheet.row, 2, value, colour=colour, fill=box_fill, number_format=number_format,
                   bold=label == "Moderated grade")
        sheet.merge(sheet.row, 2, WIDTH)
        if label == "Comments":
            sheet.sheet.row_dimensions[sheet.row].height = 48
        sheet.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household), household_text)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)

