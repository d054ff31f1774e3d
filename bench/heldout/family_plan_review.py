"""Family plan review: an Early Help manager's audit of one family's Team
Around the Family plan, or of one move between Early Help and children's
social care (a step up or a step down), on the council's own Word tool.
A title band naming the service, "About the family" (the Early Help
reference, the child, the other children in the household, the lead
practitioner, the auditor and, for a move, which way it went and when),
for a move a short checklist of the pathway, five areas of the plan or of
the move each with its prompt, the auditor's evidence and a judgement,
the overall judgement, what is working well and what needs to change,
what the family told us, the safety question, actions and the Head of
Service's (or Head of Early Help's) moderation.

Modelled on the London Borough of Lewisham's Early Help Strategy "It's
Everybody's Business" (2016-2020: one continuum of need with pathways
between universal, targeted and specialist help, early help assessments
and Team Around the Family meetings led by a lead professional, families'
own experience of the help and a section on how success is measured) and
the council's information for professionals on early help assessments and
team around the family meetings. Neither shows an audit form, so the
layout is our judgement: the family details as a two-pair grid, as a
strip of small labels over their values, or as tabbed lines; the move
typed or as two tick boxes with the date beside it; each area's judgement
marked under four grade columns, given as a number on a printed key (1 is
Outstanding, or the key printed the other way), highlighted among the four
words, or typed informally; the overall judgement in the same way or in a
sentence; actions as a table, as lines or a "no actions" sentence; and
moderation as a box in the moderator's colour, or typed in colour at the
foot with remarks in colour under the areas.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import Section
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
    case_reference,
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

FAMILY = "family_plan_review"
SEED = 8821

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The tool's areas, in the order of the sample's sections (tool_phrases SECTIONS), each with its prompt.
AREAS = {
    TAF_AUDIT: (
        ("The child's voice and daily life",
         "Do we know what the child thinks and feels, and does it shape the plan?"),
        ("The family plan",
         "Are the outcomes the family's own, with who does what and by when?"),
        ("Team Around the Family meetings",
         "Are meetings held on time, with the right people and the family present, and is the plan reviewed?"),
        ("The lead practitioner",
         "Does the lead practitioner co-ordinate the team and keep the family at the centre?"),
        ("Difference made for the family",
         "What has changed for the child because of the help? Is it recorded?"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("The decision to move the family",
         "Was the move the right one for the child's level of need, and agreed by managers on both sides?"),
        ("What was handed over",
         "Did the receiving team get the assessment, the plan and the history they needed?"),
        ("Timeliness of the move",
         "Did the move happen without drift or a gap in support?"),
        ("Keeping things steady for the family",
         "Was there a joint visit or handover meeting? Did the family know who was helping them next?"),
        ("Management oversight",
         "Is the manager's decision recorded with reasons on both systems?"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Early Help Plan Audit – Team Around the Family", "TAF Plan Audit", "Team Around the Family: plan audit"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "Early Help Pathway Audit – step up / step down",
                         "Audit of a move between Early Help and Social Care"),
}
SERVICE_LINES = ("Early Help and Prevention", "Targeted Family Support", "Early Help – Family Support Service")
PATHWAY_CHECKS = (
    "Step up / step down form completed and on both systems",
    "Family told about the move and agreed to it (step down)",
    "Handover meeting or joint visit held",
    "Lead practitioner named before the case closed to the previous team",
)
ROUTES = ("Child in Need panel", "Early Help panel", "Manager to manager", "MASH / front door")
NO_ACTIONS = (
    "No actions – the plan already covers what is needed.",
    "There are no actions from this audit.",
    "None needed. Feedback given to the lead practitioner in supervision.",
)
SAFETY_QUESTIONS = (
    "Is any child in this family at risk of significant harm today?",
    "Safety check: did the audit find anything that must be acted on today to keep a child safe?",
    "Are there any immediate safeguarding concerns? (If yes, tell the Head of Service the same day.)",
)
NOT_MODERATED = ("", "Not selected for moderation this month.", "Awaiting Head of Service moderation.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = _choose(pool, count)
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen)]


def _choose(pool, count: int) -> list:
    """Two urgent concerns, two moderated with comments only, three with the
    grade changed, two confirmed, the rest plain; half of each kind."""
    per_kind = {TAF_AUDIT: count // 2, STEP_UP_DOWN_AUDIT: count - count // 2}
    urgent = [s for s in pool if s.urgent_concern and not s.moderation]
    calm = [s for s in pool if not s.urgent_concern]
    moderated = [s for s in calm if s.moderation]
    groups = (
        (urgent, 2),
        ([s for s in moderated if s.moderation.grade is None], 2),
        ([s for s in moderated if s.moderation.grade not in (None, s.grade)], 3),
        ([s for s in moderated if s.moderation.grade == s.grade], 2),
    )
    chosen: list = []
    for candidates, wanted in groups:
        taken = 0
        for sample in candidates:
            if taken == wanted:
                break
            if per_kind[sample.kind] > 0 and sample not in chosen:
                chosen.append(sample)
                per_kind[sample.kind] -= 1
                taken += 1
    for sample in calm:
        if not sample.moderation and per_kind[sample.kind] > 0:
            chosen.append(sample)
            per_kind[sample.kind] -= 1
    return chosen


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "strip", "lines"))
    grade_style = rng.choice(("columns", "key", "highlight", "typed"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    areas = AREAS[sample.kind]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    reference = rng.random()
    if reference < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.8:
        changes["case_id"] = case_reference(rng, sample.case_id)
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
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
    own = {field.key: field for field in sample.own}
    step = sample.kind == STEP_UP_DOWN_AUDIT

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Early Help QA tool {rng.choice(('v2', 'v2.1', 'v3'))} – OFFICIAL SENSITIVE once completed", size=8)

    # Title band.
    title = rng.choice(TITLES[sample.kind])
    band = table(document, 2, 1)
    write(band.cell(0, 0), council_line(rng), bold=True, colour="FFFFFF")
    shade(band.cell(0, 0)._tc, brand)
    write(band.cell(1, 0), title.upper() if rng.random() < 0.4 else title, bold=True, size=14, colour=brand)
    write(band.cell(1, 0), rng.choice(SERVICE_LINES), size=9)
    if rng.random() < 0.6:
        paragraph(document, "Early help is everybody's business. Use this tool to look at one family's plan with "
                            "the lead practitioner; judge the help the family received, not the paperwork alone.",
                  italic=True, size=9)
    document.add_paragraph()

    # About the family.
    reference_label = rng.choice(("EH reference", "Early Help ref.", "EHM number", "Family ID"))
    if not changes.get("case_id"):
        reference_label = rng.choice(("Case number", "Child ID"))
    others_text = "; ".join(f"{name} ({_age(born, today)})" for name, born in household)
    if rng.random() < 0.4:
        others_text = "; ".join(f"{name}, {when(born)}" for name, born in household)
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor} ({rng.choice(('Early Help Manager', 'EH Team Manager'))})"
    pairs = [
        (reference_label, sample.case_id),
        (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        (rng.choice(("Other children in the household", "Brothers / sisters", "Siblings (age)")), others_text),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)),
        (rng.choice(("Lead practitioner", "Lead professional", "Family worker (lead)")), sample.practitioner),
        ("Team", sample.team if show_team else ""),
    ]
    if show_service:
        pairs.append((rng.choice(("Service", "Service area")), sample.service))
    if rng.random() < 0.4:
        pairs.insert(5, ("Address", ", ".join((*child.address_lines, child.postcode))))
    pairs += [
        (rng.choice(("Audited by", "Auditor", "Early Help Manager")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    direction = own.get("direction")
    moved = own.get("transfer_date")
    tick_direction = step and rng.random() < 0.5
    if step and not tick_direction:
        pairs += [(rng.choice(("Step up or step down?", "Direction of move")), direction.written),
                  (rng.choice(("Date of the move", "Date stepped up / down", "Transfer date")), when(moved.written))]
    heading = rng.choice(("1. About the family", "Section A – About the family", "Family details"))
    paragraph(document, heading, bold=True, colour=brand, size=12)
    _details(rng, document, details_style, pairs)
    if tick_direction:
        line = paragraph(document, rng.choice(("This audit is about a: ", "Type of move: ")), bold=True)
        for option in ("Step up to Children's Social Care", "Step down to Early Help"):
            run(line, ("\u2612 " if option == direction.written else "\u2610 ") + option + "    ")
        moved_line = paragraph(document, rng.choice(("Date of the move: ", "Date the case transferred: ")), bold=True)
        run(moved_line, when(moved.written))
    document.add_paragraph()

    # The pathway (step up / step down only): a checklist that carries no grade.
    if step:
        paragraph(document, rng.choice(("2. The pathway", "Section B – How the move happened")), bold=True,
                  colour=brand, size=12)
        route = paragraph(document, "Agreed at: ", bold=True)
        run(route, rng.choice(ROUTES))
        checks = table(document, len(PATHWAY_CHECKS) + 1, 2)
        label(checks.cell(0, 0), "Check", "EDEDED")
        label(checks.cell(0, 1), "Yes / No", "EDEDED")
        stepped_up = direction.written.startswith("Step up")
        for row, text in zip(checks.rows[1:], PATHWAY_CHECKS):
            write(row.cells[0], text)
            answer = "N/A" if stepped_up and "(step down)" in text else rng.choice(("Yes", "Yes", "No", "Y"))
            write(row.cells[1], answer)
        document.add_paragraph()

    # Areas.
    number = 3 if step else 2
    paragraph(document, rng.choice((f"{number}. The plan and the help", f"{number}. Areas of practice",
                                     f"{number}. Judging the work")), bold=True, colour=brand, size=12)
    key_reversed = rng.random() < 0.4
    if grade_style == "key":
        _print_key(document, key_reversed)
    elif grade_style == "highlight":
        paragraph(document, "Highlight one judgement for each area.", italic=True, size=9)
    elif grade_style == "typed":
        paragraph(document, "Judgements: Outstanding / Good / Requires improvement / Inadequate.", italic=True, size=9)
    remark_prefix = rng.choice(("HoS: ", "Moderator: ", ""))
    if grade_style == "columns":
        _area_grid(rng, document, sample.sections, areas, remarks, ink, remark_prefix)
    else:
        for (section, (_, prompt)), position in zip(zip(sample.sections, areas), range(1, 6)):
            card = table(document, 2, 1)
            head = card.cell(0, 0)
            write(head, f"{number}.{position} {section.name}", bold=True)
            shade(head._tc, "F2F2F2")
            body = card.cell(1, 0)
            write(body, prompt, italic=True, size=9)
            write(body, section.comment)
            if section.name in remarks:
                write(body, f"{remark_prefix}{remarks[section.name]}", colour=ink)
            _judgement(rng, body, grade_style, section.grade, key_reversed,
                       rng.choice(("Judgement", "Area judgement", "Grade")))
            document.add_paragraph()
    document.add_paragraph()

    # Overall.
    number += 1
    paragraph(document, f"{number}. Overall judgement", bold=True, colour=brand, size=12)
    if grade_style == "columns":
        overall_style = rng.choice(("columns", "sentence", "typed"))
    else:
        overall_style = rng.choice((grade_style, "sentence"))
    overall_label = rng.choice(("Overall judgement of the move" if step else "Overall judgement of the family's plan",
                                "Overall grade", "Overall judgement"))
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True)
        grid = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[grade], "DEEAF6")
            if grade == sample.grade:
                write(grid.cell(1, column), rng.choice(("X", "\u2713")), bold=True)
    else:
        cell = table(document, 1, 1).cell(0, 0)
        if overall_style == "sentence":
            write(cell, f"{overall_label}:", bold=True)
            write(cell, _sentence(rng, sample.grade))
        else:
            _judgement(rng, cell, overall_style, sample.grade, key_reversed, overall_label)
    document.add_paragraph()

    # Working well / needs to change.
    number += 1
    paragraph(document, f"{number}. What we found", bold=True, colour=brand, size=12)
    headings = rng.choice((("What is working well?", "What needs to change?"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Even better if")))
    if rng.random() < 0.5:
        found = table(document, 2, 2)
        for column, (text, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(found.cell(0, column), text, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(found.cell(1, column), f"\u2022 {item}")
    else:
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}) {item}")
    document.add_paragraph()

    # The family's voice.
    number += 1
    paragraph(document, f"{number}. {rng.choice(('What the family told us', 'The family’s voice', 'Voice of the family'))}",
              bold=True, colour=brand, size=12)
    voice = table(document, 1, 1)
    heard = ["How did you hear from the family? Phone call with the parent.", "Spoken to: parent, at the review meeting."]
    heard.append("Parent spoken to by phone after the handover." if step
                 else "Family contacted by the auditor after the TAF meeting.")
    write(voice.cell(0, 0), rng.choice(heard),
          italic=True, size=9)
    write(voice.cell(0, 0), own["family_voice"].written)
    document.add_paragraph()

    # Safety.
    number += 1
    paragraph(document, f"{number}. Safety", bold=True, colour=brand, size=12)
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if sample.urgent_concern:
        answer = rng.choice(("Yes – ", "YES. ", "Yes: "))
        paragraph(document, f"{answer}{sample.urgent_concern_detail}")
        paragraph(document, f"Discussed with the Head of Service on {when(sample.date)}.", italic=True)
    else:
        paragraph(document, rng.choice(("No", "No.", "No – none identified", "NO")))
    document.add_paragraph()

    # Actions.
    number += 1
    paragraph(document, f"{number}. {rng.choice(('Actions', 'Actions agreed with the lead practitioner', 'What happens next'))}",
              bold=True, colour=brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "By whom", "Date due"),
                              ("Action", "Responsible", "Timescale")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{position}. {action.action} ")
            run(line, f"({action.owner}, by {when(action.due)})", italic=True)
    document.add_paragraph()

    # Moderation.
    number += 1
    _moderation(rng, document, sample, moderation, ink, brand, when, number)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _sentence(rng: random.Random, grade: str) -> str:
    if grade == REQUIRES_IMPROVEMENT:
        return rng.choice(("Taking all of the areas together, the help this family has had requires improvement.",
                           "Overall the work requires improvement to be good."))
    word = WORDS[grade].lower()
    return rng.choice((f"Taking all of the areas together, I judge the help this family has had as {word}.",
                       f"Overall the work is {word}."))


def _details(rng: random.Random, document, style: str, pairs) -> None:
    if style == "grid":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            if value:
                write(grid.cell(row, column + 1), value)
    elif style == "strip":
        columns = 3
        rows = (len(pairs) + columns - 1) // columns
        grid = table(document, rows * 2, columns)
        for position, (text, value) in enumerate(pairs):
            row, column = (position // columns) * 2, position % columns
            write(grid.cell(row, column), text, bold=True, size=8, colour="595959")
            shade(grid.cell(row, column)._tc, "F2F2F2")
            write(grid.cell(row + 1, column), value or " ")
    else:
        for text, value in pairs:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value or "")


def _print_key(document, reversed_key: bool) -> None:
    numbers = (4, 3, 2, 1) if reversed_key else (1, 2, 3, 4)
    key = table(document, 1, 4)
    for cell, grade, number in zip(key.rows[0].cells, ORDER, numbers):
        write(cell, f"{number} = {WORDS[grade]}", bold=True, size=9)


def _number(grade: str, reversed_key: bool) -> int:
    position = ORDER.index(grade)
    return 4 - position if reversed_key else position + 1


def _judgement(rng: random.Random, cell, style: str, grade: str, reversed_key: bool, text: str) -> None:
    line = write(cell, f"{text}: ", bold=True)
    if style == "key":
        number = _number(grade, reversed_key)
        run(line, rng.choice((str(number), f"{number}", f"{number} – {WORDS[grade]}")))
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, "   ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.2))


def _area_grid(rng: random.Random, document, sections, areas, remarks, ink: str, prefix: str) -> None:
    """All five areas in one grid, the judgement marked under four columns."""
    headers = ("Area", "Evidence", *(SHORT[grade] for grade in ORDER))
    grid = table(document, len(sections) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    marker = rng.choice(("X", "\u2713", "x", ""))
    for row, section, (_, prompt) in zip(grid.rows[1:], sections, areas):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
        chosen = row.cells[2 + ORDER.index(section.grade)]
        if marker:
            write(chosen, marker, bold=True)
        else:
            shade(chosen._tc, "A6A6A6")
    paragraph(document, "O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate", italic=True, size=8)


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when, number: int) -> None:
    role = rng.choice(("Head of Service", "Head of Early Help", "Head of Service – Early Help"))
    paragraph(document, f"{number}. {role} moderation", bold=True, colour=brand, size=12)
    if moderation is None:
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        note = rng.choice(NOT_MODERATED)
        if note:
            write(box.cell(2, 1), note, italic=True)
        return
    if rng.random() < 0.5:
        rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date))]
        if moderation.grade:
            agree = moderation.grade == sample.grade
            rows.append(("Do you agree with the overall judgement?",
                         rng.choice(("Yes", "Agree")) if agree else rng.choice(("No", "Disagree"))))
            rows.append(("Moderated judgement", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"{moderation.moderator}, {role} – {when(moderation.date)}", bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated judgement: ", bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
