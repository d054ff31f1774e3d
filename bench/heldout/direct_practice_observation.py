"""Direct practice observation: a manager's or practice lead's record of
watching a practitioner's direct work with a family (a home visit, a
meeting, a group session at the family hub). The observation details, the
purpose agreed beforehand, what was seen, five areas of practice each
graded, an overall grade, what went well and what would make it even
better, whether a reflective conversation was held afterwards and what the
practitioner said in it, development actions, the question whether
anything seen needs escalating today, and the Head of Service's sign-off.

Modelled on the City and County of Swansea Council's children's services
as Care Inspectorate Wales' "Inspection of Children's Services: City and
County of Swansea Council" (inspection July 2018, report October 2018)
describes them: good quality practice and positive outcomes for many
children, staff who valued the support and accessibility of their
managers, services being re-shaped under the Social Services and
Well-being (Wales) Act 2014, and areas for development in the "what
matters" conversation and in making sure the voice of the child is
clearly recorded. The report shows no observation form, so the layout is
our judgement: the areas observed are those the inspection names (the
"what matters" conversation, the child's voice, strengths and outcomes,
safety, the relationship and the Welsh language active offer), the
details laid out as a two-column table, a four-column table or typed
lines, grades written as a number on a printed 1–4 key, as the four
options with the chosen one highlighted, as a mark under four grade
columns, or as a word typed in; actions as a table, numbered lines or a
"no actions" sentence; the Head of Service's sign-off typed in colour
below the form or in a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import shade
from bot.samples.people import FAMILY_SURNAMES, head_of_service_over
from bot.samples.wording import GRADES

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
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "direct_practice_observation"
SEED = 7129

# The areas of practice observed, each with the prompt printed under it.
AREAS = (
    ("Preparation and purpose",
     "Was the visit planned with a clear purpose the family understood?"),
    ("The 'what matters' conversation",
     "Did the practitioner find out what matters to the child and family and what they want to achieve?"),
    ("Voice of the child",
     "Were the child's wishes and feelings sought, heard and reflected back?"),
    ("Strengths, risks and outcomes",
     "Were strengths and worries explored openly, with the outcomes the family want kept in view?"),
    ("Relationship, respect and language",
     "Was the practitioner warm, respectful and clear? Was the active offer of Welsh made?"),
)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}
VISIT_PURPOSES = (
    "Statutory visit – to see the child alone and review progress on the care and support plan.",
    "To complete direct work on the child's wishes and feelings.",
)
MEETING_PURPOSES = (
    "To review the plan with the family and agree next steps.",
    "Agreed in supervision: to observe how the practitioner brings the child's voice into the meeting.",
)
SEEN = (
    "The practitioner introduced the purpose of the session clearly and checked everyone understood why we were "
    "there. The conversation moved at the family's pace.",
    "A busy session with several interruptions; the practitioner kept the focus on the plan and summarised "
    "agreements at the end.",
    "The practitioner used a three houses tool and recorded the answers in the child's own words.",
    "Observed for about an hour. Good use of open questions; some professional language that was not explained.",
)
GROUP_SEEN = (
    "Parenting group of {n} adults. {sentence}",
    "Session on routines and boundaries with {n} parents attending. {sentence}",
)
REFLECTIONS = (
    "The practitioner felt the visit went well but wanted to practise slowing down when the family disagree.",
    "We talked about how the child's views could be written into the plan. The practitioner found this useful.",
    "The practitioner said being observed made them nervous at first; we agreed it was a fair picture of their "
    "work.",
    "Discussed what might have been done differently when the conversation became heated.",
)
NO_REFLECTION = (
    "No – practitioner on leave the following week; to be picked up in supervision.",
    "Not yet – booked for next supervision.",
    "No",
)
NO_ACTIONS = ("No development actions arising from this observation.",
              "None – practice observed was of a good standard; keep doing what you are doing.",
              "No actions.")
ESCALATION = (
    "Did you see or hear anything that needs escalating today?",
    "Safeguarding: is there any immediate concern to escalate to a manager today?",
    "Any urgent concern for the child or family arising from the observation?",
)
AGREE = ("I agree with the observer's overall grade.", "Grade agreed.", "Agree – grade stands.")
DISAGREE = ("I do not agree with the overall grade. Moderated grade: {grade}.",
            "Grade changed to {grade} following moderation.",
            "Having read the evidence I would grade this {grade}.")
MODERATION_COMMENTS = (
    "A thoughtful observation with clear evidence against each area.",
    "Please make sure the development actions are followed up in supervision.",
    "The evidence supports the strengths identified; the reflective discussion is well recorded.",
)
TICK, BOX = "\u2612", "\u2610"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(900, seed=SEED, today=today, feedback_question=True)
    observations = [sample for sample in pool if sample.kind == OBSERVATION and _moderator(sample)]
    groups = [sample for sample in observations if sample.case_id is None][:2]
    single = [sample for sample in observations if sample.case_id is not None]
    plan = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    plan += ["plain"] * (count - len(plan))
    chosen = groups + single[: count - len(groups)]
    rng.shuffle(chosen)
    rng.shuffle(plan)
    for position, sample in enumerate(chosen):
        if sample.case_id is None and plan[position] == "urgent":
            swap = next(other for other, role in enumerate(plan) if role == "plain" and chosen[other].case_id)
            plan[position], plan[swap] = plan[swap], plan[position]
    forms = []
    for index, (sample, role) in enumerate(zip(chosen, plan)):
        forms.append(_form(rng, index, _shape(rng, sample, role, today), today))
    return forms


def _member(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _moderator(sample):
    observer = _member(sample.auditor)
    return head_of_service_over(observer) if observer else None


def _shape(rng: random.Random, sample, role: str, today: date):
    """The sample given the plan's urgent concern or moderation, and graded
    areas of this form's own."""
    grade = sample.grade
    position = GRADES.index(grade)
    sections = []
    for name, _ in AREAS:
        step = rng.choice((0, 0, 0, -1, 1))
        area_grade = GRADES[min(3, max(0, position + step))]
        sections.append(Section(name, area_grade, ""))
    changes = {"sections": tuple(sections), "moderation": None, "urgent_concern": False,
               "urgent_concern_detail": None}
    moderator = _moderator(sample)
    moderated_on = min(sample.date + timedelta(days=rng.randint(2, 9)), today)
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice((
            "Bruising seen on the child's arm that the parent could not explain; discussed with the Team Manager "
            "the same afternoon and a strategy discussion requested.",
            "The child said a new adult is staying at the house; not known to us. Escalated to the Team Manager "
            "today.",
        ))
    elif role == "comments":
        changes["moderation"] = Moderation(moderator.name, moderated_on, (rng.choice(MODERATION_COMMENTS),))
    elif role in ("changed", "confirmed"):
        if role == "changed":
            new = GRADES[position + 1] if position < 2 else GRADES[position - 1]
        else:
            new = grade
        changes["moderation"] = Moderation(moderator.name, moderated_on, (rng.choice(MODERATION_COMMENTS),),
                                           grade=new)
    return replace(sample, **changes)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "four", "lines"))
    grade_style = rng.choice(("number", "highlight", "columns", "word"))
    group = sample.case_id is None
    changes = {}
    people: list[str] = []
    if group:
        people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5))
        changes["strengths"] = (*sample.strengths, mention(rng, ATTENDEE_SENTENCES, people[0]))
    elif rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.2:
        changes["service"] = None
    if sample.actions and rng.random() < 0.15:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Direct practice observation – v2.3", "DPO form (rev. 2024)",
                            "OFFICIAL – SENSITIVE once completed")), size=8)

    # Heading.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Observation of Direct Practice", "Direct Practice Observation",
                        "Practice Observation Record – Direct Work"))
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16, colour=brand)
    if rng.random() < 0.6:
        paragraph(document, "Arsylwi Ymarfer Uniongyrchol", italic=True, size=10)
    paragraph(document, rng.choice((
        "To be completed by the observer within five working days and discussed with the practitioner.",
        "Observer to complete. Send the completed form to the QA mailbox; the Head of Service will sign off.",
    )), italic=True, size=9)

    # Observation details.
    observer = sample.auditor
    observer_role = ROLES.get(getattr(_member(observer), "role", ""), "")
    if observer_role and rng.random() < 0.5:
        observer = f"{observer} ({observer_role})"
    rows = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer),
        (rng.choice(("Practitioner observed", "Worker observed", "Name of practitioner")), sample.practitioner),
        (rng.choice(("Team", "Team / locality")), sample.team),
    ]
    if sample.service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Date")), when(sample.date)))
    rows.append((rng.choice(("Setting", "Practice observed", "Type of activity observed")), sample.setting))
    if group:
        rows.append((rng.choice(("Case reference", "WCCIS / case no.")),
                     rng.choice(("N/A – group session", "n/a", "Not applicable (group)"))))
        rows.append((rng.choice(("Attendees", "Parents attending", "Who was present")), ", ".join(people)))
    else:
        rows.append((rng.choice(("Case reference", "WCCIS / case no.", "Child ref.")), sample.case_id))
        rows.append((rng.choice(("Child's name", "Child / young person")), child.full_name))
        rows.append((rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)))
        if rng.random() < 0.5:
            rows.append(("Parents / carers present", " and ".join(child.parents)))
    rows.append(("Consent to observation obtained?", rng.choice(("Yes", "Yes – verbal", "Y"))))
    brand_heading(document, "Part 1 – Observation details", brand)
    _details(rng, document, details_style, rows)
    document.add_paragraph()

    # Purpose and what was seen.
    brand_heading(document, "Part 2 – Purpose and what was observed", brand)
    box = table(document, 2, 1)
    label(box.cell(0, 0), rng.choice(("Purpose of the visit / session (agreed beforehand)",
                                      "What was the purpose agreed with the practitioner?")), "F2F2F2")
    purposes = VISIT_PURPOSES if sample.setting in ("Home visit", "Direct work session at school",
                                                      "Family time session") else MEETING_PURPOSES
    write(box.cell(0, 0), "Group session – see attendees above." if group else rng.choice(purposes))
    label(box.cell(1, 0), rng.choice(("What did you see and hear?", "Summary of the observation")), "F2F2F2")
    if group:
        write(box.cell(1, 0), rng.choice(GROUP_SEEN).format(
            n=len(people), sentence=mention(rng, ATTENDEE_SENTENCES, people[-1])))
    else:
        write(box.cell(1, 0), rng.choice(SEEN))
    document.add_paragraph()

    # Graded areas.
    brand_heading(document, "Part 3 – Areas of practice", brand)
    _areas(rng, document, grade_style, sample, ink)
    document.add_paragraph()

    # Overall grade.
    overall_label = rng.choice(("Overall grade for the observed practice", "Overall judgement",
                                "Overall rating"))
    line = paragraph(document, f"{overall_label}: ", bold=True)
    if grade_style == "number":
        run(line, f"{NUMBERS[sample.grade]} ({WORDS[sample.grade]})" if rng.random() < 0.5
            else NUMBERS[sample.grade], bold=True)
    elif grade_style == "highlight":
        for position, option in enumerate(GRADES):
            if position:
                run(line, " / ")
            run(line, WORDS[option], highlight=option == sample.grade)
    else:
        run(line, informal_grade(rng, sample.grade))
    document.add_paragraph()

    # What went well / even better if.
    brand_heading(document, "Part 4 – Feedback", brand)
    headings = rng.choice((("What went well", "Even better if"),
                           ("Strengths observed", "Areas for development"),
                           ("What worked well?", "What could be developed?")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
    document.add_paragraph()

    # Reflective discussion.
    brand_heading(document, "Part 5 – Reflective discussion", brand)
    question = rng.choice(("Was a reflective discussion held with the practitioner after the observation?",
                           "Reflective conversation held afterwards?"))
    asked = paragraph(document, f"{question} ", bold=True)
    if rng.random() < 0.5:
        run(asked, f"{TICK if sample.reflective_discussion else BOX} Yes   "
                   f"{BOX if sample.reflective_discussion else TICK} No")
    elif sample.reflective_discussion:
        run(asked, rng.choice(("Yes", "Yes – same day", f"Yes, {when(sample.date)}")))
    else:
        run(asked, rng.choice(NO_REFLECTION))
    if sample.reflective_discussion:
        said = paragraph(document, "Practitioner's reflections: ", bold=True)
        run(said, rng.choice(REFLECTIONS))
    document.add_paragraph()

    # Development actions.
    brand_heading(document, "Part 6 – Development actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Development action", "Who", "By when"), ("Action", "Responsible", "Target date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Escalation.
    escalation = paragraph(document, f"{rng.choice(ESCALATION)} ", bold=True)
    if sample.urgent_concern:
        run(escalation, "YES")
        paragraph(document, sample.urgent_concern_detail)
    else:
        run(escalation, rng.choice(("No", "No.", "No – none")))
    document.add_paragraph()

    # Signatures and the Head of Service's sign-off.
    brand_heading(document, "Part 7 – Sign-off", brand)
    sign = table(document, 2, 2)
    label(sign.cell(0, 0), "Observer signature / date")
    write(sign.cell(0, 1), f"{sample.auditor.split()[0][0]}. {sample.auditor.split()[-1]}  {when(sample.date)}")
    label(sign.cell(1, 0), "Practitioner seen and read")
    write(sign.cell(1, 1), rng.choice(("Yes", "Y", "")) or " ")
    document.add_paragraph()
    _moderation(rng, document, sample, moderation, ink, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth),) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(people), also=also)


def _details(rng: random.Random, document, style: str, rows) -> None:
    if style == "grid":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "four":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            column = 2 * (position % 2)
            label(row.cells[column], text, "F2F2F2")
            write(row.cells[column + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)


def _areas(rng: random.Random, document, style: str, sample, ink: str) -> None:
    prompts = dict(AREAS)
    if style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", "Score (1–4)")):
            label(cell, text, "D9E1F2")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompts[section.name], italic=True, size=8)
            write(row.cells[1], rng.choice(("See summary above.", "Seen during the visit.", "Evidenced well.",
                                            "Partly – see feedback.")))
            write(row.cells[2], NUMBERS[section.grade])
    elif style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=9)
        for number, section in enumerate(sample.sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, prompts[section.name], italic=True, size=9)
            line = paragraph(document, "Grade: ")
            for position, option in enumerate(GRADES):
                if position:
                    run(line, "   ")
                run(line, WORDS[option], highlight=option == section.grade, bold=option == section.grade)
    elif style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 1 + len(columns))
        label(grid.cell(0, 0), "Area of practice", "D9E1F2")
        for cell, (_, text) in zip(grid.rows[0].cells[1:], columns):
            label(cell, text, "D9E1F2")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            for cell, (grade, _) in zip(row.cells[1:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
    else:
        grid = table(document, len(sample.sections) + 1, 2)
        for cell, text in zip(grid.rows[0].cells, ("Area", rng.choice(("Grade", "Rating")))):
            label(cell, text, "D9E1F2")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            write(row.cells[1], informal_grade(rng, section.grade, note_chance=0.2))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, when) -> None:
    if moderation is None:
        if rng.random() < 0.5:
            paragraph(document, "Head of Service sign-off:", bold=True)
            paragraph(document, rng.choice(("Awaiting Head of Service.", "Not selected for moderation.")),
                      italic=True)
        return
    verdict = None
    if moderation.grade:
        verdict = (rng.choice(AGREE) if moderation.grade == sample.grade
                   else rng.choice(DISAGREE).format(grade=WORDS[moderation.grade]))
    if rng.random() < 0.5:
        paragraph(document, f"Head of Service comments ({moderation.moderator}, {when(moderation.date)}):",
                  bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if verdict:
            paragraph(document, verdict, colour=ink, bold=True)
    else:
        rows = [("Head of Service", moderation.moderator), ("Date", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if verdict:
            rows.append(("Overall grade after moderation",
                         verdict if moderation.grade != sample.grade
                         else f"{WORDS[moderation.grade]} – agreed"))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value, colour=ink)
        shade(box.cell(0, 0)._tc, "EDEDED")
