"""Home visit observation sheet: a manager's record of going out with a
practitioner on a home visit (or, on some sheets, another piece of direct
work with a family: a family time session, a core group, a conference, a
session at school or a group at the family hub) and watching the work.
The sheet runs in the order of the visit: who went, when, where, who was at
home and whether the family agreed to the observer being there; what the
observer saw against the council's practice model, each area with a
grade; the overall grade; what went well and what could be better; the
conversation afterwards and the practitioner's own reflection; learning
actions; whether anything seen needed an immediate child protection
response; and the Head of Service's quality assurance.

Modelled on Aberdeen City's "Aberdeen City Multi-agency Quality Assurance
and Learning Framework" (aberdeengettingitright.org.uk), which says it sets
out the principles and purpose of quality assurance across the city's
multi-agency partnership, the quality assurance process and what is
expected of the staff involved, with the emphasis on learning and on
supporting colleagues; that the evaluation of services for children is
overseen by senior officers of Police Scotland, Aberdeen City Council, NHS
Grampian and the third sector; that the analysis of self-evaluation should
identify what needs to develop; and that the Care Inspectorate's "A quality
framework for children and young people in need of care and protection"
(August 2019) supports the self-evaluation. The areas observed follow the
steps of the Getting it right for every child National Practice Model as
Renfrewshire Council's page "GIRFEC National Practice Model" lists them
(observing and recording with the wellbeing wheel, the My World Triangle,
the Resilience Matrix, planning, action and review) and the three sides of
the My World Triangle as the Scottish Government's "GIRFEC Practice
Guidance 1 – Using the National Practice Model" describes them (how the
child is growing and developing, what the child needs from the people who
look after them, the child's wider world).

Only the framework's opening part was read, and none of these pages shows
an observation form, so the sheet is our own judgement throughout: the
five area names and their prompts are our wording; the grades are the four
Ofsted judgements the rest of the benchmark uses, not the six-point scale a
Scottish council would use with the Care Inspectorate's framework; and
what varies between files is our choice: the visit's details as a strip of
labels over values, numbered questions with the answer beneath, or tabbed
"label  value" lines (the service shown on some, the observer's role on
some, the address visited and the child's date of birth on some); a plain
or prefixed case reference; who was at home, with brothers and sisters
named (or the parents who came to a group session); the areas as one table
under a "My World Triangle" band, as numbered blocks, or under four grade
columns; each grade typed informally, a number on a printed key (either
way round), the chosen option in bold or highlighted among the four, the
others struck through, a mark under four columns, or a Word drop-down;
what went well / what could be better as bullets or side by side; the
conversation afterwards ticked or written; actions as a table, numbered
lines or a "no actions" sentence; seven date spellings; two files
answering the safety question yes; and the Head of Service's quality
assurance typed in a colour of their own (never red), in a boxed panel or
as lines, sometimes with remarks under the areas and a "HoS:" grade under
the overall grade, changing the grade, confirming it or only commenting.
Most sheets record home visits (eleven of the sixteen built for 20 November
2026): the sample's setting is changed to "Home visit" for those, so the
truth says what the sheet says.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown
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
    siblings,
    table,
    write,
)

FAMILY = "home_visit_observation_sheet"
SEED = 9985
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
HOME_VISIT = "Home visit"

# The areas the observer watches, after the practice model: the first and
# last are the visit itself, the middle three the sides of the triangle.
TRIANGLE = ("How the child is growing and developing", "What the child needs from those who look after them",
            "The child's wider world")
AREAS = (
    ("Purpose and preparation", "Was the visit planned, and was its purpose explained to the family?"),
    (TRIANGLE[0], "Did the practitioner see the child and explore their health, learning and feelings?"),
    (TRIANGLE[1], "Were the parents' care, warmth and routines explored, strengths as well as worries?"),
    (TRIANGLE[2], "Family, friends, school, community, money and housing: were these talked about?"),
    ("Wellbeing and next steps", "Was the plan reviewed against the wellbeing indicators and next steps agreed?"),
)
GROUP_PROMPTS = {
    TRIANGLE[0]: "Did the session keep the children's development in view?",
    TRIANGLE[1]: "Were the parents helped to think about what their children need from them?",
}
# What the observer writes under each area: (went well, mixed, poorly).
AREA_NOTES = {
    "Purpose and preparation": (
        "Had read the latest school and health information; the purpose was shared at the start.",
        "Purpose was explained, but the practitioner had not read the health visitor's update.",
        "The visit had no clear purpose and the family did not know why we had come.",
    ),
    TRIANGLE[0]: (
        "Spent time with {child} on their own, using drawings to talk about school and friends.",
        "Saw {child} briefly; more could have been asked about sleep and school.",
        "{child} was not seen on their own and was not asked how they were.",
    ),
    TRIANGLE[1]: (
        "Talked warmly and honestly with the parents about routines and the worries on the plan.",
        "Strengths were acknowledged, but the worries about supervision were not raised directly.",
        "The parents' care of the children was not discussed at all.",
    ),
    TRIANGLE[2]: (
        "Asked about grandparents, school transport and the debt advice appointment.",
        "Some discussion of the wider family; housing was not picked up.",
        "Nothing was asked about the family's wider network or support.",
    ),
    "Wellbeing and next steps": (
        "Went through the plan with the family; everyone knew what happens next and who will do it.",
        "Next steps were agreed but without dates.",
        "The visit ended without any review of the plan or next steps.",
    ),
}
GROUP_AREA_NOTES = {
    TRIANGLE[0]: (
        "Kept the children's development in view throughout, using the parents' own examples.",
        "Some talk about the children's development; more could have been drawn out.",
        "The children's development was not talked about in the session.",
    ),
}
SIBLING_NOTES = (
    "{name} joined in the drawing and was included in the conversation as well.",
    "{name} was at home too and the practitioner made time to ask how things were for them.",
    "The practitioner could have asked {name} for their view too; the focus stayed on one child.",
)
GROUP_NOTES = (
    "{name} talked about mealtimes at home and the practitioner used this well with the group.",
    "{name} asked about the next session and was given the dates straight away.",
)
PURPOSES = {
    HOME_VISIT: ("Statutory visit – review progress on the plan and see the children.",
                 "Share the outcome of the assessment with the family.",
                 "Talk through the worries raised by school and agree next steps.",
                 "Prepare the family for the review meeting next week."),
    "Child protection conference": ("Present the social work report to conference and hear the family's views.",),
    "Core group meeting": ("Review progress on the child protection plan with the core group.",),
    "Family time session": ("Support the parents during family time and see how the children respond.",),
    "Child in care review": ("Share the social work report and the child's views at the review.",),
    "Direct work session at school": ("Direct work with the child about their wishes and feelings.",),
    "Group session at the family hub": ("Parenting group, week 3 of 6: routines and bedtimes.",
                                        "Parenting group session on managing children's behaviour."),
}
CONSENTS = ("Yes – asked by phone the day before and again at the door.", "Yes (verbal)",
            "Yes, parents agreed; the child was told who I was.", "Yes – consent recorded on the case file.")
OTHER_CONSENTS = ("Yes (verbal)", "Yes, parents agreed; the child was told who I was.",
                  "Yes – consent recorded on the case file.")
GROUP_CONSENTS = ("Yes – the group agreed at the start of the session.", "Yes, all parents agreed.")
REFLECTIONS = (
    "I was nervous having my manager there but it helped to hear what went well. I want to plan better for "
    "the end of visits.",
    "Useful to have another view. I agree I rushed the end – I will leave more time for next steps.",
    "I found the feedback fair. I would like to be observed again at a core group.",
    "I felt the visit went as well as it could given how upset mum was on the day.",
)
URGENT = (
    "Yes. The child told us about bruising from an incident at the weekend. I called the Team Manager from "
    "the car and an inter-agency referral discussion was held that afternoon.",
    "Yes. There was no food in the house and the heating was off; the child was unwell. Raised "
    "with the Head of Service the same day and a visit was made the next morning.",
)
NO_ACTIONS = ("No learning actions from this visit.", "None arising.", "No learning actions recorded.")
NO_ACTIONS_GOOD = ("No actions needed – keep doing what you are doing.",)
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 6, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in pool if sample.kind == OBSERVATION][:count]
    if len(chosen) < count:
        # Some months draw fewer observations; a longer draw starts with the same forms.
        pool = sample_forms(count * 12, seed=SEED, today=today, feedback_question=True)
        chosen = [sample for sample in pool if sample.kind == OBSERVATION][:count]
    plan = ["urgent", "urgent-read", "comments", "comments", "changed", "changed", "changed", "confirmed",
            "confirmed"]
    plan += ["plain"] * (len(chosen) - len(plan))
    plan = plan[: len(chosen)]
    rng.shuffle(plan)
    styles = ["columns", "columns", "columns", "typed", "typed", "key", "key", "bold", "bold", "highlight",
              "highlight", "struck", "struck", "dropdown", "dropdown", "typed"]
    styles = (styles * (len(chosen) // len(styles) + 1))[: len(chosen)]
    rng.shuffle(styles)
    return [_form(random.Random(SEED * 100 + index), index, sample, role, style, today)
            for index, (sample, role, style) in enumerate(zip(chosen, plan, styles))]


def _member(name: str):
    return next((person for person in STAFF if person.name == name), None)


def _near(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade) + rng.choice((0, 0, 0, -1, 1))
    return ORDER[min(3, max(0, position))]


def _note(area: str, grade: str, first_name: str | None) -> str:
    notes = AREA_NOTES if first_name else {**AREA_NOTES, **GROUP_AREA_NOTES}
    text = notes[area][{OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}[grade]]
    return text.replace("{child}", first_name or "the child")


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, role: str, grade_style: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("strip", "questions", "tabbed"))
    area_style = "columns" if grade_style == "columns" else rng.choice(("table", "blocks"))
    key_reversed = rng.random() < 0.4
    group = sample.case_id is None
    people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    first_name = sample.child.first_name if sample.child else None

    changes: dict = {}
    # Most sheets record a home visit; the others a piece of direct work the
    # sheet is also used for.
    if not group and sample.setting != HOME_VISIT and rng.random() < 0.7:
        changes["setting"] = HOME_VISIT
    setting = changes.get("setting", sample.setting)
    brothers_sisters = []
    if setting in (HOME_VISIT, "Family time session") and rng.random() < 0.6:
        brothers_sisters = siblings(rng, sample.child, rng.randint(1, 2), today)
    grades = [_near(rng, sample.grade) for _ in AREAS]
    grades[rng.randrange(len(grades))] = sample.grade
    changes["sections"] = tuple(Section(name, grade, _note(name, grade, first_name))
                                for (name, _), grade in zip(AREAS, grades))
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    if group:
        changes["strengths"] = (*sample.strengths, mention(rng, GROUP_NOTES, people[0]))
    elif brothers_sisters and rng.random() < 0.6:
        note = mention(rng, SIBLING_NOTES, brothers_sisters[0][0])
        if "could have" in note:
            changes["development_areas"] = (*sample.development_areas, note)
        else:
            changes["strengths"] = (*sample.strengths, note)
    head = head_of_service_over(_member(sample.auditor))
    moderated_on = sample.date + timedelta(days=rng.randint(2, 9))
    while moderated_on.weekday() >= 5:
        moderated_on += timedelta(days=1)
    moderated_on = min(moderated_on, today - timedelta(days=1))
    remarked = {}
    if rng.random() < 0.5:
        area = rng.choice(AREAS)[0]
        remarked[area] = rng.choice(("Agree – this is where the practitioner's learning is.",
                                     "Good to see this evidenced so clearly.",
                                     "Please pick this up in supervision."))
    changes["moderation"] = None
    if role.startswith("urgent"):
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT)
        if role == "urgent-read":
            changes["moderation"] = Moderation(head.name, moderated_on, (
                "Read. I was told about the concern on the day and I am satisfied the right action was taken.",))
    elif role == "comments":
        changes["moderation"] = Moderation(head.name, moderated_on, (rng.choice((
            "Read – a well evidenced observation. Please share the learning at the next team meeting.",
            "Read. Make sure the learning actions are carried into the practitioner's supervision.")),),
            section_comments=remarked)
    elif role in ("changed", "confirmed"):
        position = ORDER.index(sample.grade)
        if role == "confirmed":
            moderated = sample.grade
            comment = rng.choice(("I agree with the observer's grade; the evidence supports it.",
                                  "Grade confirmed after talking it through with the observer."))
        else:
            moderated = ORDER[position + 1] if position < 2 else ORDER[position - 1]
            comment = rng.choice(("The evidence under the areas does not support the overall grade; I have "
                                  "moderated it.",
                                  "Having discussed the visit with the observer I have changed the grade."))
        changes["moderation"] = Moderation(head.name, moderated_on, (comment,), section_comments=remarked,
                                           grade=moderated)
    if role == "plain" and sample.actions and rng.random() < 0.4:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation
    ids = ControlIds(rng)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), size=8, colour=brand)
    title = rng.choice(("Home Visit Observation Sheet", "Observation of a Home Visit",
                        "Home Visit Observation – Practice Quality Assurance"))
    brand_heading(document, title.upper() if rng.random() < 0.3 else title, brand, size=16)
    paragraph(document, rng.choice((
        "For a manager going out with a practitioner on a visit. Complete within a week of the visit and "
        "send to the Quality Assurance mailbox.",
        "Use this sheet for home visits and other direct work with families. Talk it through with the "
        "practitioner before you send it.",
    )), italic=True, size=9)

    # A. The visit.
    scheme = rng.choice(("letters", "numbers", "plain"))

    def heading(number: int, *texts: str) -> None:
        text = rng.choice(texts)
        prefix = {"letters": f"{'ABCDEF'[number - 1]}. ", "numbers": f"{number}. ", "plain": ""}[scheme]
        brand_heading(document, f"{prefix}{text}", brand)

    heading(1, "About the visit", "The visit")
    observer = sample.auditor
    observer_role = ROLES.get(getattr(_member(observer), "role", ""), "")
    if observer_role and rng.random() < 0.5:
        observer = f"{observer} ({observer_role})"
    details = [
        (rng.choice(("Observer", "Observed by", "Manager observing")),
         rng.choice(("Who observed the visit?", "Who went out with the practitioner?")), observer),
        (rng.choice(("Practitioner", "Worker observed", "Practitioner observed")),
         "Whose practice was observed?", sample.practitioner),
        ("Team", "Which team are they in?", sample.team),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), "Which service?", sample.service))
    details += [
        (rng.choice(("Date of visit", "Date observed", "Visit date")), "When was the visit?", when(sample.date)),
        (rng.choice(("Type of visit", "Visit / contact type", "Setting")), "What kind of visit or contact was it?",
         setting),
    ]
    also: list[str] = []
    if group:
        details.append((rng.choice(("Parents attending", "Who came")), "Who came to the session?",
                        ", ".join(people)))
        details.append(("Case ref.", "Case reference?", rng.choice(("N/A – group", "n/a", "Not applicable"))))
    else:
        child = sample.child
        details.append((rng.choice(("Child", "Child's name")), "Which child is the visit about?", child.full_name))
        if rng.random() < 0.5:
            born = when(child.date_of_birth)
            also.append(born)
            details.append((rng.choice(("DOB", "Date of birth")), "Child's date of birth?", born))
        details.append((rng.choice(("Case ref.", "Case reference", "Case no.")), "Case reference?",
                        sample.case_id))
        if setting == HOME_VISIT and rng.random() < 0.5:
            details.append(("Address visited", "Where was the visit?",
                            f"{', '.join(child.address_lines)} {child.postcode}"))
        present = list(child.parents)
        present += [f"{name} ({_age(born_on, sample.date)})" for name, born_on in brothers_sisters]
        present_label = rng.choice(("Who was at home", "Family at home")) if setting == HOME_VISIT else \
            rng.choice(("Who was present", "Family present"))
        if setting != "Direct work session at school":
            details.append((present_label, "Who was there?", ", ".join(present)))
    details.append((rng.choice(("Purpose", "Purpose of the visit")), "What was the visit for?",
                    rng.choice(PURPOSES[setting])))
    consents = GROUP_CONSENTS if group else CONSENTS if setting == HOME_VISIT else OTHER_CONSENTS
    details.append((rng.choice(("Family agreed to observer?", "Consent")),
                    "Did the family agree to the observer being there?", rng.choice(consents)))
    _details(rng, document, details, details_style)

    # B. What the observer saw.
    heading(2, "What I saw – our practice model", "Observed practice", "What I saw")
    if grade_style == "key":
        numbers = _numbers(key_reversed)
        paragraph(document, "Grading key:  " + "   ".join(f"{numbers[grade]} = {WORDS[grade]}"
                                                           for grade in sorted(ORDER, key=numbers.get)),
                  bold=True, size=9)
    elif grade_style in ("bold", "highlight", "struck"):
        paragraph(document, {"bold": "Put the grade that applies in bold.",
                             "highlight": "Highlight the grade that applies.",
                             "struck": "Delete (strike through) the grades that do not apply."}[grade_style],
                  italic=True, size=9)
    _areas(rng, document, sample, area_style, grade_style, key_reversed, group, ids, ink)

    line = paragraph(document, rng.choice(("Overall grade for the practice observed",
                                           "Overall, the practice I saw was", "Overall grade")), bold=True)
    _overall(rng, document, line, sample.grade, grade_style, key_reversed, ids)
    if moderation and moderation.grade and rng.random() < 0.5:
        inline = paragraph(document, f"HoS: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        run(inline, f" ({moderation.moderator.split()[0][0]}{moderation.moderator.split()[-1][0]}, "
                    f"{when(moderation.date)})", colour=ink)
    document.add_paragraph()

    # C. Feedback.
    heading(3, "Feedback", "Feedback to the practitioner")
    good_head, better_head = rng.choice((("What went well", "What could be better"),
                                         ("Went well", "Could be better"),
                                         ("Strengths seen on the visit", "What could be better next time")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), good_head, "E2EFD9")
        label(grid.cell(0, 1), better_head, "FBE4D5")
        for cell, items in ((grid.cell(1, 0), sample.strengths), (grid.cell(1, 1), sample.development_areas)):
            for item in items:
                write(cell, f"\u2022 {item}")
        document.add_paragraph()
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for title_text, items in ((good_head, sample.strengths), (better_head, sample.development_areas)):
            paragraph(document, title_text, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")

    question = rng.choice(("Did you talk the visit through together afterwards?",
                           "Reflective conversation held after the visit?",
                           "Was there a reflective discussion with the practitioner?"))
    if rng.random() < 0.5:
        line = paragraph(document, f"{question}   ", bold=True)
        yes, no = ("\u2612", "\u2610") if sample.reflective_discussion else ("\u2610", "\u2612")
        run(line, f"Yes {yes}   No {no}")
    else:
        paragraph(document, question, bold=True)
        if sample.reflective_discussion:
            paragraph(document, rng.choice(("Yes – in the car straight after the visit.",
                                            f"Yes, back at the office on {when(sample.date)}.", "Yes")))
        else:
            paragraph(document, rng.choice(("No – the practitioner was called to another visit; we will "
                                            "pick it up in supervision.", "No, not yet.")))
    paragraph(document, rng.choice(("Practitioner's reflection (in their own words)", "Practitioner's comments")),
              bold=True)
    if sample.reflective_discussion:
        paragraph(document, rng.choice(REFLECTIONS), italic=True)
    else:
        paragraph(document, rng.choice(("To follow after supervision.", "")), italic=True)

    # D. Learning actions.
    heading(4, "Learning actions", "Learning and development actions")
    _actions(rng, document, sample.actions, when, sample.grade in (OUTSTANDING, GOOD))

    # E. Safety.
    heading(5, "Safety", "Child protection")
    paragraph(document, rng.choice(("Did anything seen on the visit need an immediate child protection response?",
                                    "Any immediate concern for a child's safety from this visit?")), bold=True)
    paragraph(document, sample.urgent_concern_detail if sample.urgent_concern else rng.choice(("No", "No.", "None")))

    # F. Head of Service quality assurance.
    heading(6, "Head of Service quality assurance", "Quality assurance", "Head of Service")
    _quality_assurance(rng, document, sample, moderation, ink, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = (*people, *(name for name, _ in brothers_sisters))
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _numbers(reversed_key: bool) -> dict[str, int]:
    if reversed_key:
        return {grade: 4 - position for position, grade in enumerate(ORDER)}
    return {grade: position + 1 for position, grade in enumerate(ORDER)}


def _details(rng: random.Random, document, details, style: str) -> None:
    if style == "strip":
        per_row = 4
        chunks = [details[start:start + per_row] for start in range(0, len(details), per_row)]
        grid = table(document, len(chunks) * 2, per_row)
        for number, chunk in enumerate(chunks):
            for column, (text, _, value) in enumerate(chunk):
                label(grid.cell(number * 2, column), text, "DEEAF6")
                write(grid.cell(number * 2 + 1, column), value)
    elif style == "questions":
        for number, (_, question, value) in enumerate(details, start=1):
            paragraph(document, f"{number}. {question}", bold=True)
            answer = paragraph(document, value)
            answer.paragraph_format.left_indent = Cm(0.6)
    else:
        for text, _, value in details:
            line = paragraph(document)
            line.paragraph_format.tab_stops.add_tab_stop(Cm(5.5), WD_TAB_ALIGNMENT.LEFT)
            run(line, text, bold=True)
            run(line, f"\t{value}")
    document.add_paragraph()


def _grade_runs(rng: random.Random, line, grade: str, style: str, key_reversed: bool, ids: ControlIds,
                *, note_chance: float = 0.0) -> None:
    """Write a grade onto `line` in the sheet's style (not "columns")."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=note_chance))
    elif style == "key":
        number = _numbers(key_reversed)[grade]
        run(line, str(number) if rng.random() < 0.7 else f"{number} ({WORDS[grade]})")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  /  " if style != "struck" else "   ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                strike=not chosen and style == "struck")


def _areas(rng: random.Random, document, sample, area_style: str, grade_style: str, key_reversed: bool,
           group: bool, ids: ControlIds, ink: str) -> None:
    prompts = dict(AREAS)
    if group:
        prompts.update(GROUP_PROMPTS)
    moderation = sample.moderation
    remarks = moderation.section_comments if moderation else {}
    if area_style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What I saw", *(name for _, name in columns))):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            for cell, (grade, _) in zip(row.cells[2:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
    elif area_style == "table":
        grid = table(document, 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "What I saw", "Grade")):
            label(cell, text, "D9D9D9")
        banner = False
        for section in sample.sections:
            if section.name in TRIANGLE and not banner:
                banner = True
                band = grid.add_row()
                merged = band.cells[0].merge(band.cells[2])
                label(merged, "The My World Triangle", "F2F2F2")
            row = grid.add_row()
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompts[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            _grade_runs(rng, row.cells[2].paragraphs[0], section.grade, grade_style, key_reversed, ids,
                        note_chance=0.15)
    else:
        for number, section in enumerate(sample.sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, prompts[section.name], italic=True, size=9)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)
            line = paragraph(document, "Grade: ", bold=True)
            _grade_runs(rng, line, section.grade, grade_style, key_reversed, ids, note_chance=0.15)
    document.add_paragraph()


def _overall(rng: random.Random, document, line, grade: str, style: str, key_reversed: bool,
             ids: ControlIds) -> None:
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for cell, (_, name) in zip(grid.rows[0].cells, columns):
            label(cell, name, "D9D9D9")
        for cell, (option, _) in zip(grid.rows[1].cells, columns):
            if option == grade:
                mark(cell, rng.choice(("X", "\u2713")))
        return
    run(line, ": ", bold=True)
    _grade_runs(rng, line, grade, style, key_reversed, ids)


def _actions(rng: random.Random, document, actions, when, went_well: bool) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS + (NO_ACTIONS_GOOD if went_well else ())))
        return
    style = rng.choice(("table", "lines"))
    if style == "table":
        headers = rng.choice((("Learning action", "Who", "By when"), ("Action", "Lead", "Target date", "Done")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()


def _box(cell) -> None:
    """Give a one-cell table a heavy border, as a boxed panel."""
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "18")
        edge.set(qn("w:color"), "404040")
        borders.append(edge)
    properties.append(borders)


def _quality_assurance(rng: random.Random, document, sample, moderation, ink: str, when) -> None:
    boxed = rng.random() < 0.5
    if boxed:
        panel = table(document, 1, 1)
        cell = panel.cell(0, 0)
        _box(cell)

        def line(text: str, **look):
            return write(cell, text, **look)
    else:
        def line(text: str, **look):
            return paragraph(document, text, **look)
    if not moderation:
        line(rng.choice(("Read by Head of Service: ____________________   Date: __________",
                         "Not yet seen by the Head of Service.", "Head of Service: ")), italic=True)
        return
    line(f"{rng.choice(('Read by', 'Head of Service', 'Quality assured by'))}: {moderation.moderator}", colour=ink,
         bold=True)
    line(f"Date: {when(moderation.date)}", colour=ink)
    for comment in moderation.comments:
        line(comment, colour=ink)
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        if rng.random() < 0.5:
            line(f"{'Agree' if agrees else 'Do not agree'} with the observer's grade. Grade after quality "
                 f"assurance: {informal_grade(rng, moderation.grade)}", colour=ink)
        else:
            line(f"Moderated grade: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
