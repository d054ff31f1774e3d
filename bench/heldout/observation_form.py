"""Observed practice evaluation: a manager's record of a live piece of
practice (a home visit, a conference, a core group, family time, a group
session at the family hub) judged criterion by criterion. Each numbered
criterion has the observer's evidence and a grade, the four grades printed
worst first ("Inadequate / Requires Improvement / Good / Outstanding") and
the chosen one marked; then what the family said about the plan, what
worked well and what would make the practice even better, the overall
grade for the observed practice, whether the reflective discussion with
the practitioner took place and what the practitioner took from it, the
learning and actions, any immediate concern for the child's safety, and
the Head of Service's authorisation.

Modelled on the "Evaluating the effectiveness of directly observed
practice" tool published as Annex G of a council's quality assurance
guidance (name of social worker, name of auditor, observed practice;
numbered criteria drawn from the Ofsted evaluation schedule – risk
identified, responded to and reduced; attendance and participation; the
focus on the child; communication, relationship, empathy and challenge;
the family's involvement in decisions; the quality of decision-making –
each with "Evidence:" and "Grade:" over the four judgements printed
worst first; the auditor to ask the child and family whether they know
and understand the plan), and on Central Bedfordshire's "Quality
Assurance & Performance Management Framework" (children's services
procedures manual: consulting children, families and carers on whether
the support has made a difference, the reflections of front-line key
workers, the learning and development needs quality assurance finds).
The published pages show the criteria and the grade line, not a whole
form, so the rest is our own judgement: the details typed as inline
labels in one box or as a two-column table, the shorter version with
evidence notes and no criterion grades, how each observer marks a grade
(a tick or an X beside it, the cell shaded, the others struck through,
the choice highlighted, tick boxes, or the grade typed), the "Even better
if" heading, the reflective discussion line, the safety question, the
actions as a table or as lines, and the Head of Service's countersignature
box (with their own view of the grade on a few forms, and left off the
form by some teams).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import OBSERVATION, STAFF, Section, sample_forms
from bot.samples.ooxml import shade

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "observation_form"

# Printed worst first, as the published grade line is.
WORST_FIRST = (INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING)
PRINTED = {INADEQUATE: "Inadequate", REQUIRES_IMPROVEMENT: "Requires Improvement", GOOD: "Good",
           OUTSTANDING: "Outstanding"}

# The criteria, each with the hint printed under it.
CRITERIA = (
    ("Risk is identified, responded to and reduced",
     "Were the worries named, and did the practitioner respond to what they saw and heard?"),
    ("Attendance and participation",
     "Parents, carers, the child, professionals and advocates: were the right people there and heard?"),
    ("The focus on the child",
     "Did the child stay at the centre of the conversation throughout?"),
    ("Communication, relationship, empathy and challenge",
     "Was the relationship evident? Was challenge respectful and clear?"),
    ("Involvement of the child and family in decisions",
     "Does the family understand what was decided and what is expected of them?"),
    ("Quality of decision-making",
     "Were decisions timely, proportionate and explained?"),
)

EVIDENCE = {
    OUTSTANDING: (
        "Skilled and confident practice; {child}'s own words were used to explain the plan.",
        "The practitioner adapted the session to {child}'s needs and the family responded well.",
        "Excellent preparation; everyone present knew why they were there and what would happen next.",
    ),
    GOOD: (
        "The purpose was explained at the start and revisited at the end.",
        "Clear about the worries without losing the relationship with the parents.",
        "{child}'s views were sought and fed into the discussion.",
        "Decisions were explained in plain language and checked with the family.",
    ),
    REQUIRES_IMPROVEMENT: (
        "The worries were discussed, but the family were not told clearly what needs to change.",
        "{child}'s views were mentioned but did not shape the discussion.",
        "Some professional language; the parents needed it explained afterwards.",
        "Next steps were agreed but without timescales.",
    ),
    INADEQUATE: (
        "The main worry was not raised with the parents during the visit.",
        "{child} was not seen or spoken with during the session.",
        "No clear decision was reached and the family left unsure what happens next.",
    ),
}
# What the family said when asked whether they know and understand the plan.
FAMILY_VIEWS = (
    "Mum said she knows what the plan is and that the worker \"explains things properly\".",
    "The parents said they understand the plan but feel the meetings are long.",
    "Dad was unsure what the next review would look at; the worker went through it again.",
    "The young person said they know who to call and what the plan is for.",
    "Carer knows the plan and said the social worker keeps them updated.",
)
GROUP_VIEWS = (
    "Parents at the session said they found the group helpful and would come again.",
    "Two parents said they understood what the group was for and what would happen next week.",
)
REFLECTIONS = (
    "I felt nervous at the start but the feedback helped me see what I did well.",
    "I will plan the end of sessions better so the family leave with a clear summary.",
    "Useful to hear how the visit came across; I had not noticed how much jargon I used.",
    "I would like to observe a colleague chairing a core group before my next one.",
)
NO_DISCUSSION = ("No – practitioner on leave; to be held in supervision.", "No – not yet held, booked for next week.",
                 "No")
URGENT = (
    "During the {setting} {child} said an adult at home had hurt them. The observer and practitioner told the "
    "duty manager the same afternoon and a strategy discussion was held the next day.",
    "It came out at the {setting} that {child} had been missing overnight twice this week and this had not been "
    "reported. Discussed with the Head of Service the same day; a strategy discussion was requested.",
)
SIBLING_STRENGTHS = (
    "The practitioner also made time for {name}, who was present, and asked about school.",
    "{name} joined part of the visit and the practitioner included them in the conversation.",
)
TITLES = ("Directly Observed Practice – Evaluation Record", "Observed Practice Evaluation Tool",
          "Evaluating the Effectiveness of Directly Observed Practice")
STRENGTH_HEADINGS = ("What worked well", "Strengths observed", "What went well?")
DEVELOPMENT_HEADINGS = ("Even better if", "What would make the practice even better?", "Areas to develop")
ROLE_SUFFIX = {"practice_manager": "Team Manager", "early_help_manager": "Early Help Manager",
               "safeguarding_practice_manager": "Safeguarding Practice Manager"}
# A remark typed after a grade; none names a grade.
GRADE_REMARKS = ("see evidence above", "discussed with the SW", "feedback given on the day", "see comments",
                 "fed back straight after")
STYLES = ("tick", "shade", "strike", "highlight", "boxes", "typed")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(4417)
    pool = [sample for sample in sample_forms(500, seed=4417, today=today) if sample.kind == OBSERVATION]
    group = [sample for sample in pool if sample.child is None][:1]
    moderated = [sample for sample in pool if sample.child and sample.moderation][:5]
    plain = [sample for sample in pool if sample.child and not sample.moderation][: count - 1 - 5]
    chosen = group + moderated + plain
    rng.shuffle(chosen)
    with_child = [sample for sample in chosen if sample.child]
    urgent = {id(sample) for sample in with_child[2:4]}
    # Two Head of Service countersignatures also give their own view of the grade.
    own_view = [sample for sample in chosen if sample.moderation][:2]
    forms = []
    for index, sample in enumerate(chosen[:count]):
        flagged = id(sample) in urgent
        if sample in own_view:
            view = sample.grade
            if own_view.index(sample) == 1:
                view = GOOD if sample.grade != GOOD else REQUIRES_IMPROVEMENT
            sample = replace(sample, moderation=replace(sample.moderation, grade=view))
        forms.append(_form(rng, index, sample, today, urgent=flagged))
    return forms


def _staff_role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLE_SUFFIX.get(member.role, "") if member else ""


def _fill(template: str, first: str | None) -> str:
    """`template` with the child's first name, or "the child" on a form about no one child."""
    if first:
        return template.replace("{child}", first)
    if template.startswith("{child}"):
        template = "The child" + template[len("{child}"):]
    return template.replace("{child}", "the child")


def _criteria_grades(rng: random.Random, grade: str, count: int) -> list[str]:
    """Grades near the overall grade, at least one equal to it."""
    position = WORST_FIRST.index(grade)
    grades = [WORST_FIRST[min(max(position + rng.choice((-1, 0, 0, 0, 1)), 0), 3)] for _ in range(count)]
    if grade not in grades:
        grades[rng.randrange(count)] = grade
    return grades


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    style = rng.choice(STYLES)
    graded = rng.random() < 0.7  # the full version grades each criterion
    child = sample.child
    first = child.first_name if child else None
    household = siblings(rng, child, rng.randint(0, 2), today) if child else []

    changes = {}
    if sample.case_id and rng.random() < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if graded:
        count = rng.choice((5, 6))
        grades = _criteria_grades(rng, sample.grade, count)
        unused = {grade: rng.sample(EVIDENCE[grade], len(EVIDENCE[grade])) for grade in WORST_FIRST}
        changes["sections"] = tuple(
            Section(name, given, _fill(unused[given].pop() if unused[given] else rng.choice(EVIDENCE[given]), first))
            for (name, _), given in zip(CRITERIA[:count], grades))
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.7
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["strengths"] = (*sample.strengths,
                                rng.choice(SIBLING_STRENGTHS).format(name=household[0][0].split()[0]))
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(setting=sample.setting.lower(),
                                                                     child=first or "the child")
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Annex G", "QA tool – observed practice", "Practice observation v4")), size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, "Use this tool to record your evidence consistently during the observation. Wherever "
                        "possible ask the child and family whether they know and understand the plan and what is "
                        "expected of them.", italic=True)

    # Details.
    practitioner = sample.practitioner
    if rng.random() < 0.25:
        practitioner += rng.choice((" (SW)", ", Social Worker", " – social worker"))
    observer = sample.auditor
    role = _staff_role(observer)
    if role and rng.random() < 0.4:
        observer = f"{observer}, {role}"
    child_line = child.full_name if child else "N/A – group session"
    details = [
        (rng.choice(("Name of social worker", "Practitioner observed", "Name of worker")), practitioner),
        (rng.choice(("Name of auditor", "Observed by", "Auditor / observer")), observer),
        (rng.choice(("Observed practice", "Practice observed", "Activity observed")), sample.setting),
        (rng.choice(("Date of observation", "Date observed")), when(sample.date)),
        ("Child's name" if child else "Child / family", child_line),
        (rng.choice(("Child's ID", "LCS number", "Case reference")), sample.case_id or ""),
    ]
    # A field the template has but the observer left empty, or one this version of the template lacks.
    if sample.team or rng.random() < 0.5:
        details.insert(1, ("Team", sample.team or ""))
    if sample.service or rng.random() < 0.4:
        details.insert(2, (rng.choice(("Service", "Service area")), sample.service or ""))
    if child and rng.random() < 0.5:
        details.append(("Date of birth", when(child.date_of_birth)))
    present = ", ".join((*(child.parents if child else ()), *(name for name, _ in household)))
    if present and rng.random() < 0.7:
        details.append(("Family members present", present))
    elif not present and rng.random() < 0.5:
        details.append(("Who was present", "Parents attending the group (names not recorded)"))
    if rng.random() < 0.5:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        for position in range(0, len(details), 2):
            line = write(cell, "")
            for offset, (text, value) in enumerate(details[position:position + 2]):
                if offset:
                    run(line, "\t\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
    else:
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    document.add_paragraph()

    # The criteria.
    brand_heading(document, "Evaluation of the observed practice", brand)
    if sample.sections:
        for number, (section, (_, hint)) in enumerate(zip(sample.sections, CRITERIA), start=1):
            _criterion(document, rng, number, section, hint, style, brand)
    else:
        paragraph(document, "Evidence against the criteria (no grade is given for each criterion in this version):",
                  italic=True)
        notes = table(document, 2, 1)
        write(notes.cell(0, 0), "Observation notes", bold=True)
        shade(notes.cell(0, 0)._tc, "EDEDED")
        names = [name for name, _ in CRITERIA[:3]]
        write(notes.cell(1, 0), f"{names[0]} – the worries were discussed openly.")
        write(notes.cell(1, 0), f"{names[2]} – " + (f"{first} was at the centre of the discussion."
                                                     if first else "the children's needs were kept in view."))
    document.add_paragraph()

    # The family's understanding of the plan.
    paragraph(document, rng.choice(("Does the child / family know and understand the plan?",
                                    "Child and family feedback on the plan")), bold=True)
    paragraph(document, rng.choice(FAMILY_VIEWS if child else GROUP_VIEWS))
    document.add_paragraph()

    # What worked well and even better if.
    strengths_heading = rng.choice(STRENGTH_HEADINGS)
    development_heading = rng.choice(DEVELOPMENT_HEADINGS)
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), strengths_heading, "E2EFD9")
        label(summary.cell(0, 1), development_heading, "FCE4D6")
        for item in sample.strengths:
            write(summary.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(summary.cell(1, 1), f"\u2022 {item}")
    else:
        numbered = rng.random() < 0.5
        for heading, items in ((strengths_heading, sample.strengths), (development_heading, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if numbered else f"- {item}")
    document.add_paragraph()

    # The overall grade.
    overall_label = rng.choice(("Overall grade for the observed practice", "Overall evaluation of practice observed",
                                "Overall grade"))
    overall_style = style if rng.random() < 0.7 else "typed"
    if overall_style in ("tick", "shade"):
        paragraph(document, overall_label, bold=True, colour=brand)
        _grade_cells(document, rng, sample.grade, overall_style, with_label=False)
    else:
        line = paragraph(document, f"{overall_label}: ", bold=True)
        _grade_line(line, rng, sample.grade, overall_style)
    document.add_paragraph()

    # Reflective discussion.
    brand_heading(document, "Reflective discussion with the practitioner", brand, size=11)
    reflection = table(document, 2, 2)
    label(reflection.cell(0, 0), "Reflective discussion held?", "EDEDED")
    label(reflection.cell(1, 0), "Practitioner's reflection", "EDEDED")
    if sample.reflective_discussion:
        held = rng.choice(("Yes", "Yes – straight after the visit", "Yes – next day in supervision"))
        write(reflection.cell(0, 1), held)
        write(reflection.cell(1, 1), rng.choice(REFLECTIONS))
    else:
        write(reflection.cell(0, 1), rng.choice(NO_DISCUSSION))
    document.add_paragraph()

    # Learning and actions.
    brand_heading(document, rng.choice(("Learning and actions", "Learning from the observation – actions",
                                        "Development actions")), brand, size=11)
    if sample.actions:
        if rng.random() < 0.5:
            actions = table(document, len(sample.actions) + 1, 3)
            for cell, text in zip(actions.rows[0].cells,
                                  rng.choice((("Action", "Lead", "Timescale"), ("What", "Who", "By when")))):
                label(cell, text, "EDEDED")
            for row, action in zip(actions.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    elif rng.random() < 0.6:
        paragraph(document, rng.choice(("No actions arising from this observation.",
                                        "None – learning to be picked up in routine supervision.")))

    # Immediate safety.
    if sample.urgent_concern or rng.random() < 0.75:
        document.add_paragraph()
        safety = table(document, 2, 2)
        label(safety.cell(0, 0), "Were any immediate concerns for the child's safety identified during the "
                                 "observation?")
        write(safety.cell(0, 1), "Yes" if sample.urgent_concern else rng.choice(("No", "None identified")),
              bold=sample.urgent_concern)
        label(safety.cell(1, 0), "If yes, what action was taken and by whom?")
        if sample.urgent_concern_detail:
            write(safety.cell(1, 1), sample.urgent_concern_detail)

    # Countersignature.
    if moderation or rng.random() < 0.6:
        document.add_paragraph()
        brand_heading(document, rng.choice(("Authorisation – Head of Service", "Head of Service countersignature")),
                      brand, size=11)
        sign = table(document, 4 if (moderation and moderation.grade) else 3, 2)
        labels = ["Head of Service", "Date", "Comments"]
        if moderation and moderation.grade:
            labels.insert(2, "Head of Service's view of the overall grade")
        for row, text in zip(sign.rows, labels):
            label(row.cells[0], text, "EDEDED")
        if moderation:
            write(sign.cell(0, 1), moderation.moderator, colour=ink)
            write(sign.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                agrees = "Agree – " if moderation.grade == sample.grade else "Do not agree – "
                write(sign.cell(2, 1), agrees + informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(sign.cell(len(labels) - 1, 1), comment, colour=ink)

    written = sample.date + timedelta(days=rng.choice((0, 0, 1, 2)))
    data = finish_docx(document, title, moderation.date if moderation else min(written, today),
                       moderation.moderator if moderation else sample.auditor)
    also = (when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household)) if child else ()
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household), also=also)


def _criterion(document, rng: random.Random, number: int, section: Section, hint: str, style: str,
               brand: str) -> None:
    """One criterion: title and hint, the evidence, then its grade."""
    brand_heading(document, f"{number}. {section.name}", brand, size=11)
    if rng.random() < 0.6:
        paragraph(document, hint, italic=True, size=9)
    box = table(document, 1, 1)
    write(box.cell(0, 0), "Evidence:", bold=True)
    write(box.cell(0, 0), section.comment)
    if style in ("tick", "shade"):
        _grade_cells(document, rng, section.grade, style, with_label=True)
    else:
        _grade_line(paragraph(document, "Grade:  ", bold=True), rng, section.grade, style)


def _grade_cells(document, rng: random.Random, chosen: str, style: str, *, with_label: bool) -> None:
    """The four judgements as cells of one row, worst first; the chosen one
    ticked or shaded."""
    columns = 5 if with_label else 4
    grid = table(document, 1, columns)
    cells = grid.rows[0].cells
    if with_label:
        write(cells[0], "Grade:", bold=True)
        cells = cells[1:]
    for cell, grade in zip(cells, WORST_FIRST):
        paragraph_ = write(cell, PRINTED[grade])
        if grade == chosen:
            if style == "tick":
                run(paragraph_, f"  {rng.choice(('X', chr(0x2713), 'x'))}", bold=True)
            else:
                shade(cell._tc, rng.choice(("A6A6A6", "BFBFBF", "FFD966")))


def _grade_line(line, rng: random.Random, chosen: str, style: str) -> None:
    """The four judgements on one line (struck through, highlighted or tick
    boxes), or the grade typed as the observer writes it."""
    if style == "typed":
        written = informal_grade(rng, chosen)
        if rng.random() < 0.3:
            written += f" {rng.choice(('–', '-'))} {rng.choice(GRADE_REMARKS)}"
        run(line, written)
        return
    for position, grade in enumerate(WORST_FIRST):
        if position:
            run(line, "   " if style == "boxes" else " / ")
        text = PRINTED[grade]
        if style == "boxes":
            run(line, f"{chr(0x2612) if grade == chosen else chr(0x2610)} {text}")
        elif style == "strike":
            run(line, text, strike=grade != chosen, bold=grade == chosen)
        else:  # highlight
            run(line, text, bold=grade == chosen, highlight=grade == chosen)
