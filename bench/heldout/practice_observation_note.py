"""Practice observation note: a team manager's or practice lead's short
note of watching a practitioner's direct work – a home visit, a meeting, a
family time session or an Early Help group – written up the same week and
sent to Quality Assurance. Who observed whom, when and where; what the
visit was for; five areas of practice each given a grade; the overall
grade; what went well and what would be even better; whether the
practitioner and the observer talked it through afterwards; the "anything
needing action today?" question; development actions; the practitioner's
own comment; and the Head of Service's moderation.

Modelled on what Care Inspectorate Wales asked of Monmouthshire County
Council's children's services after its February inspection (as the
Abergavenny Chronicle reported it): children on the child protection
register must be seen alone every ten working days and at home every four
weeks, and managers should work with staff to understand any failure to
meet or record those visits, with interim arrangements so managers can be
assured statutory and local standards are met. The report describes no
form, so the layout is our own judgement: a bilingual title line as Welsh
councils print them, the details as a two-column table, as "Label: value"
lines or as a four-column grid; the areas (seeing the child alone, the
"what matters" conversation with the family, risk, the purpose of the
visit, recording) graded by an informal word, by the four grades with the
others struck through, by the chosen grade highlighted, or by a number on a
printed 1–4 key; dates in one of several spellings; a group session
listing the parents who came instead of a child; actions as a table,
numbered lines or a "no actions" sentence; and moderation typed in the
Head of Service's colour, as a paragraph or a small table.
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

FAMILY = "practice_observation_note"
SEED = 9893
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
AREAS = (
    ("Purpose and preparation", "Was the purpose of the visit clear, and had the practitioner read the history?"),
    ("The child seen and heard", "Was the child seen, alone where they should be, and were their words recorded?"),
    ("What matters to the family", "Did the conversation find out what matters to the family and build on it?"),
    ("Risk and safety", "Were the worries named honestly and was safety checked?"),
    ("Next steps and recording", "Did everyone leave knowing what happens next?"),
)
GROUP_AREAS = (
    ("Purpose and preparation", "Was the session planned, with a clear aim the parents understood?"),
    ("Engaging the parents", "Did every parent have a voice?"),
    ("What matters to the family", "Did the session start from what matters to the parents who came?"),
    ("Risk and safety", "Were any worries raised handled safely and followed up?"),
    ("Next steps and recording", "Were attendance and follow-ups recorded?"),
)
COMMENTS = {
    OUTSTANDING: ("Exemplary – calm, warm and purposeful throughout.",
                  "Confident and skilled; the family clearly trust the practitioner."),
    GOOD: ("Well handled; the family were engaged and knew why the practitioner was there.",
           "Clear and respectful, with good use of open questions."),
    REQUIRES_IMPROVEMENT: ("Some of this was rushed and the purpose was not clear to the family.",
                           "Partly done – needs more structure and follow-through."),
    INADEQUATE: ("Not evident during the visit; this was discussed straight afterwards.",
                 "Missed – the worries were not raised with the family at all."),
}
PURPOSES = ("Statutory visit under the child protection plan.", "Visit to review progress on the care and support plan.",
            "Planned direct work and a catch-up with mum.", "Introductory visit after transfer from the assessment team.")
GROUP_PURPOSE = "Weekly parenting group at the family hub (Incredible Years, week {week})."
NO_ACTIONS = ("No development actions – keep doing what you are doing.",
              "None agreed. To be picked up in routine supervision only.",
              "No actions arising from this observation.")
URGENT_QUESTIONS = ("Did you see or hear anything that needs action today to keep a child safe?",
                    "Any immediate safeguarding concern? (If yes, tell the Team Manager and Head of Service today)",
                    "Urgent concern raised?")
PRACTITIONER_COMMENTS = ("Useful to have someone there – I found the feedback fair.",
                         "I agree with most of this; the visit was harder than usual because of the time pressure.",
                         "Thanks. I will use the ideas about explaining the plan to the children.", "")
ROLES = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION and _member(sample.auditor) is not None]
    groups = [sample for sample in pool if sample.case_id is None][:2]
    singles = [sample for sample in pool if sample.case_id is not None]
    moderatable = [sample for sample in singles if head_of_service_over(_member(sample.auditor))]
    # Roles: 2 urgent, 2 comments only, 3 changing the grade, 2 confirming, the rest plain.
    roles = ["urgent"] * 2 + ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2
    chosen: list[tuple[object, str]] = []
    used: set[int] = set()
    for role in roles:
        candidates = moderatable if role in ("comments", "changes", "confirms") else singles
        sample = next(sample for sample in candidates if id(sample) not in used)
        used.add(id(sample))
        chosen.append((sample, role))
    for sample in groups:
        used.add(id(sample))
        chosen.append((sample, "plain"))
    for sample in singles:
        if len(chosen) >= count:
            break
        if id(sample) not in used:
            used.add(id(sample))
            chosen.append((sample, "plain"))
    rng.shuffle(chosen)
    return [_form(random.Random(SEED * 100 + index), index, sample, role, today)
            for index, (sample, role) in enumerate(chosen[:count])]


def _member(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _shift(grade: str, step: int) -> str:
    return ORDER[min(max(ORDER.index(grade) + step, 0), len(ORDER) - 1)]


def _areas(rng: random.Random, grade: str, group: bool) -> tuple[Section, ...]:
    grades = [_shift(grade, rng.choice((-1, 0, 0, 0, 1))) for _ in AREAS]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    return tuple(Section(name, given, rng.choice(COMMENTS[given]))
                 for (name, _), given in zip(GROUP_AREAS if group else AREAS, grades))


def _moderation(rng: random.Random, sample, role: str, first_name: str | None, today: date):
    if role not in ("comments", "changes", "confirms"):
        return None
    moderator = head_of_service_over(_member(sample.auditor))
    when = sample.moderation.date if sample.moderation else sample.date + timedelta(days=rng.randint(2, 9))
    if role == "comments":
        grade, pool = None, phrases.OBSERVATION_AUTHORISATIONS + phrases.MODERATION_REMARKS
    elif role == "confirms":
        grade, pool = sample.grade, phrases.MODERATION_AGREES
    elif sample.grade == INADEQUATE or (sample.grade != OUTSTANDING and rng.random() < 0.5):
        grade, pool = _shift(sample.grade, -1), phrases.MODERATION_RAISES
    else:
        grade, pool = _shift(sample.grade, 1), phrases.MODERATION_LOWERS
    comments = tuple(phrases.fill(text, first_name) for text in rng.sample(pool, 1))
    return Moderation(moderator=moderator.name, date=min(max(when, sample.date), today), comments=comments, grade=grade)


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grading = rng.choice(("word", "strike", "highlight", "key"))
    details = rng.choice(("table", "lines", "grid"))
    group = sample.case_id is None
    child = sample.child
    first_name = child.first_name if child else None
    changes: dict = {"sections": _areas(rng, sample.grade, group)}
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first_name)
    else:
        changes["urgent_concern"] = False
        changes["urgent_concern_detail"] = None
    changes["moderation"] = _moderation(rng, sample, role, first_name, today)
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation
    parents = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice observation note – v{rng.choice(('2', '2.3', '3'))} – SWYDDOGOL / OFFICIAL", size=8)

    # Title.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Practice Observation Note", "Observation of Practice – Note", "Practice observation note"))
    if rng.random() < 0.6:
        paragraph(document, f"Nodyn Arsylwi Ymarfer / {title}", bold=True, size=15)
    else:
        paragraph(document, title.upper(), bold=True, size=15)
    paragraph(document, "To be completed by the observer within five working days and sent to Quality Assurance "
                        "with a copy to the practitioner.", italic=True, size=8)

    # Details.
    observer = sample.auditor
    member = _member(observer)
    role_name = ROLES.get(member.role, "") if member else ""
    if role_name and rng.random() < 0.5:
        observer = f"{observer} ({role_name})"
    rows = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer),
        (rng.choice(("Practitioner observed", "Worker observed", "Practitioner")), sample.practitioner),
    ]
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Date")), when(sample.date)))
    rows.append((rng.choice(("Setting", "Type of practice observed", "Where / what")), sample.setting))
    if group:
        rows.append(("Case reference", rng.choice(("N/A – group session", "n/a (group)", "Not applicable"))))
        rows.append((rng.choice(("Parents attending", "Attendees")), ", ".join(parents)))
    else:
        rows.append((rng.choice(("Case reference", "WCCIS number", "Child ID")), sample.case_id))
        rows.append((rng.choice(("Child", "Child's name")), child.full_name))
        rows.append((rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)))
    rows.append(("Purpose of the visit / session",
                 GROUP_PURPOSE.format(week=rng.randint(2, 9)) if group else rng.choice(PURPOSES)))
    brand_heading(document, rng.choice(("Part A – About the observation", "1. Details")), brand)
    if details == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details == "lines":
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            line, column = divmod(position, 2)
            label(grid.cell(line, column * 2), text, "EDEDED")
            write(grid.cell(line, column * 2 + 1), value)
    document.add_paragraph()

    # What was observed.
    brand_heading(document, rng.choice(("Part B – What I saw", "2. Summary of the observation")), brand)
    if group:
        first, second = rng.sample(ATTENDEE_SENTENCES, 2)
        summary = (f"{len(parents)} parents came to the session. "
                   f"{mention(rng, (first,), parents[0])} {mention(rng, (second,), parents[1])}")
    else:
        summary = (f"I joined {sample.practitioner.split()[0]} for the {sample.setting.lower()}. "
                   + (f"{child.first_name} was {rng.choice(('seen alone for part of the visit', 'seen with mum'))}."
                      if sample.setting in ("Home visit", "Family time session")
                      else f"The discussion was about {child.first_name}'s plan."))
    paragraph(document, summary)
    document.add_paragraph()

    # Graded areas.
    brand_heading(document, rng.choice(("Part C – Areas of practice", "3. Grading")), brand)
    if grading == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    areas = GROUP_AREAS if group else AREAS
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Comments", rng.choice(("Grade", "Rating")))):
        label(cell, text, "D9E2F3")
    for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, areas):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        _grade(rng, row.cells[2], grading, section.grade)
    document.add_paragraph()
    overall = paragraph(document, rng.choice(("Overall grade for the observation: ", "Overall judgement: ",
                                              "OVERALL: ")), bold=True)
    _grade_inline(rng, overall, grading, sample.grade)
    document.add_paragraph()

    # Strengths and development.
    headings = rng.choice((("What went well", "Even better if"), ("Strengths", "Areas for development"),
                           ("WWW", "EBI")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True, colour=brand)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Reflective discussion.
    question = rng.choice(("Was a reflective discussion held with the practitioner afterwards?",
                           "Reflective conversation after the observation?", "Feedback / reflection held?"))
    line = paragraph(document, f"{question} ", bold=True)
    if sample.reflective_discussion:
        run(line, rng.choice((f"Yes – {when(sample.date)}", "Yes, in the car afterwards", "Yes")))
    else:
        run(line, rng.choice(("No – to be picked up in supervision", "No", "Not yet")))

    # Urgent concern.
    line = paragraph(document, f"{rng.choice(URGENT_QUESTIONS)} ", bold=True)
    if sample.urgent_concern:
        run(line, f"YES. {sample.urgent_concern_detail}")
    else:
        run(line, rng.choice(("No", "None", "No.")))
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Part D – Development actions", "4. Actions")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                               ("Development action", "Lead", "Target date")))):
            label(cell, text, "E2EFD9")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Practitioner's comment and sign-off.
    comment = rng.choice(PRACTITIONER_COMMENTS)
    line = paragraph(document, "Practitioner's comments: ", bold=True)
    run(line, comment or "—")
    sign = paragraph(document, "Signed (observer): ", bold=True)
    run(sign, f"{sample.auditor}    {when(sample.date)}")
    document.add_paragraph()

    # Moderation.
    if moderation is not None:
        brand_heading(document, "Head of Service moderation", brand)
        if rng.random() < 0.5:
            paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", bold=True,
                      colour=ink)
            for text in moderation.comments:
                paragraph(document, text, colour=ink)
            if moderation.grade:
                verdict = ("I agree with the overall grade: " if moderation.grade == sample.grade
                           else "Moderated grade: ")
                line = paragraph(document, verdict, colour=ink, bold=True)
                run(line, informal_grade(rng, moderation.grade), colour=ink)
        else:
            rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date)),
                    ("Comments", "\n".join(moderation.comments))]
            if moderation.grade:
                rows.append(("Agree with grade?", "Yes" if moderation.grade == sample.grade else "No"))
                rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
            box = table(document, len(rows), 2)
            for row, (text, value) in zip(box.rows, rows):
                label(row.cells[0], text, "F2F2F2")
                write(row.cells[1], value, colour=ink)
    elif rng.random() < 0.4:
        paragraph(document, "Head of Service moderation: not sampled this month.", italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(parents), also=also)


def _grade(rng: random.Random, cell, grading: str, grade: str) -> None:
    _grade_inline(rng, cell.paragraphs[-1], grading, grade)


def _grade_inline(rng: random.Random, line, grading: str, grade: str) -> None:
    if grading == "word":
        run(line, informal_grade(rng, grade))
    elif grading == "key":
        run(line, NUMBERS[grade], bold=True)
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            if grading == "strike":
                run(line, WORDS[option], strike=option != grade)
            else:
                run(line, WORDS[option], highlight=option == grade, bold=option == grade)
