"""`reflection_sheet`: a one-case audit reflection sheet whose labels sit
above their value cells, with names as the case management system exports
them (surname first) and dates written with the weekday.

Modelled on the structure of Southwark's "Single Audit Case Reflection
Sheet" (Appendix C of "Quality Assurance Framework – Children & Family
Services", amended September 2018): the case, the people and the date in
a header grid; areas of practice with what the auditor found and a
rating; what is working and what needs to change; agreed actions; the
manager's reflection. The header grid of shaded label rows over value
rows, the "Finding | Quality rating" columns, the Yes/No columns of the
safety question and the blue Head of Service reflection are our own
judgement.

What it exercises: labels above values in a grid; "KHAN, Ali" and
"Khan, Ali"; "Wednesday 14 October 2026" and "Wed 14/10/2026"; section
grades under a "Quality rating" header beside a "Finding" column;
strengths and areas for development as one cell with a line per item;
Yes/No columns marked with a tick; siblings listed above their value
cell and named now and then in a strength.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    section_remark,
    spell_date,
    spell_grade,
    surname_first,
    variant_rng,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "reflection_sheet"
LABEL_FILL = "DEEAF6"
STRENGTHS_NAMING = (
    "The worker has seen {name} as well, and the record shows how the children get on together.",
    "{name}'s views are recorded alongside their sibling's, which helps the plan.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 31, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _grid(form: WordForm, pairs: list[tuple[str, str]], columns: int) -> None:
    """Label rows over value rows, `columns` pairs across."""
    rows = -(-len(pairs) // columns)
    table = form.table(2 * rows, columns)
    for position, (label, value) in enumerate(pairs):
        row, column = 2 * (position // columns), position % columns
        write(table.cell(row, column), Ink(label, bold=True), fill=LABEL_FILL)
        write(table.cell(row + 1, column), value)
    form.spacer()


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("C", "digits", "CSC/"))))
    siblings = invent_children(rng, sample.child.surname, rng.randint(0, 3), exclude=(sample.child.first_name,))
    if siblings and rng.random() < 0.5:
        sample = with_sentence_naming(sample, "strengths", rng.choice(STRENGTHS_NAMING).replace(
            "{name}", siblings[0].first_name))
    capitals = rng.random() < 0.5
    date_style = rng.choice(("weekday d month yyyy", "wkd dd/mm/yyyy", "weekday dth month yyyy"))
    spelling = rng.choice(("short", "initials", "contract"))
    ink = moderation_ink(rng)
    child = sample.child

    form = WordForm(font="Arial", size=10)
    form.page_header(Ink(COUNCIL, bold=True), " \u2013 Children and Family Services")
    form.paragraph(Ink("Single Audit \u2013 Case Reflection Sheet", bold=True, size=15))
    _grid(form, [
        ("Case number", sample.case_id),
        ("Child (surname, forename)", surname_first(child.full_name, capitals=capitals)),
        ("Date of birth", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Allocated social worker", surname_first(sample.practitioner, capitals=capitals)),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Auditor", surname_first(sample.auditor, capitals=capitals)),
        ("Date of audit", spell_date(sample.date, date_style)),
        ("Siblings (name and age)", ", ".join(f"{other.full_name} ({other.age})" for other in siblings) or "None"),
    ], rng.choice((3, 4)))

    table = form.table(1 + len(sample.sections), 3)
    for cell, text in zip(table.rows[0].cells, ("Area of practice", "Finding", "Quality rating")):
        write(cell, Ink(text, bold=True), fill=LABEL_FILL)
    for row, section in enumerate(sample.sections, start=1):
        cells = table.rows[row].cells
        write(cells[0], section.name)
        remark = section_remark(sample, section)
        write_lines(cells[1], [section.comment] + ([[Ink(remark, colour=ink)]] if remark else []))
        write(cells[2], spell_grade(section.grade, spelling))
    form.spacer()

    lists = form.table(2, 2)
    write(lists.cell(0, 0), Ink("What is working well", bold=True), fill=LABEL_FILL)
    write(lists.cell(0, 1), Ink("What needs to change", bold=True), fill=LABEL_FILL)
    write_lines(lists.cell(1, 0), sample.strengths)
    write_lines(lists.cell(1, 1), sample.development_areas)
    form.spacer()

    overall = form.table(2, 1)
    write(overall.cell(0, 0), Ink("Overall quality rating", bold=True), fill=LABEL_FILL)
    write(overall.cell(1, 0), spell_grade(sample.grade, spelling))
    form.spacer()

    actions = form.table(2 + len(sample.actions), 3)
    title = actions.cell(0, 0).merge(actions.cell(0, 2))
    write(title, Ink("Agreed actions", bold=True), fill=LABEL_FILL)
    for cell, text in zip(actions.rows[1].cells, ("Action", "Responsible", "Timescale")):
        write(cell, Ink(text, bold=True))
    for row, action in enumerate(sample.actions, start=2):
        cells = actions.rows[row].cells
        write(cells[0], action.action)
        generic = action.owner in ("Social worker", "Practice manager")
        write(cells[1], action.owner if generic else surname_first(action.owner, capitals=capitals))
        write(cells[2], spell_date(action.due, rng.choice(("dd/mm/yyyy", "wkd dd/mm/yyyy"))))
    form.spacer()

    urgent = form.table(2, 3)
    for cell, text in zip(urgent.rows[0].cells, ("Is there an immediate concern for the child's safety?", "Yes",
                                                  "No")):
        write(cell, Ink(text, bold=True), fill=LABEL_FILL)
    write(urgent.cell(1, 1 if sample.urgent_concern else 2), "\u2713")
    write(urgent.cell(1, 0), sample.urgent_concern_detail or "")
    form.spacer()

    moderation = sample.moderation
    _grid(form, [
        ("Head of Service reflection", Ink("\n".join(moderation.comments), colour=ink) if moderation else ""),
        ("Moderated rating", Ink(spell_grade(moderation.grade, spelling), colour=ink)
         if moderation and moderation.grade else ""),
        ("Head of Service", Ink(surname_first(moderation.moderator, capitals=capitals), colour=ink)
         if moderation else ""),
        ("Date", Ink(spell_date(moderation.date, date_style), colour=ink) if moderation else ""),
    ], 4)
    data = form.to_bytes(title="Single Audit Case Reflection Sheet",
                         written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
