"""Partnership practice audit: a safeguarding children partnership's joint
audit of one child's case, completed by the agencies that know the child
(police, health, school, children's social care and others) and brought
together by a lead auditor at an audit meeting. A partnership title block,
the case and audit details, the agencies taking part (each with the role of
its own auditor), each agency's own findings in its own panel, the key lines
of enquiry with the panel's findings and a grade, the overall grade, the
learning for the partnership (what is working well, what we are worried
about), the multi-agency action plan, the question whether anything needs
to be escalated today, and moderation by the Head of Service.

Modelled on the Doncaster Safeguarding Children Partnership as its published
arrangements describe it ("Local safeguarding partnership arrangements to
succeed Doncaster Safeguarding Children Board", June 2019: the clinical
commissioning group, South Yorkshire Police and the council with its
Children's Services Trust as the three safeguarding partners, jointly
accountable for how well local arrangements keep children safe and
committed to learning from what agencies do together), with the Signs of
Safety language its board reports say the partnership shares (what is
working well, what are we worried about). The published material describes
the arrangements, not a form, so the layout is our own judgement: details
as a four-column grid, as "label: value" lines or as two labelled blocks;
the grade of each line of enquiry as a mark under one of four columns, as a
number on a printed 1-4 key, as the chosen word highlighted among the four,
or typed in the auditor's own words; actions as a table with an agency
column, as numbered lines, or a "no actions" sentence; moderation typed in
the Head of Service's colour under the form or in a small box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF, Section
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

FAMILY = "partnership_practice_audit"
SEED = 9723

# The partnership's key lines of enquiry, in the order of the sample's areas
# (Voice of the child, Information sharing, Assessment, Plan, Impact), each
# with the question printed under it.
LINES_OF_ENQUIRY = (
    ("The child's daily life and what they tell us",
     "Did each agency see the child, hear them and record what they said in their own words?"),
    ("Sharing what we know, when we know it",
     "Was information passed between agencies in time to make a difference, with consent where needed?"),
    ("Understanding harm and need together",
     "Did the agencies share one understanding of the risks, the history and the family's strengths?"),
    ("One plan for the child",
     "Is there a single plan every agency knows its part in, reviewed together?"),
    ("What has changed for the child",
     "Is the child safer and better off because of what the agencies did together?"),
)
AGENCY_AUDITORS = {
    "Children's Social Care": ("Team Manager", "Senior Social Worker", "Advanced Practitioner"),
    "Police": ("DS, Public Protection Unit", "PVP Sergeant", "Safeguarding Review Officer"),
    "Health visiting": ("Named Nurse for Safeguarding", "Safeguarding Specialist Nurse", "Health Visitor Team Lead"),
    "School": ("Designated Safeguarding Lead", "Deputy DSL", "Head Teacher"),
    "Early Help": ("Early Help Coordinator", "Family Hub Manager"),
    "Probation": ("Senior Probation Officer", "Probation Safeguarding Lead"),
    "Child and Adolescent Mental Health Services": ("CAMHS Safeguarding Lead", "Clinical Nurse Specialist"),
    "Housing": ("Tenancy Sustainment Officer", "Housing Safeguarding Officer"),
}
AGENCY_FINDINGS = (
    "Our records show regular contact with the family. {well} {better}",
    "{well} {better}",
    "Records reviewed for the audit period. {well} {better}",
)
AGENCY_WELL = (
    "Concerns were recorded promptly and shared with children's social care on the same day.",
    "The child was seen regularly and their presentation was noted at each contact.",
    "Our practitioner attended every core group and contributed to the plan.",
    "Attendance and wellbeing were monitored weekly and changes were reported.",
    "The family were offered support that fitted around the parents' work.",
)
AGENCY_BETTER = (
    "We did not always receive the minutes of meetings, so our records are incomplete.",
    "Information about the adults in the household was not checked against our systems.",
    "Our recording does not show the child's own words.",
    "A referral was delayed over a weekend because the duty route was unclear.",
    "We were not invited to the strategy discussion and learned of it afterwards.",
    "Nothing further to add for this agency.",
)
LEGAL_STATUS = ("Child Protection Plan", "Child in Need", "Looked after child", "Early Help (stepped up)",
                "Child Protection Plan (neglect)")
AUDIT_FOCUS = ("Neglect", "Domestic abuse", "Children at risk of exploitation", "Children missing education",
               "Parental mental health", "Under-ones")
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director"}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY = ((1, OUTSTANDING, "practice others should learn from"),
       (2, GOOD, "children are safe and helped; agencies work well together"),
       (3, REQUIRES_IMPROVEMENT, "no child is unsafe but joint working is not yet consistently good"),
       (4, INADEQUATE, "children are left at risk or agencies are not working together"))
NUMBER = {grade: number for number, grade, _ in KEY}
NO_ACTIONS = ("No multi-agency actions were agreed – the current plan addresses the learning.",
              "The panel agreed no actions were needed for this child. Learning goes to the themed report.",
              "No actions.")
URGENT_QUESTIONS = (
    "Has the audit identified any child at risk of significant harm now, needing action today?",
    "Immediate safeguarding concern identified? (If yes, the lead auditor must alert the Head of Service "
    "the same day.)",
    "Is there anything about this child's safety that cannot wait for the action plan?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(240, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
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
    return ROLES.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "lines", "blocks"))
    grade_style = ("columns", "numbers", "highlight", "words")[index % 4]  # each style on four files
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(LINES_OF_ENQUIRY, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = details_style != "lines" or rng.random() < 0.4
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
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in LINES_OF_ENQUIRY)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng, landscape=grade_style == "columns" and rng.random() < 0.5)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Safeguarding Children Partnership – Multi-agency audit tool v3.2",
                            "OFFICIAL-SENSITIVE when complete. Do not forward outside the partnership.",
                            "SCP QA & Performance sub-group – joint audit template")), size=8)

    # Title block.
    partnership = rng.choice(("Safeguarding Children Partnership", "SAFEGUARDING CHILDREN PARTNERSHIP",
                              "Safeguarding Children Partnership – Quality Assurance"))
    paragraph(document, partnership, bold=True, colour=brand, size=15)
    title = rng.choice(("Partnership Practice Audit", "Multi-Agency Practice Audit – one child's journey",
                        "Joint Partnership Audit Tool"))
    paragraph(document, title, bold=True, size=13)
    focus = rng.choice(AUDIT_FOCUS)
    line = paragraph(document, "Audit focus this quarter: ", italic=True)
    run(line, focus, italic=True, bold=True)
    document.add_paragraph()

    # Case and audit details.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} ({role})"
    child_rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("Date of birth", "D.O.B.")), when(child.date_of_birth)),
        (rng.choice(("Case number", "LA case ref", "Social care ID")), sample.case_id),
        ("Status at time of audit", rng.choice(LEGAL_STATUS)),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents)),
    ]
    if rng.random() < 0.5:
        child_rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if household:
        child_rows.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    audit_rows = [
        (rng.choice(("Lead auditor", "Audit lead (chair of audit meeting)")), auditor),
        (rng.choice(("Date of audit meeting", "Audit date")), when(sample.date)),
        (rng.choice(("Allocated social worker", "Social worker")), sample.practitioner),
    ]
    if show_team:
        audit_rows.append(("Team", sample.team))
    if show_service:
        audit_rows.append((rng.choice(("Service", "Service area")), sample.service))
    brand_heading(document, "Part A – The child and the audit", brand)
    if details_style == "grid":
        pairs = [*child_rows, *audit_rows]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            write(grid.cell(row, column + 1), value)
    elif details_style == "lines":
        for text, value in [*child_rows, *audit_rows]:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        for heading, rows in (("About the child", child_rows), ("About the audit", audit_rows)):
            grid = table(document, len(rows) + 1, 2)
            top = grid.cell(0, 0).merge(grid.cell(0, 1))
            label(top, heading, brand, colour="FFFFFF")
            for row, (text, value) in zip(grid.rows[1:], rows):
                label(row.cells[0], text)
                write(row.cells[1], value)
            document.add_paragraph()
    document.add_paragraph()

    # Agencies taking part and their own findings.
    brand_heading(document, "Part B – Agencies taking part", brand)
    people = table(document, len(agencies) + 1, 3)
    for cell, text in zip(people.rows[0].cells, ("Agency", "Auditor's role", "Records held?")):
        label(cell, text, "D9E2F3")
    for row, agency in zip(people.rows[1:], agencies):
        write(row.cells[0], agency)
        write(row.cells[1], rng.choice(AGENCY_AUDITORS.get(agency, ("Safeguarding Lead",))))
        write(row.cells[2], rng.choice(("Yes", "Yes", "Yes – partial", "Y")))
    document.add_paragraph()
    paragraph(document, rng.choice(("Each agency summarises its own involvement before the audit meeting.",
                                    "Single agency summaries (completed before the meeting)")), italic=True)
    for agency in agencies:
        panel = table(document, 1, 1)
        cell = panel.cell(0, 0)
        write(cell, agency, bold=True, colour=brand)
        write(cell, rng.choice(AGENCY_FINDINGS).format(well=rng.choice(AGENCY_WELL),
                                                       better=rng.choice(AGENCY_BETTER)))
    document.add_paragraph()

    # Key lines of enquiry.
    brand_heading(document, "Part C – Key lines of enquiry (agreed at the audit meeting)", brand)
    if grade_style == "numbers":
        key = table(document, 4, 2)
        for row, (number, grade, meaning) in zip(key.rows, KEY):
            label(row.cells[0], f"{number} = {WORDS[grade]}", "F2F2F2")
            write(row.cells[1], meaning, italic=True)
        document.add_paragraph()
    prefix = rng.choice(("HoS: ", "Moderator: ", ""))
    if grade_style == "columns":
        headers = ("Line of enquiry", "Findings", "Outstanding", "Good", "Requires improvement", "Inadequate")
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        symbol = rng.choice(("X", "\u2713", "x", "\u25cf"))
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, LINES_OF_ENQUIRY):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            position = 2 + (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE).index(section.grade)
            write(row.cells[position], symbol, bold=True)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, LINES_OF_ENQUIRY), start=1):
            card = table(document, 2, 1)
            top = card.cell(0, 0)
            write(top, f"KLOE {number}", size=8, colour="595959")
            write(top, section.name, bold=True)
            write(top, prompt, italic=True, size=9)
            shade(top._tc, "F2F2F2")
            body = card.cell(1, 0)
            write(body, section.comment)
            if section.name in remarks:
                write(body, f"{prefix}{remarks[section.name]}", colour=ink)
            _grade_line(rng, body, grade_style, section.grade, "Grade")
            document.add_paragraph()
    document.add_paragraph()

    # Overall grade.
    brand_heading(document, "Part D – Overall judgement of the multi-agency response", brand)
    box = table(document, 1, 1)
    overall_style = "highlight" if grade_style == "columns" else grade_style
    _grade_line(rng, box.cell(0, 0), overall_style, sample.grade,
                rng.choice(("Overall grade", "Overall judgement", "Overall grade agreed by the panel")))
    document.add_paragraph()

    # Learning.
    brand_heading(document, "Part E – Learning for the partnership", brand)
    headings = rng.choice((("What is working well?", "What are we worried about?"),
                           ("Strengths", "Areas for development"),
                           ("Good practice to share", "What needs to be different")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True, colour=brand if rng.random() < 0.5 else None)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Action plan.
    brand_heading(document, "Part F – Multi-agency action plan", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner", "Target date", "Agency", "Progress (RAG)"),
                              ("What needs to happen", "Lead person", "By when", "Agency")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
            write(row.cells[3], rng.choice(agencies))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"Action {number}: {action.action}")
            paragraph(document, f"    Owner: {action.owner}    Target date: {when(action.due)}")
    document.add_paragraph()

    # Urgent concern.
    brand_heading(document, "Part G – Immediate safeguarding concerns", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if sample.urgent_concern:
        answer = paragraph(document, rng.choice(("YES – ", "Yes. ", "Yes: ")), bold=True)
        run(answer, sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "NO", "No – none identified at the meeting")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade_line(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    """The grade written into `cell` in the form's style."""
    if style == "numbers":
        line = write(cell, f"{text} (1-4): ", bold=True)
        number = NUMBER[grade]
        run(line, rng.choice((str(number), f"{number}", f"{number} ")), bold=True)
    elif style == "highlight":
        line = write(cell, f"{text} (highlight one): ", bold=True)
        for position, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        line = write(cell, f"{text}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part H – Head of Service moderation", "Part H – Moderation (Head of Service / SCP chair)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Awaiting moderation.", "")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        paragraph(document, f"Moderated by {moderation.moderator}, {role}, on {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = "I agree with the panel's grade." if moderation.grade == sample.grade else \
                "I do not agree with the panel's overall grade."
            paragraph(document, agree, colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", f"{moderation.moderator} – {role}"), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Agree with overall grade?", "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Grade following moderation", informal_grade(rng, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
