"""Home visit observation: a manager's or practice lead's record of watching
a practitioner's direct work – most often a home visit, sometimes a
meeting or a group session at a family hub – written up the same week.
Who observed whom, when and where, who was there (the child and family,
or the parents at a group), five areas of practice each given a
judgement, an overall judgement, what went well and what would make it
even better, whether the observer and the practitioner sat down
afterwards for a reflective discussion and what the practitioner said,
the question whether anything seen needs action today, the development
actions, and the Head of Service's read-through.

Modelled on Westmorland and Furness Council's children's services as the
council's own news release described them after its first Ofsted
inspection ("Council Children's Services rated 'Good' by Ofsted after
first inspection", 2024: the new council formed in April 2023 from
Cumbria County Council, children's wishes well captured and informing
decisions, robust management oversight, a shared vision across the
workforce, staff positive about working there). The release describes
practice, not a form, so the layout is entirely our judgement of what a
Westmorland and Furness manager's observation of a home visit would look
like: a title line, the visit's details as a two-column table, a
four-column grid of label and value pairs, or typed "Label: value"
lines, the five areas given their judgements as marks under four
columns, as numbers on a printed 1–4 key, as the four words with the
others struck through, or typed in a judgement column, actions as a
table, as numbered lines or a "no actions" sentence, and the Head of
Service's read-through in their colour as a signed paragraph or a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, phrases, sample_forms
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over

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

FAMILY = "practice_visit_observation"
SEED = 9623
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
# The printed key: 1 is the best.
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}

# The five areas of practice the observer judges, each with what to look for.
AREAS = (
    ("Getting ready: preparation and purpose",
     "Had the worker read the file and partners' latest information? Did the family know why they were there?"),
    ("Building the relationship",
     "Warmth, respect, honesty about the worries; language the family understand."),
    ("The child at the centre",
     "Was the child seen and heard? Did their experience stay the focus of the visit?"),
    ("Curiosity and challenge",
     "Were the worries explored and strengths noticed? Was challenge clear and kind?"),
    ("Ending well: next steps and recording",
     "Were the agreed next steps summarised? Does the visit record match what happened?"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Exemplary – others could learn from this.", "Very skilled; the family were fully involved.",
                  "Outstanding practice throughout this part of the visit."),
    GOOD: ("Clear and purposeful.", "Well handled; the family responded well.", "Good, with the plan kept in view.",
           "Confident and respectful throughout."),
    REQUIRES_IMPROVEMENT: ("Some of this was missed; see the development points.",
                           "Not consistent across the visit.", "Would benefit from more planning beforehand."),
    INADEQUATE: ("Not evident during the observation.", "This did not happen and needs urgent attention."),
}
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "practitioner": "Practitioner"}
REFLECTIONS = (
    "The practitioner said the visit felt rushed because of a court deadline and will book longer next time.",
    "We talked through how the challenge was received; the practitioner felt more confident once the plan "
    "was on the table.",
    "The practitioner found the feedback helpful and wants to try a different tool for the child's views.",
    "Practitioner reflected that the family were more open than at previous visits.",
)
NO_REFLECTION = ("Not yet – practitioner on leave; to be held in supervision.",
                 "No – not possible on the day. Booked for next week.")
NO_ACTIONS = ("No development actions from this observation.",
              "None – keep doing what you are doing.",
              "No actions arising.")
URGENT_QUESTIONS = (
    "Did anything you saw need action today to keep a child safe?",
    "Immediate safeguarding concern identified during the observation?",
)


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(700, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.case_id is None][:2]
    singles = [sample for sample in pool if sample.case_id is not None
               and head_of_service_over(_staff(sample.auditor)) is not None]
    rest = [sample for sample in singles if sample.moderation is None]
    moderated = [sample for sample in singles if sample.moderation is not None]
    chosen = []
    # Two urgent concerns.
    for sample in rest[:2]:
        detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
        chosen.append(replace(sample, urgent_concern=True, urgent_concern_detail=detail))
    rest = rest[2:]
    # Two moderated with comments only, three changing the grade, two confirming it.
    comments_only = moderated[:2]
    chosen += comments_only
    for position, sample in enumerate(moderated[2:5]):
        index = ORDER.index(sample.grade)
        new = ORDER[index + 1] if (position != 1 and index < 3) or index == 0 else ORDER[index - 1]
        pool_text = phrases.MODERATION_LOWERS if ORDER.index(new) > index else phrases.MODERATION_RAISES
        comment = phrases.fill(rng.choice(pool_text), sample.child.first_name)
        chosen.append(replace(sample, moderation=replace(sample.moderation, grade=new, comments=(comment,))))
    for sample in moderated[5:7]:
        comment = rng.choice(phrases.MODERATION_AGREES)
        chosen.append(replace(sample, moderation=replace(sample.moderation, grade=sample.grade,
                                                         comments=(comment,))))
    chosen += groups
    chosen += rest[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample) for index, sample in enumerate(chosen[:count])]


def _area_grades(rng: random.Random, overall: str) -> list[str]:
    index = ORDER.index(overall)
    grades = []
    for _ in AREAS:
        step = rng.choice((0, 0, 0, -1, 1))
        grades.append(ORDER[min(3, max(0, index + step))])
    if overall not in grades:
        grades[rng.randrange(len(grades))] = overall
    return grades


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = rng.choice(("columns", "numbers", "strike", "typed"))
    group = sample.case_id is None
    observer = _staff(sample.auditor)

    changes = {"sections": tuple(Section(name, grade, rng.choice(AREA_COMMENTS[grade]))
                                 for (name, _), grade in zip(AREAS, _area_grades(rng, sample.grade)))}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    people: list[str] = []
    if group:
        people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, people[0]))
        changes["development_areas"] = (*sample.development_areas,
                                        f"{people[1].split()[0]} was quiet throughout; check in with them "
                                        f"before the next session.")
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("OFFICIAL – SENSITIVE", "Observation of practice – keep on the practitioner's "
                                                    "supervision file")), size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Observation of Practice – Direct Work", "Practice Observation Record",
                        "Observing Our Practice: Direct Work"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Complete within five working days of the observation and share with the practitioner.",
        "Observations are about learning together. Please agree the record with the practitioner.")),
        italic=True, size=9)

    # About the observation.
    observer_text = sample.auditor
    role = ROLES.get(observer.role)
    if role and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({role})"
    team_text = sample.team
    rows = [
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner),
        ("Team", team_text),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Observed by", "Observer", "Observer (name and role)")), observer_text),
        (rng.choice(("Date of observation", "Date observed", "Date")), when(sample.date)),
        (rng.choice(("What was observed", "Setting", "Type of practice observed")), sample.setting),
    ]
    if group:
        rows.append((rng.choice(("Parents attending", "Attendees", "Who attended")), ", ".join(people)))
        rows.append(("Case reference", rng.choice(("N/A – group session", "n/a (group)", "Not applicable"))))
    else:
        rows += [
            (rng.choice(("Child", "Child's name")), child.full_name),
            (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
            (rng.choice(("Case ref", "Child's record number", "Case reference")), sample.case_id),
            (rng.choice(("Parents / carers present", "Parents / carers")), " and ".join(child.parents)),
        ]
        if rng.random() < 0.4:
            rows.append(("Address of visit", ", ".join((*child.address_lines, child.postcode))))
    brand_heading(document, "About the observation", brand, size=12)
    if details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[(position % 2) * 2], text, "EDEDED")
            write(cells[(position % 2) * 2 + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # The areas of practice.
    brand_heading(document, "Areas of practice", brand, size=12)
    if grade_style == "numbers":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    elif grade_style == "strike":
        paragraph(document, "Strike through the judgements that do not apply.", italic=True, size=9)
    if grade_style == "columns":
        mark = rng.choice(("X", "\u2713", "x"))
        short = rng.random() < 0.5
        grid = table(document, len(AREAS) + 1, 6)
        headers = ["Area", *(SHORT[g] if short else WORDS[g] for g in ORDER), "Evidence / comments"]
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1 + ORDER.index(section.grade)], mark, bold=True)
            write(row.cells[5], section.comment)
        if short:
            paragraph(document, "O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate", size=8)
    else:
        grid = table(document, len(AREAS) + 1, 3)
        head = {"numbers": "Score (1–4)", "strike": "Judgement", "typed": "Judgement"}[grade_style]
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "What I saw", head)):
            label(cell, text, "D9E2F3")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            _grade_cell(rng, row.cells[2], grade_style, section.grade)
    document.add_paragraph()

    # Overall.
    overall = paragraph(document, rng.choice(("Overall judgement of the observed practice: ",
                                              "Overall grade: ", "Overall, this practice was: ")), bold=True)
    if grade_style == "numbers":
        run(overall, f"{NUMBERS[sample.grade]}", bold=True)
        if rng.random() < 0.5:
            run(overall, f" ({WORDS[sample.grade]})")
    elif grade_style == "strike":
        for position, option in enumerate(ORDER):
            if position:
                run(overall, " / ")
            run(overall, WORDS[option], strike=option != sample.grade, bold=option == sample.grade)
    else:
        run(overall, informal_grade(rng, sample.grade))
    document.add_paragraph()

    # What went well, even better if.
    headings = rng.choice((("What went well", "Even better if"), ("Strengths observed", "Areas to develop"),
                           ("WWW", "EBI")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        brand_heading(document, heading, brand, size=11)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Reflective discussion.
    brand_heading(document, "Reflective discussion", brand, size=11)
    asked = paragraph(document, rng.choice(("Was a reflective discussion held with the practitioner afterwards? ",
                                            "Reflective conversation after the observation held? ")), bold=True)
    if sample.reflective_discussion:
        later = sample.date + timedelta(days=rng.choice((0, 1, 2)))
        run(asked, rng.choice(("Yes", "Yes.", f"Yes – {when(later)}")))
        talk = paragraph(document, "Practitioner's reflections: ", bold=True)
        run(talk, rng.choice(REFLECTIONS))
    else:
        run(asked, rng.choice(NO_REFLECTION))
    document.add_paragraph()

    # Urgent concern.
    question = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(question, "Yes")
        paragraph(document, sample.urgent_concern_detail)
    else:
        run(question, rng.choice(("No", "No.", "None")))
    document.add_paragraph()

    # Development actions.
    brand_heading(document, rng.choice(("Development actions", "Actions for the practitioner's development")),
                  brand, size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                              ("What", "Lead", "Date")))):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Sign-off and the Head of Service.
    signed = paragraph(document, "Signed (observer): ", bold=True)
    run(signed, f"{sample.auditor}    {when(sample.date)}")
    _moderation(rng, document, sample, moderation, ink, brand, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = () if group else (when(child.date_of_birth),)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(people), also=also)


def _grade_cell(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "numbers":
        write(cell, str(NUMBERS[grade]), bold=True)
    elif style == "strike":
        line = cell.paragraphs[-1]
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, SHORT[option] if option == REQUIRES_IMPROVEMENT else WORDS[option],
                strike=option != grade, bold=option == grade)
    else:
        write(cell, informal_grade(rng, grade))


def _moderation(rng: random.Random, document, sample, moderation: Moderation | None, ink: str, brand: str,
                when) -> None:
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, "Head of Service", brand, size=11)
            paragraph(document, rng.choice(("", "Not sampled this month.")), italic=True)
        return
    brand_heading(document, "Head of Service read-through", brand, size=11)
    if rng.random() < 0.5:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the observer's judgement: " if moderation.grade == sample.grade
                       else "My judgement differs: ")
            line = paragraph(document, verdict, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    else:
        rows = [("Head of Service", moderation.moderator), ("Date read", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            rows.append(("Agreed grade" if moderation.grade == sample.grade else "Revised grade",
                         informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
