"""Step change review form: an Early Help Team Leader's quality check of
one family's Team Around the Family (TAF) plan, or of one move between
Early Help and children's social care (a step up or a step down). A title
block with the check's type ticked, the family and the Early Help record,
the lead practitioner and locality, the level of need, for a move its
direction and date, the practice areas graded on a printed key, the
overall grade, what is going well and what needs to change, what the
family say about how far they have come, actions (or a "no actions"
sentence), the "is any child unsafe today?" question and the Head of
Service's (or Head of Early Help's) moderation.

Modelled on Wiltshire Council's published Early Help arrangements (South
West; the council itself, not the Wiltshire partnership's audit material
that a tuning form uses): the Wiltshire Safeguarding Children Board's
"Safeguarding thresholds" page (Early Help multi-disciplinary teams in
North, South, East and West localities led by Service Managers and Early
Help Team Leaders; a team that quality assures every registered CAF and
supports step downs and step ups to and from the Children & Families
Social Care Service) and the "Early Help tools and guidance" page of
Wiltshire Pathways (the Wiltshire Wheel, used again after the help to show
the distance a family has travelled, and a level of need descriptor
table). Neither shows an audit form, so the layout is our judgement: the
details as a two-column table, a four-column table or typed "Label: value"
lines; the areas graded as a number on a printed 1-4 key, a mark under
four grade columns, the grade typed informally, or the four grades with
the chosen one highlighted (the others struck through); actions as a
table, as lines or as a sentence; moderation in the Head of Service's
colour as a box or as signed paragraphs.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF, Section
from bot.samples.ooxml import shade
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

FAMILY = "step_change_review_form"
SEED = 9853

# The form's areas, in the order of the sample's sections for each kind.
AREAS = {
    TAF_AUDIT: (
        ("What the children say and how they are involved",
         "Are the children seen and heard? Are their words in the plan?"),
        ("The family plan: clear, shared and SMART",
         "Does the plan say who does what by when, and do the family have a copy?"),
        ("TAF meetings held and reviewed on time",
         "Are TAF meetings at least every 6-8 weeks, with notes shared?"),
        ("Lead practitioner co-ordinating the help",
         "Does one person hold the plan together and keep partners engaged?"),
        ("Difference made (distance travelled on the Wheel)",
         "Has the family's Wheel been repeated? What has changed for the children?"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Was the decision to move the right one?",
         "Is the reason for the step up / step down clear and in line with the level of need?"),
        ("Information passed on at the move",
         "Were the assessment, chronology and plan shared with the receiving team?"),
        ("Timeliness of the move",
         "Was the case transferred without drift (joint visit / handover meeting within 10 working days)?"),
        ("Continuity for the family",
         "Did the family know what was happening and who their new worker would be?"),
        ("Management oversight of the move",
         "Is the manager's decision recorded with reasons on both sides of the move?"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Early Help Quality Check – TAF Plan", "TAF Plan Quality Check", "Team Around the Family Quality Check"),
    STEP_UP_DOWN_AUDIT: ("Early Help Quality Check – Step Up / Step Down", "Step Up / Step Down Quality Check",
                         "Quality Check: Moving between Early Help and Social Care"),
}
KEY = {1: OUTSTANDING, 2: GOOD, 3: REQUIRES_IMPROVEMENT, 4: INADEQUATE}
SCORE = {grade: number for number, grade in KEY.items()}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY_MEANINGS = {
    OUTSTANDING: "the family's lives are clearly better; practice others can learn from",
    GOOD: "the help is right for the family and making a difference",
    REQUIRES_IMPROVEMENT: "no child is unsafe but the help is not yet making enough difference",
    INADEQUATE: "children's needs are not met or a child may be unsafe",
}
LOCALITIES = ("North", "South", "East", "West")
LEVELS = ("Level 2 – Early Help (single agency)", "Level 3 – Targeted Early Help (TAF)",
          "Level 3 – Targeted", "Level 4 – Specialist (CSC)")
ROLES = {"early_help_manager": "Early Help Team Leader", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director"}
MARKS = ("X", "x", "\u2713", "\u2714", "")
NO_ACTIONS = ("No actions – the plan already covers what is needed.",
              "No further actions from this check.",
              "Nil actions. Feedback given to the lead practitioner in person.")
SAFETY_QUESTIONS = (
    "Is any child in this family unsafe today? If yes, tell the Team Leader and MASH straight away.",
    "Did the check find anything that needs action today to keep a child safe?",
    "Immediate safeguarding concern identified?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    # (urgent, comments only, grade changed, grade confirmed, plain) for each kind.
    quota = {TAF_AUDIT: (1, 1, 2, 1, 3), STEP_UP_DOWN_AUDIT: (1, 1, 1, 1, 4)}
    chosen = []
    for kind, (urgent, comments, changed, confirmed, plain) in quota.items():
        mine = [sample for sample in pool if sample.kind == kind]
        calm = [sample for sample in mine if not sample.urgent_concern]
        moderated = [sample for sample in calm if sample.moderation]
        chosen += [sample for sample in mine if sample.urgent_concern][:urgent]
        chosen += [sample for sample in moderated if sample.moderation.grade is None][:comments]
        chosen += [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:changed]
        chosen += [sample for sample in moderated if sample.moderation.grade == sample.grade][:confirmed]
        chosen += [sample for sample in calm if not sample.moderation][:plain]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _own(sample, key: str):
    return next((own.written for own in sample.own if own.key == key), None)


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "four", "lines"))
    style = rng.choice(("key", "columns", "typed", "highlight"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    areas = AREAS[sample.kind]
    step = sample.kind == STEP_UP_DOWN_AUDIT

    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    reference_style = rng.random()
    if reference_style < 0.7:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() < 0.7
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"EH QC form v{rng.choice(('2', '2.3', '3'))} – OFFICIAL SENSITIVE once completed – "
                "return to the Early Help QA inbox", size=8)

    # Title block.
    title = rng.choice(TITLES[sample.kind])
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    paragraph(document, "Early Help and Targeted Support", size=9, italic=True)
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=15)
    kind_line = paragraph(document, "Type of check: ", bold=True)
    for position, (kind, text) in enumerate(((TAF_AUDIT, "TAF plan"), (STEP_UP_DOWN_AUDIT, "Step up / step down"))):
        run(kind_line, ("   " if position else "") + ("\u2612 " if kind == sample.kind else "\u2610 ") + text)
    document.add_paragraph()

    # Part A: the family and the check.
    auditor = sample.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} ({role})"
    reference_label = rng.choice(("EH record no.", "Early Help ref", "EHM number", "Family ID (EH system)"))
    others = "; ".join(f"{name} – {when(born)}" for name, born in household)
    family = [
        (reference_label, sample.case_id),
        (rng.choice(("Child's name", "Name of child (subject)")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)),
        (rng.choice(("Other children in the household (DOB)", "Siblings")), others),
    ]
    work = [(rng.choice(("Lead practitioner", "Lead Practitioner (LP)", "Lead worker")), sample.practitioner)]
    if show_team:
        work.append(("Team", sample.team))
    work.append(("Locality", rng.choice(LOCALITIES)))
    if show_service:
        work.append(("Service", sample.service))
    level = rng.choice(LEVELS)
    if step:
        level = LEVELS[3] if direction.startswith("Step up") else rng.choice(LEVELS[1:3])
    work.append(("Level of need", level))
    if step:
        if rng.random() < 0.5:
            ticks = "   ".join(("\u2612 " if text == direction else "\u2610 ") + text
                               for text in ("Step up to Children's Social Care", "Step down to Early Help"))
            work.append(("Direction", ticks))
        else:
            work.append((rng.choice(("Step up or down?", "Direction of move")), direction))
        work.append((rng.choice(("Date of move", "Date case transferred")), when(moved)))
    check = [
        (rng.choice(("Checked by", "Quality check completed by", "Team Leader")), auditor),
        (rng.choice(("Date of check", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, "Part A – Family and check details", brand)
    rows = family + work + check
    if details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "four":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            label(row.cells[2 * (position % 2)], text, "EDEDED")
            write(row.cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part B: the areas.
    brand_heading(document, "Part B – Quality of practice", brand)
    if style == "key":
        paragraph(document, "Score each area using the key:", italic=True)
        key = table(document, 4, 2)
        for row, (number, grade) in zip(key.rows, KEY.items()):
            write(row.cells[0], f"{number} = {WORDS[grade]}", bold=True)
            write(row.cells[1], KEY_MEANINGS[grade], italic=True, size=9)
    elif style == "highlight":
        paragraph(document, "Highlight the grade that applies and strike out the others.", italic=True)
    elif style == "columns":
        paragraph(document, "Put a mark in one column for each area.", italic=True)
    else:
        paragraph(document, "Grade each area (Outstanding / Good / Requires Improvement / Inadequate).",
                  italic=True)
    mark = rng.choice(MARKS)
    prefix = rng.choice(("HoS: ", "Head of Service comment – ", "Moderator: "))
    if style == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence / comments", "O", "G", "RI", "I")):
            label(cell, text, "DDEBF7")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, areas):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], prefix + remarks[section.name], colour=ink)
            target = row.cells[2 + SCORE[section.grade] - 1]
            if mark:
                write(target, mark, bold=True)
            else:
                shade(target._tc, "A6A6A6")
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        headings = {"key": "Score (1-4)", "typed": "Grade", "highlight": "Grade"}
        for cell, text in zip(grid.rows[0].cells, ("Area", "What I found", headings[style])):
            label(cell, text, "DDEBF7")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, areas):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], prefix + remarks[section.name], colour=ink)
            _grade(rng, row.cells[2], style, section.grade)
    document.add_paragraph()

    # Overall grade.
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall grade for this check", "OVERALL GRADE", "Overall judgement")),
          "DDEBF7")
    _grade(rng, overall.cell(0, 1), "typed" if style == "columns" else style, sample.grade, overall=True)
    document.add_paragraph()

    # Part C: findings.
    brand_heading(document, "Part C – What we found", brand)
    headings = rng.choice((("What is going well", "What needs to change"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Even better if")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        bullet = rng.choice(("- ", "\u2022 ", "numbers"))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()
    paragraph(document, rng.choice(("The family's voice – how far have they come? (Wheel repeated)",
                                    "What the family say", "Family's view of the help")), bold=True)
    paragraph(document, voice, italic=rng.random() < 0.5)
    document.add_paragraph()

    # Part D: actions.
    brand_heading(document, "Part D – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when", "Done?"),
                                                              ("What needs to happen", "Lead", "Date", "Update")))):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Safety.
    brand_heading(document, "Part E – Safety", brand)
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, rng.choice(("YES – ", "Yes. ")) + sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "NO – none identified")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _grade(rng: random.Random, cell, style: str, grade: str, *, overall: bool = False) -> None:
    if style == "key":
        number = SCORE[grade]
        write(cell, rng.choice((str(number), f"{number}", f"Score: {number}")), bold=True)
    elif style == "highlight":
        line = write(cell, "")
        for position, option in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
            if position:
                run(line, " / ")
            run(line, WORDS[option], strike=option != grade, highlight=option == grade, bold=option == grade)
    else:
        write(cell, informal_grade(rng, grade, note_chance=0.0 if overall else 0.2), bold=overall)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part F – Head of Service moderation", "Part F – Moderation (Head of Service / "
                                                                  "Head of Early Help)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "For HoS use only.", "")), italic=True)
        return
    brand_heading(document, heading, brand)
    role = _role(moderation.moderator) or "Head of Service"
    if rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, {role}"), ("Date", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the overall grade?",
                         "Yes" if moderation.grade == sample.grade else "No – see below"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the Team Leader's grade" if moderation.grade == sample.grade
                       else "I do not agree with the grade given")
            line = paragraph(document, f"{verdict}. Moderated grade: ", colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator} ({role}) – {when(moderation.date)}", colour=ink, bold=True)
