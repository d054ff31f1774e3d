"""Practice feedback form: a Pod Manager's (or other front-line manager's)
written feedback after sitting in on a practitioner's direct work with a
family – a home visit, a core group, a conference or review, family time,
a session at school, or a parents' group at the family hub. It says who
observed whom, when and in what session, who was there, then grades the
practice against the relationship-based model's own areas (the
relationship, being a purposeful partner in change, the child's story,
working with the network, honesty about the worries), gives an overall
grade, what worked well and what would make it even better, what the
family said, whether the observer and the worker had a reflective
conversation afterwards, whether anything seen needed a safeguarding
response that day, the development actions agreed, and the Head of
Service's quality assurance.

Modelled on Brighton & Hove City Council's relationship-based model of
children's social work, the "Team Around the Relationship" (introduced in
October 2015 and described in the council's page for BASW England's 80:20
conference, April 2019, and its evaluation "Empathy, tenacity and
compassion"): small social work "pods" led by a Pod Manager, six
principles (continuity and consistency of relationships, collaboration,
social workers as purposeful partners in change, a learning culture, and
a move from a blame culture to one of trust), group supervision and
reflective practice groups, the "One Story" assessment so a child tells
their story once, and quality assurance that asks families and workers
what they experience. The published pages describe the model, not a
form, so the layout is our own judgement: the details as a grid of labels
and values two to a row, as labelled lines, or as a table of questions
("Whose practice was observed?"); areas graded in one table or as a block
each, by a grade typed informally, a score on a printed 1–4 key (in
either order), the chosen grade highlighted among the four, or the other
three struck through; the overall grade typed, as four tick boxes, in a
sentence or as a score on the key; worked well / even better if; the
family's words; the reflective conversation answered in words or boxes;
actions as a table, numbered lines or a "no actions" sentence; and the
Head of Service's quality assurance as a box, typed in colour under the
overall grade, or in a shaded band.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.shared import Pt

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, shade
from bot.samples.people import head_of_service_over

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

FAMILY = "practice_feedback_form"
SEED = 5821
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requiring improvement",
                  INADEQUATE: "inadequate"}

# The model's areas, each with the question printed under it.
AREAS = (
    ("Building the relationship",
     "Was the worker warm, reliable and honest? Did the family seem to trust them?"),
    ("Purposeful partner in change",
     "Did everyone know why the worker was there and what needs to change?"),
    ("The child's story",
     "Was the child at the centre, and were their own words heard and used?"),
    ("Working with the network",
     "Were the family's own network and the other professionals part of the work?"),
    ("Being clear about the worries",
     "Were the worries named plainly and respectfully, without jargon?"),
)
# What an observer writes under each area, by how well it went: strong
# (Outstanding or Good), mixed (Requires improvement) or weak (Inadequate).
EVIDENCE = {
    "Building the relationship": (
        "Warm and respectful throughout; the worker knew the family's history without reading it out.",
        "Friendly, but the worker arrived late and did not explain why, which set the tone.",
        "The worker did most of the talking and the family's questions went unanswered.",
    ),
    "Purposeful partner in change": (
        "The purpose was explained at the start and checked again at the end; everyone left knowing the next step.",
        "Kind, but the session drifted and the plan was not mentioned.",
        "No clear purpose; the family asked twice why the worker had come.",
    ),
    "The child's story": (
        "The worker came back to the child's own words several times and used them to agree the next step.",
        "The child's views were reported by the parent rather than heard directly.",
        "The child was in the room but not spoken to at all.",
    ),
    "Working with the network": (
        "The worker had spoken to school and health beforehand and the family's network was part of the plan.",
        "Partners were mentioned but nobody was clear who would do what.",
        "No contact with the other professionals before or after; the grandparents' offer of help was ignored.",
    ),
    "Being clear about the worries": (
        "Difficult things were said plainly and kindly, without jargon; the parents said they understood.",
        "The worries were talked around rather than named.",
        "The worries were not raised, although they are the reason for the plan.",
    ),
}
# At a parents' group the children are not in the room.
GROUP_CHILD_STORY = (
    "The worker kept asking the parents what their children would say about it.",
    "The children were talked about in general terms rather than as individuals.",
    "The children were hardly mentioned during the session.",
)
EVIDENCE_LEVEL = {OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}
SESSIONS = {
    "Home visit": "Planned visit at home, about an hour, to review the plan.",
    "Child protection conference": "Initial/review conference at the civic centre; the worker presented the report.",
    "Core group meeting": "Core group at the family's children's centre with school and the health visitor.",
    "Family time session": "Supervised family time at the contact centre, with time before and after with the carer.",
    "Child in care review": "Review meeting at the carer's home, chaired by the IRO.",
    "Direct work session at school": "One-to-one session in the school's quiet room using drawings and scaling.",
    "Group session at the family hub": "Weekly parents' group at the family hub, two practitioners.",
}
FAMILY_SAID = (
    "{parent} said the worker \"doesn't talk down to us\" and that they always know what happens next.",
    "{parent} told me the worker is the first one who has stuck around long enough to know the children.",
    "{parent} said they would like the minutes sooner but that the meeting was fair.",
    "{parent} said it was easier with someone already known to the family from the pod.",
)
REFLECTIONS = (
    "{worker} said they were nervous at the start and recognised they rushed the ending; {worker} wants to "
    "practise summarising.",
    "We talked about how {worker} balanced support and challenge and how to bring the child's words into the "
    "plan.",
    "{worker} felt the session went as planned and will take the scaling idea to group supervision.",
)
YES_REFLECTION = ("Yes", "Yes – straight afterwards in the car", "Yes, the next morning", "Yes – back at the office")
NO_REFLECTION = ("No – the worker was called to a duty visit; to pick up in supervision.",
                 "No, not yet – worker on leave the following week.", "Not held")
NO_ACTIONS = ("No development actions arising from this observation.", "None – keep doing what you are doing.",
              "No actions agreed.")
URGENT = (
    "During the visit {child} disclosed that an adult at home had hurt them. The worker stayed with {child} and "
    "rang the manager; a strategy discussion was held the same afternoon.",
    "The home conditions had got much worse since the last visit and there was nowhere safe for {child} to sleep. "
    "Raised with the Head of Service before leaving; an urgent visit is booked for tomorrow.",
)
CONFIRMS = ("Read. I agree with the grade – a fair and well evidenced piece of feedback.",
            "Agree with the observer's judgement; good to see the reflective conversation recorded.")
LOWERS = ("Having read this I do not think the practice described reaches that grade; the worries were not named.",
          "The feedback describes drift in the session which the grade does not reflect.")
RAISES = ("The feedback undersells the worker – what is described is stronger than the grade given.",
          "I would grade this higher: the child's voice runs through the whole session as described.")
REMARKS = ("Read. Please make sure the actions are picked up in supervision.",
           "Thank you – please share the learning at the next pod meeting.",
           "Seen. Can we use this session as an example in the practice week?")
SURNAMES = ("Kowalczyk", "Osei", "Tierney", "Fairbrother", "Ahmed", "Lockwood")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
TITLES = ("Practice Feedback Form – Observation of Practice", "Practice Feedback: observed direct work",
          "Observation of Practice – Feedback to Practitioner", "Team Around the Relationship – Practice Feedback")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.child is None][:2]
    # One of each kind of session in turn, so the sessions vary as a month's would.
    by_setting: dict[str, list] = {}
    for sample in pool:
        if sample.child is not None:
            by_setting.setdefault(sample.setting, []).append(sample)
    single = [sample for batch in zip(*by_setting.values()) for sample in batch][: count - len(groups)]
    chosen = groups + single
    rng.shuffle(chosen)
    # Two urgent concerns (never a group session), then the moderation mix.
    urgent = set(rng.sample([i for i, sample in enumerate(chosen) if sample.child], 2))
    rest = [i for i in range(len(chosen)) if i not in urgent]
    rng.shuffle(rest)
    outcomes = ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2
    roles = {i: "urgent" for i in urgent}
    roles.update({i: outcome for i, outcome in zip(rest, outcomes)})
    return [_form(rng, index, sample, roles.get(index, "plain"), today)
            for index, sample in enumerate(chosen[:count])]


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _areas(rng: random.Random, grade: str, short: bool, group: bool) -> tuple[Section, ...]:
    """The model's areas graded near the overall grade, one of them equal."""
    names = AREAS[:4] if short else AREAS
    position = ORDER.index(grade)
    grades = [ORDER[min(max(position + rng.choice((-1, 0, 0, 0, 1)), 0), 3)] for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    evidence = dict(EVIDENCE, **({"The child's story": GROUP_CHILD_STORY} if group else {}))
    return tuple(Section(name, given, evidence[name][EVIDENCE_LEVEL[given]]) for (name, _), given in zip(names, grades))


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    moderator = head_of_service_over(_staff(sample.auditor))
    read = min(_weekday(sample.date + timedelta(days=rng.randint(3, 10))), today)
    if outcome == "comments":
        return Moderation(moderator.name, read, tuple(rng.sample(REMARKS, rng.randint(1, 2))))
    if outcome == "confirms":
        return Moderation(moderator.name, read, (rng.choice(CONFIRMS),), grade=sample.grade)
    position = ORDER.index(sample.grade)
    step = 1 if position == 0 else -1 if position == 3 else rng.choice((1, -1))
    comments = LOWERS if step == 1 else RAISES
    return Moderation(moderator.name, read, (rng.choice(comments),), grade=ORDER[position + step])


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("grid", "lines", "questions"))
    scoring = rng.choice(("typed", "key", "highlight", "strike"))
    layout = rng.choice(("table", "blocks"))
    group = sample.child is None
    parents_at_group = attendees(rng, SURNAMES, rng.randint(3, 4)) if group else []

    changes: dict = {"sections": _areas(rng, sample.grade, rng.random() < 0.3, group)}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if details == "lines" or (details == "questions" and rng.random() < 0.5):
        changes["service"] = None
    if details == "lines" and rng.random() < 0.4:
        changes["team"] = None
    changes["urgent_concern"] = outcome == "urgent"
    changes["urgent_concern_detail"] = (rng.choice(URGENT).format(child=sample.child.first_name)
                                        if outcome == "urgent" else None)
    changes["moderation"] = (_moderation(rng, sample, outcome, today)
                             if outcome in ("comments", "changes", "confirms") else None)
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE when completed", size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice feedback form {rng.choice(('v2.1', 'v3', 'Sept 2025'))} – keep a copy on the worker's "
                f"supervision file", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice((
        "Agree the observation with the worker and ask the family first. Share this feedback with the worker "
        "within five working days and send a copy to the QA team.",
        "For Pod Managers and practice leads. Complete after the reflective conversation with the worker.",
    )), italic=True, size=9)

    _details(document, rng, sample, details, when, brand, parents_at_group)
    document.add_paragraph()

    # What happened in the session.
    brand_heading(document, rng.choice(("About the session", "What I observed", "The session")), brand, size=12)
    paragraph(document, SESSIONS[sample.setting])
    document.add_paragraph()

    # The areas.
    brand_heading(document, rng.choice(("Feedback against our practice model", "How the practice measured up",
                                        "Relationship-based practice: areas")), brand, size=12)
    key_order = rng.choice((ORDER, ORDER[::-1]))
    if scoring == "key":
        line = paragraph(document, "Key: ", bold=True, size=9)
        scores = _scores(key_order)
        run(line, "   ".join(f"{scores[value]} = {WORDS[value]}" for value in key_order), size=9)
    _areas_on_page(document, rng, sample.sections, scoring, layout, key_order, brand)
    document.add_paragraph()

    # Overall.
    brand_heading(document, rng.choice(("Overall grade", "Overall feedback grade", "Overall judgement")), brand,
                  size=12)
    overall = "key" if scoring == "key" and rng.random() < 0.5 else rng.choice(("typed", "boxes", "sentence"))
    _overall(document, rng, sample.grade, overall, key_order)
    moderation_style = rng.choice(("box", "colour", "band"))
    if moderation and moderation_style == "colour":
        _moderation_in_colour(document, rng, sample, ink, when)
    document.add_paragraph()

    # Worked well / even better if.
    good_label = rng.choice(("What worked well", "What went well?", "Strengths seen"))
    better_label = rng.choice(("Even better if", "What would make it even better?", "Areas to develop"))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    if rng.random() < 0.5:
        side = table(document, 2, 2)
        label(side.cell(0, 0), good_label, "E2EFD9")
        label(side.cell(0, 1), better_label, "FCE4D6")
        for item in sample.strengths:
            write(side.cell(1, 0), f"{bullet}{item}")
        for item in sample.development_areas:
            write(side.cell(1, 1), f"{bullet}{item}")
    else:
        for text, items in ((good_label, sample.strengths), (better_label, sample.development_areas)):
            paragraph(document, text, bold=True, colour=brand)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if not bullet else f"{bullet}{item}")
    document.add_paragraph()

    # The family's voice.
    brand_heading(document, rng.choice(("What the family told us", "Feedback from the family",
                                        "The family's view")), brand, size=12)
    if group:
        paragraph(document, mention(rng, ATTENDEE_SENTENCES, parents_at_group[0]))
        paragraph(document, f"{parents_at_group[1].split()[0]} said they would come again next week.")
    elif rng.random() < 0.85:
        paragraph(document, rng.choice(FAMILY_SAID).format(parent=rng.choice(child.parents).split()[0]))
    else:
        paragraph(document, "Not asked on this occasion – the family had to leave for school pick-up.", italic=True)
    document.add_paragraph()

    # The reflective conversation.
    brand_heading(document, rng.choice(("Reflective conversation", "Reflection with the worker")), brand, size=12)
    _reflection(document, rng, sample)
    document.add_paragraph()

    # Safeguarding today.
    question = rng.choice((
        "Did anything you saw need a safeguarding response today?",
        "Any immediate safeguarding concern? (If yes, tell the Pod Manager and Head of Service today)",
    ))
    line = paragraph(document, question + " ", bold=True)
    if rng.random() < 0.5:
        run(line, f"Yes {CHECKED_BOX}  No {UNCHECKED_BOX}" if sample.urgent_concern
            else f"Yes {UNCHECKED_BOX}  No {CHECKED_BOX}")
    else:
        run(line, rng.choice(("Yes", "YES – see below")) if sample.urgent_concern else rng.choice(("No", "No.", "None")))
    if sample.urgent_concern:
        paragraph(document, sample.urgent_concern_detail)
    document.add_paragraph()

    # Development actions.
    brand_heading(document, rng.choice(("Development actions", "Learning and development actions",
                                        "Agreed next steps for the worker")), brand, size=12)
    _actions(document, rng, sample.actions, when)
    document.add_paragraph()

    # Sign-off and the Head of Service.
    sign = paragraph(document, "Feedback shared with the worker: ", bold=True)
    run(sign, rng.choice(("Yes", "Yes – copy emailed", f"Yes {CHECKED_BOX}")))
    if moderation_style == "box":
        _moderation_box(document, rng, sample, ink, when, brand)
    elif moderation_style == "band":
        _moderation_band(document, rng, sample, ink, when, brand)
    elif not moderation:
        paragraph(document, rng.choice(("Head of Service comments:", "")), bold=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(parents_at_group), also=also)


def _scores(order: tuple[str, ...]) -> dict[str, int]:
    """The number each grade carries on the key as printed: 1 for the first
    grade on it, so "1 = Outstanding" or, on the reversed key, "1 =
    Inadequate ... 4 = Outstanding"."""
    return {value: position + 1 for position, value in enumerate(order)}


def _details(document, rng: random.Random, sample, style: str, when, brand: str, parents_at_group) -> None:
    child = sample.child
    observer = _staff(sample.auditor)
    role = ROLES.get(observer.role, "")
    observer_text = rng.choice((f"{observer.name} ({role})", observer.name, f"{observer.name}, {role}"))
    case_label = rng.choice(("Mosaic number", "Child's record no.", "Case ref."))
    case_text = sample.case_id or rng.choice(("N/A – group session", "n/a (group)", "None – group"))
    setting_label = rng.choice(("Session observed", "Type of work observed", "What was observed"))
    if child:
        who_label = "Child"
        who = f"{child.full_name} (DOB {when(child.date_of_birth)})"
        present_label = rng.choice(("Family present", "Who else was there"))
        present = ", ".join(child.parents)
    else:
        who_label = "Group"
        who = "Parents' group"
        present_label = rng.choice(("Parents attending", "Attendees"))
        present = ", ".join(parents_at_group)
    team_label = rng.choice(("Pod / team", "Team", "Worker's pod"))

    if style == "grid":
        cells = [("Observer", observer_text), ("Date of observation", when(sample.date)),
                 ("Practitioner observed", sample.practitioner), (team_label, sample.team),
                 ("Service", sample.service), (case_label, case_text),
                 (setting_label, sample.setting), (who_label, who), (present_label, present)]
        grid = table(document, (len(cells) + 1) // 2, 4)
        for position, (text, value) in enumerate(cells):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "DDEBF7")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        lines = [("Observed by", observer_text), ("Worker observed", sample.practitioner)]
        if sample.team:
            lines.append((team_label, sample.team))
        lines += [("Date", when(sample.date)), (setting_label, sample.setting), (case_label, case_text),
                  (who_label, who), (present_label, present)]
        for text, value in lines:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    else:
        rows = [("Whose practice was observed?", sample.practitioner), ("Which pod or team are they in?", sample.team)]
        if sample.service:
            rows.append(("Service area", sample.service))
        rows += [("Who observed?", observer_text), ("When?", when(sample.date)),
                 ("What kind of session was it?", sample.setting), (case_label, case_text),
                 (who_label, who), (present_label, present)]
        if child and rng.random() < 0.5:
            rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    consent = paragraph(document, f"{'Parents' if child is None else 'Family'} agreed to the observation: ",
                        bold=True)
    run(consent, rng.choice(("Yes", "Yes – asked by the worker beforehand", f"Yes {CHECKED_BOX}  No {UNCHECKED_BOX}")))


def _grade_text(rng: random.Random, grade: str, scoring: str, key_order, cell_or_paragraph, *, in_cell: bool):
    """Write one area's grade in the form's way of marking it."""
    target = cell_or_paragraph.paragraphs[-1] if in_cell else cell_or_paragraph
    if scoring == "typed":
        run(target, informal_grade(rng, grade, note_chance=0.25))
    elif scoring == "key":
        run(target, str(_scores(key_order)[grade]), bold=True)
    elif scoring == "highlight":
        for position, value in enumerate(key_order):
            if position:
                run(target, "  ")
            run(target, SHORT[value], highlight=value == grade, bold=value == grade)
    else:
        for position, value in enumerate(key_order):
            if position:
                run(target, " / ")
            run(target, WORDS[value], strike=value != grade)


def _areas_on_page(document, rng: random.Random, sections, scoring: str, layout: str, key_order, brand: str) -> None:
    prompts = dict(AREAS)
    grade_header = {"typed": "Grade", "key": "Score (1–4)", "highlight": "Grade (highlight)",
                    "strike": "Grade (delete as appropriate)"}[scoring]
    if layout == "table":
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What I saw", grade_header)):
            label(cell, text, "DDEBF7")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            prompt = write(row.cells[0], prompts[section.name], italic=True)
            for piece in prompt.runs:
                piece.font.size = Pt(8)
            write(row.cells[1], section.comment)
            _grade_text(rng, section.grade, scoring, key_order, row.cells[2], in_cell=True)
    else:
        for number, section in enumerate(sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompts[section.name], italic=True, size=9)
            box = table(document, 1, 1)
            write(box.cell(0, 0), section.comment)
            line = paragraph(document, f"{grade_header}: ", bold=True)
            _grade_text(rng, section.grade, scoring, key_order, line, in_cell=False)


def _overall(document, rng: random.Random, grade: str, style: str, key_order) -> None:
    if style == "typed":
        line = paragraph(document, rng.choice(("Overall grade: ", "Overall: ", "My overall grade – ")), bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.3))
    elif style == "boxes":
        line = paragraph(document)
        for position, value in enumerate(key_order):
            if position:
                run(line, "    ")
            run(line, f"{CHECKED_BOX if value == grade else UNCHECKED_BOX} {WORDS[value]}")
    elif style == "key":
        line = paragraph(document, "Overall score (using the key above): ", bold=True)
        run(line, str(_scores(key_order)[grade]))
    else:
        paragraph(document, f"Taking everything together, I would describe the practice I saw as "
                            f"{SENTENCE_WORDS[grade]}{rng.choice(('.', ' overall.', ' – see the areas above.'))}")


def _reflection(document, rng: random.Random, sample) -> None:
    question = rng.choice(("Was there a reflective conversation with the worker afterwards?",
                           "Reflective discussion held?"))
    line = paragraph(document, question + " ", bold=True)
    held = sample.reflective_discussion
    if rng.random() < 0.4:
        run(line, f"Yes {CHECKED_BOX if held else UNCHECKED_BOX}   No {UNCHECKED_BOX if held else CHECKED_BOX}")
        if not held:
            paragraph(document, rng.choice(NO_REFLECTION[:2]))
    else:
        run(line, rng.choice(YES_REFLECTION) if held else rng.choice(NO_REFLECTION))
    if held:
        paragraph(document, rng.choice(REFLECTIONS).format(worker=sample.practitioner.split()[0]))


def _actions(document, rng: random.Random, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What will happen", "Lead", "Review date", "Done?")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(actions, start=1):
            paragraph(document, f"{number}) {action.action} ({action.owner}, by {when(action.due)})")


def _verdict(rng: random.Random, sample) -> str:
    """A graded moderation's conclusion in the Head of Service's words."""
    grade = sample.moderation.grade
    if grade == sample.grade:
        return rng.choice((f"Grade agreed: {informal_grade(rng, grade)}",
                           f"I agree with the grade of {SENTENCE_WORDS[grade]}."))
    return rng.choice((f"Moderated grade: {informal_grade(rng, grade)}",
                       f"Grade changed to {informal_grade(rng, grade)}"))


def _moderation_in_colour(document, rng: random.Random, sample, ink: str, when) -> None:
    moderation = sample.moderation
    paragraph(document, f"HoS QA – {moderation.moderator}, {when(moderation.date)}:", bold=True, colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        paragraph(document, _verdict(rng, sample), colour=ink, bold=True)


def _moderation_box(document, rng: random.Random, sample, ink: str, when, brand: str) -> None:
    moderation = sample.moderation
    brand_heading(document, rng.choice(("Head of Service quality assurance", "Quality assurance – Head of Service")),
                  brand, size=12)
    rows = ("Head of Service", "Date read", "Comments", "Do you agree with the overall grade?", "Grade after QA")
    box = table(document, len(rows), 2)
    for row, text in zip(box.rows, rows):
        label(row.cells[0], text, "F2F2F2")
    if not moderation:
        return
    look = {"colour": ink} if rng.random() < 0.75 else {}
    write(box.cell(0, 1), moderation.moderator, **look)
    write(box.cell(1, 1), when(moderation.date), **look)
    for comment in moderation.comments:
        write(box.cell(2, 1), comment, **look)
    if moderation.grade:
        write(box.cell(3, 1), "Yes" if moderation.grade == sample.grade else "No", **look)
        write(box.cell(4, 1), informal_grade(rng, moderation.grade), bold=True, **look)


def _moderation_band(document, rng: random.Random, sample, ink: str, when, brand: str) -> None:
    moderation = sample.moderation
    brand_heading(document, "Read by Head of Service", brand, size=12)
    band = table(document, 1, 1)
    cell = band.cell(0, 0)
    shade(cell._tc, "F2F2F2")
    if not moderation:
        write(cell, rng.choice(("Awaiting Head of Service.", "Not yet read.")), italic=True)
        return
    write(cell, f"Read by {moderation.moderator}, Head of Service, on {when(moderation.date)}.", colour=ink)
    for comment in moderation.comments:
        write(cell, comment, colour=ink)
    if moderation.grade:
        write(cell, _verdict(rng, sample), colour=ink, bold=True)
