"""Held-out family: a staged direct observation record (Word), modelled on
Skills for Care's "Direct observation documents and supporting guidance"
(its ASYE pages, around 2017-18, and its 2022 "ASYE templates" page), as a
children's service adapts it for managers observing a social worker's direct
work with a child or family.

What comes from the source (the pages list the templates, they do not show
the forms' layouts): the observation is recorded in numbered parts, a part
completed by the practitioner before the observation (preparation and
planning) and parts completed by the assessor afterwards (the observation
judged against standardised assessment criteria, then an overarching
holistic assessment); the form's heading carries the direct observation's
number ("2: DO"), changed by hand when more observations are needed; the
assessor's holistic judgement closes the record, and a reflective
conversation with the practitioner follows the observation.

What is our judgement: everything about the layout. The council's name in a
brand colour; a details block (a two-column table, a four-column grid,
"Label: value" lines, or labels over values) with the practitioner, the
observer, team, service, date, the setting or activity observed, who was
present, and (most files) the child's name, date of birth and case
reference, plain or prefixed; a "Part 1a" of the practitioner's planning
(purpose, consent); a "Part 2a" table of criteria ticked where evidenced,
without grades (so the truth has no section grades); a "Part 2c" with the
strengths and areas for development (bullets, numbered, a paragraph, or two
columns), the overall judgement (typed as people type it, a number on a
printed key, the four grades printed with the chosen one bold and
highlighted, ticked boxes, the others struck through, or a mark under one of
four grade columns), and whether a reflective discussion was held (typed or
as ticked boxes); learning actions for the practitioner's development plan
(a table, numbered lines with dates, or a sentence saying there are none);
and, where the Head of Service has read the record, their box or lines in
their own ink colour. Group sessions at the family hub name the parents who
attended and carry no child's details or case reference.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import OBSERVATION
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX
from bot.samples.people import FAMILY_SURNAMES
from bot.samples.population import sample_forms

from . import common
from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "staged_direct_observation_record"
SEED = 10101

TITLES = (
    "Direct Observation of Practice – {n}: DO",
    "{n}: DO  Direct observation record",
    "Observation of Direct Practice ({n}: DO)",
    "DIRECT OBSERVATION {n} – RECORD OF OBSERVED PRACTICE",
)
DETAIL_LABELS = {
    "practitioner": ("Social worker observed", "Practitioner", "Name of worker observed"),
    "observer": ("Observer / assessor", "Observed by", "Assessor (manager)"),
    "team": ("Team",),
    "service": ("Service area", "Service"),
    "date": ("Date of observation", "Date observed"),
    "setting": ("Activity observed", "Setting / activity", "Type of direct work observed"),
    "child": ("Child's name", "Child / young person"),
    "dob": ("DOB", "Date of birth"),
    "case": ("Case number", "LCS ID", "Child's ID"),
    "present": ("Who was present", "Others present"),
}
PURPOSES = (
    "To review the plan with the family and hear the child's views about home and school.",
    "To explain the next steps in the plan and check the family understand what is expected.",
    "To complete a piece of direct work and update the assessment with the child's wishes and feelings.",
)
GROUP_PURPOSE = "To deliver the parenting group session and gather parents' feedback on the programme."
CRITERIA = (
    "Preparation and purpose of the session",
    "Communication with the child and family",
    "Focus on the child's lived experience",
    "Use of authority and respectful challenge",
    "Application of knowledge, law and theory",
    "Recording of the session and next steps",
)
KEY_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY_WORDS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
NO_ACTIONS = (
    "No further actions arising from this observation.",
    "Learning actions: none – to be picked up in routine supervision.",
    "There are no specific actions from this observation.",
)
ACTION_HEADERS = (
    ("Learning / development action", "Who", "By when"),
    ("Action for PDP", "Responsible", "Target date"),
)


def _observations(today: date) -> list:
    forms = [form for form in sample_forms(600, seed=SEED, today=today) if form.kind == OBSERVATION]
    group = [form for form in forms if form.child is None][:2]
    moderated = [form for form in forms if form.child is not None and form.moderation is not None][:5]
    chosen = group + moderated
    for form in forms:
        if len(chosen) >= 16:
            break
        if form not in chosen and form.child is not None:
            chosen.append(form)
    return sorted(chosen, key=lambda form: (form.date, form.practitioner))


def _details(document, rng: random.Random, rows: list[tuple[str, str]], brand: str) -> None:
    style = rng.choice(("table", "grid", "lines", "over"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        pairs = [rows[index:index + 2] for index in range(0, len(rows), 2)]
        grid = table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (name, value) in enumerate(pair):
                label(row.cells[offset * 2], name, "DEEAF6")
                write(row.cells[offset * 2 + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:
        for name, value in rows:
            paragraph(document, name, bold=True, colour=brand, size=9)
            paragraph(document, value)


def _sentences(document, rng: random.Random, heading: str, items: tuple[str, ...], style: str) -> None:
    paragraph(document, heading, bold=True)
    if style == "bullets":
        for item in items:
            paragraph(document, f"• {item}")
    elif style == "numbered":
        for number, item in enumerate(items, 1):
            paragraph(document, f"{number}. {item}")
    else:
        paragraph(document, " ".join(items))


def _grade(document, rng: random.Random, grade: str, brand: str) -> None:
    style = rng.choice(("typed", "key", "bold", "boxes", "struck", "columns"))
    heading = rng.choice(("Overall judgement of the practice observed", "Assessor's overall judgement",
                          "Overall grade"))
    if style == "typed":
        line = paragraph(document)
        run(line, f"{heading}: ", bold=True)
        run(line, informal_grade(rng, grade))
        return
    if style == "key":
        paragraph(document, "Key: " + ", ".join(f"{n} = {word}" for n, word in enumerate(KEY_WORDS, 1)),
                  italic=True, size=9)
        line = paragraph(document)
        run(line, f"{heading} (1–4): ", bold=True)
        run(line, str(KEY_ORDER.index(grade) + 1))
        return
    if style == "columns":
        paragraph(document, heading, bold=True)
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, 2, 4)
        for index, (value, word) in enumerate(columns):
            label(grid.cell(0, index), word, "DEEAF6")
            if value == grade:
                mark(grid.cell(1, index), symbol)
        return
    paragraph(document, heading, bold=True)
    line = paragraph(document)
    for index, (value, word) in enumerate(zip(KEY_ORDER, KEY_WORDS)):
        if index:
            run(line, "   ")
        chosen = value == grade
        if style == "bold":
            run(line, word, bold=chosen, highlight=chosen)
        elif style == "boxes":
            run(line, f"{CHECKED_BOX if chosen else UNCHECKED_BOX} {word}")
        else:
            run(line, word, strike=not chosen)


def _reflective(document, rng: random.Random, held: bool, when: str) -> None:
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective conversation held with the worker?",
                           "Post-observation reflective discussion completed?"))
    style = rng.choice(("typed", "boxes", "sentence"))
    if style == "typed":
        line = paragraph(document)
        run(line, f"{question} ", bold=True)
        run(line, rng.choice(("Yes", "yes", "Y")) if held else rng.choice(("No", "no", "Not yet")))
    elif style == "boxes":
        line = paragraph(document)
        run(line, f"{question}  ", bold=True)
        run(line, f"{CHECKED_BOX if held else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if held else CHECKED_BOX} No")
    elif held:
        paragraph(document, f"A reflective discussion was held with the practitioner on {when}.")
    else:
        paragraph(document, "A reflective discussion has not yet taken place; it will be arranged in supervision.")


def _actions(document, rng: random.Random, actions, when) -> None:
    brand_line = rng.choice(("Learning actions (for the PDP)", "Agreed actions – by who, by when",
                             "Development actions"))
    paragraph(document, brand_line, bold=True)
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if rng.random() < 0.55:
        common.actions_table(document, rng, actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _moderation(document, rng: random.Random, sample, when) -> None:
    moderation = sample.moderation
    ink = rng.choice(MODERATION_INKS)
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, "Head of Service read and authorised", bold=True)
            box = table(document, 2, 2)
            label(box.cell(0, 0), "Name / date", "F2F2F2")
            label(box.cell(1, 0), "Comments", "F2F2F2")
        return
    if rng.random() < 0.5:
        common.moderation_box(
            document, rng, sample, moderation,
            labels=("Read by (Head of Service)", "Date read", "Agree with judgement?", "HoS judgement",
                    "Head of Service comments"),
            agree=("Yes", "No"), not_moderated=("",), ink=ink, when=when)
    else:
        paragraph(document, "Head of Service comments", bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink)


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{SEED}:{FAMILY}:{index}")
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    others: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    group = sample.child is None
    if not group and rng.random() < 0.45:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    document = new_document(rng)
    brand_heading(document, council_line(rng), brand, size=12)
    paragraph(document, rng.choice(TITLES).format(n=rng.choice((1, 2, 3, 5))), bold=True, size=14)
    labels = {key: rng.choice(options) for key, options in DETAIL_LABELS.items()}
    rows = [
        (labels["practitioner"], sample.practitioner),
        (labels["observer"], sample.auditor),
        (labels["team"], sample.team),
        (labels["service"], sample.service),
        (labels["date"], when(sample.date)),
        (labels["setting"], sample.setting),
    ]
    if group:
        others = tuple(common.attendees(rng, FAMILY_SURNAMES, rng.randint(2, 4)))
        rows.append((labels["present"], ", ".join(others) + " (parents)"))
    else:
        child = sample.child
        if rng.random() < 0.85:
            also = (when(child.date_of_birth),)
            rows += [(labels["child"], child.full_name), (labels["dob"], also[0])]
        rows.append((labels["case"], sample.case_id))
        present = [f"{parent} (parent)" for parent in child.parents]
        if rng.random() < 0.4 and sample.setting in ("Home visit", "Family time session", "Core group meeting"):
            brothers = common.siblings(rng, child, 1, today)
            others = tuple(name for name, _ in brothers)
            present += [f"{name} (sibling)" for name in others]
        rows.append((labels["present"], ", ".join(present)))
    _details(document, rng, rows, brand)

    brand_heading(document, "Part 1a – Preparation and planning (completed by the practitioner)", brand, size=11)
    line = paragraph(document)
    run(line, "Purpose of the observed session: ", bold=True)
    run(line, GROUP_PURPOSE if group else rng.choice(PURPOSES))
    line = paragraph(document)
    run(line, "Consent for the observation obtained from the family: ", bold=True)
    run(line, "Yes – verbal consent at the start of the session")

    brand_heading(document, "Part 2a – Observation against the assessment criteria (assessor)", brand, size=11)
    criteria = table(document, len(CRITERIA) + 1, 2)
    label(criteria.cell(0, 0), "Criterion", "DEEAF6")
    label(criteria.cell(0, 1), "Evidenced (\u2713)", "DEEAF6")
    for row, criterion in zip(criteria.rows[1:], CRITERIA):
        write(row.cells[0], criterion)
        if rng.random() < 0.75:
            write(row.cells[1], "\u2713")

    brand_heading(document, "Part 2c – Overarching holistic assessment (assessor)", brand, size=11)
    layout = rng.choice(("bullets", "numbered", "paragraph", "columns"))
    strengths_heading = rng.choice(("Strengths of the practice observed", "What went well"))
    develop_heading = rng.choice(("Areas for development", "Even better if"))
    if layout == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), strengths_heading, "E2EFDA")
        label(grid.cell(0, 1), develop_heading, "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"• {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"• {item}")
    else:
        _sentences(document, rng, strengths_heading, sample.strengths, layout)
        _sentences(document, rng, develop_heading, sample.development_areas, layout)
    _grade(document, rng, sample.grade, brand)
    _reflective(document, rng, sample.reflective_discussion, when(sample.date))
    _actions(document, rng, sample.actions, when)
    if rng.random() < 0.5:
        line = paragraph(document)
        run(line, "Assessor's signature: ", bold=True)
        run(line, f"{sample.auditor}   ")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
    _moderation(document, rng, sample, when)
    data = finish_docx(document, "Direct observation record", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


def build(today: date) -> list[HeldOutForm]:
    return [_build_one(index, sample, today) for index, sample in enumerate(_observations(today), 1)]
