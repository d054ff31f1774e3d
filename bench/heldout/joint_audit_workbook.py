"""A safeguarding partnership's joint (multi-agency) audit of one child's
case kept as an Excel workbook: the case and the child, the agencies taking
part and the lead auditor from children's social care, the allocated
worker's team and service; one return per agency (who looked at that
agency's records, what they found, whether its involvement met
expectations, from a Yes / Partly / No drop-down); then the joint findings
against five key lines of enquiry, each with the auditors' agreed findings
and a grade; the overall multi-agency judgement; what worked well and
what needs to change; a multi-agency action plan (action, lead, by when)
or a sentence saying there are none; the question whether anything needs
escalating today; and moderation by the Head of Service or the
partnership's chair.

Modelled on the Cumberland Safeguarding Children Partnership's page
"Multi-Agency Scrutiny Activity in Cumberland" (Working Together 2023's
minimum of "joint audits of records"; a programme of multi-agency audits
commissioned through its Partners Improving Practice Group, covering child
protection, child in need and early help cases; a clear focus on outcomes
and on the impact of agencies in achieving them, with the impact on the
child central; findings drawn into a report of themes, areas for practice
improvement, learning from what works, and recommendations the partnership
owns). The page describes the process, not a workbook, so the workbook is
our own judgement: one sheet, or "Case details" / "Agency returns" /
"Joint findings" / "Learning & actions" / "Sign off" sheets; details one to
a row, two pairs to a row, or as a strip of labels over values; the grades
chosen from a drop-down, typed as people type them, given as 1 to 4 on a
printed key, or marked under four grade columns; dates typed in several
spellings or kept as Excel dates; the moderator's remarks in a coloured
column beside the lines of enquiry and in a moderation box.
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

FAMILY = "joint_audit_workbook"
SEED = 8377

# The sample's five areas and the partnership's key lines of enquiry for them.
KLOES = (
    ("Voice of the child", "Was the child seen, heard and understood by all agencies?"),
    ("Information sharing between agencies", "Did agencies share information and talk to each other?"),
    ("Assessment of need and risk", "Was risk and need assessed together, with the history in view?"),
    ("Multi-agency plan", "Is there one plan every agency works to?"),
    ("Impact and outcomes for the child", "What difference has our help made for the child?"),
)
TITLES = (
    "Multi-Agency Joint Case Audit",
    "JOINT AUDIT OF PRACTICE – MULTI-AGENCY CASE FILE AUDIT",
    "Partnership Multi-Agency Audit Workbook",
)
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"
GROUP_LINES = ("Partners Improving Practice Group – joint audit programme",
               "Multi-agency audit programme: Partners Improving Practice",
               "Quality Assurance & Scrutiny – multi-agency audit")
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
COLUMNS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires Improvement"),
           (INADEQUATE, "Inadequate"))
MET = ("Yes", "Partly", "No")
AGENCY_FINDINGS = (
    "Records show regular contact and concerns were passed on the same day.",
    "Chronology held but not shared with the core group; no record of the last strategy discussion outcome.",
    "Attended most meetings; reports submitted on time and clear about what they had seen.",
    "Little evidence the child's own views were recorded in this agency's notes.",
    "Referral made promptly; follow-up on the outcome of the referral was not recorded.",
    "Good knowledge of the family; worries about home conditions recorded but not escalated.",
    "Not invited to the initial meeting; involvement improved after the review.",
)
AGENCY_ROLES = {
    "Children's Social Care": "Practice Manager (CSC)",
    "Police": "Detective Sergeant, Public Protection",
    "Health visiting": "Named Nurse, Safeguarding",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Early Help Co-ordinator",
    "Probation": "Senior Probation Officer",
    "Child and Adolescent Mental Health Services": "CAMHS Team Leader",
    "Housing": "Housing Safeguarding Officer",
}
URGENT_QUESTIONS = (
    "Did the audit identify any child who may be at immediate risk (escalate to the Head of Service today)?",
    "Immediate safeguarding concerns identified that need escalating?",
    "Is there anything the auditors think needs action TODAY to keep the child safe?",
)
NO_ACTIONS = ("No multi-agency actions – the current plan already covers what the auditors found.",
              "No actions arising. Learning to go into the audit summary report.",
              "None needed – all agencies agreed the plan in place is right.")
NOT_MODERATED = ("", "Not sampled for moderation", "n/a – not moderated this round")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
LAST = 7  # columns A to G


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(70, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
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


class _Sheet:
    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1
        for column, width in zip("ABCDEFG", (30, 22, 22, 18, 18, 18, 30)):
            sheet.column_dimensions[column].width = width

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False,
             size=None, number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text: str, size: int = 14) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size, border=False)
        self.merge(self.row, 1, LAST)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1

    def band(self, text: str) -> None:
        self.cell(self.row, 1, text, bold=True, colour=self.brand, fill="E7E6E6", size=11)
        self.merge(self.row, 1, LAST)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, first: int = 1) -> int:
        self.cell(self.row, first, text, italic=italic, bold=bold, colour=colour)
        self.merge(self.row, first, LAST)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "typed", "key", "columns"))
    overall_style = style if style != "columns" or rng.random() < 0.5 else "dropdown"
    words = rng.choice(DROPDOWN_WORDS)
    mark = rng.choice(("X", "x", "\u2713", ""))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details = rng.choice(("rows", "pairs", "strip"))
    actions_as = rng.choice(("table", "table", "lines"))
    show_address = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    moderation_column = rng.random() < 0.6

    # The sample as this form carries it.
    by_name = {section.name: section for section in sample.sections}
    short_names = rng.random() < 0.4
    renamed = {old: old if short_names else question for old, question in KLOES}
    changes: dict = {"sections": tuple(Section(renamed[old], by_name[old].grade, by_name[old].comment)
                                       for old, _ in KLOES)}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.15:
        changes["actions"] = ()
    else:
        owners = {"Social worker": "Allocated SW (CSC)", "Practice manager": "Practice Manager (CSC)"}
        changes["actions"] = tuple(SampleAction(action.action, owners.get(action.owner, action.owner), action.due)
                                   for action in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    agencies = next(own.written for own in sample.own if own.key == "agencies")

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    validations: dict = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    first_ws = workbook.active
    first_ws.title = "Case details" if layout == "sheets" else "Joint audit"
    sheets: dict[str, _Sheet] = {}

    def sheet_for(name: str) -> _Sheet:
        if layout == "one sheet":
            if "one" not in sheets:
                sheets["one"] = _Sheet(first_ws, brand, font)
            current = sheets["one"]
            if current.row > 1:
                current.row += 1
            return current
        if name not in sheets:
            ws = first_ws if not sheets else workbook.create_sheet(name)
            sheets[name] = _Sheet(ws, brand, font)
        return sheets[name]

    grade_choices = tuple(words[grade] for grade in (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE))

    def grade_value(grade: str, how: str) -> str | int:
        if how == "dropdown":
            return words[grade]
        if how == "key":
            return KEY[grade]
        return informal_grade(rng, grade, note_chance=0.2)

    def print_key(sheet: _Sheet) -> None:
        sheet.line("Grading key:  " + "   ".join(f"{number} = {KEY_WORDS[grade]}" for grade, number in KEY.items()),
                   italic=True)

    # --- case details ---
    sheet = sheet_for("Case details")
    sheet.title(PARTNERSHIP)
    sheet.line(rng.choice(GROUP_LINES), italic=True, colour=brand)
    sheet.line(rng.choice(TITLES), bold=True)
    sheet.row += 1
    born, born_format = day(child.date_of_birth)
    audited, audited_format = day(sample.date)
    pairs = [
        (rng.choice(("Case reference (LCS)", "Child's case number", "Case ID")), sample.case_id, None),
        ("Child's name", child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born, born_format),
    ]
    if show_address:
        pairs.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if rng.random() < 0.6:
        pairs.append(("Parents / carers", " and ".join(child.parents), None))
    if household:
        pairs.append(("Siblings", "; ".join(f"{name} ({when(born_day)})" for name, born_day in household), None))
    pairs += [
        (rng.choice(("Lead auditor", "Lead auditor (CSC)", "Audit lead")), sample.auditor, None),
        (rng.choice(("Allocated social worker", "Allocated worker", "Social worker")), sample.practitioner, None),
        ("Team", sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), audited, audited_format),
        (rng.choice(("Agencies taking part", "Agencies involved in this audit", "Partner agencies")),
         ", ".join(agencies), None),
    ]
    if details == "rows":
        for text, value, number_format in pairs:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, 4)
            sheet.row += 1
    elif details == "pairs":
        for start in range(0, len(pairs), 2):
            for (text, value, number_format), column in zip(pairs[start:start + 2], (1, 4)):
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.row += 1
    else:
        for start in range(0, len(pairs), 4):
            chunk = pairs[start:start + 4]
            for column, (text, _, _) in enumerate(chunk, start=1):
                sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
            for column, (_, value, number_format) in enumerate(chunk, start=1):
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
            sheet.row += 3

    # --- agency returns ---
    sheet = sheet_for("Agency returns")
    sheet.band(rng.choice(("Part A – Single agency returns", "Agency returns (each agency completes its own part)",
                           "What each agency's records show")))
    for agency in agencies:
        sheet.cell(sheet.row, 1, agency, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 1, LAST)
        sheet.row += 1
        sheet.cell(sheet.row, 1, "Completed by (role)", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, AGENCY_ROLES.get(agency, "Safeguarding lead"))
        sheet.merge(sheet.row, 2, 3)
        sheet.cell(sheet.row, 4, "Met expectations?", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 5, rng.choice(MET))
        dropdown(sheet.sheet, f"E{sheet.row}", MET)
        sheet.row += 1
        sheet.cell(sheet.row, 1, "Findings from our records", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, " ".join(rng.sample(AGENCY_FINDINGS, rng.randint(1, 2))))
        sheet.merge(sheet.row, 2, LAST)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 1

    # --- joint findings ---
    sheet = sheet_for("Joint findings")
    sheet.band(rng.choice(("Part B – Joint findings against the key lines of enquiry",
                           "Key lines of enquiry – agreed findings", "Joint findings")))
    if style == "key" or overall_style == "key":
        print_key(sheet)
    remark_col = None
    headings = ["Key line of enquiry", "Agreed findings (all agencies)", ""]
    if style == "columns":
        headings += [label for _, label in COLUMNS]
        remark_col = 8
    else:
        headings += [{"dropdown": "Grade", "typed": "Grade", "key": "Grade (1–4)"}[style]]
        remark_col = 5
    if moderation_column:
        headings.append("HoS moderation comment")
    for column, text in enumerate(headings, start=1):
        if text or column != 3:
            sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
    sheet.merge(sheet.row, 2, 3)
    sheet.row += 1
    for section in sample.sections:
        sheet.cell(sheet.row, 1, section.name, bold=True)
        sheet.cell(sheet.row, 2, section.comment)
        sheet.merge(sheet.row, 2, 3)
        if style == "columns":
            for offset, (grade, _) in enumerate(COLUMNS):
                target = sheet.cell(sheet.row, 4 + offset, mark if grade == section.grade and mark else None)
                if grade == section.grade and not mark:
                    target.fill = PatternFill("solid", start_color="A6A6A6", end_color="A6A6A6")
        else:
            sheet.cell(sheet.row, 4, grade_value(section.grade, style), bold=True)
            if style == "dropdown":
                dropdown(sheet.sheet, f"D{sheet.row}", grade_choices)
        if moderation_column:
            sheet.cell(sheet.row, remark_col, remarks.get(section.name), colour=ink)
        sheet.sheet.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    sheet.row += 1
    overall_label = rng.choice(("Overall multi-agency judgement", "OVERALL GRADE (agreed by all auditors)",
                                "Overall grade for the multi-agency response"))
    sheet.cell(sheet.row, 1, overall_label, bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 1, 3)
    sheet.cell(sheet.row, 4, grade_value(sample.grade, overall_style if overall_style != "columns" else "typed"),
               bold=True, fill="FFF2CC")
    if overall_style == "dropdown":
        dropdown(sheet.sheet, f"D{sheet.row}", grade_choices)
    sheet.row += 1

    # --- learning and actions ---
    sheet = sheet_for("Learning & actions")
    sheet.band(rng.choice(("Part C – Learning", "Learning from this audit")))
    for heading, items in ((rng.choice(("What worked well", "Strengths / good practice")), sample.strengths),
                           (rng.choice(("What needs to change", "Areas for development")),
                            sample.development_areas)):
        sheet.line(heading, bold=True, colour=brand)
        bullet = rng.choice(("• ", "- ", ""))
        for item in items:
            sheet.line(f"{bullet}{item}")
    sheet.row += 1
    sheet.band(rng.choice(("Multi-agency action plan", "Part D – Actions (SMART: who, by when)")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS))
    elif actions_as == "table":
        for column, text in enumerate(("Action", "", "", "Lead (agency / person)", "By when", "Progress"), start=1):
            if text:
                sheet.cell(sheet.row, column, text, bold=True, fill="DEEAF6")
        sheet.merge(sheet.row, 1, 3)
        sheet.row += 1
        for action in sample.actions:
            due, due_format = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, action.owner)
            sheet.cell(sheet.row, 5, due, number_format=due_format)
            sheet.cell(sheet.row, 6, None)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    sheet.cell(sheet.row, 5, "Yes" if sample.urgent_concern else "No", bold=True)
    dropdown(sheet.sheet, f"E{sheet.row}", ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if sample.urgent_concern:
        sheet.cell(sheet.row, 1, "If yes, what and who was told", bold=True, fill="FCE4D6")
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail)
        sheet.merge(sheet.row, 2, LAST)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 1

    # --- sign off ---
    sheet = sheet_for("Sign off")
    sheet.band(rng.choice(("Moderation – Head of Service / Partnership Chair",
                           "Part E – Moderation (Head of Service or independent chair)")))
    labels = ("Moderated by", "Date moderated", "Agree with the overall grade?", "Moderated grade", "Comments")
    values: list = [None] * 5
    formats: list = [None] * 5
    if moderation:
        values[0] = moderation.moderator
        values[1], formats[1] = day(moderation.date)
        if moderation.grade:
            values[2] = "Agree" if moderation.grade == sample.grade else "Disagree"
            values[3] = informal_grade(rng, moderation.grade) if style == "typed" else words[moderation.grade]
        comments = list(moderation.comments)
        if not moderation_column:
            comments += [f"{name}: {text}" for name, text in remarks.items()]
        values[4] = "\n".join(comments) or None
    else:
        values[4] = rng.choice(NOT_MODERATED) or None
    for text, value, number_format in zip(labels, values, formats):
        sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, value, number_format=number_format,
                            colour=ink if moderation else None, italic=not moderation,
                            bold=bool(moderation) and text == labels[3])
        sheet.merge(sheet.row, 2, LAST)
        if text == labels[2]:
            dropdown(sheet.sheet, f"B{sheet.row}", ("Agree", "Disagree"))
        if text == labels[4]:
            sheet.sheet.row_dimensions[sheet.row].height = 60
        sheet.row += 1

    title = f"{PARTNERSHIP} – joint audit"
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = tuple(when(born_day) for _, born_day in household)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *also))
