"""Case file audits (2025 framework 2.4) on a tool modelled on the audit
framework of a metropolitan borough's Centre for Professional Practice.

Modelled on Dudley Metropolitan Borough Council's children's services
"Audit Framework Revised August 2017", a document of the Centre for
Professional Practice (the Principal Social Worker, a lead auditor and
advanced practitioners). The search excerpts showed its aims, which this
family turns into the seven graded areas of practice: children are
listened to and their wishes and feelings shape services; a good quality
assessment and analysis of need; good planning; management oversight and
scrutiny; children are safeguarded; drift and delay are addressed; and case
records are kept to the borough's Practice Standards. The excerpts also
showed that the framework sets out the audit tool, how concerns found in an
audit are escalated, and a moderation process, so each form asks whether a
concern needs escalating and ends with a Head of Service moderation box.
This is a different document from any other Dudley tool a family may name.
The excerpts did not show the form's layout: the details block (a two-column
table, a grid of label/value pairs, "Label: value" lines, or a strip of
labels over values), the evidence-and-grade table, the grading key (the four
Ofsted judgements, sometimes as numbers 1 to 4), the strengths and
"what needs to improve" lists, the actions table and the moderation box are
my own judgement of what a council's Word form of this kind looks like. The
areas are renamed on every sample (positionally) with `dataclasses.replace`,
so the truth carries this tool's area names.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, GRADES, STAFF, Moderation, Section, phrases, sample_forms
from bot.samples.people import head_of_service_over

from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    actions_table,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "professional_practice_case_audit"
SEED = 10081

AREAS = (
    "Child's wishes and feelings",
    "Assessment and analysis of need",
    "Planning for the child",
    "Management oversight and scrutiny",
    "Safeguarding the child",
    "Drift and delay",
    "Recording to Practice Standards",
)
GRADE_WORDS = ("Outstanding", "Good", "Requires improvement to be good", "Inadequate")
TITLES = ("Case File Audit Tool", "Case File Audit – Centre for Professional Practice", "CASE FILE AUDIT")
INTROS = (
    "To be completed by the auditing manager. Grade each area against the Ofsted judgements and give your evidence.",
    "Read the last six months of the child's record. Any concern for the child's safety must be escalated on the day.",
)
URGENT_QUESTIONS = (
    "Has this audit identified a concern that needs escalating today?",
    "Are there any safeguarding concerns requiring immediate escalation?",
    "Does anything in this audit need escalating to the Head of Service now?",
)
NO_ACTIONS = (
    "No case-specific actions arising from this audit.",
    "No actions required – practice meets the standard.",
    "None identified at this audit.",
)
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Responsible", "Timescale", "Completed"),
                  ("Action required", "By whom", "Date"))
MODERATION_LABELS = (
    ("Moderated by (Head of Service)", "Date moderated", "Do you agree with the auditor's judgement?",
     "Moderated judgement", "Moderator's comments"),
    ("Head of Service", "Date", "Agree with overall grade?", "HoS grade", "Comments"),
)
NOT_MODERATED = ("", "Not selected for moderation this month.", "")


def _truth_samples(today: date, count: int):
    """`count` case file audits, changed so the set has the variety the
    family needs (moderation, urgent concerns, no actions, prefixes)."""
    rng = random.Random(SEED)
    drawn = [form for form in sample_forms(count * 3, seed=SEED, today=today) if form.kind == CASE_FILE_AUDIT][:count]
    forms = []
    for form in drawn:
        renamed = tuple(Section(area, section.grade, section.comment) for area, section in zip(AREAS, form.sections))
        names = dict(zip((section.name for section in form.sections), AREAS))
        moderation = form.moderation
        if moderation:
            moderation = replace(moderation, section_comments={names.get(key, key): text for key, text in
                                                               moderation.section_comments.items()})
        forms.append(replace(form, sections=renamed, moderation=moderation))

    by_name = {member.name: member for member in STAFF}
    # One more grade change and one more confirmation.
    spare = [index for index, form in enumerate(forms) if form.moderation is None and not form.urgent_concern
             and by_name.get(form.auditor) and head_of_service_over(by_name[form.auditor])]
    for index, outcome in zip(spare[:2], ("changes", "confirms")):
        form = forms[index]
        moderator = head_of_service_over(by_name[form.auditor])
        first = form.child.first_name
        if outcome == "changes":
            if form.grade == INADEQUATE:
                grade, pool = GRADES[GRADES.index(form.grade) - 1], phrases.MODERATION_RAISES
            else:
                grade, pool = GRADES[GRADES.index(form.grade) + 1], phrases.MODERATION_LOWERS
        else:
            grade, pool = form.grade, phrases.MODERATION_AGREES
        forms[index] = replace(form, moderation=Moderation(
            moderator=moderator.name, date=min(today, form.date + timedelta(days=5)),
            comments=(phrases.fill(rng.choice(pool), first),),
            section_comments={rng.choice(AREAS): rng.choice(phrases.MODERATION_SECTION_REMARKS)}, grade=grade))

    # Two more urgent concerns, three forms without actions, prefixed references on about half.
    plain = [index for index, form in enumerate(forms) if not form.urgent_concern]
    for index in plain[3:5]:
        form = forms[index]
        forms[index] = replace(form, urgent_concern=True, urgent_concern_detail=phrases.fill(
            rng.choice(phrases.URGENT_CONCERNS), form.child.first_name))
    calm = [index for index, form in enumerate(forms) if not form.urgent_concern and form.actions]
    for index in (calm[1], calm[5], calm[9]):
        forms[index] = replace(forms[index], actions=())
    for index, form in enumerate(forms):
        if index % 2 == 1:
            forms[index] = replace(form, case_id=case_reference(rng, form.case_id))
    return forms


# --- grades --------------------------------------------------------------------------------


def _grade_cell(cell, rng: random.Random, style: str, grade: str, marker: str) -> None:
    position = GRADES.index(grade)
    if style == "informal":
        write(cell, informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        write(cell, str(position + 1), bold=True)
    else:  # the four grades printed, the chosen one marked
        target = cell.paragraphs[-1]
        for index, word in enumerate(GRADE_WORDS):
            chosen = index == position
            if index:
                run(target, " / ")
            if marker == "box":
                run(target, ("\u2612 " if chosen else "\u2610 ") + word, bold=chosen)
            elif marker == "strike":
                run(target, word, strike=not chosen)
            elif marker == "highlight":
                run(target, word, bold=chosen, highlight=chosen)
            else:
                run(target, word, bold=chosen)


def _grade_key(document, style: str) -> None:
    if style == "number":
        paragraph(document, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                            "4 = Inadequate", italic=True)
    elif style != "columns":
        paragraph(document, "Judgements: Outstanding, Good, Requires improvement to be good, Inadequate "
                            "(Ofsted ILACS).", italic=True)


# --- parts of the form -------------------------------------------------------------------------


def _details(document, rng: random.Random, form, when, arrangement: str, brand: str, brothers) -> None:
    child = form.child
    rows = [("Child's name", child.full_name), ("Child ID", form.case_id),
            ("Date of birth", when(child.date_of_birth)), ("Allocated social worker", form.practitioner),
            ("Team", form.team), ("Service area", form.service), ("Auditor", form.auditor),
            ("Date of audit", when(form.date))]
    if brothers:
        rows.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in brothers)))
    brand_heading(document, rng.choice(("Case details", "Section 1 – About the child and the audit")), brand, size=11)
    if arrangement == "two_column":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif arrangement == "pairs":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for index, (name, value) in enumerate(rows):
            cells = grid.rows[index // 2].cells
            label(cells[2 * (index % 2)], name, "E7E6E6")
            write(cells[2 * (index % 2) + 1], value)
    elif arrangement == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # a strip of labels over values, in two strips
        half = (len(rows) + 1) // 2
        for part in (rows[:half], rows[half:]):
            grid = table(document, 2, len(part))
            for column, (name, value) in enumerate(part):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document)


def _areas(document, rng: random.Random, form, style: str, marker: str, ink: str, brand: str, brothers) -> None:
    brand_heading(document, "Section 2 – Quality of practice", brand, size=11)
    _grade_key(document, style)
    remarks = form.moderation.section_comments if form.moderation else {}
    sibling_area = rng.randrange(len(form.sections)) if brothers else None
    if style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(form.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", *(name for _, name in order))):
            label(cell, text, "DEEAF6")
    else:
        grid = table(document, len(form.sections) + 1, 3)
        heading = "Grade (1–4)" if style == "number" else "Judgement"
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence / analysis", heading)):
            label(cell, text, "DEEAF6")
    for index, (row, section) in enumerate(zip(grid.rows[1:], form.sections)):
        label(row.cells[0], section.name)
        write(row.cells[1], section.comment)
        if index == sibling_area:
            write(row.cells[1], mention(rng, SIBLING_SENTENCES, brothers[0][0]))
        if section.name in remarks:
            write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
        if style == "columns":
            for offset, (grade, _) in enumerate(order):
                if grade == section.grade:
                    mark(row.cells[2 + offset], symbol)
        else:
            _grade_cell(row.cells[2], rng, style, section.grade, marker)


def _overall(document, rng: random.Random, form, style: str, marker: str, brand: str) -> None:
    brand_heading(document, "Overall judgement", brand, size=11)
    if style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (grade, name) in enumerate(order):
            label(grid.cell(0, column), name, "DEEAF6")
            if grade == form.grade:
                mark(grid.cell(1, column), rng.choice(MARKS[:-1]))
        return
    grid = table(document, 1, 2)
    label(grid.cell(0, 0), "Overall grade for the child's case" + (" (1–4)" if style == "number" else ""), "E7E6E6")
    _grade_cell(grid.cell(0, 1), rng, style, form.grade, marker)


def _lists(document, form, brand: str) -> None:
    for heading, items in (("What is working well?", form.strengths), ("What needs to improve?", form.development_areas)):
        brand_heading(document, heading, brand, size=11)
        for item in items:
            paragraph(document, f"\u2022 {item}")


def _urgent(document, rng: random.Random, form) -> None:
    grid = table(document, 2, 2)
    label(grid.cell(0, 0), rng.choice(URGENT_QUESTIONS), "FBE4D5")
    write(grid.cell(0, 1), "Yes" if form.urgent_concern else rng.choice(("No", "No", "NO")))
    label(grid.cell(1, 0), "If yes, who was it escalated to and what action was taken?", "FBE4D5")
    if form.urgent_concern:
        write(grid.cell(1, 1), form.urgent_concern_detail)
    else:
        write(grid.cell(1, 1), rng.choice(("N/A", "n/a", "")))


def _actions(document, rng: random.Random, form, when, as_lines: bool, brand: str) -> None:
    brand_heading(document, "Actions arising from the audit (by who, by when)", brand, size=11)
    if form.actions and as_lines:
        for number, action in enumerate(form.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    actions_table(document, rng, form.actions, ACTION_HEADERS, NO_ACTIONS, when)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    forms = _truth_samples(today, count)
    arrangements = ("two_column", "pairs", "lines", "strip")
    styles = ("informal", "number", "marked", "columns")
    markers = ("box", "strike", "highlight", "bold")
    sibling_files = set(rng.sample(range(len(forms)), 5))
    built = []
    for index, form in enumerate(forms):
        when = date_writer(rng)
        brand = rng.choice(BRAND_COLOURS)
        ink = rng.choice(MODERATION_INKS)
        style = styles[index % len(styles)]
        marker = rng.choice(markers)
        brothers = siblings(rng, form.child, rng.choice((1, 2)), today) if index in sibling_files else []
        document = new_document(rng)
        paragraph(document, council_line(rng), bold=True, colour=brand, size=12)
        paragraph(document, "Centre for Professional Practice", italic=True, colour=brand)
        title = rng.choice(TITLES)
        brand_heading(document, title, brand, size=15)
        paragraph(document, rng.choice(INTROS), italic=True)
        _details(document, rng, form, when, arrangements[(index + index // 4) % len(arrangements)], brand, brothers)
        _areas(document, rng, form, style, marker, ink, brand, brothers)
        _lists(document, form, brand)
        _urgent(document, rng, form)
        _actions(document, rng, form, when, rng.random() < 0.4, brand)
        _overall(document, rng, form, style, marker, brand)
        if form.moderation or rng.random() < 0.5:
            brand_heading(document, "Head of Service moderation", brand, size=11)
            moderation_box(document, rng, form, form.moderation, labels=rng.choice(MODERATION_LABELS),
                           agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))), not_moderated=NOT_MODERATED,
                           ink=ink, when=when)
        editor = form.moderation.moderator if form.moderation else form.auditor
        last = form.moderation.date if form.moderation else form.date
        data = finish_docx(document, title, last, editor)
        names = tuple(name for name, _ in brothers)
        born = tuple(when(day) for _, day in brothers) + tuple(day.isoformat() for _, day in brothers)
        built.append(held_out(FAMILY, index + 1, form, data, "docx", others=names, also=born))
    return built
