"""Case review form: a single-agency review of one child's record in
children's social care, written as the answer to the question a
safeguarding partnership's quality assurance framework puts first – is the
child's life better and safer because of what we did? – and informed by
what the child, the family and the worker say as well as by the record.
A title band, the review details, a grading key, each practice theme as a
card (a prompt, the reviewer's findings, the theme's judgement), the
overall judgement on the child's experience and progress, what is working
well and what we are worried about, the worker's reflections, whether the
family were asked for their views, actions to improve the child's
experience, the same-day escalation question and the Head of Service's
moderation.

Modelled on the Croydon Safeguarding Children Board's "Strategic
Performance Management and Quality Assurance Framework" (2014, with its
appendices on engagement with children and families and an analytical
framework): what matters most is the wellbeing outcomes children and
families achieve, whether and how their lives are better and safer, and
the experiences of children, parents and frontline staff are a main
source of evidence. The framework describes the quality assurance, not a
form, so the layout is our own judgement: the title band as a two-cell
table, the review details either in a table whose first column names the
block (the child / the practice / the review) merged down its rows or as
cells holding a small label over its value, the themes' judgements given
on a Blue / Green / Amber / Red key, written into a sentence ("Practice
on this theme is good."), or as the four grades with the others deleted
or struck through, actions as a table or as numbered lines (or a "none"
sentence), and moderation typed in the Head of Service's colour as a
closing block or a small table, with remarks under the themes they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms
from bot.samples.ooxml import shade

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
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
    siblings,
    table,
    write,
)

FAMILY = "case_review_form"

# The form's practice themes, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS), each with the prompt printed under it.
THEMES = {
    "Full Case File Audit Tool": (
        ("Hearing the child: their words, wishes and feelings",
         "Has the child been seen alone? Do we know what they think and feel, in their own words?"),
        ("Understanding the child's world (assessment)",
         "Does the assessment explain what life is like for the child and why we are worried?"),
        ("A plan the family understand",
         "Is the plan specific, with who does what by when, and does the family know what it says?"),
        ("Management grip and reflective supervision",
         "Are decisions recorded with reasons, and does supervision move the work on?"),
        ("Working together with partners",
         "Are school, health and police involved and sharing what they know?"),
        ("Recording that tells the child's story",
         "Is the chronology current? Would the child understand what is written about them?"),
        ("Is the child's life better and safer?",
         "What has changed for the child because of our involvement?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working alongside the family",
         "Were the family part of the decisions made with them?"),
        ("Language that respects people",
         "Is the record written about people as we would want to read about ourselves?"),
        ("Leadership and oversight of the work",
         "Is there clear management direction at each key point?"),
        ("The child's lived experience",
         "What is a day in this child's life like, and is it described?"),
        ("Relationships with the child and family",
         "Does the worker know the child and family, and do they trust the worker?"),
        ("Family history and the wider network",
         "Is the history understood, and are wider family and friends part of the plan?"),
        ("Assessment leading to the plan",
         "Does the plan follow from the assessment and address the worries?"),
    ),
}
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services"}
LEGAL_STATUS = ("Child in Need (s.17)", "Child Protection Plan", "Looked after (s.20)", "Looked after (s.31 – care order)",
                "Care leaver")
COLOURS = {OUTSTANDING: ("Blue", "5B9BD5"), GOOD: ("Green", "92D050"), REQUIRES_IMPROVEMENT: ("Amber", "FFC000"),
           INADEQUATE: ("Red", "FF5050")}
KEY_MEANINGS = {
    OUTSTANDING: "The child's life is clearly better and safer; practice others could learn from.",
    GOOD: "The child is helped and protected and the plan is making a difference.",
    REQUIRES_IMPROVEMENT: "No child is left unsafe, but practice is not yet making a consistent difference.",
    INADEQUATE: "Widespread or serious failures leave the child unsafe or without the help they need.",
}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SENTENCE_WORDS = {OUTSTANDING: ("outstanding",), GOOD: ("good",),
                  REQUIRES_IMPROVEMENT: ("requires improvement", "requiring improvement"),
                  INADEQUATE: ("inadequate",)}
REFLECTIONS = (
    "The worker said the family have been easier to engage since the new school placement and that the plan "
    "feels more realistic now.",
    "The worker felt the caseload had made it hard to keep the record current and welcomed the review.",
    "We talked about how to write the record to the child. The worker will try this with the next visit.",
    "The worker reflected that the history had not been read in full when the case transferred.",
)
NO_ACTIONS = ("No actions arising – the current plan covers what is needed.",
              "None. The review found nothing that the plan is not already addressing.")
ESCALATION_QUESTIONS = (
    "Is the child at risk of significant harm today? If yes, speak to the Team Manager and Head of Service "
    "before the end of the day.",
    "Escalation: did the review find anything that needs action today to keep the child safe?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6029)
    pool = sample_forms(420, seed=6029, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    style = rng.choice(("colour", "sentence", "delete", "strike"))
    details_style = rng.choice(("blocks", "cards"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    themes = THEMES[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(themes, sample.sections))}
    if rng.random() < 0.7:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.15
    show_service = details_style == "blocks" or rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in themes)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case review form v{rng.choice(('4', '4.1', '5'))} – OFFICIAL-SENSITIVE when completed", size=8)

    # Title band: the council on the left, the form's name on the right.
    band = table(document, 1, 2)
    write(band.cell(0, 0), council_line(rng), bold=True, colour=brand)
    write(band.cell(0, 0), "Safeguarding and Quality Assurance", size=9)
    title = rng.choice(("Case Review Form", "Case Review Form – monthly case audit", "Practice Review: Case Audit"))
    write(band.cell(0, 1), title.upper() if rng.random() < 0.5 else title, bold=True, size=14)
    write(band.cell(0, 1), "Is this child's life better and safer because of what we did?", italic=True, size=9)
    document.add_paragraph()

    # Review details.
    reviewer = sample.auditor
    role = _role(reviewer)
    if role and rng.random() < 0.5:
        reviewer = f"{reviewer} ({role})" if rng.random() < 0.5 else f"{reviewer}, {role}"
    reference_label = rng.choice(("Case reference", "Child ID (CRN)", "Case ref.", "Child's record number"))
    family_line = ", ".join(f"{name} ({_age(born, today)})" for name, born in household) or rng.choice(
        ("None", "None known", "Only child"))
    child_rows = [
        (rng.choice(("Name", "Child's name")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        ("Legal status / plan", rng.choice(LEGAL_STATUS)),
        ("Parents / carers", " and ".join(child.parents)),
        ("Brothers and sisters (age)", family_line),
    ]
    practice_rows = [(rng.choice(("Social worker", "Allocated social worker")), sample.practitioner)]
    if show_team:
        practice_rows.append(("Team", sample.team))
    else:
        practice_rows.append(("Team", ""))
    if show_service:
        practice_rows.append((rng.choice(("Service", "Service area")), sample.service))
    review_rows = [
        (rng.choice(("Reviewed by", "Reviewer")), reviewer),
        (rng.choice(("Date of review", "Review completed")), when(sample.date)),
        ("Period reviewed", rng.choice(("Last 6 months", "Last 12 months", "Since the last review"))),
    ]
    brand_heading(document, "1. Review details", brand)
    if details_style == "blocks":
        blocks = (("The child", child_rows), ("The practice", practice_rows), ("The review", review_rows))
        rows = sum(len(rows) for _, rows in blocks)
        grid = table(document, rows, 3)
        position = 0
        for block, block_rows in blocks:
            top = grid.cell(position, 0)
            merged = top.merge(grid.cell(position + len(block_rows) - 1, 0)) if len(block_rows) > 1 else top
            label(merged, block, "D9D9D9")
            for offset, (text, value) in enumerate(block_rows):
                label(grid.cell(position + offset, 1), text, "F2F2F2")
                if value:
                    write(grid.cell(position + offset, 2), value)
            position += len(block_rows)
    else:
        pairs = [*child_rows, *practice_rows, *review_rows]
        grid = table(document, (len(pairs) + 1) // 2, 2)
        for position, (text, value) in enumerate(pairs):
            cell = grid.cell(position // 2, position % 2)
            write(cell, text, bold=True, size=8, colour="595959")
            write(cell, value or " ")
    document.add_paragraph()

    # Grading key.
    brand_heading(document, "2. How to judge each theme", brand)
    if style == "colour":
        paragraph(document, "Give each theme a colour from the key and shade the rating cell.", italic=True)
        key = table(document, 4, 3)
        for row, grade in zip(key.rows, (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            name, fill = COLOURS[grade]
            write(row.cells[0], name, bold=True)
            shade(row.cells[0]._tc, fill)
            write(row.cells[1], WORDS[grade])
            write(row.cells[2], KEY_MEANINGS[grade], italic=True)
    else:
        paragraph(document, "Use the Ofsted judgements: Outstanding, Good, Requires improvement, Inadequate. "
                            "Say why in the findings.", italic=True)
    document.add_paragraph()

    # Practice themes, one card each.
    brand_heading(document, "3. Practice themes", brand)
    prefix = rng.choice(("HoS: ", "Head of Service comment: ", ""))
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, themes), start=1):
        card = table(document, 1, 1)
        cell = card.cell(0, 0)
        write(cell, f"{number}. {section.name}", bold=True, colour=brand)
        write(cell, prompt, italic=True, size=9)
        finding = write(cell, "Findings: ", bold=True)
        run(finding, section.comment)
        if section.name in remarks:
            write(cell, f"{prefix}{remarks[section.name]}", colour=ink)
        _judgement(rng, document, cell, style, section.grade, "Rating for this theme", overall=False)
        document.add_paragraph()

    # Overall judgement.
    brand_heading(document, "4. Overall judgement", brand)
    overall_label = rng.choice(("Overall judgement on the child's experience and progress",
                                "Overall judgement", "Overall grade for this review"))
    box = table(document, 1, 1)
    _judgement(rng, document, box.cell(0, 0), style, sample.grade, overall_label, overall=True)
    document.add_paragraph()

    # Working well and worries.
    brand_heading(document, "5. What we found", brand)
    headings = rng.choice((("What is working well", "What we are worried about"),
                           ("Strengths", "What needs to improve"),
                           ("What's working well?", "What needs to be better?")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # The worker's view and the family's.
    brand_heading(document, "6. Voices", brand)
    talk = paragraph(document, rng.choice(("Conversation with the social worker: ", "Worker's reflections: ")),
                     bold=True)
    run(talk, rng.choice(REFLECTIONS))
    if sample.feedback_sought is not None:
        asked = paragraph(document, "Have the child and family been asked for their views of the help they get? ",
                          bold=True)
        run(asked, rng.choice(("Yes – ", "Yes. ")) + "views recorded in the last review." if sample.feedback_sought
            else rng.choice(("No", "No – not yet")))
    document.add_paragraph()

    # Actions.
    brand_heading(document, "7. Actions to improve the child's experience", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        actions = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(actions.rows[0].cells, rng.choice((("What", "Who", "When"),
                                                                 ("Action", "By whom", "By when")))):
            label(cell, text, "E7E6E6")
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # Escalation.
    brand_heading(document, "8. Escalation", brand)
    paragraph(document, rng.choice(ESCALATION_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no immediate concerns")))
    document.add_paragraph()

    # Moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _judgement(rng: random.Random, document, cell, style: str, grade: str, text: str, *, overall: bool) -> None:
    """The grade in the form's style, written into `cell`."""
    if style == "colour":
        name, fill = COLOURS[grade]
        line = write(cell, f"{text}: ", bold=True)
        run(line, rng.choice((name, name.lower(), name.upper())), bold=True)
        if overall:
            shade(cell._tc, fill)
        else:
            run(line, f"  ({WORDS[grade]})" if rng.random() < 0.3 else "")
    elif style == "sentence":
        word = rng.choice(SENTENCE_WORDS[grade])
        if overall:
            sentence = rng.choice((f"Taking everything into account, I have judged this child's experience and "
                                   f"progress as {word}.",
                                   f"The overall judgement for this review is {WORDS[grade]}."))
            write(cell, f"{text}:", bold=True)
            write(cell, sentence)
        elif grade == REQUIRES_IMPROVEMENT:
            write(cell, rng.choice(("Practice on this theme requires improvement.",
                                    "I would judge this theme as requiring improvement.")))
        else:
            write(cell, rng.choice((f"Practice on this theme is {word}.", f"I would judge this theme as {word}.")))
    else:
        line = write(cell, f"{text} (delete as appropriate): ", bold=True)
        if style == "delete":
            run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25))
        else:
            for position, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
                if position:
                    run(line, " / ")
                run(line, WORDS[option], strike=option != grade, bold=option == grade)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, "9. Head of Service moderation", brand)
            paragraph(document, rng.choice(("Not moderated this month.", "For the Head of Service to complete.")),
                      italic=True)
        return
    brand_heading(document, "9. Head of Service moderation", brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        paragraph(document, f"Moderated by {moderation.moderator}, {role} – {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            verdict = "I agree with the reviewer" if moderation.grade == sample.grade else "I do not agree"
            rows.insert(2, ("Agree with the reviewer's overall judgement?", verdict))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
