"""Case quality audit: a team manager's audit of one child's case file in
a unitary council's children's social care, written against the council's
strengths-based model of practice. A title strip, the case details, the
grading key, each area of practice with what the auditor found and its
score, the overall quality of practice, what is working well and what
needs to improve, whether the child and family were spoken to for the
audit, the actions (who, by when), the "act today" safety question and the
Head of Service's moderation.

Modelled on Thurrock Council's children's services as published accounts
of Ofsted's inspections describe them: the inspection of November 2019
(WillisPalmer, "Thurrock improves from requires improvement to good":
practitioners listen to children and parents and take time to understand
children's experiences, act swiftly to prevent harm, assessments under the
council's revised model of practice are comprehensive and analytical,
core groups review child protection plans, senior leaders have built a
culture of continuous learning) and the focused visit of September 2018
(Thurrock Gazette: a strengths-based model of practice, practice
standards social workers understand, learning from auditing and
performance monitoring, the quality of plans and children's access to
advocacy still to improve). Neither shows a form, so the layout is our
own judgement: the areas follow what the inspections looked for; the
details as "label: value" lines two to a line, a four-column grid or a
strip of column headings over one row of values; each area as a block
(evidence, then the score) or as a row of one table; scores as a number
on a printed 1–4 key, the grade words with the chosen one highlighted, a
mark under four grade columns, or the grade typed informally; the views
and safety questions answered with ticked boxes or words; actions as a
table, as "Action / Who / By" lines or a "no actions" sentence; and the
moderation typed in the Head of Service's colour as a box or a signed
paragraph, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms
from bot.samples.ooxml import shade

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
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

FAMILY = "case_quality_audit"
SEED = 6863

# The form's areas of practice in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS), each with the question printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("Listening to the child", "Do we know what the child thinks and feels, in their words or behaviour?"),
        ("Assessment and analysis", "Is the assessment analytical – does it say what it means for the child?"),
        ("Plans that make a difference", "Is the plan specific and measurable, and is it being reviewed?"),
        ("Management oversight and reflective supervision", "Is there clear direction at each decision point?"),
        ("Working with partners", "Are school, health, police and the core group sharing information?"),
        ("Recording and chronology", "Is the record up to date, and would the child understand it?"),
        ("Progress and impact for the child", "What is different for the child because of our work?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Strengths-based working with the family", "Is the family's own safety and support network used?"),
        ("How we write about children and families", "Is the language clear, respectful and free of jargon?"),
        ("Leadership and management grip", "Are supervision and management decisions recorded with reasons?"),
        ("Listening to the child", "Has the child been seen, and seen alone where appropriate?"),
        ("Relationships with the child and family", "Does the worker know the family and do they trust them?"),
        ("Family history and wider network", "Is the history understood and is the wider family involved?"),
        ("Assessment leading to a clear plan", "Does the plan follow from the assessment?"),
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY = {
    OUTSTANDING: "practice is exceptional and is making a real difference; others could learn from it",
    GOOD: "the child is helped and protected; practice meets our standards",
    REQUIRES_IMPROVEMENT: "the child is safe but practice is not yet consistently good",
    INADEQUATE: "practice leaves the child at risk or without the help they need",
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Team Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}
CASE_STATUS = {"Children in Care": ("CLA", "Looked After (s.20)", "Looked After – Interim Care Order",
                                    "Looked After – full care order"),
               "Children with Disabilities": ("CIN", "Child in Need", "Child in Need – short breaks")}
OTHER_STATUS = ("CIN", "CP", "Child in Need", "Child Protection – category neglect",
                "Child Protection – emotional abuse")
NO_ACTIONS = ("No further actions – the plan already covers what is needed.",
              "No actions arising from this audit.",
              "Nil – practice on this case is in line with our standards.")
SAFETY_QUESTIONS = (
    "Did anything in this audit need action TODAY to keep the child safe?",
    "Is there any immediate safeguarding concern arising from this audit? (If yes, inform the Team Manager "
    "and Head of Service the same day)",
    "Safety check – does the child need a response now?",
)
VIEWS_QUESTIONS = (
    "Did you speak to the child and/or family about their experience as part of this audit?",
    "Have the child's and family's views of the service been sought for this audit?",
    "Family feedback obtained?",
)
VIEWS_YES = ("Mum spoken to by phone; said the worker listens and explains things.",
             "Child seen with the worker; views recorded in the case notes.",
             "Family feedback form returned.")
VIEWS_NO = ("Not able to reach the family before the audit was due.", "Family declined.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
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


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _box(ticked: bool) -> str:
    return "\u2612" if ticked else "\u2610"


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    score_style = rng.choice(("number", "highlight", "columns", "typed"))
    details_style = rng.choice(("lines", "grid", "strip"))
    area_style = rng.choice(("blocks", "rows"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
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
    if sample.actions and not sample.urgent_concern and rng.random() < 0.2:
        changes["actions"] = ()
    status = rng.choice(CASE_STATUS.get(sample.service, OTHER_STATUS))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"CQA v{rng.choice(('2', '2.3', '3'))} – OFFICIAL SENSITIVE when complete – return to the QA inbox",
        size=8)

    # Title strip.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Case Quality Audit", "CASE QUALITY AUDIT", "Case Quality Audit – Team Manager audit",
                        "Monthly Case Quality Audit"))
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(("Strengths-based practice: what difference are we making for this child?",
                                    "Please complete every section and return within 5 working days.")),
              italic=True, size=9)

    # Case details.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} – {role}" if rng.random() < 0.5 else f"{auditor} ({role})"
    siblings_text = "; ".join(f"{name}, {_age(born, today)}" for name, born in household) or rng.choice(
        ("n/a", "None", "No siblings"))
    details = [
        (rng.choice(("Child", "Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "D.O.B.", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Case no.", "Mosaic ID", "Case ref", "Child ID")), sample.case_id),
        (rng.choice(("Status", "Case status", "Legal status")), status),
        (rng.choice(("Social worker", "Allocated worker", "SW")), sample.practitioner),
    ]
    if show_team:
        details.append(("Team", sample.team))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    family = [
        (rng.choice(("Parents/carers", "Mother / father / carers")), ", ".join(child.parents)),
        ("Siblings", siblings_text),
    ]
    if rng.random() < 0.5:
        family.insert(0, ("Address", ", ".join((*child.address_lines, child.postcode))))
    if details_style == "lines":
        items = details + family
        for position in range(0, len(items), 2):
            line = paragraph(document)
            for text, value in items[position:position + 2]:
                if line.runs:
                    run(line, "\t\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
    elif details_style == "grid":
        items = details + family
        grid = table(document, (len(items) + 1) // 2, 4)
        for position, (text, value) in enumerate(items):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            write(grid.cell(row, column + 1), value)
    else:
        strip = table(document, 2, len(details))
        for column, (text, value) in enumerate(details):
            label(strip.cell(0, column), text, "D9E2F3")
            write(strip.cell(1, column), value)
        document.add_paragraph()
        for text, value in family:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Grading key.
    paragraph(document, "How to score", bold=True, colour=brand, size=12)
    if score_style == "number":
        key = table(document, 4, 2)
        for number, (row, grade) in enumerate(zip(key.rows, ORDER), start=1):
            write(row.cells[0], f"{number} = {WORDS[grade]}", bold=True)
            write(row.cells[1], KEY[grade], italic=True)
        paragraph(document, "Enter the number for each area.", italic=True, size=9)
    elif score_style == "highlight":
        paragraph(document, "Highlight the judgement that applies to each area (Outstanding, Good, Requires "
                            "improvement, Inadequate).", italic=True)
    elif score_style == "columns":
        paragraph(document, "Put a mark under the judgement for each area.", italic=True)
    else:
        paragraph(document, "Use the Ofsted grades – Outstanding / Good / Requires Improvement / Inadequate – and "
                            "say why in the evidence box.", italic=True)
    document.add_paragraph()

    # Areas of practice.
    paragraph(document, rng.choice(("Areas of practice", "Part 2 – Quality of practice", "The audit")), bold=True,
              colour=brand, size=12)
    prefix = rng.choice(("HoS: ", "HoS comment – ", ""))
    if area_style == "rows":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What did you find? (evidence)", "Score")):
            label(cell, text, "D9E2F3")
        for number, (row, section, (_, question)) in enumerate(zip(grid.rows[1:], sample.sections, areas),
                                                                start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[0], question, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            _score(rng, row.cells[2], score_style, section.grade, compact=True)
    else:
        for number, (section, (_, question)) in enumerate(zip(sample.sections, areas), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, question, italic=True, size=9)
            block = table(document, 2, 2)
            label(block.cell(0, 0), rng.choice(("Evidence", "What did you find?")), "F2F2F2")
            write(block.cell(0, 1), section.comment)
            if section.name in remarks:
                write(block.cell(0, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            label(block.cell(1, 0), "Score" if score_style == "number" else "Judgement", "F2F2F2")
            _score(rng, block.cell(1, 1), score_style, section.grade, compact=False)
            document.add_paragraph()
    document.add_paragraph()

    # Overall.
    paragraph(document, rng.choice(("Overall quality of practice for this child", "Overall judgement",
                                    "Overall score")), bold=True, colour=brand, size=12)
    overall = table(document, 1, 1)
    _score(rng, overall.cell(0, 0), score_style, sample.grade, compact=False)
    document.add_paragraph()

    # Working well / needs to improve.
    paragraph(document, rng.choice(("What is working well?", "Strengths", "What's going well")), bold=True,
              colour=brand)
    numbered = rng.random() < 0.4
    for number, text in enumerate(sample.strengths, start=1):
        paragraph(document, f"{number}. {text}" if numbered else f"\u2022 {text}")
    paragraph(document, rng.choice(("What needs to improve?", "Areas for development", "Even better if...")),
              bold=True, colour=brand)
    for number, text in enumerate(sample.development_areas, start=1):
        paragraph(document, f"{number}. {text}" if numbered else f"\u2022 {text}")
    document.add_paragraph()

    # The child's and family's views.
    if sample.feedback_sought is not None:
        question = rng.choice(VIEWS_QUESTIONS)
        if rng.random() < 0.5:
            line = paragraph(document, f"{question}  ", bold=True)
            run(line, f"{_box(sample.feedback_sought)} Yes   {_box(not sample.feedback_sought)} No")
        else:
            line = paragraph(document, f"{question} ", bold=True)
            run(line, rng.choice(("Yes", "YES", "Yes –")) if sample.feedback_sought else rng.choice(("No", "NO")))
        note = rng.choice(VIEWS_YES if sample.feedback_sought else VIEWS_NO)
        if note:
            paragraph(document, note, italic=True)
        document.add_paragraph()

    # Actions.
    paragraph(document, rng.choice(("Actions", "Actions agreed with the worker", "Action plan")), bold=True,
              colour=brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Responsible", "Timescale"),
                              ("Action", "Lead", "Target date", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}. ", bold=True)
            run(line, action.action)
            detail = paragraph(document)
            run(detail, "Who: ", bold=True)
            run(detail, action.owner)
            run(detail, "    By: ", bold=True)
            run(detail, when(action.due))
    document.add_paragraph()

    # Safety question.
    question = rng.choice(SAFETY_QUESTIONS)
    if rng.random() < 0.5:
        line = paragraph(document, f"{question}  ", bold=True)
        run(line, f"{_box(sample.urgent_concern)} Yes   {_box(not sample.urgent_concern)} No")
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    else:
        paragraph(document, question, bold=True)
        if sample.urgent_concern:
            paragraph(document, f"YES – {sample.urgent_concern_detail}")
        else:
            paragraph(document, rng.choice(("No.", "No", "No – none identified")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _score(rng: random.Random, cell, style: str, grade: str, *, compact: bool) -> None:
    """The grade written into `cell` in the form's style."""
    if style == "number":
        number = ORDER.index(grade) + 1
        write(cell, str(number) if compact and rng.random() < 0.5 else f"{number} – {WORDS[grade]}", bold=True)
    elif style == "highlight":
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, "\n" if compact else "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    elif style == "columns":
        marks = table(cell, 2, 4) if not compact else None
        if marks is None:
            for option in ORDER:
                write(cell, f"{WORDS[option]}  {'X' if option == grade else ''}".rstrip(),
                      bold=option == grade)
            return
        symbol = rng.choice(("X", "\u2713", "x"))
        for column, option in enumerate(ORDER):
            write(marks.cell(0, column), WORDS[option], bold=True, size=8)
            if option == grade:
                write(marks.cell(1, column), symbol, bold=True)
                shade(marks.cell(1, column)._tc, "D9D9D9")
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.0 if not compact else 0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS quality assurance"))
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, heading, bold=True, colour=brand, size=12)
            paragraph(document, rng.choice(("Not selected for moderation.", "HoS to complete if selected.")),
                      italic=True)
        return
    paragraph(document, heading, bold=True, colour=brand, size=12)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderator", f"{moderation.moderator}, {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the auditor's overall judgement?",
                         "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            text = informal_grade(rng, moderation.grade)
            if moderation.grade == sample.grade:
                text += rng.choice((" – agree with the auditor", " (agreed)"))
            run(line, text, colour=ink)
        paragraph(document, f"{moderation.moderator}, {role}, {when(moderation.date)}", colour=ink, italic=True)
