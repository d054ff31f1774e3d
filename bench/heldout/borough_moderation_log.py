"""Borough moderation log: the Excel workbook a Head of Service keeps of a
month's moderation of the case audits the team managers in their service
completed, and emails to the Quality Assurance team. Who moderated, for
which service and month, sometimes how many audits, and when; each audit
moderated (the case reference, on some files the children in the family,
the worker or team, the manager who audited it, when, the manager's grade)
with the Head of Service's moderation (whether they agree, the moderated
grade, their comment); what the month's audits show is working well and
what must improve; whether any child needed action straight away; the
actions for the service; the sign-off.

Modelled on the City of Westminster (no Westminster material was used
yet; every other London borough the brief named already models a family).
What was read, as search excerpts: the council's news release
"Westminster's Children's Services earns outstanding rating from Ofsted
for third consecutive time" (westminster.gov.uk, January 2025: outstanding
in all five judgements after the November 2024 inspection; children's
services delivered jointly with the Royal Borough of Kensington and
Chelsea, the two the first authorities judged outstanding at three
inspections in a row; inspectors praised social workers whose practice is
informed by children's views and aspirations, their prompt responses to
risk and their work to help children stay with their families), its
earlier release "Ofsted report that 'Children at risk of extra-familial
harm receive excellent support and services in Westminster'" (20 July
2022: inspectors spoke to children, carers, social workers and managers
and scrutinised the service's performance, including individual cases;
senior leaders "critically evaluate the impact" of partnership work), the
gov.uk press release "Tri-borough demonstrates outstanding leadership and
social work" (Westminster and Kensington and Chelsea the first judged
outstanding under the single inspection framework; three separate reports
because the authorities are legally separate) and WillisPalmer's
"Westminster rated as outstanding by Ofsted" (leaders and senior managers
working within a bi-borough approach; a research- and learning-based
practice model). None of them shows an audit or moderation form or says
how the borough's managers' audits are moderated. (Kensington and
Chelsea's "Case Audit Arrangements", which the shared service may also
follow, already models the family `inline_moderation`; it was not used
here.)

So the workbook is our own judgement of how a London borough's Head of
Service might log a month's moderation; only its leaning – the learning
section asks what the audits show about children's views and the response
to risk on some files – follows what the sources praise. What varies
across the sixteen files, all our judgement: four layouts – a ledger (one
sheet, each audit a row, the Head of Service's columns beside the
manager's under a band of their own), a moderation table beneath the
audit table (the Head of Service's part typed under the list of audits,
the case references repeated), a summary sheet with one sheet per
auditing manager, or the audits laid across the sheet one to a column;
details as label rows, a strip of labels over values or "Label: value"
lines; grades typed informally, numbered on a printed 1-4 key (either way
round), chosen from a drop-down, written as the four options in one cell
with the chosen one bold and the others struck through, or marked under
four grade columns (four grade rows when the audits run across); the Head
of Service's entries typed in an ink of their own (never red) or black in
a shaded area inside a heavy border; agreement as Agree / Disagree, Y / N,
Yes / No or ticks and crosses; the moderated grade given always or only
where it changed ("no change", "as auditor", a dash or blank otherwise);
some audits only commented on (the manager's grade stands); plain
(sometimes kept as a number), prefixed and Early Help references; the
children in the family named on four files; a date moderated for each
audit on some files; dates typed in seven spellings or kept as Excel
dates; themes as rows, one cell each or side by side; actions as a table,
numbered lines or a "no actions" sentence (three files); the same-day
safeguarding question typed, ticked in boxes or chosen from a Yes / No
list, answered "Yes" with the case on three files.

The truth: `form` "moderation_overview", `case_id` and `grade` None,
`extra["moderated_cases"]` each listed reference, as written, to the
grade that stands after moderation, and `extra["audits_moderated"]` only
where the workbook states the number.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF
from bot.samples.forms import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import CHILD_FIRST_NAMES, EARLY_HELP, FRONT_LINE_MANAGERS, SAFEGUARDING
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
    siblings,
)

FAMILY = "borough_moderation_log"
SEED = 10020
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
_ROLE = {member.name: member.role for member in STAFF}
_TEAM = {member.name: member.team for member in STAFF}

LAYOUTS = ("ledger", "beneath", "managers", "across")
# Each layout's files take these grade styles in turn.
GRADE_STYLES = {
    "ledger": ("columns", "typed", "struck", "key"),
    "beneath": ("typed", "dropdown", "key", "struck"),
    "managers": ("dropdown", "columns", "typed", "key"),
    "across": ("rows", "struck", "typed", "dropdown"),
}
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"},
)
# Column (or row) heads over four grade marks.
MARK_HEADS = (
    {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Req. improvement", INADEQUATE: "Inadequate"},
)
KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
MARKS = ("X", "x", "\u2713", "\u25cf", "")
AGREEMENTS = (("Agree", "Disagree"), ("Y", "N"), ("Yes", "No"), ("\u2713", "\u2717"))
# What a Head of Service writes in the moderated-grade cell where they
# agreed and the form asks for a grade only where it changed.
UNCHANGED = (None, None, "No change", "As auditor", "\u2013")
MODERATOR_FILLS = ("E2EFDA", "DDEBF7", "FFF2CC", "EDE1F5")
THIN = Side(style="thin", color="A6A6A6")
HEAVY = Side(style="medium", color="262626")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d mmm yyyy")

TITLES = ("Moderation Log – Managers' Case Audits", "Head of Service Moderation Log",
          "Monthly Audit Moderation Log", "Case Audit Moderation – Head of Service Record")
LABELS = {
    "head": ("Head of Service", "Moderated by", "Moderator (Head of Service)", "HoS"),
    "service": ("Service", "Service area", "Service / division"),
    "month": ("Audit month", "Month of audits moderated", "Audits completed in", "Month"),
    "count": ("Number of audits moderated", "Audits moderated", "No. moderated"),
    "completed": ("Date completed", "Date moderation completed", "Date returned to QA", "Log completed"),
    "ref": ("Case ref", "Mosaic no.", "Case number", "LCS ref", "Ref."),
    "children": ("Child(ren) in the family", "Children", "Child / siblings"),
    "worker": ("Allocated worker", "Social worker", "Worker"),
    "auditor": ("Audited by", "Auditing manager", "Auditor (TM)", "Manager who audited"),
    "audited": ("Date audited", "Audit completed", "Date of audit"),
    "grade": ("Auditor's grade", "Grade given", "TM grade", "Manager's judgement"),
    "agree": ("Agree?", "HoS agrees with grade?", "Agreed (Y/N)", "Agree with judgement?"),
    "moderated": ("Moderated grade", "HoS grade", "Grade after moderation"),
    "changed": ("Moderated grade (if changed)", "New grade – only if different", "HoS grade where changed"),
    "comment": ("HoS comments", "Moderator's rationale", "Feedback to the auditor", "Comments"),
    "looked_at": ("Date moderated", "Moderated on"),
}
HOS_BANDS = ("Head of Service moderation", "HoS MODERATION", "For the Head of Service", "Moderation")
AUDIT_BANDS = ("The audit", "Completed by the auditing manager", "Audit details")
THEME_HEADINGS = (
    ("What is working well", "What needs to improve"),
    ("Strengths seen across the audits", "Areas for development across the audits"),
    ("Good practice to share", "Learning – even better if"),
    ("Children's views and the response to risk – what is working", "What we need to get better at"),
)
ACTION_HEADERS = (("Action", "Lead", "By when"), ("What needs to happen", "Who", "Timescale"),
                  ("Service action", "Owner", "Due date"))
ACTION_OWNERS = ("All team managers", "Team managers", "QA team", "Principal social worker", "Service manager")
NO_ACTIONS = ("No new actions this month – learning to be shared at the managers' meeting.",
              "No service actions arising from this month's moderation.",
              "None this month; the themes are already in the service improvement plan.")
URGENT_QUESTIONS = ("Has moderation identified any child who needs action today to keep them safe?",
                    "Any case escalated for an immediate safeguarding response?",
                    "Immediate safeguarding concerns identified?")
URGENT_NO = ("No", "No.", "None identified", "No – none this month")
URGENT_YES = ("Yes – {ref}: no visit recorded for seven weeks; the team manager was asked to visit today.",
              "Yes. {ref}: new police information about an adult in the household had not been acted on; a "
              "strategy discussion was requested the same day.",
              "Yes – {ref}: the safety plan was not reviewed after a reported injury; escalated to the service "
              "manager at once.")
CONFIRM = ("Agree – well evidenced.", "Agree; clear analysis and the child's voice comes through.",
           "Fair and balanced audit.", "Agree. Follow up the chronology action in supervision.", "")
LOWERED = ("Evidence on file does not support this grade – no management oversight for six weeks.",
           "The plan has drifted since the last review and the audit does not reflect this.",
           "Risk analysis is not evident on the file; grade moderated down.")
RAISED = ("Direct work with the child is clearly evidenced and is making a difference – grade raised.",
          "The audit under-credits the quality of the assessment; moderated up.",
          "Impact for the child is clear on the file.")
COMMENT_ONLY = ("Chronology needs updating before the next review.",
                "Please make sure father's views are recorded on the assessment.",
                "Discuss the contingency plan with the worker at the next supervision.",
                "Share at the team meeting as an example of reflective recording.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [audit for audit in sample_forms(400, seed=SEED, today=today)
            if audit.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT) and audit.child is not None
            and _ROLE.get(audit.auditor) in FRONT_LINE_MANAGERS]
    layouts = (list(LAYOUTS) * (count // len(LAYOUTS) + 1))[:count]
    rng.shuffle(layouts)
    indices = list(range(count))
    urgent = set(rng.sample(indices, min(3, count)))
    no_actions = set(rng.sample([i for i in indices if i not in urgent], min(3, max(count - 3, 0))))
    named = set(rng.sample(indices, min(4, count)))
    boxed = set(rng.sample(indices, min(5, count)))
    forms = []
    for index, sample in enumerate(overviews):
        layout = layouts[index]
        styles = GRADE_STYLES[layout]
        grade_style = styles[layouts[:index].count(layout) % len(styles)]
        audits = _choose_audits(rng, pool, sample.service)
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, today, audits, layout=layout, grade_style=grade_style,
                           urgent=index in urgent, no_actions=index in no_actions, named=index in named,
                           boxed=index in boxed))
    return forms


def _choose_audits(rng: random.Random, pool, service: str):
    """Three to eight audits by one to four managers of the Head of
    Service's own service (a Safeguarding and QA head moderates audits from
    across the services), in manager order."""
    own = pool if service == SAFEGUARDING else [audit for audit in pool if audit.service == service] or pool
    managers = sorted({audit.auditor for audit in own})
    chosen = rng.sample(managers, min(len(managers), rng.randint(1, 4)))
    audits = []
    for manager in chosen:
        theirs = [audit for audit in own if audit.auditor == manager]
        audits += rng.sample(theirs, min(len(theirs), rng.randint(2, 3)))
    while len(audits) < 3:
        audits.append(rng.choice([audit for audit in own if audit not in audits]))
    audits = audits[:8]
    order = {manager: place for place, manager in enumerate(chosen)}
    return sorted(audits, key=lambda audit: (order.get(audit.auditor, len(order)), audit.date))


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


class _Sheet:
    """Cells on one worksheet in the form's font, with a running row."""

    def __init__(self, sheet, font: str):
        self.sheet = sheet
        self.font = font
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            number_format=None, border=True, centre=False, strike=False):
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold or None, italic=italic or None, color=colour, size=size,
                         strike=strike or None)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int, *, down: int = 0) -> None:
        if last > first or down:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row + down, end_column=last)

    def band(self, text: str, fill: str, last: int, *, colour="FFFFFF", size=11) -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill, size=size)
        self.merge(self.row, 1, last)
        self.row += 1

    def line(self, text: str, last: int, **look) -> int:
        look.setdefault("border", False)
        self.put(self.row, 1, text, **look)
        self.merge(self.row, 1, last)
        self.sheet.row_dimensions[self.row].height = 14 * max(1, len(text) // 100 + 1 + text.count("\n"))
        self.row += 1
        return self.row - 1

    def box(self, top: int, bottom: int, first: int, last: int) -> None:
        """A heavy border round a block of cells (the Head of Service's box)."""
        for row in range(top, bottom + 1):
            for column in range(first, last + 1):
                cell = self.sheet.cell(row=row, column=column)
                edge = cell.border
                cell.border = Border(left=HEAVY if column == first else edge.left,
                                     right=HEAVY if column == last else edge.right,
                                     top=HEAVY if row == top else edge.top,
                                     bottom=HEAVY if row == bottom else edge.bottom)


def _form(rng: random.Random, index: int, sample, today: date, audits, *, layout: str, grade_style: str,
          urgent: bool, no_actions: bool, named: bool, boxed: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    ink = rng.choice(MODERATION_INKS)
    look = "box" if boxed else "ink"
    box_fill = rng.choice(MODERATOR_FILLS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    words = rng.choice(GRADE_WORDS)
    heads = rng.choice(MARK_HEADS)
    key = rng.choice(KEYS)
    mark_symbol = rng.choice(MARKS)
    agreement = rng.choice(AGREEMENTS)
    moderated_when = rng.choice(("always", "always", "changed"))
    unchanged_word = rng.choice(UNCHANGED)
    early_help = sample.service == EARLY_HELP
    reference_style = rng.choice(("plain", "prefixed", "prefixed") + (("early help",) if early_help else ()))
    plain_as_number = reference_style == "plain" and rng.random() < 0.5
    prefix = rng.choice(CASE_PREFIXES)
    show_count = rng.random() < 0.7
    show_looked_at = layout != "across" and rng.random() < 0.3
    details_style = rng.choice(("rows", "rows", "strip", "lines"))
    themes_style = rng.choice(("rows", "cell", "side"))
    theme_headings = rng.choice(THEME_HEADINGS)
    themes_in_ink = rng.random() < 0.5
    actions_style = "none" if no_actions else rng.choice(("table", "table", "lines"))
    urgent_style = rng.choice(("typed", "boxes", "list"))
    who_style = rng.choice(("worker", "team", "both"))
    worker_labels = ("Lead practitioner", "Practitioner", "Family support worker") if early_help else LABELS["worker"]
    who_head = {"worker": rng.choice(worker_labels), "team": "Team",
                "both": rng.choice(("Team (worker)", "Team / worker"))}[who_style]
    title = rng.choice(TITLES)
    period = next(field.written for field in sample.own if field.key == "period")
    label = {name: rng.choice(options) for name, options in LABELS.items()}
    label["who"] = who_head
    if reference_style == "early help":
        label["ref"] = rng.choice(("EH ref", "EHM no.", "Early Help ref"))

    # The audits moderated and what the Head of Service made of each.
    changes = set(rng.sample(range(len(audits)), min(rng.choice((0, 1, 1, 2, 2, 3)), len(audits) - 1)))
    rest = [i for i in range(len(audits)) if i not in changes]
    comments_only = set(rng.sample(rest, min(rng.choice((0, 0, 1, 2)), len(rest) - 1)))
    cases, others = [], []
    for position, audit in enumerate(audits):
        if reference_style == "prefixed":
            reference = f"{prefix}{audit.case_id}"
        elif reference_style == "early help":
            reference = early_help_reference(rng, audit.case_id)
        else:
            reference = audit.case_id
        if reference in {case["ref"] for case in cases}:
            reference = audit.case_id
        if position in changes:
            outcome, moderated = "change", _neighbour(rng, audit.grade)
            comment = rng.choice(RAISED if ORDER.index(moderated) < ORDER.index(audit.grade) else LOWERED)
        elif position in comments_only:
            outcome, moderated, comment = "comment", audit.grade, rng.choice(COMMENT_ONLY)
        else:
            outcome, moderated, comment = "confirm", audit.grade, rng.choice(CONFIRM)
        children = []
        if named:
            used = {name.split()[0] for name in others}
            children = [name for name in [audit.child.full_name] + [
                sibling for sibling, _ in siblings(rng, audit.child, rng.choice((0, 1, 1, 2)), today)]
                if name.split()[0] not in used]
            if not children:
                unused = [first for first in CHILD_FIRST_NAMES if first not in used]
                children = [f"{rng.choice(unused)} {audit.child.surname}"]
            others += children
        looked_at = min(sample.date, audit.date + timedelta(days=rng.randint(3, 20)))
        cases.append({"ref": reference, "auditor": audit.auditor, "team": audit.team, "worker": audit.practitioner,
                      "audited": audit.date, "grade": audit.grade, "outcome": outcome, "moderated": moderated,
                      "comment": comment, "children": children, "looked_at": looked_at})
    total = len(cases)

    # The sample as this workbook carries it; the truth comes from it.
    own = [field for field in sample.own if field.key == "period"]
    if show_count:
        own.append(ToolField("audits_moderated", label["count"], str(total), str(total)))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    changed: dict = {"own": tuple(own), "strengths": recount(sample.strengths, total),
                     "development_areas": recount(sample.development_areas, total), "urgent_question": True}
    if no_actions:
        changed["actions"] = ()
    else:
        changed["actions"] = tuple(SampleAction(action.action, rng.choice((sample.auditor, *ACTION_OWNERS)),
                                                action.due) for action in sample.actions)
    urgent_answer = rng.choice(URGENT_NO)
    if urgent:
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_answer = rng.choice(URGENT_YES).format(ref=worst["ref"])
        changed.update(urgent_concern=True, urgent_concern_detail=urgent_answer)
    sample = replace(sample, **changed)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    def hos(**look_of) -> dict:
        """How the Head of Service's entries look: an ink, or black on a shaded box."""
        if look == "ink":
            look_of.setdefault("colour", ink)
        else:
            look_of.setdefault("fill", box_fill)
        return look_of

    def reference_value(case):
        return int(case["ref"]) if plain_as_number else case["ref"]

    def who(case) -> str:
        if who_style == "worker":
            return case["worker"]
        if who_style == "team":
            return case["team"]
        return f"{case['team']} ({case['worker']})"

    def shown_moderated(case) -> str | None:
        """The grade the Head of Service wrote, or None where they wrote none."""
        if case["outcome"] == "comment":
            return None
        if moderated_when == "changed" and case["outcome"] == "confirm":
            return None
        return case["moderated"]

    def agree_word(case) -> str | None:
        if case["outcome"] == "comment":
            return None
        return agreement[0] if case["outcome"] == "confirm" else agreement[1]

    # The workbook and its sheets.
    workbook = Workbook()
    first = workbook.active
    first.title = {"managers": rng.choice(("Summary", "Overview", "Cover")),
                   "across": rng.choice(("Moderation", "Log", "Sheet1"))}.get(
        layout, rng.choice(("Moderation log", "Log", "Sheet1")))
    front = _Sheet(first, font)
    validations: dict[tuple, DataValidation] = {}

    def dropdown(sheet, reference: str, choices: tuple[str, ...]) -> None:
        token = (sheet.title, choices)
        if token not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            sheet.add_data_validation(validation)
            validations[token] = validation
        validations[token].add(reference)

    def grade_cell(writer: _Sheet, row: int, column: int, grade: str | None, *, moderator: bool,
                   placeholder: str | None = None) -> None:
        """A grade in one cell: typed, a key number, a drop-down word, or the
        four options with the chosen one bold and the rest struck through."""
        look_of = hos() if moderator else {}
        if grade is None:
            writer.put(row, column, placeholder, centre=True, **look_of)
        elif grade_style == "struck":
            colour = look_of.get("colour")
            parts = []
            for place, option in enumerate(ORDER):
                if place:
                    parts.append(" / ")
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=chosen or None, strike=(not chosen) or None,
                                                  color=Color(rgb=f"FF{colour}") if colour else None),
                                       words[option]))
            cell = writer.put(row, column, None, **look_of)
            cell.value = CellRichText(parts)
        elif grade_style == "key":
            writer.put(row, column, key[grade], centre=True, bold=moderator, **look_of)
        elif grade_style == "dropdown":
            writer.put(row, column, words[grade], bold=moderator, **look_of)
        else:
            written = informal_grade(rng, grade) if moderator else informal_grade(rng, grade, note_chance=0.12)
            writer.put(row, column, written, bold=moderator, **look_of)
        if grade_style == "dropdown" and (grade is not None or placeholder is None):
            dropdown(writer.sheet, f"{get_column_letter(column)}{row}", tuple(words[option] for option in ORDER))

    def mark_cell(writer: _Sheet, row: int, column: int, chosen: bool, *, moderator: bool) -> None:
        """One of four grade cells: the chosen one marked (or filled), the rest blank."""
        look_of = hos() if moderator else {}
        if chosen and not mark_symbol:
            writer.put(row, column, None, fill=(ink if moderator and look == "ink" else "808080"))
        else:
            writer.put(row, column, mark_symbol if chosen else None, centre=True, bold=True, **look_of)

    def moderated_placeholder(case) -> str | None:
        if case["outcome"] == "confirm" and moderated_when == "changed":
            return unchanged_word
        return None

    # Title and the details.
    width = 10
    front.put(1, 1, f"{COUNCIL} – {title}", bold=True, size=14, colour="FFFFFF", fill=brand, border=False)
    front.merge(1, 1, width)
    front.sheet.row_dimensions[1].height = 24
    front.put(2, 1, council_line(rng), italic=True, colour=brand, border=False)
    front.merge(2, 1, width)
    front.row = 4
    written, written_format = day(sample.date)
    details = [(label["head"], sample.auditor, None), (label["service"], sample.service, None),
               (label["month"], period, None)]
    if show_count:
        details.append((label["count"], total, None))
    details.append((label["completed"], written, written_format))
    _details(front, details_style, details)
    front.row += 1

    # The grading key, where grades are numbers.
    if grade_style == "key":
        ordered = sorted(ORDER, key=lambda grade: key[grade])
        if rng.random() < 0.5:
            front.put(front.row, 1, "Grading key", bold=True, fill="F2F2F2")
            for offset, grade in enumerate(ordered):
                front.put(front.row, 2 + 2 * offset, key[grade], centre=True, bold=True)
                front.put(front.row, 3 + 2 * offset, KEY_WORDS[grade])
            front.row += 2
        else:
            front.line("Key: " + "   ".join(f"{key[grade]} = {KEY_WORDS[grade]}" for grade in ordered), width,
                       italic=True)
            front.row += 1

    # The audits and their moderation.
    if layout == "across":
        _across(front, rng, cases, label, grade_style, words=words, heads=heads, hos=hos, look=look, ink=ink,
                brand=brand, named=named, who=who, day=day, reference_value=reference_value,
                grade_cell=grade_cell, mark_cell=mark_cell, shown_moderated=shown_moderated,
                agree_word=agree_word, moderated_placeholder=moderated_placeholder, dropdown=dropdown,
                agreement=agreement, moderated_when=moderated_when)
    elif layout == "managers":
        summary_rows = []
        for manager in dict.fromkeys(case["auditor"] for case in cases):
            theirs = [case for case in cases if case["auditor"] == manager]
            name_style = rng.choice(("full", "initial", "tm"))
            if name_style == "full":
                sheet_name = manager
            elif name_style == "initial":
                sheet_name = f"{manager.split()[0][0]} {manager.split()[-1]}"
            else:
                sheet_name = f"TM - {manager.split()[-1]}"
            writer = _Sheet(workbook.create_sheet(sheet_name[:31]), font)
            writer.put(1, 1, f"Audits completed by {manager} – {_TEAM[manager]}", bold=True, size=12,
                       colour="FFFFFF", fill=brand, border=False)
            writer.merge(1, 1, 9)
            writer.row = 3
            _case_table(writer, theirs, label, grade_style, with_auditor=False, hos=hos, look=look, ink=ink,
                        named=named, who=who, day=day, reference_value=reference_value, grade_cell=grade_cell,
                        mark_cell=mark_cell, shown_moderated=shown_moderated, agree_word=agree_word,
                        moderated_placeholder=moderated_placeholder, dropdown=dropdown, agreement=agreement,
                        heads=heads, moderated_when=moderated_when, show_looked_at=show_looked_at,
                        audit_band=rng.choice(AUDIT_BANDS), hos_band=rng.choice(HOS_BANDS))
            summary_rows.append((manager, sheet_name[:31], len(theirs),
                                 sum(case["outcome"] == "change" for case in theirs)))
        front.band(rng.choice(("Audits moderated by manager", "At a glance", "Summary of moderation")), brand, 6)
        heads_row = ("Auditing manager", "Tab", "Audits moderated", "Grades changed")
        for column, text in enumerate(heads_row, start=1):
            front.put(front.row, column, text, bold=True, fill="DEEAF6")
        front.row += 1
        for manager, tab, audited, moved in summary_rows:
            for column, value in enumerate((manager, tab, audited, moved), start=1):
                front.put(front.row, column, value, centre=column > 2,
                          **(hos() if column == 4 else {}))
            front.row += 1
        front.row += 1
    else:
        _case_table(front, cases, label, grade_style, with_auditor=True, hos=hos, look=look, ink=ink, named=named,
                    who=who, day=day, reference_value=reference_value, grade_cell=grade_cell, mark_cell=mark_cell,
                    shown_moderated=shown_moderated, agree_word=agree_word,
                    moderated_placeholder=moderated_placeholder, dropdown=dropdown, agreement=agreement,
                    heads=heads, moderated_when=moderated_when, show_looked_at=show_looked_at,
                    audit_band=rng.choice(AUDIT_BANDS), hos_band=rng.choice(HOS_BANDS),
                    beneath=layout == "beneath", brand=brand)
        front.row += 1

    # Themes across the month's audits.
    front.band(rng.choice(("Themes from this month's audits", "Learning across the audits", "What the audits tell us")),
               brand, width)
    bullet = rng.choice(("\u2022 ", "- ", ""))
    theme_look = hos() if themes_in_ink else {}
    if themes_style == "side":
        front.put(front.row, 1, theme_headings[0], bold=True, fill="E2EFDA")
        front.merge(front.row, 1, 5)
        front.put(front.row, 6, theme_headings[1], bold=True, fill="FCE4D6")
        front.merge(front.row, 6, width)
        front.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[offset] if offset < len(sample.strengths) else None
            right = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            front.put(front.row, 1, f"{bullet}{left}" if left else None, **theme_look)
            front.merge(front.row, 1, 5)
            front.put(front.row, 6, f"{bullet}{right}" if right else None, **theme_look)
            front.merge(front.row, 6, width)
            front.sheet.row_dimensions[front.row].height = 30
            front.row += 1
    else:
        for heading, items in zip(theme_headings, (sample.strengths, sample.development_areas)):
            front.line(heading, width, bold=True, fill="F2F2F2", border=True)
            if themes_style == "cell":
                front.line("\n".join(f"{bullet or '• '}{item}" for item in items), width, border=True,
                           **theme_look)
            else:
                for item in items:
                    front.line(f"{bullet}{item}", width, **theme_look)
    front.row += 1

    # The same-day safeguarding question.
    question = rng.choice(URGENT_QUESTIONS)
    detail = re.sub(r"^Yes[.\s\u2013-]*", "", urgent_answer) if urgent else None
    front.put(front.row, 1, question, bold=True, fill="F2F2F2")
    front.merge(front.row, 1, 4)
    front.sheet.row_dimensions[front.row].height = 30
    if urgent_style == "boxes":
        boxes = "\u2612 Yes   \u2610 No" if urgent else "\u2610 Yes   \u2612 No"
        front.put(front.row, 5, boxes, **hos())
        front.merge(front.row, 5, 6)
        front.put(front.row, 7, detail, **hos())
        front.merge(front.row, 7, width)
    elif urgent_style == "list":
        front.put(front.row, 5, "Yes" if urgent else "No", centre=True, bold=True, **hos())
        dropdown(front.sheet, f"E{front.row}", ("Yes", "No"))
        front.put(front.row, 6, "Details:" if urgent else None, bold=True, border=False)
        front.put(front.row, 7, detail, **hos())
        front.merge(front.row, 7, width)
    else:
        front.put(front.row, 5, urgent_answer, bold=urgent, **hos())
        front.merge(front.row, 5, width)
    front.row += 2

    # Actions for the service.
    front.band(rng.choice(("Actions for the service", "Action plan", "Service actions – who and by when")), brand,
               width)
    action_look = hos() if themes_in_ink else {}
    if not sample.actions:
        front.line(rng.choice(NO_ACTIONS), width, italic=True, **action_look)
    elif actions_style == "table":
        headers = rng.choice(ACTION_HEADERS)
        row = front.row
        for column, first_column, last_column in ((0, 1, 6), (1, 7, 8), (2, 9, width)):
            front.put(row, first_column, headers[column], bold=True, fill="DEEAF6")
            front.merge(row, first_column, last_column)
        for offset, action in enumerate(sample.actions, start=1):
            due, due_format = day(action.due)
            front.put(row + offset, 1, action.action, **action_look)
            front.merge(row + offset, 1, 6)
            front.put(row + offset, 7, action.owner, **action_look)
            front.merge(row + offset, 7, 8)
            front.put(row + offset, 9, due, number_format=due_format, **action_look)
            front.merge(row + offset, 9, width)
        front.row = row + len(sample.actions) + 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            front.line(f"{number}. {action.action} – {action.owner}, by {when(action.due)}", width, **action_look)
    front.row += 1

    # The sign-off.
    top = front.row
    for text, value, value_format in ((rng.choice(("Signed (Head of Service)", "Signed", "Moderator")),
                                       sample.auditor, None), ("Date", written, written_format)):
        front.put(front.row, 1, text, bold=True, fill="F2F2F2")
        front.merge(front.row, 1, 2)
        front.put(front.row, 3, value, number_format=value_format, **hos())
        front.merge(front.row, 3, 5)
        front.row += 1
    if look == "box":
        front.box(top, front.row - 1, 1, 5)

    for column, size in zip("ABCDEFGHIJ", (16, 18, 20, 18, 16, 14, 14, 16, 18, 30)):
        if first.column_dimensions[column].width in (None, 13.0):
            first.column_dimensions[column].width = size
    first.page_setup.orientation = "landscape"

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 10))
    workbook.properties.modified = datetime.combine(sample.date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others))


def _details(writer: _Sheet, style: str, details) -> None:
    """The details: label and value rows, a strip of labels over their
    values, or "Label: value" in one cell each (a kept Excel date beside
    its label)."""
    if style == "rows":
        for text, value, number_format in details:
            writer.put(writer.row, 1, text, bold=True, fill="F2F2F2")
            writer.merge(writer.row, 1, 2)
            writer.put(writer.row, 3, value, number_format=number_format)
            writer.merge(writer.row, 3, 5)
            writer.row += 1
    elif style == "strip":
        for place, (text, value, number_format) in enumerate(details):
            column = 1 + 2 * place
            writer.put(writer.row, column, text, bold=True, fill="F2F2F2")
            writer.merge(writer.row, column, column + 1)
            writer.put(writer.row + 1, column, value, number_format=number_format)
            writer.merge(writer.row + 1, column, column + 1)
        writer.row += 2
    else:
        for text, value, number_format in details:
            if number_format:
                writer.put(writer.row, 1, f"{text}:", bold=True, border=False)
                writer.merge(writer.row, 1, 2)
                writer.put(writer.row, 3, value, number_format=number_format, border=False)
                writer.merge(writer.row, 3, 4)
            else:
                writer.put(writer.row, 1, f"{text}: {value}", border=False)
                writer.merge(writer.row, 1, 6)
            writer.row += 1


def _case_table(writer: _Sheet, cases, label, grade_style: str, *, with_auditor: bool, hos, look: str, ink: str,
                named: bool, who, day, reference_value, grade_cell, mark_cell, shown_moderated, agree_word,
                moderated_placeholder, dropdown, agreement, heads, moderated_when: str, show_looked_at: bool,
                audit_band: str, hos_band: str, beneath: bool = False, brand: str | None = None) -> None:
    """The audits one to a row. The Head of Service's columns sit beside
    the manager's under a band of their own, or (`beneath`) in a second
    table under the first that repeats each case reference."""
    four = grade_style == "columns"
    span = 4 if four else 1
    moderated_head = label["changed"] if moderated_when == "changed" else label["moderated"]
    audit_columns = [("no", "No.", 1), ("ref", label["ref"], 1)]
    if named:
        audit_columns.append(("children", label["children"], 1))
    audit_columns.append(("who", label["who"], 1))
    if with_auditor:
        audit_columns.append(("auditor", label["auditor"], 1))
    audit_columns += [("audited", label["audited"], 1), ("grade", label["grade"], span)]
    hos_columns = [("agree", label["agree"], 1), ("moderated", moderated_head, span), ("comment", label["comment"], 1)]
    if show_looked_at:
        hos_columns.append(("looked_at", label["looked_at"], 1))
    if beneath:
        hos_columns = [("no", "No.", 1), ("ref", label["ref"], 1)] + hos_columns
    sizes = {"no": 5, "ref": 14, "children": 24, "who": 24, "auditor": 18, "audited": 14, "grade": 20, "agree": 11,
             "moderated": 20, "comment": 40, "looked_at": 14}

    def header(columns, row: int, start: int, *, moderator: bool) -> int:
        """Write the column heads from `start`; return the next free column."""
        column = start
        for name, text, width in columns:
            fill = (hos().get("fill") or "F2F2F2") if moderator else "DEEAF6"
            if width == 4:
                writer.put(row, column, text, bold=True, fill=fill, centre=True)
                writer.merge(row, column, column + 3)
                for offset, option in enumerate(ORDER):
                    writer.put(row + 1, column + offset, heads[option], bold=True, fill=fill, centre=True)
                    writer.sheet.column_dimensions[get_column_letter(column + offset)].width = 7
            else:
                writer.put(row, column, text, bold=True, fill=fill)
                if four:
                    writer.merge(row, column, column, down=1)
                if writer.sheet.column_dimensions[get_column_letter(column)].width in (None, 13.0):
                    writer.sheet.column_dimensions[get_column_letter(column)].width = sizes[name]
            column += width
        return column

    def values(case, number: int) -> dict:
        return {"no": number, "ref": reference_value(case), "children": ", ".join(case["children"]) or None,
                "who": who(case), "auditor": case["auditor"], "audited": day(case["audited"]),
                "agree": agree_word(case), "comment": case["comment"] or None, "looked_at": day(case["looked_at"])}

    def cells(columns, row: int, start: int, case, number: int, *, moderator: bool) -> None:
        column = start
        known = values(case, number)
        for name, _, width in columns:
            own = moderator and name not in ("no", "ref")
            look_of = hos() if own else {}
            if name == "grade":
                if four:
                    for offset, option in enumerate(ORDER):
                        mark_cell(writer, row, column + offset, option == case["grade"], moderator=False)
                else:
                    grade_cell(writer, row, column, case["grade"], moderator=False)
            elif name == "moderated":
                grade = shown_moderated(case)
                if four:
                    for offset, option in enumerate(ORDER):
                        mark_cell(writer, row, column + offset, option == grade, moderator=True)
                else:
                    grade_cell(writer, row, column, grade, moderator=True, placeholder=moderated_placeholder(case))
            else:
                value = known[name]
                number_format = None
                if isinstance(value, tuple):
                    value, number_format = value
                writer.put(row, column, value, number_format=number_format, centre=name in ("no", "agree"),
                           **look_of)
                if name == "agree" and agreement[0] in ("Agree", "Y", "Yes"):
                    dropdown(writer.sheet, f"{get_column_letter(column)}{row}", agreement)
            column += width

    head_rows = 2 if four else 1
    if not beneath:
        row = writer.row
        after_audit = 1 + sum(width for _, _, width in audit_columns)
        last = after_audit - 1 + sum(width for _, _, width in hos_columns)
        writer.put(row, 1, audit_band, bold=True, fill="D9D9D9")
        writer.merge(row, 1, after_audit - 1)
        writer.put(row, after_audit, hos_band, bold=True, colour="FFFFFF" if look == "ink" else None,
                   fill=ink if look == "ink" else hos().get("fill"))
        writer.merge(row, after_audit, last)
        header(audit_columns, row + 1, 1, moderator=False)
        header(hos_columns, row + 1, after_audit, moderator=True)
        writer.sheet.freeze_panes = writer.sheet.cell(row=row + 1 + head_rows, column=3)
        row += 1 + head_rows
        for number, case in enumerate(cases, start=1):
            cells(audit_columns, row, 1, case, number, moderator=False)
            cells(hos_columns, row, after_audit, case, number, moderator=True)
            writer.sheet.row_dimensions[row].height = 30
            row += 1
        if look == "box":
            writer.box(writer.row, row - 1, after_audit, last)
        writer.row = row
        return

    # The audits first, then the Head of Service's table beneath.
    row = writer.row
    header(audit_columns, row, 1, moderator=False)
    row += head_rows
    for number, case in enumerate(cases, start=1):
        cells(audit_columns, row, 1, case, number, moderator=False)
        row += 1
    row += 1
    last = sum(width for _, _, width in hos_columns)
    top = row
    writer.put(row, 1, hos_band, bold=True, colour="FFFFFF" if look == "ink" else None,
               fill=ink if look == "ink" else hos().get("fill"))
    writer.merge(row, 1, last)
    row += 1
    header(hos_columns, row, 1, moderator=True)
    row += head_rows
    for number, case in enumerate(cases, start=1):
        cells(hos_columns, row, 1, case, number, moderator=True)
        writer.sheet.row_dimensions[row].height = 30
        row += 1
    if look == "box":
        writer.box(top, row - 1, 1, last)
    writer.row = row


def _across(writer: _Sheet, rng: random.Random, cases, label, grade_style: str, *, words, heads, hos, look: str,
            ink: str, brand: str, named: bool, who, day, reference_value, grade_cell, mark_cell, shown_moderated,
            agree_word, moderated_placeholder, dropdown, agreement, moderated_when: str) -> None:
    """The audits laid across the sheet one to a column, the manager's rows
    over the Head of Service's; with four grade rows where grades are marks."""
    row = writer.row
    writer.put(row, 1, None, fill="F2F2F2")
    for column, _ in enumerate(cases, start=2):
        writer.put(row, column, f"Audit {column - 1}", bold=True, fill="DEEAF6", centre=True)
        writer.sheet.column_dimensions[get_column_letter(column)].width = 22
    writer.sheet.column_dimensions["A"].width = 26
    row += 1
    rows = [(label["ref"], lambda case: reference_value(case))]
    if named:
        rows.append((label["children"], lambda case: ", ".join(case["children"])))
    rows += [(label["who"], who),
             (label["auditor"], lambda case: case["auditor"]), (label["audited"], lambda case: day(case["audited"]))]
    for text, value_of in rows:
        writer.put(row, 1, text, bold=True, fill="F2F2F2")
        for column, case in enumerate(cases, start=2):
            value = value_of(case)
            number_format = None
            if isinstance(value, tuple):
                value, number_format = value
            writer.put(row, column, value, number_format=number_format)
        row += 1

    def grade_rows(text: str, grade_of, *, moderator: bool) -> None:
        nonlocal row
        if grade_style == "rows":
            writer.put(row, 1, text, bold=True, fill="F2F2F2")
            writer.merge(row, 1, 1 + len(cases))
            row += 1
            for option in ORDER:
                writer.put(row, 1, heads[option], fill="F2F2F2")
                for column, case in enumerate(cases, start=2):
                    mark_cell(writer, row, column, option == grade_of(case), moderator=moderator)
                row += 1
            return
        writer.put(row, 1, text, bold=True, fill="F2F2F2")
        for column, case in enumerate(cases, start=2):
            placeholder = moderated_placeholder(case) if moderator else None
            grade_cell(writer, row, column, grade_of(case), moderator=moderator, placeholder=placeholder)
        row += 1

    grade_rows(label["grade"], lambda case: case["grade"], moderator=False)
    top = row
    writer.put(row, 1, rng.choice(HOS_BANDS), bold=True, colour="FFFFFF" if look == "ink" else None,
               fill=ink if look == "ink" else hos().get("fill"))
    writer.merge(row, 1, 1 + len(cases))
    row += 1
    writer.put(row, 1, label["agree"], bold=True, fill="F2F2F2")
    for column, case in enumerate(cases, start=2):
        writer.put(row, column, agree_word(case), centre=True, **hos())
        if agreement[0] in ("Agree", "Y", "Yes"):
            dropdown(writer.sheet, f"{get_column_letter(column)}{row}", agreement)
    row += 1
    grade_rows(label["changed"] if moderated_when == "changed" else label["moderated"], shown_moderated,
               moderator=True)
    writer.put(row, 1, label["comment"], bold=True, fill="F2F2F2")
    for column, case in enumerate(cases, start=2):
        writer.put(row, column, case["comment"] or None, **hos())
    writer.sheet.row_dimensions[row].height = 45
    row += 1
    if look == "box":
        writer.box(top, row - 1, 1, 1 + len(cases))
    writer.row = row + 1
