"""Observation feedback record: a manager's or practice lead's record of
watching a practitioner's direct work (a home visit, a meeting, a group
session at the family hub), written up after the reflective conversation
with the worker. The observation details (who observed whom, when, where,
the case or the group's attendees), five graded areas of practice with the
observer's evidence, the overall grade, what went well and even better if,
whether the reflective discussion took place, development actions, the
question whether anything seen needs escalating today, and the Head of
Service's read-through.

Modelled on Bury Council's children's services as its Cabinet and its
Children and Young People Scrutiny Committee heard them (the Children's
Services Improvement Programme after the 2022 inspection: independent
auditors commissioned for a baseline of quality assurance activity, more
moderation added to the process, the 2025 inspection finding practice
improved but asking for better supervision and management oversight).
The published material describes the quality assurance, not a form, so
the layout is our own judgement.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section, sample_forms
from bot.samples.forms import OBSERVATION, Moderation
from bot.samples.ooxml import shade
from bot.samples.people import head_of_service_over
from bot.samples.phrases import (
    GROUP_SETTING,
    MODERATION_AGREES,
    MODERATION_LOWERS,
    MODERATION_RAISES,
    URGENT_CONCERNS,
    fill,
)

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

FAMILY = "observation_feedback_record"
SEED = 9193
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The five areas the observer grades, each with the prompt printed under it.
AREAS = (
    ("Planning and purpose of the session",
     "Was the session planned with the manager? Did everyone know why it was happening?"),
    ("Relationship and communication with the family",
     "Warmth, respect, plain language; were the family's strengths recognised?"),
    ("The child's voice and lived experience",
     "Was the child (or the children the group is about) kept at the centre?"),
    ("Curiosity, analysis and challenge",
     "Did the worker explore what was said and name the worries clearly?"),
    ("Ending the session and next steps",
     "Were actions summarised and agreed? Does the family know what happens next?"),
)
EVIDENCE = {
    OUTSTANDING: ("Exemplary – I would use this as an example for the team.",
                  "Confident and skilled throughout; the family responded really well."),
    GOOD: ("Clear and well judged.", "Done well; a couple of small points discussed afterwards.",
           "Solid practice, in line with our practice standards."),
    REQUIRES_IMPROVEMENT: ("Partly there – see feedback.", "Inconsistent during the session; talked this through.",
                           "Needs more thought next time."),
    INADEQUATE: ("Not evident during the session.", "This was a significant gap – discussed at length."),
}
SURNAMES = ("Ashcroft", "Holden", "Crompton", "Openshaw", "Kershaw", "Haworth", "Entwistle", "Grundy")
NO_ACTIONS = ("No development actions – keep doing what you are doing!",
              "No actions agreed; learning to be picked up in supervision as normal.")
ESCALATION = ("Did you see or hear anything that needs escalating to the Team Manager today?",
              "Any safeguarding concerns arising from the observation that need immediate action?")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(900, seed=SEED, today=today, feedback_question=True)
    observations = [sample for sample in pool if sample.kind == OBSERVATION]
    groups = [sample for sample in observations if sample.setting == GROUP_SETTING][:2]
    children = [sample for sample in observations if sample.setting != GROUP_SETTING
                and head_of_service_over(_member(sample.auditor)) is not None]
    plans: list[tuple[object, str]] = [(groups[0], "plain"), (groups[1], "comments")]
    roles = ["urgent", "urgent", "comments", "changed", "changed", "changed", "confirmed", "confirmed"]
    roles += ["plain"] * (count - len(plans) - len(roles))
    for sample, role in zip(children, roles):
        plans.append((sample, role))
    rng.shuffle(plans)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(plans[:count])]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _moderate(rng: random.Random, sample, role: str):
    if role in ("plain", "urgent"):
        return None
    moderator = head_of_service_over(_member(sample.auditor))
    first = sample.child.first_name if sample.child else None
    on = min(sample.date + timedelta(days=rng.randint(3, 12)), sample.date + timedelta(days=14))
    if role == "comments":
        return Moderation(moderator.name, on, (rng.choice((
            "Read. A useful observation – please make sure the reflection is recorded in supervision.",
            "Read and noted. Good to see the practitioner's own reflections captured here.")),))
    if role == "confirmed":
        return Moderation(moderator.name, on, (rng.choice(MODERATION_AGREES),), grade=sample.grade)
    position = ORDER.index(sample.grade)
    if position == 0 or (position < 3 and rng.random() < 0.5):
        return Moderation(moderator.name, on, (fill(rng.choice(MODERATION_LOWERS), first),),
                          grade=ORDER[position + 1])
    return Moderation(moderator.name, on, (fill(rng.choice(MODERATION_RAISES), first),), grade=ORDER[position - 1])


def _area_grades(rng: random.Random, grade: str) -> list[str]:
    position = ORDER.index(grade)
    grades = []
    for _ in AREAS:
        step = rng.choice((0, 0, 0, -1, 1))
        grades.append(ORDER[min(3, max(0, position + step))])
    grades[rng.randrange(len(grades))] = grade
    return grades


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "pairs", "lines"))
    grade_style = rng.choice(("numbers", "columns", "highlight", "words"))
    group = sample.child is None
    names = attendees(rng, SURNAMES, rng.randint(3, 5)) if group else []

    sections = tuple(Section(name, grade, rng.choice(EVIDENCE[grade]))
                     for (name, _), grade in zip(AREAS, _area_grades(rng, sample.grade)))
    changes = {"sections": sections, "moderation": _moderate(rng, sample, role)}
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), sample.child.first_name)
    if sample.case_id and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if names:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, names[0]))
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice Observation & Feedback Record – v{rng.choice(('2', '2.3', '3'))} – OFFICIAL SENSITIVE",
        size=8)

    # Heading.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=14)
    title = rng.choice(("Practice Observation & Feedback Record", "Observation of Practice – Feedback Record",
                        "OBSERVATION FEEDBACK RECORD"))
    paragraph(document, title, bold=True, size=14)
    paragraph(document, "To be completed by the observer within 5 working days and shared with the practitioner. "
                        "Copy to be kept on the practitioner's supervision file.", italic=True, size=8)

    # Part 1: details.
    brand_heading(document, "Part 1 – About the observation", brand, size=12)
    rows = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), sample.auditor),
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner),
        ("Team", sample.team or ""),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Observation date")), when(sample.date)))
    rows.append((rng.choice(("Setting / type of session", "What was observed", "Setting")), sample.setting))
    if group:
        rows.append(("Case reference", rng.choice(("N/A – group session", "n/a", "Not applicable (group)"))))
        rows.append((rng.choice(("Parents attending", "Attendees", "Who was at the session")), ", ".join(names)))
    else:
        rows.append((rng.choice(("Child's name", "Child / young person")), child.full_name))
        rows.append((rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)))
        rows.append((rng.choice(("Case reference", "LCS number", "Child ID")), sample.case_id))
    rows.append(("Consent for observation obtained", rng.choice(("Yes", "Yes – verbal", "Yes (parents)"))))
    _details(rng, document, details_style, rows)
    document.add_paragraph()

    # Part 2: graded areas.
    brand_heading(document, "Part 2 – What I observed", brand, size=12)
    _key(document, grade_style)
    if grade_style == "columns":
        _column_grid(rng, document, sample.sections, AREAS)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=1):
            card = table(document, 2, 1)
            head = card.cell(0, 0)
            write(head, f"{number}. {section.name}", bold=True)
            write(head, prompt, italic=True, size=8)
            shade(head._tc, "F2F2F2")
            body = card.cell(1, 0)
            write(body, section.comment)
            _grade_line(rng, body, grade_style, section.grade, "Grade")
            document.add_paragraph()

    # Part 3: overall.
    brand_heading(document, "Part 3 – Overall grade for the observed practice", brand, size=12)
    box = table(document, 1, 1)
    _grade_line(rng, box.cell(0, 0), grade_style if grade_style != "columns" else rng.choice(("words", "highlight")),
                sample.grade, rng.choice(("Overall grade", "Overall judgement", "Overall")))
    document.add_paragraph()

    # Part 4: feedback.
    brand_heading(document, "Part 4 – Feedback", brand, size=12)
    headings = rng.choice((("What went well", "Even better if"), ("Strengths seen", "Areas to develop"),
                           ("WWW", "EBI")))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for item in items:
            paragraph(document, f"\u2022 {item}")
    document.add_paragraph()

    # Part 5: reflective discussion.
    brand_heading(document, "Part 5 – Reflective discussion", brand, size=12)
    asked = paragraph(document, rng.choice(("Was a reflective discussion held with the practitioner afterwards? ",
                                            "Reflective conversation held after the observation (Y/N): ")),
                      bold=True)
    if sample.reflective_discussion:
        run(asked, rng.choice(("Yes", "Y", f"Yes – {when(sample.date)}", "Yes, same day in the car")))
        paragraph(document, rng.choice((
            "Practitioner's reflections: felt nervous at first but the family were relaxed; agreed with the "
            "feedback about summarising at the end.",
            "We talked about what worked and what could be different next time. The worker found it helpful.",
        )))
    else:
        run(asked, rng.choice(("No", "N", "No – worker on leave, to follow in supervision")))
    document.add_paragraph()

    # Part 6: actions.
    brand_heading(document, "Part 6 – Development actions", brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                               ("Development action", "Lead", "Date")))):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Part 7: escalation.
    brand_heading(document, "Part 7 – Safeguarding", brand, size=12)
    paragraph(document, rng.choice(ESCALATION), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"YES. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No concerns", "None")))
    document.add_paragraph()

    # Part 8: sign-off and Head of Service.
    brand_heading(document, "Part 8 – Sign-off", brand, size=12)
    sign = table(document, 2, 2)
    label(sign.cell(0, 0), "Observer signature / date", "F2F2F2")
    write(sign.cell(0, 1), f"{sample.auditor.split()[0][0]}. {sample.auditor.split()[-1]}  {when(sample.date)}")
    label(sign.cell(1, 0), "Practitioner signature", "F2F2F2")
    write(sign.cell(1, 1), rng.choice(("Signed", "Seen and agreed", "")))
    document.add_paragraph()
    _moderation(rng, document, sample, moderation, ink, brand, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(names), also=also)


def _details(rng: random.Random, document, style: str, rows) -> None:
    if style == "grid":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            if value:
                write(row.cells[1], value)
    elif style == "pairs":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[(position % 2) * 2], text, "E7E6E6")
            if value:
                write(row.cells[(position % 2) * 2 + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value or "________")


def _key(document, style: str) -> None:
    if style == "numbers":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate. "
                            "Write the number against each area.", italic=True, size=9)
    elif style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=9)
    elif style == "columns":
        paragraph(document, "Tick one column for each area: O = Outstanding, G = Good, "
                            "RI = Requires improvement, I = Inadequate.", italic=True, size=9)
    else:
        paragraph(document, "Grade each area Outstanding / Good / Requires improvement / Inadequate.",
                  italic=True, size=9)


def _column_grid(rng: random.Random, document, sections, areas) -> None:
    marker = rng.choice(("\u2713", "X", "x", "\u25cf"))
    grid = table(document, len(sections) + 1, 6)
    for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "O", "G", "RI", "I")):
        label(cell, text, "D9D9D9")
    for row, section in zip(grid.rows[1:], sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        write(row.cells[2 + ORDER.index(section.grade)], marker, bold=True)


def _grade_line(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    line = write(cell, f"{text}: ", bold=True)
    if style == "numbers":
        run(line, rng.choice((f"{ORDER.index(grade) + 1}", f"{ORDER.index(grade) + 1} ({SHORT[grade]})")),
            bold=True)
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(line, informal_grade(rng, grade))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    brand_heading(document, "Head of Service read-through", brand, size=12)
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, rng.choice(("Not sampled this month.", "")), italic=True)
        return
    if rng.random() < 0.5:
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date read", "Grade after moderation", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            agree = "Agreed – " if moderation.grade == sample.grade else "Changed to "
            write(box.cell(2, 1), agree + informal_grade(rng, moderation.grade), colour=ink, bold=True)
        else:
            write(box.cell(2, 1), "-", colour=ink)
        for comment in moderation.comments:
            write(box.cell(3, 1), comment, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                paragraph(document, f"I agree the overall grade of {WORDS[moderation.grade]}.", colour=ink)
            else:
                paragraph(document, f"Moderated grade: {WORDS[moderation.grade]}", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
