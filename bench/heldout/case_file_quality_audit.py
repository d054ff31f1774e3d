"""Case file quality audit: a team manager's audit of one child's case file
in a city council's children's integrated services, written while the
service works through an improvement plan after an inspection judged it
"requires improvement to be good". The case and audit details, the
judgement key, the areas of practice (each with the auditor's evidence and
a judgement), the overall judgement, what is working well, what needs to
improve, the actions (who and by when), whether the child and family were
asked for their views as part of the audit, the question whether anything
needs action today to keep the child safe, and the Head of Service's
moderation.

Modelled on Nottingham City Council's Children's Integrated Services as its
Children and Young People Scrutiny Committee heard them ("Children's
Integrated Services Improvement", 26 January 2023, after the Ofsted
inspection of July 2022 judged the service "requires improvement to be
good"): an improvement plan in eight specific areas, accepted by Ofsted
and monitored by an Improvement Board with an independent chair, a peer
council's support and challenge, and the quality of practice tested
through audit and management oversight. The published material describes
the improvement work, not a form, so the layout is our own judgement: the
details as a four-column grid, a two-column list or "label: value" lines;
the areas' judgements as marks under four grade columns, numbers from a
printed 1–4 key, the grade typed in a judgement cell, or the four options
with the chosen one highlighted; actions as a table, numbered lines or a
"no actions" sentence; moderation typed in the Head of Service's colour as
a box or a signed paragraph, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, Section, sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
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
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "case_file_quality_audit"
SEED = 9163

# The form's areas of practice, in the order of the sample's seven areas,
# each with the question printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("Voice and lived experience of the child",
         "Is the child seen, and seen alone? Are their wishes and feelings recorded and acted on?"),
        ("Quality of assessment and analysis",
         "Is the assessment current, does it weigh risk and protective factors, and is it analytical?"),
        ("Planning: SMART, outcome focused",
         "Does the plan say what needs to change, who will do what and by when?"),
        ("Management oversight and supervision",
         "Are management decisions recorded with a rationale? Is supervision reflective and timely?"),
        ("Multi-agency working",
         "Are partners involved in assessment and planning, and is information shared?"),
        ("Recording and chronology",
         "Is the record up to date, and is there a current chronology of significant events?"),
        ("Impact and outcomes for the child",
         "What difference has our involvement made to the child's safety and wellbeing?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Relationship-based practice with the family",
         "Is the family involved in decisions and do they understand why we are involved?"),
        ("Language and recording",
         "Is the record written respectfully, in plain language the child could read later?"),
        ("Management grip and decision-making",
         "Is there evidence of management direction at key decision points?"),
        ("The child's daily lived experience",
         "Does the record describe what a day is like for this child?"),
        ("Direct work with the child",
         "Is there direct work, and has it shaped the plan?"),
        ("Family networks and history",
         "Is the family history understood, and is the wider network part of the safety plan?"),
        ("From assessment to plan to progress",
         "Does the plan follow from the assessment, and is it being reviewed against progress?"),
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
KEY_TEXT = {
    OUTSTANDING: "Practice that makes a significant difference; others could learn from it.",
    GOOD: "The child is helped and protected; practice meets our standards.",
    REQUIRES_IMPROVEMENT: "The child is safe but practice is not yet consistently good.",
    INADEQUATE: "Serious weaknesses leave the child at risk or without help. Escalate to the Head of Service.",
}
CASE_STATUS = ("Child in Need", "Child Protection", "Child in Care", "Care Leaver", "Child in Need (disabled child)")
NO_ACTIONS = ("No actions – the plan in place already addresses what this audit found.",
              "No further actions required from this audit.",
              "Actions: none identified.")
URGENT_QUESTIONS = (
    "Has this audit identified anything that needs action today to keep the child safe?",
    "Are there any immediate safeguarding concerns arising from the audit? (If yes, inform the Team Manager "
    "and Head of Service the same day.)",
)
VIEWS_QUESTIONS = (
    "Were the child and family contacted for their views as part of this audit?",
    "Child / family feedback sought for this audit?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(400, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    # Plain audits, asking the views question on most of them.
    plain = [sample for sample in others if not sample.moderation and sample.feedback_sought is not None][:5]
    plain += [sample for sample in others if not sample.moderation and sample.feedback_sought is None]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "list", "lines"))
    grade_style = rng.choice(("columns", "numbers", "typed", "highlight"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if household and rng.random() < 0.5:
        changes["strengths"] = (*sample.strengths, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"CIS Case File Quality Audit – version {rng.choice(('2.0', '2.1', '3'))} – OFFICIAL SENSITIVE",
        size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Case File Quality Audit", "Children's Integrated Services – Case File Quality Audit",
                        "Case File Quality Audit Tool"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Complete within 10 working days of the audit being allocated. Discuss the findings with "
                        "the worker before the audit is closed.", italic=True, size=9)

    # Part A: details.
    brand_heading(document, "Part A – Child and audit details", brand)
    status = rng.choice(CASE_STATUS)
    born = when(child.date_of_birth)
    pairs = [
        ("Child's name", child.full_name),
        ("Date of birth", born),
        (rng.choice(("Liquid Logic ID", "LCS number", "Case number")), sample.case_id),
        ("Address", f"{', '.join(child.address_lines)}, {child.postcode}"),
        ("Parents / carers", ", ".join(child.parents)),
        ("Case status", status),
    ]
    if household:
        pairs.append(("Siblings", "; ".join(f"{name} ({when(day)})" for name, day in household)))
    pairs.append((rng.choice(("Social worker", "Allocated worker")), sample.practitioner))
    if show_team:
        pairs.append(("Team", sample.team))
    if show_service:
        pairs.append(("Service area", sample.service))
    pairs += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
        ("Period covered", rng.choice(("Previous 6 months", "Since allocation", "Last 12 months"))),
    ]
    if details_style == "grid":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    elif details_style == "list":
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        for text, value in pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # The key.
    brand_heading(document, "Judgements", brand)
    if grade_style == "numbers":
        paragraph(document, "Score each area using the key below.", italic=True)
        key = table(document, 4, 3)
        for row, grade in zip(key.rows, ORDER):
            write(row.cells[0], str(NUMBERS[grade]), bold=True)
            write(row.cells[1], WORDS[grade], bold=True)
            write(row.cells[2], KEY_TEXT[grade], italic=True, size=9)
    else:
        hint = {"columns": "Mark the judgement column that applies.",
                "typed": "Type the judgement: Outstanding, Good, Requires improvement or Inadequate.",
                "highlight": "Highlight the judgement that applies."}[grade_style]
        paragraph(document, hint, italic=True)
    document.add_paragraph()

    # Part B: areas of practice.
    brand_heading(document, "Part B – Areas of practice", brand)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    prefix = rng.choice(("HoS: ", "Moderator: ", ""))
    if grade_style == "columns":
        grid = table(document, len(sample.sections) + 1, 2 + len(columns))
        label(grid.cell(0, 0), "Area of practice", "D9E2F3")
        label(grid.cell(0, 1), "Evidence", "D9E2F3")
        for position, (_, heading) in enumerate(columns):
            label(grid.cell(0, 2 + position), heading, "D9E2F3")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, areas):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            for position, (grade, _) in enumerate(columns):
                if grade == section.grade:
                    mark(row.cells[2 + position], symbol)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
            grid = table(document, 3, 2)
            top = grid.cell(0, 0).merge(grid.cell(0, 1))
            write(top, f"B{number}. {section.name}", bold=True, colour=brand)
            write(top, prompt, italic=True, size=9)
            label(grid.cell(1, 0), "Evidence", "F2F2F2")
            write(grid.cell(1, 1), section.comment)
            if section.name in remarks:
                write(grid.cell(1, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            label(grid.cell(2, 0), "Score (1–4)" if grade_style == "numbers" else "Judgement", "F2F2F2")
            _grade(rng, grid.cell(2, 1), grade_style, section.grade, overall=False)
    document.add_paragraph()

    # Part C: overall.
    brand_heading(document, "Part C – Overall judgement", brand)
    box = table(document, 1, 2)
    label(box.cell(0, 0), rng.choice(("Overall judgement for this case file", "Overall grade",
                                      "Overall judgement of the quality of practice")), "F2F2F2")
    _grade(rng, box.cell(0, 1), "typed" if grade_style == "columns" and rng.random() < 0.5 else grade_style,
           sample.grade, overall=True)
    document.add_paragraph()

    # Part D: findings.
    brand_heading(document, "Part D – Findings", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice identified", "Areas for development")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Part E: actions.
    brand_heading(document, "Part E – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Who", "By when"), ("Action required", "Responsible", "Timescale"),
                              ("What needs to happen", "By whom", "Date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} Who: {action.owner}. By: {when(action.due)}.")
    document.add_paragraph()

    # Part F: views and safety.
    brand_heading(document, "Part F – Child and family views; safety", brand)
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(VIEWS_QUESTIONS) + " ", bold=True)
        if sample.feedback_sought:
            run(asked, rng.choice(("Yes – mother spoken to by phone.", "Yes", "Yes, see feedback form.")))
        else:
            run(asked, rng.choice(("No", "No – unable to make contact.")))
    urgent = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(urgent, f"Yes – {sample.urgent_concern_detail}")
    else:
        run(urgent, rng.choice(("No", "No.", "No immediate concerns")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *(when(day) for _, day in household), *(day.isoformat() for _, day in household)))


def _grade(rng: random.Random, cell, style: str, grade: str, *, overall: bool) -> None:
    if style == "numbers":
        written = str(NUMBERS[grade])
        if rng.random() < 0.4:
            written += f" ({WORDS[grade]})" if overall else f" – {WORDS[grade].lower()}"
        write(cell, written, bold=overall)
    elif style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)
    elif style == "highlight":
        line = write(cell, "")
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:  # columns: the overall row as four options with a mark
        line = write(cell, "")
        for position, (option, name) in enumerate(GRADE_COLUMNS[0]):
            if position:
                run(line, "   ")
            run(line, f"{name} [{'X' if option == grade else ' '}]")


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part G – Head of Service moderation", "Part G – Moderation (Head of Service)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "For the Head of Service to complete.",
                                            "")), italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        rows = [("Moderator", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            rows.append(("Do you agree with the auditor's overall judgement?",
                         rng.choice(("Yes", "Agree")) if agreed else rng.choice(("No", "Disagree"))))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        rows.append(("Moderator's comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                line = paragraph(document, "I agree with the auditor's judgement: ", colour=ink)
            else:
                line = paragraph(document, "Having read the file I have changed the overall judgement to ",
                                 colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
