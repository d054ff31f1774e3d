"""Casework quality audit: a team manager's audit of one child's case file,
set out as the questions a safeguarding partnership asks when it looks back
at a child's case – what happened, what worked well, what needs to improve
and how practice will be strengthened – with each area of practice given
its evidence and a judgement, an overall judgement, the actions that follow
(who, by when), whether the child and family were asked for their views,
the "is any child unsafe today?" question and the Head of Service's
moderation.

Modelled on the Derby and Derbyshire Safeguarding Children Partnership
(every East Midlands council already models a family, so the partnership
two of them share instead): its published "Case reviews" pages (each review
reported as what happened, what worked well, what needs to improve and how
safeguarding will be strengthened; a multi-agency audit of children
reunified with their parents after a local review; best practice guides on
child in need plans and special guardianship), and the Derbyshire board's
December 2017 news on its mock inspections (toolkits not used to identify
risk; plans not SMART, with no way to measure their effect). None of it
shows a form, so the layout is our judgement: details as a label / value
table, a four-column grid or typed lines; area judgements as a number on a
printed 1–4 key, as the four options with the chosen one highlighted, as
the manager's own words, or as a mark under grade columns in one grid;
actions as a table, as lines or a "no actions" sentence; moderation typed
in the Head of Service's colour as a box or a closing paragraph.
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

FAMILY = "casework_quality_audit"
SEED = 9783

# The form's areas of practice, in the order of the sample's sections
# (bot/samples/phrases.py TOOL_SECTIONS), each with the question printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's daily life and what they tell us",
         "Is the child seen, and seen alone? Are their words and wishes recorded?"),
        ("Assessment of need and risk",
         "Were the right tools used (e.g. the exploitation toolkit) and does the assessment analyse, not describe?"),
        ("Is the plan SMART and can we measure its effect?",
         "Who does what by when, and how will we know things have changed?"),
        ("Management grip and supervision",
         "Are decisions and their reasons recorded at each key point?"),
        ("Working together with partner agencies",
         "Are health, education and police contributing and sharing information?"),
        ("Chronology and the written record",
         "Is the chronology up to date and the record written to the child?"),
        ("What difference have we made?",
         "Is the child safer and better off than when we started?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Doing with the family, not to them",
         "Were parents and carers part of the decisions?"),
        ("How we write about children and families",
         "Is the language respectful and free of jargon?"),
        ("Leadership and management decisions",
         "Is there clear direction and oversight?"),
        ("Hearing the child",
         "Do we know what the child thinks and feels, in their own words?"),
        ("Relationships with the child and family",
         "Does the worker know the family and do they trust the worker?"),
        ("History, family network and significant others",
         "Is the history understood and is the wider family part of the plan?"),
        ("From assessment to plan",
         "Does the plan follow from what the assessment found?"),
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
KEY = {
    OUTSTANDING: "practice that makes a lasting difference and that others can learn from",
    GOOD: "the child is helped and protected; the plan is working",
    REQUIRES_IMPROVEMENT: "the child is safe but practice is not yet consistently good",
    INADEQUATE: "practice leaves the child at risk or without the help they need",
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}
PLAN_TYPES = ("Child in Need", "Child Protection", "Child Looked After", "Special Guardianship support",
              "Reunification (return home)", "Care leaver – pathway plan")
NO_ACTIONS = ("No further actions – the existing plan addresses everything found.",
              "No actions arising from this audit.",
              "Nil – discussed with the worker, nothing beyond the current plan.")
WHAT_HAPPENED = (
    "Case open since the referral from school; assessment completed and plan reviewed twice in the period.",
    "Family known to the service for two years; stepped up from Early Help after a domestic incident.",
    "Child returned home from foster care in the spring; reunification plan reviewed monthly.",
    "Transferred from the assessment team three months ago; new worker allocated straight away.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
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


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = ("number", "highlight", "words", "columns")[index % 4]
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
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
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng, landscape=grade_style == "columns")
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE: PERSONAL", "Confidential when completed")),
        size=8, bold=True)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Casework quality audit – version {rng.choice(('2.0', '2.1', '3'))} – audit standards agreed "
                "with the local safeguarding children partnership", size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Casework Quality Audit", "Casework Quality Audit – Team Manager",
                        "Monthly Casework Quality Audit"))
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16)
    paragraph(document, rng.choice(("What happened, what worked well, what needs to improve – and how will we "
                                    "strengthen practice for this child?",
                                    "To be completed by the Team Manager with the allocated worker where possible.")),
              italic=True, size=9)

    # --- details ---
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} ({role})"
    family_line = "; ".join(f"{name}, {when(born)}" for name, born in household) or rng.choice(
        ("None", "n/a", "No other children in the household"))
    rows = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Case no.", "Mosaic ID", "Case reference", "Child ID")), sample.case_id),
        (rng.choice(("Plan type", "Current plan")), rng.choice(PLAN_TYPES)),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents)),
        ("Other children in household", family_line),
        (rng.choice(("Allocated worker", "Social worker", "Worker")), sample.practitioner),
    ]
    if show_team:
        rows.append((rng.choice(("Team", "Team name")), sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Auditor", "Audited by", "Team Manager (auditor)")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, "Part A – Details", brand)
    if details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[(position % 2) * 2], text, "EDEDED")
            write(row.cells[(position % 2) * 2 + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    line = paragraph(document, "What happened (brief summary): ", bold=True)
    run(line, rng.choice(WHAT_HAPPENED))

    # --- key ---
    brand_heading(document, "Part B – Areas of practice", brand)
    if grade_style == "number":
        paragraph(document, "Score each area on the key: ", bold=True)
        for number, grade in enumerate(ORDER, start=1):
            paragraph(document, f"{number} = {WORDS[grade]} – {KEY[grade]}", size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight one judgement for each area.", italic=True)
    elif grade_style == "words":
        paragraph(document, "Judgements: Outstanding / Good / Requires improvement / Inadequate.", italic=True)
    else:
        paragraph(document, "Put a mark under the judgement for each area (O = Outstanding, G = Good, "
                            "RI = Requires improvement, I = Inadequate).", italic=True)
    prefix = rng.choice(("HoS: ", "HoS comment – ", "Moderator: "))
    mark_symbol = rng.choice(("X", "\u2713", "x"))

    if grade_style == "columns":
        grid = table(document, len(sample.sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence / analysis", "O", "G", "RI", "I")):
            label(cell, text, "D9E2F3")
        for number, (row, section, (_, prompt)) in enumerate(zip(grid.rows[1:], sample.sections, areas), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            write(row.cells[2 + ORDER.index(section.grade)], mark_symbol, bold=True)
        last = grid.rows[-1]
        write(last.cells[0], "OVERALL JUDGEMENT", bold=True)
        write(last.cells[1], "Taking all areas together", italic=True)
        write(last.cells[2 + ORDER.index(sample.grade)], mark_symbol, bold=True)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            box = table(document, 2, 2)
            label(box.cell(0, 0), rng.choice(("Evidence", "Evidence from the file")), "F2F2F2")
            write(box.cell(0, 1), section.comment)
            if section.name in remarks:
                write(box.cell(0, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            label(box.cell(1, 0), "Score (1–4)" if grade_style == "number" else "Judgement", "F2F2F2")
            _grade(rng, box.cell(1, 1), grade_style, section.grade)
        paragraph(document)
        brand_heading(document, "Overall judgement", brand, size=12)
        box = table(document, 1, 2)
        label(box.cell(0, 0), rng.choice(("Overall judgement for this case", "Overall grade")), "F2F2F2")
        _grade(rng, box.cell(0, 1), grade_style, sample.grade)
    paragraph(document)

    # --- findings ---
    brand_heading(document, "Part C – Findings", brand)
    headings = rng.choice((("What worked well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("What is working well?", "What needs to be better?")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(("Were the child's and family's views sought for this audit? ",
                                                "Child / family views sought as part of the audit? ")), bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes", "Yes – mother spoken to by phone", "Yes, child seen with the worker")))
        else:
            run(asked, rng.choice(("No", "No – not possible in the time", "Not on this occasion (no)")))
    paragraph(document)

    # --- actions ---
    brand_heading(document, rng.choice(("Part D – How will practice be strengthened? (actions)",
                                        "Part D – Actions")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when", "Done?"),
                                                              ("What needs to happen", "Responsible", "Timescale",
                                                               "Update")))):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Who: {action.owner}. By: {when(action.due)}.")
    paragraph(document)

    # --- urgent concern ---
    brand_heading(document, "Part E – Safety today", brand)
    question = paragraph(document, rng.choice((
        "Has the audit found that any child is unsafe now, or needs action today? ",
        "Immediate safeguarding concern identified? (if yes, tell the Head of Service the same day) ")), bold=True)
    if sample.urgent_concern:
        run(question, "YES")
        paragraph(document, sample.urgent_concern_detail)
    else:
        run(question, rng.choice(("No", "NO", "No concerns requiring immediate action")))
    paragraph(document)

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "number":
        written = str(ORDER.index(grade) + 1)
        write(cell, rng.choice((written, f"{written}", f"Score: {written}")), bold=True)
    elif style == "highlight":
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.25))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part F – Head of Service moderation", "Part F – Moderation (Head of Service)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            grid = table(document, 3, 2)
            for row, text in zip(grid.rows, ("Moderated by", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, {role}"), ("Date", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            rows.insert(2, ("Do you agree with the auditor's overall judgement?", agree))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"{moderation.moderator} ({role}), {when(moderation.date)}:", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                text = f"I agree with the overall judgement of {WORDS[moderation.grade].lower()}."
            else:
                text = (f"I do not agree with the overall judgement; the moderated grade is "
                        f"{informal_grade(rng, moderation.grade)}.")
            paragraph(document, text, colour=ink, bold=True)
