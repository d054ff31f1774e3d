"""Held-out family: a safeguarding partnership's multi-agency audit of one
family's Early Help Assessment (EHA) and plan, Word only.

Source: Cambridgeshire and Peterborough Safeguarding Children Board (now
Partnership), "Early Help Assessment Audit Briefing", an undated web page
reporting a multi-agency audit of 45 EHAs started between 1 September and
1 November 2017,
https://safeguardingcambspeterborough.org.uk/portfolio-item/early-help-assessment-audit-briefing/.
A Safeguarding Partnership's multi-agency audit: both councils are already
named in the project, this document is not.

What came from the source: that the partnership's agencies audit EHAs one
at a time; the things the audit looked at, as its findings report them
(whether the practitioner's own details are complete on the EHA, rated
"met", "partially met" or "not met"; the quality of the assessment, its
relevant information and its analysis; the voice of the child; extended
family and friends and what they think).

What is our judgement (the page shows the findings, not the form): the
whole layout, and the areas on the plan, its Team Around the Family reviews
and outcomes. A partnership title under the council's brand line; a details
block about the child, the EHA and the lead practitioner, with the "met /
partially met / not met" rating of the lead practitioner's details; six
graded areas (five on some files) with a prompt, the auditor's evidence and
one of the four Ofsted grades; an overall grade; yes/no questions (were the
child's and family's views sought, is there an immediate safeguarding
concern); what is working well and what needs to improve; actions by whom
and when; the Early Help Head of Service's moderation typed in colour.

What varies from file to file: the details block (label and value rows, a
four-column grid, "Label: value" lines, labels over values), whether the
child's name and date of birth are given (most files), siblings; date
spellings; plain, prefixed and Early Help system case references; how area
grades are given (typed as people type them, a number on a printed 1-4 key,
a mark under one of four grade columns, the four grades printed with the
chosen one bold and highlighted, ticked, or the others struck through);
five or six areas; yes/no answers typed or ticked; strengths and areas for
development as bullets, numbered lines or two columns; actions as a table,
numbered lines or a "no actions" sentence; moderation as a box, as lines in
the moderator's ink, or absent.

The sample builder's Early Help audits are reused with their six sections
renamed to this tool's areas, so the truth's `section_grades` carry the
names written on the form.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import EARLY_HELP_AUDIT, Moderation
from bot.samples.population import sample_forms
from bot.samples.wording import GRADES

from . import common
from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    MARKS,
    MODERATION_INKS,
    HeldOutForm,
    brand_heading,
    date_writer,
    finish_docx,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "eha_partnership_audit"
SEED = 10085
COUNT = 16

# The sample's Early Help sections, in order, renamed to this tool's areas.
AREAS = (
    "Voice of the child",
    "Quality of the assessment and analysis",
    "The Early Help plan",
    "Views of the wider family and network",
    "Team Around the Family reviews",
    "Outcomes and impact for the family",
)
PROMPTS = (
    "Is the child's own view recorded in their words? Were they seen on their own?",
    "Does the EHA hold the relevant information and analyse what it means for the child?",
    "Is the plan SMART, owned by the family and linked to the needs identified?",
    "Are extended family and friends recorded, with what they think and can offer?",
    "Has the plan been reviewed every 6 to 8 weeks with the family and the agencies involved?",
    "Is there evidence of what has changed for the child because of the help given?",
)
TITLES = ("Multi-agency Early Help Assessment Audit", "Early Help Assessment (EHA) Multi-Agency Audit Tool",
          "EHA Quality Audit – Multi-Agency")
PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
SHORT_GRADES = dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
KEY = dict(zip(GRADES, ("1", "2", "3", "4")))
HOLDS = ("Met", "Partially met", "Not met")
NO_ACTIONS = ("No further actions arising from this audit.", "Actions: none – the plan is on track.",
              "No actions required; feedback given to the lead practitioner.")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("What needs to happen", "Who", "Timescale", "Done?"),
                  ("Action agreed", "Responsible", "Date due"))


def _choose(today: date) -> list:
    """Sixteen Early Help audits, keeping the first Outstanding and the first
    Inadequate so every grade appears."""
    pool = [form for form in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    keep = []
    for grade in (GRADES[0], GRADES[3]):
        keep += [form for form in pool if form.grade == grade][:1]
    for form in pool:
        if len(keep) == COUNT:
            break
        if form not in keep:
            keep.append(form)
    return sorted(keep, key=pool.index)


def _rename(sample, areas: int, rng: random.Random):
    """The sample with this tool's area names, `areas` of them, and a case
    reference as the Early Help system writes it on some files."""
    names = dict(zip((section.name for section in sample.sections), AREAS))
    sections = tuple(replace(section, name=names[section.name]) for section in sample.sections)[:areas]
    kept = {section.name for section in sections}
    moderation = sample.moderation
    if moderation:
        remarks = {names[name]: text for name, text in moderation.section_comments.items() if names[name] in kept}
        moderation = replace(moderation, section_comments=remarks)
    reference = rng.choice((sample.case_id, sample.case_id, common.early_help_reference(rng, sample.case_id),
                            common.case_reference(rng, sample.case_id)))
    actions = sample.actions
    if len(actions) == 1 and sample.grade in GRADES[:2] and rng.random() < 0.7:
        actions = ()
    return replace(sample, sections=sections, moderation=moderation, case_id=reference, actions=actions)


# --- parts of the form --------------------------------------------------------------


def _details(document, rng, sample, when, others, brand) -> None:
    child = sample.child
    fields = []
    if rng.random() < 0.88:
        fields += [(rng.choice(("Child's name", "Child / young person", "Name of child")), child.full_name),
                   (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth))]
    fields += [
        (rng.choice(("EHA reference", "Case number", "EHA / case ref")), sample.case_id),
        (rng.choice(("Lead practitioner", "Lead professional", "Lead practitioner (name)")), sample.practitioner),
        (rng.choice(("Team", "Lead practitioner's team")), sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Auditor", "Audited by", "Name of auditor")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date)),
    ]
    if rng.random() < 0.5:
        fields.append(("Date EHA completed", when(sample.date - timedelta(days=rng.randint(40, 150)))))
    if others:
        fields.append((rng.choice(("Siblings", "Brothers and sisters")),
                       "; ".join(f"{name} ({when(born)})" for name, born in others)))
    held = rng.choices(HOLDS, weights=(6, 3, 1))[0]
    fields.append(("Lead practitioner's own details complete on the EHA", held))
    style = rng.choice(("rows", "grid", "lines", "over"))
    brand_heading(document, rng.choice(("Part 1: Details", "1. About the family and the EHA", "Audit details")),
                  brand, size=11)
    if style == "lines":
        for name, value in fields:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    elif style == "rows":
        grid = table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for index, (name, value) in enumerate(fields):
            cells = grid.rows[index // 2].cells
            label(cells[2 * (index % 2)], name, "F2F2F2")
            write(cells[2 * (index % 2) + 1], value)
    else:
        for start in range(0, len(fields), 3):
            chunk = fields[start:start + 3]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document)


def _evidence(sample, section, sibling_note, ink):
    """The auditor's evidence, then any moderator remark in ink."""
    parts = [(section.comment, None)]
    if sibling_note and section.name == AREAS[0]:
        parts.append((sibling_note, None))
    remark = sample.moderation.section_comments.get(section.name) if sample.moderation else None
    if remark:
        parts.append((f"HoS: {remark}", ink))
    return parts


def _write_parts(cell, parts) -> None:
    for text, colour in parts:
        write(cell, text, colour=colour)


def _printed_grades(target, grade, look: str) -> None:
    """The four grades printed in a row; the chosen one marked by `look`."""
    for index, (value, text) in enumerate(GRADE_COLUMNS[0]):
        chosen = value == grade
        if look == "strike":
            run(target, text, strike=not chosen)
        elif look == "tick":
            run(target, f"{'☒' if chosen else '☐'} {text}")
        else:
            run(target, text, bold=chosen, highlight=chosen)
        if index < 3:
            run(target, "     ")


def _areas(document, rng, sample, sibling_note, ink, brand) -> str:
    style = rng.choice(("typed", "columns", "printed", "key"))
    brand_heading(document, rng.choice(("Part 2: Audit areas", "2. Quality of the EHA and plan", "Audit findings")),
                  brand, size=11)
    if style == "key":
        paragraph(document, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True)
    if style in ("typed", "key"):
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence",
                                                    "Grade" if style == "typed" else "Grade (1-4)")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            if rng.random() < 0.5:
                write(row.cells[0], PROMPTS[AREAS.index(section.name)], italic=True, size=8)
            _write_parts(row.cells[1], _evidence(sample, section, sibling_note, ink))
            write(row.cells[2], informal_grade(rng, section.grade, note_chance=0.15) if style == "typed"
                  else KEY[section.grade])
    elif style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(text for _, text in order))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            _write_parts(row.cells[1], _evidence(sample, section, sibling_note, ink))
            column = [value for value, _ in order].index(section.grade)
            mark(row.cells[2 + column], symbol)
    else:
        look = rng.choice(("bold", "strike", "tick"))
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, PROMPTS[AREAS.index(section.name)], italic=True)
            for text, colour in _evidence(sample, section, sibling_note, ink):
                paragraph(document, text, colour=colour)
            line = paragraph(document)
            run(line, "Grade: ", bold=True)
            _printed_grades(line, section.grade, look)
        return f"printed-{look}"
    return style


def _overall(document, rng, sample, style: str) -> None:
    heading = rng.choice(("Overall grade for this EHA", "Overall judgement", "Overall audit grade"))
    if style.startswith("printed"):
        line = paragraph(document)
        run(line, f"{heading}: ", bold=True)
        _printed_grades(line, sample.grade, style.split("-")[1])
    elif style == "columns":
        paragraph(document, heading, bold=True)
        order = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (value, text) in enumerate(order):
            label(grid.cell(0, column), text, "DEEAF6")
            if value == sample.grade:
                mark(grid.cell(1, column), rng.choice(MARKS[:5]))
    elif style == "key":
        line = paragraph(document)
        run(line, f"{heading} (1-4): ", bold=True)
        run(line, f"{KEY[sample.grade]}" + rng.choice(("", f" ({SHORT_GRADES[sample.grade]})")))
    else:
        line = paragraph(document)
        run(line, f"{heading}: ", bold=True)
        run(line, informal_grade(rng, sample.grade))


def _questions(document, rng, sample) -> None:
    asked = []
    if sample.feedback_sought is not None:
        asked.append(("Were the child's and the family's views sought for the assessment?", sample.feedback_sought))
    asked.append((rng.choice(("Is there an immediate safeguarding concern needing escalation today?",
                              "Any immediate safety concerns (if yes, escalate to the MASH and the HoS)?")),
                  sample.urgent_concern))
    ticked = rng.random() < 0.5
    for question, answer in asked:
        line = paragraph(document)
        run(line, f"{question}  ", bold=True)
        if ticked:
            run(line, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
        else:
            run(line, rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
    if sample.urgent_concern:
        paragraph(document, f"Concern: {sample.urgent_concern_detail}")


def _summary(document, rng, sample, brand) -> None:
    good = rng.choice(("What is working well", "Strengths", "What went well"))
    better = rng.choice(("What needs to improve", "Areas for development", "Even better if"))
    style = rng.choice(("bullets", "numbered", "columns"))
    brand_heading(document, rng.choice(("Part 3: Summary", "3. Summary of findings", "Summary")), brand, size=11)
    if style == "columns":
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), good, "E2EFDA")
        label(grid.cell(0, 1), better, "FCE4D6")
        for index, text in enumerate(sample.strengths):
            write(grid.cell(index + 1, 0), text)
        for index, text in enumerate(sample.development_areas):
            write(grid.cell(index + 1, 1), text)
        return
    for heading, items in ((good, sample.strengths), (better, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, text in enumerate(items, 1):
            if style == "bullets":
                document.add_paragraph(text, style="List Bullet")
            else:
                paragraph(document, f"{number}. {text}")


def _actions(document, rng, sample, when, brand) -> None:
    brand_heading(document, rng.choice(("Part 4: Actions", "4. Actions for the lead practitioner", "Actions")),
                  brand, size=11)
    if sample.actions and rng.random() < 0.4:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)


def _moderation(document, rng, sample, when, ink, brand) -> None:
    moderation: Moderation | None = sample.moderation
    heading = rng.choice(("Part 5: Head of Service moderation", "5. Moderation (Head of Service)",
                          "Moderation"))
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, heading, brand, size=11)
            paragraph(document, rng.choice(("Not selected for moderation this month.", "Moderator: ",
                                            "Moderation: n/a")), italic=True)
        return
    brand_heading(document, heading, brand, size=11)
    if rng.random() < 0.5:
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by", "Date", "Agree with the overall grade?", "Moderated grade",
                                      "Comments"),
                              agree=("Yes", "No"), not_moderated=("",), ink=ink, when=when)
        return
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, bold=True)
    if moderation.grade:
        verdict = "I agree with the grade" if moderation.grade == sample.grade else "I do not agree: moderated grade"
        paragraph(document, f"{verdict}: {informal_grade(rng, moderation.grade)}", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)


# --- the family -----------------------------------------------------------------------


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    areas = 5 if rng.random() < 0.25 else 6
    sample = _rename(sample, areas, rng)
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    others = common.siblings(rng, sample.child, rng.randint(1, 2), today) if rng.random() < 0.4 else []
    sibling_note = common.mention(rng, common.SIBLING_SENTENCES, others[0][0]) if others else None

    document = new_document(rng)
    brand_heading(document, common.council_line(rng), brand)
    if rng.random() < 0.6:
        paragraph(document, PARTNERSHIP, bold=True)
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=14)
    paragraph(document, rng.choice((
        "To be completed by the auditing agency for one EHA. Return to the partnership's QA officer.",
        "Audit one Early Help Assessment and plan; give evidence for each grade.")), italic=True, size=9)
    _details(document, rng, sample, when, others, brand)
    paragraph(document)
    style = _areas(document, rng, sample, sibling_note, ink, brand)
    _overall(document, rng, sample, style)
    _questions(document, rng, sample)
    _summary(document, rng, sample, brand)
    _actions(document, rng, sample, when, brand)
    _moderation(document, rng, sample, when, ink, brand)
    if rng.random() < 0.5:
        paragraph(document, f"Auditor signature: {sample.auditor}     Date: {when(sample.date)}")
    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = finish_docx(document, title, sample.date, editor)
    names = tuple(name for name, _ in others)
    written = (when(sample.child.date_of_birth), *(when(born) for _, born in others))
    return common.held_out(FAMILY, index, sample, data, "docx", others=names, also=written)


def build(today: date) -> list[HeldOutForm]:
    """Sixteen filled-in partnership EHA audits, the same for the same `today`."""
    return [_build_one(index, sample, today) for index, sample in enumerate(_choose(today), 1)]

