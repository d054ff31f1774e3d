"""Multi-agency audit record: a safeguarding partnership's joint audit of one
child's case, answered against the key lines of enquiry its learning group
set. Each agency taking part checks its own records first and brings a short
return to the joint session; the session agrees a finding and a grade for
each key line of enquiry, an overall grade for the multi-agency response,
what worked well and what needs to develop, a multi-agency action plan, the
urgent-concern question, and the Head of Service's (or the partnership
chair's) moderation.

Modelled on the Hartlepool and Stockton-on-Tees Safeguarding Children
Partnership as Stockton-on-Tees Borough Council's Cabinet decision of 13
December 2018 ("Safeguarding Children Partnership Arrangements") describes
it: an executive of the statutory partners (the two councils, the clinical
commissioning group, Cleveland Police), an "engine room" group that
identifies key lines of enquiry, themes drawn from data, local and national
reviews and single- and multi-agency audit, and action learning with front
line practitioners. The decision describes the arrangements, not a form, so
the layout is our own judgement: the case and audit details as a four-column
grid, as typed lines or as two small tables; the agencies taking part as a
table of who represented them; each agency's own return either as rows under
every key line of enquiry or as a block of its own before them; grades given
as a mark under four printed columns, a number on a printed 1–4 key, the
chosen option highlighted, or typed in the auditor's own words; actions as a
table, as "Action / Owner / By" lines or a "no actions" sentence; and
moderation typed in colour after the sign-off or in a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import COUNCIL
from bot.samples.forms import Section
from bot.samples.ooxml import shade
from bot.samples.people import STAFF
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples
from bot.samples.wording import GRADES

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    case_reference,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "multi_agency_audit_record"
SEED = 5179

# The key lines of enquiry as the partnership's learning group words them:
# the short name the form prints, and the question under it.
KLOES = (
    ("Child's lived experience", "Did every agency know what life was like for the child day to day?"),
    ("Sharing information", "Was information shared between agencies promptly and with the right people?"),
    ("Understanding of risk and need", "Did agencies together understand the risks and the child's needs?"),
    ("Working together on the plan", "Was there one plan that every agency knew its part in?"),
    ("Difference made for the child", "Is the child safer and better off because of what agencies did?"),
)
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service"}
# Who represents an agency at the joint session (roles only, no names).
REPRESENTATIVES = {
    "Children's Social Care": ("Team Manager", "Practice Manager"),
    "Police": ("DS, Safeguarding Hub", "Detective Sergeant, Vulnerability Unit"),
    "Health visiting": ("Named Nurse, 0-19 Service", "Health Visitor Team Lead"),
    "School": ("Designated Safeguarding Lead", "Deputy Head / DSL"),
    "Early Help": ("Early Help Coordinator", "Family Hub Manager"),
    "Probation": ("Senior Probation Officer",),
    "Child and Adolescent Mental Health Services": ("CAMHS Clinical Lead", "Safeguarding Lead, CAMHS"),
    "Housing": ("Tenancy Support Manager", "Housing Safeguarding Officer"),
}
AGENCY_NOTES = (
    "Records show regular contact; concerns were passed on to the allocated worker.",
    "Involvement limited to two contacts in the period; no concerns recorded at the time.",
    "Attended the core groups; contribution to the plan recorded in minutes.",
    "Referral made appropriately; the outcome was not fed back to the agency.",
    "Our chronology was not shared with partners until the review.",
    "Records are thorough but the child's own words are not recorded.",
    "Invited to the strategy discussion but unable to attend; information sent by email.",
    "Good communication with the social worker; agency actions completed on time.",
)
AGENCY_REFLECTIONS = (
    "We could have escalated sooner when the plan drifted.",
    "On reflection we should have asked for a copy of the plan.",
    "Our staff knew the child well and this helped the other agencies.",
    "We need to record why information was shared, not only that it was.",
    "Nothing further – the agency's part was proportionate.",
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
LEGAL_STATUS = ("Child Protection Plan (neglect)", "Child Protection Plan (emotional abuse)", "Child in Need",
                "Looked after (s.20)", "Child Protection Plan – ended in the audit period")
NO_ACTIONS = ("No multi-agency actions agreed – the existing plan already covers the learning.",
              "No actions. The panel agreed the learning will go to the practitioner forum only.",
              "None arising from this audit.")
URGENT_QUESTIONS = (
    "Did the audit identify any concern about the child's safety that needs an immediate response?",
    "Is any child in this case at risk now, needing referral back to the Children's Hub today?",
    "Urgent safeguarding concern identified during the audit?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(300, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern and not sample.moderation][:2]
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


def _agencies(sample) -> tuple[str, ...]:
    return tuple(next(own.written for own in sample.own if own.key == "agencies"))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grading = ("columns", "numbers", "highlight", "typed")[index % 4]
    details_style = ("grid", "lines", "tables")[index % 3]
    returns_style = rng.choice(("rows", "blocks"))
    agencies = _agencies(sample)
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    old_names = [section.name for section in sample.sections]
    new_names = [name for name, _ in KLOES]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for name, section in zip(new_names, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, new_names))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    partnership = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"{partnership} – joint audit record v{rng.choice(('2', '2.3', '3'))} – OFFICIAL-SENSITIVE",
        size=8)

    # Heading.
    paragraph(document, partnership, bold=True, colour=brand, size=14)
    title = rng.choice(("Multi-Agency Audit Record", "Joint Case Audit – Key Lines of Enquiry",
                        "Multi-agency case audit: record of findings"))
    paragraph(document, title, bold=True, size=16)
    paragraph(document, rng.choice(("Learning and Improvement Group – action learning audit",
                                    "Audit requested by the partnership's engine room group")), italic=True, size=9)

    # Part A: the case and the audit.
    brand_heading(document, "Part A – The case and the audit", brand)
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.6:
        auditor = f"{auditor} ({role}, Children's Social Care)" if rng.random() < 0.5 else f"{auditor} – {role}"
    reference_label = rng.choice(("Case ref", "LCS number", "CSC reference", "Child's ID"))
    child_pairs = [(rng.choice(("Child", "Child's name")), child.full_name),
                   (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
                   (reference_label, sample.case_id),
                   ("Status", rng.choice(LEGAL_STATUS))]
    if rng.random() < 0.5:
        child_pairs.append(("Parents / carers", ", ".join(child.parents)))
    if household:
        child_pairs.append(("Siblings", ", ".join(name for name, _ in household)))
    audit_pairs = [(rng.choice(("Lead auditor", "Audit lead")), auditor),
                   (rng.choice(("Date of joint audit", "Audit session held")), when(sample.date)),
                   (rng.choice(("Allocated social worker", "Lead professional (CSC)")), sample.practitioner)]
    if show_team:
        audit_pairs.append(("Team", sample.team))
    if show_service:
        audit_pairs.append(("Service area", sample.service))
    if details_style == "grid":
        pairs = child_pairs + audit_pairs
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    elif details_style == "lines":
        for text, value in child_pairs + audit_pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        for heading, pairs in (("About the child", child_pairs), ("About the audit", audit_pairs)):
            grid = table(document, len(pairs) + 1, 2)
            top = grid.cell(0, 0).merge(grid.cell(0, 1))
            label(top, heading, "D9E2F3")
            for row, (text, value) in zip(grid.rows[1:], pairs):
                label(row.cells[0], text)
                write(row.cells[1], value)
            document.add_paragraph()
    document.add_paragraph()

    # Part B: the agencies.
    brand_heading(document, "Part B – Agencies taking part", brand)
    reps = table(document, len(agencies) + 1, 3)
    for cell, text in zip(reps.rows[0].cells, ("Agency", "Represented by (role)", "Records checked?")):
        label(cell, text, "EDEDED")
    agency_notes = {}
    for row, agency in zip(reps.rows[1:], agencies):
        write(row.cells[0], agency)
        write(row.cells[1], rng.choice(REPRESENTATIVES[agency]))
        write(row.cells[2], rng.choice(("Yes", "Yes", "Y", "Partly")))
        agency_notes[agency] = (rng.choice(AGENCY_NOTES), rng.choice(AGENCY_REFLECTIONS))
    document.add_paragraph()
    if returns_style == "blocks":
        brand_heading(document, "Part B2 – Each agency's own return", brand, size=11)
        paragraph(document, "Each agency summarises its involvement from its own records before the session.",
                  italic=True, size=9)
        for agency in agencies:
            note, reflection = agency_notes[agency]
            block = table(document, 3, 2)
            top = block.cell(0, 0).merge(block.cell(0, 1))
            label(top, agency, "F2F2F2")
            label(block.cell(1, 0), "Involvement and records seen")
            write(block.cell(1, 1), note)
            label(block.cell(2, 0), "Agency reflection")
            write(block.cell(2, 1), reflection)
        document.add_paragraph()

    # Part C: the key lines of enquiry.
    brand_heading(document, "Part C – Key lines of enquiry", brand)
    if grading == "numbers":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  bold=True, size=9)
    elif grading == "highlight":
        paragraph(document, "Highlight the grade the panel agreed.", italic=True, size=9)
    elif grading == "columns":
        paragraph(document, "Mark the panel's grade under the right column.", italic=True, size=9)
    mark_style = rng.choice(("X", "x", "\u2713", "\u25cf"))
    for number, (section, (_, question)) in enumerate(zip(sample.sections, KLOES), start=1):
        paragraph(document, f"KLOE {number}: {section.name}", bold=True, colour=brand)
        paragraph(document, question, italic=True, size=9)
        if returns_style == "rows":
            grid = table(document, len(agencies) + 1, 2)
            label(grid.cell(0, 0), "Agency", "F2F2F2")
            label(grid.cell(0, 1), "What the agency's records show", "F2F2F2")
            for row, agency in zip(grid.rows[1:], agencies):
                write(row.cells[0], agency)
                write(row.cells[1], rng.choice(AGENCY_NOTES))
        line = paragraph(document, rng.choice(("Joint finding: ", "Panel's finding: ", "Agreed finding: ")),
                         bold=True)
        run(line, section.comment)
        if section.name in remarks:
            paragraph(document, f"{rng.choice(('HoS: ', 'Moderator: ', ''))}{remarks[section.name]}", colour=ink)
        _grade(rng, document, grading, section.grade, f"Grade for KLOE {number}", mark_style)
        document.add_paragraph()

    # Part D: overall.
    brand_heading(document, "Part D – Overall grade for the multi-agency response", brand)
    _grade(rng, document, grading, sample.grade, rng.choice(("Overall grade", "Overall multi-agency grade")),
           mark_style)
    document.add_paragraph()

    # Part E: learning.
    brand_heading(document, "Part E – Learning", brand)
    headings = rng.choice((("What worked well", "What needs to develop"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Learning for the partnership")))
    if rng.random() < 0.5:
        learning = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(learning.cell(0, column), heading, "E2EFD9" if column == 0 else "FCE4D6")
            for item in items:
                write(learning.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}")
    document.add_paragraph()

    # Part F: the action plan.
    brand_heading(document, "Part F – Multi-agency action plan", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("No.", "Action", "Agency / owner", "By when", "Progress"),
                              ("#", "What needs to happen", "Who", "Target date", "RAG")))
        plan = table(document, len(sample.actions) + 1, 5)
        for cell, text in zip(plan.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for number, (row, action) in enumerate(zip(plan.rows[1:], sample.actions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, action.action)
            paragraph(document, f"Owner: {action.owner}    By: {when(action.due)}")
    document.add_paragraph()

    # Part G: urgent concern.
    brand_heading(document, "Part G – Immediate safeguarding concerns", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        paragraph(document, f"Yes {yes}    No {no}")
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    elif sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail} Raised with the Team Manager the same day.")
    else:
        paragraph(document, rng.choice(("No", "No.", "None identified")))
    document.add_paragraph()

    # Part H: sign-off and moderation.
    brand_heading(document, "Part H – Sign-off and moderation", brand)
    sign = paragraph(document, "Lead auditor: ", bold=True)
    run(sign, f"{sample.auditor}    Date: {when(sample.date)}")
    _moderation(rng, document, sample, moderation, ink)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, document, grading: str, grade: str, text: str, mark_style: str) -> None:
    """`grade` in the form's grading style, under the label `text`."""
    if grading == "columns":
        paragraph(document, text, bold=True, size=9)
        grid = table(document, 2, 4)
        for column, option in enumerate(GRADES):
            label(grid.cell(0, column), WORDS[option], "F2F2F2")
            if option == grade:
                write(grid.cell(1, column), mark_style, bold=True)
    elif grading == "numbers":
        line = paragraph(document, f"{text} (1–4): ", bold=True)
        run(line, NUMBERS[grade] if rng.random() < 0.7 else f"{NUMBERS[grade]} ({WORDS[grade].lower()})")
    elif grading == "highlight":
        line = paragraph(document, f"{text}: ", bold=True)
        for position, option in enumerate(GRADES):
            if position:
                run(line, "  /  ")
            run(line, WORDS[option], highlight=option == grade)
    else:
        line = paragraph(document, f"{text}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str) -> None:
    who = rng.choice(("Head of Service", "Partnership chair (Learning and Improvement Group)"))
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, f"Moderation ({who}): not yet moderated", italic=True)
        return
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        paragraph(document, f"Moderated by {moderation.moderator}, {role}, on {_when(rng, moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the panel's overall grade." if moderation.grade == sample.grade
                       else "I do not agree with the panel's overall grade.")
            paragraph(document, verdict, colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", f"{moderation.moderator} ({role})"), ("Date moderated", _when(rng, moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            rows.insert(2, ("Overall grade agreed?", "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Grade after moderation", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "DEEAF6")
            write(row.cells[1], value, colour=ink)
        shade(box.cell(0, 0)._tc, "DEEAF6")


def _when(rng: random.Random, day: date) -> str:
    return date_writer(rng)(day)
