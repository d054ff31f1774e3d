"""Held-out family: a safeguarding partnership's joint practice audit of one
child's case (Word), as the partners' auditors fill it in after the joint
audit meeting.

Modelled on North Somerset: the North Somerset Safeguarding Children
Partnership (the council, Avon and Somerset Constabulary and the Bristol,
North Somerset and South Gloucestershire health commissioners) and North
Somerset Council's children's services as the published accounts of
Ofsted's March 2023 inspection describe them (a third "requires
improvement to be good" in a row; practice inconsistent; for a minority of
children only a superficial assessment of risk in child protection
enquiries; almost a third of posts vacant). The partnership's audit tool
itself is not published: the layout below is our judgement of how such a
joint audit reads when filled in. Its parts: the case and who took part,
each agency's own findings in its own box, five key lines of enquiry each
with joint findings and a grade on the Ofsted scale, an overall grade,
what we did well and what we must do better together, a multi-agency
action plan, the immediate-concern question and the Head of Service's
moderation.

What varies: the case details as a two-column table, a four-column grid or
typed lines; the grades as numbers on a printed key, a highlighted option,
marks under four columns of a summary grid, or a word typed after "Grade";
the date spelling; prefixed or plain case references; the team or service
left off; siblings listed or not; actions as a table, numbered lines or a
"no actions" sentence; the moderation as a box or lines typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, STAFF, Section
from bot.samples.ooxml import shade
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

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

FAMILY = "joint_practice_audit"
SEED = 9614
PARTNERSHIP = f"{COUNCIL.removesuffix(' Council')} Safeguarding Children Partnership"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The partnership's key lines of enquiry: (name, the question under it).
KLOES = (
    ("Child seen, heard and understood", "Did every agency see the child, hear what they said and act on it?"),
    ("Sharing information across agencies", "Did the right people know the right things at the right time?"),
    ("Joint understanding of need and risk", "Was risk understood together, or agency by agency?"),
    ("Working to one plan", "Is there one plan that every agency knows and works to?"),
    ("Difference made for the child", "Is the child's life better and safer because of what we did together?"),
)
ROLES = ("Audit lead (CSC)", "Lead auditor – Children's Social Care", "Lead auditor")
AGENCY_ROLES = {
    "Children's Social Care": "Practice Manager",
    "Police": "Detective Sergeant, Safeguarding Unit",
    "Health visiting": "Named Nurse for Safeguarding Children",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Early Help Coordinator",
    "Probation": "Senior Probation Officer",
    "Child and Adolescent Mental Health Services": "Clinical Lead",
    "Housing": "Tenancy Sustainment Officer",
}
AGENCY_NOTES = (
    "Records show contact at every planned visit; notes are brief and do not always say what was observed.",
    "Concerns were passed on by telephone but not always followed up in writing.",
    "Attendance at core groups has been regular since the spring; reports were sent in advance.",
    "The agency holds information about the household that had not reached the other partners.",
    "Chronology kept and shared on request; the last entry is recent.",
    "Contact was limited to appointments; no home visits in the period audited.",
    "Staff knew who to call and escalated once when a reply was slow.",
)
NO_ACTIONS = ("No multi-agency actions: the panel agreed the current plan already covers the learning.",
              "None identified – partners agreed existing plans address everything found.")
URGENT_QUESTIONS = (
    "Has the audit found any child at risk of immediate harm? If yes, the lead auditor tells the CSC Team "
    "Manager the same day.",
    "Immediate safeguarding concern identified during the audit?",
)
LEARNING = (("What did we do well together?", "What must we do better together?"),
            ("Strengths across the partnership", "Areas for development"),
            ("Good practice we saw", "Learning for the partnership"))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(80, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
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
    return {"head_of_service": "Head of Service"}.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grading = rng.choice(("key", "highlight", "columns", "words"))
    details = rng.choice(("pairs", "grid", "lines"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)

    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(KLOES, sample.sections))}
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
    if sample.actions and rng.random() < 0.12:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in KLOES)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    agencies = next(own.written for own in sample.own if own.key == "agencies")

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"{PARTNERSHIP} – Joint Practice Audit tool (rev. {rng.choice(('2022', '2023', '03/24'))}) – "
                "OFFICIAL-SENSITIVE once completed", size=8)

    paragraph(document, PARTNERSHIP, bold=True, colour=brand, size=15)
    paragraph(document, council_line(rng), size=9)
    title = rng.choice(("Joint Practice Audit", "Joint Practice Audit – single child", "JOINT PRACTICE AUDIT"))
    paragraph(document, title, bold=True, size=14)
    paragraph(document, "To be completed by the lead auditor after the joint audit meeting, from the partners' "
                        "own record checks. Return to the partnership business unit within 10 working days.",
              italic=True, size=9)

    # Part 1: the case and the audit.
    brand_heading(document, "Part 1 – The child and the audit", brand)
    lead = sample.auditor
    if rng.random() < 0.4:
        lead = f"{lead}, Practice Manager"
    reference_label = rng.choice(("LCS number", "Child's ID", "Case ref", "CSC reference"))
    rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Parents / carers", " & ".join(child.parents)),
    ]
    if rng.random() < 0.5:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if household:
        rows.append(("Brothers / sisters", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    rows += [
        (rng.choice(("Allocated social worker", "Social worker (CSC)")), sample.practitioner),
        ("Team", sample.team if show_team else ""),
    ]
    if show_service:
        rows.append(("Service area", sample.service))
    rows += [
        (rng.choice(ROLES), lead),
        (rng.choice(("Date of audit meeting", "Audit date", "Date of joint audit")), when(sample.date)),
        ("Plan at time of audit", rng.choice(("Child Protection", "Child in Need", "CP plan (neglect)",
                                              "CIN – step down from CP"))),
    ]
    if details == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value)
    elif details == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "DCE6F1")
            if value:
                write(grid.cell(row, column * 2 + 1), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value or "")
    document.add_paragraph()

    # Part 2: the agencies and their own findings.
    brand_heading(document, "Part 2 – Agencies taking part and their own findings", brand)
    paragraph(document, rng.choice(("Each agency checks its own records before the meeting and summarises here.",
                                    "One box per agency (records checked before the meeting).")), italic=True,
              size=9)
    notes = rng.sample(AGENCY_NOTES, len(agencies))
    boxes = table(document, len(agencies) + 1, 3)
    for cell, text in zip(boxes.rows[0].cells, ("Agency", "Represented by (role)", "What our records show")):
        label(cell, text, "D9D9D9")
    for row, agency, note in zip(boxes.rows[1:], agencies, notes):
        write(row.cells[0], agency, bold=True)
        write(row.cells[1], AGENCY_ROLES.get(agency, "Safeguarding lead"))
        write(row.cells[2], note)
    document.add_paragraph()

    # Part 3: key lines of enquiry.
    brand_heading(document, "Part 3 – Key lines of enquiry: joint findings", brand)
    if grading == "key":
        paragraph(document, "Score each line of enquiry: 1 = Outstanding   2 = Good   3 = Requires improvement   "
                            "4 = Inadequate", bold=True, size=9)
    elif grading == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    elif grading == "columns":
        paragraph(document, "Record the judgements in the summary grid at the end of this part.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "Moderator: ", ""))
    for number, (section, (_, question)) in enumerate(zip(sample.sections, KLOES), start=1):
        card = table(document, 1, 1)
        cell = card.cell(0, 0)
        write(cell, f"KLOE {number}: {section.name}", bold=True, colour=brand)
        write(cell, question, italic=True, size=9)
        write(cell, section.comment)
        if section.name in remarks:
            write(cell, f"{prefix}{remarks[section.name]}", colour=ink, italic=True)
        _grade(rng, cell, grading, section.grade, "Grade")
        document.add_paragraph()
    overall_label = rng.choice(("Overall judgement of the multi-agency response", "Overall grade",
                                "Overall judgement"))
    if grading == "columns":
        summary = table(document, len(sample.sections) + 2, 5)
        label(summary.cell(0, 0), "Line of enquiry", "D9D9D9")
        for column, grade in enumerate(ORDER, start=1):
            label(summary.cell(0, column), WORDS[grade], "D9D9D9")
        symbol = rng.choice(("X", "\u2713", "x"))
        graded = [(section.name, section.grade) for section in sample.sections] + [(overall_label, sample.grade)]
        for row, (name, grade) in zip(summary.rows[1:], graded):
            write(row.cells[0], name, bold=name == overall_label)
            write(row.cells[1 + ORDER.index(grade)], symbol, bold=True)
    else:
        box = table(document, 1, 1)
        _grade(rng, box.cell(0, 0), grading, sample.grade, overall_label)
        shade(box.cell(0, 0)._tc, "F2F2F2")
    document.add_paragraph()

    # Part 4: learning.
    brand_heading(document, "Part 4 – Learning", brand)
    headings = rng.choice(LEARNING)
    if rng.random() < 0.5:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    else:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA")
            for number, item in enumerate(items, start=1):
                write(grid.cell(1, column), f"{number}. {item}")
    document.add_paragraph()

    # Part 5: the action plan.
    brand_heading(document, "Part 5 – Multi-agency action plan", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner (agency)", "Target date", "Progress / RAG"),
                              ("What needs to happen", "Who", "By when", "Completed?")))
        plan = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(plan.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(plan.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} Owner: {action.owner}. Target: {when(action.due)}.")
    document.add_paragraph()

    # Part 6: immediate concern.
    brand_heading(document, "Part 6 – Immediate concerns", brand)
    question = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if rng.random() < 0.4:
        for position, (option, chosen) in enumerate((("Yes", sample.urgent_concern), ("No", not sample.urgent_concern))):
            if position:
                run(question, " / ")
            run(question, option, strike=not chosen, bold=chosen)
        if sample.urgent_concern:
            paragraph(document, sample.urgent_concern_detail)
    elif sample.urgent_concern:
        paragraph(document, f"YES. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No.", "No", "None identified.")))
    document.add_paragraph()

    # Part 7: moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cell, grading: str, grade: str, text: str) -> None:
    if grading == "columns":
        return
    line = write(cell, f"{text}: ", bold=True)
    if grading == "key":
        run(line, str(ORDER.index(grade) + 1), bold=True)
        if rng.random() < 0.3:
            run(line, f" ({SHORT[grade]})")
    elif grading == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part 7 – Head of Service moderation", "Part 7 – Moderation (Head of Service / "
                                                                   "partnership audit chair)"))
    brand_heading(document, heading, brand)
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, rng.choice(("Not selected for moderation this quarter.",
                                            "Moderator: ____________   Date: ________")), italic=True)
        return
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderator", f"{moderation.moderator} ({role})"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the overall grade?",
                         "Yes" if moderation.grade == sample.grade else "No – see below"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                paragraph(document, f"I agree the overall grade of {WORDS[moderation.grade]}.", colour=ink)
            else:
                line = paragraph(document, "Grade changed on moderation to: ", colour=ink, bold=True)
                run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, {role} – {when(moderation.date)}", colour=ink, bold=True)
