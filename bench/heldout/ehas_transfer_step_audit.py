"""Step-up / step-down transfer audit: a manager's graded review of one
decision to move a family between Early Help and children's social care.

Source: the Isle of Man Children's Services Procedures Manual, chapter 2.7
"Step-up and Step-down (EHaS to and from Social Care Teams)"
(isleofmanchildcare.proceduresonline.com/chapters/p_stepup_stepdown.html,
reviewed 2017-2023). The Isle of Man is already named in bench/README.md for
another document; this is a different document of it. The chapter shows no
audit form. What came from it is only the structure a review of such a
decision follows: the direction of the move (step-down from social care to
Early Help and Support, or step-up from it), the principles every transfer
decision is tested against (the child's needs at the centre, no delay,
decisions made against the thresholds, joint working between the teams),
the family's written consent to share information with Early Help, the
forum the move was agreed at (a Review Challenge meeting or a transfer
meeting) and a transfer template.

Everything else is our judgement: the form's layout (a council line in a
brand colour, a details block, a grid of the transfer tests with a grade
and evidence for each, an overall judgement, strengths and areas for
development, actions, what the family say, the urgent-concern question and a
Head of Service moderation) and every label on it. The graded areas are the
sample builder's five step up / step down areas, on some files renamed after
the chapter's principles.

What varies across the 16 files, as managers vary one council form: the
details block (a two-column table, a four-column grid, "Label: value" lines,
labels over values); date spellings; plain, Early Help and case-system
references; whether the child's name and date of birth are filled in, and
other children in the household; how the grades are given (typed, a mark in
one of four grade columns, the four grades printed with the chosen one
highlighted, bold or the others struck through, a number on a printed key);
the direction typed or ticked; strengths and areas for development as
bullets, a paragraph or two columns; actions as a table, numbered lines or a
sentence saying there are none; the urgent-concern and consent questions
typed or ticked; the moderation as a box, typed in the Head of Service's
colour under the grid, or absent.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import Section
from bot.samples.tools import STEP_UP_DOWN_AUDIT, ToolSample, tool_samples

from . import common
from .common import (
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    informal_grade,
    label,
    mark,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "ehas_transfer_step_audit"
SEED = 10111

TITLES = ("Step-up / Step-down Transfer Audit", "Step Up and Step Down Decision Audit",
          "Audit of Transfer between Early Help and Social Care (Step-up / Step-down)")
# The sample's five areas, renamed after the chapter's principles.
RENAMED = {
    "Decision to step up or step down": "Decision made against the thresholds",
    "Information shared at transfer": "Consent and information shared with the receiving team",
    "Timeliness of transfer": "Transfer completed without delay",
    "Continuity for the child and family": "Child's needs kept at the centre of the move",
    "Management oversight": "Management oversight of the decision",
}
FORUMS = ("Review Challenge meeting", "Transfer meeting", "Transfer meeting (joint visit)",
          "Early Help and Social Care transfer meeting")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required - transfer was well managed.",
              "Actions: none identified.")
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "By who", "By when", "Done?"),
                  ("Action required", "Responsible", "Timescale"))
KEY_NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
PRINTED = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires Improvement"),
           (INADEQUATE, "Inadequate"))
DIRECTIONS = ("Step down to Early Help", "Step up to Children's Social Care")

# What each of the 16 files does: details layout, grade style, list style,
# moderation style.
DETAILS = ("grid", "four", "lines", "over")
GRADE_STYLES = ("typed", "columns", "printed", "key")
LIST_STYLES = ("bullets", "paragraph", "columns")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    forms = []
    for index, sample in enumerate(samples):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, choices, others, also = _adapt(rng, index, sample, today)
        data = _draw(rng, index, sample, choices, others)
        forms.append(common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in others),
                                     also=also))
    return forms


def _adapt(rng: random.Random, index: int, sample: ToolSample, today: date):
    """Change the sample where this file's layout needs it."""
    when = common.date_writer(rng)
    choices = {
        "when": when,
        "details": DETAILS[index % 4],
        "grades": GRADE_STYLES[(index // 4 + index) % 4],
        "lists": LIST_STYLES[index % 3],
        "named": index % 5 != 3,  # the child's name and date of birth filled in
        "brand": rng.choice(common.BRAND_COLOURS),
        "ink": rng.choice(common.MODERATION_INKS),
        "title": rng.choice(TITLES),
        "forum": rng.choice(FORUMS),
        "consent": rng.random() < 0.85,
        "ticks": rng.random() < 0.5,
        "moderation_style": rng.choice(("box", "inline")),
        "mark": rng.choice(MARKS),
        "columns": rng.choice(GRADE_COLUMNS),
        "numbered": rng.random() < 0.4,
        "headers": rng.choice(ACTION_HEADERS),
        "no_actions": rng.choice(NO_ACTIONS),
        "printed_look": rng.choice(("highlight", "bold", "strike")),
    }
    reference = rng.random()
    if reference < 0.35:
        sample = replace(sample, case_id=common.early_help_reference(rng, sample.case_id))
    elif reference < 0.6:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if index % 4 == 1:
        sample = replace(sample, sections=tuple(Section(RENAMED[s.name], s.grade, s.comment) for s in sample.sections))
        if sample.moderation:
            remarks = {RENAMED[name]: text for name, text in sample.moderation.section_comments.items()}
            sample = replace(sample, moderation=replace(sample.moderation, section_comments=remarks))
    if index in (5, 12):
        sample = replace(sample, actions=())
    if index in (7, 14):
        # This copy of the form has no box for what the family say.
        sample = replace(sample, own=tuple(own for own in sample.own if own.key != "family_voice"))
    others: list[tuple[str, date]] = []
    if sample.child and index % 5 in (1, 4):
        others = common.siblings(rng, sample.child, rng.randint(1, 2), today)
    also = [when(sample.child.date_of_birth)] if sample.child else []
    also += [when(born) for _, born in others]
    return sample, choices, others, tuple(also)


def _own(sample: ToolSample, key: str):
    return next((own for own in sample.own if own.key == key), None)


def _draw(rng: random.Random, index: int, sample: ToolSample, choices: dict, others) -> bytes:
    when = choices["when"]
    document = common.new_document(rng)
    brand = choices["brand"]
    brand_heading(document, common.council_line(rng), brand, size=11)
    brand_heading(document, choices["title"], brand, size=15)
    paragraph(document, "To be completed by the auditing manager for one child whose case has stepped up to, or "
                        "down from, Children's Social Care in the last quarter.", italic=True, size=9)

    # Part 1: the child and the transfer.
    brand_heading(document, "Part 1 – Child and transfer details", brand, size=12)
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    child = sample.child
    rows: list[tuple[str, str]] = [(sample.labels.get("case_id", "Case reference"), sample.case_id)]
    if choices["named"] and child:
        rows += [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth))]
    if others:
        rows.append(("Other children in the household",
                     "; ".join(f"{name} ({when(born)})" for name, born in others)))
    rows += [(sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
             ("Team", sample.team), ("Service", sample.service), ("Auditor", sample.auditor),
             ("Date of audit", when(sample.date))]
    ticked_direction = choices["ticks"] and choices["details"] != "over"
    if not ticked_direction:
        rows.append((direction.label, direction.written))
    rows += [(moved.label, when(moved.written)), ("Transfer agreed at", choices["forum"])]
    _details(document, choices["details"], rows)
    if ticked_direction:
        line = paragraph(document)
        run(line, f"{direction.label}:  ", bold=True)
        for option in DIRECTIONS:
            run(line, f"{'☒' if option == direction.written else '☐'} {option}    ")
    consent = ("Written consent to share information with Early Help on file?" if direction.written.startswith("Step down")
               else "Family told of the step-up and the reasons for it?")
    _question(document, consent, choices["consent"], choices["ticks"])

    # Part 2: the transfer tests, graded.
    brand_heading(document, "Part 2 – Quality of the transfer", brand, size=12)
    _sections(document, rng, sample, choices)
    overall = paragraph(document)
    run(overall, "Overall judgement on the step-up / step-down: ", bold=True)
    _grade_inline(overall, rng, sample.grade, choices)

    # Part 3: findings.
    brand_heading(document, "Part 3 – Findings", brand, size=12)
    _findings(document, sample, choices["lists"])
    voice = _own(sample, "family_voice")
    if voice:
        paragraph(document, f"{voice.label}:", bold=True)
        paragraph(document, voice.written)

    # Part 4: actions.
    brand_heading(document, "Part 4 – Actions", brand, size=12)
    if not sample.actions:
        paragraph(document, choices["no_actions"])
    elif choices["numbered"]:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions, (choices["headers"],), NO_ACTIONS, when)

    # Part 5: urgent concern.
    paragraph(document)
    _question(document, "Is there an urgent concern about the child's safety that needs escalating now?",
              sample.urgent_concern, choices["ticks"])
    if sample.urgent_concern:
        paragraph(document, f"If yes, details and who has been told: {sample.urgent_concern_detail}")

    # Part 6: Head of Service moderation.
    _moderation(document, rng, index, sample, choices)
    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    return common.finish_docx(document, choices["title"], sample.date, editor)


def _details(document, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "grid":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    elif style == "four":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (text, value) in enumerate(pair):
                label(row.cells[offset * 2], text, "DEEAF6")
                write(row.cells[offset * 2 + 1], value)
    elif style == "lines":
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    else:  # labels over values, three pairs to a band
        for start in range(0, len(rows), 3):
            band = rows[start:start + 3]
            grid = table(document, 2, len(band))
            for column, (text, value) in enumerate(band):
                label(grid.cell(0, column), text, "F2F2F2")
                write(grid.cell(1, column), value)
            paragraph(document)


def _question(document, question: str, answer: bool, ticks: bool) -> None:
    line = paragraph(document)
    run(line, f"{question}  ", bold=True)
    if ticks:
        run(line, f"Yes {'☒' if answer else '☐'}   No {'☐' if answer else '☒'}")
    else:
        run(line, "Yes" if answer else "No")


def _grade_inline(target, rng: random.Random, grade: str, choices: dict) -> None:
    """The overall grade in the paragraph `target`."""
    style = choices["grades"]
    if style == "printed":
        _printed(target, grade, choices["printed_look"])
    elif style == "key":
        run(target, f"{KEY_NUMBERS[grade]} ({informal_grade(rng, grade)})", bold=True)
    else:
        run(target, informal_grade(rng, grade), bold=True)


def _printed(target, grade: str, look: str) -> None:
    for position, (value, text) in enumerate(PRINTED):
        chosen = value == grade
        if look == "highlight":
            run(target, text, highlight=chosen, bold=chosen)
        elif look == "bold":
            run(target, text.upper() if chosen else text, bold=chosen)
        else:
            run(target, text, strike=not chosen)
        if position < len(PRINTED) - 1:
            run(target, " / ")


def _sections(document, rng: random.Random, sample: ToolSample, choices: dict) -> None:
    style = choices["grades"]
    remarks = sample.moderation.section_comments if sample.moderation and choices["moderation_style"] == "box" else {}
    if style == "key":
        paragraph(document, "Grading key: 1 = Outstanding   2 = Good   3 = Requires Improvement to be Good   "
                            "4 = Inadequate", italic=True, size=9)
    if style == "columns":
        columns = choices["columns"]
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Transfer test", *(name for _, name in columns), "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            for offset, (value, _) in enumerate(columns, 1):
                if value == section.grade:
                    mark(row.cells[offset], choices["mark"])
            write(row.cells[5], section.comment)
            if section.name in remarks:
                write(row.cells[5], f"HoS: {remarks[section.name]}", colour=choices["ink"])
        return
    grid = table(document, len(sample.sections) + 1, 3)
    heading = {"typed": "Grade", "printed": "Grade (highlight one)" if choices["printed_look"] == "highlight"
               else "Grade", "key": "Grade (1-4)"}[style]
    for cell, text in zip(grid.rows[0].cells, ("Transfer test", heading, "Evidence")):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        if style == "typed":
            write(row.cells[1], informal_grade(rng, section.grade, note_chance=0.2))
        elif style == "key":
            write(row.cells[1], KEY_NUMBERS[section.grade])
        else:
            _printed(row.cells[1].paragraphs[0], section.grade, choices["printed_look"])
        write(row.cells[2], section.comment)
        if section.name in remarks:
            write(row.cells[2], f"HoS: {remarks[section.name]}", colour=choices["ink"])


def _findings(document, sample: ToolSample, style: str) -> None:
    heads = ("What worked well in this transfer", "What needs to improve")
    lists = (sample.strengths, sample.development_areas)
    if style == "columns":
        grid = table(document, max(len(items) for items in lists) + 1, 2)
        for column, (head, items) in enumerate(zip(heads, lists)):
            label(grid.cell(0, column), head, "E2EFDA" if column == 0 else "FCE4D6")
            for row, item in enumerate(items, 1):
                write(grid.cell(row, column), item)
        return
    for head, items in zip(heads, lists):
        paragraph(document, f"{head}:", bold=True)
        if style == "paragraph":
            paragraph(document, " ".join(items))
        else:
            for item in items:
                paragraph(document, f"• {item}")


def _moderation(document, rng: random.Random, index: int, sample: ToolSample, choices: dict) -> None:
    moderation = sample.moderation
    when, ink = choices["when"], choices["ink"]
    if moderation is None and index % 3 == 0:
        return  # this copy of the form was sent before the moderation part was added
    brand_heading(document, "Head of Service moderation", choices["brand"], size=12)
    if moderation is None or choices["moderation_style"] == "box":
        common.moderation_box(
            document, rng, sample, moderation,
            labels=("Moderated by", "Date moderated", "Agree with the auditor's judgement?", "Moderated judgement",
                    "Comments"),
            agree=("Yes", "No"), not_moderated=("Not yet moderated", "", "Awaiting moderation"), ink=ink, when=when)
        return
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    for name, remark in moderation.section_comments.items():
        paragraph(document, f"{name}: {remark}", colour=ink, italic=True)
    if moderation.grade:
        paragraph(document, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
