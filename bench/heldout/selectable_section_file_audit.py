"""A county's file audit tool in which the auditing manager picks the sections
that fit the case: a team or practice manager audits one child's social care
file, answers a few compliance checks and grades the quality of each chosen
area, then gives an overall grade, actions and the Head of Service's
moderation.

Source: Lancashire County Council, Children's Social Care Procedures Manual,
"Inspection Audit Framework" (chapter added April 2017), with its
"Appendix 1: File Audit Tool"
(https://lancashirecsc.proceduresonline.com/p_file_audit_frame.html).
Lancashire is already named in the project's list; this is a different
document from its later Tier 2 audit toolkit. What came from the source:
the tool is a Word document; the auditing manager chooses which sections are
relevant to the case, so files carry different numbers of areas; each
section asks compliance / checking questions and quality questions; the
case system is "LCS"; the audits feed an action plan and supervision.

The page seen shows no form, so the layout is our judgement: a details
block, a list of all the tool's sections with the chosen ones ticked (the
others unticked, or shown as "not used"), then per chosen section two
compliance checks answered Yes / No and a quality evidence box with its
grade on Ofsted's four grades, then what is working well and what needs to
improve, whether the child's and family's views were sought (where the form
asks), an immediate-concern question, the overall grade, actions and the
Head of Service moderation. Grading on the four Ofsted judgements and the
Head of Service moderation follow the project's frameworks, not the page.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, shade
from bot.samples.population import sample_forms
from bot.samples.wording import GRADES

from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    MARKS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "selectable_section_file_audit"
SEED = 10104
COUNT = 16

TITLES = ("File Audit Tool", "Case File Audit Tool", "File Audit Tool – Inspection Audit Framework")
GUIDANCE = (
    "The auditing manager selects the sections relevant to this child's file. Answer the checks, then grade "
    "the quality of each selected section.",
    "Tick the sections used for this audit. Unused sections may be left blank.",
)
# Printed spellings of the four grades on the template.
PRINTED = dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
PRINTED_LONG = dict(zip(GRADES, ("Outstanding", "Good", "Requires Improvement to be Good", "Inadequate")))
# Compliance checks a section asks before its quality question (our wording).
CHECKS = (
    "Is the relevant record on the child's file and up to date?",
    "Has it been completed within timescale?",
    "Is there evidence of management sign-off?",
    "Has the record been shared with the family?",
    "Is the child seen in line with the plan's visiting frequency?",
    "Are other agencies' contributions recorded?",
)
GRADE_STYLES = ("typed", "key", "struck", "highlight", "ticked", "columns")
DETAIL_STYLES = ("four_columns", "two_columns", "lines", "over")
LIST_STYLES = ("bullets", "paragraph", "two_columns")
ACTION_STYLES = ("table", "numbered")
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required at this time.",
              "Actions: none – the plan is progressing well.")


def _case_audits(today: date) -> list:
    drawn = sample_forms(160, seed=SEED, today=today, feedback_question=True)
    return [form for form in drawn if form.kind == CASE_FILE_AUDIT][:COUNT]


def build(today: date) -> list[HeldOutForm]:
    forms = []
    for index, sample in enumerate(_case_audits(today)):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        forms.append(_build_one(rng, index, sample, today))
    return forms


def _choose_sections(rng: random.Random, sample):
    """The auditing manager keeps the sections relevant to this case: four
    to all of them, in the tool's order, always with one at the overall grade."""
    keep = rng.randint(4, len(sample.sections))
    chosen = sorted(rng.sample(range(len(sample.sections)), keep))
    if not any(sample.sections[i].grade == sample.grade for i in chosen):
        at_grade = next(i for i, s in enumerate(sample.sections) if s.grade == sample.grade)
        chosen = sorted({*chosen[1:], at_grade})
    return tuple(sample.sections[i] for i in chosen)


def _build_one(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    all_sections = sample.sections
    chosen = _choose_sections(rng, sample)
    moderation = sample.moderation
    if moderation:
        names = {section.name for section in chosen}
        moderation = replace(moderation, section_comments={
            name: remark for name, remark in moderation.section_comments.items() if name in names})
    case_id = sample.case_id if rng.random() < 0.5 else case_reference(rng, sample.case_id)
    actions = sample.actions if index not in (3, 11) else ()
    sample = replace(sample, sections=chosen, moderation=moderation, case_id=case_id, actions=actions)

    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    grade_style = GRADE_STYLES[index % len(GRADE_STYLES)]
    overall_style = grade_style if rng.random() < 0.6 else "typed"
    detail_style = DETAIL_STYLES[index % len(DETAIL_STYLES)]
    list_style = rng.choice(LIST_STYLES)
    action_style = rng.choice(ACTION_STYLES)
    boxes = rng.random() < 0.5  # yes/no answered with ticked boxes rather than typed
    unused_shown = rng.choice(("ticklist", "not_used"))
    show_child = index % 7 != 5
    sibling_list = siblings(rng, sample.child, rng.randint(1, 2), today) if rng.random() < 0.4 else []
    printed = PRINTED if rng.random() < 0.6 else PRINTED_LONG
    columns = rng.choice(GRADE_COLUMNS)

    document = new_document(rng)
    brand_heading(document, council_line(rng), brand, size=rng.choice((12, 13, 14)))
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(GUIDANCE), italic=True)

    # --- case details -------------------------------------------------------
    brand_heading(document, rng.choice(("Case details", "Part 1 – Case information", "Details of the file")),
                  brand, size=12)
    details = []
    if show_child:
        details += [("Child's name", sample.child.full_name), ("Date of birth", when(sample.child.date_of_birth))]
    details += [
        (rng.choice(("LCS number", "Case number", "Child's ID")), sample.case_id),
        (rng.choice(("Social worker", "Allocated worker", "Case holder")), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Auditing manager", "Auditor", "Audit completed by")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date)),
    ]
    if sibling_list:
        details.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in sibling_list)))
    _details(document, detail_style, details)

    # --- sections used ------------------------------------------------------
    brand_heading(document, "Sections selected for this audit", brand, size=12)
    chosen_names = {section.name for section in chosen}
    if unused_shown == "ticklist":
        for section in all_sections:
            box = CHECKED_BOX if section.name in chosen_names else UNCHECKED_BOX
            paragraph(document, f"{box} {section.name}")
    else:
        paragraph(document, "; ".join(section.name for section in chosen))

    if grade_style == "key" or overall_style == "key":
        paragraph(document, "Grading key: " + ", ".join(
            f"{number} = {printed[grade]}" for number, grade in enumerate(GRADES, start=1)), bold=True)

    # --- each section -------------------------------------------------------
    number = 0
    for section in all_sections:
        if section.name not in chosen_names:
            if unused_shown == "not_used":
                brand_heading(document, f"{section.name}", brand, size=11)
                paragraph(document, rng.choice(("Section not used for this audit.", "Not relevant to this case.")),
                          italic=True)
            continue
        number += 1
        brand_heading(document, f"Section {number}: {section.name}", brand, size=11)
        checks = table(document, 2, 2)
        for row, question in zip(checks.rows, rng.sample(CHECKS, 2)):
            write(row.cells[0], question)
            _yes_no(row.cells[1], rng.random() < 0.8, boxes)
        quality = table(document, 2, 1)
        label(quality.cell(0, 0), rng.choice(("Quality – evidence and analysis", "Evidence of quality",
                                               "Auditor's evidence")), "F2F2F2")
        comment = section.comment
        if sibling_list and number == 1:
            comment += " " + mention(rng, SIBLING_SENTENCES, sibling_list[0][0])
        write(quality.cell(1, 0), comment)
        if moderation and section.name in moderation.section_comments:
            write(quality.cell(1, 0), f"HoS: {moderation.section_comments[section.name]}", colour=ink)
        _grade(document, rng, grade_style, section.grade, "Section grade", printed, columns)

    # --- summary ------------------------------------------------------------
    brand_heading(document, "Summary of findings", brand, size=12)
    _lists(document, rng, list_style, sample.strengths, sample.development_areas)

    questions = table(document, 2 if sample.feedback_sought is None else 3, 2)
    rows = list(questions.rows)
    if sample.feedback_sought is not None:
        write(rows[0].cells[0], "Have the child's and family's views been sought as part of this audit?")
        _yes_no(rows[0].cells[1], sample.feedback_sought, boxes)
        rows = rows[1:]
    write(rows[0].cells[0], "Are there any immediate safeguarding concerns that need escalating today?")
    _yes_no(rows[0].cells[1], sample.urgent_concern, boxes)
    write(rows[1].cells[0], "If yes, details and who has been informed")
    if sample.urgent_concern:
        write(rows[1].cells[1], sample.urgent_concern_detail)

    brand_heading(document, "Overall grade for the file", brand, size=12)
    _grade(document, rng, overall_style, sample.grade, "Overall grade", printed, columns)

    # --- actions ------------------------------------------------------------
    brand_heading(document, rng.choice(("Actions", "Action plan", "Actions arising (by who, by when)")), brand,
                  size=12)
    _actions(document, rng, action_style, sample.actions, when)

    paragraph(document, f"Auditor: {sample.auditor}    Date: {when(sample.date)}")

    # --- moderation ---------------------------------------------------------
    if moderation or rng.random() < 0.6:
        brand_heading(document, "Head of Service moderation", brand, size=12)
        if rng.random() < 0.5:
            moderation_box(document, rng, sample, moderation,
                           labels=("Moderated by", "Date", "Agree with the auditor's grade?", "Moderated grade",
                                   "Comments"),
                           agree=("Yes", "No"), not_moderated=("", "Not selected for moderation"), ink=ink, when=when)
        elif moderation:
            paragraph(document, f"Moderated by {moderation.moderator} on {when(moderation.date)}", colour=ink)
            for comment in moderation.comments:
                paragraph(document, comment, colour=ink)
            if moderation.grade:
                paragraph(document, f"Moderated grade: {informal_grade(rng, moderation.grade)}", colour=ink,
                          bold=True)
        else:
            paragraph(document, "To be completed by the Head of Service.", italic=True)

    editor = moderation.moderator if moderation else sample.auditor
    data = finish_docx(document, title, moderation.date if moderation else sample.date, editor)
    others = tuple(name for name, _ in sibling_list)
    also = tuple(when(born) for _, born in sibling_list)
    if show_child:
        also += (when(sample.child.date_of_birth),)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


# --- pieces -------------------------------------------------------------------------------


def _details(document, style: str, details: list[tuple[str, str]]) -> None:
    if style == "lines":
        for name, value in details:
            paragraph(document, f"{name}: {value}")
    elif style == "two_columns":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "DEEAF6")
            write(row.cells[1], value)
    elif style == "four_columns":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "DEEAF6")
            write(grid.cell(row, column * 2 + 1), value)
    else:  # labels over values, four to a band
        for start in range(0, len(details), 4):
            band = details[start:start + 4]
            grid = table(document, 2, len(band))
            for column, (name, value) in enumerate(band):
                label(grid.cell(0, column), name, "DEEAF6")
                write(grid.cell(1, column), value)


def _yes_no(cell, answer: bool, boxes: bool) -> None:
    if boxes:
        write(cell, f"Yes {CHECKED_BOX if answer else UNCHECKED_BOX}   No {UNCHECKED_BOX if answer else CHECKED_BOX}")
    else:
        write(cell, "Yes" if answer else "No")


def _grade(document, rng: random.Random, style: str, grade: str, caption: str, printed: dict, columns) -> None:
    if style == "typed":
        added = paragraph(document, f"{caption}: ", bold=True)
        run(added, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        paragraph(document, f"{caption} (1–4): {GRADES.index(grade) + 1}", bold=True)
    elif style in ("struck", "highlight", "ticked"):
        added = paragraph(document, f"{caption}: ", bold=True)
        for position, option in enumerate(GRADES):
            if position:
                run(added, "  /  " if style != "ticked" else "   ")
            chosen = option == grade
            if style == "struck":
                run(added, printed[option], strike=not chosen)
            elif style == "highlight":
                run(added, printed[option], highlight=chosen, bold=chosen)
            else:
                run(added, f"{CHECKED_BOX if chosen else UNCHECKED_BOX} {printed[option]}")
    else:  # a mark under one of four grade columns
        grid = table(document, 2, 4)
        style_mark = rng.choice(MARKS)
        for column, (option, heading) in enumerate(columns):
            label(grid.cell(0, column), heading if printed is PRINTED else printed[option], "F2F2F2")
            if option == grade:
                mark(grid.cell(1, column), style_mark)


def _lists(document, rng: random.Random, style: str, strengths, development) -> None:
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development")))
    if style == "two_columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (strengths, development))):
            label(grid.cell(0, column), heading, "E2EFDA")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
        return
    for heading, items in zip(headings, (strengths, development)):
        paragraph(document, heading, bold=True)
        if style == "bullets":
            for item in items:
                paragraph(document, f"\u2022 {item}")
        else:
            paragraph(document, " ".join(items))


def _actions(document, rng: random.Random, style: str, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if style == "numbered":
        for number, action in enumerate(actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
        return
    grid = table(document, len(actions) + 1, 4)
    for cell, text in zip(grid.rows[0].cells, ("Action", "Responsible", "Timescale", "Completed")):
        label(cell, text)
        shade(cell._tc, "DEEAF6")
    for row, action in zip(grid.rows[1:], actions):
        write(row.cells[0], action.action)
        write(row.cells[1], action.owner)
        write(row.cells[2], when(action.due))
