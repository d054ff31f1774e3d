"""`learning_briefing`: a "7-minute briefing" on what a themed audit
found – seven numbered boxes (background, what we did, what is working
well, what needs to improve, what happens next, questions for your team,
find out more) laid out as a grid, with no grade and no case.

Modelled on the structure of the 7-minute briefings the Lambeth
Safeguarding Children Partnership publishes after its multi-agency audits
(the key findings of an audit and what the partnership will do next, for
self-guided learning and team meetings) and on the practitioner briefings
through which the Isle of Wight Safeguarding Children Partnership shares
the learning of its audit programme. The box headings, the grid that
reads round the page like a clock face on some briefings, and the audit
lead, service, date and number of cases written in the second box are
our own judgement.

What it exercises: a thematic audit with no grade, case or practitioner;
the theme, the lead, the date and the number of cases inside a box of
prose, sometimes as labels and sometimes in sentences ("We read 6
children's records on Thursday 15th October 2026"); boxes numbered 1 to 7
whose reading order in the table is not their number order; strengths,
areas for development and actions as lines under box headings; a box of
questions for teams that are neither findings nor actions.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..tool_phrases import THEMATIC_AUDIT
from ..tools import ToolField
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    drawn,
    personal_of,
    role_of,
    spell_date,
    variant_rng,
    write_lines,
)

FAMILY = "learning_briefing"
BRAND = "00506E"
PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
QUESTIONS = (
    "How do you make sure the child's own words reach the plan?",
    "When did your team last look at a chronology together?",
    "What stops you escalating when a partner does not attend?",
    "How would a parent know what needs to change, and by when?",
)
MORE = ("The partnership's multi-agency procedures: neglect, and assessment.",
        "The Graded Care Profile 2 training calendar on the partnership's website.",
        "Your service's practice standards and the audit tool used for this audit.")
# Where each box sits in a four-by-two grid (slots numbered along the rows):
# in number order, or round the page like a clock face (1 top left, 2 top
# right, then down the right side and back up the left). The slot left
# over holds a note on using the briefing.
ORDERS = {"rows": (0, 1, 2, 3, 4, 5, 6), "clock": (0, 1, 3, 5, 7, 6, 4)}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(THEMATIC_AUDIT, count, seed=seed + 179, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _counted(sample):
    """The sample with its cases given as a number only: a briefing lists no case."""
    fields = {field.key: field for field in sample.own}
    cases = fields["cases_sampled"].expected
    own = (fields["theme"], ToolField("cases_sampled", "Number of cases audited", str(cases), cases))

    def agreeing(items):  # the pool's sentences count "of the 6 cases sampled"
        return tuple(item.replace("of the 6 cases", f"of the {cases} cases") for item in items)

    return replace(sample, own=own, strengths=agreeing(sample.strengths),
                   development_areas=agreeing(sample.development_areas))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = _counted(sample)
    fields = {field.key: field for field in sample.own}
    theme, cases = fields["theme"].written, fields["cases_sampled"].expected
    as_sentences = rng.random() < 0.5
    lead = f"{sample.auditor} ({role_of(sample.auditor)[0]})"
    if as_sentences:
        did = [f"{lead} led the audit for the {sample.service} service.",
               f"We read {cases} children's records on "
               f"{spell_date(sample.date, rng.choice(('weekday dth month yyyy', 'weekday d month yyyy')))}, "
               "then talked to the practitioners and managers involved."]
    else:
        did = [[Ink("Audit lead: ", bold=True), lead], [Ink("Service: ", bold=True), sample.service],
               [Ink("Date of audit: ", bold=True), spell_date(sample.date, rng.choice(("dd/mm/yyyy", "d month yyyy")))],
               [Ink("Number of cases audited: ", bold=True), str(cases)]]
    boxes = [
        ("Background", [[Ink("Theme: ", bold=True), theme],
                        "The partnership audits one theme each quarter, with partners reading the same records."]),
        ("What we did", did),
        ("What's working well", list(sample.strengths)),
        ("What needs to improve", list(sample.development_areas)),
        ("What happens next", [f"{action.action} \u2013 {action.owner} \u2013 by "
                               f"{spell_date(action.due, 'dd/mm/yyyy')}" for action in sample.actions]),
        ("Questions for your team", list(rng.sample(QUESTIONS, rng.randint(2, 3)))),
        ("Find out more", [rng.choice(MORE)]),
    ]
    order = ORDERS[rng.choice(("rows", "clock"))]

    form = WordForm(font=rng.choice(("Arial", "Century Gothic")), size=10, landscape=True)
    form.page_header(Ink(PARTNERSHIP, bold=True, colour=BRAND))
    form.paragraph(Ink("7-Minute Briefing: Learning from Audit", bold=True, size=18, colour=BRAND))
    form.paragraph(Ink(theme, bold=True, size=13))
    grid = form.table(4, 2)
    for number, ((heading, lines), slot) in enumerate(zip(boxes, order), start=1):
        cell = grid.cell(slot // 2, slot % 2)
        write_lines(cell, [[Ink(f"{number}. {heading}", bold=True, colour=BRAND, size=12)], *lines])
    spare = next(slot for slot in range(8) if slot not in order)
    write_lines(grid.cell(spare // 2, spare % 2), [[Ink("Share this briefing at your next team meeting; it takes about seven "
                                       "minutes to read and discuss.", italic=True)]])
    data = form.to_bytes(title="7-Minute Briefing: Learning from Audit", written=sample.date, editor=sample.auditor)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal_of(sample))
