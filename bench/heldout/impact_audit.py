"""Practice quality audit in lettered parts that follow the three kinds of
information a council's quality assurance framework asks for: how often
and how timely (recording checks answered Yes / No / N/A), how well (each
area of practice with prompts, the auditor's evidence and a judgement) and
what difference it made (the impact for the child, then the overall
judgement). Then what is working well and what needs to be better, the
actions with who and by when, an immediate-safety question, and a
moderation box where a Head of Service agrees or disagrees with the
overall judgement, gives their own and adds remarks in their colour under
the areas they read.

Modelled on Dorset Council Children's Services' "Quality Assurance and
Performance Framework" (Dorset's children's services procedures manual):
information is quantitative ("how many"), qualitative ("how well") or
about outcomes ("the difference the services have made to the lives of
children and families"), and the framework shifts the weight from the
first to the last two. The published page describes the framework, not a
form, so the layout is our own judgement: the lettered parts, the
household table with brothers and sisters, the per-area grade shown either
as a word in a "Judgement" column or as four tick boxes, the moderation
box with "Agree / Disagree", and the Early Help version of the same form.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, STAFF, Section, sample_forms

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
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "impact_audit"

# The council's own names for the areas of practice, in the order of the
# sample's areas (bot/samples/phrases.py TOOL_SECTIONS), with the prompt
# printed beside each.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's voice and lived experience", "What is a day in the child's life like? Are their words on file?"),
        ("Assessment of need and risk", "Does the assessment analyse the history and the current worries?"),
        ("Plans and planning", "Is there a plan the family understand, with owners and timescales?"),
        ("Management oversight and supervision", "Is there a clear management direction at each key decision?"),
        ("Working with partners", "Do health, education and police contribute and share what they know?"),
        ("Recording and chronology", "Is the record up to date, and would the child understand it later?"),
        ("Impact – the difference made for the child", "What has changed for the child since we became involved?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family, not doing to them", "Were the family part of the decisions made about them?"),
        ("Language and recording", "Is the record respectful and free of jargon?"),
        ("Leadership and management oversight", "Is there a clear management direction at each key decision?"),
        ("The child's voice and lived experience", "What is a day in the child's life like? Are their words on file?"),
        ("Relationships with the child and family", "Does the worker know the child and family well?"),
        ("Family history and network", "Is the family's history understood, and is the wider network used?"),
        ("Assessment and plan", "Does the plan follow from the assessment and address the worries?"),
    ),
    "Early Help Case File Audit Tool": (
        ("The child's voice", "Has the child been seen, and are their views in the assessment?"),
        ("Early Help assessment", "Does the assessment describe the family's strengths and needs?"),
        ("Family plan and TAF meetings", "Is there a family plan reviewed at Team Around the Family meetings?"),
        ("Working with the family", "Are both parents involved, including fathers?"),
        ("Manager oversight", "Has the manager recorded oversight at the key points?"),
        ("Difference made for the child", "What has changed for the child since the support started?"),
    ),
}
CHECKS = (
    "Child seen within the timescale set by the plan",
    "Child seen on their own at the last visit",
    "Chronology updated in the last three months",
    "Plan reviewed within timescale",
    "Supervision recorded in the last six weeks",
)
FEEDBACK_CHECK = "Have the child's and family's views about our involvement been sought?"
PLANS = ("Child in Need", "Child Protection", "Child Looked After", "Care leaver (Pathway Plan)")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "head_of_service": "Head of Service",
         "assistant_director": "Assistant Director", "director": "Director of Children's Services"}
# The judgement key some versions print before part C: no grade is named in
# any other grade's line.
KEY = (
    ("Outstanding", "Practice is exceptional and the child's life has clearly changed for the better."),
    ("Good", "The child is helped and protected; the plan is making a difference."),
    ("Requires improvement", "Nothing widely failing, but practice is not yet consistently making a difference."),
    ("Inadequate", "Serious failures leave the child at risk or without the help they need."),
)
BOX_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
             INADEQUATE: "Inadequate"}
IMPACT_BETTER = (
    "{child} is attending school most days now and says home feels calmer.",
    "{child} has a trusted adult at school and the family are using the support offered.",
    "{child}'s health appointments are kept and the parents describe routines that are working.",
)
IMPACT_WORSE = (
    "It is not clear from the record what has changed for {child} since the last review.",
    "The worries about home conditions remain; the change for {child} has not lasted.",
    "{child} is still missing school and the plan has not yet made a difference.",
)
NOT_MODERATED = ("Not selected for moderation this month.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(8101)
    pool = sample_forms(400, seed=8101, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    early = [sample for sample in pool if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation][:6]
    plain = [sample for sample in others if not sample.moderation][: count - 3 - len(urgent) - len(moderated)]
    early_help = [sample for sample in early if sample.moderation][:1] + [sample for sample in early
                                                                          if not sample.moderation][:2]
    chosen = urgent + moderated + plain + early_help
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split())


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    early_help = sample.kind == EARLY_HELP_AUDIT
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    boxes = rng.random() < 0.5  # grades as four tick boxes, else a word in a judgement column
    wide = rng.random() < 0.35
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(areas, sample.sections))}
    if early_help:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif rng.random() < 0.7:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.25:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    first = child.first_name
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in areas)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng, landscape=wide)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE when complete")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Practice quality audit – version {rng.choice(('2.1', '3', '3.2'))}", size=8)
    title = ("Early Help Practice Quality Audit" if early_help
             else rng.choice(("Practice Quality Audit", "Quality of Practice and Impact Audit")))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Read the child's record for the last twelve months, then talk with the worker before you "
                        "make your judgements. Think about how often, how well, and what difference it made.",
              italic=True)

    # Part A: about this audit, two labels to a row or one.
    brand_heading(document, "A. About this audit", brand)
    worker_label = rng.choice(("Lead practitioner", "Family worker")) if early_help else rng.choice(
        ("Allocated worker", "Social worker", "Case holder"))
    auditor = sample.auditor
    role = _role(auditor)
    pairs = [
        (rng.choice(("Child's name", "Name of child or young person")), child.full_name),
        (rng.choice(("Record number", "Child ID", "Case ref")), sample.case_id),
        (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
        ("Current plan", "Early Help – Team Around the Family" if early_help else rng.choice(PLANS)),
        (worker_label, sample.practitioner),
        ("Team", sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Auditor", "Audited by (name and role)")), f"{auditor}, {role}" if role else auditor),
        (rng.choice(("Date of audit", "Audit completed on")), when(sample.date)),
        ("Worker part of the audit conversation?", rng.choice(("Yes", "Yes – by Teams", "No – on leave"))),
        ("Parents / carers", ", ".join(child.parents)),
    ]
    if len(pairs) % 2 and rng.random() < 0.5:
        pairs.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if rng.random() < 0.5:
        details = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            cells = details.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "F2F2F2")
            write(cells[2 * (position % 2) + 1], value)
    else:
        details = table(document, len(pairs), 2)
        for row, (text, value) in zip(details.rows, pairs):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    document.add_paragraph()
    paragraph(document, "Brothers and sisters", bold=True)
    if household:
        family = table(document, len(household) + 1, 3)
        for cell, text in zip(family.rows[0].cells, ("Name", "Date of birth", "Living with the child?")):
            label(cell, text, "F2F2F2")
        for row, (name, born) in zip(family.rows[1:], household):
            write(row.cells[0], name)
            write(row.cells[1], when(born))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No – with grandparents")))
    else:
        paragraph(document, rng.choice(("None.", "No brothers or sisters.", "N/A – only child.")))
    document.add_paragraph()

    # Part B: how often and how timely.
    brand_heading(document, "B. Recording checks – how often and how timely", brand)
    checks = [(text, rng.choice(("Yes", "Yes", "No") if position < 2 else ("Yes", "Yes", "Yes", "No", "N/A")))
              for position, text in enumerate(CHECKS)]
    if sample.feedback_sought is not None:
        checks.insert(rng.randint(1, len(checks)), (FEEDBACK_CHECK, "Yes" if sample.feedback_sought else "No"))
    mark = rng.choice(("X", "\u2713", "x"))
    grid = table(document, len(checks) + 1, 4)
    for cell, text in zip(grid.rows[0].cells, ("Check", "Yes", "No", "N/A")):
        label(cell, text, "D9E2F3")
    for row, (text, answer) in zip(grid.rows[1:], checks):
        write(row.cells[0], text)
        write(row.cells[("Yes", "No", "N/A").index(answer) + 1], mark)
    document.add_paragraph()

    # Part C: how well, area by area.
    brand_heading(document, "C. Quality of practice – how well", brand)
    if rng.random() < 0.5:
        paragraph(document, "Judgements use the Ofsted descriptors:", italic=True)
        key = table(document, len(KEY), 2)
        for row, (grade, meaning) in zip(key.rows, KEY):
            label(row.cells[0], grade)
            write(row.cells[1], meaning, italic=True)
        document.add_paragraph()
    prefix = rng.choice(("HoS: ", "Moderator: ", f"{_initials(moderation.moderator)}: " if moderation else ""))
    for number, (section, (_, prompt)) in enumerate(zip(sample.sections, areas), start=1):
        if boxes:
            brand_heading(document, f"C{number}. {section.name}", brand, size=11)
            paragraph(document, prompt, italic=True)
            box = table(document, 1, 1)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            _tick_boxes(paragraph(document, "Judgement:  ", bold=True), section.grade)
        else:
            grid = table(document, 2, 3)
            merged = grid.cell(0, 0).merge(grid.cell(0, 2))
            label(merged, f"C{number}. {section.name}", brand, colour="FFFFFF")
            write(grid.cell(1, 0), prompt, italic=True)
            write(grid.cell(1, 1), section.comment)
            if section.name in remarks:
                write(grid.cell(1, 1), f"{prefix}{remarks[section.name]}", colour=ink)
            write(grid.cell(1, 2), "Judgement:", bold=True)
            write(grid.cell(1, 2), informal_grade(rng, section.grade, note_chance=0.2))
        document.add_paragraph()

    # Part D: what difference it made, then the overall judgement.
    brand_heading(document, "D. Impact – what difference has it made?", brand)
    better = sample.grade in (OUTSTANDING, GOOD)
    impact = rng.choice(IMPACT_BETTER if better else IMPACT_WORSE).format(child=first)
    if household and rng.random() < 0.5:
        impact += f" {household[0][0].split()[0]} is included in the family's plan."
    paragraph(document, rng.choice(("What has changed for the child?", f"What has changed for {first}?")), bold=True)
    paragraph(document, impact)
    overall = rng.choice(("Overall judgement of the child's experience and progress",
                          "Overall judgement – quality and impact of practice"))
    if boxes:
        _tick_boxes(paragraph(document, f"{overall}:  ", bold=True), sample.grade)
    else:
        line = paragraph(document, f"{overall}: ", bold=True)
        run(line, informal_grade(rng, sample.grade))
    document.add_paragraph()

    # Part E: working well and needing to be better.
    brand_heading(document, "E. Summary of findings", brand)
    headings = rng.choice((("What is working well", "What needs to be better"),
                           ("Strengths", "Areas for development"),
                           ("What is working well?", "What are we worried about?")))
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), headings[0], "E2EFD9")
        label(summary.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(summary.cell(1, 0), item)
        for item in sample.development_areas:
            write(summary.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Part F: actions.
    brand_heading(document, "F. Actions – who will do what, by when", brand)
    if sample.actions:
        headers = rng.choice((("No.", "Action", "Who", "By when", "Done (date)"),
                              ("Ref", "What needs to happen", "Responsible", "Target date", "Completed")))
        actions = table(document, len(sample.actions) + 1, 5)
        for cell, text in zip(actions.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        for number, (row, action) in enumerate(zip(actions.rows[1:], sample.actions), start=1):
            write(row.cells[0], f"F{number}")
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        paragraph(document, rng.choice(("No actions arising from this audit.",
                                        "None – the current plan addresses everything found.")))
    document.add_paragraph()

    # Part G: immediate safety.
    brand_heading(document, "G. Immediate safety", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), rng.choice((
        "Is anything on the record a risk to the child now that needs escalating to a manager today?",
        "Immediate safeguarding concern identified during the audit?")))
    yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
    write(safety.cell(0, 1), f"Yes {yes}    No {no}")
    label(safety.cell(1, 0), "If yes: who was told, when, and what was agreed")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Part H: moderation.
    brand_heading(document, rng.choice(("H. Moderation – Head of Service", "H. Head of Service moderation")), brand)
    paragraph(document, "The moderator reads the record and this audit, types in their own colour, and agrees or "
                        "disagrees with the overall judgement.", italic=True)
    moderation_box(document, rng, sample, moderation,
                   labels=("Moderated by", "Date moderated", "Agree with the overall judgement?",
                           "Moderated overall judgement", "Moderator's comments"),
                   agree=("Agree", "Disagree"), not_moderated=NOT_MODERATED, ink=ink, when=when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _tick_boxes(line, chosen: str) -> None:
    """The four judgements on one line, the chosen one's box ticked."""
    for position, grade in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
        if position:
            run(line, "   ")
        box = "\u2612" if grade == chosen else "\u2610"
        run(line, f"{box} {BOX_WORDS[grade]}")

