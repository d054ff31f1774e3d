"""`early_help_qa`: an Early Help quality assurance audit with a checklist
of standards answered Met / Partially met / Not met and the areas of
practice graded in four grade columns, the chosen one marked.

Modelled on the structure of Blackburn with Darwen's "Quality Assurance –
What does a 'good' CAF look like? A Guide" (December 2016: good as the
benchmark for auditors of Team Around the Family work, single and
multi-agency audits of e-CAF records) and of the audit of Early Help
Assessments by the Cambridgeshire and Peterborough Safeguarding Children
Partnership (its briefing reports each requirement as "met", "partially
met" or not). The table layouts, the mark in the grade columns (an X, a
tick, "Yes" or shading), the moderator's own mark typed in colour in the
overall row and the council's teal Early Help branding are our own
judgement.

What it exercises: Early Help references ("EH/20451", "EHM204518"); a
lead professional with a role in brackets; four grade columns per area
with one marked; the tool's own overall label ("Overall judgement on the
quality of Early Help practice"); a moderated grade marked in colour in
the same row of grade columns; the other children in the family named,
and now and then in an area for development; a typed check box for the
step-up question.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import EARLY_HELP_AUDIT
from ..ooxml import glyph
from ..people import COUNCIL
from ..wording import GRADES
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
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
    write_runs,
)

FAMILY = "early_help_qa"
BRAND = "00827F"  # Early Help teal
LIGHT = "D5EEEC"
STANDARDS = (
    "Consent to share information recorded",
    "The family's own words are used",
    "All children in the household are considered",
    "The plan has outcomes the family understand",
    "Review held within 12 weeks",
)
NAMING = (
    "The assessment says little about {name}, although the worries at home affect all the children.",
    "{name}'s school has not been invited to the Team Around the Family meeting.",
)
MARKS = ("X", "\u2713", "Yes", "shade")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(EARLY_HELP_AUDIT, count, seed=seed + 71, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _mark_row(cells, chosen: str, mark: str, moderated: str | None, ink: str) -> None:
    """Mark the chosen grade's column; the moderator types "HoS" in colour
    in the column of their grade."""
    for grade, cell in zip(GRADES, cells):
        if grade == chosen:
            if mark == "shade":
                write(cell, "", fill="A6A6A6")
            else:
                write(cell, Ink(mark, bold=True))
        if grade == moderated:
            write(cell, Ink(" HoS \u2713" if grade == chosen else "HoS \u2713", bold=True, colour=ink))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("EH/", "EHM", "digits"))))
    family = invent_children(rng, sample.child.surname, rng.randint(1, 3), exclude=(sample.child.first_name,))
    if rng.random() < 0.5:
        sample = with_sentence_naming(sample, "development_areas", rng.choice(NAMING).replace(
            "{name}", family[0].first_name))
    mark = rng.choice(MARKS)
    spelling = rng.choice(("short", "contract", "initials"))
    date_style = rng.choice(("dth month yyyy", "d mon yyyy", "dd/mm/yyyy"))
    ink = moderation_ink(rng, avoid=BRAND)
    moderation = sample.moderation
    moderated = moderation.grade if moderation else None
    child = sample.child

    form = WordForm(font="Arial", size=10, landscape=True)
    form.page_header(Ink(f"{COUNCIL} Early Help", bold=True, colour=BRAND), "\tQuality Assurance")
    form.paragraph(Ink("Early Help Assessment and Plan \u2013 Quality Assurance Audit", bold=True, size=15,
                       colour=BRAND))
    form.paragraph(Ink("Good is the standard we expect. Mark one grade for each area and give your evidence.",
                       italic=True))

    details = form.table(5, 4)
    pairs = (
        ("Early Help ref", sample.case_id), ("Child / young person", child.full_name),
        ("Date of birth", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Lead professional", with_role(sample.practitioner, "initials")),
        ("Team", sample.team), ("Service", sample.service),
        ("QA completed by", with_role(sample.auditor, rng.choice(("comma", "plain")))),
        ("Date of QA", spell_date(sample.date, date_style)),
    )
    for position, (label, value) in enumerate(pairs):
        row, column = position // 2, 2 * (position % 2)
        write(details.cell(row, column), Ink(label, bold=True), fill=LIGHT)
        write(details.cell(row, column + 1), value)
    write(details.cell(4, 0), Ink("Other children in the family", bold=True), fill=LIGHT)
    write(details.cell(4, 1).merge(details.cell(4, 3)),
          "; ".join(f"{other.full_name} (age {other.age})" for other in family))
    form.spacer()

    checklist = form.table(1 + len(STANDARDS), 4)
    for cell, text in zip(checklist.rows[0].cells, ("Quality standard", "Met", "Partially met", "Not met")):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    weak = GRADES.index(sample.grade) >= 2
    for row, standard in enumerate(STANDARDS, start=1):
        write(checklist.cell(row, 0), standard)
        write(checklist.cell(row, rng.choice((1, 2, 3) if weak else (1, 1, 2))), "\u2713")
    form.spacer()

    grades = form.table(1 + len(sample.sections), 6)
    for cell, text in zip(grades.rows[0].cells, ("Area of practice", *(spell_grade(grade, spelling) for grade in GRADES),
                                                 "Evidence")):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    for row, section in enumerate(sample.sections, start=1):
        cells = grades.rows[row].cells
        write(cells[0], section.name)
        _mark_row(cells[1:5], section.grade, mark, None, ink)
        remark = section_remark(sample, section)
        write_lines(cells[5], [section.comment] + ([[Ink(remark, colour=ink)]] if remark else []))
    form.spacer()

    overall = form.table(2, 5)
    write(overall.cell(0, 0), "")
    for column, grade in enumerate(GRADES, start=1):
        write(overall.cell(0, column), Ink(spell_grade(grade, spelling), bold=True), fill=LIGHT)
    write(overall.cell(1, 0), Ink("Overall judgement on the quality of Early Help practice", bold=True))
    _mark_row(overall.rows[1].cells[1:], sample.grade, mark, moderated, ink)
    form.spacer()

    for heading, items in (("What is working well?", sample.strengths), ("What needs to improve?",
                                                                         sample.development_areas)):
        form.heading(heading, colour=BRAND)
        for item in items:
            form.paragraph(item, style_id="ListBullet")
    form.heading("Next steps", colour=BRAND)
    form.actions_table(sample.actions, ("Next step", "Who will do it", "By when"), fill=LIGHT, date_style=date_style)
    form.spacer()

    question = form.paragraph(Ink("Does a worry about the child's safety mean this family should be stepped up "
                                  "today? ", bold=True), "Yes ")
    glyph(question._p, sample.urgent_concern)
    write_runs(question, ["  No "])
    glyph(question._p, not sample.urgent_concern)
    if sample.urgent_concern:
        form.paragraph(Ink("What was done: ", bold=True), sample.urgent_concern_detail)

    form.heading("Moderation by the Head of Early Help", colour=BRAND)
    box = form.table(3, 2)
    for row, label in enumerate(("Moderator", "Date", "Comments")):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write(box.cell(0, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(1, 1), Ink(spell_date(moderation.date, date_style), colour=ink))
        write_lines(box.cell(2, 1), moderation.comments, colour=ink)
    data = form.to_bytes(title="Early Help Quality Assurance Audit",
                         written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(family))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
