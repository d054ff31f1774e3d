"""A team manager's practice audit of one child's case file, kept as an
Excel workbook: the child and case details, seven areas of practice each
with the auditor's evidence and a grade, the overall grade, what is
working well, what needs to develop, actions with who and by when, whether
the child and family were asked for their views as part of the audit, the
immediate-safeguarding question, and the Head of Service's moderation.

Modelled on the Royal Borough of Greenwich's children's services as the
published account of its Ofsted inspection describes them (WillisPalmer,
"Ofsted rates Greenwich as 'good'": senior managers with an accurate
understanding of strengths and areas for development; assessments and
plans that carefully consider the views of children and their families;
the multi-agency safeguarding hub's timely response; prompt action where
children are at risk of immediate harm; well developed multi-agency
working; escalation through pre-proceedings when plans do not work) and
its Children and Young People's Scrutiny Panel. The areas follow those
findings; the account shows no audit form, so the workbook is our own
judgement: one sheet or three ("Case details", "Practice areas",
"Summary & sign-off"), details as label / value rows, as a two-pair grid
or as a strip of labels over values; each area graded from a drop-down,
typed informally, scored 1 to 4 against a printed key, or chosen from
four printed options by highlighting one and striking out the rest;
dates typed in several spellings or kept as Excel dates; the Head of
Service's moderation in a column beside the evidence and a sign-off
block in a colour of their own.
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
from bot.samples.forms import CASE_FILE_AUDIT
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
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "practice_audit_workbook"
SEED = 9736

# The workbook's seven areas of practice, with the prompt printed under each.
AREAS = (
    ("Response at the front door and to risk",
     "Was the contact / referral dealt with promptly, and was immediate risk acted on the same day?"),
    ("Assessment – quality and timeliness",
     "Is the assessment timely, analytical and does it explain what life is like for the child?"),
    ("The child's voice and lived experience",
     "Has the child been seen (alone where appropriate) and do their wishes shape the work?"),
    ("Working with parents and the family network",
     "Are parents, carers and the wider network involved, and are their views recorded?"),
    ("Plan and progress for the child",
     "Is the plan SMART, reviewed on time, and is the child's situation improving? Escalation / PLO where not?"),
    ("Working together with partner agencies",
     "Is information shared and do partners contribute to the assessment and the plan?"),
    ("Management oversight and supervision",
     "Is there regular recorded supervision with clear direction and timescales?"),
)

TITLES = (
    "Practice Audit – Children's Social Care",
    "CASE FILE PRACTICE AUDIT (Team Manager)",
    "Monthly Practice Audit Workbook",
    "Quality of Practice Audit – Individual Case",
)
FULL_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
              INADEQUATE: "Inadequate"}
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SCORES = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
HIGHLIGHTS = ("FFFF00", "92D050", "FFC000", "BDD7EE")
YES_NO = ("Yes", "No")
NOT_MODERATED = ("", "Not moderated – not in this month's sample.", "n/a", "Not selected for HoS moderation")
NO_ACTIONS = ("No actions arising – the current plan covers what the audit found.",
              "No further actions required from this audit.", "None identified.")
OWNER_WORDS = {"Social worker": ("SW", "Allocated social worker", "Social worker"),
               "Practice manager": ("TM", "Team manager", "Practice manager")}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "d/m/yy")
VIEWS_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Child / family feedback sought for this audit?",
    "Has the child and their family been asked for their views (audit conversation)?",
)
URGENT_QUESTIONS = (
    "Does this audit identify any immediate safeguarding concern?",
    "Any child at immediate risk requiring escalation today?",
    "Immediate safeguarding concerns identified?",
)
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="404040")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(90, seed=SEED, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
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
    """One worksheet written top to bottom, columns A to H."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1
        for letter, width in zip("ABCDEFGH", (24, 18, 18, 18, 18, 16, 16, 30)):
            sheet.column_dimensions[letter].width = width

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, strike=False,
             size=None, number_format=None, border=True):
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
        return target

    def merge(self, row: int, first: int, last: int, rows: int = 1) -> None:
        if last > first or rows > 1:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row + rows - 1, end_column=last)

    def title(self, text: str, size: int = 14) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.merge(self.row, 1, 8)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 1

    def band(self, text: str, last: int = 8) -> None:
        self.cell(self.row, 1, text, bold=True, colour=self.brand, fill="EDEDED", size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, height=None) -> int:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=False)
        self.merge(self.row, 1, 8)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, number_format=None, colour=None, bold=False, height=None) -> int:
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, number_format=number_format, colour=colour, bold=bold)
        self.merge(self.row, 3, 8)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("rows", "grid", "strip"))
    grade_style = rng.choice(("dropdown", "typed", "score", "options"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    layout = rng.choice(("one", "three", "three"))
    show_team = rng.random() < 0.75
    show_service = rng.random() < 0.6
    print_address = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 2), today) if rng.random() < 0.5 else []
    actions_style = rng.choice(("table", "table", "lines"))
    if rng.random() < 0.15:
        actions_style = "none"
    highlight = rng.choice(HIGHLIGHTS)

    # The sample as this workbook carries it.
    old_names = [section.name for section in sample.sections]
    renamed = {old: AREAS[position][0] for position, old in enumerate(old_names[: len(AREAS)])}
    changes: dict = {
        "sections": tuple(Section(AREAS[position][0], section.grade, section.comment)
                          for position, section in enumerate(sample.sections[: len(AREAS)])),
        "title": rng.choice(TITLES),
    }
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.feedback_sought is None:
        changes["feedback_sought"] = rng.random() < 0.7
    if actions_style == "none":
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(
            SampleAction(action.action, rng.choice(OWNER_WORDS.get(action.owner, (action.owner,))), action.due)
            for action in sample.actions)
        if not changes["actions"]:
            actions_style = "none"
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed} \
        if moderation else {}

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "one":
        first.title = rng.choice(("Practice Audit", "Audit", "Case audit"))
        details_ws = areas_ws = summary_ws = first
    else:
        first.title = rng.choice(("Case details", "1 Details", "Details"))
        areas_ws = workbook.create_sheet(rng.choice(("Practice areas", "2 Audit", "Areas of practice")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "3 Summary", "Overall & moderation")))
        details_ws = first
    writers = {ws.title: _Writer(ws, brand, font) for ws in {details_ws, areas_ws, summary_ws}}
    sheet = writers[details_ws.title]

    # --- details ---
    sheet.title(f"{COUNCIL} – {sample.title}" if rng.random() < 0.5 else sample.title)
    sheet.line(council_line(rng) if rng.random() < 0.5 else "Children's Services – Quality Assurance", italic=True)
    sheet.skip()
    audit_date, audit_format = day(sample.date)
    birth, birth_format = day(child.date_of_birth)
    details = [
        ("Child's name", child.full_name, None),
        ("Date of birth", birth, birth_format),
        ("Case ref. (Liquidlogic)" if rng.random() < 0.5 else "Case number", sample.case_id, None),
        ("Allocated social worker", sample.practitioner, None),
    ]
    if show_team:
        details.append(("Team", sample.team, None))
    if show_service:
        details.append(("Service area", sample.service, None))
    details += [("Auditor (Team Manager)" if rng.random() < 0.5 else "Audited by", sample.auditor, None),
                ("Date of audit", audit_date, audit_format)]
    if print_address:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
        details.append(("Parents / carers", " and ".join(child.parents), None))
    if household:
        details.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household), None))
    sheet.band("Section 1 – Child and case details")
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.pair(text, value, number_format=number_format)
    elif details_style == "grid":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.skip()
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (text, value, number_format) in enumerate(chunk):
                column = 1 + offset * 2
                sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.skip(2)
    sheet.skip()

    # --- areas of practice ---
    sheet = writers[areas_ws.title]
    if areas_ws is not details_ws:
        sheet.title(sample.title, size=12)
        sheet.skip()
    sheet.band("Section 2 – Areas of practice")
    if grade_style == "score" or overall_style == "score":
        sheet.line("Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
                   bold=True)
    elif grade_style == "options":
        sheet.line("Highlight the grade that applies and strike through the others.", italic=True)
    remark_column = bool(moderation) and rng.random() < 0.7
    headings = ["Area of practice", "Evidence / analysis", "", "", "", "Grade", ""]
    if remark_column:
        headings.append("HoS moderation comments")
    for column, text in enumerate(headings, start=1):
        if text or column in (4, 5, 7):
            sheet.cell(sheet.row, column, text or None, bold=True, fill="D9E1F2")
    sheet.merge(sheet.row, 2, 5)
    sheet.merge(sheet.row, 6, 7)
    sheet.skip()
    for position, section in enumerate(sample.sections):
        prompt = AREAS[position][1]
        top = sheet.row
        sheet.cell(top, 1, f"{position + 1}. {section.name}", bold=True)
        sheet.cell(top + 1, 1, prompt, italic=True, colour="595959", size=8)
        sheet.cell(top, 2, section.comment)
        sheet.merge(top, 2, 5, rows=2)
        _grade_cells(sheet, rng, top, section.grade, grade_style, highlight,
                     lambda coordinate: dropdown(areas_ws, coordinate, tuple(FULL_WORDS[g] for g in ORDER)))
        if remark_column:
            sheet.cell(top, 8, remarks.get(section.name), colour=ink)
            sheet.merge(top, 8, 8, rows=2)
        sheet.sheet.row_dimensions[top].height = 42
        sheet.sheet.row_dimensions[top + 1].height = 30
        sheet.skip(2)
    sheet.skip()

    # --- summary ---
    sheet = writers[summary_ws.title]
    if summary_ws is not areas_ws:
        sheet.title(sample.title, size=12)
        sheet.skip()
    sheet.band("Section 3 – Overall judgement and findings")
    top = sheet.row
    sheet.cell(top, 1, "Overall grade for the child's case", bold=True, fill="FFF2CC")
    sheet.merge(top, 1, 5, rows=2 if overall_style == "options" else 1)
    _grade_cells(sheet, rng, top, sample.grade, overall_style, highlight,
                 lambda coordinate: dropdown(summary_ws, coordinate, tuple(FULL_WORDS[g] for g in ORDER)),
                 single_row=overall_style != "options")
    sheet.skip(2 if overall_style == "options" else 1)
    numbered = rng.random() < 0.5
    sheet.pair("What is working well", "\n".join(
        f"{n}. {text}" if numbered else f"• {text}" for n, text in enumerate(sample.strengths, start=1)),
        height=15 * (len(sample.strengths) + 1))
    sheet.pair("Areas for development", "\n".join(
        f"{n}. {text}" if numbered else f"• {text}" for n, text in enumerate(sample.development_areas, start=1)),
        height=15 * (len(sample.development_areas) + 1))
    row = sheet.pair(rng.choice(VIEWS_QUESTIONS), "Yes" if sample.feedback_sought else "No")
    dropdown(summary_ws, f"C{row}", YES_NO)
    row = sheet.pair(rng.choice(URGENT_QUESTIONS), "Yes" if sample.urgent_concern else "No", bold=sample.urgent_concern)
    dropdown(summary_ws, f"C{row}", YES_NO)
    if sample.urgent_concern:
        sheet.pair("If yes – what, and who was informed", sample.urgent_concern_detail, height=45)
    sheet.skip()

    sheet.band("Section 4 – Actions (who and by when)")
    if actions_style == "none":
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif actions_style == "table":
        for column, text in ((1, "No."), (2, "Action"), (6, "Who"), (7, "By when"), (8, "Progress")):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 2, 5)
        sheet.skip()
        for n, action in enumerate(sample.actions, start=1):
            due, due_format = day(action.due)
            sheet.cell(sheet.row, 1, n)
            sheet.cell(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 5)
            sheet.cell(sheet.row, 6, action.owner)
            sheet.cell(sheet.row, 7, due, number_format=due_format)
            sheet.cell(sheet.row, 8, None)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for n, action in enumerate(sample.actions, start=1):
            sheet.line(f"{n}) {action.action} – {action.owner} – by {when(action.due)}")
    sheet.skip()

    sheet.band("Section 5 – Head of Service moderation")
    if moderation:
        moderated, moderated_format = day(moderation.date)
        boxed = rng.random() < 0.5
        rows = [("Moderated by (Head of Service)", moderation.moderator, None, False),
                ("Date moderated", moderated, moderated_format, False)]
        if moderation.grade:
            rows.append(("Agree with auditor's overall grade?",
                         "Agree" if moderation.grade == sample.grade else "Disagree", None, False))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade), None, True))
        rows.append(("Moderator's comments", "\n".join(moderation.comments), None, False))
        first_row = sheet.row
        for text, value, number_format, bold in rows:
            row = sheet.pair(text, value, number_format=number_format, colour=ink, bold=bold,
                             height=45 if text == "Moderator's comments" else None)
            if text.startswith("Agree"):
                dropdown(summary_ws, f"C{row}", ("Agree", "Disagree"))
        if boxed:
            for row in range(first_row, sheet.row):
                for column in range(1, 9):
                    target = sheet.sheet.cell(row=row, column=column)
                    target.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == 8 else THIN,
                                           top=THICK if row == first_row else THIN,
                                           bottom=THICK if row == sheet.row - 1 else THIN)
    else:
        note = rng.choice(NOT_MODERATED)
        sheet.pair("Moderated by (Head of Service)", None)
        sheet.pair("Moderator's comments", note or None)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = sample.title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth),)
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _grade_cells(sheet: _Writer, rng: random.Random, top: int, grade: str, style: str, highlight: str, dropdown, *,
                 single_row: bool = False) -> None:
    """The grade in columns F:G beside an area (two rows high unless
    `single_row`): a drop-down choice, typed words, a score on the key, or
    four printed options with the chosen one highlighted and the rest
    struck through."""
    rows = 1 if single_row else 2
    if style == "options":
        for offset, option in enumerate(ORDER):
            row, column = top + offset // 2, 6 + offset % 2
            chosen = option == grade
            sheet.cell(row, column, OPTION_WORDS[option], bold=chosen, strike=not chosen,
                       fill=highlight if chosen else None, colour=None if chosen else "808080")
        return
    if style == "dropdown":
        target = sheet.cell(top, 6, FULL_WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "score":
        score = SCORES[grade]
        sheet.cell(top, 6, score if rng.random() < 0.6 else f"{score} ({FULL_WORDS[grade]})", bold=True)
    else:
        sheet.cell(top, 6, informal_grade(rng, grade, note_chance=0.25), bold=True)
    sheet.merge(top, 6, 7, rows=rows)
