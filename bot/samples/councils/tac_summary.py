"""`tac_summary`: a Team Around the Family reflective case summary written
as running text – labels inline at the start of paragraphs, numbered
headings, grades given as "Grade 1" to "Grade 4" against a key printed
once – with the Head of Service's comments typed in colour at the end.

Modelled on the structure of Stockport's "Team Around the Child (TAC)
Reflective Case Summaries" (a monthly audit in which team managers map
the child's journey with the case holder in a reflective discussion; its
C4EO practice example, 2012) and the quality assurance section of
Cheshire West and Chester's "Team around the Family (TAF) practice
guidance". The paragraph layout, the numbered grade scale, the family's
voice as its own heading and the council's orange Early Help branding
are our own judgement.

What it exercises: inline "Label: value" paragraphs rather than tables;
grades printed "Grade 1 / 2 / 3 / 4" with the chosen number bold,
underlined and highlighted, or written "Grade 2 (Good)"; the family's
words naming the child; "No further actions required" now and then;
dates such as "14th of October 2026"; the moderated grade on its own
coloured line.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..people import COUNCIL
from ..tool_phrases import TAF_AUDIT
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    drawn,
    grade_number,
    moderation_ink,
    personal_of,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
)

FAMILY = "tac_summary"
BRAND = "C55A11"  # Early Help orange


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(TAF_AUDIT, count, seed=seed + 97, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def grade_parts(grade: str, style: str) -> list[Ink]:
    chosen = grade_number(grade)
    if style == "word":
        return [Ink(f"Grade {chosen} ({spell_grade(grade, 'short')})", bold=True)]
    parts = [Ink("Grade ")]
    for number in range(1, 5):
        parts.append(Ink(str(number), bold=number == chosen, underline=number == chosen,
                         highlight="yellow" if number == chosen else None))
        if number < 4:
            parts.append(Ink(" / "))
    return parts


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("EH/", "EHM", "digits"))))
    no_actions = rng.random() < 0.3
    if no_actions:
        sample = replace(sample, actions=())
    style = rng.choice(("word", "scale"))
    date_style = rng.choice(("dth of month yyyy", "month dth yyyy", "d month yyyy"))
    ink = moderation_ink(rng, avoid=BRAND)
    child = sample.child
    voice = next(field for field in sample.own if field.key == "family_voice")

    form = WordForm(font=rng.choice(("Calibri", "Arial")), size=11)
    form.paragraph(Ink(f"{COUNCIL} Early Help and Prevention", bold=True, colour=BRAND, size=12))
    form.paragraph(Ink("Team Around the Family \u2013 Reflective Case Summary", bold=True, size=16))
    for label, value in (
        ("Family reference", sample.case_id),
        ("Child", f"{child.full_name} (DOB {spell_date(child.date_of_birth, 'dd/mm/yyyy')})"),
        ("Lead professional", with_role(sample.practitioner, rng.choice(("brackets", "comma")))),
        ("Team", sample.team), ("Service", sample.service),
        ("Reviewed by", with_role(sample.auditor, rng.choice(("comma", "initials")))),
        ("Date of review", spell_date(sample.date, date_style)),
    ):
        form.paragraph(Ink(f"{label}: ", bold=True), value)
    form.paragraph(Ink("Grades: 1 Outstanding \u00b7 2 Good \u00b7 3 Requires improvement \u00b7 4 Inadequate",
                       italic=True))

    for number, section in enumerate(sample.sections, start=1):
        form.heading(f"{number}. {section.name}", colour=BRAND)
        form.paragraph(section.comment)
        remark = section_remark(sample, section)
        if remark:
            form.paragraph(Ink(f"HoS \u2013 {remark}", colour=ink, italic=True))
        form.paragraph(*grade_parts(section.grade, style))

    after = len(sample.sections)
    form.heading(f"{after + 1}. {voice.label}", colour=BRAND)
    form.paragraph(voice.written)
    form.heading(f"{after + 2}. What is going well", colour=BRAND)
    for item in sample.strengths:
        form.paragraph(item)
    form.heading(f"{after + 3}. What needs to change", colour=BRAND)
    for item in sample.development_areas:
        form.paragraph(item)
    form.heading(f"{after + 4}. Next steps", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("Next step", "Who", "When"))
        form.spacer()

    form.paragraph(Ink("Overall grade for the TAF: ", bold=True), *grade_parts(sample.grade, style))
    answer = f"Yes \u2013 {sample.urgent_concern_detail}" if sample.urgent_concern else "No"
    form.paragraph(Ink("Any immediate concern for a child's safety? ", bold=True), answer)

    moderation = sample.moderation
    form.heading("Head of Service comments", colour=BRAND)
    if moderation:
        for comment in moderation.comments:
            form.paragraph(Ink(comment, colour=ink))
        if moderation.grade:
            form.paragraph(Ink(f"Moderated grade: Grade {grade_number(moderation.grade)}", bold=True, colour=ink))
        form.paragraph(Ink(f"{moderation.moderator}, {spell_date(moderation.date, 'dd/mm/yyyy')}", colour=ink))
    data = form.to_bytes(title="TAF Reflective Case Summary", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal_of(sample))
