"""Team Around the Family review record: an Early Help manager's quality
review of one family's Team Around the Family (TAF), as a Word form – the
family and the TAF (the family's reference with a service prefix, the
child, the lead professional and their team, who reviewed it and when,
brothers and sisters on some), who is in the team around the family (the
agencies, what each does in the plan, who came to the last TAF meeting,
family members among them), why the family came to TAF, five areas of the
TAF each with the reviewer's evidence and a grade, the overall grade, what
the family said, what is working well and what to develop, the actions or
a sentence that none are needed, the urgent safety question, the
reviewer's sign-off and the Head of Service's moderation.

Modelled on what the Institute of Public Care (IPC) at Oxford Brookes
University, a public university and a body no other family or council
layout names, publishes about its "Review of Team around the Family
arrangements in Swansea" (report, December 2013), read as a search excerpt
of the report's page (ipc.brookes.ac.uk/publications/review-of-team-around-
the-family-arrangements-in-swansea). The page says that Team around the
Family is an evidence-based model for partnership working designed to
identify families with additional needs greater than one agency can
address, to explore and understand the whole family's strengths and needs,
and to wrap support around them for a period of time to promote family
resilience rather than dependence; that it can be cost effective across a
spectrum of need from "emerging additional needs" to "complex needs"; that
Swansea's arrangements were supported by the local Children and Young
People's Partnership and Council, the Welsh Government and the European
Social Fund, which asked IPC for an independent review; and that the
review explored whether the arrangements are evidence-based, whether TAF
works with the "right" families at the right time, the impact on outcomes
for children, young people and families, how far the model promotes
multi-agency cooperation and coordination, value for money and what
improvements are needed. Swansea itself, the Welsh Government and every
council whose TAF pages the search returned (Shropshire, Buckinghamshire,
Essex, Lewisham, Nottinghamshire, Hertfordshire, East Sussex, Islington,
Fife, Cheshire West and Chester, Blackburn with Darwen, Monmouthshire,
Torfaen) are already named by another family or a council layout.

The page shows no form, so the form is our own judgement throughout. Only
these follow the source: the five areas are named after the review's
questions (understanding the whole family's strengths and needs, the plan,
multi-agency co-ordination, the lead professional, resilience and
outcomes), the "why TAF?" tick list runs from emerging additional needs to
complex needs (not graded, not in the truth), and the team around the
family is listed agency by agency (not in the truth). The four Ofsted
words, the safety question and the Head of Service's moderation are the
framework's, not the source's.

What varies (our judgement): a brand-coloured title band or a plain
heading, the council's line in the page header on some; the details as a
two-column table, a strip of small labels over their values or tabbed
lines; references with an Early Help prefix ("EH/", "EH-", "EHM"), a "TAF-"
prefix, a case system's letters or plain; the lead professional with their
team in the same cell ("Name (Team)") or the team on its own row, the team
left off some and the service off some; the reviewer's role in the cell on
some; brothers and sisters with an age or a date of birth, one named in
the areas to develop on some; the team around the family as a table of
agencies or one line, family members at the last TAF (a grandparent or an
other relative named on some); the areas as one table, a card an area, headed
numbered paragraphs or a landscape grid with four grade columns; grades
typed informally (a note after some), a number on a printed 1–4 key
either way round, highlighted or emboldened among the four, the others
struck through, a mark under four grade columns or a Word drop-down; the
overall grade the same way or in a sentence; strengths and areas to
develop as paragraphs, numbered points or side by side; actions as a
table, lines or a "no actions" sentence (3); the urgent question typed,
ticked or struck through (3 yes); the Head of Service's moderation (4
changing, 3 confirming, 3 comments only) in a non-red ink as a labelled
box or typed through the form (remarks under the areas, an "HoS:" line by
the overall grade), or in black in a heavy-bordered shaded box, or an
empty box, an "awaiting" note or none.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import COUNCIL, STAFF, Moderation, Section, phrases
from bot.samples.ooxml import ControlIds, content_dropdown, shade
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
    attendees,
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

FAMILY = "team_around_family_review_record"
SEED = 10051

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
# The overall grade written into a sentence.
SENTENCE_WORDS = {OUTSTANDING: "is outstanding", GOOD: "is good", REQUIRES_IMPROVEMENT: "requires improvement",
                  INADEQUATE: "is inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The sample's five TAF areas (bot/samples/tool_phrases.py) as this form
# names them, each with what good looks like.
AREAS = (
    ("Voice of the child", "Understanding the whole family",
     "The child's words and the strengths and needs of every family member are known and recorded."),
    ("Team Around the Family plan", "The TAF plan",
     "Outcomes are the family's own; every action has a named person and a date."),
    ("TAF meetings and reviews", "Agencies working together",
     "The right agencies come to TAF meetings, share what they know and do not duplicate help."),
    ("Lead professional role", "The lead professional",
     "One trusted person co-ordinates the TAF and keeps the family at the centre."),
    ("Impact and outcomes for the child", "Resilience and outcomes",
     "Things are better for the children, and the family can manage without the TAF when it ends."),
)
TITLES = ("Team Around the Family Review Record", "TAF REVIEW RECORD", "Team Around the Family – Quality Review",
          "Review of a Team Around the Family (TAF)")
OVERALL = ("Overall judgement on this TAF", "OVERALL GRADE", "Overall quality of the Team Around the Family")
NEED_LEVELS = ("Emerging additional needs", "Additional needs – more than one agency",
               "Complex needs", "Stepped down from Children's Social Care")
AGENCY_ROLES = (
    ("School", "Attendance and pastoral support"),
    ("Health visiting", "Development checks, sleep routine"),
    ("School nursing", "Health review, emotional wellbeing"),
    ("Housing", "Repairs and rent arrears plan"),
    ("Child and Adolescent Mental Health Services", "Assessment appointment"),
    ("Youth service", "1:1 sessions"),
    ("Adult mental health", "Support for parent"),
    ("Citizens Advice", "Debt and benefits advice"),
)
RELATIVES = ("grandparent", "relative", "maternal grandparent", "paternal grandparent")
NO_ACTIONS = ("No actions needed – the TAF plan already covers what is required.",
              "No further actions required at this time.",
              "None. Findings discussed with the lead professional.")
URGENT = ("Is any child in this family at risk of significant harm now, needing a referral to Children's Social "
          "Care today?",
          "Urgent safeguarding concern identified during the review?",
          "Does anything found need to go to the Front Door today?")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not sampled for moderation this month.")
HOS = next(member for member in STAFF if member.role == "head_of_service" and member.service == "Early Help")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    layouts = [*("table", "cards", "paragraphs", "grid") * 4][:count]
    details = [*("table", "strip", "tabbed") * 6][:count]
    references = [*("eh", "taf", "system", "plain") * 4][:count]
    outcomes = [*("changes",) * 4, *("confirms",) * 3, *("comments",) * 3, *("none",) * count][:count]
    urgent = [*(True,) * 3, *(False,) * count][:count]
    no_actions = [*(True,) * 3, *(False,) * count][:count]
    for plan in (layouts, details, references, outcomes, urgent, no_actions):
        rng.shuffle(plan)
    return [_form(rng, index, sample, today, layouts[index], details[index], references[index], outcomes[index],
                  urgent[index], no_actions[index] and not urgent[index])
            for index, sample in enumerate(samples)]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _moderation(rng: random.Random, sample, outcome: str, names: list[str], today: date) -> Moderation | None:
    if outcome == "none":
        return None
    first = sample.child.first_name
    grade: str | None = sample.grade
    pool = phrases.MODERATION_AGREES
    if outcome == "changes":
        index = ORDER.index(sample.grade)
        if index == len(ORDER) - 1 or (index > 0 and rng.random() < 0.4):
            grade, pool = ORDER[index - 1], phrases.MODERATION_RAISES
        else:
            grade, pool = ORDER[index + 1], phrases.MODERATION_LOWERS
    elif outcome == "comments":
        grade, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(2, 9))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    day = max(sample.date, min(day, today))
    return Moderation(
        moderator=HOS.name, date=day,
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={name: rng.choice(phrases.MODERATION_SECTION_REMARKS)
                          for name in rng.sample(names, rng.randint(1, 2))},
        grade=grade)


def _form(rng: random.Random, index: int, sample, today: date, layout: str, details_style: str, reference: str,
          outcome: str, force_urgent: bool, drop_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    relative = attendees(rng, (sample.child.surname,), 1)[0] if rng.random() < 0.4 else None

    # Change the sample where the form needs it: the areas as this form
    # names them, the reference as written, team or service shown or not,
    # the urgent answer, the actions, a brother or sister named, the
    # moderation this file carries.
    by_name = {section.name: section for section in sample.sections}
    names = [new for _, new, _ in AREAS]
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new, _ in AREAS)}
    if reference == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "taf":
        changes["case_id"] = f"TAF-{sample.case_id[:6]}"
    elif reference == "system":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.25:
        changes["team"] = None
    if rng.random() < 0.45:
        changes["service"] = None
    if force_urgent:
        if not sample.urgent_concern:
            changes["urgent_concern"] = True
            changes["urgent_concern_detail"] = phrases.fill(rng.choice(phrases.URGENT_CONCERNS),
                                                            sample.child.first_name)
    else:
        changes["urgent_concern"] = False
        changes["urgent_concern_detail"] = None
    if household and rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    if drop_actions:
        changes["actions"] = ()
    changes["moderation"] = _moderation(rng, sample, outcome, names, today)
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    moderation_style = rng.choice(("box", "through", "black"))
    through = moderation is not None and moderation_style == "through"
    remarks = dict(moderation.section_comments) if through else {}
    prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))
    grade_style = "columns" if layout == "grid" else rng.choice(("typed", "key", "highlight", "bold", "strike",
                                                                  "dropdown"))
    reversed_key = rng.random() < 0.5
    numbers = {grade: (4 - position if reversed_key else position + 1) for position, grade in enumerate(ORDER)}
    marks = rng.choice(MARKS)

    document = new_document(rng, landscape=layout == "grid")
    title = rng.choice(TITLES)
    if rng.random() < 0.5:
        header = document.sections[0].header.paragraphs[0]
        run(header, council_line(rng), bold=True, colour=brand, size=9)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    if rng.random() < 0.5:
        band = table(document, 1, 2)
        for cell in band.rows[0].cells:
            shade(cell._tc, brand)
        write(band.cell(0, 0), title, bold=True, colour="FFFFFF", size=14)
        subtitle = f"{sample.service} – Team Around the Family" if sample.service else "Team Around the Family"
        write(band.cell(0, 1), f"{COUNCIL}\n{subtitle}", colour="FFFFFF", size=9)
    else:
        brand_heading(document, title, brand, size=15)
    paragraph(document, "A review of one family's TAF: read the assessment, the TAF plan, the notes of the last two "
                        "TAF meetings and speak to the lead professional.", italic=True, size=9)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"TAF review record v{rng.choice(('1.2', '2', '2.1'))} – OFFICIAL-SENSITIVE when completed", size=8)

    # A. The family and the TAF.
    brand_heading(document, rng.choice(("A. The family and the TAF", "Section A – About the family")), brand)
    if reference == "system":
        reference_label = rng.choice(("Case ref", "Family reference", "LCS no."))
    else:
        reference_label = rng.choice(("Family reference", "EH ref", "TAF ref no.", sample.labels["case_id"]))
    lead_label = rng.choice(("Lead professional", "TAF lead professional", sample.labels["practitioner"]))
    reviewer_label = rng.choice(("Reviewed by", "Reviewer", "Review completed by"))
    date_label = rng.choice(("Date of review", "Review date", "Date completed"))
    lead = sample.practitioner
    rows = [(reference_label, sample.case_id),
            ("Child / young person", child.full_name), ("Date of birth", when(child.date_of_birth))]
    if sample.team and rng.random() < 0.5:
        lead = f"{sample.practitioner} ({sample.team})" if rng.random() < 0.6 else \
            f"{sample.practitioner} – {sample.team}"
        rows.append((lead_label, lead))
    else:
        rows.append((lead_label, lead))
        if sample.team:
            rows.append((rng.choice(("Team", "Lead professional's team", "Locality team")), sample.team))
    if sample.service:
        rows.append(("Service", sample.service))
    reviewer = sample.auditor
    if rng.random() < 0.4:
        reviewer = f"{sample.auditor} ({rng.choice(('Early Help Manager', 'EH Team Manager'))})"
    rows += [(reviewer_label, reviewer), (date_label, when(sample.date))]
    if rng.random() < 0.5:
        last_taf = sample.date - timedelta(days=rng.randint(10, 40))
        rows.append(("Date of last TAF meeting", when(last_taf)))
    if household:
        if rng.random() < 0.5:
            others_line = "; ".join(f"{name} (age {_age(born, today)})" for name, born in household)
        else:
            others_line = ", ".join(f"{name} – DOB {when(born)}" for name, born in household)
        rows.append((rng.choice(("Brothers and sisters", "Other children in the family")), others_line))
    _details(rng, document, rows, details_style)
    document.add_paragraph()

    # B. The team around the family.
    brand_heading(document, rng.choice(("B. Who is in the team around the family?", "Section B – The TAF")), brand)
    agencies = rng.sample(AGENCY_ROLES, rng.randint(3, 5))
    family_there = [f"{child.parents[0]} (parent)"]
    if len(child.parents) > 1 and rng.random() < 0.6:
        family_there.append(f"{child.parents[1]} (parent)")
    if relative:
        family_there.append(f"{relative} ({rng.choice(RELATIVES)})")
    if rng.random() < 0.6:
        grid = table(document, len(agencies) + 2, 3)
        for cell, text in zip(grid.rows[0].cells, ("Agency", "What they do in the plan", "At last TAF?")):
            label(cell, text, "E7E6E6")
        write(grid.cell(1, 0), "Early Help", bold=True)
        write(grid.cell(1, 1), "Lead professional – co-ordinates the TAF")
        write(grid.cell(1, 2), "Y")
        for row, (agency, role) in zip(grid.rows[2:], agencies):
            write(row.cells[0], agency)
            write(row.cells[1], role)
            write(row.cells[2], rng.choice(("Y", "Y", "N – report sent", "Apologies")))
    else:
        line = paragraph(document, "Agencies in the TAF: ", bold=True)
        run(line, ", ".join(("Early Help (lead)", *(agency for agency, _ in agencies))))
    line = paragraph(document, rng.choice(("Family members at the last TAF: ", "Family present: ")), bold=True)
    run(line, "; ".join(family_there))
    line = paragraph(document, "Why TAF? ", bold=True)
    chosen_need = rng.choice(NEED_LEVELS)
    run(line, "   ".join(f"{'☒' if need == chosen_need else '☐'} {need}" for need in NEED_LEVELS))
    document.add_paragraph()

    # C. The quality of the TAF.
    brand_heading(document, rng.choice(("C. The quality of the TAF", "Section C – Review findings")), brand)
    if grade_style == "key":
        ordered = sorted(ORDER, key=lambda grade: numbers[grade])
        paragraph(document, "Key: " + "   ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in ordered),
                  italic=True, size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the grade that applies.", italic=True, size=9)
    elif grade_style == "strike":
        paragraph(document, "Strike through the grades that do not apply.", italic=True, size=9)
    elif grade_style == "bold":
        paragraph(document, "Embolden the grade that applies.", italic=True, size=9)
    elif grade_style == "columns":
        paragraph(document, "Mark one column for each area.", italic=True, size=9)
    areas = [(section, good) for section, (_, _, good) in zip(sample.sections, AREAS)]
    overall_label = rng.choice(OVERALL)
    hos_line = None
    if through and moderation.grade:
        verdict = "agree" if moderation.grade == sample.grade else rng.choice(("changed to", "disagree –"))
        hos_line = f"HoS: {verdict} {informal_grade(rng, moderation.grade)}" if verdict != "agree" else \
            f"HoS: agree – {informal_grade(rng, moderation.grade)}"
    if layout == "grid":
        _grid(rng, document, sample, areas, marks, remarks, prefix, ink, overall_label, hos_line)
    else:
        if layout == "table":
            grid = table(document, len(areas) + 1, 3)
            for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "Grade")):
                label(cell, text, "DEEAF6")
            for row, (section, good) in zip(grid.rows[1:], areas):
                write(row.cells[0], section.name, bold=True)
                write(row.cells[0], good, italic=True, size=8)
                write(row.cells[1], section.comment)
                if section.name in remarks:
                    write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
                _grade(rng, row.cells[2].paragraphs[0], grade_style, section.grade, numbers, ids)
        elif layout == "cards":
            for section, good in areas:
                card = table(document, 3, 1)
                shade(card.cell(0, 0)._tc, brand)
                write(card.cell(0, 0), section.name, bold=True, colour="FFFFFF")
                write(card.cell(1, 0), f"What good looks like: {good}", italic=True, size=8)
                write(card.cell(1, 0), section.comment)
                if section.name in remarks:
                    write(card.cell(1, 0), f"{prefix}{remarks[section.name]}", colour=ink)
                line = write(card.cell(2, 0), "Grade: ", bold=True)
                _grade(rng, line, grade_style, section.grade, numbers, ids)
                document.add_paragraph()
        else:
            for number, (section, good) in enumerate(areas, start=1):
                paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
                if rng.random() < 0.6:
                    paragraph(document, good, italic=True, size=9)
                paragraph(document, section.comment)
                if section.name in remarks:
                    paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
                line = paragraph(document, "Grade: ", bold=True)
                _grade(rng, line, grade_style, section.grade, numbers, ids)
        document.add_paragraph()
        if grade_style == "typed" and rng.random() < 0.5:
            paragraph(document, overall_label, bold=True, colour=brand)
            paragraph(document, f"Taking the five areas together, this family's TAF "
                                f"{SENTENCE_WORDS[sample.grade]}.")
        else:
            line = paragraph(document, f"{overall_label}: ", bold=True, colour=brand)
            _grade(rng, line, grade_style, sample.grade, numbers, ids, overall=True)
        if hos_line:
            paragraph(document, hos_line, colour=ink, bold=True)
    document.add_paragraph()

    # What the family said.
    voice = next(field for field in sample.own if field.key == "family_voice")
    line = paragraph(document, rng.choice((voice.label, voice.label, "What the family said about their TAF")) + ": ",
                     bold=True)
    run(line, voice.written)
    document.add_paragraph()

    # D. Findings.
    brand_heading(document, rng.choice(("D. Findings", "Section D – Summary")), brand)
    _findings(rng, document, sample)
    document.add_paragraph()

    # E. Actions.
    brand_heading(document, rng.choice(("E. Actions", "Section E – What needs to happen")), brand)
    _actions(rng, document, sample, when)
    document.add_paragraph()

    # F. Safety.
    _urgent(rng, document, sample, brand)
    document.add_paragraph()

    # Sign-off.
    line = paragraph(document, "Reviewer: ", bold=True)
    run(line, f"{sample.auditor}      ")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    if rng.random() < 0.5:
        line = paragraph(document, "Findings shared with the lead professional: ", bold=True)
        run(line, rng.choice(("Yes – in supervision", "Yes, by phone", "Yes")))
    document.add_paragraph()

    _moderation_section(rng, document, sample, moderation, moderation_style, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(rng: random.Random, document, rows: list, style: str) -> None:
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "strip":
        per_row = 3
        chunks = [rows[start:start + per_row] for start in range(0, len(rows), per_row)]
        grid = table(document, len(chunks) * 2, per_row)
        for number, chunk in enumerate(chunks):
            for column, (text, value) in enumerate(chunk):
                heading = grid.cell(number * 2, column)
                write(heading, text, bold=True, size=8)
                shade(heading._tc, "EDEDED")
                write(grid.cell(number * 2 + 1, column), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)


def _grade(rng: random.Random, line, style: str, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False) -> None:
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25))
    elif style == "key":
        number = numbers[grade]
        run(line, rng.choice((str(number), f"{number}", f"Score {number}")))
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        short = rng.random() < 0.3 and not overall
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            text = SHORT[option] if short else WORDS[option]
            chosen = option == grade
            if style == "highlight":
                run(line, text, highlight=chosen, bold=chosen)
            elif style == "bold":
                run(line, text, bold=chosen)
            else:
                run(line, text, strike=not chosen)


def _grid(rng: random.Random, document, sample, areas, marks: str, remarks: dict, prefix: str, ink: str,
          overall_label: str, hos_line: str | None) -> None:
    columns = ORDER if rng.random() < 0.6 else (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE)
    heads = [WORDS[grade] for grade in columns] if rng.random() < 0.6 else [SHORT[grade] for grade in columns]
    grid = table(document, len(areas) + 2, 7)
    for cell, text in zip(grid.rows[0].cells, ("Area", "What good looks like", "Evidence", *heads)):
        label(cell, text, "DEEAF6")
    for row, (section, good) in zip(grid.rows[1:], areas):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], good, italic=True, size=8)
        write(row.cells[2], section.comment)
        if section.name in remarks:
            write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
        mark(row.cells[3 + columns.index(section.grade)], marks)
    last = grid.rows[-1].cells
    write(last[0], overall_label, bold=True)
    if hos_line:
        write(last[2], hos_line, colour=ink, bold=True)
    mark(last[3 + columns.index(sample.grade)], marks)


def _findings(rng: random.Random, document, sample) -> None:
    headings = rng.choice((("What is working well in this TAF", "What would make it better"),
                           ("Strengths", "Areas to develop"),
                           ("Working well", "To develop")))
    style = rng.choice(("paragraphs", "numbered", "side"))
    if style == "side":
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFD9")
        for cell, items in zip(grid.rows[1].cells, (sample.strengths, sample.development_areas)):
            for number, item in enumerate(items, start=1):
                write(cell, f"{number}. {item}")
        return
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if style == "numbered" else item)


def _actions(rng: random.Random, document, sample, when) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    style = rng.choice(("table", "lines"))
    if style == "table":
        headers = rng.choice((("Action", "Who", "By when", "Progress"), ("What needs to happen", "By whom", "Date",
                                                                         "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"Action {number}: {action.action} Who: {action.owner}. By: {when(action.due)}")


def _urgent(rng: random.Random, document, sample, brand: str) -> None:
    paragraph(document, rng.choice(URGENT), bold=True, colour=brand)
    style = rng.choice(("typed", "boxes", "struck"))
    yes = sample.urgent_concern
    if style == "boxes":
        line = paragraph(document)
        run(line, ("\u2612" if yes else "\u2610") + " Yes      ")
        run(line, ("\u2610" if yes else "\u2612") + " No")
    elif style == "struck":
        line = paragraph(document)
        run(line, "Yes", strike=not yes, bold=yes)
        run(line, " / ")
        run(line, "No", strike=yes, bold=not yes)
    if yes:
        if style == "typed":
            paragraph(document, rng.choice(("Yes – ", "YES. ")) + sample.urgent_concern_detail)
        else:
            line = paragraph(document, "What was done and who was told: ", bold=True)
            run(line, sample.urgent_concern_detail)
    elif style == "typed":
        paragraph(document, rng.choice(("No", "No.", "No – none identified")))


def _heavy_border(grid) -> None:
    properties = grid._tbl.tblPr
    borders = properties.makeelement(qn("w:tblBorders"), {})
    for side in ("top", "left", "bottom", "right"):
        borders.append(borders.makeelement(qn(f"w:{side}"), {qn("w:val"): "single", qn("w:sz"): "24",
                                                             qn("w:space"): "0", qn("w:color"): "000000"}))
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption",
                                          "tblDescription")}
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)


def _moderation_section(rng: random.Random, document, sample, moderation, style: str, ink: str, brand: str,
                        when) -> None:
    heading = rng.choice(("G. Head of Service moderation", "Moderation (Head of Service)", "HEAD OF SERVICE QA"))
    labels = ("Moderated by", "Date", "Do you agree with the overall grade?", "Moderated grade", "Comments")
    if moderation is None:
        shown = rng.choice(("empty", "note", "none"))
        if shown == "none":
            return
        brand_heading(document, heading, brand)
        if shown == "note":
            paragraph(document, rng.choice(NOT_MODERATED), italic=True)
            return
        box = table(document, len(labels), 2)
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    signed = f"{moderation.moderator}, Head of Service – Early Help, {when(moderation.date)}"
    if style == "box":
        agree = ""
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else rng.choice(("No – see comments", "Disagree"))
        values = (moderation.moderator, when(moderation.date), agree,
                  informal_grade(rng, moderation.grade) if moderation.grade else "", "\n".join(moderation.comments))
        box = table(document, len(labels), 2)
        for row, text, value in zip(box.rows, labels, values):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
    elif style == "black":
        box = table(document, 1, 1)
        _heavy_border(box)
        cell = box.cell(0, 0)
        shade(cell._tc, rng.choice(("D9D9D9", "E7E6E6", "F2F2F2")))
        write(cell, "Head of Service moderation", bold=True)
        for comment in moderation.comments:
            write(cell, comment)
        if moderation.grade:
            verdict = ("I agree with the overall grade: " if moderation.grade == sample.grade
                       else "I do not agree with the overall grade. Moderated grade: ")
            line = write(cell, verdict)
            run(line, informal_grade(rng, moderation.grade), bold=True)
        write(cell, signed, italic=True)
    else:
        # Typed through the form: the remarks under the areas and the
        # "HoS:" line by the overall grade are already there.
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, signed, colour=ink, italic=True)
