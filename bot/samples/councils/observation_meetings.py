"""`observation_meetings`: an observation of practice (a visit, a meeting
or a group session) whose details sit under group labels merged down the
first column, with the four grades printed in a row and the chosen one
shaded, or the others struck through.

Modelled on the structure of the staff observation and observation of
meetings in Leeds' "Quality Assurance Framework" for the Children's
Social Work Service (December 2014; Appendix A draws on Ofsted's
handbook on observations of practice) and the observations in Knowsley's
"Quality Assurance and Learning Framework" (July 2018). The grouped
details table, the grade row, the "Even better if" heading, the attendee
list of a group session and the council's blue brand colour are our own
judgement.

What it exercises: labels in cells merged down several rows ("Practitioner
observed" over "Name", "Team", "Service"); the tool's own overall label
("Overall quality of practice observed"); the chosen grade shown by
shading and bold or by striking the others through; names with roles;
dates with the weekday; a group session naming the children and parents
who attended (and a child named now and then in what went well); Yes/No
columns for the reflective discussion; "No further actions required".
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import OBSERVATION
from ..people import ADULT_FIRST_NAMES, COUNCIL, FAMILY_SURNAMES
from ..wording import GRADES
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "observation_meetings"
BRAND = "005EB8"  # the council's blue
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
GROUP_NAMING = (
    "{name} joined in the circle time and the practitioner made sure every child had a turn.",
    "The practitioner noticed that {name} was quiet and gently brought them into the activity.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    groups = drawn(OBSERVATION, count // 2, seed=seed + 61, today=today, where=lambda sample: sample.child is None)
    visits = drawn(OBSERVATION, count - len(groups), seed=seed + 62, today=today,
                   where=lambda sample: sample.child is not None)
    samples = [sample for pair in zip(visits, groups) for sample in pair] + visits[len(groups):]
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _merged_rows(table, first_row: int, group: str, rows: list[tuple[str, object]]) -> int:
    """Write `rows` (sub-label, value) from `first_row` under `group`,
    merged down the first column; return the next free row."""
    last = first_row + len(rows) - 1
    label = table.cell(first_row, 0).merge(table.cell(last, 0)) if last > first_row else table.cell(first_row, 0)
    write(label, Ink(group, bold=True, colour="FFFFFF"), fill=BRAND)
    for offset, (sub_label, value) in enumerate(rows):
        write(table.cell(first_row + offset, 1), Ink(sub_label, bold=True), fill="DCE6F2")
        write(table.cell(first_row + offset, 2), value)
    return last + 1


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    group_session = sample.child is None
    attendees, parents = [], []
    if group_session:
        surnames = rng.sample(FAMILY_SURNAMES, 3)
        attendees = [child for surname in surnames for child in invent_children(rng, surname, 1)]
        parents = [f"{first} {surname}" for first, surname in zip(rng.sample(ADULT_FIRST_NAMES, 2), surnames)]
        if rng.random() < 0.6:
            sample = with_sentence_naming(sample, "strengths", rng.choice(GROUP_NAMING).replace(
                "{name}", attendees[0].first_name))
    else:
        sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("C", "digits"))))
    no_actions = not sample.actions or rng.random() < 0.3
    if no_actions:
        sample = replace(sample, actions=())
    marking = rng.choice(("shade", "shade", "strike"))
    spelling = rng.choice(("contract", "requires improvement", "sentence"))
    date_style = rng.choice(("weekday d month yyyy", "weekday dth month yyyy", "dd/mm/yyyy"))
    ink = moderation_ink(rng, avoid=BRAND)
    meeting = sample.setting in MEETINGS
    title = "Observation of a Meeting" if meeting else "Observation of Practice"

    form = WordForm(font="Arial", size=10)
    form.paragraph(Ink(f"{COUNCIL} \u2013 Children's Social Work Service", bold=True, colour=BRAND))
    form.paragraph(Ink(title, bold=True, size=16, colour=BRAND))

    rows_observed = [("Name", sample.practitioner), ("Team", sample.team), ("Service", sample.service)]
    rows_observer = [("Name and role", with_role(sample.auditor, rng.choice(("comma", "brackets"))))]
    rows_activity = [("Date", spell_date(sample.date, date_style)), ("Activity observed", sample.setting)]
    if group_session:
        rows_activity.append(("Case reference", "Group session \u2013 no single child"))
        rows_people = [("Children", ", ".join(f"{child.first_name} ({child.age})" for child in attendees)),
                       ("Parents / carers", ", ".join(parents))]
    else:
        rows_activity.append(("Case reference", sample.case_id))
        rows_people = [("Child's name", sample.child.full_name)]
    groups = [("Practitioner observed", rows_observed), ("Observer", rows_observer),
              ("The observation", rows_activity), ("Who was there", rows_people)]
    table = form.table(sum(len(rows) for _, rows in groups), 3)
    row = 0
    for group, rows in groups:
        row = _merged_rows(table, row, group, rows)
    form.spacer()

    form.paragraph(Ink("Overall quality of practice observed", bold=True, colour=BRAND))
    grades = form.table(1, 4)
    for column, grade in enumerate(GRADES):
        text = spell_grade(grade, spelling)
        chosen = grade == sample.grade
        if marking == "shade":
            write(grades.cell(0, column), Ink(text, bold=chosen), fill="FFD966" if chosen else None)
        else:
            write(grades.cell(0, column), Ink(text, strike=not chosen))
    form.spacer()

    for heading, items in (("What went well", sample.strengths), ("Even better if", sample.development_areas)):
        form.heading(heading, colour=BRAND)
        for item in items:
            form.paragraph(item)
    form.heading("Agreed actions and learning", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("Action", "Who", "By when"), fill="DCE6F2")
    form.spacer()

    reflective = form.table(2, 3)
    for cell, text in zip(reflective.rows[0].cells, ("", "Yes", "No")):
        write(cell, Ink(text, bold=True), fill="DCE6F2")
    write(reflective.cell(1, 0), "Was there a reflective discussion with the practitioner afterwards?")
    write(reflective.cell(1, 1 if sample.reflective_discussion else 2), Ink("X", bold=True))
    form.spacer()

    moderation = sample.moderation
    form.heading("Head of Service \u2013 read and authorised", colour=BRAND)
    box = form.table(3, 2)
    for row, label in enumerate(("Comments", "Name", "Date")):
        write(box.cell(row, 0), Ink(label, bold=True), fill="DCE6F2")
    if moderation:
        write_lines(box.cell(0, 1), moderation.comments, colour=ink)
        write(box.cell(1, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(2, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
    data = form.to_bytes(title=title, written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(attendees) + parents)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
