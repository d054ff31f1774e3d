"""Early Help Assessment quality audit kept as an Excel workbook, one family
to a workbook: the family's Early Help number, the child, their brothers
and sisters and parents, the lead professional and their team, who audited
and when; six quality standards, each with what the auditor looks for, the
evidence found and a judgement; the overall judgement, what is working
well and what needs to improve, sometimes what the family said, an
immediate-safeguarding question (a referral to the Multi Agency
Safeguarding Hub today?), actions and a Head of Service sign-off.

Every council of the South West of England already models a family, so a
council of the neighbouring region across the Severn (as the Gwent family
did before it): Merthyr Tydfil County Borough Council, as Care Inspectorate
Wales described its children's services after inspecting them in April and
May 2018 (news release "Merthyr children's services motivated to further
develop services for care leavers – report", 30 August 2018). The release
says that the inspectors found a dedicated workforce, safeguarding
procedures understood and followed, and examples of good practice that
were not consistent; and it names three areas for development: greater
consistency in the quality of assessments, including detailed analysis of
strengths and risks; a clear and shared understanding among partner
agencies of significant harm when they refer to the Multi Agency
Safeguarding Hub; and a more comprehensive quality assurance system, with
improved focus on the frequency, consistency and quality of front line
supervision. A trade news report of the same inspection (LaingBuisson)
quotes the council saying the areas for improvement would go into an
action plan. Neither shows an audit form.

The workbook is therefore our own judgement throughout, shaped by those
three areas: its standards put the analysis of strengths and risks in the
assessment, the partners' shared understanding of the level of need, and
the frequency, consistency and quality of supervision into the prompts of
six standards named in the council's own way; the urgent question asks
about a referral to the MASH. What varies, also our judgement: one sheet,
"Audit" and "HoS sign-off", or "Details" / "Standards" / "Summary" /
"Sign-off" sheets; details as label / value rows, two pairs to a row, or
a strip of headings over one row of values (an "EHA completed" date among
them on some); the standards as one row each, or across the sheet with
one column per standard; judgements chosen from a drop-down, typed
informally, scored on a printed 1-4 key (either way up), the chosen one
emboldened and filled among four option cells, one cell with the others
struck through, or a mark under four grade columns; the Early Help number
plain (text or a number), with a service prefix or a case system's
prefix; a bilingual "Cymorth Cynnar" line on some; strengths and areas to
improve one to a row, numbered, or a line each in one cell; actions as a
table, numbered lines or a "no actions" sentence; typed dates in seven
spellings or Excel dates; the Head of Service's sign-off typed in a colour
of their own (never red), in a heavy box or not, confirming, changing or
only commenting, with remarks beside the standards they read, and on some
files where the grade was changed a "HoS:" line under the auditor's typed
overall grade.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import EHA_AUDIT, ToolField, tool_samples

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

FAMILY = "eha_quality_workbook"
SEED = 9982

# The sample's areas, what this council's standards call them (printed as
# the area names), and what the auditor looks for under each.
STANDARDS = (
    ("Voice of the child", "The child's voice and what matters to them", (
        "Seen and spoken with (or observed); their own words recorded; what a day is like for them.",
        "Is it clear what matters to the child, in their words?",
    )),
    ("Early Help Assessment", "Assessment – analysis of strengths and risks", (
        "Strengths and risks analysed, not just listed; history used; the level of need is right.",
        "Does the assessment weigh strengths against risks and say why help is needed now?",
    )),
    ("Engagement with the family", "Working with the family and partners", (
        "Consent recorded; family helped shape the help; partners share an understanding of the level of need.",
        "Are the family and the other agencies working to the same understanding of need and risk?",
    )),
    ("Team Around the Family plan", "The family plan (TAF)", (
        "Outcomes SMART, each with a named person and a timescale; agreed at the TAF meeting.",
        "Is the plan SMART and agreed with the family?",
    )),
    ("Impact and outcomes for the child", "Difference made for the child", (
        "Plan reviewed on time; progress measured against the outcomes; clear next step.",
        "Is the child's life better because of the help? How do we know?",
    )),
    ("Management oversight", "Supervision and management oversight", (
        "Supervision frequent and consistent; reflective; direction given and followed up where the plan drifts.",
        "How often, how consistent and how good is supervision of this case?",
    )),
)
TITLES = (
    "Early Help Assessment – Quality Audit Workbook",
    "EHA QUALITY STANDARDS AUDIT",
    "Early Help Assessment Audit (QA workbook)",
    "Quality of the Early Help Assessment and Plan – Audit",
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
OPTION_FILL = "FFFF00"
GRADE_STYLES = ("dropdown", "typed", "key", "bold", "struck", "columns")
MARKS = ("X", "x", "\u2713", "\u25cf", "")  # "" shades the chosen cell
HEADS = ("Head of Service", "Head of Service – Early Help", "Head of Early Intervention")
OWNERS = {"Social worker": "Lead professional", "Practice manager": "EH Team Manager"}
NO_ACTIONS = ("No actions – the family plan already covers what was found.",
              "No further actions required at this time.", "Nil – no actions arising.")
NOT_MODERATED = ("", "", "Not sampled for moderation this month.", "Awaiting HoS")
FAMILY_VOICE_LABELS = ("What the family said", "Family's voice", "Family feedback (their words)")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count * 6, seed=SEED, today=today, kinds=(EHA_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:2]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    # Each way of writing a judgement, and each arrangement of the workbook,
    # on several files rather than wherever chance puts them.
    plans = [dict(zip(("style", "sheets", "details", "standards"), choice)) for choice in zip(
        _spread(rng, GRADE_STYLES, count), _spread(rng, ("one", "two", "four", "four"), count),
        _spread(rng, ("rows", "pairs", "strip"), count), _spread(rng, ("rows", "rows", "across"), count))]
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen[:count], plans))]


def _spread(rng: random.Random, options: tuple[str, ...], count: int) -> list[str]:
    spread = [options[index % len(options)] for index in range(count)]
    rng.shuffle(spread)
    return spread


class _Sheet:
    """One worksheet written top to bottom."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, number_format=None, border=True):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, last: int) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def wide(self, value, last: int, *, height: int | None = None, **look) -> int:
        self.put(self.row, 1, value, **look)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def height(self, row: int, points: int) -> None:
        self.ws.row_dimensions[row].height = points


def _form(rng: random.Random, index: int, sample, today: date, plan: dict[str, str]) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy", "d/m/yy"))
    sheets_style, details_style, standards_style = plan["sheets"], plan["details"], plan["standards"]
    style = plan["style"]
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    # Where the Head of Service changed the grade, some typed it under the auditor's own.
    hos_line = (sample.moderation is not None and sample.moderation.grade not in (None, sample.grade)
                and rng.random() < 0.5)
    if hos_line:
        overall_style = "typed"
    words = rng.choice(WORDS)
    key = rng.choice(KEYS)
    symbol = rng.choice(MARKS)
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2, 2, 3)), today)
    show_service = rng.random() < 0.55
    show_voice = rng.random() < 0.6
    bilingual = rng.random() < 0.35
    last = 8  # the width, in columns, of a full-width row

    # --- the sample as this workbook carries it -----------------------------------
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(name, by_name[old].grade, by_name[old].comment)
                                       for old, name, _ in STANDARDS)}
    reference = rng.choice(("plain", "plain", "eh", "eh", "prefixed"))
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if not sample.urgent_concern and rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    voice = next((own for own in sample.own if own.key == "family_voice"), None)
    if show_voice and voice is not None:
        changes["own"] = (ToolField(voice.key, rng.choice(FAMILY_VOICE_LABELS), voice.written, voice.expected),)
    else:
        changes["own"] = ()
        voice = None
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: name for old, name, _ in STANDARDS}
    area_remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    prompts = rng.randrange(2)
    head_title = rng.choice(HEADS)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets ----------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        slot = (ws.title, choices)
        if slot not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[slot] = validation
        validations[slot].add(coordinate)

    first = workbook.active
    if sheets_style == "one":
        first.title = rng.choice(("EHA Audit", "QA", "EHA QA"))
        details_ws = standards_ws = summary_ws = sign_ws = first
    elif sheets_style == "two":
        first.title = rng.choice(("Audit", "EHA audit"))
        details_ws = standards_ws = summary_ws = first
        sign_ws = workbook.create_sheet(rng.choice(("HoS sign-off", "Sign off")))
    else:
        first.title = "Details"
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Standards", "Quality standards")))
        summary_ws = workbook.create_sheet("Summary")
        sign_ws = workbook.create_sheet(rng.choice(("Sign-off", "HoS Sign-off")))
    writers: dict[str, _Sheet] = {}
    across = standards_style == "across"

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            if across and ws is standards_ws:
                widths = (22, 30, 30, 30, 30, 30, 30, 8)
            else:
                widths = (6, 30, 32, 40, 11, 11, 11, 11, 30)
            writers[ws.title] = _Sheet(ws, font, brand, widths)
        return writers[ws.title]

    title = rng.choice(TITLES)

    def top(sheet: _Sheet, full: bool) -> None:
        if full:
            sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=False)
            sheet.merge(1, 1, last)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, last)
            sheet.row = 3
            if bilingual:
                sheet.put(3, 1, "Cymorth Cynnar / Early Help", italic=True, colour=brand, border=False)
                sheet.merge(3, 1, last)
                sheet.row = 4
        else:
            sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1, last)
            sheet.row = 2
        sheet.row += 1

    # --- details ---------------------------------------------------------------------
    sheet = writer(details_ws)
    top(sheet, True)
    sheet.wide(rng.choice((
        "One workbook per family. Complete the yellow cells; use the drop-downs where there are any.",
        "Read the EHA, the family plan and the last two reviews and supervision records before you start.",
        "OFFICIAL-SENSITIVE once completed. Return to the QA inbox by the end of the month.",
    )), last, italic=True, border=False, height=28)
    sheet.row += 1
    if sample.case_id.isdigit() and rng.random() < 0.5:
        case_value = int(sample.case_id)
    else:
        case_value = sample.case_id
    born_value, born_format = day(child.date_of_birth)
    audit_value, audit_format = day(sample.date)
    also: list[str] = []
    if not excel_dates:
        also.append(when(child.date_of_birth))
    if household:
        parts = []
        for name, born in household:
            if rng.random() < 0.6:
                parts.append(f"{name} ({(sample.date - born).days // 365})")
            else:
                parts.append(f"{name} – {when(born)}")
                also.append(when(born))
        household_text = rng.choice(("; ", ", ", "\n")).join(parts)
    else:
        household_text = rng.choice(("None", "N/A", "No siblings"))
    auditor_value = sample.auditor
    if rng.random() < 0.3:
        auditor_value = f"{sample.auditor} ({rng.choice(('EH Team Manager', 'Early Help Manager'))})"
    details = [
        (rng.choice(("EH number", "Early Help ref.", "EHA reference", "WCCIS ID", "Family ID")), case_value, None),
        (rng.choice(("Child / young person", "Child's name", "Name of child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
        (rng.choice(("Brothers / sisters", "Siblings (name & age)", "Other children in the household")),
         household_text, None),
        (rng.choice(("Parents / carers", "Parent(s)/carer(s)")), ", ".join(child.parents), None),
        (rng.choice(("Lead professional", "Lead practitioner", "Lead professional (LP)")), sample.practitioner,
         None),
        (rng.choice(("Team", "EH team", "Locality team")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details.append((rng.choice(("Auditor", "Audited by", "Audit completed by")), auditor_value, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date audited")), audit_value, audit_format))
    if rng.random() < 0.3:
        completed, completed_format = day(sample.date - timedelta(days=rng.randint(30, 120)))
        details.insert(7, (rng.choice(("Date EHA completed", "EHA completed on")), completed, completed_format))
    if rng.random() < 0.3:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "strip":
        # A strip of headings over one row of values, in two strips.
        half = (len(details) + 1) // 2
        for chunk in (details[:half], details[half:]):
            for column, (text, _, _) in enumerate(chunk, start=2):
                sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
            for column, (_, value, number_format) in enumerate(chunk, start=2):
                sheet.put(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
            sheet.height(sheet.row + 1, 44)
            sheet.row += 3
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 2 if offset == 0 else 4
                sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
                sheet.put(sheet.row, column + 1, value, number_format=number_format, fill="FFF2CC")
                if offset:
                    sheet.merge(sheet.row, column + 1, column + 3)
            sheet.height(sheet.row, 30)
            sheet.row += 1
        sheet.row += 1
    else:
        for text, value, number_format in details:
            sheet.put(sheet.row, 2, text, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, 3, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 3, 4)
            sheet.row += 1
        sheet.row += 1

    # --- the standards ------------------------------------------------------------------
    sheet = writer(standards_ws)
    if standards_ws is not details_ws:
        top(sheet, False)
    grade_choices = tuple(words[grade] for grade in ORDER)
    sheet.band(rng.choice(("Quality standards", "PART 2 – THE STANDARDS", "Audit of the EHA against the standards")),
               last)
    if style == "key":
        ordered = sorted(ORDER, key=lambda grade: key[grade])
        sheet.wide("Key: " + "    ".join(f"{key[grade]} = {words[grade]}" for grade in ordered), last, bold=True,
                   border=False)
    elif rng.random() < 0.3:
        sheet.wide("Judgements: Outstanding / Good / Requires improvement / Inadequate", last, italic=True,
                   border=False)
    if across:
        _standards_across(sheet, sample, rng, style, words, key, symbol, prompts, area_remarks, ink, head_title,
                          lambda coordinate: dropdown(standards_ws, coordinate, grade_choices))
    else:
        _standards_rows(sheet, sample, rng, style, words, key, symbol, prompts, area_remarks, ink, head_title,
                        lambda coordinate: dropdown(standards_ws, coordinate, grade_choices))
    sheet.row += 1

    # --- summary ------------------------------------------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not standards_ws:
        top(sheet, False)
    sheet.band(rng.choice(("Overall judgement", "OVERALL")), last)
    if overall_style == "columns":
        for column, grade in zip(range(5, 9), ORDER):
            sheet.put(sheet.row, column, SHORT[grade], bold=True, fill="E2EFDA")
        sheet.row += 1
    row = sheet.row
    sheet.put(row, 1, rng.choice(("Overall judgement of the quality of Early Help for this family",
                                  "Overall grade", "Overall rating of the EHA and plan")), bold=True,
              fill="E2EFDA")
    sheet.merge(row, 1, 4)
    if hos_line:
        written = CellRichText(
            TextBlock(InlineFont(rFont=font, b=True, sz=10), informal_grade(rng, sample.grade)),
            TextBlock(InlineFont(rFont=font, b=True, sz=10, color=ink),
                      f"\nHoS: {informal_grade(rng, moderation.grade)}"),
        )
        sheet.put(row, 5, written)
        sheet.merge(row, 5, 6)
    else:
        _grade_cells(sheet, row, 5, overall_style, sample.grade, rng, words, key, symbol,
                     lambda coordinate: dropdown(summary_ws, coordinate, grade_choices))
    sheet.height(row, 32)
    sheet.row += 2

    items_style = rng.choice(("rows", "numbered", "cell"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well?", "Strengths", "What's working well")),
                            sample.strengths),
                           (rng.choice(("What needs to improve?", "Areas for development", "Even better if")),
                            sample.development_areas)):
        sheet.band(heading, last)
        if items_style == "cell":
            sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), last, height=16 * len(items) + 8)
        else:
            for number, item in enumerate(items, start=1):
                text = f"{number}. {item}" if items_style == "numbered" else f"{bullet}{item}"
                sheet.wide(text, last, height=28)
        sheet.row += 1

    if voice is not None:
        sheet.band(sample.own[0].label, last)
        sheet.wide(voice.written, last, height=30)
        sheet.row += 1

    sheet.band(rng.choice(("Immediate safeguarding", "Safeguarding – is the child safe today?",
                           "Significant harm")), last)
    row = sheet.row
    sheet.put(row, 1, rng.choice((
        "Is there an immediate safeguarding concern – does this child need a referral to the MASH today?",
        "Has this audit found a risk of significant harm needing immediate action?",
        "Immediate concern for the child's safety identified?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(row, 1, 4)
    answer = rng.choice(("Yes", "YES", "Y")) if sample.urgent_concern else rng.choice(("No", "NO", "N"))
    target = sheet.put(row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.height(row, 30)
    sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.put(sheet.row, 1, rng.choice(("If yes – what was done and who was told", "Details")), bold=True,
                  fill="FCE4D6")
        sheet.merge(sheet.row, 1, 4)
        sheet.put(sheet.row, 5, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 5, last)
        sheet.height(sheet.row, 44 if sample.urgent_concern else 18)
        sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Action plan (who / by when)", "ACTIONS ARISING FROM THE AUDIT")), last)
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.wide(rng.choice(NO_ACTIONS), last, italic=rng.random() < 0.5)
    elif action_style == "table":
        headers = rng.choice((("No.", "Action", "Who", "By when"), ("", "What needs to happen", "Responsible",
                                                                      "Target date")))
        row = sheet.row
        for column, text in zip((1, 2, 5, 7), headers):
            sheet.put(row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(row, 2, 4)
        sheet.merge(row, 5, 6)
        sheet.merge(row, 7, 8)
        sheet.row += 1
        for number, action in enumerate(sample.actions, start=1):
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 4)
            sheet.put(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            sheet.put(sheet.row, 7, value, number_format=number_format)
            sheet.merge(sheet.row, 7, 8)
            sheet.height(sheet.row, 30)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}) {action.action} – {action.owner} – by {when(action.due)}", last, height=30)
    sheet.row += 1

    # --- sign-off -------------------------------------------------------------------------
    sheet = writer(sign_ws)
    if sign_ws is not summary_ws:
        top(sheet, False)
    sheet.band(rng.choice(("Sign-off", "Auditor and Head of Service sign-off")), last)
    sheet.put(sheet.row, 1, rng.choice(("Auditor signature", "Signed (auditor)")), bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 2)
    sheet.put(sheet.row, 3, sample.auditor if rng.random() < 0.6 else "")
    sheet.put(sheet.row, 4, rng.choice(("Date", "Dated")), bold=True, fill="F2F2F2")
    value, number_format = day(sample.date)
    sheet.put(sheet.row, 5, value, number_format=number_format)
    sheet.merge(sheet.row, 5, 6)
    sheet.row += 2
    sheet.put(sheet.row, 1, rng.choice((f"{head_title} moderation", "Moderation by Head of Service",
                                        "HEAD OF SERVICE")), bold=True, colour=brand, border=False, size=11)
    sheet.merge(sheet.row, 1, 6)
    sheet.row += 1
    rows: list[tuple[str, object, str | None, bool]] = []
    if moderation:
        moderated_on, moderated_format = day(moderation.date)
    else:
        moderated_on, moderated_format = "", None
    rows.append((rng.choice(("Name", "Moderated by")), moderation.moderator if moderation else "", None, False))
    rows.append((rng.choice(("Date", "Date moderated")), moderated_on, moderated_format, False))
    agree = grade_text = ""
    if moderation and moderation.grade:
        same = moderation.grade == sample.grade
        agree = rng.choice(("Yes", "Agree")) if same else rng.choice(("No", "Disagree", "Not agreed"))
        grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
    rows.append((rng.choice(("Do you agree with the overall judgement?", "Agree with auditor's judgement?")), agree,
                 None, False))
    rows.append((rng.choice(("Moderated judgement", "Judgement after moderation", "HoS judgement")), grade_text,
                 None, True))
    if moderation:
        comments = "\n".join(moderation.comments)
    else:
        comments = rng.choice(NOT_MODERATED)
    rows.append((rng.choice(("Comments", "HoS comments", "Moderator's comments")), comments, None, False))
    box_top = sheet.row
    for text, value, number_format, bold in rows:
        sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, value, colour=ink if moderation else None, bold=bold and bool(value),
                  italic=not moderation and bool(value), number_format=number_format)
        sheet.merge(sheet.row, 3, 6)
        if text == rows[-1][0]:
            sheet.height(sheet.row, 48)
        sheet.row += 1
    if rng.random() < 0.5:
        # A heavy box around the Head of Service's part, as some templates draw it.
        for row in range(box_top, sheet.row):
            for column in range(1, 7):
                sheet.ws.cell(row=row, column=column).border = Border(
                    left=HEAVY if column == 1 else THIN, right=HEAVY if column == 6 else THIN,
                    top=HEAVY if row == box_top else THIN, bottom=HEAVY if row == sheet.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))


def _standards_rows(sheet: _Sheet, sample, rng, style, words, key, symbol, prompts, remarks, ink, head_title,
                    dropdown) -> None:
    """One row per standard: number, standard, what we look for, evidence,
    the judgement in E (or E to H), any Head of Service remark in I."""
    row = sheet.row
    headers = ((1, "No."), (2, "Standard"), (3, rng.choice(("What we look for", "Prompts"))),
               (4, rng.choice(("Evidence", "Evidence found / auditor's analysis", "What did you find?"))))
    for column, text in headers:
        sheet.put(row, column, text, bold=True, fill="D9E1F2")
    if style in ("columns", "bold"):
        if style == "columns":
            short = rng.random() < 0.5
            for column, grade in zip(range(5, 9), ORDER):
                heading = SHORT[grade] if short else words[grade].replace("Requires Improvement", "Req. improvement")
                sheet.put(row, column, heading, bold=True, fill="D9E1F2")
        else:
            sheet.put(row, 5, rng.choice(("Judgement (embolden one)", "Judgement – highlight one")), bold=True,
                      fill="D9E1F2")
            sheet.merge(row, 5, 8)
    else:
        sheet.put(row, 5, rng.choice(("Judgement", "Grade")), bold=True, fill="D9E1F2")
        sheet.merge(row, 5, 6)
    if remarks:
        sheet.put(row, 9, f"{head_title} comment", bold=True, fill="D9E1F2", colour=ink)
    sheet.row += 1
    for number, ((_, _, prompt), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
        row = sheet.row
        sheet.put(row, 1, number)
        sheet.put(row, 2, section.name, bold=True)
        sheet.put(row, 3, prompt[prompts], italic=True, colour="595959")
        sheet.put(row, 4, section.comment)
        _grade_cells(sheet, row, 5, style, section.grade, rng, words, key, symbol, dropdown)
        if section.name in remarks:
            sheet.put(row, 9, remarks[section.name], colour=ink, italic=True)
        sheet.height(row, 58)
        sheet.row += 1


def _standards_across(sheet: _Sheet, sample, rng, style, words, key, symbol, prompts, remarks, ink, head_title,
                      dropdown) -> None:
    """The standards across the sheet, one column each (B to G): what we
    look for, the evidence and the judgement in rows beneath them."""
    row = sheet.row
    sheet.put(row, 1, "Standard", bold=True, fill="D9E1F2")
    for column, section in enumerate(sample.sections, start=2):
        sheet.put(row, column, section.name, bold=True, fill="D9E1F2")
    sheet.height(row, 32)
    row += 1
    sheet.put(row, 1, rng.choice(("What we look for", "Prompts")), bold=True, fill="F2F2F2")
    for column, (_, _, prompt) in enumerate(STANDARDS, start=2):
        sheet.put(row, column, prompt[prompts], italic=True, colour="595959")
    sheet.height(row, 60)
    row += 1
    sheet.put(row, 1, rng.choice(("Evidence", "Evidence / analysis")), bold=True, fill="F2F2F2")
    for column, section in enumerate(sample.sections, start=2):
        sheet.put(row, column, section.comment)
    sheet.height(row, 75)
    row += 1
    if style in ("columns", "bold"):
        for position, grade in enumerate(ORDER):
            if style == "columns":
                sheet.put(row, 1, words[grade], bold=True, fill="F2F2F2")
            else:
                sheet.put(row, 1, "" if position else rng.choice(("Judgement (highlight one)", "Judgement")),
                          bold=True, fill="F2F2F2")
            for column, section in enumerate(sample.sections, start=2):
                chosen = section.grade == grade
                if style == "columns":
                    if chosen and symbol:
                        sheet.put(row, column, symbol, bold=True)
                    else:
                        sheet.put(row, column, None, fill="A6A6A6" if chosen else None)
                else:
                    sheet.put(row, column, words[grade], bold=chosen, fill=OPTION_FILL if chosen else None,
                              colour=None if chosen else "A6A6A6")
            row += 1
    else:
        sheet.put(row, 1, rng.choice(("Judgement", "Grade")), bold=True, fill="F2F2F2")
        for column, section in enumerate(sample.sections, start=2):
            _grade_cells(sheet, row, column, style, section.grade, rng, words, key, symbol, dropdown, span=1)
        sheet.height(row, 48 if style == "struck" else 20)
        row += 1
    if remarks:
        sheet.put(row, 1, f"{head_title} comment", bold=True, fill="F2F2F2", colour=ink)
        for column, section in enumerate(sample.sections, start=2):
            sheet.put(row, column, remarks.get(section.name), colour=ink, italic=True)
        sheet.height(row, 32)
        row += 1
    sheet.row = row


def _grade_cells(sheet: _Sheet, row: int, column: int, style: str, grade: str, rng: random.Random, words, key,
                 symbol: str, dropdown, *, span: int = 2) -> None:
    """A judgement written from `column` in the workbook's style: one cell
    (merged over `span` columns) or, marked or emboldened, four cells."""
    if style == "columns":
        for offset, option in enumerate(ORDER):
            if option == grade and symbol:
                sheet.put(row, column + offset, symbol, bold=True)
            else:
                sheet.put(row, column + offset, None, fill="A6A6A6" if option == grade else None)
        return
    if style == "bold":
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            sheet.put(row, column + offset, SHORT[option] if option == REQUIRES_IMPROVEMENT else words[option],
                      bold=chosen, fill=OPTION_FILL if chosen else None, colour=None if chosen else "808080")
        return
    if style == "struck":
        blocks = []
        for position, option in enumerate(ORDER):
            if position:
                blocks.append(TextBlock(InlineFont(rFont=sheet.font, sz=10), " / "))
            chosen = option == grade
            blocks.append(TextBlock(InlineFont(rFont=sheet.font, sz=10, b=chosen, strike=not chosen), words[option]))
        cell = sheet.put(row, column, CellRichText(*blocks))
    elif style == "dropdown":
        cell = sheet.put(row, column, words[grade], bold=True, fill="FFF2CC")
        dropdown(cell.coordinate)
    elif style == "key":
        cell = sheet.put(row, column, key[grade], bold=True, fill="FFF2CC")
        cell.alignment = Alignment(horizontal="center", vertical="top")
    else:
        sheet.put(row, column, informal_grade(rng, grade, note_chance=0.25), bold=True)
    if span > 1:
        sheet.merge(row, column, column + span - 1)
