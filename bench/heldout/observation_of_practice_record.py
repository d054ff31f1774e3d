"""Observation of practice record: a manager's or practice lead's write-up of
watching a practitioner's direct work – a home visit, a meeting, a family
time session, a group session at a family hub. Who observed whom, when and
where, the child (or, for a group session, the adults who came), five
areas of practice each with what the observer saw and a grade, the overall
grade, what to build on and what to develop, whether a reflective
discussion was held afterwards, what the family said, a same-day safety
question, development actions, sign-off and, on some, a Head of Service's
moderation.

Modelled on Cheshire East Council's children's social care as its own
media release of 8 December 2021 describes Ofsted's focused visit of
November 2021 (children benefit from stable and meaningful relationships
with their social workers and have frequent opportunities to express their
wishes and feelings; social workers feel supported by managers and
leaders and have a comprehensive training plan; family networks are not
always explored early enough), with the "Summary of Quality Assurance
Activity" and the "2015-16 Quality Assurance Framework" of the Cheshire
East Safeguarding Children Board's Annual Report 2014-15. Neither shows an
observation form, so the layout is our own judgement: the five areas take
their names from what the release says good practice looks like; the
details come as label pairs four to a row, as a two-column table split by
shaded band rows, or as an opening sentence; the setting is typed or
ticked in a printed list; each area's grade is typed as a person types it,
a number on a printed 1–4 key, a ticked box among the four, the chosen
grade highlighted, or an X under four grade columns; actions as a table,
numbered lines or a "none" sentence; the Head of Service's moderation in
a box, a coloured paragraph or rows of the sign-off table.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import shade
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import GROUP_SETTING, OBSERVATION_SETTINGS, fill

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
    mark,
    mention,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "observation_of_practice_record"
SEED = 5813
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
SHORT_WORDS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The five areas the observer grades, with the prompt printed under each.
AREAS = (
    ("Relationship with the child and family",
     "Is the practitioner building a stable, trusting relationship? Warmth, honesty, reliability."),
    ("Hearing the child's wishes and feelings",
     "Did the child have the chance to say what they think and feel, in a way that suits them?"),
    ("Exploring the family network",
     "Were the wider family and friends thought about as people who can help?"),
    ("Clarity about the worries and the plan",
     "Did everyone leave knowing what we are worried about and what happens next?"),
    ("Respectful, jargon-free communication",
     "Plain language, listening, respectful challenge."),
)
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service"}
EVIDENCE_STRONG = (
    "Warm and at ease with the family; {child} went straight to the practitioner and showed her a drawing.",
    "Used a worry scale with {child} and wrote down the answers in {child}'s own words.",
    "Asked who else in the family helps out and wrote the names on a network map with the parent.",
    "Went through the worries and the next steps at the end and checked everyone understood them.",
    "Plain language throughout; explained 'core group' and 'plan' without being asked.",
)
EVIDENCE_MIXED = (
    "A friendly start, but most of the time was spent with the parent rather than with {child}.",
    "{child}'s views were asked for, but only in front of the parent.",
    "The grandparents were mentioned but not explored as a support.",
    "The worries were named, but the next steps were not summarised before leaving.",
    "Mostly clear, though some jargon ('threshold', 'PLO') was not explained.",
)
EVIDENCE_WEAK = (
    "The practitioner did not speak to {child} at all during the visit.",
    "The conversation was led by the parent's agenda and the worries were not raised.",
    "No discussion of family or friends who could help, despite the plan depending on it.",
    "The family left unclear about why we are involved or what happens next.",
    "Challenge was sharp and the parent became upset; it was not repaired before the end.",
)
_COMMENTS = {OUTSTANDING: EVIDENCE_STRONG, GOOD: EVIDENCE_STRONG, REQUIRES_IMPROVEMENT: EVIDENCE_MIXED,
             INADEQUATE: EVIDENCE_WEAK}
# The same areas seen in a group session with parents, about no one child.
GROUP_EVIDENCE = {
    "strong": ("Greeted each parent by name and the group settled quickly.",
               "Brought the children's experience into the discussion with a short video and a 'day in the life' "
               "exercise.",
               "Asked parents who they lean on at home and shared the family hub's drop-in offer.",
               "Closed with a recap of the week's focus and what to try before next time.",
               "Plain, warm language; no jargon."),
    "mixed": ("Friendly, but two parents were left on the edge of the group for most of the session.",
              "The children were talked about in general terms only.",
              "Support networks came up but were not followed through.",
              "The purpose of the session was not set out at the start.",
              "Mostly clear, though 'EHA' and 'TAF' were used without explanation."),
    "weak": ("The session ran late and the practitioner was distracted by her phone.",
             "No mention of the children's experience at all.",
             "Wider support was not discussed.",
             "Parents were unsure why they had been invited.",
             "A parent's question was brushed aside in front of the group."),
}
AREA_REMARKS = ("Agree – well evidenced.", "I would like to see more here on how the child's views were gathered.",
                "Agree with the observer.", "Please pick this up in supervision.")
# What an observer writes when something seen on the day means a child may not be safe.
URGENT_DETAILS = (
    "During the visit {child} said that mum's partner had been staying at the house again, which the safety "
    "plan does not allow. The practitioner and I spoke to the Team Manager on our return and a strategy "
    "discussion was held that afternoon.",
    "{child} had a mark on the cheek that the parent could not explain. Discussed with the Head of Service the "
    "same day; a child protection medical was arranged.",
    "The home conditions had deteriorated badly since the last visit and there was no food for {child}. "
    "Escalated to the Head of Service before the end of the day; an urgent core group is booked.",
)
MODERATION_CHANGES = {
    "down": ("Having read the record and spoken to the observer, the evidence fits a lower grade: the worries "
             "were not made clear enough to the family.",
             "I have moderated the grade down. The child's own views are thin in the write-up."),
    "up": ("The write-up undersells this practitioner's work; the evidence in each area supports a higher grade.",
           "I have moderated the grade up. The relationship with the family comes through strongly."),
}
MODERATION_CONFIRMS = ("I agree with the observer's grade; a fair, well-evidenced record.",
                       "Grade agreed. Good to see the family's feedback captured.")
MODERATION_COMMENTS = ("Read. Please make sure the learning goes into the practitioner's supervision record.",
                       "Read and noted – a helpful observation. Actions to be picked up at the next PDR.")
FAMILY_FEEDBACK = (
    "Mum said the practitioner \"actually listens\" and that she knows what she has to do before the next "
    "meeting.",
    "Dad said he felt talked down to at the start but that it got better once they sat down together.",
    "The carer said the visits are regular and the practitioner always does what she says she will.",
    "Not sought – it did not feel appropriate to ask on the day.",
    "The young person said the practitioner is \"alright\" and that she would tell her if something was wrong.",
)
GROUP_FEEDBACK = (
    "Two parents said the session was the first time they had felt listened to by a professional.",
    "Feedback forms were handed out at the end; all five returned said the session was useful.",
)
REFLECTIONS = (
    "The practitioner felt nervous at the start but settled. She recognised she talked over the parent once "
    "and would leave more silence next time.",
    "We talked about how to bring the family network into the plan sooner. The practitioner will try a family "
    "network meeting.",
    "The practitioner reflected on how hard it is to keep the child central in a busy meeting and asked for "
    "help with chairing skills.",
    "Good, honest conversation. The practitioner agreed the summary at the end of the visit was rushed.",
)
NO_ACTIONS = ("No development actions agreed – keep doing what you are doing.",
              "None at this time. Learning to be picked up in routine supervision.",
              "No actions.")
NOT_MODERATED = ("Not selected for Head of Service moderation this month.", "N/A", "")
SETTING_LABELS = ("Setting", "Type of activity observed", "What was observed", "Observation setting")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(200, seed=SEED, today=today, feedback_question=True)
            if sample.kind == OBSERVATION]
    groups = [sample for sample in pool if sample.case_id is None][:2]
    singles = [sample for sample in pool if sample.case_id is not None][: count - len(groups)]
    roles = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"]
    roles += ["plain"] * (len(singles) - len(roles))
    chosen = list(zip(singles, roles)) + list(zip(groups, ("confirmed", "plain")))
    rng.shuffle(chosen)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(chosen[:count])]


def _staff(name: str):
    return next(member for member in STAFF if member.name == name)


def _area_grades(rng: random.Random, grade: str) -> list[str]:
    """Five grades near the overall one, at least one of them equal to it."""
    position = GRADE_ORDER.index(grade)
    grades = [GRADE_ORDER[min(max(position + rng.choice((-1, 0, 0, 0, 1)), 0), 3)] for _ in AREAS]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    return grades


def _evidence(grade: str, position: int, first: str | None) -> str:
    """What the observer saw in one area, for a child's case or a group session."""
    if first is None:
        band = "strong" if grade in (OUTSTANDING, GOOD) else "mixed" if grade == REQUIRES_IMPROVEMENT else "weak"
        return GROUP_EVIDENCE[band][position]
    return fill(_COMMENTS[grade][position], first)


def _moderation(rng: random.Random, sample, role: str, today: date) -> Moderation | None:
    if role in ("plain", "urgent"):
        return None
    moderator = head_of_service_over(_staff(sample.auditor))
    when = min(sample.date + timedelta(days=rng.randint(3, 12)), today)
    while when.weekday() >= 5 and when < today:
        when += timedelta(days=1)
    if role == "comments":
        return Moderation(moderator.name, when, (rng.choice(MODERATION_COMMENTS),))
    if role == "confirmed":
        return Moderation(moderator.name, when, (rng.choice(MODERATION_CONFIRMS),), grade=sample.grade)
    position = GRADE_ORDER.index(sample.grade)
    step = 1 if position == 0 or (position < 3 and rng.random() < 0.6) else -1
    direction = "down" if step == 1 else "up"
    return Moderation(moderator.name, when, (rng.choice(MODERATION_CHANGES[direction]),),
                      grade=GRADE_ORDER[position + step])


def _grade_text(paragraph_, rng: random.Random, grade: str, style: str, *, bold_word: bool = False) -> None:
    """Write `grade` into a paragraph in the form's style (not "columns")."""
    if style == "word":
        run(paragraph_, informal_grade(rng, grade, note_chance=0.15), bold=bold_word)
    elif style == "number":
        run(paragraph_, str(GRADE_ORDER.index(grade) + 1), bold=True)
    elif style == "boxes":
        for position, value in enumerate(GRADE_ORDER):
            run(paragraph_, ("   " if position else "") + ("\u2612 " if value == grade else "\u2610 "))
            run(paragraph_, GRADE_WORDS[value])
    else:  # highlight
        for position, value in enumerate(GRADE_ORDER):
            if position:
                run(paragraph_, " | ")
            run(paragraph_, GRADE_WORDS[value], bold=value == grade, highlight=value == grade)


def _grade_cell(cell, rng: random.Random, grade: str, style: str) -> None:
    target = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
    _grade_text(target, rng, grade, style)


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grade_style = rng.choice(("word", "number", "boxes", "highlight", "columns"))
    details_style = rng.choice(("pairs", "bands", "sentence"))
    areas_style = "grid" if grade_style == "columns" else rng.choice(("grid", "headed"))
    setting_ticked = rng.random() < 0.4
    group = sample.case_id is None
    child = sample.child
    first = child.first_name if child else None
    observer = _staff(sample.auditor)
    observer_role = ROLES.get(observer.role, "")

    grades = _area_grades(rng, sample.grade)
    changes: dict = {
        "sections": tuple(Section(name, given, _evidence(given, position, first))
                          for position, ((name, _), given) in enumerate(zip(AREAS, grades))),
        "moderation": _moderation(rng, sample, role, today),
        "urgent_concern": role == "urgent",
        "urgent_concern_detail": fill(rng.choice(URGENT_DETAILS), first) if role == "urgent" else None,
    }
    if not group and rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = details_style != "sentence" and rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    if details_style == "pairs" and rng.random() < 0.2:
        changes["team"] = None
    adults = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    if adults:
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES[1:], adults[0]))
        if rng.random() < 0.5:
            changes["development_areas"] = (*sample.development_areas,
                                            f"Make sure {adults[1].split()[0]} has a chance to speak; "
                                            "quiet for most of the session.")
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation

    scheme = rng.choice(("number", "part", "plain"))

    def part(number: int, text: str) -> None:
        prefix = {"number": f"{number}. ", "part": f"Part {'ABCDEFGH'[number - 1]} – ", "plain": ""}[scheme]
        brand_heading(document, prefix + text, brand)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Observation of practice record v{rng.choice(('2.1', '3', '3.2'))} – OFFICIAL-SENSITIVE once "
                "completed. Send a copy to the QA team.", size=8)
    title = rng.choice(("Observation of Practice Record", "Practice Observation – Record and Reflection",
                        "OBSERVATION OF PRACTICE"))
    brand_heading(document, title, brand, size=16)
    if rng.random() < 0.6:
        paragraph(document, "Complete within five working days of the observation. Agree the areas to focus on "
                            "with the practitioner beforehand and hold the reflective discussion as soon as you "
                            "can afterwards.", italic=True, size=9)

    # Part 1: about the observation.
    part(1, rng.choice(("About the observation", "Details", "Observation details")))
    observer_text = f"{observer.name} ({observer_role})" if observer_role and rng.random() < 0.5 else observer.name
    setting_value = "" if setting_ticked else sample.setting
    rows = [
        (rng.choice(("Observed by", "Observer", "Name of observer")), observer_text),
        (rng.choice(("Practitioner observed", "Name of practitioner", "Worker observed")), sample.practitioner),
    ]
    if sample.team:
        rows.append((rng.choice(("Team", "Practitioner's team")), sample.team))
    if sample.service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Observation date")), when(sample.date)))
    if not setting_ticked:
        rows.append((rng.choice(SETTING_LABELS), setting_value))
    family_rows = []
    if group:
        family_rows.append((rng.choice(("Parents / carers attending", "Who attended", "Attendees")),
                            ", ".join(adults)))
        family_rows.append(("Case reference", rng.choice(("N/A – group session", "n/a", "Not applicable"))))
    else:
        family_rows.append((rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name))
        family_rows.append((rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)))
        family_rows.append((rng.choice(("Case reference", "Mosaic ID", "LCS ref")), sample.case_id))
        if rng.random() < 0.5:
            family_rows.append((rng.choice(("Others present", "Who else was there")),
                                " and ".join(child.parents) + rng.choice(("", "; also the class teacher",
                                                                          "; also the health visitor"))))
    if details_style == "pairs":
        _pairs(document, rows + family_rows)
    elif details_style == "bands":
        _bands(document, rows, family_rows, "The session" if group else "The child", brand)
    else:
        _sentence(document, rng, sample, observer_text, setting_value, when, family_rows)
    if setting_ticked:
        _setting_list(document, rng, sample.setting)
    consent = rng.choice(("Family consented to the observation", "Consent given by the family?",
                          "Was consent given?"))
    line = paragraph(document)
    run(line, f"{consent}  ", bold=True)
    run(line, rng.choice(("Yes", "Yes – verbally at the start", "Y")))
    document.add_paragraph()

    # Part 2: the areas of practice.
    part(2, rng.choice(("What I observed", "Areas of practice")))
    if grade_style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True)
    elif grade_style == "boxes":
        paragraph(document, "Tick one grade for each area.", italic=True)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True)
    remarks_prefix = rng.choice(("HoS: ", "HoS comment – ", ""))
    remark_on = rng.choice([section.name for section in sample.sections]) if moderation and rng.random() < 0.4 else None
    if areas_style == "grid":
        columns = 6 if grade_style == "columns" else 3
        grid = table(document, len(sample.sections) + 1, columns)
        heads = ["Area of practice", rng.choice(("What I saw", "Evidence"))]
        heads += ([SHORT_WORDS[value] for value in GRADE_ORDER] if grade_style == "columns"
                  else [rng.choice(("Grade", "Grading", "Judgement"))])
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, brand, colour="FFFFFF")
        numbered = rng.random() < 0.5
        symbol = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), start=1):
            write(row.cells[0], f"{number}. {section.name}" if numbered else section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name == remark_on:
                write(row.cells[1], f"{remarks_prefix}{rng.choice(AREA_REMARKS)}", colour=ink)
            if grade_style == "columns":
                mark(row.cells[2 + GRADE_ORDER.index(section.grade)], symbol)
            else:
                _grade_cell(row.cells[2], rng, section.grade, grade_style)
    else:
        grade_label = rng.choice(("Grade: ", "Grade for this area: ", "Judgement: "))
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            paragraph(document, section.comment)
            if section.name == remark_on:
                paragraph(document, f"{remarks_prefix}{rng.choice(AREA_REMARKS)}", colour=ink)
            line = paragraph(document)
            run(line, grade_label, bold=True)
            _grade_text(line, rng, section.grade, grade_style)
    document.add_paragraph()

    # Part 3: overall.
    part(3, rng.choice(("Overall", "Overall grade", "Overall judgement")))
    overall_label = rng.choice(("Overall grade for the practice observed", "Overall, the practice I saw was",
                                "Overall grade"))
    if grade_style == "columns":
        box = table(document, 2, 4)
        for position, value in enumerate(GRADE_ORDER):
            label(box.cell(0, position), GRADE_WORDS[value], "F2F2F2")
        chosen = box.cell(1, GRADE_ORDER.index(sample.grade))
        write(chosen, rng.choice(("X", "\u2713")), bold=True)
        if rng.random() < 0.5:
            shade(chosen._tc, "D9D9D9")
        paragraph(document, overall_label + " (mark one)", italic=True, size=9)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall_label, "F2F2F2")
        _grade_cell(box.cell(0, 1), rng, sample.grade, grade_style)
    document.add_paragraph()

    # Part 4: strengths and development.
    part(4, rng.choice(("Strengths and development", "What I saw overall")))
    headings = rng.choice((("Practice to build on", "Areas for development"),
                           ("Strengths observed", "Learning points"),
                           ("What worked well", "What could be developed")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Part 5: reflection and the family's view.
    part(5, rng.choice(("Reflection and feedback", "Afterwards")))
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective discussion held?", "Reflective conversation with the worker afterwards?"))
    reflect = table(document, 3, 2)
    label(reflect.cell(0, 0), question, "F2F2F2")
    answer_style = rng.choice(("word", "boxes", "sentence"))
    if answer_style == "boxes":
        yes, no = ("\u2612", "\u2610") if sample.reflective_discussion else ("\u2610", "\u2612")
        write(reflect.cell(0, 1), f"Yes {yes}    No {no}")
    elif answer_style == "sentence":
        write(reflect.cell(0, 1), f"Yes – held on {when(sample.date + timedelta(days=rng.randint(0, 3)))}"
              if sample.reflective_discussion else
              "No – not yet held; to be picked up in the next supervision.")
    else:
        write(reflect.cell(0, 1), rng.choice(("Yes", "YES")) if sample.reflective_discussion
              else rng.choice(("No", "NO")))
    label(reflect.cell(1, 0), rng.choice(("Practitioner's reflections", "What the practitioner said")), "F2F2F2")
    if sample.reflective_discussion:
        write(reflect.cell(1, 1), rng.choice(REFLECTIONS))
    label(reflect.cell(2, 0), rng.choice(("Feedback from the family", "What the family / child said")), "F2F2F2")
    write(reflect.cell(2, 1), rng.choice(GROUP_FEEDBACK if group else FAMILY_FEEDBACK))
    document.add_paragraph()

    # Part 6: safety today.
    part(6, rng.choice(("Safety today", "Immediate concerns")))
    safety_question = rng.choice((
        "Did you see or hear anything during the observation that means a child may not be safe today?",
        "Any immediate safeguarding concern arising from the observation?"))
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), safety_question, "FFF2CC")
    if rng.random() < 0.5:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        write(safety.cell(0, 1), f"Yes {yes}   No {no}")
    else:
        write(safety.cell(0, 1), "YES – see below" if sample.urgent_concern else rng.choice(("No", "None", "NO")))
    label(safety.cell(1, 0), "If yes, what action was taken and who was told", "FFF2CC")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Part 7: development actions.
    part(7, rng.choice(("Development actions", "Actions agreed", "Development plan")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("Development action", "Lead", "Timescale", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # Part 8: sign-off and moderation.
    part(8, "Sign-off")
    moderation_style = rng.choice(("box", "paragraph", "rows"))
    signed_rows = 3 if moderation_style == "rows" else 2
    signed = table(document, signed_rows, 4)
    label(signed.cell(0, 0), "Observer", "F2F2F2")
    write(signed.cell(0, 1), observer.name if rng.random() < 0.6 else "")
    label(signed.cell(0, 2), "Date", "F2F2F2")
    write(signed.cell(0, 3), when(sample.date) if rng.random() < 0.6 else "")
    label(signed.cell(1, 0), "Practitioner", "F2F2F2")
    write(signed.cell(1, 1), "Read and agreed" if rng.random() < 0.5 else "")
    label(signed.cell(1, 2), "Date", "F2F2F2")
    if moderation_style == "rows":
        label(signed.cell(2, 0), "Head of Service", "F2F2F2")
        label(signed.cell(2, 2), "Date", "F2F2F2")
        if moderation:
            write(signed.cell(2, 1), moderation.moderator, colour=ink)
            write(signed.cell(2, 3), when(moderation.date), colour=ink)
            extra = table(document, 2, 2)
            label(extra.cell(0, 0), rng.choice(("Grade after moderation", "Moderated grade")), "F2F2F2")
            if moderation.grade:
                write(extra.cell(0, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            else:
                write(extra.cell(0, 1), "Not graded – comments only", colour=ink, italic=True)
            label(extra.cell(1, 0), "HoS comments", "F2F2F2")
            for comment in moderation.comments:
                write(extra.cell(1, 1), comment, colour=ink)
    elif moderation_style == "box":
        document.add_paragraph()
        paragraph(document, rng.choice(("Head of Service moderation", "Moderation (Head of Service)")), bold=True,
                  colour=brand)
        box = table(document, 5, 2)
        labels = ("Moderated by", "Date", "Do you agree with the observer's overall grade?",
                  "Moderated grade", "Comments")
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(4, 1), note, italic=True)
    elif moderation:
        document.add_paragraph()
        line = paragraph(document)
        run(line, f"Head of Service moderation – {moderation.moderator}, {when(moderation.date)}: ", bold=True,
            colour=ink)
        run(line, " ".join(moderation.comments), colour=ink)
        if moderation.grade:
            verdict = paragraph(document)
            if moderation.grade == sample.grade:
                run(verdict, f"Grade agreed: {informal_grade(rng, moderation.grade)}", bold=True, colour=ink)
            else:
                run(verdict, f"Moderated grade: {informal_grade(rng, moderation.grade)}", bold=True, colour=ink)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(adults), also=also)


def _pairs(document, rows) -> None:
    """Labels and values two pairs to a row."""
    grid = table(document, (len(rows) + 1) // 2, 4)
    for position, (text, value) in enumerate(rows):
        cells = grid.rows[position // 2].cells
        label(cells[2 * (position % 2)], text, "F2F2F2")
        write(cells[2 * (position % 2) + 1], value)


def _bands(document, rows, family_rows, family_title: str, brand: str) -> None:
    """A two-column table split by shaded band rows."""
    grid = table(document, len(rows) + len(family_rows) + 2, 2)
    position = 0
    for title, block in (("The observation", rows), (family_title, family_rows)):
        band = grid.rows[position].cells
        merged = band[0].merge(band[1])
        label(merged, title, brand, colour="FFFFFF")
        position += 1
        for text, value in block:
            label(grid.cell(position, 0), text, "F2F2F2")
            write(grid.cell(position, 1), value)
            position += 1


def _sentence(document, rng: random.Random, sample, observer_text: str, setting: str, when, family_rows) -> None:
    """The details as the observer's opening sentence, then the family lines."""
    team = f" ({sample.team})" if sample.team else ""
    paragraph(document, f"I, {observer_text}, observed {sample.practitioner}{team} on {when(sample.date)}.")
    lines = [(rng.choice(SETTING_LABELS), setting)] if setting else []
    for text, value in lines + family_rows:
        line = paragraph(document)
        run(line, f"{text}: ", bold=True)
        run(line, value)


def _setting_list(document, rng: random.Random, setting: str) -> None:
    """The printed list of settings with the observed one ticked."""
    paragraph(document, rng.choice(("Setting (tick one)", "What was observed? (tick)")), bold=True)
    options = (*OBSERVATION_SETTINGS, GROUP_SETTING, "Other (please say)")
    tick = rng.choice(("\u2612", "\u2713", "X"))
    grid = table(document, (len(options) + 1) // 2, 4)
    for position, option in enumerate(options):
        cells = grid.rows[position // 2].cells
        write(cells[2 * (position % 2)], option)
        if option == setting:
            write(cells[2 * (position % 2) + 1], tick, bold=True)
        elif tick == "\u2612":
            write(cells[2 * (position % 2) + 1], "\u2610")
