"""Early Help Assessment review and Support Plan quality checklist with graded
areas: a manager's audit of one family's Early Help Assessment (EHA), its
reviews and the Support Plan, as Word files.

Source: Northumberland Local Safeguarding Children Board procedures, chapter
1.1.4 "Northumberland Council Early Help Assessment and Quality Assurance
Framework Policy and Procedure" (updated February 2016),
http://northumberlandlscb.proceduresonline.com/chapters/p_com_ass_fram.html.
Northumberland is already named in the project; this is a different document
of theirs. What came from the source: the page lists the framework's annexes
(an EHA quality checklist, an "Early Help Assessment Review and Support Plan
Quality Checklist", an EHA audit tool and the quality assurance process) and
says the framework quality-assures the EHA, its reviews, the Team Around the
Family and the Support Plan. So the form's parts are those: the family's
details and the lead practitioner, a checklist of yes/no questions about the
review and the Support Plan, graded areas with evidence, the voice of the
family, an overall grade, and what follows (strengths, areas for
development, actions, the Head of Service's moderation).

The page does not show the annexes' layout, so everything about the layout
is our own judgement: the details as a two-column table, a four-column grid,
"Label: value" lines or labels over values; the checklist answered with
typed Yes/No or ticked boxes; grades typed, as a number on a printed 1-4
key, as four printed grades with the chosen one highlighted / bold / ticked
or the others struck through, or as a mark under one of four grade columns;
strengths and areas for development as bullets, paragraphs or two columns;
actions as a table, numbered lines or a sentence saying there are none; the
moderation as a box in the moderator's ink, a typed coloured paragraph, or
absent where there was none. Areas are sometimes renamed to the Support Plan
wording ("Support Plan and reviews") and one is sometimes left off.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.ooxml import glyph
from bot.samples.tool_phrases import EHA_AUDIT
from bot.samples.tools import tool_samples

from . import common
from .common import (
    GRADE_COLUMNS,
    MARKS,
    HeldOutForm,
    brand_heading,
    finish_docx,
    informal_grade,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "eha_review_support_plan_checklist"
SEED = 10119

TITLES = ("Early Help Assessment Review and Support Plan – Quality Checklist",
          "EHA Review & Support Plan Quality Checklist",
          "Early Help Assessment, Review and Support Plan Audit")
RENAMES = {"Team Around the Family plan": "Support Plan and reviews",
           "Early Help Assessment": "Early Help Assessment (EHA)"}
PRINTED = {common.OUTSTANDING: "Outstanding", common.GOOD: "Good",
           common.REQUIRES_IMPROVEMENT: "Requires improvement", common.INADEQUATE: "Inadequate"}
KEY_NUMBER = {grade: str(number) for number, grade in enumerate(common.GRADES, start=1)}
CHECKLIST = (
    "Was the EHA reviewed within 12 weeks of the assessment?",
    "Were the child and parents/carers part of the last review?",
    "Has the Support Plan been updated after the review?",
    "Does each action in the Support Plan have a named person and a timescale?",
    "Has progress been measured (e.g. scaling, Outcome Star)?",
)
URGENT_QUESTION = "Are there any safeguarding concerns that need escalating now?"
NO_ACTIONS = ("No further actions – the plan is on track.", "No actions arising from this audit.",
              "Actions: none required at this time.")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("What needs to happen", "Who", "Timescale", "Done?"),
                  ("Action agreed", "Responsible", "Date due", "Progress"))
MODERATION_LABELS = (("Head of Service", "Date moderated", "Agree with the auditor's grade?", "Moderated grade",
                      "Comments"),
                     ("Moderated by", "Date", "Grade agreed?", "Grade after moderation", "Moderator's comments"))
NOT_MODERATED = ("Not selected for moderation this month.", "", "Not moderated.")


def _grade_text(cell_or_paragraph, rng, grade, style, *, key_note=False):
    """Write `grade` in one of the inline styles into a fresh paragraph."""
    target = cell_or_paragraph
    if style == "typed":
        run(target, informal_grade(rng, grade, note_chance=0.2), bold=True)
    elif style == "key":
        run(target, KEY_NUMBER[grade], bold=True)
    else:
        for index, option in enumerate(common.GRADES):
            if index:
                run(target, "  /  " if style != "tick" else "   ")
            chosen = option == grade
            if style == "tick":
                glyph(target._p, chosen)
                run(target, f" {PRINTED[option]}", bold=chosen)
            elif style == "highlight":
                run(target, PRINTED[option], highlight=chosen, bold=chosen)
            elif style == "bold":
                run(target, PRINTED[option], bold=chosen)
            else:  # strike: the others struck through
                run(target, PRINTED[option], strike=not chosen)


def _details(document, rng, style, rows):
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif style == "grid":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (name, value) in enumerate(pair):
                label(row.cells[offset * 2], name, "E7E6E6")
                write(row.cells[offset * 2 + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # labels over values, three to a band
        bands = [rows[i:i + 3] for i in range(0, len(rows), 3)]
        for band in bands:
            grid = table(document, 2, 3)
            for column, (name, value) in enumerate(band):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document)


def _yes_no(cell, answer, boxes):
    target = cell.paragraphs[-1]
    if not boxes:
        run(target, answer)
        return
    for index, option in enumerate(("Yes", "No")):
        if index:
            run(target, "   ")
        glyph(target._p, option == answer, wingdings=boxes == "wingdings")
        run(target, f" {option}")


def _items(document, rng, heading, items, style, brand):
    brand_heading(document, heading, brand, size=11)
    if style == "paragraph":
        paragraph(document, " ".join(items))
    elif style == "numbered":
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}")
    else:
        bullet = rng.choice(("•", "-", "–"))
        for item in items:
            paragraph(document, f"{bullet} {item}")


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{SEED}:{index}")
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    child = sample.child

    # What this manager's copy of the form changes.
    reference = rng.choice(("plain", "prefix", "eh"))
    if reference == "prefix":
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    elif reference == "eh":
        sample = replace(sample, case_id=common.early_help_reference(rng, sample.case_id))
    if index % 2:
        sample = replace(sample, sections=tuple(replace(section, name=RENAMES.get(section.name, section.name))
                                                for section in sample.sections))
    if index % 5 == 3:
        dropped = rng.choice([s for s in sample.sections if s.grade != sample.grade] or list(sample.sections[1:]))
        sample = replace(sample, sections=tuple(s for s in sample.sections if s is not dropped))
    if index % 6 == 4:
        sample = replace(sample, actions=())

    details_style = ("table", "grid", "lines", "over")[index % 4]
    grade_style = ("typed", "columns", "highlight", "key", "strike", "tick", "bold")[(index * 3 + index // 4) % 7]
    overall_style = grade_style if rng.random() < 0.7 else "typed"
    if grade_style == "columns" and overall_style != "typed":
        overall_style = "columns"
    lists_style = rng.choice(("bullets", "paragraph", "columns", "numbered"))
    actions_style = rng.choice(("table", "numbered"))
    boxes = rng.choice(("", "gothic", "wingdings"))
    moderation_style = rng.choice(("box", "paragraph"))
    show_birth = index % 6 != 5

    document = common.new_document(rng)
    paragraph(document, common.council_line(rng), bold=True, colour=brand, size=14)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=13)
    paragraph(document, "To be completed by the Early Help manager after reading the EHA, the latest review "
                        "and the Support Plan.", italic=True, size=9)

    # Part A: the family and the lead practitioner.
    brand_heading(document, "Part A – Family and practitioner details", brand, size=11)
    born = when(child.date_of_birth)
    rows = [("Child's name", child.full_name)]
    if show_birth:
        rows.append(("Date of birth", born))
    rows += [(sample.labels.get("case_id", "Early Help ID"), sample.case_id),
             (sample.labels.get("practitioner", "Lead practitioner"), sample.practitioner),
             ("Team", sample.team), ("Service", sample.service),
             (rng.choice(("Auditor", "Audited by", "Quality checked by")), sample.auditor),
             (rng.choice(("Date of audit", "Audit date", "Date checked")), when(sample.date))]
    others: list[str] = []
    also = [born]
    if rng.random() < 0.5:
        brothers_sisters = common.siblings(rng, child, rng.randint(1, 2), today)
        others = [name for name, _ in brothers_sisters]
        also += [when(day) for _, day in brothers_sisters]
        rows.insert(2 if show_birth else 1, ("Other children in the household",
                                             "; ".join(f"{name} ({when(day)})" for name, day in brothers_sisters)))
    if rng.random() < 0.4:
        rows.insert(1, ("Parent/carer", " and ".join(child.parents)))
    _details(document, rng, details_style, rows)

    # Part B: the review and the Support Plan, yes or no.
    brand_heading(document, "Part B – Review and Support Plan checklist", brand, size=11)
    questions = rng.sample(CHECKLIST, rng.randint(3, len(CHECKLIST)))
    answers = [("Yes" if rng.random() < 0.7 else "No") for _ in questions]
    questions.append(URGENT_QUESTION)
    answers.append("Yes" if sample.urgent_concern else "No")
    checklist = table(document, len(questions) + 1, 3)
    for cell, text in zip(checklist.rows[0].cells, ("Question", "Yes / No", "Evidence / comment")):
        label(cell, text, "DEEAF6")
    for row, question, answer in zip(checklist.rows[1:], questions, answers):
        write(row.cells[0], question)
        _yes_no(row.cells[1], answer, boxes)
    if sample.urgent_concern:
        write(checklist.rows[-1].cells[2], sample.urgent_concern_detail)

    # Part C: the graded areas.
    brand_heading(document, "Part C – Quality of practice", brand, size=11)
    if grade_style == "key":
        paragraph(document, "Grade key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    if grade_style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        mark = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", *[name for _, name in order], "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            column = [grade for grade, _ in order].index(section.grade)
            common.mark(row.cells[1 + column], mark)
            write(row.cells[5], section.comment)
            if section.name in remarks:
                write(row.cells[5], f"HoS: {remarks[section.name]}", colour=ink)
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Grade" if grade_style != "key" else "Grade (1-4)",
                                                   "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            _grade_text(row.cells[1].paragraphs[0], rng, section.grade, grade_style)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink)

    voice = next(own for own in sample.own if own.key == "family_voice")
    brand_heading(document, voice.label, brand, size=11)
    paragraph(document, voice.written)

    brand_heading(document, "Overall grade", brand, size=11)
    if overall_style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (grade, name) in enumerate(order):
            label(grid.cell(0, column), name, "DEEAF6")
            if grade == sample.grade:
                common.mark(grid.cell(1, column), rng.choice(MARKS))
    else:
        line = paragraph(document)
        run(line, "Overall judgement of the EHA, review and Support Plan: ")
        if overall_style == "key":
            run(line, "(1-4) ", italic=True)
        _grade_text(line, rng, sample.grade, overall_style)

    # Part D: what follows.
    if lists_style == "columns":
        brand_heading(document, "Part D – Findings", brand, size=11)
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), rng.choice(("What is working well", "Strengths")), "E2EFD9")
        label(grid.cell(0, 1), rng.choice(("What needs to improve", "Areas for development")), "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"• {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"• {item}")
    else:
        _items(document, rng, "Strengths", sample.strengths, lists_style, brand)
        _items(document, rng, "Areas for development", sample.development_areas, lists_style, brand)

    brand_heading(document, "Actions for the lead practitioner and manager", brand, size=11)
    if actions_style == "table" or not sample.actions:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")

    # Part E: the Head of Service's moderation.
    moderation = sample.moderation
    if moderation and moderation_style == "paragraph":
        brand_heading(document, "Head of Service moderation", brand, size=11)
        line = paragraph(document)
        run(line, f"Moderated by {moderation.moderator} on {when(moderation.date)}. ", colour=ink)
        run(line, " ".join(moderation.comments), colour=ink)
        if moderation.grade:
            verdict = paragraph(document)
            agreed = "I agree with the grade" if moderation.grade == sample.grade else "Grade changed"
            run(verdict, f"{agreed}: ", colour=ink)
            run(verdict, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    elif moderation or rng.random() < 0.5:
        brand_heading(document, "Head of Service moderation", brand, size=11)
        common.moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                              agree=("Yes", "No – see moderated grade"), not_moderated=NOT_MODERATED, ink=ink,
                              when=when)

    paragraph(document, "Return the completed checklist to the Early Help quality assurance inbox.", italic=True, size=8)
    data = finish_docx(document, title, sample.date, sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(EHA_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]

