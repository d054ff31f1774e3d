"""A Head of Service's moderation overview kept as an Excel workbook: a
month's moderation of several managers' case audits, each case's
reference, the auditing manager, the auditor's grade, whether the Head of
Service agrees and the moderated grade, with the Head of Service's remarks,
the themes and learning across the audits, whether moderation found an
immediate safety concern, and the service's actions.

Modelled on what is published about Midlothian Council's children's
services, a body no other family or council layout names. What was read, as
search excerpts: the Care Inspectorate's news item "Joint inspection of
services to protect children and young people in Midlothian council area"
(careinspectorate.com, news item 566: the inspection evaluated services on
a published framework of quality indicators in six areas – children
listened to, understood and respected; strategies to minimise harm; the
immediate response to concerns; meeting needs; service improvement through
self-evaluation; improvement in performance – with three evaluations of
good and three of satisfactory; among the points for improvement "ensure
all managers responsible for supervising staff are sufficiently skilled and
confident in reviewing the effectiveness and impact of practice"); the
contents and introduction of the February 2007 report itself (copy on
studylib.net: inspectors "reviewed practice through reading a sample of
files"); and Midlothian Council's news item "Positive joint inspection
children and young people published" (improvements from gathering,
analysing and learning from robust and accurate data, greater consistency
in key child protection processes, an improvement plan to follow). None of
them shows a form or says how the council moderates its managers' audits.

So the workbook is our own judgement of what a Head of Service answering
that point for improvement would keep (only the idea of a senior manager
re-reading a sample of files to check how well managers judge the impact of
practice, and the themes and actions feeding an improvement plan, follow
the sources; the grades are the council's Ofsted scale, not the Care
Inspectorate's): one sheet with the details at the top, a cover sheet with
a sheet of cases and a learning sheet, a cover with one sheet per auditing
manager, or one sheet with the cases one to a column; the details as
label and value cells or "Label: value" in one cell; plain, prefixed or
Early Help references; the auditor's grade typed informally, a number on a
printed 1–4 key, a full grade from a drop-down, a mark under four grade
columns, or all four printed in one cell with the chosen one bold or the
others struck through; the Head of Service's agreement as Agree / Disagree,
Y / N or ticks and crosses, the moderated grade always given or only where
changed, the Head of Service's cells in an ink or a fill of their own (never
red); remarks that change, confirm or only comment, a brother or sister
named by first name in a remark on some; themes as bullet rows, one cell a
line an item or two columns side by side; the safety question answered
Yes on three; actions as a table, numbered lines or a "no actions"
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

FAMILY = "service_moderation_tracker"
SEED = 10031
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
        INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
TITLES = ("Head of Service Audit Moderation Tracker", "Monthly Moderation of Case Audits",
          "Service Moderation Tracker", "Audit Moderation – Head of Service Overview")
MANAGER_ROLES = (PRACTICE_MANAGER, SAFEGUARDING_PRACTICE_MANAGER, EARLY_HELP_MANAGER)
PREFIXES = ("", "", "CSC/", "C", "MOS-", "CS-")

STRENGTHS = (
    "In 5 of the 8 cases audited the impact of the work on the child was described, not just the tasks done.",
    "Auditors' evidence was specific and quoted the record in most audits.",
    "Children's views are recorded in their own words and shape the plan.",
    "Risk is re-assessed promptly when circumstances change.",
    "Good use of chronologies to show the child's journey.",
)
DEVELOPMENT = (
    "In 3 of the 8 cases audited the auditor graded on compliance rather than on the difference made.",
    "Plans are not specific about what must change and by when.",
    "Management oversight records decisions but not the reasons for them.",
    "Contingency plans are generic where progress has stalled.",
    "Some grades were generous where the evidence section was thin.",
)
ACTIONS = (
    "Calibration session on judging impact for all auditing managers",
    "Share the moderation learning at the practice improvement forum",
    "Team managers to check every plan on their team is SMART before the next review",
    "Service manager to dip-sample management oversight entries",
    "Add this month's themes to the service improvement plan",
)
OWNERS = ("Team managers", "Principal Social Worker", "QA Team", "Service Manager", "Workforce Development")
NO_ACTIONS = ("No new actions this month – the themes are covered by the existing improvement plan.",
              "No further actions required at this time.", "No actions arising from this month's moderation.")
REMARK_AGREE = ("Agree – well evidenced.", "Agreed; clear analysis of impact.", "Grade supported by the evidence.",
                "", "")
REMARK_COMMENT = ("Agree with the grade, but the analysis of risk needs more depth.",
                  "Grade stands – auditor to add the child's own views to the evidence.",
                  "Agreed. Feedback to the worker should be recorded on the file.",
                  "Agree; the plan is drifting and should be picked up in supervision.")
REMARK_DOWN = ("Impact for the child not evidenced for this grade.", "Too generous – the plan has drifted.",
               "Risk not re-assessed after the new incident; lowered.")
REMARK_UP = ("Under-graded – strong direct work with clear impact.", "Evidence supports a higher grade.")
URGENT_QUESTIONS = ("Immediate safety concern identified for any child during moderation?",
                    "Any child needing immediate safeguarding action? (Y/N)",
                    "Was any case escalated because a child may not be safe?")
URGENT_DETAILS = ("{ref}: no visit for six weeks on a child protection plan – escalated to the team manager, visit "
                  "completed the next day.",
                  "{ref} – new disclosure on file not acted on; strategy discussion requested the same day.",
                  "{ref}: safety plan relies on a parent the assessment says cannot protect – escalated to the "
                  "Service Manager.")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
NUMBER_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # What the month's moderation did: three found an urgent concern, four
    # changed grades, three confirmed every grade, three only commented.
    profiles = ["urgent"] * 3 + ["changed"] * 4 + ["confirmed"] * 3 + ["comments"] * 3
    profiles += ["mixed"] * (count - len(profiles))
    rng.shuffle(profiles)
    layouts = ["rows", "cover", "managers", "columns"] * (count // 4 + 1)
    rng.shuffle(layouts)
    styles = ["informal", "key", "dropdown", "marks", "bold", "struck"] * (count // 6 + 1)
    rng.shuffle(styles)
    # Four mark columns need the cases as rows: swap a mark style off a file
    # that lists its cases one to a column.
    for index in range(count):
        if layouts[index] == "columns" and styles[index] == "marks":
            other = next(other for other in range(count)
                         if layouts[other] != "columns" and styles[other] != "marks")
            styles[index], styles[other] = styles[other], styles[index]
    return [_form(rng, index, sample, profile, layout, style, today)
            for index, (sample, profile, layout, style) in enumerate(zip(samples, profiles, layouts, styles))]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    steps = [step for step in (-1, 1) if 0 <= position + step < len(ORDER)]
    return ORDER[position + rng.choice(steps)]


class _Writer:
    """Cells on one sheet, written from the top down."""

    def __init__(self, sheet, font: str, brand: str, width: int):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.width = width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
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
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def line(self, text, **look) -> None:
        look.setdefault("border", False)
        self.cell(self.row, 1, text, **look)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def band(self, text: str, *, size: int = 11) -> None:
        self.line(text, bold=True, colour="FFFFFF", fill=self.brand, size=size, border=True)


def _form(rng: random.Random, index: int, sample, profile: str, layout: str, grade_style: str,
          today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    hos_look = rng.choice(("ink", "ink", "fill"))
    hos_fill = rng.choice(("E2EFDA", "DDEBF7", "EDE2F6"))
    details_style = rng.choice(("pairs", "inline"))
    agree_style = rng.choice(("agree", "yn", "ticks"))
    moderated_always = rng.random() < 0.5
    theme_style = rng.choice(("bullets", "one cell", "side by side"))
    action_style = rng.choice(("table", "table", "lines", "none"))
    excel_dates = rng.random() < 0.3
    number_format = rng.choice(NUMBER_FORMATS)
    when = date_writer(rng)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    show_service = rng.random() < 0.7
    show_count = rng.random() < 0.6
    show_team = rng.random() < 0.6
    prefix = rng.choice(PREFIXES)
    sibling_remark = rng.random() < 0.25

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
        if sibling and position == sibling_at:
            remark = (remark + " " if remark else "") + mention(rng, SIBLING_SENTENCES, sibling)
        audited = sample.date.replace(day=1) - timedelta(days=rng.randint(3, 26))
        cases.append({"ref": reference, "auditor": auditor, "grade": grade, "moderated": moderated,
                      "remark": remark, "audited": audited})
    cases.sort(key=lambda case: auditors.index(case["auditor"]))

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
    sample = replace(sample, own=tuple(own), service=service if show_service else None, strengths=strengths,
                     development_areas=development, actions=actions, urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderation=None)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), number_format
        return when(value), None

    def grade_value(grade: str):
        """The grade as this form writes it in one cell."""
        if grade_style == "key":
            return str(ORDER.index(grade) + 1)
        if grade_style == "dropdown":
            return FULL[grade]
        if grade_style in ("bold", "struck"):
            blocks = []
            for position, option in enumerate(ORDER):
                if position:
                    blocks.append(TextBlock(InlineFont(rFont=font), " / "))
                chosen = option == grade
                look = InlineFont(rFont=font, b=True) if grade_style == "bold" and chosen else (
                    InlineFont(rFont=font, strike=True) if grade_style == "struck" and not chosen
                    else InlineFont(rFont=font))
                blocks.append(TextBlock(look, SHORT[option]))
            return CellRichText(blocks)
        return informal_grade(rng, grade, note_chance=0.15)

    def moderated_value(case) -> str:
        if case["moderated"] == case["grade"] and not moderated_always:
            return rng.choice(("", "–", "n/a"))
        if grade_style == "key":
            return str(ORDER.index(case["moderated"]) + 1)
        if grade_style == "dropdown":
            return FULL[case["moderated"]]
        return informal_grade(rng, case["moderated"])

    def agreement(case) -> str:
        agreed = case["moderated"] == case["grade"]
        return {"agree": ("Agree", "Disagree"), "yn": ("Y", "N"), "ticks": ("\u2713", "\u2717")}[agree_style][
            0 if agreed else 1]

    def hos(look: dict) -> dict:
        if hos_look == "ink":
            look["colour"] = ink
        else:
            look["fill"] = hos_fill
        return look

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    def writer(ws, width: int = 9) -> _Writer:
        for column, chars in zip(range(1, width + 1), (16, 18, 18, 16, 14, 14, 14, 14, 40)):
            ws.column_dimensions[get_column_letter(column)].width = chars
        return _Writer(ws, font, brand, width)

    title = rng.choice(TITLES)
    key_line = "Grade key: 1 = Outstanding, 2 = Good, 3 = Requires Improvement, 4 = Inadequate"

    # --- details ---------------------------------------------------------------
    def details(sheet: _Writer) -> None:
        sheet.line(council_line(rng), bold=True, colour=brand, size=12)
        sheet.band(title, size=13)
        sheet.row += 1
        rows = [(rng.choice(("Head of Service", "Moderating HoS", "Moderated by")), head.name, None)]
        if show_service:
            rows.append((rng.choice(("Service", "Service area")), service, None))
        rows.append((rng.choice(("Month", "Audit month", "Audits completed in")), month, None))
        value, value_format = day(sample.date)
        rows.append((rng.choice(("Date moderated", "Date of moderation", "Moderation completed")), value,
                     value_format))
        if show_count:
            rows.append((rng.choice(("Audits moderated", "Number of audits moderated", "No. of audits")), str(size),
                         None))
        for text, value, value_format in rows:
            if details_style == "pairs" or value_format:
                sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.cell(sheet.row, 3, value, number_format=value_format)
                sheet.merge(sheet.row, 3, 5)
            else:
                sheet.cell(sheet.row, 1, f"{text}: {value}", border=False)
                sheet.merge(sheet.row, 1, 5)
            sheet.row += 1
        sheet.row += 1

    # --- cases as rows -----------------------------------------------------------
    def case_rows(sheet: _Writer, listed, *, show_auditor: bool) -> None:
        if grade_style == "key":
            sheet.line(key_line, italic=True)
        headers = [rng.choice(("Case ref", "Case no.", "Child ID"))]
        if show_auditor:
            headers.append(rng.choice(("Auditor", "Audited by", "Auditing manager")))
        if show_team:
            headers.append("Team")
        headers.append(rng.choice(("Date audited", "Audit date")))
        if grade_style == "marks":
            grade_headers = [FULL[grade] for grade in ORDER]
            sheet.cell(sheet.row, len(headers) + 1, "Auditor's grade (X)", bold=True, fill="D9E1F2")
            sheet.merge(sheet.row, len(headers) + 1, len(headers) + 4)
            sheet.row += 1
            headers += grade_headers
        else:
            headers.append(rng.choice(("Auditor's grade", "Audit grade", "Auditor judgement")))
        hos_from = len(headers) + 1
        headers += [rng.choice(("HoS agrees?", "Agree with grade?", "Agree Y/N")),
                    "Moderated grade" if moderated_always else rng.choice(("Moderated grade (if changed)",
                                                                           "New grade if different")),
                    rng.choice(("HoS comments", "Moderator's remarks"))]
        for column, text in enumerate(headers, start=1):
            sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
        sheet.row += 1
        for case in listed:
            values = [case["ref"]]
            if show_auditor:
                values.append(case["auditor"].name)
            if show_team:
                values.append(case["auditor"].team)
            audited, audited_format = day(case["audited"])
            values.append(audited)
            date_column = len(values)
            if grade_style == "marks":
                values += [rng.choice(("X", "x", "\u2713")) if grade == case["grade"] else "" for grade in ORDER]
            else:
                values.append(grade_value(case["grade"]))
            values += [agreement(case), moderated_value(case), case["remark"]]
            for column, value in enumerate(values, start=1):
                look = {"number_format": audited_format} if column == date_column else {}
                if column >= hos_from:
                    look = hos(look)
                sheet.cell(sheet.row, column, value, **look)
            if grade_style == "dropdown":
                choices = tuple(FULL[grade] for grade in ORDER)
                dropdown(sheet.sheet, f"{get_column_letter(hos_from - 1)}{sheet.row}", choices)
                dropdown(sheet.sheet, f"{get_column_letter(hos_from + 1)}{sheet.row}", choices)
            if agree_style != "ticks":
                choices = ("Agree", "Disagree") if agree_style == "agree" else ("Y", "N")
                dropdown(sheet.sheet, f"{get_column_letter(hos_from)}{sheet.row}", choices)
            sheet.row += 1
        sheet.row += 1

    # --- cases one to a column -------------------------------------------------------
    def case_columns(sheet: _Writer) -> None:
        if grade_style == "key":
            sheet.line(key_line, italic=True)
        labels = [("ref", rng.choice(("Case reference", "Case ref"))), ("auditor", "Auditing manager")]
        if show_team:
            labels.append(("team", "Team"))
        labels += [("audited", "Date audited"), ("grade", "Auditor's grade"), ("agree", "HoS agrees?"),
                   ("moderated", "Moderated grade" if moderated_always else "Moderated grade (if changed)"),
                   ("remark", "HoS comments")]
        for key, text in labels:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2" if key not in ("agree", "moderated", "remark")
                       else "D9D9D9")
            for column, case in enumerate(cases, start=2):
                look: dict = {}
                if key == "ref":
                    value = case["ref"]
                    look = {"bold": True}
                elif key == "auditor":
                    value = case["auditor"].name
                elif key == "team":
                    value = case["auditor"].team
                elif key == "audited":
                    value, value_format = day(case["audited"])
                    look = {"number_format": value_format}
                elif key == "grade":
                    value = grade_value(case["grade"])
                elif key == "agree":
                    value = agreement(case)
                    look = hos({})
                elif key == "moderated":
                    value = moderated_value(case)
                    look = hos({})
                else:
                    value = case["remark"]
                    look = hos({})
                sheet.cell(sheet.row, column, value, **look)
                if grade_style == "dropdown" and key in ("grade", "moderated"):
                    dropdown(sheet.sheet, f"{get_column_letter(column)}{sheet.row}",
                             tuple(FULL[grade] for grade in ORDER))
            sheet.row += 1
        sheet.row += 1

    # --- themes, safety, actions, sign-off -----------------------------------------------
    def learning(sheet: _Writer) -> None:
        sheet.band(rng.choice(("Themes and learning across the audits", "Learning from moderation",
                               "Themes across this month's audits")))
        good = rng.choice(("What is working well", "Strengths", "Strengths across the sample"))
        worry = rng.choice(("What needs to improve", "Areas for development", "Learning / areas to develop"))
        if theme_style == "side by side":
            sheet.cell(sheet.row, 1, good, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, worry, bold=True, fill="FCE4D6")
            sheet.merge(sheet.row, 5, 9)
            sheet.row += 1
            for position in range(max(len(strengths), len(development))):
                sheet.cell(sheet.row, 1, strengths[position] if position < len(strengths) else "")
                sheet.merge(sheet.row, 1, 4)
                sheet.cell(sheet.row, 5, development[position] if position < len(development) else "")
                sheet.merge(sheet.row, 5, 9)
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
        sheet.merge(sheet.row, 1, 4)
        answer = rng.choice(("Yes", "Y", "YES")) if urgent else rng.choice(("No", "N", "None identified"))
        sheet.cell(sheet.row, 5, answer, **hos({"bold": True}))
        dropdown(sheet.sheet, f"E{sheet.row}", ("Yes", "No"))
        if urgent:
            sheet.cell(sheet.row, 6, detail, **hos({}))
            sheet.merge(sheet.row, 6, 9)
        sheet.row += 2
        sheet.band(rng.choice(("Actions", "Actions arising – who and by when", "Service actions")))
        if not actions:
            sheet.line(rng.choice(NO_ACTIONS), italic=True)
        elif action_style == "table":
            for column, text in zip((1, 6, 7, 8), ("Action", "Lead", "By when", "RAG")):
                sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, 5)
            sheet.row += 1
            for action in actions:
                due, due_format = day(action.due)
                sheet.cell(sheet.row, 1, action.action)
                sheet.merge(sheet.row, 1, 5)
                sheet.cell(sheet.row, 6, action.owner)
                sheet.cell(sheet.row, 7, due, number_format=due_format)
                sheet.cell(sheet.row, 8, "")
                sheet.row += 1
        else:
            for number, action in enumerate(actions, start=1):
                sheet.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}")
        sheet.row += 1
        value, value_format = day(sample.date)
        sheet.cell(sheet.row, 1, rng.choice(("Signed (HoS)", "Head of Service sign-off")), bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, head.name, **hos({}))
        sheet.merge(sheet.row, 2, 3)
        sheet.cell(sheet.row, 4, "Date", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 5, value, number_format=value_format, **hos({}))

    first = workbook.active
    if layout == "rows":
        first.title = rng.choice(("Moderation", "HoS moderation", f"{month[:3]} {month[-4:]}"))
        sheet = writer(first)
        details(sheet)
        sheet.band(rng.choice(("Audits moderated", "Cases moderated this month")))
        case_rows(sheet, cases, show_auditor=True)
        learning(sheet)
    elif layout == "columns":
        first.title = rng.choice(("Moderation", "Tracker"))
        sheet = writer(first, max(9, size + 1))
        details(sheet)
        sheet.band(rng.choice(("Audits moderated", "Cases moderated this month")))
        case_columns(sheet)
        learning(sheet)
    else:
        first.title = rng.choice(("Cover", "Summary"))
        sheet = writer(first)
        details(sheet)
        if layout == "cover":
            sheet.line(rng.choice(("Cases moderated are on the next sheet.", "See 'Cases' for each audit.")),
                       italic=True)
            sheet = writer(workbook.create_sheet(rng.choice(("Cases", "Moderation log"))))
            sheet.band(f"{title} – {month}")
            case_rows(sheet, cases, show_auditor=True)
        else:
            sheet.band("Audits moderated by auditing manager")
            for column, text in enumerate(("Auditing manager", "Audits", "Grades agreed", "Grades changed"), 1):
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
            sheet.row += 1
            for auditor in auditors:
                listed = [case for case in cases if case["auditor"] is auditor]
                agreed = sum(case["grade"] == case["moderated"] for case in listed)
                for column, value in enumerate((auditor.name, len(listed), agreed, len(listed) - agreed), 1):
                    sheet.cell(sheet.row, column, value)
                sheet.row += 1
            for auditor in auditors:
                listed = [case for case in cases if case["auditor"] is auditor]
                initials = "".join(part[0] for part in auditor.name.split())
                tab = rng.choice((auditor.name, f"{initials} audits", auditor.name.split()[-1]))
                page = writer(workbook.create_sheet(tab[:31]))
                page.band(f"{title} – {month}")
                page.line(f"Auditing manager: {auditor.name}" + (f" ({auditor.team})" if show_team else ""),
                          bold=True)
                page.row += 1
                case_rows(page, listed, show_auditor=False)
        sheet = writer(workbook.create_sheet(rng.choice(("Learning", "Themes & actions"))))
        sheet.band(f"{title} – {month}")
        learning(sheet)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = head.name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=300), time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx",
                    others=(sibling,) if sibling else ())
