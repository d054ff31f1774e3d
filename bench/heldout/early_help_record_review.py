"""Early Help record review: an Early Help Team Manager's review of one
family's early help record – the Early Help Assessment (EHA), the family
plan and its reviews – written for a council's Early Help service. The
reviewer records the record reviewed (the Early Help number, the child,
the brothers and sisters, the lead professional and their agency and team,
who reviewed it and when, when the EHA started and was last reviewed, who
came to the last Team Around the Family review); the family's situation
and what the child and family say about the help; rates six areas of the
assessment and plan against a row of four descriptors, with the evidence
for each; gives the overall rating, what is working well and what needs to
improve, the actions and the same-day safety question; signs the review
off; and ends with the Head of Service's moderation.

Modelled on what the Early Intervention Foundation (EIF; since 2023 part
of Foundations, the What Works Centre for Children & Families) publishes
about judging the quality of early help, as far as search excerpts showed
it. (The Isle of Man, Guernsey and the Isle of Wight are already named by
other files; the EIF is named only in passing – as a co-drafter of the
Supporting Families outcome framework in `family_hub_assessment_audit`,
whose README row says no EIF or Foundations material was used – so it was
taken.) No page read shows a case audit or record review form: the EIF's
published tools judge a local early help system, not one family's record.

- "How to use a maturity matrix" (eif.org.uk/resource/how-to-use-a-
  maturity-matrix, 5 March 2014): a set of system self-assessment tools
  for local partnerships and agencies putting early intervention into
  practice (guidance notes, a response template, an example workshop
  agenda); the matrix measures progress across the activities needed for
  children to get effective help at the earliest opportunity; it has five
  dimensions (planning, leading, delivering, evaluation, family focus),
  each divided into key elements that stakeholders rate on a scale from
  "basic" to "mature"; it is usually completed online by a stakeholder
  group before a multi-agency workshop that uses the strengths and areas
  for development it identifies as the basis for an action plan; it was
  developed from EIF's 20 "Pioneering Places" and draws on matrices such
  as the Good Governance Institute's.
- "EIF maturity matrix: Maternity and early years" (eif.org.uk, 17
  November 2020, updated 14 September 2021): a short summary with the
  criteria for ten key elements, and a longer workbook with examples of
  supporting information for the different progress levels and recording
  sheets for the local barriers to change and priority actions.
- "Early Intervention Maturity Matrix: Self-Assessment Tool – Guidance
  Notes, Version 1, April 2014" (a copy on dokumen.tips; only its contents
  were read: what the matrix is and how to use it; evidencing your progress
  – suggested things to look for to demonstrate your level; suggestions on
  how to reach the next level).
- "Supporting Families feasibility reports" (eif.org.uk): four feasibility
  evaluations within the Supporting Families programme, three of
  psychologically informed keyworker practice (Greenwich, Islington,
  Rotherham) and one of joint whole-family working between Early Help
  practitioners and housing providers (Somerset), asking whether each
  approach is delivered as intended, what its benefits are, and how it
  could be evaluated.

What is taken from these is the matrix's shape only: each area rated
against a row of printed descriptors, one per level, with the evidence
("supporting information") for the level chosen, then strengths, areas
for development and an action plan. The descriptors, the six areas and
their prompts, the details block, the family's situation, the rest of the
form and the four Ofsted grades in place of the matrix's "basic" to
"mature" scale are our own judgement, as is applying a system tool's
shape to one family's record.

Our choices, varied across the 16 files: the council's line in the page
header in a brand colour; the record's details as a two-column table, as
strips of labels over values, or as label lines (two to a line on some);
the Early Help number plain, with an Early Help service prefix or with a
case system's prefix; the lead professional sometimes with their role, the
agency and team in their own rows (team left off two files, agency off
one); brothers and sisters named with their ages, and a grandparent,
godparent, neighbour or family friend among those at the last review (all
in `others`); the six areas named as the sample names them or in the
council's words, each either a row of a ledger (evidence and a grade: a
mark under four grade columns, typed informally, a number on a printed 1–4
key or a Word drop-down), a row of four descriptors with the chosen one
shaded, ticked, in bold or with the others struck through, or a headed
block with the grade written after it (typed, a key number, a drop-down,
or the four words with the chosen one bold or highlighted, or the others
struck through); the overall rating in any of those ways or in a sentence;
what is working well and what needs to improve as two columns, headed
bullets or one cell each (a brother or sister named on some); actions as a
table, numbered lines or a "no actions" sentence (three of the best-rated
files); the safety question typed, ticked or with the wrong answer struck
through (at least three answered yes: where the drawn samples have fewer,
the weakest are changed to raise one); a sign-off row; and the Head of
Service's moderation as a box (typed in a non-red ink, or in black on
some) or as signed lines in the ink, with remarks beside some areas,
changing, confirming or only commenting (where no drawn moderation only
comments, one that confirms is changed to comments only), or an empty box,
an "awaiting" note or nothing where there is none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section, phrases
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES
from bot.samples.tools import EHA_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
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
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "early_help_record_review"
SEED = 10015

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The six areas in the order of the sample's (the EHA tool's sections): the
# council's names, and what a good record shows in each.
COUNCIL_AREAS = (
    "The child's daily life and voice",
    "Quality of the assessment and analysis",
    "The family plan",
    "Working with the family and consent",
    "Supervision and management oversight",
    "Difference made for the child and family",
)
PROMPTS = (
    "Can you picture a day in the child's life? Are their wishes and feelings recorded in their own words?",
    "Does the assessment say what the needs mean for the child, using the history and what partners know?",
    "Does every need have an outcome, an action, a named person and a date the family agreed to?",
    "Was the family's consent recorded, and were both parents and the wider family involved?",
    "Has the manager checked progress and given direction at the points the record needed it?",
    "Is it clear what has changed for the child since the EHA started, and is the change lasting?",
)
# One descriptor per level, best first, printed across each area's row.
DESCRIPTORS = (
    "Consistently strong and child-centred; the record shows practice others could learn from.",
    "Clear, current and focused on the child; only minor gaps.",
    "Some of what is needed is there, but gaps or drift affect the help the family gets.",
    "Missing, out of date or unsafe; the child's needs are not understood.",
)

TITLES = ("Early Help Record Review", "Early Help Assessment and Plan \u2013 Record Review",
          "EHA Record Review Tool", "Record Review: Early Help Assessment and Family Plan")
REF_LABELS = ("Early Help number", "EH no.", "Family's Early Help ID", "EHA reference")
CHILD_LABELS = ("Child / young person", "Name of child")
PRACTITIONER_LABELS = ("Lead professional", "Lead professional (LP)", "Named lead professional")
AGENCY_LABELS = ("Lead professional's agency", "Agency", "Service / agency")
TEAM_LABELS = ("Team", "Locality team", "EH team")
REVIEWER_LABELS = ("Reviewed by", "Record reviewed by", "Reviewer")
DATE_LABELS = ("Date of review", "Review date", "Date record reviewed")
ROLES = ("Family Support Worker", "Early Help Practitioner", "Family Practitioner")
RELATIVES = ("maternal grandparent", "paternal grandparent", "family friend", "godparent", "neighbour")
PROFESSIONALS = ("school DSL", "health visitor", "school nurse", "SENCo", "housing officer", "youth worker")
SITUATIONS = (
    "School raised worries about attendance and lateness; a parent asked for help with morning routines and "
    "with debt after a change in benefits.",
    "The family moved into temporary accommodation after an eviction; sleep, routines and getting to school "
    "have all suffered.",
    "The parents separated in the spring; there are arguments at handover and the children are upset after "
    "contact.",
    "The child's behaviour at home and at school has escalated since a bereavement; the family were waiting for "
    "an assessment by the mental health service.",
    "School and the health visitor noticed the home conditions had worsened; a parent's low mood is affecting "
    "routines and the family agreed to early help.",
)
VOICE_LABELS = ("What the child and family say about the help", "The family's views", "In the family's words")
SAFETY_QUESTIONS = (
    "Does this record show an urgent safety concern that needs action today?",
    "Urgent safeguarding concern identified during the review?",
    "Has the review found anything that needs a referral to the Front Door today?",
)
NO_ACTIONS = ("No actions \u2013 the plan reviewed last week already covers what this review found.",
              "No further actions arising from this record review.",
              "None needed: the lead professional has updated the plan since the review.")
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Who will do it", "Timescale"),
                  ("Action", "Owner", "Due", "Completed?"))
MATRIX_SHADE = "C6E0B4"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(EHA_AUDIT,))[:count]
    # At least three files answer the safety question yes: where the drawn
    # samples have fewer, the weakest grades raise one.
    urgent = sum(sample.urgent_concern for sample in samples)
    for position in sorted(range(len(samples)), key=lambda at: -ORDER.index(samples[at].grade)):
        if urgent >= 3:
            break
        sample = samples[position]
        if not sample.urgent_concern:
            detail = phrases.fill(rng.choice(phrases.URGENT_CONCERNS), sample.child.first_name)
            samples[position] = replace(sample, urgent_concern=True, urgent_concern_detail=detail)
            urgent += 1
    # At least one moderation only comments: where none does, the first
    # that confirms the grade leaves comments instead.
    moderated = [at for at, sample in enumerate(samples) if sample.moderation]
    if moderated and all(samples[at].moderation.grade is not None for at in moderated):
        position = next((at for at in moderated if samples[at].moderation.grade == samples[at].grade), moderated[0])
        remark = rng.choice(phrases.MODERATION_REMARKS)
        samples[position] = replace(samples[position],
                                    moderation=replace(samples[position].moderation, grade=None, comments=(remark,)))
    layouts = (["ledger", "matrix", "blocks"] * (count // 3 + 1))[:count]
    rng.shuffle(layouts)
    # Three files say there are no actions: the best-rated records without
    # an urgent concern.
    plain = [at for at, sample in enumerate(samples) if not sample.urgent_concern and sample.actions]
    plain.sort(key=lambda at: (ORDER.index(samples[at].grade), rng.random()))
    no_actions = set(plain[:3])
    blank_team = set(rng.sample(range(count), 2))
    blank_agency = {rng.choice([at for at in range(count) if at not in blank_team])}
    return [_form(rng, index, sample, today, layouts[index], drop_actions=index in no_actions,
                  team_blank=index in blank_team, agency_blank=index in blank_agency)
            for index, sample in enumerate(samples)]


def _role_of(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return {"early_help_manager": "Early Help Team Manager", "head_of_service": "Head of Service"}.get(
        member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _age_text(born: date, today: date) -> str:
    age = _age(born, today)
    return str(age) if age else "under 1"


def _reference(rng: random.Random, case_id: str) -> str:
    roll = rng.random()
    if roll < 0.45:
        return early_help_reference(rng, case_id)
    return case_reference(rng, case_id) if roll < 0.65 else case_id


def _relative(rng: random.Random, child) -> tuple[str, str]:
    """Someone from the wider family at the last review, not a parent."""
    parents = {name.split()[0] for name in child.parents}
    first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in parents])
    surname = child.surname if rng.random() < 0.5 else rng.choice(FAMILY_SURNAMES)
    return f"{first} {surname}", rng.choice(RELATIVES)


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _print_key(document, best_first: bool, brand: str) -> None:
    numbers = sorted((_key_number(option, best_first), WORDS[option]) for option in ORDER)
    paragraph(document, "Rating key:  " + "   ".join(f"{number} = {word}" for number, word in numbers),
              bold=True, colour=brand, size=9)


def _grade_inline(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    """Write `grade` into the paragraph `line`: typed, a number on the key,
    a Word drop-down, or the four words with the chosen one marked."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        number = _key_number(grade, best_first)
        run(line, str(number) if rng.random() < 0.6 else f"{number} ({informal_grade(rng, grade)})")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Rating")
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, "  /  " if style != "strike" else "     ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                highlight=chosen and style == "highlight", strike=not chosen and style == "strike")


def _yes_no(rng: random.Random, line, answer: bool, how: str) -> None:
    if how == "boxes":
        run(line, f"{CHECKED_BOX if answer else UNCHECKED_BOX} Yes     {UNCHECKED_BOX if answer else CHECKED_BOX} No")
    elif how == "struck":
        run(line, "Yes", strike=not answer)
        run(line, " / ")
        run(line, "No", strike=answer)
    else:
        run(line, rng.choice(("Yes", "YES", "Yes \u2013 see below")) if answer else rng.choice(("No", "NO", "No.")),
            bold=True)


def _form(rng: random.Random, index: int, sample, today: date, layout: str, *, drop_actions: bool,
          team_blank: bool, agency_blank: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.6
    area_style = rng.choice({"ledger": ("columns", "columns", "typed", "key", "dropdown"),
                             "matrix": ("shade", "tick", "bold", "strike"),
                             "blocks": ("typed", "key", "dropdown", "bold", "highlight", "strike")}[layout])
    overall_style = rng.choice(("typed", "sentence", "key", "bold", "highlight", "strike", "columns", "dropdown"))
    child = sample.child
    household = siblings(rng, child, rng.choice((0, 1, 1, 2, 2, 3)), today)
    relative, relationship = _relative(rng, child)
    names = COUNCIL_AREAS if rng.random() < 0.5 else tuple(section.name for section in sample.sections)
    renamed = dict(zip((section.name for section in sample.sections), names))
    changes = {
        "sections": tuple(Section(name, section.grade, section.comment)
                          for name, section in zip(names, sample.sections)),
        "case_id": _reference(rng, sample.case_id),
    }
    if team_blank:
        changes["team"] = None
    if agency_blank:
        changes["service"] = None
    if drop_actions:
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    remarks = {}
    if moderation and rng.random() < 0.7:
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    prefix = rng.choice(("HoS: ", "Head of Service \u2013 ", "HoS comment: "))

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tEarly Help Service")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Early Help record review v{rng.choice(('1.2', '2', '2.3'))} \u2013 quality of the assessment "
                "and plan", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Read the EHA, the family plan and the last two reviews before you start. Rate each area "
                        "against the descriptors, then the record as a whole. Reviewer: complete in black. "
                        "Head of Service: moderate in a different colour.", italic=True, size=9)

    # 1. The record reviewed.
    brand_heading(document, "1. The record reviewed", brand)
    practitioner = sample.practitioner
    if rng.random() < 0.3:
        practitioner = f"{practitioner} ({rng.choice(ROLES)})"
    auditor = sample.auditor
    role = _role_of(auditor)
    started = _weekday(sample.date - timedelta(days=rng.randint(60, 200)))
    reviewed = _weekday(started + timedelta(days=rng.randint(40, 55)))
    adults = any(_age(born, today) >= 18 for _, born in household)
    details = [
        (rng.choice(REF_LABELS), sample.case_id),
        (rng.choice(CHILD_LABELS), child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        ("Parents / carers", " and ".join(child.parents)),
        ("Brothers and sisters" if adults else rng.choice(("Brothers and sisters", "Other children in the household")),
         ", ".join(f"{name} ({_age_text(born, today)})" for name, born in household) or "None"),
        (rng.choice(PRACTITIONER_LABELS), practitioner),
    ]
    if sample.service:
        details.append((rng.choice(AGENCY_LABELS), sample.service))
    if sample.team:
        details.append((rng.choice(TEAM_LABELS), sample.team))
    details += [
        (rng.choice(REVIEWER_LABELS), f"{auditor} ({role})" if role and rng.random() < 0.4 else auditor),
        (rng.choice(DATE_LABELS), when(sample.date)),
        ("EHA started", when(started)),
        ("Last TAF review", when(reviewed)),
    ]
    _details(document, rng, details)
    helper = rng.choice(PROFESSIONALS)
    present = [*(f"{name} (parent)" for name in child.parents), f"{relative} ({relationship})",
               f"{sample.practitioner} (lead professional)", helper]
    line = paragraph(document, "Present at the last TAF review: ", bold=True)
    run(line, "; ".join(present))
    document.add_paragraph()

    # 2. The family's situation and views.
    brand_heading(document, "2. The family's situation and views", brand)
    paragraph(document, rng.choice(("Why the family needed help", "The family's situation")), bold=True)
    paragraph(document, rng.choice(SITUATIONS))
    voice = next(own for own in sample.own if own.key == "family_voice")
    paragraph(document, rng.choice((voice.label, *VOICE_LABELS)), bold=True)
    if rng.random() < 0.5:
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice.written)
    else:
        paragraph(document, f"\u201c{voice.written}\u201d", italic=True)
    document.add_paragraph()

    # 3. The areas of the assessment and plan.
    brand_heading(document, rng.choice(("3. Rating the record", "3. Quality of the assessment and plan")), brand)
    if area_style == "key" or overall_style == "key":
        _print_key(document, best_first, brand)
    if layout == "ledger":
        _ledger(document, rng, sample, area_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    elif layout == "matrix":
        _matrix(document, rng, sample, area_style, remarks, prefix, ink)
    else:
        _blocks(document, rng, sample, area_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    document.add_paragraph()

    # 4. The overall rating.
    brand_heading(document, "4. Overall rating of the record", brand)
    _overall(document, rng, sample.grade, overall_style, best_first=best_first, ids=ids)
    document.add_paragraph()

    # 5. Working well and needs to improve.
    brand_heading(document, "5. What is working well and what needs to improve", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths in the record", "Areas for development")))
    style = rng.choice(("columns", "bullets", "cells"))
    if style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), item)
    elif style == "cells":
        grid = table(document, 2, 2)
        for row, (heading, items) in zip(grid.rows, zip(headings, (sample.strengths, sample.development_areas))):
            label(row.cells[0], heading, "F2F2F2")
            for item in items:
                write(row.cells[1], item)
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    document.add_paragraph()

    # 6. Actions.
    brand_heading(document, "6. Actions agreed with the lead professional", brand)
    if sample.actions and rng.random() < 0.35:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")
    else:
        actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    document.add_paragraph()

    # 7. Safety.
    brand_heading(document, "7. Safety", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), rng.choice(SAFETY_QUESTIONS))
    _yes_no(rng, safety.cell(0, 1).paragraphs[0], sample.urgent_concern, rng.choice(("typed", "boxes", "struck")))
    label(safety.cell(1, 0), "If yes: what was done, by whom and when")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # 8. Sign-off.
    brand_heading(document, "8. Sign-off", brand)
    fed_back = _weekday(sample.date + timedelta(days=rng.randint(1, 6)))
    sign = table(document, 2, 4)
    for cell, text in zip(sign.rows[0].cells, ("Reviewer's signature", "Date", "Feedback given to the LP on",
                                               "How")):
        label(cell, text, "F2F2F2")
    write(sign.cell(1, 0), auditor, italic=True)
    write(sign.cell(1, 1), when(sample.date))
    write(sign.cell(1, 2), when(fed_back))
    write(sign.cell(1, 3), rng.choice(("In supervision", "Face to face", "By Teams call")))
    document.add_paragraph()

    # 9. Moderation.
    _moderation(document, rng, sample, brand, ink, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=(*(name for name, _ in household), relative),
                    also=(when(child.date_of_birth),))


def _details(document, rng: random.Random, details: list[tuple[str, str]]) -> None:
    """The record's details: a two-column table, strips of labels over
    values, or label lines (two to a line on some)."""
    style = rng.choice(("table", "strips", "lines"))
    if style == "table":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "strips":
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            strip = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(strip.cell(0, column), text, "DEEAF6")
                write(strip.cell(1, column), value)
            document.add_paragraph()
    else:
        paired = rng.random() < 0.5
        position = 0
        while position < len(details):
            text, value = details[position]
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
            # Short pairs share a line, separated by a tab.
            if paired and position + 1 < len(details) and len(value) < 30 and len(details[position + 1][1]) < 30:
                text, value = details[position + 1]
                run(line, "\t")
                run(line, f"{text}: ", bold=True)
                run(line, value)
                position += 1
            position += 1


def _ledger(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
            best_first: bool, ids: ControlIds) -> None:
    """One table: area (with its prompt), evidence, and the grade as a mark
    under four columns or typed in one cell."""
    show_prompts = rng.random() < 0.6
    if style == "columns":
        marker = rng.choice(MARKS)
        grid = table(document, 1 + len(sample.sections), 6)
        headers = ("Area", "Evidence from the record", *(WORDS[option] for option in ORDER))
    else:
        grid = table(document, 1 + len(sample.sections), 3)
        headers = ("Area", "Evidence from the record", "Rating")
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, section, prompt in zip(grid.rows[1:], sample.sections, PROMPTS):
        write(row.cells[0], section.name, bold=True)
        if show_prompts:
            write(row.cells[0], prompt, italic=True, size=8)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
        if style == "columns":
            mark(row.cells[2 + ORDER.index(section.grade)], marker)
        else:
            _grade_inline(rng, row.cells[2].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)


def _matrix(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str) -> None:
    """The descriptor matrix: each area a row of four descriptors, one per
    level, the chosen one marked, with the evidence in a row beneath."""
    paragraph(document, {"shade": "Shade the descriptor that best fits the record.",
                         "tick": "Tick the descriptor that best fits the record.",
                         "bold": "Put the descriptor that best fits the record in bold.",
                         "strike": "Strike through the descriptors that do not fit."}[style], italic=True, size=9)
    grid = table(document, 1 + 2 * len(sample.sections), 5)
    label(grid.cell(0, 0), "Area", "DEEAF6")
    for column, option in enumerate(ORDER, start=1):
        label(grid.cell(0, column), WORDS[option], "DEEAF6")
    for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS)):
        row = grid.rows[1 + 2 * number]
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], prompt, italic=True, size=8)
        for column, (option, descriptor) in enumerate(zip(ORDER, DESCRIPTORS), start=1):
            cell = row.cells[column]
            chosen = option == section.grade
            if style == "tick":
                write(cell, f"\u2713 {descriptor}" if chosen else descriptor, size=8, bold=chosen)
            else:
                write(cell, descriptor, size=8, bold=chosen and style == "bold",
                      strike=not chosen and style == "strike")
                if chosen and style == "shade":
                    shade(cell._tc, MATRIX_SHADE)
        evidence = grid.cell(2 + 2 * number, 0).merge(grid.cell(2 + 2 * number, 4))
        write(evidence, f"Evidence: {section.comment}")
        if section.name in remarks:
            write(evidence, f"{prefix}{remarks[section.name]}", colour=ink)


def _blocks(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
            best_first: bool, ids: ControlIds) -> None:
    """A headed block per area: the prompt, the evidence and the rating line."""
    for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
        line = paragraph(document, f"3.{number}  ", bold=True)
        run(line, section.name, bold=True)
        paragraph(document, prompt, italic=True, size=8)
        paragraph(document, section.comment)
        if section.name in remarks:
            paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
        rating = paragraph(document)
        run(rating, "Rating: ", bold=style not in ("bold", "highlight"))
        _grade_inline(rng, rating, section.grade, style, best_first=best_first, ids=ids)


def _overall(document, rng: random.Random, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    prompt = rng.choice(("Overall rating of the early help record", "Overall rating",
                         "Overall quality of the EHA and family plan"))
    if style == "sentence":
        written = WORDS[grade].lower() if rng.random() < 0.5 else informal_grade(rng, grade)
        paragraph(document, f"Taking the six areas together, I rate the record overall as {written}.")
    elif style == "columns":
        paragraph(document, f"{prompt} (mark one):", bold=True)
        marker = rng.choice(MARKS)
        grid = table(document, 2, 4)
        for column, option in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[option], "DEEAF6")
            if option == grade:
                mark(grid.cell(1, column), marker)
    else:
        line = paragraph(document)
        run(line, f"{prompt}: ", bold=style not in ("bold", "highlight"))
        _grade_inline(rng, line, grade, style, best_first=best_first, ids=ids)


def _moderation(document, rng: random.Random, sample, brand: str, ink: str, when) -> None:
    moderation = sample.moderation
    if moderation is None:
        shown = rng.choice(("note", "box", "none"))
        if shown == "none":
            return
        brand_heading(document, "9. Head of Service moderation", brand)
        if shown == "note":
            paragraph(document, rng.choice(("Awaiting moderation by the Head of Service.",
                                            "Not selected for moderation this month.")), italic=True)
        else:
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Head of Service", "Date", "Agree with the overall rating?",
                                            "Comments")):
                label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, "9. Head of Service moderation", brand)
    grade = moderation.grade
    style = rng.choice(("box", "box", "lines"))
    if style == "box":
        # A box, typed in the ink on most files and in black on some.
        colour = ink if rng.random() < 0.7 else None
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date moderated", "Agree with the overall rating?",
                                        "Moderated rating", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=colour)
        write(box.cell(1, 1), when(moderation.date), colour=colour)
        if grade is None:
            write(box.cell(2, 1), "Comments only \u2013 rating not moderated", colour=colour)
        else:
            write(box.cell(2, 1), "Yes" if grade == sample.grade else "No", colour=colour)
            write(box.cell(3, 1), informal_grade(rng, grade), colour=colour, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=colour)
        return
    paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, {when(moderation.date)}",
              colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if grade is None:
        paragraph(document, "Comments only; I have not moderated the rating.", colour=ink)
    elif grade == sample.grade:
        paragraph(document, f"I agree with the reviewer's overall rating: {informal_grade(rng, grade)}.", colour=ink)
    else:
        paragraph(document, f"I do not agree with the overall rating. Moderated rating: {informal_grade(rng, grade)}.",
                  colour=ink)
