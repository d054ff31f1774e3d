"""Family plan audit form: an Early Help manager's audit of one family's
Team Around the Family plan, or of one move of a family between Early Help
and children's social care (a step up or a step down), in a Welsh council's
Families First service. Parts lettered A to H: the family and the plan
(other children in the household named), for a step up / step down the
move itself (which way, when, where it was agreed), the areas of the plan
audited with evidence and a grade, the overall judgement, what is working
well and what needs to change, what matters to the family in their own
words, the "is anyone unsafe today" question, the actions agreed with the
lead worker, and the Head of Service's moderation.

Modelled on the Vale of Glamorgan Council's account of its family support
services (reports of the Director of Social Services to Scrutiny Committee,
2013 and 2016): Families First grant-funded early intervention at tiers 2
and 3 of a tiered model of need, the Team Around the Family and Families
Achieving Change Together (FACT) teams working with the whole family,
families moved between tiers as need rises or falls, and the Social
Services and Well-being (Wales) Act 2014's emphasis on what matters to
people. The reports describe the service, not an audit form, so the layout
is our own judgement: details as a two-column table, a four-column grid or
typed "Label: value" lines; the area grades typed informally, chosen from
the four printed options (the choice highlighted, or the others struck
through), given as a number on a printed 1–4 key, or marked in O / G / RI /
I columns; areas in one table or as headed paragraphs; Families First
(Early Help) references or plain WCCIS numbers; actions as a table,
numbered lines or a "no actions" sentence; and moderation typed in the Head
of Service's colour as a box or as signed paragraphs, with remarks under
the areas they read.
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

FAMILY = "family_plan_audit_form"
SEED = 9773

# The council's areas, in the order of the sample's areas (bot/samples/tool_phrases.py
# SECTIONS), two versions of the template each.
AREAS = {
    TAF_AUDIT: (
        ("What matters to the child – the child's voice in the plan",
         "The Family Plan – outcomes and SMART actions",
         "Team Around the Family meetings and reviews",
         "Lead worker co-ordination of the TAF",
         "Difference made for the child and family"),
        ("Child's voice and lived experience",
         "Quality of the TAF plan",
         "TAF meetings – attendance, reviews, drift",
         "Role of the lead worker",
         "Outcomes / distance travelled"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Decision and rationale for the move between tiers",
         "Information shared with the receiving team",
         "Timeliness of the move",
         "Continuity for the family – warm handover",
         "Manager oversight of the move"),
        ("Threshold decision (why now, why this tier)",
         "Information passed on at transfer",
         "Timescales met",
         "Handover to the family and the new worker",
         "Management oversight"),
    ),
}
PROMPTS = (
    "Consider what is on the file and what the lead worker and family told you.",
    "Evidence seen (file, plan, TAF minutes, conversation with the worker):",
    "",
)
TITLES = {
    TAF_AUDIT: ("Families First – Team Around the Family Plan Audit", "TAF Plan Audit (Families First)",
                "Audit of a Team Around the Family Plan"),
    STEP_UP_DOWN_AUDIT: ("Families First – Step Up / Step Down Audit", "Audit of a Move Between Tiers (Step Up / Step Down)",
                         "Step Up – Step Down Audit"),
}
WELSH = {TAF_AUDIT: "Archwiliad Cynllun Tîm o Amgylch y Teulu", STEP_UP_DOWN_AUDIT: "Archwiliad Camu i Fyny / Camu i Lawr"}

# How each grade is printed on this council's key and options.
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
           INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBER = {grade: str(position + 1) for position, grade in enumerate(ORDER)}

PANELS = ("the weekly Step Up / Step Down Panel", "the Families First Allocation Meeting",
          "a consultation with the Intake and Assessment Team Manager", "the Child in Need review")
NO_ACTIONS = ("No actions – the plan already covers what this audit found.",
              "No further actions arising from this audit.", "None required at this time.")
NOT_MODERATED = ("Not sampled for moderation this quarter.", "Not moderated.", "")
SAFETY = ("Is any child in this family unsafe today? (If yes, speak to the Team Manager and Intake and Assessment "
          "before you leave work today.)",
          "Did the audit find anything that means a child may not be safe now?",
          "Immediate safety – any child at risk of significant harm today?")
OWNERS = {"Social worker": "Lead worker", "Practice manager": "Families First Manager"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(40, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = []
    # Per kind: urgent, comments only, changed, confirmed, then plain to eight.
    quotas = {TAF_AUDIT: (1, 1, 2, 1), STEP_UP_DOWN_AUDIT: (1, 1, 1, 1)}
    for kind, (urgent_n, remarks_n, changed_n, confirmed_n) in quotas.items():
        samples = [sample for sample in pool if sample.kind == kind]
        urgent = [sample for sample in samples if sample.urgent_concern][:urgent_n]
        others = [sample for sample in samples if not sample.urgent_concern]
        remarks = [sample for sample in others if sample.moderation and sample.moderation.grade is None][:remarks_n]
        changed = [sample for sample in others if sample.moderation and sample.moderation.grade
                   and sample.moderation.grade != sample.grade][:changed_n]
        confirmed = [sample for sample in others if sample.moderation and sample.moderation.grade == sample.grade]
        plain = [sample for sample in others if not sample.moderation]
        picked = urgent + remarks + changed + confirmed[:confirmed_n]
        chosen += picked + plain[: count // 2 - len(picked)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    if member is None:
        return ""
    return {"early_help_manager": "Families First Manager", "head_of_service": "Head of Service"}.get(member.role, "")


def _grade_in(cell_or_paragraph, grade: str, style: str, rng: random.Random, *, colour: str | None = None) -> None:
    """Write `grade` into a cell (or a paragraph) in the form's style."""
    target = cell_or_paragraph
    para = target.paragraphs[-1] if hasattr(target, "paragraphs") else target
    if style == "word":
        run(para, informal_grade(rng, grade, note_chance=0.2), bold=True, colour=colour)
    elif style == "number":
        run(para, NUMBER[grade] if rng.random() < 0.7 else f"{NUMBER[grade]} ({SHORT[grade]})", bold=True, colour=colour)
    else:  # "highlight" or "strike": all four printed, one chosen
        for position, option in enumerate(ORDER):
            if position:
                run(para, " / ")
            if option == grade:
                run(para, PRINTED[option], bold=True, highlight=style == "highlight", colour=colour)
            else:
                run(para, PRINTED[option], strike=style == "strike")


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    kind = sample.kind
    step = kind == STEP_UP_DOWN_AUDIT
    details_style = rng.choice(("pairs", "grid", "lines"))
    grade_style = rng.choice(("word", "highlight", "strike", "number", "columns", "number"))
    areas_style = "columns" if grade_style == "columns" else rng.choice(("table", "headed"))
    actions_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("box", "paragraphs"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    area_names = rng.choice(AREAS[kind])
    old_names = [section.name for section in sample.sections]

    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for name, section in zip(area_names, sample.sections))}
    eh_reference = rng.random() < 0.7
    if eh_reference:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(replace(action, owner=OWNERS.get(action.owner, action.owner))
                                   for action in sample.actions)
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, area_names))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed} \
        if moderation else {}
    own = {field.key: field.written for field in sample.own}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Families First QA – {rng.choice(('v2', 'v2.1', 'v3'))} – OFFICIAL: SENSITIVE once completed", size=8)

    # --- header ---------------------------------------------------------------------
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    brand_heading(document, rng.choice(TITLES[kind]), brand, size=15)
    if rng.random() < 0.6:
        paragraph(document, WELSH[kind], italic=True, colour=brand, size=9)
    if rng.random() < 0.5:
        paragraph(document, "Complete within 10 working days of selection. Send the completed form to the QA inbox "
                            "and discuss the findings with the lead worker.", italic=True, size=8)

    # --- Part A: details ---------------------------------------------------------------
    born = when(child.date_of_birth)
    others_text = "; ".join(f"{name} ({when(day)})" for name, day in household)
    reference_label = rng.choice(("Families First ID", "EHM ID", "Early Help ref.")) if eh_reference \
        else rng.choice(("WCCIS no.", "WCCIS ID", "Client no. (WCCIS)"))
    details = [
        ("Child / young person", child.full_name),
        ("Date of birth", born),
        (reference_label, sample.case_id),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        ("Parents / carers", " and ".join(child.parents)),
        ("Other children in the household", others_text),
        (rng.choice(("Lead worker", "Lead practitioner", "Key worker")), sample.practitioner),
    ]
    if sample.team:
        details.append(("Team", sample.team))
    if sample.service:
        details.append(("Service", sample.service))
    details += [
        (rng.choice(("Audited by", "Auditor", "Auditing manager")),
         f"{sample.auditor}{', ' + _role(sample.auditor) if rng.random() < 0.5 and _role(sample.auditor) else ''}"),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    brand_heading(document, "Part A – The family", brand, size=12)
    if details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "grid":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(details):
            row, column = position % rows, 2 * (position // rows)
            label(grid.cell(row, column), name, "DDEBF7")
            write(grid.cell(row, column + 1), value)
    else:
        for name, value in details:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)

    # --- Part B: the move (step up / step down only) ------------------------------------------
    if step:
        brand_heading(document, "Part B – The move", brand, size=12)
        direction = own["direction"]
        moved = own["transfer_date"]
        grid = table(document, 3, 2)
        label(grid.cell(0, 0), rng.choice(("Step up or step down?", "Direction of the move")), "E7E6E6")
        if rng.random() < 0.5:
            write(grid.cell(0, 1), direction)
        else:
            para = grid.cell(0, 1).paragraphs[0]
            for position, option in enumerate(("Step up to Children's Social Care", "Step down to Early Help")):
                if position:
                    run(para, "   /   ")
                run(para, option, strike=option != direction, bold=option == direction)
        label(grid.cell(1, 0), rng.choice(("Date of the move", "Date stepped up / down", "Transfer date")), "E7E6E6")
        write(grid.cell(1, 1), when(moved))
        label(grid.cell(2, 0), "Agreed at", "E7E6E6")
        write(grid.cell(2, 1), rng.choice(PANELS))

    # --- Part C: areas ---------------------------------------------------------------------
    letter = iter("CDEFGHIJ" if step else "BCDEFGHI")
    brand_heading(document, f"Part {next(letter)} – {'The move' if step else 'The plan'}: what the audit found",
                  brand, size=12)
    if grade_style == "number":
        key = paragraph(document, "Key: ", bold=True, size=9)
        run(key, "   ".join(f"{NUMBER[grade]} = {PRINTED[grade]}" for grade in ORDER), size=9)
    elif grade_style in ("highlight", "strike"):
        paragraph(document, "Highlight the grade that applies." if grade_style == "highlight"
                  else "Delete (strike through) the grades that do not apply.", italic=True, size=9)
    prompt = rng.choice(PROMPTS)
    if areas_style == "columns":
        headers = ("Area", "Evidence", *(SHORT[grade] for grade in ORDER))
        grid = table(document, len(sample.sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        tick = rng.choice(("X", "\u2713", "x", ""))
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            target = row.cells[2 + ORDER.index(section.grade)]
            if tick:
                write(target, tick, bold=True)
            else:
                shade(target._tc, "A6A6A6")
        paragraph(document, "O = Outstanding, G = Good, RI = Requires improvement to be good, I = Inadequate",
                  italic=True, size=8)
    elif areas_style == "table":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", prompt or "Evidence", "Grade")):
            label(cell, text, "DDEBF7")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{_initials(moderation.moderator)}: {remarks[section.name]}", colour=ink)
            _grade_in(row.cells[2], section.grade, grade_style, rng)
    else:
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            if prompt:
                paragraph(document, prompt, italic=True, size=8)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service comment: {remarks[section.name]}", colour=ink)
            line = paragraph(document)
            run(line, "Grade: ", bold=True)
            _grade_in(line, section.grade, grade_style, rng)

    # --- overall -------------------------------------------------------------------------------
    overall = paragraph(document)
    run(overall, rng.choice(("Overall grade for the plan: ", "Overall judgement: ", "Overall audit grade: ")),
        bold=True, colour=brand)
    if grade_style == "columns":
        run(overall, informal_grade(rng, sample.grade), bold=True)
    else:
        _grade_in(overall, sample.grade, grade_style, rng)

    # --- strengths and development -------------------------------------------------------------
    brand_heading(document, f"Part {next(letter)} – Working well and needs to change", brand, size=12)
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "What is working well?", "E2EFDA")
        label(grid.cell(0, 1), "What needs to change?", "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {text}")
    else:
        paragraph(document, "Strengths", bold=True)
        for text in sample.strengths:
            paragraph(document, f"- {text}")
        paragraph(document, "Areas for development", bold=True)
        for text in sample.development_areas:
            paragraph(document, f"- {text}")

    # --- family voice ----------------------------------------------------------------------
    brand_heading(document, f"Part {next(letter)} – What matters to the family", brand, size=12)
    paragraph(document, rng.choice(("In their own words, from the auditor's conversation with the family:",
                                    "The family's voice (what they told us):", "")), italic=True, size=9)
    paragraph(document, f"\u201c{own['family_voice']}\u201d" if rng.random() < 0.5 else own["family_voice"])

    # --- safety ------------------------------------------------------------------------------
    brand_heading(document, f"Part {next(letter)} – Safety today", brand, size=12)
    paragraph(document, rng.choice(SAFETY), bold=True)
    answer = paragraph(document)
    if rng.random() < 0.5:
        run(answer, "Yes", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(answer, " / ")
        run(answer, "No", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    else:
        run(answer, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "NO")), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"{sample.urgent_concern_detail} Discussed with the Team Manager on {when(sample.date)}.")

    # --- actions -------------------------------------------------------------------------------
    brand_heading(document, f"Part {next(letter)} – Actions agreed with the lead worker", brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Who will do it", "By",
                                                               "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")

    # --- moderation ----------------------------------------------------------------------------
    brand_heading(document, f"Part {next(letter)} – Head of Service moderation", brand, size=12)
    if moderation_style == "box":
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Grade after moderation", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                agreed = "Agree – " if moderation.grade == sample.grade else "Changed to "
                write(box.cell(2, 1), agreed + informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif moderation:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document)
            if moderation.grade == sample.grade:
                run(line, f"I agree with the overall grade of {informal_grade(rng, moderation.grade)}.", colour=ink)
            else:
                run(line, "Moderated grade: ", colour=ink, bold=True)
                run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    else:
        paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)

    data = finish_docx(document, rng.choice(TITLES[kind]), sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *(when(day) for _, day in household)))


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split())
