"""Thematic dip sample return kept as an Excel workbook: a Quality
Assurance team's record of one themed dip sample of several children's
cases (the theme, the lead auditor, the date, how many cases and which),
areas of practice rated across the sample, an overall rating, what is
working well, what needs to improve, recommendations with owner and date,
the question whether any case needed escalating at once, and the Head of
Service's sign-off.

Modelled on what the London Borough of Newham published about its
children's social care after Ofsted's focused visit of October 2020 (its
"Inspection of Children's Social Care Services" pages: improved quality and
timeliness of assessments, but more progress needed in planning and
intervention for children at risk of exploitation, the quality and
robustness of child protection and child in need planning, escalation where
children's circumstances have not improved, and the analysis in
assessments where domestic abuse is a feature) and after the February 2019
inspection (leaders had not improved management oversight and supervision,
the accuracy of recording or quality assurance). Every council in the East
of England already models a family, so the source is from the neighbouring
London region. The pages show no form: the workbook is our judgement. The
themes and areas follow those findings. It is one "Summary" sheet or a
"Summary" / "Case findings" pair (sometimes with a hidden "Lists" sheet
behind the drop-downs); details as label / value rows or as a shaded strip
of headings over one row of values; area ratings chosen from a drop-down,
typed informally, scored 1 to 4 against a printed key, or marked under four
rating columns; dates typed in several spellings or kept as Excel dates;
case numbers plain or with the case system's prefix; recommendations as a
table, numbered lines or a "no actions" sentence; sign-off as a block typed
in the Head of Service's colour.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, SampleAction, Section
from bot.samples.forms import Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import invent_case_id
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
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

FAMILY = "dip_sample_return"
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# Each theme with the areas the QA team rates across the sample.
THEMES = (
    ("Children at risk of exploitation – planning and intervention", (
        "Recognition of exploitation risk", "Return home conversations", "Quality of the plan",
        "Multi-agency response", "Management oversight")),
    ("Child protection and child in need plans", (
        "Assessment informs the plan", "Plan is SMART", "Voice of the child", "Core group / CIN reviews",
        "Management oversight")),
    ("Domestic abuse – analysis in assessments", (
        "Information gathering", "Analysis of risk", "Voice and lived experience of the child",
        "Safety planning", "Supervision and oversight")),
    ("Escalation where circumstances have not improved", (
        "Drift and delay identified", "Use of escalation", "Management decision making",
        "Impact for the child")),
    ("Neglect – impact on the child", (
        "Use of the Graded Care Profile", "Analysis of cumulative harm", "Voice of the child",
        "Plan and outcomes", "Management oversight")),
    ("Management oversight and supervision", (
        "Frequency of supervision", "Reflective case discussion", "Clear direction and timescales",
        "Accuracy of recording")),
)
TITLES = ("Thematic Dip Sample – Audit Return", "QA Dip Sample Return", "DIP SAMPLE AUDIT – SUMMARY OF FINDINGS",
          "Themed Dip Sample: Findings Return", "Quality Assurance – Thematic Dip Sample")
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
SCORE = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
STRENGTHS = (
    "In 5 of the 6 cases sampled the child had been seen alone and their views were recorded.",
    "Assessments were completed on time in all the cases sampled.",
    "Good use of chronologies to show patterns of concern over time.",
    "Partners attended strategy discussions and shared information quickly.",
    "Social workers know their children well and write about them warmly.",
    "Return home conversations were offered by someone the young person trusts.",
)
DEVELOPMENT = (
    "In 4 of the 6 cases sampled plans did not say what would change for the child or by when.",
    "Analysis of the impact of domestic abuse on the child was weak.",
    "Escalation was not used where there had been no progress for several months.",
    "Supervision records did not show reflection or a clear direction.",
    "Case summaries were out of date after significant events.",
)
RECOMMENDATIONS = (
    "Practice workshop on SMART planning for all CIN and CP teams.",
    "Team managers to check the child's voice is recorded at every supervision.",
    "Re-audit the same theme in three months to test impact.",
    "Circulate a one-page learning summary to all practitioners.",
    "Add an escalation prompt to the supervision template.",
)
OWNERS = ("QA Team", "Principal Social Worker", "Team managers", "Workforce Development")
URGENT = ("One case referred back to the team manager the same day: no visit for 8 weeks.",
          "One child's safety plan was out of date; raised with the Head of Service on the day of audit.")
SIGN_OFF = ("Findings agreed. Please bring the action plan to the next QA board.",
            "I have read the sample; the rating for planning is fair.",
            "Thank you – helpful learning. Share with the team managers' meeting.",
            "Discussed with the QA lead.")
PLAN_TYPES = ("CIN", "CP", "CLA", "CIN", "CP")
CASE_NOTES = ("Plan not updated since conference", "Good direct work", "Drift – no review for 4 months",
              "Child seen alone, views clear", "No chronology", "Escalated appropriately", "Supervision overdue")
YES_NO = ("Yes", "No")


def _spread(rng: random.Random, count: int, values: list) -> list:
    values = values + [None] * (count - len(values))
    rng.shuffle(values)
    return values


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9973)
    samples = tool_samples(count, seed=9973, today=today, kinds=(THEMATIC_AUDIT,))
    plan = _spread(rng, count, ["urgent", "urgent", "comments", "comments", "change", "change", "change",
                                "agree", "agree"])
    details = [index % 3 for index in range(count)]
    rng.shuffle(details)
    grading = [index % 4 for index in range(count)]
    rng.shuffle(grading)
    return [_form(rng, index, sample, today, plan[index], details[index], grading[index])
            for index, sample in enumerate(samples)]


def _neighbour(rng: random.Random, grade: str) -> str:
    at = GRADES4.index(grade)
    return GRADES4[at + 1] if at == 0 else GRADES4[at - 1] if at == 3 else GRADES4[at + rng.choice((-1, 1))]


class _Sheet:
    def __init__(self, sheet, brand: str, font: str):
        self.sheet, self.brand, self.font, self.row = sheet, brand, font, 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, number_format: str | None = None, italic: bool = False):
        target = self.sheet.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, size=10, bold=bold, italic=italic, color=colour)
        target.alignment = Alignment(wrap_text=True, vertical="top")
        thin = Side(style="thin", color="A6A6A6")
        target.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if fill:
            target.fill = PatternFill("solid", fgColor=fill)
        if number_format:
            target.number_format = number_format
        return target

    def band(self, text: str, last: int, *, size: int = 11) -> None:
        target = self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand)
        target.font = Font(name=self.font, size=size, bold=True, color="FFFFFF")
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=last)
        self.row += 1

    def line(self, text: str, last: int, **look) -> int:
        self.cell(self.row, 1, text, **look)
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=last)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, last: int, **look) -> int:
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.cell(self.row, 2, value, **look)
        if last > 2:
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=last)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, plan: str | None, details: int,
          grading: int) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    head = sample.auditor
    theme, areas = rng.choice(THEMES)
    count = rng.randint(5, 10)
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{invent_case_id(rng)}" for _ in range(count)]
    grades = [rng.choice((GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, INADEQUATE, OUTSTANDING))
              for _ in areas]
    overall = max((GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, OUTSTANDING), key=grades.count) if rng.random() < 0.7 else rng.choice(GRADES4)
    sections = tuple(Section(area, grade, "") for area, grade in zip(areas, grades))

    lead = rng.choice([member.name for member in STAFF if member.role in ("qa_team", "practice_manager")]
                      + [head])
    changes = {
        "auditor": lead, "sections": sections, "grade": overall, "urgent_question": True,
        "urgent_concern": plan == "urgent",
        "urgent_concern_detail": rng.choice(URGENT) if plan == "urgent" else None,
        "strengths": recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), count),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), count),
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "No. of cases sampled", str(count), count),
                ToolField("sampled_case_ids", "", None, references)),
        "moderated_kind": True,
    }
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    no_actions = rng.random() < 0.15
    if no_actions:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(
            SampleAction(text, rng.choice((head, rng.choice(OWNERS))), action.due)
            for text, action in zip(rng.sample(RECOMMENDATIONS, len(sample.actions)), sample.actions))
    moderation = None
    if plan in ("comments", "change", "agree"):
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        moderated = {"agree": overall, "change": _neighbour(rng, overall)}.get(plan)
        moderation = Moderation(head, signed, tuple(rng.sample(SIGN_OFF, rng.randint(1, 2))), {}, moderated)
        changes["moderation"] = moderation
    sample = replace(sample, **changes)

    def day(value: date):
        return value if excel_dates else when(value)

    fmt = "dd/mm/yyyy" if excel_dates else None
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    words = rng.choice(DROPDOWN_WORDS)
    workbook = Workbook()
    summary_ws = workbook.active
    summary_ws.title = rng.choice(("Summary", "Dip sample summary", "Return"))
    split = rng.random() < 0.6
    lists_ws = None
    if grading == 0 or rng.random() < 0.5:
        lists_ws = workbook.create_sheet("Lists")
        for row, grade in enumerate(GRADES4, start=1):
            lists_ws.cell(row=row, column=1, value=words[grade])
        for row, answer in enumerate(YES_NO, start=1):
            lists_ws.cell(row=row, column=2, value=answer)
        lists_ws.sheet_state = "hidden"

    def dropdown(ws, ref: str, choices: tuple[str, ...], column: str) -> None:
        if lists_ws is not None:
            formula = f"=Lists!${column}$1:${column}${len(choices)}"
        else:
            formula = '"' + ",".join(choices) + '"'
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        ws.add_data_validation(validation)
        validation.add(ref)

    last = 6
    sheet = _Sheet(summary_ws, brand, font)
    for column, width in zip("ABCDEF", (34, 18, 18, 18, 18, 30)):
        summary_ws.column_dimensions[column].width = width
    title = rng.choice(TITLES)
    sheet.line(council_line(rng), last, bold=True, colour=brand)
    sheet.band(title, last, size=13)
    sheet.line(rng.choice(("OFFICIAL – SENSITIVE", "Quality Assurance & Practice Improvement", "")), last,
               italic=True)
    sheet.row += 1

    # The details.
    refs_text = ", ".join(references)
    detail_rows = [("Theme of dip sample", theme), ("Lead auditor", lead),
                   ("Date of audit", day(sample.date)), ("No. of cases sampled", count)]
    if show_service:
        detail_rows.insert(2, (rng.choice(("Service area", "Service")), sample.service))
    if not split:
        detail_rows.append(("Case numbers sampled", refs_text))
    if details == 0:
        for label, value in detail_rows:
            sheet.pair(label, value, last, number_format=fmt if isinstance(value, date) else None)
    elif details == 1:
        sheet.band("1. About this dip sample", last)
        for column, (label, value) in enumerate(detail_rows[:5], start=1):
            sheet.cell(sheet.row, column, label, bold=True, fill="DDEBF7")
            sheet.cell(sheet.row + 1, column, value, number_format=fmt if isinstance(value, date) else None)
        sheet.row += 2
        for label, value in detail_rows[5:]:
            sheet.pair(label, value, last)
    else:
        sheet.band("Audit details", last)
        for label, value in detail_rows:
            text = value if isinstance(value, (str, int)) else None
            if text is None:
                sheet.pair(label + ":", value, last, number_format=fmt)
            else:
                sheet.line(f"{label}: {value}", last)
    sheet.row += 1

    # The areas across the sample.
    sheet.band(rng.choice(("2. Findings across the sample", "Ratings across the sample", "Areas of practice")),
               last)
    if grading == 2:
        sheet.line("Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate", last, italic=True)
    columns = ("Outstanding", "Good", "Requires improvement", "Inadequate")
    if grading == 3:
        sheet.cell(sheet.row, 1, "Area", bold=True, fill="D9D9D9")
        for column, text in enumerate(columns, start=2):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 6, "Evidence / comment", bold=True, fill="D9D9D9")
    else:
        for column, text in enumerate(("Area", "Rating", "Evidence / comment"), start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        summary_ws.merge_cells(start_row=sheet.row, start_column=3, end_row=sheet.row, end_column=last)
    sheet.row += 1
    mark = rng.choice(("X", "x", "\u2713", ""))
    rows_of_grades = []
    for area, grade in zip(areas, grades):
        note = rng.choice(("", "see case findings", "mixed picture", "consistent across cases", ""))
        sheet.cell(sheet.row, 1, area, bold=True)
        if grading == 3:
            for column, option in enumerate(GRADES4, start=2):
                chosen = option == grade
                sheet.cell(sheet.row, column, mark if chosen and mark else None, bold=True,
                           fill="A6A6A6" if chosen and not mark else None)
            sheet.cell(sheet.row, 6, note)
        else:
            value = {0: words[grade], 1: informal_grade(rng, grade, note_chance=0.2), 2: SCORE[grade]}[grading]
            sheet.cell(sheet.row, 2, value, bold=True)
            rows_of_grades.append(sheet.row)
            sheet.cell(sheet.row, 3, note)
            summary_ws.merge_cells(start_row=sheet.row, start_column=3, end_row=sheet.row, end_column=last)
        sheet.row += 1
    if grading == 0 and rows_of_grades:
        dropdown(summary_ws, f"B{rows_of_grades[0]}:B{rows_of_grades[-1]}",
                 tuple(words[grade] for grade in GRADES4), "A")
    overall_text = {0: words[overall], 1: informal_grade(rng, overall), 2: f"{SCORE[overall]} – {words[overall]}",
                    3: words[overall]}[grading]
    row = sheet.pair(rng.choice(("Overall rating of the sample", "OVERALL RATING", "Overall judgement")),
                     overall_text, last, bold=True)
    if grading == 0:
        dropdown(summary_ws, f"B{row}", tuple(words[grade] for grade in GRADES4), "A")
    sheet.row += 1

    # What the sample found.
    sheet.band(rng.choice(("What is working well?", "Strengths")), last)
    for text in sample.strengths:
        sheet.line(f"\u2022 {text}", last)
    sheet.band(rng.choice(("What needs to improve?", "Areas for development")), last)
    for text in sample.development_areas:
        sheet.line(f"\u2022 {text}", last)
    sheet.row += 1
    question = rng.choice(("Were any cases escalated for immediate action?",
                           "Any child found at risk of significant harm needing immediate action?"))
    row = sheet.pair(question, "Yes" if sample.urgent_concern else "No", last, bold=True)
    dropdown(summary_ws, f"B{row}", YES_NO, "B")
    if sample.urgent_concern:
        sheet.pair("Details", sample.urgent_concern_detail, last)
    sheet.row += 1

    # Recommendations.
    sheet.band(rng.choice(("Recommendations / actions", "Actions arising", "3. Recommendations")), last)
    style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.line(rng.choice(("No further actions – learning shared at team meetings.",
                               "No actions identified from this sample.")), last, italic=True)
    elif style == "table":
        for column, text in zip((1, 2, 4, 5), ("Action", "Owner", "By when", "Progress")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.cell(sheet.row, 2, action.owner)
            sheet.cell(sheet.row, 4, day(action.due), number_format=fmt)
            sheet.cell(sheet.row, 5, None)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", last)
    sheet.row += 1

    # Sign-off.
    sheet.band(rng.choice(("Head of Service sign-off", "Sign off (Head of Service)", "HoS comments & sign-off")),
               last)
    if moderation:
        sheet.pair("Name", moderation.moderator, last, colour=ink)
        sheet.pair("Date", day(moderation.date), last, colour=ink, number_format=fmt)
        if moderation.grade:
            agree = moderation.grade == overall
            row = sheet.pair("Agree with overall rating?", "Yes" if agree else "No", last, colour=ink)
            dropdown(summary_ws, f"B{row}", YES_NO, "B")
            if not agree:
                sheet.pair("Rating following sign-off", informal_grade(rng, moderation.grade), last, colour=ink,
                           bold=True)
        sheet.pair("Comments", " ".join(moderation.comments), last, colour=ink)
    else:
        sheet.pair("Name", None, last)
        sheet.pair("Date", None, last)
        sheet.pair("Comments", rng.choice(("", "Awaiting sign-off", "")) or None, last, italic=True)

    # The case-by-case findings.
    cases_ws = summary_ws
    if split:
        cases_ws = workbook.create_sheet(rng.choice(("Case findings", "Cases sampled")), 1)
        cases = _Sheet(cases_ws, brand, font)
        cases.band(f"Cases sampled – {theme}", 6)
    else:
        cases = sheet
        cases.row += 1
        cases.band("Cases sampled", last)
    headings = ("No.", "Case number", "Plan", "Team", "Key finding", "Case rating")
    for column, text in enumerate(headings, start=1):
        cases.cell(cases.row, column, text, bold=True, fill="D9D9D9")
    cases.row += 1
    first = cases.row
    rated = rng.random() < 0.5
    teams = sorted({member.team for member in STAFF if member.role == "practitioner"})
    for number, reference in enumerate(references, start=1):
        cases.cell(cases.row, 1, number)
        cases.cell(cases.row, 2, reference)
        cases.cell(cases.row, 3, rng.choice(PLAN_TYPES))
        cases.cell(cases.row, 4, rng.choice(teams))
        cases.cell(cases.row, 5, rng.choice(CASE_NOTES))
        cases.cell(cases.row, 6, words[rng.choice(grades)] if rated else None)
        cases.row += 1
    if rated:
        dropdown(cases_ws, f"F{first}:F{cases.row - 1}", tuple(words[grade] for grade in GRADES4), "A")
    if split:
        for column, width in zip("ABCDEF", (6, 16, 8, 26, 40, 22)):
            cases_ws.column_dimensions[column].width = width

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")

