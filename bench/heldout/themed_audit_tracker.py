"""Themed audit tracker kept as an Excel workbook: a quality assurance
team's record of one themed audit of a small sample of children's cases,
chosen to test whether the learning from a case review has reached
practice. The lead auditor lists the cases sampled one to a row with their
references, grades each area of practice for each case and then for the
whole sample, gives an overall judgement for the theme, says what has
worked well and what has not worked well and why, answers whether any child
needed immediate safeguarding action, sets out the learning to be shared
and the actions (lead, by when), and sends it to the Head of Service to
sign off.

Modelled on what the Safeguarding Board for Northern Ireland (SBNI)
publishes about learning from case reviews. Its "Role of SBNI" page
(safeguardingni.org/role-sbni) lists among the Board's functions
undertaking case management reviews (CMRs) to learn lessons where children
have died or been seriously injured, and says a CMR's purpose is not to
find fault with individual practice but to examine the organisational
systems and processes that help or allow people to act as they do; its
principles put a focus on learning by identifying what has worked well and
building on it, understanding what has not worked well and why, and
disseminating that learning to improve practice and safeguarding outcomes.
Its "Case Management Review Panel" page names the panel's membership
(including an Assistant Director of Children's Services of a Health and
Social Care Trust) and the learning memos and dissemination events that
follow reviews. Alongside it, the Regulation and Quality Improvement
Authority's "Child Protection Review Report, Stage 3 – Quality of Record
Keeping: Southern Health and Social Care Trust Report" (records audit
completed March 2009; only its contents and the start of its executive
summary were read) shows a records audit across eight of that Trust's
child care teams (three Gateway and five Family Intervention teams) with an
audit tool and an in-depth audit tool as appendices and findings reported
team by team. Neither shows a themed audit form; the SBNI principles give
the findings headings ("what has worked well", "what has not worked well
and why", learning to be disseminated) and the printed reminder that the
audit is about learning, not fault. Everything else is our own judgement:
the themes and their areas of practice; one "Tracker" sheet, a pair of
sheets ("Audit" with the tracker, then learning and actions), or five
sheets (details, sample, findings by area, summary and actions, sign-off);
the details as label / value rows, a strip of headings over one row of
values, or two pairs to a row; the tracker as one row per case with a
column per area and a last row giving each area's judgement across the
sample, or the cases on a sheet of their own with yes / partly / no checks
and the areas graded one to a row; grades from a drop-down, typed
informally, scored on a printed 1–4 key (either way round), marked under
four grade columns, or the chosen option filled and bold among the four
with the others struck through; dates typed in several spellings or kept
as Excel dates; case references plain or prefixed; on some trackers a
column naming the children in each case (brothers and sisters together);
actions as a table, numbered lines or a "no actions" sentence; and the Head
of Service's sign-off typed in a colour of their own, sometimes inside a
heavy-bordered box, confirming, changing or only commenting, or awaited.
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
from bot.samples.people import invent_case_id, invent_child
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    recount,
    siblings,
)

FAMILY = "themed_audit_tracker"
SEED = 9986
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# Each theme (learning from a case review) with the areas tested across the sample.
THEMES = (
    ("Pre-birth assessment and planning", (
        "Timely referral in pregnancy", "Assessment of parental history", "Involvement of fathers and partners",
        "Pre-birth plan and contingency", "Management oversight")),
    ("Neglect and cumulative harm", (
        "Recognition of neglect", "Use of chronologies", "Analysis of cumulative harm", "Child's lived experience",
        "Drift and escalation")),
    ("Hearing and acting on the voice of the child", (
        "Child seen and seen alone", "Child's views recorded in their words", "Views inform the plan",
        "Direct work with the child", "Feedback to the child")),
    ("Information sharing between agencies", (
        "Checks with partner agencies", "Strategy discussions", "Health involvement", "School and education input",
        "Recording of shared information")),
    ("Parental non-engagement and disguised compliance", (
        "Recognition of non-engagement", "Professional curiosity", "Challenge to parents", "Use of escalation",
        "Supervision and reflection")),
    ("Young people at risk of exploitation", (
        "Risk identified early", "Missing episodes and return interviews", "Multi-agency risk meetings",
        "Safety planning with the young person", "Impact for the young person")),
)
WHY = ("Learning from a recent case review", "Theme from the learning and improvement plan",
       "Findings of a local practice review", "Requested by the QA board after a case review")
TITLES = ("Themed Audit Tracker", "THEMED AUDIT – CASE SAMPLE TRACKER", "Learning from Case Reviews: Themed Audit",
          "Thematic Audit Tracker", "Themed Audit: Sample Tracker and Findings")
GUIDANCE = ("This audit is about learning, not finding fault with individual practice.",
            "Focus on learning: what has worked well, what has not and why, and how the learning will be shared.",
            "Complete one tracker per theme. This is a learning exercise, not a performance review of individuals.")
WORDS = ({OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
          INADEQUATE: "Inadequate"},
         {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
          INADEQUATE: "Inadequate"})
WORKED_WELL = (
    "In 4 of the 6 cases sampled the chronology was current and used to inform the assessment.",
    "Social workers knew the children well and wrote about them with warmth.",
    "Strategy discussions were held promptly and partners attended.",
    "Learning from the earlier case review was visible in the more recent recording.",
    "Management decisions were recorded with a clear rationale in most of the cases.",
)
NOT_WELL = (
    "In 3 of the 6 cases sampled the plan did not say what needed to change or by when; staff turnover was a factor.",
    "Fathers and partners were rarely assessed, because their details were not sought early.",
    "Escalation was not used where there had been no progress for several months.",
    "Case summaries were not updated after significant events, so the picture on file was out of date.",
)
ACTIONS = (
    "Share a one-page learning summary from this audit with all teams.",
    "Practice workshop on analysing cumulative harm for team managers.",
    "Add a prompt about fathers and partners to the supervision template.",
    "Re-audit the same theme in six months to test the impact.",
    "Team managers to check escalation is used where plans have drifted.",
)
OWNERS = ("QA Team", "Principal Social Worker", "Team managers", "Workforce Development")
NO_ACTIONS = ("No actions arising – learning to be shared through the usual team meetings.",
              "No further actions required from this audit.", "None identified.")
URGENT = ("Case 3: no visit for nine weeks; passed to the team manager the same day.",
          "One child's safety plan was out of date; raised with the Head of Service on the day of the audit.",
          "Case 2: new information from school not acted on; strategy discussion requested that afternoon.")
# What the Head of Service writes, by what they did with the overall judgement.
SIGN_OFF = {
    "agree": ("Findings agreed; bring the learning summary to the next QA meeting.", "I have read three of the cases myself.",
              "Judgement is fair on the evidence."),
    "lower": ("I have read three of the cases myself and the overall picture is not as strong as recorded.",
              "Judgement moderated – the areas do not support the auditor's overall view.",
              "Discussed with the lead auditor."),
    "higher": ("The evidence in the cases I read supports a higher judgement than recorded.",
               "Judgement moderated – the auditor has been too cautious given the areas.",
               "Discussed with the lead auditor."),
    "comments": ("Helpful learning – please share at the practice forum.", "Discussed with the lead auditor.",
                 "Please add the dates of the cases read to the tracker."),
}
REMARKS = {"agree": ("Agree – seen in the cases I read.", "Share this example at the forum."),
           "lower": ("I would put this lower.", "Not borne out in the cases I read."),
           "higher": ("Stronger than recorded in the cases I read.", "Share this example at the forum."),
           "comments": ("Share this example at the forum.", "Check the chronology in case 2.")}
FINDINGS = {OUTSTANDING: ("Strong and consistent in every case sampled.", "Exemplary recording throughout."),
            GOOD: ("Seen in most cases and recorded clearly.", "Consistent across most of the sample."),
            REQUIRES_IMPROVEMENT: ("Inconsistent – present in about half the sample.", "Not yet embedded in practice."),
            INADEQUATE: ("Rarely evident; practice reminder needed.", "Absent in most of the cases read.")}
CASE_NOTES = ("Plan not reviewed since conference", "Direct work with the child is clear", "Drift – no review for 4 months",
              "Chronology out of date", "Escalated appropriately", "Father not assessed", "Supervision overdue",
              "Child's views clear")
STATUS = ("CIN", "CP", "LAC", "CIN", "CP", "Family support")
EARLY_HELP_STATUS = ("EHA", "TAF", "Family support", "TAF")
ANSWERS = (("Yes", "No"), ("Yes", "Partly", "No"))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    structures = spread([0] * 5 + [1] * 5 + [2] * 6)
    # The tracker grid takes a word or a number in each cell; the areas one to a row take any way of grading.
    rows_count = structures.count(2)
    matrix_grading = (["dropdown", "informal", "key"] * count)[:count - rows_count]
    row_grading = (["columns", "struck", "key", "dropdown", "informal", "columns"] * count)[:rows_count]
    rng.shuffle(matrix_grading)
    rng.shuffle(row_grading)
    gradings = [(row_grading if structure == 2 else matrix_grading).pop() for structure in structures]
    moderation = spread(["change"] * 3 + ["agree"] * 3 + ["comments"] * 3 + [None] * 7)
    urgent = spread([True] * 3 + [False] * 13)
    no_actions = spread([True] * 2 + [False] * 14)
    named = spread([True] * 5 + [False] * 11)
    details = spread([0, 1, 2])
    themes = spread(list(range(len(THEMES))))
    forms = []
    for index, sample in enumerate(samples):
        structure = structures[index]
        plan = {"structure": structure, "grading": gradings[index],
                "moderation": moderation[index], "urgent": urgent[index], "no_actions": no_actions[index],
                "named": named[index], "details": details[index], "theme": THEMES[themes[index]]}
        forms.append(_form(rng, index, sample, today, plan))
    return forms


def _neighbour(rng: random.Random, grade: str) -> str:
    at = GRADES4.index(grade)
    return GRADES4[at + 1] if at == 0 else GRADES4[at - 1] if at == 3 else GRADES4[at + rng.choice((-1, 1))]


class _Sheet:
    """One worksheet with a running row and the council's look."""

    def __init__(self, sheet, brand: str, font: str, last: int):
        self.sheet, self.brand, self.font, self.last, self.row = sheet, brand, font, last, 1

    def put(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
            colour: str | None = None, fill: str | None = None, fmt: str | None = None, strike: bool = False,
            size: int = 10):
        target = self.sheet.cell(row=row, column=column, value=value)
        target.font = Font(name=self.font, size=size, bold=bold, italic=italic, color=colour, strike=strike or None)
        target.alignment = Alignment(wrap_text=True, vertical="top")
        thin = Side(style="thin", color="BFBFBF")
        target.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        if fill:
            target.fill = PatternFill("solid", fgColor=fill)
        if fmt:
            target.number_format = fmt
        return target

    def merge(self, row: int, first: int, last: int | None = None) -> None:
        last = last or self.last
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, *, size: int = 11) -> int:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.merge(self.row, 1)
        self.row += 1
        return self.row - 1

    def line(self, text, **look) -> int:
        self.put(self.row, 1, text, **look)
        self.merge(self.row, 1)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, span: int = 1, **look) -> int:
        self.put(self.row, 1, label, bold=True, fill="F2F2F2")
        if span > 1:
            self.merge(self.row, 1, span)
        self.put(self.row, span + 1, value, **look)
        self.merge(self.row, span + 1)
        self.row += 1
        return self.row - 1

    def box(self, top: int, bottom: int, colour: str) -> None:
        """A heavy border round rows top..bottom, all columns."""
        heavy = Side(style="medium", color=colour)
        for row in range(top, bottom + 1):
            for column in range(1, self.last + 1):
                cell = self.sheet.cell(row=row, column=column)
                old = cell.border
                cell.border = Border(left=heavy if column == 1 else old.left,
                                     right=heavy if column == self.last else old.right,
                                     top=heavy if row == top else old.top,
                                     bottom=heavy if row == bottom else old.bottom)

    def widths(self, widths) -> None:
        for column, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[_letter(column)].width = width


def _letter(column: int) -> str:
    return "ABCDEFGHIJKLMNOP"[column - 1]


def _dropdown(ws, ref: str, choices) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(ref)


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    fmt = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")) if excel_dates else None
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    words = rng.choice(WORDS)
    structure, grading = plan["structure"], plan["grading"]

    # What the auditor concluded.
    theme, areas = plan["theme"]
    cases = rng.randint(5, 8)
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = list(dict.fromkeys(f"{prefix}{invent_case_id(rng)}" for _ in range(cases)))
    cases = len(references)
    base = rng.choices(GRADES4, weights=(1, 5, 4, 1))[0]
    grades = [base if rng.random() < 0.55 else _neighbour(rng, base) for _ in areas]
    overall = max((GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, OUTSTANDING), key=grades.count)
    weighed = _neighbour(rng, overall)
    if rng.random() < 0.25 and weighed in grades:
        overall = weighed  # the auditor weighs the areas, not only counts them
    head = sample.auditor  # the Head of Service who signs it off
    statuses = [rng.choice(EARLY_HELP_STATUS if sample.service == "Early Help" else STATUS) for _ in references]
    lead_member = rng.choice([member for member in STAFF if member.role in ("qa_team", "practice_manager")])
    lead = lead_member.name
    lead_written = (f"{lead} ({'QA Officer' if lead_member.role == 'qa_team' else 'Team Manager'})"
                    if rng.random() < 0.3 else lead)
    changes = {
        "auditor": lead, "grade": overall, "urgent_question": True, "moderated_kind": True,
        "sections": tuple(Section(area, grade, "") for area, grade in zip(areas, grades)),
        "urgent_concern": plan["urgent"], "urgent_concern_detail": rng.choice(URGENT) if plan["urgent"] else None,
        "strengths": recount(tuple(rng.sample(WORKED_WELL, len(sample.strengths))), cases),
        "development_areas": recount(tuple(rng.sample(NOT_WELL, len(sample.development_areas))), cases),
        "own": (ToolField("theme", "Theme", theme, theme),
                ToolField("cases_sampled", "Number of cases sampled", str(cases), cases),
                ToolField("sampled_case_ids", "", None, list(references))),
    }
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    if plan["no_actions"]:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(
            SampleAction(text, rng.choice((head, *OWNERS)), action.due)
            for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))  # signed on a weekday
        nearby = [grade for grade in GRADES4 if abs(GRADES4.index(grade) - GRADES4.index(overall)) == 1]
        changed = rng.choice([grade for grade in nearby if grade in grades] or nearby)
        moderated = {"agree": overall, "change": changed}.get(plan["moderation"])
        pool = plan["moderation"]
        if pool == "change":
            pool = "lower" if GRADES4.index(moderated) > GRADES4.index(overall) else "higher"
        remarks = {}
        if structure == 2 and rng.random() < 0.6:
            remarks = {area: rng.choice(REMARKS[pool]) for area in rng.sample(areas, 2)}
        comments = tuple(rng.sample(SIGN_OFF[pool], rng.randint(1, 2)))
        moderation = Moderation(head, signed, comments, remarks, moderated)
        changes["moderation"] = moderation
    sample = replace(sample, **changes)

    # The children in each case, on trackers that name them.
    children: list[str] = []
    others: list[str] = []
    mentioned: dict[int, str] = {}
    if plan["named"]:
        for number in range(cases):
            child = invent_child(rng, today)
            while child.full_name in others or child.surname in {name.split()[-1] for name in others}:
                child = invent_child(rng, today)  # one family to a case
            names = [child.full_name]
            if rng.random() < 0.35:
                names += [name for name, _ in siblings(rng, child, rng.randint(1, 2), today)]
                mentioned[number] = mention(rng, SIBLING_SENTENCES, names[-1])
            children.append(" / ".join(names))
            others += names

    def day(value: date):
        return value if excel_dates else when(value)

    def grade_text(grade: str, *, note: bool = False):
        if grading == "dropdown":
            return words[grade]
        if grading == "informal":
            return informal_grade(rng, grade, note_chance=0.2 if note else 0.0)
        if grading == "key":
            return score[grade]
        return words[grade]

    high_first = rng.random() < 0.7
    score = {grade: (number if high_first else 5 - number) for number, grade in enumerate(GRADES4, start=1)}
    key_line = "Key: " + ", ".join(f"{score[grade]} = {WORDS[1][grade]}"
                                   for grade in sorted(GRADES4, key=lambda grade: score[grade]))
    order = list(GRADES4) if rng.random() < 0.7 else [GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE]
    marker = rng.choice(("X", "x", "\u2713", "\u25cf", ""))

    workbook = Workbook()
    title = rng.choice(TITLES)
    width = 4 + len(areas) if structure < 2 else 7
    first_ws = workbook.active
    first_ws.title = {0: rng.choice(("Tracker", "Themed audit")), 1: "Audit", 2: rng.choice(("Details", "About"))}[structure]
    top = _Sheet(first_ws, brand, font, width)
    top.line(council_line(rng), bold=True, colour=brand)
    top.band(title, size=13)
    top.line(rng.choice(GUIDANCE), italic=True)
    top.row += 1

    # The details.
    rows = [("Theme", theme), ("Why this theme", rng.choice(WHY)), ("Lead auditor", lead_written),
            ("Date of audit", day(sample.date)), ("No. of cases sampled", cases)]
    if show_service:
        rows.insert(3, (rng.choice(("Service", "Service area")), sample.service))
    style = plan["details"]
    if style == 0:
        for label, value in rows:
            top.pair(label, value, span=2 if structure < 2 else 1, fmt=fmt if isinstance(value, date) else None)
    elif style == 1:
        if len(rows) > width:
            rows = [row for row in rows if row[0] != "Why this theme"]
        for column, (label, value) in enumerate(rows, start=1):
            top.put(top.row, column, label, bold=True, fill="DDEBF7")
            top.put(top.row + 1, column, value, fmt=fmt if isinstance(value, date) else None)
        top.row += 2
    else:
        for start in range(0, len(rows), 2):
            for offset, (label, value) in enumerate(rows[start:start + 2]):
                column = 1 + offset * 3
                top.put(top.row, column, label, bold=True, fill="F2F2F2")
                top.put(top.row, column + 1, value, fmt=fmt if isinstance(value, date) else None)
                top.merge(top.row, column + 1, column + 2)
            top.row += 1
    top.row += 1

    if structure < 2:
        _tracker(rng, top, areas, grades, references, children or statuses, bool(children), mentioned, grading,
                 words, grade_text, key_line)
        row = top.pair(rng.choice(("Overall judgement for this theme", "OVERALL THEMATIC JUDGEMENT",
                                   "Overall grade across the sample")),
                       f"{score[overall]} – {words[overall]}" if grading == "key" and rng.random() < 0.5
                       else grade_text(overall), span=3, bold=True)
        if grading == "dropdown":
            _dropdown(first_ws, f"D{row}", [words[grade] for grade in GRADES4])
        top.row += 1
        rest = top
        if structure == 1:
            rest = _Sheet(workbook.create_sheet(rng.choice(("Learning & actions", "Summary and actions"))),
                          brand, font, 6)
            rest.widths((30, 18, 18, 18, 18, 24))
            rest.band(f"{theme} – learning and actions")
        _summary(rng, rest, sample, day, when, fmt, plan)
        _sign_off(rng, rest, sample, moderation, overall, day, fmt, ink, words)
        top.widths((5, 16, 26 if children else 10, *([15] * len(areas)), 28))
    else:
        top.widths((30, 16, 16, 16, 16, 34, 26))
        sample_ws = _Sheet(workbook.create_sheet(rng.choice(("Sample", "Cases sampled"))), brand, font, 6)
        _sample_sheet(rng, sample_ws, theme, references, children or statuses, bool(children), mentioned)
        findings = _Sheet(workbook.create_sheet(rng.choice(("Findings", "Findings by area"))), brand, font, 7)
        _findings(rng, findings, sample, areas, grades, overall, grading, words, grade_text, score, key_line,
                  order, marker, moderation, ink)
        summary = _Sheet(workbook.create_sheet(rng.choice(("Summary & actions", "Learning"))), brand, font, 6)
        summary.widths((30, 18, 18, 18, 18, 24))
        summary.band(rng.choice(("Summary of learning", "What the audit found")))
        _summary(rng, summary, sample, day, when, fmt, plan)
        signing = _Sheet(workbook.create_sheet(rng.choice(("Sign-off", "HoS sign off"))), brand, font, 4)
        signing.widths((34, 26, 26, 26))
        _sign_off(rng, signing, sample, moderation, overall, day, fmt, ink, words)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others))


def _tracker(rng, sheet: _Sheet, areas, grades, references, third_values, named, mentioned, grading, words,
             grade_text, key_line) -> None:
    """One row per case, a column per area, and the judgement for the whole sample in the last row."""
    sheet.band(rng.choice(("Case sample tracker", "1. Cases sampled and grades by area", "Tracker")))
    sheet.line(rng.choice(("Grade each case against each area, then give the judgement for the whole sample "
                           "in the last row.", "Last row = the auditor's judgement for each area across the sample.")),
               italic=True)
    if grading == "key":
        sheet.line(key_line, italic=True, bold=True)
    third = "Child(ren)" if named else rng.choice(("Plan", "Status", "Legal status"))
    headings = ("No.", rng.choice(("Case ref", "Case number", "Ref")), third, *areas,
                rng.choice(("Comment", "Key finding", "Notes")))
    for column, text in enumerate(headings, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
    sheet.row += 1
    first = sheet.row
    per_case = []
    for grade in grades:
        column = [grade] * (len(references) // 2 + 1)
        column += [_neighbour(rng, grade) for _ in range(len(references) - len(column))]
        rng.shuffle(column)
        per_case.append(column)
    for number, reference in enumerate(references):
        sheet.put(sheet.row, 1, number + 1)
        sheet.put(sheet.row, 2, reference)
        sheet.put(sheet.row, 3, third_values[number])
        for offset, column in enumerate(per_case):
            sheet.put(sheet.row, 4 + offset, grade_text(column[number]))
        sheet.put(sheet.row, 4 + len(areas), mentioned.get(number) or rng.choice(CASE_NOTES))
        sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Across the sample", "SAMPLE JUDGEMENT", "Judgement for the whole sample")),
              bold=True, fill="FFF2CC")
    sheet.merge(sheet.row, 1, 3)
    for offset, grade in enumerate(grades):
        sheet.put(sheet.row, 4 + offset, grade_text(grade, note=True), bold=True, fill="FFF2CC")
    sheet.put(sheet.row, 4 + len(areas), None, fill="FFF2CC")
    if grading == "dropdown":
        _dropdown(sheet.sheet, f"D{first}:{_letter(3 + len(areas))}{sheet.row}", [words[grade] for grade in GRADES4])
    sheet.row += 2


def _sample_sheet(rng, sheet: _Sheet, theme, references, third_values, named, mentioned) -> None:
    sheet.widths((6, 16, 26 if named else 12, 14, 14, 34))
    sheet.band(f"Cases sampled – {theme}")
    checks = rng.sample((("Seen alone?", 0), ("Chronology current?", 1), ("Learning from review applied?", 1),
                         ("Plan SMART?", 1)), 2)
    third = "Child(ren)" if named else rng.choice(("Plan", "Legal status"))
    headings = ("No.", rng.choice(("Case ref", "Case number")), third, *(text for text, _ in checks),
                rng.choice(("Auditor's note", "Comment")))
    for column, text in enumerate(headings, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
    sheet.row += 1
    first = sheet.row
    for number, reference in enumerate(references):
        sheet.put(sheet.row, 1, number + 1)
        sheet.put(sheet.row, 2, reference)
        sheet.put(sheet.row, 3, third_values[number])
        for offset, (_, answers) in enumerate(checks):
            sheet.put(sheet.row, 4 + offset, rng.choice(ANSWERS[answers]))
        sheet.put(sheet.row, 6, mentioned.get(number) or rng.choice(CASE_NOTES))
        sheet.row += 1
    for offset, (_, answers) in enumerate(checks):
        letter = _letter(4 + offset)
        _dropdown(sheet.sheet, f"{letter}{first}:{letter}{sheet.row - 1}", ANSWERS[answers])


def _findings(rng, sheet: _Sheet, sample, areas, grades, overall, grading, words, grade_text, score, key_line,
              order, marker, moderation, ink) -> None:
    """The areas graded across the sample, one to a row."""
    sheet.band(rng.choice(("Findings by area of practice", "2. Judgements across the sample")))
    if grading == "key":
        sheet.line(key_line, italic=True, bold=True)
    elif grading == "struck":
        sheet.line("Strike through the judgements that do not apply.", italic=True)
    remarks = moderation.section_comments if moderation else {}
    headings = {1: "Area of practice", 6: rng.choice(("What we found", "Evidence across the sample"))}
    if grading == "columns":
        headings.update({column: WORDS[1][grade] for column, grade in enumerate(order, start=2)})
    else:
        headings[2] = rng.choice(("Judgement", "Grade"))
    if remarks:
        headings[7] = "HoS comment"
    for column, text in headings.items():
        sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
    if grading != "columns":
        sheet.merge(sheet.row, 2, 5)
    sheet.row += 1
    first = sheet.row
    rows = [(area, grade, rng.choice(FINDINGS[grade])) for area, grade in zip(areas, grades)]
    for area, grade, found in rows:
        sheet.put(sheet.row, 1, area, bold=True)
        _grade_cells(sheet, grade, grading, words, grade_text, order, marker, note=True)
        sheet.put(sheet.row, 6, found)
        if area in remarks:
            sheet.put(sheet.row, 7, remarks[area], colour=ink, italic=True)
        elif remarks:
            sheet.put(sheet.row, 7, None)
        sheet.row += 1
    if grading == "dropdown":
        _dropdown(sheet.sheet, f"B{first}:B{sheet.row - 1}", [words[grade] for grade in GRADES4])
    sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Overall judgement for this theme", "OVERALL JUDGEMENT (auditor)",
                                        "Overall grade across the sample")), bold=True, fill="FFF2CC")
    _grade_cells(sheet, overall, grading, words, grade_text, order, marker, overall=score)
    if grading == "dropdown":
        _dropdown(sheet.sheet, f"B{sheet.row}", [words[grade] for grade in GRADES4])
    sheet.row += 1


def _grade_cells(sheet: _Sheet, grade, grading, words, grade_text, order, marker, *, note: bool = False,
                 overall=None) -> None:
    row = sheet.row
    if grading == "columns":
        for column, option in enumerate(order, start=2):
            chosen = option == grade
            sheet.put(row, column, marker if chosen and marker else None, bold=True,
                      fill="A6A6A6" if chosen and not marker else None)
    elif grading == "struck":
        for column, option in enumerate(order, start=2):
            chosen = option == grade
            sheet.put(row, column, WORDS[1][option], bold=chosen, strike=not chosen,
                      fill="FFFF00" if chosen else None, colour=None if chosen else "808080")
    else:
        value = grade_text(grade, note=note)
        if overall is not None and grading == "key":
            value = f"{overall[grade]} – {words[grade]}"
        sheet.put(row, 2, value, bold=True)
        sheet.merge(row, 2, 5)


def _summary(rng, sheet: _Sheet, sample, day, when, fmt, plan) -> None:
    """What worked well, what did not and why, the urgent question and the learning to share."""
    bullets = rng.random() < 0.4
    for heading, items in ((rng.choice(("What has worked well?", "What worked well")), sample.strengths),
                           (rng.choice(("What has not worked well, and why?", "What did not work well and why")),
                            sample.development_areas)):
        sheet.band(heading)
        if bullets:
            row = sheet.line("\n".join(f"\u2022 {text}" for text in items))
            sheet.sheet.row_dimensions[row].height = 15 * (len(items) + 1)
        else:
            for text in items:
                sheet.line(text)
    sheet.row += 1
    question = rng.choice(("Did any child need immediate safeguarding action during the audit?",
                           "Immediate safety concern identified for any child in the sample?"))
    row = sheet.pair(question, "Yes" if sample.urgent_concern else "No", span=2, bold=True)
    _dropdown(sheet.sheet, f"C{row}", ("Yes", "No"))
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what was done", "Details")), sample.urgent_concern_detail, span=2)
    sheet.row += 1
    sheet.band(rng.choice(("Learning to be shared and actions", "Actions / dissemination of learning",
                           "Action plan")))
    style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif style == "table":
        for column, text in zip((1, 3, 4, 5), (rng.choice(("Action / learning to share", "Action")),
                                               rng.choice(("Lead", "Owner")), "By when", "RAG")):
            sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 2)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, action.owner)
            sheet.put(sheet.row, 4, day(action.due), fmt=fmt)
            sheet.put(sheet.row, 5, None)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")
    sheet.row += 1


def _sign_off(rng, sheet: _Sheet, sample, moderation, overall, day, fmt, ink, words) -> None:
    top = sheet.band(rng.choice(("Head of Service sign-off", "Sign off – Head of Service", "HoS moderation")))
    if moderation:
        sheet.pair("Name", moderation.moderator, span=2, colour=ink)
        sheet.pair("Date", day(moderation.date), span=2, colour=ink, fmt=fmt)
        if moderation.grade:
            agree = moderation.grade == overall
            row = sheet.pair(rng.choice(("Agree with the overall judgement?", "Judgement agreed?")),
                             "Yes" if agree else "No", span=2, colour=ink)
            _dropdown(sheet.sheet, f"C{row}", ("Yes", "No"))
            sheet.pair(rng.choice(("Judgement after moderation", "Moderated judgement")),
                       informal_grade(rng, moderation.grade), span=2, colour=ink, bold=True)
        else:
            sheet.pair(rng.choice(("Agree with the overall judgement?", "Judgement agreed?")), None, span=2)
        sheet.pair("Comments", " ".join(moderation.comments), span=2, colour=ink)
        if rng.random() < 0.5:
            sheet.box(top + 1, sheet.row - 1, ink)
    else:
        sheet.pair("Name", None, span=2)
        sheet.pair("Date", None, span=2)
        sheet.pair("Comments", rng.choice(("Awaiting sign-off", "", "Sent to HoS")) or None, span=2, italic=True)
