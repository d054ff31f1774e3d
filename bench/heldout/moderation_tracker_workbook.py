"""A Head of Service's monthly moderation tracker kept as an Excel workbook:
who moderated, for which month and when, then the case audits completed
that month which the Head of Service re-read (case reference, team or
worker, the auditing manager, the auditor's grade, whether the moderator
agreed and the grade after moderation, the moderator's remark), the themes
across the sample (what is working well, what needs to improve), whether
any case needed escalating for a child's immediate safety, and the
service's actions with who and by when, signed off at the foot.

Modelled on City of York Council's children's services as its "Ofsted
Action Plan" (Annex A to a council report, 2022) describes them: an ILACS
inspection in March 2022 judging every area "requires improvement to be
good", the plan monitored quarterly by the Children's Services Assurance
and Ambition Board with weekly and monthly oversight of performance and
improvement by the Director of Children's Safeguarding, and further
challenge through the scrutiny committee. The plan describes the oversight,
not a moderation workbook, so the workbook is our own judgement: one sheet
or a "Cover" / "Moderation log" / "Themes & actions" set, the details as
label and value pairs or a strip of shaded labels over their values, the
cases one to a row of a table (with Agree / Disagree or Y / N drop-downs
and a moderated-grade column filled in only where the grade changed, or a
single "outcome" column: "Agreed", "Changed to Good") or one to a line of
prose; grades typed informally, chosen in full from a drop-down, or given
as 1 to 4 on a key printed over the table; the Head of Service's columns
in an ink or a fill of their own; the month's themes, the escalation
question and the actions as a table, as lines or as a "no actions"
sentence.
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

from bot.samples import COUNCIL, STAFF, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import (
    EARLY_HELP,
    EARLY_HELP_MANAGER,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
    invent_case_id,
    team_members,
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

FAMILY = "moderation_tracker_workbook"
SEED = 6737
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
        INADEQUATE: "Inadequate"}
TITLES = ("Monthly Audit Moderation Tracker", "Head of Service Moderation – Monthly Return",
          "Practice Assurance: Audit Moderation Log", "Moderation of Case Audits – Service Summary")
MANAGER_ROLES = (PRACTICE_MANAGER, SAFEGUARDING_PRACTICE_MANAGER, EARLY_HELP_MANAGER)

WORKING_WELL = (
    "In 5 of the 8 cases audited the child's lived experience was described well and drove the plan.",
    "Visits are purposeful and within timescale across most of the sample.",
    "In 6 of the 8 cases audited auditors' evidence was clear and matched the grade given.",
    "Direct work with children is creative and recorded in the child's own words.",
    "Partner agencies are well engaged at core groups and reviews.",
)
TO_IMPROVE = (
    "In 3 of the 8 cases audited plans were not specific enough about what must change and by when.",
    "Chronologies are not kept up to date in a number of files.",
    "Supervision records describe tasks rather than reflection on the child's progress.",
    "Some auditors graded on compliance rather than on impact for the child; grades were generous.",
    "Contingency plans are missing or generic where progress has stalled.",
)
ACTIONS = (
    "Team managers to check every plan in their team is SMART before the next review",
    "Audit calibration session for all auditing managers at the next service meeting",
    "Chronology training to be rolled out to the two teams where gaps were found",
    "Feedback from this moderation to be shared at the practice improvement forum",
    "Service manager to dip-sample supervision records for reflective discussion",
)
OWNERS = ("Team managers", "Principal Social Worker", "QA Team", "Workforce Development", "Service Manager")
REMARKS_AGREED = ("Agree – evidence supports the grade.", "Agree, good analysis by the auditor.",
                  "Agreed. Well evidenced.", "Agree; please share the learning with the team.", "")
REMARKS_LOWERED = ("Impact for the child not evidenced strongly enough for this grade.",
                   "Auditor too generous – plan has drifted since the last review.",
                   "Risk not re-assessed after the new incident; lowered.")
REMARKS_RAISED = ("Grade does not reflect the strength of the direct work; raised.",
                  "Auditor under-graded – clear evidence of impact for the child.")
REMARKS_ONLY = ("Discussed with the auditor; grade stands but analysis needs more depth.",
                "Agree with the grade – auditor to add evidence of the child's views.",
                "Grade agreed. Feedback to the worker should be recorded on the file.")
URGENT_DETAILS = ("{ref} – new disclosure found on the file not yet acted on; escalated to the team manager "
                  "the same day and a strategy discussion held.",
                  "{ref}: no visit for seven weeks on a CP plan. Escalated to the Service Manager; visit "
                  "completed within 24 hours.")
URGENT_QUESTIONS = ("Were any cases escalated for immediate safeguarding action?",
                    "Any child at immediate risk identified during moderation?",
                    "Immediate safety concerns escalated? (Y/N)")
NO_ACTIONS = ("No new actions this month – existing service plan actions cover the themes above.",
              "No actions arising.", "None – learning to be picked up through the existing improvement plan.")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    # What each file's moderation shows: two escalations, two remarks only,
    # three with grades changed, two all confirmed, the rest mixed.
    profiles = ["urgent"] * 2 + ["remarks"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    profiles += ["plain"] * (count - len(profiles))
    rng.shuffle(profiles)
    return [_form(rng, index, sample, profile, today)
            for index, (sample, profile) in enumerate(zip(samples, profiles))]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    steps = [step for step in (-1, 1) if 0 <= position + step < len(ORDER)]
    return ORDER[position + rng.choice(steps)]


class _Sheet:
    def __init__(self, sheet, brand: str, font: str, width: int):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.width = width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None,
             number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size or 10)
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

    def band(self, text: str, *, size: int = 11) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, fill=None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill=fill, border=False)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def skip(self) -> None:
        self.row += 1


def _form(rng: random.Random, index: int, sample, profile: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    hos_look = rng.choice(("ink", "ink", "fill"))
    hos_fill = rng.choice(("E2EFDA", "DDEBF7", "FFF2CC"))
    layout = rng.choice(("one sheet", "three sheets"))
    details_style = rng.choice(("pairs", "strip"))
    case_style = rng.choice(("agree+moderated", "yn+moderated", "outcome", "lines"))
    grade_style = rng.choice(("informal", "dropdown", "key"))
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    when = date_writer(rng)
    show_team = rng.random() < 0.7
    show_worker = rng.random() < 0.5
    show_service = rng.random() < 0.75
    show_count = rng.random() < 0.6
    action_style = rng.choice(("table", "table", "lines", "none"))
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    size = rng.randint(3, 8)

    head_name = sample.auditor
    head = next(member for member in STAFF if member.name == head_name)
    service = head.service
    month = next(own.expected for own in sample.own if own.key == "period")

    managers = [member for member in STAFF if member.role in MANAGER_ROLES and head_of_service_over(member) == head]
    if not managers:
        managers = [member for member in STAFF if member.role == PRACTICE_MANAGER]
    prefix = rng.choice(("", "", "LCS-", "CSC/", "MOS-"))
    references: list[str] = []
    while len(references) < size:
        number = invent_case_id(rng)
        reference = f"EH/{number[:6]}" if service == EARLY_HELP and rng.random() < 0.6 else f"{prefix}{number}"
        if reference not in references:
            references.append(reference)
    if profile == "changed":
        changed = set(rng.sample(range(size), rng.randint(1, min(3, size - 1))))
    elif profile in ("plain", "urgent"):
        changed = set(rng.sample(range(size), rng.randint(0, 1)))
    else:
        changed = set()
    cases = []
    for position, reference in enumerate(references):
        auditor = rng.choice(managers)
        worker = rng.choice(team_members(auditor.team) or [auditor])
        grade = rng.choices(ORDER, weights=(8, 45, 37, 10))[0]
        moderated = _neighbour(rng, grade) if position in changed else grade
        if moderated != grade:
            raised = ORDER.index(moderated) < ORDER.index(grade)
            remark = rng.choice(REMARKS_RAISED if raised else REMARKS_LOWERED)
        elif profile == "remarks":
            remark = rng.choice(REMARKS_ONLY)
        else:
            remark = rng.choice(REMARKS_AGREED)
        audited = sample.date.replace(day=1) - timedelta(days=rng.randint(3, 26))
        cases.append({"ref": reference, "team": auditor.team, "worker": worker.name, "auditor": auditor.name,
                      "grade": grade, "moderated": moderated, "remark": remark, "audited": audited})

    strengths = recount(tuple(rng.sample(WORKING_WELL, rng.randint(1, 3))), size)
    development = recount(tuple(rng.sample(TO_IMPROVE, rng.randint(1, 3))), size)
    actions = () if action_style == "none" else tuple(
        SampleAction(text, rng.choice((head_name, *OWNERS)), sample.date + timedelta(days=rng.choice((14, 28, 42, 56))))
        for text in rng.sample(ACTIONS, rng.randint(1, 3)))
    urgent = profile == "urgent"
    detail = rng.choice(URGENT_DETAILS).format(ref=rng.choice(references)) if urgent else None
    own = [ToolField("period", "Month audited", month, month)]
    if show_count:
        own.append(ToolField("audits_moderated", "Audits moderated", str(size), str(size)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    sample = replace(sample, own=tuple(own), service=service if show_service else None, strengths=strengths,
                     development_areas=development, actions=actions, urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderation=None)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def grade_text(grade: str) -> str:
        if grade_style == "key":
            return str(ORDER.index(grade) + 1)
        if grade_style == "dropdown":
            return FULL[grade]
        return informal_grade(rng, grade)

    def hos(kwargs: dict) -> dict:
        if hos_look == "ink":
            kwargs["colour"] = ink
        else:
            kwargs["fill"] = hos_fill
        return kwargs

    workbook = Workbook()
    first = workbook.active
    width = 8
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, ref: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, *choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(ref)

    if layout == "one sheet":
        first.title = rng.choice(("Moderation", "HoS moderation", month[:3] + " " + month[-4:]))
        cover_ws = log_ws = themes_ws = first
    else:
        first.title = rng.choice(("Cover", "Details"))
        log_ws = workbook.create_sheet(rng.choice(("Moderation log", "Cases moderated")))
        themes_ws = workbook.create_sheet(rng.choice(("Themes & actions", "Findings")))
        cover_ws = first
    sheets: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, brand, font, width)
            for column, chars in zip(range(1, width + 1), (16, 20, 20, 20, 14, 12, 16, 40)):
                ws.column_dimensions[get_column_letter(column)].width = chars
        return sheets[ws.title]

    # The cover: title, council, details.
    sheet = writer(cover_ws)
    title = rng.choice(TITLES)
    sheet.cell(sheet.row, 1, council_line(rng), bold=True, colour=brand, border=False, size=12)
    sheet.merge(sheet.row, 1, width)
    sheet.row += 1
    sheet.band(title, size=13)
    sheet.skip()
    details = [(rng.choice(("Moderated by", "Head of Service", "Moderator (HoS)")), head_name, None)]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), service, None))
    details.append((rng.choice(("Month audited", "Audit month", "Audits completed in")), month, None))
    value, number_format = day(sample.date)
    details.append((rng.choice(("Date of moderation", "Date moderated", "Moderation completed")), value,
                    number_format))
    if show_count:
        details.append((rng.choice(("Number of audits moderated", "Audits moderated", "No. of cases")), str(size),
                        None))
    if details_style == "pairs":
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, number_format=number_format)
            sheet.merge(sheet.row, 3, 5)
            sheet.row += 1
    else:
        for column, (text, value, number_format) in enumerate(details, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
            sheet.cell(sheet.row + 1, column, value, number_format=number_format)
        sheet.row += 2
    sheet.skip()

    # The cases moderated.
    sheet = writer(log_ws)
    if log_ws is not cover_ws:
        sheet.band(f"{title} – {month}")
    sheet.band(rng.choice(("Audits moderated this month", "Cases moderated", "Moderation of individual audits")))
    if grade_style == "key" and case_style != "lines":
        sheet.line("Key: 1 = Outstanding   2 = Good   3 = Requires Improvement   4 = Inadequate", italic=True)
    if case_style == "lines":
        for case in cases:
            who = f"{case['team']}, " if show_team else ""
            who += f"SW {case['worker']}, " if show_worker else ""
            text = f"{case['ref']} ({who}audited by {case['auditor']}) – auditor graded {FULL[case['grade']]}"
            if case["moderated"] == case["grade"]:
                tail = rng.choice(("; HoS agrees.", " – agreed.", ". Moderation: grade confirmed."))
            else:
                tail = f". Moderated to {FULL[case['moderated']]}."
            sheet.cell(sheet.row, 1, text + tail, border=False)
            sheet.merge(sheet.row, 1, width - 1)
            sheet.row += 1
            if case["remark"]:
                sheet.cell(sheet.row, 2, case["remark"], italic=True, border=False, **hos({}))
                sheet.merge(sheet.row, 2, width - 1)
                sheet.row += 1
    else:
        headers = ["Case ref"]
        if show_team:
            headers.append(rng.choice(("Team", "Team / unit")))
        if show_worker:
            headers.append(rng.choice(("Social worker", "Allocated worker")))
        headers += [rng.choice(("Auditor", "Audited by")), rng.choice(("Date audited", "Audit date")),
                    rng.choice(("Auditor grade", "Audit judgement"))]
        if case_style == "agree+moderated":
            headers += ["HoS agrees?", "Moderated grade (if changed)"]
        elif case_style == "yn+moderated":
            headers += ["Agree Y/N", "Moderated grade"]
        else:
            headers += ["Moderation outcome"]
        headers.append(rng.choice(("HoS comments", "Moderator's remarks")))
        hos_from = headers.index("Auditor grade" if "Auditor grade" in headers else "Audit judgement") + 2
        for column, text in enumerate(headers, start=1):
            sheet.cell(sheet.row, column, text, bold=True, colour="FFFFFF", fill=brand)
        sheet.row += 1
        for case in cases:
            values = [case["ref"]]
            if show_team:
                values.append(case["team"])
            if show_worker:
                values.append(case["worker"])
            audited, audited_format = day(case["audited"])
            values += [case["auditor"], audited, grade_text(case["grade"])]
            agreed = case["moderated"] == case["grade"]
            if case_style == "agree+moderated":
                values += ["Agree" if agreed else "Disagree", "" if agreed else grade_text(case["moderated"])]
            elif case_style == "yn+moderated":
                values += ["Y" if agreed else "N", grade_text(case["moderated"])]
            elif agreed:
                values.append(rng.choice(("Agreed", "Agreed", "Confirmed")))
            else:
                values.append(f"Changed to {grade_text(case['moderated'])}")
            values.append(case["remark"])
            for column, value in enumerate(values, start=1):
                look = {"number_format": audited_format} if value is audited else {}
                if column >= hos_from:
                    look = hos(look)
                sheet.cell(sheet.row, column, value, **look)
            if grade_style == "dropdown":
                grade_column = hos_from - 1
                choices = tuple(FULL[grade] for grade in ORDER)
                dropdown(log_ws, f"{get_column_letter(grade_column)}{sheet.row}", choices)
                if case_style != "outcome":
                    dropdown(log_ws, f"{get_column_letter(grade_column + 2)}{sheet.row}", choices)
            if case_style == "agree+moderated":
                dropdown(log_ws, f"{get_column_letter(hos_from)}{sheet.row}", ("Agree", "Disagree"))
            elif case_style == "yn+moderated":
                dropdown(log_ws, f"{get_column_letter(hos_from)}{sheet.row}", ("Y", "N"))
            sheet.row += 1
    sheet.skip()

    # Themes, escalation, actions, sign-off.
    sheet = writer(themes_ws)
    if themes_ws is not log_ws:
        sheet.band(f"{title} – {month}")
    sheet.band(rng.choice(("Themes across the sample", "Findings / themes", "Learning from moderation")))
    for heading, lines in ((rng.choice(("What is working well", "Strengths")), strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries")), development)):
        sheet.line(heading, bold=True, fill="F2F2F2")
        for text in lines:
            sheet.line(f"• {text}")
    sheet.skip()
    sheet.cell(sheet.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    sheet.cell(sheet.row, 5, rng.choice(("Yes", "Y", "YES")) if urgent else rng.choice(("No", "N", "None")),
               **hos({"bold": True}))
    dropdown(themes_ws, f"E{sheet.row}", ("Yes", "No"))
    if urgent:
        sheet.cell(sheet.row, 6, detail, **hos({}))
        sheet.merge(sheet.row, 6, width)
    sheet.row += 2
    sheet.band(rng.choice(("Actions", "Service actions arising", "Actions – who and by when")))
    if not actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif action_style == "table":
        for column, text in zip((1, 5, 6, 7), ("Action", "Lead", "By when", "Progress")):
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
            sheet.line(f"{number}. {action.action} – {action.owner} by {when(action.due)}")
    sheet.skip()
    value, number_format = day(sample.date)
    sheet.cell(sheet.row, 1, rng.choice(("Signed (HoS)", "Signed off by", "Head of Service sign-off")), bold=True,
               fill="F2F2F2")
    sheet.cell(sheet.row, 2, head_name, **hos({}))
    sheet.merge(sheet.row, 2, 3)
    sheet.cell(sheet.row, 4, "Date", bold=True, fill="F2F2F2")
    sheet.cell(sheet.row, 5, value, number_format=number_format, **hos({}))

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = head_name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=400), time(9, 0))
    workbook.properties.modified = datetime.combine(sample.date, time(17, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
