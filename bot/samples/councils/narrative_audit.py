"""`narrative_audit`: a case file audit written as prose – a small
identifying table, a case summary, numbered questions each answered in
paragraphs with the auditor's judgement for the area written into the
answer or on its last line, what is working well and what needs to
change, an overall judgement in a sentence and the actions as a numbered
list.

Modelled on the structure of the qualitative case file audit in the Isle
of Man's Children's Services Procedures Manual (chapter 1.8, "Audit
Policy": case records on Protocol examined for the quality of practice
and decision making, not only compliance, and the findings brought
together as a composite audit picture) and the States of Guernsey's
Health and Social Care children's procedures ("Auditing": the supervisor
audits every file at least six-monthly, the case holder self-audits
before a case is closed or transferred, and each audit is logged on a pro
forma). The question-and-analysis shape – a question per area, the
auditor's answer in free text and "an analysis of why you have made this
judgement" against the Ofsted grade descriptors – follows a published
"FILE AUDIT – Child's Journey" tool (versions of August 2015 and January
2016; the stored copy does not name its council). The identifying table,
the wording of the five questions, the case summary, the numbered
headings that follow the questions ("6. What is working well?"), the
ways the judgements are written and the Head of Service's closing
paragraph are our own judgement.

What it exercises: no grade grid – each area's judgement inside the
prose ("I would judge this area as Good."), on a last line ("Grade:
requires improvement", "Judgement – RI", "Rating: Req. Imp. – some drift
in planning") or not at all; an overall judgement in a sentence;
strengths and areas for development as paragraphs or bullets under
numbered headings; actions as numbered lines ("1. Update the chronology
– SW – by 30/11/2026") or sentences ("Ali Khan to ... by Monday 30
November 2026"), or a sentence that there are none; dates written in
words; the urgent-concern question answered in a sentence; the child's
name and date of birth in the identifying table and the brothers and
sisters named in the case summary and now and then in a finding;
moderation as a coloured closing paragraph and coloured remarks after an
answer.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import CASE_FILE_AUDIT
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
    invent_children,
    moderation_ink,
    personal_of,
    rename_sections,
    role_of,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_sentence_naming,
    write,
)

FAMILY = "narrative_audit"
# The areas, as each numbered heading names one, and the question under it.
QUESTIONS = (
    ("The child's lived experience", "What is life like for this child? Is their voice heard, and does it shape "
                                     "the work?"),
    ("Assessment of need and risk", "Is there a current assessment that analyses the risks, the needs and the "
                                    "family's strengths?"),
    ("The plan and its progress", "Is the plan clear and specific, and is it making a difference for the child?"),
    ("Working with the family and partners", "How well are the parents, the wider family and other agencies "
                                             "involved?"),
    ("Management oversight", "Is there clear management direction and reflective supervision on file?"),
)
# Sentences an auditor adds around the evidence, so that an answer reads as
# a paragraph; none names anyone.
CONTEXT = (
    "I read the case notes for the last six months, the most recent assessment and the current plan.",
    "The records were discussed with the social worker before this audit was finished.",
    "This is consistent with what the core group minutes show.",
    "The last two supervision records were also read for this area.",
    "There is a clear thread from the referral to the current work.",
    "The chronology and the latest review were read alongside the case notes.",
)
# How an answer ends with the area's judgement, `{grade}` the grade as spelled.
IN_PROSE = ("I would judge this area as {grade}.", "On balance this area is {grade}.",
            "My judgement for this area is {grade}.", "For these reasons I have graded this area {grade}.")
LAST_LINE = ("Grade: {grade}", "Judgement \u2013 {grade}", "Rating: {grade}", "Grade for this area: {grade}")
# A note after a grade, for the grades from Outstanding to Inadequate.
NOTES = (("well evidenced", "see comments above"), ("the evidence is on file", "see comments above"),
         ("some drift in planning", "recording needs to catch up", "see comments above"),
         ("the plan has not moved on", "see comments above"))
OVERALL = ("Overall, the quality of practice on this case is {grade}.",
           "Taking everything above into account, I would grade this case as {grade}.",
           "My overall judgement is that practice on this case is {grade}.")
OVERALL_LINE = ("Overall grade: {grade}", "Overall judgement \u2013 {grade}")
HEADINGS = (("What is working well?", "What needs to change?"), ("Strengths", "Areas for development"),
            ("What is going well?", "What are we worried about?"))
OWNER_SHORT = {"Social worker": "SW", "Practice manager": "PM"}
NAMING = (
    "{name} is mentioned in the case notes but their own needs have not been assessed alongside their sibling's.",
    "The plan does not say how {name} will be kept safe while the family network is built.",
)
STRENGTH_NAMING = ("The social worker sees {name} at every visit too, and records how the children get on.",)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 149, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, tuple(name for name, _ in QUESTIONS))
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("digits", "digits", "C", "LCS-"))))
    child = sample.child
    siblings = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    if rng.random() < 0.5:
        if rng.random() < 0.6:
            sample = with_sentence_naming(sample, "development_areas",
                                          rng.choice(NAMING).replace("{name}", siblings[0].first_name))
        else:
            sample = with_sentence_naming(sample, "strengths",
                                          STRENGTH_NAMING[0].replace("{name}", siblings[0].first_name))
    answers = sample.sections
    graded = rng.random() < 0.75
    if not graded:
        sample = replace(sample, sections=())
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())

    spellings = rng.sample(("initials", "abbreviated", "lower", "short", "contract", "requires improvement"), 2)
    placement = rng.choice(("prose", "last line", "mixed"))
    with_notes = rng.random() < 0.4
    bullets = rng.random() < 0.5
    strengths_heading, development_heading = rng.choice(HEADINGS)
    date_style = rng.choice(("weekday dth month yyyy", "dth of month yyyy", "d month yyyy", "dth month yyyy",
                             "dd/mm/yyyy"))
    ink = moderation_ink(rng)

    form = WordForm(font=rng.choice(("Arial", "Tahoma", "Calibri")), size=11)
    form.page_header(Ink(COUNCIL, bold=True), " \u2013 Children's Services")
    form.paragraph(Ink(rng.choice(("Case File Audit", "Case File Audit \u2013 narrative tool", "Practice Audit")),
                       bold=True, size=15))

    details = [
        ("Child's name", child.full_name),
        ("DOB", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        (rng.choice(("ID No", "Protocol ID", "Case number")), sample.case_id),
        ("Case holder", sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        ("File auditor", f"{sample.auditor}, {role_of(sample.auditor)[0]}"),
        ("Date audit carried out", spell_date(sample.date, date_style)),
    ]
    table = form.table(len(details) // 2, 4)
    for position, (label, value) in enumerate(details):
        row, column = position // 2, 2 * (position % 2)
        write(table.cell(row, column), Ink(label, bold=True), fill="EDEDED")
        write(table.cell(row, column + 1), value)
    form.spacer()

    form.paragraph(Ink("Case summary", bold=True))
    form.paragraph(_summary(child, siblings))

    number = 0
    for number, (section, (name, question)) in enumerate(zip(answers, QUESTIONS), start=1):
        form.paragraph(Ink(f"{number}. {name}", bold=True))
        form.paragraph(Ink(question, italic=True))
        opening, closing = rng.sample(CONTEXT, 2)
        spelled = spell_grade(section.grade, spellings[number % 2])
        if with_notes and rng.random() < 0.5:
            spelled = f"{spelled} \u2013 {rng.choice(NOTES[GRADES.index(section.grade)])}"
        in_prose = placement == "prose" or (placement == "mixed" and rng.random() < 0.5)
        answer = f"{opening} {section.comment} {closing}"
        if graded and in_prose:
            answer += " " + _with_grade(rng.choice(IN_PROSE), spelled)
        form.paragraph(answer)
        remark = section_remark(sample, section) if graded else None
        if remark:
            form.paragraph(Ink(f"HoS comment: {remark}", colour=ink))
        if graded and not in_prose:
            form.paragraph(rng.choice(LAST_LINE).format(grade=spelled))

    number += 1
    form.paragraph(Ink(f"{number}. {strengths_heading}", bold=True))
    _items(form, sample.strengths, bullets)
    number += 1
    form.paragraph(Ink(f"{number}. {development_heading}", bold=True))
    _items(form, sample.development_areas, bullets)

    number += 1
    form.paragraph(Ink(f"{number}. Are there any immediate safeguarding concerns that need to be escalated?",
                       bold=True))
    form.paragraph(f"Yes \u2013 {sample.urgent_concern_detail}" if sample.urgent_concern
                   else rng.choice(("No.", "No immediate concerns were found.")))

    number += 1
    form.paragraph(Ink(f"{number}. Overall judgement", bold=True))
    overall = spell_grade(sample.grade, spellings[0])
    if rng.random() < 0.6:
        form.paragraph(rng.choice(CONTEXT[:2]) + " " + _with_grade(rng.choice(OVERALL), overall))
    else:
        form.paragraph(rng.choice(CONTEXT[:2]))
        form.paragraph(rng.choice(OVERALL_LINE).format(grade=overall))

    number += 1
    form.paragraph(Ink(f"{number}. Actions", bold=True))
    if no_actions:
        form.paragraph(rng.choice(("There are no actions arising from this audit.", *NO_ACTIONS)))
    else:
        as_sentences = rng.random() < 0.4
        due_style = rng.choice(("dd/mm/yyyy", "d month yyyy", "weekday d month yyyy", "dth month yyyy"))
        for position, action in enumerate(sample.actions, start=1):
            due = spell_date(action.due, due_style)
            if as_sentences:
                task = action.action[0].lower() + action.action[1:].rstrip(".")
                form.paragraph(f"{position}. {action.owner} to {task} by {due}.")
            else:
                owner = OWNER_SHORT.get(action.owner) or role_of(action.owner)[1]
                form.paragraph(f"{position}. {action.action.rstrip('.')} \u2013 {owner} \u2013 by {due}")

    moderation = sample.moderation
    if moderation:
        form.paragraph(Ink("Head of Service moderation", bold=True, colour=ink))
        for comment in moderation.comments:
            form.paragraph(Ink(comment, colour=ink))
        if moderation.grade:
            template = ("I agree with the overall judgement of {grade}." if moderation.grade == sample.grade
                        else "Having read the file, I would moderate the overall judgement to {grade}.")
            form.paragraph(Ink(_with_grade(template, spell_grade(moderation.grade, spellings[0])), colour=ink))
        form.paragraph(Ink(f"{moderation.moderator}, {role_of(moderation.moderator)[0]}, "
                           f"{spell_date(moderation.date, date_style)}", colour=ink, italic=True))
    data = form.to_bytes(title="Case File Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)


def _summary(child, siblings) -> str:
    """Who the child lives with, naming the parents and the brothers and sisters."""
    parents = " and ".join(child.parents)
    others = ", ".join(f"{other.first_name} ({other.age})" for other in siblings[:-1])
    last = f"{siblings[-1].first_name} ({siblings[-1].age})"
    children = f"{others} and {last}" if others else last
    brothers_and_sisters = "their brothers and sisters" if len(siblings) > 1 else "a brother or sister"
    return (f"{child.first_name} lives with {parents} and {brothers_and_sisters}, {children}. The family have "
            f"been known to children's services since the referral that opened this episode.")


def _with_grade(template: str, grade: str) -> str:
    """`template` with `grade` in it, one full stop at the end even after "Req. Imp."."""
    text = template.format(grade=grade)
    return text[:-1] if text.endswith("..") else text


def _items(form: WordForm, items, bullets: bool) -> None:
    for item in items:
        form.paragraph(item, style_id="ListBullet" if bullets else None)
