"""Joint agency case audit: the record of a safeguarding partnership's audit
meeting about one child, at which each agency involved brings what its own
records show. The case and the meeting first (the child, the case
reference, the allocated social worker and team, the date of the meeting
and its chair, the agencies taking part), then the partnership's key lines
of enquiry, each with what the agencies' records and the discussion showed
and the panel's judgement, what the child and family told us, the overall
judgement of the multi-agency response, good practice and areas for
development, a multi-agency action plan with a lead and a timescale, any
immediate safeguarding concern raised at the meeting, and the chair's
sign-off with, on some, a Head of Service's quality assurance.

Modelled on the Staffordshire Safeguarding Children Partnership's
multi-agency safeguarding arrangements (2024): the three safeguarding
partners' expectations for multi-agency working, with the partnership
quality assuring practice through joint audits of records in which police,
health, education, children's social care and other agencies each take
part. The published page describes the arrangements, not a form, so the
layout is our own judgement: the numbered parts of a meeting record; the
agencies shown as an attendance table (agency, who attended, whether its
single-agency return came in), as a printed list of agencies with the
ones taking part ticked, or as one line; key lines of enquiry in the
partnership's own words judged on the four Ofsted grades, the grade typed
as a word, highlighted among the four or left standing with the other
three struck through; the action plan with a RAG column; and the Head of
Service's quality assurance box, present only on some files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL, STAFF, Section
from bot.samples.tool_phrases import AGENCIES, FAMILY_VOICES
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

FAMILY = "joint_agency_audit"
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"

# The partnership's key lines of enquiry, in the order of the sample's areas
# (Voice of the child, Information sharing between agencies, Assessment of
# need and risk, Multi-agency plan, Impact and outcomes for the child).
ENQUIRIES = (
    ("Seeing, hearing and understanding the child", "Did each agency see the child and record what the child "
                                                     "said and how they presented?"),
    ("Sharing information across agencies", "Was information shared promptly, with the right agencies, and "
                                            "acted on?"),
    ("Recognising and assessing risk together", "Did the agencies agree what the risks were and contribute to "
                                                "the assessment?"),
    ("Planning and reviewing together", "Is there one plan that each agency knows its part in, reviewed at "
                                        "core groups or TAF meetings?"),
    ("The difference made for the child", "What has changed for the child because the agencies worked "
                                          "together?"),
)
ROLES_AT_MEETING = {
    "Children's Social Care": "Allocated social worker",
    "Police": "DC, Public Protection Unit",
    "Health visiting": "Health Visitor",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Family Support Worker",
    "Probation": "Probation Officer",
    "Child and Adolescent Mental Health Services": "Clinical Lead",
    "Housing": "Tenancy Sustainment Officer",
}
STAFF_ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
               "head_of_service": "Head of Service"}
GRADE_WORDS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
               (INADEQUATE, "Inadequate"))
FAMILY_NOT_SEEN = ("The family were invited to share their views but did not take part.",
                   "Not sought for this audit – the family had just moved.")
NO_ACTIONS = ("No actions arising – learning to be shared in the partnership's practice briefing.",
              "None. The current plan addresses the issues raised at the meeting.",
              "No multi-agency actions required.")
NOT_QA = ("Not selected for Head of Service QA this quarter.", "N/A", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9107)
    pool = tool_samples(60, seed=9107, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation][:6]
    plain = [sample for sample in others if not sample.moderation][: count - len(urgent) - len(moderated)]
    chosen = urgent + moderated + plain
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return STAFF_ROLES.get(member.role, "") if member else ""


def _grade_cell(cell, rng: random.Random, grade: str, style: str, *, note_chance: float = 0.0) -> None:
    """The grade as a word, highlighted among the four, or with the other
    three struck through."""
    if style == "word":
        write(cell, informal_grade(rng, grade, note_chance=note_chance))
        return
    line = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
    for position, (value, word) in enumerate(GRADE_WORDS):
        if position:
            run(line, " / ")
        if value == grade:
            run(line, word, bold=True, highlight=style == "highlight")
        else:
            run(line, word, strike=style == "strike")


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grade_style = rng.choice(("word", "word", "highlight", "strike"))
    agency_style = rng.choice(("attendance", "checklist", "line"))
    details_as_table = rng.random() < 0.6
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]

    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(ENQUIRIES, sample.sections))}
    if rng.random() < 0.7:
        changes["case_id"] = case_reference(rng, sample.case_id)
    service_shown = rng.random()
    if service_shown < 0.1:
        changes["service"] = None  # the row is printed and left blank
    elif service_shown < 0.2:
        changes["service"] = None  # this version has no service row
    agencies = tuple(sample.own[0].written)
    if agency_style == "checklist":
        agencies = tuple(agency for agency in AGENCIES if agency in agencies)
        changes["own"] = (replace(sample.own[0], written=agencies, expected=list(agencies)),)
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    first = child.first_name
    moderation = sample.moderation
    remarks = {}
    if moderation and rng.random() < 0.6:
        renamed = dict(zip(old_names, (name for name, _ in ENQUIRIES)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng, landscape=rng.random() < 0.25)
    header = document.sections[0].header.paragraphs[0]
    run(header, PARTNERSHIP, bold=True, colour=brand)
    run(header, "\tRESTRICTED when completed")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Learning and Improvement Sub-group – joint agency audit record v{rng.choice(('1.3', '2', '2.4'))}",
        size=8)
    title = rng.choice(("Joint Agency Case Audit", "Joint Agency Audit – Record of the Audit Meeting",
                        "JOINT AGENCY CASE AUDIT"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "The audit looks at the last twelve months of each agency's involvement. Each agency sends "
                        "its single-agency return before the meeting; the chair completes this record on the day.",
              italic=True)

    # 1. The case.
    brand_heading(document, "1. The child and the case", brand)
    sw_label = rng.choice(("Allocated social worker", "Allocated SW", "Social worker (CSC)"))
    rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Case reference", "LCS number", "CSC ref.")), sample.case_id),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        ("Parents / carers", " and ".join(child.parents)),
        (sw_label, sample.practitioner),
        (rng.choice(("Team", "SW team")), sample.team),
    ]
    if service_shown >= 0.2:
        rows.append((rng.choice(("Service area", "Service")), sample.service or ""))
    elif service_shown < 0.1:
        rows.append((rng.choice(("Service area", "Service")), ""))
    rows.append((rng.choice(("Other children in the household", "Brothers / sisters")),
                 "; ".join(f"{name} ({when(born)})" for name, born in household)
                 or rng.choice(("None", "N/A", "No other children"))))
    rows.append(("Current plan", rng.choice(("Child Protection – neglect", "Child Protection – emotional abuse",
                                             "Child in Need", "Child Protection – physical abuse"))))
    _details(document, rng, rows, details_as_table)
    document.add_paragraph()

    # 2. The meeting.
    brand_heading(document, "2. The audit meeting", brand)
    chair = sample.auditor
    role = _role(chair)
    chair_text = f"{chair} ({role})" if role and rng.random() < 0.6 else chair
    meeting = [
        (rng.choice(("Date of audit meeting", "Audit meeting held on", "Date of meeting")), when(sample.date)),
        (rng.choice(("Chair / audit lead", "Chaired by", "Audit chair")), chair_text),
        ("Venue", rng.choice(("MS Teams", "Partnership office, Room 2", "Hybrid – Civic Centre and Teams"))),
    ]
    if agency_style == "line":
        meeting.append((rng.choice(("Agencies taking part", "Agencies represented")), ", ".join(agencies)))
    _details(document, rng, meeting, details_as_table)
    if agency_style == "attendance":
        paragraph(document, rng.choice(("Agencies taking part", "Attendance")), bold=True)
        grid = table(document, len(agencies) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Attended by (role)", "Single-agency return received?")):
            label(cell, text, "E7E6E6")
        for row, agency in zip(grid.rows[1:], agencies):
            write(row.cells[0], agency)
            write(row.cells[1], ROLES_AT_MEETING[agency])
            write(row.cells[2], rng.choice(("Yes", "Yes", "Y", "Late – yes")))
    elif agency_style == "checklist":
        paragraph(document, "Agencies taking part (tick all that apply)", bold=True)
        tick = rng.choice(("\u2612", "\u2713", "X"))
        grid = table(document, (len(AGENCIES) + 1) // 2, 4)
        for position, agency in enumerate(AGENCIES):
            cells = grid.rows[position // 2].cells
            write(cells[2 * (position % 2)], agency)
            if agency in agencies:
                write(cells[2 * (position % 2) + 1], tick, bold=True)
            elif tick == "\u2612":
                write(cells[2 * (position % 2) + 1], "\u2610")
    document.add_paragraph()

    # 3. Key lines of enquiry.
    brand_heading(document, "3. Key lines of enquiry", brand)
    paragraph(document, "Judgements: Outstanding / Good / Requires improvement / Inadequate"
              + (" (highlight one)" if grade_style == "highlight" else
                 " (delete as appropriate)" if grade_style == "strike" else ""), italic=True)
    prefix = rng.choice(("HoS: ", "HoS QA – ", ""))
    if rng.random() < 0.5:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Line of enquiry", "What the records and the discussion showed",
                                                   "Panel judgement")):
            label(cell, text, brand, colour="FFFFFF")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            _grade_cell(row.cells[2], rng, section.grade, grade_style, note_chance=0.2)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, ENQUIRIES), start=1):
            brand_heading(document, f"KLOE {number} – {section.name}", brand, size=11)
            paragraph(document, prompt, italic=True)
            box = table(document, 2, 2)
            label(box.cell(0, 0), rng.choice(("Findings", "What we found")), "F2F2F2")
            write(box.cell(0, 1), section.comment)
            if section.name in remarks:
                write(box.cell(0, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            label(box.cell(1, 0), "Judgement", "F2F2F2")
            _grade_cell(box.cell(1, 1), rng, section.grade, grade_style, note_chance=0.2)
        document.add_paragraph()

    # 4. The child and family.
    brand_heading(document, "4. What the child and family told us", brand)
    if rng.random() < 0.8:
        paragraph(document, rng.choice(FAMILY_VOICES).format(child=first))
    else:
        paragraph(document, rng.choice(FAMILY_NOT_SEEN))
    document.add_paragraph()

    # 5. Overall.
    brand_heading(document, "5. Overall judgement", brand)
    overall = rng.choice(("Overall judgement of the multi-agency response",
                          "The panel's overall judgement of how well the agencies worked together",
                          "Overall multi-agency judgement"))
    box = table(document, 1, 2)
    label(box.cell(0, 0), overall, "F2F2F2")
    _grade_cell(box.cell(0, 1), rng, sample.grade, grade_style)
    document.add_paragraph()

    # 6. Learning.
    brand_heading(document, "6. Learning from this audit", brand)
    headings = rng.choice((("Good practice to share", "Areas for development"),
                           ("What worked well between agencies", "What needs to improve"),
                           ("Good practice identified", "Learning / areas for development")))
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), headings[0], "E2EFD9")
        label(summary.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(summary.cell(1, 0), item)
        for item in sample.development_areas:
            write(summary.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # 7. Action plan.
    brand_heading(document, "7. Multi-agency action plan", brand)
    if sample.actions:
        headers = rng.choice((("Action", "Lead (agency / person)", "Timescale", "RAG"),
                              ("What needs to happen", "Who", "By when", "Progress at 3-month review")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], f"{action.owner} (CSC)" if rng.random() < 0.4 else action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # 8. Immediate safeguarding.
    brand_heading(document, "8. Immediate safeguarding concerns", brand)
    question = rng.choice(("Did the meeting identify any child who may be at immediate risk of harm?",
                           "Immediate safeguarding concern raised at the meeting?"))
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), question, "F2F2F2")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        write(safety.cell(0, 1), f"Yes {yes}   No {no}")
    else:
        write(safety.cell(0, 1), "YES" if sample.urgent_concern else rng.choice(("No", "NO", "None identified")))
    label(safety.cell(1, 0), "If yes, what was done and who was told", "F2F2F2")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # 9. Sign-off and quality assurance.
    brand_heading(document, "9. Sign-off", brand)
    signed = table(document, 1, 4)
    label(signed.cell(0, 0), "Chair's signature", "F2F2F2")
    write(signed.cell(0, 1), chair if rng.random() < 0.5 else "")
    label(signed.cell(0, 2), "Date", "F2F2F2")
    write(signed.cell(0, 3), when(sample.date) if rng.random() < 0.6 else "")
    document.add_paragraph()
    if moderation or rng.random() < 0.5:
        paragraph(document, rng.choice(("Head of Service quality assurance", "Quality assurance (Head of Service)")),
                  bold=True, colour=brand)
        box = table(document, 5, 2)
        labels = ("QA completed by", "Date of QA", "Do you agree with the panel's overall judgement?",
                  "Judgement following QA", "Comments")
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No – see below", colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_QA)
            if note:
                write(box.cell(4, 1), note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(document, rng: random.Random, rows, as_table: bool) -> None:
    """Labels and values as a two-column table, or as lines with a tab."""
    if as_table:
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
        return
    colon = rng.choice((":", ""))
    for text, value in rows:
        line = paragraph(document)
        run(line, f"{text}{colon}\t", bold=True)
        run(line, value)
