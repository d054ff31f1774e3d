"""Early Help service practice quality workbook: an Early Help manager's
audit of one family's Early Help Assessment and family plan, kept as an
Excel workbook by a family support service that a council runs with a
children's charity. One family to a workbook: a front sheet with the
family's Early Help number, the child, a household list (parents and
carers, brothers and sisters), the family support worker and their team,
the support offer, who audited and when; a scorecard of six areas of
practice with one grade each and the overall grade (the evidence for each
area written separately beneath or on its own sheet), or the same six
areas as blocks of evidence and grade; what is working well and what needs
to be better; sometimes what the family say; a question whether anything
found means a child may not be safe today; actions; and the Head of
Service's moderation.

Modelled on what Action for Children publishes about the early help and
family support it delivers for councils (no family had used Action for
Children or Family Action). What was read:

- "Children's social care" (actionforchildren.org.uk, its campaign page):
  "early help" describes any service that supports children and families
  as soon as problems emerge; all early help is voluntary; examples are
  parenting support, play and activity groups, emotional health and
  wellbeing support, and communication and language support; early help
  can stop a minor problem becoming a crisis.
- "Evaluation of Action for Children's Intensive Family Support Services"
  (June 2013, as republished on vdocument.in; its contents and the
  opening of its executive summary were read): the charity delivers 451
  Intensive Family Support services across the UK, most in the North of
  England, commissioned differently according to local need and
  priorities, for families with complex and multiple needs where children
  are on the edge of care or where crime or anti-social behaviour
  isolates the family.
- "Evaluating the delivery by Action for Children, of targeted family
  support" (summary by Jane Tunstill, James Blewett and Pamela Meadows,
  Synergy Research & Consulting, commissioned December 2007; pingpdf.com):
  about 300 family support projects across the UK, including local
  authority-commissioned Children's Centres; a continuum of services from
  short-term, time-limited intensive interventions to long-term support;
  families welcome a personalised approach that produces personalised
  outcomes.

Family Action's "Improving Futures: An evaluation of Family Action's
Family Support Services in Southend and Haringey" (final report, June
2017) was also found, but only its title page and acknowledgements were
read. None of these says how the charity checks the quality of its
assessments and plans, and none shows an audit form, so the workbook is
our own judgement throughout. What we took from the sources: the support
offer printed on the front sheet on some files (targeted, intensive,
short-term or longer-term family support, after the continuum the Synergy
summary describes), a "family plan and personalised outcomes" area, and
the areas of practice named in the service's own words on half the files
(the sample's names on the rest).

Also our own judgement, varied across the sixteen files: one sheet, a
"Front sheet" and "Audit", or four sheets ("Front sheet", "Scorecard",
"Evidence", "Sign-off"); details as label / value rows, two pairs to a row
or a strip of headings over one row of values; the household as a small
table (name, relationship, date of birth or age) or one cell; the Early
Help number plain (text or a number), with a service prefix or a case
system's prefix; grades chosen from a drop-down, typed informally, a
number on a printed key (either way up), the chosen one emboldened and
highlighted among four option cells, one cell with the others struck
through, or a mark under four grade columns; a "HoS" column beside the
scorecard on some files, where the Head of Service writes remarks by the
areas they read and their grade by the overall one; what is working well
and what needs to be better as rows, numbered rows, one cell or two
columns side by side, a brother or sister named in one of them on some
files; actions as a table, numbered lines or a "no actions" sentence;
dates typed in seven spellings or kept as Excel dates; the moderation
typed in a colour of the Head of Service's own (never red), as label /
value rows or a strip, in a heavy box on some files, changing, confirming
or only commenting.
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

FAMILY = "early_help_service_workbook"
SEED = 10008

# The sample's areas and what the service calls them on half the files.
SERVICE_NAMES = {
    "Voice of the child": "The child's voice and lived experience",
    "Early Help Assessment": "Assessment of the family's needs and strengths",
    "Team Around the Family plan": "Family plan and personalised outcomes",
    "Engagement with the family": "Relationship and engagement with the family",
    "Management oversight": "Supervision and management oversight",
    "Impact and outcomes for the child": "Difference made for the child and family",
}
TITLES = (
    "Family Support Service – Practice Quality Audit",
    "Early Help Service: Assessment and Family Plan Quality Workbook",
    "EARLY HELP PRACTICE QUALITY AUDIT – FAMILY SUPPORT",
    "Quality of Practice Audit – Early Help Assessment and Family Plan",
)
SERVICE_LINES = (
    "Early Help and Family Support Service",
    "Family Support Service – delivered with our voluntary sector partner",
    "Early Help Service (commissioned family support)",
)
SUPPORT_OFFERS = ("Targeted family support", "Intensive family support", "Short-term intensive support",
                  "Longer-term family support")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Req. improvement", INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
KEY_FILLS = {OUTSTANDING: "C6E0B4", GOOD: "E2EFDA", REQUIRES_IMPROVEMENT: "FFE699", INADEQUATE: "F8CBAD"}
GRADE_STYLES = ("dropdown", "typed", "key", "highlight", "struck", "columns")
MARKS = ("X", "x", "\u2713", "\u221a", "\u25cf", "")  # "" shades the chosen cell
HIGHLIGHT = "FFFF00"
OWNERS = {"Social worker": ("Family support worker", "FSW", "Lead professional"),
          "Practice manager": ("EH Team Manager", "Team manager", "Service manager")}
NO_ACTIONS = ("No actions arising – the family plan already covers what was found.",
              "No further actions required at this time.", "No actions – good practice to be shared at team meeting.")
NOT_MODERATED = ("", "", "Not selected for moderation this month.", "Not moderated")
VOICE_LABELS = ("Voice of the family", "Family's voice", "What the family say", "In the family's words")
THIN = Side(style="thin", color="808080")
HEAVY = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTHS = (6, 34, 15, 15, 15, 15, 34)
LAST = 7  # the full width, in columns


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(EHA_AUDIT,))
    # Each arrangement on several files rather than wherever chance puts it.
    plans = [dict(zip(("style", "sheets", "details", "areas", "names"), choice)) for choice in zip(
        _spread(rng, GRADE_STYLES, count), _spread(rng, ("one", "two", "four"), count),
        _spread(rng, ("rows", "pairs", "strip"), count), _spread(rng, ("scorecard", "blocks"), count),
        _spread(rng, ("sample", "service"), count))]
    # About half the moderated files carry the Head of Service's column beside the scorecard.
    moderated = [index for index, sample in enumerate(samples) if sample.moderation]
    for index in rng.sample(moderated, (len(moderated) + 1) // 2):
        plans[index].update(areas="scorecard", hos="column")
    # Two files whose audits found nothing to act on (never one raising a concern
    # or moderated, whose comments speak of the actions).
    quiet = [index for index, sample in enumerate(samples) if not sample.urgent_concern and not sample.moderation]
    no_actions = set(rng.sample(quiet, min(2, len(quiet))))
    return [_form(rng, index, sample, today, plan, index in no_actions)
            for index, (sample, plan) in enumerate(zip(samples, plans))]


def _spread(rng: random.Random, options: tuple[str, ...], count: int) -> list[str]:
    spread = [options[index % len(options)] for index in range(count)]
    rng.shuffle(spread)
    return spread


class _Sheet:
    """One worksheet written top to bottom."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate(WIDTHS, start=1):
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

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, LAST)
        self.row += 1

    def wide(self, value, *, first: int = 1, height: int | None = None, **look) -> int:
        self.put(self.row, first, value, **look)
        self.merge(self.row, first, LAST)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1

    def labelled(self, text: str, value, *, height: int | None = None, label_fill: str = "F2F2F2", **look) -> None:
        """A label in A:B and its value across C to the last column."""
        self.put(self.row, 1, text, bold=True, fill=label_fill)
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, **look)
        self.merge(self.row, 3, LAST)
        if height:
            self.height(self.row, height)
        self.row += 1

    def height(self, row: int, points: int) -> None:
        self.ws.row_dimensions[row].height = points


class _Grades:
    """How one workbook writes a grade: `style`, the words it prints, the
    printed key, the mark, and the drop-downs it adds."""

    def __init__(self, rng: random.Random, style: str, font: str):
        self.rng = rng
        self.style = style
        self.font = font
        self.words = rng.choice(WORDS)
        self.key = rng.choice(KEYS)
        self.symbol = rng.choice(MARKS)
        self.key_fill = rng.random() < 0.5
        self.validations: dict = {}

    def key_line(self) -> str:
        ordered = sorted(ORDER, key=lambda grade: self.key[grade])
        return rng_join(self.rng, [f"{self.key[grade]} = {self.words[grade]}" for grade in ordered])

    def dropdown(self, ws, coordinate: str) -> None:
        if ws.title not in self.validations:
            choices = ",".join(self.words[grade] for grade in ORDER)
            validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True)
            ws.add_data_validation(validation)
            self.validations[ws.title] = validation
        self.validations[ws.title].add(coordinate)

    def headers(self, sheet: _Sheet, row: int, column: int, fill: str) -> None:
        """The four grade names over the mark columns (style "columns")."""
        for offset, grade in enumerate(ORDER):
            sheet.put(row, column + offset, self.words[grade], bold=True, fill=fill)

    def write(self, sheet: _Sheet, row: int, column: int, grade: str, *, note_chance: float = 0.0) -> None:
        """The grade from `column` over four columns (merged where it is one cell)."""
        style = self.style
        if style == "columns":
            for offset, option in enumerate(ORDER):
                if option == grade and self.symbol:
                    sheet.put(row, column + offset, self.symbol, bold=True)
                else:
                    sheet.put(row, column + offset, None, fill="A6A6A6" if option == grade else None)
            return
        if style == "highlight":
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.put(row, column + offset, self.words[option], bold=chosen, fill=HIGHLIGHT if chosen else None,
                          colour=None if chosen else "808080")
            return
        if style == "struck":
            blocks = []
            for position, option in enumerate(ORDER):
                if position:
                    blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10), " / "))
                chosen = option == grade
                blocks.append(TextBlock(InlineFont(rFont=self.font, sz=10, b=chosen, strike=not chosen),
                                        self.words[option]))
            sheet.put(row, column, CellRichText(*blocks))
        elif style == "dropdown":
            cell = sheet.put(row, column, self.words[grade], bold=True, fill="FFF2CC")
            self.dropdown(sheet.ws, cell.coordinate)
        elif style == "key":
            cell = sheet.put(row, column, self.key[grade], bold=True,
                             fill=KEY_FILLS[grade] if self.key_fill else "FFF2CC")
            cell.alignment = Alignment(horizontal="center", vertical="top")
        else:
            sheet.put(row, column, informal_grade(self.rng, grade, note_chance=note_chance), bold=True)
        sheet.merge(row, column, column + 3)


def rng_join(rng: random.Random, parts: list[str]) -> str:
    return rng.choice(("   ", "  |  ", "; ")).join(parts)


def _form(rng: random.Random, index: int, sample, today: date, plan: dict[str, str], no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy", "d/m/yy"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    grades = _Grades(rng, plan["style"], font)
    overall = grades if rng.random() < 0.75 else _Grades(rng, rng.choice(("dropdown", "typed")), font)
    overall.words = grades.words
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2, 2, 3)), today)
    show_service = rng.random() < 0.5
    show_voice = rng.random() < 0.6
    show_offer = rng.random() < 0.6
    hos_column = plan.get("hos") == "column"

    # --- the sample as this workbook carries it ------------------------------------------
    changes: dict = {}
    if plan["names"] == "service":
        changes["sections"] = tuple(Section(SERVICE_NAMES[section.name], section.grade, section.comment)
                                    for section in sample.sections)
    reference = rng.choice(("plain", "plain", "eh", "eh", "prefixed"))
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    changes["actions"] = () if no_actions else tuple(
        SampleAction(action.action, rng.choice(OWNERS[action.owner]) if action.owner in OWNERS else action.owner,
                     action.due) for action in sample.actions)
    named_sibling = None
    if household and rng.random() < 0.6:
        named_sibling = mention(rng, SIBLING_SENTENCES, household[0][0])
        changes["development_areas"] = (*sample.development_areas, named_sibling)
    voice = next((own for own in sample.own if own.key == "family_voice"), None)
    if show_voice and voice is not None:
        changes["own"] = (ToolField(voice.key, rng.choice(VOICE_LABELS), voice.written, voice.expected),)
    else:
        changes["own"] = ()
        voice = None
    moderation = sample.moderation
    if moderation and plan["names"] == "service":
        changes["moderation"] = replace(moderation, section_comments={
            SERVICE_NAMES[name]: text for name, text in moderation.section_comments.items()})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    also: list[str] = []

    # --- the workbook and its sheets ------------------------------------------------------
    workbook = Workbook()
    first = workbook.active
    if plan["sheets"] == "one":
        first.title = rng.choice(("Practice audit", "EHA audit", "Audit"))
        front_ws = score_ws = evidence_ws = sign_ws = first
    elif plan["sheets"] == "two":
        first.title = rng.choice(("Front sheet", "Family details"))
        front_ws = first
        score_ws = evidence_ws = sign_ws = workbook.create_sheet(rng.choice(("Audit", "Practice audit")))
    else:
        first.title = "Front sheet"
        front_ws = first
        score_ws = workbook.create_sheet(rng.choice(("Scorecard", "Grades")))
        evidence_ws = workbook.create_sheet(rng.choice(("Evidence", "Findings")))
        sign_ws = workbook.create_sheet(rng.choice(("Sign-off", "Actions & sign-off")))
    writers: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand)
        return writers[ws.title]

    title = rng.choice(TITLES + (sample.title,))
    service_line = f"{COUNCIL} – {rng.choice(SERVICE_LINES)}" if rng.random() < 0.6 else council_line(rng)

    def top(sheet: _Sheet, full: bool) -> None:
        if sheet.row > 1:
            return
        if full:
            sheet.put(1, 1, service_line, bold=True, colour=brand, border=False)
            sheet.merge(1, 1, LAST)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, LAST)
            sheet.height(2, 22)
            sheet.row = 4
        else:
            sheet.put(1, 1, title, bold=True, colour=brand, size=11, border=False)
            sheet.merge(1, 1, LAST)
            sheet.row = 3

    # --- front sheet -------------------------------------------------------------------------
    sheet = writer(front_ws)
    top(sheet, True)
    sheet.wide(rng.choice((
        "One workbook per family. Read the EHA, the family plan, the last review and the supervision notes first.",
        "Complete the shaded cells. Save as OFFICIAL-SENSITIVE and return to the QA inbox by the 25th.",
        "Audit of the Early Help Assessment and family plan. Grade each area, then give an overall grade.",
    )), italic=True, border=False, height=28)
    sheet.row += 1
    if sample.case_id.isdigit() and rng.random() < 0.5:
        case_value = int(sample.case_id)
    else:
        case_value = sample.case_id
    born_value, born_format = day(child.date_of_birth)
    if not excel_dates:
        also.append(when(child.date_of_birth))
    audit_value, audit_format = day(sample.date)
    auditor_value = sample.auditor
    if rng.random() < 0.3:
        auditor_value = f"{sample.auditor} ({rng.choice(('EH Team Manager', 'Early Help Manager'))})"
    practitioner_label = rng.choice((sample.labels.get("practitioner", "Lead professional"), "Family support worker",
                                     "Key worker", "Lead practitioner"))
    details = [
        (rng.choice((sample.labels.get("case_id", "Early Help ID"), "EH number", "EHM ref.")), case_value, None),
        (rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_format),
        (practitioner_label, sample.practitioner, None),
        (rng.choice(("Team", "Locality team", "EH team")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    if show_offer:
        details.append((rng.choice(("Support offer", "Level of support")), rng.choice(SUPPORT_OFFERS), None))
    if rng.random() < 0.4:
        started, started_format = day(sample.date - timedelta(days=rng.randint(40, 150)))
        details.append((rng.choice(("Support started", "Date support began", "EHA completed")), started,
                        started_format))
    details.append((rng.choice(("Audited by", "Auditor", "Audit completed by")), auditor_value, None))
    details.append((rng.choice(("Date of audit", "Audit date", "Date audited")), audit_value, audit_format))
    household_table = rng.random() < 0.6
    if not household_table:
        parts = [f"{parent} (parent/carer)" for parent in child.parents]
        for name, born in household:
            if rng.random() < 0.5:
                parts.append(f"{name} (sibling, {(sample.date - born).days // 365})")
            else:
                parts.append(f"{name} (sibling, DOB {when(born)})")
                also.append(when(born))
        details.insert(3, (rng.choice(("Household", "Family members", "Who lives at home")),
                           rng.choice(("; ", "\n")).join(parts), None))
    _details(sheet, rng, plan["details"], details)

    if household_table:
        sheet.band(rng.choice(("Household", "Family members", "Who is in the family")))
        row = sheet.row
        for column, text in zip((1, 2, 3, 5), ("", "Name", "Relationship to the child",
                                               rng.choice(("DOB / age", "Date of birth or age")))):
            sheet.put(row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(row, 3, 4)
        sheet.merge(row, 5, 6)
        sheet.row += 1
        members = [(parent, rng.choice(("Parent / carer", "Parent", "Parent/carer")), "", None)
                   for parent in child.parents]
        for name, born in household:
            if rng.random() < 0.5:
                age = f"{(sample.date - born).days // 365}"
                shown, shown_format = (age if rng.random() < 0.5 else f"{age} yrs"), None
            else:
                shown, shown_format = day(born)
                also.append(when(born) if not excel_dates else born.isoformat())
            members.append((name, rng.choice(("Sibling", "Brother / sister", "Sibling")), shown, shown_format))
        for number, (name, relation, shown, shown_format) in enumerate(members, start=1):
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, name)
            sheet.put(sheet.row, 3, relation)
            sheet.merge(sheet.row, 3, 4)
            sheet.put(sheet.row, 5, shown, number_format=shown_format)
            sheet.merge(sheet.row, 5, 6)
            sheet.row += 1
        if not household:
            sheet.wide(rng.choice(("No other children in the household.", "Only child.")), first=2, italic=True)
        sheet.row += 1

    # --- the areas of practice ---------------------------------------------------------------
    sheet = writer(score_ws)
    top(sheet, False)
    remarks = moderation.section_comments if moderation else {}
    heading = rng.choice(("Areas of practice", "PRACTICE SCORECARD", "Quality of the assessment and plan"))
    if plan["areas"] == "scorecard":
        _scorecard(sheet, rng, sample, grades, overall, heading, remarks if hos_column else {}, hos_column, ink,
                   moderation)
        sheet = writer(evidence_ws)
        top(sheet, False)
        sheet.band(rng.choice(("Evidence for each area", "What the file shows", "EVIDENCE")))
        for number, section in enumerate(sample.sections, start=1):
            sheet.put(sheet.row, 1, number, bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 2, section.name, bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, LAST)
            sheet.height(sheet.row, 44)
            sheet.row += 1
            if not hos_column and section.name in remarks:
                sheet.put(sheet.row, 2, rng.choice(("HoS comment", "Head of Service comment")), italic=True, colour=ink)
                sheet.put(sheet.row, 3, remarks[section.name], italic=True, colour=ink)
                sheet.merge(sheet.row, 3, LAST)
                sheet.row += 1
        sheet.row += 1
    else:
        _blocks(sheet, rng, sample, grades, heading, remarks, ink)
        sheet = writer(evidence_ws)
        top(sheet, False)
        sheet.band(rng.choice(("Overall grade", "OVERALL")))
        if overall.style == "key":
            sheet.wide("Key: " + overall.key_line(), bold=True, border=False)
        if overall.style == "columns":
            overall.headers(sheet, sheet.row, 3, "E2EFDA")
            sheet.row += 1
        sheet.put(sheet.row, 1, rng.choice(("Overall grade for the quality of Early Help for this family",
                                            "Overall grade", "Overall judgement")), bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 2)
        overall.write(sheet, sheet.row, 3, sample.grade, note_chance=0.2)
        sheet.height(sheet.row, 30)
        sheet.row += 2

    # --- findings -------------------------------------------------------------------------------
    sheet = writer(evidence_ws)
    _findings(sheet, rng, sample)
    if voice is not None:
        sheet.band(sample.own[0].label)
        sheet.wide(voice.written, height=30)
        sheet.row += 1

    # --- safety, actions and sign-off -----------------------------------------------------------
    sheet = writer(sign_ws)
    top(sheet, False)
    sheet.band(rng.choice(("Safety today", "Immediate safeguarding", "Is the child safe today?")))
    sheet.put(sheet.row, 1, rng.choice((
        "Did the audit find anything that means a child may not be safe today?",
        "Immediate safeguarding concern identified?",
        "Does anything found need a step up to children's social care today?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES", "Y")) if sample.urgent_concern else rng.choice(("No", "NO", "N"))
    target = sheet.put(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        validation = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
        sheet.ws.add_data_validation(validation)
        validation.add(target.coordinate)
    sheet.height(sheet.row, 30)
    sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.put(sheet.row, 1, rng.choice(("If yes, what was done and who was told?", "Details")), bold=True,
                  fill="FCE4D6")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 3, LAST)
        sheet.height(sheet.row, 44 if sample.urgent_concern else 18)
        sheet.row += 1
    sheet.row += 1

    _actions(sheet, rng, sample, when, day)
    _moderation(sheet, rng, sample, grades.words, ink, day)

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


def _details(sheet: _Sheet, rng: random.Random, style: str, details: list) -> None:
    if style == "strip":
        # Headings over one row of values, in strips of up to five.
        for start in range(0, len(details), 5):
            chunk = details[start:start + 5]
            for column, (text, _, _) in enumerate(chunk, start=2):
                sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
            for column, (_, value, number_format) in enumerate(chunk, start=2):
                sheet.put(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
            sheet.height(sheet.row + 1, 48)
            sheet.row += 3
    elif style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 2 if offset == 0 else 5
                sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
                sheet.put(sheet.row, column + 1, value, number_format=number_format, fill="FFF2CC")
                sheet.merge(sheet.row, column + 1, column + (1 if offset == 0 else 2))
            sheet.height(sheet.row, 32)
            sheet.row += 1
        sheet.row += 1
    else:
        for text, value, number_format in details:
            sheet.put(sheet.row, 2, text, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, 3, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 3, 5)
            if isinstance(value, str) and "\n" in value:
                sheet.height(sheet.row, 15 * (value.count("\n") + 1))
            sheet.row += 1
        sheet.row += 1


def _scorecard(sheet: _Sheet, rng: random.Random, sample, grades: _Grades, overall: _Grades, heading: str,
               remarks: dict, hos_column: bool, ink: str, moderation) -> None:
    """One row per area (number, area, grade in C to F, any Head of Service
    remark in G), then the overall grade; the evidence comes later."""
    sheet.band(heading)
    if grades.style == "key" or overall.style == "key":
        sheet.wide(rng.choice(("Scoring key: ", "Key – ", "Grade using: ")) + grades.key_line(), bold=True,
                   border=False)
    row = sheet.row
    sheet.put(row, 1, "No.", bold=True, fill="D9E1F2")
    sheet.put(row, 2, rng.choice(("Area of practice", "Practice area", "Area")), bold=True, fill="D9E1F2")
    if grades.style == "columns":
        grades.headers(sheet, row, 3, "D9E1F2")
    else:
        choices = ("Grade (choose one)",) if grades.style in ("highlight", "struck") else ("Grade", "Judgement")
        sheet.put(row, 3, rng.choice(choices), bold=True, fill="D9E1F2")
        sheet.merge(row, 3, 6)
    if hos_column:
        sheet.put(row, 7, rng.choice(("HoS", "Head of Service comment", "HoS moderation")), bold=True,
                  fill="D9E1F2", colour=ink)
    sheet.row += 1
    for number, section in enumerate(sample.sections, start=1):
        row = sheet.row
        sheet.put(row, 1, number)
        sheet.put(row, 2, section.name, bold=True)
        grades.write(sheet, row, 3, section.grade)
        if hos_column:
            sheet.put(row, 7, remarks.get(section.name), colour=ink, italic=True)
        sheet.height(row, 30 if grades.style == "struck" else 18)
        sheet.row += 1
    row = sheet.row
    if overall.style == "columns" and grades.style != "columns":
        overall.headers(sheet, row, 3, "E2EFDA")
        sheet.row += 1
        row = sheet.row
    sheet.put(row, 1, "", fill="E2EFDA")
    sheet.put(row, 2, rng.choice(("OVERALL GRADE", "Overall grade", "Overall judgement for this family")),
              bold=True, fill="E2EFDA")
    overall.write(sheet, row, 3, sample.grade, note_chance=0.2)
    if hos_column and moderation is not None and moderation.grade:
        if moderation.grade == sample.grade:
            text = f"{rng.choice(('Agreed', 'Agree'))} – {informal_grade(rng, moderation.grade)}"
        else:
            text = f"HoS: {informal_grade(rng, moderation.grade)}"
        sheet.put(row, 7, text, colour=ink, bold=True)
    sheet.height(row, 30)
    sheet.row += 2


def _blocks(sheet: _Sheet, rng: random.Random, sample, grades: _Grades, heading: str, remarks: dict,
            ink: str) -> None:
    """Each area as a block: its name in a band, the evidence, the grade,
    and any Head of Service remark beneath."""
    sheet.band(heading)
    if grades.style == "key":
        sheet.wide(rng.choice(("Scoring key: ", "Key – ")) + grades.key_line(), bold=True, border=False)
    evidence_label = rng.choice(("Evidence", "What we found", "Evidence from the file"))
    grade_label = rng.choice(("Grade", "Judgement", "Grade for this area"))
    for number, section in enumerate(sample.sections, start=1):
        sheet.band(f"{number}. {section.name}", fill="DDEBF7", colour="000000")
        sheet.labelled(evidence_label, section.comment, height=44)
        if grades.style == "columns":
            sheet.put(sheet.row, 1, "", fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            grades.headers(sheet, sheet.row, 3, "F2F2F2")
            sheet.row += 1
        sheet.put(sheet.row, 1, grade_label, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        grades.write(sheet, sheet.row, 3, section.grade)
        sheet.height(sheet.row, 30 if grades.style == "struck" else 18)
        sheet.row += 1
        if section.name in remarks:
            sheet.labelled(rng.choice(("HoS comment", "Head of Service comment")), remarks[section.name], colour=ink,
                           italic=True, label_fill="F2F2F2")
        sheet.row += 1


def _findings(sheet: _Sheet, rng: random.Random, sample) -> None:
    style = rng.choice(("rows", "numbered", "cell", "side"))
    good = rng.choice(("What's working well", "What is working well?", "Strengths"))
    better = rng.choice(("What needs to be better", "What needs to improve?", "Areas for development"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if style == "side":
        row = sheet.row
        sheet.put(row, 1, good, bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.merge(row, 1, 3)
        sheet.put(row, 4, better, bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.merge(row, 4, LAST)
        sheet.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            row = sheet.row
            strength = sample.strengths[offset] if offset < len(sample.strengths) else None
            worry = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            sheet.put(row, 1, f"{bullet}{strength}" if strength else None)
            sheet.merge(row, 1, 3)
            sheet.put(row, 4, f"{bullet}{worry}" if worry else None)
            sheet.merge(row, 4, LAST)
            sheet.height(row, 44)
            sheet.row += 1
        sheet.row += 1
        return
    for heading, items in ((good, sample.strengths), (better, sample.development_areas)):
        sheet.band(heading)
        if style == "cell":
            sheet.wide("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 10)
        else:
            for number, item in enumerate(items, start=1):
                sheet.wide(f"{number}. {item}" if style == "numbered" else f"{bullet}{item}", height=30)
        sheet.row += 1


def _actions(sheet: _Sheet, rng: random.Random, sample, when, day) -> None:
    sheet.band(rng.choice(("Actions", "Actions arising (who and by when)", "ACTION PLAN")))
    if not sample.actions:
        sheet.wide(rng.choice(NO_ACTIONS), italic=rng.random() < 0.5)
        sheet.row += 1
        return
    if rng.random() < 0.65:
        headers = rng.choice((("No.", "Action", "Who", "By when", "Done?"),
                              ("", "What needs to happen", "Responsible", "Target date", "Progress")))
        row = sheet.row
        for column, text in zip((1, 2, 5, 6, 7), headers):
            sheet.put(row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(row, 2, 4)
        sheet.row += 1
        for number, action in enumerate(sample.actions, start=1):
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 4)
            sheet.put(sheet.row, 5, action.owner)
            sheet.put(sheet.row, 6, value, number_format=number_format)
            sheet.put(sheet.row, 7, None)
            sheet.height(sheet.row, 30)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} ({action.owner}, by {when(action.due)})", height=30)
    sheet.row += 1


def _moderation(sheet: _Sheet, rng: random.Random, sample, words, ink: str, day) -> None:
    moderation = sample.moderation
    sheet.band(rng.choice(("Head of Service moderation", "Moderation – Head of Service / Head of Early Help",
                           "HoS MODERATION")))
    if moderation:
        moderated_on, moderated_format = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            same = moderation.grade == sample.grade
            agree = rng.choice(("Yes", "Agree")) if same else rng.choice(("No", "Do not agree", "Disagree"))
            grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        comments = "\n".join(moderation.comments)
    else:
        moderated_on, moderated_format, agree, grade_text = "", None, "", ""
        comments = rng.choice(NOT_MODERATED)
    rows = [
        (rng.choice(("Moderated by", "Head of Service")), moderation.moderator if moderation else "", None),
        (rng.choice(("Date", "Date moderated")), moderated_on, moderated_format),
        (rng.choice(("Agree with overall grade?", "Agree with the auditor?")), agree, None),
        (rng.choice(("Moderated grade", "Grade after moderation", "HoS grade")), grade_text, None),
        (rng.choice(("Comments", "HoS comments", "Moderation comments")), comments, None),
    ]
    look = {"colour": ink} if moderation else {"italic": True}
    top_row = sheet.row
    if rng.random() < 0.5:
        for text, value, number_format in rows:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, value, number_format=number_format, bold=bool(value) and text == rows[3][0],
                      **look)
            sheet.merge(sheet.row, 3, LAST)
            sheet.row += 1
        sheet.height(sheet.row - 1, 48)
        left, right = 1, LAST
    else:
        # A strip: the five headings over one row of values, the comments in F:G.
        for column, (text, _, _) in enumerate(rows, start=2):
            sheet.put(sheet.row, column, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 6, LAST)
        sheet.row += 1
        for column, (text, value, number_format) in enumerate(rows, start=2):
            sheet.put(sheet.row, column, value, number_format=number_format,
                      bold=bool(value) and text == rows[3][0], **look)
        sheet.merge(sheet.row, 6, LAST)
        sheet.height(sheet.row, 75)
        sheet.row += 1
        left, right = 2, LAST
    if rng.random() < 0.5:
        # A heavy box round the Head of Service's part, as some templates draw it.
        for row in range(top_row, sheet.row):
            for column in range(left, right + 1):
                sheet.ws.cell(row=row, column=column).border = Border(
                    left=HEAVY if column == left else THIN, right=HEAVY if column == right else THIN,
                    top=HEAVY if row == top_row else THIN, bottom=HEAVY if row == sheet.row - 1 else THIN)
