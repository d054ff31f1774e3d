"""Case audit proforma: a team manager's audit of one child's case file in
children's social care, as a north-east borough's proforma might carry it
after an inspection asked for plans that are specific to the child, better
supervision and contingency planning, and the child's and family's views in
every audit. Part A the case details, Part B the family's view of the help
(asked as part of the audit), Part C the areas of practice each with the
auditor's evidence and a grade, Part D the overall grade with what is going
well and what needs to be better, Part E the actions, Part F the
immediate-risk question, Part G the Service Manager's or Head of Service's
moderation.

Modelled on Gateshead Council's children's services as the council's
Families Overview and Scrutiny Committee heard in its "Ofsted Improvement
Plan" item (early 2022, after the focused visit of September 2021 and the
short inspection of April 2019): findings very positive, with six areas to
improve – the quality and focus of written plans, specific and targeted to
each child; access to services for children in care living out of the
borough; the quality and impact of supervision and contingency planning for
children in need; routine inclusion of children's and families' views in
audits; contextual safeguarding; domestic abuse provision. The item shows
no form, so the layout is our judgement: the case details as a four-column
grid, as "label: value" lines, or as two header-and-value strips; each area
as a small table (evidence, then the grade) whose grade is the four words
with the chosen one highlighted, a number on a printed 1–4 key, the word as
typed, or a tick under one of four columns; the family's view as a Yes /
No with how they were asked; actions as a table, as "Action / Who / When"
lines, or a "no actions" sentence; moderation typed in the moderator's
colour under the areas they read and in a closing block or a bordered box.
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

FAMILY = "case_audit_proforma"
SEED = 7459
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The proforma's areas of practice, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS), each with the question printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's voice and lived experience",
         "Is it clear what the child has said, shown or drawn, and how it shaped the work?"),
        ("Quality of the assessment",
         "Is the assessment current, analytical and clear about risk and need?"),
        ("The plan: specific, targeted and written for the child",
         "Would the child and family recognise the plan? Is each action specific, with a timescale?"),
        ("Supervision and management direction",
         "Is there regular reflective supervision, with a contingency plan where progress stalls?"),
        ("Working with partners",
         "Are the right agencies involved, attending meetings and doing what the plan asks of them?"),
        ("Case recording and chronology",
         "Is the record up to date, and does the chronology show the significant events?"),
        ("Impact: is the child's situation improving?",
         "What difference has our involvement made for the child?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family, not doing to them",
         "Were the family involved in the decisions about them?"),
        ("How we write about children and families",
         "Is the language respectful, clear and free of jargon?"),
        ("Management oversight and contingency planning",
         "Is there clear direction at key points, and a plan B if things do not change?"),
        ("The child's lived experience",
         "Do we know what a day is like for this child?"),
        ("Relationships with the child and family",
         "Does the worker see the child alone and know the family well?"),
        ("History, networks and wider family",
         "Has the history been used, and is the wider network part of the plan?"),
        ("Assessment into plan",
         "Does the plan follow from the assessment and address the worries identified?"),
    ),
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Service Director",
         "director": "Strategic Director"}
CASE_STATUS = ("CIN", "CP", "CLA (s.20)", "CLA (s.31)", "Child in Need", "Child Protection", "Care leaver")
KEY = {
    OUTSTANDING: "exceeds the standard; others could learn from it",
    GOOD: "meets the standard; the child is helped and safe",
    REQUIRES_IMPROVEMENT: "not yet good; no child left at risk",
    INADEQUATE: "serious shortfalls; child may be left at risk",
}
VIEW_METHODS = (
    "phone call with mum",
    "spoke to the young person at the CIN review",
    "feedback form sent and returned",
    "home visit with the SW",
    "telephone call to dad and carer",
)
VIEW_SUMMARIES = (
    "Said the social worker listens and things are calmer at home.",
    "Mum felt the plan was too long but said she understood what was expected of her.",
    "The young person said they like their worker but meetings are boring.",
    "Family said they did not always know who to ring when the SW was off.",
)
NOT_ASKED = ("family declined", "could not make contact in the audit window", "not appropriate at this time",
             "parent did not respond to 2 calls")
NO_ACTIONS = ("No actions arising from this audit.", "None – plan is addressing everything found.",
              "No further actions. Audit discussed with the SW in supervision.")
RISK_QUESTIONS = (
    "Has this audit identified any child at immediate risk of harm? (If yes, inform the Service Manager the same day)",
    "Are there any immediate safeguarding concerns arising from this audit?",
    "Is any child on this case at risk now? If yes, tell the Service Manager before the end of the day.",
)


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


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grading = ("highlight", "number", "word", "columns")[index % 4]  # each way on four files
    details = rng.choice(("grid", "lines", "strips"))
    tick = rng.choice(("\u2713", "X", "x", "\u221a"))  # one mark per form
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 2)), today)
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
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, "OFFICIAL – SENSITIVE (when complete)", size=8, bold=True)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case audit proforma – version {rng.choice(('2.1', '3', '3.2'))} – "
                f"return to the Quality Assurance team", size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Case Audit Proforma", "CASE AUDIT PROFORMA", "Case File Audit – Proforma",
                        "Team Manager Case Audit Proforma"))
    paragraph(document, title, bold=True, size=16)
    intros = ["Audits are completed by the Team Manager and moderated by the Service Manager or Head of Service."]
    if sample.feedback_sought is not None:
        intros.append("Complete one proforma per child. Speak to the child and/or family as part of every audit and "
                      "record what they told you in Part B.")
    paragraph(document, rng.choice(intros), italic=True, size=9)

    # Part A: case details.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.4:
        auditor = f"{auditor} ({role})"
    reference_label = rng.choice(("LCS number", "Case number", "Child ID", "LCS ID"))
    status = rng.choice(CASE_STATUS)
    sib_text = "; ".join(f"{name} (DOB {when(born)})" for name, born in household) or rng.choice(("None", "N/A", "—"))
    child_pairs = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Case status", status),
        ("Parent(s)/carer(s)", ", ".join(child.parents)),
        ("Siblings", sib_text),
    ]
    work_pairs = [(rng.choice(("Allocated worker", "Social worker", "Allocated SW")), sample.practitioner)]
    work_pairs.append(("Team", sample.team if show_team else ""))
    if show_service:
        work_pairs.append(("Service", sample.service))
    work_pairs += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, "Part A – Case details", brand)
    pairs = child_pairs + work_pairs
    if details == "grid":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "E7E6E6")
            if value:
                write(grid.cell(row, column * 2 + 1), value)
    elif details == "lines":
        for text, value in pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value or "")
    else:
        for strip in (child_pairs[:4], work_pairs):
            grid = table(document, 2, len(strip))
            for column, (text, value) in enumerate(strip):
                label(grid.cell(0, column), text, "D9E2F3")
                if value:
                    write(grid.cell(1, column), value)
            document.add_paragraph()
        line = paragraph(document, "Parent(s)/carer(s): ", bold=True)
        run(line, ", ".join(child.parents))
        line = paragraph(document, "Siblings: ", bold=True)
        run(line, sib_text)
    document.add_paragraph()

    # Part B: the child's and family's views, asked as part of the audit
    # (older copies of the proforma have no Part B).
    if sample.feedback_sought is not None:
        brand_heading(document, "Part B – What the child and family told us", brand)
        question = rng.choice(("Were the child and/or family spoken to as part of this audit?",
                               "Have the views of the child and family been sought for this audit? (Y/N)"))
        line = paragraph(document, f"{question} ", bold=True)
        if sample.feedback_sought:
            run(line, f"{rng.choice(('Yes', 'Y', 'YES'))} – {rng.choice(VIEW_METHODS)}")
            paragraph(document, rng.choice(VIEW_SUMMARIES))
        else:
            run(line, f"{rng.choice(('No', 'N', 'NO'))} – {rng.choice(NOT_ASKED)}")
        document.add_paragraph()

    # Part C: areas of practice.
    brand_heading(document, "Part C – Areas of practice", brand)
    if grading == "number":
        paragraph(document, "Grade each area and the case overall using the key:", italic=True)
        key = table(document, 4, 2)
        for row, (number, grade) in zip(key.rows, enumerate(ORDER, start=1)):
            write(row.cells[0], f"{number} = {WORDS[grade]}", bold=True)
            write(row.cells[1], KEY[grade], italic=True)
        document.add_paragraph()
    elif grading == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True)
    elif grading == "columns":
        paragraph(document, "Tick one grade for each area: O = Outstanding, G = Good, RI = Requires improvement, "
                            "I = Inadequate.", italic=True)
    hos = rng.choice(("HoS comment: ", "Moderator: ", "SM comment – "))
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
        box = table(document, 3, 1)
        write(box.cell(0, 0), f"C{number}. {section.name}", bold=True)
        shade(box.cell(0, 0)._tc, "F2F2F2")
        write(box.cell(0, 0), prompt, italic=True, size=8)
        write(box.cell(1, 0), section.comment)
        if section.name in remarks:
            write(box.cell(1, 0), f"{hos}{remarks[section.name]}", colour=ink, italic=True)
        _grade(rng, box.cell(2, 0), grading, section.grade, "Grade", tick)
        document.add_paragraph()

    # Part D: overall.
    brand_heading(document, "Part D – Overall", brand)
    overall = table(document, 1, 1)
    _grade(rng, overall.cell(0, 0), grading, sample.grade,
           rng.choice(("Overall grade for the case", "Overall audit grade", "Overall grade")), tick)
    document.add_paragraph()
    headings = rng.choice((("What is going well?", "What needs to be better?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Areas for improvement")))
    if rng.random() < 0.5:
        both = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(both.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(both.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for item in items:
                paragraph(document, f"- {item}")
    document.add_paragraph()

    # Part E: actions.
    brand_heading(document, "Part E – Actions (who, by when)", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("Action required", "Responsible", "Timescale"),
                              ("What needs to happen", "By whom", "Date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, action.action)
            line = paragraph(document, "Who: ", bold=True)
            run(line, action.owner)
            run(line, "    By when: ", bold=True)
            run(line, when(action.due))
    document.add_paragraph()

    # Part F: immediate risk.
    brand_heading(document, "Part F – Immediate risk", brand)
    paragraph(document, rng.choice(RISK_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"{rng.choice(('YES', 'Yes'))} – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "NO", "No.", "None identified")))
    document.add_paragraph()

    # Part G: moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cell, grading: str, grade: str, text: str, tick: str) -> None:
    """The grade in the form's way of marking it, in `cell` (for columns, a
    small four-column table inside it)."""
    if grading == "number":
        line = write(cell, f"{text} (1–4): ", bold=True)
        number = ORDER.index(grade) + 1
        run(line, f"{number} – {WORDS[grade]}" if rng.random() < 0.3 else str(number))
    elif grading == "word":
        line = write(cell, f"{text}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif grading == "highlight":
        line = write(cell, f"{text}:  ", bold=True)
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        write(cell, text, bold=True)
        marks = cell.add_table(rows=2, cols=4)
        marks._tbl.tblStyle_val = "TableGrid"
        for column, option in enumerate(ORDER):
            write(marks.cell(0, column), SHORT[option], bold=True)
            if option == grade:
                write(marks.cell(1, column), tick, bold=True)
        cell.add_paragraph()


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part G – Moderation (Service Manager / Head of Service)", "Part G – Moderation"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Moderator:", "N/A this month")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        paragraph(document, f"{moderation.moderator}, {role} – moderated {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = ("I agree with the grade given." if moderation.grade == sample.grade
                     else "I do not agree with the auditor's grade.")
            paragraph(document, agree, colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", f"{moderation.moderator} ({role})"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Grade agreed?", "Yes" if moderation.grade == sample.grade else "No"))
        rows.append(("Comments", "\n".join(moderation.comments)))
        if moderation.grade:
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
