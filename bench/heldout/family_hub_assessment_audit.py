"""Family hub Early Help Assessment audit: an Early Help Team Manager's
quality check of one family's Early Help Assessment (EHA) and family plan,
written for a council whose Early Help is delivered through family hubs
and claimed under the national Supporting Families programme. The auditor
records the family (the child, the parents, brothers and sisters, and who
took part in the assessment), the Early Help reference, the lead
practitioner and hub team; checks the whole family working the programme
expects (one lead practitioner, an assessment of the whole family, one plan
for every need, the support received) and ticks which of the programme's
ten headline outcomes the assessment found needs under; grades six parts of
the assessment and plan with the evidence for each; records the family's
voice; gives the overall grade, what is working well and what could be
better, actions and the same-day safety question; and ends with the Head of
Service's moderation.

Modelled on the Supporting Families programme guidance 2022 to 2025 (first
published 2 April 2022 by the Department for Levelling Up, Housing and
Communities for local authority Supporting Families teams, their partners,
auditors and analysts; gov.uk, "Supporting Families programme guidance 2022
to 2025"), as far as it was read:

- "Chapter 3: The National Supporting Families Outcome Framework" says the
  framework of ten headline outcomes was drafted by policy teams in six
  government departments, then re-drafted with local authorities and the
  Early Intervention Foundation so that the outcomes and evidence measures
  were practical for families, replacing the local outcome plans required
  since April 2015;
- "Chapter 4: Identifying and working with families" lists the ten
  headline outcomes (getting a good education, good early years
  development, improved mental and physical health, better managed
  substance use, improved family relationships, children safe from abuse
  and exploitation, families diverted from crime, safe from domestic abuse,
  secure housing, financial stability), says all families benefit from a
  whole family approach, and that a family claimed for must include
  dependent children or expectant parents, show at least three family needs
  from the framework, and have them evidenced during assurance reviews and
  visits;
- "Chapter 6: Checks and balances" says the national Supporting Families
  team conducts assurance reviews and visits (checking the validity of
  payment by results claims, with spot checks, targeted by risk) and
  considers an area's engagement with the Early Help System Guide.

A council's own news page summarising the framework for its Early Help
partners (Hertfordshire Families First, "New Supporting Families Outcomes
Framework", June 2023) adds that to be claimed for a family must have been
supported by a lead practitioner, with a whole family assessment and an
action plan addressing all the family's problems, and must have received
relevant support. The Department for Education's "Family Hub Model
Framework" (annex to the Family Hubs Local Transformation Fund application
guide, November 2021, read only as far as its introduction: a first-draft
framework local authorities use to assess themselves against common
criteria, alongside the Supporting Families Early Help System Guide) was
read for the family hub setting only.

None of these shows an audit form, so the layout is our own judgement: a
header with the council's line and "Family Hubs and Early Help"; the
family and the audit (Early Help reference written as an Early Help
system's reference, a case system's prefixed reference or plain digits;
the lead practitioner, sometimes with their role; hub team left blank on
two files, service on one; the auditor; the date of the audit beside the
dates the EHA was completed and last reviewed) as a numbered question
table, two pairs to a row or stacked labels over values; the household as a
table of names, relationships and ages or as lines, with who took part in
the assessment (a grandparent, aunt or family friend named); on most files
the whole family working check answered Yes / Partly / No, typed or ticked,
and the headline outcomes ticked ☒ / ☐; six parts of the assessment and
plan (named in the council's words on some files, in the sample's on
others), each with a prompt and evidence, as one grid, as a card per part
or as headed paragraphs with the grades in a scorecard; grades typed
informally, a number on a printed 1-4 key (best or worst first), the
chosen word bold or highlighted among the four, the others struck
through, a mark under four grade columns or a Word drop-down; the overall
grade the same ways, in a sentence or as four tick boxes; the family's
voice in a box or in italics; working well / could be better as two
columns, bullets or numbered lines, naming a brother or sister on some;
actions as a table, numbered lines or a "no actions" sentence (three
files); the safety question typed, ticked or with the wrong answer struck
through (at least three answered yes; where the drawn samples have fewer,
the sample is changed to raise one); and the Head of Service's moderation
typed in a non-red ink, as a heavy-bordered box or signed lines, with
remarks beside some parts (changing, confirming or commenting only), or an
"awaiting" note, an empty box or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import STAFF, Section, phrases
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
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

FAMILY = "family_hub_assessment_audit"

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The six parts of the assessment and plan, in the order of the sample's
# areas (the EHA tool's sections), each with the prompt the template prints.
# "hub" is the council's own wording; "tool" keeps the sample's names.
PROMPTS = (
    "What is a day in the life like for each child? Are their words, drawings or scores recorded?",
    "Does the assessment cover every member of the household, adults as well as children, and say what the "
    "needs and strengths mean for the child?",
    "Is there one family plan with an outcome for every need, a named person and a date for each action?",
    "Was the assessment done with the family, with informed consent, fathers and the wider network included?",
    "Has the lead practitioner's manager given direction and checked progress at the right points?",
    "Is there evidence that things are changing for the family and that the change is lasting?",
)
HUB_PARTS = (
    "The child's voice and daily life",
    "Whole family assessment of needs and strengths",
    "One family plan",
    "Consent and working with the family",
    "Support and oversight for the lead practitioner",
    "Progress towards the family's outcomes",
)

# The national programme's ten headline outcomes (Supporting Families
# programme guidance 2022 to 2025, chapter 4), ticked where the EHA found a need.
HEADLINES = ("Getting a good education", "Good early years development", "Improved mental and physical health",
             "Better managed substance use", "Improved family relationships",
             "Children safe from abuse and exploitation", "Families diverted from crime", "Safe from domestic abuse",
             "Secure housing", "Financial stability")

TITLES = ("Early Help Assessment Quality Audit", "Family Hub EHA Quality Check",
          "Whole Family Assessment Audit \u2013 Family Hubs", "EHA and Family Plan Audit Tool")
REF_LABELS = ("Early Help reference", "EH ref.", "Family's EHM number", "Early Help ID")
PRACTITIONER_LABELS = ("Lead practitioner", "Lead Practitioner (LP)", "Named lead practitioner")
TEAM_LABELS = ("Family hub team", "Hub / locality team", "Team")
AUDITOR_LABELS = ("Audited by", "Name of auditor", "Auditor (EH Team Manager)")
DATE_LABELS = ("Date of audit", "Date audit completed", "Audit date")
ROLES = ("Family Support Worker", "Family Practitioner", "Early Help Worker")
RELATIVES = ("maternal grandparent", "paternal grandparent", "aunt or uncle", "family friend", "godparent", "step-parent")
PROFESSIONALS = ("school DSL", "health visitor", "school nurse", "SENCo", "housing officer")
CHECKS = (
    "Is there one named lead practitioner whom the family know?",
    "Does the assessment look at the needs of the whole family, adults as well as children?",
    "Is there one family plan with an action for every need identified?",
    "Is the family receiving the support the plan says they need?",
)
SAFETY_QUESTIONS = (
    "Is there an urgent safety concern for any child in this family? If yes, contact the Front Door today.",
    "Has this audit found anything that needs a referral to Children's Social Care today?",
)
NO_ACTIONS = ("No further actions \u2013 the family plan already covers what this audit found.",
              "No actions arising from this audit.",
              "None: the lead practitioner has already updated the plan.")
ACTION_HEADERS = (("Action", "Who", "By when"), ("What needs to happen", "Lead", "Date"),
                  ("Action", "Responsible", "Timescale", "Done?"))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9999)
    samples = tool_samples(count, seed=9999, today=today, kinds=(EHA_AUDIT,))
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
    layouts = ["grid", "cards", "scorecard"] * (count // 3 + 1)
    rng.shuffle(layouts)
    plain = [at for at, sample in enumerate(samples) if not sample.urgent_concern]
    no_actions = set(rng.sample(plain, min(3, len(plain))))
    blank_team = set(rng.sample(range(count), 2))
    blank_service = {rng.choice([at for at in range(count) if at not in blank_team])}
    return [_form(rng, index, sample, today, layouts[index], drop_actions=index in no_actions,
                  team_blank=index in blank_team, service_blank=index in blank_service)
            for index, sample in enumerate(samples[:count])]


def _role_of(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return {"early_help_manager": "EH Team Manager", "head_of_service": "Head of Service"}.get(
        member.role, "") if member else ""


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _reference(rng: random.Random, case_id: str) -> str:
    roll = rng.random()
    if roll < 0.5:
        return early_help_reference(rng, case_id)
    return case_reference(rng, case_id) if roll < 0.7 else case_id


def _relative(rng: random.Random, child) -> tuple[str, str]:
    """Someone from the wider family who took part in the assessment."""
    parents = {name.split()[0] for name in child.parents}
    first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in parents])
    surname = child.surname if rng.random() < 0.5 else rng.choice(FAMILY_SURNAMES)
    return f"{first} {surname}", rng.choice(RELATIVES)


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _print_key(document, rng: random.Random, best_first: bool, brand: str) -> None:
    numbers = sorted((_key_number(option, best_first), WORDS[option]) for option in ORDER)
    if rng.random() < 0.5:
        key = table(document, 1, 4)
        for cell, (number, word) in zip(key.rows[0].cells, numbers):
            write(cell, f"{number} = {word}", bold=True)
            shade(cell._tc, "EDEDED")
    else:
        paragraph(document, "Grading key:   " + "   ".join(f"{number} \u2013 {word}" for number, word in numbers),
                  bold=True, colour=brand)


def _heavy_border(grid) -> None:
    """A thick box round a table, as a template draws its sign-off box."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"})


def _grade_inline(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    """Write `grade` into the paragraph `line`: typed, a number on the key,
    a Word drop-down, or the four words with the chosen one marked."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        number = _key_number(grade, best_first)
        run(line, str(number) if rng.random() < 0.65 else f"{number} \u2013 {informal_grade(rng, grade)}")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, "  /  " if style != "strike" else "    ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                highlight=chosen and style == "highlight", strike=not chosen and style == "strike")


def _grade_cell(rng: random.Random, cell, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    """A grade cell: the inline styles, or the four words one per line with
    the chosen one marked."""
    if style in ("highlight", "bold", "strike") and rng.random() < 0.5:
        for option in ORDER:
            chosen = option == grade
            write(cell, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                  highlight=chosen and style == "highlight", strike=not chosen and style == "strike")
        return
    target = cell.paragraphs[-1]
    _grade_inline(rng, target, grade, style, best_first=best_first, ids=ids)


def _yes_no(rng: random.Random, line, answer: bool, how: str) -> None:
    if how == "boxes":
        run(line, f"{CHECKED_BOX if answer else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if answer else CHECKED_BOX} No")
    elif how == "struck":
        run(line, "Yes", strike=not answer)
        run(line, " / ")
        run(line, "No", strike=answer)
    else:
        run(line, rng.choice(("Yes", "YES", "Yes \u2013 see below")) if answer else rng.choice(("No", "NO", "No.")),
            bold=True)


def _form(rng: random.Random, index: int, sample, today: date, layout: str, *, drop_actions: bool,
          team_blank: bool, service_blank: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.6
    part_style = rng.choice({"grid": ("typed", "key", "dropdown", "highlight", "bold", "strike"),
                             "cards": ("mark", "highlight", "bold", "strike"),
                             "scorecard": ("typed", "key", "dropdown", "columns")}[layout])
    overall_style = rng.choice(("typed", "sentence", "key", "boxes", "columns", "dropdown", "highlight", "strike"))
    child = sample.child
    household = siblings(rng, child, rng.choice((0, 1, 1, 2, 3)), today)
    relative, relationship = _relative(rng, child)
    names = HUB_PARTS if rng.random() < 0.6 else tuple(section.name for section in sample.sections)
    old_names = [section.name for section in sample.sections]
    renamed = dict(zip(old_names, names))
    changes = {
        "sections": tuple(Section(name, section.grade, section.comment)
                          for name, section in zip(names, sample.sections)),
        "case_id": _reference(rng, sample.case_id),
    }
    if team_blank:
        changes["team"] = None
    if service_blank:
        changes["service"] = None
    if drop_actions:
        changes["actions"] = ()
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    remarks = {}
    if moderation:
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tFamily Hubs and Early Help")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"EHA quality audit v{rng.choice(('2.1', '3', '3.2'))} \u2013 whole family working "
                "(Supporting Families Outcome Framework)", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Check one family's Early Help Assessment and family plan against what whole family "
                        "working expects: one lead practitioner, one assessment of the whole family, one plan "
                        "for every need and the right support. Return the audit to your Head of Service.",
              italic=True, size=9)

    # Part A: the family and the audit.
    brand_heading(document, "Part A \u2013 About the family and this audit", brand)
    auditor = sample.auditor
    role = _role_of(auditor)
    completed = sample.date - timedelta(days=rng.randint(45, 160))
    reviewed = completed + timedelta(days=rng.randint(30, 40))
    practitioner = sample.practitioner
    if rng.random() < 0.3:
        practitioner = f"{practitioner} ({rng.choice(ROLES)})"
    details = [
        (rng.choice(REF_LABELS), sample.case_id),
        (rng.choice(("Child / young person", "Name of child")), child.full_name),
        ("Date of birth", when(child.date_of_birth)),
    ]
    if rng.random() < 0.5:
        details.append(("Home address", ", ".join((*child.address_lines, child.postcode))))
    details += [
        (rng.choice(PRACTITIONER_LABELS), practitioner),
        (rng.choice(TEAM_LABELS), sample.team or ""),
        ("Service", sample.service or ""),
        (rng.choice(AUDITOR_LABELS), f"{auditor} ({role})" if role and rng.random() < 0.4 else auditor),
        (rng.choice(DATE_LABELS), when(sample.date)),
        ("Date EHA completed", when(completed)),
    ]
    if rng.random() < 0.5:
        details.append(("Date of last plan review", when(reviewed)))
    _details(document, rng, details)
    document.add_paragraph()

    # Part B: the household and who took part in the assessment.
    brand_heading(document, "Part B \u2013 The family", brand)
    helper = rng.choice(PROFESSIONALS)
    took_part = [*(f"{name} (parent)" for name in child.parents), f"{relative} ({relationship})", helper]
    if rng.random() < 0.5:
        grid = table(document, 2 + len(child.parents) + len(household), 3)
        for cell, text in zip(grid.rows[0].cells, ("Name", "Relationship to the child", "Age")):
            label(cell, text, "DEEAF6")
        rows = [(child.full_name, "Child (subject of the EHA)", str(_age(child.date_of_birth, today)))]
        rows += [(name, "Parent / carer", "") for name in child.parents]
        rows += [(name, rng.choice(("Sibling", "Brother or sister", "Half-sibling")), str(_age(born, today)))
                 for name, born in household]
        for row, values in zip(grid.rows[1:], rows):
            for cell, value in zip(row.cells, values):
                if value:
                    write(cell, value)
    else:
        paragraph(document, f"Parents / carers: {' and '.join(child.parents)}")
        others_line = ", ".join(f"{name} ({_age(born, today)})" for name, born in household)
        paragraph(document, f"Other children in the household: {others_line or 'None'}")
    line = paragraph(document, "Who took part in the assessment: ", bold=True)
    run(line, "; ".join(took_part))
    document.add_paragraph()

    # Part C: the whole family working check, on most versions of the template.
    if rng.random() < 0.75:
        brand_heading(document, "Part C \u2013 Whole family working", brand)
        grades = [section.grade for section in sample.sections]
        answers = [True, grades[1], grades[2], grades[5]]
        how = rng.choice(("typed", "boxes"))
        check = table(document, 1 + len(CHECKS), 2)
        label(check.cell(0, 0), "Question", "DEEAF6")
        label(check.cell(0, 1), "Yes / Partly / No", "DEEAF6")
        for row, question, answer in zip(check.rows[1:], CHECKS, answers):
            write(row.cells[0], question)
            word = "Yes" if answer is True or answer in (OUTSTANDING, GOOD) else (
                "Partly" if answer == REQUIRES_IMPROVEMENT else "No")
            if how == "typed":
                write(row.cells[1], word)
            else:
                write(row.cells[1], "   ".join(f"{CHECKED_BOX if option == word else UNCHECKED_BOX} {option}"
                                               for option in ("Yes", "Partly", "No")))
        paragraph(document, "Needs the assessment found, by headline outcome (tick all that apply):", bold=True)
        found = set(rng.sample(HEADLINES, rng.randint(3, 5)))
        ticks = table(document, 5, 2)
        for position, headline in enumerate(HEADLINES):
            write(ticks.cell(position % 5, position // 5),
                  f"{CHECKED_BOX if headline in found else UNCHECKED_BOX}  {headline}")
        document.add_paragraph()

    # Part D: the six parts of the assessment and plan.
    brand_heading(document, rng.choice(("Part D \u2013 Quality of the assessment and plan",
                                        "Part D \u2013 Grading the EHA")), brand)
    if part_style == "key" or overall_style == "key":
        _print_key(document, rng, best_first, brand)
    prefix = rng.choice(("HoS: ", "Head of Service \u2013 ", "Moderator: "))
    if layout == "grid":
        _grid(document, rng, sample, part_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    elif layout == "cards":
        _cards(document, rng, sample, part_style, remarks, prefix, ink)
    else:
        _scorecard(document, rng, sample, part_style, remarks, prefix, ink, best_first=best_first, ids=ids)
    document.add_paragraph()

    # Part E: the family's voice.
    brand_heading(document, "Part E \u2013 The family's voice", brand)
    voice = next(own for own in sample.own if own.key == "family_voice")
    paragraph(document, rng.choice((voice.label, "What did the family tell us about the assessment and the help?",
                                    "In the family's own words")), bold=True)
    if rng.random() < 0.5:
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice.written)
    else:
        paragraph(document, f"\u201c{voice.written}\u201d", italic=True)
    document.add_paragraph()

    # Part F: the overall grade.
    brand_heading(document, "Part F \u2013 Overall grade", brand)
    _overall(document, rng, sample.grade, overall_style, best_first=best_first, ids=ids)
    document.add_paragraph()

    # Part G: working well and could be better.
    brand_heading(document, "Part G \u2013 What is working well and what could be better", brand)
    headings = rng.choice((("What is working well", "What could be better"),
                           ("Strengths of the EHA and plan", "What to improve")))
    style = rng.choice(("columns", "bullets", "numbers"))
    if style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), item)
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if style == "numbers" else f"\u2022 {item}")
    document.add_paragraph()

    # Part H: actions.
    brand_heading(document, "Part H \u2013 Actions agreed with the lead practitioner", brand)
    if sample.actions and rng.random() < 0.35:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")
    else:
        actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    document.add_paragraph()

    # Part I: safety.
    brand_heading(document, "Part I \u2013 Safety", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), rng.choice(SAFETY_QUESTIONS))
    _yes_no(rng, safety.cell(0, 1).paragraphs[0], sample.urgent_concern, rng.choice(("typed", "boxes", "struck")))
    label(safety.cell(1, 0), "If yes: what was done, by whom and when")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Part J: the Head of Service's moderation.
    _moderation(document, rng, sample, brand, ink, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=(*(name for name, _ in household), relative),
                    also=(when(child.date_of_birth),))


def _details(document, rng: random.Random, details: list[tuple[str, str]]) -> None:
    """The family and the audit: a numbered question table, two pairs to a
    row, or stacked labels over their values."""
    style = rng.choice(("numbered", "pairs", "stacked"))
    if style == "numbered":
        grid = table(document, len(details), 3)
        for number, (row, (text, value)) in enumerate(zip(grid.rows, details), start=1):
            write(row.cells[0], f"A{number}")
            label(row.cells[1], text, "F2F2F2")
            if value:
                write(row.cells[2], value)
    elif style == "pairs":
        grid = table(document, (len(details) + 1) // 2, 4)
        for position, (text, value) in enumerate(details):
            row, column = position // 2, position % 2 * 2
            label(grid.cell(row, column), text, "F2F2F2")
            if value:
                write(grid.cell(row, column + 1), value)
    else:
        for text, value in details:
            paragraph(document, text, bold=True, size=9)
            paragraph(document, value or "")


def _grid(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
          best_first: bool, ids: ControlIds) -> None:
    grid = table(document, 1 + len(sample.sections), 4)
    for cell, text in zip(grid.rows[0].cells, ("No.", "Part of the assessment", "Evidence", "Grade")):
        label(cell, text, "DEEAF6")
    show_prompts = rng.random() < 0.5
    for number, (row, section, prompt) in enumerate(zip(grid.rows[1:], sample.sections, PROMPTS), start=1):
        write(row.cells[0], f"D{number}")
        write(row.cells[1], section.name, bold=True)
        if show_prompts:
            write(row.cells[1], prompt, italic=True, size=8)
        write(row.cells[2], section.comment)
        if section.name in remarks:
            write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
        _grade_cell(rng, row.cells[3], section.grade, style, best_first=best_first, ids=ids)


def _cards(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str) -> None:
    marker = rng.choice(MARKS)
    for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
        rows = 5 if style == "mark" else 4
        card = table(document, rows, 4)
        head = card.cell(0, 0).merge(card.cell(0, 3))
        write(head, f"{number}.  ", bold=True)
        run(head.paragraphs[-1], section.name, bold=True)
        shade(head._tc, "DEEAF6")
        write(card.cell(1, 0).merge(card.cell(1, 3)), prompt, italic=True, size=8)
        evidence = card.cell(2, 0).merge(card.cell(2, 3))
        write(evidence, f"Evidence: {section.comment}")
        if section.name in remarks:
            write(evidence, f"{prefix}{remarks[section.name]}", colour=ink)
        for column, option in enumerate(ORDER):
            chosen = option == section.grade
            cell = card.cell(3, column)
            if style == "mark":
                label(cell, WORDS[option], "F2F2F2")
                if chosen:
                    mark(card.cell(4, column), marker)
            else:
                write(cell, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                      highlight=chosen and style == "highlight", strike=not chosen and style == "strike")
        document.add_paragraph()


def _scorecard(document, rng: random.Random, sample, style: str, remarks: dict, prefix: str, ink: str, *,
               best_first: bool, ids: ControlIds) -> None:
    for number, (section, prompt) in enumerate(zip(sample.sections, PROMPTS), start=1):
        line = paragraph(document, f"D{number}  ", bold=True)
        run(line, section.name, bold=True)
        paragraph(document, prompt, italic=True, size=8)
        paragraph(document, section.comment)
        if section.name in remarks:
            paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
    paragraph(document, "Scorecard", bold=True)
    if style == "columns":
        marker = rng.choice(MARKS)
        card = table(document, 1 + len(sample.sections), 5)
        label(card.cell(0, 0), "Part of the assessment", "DEEAF6")
        for column, option in enumerate(ORDER, start=1):
            label(card.cell(0, column), WORDS[option], "DEEAF6")
        for row, section in zip(card.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            mark(row.cells[1 + ORDER.index(section.grade)], marker)
        return
    card = table(document, 1 + len(sample.sections), 2)
    label(card.cell(0, 0), "Part of the assessment", "DEEAF6")
    label(card.cell(0, 1), "Grade", "DEEAF6")
    for row, section in zip(card.rows[1:], sample.sections):
        write(row.cells[0], section.name)
        _grade_inline(rng, row.cells[1].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)


def _overall(document, rng: random.Random, grade: str, style: str, *, best_first: bool, ids: ControlIds) -> None:
    prompt = rng.choice(("Overall grade for the quality of this EHA and family plan",
                         "Overall grade", "Overall quality of the Early Help Assessment"))
    if style == "sentence":
        written = WORDS[grade].lower() if rng.random() < 0.5 else informal_grade(rng, grade)
        paragraph(document, f"Taking the parts together, I would grade the overall quality of this assessment "
                            f"and plan as {written}.")
    elif style == "boxes":
        paragraph(document, f"{prompt}:", bold=True)
        line = paragraph(document)
        for option in ORDER:
            run(line, f"{CHECKED_BOX if option == grade else UNCHECKED_BOX} {WORDS[option]}     ")
    elif style == "columns":
        paragraph(document, f"{prompt} (mark one):", bold=True)
        marker = rng.choice(MARKS)
        grid = table(document, 2, 4)
        for column, option in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[option], "DEEAF6")
            if option == grade:
                mark(grid.cell(1, column), marker)
    else:
        line = paragraph(document, f"{prompt}: ", bold=True)
        _grade_inline(rng, line, grade, style, best_first=best_first, ids=ids)


def _moderation(document, rng: random.Random, sample, brand: str, ink: str, when) -> None:
    moderation = sample.moderation
    style = rng.choice(("box", "lines"))
    if moderation is None:
        shown = rng.choice(("note", "box", "none"))
        if shown == "none":
            return
        brand_heading(document, "Part J \u2013 Head of Service moderation", brand)
        if shown == "note":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "Not selected for moderation this month.")), italic=True)
        else:
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            _heavy_border(box)
        return
    brand_heading(document, "Part J \u2013 Head of Service moderation", brand)
    paragraph(document, "The Head of Service reads the EHA, the plan and this audit, and types in a different "
                        "colour.", italic=True, size=8)
    grade = moderation.grade
    if style == "box":
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date moderated", "Outcome", "Moderated grade",
                                        "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        outcome = ("Grade agreed" if grade == sample.grade else "Grade changed") if grade else "Comments only"
        write(box.cell(2, 1), "   ".join(f"{CHECKED_BOX if option == outcome else UNCHECKED_BOX} {option}"
                                         for option in ("Grade agreed", "Grade changed", "Comments only")),
              colour=ink)
        if grade:
            write(box.cell(3, 1), informal_grade(rng, grade), colour=ink, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
        _heavy_border(box)
        return
    paragraph(document, f"{moderation.moderator}, Head of Service \u2013 {when(moderation.date)}", colour=ink,
              bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if grade is None:
        paragraph(document, "Comments only; I have not moderated the grade.", colour=ink)
    elif grade == sample.grade:
        paragraph(document, f"Moderated grade: {informal_grade(rng, grade)} \u2013 I agree with the auditor.",
                  colour=ink)
    else:
        paragraph(document, f"I do not agree with the overall grade. Moderated grade: {informal_grade(rng, grade)}.",
                  colour=ink)
