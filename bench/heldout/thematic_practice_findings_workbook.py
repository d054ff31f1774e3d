"""Thematic practice findings workbook: a council's thematic audit of a
small sample of children's files on one theme, read in one audit session
and written up in an Excel workbook. The lead auditor names the theme and
the date of the session, lists the files read one to a row (reference,
legal status or placement, on some the children in the family, a grade for
each file and a short note), answers the same questions on the theme for
every file (yes / partly / no, with the share of files meeting each),
grades each area of practice across the sample with the findings, gives an
overall judgement for the theme, says what is working well and what needs
to improve, sets out the actions, answers whether any child needed
immediate safeguarding action, signs off, and sends it to a Head of
Service to moderate.

Modelled on the structure of a published thematic file audit by a Scottish
body not used by any other family: the Social Work Services Inspectorate's
"Looking After Children in Scotland: Good Parenting, Good Outcomes – Report
on File Audit of Local Authorities use of Looking After Children Materials"
(Dr Sharon Vincent, with consultants Jackie Irvine and Anne Partington;
read as the search excerpt of its transcription on docplayer.net, which
holds the contents page and the start of the summary only). What it says:
local authorities using the Looking After Children materials audited 430
of their children's files; the findings are set out record by record
("Characteristics of the children included in the Audit", "Essential Core
Record and Placement Agreement", "Essential Background Record", "Care
Plans", "Day to Day Placement Arrangements", "Review Materials",
"Assessment and Action Records"), then conclusions; Annex 1 is the sample,
Annex 2 a "Local Authority File Audit Questionnaire" and Annex 3 possible
revisions to the forms; the summary gives findings as shares of the files
audited (80% had a completed core record and placement agreement, half an
essential background record, 70% a care plan) with what was missing or
not updated. The Social Work Inspection Agency's practice guide "On the
record – getting it right: Effective management of social work recording"
(gov.scot, 2010; section 2, read as the search excerpt) adds that first
line managers assure the quality of practice through supervision and
audit. No council in Scotland, Wales, Northern Ireland or the English
Midlands could be used: every one checked is named by another family or in
bench/README.md, so this family takes a similar body not yet used.

The questionnaire itself was not shown, so the form is our own judgement.
From the source come only the shape: one theme audited across a sample of
files with the same questions for every file, a line describing the
children in the sample, findings area by area stated as shares of the
files, and on one theme ("Care planning and records for children in care")
areas named after the records the report audits. Everything else is ours:
Ofsted grades (Northmoor is an English council); one sheet, a pair of
sheets or four sheets; the details as label / value rows or a strip of
headings over a row of values, with other auditors on some and the service
left off some; the files as rows with plain or prefixed references, the
children in the family named on five, and a grade for each file; the
question matrix of Y / P / N with a "% met" column; areas graded across the
sample typed informally, as a number on a printed 1–4 key (either way
round), the chosen option bold and highlighted among four cells, the others
struck through, a mark or shading under four grade columns, or an Excel
drop-down, and the overall judgement the same way; working well and needs
to improve as bullets in one cell, one to a row or side by side; actions
as a table, numbered lines or a "no actions" sentence (2); the urgent
question typed or from a drop-down (3 yes); dates typed in a person's
spelling or kept as Excel dates; and the Head of Service's moderation typed
in a non-red ink, as label / value rows (inside a heavy border on some) or
beside the overall judgement, with remarks against some areas (4 changing,
3 confirming, 3 comments only), or an empty box, an "awaiting" note or
nothing.
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
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    recount,
    siblings,
)

FAMILY = "thematic_practice_findings_workbook"
SEED = 10038
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# Each theme with the areas of practice its questions are grouped under.
THEMES = (
    ("Care planning and records for children in care", (
        "Core record and placement agreement", "Background information on file", "The child's care plan",
        "Day-to-day placement arrangements", "Reviews and their decisions")),
    ("Neglect and cumulative harm", (
        "Chronology kept and used", "Analysis of cumulative harm", "The child's daily experience",
        "Plan and contingency", "Management oversight")),
    ("Children missing from home or care", (
        "Return home conversations", "Risk assessment and safety plan", "Strategy meetings",
        "Information from partners", "Impact for the child")),
    ("Pre-birth assessment and planning", (
        "Timely referral and assessment", "Fathers and partners assessed", "Pre-birth plan",
        "Health partners involved", "Management oversight")),
    ("Step down from child protection plans", (
        "Decision to step down", "Plan after step down", "Family's understanding of the plan",
        "Handover to the new worker", "Outcome three months on")),
    ("Voice of the child in plans", (
        "Child seen and seen alone", "Child's views in their own words", "Views shape the plan",
        "Direct work recorded", "Feedback to the child")),
)
TITLES = ("Thematic Practice Findings Workbook", "Thematic Audit – Practice Findings",
          "Themed File Audit: Findings Workbook", "THEMATIC AUDIT OF PRACTICE – FINDINGS")
GUIDANCE = ("Answer each question for every file read (Y = yes, P = partly, N = no), then grade each area "
            "across the whole sample.",
            "One workbook per theme. Grade the practice across the sample, not individual workers.",
            "Complete in the audit session and return to the QA mailbox within five working days.")
STATUS = ("Looked after – foster care", "Looked after – kinship care", "Looked after at home", "CP plan", "CIN",
          "Looked after – residential", "CP plan – neglect", "CIN – step down")
EARLY_HELP_STATUS = ("Early Help – TAF", "Early Help – family support", "Step down from CIN")
FILE_NOTES = ("Plan not updated since review", "Child's views clear", "Chronology out of date",
              "Good direct work on file", "Drift – no review for 4 months", "Father not assessed",
              "Supervision notes give direction", "Partner information missing")
FINDINGS = {
    OUTSTANDING: ("Met in every file read and it made a difference for the children.",
                  "Consistently strong across the sample; examples to be shared."),
    GOOD: ("Met in most of the files, with gaps in recording in one or two.",
           "Clear in the majority of files; weaker where the worker was newly allocated."),
    REQUIRES_IMPROVEMENT: ("Met in about half the files; not yet embedded.",
                           "Present but often not updated after significant events."),
    INADEQUATE: ("Not met in most of the files read.", "Largely missing; children's circumstances drifted."),
}
TALLY = {OUTSTANDING: "YYYYY", GOOD: "YYYP", REQUIRES_IMPROVEMENT: "YPPN", INADEQUATE: "PNNN"}
STRENGTHS = (
    "In 5 of the 6 files read the plan was on file, current and shared with the family.",
    "Workers know the children well and describe their daily lives vividly.",
    "Reviews were held on time and their decisions recorded clearly.",
    "Partners' information was sought and used in most of the files.",
    "Direct work with children is recorded in the child's own words.",
)
DEVELOPMENT = (
    "In 3 of the 6 files read records had not been updated after significant events.",
    "Background information on health and education was incomplete in several files.",
    "Plans do not always say who will do what by when.",
    "Fathers and partners were not assessed in a number of files.",
)
ACTIONS = (
    "Team managers to check every plan in their team is updated after each review.",
    "Practice workshop on analysing cumulative harm for all teams.",
    "Add a prompt about fathers and partners to the supervision template.",
    "Share a one-page learning summary from this audit at the practice forum.",
    "Re-audit the theme in six months to test the impact of the actions.",
    "Agree with health colleagues how background health information reaches the file.",
)
OWNERS = ("Team Managers", "Principal Social Worker", "QA Team", "Workforce Development", "Head of Service")
NO_ACTIONS = ("No actions arising from this audit – learning to be shared through team meetings.",
              "No further actions required at this time.", "None identified.")
URGENT = ("File {n} ({ref}): no visit for eight weeks while on a plan; raised with the Team Manager the same day "
          "and a visit made the next morning.",
          "File {n} ({ref}): a new disclosure recorded by school had not been acted on; passed to the front "
          "door and a strategy discussion held that afternoon.")
MODERATION_COMMENTS = ("I have read two of the files myself and the findings are fair.",
                       "Helpful, honest audit – please take the learning to the practice forum.",
                       "Actions agreed; QA team to track them on the service plan.",
                       "Please add the partners' view when the theme is re-audited.")
CHANGE = ("Having read the files I would place the overall judgement at {grade}.",
          "I do not agree with the overall judgement – on balance the sample is {grade}.")
REMARKS = ("HoS: agree.", "HoS: evidence supports this.", "HoS: share this example with the teams.",
           "HoS: discussed with the Team Managers.")
AWAITING = ("Awaiting Head of Service moderation.", "Sent to HoS for moderation.", "To be moderated at the next QA meeting.")

_QA_HEAD = next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == SAFEGUARDING)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "urgent", "no_actions", "family", "structure", "show_service", "theme")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["bold"] * 2 + ["struck"] * 3 + ["columns"] * 3 + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread([True] * 3 + [False] * 13),
        spread([True] * 2 + [False] * 14),
        spread([True] * 5 + [False] * 11),
        spread(["single"] * 5 + ["paired"] * 5 + ["split"] * 6),
        spread([True] * 11 + [False] * 5),
        spread(list(range(len(THEMES)))),
    )]
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.7:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _lead(rng: random.Random, sample) -> tuple[str, str]:
    """The lead auditor and their role: the sample's Head of Service, a
    manager in the service, or the QA team."""
    managers = [member for member in STAFF if member.service == sample.service
                and member.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)]
    qa = [member for member in STAFF if member.role == QA_TEAM]
    choice = rng.random()
    if choice < 0.25:
        return sample.auditor, "Head of Service"
    if choice < 0.6 and managers:
        return rng.choice(managers).name, rng.choice(("Team Manager", "Practice Manager"))
    return rng.choice(qa).name, rng.choice(("QA Officer", "Quality Assurance Lead"))


def _moderator(sample, lead: str) -> str:
    head = next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == sample.service)
    if head != lead:
        return head
    return _QA_HEAD if _QA_HEAD != lead else next(member.name for member in STAFF
                                                  if member.role == HEAD_OF_SERVICE and member.name != lead)


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

    def pair(self, label: str, value, *, span: int = 2, **look) -> int:
        self.put(self.row, 1, label, bold=True, fill="F2F2F2")
        self.merge(self.row, 1, span)
        self.put(self.row, span + 1, value, **look)
        self.merge(self.row, span + 1)
        self.row += 1
        return self.row - 1

    def box(self, top: int, bottom: int, colour: str) -> None:
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
            self.sheet.column_dimensions[get_column_letter(column)].width = width


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
    grading, structure = plan["grading"], plan["structure"]
    reversed_key = rng.random() < 0.45
    score = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1} if reversed_key
             else {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})
    key_line = "Key: " + "   ".join(f"{score[grade]} = {WORDS[grade]}" for grade in sorted(ORDER, key=score.get))
    order = [grade for grade, _ in rng.choice(GRADE_COLUMNS)]
    marker = rng.choice(MARKS)

    def day(value: date):
        return value if excel_dates else when(value)

    # What the lead auditor found.
    theme, areas = THEMES[plan["theme"]]
    own = {field.key: field for field in sample.own}
    total = own["cases_sampled"].expected
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else []
    while len(case_ids) < total:
        case_ids = list(dict.fromkeys([*case_ids, invent_case_id(rng)]))
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    base = rng.choices(ORDER, weights=(1, 5, 4, 1))[0]
    grades = [base if rng.random() < 0.55 else _neighbour(rng, base) for _ in areas]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), ORDER.index(grade)))
    sections = tuple(Section(area, grade, rng.choice(FINDINGS[grade])) for area, grade in zip(areas, grades))
    file_grades = [overall if rng.random() < 0.5 else _neighbour(rng, overall) for _ in refs]
    lead, role = _lead(rng, sample)

    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=WORDS[moderated].lower()))
        remarks = {section.name: rng.choice(REMARKS) for section in rng.sample(sections, rng.randint(0, 2))}
        moderation = Moderation(_moderator(sample, lead), signed, tuple(comments), remarks, moderated)

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice((*OWNERS, lead)), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    urgent_file = rng.randrange(total)
    sample = replace(
        sample, title=rng.choice(TITLES), auditor=lead,
        service=sample.service if plan["show_service"] else None, grade=overall, sections=sections,
        strengths=recount(tuple(rng.sample(STRENGTHS, min(len(sample.strengths), len(STRENGTHS)))), total),
        development_areas=recount(tuple(rng.sample(DEVELOPMENT, min(len(sample.development_areas),
                                                                    len(DEVELOPMENT)))), total),
        actions=actions, moderation=moderation, moderated_kind=True, urgent_question=True,
        urgent_concern=plan["urgent"],
        urgent_concern_detail=(rng.choice(URGENT).format(n=urgent_file + 1, ref=refs[urgent_file])
                               if plan["urgent"] else None),
        own=(ToolField("theme", "Theme", theme, theme),
             ToolField("cases_sampled", "Number of files audited", str(total), total),
             ToolField("sampled_case_ids", "", None, refs)))

    # The children in each family, on forms whose sample table asks for them.
    families: list[str] = []
    others: list[str] = []
    if plan["family"]:
        used: set[str] = set()
        for _ in range(total):
            child = invent_child(rng, today)
            while child.surname in used:
                child = invent_child(rng, today)
            used.add(child.surname)
            people = [child.full_name] + [name for name, born in siblings(rng, child, rng.choice((0, 1, 1, 2)), today)
                                          if (today - born).days < 17 * 365]
            families.append(", ".join(people))
            others += people
    statuses = [rng.choice(EARLY_HELP_STATUS if sample.service == "Early Help" else STATUS) for _ in refs]

    # The workbook.
    workbook = Workbook()
    first = _Sheet(workbook.active, brand, font, 8)
    first.sheet.title = {"single": "Thematic findings", "paired": "Audit", "split": "Details & sample"}[structure]
    first.widths((6, 18, 28 if families else 22, 14, 14, 14, 14, 30))
    first.put(1, 1, council_line(rng), bold=True, colour=brand, size=11)
    first.merge(1, 1)
    first.put(2, 1, sample.title, bold=True, size=14)
    first.merge(2, 1)
    first.put(3, 1, rng.choice(GUIDANCE), italic=True, size=9)
    first.merge(3, 1)
    first.row = 5

    def grade_text(grade: str) -> str:
        if grading == "key":
            return str(score[grade])
        if grading == "dropdown":
            return WORDS[grade]
        return informal_grade(rng, grade, note_chance=0.15 if grading == "typed" else 0.0)

    # 1. About the audit.
    lead_text = f"{lead} ({role})" if rng.random() < 0.5 else lead
    rows = [(rng.choice(("Theme", "Audit theme", "Theme of the audit")), theme),
            (rng.choice(("Date of audit session", "Audit date", "Date of audit")), day(sample.date)),
            (rng.choice(("Lead auditor", "Auditor", "Audit lead")), lead_text)]
    if rng.random() < 0.35:
        helpers = [member.name for member in STAFF if member.role in (QA_TEAM, PRACTICE_MANAGER) and member.name != lead]
        rows.append((rng.choice(("Other auditors", "Also reading files")), ", ".join(rng.sample(helpers, 2))))
    if plan["show_service"]:
        rows.append((rng.choice(("Service", "Service area", "Service audited")), sample.service))
    rows.append((rng.choice(("Number of files audited", "No. of files read", "Files in sample")), total))
    first.band(rng.choice(("1. About this audit", "Audit details", "1. Theme and sample")))
    if rng.random() < 0.6:
        for label, value in rows:
            first.pair(label, value, fmt=fmt if isinstance(value, date) else None)
    else:
        for column, (label, value) in enumerate(rows, start=1):
            first.put(first.row, column + 1, label, bold=True, fill="DDEBF7")
            first.put(first.row + 1, column + 1, value, fmt=fmt if isinstance(value, date) else None)
        first.row += 2
    first.row += 1

    # 2. The files read, one to a row.
    sheet = first
    if structure == "split" and rng.random() < 0.5:
        first.sheet.title = "Details"
        sheet = _Sheet(workbook.create_sheet("Sample"), brand, font, 8)
        sheet.widths((6, 18, 28 if families else 22, 14, 30))
    sheet.band(rng.choice(("2. Files read", "The sample", "2. Cases in the sample")))
    looked_after = sum(status.startswith("Looked after") for status in statuses)
    sheet.line(f"Sample: {total} files; {looked_after} looked after, {total - looked_after} not looked after.",
               italic=True)
    if grading == "key":
        sheet.line(key_line, italic=True, bold=True)
    headers = ["No.", rng.choice(("Case reference", "Case ref", "Child ID"))]
    if families:
        headers.append(rng.choice(("Children in the family", "Child and brothers / sisters")))
    headers += [rng.choice(("Legal status / placement", "Status")), rng.choice(("File grade", "Grade for this file")),
                rng.choice(("Key finding", "Auditor's note"))]
    for column, text in enumerate(headers, start=1):
        sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
    sheet.row += 1
    top = sheet.row
    grade_column = len(headers) - 1
    for number, ref in enumerate(refs):
        values = [number + 1, ref] + ([families[number]] if families else []) + [statuses[number]]
        values += [grade_text(file_grades[number]), rng.choice(FILE_NOTES)]
        for column, value in enumerate(values, start=1):
            sheet.put(sheet.row, column, value)
        sheet.row += 1
    if grading == "dropdown":
        letter = get_column_letter(grade_column)
        _dropdown(sheet.sheet, f"{letter}{top}:{letter}{sheet.row - 1}", [WORDS[grade] for grade in ORDER])
    sheet.row += 1

    # 3. The questions on the theme, file by file.
    if structure == "split":
        sheet = _Sheet(workbook.create_sheet(rng.choice(("Findings", "Findings by area"))), brand, font, 8)
        sheet.widths((34, 30, 14, 14, 14, 14, 24, 20))
        sheet.band(f"{theme} – findings")
    else:
        sheet = first
    sheet.band(rng.choice(("3. Questions on the theme", "File by file", "3. What the files showed")))
    sheet.line("Y = yes, P = partly, N = no", italic=True, size=9)
    sheet.put(sheet.row, 1, rng.choice(("Area of practice", "Question area")), bold=True, fill="D9D9D9")
    for number in range(total):
        sheet.put(sheet.row, 2 + number, f"File {number + 1}", bold=True, fill="D9D9D9")
    sheet.put(sheet.row, 2 + total, "% met", bold=True, fill="D9D9D9")
    sheet.row += 1
    top = sheet.row
    for section in sections:
        answers = [rng.choice(TALLY[section.grade]) for _ in range(total)]
        sheet.put(sheet.row, 1, section.name, bold=True)
        for number, answer in enumerate(answers):
            sheet.put(sheet.row, 2 + number, answer)
        sheet.put(sheet.row, 2 + total, f"{round(100 * answers.count('Y') / total)}%")
        sheet.row += 1
    last_letter = get_column_letter(1 + total)
    _dropdown(sheet.sheet, f"B{top}:{last_letter}{sheet.row - 1}", ("Y", "P", "N"))
    sheet.row += 1

    # 4. Each area graded across the sample, then the overall judgement.
    sheet.band(rng.choice(("4. Judgements across the sample", "Findings by area of practice",
                           "4. Grading by area")))
    if grading == "key":
        sheet.line(key_line, italic=True, bold=True)
    elif grading == "struck":
        sheet.line("Strike through the grades that do not apply.", italic=True)
    elif grading == "bold":
        sheet.line("Highlight the grade that applies.", italic=True)
    remarks = moderation.section_comments if moderation else {}
    inline = moderation is not None and rng.random() < 0.4
    headings = {1: rng.choice(("Area of practice", "Area")),
                2: rng.choice(("Findings across the sample", "What we found"))}
    if grading == "columns":
        headings.update({3 + offset: WORDS[grade] for offset, grade in enumerate(order)})
    else:
        headings[3] = rng.choice(("Grade", "Judgement"))
    if remarks:
        headings[7] = "HoS comment"
    for column, text in headings.items():
        sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
    if grading != "columns":
        sheet.merge(sheet.row, 3, 6)
    sheet.row += 1
    top = sheet.row

    def grade_cells(grade: str, *, bold: bool = False) -> None:
        row = sheet.row
        if grading == "columns":
            for offset, option in enumerate(order):
                chosen = option == grade
                sheet.put(row, 3 + offset, marker if chosen and marker else None, bold=True,
                          fill=MARK_SHADE if chosen and not marker else None)
        elif grading in ("struck", "bold"):
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.put(row, 3 + offset, WORDS[option], bold=chosen, fill="FFFF00" if chosen else None,
                          strike=not chosen and grading == "struck",
                          colour="808080" if not chosen and grading == "struck" else None)
        else:
            sheet.put(row, 3, grade_text(grade), bold=bold)
            sheet.merge(row, 3, 6)

    for section in sections:
        sheet.put(sheet.row, 1, section.name, bold=True)
        sheet.put(sheet.row, 2, section.comment)
        grade_cells(section.grade)
        if section.name in remarks:
            sheet.put(sheet.row, 7, remarks[section.name], colour=ink, italic=True)
        sheet.row += 1
    if grading == "dropdown":
        _dropdown(sheet.sheet, f"C{top}:C{sheet.row - 1}", [WORDS[grade] for grade in ORDER])
    sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Overall judgement for the theme", "OVERALL JUDGEMENT",
                                        "Overall grade across the sample")), bold=True, fill="FFF2CC")
    sheet.put(sheet.row, 2, None, fill="FFF2CC")
    grade_cells(overall, bold=True)
    if grading == "dropdown":
        _dropdown(sheet.sheet, f"C{sheet.row}", [WORDS[grade] for grade in ORDER])
    sheet.row += 1
    if inline:
        if moderation.grade:
            sheet.put(sheet.row, 1, rng.choice(("HoS moderated judgement", "Judgement after moderation (HoS)")),
                      bold=True, colour=ink)
            sheet.put(sheet.row, 3, informal_grade(rng, moderation.grade), bold=True, colour=ink)
            sheet.merge(sheet.row, 3, 6)
            sheet.row += 1
        sheet.put(sheet.row, 1, " ".join(moderation.comments), colour=ink)
        sheet.merge(sheet.row, 1)
        sheet.row += 1
        signed = f"{moderation.moderator}, Head of Service – {when(moderation.date)}"
        sheet.put(sheet.row, 1, signed, colour=ink, italic=True)
        sheet.merge(sheet.row, 1)
        sheet.row += 1
    sheet.row += 1

    # 5. Learning, actions, the urgent question, sign-off and moderation.
    if structure in ("paired", "split"):
        sheet = _Sheet(workbook.create_sheet(rng.choice(("Summary", "Learning & actions", "Summary and actions"))),
                       brand, font, 6)
        sheet.widths((36, 30, 18, 18, 18, 20))
    _learning(rng, sheet, sample, day, when, fmt)
    if structure == "split":
        sheet = _Sheet(workbook.create_sheet(rng.choice(("Sign-off", "HoS moderation"))), brand, font, 4)
        sheet.widths((34, 30, 26, 26))
    _sign_off(rng, sheet, sample, moderation, inline, lead, day, fmt, ink)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = sample.title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 40))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 55))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others))


def _learning(rng: random.Random, sheet: _Sheet, sample, day, when, fmt) -> None:
    """Working well and needs to improve, the actions and the urgent question."""
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths across the sample", "Areas for development"),
                           ("Working well", "Needs to improve")))
    style = rng.choice(("bullets", "rows", "side"))
    if style == "side":
        sheet.put(sheet.row, 1, headings[0], bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.put(sheet.row, 2, headings[1], bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.merge(sheet.row, 2)
        sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, left)
            sheet.put(sheet.row, 2, right)
            sheet.merge(sheet.row, 2)
            sheet.row += 1
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            sheet.band(heading)
            if style == "bullets":
                row = sheet.line("\n".join(f"\u2022 {text}" for text in items))
                sheet.sheet.row_dimensions[row].height = 15 * (len(items) + 1)
            else:
                for text in items:
                    sheet.line(text)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Action plan", "Learning and actions")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Who", "By when", "RAG"),
                              ("What needs to happen", "Owner", "Target date", "Progress")))
        for column, text in enumerate(headers, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.row += 1
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action)
            sheet.put(sheet.row, 2, action.owner)
            sheet.put(sheet.row, 3, day(action.due), fmt=fmt)
            for column in range(4, len(headers) + 1):
                sheet.put(sheet.row, column, None)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")
    sheet.row += 1

    question = rng.choice(("Did the audit find any child needing immediate safeguarding action?",
                           "Immediate safety concern identified for any child in the sample?",
                           "Urgent concern about a child's safety?"))
    urgent = sample.urgent_concern
    row = sheet.pair(question, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No", "NO")), bold=True)
    if rng.random() < 0.5:
        _dropdown(sheet.sheet, f"C{row}", ("Yes", "No"))
    if urgent:
        sheet.pair(rng.choice(("If yes, what was done", "Action taken")), sample.urgent_concern_detail)
    sheet.row += 1


def _sign_off(rng: random.Random, sheet: _Sheet, sample, moderation, inline: bool, lead: str, day, fmt,
              ink: str) -> None:
    sheet.band(rng.choice(("Sign-off", "Completed by")))
    sheet.pair(rng.choice(("Lead auditor", "Signed (lead auditor)")), lead)
    sheet.pair("Date", day(sample.date), fmt=fmt)
    sheet.row += 1
    if inline:
        return  # typed beside the overall judgement
    if moderation is None:
        style = rng.choice(("box", "awaiting", "none"))
        if style == "none":
            return
        sheet.band(rng.choice(("Head of Service moderation", "HoS moderation")))
        if style == "awaiting":
            sheet.line(rng.choice(AWAITING), italic=True)
            return
        for text in ("Head of Service", "Date", "Moderated judgement", "Comments"):
            sheet.pair(text, None)
        return
    top = sheet.band(rng.choice(("Head of Service moderation", "HoS moderation", "Moderation (Head of Service)")))
    sheet.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, colour=ink)
    sheet.pair(rng.choice(("Date", "Date moderated")), day(moderation.date), colour=ink, fmt=fmt)
    if moderation.grade:
        agree = moderation.grade == sample.grade
        sheet.pair(rng.choice(("Agree with the overall judgement?", "Judgement agreed?")),
                   "Yes" if agree else "No – see comments", colour=ink)
        sheet.pair(rng.choice(("Moderated judgement", "HoS judgement")), informal_grade(rng, moderation.grade),
                   colour=ink, bold=True)
    sheet.pair(rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments), colour=ink)
    sheet.sheet.row_dimensions[sheet.row - 1].height = 15 * (len(moderation.comments) + 1)
    if rng.random() < 0.6:
        sheet.box(top + 1, sheet.row - 1, ink if rng.random() < 0.5 else "000000")
