"""An Early Help manager's quality review of one family's Team Around the
Child (Team Around the Family) plan, kept as an Excel workbook: the
family's Early Help reference, the child, the other children in the
household and the parents, the Lead Worker, their team and service, who
reviewed the plan and when; a log of the TAC meetings held (when, who came,
whether the child's views were brought, whether the plan was updated);
five parts of the plan each judged with a grade; the overall judgement;
what is working well and what would make it even better; what the child
and family said; a same-day safeguarding question; the actions; and the
Head of Service's moderation.

Modelled on the Government of Jersey's "Jersey's Children First – Guidance
for practitioners" (gov.je, Caring / Jersey's Children First). As read,
the page lists the guidance in four sections: the foundations of the
approach; putting it into practice (the Five Questions, wellbeing
indicators, knowing the child, the My World Triangle, chronologies);
"Working together as a team around the child" (the role and main tasks of
the Lead Worker, identifying the Lead Worker, change of Lead Worker,
Outcomes Based Accountability); and tools and templates, among them a
"Team Around The Child Planning Checklist", a "Team Around the Child
Member's View for Meeting Template", a "Child and Family Plan (Early
Help) Template", a "Child and Family Review Template", "A Day in My Life
Tool" and a "Child and Family Participation Toolkit". It says that in a
safeguarding concern the police or social workers will contact the Lead
Worker, if one is in place. Also read: the Jersey Safeguarding
Partnership Board's "Early Help Approach" page (safeguarding.je: a single
way of assessing children's needs that all agencies can use, letting
different professionals coordinate their work with a family by sharing a
single plan) and the Government of Jersey's "Transforming Children's
Services in Jersey" page (after the 2018 Ofsted / Care Commission
inspection, an improvement plan built around five areas, among them early
help and prevention, and performance, quality and risk).

Only the titles of the templates were read, not the templates, and none
of the pages shows an audit form. So the workbook is our own judgement:
the Lead Worker, the TAC meetings, the Child and Family Plan, the child's
day-to-day life and the review are the parts it audits because the
guidance names them; everything else – the sheets (one; "Front" and
"Review"; or "Front" / "TAC meetings" / "Plan review" / "Sign-off"), the
details as label rows, as two pairs to a row or as numbered checklist
questions with answers, the meeting log, the five areas as rows, as a
block each or transposed with the areas across the top and a grade matrix
marked underneath, the prompts, grades typed informally, scored on a
printed 1–4 key (either way round), chosen from a drop-down, marked under
four grade columns, or one of four printed options in bold and highlighted
or with the others struck through; working well / even better if one to a
row, in one cell or side by side; actions as a table with an empty RAG
column, numbered lines or a "no actions" sentence; and the moderation in
a colour of the Head of Service's own, in a heavy-bordered shaded box or
as a signed paragraph, with remarks beside the areas – is ours. The forms
carry the invented council's name, not Jersey's.
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

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import TAF_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    attendees,
    case_reference,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "taf_review_workbook"
SEED = 9988

# The sample's five areas, and three ways a workbook names them (the names
# printed are the names in the truth).
NAMINGS = (
    ("Voice of the child", "Child and Family Plan", "TAC meetings and reviews", "Lead Worker role",
     "Outcomes for the child"),
    ("The child's voice and daily life", "The Team Around the Child plan", "Team Around the Child meetings",
     "Role of the Lead Worker", "Difference made for the child"),
    ("Voice of the child", "Team Around the Family plan", "TAF meetings and reviews", "Lead professional role",
     "Impact and outcomes for the child"),
)
SAMPLE_AREAS = NAMINGS[2]
PROMPTS = (
    "Is the child's day-to-day life (A Day in My Life) recorded, in their words, and does it shape the plan?",
    "Are the outcomes specific, with actions, owners and timescales the family understand?",
    "Do TAC meetings happen when planned, with the right people, and review progress against the plan?",
    "Is there one clear Lead Worker who coordinates the team and has a trusting relationship with the family?",
    "What has changed for the child since the plan started? Is it measured?",
)
TITLES = ("Team Around the Child (TAC) Plan – Quality Review", "TAC / TAF PLAN REVIEW",
          "Child and Family Plan (Early Help) – Quality Assurance Review", "Team Around the Family – Plan Review")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
            INADEQUATE: "Inadequate"}
OWNERS = {"Social worker": "Lead Worker", "Practice manager": "EH manager"}
NO_ACTIONS = ("No actions arising from this review – feedback given to the Lead Worker.",
              "No further actions from this review.", "Nil – no actions needed at this time.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "N/A")
PROFESSIONALS = ("Class teacher", "School nurse", "Health visitor", "Youth worker", "Housing officer",
                 "SENCo", "Family support worker (Parenting)", "Nursery key person")
RELATIVES = ("maternal grandparent", "paternal grandparent", "family friend", "extended family")
MARKS = ("X", "x", "\u2713", "\u2714", "\u25cf")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="404040")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 9  # columns A to I


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(90, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern]
    calm = [sample for sample in pool if not sample.urgent_concern]
    chosen = urgent[:3]
    chosen += [s for s in calm if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:3]
    chosen += [s for s in calm if s.moderation and s.moderation.grade == s.grade][:2]
    chosen += [s for s in calm if s.moderation and not s.moderation.grade][:2]
    chosen += [s for s in calm if not s.moderation][:max(0, count - len(chosen))]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Sheet:
    """A worksheet being filled from the top down."""

    def __init__(self, ws, font: str, brand: str, title: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEFGHIJ", (30, 15, 15, 15, 15, 15, 15, 15, 15, 30)):
            ws.column_dimensions[column].width = width
        self.cell(1, 1, COUNCIL, bold=True, colour=brand, size=12, border=False)
        self.merge(1, 1, WIDTH)
        self.cell(2, 1, title, bold=True, size=14, colour=brand, border=False)
        self.merge(2, 1, WIDTH)
        self.row = 4

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10, strike=False,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last, *, down=0):
        if last > first or down:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)

    def band(self, text):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def text(self, value, *, height=30, first=1, last=WIDTH, **look):
        self.cell(self.row, first, value, **look)
        self.merge(self.row, first, last)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, fill=None, border=None,
             label_fill="E7E6E6", height=None):
        self.cell(self.row, 1, label, bold=True, fill=label_fill)
        target = self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold, fill=fill)
        if border:
            target.border = border
        self.merge(self.row, 2, WIDTH)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return target


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    # Every way of laying out and grading turns up across the sixteen files.
    sheets = ("one", "two", "four")[index % 3]
    details_style = ("rows", "pairs", "questions")[(index + 1) % 3]
    areas_style = ("rows", "blocks", "across", "rows")[(index // 3) % 4]
    grade_style = ("typed", "key", "dropdown", "columns", "bold", "strike")[index % 6]
    if areas_style == "across" and grade_style in ("bold", "strike"):
        grade_style = "columns"
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "dropdown", "columns", "bold"))
    key_reversed = rng.random() < 0.4  # "4 = Outstanding ... 1 = Inadequate"
    mark_symbol = rng.choice(MARKS)
    naming = rng.choice(NAMINGS)
    show_meetings = sheets == "four" or rng.random() < 0.7
    moderation_look = rng.choice(("ink", "box", "paragraph"))
    lists_as = rng.choice(("rows", "cell", "side by side"))
    actions_as = rng.choice(("table", "lines"))

    # --- the sample as this workbook carries it ------------------------------------------------
    child = sample.child
    household = siblings(rng, child, rng.randint(1, 3), today) if rng.random() < 0.8 else []
    taken = {name.split()[0] for name in child.parents}
    relative = None
    if show_meetings and rng.random() < 0.5:
        relative = next(name for name in attendees(rng, (child.surname,), 4) if name.split()[0] not in taken)
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new in zip(SAMPLE_AREAS, naming))}
    reference = index % 5  # plain digits on two files in five
    reference_labels = ("Early Help ref", "Family ID", sample.labels.get("case_id", "Child ID"), "EH reference")
    if reference in (0, 2):
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == 4:
        changes["case_id"] = case_reference(rng, sample.case_id)
        reference_labels = ("Child ID", "Case number", "Child's case no.")
    show_team = rng.random() < 0.75
    if not show_team:
        changes["team"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.45:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    renamed = dict(zip(SAMPLE_AREAS, naming))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    if rng.random() < 0.35:
        remarks = {}  # the Head of Service wrote only at the end
    voice = next(field for field in sample.own if field.key == "family_voice")
    title = rng.choice(TITLES)
    role = rng.choice(("Head of Service", "Head of Service – Early Help", "Head of Early Help"))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first_ws = workbook.active
    if sheets == "one":
        first_ws.title = rng.choice(("TAC review", "Review", "Sheet1"))
        front = meetings_ws = review_ws = sign_ws = first_ws
    elif sheets == "two":
        first_ws.title = rng.choice(("Front", "Details"))
        front = meetings_ws = first_ws
        review_ws = sign_ws = workbook.create_sheet(rng.choice(("Review", "Plan review")))
    else:
        first_ws.title = "Front"
        front = first_ws
        meetings_ws = workbook.create_sheet("TAC meetings")
        review_ws = workbook.create_sheet("Plan review")
        sign_ws = workbook.create_sheet("Sign-off")
    writers: dict = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand, title)
        return writers[ws.title]

    # --- front: the family and the review --------------------------------------------------------
    sheet = writer(front)
    sheet.text(rng.choice((
        "Review the family's Child and Family Plan and TAC records. One workbook per family.",
        "OFFICIAL – SENSITIVE when complete. Return to the Early Help QA inbox.",
        "Complete the yellow cells. Use the guidance notes for each part of the plan.",
    )), italic=True, border=False, height=16)
    reference_value = sample.case_id
    if sample.case_id.isdigit() and rng.random() < 0.5:
        reference_value = int(sample.case_id)
    born_value, born_format = day(child.date_of_birth)
    reviewed_value, reviewed_format = day(sample.date)
    age_only = rng.random() < 0.5
    others_text = "; ".join(f"{name} ({(today - born).days // 365})" if age_only else f"{name} – DOB {when(born)}"
                            for name, born in household) or rng.choice(("None", "No other children", "n/a"))
    details = [
        ("reference", rng.choice(reference_labels), reference_value, None),
        ("child", rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name, None),
        ("dob", rng.choice(("Date of birth", "DOB")), born_value, born_format),
        ("others", rng.choice(("Other children in the household", "Brothers and sisters", "Siblings")),
         others_text, None),
        ("parents", rng.choice(("Parents / carers", "Parent(s) / carer(s)")), " and ".join(child.parents), None),
        ("lead", rng.choice(("Lead Worker", "Lead Worker (LW)", sample.labels.get("practitioner", "Lead professional"))),
         sample.practitioner, None),
    ]
    if show_team:
        details.append(("team", rng.choice(("Team", "Lead Worker's team", "Locality team")), sample.team, None))
    details += [
        ("service", rng.choice(("Service", "Service area")), sample.service, None),
        ("auditor", rng.choice(("Reviewed by", "Auditor", "Reviewing manager")), sample.auditor, None),
        ("date", rng.choice(("Date of review", "Review date", "Date of audit")), reviewed_value, reviewed_format),
    ]
    questions = {
        "reference": "What is the family's Early Help reference?",
        "child": "Which child is the plan for?",
        "dob": "Child's date of birth",
        "others": "Who else lives in the household (children)?",
        "parents": "Who are the parents / carers?",
        "lead": "Who is the Lead Worker?",
        "team": "Which team is the Lead Worker in?",
        "service": "Service",
        "auditor": "Who completed this review?",
        "date": "Date the review was completed",
    }
    sheet.band(rng.choice(("1. About the child and the review", "FAMILY AND REVIEW DETAILS", "Part 1 – Details")))
    if details_style == "rows":
        for _, label_text, value, number_format in details:
            sheet.pair(label_text, value, number_format=number_format, fill="FFF2CC")
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for position, (_, label_text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 5 * position
                sheet.cell(sheet.row, column, label_text, bold=True, fill="E7E6E6")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format, fill="FFF2CC")
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, (key, _, value, number_format) in enumerate(details, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {questions[key]}", fill="E7E6E6")
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 5, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 28
            sheet.row += 1
    sheet.row += 1

    # --- the TAC meetings ------------------------------------------------------------------------
    personal_also = []
    if show_meetings:
        sheet = writer(meetings_ws)
        sheet.band(rng.choice(("2. Team Around the Child meetings", "TAC MEETINGS HELD", "TAC / TAF meetings log")))
        headers = ("Meeting", "Date", "Who attended", "", "", "", "Child's views brought?", "Plan updated?", "")
        for column, text in enumerate(headers, start=1):
            sheet.cell(sheet.row, column, text or None, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 3, 6)
        sheet.merge(sheet.row, 8, 9)
        sheet.row += 1
        held = []
        start = sample.date - timedelta(days=rng.randint(70, 110))
        for number in range(rng.randint(2, 4)):
            met = start + timedelta(days=42 * number + rng.randint(-3, 3))
            while met.weekday() >= 5:
                met += timedelta(days=1)
            if met < sample.date:
                held.append(met)
        for number, met in enumerate(held):
            people = [f"Lead Worker ({sample.practitioner})"] if rng.random() < 0.5 else ["Lead Worker"]
            people.append(f"{child.parents[0]} (parent)")
            if len(child.parents) > 1 and rng.random() < 0.6:
                people.append(f"{child.parents[1]} (parent)")
            people += rng.sample(PROFESSIONALS, rng.randint(1, 3))
            if relative and number == 0:
                people.append(f"{relative} ({rng.choice(RELATIVES)})")
            if household and number == len(held) - 1 and rng.random() < 0.5:
                people.append(f"{household[0][0]} (sibling, for part)")
            met_value, met_format = day(met)
            sheet.cell(sheet.row, 1, "Initial TAC" if number == 0 else f"Review TAC {number}")
            sheet.cell(sheet.row, 2, met_value, number_format=met_format)
            sheet.cell(sheet.row, 3, ", ".join(people))
            sheet.merge(sheet.row, 3, 6)
            sheet.cell(sheet.row, 7, rng.choice(("Yes", "Yes – A Day in My Life", "No", "Via Lead Worker")))
            sheet.cell(sheet.row, 8, rng.choice(("Yes", "Yes", "No")))
            sheet.merge(sheet.row, 8, 9)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
        sheet.row += 1

    # --- the five parts of the plan --------------------------------------------------------------
    sheet = writer(review_ws)
    sheet.band(rng.choice(("3. Review of the plan", "QUALITY OF THE TAC PLAN", "Part 2 – Judgements")))
    if "key" in (grade_style, overall_style):
        numbers = _key(key_reversed)
        sheet.text("Key:  " + "    ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in ORDER),
                   bold=True, height=16, border=False)
    ws = review_ws

    def grade_cells(grade, first, style):
        """One grade on the current row from column `first` (four columns wide)."""
        row = sheet.row
        if style in ("bold", "strike", "columns"):
            for column, option in zip(range(first, first + 4), ORDER):
                chosen = option == grade
                if style == "columns":
                    sheet.cell(row, column, mark_symbol if chosen else None, bold=True)
                    continue
                struck = style == "strike" and not chosen
                sheet.cell(row, column, WORDS[option], bold=chosen and style == "bold", strike=struck,
                           fill="FFFF00" if chosen and style == "bold" else None,
                           colour="808080" if struck else None)
            return
        if style == "dropdown":
            target = sheet.cell(row, first, DROPDOWN[grade], bold=True, fill="FFF2CC")
            dropdown(ws, target.coordinate, tuple(DROPDOWN[option] for option in ORDER))
        elif style == "key":
            sheet.cell(row, first, _key(key_reversed)[grade], bold=True, fill="FFF2CC")
        else:
            sheet.cell(row, first, informal_grade(rng, grade, note_chance=0.2), bold=True)
        sheet.merge(row, first, first + 3)

    heads_words = WORDS if rng.random() < 0.5 else SHORT

    def column_heads(first):
        for column, option in zip(range(first, first + 4), ORDER):
            sheet.cell(sheet.row, column, heads_words[option], bold=True, fill="D9D9D9")

    remark_head = rng.choice(("HoS comments", "Moderator's remarks", "Head of Service note"))
    if areas_style == "rows":
        heads = ["Part of the plan", "What we found", None, None, None]
        for column, text in enumerate(heads, start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 2, 5)
        if grade_style == "columns":
            column_heads(6)
        else:
            sheet.cell(sheet.row, 6, "Judgement", bold=True, fill="D9D9D9")
            sheet.merge(sheet.row, 6, 9)
        if remarks:
            sheet.cell(sheet.row, 10, remark_head, bold=True, colour=ink, fill="D9D9D9")
        sheet.row += 1
        for section in sample.sections:
            sheet.cell(sheet.row, 1, section.name, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, section.comment)
            sheet.merge(sheet.row, 2, 5)
            grade_cells(section.grade, 6, grade_style)
            if section.name in remarks:
                sheet.cell(sheet.row, 10, remarks[section.name], colour=ink, italic=True)
            sheet.ws.row_dimensions[sheet.row].height = 48
            sheet.row += 1
    elif areas_style == "blocks":
        for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
            sheet.cell(sheet.row, 1, f"3.{number}", bold=True, fill="DDEBF7")
            sheet.cell(sheet.row, 2, section.name, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 2, WIDTH)
            sheet.row += 1
            sheet.text(prompt, italic=True, colour="595959", height=18)
            sheet.pair("Findings", section.comment, height=40)
            if grade_style == "columns":
                column_heads(2)
                sheet.row += 1
            sheet.cell(sheet.row, 1, "Judgement", bold=True, fill="E7E6E6")
            grade_cells(section.grade, 2, grade_style)
            sheet.row += 1
            if section.name in remarks:
                sheet.pair(remark_head, remarks[section.name], colour=ink)
            sheet.row += 1
    else:  # across: the areas as columns, a grade matrix underneath
        columns = range(2, 2 + len(sample.sections))
        sheet.cell(sheet.row, 1, "Part of the plan", bold=True, fill="D9D9D9")
        for column, section in zip(columns, sample.sections):
            sheet.cell(sheet.row, column, section.name, bold=True, fill="D9D9D9")
        sheet.ws.row_dimensions[sheet.row].height = 32
        sheet.row += 1
        sheet.cell(sheet.row, 1, "What to look for", italic=True)
        for column, prompt in zip(columns, PROMPTS):
            sheet.cell(sheet.row, column, prompt, italic=True, colour="595959", size=8)
        sheet.ws.row_dimensions[sheet.row].height = 70
        sheet.row += 1
        sheet.cell(sheet.row, 1, "Findings", bold=True)
        for column, section in zip(columns, sample.sections):
            sheet.cell(sheet.row, column, section.comment)
        sheet.ws.row_dimensions[sheet.row].height = 90
        sheet.row += 1
        if grade_style == "columns":
            for option in ORDER:
                sheet.cell(sheet.row, 1, WORDS[option], bold=True, fill="F2F2F2")
                for column, section in zip(columns, sample.sections):
                    sheet.cell(sheet.row, column, mark_symbol if section.grade == option else None, bold=True)
                sheet.row += 1
        else:
            sheet.cell(sheet.row, 1, "Judgement", bold=True, fill="F2F2F2")
            for column, section in zip(columns, sample.sections):
                if grade_style == "dropdown":
                    target = sheet.cell(sheet.row, column, DROPDOWN[section.grade], bold=True, fill="FFF2CC")
                    dropdown(ws, target.coordinate, tuple(DROPDOWN[option] for option in ORDER))
                elif grade_style == "key":
                    sheet.cell(sheet.row, column, _key(key_reversed)[section.grade], bold=True, fill="FFF2CC")
                else:
                    sheet.cell(sheet.row, column, informal_grade(rng, section.grade), bold=True)
            sheet.row += 1
        if remarks:
            sheet.cell(sheet.row, 1, remark_head, bold=True, colour=ink)
            for column, section in zip(columns, sample.sections):
                sheet.cell(sheet.row, column, remarks.get(section.name), colour=ink, italic=True)
            sheet.ws.row_dimensions[sheet.row].height = 40
            sheet.row += 1
    sheet.row += 1

    overall_label = rng.choice(("Overall judgement for the TAC plan", "OVERALL GRADE",
                                "Overall quality of the Team Around the Child plan"))
    if overall_style == "columns":
        sheet.cell(sheet.row, 1, None, border=False)
        column_heads(2)
        sheet.row += 1
    sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
    grade_cells(sample.grade, 2, overall_style)
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 2

    # --- working well, even better if, the family's voice -------------------------------------------
    well = rng.choice(("What's working well?", "Strengths", "Working well"))
    better = rng.choice(("Even better if…", "What needs to be better?", "Areas for development"))
    if lists_as == "side by side":
        sheet.cell(sheet.row, 1, well, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 1, 4)
        sheet.cell(sheet.row, 5, better, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 5, WIDTH)
        sheet.row += 1
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[number] if number < len(sample.strengths) else None
            right = sample.development_areas[number] if number < len(sample.development_areas) else None
            sheet.cell(sheet.row, 1, left)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, right)
            sheet.merge(sheet.row, 5, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
        sheet.row += 1
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.band(heading)
            if lists_as == "cell":
                sheet.text("\n".join(f"\u2022 {item}" for item in items), height=16 * len(items) + 10)
            else:
                for item in items:
                    sheet.text(item)
            sheet.row += 1
    sheet.band(rng.choice((voice.label, "What the child and family said", "Child and family participation")))
    sheet.text(voice.written, height=32)
    sheet.row += 1

    # --- safety and actions ------------------------------------------------------------------------------
    sheet = writer(sign_ws)
    sheet.band(rng.choice(("Safeguarding", "4. Is the child safe today?", "Same-day concerns")))
    question = rng.choice((
        "Does anything in this review need a same-day referral to the Children and Families Hub?",
        "Has the review found an immediate safeguarding concern that needs escalating today?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True)
    sheet.merge(sheet.row, 1, 6)
    answer = sheet.cell(sheet.row, 7, "Yes" if sample.urgent_concern else "No", bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 7, WIDTH)
    if rng.random() < 0.5:
        dropdown(sign_ws, answer.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what was done", "Details and action taken")), sample.urgent_concern_detail,
                   height=48)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "ACTIONS FOR THE LEAD WORKER / TEAM", "5. Actions – who and by when")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), height=16)
    elif actions_as == "table":
        for column, text in ((1, "Action"), (6, "Who"), (7, "By when"), (8, "RAG")):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 5)
        sheet.merge(sheet.row, 8, 9)
        sheet.row += 1
        for action in sample.actions:
            due_value, due_format = day(action.due)
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, action.owner)
            sheet.cell(sheet.row, 7, due_value, number_format=due_format)
            sheet.cell(sheet.row, 8, None)
            sheet.merge(sheet.row, 8, 9)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}) {action.action} ({action.owner}, by {when(action.due)})")
    sheet.row += 1

    # --- moderation ---------------------------------------------------------------------------------------
    sheet.band(rng.choice((f"{role} moderation", "MODERATION", "6. Moderation (Head of Service)")))
    if moderation and moderation_look == "paragraph":
        lines = [*moderation.comments]
        if moderation.grade == sample.grade:
            lines.append(f"I agree with the judgement: {informal_grade(rng, moderation.grade)}.")
        elif moderation.grade:
            lines.append(f"Moderated judgement: {informal_grade(rng, moderation.grade)}.")
        lines.append(f"{moderation.moderator}, {role}, {when(moderation.date)}")
        sheet.text("\n".join(lines), colour=ink, height=18 * len(lines) + 10)
    elif moderation:
        boxed = moderation_look == "box"
        look = {"colour": None if boxed else ink, "fill": "E4DFEC" if boxed else None,
                "border": HEAVY if boxed else None}
        moderated_value, moderated_format = day(moderation.date)
        sheet.pair("Moderated by", moderation.moderator, **look)
        if rng.random() < 0.5:
            sheet.pair("Role", role, **look)
        sheet.pair("Date moderated", moderated_value, number_format=moderated_format, **look)
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            sheet.pair("Do you agree with the overall judgement?",
                       rng.choice(("Yes", "Agree")) if agreed else rng.choice(("No", "Disagree – see comments")),
                       **look)
            sheet.pair("Moderated judgement", informal_grade(rng, moderation.grade) if rng.random() < 0.6
                       else DROPDOWN[moderation.grade], bold=True, **look)
        sheet.pair("Comments", "\n".join(moderation.comments), height=20 * len(moderation.comments) + 12, **look)
    else:
        for text in ("Moderated by", "Date moderated", "Moderated judgement"):
            sheet.pair(text, None)
        sheet.pair("Comments", rng.choice(NOT_MODERATED) or None)

    workbook.properties.creator = sample.auditor
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    personal_also += [when(child.date_of_birth), *(when(born) for _, born in household),
                      *(born.isoformat() for _, born in household)]
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=tuple(personal_also))


def _key(reversed_: bool) -> dict[str, int]:
    """The printed key: 1 = Outstanding … 4 = Inadequate, or the other way round."""
    numbers = (4, 3, 2, 1) if reversed_ else (1, 2, 3, 4)
    return dict(zip(ORDER, numbers))
