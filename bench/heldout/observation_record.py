"""Practice observation record in lettered parts, with the four grades
printed in a line and the chosen one shown by the observer: in bold and
highlighted, by striking the others through, or by deleting them.

Modelled on the practice observation forms in councils' procedure manuals:
Merton's "Observation of Practice" (Appendix 2: Practice Observation),
Waltham Forest's "Practice Observation – Child and Family Practitioners"
and Warwickshire's "Practice Observation – Children and Families"
(observation details, preparation and consent, the observation, feedback
and reflection, learning from the observation). Group sessions list the
parents who attended.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import OBSERVATION, sample_forms
from bot.samples.people import FAMILY_SURNAMES

from .common import (
    ATTENDEE_SENTENCES,
    MODERATION_INKS,
    HeldOutForm,
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    label,
    mention,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "observation_record"
PRINTED = (("Outstanding", "Outstanding"), ("Good", "Good"),
           ("Requires Improvement to be Good", "Requires Improvement"), ("Inadequate", "Inadequate"))
ROLES = ("Practice Manager", "Team Manager", "Senior Practitioner", "Early Help Manager")


def build(today: date, count: int = 22) -> list[HeldOutForm]:
    rng = random.Random(7201)
    samples = [sample for sample in sample_forms(200, seed=7201, today=today) if sample.kind == OBSERVATION]
    return [_form(rng, index, sample) for index, sample in enumerate(samples[:count])]


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(("00788A", "6B2C91", "C8102E", "005EB8"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    choice_style = rng.choice(("highlight", "strike", "deleted"))
    group = sample.child is None
    people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 6)) if group else []
    if group:
        sample = replace(sample, strengths=(*sample.strengths, mention(rng, ATTENDEE_SENTENCES, people[0])))
    elif rng.random() < 0.6:
        sample = replace(sample, case_id=case_reference(rng, sample.case_id))
    if not sample.actions and rng.random() < 0.5:
        no_actions = "None – no further actions required."
    else:
        no_actions = "No further actions required at this time."

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    brand_heading(document, rng.choice(("Practice Observation Record",
                                        "Observation of Practice – Child and Family Practitioners")), brand, size=16)
    paragraph(document, "This record is completed by the observer and shared with the practitioner within five "
                        "working days.", italic=True)

    brand_heading(document, "Part A – About the observation", brand)
    observer = sample.auditor
    written_observer = rng.choice((observer, f"{observer}, {rng.choice(ROLES)}", f"{observer} ({rng.choice(ROLES)})"))
    rows = [
        ("Name of practitioner being observed", sample.practitioner),
        ("Team", sample.team),
        ("Service area", sample.service),
        ("Observer (name and role)", written_observer),
        ("Date observed", when(sample.date)),
        (rng.choice(("Activity observed", "Nature of the activity")), sample.setting),
    ]
    if group:
        rows.append(("Parents / carers attending the session", ", ".join(people)))
    else:
        child = sample.child
        rows += [("Child's reference", sample.case_id),
                 ("Child and family members present", ", ".join((child.full_name, *child.parents)))]
    details = table(document, len(rows), 2)
    for row, (text, value) in zip(details.rows, rows):
        label(row.cells[0], text, "E2EFD9")
        write(row.cells[1], value)
    document.add_paragraph()

    brand_heading(document, "Part B – Preparation and consent", brand)
    paragraph(document, "Talk through the plan for the session with the practitioner beforehand. The practitioner "
                        "asks the family for their consent to the observation.", italic=True)
    paragraph(document, "Consent given by the family: Yes")

    brand_heading(document, "Part C – The observation", brand)
    bullet = rng.choice(("• ", "- ", ""))
    paragraph(document, rng.choice(("What the practitioner did well", "Strengths in the practice seen")), bold=True)
    for item in sample.strengths:
        paragraph(document, f"{bullet}{item}")
    paragraph(document, rng.choice(("Learning and development identified", "What would make the practice stronger")),
              bold=True)
    for item in sample.development_areas:
        paragraph(document, f"{bullet}{item}")

    brand_heading(document, "Part D – Judgement", brand)
    heading = rng.choice(("Overall quality of the observed practice", "Overall quality of the practice observed"))
    line = paragraph(document, heading + (" (delete as appropriate): " if choice_style != "highlight" else ": "),
                     bold=True)
    _grades(line, sample.grade, choice_style)
    reflective = paragraph(document, "Reflective conversation held with the practitioner afterwards? ", bold=True)
    if choice_style == "strike":
        run(reflective, "Yes", strike=not sample.reflective_discussion)
        run(reflective, " / ")
        run(reflective, "No", strike=sample.reflective_discussion)
    else:
        run(reflective, "Yes" if sample.reflective_discussion else "No")

    brand_heading(document, "Part E – Agreed development actions", brand)
    if sample.actions:
        actions = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(actions.rows[0].cells, ("What will happen", "Who", "When")):
            label(cell, text)
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, no_actions)
    document.add_paragraph()

    brand_heading(document, "Part F – Head of Service oversight", brand)
    oversight = table(document, 3, 2)
    for row, text in zip(oversight.rows, ("Comments", "Name", "Date")):
        label(row.cells[0], text)
    moderation = sample.moderation
    if moderation:
        for comment in moderation.comments:
            write(oversight.cell(0, 1), comment, colour=ink)
        write(oversight.cell(1, 1), moderation.moderator, colour=ink)
        write(oversight.cell(2, 1), when(moderation.date), colour=ink)
    data = finish_docx(document, "Practice Observation Record", (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(people))


def _grades(line, chosen: str, style: str) -> None:
    """The four grades on one line, the chosen one shown in `style`."""
    if style == "deleted":
        run(line, dict(PRINTED)[chosen])
        return
    for position, (grade, text) in enumerate(PRINTED):
        if position:
            run(line, " / ")
        if grade == chosen:
            run(line, text, bold=True, highlight=style == "highlight")
        else:
            run(line, text, strike=style == "strike")
