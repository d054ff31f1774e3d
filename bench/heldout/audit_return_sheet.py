"""Case file audit return kept as an Excel workbook, one audit to a workbook,
laid out on the sheet as a form: the council's banner, the case details,
a grading key printed as a strip of four coloured cells, then each area of
practice as a titled band with the auditor's evidence beneath and a grade
beside it, the overall judgement, strengths and areas for development,
actions with who and by when, the immediate-safeguarding question, and the
Head of Service's moderation.

Modelled on the case audit return behind Rochdale Metropolitan Borough
Council's "Children's Social Care Performance and Quality Assurance
Framework" (chapter 1.1.15 of Rochdale's Children's Services Procedure
Manual): front line managers audit cases in their teams each month on the
council's tool, and senior managers moderate them, judging practice on
Ofsted's four grades. The published manual gives the framework's place,
not the return's layout, so the sheet itself is our own judgement: the
details block (labels beside their values, or a strip of labels over a row
of values), the key of four coloured cells, the areas of practice named in
the council's own words with a prompt under each, each area graded by a
number against the key, by the grade typed in words (informally, "RI",
"Req. Imp.", lower case, with a note after), or by filling its grade cell
with the key's colour and typing nothing; the moderation as a column
beside the grades, as rows under the overall judgement or as a block of
its own at the foot; dates typed as text in one person's spelling or kept
as Excel dates; case references with a system prefix; the household's
other children listed by name and age; some fields left blank.
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

from bot.samples import CASE_FILE_AUDIT, COUNCIL, STAFF, Section, sample_forms
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
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "audit_return_sheet"

# The council's names for the areas of practice, in the order of the
# sample's areas, each with the prompt printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's voice, wishes and feelings", "Is the child seen, and seen alone? Do their words shape the plan?"),
        ("Quality of assessment", "Does the assessment analyse history, risk and strengths, not just describe them?"),
        ("Quality of the plan", "Is the plan outcome focused, with named owners and timescales?"),
        ("Management oversight and supervision", "Is there a clear rationale and direction at each key point?"),
        ("Partnership working", "Are health, education and police contributing and sharing information?"),
        ("Case recording and chronology", "Is the record up to date, and would the child understand it later?"),
        ("Outcomes – the difference made for the child", "What has changed for the child because of our work?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with families, not doing to them", "Were the family part of the decisions made about them?"),
        ("Language that is respectful", "Is the child's record written with and for the family?"),
        ("Leadership and management oversight", "Is management direction visible, timely and followed up?"),
        ("Hearing the child", "Do we know what the child thinks and feels about their life?"),
        ("Engagement with the child and family", "How well have we built relationships with the family?"),
        ("Family history and network", "Is the history understood, and is the wider network involved?"),
        ("Assessment and planning", "Does the plan follow from the assessment and address the worries?"),
    ),
}

ROLES = {
    "practice_manager": ("Practice Manager", "PM"),
    "early_help_manager": ("Early Help Manager", "EHM"),
    "safeguarding_practice_manager": ("Safeguarding Practice Manager", "SPM"),
    "head_of_service": ("Head of Service", "HoS"),
    "assistant_director": ("Assistant Director", "AD"),
    "director": ("Director of Children's Services", "DCS"),
}

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
# The key's colours; a grade cell filled with one of them is graded by it.
KEY_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
BAND_FILLS = ("DDEBF7", "E2EFDA", "F2F2F2", "FCE4D6")
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d-mmm-yy", "dd mmmm yyyy", "dd.mm.yyyy")
PLANS = ("Child in Need", "Child Protection", "Child in Care", "CIN – step down from CP")
NO_ACTIONS = ("No actions required – the plan addresses the areas above.", "None at this time.",
              "N/A – no further actions arising from this audit.")
NOT_MODERATED = ("Not selected for moderation.", "", "Awaiting HoS moderation")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6417)
    pool = sample_forms(360, seed=6417, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    # A mix of outcomes: confirmed, changed, and comments only.
    chosen_moderated = ([s for s in moderated if s.moderation.grade is None][:2]
                        + [s for s in moderated if s.moderation.grade and s.moderation.grade != s.grade][:2]
                        + [s for s in moderated if s.moderation.grade == s.grade][:2])
    plain = [sample for sample in others if not sample.moderation][: count - len(urgent) - len(chosen_moderated)]
    chosen = urgent + chosen_moderated + plain
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> tuple[str, str] | None:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role) if member else None


def _initial_surname(name: str) -> str:
    first, *rest = name.split()
    return f"{first[0]}. {' '.join(rest)}"


class _Sheet:
    """Writes cells the way a template designer lays out a form: merged
    ranges, wrapped text, borders, fills."""

    def __init__(self, sheet, last_column: int):
        self.sheet = sheet
        self.last = last_column

    def put(self, row: int, column: int, value, *, to: int | None = None, bold: bool = False,
            italic: bool = False, colour: str | None = None, fill: str | None = None, size: int | None = None,
            number_format: str | None = None, border: bool = True, centre: bool = False):
        cell = self.sheet.cell(row=row, column=column)
        if value is not None and value != "":
            cell.value = value
        cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if number_format:
            cell.number_format = number_format
        end = to or column
        if border:
            for col in range(column, end + 1):
                self.sheet.cell(row=row, column=col).border = BOX
        if to and to > column:
            self.sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=to)
        return cell

    def height(self, row: int, text: str, width_chars: int) -> None:
        lines = sum(max(1, -(-len(part) // max(width_chars, 1))) for part in str(text).split("\n"))
        if lines > 1:
            self.sheet.row_dimensions[row].height = 15 * lines


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    band = rng.choice(BAND_FILLS)
    grade_style = rng.choice(("score", "words", "fill", "score", "words"))
    details_style = rng.choice(("side", "stacked"))
    excel_dates = rng.random() < 0.45
    when = date_writer(rng)
    excel_format = rng.choice(EXCEL_DATE_FORMATS)
    lists_in_one_cell = rng.random() < 0.5
    prompts = rng.random() < 0.6
    grade_on_title = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]

    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.7:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.25:
        changes["actions"] = ()
    blank = rng.random()
    if blank < 0.15:
        changes["service"] = None  # left blank on the form
    elif blank < 0.25:
        changes["team"] = None
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks: dict[str, str] = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
        mod_style = rng.choice(("column", "rows", "block"))
    else:
        mod_style = rng.choice(("block", "none", "column"))

    def day(value: date):
        """A date as this form holds it: a real Excel date or typed text."""
        return (datetime.combine(value, time()), excel_format) if excel_dates else (when(value), None)

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Audit", "Case Audit", "Audit Return", "Sheet1"))
    sheet.sheet_view.showGridLines = rng.random() < 0.3
    last = 9 if mod_style == "column" else 8
    form = _Sheet(sheet, last)
    widths = {1: 2, 2: 30, 3: 14, 4: 14, 5: 14, 6: 14, 7: 14, 8: 16, 9: 34}
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    text_width = 80  # characters across C:G

    # Banner.
    row = 1
    form.put(row, 2, council_line(rng), to=last, bold=True, colour="FFFFFF", fill=brand, size=12, border=False)
    row += 1
    title = rng.choice(("Case File Audit Return", "Children's Social Care – Case File Audit",
                        "Monthly Case Audit (Practice Managers)"))
    form.put(row, 2, title, to=last, bold=True, colour=brand, size=14, border=False)
    row += 1
    form.put(row, 2, rng.choice((
        "One return per child. Read the last 6 months of the record and speak to the worker before grading.",
        "Complete every box. Grade each area against the key, then give the overall grade.",
    )), to=last, italic=True, colour="595959", border=False)
    row += 2

    # Case details.
    auditor = sample.auditor
    role = _role(auditor)
    auditor_text = auditor
    if role and rng.random() < 0.5:
        auditor_text = rng.choice((f"{auditor} ({role[1]})", f"{auditor}, {role[0]}"))
    case_value = sample.case_id
    if case_value.isdigit() and rng.random() < 0.5:
        case_value = int(case_value)
    audit_day, audit_format = day(sample.date)
    born, born_format = day(child.date_of_birth)
    details = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name, None),
        (rng.choice(("LCS number", "Case ref", "Child ID")), case_value, None),
        (rng.choice(("DOB", "Date of birth")), born, born_format),
        ("Legal status / plan", rng.choice(PLANS), None),
        (rng.choice(("Allocated social worker", "Case holder", "SW")), sample.practitioner, None),
        ("Team", sample.team or "", None),
        (rng.choice(("Service area", "Service")), sample.service or "", None),
        (rng.choice(("Auditor", "Audited by", "Auditor (name & role)")), auditor_text, None),
        (rng.choice(("Date of audit", "Date audit completed", "Audit date")), audit_day, audit_format),
        ("Parents / carers", " & ".join(child.parents), None),
    ]
    if household:
        ages = [(name, max(0, (today - born_day).days // 365)) for name, born_day in household]
        label = "Siblings" if any(age >= 18 for _, age in ages) else rng.choice(
            ("Siblings", "Other children in household"))
        details.append((label, ", ".join(f"{name} ({age})" for name, age in ages), None))
    else:
        details.append((rng.choice(("Siblings", "Other children in household")),
                        rng.choice(("None", "None known", "N/A")), None))
    if rng.random() < 0.5:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "side":
        for position in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[position:position + 2]):
                column = 2 if offset == 0 else 5
                if offset == 0:
                    form.put(row, column, label, bold=True, fill="F2F2F2")
                    form.put(row, 3, value, to=4, number_format=fmt)
                else:
                    form.put(row, 5, label, bold=True, fill="F2F2F2")
                    form.put(row, 6, value, to=8, number_format=fmt)
            row += 1
    else:
        # Strips of labels over a row of their values, four to a strip.
        spans = ((2, 2), (3, 4), (5, 6), (7, 8))
        for position in range(0, len(details), 4):
            chunk = details[position:position + 4]
            for (start, end), (label, _, _) in zip(spans, chunk):
                form.put(row, start, label, to=end, bold=True, fill="F2F2F2")
            for (start, end), (_, value, fmt) in zip(spans, chunk):
                form.put(row + 1, start, value, to=end, number_format=fmt)
            row += 2
    feedback = sample.feedback_sought
    if feedback is not None:
        form.put(row, 2, rng.choice(("Have the child and family been asked for their views as part of this audit?",
                                     "Child / family feedback sought for the audit?")), to=6, bold=True,
                 fill="F2F2F2")
        form.put(row, 7, rng.choice(("Yes", "Y", "Yes – by phone")) if feedback else rng.choice(("No", "N")), to=8)
        row += 1
    row += 1

    # Grading key.
    form.put(row, 2, "Grading key", bold=True, border=False)
    numbered = grade_style == "score"
    for column, grade in zip((3, 4, 5, 6), GRADE_ORDER):
        text = f"{GRADE_ORDER.index(grade) + 1} = {KEY_WORDS[grade]}" if numbered else KEY_WORDS[grade]
        form.put(row, column, text, fill=KEY_FILLS[grade], bold=True, centre=True)
    sheet.row_dimensions[row].height = 30
    row += 2

    # Areas of practice.
    header = {"score": rng.choice(("Score (1-4)", "Score")), "words": rng.choice(("Grade", "Judgement")),
              "fill": rng.choice(("RAG", "Grade (colour)"))}[grade_style]
    form.put(row, 2, rng.choice(("Area of practice", "Practice area")), bold=True, fill=brand, colour="FFFFFF")
    form.put(row, 3, rng.choice(("Evidence and analysis", "Findings / evidence", "Auditor's comments")), to=7,
             bold=True, fill=brand, colour="FFFFFF")
    form.put(row, 8, header, bold=True, fill=brand, colour="FFFFFF", centre=True)
    if mod_style == "column":
        form.put(row, 9, rng.choice(("HoS moderation", "Head of Service comments", "Moderator (HoS)")), bold=True,
                 fill=brand, colour="FFFFFF")
    row += 1

    def grade_cell(r: int, grade: str, *, note: bool = True) -> None:
        if grade_style == "score":
            number = GRADE_ORDER.index(grade) + 1
            form.put(r, 8, number if rng.random() < 0.7 else str(number), centre=True, bold=True)
        elif grade_style == "words":
            form.put(r, 8, informal_grade(rng, grade, note_chance=0.25 if note else 0.0), centre=True)
        else:
            form.put(r, 8, None, fill=KEY_FILLS[grade])

    prefix = rng.choice(("HoS: ", "", f"{_initial_surname(moderation.moderator)}: " if moderation else ""))
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
        form.put(row, 2, f"{number}. {section.name}", to=7 if grade_on_title else last, bold=True, fill=band)
        title_row = row
        row += 1
        if prompts:
            form.put(row, 2, prompt, to=7, italic=True, colour="7F7F7F")
            row += 1
        form.put(row, 2, rng.choice(("Evidence:", "Comments", "")), italic=True)
        form.put(row, 3, section.comment, to=7)
        form.height(row, section.comment, text_width)
        grade_cell(title_row if grade_on_title else row, section.grade)
        if mod_style == "column":
            form.put(row, 9, remarks.get(section.name, ""), colour=ink)
            if grade_on_title:
                form.put(title_row, 9, None, fill=band)
        elif mod_style == "rows" and section.name in remarks:
            row += 1
            form.put(row, 2, "HoS comment", italic=True, colour=ink)
            form.put(row, 3, f"{prefix}{remarks[section.name]}", to=7, colour=ink)
        row += 1

    # Overall judgement.
    overall_label = rng.choice(("Overall grade", "Overall judgement", "OVERALL AUDIT GRADE",
                                "Overall judgement of the child's experience"))
    form.put(row, 2, overall_label, bold=True, fill="D9D9D9")
    form.put(row, 3, rng.choice(("", "Taking all areas into account, what is the child's experience of our help?")),
             to=7, italic=True, fill="D9D9D9")
    if grade_style == "fill" and rng.random() < 0.5:
        form.put(row, 8, informal_grade(rng, sample.grade), fill=KEY_FILLS[sample.grade], bold=True, centre=True)
    elif grade_style == "score" and rng.random() < 0.4:
        number = GRADE_ORDER.index(sample.grade) + 1
        form.put(row, 8, f"{number} – {informal_grade(rng, sample.grade)}", bold=True, centre=True)
    else:
        grade_cell(row, sample.grade, note=False)
    sheet.row_dimensions[row].height = 30
    if mod_style == "column":
        if moderation and moderation.grade:
            agreed = moderation.grade == sample.grade
            text = (f"{rng.choice(('Agree', 'Agreed'))} – {informal_grade(rng, moderation.grade)}" if agreed
                    else f"{rng.choice(('Moderated to', 'HoS grade:', 'Disagree –'))} "
                         f"{informal_grade(rng, moderation.grade)}")
            form.put(row, 9, text, colour=ink, bold=True)
        else:
            form.put(row, 9, "" if moderation else rng.choice(NOT_MODERATED), colour=ink if moderation else None,
                     italic=not moderation)
    row += 1
    if mod_style == "column" and moderation:
        for comment in moderation.comments:
            form.put(row, 9, comment, colour=ink)
            form.height(row, comment, 34)
            row += 1
        form.put(row, 9, f"{moderation.moderator}, {_plain_date(when, moderation.date, excel_dates)}", colour=ink,
                 italic=True)
        row += 1
    if mod_style == "rows" and moderation:
        form.put(row, 2, rng.choice(("HoS moderated grade", "Moderated grade (Head of Service)")), bold=True,
                 colour=ink)
        form.put(row, 3, informal_grade(rng, moderation.grade) if moderation.grade else "", to=4, colour=ink,
                 bold=True)
        form.put(row, 5, "Moderated by", bold=True, colour=ink)
        form.put(row, 6, f"{moderation.moderator} – {_plain_date(when, moderation.date, excel_dates)}", to=8,
                 colour=ink)
        row += 1
        text = "\n".join(moderation.comments)
        form.put(row, 2, "HoS comments", bold=True, colour=ink)
        form.put(row, 3, text, to=8, colour=ink)
        form.height(row, text, 90)
        row += 1
    row += 1

    # Strengths and areas for development.
    headings = rng.choice((("Strengths", "Areas for development"),
                           ("What is working well", "What needs to improve"),
                           ("Good practice identified", "Learning / areas to develop")))
    bullet = rng.choice(("• ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        form.put(row, 2, heading, to=8, bold=True, fill=band)
        row += 1
        if lists_in_one_cell:
            text = "\n".join(f"{bullet}{item}" for item in items)
            form.put(row, 2, text, to=8)
            form.height(row, text, 100)
            row += 1
        else:
            for item in items:
                form.put(row, 2, f"{bullet}{item}", to=8)
                form.height(row, item, 100)
                row += 1
    row += 1

    # Actions.
    form.put(row, 2, rng.choice(("Actions", "Actions arising (SMART)", "Case actions – by who, by when")), to=8,
             bold=True, fill=band)
    row += 1
    if sample.actions:
        heads = rng.choice((("Action", "Who", "By when"), ("Action required", "Lead", "Target date"),
                            ("What needs to happen", "Responsible", "Timescale")))
        form.put(row, 2, heads[0], to=5, bold=True, fill="F2F2F2")
        form.put(row, 6, heads[1], to=7, bold=True, fill="F2F2F2")
        form.put(row, 8, heads[2], bold=True, fill="F2F2F2")
        row += 1
        for action in sample.actions:
            form.put(row, 2, action.action, to=5)
            form.height(row, action.action, 55)
            form.put(row, 6, action.owner, to=7)
            due, due_format = day(action.due)
            form.put(row, 8, due, number_format=due_format)
            row += 1
    else:
        form.put(row, 2, rng.choice(NO_ACTIONS), to=8)
        row += 1
    row += 1

    # Immediate safeguarding.
    form.put(row, 2, rng.choice(("Any immediate safeguarding concerns identified?",
                                 "Is there a risk to the child that needs escalating today? (Y/N)")),
             to=6, bold=True, fill="F2F2F2")
    answer = rng.choice(("Yes", "Y", "YES")) if sample.urgent_concern else rng.choice(("No", "N", "NO"))
    form.put(row, 7, answer, to=8, bold=sample.urgent_concern)
    check = DataValidation(type="list", formula1='"Yes,No,Y,N,YES,NO"', allow_blank=True)
    sheet.add_data_validation(check)
    check.add(sheet.cell(row=row, column=7))
    row += 1
    form.put(row, 2, "If yes, what action was taken and who was informed?", italic=True)
    detail = sample.urgent_concern_detail or ""
    form.put(row, 3, detail, to=8)
    form.height(row, detail, 90)
    row += 2

    # Moderation block.
    if mod_style == "block":
        form.put(row, 2, rng.choice(("Head of Service moderation", "MODERATION (Head of Service to complete)")),
                 to=8, bold=True, colour="FFFFFF", fill=brand)
        row += 1
        labels = ("Moderated by", "Date", "Agree with overall grade?", "Moderated grade", "Comments")
        values = ["", "", "", "", ""]
        if moderation:
            values[0] = moderation.moderator
            values[1] = moderation.date
            if moderation.grade:
                values[2] = "Yes" if moderation.grade == sample.grade else "No"
                values[3] = informal_grade(rng, moderation.grade)
            comments = list(moderation.comments)
            comments += [f"{name}: {remark}" for name, remark in remarks.items()]
            values[4] = "\n".join(comments)
        else:
            values[4] = rng.choice(NOT_MODERATED)
        for label, value in zip(labels, values):
            form.put(row, 2, label, bold=True, fill="F2F2F2")
            if isinstance(value, date):
                shown, shown_format = day(value)
                form.put(row, 3, shown, to=8, colour=ink, number_format=shown_format)
            else:
                form.put(row, 3, value, to=8, colour=ink if moderation else None,
                         italic=not moderation, bold=label == "Moderated grade")
                form.height(row, value, 90)
            row += 1

    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.print_area = f"A1:{get_column_letter(last)}{row}"

    if rng.random() < 0.5:
        notes = workbook.create_sheet("Guidance")
        notes.column_dimensions["A"].width = 100
        for line_number, line in enumerate((
            "How to complete this return",
            "Save one workbook per child, named with the case reference.",
            "Grade every area using the key on the audit sheet, then give one overall grade.",
            "Talk to the allocated worker about your findings before you send the return.",
            "Email the completed workbook to the Quality Assurance team by the last working day of the month.",
            "Heads of Service moderate a sample each month and type in their own colour.",
        ), start=1):
            notes.cell(row=line_number, column=1, value=line).font = Font(bold=line_number == 1)

    written = datetime.combine((moderation or sample).date, time(16, 20))
    properties = workbook.properties
    properties.creator = COUNCIL
    properties.title = title
    properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    properties.created = written - timedelta(days=540)
    properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth),) if not excel_dates else ()
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _plain_date(when, value: date, excel_dates: bool) -> str:
    """A date typed inside a sentence: in the writer's spelling, or as
    someone who keeps Excel dates types one by hand."""
    return value.strftime("%d/%m/%Y") if excel_dates else when(value)
