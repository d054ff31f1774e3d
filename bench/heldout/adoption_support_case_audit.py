"""Held-out family: a manager's case file audit of one child's case kept
in an Excel workbook laid out like a regional adoption agency's online
audit tool, filled in by hand (2025 framework 2.4 case file audit).

Modelled on Adoption in Merseyside's published "Adoption Support Audit
Tool" (adoptioninmerseyside.co.uk/adoption-support-audit-tool/). The
search excerpts showed its opening fields in its own words (Name of
worker, Role of worker, Name of team manager, Date original referral
received, Liquid Logic Number (child), Name of child, DOB of child, Name
of auditor, Date of audit, Date case allocated, "Has this audit been
completed in conversation with the worker?" with "Please give
explanation"), then "Part 1 - Adoption Support": a run of questions about
the file (an up to date case summary, chronology, case notes), each asked
"Does this practice" with its own scale and an "Evidence:" box asking the
auditor to highlight good practice or areas for development and make the
evidence support the score. Those parts, labels and the question-then-
judgement-then-evidence rhythm are kept. My own judgement, because the
excerpt stops there or does not fit the 2025 framework: the published
two-point scale ("Meets Good" / "Does Not Yet Meet Good") is replaced by
Ofsted's four grades, since this council's framework grades each area on
them; the areas are the sample's own (one row each, under "Part 1 -
Practice on this case"); Part 2 (what is working well, what needs to
improve), the immediate-safeguarding question, the overall judgement,
the actions "by who, by when" and the Head of Service moderation box are
laid out as a council's workbook of this kind would have them; the
details block is drawn in four arrangements (a label | value table, a
grid of pairs, "Label: value" lines, a strip of labels over values);
grades are typed informally, given as a number on a printed 1-4 key,
printed four-in-a-cell with the chosen one bold and the others struck
through, or marked under four grade columns. The council's name is
printed in a brand colour at the top; moderation is typed in a
non-red ink.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.writer.excel import ExcelWriter

from bot.samples import CASE_FILE_AUDIT, COUNCIL, GRADES, STAFF, Moderation, phrases, sample_forms
from bot.samples.ooxml import stable_zip
from bot.samples.people import HEAD_OF_SERVICE, head_of_service_over

from .common import (
    BRAND_COLOURS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "adoption_support_case_audit"
SEED = 10077

_SHORT = dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
_KEY = dict(zip(GRADES, (1, 2, 3, 4)))
_TITLES = ("Case File Audit Tool", "Adoption Support and Permanence – Case File Audit Tool",
           "Case Audit Tool (Adoption Support)")
_URGENT_Q = ("Are there any immediate safeguarding concerns for this child which need escalating today?",
             "Is there anything on this file that means the child may not be safe today?")
_NO_ACTIONS = ("No actions required – case is progressing well.",
               "No case-specific actions arising from this audit.",
               "None – no further actions needed at this time.")
_NOT_MODERATED = ("", "", "Not selected for moderation this month.")
_WORKER_ROLES = ("Social Worker", "Senior Social Worker", "Adoption Support Social Worker")


def _pick_samples(count: int, today: date):
    """The first `count` case file audits of the seeded population (the
    population is drawn in order, so a longer draw keeps the same start)."""
    wanted, draw = [], count
    while len(wanted) < count:
        wanted = [form for form in sample_forms(draw, seed=SEED, today=today) if form.kind == CASE_FILE_AUDIT]
        draw *= 2
    return wanted[:count]


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _moderator(sample) -> str:
    auditor = _staff(sample.auditor)
    head = head_of_service_over(auditor) if auditor else None
    if head is None or head.name == sample.auditor:
        head = next(member for member in STAFF if member.role == HEAD_OF_SERVICE and member.name != sample.auditor)
    return head.name


def _moderate(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    first = sample.child.first_name
    if outcome == "changes":
        index = GRADES.index(sample.grade)
        if index == 0 or (index < 3 and rng.random() < 0.6):
            grade, pool = GRADES[index + 1], phrases.MODERATION_LOWERS
        else:
            grade, pool = GRADES[index - 1], phrases.MODERATION_RAISES
    elif outcome == "confirms":
        grade, pool = sample.grade, phrases.MODERATION_AGREES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    when = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
    while when.weekday() >= 5 and when < today:
        when += timedelta(days=1)
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(
        moderator=_moderator(sample),
        date=when,
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, 1)),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade,
    )


class _Sheet:
    """Writes blocks down one sheet, a row at a time."""

    def __init__(self, sheet, rng: random.Random, brand: str, write_date):
        self.sheet, self.rng, self.brand, self.when = sheet, rng, brand, write_date
        self.row = 1
        self.label_fill = PatternFill("solid", fgColor=rng.choice(("D9E1F2", "E2EFDA", "F2F2F2")))
        self.dates_as_cells = rng.random() < 0.3

    def put(self, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=None, strike=False):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, italic=italic, color=colour, size=size, strike=strike)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = fill
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill=self.label_fill)

    def date_value(self, day: date):
        return datetime.combine(day, time()) if self.dates_as_cells else self.when(day)

    def date_cell(self, column: int, day: date, **look):
        cell = self.put(column, self.date_value(day), **look)
        if self.dates_as_cells:
            cell.number_format = "dd/mm/yyyy"
        return cell

    def heading(self, text: str):
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand, size=12)
        self.row += 1

    def next(self, rows: int = 1):
        self.row += rows


def _details(out: _Sheet, fields: list[tuple[str, object]], arrangement: str) -> None:
    def value(item):
        return out.date_value(item) if isinstance(item, date) else item

    if arrangement == "table":
        for text, item in fields:
            out.label(1, text)
            cell = out.put(2, value(item))
            if isinstance(item, date) and out.dates_as_cells:
                cell.number_format = "dd/mm/yyyy"
            out.next()
    elif arrangement == "grid":
        for start in range(0, len(fields), 2):
            for offset, (text, item) in enumerate(fields[start:start + 2]):
                out.label(1 + offset * 2, text)
                cell = out.put(2 + offset * 2, value(item))
                if isinstance(item, date) and out.dates_as_cells:
                    cell.number_format = "dd/mm/yyyy"
            out.next()
    elif arrangement == "lines":
        for text, item in fields:
            shown = out.when(item) if isinstance(item, date) else item
            out.put(1, f"{text}: {shown}")
            out.next()
    else:  # a strip of labels over values, four to a strip
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            for offset, (text, _) in enumerate(chunk):
                out.label(1 + offset, text)
            out.next()
            for offset, (_, item) in enumerate(chunk):
                cell = out.put(1 + offset, value(item))
                if isinstance(item, date) and out.dates_as_cells:
                    cell.number_format = "dd/mm/yyyy"
            out.next()


def _grade_cells(out: _Sheet, first_column: int, grade: str, style: str, mark: str) -> int:
    """Write `grade` from `first_column` in `style`; return the next free column."""
    if style == "typed":
        out.put(first_column, informal_grade(out.rng, grade, note_chance=0.15))
        return first_column + 1
    if style == "number":
        out.put(first_column, _KEY[grade])
        return first_column + 1
    if style == "struck":
        blocks = []
        for index, option in enumerate(GRADES):
            chosen = option == grade
            font = InlineFont(b=chosen or None, strike=None if chosen else True)
            blocks.append(TextBlock(font, _SHORT[option]))
            if index < len(GRADES) - 1:
                blocks.append(" / ")
        out.sheet.cell(row=out.row, column=first_column).value = CellRichText(blocks)
        return first_column + 1
    # a mark under four grade columns
    for offset, option in enumerate(GRADES):
        if option == grade:
            if mark:
                out.put(first_column + offset, mark, bold=True)
            else:
                out.put(first_column + offset, None, fill=PatternFill("solid", fgColor="A6A6A6"))
    return first_column + 4


def _grade_header(out: _Sheet, first_column: int, style: str, heading: str) -> int:
    if style == "columns":
        for offset, option in enumerate(GRADES):
            out.label(first_column + offset, _SHORT[option])
        return first_column + 4
    out.label(first_column, heading)
    return first_column + 1


def _write(sample, rng: random.Random, today: date, *, arrangement: str, grade_style: str, actions_style: str,
           moderation_box: str, sibling_list: list[tuple[str, date]], role: str) -> tuple[bytes, tuple[str, ...]]:
    """The workbook's bytes and the siblings' dates of birth as written."""
    brand = rng.choice(BRAND_COLOURS)
    when = date_writer(rng)
    ink = rng.choice(MODERATION_INKS)
    mark = rng.choice(("X", "x", "\u2713", ""))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = rng.choice(("Audit", "Audit Tool", "Case audit"))
    for column, width in zip("ABCDEFGH", (38, 30, 26, 26, 16, 16, 40, 40)):
        sheet.column_dimensions[column].width = width
    out = _Sheet(sheet, rng, brand, when)

    out.put(1, council_line(rng), bold=True, colour=brand, size=13)
    out.next()
    out.put(1, rng.choice(_TITLES), bold=True, size=15)
    out.next()
    out.put(1, "Please complete every section. Ensure your evidence supports your judgement for each area; "
               "highlight good practice or areas for development.", italic=True)
    out.next()
    if grade_style == "number":
        out.put(1, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                bold=True)
        out.next()

    out.heading("Case details")
    child = sample.child
    fields: list[tuple[str, object]] = [
        ("Name of worker", sample.practitioner),
        ("Role of worker", role),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Liquid Logic Number (child)", sample.case_id),
        ("Name of child", child.full_name),
        ("DOB of child", child.date_of_birth),
        ("Name of auditor", sample.auditor),
        ("Date of audit", sample.date),
        ("Date case allocated", sample.date - timedelta(days=rng.randint(120, 400))),
    ]
    written_born = tuple(when(born) for _, born in sibling_list)
    if sibling_list:
        fields.append(("Other children in the household",
                       "; ".join(f"{name} ({when(born)})" for name, born in sibling_list)))
    _details(out, fields, arrangement)
    out.next()
    out.label(1, "Has this audit been completed in conversation with the worker?")
    talked = rng.random() < 0.7
    out.put(2, "Yes" if talked else "No")
    out.label(3, "Please give explanation")
    out.put(4, "Discussed in supervision before the audit was finalised." if talked
            else "Worker on leave; feedback to be shared on return.")
    out.next()

    out.heading(rng.choice(("Part 1 - Practice on this case", "Part 1 – Quality of practice")))
    out.label(1, "Area of practice")
    column = _grade_header(out, 2, grade_style, "Does this practice meet…? (judgement)")
    out.label(column, "Evidence")
    remarks = sample.moderation.section_comments if sample.moderation else {}
    remark_column = column + 1 if remarks else None
    if remark_column:
        out.label(remark_column, "Head of Service comment")
    out.next()
    sibling_sentence = mention(rng, SIBLING_SENTENCES, sibling_list[0][0]) if sibling_list else None
    for index, section in enumerate(sample.sections):
        out.put(1, section.name, bold=True)
        evidence_column = _grade_cells(out, 2, section.grade, grade_style, mark)
        evidence = section.comment
        if sibling_sentence and index == 0:
            evidence += " " + sibling_sentence
        out.put(evidence_column, evidence)
        if remark_column and section.name in remarks:
            out.put(remark_column, remarks[section.name], colour=ink, italic=True)
        out.next()

    out.heading(rng.choice(("Part 2 - Summary", "Part 2 – Auditor's summary")))
    for heading, items in (("What is working well?", sample.strengths), ("What needs to improve?",
                                                                          sample.development_areas)):
        out.label(1, heading)
        out.next()
        for item in items:
            out.put(1, f"\u2022 {item}")
            out.next()
    out.next()
    out.label(1, rng.choice(_URGENT_Q))
    out.put(2, "Yes" if sample.urgent_concern else "No", bold=sample.urgent_concern)
    out.next()
    out.label(1, "If yes, give details and the action taken")
    out.put(2, sample.urgent_concern_detail or "")
    out.next(2)

    out.label(1, rng.choice(("Overall judgement of practice on this case", "Overall grade", "Overall judgement")))
    if grade_style == "columns":
        for offset, option in enumerate(GRADES):
            out.label(2 + offset, _SHORT[option])
        out.next()
    _grade_cells(out, 2, sample.grade, grade_style, mark)
    out.next(2)

    out.heading(rng.choice(("Actions (by who, by when)", "Case-specific actions")))
    if not sample.actions:
        out.put(1, rng.choice(_NO_ACTIONS))
        out.next()
    elif actions_style == "table":
        for offset, text in enumerate(rng.choice((("Action", "By who", "By when"),
                                                  ("Action required", "Responsible", "Timescale")))):
            out.label(1 + offset, text)
        out.next()
        for action in sample.actions:
            out.put(1, action.action)
            out.put(2, action.owner)
            out.date_cell(3, action.due)
            out.next()
    else:
        for number, action in enumerate(sample.actions, 1):
            out.put(1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
            out.next()

    moderation = sample.moderation
    if moderation is None and moderation_box == "none":
        return _finish(workbook, sample), written_born
    out.heading(rng.choice(("Head of Service moderation", "Moderation by Head of Service")))
    labels = ("Moderated by", "Date of moderation", "Do you agree with the auditor's judgement?",
              "Moderated judgement", "Head of Service comments")
    rows = {}
    for text in labels:
        out.label(1, text)
        rows[text] = out.row
        out.next()
    if moderation is not None:
        def ink_cell(text, value, bold=False):
            out.sheet.cell(row=rows[text], column=2, value=value).font = Font(color=ink, bold=bold)

        ink_cell("Moderated by", moderation.moderator)
        ink_cell("Date of moderation", when(moderation.date))
        if moderation.grade:
            ink_cell("Do you agree with the auditor's judgement?",
                     "Agree" if moderation.grade == sample.grade else "Disagree")
            ink_cell("Moderated judgement", informal_grade(rng, moderation.grade), bold=True)
        ink_cell("Head of Service comments", " ".join(moderation.comments))
    else:
        note = rng.choice(_NOT_MODERATED)
        if note:
            sheet.cell(row=rows["Head of Service comments"], column=2, value=note).font = Font(italic=True)
    return _finish(workbook, sample), written_born


def _finish(workbook: Workbook, sample) -> bytes:
    last = sample.moderation.date if sample.moderation else sample.date
    written = datetime.combine(last, time(15, 40))
    workbook.properties.creator = COUNCIL
    workbook.properties.lastModifiedBy = sample.moderation.moderator if sample.moderation else sample.auditor
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return stable_zip(buffer.getvalue())


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = _pick_samples(count, today)
    order = list(range(count))
    rng.shuffle(order)
    outcomes = {index: outcome for index, outcome in zip(
        order, ("changes",) * 3 + ("confirms",) * 3 + ("comments only",) * 2)}
    rng.shuffle(order)
    urgent = set(order[:3])
    no_actions = set(order[3:6])
    rng.shuffle(order)
    with_siblings = set(order[:5])
    rng.shuffle(order)
    prefixed = set(order[:8])
    arrangements = ("table", "grid", "lines", "strip")
    grade_styles = ("typed", "number", "struck", "columns")
    forms = []
    for index, sample in enumerate(samples):
        if index in prefixed:
            sample = replace(sample, case_id=case_reference(rng, sample.case_id))
        if index in urgent:
            detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
            sample = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
        else:
            sample = replace(sample, urgent_concern=False, urgent_concern_detail=None)
        if index in no_actions:
            sample = replace(sample, actions=())
        outcome = outcomes.get(index)
        sample = replace(sample, moderation=_moderate(rng, sample, outcome, today) if outcome else None)
        sibling_list = siblings(rng, sample.child, rng.randint(1, 2), today) if index in with_siblings else []
        data, written_born = _write(
            sample, rng, today,
            arrangement=arrangements[index % len(arrangements)],
            grade_style=grade_styles[(index // 2 + index) % len(grade_styles)],
            actions_style=rng.choice(("table", "lines")),
            moderation_box=rng.choice(("empty", "none")),
            sibling_list=sibling_list,
            role=rng.choice(_WORKER_ROLES),
        )
        others = tuple(name for name, _ in sibling_list)
        born = tuple(born.isoformat() for _, born in sibling_list) + written_born
        forms.append(held_out(FAMILY, index + 1, sample, data, "xlsx", others=others, also=born))
    return forms
