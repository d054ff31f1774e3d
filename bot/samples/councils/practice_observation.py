"""`practice_observation`: a manager's direct observation of a social
worker's session with a family – the details, preparation and the
family's consent, what was observed, the worker's skills against the
seven elements of the practice model, feedback and the worker's own
reflection, strengths and areas for development, the overall quality of
the observed practice, whether the child's or family's feedback was
sought, and a development plan.

Modelled on the structure of the London Borough of Islington's
observation of practice under "Doing What Counts: Measuring What
Matters" (the Children's Social Care Innovation Programme evaluation
report, July 2017: managers observe and coach practitioners against
seven elements of skilled practice – evocation, collaboration, autonomy,
empathy, purposefulness, clarity about concerns and child focus – and
collect feedback from parents and children) and of the manager's
observation tool Islington developed with Cardiff University's CASCADE
(Westlake, Stabler and McDonnell, "Direct observation in practice",
Journal of Children's Services, 2020: skills coded from an observed
meeting between a social worker and a parent, then fed back). The
stored pages describe the elements and the process, not the form: the
parts and their order, the consent and preparation questions, the
wording of each element's prompt, the 1-to-5 element scores and their
key, the overall judgement in Ofsted's four grades (marked, typed or
numbered against a key), the feedback question and the council's teal
branding are our own judgement.

What it exercises: the tool's own overall label ("Overall quality of the
observed practice") over four grades marked below, shaded, struck
through or ticked in typed boxes, or typed beside it, or numbered 1 to 4
against a key; element scores of 1 to 5 under a key of their own, which
are not grades; a Yes/No for the family's consent that answers neither
the reflective discussion nor the feedback question; the worker's
reflection beside the observer's feedback, neither of them strengths;
"Was the child's or family's feedback sought?" answered Yes or No, with
what they said naming the child; the child's name and date of birth in
the details, brothers and sisters named by first name in what was
observed and now and then in a strength; the date consent was given, and
the date of the feedback session, beside the date of the observation;
"No further actions required" now and then; the Head of Service's
authorisation typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ..forms import OBSERVATION
from ..ooxml import glyph
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    grade_number,
    invent_children,
    moderation_ink,
    personal_of,
    spell_date,
    spell_grade,
    surname_first,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
    write_runs,
)

FAMILY = "practice_observation"
BRAND = "00695C"  # the council's teal, a green: moderation is never typed in green here
LIGHT = "E0F2F1"
SHADE = "FFD966"
ELEMENTS = (
    ("Evocation", "Draws out the family's own reasons and ideas for change."),
    ("Collaboration", "Agrees with the family what needs to happen rather than telling them."),
    ("Autonomy", "Respects the family's choices and is honest where there is no choice."),
    ("Empathy", "Understands and reflects back how the parent and child feel."),
    ("Purposefulness", "Keeps the conversation to its purpose and to the plan."),
    ("Clarity about concerns", "Is clear about the worries and what happens if nothing changes."),
    ("Child focus", "Keeps the child's experience and views at the centre."),
)
ELEMENT_EVIDENCE = (
    "Seen throughout the session.",
    "Asked open questions and gave time for answers.",
    "Evident at the start; less so when the conversation became difficult.",
    "Some evidence, not sustained.",
    "Not seen in this session.",
)
# The element scores an overall grade goes with: a strong session scores high.
ELEMENT_SCORES = {GRADES[0]: (4, 5), GRADES[1]: (3, 4), GRADES[2]: (2, 3), GRADES[3]: (1, 2)}
OVERALL_LABELS = ("Overall quality of the observed practice", "Overall quality of practice observed",
                  "Overall judgement of the observed practice", "Overall grade for this observation")
MARKINGS = ("below", "shade", "strike", "boxes", "typed", "scale")
REMARKS = {True: ("warm, purposeful and child focused", "confident and clear with the family"),
           False: ("the worries were not made clear", "little time with the child")}
# What the session was for, by the setting observed.
PURPOSES = {
    "Home visit": ("Review progress against the child protection plan", "Statutory visit and time alone with the child"),
    "Child protection conference": ("Present the social work report and the family's views",),
    "Core group meeting": ("Review the child protection plan with the family and partners",
                           "Agree the next steps of the plan with the core group"),
    "Child in care review": ("Review the care plan with the young person and the carers",),
    "Family time session": ("Support family time and help the parents plan the next one",),
    "Direct work session at school": ("Direct work on the child's wishes and feelings",),
}
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
OBSERVED_AT_MEETINGS = (
    "The practitioner shared the report with the parents before the meeting and checked they had read it.",
    "The practitioner brought {child}'s own words to the meeting and read them out.",
    "When the discussion drifted the practitioner brought it back to the plan.",
)
OBSERVED = (
    "The practitioner opened by checking how everyone was and what they wanted from the session.",
    "The practitioner went through the plan item by item and asked mum to score how things are now.",
    "Time was spent with {child} on their own, drawing the three houses.",
    "The practitioner named the worries plainly and checked the parents understood them.",
)
FEEDBACK = (
    "Verbal feedback was given straight after the session and written feedback shared two days later.",
    "We talked through the session in the car afterwards; I shared my notes against the seven elements.",
    "Feedback was given in a reflective conversation the following morning.",
)
REFLECTIONS = (
    "I was nervous at first but soon forgot the observer was there.",
    "I could see that I rushed the end; next time I will leave time to summarise.",
    "Scoring the elements helped me see where I lose the child in the adults' conversation.",
)
AUTHORISED_WITHOUT_DISCUSSION = "Read. Please hold the reflective discussion and record it in supervision."
FEEDBACK_WITHOUT_DISCUSSION = ("Brief written feedback was emailed to the practitioner; a conversation is booked "
                               "for the next supervision.")
NOT_REFLECTED = "No reflective discussion yet; to be picked up in supervision."
FAMILY_SAID = (
    "{child} said the worker listened and let them choose where to sit.",
    "Mum said it was the first time she understood what the worries were.",
    "{child} said they liked drawing but did not want to talk about school.",
)
NOT_SOUGHT = ("Not sought: the session ended with mum upset and it did not feel right to ask.",
              "Not sought on this occasion.")
FEEDBACK_QUESTIONS = (
    "Was the child's or family's feedback sought?",
    "Have the child and family been asked for their views on the session?",
    "Child / family feedback sought?",
)
REFLECTIVE_QUESTIONS = (
    "Was a reflective discussion held with the practitioner?",
    "Reflective discussion held after the observation?",
    "Reflective discussion completed with practitioner",
)
DATE_STYLES = ("dd/mm/yyyy", "d month yyyy", "weekday d month yyyy", "dth month yyyy", "d mon yyyy", "d/m/yy")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(OBSERVATION, count, seed=seed + 211, today=today, where=lambda sample: sample.child is not None)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _answer(form: WordForm, question: str, answer: bool, style: str, *, after: str | None = None) -> None:
    """A question and its Yes/No answer on one line: typed boxes (☒ Yes ☐
    No), "Yes"/"No" typed, or "Y"/"N"; `after` follows the answer."""
    label = question if question.endswith("?") else f"{question}:"
    paragraph = form.paragraph(Ink(f"{label} ", bold=True))
    if style == "boxes":
        write_runs(paragraph, ["Yes "])
        glyph(paragraph._p, answer)
        write_runs(paragraph, ["   No "])
        glyph(paragraph._p, not answer)
    elif style == "letters":
        write_runs(paragraph, [Ink("Y" if answer else "N", bold=True)])
    else:
        write_runs(paragraph, ["Yes" if answer else "No"])
    if after:
        write_runs(paragraph, [f" \u2013 {after}"])


def _overall(form: WordForm, label: str, grade: str, marking: str, spelling: str, mark: str,
             rng: random.Random) -> None:
    """The overall quality of the observed practice, shown by `marking`."""
    form.paragraph(Ink(label, bold=True, colour=BRAND, size=12))
    if marking in ("below", "shade", "strike"):
        table = form.table(2 if marking == "below" else 1, 4)
        for column, option in enumerate(GRADES):
            chosen = option == grade
            text = spell_grade(option, spelling)
            if marking == "shade":
                write(table.cell(0, column), Ink(text, bold=chosen), fill=SHADE if chosen else LIGHT)
            elif marking == "strike":
                write(table.cell(0, column), Ink(text, strike=not chosen))
            else:
                write(table.cell(0, column), Ink(text, bold=True), fill=LIGHT)
                if chosen:
                    write(table.cell(1, column), Ink(mark, bold=True))
    elif marking == "boxes":
        paragraph = form.paragraph()
        for option in GRADES:
            glyph(paragraph._p, option == grade)
            write_runs(paragraph, [f" {spell_grade(option, spelling)}    "])
    elif marking == "typed":
        good = GRADES.index(grade) <= 1
        remark = f" \u2013 {rng.choice(REMARKS[good])}" if rng.random() < 0.5 else ""
        table = form.table(1, 2)
        write(table.cell(0, 0), Ink("Grade", bold=True), fill=LIGHT)
        write(table.cell(0, 1), Ink(spell_grade(grade, spelling), bold=True), remark)
    else:
        key = "   ".join(f"{grade_number(option)} = {spell_grade(option, 'short')}" for option in GRADES)
        form.paragraph(Ink(f"Key: {key}", italic=True, size=9))
        table = form.table(1, 2)
        write(table.cell(0, 0), Ink("Score (1\u20134)", bold=True), fill=LIGHT)
        write(table.cell(0, 1), Ink(str(grade_number(grade)), bold=True))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    child = sample.child
    siblings = invent_children(rng, child.surname, rng.randint(1, 2), exclude=(child.first_name,))
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("digits", "LCS-", "C"))),
                     feedback_sought=rng.random() < 0.7)
    if rng.random() < 0.4:
        sample = with_sentence_naming(sample, "strengths", f"{siblings[0].first_name} was included in the "
                                      "conversation too, so every child's view was heard.")
    if sample.moderation and not sample.reflective_discussion:
        # The authorisation must not praise a reflective discussion the form says was not held.
        sample = replace(sample, moderation=replace(sample.moderation, comments=(AUTHORISED_WITHOUT_DISCUSSION,)))
    no_actions = not sample.actions or rng.random() < 0.25
    if no_actions:
        sample = replace(sample, actions=())
    date_style = rng.choice(DATE_STYLES)
    answers = rng.choice(("boxes", "words", "letters"))
    marking = rng.choice(MARKINGS)
    spelling = rng.choice(("short", "contract", "requires improvement", "lower", "capitals"))
    mark = rng.choice(("X", "\u2713", "\u2714"))
    ink = moderation_ink(rng, avoid=BRAND)
    numbered = rng.random() < 0.5
    consented = sample.date - timedelta(days=rng.randint(2, 9))
    feedback_day = (sample.date + timedelta(days=rng.randint(1, 3))
                    if sample.reflective_discussion and rng.random() < 0.5 else None)
    scores = rng.random() < 0.6

    def heading(number: int, text: str) -> None:
        form.heading(f"{number}. {text}" if numbered else text, colour=BRAND, size=12)

    form = WordForm(font=rng.choice(("Arial", "Calibri", "Verdana")), size=10)
    form.page_header(Ink(COUNCIL, bold=True, colour=BRAND), "  Children's Social Care")
    form.paragraph(Ink(rng.choice(("Practice Observation", "Observation of Practice",
                                   "Direct Observation of Practice")), bold=True, size=16, colour=BRAND))
    scoring = "Score each element and give" if scores else "Give"
    form.paragraph(Ink(f"Observe one whole session. {scoring} feedback the same week, and agree a development "
                       "plan with the practitioner.", italic=True, size=9))

    heading(1, "Observation details")
    born = spell_date(child.date_of_birth, rng.choice(("dd/mm/yyyy", "d month yyyy")))
    observer = (f"{surname_first(sample.auditor)} (TM)" if rng.random() < 0.2
                else with_role(sample.auditor, rng.choice(("comma", "brackets", "plain"))))
    pairs = [
        (rng.choice(("Practitioner observed", "Worker observed", "Social worker observed")),
         with_role(sample.practitioner, rng.choice(("plain", "initials")))),
        (rng.choice(("Observer", "Observed by", "Manager observing")), observer),
        ("Team", sample.team), ("Service", sample.service),
        ("Date of observation", spell_date(sample.date, date_style)),
        (rng.choice(("Setting", "Type of visit observed", "Activity observed")), sample.setting),
        (rng.choice(("Case reference", "Child's ID", "LCS number")), sample.case_id),
        ("Child's name", child.full_name), ("Date of birth", born),
    ]
    if rng.random() < 0.5:
        details = form.table(len(pairs), 2)
        for row, (label, value) in enumerate(pairs):
            write(details.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
            write(details.cell(row, 1), value)
    else:
        details = form.table((len(pairs) + 1) // 2, 4)
        for position, (label, value) in enumerate(pairs):
            row, column = position // 2, 2 * (position % 2)
            write(details.cell(row, column), Ink(label, bold=True), fill=LIGHT)
            write(details.cell(row, column + 1), value)
    form.spacer()

    heading(2, "Preparation and consent")
    _answer(form, rng.choice(("Has the family given consent to the observation?", "Family consent obtained?")),
            True, answers, after=f"given on {spell_date(consented, date_style)}" if rng.random() < 0.5 else None)
    form.paragraph(Ink("Purpose of the session: ", bold=True), rng.choice(PURPOSES[sample.setting]))
    form.spacer()

    heading(3, "What was observed")
    present = [f"{child.first_name} ({_age(child.date_of_birth, sample.date)})"]
    present += [f"{other.first_name} ({other.age})" for other in siblings] + list(child.parents)
    form.paragraph(Ink("Who was present: ", bold=True), ", ".join(present))
    for sentence in rng.sample(OBSERVED_AT_MEETINGS if sample.setting in MEETINGS else OBSERVED, 2):
        form.paragraph(sentence.replace("{child}", child.first_name))
    if scores:
        form.paragraph(Ink("The seven elements", bold=True))
        form.paragraph(Ink("Score each element 1 to 5: 1 = not seen, 3 = seen some of the time, 5 = seen "
                           "throughout.", italic=True, size=9))
        elements = form.table(1 + len(ELEMENTS), 3)
        for cell, text in zip(elements.rows[0].cells, ("Element", "What the observer saw", "Score")):
            write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
        low, high = ELEMENT_SCORES[sample.grade]
        for row, (element, prompt) in enumerate(ELEMENTS, start=1):
            score = rng.randint(low, high)
            write_lines(elements.cell(row, 0), [[Ink(element, bold=True)], [Ink(prompt, italic=True, size=8)]])
            write(elements.cell(row, 1), ELEMENT_EVIDENCE[min(4, 5 - score)])
            write(elements.cell(row, 2), str(score))
    form.spacer()

    heading(4, "Feedback and reflection")
    form.paragraph(Ink("Feedback to the practitioner", bold=True))
    form.paragraph(rng.choice(FEEDBACK) if sample.reflective_discussion else FEEDBACK_WITHOUT_DISCUSSION)
    if feedback_day:
        form.paragraph(Ink("Date of feedback session: ", bold=True), spell_date(feedback_day, date_style))
    form.paragraph(Ink("The practitioner's reflection", bold=True))
    form.paragraph(Ink(rng.choice(REFLECTIONS) if sample.reflective_discussion else NOT_REFLECTED, italic=True))
    _answer(form, rng.choice(REFLECTIVE_QUESTIONS), bool(sample.reflective_discussion), answers)
    form.spacer()

    heading(5, "Strengths and areas for development")
    bulleted = rng.random() < 0.5
    for title, items in ((rng.choice(("Strengths", "Strengths observed")), sample.strengths),
                         (rng.choice(("Areas for development", "Areas for development and learning")),
                          sample.development_areas)):
        form.paragraph(Ink(title, bold=True))
        for item in items:
            form.paragraph(item, style_id="ListBullet" if bulleted else None)
    form.spacer()

    heading(6, "Overall judgement")
    _overall(form, rng.choice(OVERALL_LABELS), sample.grade, marking, spelling, mark, rng)
    form.spacer()

    heading(7, "The child's and family's views")
    said = rng.choice(FAMILY_SAID).replace("{child}", child.first_name) if sample.feedback_sought \
        else rng.choice(NOT_SOUGHT)
    _answer(form, rng.choice(FEEDBACK_QUESTIONS), bool(sample.feedback_sought), answers)
    form.paragraph(Ink("What they said: ", bold=True), said)
    form.spacer()

    heading(8, rng.choice(("Development plan", "Actions and development plan")))
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, rng.choice((("Action", "By whom", "By when"),
                                                       ("What will happen", "Who", "Timescale"))),
                           fill=LIGHT, date_style=rng.choice(("dd/mm/yyyy", date_style)))
    form.spacer()

    moderation = sample.moderation
    heading(9, "Head of Service \u2013 read and authorised")
    box = form.table(3, 2)
    for row, label in enumerate(("Comments", "Read and authorised by", "Date authorised")):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write_lines(box.cell(0, 1), moderation.comments, colour=ink)
        write(box.cell(1, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(2, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
    written = moderation.date if moderation else feedback_day or sample.date
    data = form.to_bytes(title="Practice Observation", written=written,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
