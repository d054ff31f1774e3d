"""Family plan quality audit form: an Early Help manager's audit of the
quality of one child's multi-agency plan (the Child's Plan agreed by a Team
Around the Child / Team Around the Family) and of how it is reviewed, in an
island partnership's style. The plan and the child first (brothers and
sisters named on some), then who is in the team around the family (the
lead professional and their agency, the other agencies and the family
members who take part), the four priority outcomes the plan is meant to
serve as a tick strip (not graded, not in the truth), five areas of the
plan each with the evidence and a grade, the overall grade in the tool's
own words ("Overall grade for the quality of the plan and how it is
reviewed"), what the child and family say about the plan, what is working
well and what needs to change, the actions, the "anyone at risk of
significant harm now?" question, the auditor's sign-off and the Head of
Service's moderation.

Modelled on what the Islands Safeguarding Children Partnership (ISCP, the
multi-agency partnership for Guernsey and Alderney, formerly the Islands
Child Protection Committee) publishes, read as search excerpts of its
pages (iscp.gg): the home page (worried about a child in Guernsey or
Alderney, contact the Multi Agency Support Hub (MASH); professionals
supporting a family with an Early Help Assessment and/or a Team Around the
Family (TAF) are pointed to a page on that process), "Team Around the
Child (TAC)" (2016: where the MASH assessment finds a low level of concern
but the child would benefit from the support of two or more agencies, a
Lead Professional and a TAC are identified to co-ordinate a plan for early
help; the TAC is the child, family members and professionals working
together, voluntary, and decides what the child needs and how everyone
will provide, monitor and evaluate the help; the Lead Professional keeps in
contact with the child and family, leads TAC meetings and co-ordinates the
Child's Plan, and is chosen in discussion with the child and family) and
the "Care and Support Framework" (May 2018: the Children (Guernsey and
Alderney) Law 2008, and the Children and Young People's Plan's four
priority outcomes: Be Safe and Nurtured, Be Included and Respected, Achieve
Individual and Economic Potential, Be Healthy and Active). The partnership
itself is named by no other family, but the States of Guernsey is named by
another: every council, children's trust and safeguarding partnership the
search returned on Team Around the Family, family plans and lead
professionals (Shropshire, Buckinghamshire, Lewisham, East Sussex, Essex,
Hertfordshire, Nottinghamshire, South Gloucestershire, Cambridgeshire,
Warwickshire, Sefton, Oldham, Salford, Hampshire, Fife, East
Dunbartonshire, the Ayrshires, Newcastle, Northumberland, St Helens, the
Vale of Glamorgan, Cardiff, the Northern Trust and CYPSP in Northern
Ireland) and every other council checked in the four nations is named by
another family or a council layout.

None of these pages shows an audit form, so the layout is our own
judgement: only the TAC / TAF and Lead Professional wording, the Child's
Plan, the MASH, the team of agencies and family members and the four
priority outcomes follow the source. Details as a four-column grid, label
over value cards or "Label: value" lines two to a line; MASH (prefixed),
Early Help or plain references; the lead professional with their agency in
brackets or in a column of the team table; team and service shown or not;
areas as scorecards (the four grades printed across under the area) or
numbered blocks; grades typed informally, a number on a printed 1–4 key
either way round, highlighted or emboldened among the four, the others
struck through, or a mark under four grade columns; strengths and what
needs to change as paragraphs or numbered points; actions as a table,
"Action n: … Who: … By: …" lines or a "no actions" sentence (3); the urgent
question typed, struck through or as tick boxes (3 yes); the Head of
Service's moderation (4 changing, 3 confirming, 3 comments only) typed in a
non-red ink as a box, typed through the form ("HoS:" remarks under areas
and a line under the overall grade), or in black in a heavy-bordered box of
its own fill; on the rest an empty box, an "awaiting" note or none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import shade
from bot.samples.people import ADULT_FIRST_NAMES
from bot.samples.tools import TAF_AUDIT, tool_samples

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

FAMILY = "family_plan_quality_audit_form"
SEED = 10066

# The areas of the plan, in the order of the sample's areas (Voice of the child,
# the plan, meetings and reviews, lead professional, impact); two template versions.
AREAS = (
    ("The child's voice in the Child's Plan",
     "Quality of the Child's Plan (SMART, outcome-focused)",
     "TAC / TAF meetings and reviews of the plan",
     "The Lead Professional's co-ordination",
     "Difference the plan is making for the child"),
    ("Child's wishes and feelings",
     "The plan – clear outcomes, who does what, by when",
     "Reviewing the plan (frequency, attendance, drift)",
     "Lead Professional role",
     "Impact and progress towards outcomes"),
)
QUESTIONS = (
    "Is the child's lived experience clear, and are their views in the plan in their own words?",
    "Does the plan say what will change, who will do it and by when?",
    "Is the plan reviewed on time, with the family and every agency in the team taking part?",
    "Does one Lead Professional hold the plan together and keep the family informed?",
    "Is there evidence that the child's circumstances are improving?",
)
OUTCOMES = ("Be Safe and Nurtured", "Be Included and Respected", "Achieve Individual and Economic Potential",
            "Be Healthy and Active")
TITLES = ("Child's Plan Quality Audit – Team Around the Child / Family",
          "TAC / TAF Plan Quality Audit", "Audit of a Child's Plan and its Reviews (TAC)")
OVERALL = ("Overall grade for the quality of the plan and how it is reviewed",
           "Overall grade – quality of the plan and its review")

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

AGENCIES = (("School", "Head of Year"), ("School", "SENCo"), ("Health visiting", "Health Visitor"),
            ("School nursing", "School Nurse"), ("Housing", "Tenancy Officer"),
            ("Youth service", "Youth Worker"), ("CAMHS", "Mental Health Practitioner"),
            ("Police", "Neighbourhood Officer"), ("Pre-school", "Key Person"))
PRO_SURNAMES = ("Le Page", "Ogier", "Mahy", "Brehaut", "Le Tissier", "Robilliard", "Torode", "Bichard",
                "De Garis", "Falla")
NO_ACTIONS = ("No actions arising – the plan already covers what this audit found.",
              "No further actions required from this audit.",
              "Nothing further to add to the plan; no audit actions.")
NOT_MODERATED = ("Awaiting moderation.", "Not selected for moderation this quarter.", "")
URGENT = ("Is any child in this family at risk of significant harm now? (If yes, contact the MASH today.)",
          "Did the audit find anything that means a child may be at risk of significant harm now?",
          "Immediate safeguarding concern?")
VIEWS = ("What the child and family say about the plan", "Child's and family's views of the plan",
         "In their own words – the child and family")
STRENGTHS = ("What is working well", "Strengths of the plan", "Working well")
CHANGES = ("What needs to change", "What needs to improve", "Areas for development")
HOS_FILL = "DEEBF7"
# Who owns an action on a TAC plan rather than a social work plan.
OWNERS = {"Social worker": "Lead Professional", "Practice manager": "Early Help Manager"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(60, seed=SEED, today=today, kinds=(TAF_AUDIT,))

    def moderated(sample) -> str | None:
        if not sample.moderation:
            return None
        if sample.moderation.grade is None:
            return "comments"
        return "same" if sample.moderation.grade == sample.grade else "changed"

    calm = [sample for sample in pool if not sample.urgent_concern]
    chosen = ([sample for sample in pool if sample.urgent_concern and not sample.moderation][:3]
              + [sample for sample in calm if moderated(sample) == "changed"][:4]
              + [sample for sample in calm if moderated(sample) == "same"][:3]
              + [sample for sample in calm if moderated(sample) == "comments"][:3])
    chosen += [sample for sample in calm if not sample.moderation][: count - len(chosen)]
    rng.shuffle(chosen)
    chosen = chosen[:count]
    # Three forms graded Good or better say there are no actions.
    quiet = set(rng.sample([position for position, sample in enumerate(chosen) if sample.grade in (OUTSTANDING, GOOD)], 3))
    return [_form(rng, index, sample, today, no_actions=index in quiet) for index, sample in enumerate(chosen)]


def _heavy_box(grid, colour: str = "000000") -> None:
    """Give a table a heavy outer border."""
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "18")
        element.set(qn("w:color"), colour)
        borders.append(element)
    properties.append(borders)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split())


def _grade_into(para, rng: random.Random, grade: str, style: str, numbers: dict[str, str], *,
                colour: str | None = None) -> None:
    """Write `grade` into a paragraph in the form's style."""
    if style == "word":
        run(para, informal_grade(rng, grade, note_chance=0.25), bold=True, colour=colour)
    elif style == "number":
        run(para, numbers[grade], bold=True, colour=colour)
    else:  # "highlight", "bold" or "strike": all four printed, one chosen
        for position, option in enumerate(ORDER):
            if position:
                run(para, "  |  " if style == "bold" else " / ")
            chosen = option == grade
            run(para, PRINTED[option], bold=chosen, highlight=chosen and style == "highlight",
                strike=not chosen and style == "strike", colour=colour if chosen else None)


def _form(rng: random.Random, index: int, sample, today: date, *, no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("grid", "cards", "lines"))
    grade_style = rng.choice(("word", "number", "highlight", "bold", "strike", "columns"))
    areas_style = "columns" if grade_style == "columns" else rng.choice(("scorecard", "blocks"))
    themes_style = rng.choice(("paragraphs", "numbered"))
    actions_style = rng.choice(("table", "lines"))
    moderation = sample.moderation
    moderation_style = rng.choice(("box", "through", "heavy")) if moderation else rng.choice(("box", "note", "none"))
    reference_style = rng.choice(("plain", "prefixed", "early_help"))
    agency_in_brackets = rng.random() < 0.5
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if rng.random() < 0.7 else []
    area_names = rng.choice(AREAS)
    old_names = [section.name for section in sample.sections]

    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for name, section in zip(area_names, sample.sections))}
    if reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference_style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if rng.random() < 0.25:
        changes["team"] = None
    if rng.random() < 0.4:
        changes["service"] = None
    if no_actions:
        changes["actions"] = ()
    else:
        changes["actions"] = tuple(replace(action, owner=OWNERS.get(action.owner, action.owner))
                                   for action in sample.actions)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    renamed = dict(zip(old_names, area_names))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed} \
        if moderation else {}
    family_voice = next(own.written for own in sample.own if own.key == "family_voice")

    if rng.random() < 0.5:  # 1 = Outstanding, or 1 = Inadequate
        numbers = {grade: str(position + 1) for position, grade in enumerate(ORDER)}
    else:
        numbers = {grade: str(4 - position) for position, grade in enumerate(ORDER)}

    document = new_document(rng, landscape=areas_style == "columns" and rng.random() < 0.5)
    header = document.sections[0].header.paragraphs[0]
    run(header, f"{council_line(rng)}  ·  Early Help / TAC quality assurance", size=8, colour=brand)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Child's Plan audit tool {rng.choice(('v1.2', 'v2', 'v2.3'))} – RESTRICTED when complete", size=8)

    brand_heading(document, rng.choice(TITLES), brand, size=15)
    if rng.random() < 0.6:
        paragraph(document, "For Early Help and MASH managers auditing a Child's Plan agreed by a Team Around the "
                            "Child / Family. Read the plan, the last two reviews and the case notes; speak to the Lead "
                            "Professional and, where you can, the family.", italic=True, size=8)

    # --- 1. The child and the plan ------------------------------------------------------------
    born = when(child.date_of_birth)
    reference_label = {"plain": rng.choice(("Case no.", "Child ID", "Ref")),
                       "prefixed": rng.choice(("MASH ref", "Case ref.", "Case system ID")),
                       "early_help": rng.choice(("EHM ID", "Early Help ref", "EHA no."))}[reference_style]
    lead = sample.practitioner + (" (Early Help)" if agency_in_brackets else "")
    details = [
        ("Child", child.full_name),
        ("DOB", born),
        (reference_label, sample.case_id),
        ("Address", ", ".join((*child.address_lines, child.postcode))),
        ("Parents / carers", " & ".join(child.parents)),
    ]
    if household:
        details.append((rng.choice(("Brothers and sisters", "Siblings in the household", "Other children")),
                        "; ".join(f"{name} ({when(day)})" for name, day in household)))
    details.append((rng.choice(("Lead Professional", "Lead Professional (LP)", "LP")), lead))
    if sample.team:
        details.append(("Team", sample.team))
    if sample.service:
        details.append(("Service", sample.service))
    details += [
        (rng.choice(("Audited by", "Auditor", "Auditing manager")),
         sample.auditor + (rng.choice((" (Early Help Manager)", ", Team Manager", "")))),
        (rng.choice(("Date of audit", "Audit date", "Date")), when(sample.date)),
    ]
    brand_heading(document, "1. The child and the plan", brand, size=12)
    if details_style == "grid":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(details):
            row, column = position // 2, 2 * (position % 2)
            label(grid.cell(row, column), name, "EDEDED")
            write(grid.cell(row, column + 1), value)
    elif details_style == "cards":
        grid = table(document, 2 * ((len(details) + 2) // 3), 3)
        for position, (name, value) in enumerate(details):
            row, column = 2 * (position // 3), position % 3
            label(grid.cell(row, column), name, "E2EFDA")
            write(grid.cell(row + 1, column), value)
    else:
        for first, second in zip(details[::2], [*details[1::2], None]):
            line = paragraph(document)
            run(line, f"{first[0]}: ", bold=True)
            run(line, first[1])
            if second:
                run(line, "\t")
                run(line, f"{second[0]}: ", bold=True)
                run(line, second[1])

    # --- 2. The team around the family -------------------------------------------------------
    brand_heading(document, "2. Who is in the team around the family", brand, size=12)
    members = rng.sample(AGENCIES, rng.randint(2, 4))
    team_rows = [] if agency_in_brackets else [("Early Help", "Lead Professional", sample.practitioner)]
    for agency, role in members:
        team_rows.append((agency, role, f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(PRO_SURNAMES)}"))
    grid = table(document, len(team_rows) + 1, 4)
    for cell, text in zip(grid.rows[0].cells, ("Agency", "Role", "Name", "At last review?")):
        label(cell, text, "EDEDED")
    for row, (agency, role, name) in zip(grid.rows[1:], team_rows):
        write(row.cells[0], agency)
        write(row.cells[1], role)
        write(row.cells[2], name)
        write(row.cells[3], rng.choice(("Yes", "Yes", "Apologies", "No")))
    family_line = paragraph(document)
    run(family_line, "Family members in the TAC: ", bold=True)
    run(family_line, rng.choice(("both parents", "mum", "parents and the child", "the child's parents")))

    strip = paragraph(document)
    run(strip, "Priority outcomes the plan addresses: ", bold=True, size=9)
    ticked = set(rng.sample(OUTCOMES, rng.randint(1, 3)))
    for outcome in OUTCOMES:
        run(strip, f"{'☒' if outcome in ticked else '☐'} {outcome}   ", size=9)

    # --- 3. The plan: areas ------------------------------------------------------------------
    brand_heading(document, "3. Quality of the plan and its reviews", brand, size=12)
    if grade_style == "number":
        key = paragraph(document, "Grading key: ", bold=True, size=9)
        run(key, "   ".join(f"{numbers[grade]} = {PRINTED[grade]}" for grade in sorted(ORDER, key=numbers.get)),
            size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=8)
    elif grade_style == "bold":
        paragraph(document, "Embolden the grade that applies.", italic=True, size=8)
    elif grade_style == "strike":
        paragraph(document, "Strike through the grades that do not apply.", italic=True, size=8)
    show_questions = rng.random() < 0.6
    if areas_style == "columns":
        headers = ("Area of the plan", "Evidence", *(PRINTED[grade] for grade in ORDER))
        grid = table(document, len(sample.sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        tick = rng.choice(("X", "✓", "●", ""))
        for row, section, question in zip(grid.rows[1:], sample.sections, QUESTIONS):
            write(row.cells[0], section.name, bold=True)
            if show_questions:
                write(row.cells[0], question, italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks and moderation_style == "through":
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            target = row.cells[2 + ORDER.index(section.grade)]
            if tick:
                write(target, tick, bold=True)
            else:
                shade(target._tc, "A6A6A6")
    elif areas_style == "scorecard":
        for number, (section, question) in enumerate(zip(sample.sections, QUESTIONS), 1):
            card = table(document, 3, 2)
            top = card.cell(0, 0).merge(card.cell(0, 1))
            label(top, f"3.{number}  {section.name}", "DDEBF7")
            if show_questions:
                write(top, question, italic=True, size=8)
            evidence = card.cell(1, 0).merge(card.cell(1, 1))
            write(evidence, section.comment)
            if section.name in remarks and moderation_style == "through":
                write(evidence, f"{_initials(moderation.moderator)} (HoS): {remarks[section.name]}", colour=ink)
            label(card.cell(2, 0), "Grade")
            _grade_into(card.cell(2, 1).paragraphs[0], rng, section.grade, grade_style, numbers)
            paragraph(document)
    else:
        for number, (section, question) in enumerate(zip(sample.sections, QUESTIONS), 1):
            paragraph(document, f"3.{number} {section.name}", bold=True, colour=brand)
            if show_questions:
                paragraph(document, question, italic=True, size=8)
            paragraph(document, section.comment)
            if section.name in remarks and moderation_style == "through":
                paragraph(document, f"HoS: {remarks[section.name]}", colour=ink)
            line = paragraph(document)
            run(line, "Grade: ", bold=True)
            _grade_into(line, rng, section.grade, grade_style, numbers)

    overall = paragraph(document)
    run(overall, f"{rng.choice(OVERALL)}: ", bold=True, colour=brand)
    _grade_into(overall, rng, sample.grade, "word" if grade_style == "columns" else grade_style, numbers)
    if moderation and moderation_style == "through" and moderation.grade:
        line = paragraph(document)
        if moderation.grade == sample.grade:
            run(line, f"HoS: agree – {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
        else:
            run(line, f"HoS: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)

    # --- 4. Views ---------------------------------------------------------------------------------
    brand_heading(document, f"4. {rng.choice(VIEWS)}", brand, size=12)
    paragraph(document, f"“{family_voice}”" if rng.random() < 0.5 else family_voice)

    # --- 5. Working well / needs to change --------------------------------------------------------
    brand_heading(document, "5. Findings", brand, size=12)
    for heading, items in ((rng.choice(STRENGTHS), sample.strengths), (rng.choice(CHANGES), sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, text in enumerate(items, 1):
            paragraph(document, f"{number}. {text}" if themes_style == "numbered" else text)

    # --- 6. Actions ---------------------------------------------------------------------------------
    brand_heading(document, "6. Actions for the Lead Professional and the TAC", brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Owner", "Timescale", "Done")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"Action {number}: {action.action}  Who: {action.owner}  By: {when(action.due)}")

    # --- 7. Safety now --------------------------------------------------------------------------------
    brand_heading(document, "7. Safety now", brand, size=12)
    paragraph(document, rng.choice(URGENT), bold=True)
    answer = paragraph(document)
    answer_style = rng.choice(("typed", "strike", "boxes"))
    yes = sample.urgent_concern
    if answer_style == "typed":
        run(answer, "Yes – see below" if yes else rng.choice(("No", "No.", "NO", "no")), bold=True)
    elif answer_style == "strike":
        run(answer, "Yes", strike=not yes, bold=yes)
        run(answer, " / ")
        run(answer, "No", strike=yes, bold=not yes)
    else:
        run(answer, f"{'☒' if yes else '☐'} Yes     {'☐' if yes else '☒'} No")
    if yes:
        paragraph(document, f"{sample.urgent_concern_detail} Referred to the MASH on {when(sample.date)}.")

    # --- 8. Sign-off ---------------------------------------------------------------------------------
    brand_heading(document, "8. Sign-off", brand, size=12)
    sign = table(document, 2, 2)
    label(sign.cell(0, 0), "Auditor signature", "EDEDED")
    write(sign.cell(0, 1), sample.auditor)
    label(sign.cell(1, 0), "Shared with the Lead Professional on", "EDEDED")
    write(sign.cell(1, 1), when(sample.date))

    # --- 9. Moderation ---------------------------------------------------------------------------------
    heading = rng.choice(("9. Head of Service moderation", "9. Moderation (Head of Service)"))
    if moderation_style == "box":
        brand_heading(document, heading, brand, size=12)
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                prefix = "Agreed – " if moderation.grade == sample.grade else "Changed to "
                write(box.cell(2, 1), prefix + informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
            for name, text in remarks.items():
                write(box.cell(3, 1), f"{name}: {text}", colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(3, 1), note, italic=True)
    elif moderation_style == "heavy":
        brand_heading(document, heading, brand, size=12)
        box = table(document, 1, 1)
        _heavy_box(box)
        cell = box.cell(0, 0)
        shade(cell._tc, HOS_FILL)
        write(cell, f"Moderated by {moderation.moderator}, Head of Service – {when(moderation.date)}", bold=True)
        for comment in moderation.comments:
            write(cell, comment)
        for name, text in remarks.items():
            write(cell, f"{name}: {text}")
        if moderation.grade:
            write(cell, ("I agree with the grade: " if moderation.grade == sample.grade else "Moderated grade: ")
                  + informal_grade(rng, moderation.grade), bold=True)
    elif moderation_style == "through":
        brand_heading(document, heading, brand, size=12)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink,
                  italic=True)
    elif moderation_style == "note":
        brand_heading(document, heading, brand, size=12)
        paragraph(document, rng.choice(NOT_MODERATED[:2]), italic=True)

    data = finish_docx(document, TITLES[0], sample.date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(born, *(when(day) for _, day in household)))
