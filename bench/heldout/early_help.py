"""Early Help quality assurance tool: a four-column header with the Early
Help system's reference, the household's members, numbered questions
answered in YES / NO / N/A / Evidence columns with a grade per section,
Signs of Safety headings ("What's working well?", "What are we worried
about?", "What needs to happen?") and the family support team's name.

Modelled on Walsall's "Early Help Assessment & Review Quality Assurance
Tool" (child's name, Mosaic number, lead professional, date of QA, numbered
items answered YES / NO / N/A with evidence) and Northumberland's "Early
Help Assessment Audit Tool" (Annex 3 of its Early Help quality assurance
framework).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, EARLY_HELP_AUDIT, sample_forms

from .common import (
    GOOD,
    MODERATION_INKS,
    OUTSTANDING,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mention,
    new_document,
    paragraph,
    siblings,
    table,
    write,
)

FAMILY = "early_help"
QUESTIONS = {
    "Voice of the child": "Is there evidence the child has been seen and their views recorded in the assessment?",
    "Early Help Assessment": "Does the assessment analyse what life is like for the child and the family's strengths?",
    "Team Around the Family plan": "Is there a plan with outcomes the family agreed, reviewed within 12 weeks?",
    "Engagement with the family": "Have both parents been involved, and are fathers included?",
    "Management oversight": "Is there recorded oversight by the manager at the key decision points?",
    "Impact and outcomes for the child": "Is there evidence of what has changed for the child?",
}
TEAMS = {"Early Help Team North": "Family Support Team North", "Early Help Team South": "Family Support Team South"}


def build(today: date, count: int = 18) -> list[HeldOutForm]:
    rng = random.Random(7501)
    samples = [sample for sample in sample_forms(400, seed=7501, today=today) if sample.kind == EARLY_HELP_AUDIT]
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples[:count])]


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(("E35205", "00703C", "005EB8", "C8102E"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    changes = {"case_id": early_help_reference(rng, sample.case_id), "team": TEAMS.get(sample.team, sample.team)}
    if household and rng.random() < 0.7:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if rng.random() < 0.3:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    tick = rng.choice(("\u2713", "X", "\u2714"))

    document = new_document(rng, landscape=True)
    paragraph(document, f"{COUNCIL} – {rng.choice(('Early Help and Prevention', 'Family Help Service'))}", bold=True,
              colour=brand)
    brand_heading(document, rng.choice(("Early Help Assessment & Review – Quality Assurance Tool",
                                        "Early Help Case Audit")), brand, size=15)
    paragraph(document, "Completed by the Early Help manager once the assessment or review has been signed off. "
                        "Return to the lead professional as a record of the outcome.", italic=True)

    header = table(document, 4, 4)
    cells = (("Child's name:", child.full_name, "EHM No:", sample.case_id),
             ("Date of birth:", when(child.date_of_birth), "Date of QA:", when(sample.date)),
             ("Lead Professional:", sample.practitioner, "Team:", sample.team),
             ("Service:", sample.service, "QA completed by:", sample.auditor))
    for row, values in zip(header.rows, cells):
        for column, value in enumerate(values):
            (label if column % 2 == 0 else write)(row.cells[column], value)
    document.add_paragraph()

    members = [(parent, "Parent / carer", "") for parent in child.parents]
    members += [(name, "Sibling", when(born)) for name, born in household]
    brand_heading(document, "Household members", brand, size=11)
    grid = table(document, len(members) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Name", "Relationship to the child", "DOB")):
        label(cell, text)
    for row, (name, relation, born) in zip(grid.rows[1:], members):
        write(row.cells[0], name)
        write(row.cells[1], relation)
        write(row.cells[2], born)
    document.add_paragraph()

    questions = table(document, 1 + 3 * len(sample.sections), 6)
    for cell, text in zip(questions.rows[0].cells, ("", "Quality standard", "YES", "NO", "N/A", "Evidence")):
        label(cell, text, "FCE4D6")
    for number, section in enumerate(sample.sections, start=1):
        top = 1 + 3 * (number - 1)
        title = questions.cell(top, 0).merge(questions.cell(top, 5))
        write(title, f"{number}   {section.name}", bold=True, colour=brand)
        row = questions.rows[top + 1].cells
        write(row[0], f"{number}a")
        write(row[1], QUESTIONS.get(section.name, f"Is {section.name.lower()} good enough?"))
        answered = 2 if section.grade in (OUTSTANDING, GOOD) else 3
        write(row[answered], tick)
        write(row[5], section.comment)
        grade_row = questions.rows[top + 2].cells
        write(grade_row[0], "")
        merged = grade_row[1].merge(grade_row[5])
        write(merged, "Grade for this section: ", bold=True)
        merged.paragraphs[-1].add_run(informal_grade(rng, section.grade, note_chance=0.3).lower())
    document.add_paragraph()

    for heading, items in (("What's working well?", sample.strengths),
                           ("What are we worried about?", sample.development_areas)):
        brand_heading(document, heading, brand)
        for item in items:
            paragraph(document, item)
    brand_heading(document, "What needs to happen?", brand)
    if sample.actions:
        actions = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(actions.rows[0].cells, ("What needs to happen", "Who", "By when")):
            label(cell, text)
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, "No further actions required at this time – continue with the current family plan.")
    document.add_paragraph()

    summary = table(document, 3, 3)
    label(summary.cell(0, 0), "Overall grade for the Early Help offer to this family")
    write(summary.cell(0, 1).merge(summary.cell(0, 2)), informal_grade(rng, sample.grade, note_chance=0.3).lower())
    label(summary.cell(1, 0), "Does anything need to be stepped up to Children's Social Care today?")
    write(summary.cell(1, 1), f"YES {tick if sample.urgent_concern else ''}".strip())
    write(summary.cell(1, 2), f"NO {'' if sample.urgent_concern else tick}".strip())
    label(summary.cell(2, 0), "If yes, what has been done?")
    if sample.urgent_concern_detail:
        write(summary.cell(2, 1).merge(summary.cell(2, 2)), sample.urgent_concern_detail)
    document.add_paragraph()

    brand_heading(document, "Head of Early Help – moderation", brand)
    if moderation:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        closing = f"{moderation.moderator}, {when(moderation.date)}"
        if moderation.grade:
            closing = f"Moderated grade: {informal_grade(rng, moderation.grade)}. {closing}"
        paragraph(document, closing, colour=ink)
    else:
        paragraph(document, "")
    data = finish_docx(document, "Early Help Quality Assurance Tool", (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))
