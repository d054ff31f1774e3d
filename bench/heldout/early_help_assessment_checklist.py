"""Early Help Assessment audit kept as an Excel checklist, one family to a
workbook: the family's Early Help number, the child, the other children in
the household, the parents, the lead practitioner and (on most) their team,
who audited and when; six assessment standards, each a short checklist of
what the auditor looks for answered Yes / Partly / No, the evidence found
and a grade for the standard; the family's views; the overall judgement,
what is working well and what needs to be better, a same-day safety
question, actions and a Head of Service moderation.

Every council of the South West of England named in the brief (Plymouth,
Torbay, North Somerset, Bath and North East Somerset, Swindon, Wiltshire,
Cornwall, the Isles of Scilly, Bournemouth Christchurch and Poole, Dorset,
Gloucestershire, and Somerset, Devon, Bristol and South Gloucestershire
besides) is already named by another family, as is nearly every other
English council checked; so this family is modelled on a similar body no
family names: the City of London Corporation, the smallest English
children's services authority. What was read, all as search excerpts:

- Community Care, "'Outstanding' children's services leadership praised by
  Ofsted" (20 September 2016, communitycare.co.uk): overall "good" with
  outstanding leadership; about 1,000 children live in the area, many go to
  school outside it and nearly two-thirds of primary pupils have English as
  an additional language; performance monitoring and quality assurance
  systems described as "robust"; a "settled and stable" children and
  families team; "analytical assessments leading to helpful support that
  demonstrably improves children's lives and makes them safer"; research
  into neglect within affluent families.
- City Matters, "Top Ofsted marks for City's children's social care
  services" (citymatters.london): graded outstanding; assessments of
  children's needs "of a high standard", comprehensive, with a clear
  analysis of needs and potential risks; children's views consistently
  taken into account and included in planning; children encouraged to
  attend or send their views to meetings.
- The City & Hackney Safeguarding Children Partnership's page "Worried
  about a Child in the City?" (chscp.org.uk): the City of London Thresholds
  of Need support the use of the Common Assessment Framework on a
  continuum of need; the City of London Early Help Arrangements aim at the
  right help at the right time and place, shifting the focus from
  short-term crises to earlier support. (The City and Hackney partnership's
  multi-agency case audit is already named by the `multi_agency` family;
  this family takes only the City's own early help arrangements from it.)
- The Corporation's committee pages (democracy.cityoflondon.gov.uk): a
  Children's Social Care Self-Evaluation Framework report; the 2016 Ofsted
  reports' six recommendations kept in an action plan; the "Families in the
  City" programme (Families First reform, Start for Life, a family hub, a
  Family Design Lab of parents and carers).

None of them shows an audit form or says how early help assessments are
audited, so the workbook is our own judgement throughout. Only the prompts
follow the sources: the checklist asks whether the assessment analyses
needs and risks rather than describing them, whether neglect was
considered whatever the family's circumstances, whether the child was
invited to the meeting or to send their views, whether the family's first
language was considered, and whether schools outside the area were
involved. Also our judgement: the six standards' names; one sheet,
"Details" / "Checklist" / "Summary & sign-off", or five sheets (details,
standards, the family's views, summary, sign-off); details as label /
value rows, two pairs to a row (on a details sheet of its own) or a strip
of headings over one row of values; the Early Help number plain (text or a
number), with a service prefix or a case system's prefix; checklist
answers as a mark under Yes / Partly / No columns, typed, or from an Excel
drop-down; grades from a drop-down, typed informally, a number on a
printed 1-4 key (either way round), the chosen option emboldened and
filled among the four, one cell with the others struck through, or a mark
under four grade columns; dates in seven typed spellings or as Excel
dates; strengths and areas to improve one to a row, numbered or in one
cell; actions as a table, numbered lines or a "no actions" sentence; the
safety question typed, from a drop-down, ticked under Yes / No or with the
other answer struck through; the Head of Service's moderation in a colour
of their own (never red), as a heavy-bordered box of labelled rows, as
signed lines, or as remarks beside the standards with their judgement
beside the auditor's, confirming, changing or only commenting; brothers
and sisters named in the details and, on some, in an area to improve.
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

FAMILY = "early_help_assessment_checklist"
SEED = 10023

# The sample's areas, the names this checklist gives them (printed on the
# form), in the order the form takes them, each with what the auditor checks.
STANDARDS = (
    ("Early Help Assessment", "Analysis of need and risk", (
        "The assessment analyses the family's needs rather than only describing them",
        "Risks are named and weighed against the family's strengths",
        "Neglect has been considered, whatever the family's circumstances",
    )),
    ("Voice of the child", "The child's lived experience", (
        "The child was seen and their own words are recorded",
        "What the child said has shaped the plan",
        "The child was invited to the TAF meeting or helped to send their views",
    )),
    ("Engagement with the family", "Working with the family and their network", (
        "Consent to the assessment and to sharing information is recorded",
        "The family's first language was considered (interpreter used where needed)",
        "The school and other partners took part, including those outside the area",
    )),
    ("Team Around the Family plan", "The family plan", (
        "Outcomes are SMART: what, who and by when",
        "The plan follows from the analysis in the assessment",
        "The plan was reviewed at a TAF meeting within timescale",
    )),
    ("Impact and outcomes for the child", "Difference made for the child", (
        "Progress is measured against the outcomes in the plan",
        "There is evidence the child's life is better or safer",
        "The next step (continue, step down, close or step up) is clear",
    )),
    ("Management oversight", "Management oversight and supervision", (
        "The manager's oversight is recorded at the start of the assessment",
        "Supervision gives clear direction and is followed up",
        "Drift or delay has been noticed and addressed",
    )),
)
TITLES = (
    "Early Help Assessment – Quality Checklist",
    "EHA and Family Plan Audit Checklist",
    "Early Help Assessment and Plan: Audit Checklist",
    "QUALITY CHECKLIST – EARLY HELP ASSESSMENT",
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
GRADE_STYLES = ("dropdown", "typed", "key", "bold", "struck", "columns")
ANSWER_STYLES = ("columns", "typed", "dropdown")
MARKS = ("\u2713", "X", "x", "\u25cf", "")  # "" fills the chosen cell instead
CHOSEN_FILL = "FFFF00"
MARK_FILL = "A6A6A6"
# The checklist's answers, by how well the standard is met.
ANSWERS = ("Yes", "Partly", "No")
ANSWER_WEIGHTS = {OUTSTANDING: (10, 0, 0), GOOD: (7, 3, 0), REQUIRES_IMPROVEMENT: (3, 5, 3),
                  INADEQUATE: (0, 4, 7)}
HEADS = ("Head of Service", "Head of Early Help", "Head of Service – Early Help and Prevention")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "Early Help Team Manager"}
NO_ACTIONS = ("No actions – the family plan already covers what the audit found.",
              "No further actions arising from this audit.", "Actions: none needed at this time.")
NOT_MODERATED = ("", "", "Not selected for moderation this month.", "Awaiting Head of Service moderation")
VOICE_LABELS = ("What the family told us", "The family's views", "Family feedback (in their words)")
# Schools and settings by the child's age: under five, primary, secondary.
SCHOOLS = (("Fenwick Street Nursery", "Little Acorns Day Nursery"),
           ("Moorside Primary School", "St Anne's CE Primary"),
           ("Northmoor Academy", "Riverside Secondary School"))
LANGUAGES = ("English", "Bengali (interpreter used)", "Portuguese", "English and Arabic", "Polish", "Somali")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count * 6, seed=SEED, today=today, kinds=(EHA_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    remarks = [sample for sample in others if sample.moderation and not sample.moderation.grade][:3]
    changes = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:3]
    confirms = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    chosen += [sample for sample in pool if sample not in chosen][: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)
    # Each way of writing things, and each arrangement, on several files.
    plans = [dict(zip(("grades", "sheets", "details", "answers", "moderation"), choice)) for choice in zip(
        _spread(rng, GRADE_STYLES, count), _spread(rng, ("one", "three", "five"), count),
        _spread(rng, ("rows", "pairs", "strip"), count), _spread(rng, ANSWER_STYLES, count),
        _spread(rng, ("box", "lines", "beside"), count))]
    # Two files say there are no actions (never one with a safety concern).
    quiet = rng.sample([index for index, sample in enumerate(chosen) if not sample.urgent_concern], 2)
    for index, plan in enumerate(plans):
        plan["no_actions"] = index in quiet
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(chosen[:count], plans))]


def _spread(rng: random.Random, options: tuple[str, ...], count: int) -> list[str]:
    spread = [options[index % len(options)] for index in range(count)]
    rng.shuffle(spread)
    return spread


class _Sheet:
    """One worksheet, written top to bottom."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        self.last = len(widths)
        for position, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, number_format=None, border=True, centre=False):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
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

    def band(self, text: str, *, last: int | None = None) -> None:
        last = last or self.last
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def wide(self, value, *, first: int = 1, last: int | None = None, height: int | None = None, **look) -> int:
        last = last or self.last
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def height(self, row: int, points: int) -> None:
        self.ws.row_dimensions[row].height = points


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy", "d/m/yy"))
    grades_style, sheets_style, details_style = plan["grades"], plan["sheets"], plan["details"]
    answers_style, moderation_style = plan["answers"], plan["moderation"]
    if sheets_style == "one" and details_style == "pairs":
        details_style = "rows"  # two pairs to a row only on a details sheet of its own
    overall_style = grades_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(WORDS)
    key = rng.choice(KEYS)
    symbol = rng.choice(MARKS)
    answer_words = rng.choice((ANSWERS, ("Y", "P", "N"), ("YES", "PARTLY", "NO")))
    if answers_style == "dropdown":
        answer_words = ANSWERS  # the drop-down's own words
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2, 2, 3)), today)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.5
    show_voice = sheets_style == "five" or rng.random() < 0.6
    head_title = rng.choice(HEADS)

    # --- the sample as this workbook carries it -----------------------------------
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(name, by_name[old].grade, by_name[old].comment)
                                       for old, name, _ in STANDARDS)}
    reference = rng.choice(("plain", "plain", "eh", "eh", "prefixed"))
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if plan["no_actions"]:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    voice = next((own for own in sample.own if own.key == "family_voice"), None)
    if show_voice and voice is not None:
        voice = ToolField(voice.key, rng.choice(VOICE_LABELS), voice.written, voice.expected)
        changes["own"] = (voice,)
    else:
        changes["own"] = ()
        voice = None
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    # The Head of Service's remarks beside the standards they read: always
    # where they moderated beside the standards, on half the others.
    renamed = {old: name for old, name, _ in STANDARDS}
    area_remarks = {}
    if moderation is not None and (moderation_style == "beside" or rng.random() < 0.5):
        area_remarks = {renamed[old]: text for old, text in moderation.section_comments.items()}
    beside = moderation is not None and moderation.grade is not None and moderation_style == "beside"
    if beside and overall_style in ("bold", "columns", "struck"):
        overall_style = rng.choice(("typed", "dropdown"))  # one cell beside the Head of Service's

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook and its sheets ----------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
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
        first.title = rng.choice(("EHA checklist", "Audit", "Checklist"))
        details_ws = standards_ws = voice_ws = summary_ws = sign_ws = first
    elif sheets_style == "three":
        first.title = "Details"
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Checklist", "Standards checklist")))
        voice_ws = summary_ws = sign_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "Summary")))
    else:
        first.title = rng.choice(("Details", "1. Details"))
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("Standards", "2. Standards")))
        voice_ws = workbook.create_sheet(rng.choice(("Family's views", "3. Family views")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "4. Summary")))
        sign_ws = workbook.create_sheet(rng.choice(("Sign-off", "5. Sign-off")))
    writers: dict[str, _Sheet] = {}
    main_widths = (7, 50, 12, 12, 12, 12, 34)
    details_widths = (24, 34, 24, 34)

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            own_details = ws is details_ws and ws is not standards_ws
            writers[ws.title] = _Sheet(ws, font, brand, details_widths if own_details else main_widths)
        return writers[ws.title]

    title = rng.choice(TITLES)
    written_sheets: set[str] = set()

    def top(sheet: _Sheet) -> None:
        """The council's line and the title on a sheet's first use; nothing after."""
        if sheet.ws.title in written_sheets:
            return
        written_sheets.add(sheet.ws.title)
        if sheet.ws is details_ws:
            sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=False)
            sheet.merge(1, 1, sheet.last)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, sheet.last)
            sheet.row = 4
        else:
            sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1, sheet.last)
            sheet.row = 3

    # --- details ---------------------------------------------------------------------
    sheet = writer(details_ws)
    top(sheet)
    sheet.wide(rng.choice((
        "Audit the most recent Early Help Assessment and family plan. Answer each check Yes, Partly or No, then "
        "grade the standard.",
        "One checklist per family. Read the EHA, the plan, the last TAF review and the supervision notes first.",
        "OFFICIAL – SENSITIVE when complete. Send to the QA mailbox; the Head of Service moderates a sample.",
    )), height=30, italic=True, border=False)
    sheet.row += 1
    if reference == "plain" and rng.random() < 0.5:
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
            if rng.random() < 0.5:
                parts.append(f"{name} (aged {(sample.date - born).days // 365})")
            else:
                parts.append(f"{name}, DOB {when(born)}")
                also.append(when(born))
        household_text = rng.choice(("; ", "\n")).join(parts)
    else:
        household_text = rng.choice(("None", "N/A", "No other children"))
    auditor_value = sample.auditor
    if rng.random() < 0.25:
        auditor_value = f"{sample.auditor} ({rng.choice(('Early Help Team Manager', 'EH Manager'))})"
    details = [
        (rng.choice(("Early Help number", "EH ref", "EHA ID", "Family case no.")), case_value, None),
        (rng.choice(("Child's name", "Child / young person", "Name")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born_value, born_format),
        (rng.choice(("Other children in the household", "Brothers and sisters", "Siblings")), household_text, None),
        (rng.choice(("Parents / carers", "Parent(s) or carer(s)")), ", ".join(child.parents), None),
    ]
    if rng.random() < 0.4:
        age = (sample.date - child.date_of_birth).days // 365
        school = SCHOOLS[0 if age < 5 else 1 if age < 11 else 2]
        details.append((rng.choice(("School / setting", "School attended")), rng.choice(school), None))
    if rng.random() < 0.35:
        details.append((rng.choice(("Language spoken at home", "First language")), rng.choice(LANGUAGES), None))
    details.append((rng.choice(("Lead practitioner", "Lead professional", "Early Help practitioner")),
                    sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "Early Help team", "Team of lead practitioner")), sample.team, None))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    if rng.random() < 0.35:
        started, started_format = day(sample.date - timedelta(days=rng.randint(40, 150)))
        details.append((rng.choice(("Date EHA started", "EHA start date")), started, started_format))
    details.append((rng.choice(("Auditor", "Audited by", "Checklist completed by")), auditor_value, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date completed")), audit_value, audit_format))
    if rng.random() < 0.3:
        details.insert(4, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    own_details = details_ws is not standards_ws
    if details_style == "strip":
        per_strip = 4 if own_details else 6
        first_column = 1 if own_details else 2
        for start in range(0, len(details), per_strip):
            chunk = details[start:start + per_strip]
            for column, (text, _, _) in enumerate(chunk, start=first_column):
                sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
            for column, (_, value, number_format) in enumerate(chunk, start=first_column):
                sheet.put(sheet.row + 1, column, value, number_format=number_format)
            sheet.height(sheet.row + 1, 46)
            sheet.row += 3
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                sheet.put(sheet.row, 1 + 2 * offset, text, bold=True, fill="EDEDED")
                sheet.put(sheet.row, 2 + 2 * offset, value, number_format=number_format)
            sheet.height(sheet.row, 32)
            sheet.row += 1
        sheet.row += 1
    else:
        label_column, value_first, value_last = (1, 2, 4) if own_details else (2, 3, 6)
        for text, value, number_format in details:
            sheet.put(sheet.row, label_column, text, bold=True, fill="EDEDED")
            sheet.put(sheet.row, value_first, value, number_format=number_format)
            sheet.merge(sheet.row, value_first, value_last)
            if "\n" in str(value):
                sheet.height(sheet.row, 15 * (str(value).count("\n") + 1))
            sheet.row += 1
        sheet.row += 1

    # --- the standards ------------------------------------------------------------------
    sheet = writer(standards_ws)
    top(sheet)
    grade_choices = tuple(words[grade] for grade in ORDER)
    sheet.band(rng.choice(("Assessment standards checklist", "PART 2 – THE STANDARDS",
                           "Checklist: quality of the EHA and plan")), last=6)
    if grades_style == "key" or overall_style == "key":
        ordered = sorted(ORDER, key=lambda grade: key[grade])
        sheet.wide("Grading key:   " + "     ".join(f"{key[grade]} = {words[grade]}" for grade in ordered), last=6,
                   bold=True, border=False)
    if answers_style != "columns" and rng.random() < 0.5:
        sheet.wide(f"Answer each check {' / '.join(answer_words)}.", last=6, italic=True, border=False)
    sheet.row += 1
    context = _Grades(rng, words, key, symbol, font)
    for number, ((_, _, checks), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
        row = sheet.row
        sheet.put(row, 1, number, bold=True, fill="DDEBF7", centre=True)
        sheet.put(row, 2, section.name, bold=True, fill="DDEBF7", size=11)
        if answers_style == "columns":
            for column, text in zip((3, 4, 5), answer_words):
                sheet.put(row, column, text, bold=True, fill="DDEBF7", centre=True)
            sheet.put(row, 6, None, fill="DDEBF7")
        else:
            sheet.put(row, 3, rng.choice(("Answer", " / ".join(answer_words))), bold=True, fill="DDEBF7")
            sheet.merge(row, 3, 4)
            sheet.put(row, 5, None, fill="DDEBF7")
            sheet.merge(row, 5, 6)
        remark = area_remarks.get(section.name)
        if remark:
            sheet.put(row, 7, f"{head_title} comment", bold=True, colour=ink, fill="DDEBF7")
        sheet.height(row, 20)
        sheet.row += 1
        answers = rng.choices(range(3), weights=ANSWER_WEIGHTS[section.grade], k=len(checks))
        if section.grade in (OUTSTANDING, GOOD) and 0 not in answers:
            answers[0] = 0  # a standard met well has at least one clear Yes
        if section.grade == INADEQUATE and 2 not in answers:
            answers[-1] = 2
        for item, (check, answer) in enumerate(zip(checks, answers), start=1):
            row = sheet.row
            sheet.put(row, 1, f"{number}.{item}", colour="595959")
            sheet.put(row, 2, check)
            if answers_style == "columns":
                for offset in range(3):
                    if offset == answer and symbol:
                        sheet.put(row, 3 + offset, symbol, bold=True, centre=True)
                    else:
                        sheet.put(row, 3 + offset, None, fill=MARK_FILL if offset == answer else None)
                sheet.put(row, 6, None)
            else:
                cell = sheet.put(row, 3, answer_words[answer] if answers_style == "typed" else ANSWERS[answer])
                sheet.merge(row, 3, 4)
                if answers_style == "dropdown":
                    dropdown(standards_ws, cell.coordinate, ANSWERS)
                sheet.put(row, 5, None)
                sheet.merge(row, 5, 6)
            sheet.height(row, 30)
            sheet.row += 1
        row = sheet.row
        sheet.put(row, 2, rng.choice(("Evidence / analysis", "What did you find?", "Evidence")), bold=True,
                  fill="F2F2F2")
        sheet.put(row, 3, section.comment)
        sheet.merge(row, 3, 6)
        if remark:
            sheet.put(row, 7, remark, colour=ink, italic=True)
        sheet.height(row, 45)
        sheet.row += 1
        if grades_style == "columns":
            short = rng.random() < 0.5
            for column, grade in zip(range(3, 7), ORDER):
                sheet.put(sheet.row, column, SHORT[grade] if short else words[grade], bold=True, fill="E2EFDA",
                          size=8, centre=True)
            sheet.height(sheet.row, 24)
            sheet.row += 1
        row = sheet.row
        sheet.put(row, 2, rng.choice(("Grade for this standard", "Judgement", "Grade")), bold=True, fill="E2EFDA")
        context.write(sheet, row, 3, grades_style, section.grade,
                      lambda coordinate: dropdown(standards_ws, coordinate, grade_choices))
        sheet.height(row, 30 if grades_style == "struck" else 18)
        sheet.row += 2

    # --- the family's views -----------------------------------------------------------
    sheet = writer(voice_ws)
    top(sheet)
    if voice is not None:
        sheet.band(voice.label, last=6)
        sheet.wide(voice.written, last=6, height=40)
        sheet.row += 1

    # --- summary ----------------------------------------------------------------------
    sheet = writer(summary_ws)
    top(sheet)
    sheet.band(rng.choice(("Overall judgement", "SUMMARY", "Overall quality of the assessment and plan")), last=6)
    if beside:
        sheet.put(sheet.row, 3, rng.choice(("Auditor", "Manager (auditor)")), bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 3, 4)
        sheet.put(sheet.row, 5, rng.choice((f"{head_title} (moderated)", "HoS moderation")), bold=True,
                  colour=ink, fill="E2EFDA")
        sheet.merge(sheet.row, 5, 6)
        sheet.row += 1
    elif overall_style == "columns":
        for column, grade in zip(range(3, 7), ORDER):
            sheet.put(sheet.row, column, SHORT[grade], bold=True, fill="E2EFDA", centre=True)
        sheet.row += 1
    row = sheet.row
    sheet.put(row, 1, rng.choice(("Overall judgement – quality of the EHA and family plan", "Overall grade",
                                  "Overall judgement for this family's early help")), bold=True, fill="E2EFDA")
    sheet.merge(row, 1, 2)
    context.write(sheet, row, 3, overall_style, sample.grade,
                  lambda coordinate: dropdown(summary_ws, coordinate, grade_choices), span=2 if beside else 4)
    if beside:
        sheet.put(row, 5, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        sheet.merge(row, 5, 6)
    sheet.height(row, 32)
    sheet.row += 2

    items_style = rng.choice(("rows", "numbered", "cell"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well", "Strengths", "What's working well?")),
                            sample.strengths),
                           (rng.choice(("What needs to be better", "Areas for development", "Even better if")),
                            sample.development_areas)):
        sheet.band(heading, last=6)
        if items_style == "cell":
            sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), last=6, height=16 * len(items) + 8)
        else:
            for number, item in enumerate(items, start=1):
                text = f"{number}. {item}" if items_style == "numbered" else f"{bullet}{item}"
                sheet.wide(text, last=6, height=28)
        sheet.row += 1

    sheet.band(rng.choice(("Safety today", "Immediate safeguarding", "Is the child safe?")), last=6)
    row = sheet.row
    sheet.put(row, 1, rng.choice((
        "Is there an immediate safeguarding concern for any child in this family that needs action today?",
        "Did the audit find a risk of significant harm that needs a referral to Children's Social Care now?",
        "Urgent safety concern identified during the audit?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(row, 1, 2)
    _yes_no(sheet, row, sample.urgent_concern, rng, font, lambda coordinate: dropdown(summary_ws, coordinate,
                                                                                     ("Yes", "No")))
    sheet.height(row, 32)
    sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.4:
        sheet.put(sheet.row, 1, rng.choice(("If yes – what was done, by whom and when", "Details")), bold=True,
                  fill="FCE4D6")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 3, 6)
        sheet.height(sheet.row, 44 if sample.urgent_concern else 18)
        sheet.row += 1
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Actions (who and by when)", "ACTIONS FROM THIS AUDIT")), last=6)
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.wide(rng.choice(NO_ACTIONS), last=6, italic=rng.random() < 0.5)
    elif action_style == "table":
        headers = rng.choice((("No.", "Action", "Who", "By when"), ("", "What needs to happen", "Responsible",
                                                                      "Target date")))
        row = sheet.row
        for column, text in zip((1, 2, 3, 5), headers):
            sheet.put(row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(row, 3, 4)
        sheet.merge(row, 5, 6)
        sheet.row += 1
        for number, action in enumerate(sample.actions, start=1):
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, action.action)
            sheet.put(sheet.row, 3, action.owner)
            sheet.merge(sheet.row, 3, 4)
            sheet.put(sheet.row, 5, value, number_format=number_format)
            sheet.merge(sheet.row, 5, 6)
            sheet.height(sheet.row, 30)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}) {action.action} – {action.owner} – by {when(action.due)}", last=6, height=30)
    sheet.row += 1

    # --- sign-off ---------------------------------------------------------------------------
    sheet = writer(sign_ws)
    top(sheet)
    sheet.band(rng.choice(("Sign-off", "Auditor and Head of Service sign-off")), last=6)
    sheet.put(sheet.row, 1, rng.choice(("Auditor", "Signed (auditor)")), bold=True, fill="EDEDED")
    sheet.merge(sheet.row, 1, 2)
    sheet.put(sheet.row, 3, sample.auditor if rng.random() < 0.6 else "")
    sheet.merge(sheet.row, 3, 4)
    value, number_format = day(sample.date)
    sheet.put(sheet.row, 5, value, number_format=number_format)
    sheet.merge(sheet.row, 5, 6)
    sheet.row += 2
    if moderation_style == "box":
        _moderation_box(sheet, rng, sample, moderation, words, ink, head_title, day)
    elif moderation_style == "lines":
        _moderation_lines(sheet, rng, sample, moderation, words, ink, head_title, when)
    else:
        _moderation_signature(sheet, rng, moderation, ink, head_title, day)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 40))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 55))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))


class _Grades:
    """How one workbook writes a grade: the words, the key, the mark."""

    def __init__(self, rng: random.Random, words, key, symbol: str, font: str):
        self.rng = rng
        self.words = words
        self.key = key
        self.symbol = symbol
        self.font = font

    def write(self, sheet: _Sheet, row: int, column: int, style: str, grade: str, dropdown, *,
              span: int = 4) -> None:
        """The grade from `column`: one cell (merged over `span` columns) or,
        marked or emboldened, four cells."""
        words = self.words
        if style == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade and self.symbol:
                    sheet.put(row, column + offset, self.symbol, bold=True, centre=True)
                else:
                    sheet.put(row, column + offset, None, fill=MARK_FILL if option == grade else None)
            return
        if style == "bold":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.put(row, column + offset, SHORT[option] if option == REQUIRES_IMPROVEMENT else words[option],
                          bold=chosen, fill=CHOSEN_FILL if chosen else None, colour=None if chosen else "8C8C8C",
                          size=9, centre=True)
            return
        if style == "struck":
            blocks = []
            for position, option in enumerate(ORDER):
                if position:
                    blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10), " / "))
                chosen = option == grade
                blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10, b=chosen, strike=not chosen),
                                        words[option]))
            sheet.put(row, column, CellRichText(*blocks))
        elif style == "dropdown":
            cell = sheet.put(row, column, words[grade], bold=True, fill="FFF2CC")
            dropdown(cell.coordinate)
        elif style == "key":
            sheet.put(row, column, self.key[grade], bold=True, fill="FFF2CC", centre=True)
        else:
            sheet.put(row, column, informal_grade(self.rng, grade, note_chance=0.2), bold=True)
        sheet.merge(row, column, column + span - 1)


def _yes_no(sheet: _Sheet, row: int, yes: bool, rng: random.Random, font: str, dropdown) -> None:
    """The answer to the safety question from column C: typed, from a
    drop-down, ticked under Yes / No, or with the other answer struck through."""
    style = rng.choice(("typed", "dropdown", "ticks", "struck"))
    if style == "ticks":
        mark = rng.choice(("\u2713", "X"))
        for offset, (label, chosen) in enumerate((("Yes", yes), ("No", not yes))):
            sheet.put(row, 3 + 2 * offset, label, bold=True, fill="FFF2CC", centre=True)
            sheet.put(row, 4 + 2 * offset, mark if chosen else None, bold=True, centre=True)
        return
    if style == "struck":
        blocks = [TextBlock(InlineFont(rFont=font, sz=10, b=yes, strike=not yes), "Yes"),
                  TextBlock(InlineFont(rFont=font, sz=10), " / "),
                  TextBlock(InlineFont(rFont=font, sz=10, b=not yes, strike=yes), "No")]
        sheet.put(row, 3, CellRichText(*blocks))
    elif style == "dropdown":
        cell = sheet.put(row, 3, "Yes" if yes else "No", bold=True, fill="FFF2CC")
        dropdown(cell.coordinate)
    else:
        sheet.put(row, 3, rng.choice(("Yes", "YES", "Y")) if yes else rng.choice(("No", "NO", "N", "None")),
                  bold=True)
    sheet.merge(row, 3, 6)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, words, ink: str, head_title: str,
                    day) -> None:
    """Labelled rows in a heavy box, the Head of Service's entries in their ink."""
    sheet.put(sheet.row, 1, rng.choice((f"{head_title} moderation", "Moderation by the Head of Service")),
              bold=True, colour=sheet.brand, border=False, size=11)
    sheet.merge(sheet.row, 1, 6)
    sheet.row += 1
    moderated_on, moderated_format = day(moderation.date) if moderation else ("", None)
    agree = grade_text = ""
    if moderation and moderation.grade:
        agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No", "Disagree"))
        grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
    comments = "\n".join(moderation.comments) if moderation else rng.choice(NOT_MODERATED)
    rows = ((rng.choice(("Moderated by", "Name")), moderation.moderator if moderation else "", None, False),
            (rng.choice(("Date moderated", "Date")), moderated_on, moderated_format, False),
            (rng.choice(("Do you agree with the overall judgement?", "Agree with the auditor?")), agree, None, False),
            (rng.choice(("Moderated judgement", "Judgement after moderation")), grade_text, None, True),
            (rng.choice(("Comments", "HoS comments")), comments, None, False))
    box_top = sheet.row
    for text, value, number_format, bold in rows:
        sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, value, colour=ink if moderation else None, bold=bold and bool(value),
                  italic=not moderation and bool(value), number_format=number_format)
        sheet.merge(sheet.row, 3, 6)
        sheet.height(sheet.row, 48 if text == rows[-1][0] else 18)
        sheet.row += 1
    for row in range(box_top, sheet.row):
        for column in range(1, 7):
            sheet.ws.cell(row=row, column=column).border = Border(
                left=HEAVY if column == 1 else THIN, right=HEAVY if column == 6 else THIN,
                top=HEAVY if row == box_top else THIN, bottom=HEAVY if row == sheet.row - 1 else THIN)


def _moderation_lines(sheet: _Sheet, rng: random.Random, sample, moderation, words, ink: str, head_title: str,
                      when) -> None:
    """The Head of Service's moderation typed as lines under a heading, in
    their ink; a file not moderated has the heading and a note, or nothing."""
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if note:
            sheet.put(sheet.row, 1, f"{head_title} moderation", bold=True, colour=sheet.brand, border=False)
            sheet.merge(sheet.row, 1, 6)
            sheet.row += 1
            sheet.wide(note, last=6, italic=True, border=False)
        return
    sheet.put(sheet.row, 1, f"{head_title} moderation", bold=True, colour=sheet.brand, border=False, size=11)
    sheet.merge(sheet.row, 1, 6)
    sheet.row += 1
    sheet.wide(f"Moderated by {moderation.moderator}, {head_title}, on {when(moderation.date)}.", last=6,
               colour=ink, border=False)
    if moderation.grade == sample.grade:
        sheet.wide(rng.choice((f"I agree with the overall judgement of {words[moderation.grade]}.",
                               f"Judgement confirmed: {words[moderation.grade]}.")), last=6, colour=ink, bold=True,
                   border=False)
    elif moderation.grade:
        sheet.wide(rng.choice((f"I do not agree with the auditor's judgement. Moderated judgement: "
                               f"{words[moderation.grade]}.",
                               f"Judgement changed to {words[moderation.grade]} on moderation.")), last=6,
                   colour=ink, bold=True, border=False)
    for comment in moderation.comments:
        sheet.wide(comment, last=6, colour=ink, border=False, height=30)


def _moderation_signature(sheet: _Sheet, rng: random.Random, moderation, ink: str, head_title: str, day) -> None:
    """Where the Head of Service wrote beside the standards and the overall
    judgement: only their name, the date and their comments here."""
    sheet.put(sheet.row, 1, rng.choice((f"{head_title} moderation", "Moderation")), bold=True, colour=sheet.brand,
              border=False, size=11)
    sheet.merge(sheet.row, 1, 6)
    sheet.row += 1
    moderated_on, moderated_format = day(moderation.date) if moderation else ("", None)
    comments = "\n".join(moderation.comments) if moderation else rng.choice(NOT_MODERATED)
    for text, value, number_format in ((rng.choice(("Moderated by", "Head of Service")),
                                        moderation.moderator if moderation else "", None),
                                       ("Date", moderated_on, moderated_format),
                                       (rng.choice(("Comments", "Moderation comments")), comments, None)):
        sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, value, colour=ink if moderation else None, italic=not moderation and bool(value),
                  number_format=number_format)
        sheet.merge(sheet.row, 3, 6)
        sheet.height(sheet.row, 44 if text.endswith("omments") else 18)
        sheet.row += 1
