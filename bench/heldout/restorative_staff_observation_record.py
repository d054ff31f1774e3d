"""Held-out family: a restorative staff observation record, as Word files.

Source: Leeds City Council, Children's Social Work Service, "Quality
Assurance Framework" (procedures manual chapter 1.1.3, added December 2014,
leedschildcare.proceduresonline.com/chapters/p_quality_ass_frwork.html).
Leeds is an organisation the project has already named; this is a
different document of theirs. What the page shows and we took: the
framework's parts (case file audits, supervision audit, staff
observation, observation of meetings), its principles (child centred,
restorative "high support and high challenge", reflective, shared
learning) and an appendix drawing on Ofsted's handbook for observations of
practice. The page as stored shows no observation form, so the layout is
our judgement: a council line in a brand colour; the record's title; part
1, the observation details (worker observed, observer, team, service, the
activity observed, the child and case reference); part 2, ungraded notes
against a few observation-of-practice prompts in the spirit of the
Ofsted appendix (the prompts are our own wording); part 3, the
restorative feedback ("what went well", "what could be even better") and
whether a restorative reflective conversation was held; part 4, learning
and actions; the observer's overall judgement of the practice seen; and
the Head of Service's "read and authorised" note.

What varies across the 16 files, as managers fill in the same template:
the details block (two-column table, four-column grid, "Label: value"
lines, labels over values); date spellings; plain and prefixed case
references; the child's date of birth and others present at a home visit
(brothers and sisters) on some; the overall judgement typed, a number on a
printed 1-4 key, the four judgements printed with the chosen one
highlighted, bold or ticked or the others struck through, or a mark
under one of four grade columns; feedback as bullets, numbered lines or two
columns side by side; actions as a table, numbered lines or a sentence
saying there are none; the reflective conversation typed or as ticked
boxes; the Head of Service's note typed in their own colour, as a box, or
absent (then the sample carries no moderation).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import OBSERVATION
from bot.samples.population import sample_forms

from . import common
from .common import (
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "restorative_staff_observation_record"
SEED = 10116

_TITLES = ("Staff Observation Record", "Staff Observation – Record of Observed Practice",
           "Observation of Practice (Staff Observation)")
_KEY = ((OUTSTANDING, "1", "Outstanding"), (GOOD, "2", "Good"),
        (REQUIRES_IMPROVEMENT, "3", "Requires improvement to be good"), (INADEQUATE, "4", "Inadequate"))
# Observation-of-practice prompts (our wording), noted on but not graded.
_PROMPTS = (
    ("Focus on the child", ("The child's experience was kept at the centre of the discussion.",
                            "The worker brought the conversation back to the child's daily life.",
                            "Some of the discussion drifted to the adults' issues.")),
    ("Communication and relationship", ("Warm manner; the family appeared at ease.",
                                        "Plain language used throughout.",
                                        "Clear about the worries without blaming.")),
    ("Risk and need identified", ("The worries were named and linked to the plan.",
                                  "The worker checked what had changed since the last visit.",
                                  "Risk discussed but not summarised at the end.")),
    ("Involvement in decisions", ("The family's own ideas were invited and written down.",
                                  "Parents were asked what would help them most.",
                                  "Decisions were explained but the family's view was not asked.")),
)
_NO_ACTIONS = ("No further actions arising from this observation.",
               "No actions – learning to be picked up in supervision as usual.",
               "There are no actions from this observation.")
_ACTION_HEADERS = (("Learning / action", "Who", "By when"), ("Action agreed", "Lead", "Target date"),
                   ("What will happen", "By whom", "When"))


def build(today: date) -> list[HeldOutForm]:
    observations = [form for form in sample_forms(400, seed=SEED, today=today) if form.kind == OBSERVATION]
    chosen = [form for form in observations if form.setting != "Child protection conference"][:15]
    group = next(form for form in observations if form.child is None and form not in chosen)
    chosen.insert(9, group)
    return [_build_one(index, sample, today) for index, sample in enumerate(chosen, start=1)]


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    brand = common.BRAND_COLOURS[index % len(common.BRAND_COLOURS)]
    when = common.date_writer(rng)
    details_style = index % 4
    grade_style = (index * 3) % 5
    lists_style = (index + index // 4) % 3
    moderation_style = ("typed", "box", "absent")[index % 3]
    others: tuple[str, ...] = ()
    also: tuple[str, ...] = ()

    if sample.case_id and index % 2 == 0:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    if sample.setting == "Family time session" and index % 2:
        sample = replace(sample, setting="Family time (supervised contact)")
    if moderation_style == "absent" and sample.moderation is not None:
        sample = replace(sample, moderation=None)
    if index == 11:
        sample = replace(sample, reflective_discussion=False)
    if index % 5 == 3 and sample.actions:
        sample = replace(sample, actions=sample.actions[:1])

    document = common.new_document(rng)
    brand_heading(document, common.council_line(rng), brand, size=12)
    brand_heading(document, "Children's Social Work Service – Quality Assurance Framework", brand, size=10)
    paragraph(document, rng.choice(_TITLES), bold=True, size=15)
    paragraph(document, "High support, high challenge: agree the observation with the worker beforehand and "
                        "hold a restorative conversation afterwards.", italic=True, size=9)

    # Part 1: details.
    show_child = sample.child is not None and index % 6 != 5
    fields = [("Worker observed", sample.practitioner), ("Observer", sample.auditor), ("Team", sample.team),
              ("Service", sample.service), ("Date of observation", when(sample.date)),
              ("Activity observed", sample.setting)]
    if sample.child is not None:
        plain = sample.case_id.isdigit()
        child_fields = [("LCS number" if plain and index % 3 == 0 else "Case reference", sample.case_id)]
        if show_child:
            child_fields[:0] = [("Child / young person", sample.child.full_name)]
            if index % 4 != 1:
                child_fields.append(("Date of birth", when(sample.child.date_of_birth)))
                also = (when(sample.child.date_of_birth),)
        fields[4:4] = child_fields
        if sample.setting == "Home visit" or index in (2, 7, 12):
            present = common.siblings(rng, sample.child, rng.choice((1, 2)), today)
            others = tuple(name for name, _ in present)
            fields.append(("Also present", ", ".join([*sample.child.parents[:1], *others])))
    else:
        attending = common.attendees(rng, ("Hughes", "Kaur", "Walsh", "Ormerod"), 2)
        others = tuple(attending)
        fields.append(("Parents attending", ", ".join(attending)))
    paragraph(document, "Part 1 – Observation details", bold=True, colour=brand)
    _details(document, fields, details_style)

    # Part 2: ungraded prompts.
    paragraph(document, "Part 2 – What was observed", bold=True, colour=brand)
    prompts = rng.sample(_PROMPTS, rng.randint(2, 4))
    notes = table(document, len(prompts) + 1, 2)
    label(notes.cell(0, 0), "Observation prompt", "E7E6E6")
    label(notes.cell(0, 1), "Observer's notes", "E7E6E6")
    for row, (prompt, pool) in zip(notes.rows[1:], prompts):
        write(row.cells[0], prompt, bold=True)
        write(row.cells[1], rng.choice(pool))

    # Part 3: restorative feedback.
    paragraph(document, "Part 3 – Restorative feedback", bold=True, colour=brand)
    went_well = rng.choice(("What went well?", "What went well", "Strengths observed"))
    even_better = rng.choice(("Even better if…", "What could be even better?", "Areas for development"))
    _lists(document, rng, went_well, sample.strengths, even_better, sample.development_areas, lists_style)
    question = rng.choice(("Was a restorative (reflective) conversation held with the worker afterwards?",
                           "Reflective conversation held with the worker?"))
    answer = bool(sample.reflective_discussion)
    if index % 2:
        para = paragraph(document)
        run(para, f"{question} ", bold=True)
        run(para, rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N")))
        if not answer:
            run(para, " – to be arranged in supervision")
    else:
        para = paragraph(document)
        run(para, f"{question}   ", bold=True)
        run(para, f"{'☒' if answer else '☐'} Yes   {'☐' if answer else '☒'} No")
    if index % 4 == 2:
        para = paragraph(document)
        run(para, "Any safeguarding concerns arising from the observation? ", bold=True)
        run(para, "No")

    # Part 4: learning and actions.
    paragraph(document, "Part 4 – Learning and actions", bold=True, colour=brand)
    if not sample.actions:
        paragraph(document, rng.choice(_NO_ACTIONS))
    elif index % 3 == 1:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions, _ACTION_HEADERS, _NO_ACTIONS, when)

    # Overall judgement.
    paragraph(document, "Overall judgement of the practice observed", bold=True, colour=brand)
    _judgement(document, rng, sample.grade, grade_style)

    # Head of Service.
    moderation = sample.moderation
    ink = rng.choice(MODERATION_INKS)
    if moderation_style == "typed":
        paragraph(document, "Head of Service – read and authorised", bold=True, colour=brand)
        if moderation:
            paragraph(document, f"{moderation.moderator}, {when(moderation.date)}: {' '.join(moderation.comments)}",
                      colour=ink)
        else:
            paragraph(document, "Awaiting Head of Service sign-off.", italic=True)
    elif moderation_style == "box":
        paragraph(document, "Head of Service – read and authorised", bold=True, colour=brand)
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Read by", "Date read", "Head of Service comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            for comment in moderation.comments:
                write(box.cell(2, 1), comment, colour=ink)

    data = common.finish_docx(document, "Staff Observation Record", sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


def _details(document, fields: list[tuple[str, str]], style: int) -> None:
    if style == 0:
        grid = table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            label(row.cells[0], name, "DEEAF6")
            write(row.cells[1], value)
    elif style == 1:
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(fields):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "DEEAF6")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == 2:
        for name, value in fields:
            para = paragraph(document)
            run(para, f"{name}: ", bold=True)
            run(para, value)
    else:
        for start in range(0, len(fields), 4):
            chunk = fields[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document)


def _lists(document, rng, first_label, first, second_label, second, style: int) -> None:
    if style == 2:
        rows = max(len(first), len(second))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), first_label, "E2EFDA")
        label(grid.cell(0, 1), second_label, "FCE4D6")
        for position, text in enumerate(first):
            write(grid.cell(position + 1, 0), text)
        for position, text in enumerate(second):
            write(grid.cell(position + 1, 1), text)
        return
    for heading, items in ((first_label, first), (second_label, second)):
        paragraph(document, heading, bold=True)
        for number, text in enumerate(items, start=1):
            paragraph(document, f"• {text}" if style == 0 else f"{number}) {text}")


def _judgement(document, rng, grade: str, style: int) -> None:
    if style == 0:
        para = paragraph(document)
        run(para, "Overall judgement: ", bold=True)
        run(para, common.informal_grade(rng, grade))
    elif style == 1:
        paragraph(document, "Key: " + "   ".join(f"{number} = {text}" for _, number, text in _KEY), size=9)
        para = paragraph(document)
        run(para, "Judgement (1–4): ", bold=True)
        run(para, next(number for value, number, _ in _KEY if value == grade))
    elif style in (2, 3):
        how = rng.choice(("highlight", "bold", "tick", "strike")) if style == 2 else rng.choice(("strike", "tick"))
        para = paragraph(document)
        for position, (value, _, text) in enumerate(_KEY):
            if position:
                run(para, "  /  ")
            chosen = value == grade
            if how == "highlight":
                run(para, text, highlight=chosen)
            elif how == "bold":
                run(para, text.upper() if chosen else text, bold=chosen)
            elif how == "tick":
                run(para, f"{text} {'✓' if chosen else ''}".rstrip())
            else:
                run(para, text, strike=not chosen)
    else:
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (value, text) in enumerate(columns):
            label(grid.cell(0, column), text, "D9D9D9")
            if value == grade:
                common.mark(grid.cell(1, column), rng.choice([mark for mark in MARKS if mark]))
