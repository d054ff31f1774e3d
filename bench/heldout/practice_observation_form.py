"""Practice observation form: a manager who does not line-manage the
practitioner watches a piece of direct work (a home visit, a meeting, a
family time session, a group at the family hub) and records it, then holds
a learning conversation with the practitioner about what they saw. About
the observation (who observed whom, when, where, who was there), five
areas of practice each given a grade, the overall grade, what went well
and what would make it even better, whether the learning conversation was
held and what the practitioner said, development actions, the question
whether anything seen needs escalating today, and the Head of Service's
quality check.

Modelled on Kirklees Council's children's services as its scrutiny panel
heard them ("Quality Assurance Annual Report", Children's Scrutiny Panel
agenda item, presented by the Head of Service for Quality Assurance and
Practice Development): quality assurance runs as "Learning Conversations"
between managers and practitioners, a manager without line management of
the practitioner matched to them so the look at the work is independent,
the result recorded on a standard form that the Head of Quality Assurance
analyses each month for strengths and areas to improve, alongside practice
learning days and deep dives. The minutes describe a learning
conversation about a child's file and show no form; this family turns the
same idea to observed practice, and the layout is our judgement: the
details as a grid of label and value pairs, as "Label: value" lines, or as
cells holding a small label over the value; the areas' grades as a number
on a printed 1–4 key, as a word typed by hand, as the four grades with the
chosen one highlighted and the others struck through, or as a mark under
one of four grade columns; actions as a table, as numbered lines or a "no
actions" sentence; the Head of Service's check typed in their colour under
its heading or in a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import shade
from bot.samples.people import head_of_service_over
from bot.samples.phrases import GROUP_SETTING, URGENT_CONCERNS, fill

from .common import (
    ATTENDEE_SENTENCES,
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
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
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "practice_observation_form"
SEED = 9262

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}

# The form's five areas of practice, each with the prompt printed under it.
AREAS = (
    ("Preparing for the work", "Did the worker know the history, the plan and why they were there today?"),
    ("Building the relationship", "Was the worker warm, honest and respectful; did the family trust them?"),
    ("Hearing the child", "Was the child seen, heard and kept at the centre, whether present or not?"),
    ("Naming the worries and the strengths", "Were the risks talked about openly, with the family's strengths too?"),
    ("Agreeing what happens next", "Did everyone leave knowing what will happen, who will do it and when?"),
)
EVIDENCE = {
    OUTSTANDING: ("Exemplary – I would use this as an example for the team.",
                  "Confident and skilled throughout; the family responded really well."),
    GOOD: ("Clearly done and the family responded well.", "Solid practice, a couple of small things to build on.",
           "Well handled, with some good reflection afterwards."),
    REQUIRES_IMPROVEMENT: ("Partly there – this needs more thought before the next visit.",
                           "Not consistent; some of it was missed.", "Rushed at the end."),
    INADEQUATE: ("This did not happen and should have.", "Missed, and it left the family unclear."),
}
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}
NARRATIVES = {
    "Home visit": "Planned home visit to review progress on the plan; mum and {child} were at home.",
    "Child protection conference": "Review child protection conference; the worker presented the report.",
    "Core group meeting": "Core group meeting held at school with health visitor and school present.",
    "Family time session": "Supervised family time at the contact centre, followed by a short debrief.",
    "Child in care review": "Child in care review; the worker presented the update to the IRO.",
    "Direct work session at school": "Direct work session with {child} at school using the three houses.",
    GROUP_SETTING: "Parenting group session (week 4 of 8) run with a colleague from the family hub.",
}
REFLECTIONS = (
    "The worker said she felt nervous at the start but settled once the family relaxed.",
    "We talked about how to hold the worry about home conditions without losing the relationship.",
    "The worker reflected that the visit ran over and the ending was rushed.",
    "The worker felt the tool worked well and will use it again with the younger children.",
)
NO_ACTIONS = ("No development actions – keep doing what you are doing.",
              "No actions agreed. Learning to be picked up in routine supervision.")
URGENT_QUESTIONS = ("Did you see or hear anything that needs escalating today?",
                    "Immediate safeguarding concern identified during the observation?")
MODERATION_COMMENTS = {
    "confirms": ("I have read the observation and agree with the judgement reached.",
                 "Agree. A fair and well evidenced record of the visit."),
    "lowers": ("From the evidence recorded the next steps were not clear enough for the family.",
               "The record describes missed opportunities that the judgement does not reflect."),
    "raises": ("The evidence recorded here shows stronger practice than the judgement given.",
               "Having spoken with the observer, the work with the family was better than graded."),
    "comments": ("Please make sure the learning is picked up in the worker's supervision.",
                 "Read. A helpful observation; please share the tool used with the team."),
}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.case_id is None][:2]
    single = [sample for sample in pool if sample.case_id is not None
              and head_of_service_over(_member(sample.auditor)) is not None]
    rng.shuffle(single)
    singles = single[: count - len(groups)]
    plan = (["urgent"] * 2 + ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2
            + ["plain"] * len(singles))[: len(singles)]
    rng.shuffle(plan)
    # The group sessions are observed by Early Help managers and go plain.
    chosen = [(sample, "plain") for sample in groups] + list(zip(singles, plan))
    rng.shuffle(chosen)
    return [_form(rng, index, sample, outcome, today) for index, (sample, outcome) in enumerate(chosen)]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _nearby(rng: random.Random, grade: str, steps) -> str:
    index = GRADES.index(grade) + rng.choice(steps)
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def _prepare(rng: random.Random, sample, outcome: str, today: date):
    first = sample.child.first_name if sample.child else None
    grades = [_nearby(rng, sample.grade, (-1, 0, 0, 1)) for _ in AREAS]
    if sample.grade not in grades:
        grades[rng.randrange(len(grades))] = sample.grade
    # Each grade's evidence sentences are used in turn, so no two areas read the same.
    pools = {grade: rng.sample(texts, len(texts)) for grade, texts in EVIDENCE.items()}
    used = {grade: 0 for grade in EVIDENCE}
    sections = []
    for (name, _), given in zip(AREAS, grades):
        texts = pools[given]
        comment = texts[used[given] % len(texts)]
        if used[given] >= len(texts):
            comment += " Same as above."
        used[given] += 1
        sections.append(Section(name, given, comment))
    changes = {"sections": tuple(sections)}
    if sample.case_id and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.2:
        changes["service"] = None
    moderation = None
    moderator = head_of_service_over(_member(sample.auditor))
    if outcome in ("comments", "changes", "confirms") and moderator is not None:
        when = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
        if outcome == "changes":
            lower = sample.grade == OUTSTANDING or (sample.grade != INADEQUATE and rng.random() < 0.6)
            grade = _nearby(rng, sample.grade, (1,) if lower else (-1,))
            comments = MODERATION_COMMENTS["lowers" if lower else "raises"]
        elif outcome == "confirms":
            grade, comments = sample.grade, MODERATION_COMMENTS["confirms"]
        else:
            grade, comments = None, MODERATION_COMMENTS["comments"]
        moderation = Moderation(moderator.name, when, (rng.choice(comments),), grade=grade)
    changes["moderation"] = moderation
    if outcome == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), first)
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    return replace(sample, **changes)


def _grade_text(style: str, grade: str, rng: random.Random) -> str:
    if style == "number":
        return NUMBERS[grade]
    return informal_grade(rng, grade)


def _write_grade(cell, style: str, grade: str, rng: random.Random, *, colour: str | None = None) -> None:
    """One grade written into `cell` in the form's way."""
    if style in ("number", "word"):
        write(cell, _grade_text(style, grade, rng), bold=True, colour=colour)
        return
    target = cell.paragraphs[-1]
    if target.text:
        target = cell.add_paragraph()
    for index, option in enumerate(GRADES):
        if index:
            run(target, " / ")
        if option == grade:
            run(target, WORDS[option], bold=True, highlight=True)
        else:
            run(target, WORDS[option], strike=True)


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    sample = _prepare(rng, sample, outcome, today)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "lines", "stacked"))
    grade_style = rng.choice(("number", "word", "strike", "columns"))
    child = sample.child
    group = child is None
    present: list[str] = []
    also: list[str] = []
    narrative = fill(NARRATIVES.get(sample.setting, "Observed direct work."), child.first_name if child else None)
    if group:
        present = attendees(rng, ("Haigh", "Sykes", "Armitage", "Brook", "Lockwood", "Hirst", "Dyson"),
                            rng.randint(3, 5))
        narrative += " " + mention(rng, ATTENDEE_SENTENCES, present[0])
    observer = _member(sample.auditor)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice observation form – v{rng.choice(('2', '2.1', '3'))} – OFFICIAL when completed", size=8)
    paragraph(document, council_line(rng), colour=brand, size=9)
    brand_heading(document, rng.choice(("Practice Observation and Learning Conversation",
                                        "Observation of Practice – Learning Conversation Record")), brand, size=15)
    paragraph(document, "To be completed by an observing manager who is not the practitioner's line manager. "
                        "Send the completed form to the Quality Assurance team.", italic=True, size=9)

    # About the observation.
    brand_heading(document, "1. About the observation", brand)
    details = [
        ("Observed by", sample.auditor),
        ("Observer's role", ROLES.get(observer.role, "Manager")),
        ("Practitioner observed", sample.practitioner),
        ("Team", sample.team),
    ]
    if sample.service:
        details.append(("Service", sample.service))
    details += [("Date of observation", when(sample.date)), ("What was observed", sample.setting)]
    if group:
        details += [("Case reference", "N/A – group session"), ("Attendees", ", ".join(present))]
    else:
        born = when(child.date_of_birth)
        also.append(born)
        details += [("Child's name", child.full_name), ("Date of birth", born), ("Case reference", sample.case_id)]
        if sample.setting == "Home visit" and child.parents:
            details.append(("Also present", f"{child.parents[0]} (parent)"))
    if details_style == "grid":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for number, (name, value) in enumerate(details):
            row, column = divmod(number, 2)
            label(grid.cell(row, column * 2), name, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    elif details_style == "lines":
        for name, value in details:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:
        rows = (len(details) + 2) // 3
        grid = table(document, rows, 3)
        for number, (name, value) in enumerate(details):
            cell = grid.cell(*divmod(number, 3))
            write(cell, name, bold=True, size=8, colour=brand)
            write(cell, value)
    brand_heading(document, "What I observed", brand, size=11)
    paragraph(document, narrative)

    # The areas of practice.
    brand_heading(document, "2. Areas of practice", brand)
    if grade_style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    elif grade_style == "strike":
        paragraph(document, "Highlight the grade that applies and strike through the others.", italic=True, size=9)
    if grade_style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(AREAS) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", *(w for _, w in columns))):
            label(cell, text, "DEEAF6")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            mark(row.cells[2 + [g for g, _ in columns].index(section.grade)], symbol)
        last = grid.rows[-1]
        label(last.cells[0], "Overall grade")
        mark(last.cells[2 + [g for g, _ in columns].index(sample.grade)], symbol)
    else:
        grid = table(document, len(AREAS) + 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "What I saw", "Grade")):
            label(cell, text, "DEEAF6")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            _write_grade(row.cells[2], grade_style, section.grade, rng)
        last = grid.rows[-1]
        label(last.cells[0], "Overall grade for the observation")
        shade(last.cells[2]._tc, "FFF2CC")
        _write_grade(last.cells[2], grade_style, sample.grade, rng)

    # What went well, even better if.
    brand_heading(document, "3. What went well", brand)
    for text in sample.strengths:
        paragraph(document, f"• {text}")
    brand_heading(document, "4. Even better if", brand)
    for text in sample.development_areas:
        paragraph(document, f"• {text}")

    # The learning conversation.
    brand_heading(document, "5. Learning conversation", brand)
    held = paragraph(document)
    run(held, "Was a learning conversation held with the practitioner after the observation? ", bold=True)
    if rng.random() < 0.5:
        run(held, "Yes" if sample.reflective_discussion else "No")
    else:
        for option, value in (("Yes", True), ("No", False)):
            run(held, f"{option} {'☒' if sample.reflective_discussion is value else '☐'}   ")
    if sample.reflective_discussion:
        paragraph(document, f"Practitioner's reflections: {rng.choice(REFLECTIONS)}")
    else:
        paragraph(document, "Not yet held – to be booked for the next fortnight.", italic=True)

    # Actions.
    brand_heading(document, "6. Development actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Who", "By when")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")

    # Escalation.
    brand_heading(document, "7. Escalation", brand)
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    run(question, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "None")))
    if sample.urgent_concern:
        paragraph(document, f"Details: {sample.urgent_concern_detail}")

    # Sign-off and the Head of Service's check.
    sign = paragraph(document)
    run(sign, "Observer signature: ", bold=True)
    run(sign, f"{sample.auditor}    ")
    run(sign, "Date: ", bold=True)
    run(sign, when(sample.date))
    brand_heading(document, "8. Head of Service quality check", brand)
    moderation = sample.moderation
    if rng.random() < 0.5:
        moderation_box(document, rng, sample, moderation,
                       labels=("Head of Service", "Date checked", "Agree with overall grade?", "Grade after check",
                               "Comments"),
                       agree=("Yes – agreed", "No – changed"), not_moderated=("", "Not selected for checking."),
                       ink=ink, when=when)
    elif moderation:
        paragraph(document, f"Checked by {moderation.moderator} on {when(moderation.date)}", colour=ink)
        if moderation.grade == sample.grade:
            paragraph(document, f"Agree with the overall grade ({WORDS[moderation.grade]}).", colour=ink)
        elif moderation.grade:
            paragraph(document, f"Overall grade changed to: {WORDS[moderation.grade]}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
    else:
        paragraph(document, "")

    data = finish_docx(document, "Practice observation", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(present), also=tuple(also))
