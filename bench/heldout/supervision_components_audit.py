"""Supervision audit tool of a Children's Social Care Service's supervision
policy: a Head of Service audits the supervision file of one worker and
grades the key components of effective supervision.

Source: "Children's Social Care Service – Supervision (supplementary)
Policy, Appendix 4: The Supervision Audit Tool", a council document
reproduced at https://docsbay.net/children-s-social-care-service (the page
does not name the council and shows no year). What the page shows, and
what comes from it here: the tool sits as an appendix of the service's
supplementary supervision policy and is titled "The Supervision Audit
Tool"; it opens with a paragraph on its purpose (supervision that is
timely, effective and reflective, checked against the key components the
policy sets out; timeliness also checked by a separate frequency tool) and
a note on selecting files to audit (choose a worker whose case file audits
raised practice issues); then a details grid of label/value pairs two to a
row, "Name of Manager:" beside "Team:" and "Name of Auditor:" beside
"Post:". Only those parts of the layout are visible on the page.

Our judgement (the page shows no more of the form): the rest of the
details (the worker supervised, service, date, period and sessions
reviewed); a short block of yes/no compliance checks; the graded
components in a table (named after the policy's "timely, effective and
reflective", or the sample's own area names), graded in one of four ways
(typed, a number on a printed key, the four grades printed with the chosen
one marked, a mark under one of four grade columns); an overall judgement;
strengths and areas for development; actions; a list of the children
whose records were checked for case supervision (names and dates of
birth, as supervision audits that look at the child's record carry them);
and a feedback line. There is no Head of Service moderation box: the
auditor here is the Head of Service.

What varies across the 16 files: the council line's brand colour and
directorate; the title's wording and capitals; how the details are laid
out (the source's two-pairs-a-row grid, "Label: value" lines, labels over
values); date spellings; how component and overall grades are given;
four or five components; strengths and areas for development as bullets,
paragraphs or two columns; actions as a table, numbered lines or a
sentence saying there are none; compliance checks typed or as ticked
boxes; whether children's records are listed and a feedback date given.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.people import invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "supervision_components_audit"
SEED = 10098

# The policy asks for supervision that is "timely, effective and reflective";
# one way of naming the components after it, in the sample's area order.
_COMPONENT_NAMES = (
    "Timely – frequency of supervision",
    "Reflective – reflection and analysis",
    "Effective – case direction and planning",
    "Effective – decisions and reasons recorded",
    "Supportive – support and constructive challenge",
)
_PRINTED = {
    OUTSTANDING: "Outstanding",
    GOOD: "Good",
    REQUIRES_IMPROVEMENT: "Requires improvement to be good",
    INADEQUATE: "Inadequate",
}
_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
_CHECKS = (
    "Is there a signed supervision agreement on the file?",
    "Are the supervision records signed by both manager and worker?",
    "Has supervision taken place as often as the policy requires?",
)
_CASE_NOTES = (
    "Case supervision recorded on the child's record with a clear plan.",
    "Case supervision on file but the reasons for the decision are thin.",
    "Case direction recorded; timescales not always given.",
    "Last case supervision more than eight weeks ago.",
)
_NO_ACTIONS = ("No actions arising from this audit.", "No actions required – supervision meets the standard.",
               "Actions: none identified.")
_ACTION_HEADERS = (("Action", "By who", "By when"), ("Action agreed", "Responsible", "Timescale"),
                   ("Action", "Lead", "Date due", "Completed"))


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    return [_one(index, sample, today) for index, sample in enumerate(samples)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    own = {field.key: field for field in sample.own}

    # Changes the layout makes to what the manager wrote.
    if index % 2 == 0:
        sections = tuple(replace(section, name=name) for section, name in zip(sample.sections, _COMPONENT_NAMES))
        sample = replace(sample, sections=sections)
    if index in (3, 9, 14):
        sample = replace(sample, sections=sample.sections[:4])
    if index in (5, 11, 15):
        sample = replace(sample, actions=())

    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng) if rng.random() < 0.7 else common.COUNCIL, brand,
                         size=12)
    common.paragraph(document, "Children's Social Care Service – Supervision (supplementary) Policy, Appendix 4",
                     italic=True, size=9)
    title = rng.choice(("The Supervision Audit Tool", "Supervision Audit Tool", sample.title))
    common.brand_heading(document, title.upper() if rng.random() < 0.3 else title, brand, size=14)
    common.paragraph(document, "Use this tool to judge whether the worker's supervision is timely, effective and "
                               "reflective against the key components in the policy. Frequency is also checked "
                               "on the separate frequency audit.", italic=True, size=9)
    if rng.random() < 0.5:
        common.paragraph(document, "Selecting files: start with workers whose recent case file audits raised "
                                   "practice issues.", italic=True, size=9)

    _details(document, rng, sample, own, when, index)
    others: list[str] = []
    also: list[str] = []
    if index % 4 != 3:
        _children(document, rng, today, when, others, also)
    _checks(document, rng, sample)
    _components(document, rng, sample, index)
    _overall(document, rng, sample, index)
    _findings(document, rng, sample, index)
    _actions(document, rng, sample, when, index)
    if rng.random() < 0.4:
        shared = min(today, sample.date + timedelta(days=rng.randint(2, 9)))
        common.paragraph(document, f"Feedback shared with the manager on: {when(shared)}")
    if rng.random() < 0.5:
        common.paragraph(document, f"Auditor signature: {sample.auditor}")
    data = common.finish_docx(document, title, sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _details(document, rng, sample, own, when, index) -> None:
    sessions = own["session_dates"].written
    session_text = ", ".join(when(day) for day in sessions)
    pairs = [
        (rng.choice(("Name of Manager:", "Name of Manager (supervisor):", "Supervising manager:")),
         own["supervisor"].written),
        ("Team:", sample.team),
        ("Name of Auditor:", sample.auditor),
        ("Post:", "Head of Service"),
        (rng.choice(("Name of Worker:", "Supervisee:", "Worker whose supervision was audited:")), sample.practitioner),
        ("Service:", sample.service),
        (rng.choice(("Date of audit:", "Date audit completed:")), when(sample.date)),
        (f"{own['period_covered'].label}:", own["period_covered"].written),
    ]
    style = index % 3
    if style == 0:  # the source's grid: two label/value pairs a row
        grid = common.table(document, len(pairs) // 2 + 1, 4)
        for number, (text, value) in enumerate(pairs):
            row, column = divmod(number, 2)
            common.label(grid.cell(row, column * 2), text, "F2F2F2")
            common.write(grid.cell(row, column * 2 + 1), value)
        last = grid.rows[-1].cells
        merged = last[1].merge(last[3])
        common.label(last[0], f"{own['session_dates'].label}:", "F2F2F2")
        common.write(merged, session_text)
    elif style == 1:  # "Label: value" lines
        for text, value in pairs:
            line = common.paragraph(document)
            common.run(line, f"{text} ", bold=True)
            common.run(line, value)
        line = common.paragraph(document)
        common.run(line, f"{own['session_dates'].label}: ", bold=True)
        common.run(line, session_text)
    else:  # labels over values
        grid = common.table(document, 4, 4)
        for number, (text, value) in enumerate(pairs):
            row, column = divmod(number, 4)
            common.label(grid.cell(row * 2, column), text.rstrip(":"), "DEEAF6")
            common.write(grid.cell(row * 2 + 1, column), value)
        common.paragraph(document, f"{own['session_dates'].label}:", bold=True)
        for day in sessions:
            common.paragraph(document, f"• {when(day)}")


def _children(document, rng, today, when, others, also) -> None:
    common.paragraph(document, rng.choice(("Children's records checked for case supervision",
                                           "Case supervision sampled on the child's record")), bold=True)
    children = [invent_child(rng, today) for _ in range(rng.randint(2, 3))]
    grid = common.table(document, len(children) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Child's name", "Date of birth", "What the record showed")):
        common.label(cell, text, "F2F2F2")
    for row, child in zip(grid.rows[1:], children):
        born = when(child.date_of_birth)
        common.write(row.cells[0], child.full_name)
        common.write(row.cells[1], born)
        common.write(row.cells[2], rng.choice(_CASE_NOTES))
        others.append(child.full_name)
        also.extend((child.surname, born, child.date_of_birth.isoformat()))


def _checks(document, rng, sample) -> None:
    common.paragraph(document, "Part 1 – Compliance", bold=True)
    frequency_met = sample.sections[0].grade in (OUTSTANDING, GOOD)
    answers = (rng.random() < 0.8, rng.random() < 0.7, frequency_met)
    boxes = rng.random() < 0.5
    grid = common.table(document, len(_CHECKS), 2)
    for row, question, answer in zip(grid.rows, _CHECKS, answers):
        common.write(row.cells[0], question)
        if boxes:
            common.write(row.cells[1], f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
        else:
            common.write(row.cells[1], rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))


def _grade_options(cell, grade: str, look: str) -> None:
    """The four grades printed in a cell, the chosen one marked by `look`."""
    target = cell.paragraphs[-1]
    for number, option in enumerate(_ORDER):
        if number:
            common.run(target, " / ")
        chosen = option == grade
        if look == "bold":
            common.run(target, _PRINTED[option], bold=chosen)
        elif look == "highlight":
            common.run(target, _PRINTED[option], highlight=chosen)
        else:  # strike the others through
            common.run(target, _PRINTED[option], strike=not chosen, bold=chosen)


def _components(document, rng, sample, index) -> None:
    common.paragraph(document, "Part 2 – Quality of supervision: key components", bold=True)
    style = index % 4 if index < 12 else rng.randrange(4)
    area = rng.choice(("Component", "Key component", "Area of practice"))
    if style == 1:
        common.paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                                   "4 = Inadequate", italic=True, size=9)
    if style == 3:
        columns = rng.choice(common.GRADE_COLUMNS)
        symbol = rng.choice(common.MARKS)
        grid = common.table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (area, *(name for _, name in columns), "Evidence")):
            common.label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            common.write(row.cells[0], section.name)
            for cell, (grade, _) in zip(row.cells[1:5], columns):
                if grade == section.grade:
                    common.mark(cell, symbol)
            common.write(row.cells[5], section.comment)
        return
    grid = common.table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, (area, "Grade", "Evidence / comments")):
        common.label(cell, text, "DEEAF6")
    look = rng.choice(("bold", "highlight", "strike"))
    for row, section in zip(grid.rows[1:], sample.sections):
        common.write(row.cells[0], section.name)
        if style == 0:
            common.write(row.cells[1], common.informal_grade(rng, section.grade))
        elif style == 1:
            common.write(row.cells[1], str(_ORDER.index(section.grade) + 1))
        else:
            _grade_options(row.cells[1], section.grade, look)
        common.write(row.cells[2], section.comment)


def _overall(document, rng, sample, index) -> None:
    heading = rng.choice(("Overall judgement on the quality of supervision", "Overall grade",
                          "Overall judgement"))
    style = (index // 2) % 4
    line = common.paragraph(document)
    common.run(line, f"{heading}: ", bold=True)
    if style == 0:
        common.run(line, common.informal_grade(rng, sample.grade, note_chance=0.3))
    elif style == 1:
        for option in _ORDER:
            common.run(line, f"{'☒' if option == sample.grade else '☐'} {_PRINTED[option]}   ")
    elif style == 2:
        cell_line = line
        for number, option in enumerate(_ORDER):
            if number:
                common.run(cell_line, " / ")
            common.run(cell_line, _PRINTED[option], highlight=option == sample.grade, bold=option == sample.grade)
    else:
        common.run(line, _PRINTED[sample.grade], bold=True, colour=rng.choice(common.BRAND_COLOURS))


def _findings(document, rng, sample, index) -> None:
    strengths_label = rng.choice(("Strengths", "Strengths identified", "What is working well in supervision"))
    development_label = rng.choice(("Areas for development", "Areas for development identified",
                                    "What needs to improve (areas for development)"))
    style = index % 3
    if style == 0:  # two columns
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), strengths_label, "E2EFDA")
        common.label(grid.cell(0, 1), development_label, "FCE4D6")
        for text in sample.strengths:
            common.write(grid.cell(1, 0), f"• {text}")
        for text in sample.development_areas:
            common.write(grid.cell(1, 1), f"• {text}")
    elif style == 1:  # bullets under headings
        for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            common.paragraph(document, heading, bold=True)
            for text in items:
                common.paragraph(document, f"- {text}")
    else:  # paragraphs, one item to a paragraph
        for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            common.paragraph(document, f"{heading}:", bold=True)
            for text in items:
                common.paragraph(document, text)


def _actions(document, rng, sample, when, index) -> None:
    common.paragraph(document, rng.choice(("Actions", "Actions agreed with the manager", "Action plan")), bold=True)
    if not sample.actions or index % 2 == 0:
        common.actions_table(document, rng, sample.actions, _ACTION_HEADERS, _NO_ACTIONS, when)
        return
    for number, action in enumerate(sample.actions, 1):
        common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
