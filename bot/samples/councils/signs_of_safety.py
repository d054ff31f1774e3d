"""`signs_of_safety`: a collaborative case audit written under Signs of
Safety headings, with the four grades printed after each area and all but
the chosen one struck through (or the chosen one highlighted and bold).

Modelled on the structure of Bexley's "Social Care Quality Assurance
Framework" (Children's Services procedures, updated October 2018): a
collaborative case audit held with the practitioner that explores four
key areas of practice, followed by the Signs of Safety questions, and its
"Case Audit Moderation Guidelines" (Appendix 1: Case Audit and
Moderation). The wording of the four areas, the printed grade line
("Outstanding / Good / Requires Improvement / Inadequate – delete as
appropriate") and the council's green brand headings are our own
judgement.

What it exercises: the chosen grade shown by striking the others through,
by deleting them, or by highlighting it; numbered Signs of Safety
headings ("2. What are we worried about?") with strengths and worries as
paragraphs; an urgent-concern "YES / NO" with one answer struck through;
the moderated grade typed in colour on the overall grade line; case
references with a letter ("C2045187"); labels carrying guidance in the
same cell; siblings named in the details and now and then in the
auditor's worries.
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
    label_with_guidance,
    moderation_ink,
    personal_of,
    rename_sections,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "signs_of_safety"
BRAND = "00703C"  # the council's green
AREAS = (
    "Seeing and hearing the child",
    "Working with the family and its network",
    "Understanding harm, danger and complicating factors",
    "Management direction and oversight",
)
WORRIES_NAMING = (
    "{name} is not mentioned in the assessment although the worries apply to all the children.",
    "The plan does not say how {name}'s needs will be met while the family network is being built.",
)
MARKINGS = ("strike", "strike", "delete", "highlight")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 23, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def grade_line(grade: str, marking: str, spelling: str) -> list[Ink]:
    """The four grades as printed, the chosen one shown by `marking`."""
    if marking == "delete":
        return [Ink(spell_grade(grade, spelling), bold=True)]
    parts: list[Ink] = []
    for position, option in enumerate(GRADES):
        chosen = option == grade
        text = spell_grade(option, spelling)
        if marking == "strike":
            parts.append(Ink(text, strike=not chosen))
        else:
            parts.append(Ink(text, bold=chosen, highlight="yellow" if chosen else None))
        if position < len(GRADES) - 1:
            parts.append(Ink(" / "))
    return parts


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, AREAS)
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("C", "C", "digits"))))
    siblings = invent_children(rng, sample.child.surname, rng.randint(1, 3), exclude=(sample.child.first_name,))
    if rng.random() < 0.5:
        sample = with_sentence_naming(sample, "development_areas", rng.choice(WORRIES_NAMING).replace(
            "{name}", siblings[0].first_name))
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())
    marking = rng.choice(MARKINGS)
    spelling = rng.choice(("requires improvement", "contract", "short"))
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("weekday d month yyyy", "d month yyyy", "dd/mm/yyyy"))
    headings_styled = rng.random() < 0.5

    form = WordForm(font="Arial", size=11)
    form.paragraph(Ink(f"{COUNCIL}", bold=True, colour=BRAND, size=14))
    form.heading("Collaborative Case Audit", colour=BRAND, size=16, style_id="Heading1" if headings_styled else None)
    form.paragraph(Ink("Complete with the practitioner. For each area, delete the grades that do not apply.",
                       italic=True))

    child = sample.child
    details = form.table(8, 2)
    rows = (
        ("Child's ID", "As recorded on the case management system", sample.case_id),
        ("Child's name and date of birth", "",
         f"{child.full_name}, {spell_date(child.date_of_birth, 'dd/mm/yyyy')}"),
        ("Brothers and sisters", "Name and age of each", "; ".join(
            f"{other.full_name} ({other.age})" for other in siblings)),
        ("Practitioner", "The allocated worker who took part in the audit", sample.practitioner),
        ("Team", "", sample.team),
        ("Service", "", sample.service),
        ("Auditor", "Name and role", with_role(sample.auditor, rng.choice(("comma", "brackets")))),
        ("Date of audit conversation", "", spell_date(sample.date, date_style)),
    )
    for row, (label, guidance, value) in enumerate(rows):
        if guidance:
            label_with_guidance(details.cell(row, 0), label, guidance, fill="E2EFDA")
        else:
            write(details.cell(row, 0), Ink(label, bold=True), fill="E2EFDA")
        write(details.cell(row, 1), value)
    form.spacer()

    for number, section in enumerate(sample.sections, start=1):
        form.heading(f"Area {number}: {section.name}", colour=BRAND, style_id="Heading2" if headings_styled else None)
        form.paragraph(section.comment)
        remark = section_remark(sample, section)
        if remark:
            form.paragraph(Ink(f"HoS: {remark}", colour=ink))
        form.paragraph(Ink("Grade: ", bold=True), *grade_line(section.grade, marking, spelling))

    def numbered(number: int, text: str) -> None:
        form.heading(f"{number}. {text}", colour=BRAND, style_id="Heading2" if headings_styled else None)

    numbered(1, "What's working well?")
    for item in sample.strengths:
        form.paragraph(item)
    numbered(2, "What are we worried about?")
    for item in sample.development_areas:
        form.paragraph(item)
    numbered(3, "What needs to happen?")
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("What needs to happen", "Who", "By when"), fill="E2EFDA")
        form.spacer()

    moderation = sample.moderation
    moderated = moderation.grade if moderation else None
    overall = [Ink("Overall grade: ", bold=True), *grade_line(sample.grade, marking, spelling)]
    if moderated:
        overall.append(Ink(f"   Moderated: {spell_grade(moderated, spelling)}", bold=True, colour=ink))
    form.paragraph(*overall)

    answer = sample.urgent_concern
    form.paragraph(Ink("Is there an immediate safety concern for the child? ", bold=True),
                   Ink("YES", strike=not answer, bold=answer), " / ", Ink("NO", strike=answer, bold=not answer))
    if answer:
        form.paragraph(Ink("If yes, what has been done: ", bold=True), sample.urgent_concern_detail)

    numbered(4, "Moderation by the Head of Service")
    box = form.table(3, 2)
    write(box.cell(0, 0), Ink("Moderator", bold=True), fill="E2EFDA")
    write(box.cell(1, 0), Ink("Date moderated", bold=True), fill="E2EFDA")
    write(box.cell(2, 0), Ink("Moderator's comments", bold=True), fill="E2EFDA")
    if moderation:
        write(box.cell(0, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(1, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
        write_lines(box.cell(2, 1), moderation.comments, colour=ink)
    data = form.to_bytes(title="Collaborative Case Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
