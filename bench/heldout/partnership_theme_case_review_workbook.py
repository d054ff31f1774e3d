"""Partnership themed case review workbook: a QA team's themed audit of a
sample of cases (mostly children living with domestic abuse), kept as an
Excel workbook, with the findings for each area of practice graded and an
overall judgement for the theme.

Source: Cheshire East Local Safeguarding Children Board (CESCB),
"Multi-agency Case Review Audit Report – Domestic Abuse" (audit of summer
2015), as published at
https://fdocuments.in/document/cheshire-east-local-safeguarding-children-board-11-as-part-of-cheshire-east.html
(Cheshire East is already named in the project; this document is not).
What came from the source: a themed audit within a rolling programme of
multi-agency audits; a random sample of about eight cases chosen by a
project manager to show a spread of ages and of thresholds (CAF, Child in
Need, Child Protection); an appendix outlining each case (age, level of
intervention, which agencies contributed information); agencies reviewing
their records over the previous twelve months through a structured
questionnaire; findings reported as strengths and areas for development
with actions for the partnership.

Our judgement (the page shows no form, so the layout is ours): a workbook
whose first sheet carries the council's name line in a brand colour, the
audit details (theme, audit lead, service, date, number of cases), a table
of areas of practice each graded on the four Ofsted grades with evidence,
an overall judgement, strengths and areas for development, an optional
question on cases escalated for immediate action, service-level actions
and, on some files, a moderation box typed in the moderator's colour; a
second sheet outlining the cases sampled (case reference, child's name and
date of birth on most files, level of intervention, agencies, yes/no
compliance checks), anonymised on a few files as the published appendix
is; sometimes a separate action plan sheet. The grading of areas, the
overall judgement and the moderation are our additions to the sample
builder's thematic audit (which has none), made with `dataclasses.replace`
so that the truth follows the file.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import HEAD_OF_SERVICE, STAFF, invent_child
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples
from bot.samples.wording import DATE_STYLES, format_date

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARK_SHADE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "partnership_theme_case_review_workbook"
SEED = 10132

GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY_NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                  INADEQUATE: "Inadequate"}

TITLES = ("Multi-agency Themed Case Review Audit", "Themed Case Review Audit Tool", "Partnership Themed Audit",
          "MULTI-AGENCY CASE REVIEW AUDIT – THEMED")
DA_THEMES = ("Children living with domestic abuse", "Domestic abuse – children at CIN and CP",
             "Children exposed to domestic abuse")
# Areas of practice the findings are graded on: three namings.
AREA_SETS = (
    ("Recognition of domestic abuse", "Assessment of risk and need", "Information sharing between agencies",
     "Voice and lived experience of the child", "Multi-agency planning and intervention",
     "Impact and outcomes for the child"),
    ("Identification", "Risk assessment", "Information sharing", "Voice of the child", "Planning",
     "Work with the perpetrator", "Outcomes"),
    ("1. Early identification", "2. Assessment", "3. Partnership working", "4. The child's experience",
     "5. Plans and review", "6. Difference made"),
)
EVIDENCE = (
    "Evident in most cases; agencies shared concerns promptly.",
    "Inconsistent across the sample; two agencies had no record of the incidents.",
    "Strong in the CP cases, weaker where the family had a CAF.",
    "Recorded in most cases, but not always used to shape the plan.",
    "Little evidence of joint working with the specialist DA service.",
    "Chronologies were up to date and used well in three cases.",
    "Plans named actions but few had timescales.",
    "Risk was reviewed after each incident in the majority of cases.",
)
LEVELS = ("CAF", "Child in Need", "Child Protection", "CP Plan", "CIN", "Early Help (CAF)")
CHECKS = (("DASH on file?", "Child seen alone?"), ("Referred to MARAC?", "Views of child recorded?"),
          ("DA recognised at first contact?", "Perpetrator engaged?"))
NO_ACTIONS = ("No service-level actions arising from this audit.", "No further actions – learning shared at the "
              "practitioner event.", "Actions: none required.")
MOD_COMMENTS = (
    "I have read the case summaries and the evidence supports the findings.",
    "The judgement on planning is generous given the lack of timescales in most plans.",
    "Agree the learning; the action plan should go to the QA sub-group next month.",
    "Findings on information sharing are supported by the case sample.",
)
URGENT_DETAILS = ("Case 3: no risk assessment after the most recent incident; raised with the team manager the "
                  "same day.", "One case escalated to the Head of Service for a strategy discussion.")


def _fill(colour: str) -> PatternFill:
    return PatternFill(fill_type="solid", fgColor=colour)


WRAP = Alignment(wrap_text=True, vertical="top")
HEAD_FILL = "D9E1F2"


class _Sheet:
    """A worksheet written top to bottom."""

    def __init__(self, ws):
        self.ws = ws
        self.row = 1

    def put(self, column: int, value, *, bold: bool = False, fill: str | None = None, colour: str | None = None,
            fmt: str | None = None, italic: bool = False, size: int | None = None):
        cell = self.ws.cell(self.row, column, value)
        if bold or colour or italic or size:
            cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        if fill:
            cell.fill = _fill(fill)
        if fmt:
            cell.number_format = fmt
        cell.alignment = WRAP
        return cell

    def next(self, count: int = 1) -> None:
        self.row += count


def _grades(rng: random.Random, areas: tuple[str, ...]) -> tuple[str, tuple[Section, ...]]:
    overall = rng.choices(GRADES4, weights=(8, 45, 37, 10))[0]
    centre = GRADES4.index(overall)
    sections = []
    for area in areas:
        step = rng.choice((-1, 0, 0, 0, 1))
        grade = GRADES4[min(3, max(0, centre + step))]
        sections.append(Section(area, grade, rng.choice(EVIDENCE)))
    return overall, tuple(sections)


def _dob_spellings(born: date) -> tuple[str, ...]:
    return (born.isoformat(), *sorted({format_date(born, style) for style in DATE_STYLES}))


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    brand = rng.choice(BRAND_COLOURS)
    write_date = date_writer(rng)
    excel_dates = index in (1, 4, 8, 10, 13)
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d mmm yyyy"))

    def when(day: date):
        return (datetime.combine(day, time()), date_format) if excel_dates else (write_date(day), None)

    details_style = ("columns", "grid", "inline", "over")[index % 4]
    grade_style = ("typed", "key", "columns", "dropdown")[(index + index // 4) % 4]
    list_style = ("rows", "paragraph", "columns")[index % 3]
    action_style = ("table", "sheet", "lines", "none")[(3 * index + 1) % 4]
    anonymised = index in (3, 9, 15)
    moderated = index in (2, 7, 11, 14)
    urgent_yes = index in (5, 12)
    urgent_shown = urgent_yes or index % 3 != 1
    prefix = rng.choice(CASE_PREFIXES) if index % 2 else ""

    # --- the sample, changed to what this file shows ------------------------------------
    case_ids = next(own.expected for own in sample.own if own.key == "sampled_case_ids") \
        if any(own.key == "sampled_case_ids" for own in sample.own) else None
    count = next(own.expected for own in sample.own if own.key == "cases_sampled")
    if case_ids is None:
        case_ids = [str(rng.randint(1_000_000, 9_999_999)) for _ in range(count)]
    written_ids = [f"{prefix}{case_id}" for case_id in case_ids]
    theme = rng.choice(DA_THEMES) if index % 8 not in (3, 6) else next(
        own.expected for own in sample.own if own.key == "theme")
    listed_on_summary = index in (6, 13)  # "Cases sampled: a, b, c" with no separate count
    own = [ToolField("theme", "", theme, theme), ToolField("cases_sampled", "", count, count)]
    if not anonymised:
        own.append(ToolField("sampled_case_ids", "", None, list(written_ids)))
    areas = AREA_SETS[index % 3]
    areas = areas[: rng.randint(4, len(areas))]
    overall, sections = _grades(rng, areas)
    strengths = recount(sample.strengths, count)
    development = recount(sample.development_areas, count)
    actions = () if action_style == "none" else sample.actions
    moderation = None
    if moderated:
        moderator = rng.choice([m for m in STAFF if m.role == HEAD_OF_SERVICE and m.name != sample.auditor])
        moderated_on = sample.date + timedelta(days=rng.randint(3, 10))
        while moderated_on.weekday() > 4:
            moderated_on += timedelta(days=1)
        moderated_on = max(sample.date, min(today, moderated_on))
        # One moderator lowers the judgement, one leaves comments only.
        lower = GRADES4[min(3, GRADES4.index(overall) + 1)]
        grade = {11: None, 7: lower if lower != overall else GOOD}.get(index, overall)
        moderation = Moderation(moderator.name, moderated_on, tuple(rng.sample(MOD_COMMENTS, rng.randint(1, 2))),
                                grade=grade)
    sample = replace(sample, own=tuple(own), grade=overall, sections=sections, strengths=strengths,
                     development_areas=development, actions=actions, moderation=moderation,
                     urgent_concern=urgent_yes,
                     urgent_concern_detail=rng.choice(URGENT_DETAILS) if urgent_yes else None)

    # --- the cases sampled -----------------------------------------------------------------
    children = [invent_child(rng, today) for _ in written_ids]
    others: tuple[str, ...] = ()
    also: list[str] = []
    if not anonymised:
        others = tuple(child.full_name for child in children)
        for child in children:
            also += _dob_spellings(child.date_of_birth)
            if not excel_dates:
                also.append(write_date(child.date_of_birth))

    # --- the workbook ------------------------------------------------------------------------
    workbook = Workbook()
    ws = workbook.active
    ws.title = rng.choice(("Audit summary", "Summary", "Front sheet", "Findings"))
    for letter, width in zip("ABCDEFG", (34, 22, 22, 22, 22, 40, 18)):
        ws.column_dimensions[letter].width = width
    sheet = _Sheet(ws)
    sheet.put(1, council_line(rng), bold=True, colour=brand, size=14)
    sheet.next()
    if rng.random() < 0.5:
        sheet.put(1, "Multi-agency audit programme", italic=True, colour=brand)
        sheet.next()
    title = rng.choice(TITLES)
    sheet.put(1, title, bold=True, size=13)
    sheet.next(2)

    auditor_label = rng.choice(("Audit lead", "Head of Service", "Completed by Head of Service",
                                "Lead auditor (Head of Service)"))
    fields = [(rng.choice(("Theme", "Audit theme", "Focus of audit")), theme, None),
              (auditor_label, sample.auditor, None),
              (rng.choice(("Service", "Service area")), sample.service, None),
              (rng.choice(("Date of audit", "Audit date", "Date audit completed")), *when(sample.date))]
    if listed_on_summary and not anonymised:
        fields.append(("Cases sampled", ", ".join(written_ids), None))
    else:
        fields.append((rng.choice(("Number of cases sampled", "Number of cases audited", "Cases in sample")),
                       count if rng.random() < 0.5 else str(count), None))
    if rng.random() < 0.5:
        fields.append(("Records reviewed", "Previous 12 months, all agencies", None))
    _details(sheet, fields, details_style)
    sheet.next()

    # Graded findings.
    sheet.put(1, rng.choice(("Findings by area of practice", "Audit findings", "Key lines of enquiry")),
              bold=True, colour=brand)
    sheet.next()
    dropdown = None
    if grade_style == "key":
        sheet.put(1, "Grading key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate",
                  italic=True)
        sheet.next()
    if grade_style == "dropdown":
        dropdown = DataValidation(type="list", formula1='"Outstanding,Good,Requires improvement,Inadequate"',
                                  allow_blank=True)
        ws.add_data_validation(dropdown)
    columns = rng.choice(GRADE_COLUMNS)
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    area_header = rng.choice(("Area of practice", "Area", "Line of enquiry"))
    evidence_header = rng.choice(("Evidence / commentary", "Findings", "Comments"))
    if grade_style == "columns":
        headers = (area_header, *(text for _, text in columns), evidence_header)
    else:
        headers = (area_header, {"typed": "Grade", "key": "Grade (1-4)", "dropdown": "Judgement"}[grade_style],
                   evidence_header)
    for column, text in enumerate(headers, 1):
        sheet.put(column, text, bold=True, fill=HEAD_FILL)
    sheet.next()

    def grade_cells(grade: str, *, overall_row: bool = False) -> None:
        if grade_style == "columns":
            for column, (value, _) in enumerate(columns, 2):
                if value == grade:
                    if mark:
                        sheet.put(column, mark, bold=True)
                    else:
                        sheet.put(column, None, fill=MARK_SHADE)
            return
        if grade_style == "typed":
            sheet.put(2, informal_grade(rng, grade, note_chance=0.0 if overall_row else 0.15), bold=overall_row)
        elif grade_style == "key":
            sheet.put(2, KEY_NUMBERS[grade], bold=overall_row)
        else:
            cell = sheet.put(2, DROPDOWN_WORDS[grade], bold=overall_row)
            dropdown.add(cell)

    evidence_column = 6 if grade_style == "columns" else 3
    for section in sections:
        sheet.put(1, section.name)
        grade_cells(section.grade)
        sheet.put(evidence_column, section.comment)
        sheet.next()
    overall_label = rng.choice(("Overall judgement", "Overall judgement for the theme",
                                "Overall grading of multi-agency practice"))
    sheet.put(1, overall_label, bold=True, fill="F2F2F2")
    grade_cells(overall, overall_row=True)
    sheet.next(2)

    # Strengths and areas for development.
    strengths_label = rng.choice(("Strengths", "Key strengths", "What is working well"))
    development_label = rng.choice(("Areas for development", "Areas for improvement", "What needs to improve"))
    if list_style == "columns":
        sheet.put(1, strengths_label, bold=True, fill=HEAD_FILL)
        sheet.put(3, development_label, bold=True, fill=HEAD_FILL)
        sheet.next()
        for row in range(max(len(strengths), len(development))):
            if row < len(strengths):
                sheet.put(1, strengths[row])
                ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=2)
            if row < len(development):
                sheet.put(3, development[row])
                ws.merge_cells(start_row=sheet.row, start_column=3, end_row=sheet.row, end_column=6)
            sheet.next()
    else:
        bullet = rng.choice(("\u2022 ", "- ", "numbers"))
        for heading, items in ((strengths_label, strengths), (development_label, development)):
            sheet.put(1, heading, bold=True, colour=brand)
            sheet.next()
            if list_style == "paragraph":
                sheet.put(1, " ".join(items))
                ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
                ws.row_dimensions[sheet.row].height = 60
                sheet.next()
            else:
                for number, item in enumerate(items, 1):
                    sheet.put(1, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
                    ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
                    sheet.next()
    sheet.next()

    # Cases needing immediate action.
    if urgent_shown:
        question = rng.choice(("Were any cases escalated for immediate safeguarding action?",
                               "Any case requiring immediate escalation?"))
        sheet.put(1, question, bold=True)
        if index % 2:
            sheet.put(2, ("\u2612 Yes   \u2610 No" if urgent_yes else "\u2610 Yes   \u2612 No"))
        else:
            sheet.put(2, rng.choice(("Yes", "Y", "YES")) if urgent_yes else rng.choice(("No", "N", "NO")))
        sheet.next()
        if urgent_yes:
            sheet.put(1, "If yes, give details")
            sheet.put(2, sample.urgent_concern_detail)
            ws.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
            sheet.next()
        sheet.next()

    # Actions.
    actions_label = rng.choice(("Service-level actions", "Actions for the partnership", "Action plan"))
    owners = ("QA sub-group chair", "Practice managers", "DA lead, Police", "Designated Nurse", sample.auditor,
              "Workforce development")
    action_rows = [(action.action, rng.choice(owners), when(action.due)) for action in actions]
    if action_style == "none":
        sheet.put(1, actions_label, bold=True, colour=brand)
        sheet.next()
        sheet.put(1, rng.choice(NO_ACTIONS))
        sheet.next(2)
    elif action_style == "lines":
        sheet.put(1, actions_label, bold=True, colour=brand)
        sheet.next()
        for number, (text, owner, (due, _)) in enumerate(action_rows, 1):
            due_text = due if isinstance(due, str) else write_date(actions[number - 1].due)
            sheet.put(1, f"{number}. {text} – {owner} – by {due_text}")
            ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
            sheet.next()
        sheet.next()
    elif action_style == "table":
        sheet.put(1, actions_label, bold=True, colour=brand)
        sheet.next()
        _action_table(sheet, action_rows, rng)
        sheet.next()
    else:
        sheet.put(1, f"{actions_label}: see the 'Action plan' sheet", italic=True)
        sheet.next(2)

    # Moderation.
    if moderation is not None or index in (0, 9):
        ink = rng.choice(MODERATION_INKS)
        sheet.put(1, rng.choice(("Moderation (Head of Service)", "QA sub-group moderation", "Moderation")),
                  bold=True, colour=brand)
        sheet.next()
        rows = [("Moderated by", moderation.moderator if moderation else None, None),
                ("Date moderated", *(when(moderation.date) if moderation else (None, None))),
                ("Moderated judgement", informal_grade(rng, moderation.grade)
                 if moderation and moderation.grade else None, None),
                ("Moderator's comments", " ".join(moderation.comments) if moderation else None, None)]
        if moderation and moderation.grade:
            rows.insert(2, ("Agree with overall judgement?", "Yes" if moderation.grade == overall else "No", None))
        for text, value, fmt in rows:
            sheet.put(1, text, bold=True, fill="F2F2F2")
            if value is not None:
                sheet.put(2, value, colour=ink, fmt=fmt, bold=text == "Moderated judgement")
            ws.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
            sheet.next()

    # The action plan sheet.
    if action_style == "sheet":
        plan = _Sheet(workbook.create_sheet("Action plan"))
        for letter, width in zip("ABCD", (60, 24, 16, 16)):
            plan.ws.column_dimensions[letter].width = width
        plan.put(1, f"{title} – {actions_label}", bold=True, colour=brand)
        plan.next(2)
        _action_table(plan, action_rows, rng)

    # The cases sampled.
    cases = _Sheet(workbook.create_sheet(rng.choice(("Cases sampled", "Appendix 1 - cases", "Case outline"))))
    checks = rng.choice(CHECKS)
    if anonymised:
        headers = ("Case", "Age", "Level of intervention", "Agencies contributing", *checks)
    else:
        headers = ("Case", rng.choice(("Case reference", "LCS number", "Case ID")), "Child's name",
                   rng.choice(("Date of birth", "DOB")), "Level of intervention", "Agencies contributing", *checks)
    for column, width in enumerate((8, 16, 22, 16, 20, 40, 18, 18), 1):
        cases.ws.column_dimensions["ABCDEFGH"[column - 1]].width = width
    cases.put(1, rng.choice(("Outline of the cases sampled", "Appendix 1: cases in the sample")), bold=True,
              colour=brand)
    cases.next(2)
    for column, text in enumerate(headers, 1):
        cases.put(column, text, bold=True, fill=HEAD_FILL)
    cases.next()
    for number, (written_id, child) in enumerate(zip(written_ids, children), 1):
        age = max(0, (sample.date - child.date_of_birth).days // 365)
        agencies = ", ".join(rng.sample(AGENCIES, rng.randint(2, 4)))
        answers = [rng.choice(("Y", "N", "Partly")) if rng.random() < 0.8 else "Y" for _ in checks]
        if anonymised:
            values = [number, f"{age}" if age else "Under 1", rng.choice(LEVELS), agencies, *answers]
            fmts = [None] * len(values)
        else:
            reference = int(written_id) if written_id.isdigit() and rng.random() < 0.5 else written_id
            born, born_fmt = when(child.date_of_birth)
            values = [number, reference, child.full_name, born, rng.choice(LEVELS), agencies, *answers]
            fmts = [None, None, None, born_fmt, None, None, None, None]
        for column, (value, fmt) in enumerate(zip(values, fmts), 1):
            cases.put(column, value, fmt=fmt)
        cases.next()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    stamp = datetime.combine(moderation.date if moderation else sample.date, time(16, 20))
    workbook.properties.created = stamp - timedelta(days=400)
    workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=tuple(dict.fromkeys(also)))


def _details(sheet: _Sheet, fields, style: str) -> None:
    """The audit details: label and value side by side, two pairs a row,
    "Label: value" in one cell, or labels over their values."""
    if style == "columns":
        for text, value, fmt in fields:
            sheet.put(1, text, bold=True, fill="F2F2F2")
            sheet.put(2, value, fmt=fmt)
            sheet.ws.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=4)
            sheet.next()
    elif style == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, value, fmt) in enumerate(fields[start:start + 2]):
                sheet.put(1 + 3 * offset, text, bold=True, fill="F2F2F2")
                sheet.put(2 + 3 * offset, value, fmt=fmt)
            sheet.next()
    elif style == "inline":
        for text, value, fmt in fields:
            if fmt is None:
                sheet.put(1, f"{text}: {value}")
                sheet.ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
            else:
                sheet.put(1, f"{text}:")
                sheet.put(2, value, fmt=fmt)
            sheet.next()
    else:
        for column, (text, _, _) in enumerate(fields, 1):
            sheet.put(column, text, bold=True, fill="F2F2F2")
        sheet.next()
        for column, (_, value, fmt) in enumerate(fields, 1):
            sheet.put(column, value, fmt=fmt)
        sheet.next()


def _action_table(sheet: _Sheet, rows, rng: random.Random) -> None:
    headers = rng.choice((("Action", "Lead", "By when", "Progress"), ("Action", "Owner", "Target date", "RAG"),
                          ("What needs to happen", "Who", "By when", "Update")))
    for column, text in enumerate(headers, 1):
        sheet.put(column, text, bold=True, fill=HEAD_FILL)
    sheet.next()
    for text, owner, (due, fmt) in rows:
        sheet.put(1, text)
        sheet.put(2, owner)
        sheet.put(3, due, fmt=fmt)
        sheet.next()


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]
