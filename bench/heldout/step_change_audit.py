"""Step change audit: an Early Help manager's audit of one family's Team
Around the Family plan, or of one move between Early Help and children's
social care (a step up or a step down), set against the council's
"staircase" of need: the family's details and the Early Help reference,
the lead practitioner, where the family sat on the staircase before and
after a move, each area graded, an overall grade, what is working well and
what would make it better, actions (who, by when) or a "no actions"
sentence, what the family say, the safety question and the Head of
Service's (or Head of Early Help's) moderation.

Modelled on Durham County Council's "Early Help and Neglect Strategy 2015
to 2017" (the partnership's early help offer set out as "The Durham
Staircase & Continuum of Need": levels of need climbing from universal
help through the One Point Service's targeted early help to the Families
First social work teams, with families expected to step up and down the
staircase as their needs change, and the strategy's "Measuring the
Impact" and governance sections asking managers to evidence the
difference made) and the Local Government Association's case study
"Durham's strong early help offer; rebalancing the system" (timely
conversations about what early help can offer, "always think family",
sustained outcomes after help ends). Neither publishes a form, so the
layout is our judgement: the family details as a two-column table, as a
four-column grid or as typed "label: value" lines; the step shown as a
staircase table with the levels before and after marked, as the two
directions with one struck through, or as a sentence; areas graded by a
number on a printed key, by a mark under four grade columns, by the
chosen word highlighted among the four, or in the auditor's own words;
actions as a table, as dashed lines or a "no actions" sentence; and the
moderation typed in a colour as a closing block or in a box, with
remarks under the areas they read.
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
    brand_heading,
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

FAMILY = "step_change_audit"
SEED = 9143

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY_MEANING = {
    OUTSTANDING: "the family's lives are clearly better; practice to share",
    GOOD: "the plan is making a difference and the family know what it says",
    REQUIRES_IMPROVEMENT: "safe, but drift or gaps mean change is not yet happening",
    INADEQUATE: "the family are not getting the help they need, or a child may be unsafe",
}

# The form's areas in the order of the sample's five sections.
AREAS = {
    TAF_AUDIT: (
        ("Hearing the child", "Are the child's own words and wishes in the plan?"),
        ("The family plan – is it SMART?", "Does each outcome say who does what by when?"),
        ("TAF meetings: regular, attended, reviewed", "Are meetings held every 6–8 weeks with the family there?"),
        ("Leading the work (lead practitioner)", "Does one person hold the plan and keep the network together?"),
        ("Difference made for the family", "What has changed since the last review? How do we know?"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Was the step the right one?", "Is the reason for the move clear and agreed with the family?"),
        ("Sharing what we know", "Did the receiving team get the assessment, plan and chronology?"),
        ("No delay at the step", "Was the handover meeting held within 10 working days?"),
        ("Keeping things steady for the family", "Did a known worker stay involved until the new one started?"),
        ("Manager's grip on the decision", "Is the decision recorded with reasons by a manager?"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Team Around the Family – Plan Audit", "TAF Plan Audit", "Early Help Audit: Team Around the Family"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "Stepping Up and Down the Staircase – Audit",
                         "Step Change Audit (Early Help ⇄ Social Care)"),
}
LEVELS = ("Level 1 – Universal", "Level 2 – Early help (single agency)", "Level 3 – One Point targeted early help",
          "Level 4 – Families First (children's social care)")
DIRECTION_WORDS = {"Step up to Children's Social Care": ("up",), "Step down to Early Help": ("down",)}
NO_ACTIONS = ("No actions – the plan already covers everything the audit found.",
              "No further actions needed from this audit.",
              "Nil actions. Feedback given to the lead practitioner in supervision.")
SAFETY_QUESTIONS = (
    "Is any child in this family at risk of significant harm today? (If yes, speak to First Contact now and "
    "tell your Head of Service.)",
    "Safety check: did the audit find anything that means a child is not safe today?",
)
CHECKS = (("Consent recorded on the system", ("Yes", "Yes – signed", "Verbal, recorded")),
          ("Early Help Assessment up to date", ("Yes", "Yes (within 6 months)", "Review due")),
          ("Chronology on file", ("Yes", "Partly", "Yes – needs updating")))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = []
    for kind, changed_count in ((TAF_AUDIT, 2), (STEP_UP_DOWN_AUDIT, 1)):
        audits = [sample for sample in pool if sample.kind == kind]
        urgent = [sample for sample in audits if sample.urgent_concern][:1]
        calm = [sample for sample in audits if not sample.urgent_concern]
        moderated = [sample for sample in calm if sample.moderation]
        comments_only = [sample for sample in moderated if sample.moderation.grade is None][:1]
        changed = [sample for sample in moderated
                   if sample.moderation.grade not in (None, sample.grade)][:changed_count]
        confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:1]
        plain = [sample for sample in calm if not sample.moderation]
        picked = urgent + comments_only + changed + confirmed
        picked += plain[: count // 2 - len(picked)]
        chosen += picked
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("two", "four", "lines"))
    style = rng.choice(("number", "columns", "highlight", "words"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    areas = AREAS[sample.kind]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    reference = rng.random()
    if reference < 0.55:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() > 0.2
    show_service = details != "lines" and rng.random() < 0.6
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
    own = {field.key: field for field in sample.own}
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"One Point / Early Help QA – audit template v{rng.choice(('2', '2.3', '3'))} – "
                "OFFICIAL-SENSITIVE once completed", size=8)

    title = rng.choice(TITLES[sample.kind])
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, "Early Help and Prevention – One Point Service", size=9)
    brand_heading(document, title.upper() if rng.random() < 0.4 else title, brand, size=16)
    paragraph(document, rng.choice(("Audit completed by an Early Help manager and sent to the QA inbox.",
                                    "Complete every part. Grades follow the key in Part C.",
                                    "Right help, right time, right step.")), italic=True, size=9)

    # Part A: who this is about.
    brand_heading(document, "Part A – The family", brand)
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor}, Early Help Manager" if rng.random() < 0.5 else f"{auditor} (EH Manager)"
    lead_label = rng.choice(("Lead practitioner", "Lead professional", "Lead worker (TAF)", "Key worker"))
    reference_label = rng.choice(("EHM ref.", "Early Help reference", "System ref", "Family ref. no."))
    family_line = "; ".join(f"{name} ({_age(born, today)})" for name, born in household)
    rows = [
        (rng.choice(("Child's name", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        (rng.choice(("Other children in the family", "Brothers / sisters (age)", "Siblings")), family_line),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents)),
        (lead_label, sample.practitioner),
    ]
    if show_team:
        rows.append((rng.choice(("Team", "Locality team")), sample.team))
    if show_service:
        rows.append(("Service", sample.service))
    rows += [(rng.choice(("Audited by", "Auditor", "Early Help manager auditing")), auditor),
             (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date))]
    if details == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details == "four":
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

    # Part B: the step (step up / step down) or the plan's place on the staircase.
    if sample.kind == STEP_UP_DOWN_AUDIT:
        _step(rng, document, brand, own, when)
    else:
        brand_heading(document, "Part B – Where the family are on the staircase", brand)
        line = paragraph(document, "Level of need at this audit: ", bold=True)
        run(line, rng.choice(LEVELS[1:3]))
        line = paragraph(document, "TAF plan open since: ", bold=True)
        run(line, when(sample.date.replace(day=1).replace(year=sample.date.year - 1)))
    for text, answers in rng.sample(CHECKS, rng.randint(1, 3)):
        line = paragraph(document, f"{text}: ", bold=True)
        run(line, rng.choice(answers))
    document.add_paragraph()

    # Part C: the key and the areas.
    brand_heading(document, "Part C – Areas audited", brand)
    if style == "number":
        key = table(document, 2, 4)
        for cell, grade in zip(key.rows[0].cells, ORDER):
            label(cell, f"{ORDER.index(grade) + 1} = {WORDS[grade]}", "F2F2F2")
        for cell, grade in zip(key.rows[1].cells, ORDER):
            write(cell, KEY_MEANING[grade], italic=True, size=8)
        paragraph(document, "Score each area 1–4 from the key.", italic=True, size=9)
    elif style == "highlight":
        paragraph(document, "Highlight one grade for each area.", italic=True, size=9)
    elif style == "columns":
        paragraph(document, "Put an X under the grade that fits best.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "Head of Service: ", "Moderator – ", ""))
    if style == "columns":
        grid = table(document, len(sample.sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What the audit found", *(WORDS[g] for g in ORDER))):
            label(cell, text, "DDEBF7")
        mark = rng.choice(("X", "x", "\u2713"))
        rows_out = [*zip(sample.sections, areas)]
        for row, (section, (_, prompt)) in zip(grid.rows[1:], rows_out):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            write(row.cells[2 + ORDER.index(section.grade)], mark, bold=True)
        last = grid.rows[-1]
        label(last.cells[0], rng.choice(("OVERALL GRADE", "Overall")), "DDEBF7")
        write(last.cells[1], rng.choice(("Taking all areas together.", "Auditor's overall judgement.", "")))
        write(last.cells[2 + ORDER.index(sample.grade)], mark, bold=True)
        shade(last.cells[2 + ORDER.index(sample.grade)]._tc, "FFF2CC")
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
            card = table(document, 2, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            write(top, f"C{number}. {section.name}", bold=True, colour=brand)
            write(top, prompt, italic=True, size=8)
            write(card.cell(1, 0), section.comment)
            if section.name in remarks:
                write(card.cell(1, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            _grade(rng, card.cell(1, 1), style, section.grade, "Score" if style == "number" else "Grade")
            document.add_paragraph()
        brand_heading(document, "Overall grade", brand, size=11)
        box = table(document, 1, 2)
        label(box.cell(0, 0), rng.choice(("Overall grade for this audit", "Overall judgement", "OVERALL")), "FFF2CC")
        _grade(rng, box.cell(0, 1), style, sample.grade, "")
    document.add_paragraph()

    # Part D: what we found.
    brand_heading(document, "Part D – What we found", brand)
    headings = rng.choice((("What's working well", "Even better if"),
                           ("Strengths", "Areas for development"),
                           ("Strengths of the plan", "What needs to be better")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}) {item}" if bullet == "numbers" else f"{bullet}{item}")
    voice = own["family_voice"]
    line = paragraph(document, rng.choice(("What the family say: ", "Family's voice: ", "Voice of the family: ")),
                     bold=True)
    run(line, voice.written)
    document.add_paragraph()

    # Part E: actions.
    brand_heading(document, "Part E – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 4)
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "Who will do it",
                                                                      "Date", "Update")))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"- {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Part F: safety.
    brand_heading(document, "Part F – Safety", brand)
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, rng.choice(("YES – ", "Yes. ")) + sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no safety concerns identified", "NO")))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _step(rng: random.Random, document, brand: str, own, when) -> None:
    direction = own["direction"].written
    moved = own["transfer_date"].written
    up = direction.startswith("Step up")
    brand_heading(document, "Part B – The step", brand)
    shape = rng.choice(("staircase", "strike", "sentence"))
    if shape == "staircase":
        before, after = (2, 3) if up else (3, 2)
        grid = table(document, len(LEVELS) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Level of need", "Before", "After")):
            label(cell, text, "EDEDED")
        for position, (row, level) in enumerate(zip(grid.rows[1:][::-1], LEVELS)):
            write(row.cells[0], level)
            if position == before:
                write(row.cells[1], "\u25cf")
            if position == after:
                write(row.cells[2], "\u25cf")
        line = paragraph(document, "Direction: ", bold=True)
        run(line, direction)
        line = paragraph(document, rng.choice(("Date of step", "Date the case moved", "Transfer date")) + ": ",
                         bold=True)
        run(line, when(moved))
    elif shape == "strike":
        line = paragraph(document, "Step (delete one): ", bold=True)
        for position, option in enumerate(DIRECTION_WORDS):
            if position:
                run(line, "  /  ")
            run(line, option, strike=option != direction, bold=option == direction)
        line = paragraph(document, "Date of step up / step down: ", bold=True)
        run(line, when(moved))
    else:
        receiving = "Families First" if up else "the One Point Service"
        paragraph(document, f"{direction}: the case moved to {receiving} on {when(moved)}.")


def _grade(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    if style == "number":
        line = write(cell, f"{text}: " if text else "", bold=True)
        run(line, str(ORDER.index(grade) + 1), bold=True, size=14)
        if rng.random() < 0.3:
            run(line, f" ({WORDS[grade].lower()})")
    elif style == "highlight":
        for option in ORDER:
            write(cell, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        line = write(cell, f"{text}: " if text else "", bold=True)
        run(line, informal_grade(rng, grade, note_chance=0.2 if text else 0.0))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part G – Head of Service moderation", "Part G – Head of Early Help moderation",
                          "Part G – Moderation (Head of Service)"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Not selected for moderation.", "Head of Service to complete.", "")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    if rng.random() < 0.5:
        paragraph(document, f"{moderation.moderator} – moderated {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = "I agree with the overall grade." if moderation.grade == sample.grade else \
                "I do not agree with the auditor's overall grade."
            paragraph(document, agree, colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Agree with overall grade?", "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
