"""Step decision audit: an Early Help manager's audit of one decision to
move a family between Early Help family support and children's social care
(a step up or a step down), on the form of a council that runs its family
support in partnership with a children's charity. A strip setting out the
step (which way, when, from which service to which), the family and the
household, who came to the step meeting, the lead professional, five
questions about the decision each with the evidence and a judgement, an
overall judgement, what the family said about the step, what went well
and what we are worried about, actions (who, by when) or a "no actions"
sentence, the same-day safety question and the Head of Service's
moderation.

Modelled on what Barnardo's publishes about the early help and family
support it runs with a council: "Newport – Barnardo's Strategic
Partnership Evaluation" (barnardos.org.uk, an evaluation report written
for Research in Practice, published 16 September 2024: the Newport
Strategic Partnership between Newport City Council and Barnardo's, begun
in 2011 with five aims – safely reducing the number of children in care,
in proceedings or on the child protection register; bridging the gap
between universal and specialist services to prevent the need for more
intensive interventions; reducing risk factors for individual families;
involving children and families in decisions within Family Support
Services; a whole family approach – and finding that the partnership has
helped families improve their lives and reduced escalations in social
care status, with professionals in social care and family services
working together), and The MJ's "A proactive partnership" (Newport City
Council and Barnardo's Cymru: an integrated family support team and a
multi-agency family assessment and support service run with the charity
as preferred partner). Neither shows an audit form or a step up / step
down procedure, so everything about the form is our own judgement: the
five questions follow what a step decision turns on (the decision, what
was handed over, pace, keeping the family's relationships, the manager's
sign-off), asked with the partnership's aims in mind (the family's part in
the decision, the whole household); the step as a strip of four headings
over values (step, date, from, to), as the two directions with one ticked
or with the other struck through, or as an opening sentence; the family details as a strip of
labels over values, a two-column table or typed "label: value" lines
(plain or prefixed references, team and service shown on some files
only, brothers and sisters with ages or dates of birth, a relative at the
step meeting); questions as numbered blocks or one table; judgements typed
informally, a number on a printed 1-4 key printed either way round, the
chosen word emboldened or highlighted among the four, the others struck
through, or a mark under four grade columns; two lists or two columns for
what went well and what worries us; actions as a table, arrowed lines or
a "no actions" sentence; the auditor's name at the top or as a sign-off
line at the end; the Head of Service's moderation typed in a colour of
their own (not red) or in a box, changing, confirming or only commenting,
with remarks under the questions they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import Section
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
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
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "step_decision_audit"
SEED = 9990

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The five questions in the order of the sample's five sections (the
# decision, information shared, timeliness, continuity, management
# oversight), each with the prompt printed under it.
QUESTIONS = (
    ("Was it the right step?", "Were the reasons for stepping up or down clear, and was the family part of the "
                               "decision?"),
    ("What was handed over", "Did the receiving service get the assessment, the plan, the chronology and the "
                             "views of the whole household?"),
    ("Pace of the step", "Did the step happen without delay and without a gap in help?"),
    ("Keeping the family's relationships", "Did someone the family know stay involved until the new worker "
                                           "was in place?"),
    ("Manager's sign-off", "Is the decision recorded, with reasons, by a manager in each service?"),
)
TITLES = ("Step Decision Audit", "Audit of a Step Decision (Up or Down)", "Stepping Between Services – Decision Audit",
          "STEP UP / STEP DOWN DECISION AUDIT")
SERVICES = {"Step up to Children's Social Care": ("Early Help family support", "Children's Social Care"),
            "Step down to Early Help": ("Children's Social Care (Child in Need)", "Early Help family support")}
ROLES_AT_MEETING = ("social worker", "family support worker", "school DSL", "health visitor", "school nurse",
                    "partner charity key worker")
RELATIVES = ("grandparent", "aunt / uncle", "older cousin")
NO_ACTIONS = ("No actions arising – the step was well managed.", "No actions from this audit.",
              "None needed. Feedback shared with the lead professional.")
SAFETY = ("Did this audit find any child in the household at risk of harm that needs action today?",
          "Immediate safety: is there anything that means a child is not safe today?")
NOT_MODERATED = ("Not sampled for moderation this month.", "Awaiting Head of Service moderation.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    calm = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in calm if sample.moderation]
    chosen = [sample for sample in pool if sample.urgent_concern][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:3]
    chosen += [sample for sample in moderated if sample.moderation.grade is None][:2]
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _own(sample, key: str):
    return next(own.written for own in sample.own if own.key == key)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    step_style = rng.choice(("strip", "ticks", "struck", "sentence"))
    details_style = rng.choice(("strip", "pairs", "lines"))
    style = rng.choice(("typed", "key", "bold", "strike", "highlight", "columns"))
    blocks = style != "columns" and rng.random() < 0.7
    signed_at_end = rng.random() < 0.4
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    relative = attendees(rng, (sample.child.surname,), 1)[0] if rng.random() < 0.6 else None

    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(QUESTIONS, sample.sections))}
    reference = rng.random()
    if reference < 0.45:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.65:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.65
    show_service = rng.random() < 0.45
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.45:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in QUESTIONS)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Family Support Partnership – step decision audit v{rng.choice(('1.2', '2', '2.1'))} – "
                "OFFICIAL-SENSITIVE when completed", size=8)

    # Title block.
    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, rng.choice(("Family Support Partnership – the council's Early Help service working with "
                                    "a children's charity",
                                    "Early Help and Family Support (delivered in partnership with the voluntary "
                                    "sector)")), italic=True, size=9)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice(("Audit one step decision a month from your team's list and send the form to the "
                                    "QA inbox within five working days.",
                                    "Right help, at the right time, from the right service – and no gap in between.",
                                    "Please use the prompts; write what you found on the file, not what should have "
                                    "happened.")), italic=True, size=9)
    document.add_paragraph()

    # 1. The step.
    brand_heading(document, "1. The step being audited", brand)
    _step(rng, document, step_style, direction, moved, when)
    document.add_paragraph()

    # 2. The family.
    brand_heading(document, "2. The family", brand)
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor} ({rng.choice(('Early Help Manager', 'EH Team Manager'))})"
    if rng.random() < 0.5:
        others = ", ".join(f"{name} ({_age(born, today) or 'under 1'})" for name, born in household)
        household_label = rng.choice(("Brothers and sisters (age)", "Other children in the household (age)"))
    else:
        others = "; ".join(f"{name} – DOB {when(born)}" for name, born in household)
        household_label = rng.choice(("Siblings (DOB)", "Other children in the home"))
    rows = [
        (rng.choice(("Family reference", "Case no.", "Family ID")), sample.case_id),
        (rng.choice(("Child", "Child / young person", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
    ]
    if rng.random() < 0.5:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    rows += [
        (rng.choice(("Parent(s) / carer(s)", "Parents")), " and ".join(child.parents)),
        (household_label, others),
        (rng.choice(("Lead professional", "Lead worker", "Lead professional (family support)")), sample.practitioner),
    ]
    if show_team:
        rows.append((rng.choice(("Team", "EH team")), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    if not signed_at_end:
        rows += [(rng.choice(("Audited by", "Auditor", "Audit completed by")), auditor),
                 (rng.choice(("Date of audit", "Audit date")), when(sample.date))]
    _details(document, details_style, rows)

    # Who came to the step meeting.
    present = [f"{rng.choice(('Parent', 'Parent / carer'))} ({child.parents[0]})"]
    if relative:
        present.append(f"{relative} ({rng.choice(RELATIVES)})")
    present += rng.sample(ROLES_AT_MEETING, rng.randint(2, 3))
    line = paragraph(document, rng.choice(("Who came to the step meeting: ", "Present at the transfer meeting: ")),
                     bold=True)
    run(line, ", ".join(present))
    document.add_paragraph()

    # 3. The five questions.
    brand_heading(document, "3. Five questions about the step", brand)
    reverse = rng.random() < 0.4
    numbers = {grade: (4 - position if reverse else position + 1) for position, grade in enumerate(ORDER)}
    if style == "key":
        key = paragraph(document, "Key: ", bold=True)
        run(key, "   ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in ORDER))
        paragraph(document, "Write the number that fits best after each question.", italic=True, size=9)
    elif style in ("bold", "highlight"):
        paragraph(document, f"{'Embolden' if style == 'bold' else 'Highlight'} one judgement for each question.",
                  italic=True, size=9)
    elif style == "strike":
        paragraph(document, "Strike out the judgements that do not apply.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "Head of Service – ", "Moderation note: "))
    if style == "columns":
        _columns(rng, document, sample, remarks, prefix, ink)
    elif blocks:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, QUESTIONS), start=1):
            paragraph(document, f"Q{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "What I found: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, prefix + remarks[section.name], colour=ink)
            line = paragraph(document, "Judgement: ", bold=True)
            _grade(rng, line, style, section.grade, numbers)
            document.add_paragraph()
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Question", "Evidence from the file", "Judgement")):
            label(cell, text, "DCE6F1")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, QUESTIONS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], prefix + remarks[section.name], colour=ink)
            _grade(rng, write(row.cells[2], ""), style, section.grade, numbers)
        document.add_paragraph()

    if style != "columns":
        overall = table(document, 1, 2)
        label(overall.cell(0, 0), rng.choice(("Overall judgement on the step decision", "OVERALL JUDGEMENT",
                                              "Overall, how good was this step?")), "DCE6F1")
        _grade(rng, write(overall.cell(0, 1), ""), style, sample.grade, numbers, overall=True)
        document.add_paragraph()

    # 4. The family's voice.
    brand_heading(document, "4. What the family said about the step", brand)
    paragraph(document, voice, italic=rng.random() < 0.5)
    document.add_paragraph()

    # 5. Findings.
    brand_heading(document, "5. What went well and what worries us", brand)
    headings = rng.choice((("What went well", "What we are worried about"), ("Strengths", "Areas to develop"),
                           ("Working well", "Worries / gaps")))
    if rng.random() < 0.45:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FBE5D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        numbered = rng.random() < 0.5
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if numbered else f"\u2022 {item}")
    document.add_paragraph()

    # 6. Actions.
    brand_heading(document, "6. Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Lead", "Date due", "Done")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # 7. Safety.
    brand_heading(document, "7. Safety today", brand)
    paragraph(document, rng.choice(SAFETY), bold=True)
    if rng.random() < 0.5:
        answer = paragraph(document)
        run(answer, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes     ")
        run(answer, ("\u2610" if sample.urgent_concern else "\u2612") + " No")
        if sample.urgent_concern:
            line = paragraph(document, "If yes, what and who has been told: ", bold=True)
            run(line, sample.urgent_concern_detail)
    elif sample.urgent_concern:
        paragraph(document, rng.choice(("YES – ", "Yes. ")) + sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "No – nothing found that needs action today.")))
    document.add_paragraph()

    if signed_at_end:
        line = paragraph(document, rng.choice(("Completed by: ", "Auditor: ", "Signed (auditor): ")), bold=True)
        run(line, f"{auditor}     ")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
        document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _step(rng: random.Random, document, style: str, direction: str, moved: date, when) -> None:
    """Which way the family moved and when: a strip, ticked options, the
    other option struck through, or a sentence."""
    source, target = SERVICES[direction]
    if style == "strip":
        strip = table(document, 2, 4)
        for cell, text in zip(strip.rows[0].cells, ("Step", "Date of step", "From", "To")):
            label(cell, text, "DCE6F1")
        for cell, text in zip(strip.rows[1].cells, (direction, when(moved), source, target)):
            write(cell, text)
        return
    if style == "sentence":
        line = paragraph(document, "This audit looks at the following decision: ")
        run(line, direction, bold=True)
        run(line, f", which took effect on {when(moved)} (from {source} to {target}).")
        return
    line = paragraph(document, rng.choice(("Which way? ", "Step: ")), bold=True)
    for position, option in enumerate(SERVICES):
        if position:
            run(line, "     ")
        if style == "ticks":
            run(line, ("\u2612 " if option == direction else "\u2610 ") + option)
        else:
            run(line, option, strike=option != direction, bold=option == direction)
    line = paragraph(document, rng.choice(("Date of step: ", "Date the step took effect: ")), bold=True)
    run(line, when(moved))


def _details(document, style: str, rows: list[tuple[str, str]]) -> None:
    if style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif style == "strip":
        # Labels over values, four to a band.
        for start in range(0, len(rows), 4):
            band = rows[start:start + 4]
            grid = table(document, 2, len(band))
            for column, (text, value) in enumerate(band):
                label(grid.cell(0, column), text, "EDEDED")
                write(grid.cell(1, column), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)


def _grade(rng: random.Random, line, style: str, grade: str, numbers: dict, *, overall: bool = False) -> None:
    """Write `grade` at the end of paragraph `line` in the form's style."""
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  /  ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style != "strike", strike=style == "strike" and not chosen,
                highlight=chosen and style == "highlight")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)


def _columns(rng: random.Random, document, sample, remarks: dict, prefix: str, ink: str) -> None:
    """The five questions and the overall judgement as one grid with a mark
    under four grade columns."""
    grid = table(document, len(sample.sections) + 2, 6)
    for cell, text in zip(grid.rows[0].cells, ("Question", "Evidence", "Outstanding", "Good",
                                               "Requires improvement", "Inadequate")):
        label(cell, text, "DCE6F1")
    style = rng.choice(MARKS)
    for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, QUESTIONS):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], prefix + remarks[section.name], colour=ink)
        mark(row.cells[2 + ORDER.index(section.grade)], style)
    last = grid.rows[-1]
    label(last.cells[0], rng.choice(("OVERALL JUDGEMENT", "Overall judgement on the step")), "DCE6F1")
    write(last.cells[1], rng.choice(("All five questions taken together.", "")))
    mark(last.cells[2 + ORDER.index(sample.grade)], style)
    document.add_paragraph()


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("8. Head of Service moderation", "8. Moderation (Head of Service only)"))
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if rng.random() < 0.7:
            brand_heading(document, heading, brand)
            if note:
                paragraph(document, note, italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, Head of Service"), ("Date", when(moderation.date))]
        agree = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else rng.choice(("No", "No – see comments"))
        rows.append(("Do you agree with the overall judgement?", agree))
        rows.append(("Moderated judgement", informal_grade(rng, moderation.grade) if moderation.grade else ""))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated judgement")
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the auditor's judgement." if moderation.grade == sample.grade
                       else "I do not agree with the overall judgement.")
            line = paragraph(document, f"{verdict} Moderated judgement: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
