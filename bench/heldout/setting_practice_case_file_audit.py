"""Early Help audits on a "Practice – Case file audit tool" layout.

Source: Shropshire Council's "Practice - Case file audit tool"
(subtitled "Operational Practitioner Assessment"), published as a Word
document and reproduced at https://docsbay.net/doc/376344/practice-case-file-audit-tool
(undated; it names the Early Help Assessment Form, EHAF, of Shropshire's
2015-era early help offer). Shropshire is already named by the project;
this is a different document of that council.

What came from the source (structure only, never its text at length):
the title with its "Operational Practitioner Assessment" subtitle and a
short note on who completes it; a details block pairing the date, the
name and role of the person completing the audit and the name of their
manager; a "Child's details" block with the child's initials followed by
the date of birth and the name of the allocated worker; a "tick as
appropriate" row of the four plan types, each pointing to its own page
("Early Help Intervention – please complete page 2"); YES/NO questions
(LADO involvement, special educational needs, patterns of absence,
education welfare involvement); a "Your involvement in the process" list
of questions about concerns, chronology, the EHAF, consultation with an
Early Help adviser, parental consent and the Early Help resource panel;
and the closing instruction to evaluate practice and undertake the
actions identified.

Our judgement: the source is a school or setting's self-audit with no
grades; these files are the same layout used by Early Help managers to
audit a family's Early Help assessment and plan, so page 2 ("Early Help
Intervention") is our own: the graded areas (the sample's Early Help
areas, on some files renamed), evidence and a grade for each, an overall
grade, strengths, areas for development, the actions table, an
immediate-safeguarding question and the Head of Service's moderation. The
page the source shows has no grades, moderation or actions layout, so how
those look is our judgement. Most files write the child's full name
before the date of birth; a few keep the source's initials.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import EARLY_HELP_AUDIT, STAFF
from bot.samples.people import _ORGANISATION
from bot.samples.population import sample_forms

from . import common
from .common import (
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "setting_practice_case_file_audit"
SEED = 10135
COUNT = 16

# The sample's Early Help areas as some managers' copies of the tool name them.
RENAMED_AREAS = {
    "Voice of the child": "The child's voice and lived experience",
    "Early Help Assessment": "Quality of the EHAF / assessment",
    "Team Around the Family plan": "The family plan (SMART?)",
    "Engagement with the family": "Work with the family",
    "Management oversight": "Supervision and management oversight",
    "Impact and outcomes for the child": "Difference made for the child",
}
ROLE_WORDS = {
    "early_help_manager": ("Early Help Manager", "Early Help Team Manager", "EH Manager"),
    "head_of_service": ("Head of Service", "Head of Service – Early Help"),
    "assistant_director": ("Assistant Director",),
    "director": ("Director of Children's Services",),
    "practice_manager": ("Practice Manager",),
    "safeguarding_practice_manager": ("Safeguarding Practice Manager",),
}
GRADE_KEY = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
             (INADEQUATE, "Inadequate"))
PLAN_TYPES = ("Early Help Intervention (please complete page 2)", "Child in Need Plan (please complete page 3)",
              "Child Protection Plan (please complete page 4)", "Looked After Child Plan (please complete page 5)")
YES_NO_QUESTIONS = (
    "Has the Local Authority Designated Officer (LADO) been involved?",
    "Does the child have special educational needs?",
    "Are there any noticeable patterns of absence?",
    "Has an Education Welfare Officer been involved?",
)
INVOLVEMENT_QUESTIONS = (
    "Have concerns about the child been recorded as they arose?",
    "Is a chronology being kept for the child?",
    "Was the EHAF completed with the family?",
    "Was there a consultation with an Early Help Adviser?",
    "Was parental consent sought before information was shared?",
    "Has the Early Help Resource Panel been used?",
)
FEEDBACK_QUESTION = "Have the child's and the family's views been sought on the help they received?"
URGENT_QUESTION = "Does this audit raise an immediate safeguarding concern?"
NO_ACTIONS = ("No further actions identified from this audit.", "No actions – practice meets the standard.",
              "Actions: none required at this time.")
BOX = "\u2610"
TICKED = "\u2612"


def build(today: date) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(400, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    # About four in ten of the month's Early Help audits went to moderation.
    moderated = [form for form in pool if form.moderation][:7]
    plain = [form for form in pool if not form.moderation][:COUNT - len(moderated)]
    chosen = [(moderated if position % 2 and moderated else plain or moderated).pop(0) for position in range(COUNT)]
    forms = []
    for index, sample in enumerate(chosen):
        forms.append(_one(rng, index, sample, today))
    return forms


def _one(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    # What this manager's copy shows.
    if index % 4 == 1:
        sample = replace(sample, case_id=common.early_help_reference(rng, sample.case_id))
    elif index % 4 == 3:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if index % 3 == 2:
        sample = replace(sample, sections=tuple(replace(section, name=RENAMED_AREAS[section.name])
                                                for section in sample.sections))
    moderation_style = ("box", "ink", "none")[index % 3] if sample.moderation else rng.choice(("box", "none"))
    if moderation_style == "none" and sample.moderation:
        sample = replace(sample, moderation=None)
    if index in (5, 12) and sample.actions:
        sample = replace(sample, actions=())
    initials_only = index in (4, 11)
    sibling_count = (0, 1, 2)[index % 3] if index % 2 else 0
    others = common.siblings(rng, sample.child, sibling_count, today) if sibling_count else []

    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng), brand, size=rng.choice((12, 14)))
    paragraph(document, rng.choice(("Practice – Case file audit tool", "Practice - Case File Audit Tool",
                                    "PRACTICE – CASE FILE AUDIT TOOL")), bold=True, size=16)
    paragraph(document, "Operational Practitioner Assessment – Early Help", bold=True, colour=brand)
    paragraph(document, "This audit is completed by the manager of the Early Help team for a family open to "
                        "Early Help. Once complete, discuss it with the lead practitioner and undertake any "
                        "actions identified.", italic=True, size=9)

    born = when(sample.child.date_of_birth)
    also = [born]
    auditor_role = rng.choice(ROLE_WORDS[_role_of(sample.auditor)])
    manager = _manager_of(sample.auditor)
    child_text = (f"{sample.child.first_name[0]}.{sample.child.surname[0]}. {born}" if initials_only
                  else f"{sample.child.full_name}   DOB {born}")
    details = [
        ("Date:", when(sample.date)),
        ("Name of person completing the audit:", sample.auditor),
        ("Role of person completing the audit:", auditor_role),
        ("Name of their manager:", manager),
    ]
    child_details = [
        ("Child's initials followed by date of birth:" if initials_only else "Child's name and date of birth:",
         child_text),
        ("Case number:" if index % 2 else "EH / case reference:", sample.case_id),
        (rng.choice(("Name of Lead Practitioner:", "Lead Professional:", "Early Help worker:")),
         sample.practitioner),
        ("Team:", sample.team),
        ("Service:", sample.service),
    ]
    if not initials_only and index % 4 == 0:
        child_details.append(("Parent(s) / carer(s):", " and ".join(sample.child.parents)))
    if others:
        written = []
        for name, day in others:
            written.append(f"{name} ({when(day)})")
            also.append(when(day))
        child_details.append(("Brothers and sisters in the household:", "; ".join(written)))
    _details(document, rng, index, details, "Audit details", brand)
    _details(document, rng, index + 1, child_details, "Child's details", brand)

    _plan_types(document, rng)
    _yes_no(document, rng, index)
    _involvement(document, rng, index, sample)

    paragraph(document)
    common.brand_heading(document, "Page 2 – Early Help Intervention", brand)
    grade_style = ("typed", "columns", "printed", "number", "ticks")[index % 5]
    if grade_style == "number":
        paragraph(document, "Grades: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    _areas(document, rng, sample, grade_style, brand)
    _overall(document, rng, sample, grade_style, brand)
    _strengths(document, rng, index, sample, brand)
    _actions(document, rng, index, sample, when, brand)
    _urgent(document, rng, sample)
    _moderation(document, rng, sample, moderation_style, when, brand)

    data = common.finish_docx(document, "Practice - Case file audit tool", sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in others),
                           also=tuple(also))


def _role_of(name: str) -> str:
    return next(member.role for member in STAFF if member.name == name)


def _manager_of(name: str) -> str:
    return next((row[4] for row in _ORGANISATION if row[0] == name), None) or "–"


def _details(document, rng, variant: int, rows, heading: str, brand: str) -> None:
    common.brand_heading(document, heading, brand, size=11)
    style = variant % 4
    if style == 0:
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == 1:
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (name, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[(position % 2) * 2], name, "E7E6E6")
            write(cells[(position % 2) * 2 + 1], value)
    elif style == 2:
        for name, value in rows:
            line = document.add_paragraph()
            run(line, name + " ", bold=True)
            run(line, value)
    else:
        grid = table(document, 2, len(rows))
        for position, (name, value) in enumerate(rows):
            label(grid.cell(0, position), name.rstrip(":"), "DEEAF6")
            write(grid.cell(1, position), value)


def _plan_types(document, rng) -> None:
    paragraph(document, "Is the child or young person subject to any of the following (tick as appropriate)",
              bold=True)
    grid = table(document, 2, 2)
    for position, text in enumerate(PLAN_TYPES):
        cell = grid.cell(position // 2, position % 2)
        write(cell, f"{TICKED if position == 0 else BOX} {text}")


def _yes_no(document, rng, index: int) -> None:
    grid = table(document, len(YES_NO_QUESTIONS), 2)
    for row, question in zip(grid.rows, YES_NO_QUESTIONS):
        write(row.cells[0], question)
        answer = rng.random() < 0.3
        if index % 2:
            write(row.cells[1], "Yes" if answer else "No")
        else:
            target = row.cells[1].paragraphs[0]
            run(target, "YES", bold=answer, strike=not answer and index % 4 == 2)
            run(target, " / ")
            run(target, "NO", bold=not answer, strike=answer and index % 4 == 2)


def _involvement(document, rng, index: int, sample) -> None:
    paragraph(document, "Your involvement in the process", bold=True)
    questions = list(rng.sample(INVOLVEMENT_QUESTIONS, 4))
    answers = ["Yes" if rng.random() < 0.75 else "No" for _ in questions]
    if sample.feedback_sought is not None:
        questions.insert(2, FEEDBACK_QUESTION)
        answers.insert(2, "Yes" if sample.feedback_sought else "No")
    grid = table(document, len(questions), 3 if index % 2 else 2)
    for row, question, answer in zip(grid.rows, questions, answers):
        write(row.cells[0], question)
        if index % 2:
            write(row.cells[1], f"{TICKED if answer == 'Yes' else BOX} Yes")
            write(row.cells[2], f"{TICKED if answer == 'No' else BOX} No")
        else:
            write(row.cells[1], answer)


def _grade_cells(cell, rng, grade: str, style: str, brand: str) -> None:
    """One grade in a single cell, as this copy of the form shows it."""
    if style == "typed":
        write(cell, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        write(cell, str(1 + [key for key, _ in GRADE_KEY].index(grade)), bold=True)
    elif style == "ticks":
        for key, words in GRADE_KEY:
            write(cell, f"{TICKED if key == grade else BOX} {words}")
    else:  # printed: the chosen one highlighted or bold, the others sometimes struck through
        target = cell.paragraphs[-1]
        strike_others = rng.random() < 0.4
        highlight = rng.random() < 0.5
        for position, (key, words) in enumerate(GRADE_KEY):
            if position:
                run(target, " / ")
            chosen = key == grade
            run(target, words, bold=chosen, highlight=chosen and highlight, strike=strike_others and not chosen)


def _areas(document, rng, sample, style: str, brand: str) -> None:
    if style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        symbol = rng.choice(common.MARKS)
        grid = table(document, len(sample.sections) + 1, 2 + len(order))
        label(grid.cell(0, 0), "Area", "DEEAF6")
        label(grid.cell(0, 1), "Evidence / comments", "DEEAF6")
        for position, (_, words) in enumerate(order):
            label(grid.cell(0, 2 + position), words, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            _section_remark(row.cells[1], sample, section)
            column = [key for key, _ in order].index(section.grade)
            common.mark(row.cells[2 + column], symbol)
        return
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence / comments", "Grade")):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        _section_remark(row.cells[1], sample, section)
        _grade_cells(row.cells[2], rng, section.grade, style, brand)


def _section_remark(cell, sample, section) -> None:
    if sample.moderation and section.name in sample.moderation.section_comments:
        write(cell, f"HoS: {sample.moderation.section_comments[section.name]}", colour="0070C0", italic=True)


def _overall(document, rng, sample, style: str, brand: str) -> None:
    paragraph(document)
    grid = table(document, 1, 2)
    label(grid.cell(0, 0), "Overall grade for the Early Help intervention", "FFF2CC")
    if style == "columns":
        style = "ticks"
    _grade_cells(grid.cell(0, 1), rng, sample.grade, style, brand)


def _strengths(document, rng, index: int, sample, brand: str) -> None:
    paragraph(document)
    layout = index % 3
    if layout == 0:
        grid = table(document, 1 + max(len(sample.strengths), len(sample.development_areas)), 2)
        label(grid.cell(0, 0), "What is working well (strengths)", "E2EFDA")
        label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for position, text in enumerate(sample.strengths):
            write(grid.cell(1 + position, 0), text)
        for position, text in enumerate(sample.development_areas):
            write(grid.cell(1 + position, 1), text)
        return
    for heading, items in (("Strengths", sample.strengths), ("Areas for development", sample.development_areas)):
        common.brand_heading(document, heading, brand, size=11)
        if layout == 1:
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            paragraph(document, " ".join(items))


def _actions(document, rng, index: int, sample, when, brand: str) -> None:
    common.brand_heading(document, "Actions identified", brand, size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if index % 2:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "By who", "By when"), ("Action", "Responsible", "Timescale", "Completed?")),
                             NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _urgent(document, rng, sample) -> None:
    paragraph(document)
    line = document.add_paragraph()
    run(line, URGENT_QUESTION + " ", bold=True)
    if sample.urgent_concern:
        run(line, "Yes – ")
        run(line, sample.urgent_concern_detail or "")
    else:
        run(line, "No")


def _moderation(document, rng, sample, style: str, when, brand: str) -> None:
    paragraph(document)
    if style == "box":
        common.brand_heading(document, "Head of Service moderation", brand, size=11)
        common.moderation_box(document, rng, sample, sample.moderation,
                              labels=("Moderated by", "Date", "Agree with the auditor's grade?", "Moderated grade",
                                      "Comments"),
                              agree=("Yes", "No"), not_moderated=("", "Not selected for moderation this month."),
                              ink=rng.choice(common.MODERATION_INKS), when=when)
    elif style == "ink" and sample.moderation:
        moderation = sample.moderation
        ink = rng.choice(common.MODERATION_INKS)
        common.brand_heading(document, "Moderation", brand, size=11)
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}",
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = document.add_paragraph()
            run(line, "Moderated grade: ", colour=ink)
            run(line, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
