"""Child case audit: a team manager's audit of one child's record, in three
parts – Part A the child and the audit, Part B the areas of practice (the
auditor's evidence and a judgement on the council's printed 4-to-1 key),
the overall judgement, what is going well, what needs to develop, the
actions, whether the child and family were asked for their views and the
same-day safety question – and Part C, the Head of Service's moderation.

Modelled on Halton Borough Council's children's services as its published
material describes them: the "Single Inspection Framework – Headline
Feedback" presentation to members (a four-point judgement scale –
inadequate, requires improvement to be good, good, outstanding – where a
judgement needs ALL the criteria at its level), the council's account of
its Annual Performance Assessment graded from 4 (outstanding) to 1
(inadequate), and its news releases on Ofsted's monitoring visits after
the May 2024 inspection (2025: the areas inspectors reviewed included
child in need and child protection planning, management oversight and
"the local authority's own evaluation of the quality and impact of
performance and practice"). None of these shows a form, so the layout is
our judgement: Part A as a four-column grid, as "label: value" lines or as
two small tables (the child / the audit); the judgements as a number on
the printed 4–1 key, as the words typed in a column, as the four options
with the chosen one highlighted, or as a mark under four columns of a
grid; actions as a table, as "Action / Who / By" lines or a "no actions"
sentence; the views and safety questions as typed answers or tick boxes;
moderation typed in the Head of Service's colour as a box or as a signed
note, with remarks under the areas they read.
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

FAMILY = "child_case_audit"
SEED = 9541

# The form's areas of practice, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS).
AREAS = {
    "Full Case File Audit Tool": (
        "The child's voice and daily life",
        "Quality of assessment",
        "CIN / CP / care planning",
        "Management oversight and supervision",
        "Working with partner agencies",
        "Recording and chronology",
        "Difference made for the child",
    ),
    "Case Review Audit Tool 2025": (
        "Working with the family, not doing to them",
        "Language used in the record",
        "Leadership and management oversight",
        "The child's voice",
        "Engagement with the child and family",
        "Family history and networks",
        "Assessment and the plan",
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
             INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "Inadequate"}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}
STATUS = ("CIN", "CP – neglect", "CP – emotional abuse", "CLA (s.20)", "CLA (s.31)", "CIN – disabled child")
WHY_AUDITED = ("Monthly audit programme", "Random selection", "Thematic month – planning",
               "Requested by Head of Service", "Monthly audit – 2 per manager")
NO_ACTIONS = ("No actions – practice is on track and the plan covers what is needed.",
              "No further actions required from this audit.",
              "None identified.")
VIEWS_QUESTIONS = ("Were the child and family contacted for their views as part of this audit?",
                   "Child / family feedback sought for this audit?",
                   "Have you spoken to the child and/or parents about their experience of our service?")
SAFETY_QUESTIONS = ("Is any child in this household at immediate risk, needing action today? "
                    "(If yes, tell the Head of Service the same day.)",
                    "Does the audit raise any immediate safeguarding concern?",
                    "Urgent concerns identified requiring escalation?")
ROUTINE_NO = ("No", "No.", "No – the plan is managing risk", "None")
NOT_ASKED = ("No – mum declined a call", "No", "Not on this occasion", "No – unable to reach family")
ASKED = ("Yes", "Yes – spoke to mum by phone", "Yes – child seen at school", "Yes, both parents")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern and not sample.moderation][:2]
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


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("grid", "lines", "two_tables"))
    grading = rng.choice(("score", "words", "highlight", "columns"))
    ticks = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(0, 2), today) if details != "lines" else []

    names = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for name, section in zip(names, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() > 0.35
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

    document = new_document(rng, landscape=grading == "columns")
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE (personal)", "Confidential when complete")),
        size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA/CSC/{rng.choice(('03', '07', '11'))} Child case audit – v{rng.choice(('2', '2.3', '3'))}",
        size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Child Case Audit", "Audit of a Child's Record", "Case Audit – Child's File"))
    brand_heading(document, title.upper() if rng.random() < 0.4 else title, brand, size=16)
    paragraph(document, "Complete Parts A and B and send to the QA team within 5 working days. "
                        "Part C is for the Head of Service.", italic=True, size=8)

    # Part A: the child and the audit.
    auditor = sample.auditor
    role = _role(auditor)
    role_row = None
    if role:
        if rng.random() < 0.5:
            role_row = ("Role", role)
        elif rng.random() < 0.5:
            auditor = f"{auditor} ({role})"
    reference_label = rng.choice(("Liquidlogic ID", "Case ref", "Child's ID number", "LCS number"))
    child_rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Status", rng.choice(STATUS)),
    ]
    if rng.random() < 0.5:
        child_rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    child_rows.append(("Parents / carers", ", ".join(child.parents)))
    if household:
        child_rows.append(("Siblings", "; ".join(f"{name} (DOB {when(born)})" for name, born in household)))
    audit_rows = [(rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor)]
    if role_row:
        audit_rows.append(role_row)
    audit_rows.append((rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)))
    audit_rows.append((rng.choice(("Social worker", "Allocated worker", "Case holder")), sample.practitioner))
    if show_team:
        audit_rows.append(("Team", sample.team))
    if show_service:
        audit_rows.append((rng.choice(("Service", "Service area")), sample.service))
    audit_rows.append(("Reason for audit", rng.choice(WHY_AUDITED)))

    brand_heading(document, "PART A – About the child and the audit", brand)
    if details == "grid":
        pairs = [*child_rows, *audit_rows]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            write(grid.cell(row, column + 1), value)
    elif details == "lines":
        for text, value in [*child_rows, *audit_rows]:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        for heading, rows in (("The child", child_rows), ("The audit", audit_rows)):
            box = table(document, len(rows) + 1, 2)
            merged = box.cell(0, 0).merge(box.cell(0, 1))
            label(merged, heading, "D9E2F3")
            for row, (text, value) in zip(box.rows[1:], rows):
                label(row.cells[0], text)
                write(row.cells[1], value)
            document.add_paragraph()
    document.add_paragraph()

    # Part B: the areas of practice.
    brand_heading(document, "PART B – Areas of practice", brand)
    key = "   ".join(f"{SCORES[grade]} = {KEY_WORDS[grade]}" for grade in ORDER)
    paragraph(document, f"Judgement key: {key}", size=9, bold=True)
    if grading == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "HoS comment – ", "Moderator: "))
    score_label = rng.choice(("Score (4–1): ", "Judgement no.: ", "Score: "))
    if grading == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", "4", "3", "2", "1")):
            label(cell, text, "D9D9D9")
        mark = rng.choice(("X", "\u2713", "x"))
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            write(row.cells[2 + ORDER.index(section.grade)], mark, bold=True)
    else:
        for number, section in enumerate(sample.sections, start=1):
            box = table(document, 2, 2)
            merged = box.cell(0, 0).merge(box.cell(0, 1))
            label(merged, f"B{number}. {section.name}", "F2F2F2")
            write(box.cell(1, 0), section.comment)
            if section.name in remarks:
                write(box.cell(1, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            _judgement(rng, box.cell(1, 1), grading, section.grade, overall=False, score_label=score_label)
            document.add_paragraph()
    document.add_paragraph()

    # Overall judgement.
    brand_heading(document, "Overall judgement for this child's case", brand)
    box = table(document, 1, 2)
    label(box.cell(0, 0), rng.choice(("Overall judgement", "Overall audit judgement", "OVERALL GRADE")), "FFF2CC")
    _judgement(rng, box.cell(0, 1), "words" if grading == "columns" else grading, sample.grade, overall=True,
               score_label=score_label)
    document.add_paragraph()

    # Going well and to develop.
    headings = rng.choice((("What is going well?", "What needs to develop?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Learning / areas to improve")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        brand_heading(document, heading, brand, size=11)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions arising", "Actions (who and by when)", "Action plan")), brand,
                  size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Responsible", "Timescale"), ("What needs to happen", "Who", "By when"),
                              ("Action", "Lead", "Target date", "Completed?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, action.action)
            paragraph(document, f"    Who: {action.owner}    By: {when(action.due)}")
    document.add_paragraph()

    # Views and safety.
    if sample.feedback_sought is not None:
        _question(rng, document, rng.choice(VIEWS_QUESTIONS), sample.feedback_sought,
                  rng.choice(ASKED) if sample.feedback_sought else rng.choice(NOT_ASKED), ticks)
    if sample.urgent_concern:
        _question(rng, document, rng.choice(SAFETY_QUESTIONS), True, f"Yes – {sample.urgent_concern_detail}", ticks,
                  detail=sample.urgent_concern_detail)
    else:
        _question(rng, document, rng.choice(SAFETY_QUESTIONS), False, rng.choice(ROUTINE_NO), ticks)
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when, grading)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _judgement(rng: random.Random, cell, grading: str, grade: str, *, overall: bool,
               score_label: str = "Score: ") -> None:
    """The judgement in the form's style, written into `cell`."""
    if grading == "score":
        line = write(cell, score_label, bold=True)
        run(line, str(SCORES[grade]), bold=True, size=14 if overall else None)
    elif grading == "words":
        line = write(cell, "Judgement: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.2))
    else:  # highlight: the four options, the chosen one highlighted
        for option in ORDER:
            write(cell, f"{SCORES[option]}  {KEY_WORDS[option]}", highlight=option == grade,
                  bold=option == grade and overall)


def _question(rng: random.Random, document, question: str, answer: bool, typed: str, ticks: bool,
              detail: str | None = None) -> None:
    grid = table(document, 1, 2)
    label(grid.cell(0, 0), question, "F2F2F2")
    if ticks:
        yes, no = ("\u2612", "\u2610") if answer else ("\u2610", "\u2612")
        write(grid.cell(0, 1), f"Yes {yes}    No {no}")
        if detail:
            write(grid.cell(0, 1), f"Details: {detail}")
    else:
        write(grid.cell(0, 1), typed)


def _moderated_grade(rng: random.Random, grading: str, grade: str) -> str:
    if grading == "score":
        return f"{SCORES[grade]} – {KEY_WORDS[grade]}"
    return informal_grade(rng, grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when,
                grading: str) -> None:
    brand_heading(document, "PART C – Head of Service moderation", brand)
    if moderation is None:
        paragraph(document, rng.choice(("Not selected for moderation.", "", "Awaiting moderation.")), italic=True)
        return
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderator", f"{moderation.moderator}, {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            verdict = ("Yes – agree with the auditor" if moderation.grade == sample.grade
                       else "No – judgement changed")
            rows.append(("Do you agree with the overall judgement?", verdict))
            rows.append(("Moderated judgement", _moderated_grade(rng, grading, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                line = paragraph(document, "I agree with the auditor's judgement: ", colour=ink, bold=True)
            else:
                line = paragraph(document, "Judgement amended to: ", colour=ink, bold=True)
            run(line, _moderated_grade(rng, grading, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, {role}   {when(moderation.date)}", colour=ink, italic=True)

