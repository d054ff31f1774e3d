"""Thematic review workbook: a children's services dip sample of several
children's cases on one theme, kept in Excel by the council's quality
assurance team. About the review (the theme, why it was chosen, the lead
reviewer, the date, the period of practice looked at, the service, how
many cases were sampled), the cases sampled one to a row (a case system
reference, with or without a prefix, the child's legal status and the
reviewer's one-line note, never a name), five practice areas graded across
the whole sample with the evidence for each, an overall grade, what is
working well and what needs to improve, whether any child needed
immediate safeguarding action, the recommendations with an owner and a
target date, and the Head of Service's sign-off.

Modelled on Reading Borough Council's children's services as the
council's Adult Social Care, Children's Services and Education Committee
heard them (its response to the Joint Targeted Area Inspection of the
multi-agency response to unborn children and children aged 0 to 7 who are
victims of domestic abuse, 2025: strengths and areas for improvement, a
Priority Action on information-sharing and decision-making, single and
multi-agency action plans "implemented at pace", strategy meeting
timeliness, safety planning, and data used to understand the prevalence
of domestic abuse). The minutes describe the themes and the follow-up, not
a form, so the workbook is our own judgement of what a QA team's dip
sample on such a theme looks like: the review details as label / value
rows, as a two-pair grid, or as a strip of headings over one row of
values; the sample on the same sheet or a sheet of its own; each area's
grade picked from a drop-down, typed informally, scored 1 to 4 against a
key printed on the sheet, or marked under four grade columns; dates typed
in several spellings or kept as Excel dates; recommendations as a table,
as numbered lines, or a sentence saying none were needed; and the Head of
Service's sign-off typed in a colour of their own, in a shaded box, or
left awaiting.
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
    recount,
)

FAMILY = "thematic_review_workbook"
SEED = 9244
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The QA team's themes, each with why it was chosen.
THEMES = (
    ("Domestic abuse – children aged 0 to 7",
     "Follow-up to the joint inspection: are young children living with domestic abuse seen, heard and safety "
     "planned for?"),
    ("Strategy meetings – timeliness and information sharing",
     "Priority action: are strategy meetings held promptly, with police and health, and are decisions recorded?"),
    ("Unborn babies – pre-birth assessment and planning",
     "Are pre-birth assessments started early enough for a plan to be in place before the baby is born?"),
    ("Safety planning where there is domestic abuse",
     "Do safety plans say who does what, and does the family understand them?"),
    ("Neglect – use of the neglect toolkit",
     "Is the neglect toolkit used to evidence the child's daily experience and measure change?"),
    ("Child exploitation – contextual safeguarding",
     "Are risks outside the home assessed and planned for with partners?"),
)
# The five practice areas graded across the sample, in the workbook's order.
AREAS = (
    ("Front door response", "Was the contact or referral screened and progressed in time, with the right "
                            "agencies consulted?"),
    ("Assessment of risk and need", "Does the assessment analyse the impact on the child, including history and "
                                    "the adults' behaviour?"),
    ("Voice and lived experience of the child", "Were the children seen, and is what life is like for them "
                                                "recorded?"),
    ("Planning and multi-agency working", "Is there a SMART plan shared with partners and reviewed on time?"),
    ("Management oversight", "Is there clear, recorded management direction and challenge?"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Consistently strong across the sample; the children's records tell their story clearly.",
                  "Every case showed timely, well-evidenced work with partners."),
    GOOD: ("Sound in most cases sampled; minor gaps in recording.", "Timely in most cases; partners consulted.",
           "Good overall – one case where the history was not used."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: strong in some cases, missing in others.",
                           "Delays in a minority of cases; partners not always included.",
                           "Recording is behind and analysis is thin in places."),
    INADEQUATE: ("Not evident in most of the cases sampled.", "Significant gaps – see the case notes.",
                 "Children's experiences are largely absent from the records."),
}
STATUSES = ("CIN", "CP", "CLA", "Early Help", "Assessment", "CP (pre-birth)", "CIN – step down")
CASE_NOTES = ("Strategy meeting held next day", "No safety plan on file", "Father not spoken to",
              "Child seen alone x2", "Good use of chronology", "Health not at strategy", "Plan not reviewed",
              "Clear SW direction on file", "Police info shared late", "Genogram missing", "")
STRENGTHS = (
    "In 5 of the 8 cases sampled the children were seen within timescale and seen alone where old enough.",
    "Social workers know the children well and write about their day-to-day lives with care.",
    "Strategy meetings, when held, were well attended and decisions were recorded clearly.",
    "Chronologies were up to date and used in the assessment.",
    "Good use of direct work tools with younger children.",
    "Partners (schools and health visitors) shared information quickly when asked.",
)
DEVELOPMENT = (
    "In 3 of the 8 cases sampled there was no safety plan, or it had not been shared with the non-abusing parent.",
    "Fathers and other men in the household are not routinely assessed.",
    "Management oversight records decisions but not the reasons for them.",
    "Plans are not SMART; outcomes do not say what will be different for the child.",
    "Information from police was not always received before the strategy meeting.",
)
RECOMMENDATIONS = (
    "Practice guidance on safety planning to be re-issued and discussed at every team meeting.",
    "Team managers to check that all adults in the household are assessed when authorising assessments.",
    "Re-sample the theme in six months to test whether practice has changed.",
    "Findings to be shared at the practice learning forum and with the partnership's QA subgroup.",
    "Service managers to audit strategy meeting timeliness monthly and report to DMT.",
    "Workshop for practice managers on recording the reasons for management decisions.",
)
NO_ACTIONS = ("No new recommendations – the existing service improvement plan covers the findings.",
              "None. Learning to be shared through the practice newsletter.",
              "No actions arising from this dip sample.")
SIGN_OFF_COMMENTS = (
    "Agree the findings. Please add the re-sample to the QA calendar.",
    "Read the case notes and the analysis; a fair picture of the sample.",
    "Findings to go to the next Children's Services DMT.",
    "Thank you – a clear and well-evidenced review.",
    "Ensure practice managers see the case-level feedback this week.",
)
URGENT_DETAILS = (
    "One child (case 3 in the sample) had no visit for nine weeks; raised with the practice manager the same day "
    "and a visit took place next day.",
    "Case 2: new domestic abuse notification not actioned; passed to the front door manager on the day of the "
    "review for a strategy discussion.",
)
AWAITING = ("Awaiting Head of Service sign-off", "", "To be signed off at QA meeting")
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                  INADEQUATE: "Inadequate"}
SCORE = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
COLUMN_HEADS = (("Outstanding", "Good", "RI", "Inadequate"), ("O", "G", "RI", "I"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
ROLES = {"qa_team": "QA Officer", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "practice_manager": "Practice Manager", "head_of_service": "Head of Service"}
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    # What each file shows: 2 urgent concerns, 2 sign-offs with comments only,
    # 3 changing the grade, 2 confirming it, the rest plain.
    plans = (["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["agree"] * 2
             + ["plain"] * (count - 9))[:count]
    rng.shuffle(plans)
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(pool, plans))]


def _member(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _neighbour(rng: random.Random, grade: str) -> str:
    at = GRADE_ORDER.index(grade)
    return GRADE_ORDER[rng.choice([i for i in (at - 1, at + 1) if 0 <= i < len(GRADE_ORDER)])]


def _area_grades(rng: random.Random, overall: str) -> list[str]:
    at = GRADE_ORDER.index(overall)
    grades = []
    for _ in AREAS:
        step = rng.choices((-1, 0, 1), weights=(2, 6, 2))[0]
        grades.append(GRADE_ORDER[min(3, max(0, at + step))])
    return grades


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
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

    def title(self, text, last=8):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=13, border=False)
        self.merge(self.row, 1, last)
        self.ws.row_dimensions[self.row].height = 22
        self.row += 1

    def band(self, text, last=8, fill=None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF" if not fill else None, fill=fill or self.brand,
                  size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def text(self, text, *, last=8, italic=False, bold=False, colour=None, fill=None, height=None):
        self.cell(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill=fill, border=fill is not None)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def skip(self, rows=1):
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    grading = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "columns"))
    overall_grading = grading if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    details_layout = rng.choice(("rows", "grid", "strip"))
    sample_sheet = rng.random() < 0.5
    actions_layout = rng.choice(("table", "table", "lines"))
    sign_off_style = rng.choice(("ink", "ink", "box"))
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))

    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else None
    if case_ids is None:
        # The sample did not list them; the review's own sheet always does.
        case_ids = [f"{rng.randint(1000000, 9999999)}" for _ in range(count)]
    prefix = rng.choice(("", "", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]
    if rng.random() < 0.6:
        theme, reason = rng.choice(THEMES)
    else:
        theme = own["theme"].expected
        reason = "Chosen from the service's practice priorities for the quarter."

    # The review's own areas, graded across the sample, and an overall grade.
    overall = rng.choices(GRADE_ORDER, weights=(1, 5, 5, 2))[0]
    area_grades = _area_grades(rng, overall)
    sections = tuple(Section(name, grade, rng.choice(AREA_COMMENTS[grade]))
                     for (name, _), grade in zip(AREAS, area_grades))

    head = sample.auditor  # the Head of Service who signs the review off
    lead_member = rng.choice([member for member in STAFF
                              if member.role in ("qa_team", "safeguarding_practice_manager", "practice_manager")])
    lead = lead_member.name
    changes = {
        "auditor": lead,
        "grade": overall,
        "sections": sections,
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "Number of cases sampled", str(count), count),
                ToolField("sampled_case_ids", "", None, references)),
        "strengths": recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), count),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), count),
        "urgent_question": True,
        "urgent_concern": plan == "urgent",
        "urgent_concern_detail": rng.choice(URGENT_DETAILS) if plan == "urgent" else None,
    }
    owners = (head, f"{head} (HoS)", "Practice Managers", "QA Team", lead, "Principal Social Worker")
    if rng.random() < 0.2:
        changes["actions"] = ()
    else:
        texts = rng.sample(RECOMMENDATIONS, len(sample.actions))
        changes["actions"] = tuple(SampleAction(text, rng.choice(owners), action.due)
                                   for text, action in zip(texts, sample.actions))
    moderation = None
    if plan in ("comments", "change", "agree"):
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        moderated = {"agree": overall, "change": _neighbour(rng, overall)}.get(plan)
        moderation = Moderation(head, signed, tuple(rng.sample(SIGN_OFF_COMMENTS, rng.randint(1, 2))),
                                grade=moderated)
    changes["moderation"] = moderation
    sample = replace(sample, **changes)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    main = workbook.active
    main.title = rng.choice(("Thematic review", "Dip sample", "Review"))
    for letter, width in zip("ABCDEFGH", (24, 18, 18, 18, 12, 12, 12, 12)):
        main.column_dimensions[letter].width = width
    sheet = _Sheet(main, font, brand)
    title = rng.choice(("Thematic Review – Dip Sample Record", "THEMATIC DIP SAMPLE", "Thematic Audit Workbook",
                        "Quality Assurance: Thematic Review"))
    sheet.title(council_line(rng))
    sheet.title(title)
    sheet.text(rng.choice(("OFFICIAL – SENSITIVE when complete. Do not include children's names.",
                           "Complete the yellow cells; pick grades from the drop-downs.",
                           "One workbook per theme. Return to the QA inbox when signed off.")), italic=True)
    sheet.skip()

    # --- about the review ---------------------------------------------------
    sheet.band(rng.choice(("1. About the review", "Review details", "SECTION A – DETAILS")))
    date_value, date_fmt = day(sample.date)
    first_month = (sample.date.replace(day=1) - timedelta(days=rng.choice((60, 90, 180)))).replace(day=1)
    lead_text = lead if rng.random() < 0.5 else f"{lead} ({ROLES.get(lead_member.role, '')})"
    details = [
        (rng.choice(("Theme", "Theme of review", "Review theme")), theme, None),
        (rng.choice(("Lead reviewer", "Lead auditor", "Review led by")), lead_text, None),
        (rng.choice(("Date of review", "Date completed", "Review date")), date_value, date_fmt),
        (rng.choice(("Service area", "Service")), sample.service, None),
        (rng.choice(("No. of cases sampled", "Number of cases", "Cases in sample")), count, None),
        (rng.choice(("Period reviewed", "Practice period")), f"{first_month:%B %Y} – {sample.date:%B %Y}", None),
    ]
    if details_layout == "rows":
        for label_text, value, number_format in details:
            sheet.cell(sheet.row, 1, label_text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 2, 8)
            sheet.skip()
        sheet.cell(sheet.row, 1, "Why this theme?", bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, reason)
        sheet.merge(sheet.row, 2, 8)
        main.row_dimensions[sheet.row].height = 30
        sheet.skip()
    elif details_layout == "grid":
        for start in range(0, len(details), 2):
            for offset, (label_text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label_text, bold=True, fill="DDEBF7")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.skip()
        sheet.text(f"Reason for review: {reason}", height=30)
    else:
        for position, (label_text, _, _) in enumerate(details):
            sheet.cell(sheet.row, 1 + position, label_text, bold=True, fill="DDEBF7")
        for position, (_, value, number_format) in enumerate(details):
            sheet.cell(sheet.row + 1, 1 + position, value, number_format=number_format, fill="FFF2CC")
        main.row_dimensions[sheet.row + 1].height = 45
        sheet.skip(2)
        sheet.text(reason, italic=True, height=30)
    sheet.skip()

    # --- the sample ---------------------------------------------------------
    if sample_sheet:
        cases_ws = workbook.create_sheet(rng.choice(("Cases sampled", "Sample", "Case list")))
        for letter, width in zip("ABCD", (6, 16, 16, 40)):
            cases_ws.column_dimensions[letter].width = width
        cases = _Sheet(cases_ws, font, brand)
        cases.title(f"{title} – cases sampled", last=4)
        cases.skip()
        last = 4
    else:
        cases = sheet
        last = 8
    cases.band(rng.choice(("2. Cases sampled", "The sample", "SECTION B – CASES IN THE SAMPLE")), last=last)
    heads = ("No.", rng.choice(("Case ref", "Mosaic ID", "Child ID", "LCS number")), "Status",
             rng.choice(("Note", "Key point", "Reviewer's note")))
    for column, text in enumerate(heads, start=1):
        cases.cell(cases.row, column, text, bold=True, fill="D9D9D9")
    if not sample_sheet:
        cases.merge(cases.row, 4, 8)
    cases.skip()
    for number, reference in enumerate(references, start=1):
        cases.cell(cases.row, 1, number)
        cases.cell(cases.row, 2, reference if not reference.isdigit() or reference.startswith("0") or rng.random() < 0.5
                   else int(reference))
        cases.cell(cases.row, 3, rng.choice(STATUSES))
        cases.cell(cases.row, 4, rng.choice(CASE_NOTES))
        if not sample_sheet:
            cases.merge(cases.row, 4, 8)
        cases.skip()
    sheet.skip()

    # --- the areas ----------------------------------------------------------
    sheet.band(rng.choice(("3. Practice areas – graded across the sample", "Findings by area",
                           "SECTION C – AREAS OF PRACTICE")))
    if grading == "score" or overall_grading == "score":
        sheet.text("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True)
    headings = rng.choice(COLUMN_HEADS)
    mark = rng.choice(("X", "\u2713", "x", ""))
    if grading == "columns":
        sheet.cell(sheet.row, 1, "Area", bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, "Evidence across the sample", bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 2, 4)
        for column, text in zip(range(5, 9), headings):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
    else:
        sheet.cell(sheet.row, 1, "Area", bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, "Evidence across the sample", bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 2, 6)
        sheet.cell(sheet.row, 7, "Grade" if grading != "score" else "Score (1–4)", bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 7, 8)
    sheet.skip()
    prompts = rng.random() < 0.5
    for (name, prompt), section in zip(AREAS, sample.sections):
        sheet.cell(sheet.row, 1, name if not prompts else f"{name}\n{prompt}", bold=True)
        sheet.cell(sheet.row, 2, section.comment)
        main.row_dimensions[sheet.row].height = 60 if prompts else 32
        _grade(sheet, grading, section.grade, headings, mark, rng, dropdown)
        sheet.skip()
    sheet.skip()
    overall_columns = overall_grading == "columns"
    if overall_columns and grading != "columns":
        for column, text in zip(range(5, 9), headings):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        sheet.skip()
    sheet.cell(sheet.row, 1, rng.choice(("Overall grade for the sample", "OVERALL GRADE", "Overall judgement")),
               bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 4 if overall_columns else 6)
    _grade(sheet, overall_grading, sample.grade, headings, mark, rng, dropdown, overall=True)
    sheet.skip(2)

    # --- what we found ------------------------------------------------------
    together = rng.random() < 0.4
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((rng.choice(("What is working well?", "What's working well", "Strengths")),
                            sample.strengths),
                           (rng.choice(("What needs to improve?", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        sheet.band(heading, fill="D9E1F2")
        if together:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), fill="FFFFFF",
                       height=18 * len(items) + 8)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", fill="FFFFFF", height=30)
        sheet.skip()

    # --- immediate safeguarding --------------------------------------------
    sheet.cell(sheet.row, 1, rng.choice((
        "Did the review find any child who needed immediate safeguarding action?",
        "Any immediate safeguarding concerns identified during the dip sample?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 6)
    answer = "Yes" if sample.urgent_concern else "No"
    target = sheet.cell(sheet.row, 7, answer, bold=True, fill="FFF2CC")
    dropdown(main, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 7, 8)
    main.row_dimensions[sheet.row].height = 30
    sheet.skip()
    if sample.urgent_concern or rng.random() < 0.5:
        sheet.cell(sheet.row, 1, "If yes, what was done", bold=True, fill="FCE4D6")
        sheet.cell(sheet.row, 2, sample.urgent_concern_detail or rng.choice(("", "N/A")))
        sheet.merge(sheet.row, 2, 8)
        main.row_dimensions[sheet.row].height = 32
        sheet.skip()
    sheet.skip()

    # --- recommendations ----------------------------------------------------
    sheet.band(rng.choice(("Recommendations / actions", "4. Recommendations", "ACTIONS – owner and target date")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS))
    elif actions_layout == "table":
        for column, text in zip((1, 5, 7, 8), rng.choice((("Recommendation", "Owner", "Target date", "RAG"),
                                                          ("Action", "Lead", "By when", "Done?")))):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 1, 4)
        sheet.merge(sheet.row, 5, 6)
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            sheet.merge(sheet.row, 5, 6)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.cell(sheet.row, 8, rng.choice(("", "", "Amber", "Not started")))
            main.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} Owner: {action.owner}. By {when(action.due)}.", height=30)
    sheet.skip()

    # --- sign-off -----------------------------------------------------------
    sheet.band(rng.choice(("Head of Service sign-off", "5. Sign-off (Head of Service)", "HoS SIGN OFF")))
    box_fill = "EDEDED" if sign_off_style == "box" else None
    colour = ink if sign_off_style == "ink" else None
    rows = [(rng.choice(("Signed off by", "Head of Service")), moderation.moderator if moderation else ""),
            (rng.choice(("Date", "Date signed off")), day(moderation.date) if moderation else ""),
            ("Do you agree with the overall grade?",
             ("" if not moderation or not moderation.grade else
              "Yes" if moderation.grade == overall else "No")),
            (rng.choice(("Grade after sign-off", "Moderated grade", "HoS grade")),
             informal_grade(rng, moderation.grade) if moderation and moderation.grade else ""),
            (rng.choice(("Comments", "HoS comments")),
             "\n".join(moderation.comments) if moderation else rng.choice(AWAITING))]
    for label_text, value in rows:
        number_format = None
        if isinstance(value, tuple):
            value, number_format = value
        sheet.cell(sheet.row, 1, label_text, bold=True, fill="F2F2F2")
        target = sheet.cell(sheet.row, 2, value, colour=colour if moderation else None, fill=box_fill,
                            number_format=number_format, italic=not moderation)
        sheet.merge(sheet.row, 2, 8)
        if label_text == "Do you agree with the overall grade?":
            dropdown(main, target.coordinate, ("Yes", "No"))
        if label_text in ("Comments", "HoS comments"):
            main.row_dimensions[sheet.row].height = 40
        sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")


def _grade(sheet: _Sheet, style: str, grade: str, headings, mark: str, rng: random.Random, dropdown, *,
           overall: bool = False) -> None:
    """The grade on the current row: four columns E:H with a mark, or one
    value in G:H (a drop-down word, a typed grade or a score on the key)."""
    if style == "columns":
        if not overall:
            sheet.merge(sheet.row, 2, 4)
        for column, option in zip(range(5, 9), GRADE_ORDER):
            if option == grade:
                if mark:
                    sheet.cell(sheet.row, column, mark, bold=True)
                else:
                    sheet.cell(sheet.row, column, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(sheet.row, column, None)
        return
    if not overall:
        sheet.merge(sheet.row, 2, 6)
    if style == "dropdown":
        target = sheet.cell(sheet.row, 7, DROPDOWN_WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(sheet.ws, target.coordinate, tuple(DROPDOWN_WORDS[g] for g in GRADE_ORDER))
    elif style == "score":
        sheet.cell(sheet.row, 7, SCORE[grade] if rng.random() < 0.6 else f"{SCORE[grade]} - {DROPDOWN_WORDS[grade]}",
                   bold=True, fill="FFF2CC")
    else:
        sheet.cell(sheet.row, 7, informal_grade(rng, grade, note_chance=0.25), bold=True)
    sheet.merge(sheet.row, 7, 8)
