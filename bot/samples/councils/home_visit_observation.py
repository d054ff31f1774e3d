"""`home_visit_observation`: a manager's direct observation of a
practitioner's home visit – the visit and the people present in a
landscape details table, the observer's evidence under practice domains,
the overall quality ticked in one of four grade columns, and the
practitioner's own reflection after the observer's findings.

Modelled on the structure of the direct observation of practice in the
London Borough of Hillingdon's "Supervision Framework for Children's
Social Care" (updated August 2020: managers observe practitioners'
direct work and feed back in supervision) and of a council's published
"Practice Observation Guidance Notes" (Appendix G of its practice
observation procedure: not every domain need be covered; communication
with the child, the family and other agencies; preparation for the
activity; focus on the child and making a difference; use of the Signs
of Safety approach). The "Who was present" table, the tick under the
chosen grade, the practitioner's reflection and the check boxes for the
reflective discussion are our own judgement.

What it exercises: a "Mosaic ID: 2045187" label and value typed in one
cell beside a label of its own; the observer written surname first with
a role ("Fletcher, Joanne (TM)"); everyone at the visit named in a table
with their relationship to the child and age – the child with the name
they are known by, parents, brothers and sisters; the grade as a tick
in one of four grade columns; "What went well?" and "Even better if..."
as bulleted lists beside a practitioner's reflection that is neither;
typed check boxes for the reflective discussion; "No further actions
required" now and then; the Head of Service's note typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import OBSERVATION
from ..ooxml import glyph
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    KNOWN_AS,
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    role_of,
    spell_date,
    spell_grade,
    surname_first,
    variant_rng,
    with_role,
    write,
    write_lines,
    write_runs,
)

FAMILY = "home_visit_observation"
BRAND = "C00000"  # the council's red, which is not moderation
LIGHT = "F2DCDB"
DOMAINS = (
    ("Communication with the child, family and other agencies",
     ("Explained her role and the purpose of the visit in plain words.",
      "Checked the parents understood the worries before moving on.",
      "Spoke over the children at times while talking to the parents.")),
    ("Preparation for the visit",
     ("Had read the latest school and health information and brought the plan.",
      "Arrived without the updated safety plan, so the parents could not see it.")),
    ("Focus on the child and making a difference",
     ("Spent time with the child in their bedroom and used the three houses.",
      "The visit centred on the adults; little time with the child.")),
    ("Use of Signs of Safety",
     ("Used scaling questions with mum to agree where things are now.",
      "Danger statements were not revisited with the family.")),
)
PURPOSES = ("Statutory visit under the child protection plan", "Child in need visit", "Visit to review the safety plan")
REFLECTIONS = (
    "I felt nervous at the start but the family were relaxed with the observer there.",
    "I would plan more time alone with the child next time.",
    "Having the plan with me helped me keep the visit focused.",
)
RELATIONS = {"brother": ("Brother", "Half-brother"), "sister": ("Sister", "Half-sister")}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(OBSERVATION, count, seed=seed + 163, today=today,
                    where=lambda sample: sample.setting == "Home visit")
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _observer(name: str, rng: random.Random) -> str:
    style = rng.choice(("surname role", "surname", "initials", "comma"))
    if style == "surname role":
        return f"{surname_first(name)} ({role_of(name)[1]})"
    if style == "surname":
        return surname_first(name, capitals=True)
    return with_role(name, style)


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    no_actions = not sample.actions or rng.random() < 0.25
    if no_actions:
        sample = replace(sample, actions=())
    child = sample.child
    known_as = KNOWN_AS[child.first_name]
    household = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    ink = moderation_ink(rng, avoid=BRAND)
    mark = rng.choice(("\u2713", "\u2714", "X"))
    spelling = rng.choice(("contract", "requires improvement", "short"))
    date_style = rng.choice(("dd/mm/yyyy", "d mon yyyy", "weekday d month yyyy"))
    age = sample.date.year - child.date_of_birth.year - (
        (sample.date.month, sample.date.day) < (child.date_of_birth.month, child.date_of_birth.day))

    form = WordForm(font="Arial", size=10, landscape=True)
    form.page_header(Ink(f"{COUNCIL} Children's Services", bold=True, colour=BRAND))
    form.paragraph(Ink("Direct Observation of Practice \u2013 Home Visit", bold=True, size=16, colour=BRAND))

    form.paragraph(Ink("Part A \u2013 The visit", bold=True, colour=BRAND))
    details = form.table(4, 4)
    pairs = (
        ("Practitioner observed", with_role(sample.practitioner, rng.choice(("plain", "initials")))),
        ("Observer", _observer(sample.auditor, rng)),
        ("Team", sample.team), ("Service", sample.service),
        ("Date of visit", spell_date(sample.date, date_style)), ("Child's record", f"Mosaic ID: {sample.case_id}"),
        ("Setting", sample.setting), ("Purpose of the visit", rng.choice(PURPOSES)),
    )
    for position, (label, value) in enumerate(pairs):
        row, column = position // 2, 2 * (position % 2)
        write(details.cell(row, column), Ink(label, bold=True), fill=LIGHT)
        write(details.cell(row, column + 1), value)
    form.spacer()

    form.paragraph(Ink("Who was present", bold=True, colour=BRAND))
    people = [(f"{child.full_name} (known as {known_as})", "Subject child", str(age))]
    people += [(parent, "Parent" if position == 0 else rng.choice(("Parent", "Parent's partner")), "")
               for position, parent in enumerate(child.parents)]
    people += [(other.full_name, rng.choice(RELATIONS[rng.choice(("brother", "sister"))]), str(other.age))
               for other in household]
    present = form.table(1 + len(people), 3)
    for cell, text in zip(present.rows[0].cells, ("Name", "Relationship to the child", "Age")):
        write(cell, Ink(text, bold=True), fill=LIGHT)
    for row, values in enumerate(people, start=1):
        for cell, value in zip(present.rows[row].cells, values):
            write(cell, value)
    form.spacer()

    form.paragraph(Ink("Part B \u2013 What the observer saw", bold=True, colour=BRAND))
    domains = form.table(1 + len(DOMAINS), 2)
    write(domains.cell(0, 0), Ink("Domain", bold=True), fill=LIGHT)
    write(domains.cell(0, 1), Ink("Evidence", bold=True), fill=LIGHT)
    for row, (domain, evidence) in enumerate(DOMAINS, start=1):
        write(domains.cell(row, 0), Ink(domain, bold=True))
        write(domains.cell(row, 1), rng.choice(evidence))
    form.spacer()

    form.paragraph(Ink("Part C \u2013 Overall quality of the visit observed", bold=True, colour=BRAND))
    grades = form.table(2, 4)
    for column, grade in enumerate(GRADES):
        write(grades.cell(0, column), Ink(spell_grade(grade, spelling), bold=True), fill=LIGHT)
        if grade == sample.grade:
            write(grades.cell(1, column), Ink(mark, bold=True))
    form.spacer()

    form.paragraph(Ink("Part D \u2013 Feedback", bold=True, colour=BRAND))
    for heading, items in (("What went well?", sample.strengths), ("Even better if...", sample.development_areas)):
        form.paragraph(Ink(heading, bold=True))
        for item in items:
            form.paragraph(item, style_id="ListBullet")
    form.paragraph(Ink("Agreed actions", bold=True))
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("Action", "Who", "By when"), fill=LIGHT)
    form.paragraph(Ink("Practitioner's reflection", bold=True))
    form.paragraph(Ink(rng.choice(REFLECTIONS), italic=True))
    question = form.paragraph(Ink("Reflective discussion held after the visit: ", bold=True), "Yes ")
    glyph(question._p, bool(sample.reflective_discussion))
    write_runs(question, ["   No "])
    glyph(question._p, not sample.reflective_discussion)

    moderation = sample.moderation
    form.paragraph(Ink("Head of Service \u2013 read and authorised", bold=True, colour=BRAND))
    box = form.table(3, 2)
    for row, label in enumerate(("Comments", "Name", "Date")):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write_lines(box.cell(0, 1), moderation.comments, colour=ink)
        write(box.cell(1, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(2, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
    data = form.to_bytes(title="Direct Observation of Practice", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, known_as, *children_personal(household))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
