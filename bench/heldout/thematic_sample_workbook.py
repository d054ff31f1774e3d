"""Thematic dip sample kept as an Excel workbook: one theme (domestic
abuse, neglect, exploitation, the voice of the child ...) audited across a
handful of children's cases. A "Summary" sheet carries the theme, the
lead auditor and the service, the date, how many cases were sampled and
their references, the areas of practice graded across the whole sample,
the overall grade, what is working well and what needs to improve, an
urgent-concern question (was any child found at risk needing action
today), the recommendations with owner and date, and the Head of
Service's sign-off; a "Case findings" sheet lists the cases one to a row
with short yes / partly / no answers from drop-downs (no names).

Modelled, loosely, on what is published about the London Borough of
Hounslow's children's services: Ofsted's 2019 inspection (as summarised by
Willis Palmer, "Hounslow has improved children's services") says its
senior leaders combine learning from inspections and peer reviews with
their own monitoring arrangements, and the 2017 joint targeted area
inspection of the response to domestic abuse (CYP Now) names the themes
such a dip sample follows (strategy discussions, information sharing,
the child's experience). Neither shows an audit form, so the workbook is
our own judgement: the details as label / value rows, as a strip of
shaded labels over their values, or two pairs to a row; each area's grade
chosen from a drop-down, typed informally, scored on a printed 1-4 key,
or marked under four grade columns; dates typed in several spellings or
kept as Excel dates; case references plain or prefixed, listed in one
cell or down the findings sheet; recommendations as a table, numbered
lines, or a sentence saying there are none; the sign-off typed in the
Head of Service's colour on the summary or on a sheet of its own.
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

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import stable_zip
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
)

FAMILY = "thematic_sample_workbook"
SEED = 9794

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
THEMES = (
    "Children living with domestic abuse",
    "Neglect – use of the neglect toolkit",
    "Child exploitation (CCE / CSE) and missing episodes",
    "Voice and lived experience of the child",
    "Pre-birth assessments",
    "Children subject to a second or subsequent CP plan",
)
# Areas graded across the sample; each form takes four or five of them.
AREAS = (
    "Recognition of the theme at the front door",
    "Quality of assessment (risk and need)",
    "Voice and lived experience of the child",
    "Multi-agency working and information sharing",
    "Planning and impact for the child",
    "Management oversight and supervision",
    "Recording and chronology",
)
AREA_COMMENTS = {
    OUTSTANDING: ("Consistently strong across every case sampled.", "Exemplary in all cases; share as good practice."),
    GOOD: ("Evident in most cases; a few gaps.", "Good in the majority of the sample."),
    REQUIRES_IMPROVEMENT: ("Inconsistent – seen in about half the cases.", "Present but not analysed well enough."),
    INADEQUATE: ("Missing in most cases sampled.", "Not evident; children left without a clear plan."),
}
STRENGTHS = (
    "Workers knew the children well and visits were purposeful.",
    "Strategy discussions were held promptly where risk escalated.",
    "Police and school information was gathered before the assessment was completed.",
    "Direct work tools were used and the child's words recorded.",
    "Safety plans were shared with the non-abusing parent.",
)
DEVELOPMENT = (
    "Chronologies were out of date in several cases.",
    "Plans did not say what would be different for the child.",
    "Supervision records rarely showed reflection on the theme.",
    "Health colleagues were not routinely invited to strategy discussions.",
    "Fathers and partners were not assessed.",
)
RECOMMENDATIONS = (
    "Theme to be covered at the next practice development session for all CP and CIN teams.",
    "Team managers to check chronologies are current in every supervision.",
    "Re-sample six cases on the same theme in three months.",
    "Refresh the guidance on inviting health to strategy discussions.",
    "Add a prompt on the voice of the child to the supervision template.",
)
OWNERS = ("Head of Service", "Team managers", "QA Team", "Principal Social Worker", "Service Manager, CP")
SIGN_OFF = (
    "Findings discussed at the QA meeting; I agree the recommendations.",
    "Actions to be tracked through the service improvement plan.",
    "Good piece of work. Please share with the team managers.",
    "I have looked at two of the cases myself.",
)
CHANGE_NOTE = "Having read the case findings I would place the overall judgement at {grade}."
URGENT = (
    "One child in the sample (see row {n} of Case findings) had no visit for 9 weeks; "
    "raised with the team manager the same day and a visit was made.",
    "Case {n} on the findings sheet: new disclosure not acted on. Escalated to the Head of Service "
    "and strategy discussion held the same day.",
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
         INADEQUATE: "Inadequate"}
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
COLUMN_HEADS = (("Outstanding", "Good", "RI", "Inadequate"), ("O", "G", "RI", "I"))
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
NO_ACTIONS = ("No recommendations – the existing service plan already covers the findings.",
              "None at this stage.")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    roles = (["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["confirm"] * 2
             + ["plain"] * max(0, count - 9))[:count]
    rng.shuffle(roles)
    return [_form(rng, index, sample, today, role) for index, (sample, role) in enumerate(zip(samples, roles))]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    options = [GRADE_ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(GRADE_ORDER)]
    return rng.choice(options)


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate((30, 18, 18, 18, 18, 30, 9, 9, 9, 9), start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def cell(self, row, column, value, *, bold=False, colour=None, fill=None, italic=False, size=10,
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

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, last=6):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def wide(self, text, *, height=None, colour=None, italic=False, bold=False, last=6, border=True):
        self.cell(self.row, 1, text, colour=colour, italic=italic, bold=bold, border=border)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date, role: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))
    grading = rng.choice(("dropdown", "typed", "score", "columns"))
    details_style = rng.choice(("rows", "strip", "pairs"))
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    sign_sheet = rng.random() < 0.35

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # Who: a QA team member leads the sample; the Head of Service signs it off.
    head = sample.auditor
    lead = rng.choice([member for member in STAFF if member.role == "qa_team"]).name
    theme = rng.choice(THEMES)
    own = {field.key: field for field in sample.own}
    case_ids = (list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own
                else [f"{rng.randint(1000000, 9999999)}" for _ in range(own["cases_sampled"].expected)])
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]
    refs_in_cell = rng.random() < 0.4  # the references also typed in one cell on the summary

    areas = rng.sample(AREAS, rng.randint(4, 5))
    grades = [rng.choice((GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, OUTSTANDING, INADEQUATE))
              for _ in areas]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), -GRADE_ORDER.index(grade)))
    sections = tuple(Section(area, grade, rng.choice(AREA_COMMENTS[grade])) for area, grade in zip(areas, grades))
    no_actions = rng.random() < 0.2
    actions = () if no_actions else tuple(
        SampleAction(text, rng.choice(OWNERS), action.due)
        for text, action in zip(rng.sample(RECOMMENDATIONS, len(sample.actions)), sample.actions))
    moderation = None
    signed_on = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
    if role == "confirm":
        moderation = Moderation(head, signed_on, (rng.choice(SIGN_OFF),), grade=overall)
    elif role == "change":
        new = _neighbour(rng, overall)
        moderation = Moderation(head, signed_on, (CHANGE_NOTE.format(grade=WORDS[new].lower()),), grade=new)
    elif role == "comments":
        moderation = Moderation(head, signed_on, tuple(rng.sample(SIGN_OFF, 2)))
    urgent = role == "urgent"
    changes = {
        "auditor": lead,
        "grade": overall,
        "sections": sections,
        "strengths": tuple(rng.sample(STRENGTHS, len(sample.strengths))),
        "development_areas": tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))),
        "actions": actions,
        "moderation": moderation,
        "urgent_question": True,
        "urgent_concern": urgent,
        "urgent_concern_detail": rng.choice(URGENT).format(n=rng.randint(1, len(references))) if urgent else None,
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "Number of cases sampled", str(len(references)), len(references)),
                ToolField("sampled_case_ids", "Case references", ", ".join(references), references)),
    }
    sample = replace(sample, **changes)

    workbook = Workbook()
    summary_ws = workbook.active
    summary_ws.title = rng.choice(("Summary", "1. Summary", "Audit summary"))
    findings_ws = workbook.create_sheet(rng.choice(("Case findings", "2. Cases", "Case by case")))
    sign_ws = workbook.create_sheet("Sign-off") if sign_sheet else summary_ws
    s = _Sheet(summary_ws, font, brand)
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(("Thematic Dip Sample – Summary of Findings", "THEMATIC AUDIT WORKBOOK",
                        "Themed Case Audit (Dip Sample)", "Dip sample audit – thematic"))
    s.cell(1, 1, council_line(rng), bold=True, colour=brand, border=False)
    s.merge(1, 1, 6)
    s.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
    s.merge(2, 1, 6)
    s.row = 3
    s.wide(rng.choice(("OFFICIAL – SENSITIVE", "Complete the shaded cells; use the drop-downs where offered.",
                       "Return to the QA inbox within 10 working days of the dip sample.")), italic=True,
           border=False)
    s.row += 1

    date_value, date_fmt = day(sample.date)
    lead_value = rng.choice((lead, f"{lead} (QA Team)", f"{lead}, Quality Assurance Officer"))
    details = [
        (rng.choice(("Theme", "Audit theme", "Theme of dip sample")), theme, None),
        (rng.choice(("Lead auditor", "Audit lead", "Completed by")), lead_value, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Date of audit", "Date completed", "Audit date")), date_value, date_fmt),
        (rng.choice(("Number of cases sampled", "No. of cases", "Cases audited (n)")), len(references), None),
    ]
    if refs_in_cell:
        details.append((rng.choice(("Case references", "Cases sampled (IDs)")), ", ".join(references), None))
    if details_style == "rows":
        for text, value, fmt in details:
            s.cell(s.row, 1, text, bold=True, fill="F2F2F2")
            s.cell(s.row, 2, value, number_format=fmt, fill="FFF2CC")
            s.merge(s.row, 2, 6)
            s.row += 1
    elif details_style == "strip":
        for start in range(0, len(details), 3):
            for position, (text, value, fmt) in enumerate(details[start:start + 3]):
                column = 1 + 2 * position
                s.cell(s.row, column, text, bold=True, fill="D9E1F2")
                s.merge(s.row, column, column + 1)
                s.cell(s.row + 1, column, value, number_format=fmt, fill="FFF2CC")
                s.merge(s.row + 1, column, column + 1)
            s.row += 2
    else:
        for start in range(0, len(details), 2):
            for position, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + 3 * position
                s.cell(s.row, column, text, bold=True, fill="F2F2F2")
                s.cell(s.row, column + 1, value, number_format=fmt, fill="FFF2CC")
                s.merge(s.row, column + 1, column + 2)
            s.row += 1
    s.row += 1

    # Areas graded across the sample.
    last = 10 if grading == "columns" else 6
    s.band(rng.choice(("Findings across the sample", "Judgements by area of practice", "AREAS AUDITED")), last)
    if grading == "score":
        s.wide("Key: 4 = Outstanding, 3 = Good, 2 = Requires improvement, 1 = Inadequate", italic=True, bold=True)
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(("X", "\u2713", "x", ""))
    s.cell(s.row, 1, "Area of practice", bold=True, fill="D9E1F2")
    s.cell(s.row, 2, "Judgement" if grading != "columns" else "Comment", bold=True, fill="D9E1F2")
    if grading == "columns":
        s.merge(s.row, 2, 6)
        for column, text in zip(range(7, 11), heads):
            s.cell(s.row, column, text, bold=True, fill="D9E1F2")
    else:
        s.cell(s.row, 3, "Comment", bold=True, fill="D9E1F2")
        s.merge(s.row, 3, 6)
    s.row += 1

    def grade_cells(row: int, grade: str, comment: str, *, bold: bool = False) -> None:
        if grading == "columns":
            s.cell(row, 2, comment)
            s.merge(row, 2, 6)
            for column, option in zip(range(7, 11), GRADE_ORDER):
                if option == grade:
                    if mark:
                        s.cell(row, column, mark, bold=True)
                    else:
                        s.cell(row, column, None, fill=FILLS[grade])
                else:
                    s.cell(row, column, None)
            return
        if grading == "dropdown":
            target = s.cell(row, 2, WORDS[grade], bold=bold, fill="FFF2CC")
            dropdown(summary_ws, target.coordinate, tuple(WORDS[g] for g in GRADE_ORDER))
        elif grading == "score":
            s.cell(row, 2, SCORES[grade], bold=bold, fill="FFF2CC")
        else:
            s.cell(row, 2, informal_grade(rng, grade), bold=bold)
        s.cell(row, 3, comment)
        s.merge(row, 3, 6)

    for section in sample.sections:
        s.cell(s.row, 1, section.name, bold=True)
        grade_cells(s.row, section.grade, section.comment)
        s.ws.row_dimensions[s.row].height = 28
        s.row += 1
    s.cell(s.row, 1, rng.choice(("Overall judgement", "OVERALL GRADE for the sample", "Overall")), bold=True,
           fill="E2EFDA")
    grade_cells(s.row, sample.grade, rng.choice(("", "Based on the areas above.", "See findings.")), bold=True)
    s.row += 2

    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well", "Strengths", "What's working well?")),
                            sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        s.band(heading)
        for item in items:
            s.wide(f"{bullet}{item}", height=18)
        s.row += 1

    s.band(rng.choice(("Immediate safeguarding", "Urgent concerns", "Any child at risk?")))
    question = rng.choice(("Was any child in the sample found to be at risk of significant harm needing action today?",
                           "Urgent concern identified during the dip sample?"))
    s.cell(s.row, 1, question, bold=True, fill="FCE4D6")
    s.merge(s.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "NO", "No"))
    target = s.cell(s.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    s.merge(s.row, 5, 6)
    s.ws.row_dimensions[s.row].height = 30
    s.row += 1
    s.cell(s.row, 1, "If yes, what was done", bold=True, fill="FCE4D6")
    s.cell(s.row, 2, sample.urgent_concern_detail or "")
    s.merge(s.row, 2, 6)
    s.row += 2

    s.band(rng.choice(("Recommendations", "Actions arising", "Recommendations / actions – who and by when")))
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        s.wide(rng.choice(NO_ACTIONS))
    elif action_style == "table":
        for column, text in zip((1, 4, 5), ("Recommendation", "Owner", "By when")):
            s.cell(s.row, column, text, bold=True, fill="D9E1F2")
        s.merge(s.row, 1, 3)
        s.cell(s.row, 6, "Update", bold=True, fill="D9E1F2")
        s.row += 1
        for action in sample.actions:
            s.cell(s.row, 1, action.action)
            s.merge(s.row, 1, 3)
            s.cell(s.row, 4, action.owner)
            value, fmt = day(action.due)
            s.cell(s.row, 5, value, number_format=fmt)
            s.cell(s.row, 6, "")
            s.ws.row_dimensions[s.row].height = 30
            s.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            s.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    s.row += 1

    # Head of Service sign-off.
    g = s if sign_ws is summary_ws else _Sheet(sign_ws, font, brand)
    if g is not s:
        g.cell(1, 1, title, bold=True, colour=brand, size=12, border=False)
        g.merge(1, 1, 6)
        g.row = 3
    g.band(rng.choice(("Head of Service sign-off", "Sign-off and moderation (Head of Service)", "SIGN OFF")))
    labels = (rng.choice(("Head of Service", "Signed off by")), rng.choice(("Date", "Date signed off")),
              "Agree with overall judgement?", rng.choice(("Moderated judgement", "HoS judgement")),
              rng.choice(("Comments", "Head of Service comments")))
    if moderation:
        signed_value, signed_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = WORDS[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, signed_value, agree, grade_text, "\n".join(moderation.comments))
        formats = (None, signed_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(("", "Awaiting sign-off", "")))
        formats = (None,) * 5
    for text, value, fmt in zip(labels, values, formats):
        g.cell(g.row, 1, text, bold=True, fill="F2F2F2")
        g.cell(g.row, 2, value, number_format=fmt, colour=ink if moderation else None, bold=text == labels[3])
        g.merge(g.row, 2, 6)
        if text == labels[2]:
            dropdown(sign_ws, f"B{g.row}", ("Yes", "No"))
        if text == labels[4]:
            g.ws.row_dimensions[g.row].height = 45
        g.row += 1

    # Case findings: one row per case, no names.
    f = _Sheet(findings_ws, font, brand)
    f.cell(1, 1, f"{theme} – case findings", bold=True, colour=brand, size=12, border=False)
    f.merge(1, 1, 6)
    f.row = 3
    questions = rng.choice((("Theme identified?", "Child seen alone?", "Plan addresses theme?", "Manager oversight?"),
                            ("Risk recognised", "Child's voice recorded", "Partners involved", "Supervision on file")))
    f.cell(f.row, 1, rng.choice(("Case reference", "Case ID", "Mosaic ID")), bold=True, fill="D9E1F2")
    for column, text in enumerate(questions, start=2):
        f.cell(f.row, column, text, bold=True, fill="D9E1F2")
    f.cell(f.row, 6, "Auditor's note", bold=True, fill="D9E1F2")
    f.row += 1
    notes = ("", "Chronology behind.", "Good direct work.", "No partner views.", "Plan generic.", "")
    for reference in references:
        f.cell(f.row, 1, reference)
        for column in range(2, 6):
            target = f.cell(f.row, column, rng.choice(("Yes", "Yes", "Partly", "No")), fill="FFF2CC")
            dropdown(findings_ws, target.coordinate, ("Yes", "Partly", "No"))
        f.cell(f.row, 6, rng.choice(notes))
        f.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
