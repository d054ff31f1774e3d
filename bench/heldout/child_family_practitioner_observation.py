"""Held-out family: a "Practice Observation – Child and Family Practitioners"
record, a manager's formal observation of a practitioner's direct work (a
home visit, a meeting the practitioner presents at or chairs, a family time
or group session), written in Word.

Modelled on the London Borough of Waltham Forest's Practice Observation
Framework (children's social care procedures manual, chapter 7.2, added
November 2019 and updated May 2023). The search excerpts showed a framework
for formal observations of front-line practitioners and supervisors across
Children's Services, setting standards so that observation is consistent,
observing staff in their core duties (home visits, chairing and presenting
at meetings, partnership working, supervision), and four parts: the
Practice Observation Framework itself, Appraisal Policy Guidance for
Managers, "Practice Observation – Child and Family Practice Supervisor" and
"Practice Observation – Child and Family Practitioners". This family
reproduces the last of these as a form: the observation details, the
activity observed and who was present, what went well and what could be
developed, the reflective conversation after the observation, an overall
judgement, a learning and development plan, and a Head of Service's
moderation. The excerpts did not show the form's layout, its questions'
exact wording or its scale, so these are my own judgement of what a London
borough's observation record of this kind looks like: the details block
(a two-column table, a grid of label/value pairs, "Label: value" lines or a
strip of labels over values), the judgement on Ofsted's four grades (typed,
a number on a printed 1–4 key, the four grades printed with one marked, or
a mark under four grade columns), the immediate safeguarding question, the
actions table or lines, and the moderation box typed in a colour. No
organisation with no existing family could be found in the search corpus
with a published observation tool; Waltham Forest was the least used one.
The council named on the files is the sample builder's invented one.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, phrases, sample_forms
from bot.samples.people import EARLY_HELP, head_of_service_over

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
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "child_family_practitioner_observation"
SEED = 10078
TITLE = "Practice Observation – Child and Family Practitioners"

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
           INADEQUATE: "Inadequate"}

# Per file (in order): the moderation outcome, whether the form raises an
# urgent concern, whether it has no actions, whether other family members
# are named.
MODERATION_PLAN = ("changes", None, "confirms", None, "comments", "changes", None, "confirms",
                   None, "comments", None, "changes", None, "confirms", None, None)
URGENT = {3, 8, 13}
NO_ACTIONS: set[int] = set()  # three samples already have none
OTHERS = {1, 4, 7, 10, 15}

URGENT_DETAILS = (
    "During the visit {child} said that mum's partner had hit them last weekend. The practitioner "
    "discussed this with me straight after the visit and a strategy discussion was requested the same day.",
    "Bruising was seen on {child}'s arm during the session and was not explained. Escalated to the "
    "Head of Service on the day; a child protection medical has been arranged.",
    "A parent arrived at the session under the influence of alcohol and tried to leave with the baby. "
    "Police were called and the duty manager informed immediately.",
)
PREPARATION = (
    "Preparation discussion held the day before. The practitioner talked through the purpose of the visit, "
    "the plan and what she wanted the family to take away. Consent for the observation was given.",
    "Brief conversation in the office before leaving. Purpose agreed; the family had agreed to the observation.",
    "We met beforehand to agree the focus (direct work and the child's voice) and the skills to be observed.",
)
ACTIVITY_NOTES = (
    "I observed the whole session, about an hour. The practitioner set out the purpose at the start and "
    "kept the discussion focused on the plan.",
    "The practitioner led the discussion, shared the latest information from partners and checked the "
    "family's understanding of what needs to change.",
    "An observation of the practitioner's direct work and how she worked alongside the partner agencies present.",
)
PRACTITIONER_VIEWS = (
    "Found the observation helpful; felt nervous at first but the family did not seem to notice.",
    "Felt the session went well and agreed with the areas for development.",
    "Said she would like more time to prepare next time and to use a tool with the child.",
)
NO_ACTIONS_LINES = (
    "No actions arising from this observation.",
    "None – no learning and development actions needed at this time.",
    "No further actions identified; to be discussed as usual in supervision.",
)
NOT_MODERATED = ("", "", "Not selected for moderation this month.")


def _samples(today: date, count: int):
    """The first `count` observations among the sample builder's forms."""
    total = count * 5
    while True:
        found = [form for form in sample_forms(total, seed=SEED, today=today) if form.kind == OBSERVATION]
        if len(found) >= count:
            return found[:count]
        total *= 2


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    observer = next(member for member in STAFF if member.name == sample.auditor)
    moderator = head_of_service_over(observer)
    name = moderator.name if moderator else "Claire Whitworth"
    when = max(sample.date, min(_weekday_on_or_after(sample.date + timedelta(days=rng.randint(3, 10))), today))
    first = sample.child.first_name if sample.child else None
    index = GRADE_ORDER.index(sample.grade)
    if outcome == "changes":
        if sample.grade == OUTSTANDING or (sample.grade != INADEQUATE and rng.random() < 0.6):
            grade = GRADE_ORDER[index + 1]
            comment = ("Having discussed the observation with the observer, I do not think the evidence supports "
                       "this judgement; the plan was not explained clearly to the family.")
        else:
            grade = GRADE_ORDER[index - 1]
            comment = phrases.fill(rng.choice(phrases.MODERATION_RAISES), first)
        return Moderation(name, when, (comment,), grade=grade)
    if outcome == "confirms":
        return Moderation(name, when, (rng.choice(phrases.MODERATION_AGREES),), grade=sample.grade)
    return Moderation(name, when, (rng.choice(phrases.OBSERVATION_AUTHORISATIONS),), grade=None)


def _details(document, rng: random.Random, pairs: list[tuple[str, str]], arrangement: str, brand: str) -> None:
    if arrangement == "two-column":
        grid = table(document, len(pairs), 2)
        for row, (name, value) in zip(grid.rows, pairs):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif arrangement == "grid":
        rows = (len(pairs) + 1) // 2
        grid = table(document, rows, 4)
        for index, (name, value) in enumerate(pairs):
            row, column = divmod(index, 2)
            label(grid.cell(row, column * 2), name, "DDEBF7")
            write(grid.cell(row, column * 2 + 1), value)
    elif arrangement == "lines":
        for name, value in pairs:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # a strip of labels over values, in two strips
        half = (len(pairs) + 1) // 2
        for part in (pairs[:half], pairs[half:]):
            strip = table(document, 2, len(part))
            for column, (name, value) in enumerate(part):
                label(strip.cell(0, column), name, "F2F2F2", colour=brand)
                write(strip.cell(1, column), value)
            paragraph(document)


def _judgement(document, rng: random.Random, grade: str, style: str, brand: str) -> None:
    heading = "Overall judgement of the practice observed"
    if style == "typed":
        line = paragraph(document)
        run(line, f"{heading}: ", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.3))
    elif style == "number":
        paragraph(document, heading, bold=True)
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   4 = Inadequate",
                  italic=True, size=9)
        line = paragraph(document)
        run(line, "Grade (1–4): ", bold=True)
        run(line, str(GRADE_ORDER.index(grade) + 1))
    elif style == "marked":
        paragraph(document, f"{heading} (please highlight or delete as appropriate)", bold=True)
        how = rng.choice(("highlight", "bold", "tick", "strike"))
        line = paragraph(document)
        for index, option in enumerate(GRADE_ORDER):
            if index:
                run(line, "  /  ")
            text = PRINTED[option]
            if option == grade:
                if how == "highlight":
                    run(line, text, highlight=True)
                elif how == "bold":
                    run(line, text.upper(), bold=True)
                elif how == "tick":
                    run(line, f"{text} \u2713", bold=True)
                else:
                    run(line, text)
            else:
                run(line, text, strike=how == "strike")
    else:  # a mark under four grade columns
        paragraph(document, heading, bold=True)
        columns = rng.choice(GRADE_COLUMNS)
        style_mark = rng.choice(MARKS)
        grid = table(document, 2, 4)
        for column, (option, text) in enumerate(columns):
            label(grid.cell(0, column), text, "DEEAF6", colour=brand)
            if option == grade:
                mark(grid.cell(1, column), style_mark)


def _actions(document, rng: random.Random, sample, style: str, when) -> None:
    paragraph(document)
    brand_heading(document, "Learning and development plan", "404040", size=11)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS_LINES))
        return
    if style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "By who", "By when", "Done?"),
                              ("Learning / development action", "Responsible", "Target date")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _moderation_part(document, rng: random.Random, sample, style: str, when) -> None:
    paragraph(document)
    brand_heading(document, "Head of Service moderation", "404040", size=11)
    moderation = sample.moderation
    if style == "box":
        labels = rng.choice((("Moderated by", "Date", "Agree with the judgement?", "Moderated judgement", "Comments"),
                             ("Head of Service", "Date moderated", "Judgement agreed (Y/N)", "Final judgement",
                              "Moderator's comments")))
        box = table(document, 5, 2)
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            ink = rng.choice(MODERATION_INKS)
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
        return
    # lines typed under the heading in colour
    if not moderation:
        return
    ink = rng.choice(MODERATION_INKS)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        verdict = "agreed" if moderation.grade == sample.grade else "changed to"
        line = paragraph(document)
        if verdict == "agreed":
            run(line, f"Judgement agreed – {informal_grade(rng, moderation.grade)}.", colour=ink, bold=True)
        else:
            run(line, f"Judgement changed to {informal_grade(rng, moderation.grade)}.", colour=ink, bold=True)
    paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    forms: list[HeldOutForm] = []
    for index, sample in enumerate(_samples(today, count)):
        plan = MODERATION_PLAN[index % len(MODERATION_PLAN)]
        first = sample.child.first_name if sample.child else None
        changes: dict = {"moderation": _moderation(rng, sample, plan, today) if plan else None}
        if index in URGENT:
            changes |= {"urgent_concern": True,
                        "urgent_concern_detail": phrases.fill(rng.choice(URGENT_DETAILS), first)}
        if index in NO_ACTIONS:
            changes["actions"] = ()
        if sample.case_id and rng.random() < 0.5:
            reference = (early_help_reference(rng, sample.case_id) if sample.service == EARLY_HELP
                         and rng.random() < 0.6 else case_reference(rng, sample.case_id))
            changes["case_id"] = reference
        sample = replace(sample, **changes)

        when = date_writer(rng)
        brand = rng.choice(BRAND_COLOURS)
        document = new_document(rng)
        paragraph(document, council_line(rng), bold=True, colour=brand, size=12)
        brand_heading(document, TITLE, brand, size=15)
        paragraph(document, "Practice Observation Framework – to be completed by the observer and shared with "
                            "the practitioner within five working days.", italic=True, size=9)

        others: list[str] = []
        present = "Practitioner and observer"
        if sample.child:
            parents = " and ".join(sample.child.parents)
            present = f"{sample.child.first_name}, {parents}"
        if index in OTHERS:
            if sample.child:
                names = [name for name, _ in siblings(rng, sample.child, rng.randint(1, 2), today)]
                present += ", " + " and ".join(f"{name} (sibling)" for name in names)
            else:
                names = attendees(rng, ("Hussain", "Doyle", "Kaur", "Fenton", "Ashworth"), 3)
                present = "Parents attending the group: " + ", ".join(names)
            others = names

        reference = sample.case_id or rng.choice(("N/A – group session", "n/a (group)", "Not applicable"))
        pairs = [("Practitioner observed", sample.practitioner), ("Observer", sample.auditor),
                 ("Team", sample.team), ("Service area", sample.service),
                 ("Date of observation", when(sample.date)), ("Case reference (LCS)", reference),
                 ("Activity observed", sample.setting), ("Who was present", present)]
        if sample.child and rng.random() < 0.5:
            pairs.insert(6, ("Child / young person", sample.child.full_name))
        arrangement = ("two-column", "grid", "lines", "strip")[index % 4]
        paragraph(document)
        brand_heading(document, "1. Observation details", brand, size=11)
        _details(document, rng, pairs, arrangement, brand)

        paragraph(document)
        brand_heading(document, "2. Preparation", brand, size=11)
        paragraph(document, rng.choice(PREPARATION))

        paragraph(document)
        brand_heading(document, "3. The observation – what activity was observed and who was present?", brand, size=11)
        paragraph(document, rng.choice(ACTIVITY_NOTES))
        if index in OTHERS:
            if sample.child:
                paragraph(document, f"{others[0].split()[0]} was at home during the visit and joined in part of "
                                    "the conversation; the practitioner made sure they were included.")
            else:
                paragraph(document, f"{others[0]} spoke openly about the routines at home and was supported by "
                                    "the group.")

        paragraph(document)
        brand_heading(document, "4. Feedback", brand, size=11)
        paragraph(document, "What went well?", bold=True)
        for strength in sample.strengths:
            paragraph(document, f"• {strength}")
        paragraph(document, "What could be developed? (even better if)", bold=True)
        for area in sample.development_areas:
            paragraph(document, f"• {area}")

        paragraph(document)
        brand_heading(document, "5. Reflection", brand, size=11)
        line = paragraph(document)
        run(line, "Was a reflective conversation held with the practitioner after the observation? ", bold=True)
        run(line, "Yes" if sample.reflective_discussion else "No")
        if sample.reflective_discussion:
            line = paragraph(document)
            run(line, "Practitioner's view of the observation: ", bold=True)
            run(line, rng.choice(PRACTITIONER_VIEWS))

        paragraph(document)
        brand_heading(document, "6. Judgement", brand, size=11)
        _judgement(document, rng, sample.grade, ("typed", "number", "marked", "columns")[(index + index // 4) % 4],
                   brand)

        paragraph(document)
        line = paragraph(document)
        run(line, "Did the observation raise any immediate safeguarding concern that needed escalating? ", bold=True)
        if sample.urgent_concern:
            run(line, "Yes")
            paragraph(document, sample.urgent_concern_detail)
        else:
            run(line, rng.choice(("No", "No.", "NO")))

        _actions(document, rng, sample, "table" if rng.random() < 0.55 else "lines", when)
        style = "box" if (sample.moderation is None and rng.random() < 0.6) or (
            sample.moderation is not None and rng.random() < 0.6) else "lines"
        _moderation_part(document, rng, sample, style, when)

        data = finish_docx(document, TITLE, sample.moderation.date if sample.moderation else sample.date,
                           sample.auditor)
        forms.append(held_out(FAMILY, index, sample, data, "docx", others=tuple(others)))
    return forms
