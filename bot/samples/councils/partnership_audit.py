"""`partnership_audit`: a safeguarding partnership's multi-agency case
audit – a front sheet listing the household and every agency's auditor,
six areas of the child's journey each with its findings, good practice,
areas for development, recommendations and a judgement, then the panel's
overall multi-agency judgement and a partnership action plan.

Modelled on the structure of the multi-agency case audits of the Solihull
Local Safeguarding Children Board (the 2016/17 "Multi-Agency Case Audit
Report": thresholds and referral, consent, information sharing, the
right agencies at multi-agency meetings, the voice of the child, each
with what is improving and what needs continued development), the
Somerset Safeguarding Children Partnership's audit subgroups
(multi-professional, multi-agency panels that audit a case from the
written returns of every agency involved, the voice of the child
considered in every area) and the Liverpool partnership's audits, each
followed by an action plan whose actions the audit subgroup monitors
with partners. The stored pages describe the process and the findings,
not the form: the front sheet, the household table, the agency | auditor
| role table, the names of the six areas, the four boxes per area, the
three ways of recording a judgement (a tick under four grade columns, a
typed word, a Blue / Green / Amber / Red rating under a key), the
partnership reference ("NSCP/2045187") and the Head of Service's
moderation box are our own judgement.

What it exercises: agencies in a table with their auditors and roles,
the lead auditor named in a box of their own or only in that table; a
household table naming parents and other children, who are now and then
named in a finding; the partnership's prefix on the case reference; a
review period and the date the agencies' returns were due beside the date
of the audit meeting; findings in boxes per area or per area in
paragraphs with the good practice and areas for development gathered in
the conclusion; recommendations that point to the action plan or repeat
its actions; judgements as ticks, words ("RI", "requires improvement")
or BRAG colours; "Overall multi-agency judgement" and its variants; an
action plan of action | agency | lead | by when, or a sentence that the
panel agreed no further actions.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ..tool_phrases import MULTI_AGENCY_AUDIT
from ..wording import GRADES
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    rename_sections,
    role_of,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "partnership_audit"
BRAND = "1F4E79"  # the partnership's dark blue
LABEL_FILL = "DDEBF7"
PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
SOCIAL_CARE = "Children's Social Care"
AREAS = (
    "Early identification and referral",
    "Information sharing",
    "Assessment of need and risk",
    "Planning and intervention",
    "Voice of the child",
    "Outcomes for the child",
)
THEMES = ("Neglect", "Domestic abuse", "Children missing education", "Pre-birth", "Parental mental health")
# Who audits for each partner agency. Invented names sharing none with the
# staff list or the families' name pools, so a parser that reports one of
# them reports an agency's auditor, never a family member.
AGENCY_ROLES = {
    "Police": "Detective Sergeant, Public Protection Unit",
    "Health visiting": "Specialist Health Visitor",
    "School": "Designated Safeguarding Lead",
    "Early Help": "Early Help Coordinator",
    "Probation": "Senior Probation Officer",
    "Child and Adolescent Mental Health Services": "Clinical Lead",
    "Housing": "Tenancy Support Officer",
}
# What a partner agency takes away from the panel, when an action is its own.
PARTNER_ACTIONS = {
    "Police": "Share domestic abuse notifications for the household with the allocated social worker within 24 hours.",
    "Health visiting": "Add the other children of the household to the health visiting caseload and share the plan.",
    "School": "Invite the social worker to the next pastoral review and share attendance weekly.",
    "Early Help": "Offer the family a named Early Help worker for the step-down plan.",
    "Probation": "Include the children in the risk management plan for the adult supervised.",
    "Child and Adolescent Mental Health Services": "Send clinic letters to the social worker as well as the GP.",
    "Housing": "Flag the tenancy so that safeguarding concerns are passed to the social worker.",
}
AGENCY_AUDITORS = ("Ruth Calloway", "Simon Ingleby", "Marion Fenwick", "Gordon Rowntree", "Elaine Garside",
                   "Philip Tolson", "Bernadette Pilling", "Neil Worsley", "Fiona Thwaite", "Trevor Hebden")
# How the form records a judgement, and the key some versions print.
JUDGEMENTS = ("ticks", "word", "rag")
RAG = dict(zip(GRADES, ("Blue", "Green", "Amber", "Red")))
RAG_FILLS = dict(zip(GRADES, ("5B9BD5", "70AD47", "FFC000", "FF0000")))
OVERALL_LABELS = ("Overall multi-agency judgement", "Overall judgement of the multi-agency response",
                  "Overall quality of multi-agency practice")
NAMING = (
    "The school nurse also saw {name}, and the records of both children were shared at the strategy discussion.",
    "Health visiting recognised early that {name} was living with the same neglect and referred both children.",
    "Agencies did not ask what life was like for {name}, although the worries applied to every child at home.",
)
PANEL_NO_ACTIONS = ("The panel agreed that no further actions are needed.",
                    "No further actions were agreed by the panel.", *NO_ACTIONS)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(MULTI_AGENCY_AUDIT, count, seed=seed + 131, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _with_social_care(sample):
    """`sample` with Children's Social Care first among its agencies: the
    lead auditor and the allocated social worker are its staff."""
    field = next(field for field in sample.own if field.key == "agencies")
    agencies = tuple(field.written)
    if SOCIAL_CARE in agencies:
        return sample, agencies
    agencies = (SOCIAL_CARE, *agencies)
    own = tuple(replace(item, written=agencies, expected=list(agencies)) if item is field else item
                for item in sample.own)
    return replace(sample, own=own), agencies


def _judgement_text(grade: str, style: str, spelling: str) -> str:
    return RAG[grade] if style == "rag" else spell_grade(grade, spelling)


def _tick_row(form: WordForm, grade: str, spelling: str, mark: str, *, label: str) -> None:
    """`label` in a cell two rows deep, then the four grades as column
    headings with `mark` under the chosen one."""
    table = form.table(2, 1 + len(GRADES))
    write(table.cell(0, 0).merge(table.cell(1, 0)), Ink(label, bold=True), fill=LABEL_FILL)
    for column, option in enumerate(GRADES, start=1):
        write(table.cell(0, column), Ink(spell_grade(option, spelling), bold=True), fill=LABEL_FILL)
        if option == grade:
            write(table.cell(1, column), Ink(mark, bold=True))


def _judgement_cell(cell, grade: str, style: str, spelling: str) -> None:
    """A typed judgement, a BRAG colour word on its colour, or the four
    grades each after a check box, the chosen one's box checked."""
    if style == "rag":
        write(cell, Ink(RAG[grade], bold=True), fill=RAG_FILLS[grade])
    elif style == "word":
        write(cell, Ink(spell_grade(grade, spelling), bold=True))
    else:
        parts: list[Ink] = []
        for option in GRADES:
            box = "\u2612" if option == grade else "\u2610"
            parts += [Ink(f"{box} {spell_grade(option, spelling)}", bold=option == grade), Ink("   ")]
        write(cell, *parts[:-1])


def _spread(items, buckets: int, rng: random.Random) -> list[list]:
    """`items` dealt in order into `buckets` lists, starting at a random bucket."""
    dealt: list[list] = [[] for _ in range(buckets)]
    start = rng.randrange(buckets)
    for index, item in enumerate(items):
        dealt[(start + index) % buckets].append(item)
    return dealt


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample, agencies = _with_social_care(sample)
    areas = AREAS if rng.random() < 0.7 else AREAS[1:]
    sample = rename_sections(sample, areas)
    sample = replace(sample, case_id=f"{rng.choice(('NSCP/', 'MACA-', 'NSCP/'))}{sample.case_id}")
    child = sample.child
    household = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    if rng.random() < 0.5:
        field_name = rng.choice(("strengths", "development_areas"))
        sentence = NAMING[2] if field_name == "development_areas" else rng.choice(NAMING[:2])
        sample = with_sentence_naming(sample, field_name, sentence.replace("{name}", household[0].first_name))
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())

    style = rng.choice(JUDGEMENTS)
    spelling = rng.choice(("short", "initials", "lower", "contract", "requires improvement"))
    mark = rng.choice(("\u2713", "X", "\u2714"))
    boxes = rng.random() < 0.6  # good practice and areas for development in every area's box
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("d month yyyy", "dd/mm/yyyy", "weekday d month yyyy", "dth month yyyy"))
    role_style = rng.choice(("brackets", "comma", "dash"))
    lead_box = rng.random() < 0.7

    people = dict(zip([agency for agency in agencies if agency != SOCIAL_CARE],
                      rng.sample(AGENCY_AUDITORS, len(agencies) - 1)))
    # A partner leads some actions (one each); what it is asked to do is its
    # own, the due date the sample's.
    partner_agencies = [agency for agency in agencies if agency != SOCIAL_CARE]
    rng.shuffle(partner_agencies)
    action_agencies = [partner_agencies.pop() if partner_agencies and rng.random() < 0.3 else SOCIAL_CARE
                       for _ in sample.actions]
    sample = replace(sample, actions=tuple(
        action if agency == SOCIAL_CARE else replace(action, action=PARTNER_ACTIONS[agency], owner=people[agency])
        for action, agency in zip(sample.actions, action_agencies)))
    actions = list(sample.actions)

    form = WordForm(font=rng.choice(("Arial", "Calibri")), size=10)
    form.page_header(Ink(PARTNERSHIP, bold=True, colour=BRAND), "  \u2013  Multi-Agency Case Audit")
    form.paragraph(Ink(rng.choice(("Multi-Agency Case Audit", "Partnership Multi-Agency Audit Tool")),
                       bold=True, size=16, colour=BRAND))
    if rng.random() < 0.5:
        form.paragraph(Ink("Audit theme: ", bold=True), rng.choice(THEMES))
    form.paragraph(Ink("Each agency completes its own return before the audit meeting; the lead auditor records "
                       "the panel's findings on this form.", italic=True, size=8))
    if style == "rag":
        form.paragraph(Ink("Key: ", bold=True), "  ".join(
            f"{RAG[grade]} = {spell_grade(grade, 'short')}" for grade in GRADES))

    # --- front sheet ----------------------------------------------------------
    form.heading("Part A \u2013 Front sheet", colour=BRAND)
    period_start = (sample.date.replace(day=1) - timedelta(days=150)).replace(day=1)
    rows = [
        ("Case reference", sample.case_id),
        ("Child's name", child.full_name),
        ("Date of birth", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Allocated social worker", with_role(sample.practitioner, role_style)),
        ("Team", sample.team),
        ("Service", sample.service),
        ("Period audited", f"{period_start:%B %Y} to {sample.date:%B %Y}"),
        ("Date of audit meeting", spell_date(sample.date, date_style)),
    ]
    if rng.random() < 0.4:
        due = sample.date - timedelta(days=rng.randint(7, 14))
        rows.append(("Agency returns due", spell_date(due, "dd/mm/yyyy")))
    if lead_box:
        rows.insert(rng.choice((3, len(rows))), ("Lead auditor", with_role(sample.auditor, role_style)))
    front = form.table(len(rows), 2)
    for row, (label, value) in enumerate(rows):
        write(front.cell(row, 0), Ink(label, bold=True), fill=LABEL_FILL)
        write(front.cell(row, 1), value)
    form.spacer()

    form.paragraph(Ink(rng.choice(("Household members", "Who lives in the household")), bold=True, colour=BRAND))
    members = [(child.full_name, "Subject child", str(_age(child.date_of_birth, sample.date)))]
    members += [(parent, "Parent / carer", "Adult") for parent in child.parents]
    members += [(other.full_name, rng.choice(("Sibling", "Half-sibling", "Other child in household")), str(other.age))
                for other in household]
    table = form.table(1 + len(members), 3)
    for cell, text in zip(table.rows[0].cells, ("Name", "Relationship to the child", "Age")):
        write(cell, Ink(text, bold=True), fill=LABEL_FILL)
    for row, member in enumerate(members, start=1):
        for cell, text in zip(table.rows[row].cells, member):
            write(cell, text)
    form.spacer()

    form.paragraph(Ink(rng.choice(("Agencies involved", "Agencies taking part")), bold=True, colour=BRAND))
    table = form.table(1 + len(agencies), 3)
    for cell, text in zip(table.rows[0].cells, ("Agency", "Auditor", "Role")):
        write(cell, Ink(text, bold=True), fill=LABEL_FILL)
    for row, agency in enumerate(agencies, start=1):
        cells = table.rows[row].cells
        write(cells[0], agency)
        if agency == SOCIAL_CARE:
            write(cells[1], sample.auditor)
            title = role_of(sample.auditor)[0]
            write(cells[2], title if lead_box else f"{title} \u2013 lead auditor")
        else:
            write(cells[1], people[agency])
            write(cells[2], AGENCY_ROLES[agency])
    form.spacer()

    # --- the areas --------------------------------------------------------------
    form.heading("Part B \u2013 Findings", colour=BRAND)
    good = _spread(sample.strengths, len(sample.sections), rng) if boxes else None
    development = _spread(sample.development_areas, len(sample.sections), rng) if boxes else None
    action_area = _spread(range(len(actions)), len(sample.sections), rng)
    repeat_actions = rng.random() < 0.5
    for number, section in enumerate(sample.sections, start=1):
        form.paragraph(Ink(f"{number}. {section.name}", bold=True, colour=BRAND, size=11))
        remark = section_remark(sample, section)
        findings = [section.comment] + ([[Ink(f"Moderator: {remark}", colour=ink)]] if remark else [])
        if boxes:
            labels = ["Findings", "Good practice", "Areas for development", "Recommendations",
                      "RAG rating" if style == "rag" else "Judgement"]
            box = form.table(len(labels), 2)
            for row, label in enumerate(labels):
                write(box.cell(row, 0), Ink(label, bold=True), fill=LABEL_FILL)
            write_lines(box.cell(0, 1), findings)
            write_lines(box.cell(1, 1), good[number - 1])
            write_lines(box.cell(2, 1), development[number - 1])
            write_lines(box.cell(3, 1), _recommendations(actions, action_area[number - 1], repeat_actions))
            _judgement_cell(box.cell(4, 1), section.grade, style, spelling)
        else:
            form.paragraph(section.comment)
            if remark:
                form.paragraph(Ink(f"Moderator: {remark}", colour=ink))
            if style == "ticks":
                _tick_row(form, section.grade, spelling, mark, label="Judgement")
            else:
                label = "Judgement: " if style == "word" else "RAG rating: "
                form.paragraph(Ink(label, bold=True), Ink(_judgement_text(section.grade, style, spelling), bold=True))
        form.spacer()

    # --- conclusion -----------------------------------------------------------------
    form.heading("Part C \u2013 Conclusion", colour=BRAND)
    if not boxes:
        for heading, items in (("Good practice identified across the partnership", sample.strengths),
                               ("Areas for development", sample.development_areas)):
            form.paragraph(Ink(heading, bold=True))
            for item in items:
                form.paragraph(f"\u2022 {item}")
    overall_label = rng.choice(OVERALL_LABELS)
    if style == "ticks":
        _tick_row(form, sample.grade, spelling, mark, label=overall_label)
    else:
        table = form.table(1, 2)
        write(table.cell(0, 0), Ink(overall_label, bold=True), fill=LABEL_FILL)
        _judgement_cell(table.cell(0, 1), sample.grade, style, spelling)
    form.spacer()

    urgent = sample.urgent_concern
    form.paragraph(Ink("Were any immediate safeguarding concerns identified and escalated? ", bold=True),
                   f"Yes \u2013 {sample.urgent_concern_detail}" if urgent else "No.")

    form.paragraph(Ink("Partnership action plan", bold=True, colour=BRAND, size=11))
    if no_actions:
        form.paragraph(rng.choice(PANEL_NO_ACTIONS))
    else:
        due_style = rng.choice(("dd/mm/yyyy", "d month yyyy", "d mon yyyy"))
        plan = form.table(1 + len(actions), 5)
        for cell, text in zip(plan.rows[0].cells, ("No.", "Action", "Agency", "Lead", "By when")):
            write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
        for row, (action, agency) in enumerate(zip(actions, action_agencies), start=1):
            cells = plan.rows[row].cells
            write(cells[0], str(row))
            write(cells[1], action.action)
            write(cells[2], agency)
            write(cells[3], action.owner)
            write(cells[4], spell_date(action.due, due_style))
    form.spacer()

    moderation = sample.moderation
    form.paragraph(Ink("Quality assurance by the Head of Service (lead agency)", bold=True, colour=BRAND))
    box = form.table(2, 4)
    for cell, text in zip(box.rows[0].cells, ("Moderator", "Date", "Moderated judgement", "Comments")):
        write(cell, Ink(text, bold=True), fill=LABEL_FILL)
    if moderation:
        cells = box.rows[1].cells
        write(cells[0], Ink(with_role(moderation.moderator, "initials"), colour=ink))
        write(cells[1], Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
        if moderation.grade:
            write(cells[2], Ink(_judgement_text(moderation.grade, style, spelling)
                                if style != "ticks" else spell_grade(moderation.grade, spelling), colour=ink))
        write_lines(cells[3], moderation.comments, colour=ink)
    data = form.to_bytes(title="Multi-Agency Case Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(household))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)


def _recommendations(actions, numbers, repeat: bool) -> list[str]:
    """What an area's recommendations box says: the actions it led to, by
    number in the action plan or repeated word for word."""
    if repeat:
        return [actions[number].action for number in numbers]
    return [f"See action {number + 1} of the partnership action plan." for number in numbers]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
