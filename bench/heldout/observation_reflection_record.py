"""Observation and reflection record: a manager's or practice lead's record
of watching a practitioner's direct work (a home visit, a meeting, a group
session at the family hub), judged against the region's shared practice
standards, followed by the reflective conversation held afterwards and the
development actions agreed in it.

Every council in the West Midlands already models another family, so this
one is modelled on the region's safeguarding partnership material instead:
the "West Midlands Principles, Protocol and Practice Standards" (2014),
agreed across the region's seven Local Safeguarding Children Boards with
West Midlands Police, the Directors of Children's Services and NHS
partners. Its desired outcomes – safer children, good information and
communication, risk-informed decision making, realistic plans with clear
and shared responsibilities, explicit timescales, and children and
families who know who is doing what, why and what happens if they do not –
become the five observed standards here, and each Board is to use the
standards to assure local practice. The protocol publishes no observation
form, so the layout is our judgement: a title line, the observation
details as a label / value table, as an observer | observed grid or as
typed "Label: value" lines, the five standards each judged by a word typed
in a rating column, an X under one of four grade columns, a number on a
printed 1–4 key, or the chosen option highlighted among the four, the
overall judgement in the same way, the reflective conversation (held or
not, with what the practitioner said), strengths and learning, the
development actions as a table, numbered lines or a "none" sentence, the
"anything needing action today" question, and the Head of Service's sign
off typed in colour or as a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import shade

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

FAMILY = "observation_reflection_record"
SEED = 9743
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
GROUP = "Group session at the family hub"

# The five standards observed, each with the question printed under it.
STANDARDS = (
    ("Safer child: the child kept at the centre",
     "Did the work keep the child's safety and experience in view throughout?"),
    ("Information and communication",
     "Was information shared clearly, in language the family and professionals understood?"),
    ("Risk-informed decision making",
     "Were worries named and weighed, and decisions explained?"),
    ("Realistic plan, clear and shared responsibilities",
     "Did everyone leave knowing what they will do and by when?"),
    ("Family know who, what, why and what happens next",
     "Could the family say what the plan is and what happens if it is not followed?"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Exceptionally clear and warm; the worker checked understanding at each step.",
                  "Skilled, confident practice that others could learn from."),
    GOOD: ("Clear and purposeful; the family were helped to take part.",
           "Well prepared and kept to the purpose agreed beforehand.",
           "Explained decisions and the reasons for them."),
    REQUIRES_IMPROVEMENT: ("Some drift from the purpose; next steps were not pinned down.",
                           "Worries were mentioned but not explored with the family.",
                           "Timescales were left vague."),
    INADEQUATE: ("The purpose of the session was unclear and risk was not discussed.",
                 "The family were not told what would happen next."),
}
REFLECTIONS = (
    "The practitioner felt the session went as planned but would slow down when explaining the plan next time.",
    "We talked about how the worker managed the father's anger. They said they felt supported by having a "
    "second person there.",
    "The worker reflected that preparation time had been squeezed and this showed in the second half.",
    "The practitioner was pleased with the direct work tools and wants to share them at the team meeting.",
)
NOT_HELD = ("Not held – practitioner on leave; booked for next supervision.",
            "Not yet held. To be picked up in supervision.")
NO_ACTIONS = ("No development actions – continue current practice.",
              "None agreed. The practitioner will carry on as observed.",
              "No actions arising from this observation.")
TODAY_QUESTIONS = ("Did you see anything that needs action today to keep a child safe?",
                   "Immediate safeguarding concern identified during the observation?")
OBSERVED_URGENT = (
    "During the visit the child said an adult not known to us has been staying at the home. Passed to the "
    "Team Manager the same afternoon and a strategy discussion requested.",
    "The home conditions had deteriorated sharply since the last visit and there was no food for the "
    "children. Raised with the Head of Service on the day; a same-day visit was arranged.",
)
ROLE_WORDS = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
              "early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}
MOD_CHANGE = ("Having read the record and spoken to the observer, I would place this one grade differently.",
              "I have moderated the overall judgement after reading the evidence recorded against each standard.")
MOD_AGREE = ("I agree with the observer's judgement; a fair and well evidenced record.",
             "Judgement confirmed. Good use of the reflective conversation.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [s for s in sample_forms(900, seed=SEED, today=today, feedback_question=True) if s.kind == OBSERVATION]
    groups = [s for s in pool if s.setting == GROUP][:2]
    singles = [s for s in pool if s.setting != GROUP]
    heads = [member for member in STAFF if member.role == "head_of_service"]
    chosen: list = []
    # two urgent concerns, 2 comments only, 3 changed, 2 confirmed, the rest plain
    plan = ["urgent", "urgent", "comments", "comments", "changed", "changed", "changed", "confirmed",
            "confirmed"] + ["plain"] * (count - 9)
    rng.shuffle(plan)
    group_slots = {index for index, kind in enumerate(plan) if kind == "plain"}
    group_slots = set(sorted(group_slots)[:2])
    singles_iter = iter(singles)
    groups_iter = iter(groups)
    for index, kind in enumerate(plan):
        sample = next(groups_iter) if index in group_slots else next(singles_iter)
        chosen.append(_adjust(rng, sample, kind, heads, today))
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _shift(grade: str, step: int) -> str:
    return ORDER[min(3, max(0, ORDER.index(grade) + step))]


def _adjust(rng: random.Random, sample, kind: str, heads, today: date):
    """Give the sample its areas, and its urgent concern or moderation."""
    areas = []
    for name, _ in STANDARDS:
        roll = rng.random()
        grade = _shift(sample.grade, 1 if roll < 0.15 else -1 if roll > 0.85 else 0)
        areas.append(Section(name, grade, rng.choice(AREA_COMMENTS[grade])))
    changes: dict = {"sections": tuple(areas), "moderation": None}
    if kind == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(OBSERVED_URGENT)
    if kind in ("comments", "changed", "confirmed"):
        moderator = sample.moderation.moderator if sample.moderation else rng.choice(heads).name
        when = min(sample.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1))
        if kind == "comments":
            moderation = Moderation(moderator, when, (rng.choice(
                ("Read and noted. Please make sure the actions are reviewed in supervision.",
                 "Thank you – a thoughtful observation. Share the learning at the next team meeting.")),))
        elif kind == "changed":
            step = -1 if sample.grade in (REQUIRES_IMPROVEMENT, INADEQUATE) else 1
            moderation = Moderation(moderator, when, (rng.choice(MOD_CHANGE),), grade=_shift(sample.grade, step))
        else:
            moderation = Moderation(moderator, when, (rng.choice(MOD_AGREE),), grade=sample.grade)
        changes["moderation"] = moderation
    return replace(sample, **changes)


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLE_WORDS.get(member.role, "") if member else ""


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("table", "grid", "lines"))
    style = rng.choice(("word", "columns", "key", "highlight"))
    group = sample.child is None
    people = attendees(rng, ("Hussain", "Kowalski", "Baker", "Osei", "Fletcher", "Doyle"), rng.randint(3, 5)) \
        if group else []
    changes: dict = {}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = details != "lines" or rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    if people:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, people[0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Observation and reflection record – v{rng.choice(('2', '2.1', '3'))} – OFFICIAL when completed",
        size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Observation and Reflection Record", "Practice Observation & Reflection",
                        "Record of Observed Practice and Reflective Discussion"))
    paragraph(document, title, bold=True, size=16)
    paragraph(document, "Observed against the regional practice standards: safer children, good communication, "
                        "risk-informed decisions, realistic plans, families who know what happens next.",
              italic=True, size=9)

    # Details.
    observer = sample.auditor
    role = _role(observer)
    if role and rng.random() < 0.5:
        observer = f"{observer} ({role})"
    rows = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer),
        (rng.choice(("Practitioner observed", "Worker observed", "Person observed")), sample.practitioner),
        ("Team", sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Date of observation", "Date observed", "Observation date")), when(sample.date)),
        (rng.choice(("Activity observed", "Setting", "What was observed")), sample.setting),
    ]
    if group:
        rows.append((rng.choice(("Parents attending", "Who attended")), ", ".join(people)))
        rows.append(("Case reference", rng.choice(("N/A – group session", "n/a (group)", "Not applicable"))))
    else:
        rows += [
            (rng.choice(("Child's name", "Child")), child.full_name),
            (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
            (rng.choice(("Case reference", "Mosaic ID", "Case no.")), sample.case_id),
            (rng.choice(("Parents / carers present", "Others present")), " and ".join(child.parents)),
        ]
    brand_heading(document, "Part A – About the observation", brand)
    if details == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            label(grid.cell(position // 2, (position % 2) * 2), text, "EDEDED")
            write(grid.cell(position // 2, (position % 2) * 2 + 1), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Standards.
    brand_heading(document, "Part B – What did you see?", brand)
    if style == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", bold=True,
                  size=9)
    elif style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    if style == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Standard", "What I saw", *(WORDS[g] for g in ORDER))):
            label(cell, text, "D9E2F3")
        symbol = rng.choice(("X", "x", "\u2713"))
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[2 + ORDER.index(section.grade)], symbol, bold=True)
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        heading = {"word": "Rating", "key": "Score (1-4)", "highlight": "Judgement"}[style]
        for cell, text in zip(grid.rows[0].cells, ("Standard", "Evidence", heading)):
            label(cell, text, "D9E2F3")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, STANDARDS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            _grade(rng, row.cells[2], style, section.grade)
    document.add_paragraph()

    # Overall.
    brand_heading(document, "Part C – Overall judgement", brand)
    box = table(document, 1, 2)
    label(box.cell(0, 0), rng.choice(("Overall judgement of the practice observed", "Overall grade")), "EDEDED")
    if style == "columns":
        write(box.cell(0, 1), informal_grade(rng, sample.grade), bold=True)
    else:
        _grade(rng, box.cell(0, 1), style, sample.grade)
    document.add_paragraph()

    # Reflection.
    brand_heading(document, "Part D – Reflective conversation", brand)
    asked = paragraph(document, rng.choice(("Was a reflective conversation held with the practitioner afterwards? ",
                                            "Reflective discussion held after the observation? ")), bold=True)
    if sample.reflective_discussion:
        run(asked, rng.choice(("Yes", "Yes – same day", "Yes, the following morning")))
        paragraph(document, rng.choice([text for text in REFLECTIONS if not group or "father" not in text]))
    else:
        run(asked, "No")
        paragraph(document, rng.choice(NOT_HELD), italic=True)
    document.add_paragraph()

    headings = rng.choice((("What went well", "Learning and areas to develop"),
                           ("Strengths observed", "What could be even better")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True, colour=brand)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, "Part E – Development actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                               ("Development action", "Lead", "Review date")))):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    question = paragraph(document, rng.choice(TODAY_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(question, "YES")
        paragraph(document, sample.urgent_concern_detail)
    else:
        run(question, rng.choice(("No", "No.", "None")))
    document.add_paragraph()

    _sign_off(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(people), also=also)


def _grade(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "word":
        write(cell, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        write(cell, str(ORDER.index(grade) + 1), bold=True)
    else:
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)


def _sign_off(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    brand_heading(document, "Part F – Head of Service oversight", brand)
    if moderation is None:
        paragraph(document, rng.choice(("Not selected for moderation.", "", "For HoS to complete if sampled.")),
                  italic=True)
        return
    if rng.random() < 0.5:
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", bold=True,
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else "Do not agree"
            line = paragraph(document, f"{agree} with overall judgement. Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Head of Service", moderation.moderator), ("Date", when(moderation.date))]
        if moderation.grade:
            rows.append(("Agree with the observer's overall judgement?",
                         "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated judgement", WORDS[moderation.grade]))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "FFF2CC")
            write(row.cells[1], value, colour=ink)
            shade(row.cells[1]._tc, "FFFFFF")
