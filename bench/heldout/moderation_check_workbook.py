"""Moderation check workbook: the Excel workbook a Head of Service fills in
after checking a month's case audits by the team managers (or Early Help
managers) in their service, and emails to the Quality Assurance team. Who
checked, which service and month, how many audits and when; every audit
checked (the case reference, the team or worker, the manager who audited
it, when, the auditor's grade), with the Head of Service's check beside
it: whether they agree, the moderated grade and their feedback to the
auditor; what the month's audits show is going well and what must be
challenged; whether any child needed action straight away; the actions
for the service; the sign-off.

Every council in the North East and Cumbria already models a family, so
this one is modelled on a partnership of the region: the Durham
Safeguarding Children Partnership's "Performance Management" page
(durham-scp.org.uk, under "Multi-agency safeguarding arrangements"). It
says the partnership's Performance Management Framework is structured
around its vision of "Keeping Children Safe" – prevention through early
intervention, a joined-up response, listening to families, children and
young people – that the partnership challenges organisations to learn and
continuously improve, that it uses a multi-agency audit framework "for
checking progress and challenging areas of concern", and that agencies
complete an annual Section 11 self-assessment. The page describes the
framework, not a form, and says nothing of a Head of Service's moderation:
the workbook is our own judgement of how a council working within such a
framework would keep the monthly check of its managers' audits. The only
things taken from the page are the two theme headings (progress seen /
areas of concern to challenge) on some files.

Our judgement, and what varies across the sixteen files: a "Cover" sheet
(details, grading key, the urgent question and sign-off) with a "Check"
sheet and sometimes a "Themes & actions" sheet, or everything on one sheet
with the details at the top (label and value rows, a strip of labels over
their values, or "Label: value" in one cell), or the cases laid across the
sheet one to a column; the cases one to a row under a two-level header
whose "Head of Service check" columns are typed in an ink or filled in a
colour of their own, sometimes grouped under a band for each auditing
manager; agreement as Agree / Disagree, Y / N, Yes / No or ticks and
crosses; the moderated grade given always or only where it changed;
grades typed informally, numbered on a printed 1-4 key (either way round)
or chosen from a drop-down (its list sometimes on a hidden sheet); plain
and prefixed case references; dates typed in seven spellings or kept as
Excel dates; an agreement summary under the cases on some; themes one to
a row, in one cell or side by side; actions as a table, numbered lines or
a "no actions" sentence; the urgent question answered "Yes" with the case
on three files.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

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
    early_help_reference,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "moderation_check_workbook"
SEED = 9984
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
_MANAGER_ROLES = ("practice_manager", "early_help_manager", "safeguarding_practice_manager")
_ROLE = {member.name: member.role for member in STAFF}

TITLES = ("Moderation Check – Case Audits", "Head of Service Moderation Check", "Monthly Audit Moderation Check",
          "HoS Check of Managers' Audits")
# Light fills a Head of Service's columns are shaded in instead of an ink.
MODERATOR_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE1F5")
KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
AGREEMENTS = (("Agree", "Disagree"), ("Y", "N"), ("Yes", "No"), ("\u2713", "\u2717"))
AGREE_HEADERS = ("Agree with grade?", "HoS agrees?", "Agreed (Y/N)", "Agree?")
MODERATED_HEADERS = {"always": ("Moderated grade", "Grade after check", "HoS grade"),
                     "changed": ("Moderated grade (if different)", "New grade (only if changed)",
                                 "HoS grade where changed")}
FEEDBACK_HEADERS = ("Feedback to auditor", "HoS comments", "Rationale / feedback")
FEEDBACK_AGREE = ("Well evidenced – thank you.", "Agree, analysis is clear.", "Fair and balanced audit.",
                  "Agree; make sure the action on the chronology is followed up.",
                  "Agree – good use of the child's own words.", "")
# Why the Head of Service moved the grade: down (index 0) or up (index 1).
FEEDBACK_CHANGE = (("Evidence on file does not support the grade given.", "No management oversight recorded since "
                    "the last review – grade lowered.", "Plan has drifted; the audit does not reflect this."),
                   ("Audit under-credits the direct work with the child.", "Impact for the child is clearly "
                    "evidenced – grade raised.", "Strengths in the plan not reflected in the grade."))
THEME_HEADINGS = (
    ("Checking progress – what is going well", "Areas of concern to challenge"),
    ("Strengths across the audits checked", "Areas for improvement across the audits checked"),
    ("What's working well?", "What are we worried about?"),
)
ACTION_HEADERS = (("Action", "Lead", "By when"), ("What needs to happen", "Who", "Timescale"),
                  ("Service action", "Owner", "Due"))
ACTION_OWNERS = ("All team managers", "Team managers", "QA team", "Principal social worker")
NO_ACTIONS = ("No new service actions this month – learning to be taken to the next managers' meeting.",
              "No actions arising from this month's check.",
              "Nil – themes already covered by the service improvement plan.")
URGENT_QUESTIONS = ("Any child identified as needing immediate action to keep them safe?",
                    "Were any cases escalated for an immediate safeguarding response?",
                    "Urgent concerns for a child's safety identified through moderation?")
URGENT_NO = ("No", "No.", "None identified", "No – none")
URGENT_YES = ("Yes – {ref}: no visit recorded for seven weeks; team manager asked to visit today.",
              "Yes. {ref} – new police information about an adult in the household not acted on; strategy "
              "discussion requested the same day.",
              "Yes – {ref}: plan not reviewed after a reported injury; escalated to the team manager at once.")
SHEET_NAMES = {"cover": ("Cover", "Front sheet", "Details"), "check": ("Check", "Moderation check", "Audits checked"),
               "themes": ("Themes & actions", "Learning", "Findings")}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and _ROLE.get(audit.auditor) in _MANAGER_ROLES]
    layouts = (["cover"] * 7 + ["single"] * 6 + ["across"] * 3 + ["cover", "single"] * count)[:count]
    rng.shuffle(layouts)
    urgent = set(rng.sample(range(count), min(3, count)))
    no_actions = set(rng.sample([i for i in range(count) if i not in urgent], min(3, count - len(urgent))))
    forms = []
    for index, sample in enumerate(overviews):
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, layouts[index], index in urgent, index in no_actions, audits))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Four to eight audits from two to four managers, from the Head of
    Service's own service where it has any (a Safeguarding and QA head
    checks audits from across the services)."""
    own = [audit for audit in pool if audit.service == service] or pool
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(2, 4)))
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(1, 3)))
    while len(audits) < 4:
        audits.append(rng.choice([audit for audit in own if audit not in audits]))
    audits = audits[:8]
    order = {manager: place for place, manager in enumerate(chosen)}
    return sorted(audits, key=lambda audit: (order.get(audit.auditor, len(order)), audit.date))


def _other_grade(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


class _Writer:
    """Cells on one worksheet, with the form's font and borders."""

    def __init__(self, sheet, font: str):
        self.sheet = sheet
        self.font = font
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, centre=False):
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def band(self, text: str, fill: str, width: int, *, size=11) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill, size=size)
        self.merge(self.row, 1, width)
        self.row += 1

    def line(self, text: str, width: int, *, bold=False, italic=False, colour=None, fill=None, border=False) -> int:
        self.put(self.row, 1, text, bold=bold, italic=italic, colour=colour, fill=fill, border=border)
        self.merge(self.row, 1, width)
        self.sheet.row_dimensions[self.row].height = 14 * max(1, len(text) // 95 + 1 + text.count("\n"))
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, layout: str, urgent: bool, no_actions: bool,
          audits) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    look = rng.choice(("ink", "ink", "fill"))
    ink = rng.choice(MODERATION_INKS)
    fill = rng.choice(MODERATOR_FILLS)
    moderator_colour = ink if look == "ink" else None
    moderator_fill = fill if look == "fill" else None
    when = date_writer(rng)
    excel_dates = rng.random() < 0.45
    date_format = rng.choice(DATE_FORMATS)
    grade_style = rng.choice(("typed", "typed", "key", "dropdown"))
    key = rng.choice(KEYS)
    words = rng.choice(DROPDOWN_WORDS)
    agreement = rng.choice(AGREEMENTS)
    moderated_when = rng.choice(("always", "changed"))
    grouped = layout != "across" and rng.random() < 0.4
    early_help = sample.service == "Early Help"
    reference_style = rng.choice(("plain", "prefixed", "prefixed") + (("early help",) if early_help else ()))
    prefix = rng.choice(CASE_PREFIXES)
    themes_style = rng.choice(("rows", "cell", "side by side"))
    theme_headings = rng.choice(THEME_HEADINGS)
    actions_style = "none" if no_actions else rng.choice(("table", "table", "lines"))
    details_style = "rows" if layout == "cover" else rng.choice(("rows", "strip", "inline"))
    show_count = rng.random() < 0.7
    show_summary = rng.random() < 0.45
    hidden_lists = grade_style == "dropdown" and rng.random() < 0.6
    title = rng.choice(TITLES)

    # The audits checked, and what the Head of Service made of each.
    changes_wanted = rng.choice((0, 1, 1, 2, 2, 3))
    changed_at = set(rng.sample(range(len(audits)), min(changes_wanted, len(audits) - 1)))
    cases = []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            reference = early_help_reference(rng, audit.case_id)
        else:
            reference = audit.case_id
        if reference in {case["ref"] for case in cases}:
            reference = audit.case_id
        moderated = _other_grade(rng, audit.grade) if position in changed_at else audit.grade
        if moderated != audit.grade:
            feedback = rng.choice(FEEDBACK_CHANGE[ORDER.index(moderated) < ORDER.index(audit.grade)])
        else:
            feedback = rng.choice(FEEDBACK_AGREE)
        cases.append({"ref": reference, "team": audit.team, "worker": audit.practitioner, "auditor": audit.auditor,
                      "audited": audit.date, "grade": audit.grade, "moderated": moderated, "feedback": feedback})
    total = len(cases)
    agreed_count = sum(case["grade"] == case["moderated"] for case in cases)

    # The sample as this workbook carries it; the truth comes from it.
    period = next(field.written for field in sample.own if field.key == "period")
    own = [field for field in sample.own if field.key == "period"]
    if show_count or show_summary:
        own.append(ToolField("audits_moderated", "Audits checked", str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changes: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(SampleAction(action.action, rng.choice((sample.auditor, *ACTION_OWNERS)),
                                                action.due) for action in sample.actions)
    urgent_answer = rng.choice(URGENT_NO)
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_answer = rng.choice(URGENT_YES).format(ref=worst["ref"])
        changes.update(urgent_concern=True, urgent_concern_detail=urgent_answer)
    sample = replace(sample, **changes)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def grade_text(grade: str):
        if grade_style == "key":
            return key[grade]
        if grade_style == "dropdown":
            return words[grade]
        return informal_grade(rng, grade, note_chance=0.1)

    def moderated_text(case):
        if moderated_when == "changed" and case["moderated"] == case["grade"]:
            return None
        if grade_style == "typed":
            return informal_grade(rng, case["moderated"])
        return grade_text(case["moderated"])

    # The workbook and its sheets.
    workbook = Workbook()
    first = workbook.active
    if layout == "cover":
        first.title = rng.choice(SHEET_NAMES["cover"])
        check_sheet = workbook.create_sheet(rng.choice(SHEET_NAMES["check"]))
        themes_sheet = workbook.create_sheet(rng.choice(SHEET_NAMES["themes"])) if rng.random() < 0.5 else check_sheet
    else:
        first.title = rng.choice(("Moderation", "HoS check", "Sheet1"))
        check_sheet = themes_sheet = first
    lists = None
    if hidden_lists:
        lists = workbook.create_sheet("Lists")
        lists.sheet_state = "hidden"
        for row, grade in enumerate(ORDER, start=1):
            lists.cell(row=row, column=1, value=words[grade])
        if agreement[0] in ("Agree", "Y", "Yes"):
            for row, word in enumerate(agreement, start=1):
                lists.cell(row=row, column=2, value=word)
    validations: dict[tuple, DataValidation] = {}

    def dropdown(sheet, reference: str, kind: str) -> None:
        token = (sheet.title, kind)
        if token not in validations:
            if kind == "yes-no":
                formula = '"Yes,No"'
            elif lists is not None:
                formula = "Lists!$A$1:$A$4" if kind == "grade" else "Lists!$B$1:$B$2"
            else:
                choices = [words[grade] for grade in ORDER] if kind == "grade" else list(agreement)
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            sheet.add_data_validation(validation)
            validations[token] = validation
        validations[token].add(reference)

    writers: dict[str, _Writer] = {}
    for sheet in (first, check_sheet, themes_sheet):
        if sheet.title not in writers:
            writers[sheet.title] = _Writer(sheet, font)
    width = 9 if layout != "across" else total + 1
    for sheet in {first.title: first, check_sheet.title: check_sheet}.values():
        sheet.page_setup.orientation = "landscape"
    front = writers[first.title]

    # Title and details.
    front.put(1, 1, f"{COUNCIL} – {title}", bold=True, size=14, colour="FFFFFF", fill=brand, border=False)
    front.merge(1, 1, max(width, 6))
    front.sheet.row_dimensions[1].height = 24
    front.put(2, 1, council_line(rng), italic=True, colour=brand, border=False)
    front.merge(2, 1, max(width, 6))
    front.row = 4
    written, written_format = day(sample.date)
    details = [(rng.choice(("Head of Service", "Moderator (HoS)", "Checked by")), sample.auditor, None),
               (rng.choice(("Service", "Service area")), sample.service, None),
               (rng.choice(("Audit month", "Audits completed in", "Month checked")), period, None)]
    if show_count:
        details.append((rng.choice(("Audits checked", "No. of audits moderated", "Number of audits checked")),
                        total, None))
    details.append((rng.choice(("Date of check", "Date completed", "Date returned to QA")), written, written_format))
    _details(front, details_style, details, max(width, 6), wide_first=layout == "cover")
    front.row += 1

    # The grading key, where grades are numbers.
    if grade_style == "key":
        writer = front if layout == "cover" else writers[check_sheet.title]
        writer.put(writer.row, 1, "Grading key", bold=True, fill="F2F2F2")
        for offset, grade in enumerate(sorted(ORDER, key=lambda g: key[g])):
            writer.put(writer.row + 1 + offset, 1, key[grade], centre=True)
            writer.put(writer.row + 1 + offset, 2, KEY_WORDS[grade])
            writer.merge(writer.row + 1 + offset, 2, 3)
        writer.row += 6

    # The audits checked.
    check = writers[check_sheet.title]
    if layout == "cover":
        check.band(rng.choice(("Audits checked this month", "Moderation check", "Case audits moderated")), brand, width)
        check.row += 1
    labels = {"ref": rng.choice(("Case ref", "Case no.", "Mosaic ID", "Case reference")),
              "team": rng.choice(("Team", "Team / worker", "Allocated worker")),
              "auditor": rng.choice(("Audited by", "Auditor (TM)", "Auditing manager")),
              "audited": rng.choice(("Date audited", "Audit date", "Date of audit")),
              "grade": rng.choice(("Auditor's grade", "Grade given", "TM grade")),
              "agree": rng.choice(AGREE_HEADERS), "moderated": rng.choice(MODERATED_HEADERS[moderated_when]),
              "feedback": rng.choice(FEEDBACK_HEADERS)}
    moderator_band = rng.choice(("Head of Service check", "HoS moderation", "FOR HEAD OF SERVICE"))

    def who(case) -> str:
        if labels["team"] == "Allocated worker":
            return case["worker"]
        if labels["team"] == "Team / worker":
            return f"{case['team']} / {case['worker']}"
        return case["team"]

    if layout == "across":
        row = check.row
        check.put(row, 1, None, fill="F2F2F2")
        for column, _ in enumerate(cases, start=2):
            check.put(row, column, f"Audit {column - 1}", bold=True, fill="DEEAF6", centre=True)
        rows = [(labels["ref"], lambda c: c["ref"], None), (labels["team"], who, None),
                (labels["auditor"], lambda c: c["auditor"], None),
                (labels["audited"], lambda c: day(c["audited"]), "date"),
                (labels["grade"], lambda c: grade_text(c["grade"]), "grade")]
        mod_rows = [(labels["agree"], lambda c: agreement[0] if c["grade"] == c["moderated"] else agreement[1],
                     "agree"),
                    (labels["moderated"], moderated_text, "grade"),
                    (labels["feedback"], lambda c: c["feedback"] or None, None)]
        r = row + 1
        for text, value_of, kind in rows:
            check.put(r, 1, text, bold=True, fill="F2F2F2")
            for column, case in enumerate(cases, start=2):
                _case_cell(check, r, column, value_of(case), kind, moderator=False, colour=None, fill=None)
                if kind == "grade" and grade_style == "dropdown":
                    dropdown(check.sheet, f"{get_column_letter(column)}{r}", "grade")
            r += 1
        check.put(r, 1, moderator_band, bold=True, colour="FFFFFF", fill=ink if look == "ink" else brand)
        check.merge(r, 1, total + 1)
        r += 1
        for text, value_of, kind in mod_rows:
            check.put(r, 1, text, bold=True, fill="F2F2F2")
            for column, case in enumerate(cases, start=2):
                _case_cell(check, r, column, value_of(case), kind, moderator=True, colour=moderator_colour,
                           fill=moderator_fill)
                if kind == "grade" and grade_style == "dropdown":
                    dropdown(check.sheet, f"{get_column_letter(column)}{r}", "grade")
                if kind == "agree" and agreement[0] in ("Agree", "Y", "Yes"):
                    dropdown(check.sheet, f"{get_column_letter(column)}{r}", "agree")
            r += 1
        check.sheet.column_dimensions["A"].width = 24
        for column in range(2, total + 2):
            check.sheet.column_dimensions[get_column_letter(column)].width = 20
        check.row = r + 1
    else:
        # Columns: the audit's own, then the Head of Service's.
        audit_columns = ["no", "ref"] + (["team"] if grouped else ["team", "auditor"]) + ["audited", "grade"]
        columns = audit_columns + ["agree", "moderated", "feedback"]
        sizes = {"no": 5, "ref": 15, "team": 26, "auditor": 18, "audited": 14, "grade": 16, "agree": 12,
                 "moderated": 18, "feedback": 40}
        for place, name in enumerate(columns, start=1):
            check.sheet.column_dimensions[get_column_letter(place)].width = sizes[name]
        row = check.row
        check.put(row, 1, rng.choice(("The audit", "Completed by the team manager", "Audit details")), bold=True,
                  fill="D9D9D9")
        check.merge(row, 1, len(audit_columns))
        check.put(row, len(audit_columns) + 1, moderator_band, bold=True, colour="FFFFFF",
                  fill=ink if look == "ink" else brand)
        check.merge(row, len(audit_columns) + 1, len(columns))
        header_labels = dict(labels, no="No.")
        for place, name in enumerate(columns, start=1):
            moderator = name in ("agree", "moderated", "feedback")
            check.put(row + 1, place, header_labels[name], bold=True,
                      fill=(moderator_fill or "F2F2F2") if moderator else "DEEAF6")
        check.sheet.freeze_panes = check.sheet.cell(row=row + 2, column=3)
        r = row + 2
        current = None
        for number, case in enumerate(cases, start=1):
            if grouped and case["auditor"] != current:
                current = case["auditor"]
                theirs = sum(other["auditor"] == current for other in cases)
                check.put(r, 1, f"{labels['auditor']}: {current} ({theirs} audit{'s' if theirs > 1 else ''})",
                          bold=True, fill="EDEDED")
                check.merge(r, 1, len(columns))
                r += 1
            values = {"no": number, "ref": case["ref"], "team": who(case), "auditor": case["auditor"],
                      "audited": day(case["audited"]), "grade": grade_text(case["grade"]),
                      "agree": agreement[0] if case["grade"] == case["moderated"] else agreement[1],
                      "moderated": moderated_text(case), "feedback": case["feedback"] or None}
            for place, name in enumerate(columns, start=1):
                moderator = name in ("agree", "moderated", "feedback")
                kind = {"audited": "date", "grade": "grade", "moderated": "grade", "agree": "agree"}.get(name)
                _case_cell(check, r, place, values[name], kind, moderator=moderator,
                           colour=moderator_colour if moderator else None, fill=moderator_fill if moderator else None)
                letter = get_column_letter(place)
                if name in ("grade", "moderated") and grade_style == "dropdown":
                    dropdown(check.sheet, f"{letter}{r}", "grade")
                if name == "agree" and agreement[0] in ("Agree", "Y", "Yes"):
                    dropdown(check.sheet, f"{letter}{r}", "agree")
            r += 1
        check.row = r + 1
    if show_summary:
        changed = total - agreed_count
        cells = (("Audits checked", total), ("Grade agreed", agreed_count), ("Grade changed", changed),
                 ("Agreement", f"{round(100 * agreed_count / total)}%"))
        for offset, (text, value) in enumerate(cells):
            check.put(check.row, 1 + 2 * offset, text, bold=True, fill="F2F2F2")
            check.put(check.row, 2 + 2 * offset, value, colour=moderator_colour, fill=moderator_fill, centre=True)
        check.row += 2

    # Themes.
    themes = writers[themes_sheet.title]
    theme_width = 9 if layout != "across" else max(total + 1, 6)
    themes.band(rng.choice(("Themes from this month's audits", "What the audits tell us", "Learning themes")),
                brand, theme_width)
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if themes_style == "side by side":
        half = theme_width // 2
        themes.put(themes.row, 1, theme_headings[0], bold=True, fill="E2EFDA")
        themes.merge(themes.row, 1, half)
        themes.put(themes.row, half + 1, theme_headings[1], bold=True, fill="FCE4D6")
        themes.merge(themes.row, half + 1, theme_width)
        themes.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[offset] if offset < len(sample.strengths) else None
            right = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            themes.put(themes.row, 1, f"{bullet}{left}" if left else None, colour=moderator_colour)
            themes.merge(themes.row, 1, half)
            themes.put(themes.row, half + 1, f"{bullet}{right}" if right else None, colour=moderator_colour)
            themes.merge(themes.row, half + 1, theme_width)
            themes.sheet.row_dimensions[themes.row].height = 30
            themes.row += 1
    else:
        for heading, items in zip(theme_headings, (sample.strengths, sample.development_areas)):
            themes.line(heading, theme_width, bold=True, fill="F2F2F2", border=True)
            if themes_style == "cell":
                themes.line("\n".join(f"{bullet or '• '}{item}" for item in items), theme_width,
                            colour=moderator_colour, border=True)
            else:
                for item in items:
                    themes.line(f"{bullet}{item}", theme_width, colour=moderator_colour)
    themes.row += 1

    # Actions.
    themes.band(rng.choice(("Actions for the service", "Action plan", "Service actions – who and by when")),
                brand, theme_width)
    if not sample.actions:
        themes.line(rng.choice(NO_ACTIONS), theme_width, italic=True, colour=moderator_colour)
    elif actions_style == "table":
        headers = rng.choice(ACTION_HEADERS)
        row = themes.row
        split = max(theme_width - 3, 2)
        themes.put(row, 1, headers[0], bold=True, fill="DEEAF6")
        themes.merge(row, 1, split)
        themes.put(row, split + 1, headers[1], bold=True, fill="DEEAF6")
        themes.put(row, split + 2, headers[2], bold=True, fill="DEEAF6")
        for offset, action in enumerate(sample.actions, start=1):
            themes.put(row + offset, 1, action.action, colour=moderator_colour)
            themes.merge(row + offset, 1, split)
            themes.put(row + offset, split + 1, action.owner, colour=moderator_colour)
            due, due_format = day(action.due)
            themes.put(row + offset, split + 2, due, number_format=due_format, colour=moderator_colour)
        themes.row = row + len(sample.actions) + 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            themes.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}", theme_width,
                        colour=moderator_colour)
    themes.row += 1

    # The urgent question and the sign-off, on the front sheet.
    question = rng.choice(URGENT_QUESTIONS)
    if layout == "cover" or rng.random() < 0.5:
        front.put(front.row, 1, question, bold=True, fill="F2F2F2")
        front.merge(front.row, 1, 3)
        front.put(front.row, 4, urgent_answer, colour=moderator_colour or ink, bold=urgent)
        front.merge(front.row, 4, max(width, 6))
        if urgent_answer == "No":
            dropdown(front.sheet, f"D{front.row}", "yes-no")
        front.sheet.row_dimensions[front.row].height = 30
        front.row += 2
    else:
        front.line(question, max(width, 6), bold=True)
        front.line(urgent_answer, max(width, 6), colour=moderator_colour or ink, bold=urgent)
        front.row += 1
    front.band(rng.choice(("Sign-off", "Head of Service sign-off", "Confirmation")), brand, max(width, 6))
    for text, value, value_format in (("Signed", sample.auditor, None), ("Date", written, written_format)):
        front.put(front.row, 1, text, bold=True, fill="F2F2F2")
        front.put(front.row, 2, value, number_format=value_format, colour=moderator_colour or ink)
        front.merge(front.row, 2, 3)
        front.row += 1
    if layout == "cover":
        for column, size in zip("ABCDEF", (30, 22, 18, 22, 18, 18)):
            first.column_dimensions[column].width = size

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(8, 50))
    workbook.properties.modified = datetime.combine(sample.date, time(15, 55))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")


def _case_cell(writer: _Writer, row: int, column: int, value, kind: str | None, *, moderator: bool, colour, fill):
    number_format = None
    if kind == "date" and isinstance(value, tuple):
        value, number_format = value
    writer.put(row, column, value, colour=colour, fill=fill, number_format=number_format,
               bold=moderator and kind == "grade", centre=kind == "agree" or isinstance(value, int))


def _details(writer: _Writer, style: str, details, width: int, *, wide_first: bool) -> None:
    """The details: label and value rows, a strip of labels over their
    values, or "Label: value" in one cell each. Where the first column is
    narrow (a case table's "No."), a label spans two columns."""
    span = 1 if wide_first else 2
    if style == "rows":
        for label, value, number_format in details:
            writer.put(writer.row, 1, label, bold=True, fill="F2F2F2")
            writer.merge(writer.row, 1, span)
            writer.put(writer.row, span + 1, value, number_format=number_format)
            writer.merge(writer.row, span + 1, span + 3)
            writer.row += 1
    elif style == "strip":
        for place, (label, value, number_format) in enumerate(details):
            column = 1 + 2 * place
            writer.put(writer.row, column, label, bold=True, fill="F2F2F2")
            writer.merge(writer.row, column, column + 1)
            writer.put(writer.row + 1, column, value, number_format=number_format)
            writer.merge(writer.row + 1, column, column + 1)
        writer.row += 2
    else:
        for label, value, number_format in details:
            if number_format:
                writer.put(writer.row, 1, f"{label}:", bold=True, border=False)
                writer.merge(writer.row, 1, span)
                writer.put(writer.row, span + 1, value, number_format=number_format, border=False)
                writer.merge(writer.row, span + 1, span + 2)
            else:
                writer.put(writer.row, 1, f"{label}: {value}", border=False)
                writer.merge(writer.row, 1, min(5, width))
            writer.row += 1
