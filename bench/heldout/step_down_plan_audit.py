"""Step up / step down audits drawn on the pattern of a council's Early Help
"Step-Down Plan – from CIN or CP" (Word).

Source: an unnamed English council's Early Help form "Step-Down Plan – from
CIN or CP", published as a copy at https://docsbay.net/step-down-plan-from-cin-or-cp
(the council's name and mailbox are cut from the copy). It is a step-down
*plan* filled in at a step-down meeting, not an audit, so only its structure
is borrowed. What came from the source:

- an opening block asking for the family name together with the case file
  number in the case system, the start date of the original work, which kind
  of plan was in place (CIN / CP, one to be chosen) and the date of the
  step-down meeting;
- a "Family Details" table with the columns Last name / First name /
  Relationship / DOB, one row a family member;
- numbered domains ("1a) ...", "1b) ..."), each with a "Consider:" prompt,
  a "Strengths and Needs" box, a plan table with the columns Needs /
  Actions / People responsible / Outcomes / Completion date, and a score
  row printing the numbers 1 to 5 to choose from;
- a final page printed and signed.

What is our judgement: turning the plan into an audit of the step up / step
down decision graded on the four Ofsted grades (the score row became a 1-4
key, or the four grades printed with the chosen one marked, or a typed
grade); the areas audited (the sample builder's five step up / step down
areas, sometimes renamed or fewer); the "Consider:" prompts, which are our
own short words; the audit details (lead professional, team, service,
auditor, audit date, direction and date of transfer); the overall grade;
one "Strengths and Needs" box or separate lists for the strengths and the
areas for development; the family's voice box; the immediate-concern
question; the Head of Service moderation (a box, lines typed in their own
colour, or none); and every variation between files listed in `build`.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

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
    actions_table,
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
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "step_down_plan_audit"
SEED = 10087

PRINTED = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
           (INADEQUATE, "Inadequate"))
TICKED, UNTICKED = "\u2612", "\u2610"

# Our own renaming of the five areas, as a council rewording its tool would.
RENAMED = {
    "Decision to step up or step down": "Was the step up / step down decision right for the child?",
    "Information shared at transfer": "Information shared at handover",
    "Timeliness of transfer": "Timeliness",
    "Continuity for the child and family": "Continuity of support for the family",
    "Management oversight": "Manager's oversight of the move",
}
# Short "Consider:" prompts in the source's manner (our words).
PROMPTS = {
    "Decision to step up or step down": "threshold applied, rationale recorded, family's consent.",
    "Information shared at transfer": "assessment and plan passed on, family not asked to tell their story again.",
    "Timeliness of transfer": "meeting held before closure, no gap in support.",
    "Continuity for the child and family": "key relationships kept, outstanding actions carried over.",
    "Management oversight": "manager's decision recorded with reasons and timescales.",
}
REASONS = (
    "Progress against the Child in Need plan has been sustained for three months and the family agree to "
    "continued support from Early Help.",
    "Worries about home conditions increased despite the Early Help plan, and the TAF agreed a referral to "
    "Children's Social Care.",
    "The family have engaged well; remaining needs relate to school attendance and routines.",
)


def build(today: date) -> list[HeldOutForm]:
    """Sixteen step up / step down audits. Across the files vary: the case
    reference (plain, prefixed, an Early Help reference, or written after the
    family name as the source asks), the date spelling, the details block
    (two-column table, four-column grid, "Label: value" lines, labels over
    values), the family details table (with brothers and sisters) or none,
    the areas (named as sampled, renamed, or fewer), how the areas are laid
    out (numbered domains or one grid), how grades are given (typed, a
    number on the printed 1-4 key, the four grades with the chosen one
    highlighted, bold, ticked or the others struck through, a mark under one
    of four grade columns), strengths and areas for development (one
    "Strengths and Needs" box, bullet lists, paragraphs or two columns), the
    actions (the source's five-column plan table, a three-column table,
    numbered lines, or a sentence saying there are none), the immediate
    concern question (typed or ticked boxes), and the Head of Service's
    moderation (a box, lines in their own colour, or absent)."""
    samples = tool_samples(16, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    forms = []
    for index, sample in enumerate(samples, start=1):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, choices = _vary(sample, rng, index, today)
        data, others, also = _draw(sample, rng, choices, today)
        forms.append(held_out(FAMILY, index, sample, data, "docx", others=others, also=also))
    return forms


def _vary(sample, rng: random.Random, index: int, today: date):
    """Change the sample where this file's layout needs it."""
    choices = {
        "details": ("table", "grid", "lines", "over")[index % 4],
        "areas": ("domains", "domains", "grid")[index % 3],
        "grades": ("typed", "score", "highlight", "bold", "tick", "strike", "columns")[(index * 3) % 7],
        "lists": ("box", "bullets", "paragraphs", "columns")[(index + 1) % 4],
        "actions": ("plan", "table", "numbered", "plan", "none")[index % 5],
        "urgent": ("typed", "ticked")[index % 2],
        "moderation": ("box", "inline", "box", "absent")[(index + 2) % 4],
        "family_table": index % 5 != 0,
        "child_shown": index not in (7, 13),
        "sibling_count": rng.choice((0, 1, 1, 2)) if index % 5 != 0 else 0,
        "reference": ("plain", "prefixed", "early_help", "plain", "prefixed", "combined", "early_help",
                      "plain")[index % 8],
        "prompts": rng.random() < 0.6,
        "reason": rng.random() < 0.5,
    }
    changes = {}
    if choices["reference"] == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif choices["reference"] in ("early_help", "combined") and rng.random() < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    sections = sample.sections
    if index in (4, 9, 14):  # fewer areas
        keep = sorted(rng.sample(range(len(sections)), len(sections) - rng.choice((1, 2))))
        sections = tuple(sections[position] for position in keep)
    if index in (2, 6, 11, 15):  # the council's own names for the areas
        sections = tuple(replace(section, name=RENAMED[section.name]) for section in sections)
        if sample.moderation:
            remarks = {RENAMED[name]: text for name, text in sample.moderation.section_comments.items()}
            changes["moderation"] = replace(sample.moderation, section_comments=remarks)
    changes["sections"] = sections
    if choices["actions"] == "none":
        changes["actions"] = ()
    if choices["moderation"] == "absent":
        changes["moderation"] = None
    return replace(sample, **changes), choices


def _draw(sample, rng: random.Random, choices: dict, today: date):
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    child = sample.child
    document = new_document(rng)
    brand_heading(document, council_line(rng), brand, size=12)
    brand_heading(document, "Early Help", brand, size=11)
    paragraph(document, sample.title.upper() if rng.random() < 0.4 else sample.title, bold=True, size=15)
    paragraph(document, "Please complete this audit electronically and return it to the QA mailbox. The final page "
                        "is to be printed and signed.", italic=True, size=9)

    # The family's brothers and sisters, in the family details table.
    shown = choices["family_table"] and choices["child_shown"]
    brothers_sisters = siblings(rng, child, choices["sibling_count"], today) if shown else []
    others = tuple(name for name, _ in brothers_sisters)
    also = [when(child.date_of_birth), *(when(born) for _, born in brothers_sisters)]

    reference = sample.case_id
    case_label = sample.labels.get("case_id", "Case file number")
    if choices["reference"] == "combined":
        case_label = "Family name and case file number in Liquid Logic"
        reference = f"{child.surname} \u2013 {sample.case_id}"
    fields = [(case_label, reference)]
    if choices["child_shown"] and not choices["family_table"]:
        fields += [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth))]
    if rng.random() < 0.7:
        fields.append(("Main address of family", ", ".join((*child.address_lines, child.postcode))))
    own = {field.key: field for field in sample.own}
    direction = own["direction"]
    if rng.random() < 0.5:
        options = ("Step down to Early Help", "Step up to Children's Social Care")
        fields.append((direction.label, "   ".join(
            f"{TICKED if option == direction.written else UNTICKED} {option}" for option in options)))
    else:
        fields.append((direction.label, direction.written))
    fields.append((own["transfer_date"].label, when(own["transfer_date"].written)))
    before = "Early Help plan (TAF)" if direction.written.startswith("Step up") else rng.choice(("CIN", "CP"))
    fields.append(("Plan in place before the move", "   ".join(
        f"{TICKED if option == before else UNTICKED} {option}" for option in ("CIN", "CP", "Early Help plan (TAF)"))))
    fields += [
        (sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Auditor", "Audited by", "Completed by (Early Help Manager)")), sample.auditor),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date)),
    ]
    brand_heading(document, "Part 1 \u2013 Audit details", brand, size=11)
    _details(document, rng, choices["details"], fields)

    if choices["family_table"] and choices["child_shown"]:
        brand_heading(document, "Family Details", brand, size=11)
        people = [(child.surname, child.first_name, "Child (subject of audit)", when(child.date_of_birth))]
        people += [(name.split()[1], name.split()[0], rng.choice(("Brother", "Sister", "Half-sibling")), when(born))
                   for name, born in brothers_sisters]
        people += [(parent.split()[-1], parent.split()[0], relation, "")
                   for parent, relation in zip(child.parents, rng.sample(("Mother", "Father", "Parent"), 2))]
        grid = table(document, len(people) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Last name", "First name", "Relationship", "DOB")):
            label(cell, text, "DEEAF6")
        for row, person in zip(grid.rows[1:], people):
            for cell, text in zip(row.cells, person):
                write(cell, text)
    if choices["reason"]:
        paragraph(document, "Reason for the step up / step down", bold=True)
        paragraph(document, REASONS[0 if direction.written.startswith("Step down") else 1])

    # Part 2: the areas audited and the grades.
    remarks = sample.moderation.section_comments if sample.moderation else {}
    brand_heading(document, "Part 2 \u2013 Quality of the step up / step down", brand, size=11)
    style = choices["grades"]
    if style == "score" or (style == "columns" and choices["areas"] == "domains"):
        style = "score"
        paragraph(document, "Score key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True)
    if choices["areas"] == "grid":
        _area_grid(document, rng, sample, style, remarks, ink)
    else:
        number = rng.choice(("1{letter})", "{count}.", "{count})"))
        for count, section in enumerate(sample.sections, start=1):
            heading = number.format(letter="abcde"[count - 1], count=count)
            paragraph(document, f"{heading} {section.name}", bold=True, colour=brand)
            original = next((name for name, new in RENAMED.items() if new == section.name), section.name)
            if choices["prompts"]:
                prompt = paragraph(document)
                run(prompt, "Consider: ", bold=True, italic=True)
                run(prompt, PROMPTS[original], italic=True)
            box = table(document, 1, 1)
            write(box.cell(0, 0), "Evidence", bold=True)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"HoS: {remarks[section.name]}", colour=ink)
            _grade_line(document, rng, "Score" if style == "score" else "Grade", section.grade, style)
    paragraph(document)
    _grade_line(document, rng, rng.choice(("Overall grade", "Overall judgement of the step up / step down",
                                           "Overall grade for this audit")),
                sample.grade, "typed" if style == "columns" else style, bold_label=True)

    # Part 3: the family's voice, strengths and needs.
    voice = own["family_voice"]
    brand_heading(document, voice.label, brand, size=11)
    paragraph(document, voice.written)
    development = list(sample.development_areas)
    if brothers_sisters and rng.random() < 0.6:
        development[-1] = mention(rng, SIBLING_SENTENCES, brothers_sisters[0][0])
    _strengths(document, rng, choices["lists"], brand, sample.strengths, tuple(development))

    # Part 4: the plan.
    brand_heading(document, rng.choice(("Plan \u2013 actions arising from the audit", "Actions", "Action plan")),
                  brand, size=11)
    _actions(document, rng, choices["actions"], sample, when)

    # Part 5: immediate concerns.
    question = "Are there any immediate safeguarding concerns that need to be escalated today?"
    if choices["urgent"] == "typed":
        line = paragraph(document)
        run(line, f"{question} ", bold=True)
        run(line, rng.choice(("Yes", "YES", "yes")) if sample.urgent_concern else rng.choice(("No", "NO", "no")))
    else:
        paragraph(document, question, bold=True)
        paragraph(document, f"{TICKED if sample.urgent_concern else UNTICKED} Yes     "
                            f"{UNTICKED if sample.urgent_concern else TICKED} No")
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, "If yes, give details and who it was escalated to: ", bold=True)
        run(line, sample.urgent_concern_detail)

    # Part 6: the Head of Service's moderation.
    if choices["moderation"] == "box":
        brand_heading(document, "Head of Service moderation", brand, size=11)
        moderation_box(document, rng, sample, sample.moderation,
                       labels=("Moderated by", "Date moderated", "Do you agree with the auditor's grade?",
                               "Moderated grade", "Moderator's comments"),
                       agree=("Yes", "No"), not_moderated=("Not selected for moderation", ""), ink=ink, when=when)
    elif choices["moderation"] == "inline" and sample.moderation:
        moderation = sample.moderation
        brand_heading(document, "Head of Service moderation", brand, size=11)
        paragraph(document, f"{moderation.moderator}, Head of Service \u2013 {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agreed = "I agree with the grade:" if moderation.grade == sample.grade else "Grade moderated to"
            paragraph(document, f"{agreed} {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
    elif choices["moderation"] == "inline":
        paragraph(document, "Head of Service moderation: not moderated this month.", italic=True)

    # The signed last page, as the source asks.
    paragraph(document)
    sign = table(document, 2, 2)
    label(sign.cell(0, 0), "Auditor signature")
    write(sign.cell(0, 1), sample.auditor, italic=True)
    label(sign.cell(1, 0), "Date")
    write(sign.cell(1, 1), when(sample.date))
    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    return finish_docx(document, sample.title, sample.moderation.date if sample.moderation else sample.date,
                       editor), others, tuple(also)


def _details(document, rng: random.Random, style: str, fields) -> None:
    colon = rng.random() < 0.5
    names = [f"{name}:" if colon and not name.endswith("?") else name for name, _ in fields]
    values = [value for _, value in fields]
    if style == "table":
        grid = table(document, len(fields), 2)
        for row, name, value in zip(grid.rows, names, values):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(zip(names, values)):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        for name, value in zip(names, values):
            line = paragraph(document)
            run(line, f"{name.rstrip(':')}: ", bold=True)
            run(line, value)
    else:  # labels over values, three to a band
        bands = [list(range(start, min(start + 3, len(fields)))) for start in range(0, len(fields), 3)]
        grid = table(document, len(bands) * 2, 3)
        for band, positions in enumerate(bands):
            for column, position in enumerate(positions):
                label(grid.cell(band * 2, column), names[position].rstrip(":"), "DEEAF6")
                write(grid.cell(band * 2 + 1, column), values[position])


def _grade_line(document, rng: random.Random, name: str, grade: str, style: str, *, bold_label: bool = False):
    line = paragraph(document)
    run(line, f"{name}: ", bold=True)
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
        return
    if style == "score":
        chosen = [given for given, _ in PRINTED].index(grade) + 1
        if rng.random() < 0.3:
            run(line, str(chosen))
            return
        for number in range(1, 5):
            run(line, f" {number} ", bold=number == chosen, highlight=number == chosen)
            if number < 4:
                run(line, "/")
        return
    for position, (given, printed) in enumerate(PRINTED):
        chosen = given == grade
        if position:
            run(line, "   " if style == "tick" else " / ")
        if style == "tick":
            run(line, f"{TICKED if chosen else UNTICKED} {printed}")
        elif style == "highlight":
            run(line, printed, highlight=chosen)
        elif style == "bold":
            run(line, printed.upper() if chosen else printed, bold=chosen)
        else:  # strike: the others struck through
            run(line, printed, strike=not chosen)


def _area_grid(document, rng: random.Random, sample, style: str, remarks: dict, ink: str) -> None:
    if style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area audited", "Evidence", *(name for _, name in order))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            for cell, (given, _) in zip(row.cells[2:], order):
                if given == section.grade:
                    mark(cell, symbol)
        return
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Area audited", "Evidence", "Score" if style == "score" else "Grade")):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
        cell = row.cells[2]
        if style == "score":
            write(cell, str([given for given, _ in PRINTED].index(section.grade) + 1))
        elif style == "typed":
            write(cell, informal_grade(rng, section.grade))
        else:
            for given, printed in PRINTED:
                chosen = given == section.grade
                if style == "tick":
                    write(cell, f"{TICKED if chosen else UNTICKED} {printed}")
                else:
                    write(cell, printed, bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                          strike=not chosen and style == "strike")


def _strengths(document, rng: random.Random, style: str, brand: str, strengths, development) -> None:
    if style == "box":  # the source's single "Strengths and Needs" box
        paragraph(document, "Strengths and Needs", bold=True, colour=brand)
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        write(cell, "Strengths", bold=True)
        for text in strengths:
            write(cell, f"\u2022 {text}")
        write(cell, rng.choice(("Needs", "Needs / areas for development")), bold=True)
        for text in development:
            write(cell, f"\u2022 {text}")
    elif style == "columns":
        rows = max(len(strengths), len(development))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), "What is working well (strengths)", "E2EFDA")
        label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for position in range(rows):
            if position < len(strengths):
                write(grid.cell(position + 1, 0), strengths[position])
            if position < len(development):
                write(grid.cell(position + 1, 1), development[position])
    else:
        for heading, items in (("Strengths", strengths), ("Areas for development", development)):
            paragraph(document, heading, bold=True, colour=brand)
            for text in items:
                if style == "bullets":
                    document.add_paragraph(text, style="List Bullet")
                else:
                    paragraph(document, text)


def _actions(document, rng: random.Random, style: str, sample, when) -> None:
    nothing = ("No further actions arising from this audit.", "No actions required \u2013 the step down was "
               "well managed.", "There are no actions from this audit.")
    if style == "plan" and sample.actions:  # the source's five-column plan table
        grid = table(document, len(sample.actions) + 1, 5)
        for cell, text in zip(grid.rows[0].cells, ("Needs", "Actions", "People responsible", "Outcomes",
                                                   "Completion date")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], rng.choice([section.name for section in sample.sections]))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[4], when(action.due))
    elif style == "numbered" and sample.actions:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")
    else:
        actions_table(document, rng, sample.actions,
                      (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale", "Done?")),
                      nothing, when)
