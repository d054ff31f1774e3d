"""Held-out family: a safeguarding children board's multi-agency case audit
record, one child's case looked at jointly by the agencies at an audit
session, in Word.

Modelled on the City and Hackney Safeguarding Children Board's
"Multi-Agency Case Audit Process" (July 2014, updated January 2016), as
stored at https://paperzz.com/doc/7699340/multi-agency-case-audit-process.
What came from the source: the audit is themed (themes set by the board's
Quality Assurance sub-committee), looks at the child's whole journey from
first identification to statutory intervention, is done case by case at
audit sessions where each partner agency audits its own involvement and
the agencies then meet, and ends in findings, learning and actions for the
partnership. The page shows no form, so the layout is our judgement: a
partnership title line under the council's name in a brand colour; Part A
the case (child, date of birth, case reference, allocated worker, team,
service, sometimes the other children in the household), the audit theme,
lead auditor and session date, and the agencies taking part; Part B each
agency's own summary of its involvement (ungraded text); Part C the graded
areas of practice with the group's evidence; the audit group's overall
judgement; what is working well and what needs to improve; the agreed
multi-agency actions; whether an immediate safeguarding concern was
referred back; and the Head of Service's moderation.

What varies across the 16 files, as the partnership's auditors vary it:
the case details as a two-column table, a four-column grid, "Label: value"
lines or labels over values; date spellings; plain and prefixed case
references; grades typed as people type them, a number on a printed key,
the four grades printed with the chosen one bold / highlighted / ticked /
the others struck through, or a mark under one of four grade columns; the
partnership's own names for the areas on half the files; strengths and
areas for development as bullets, a paragraph or two columns; actions as a
table, numbered lines or a sentence saying none were agreed; the urgent
question typed or as ticked boxes; the moderation as a box, typed in the
Head of Service's colour under the judgement, or absent.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import Moderation, Section
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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
    label,
    mark,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "safeguarding_board_case_audit_session"
SEED = 10126
COUNT = 16

PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
           INADEQUATE: "Inadequate"}
KEY_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The partnership's own names for the sample's areas (used on half the files).
AREA_NAMES = {
    "Voice of the child": "The child's lived experience and voice",
    "Information sharing between agencies": "Communication and information sharing",
    "Assessment of need and risk": "Recognition and assessment of risk",
    "Multi-agency plan": "Planning and intervention",
    "Impact and outcomes for the child": "Impact: what difference has been made",
}
THEMES = ("Neglect", "Children missing education", "Domestic abuse and its impact on children",
          "Child sexual exploitation", "Pre-birth and babies under one", "Adolescents at risk outside the home")
PARTNERSHIP_TITLES = ("Safeguarding Children Board – Multi-Agency Case Audit",
                      "Local Safeguarding Children Partnership: Multi-Agency Case Audit Record",
                      "Safeguarding Children Board | Quality Assurance Sub-Committee")
AGENCY_NOTES = (
    "Involved throughout the period; records show regular contact and attendance at meetings.",
    "Contact was intermittent; reports were shared for conferences but not always in time.",
    "Made the first referral and contributed to the assessment.",
    "Attended core groups; information shared verbally was not always recorded.",
    "Short involvement; the case was closed once another service took the lead.",
    "Offered support to the parents; engagement improved after a joint home visit.",
)
AGENCY_LEARNING = (
    "Share written reports 48 hours before meetings.",
    "Record the child's own words, not only the parent's account.",
    "Use the escalation policy when agreed actions drift.",
    "No single-agency learning identified.",
    "Check who else is involved before closing the case.",
)
NO_ACTIONS = ("No further multi-agency actions were agreed at the audit session.",
              "Actions: none – the audit group agreed the plan in place is sufficient.",
              "No actions arising from this audit.")
NOT_MODERATED = ("Not selected for moderation this session.", "")


def _rename(sample):
    """The partnership's area names, with any moderator remarks moved with them."""
    sections = tuple(replace(section, name=AREA_NAMES.get(section.name, section.name)) for section in sample.sections)
    moderation = sample.moderation
    if moderation is not None and moderation.section_comments:
        moderation = replace(moderation, section_comments={AREA_NAMES.get(name, name): text
                                                           for name, text in moderation.section_comments.items()})
    return replace(sample, sections=sections, moderation=moderation)


def _grade_into(cell_or_paragraph, rng: random.Random, grade: str, style: str, emphasis: str) -> None:
    """Write `grade` into a cell (or after a paragraph) in the file's grade style."""
    target = cell_or_paragraph
    if hasattr(target, "paragraphs"):  # a cell
        target = target.paragraphs[-1] if not target.paragraphs[-1].text else target.add_paragraph()
    if style == "typed":
        run(target, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        run(target, str(KEY_ORDER.index(grade) + 1), bold=True)
    else:  # "printed": all four printed, the chosen one marked
        for position, option in enumerate(KEY_ORDER):
            if position:
                run(target, " / ")
            chosen = option == grade
            text = PRINTED[option]
            if emphasis == "tick":
                run(target, ("\u2612 " if chosen else "\u2610 ") + text)
            elif emphasis == "bold":
                run(target, text, bold=chosen)
            elif emphasis == "highlight":
                run(target, text, highlight=chosen, bold=chosen)
            else:  # the others struck through
                run(target, text, strike=not chosen)


def _details(document, rng: random.Random, rows: list[tuple[str, str]], style: str) -> None:
    if style == "lines":
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    elif style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for index, (text, value) in enumerate(rows):
            cells = grid.rows[index // 2].cells
            label(cells[(index % 2) * 2], text, "E7E6E6")
            write(cells[(index % 2) * 2 + 1], value)
    else:  # labels over values, three to a row
        for start in range(0, len(rows), 3):
            chunk = rows[start:start + 3]
            grid = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(grid.cell(0, column), text, "DEEAF6")
                write(grid.cell(1, column), value)


def _items(document, rng: random.Random, heading: str, items, style: str) -> None:
    paragraph(document, heading, bold=True)
    if style == "paragraph":
        paragraph(document, " ".join(items))
    elif style == "dashes":
        dash = rng.choice(("•", "-", "–"))
        for item in items:
            paragraph(document, f"{dash} {item}")
    else:
        for item in items:
            paragraph(document, item).style = document.styles["List Bullet"]


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    others: list[str] = []
    also: list[str] = []

    # Changes to the sample the layout needs, made before the truth is taken.
    if rng.random() < 0.5:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if index % 2:
        sample = _rename(sample)
    if index in (3, 8, 13):
        sample = replace(sample, actions=())
    moderation_style = ("box", "ink", "absent", "box", "ink")[index % 5]
    if moderation_style == "absent":
        sample = replace(sample, moderation=None)
    show_child = index not in (5, 11, 14)
    grade_style = ("typed", "key", "printed", "columns")[index % 4]
    emphasis = rng.choice(("bold", "highlight", "tick", "strike"))
    details_style = ("table", "grid", "lines", "over")[(index // 4 + index) % 4]
    list_style = rng.choice(("bullets", "dashes", "paragraph", "columns"))
    action_style = rng.choice(("table", "numbered"))
    urgent_style = rng.choice(("typed", "boxes"))
    ink = rng.choice(common.MODERATION_INKS)
    child = sample.child
    agencies = next(own for own in sample.own if own.key == "agencies")

    document = common.new_document(rng)
    brand_heading(document, common.council_line(rng), brand, size=12)
    brand_heading(document, rng.choice(PARTNERSHIP_TITLES), brand, size=14)
    paragraph(document, sample.title, bold=True, size=13)
    paragraph(document, "Complete with the partner agencies at the audit session. Audit the last 12 months of the "
                        "child's journey, from first identification to the present.", italic=True, size=9)

    # Part A: the case and the audit.
    paragraph(document, "Part A – Case details", bold=True, colour=brand)
    rows: list[tuple[str, str]] = []
    if show_child:
        rows += [(rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name),
                 (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth))]
        if rng.random() < 0.4:
            rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows += [(rng.choice(("Case reference", "Case number", "LCS ID")), sample.case_id),
             (rng.choice(("Allocated social worker", "Lead social worker", "Case holder")), sample.practitioner),
             ("Team", sample.team), ("Service", sample.service),
             ("Audit theme", rng.choice(THEMES)),
             (sample.labels.get("auditor", "Lead auditor"), sample.auditor),
             (rng.choice(("Date of audit session", "Audit date", "Date of audit")), when(sample.date))]
    if show_child and rng.random() < 0.4:
        brothers = common.siblings(rng, child, rng.randint(1, 2), today)
        others += [name for name, _ in brothers]
        written = [(name, when(born)) for name, born in brothers]
        also += [born for _, born in written]
        rows.append(("Other children in the household", "; ".join(f"{name} ({born})" for name, born in written)))
    _details(document, rng, rows, details_style)
    paragraph(document)
    line = paragraph(document)
    run(line, f"{agencies.label}: ", bold=True)
    run(line, ", ".join(agencies.written))

    # Part B: each agency's own audit of its involvement (not graded).
    paragraph(document, "Part B – Single agency findings", bold=True, colour=brand)
    findings = table(document, len(agencies.written) + 1, 3)
    for cell, text in zip(findings.rows[0].cells, ("Agency", "Summary of involvement", "Learning for the agency")):
        label(cell, text, "DEEAF6")
    for row, agency in zip(findings.rows[1:], agencies.written):
        write(row.cells[0], agency)
        write(row.cells[1], rng.choice(AGENCY_NOTES))
        write(row.cells[2], rng.choice(AGENCY_LEARNING))

    # Part C: the graded areas.
    paragraph(document)
    paragraph(document, "Part C – Multi-agency practice: the audit group's judgements", bold=True, colour=brand)
    if grade_style == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
                  italic=True, size=9)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    _areas(document, rng, sample.sections, remarks, grade_style, emphasis, ink)

    paragraph(document)
    overall_label = rng.choice(("Overall judgement of the audit group", "Overall multi-agency judgement",
                                "Overall grade"))
    if grade_style == "columns":
        paragraph(document, overall_label, bold=True)
        order = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        symbol = rng.choice(MARKS)
        for column, (grade, text) in enumerate(order):
            label(grid.cell(0, column), text, "DEEAF6")
            if grade == sample.grade:
                mark(grid.cell(1, column), symbol)
    else:
        line = paragraph(document)
        run(line, f"{overall_label}: ", bold=True)
        _grade_into(line, rng, sample.grade, grade_style, emphasis)
    if moderation_style == "ink" and sample.moderation is not None:
        _ink_moderation(document, rng, sample, ink, when)

    # What works, what needs to improve.
    paragraph(document)
    strengths_label = rng.choice(("What is working well", "Strengths of the multi-agency response"))
    development_label = rng.choice(("What needs to improve", "Areas for development"))
    if list_style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), strengths_label, "E2EFDA")
        label(grid.cell(0, 1), development_label, "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), text)
        for text in sample.development_areas:
            write(grid.cell(1, 1), text)
    else:
        _items(document, rng, strengths_label, sample.strengths, list_style)
        _items(document, rng, development_label, sample.development_areas, list_style)

    # Actions.
    paragraph(document)
    paragraph(document, rng.choice(("Multi-agency actions agreed", "Actions for the partnership", "Action plan")),
              bold=True, colour=brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif action_style == "table":
        common.actions_table(document, rng, sample.actions,
                             (("Action", "Lead agency / person", "By when"),
                              ("Action", "Who", "Timescale", "Completed (date)")), NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner}, by {when(action.due)}")

    # The urgent question.
    paragraph(document)
    question = rng.choice(("Were any immediate safeguarding concerns identified and referred back to the agency?",
                           "Immediate concerns for the child identified during the audit?"))
    line = paragraph(document)
    run(line, question + " ", bold=True)
    if urgent_style == "typed":
        run(line, rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "None")))
    else:
        run(line, ("\u2612 Yes   \u2610 No") if sample.urgent_concern else ("\u2610 Yes   \u2612 No"))
    if sample.urgent_concern:
        paragraph(document, f"Details and who it was referred to: {sample.urgent_concern_detail}")

    # Moderation.
    if moderation_style == "box":
        paragraph(document)
        paragraph(document, rng.choice(("Head of Service moderation", "Moderation (Head of Service)")),
                  bold=True, colour=brand)
        common.moderation_box(document, rng, sample, sample.moderation,
                              labels=("Moderated by", "Date moderated", "Agree with the audit group's judgement?",
                                      "Moderated judgement", "Moderator's comments"),
                              agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = common.finish_docx(document, sample.title, sample.date, editor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _areas(document, rng: random.Random, sections: tuple[Section, ...], remarks: dict[str, str], grade_style: str,
           emphasis: str, ink: str) -> None:
    area_label = rng.choice(("Area of practice", "Area", "Practice standard"))
    evidence_label = rng.choice(("Evidence and analysis", "Findings of the audit group", "Evidence"))
    if grade_style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 1, 6)
        headers = (area_label, *(text for _, text in order), evidence_label)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            for column, (grade, _) in enumerate(order, 1):
                if grade == section.grade:
                    mark(row.cells[column], symbol)
            write(row.cells[5], section.comment)
            if section.name in remarks:
                write(row.cells[5], f"HoS: {remarks[section.name]}", colour=ink)
        return
    grade_label = "Grade (1-4)" if grade_style == "key" else rng.choice(("Grade", "Judgement"))
    grid = table(document, len(sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, (area_label, grade_label, evidence_label)):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sections):
        write(row.cells[0], section.name, bold=True)
        _grade_into(row.cells[1], rng, section.grade, grade_style, emphasis)
        write(row.cells[2], section.comment)
        if section.name in remarks:
            write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink)


def _ink_moderation(document, rng: random.Random, sample, ink: str, when) -> None:
    """The Head of Service's moderation typed in their colour under the judgement."""
    moderation: Moderation = sample.moderation
    line = paragraph(document)
    run(line, f"Moderated by {moderation.moderator} (Head of Service), {when(moderation.date)}. ", colour=ink)
    if moderation.grade:
        verdict = "I agree with the judgement" if moderation.grade == sample.grade else "I do not agree"
        run(line, f"{verdict}; moderated judgement: ", colour=ink)
        run(line, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
        run(line, ".", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(COUNT, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]
