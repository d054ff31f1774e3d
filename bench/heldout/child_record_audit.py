"""Child record audit: a team manager's single-agency audit of one child's
record in children's social care. The record's details, a printed key,
seven areas of practice each with what the auditor found and a judgement,
the overall judgement on the child's experience and progress, what is
working well and what needs to improve, actions with who and by when,
whether the child and family were asked about the help they get, the
question whether anything needs action today, and the Head of Service's
moderation.

Modelled on the audit arrangements the Camden Safeguarding Children
Partnership and Camden Council describe in public (the partnership's
annual report 2023-24 to the council's committee; Ofsted's judgement,
quoted by the partnership, that single-agency and multi-agency audit
activity is reviewed and scrutinised, that learning is shared and actions
closely monitored; the partnership's focus on the child's lived experience
and an active, continuous voice). None of that material prints a form, so
the layout is our judgement: the details as a four-column grid, as typed
"label: value" lines, or as two stacked blocks; the areas either as one
table (area, findings, judgement) or as a small table per area; the
judgements as a number on a printed 1–4 key, typed words, a highlighted
option or the other options struck through; actions as a table, numbered
lines or a "no actions" sentence; moderation typed by the Head of Service
in their own colour as a box or as signed paragraphs, with remarks under
the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
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
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "child_record_audit"
SEED = 9913

# This form's areas, in the order of the sample's sections for each tool.
AREAS = {
    "Full Case File Audit Tool": (
        "The child's voice and lived experience",
        "Quality of the assessment",
        "The plan and how it is progressing",
        "Supervision and management direction",
        "Work with partner agencies",
        "The record and chronology",
        "Difference made for the child",
    ),
    "Case Review Audit Tool 2025": (
        "Working with the family, not doing to them",
        "How we write about people",
        "Management grip and oversight",
        "The child's voice and lived experience",
        "Relationships with the child and family",
        "Family history and support network",
        "Assessment and plan",
    ),
}
KEY = ((1, OUTSTANDING, "Outstanding"), (2, GOOD, "Good"), (3, REQUIRES_IMPROVEMENT, "Requires improvement"),
       (4, INADEQUATE, "Inadequate"))
NUMBER = {grade: number for number, grade, _ in KEY}
WORD = {grade: word for _, grade, word in KEY}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director"}
PLANS = ("Child in Need", "Child Protection", "Child Looked After (s.20)", "Child Looked After (interim care order)",
         "Care leaver (16+)")
NO_ACTIONS = ("No actions – the plan already covers what is needed.",
              "Actions: none arising from this audit.",
              "No further actions identified at this time.")
NOT_MODERATED = ("", "Not selected for moderation this month.", "N/A")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(400, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT and sample.title in AREAS]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _grade_cell(cell, rng: random.Random, grade: str, style: str, *, overall: bool = False) -> None:
    """Write a judgement into `cell` in the form's style."""
    if style == "number":
        text = str(NUMBER[grade])
        if overall and rng.random() < 0.6:
            text += f" – {WORD[grade]}"
        write(cell, text, bold=True)
    elif style == "words":
        write(cell, informal_grade(rng, grade, note_chance=0.0 if overall else 0.2))
    else:
        target = cell.paragraphs[-1]
        if target.text:
            target = cell.add_paragraph()
        for position, (_, option, word) in enumerate(KEY):
            if position:
                run(target, " / ")
            chosen = option == grade
            if style == "highlight":
                run(target, word, highlight=chosen, bold=chosen)
            else:
                run(target, word, strike=not chosen)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "lines", "blocks"))
    areas_style = rng.choice(("one_table", "cards"))
    grade_style = rng.choice(("number", "words", "highlight", "strike"))
    actions_style = rng.choice(("table", "lines"))
    moderation_style = rng.choice(("box", "paragraphs"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)

    names = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for name, section in zip(names, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, names))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Child record audit – OFFICIAL-SENSITIVE when completed – v{rng.choice(('2.0', '2.1', '3'))}", size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Child Record Audit", "Single Agency Child Record Audit", "Child Record Audit Tool"))
    paragraph(document, title, bold=True, colour=brand, size=16)
    paragraph(document, rng.choice((
        "Complete for the child selected this month. Read the last six months of the record and talk to the "
        "allocated worker before you grade.",
        "Audit the record as it is on the day. Where practice is not on the record, it did not happen.",
    )), italic=True, size=9)

    # Part 1: details.
    auditor = sample.auditor
    role = _role(auditor)
    auditor_role = role if role else "Auditor"
    dob = when(child.date_of_birth)
    family_line = "; ".join(f"{name} (born {when(born)})" for name, born in household) or rng.choice(
        ("None", "No siblings", "n/a"))
    reference_label = rng.choice(("Mosaic ID", "Child's ID", "Case reference", "Record no."))
    child_rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), dob),
        (reference_label, sample.case_id),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)),
        ("Brothers / sisters", family_line),
        ("Current plan", rng.choice(PLANS)),
    ]
    work_rows = [(rng.choice(("Allocated social worker", "Social worker", "Case holder")), sample.practitioner)]
    if show_team:
        work_rows.append(("Team", sample.team))
    if show_service:
        work_rows.append(("Service", sample.service))
    work_rows += [
        (rng.choice(("Audited by", "Auditor")), auditor),
        (rng.choice(("Role", "Auditor's role")), auditor_role),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, rng.choice(("Part 1 – About the child and the record", "1. Details")), brand)
    if details_style == "grid":
        pairs = [*child_rows, *work_rows]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "E7E6E6")
            write(grid.cell(row, column + 1), value)
    elif details_style == "lines":
        for text, value in [*child_rows, *work_rows]:
            line = paragraph(document)
            run(line, f"{text}:\t", bold=True)
            run(line, value)
    else:
        grid = table(document, 2, 2)
        for row, (heading, rows) in enumerate((("About the child", child_rows), ("About the work", work_rows))):
            label(grid.cell(row, 0), heading, "D9E2F3")
            for text, value in rows:
                write(grid.cell(row, 1), f"{text} – {value}")
    document.add_paragraph()

    # The key, printed on the numbered and the option forms.
    if grade_style != "words":
        key = paragraph(document)
        run(key, "Key: ", bold=True, size=9)
        run(key, "   ".join(f"{number} = {word}" for number, _, word in KEY), size=9)

    # Part 2: the areas of practice.
    brand_heading(document, rng.choice(("Part 2 – Areas of practice", "2. What the record tells us")), brand)
    grade_header = "Score (1–4)" if grade_style == "number" else "Judgement"
    if areas_style == "one_table":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "What did you find? (evidence)", grade_header)):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            _grade_cell(row.cells[2], rng, section.grade, grade_style)
    else:
        for number, section in enumerate(sample.sections, 1):
            card = table(document, 3, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            label(top, f"2.{number}  {section.name}", "DEEAF6")
            label(card.cell(1, 0), "Findings", "F2F2F2")
            write(card.cell(1, 1), section.comment)
            if section.name in remarks:
                write(card.cell(1, 1), f"Head of Service: {remarks[section.name]}", colour=ink)
            label(card.cell(2, 0), grade_header, "F2F2F2")
            _grade_cell(card.cell(2, 1), rng, section.grade, grade_style)
            paragraph(document)
    document.add_paragraph()

    # Part 3: the overall judgement.
    brand_heading(document, "Part 3 – Overall judgement" if rng.random() < 0.5 else "3. Overall", brand)
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall judgement of the child's experience and progress",
                                          "Overall grade for this record")), "FFF2CC")
    _grade_cell(overall.cell(0, 1), rng, sample.grade, grade_style, overall=True)
    document.add_paragraph()

    brand_heading(document, rng.choice(("What is working well?", "Strengths")), brand, size=11)
    for text in sample.strengths:
        paragraph(document, f"• {text}")
    brand_heading(document, rng.choice(("What needs to improve?", "Areas for development")), brand, size=11)
    for text in sample.development_areas:
        paragraph(document, f"• {text}")
    document.add_paragraph()

    # Part 4: actions.
    brand_heading(document, rng.choice(("Part 4 – Actions (who, by when)", "4. Actions agreed with the worker")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Who", "By when", "Done?")):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # Part 5: the family's views and anything urgent.
    brand_heading(document, rng.choice(("Part 5 – Views and escalation", "5. Before you finish")), brand)
    questions = table(document, 2 if sample.feedback_sought is not None else 1, 2)
    row = 0
    if sample.feedback_sought is not None:
        label(questions.cell(0, 0), rng.choice((
            "Were the child and family asked what they think of the help they get, as part of this audit?",
            "Child / family views sought for this audit?")), "F2F2F2")
        if sample.feedback_sought:
            write(questions.cell(0, 1), rng.choice(("Yes – spoke to mum by phone.", "Yes", "Yes, child seen at school.")))
        else:
            write(questions.cell(0, 1), rng.choice(("No – family did not respond.", "No", "Not yet.")))
        row = 1
    label(questions.cell(row, 0), rng.choice((
        "Does anything need to happen today to keep the child safe? If yes, tell the Head of Service now.",
        "Urgent concern identified?")), "F2F2F2")
    if sample.urgent_concern:
        write(questions.cell(row, 1), f"YES – {sample.urgent_concern_detail}", bold=True)
    else:
        write(questions.cell(row, 1), rng.choice(("No", "No.", "None identified")))
    document.add_paragraph()

    # Part 6: moderation.
    brand_heading(document, rng.choice(("Part 6 – Head of Service moderation", "6. Moderation (Head of Service)")),
                  brand)
    if moderation_style == "box":
        box = table(document, 4, 2)
        for position, text in enumerate(("Moderated by", "Date", "Grade after moderation", "Comments")):
            label(box.cell(position, 0), text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade == sample.grade:
                write(box.cell(2, 1), f"Agreed – {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
            elif moderation.grade:
                write(box.cell(2, 1), f"Changed to {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif moderation:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, f"I agree with the overall judgement of {WORD[moderation.grade]}.", colour=ink)
        elif moderation.grade:
            paragraph(document, f"Moderated grade: {WORD[moderation.grade]}", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    else:
        paragraph(document, rng.choice(("Not moderated.", "To be completed by the Head of Service if selected.")),
                  italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx",
                    others=tuple(name for name, _ in household),
                    also=(dob, *(when(born) for _, born in household)))
