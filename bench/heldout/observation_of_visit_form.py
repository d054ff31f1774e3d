"""Observation of visit form: a manager's or practice lead's record of
watching a practitioner's direct work – a home visit, a meeting, a family
time or group session – written in the order the observation happens:
before (who, when, where, the purpose agreed and the family's consent),
during (the areas of practice the observer watched, each judged), the
feedback conversation afterwards, and the final judgement, then the
development actions, the safeguarding escalation question and the Head of
Service's sign-off.

Modelled on the London Borough of Merton's children's services procedures
chapter 9.1.3, "Observation of Practice Model Guidance" (part of its
Quality Assurance Framework, tied to the Munro Review's final report; the
chapter notes it is under review): its parts run introduction, rationale,
inspection, principles, pre-observation, observation, constructing
feedback and final judgements, with appendices for the family's consent to
the observation, the practice observation itself and feedback from the
service user. Only the chapter's outline was read, not the appendix form,
so the layout is our own judgement: the details as a two-column table, as
"label: value" lines or as a four-column grid; each area judged by a number
on a printed 1–4 key, by a mark under four grade columns, by the chosen
grade highlighted among the four, or in the observer's own words; the
reflective feedback conversation as tick boxes or a sentence; actions as a
table, numbered lines or a "no actions" sentence; and the Head of
Service's moderation as a box or lines in a colour other than red.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    actions_table,
    attendees,
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
    moderation_box,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "observation_of_visit_form"
SEED = 9953
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}

# The areas the observer watches, each with the prompt printed under it.
AREAS = (
    ("Planning and purpose", "Was the visit planned, was its purpose shared with the family and the child?"),
    ("Building the relationship", "Warmth, respect, honesty about worries; did the family engage?"),
    ("The child at the centre", "Was the child seen, heard and talked to in a way that suited their age?"),
    ("Exploring risk and strengths", "Were the worries named clearly and the family's strengths recognised?"),
    ("Ending and next steps", "Did everyone leave knowing what happens next and who will do it?"),
)
GROUP_PROMPTS = {"The child at the centre": "Did the session keep the children's experience in view?"}
# What observers write under each area, by how it went (strong, middling, weak).
AREA_COMMENTS = {
    "Planning and purpose": ("Clear agenda, agreed at the start and returned to at the end.",
                             "Purpose explained but not checked back with the family.",
                             "No clear purpose; the session drifted and ran over."),
    "Building the relationship": ("Warm and confident; the family visibly relaxed as the session went on.",
                                  "Some good moments, but the practitioner talked over a parent twice.",
                                  "Little warmth; the family were guarded throughout."),
    "The child at the centre": ("The children's experience was kept in view and their words used.",
                                "Would have liked more time spent with the children themselves.",
                                "No time was spent with the child or children directly."),
    "Exploring risk and strengths": ("Worries were named plainly and without blame; strengths recognised.",
                                     "Strengths discussed well, the worries less directly.",
                                     "Worries were not raised although they are on the plan."),
    "Ending and next steps": ("Everyone left knowing what happens next and who will do it.",
                              "Next steps were agreed but the timescales were vague.",
                              "The session ended abruptly with no next steps agreed."),
}
GROUP_MENTIONS = (
    "{name} spoke openly about the routines at home and was supported by the group.",
    "The practitioner followed up {name}'s question about school transport after the session.",
    "{name} said the session had helped with bedtimes at home.",
)
URGENT = (
    "During the visit a parent disclosed a recent incident of domestic abuse that had not been reported. "
    "I spoke to the Team Manager on my return and a strategy discussion was requested the same day.",
    "Home conditions had deteriorated sharply since the last visit (no food, no working heating). Raised with "
    "the Head of Service that afternoon; an urgent visit is booked for tomorrow.",
)
NO_ACTIONS = ("No development actions – keep doing what you are doing.",
              "No actions arising from this observation.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(900, seed=SEED, today=today, feedback_question=True)
    observations = [sample for sample in pool if sample.kind == OBSERVATION and _head(sample) is not None]
    groups = [sample for sample in observations if sample.case_id is None][:2]
    singles = [sample for sample in observations if sample.case_id is not None]
    plan = ["urgent", "urgent", "comments", "comments", "changed", "changed", "changed", "confirmed",
            "confirmed"]
    plan += ["plain"] * (count - len(plan))
    chosen = singles[: count - len(groups)]
    # The group sessions: one moderated with comments, one plain.
    chosen = chosen[:2] + [groups[0]] + chosen[2:9] + [groups[1]] + chosen[9:]
    chosen = chosen[:count]
    jobs = list(zip(chosen, plan))
    rng.shuffle(jobs)
    return [_form(random.Random(SEED * 100 + index), index, sample, role, today)
            for index, (sample, role) in enumerate(jobs)]


def _member(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _head(sample):
    member = _member(sample.auditor)
    return head_of_service_over(member) if member else None


def _near(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    step = rng.choice((0, 0, 0, -1, 1))
    return ORDER[min(3, max(0, position + step))]


def _comment(area: str, grade: str) -> str:
    return AREA_COMMENTS[area][{OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}[grade]]


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("table", "lines", "grid"))
    grade_style = rng.choice(("numbers", "columns", "highlight", "words"))
    group = sample.case_id is None
    people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []

    changes: dict = {}
    # The areas and their grades: the overall grade among them.
    grades = [_near(rng, sample.grade) for _ in AREAS]
    grades[rng.randrange(len(grades))] = sample.grade
    changes["sections"] = tuple(Section(name, grade, _comment(name, grade)) for (name, _), grade in zip(AREAS, grades))
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = details_style != "lines" or rng.random() < 0.4
    if not show_service:
        changes["service"] = None
    if group:
        changes["strengths"] = (*sample.strengths, mention(rng, GROUP_MENTIONS, people[0]))
    head = _head(sample)
    moderated_on = min(sample.date + timedelta(days=rng.randint(2, 9)), today - timedelta(days=1))
    while moderated_on.weekday() >= 5:
        moderated_on -= timedelta(days=1)
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT)
        changes["moderation"] = None
    elif role == "comments":
        changes["moderation"] = Moderation(head.name, moderated_on, (
            rng.choice(("Read. A thoughtful observation – please share the learning at the team meeting.",
                        "Read and agreed. Make sure the actions go into the next supervision record.")),))
    elif role in ("changed", "confirmed"):
        position = ORDER.index(sample.grade)
        if role == "confirmed":
            moderated = sample.grade
            comment = rng.choice(("I agree with the observer's judgement; the evidence supports it.",
                                  "Judgement confirmed after discussion with the observer."))
        else:
            moderated = ORDER[position + 1] if position < 2 else ORDER[position - 1]
            comment = rng.choice(("The evidence under the areas does not quite support the overall judgement; "
                                  "I have moderated it.",
                                  "Having discussed this with the observer I have changed the final judgement."))
        changes["moderation"] = Moderation(head.name, moderated_on, (comment,), grade=moderated)
    else:
        changes["moderation"] = None
    if role == "plain" and sample.actions and rng.random() < 0.35:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE (when completed)", "Practice observation – QA Framework",
                            "Observation of Practice v3")), size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Observation of Practice", "Practice Observation Record", "Observation of a Visit"))
    brand_heading(document, title.upper() if rng.random() < 0.4 else title, brand, size=16)
    paragraph(document, rng.choice((
        "Complete after the observation and share with the practitioner within five working days.",
        "To be completed by the observer. Send the finished form to the QA team.",
    )), italic=True, size=9)

    # Part 1: before the observation.
    brand_heading(document, "Part 1 – Before the observation", brand)
    observer = sample.auditor
    observer_role = ROLES.get(getattr(_member(observer), "role", ""), "")
    if observer_role and rng.random() < 0.5:
        observer = f"{observer} ({observer_role})"
    rows = [
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner),
        ("Team", sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Observed by", "Observer", "Observer (name and role)")), observer),
        (rng.choice(("Date of observation", "Date observed", "Date")), when(sample.date)),
        (rng.choice(("Setting", "Type of activity observed", "What was observed")), sample.setting),
    ]
    also: list[str] = []
    if group:
        rows.append((rng.choice(("Parents / carers attending", "Attendees", "Who attended")), ", ".join(people)))
        rows.append(("Case reference", rng.choice(("N/A – group session", "n/a (group)", "Not applicable"))))
    else:
        child = sample.child
        rows.append((rng.choice(("Child's name", "Child")), child.full_name))
        if rng.random() < 0.6:
            rows.append((rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)))
            also.append(when(child.date_of_birth))
        rows.append((rng.choice(("Case reference", "LCS number", "Case no.")), sample.case_id))
    rows.append((rng.choice(("Purpose agreed beforehand", "Purpose of the visit")), rng.choice((
        "Review progress on the plan and see the children.", "Explain the outcome of the assessment.",
        "Direct work on worries and wishes.", "Plan the next steps with the family."))))
    rows.append((rng.choice(("Consent to the observation given?", "Family consent obtained")),
                 rng.choice(("Yes – verbal, recorded on file", "Yes", "Yes (consent form signed)"))))
    _details(rng, document, rows, details_style)

    # Part 2: the observation.
    brand_heading(document, "Part 2 – The observation", brand)
    if grade_style == "numbers":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  bold=True, size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    _areas(rng, document, sample, grade_style, group)

    # Part 3: feedback.
    brand_heading(document, "Part 3 – Feedback and reflection", brand)
    strengths_head, worries_head = rng.choice((("What went well", "Even better if"),
                                               ("Strengths observed", "Areas for development"),
                                               ("What worked well?", "What could be developed?")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in ((strengths_head, sample.strengths), (worries_head, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective feedback conversation held afterwards?"))
    if rng.random() < 0.5:
        line = paragraph(document, f"{question}  ", bold=True)
        yes, no = ("\u2612", "\u2610") if sample.reflective_discussion else ("\u2610", "\u2612")
        run(line, f"{yes} Yes   {no} No")
    else:
        paragraph(document, question, bold=True)
        if sample.reflective_discussion:
            paragraph(document, rng.choice((f"Yes – we talked it through on {when(sample.date)}, straight after "
                                            "the visit.", "Yes, in the car on the way back.")))
        else:
            paragraph(document, rng.choice(("No – the practitioner was called to a duty visit; to pick up in "
                                            "supervision.", "Not yet.")))
    reflection = paragraph(document, rng.choice(("Practitioner's reflections: ", "Worker's comments: ")), bold=True)
    run(reflection, rng.choice(("Found it useful to have another pair of eyes on a difficult visit.",
                                "Felt nervous at first but the feedback was fair.",
                                "Would like to be observed again in a conference.")))

    # Part 4: final judgement.
    brand_heading(document, "Part 4 – Final judgement", brand)
    _overall(rng, document, sample.grade, grade_style)

    brand_heading(document, rng.choice(("Development actions", "Actions for the practitioner")), brand)
    if sample.actions and rng.random() < 0.5:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} ({action.owner}, by {when(action.due)})")
    else:
        actions_table(document, rng, sample.actions, (("Action", "Who", "By when"),
                                                     ("Development action", "Lead", "Date", "Done?")),
                      NO_ACTIONS, when)

    brand_heading(document, "Safeguarding", brand)
    paragraph(document, rng.choice(("Did anything seen during the observation need escalating straight away?",
                                    "Immediate safeguarding concern identified?")), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"YES. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None")))

    brand_heading(document, "Head of Service sign-off", brand)
    if rng.random() < 0.5:
        moderation_box(document, rng, sample, moderation,
                       labels=("Head of Service", "Date", "Agree with the final judgement?", "Moderated judgement",
                               "Comments"),
                       agree=("Yes", "No"), not_moderated=("", "Not sampled for moderation this month."),
                       ink=ink, when=when)
    elif moderation:
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated final judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        paragraph(document, "Signature: ____________    Date: ________")

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(people), also=tuple(also))


def _details(rng: random.Random, document, rows, style: str) -> None:
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif style == "lines":
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "DDEBF7")
            write(grid.cell(row, column * 2 + 1), value)
    document.add_paragraph()


def _areas(rng: random.Random, document, sample, style: str, group: bool) -> None:
    prompts = dict(AREAS)
    if group:
        prompts.update(GROUP_PROMPTS)
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(name for _, name in columns))):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            for cell, (grade, _) in zip(row.cells[2:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
    elif style == "numbers":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "What I saw", "Score (1-4)")):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompts[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            write(row.cells[2], str(NUMBERS[section.grade]))
    else:
        for number, section in enumerate(sample.sections, start=1):
            card = table(document, 1, 1)
            cell = card.cell(0, 0)
            write(cell, f"{number}. {section.name}", bold=True)
            write(cell, prompts[section.name], italic=True, size=8)
            write(cell, section.comment)
            line = write(cell, "Judgement: ", bold=True)
            if style == "highlight":
                for position, grade in enumerate(ORDER):
                    if position:
                        run(line, "  ")
                    run(line, WORDS[grade], highlight=grade == section.grade)
            else:
                run(line, informal_grade(rng, section.grade, note_chance=0.2))
    document.add_paragraph()


def _overall(rng: random.Random, document, grade: str, style: str) -> None:
    text = rng.choice(("Overall judgement of the practice observed", "Final judgement", "Overall grade"))
    if style == "numbers":
        line = paragraph(document, f"{text} (1-4): ", bold=True)
        run(line, f"{NUMBERS[grade]}" if rng.random() < 0.5 else f"{NUMBERS[grade]} – {WORDS[grade]}")
    elif style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        paragraph(document, text, bold=True)
        grid = table(document, 2, 4)
        for cell, (_, name) in zip(grid.rows[0].cells, columns):
            label(cell, name, "D9D9D9")
        for cell, (option, _) in zip(grid.rows[1].cells, columns):
            if option == grade:
                mark(cell, "X")
    elif style == "highlight":
        line = paragraph(document, f"{text}: ", bold=True)
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        line = paragraph(document, f"{text}: ", bold=True)
        run(line, informal_grade(rng, grade))
    document.add_paragraph()
