"""A Head of Service's monthly moderation summary kept as an Excel
workbook: the month whose managers' case audits were moderated, who
moderated them and when, each case moderated (its reference, the auditing
manager, the manager's grade, whether the Head of Service agrees and the
moderated grade, with a remark), a benchmark of the grades before and after
moderation, what the month's audits show is working well and what must
improve, whether moderation found a child needing action straight away, and
the service's actions.

Modelled on a similar body not yet used (every council, children's trust
and Health and Social Care Trust checked in the four nations – among them
Bexley, Southwark, Hillingdon, Southampton, Surrey, Knowsley, Salford,
Durham, Kent, Lincolnshire, Kirklees, Lancashire, the Southern, Northern,
Western, South Eastern and Belfast Trusts, Sandwell, Slough, Doncaster and
every London borough – is named by another family or a council layout):
the London Innovation and Improvement Alliance (LIIA), the sector-led
improvement partnership of the Association of London Directors of
Children's Services, hosted by London Councils. What was read, as search
excerpts: its own page "About Us" (liia.london: LIIA exists to improve the
outcomes and experience of children in London, to provide a structure that
lets London's children's services benchmark their performance, to promote
arrangements that give inter-authority challenge and support, and to share
effective practice; its programmes use peer challenge and peer review,
compare operational data, and develop standards of practice), London
Councils' page "London Innovation and Improvement Alliance (LIIA)" (founded
on a Memorandum of Understanding between all London's local authorities,
funded by their subscription and a DfE grant; it produces shared datasets
to drive strategy and practice, and facilitated peer challenges of
adolescent safeguarding practice) and London Councils' page on the London
Regional Improvement Alliance's priorities (sector-led improvement overseen
by ALDCS covering the 33 London authorities in four sub-regions). None of
them shows a form or speaks of moderating managers' case audits.

So the workbook is our own judgement of what a Head of Service in a London
authority taking part in that benchmarking and peer challenge might keep
and send to the QA team; only the benchmark of the month's grades (how many
audits the moderator agreed with, the grade profile before and after
moderation, set out so it can be compared) and the wording of the learning
headings as "challenge" follow the sources; the grades are Ofsted's four.
What varies across the sixteen files, all our judgement: four layouts – a
ledger (the cases as rows under two bands, the manager's audit and the Head
of Service's moderation), one sheet per auditing manager behind a summary,
the cases one to a column, or each case as a small card of label / value
rows, two cards side by side; the details as a strip of labels over values
or as label rows; an optional grade profile and agreement rate; grades
typed informally (sometimes with a note), numbered on a printed 1–4 key, the
four options in one cell with the chosen one bold or the others struck
through, a mark or a filled cell under four grade columns, or an Excel
drop-down; agreement as Agree / Disagree, Y / N or ticks and crosses; the
moderated grade always given or only where it changed; the Head of
Service's cells in an ink of their own (never red) or a fill of their own;
remarks that change, confirm or only comment, a brother or sister named by
first name in a remark on some; plain, prefixed and Early Help references;
typed dates in one spelling per file or Excel dates; themes as bullet rows,
one cell a line an item, or side by side; the safety question answered yes
on three files; actions as a table, numbered lines or a "no actions"
sentence.
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

from bot.samples import COUNCIL, STAFF, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP,
    EARLY_HELP_MANAGER,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    recount,
    siblings,
)

FAMILY = "service_moderation_summary_workbook"
SEED = 10048
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
        INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
TITLES = ("Head of Service Moderation Summary", "Monthly Audit Moderation – Service Summary",
          "Moderation Summary and Benchmark", "HoS Moderation of Managers' Audits – Summary")
MANAGER_ROLES = (PRACTICE_MANAGER, SAFEGUARDING_PRACTICE_MANAGER, EARLY_HELP_MANAGER)
PREFIXES = ("", "", "", "LCS-", "C", "CSC/", "CS-")
GRADE_STYLES = ("informal", "key", "bold", "struck", "marks", "filled", "dropdown")
LAYOUTS = ("ledger", "managers", "columns", "cards")

STRENGTHS = (
    "In 5 of the 8 cases audited the child's lived experience was described in the child's own words.",
    "Managers' audits quoted the record and did not rely on compliance alone.",
    "Visits are purposeful and the worker's analysis is recorded after each one.",
    "Plans are reviewed on time and partners' contributions are evident.",
    "Auditors identified the impact of the work, not only the tasks completed.",
)
DEVELOPMENT = (
    "In 3 of the 8 cases audited the grade rested on timeliness rather than the difference made for the child.",
    "Contingency plans are not specific where progress has stalled.",
    "Management oversight is recorded but the reasons for decisions are missing.",
    "Fathers and other adults in the household are not assessed consistently.",
    "Some auditors graded generously where their own evidence was thin.",
)
ACTIONS = (
    "Auditing managers to attend the grading calibration workshop",
    "Share the month's themes at the service's practice forum",
    "Team managers to check every child's plan on their team has a contingency",
    "QA team to re-audit two cases where grades were changed",
    "Include the agreement rate in the quarterly benchmarking return",
)
OWNERS = ("Team managers", "Principal Social Worker", "QA Team", "Service Manager", "Practice Development Lead")
NO_ACTIONS = ("No new actions this month – the themes are already in the service improvement plan.",
              "No further actions required at this time.", "No actions arising from this month's moderation.")
REMARK_AGREE = ("Agree – evidence supports the grade.", "Agreed.", "Well evidenced audit.", "", "")
REMARK_COMMENT = ("Grade stands, but the audit should say more about the child's daily life.",
                  "Agree; the plan is drifting – pick this up in supervision.",
                  "Agreed. Please record the feedback given to the worker.",
                  "Grade agreed; the chronology needs updating before the review.")
REMARK_DOWN = ("Impact for the child is not evidenced at this grade.", "Generous – the plan has drifted for months.",
               "Risk not re-assessed after the new referral; lowered.")
REMARK_UP = ("Under-graded – direct work has made a clear difference.", "The evidence supports a higher grade.")
URGENT_QUESTIONS = ("Did moderation identify any child needing immediate safeguarding action?",
                    "Immediate safety concern for any child? (Y/N)",
                    "Any case escalated because a child may not be safe?")
URGENT_DETAILS = ("{ref}: no statutory visit for seven weeks – escalated to the team manager, child seen the next "
                  "day.",
                  "{ref} – disclosure on file not followed up; strategy discussion requested the same day.",
                  "{ref}: safety plan relies on an adult the assessment says cannot protect – escalated to the "
                  "Service Manager.")
THIN = Side(style="thin", color="8C8C8C")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d mmm yyyy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # What each month's moderation did: three found an urgent concern, four
    # changed grades, three confirmed every grade, three only commented.
    profiles = ["urgent"] * 3 + ["changed"] * 4 + ["confirmed"] * 3 + ["comments"] * 3
    profiles += ["mixed"] * max(0, count - len(profiles))
    rng.shuffle(profiles)
    layouts = list(LAYOUTS) * (count // len(LAYOUTS) + 1)
    rng.shuffle(layouts)
    styles = list(GRADE_STYLES) * (count // len(GRADE_STYLES) + 1)
    rng.shuffle(styles)
    # Marks and filled cells under four grade columns need the cases as rows.
    for index in range(count):
        if layouts[index] in ("columns", "cards") and styles[index] in ("marks", "filled"):
            other = next(other for other in range(count)
                         if layouts[other] in ("ledger", "managers") and styles[other] not in ("marks", "filled"))
            styles[index], styles[other] = styles[other], styles[index]
    return [_form(rng, index, sample, profiles[index], layouts[index], styles[index], today)
            for index, sample in enumerate(samples[:count])]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    steps = [step for step in (-1, 1) if 0 <= position + step < len(ORDER)]
    return ORDER[position + rng.choice(steps)]


class _Sheet:
    """Cells on one worksheet, written from the top down."""

    def __init__(self, ws, font: str, brand: str, width: int):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.width = width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def line(self, text, **look) -> None:
        look.setdefault("border", False)
        self.cell(self.row, 1, text, **look)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def band(self, text: str, *, fill: str | None = None, size: int = 11) -> None:
        self.line(text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=size, border=True)


def _form(rng: random.Random, index: int, sample, profile: str, layout: str, grade_style: str,
          today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    hos_style = rng.choice(("ink", "ink", "fill"))
    hos_fill = rng.choice(("E2EFDA", "DDEBF7", "EDE2F6", "FFF2CC"))
    details_style = rng.choice(("strip", "rows"))
    agree_style = rng.choice(("agree", "yn", "ticks"))
    moderated_always = rng.random() < 0.5
    theme_style = rng.choice(("bullets", "one cell", "side by side"))
    action_style = rng.choice(("table", "table", "lines", "none"))
    excel_dates = rng.random() < 0.35
    number_format = rng.choice(NUMBER_FORMATS)
    when = date_writer(rng)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Segoe UI"))
    show_service = rng.random() < 0.7
    show_count = rng.random() < 0.6
    show_profile = rng.random() < 0.5
    prefix = rng.choice(PREFIXES)
    sibling_remark = rng.random() < 0.3
    key_reversed = rng.random() < 0.3

    head = next(member for member in STAFF if member.name == sample.auditor)
    service = head.service
    month = next(own.expected for own in sample.own if own.key == "period")
    managers = [member for member in STAFF
                if member.role in MANAGER_ROLES and head_of_service_over(member) == head]
    if len(managers) < 2:  # a small service borrows auditors from elsewhere for peer audits
        others = [member for member in STAFF if member.role == PRACTICE_MANAGER and member not in managers]
        managers += rng.sample(others, 2)
    auditors = rng.sample(managers, min(len(managers), rng.randint(2, 3)))

    size = rng.randint(4, 7)
    references: list[str] = []
    while len(references) < size:
        number = invent_case_id(rng)
        if service == EARLY_HELP and rng.random() < 0.6:
            reference = early_help_reference(rng, number)
        else:
            reference = f"{prefix}{number}"
        if reference not in references:
            references.append(reference)
    if profile == "changed":
        changed = set(rng.sample(range(size), rng.randint(1, 3)))
    elif profile in ("mixed", "urgent"):
        changed = set(rng.sample(range(size), rng.randint(0, 1)))
    else:
        changed = set()
    sibling = None
    sibling_at = -1
    if sibling_remark:
        sibling = siblings(rng, invent_child(rng, today), 1, today)[0][0]
        sibling_at = rng.randrange(size)
    cases = []
    for position, reference in enumerate(references):
        auditor = auditors[position % len(auditors)]
        grade = rng.choices(ORDER, weights=(8, 45, 37, 10))[0]
        moderated = _neighbour(rng, grade) if position in changed else grade
        if moderated != grade:
            remark = rng.choice(REMARK_UP if ORDER.index(moderated) < ORDER.index(grade) else REMARK_DOWN)
        elif profile == "comments":
            remark = rng.choice(REMARK_COMMENT)
        else:
            remark = rng.choice(REMARK_AGREE)
        if position == sibling_at:
            remark = (remark + " " if remark else "") + mention(rng, SIBLING_SENTENCES, sibling)
        audited = sample.date.replace(day=1) - timedelta(days=rng.randint(3, 26))
        cases.append({"ref": reference, "auditor": auditor, "grade": grade, "moderated": moderated,
                      "remark": remark, "audited": audited})
    cases.sort(key=lambda case: (auditors.index(case["auditor"]), case["audited"]))

    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(1, 3))), size)
    development = recount(tuple(rng.sample(DEVELOPMENT, rng.randint(1, 3))), size)
    actions = () if action_style == "none" else tuple(
        SampleAction(text, rng.choice((head.name, *OWNERS)), sample.date + timedelta(days=rng.choice((14, 21, 28, 42))))
        for text in rng.sample(ACTIONS, rng.randint(1, 3)))
    urgent = profile == "urgent"
    detail = rng.choice(URGENT_DETAILS).format(ref=rng.choice(references)) if urgent else None
    own = [ToolField("period", "Month", month, month)]
    if show_count:
        own.append(ToolField("audits_moderated", "Audits moderated", str(size), str(size)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    sample = replace(sample, own=tuple(own), service=service if show_service else None, team=None,
                     practitioner=None, grade=None, sections=(), strengths=strengths,
                     development_areas=development, actions=actions, urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderation=None)

    # --- how this file writes things ---------------------------------------------------------
    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), number_format
        return when(value), None

    key_numbers = {grade: (len(ORDER) - position if key_reversed else position + 1)
                   for position, grade in enumerate(ORDER)}
    key_line = "Grading key: " + ", ".join(
        f"{key_numbers[grade]} = {FULL[grade]}" for grade in sorted(ORDER, key=lambda grade: key_numbers[grade]))

    def hos_look(look: dict) -> dict:
        if hos_style == "ink":
            look["colour"] = ink
        else:
            look["fill"] = hos_fill
        return look

    def four(grade: str, colour: str | None):
        """All four grades in one cell, the chosen one bold or the others struck."""
        blocks = []
        for position, option in enumerate(ORDER):
            if position:
                blocks.append(TextBlock(InlineFont(rFont=font, color=colour), " / "))
            chosen = option == grade
            if grade_style == "bold":
                look = InlineFont(rFont=font, b=chosen or None, u="single" if chosen else None, color=colour)
            else:
                look = InlineFont(rFont=font, strike=(not chosen) or None, color=colour)
            blocks.append(TextBlock(look, SHORT[option]))
        return CellRichText(blocks)

    def grade_value(grade: str, colour: str | None = None):
        if grade_style == "key":
            return str(key_numbers[grade])
        if grade_style == "dropdown":
            return FULL[grade]
        if grade_style in ("bold", "struck"):
            return four(grade, colour)
        return informal_grade(rng, grade, note_chance=0.15)

    def moderated_value(case):
        if case["moderated"] == case["grade"] and not moderated_always:
            return rng.choice(("", "–", "n/a", "no change"))
        if grade_style in ("bold", "struck"):
            return four(case["moderated"], ink if hos_style == "ink" else None)
        if grade_style in ("marks", "filled", "informal"):
            return informal_grade(rng, case["moderated"])
        return grade_value(case["moderated"])

    def agreement(case) -> str:
        agreed = case["moderated"] == case["grade"]
        return {"agree": ("Agree", "Disagree"), "yn": ("Y", "N"), "ticks": ("\u2713", "\u2717")}[agree_style][
            0 if agreed else 1]

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    def sheet_of(ws, width: int = 10) -> _Sheet:
        for column in range(1, width + 1):
            ws.column_dimensions[get_column_letter(column)].width = (16, 20, 16, 16, 16, 14, 14, 14, 16, 36)[
                min(column - 1, 9)]
        return _Sheet(ws, font, brand, width)

    title = rng.choice(TITLES)
    moderator_label = rng.choice(("Head of Service", "Moderated by (HoS)", "Moderator"))
    service_label = rng.choice(("Service", "Service area"))
    month_label = rng.choice(("Month of audits", "Audit month", "Audits completed in"))
    date_label = rng.choice(("Date moderated", "Date of moderation", "Moderation completed on"))
    count_label = rng.choice(("Audits moderated", "No. of audits moderated", "Number moderated"))
    audit_band = rng.choice(("Manager's audit", "AUDIT", "Auditing manager's judgement"))
    hos_band = rng.choice(("Head of Service moderation", "HoS MODERATION", "Moderation"))
    agree_header = rng.choice(("Agree with grade?", "HoS agrees?", {"agree": "Agree / Disagree", "yn": "Agreed (Y/N)",
                                                                    "ticks": "Agreed (\u2713 / \u2717)"}[agree_style]))
    moderated_header = "Moderated grade" if moderated_always else rng.choice(
        ("Moderated grade (if changed)", "Revised grade (only if different)"))
    remark_header = rng.choice(("HoS comments", "Moderator's remarks", "Challenge / comment"))
    reference_header = rng.choice(("Case ref", "Child ID", "Case no.", "LCS ID"))

    # --- the summary: details and benchmark ------------------------------------------------
    def details(sheet: _Sheet) -> None:
        sheet.line(council_line(rng), bold=True, colour=brand, size=12)
        sheet.band(title, size=13)
        sheet.row += 1
        items = [(moderator_label, head.name, None)]
        if show_service:
            items.append((service_label, service, None))
        items.append((month_label, month, None))
        value, value_format = day(sample.date)
        items.append((date_label, value, value_format))
        if show_count:
            items.append((count_label, str(size), None))
        if details_style == "strip":
            for column, (text, _, _) in enumerate(items, start=1):
                sheet.cell(sheet.row, column * 2 - 1, text, bold=True, fill="D9D9D9")
                sheet.merge(sheet.row, column * 2 - 1, column * 2)
            sheet.row += 1
            for column, (_, value, value_format) in enumerate(items, start=1):
                sheet.cell(sheet.row, column * 2 - 1, value, number_format=value_format)
                sheet.merge(sheet.row, column * 2 - 1, column * 2)
            sheet.row += 2
        else:
            for text, value, value_format in items:
                sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.cell(sheet.row, 3, value, number_format=value_format)
                sheet.merge(sheet.row, 3, 5)
                sheet.row += 1
            sheet.row += 1
        if show_profile:
            sheet.band(rng.choice(("Benchmark – grade profile this month", "Grades before and after moderation")),
                       fill="595959")
            sheet.cell(sheet.row, 1, "", fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            for column, grade in enumerate(ORDER, start=3):
                sheet.cell(sheet.row, column, FULL[grade], bold=True, fill="F2F2F2")
            sheet.row += 1
            for text, key in (("Managers' grades", "grade"), ("After moderation", "moderated")):
                sheet.cell(sheet.row, 1, text, bold=True)
                sheet.merge(sheet.row, 1, 2)
                for column, grade in enumerate(ORDER, start=3):
                    sheet.cell(sheet.row, column, sum(case[key] == grade for case in cases))
                sheet.row += 1
            agreed = sum(case["grade"] == case["moderated"] for case in cases)
            sheet.line(f"Grades agreed: {agreed} of {size} ({round(100 * agreed / size)}%)", italic=True)
            sheet.row += 1

    # --- cases as rows ----------------------------------------------------------------------
    def case_rows(sheet: _Sheet, listed, *, show_auditor: bool) -> None:
        if grade_style == "key":
            sheet.line(key_line, italic=True)
        audit_headers = [reference_header]
        if show_auditor:
            audit_headers.append(rng.choice(("Auditing manager", "Audited by", "Auditor")))
        audit_headers.append(rng.choice(("Date audited", "Audit date")))
        if grade_style in ("marks", "filled"):
            audit_headers += [FULL[grade] for grade in ORDER]
        else:
            audit_headers.append(rng.choice(("Auditor's grade", "Manager's grade", "Audit judgement")))
        hos_from = len(audit_headers) + 1
        headers = audit_headers + [agree_header, moderated_header, remark_header]
        # Two bands over the headers: the manager's audit, then the moderation.
        sheet.cell(sheet.row, 1, audit_band, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 1, hos_from - 1)
        band_look = {"fill": hos_fill} if hos_style == "fill" else {"colour": ink}
        sheet.cell(sheet.row, hos_from, hos_band, bold=True, **band_look)
        sheet.merge(sheet.row, hos_from, hos_from + 2)
        sheet.row += 1
        for column, text in enumerate(headers, start=1):
            look = {"fill": "D9E1F2"} if column < hos_from else hos_look({})
            sheet.cell(sheet.row, column, text, bold=True, **look)
        sheet.row += 1
        for case in listed:
            values = [case["ref"]]
            if show_auditor:
                values.append(case["auditor"].name)
            audited, audited_format = day(case["audited"])
            values.append(audited)
            date_column = len(values)
            if grade_style == "marks":
                values += [rng.choice(("X", "x", "\u2713")) if grade == case["grade"] else "" for grade in ORDER]
            elif grade_style == "filled":
                values += ["" for _ in ORDER]
            else:
                values.append(grade_value(case["grade"]))
            values += [agreement(case), moderated_value(case), case["remark"]]
            for column, value in enumerate(values, start=1):
                look = {"number_format": audited_format} if column == date_column else {}
                if column >= hos_from:
                    look = hos_look(look)
                if grade_style == "filled" and date_column < column < hos_from \
                        and ORDER[column - date_column - 1] == case["grade"]:
                    look["fill"] = "808080"
                sheet.cell(sheet.row, column, value, **look)
            if grade_style == "dropdown":
                choices = tuple(FULL[grade] for grade in ORDER)
                dropdown(sheet.ws, f"{get_column_letter(hos_from - 1)}{sheet.row}", choices)
                dropdown(sheet.ws, f"{get_column_letter(hos_from + 1)}{sheet.row}", choices)
            if agree_style != "ticks":
                dropdown(sheet.ws, f"{get_column_letter(hos_from)}{sheet.row}",
                         ("Agree", "Disagree") if agree_style == "agree" else ("Y", "N"))
            sheet.row += 1
        if grade_style == "filled":
            sheet.line("The auditor's grade is the shaded cell.", italic=True)
        sheet.row += 1

    # --- cases one to a column --------------------------------------------------------------------
    def case_columns(sheet: _Sheet) -> None:
        if grade_style == "key":
            sheet.line(key_line, italic=True)
        rows = [("ref", rng.choice(("Case reference", reference_header))), ("auditor", "Auditing manager"),
                ("audited", "Date audited"), ("grade", rng.choice(("Auditor's grade", "Manager's grade"))),
                ("agree", agree_header), ("moderated", moderated_header), ("remark", remark_header)]
        for key, text in rows:
            hos_row = key in ("agree", "moderated", "remark")
            sheet.cell(sheet.row, 1, text, bold=True, **(hos_look({}) if hos_row else {"fill": "F2F2F2"}))
            for column, case in enumerate(cases, start=2):
                look: dict = {}
                if key == "ref":
                    value, look = case["ref"], {"bold": True, "fill": "D9E1F2"}
                elif key == "auditor":
                    value = case["auditor"].name
                elif key == "audited":
                    value, value_format = day(case["audited"])
                    look = {"number_format": value_format}
                elif key == "grade":
                    value = grade_value(case["grade"])
                elif key == "agree":
                    value = agreement(case)
                elif key == "moderated":
                    value = moderated_value(case)
                else:
                    value = case["remark"]
                if hos_row:
                    look = hos_look(look)
                sheet.cell(sheet.row, column, value, **look)
                if grade_style == "dropdown" and key in ("grade", "moderated"):
                    dropdown(sheet.ws, f"{get_column_letter(column)}{sheet.row}",
                             tuple(FULL[grade] for grade in ORDER))
            sheet.row += 1
        sheet.row += 1

    # --- each case a card, two side by side ----------------------------------------------------------
    def case_cards(sheet: _Sheet) -> None:
        if grade_style == "key":
            sheet.line(key_line, italic=True)
        fields = (("auditor", rng.choice(("Auditing manager", "Audited by"))), ("audited", "Date audited"),
                  ("grade", rng.choice(("Manager's grade", "Auditor's grade"))), ("agree", agree_header),
                  ("moderated", moderated_header), ("remark", remark_header))
        for start in range(0, len(cases), 2):
            pair = cases[start:start + 2]
            for offset, case in enumerate(pair):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, f"Case {start + offset + 1}: {case['ref']}", bold=True,
                           colour="FFFFFF", fill=brand)
                sheet.merge(sheet.row, column, column + 2)
            sheet.row += 1
            for key, text in fields:
                hos_row = key in ("agree", "moderated", "remark")
                for offset, case in enumerate(pair):
                    column = 1 + offset * 4
                    look: dict = {}
                    if key == "auditor":
                        value = case["auditor"].name
                    elif key == "audited":
                        value, value_format = day(case["audited"])
                        look = {"number_format": value_format}
                    elif key == "grade":
                        value = grade_value(case["grade"])
                    elif key == "agree":
                        value = agreement(case)
                    elif key == "moderated":
                        value = moderated_value(case)
                    else:
                        value = case["remark"]
                    sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                    if hos_row:
                        look = hos_look(look)
                    sheet.cell(sheet.row, column + 1, value, **look)
                    sheet.merge(sheet.row, column + 1, column + 2)
                    if grade_style == "dropdown" and key in ("grade", "moderated"):
                        dropdown(sheet.ws, f"{get_column_letter(column + 1)}{sheet.row}",
                                 tuple(FULL[grade] for grade in ORDER))
                sheet.row += 1
            sheet.row += 1

    # --- learning, safety, actions, sign-off ----------------------------------------------------------
    def learning(sheet: _Sheet) -> None:
        sheet.band(rng.choice(("Learning from this month's moderation", "Themes across the audits",
                               "What moderation tells us")))
        good = rng.choice(("What is working well", "Strengths seen across the audits", "Practice to celebrate"))
        worry = rng.choice(("What needs to improve", "Areas for development", "Challenge – what must get better"))
        if theme_style == "side by side":
            sheet.cell(sheet.row, 1, good, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, worry, bold=True, fill="FCE4D6")
            sheet.merge(sheet.row, 6, 10)
            sheet.row += 1
            for position in range(max(len(strengths), len(development))):
                sheet.cell(sheet.row, 1, strengths[position] if position < len(strengths) else "")
                sheet.merge(sheet.row, 1, 5)
                sheet.cell(sheet.row, 6, development[position] if position < len(development) else "")
                sheet.merge(sheet.row, 6, 10)
                sheet.row += 1
        else:
            for heading, lines in ((good, strengths), (worry, development)):
                sheet.line(heading, bold=True, fill="F2F2F2", border=True)
                if theme_style == "one cell":
                    sheet.line("\n".join(f"- {text}" for text in lines), border=True)
                else:
                    for text in lines:
                        sheet.line(f"\u2022 {text}")
        sheet.row += 1
        sheet.cell(sheet.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FFF2CC")
        sheet.merge(sheet.row, 1, 5)
        answer = rng.choice(("Yes", "Y", "YES")) if urgent else rng.choice(("No", "N", "None identified"))
        sheet.cell(sheet.row, 6, answer, **hos_look({"bold": True}))
        dropdown(sheet.ws, f"F{sheet.row}", ("Yes", "No"))
        if urgent:
            sheet.cell(sheet.row, 7, detail, **hos_look({}))
            sheet.merge(sheet.row, 7, 10)
        sheet.row += 2
        sheet.band(rng.choice(("Actions", "Service actions – who and by when", "Actions arising")))
        if not actions:
            sheet.line(rng.choice(NO_ACTIONS), italic=True)
        elif action_style == "table":
            for column, text in zip((1, 7, 9), ("Action", "Lead", "By when")):
                sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, 6)
            sheet.merge(sheet.row, 7, 8)
            sheet.cell(sheet.row, 10, "Progress", bold=True, fill="DDEBF7")
            sheet.row += 1
            for action in actions:
                due, due_format = day(action.due)
                sheet.cell(sheet.row, 1, action.action)
                sheet.merge(sheet.row, 1, 6)
                sheet.cell(sheet.row, 7, action.owner)
                sheet.merge(sheet.row, 7, 8)
                sheet.cell(sheet.row, 9, due, number_format=due_format)
                sheet.cell(sheet.row, 10, "")
                sheet.row += 1
        else:
            for number, action in enumerate(actions, start=1):
                sheet.line(f"{number}) {action.action} – lead: {action.owner}; by {when(action.due)}")
        sheet.row += 1
        value, value_format = day(sample.date)
        sheet.cell(sheet.row, 1, rng.choice(("Signed (Head of Service)", "HoS sign-off")), bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.cell(sheet.row, 3, head.name, **hos_look({}))
        sheet.merge(sheet.row, 3, 4)
        sheet.cell(sheet.row, 5, "Date", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 6, value, number_format=value_format, **hos_look({}))

    first = workbook.active
    month_tab = f"{month.split()[0][:3]} {month.split()[-1]}"
    if layout == "ledger":
        first.title = rng.choice(("Moderation summary", month_tab, "Summary"))
        sheet = sheet_of(first)
        details(sheet)
        sheet.band(rng.choice(("Audits moderated", "Cases moderated this month")))
        case_rows(sheet, cases, show_auditor=True)
        if rng.random() < 0.5:
            learning(sheet)
        else:
            sheet.line("Learning and actions: see the next sheet.", italic=True)
            sheet = sheet_of(workbook.create_sheet(rng.choice(("Learning & actions", "Themes"))))
            sheet.band(f"{title} – {month}")
            learning(sheet)
    elif layout == "managers":
        first.title = rng.choice(("Summary", "Overview"))
        sheet = sheet_of(first)
        details(sheet)
        sheet.band(rng.choice(("Audits by auditing manager", "Moderation by manager")))
        for column, text in enumerate(("Auditing manager", "Team", "Audits", "Agreed", "Changed"), 1):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
        for auditor in auditors:
            listed = [case for case in cases if case["auditor"] is auditor]
            agreed = sum(case["grade"] == case["moderated"] for case in listed)
            for column, value in enumerate((auditor.name, auditor.team, len(listed), agreed, len(listed) - agreed), 1):
                sheet.cell(sheet.row, column, value)
            sheet.row += 1
        sheet.row += 1
        learning(sheet)
        for auditor in auditors:
            listed = [case for case in cases if case["auditor"] is auditor]
            surname = auditor.name.split()[-1]
            tab = rng.choice((auditor.name, f"{surname} audits", f"TM {surname}"))
            page = sheet_of(workbook.create_sheet(tab[:31]))
            page.band(f"{title} – {month}")
            page.line(f"Audits completed by {auditor.name}, {auditor.team}", bold=True)
            page.row += 1
            case_rows(page, listed, show_auditor=False)
    elif layout == "columns":
        first.title = rng.choice(("Summary", "Moderation"))
        sheet = sheet_of(first, max(10, size + 1))
        details(sheet)
        sheet.band(rng.choice(("Audits moderated", "Case by case")))
        case_columns(sheet)
        learning(sheet)
    else:
        first.title = rng.choice(("Summary", "Front sheet"))
        sheet = sheet_of(first)
        details(sheet)
        learning(sheet)
        page = sheet_of(workbook.create_sheet(rng.choice(("Cases", "Case cards", "Audits moderated"))), 7)
        page.band(f"{title} – {month}")
        page.row += 1
        case_cards(page)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = head.name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=420), time(10, 15))
    workbook.properties.modified = datetime.combine(sample.date, time(17, 5))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx",
                    others=(sibling,) if sibling else ())
