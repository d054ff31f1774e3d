"""`supervision_observation`: a senior manager's observation of a team
manager supervising a practitioner – labels written inline ("Name of
who is being observed: ..."), a table of the elements of supervision
with what the observer is trying to notice and their evidence, and the
overall judgement written by hand with a note after it.

Modelled on the structure of a published "Observation of supervision"
template (name of who is being observed, name of who is observing, date
of the observation of supervision; then a table of issue or element,
"What are you trying to notice?" and evidence and commentary, covering
the setting, preparation, agenda setting, the quality of the
relationship, the use of authority, the balance of the functions of
supervision and of the stakeholders' perspectives) and on the direct
observation of practice in the London Borough of Hillingdon's
"Supervision Framework for Children's Social Care" (updated August
2020). The overall judgement line, the list of cases discussed, the
"What worked well" and "Even better if" headings and the development
actions are our own judgement.

What it exercises: an observation about no one child, whose observed
practitioner is a manager; labels and values on one line, some labels
ending in a question or a colon; the kind of supervision observed as the
setting; the grade written in lower case or abbreviated with a remark
after it in the same line ("good \u2013 reflective and well paced");
cases discussed listed with a child's first name and age beside each
reference, none of them the form's case; printed "What are you trying to
notice?" prompts beside the evidence; a reflective feedback conversation
answered "Yes" or "No".
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import OBSERVATION
from ..people import CHILD_FIRST_NAMES, COUNCIL, STAFF, head_of_service_over, invent_case_id
from ..population import _invent_actions, _sentences
from ..tool_phrases import SUPERVISION_ACTIONS, SUPERVISION_DEVELOPMENT, SUPERVISION_STRENGTHS
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    drawn,
    personal_of,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    write,
)

FAMILY = "supervision_observation"
BRAND = "833C0B"
SETTINGS = ("Individual case supervision", "Reflective supervision", "Group supervision")
ELEMENTS = (
    ("Setting", "Does the room help the conversation? Interruptions, privacy, formality."),
    ("Preparation", "How did each arrive? Had the supervisee brought their cases and questions?"),
    ("Agenda setting and priorities", "Whose agenda is it? How are priorities agreed?"),
    ("Quality of the relationship", "What do you see? How open is each about what is going on?"),
    ("Use of authority", "How is responsibility taken and expressed? Procedure, timescales."),
    ("Balance of functions", "Management, support, development, mediation: which are present?"),
    ("Stakeholder perspectives", "Are the child, the family, other agencies and the organisation brought in?"),
)
EVIDENCE = (
    "A quiet room booked in advance; phones were put away.",
    "The supervisee brought a list of cases and questions.",
    "The agenda was agreed at the start and revisited at the end.",
    "An open, warm conversation; the supervisee raised her worries freely.",
    "Timescales were named and the manager was clear about what must happen.",
    "Mostly case management; little time was given to the worker's development.",
    "The child's experience was brought back into the discussion twice.",
    "Other agencies' views were not discussed.",
)
REMARKS = {
    "good": ("reflective and well paced", "a clear, supportive session"),
    "bad": ("agenda set by the supervisor alone", "little reflection on the cases discussed",
            "rushed; decisions not explained"),
}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(OBSERVATION, count, seed=seed + 157, today=today,
                    where=lambda sample: _head_over(sample.auditor) is not None)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _head_over(name: str):
    member = next(member for member in STAFF if member.name == name)
    return head_of_service_over(member)


def _as_supervision(sample, rng: random.Random):
    """The sample as an observation of the observer's own supervision by
    their Head of Service: the observer becomes the practitioner observed."""
    manager = next(member for member in STAFF if member.name == sample.auditor)
    head = _head_over(manager.name)
    supervisee = sample.practitioner
    people = (manager, head)
    return replace(
        sample, case_id=None, child=None, auditor=head.name, practitioner=manager.name, team=manager.team,
        service=manager.service, setting=rng.choice(SETTINGS), moderation=None,
        strengths=_sentences(rng, SUPERVISION_STRENGTHS, len(sample.strengths), None),
        development_areas=_sentences(rng, SUPERVISION_DEVELOPMENT, len(sample.development_areas), None),
        actions=_invent_actions(rng, SUPERVISION_ACTIONS, min(len(sample.actions), 3), None, people, sample.date),
    ), supervisee


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample, supervisee = _as_supervision(sample, rng)
    names = rng.sample(CHILD_FIRST_NAMES, rng.randint(2, 3))
    discussed = [(case_reference(invent_case_id(rng), rng.choice(("digits", "C"))), name, rng.randint(1, 16))
                 for name in names]
    good = GRADES.index(sample.grade) <= 1
    spelling = rng.choice(("lower", "lower", "abbreviated"))
    grade_text = f"{spell_grade(sample.grade, spelling)} \u2013 {rng.choice(REMARKS['good' if good else 'bad'])}"
    date_style = rng.choice(("dd.mm.yyyy", "d month yyyy", "dth month yyyy"))

    form = WordForm(font="Arial", size=11)
    form.paragraph(Ink(f"{COUNCIL} \u2013 Children's Social Care", bold=True, colour=BRAND))
    form.paragraph(Ink("Observation of Supervision", bold=True, size=16, colour=BRAND))
    for label, value in (
        ("Name of who is being observed", with_role(sample.practitioner, rng.choice(("brackets", "comma")))),
        ("Team", sample.team), ("Service", sample.service),
        ("Supervisee", with_role(supervisee, "initials")),
        ("Name of who is observing", with_role(sample.auditor, rng.choice(("comma", "initials")))),
        ("Date of the observation of supervision", spell_date(sample.date, date_style)),
        ("Type of supervision observed", sample.setting),
    ):
        form.paragraph(Ink(f"{label}: ", bold=True), value)
    form.paragraph(Ink("Cases discussed (for context only): ", bold=True),
                   "; ".join(f"{reference} \u2013 {name} ({age})" for reference, name, age in discussed))
    form.spacer()

    table = form.table(1 + len(ELEMENTS), 3)
    for cell, text in zip(table.rows[0].cells, ("Issue / element", "What are you trying to notice?",
                                                "Evidence and commentary")):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    for row, (element, prompt) in enumerate(ELEMENTS, start=1):
        cells = table.rows[row].cells
        write(cells[0], Ink(element, bold=True))
        write(cells[1], Ink(prompt, italic=True, size=9))
        write(cells[2], rng.choice(EVIDENCE))
    form.spacer()

    form.heading("What worked well", colour=BRAND)
    for item in sample.strengths:
        form.paragraph(item)
    form.heading("Even better if", colour=BRAND)
    for item in sample.development_areas:
        form.paragraph(item)
    form.paragraph(Ink("Overall judgement of the supervision observed: ", bold=True), grade_text)
    form.paragraph(Ink("Reflective feedback conversation held with the supervisor afterwards? ", bold=True),
                   "Yes" if sample.reflective_discussion else "No")
    form.heading("Development actions for the supervisor", colour=BRAND)
    if sample.actions:
        form.actions_table(sample.actions, ("Action", "Who", "By when"))
    else:
        form.paragraph("None agreed at this time.")
    data = form.to_bytes(title="Observation of Supervision", written=sample.date, editor=sample.auditor)
    personal = personal_of(sample, *[name for _, name, _ in discussed])
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
