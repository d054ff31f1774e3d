"""Step Up / Step Down adherence audit: a Word audit of one family's move
between Early Help and children's social care, graded, built around the
stages of a published step up / step down procedure.

Source: Knowsley Safeguarding Children Partnership, "Step Up / Step Down
Procedure" (chapter 4.16 of its online procedures manual, reviewed June
2023; https://knowsleyscb.proceduresonline.com/p_step_up_step_down.html).
Knowsley is already named by the project, but this document is not; it is
a procedure, not a form. What came from it: the two directions it governs
(stepping down from Child in Need support to Early Help at Levels 2 and 3;
stepping up from Family First 0-18 / Early Help to Children's Social Care on
a planned basis), its chapters "Performance" and "Adherence to Process"
(which is why the form checks the process was followed), and its stress on
consent, management oversight, information shared between services and
continuity of key relationships for the family.

The page shows no audit form, so the whole layout is our judgement: a
partnership name line in a brand colour; a title and a note of which
procedure the audit tests; Part A, the child and case (a two-column table,
a four-column grid, "Label: value" lines or labels over values, with a
case reference plain or prefixed, and on most files the child's name and
date of birth, sometimes address, parents and brothers and sisters);
Part B, the step itself (its direction typed or as ticked boxes, its
date, and a short "adherence to process" checklist of Yes/No questions
about consent and a handover meeting that the truth does not read);
Part C, the areas graded (the sample builder's five areas, on half the
files renamed after the procedure's stages, sometimes only four of them),
with the grade typed as people type it, a number on a printed 1-4 key,
the four grades printed with the chosen one bold / highlighted / ticked /
the others struck through, or a mark under one of four grade columns;
the overall judgement; the family's voice; what is working well and what
needs to improve as lists, a paragraph or two columns; actions as a table,
numbered lines or a sentence saying there are none; the immediate
safeguarding concern question typed or ticked; and the Head of Service's
moderation as a box in their ink, as coloured lines, or (on some files
not moderated) no moderation part at all.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

from . import common
from .common import GRADES, HeldOutForm

FAMILY = "step_procedure_adherence_audit"
SEED = 10131

PARTNERSHIPS = ("Safeguarding Children Partnership", "Children's Services Quality Assurance",
                "Early Help and Social Care Partnership")
TITLES = ("Step Up / Step Down Audit", "STEP UP / STEP DOWN AUDIT", "Audit of a Step Up or Step Down",
          "Step Up – Step Down Quality Audit")
# The sample builder's areas, renamed after the procedure's stages.
PROCEDURE_AREAS = {
    "Decision to step up or step down": "Level of need and the decision to step",
    "Information shared at transfer": "Information shared and handover to the receiving service",
    "Timeliness of transfer": "Timeliness of the step",
    "Continuity for the child and family": "Continuity of key relationships for the family",
    "Management oversight": "Management oversight and the decision recorded",
}
NUMBER_KEY = dict(zip(GRADES, ("1", "2", "3", "4")))
PRINTED = dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement to be good", "Inadequate")))
DIRECTION_BOXES = ("Step up to Children's Social Care", "Step down to Early Help")
PROCESS_QUESTIONS = (
    "Family's consent to the step obtained and recorded",
    "Handover / transfer meeting held with the family",
    "Receiving service's lead professional named before the case closed",
    "Early Help Assessment or CIN plan shared with the receiving service",
)
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required.",
              "Actions: none – the step was well managed and the plan is on track.")
NOT_MODERATED = ("", "Not selected for moderation this month.", "")
DEVELOPMENT_LABELS = ("What needs to improve", "Areas for development", "Even better if")
STRENGTH_LABELS = ("What is working well", "Strengths", "Good practice identified")
URGENT_QUESTION = "Are there any immediate safeguarding concerns that need escalating today?"


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    return [_form(index, sample, today) for index, sample in enumerate(samples)]


# --- the sample as this file shows it --------------------------------------------


def _adjust(rng: random.Random, index: int, sample):
    reference = (sample.case_id, common.case_reference(rng, sample.case_id),
                 common.early_help_reference(rng, sample.case_id))[index % 3]
    sections = sample.sections
    moderation = sample.moderation
    if index % 2:
        sections = tuple(replace(section, name=PROCEDURE_AREAS[section.name]) for section in sections)
        if moderation:
            moderation = replace(moderation, section_comments={
                PROCEDURE_AREAS[name]: remark for name, remark in moderation.section_comments.items()})
    if index in (5, 12):
        dropped = sections[2].name
        sections = sections[:2] + sections[3:]
        if moderation:
            moderation = replace(moderation, section_comments={
                name: remark for name, remark in moderation.section_comments.items() if name != dropped})
    actions = () if index in (3, 10, 14) else sample.actions
    return replace(sample, case_id=reference, sections=sections, moderation=moderation, actions=actions)


# --- building one file -------------------------------------------------------------


def _form(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    sample = _adjust(rng, index, sample)
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)
    document = common.new_document(rng)
    common.brand_heading(document, rng.choice((f"{COUNCIL} {rng.choice(PARTNERSHIPS)}", common.council_line(rng))),
                         brand, size=12)
    common.paragraph(document, rng.choice(TITLES), bold=True, size=16)
    common.paragraph(document, "Tests one case against the Step Up / Step Down Procedure: was the family moved to the "
                     "right level of support, with consent, on time and with the plan handed over?", italic=True)

    others, also = _details(document, rng, index, sample, when, brand, today)
    _step(document, rng, index, sample, when, brand)
    _areas(document, rng, index, sample, brand, ink)
    _overall(document, rng, index, sample, brand)
    _voice(document, rng, sample, brand)
    _findings(document, rng, index, sample, brand)
    _actions(document, rng, index, sample, when, brand)
    _urgent(document, rng, index, sample, brand)
    _moderation(document, rng, index, sample, when, brand, ink)
    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = common.finish_docx(document, "Step Up / Step Down Audit", sample.date, editor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _heading(document, rng: random.Random, text: str, brand: str) -> None:
    common.brand_heading(document, text, brand, size=rng.choice((11, 12)))


def _details(document, rng, index, sample, when, brand, today):
    _heading(document, rng, "Part A – The child and the case", brand)
    child = sample.child
    # A social care system's prefixed reference is labelled as such; a plain
    # or Early Help reference keeps the tool's Early Help label.
    case_label = (rng.choice(("Case reference", "CSC case number", "LCS number")) if index % 3 == 1
                  else sample.labels.get("case_id") or "Case reference")
    rows: list[tuple[str, str]] = [(case_label, sample.case_id)]
    others: list[str] = []
    also: list[str] = []
    if index % 8 != 6:  # most files carry the child's name and date of birth
        rows += [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth))]
        also.append(when(child.date_of_birth))
        if index % 3 == 0:
            rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
        if index % 4 != 1:
            rows.append(("Parent(s) / carer(s)", ", ".join(child.parents)))
        if index % 5 == 2:
            brothers = common.siblings(rng, child, rng.randint(1, 2), today)
            others += [name for name, _ in brothers]
            also += [when(born) for _, born in brothers]
            rows.append(("Other children in the household",
                         "; ".join(f"{name} ({when(born)})" for name, born in brothers)))
    rows += [
        (sample.labels.get("practitioner") or "Lead professional", sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Auditor", sample.auditor),
        ("Date of audit", when(sample.date)),
    ]
    style = ("table", "grid", "lines", "over")[index % 4]
    if style == "table":
        grid = common.table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            common.label(row.cells[0], name, "F2F2F2")
            common.write(row.cells[1], value)
    elif style == "grid":
        pairs = [rows[start:start + 2] for start in range(0, len(rows), 2)]
        grid = common.table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (name, value) in enumerate(pair):
                common.label(row.cells[2 * offset], name, "E7E6E6")
                common.write(row.cells[2 * offset + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = common.paragraph(document)
            common.run(line, f"{name}: ", bold=True)
            common.run(line, value)
    else:
        chunks = [rows[start:start + 3] for start in range(0, len(rows), 3)]
        grid = common.table(document, 2 * len(chunks), 3)
        for number, chunk in enumerate(chunks):
            for column, (name, value) in enumerate(chunk):
                common.label(grid.cell(2 * number, column), name, "DEEAF6")
                common.write(grid.cell(2 * number + 1, column), value)
    return others, also


def _own(sample, key):
    return next(own for own in sample.own if own.key == key)


def _step(document, rng, index, sample, when, brand):
    _heading(document, rng, "Part B – The step", brand)
    direction, moved = _own(sample, "direction"), _own(sample, "transfer_date")
    if index % 3 == 1:
        line = common.paragraph(document)
        common.run(line, f"{direction.label}: ", bold=True)
        for option in DIRECTION_BOXES:
            common.run(line, f"{CHECKED_BOX if option == direction.written else UNCHECKED_BOX} {option}    ")
    else:
        line = common.paragraph(document)
        common.run(line, f"{direction.label}: ", bold=True)
        common.run(line, direction.written)
    line = common.paragraph(document)
    common.run(line, f"{moved.label}: ", bold=True)
    common.run(line, when(moved.written))
    if index % 2 == 0:
        common.paragraph(document, "Adherence to process", bold=True)
        questions = rng.sample(PROCESS_QUESTIONS, 3)
        grid = common.table(document, len(questions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Check", "Yes", "No")):
            common.label(cell, text, "F2F2F2")
        for row, question in zip(grid.rows[1:], questions):
            common.write(row.cells[0], question)
            answer = rng.random() < 0.75
            common.write(row.cells[1 if answer else 2], rng.choice(("\u2713", "X", "Yes" if answer else "No")))


def _grade_style(index: int) -> str:
    return ("typed", "number", "printed", "columns")[(index + index // 4) % 4]


def _areas(document, rng, index, sample, brand, ink):
    _heading(document, rng, "Part C – Quality of the step, area by area", brand)
    style = _grade_style(index)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    if style == "number":
        common.paragraph(document, "Grade key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                         "4 = Inadequate", italic=True)
    if style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        marker = rng.choice(common.MARKS)
        grid = common.table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (rng.choice(("Area", "Stage of the step")), *(t for _, t in order),
                                                   "Evidence")):
            common.label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            common.write(row.cells[0], section.name, bold=True)
            for cell, (grade, _) in zip(row.cells[1:5], order):
                if grade == section.grade:
                    common.mark(cell, marker)
            _evidence(row.cells[5], section, remarks, ink)
        return
    grid = common.table(document, len(sample.sections) + 1, 3)
    headers = ("Area", "Evidence", "Grade") if rng.random() < 0.5 else ("Stage of the step", "Auditor's evidence",
                                                                        "Judgement")
    for cell, text in zip(grid.rows[0].cells, headers):
        common.label(cell, text, "DEEAF6")
    how = rng.choice(("bold", "highlight", "tick", "strike"))  # one auditor keeps to one way
    for row, section in zip(grid.rows[1:], sample.sections):
        common.write(row.cells[0], section.name, bold=True)
        _evidence(row.cells[1], section, remarks, ink)
        _grade_cell(row.cells[2], rng, style, how, section.grade)


def _evidence(cell, section, remarks, ink):
    common.write(cell, section.comment)
    if section.name in remarks:
        common.write(cell, f"HoS: {remarks[section.name]}", colour=ink)


def _grade_cell(cell, rng, style, how, grade):
    if style == "typed":
        common.write(cell, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        common.write(cell, NUMBER_KEY[grade])
    else:
        for option in GRADES:
            chosen = option == grade
            if how == "tick":
                common.write(cell, f"{CHECKED_BOX if chosen else UNCHECKED_BOX} {PRINTED[option]}")
            elif how == "strike":
                common.write(cell, PRINTED[option], strike=not chosen)
            else:
                common.write(cell, PRINTED[option], bold=chosen and how == "bold",
                             highlight=chosen and how == "highlight")


def _overall(document, rng, index, sample, brand):
    _heading(document, rng, "Overall judgement of the step", brand)
    style = _grade_style(index)
    line = common.paragraph(document)
    common.run(line, rng.choice(("Overall grade: ", "Overall judgement: ")), bold=True)
    if style == "number":
        common.run(line, f"{NUMBER_KEY[sample.grade]} ({PRINTED[sample.grade]})")
    elif style in ("printed", "columns"):
        for option in GRADES:
            chosen = option == sample.grade
            common.run(line, f"{CHECKED_BOX if chosen else UNCHECKED_BOX} {PRINTED[option]}   ", bold=chosen)
    else:
        common.run(line, common.informal_grade(rng, sample.grade))


def _voice(document, rng, sample, brand):
    voice = _own(sample, "family_voice")
    _heading(document, rng, voice.label, brand)
    common.paragraph(document, voice.written)


def _findings(document, rng, index, sample, brand):
    strengths_label, development_label = rng.choice(STRENGTH_LABELS), rng.choice(DEVELOPMENT_LABELS)
    style = ("lists", "columns", "paragraph")[index % 3]
    if style == "columns":
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = common.table(document, rows + 1, 2)
        common.label(grid.cell(0, 0), strengths_label, "E2EFDA")
        common.label(grid.cell(0, 1), development_label, "FCE4D6")
        for number in range(rows):
            if number < len(sample.strengths):
                common.write(grid.cell(number + 1, 0), sample.strengths[number])
            if number < len(sample.development_areas):
                common.write(grid.cell(number + 1, 1), sample.development_areas[number])
        return
    for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
        _heading(document, rng, heading, brand)
        if style == "paragraph":
            common.paragraph(document, " ".join(items))
        else:
            for item in items:
                common.paragraph(document, f"\u2022 {item}")


def _actions(document, rng, index, sample, when, brand):
    _heading(document, rng, rng.choice(("Actions arising", "Actions (who, by when)", "Action plan")), brand)
    if not sample.actions:
        common.paragraph(document, rng.choice(NO_ACTIONS))
        return
    if index % 2:
        for number, action in enumerate(sample.actions, 1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    common.actions_table(document, rng, sample.actions,
                         (("Action", "Who", "By when"), ("Action", "Responsible", "Timescale", "Completed?")),
                         NO_ACTIONS, when)


def _urgent(document, rng, index, sample, brand):
    _heading(document, rng, "Escalation", brand)
    line = common.paragraph(document)
    common.run(line, f"{URGENT_QUESTION} ", bold=True)
    if index % 2:
        yes = sample.urgent_concern
        common.run(line, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if yes else CHECKED_BOX} No")
    else:
        common.run(line, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "None identified")))
    if sample.urgent_concern:
        common.paragraph(document, f"Details: {sample.urgent_concern_detail}")


def _moderation(document, rng, index, sample, when, brand, ink):
    moderation = sample.moderation
    if moderation is None and index % 4 == 3:
        return  # this copy of the form has no moderation part
    _heading(document, rng, "Part D – Head of Service moderation", brand)
    if moderation is None or index % 2 == 0:
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by", "Date moderated", "Agree with the auditor's judgement?",
                                      "Moderated judgement", "Moderator's comments"),
                              agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)
        return
    line = common.paragraph(document)
    common.run(line, f"Moderated by {moderation.moderator}, {when(moderation.date)}.", colour=ink)
    if moderation.grade:
        verdict = ("I agree with the grade: " if moderation.grade == sample.grade else "Grade changed to: ")
        common.paragraph(document, f"{verdict}{common.informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
    for comment in moderation.comments:
        common.paragraph(document, comment, colour=ink)
