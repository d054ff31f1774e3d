"""Held-out family: a team manager's case file audit of one child's file in
three parts (file check, quality of practice, corrective actions), modelled
on Leeds City Council's Children's Social Work Service "Case File Audit
Framework" (CFAF, written in 2012; a PDF on leedschildcare.proceduresonline.com,
mirrored at https://vdocument.in/leeds-city-council-childrens-social-work-s-leeds-city-council-childrens.html).

From the source: the CFAF is a subsection of the service's Quality Assurance
Framework and sets out three tiers of checking one child's file, each with
its intended improvement and outcome: case file checks (well presented files
kept to the required standards), case file audits by managers (improved
recording practice, regulatory compliance, corrective actions identified)
and supervision (management oversight, corrective actions addressed). So
the form here has a compliance check part, a graded quality part and a
"corrective actions" part, in that order.

Our judgement (the page shows no completed form): the layout itself. A
council name line in a brand colour; a details block (child, date of birth,
case reference, social worker, team, service, auditor, date) as a two-column
table, a four-column grid, "Label: value" lines or labels over values; Part A
file check questions answered Yes/No typed or as ticked boxes, with the
immediate safeguarding concern question and, on forms that ask it, whether
the child's and family's views were sought; Part B areas of practice graded
on Ofsted's four grades, the grade typed as people type it, a number on a
printed key, the four printed with the chosen one highlighted, bold, ticked
or the others struck through, or a mark under one of four grade columns;
the overall judgement; strengths and areas for development as bullet lists,
a paragraph or two columns; Part C corrective actions as a table, numbered
lines or a sentence saying none are needed; and the Head of Service's
moderation as a box typed in colour, as paragraphs in their own colour, or
(only where the audit was not moderated) absent. Some forms rename the areas
to the CFAF's wording, print fewer areas, prefix the case reference or name
a brother or sister.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, Moderation, Section, phrases, sample_forms

from . import common
from .common import (
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "cfaf_case_file_audit"
SEED = 10133
COUNT = 16

TITLES = ("Case File Audit – Children's Social Work Service", "Case File Audit Form (CFAF)",
          "Children's Social Work Service: Case File Audit", "CFAF – Manager's Case File Audit")
PRINTED = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
KEY_NUMBERS = {grade: str(number) for number, (grade, _) in enumerate(PRINTED, 1)}
# The CFAF's own words for some of the sample's areas.
RENAMES = {
    "Chronology and case recording": "Recording and presentation of the case file",
    "Management oversight and supervision": "Supervision and management oversight",
    "Impact and outcomes for the child": "Outcomes and the child's experience",
    "Effective leadership and management oversight": "Management oversight",
    "Assessments and plans": "Assessment and care planning",
}
FILE_CHECKS = ("Is the chronology on file and up to date?", "Is there a current genogram on file?",
               "Has the child been seen within timescales?", "Is there a case summary on file?",
               "Are case notes recorded within 48 hours?")
URGENT_QUESTIONS = ("Immediate safeguarding concern identified?", "Is there any immediate risk requiring escalation?",
                    "Urgent concern raised with the Head of Service?")
FEEDBACK_QUESTIONS = ("Were the child's and family's views sought?", "Have the child and family been asked for "
                      "their views?", "Feedback sought from child/family?")
ACTION_HEADERS = (("Corrective action", "By whom", "By when"),
                  ("Action required", "Responsible", "Timescale", "Completed"),
                  ("Corrective action identified", "Lead", "Target date", "Date addressed"))
NO_ACTIONS = ("No corrective actions identified.", "No corrective actions required at this time – file is of "
              "a good standard.", "Corrective actions: none.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "Awaiting moderation.")


def build(today: date) -> list[HeldOutForm]:
    pool = [form for form in sample_forms(160, seed=SEED, today=today, feedback_question=True)
            if form.kind == CASE_FILE_AUDIT]
    forms = []
    for index, sample in enumerate(pool[:COUNT]):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, others = _adapt(rng, sample, index, today)
        data = _build_docx(rng, sample, index, others)
        forms.append(common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in others)))
    return forms


def _adapt(rng: random.Random, sample, index: int, today: date):
    """The changes this council's form makes to a sample."""
    if index % 3 == 1:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if index % 4 == 2:
        sample = _rename(sample, {name: RENAMES.get(name, name) for name in sample.section_grades})
    if index % 5 == 3 and len(sample.sections) > 5:
        kept = tuple(sample.sections[:5])
        sample = replace(sample, sections=kept, moderation=_keep_remarks(sample.moderation, kept))
    if index in (4, 11) and sample.actions:
        sample = replace(sample, actions=())
    if index == 5 and not sample.urgent_concern:
        detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
        sample = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
    others = common.siblings(rng, sample.child, 1, today) if index % 4 == 3 else []
    return sample, others


def _rename(sample, names: dict[str, str]):
    sections = tuple(Section(names[s.name], s.grade, s.comment) for s in sample.sections)
    moderation = sample.moderation
    if moderation:
        moderation = replace(moderation, section_comments={names[k]: v for k, v in
                                                           moderation.section_comments.items()})
    return replace(sample, sections=sections, moderation=moderation)


def _keep_remarks(moderation: Moderation | None, kept) -> Moderation | None:
    if moderation is None:
        return None
    names = {section.name for section in kept}
    return replace(moderation, section_comments={k: v for k, v in moderation.section_comments.items()
                                                 if k in names})


# --- the document ---------------------------------------------------------------------


def _build_docx(rng: random.Random, sample, index: int, others) -> bytes:
    document = common.new_document(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    ink = rng.choice(common.MODERATION_INKS)
    brand_heading(document, common.council_line(rng), brand, size=12)
    brand_heading(document, rng.choice(TITLES), brand, size=15)
    paragraph(document, "Part of the Case File Audit Framework: the manager's audit of one child's file.",
              italic=True)

    _details(document, rng, sample, when, index % 4, others)

    brand_heading(document, "Part A – Case file check", brand)
    _file_check(document, rng, sample, index)

    brand_heading(document, "Part B – Quality of practice", brand)
    grade_style = index % 6
    if grade_style == 1:
        paragraph(document, "Key: 1 = Outstanding, 2 = Good, 3 = Requires improvement, 4 = Inadequate", bold=True)
    if grade_style == 5:
        _grade_columns(document, rng, sample, ink)
    else:
        _sections(document, rng, sample, grade_style, ink)
    _overall(document, rng, sample, grade_style)

    _strengths(document, rng, sample, index % 3, brand)

    brand_heading(document, "Part C – Corrective actions", brand)
    _actions(document, rng, sample, when, index % 3)

    _moderation(document, rng, sample, when, ink, brand, index)
    return common.finish_docx(document, "Case File Audit", sample.date, sample.auditor)


def _details(document, rng, sample, when, style: int, others) -> None:
    child = sample.child
    rows = [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth)),
            (rng.choice(("Case reference", "Mosaic ID", "Child ID")), sample.case_id),
            ("Social worker", sample.practitioner), ("Team", sample.team), ("Service", sample.service),
            (rng.choice(("Auditor", "Audited by", "Auditing manager")), sample.auditor),
            (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date))]
    if rng.random() < 0.5:
        rows.insert(2, ("Parent(s)/carer(s)", " and ".join(child.parents)))
    for name, born in others:
        rows.insert(2, ("Sibling", f"{name} ({when(born)})"))
    if style == 0:
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    elif style == 1:
        if len(rows) % 2:
            rows.append(("Legal status", rng.choice(("CIN", "CP", "CLA"))))
        grid = table(document, len(rows) // 2, 4)
        for number, (text, value) in enumerate(rows):
            cells = grid.rows[number // 2].cells
            label(cells[(number % 2) * 2], text, "DEEAF6")
            write(cells[(number % 2) * 2 + 1], value)
    elif style == 2:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    else:
        for start in range(0, len(rows), 4):
            chunk = rows[start:start + 4]
            grid = table(document, 2, len(chunk))
            for number, (text, value) in enumerate(chunk):
                label(grid.cell(0, number), text, "F2F2F2")
                write(grid.cell(1, number), value)
            paragraph(document)


def _file_check(document, rng, sample, index: int) -> None:
    questions = [(question, rng.random() < 0.75) for question in rng.sample(FILE_CHECKS, 3)]
    questions.append((rng.choice(URGENT_QUESTIONS), sample.urgent_concern))
    if sample.feedback_sought is not None:
        questions.append((rng.choice(FEEDBACK_QUESTIONS), sample.feedback_sought))
    boxes = index % 2 == 1
    grid = table(document, len(questions), 2)
    for row, (question, answer) in zip(grid.rows, questions):
        write(row.cells[0], question)
        if boxes:
            write(row.cells[1], f"Yes {'☒' if answer else '☐'}   No {'☐' if answer else '☒'}")
        else:
            write(row.cells[1], rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
    if sample.urgent_concern and sample.urgent_concern_detail:
        paragraph(document, f"Details of concern: {sample.urgent_concern_detail}")


def _grade_text(rng, paragraph_, grade: str, style: int) -> None:
    """The grade in one of the ways this form's users give it."""
    if style == 0:
        run(paragraph_, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == 1:
        run(paragraph_, KEY_NUMBERS[grade])
    else:
        for number, (option, printed) in enumerate(PRINTED):
            chosen = option == grade
            if number:
                run(paragraph_, " / ")
            if style == 2:
                run(paragraph_, printed, highlight=chosen)
            elif style == 3:
                run(paragraph_, printed.upper() if chosen else printed, bold=chosen)
            else:
                run(paragraph_, f"{printed} ✓" if chosen else printed, strike=not chosen and rng.random() < 0.5)


def _sections(document, rng, sample, style: int, ink: str) -> None:
    remarks = sample.moderation.section_comments if sample.moderation else {}
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence and analysis", "Grade")):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
        _grade_text(rng, write(row.cells[2], ""), section.grade, style)


def _grade_columns(document, rng, sample, ink: str) -> None:
    remarks = sample.moderation.section_comments if sample.moderation else {}
    columns = rng.choice(common.GRADE_COLUMNS)
    style = rng.choice(common.MARKS)
    grid = table(document, len(sample.sections) + 1, 6)
    for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", *(name for _, name in columns))):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
        for cell, (grade, _) in zip(row.cells[2:], columns):
            if grade == section.grade:
                common.mark(cell, style)


def _overall(document, rng, sample, style: int) -> None:
    line = paragraph(document)
    run(line, rng.choice(("Overall judgement: ", "Overall grade for the case: ", "Auditor's overall grade: ")),
        bold=True)
    _grade_text(rng, line, sample.grade, 0 if style == 5 else style)


def _strengths(document, rng, sample, style: int, brand: str) -> None:
    if style == 2:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "What is working well", "E2EFDA")
        label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), f"• {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"• {text}")
        return
    for heading, items in (("Strengths", sample.strengths), ("Areas for development", sample.development_areas)):
        brand_heading(document, heading, brand, size=11)
        if style == 0:
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            for number, text in enumerate(items, 1):
                paragraph(document, f"{number}. {text}")


def _actions(document, rng, sample, when, style: int) -> None:
    if style == 1 and sample.actions:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)


def _moderation(document, rng, sample, when, ink: str, brand: str, index: int) -> None:
    moderation = sample.moderation
    if moderation is None and index % 2 == 0:
        return  # this copy of the form has no moderation part
    brand_heading(document, "Head of Service moderation", brand)
    if moderation is None or index % 3 != 2:
        common.moderation_box(
            document, rng, sample, moderation,
            labels=("Moderated by", "Date of moderation", "Agree with the auditor's grade?", "Moderated grade",
                    "Comments"),
            agree=("Yes – agree", "No – grade changed"), not_moderated=NOT_MODERATED, ink=ink, when=when)
        return
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        verdict = "I agree with the grade" if moderation.grade == sample.grade else "Grade amended to"
        paragraph(document, f"{verdict}: {common.informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
