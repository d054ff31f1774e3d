"""Held-out family: a Head of Service's monthly moderation overview, as .docx.

Each file is the Head of Service's write-up of the managers' case audits
they moderated last month: a details block (Head of Service, service, the
month, how many audits were moderated, the date of the report), an
"analysis of the audits moderated" table with, for every case, its
reference, the auditing manager, the manager's grade, whether the Head of
Service agreed and the grade after moderation (some agreed, some changed,
some with a comment only), then the strengths and the key challenges found
across the sample, the actions, the question whether any child in the cases
moderated needs immediate action, and a sign-off.

Modelled on the Northern Ireland Health and Social Care Board's "Overview
Delegated Statutory Functions Report" (Directorate of Social Care and
Children, April 2012 – March 2013), found with the `pages` search: the
excerpt showed an overseeing manager's periodic overview of what the
services below it reported, in numbered parts – an introduction and
background, a "reporting" part, then for children's services an analysis of
the reports received, the key challenges and the issues specific to each
provider. This family keeps that order and those headings (introduction,
reporting period, analysis of what was received, key challenges, issues
specific to a team) for a Head of Service looking across the audits of the
practice managers below them. The excerpt showed no form layout, so these
are my own judgement of what a council's version of such an overview looks
like: the table of cases with its agree / grade-after-moderation columns,
the four-grade scale (printed as a 1–4 key, as four printed words with one
marked, as four grade columns with a mark, or typed), the arrangements of
the details block, the actions table or lines, the immediate-action
question, the colours and the sign-off. The Head of Service's own entries
in the table are typed in a coloured ink on about half of the files.

Truth: the sample builder's MODERATION_OVERVIEW samples (seed 10080). The
per-case rows are the content of the overview and not part of its truth;
the overview itself carries no grade and no moderation of its own. Across
the 16 files the 146 rows are 111 agreed, 20 changed (on 12 files) and 15
comment only (on 11 files). Three
files answer the immediate-action question "Yes" with a detail, three say
there are no actions (their actions emptied), five name brothers or
sisters of a child in a case comment (passed as `others`).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.people import STAFF, invent_child
from bot.samples.tools import MODERATION_OVERVIEW, tool_samples

from . import common
from .common import (
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "hos_audit_moderation_overview"
SEED = 10080

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
NUMBER = {grade: str(index) for index, grade in enumerate(GRADE_ORDER, start=1)}

URGENT_FILES = (2, 7, 12)
NO_ACTION_FILES = (4, 10, 15)
SIBLING_FILES = (1, 5, 9, 11, 14)
INK_FILES = (0, 3, 5, 6, 9, 11, 13, 14)

URGENT_DETAILS = (
    "In one case moderated the risk from a new partner has not been assessed; I have asked the practice manager "
    "to convene a strategy discussion today and will review the outcome myself.",
    "One child moderated has had no visit for seven weeks; an unannounced visit has been arranged this week and "
    "the case is escalated to the Assistant Director.",
    "The safety plan in one case relies on a relative who has since moved away; the team manager is to review "
    "the plan with the family within 48 hours.",
)
QUESTIONS = (
    "Is there any child in the cases moderated who needs immediate action to keep them safe?",
    "Did moderation identify any child requiring immediate safeguarding action?",
    "Any child where immediate action is needed? (If yes, give details and what has been done)",
)
NO_ACTIONS = (
    "No new actions this month – the actions from the last overview are still being completed.",
    "There are no further actions arising from this month's moderation.",
    "No actions required this month.",
)
AGREE_COMMENTS = (
    "Agree with the grade and the evidence given.",
    "Judgement well evidenced; agreed.",
    "Agree – the analysis supports the grade.",
    "Agreed, good reflective audit.",
)
CHANGE_COMMENTS = (
    "Evidence in the audit does not support the grade; the plan has no timescales.",
    "Grade changed after discussion with the auditor – impact for the child not evidenced.",
    "Audit under-states the quality of direct work; grade raised.",
    "Drift since the review is not reflected in the grade.",
)
COMMENT_ONLY = (
    "Comment only – please add the child's views to the audit before it is closed.",
    "No change to grade; the chronology needs updating and this should be in the actions.",
    "Comment: the manager's oversight entries should be dated.",
)


def _managers(service: str) -> list[str]:
    managers = [member.name for member in STAFF
                if member.service == service and member.role.endswith("manager")]
    return managers or [member.name for member in STAFF if member.role == "practice_manager"]


def _other_grade(rng: random.Random, grade: str) -> str:
    index = GRADE_ORDER.index(grade)
    neighbours = [GRADE_ORDER[step] for step in (index - 1, index + 1) if 0 <= step < len(GRADE_ORDER)]
    return rng.choice(neighbours)


def _cases(rng: random.Random, sample, total: int) -> list[dict]:
    """The audits moderated: reference, manager, the manager's grade, what
    the Head of Service made of it and the grade after moderation."""
    managers = _managers(sample.service)
    early_help = sample.service == "Early Help"
    changed = rng.randint(0, 3)
    comment_only = rng.randint(0, 2)
    outcomes = ["changed"] * changed + ["comment"] * comment_only
    outcomes += ["agreed"] * (total - len(outcomes))
    rng.shuffle(outcomes)
    prefixed = rng.random() < 0.5
    system = rng.random()  # one case system per file: the same prefix or format on every row
    rows = []
    for outcome in outcomes:
        digits = f"{rng.randint(1000000, 9999999)}"
        if early_help:
            reference = common.early_help_reference(random.Random(system), digits)
        else:
            reference = common.case_reference(random.Random(system), digits) if prefixed else digits
        grade = rng.choices(GRADE_ORDER, weights=(8, 45, 37, 10))[0]
        after = _other_grade(rng, grade) if outcome == "changed" else grade
        comment = {"agreed": rng.choice(AGREE_COMMENTS) if rng.random() < 0.5 else "",
                   "changed": rng.choice(CHANGE_COMMENTS),
                   "comment": rng.choice(COMMENT_ONLY)}[outcome]
        rows.append({"reference": reference, "manager": rng.choice(managers), "grade": grade,
                     "outcome": outcome, "after": after, "comment": comment})
    return rows


def _write_grade(cell, rng: random.Random, grade: str, style: str, *, ink: str | None = None,
                 marked: str = "highlight") -> None:
    """A grade in the file's way of writing it."""
    if style == "typed":
        write(cell, informal_grade(rng, grade), colour=ink)
    elif style == "number":
        write(cell, NUMBER[grade], colour=ink, bold=True)
    else:  # the four grades printed, the chosen one marked
        target = cell.paragraphs[-1]
        if target.text:
            target = cell.add_paragraph()
        for index, each in enumerate(GRADE_ORDER):
            if index:
                run(target, " / ")
            chosen = each == grade
            text = PRINTED[each]
            if marked == "tick" and chosen:
                text = f"\u2713 {text}"
            run(target, text, bold=chosen and marked in ("bold", "tick", "highlight"),
                highlight=chosen and marked == "highlight", strike=not chosen and marked == "strike",
                colour=ink if chosen else None)


def _details(document, rng: random.Random, sample, arrangement: str, when, brand: str) -> None:
    own = {field.key: field for field in sample.own}
    pairs = [
        (sample.labels["auditor"], sample.auditor),
        ("Service", sample.service),
        (own["period"].label, own["period"].written),
        (own["audits_moderated"].label, own["audits_moderated"].written),
        (rng.choice(("Date of report", "Date completed", "Report date")), when(sample.date)),
    ]
    if arrangement == "two_column":
        grid = table(document, len(pairs), 2)
        for row, (name, value) in zip(grid.rows, pairs):
            label(row.cells[0], name, "EAF1DD")
            write(row.cells[1], value)
    elif arrangement == "grid":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for index, (name, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            label(grid.cell(row, column * 2), name, "EAF1DD")
            write(grid.cell(row, column * 2 + 1), value)
    elif arrangement == "lines":
        for name, value in pairs:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # a strip of labels over values
        grid = table(document, 2, len(pairs))
        for column, (name, value) in enumerate(pairs):
            label(grid.cell(0, column), name, "D9E2F3", colour=brand)
            write(grid.cell(1, column), value)


def _case_table(document, rng: random.Random, rows: list[dict], style: str, ink: str | None) -> None:
    if style == "number":
        key = paragraph(document)
        run(key, "Grading key: ", bold=True)
        run(key, "1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", italic=True)
    manager_style = "number" if style == "number" else "typed"
    marked = rng.choice(("highlight", "bold", "tick", "strike"))
    reference_header = rng.choice(("Case ref", "Child's ID", "LCS number", "Case number"))
    manager_header = rng.choice(("Auditing manager", "Audited by", "Auditor (PM)"))
    grade_header = rng.choice(("Manager's grade", "Auditor's grading", "Grade given by auditor"))
    agree_header = rng.choice(("HoS agrees?", "Agree with grade? Y/N", "Moderation outcome"))
    after_header = rng.choice(("Grade after moderation", "Moderated grade", "Final grade"))
    comment_header = rng.choice(("HoS comments", "Moderation comments", "Rationale / comments"))
    if style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        headers = [reference_header, manager_header, grade_header, agree_header,
                   *(text for _, text in order), comment_header]
    else:
        order = None
        headers = [reference_header, manager_header, grade_header, agree_header, after_header, comment_header]
    grid = table(document, len(rows) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    symbol = rng.choice(MARKS)
    for row, case in zip(grid.rows[1:], rows):
        cells = row.cells
        write(cells[0], case["reference"])
        write(cells[1], case["manager"])
        _write_grade(cells[2], rng, case["grade"], manager_style)
        outcome = case["outcome"]
        agree = {"agreed": rng.choice(("Yes", "Y", "Agree")),
                 "changed": rng.choice(("No", "N", "Disagree")),
                 "comment": rng.choice(("Comment only", "n/a – comment", ""))}[outcome]
        if agree:
            write(cells[3], agree, colour=ink)
        if order is not None:
            if outcome != "comment":
                column = 4 + [grade for grade, _ in order].index(case["after"])
                mark(cells[column], symbol, colour=ink)
            comment_cell = cells[8]
        else:
            if outcome != "comment":
                _write_grade(cells[4], rng, case["after"], style, ink=ink, marked=marked)
            else:
                write(cells[4], rng.choice(("No change", "–", "as audited")), colour=ink, italic=True)
            comment_cell = cells[5]
        if case["comment"]:
            write(comment_cell, case["comment"], colour=ink)


def _items(document, rng: random.Random, heading: str, sentences, brand: str) -> None:
    brand_heading(document, heading, brand, size=11)
    numbered = rng.random() < 0.5
    for index, sentence in enumerate(sentences, start=1):
        paragraph(document, f"{index}. {sentence}" if numbered else f"\u2022 {sentence}")


def _actions(document, rng: random.Random, sample, when, brand: str) -> None:
    brand_heading(document, f"{rng.choice(('5', 'Part 5', 'Section 5'))}. {sample.labels['actions']}", brand,
                  size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
        return
    if rng.random() < 0.5:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "Who", "By when"), ("What needs to happen", "Lead", "Timescale", "RAG"),
                              ("Action", "Responsible", "Target date", "Update")),
                             NO_ACTIONS, when)
    else:
        for index, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{index}. {action.action} – {action.owner} – by {when(action.due)}")


def _document(sample, rng: random.Random, index: int, family_names: list[str]) -> bytes:
    brand = rng.choice(common.BRAND_COLOURS)
    when = date_writer(rng)
    ink = rng.choice(MODERATION_INKS) if index in INK_FILES else None
    document = new_document(rng, landscape=True)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=14)
    title = sample.title.upper() if rng.random() < 0.3 else sample.title
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Moderation of managers' case file audits", italic=True)

    own = {field.key: field for field in sample.own}
    total = int(own["audits_moderated"].written)
    arrangement = ("two_column", "grid", "lines", "strip")[index % 4]
    style = ("typed", "number", "printed", "columns")[(index // 4 + index) % 4]

    brand_heading(document, "1. Introduction and reporting period", brand, size=11)
    paragraph(document, f"This overview sets out the outcome of my moderation of the case file audits completed "
                        f"by practice managers in {own['period'].written}.")
    _details(document, rng, sample, arrangement, when, brand)

    brand_heading(document, "2. Analysis of the audits moderated", brand, size=11)
    rows = _cases(rng, sample, total)
    _case_table(document, rng, rows, style, ink)

    strengths = common.recount(sample.strengths, total)
    development = common.recount(sample.development_areas, total)
    _items(document, rng, f"3. {sample.labels['strengths']}", strengths, brand)
    _items(document, rng, f"4. Key challenges – {sample.labels['development_areas'].lower()}", development, brand)
    if family_names:
        brand_heading(document, "Issues specific to a team", brand, size=11)
        paragraph(document, f"Case {rows[0]['reference']}: "
                            + common.mention(rng, common.SIBLING_SENTENCES, family_names[0]))
        if len(family_names) > 1:
            paragraph(document, f"{family_names[1].split()[0]} is also open to the team and was not "
                                "considered in the audit.")
    _actions(document, rng, sample, when, brand)

    brand_heading(document, "6. Immediate safeguarding", brand, size=11)
    question = table(document, 2, 2)
    label(question.cell(0, 0), rng.choice(QUESTIONS), "F2F2F2")
    write(question.cell(0, 1), "Yes" if sample.urgent_concern else rng.choice(("No", "NO", "No.")), bold=True)
    label(question.cell(1, 0), "If yes, details and action taken", "F2F2F2")
    if sample.urgent_concern:
        write(question.cell(1, 1), sample.urgent_concern_detail)

    brand_heading(document, "7. Sign-off", brand, size=11)
    sign = table(document, 2, 2)
    label(sign.cell(0, 0), "Signed (Head of Service)", "F2F2F2")
    write(sign.cell(0, 1), sample.auditor)
    label(sign.cell(1, 0), "Date", "F2F2F2")
    write(sign.cell(1, 1), when(sample.date))
    return finish_docx(document, sample.title, sample.date, sample.auditor)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    forms = []
    for index, sample in enumerate(samples):
        sample = replace(sample, urgent_question=True)
        if index in URGENT_FILES:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=URGENT_DETAILS[URGENT_FILES.index(index)])
        if index in NO_ACTION_FILES:
            sample = replace(sample, actions=())
        others: tuple[str, ...] = ()
        if index in SIBLING_FILES:
            child = invent_child(rng, today)
            others = tuple(name for name, _ in common.siblings(rng, child, rng.randint(1, 2), today))
        data = _document(sample, rng, index, list(others))
        forms.append(held_out(FAMILY, index + 1, sample, data, "docx", others=others))
    return forms
