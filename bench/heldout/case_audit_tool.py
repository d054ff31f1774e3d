"""Case audit tool scored against a four-point key, built around the
child's lived experience: a front sheet of the child's and the audit's
details, a scoring key (4 = Outstanding down to 1 = Inadequate), seven
domains each with "what good looks like", the evidence from the record
and a score, a short account of what daily life is like for the child, an
optional score summary with the total, the overall judgement, what is
working well and what needs to improve, whether the family were asked
for their views, remedial actions with who and by when, an escalation
question, and the Head of Service's moderation.

Modelled on Middlesbrough Council's children's services audit programme
after its 2019 Ofsted inspection, as the published account of its external
audit and moderation work describes it (audits that did not explore
children's lived experiences, managers' audits moderated, weaknesses found
turned into remedial actions that are monitored, reflective meetings with
managers). The account describes the programme, not a form, so the whole
layout is our own judgement: the front sheet with labels above their
values (or beside them), a team manager or the date the case was
allocated among the audit's details and the service area at times left
blank, the reversed 4-to-1 scoring key, the domain
tables and their names, the four ways a score is given (a number, a
number with its word, a word typed informally, or the chosen score
highlighted among the four), the score summary with a total out of 28,
and the two ways moderation is shown (a Head of Service box typed in
colour, or the Head of Service's remarks and moderated judgement typed in
colour through the form with no box) following the 2018 framework's
instruction to moderate in a different colour and conclude with a
moderated judgement.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, STAFF, Section, sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    actions_table,
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

FAMILY = "case_audit_tool"

SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "The child's life is clearly better because of our work; practice others can learn from.",
    GOOD: "The child is safe and their needs are met; the plan is making a difference.",
    REQUIRES_IMPROVEMENT: "No child is left at risk, but the help is not yet consistently making a difference.",
    INADEQUATE: "Widespread or serious weaknesses leave the child without the help or protection they need.",
}

# The council's own names for the domains, in the order of the sample's
# areas (bot/samples/phrases.py TOOL_SECTIONS), each with what good looks like.
DOMAINS = {
    "Full Case File Audit Tool": (
        ("The child's voice and daily life", "Seen alone; wishes and feelings recorded in the child's words; "
                                             "we know what a day is like for them."),
        ("Understanding needs and risks", "The assessment uses the history, analyses the risks and is "
                                          "completed in timescale."),
        ("The plan for the child", "Outcome-focused, SMART, understood by the family and reviewed on time."),
        ("Management grip and supervision", "Regular supervision with clear direction; drift is noticed "
                                            "and acted on."),
        ("Working with partner agencies", "Health, school and police share information and attend meetings."),
        ("The child's record and chronology", "Up to date, respectful, and tells the child's story."),
        ("Difference made for the child", "Something has changed for the better in the child's lived "
                                          "experience."),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family", "Decisions are made with the family; their strengths are used."),
        ("How we write about children and families", "Plain, respectful language the child could read "
                                                     "later."),
        ("Management grip and supervision", "Regular supervision with clear direction; drift is noticed "
                                            "and acted on."),
        ("The child's voice and daily life", "Seen alone; wishes and feelings recorded in the child's words; "
                                             "we know what a day is like for them."),
        ("Engaging the child and family", "The worker has a relationship with the child and family and "
                                          "visits purposefully."),
        ("Family history and wider network", "A genogram and chronology; the wider family are part of the "
                                             "plan."),
        ("Assessment and the plan for the child", "The plan follows from the assessment and addresses the "
                                                  "worries."),
    ),
}
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services", "early_help_manager": "Early Help Manager"}
ID_LABELS = ("LL ID", "Liquidlogic ID", "Child's ID", "Case number")
PLANS = ("Child in Need", "Child Protection Plan", "Child in our Care", "Care leaver")
LIVED_BETTER = (
    "{child} now goes to school most days and talks about a calmer home.",
    "{child} has a trusted adult at school and sees dad at weekends as planned.",
    "{child}'s routines at home are more settled and health appointments are kept.",
)
LIVED_WORSE = (
    "It is hard to tell from the record what a day is like for {child}.",
    "{child} still misses a lot of school and the worries at home have not changed.",
    "The record says little about {child}'s own experience since the last review.",
)
NO_ACTIONS = ("No further actions – the existing plan and supervision cover what was found.",
              "No actions arising; the current plan covers what was found.")
FEEDBACK_QUESTION = ("Have the child and family been asked what they think of the help they are getting?",
                     "Family feedback sought as part of this audit?")

# How each form gives its scores.
NUMBER, NUMBER_WORD, WORD, HIGHLIGHT = "number", "number_word", "word", "highlight"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6402)
    pool = sample_forms(300, seed=6402, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    remarks = [sample for sample in moderated if sample.moderation.grade is None][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + changed + confirmed + remarks
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    styles = [NUMBER, NUMBER_WORD, WORD, HIGHLIGHT] * (count // 4 + 1)
    rng.shuffle(styles)
    return [_form(rng, index, sample, today, styles[index]) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _team_manager(team: str) -> str | None:
    return next((person.name for person in STAFF if person.team == team and person.role in
                 ("practice_manager", "safeguarding_practice_manager", "early_help_manager")), None)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split())


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _score_text(rng: random.Random, style: str, grade: str) -> str:
    if style == NUMBER:
        return str(SCORES[grade])
    if style == NUMBER_WORD:
        joiner = rng.choice(("{n} – {w}", "{n} ({w})", "{n} - {w}"))
        return joiner.format(n=SCORES[grade], w=informal_grade(rng, grade))
    return informal_grade(rng, grade, note_chance=0.25)


def _highlighted(line, grade: str) -> None:
    """The four scores on one line, the chosen one highlighted and bold."""
    for position, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
        if position:
            run(line, "     ")
        chosen = option == grade
        run(line, f"{SCORES[option]} {KEY_WORDS[option]}", bold=chosen, highlight=chosen)


def _put_score(rng: random.Random, cell_or_line, style: str, grade: str, *, in_cell: bool,
               colour: str | None = None) -> None:
    if style == HIGHLIGHT:
        line = cell_or_line.paragraphs[-1] if in_cell else cell_or_line
        _highlighted(line, grade)
    elif in_cell:
        write(cell_or_line, _score_text(rng, style, grade), bold=True, colour=colour)
    else:
        run(cell_or_line, _score_text(rng, style, grade), bold=True, colour=colour)


def _form(rng: random.Random, index: int, sample, today: date, style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    household = siblings(rng, sample.child, rng.choice((0, 1, 1, 2, 3)), today)
    domains = DOMAINS[sample.title]
    renamed = {section.name: name for section, (name, _) in zip(sample.sections, domains)}
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(domains, sample.sections))}
    if rng.random() < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    blank_service = index % 5 == 2
    if blank_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and index % 4 == 1 and sample.grade != INADEQUATE:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    first = child.first_name
    moderation = sample.moderation
    inline = moderation is not None and rng.random() < 0.5  # moderation typed through the form, no box
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    hos_tag = (f"{_initials(moderation.moderator)} (HoS): " if moderation else "")
    hos_prefix = rng.choice(("HoS comment: ", "Head of Service: ", hos_tag))

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL-SENSITIVE")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Case audit tool v{rng.choice(('4', '4.1', '5'))} – Quality Assurance Team", size=8)
    title = rng.choice(("Case Audit Tool", "Case Audit – the Child's Lived Experience",
                        "Practice Audit Tool: Children's Social Care"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Look at the last six months of the record. Score each domain using the key below and "
                        "talk to the social worker before you finish the audit.", italic=True)

    # The front sheet.
    brand_heading(document, rng.choice(("About the child", "Child and audit details")), brand)
    auditor = sample.auditor
    manager = _team_manager(sample.team)
    worker_label = rng.choice(("Social worker", "Allocated SW", "Case holder"))
    cells = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (rng.choice(ID_LABELS), sample.case_id),
        (rng.choice(("Legal status", "Plan")), rng.choice(PLANS)),
        (worker_label, sample.practitioner),
        ("Team", sample.team),
        (rng.choice(("Service area", "Service")), sample.service or ""),
        ("Team manager", manager or "") if manager and manager != auditor and rng.random() < 0.6 else
        ("Date allocated", when(max(child.date_of_birth, sample.date - timedelta(days=rng.randint(60, 400))))),
        (rng.choice(("Auditor", "Audit completed by")), auditor),
        ("Auditor's role", _role(auditor)),
        (rng.choice(("Date of audit", "Audit date")), when(sample.date)),
        ("Social worker spoken to?", rng.choice(("Yes", "Yes – on Teams", "No – on leave", "Yes"))),
        ("Parents / carers", " and ".join(child.parents)),
        ("Other children in the household",
         "; ".join(f"{name} ({_age(born, today)})" for name, born in household) if household
         else rng.choice(("None", "N/A", "None known"))),
    ]
    if rng.random() < 0.4:
        cells += [("Address", ", ".join((*child.address_lines, child.postcode))), ("", "")]
    if rng.random() < 0.5:
        # Labels above their values, four to a row.
        front = table(document, 2 * ((len(cells) + 3) // 4), 4)
        for position, (text, value) in enumerate(cells):
            row, column = 2 * (position // 4), position % 4
            if text:
                label(front.cell(row, column), text, "DEEAF6")
                write(front.cell(row + 1, column), value)
    else:
        front = table(document, (len(cells) + 1) // 2, 4)
        for position, (text, value) in enumerate(cells):
            row, column = position // 2, 2 * (position % 2)
            if text:
                label(front.cell(row, column), text, "F2F2F2")
                write(front.cell(row, column + 1), value)
    document.add_paragraph()

    # The scoring key.
    brand_heading(document, "Scoring key", brand, size=11)
    if rng.random() < 0.5:
        key = table(document, 2, 4)
        for column, grade in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            label(key.cell(0, column), f"{SCORES[grade]} = {KEY_WORDS[grade]}", "F2F2F2")
            write(key.cell(1, column), KEY_MEANINGS[grade], italic=True, size=8)
    else:
        paragraph(document, "   ".join(f"{SCORES[grade]} = {KEY_WORDS[grade]}"
                                       for grade in (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)),
                  bold=True)
    document.add_paragraph()

    # The domains.
    brand_heading(document, rng.choice(("Audit domains", "Quality of practice – domains")), brand)
    boxed = rng.random() < 0.5
    for number, (section, (_, good_looks)) in enumerate(zip(sample.sections, domains), start=1):
        if boxed:
            box = table(document, 4, 2)
            merged = box.cell(0, 0).merge(box.cell(0, 1))
            label(merged, f"{number}. {section.name}", brand, colour="FFFFFF")
            label(box.cell(1, 0), "What good looks like")
            write(box.cell(1, 1), good_looks, italic=True)
            label(box.cell(2, 0), "Evidence from the record")
            write(box.cell(2, 1), section.comment)
            if section.name in remarks:
                write(box.cell(2, 1), f"{hos_prefix}{remarks[section.name]}", colour=ink)
            label(box.cell(3, 0), rng.choice(("Score (4–1)", "Score")))
            _put_score(rng, box.cell(3, 1), style, section.grade, in_cell=True)
        else:
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            box = table(document, 2, 3)
            for cell, text in zip(box.rows[0].cells, ("What good looks like", "Auditor's evidence", "Score")):
                label(cell, text, "F2F2F2")
            write(box.cell(1, 0), good_looks, italic=True)
            write(box.cell(1, 1), section.comment)
            if section.name in remarks:
                write(box.cell(1, 1), f"{hos_prefix}{remarks[section.name]}", colour=ink)
            if style == HIGHLIGHT:
                for option in (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE):
                    chosen = option == section.grade
                    write(box.cell(1, 2), f"{SCORES[option]} {KEY_WORDS[option]}", bold=chosen, highlight=chosen)
            else:
                write(box.cell(1, 2), _score_text(rng, style, section.grade), bold=True)
        document.add_paragraph()

    # The child's lived experience.
    brand_heading(document, rng.choice((f"What is life like for {first}?", "The child's lived experience")),
                  brand)
    better = sample.grade in (OUTSTANDING, GOOD)
    lived = rng.choice(LIVED_BETTER if better else LIVED_WORSE).format(child=first)
    if household and rng.random() < 0.5:
        lived += f" {household[0][0].split()[0]} lives at home too and is part of the plan."
    paragraph(document, lived)
    document.add_paragraph()

    # Summary of scores and the overall judgement.
    brand_heading(document, rng.choice(("Overall judgement", "Summary and overall judgement")), brand)
    if style != HIGHLIGHT and rng.random() < 0.5:
        summary = table(document, len(sample.sections) + 2, 2)
        label(summary.cell(0, 0), "Domain", "F2F2F2")
        label(summary.cell(0, 1), "Score", "F2F2F2")
        for row, section in zip(summary.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            write(row.cells[1], str(SCORES[section.grade]))
        label(summary.rows[-1].cells[0], "Total")
        write(summary.rows[-1].cells[1], f"{sum(SCORES[s.grade] for s in sample.sections)} / "
                                         f"{4 * len(sample.sections)}")
        document.add_paragraph()
    overall_label = rng.choice(("Overall judgement (use the key)", "Overall score", "Auditor's overall judgement"))
    if style == HIGHLIGHT:
        paragraph(document, f"{overall_label}:", bold=True)
        _highlighted(paragraph(document), sample.grade)
    else:
        line = paragraph(document, f"{overall_label}: ", bold=True)
        _put_score(rng, line, style, sample.grade, in_cell=False)
    if inline:
        line = paragraph(document, f"{hos_prefix}", colour=ink, bold=True)
        if moderation.grade:
            run(line, "moderated judgement ", colour=ink, bold=True)
            run(line, _score_text(rng, NUMBER_WORD if style == HIGHLIGHT else style, moderation.grade),
                colour=ink, bold=True)
        else:
            run(line, "see my comments below.", colour=ink)
    document.add_paragraph()

    # Working well and needing to improve.
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Weaknesses to address")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        numbered = rng.random() < 0.5
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}. {item}" if numbered else f"\u2022 {item}")
    document.add_paragraph()

    if sample.feedback_sought is not None:
        ask = table(document, 1, 2)
        label(ask.cell(0, 0), rng.choice(FEEDBACK_QUESTION), "F2F2F2")
        write(ask.cell(0, 1), ("Yes" if sample.feedback_sought else "No")
              + rng.choice(("", " – see case note", "")))
        document.add_paragraph()

    # Remedial actions.
    brand_heading(document, rng.choice(("Remedial actions", "Actions to address weaknesses")), brand)
    actions_table(document, rng, sample.actions, (("Action", "Who", "By when", "Progress (RAG)"),
                                                  ("Remedial action", "Responsible", "Target date", "Update")),
                  NO_ACTIONS, when)
    document.add_paragraph()

    # Escalation.
    brand_heading(document, "Escalation", brand, size=11)
    escalate = table(document, 2, 2)
    label(escalate.cell(0, 0), rng.choice((
        "Is there anything on the record that means the child may not be safe today?",
        "Immediate risk identified – escalated to Team Manager and Head of Service?")), "F2F2F2")
    write(escalate.cell(0, 1), "YES" if sample.urgent_concern else rng.choice(("No", "NO", "No.")))
    label(escalate.cell(1, 0), "If yes, what was done and by whom", "F2F2F2")
    if sample.urgent_concern_detail:
        write(escalate.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Moderation.
    if inline:
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}",
                  bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            closing = paragraph(document, "My moderated judgement: ", colour=ink, bold=True)
            run(closing, _score_text(rng, NUMBER_WORD if style == HIGHLIGHT else style, moderation.grade),
                colour=ink, bold=True)
    elif moderation or rng.random() < 0.6:
        brand_heading(document, rng.choice(("Head of Service moderation", "Moderation")), brand)
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date moderated", "Moderated score",
                                        "Moderator's comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), f"{moderation.moderator}", colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                _put_score(rng, box.cell(2, 1), NUMBER_WORD if style == HIGHLIGHT else style, moderation.grade,
                           in_cell=True, colour=ink)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        elif rng.random() < 0.5:
            write(box.cell(3, 1), "Not selected for moderation this month.", italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))
