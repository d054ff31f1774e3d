"""Early Help case audits on a CAF quality review form (Word).

Modelled on the "CAF Quality Review Form" (Appendix D) published by the
Nottingham Children's Partnership, as the search excerpts (paperzz.com copy,
and a docstoc copy headed "Annex D") showed it: a "Section 1 – Recording of
CAF Process" header block (Service Area, Audited by, Agency assessment
conducted by, Date of Audit, Type of sample), then parts headed Identifying
Details, Assessment Information, CAF assessment summary: strengths and needs,
Delivery Plan(s) & Reviews and Review, each a table of numbered yes/no
questions ("Has the consent form been signed?", "Have the next steps been
recorded?") scored in columns "Y=1 N=0 n/a = 1" with "Comments by Quality
Auditor", and a closing TOTAL line with an effectiveness percentage. The
parts, the score columns and the comment column follow that form; the
questions are short paraphrases of its kind of question. My own judgement,
because the excerpts show no grading at all: a judgement on Ofsted's four
grades under each part and an overall judgement (written informally, as a
number on a printed 1–4 key, as the four grades with one marked, or as a
mark under four grade columns), the case reference, lead professional, team
and service lines, the strengths / areas for development lists, the "by who
by when" actions, the urgent safeguarding question, the Head of Service
moderation box typed in colour and the council's coloured name line. The
sixth part (outcomes for the child) is my addition. Early Help audits are a
minority of the sample builder's forms, so the first `count` Early Help
audits of a long enough population (seed 10075) are used.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import EARLY_HELP_AUDIT, STAFF, Moderation, phrases, sample_forms
from bot.samples.people import head_of_service_over

from . import common
from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "caf_quality_review_form"
SEED = 10075

# The tool's parts, in order, standing for the sample's six areas.
PARTS = (
    ("Identifying Details and consent", (
        "Has the consent form been signed and consent revisited at assessment?",
        "Are the identifying details of every child in the household complete?",
        "Is the first language, ethnicity and any disability recorded?")),
    ("Assessment Information", (
        "Does the assessment record who was present and the reason for it?",
        "Is the current family and home situation recorded?",
        "Are the lead professional's details and the services involved recorded?")),
    ("CAF assessment summary: strengths and needs", (
        "Are the child's strengths and needs recorded in terms of their development?",
        "Are the parents' own views and capacity recorded?",
        "Does the summary analyse what the needs mean for the child?")),
    ("Delivery Plan", (
        "Are actions recorded with who is responsible and by when?",
        "Are the desired outcomes recorded alongside each action?",
        "Were the family present when the plan was agreed?")),
    ("Reviews", (
        "Have the review dates and the people present been recorded?",
        "Have the next steps been recorded, or a reason for closure given?",
        "Have the child and parent/carer added their comments to the review?")),
    ("Outcomes for the child", (
        "Is there evidence that the child's circumstances have improved?",
        "Has the lead professional measured progress (e.g. scaling, Outcome Star)?",
        "Is step-down or closure planned with the family?")),
)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
               INADEQUATE: "Inadequate"}
KEY = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NO_ACTIONS = ("No further actions identified from this audit.", "Actions: none required at this time.",
              "No actions arising – the plan is on track.")
SAMPLE_TYPES = ("Random", "Random – monthly dip sample", "Specific group – step down cases",
                "Type of need – school attendance")
MODERATION_LABELS = ("Moderated by (Head of Service)", "Date moderated", "Agree with the auditor's judgement?",
                     "Moderated judgement", "Moderator's comments")


def _early_help_samples(count: int, today: date):
    drawn = count
    while True:
        found = [form for form in sample_forms(drawn, seed=SEED, today=today) if form.kind == EARLY_HELP_AUDIT]
        if len(found) >= count:
            return found[:count]
        drawn *= 2


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _moderate(rng: random.Random, sample, outcome: str, today: date):
    head = head_of_service_over(_staff(sample.auditor))
    moderator = head.name if head else "Mark Ellison"
    first = sample.child.first_name
    if outcome == "changes":
        index = KEY.index(sample.grade)
        lower = index < 3 and (index == 0 or rng.random() < 0.6)
        grade = KEY[index + 1] if lower else KEY[index - 1]
        pool = phrases.MODERATION_LOWERS if lower else phrases.MODERATION_RAISES
    elif outcome == "confirms":
        grade, pool = sample.grade, phrases.MODERATION_AGREES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    when = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
    while when.weekday() >= 5 and when < today:
        when += timedelta(days=1)
    remarked = rng.sample([section.name for section in sample.sections], rng.randint(1, 2))
    return Moderation(
        moderator=moderator,
        date=when,
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, min(len(pool), rng.randint(1, 2)))),
        section_comments={name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for name in remarked},
        grade=grade,
    )


# --- ways of writing a grade -------------------------------------------------------


def _grade(container, rng: random.Random, style: str, grade: str, *, caption: str) -> None:
    """Write `grade` under `caption` in the file's `style` into `container`
    (the document or a table cell)."""
    line = container.add_paragraph()
    if style == "informal":
        run(line, f"{caption}: ", bold=True)
        run(line, common.informal_grade(rng, grade, note_chance=0.3))
    elif style == "number":
        run(line, f"{caption} (1 = Outstanding, 2 = Good, 3 = Requires Improvement, 4 = Inadequate): ", bold=True)
        run(line, str(KEY.index(grade) + 1))
    elif style == "marked":
        run(line, f"{caption}: ", bold=True)
        how = rng.choice(("bold", "highlight", "tick", "strike"))
        for number, option in enumerate(KEY):
            if number:
                run(line, " / ")
            chosen = option == grade
            if how == "tick":
                box = "\u2713" if chosen else "\u2610"
                run(line, f"{box} {GRADE_WORDS[option]}", bold=chosen)
            elif how == "strike":
                run(line, GRADE_WORDS[option], strike=not chosen, bold=chosen)
            else:
                run(line, GRADE_WORDS[option], bold=chosen, highlight=chosen and how == "highlight")
    else:  # four grade columns with a mark under one
        run(line, caption, bold=True)
        grid = container.add_table(rows=2, cols=4)
        grid._tbl.tblStyle_val = "TableGrid"
        symbol = rng.choice(common.MARKS)
        for column, (value, word) in enumerate(rng.choice(common.GRADE_COLUMNS)):
            label(grid.cell(0, column), word, "DEEAF6")
            if value == grade:
                common.mark(grid.cell(1, column), symbol)


# --- details block -------------------------------------------------------------------


def _details(document, rng: random.Random, arrangement: int, rows: list[tuple[str, str]]) -> None:
    if arrangement == 0:
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif arrangement == 1:
        half = (len(rows) + 1) // 2
        grid = table(document, half, 4)
        for index, (name, value) in enumerate(rows):
            row, column = index % half, 2 * (index // half)
            label(grid.cell(row, column), name, "F2F2F2")
            write(grid.cell(row, column + 1), value)
    elif arrangement == 2:
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # a strip of labels over values, in two strips
        for chunk in (rows[:4], rows[4:]):
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document)


def _build_one(index: int, sample, rng: random.Random, today: date, plan: dict):
    brand = rng.choice(BRAND_COLOURS)
    when = common.date_writer(rng)
    reference_style = index % 3
    if reference_style == 0:
        reference = sample.case_id
    elif reference_style == 1:
        reference = common.case_reference(rng, sample.case_id)
    else:
        reference = common.early_help_reference(rng, sample.case_id)
    renamed = tuple(replace(section, name=part[0]) for section, part in zip(sample.sections, PARTS))
    sample = replace(sample, case_id=reference, sections=renamed)
    first = sample.child.first_name
    if index in plan["urgent"]:
        sample = replace(sample, urgent_concern=True,
                         urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first))
    if index in plan["no_actions"]:
        sample = replace(sample, actions=())
    outcome = plan["moderation"].get(index)
    if outcome:
        sample = replace(sample, moderation=_moderate(rng, sample, outcome, today))
    elif sample.moderation is not None:
        sample = replace(sample, moderation=None)
    style = ("informal", "number", "marked", "columns")[(index + index // 4) % 4]
    others: tuple[str, ...] = ()
    if index in plan["siblings"]:
        others = tuple(name for name, _ in common.siblings(rng, sample.child, rng.randint(1, 2), today))

    document = common.new_document(rng)
    paragraph(document, common.council_line(rng), bold=True, colour=brand, size=12)
    common.brand_heading(document, "CAF Quality Review Form – Early Help case audit", brand, size=14)
    paragraph(document, "Appendix D", italic=True)
    common.brand_heading(document, "Section 1 – Recording of CAF Process", brand, size=12)
    rows = [
        ("CAF / Early Help reference", reference),
        ("Service Area", sample.service),
        ("Audited by", sample.auditor),
        ("Date of Audit", when(sample.date)),
        ("Lead professional", sample.practitioner),
        ("Agency assessment conducted by", sample.team),
        ("Type of sample", rng.choice(SAMPLE_TYPES)),
        ("Child's initials", f"{first[0]}.{sample.child.surname[0]}."),
    ]
    _details(document, rng, plan["details"][index], rows)
    if others:
        paragraph(document, "Other children in the household: " + ", ".join(others))
    paragraph(document)

    ink = rng.choice(MODERATION_INKS)
    scores_yes, scores_asked = 0, 0
    for number, (section, (part, questions)) in enumerate(zip(sample.sections, PARTS), start=1):
        common.brand_heading(document, f"{number}. {part}", brand, size=11)
        grid = table(document, len(questions) + 2, 5)
        for cell, text in zip(grid.rows[0].cells, ("Question", "Y=1", "N=0", "n/a = 1", "Comments by Quality Auditor")):
            label(cell, text, "DEEAF6")
        good = KEY.index(section.grade)
        for row, question in zip(grid.rows[1:], questions):
            write(row.cells[0], question)
            # Y (column 1) mostly, N more often on weaker parts, now and then n/a.
            column = 3 if rng.random() < 0.08 else (2 if rng.random() < good * 0.22 else 1)
            write(row.cells[column], "1" if column != 2 else "0")
            scores_asked += 1
            scores_yes += column != 2
        comment_cell = grid.cell(1, 4)
        merged = comment_cell.merge(grid.cell(len(questions), 4))
        write(merged, section.comment)
        if sample.moderation and part in sample.moderation.section_comments:
            write(merged, f"HoS: {sample.moderation.section_comments[part]}", colour=ink, italic=True)
        judgement = grid.rows[-1].cells[0].merge(grid.rows[-1].cells[4])
        _grade(judgement, rng, style, section.grade, caption="Judgement for this part")
        if others and number == 4:
            paragraph(document, common.mention(rng, common.SIBLING_SENTENCES, others[0]))
        paragraph(document)

    line = paragraph(document)
    run(line, "TOTAL  ", bold=True)
    run(line, f"A = {scores_yes}   B = {scores_asked - scores_yes}   Effectiveness of the CAF process = "
              f"{round(100 * scores_yes / scores_asked)}%")

    common.brand_heading(document, "Overall judgement", brand, size=12)
    _grade(document, rng, style, sample.grade, caption="Overall judgement of the early help offered")
    paragraph(document, "What is working well", bold=True)
    for text in sample.strengths:
        paragraph(document, f"• {text}")
    paragraph(document, "Areas for development", bold=True)
    for text in sample.development_areas:
        paragraph(document, f"• {text}")

    common.brand_heading(document, "Actions (by who, by when)", brand, size=12)
    if index % 2 and sample.actions:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "By who", "By when"), ("Action required", "Responsible", "Timescale",
                                                                "Completed")), NO_ACTIONS, when)

    paragraph(document)
    urgent = paragraph(document)
    run(urgent, "Are there any immediate safeguarding concerns requiring escalation? ", bold=True)
    if sample.urgent_concern:
        run(urgent, "Yes")
        paragraph(document, f"Details: {sample.urgent_concern_detail}")
    else:
        run(urgent, rng.choice(("No", "No.", "NO")))

    paragraph(document)
    if sample.moderation or index % 3:
        common.brand_heading(document, "Head of Service moderation", brand, size=12)
        common.moderation_box(document, rng, sample, sample.moderation, labels=MODERATION_LABELS,
                              agree=("Yes – agreed", "No – judgement changed"),
                              not_moderated=("", "Not selected for moderation this month."), ink=ink, when=when)
    data = common.finish_docx(document, "CAF Quality Review Form", sample.date, sample.auditor)
    return common.held_out(FAMILY, index + 1, sample, data, "docx", others=others)


def build(today: date, count: int = 16) -> list[common.HeldOutForm]:
    rng = random.Random(SEED)
    samples = _early_help_samples(count, today)
    order = list(range(count))
    rng.shuffle(order)
    plan = {
        "urgent": set(order[0:3]),
        "no_actions": set(order[3:6]),
        "moderation": {**{i: "changes" for i in order[6:9]}, **{i: "confirms" for i in order[9:12]},
                       **{i: "comments only" for i in order[12:14]}},
        "siblings": set(rng.sample(range(count), 5)),
        "details": [rng.randrange(4) for _ in range(count)],
    }
    return [_build_one(index, sample, rng, today, plan) for index, sample in enumerate(samples)]
