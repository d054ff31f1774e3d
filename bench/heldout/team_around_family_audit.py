"""Team Around the Family audit: an Early Help manager's audit of one
family's Early Help plan (the Team Around the Family) or of one move
between Early Help and children's social care (step up / step down), as a
county's integrated family wellbeing service would keep it. A title line
with the audit's purpose, the family (the child the plan is for, the
brothers and sisters, the parents), the plan and the audit (Early Help
reference, lead practitioner, team, auditor, date; for a move its
direction and date), the printed grading key, five areas each with the
auditor's evidence and a grade, the overall grade, what is working well
and what needs to change, what the family told us, the actions (or a
sentence saying there are none), the safety question, and a closing part
for the Head of Early Help / Head of Service.

Modelled on Leicestershire County Council's Early Help arrangements as its
Cabinet heard them ("Early Help Review – Family Wellbeing Service
(0-19)", Cabinet agenda item: the Supporting Leicestershire Families
programme and children's centres brought together into one integrated
family wellbeing service for families who need most support, with the
whole family worked with through one plan). The published material
describes the service, not an audit form, so the layout is our own
judgement: the family either listed one person a row (name, date of
birth, relationship) above a small table of the plan's details, written
as "label: value" lines, or set out in a four-column table; each area's
grade as a number from the printed 1–4 key, as a mark under four grade
columns, as the four grades with the chosen one highlighted, or typed in
the auditor's own words after the evidence; actions as a table, as lines
"action – who – by when" or a "no actions" sentence; the safety question
answered in words or by striking out Yes / No; moderation typed in the
Head of Service's colour as a box or as signed paragraphs, with remarks
under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import Section
from bot.samples.tools import STEP_UP_DOWN_AUDIT, TAF_AUDIT, tool_samples

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
    council_line,
    date_writer,
    early_help_reference,
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

FAMILY = "team_around_family_audit"
SEED = 9531

# The form's own areas, in the order of the sample's areas (bot/samples/tool_phrases.py SECTIONS),
# each with the question printed under it.
AREAS = {
    TAF_AUDIT: (
        ("Child's voice and lived experience",
         "Do we know what a day is like for each child, in their words?"),
        ("The family plan (outcomes, who does what)",
         "Are the outcomes the family's own, and is it clear who does what by when?"),
        ("Team Around the Family meetings and reviews",
         "Are TAF meetings held on time, with the right people, and do reviews show progress?"),
        ("Lead practitioner role",
         "Does the lead practitioner coordinate the TAF and keep the family at the centre?"),
        ("Difference made for the child",
         "What has changed for the children because of the plan?"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Was the decision to move the right one?",
         "Does the record show why the level of need changed and who agreed it?"),
        ("Information passed on",
         "Did the receiving team get the assessment, plan and chronology?"),
        ("Timeliness",
         "Did the move happen within the agreed timescale, with no gap in help?"),
        ("Continuity for the family",
         "Was there a joint visit or handover meeting, and did the family know what would happen?"),
        ("Management oversight of the move",
         "Is the manager's decision recorded with reasons?"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Early Help Plan Audit – Team Around the Family", "TEAM AROUND THE FAMILY (TAF) AUDIT",
                "Family Wellbeing Service: TAF Plan Audit"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "Early Help – Step Up / Step Down Transfer Audit",
                         "Family Wellbeing Service: Step Up / Step Down Audit"),
}
PURPOSE = {
    TAF_AUDIT: "Audit of one family's Early Help plan. Read the assessment, the plan and the last two TAF reviews.",
    STEP_UP_DOWN_AUDIT: "Audit of one move between Early Help and Children's Social Care. Read the record either "
                        "side of the transfer.",
}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY = {OUTSTANDING: "Outstanding – the family's lives are better; practice others can learn from",
       GOOD: "Good – the plan is helping and the family know what is happening",
       REQUIRES_IMPROVEMENT: "Requires improvement – no child is unsafe but the help is not yet making a difference",
       INADEQUATE: "Inadequate – children are left without the help or protection they need"}
NO_ACTIONS = ("No actions – the plan already covers what is needed.",
              "No further actions arising from this audit.",
              "None required. Discussed with the lead practitioner.")
SAFETY_QUESTIONS = (
    "Is any child in this family at risk of significant harm now? If yes, contact the Duty and Assessment team "
    "today and tell the Head of Early Help.",
    "Safety check: did the audit find a child who needs a referral to Children's Social Care today?",
)
RELATIONS = ("Brother", "Sister", "Sibling", "Half-brother", "Half-sister")
PLAN_STAGES = ("TAF plan – review 2", "TAF plan – review 3", "TAF plan – initial", "Early Help plan (TAF)")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(40, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = []
    # Per kind: urgent, moderated with comments only, moderated changing the grade, confirming it, plain.
    wanted = {TAF_AUDIT: (1, 1, 2, 1, 3), STEP_UP_DOWN_AUDIT: (1, 1, 1, 1, 4)}
    for kind, (urgent_n, comments_n, changed_n, confirmed_n, plain_n) in wanted.items():
        audits = [sample for sample in pool if sample.kind == kind]
        urgent = [sample for sample in audits if sample.urgent_concern and not sample.moderation][:urgent_n]
        others = [sample for sample in audits if not sample.urgent_concern]
        moderated = [sample for sample in others if sample.moderation]
        chosen += urgent
        chosen += [sample for sample in moderated if sample.moderation.grade is None][:comments_n]
        chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:changed_n]
        chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:confirmed_n]
        chosen += [sample for sample in others if not sample.moderation][:plain_n]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("people", "lines", "grid"))
    grade_style = rng.choice(("number", "columns", "highlight", "words"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    areas = AREAS[sample.kind]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.75:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"EH QA audit template v{rng.choice(('2', '2.3', '3'))} – OFFICIAL-SENSITIVE once completed", size=8)

    # Title.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, "Family Wellbeing Service (0–19) – Early Help Quality Assurance", size=9)
    title = rng.choice(TITLES[sample.kind])
    brand_heading(document, title, brand, size=15)
    paragraph(document, PURPOSE[sample.kind], italic=True, size=9)

    # The family, the plan and the audit.
    lead_label = rng.choice(("Lead practitioner", "Lead practitioner (TAF lead)", "Lead worker"))
    reference_label = rng.choice(("EH reference", "Early Help ID", "EHM no.", "Family reference"))
    auditor_label = rng.choice(("Audited by", "Auditor (EH Team Manager)", "Completed by"))
    date_label = rng.choice(("Date of audit", "Audit date", "Date completed"))
    plan_rows = [(reference_label, sample.case_id), (lead_label, sample.practitioner)]
    if show_team:
        plan_rows.append(("Team", sample.team))
    if show_service:
        plan_rows.append(("Service", sample.service))
    if sample.kind == STEP_UP_DOWN_AUDIT:
        plan_rows += [(rng.choice(("Direction of move", "Step up or step down?", "Transfer")),
                       own["direction"].written),
                      (rng.choice(("Date of move", "Date transferred", "Date of step up / down")),
                       when(own["transfer_date"].written))]
    else:
        plan_rows.append(("Plan stage", rng.choice(PLAN_STAGES)))
    plan_rows += [(auditor_label, sample.auditor), (date_label, when(sample.date))]
    brand_heading(document, "Part 1 – The family and the plan", brand)
    if details_style == "people":
        grid = table(document, 2 + len(household), 3)
        for cell, text in zip(grid.rows[0].cells, ("Name", "Date of birth", "Relationship")):
            label(cell, text, "D9E2F3")
        write(grid.cell(1, 0), child.full_name, bold=True)
        write(grid.cell(1, 1), when(child.date_of_birth))
        write(grid.cell(1, 2), "Child the plan is for")
        for row, (name, born) in zip(grid.rows[2:], household):
            write(row.cells[0], name)
            write(row.cells[1], when(born))
            write(row.cells[2], rng.choice(RELATIONS))
        line = paragraph(document, "Parents / carers: ", bold=True)
        run(line, ", ".join(child.parents))
        line = paragraph(document, "Address: ", bold=True)
        run(line, ", ".join((*child.address_lines, child.postcode)))
        details = table(document, len(plan_rows), 2)
        for row, (text, value) in zip(details.rows, plan_rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_style == "lines":
        others_line = "; ".join(f"{name} (age {_age(born, today)})" for name, born in household)
        rows = [("Child", child.full_name), ("DOB", when(child.date_of_birth)),
                ("Other children in the household", others_line), ("Parents / carers", " & ".join(child.parents)),
                *plan_rows]
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        others_line = ", ".join(f"{name} – {when(born)}" for name, born in household)
        pairs = [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth)),
                 ("Brothers / sisters (DOB)", others_line), ("Parents", ", ".join(child.parents)), *plan_rows]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    document.add_paragraph()

    # The key.
    brand_heading(document, "Part 2 – Quality of practice", brand)
    if grade_style == "number":
        paragraph(document, "Score each area using the key: 1, 2, 3 or 4.", italic=True)
        key = table(document, 4, 2)
        for number, (row, grade) in enumerate(zip(key.rows, ORDER), start=1):
            write(row.cells[0], str(number), bold=True)
            write(row.cells[1], KEY[grade], size=9)
    elif grade_style == "columns":
        paragraph(document, "Put a cross in one column for each area.", italic=True)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True)
    else:
        paragraph(document, "Grades: Outstanding, Good, Requires improvement, Inadequate.", italic=True)
    mark = rng.choice(("X", "x", "\u2713"))
    prefix = rng.choice(("HoEH: ", "Head of Service: ", "Moderator – ", ""))
    if grade_style == "columns":
        grid = table(document, 1 + len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(WORDS[grade] for grade in ORDER))):
            label(cell, text, "D9E2F3")
        rows = [*zip(sample.sections, areas)]
        for row, (section, (_, prompt)) in zip(grid.rows[1:], rows):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            write(row.cells[2 + ORDER.index(section.grade)], mark, bold=True)
        last = grid.rows[-1].cells
        write(last[0], "OVERALL GRADE", bold=True)
        write(last[1], "Taking all areas together", italic=True)
        write(last[2 + ORDER.index(sample.grade)], mark, bold=True)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "Evidence: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
            _grade_line(rng, document, grade_style, section.grade, "Grade")
        document.add_paragraph()
        overall = rng.choice(("Overall grade for this audit", "OVERALL GRADE", "Overall judgement"))
        _grade_line(rng, document, grade_style, sample.grade, overall)
    document.add_paragraph()

    # Strengths and areas for development.
    brand_heading(document, "Part 3 – Findings", brand)
    headings = rng.choice((("What is working well", "What needs to change"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Areas to develop")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFD9")
        for cell, items in zip(grid.rows[1].cells, (sample.strengths, sample.development_areas)):
            for item in items:
                write(cell, f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}")
    document.add_paragraph()

    # The family's voice.
    voice = paragraph(document, rng.choice(("What the family told us: ", "Family's voice: ",
                                            "The family's view of the help: ")), bold=True)
    run(voice, own["family_voice"].written)
    document.add_paragraph()

    # Actions.
    brand_heading(document, "Part 4 – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "By whom", "Date",
                                                                       "Update")))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # The safety question.
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    answer_style = rng.choice(("words", "strike"))
    if answer_style == "strike":
        line = paragraph(document)
        run(line, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(line, " / ")
        run(line, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
        if sample.urgent_concern:
            paragraph(document, f"Details: {sample.urgent_concern_detail}")
    elif sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no immediate safeguarding concerns")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade_line(rng: random.Random, document, style: str, grade: str, text: str) -> None:
    line = paragraph(document, f"{text}: ", bold=True)
    if style == "number":
        number = ORDER.index(grade) + 1
        run(line, rng.choice((str(number), f"{number}", f"{number} ")))
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.2 if text == "Grade" else 0.0))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part 5 – Head of Early Help moderation", "Part 5 – Head of Service moderation"))
    if moderation is None:
        brand_heading(document, heading, brand)
        paragraph(document, rng.choice(("Not selected for moderation.", "To be completed by the Head of Service.",
                                        "")), italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        rows = [("Moderator", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            verdict = ("Yes – I agree with the auditor's grade" if moderation.grade == sample.grade
                       else "No – grade changed")
            rows += [("Do you agree with the overall grade?", verdict),
                     ("Moderated grade", informal_grade(rng, moderation.grade))]
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if moderation.grade == sample.grade:
                sentence = (f"I agree with the grade of {WORDS[moderation.grade]}."
                            if rng.random() < 0.5 else "Grade agreed.")
                line = paragraph(document, sentence + " Moderated grade: ", colour=ink)
            else:
                line = paragraph(document, "I do not agree with the auditor's grade. Moderated grade: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – Early Help, {when(moderation.date)}",
                  colour=ink, italic=True)
