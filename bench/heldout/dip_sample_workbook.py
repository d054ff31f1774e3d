"""Thematic dip sample workbook: a council's Excel record of a dip sample
of several children's cases on one theme, kept by the lead auditor and
signed off by the Head of Service. The theme, the lead auditor, the date
the sample was read, how the cases were chosen, the number sampled and
their references (one to a row, with the plan the child was on and whether
each area was met), a handful of audit questions graded across the whole
sample, an overall grade, what is working well, what needs to improve,
whether any case needed escalating at once, the actions (owner, date) and
the Head of Service's sign-off.

Modelled on the Cambridgeshire and Peterborough Safeguarding Partnership's
published findings of its audit of the Cambridgeshire threshold document
(cases chosen at random from the referrals to the front door in a set
period and split by outcome; four main questions asked of every case; the
findings given as "x of y cases" and percentages; a practitioner survey
alongside). The page publishes the findings, not the spreadsheet, so the
layout is our own judgement: one sheet or three ("Details", "Sample",
"Findings"), details as label rows, a strip of labels across the top or
"Label: value" in merged cells; the cases with a prefixed or plain system
reference; each question graded from a drop-down, typed informally,
marked in one of four grade columns or scored against a printed key; the
urgent question answered Yes / No; actions as a table, as numbered lines
or a "no actions" sentence; the sign-off typed in the Head of Service's
colour, in a bordered box, or left waiting.
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

from bot.samples import COUNCIL, Moderation, SampleAction, Section
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
    date_writer,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "dip_sample_workbook"
SEED = 9643
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN_WORDS = (
    dict(zip(GRADE_ORDER, ("Outstanding", "Good", "Requires Improvement", "Inadequate"))),
    dict(zip(GRADE_ORDER, ("Outstanding", "Good", "RI", "Inadequate"))),
    dict(zip(GRADE_ORDER, ("OUTSTANDING", "GOOD", "REQUIRES IMPROVEMENT", "INADEQUATE"))),
)
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Req. Imp.", "Inadequate"))

# The questions a dip sample asks of every case, as the QA team word them.
QUESTIONS = (
    "Is the theme identified and understood in the assessment?",
    "Was the right threshold applied when the case came in?",
    "Was consent sought or the reason for not seeking it recorded?",
    "Is the child's lived experience clear from the record?",
    "Does the plan say what must change, by whom and by when?",
    "Were siblings and other children in the household considered?",
    "Is management oversight of key decisions recorded?",
    "Were partner agencies' views gathered and used?",
    "Has the work made a difference for the child?",
)
COMMENTS = (
    "Mostly met; two records lacked the rationale.", "Consistent across the sample.",
    "Variable – see case notes on the Sample sheet.", "Met where the case went to assessment, weaker for NFA.",
    "Not evidenced in the majority of records.", "Strong in the locality teams, less so out of hours.",
    "Recording often brief.", "Good use of the threshold document language.",
)
OUTCOMES = ("C&F assessment", "Strategy discussion", "Step down to EH", "NFA", "Signposted", "S47", "CIN",
            "Early Help")
SELECTIONS = (
    "Random selection from contacts received in the period, split by outcome.",
    "Every fifth referral to the front door in the period.",
    "Cases chosen at random by the Performance team from the theme's cohort.",
    "Random sample drawn from the MASH log, three outcome groups.",
)
STRENGTHS = (
    "In 5 of the 8 cases sampled the threshold document was used to explain the decision.",
    "Referrers from schools gave clear reasons and had usually spoken to the family first.",
    "Visits were timely and children were seen alone where it was safe.",
    "Where the case went to assessment the manager's rationale was clear.",
    "Children's own words were recorded in the better referrals.",
)
DEVELOPMENT = (
    "In 3 of the 8 cases sampled the referrer was not told the outcome.",
    "Consent was not recorded, or the reason for overriding it was missing.",
    "Siblings were rarely considered in their own right.",
    "Plans did not say what needed to change or by when.",
)
ACTIONS = (
    "Remind managers to record the rationale for every key decision.",
    "Share the findings at the next practice week and the partnership briefing.",
    "Re-sample the theme in three months to test the change.",
    "Add a feedback-to-referrer prompt to the contact record.",
    "Team managers to discuss consent recording in group supervision.",
)
OWNERS = ("Team Manager, MASH", "QA Manager", "Principal Social Worker", "Service Manager, Front Door",
          "Workforce Development Lead")
NO_ACTIONS = ("No new actions – learning to be shared through the practice newsletter.",
              "No actions arising from this dip sample.", "Nil actions.")
SIGN_OFF = (
    "I have read the sample and agree the findings.",
    "Agreed; please bring the re-sample to QA board.",
    "Findings noted. The actions should include Early Help.",
    "Discussed with the lead auditor on the phone.",
    "Grade reviewed against the case notes on the sample sheet.",
)
URGENT = (
    "One case (row 3) escalated to the Team Manager on the day: no visit since the new referral.",
    "Case in row 2 passed back to the MASH manager the same day – risk not reassessed after a new incident.",
)
# Quality Assurance officers who lead a dip sample for the Head of Service.
LEADS = ("Hannah Prestwood", "Marcus Elliott-Dunn", "Priya Raman", "Gareth Lowther")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="404040")
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    roles = ["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["confirm"] * 2
    roles += ["plain"] * (count - len(roles))
    rng.shuffle(roles)
    return [_form(rng, index, sample, today, roles[index]) for index, sample in enumerate(samples)]


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    return rng.choice([GRADE_ORDER[step] for step in (position - 1, position + 1) if 0 <= step < 4])


class _Writer:
    def __init__(self, sheet, brand: str, font: str, width: int):
        self.sheet, self.brand, self.font, self.width = sheet, brand, font, width
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=10,
            border=BOX, number_format=None, strike=False):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = border
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, *, size: int = 11) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def line(self, text: str, **look) -> int:
        self.put(self.row, 1, text, border=None, **look)
        self.merge(self.row, 1, self.width)
        self.sheet.row_dimensions[self.row].height = 15 * max(1, len(text) // 95 + 1)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, **look) -> int:
        self.put(self.row, 1, label, bold=True, fill="F2F2F2")
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, **look)
        self.merge(self.row, 3, self.width)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, role: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    real_dates = rng.random() < 0.35  # dates typed into date-formatted cells

    def day(value: date):
        return value if real_dates else when(value)

    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy"))
    own = {field.key: field for field in sample.own}
    theme = own["theme"].expected
    count = own["cases_sampled"].expected
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else None
    if case_ids is None:
        from bot.samples.people import invent_case_id
        case_ids = [invent_case_id(rng) for _ in range(count)]
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]

    # The questions graded across the sample, and the overall grade.
    questions = rng.sample(QUESTIONS, rng.randint(3, 5))
    overall = rng.choices(GRADE_ORDER, weights=(1, 5, 5, 2))[0]
    grades = [overall if rng.random() < 0.5 else _neighbour(rng, overall) for _ in questions]
    sections = tuple(Section(question, grade, rng.choice(COMMENTS)) for question, grade in zip(questions, grades))

    head = sample.auditor
    lead = rng.choice(LEADS) if rng.random() < 0.5 else head
    changes = {
        "own": (ToolField("theme", "Theme", theme, theme), ToolField("cases_sampled", "Number sampled", str(count), count),
                ToolField("sampled_case_ids", "", None, references)),
        "auditor": lead, "grade": overall, "sections": sections,
        "strengths": recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), count),
        "development_areas": recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), count),
        "urgent_question": True, "urgent_concern": role == "urgent",
        "urgent_concern_detail": rng.choice(URGENT) if role == "urgent" else None,
    }
    if rng.random() < 0.3:
        changes["service"] = None
    if rng.random() < 0.2:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(SampleAction(text, rng.choice((head, rng.choice(OWNERS))), action.due)
                                   for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    moderation = None
    if role in ("comments", "change", "confirm"):
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        moderated = {"change": _neighbour(rng, overall), "confirm": overall}.get(role)
        moderation = Moderation(head, signed, tuple(rng.sample(SIGN_OFF, rng.randint(1, 2))), grade=moderated)
    changes["moderation"] = moderation
    sample = replace(sample, **changes)

    # --- the workbook ---------------------------------------------------------------------------
    workbook = Workbook()
    layout = rng.choice(("one", "three", "three"))
    style = rng.choice(("dropdown", "typed", "columns", "score"))
    words = rng.choice(DROPDOWN_WORDS)
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(("X", "x", "\u2713", ""))
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    width = 8
    if layout == "one":
        first.title = rng.choice(("Dip sample", "Thematic audit", "Audit"))
        details = sample_ws = findings_ws = first
    else:
        first.title = rng.choice(("Details", "1. Details", "Cover"))
        sample_ws = workbook.create_sheet(rng.choice(("Sample", "2. Cases sampled", "Case list")))
        findings_ws = workbook.create_sheet(rng.choice(("Findings", "3. Findings & actions", "Summary")))
        details = first
    writers = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, brand, font, width)
            for letter, size in zip("ABCDEFGH", (26, 18, 14, 14, 14, 14, 14, 18)):
                ws.column_dimensions[letter].width = size
        return writers[ws.title]

    sheet = writer(details)
    title = rng.choice(("Thematic Dip Sample", "Dip Sample Audit Tool", "Themed Audit – Dip Sample Record",
                        "Quality Assurance Dip Sample"))
    sheet.band(COUNCIL, size=12)
    sheet.band(f"{title}: {theme}" if rng.random() < 0.4 else title, size=14)
    sheet.line(rng.choice(("Complete one workbook per dip sample. Grey cells are for the QA team.",
                           "Please use the drop-downs where provided.", "")), italic=True)
    rows = [(rng.choice(("Theme", "Theme of dip sample", "Audit theme")), theme),
            (rng.choice(("Lead auditor", "Audit lead", "Completed by")), lead),
            (rng.choice(("Date of dip sample", "Date completed", "Audit date")), day(sample.date))]
    if sample.service:
        rows.append((rng.choice(("Service area", "Service", "Service audited")), sample.service))
    rows.append((rng.choice(("Number of cases sampled", "No. of cases", "Sample size")), count))
    rows.append((rng.choice(("How cases were chosen", "Sampling method")), rng.choice(SELECTIONS)))
    period_start = sample.date.replace(day=1) - timedelta(days=rng.choice((60, 90)))
    rows.append(("Period covered", f"{period_start:%B %Y} – {sample.date:%B %Y}"))
    shape = rng.choice(("pairs", "strip", "inline"))
    if shape == "pairs":
        for text, value in rows:
            target = sheet.pair(text, value)
            if isinstance(value, date):
                details.cell(row=target, column=3).number_format = date_format
    elif shape == "strip":
        short = rows[:5]
        for column, (text, _) in enumerate(short, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E2F3")
        sheet.row += 1
        for column, (_, value) in enumerate(short, start=1):
            sheet.put(sheet.row, column, value, number_format=date_format if isinstance(value, date) else None)
        sheet.row += 2
        for text, value in rows[5:]:
            sheet.pair(text, value)
    else:
        for text, value in rows:
            shown = when(value) if isinstance(value, date) else value
            sheet.line(f"{text}: {shown}", bold=False)
    sheet.row += 1

    # The cases sampled, one to a row.
    sheet = writer(sample_ws)
    if sample_ws is not details:
        sheet.band(rng.choice(("Cases sampled", "Sample")))
    else:
        sheet.band(rng.choice(("Cases sampled", "The sample")))
    headers = ["No.", rng.choice(("Case ref", "LCS ID", "Mosaic no.", "Child ID")),
               rng.choice(("Outcome / plan", "Outcome of contact", "Plan at audit")), "Age"]
    headers += [f"Q{number}" for number in range(1, len(questions) + 1)]
    for column, text in enumerate(headers, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9E2F3")
    sheet.row += 1
    for number, reference in enumerate(references, start=1):
        sheet.put(sheet.row, 1, number)
        sheet.put(sheet.row, 2, reference)
        sheet.put(sheet.row, 3, rng.choice(OUTCOMES))
        sheet.put(sheet.row, 4, rng.randint(0, 17))
        for column in range(5, 5 + len(questions)):
            sheet.put(sheet.row, column, rng.choice(("Y", "Y", "N", "Partly")))
            dropdown(sample_ws, sheet.sheet.cell(row=sheet.row, column=column).coordinate, ("Y", "N", "Partly"))
        sheet.row += 1
    sheet.row += 1

    # The questions graded across the sample.
    sheet = writer(findings_ws)
    sheet.band(rng.choice(("Findings across the sample", "Audit questions – judgement for the sample",
                           "Grading of each area")))
    if style == "score":
        sheet.line("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", italic=True)
    top = ["", rng.choice(("Area / question", "Audit question", "Area of practice"))]
    if style == "columns":
        top += list(heads)
    else:
        top += [rng.choice(("Grade", "Judgement", "Score (1-4)" if style == "score" else "Rating"))]
    top += ["Comment"]
    for column, text in enumerate(top, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9E2F3")
    sheet.row += 1

    def graded(row: int, column: int, grade: str, *, colour=None) -> int:
        """Write `grade` in the chosen style from `column`; the next free column."""
        ws = sheet.sheet
        if style == "columns":
            for position, option in enumerate(GRADE_ORDER):
                chosen = option == grade
                sheet.put(row, column + position, (mark or None) if chosen else None, bold=True, colour=colour,
                          fill=("A6A6A6" if not mark else None) if chosen else None)
            return column + 4
        if style == "score":
            sheet.put(row, column, GRADE_ORDER.index(grade) + 1, bold=True, colour=colour)
            dropdown(ws, ws.cell(row=row, column=column).coordinate, ("1", "2", "3", "4"))
        elif style == "dropdown":
            sheet.put(row, column, words[grade], colour=colour)
            dropdown(ws, ws.cell(row=row, column=column).coordinate, tuple(words[g] for g in GRADE_ORDER))
        else:
            sheet.put(row, column, informal_grade(rng, grade, note_chance=0.2), colour=colour)
        return column + 1

    for number, section in enumerate(sample.sections, start=1):
        sheet.put(sheet.row, 1, f"Q{number}")
        sheet.put(sheet.row, 2, section.name)
        after = graded(sheet.row, 3, section.grade)
        sheet.put(sheet.row, after, section.comment)
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.put(sheet.row, 1, "")
    sheet.put(sheet.row, 2, rng.choice(("Overall grade for the sample", "OVERALL JUDGEMENT", "Overall rating")),
              bold=True, fill="FFF2CC")
    graded(sheet.row, 3, overall)
    sheet.row += 2

    # Strengths, development, urgent question.
    bullet = rng.choice(("\u2022 ", "- ", ""))
    together = rng.random() < 0.4
    for heading, items in ((rng.choice(("What is working well", "Strengths", "Good practice found")), sample.strengths),
                           (rng.choice(("What needs to improve", "Areas for development", "Worries / gaps")),
                            sample.development_areas)):
        sheet.band(heading)
        if together:
            sheet.line("\n".join(f"{bullet}{item}" for item in items))
            sheet.sheet.row_dimensions[sheet.row - 1].height = 16 * len(items) + 10
        else:
            for item in items:
                sheet.line(f"{bullet}{item}")
    sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Any case needing urgent action?", "Immediate safeguarding concern identified?",
                                        "Were any children found to be at risk of harm?")), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 3)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    sheet.put(sheet.row, 4, answer, bold=True)
    dropdown(sheet.sheet, sheet.sheet.cell(row=sheet.row, column=4).coordinate, ("Yes", "No"))
    sheet.put(sheet.row, 5, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 5, width)
    sheet.row += 2

    # Actions.
    sheet.band(rng.choice(("Actions", "Recommendations and actions", "Action plan")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS))
    elif rng.random() < 0.65:
        for column, text in ((1, "No."), (2, "Action"), (6, rng.choice(("Owner", "Lead", "Who"))),
                             (7, rng.choice(("By when", "Target date", "Due"))), (8, "RAG")):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E2F3")
        sheet.merge(sheet.row, 2, 5)
        sheet.row += 1
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 5)
            sheet.put(sheet.row, 6, action.owner)
            sheet.put(sheet.row, 7, day(action.due), number_format=date_format if real_dates else None)
            sheet.put(sheet.row, 8, None)
            dropdown(sheet.sheet, f"H{sheet.row}", ("Red", "Amber", "Green"))
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    sheet.row += 1

    # Head of Service sign-off.
    sheet.band(rng.choice(("Head of Service sign-off", "Sign-off and moderation", "HoS agreement")))
    boxed = rng.random() < 0.5
    labels = [rng.choice(("Head of Service", "Signed off by")), "Date",
              rng.choice(("Agree with overall grade?", "Grade agreed?")),
              rng.choice(("Moderated grade", "Grade after moderation")), "Comments"]
    start = sheet.row
    for text in labels:
        sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2", border=HEAVY if boxed else BOX)
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, None, border=HEAVY if boxed else BOX)
        sheet.merge(sheet.row, 3, width)
        sheet.row += 1
    colour = None if boxed and rng.random() < 0.5 else ink
    if moderation:
        sheet.put(start, 3, moderation.moderator, colour=colour)
        sheet.put(start + 1, 3, day(moderation.date), colour=colour, number_format=date_format if real_dates else None)
        if moderation.grade:
            sheet.put(start + 2, 3, "Yes" if moderation.grade == overall else rng.choice(("No", "No – see below")),
                      colour=colour)
            sheet.put(start + 3, 3, informal_grade(rng, moderation.grade), colour=colour, bold=True)
        sheet.put(start + 4, 3, "\n".join(moderation.comments), colour=colour)
        sheet.sheet.row_dimensions[start + 4].height = 40
    else:
        sheet.put(start + 4, 3, rng.choice(("Awaiting Head of Service sign-off", "", "Not yet moderated")),
                  italic=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")
