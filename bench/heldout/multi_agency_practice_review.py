"""Multi-agency practice review: a safeguarding partnership's joint audit of
one child's case, completed by a lead auditor from children's social care
with the police, health, education and the other agencies who know the
child. A title block, the review details (the child, the allocated
worker, the lead auditor, the date of the review panel), the agencies
taking part, each agency's own findings in its own box, the partnership's
key lines of enquiry (each with joint findings and a grade), the overall
grade, what the partnership learned (strengths and areas for
development), the multi-agency action plan, the question on any child
left unsafe today, and the sign-off of the Head of Service or the chair of
the partnership's practice review group.

Modelled on the London Borough of Havering's children's safeguarding
partnership as its published papers describe it (Cabinet's "Approval of
Changes to Havering's Children's Safeguarding Partnership", 2019, and the
council's news release of 1 July 2019: three statutory partners – the
council, the Metropolitan Police and the clinical commissioning group – a
local group chaired by the Director of Children's Services, working with
Barking and Dagenham and Redbridge where it makes sense, a focus on
teenagers, exploitation and county lines, and independent scrutiny of the
partnership's work). Every East of England council is already used by
another family, so this is a council of the neighbouring London region.
The papers describe the partnership, not a form, so the layout is our
judgement: the details as a two-column table, a four-column grid or
typed lines; the agencies as a line or a table of their representatives;
grades as a mark under four columns, a word typed after "Grade:", the
four options with the others struck through, or a number from a printed
1–4 key; actions as a table with the agency that owns them, numbered
lines, or a "no actions" sentence; sign-off typed in the moderator's
colour as a box or closing lines.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF, Section
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
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "multi_agency_practice_review"
SEED = 9871

# The partnership's key lines of enquiry, in the order of the sample's areas
# (voice of the child, information sharing, assessment, plan, impact).
ENQUIRIES = (
    (("KLOE 1 – Did we hear the child?", "Is the child's own account known to every agency involved?"),
     ("KLOE 2 – Did agencies share what they knew, when they knew it?",
      "Referrals, strategy discussions, feedback to referrers."),
     ("KLOE 3 – Did we understand the risks together?", "Is there one shared understanding of need and risk?"),
     ("KLOE 4 – Was there one plan that everyone worked to?", "Core group / TAC attendance, named leads, timescales."),
     ("KLOE 5 – Is the child safer and better off?", "What has changed for the child since agencies became involved?")),
    (("The child's voice and lived experience", "Seen, heard and understood by each agency?"),
     ("Information sharing and communication", "Timely, proportionate, acted on?"),
     ("Joint assessment of need and risk", "History, parental capacity, contextual risk."),
     ("Multi-agency planning and review", "SMART, owned by all agencies, reviewed?"),
     ("Outcomes and impact for the child", "Evidence of change for the child.")),
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
AGENCY_REPRESENTATIVES = {
    "Children's Social Care": "Team Manager", "Police": "DS, Public Protection", "Health visiting":
    "Named Nurse, Safeguarding", "School": "Designated Safeguarding Lead", "Early Help": "Early Help Coordinator",
    "Probation": "Senior Probation Officer", "Child and Adolescent Mental Health Services": "CAMHS clinician",
    "Housing": "Housing Officer"}
AGENCY_FINDINGS = (
    "Records show regular contact with the family; concerns were recorded but not always passed on.",
    "Our records were up to date. We were not invited to the most recent review meeting.",
    "Information was shared promptly at the strategy discussion and checks were completed the same day.",
    "The single-agency chronology shows two missed appointments which were followed up by phone only.",
    "Our worker knew the child well; the child spoke to them about home and this was recorded.",
    "We contributed to the assessment but did not receive a copy of the plan.",
    "Contact was limited to the period of the referral; no involvement since.",
    "Attendance at core groups was good and reports were submitted on time.",
)
NO_ACTIONS = ("No multi-agency actions – the current plan addresses the learning identified.",
              "The panel agreed there are no further actions for partners on this case.",
              "Nil actions.")
URGENT_QUESTIONS = (
    "Did the review identify any child at immediate risk of harm? (If yes, refer back to the allocated team "
    "and the Head of Service the same day.)",
    "Urgent concerns requiring escalation today?",
    "Is there anything that needs to happen today to keep the child safe?",
)
ROLES = {"head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}


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
    return ROLES.get(member.role, "Head of Service") if member else "Head of Service"


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = rng.choice(("columns", "typed", "strike", "number"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    enquiries = rng.choice(ENQUIRIES)
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(enquiries, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() > 0.3
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
    renamed = dict(zip(old_names, (name for name, _ in enquiries)))
    remarks = ({renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
               if moderation else {})

    document = new_document(rng, landscape=grade_style == "columns" and rng.random() < 0.5)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "RESTRICTED when complete", "Confidential – partnership use only")),
        size=8)
    title = rng.choice(("Multi-Agency Practice Review", "Multi-Agency Practice Review – Joint Case Audit",
                        "Partnership Practice Review (multi-agency audit)"))
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, rng.choice(("Children's Safeguarding Partnership", "Safeguarding Children Partnership – "
                                     "Quality Assurance and Practice Review Group")), size=9, italic=True)
    brand_heading(document, title, brand, size=16)

    # Review details.
    reference_label = rng.choice(("Case ref", "LCS number", "Child's case number", "Case reference"))
    dob_text = when(child.date_of_birth)
    rows = [
        (rng.choice(("Child", "Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), dob_text),
        (reference_label, sample.case_id),
        (rng.choice(("Parent(s) / carer(s)", "Parents")), " and ".join(child.parents)),
        (rng.choice(("Allocated social worker", "Social worker", "Lead professional (CSC)")), sample.practitioner),
    ]
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Lead auditor", "Audit lead", "Review lead (CSC)")), sample.auditor),
        (rng.choice(("Date of review panel", "Date of audit", "Audit date")), when(sample.date)),
    ]
    if household:
        rows.append(("Siblings", "; ".join(f"{name} ({when(born)})" for name, born in household)))
    brand_heading(document, rng.choice(("Part A – Review details", "1. About the review")), brand)
    if details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "E7E6E6")
            write(row.cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Agencies taking part, then each agency's own findings.
    agencies_label = rng.choice(("Agencies taking part", "Partner agencies", "Agencies involved"))
    brand_heading(document, rng.choice(("Part B – Agencies", "2. Agencies taking part")), brand)
    boxes = rng.random() < 0.6
    if rng.random() < 0.5:
        line = paragraph(document, f"{agencies_label}: ", bold=True)
        run(line, ", ".join(agencies))
    else:
        paragraph(document, agencies_label, bold=True)
        grid = table(document, len(agencies) + 1, 2)
        label(grid.cell(0, 0), "Agency", "DEEAF6")
        label(grid.cell(0, 1), "Representative (role)", "DEEAF6")
        for row, agency in zip(grid.rows[1:], agencies):
            write(row.cells[0], agency)
            write(row.cells[1], AGENCY_REPRESENTATIVES.get(agency, ""))
    paragraph(document, rng.choice(("Single-agency findings (each agency to complete its own box before the panel)",
                                    "What each agency's records show")), bold=True)
    findings = rng.sample(AGENCY_FINDINGS, len(agencies))
    if boxes:
        for agency, finding in zip(agencies, findings):
            box = table(document, 2, 1)
            label(box.cell(0, 0), agency, "F2F2F2")
            write(box.cell(1, 0), finding)
    else:
        for agency, finding in zip(agencies, findings):
            line = paragraph(document, f"{agency} – ", bold=True)
            run(line, finding)
    document.add_paragraph()

    # Key lines of enquiry.
    brand_heading(document, rng.choice(("Part C – Key lines of enquiry", "3. Joint findings against the key lines "
                                                                           "of enquiry")), brand)
    if grade_style == "number":
        key = paragraph(document, "Grading key: ", bold=True)
        run(key, "  ".join(f"{NUMBERS[grade]} = {WORDS[grade]}" for grade in ORDER))
    prefix = rng.choice(("HoS: ", "Moderator: ", "Chair's comment – "))
    if grade_style == "columns":
        headers = rng.choice((tuple(WORDS[grade] for grade in ORDER), tuple(SHORT[grade] for grade in ORDER)))
        symbol = rng.choice(("X", "\u2713", "x", "\u25cf"))
        grid = table(document, len(sample.sections) + 1, 6)
        label(grid.cell(0, 0), "Key line of enquiry", "DEEAF6")
        label(grid.cell(0, 1), "Joint findings", "DEEAF6")
        for cell, text in zip(grid.rows[0].cells[2:], headers):
            label(cell, text, "DEEAF6")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, enquiries):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            mark(row.cells[2 + ORDER.index(section.grade)], symbol)
    else:
        for section, (_, prompt) in zip(sample.sections, enquiries):
            box = table(document, 1, 1)
            cell = box.cell(0, 0)
            write(cell, section.name, bold=True, colour=brand)
            write(cell, prompt, italic=True, size=8)
            write(cell, section.comment)
            if section.name in remarks:
                write(cell, f"{prefix}{remarks[section.name]}", colour=ink)
            _grade(rng, cell, grade_style, section.grade, "Grade")
            document.add_paragraph()
    document.add_paragraph()

    # Overall grade.
    overall = rng.choice(("Overall grade for the multi-agency response", "Overall judgement", "Overall grade"))
    brand_heading(document, rng.choice(("Part D – Overall", "4. Overall judgement")), brand)
    box = table(document, 1, 1)
    _grade(rng, box.cell(0, 0), "typed" if grade_style == "columns" else grade_style, sample.grade, overall)
    document.add_paragraph()

    # Learning.
    brand_heading(document, rng.choice(("Part E – Learning for the partnership", "5. Learning")), brand)
    headings = rng.choice((("Strengths", "Areas for development"),
                           ("What worked well between agencies", "What the partnership needs to do better"),
                           ("Good practice identified", "Learning / areas for development")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Action plan.
    brand_heading(document, rng.choice(("Part F – Multi-agency action plan", "6. Action plan")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner", "By when", "Agency"), ("What needs to happen", "Who", "Date",
                                                                          "RAG")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
            if headers[3] == "Agency":
                write(row.cells[3], "Children's Social Care")
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} Owner: {action.owner}. Due: {when(action.due)}.")
    document.add_paragraph()

    # Urgent concern.
    question = paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if sample.urgent_concern:
        answer = rng.choice(("Yes – ", "YES. ", "Yes: "))
        if rng.random() < 0.5:
            run(question, f"  {answer}{sample.urgent_concern_detail}")
        else:
            paragraph(document, f"{answer}{sample.urgent_concern_detail}")
    else:
        no = rng.choice(("No", "No.", "None identified", "No – none"))
        if rng.random() < 0.5:
            run(question, f"  {no}")
        else:
            paragraph(document, no)
    document.add_paragraph()

    _sign_off(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(dob_text, *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    line = write(cell, f"{text}: ", bold=True)
    if style == "typed":
        run(line, informal_grade(rng, grade))
    elif style == "strike":
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, WORDS[option], strike=option != grade, bold=option == grade)
    else:
        run(line, NUMBERS[grade] if rng.random() < 0.6 else f"{NUMBERS[grade]} ({WORDS[grade].lower()})")


def _sign_off(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part G – Head of Service moderation", "7. Sign-off by the Head of Service / "
                                                                  "partnership review group chair"))
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Awaiting moderation.", "Not selected for moderation this quarter.")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator)
    if rng.random() < 0.5:
        rows = [("Name", moderation.moderator), ("Role", role), ("Date", when(moderation.date))]
        if moderation.grade:
            verdict = ("Yes – grade confirmed" if moderation.grade == sample.grade
                       else "No – grade changed (see below)")
            rows.append(("Do you agree with the overall grade?", verdict))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
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
            run(line, informal_grade(rng, moderation.grade), colour=ink)
        paragraph(document, f"{moderation.moderator}, {role}, {when(moderation.date)}", colour=ink, italic=True)
