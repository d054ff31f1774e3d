"""`ai_observation`: an appreciative inquiry held after a manager has
observed a practitioner's session with a family – the questions of the
inquiry each answered in a box, the practitioner's own score of the
session on a scale of 1 to 10, and the manager's judgement written into
the last box.

Modelled on the structure of the "Appreciative Inquiry (AI) into an
Observed Session" tool a council's specialist family support team
published, adapted from the Signs of Safety appreciative inquiry model
(date of observation, date of the inquiry, worker and observer; what went
well and what the worker felt proud of, how they made it happen, who or
what helped, what the family would say, the most important learning; a
scale of 1 to 10 for the worker's own rating of the session; what would
bring the score closer to 10 and what needs to happen for that; the
manager's observations, comments and items for supervision; guidance on
the EARS model). The two rows of the header, the line naming who was at
the session, the way the chosen score is shown and the manager's
overall judgement in the last box are our own judgement.

What it exercises: labels and values typed together in the cells of a
header row ("Worker: Amy Stott"); two dates, the observation's and the
inquiry's a few days later, the form's date being the observation's; a
1-to-10 scale that is the worker's own score, not a grade, with the
chosen number bold and highlighted; the grade only in the manager's
closing box ("Overall judgement: good"); strengths, areas for
development and actions as the answers to the inquiry's questions;
the child and the family named by first name and age in the header;
guidance below the form that names the Signs of Safety model.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ..forms import OBSERVATION
from ..people import COUNCIL
from ..population import _weekday_on_or_after
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    personal_of,
    spell_date,
    spell_grade,
    variant_rng,
    write,
    write_lines,
    write_runs,
)

FAMILY = "ai_observation"
BRAND = "1F6E8C"
LIGHT = "DEEAF1"
HOW = (
    "I read the last review and agreed with mum beforehand what we would talk about.",
    "I used the words the children use for their worries, and kept the plan in front of us.",
)
HELPED = (
    "A colleague helped me plan, and the family knew what to expect.",
    "The school shared its update the day before, so there were no surprises.",
)
FAMILY_WOULD_SAY = (
    "That I listened and did not rush them.",
    "Mum would say I explained what happens next clearly.",
)
LEARNED = (
    "Slowing down gives the children room to speak.",
    "Preparing the family beforehand makes the meeting calmer.",
)
SCORES = {GRADES[0]: (9, 10), GRADES[1]: (7, 8), GRADES[2]: (5, 6), GRADES[3]: (3, 4)}
MANAGER_NOTES = (
    "A confident session with a clear focus on the children.",
    "Discussed in supervision; the worker's reflection was honest and thoughtful.",
    "Items for supervision: time alone with the children; preparing partners.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(OBSERVATION, count, seed=seed + 167, today=today,
                    where=lambda sample: sample.child is not None and sample.setting != "Home visit")
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _box(form: WordForm, question: str, lines) -> None:
    """A one-cell table: the question in bold, the answer below it."""
    table = form.table(1, 1)
    cell = table.cell(0, 0)
    write(cell, Ink(question, bold=True, colour=BRAND))
    if lines:
        paragraph = cell.add_paragraph()
        first, *rest = lines
        write_runs(paragraph, first if isinstance(first, list) else [first])
        for line in rest:
            write_runs(cell.add_paragraph(), line if isinstance(line, list) else [line])


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, moderation=None, reflective_discussion=True,
                     case_id=case_reference(sample.case_id, rng.choice(("digits", "C"))))
    child = sample.child
    family = invent_children(rng, child.surname, rng.randint(0, 2), exclude=(child.first_name,))
    inquiry = _weekday_on_or_after(sample.date + timedelta(days=rng.randint(1, 4)))
    date_style = rng.choice(("dd/mm/yyyy", "d/m/yy", "d mon yyyy"))
    score = rng.choice(SCORES[sample.grade])
    spelling = rng.choice(("lower", "short", "contract"))

    form = WordForm(font=rng.choice(("Arial", "Tahoma")), size=10)
    form.paragraph(Ink(f"{COUNCIL} \u2013 Family Support", bold=True, colour=BRAND))
    form.paragraph(Ink("Appreciative Inquiry (AI) into an Observed Session", bold=True, size=15, colour=BRAND))

    header = form.table(2, 4)
    cells = (
        ("Date of observation", spell_date(sample.date, date_style)), ("Date of AI", spell_date(inquiry, date_style)),
        ("Worker", sample.practitioner), ("Observer", sample.auditor),
        ("Session observed", sample.setting), ("Team", sample.team), ("Service", sample.service),
        ("Case no.", sample.case_id),
    )
    for position, (label, value) in enumerate(cells):
        write(header.cell(position // 4, position % 4), Ink(f"{label}: ", bold=True), value)
    present = [f"{child.first_name} ({_age(child.date_of_birth, sample.date)})"]
    present += [f"{other.first_name} ({other.age})" for other in family]
    present += [parent for parent in child.parents[:1]]
    form.paragraph(Ink("Who was at the session: ", bold=True), ", ".join(present))
    form.spacer()

    _box(form, "What went well during the session? What did you feel proud of?", list(sample.strengths))
    _box(form, "How did you make this happen?", [rng.choice(HOW)])
    _box(form, "Who or what else helped you succeed?", [rng.choice(HELPED)])
    _box(form, "What do you think the family or other people in the network would say you did to contribute "
               "to the success of the session?", [rng.choice(FAMILY_WOULD_SAY)])
    _box(form, "When you think back to the session, what was the most important thing you learned?",
         [rng.choice(LEARNED)])
    scale = [Ink("On a scale of 1\u201310, where 1 is your worst effort ever and 10 is as good as you can do, "
                 "where would you rate your work in this session?", bold=True, colour=BRAND)]
    table = form.table(1, 1)
    cell = table.cell(0, 0)
    write(cell, *scale)
    numbers = []
    for number in range(1, 11):
        numbers.append(Ink(str(number), bold=number == score, highlight="yellow" if number == score else None))
        numbers.append(Ink("   "))
    write_runs(cell.add_paragraph(), numbers)
    _box(form, "What could you have done to make your score closer to 10?", list(sample.development_areas))
    _box(form, "Is this a realistic goal? What needs to happen to enable this to be possible next time?",
         [f"{action.action} ({action.owner}, by {spell_date(action.due, 'dd/mm/yyyy')})"
          for action in sample.actions] or ["Nothing further \u2013 keep doing what worked."])
    closing = [[Ink("Overall judgement: ", bold=True), spell_grade(sample.grade, spelling)],
               rng.choice(MANAGER_NOTES)]
    _box(form, "Manager's observations / comments and items for supervision:", closing)
    form.spacer()

    guidance = form.table(1, 1)
    write_lines(guidance.cell(0, 0), [
        [Ink("Guidance for observers and workers", bold=True)],
        [Ink("This tool is adapted from the Signs of Safety Appreciative Inquiry model. It pays attention to "
             "what is working well while monitoring the quality of work with families. The observer "
             "facilitates the inquiry using the EARS model: Elicit, Amplify, Reflect, Start again.",
             italic=True, size=8)],
    ])
    data = form.to_bytes(title="Appreciative Inquiry into an Observed Session", written=inquiry,
                         editor=sample.auditor)
    personal = personal_of(sample, *children_personal(family))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
