"""`supervision_standards`: a supervision audit in numbered sections of
yes / no / n/a questions, each question's label cell carrying italic
hints for the auditor, each section ending in a quality rating.

Modelled on the structure of Shropshire's "Social Work Supervision Audit
Tool v2" (Appendix 9, December 2015: "Name of Auditor", "Name of
Supervisor", "Date of Audit"; numbered sections whose items carry
italic bulleted hints; Yes / No answers) and Cumbria's "Children's
Services Audits – Supervision" (Appendix 7: supervisor, supervisee, team,
designated auditor and date audit completed; audit areas answered
y / n / na with the auditor's comments). The rating row at the end of
each section, the four-column rating on some forms and the overall
rating label are our own judgement.

What it exercises: a graded area named only by the section heading above
its rating row ("Quality rating for this section"); guidance inside label
cells; Y / N / N/A columns marked with an X; the rating written as a word
or marked in one of four grade columns; the tool's own overall label
("Overall quality of supervision"); several session dates in one cell;
labels ending in a colon, two label/value pairs to a row.
"""

from __future__ import annotations

import random
from datetime import date

from ..people import COUNCIL
from ..tool_phrases import SUPERVISION_AUDIT
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    drawn,
    personal_of,
    spell_date,
    spell_grade,
    variant_rng,
    write,
    write_runs,
)

FAMILY = "supervision_standards"
FILL = "D9E2F3"
# Questions under each of the supervision tool's areas: (question, hints).
QUESTIONS = {
    "Frequency of supervision": (
        ("Is there a supervision agreement on the supervision file?",
         ("Signed by both parties?", "Does it say how often and in what form (individual, group)?")),
        ("Has supervision taken place as often as the agreement and policy require?",
         ("If not, are the reasons recorded?",)),
    ),
    "Reflection and analysis": (
        ("Is there evidence of reflective discussion?",
         ("What the worker thinks is happening for the child", "Hypotheses tested and revisited")),
        ("Is the emotional impact of the work discussed?", ()),
    ),
    "Clear plans and case direction": (
        ("Does each case discussion end with actions and timescales?", ("SMART actions", "Named owner")),
        ("Are actions from the previous session reviewed?", ()),
    ),
    "Decisions and their reasons recorded": (
        ("Are decisions recorded on the child's file within the expected timescale?",
         ("Check two children's records against the supervision notes",)),
        ("Is the rationale for each decision clear?", ()),
    ),
    "Support and constructive challenge": (
        ("Is workload and wellbeing discussed?", ("Caseload numbers", "Staff care")),
        ("Is learning and development reviewed?", ("Appraisal targets", "CPD log")),
    ),
}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(SUPERVISION_AUDIT, count, seed=seed + 41, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _answers(rng: random.Random, grade: str, count: int) -> list[int]:
    """Column of each answer (0 yes, 1 no, 2 n/a), worse grades more "no"."""
    no_chance = (0.0, 0.1, 0.4, 0.7)[GRADES.index(grade)]
    return [1 if rng.random() < no_chance else (2 if rng.random() < 0.1 else 0) for _ in range(count)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    own = {field.key: field for field in sample.own}
    date_style = rng.choice(("dd/mm/yyyy", "d/m/yy", "d mon yyyy"))
    spelling = rng.choice(("contract", "short", "requires improvement"))
    four_columns = rng.random() < 0.4
    colon = ":" if rng.random() < 0.7 else ""

    form = WordForm(font="Arial", size=10)
    form.paragraph(Ink(f"{COUNCIL.upper()} CHILDREN'S SERVICES \u2013 SOCIAL WORK SUPERVISION AUDIT TOOL", bold=True))
    form.paragraph(Ink("Version 2", italic=True))
    details = form.table(4, 4)
    pairs = (
        ("Name of Auditor", sample.auditor), ("Name of Supervisor", own["supervisor"].written),
        ("Name of Supervisee", sample.practitioner), ("Team", sample.team),
        ("Service", sample.service), ("Date of Audit", spell_date(sample.date, date_style)),
        ("Period of supervision reviewed", own["period_covered"].written),
        ("Dates of sessions reviewed", ", ".join(spell_date(day, date_style) for day in own["session_dates"].written)),
    )
    for position, (label, value) in enumerate(pairs):
        row, column = position // 2, 2 * (position % 2)
        write(details.cell(row, column), Ink(f"{label}{colon}", bold=True), fill=FILL)
        write(details.cell(row, column + 1), value)
    form.spacer()
    form.paragraph(Ink("In completing this tool please note: the points in italics are hints to guide you. "
                       "Sections 1 and 2 apply to all staff; the rest to case-holding staff.", italic=True))

    for number, section in enumerate(sample.sections, start=1):
        questions = QUESTIONS.get(section.name, (("Is this area evidenced on the supervision file?", ()),))
        table = form.table(3 + len(questions), 5)
        heading = table.cell(0, 0).merge(table.cell(0, 4))
        write(heading, Ink(f"Section {number} \u2013 {section.name}", bold=True), fill=FILL)
        for column, text in zip((2, 3, 4), ("Y", "N", "N/A")):
            write(table.cell(1, column), Ink(text, bold=True))
        write(table.cell(1, 1), Ink("Audit area", bold=True))
        for offset, ((question, hints), answer) in enumerate(zip(questions, _answers(rng, section.grade,
                                                                                      len(questions)))):
            row = 2 + offset
            write(table.cell(row, 0), f"{number}.{offset + 1}")
            cell = table.cell(row, 1)
            write(cell, question)
            for hint in hints:
                write_runs(cell.add_paragraph(), [Ink(f"\u2022 {hint}", italic=True, size=8)])
            write(table.cell(row, 2 + answer), Ink("X", bold=True))
        last = 2 + len(questions)
        write(table.cell(last, 0), Ink("Auditor comments and quality rating for this section", bold=True))
        comment = table.cell(last, 1).merge(table.cell(last, 2))
        write(comment, section.comment)
        rating = table.cell(last, 3).merge(table.cell(last, 4))
        write(rating, Ink(spell_grade(section.grade, spelling), bold=True))
        form.spacer()

    form.paragraph(Ink("Overall quality of supervision", bold=True), " (Outstanding / Good / Requires improvement"
                   " / Inadequate)")
    if four_columns:
        overall = form.table(2, 4)
        for column, grade in enumerate(GRADES):
            write(overall.cell(0, column), Ink(spell_grade(grade, spelling), bold=True), fill=FILL)
        write(overall.cell(1, GRADES.index(sample.grade)), Ink("X", bold=True))
    else:
        overall = form.table(1, 1)
        write(overall.cell(0, 0), Ink(spell_grade(sample.grade, spelling), bold=True))
    form.spacer()

    form.heading("Strengths of the supervision")
    for item in sample.strengths:
        form.paragraph(item, style_id="ListBullet")
    form.heading("Areas for development")
    for item in sample.development_areas:
        form.paragraph(item, style_id="ListBullet")
    form.heading("Actions agreed with the supervisor")
    form.actions_table(sample.actions, ("Action", "By whom", "By when"), fill=FILL, date_style=date_style)
    data = form.to_bytes(title="Social Work Supervision Audit Tool", written=sample.date, editor=sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal_of(sample))
