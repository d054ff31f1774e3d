"""Child's Plan quality assurance review: an Early Help / family support
manager's audit of the quality of one child's multi-agency Child's Plan
and of how it is reviewed, written the Getting it right for every child
(GIRFEC) way. The reviewer records the child and the plan (the reference,
the child, the brothers and sisters, the parents, when the plan started,
when it was last reviewed at a Child's Plan meeting and when the next
review is due), the lead professional with their agency and team, the
named person, the team around the child and who came to the last Child's
Plan meeting, the wellbeing indicators (SHANARRI) the plan sets outcomes
for, five areas of the plan each with the evidence found and an
evaluation, the overall evaluation, what matters to the child and family,
what is working well and what needs to change, the actions, the immediate
safety question, the reviewer's sign-off and the Head of Service's
moderation.

Modelled on what Argyll and Bute publishes about the Child's Plan under
GIRFEC (no Argyll and Bute material was used yet; Highland, Aberdeenshire,
Dundee, Stirling, East Ayrshire, Scottish Borders, Dumfries and Galloway,
Angus and Moray are all named by another family, and the Scottish
Government by `home_visit_observation_sheet`), read as search excerpts:

- "Getting it Right for Named Persons and Lead Professionals – A Practice
  Guide" (Argyll and Bute GIRFEC Implementation Group, version 1, issued
  22 October 2012, ratified by Argyll and Bute's Children; a copy on
  docsbay.net/doc/294872). Only its document control, contents and the
  opening of its introduction were read: it is distributed to public
  health nursing, education staff and schools, social work children and
  families teams, early years and child protection leads; its contents
  run from being a named person and being a lead professional, "when
  single agency support is not enough" and a child at risk of harm, to the
  initial multi-agency Child's Plan meeting (convening and chairing it), a
  flow chart, a glossary, the wellbeing indicators, the five key questions
  and guidance on assessment; it updates the earlier joint assessment and
  planning guidance, and says GIRFEC builds solutions with and around
  children and families.
- A news item at argyll-conservatives.org/news/children-and-young-
  peoples-service-plan-approved (on the third annual review of the 2017–2020
  Argyll and Bute Children and Young People's Service Plan): seven
  strategic priorities (early intervention and support, mental health and
  wellbeing, child protection, corporate parenting, children and young
  people's voice, substance misuse, leadership and communication), and a
  national quality improvement award for two tests of change, one of them
  "What Matters to Me", which lets staff gather parents' views at Child's
  Planning meetings.
- For background only (the Scottish Government is already named
  elsewhere, for another publication): its "Getting it right for every
  child (GIRFEC): child's plan – practice statement" (gov.scot, sections
  2–4): a child's plan is considered when an assessment of wellbeing using
  the wellbeing indicators shows a child needs extra support beyond
  universal provision; where several agencies are involved a lead
  professional is agreed to co-ordinate it, working with the named person;
  the plan should reflect the child's voice at every stage, say why it was
  made, the personalised actions and the expected improvement; all
  agencies are jointly accountable for progressing and reviewing it.

None of these shows an audit or review form. What is taken from them is
what the form asks about: the lead professional and the named person, the
team around the child and the Child's Plan meeting, the wellbeing
indicators, the child's and family's views ("what matters to me"), and
reviewing the plan. Everything else is our own judgement: the form itself,
its parts and wording, the five areas (named as the sample names them or
in GIRFEC words), the four Ofsted-style evaluations in place of a Scottish
six-point scale, the immediate safety question, the sign-off and the Head
of Service's moderation.

Our choices, varied across the 16 files: the council's line in the page
header in a brand colour and the title in it; the child and the plan as a
four-column grid of labels and values, a two-column table or label lines;
the reference plain, with a case system's prefix or an Early Help prefix;
the lead professional sometimes with their role; the team left off two
files and the agency off one; the named person by role (a health visitor
before school age, then a primary or secondary teacher); the reviewer among
the details or only at the sign-off; brothers and sisters with their ages
or dates of birth, and a grandparent, godparent or family friend among those
at the last Child's Plan meeting (all in `others`); the team around the
child as a table of agency, role and attendance (ticks or Yes / No) or
lines; the wellbeing
indicators as a row of eight boxes or a sentence; the five areas as one
grid (evidence and an evaluation typed, a number on a printed 1–4 key
either way round, the chosen word emboldened or highlighted among the
four, the others struck through, a mark under four columns or a Word
drop-down), as a card per area ("What we looked for / What we found /
Evaluation") or across the page one area to a column; the overall
evaluation in any of those ways or in a sentence; what matters to the
child and family in a box or quoted; working well and needs to change side
by side, as bullets or numbered (a brother or sister named on some);
actions as a table, arrowed lines or a "no actions" sentence (three of the
best-evaluated files); the safety question typed, as boxes or with the other
answer struck through (three yes); and the Head of Service's moderation
typed in a non-red ink as a box (black on some), as signed lines or as a
"HoS" evaluation under the overall one, with remarks under some areas,
confirming, changing or only commenting; where there is none, an empty
box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES
from bot.samples.tools import TAF_AUDIT, tool_samples

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

FAMILY = "girfec_childs_plan_review"
SEED = 10019

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The five areas in the order of the sample's (the TAF tool's sections): the
# council's GIRFEC names, and what the reviewer looks for in each.
COUNCIL_AREAS = (
    "What matters to the child",
    "The Child's Plan and its wellbeing outcomes",
    "Child's Plan meetings and reviews",
    "Lead professional and named person",
    "Difference the plan is making",
)
PROMPTS = (
    "Are the child's views and wishes in the plan in their own words, and do they shape it?",
    "Does the plan say why it was made, which wellbeing needs it meets, and have SMART actions with names "
    "and dates?",
    "Has the plan been reviewed at a Child's Plan meeting within timescale, with the family and the agencies "
    "around the child?",
    "Is the lead professional co-ordinating the plan, and is the named person kept involved?",
    "Can you see what has changed for the child against the wellbeing indicators since the plan started?",
)
INDICATORS = ("Safe", "Healthy", "Achieving", "Nurtured", "Active", "Respected", "Responsible", "Included")

TITLES = ("Child's Plan Quality Assurance Review", "Multi-agency Child's Plan Audit",
          "Getting it right for every child \u2013 Child's Plan Review Audit",
          "Team Around the Child / Family: Child's Plan Audit")
REF_LABELS = ("Child's Plan reference", "Case number", "Child ID", "Family support reference")
CHILD_LABELS = ("Child / young person", "Name of child", "Child")
PRACTITIONER_LABELS = ("Lead professional", "Lead professional (LP)", "Lead professional for the plan")
AGENCY_LABELS = ("LP's agency / service", "Agency", "Service")
TEAM_LABELS = ("Team", "LP's team", "Locality team")
REVIEWER_LABELS = ("Reviewed by", "Audited by", "QA reviewer")
DATE_LABELS = ("Date of audit", "Date audit completed", "QA review date")
ROLES = ("Family Support Worker", "Early Help Practitioner", "Family Support Practitioner")
RELATIVES = ("maternal grandparent", "paternal grandparent", "family friend", "godparent")
# The named person by the child's age (health visitor before school, then
# the primary or secondary school), and the others in the team around them.
NAMED_PERSONS = {
    "pre-school": (("Health", "Health Visitor"),),
    "primary": (("Education", "Head Teacher, Kilbride Primary"), ("Education", "Depute Head, Lochside Primary")),
    "secondary": (("Education", "Pastoral Care Teacher, Ardmore Academy"),
                  ("Education", "Guidance Teacher, Strathmore High")),
}
TEAM_ROLES = {
    "pre-school": (("Health", "Family Nurse"), ("Housing", "Housing Officer"), ("Early years", "Nursery Key Worker"),
                   ("Health", "Speech and Language Therapist")),
    "school": (("Health", "School Nurse"), ("Education", "Class Teacher"), ("Housing", "Housing Officer"),
               ("CAMHS", "Primary Mental Health Worker"), ("Third sector", "Young Carers Worker"),
               ("Education", "Educational Psychologist")),
}
VOICE_LABELS = ("What matters to the child and family", "What matters to me / to my family",
                "The child's and family's views of the plan")
SAFETY_QUESTIONS = (
    "Is there an immediate concern for the child's safety that needs a child protection referral today?",
    "Immediate safety concern identified during this review?",
    "Does anything in the plan need to go to an IRD / child protection today?",
)
NO_ACTIONS = ("No actions arising \u2013 the plan was updated at the review meeting last week.",
              "No further actions from this audit.",
              "Nil actions: the lead professional has already addressed the points above.")
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Lead", "Timescale"),
                  ("Action", "Responsible", "Target date", "Done"))
HEADER_FILL = "DDEBF7"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(TAF_AUDIT,))[:count]
    layouts = (["grid", "cards", "across"] * (count // 3 + 1))[:count]
    rng.shuffle(layouts)
    # Three files say there are no actions: the best-evaluated plans with no
    # urgent concern.
    plain = [at for at, sample in enumerate(samples) if not sample.urgent_concern and sample.actions]
    plain.sort(key=lambda at: (ORDER.index(samples[at].grade), rng.random()))
    no_actions = set(plain[:3])
    blank_team = set(rng.sample(range(count), 2))
    blank_agency = {rng.choice([at for at in range(count) if at not in blank_team])}
    return [_form(rng, index, sample, today, layouts[index], drop_actions=index in no_actions,
                  team_blank=index in blank_team, agency_blank=index in blank_agency)
            for index, sample in enumerate(samples)]


# --- small helpers -----------------------------------------------------------------


def _role_of(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return {"early_help_manager": "Early Help Team Manager", "practice_manager": "Practice Manager",
            "head_of_service": "Head of Service"}.get(member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _reference(rng: random.Random, case_id: str) -> str:
    roll = rng.random()
    if roll < 0.3:
        return early_help_reference(rng, case_id)
    return case_reference(rng, case_id) if roll < 0.6 else case_id


def _relative(rng: random.Random, child) -> tuple[str, str]:
    """Someone from the wider family at the last Child's Plan meeting."""
    parents = {name.split()[0] for name in child.parents}
    first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in parents])
    surname = child.surname if rng.random() < 0.5 else rng.choice(FAMILY_SURNAMES)
    return f"{first} {surname}", rng.choice(RELATIVES)


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _print_key(document, best_first: bool, brand: str) -> None:
    numbers = sorted((_key_number(option, best_first), WORDS[option]) for option in ORDER)
    paragraph(document, "Evaluation key:  " + "   ".join(f"{number} = {word}" for number, word in numbers),
              bold=True, colour=brand, size=9)


def _grade_inline(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    """Write `grade` into the paragraph `line`: typed, a number on the key,
    a Word drop-down, or the four words with the chosen one marked."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        number = _key_number(grade, best_first)
        run(line, rng.choice((str(number), f"{number}", f"{number} \u2013 {informal_grade(rng, grade)}")))
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Evaluation")
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, " / " if style != "strike" else "   ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                highlight=chosen and style == "highlight", strike=not chosen and style == "strike")


def _yes_no(rng: random.Random, line, answer: bool, how: str) -> None:
    if how == "boxes":
        run(line, f"Yes {CHECKED_BOX if answer else UNCHECKED_BOX}    No {UNCHECKED_BOX if answer else CHECKED_BOX}")
    elif how == "struck":
        run(line, "Yes", strike=not answer)
        run(line, " / ")
        run(line, "No", strike=answer)
    else:
        run(line, rng.choice(("Yes", "YES", "Yes \u2013 see below")) if answer else rng.choice(("No", "NO", "No.")),
            bold=True)


# --- one file ----------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, layout: str, *, drop_actions: bool,
          team_blank: bool, agency_blank: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.55
    area_style = rng.choice({"grid": ("columns", "columns", "typed", "key", "dropdown", "bold"),
                             "cards": ("typed", "key", "bold", "highlight", "strike", "dropdown"),
                             "across": ("typed", "key", "highlight", "strike", "bold")}[layout])
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
    prefix = rng.choice(("HoS: ", "HoS comment \u2013 ", "Head of Service: "))

    document = new_document(rng, landscape=layout == "across")
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tGetting it right for every child")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Child's Plan QA review \u2013 version {rng.choice(('1.0', '1.3', '2'))} \u2013 OFFICIAL SENSITIVE",
        size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Read the Child's Plan, the minutes of the last two Child's Plan meetings and the "
                        "chronology before you start. Reviewer: complete in black. Head of Service: moderate in "
                        "a different colour.", italic=True, size=9)

    # Part 1. The child and the plan.
    brand_heading(document, "Part 1 \u2013 The child and the Child's Plan", brand)
    practitioner = sample.practitioner
    if rng.random() < 0.3:
        practitioner = f"{practitioner} ({rng.choice(ROLES)})"
    auditor = sample.auditor
    role = _role_of(auditor)
    reviewer_in_details = rng.random() < 0.65
    started = _weekday(sample.date - timedelta(days=rng.randint(90, 260)))
    last_meeting = _weekday(sample.date - timedelta(days=rng.randint(8, 40)))
    next_meeting = _weekday(last_meeting + timedelta(days=rng.choice((42, 56, 84))))
    born_style = rng.choice(("age", "dob"))

    def sibling_text(name: str, born: date) -> str:
        if born_style == "dob":
            return f"{name} ({when(born)})"
        age = _age(born, today)
        return f"{name} ({age})" if age else f"{name} (baby)"

    details = [
        (rng.choice(REF_LABELS), sample.case_id),
        (rng.choice(CHILD_LABELS), child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        ("Parents / carers", " and ".join(child.parents)),
        ("Brothers and sisters" if any(_age(born, today) >= 18 for _, born in household)
         else rng.choice(("Brothers and sisters", "Other children in the family")),
         ", ".join(sibling_text(name, born) for name, born in household) or "None"),
        ("Child's Plan started", when(started)),
        ("Last Child's Plan meeting", when(last_meeting)),
        ("Next review due", when(next_meeting)),
        (rng.choice(PRACTITIONER_LABELS), practitioner),
    ]
    if sample.service:
        details.append((rng.choice(AGENCY_LABELS), sample.service))
    if sample.team:
        details.append((rng.choice(TEAM_LABELS), sample.team))
    age = _age(child.date_of_birth, today)
    stage = "pre-school" if age < 5 else "primary" if age < 12 else "secondary"
    agency, named = rng.choice(NAMED_PERSONS[stage])
    details.append(("Named person", f"{named} ({agency})"))
    if reviewer_in_details:
        details += [
            (rng.choice(REVIEWER_LABELS), f"{auditor}, {role}" if role and rng.random() < 0.4 else auditor),
            (rng.choice(DATE_LABELS), when(sample.date)),
        ]
    _details(document, rng, details)
    document.add_paragraph()

    # Part 2. The team around the child.
    brand_heading(document, "Part 2 \u2013 The team around the child", brand)
    helpers = rng.sample(TEAM_ROLES["pre-school" if stage == "pre-school" else "school"], rng.randint(2, 3))
    _team(document, rng, sample, (agency, named), helpers, (relative, relationship))
    document.add_paragraph()

    # Part 3. The wellbeing indicators the plan sets outcomes for.
    brand_heading(document, "Part 3 \u2013 Wellbeing needs in the plan (SHANARRI)", brand)
    chosen = set(rng.sample(INDICATORS, rng.randint(2, 4)))
    if rng.random() < 0.55:
        paragraph(document, "Tick the wellbeing indicators the plan sets outcomes for:", italic=True, size=9)
        grid = table(document, 1, len(INDICATORS))
        for cell, indicator in zip(grid.rows[0].cells, INDICATORS):
            write(cell, f"{CHECKED_BOX if indicator in chosen else UNCHECKED_BOX} {indicator}", size=9)
    else:
        listed = [indicator for indicator in INDICATORS if indicator in chosen]
        paragraph(document, f"The plan sets outcomes under {', '.join(listed[:-1])} and {listed[-1]}.")
    document.add_paragraph()

    # Part 4. The five areas.
    brand_heading(document, rng.choice(("Part 4 \u2013 Evaluating the Child's Plan",
                                        "Part 4 \u2013 Quality of the plan and its review")), brand)
    if area_style == "key" or overall_style == "key":
        _print_key(document, best_first, brand)
    if layout == "grid":
        _grid(document, rng, sample, area_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    elif layout == "cards":
        _cards(document, rng, sample, area_style, remarks, prefix, ink, brand, best_first=best_first, ids=ids)
    else:
        _across(document, rng, sample, area_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    document.add_paragraph()

    # Part 5. The overall evaluation, with the Head of Service's beside it on some.
    brand_heading(document, "Part 5 \u2013 Overall evaluation", brand)
    _overall(document, rng, sample.grade, overall_style, best_first=best_first, ids=ids)
    moderation_style = rng.choice(("box", "box", "lines", "under")) if moderation else None
    if moderation_style == "under":
        line = paragraph(document)
        if moderation.grade is None:
            run(line, f"{prefix}comments only \u2013 see Part 10.", colour=ink, bold=True)
        else:
            verdict = "agreed" if moderation.grade == sample.grade else "moderated to"
            run(line, f"{prefix}{verdict} {informal_grade(rng, moderation.grade)} \u2013 see Part 10.",
                colour=ink, bold=True)
    document.add_paragraph()

    # Part 6. What matters to the child and family.
    brand_heading(document, "Part 6 \u2013 What matters to the child and family", brand)
    voice = next(own for own in sample.own if own.key == "family_voice")
    paragraph(document, rng.choice((voice.label, *VOICE_LABELS)), bold=True)
    if rng.random() < 0.5:
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice.written)
    else:
        paragraph(document, f"\u201c{voice.written}\u201d", italic=True)
    document.add_paragraph()

    # Part 7. Working well and needs to change.
    brand_heading(document, "Part 7 \u2013 What is working well and what needs to change", brand)
    headings = rng.choice((("What is working well", "What needs to change"),
                           ("Working well", "Needs to change"),
                           ("Strengths of the plan", "What needs to be better")))
    lists = (sample.strengths, sample.development_areas)
    style = rng.choice(("columns", "bullets", "numbered"))
    if style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, lists)):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, lists):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if style == "numbered" else f"\u2022 {item}")
    document.add_paragraph()

    # Part 8. Actions.
    brand_heading(document, "Part 8 \u2013 Actions agreed with the lead professional", brand)
    _actions(document, rng, sample.actions, when)
    document.add_paragraph()

    # Part 9. Immediate safety, then the reviewer's sign-off.
    brand_heading(document, "Part 9 \u2013 Immediate safety and sign-off", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), rng.choice(SAFETY_QUESTIONS))
    _yes_no(rng, safety.cell(0, 1).paragraphs[0], sample.urgent_concern, rng.choice(("typed", "boxes", "struck")))
    label(safety.cell(1, 0), "If yes: what was done, by whom and when")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()
    fed_back = _weekday(sample.date + timedelta(days=rng.randint(1, 5)))
    sign = table(document, 2, 4)
    for cell, text in zip(sign.rows[0].cells, ("Completed by", "Role", "Date completed",
                                               "Feedback given to the LP on")):
        label(cell, text, "F2F2F2")
    write(sign.cell(1, 0), auditor)
    write(sign.cell(1, 1), role or "Manager")
    write(sign.cell(1, 2), when(sample.date))
    write(sign.cell(1, 3), when(fed_back))
    document.add_paragraph()

    # Part 10. Moderation.
    _moderation(document, rng, sample, brand, ink, when, moderation_style)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=(*(name for name, _ in household), relative),
                    also=(when(child.date_of_birth),))


def _details(document, rng: random.Random, details: list[tuple[str, str]]) -> None:
    """The child and the plan: a four-column grid (two pairs to a row), a
    two-column table, or label lines."""
    style = rng.choice(("pairs", "table", "lines"))
    if style == "pairs":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (text, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, 2 * column), text, "F2F2F2")
            write(grid.cell(row, 2 * column + 1), value)
    elif style == "table":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for text, value in details:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)


def _team(document, rng: random.Random, sample, named: tuple[str, str], helpers, relative: tuple[str, str]) -> None:
    """Who is in the team around the child and who came to the last Child's
    Plan meeting: a table of agency, role and attendance, or lines."""
    parents = sample.child.parents
    name, relationship = relative
    rows = [(sample.service or "", f"Lead professional \u2013 {sample.practitioner}", True),
            (named[0], f"Named person \u2013 {named[1]}", rng.random() < 0.8),
            *((agency, role, rng.random() < 0.6) for agency, role in helpers)]
    family = [*(f"{parent} (parent)" for parent in parents), f"{name} ({relationship})"]
    if rng.random() < 0.6:
        ticks = rng.random() < 0.5
        grid = table(document, len(rows) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "Role / name", "At last Child's Plan meeting?")):
            label(cell, text, HEADER_FILL)
        for row, (agency, role, came) in zip(grid.rows[1:], rows):
            write(row.cells[0], agency)
            write(row.cells[1], role)
            write(row.cells[2], ("\u2713" if came else "\u2717") if ticks else ("Yes" if came else "No \u2013 report sent"))
        line = paragraph(document)
        run(line, "Family at the meeting: ", bold=True)
        run(line, "; ".join(family))
    else:
        line = paragraph(document)
        run(line, "Agencies in the plan: ", bold=True)
        run(line, "; ".join(f"{agency} ({role})" for agency, role, _ in rows))
        line = paragraph(document)
        run(line, "Present at the last Child's Plan meeting: ", bold=True)
        run(line, "; ".join([*family, *(role.split(" \u2013 ")[0] for _, role, came in rows if came)]))


def _grid(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
          best_first: bool, ids: ControlIds) -> None:
    """One table: the area (with its question), what was found, and the
    evaluation as a mark under four columns or in one cell."""
    show_prompts = rng.random() < 0.6
    if style == "columns":
        marker = rng.choice(MARKS)
        grid = table(document, 1 + len(sample.sections), 6)
        headers = ("Area", "What we found", *(WORDS[option] for option in ORDER))
    else:
        grid = table(document, 1 + len(sample.sections), 3)
        headers = ("Area", "What we found", "Evaluation")
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, HEADER_FILL)
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


def _cards(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, brand: str, *,
           best_first: bool, ids: ControlIds) -> None:
    """A card per area: a coloured band with its name, then what was looked
    for, what was found and the evaluation."""
    for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
        card = table(document, 4, 2)
        band = card.cell(0, 0).merge(card.cell(0, 1))
        write(band, f"4.{number}  {section.name}", bold=True, colour="FFFFFF")
        shade(band._tc, brand)
        label(card.cell(1, 0), "What we looked for", "F2F2F2")
        write(card.cell(1, 1), prompt, italic=True, size=9)
        label(card.cell(2, 0), "What we found", "F2F2F2")
        write(card.cell(2, 1), section.comment)
        if section.name in remarks:
            write(card.cell(2, 1), f"{prefix}{remarks[section.name]}", colour=ink)
        label(card.cell(3, 0), "Evaluation", "F2F2F2")
        _grade_inline(rng, card.cell(3, 1).paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
        document.add_paragraph()


def _across(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
            best_first: bool, ids: ControlIds) -> None:
    """The areas across the page, one to a column: what was found under
    each, then the evaluation, then any Head of Service remarks."""
    rows = 4 if remarks else 3
    grid = table(document, rows, 1 + len(sample.sections))
    label(grid.cell(0, 0), "Area", HEADER_FILL)
    label(grid.cell(1, 0), "What we found", "F2F2F2")
    label(grid.cell(2, 0), "Evaluation", "F2F2F2")
    if remarks:
        label(grid.cell(3, 0), "Head of Service", "F2F2F2", colour=ink)
    for column, section in enumerate(sample.sections, start=1):
        label(grid.cell(0, column), section.name, HEADER_FILL)
        write(grid.cell(1, column), section.comment, size=9)
        _grade_inline(rng, grid.cell(2, column).paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
        if section.name in remarks:
            write(grid.cell(3, column), remarks[section.name], colour=ink, size=9)


def _overall(document, rng: random.Random, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    prompt = rng.choice(("Overall evaluation of the Child's Plan", "Overall evaluation",
                         "Overall quality of the plan and its review"))
    if style == "sentence":
        written = WORDS[grade].lower() if rng.random() < 0.5 else informal_grade(rng, grade)
        paragraph(document, f"Taking the five areas together, I evaluate the Child's Plan overall as {written}.")
    elif style == "columns":
        paragraph(document, f"{prompt} (mark one box):", bold=True)
        marker = rng.choice(MARKS)
        grid = table(document, 2, 4)
        for column, option in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[option], HEADER_FILL)
            if option == grade:
                mark(grid.cell(1, column), marker)
    else:
        line = paragraph(document)
        run(line, f"{prompt}: ", bold=style not in ("bold", "highlight"))
        _grade_inline(rng, line, grade, style, best_first=best_first, ids=ids)


def _actions(document, rng: random.Random, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    style = rng.choice(("table", "table", "lines"))
    if style == "lines":
        for action in actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}, by {when(action.due)})")
        return
    headers = rng.choice(ACTION_HEADERS)
    grid = table(document, len(actions) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, HEADER_FILL)
    for row, action in zip(grid.rows[1:], actions):
        write(row.cells[0], action.action)
        write(row.cells[1], action.owner)
        write(row.cells[2], when(action.due))


def _moderation(document, rng: random.Random, sample, brand: str, ink: str, when, style: str | None) -> None:
    moderation = sample.moderation
    heading = "Part 10 \u2013 Head of Service moderation"
    if moderation is None:
        shown = rng.choice(("note", "box", "none"))
        if shown == "none":
            return
        brand_heading(document, heading, brand)
        if shown == "note":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "Not sampled for moderation this month.")), italic=True)
        else:
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Head of Service", "Date", "Agree with the overall evaluation?",
                                            "Comments")):
                label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    grade = moderation.grade
    if style in ("box", "under"):
        # A box, typed in the ink on most files and in black on some.
        colour = ink if rng.random() < 0.75 else None
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderated by (Head of Service)", "Date moderated",
                                        "Do you agree with the overall evaluation?", "Moderated evaluation",
                                        "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=colour)
        write(box.cell(1, 1), when(moderation.date), colour=colour)
        if grade is None:
            write(box.cell(2, 1), "Comments only \u2013 evaluation not moderated", colour=colour)
        else:
            write(box.cell(2, 1), "Yes" if grade == sample.grade else "No", colour=colour)
            write(box.cell(3, 1), informal_grade(rng, grade), colour=colour, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=colour)
        return
    paragraph(document, f"Moderated by {moderation.moderator}, Head of Service \u2013 {when(moderation.date)}",
              colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if grade is None:
        paragraph(document, "I have commented only and have not moderated the evaluation.", colour=ink)
    elif grade == sample.grade:
        written = informal_grade(rng, grade)
        paragraph(document, f"I agree with the reviewer's overall evaluation: {written}"
                            f"{'' if written.endswith('.') else '.'}", colour=ink)
    else:
        written = informal_grade(rng, grade)
        paragraph(document, f"I do not agree with the overall evaluation. Moderated evaluation: {written}"
                            f"{'' if written.endswith('.') else '.'}", colour=ink)
