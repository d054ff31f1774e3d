"""Multi-agency peer review case audit workbooks (Excel): partners from
children's social care, police, health and education audit one child's case
together, grade each line of enquiry and give an overall judgement on
Ofsted's four grades, with a Head of Service moderation box.

Modelled on the multi-agency peer review audit of the Pan Merseyside Peer
Review Group, as described in Knowsley's published children's social care
procedures chapter "3.12.3 File Audit Framework" (proceduresonline), whose
"Regional Work" paragraphs the search excerpt showed: representatives of
police, health and children's social care from five Merseyside safeguarding
boards audited each other's safeguarding cases, and the findings became an
action plan for each agency around background checks with other agencies,
feedback forms, up-to-date chronologies, recording the sources of
information clearly, multi-agency assessment, evidence of impact on the
child and a case de-brief; the same chapter says a multi-agency audit tool
was being built for a joint audit with partners in health and police. The
lines of enquiry here are those action-plan headings in the chapter's own
words, and the de-brief is a yes/no question as there. The search excerpts
showed no layout, no scale and no moderation step, so these are my own
judgement of how a council's workbook of this kind looks: the council's name
line in a brand colour, a details block (a two-column table, a grid of
label/value pairs or a strip of labels over values) naming the partner
agencies that took part, the five lines of enquiry with the partners' joint
findings and a grade (typed, a number on a printed 1-4 key, the four grades
printed with the chosen one marked, or a mark under four grade columns),
what is working well, what needs to improve, agreed actions (a table, lines
or a sentence saying there are none), the immediate safeguarding question,
and a Head of Service moderation box typed in a different colour.
"""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from bot.samples import COUNCIL, phrases
from bot.samples.forms import Moderation
from bot.samples.ooxml import stable_zip
from bot.samples.people import HEAD_OF_SERVICE, STAFF, head_of_service_over
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
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

FAMILY = "multi_agency_peer_review_workbook"
SEED = 10076

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}

# The action-plan headings of the peer review, used as the lines of enquiry
# in place of the sample's own area names (same grades, same order).
LINES_OF_ENQUIRY = (
    "Background checks with other agencies",
    "Chronology is up to date",
    "Sources of information are recorded clearly",
    "Multi-agency assessment",
    "Evidence of impact on the child",
)
TITLES = ("Multi-Agency Peer Review Case Audit", "Pan Merseyside Peer Review – Multi-Agency Case Audit Tool",
          "Multi-Agency Peer Review: Case Audit Record")
AUDITOR_LABELS = ("Lead auditor", "Audit lead", "Peer review lead")
PRACTITIONER_LABELS = ("Allocated social worker", "Social worker", "Case holder")
AGENCY_LABELS = ("Agencies taking part in the audit", "Partner agencies represented", "Agencies involved")
URGENT_QUESTIONS = ("Were any immediate safeguarding concerns identified which need escalating today?",
                    "Does this case need escalating now because a child may be at risk of harm?")
NO_ACTIONS = ("No further actions agreed by the audit group.", "No actions arising from this audit.",
              "None – the partners agreed the current plan addresses the findings.")
NOT_MODERATED = ("", "Not selected for moderation this month.", "")

THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
LABEL_FILL = PatternFill("solid", fgColor="D9E1F2")


def _staff_named(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _moderator(rng: random.Random, auditor: str) -> str:
    member = _staff_named(auditor)
    head = head_of_service_over(member) if member else None
    if head is None:
        head = rng.choice([member for member in STAFF if member.role == HEAD_OF_SERVICE])
    return head.name


def _moderate(rng: random.Random, sample, outcome: str, today: date):
    """A Head of Service moderation of `sample`: "changes", "confirms" or "comments"."""
    first = sample.child.first_name
    grade = sample.grade
    if outcome == "changes":
        index = GRADES.index(grade)
        if index == 0 or (index < 3 and rng.random() < 0.6):
            moderated, pool = GRADES[index + 1], phrases.MODERATION_LOWERS
        else:
            moderated, pool = GRADES[index - 1], phrases.MODERATION_RAISES
    elif outcome == "confirms":
        moderated, pool = grade, phrases.MODERATION_AGREES
    else:
        moderated, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    day = min(day, today)
    comments = tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2)))
    return Moderation(moderator=_moderator(rng, sample.auditor), date=day, comments=comments, grade=moderated)


# --- writing cells ---------------------------------------------------------------


class Sheet:
    """A worksheet written row by row."""

    def __init__(self, worksheet, brand: str):
        self.ws = worksheet
        self.row = 1
        self.brand = brand

    def put(self, column: int, value, *, bold=False, colour=None, fill=None, italic=False, strike=False, box=True):
        cell = self.ws.cell(row=self.row, column=column, value=value)
        cell.font = Font(bold=bold, color=colour, italic=italic, strike=strike)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if box:
            cell.border = BOX
        return cell

    def label(self, column: int, text: str):
        return self.put(column, text, bold=True, fill="D9E1F2")

    def heading(self, text: str, width: int = 6):
        self.row += 1
        self.put(1, text, bold=True, colour=self.brand, box=False)
        self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=width)
        self.row += 1

    def next(self, count: int = 1):
        self.row += count


def _details(sheet: Sheet, rng: random.Random, pairs: list[tuple[str, str]], style: str) -> None:
    if style == "table":
        for label, value in pairs:
            sheet.label(1, label)
            sheet.put(2, value)
            sheet.ws.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
            sheet.next()
    elif style == "grid":
        for start in range(0, len(pairs), 2):
            for offset, (label, value) in enumerate(pairs[start:start + 2]):
                sheet.label(1 + offset * 3, label)
                sheet.put(2 + offset * 3, value)
                sheet.ws.merge_cells(start_row=sheet.row, start_column=2 + offset * 3, end_row=sheet.row,
                                     end_column=3 + offset * 3)
            sheet.next()
    else:  # a strip of labels over values, six to a strip
        for start in range(0, len(pairs), 6):
            chunk = pairs[start:start + 6]
            for column, (label, _) in enumerate(chunk, start=1):
                sheet.label(column, label)
            sheet.next()
            for column, (_, value) in enumerate(chunk, start=1):
                sheet.put(column, value)
            sheet.next()


def _marked(grade: str, chosen: str, how: str):
    """The four grades printed in one cell, the chosen one marked."""
    blocks = []
    for index, option in enumerate(GRADES):
        text = PRINTED[option]
        if index:
            blocks.append(TextBlock(InlineFont(), "  /  "))
        if how == "bold":
            font = InlineFont(b=option == chosen, strike=None)
            blocks.append(TextBlock(font, text.upper() if option == chosen else text))
        elif how == "strike":
            blocks.append(TextBlock(InlineFont(strike=option != chosen), text))
        else:  # ticked boxes
            blocks.append(TextBlock(InlineFont(), f"{'☒' if option == chosen else '☐'} {text}"))
    return CellRichText(blocks)


def _grade_cells(sheet: Sheet, rng: random.Random, grade: str, style: str, first_column: int, note_chance: float,
                 mark: str) -> None:
    if style == "typed":
        sheet.put(first_column, informal_grade(rng, grade, note_chance=note_chance))
    elif style == "number":
        sheet.put(first_column, GRADES.index(grade) + 1)
    elif style.startswith("marked"):
        how = style.split(":")[1]
        sheet.put(first_column, _marked(grade, grade, how))
    else:  # columns
        for offset, option in enumerate(GRADES):
            if option == grade:
                if mark:
                    sheet.put(first_column + offset, mark, bold=True)
                else:
                    sheet.put(first_column + offset, None, fill="A6A6A6")
            else:
                sheet.put(first_column + offset, None)


def _grade_header(sheet: Sheet, style: str, first_column: int) -> None:
    if style == "columns":
        for offset, option in enumerate(GRADES):
            sheet.label(first_column + offset, PRINTED[option])
    else:
        sheet.label(first_column, "Grade" if style != "number" else "Grade (1-4)")


def _build(sample, rng: random.Random, plan: dict) -> tuple[bytes, tuple[str, ...]]:
    """The workbook, and the dates of birth as written in it."""
    brand = rng.choice(BRAND_COLOURS)
    when = date_writer(rng)
    workbook = Workbook()
    ws = workbook.active
    ws.title = rng.choice(("Audit", "Peer review", "Case audit"))
    for letter, width in zip("ABCDEFGHIJ", (34, 40, 16, 16, 16, 16, 14, 14, 14, 14)):
        ws.column_dimensions[letter].width = width
    sheet = Sheet(ws, brand)

    sheet.put(1, council_line(rng), bold=True, colour=brand, box=False)
    ws.cell(row=1, column=1).font = Font(bold=True, color=brand, size=14)
    sheet.next()
    sheet.put(1, rng.choice(TITLES), bold=True, box=False)
    sheet.next()
    sheet.put(1, "Children's Safeguarding Partnership – quality assurance", italic=True, box=False)
    sheet.next()

    child = sample.child
    pairs = [
        ("Case reference" if rng.random() < 0.5 else "Case ID", plan["reference"]),
        ("Child's name", child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        (rng.choice(PRACTITIONER_LABELS), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(AUDITOR_LABELS), sample.auditor),
        ("Date of audit", when(sample.date)),
        (rng.choice(AGENCY_LABELS), ", ".join(sample.own[0].written)),
    ]
    if plan["siblings"]:
        pairs.append(("Other children in the household",
                      "; ".join(f"{name} ({when(born)})" for name, born in plan["siblings"])))
    sheet.heading("Section 1: Case details")
    _details(sheet, rng, pairs, plan["details"])

    style = plan["grades"]
    if style == "number":
        sheet.heading("Grading key")
        sheet.put(1, "1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
                  italic=True, box=False)
        ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
        sheet.next()
    mark = rng.choice(("X", "x", "✓", "√", "●", ""))

    sheet.heading("Section 2: Lines of enquiry – joint findings of the partners")
    sheet.label(1, "Line of enquiry")
    sheet.label(2, "What the records of all agencies show")
    _grade_header(sheet, style, 3)
    sheet.next()
    extra = mention(rng, SIBLING_SENTENCES, plan["siblings"][0][0]) if plan["siblings"] else None
    for position, section in enumerate(sample.sections):
        sheet.put(1, section.name, bold=True)
        comment = section.comment
        if extra and position == 0:
            comment = f"{comment} {extra}"
        sheet.put(2, comment)
        _grade_cells(sheet, rng, section.grade, style, 3, 0.15, mark)
        sheet.next()
    sheet.put(1, "Case de-brief held with the practitioners?", bold=True)
    sheet.put(2, rng.choice(("Yes", "Yes – at the audit meeting", "Yes, by Teams")))
    sheet.next()
    sheet.next()
    if style == "columns":  # the four grade columns again over the overall row
        _grade_header(sheet, style, 3)
        sheet.next()
    sheet.label(1, "Overall judgement of the multi-agency response")
    _grade_cells(sheet, rng, sample.grade, style, 3 if style == "columns" else 2, 0.3, mark)
    sheet.next()

    sheet.heading("Section 3: Findings")
    sheet.label(1, rng.choice(("What is working well", "Areas of good practice")))
    sheet.next()
    for item in sample.strengths:
        sheet.put(1, f"• {item}", box=False)
        ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
        sheet.next()
    sheet.label(1, rng.choice(("What needs to improve", "Areas for development")))
    sheet.next()
    for item in sample.development_areas:
        sheet.put(1, f"• {item}", box=False)
        ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
        sheet.next()

    sheet.heading("Section 4: Agreed actions")
    if not sample.actions:
        sheet.put(1, rng.choice(NO_ACTIONS), italic=True, box=False)
        sheet.next()
    elif plan["actions"] == "table":
        headers = rng.choice((("Action", "By whom", "By when"), ("Agreed action", "Lead", "Timescale"),
                              ("Action", "Responsible person", "Target date", "Completed?")))
        for column, text in enumerate(headers, start=1):
            sheet.label(column, text)
        sheet.next()
        for action in sample.actions:
            sheet.put(1, action.action)
            sheet.put(2, action.owner)
            sheet.put(3, when(action.due))
            if len(headers) > 3:
                sheet.put(4, None)
            sheet.next()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(1, f"{number}. {action.action} – {action.owner} – by {when(action.due)}", box=False)
            ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=6)
            sheet.next()

    sheet.heading("Section 5: Immediate safeguarding")
    sheet.label(1, rng.choice(URGENT_QUESTIONS))
    if sample.urgent_concern:
        sheet.put(2, "Yes")
        sheet.next()
        sheet.label(1, "If yes, what action was taken and by whom?")
        sheet.put(2, sample.urgent_concern_detail)
    else:
        sheet.put(2, rng.choice(("No", "No", "NO")))
    sheet.next()

    moderation = sample.moderation
    if moderation is not None or plan["box"]:
        ink = rng.choice(MODERATION_INKS)
        sheet.heading("Section 6: Head of Service moderation")
        labels = ("Moderated by", "Date moderated", "Do you agree with the overall judgement?",
                  "Moderated judgement", "Head of Service comments")
        values = [None] * 5
        if moderation is not None:
            values[0], values[1] = moderation.moderator, when(moderation.date)
            if moderation.grade:
                values[2] = "Yes" if moderation.grade == sample.grade else "No"
                values[3] = informal_grade(rng, moderation.grade)
            values[4] = " ".join(moderation.comments)
        else:
            values[4] = rng.choice(NOT_MODERATED) or None
        for label, value in zip(labels, values):
            sheet.label(1, label)
            sheet.put(2, value, colour=ink if moderation is not None else None,
                      bold=moderation is not None and label == "Moderated judgement", italic=moderation is None)
            ws.merge_cells(start_row=sheet.row, start_column=2, end_row=sheet.row, end_column=6)
            sheet.next()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = "Multi-Agency Peer Review Case Audit"
    written = datetime.combine(sample.date, time(16, 5))
    workbook.properties.created = written - timedelta(days=500)
    workbook.properties.modified = written
    buffer = io.BytesIO()
    workbook.save(buffer)
    born = (when(child.date_of_birth), *(when(day) for _, day in plan["siblings"]))
    return stable_zip(buffer.getvalue()), born


def _plans(rng: random.Random, count: int) -> list[dict]:
    indices = list(range(count))
    moderated = rng.sample(indices, 8)
    outcomes = dict(zip(moderated, ("changes",) * 3 + ("confirms",) * 3 + ("comments",) * 2))
    urgent = set(rng.sample(indices, 3))
    no_actions = set(rng.sample(indices, 3))
    with_siblings = set(rng.sample(indices, 5))
    prefixed = set(rng.sample(indices, 8))
    grade_styles = ("typed", "number", "marked:bold", "marked:strike", "marked:tick", "columns")
    plans = []
    for index in indices:
        plans.append({
            "moderation": outcomes.get(index),
            "box": index not in outcomes and rng.random() < 0.5,
            "urgent": index in urgent,
            "no_actions": index in no_actions,
            "siblings": index in with_siblings,
            "prefixed": index in prefixed,
            "details": ("table", "grid", "strip")[index % 3],
            "grades": grade_styles[(index + index // 6) % len(grade_styles)],
            "actions": rng.choice(("table", "lines")),
        })
    return plans


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    rng = random.Random(SEED)
    plans = _plans(rng, len(samples))
    forms = []
    for index, (sample, plan) in enumerate(zip(samples, plans), start=1):
        first = sample.child.first_name
        sections = tuple(replace(section, name=name) for section, name in zip(sample.sections, LINES_OF_ENQUIRY))
        changed = replace(sample, sections=sections, moderation=None)
        if plan["urgent"]:
            detail = sample.urgent_concern_detail or phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first)
            changed = replace(changed, urgent_concern=True, urgent_concern_detail=detail)
        else:
            changed = replace(changed, urgent_concern=False, urgent_concern_detail=None)
        if plan["no_actions"]:
            changed = replace(changed, actions=())
        if plan["moderation"]:
            changed = replace(changed, moderation=_moderate(rng, changed, plan["moderation"], today))
        reference = case_reference(rng, changed.case_id) if plan["prefixed"] else changed.case_id
        changed = replace(changed, case_id=reference)
        plan = dict(plan, reference=reference,
                    siblings=siblings(rng, changed.child, rng.randint(1, 2), today) if plan["siblings"] else [])
        data, born = _build(changed, random.Random(f"{SEED}:{index}"), plan)
        others = tuple(name for name, _ in plan["siblings"])
        forms.append(held_out(FAMILY, index, changed, data, "xlsx", others=others, also=born))
    return forms
