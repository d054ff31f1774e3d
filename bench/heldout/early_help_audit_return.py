"""Early Help audit return kept as an Excel workbook, one family to a
workbook: an Early Help manager's quality audit of one family's Early Help
assessment and Family Plan, returned to the Quality Assurance team.

The identifying part names the Early Help system reference, the child (and
the other children in the household), the lead practitioner and their
Early Help / family support team, the service, the auditor and the date.
Six practice standards follow, each with what the auditor looks for, a
Met / Partly met / Not met answer from a drop-down, the evidence and a
grade; then the overall grade, whether the child's and family's views on
the help were sought (where the return asks), what is working well, what
needs to develop, the safety question (does anything found need a step up
to children's social care now?), the actions, and a sign-off by the Head
of Early Help or Head of Service who moderates.

Modelled on Buckinghamshire's published "Early Help Practice Guidance"
(an "Early Help toolkit" written by a multi-agency working group to
support the county's Early Help Practice Standards: signposting and
referral, consent, the assessment, the child's voice, the plan, Team
Around the Family meetings and reviews, stepping up to and down from
social care, closure) and the county's refreshed quality assurance
framework as Ofsted's 2019 monitoring visit described it. Every council
in the East of England is already used by other families, so the source
is from a neighbouring region (the South East). The guidance shows no
audit form: the workbook is our own judgement of how a council would
turn those standards into an audit return.
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

FAMILY = "early_help_audit_return"
SEED = 9756

# The sample's six areas and this return's practice standards, with what
# the auditor looks for under each.
STANDARDS = (
    ("Engagement with the family", "Consent and the relationship with the family",
     "Consent recorded; both parents / carers involved; interpreter or access needs met"),
    ("Early Help Assessment", "Quality of the Early Help Assessment",
     "Strengths and worries; history; partners' information; analysis of why help is needed now"),
    ("Voice of the child", "The child's lived experience and the family's voice",
     "Child seen and heard (or observed); wishes and feelings in their own words; a day in the life"),
    ("Team Around the Family plan", "The Family Plan",
     "SMART outcomes; named people and dates; agreed at a TAF meeting with the family"),
    ("Impact and outcomes for the child", "Reviews, progress and step up / step down",
     "Reviewed in time; progress against outcomes; clear decision to close, continue or step up"),
    ("Management oversight", "Support to the lead practitioner and management oversight",
     "Supervision / case discussion recorded; direction where drift; decisions explained"),
)

TITLES = (
    "Early Help Audit Return",
    "EARLY HELP QUALITY AUDIT – RETURN TO QA TEAM",
    "Early Help Assessment & Family Plan: Audit Return",
    "Family Support / Early Help – Practice Standards Audit",
)
# The four grades as this return's drop-down lists and key spell them.
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
COLUMN_TITLES = (("Outstanding", "Good", "RI", "Inadequate"),
                 ("O", "G", "RI", "I"),
                 ("Outstanding", "Good", "Requires improvement", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B0F0", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF7C80"}
# Numbers on a printed key.
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
MET = {OUTSTANDING: "Met", GOOD: "Met", REQUIRES_IMPROVEMENT: "Partly met", INADEQUATE: "Not met"}
CASE_LABELS = ("EHM reference", "Early Help ID", "EH case no.", "Early Help record number")
AUDITOR_LABELS = ("Audited by", "Auditor (EH Team Manager)", "Name of auditor")
PRACTITIONER_LABELS = ("Lead practitioner", "Lead Practitioner / Family Worker", "Lead professional")
TEAM_LABELS = ("Team", "Early Help team / locality", "Family support team")
SERVICE_LABELS = ("Service", "Service area")
DATE_LABELS = ("Date of audit", "Audit date", "Date audited")
MODERATOR_TITLES = ("Head of Early Help", "Head of Service", "Head of Service – Early Help & Prevention")
NO_ACTIONS = ("No actions needed – the Family Plan already covers what was found.",
              "Nil – no actions from this audit.",
              "No further actions required at this time.")
NOT_MODERATED = ("Not sampled for moderation.", "", "N/A")
FEEDBACK_QUESTIONS = ("Were the child's and family's views on the help they have had sought?",
                      "Has feedback been gathered from the child and family about the support?")
SAFETY_QUESTIONS = (
    "Is anything found in this audit a safeguarding concern that needs a step up to Children's Social Care today?",
    "Immediate safety: does this child need to be stepped up to social care (contact First Response now)?",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if form.kind == "early_help_audit"]
    urgent = sorted((form for form in pool if form.urgent_concern), key=lambda form: form.moderation is not None)[:2]
    rest = [form for form in pool if not form.urgent_concern]
    remarks = [form for form in rest if form.moderation and not form.moderation.grade][:2]
    changes = [form for form in rest if form.moderation and form.moderation.grade
               and form.moderation.grade != form.grade][:3]
    confirms = [form for form in rest if form.moderation and form.moderation.grade == form.grade][:2]
    plain = [form for form in rest if not form.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(random.Random(SEED * 100 + index), index, sample, today)
            for index, sample in enumerate(chosen[:count])]


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, ws, font: str, width: int):
        self.ws = ws
        self.font = font
        self.width = width
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, last: int | None = None):
        cell = self.ws.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            if border:
                for other in range(column + 1, last + 1):
                    self.ws.cell(row=row, column=other).border = BOX
        return cell

    def band(self, text: str, fill: str, *, colour: str = "FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill, size=11, last=self.width)
        self.row += 1

    def text(self, value: str, *, height: int = 15, **look) -> None:
        self.put(self.row, 1, value, last=self.width, **look)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _finish(workbook: Workbook, title: str, sample, editor: str) -> bytes:
    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = editor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((sample.moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return stable_zip(buffer.getvalue())


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("list", "grid", "strip"))
    grade_style = rng.choice(("dropdown", "typed", "key", "columns", "dropdown", "typed"))
    sheets = rng.choice((1, 2, 3))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    title = rng.choice(TITLES)
    key = rng.choice(KEYS)
    column_titles = rng.choice(COLUMN_TITLES)
    mark = rng.choice(("X", "\u2713", "x", ""))
    moderator_title = rng.choice(MODERATOR_TITLES)

    # The sample as this return carries it.
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(name, by_name[old].grade, by_name[old].comment)
                                       for old, name, _ in STANDARDS)}
    reference = rng.random()
    if reference < 0.55:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if details_style == "strip":
        changes["service"] = None  # the strip has no room for the service
    if rng.random() < 0.2:
        changes["actions"] = ()
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: name for old, name, _ in STANDARDS}
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    first = workbook.active
    names = {1: ("EH Audit",), 2: ("Audit", "Moderation"), 3: ("Family details", "Practice standards", "Sign off")}
    first.title = names[sheets][0]
    extra = [workbook.create_sheet(name) for name in names[sheets][1:]]
    columns_wanted = grade_style == "columns"
    width = 10 if columns_wanted else 7
    for ws in (first, *extra):
        for letter, size in zip("ABCDEFGHIJ", (6, 30, 34, 11, 48, 16, 30, 12, 12, 30)):
            ws.column_dimensions[letter].width = size
    details = _Sheet(first, font, width)
    standards = _Sheet(extra[0], font, width) if sheets == 3 else details
    closing = _Sheet(extra[-1], font, width) if sheets >= 2 else details

    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        found = (ws.title, choices)
        if found not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[found] = validation
        validations[found].add(coordinate)

    # --- title ------------------------------------------------------------------
    details.put(1, 1, council_line(rng), bold=True, colour="FFFFFF", fill=brand, size=12, last=width)
    details.put(2, 1, title, bold=True, colour=brand, size=14, border=False, last=width)
    details.ws.row_dimensions[2].height = 22
    details.row = 3
    details.text(rng.choice(("Complete one return per family and send it to the QA inbox within 5 working days.",
                             "Please complete all shaded cells. Use the drop-downs where provided.",
                             "Return to the Quality Assurance Team. Heads of Service moderate a sample.")),
                 italic=True, border=False)
    details.row += 1

    # --- who and what -------------------------------------------------------------
    born = when(child.date_of_birth)
    others_text = "; ".join(f"{name} ({when(dob)})" for name, dob in household) or rng.choice(("None", "n/a", ""))
    audit_date, audit_format = day(sample.date)
    fields = [
        (rng.choice(CASE_LABELS), sample.case_id, None),
        ("Child's name", child.full_name, None),
        ("Date of birth", born, None),
        ("Parent(s) / carer(s)", ", ".join(child.parents), None),
        ("Other children in the household", others_text, None),
        (rng.choice(PRACTITIONER_LABELS), sample.practitioner, None),
        (rng.choice(TEAM_LABELS), sample.team, None),
    ]
    if sample.service:
        fields.append((rng.choice(SERVICE_LABELS), sample.service, None))
    fields += [(rng.choice(AUDITOR_LABELS), sample.auditor, None),
               (rng.choice(DATE_LABELS), audit_date, audit_format)]
    if rng.random() < 0.4:
        fields.insert(4, ("Address", ", ".join((*child.address_lines, child.postcode)), None))

    details.band(rng.choice(("Section 1 – About the family and the audit", "FAMILY & AUDIT DETAILS",
                             "Details")), brand)
    if details_style == "list":
        for name, value, number_format in fields:
            details.put(details.row, 1, name, bold=True, fill="F2F2F2", last=2)
            details.put(details.row, 3, value, number_format=number_format, fill="FFFFE0", last=5)
            details.row += 1
    elif details_style == "grid":
        for pair in range(0, len(fields), 2):
            for offset, (name, value, number_format) in enumerate(fields[pair:pair + 2]):
                start = 1 + offset * 4 if width == 10 else (1, 4)[offset]
                details.put(details.row, start, name, bold=True, fill="F2F2F2", last=start + (1 if offset == 0 else 0))
                value_col = start + (2 if offset == 0 else 1)
                details.put(details.row, value_col, value, number_format=number_format,
                            last=value_col + (0 if offset == 0 else 1))
            details.row += 1
    else:  # a strip: labels across one row, values beneath (two strips)
        half = (len(fields) + 1) // 2
        for chunk in (fields[:half], fields[half:]):
            for column, (name, value, number_format) in enumerate(chunk, start=1):
                details.put(details.row, column, name, bold=True, fill="DDEBF7")
                details.put(details.row + 1, column, value, number_format=number_format)
            details.ws.row_dimensions[details.row + 1].height = 30
            details.row += 3
    details.row += 1

    # --- the practice standards -------------------------------------------------------
    if standards is not details:
        standards.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=width)
        standards.put(2, 1, f"{rng.choice(CASE_LABELS)}: {sample.case_id}", border=False, last=4)
        standards.row = 4
    standards.band(rng.choice(("Section 2 – Practice standards", "PRACTICE STANDARDS AUDITED",
                               "How well does the Early Help work meet our standards?")), brand)
    if grade_style == "key":
        standards.text("Grading key:  " + "   ".join(f"{key[grade]} = {WORDS[grade]}"
                                                     for grade in sorted(ORDER, key=lambda g: key[g])),
                       bold=True, fill="FFF2CC")
    grade_col = 6
    remark_col = 10 if columns_wanted else 7
    headings = ["No.", "Practice standard", "What we look for", rng.choice(("Met?", "Standard met?")),
                rng.choice(("Evidence / auditor's commentary", "Findings", "What did you find?"))]
    if columns_wanted:
        headings += list(column_titles)
    else:
        headings.append(rng.choice(("Grade", "Judgement", "Rating")))
    headings.append(rng.choice(("Moderator's comment", "HoS comments")))
    for column, heading in enumerate(headings, start=1):
        standards.put(standards.row, column, heading, bold=True, fill="D9E1F2")
    standards.row += 1
    number_style = rng.choice(("{}", "{}.", "S{}"))

    def grade_cells(row: int, grade: str, ws_sheet: _Sheet, bold: bool = False) -> None:
        if grade_style == "columns":
            for column, option in zip(range(6, 10), ORDER):
                if option == grade:
                    if mark:
                        ws_sheet.put(row, column, mark, bold=True)
                    else:
                        ws_sheet.put(row, column, None, fill=COLUMN_FILLS[grade])
                else:
                    ws_sheet.put(row, column, None)
        elif grade_style == "dropdown":
            cell = ws_sheet.put(row, grade_col, WORDS[grade], bold=bold, fill="FFFFE0")
            dropdown(ws_sheet.ws, cell.coordinate, tuple(WORDS[g] for g in ORDER))
        elif grade_style == "key":
            ws_sheet.put(row, grade_col, key[grade], bold=True, fill="FFFFE0")
        else:
            ws_sheet.put(row, grade_col, informal_grade(rng, grade, note_chance=0.25), bold=bold)

    for number, (section, (_, _, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
        row = standards.row
        standards.put(row, 1, number_style.format(number), bold=True)
        standards.put(row, 2, section.name, bold=True, fill="F2F2F2")
        standards.put(row, 3, prompt, italic=True, size=9)
        met = standards.put(row, 4, MET[section.grade], fill="FFFFE0")
        dropdown(standards.ws, met.coordinate, ("Met", "Partly met", "Not met"))
        standards.put(row, 5, section.comment)
        grade_cells(row, section.grade, standards)
        remark = remarks.get(section.name)
        standards.put(row, remark_col, remark or "", colour=ink if remark else None)
        standards.ws.row_dimensions[row].height = 48
        standards.row += 1
    row = standards.row
    standards.put(row, 1, rng.choice(("OVERALL GRADE", "Overall judgement for this family's Early Help",
                                      "Overall grade")), bold=True, fill="E2EFDA", last=5)
    grade_cells(row, sample.grade, standards, bold=True)
    standards.put(row, remark_col, "")
    standards.row += 2

    # --- views, strengths, development, safety ----------------------------------------------
    target = details if sheets == 2 else standards  # with two sheets the second holds only the sign-off
    if sample.feedback_sought is not None:
        target.put(target.row, 1, rng.choice(FEEDBACK_QUESTIONS), bold=True, fill="F2F2F2", last=4)
        answer = target.put(target.row, 5, "Yes" if sample.feedback_sought else "No", fill="FFFFE0")
        dropdown(target.ws, answer.coordinate, ("Yes", "No"))
        target.row += 2
    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.5
    for heading, items in ((rng.choice(("What is working well", "Strengths", "Strengths of the Early Help work")),
                            sample.strengths),
                           (rng.choice(("Areas for development", "What needs to be better",
                                        "What needs to develop")), sample.development_areas)):
        target.band(heading, brand)
        if one_cell:
            target.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 4)
        else:
            for number, item in enumerate(items, start=1):
                target.put(target.row, 1, number, bold=True)
                target.put(target.row, 2, item, last=width)
                target.ws.row_dimensions[target.row].height = 30
                target.row += 1
        target.row += 1

    target.band(rng.choice(("Safeguarding – step up", "IMMEDIATE SAFETY", "Is the child safe?")), "C00000")
    target.put(target.row, 1, rng.choice(SAFETY_QUESTIONS), bold=True, fill="FCE4D6", last=4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    cell = target.put(target.row, 5, answer, bold=True, fill="FFFFE0")
    if answer in ("Yes", "No"):
        dropdown(target.ws, cell.coordinate, ("Yes", "No"))
    target.ws.row_dimensions[target.row].height = 32
    target.row += 1
    target.put(target.row, 1, "If yes – who was contacted, when, and the outcome", fill="FCE4D6", last=4)
    target.put(target.row, 5, sample.urgent_concern_detail or "", last=width)
    target.ws.row_dimensions[target.row].height = 32
    target.row += 2

    # --- actions ---------------------------------------------------------------------------
    target.band(rng.choice(("Actions agreed", "Actions for the lead practitioner and manager",
                            "ACTION PLAN")), brand)
    actions_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        target.text(rng.choice(NO_ACTIONS), italic=True)
    elif actions_style == "table":
        for column, heading in enumerate(rng.choice((("No.", "Action", "", "By whom", "By when"),
                                                     ("#", "What needs to happen", "", "Responsible",
                                                      "Target date"))), start=1):
            if heading:
                target.put(target.row, column, heading, bold=True, fill="D9E1F2",
                           last=3 if column == 2 else None)
        target.row += 1
        for number, action in enumerate(sample.actions, start=1):
            value, number_format = day(action.due)
            target.put(target.row, 1, number)
            target.put(target.row, 2, action.action, last=3)
            target.put(target.row, 4, action.owner)
            target.put(target.row, 5, value, number_format=number_format)
            target.ws.row_dimensions[target.row].height = 30
            target.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            target.text(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    target.row += 1

    # --- sign off and moderation ------------------------------------------------------------
    sign = closing
    if sign is not details and sign.row == 1:
        sign.put(1, 1, f"{title} – sign off", bold=True, colour=brand, size=12, border=False, last=width)
        sign.put(2, 1, f"{rng.choice(CASE_LABELS)}: {sample.case_id}", border=False, last=4)
        sign.row = 4
    sign.band(rng.choice((f"Moderation – {moderator_title}", "Head of Service moderation",
                          f"Section 3 – {moderator_title} moderation")), brand)
    box = rng.random() < 0.5
    labels = (rng.choice(("Moderated by", "Moderator")), rng.choice(("Date moderated", "Date")),
              rng.choice(("Do you agree with the overall grade?", "Grade agreed?")),
              rng.choice(("Moderated grade", "Grade after moderation")),
              rng.choice(("Comments", "Moderator's comments")))
    if moderation:
        moderated, moderated_format = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = (WORDS[moderation.grade] if rng.random() < 0.5
                          else informal_grade(rng, moderation.grade))
        values = (f"{moderation.moderator} ({moderator_title})" if rng.random() < 0.5 else moderation.moderator,
                  moderated, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, moderated_format, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(NOT_MODERATED))
        formats = (None,) * 5
    for name, value, number_format in zip(labels, values, formats):
        sign.put(sign.row, 1, name, bold=True, fill="EDEDED", last=3)
        cell = sign.put(sign.row, 4, value, number_format=number_format, colour=ink if moderation else None,
                        bold=name == labels[3], last=6 if box else 5,
                        fill="F3F9FF" if box and moderation else None)
        if name == labels[2]:
            dropdown(sign.ws, cell.coordinate, ("Yes", "No"))
        if name == labels[4]:
            sign.ws.row_dimensions[sign.row].height = 48
        sign.row += 1

    data = _finish(workbook, title, sample, moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(born, *(when(dob) for _, dob in household)))
