"""Held-out family: a council's "Appendix 2 – Case File Audit Form", a
manager's audit of one child's social care file, filled in as Word files.

Source: a published local authority "Case File Audit Form", Appendix 2 of
its case file audit procedure, as reproduced at
https://docest.com/doc/420637/case-file-audit-form (the page does not say
which council published it; this is not one of the tools the project has
named so far, as far as the page lets us tell).

What comes from the source: the document's name and its "Appendix 2"
heading; numbered parts, the first "Case Information" with a grid of
details (the child's name, ID number and date of birth; age and legal
status; team, social worker, line manager and auditor; date of audit; date
workers were interviewed; whether the child is part of a sibling group and
who the child lives with); then one numbered part per area of practice
("Case description and history", "Assessments, analysis of need / risk",
...), each a table headed "Evidence | Commentary & Analysis | Rating" whose
Evidence column prints prompts to the auditor and whose Rating column
prints the four Ofsted grades in the order Good, Outstanding, Requires
improvement, Inadequate.

What is our judgement (the page shows only the first parts): the names of
the later areas (planning and review, the child's voice, multi-agency
working, management oversight, impact), the prompts (our own short
wording), a "Service area" line in the details, the overall rating part,
strengths and areas for development, the escalation and views-sought
questions, the actions table and the Head of Service moderation part, and
every way the 16 files vary.

What varies: the details as the source's grid of labels over values, as a
label | value table, or as "Label: value" lines; plain or prefixed ID
numbers; date spellings; how the Rating column is marked (the four printed
grades with the others struck through, the chosen one highlighted, ticked
boxes, typed as people type grades, or a mark under one of four grade
columns); five to seven areas; strengths and areas for development as
lists, paragraphs or two columns; actions as a table, numbered lines or a
"no actions" sentence; yes/no questions typed or as ticked boxes; the Head
of Service's moderation as a box, as lines typed in their own colour (with
remarks under some areas), or absent; the council line in a brand colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, sample_forms
from bot.samples.people import STAFF

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "appendix_case_file_audit_form"
SEED = 10124

# The areas of practice, in the form's order, with the prompts printed in
# the Evidence column (our wording, after the source's first two parts).
AREAS = (
    ("Case description and history", ("Summary of the case history from the file", "Chronology on file and up to date",
                                      "Genogram on file")),
    ("Assessments, analysis of need and risk", ("Assessment completed within timescale",
                                                "Child seen alone during the assessment",
                                                "History and other agencies' information used")),
    ("Planning and review", ("Plan is SMART and addresses the risks identified",
                             "Reviews held on time and the plan updated")),
    ("Voice of the child", ("Wishes and feelings recorded in the child's words",
                            "Direct work on file")),
    ("Multi-agency working", ("Partners involved in assessment and planning",
                              "Information shared and disagreements escalated")),
    ("Management oversight and supervision", ("Management decisions recorded with rationale",
                                              "Supervision on file and actions followed up")),
    ("Impact and outcomes", ("What difference has the work made for the child?",)),
)
# The Rating column's printed order in the source.
RATING_ORDER = ((GOOD, "Good"), (OUTSTANDING, "Outstanding"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
                (INADEQUATE, "Inadequate"))
LEGAL_STATUS = {
    "Children in Care": ("Looked after – s20", "Looked after – s31 Care Order", "Interim Care Order"),
    "Children with Disabilities": ("Child in Need (s17)", "Child in Need – disabled child"),
    "Assessment and Child Protection": ("Child Protection Plan", "Child in Need (s17)", "CP – neglect"),
}
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required – practice is of a good standard.",
              "Actions: none identified.")
NOT_MODERATED = ("Not selected for moderation this month.", "")
ESCALATION_Q = "Were any immediate safeguarding concerns identified that required escalation?"
VIEWS_Q = "Have the views of the child and family been sought about the service they receive?"

# Per file: details layout, rating style, area count, lists style, actions
# style, yes/no style, moderation style, prefixed ID, no-actions.
PLAN = (
    ("grid", "struck", 7, "lists", "table", "typed", "box", False, False),
    ("pairs", "typed", 7, "paragraphs", "numbered", "boxes", "ink", True, False),
    ("lines", "highlight", 6, "columns", "table", "typed", "ink", False, True),
    ("grid", "columns", 7, "lists", "numbered", "boxes", "box", True, False),
    ("pairs", "boxes", 5, "lists", "table", "typed", "ink", False, False),
    ("grid", "typed", 7, "columns", "table", "boxes", "ink", False, False),
    ("lines", "struck", 7, "lists", "numbered", "typed", "box", True, False),
    ("grid", "highlight", 5, "paragraphs", "table", "boxes", "ink", False, True),
    ("pairs", "columns", 7, "lists", "table", "typed", "box", False, False),
    ("grid", "boxes", 6, "lists", "numbered", "typed", "ink", True, False),
    ("lines", "typed", 7, "lists", "table", "boxes", "box", False, False),
    ("pairs", "struck", 7, "columns", "numbered", "typed", "ink", True, False),
    ("grid", "columns", 6, "paragraphs", "table", "boxes", "box", False, False),
    ("lines", "boxes", 7, "lists", "table", "typed", "ink", True, False),
    ("pairs", "highlight", 7, "lists", "numbered", "boxes", "box", False, True),
    ("grid", "typed", 5, "lists", "table", "typed", "ink", True, False),
)


def build(today: date) -> list[HeldOutForm]:
    drawn = [form for form in sample_forms(200, seed=SEED, today=today, feedback_question=True)
             if form.kind == CASE_FILE_AUDIT][:len(PLAN)]
    forms = []
    for index, (sample, plan) in enumerate(zip(drawn, PLAN), start=1):
        rng = random.Random(f"{SEED}:{index}")
        details, rating, area_count, lists, actions, yes_no, moderation, prefixed, no_actions = plan
        sections = tuple(replace(section, name=name) for section, (name, _) in zip(sample.sections, AREAS))
        changed = replace(sample, title="Case File Audit Form", sections=sections[:area_count])
        if prefixed:
            changed = replace(changed, case_id=common.case_reference(rng, sample.case_id))
        if no_actions or (changed.grade == OUTSTANDING and rng.random() < 0.5):
            changed = replace(changed, actions=())
        brothers_and_sisters = common.siblings(rng, sample.child, rng.choice((0, 1, 2)), today)
        when = common.date_writer(rng)
        data = _docx(rng, changed, when, brothers_and_sisters, details, rating, lists, actions, yes_no, moderation)
        forms.append(common.held_out(FAMILY, index, changed, data, "docx",
                                     others=tuple(name for name, _ in brothers_and_sisters),
                                     also=(when(sample.child.date_of_birth),)))
    return forms


# --- the file -----------------------------------------------------------------------------


def _docx(rng, sample, when, brothers_and_sisters, details, rating, lists, actions, yes_no, moderation) -> bytes:
    document = common.new_document(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    marker = rng.choice(common.MARKS)  # one way of marking a grade column for the whole form
    common.brand_heading(document, common.council_line(rng), brand, size=12)
    common.paragraph(document, "Appendix 2", italic=True)
    common.brand_heading(document, "Case File Audit Form", brand, size=16)

    common.brand_heading(document, "1. Case Information", brand, size=12)
    _details(document, rng, sample, when, brothers_and_sisters, details)

    number = 2
    for section, (name, prompts) in zip(sample.sections, AREAS):
        common.brand_heading(document, f"{number}. {name}", brand, size=12)
        remark = sample.moderation.section_comments.get(name) if sample.moderation and moderation == "ink" else None
        _area(document, rng, section, prompts, rating, remark, ink, marker)
        number += 1

    common.brand_heading(document, f"{number}. Overall rating of the case file", brand, size=12)
    overall = common.table(document, 2, 2)
    common.label(overall.cell(0, 0), "Overall rating", "F2F2F2")
    _rating_cell(overall.cell(0, 1), rng, sample.grade, "typed" if rating == "columns" else rating)
    common.label(overall.cell(1, 0), "Rationale for the rating", "F2F2F2")
    common.write(overall.cell(1, 1), rng.choice((
        "Rating reflects the areas above, weighted towards the child's current experience.",
        "Judgement based on the last six months of recording and discussion with the worker.",
        "See commentary in each area.")))
    number += 1

    common.brand_heading(document, f"{number}. Strengths and areas for development", brand, size=12)
    _strengths(document, rng, sample, lists)
    number += 1

    common.brand_heading(document, f"{number}. Escalation and feedback", brand, size=12)
    _yes_no(document, ESCALATION_Q, sample.urgent_concern, yes_no, sample.urgent_concern_detail)
    if sample.feedback_sought is not None:
        _yes_no(document, VIEWS_Q, sample.feedback_sought, yes_no, None)
    number += 1

    common.brand_heading(document, f"{number}. Actions (by who, by when)", brand, size=12)
    if actions == "table" or not sample.actions:
        common.actions_table(document, rng, sample.actions,
                             (("Action required", "By whom", "By when", "Completed"),
                              ("Action", "Responsible", "Timescale")), NO_ACTIONS, when)
    else:
        for count, action in enumerate(sample.actions, start=1):
            common.paragraph(document, f"{count}. {action.action} – {action.owner} – by {when(action.due)}")
    number += 1

    common.brand_heading(document, f"{number}. Head of Service moderation", brand, size=12)
    if moderation == "box" or sample.moderation is None:
        common.moderation_box(document, rng, sample, sample.moderation,
                              labels=("Moderated by", "Date moderated", "Agree with the auditor's rating?",
                                      "Moderated rating", "Head of Service comments"),
                              agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)
    else:
        _moderation_lines(document, rng, sample, ink, when)
    return common.finish_docx(document, "Case File Audit Form", sample.date, sample.auditor)


def _details(document, rng, sample, when, brothers_and_sisters, style) -> None:
    child = sample.child
    age = (sample.date - child.date_of_birth).days // 365
    siblings_text = "; ".join(f"{name} ({when(born)})" if rng.random() < 0.5 else name
                              for name, born in brothers_and_sisters)
    rows = (
        (("Name of child/young person", child.full_name), (rng.choice(("ID number", "LCS ID", "Child ID")),
                                                            sample.case_id),
         ("Date of birth", when(child.date_of_birth))),
        (("Child's age", f"{age}" if age else "under 1"),
         ("Child's legal status", rng.choice(LEGAL_STATUS[sample.service]))),
        (("Name of team", sample.team), ("Service area", sample.service)),
        (("Name of social worker", sample.practitioner), ("Name of line manager", _line_manager(sample)),
         ("Name of auditor", sample.auditor)),
        (("Date of audit", when(sample.date)),
         ("Date worker interviewed", when(sample.date - timedelta(days=rng.choice((0, 1, 2, 3)))))),
        (("Is the child part of a sibling group?", f"Yes – {siblings_text}" if siblings_text else "No"),
         ("Who does the child live with?", "With " + " and ".join(child.parents))),
    )
    if style == "lines":
        for row in rows:
            for name, value in row:
                line = common.paragraph(document)
                common.run(line, f"{name}: ", bold=True)
                common.run(line, value)
        return
    if style == "pairs":
        flat = [pair for row in rows for pair in row]
        grid = common.table(document, len(flat), 2)
        for row, (name, value) in zip(grid.rows, flat):
            common.label(row.cells[0], name, "F2F2F2")
            common.write(row.cells[1], value)
        return
    # The source's grid: each cell a label with its value beneath.
    grid = common.table(document, len(rows), 3)
    for row, pairs in zip(grid.rows, rows):
        for cell, (name, value) in zip(row.cells, pairs):
            common.label(cell, name)
            common.write(cell, value)


def _line_manager(sample) -> str:
    """The social worker's manager, from the staff list."""
    worker = next(member for member in STAFF if member.name == sample.practitioner)
    return next(member.name for member in STAFF if member.email == worker.reports_to)


def _area(document, rng, section, prompts, rating, remark, ink, marker) -> None:
    if rating == "columns":
        headers = ("Evidence", "Commentary & Analysis", *(text for _, text in RATING_ORDER))
        grid = common.table(document, 2, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            common.label(cell, text, "DEEAF6")
        common.write(grid.cell(1, 0), "\n".join(prompts))
        common.write(grid.cell(1, 1), section.comment)
        if remark:
            common.write(grid.cell(1, 1), f"HoS: {remark}", colour=ink)
        chosen = [grade for grade, _ in RATING_ORDER].index(section.grade)
        common.mark(grid.cell(1, 2 + chosen), marker)
        return
    grid = common.table(document, 2, 3)
    for cell, text in zip(grid.rows[0].cells, ("Evidence", "Commentary & Analysis", "Rating")):
        common.label(cell, text, "DEEAF6")
    common.write(grid.cell(1, 0), "\n".join(prompts))
    common.write(grid.cell(1, 1), section.comment)
    if remark:
        common.write(grid.cell(1, 1), f"HoS: {remark}", colour=ink)
    _rating_cell(grid.cell(1, 2), rng, section.grade, rating)


def _rating_cell(cell, rng, grade, style) -> None:
    if style == "typed":
        common.write(cell, common.informal_grade(rng, grade, note_chance=0.2))
        return
    for printed, text in RATING_ORDER:
        chosen = printed == grade
        if style == "struck":
            common.write(cell, text, strike=not chosen, bold=chosen)
        elif style == "highlight":
            common.write(cell, text, highlight=chosen, bold=chosen)
        else:  # ticked boxes
            common.write(cell, f"{'☒' if chosen else '☐'} {text}")


def _strengths(document, rng, sample, style) -> None:
    if style == "columns":
        grid = common.table(document, 1 + max(len(sample.strengths), len(sample.development_areas)), 2)
        common.label(grid.cell(0, 0), "What is working well", "E2EFDA")
        common.label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for row, text in enumerate(sample.strengths, start=1):
            common.write(grid.cell(row, 0), text)
        for row, text in enumerate(sample.development_areas, start=1):
            common.write(grid.cell(row, 1), text)
        return
    for heading, items in (("Strengths:", sample.strengths), ("Areas for development:", sample.development_areas)):
        common.paragraph(document, heading, bold=True)
        if style == "paragraphs":
            common.paragraph(document, " ".join(items))
        else:
            for text in items:
                document.add_paragraph(text, style="List Bullet")


def _yes_no(document, question, answer, style, detail) -> None:
    line = common.paragraph(document)
    common.run(line, f"{question} ", bold=True)
    if style == "boxes":
        common.run(line, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
    else:
        common.run(line, "Yes" if answer else "No")
    if answer and detail:
        common.paragraph(document, f"Details: {detail}")


def _moderation_lines(document, rng, sample, ink, when) -> None:
    moderation = sample.moderation
    common.paragraph(document, rng.choice(("Head of Service to complete in a different colour.",
                                           "HoS comments (please type in colour)")), italic=True)
    common.paragraph(document, f"Moderated by: {moderation.moderator}, Head of Service – {when(moderation.date)}",
                     colour=ink)
    if moderation.grade:
        verdict = "I agree with the rating" if moderation.grade == sample.grade else "I do not agree with the rating"
        common.paragraph(document, f"{verdict}. Moderated rating: {common.informal_grade(rng, moderation.grade)}",
                         colour=ink, bold=True)
    for comment in moderation.comments:
        common.paragraph(document, comment, colour=ink)

