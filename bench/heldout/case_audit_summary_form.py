"""Case audit summary form: a team manager's audit of one child's case
file written up as a short summary – the child and case details, each area
of practice with the evidence found and a grade, the overall grade, what
is strong and what needs developing, actions with who and by when, whether
the child's and family's views were sought, the urgent-concern question
and the Head of Service's moderation.

Modelled on the South Tees Safeguarding Children Partnership (Middlesbrough
and Redcar and Cleveland with Cleveland Police and the ICB; every North
East council was already used, so a North East partnership stands in): its
2022/23 annual report, as presented to Middlesbrough's scrutiny panel,
covers quality assurance and performance among its contents. The source
shows no form, so the layout is our own judgement: a title band, the case
details as a label/value table, a four-column grid or typed lines, the
areas as a table of area / evidence / grade with the grade written as a
word, a number on a printed 1-4 key, the chosen option highlighted among
the four, or a mark under one of four columns, actions as a table, lines
or a "none" sentence, and moderation typed in the Head of Service's colour
as a box or as a signed paragraph.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, Section, sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
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

FAMILY = "case_audit_summary_form"
SEED = 9943

# The form's areas of practice, in the order of the sample's seven areas.
AREAS = (
    ("Child's voice and lived experience", "Child seen / seen alone; wishes and feelings recorded"),
    ("Quality of assessment", "Current, analytical, history considered"),
    ("Plan and progress", "SMART plan, reviewed on time, drift avoided"),
    ("Working with the family", "Parents and wider family involved in the plan"),
    ("Partnership working", "Police, health, school contribute and share information"),
    ("Management oversight and supervision", "Decisions recorded with rationale"),
    ("Difference made for the child", "What has changed because of our involvement"),
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
PLANS = ("CIN", "CP – neglect", "CP – emotional abuse", "CLA (s.20)", "CLA (s.31)", "Child in Need")
NO_ACTIONS = ("No actions – plan in place addresses the issues.", "Actions: none required at this time.",
              "Nil actions arising from this audit.")
URGENT_QUESTIONS = ("Is there any urgent safeguarding concern arising from this audit?",
                    "Urgent concerns identified? (if yes, inform HoS the same day)",
                    "Does anything need to happen TODAY to keep the child safe?")


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


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = rng.choice(("word", "number", "highlight", "columns"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(AREAS, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.6
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
        renamed = dict(zip(old_names, (name for name, _ in AREAS)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case Audit Summary – QA{rng.randint(2, 9)} – OFFICIAL SENSITIVE", size=8)

    band = table(document, 1, 1)
    write(band.cell(0, 0), council_line(rng), bold=True, colour=brand, size=9)
    title = rng.choice(("CASE AUDIT SUMMARY", "Case Audit Summary Form", "Case File Audit – Summary"))
    write(band.cell(0, 0), title, bold=True, size=15, colour=brand)
    write(band.cell(0, 0), "To be completed by the Team Manager and returned to Quality Assurance within 5 working "
                           "days", italic=True, size=8)
    document.add_paragraph()

    # Details.
    details = [
        (rng.choice(("Child's name", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("LCS number", "Case ref", "Child ID")), sample.case_id),
        ("Plan / status", rng.choice(PLANS)),
        ("Parent(s) / carer(s)", ", ".join(child.parents)),
        ("Siblings", "; ".join(name for name, _ in household) or rng.choice(("n/a", "None", "-"))),
        (rng.choice(("Social worker", "Allocated worker", "Case holder")), sample.practitioner),
        ("Team", sample.team),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [
        (rng.choice(("Auditor (TM)", "Audited by", "Team Manager completing audit")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, rng.choice(("Section A – Case details", "1. Details", "Case details")), brand)
    if details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(details) + 1) // 2, 4)
        for position, (text, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        for text, value in details:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Grading key (printed on the form whatever the style).
    brand_heading(document, rng.choice(("Section B – Areas of practice", "2. Audit of practice")), brand)
    if grade_style == "number":
        key = paragraph(document, "Key: ", bold=True, size=9)
        run(key, "  ".join(f"{number} = {WORDS[grade]}" for number, grade in enumerate(ORDER, start=1)), size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the grade that applies for each area.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "HoS comment – ", "[HoS] "))
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    if grade_style == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(name for _, name in columns))):
            label(cell, text, "DDEBF7")
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        heading = {"number": "Grade (1-4)", "word": "Grade", "highlight": "Grade"}[grade_style]
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence / analysis", heading)):
            label(cell, text, "DDEBF7")
    for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
        _grade(rng, row.cells, grade_style, section.grade, columns, symbol)
    document.add_paragraph()

    # Overall.
    overall = paragraph(document, rng.choice(("Overall grade: ", "OVERALL GRADING OF CASE: ",
                                              "Overall judgement of practice: ")), bold=True)
    if grade_style == "number":
        number = ORDER.index(sample.grade) + 1
        run(overall, rng.choice((f"{number}", f"{number} ({WORDS[sample.grade]})")))
    elif grade_style == "highlight":
        for position, option in enumerate(ORDER):
            run(overall, " / " if position else "")
            run(overall, WORDS[option], highlight=option == sample.grade, bold=option == sample.grade)
    else:
        run(overall, informal_grade(rng, sample.grade))
    document.add_paragraph()

    # Strengths and development.
    brand_heading(document, rng.choice(("Section C – Summary of findings", "3. Findings")), brand)
    headings = rng.choice((("Strengths", "Areas for development"),
                           ("Key strengths", "Areas for improvement / development")))
    bullet = rng.choice(("\u2022 ", "- ", "\u25aa "))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True, colour=brand)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(("Were the child's and family's views sought as part of this "
                                                "audit? ", "Child / family views sought for audit: ")), bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes – mother spoken to by phone", "Yes", "YES – child seen at school")))
        else:
            run(asked, rng.choice(("No", "No – not possible in timescale", "NO")))
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Section D – Actions", "4. Actions arising")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        actions = table(document, len(sample.actions) + 1, 4)
        headers = rng.choice((("No.", "Action", "Who", "By when"), ("#", "Action required", "Responsible", "Date")))
        for cell, text in zip(actions.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for number, (row, action) in enumerate(zip(actions.rows[1:], sample.actions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}) {action.action}")
            run(line, f"  Who: {action.owner}.  By: {when(action.due)}", italic=True)
    document.add_paragraph()

    # Urgent concern.
    question = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(question, rng.choice(("YES", "Yes")), bold=True)
        paragraph(document, f"Detail: {sample.urgent_concern_detail}")
    else:
        run(question, rng.choice(("No", "NO", "No.")))
    document.add_paragraph()

    # Moderation.
    heading = rng.choice(("Section E – Head of Service moderation", "Moderation (Head of Service)"))
    if moderation and rng.random() < 0.5:
        brand_heading(document, heading, brand)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}",
                           colour=ink, bold=True)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            line = paragraph(document, rng.choice(("I agree with the grade given: ", "Grade confirmed: "))
                             if agrees else rng.choice(("I do not agree with the grade. Moderated grade: ",
                                                        "Grade changed following moderation to ")), colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
    elif moderation or rng.random() < 0.6:
        brand_heading(document, heading, brand)
        moderation_box(document, rng, sample, moderation,
                       labels=("Head of Service", "Date moderated", "Agree with TM grade?", "Moderated grade",
                               "HoS comments"),
                       agree=("Yes", "No"),
                       not_moderated=("Not selected for moderation this month", ""), ink=ink, when=when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cells, style: str, grade: str, columns, symbol: str) -> None:
    if style == "columns":
        for cell, (option, _) in zip(cells[2:], columns):
            if option == grade:
                mark(cell, symbol)
    elif style == "number":
        write(cells[2], str(ORDER.index(grade) + 1), bold=True)
    elif style == "highlight":
        line = write(cells[2], "")
        for position, option in enumerate(ORDER):
            run(line, " / " if position else "")
            run(line, SHORT[option], highlight=option == grade, bold=option == grade)
    else:
        write(cells[2], informal_grade(rng, grade, note_chance=0.2))
