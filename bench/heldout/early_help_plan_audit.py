"""Early Help plan audit: an Early Help manager's audit of one family's
Team Around the Family plan, or of one move between Early Help and
children's social care (a step up or a step down), written on a numbered
Word form: Section 1 the family (the Early Help number, the child, the
parents or carers and the other children living at the address), Section 2
the audit (auditor, lead practitioner, team, and for a move its direction
and date), Section 3 the areas of practice each with the auditor's
evidence and a judgement, Section 4 the overall judgement, Section 5 what
is working well and what needs to change, Section 6 the family's voice,
Section 7 the safety question, Section 8 the actions and Section 9 the
Head of Early Help's moderation.

Modelled on Wigan Council's Early Help toolkit as its published "Early
Help Guidance" describes it ("Guidance for using the Early Help toolkit":
forms in numbered sections, an Early Help number issued when the
assessment is registered with the referral team, the lead professional,
the other children living at the main address recorded in the family's
section, consent before anything is shared) and on the Children's First
Partnership Hub the council's "Teams and duties" page names as the front
door. The guidance describes the assessment forms, not an audit, so the
audit layout is our own judgement: the family's details as a four-column
grid, as typed "Label: value" lines with the other children in a small
table, or as stacked cells with a grey label over each value; judgements
as a number on a printed 1–4 key, as the four words with the others struck
through or the chosen one highlighted, typed informally, or as a mark under
O / G / RI / I columns; the direction of a move as tick boxes or typed;
actions as a table, as numbered lines, or a "no actions" sentence; the
moderation typed in the Head of Service's colour as a box or a closing
paragraph, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF, Section
from bot.samples.forms import SampleAction
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

FAMILY = "early_help_plan_audit"
SEED = 4483

# The council's areas, in the order of the sample's areas
# (bot/samples/tool_phrases.py SECTIONS), each with the question printed under it.
AREAS = {
    TAF_AUDIT: (
        ("Hearing the child",
         "Have the children been seen and are their wishes and feelings written into the plan?"),
        ("The family plan",
         "Is the plan SMART – outcomes the family agreed, who does what and by when?"),
        ("TAF meetings and reviews",
         "Has the Team Around the Family met and reviewed the plan within 6–8 weeks, with the right people there?"),
        ("Co-ordination by the lead practitioner",
         "Does the lead practitioner hold the plan together and keep partners and the family informed?"),
        ("Difference made for the family",
         "What has changed for the children since the plan started?"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Reason for the move",
         "Is it clear why the family needed to step up or could step down, and was the threshold applied?"),
        ("Sharing information at handover",
         "Did the receiving team get the assessment, the plan and the chronology?"),
        ("Timeliness",
         "Did the handover or joint visit happen within the agreed timescale, without a gap in support?"),
        ("Keeping things steady for the family",
         "Did the family know who their worker would be and what would happen next?"),
        ("Management sign-off",
         "Is the decision agreed and recorded by a manager on both sides?"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Early Help Plan Audit – Team Around the Family", "TAF Plan Quality Audit",
                "Early Help Audit: Team Around the Family Plan"),
    STEP_UP_DOWN_AUDIT: ("Early Help Step Up / Step Down Audit", "Audit of Step Up and Step Down Decisions",
                         "Early Help Transition Audit (Step Up / Step Down)"),
}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH Manager"}
ROLES = {"early_help_manager": "Early Help Manager", "head_of_service": "Head of Service"}
NO_ACTIONS = ("No actions – the family plan already covers what this audit found.",
              "No further actions required from this audit.",
              "Actions: none. Plan is on track; next TAF review already booked.")
NOT_MODERATED = ("", "Not sampled for moderation this month.", "Not moderated – not selected.")
CONSENT = ("Consent to share recorded on the assessment: Yes", "Consent in place: Y",
           "Family consent to Early Help: signed on file")
SAFETY_QUESTIONS = (
    "Is any child in this family at risk of significant harm now?",
    "Did the audit find anything that means a child is not safe today?",
    "Safety check – do you have any immediate safeguarding concern about a child in this family?",
)
HUB_NOTES = (
    "Discussed with the Head of Early Help the same day and a contact made to the Children's First Partnership Hub.",
    "Contact made to the Children's First Partnership Hub on the day of the audit; lead practitioner informed.",
)
KEY_TEXT = ("Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
            "Score each area: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = []
    # (urgent, comments only, changed, confirmed, plain) for each kind: eight of each.
    for kind, quota in ((TAF_AUDIT, (1, 1, 2, 1, 3)), (STEP_UP_DOWN_AUDIT, (1, 1, 1, 1, 4))):
        of_kind = [sample for sample in pool if sample.kind == kind]
        urgent = [sample for sample in of_kind if sample.urgent_concern]
        calm = [sample for sample in of_kind if not sample.urgent_concern]
        comments = [sample for sample in calm if sample.moderation and sample.moderation.grade is None]
        changed = [sample for sample in calm if sample.moderation and sample.moderation.grade
                   and sample.moderation.grade != sample.grade]
        confirmed = [sample for sample in calm if sample.moderation and sample.moderation.grade == sample.grade]
        plain = [sample for sample in calm if not sample.moderation]
        for group, wanted in zip((urgent, comments, changed, confirmed, plain), quota):
            chosen += group[:wanted]
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
    details = rng.choice(("grid", "lines", "stacked"))
    style = rng.choice(("number", "strike", "highlight", "typed", "columns"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("typed", "number" if style == "number" else "strike"))
    action_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("box", "paragraph"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)

    areas = AREAS[sample.kind]
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.7:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if rng.random() < 0.15:
        changes["team"] = None
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, (name for name, _ in areas)))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()
               if old in renamed} if moderation else {}
    step = sample.kind == STEP_UP_DOWN_AUDIT
    direction = _own(sample, "direction")
    moved = _own(sample, "transfer_date")
    voice = _own(sample, "family_voice")
    born = when(child.date_of_birth)
    sibling_born = [when(day) for _, day in household]

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"EH QA audit tool v{rng.choice(('2', '2.3', '3'))} – OFFICIAL–SENSITIVE once completed", size=8)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), size=8)

    title = rng.choice(TITLES[sample.kind])
    brand_heading(document, "Start Well – Early Help Service", brand, size=10)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice((
        "To be completed by the Early Help Manager. Save the completed audit in the family's Early Help record "
        "and email it to the Quality Assurance team.",
        "Managers: complete every section. Send to QA within five working days of the audit.",
    )), italic=True, size=8)

    worded = rng.random() < 0.7  # "Section 3: ..." rather than "3. ..."

    def section_heading(number: int, text: str) -> None:
        paragraph(document, f"Section {number}: {text}" if worded else f"{number}. {text}", bold=True, colour=brand)

    # Section 1: the family.
    section_heading(1, rng.choice(("Details of the child and family", "The family", "Child / family details")))
    reference_label = rng.choice(("Early Help number", "EH number", "Early Help ID"))
    family_rows = [
        (reference_label, sample.case_id),
        ("Child's name", child.full_name),
        ("Date of birth", born),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Parent(s) / carer(s)", "Parents/carers")), " and ".join(child.parents)),
    ]
    if details == "grid":
        pairs = family_rows + [("Other children at the address",
                                "; ".join(f"{name} ({day})" for name, day in zip(
                                    (name for name, _ in household), sibling_born)) or "None")]
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    elif details == "lines":
        for text, value in family_rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
        if household:
            paragraph(document, "Other children living at the main address:", bold=True)
            kids = table(document, len(household) + 1, 3)
            for cell, text in zip(kids.rows[0].cells, ("Name", "Date of birth", "Receiving Early Help?")):
                label(cell, text, "E7E6E6")
            for row, (name, _), day in zip(kids.rows[1:], household, sibling_born):
                write(row.cells[0], name)
                write(row.cells[1], day)
                write(row.cells[2], rng.choice(("Yes", "No", "Y", "N – universal only")))
        else:
            paragraph(document, "Other children living at the main address: none")
    else:
        pairs = family_rows + [("Other children at the address",
                                "\n".join(f"{name} – {day}" for (name, _), day in zip(household, sibling_born))
                                or "No other children")]
        stack = table(document, len(pairs), 1)
        for row, (text, value) in zip(stack.rows, pairs):
            cell = row.cells[0]
            write(cell, text, bold=True, size=8, colour="595959")
            shade(cell._tc, "F2F2F2")
            write(cell, value)
    if rng.random() < 0.5:
        paragraph(document, rng.choice(CONSENT), size=9)

    # Section 2: the audit.
    section_heading(2, rng.choice(("About this audit", "Audit details", "Practitioner and audit")))
    audit_rows = [
        (rng.choice(("Audited by", "Auditor (Early Help Manager)", "Completed by")), sample.auditor),
        (rng.choice(("Lead practitioner", "Lead professional", "Family support worker (lead)")), sample.practitioner),
    ]
    if sample.team:
        audit_rows.append((rng.choice(("Team", "Early Help team", "Locality team")), sample.team))
    if sample.service:
        audit_rows.append(("Service", sample.service))
    audit_rows.append((rng.choice(("Date of audit", "Audit date", "Date audited")), when(sample.date)))
    if step:
        audit_rows.append((rng.choice(("Date of step up / step down", "Date family moved", "Date of transfer")),
                           when(moved)))
    box = table(document, len(audit_rows) + (1 if step else 0), 2)
    for row, (text, value) in zip(box.rows, audit_rows):
        label(row.cells[0], text, "E7E6E6")
        write(row.cells[1], value)
    if step:
        row = box.rows[len(audit_rows)]
        label(row.cells[0], rng.choice(("Step up or step down?", "Direction of move", "Type of move")), "E7E6E6")
        if rng.random() < 0.6:
            cell = row.cells[1]
            target = cell.paragraphs[0]
            for option in DIRECTIONS:
                run(target, ("\u2612 " if option == direction else "\u2610 ") + option + "    ",
                    bold=option == direction)
        else:
            write(row.cells[1], direction)

    # Section 3: the areas.
    section_heading(3, rng.choice(("Areas of practice", "Quality of practice – the areas audited",
                                   "What the audit looked at")))
    key = rng.choice(KEY_TEXT)
    if style == "number" or overall_style == "number":
        paragraph(document, key, italic=True, size=9)
    elif style == "columns":
        paragraph(document, "O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate. "
                  "Put an X in one column.", italic=True, size=9)
    elif style in ("strike", "highlight"):
        paragraph(document, "Strike through the judgements that do not apply." if style == "strike"
                  else "Highlight the judgement that applies.", italic=True, size=9)
    if style == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "O", "G", "RI", "I")):
            label(cell, text, "DEEAF6")
        sign = rng.choice(("X", "x", "\u2713"))
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, areas):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            write(row.cells[2 + ORDER.index(section.grade)], sign, bold=True)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), 1):
            card = table(document, 3, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            label(top, f"3.{number}  {section.name}", "DEEAF6")
            write(top, prompt, italic=True, size=8)
            label(card.cell(1, 0), rng.choice(("Evidence", "What I found")))
            write(card.cell(1, 1), section.comment)
            if section.name in remarks:
                write(card.cell(1, 1), f"HoS comment: {remarks[section.name]}", colour=ink)
            label(card.cell(2, 0), rng.choice(("Judgement", "Grade")) + (" (1–4)" if style == "number" else ""))
            _grade(rng, card.cell(2, 1), section.grade, style)

    # Section 4: overall.
    section_heading(4, rng.choice(("Overall judgement", "Overall grade for this plan", "Overall")))
    overall = table(document, 1, 2)
    label(overall.cell(0, 0), rng.choice(("Overall judgement", "Overall grade")) +
          (" (1–4)" if overall_style == "number" else ""), "E7E6E6")
    _grade(rng, overall.cell(0, 1), sample.grade, "strike" if overall_style == "columns" else overall_style)

    # Section 5: working well, to change.
    section_heading(5, rng.choice(("Strengths and areas for development", "What is working well / what needs to change")))
    numbered = rng.random() < 0.5
    for heading, items in ((rng.choice(("What is working well", "Strengths")), sample.strengths),
                           (rng.choice(("What needs to change", "Areas for development")), sample.development_areas)):
        paragraph(document, heading, bold=True)
        for position, item in enumerate(items, 1):
            paragraph(document, f"{position}. {item}" if numbered else f"\u2022 {item}")

    # Section 6: the family's voice.
    section_heading(6, rng.choice(("Voice of the family", "What the family told us", "The family's voice")))
    paragraph(document, voice)

    # Section 7: safety.
    section_heading(7, rng.choice(("Safety", "Safeguarding check", "Immediate concerns")))
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if rng.random() < 0.5:
        answer = paragraph(document)
        run(answer, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes     ")
        run(answer, ("\u2610" if sample.urgent_concern else "\u2612") + " No")
    else:
        paragraph(document, ("Yes" if sample.urgent_concern else rng.choice(("No", "No.", "No – none identified.")))
                  if not sample.urgent_concern or rng.random() < 0.5 else "YES")
    if sample.urgent_concern:
        paragraph(document, f"{sample.urgent_concern_detail} {rng.choice(HUB_NOTES)}")

    # Section 8: actions.
    section_heading(8, rng.choice(("Actions", "Actions agreed (who / by when)", "Next steps")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif action_style == "table":
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("What needs to happen", "Who", "By when", "Done?")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, 1):
            paragraph(document, f"{position}) {action.action} Who: {action.owner}. By: {when(action.due)}")

    sign = table(document, 1, 4)
    label(sign.cell(0, 0), "Signed (auditor)")
    write(sign.cell(0, 1), f"{sample.auditor}" + (f", {_role(sample.auditor)}" if rng.random() < 0.5 else ""))
    label(sign.cell(0, 2), "Date")
    write(sign.cell(0, 3), when(sample.date))

    # Section 9: moderation.
    section_heading(9, rng.choice(("Head of Early Help moderation", "Moderation (Head of Service)",
                                   "Head of Service moderation – for QA use")))
    if moderation_style == "box":
        rows = (rng.choice(("Moderated by", "Moderator")), rng.choice(("Date moderated", "Date of moderation")),
                rng.choice(("Agree with overall judgement?", "Do you agree with the grade?")),
                rng.choice(("Moderated judgement", "Grade after moderation")), "Comments")
        grid = table(document, 5, 2)
        for row, text in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(grid.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=ink)
            write(grid.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(grid.cell(2, 1), rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade
                      else rng.choice(("No", "Disagree")), colour=ink)
                write(grid.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(grid.cell(4, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(grid.cell(4, 1), note, italic=True)
    elif moderation:
        paragraph(document, f"Moderated by {moderation.moderator} (Head of Service) on {when(moderation.date)}.",
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the overall judgement." if moderation.grade == sample.grade
                       else "I do not agree with the overall judgement.")
            paragraph(document, f"{verdict} Moderated judgement: {WORDS[moderation.grade]}.", colour=ink, bold=True)
    else:
        paragraph(document, rng.choice(NOT_MODERATED[1:]), italic=True)

    data = finish_docx(document, title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *sibling_born))


def _grade(rng: random.Random, cell, grade: str, style: str) -> None:
    """Write `grade` into `cell` in the form's way of marking judgements."""
    if style == "number":
        write(cell, NUMBERS[grade], bold=True)
    elif style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.25))
    else:
        target = cell.paragraphs[0]
        for position, option in enumerate(ORDER):
            if position:
                run(target, " / ")
            chosen = option == grade
            if style == "strike":
                run(target, WORDS[option], strike=not chosen, bold=chosen)
            else:
                run(target, WORDS[option], highlight=chosen, bold=chosen)
