"""A Head of Service's quality assurance moderation tracker kept as an Excel
workbook: a month's case file audits by the service's auditing managers,
re-read by the Head of Service, with each case's reference, the auditing
manager, the auditor's grade, whether the moderator agrees and the grade
after moderation, then the themes across the audits (what is working well,
what needs to improve), whether any child needed immediate safeguarding
action, and the actions arising.

Modelled on what CELCIS (the Centre for Excellence for Children's Care and
Protection, a Scottish centre hosted by the University of Strathclyde, not
itself a public body) publishes about learning and improvement in
children's services, chosen because every council, children's trust and
partnership the search returned on moderating case file audits (Bexley,
Salford, Southwark, Knowsley, Lancashire, Lincolnshire, Bristol, Bolton,
Middlesbrough, Surrey, Wirral, Conwy, Gwent, the Isle of Man, the Care
Inspectorate) and every English council and Scottish, Welsh and Northern
Irish public body checked is named by another family or a council layout.
Read as a search excerpt, its knowledge-bank page "Learning and
improvement" (celcis.org, Protecting children: legislation and policy)
says services learn about themselves through feedback from those who use
them, staff surveys, performance and management information, audits of
practice and reviews of processes; that this self-evaluation combined with
external inspection by scrutiny bodies such as the Care Inspectorate gives
an understanding of how well services are doing, what is working well and
what needs to improve; that Quality Improvement and the model for
improvement are being implemented across Scotland; and that the Care
Inspectorate's "A quality framework for children and young people in need
of care and protection" (July 2018) is used in self-evaluation and in joint
inspections. It shows no form and says nothing about moderation, so the
workbook is our own judgement (only the themes headed "What is working
well" / "What needs to improve" and the audits of practice feeding
self-evaluation follow the source): a summary sheet and a sheet per
auditing manager, or one sheet with the details at the top; the cases one
to a row or one to a column; plain or prefixed references (Early Help
references on some); grades typed informally, a number on a printed 1-4
key, chosen in full from a drop-down, emboldened among the four or
emboldened with the others struck through, or a mark under four grade
columns; agreement as Agree / Disagree, Y / N or ticks; the moderated grade
given always or only where it changed; the Head of Service's columns in an
ink (never red) or a fill of their own; typed or Excel dates; the themes as
a row an item or one cell a line an item; the urgent question typed or
marked under Yes / No (three files yes, some naming a brother or sister of
the child audited); actions as a table, "Action n: ... Who: ... By: ..."
lines or a "no actions" sentence.
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
    CHILD_FIRST_NAMES,
    EARLY_HELP,
    FAMILY_SURNAMES,
    FRONT_LINE_MANAGERS,
    PRACTICE_MANAGER,
    head_of_service_over,
    invent_case_id,
)
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

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

FAMILY = "quality_assurance_moderation_tracker"
SEED = 10063
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
        INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
TITLES = ("Quality Assurance – Audit Moderation Tracker", "Head of Service Moderation Overview",
          "Moderation of Case File Audits: Monthly Tracker", "QA Moderation Tracker (Head of Service)")
HEAD_LABELS = ("Moderator (Head of Service)", "Head of Service", "Moderated by", "HoS moderator")
SERVICE_LABELS = ("Service", "Service area")
MONTH_LABELS = ("Audits completed in", "Month of audits", "Audit month")
DATE_LABELS = ("Date moderated", "Moderation completed", "Date of moderation")
COUNT_LABELS = ("Audits moderated", "No. of audits moderated", "Number of audits moderated")

WORKING_WELL = (
    "In 5 of the 8 cases audited the child's lived experience was clear and drove the plan.",
    "Audits were completed on time and returned with clear evidence for each grade.",
    "Direct work with children is recorded in their own words in most files.",
    "In 6 of the 8 cases audited visits were purposeful and within timescale.",
    "Auditing managers gave honest, well-reasoned judgements and named what would make the work better.",
)
TO_IMPROVE = (
    "In 3 of the 8 cases audited the plan did not say what must change and by when.",
    "Chronologies are out of date in several files.",
    "Some grades rested on compliance rather than the difference made for the child.",
    "Management oversight does not record the reasons for decisions.",
    "Fathers and wider family are rarely seen or spoken to.",
)
ACTIONS = (
    "Calibration session for all auditing managers on grading impact for the child",
    "Team managers to check every plan in their team is SMART before its next review",
    "Chronology workshop for the two teams where gaps were found",
    "Share the learning from this month's moderation at the service practice forum",
    "Re-audit the cases moderated down within six weeks",
)
OWNERS = ("Team managers", "Principal Social Worker", "QA Team", "Workforce Development", "Service Manager")
REMARKS_AGREED = ("Agree – well evidenced.", "Agree. Good analysis of impact.", "Agreed.",
                  "Agree; please share with the worker.", "")
REMARKS_LOWERED = ("Impact for the child not evidenced for this grade.",
                   "Plan has drifted since the last review – grade lowered.",
                   "Risk not re-assessed after the new incident.")
REMARKS_RAISED = ("Auditor under-graded the strength of the direct work.",
                  "Clear evidence of impact for the child – grade raised.")
REMARKS_COMMENT = ("Grade stands, but the audit needs more on the child's views.",
                   "Discussed with the auditor; analysis could go deeper.",
                   "Agree with the grade. Feedback to the worker to be recorded on file.")
URGENT_QUESTIONS = ("Did moderation identify any child needing immediate safeguarding action?",
                    "Any immediate safety concerns escalated?", "Urgent safeguarding concern identified?")
URGENT_DETAILS = ("{ref}: no visit for seven weeks on a CP plan; escalated to the Service Manager the same day.",
                  "{ref}: a new disclosure on file had not been acted on; strategy discussion held the next day.")
SIBLING_DETAILS = ("{ref}: {sibling}, the child's older sibling, has not been seen alone since the summer; "
                   "escalated to the team manager and a visit arranged.",
                   "{ref}: the plan does not cover {sibling}, a younger sibling who is also at risk; "
                   "escalated the same day.")
NO_ACTIONS = ("No new actions this month – the themes are covered by the service improvement plan.",
              "No actions arising from this month's moderation.", "None this month.")
GRADE_STYLES = ("informal", "key", "dropdown", "bold", "struck", "marks")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # What each file's moderation shows: three urgent escalations, four with
    # grades changed, three all confirmed, three with remarks only, the rest mixed.
    profiles = ["urgent"] * 3 + ["changed"] * 4 + ["confirmed"] * 3 + ["remarks"] * 3
    profiles += ["mixed"] * (count - len(profiles))
    rng.shuffle(profiles)
    # How the actions are written: three files say there are none.
    action_styles = ["none"] * 3 + [("table", "lines")[position % 3 == 2] for position in range(count - 3)]
    rng.shuffle(action_styles)
    # How grades are written: every way on some files.
    grade_styles = [GRADE_STYLES[position % len(GRADE_STYLES)] for position in range(count)]
    rng.shuffle(grade_styles)
    return [_form(rng, index, sample, profile, action_style, grade_style)
            for index, (sample, profile, action_style, grade_style)
            in enumerate(zip(samples, profiles, action_styles, grade_styles))]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    steps = [step for step in (-1, 1) if 0 <= position + step < len(ORDER)]
    return ORDER[position + rng.choice(steps)]


class _Sheet:
    """One worksheet with a row pointer and the file's look."""

    def __init__(self, ws, brand: str, font: str, width: int):
        self.ws = ws
        self.brand = brand
        self.font = font
        self.width = width
        self.row = 1
        for column, chars in zip(range(1, width + 1), (18, 20, 18, 16, 16, 16, 16, 16, 16, 16, 30, 30)):
            ws.column_dimensions[get_column_letter(column)].width = chars

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None,
             number_format=None, border=True, strike=False):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10, strike=strike)
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

    def band(self, text: str, *, size: int = 11) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text: str, **look) -> None:
        self.cell(self.row, 1, text, border=False, **look)
        self.merge(self.row, 1, self.width)
        self.row += 1


def _form(rng: random.Random, index: int, sample, profile: str, action_style: str, grade_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    hos_look = rng.choice(("ink", "ink", "fill"))
    hos_fill = rng.choice(("E2EFDA", "DDEBF7", "FFF2CC", "EDE7F6"))
    layout = rng.choice(("per manager", "per manager", "one sheet"))
    orientation = rng.choice(("rows", "rows", "columns"))
    if grade_style == "marks":  # four grade columns need the cases in rows
        orientation = "rows"
    agree_style = rng.choice(("agree", "yn", "tick"))
    mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
    moderated_always = rng.random() < 0.5
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    when = date_writer(rng)
    show_service = rng.random() < 0.7
    show_count = rng.random() < 0.6
    show_team = rng.random() < 0.5
    show_audited = rng.random() < 0.4
    theme_style = rng.choice(("rows", "cell"))
    urgent_style = rng.choice(("typed", "marked"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))

    head_name = sample.auditor
    head = next(member for member in STAFF if member.name == head_name)
    service = head.service
    month = next(own.expected for own in sample.own if own.key == "period")

    managers = [member for member in STAFF if member.role in FRONT_LINE_MANAGERS and head_of_service_over(member) == head]
    if not managers:
        managers = [member for member in STAFF if member.role == PRACTICE_MANAGER][:2]
    managers = rng.sample(managers, min(len(managers), rng.randint(2, 3)))
    prefix = rng.choice(("", "", "C", "LCS-", "CSC/"))
    early_help_refs = service == EARLY_HELP and rng.random() < 0.6

    # The cases moderated: two or three per auditing manager.
    cases = []
    seen: set[str] = set()
    for manager in managers:
        for _ in range(rng.randint(2, 3)):
            while True:
                number = invent_case_id(rng)
                reference = f"EH/{number[:6]}" if early_help_refs else f"{prefix}{number}"
                if reference not in seen:
                    seen.add(reference)
                    break
            grade = rng.choices(ORDER, weights=(8, 45, 37, 10))[0]
            audited = sample.date.replace(day=1) - timedelta(days=rng.randint(3, 26))
            while audited.weekday() >= 5:  # audits are written on working days
                audited -= timedelta(days=1)
            cases.append({"ref": reference, "auditor": manager.name, "team": manager.team, "grade": grade,
                          "moderated": grade, "remark": "", "audited": audited})
    size = len(cases)
    if profile == "changed":
        changed = set(rng.sample(range(size), rng.randint(1, min(3, size - 1))))
    elif profile in ("mixed", "urgent"):
        changed = set(rng.sample(range(size), rng.randint(0, 1)))
    else:
        changed = set()
    for position, case in enumerate(cases):
        if position in changed:
            case["moderated"] = _neighbour(rng, case["grade"])
            raised = ORDER.index(case["moderated"]) < ORDER.index(case["grade"])
            case["remark"] = rng.choice(REMARKS_RAISED if raised else REMARKS_LOWERED)
        elif profile == "remarks":
            case["remark"] = rng.choice(REMARKS_COMMENT)
        else:
            case["remark"] = rng.choice(REMARKS_AGREED)

    strengths = recount(tuple(rng.sample(WORKING_WELL, rng.randint(1, 3))), size)
    development = recount(tuple(rng.sample(TO_IMPROVE, rng.randint(1, 3))), size)
    lowered = any(ORDER.index(case["moderated"]) > ORDER.index(case["grade"]) for case in cases)
    pool = [text for text in ACTIONS if lowered or "moderated down" not in text]
    actions = () if action_style == "none" else tuple(
        SampleAction(text, rng.choice((head_name, *OWNERS)), sample.date + timedelta(days=rng.choice((14, 28, 42, 56))))
        for text in rng.sample(pool, rng.randint(1, 3)))
    urgent = profile == "urgent"
    others: list[str] = []
    detail = None
    if urgent:
        reference = rng.choice(cases)["ref"]
        if rng.random() < 0.67:
            sibling = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
            others.append(sibling)
            detail = rng.choice(SIBLING_DETAILS).format(ref=reference, sibling=sibling)
        else:
            detail = rng.choice(URGENT_DETAILS).format(ref=reference)

    own = [ToolField("period", rng.choice(MONTH_LABELS), month, month)]
    if show_count:
        own.append(ToolField("audits_moderated", rng.choice(COUNT_LABELS), str(size), str(size)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    sample = replace(sample, own=tuple(own), service=service if show_service else None, strengths=strengths,
                     development_areas=development, actions=actions, urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderation=None)

    # --- how things are written ------------------------------------------------
    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def hos(look: dict) -> dict:
        if hos_look == "ink":
            look["colour"] = ink
        else:
            look["fill"] = hos_fill
        return look

    def grade_value(grade: str, *, moderator: bool):
        """A grade as this file writes it (not for the "marks" style)."""
        colour = ink if moderator and hos_look == "ink" else None
        if grade_style == "key":
            return str(ORDER.index(grade) + 1)
        if grade_style == "dropdown":
            return FULL[grade]
        if grade_style in ("bold", "struck"):
            blocks = []
            for position, option in enumerate(ORDER):
                chosen = option == grade
                look = InlineFont(rFont=font, sz=10, b=chosen or None, color=colour,
                                  strike=True if grade_style == "struck" and not chosen else None)
                if position:
                    blocks.append(TextBlock(InlineFont(rFont=font, sz=10, color=colour), " / "))
                blocks.append(TextBlock(look, FULL[option]))
            return CellRichText(*blocks)
        return informal_grade(rng, grade, note_chance=0.0 if moderator else 0.2)

    def agreement(agreed: bool) -> str:
        if agree_style == "agree":
            return "Agree" if agreed else "Disagree"
        if agree_style == "yn":
            return "Y" if agreed else "N"
        return "\u2713" if agreed else "\u2717"

    agree_header = {"agree": "HoS agrees?", "yn": "Agree Y/N", "tick": "Agreed (\u2713/\u2717)"}[agree_style]
    moderated_header = "Moderated grade" if moderated_always else "Moderated grade (only if changed)"

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    title = rng.choice(TITLES)
    width = 12 if grade_style == "marks" else 8
    first = workbook.active

    # --- details ---------------------------------------------------------------
    details = [(rng.choice(HEAD_LABELS), head_name, None)]
    if show_service:
        details.append((rng.choice(SERVICE_LABELS), service, None))
    period_label = next(own.label for own in sample.own if own.key == "period")
    details.append((period_label, month, None))
    value, number_format = day(sample.date)
    details.append((rng.choice(DATE_LABELS), value, number_format))
    if show_count:
        details.append((next(own.label for own in sample.own if own.key == "audits_moderated"), str(size), None))

    first.title = "Summary" if layout == "per manager" else rng.choice(("Moderation", "HoS tracker", "Tracker"))
    summary = _Sheet(first, brand, font, width)
    summary.line(council_line(rng), bold=True, colour=brand, size=12)
    summary.band(title, size=13)
    summary.row += 1
    for text, value, number_format in details:
        summary.cell(summary.row, 1, text, bold=True, fill="F2F2F2")
        summary.merge(summary.row, 1, 2)
        summary.cell(summary.row, 3, value, number_format=number_format)
        summary.merge(summary.row, 3, 5)
        summary.row += 1
    summary.row += 1
    if grade_style == "key":
        summary.line("Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                     italic=True)
    if layout == "per manager":
        summary.line(rng.choice(("Each auditing manager's cases are on their own sheet.",
                                 "See the tab for each auditing manager for the cases moderated.")), italic=True)
        summary.row += 1

    # --- the cases ---------------------------------------------------------------
    def case_table(sheet: _Sheet, group: list[dict], *, with_auditor: bool) -> None:
        ws = sheet.ws
        if orientation == "columns":
            labels = ["Case reference"]
            if with_auditor:
                labels.append("Auditing manager")
                if show_team:
                    labels.append("Team")
            if show_audited:
                labels.append("Date audited")
            labels += ["Auditor's grade", agree_header, moderated_header, "HoS comments"]
            hos_from = labels.index(agree_header)
            top = sheet.row
            for offset, text in enumerate(labels):
                sheet.cell(top + offset, 1, text, bold=True, fill="D9E1F2")
            for column, case in enumerate(group, start=2):
                values = [case["ref"]]
                if with_auditor:
                    values.append(case["auditor"])
                    if show_team:
                        values.append(case["team"])
                if show_audited:
                    values.append(day(case["audited"]))
                agreed = case["moderated"] == case["grade"]
                values += [grade_value(case["grade"], moderator=False), agreement(agreed),
                           grade_value(case["moderated"], moderator=True) if moderated_always or not agreed else "",
                           case["remark"]]
                for offset, value in enumerate(values):
                    look = {}
                    if isinstance(value, tuple):
                        value, look["number_format"] = value
                    if offset >= hos_from:
                        look = hos(look)
                    if offset == 0:
                        look["bold"] = True
                    sheet.cell(top + offset, column, value, **look)
                grade_row = top + labels.index("Auditor's grade")
                letter = get_column_letter(column)
                if grade_style == "dropdown":
                    dropdown(ws, f"{letter}{grade_row}", tuple(FULL[g] for g in ORDER))
                    dropdown(ws, f"{letter}{grade_row + 2}", tuple(FULL[g] for g in ORDER))
                if agree_style != "tick":
                    dropdown(ws, f"{letter}{grade_row + 1}", ("Agree", "Disagree") if agree_style == "agree" else ("Y", "N"))
            sheet.row = top + len(labels) + 1
            return

        headers = ["Case ref"]
        if with_auditor:
            headers.append("Auditor")
            if show_team:
                headers.append("Team")
        if show_audited:
            headers.append("Date audited")
        if grade_style == "marks":
            band_row = sheet.row
            sheet.row += 1
            grade_from = len(headers) + 1
            headers += [SHORT[g] for g in ORDER]
            hos_from = len(headers) + 1
            headers.append(agree_header)
            headers += [SHORT[g] for g in ORDER]
            headers.append("HoS comments")
            sheet.cell(band_row, grade_from, "Auditor's grade (mark one)", bold=True, fill="D9E1F2")
            sheet.merge(band_row, grade_from, grade_from + 3)
            sheet.cell(band_row, hos_from + 1, "Moderated grade (mark one)", bold=True, **hos({"fill": "D9E1F2"}))
            sheet.merge(band_row, hos_from + 1, hos_from + 4)
        else:
            headers.append("Auditor's grade")
            hos_from = len(headers) + 1
            headers += [agree_header, moderated_header, "HoS comments"]
        for column, text in enumerate(headers, start=1):
            sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
        sheet.row += 1
        for case in group:
            values = [case["ref"]]
            if with_auditor:
                values.append(case["auditor"])
                if show_team:
                    values.append(case["team"])
            if show_audited:
                values.append(day(case["audited"]))
            agreed = case["moderated"] == case["grade"]
            if grade_style == "marks":
                values += [mark if g == case["grade"] else None for g in ORDER]
                values.append(agreement(agreed))
                show = moderated_always or not agreed
                values += [mark if show and g == case["moderated"] else None for g in ORDER]
            else:
                values += [grade_value(case["grade"], moderator=False), agreement(agreed),
                           grade_value(case["moderated"], moderator=True) if moderated_always or not agreed else ""]
            values.append(case["remark"])
            for column, value in enumerate(values, start=1):
                look = {}
                if isinstance(value, tuple):
                    value, look["number_format"] = value
                if column >= hos_from:
                    look = hos(look)
                sheet.cell(sheet.row, column, value, **look)
            if grade_style == "marks" and mark == "":
                # Shading alone marks the chosen column.
                columns = [grade_from + ORDER.index(case["grade"])]
                if moderated_always or not agreed:
                    columns.append(hos_from + 1 + ORDER.index(case["moderated"]))
                for column in columns:
                    target = ws.cell(row=sheet.row, column=column)
                    shade = ink if column > hos_from and hos_look == "ink" else "808080"
                    target.fill = PatternFill("solid", start_color=shade, end_color=shade)
            if grade_style == "dropdown":
                dropdown(ws, f"{get_column_letter(hos_from - 1)}{sheet.row}", tuple(FULL[g] for g in ORDER))
                dropdown(ws, f"{get_column_letter(hos_from + 1)}{sheet.row}", tuple(FULL[g] for g in ORDER))
            if agree_style != "tick":
                dropdown(ws, f"{get_column_letter(hos_from)}{sheet.row}",
                         ("Agree", "Disagree") if agree_style == "agree" else ("Y", "N"))
            sheet.row += 1
        sheet.row += 1

    if layout == "per manager":
        for manager in managers:
            group = [case for case in cases if case["auditor"] == manager.name]
            first_name, *rest = manager.name.split()
            ws = workbook.create_sheet(f"{first_name[0]} {rest[-1]}" if rng.random() < 0.5 else rest[-1])
            sheet = _Sheet(ws, brand, font, width)
            sheet.band(f"{title} – {month}")
            sheet.cell(sheet.row, 1, "Auditing manager", bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, manager.name)
            sheet.merge(sheet.row, 2, 3)
            if show_team:
                sheet.cell(sheet.row, 4, "Team", bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, 5, manager.team)
                sheet.merge(sheet.row, 5, 6)
            sheet.row += 2
            if grade_style == "key":
                sheet.line("Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate", italic=True)
            case_table(sheet, group, with_auditor=False)
    else:
        summary.band(rng.choice(("Audits moderated", "Cases moderated this month", "Moderation of individual audits")))
        case_table(summary, cases, with_auditor=True)

    # --- themes, urgent question, actions, sign-off ------------------------------------
    sheet = summary
    sheet.band(rng.choice(("Themes and learning across the audits", "Learning from moderation", "Themes")))
    for heading, lines in (("What is working well", strengths), ("What needs to improve", development)):
        sheet.cell(sheet.row, 1, heading, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, sheet.width)
        sheet.row += 1
        if theme_style == "cell":
            sheet.cell(sheet.row, 1, "\n".join(f"- {text}" for text in lines))
            sheet.merge(sheet.row, 1, sheet.width)
            sheet.ws.row_dimensions[sheet.row].height = 15 * len(lines) + 6
            sheet.row += 1
        else:
            for text in lines:
                sheet.line(f"\u2022 {text}")
    sheet.row += 1
    question = rng.choice(URGENT_QUESTIONS)
    if urgent_style == "typed":
        sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, rng.choice(("Yes", "YES", "Y")) if urgent else rng.choice(("No", "NO", "N")),
                   **hos({"bold": True}))
        dropdown(sheet.ws, f"E{sheet.row}", ("Yes", "No"))
        sheet.row += 1
    else:
        sheet.cell(sheet.row, 5, "Yes", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 6, "No", bold=True, fill="F2F2F2")
        sheet.row += 1
        sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 1, 4)
        chosen = rng.choice(("X", "\u2713"))
        sheet.cell(sheet.row, 5, chosen if urgent else None, **hos({"bold": True}))
        sheet.cell(sheet.row, 6, None if urgent else chosen, **hos({"bold": True}))
        sheet.row += 1
    if urgent:
        sheet.cell(sheet.row, 1, "Details", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, detail, **hos({}))
        sheet.merge(sheet.row, 2, sheet.width)
        sheet.row += 1
    sheet.row += 1
    sheet.band(rng.choice(("Actions", "Actions arising", "Actions – who and by when")))
    if not actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif action_style == "table":
        for column, text in zip((1, 5, 6, 7), ("Action", "Who", "By when", "Update")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 4)
        sheet.row += 1
        for action in actions:
            due, due_format = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.cell(sheet.row, 6, due, number_format=due_format)
            sheet.cell(sheet.row, 7, "")
            sheet.row += 1
    else:
        for number, action in enumerate(actions, start=1):
            sheet.line(f"Action {number}: {action.action}. Who: {action.owner}. By: {when(action.due)}")
    sheet.row += 1
    value, number_format = day(sample.date)
    sheet.cell(sheet.row, 1, rng.choice(("Signed (HoS)", "Head of Service sign-off")), bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 2, head_name, **hos({}))
    sheet.merge(sheet.row, 2, 3)
    sheet.cell(sheet.row, 4, "Date", bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 5, value, number_format=number_format, **hos({}))

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = head_name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=500), time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others))
