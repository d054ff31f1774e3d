"""Family support plan audit form: an Early Help (early intervention family
support) manager's audit of one family's assessment and family support
plan, as a Word form in four parts – the family and the work (a reference
with the service's prefix, the child, the other children in the family,
the lead practitioner and the family support team, who audited and when,
and on some forms a strip of the family's journey through the service and
who was at the last plan review), Part 1 the quality of the assessment and
Part 2 the quality of the plan, each in three areas with what the record
shows and a grade, the overall grade, then what the family say about the
support, what is working well and what would make the plan better, the
actions or a sentence that none are needed, the "step up today" question,
the auditor's sign-off and the Head of Service's moderation.

Modelled on what is published about Northern Ireland's Early Intervention
Support Service (EISS), part of the Early Intervention Transformation
Programme (EITP) – a body no other family or council layout had used. Every
council in Scotland, Wales and the English South West, and every Northern
Irish Health and Social Care Trust, is already named by another family or
in bench/README.md (checked one by one), so this is a similar body of our
choice. What was read, as search excerpts:

- "Early Intervention Support Service Operational Guidance" (28 June 2016,
  Version 13; copy on vdocument.in), its contents page only: the service
  model and framework, request for support and its criteria, service
  provision, family group conferencing, "Review and Exit Planning", consent
  to information sharing, evaluation, a step up / step down protocol, and
  appendices including the Hardiker model, a request for support form,
  questionnaires for parents / carers and for a young person and the
  Outcomes Star.
- The Health Research Authority's summary of "An Evaluation of the Early
  Intervention Support Service in Northern Ireland" (Queen's University
  Belfast, Karen Winter and others): the EISS is aligned to the Family
  Support Hubs in each Trust; it takes referrals from self-referral,
  education, health and social services; its project workers are trained
  to make holistic assessments of need with Outcomes Stars, then give
  short interventions of up to 16 weeks (Solihull Approach, Motivational
  Interviewing, Solution Focused Brief Therapy, parenting programmes,
  family group conferencing).
- The evaluation's slides (QUB, on sambuz.com): five services, one in each
  Trust, each with a service manager and therapeutic and practical support
  workers; contact within ten days of a referral; the Outcomes Star used
  "to assess, plan and evaluate the intervention within families".
- EITP's April 2016 information sheet (on dokumen.tips): support when
  problems first emerge, before statutory services are needed; delivered
  by voluntary organisations; short-term hands-on support, typically up to
  12 weeks.

None of these shows an audit form or a grading scale, so the form is our
own judgement throughout: that a service like this would audit the
assessment and the family support plan; the six areas (the child's voice,
the holistic assessment of needs and strengths, working with the whole
family; the plan's outcomes and actions, reviews and exit planning with a
manager's oversight, distance travelled) – the areas follow the guidance's
stages (request for support, assessment with a Star, plan, review and
exit) and nothing else; the four Ofsted words the rest of this framework
uses (not a scale of the service's); the "step up today" question after
the step up / step down protocol. Nothing in the text is the service's.

What varies (our judgement): the family and the work as two side-by-side
panels of typed lines, a two-column table or tabbed lines; a journey strip
of dates (request received, first contact, assessment, plan agreed, last
review, planned exit) on some; the reference with a family support prefix
("FSS-"), an Early Help prefix, a case system prefix or a plain number;
the team or the service left off some; brothers and sisters named with a
date of birth or an age, and a relative at the last plan review on some;
the areas as a transposed grid (areas across, "what the record shows" and
the grade below; with a mark, the four grades as rows under the areas), as
blocks with the area in a merged cell over its evidence and grade rows,
or as numbered paragraphs; grades typed informally, a number on a printed
1–4 key either way round, highlighted or emboldened among the four, the
others struck through, a mark under four grade columns (or against four
grade rows), or a Word drop-down; what works and what would make it better
side by side, as lists or numbered; actions as a table, "•" lines with who
and when, or a "no actions" sentence; the "step up today" question typed,
in tick boxes or with the other answer struck through; the Head of
Service's moderation in a non-red ink as a box, typed through the form
("HoS:" remarks under the areas and a verdict under the overall grade) or
as a shaded note, changing, confirming or only commenting; or an empty
box, a "not sampled" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.section import WD_ORIENT

from bot.samples import Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES
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

FAMILY = "family_support_plan_audit_form"
SEED = 10040

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The sample's six sections renamed as this form names its areas, and the
# part each is printed in (the assessment first, then the plan).
AREAS = {
    "Voice of the child": "The child's voice and daily life",
    "Early Help Assessment": "Holistic assessment of needs and strengths",
    "Engagement with the family": "Working with the whole family",
    "Team Around the Family plan": "Family support plan: outcomes, actions and timescales",
    "Management oversight": "Reviews, exit planning and manager oversight",
    "Impact and outcomes for the child": "Distance travelled and difference made",
}
PARTS = (
    ("Voice of the child", "Early Help Assessment", "Engagement with the family"),
    ("Team Around the Family plan", "Management oversight", "Impact and outcomes for the child"),
)
PROMPTS = {
    "The child's voice and daily life": "Were the child's wishes and worries gathered directly and do they shape "
                                        "the assessment?",
    "Holistic assessment of needs and strengths": "Does the Star assessment cover each family member, the "
                                                  "strengths as well as the worries, with a clear analysis?",
    "Working with the whole family": "Was the family seen together and apart, and did they agree the request "
                                     "for support and the sharing of information?",
    "Family support plan: outcomes, actions and timescales": "Is every outcome the family's own, with an owner "
                                                             "and a date?",
    "Reviews, exit planning and manager oversight": "Was the plan reviewed on time, is the exit planned, and "
                                                    "has a manager recorded their view?",
    "Distance travelled and difference made": "Do the Star readings and the family's own words show what has "
                                              "changed?",
}
TITLES = ("Family Support Plan Audit", "Audit of the Family Support Assessment and Plan",
          "FAMILY SUPPORT PLAN – QUALITY AUDIT", "Family Support Plan Audit Form")
PART_NAMES = (
    ("Part 1 – Quality of the assessment", "Part 2 – Quality of the family support plan"),
    ("1. THE ASSESSMENT", "2. THE PLAN"),
    ("Assessment quality", "Plan quality"),
)
JOURNEY = ("Request for support received", "First contact with the family", "Star assessment completed",
           "Family support plan agreed", "Last plan review", "Planned exit")
ROLES_AT_REVIEW = ("school pastoral lead", "health visitor", "family support worker", "parenting practitioner",
                   "youth worker")
RELATIVES = ("grandparent", "aunt / uncle", "family friend", "godparent")
NO_ACTIONS = ("No actions needed from this audit – feedback given to the practitioner.",
              "No further actions required.", "Nil actions: plan is on track and the exit is planned.")
URGENT = ("Does anything in this audit mean a child should be stepped up to social work today?",
          "Step up today? Is any child in the family at risk of significant harm now?",
          "Immediate safeguarding concern identified during the audit?")
NOT_MODERATED = ("Not sampled for moderation this month.", "Awaiting Head of Service moderation.")
OVERALL = ("Overall grade for the assessment and plan", "Overall judgement", "OVERALL GRADE")
CHANGE_WORDS = ("No – see comments", "Not agreed", "Disagree")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(EHA_AUDIT,))
    styles = [*("typed", "key", "highlight", "bold", "strike", "columns", "dropdown") * 3][:len(samples)]
    references = [*("service", "early_help", "case_system", "plain") * 4][:len(samples)]
    layouts = [*("transposed", "merged", "numbered") * 6][:len(samples)]
    rng.shuffle(styles)
    rng.shuffle(references)
    rng.shuffle(layouts)
    return [_form(rng, index, sample, today, style, layout, reference)
            for index, (sample, style, layout, reference) in enumerate(zip(samples, styles, layouts, references))]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date, style: str, layout: str,
          reference: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("panels", "pairs", "tabbed"))
    moderation_style = rng.choice(("box", "through", "shaded"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    relative = None
    if rng.random() < 0.45:
        taken = {name.split()[0] for name in sample.child.parents}
        relative = (f"{rng.choice([first for first in ADULT_FIRST_NAMES if first not in taken])} "
                    f"{sample.child.surname}", rng.choice(RELATIVES))

    # Change the sample where the form needs it: the areas as this form
    # names and orders them, the reference as written, the team and service
    # shown or not, a brother or sister named, no actions.
    by_name = {section.name: section for section in sample.sections}
    ordered = [by_name[old] for part in PARTS for old in part]
    changes: dict = {"sections": tuple(Section(AREAS[section.name], section.grade, section.comment)
                                       for section in ordered)}
    if reference == "service":
        changes["case_id"] = f"FSS-{sample.case_id[:6]}"
    elif reference == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference == "case_system":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if rng.random() < 0.3:
        changes["team"] = None
    if rng.random() < 0.4:
        changes["service"] = None
    if rng.random() < 0.35:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and not sample.urgent_concern and rng.random() < 0.25:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {AREAS[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    through = moderation is not None and moderation_style == "through"
    prefix = rng.choice(("HoS: ", "Head of Service: ", "HoS comment – "))
    voice = next(own.written for own in sample.own if own.key == "family_voice")

    document = new_document(rng, landscape=layout == "transposed" and rng.random() < 0.6)
    if document.sections[0].page_width > document.sections[0].page_height:
        document.sections[0].orientation = WD_ORIENT.LANDSCAPE
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), colour=brand, size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice((
        "To be completed by the service manager from the family's record. Grade each area on the four-point "
        "scale and give the evidence for your grade.",
        "Audit the assessment and the plan as they are on the record today; the practitioner receives a copy.")),
        size=8, italic=True)
    document.add_paragraph()

    # The family and the work.
    brand_heading(document, rng.choice(("About the family and the work", "THE FAMILY AND THE WORK",
                                        "Family and audit details")), brand)
    practitioner_label = rng.choice(("Lead practitioner", "Lead family support worker", "Key worker (lead)"))
    reference_label = rng.choice(("Family reference", "Ref", "Family support ref.", "Record number"))
    by_age = rng.random() < 0.5
    others_line = "; ".join(f"{name} ({f'age {_age(born, today)}' if by_age and _age(born, today) else when(born)})"
                            for name, born in household)
    family_rows = [(reference_label, sample.case_id), ("Child", child.full_name),
                   ("Date of birth", when(child.date_of_birth)),
                   ("Parents / carers", ", ".join(child.parents)),
                   (rng.choice(("Other children in the family", "Brothers and sisters", "Siblings")), others_line)]
    work_rows = [(practitioner_label, sample.practitioner)]
    if sample.team:
        work_rows.append((rng.choice(("Team", "Family support team")), sample.team))
    if sample.service:
        work_rows.append(("Service", sample.service))
    work_rows += [(rng.choice(("Audited by", "Auditor", "Service manager (auditor)")), sample.auditor),
                  (rng.choice(("Date of audit", "Audit date", "Date audited")), when(sample.date))]
    _details(document, details_style, family_rows, work_rows)
    if rng.random() < 0.5:
        _journey(rng, document, sample.date, when, brand)
    if relative or rng.random() < 0.4:
        attended = [child.parents[0], *(f"{relative[0]} ({relative[1]})" for _ in [relative] if relative),
                    *(f"the {role}" for role in rng.sample(ROLES_AT_REVIEW, 2))]
        line = paragraph(document, rng.choice(("Present at the last plan review: ", "Who came to the last review: ")),
                         bold=True)
        run(line, ", ".join(attended))
    document.add_paragraph()

    # Grades.
    numbers = dict(zip(ORDER, (1, 2, 3, 4) if rng.random() < 0.5 else (4, 3, 2, 1)))
    if style == "key":
        key = paragraph(document, "Grading key: ", bold=True, size=9)
        run(key, "   ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in sorted(ORDER, key=numbers.get)),
            size=9)
    elif style in ("highlight", "bold", "strike"):
        paragraph(document, {"highlight": "Highlight the grade that applies.", "bold": "Embolden the grade chosen.",
                             "strike": "Delete (strike through) the grades that do not apply."}[style],
                  italic=True, size=8)
    ids = ControlIds(rng)
    marks = rng.choice(MARKS)
    part_names = rng.choice(PART_NAMES)
    sections = list(sample.sections)
    for part, areas in zip(part_names, (sections[:3], sections[3:])):
        brand_heading(document, part, brand)
        if layout == "transposed":
            _transposed(rng, document, areas, style, numbers, marks, ids, remarks if through else {}, prefix, ink)
        elif layout == "merged":
            _merged(rng, document, areas, style, numbers, marks, ids, remarks if through else {}, prefix, ink)
        else:
            _numbered(rng, document, areas, style, numbers, marks, ids, remarks if through else {}, prefix, ink,
                      brand, start=1 if part == part_names[0] else 4)
        document.add_paragraph()
    overall_label = rng.choice(OVERALL)
    line = paragraph(document, f"{overall_label}: ", bold=True, colour=brand)
    if style == "columns":
        grid = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(grid.cell(0, column), WORDS[grade], "DEEAF6")
        mark(grid.cell(1, ORDER.index(sample.grade)), marks)
    else:
        _grade(rng, line, style, sample.grade, numbers, ids, overall=True)
    if through and moderation.grade:
        verdict = f"{prefix}agree – " if moderation.grade == sample.grade else f"{prefix}moderated to "
        line = paragraph(document, verdict, colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    document.add_paragraph()

    # The family's voice.
    brand_heading(document, rng.choice(("What the family say about the support", "The family's voice",
                                        "In the family's words")), brand)
    paragraph(document, voice)
    document.add_paragraph()

    # Working well / better.
    headings = rng.choice((("What is working well", "What would make the plan better"),
                           ("Strengths", "Areas to develop"), ("Working well", "Even better if")))
    findings = rng.choice(("side", "lists", "numbered"))
    if findings == "side":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if findings == "numbered" else f"\u2022 {item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions", "Actions agreed with the practitioner", "What happens next")),
                  brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Responsible", "Due",
                                                             "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2022 {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # Step up today.
    paragraph(document, rng.choice(URGENT), bold=True, colour=brand)
    answer_style = rng.choice(("typed", "boxes", "struck"))
    if answer_style == "boxes":
        answer = paragraph(document)
        run(answer, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes      ")
        run(answer, ("\u2610" if sample.urgent_concern else "\u2612") + " No")
    elif answer_style == "struck":
        answer = paragraph(document)
        run(answer, "YES", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(answer, " / ")
        run(answer, "NO", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    if sample.urgent_concern:
        if answer_style == "typed":
            paragraph(document, rng.choice(("Yes – ", "YES. ")) + sample.urgent_concern_detail)
        else:
            line = paragraph(document, "If yes, what was done and who was told: ", bold=True)
            run(line, sample.urgent_concern_detail)
    elif answer_style == "typed":
        paragraph(document, rng.choice(("No", "No.", "No – none identified.")))
    document.add_paragraph()

    # Sign-off.
    line = paragraph(document, rng.choice(("Signed (auditor): ", "Auditor sign-off: ", "Completed by: ")),
                     bold=True)
    run(line, f"{sample.auditor}\t")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    document.add_paragraph()

    _moderation(rng, document, sample, moderation, moderation_style, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(name for name, _ in household) + ((relative[0],) if relative else ())
    return held_out(FAMILY, index, sample, data, "docx", others=others,
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))


def _details(document, style: str, family_rows: list, work_rows: list) -> None:
    if style == "panels":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "The family", "DEEAF6")
        label(grid.cell(0, 1), "The work and the audit", "DEEAF6")
        for column, rows in enumerate((family_rows, work_rows)):
            for text, value in rows:
                line = write(grid.cell(1, column), f"{text}: ", bold=True)
                run(line, value)
    elif style == "pairs":
        rows = family_rows + work_rows
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        for rows in (family_rows, work_rows):
            for text, value in rows:
                line = paragraph(document, f"{text}:\t", bold=True)
                run(line, value)
            document.add_paragraph()


def _journey(rng: random.Random, document, audited: date, when, brand: str) -> None:
    """The family's journey through the service: dates before the audit and
    a planned exit after it."""
    start = audited - timedelta(days=rng.randint(70, 120))
    days = [start]
    for gap in (rng.randint(3, 9), rng.randint(10, 20), rng.randint(5, 12), rng.randint(25, 45)):
        days.append(days[-1] + timedelta(days=gap))
    days = [min(day, audited - timedelta(days=3)) for day in days]
    days.append(audited + timedelta(days=rng.randint(14, 40)))
    paragraph(document, "The family's journey", bold=True, colour=brand, size=10)
    strip = table(document, 2, len(JOURNEY))
    for column, (text, day) in enumerate(zip(JOURNEY, days)):
        label(strip.cell(0, column), text, "F2F2F2")
        write(strip.cell(1, column), when(day), size=9)


def _grade(rng: random.Random, line, style: str, grade: str, numbers: dict, ids: ControlIds, *,
           overall: bool = False, stacked_cell=None) -> None:
    """Write `grade` at the end of paragraph `line` in the form's style (the
    four options one to a line in `stacked_cell` when given)."""
    if style == "key":
        run(line, str(numbers[grade]), bold=True)
    elif style in ("bold", "strike", "highlight"):
        for position, option in enumerate(ORDER):
            chosen = option == grade
            look = dict(bold=chosen and style == "bold", strike=style == "strike" and not chosen,
                        highlight=chosen and style == "highlight")
            if stacked_cell is not None:
                write(stacked_cell, WORDS[option], **look)
                continue
            if position:
                run(line, "  /  ")
            run(line, WORDS[option], **look)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade")
    else:
        run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.25), bold=overall)


def _transposed(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink) -> None:
    """Areas across the top, the evidence under each, then the grade (or,
    with marks, the four grades as rows with a mark under the area)."""
    rows = 2 + (4 if style == "columns" else 1)
    grid = table(document, rows, len(areas) + 1)
    label(grid.cell(0, 0), "Area", "DEEAF6")
    label(grid.cell(1, 0), rng.choice(("What the record shows", "Evidence")), "F2F2F2")
    for column, section in enumerate(areas, start=1):
        label(grid.cell(0, column), section.name, "DEEAF6")
        write(grid.cell(1, column), section.comment)
        if section.name in remarks:
            write(grid.cell(1, column), prefix + remarks[section.name], colour=ink)
    if style == "columns":
        for offset, grade in enumerate(ORDER):
            label(grid.cell(2 + offset, 0), WORDS[grade], "F2F2F2")
        for column, section in enumerate(areas, start=1):
            mark(grid.cell(2 + ORDER.index(section.grade), column), marks)
        return
    label(grid.cell(2, 0), "Grade", "F2F2F2")
    for column, section in enumerate(areas, start=1):
        cell = grid.cell(2, column)
        stacked = cell if style in ("bold", "strike", "highlight") else None
        _grade(rng, write(cell, "") if stacked is None else cell.paragraphs[0], style, section.grade, numbers,
               ids, stacked_cell=stacked)


def _merged(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink) -> None:
    """Each area a block: its name in a merged cell down the left, its
    evidence and its grade in rows to the right."""
    columns = 6 if style == "columns" else 3
    grid = table(document, 2 * len(areas), columns)
    evidence_label = rng.choice(("Evidence", "What we found"))
    for position, section in enumerate(areas):
        top, bottom = grid.rows[2 * position], grid.rows[2 * position + 1]
        name = top.cells[0].merge(bottom.cells[0])
        label(name, section.name, "DEEAF6")
        write(name, PROMPTS[section.name], italic=True, size=8)
        label(top.cells[1], evidence_label, "F2F2F2")
        evidence = top.cells[2].merge(top.cells[columns - 1]) if columns > 3 else top.cells[2]
        write(evidence, section.comment)
        if section.name in remarks:
            write(evidence, prefix + remarks[section.name], colour=ink)
        label(bottom.cells[1], "Grade", "F2F2F2")
        if style == "columns":
            for offset, grade in enumerate(ORDER):
                cell = bottom.cells[2 + offset]
                write(cell, SHORT[grade], size=8)
                if grade == section.grade:
                    mark(cell, marks)
        else:
            _grade(rng, write(bottom.cells[2], ""), style, section.grade, numbers, ids)


def _numbered(rng, document, areas, style, numbers, marks, ids, remarks, prefix, ink, brand, *, start) -> None:
    """Each area a numbered paragraph with its prompt, the evidence and a
    grade line (or a small row of four grade columns)."""
    for number, section in enumerate(areas, start=start):
        paragraph(document, f"{number}. {section.name}", bold=True)
        paragraph(document, PROMPTS[section.name], italic=True, size=8)
        line = paragraph(document, rng.choice(("Evidence: ", "What the record shows: ")), bold=True)
        run(line, section.comment)
        if section.name in remarks:
            paragraph(document, prefix + remarks[section.name], colour=ink)
        if style == "columns":
            grid = table(document, 2, 4)
            for column, grade in enumerate(ORDER):
                label(grid.cell(0, column), WORDS[grade], "F2F2F2")
            mark(grid.cell(1, ORDER.index(section.grade)), marks)
        else:
            line = paragraph(document, "Grade: ", bold=True)
            _grade(rng, line, style, section.grade, numbers, ids)


def _moderation(rng: random.Random, document, sample, moderation, style: str, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Head of Service moderation", "MODERATION (Head of Service)", "Moderation"))
    if moderation is None:
        shown = rng.choice(("empty", "note", "none"))
        if shown == "none":
            return
        brand_heading(document, heading, brand)
        if shown == "note":
            paragraph(document, rng.choice(NOT_MODERATED), italic=True)
            return
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Agree with the overall grade?", "Moderated grade",
                                        "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    signed = f"{moderation.moderator}, Head of Service, {when(moderation.date)}"
    if style == "box":
        agree = ""
        if moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else rng.choice(CHANGE_WORDS)
        rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date)),
                ("Agree with the overall grade?", agree),
                ("Moderated grade", informal_grade(rng, moderation.grade) if moderation.grade else ""),
                ("Comments", "\n".join(moderation.comments))]
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=ink, bold=text == "Moderated grade")
    elif style == "shaded":
        note = table(document, 1, 1)
        cell = note.cell(0, 0)
        shade(cell._tc, rng.choice(("E2EFDA", "DEEAF6", "FFF2CC")))
        write(cell, "Head of Service moderation note", bold=True)
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            verdict = ("I agree with the auditor's overall grade: " if moderation.grade == sample.grade
                       else "I do not agree with the overall grade. Moderated grade: ")
            line = write(cell, verdict, colour=ink)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        write(cell, signed, colour=ink, italic=True)
    else:
        # Typed through the form: remarks under the areas and the verdict
        # under the overall grade are already there.
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, signed, colour=ink, italic=True)
