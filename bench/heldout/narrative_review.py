"""Narrative case review: no tables at all. Two labels to a line separated
by tabs, then numbered headings with paragraphs: a summary of the child's
circumstances, each area of practice with its grade written after the
evidence ("Grade: Good – some drift in planning"), what is working well,
what needs to improve, actions written out as sentences, immediate safety,
the overall judgement inside a sentence, and the Head of Service's
moderation as paragraphs in their colour.

Modelled on narrative case file audit tools in councils' procedure
manuals: Kirklees' "Case File Audit Tool" (Appendix 2 of "Case File Audits
for Fieldwork Teams"), Salford's case file auditing chapter and
Lancashire's "File Audit Tool", where the auditing manager writes up each
area they chose to audit.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import sample_forms
from bot.samples.forms import CASE_FILE_AUDIT

from .common import (
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    mention,
    new_document,
    paragraph,
    siblings,
)

FAMILY = "narrative_review"


def build(today: date, count: int = 20) -> list[HeldOutForm]:
    rng = random.Random(7901)
    samples = [sample for sample in sample_forms(count * 2, seed=7901, today=today) if sample.kind == CASE_FILE_AUDIT]
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples[:count])]


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(("00703C", "C8102E", "005EB8", "6B2C91"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    household = siblings(rng, sample.child, rng.randint(1, 2), today)
    changes = {"case_id": case_reference(rng, sample.case_id) if rng.random() < 0.6 else sample.case_id,
               "development_areas": (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))}
    if rng.random() < 0.3:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    first = child.first_name
    remarks = moderation.section_comments if moderation else {}

    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand)
    brand_heading(document, rng.choice(("Case Review – Quality of Practice Audit", "Practice Audit: Case Review")),
                  brand, size=16)
    for line in (f"Child reference: {sample.case_id}\tWorker: {sample.practitioner}",
                 f"Team: {sample.team}\tService: {sample.service}",
                 f"Reviewed by: {sample.auditor}\tDate of review: {when(sample.date)}",
                 f"Young person: {child.full_name} (DOB {when(child.date_of_birth)})",
                 f"Lives with: {' and '.join(child.parents)}, and "
                 + " and ".join(name for name, _ in household)):
        paragraph(document, line)

    brand_heading(document, "1. Summary of the child's circumstances", brand)
    paragraph(document, f"{first} lives at home with {household[0][0].split()[0]} and their parents. The family have "
                        "been known to the service for a year; the plan was last reviewed in the summer.")

    brand_heading(document, "2. Quality of practice by area", brand)
    for number, section in enumerate(sample.sections, start=1):
        paragraph(document, f"2.{number} {section.name}", bold=True)
        paragraph(document, section.comment)
        if section.name in remarks:
            paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)
        paragraph(document, f"Grade: {informal_grade(rng, section.grade, note_chance=0.4)}")

    brand_heading(document, "3. What is working well", brand)
    for item in sample.strengths:
        paragraph(document, item)
    brand_heading(document, "4. What needs to improve", brand)
    for item in sample.development_areas:
        paragraph(document, item)

    brand_heading(document, "5. Actions", brand)
    if sample.actions:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} – {action.owner}, by {when(action.due)}")
    else:
        paragraph(document, "No further actions required at this time.")

    brand_heading(document, "6. Immediate safety", brand)
    if sample.urgent_concern:
        paragraph(document, f"Yes – there is an immediate safety concern. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No immediate safeguarding concerns were identified.",
                                        "None identified during this review.")))

    brand_heading(document, "7. Overall judgement", brand)
    spelled = informal_grade(rng, sample.grade)
    paragraph(document, rng.choice((f"Overall, I judge the quality of practice for {first} to be {spelled}.",
                                    f"Overall judgement: {spelled}.")))

    brand_heading(document, "8. Head of Service moderation", brand)
    if moderation:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            paragraph(document, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=ink)
        paragraph(document, f"{moderation.moderator}, {when(moderation.date)}", colour=ink)
    else:
        paragraph(document, "Not yet moderated.", italic=True)
    data = finish_docx(document, "Case Review", (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))
