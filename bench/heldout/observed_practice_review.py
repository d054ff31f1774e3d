"""Observed practice review: a manager's or practice lead's record of
watching a practitioner's direct work – a home visit, a meeting, a family
time session or a group at the family hub – written in the language of a
strengths-based practice model: what is working well, what we are worried
about and what needs to happen.

Modelled on Together for Children Sunderland (the company that delivers
Sunderland City Council's children's services): its 2021 Ofsted focused
visit says management oversight was tightened through manager-led panels
and the roll-out of a nationally recognised model of practice, and the
Signs of Safety account of its 2021 "outstanding" judgement puts
relationship-based work, workers who know children and families well and
the model's tools used with parents and children at the centre. Neither
page shows an observation form, so the layout is our own judgement: the
identifying part as a two-column table, a four-column strip or labelled
lines (a group session lists the parents attending and carries no case
reference), the areas observed graded by a number on a printed 1–4 key,
an X under four grade columns, the chosen word highlighted or the others
struck through, or a typed word; the overall judgement in the same way or
in a sentence; working well / worried about / needs to happen as three
columns or as headings; the reflective conversation afterwards; the
same-day safety question; actions as a table, numbered lines, the third
column or a "none" sentence; and the Head of Service's quality assurance
in a coloured box, typed in colour below, or a shaded panel.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Section, sample_forms
from bot.samples.ooxml import shade
from bot.samples.people import FAMILY_SURNAMES

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
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
    table,
    write,
)

FAMILY = "observed_practice_review"
SEED = 5839
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}

# The areas the observer grades: one set for work with a family, one for a group.
FAMILY_AREAS = (
    ("Preparation and purpose of the session", "Did the worker know why they were there and what they wanted to achieve?"),
    ("Relationship with the child and family", "Warmth, respect, honesty; were the family treated as partners?"),
    ("The child's voice and lived experience", "Was the child seen, heard and kept at the centre?"),
    ("Clarity about the worries and what needs to change", "Were the worries said plainly, without jargon?"),
    ("Use of practice tools", "Three houses, scaling questions, words and pictures, safety mapping."),
)
GROUP_AREAS = (
    ("Planning the session", "Was the session planned around what the parents said they wanted?"),
    ("Engaging the parents in the group", "Did everyone have a voice? Were quieter parents brought in?"),
    ("Keeping the children at the centre", "Did the discussion keep coming back to the children's experience?"),
    ("Managing the group and difficult conversations", "Were disagreements and disclosures handled safely?"),
)
# The observer's evidence for each area, best first (Outstanding, Good,
# Requires improvement, Inadequate).
EVIDENCE = {
    "Preparation and purpose of the session": (
        "Very well prepared; had read the latest partner information and brought the plan to go through.",
        "Clear about the purpose and explained it at the start.",
        "Some preparation, but the latest school information had not been read.",
        "No clear purpose; the visit did not move the plan on."),
    "Relationship with the child and family": (
        "Excellent, natural rapport. The family were clearly at ease with the worker.",
        "Respectful and warm; strengths were named as well as worries.",
        "Polite but guarded; the worker did most of the talking.",
        "The family were talked at and became defensive; no strengths were named."),
    "The child's voice and lived experience": (
        "The worker used the child's own words throughout and checked their understanding.",
        "Time was spent with the child and their views were gathered with a tool.",
        "The child was spoken about more than spoken with.",
        "The child was not seen or heard during the session."),
    "Clarity about the worries and what needs to change": (
        "The worries were named plainly and kindly; the family could say them back.",
        "Worries explained clearly and linked to the plan.",
        "The worries were raised but the language was at times too professional.",
        "The worries were not named and the family left unsure why we are involved."),
    "Use of practice tools": (
        "Skilful use of scaling and three houses; the family engaged fully.",
        "Good use of scaling to check where everyone was.",
        "Tools mentioned but not really used.",
        "No tools used and no attempt to gather views creatively."),
    "Planning the session": (
        "Session built around the topics the parents chose last week; resources ready.",
        "Planned, with a clear outline shared at the start.",
        "Some planning but the session overran and the last topic was lost.",
        "No plan; the session drifted from the start."),
    "Engaging the parents in the group": (
        "Every parent contributed; quieter parents were brought in gently.",
        "Most parents took part and were encouraged to share.",
        "Two parents dominated and others said little.",
        "Parents were lectured rather than engaged."),
    "Keeping the children at the centre": (
        "Every discussion was brought back to what it means for the children.",
        "Good links made to the children's experience at home.",
        "The children were mentioned but the focus stayed on the adults.",
        "The children were barely mentioned."),
    "Managing the group and difficult conversations": (
        "A disagreement was handled calmly and turned into learning for the group.",
        "Ground rules were used well and the group felt safe.",
        "A personal disclosure was not picked up at the time.",
        "The worker struggled to manage the discussion and it became heated."),
}
PRESENT = {
    "Child protection conference": ("conference chair, school, health visitor", "chair, police, school nurse"),
    "Core group meeting": ("school, health visitor", "family support worker, school"),
    "Child in care review": ("IRO, foster carer", "IRO, foster carer, school"),
    "Family time session": ("family time worker", "foster carer (handover)"),
    "Direct work session at school": ("class teacher", "school DSL"),
    "Home visit": ("grandmother", "family support worker"),
}
ROLES = {"practitioner": "Social Worker", "practice_manager": "Practice Manager",
         "early_help_manager": "Early Help Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service"}
URGENT_DETAILS = (
    "Mum disclosed a new partner staying at the house who is not known to us. Discussed with the Practice Manager "
    "the same afternoon and police checks requested.",
    "A mark was seen on the child's face. The worker and I agreed a strategy discussion was needed and it was "
    "requested before we left the office.",
)
NO_ACTIONS = ("No actions – nothing further needed beyond the usual supervision.",
              "None identified. Good practice to be shared at the team meeting.",
              "No development actions agreed at this time.")
REFLECTIONS_HELD = ("Yes – we talked straight after the session.", "Yes, the same afternoon in the office.",
                    "Yes – held the following morning.", "Yes")
REFLECTIONS_NOT = ("No – the practitioner was called to a duty visit; to pick up in supervision.",
                   "Not yet – booked for next supervision.", "No")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.case_id is None and not sample.moderation][:2]
    families = [sample for sample in pool if sample.case_id is not None]
    moderated = [sample for sample in families if sample.moderation]
    comments_only = moderated[:2]
    changed = [replace(sample, moderation=replace(sample.moderation, grade=_other_grade(rng, sample.grade)))
               for sample in moderated[2:5]]
    confirmed = [replace(sample, moderation=replace(sample.moderation, grade=sample.grade))
                 for sample in moderated[5:7]]
    plain = [sample for sample in families if not sample.moderation]
    urgent = [replace(sample, urgent_concern=True, urgent_concern_detail=detail)
              for sample, detail in zip(plain[:2], URGENT_DETAILS)]
    chosen = urgent + comments_only + changed + confirmed + groups
    chosen += plain[2: 2 + count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample) for index, sample in enumerate(chosen[:count])]


def _other_grade(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    nearby = [ORDER[index] for index in (position - 1, position + 1) if 0 <= index < len(ORDER)]
    return rng.choice(nearby)


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _area_grades(rng: random.Random, grade: str, count: int) -> list[str]:
    centre = ORDER.index(grade)
    return [ORDER[min(3, max(0, centre + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    group = sample.case_id is None
    details_style = rng.choice(("grid", "strip", "lines"))
    grade_style = rng.choice(("key", "columns", "highlight", "strike", "words"))
    findings_style = rng.choice(("three_columns", "headings"))
    areas = GROUP_AREAS if group else FAMILY_AREAS
    grades = _area_grades(rng, sample.grade, len(areas))
    changes = {"sections": tuple(Section(name, area_grade, EVIDENCE[name][ORDER.index(area_grade)])
                                 for (name, _), area_grade in zip(areas, grades))}
    adults = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    if group:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, adults[0]))
        if rng.random() < 0.5:
            changes["development_areas"] = (
                *sample.development_areas,
                f"{adults[1].split()[0]} was quiet for most of the session and was not brought in.")
    elif rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = details_style != "lines" or rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Observed practice review – v{rng.choice(('2', '2.3', '3'))} – OFFICIAL-SENSITIVE", size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Observed Practice Review", "Practice Observation Record", "Observation of Direct Practice"))
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16)
    paragraph(document, rng.choice(("What's working well? What are we worried about? What needs to happen?",
                                    "Relationship-based practice: observing the work, reflecting together")),
              italic=True, size=9)

    # The identifying part.
    observer = sample.auditor
    if rng.random() < 0.6:
        observer = f"{observer} ({_role(observer) or 'Practice Manager'})"
    worker = sample.practitioner
    if rng.random() < 0.4:
        worker = f"{worker}, {'Early Help Practitioner' if sample.service == 'Early Help' else 'Social Worker'}"
    rows = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer),
        (rng.choice(("Practitioner observed", "Whose practice was observed", "Worker")), worker),
        ("Team", sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Date")), when(sample.date)))
    rows.append((rng.choice(("Setting", "What was observed", "Type of activity")), sample.setting))
    also: list[str] = []
    if group:
        rows.append((rng.choice(("Parents attending", "Who attended", "Attendees")), ", ".join(adults)))
        rows.append(("Case reference", rng.choice(("N/A – group session", "Not applicable", "—"))))
    else:
        reference_label = rng.choice(("Case reference", "LCS number", "Child's ID", "Case no."))
        rows.append((rng.choice(("Child", "Child's name", "Child / young person")), child.full_name))
        rows.append((rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)))
        also.append(when(child.date_of_birth))
        rows.append((reference_label, sample.case_id))
        extra = PRESENT.get(sample.setting, ("school",))
        present = rng.choice((f"{child.parents[0]} (parent), {child.first_name}",
                              f"{' and '.join(child.parents)}; {rng.choice(extra)}",
                              f"{child.parents[0]}, {child.first_name}, {rng.choice(extra)}"))
        rows.append((rng.choice(("Who was present", "Present")), present))
        if sample.setting == "Home visit" and rng.random() < 0.6:
            rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows.append((rng.choice(("Family consent to observation", "Consent obtained?")),
                 rng.choice(("Yes – verbal, at the start", "Yes", "Yes (asked by the worker the day before)"))))
    _details(rng, document, details_style, rows)
    document.add_paragraph()

    # The areas observed.
    brand_heading(document, "Part 2 – What I saw", brand)
    _areas(rng, document, grade_style, sample.sections, areas)
    document.add_paragraph()

    # Overall judgement.
    brand_heading(document, "Part 3 – Overall judgement", brand)
    _overall(rng, document, grade_style, sample.grade)
    document.add_paragraph()

    # Findings and actions.
    brand_heading(document, "Part 4 – Working well, worries and next steps", brand)
    actions_in_grid = findings_style == "three_columns" and sample.actions and rng.random() < 0.5
    if findings_style == "three_columns":
        grid = table(document, 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("What's working well", "What are we worried about",
                                                    "What needs to happen")):
            label(cell, text, "E2EFD9")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {item}")
        if actions_in_grid:
            for action in sample.actions:
                write(grid.cell(1, 2), f"{action.action} ({action.owner}, by {when(action.due)})")
        else:
            write(grid.cell(1, 2), "See development actions below." if sample.actions else "Nothing further.")
    else:
        for heading, items in (("What went well", sample.strengths), ("Areas for development", sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
    document.add_paragraph()

    # Reflective conversation.
    brand_heading(document, "Part 5 – Reflective conversation", brand)
    question = paragraph(document, rng.choice(("Was a reflective discussion held with the practitioner afterwards? ",
                                               "Reflective conversation held? ")), bold=True)
    if sample.reflective_discussion:
        answer = rng.choice(REFLECTIONS_HELD)
        if answer == "Yes" and rng.random() < 0.5:
            answer = f"Yes – {when(sample.date + timedelta(days=1))}"
        run(question, answer)
        paragraph(document, rng.choice(("Practitioner's reflections: felt nervous at first but said the family "
                                        "forgot I was there after ten minutes.",
                                        "Practitioner's reflections: would like to use more visual tools next time.",
                                        "Practitioner's reflections: agreed the summary at the end was rushed.")))
    else:
        run(question, rng.choice(REFLECTIONS_NOT))
    document.add_paragraph()

    # Safety today.
    brand_heading(document, "Part 6 – Safety today", brand)
    paragraph(document, rng.choice(("Did you see or hear anything that needs action today to keep a child safe?",
                                    "Any immediate safeguarding concern arising from the observation?")), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"YES – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None")))
    document.add_paragraph()

    # Development actions.
    brand_heading(document, "Part 7 – Development actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_in_grid:
        paragraph(document, "As set out under \"What needs to happen\" above.", italic=True)
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                              ("Development action", "Lead", "Target date")))):
            label(cell, text, "F2F2F2")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} – {action.owner} – {when(action.due)}")
    document.add_paragraph()
    signed = paragraph(document, "Signed (observer): ", bold=True)
    run(signed, sample.auditor)
    signed = paragraph(document, "Signed (practitioner): ", bold=True)
    run(signed, sample.practitioner)
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(adults), also=tuple(also))


def _details(rng: random.Random, document, style: str, rows) -> None:
    if style == "grid":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "D9E2F3")
            write(row.cells[1], value)
    elif style == "strip":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "EDEDED")
            write(row.cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)


def _areas(rng: random.Random, document, style: str, sections, areas) -> None:
    prompts = dict(areas)
    if style == "key":
        paragraph(document, "Score each area on the key: 4 = Outstanding, 3 = Good, 2 = Requires improvement, "
                            "1 = Inadequate", italic=True, size=9)
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area observed", "Evidence", "Score (1–4)")):
            label(cell, text, "F2F2F2")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[2], str(SCORES[section.grade]))
    elif style == "columns":
        order = ORDER if rng.random() < 0.6 else tuple(reversed(ORDER))
        headers = [SHORT[grade] if rng.random() < 0.5 else WORDS[grade] for grade in order]
        grid = table(document, len(sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area observed", "Evidence", *headers)):
            label(cell, text, "F2F2F2")
        symbol = rng.choice(("X", "x", "\u2713"))
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[2 + order.index(section.grade)], symbol, bold=True)
    else:
        for number, section in enumerate(sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, prompts[section.name], italic=True, size=9)
            paragraph(document, section.comment)
            line = paragraph(document, "Judgement: ", bold=True)
            _mark_line(rng, line, style, section.grade)


def _mark_line(rng: random.Random, line, style: str, grade: str) -> None:
    if style == "words":
        run(line, informal_grade(rng, grade, note_chance=0.2))
        return
    for position, option in enumerate(ORDER):
        if position:
            run(line, "  /  ")
        if style == "highlight":
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
        else:
            run(line, WORDS[option], strike=option != grade)


def _overall(rng: random.Random, document, style: str, grade: str) -> None:
    if style == "key":
        line = paragraph(document, "Overall score (1–4): ", bold=True)
        run(line, str(SCORES[grade]) if rng.random() < 0.5 else f"{SCORES[grade]} – {WORDS[grade]}")
    elif style == "columns":
        grid = table(document, 2, 4)
        for cell, option in zip(grid.rows[0].cells, ORDER):
            label(cell, WORDS[option], "F2F2F2")
        cell = grid.rows[1].cells[ORDER.index(grade)]
        if rng.random() < 0.5:
            write(cell, "X", bold=True)
        else:
            shade(cell._tc, "A6A6A6")
            write(cell, "\u2713", bold=True)
    elif style == "words" and rng.random() < 0.5:
        word = WORDS[grade].lower()
        paragraph(document, f"Overall I would judge the practice I observed as {word}.")
    else:
        line = paragraph(document, rng.choice(("Overall judgement: ", "Overall grade: ")), bold=True)
        _mark_line(rng, line, style, grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Head of Service quality assurance", "Part 8 – Head of Service oversight"))
    if moderation is not None and moderation.grade and moderation.grade != sample.grade:
        reason = rng.choice(("Having read the evidence in Part 2 I think the overall grade should be different.",
                             "The evidence recorded does not support the observer's overall judgement."))
        moderation = replace(moderation, comments=(*moderation.comments, reason))
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("For Head of Service use.", "Not sampled this month.")), italic=True)
        return
    brand_heading(document, heading, brand)
    agree = "Yes – agree" if moderation.grade == sample.grade else "No – see comments"
    style = rng.choice(("box", "typed", "panel"))
    if style == "box":
        rows = [("Name", moderation.moderator), ("Date", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            rows.append(("Agree with the overall judgement?", agree))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    elif style == "typed":
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        panel = table(document, 1, 1)
        cell = panel.cell(0, 0)
        shade(cell._tc, "FFF2CC")
        write(cell, f"Quality assured by {moderation.moderator} on {when(moderation.date)}", bold=True, colour=ink)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the observer's judgement" if moderation.grade == sample.grade
                       else "I do not agree with the observer's judgement")
            write(cell, f"{verdict}: {WORDS[moderation.grade]}.", colour=ink)
