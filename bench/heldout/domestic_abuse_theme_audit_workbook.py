"""Held-out family: a thematic audit kept as an Excel workbook, in which a
Head of Service records a multi-agency audit of several children's cases on
one theme (mostly children living with domestic abuse), grades the key
learning areas and gives an overall judgement.

Source (a different document of an organisation the project has already
named): Croydon Safeguarding Children Partnership, "Learning from Audits –
The Multi-Agency & Domestic Abuse. Children as Victims: A Cross-Croydon
Insight" (web page, croydonsafeguarding.org/reviews/audits-domestic-abuse,
about 2025). The page reports two multi-agency audits of children affected
by domestic abuse and sets their findings out as four numbered key learning
themes (workforce training and development, multi-agency collaboration, the
voice of the child, barriers and emerging risks), each a short list of
findings headed by a word such as a strength, a gap or an inconsistency,
followed by practical guidance and resources.

What came from the source: the theme, the multi-agency cohort of cases, the
four numbered learning areas (renamed here in our own words) and findings
under each that mix strengths and gaps. The page shows no form, so the
workbook is our judgement: the council's name line in a brand colour (and
the partnership's on some), a title, an audit details block (theme, Head of
Service who led it, service, date, number of cases or the case numbers), a
cohort table of the children sampled (case reference, child's name, date of
birth, age, plan at the time), each learning area with its findings and a
grade, the overall judgement, strengths and areas for development,
service-level actions, and a second senior manager's moderation on some.

What varies across the 16 files, as managers vary the same workbook:
- the details as a two-column table, a four-column grid, "Label: value"
  lines or labels over values; dates typed in seven spellings or stored as
  Excel dates in three number formats;
- the cases as a "Number of cases audited" count with a case reference
  column in the cohort table, as a "Cases sampled" line listing them, or as
  a count only; references plain or with a case system's prefix;
- the cohort table on the summary sheet or a sheet of its own; children's
  names and dates of birth shown on 13 files, none on 3;
- the theme (domestic abuse on 12 files; neglect, criminal exploitation,
  missing from home or private fostering drawn for the other 4) and the
  area names; three or four areas, two findings under each;
- area grades typed as people type them, a number on a printed key (1 best
  or 4 best), a mark under four grade columns, a drop-down holding the
  choice, or the four grades in one cell with the others struck through;
  the overall judgement in one of these ways or as ticked boxes; three
  files with ungraded findings and no overall judgement;
- strengths and areas for development as bullets, numbered lines, one cell
  of lines, or two side-by-side columns;
- actions as a table (three or four columns), numbered lines, or a sentence
  saying there are no new actions;
- moderation by another senior manager as a coloured five-row box or a
  coloured note, agreeing, changing the judgement or comments only, on six
  files; an empty "awaiting moderation" box on some others.
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
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL
from bot.samples.forms import Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tool_phrases import THEMATIC_AUDIT
from bot.samples.tools import ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
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

FAMILY = "domestic_abuse_theme_audit_workbook"
SEED = 10115
COUNT = 16

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
DROPDOWN_SPELLINGS = (
    ("Outstanding", "Good", "Requires improvement", "Inadequate"),
    ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate"),
)

PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
# Themes as the QA team names them; most files are on domestic abuse.
THEMES = (
    "Children living with domestic abuse", "Domestic abuse – children as victims",
    "Domestic abuse: multi-agency response", "Children affected by domestic abuse (under 7s)",
    "Neglect", "Child criminal exploitation", "Children missing from home", "Private fostering arrangements",
)
DOMESTIC_THEMES = THEMES[:4]
# Four learning areas, in the order the source numbers them; our own names.
AREA_SETS = (
    ("1. Workforce knowledge and training", "2. Multi-agency collaboration", "3. Voice of the child",
     "4. Barriers and emerging risks"),
    ("Training and workforce development", "Working together across agencies", "Child's lived experience",
     "Risks and barriers to disclosure"),
    ("Practitioner understanding", "Information sharing and joint working", "Hearing the child",
     "Emerging risks"),
    ("1 – Workforce", "2 – Partnership working", "3 – Voice of the child", "4 – Barriers and risk"),
)
FINDINGS = {
    "strong": (
        "Strength: practitioners recognised the child as a victim in their own right and recorded why.",
        "Strength: MARAC and MASH information was shared promptly and used in the safety plan.",
        "Strength: children's views were gathered in ways suited to their age, including younger children.",
        "Strength: supervision records show managers asking practitioners to look beyond what parents said.",
    ),
    "mixed": (
        "Inconsistency: training depth varies across agencies; some staff unsure of the impact on infants.",
        "Gap: housing was involved late in two cases, delaying the safety plan.",
        "Inconsistency: older children's views are recorded well, younger children's rarely.",
        "Gap: referring agencies were not always told the outcome of their referral.",
    ),
    "weak": (
        "Gap: incidents were treated one at a time, with no look at the pattern of risk.",
        "Gap: the child's experience is missing from most assessments reviewed.",
        "Gap: no agency had asked about financial control, although it featured in the cases.",
    ),
}
# Findings for the other themes, in the same headed style.
GENERAL_FINDINGS = {
    "strong": (
        "Strength: partners shared information quickly and the plan reflected it.",
        "Strength: the child's own words are recorded and shaped what was done.",
        "Strength: managers gave clear direction with timescales that were met.",
    ),
    "mixed": (
        "Inconsistency: chronologies were up to date in some cases but not others.",
        "Gap: partner agencies were not always invited to review meetings.",
        "Inconsistency: the child's views were gathered but not always acted on.",
    ),
    "weak": (
        "Gap: risks were not revisited when circumstances changed.",
        "Gap: no evidence that the child was seen alone in most cases.",
        "Gap: plans were not updated after new information from partners.",
    ),
}
CHECK = "\u2713"
PLANS = ("Child protection plan", "Child in need plan", "Early Help", "Child in care", "CP plan", "CIN")
NO_ACTIONS = (
    "No new service-level actions: the findings are covered by the existing domestic abuse improvement plan.",
    "No further actions arising – learning to be shared through the practice briefing already planned.",
    "Actions: none new. Progress on the last audit's actions to be reported to the QA group.",
)
MODERATION_AGREE = (
    "I agree with the overall judgement; the findings match what I saw when I read the sample.",
    "A balanced audit. The gaps around younger children's voice are the right priority.",
)
MODERATION_CHANGE = (
    "Having read two of the cases myself, I think the judgement is one step too generous.",
    "The strengths are more consistent than the audit suggests; I have moved the judgement up.",
)
MODERATION_REMARKS = (
    "Please bring the findings to the next QA group and track the actions there.",
    "Findings noted. Share the learning with partner agencies through the partnership briefing.",
)
MODERATORS = ("Nasreen Akhtar", "Claire Whitworth", "David Okonjo", "Robert Ainsworth")

THIN_FILLS = ("D9E1F2", "E2EFDA", "F2F2F2", "FCE4D6")
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "d mmmm yyyy")


class Sheet:
    """A cursor over one worksheet: rows written top to bottom."""

    def __init__(self, sheet, brand: str, fill: str):
        self.sheet, self.brand, self.fill, self.row = sheet, brand, fill, 1

    def put(self, column: int, value, *, bold=False, colour=None, fill=None, italic=False, strike=False,
            number_format=None, wrap=False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        if bold or colour or italic or strike:
            cell.font = Font(bold=bold, color=colour, italic=italic, strike=strike)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if number_format:
            cell.number_format = number_format
        if wrap or (isinstance(value, str) and len(value) > 40):
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.fill)

    def heading(self, text: str):
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand)
        self.row += 1

    def next(self, rows: int = 1):
        self.row += rows


def _grade_near(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 1))
    return GRADES[min(max(index, 0), 3)]


def _band(grade: str) -> str:
    return {OUTSTANDING: "strong", GOOD: "strong", REQUIRES_IMPROVEMENT: "mixed", INADEQUATE: "weak"}[grade]


def _findings(rng: random.Random, pools: dict, band: str, used: set) -> str:
    """Two findings of `band` for one area, preferring ones the file has not used."""
    fresh = [text for text in pools[band] if text not in used] or list(pools[band])
    chosen = rng.sample(fresh, min(2, len(fresh)))
    used.update(chosen)
    return " ".join(chosen)


def _sections(rng: random.Random, names: tuple[str, ...], grade: str, pools: dict) -> tuple[Section, ...]:
    grades = [_grade_near(rng, grade) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    used: set = set()
    return tuple(Section(name, given, _findings(rng, pools, _band(given), used)) for name, given in zip(names, grades))


def _tick_text(grade: str, chosen: str) -> str:
    box = "\u2612" if grade == chosen else "\u2610"
    return f"{box} {PRINTED[grade]}"


class Builder:
    """One workbook from one sample and its own random choices."""

    def __init__(self, rng: random.Random, sample, today: date, index: int, plan: dict):
        self.rng, self.sample, self.today, self.index, self.plan = rng, sample, today, index, plan
        self.brand = rng.choice(BRAND_COLOURS)
        self.when = date_writer(rng)
        self.dates_as_text = rng.random() < 0.55
        self.date_format = rng.choice(EXCEL_DATE_FORMATS)
        self.ink = rng.choice(MODERATION_INKS)
        self.workbook = Workbook()
        self.main = Sheet(self.workbook.active, self.brand, rng.choice(THIN_FILLS))
        self.workbook.active.title = rng.choice(("Audit summary", "Thematic audit", "Findings", "Summary"))
        self.workbook.active.column_dimensions["A"].width = 34
        for letter in "BCDEF":
            self.workbook.active.column_dimensions[letter].width = 22
        self.also: list[str] = []
        self.validations: dict = {}

    # --- small pieces --------------------------------------------------------

    def date_value(self, sheet: Sheet, column: int, day: date, **look):
        if self.dates_as_text:
            return sheet.put(column, self.when(day), **look)
        return sheet.put(column, day, number_format=self.date_format, **look)

    def dropdown(self, sheet: Sheet, cell, choices: tuple[str, ...]):
        validation = self.validations.get((sheet.sheet.title, choices))
        if validation is None:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            sheet.sheet.add_data_validation(validation)
            self.validations[(sheet.sheet.title, choices)] = validation
        validation.add(cell.coordinate)

    def grade(self, sheet: Sheet, column: int, grade: str, style: str):
        """Write `grade` at `column` of the current row in `style`; return
        the number of columns used."""
        rng = self.rng
        if style == "typed":
            sheet.put(column, informal_grade(rng, grade, note_chance=0.3))
            return 1
        if style == "key":
            sheet.put(column, self.key_numbers[grade])
            return 1
        if style == "dropdown":
            cell = sheet.put(column, self.spelling[GRADES.index(grade)])
            self.dropdown(sheet, cell, self.spelling)
            return 1
        if style == "columns":
            for offset, candidate in enumerate(self.column_order):
                if candidate == grade:
                    sheet.put(column + offset, self.mark, bold=True, fill="D9D9D9" if self.mark else "A6A6A6")
            return 4
        if style == "struck":
            parts = []
            for position, candidate in enumerate(GRADES):
                if position:
                    parts.append(" / ")
                chosen = candidate == grade
                parts.append(TextBlock(InlineFont(b=chosen or None, strike=None if chosen else True),
                                       PRINTED[candidate]))
            sheet.put(column, CellRichText(*parts))
            return 1
        if style == "highlight":
            for offset, candidate in enumerate(GRADES):
                chosen = candidate == grade
                sheet.put(column + offset, PRINTED[candidate], bold=chosen, fill="FFFF00" if chosen else None)
            return 4
        if style == "ticks":
            for offset, candidate in enumerate(GRADES):
                sheet.put(column + offset, _tick_text(candidate, grade), bold=candidate == grade)
            return 4
        raise ValueError(style)

    def print_key(self, sheet: Sheet, style: str):
        if style == "key":
            ordered = sorted(GRADES, key=lambda grade: self.key_numbers[grade])
            sheet.put(1, "Grading key: " + ", ".join(f"{self.key_numbers[g]} = {PRINTED[g]}" for g in ordered),
                      italic=True)
            sheet.next()
        elif style == "columns":
            sheet.put(1, "Place a mark under the grade that applies.", italic=True)
            sheet.next()

    # --- blocks --------------------------------------------------------------

    def header(self):
        sheet, rng = self.main, self.rng
        sheet.put(1, council_line(rng) if rng.random() < 0.6 else COUNCIL, bold=True, colour=self.brand)
        sheet.next()
        if self.plan["partnership"]:
            sheet.put(1, PARTNERSHIP, bold=True, colour=self.brand)
            sheet.next()
        title = self.sample.title
        if rng.random() < 0.5:
            title = f"{title} – {self.plan['theme']}"
        sheet.put(1, title.upper() if rng.random() < 0.3 else title, bold=True)
        sheet.next()

    def details(self):
        sample, sheet, rng = self.sample, self.main, self.rng
        own = {field.key: field for field in sample.own}
        pairs: list[tuple[str, object, bool]] = [
            (own["theme"].label, own["theme"].written, False),
            (sample.labels["auditor"], sample.auditor, False),
            ("Service", sample.service, False),
            (rng.choice(("Date of audit", "Audit date", "Date completed")), sample.date, True),
        ]
        count = own["cases_sampled"]
        pairs.append((count.label, count.written, False))
        if "sampled_case_ids" in own and own["sampled_case_ids"].label:
            pairs.append((own["sampled_case_ids"].label, own["sampled_case_ids"].written, False))
        if rng.random() < 0.5:
            pairs.append(("Audit type", rng.choice(("Multi-agency thematic audit", "Themed dip sample",
                                                     "Single-agency thematic audit"))
                          , False))
        colon = rng.random() < 0.5
        layout = self.plan["details"]
        sheet.heading(rng.choice(("Audit details", "About this audit", "Section A: details")))
        if layout == "table":
            for text, value, is_date in pairs:
                sheet.label(1, f"{text}:" if colon else text)
                self.write_value(sheet, 2, value, is_date)
                sheet.next()
        elif layout == "grid":
            for start in range(0, len(pairs), 2):
                for offset, (text, value, is_date) in enumerate(pairs[start:start + 2]):
                    sheet.label(1 + 2 * offset, text)
                    self.write_value(sheet, 2 + 2 * offset, value, is_date)
                sheet.next()
        elif layout == "lines":
            for text, value, is_date in pairs:
                written = self.when(value) if is_date else value
                sheet.put(1, f"{text}: {written}")
                sheet.next()
        else:  # labels over values
            for start in range(0, len(pairs), 3):
                chunk = pairs[start:start + 3]
                for offset, (text, _, _) in enumerate(chunk):
                    sheet.label(1 + offset, text)
                sheet.next()
                for offset, (_, value, is_date) in enumerate(chunk):
                    self.write_value(sheet, 1 + offset, value, is_date)
                sheet.next()

    def write_value(self, sheet: Sheet, column: int, value, is_date: bool):
        if is_date:
            self.date_value(sheet, column, value)
        else:
            sheet.put(column, value)

    def cohort(self):
        plan, rng = self.plan, self.rng
        if not plan["names"] and not plan["refs_in_table"]:
            return
        if plan["cohort_sheet"]:
            new = self.workbook.create_sheet(rng.choice(("Cohort", "Cases sampled", "Children audited")))
            new.column_dimensions["A"].width = 16
            for letter in "BCDE":
                new.column_dimensions[letter].width = 22
            sheet = Sheet(new, self.brand, self.main.fill)
            sheet.put(1, f"{self.plan['theme']} – children in the sample", bold=True, colour=self.brand)
            sheet.next(2)
        else:
            sheet = self.main
            sheet.heading(rng.choice(("Children in the sample", "Cohort", "Cases audited")))
        headers = []
        if plan["refs_in_table"]:
            headers.append(rng.choice(("Case ref", "Case number", "LCS number")))
        if plan["names"]:
            headers += ["Child's name", rng.choice(("Date of birth", "DOB")), "Age"]
        headers.append(rng.choice(("Plan at time of audit", "Level of need", "Status")))
        for column, text in enumerate(headers, start=1):
            sheet.label(column, text)
        sheet.next()
        for reference, child in zip(plan["refs"], plan["children"]):
            column = 1
            if plan["refs_in_table"]:
                sheet.put(column, int(reference) if reference.isdigit() and rng.random() < 0.5 else reference)
                column += 1
            if plan["names"]:
                sheet.put(column, child.full_name)
                if self.dates_as_text:
                    written = self.when(child.date_of_birth)
                    sheet.put(column + 1, written)
                    self.also.append(written)
                else:
                    sheet.put(column + 1, child.date_of_birth, number_format=self.date_format)
                age = (self.sample.date - child.date_of_birth).days // 365
                sheet.put(column + 2, age)
                column += 3
            sheet.put(column, rng.choice(PLANS))
            sheet.next()

    def areas(self):
        sample, sheet, rng, style = self.sample, self.main, self.rng, self.plan["area_style"]
        sheet.heading(rng.choice(("Key learning areas", "Findings by area", "Section B: key learning themes")))
        if not sample.sections:
            for name, finding in self.plan["ungraded"]:
                sheet.put(1, name, bold=True)
                sheet.put(2, finding, wrap=True)
                sheet.next()
            return
        self.print_key(sheet, style)
        headers = [rng.choice(("Area", "Learning theme", "Theme"))]
        headers.append(rng.choice(("Findings", "What we found", "Evidence")))
        if style == "columns":
            headers += [PRINTED[grade] for grade in self.column_order]
        elif style == "highlight":
            headers += ["Grade (highlight one)", "", "", ""]
        else:
            headers.append(rng.choice(("Grade", "Judgement", "Rating")))
        for column, text in enumerate(headers, start=1):
            if text:
                sheet.label(column, text)
        sheet.next()
        for section in sample.sections:
            sheet.put(1, section.name, bold=True)
            sheet.put(2, section.comment, wrap=True)
            self.grade(sheet, 3, section.grade, style)
            sheet.next()

    def overall(self):
        sample, sheet, rng, style = self.sample, self.main, self.rng, self.plan["overall_style"]
        if not sample.grade:
            return
        text = rng.choice(("Overall judgement", "Overall grade for the theme", "Overall audit judgement"))
        if style == "key" and style != self.plan["area_style"]:
            self.print_key(sheet, style)
        sheet.next()
        sheet.put(1, text, bold=True, colour=self.brand)
        self.grade(sheet, 2, sample.grade, style)
        sheet.next()

    def item_lists(self):
        sample, sheet, style = self.sample, self.main, self.plan["list_style"]
        strengths_label = sample.labels["strengths"]
        development_label = sample.labels["development_areas"]
        if style == "columns":
            sheet.next()
            sheet.label(1, strengths_label)
            sheet.label(3, development_label)
            sheet.next()
            for row in range(max(len(sample.strengths), len(sample.development_areas))):
                if row < len(sample.strengths):
                    sheet.put(1, sample.strengths[row], wrap=True)
                if row < len(sample.development_areas):
                    sheet.put(3, sample.development_areas[row], wrap=True)
                sheet.next()
            return
        for text, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            sheet.heading(text)
            if style == "cell":
                sheet.put(1, "\n".join(items), wrap=True)
                sheet.next()
                continue
            for number, item in enumerate(items, start=1):
                sheet.put(1, f"\u2022 {item}" if style == "bullets" else f"{number}. {item}")
                sheet.next()

    def actions(self):
        sample, sheet, rng, style = self.sample, self.main, self.rng, self.plan["action_style"]
        sheet.heading(sample.labels["actions"])
        if not sample.actions:
            sheet.put(1, self.plan["no_actions"])
            sheet.next()
            return
        if style == "lines":
            for number, action in enumerate(sample.actions, start=1):
                sheet.put(1, f"{number}. {action.action} – {action.owner} – by {self.when(action.due)}")
                sheet.next()
            return
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Responsible", "Target date", "Progress"),
                              ("Recommendation / action", "Owner", "Timescale", "RAG")))
        for column, text in enumerate(headers, start=1):
            sheet.label(column, text)
        sheet.next()
        for action in sample.actions:
            sheet.put(1, action.action, wrap=True)
            sheet.put(2, action.owner)
            self.date_value(sheet, 3, action.due)
            sheet.next()

    def moderation(self):
        sample, sheet, rng, style = self.sample, self.main, self.rng, self.plan["moderation_style"]
        moderation = sample.moderation
        if style == "absent":
            return
        heading = rng.choice(("Moderation", "Senior manager moderation", "Head of Service moderation"))
        if moderation is None:
            if style == "empty box":
                sheet.heading(heading)
                for text in ("Moderated by", "Date", "Comments"):
                    sheet.label(1, text)
                    sheet.next()
                sheet.put(1, "Awaiting moderation", italic=True)
                sheet.next()
            return
        ink = self.ink
        if style == "note":
            sheet.next()
            parts = [f"Moderation ({moderation.moderator}, {self.when(moderation.date)}):"]
            if moderation.grade:
                agree = "I agree with the judgement" if moderation.grade == sample.grade else "Judgement changed to"
                parts.append(f"{agree} – {informal_grade(rng, moderation.grade)}.")
            parts += moderation.comments
            sheet.put(1, " ".join(parts), colour=ink, wrap=True)
            sheet.next()
            return
        sheet.heading(heading)
        labels = rng.choice((
            ("Moderated by", "Date moderated", "Do you agree with the overall judgement?", "Moderated judgement",
             "Moderator's comments"),
            ("Moderator", "Date", "Agree with judgement?", "Judgement after moderation", "Comments"),
        ))
        for position, text in enumerate(labels):
            sheet.label(1, text)
            if position == 0:
                sheet.put(2, moderation.moderator, colour=ink)
            elif position == 1:
                self.date_value(sheet, 2, moderation.date, colour=ink)
            elif position == 2 and moderation.grade:
                sheet.put(2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            elif position == 3 and moderation.grade:
                sheet.put(2, informal_grade(rng, moderation.grade), colour=ink, bold=True)
            elif position == 4:
                sheet.put(2, " ".join(moderation.comments), colour=ink, wrap=True)
            sheet.next()

    def build(self) -> bytes:
        rng = self.rng
        self.key_numbers = dict(zip(GRADES, (1, 2, 3, 4) if rng.random() < 0.6 else (4, 3, 2, 1)))
        self.spelling = rng.choice(DROPDOWN_SPELLINGS)
        self.column_order = GRADES if rng.random() < 0.75 else (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE)
        self.mark = rng.choice(("X", "x", CHECK, "\u25cf", ""))
        self.header()
        self.details()
        self.cohort()
        self.areas()
        self.overall()
        self.item_lists()
        self.actions()
        self.moderation()
        workbook = self.workbook
        workbook.properties.creator = COUNCIL
        workbook.properties.title = self.sample.title
        workbook.properties.lastModifiedBy = (self.sample.moderation.moderator if self.sample.moderation
                                              else self.sample.auditor)
        written = datetime.combine(self.sample.date, time(16, 20))
        workbook.properties.created = written - timedelta(days=400)
        workbook.properties.modified = written
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            ExcelWriter(workbook, archive).save()
        return stable_zip(buffer.getvalue())


# Per file: details layout, whether names show, how refs appear, grading.
DETAILS = ("table", "grid", "lines", "over")
AREA_STYLES = ("typed", "key", "columns", "dropdown", "struck", "highlight")
OVERALL_STYLES = ("typed", "key", "dropdown", "struck", "highlight", "ticks")
LIST_STYLES = ("bullets", "numbered", "cell", "columns")
REF_MODES = ("table", "line", "count")
UNGRADED = {3, 9, 14}
NO_NAMES = {5, 11, 15}
MODERATED = {1, 4, 7, 10, 12, 14}
NO_ACTION_FILES = {6, 13}


def _plan(rng: random.Random, index: int, sample, today: date) -> tuple[object, dict]:
    """Decide the file's choices and change the sample to match them."""
    plan: dict = {}
    plan["details"] = DETAILS[index % 4]
    plan["area_style"] = AREA_STYLES[index % len(AREA_STYLES)]
    plan["overall_style"] = OVERALL_STYLES[(index * 5 + 1) % len(OVERALL_STYLES)]
    plan["list_style"] = LIST_STYLES[(index + index // 4) % 4]
    plan["action_style"] = "lines" if index % 3 == 1 else "table"
    plan["names"] = index not in NO_NAMES
    plan["partnership"] = rng.random() < 0.5
    plan["cohort_sheet"] = plan["names"] and index % 3 == 0
    theme = rng.choice(DOMESTIC_THEMES) if index % 4 != 2 else rng.choice(THEMES[4:])
    plan["theme"] = theme

    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else [
        invent_case_id(rng) for _ in range(count)]
    prefix = rng.choice(("", "", "LCS-", "C", "CSC/", "CS-"))
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    mode = REF_MODES[index % 3]
    if mode == "count" and not plan["names"]:
        mode = "table"
    plan["refs"] = refs
    plan["refs_in_table"] = mode == "table"
    plan["children"] = [invent_child(rng, today) for _ in refs]
    fields = [ToolField("theme", own["theme"].label, theme, theme)]
    if mode == "line":
        fields += [ToolField("cases_sampled", "Cases sampled", ", ".join(refs), len(refs)),
                   ToolField("sampled_case_ids", "", None, refs)]
    else:
        label = rng.choice(("Number of cases audited", "Number of cases sampled"))
        fields.append(ToolField("cases_sampled", label, str(len(refs)), len(refs)))
        if mode == "table":
            fields.append(ToolField("sampled_case_ids", "", None, refs))

    pools = FINDINGS if theme in DOMESTIC_THEMES else GENERAL_FINDINGS
    names = rng.choice(AREA_SETS)
    if rng.random() < 0.3:
        names = names[:3]
    changes: dict = {"own": tuple(fields), "strengths": recount(sample.strengths, len(refs)),
                     "development_areas": recount(sample.development_areas, len(refs))}
    if index in UNGRADED:
        changes.update(grade=None, sections=())
        used: set = set()
        plan["ungraded"] = [(name, _findings(rng, pools, band, used))
                            for name, band in zip(names, rng.sample(("strong", "mixed", "weak", "mixed"), len(names)))]
    else:
        grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
        changes.update(grade=grade, sections=_sections(rng, names, grade, pools))
    if index in NO_ACTION_FILES:
        changes["actions"] = ()
        plan["no_actions"] = rng.choice(NO_ACTIONS)
    if index in MODERATED:
        grade = changes["grade"]
        moderator = rng.choice([name for name in MODERATORS if name != sample.auditor])
        if grade is None:
            outcome = "comments only"
        else:
            outcome = rng.choice(("agrees", "changes", "comments only"))
        if outcome == "agrees":
            moderated, comments = grade, MODERATION_AGREE
        elif outcome == "changes":
            step = 1 if grade in (OUTSTANDING, GOOD) else -1
            moderated, comments = GRADES[GRADES.index(grade) + step], MODERATION_CHANGE
        else:
            moderated, comments = None, MODERATION_REMARKS
        day = sample.date + timedelta(days=rng.randint(3, 10))
        while day.weekday() >= 5:
            day += timedelta(days=1)
        changes["moderation"] = Moderation(moderator, min(day, today), (rng.choice(comments),), {}, moderated)
        plan["moderation_style"] = "note" if index % 2 else "box"
    else:
        plan["moderation_style"] = rng.choice(("absent", "absent", "empty box"))
    return replace(sample, **changes), plan


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(COUNT, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    forms = []
    for index, original in enumerate(samples):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, plan = _plan(rng, index, original, today)
        builder = Builder(rng, sample, today, index, plan)
        data = builder.build()
        children = plan["children"] if plan["names"] else []
        others = tuple(child.full_name for child in children)
        also = tuple(dict.fromkeys([*builder.also, *(child.surname for child in children),
                                    *(child.date_of_birth.isoformat() for child in children)]))
        forms.append(held_out(FAMILY, index, sample, data, "xlsx", others=others, also=also))
    return forms
