"""Supervision quality audit kept as an Excel workbook, one audit to a
workbook: a practice lead, a peer team manager or a Head of Service reads
one practitioner's supervision records and grades them against six
supervision standards. The details (supervisee, supervisor, team, service,
auditor, date of audit, the period looked at), the supervision sessions
read (date, type, whether the record is on file), then each standard with
what the auditor expects to see, the evidence found in the records and a
grade; the overall grade, what is working well, what needs to be better,
actions with who and by when (or a sentence saying there are none), the
question whether the records show a child whose safety needs action today,
and a Head of Service moderation block.

Modelled on South Gloucestershire Council's children's services as
Ofsted's monitoring visits after its 2017 inspection describe them: new
supervision guidance with "ten core practice standards" and "decision
making and visiting standards" raising the standard and frequency of
recording, a senior management team running a cycle of audit activity,
and team managers who did not always remedy poor practice (so the audit
of supervision asks for case direction and the reasons for decisions).
The published material describes the standards and the audit cycle, not a
workbook, so the layout is our judgement: one sheet, or "Details" /
"Standards" / "Summary" sheets; details as label and value rows, as two
pairs to a row, or as shaded labels over their values; the sessions as a
small table or one typed line; each standard's grade from a drop-down,
typed informally, scored 1 to 4 against a printed key, marked under four
grade columns, or with the other grades struck through; dates typed in
several spellings or kept as Excel dates; moderation typed in a colour of
the Head of Service's own or in a shaded box.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, SampleAction, Section, phrases
from bot.samples.forms import Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, head_of_service_over
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    date_writer,
    held_out,
    informal_grade,
)

FAMILY = "supervision_quality_workbook"
SEED = 8543

# The sample's areas and the council's standard for each, with what the
# auditor looks for; the sixth standard is the council's own.
STANDARDS = (
    ("Frequency of supervision", "Supervision happens as agreed", (
        "Sessions at the frequency in the supervision agreement; cancelled sessions rebooked within ten days.")),
    ("Reflection and analysis", "Reflective, analytical discussion", (
        "Hypotheses about the family are tested; the practitioner's thinking is recorded, not just tasks.")),
    ("Clear plans and case direction", "Case direction is clear", (
        "Each case discussed ends with what will happen next, by whom and by when.")),
    ("Decisions and their reasons recorded", "Decisions and the reasons for them are on file", (
        "Management decisions are copied to the child's record with the rationale.")),
    ("Support and constructive challenge", "Wellbeing, support and challenge", (
        "Workload, emotional impact and wellbeing are discussed; drift is challenged.")),
    (None, "Learning and professional development", (
        "CPD, appraisal objectives and training needs are reviewed and followed up.")),
)
TITLES = (
    "Supervision Quality Audit",
    "Audit of Supervision – Quality Assurance Workbook",
    "SUPERVISION QUALITY AUDIT TOOL",
    "Quality of Supervision Audit (Children's Social Care)",
)
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
COLUMN_HEADINGS = (("Outstanding", "Good", "RI", "Inadequate"), ("O", "G", "RI", "I"),
                   ("Outstanding", "Good", "Requires improvement", "Inadequate"))
COLUMN_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
KEY_TEXT = {
    OUTSTANDING: "Outstanding – supervision consistently drives practice forward",
    GOOD: "Good – the standard is met",
    REQUIRES_IMPROVEMENT: "Requires improvement to be good – the standard is partly met",
    INADEQUATE: "Inadequate – the standard is not met",
}
SESSION_TYPES = ("Formal 1:1", "Formal 1:1", "Case supervision", "Group reflective", "1:1 (Teams)")
NOT_MODERATED = ("", "Not sampled for moderation this quarter.", "Not moderated", "N/A")
NO_ACTIONS = ("No actions – supervision meets the standards; continue as agreed.",
              "No further actions from this audit.", "None required.")
MOD_AGREES = ("I agree with the audit; the supervision records support the grades given.",
              "Agreed. A balanced audit – please share the findings with the supervisor in their own supervision.")
MOD_LOWERS = ("The records do not show case direction for several children between sessions; I have lowered "
              "the overall grade.",
              "Gaps between sessions are longer than the audit allows for; overall grade lowered.")
MOD_RAISES = ("The reflective discussion recorded is stronger than the audit credits; grade raised.",
              "Having read the last three records, the standard of case direction is better than graded.")
MOD_REMARKS = ("Please make sure the actions are followed up in the supervisor's own supervision.",
               "Findings to go to the next team managers' meeting as learning.")
MOD_SECTION = ("Agree.", "Agree – well evidenced.", "Check the October record; the rationale is there.")
CASE_MENTIONS = (
    "In the {date} session the discussion about {name} set clear next steps.",
    "The record of the {date} session does not say why the visit to {name} was put back.",
    "Good reflection in the {date} session on {name}'s views and what they mean for the plan.",
)
OWNERS = {"Social worker": "Supervisee", "Practice manager": "Supervisor"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _nearby(rng: random.Random, grade: str, step: int) -> str:
    index = GRADE_ORDER.index(grade) + step
    return GRADE_ORDER[max(0, min(3, index))]


def _moderation(rng: random.Random, moderator: str, sample, outcome: str) -> Moderation:
    grade = sample.grade
    written = sample.date
    moderated_on = written.replace(day=min(28, written.day + rng.randint(3, 12))) if written.day < 25 else written
    if outcome == "confirms":
        moderated, pool = grade, MOD_AGREES
    elif outcome == "changes":
        if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6):
            moderated, pool = _nearby(rng, grade, 1), MOD_LOWERS
        else:
            moderated, pool = _nearby(rng, grade, -1), MOD_RAISES
    else:
        moderated, pool = None, MOD_REMARKS
    remarked = rng.sample([section.name for section in sample.sections], rng.randint(0, 2))
    return Moderation(moderator=moderator, date=moderated_on, comments=(rng.choice(pool),),
                      section_comments={name: rng.choice(MOD_SECTION) for name in remarked}, grade=moderated)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    plan = (["urgent"] * 2 + ["comments only"] * 2 + ["changes"] * 3 + ["confirms"] * 2
            + ["plain"] * (count - 9))
    rng.shuffle(plan)
    # Two of the plain audits found nothing to act on.
    plain = [index for index, outcome in enumerate(plan) if outcome == "plain"]
    for index in plain[1:3]:
        plan[index] = "no actions"
    return [_form(rng, index, sample, outcome, today) for index, (sample, outcome) in enumerate(zip(pool, plan))]


class _Sheet:
    """A worksheet written top to bottom, six columns wide (A to F), with
    grade columns G to J when grades are marked in columns."""

    def __init__(self, sheet, brand: str, font: str):
        self.sheet = sheet
        self.brand = brand
        self.font = font
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold: bool = False, colour: str | None = None,
             fill: str | None = None, italic: bool = False, size: int | None = None, strike: bool = False,
             number_format: str | None = None, border: bool = True):
        target = self.sheet.cell(row=row, column=column)
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
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, last: int = 6, fill: str | None = None) -> None:
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, *, italic: bool = False, bold: bool = False, colour: str | None = None) -> None:
        self.cell(self.row, 1, text, italic=italic, bold=bold, border=False, colour=colour)
        self.merge(self.row, 1, 6)
        self.row += 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    style = rng.choice(("dropdown", "dropdown", "typed", "score", "columns", "struck"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    headings = rng.choice(COLUMN_HEADINGS)
    column_mark = rng.choice(("X", "x", "\u2713", ""))
    layout = rng.choice(("one sheet", "sheets", "sheets"))
    details_style = rng.choice(("rows", "pairs", "strip"))
    sessions_style = rng.choice(("table", "table", "line"))
    actions_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("ink", "box"))
    font = rng.choice(("Arial", "Calibri", "Verdana"))

    own = {field.key: field for field in sample.own}
    supervisor_name = own["supervisor"].written
    supervisor = next(member for member in STAFF if member.name == supervisor_name)

    # Who audited: the sample's Head of Service, a Quality Assurance practice
    # lead, or another team's manager in the same service.
    peers = [member for member in STAFF if member.role in ("practice_manager", "early_help_manager")
             and member.service == supervisor.service and member.name != supervisor.name]
    qa = [member for member in STAFF if member.role == "qa_team"]
    auditor = rng.choice([*peers, *qa, *qa]) if rng.random() < 0.7 else None
    auditor_name = auditor.name if auditor else sample.auditor
    auditor_role = ("Team Manager" if auditor and auditor.role != "qa_team"
                    else "QA Practice Lead" if auditor else "Head of Service")
    moderator = head_of_service_over(supervisor)
    if moderator is None or moderator.name == auditor_name:
        moderator = next(member for member in STAFF if member.name == "Nasreen Akhtar")

    # The council's six standards in its order and words.
    by_name = {section.name: section for section in sample.sections}
    sections = []
    for old, title, _ in STANDARDS:
        if old:
            sections.append(Section(title, by_name[old].grade, by_name[old].comment))
        else:
            grade = _nearby(rng, sample.grade, rng.choice((-1, 0, 0, 1)))
            sections.append(Section(title, grade, rng.choice((
                "Appraisal objectives are referred to but the training plan is not reviewed.",
                "The practitioner's CPD log is discussed and two courses booked.",
                "Learning from the recent practice week is picked up in the August record."))))

    # A child discussed in a session, named in the evidence (personal data).
    sessions = own["session_dates"].written
    mentioned: tuple[str, ...] = ()
    if rng.random() < 0.4:
        child_name = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(('Harding', 'Okafor', 'Kowalski', 'Treloar'))}"
        mentioned = (child_name,)
        place = rng.randrange(1, 5)
        sections[place] = replace(sections[place], comment=sections[place].comment + " " + rng.choice(
            CASE_MENTIONS).format(date=when(rng.choice(sessions)), name=child_name.split()[0]))

    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if outcome == "no actions":
        actions = ()
    changes: dict = {"sections": tuple(sections), "auditor": auditor_name, "actions": actions,
                     "urgent_question": True}
    detail_child = None
    if outcome == "urgent":
        detail_child = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(('Pascoe', 'Whitfield', 'Nowak', 'Barton'))}"
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), detail_child.split()[0])
        mentioned += (detail_child,)
    sample = replace(sample, **changes)
    if outcome in ("confirms", "changes", "comments only"):
        sample = replace(sample, moderated_kind=True,
                         moderation=_moderation(rng, moderator.name, sample, outcome))
    moderation = sample.moderation
    period = own["period_covered"].written

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

    first = workbook.active
    if layout == "one sheet":
        first.title = rng.choice(("Supervision audit", "Audit", "SQA"))
        details_ws = standards_ws = summary_ws = first
    else:
        first.title = rng.choice(("1 Details", "Details", "Cover"))
        details_ws = first
        standards_ws = workbook.create_sheet(rng.choice(("2 Standards", "Standards", "Audit")))
        summary_ws = workbook.create_sheet(rng.choice(("3 Summary", "Summary & sign-off", "Outcome")))
    for ws in {details_ws.title: details_ws, standards_ws.title: standards_ws, summary_ws.title: summary_ws}.values():
        ws.column_dimensions["A"].width = 30
        for letter in "BCDE":
            ws.column_dimensions[letter].width = 16
        ws.column_dimensions["F"].width = 40
        ws.sheet_view.showGridLines = False

    title = rng.choice(TITLES)
    sheets: dict[str, _Sheet] = {}

    def writer(ws) -> _Sheet:
        if ws.title not in sheets:
            sheets[ws.title] = _Sheet(ws, brand, font)
            sheet = sheets[ws.title]
            sheet.cell(1, 1, COUNCIL + rng.choice((" – Children's Services", " – Children, Adults and Health",
                                                   "")), bold=True, colour=brand, size=12, border=False)
            sheet.merge(1, 1, 6)
            sheet.cell(2, 1, title, bold=True, size=14, border=False)
            sheet.merge(2, 1, 6)
            sheet.row = 4
        return sheets[ws.title]

    # --- details ---------------------------------------------------------
    sheet = writer(details_ws)
    sheet.line(rng.choice((
        "OFFICIAL – SENSITIVE. Read at least the last three supervision records before completing.",
        "Complete the shaded cells; choose from the drop-down lists where there is one.",
        "One workbook per supervisee. Return to the Quality Assurance inbox within 10 working days.",
    )), italic=True)
    sheet.skip()
    sheet.band(rng.choice(("Section 1 – Details", "About this audit", "DETAILS")))
    audit_value, audit_fmt = day(sample.date)
    auditor_value = auditor_name if rng.random() < 0.6 else f"{auditor_name} ({auditor_role})"
    details = [
        (rng.choice(("Supervisee", "Name of supervisee", "Practitioner")), sample.practitioner, None),
        (rng.choice(("Supervisor", "Supervising manager", "Line manager (supervisor)")), supervisor_name, None),
        (rng.choice(("Team", "Team name")), sample.team, None),
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Auditor", "Audit completed by", "Name of auditor")), auditor_value, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), audit_value, audit_fmt),
        (rng.choice(("Period reviewed", "Period of records read", "Period covered")), period, None),
    ]
    if details_style == "rows":
        for text, value, number_format in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format, fill="FFF2CC")
            sheet.merge(sheet.row, 2, 6)
            sheet.skip()
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for position, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 3 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.skip()
    else:
        for start in range(0, len(details), 3):
            for position, (text, value, number_format) in enumerate(details[start:start + 3]):
                column = 1 + 2 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.skip(2)
    sheet.skip()

    sheet.band(rng.choice(("Supervision sessions looked at", "Section 2 – Records read", "SESSIONS AUDITED")))
    if sessions_style == "table":
        for column, text in enumerate(("Session", "Date", "Type", "Record on file and signed?"), start=1):
            sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 4, 6)
        sheet.skip()
        for number, session in enumerate(sessions, start=1):
            value, number_format = day(session)
            sheet.cell(sheet.row, 1, number)
            sheet.cell(sheet.row, 2, value, number_format=number_format)
            sheet.cell(sheet.row, 3, rng.choice(SESSION_TYPES))
            answer = sheet.cell(sheet.row, 4, rng.choice(("Yes", "Yes", "Yes", "No")), fill="FFF2CC")
            dropdown(details_ws, answer.coordinate, ("Yes", "No"))
            sheet.merge(sheet.row, 4, 6)
            sheet.skip()
    else:
        sheet.cell(sheet.row, 1, rng.choice(("Dates of sessions", "Sessions read")), bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, ", ".join(when(session) for session in sessions))
        sheet.merge(sheet.row, 2, 6)
        sheet.skip()
    sheet.skip()

    # --- standards -------------------------------------------------------
    sheet = writer(standards_ws)
    wide = 10 if "columns" in (style, overall_style) else 6
    sheet.band(rng.choice(("Section 3 – Supervision standards", "The standards", "AUDIT OF THE STANDARDS")),
               last=wide)
    if style == "score":
        sheet.line("Score each standard 1–4:", bold=True)
        for grade in GRADE_ORDER:
            sheet.line(f"{SCORES[grade]} = {KEY_TEXT[grade]}", italic=True)
        sheet.skip()
    remarks = moderation.section_comments if moderation else {}
    for number, ((_, _, expect), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
        sheet.band(f"{number}. {section.name}", last=wide, fill="595959")
        sheet.cell(sheet.row, 1, rng.choice(("What good looks like", "We expect to see", "Look for")), bold=True,
                   fill="F2F2F2")
        sheet.cell(sheet.row, 2, expect, italic=True)
        sheet.merge(sheet.row, 2, 6)
        sheet.skip()
        sheet.cell(sheet.row, 1, rng.choice(("Evidence from the records", "Evidence", "What did you find?")),
                   bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, section.comment)
        sheet.merge(sheet.row, 2, 6)
        sheet.sheet.row_dimensions[sheet.row].height = 32
        sheet.skip()
        if section.name in remarks:
            sheet.cell(sheet.row, 1, rng.choice(("HoS comment", "Moderator's note")), bold=True, colour=ink)
            sheet.cell(sheet.row, 2, remarks[section.name], colour=ink)
            sheet.merge(sheet.row, 2, 6)
            sheet.skip()
        _grade_row(sheet, style, section.grade, rng.choice(("Grade", "Grade for this standard", "Judgement")),
                   words=words, headings=headings, mark=column_mark, rng=rng,
                   dropdown=lambda cell: dropdown(standards_ws, cell, tuple(words[g] for g in GRADE_ORDER)))
        sheet.skip()

    # --- summary ---------------------------------------------------------
    sheet = writer(summary_ws)
    sheet.band(rng.choice(("Overall judgement", "Section 4 – Overall grade", "OVERALL")),
               last=10 if overall_style == "columns" else 6)
    _grade_row(sheet, overall_style, sample.grade,
               rng.choice(("Overall grade for the quality of supervision", "Overall grade", "Overall judgement")),
               words=words, headings=headings, mark=column_mark, rng=rng,
               dropdown=lambda cell: dropdown(summary_ws, cell, tuple(words[g] for g in GRADE_ORDER)))
    sheet.skip()
    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for heading, items in ((rng.choice(("What is working well", "Strengths of this supervision", "Strengths")),
                            sample.strengths),
                           (rng.choice(("What needs to be better", "Areas for development",
                                        "Areas for development / worries")), sample.development_areas)):
        sheet.band(heading)
        if one_cell:
            sheet.cell(sheet.row, 1, "\n".join(f"{bullet or '- '}{item}" for item in items))
            sheet.merge(sheet.row, 1, 6)
            sheet.sheet.row_dimensions[sheet.row].height = 16 * len(items) + 6
            sheet.skip()
        else:
            for item in items:
                sheet.cell(sheet.row, 1, f"{bullet}{item}")
                sheet.merge(sheet.row, 1, 6)
                sheet.skip()
        sheet.skip()

    sheet.band(rng.choice(("Actions", "Actions agreed – who and by when", "ACTION PLAN")))
    if not sample.actions:
        sheet.cell(sheet.row, 1, rng.choice(NO_ACTIONS))
        sheet.merge(sheet.row, 1, 6)
        sheet.skip()
    elif actions_style == "table":
        for column, text in zip((1, 4, 5), rng.choice((("Action", "Who", "By when"),
                                                        ("What needs to happen", "Responsible", "Target date")))):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.cell(sheet.row, 6, "Update", bold=True, fill="D9E1F2")
        sheet.skip()
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.cell(sheet.row, 4, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 5, value, number_format=number_format)
            sheet.cell(sheet.row, 6, "")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {action.action} – {action.owner} by {when(action.due)}")
            sheet.merge(sheet.row, 1, 6)
            sheet.skip()
    sheet.skip()

    sheet.band(rng.choice(("Child safety", "Urgent concerns", "Is any child unsafe?")), fill="C00000")
    question = rng.choice((
        "Did the records show any child whose safety needs action today (refer to the Access and Response Team)?",
        "Has this audit found an urgent safeguarding concern about a child?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = (rng.choice(("Yes", "YES – see below")) if sample.urgent_concern else rng.choice(("No", "No", "NO")))
    target = sheet.cell(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 5, 6)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes – what, who was told and when", bold=True, fill="FCE4D6")
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or "")
    sheet.merge(sheet.row, 2, 6)
    sheet.skip(2)

    if moderation or rng.random() < 0.75:
        box_fill = "EDEDED" if moderation_style == "box" else None
        colour = ink if moderation and moderation_style == "ink" else None
        sheet.band(rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "MODERATION")))
        labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date moderated", "Date")),
                  "Agree with the overall grade?", rng.choice(("Moderated grade", "Grade after moderation")),
                  rng.choice(("Comments", "Moderator's comments")))
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            agree = grade_text = ""
            if moderation.grade:
                agree = "Yes" if moderation.grade == sample.grade else "No"
                grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            values = (moderation.moderator, moderated_on, agree, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for text, value, number_format in zip(labels, values, formats):
            sheet.cell(sheet.row, 1, text, bold=True, fill=box_fill or "F2F2F2")
            sheet.cell(sheet.row, 2, value, number_format=number_format, colour=colour, fill=box_fill,
                       bold=text == labels[3])
            sheet.merge(sheet.row, 2, 6)
            if text == labels[2]:
                dropdown(summary_ws, f"B{sheet.row}", ("Yes", "No"))
            sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else auditor_name
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=mentioned)


def _grade_row(sheet: _Sheet, style: str, grade: str, label: str, *, words, headings, mark, rng: random.Random,
               dropdown) -> None:
    """A grade on its own row in the workbook's style."""
    if style == "columns":
        for column, heading in zip(range(7, 11), headings):
            sheet.cell(sheet.row, column, heading, bold=True, fill="F2F2F2")
        sheet.skip()
        sheet.cell(sheet.row, 1, label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 6)
        for column, option in zip(range(7, 11), GRADE_ORDER):
            if option == grade:
                if mark:
                    sheet.cell(sheet.row, column, mark, bold=True)
                else:
                    sheet.cell(sheet.row, column, None, fill=COLUMN_FILLS[grade])
            else:
                sheet.cell(sheet.row, column, None)
        sheet.skip()
        return
    sheet.cell(sheet.row, 1, label, bold=True, fill="E2EFDA")
    if style == "struck":
        for column, option in zip(range(2, 6), GRADE_ORDER):
            chosen = option == grade
            sheet.cell(sheet.row, column, words[option], bold=chosen, strike=not chosen,
                       colour=None if chosen else "A6A6A6", fill="FFFF00" if chosen else None)
        sheet.skip()
        return
    if style == "dropdown":
        target = sheet.cell(sheet.row, 2, words[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "score":
        score = SCORES[grade]
        sheet.cell(sheet.row, 2, score if rng.random() < 0.6 else f"{score} – {words[grade]}", bold=True,
                   fill="FFF2CC")
    else:
        sheet.cell(sheet.row, 2, informal_grade(rng, grade, note_chance=0.25), bold=True)
    sheet.merge(sheet.row, 2, 3)
    sheet.skip()
