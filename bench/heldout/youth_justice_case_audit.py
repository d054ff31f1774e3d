"""Youth justice multi-agency case audit: a joint audit of one child known
to both the council's Youth Justice Service (YJS) and children's social
care, led by a children's social care manager with the YJS and the other
agencies who work with the child. The case details (the child, the order
or out-of-court outcome, the allocated social worker, the lead auditor and
the date of the audit meeting), the agencies taking part and who spoke for
each, five lines of enquiry each with the joint findings and a grade, the
overall grade, what the partnership learned, the action plan, the question
whether anything must happen today to keep the child safe, the lead
auditor's sign-off and the Head of Service's moderation.

Modelled on what HM Inspectorate of Probation and the Youth Justice Board
publish about judging the quality of work on a child's case in a youth
justice service (neither body was used by any other family). What was read,
as search excerpts of the pages:

- HM Inspectorate of Probation, "Inspection of Youth Offending Work"
  (justiceinspectorates.gov.uk/hmiprobation, youth inspection programmes;
  read on a staging copy of the site): the case assessment tool gives
  inspectors a consistent structure to record their judgements, with a case
  assessment guide for consistent judgements whoever makes them; both "may
  also inform the development of local quality assurance systems". The
  tool itself (a PDF) was not read.
- HM Inspectorate of Probation, "Our standards and ratings": youth justice
  services are rated Outstanding, Good, Requires improvement or Inadequate
  overall and on each standard; the youth justice standards were refreshed
  in 2021.
- HM Inspectorate of Probation, "The evidence base – youth offending
  services: Assessment": assessment must analyse how best to support the
  child's desistance and keep the child and other people safe; drawing on
  several sources, which strong partnership arrangements make more likely;
  the child and parents / carers involved; AssetPlus is the main tool.
- HM Inspectorate of Probation, an update by Andrea Brazier on the youth
  inspection programme: a minimum of 14 children's cases inspected,
  leaflets for those attending multi-agency case discussions, and a
  multi-agency discussion template for services to complete.
- The London Borough of Haringey's page on its 2024 youth justice
  inspection: inspectors judged assessment, planning, implementation and
  delivery, and review, and whether work supports desistance and keeps
  children and others safe.
- The Youth Justice Board's Case Management Guidance, "Ways to improve
  quality" (gov.uk): the four Child First principles (the child's best
  interests; strengths and a pro-social identity; the child's active
  participation, a meaningful collaboration with children and their
  carers; diversion and minimal intervention), and self-assessment against
  the national standards and the Inspectorate's recommendations.

None of these shows a local audit form, so the layout is our own judgement:
the five lines of enquiry follow the Inspectorate's cycle (the child's
voice and participation, information shared between the YJS and partners,
an assessment of desistance, safety and wellbeing and risk to others,
planning and delivery across agencies, review and outcomes), named in our
words under three naming sets; the details as strips of labels over values
on a landscape page, a two-column table or tabbed lines (plain or prefixed
case references, the outcome or order, team and service on some files
only, brothers and sisters with dates of birth or ages on some); the
agencies as a table of who spoke for each, a line, or the partnership's
agencies printed with tick boxes; a relative or family friend named as
having given views on some files; grades typed informally, a number on a printed 1–4 key either
way round, the chosen word emboldened or highlighted among the four, the
others struck through, a mark under four grade columns, or a Word drop-down;
learning as two columns, bullets or numbers; actions as a table, arrowed
lines or a "no actions" sentence (3); the same-day safety question typed,
with tick boxes or the other answer struck through (3 yes); seven date
spellings; the Head of Service's moderation typed in a non-red ink or in a
heavy-bordered box, with remarks beside some lines of enquiry (at least 4
changing the grade, 3 confirming and 2 with comments only), an empty box, an
"awaiting" note or nothing. No wording is copied from the sources.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from docx.oxml.ns import qn

from bot.samples import Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
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

FAMILY = "youth_justice_case_audit"
SEED = 10011

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# The lines of enquiry in the order of the sample's areas (voice of the child,
# information sharing, assessment, plan, impact): a name and a prompt.
ENQUIRIES = (
    (("Child First: the child's voice and participation",
      "Was the child seen, heard and involved by every agency? Were parents / carers part of the work?"),
     ("Information shared between the YJS and partners",
      "Did each agency pass on what it knew, in time, and was it acted on?"),
     ("Assessment of desistance, safety and wellbeing and risk to others",
      "AssetPlus and the social care assessment: one shared understanding?"),
     ("Planning and delivery across agencies",
      "Intervention plan and child's plan aligned; named leads; timescales kept."),
     ("Review and outcomes for the child",
      "Reviewed after significant events? What has changed for the child?")),
    (("Was the child heard and involved?",
      "Child First – a meaningful collaboration with the child and their carers."),
     ("Did partners share what they knew when they knew it?",
      "Police, education, health and social care information in the YJS record."),
     ("Did the joint assessment understand desistance, safety and risk?",
      "Strengths, what keeps the child safe, risk to other people."),
     ("Did one plan bring the agencies' work together?",
      "Who does what, by when; contact and interventions delivered."),
     ("Is the child better off, and was the plan reviewed?",
      "Evidence of change; review when circumstances changed.")),
    (("Engagement and participation of the child and family", "Child's own words, parents' views."),
     ("Partnership working and information exchange", "Referrals, meetings, shared records."),
     ("Quality of assessment (AssetPlus and social care)", "Analysis, not description."),
     ("Intervention plan and delivery", "SMART, owned by all agencies."),
     ("Review and impact", "Progress against the plan.")),
)

# The partnership's agencies as the form names them (two namings), from the
# sample's agencies.
AGENCY_NAMES = {
    "Youth Justice Service": ("Youth Justice Service", "YJS"),
    "Children's Social Care": ("Children's Social Care", "Children's Social Care"),
    "Police": ("Police", "Police (YJS police officer)"),
    "Health visiting": ("School nursing", "Health (YJS nurse)"),
    "School": ("Education", "School"),
    "Early Help": ("Early Help", "Early Help"),
    "Probation": ("Probation Service", "Probation (seconded officer)"),
    "Child and Adolescent Mental Health Services": ("CAMHS", "CAMHS"),
    "Housing": ("Housing", "Housing"),
}
CHECKLIST = ("Youth Justice Service", "Children's Social Care", "Police", "School", "Health visiting", "Early Help",
             "Child and Adolescent Mental Health Services", "Probation", "Housing")
ROLES = {
    "Youth Justice Service": "YJS case manager",
    "Police": "Police officer, YJS",
    "Health visiting": "Health practitioner",
    "School": "Designated safeguarding lead",
    "Early Help": "Early Help coordinator",
    "Probation": "Probation officer (seconded)",
    "Child and Adolescent Mental Health Services": "CAMHS practitioner",
    "Housing": "Housing officer",
}
# Invented professionals who spoke for the agencies (not family members).
PROFESSIONALS = ("Gail Merrick", "Owen Tasker", "Bethan Rowlands", "Kofi Asante", "Ruth Edgecombe", "Simon Varley",
                 "Hayley Coombes", "Marcus Lyle", "Judith Ferris", "Derek Fenwick", "Moira Quayle", "Tessa Lund",
                 "Rhodri Evans", "Olu Bankole", "Fiona Garside")
DISPOSALS = ("Referral Order (6 months)", "Referral Order (9 months)", "Youth Rehabilitation Order – supervision",
             "YRO with Intensive Supervision and Surveillance", "Youth Conditional Caution", "Youth Caution",
             "Outcome 22 (deferred prosecution)")
STATUSES = ("Child in Need", "Child Protection Plan", "Looked after (s.20)", "Child in Need – step down pending")
RELATIVE_ROLES = ("grandparent", "relative", "family friend")
NO_ACTIONS = ("No further actions – the child's plan and the YJS intervention plan already cover the learning.",
              "No actions arising from this audit.",
              "Nil – no actions required by any agency.")
URGENT_QUESTIONS = (
    "Is there any immediate safeguarding concern for the child that needs escalating today?",
    "Does anything need to happen today to keep the child safe? (If yes, tell the Head of Service and the YJS "
    "Operational Manager the same day.)",
    "Immediate risk to the child identified during the audit?",
)
TITLES = ("Youth Justice Multi-Agency Case Audit", "Multi-Agency Case Audit – Youth Justice Service",
          "Joint Case Audit: Children Known to the Youth Justice Service")
PURPOSES = (
    "The audit follows the inspection cycle for youth justice work – assessment, planning, implementation and "
    "delivery, review – and asks whether the agencies together supported the child's desistance and kept the "
    "child and others safe.",
    "Complete at the audit meeting with every agency that knows the child. Grade each line of enquiry on the "
    "four-point scale.",
    "One child's case, read across the YJS record (AssetPlus) and the social care file, and discussed with "
    "partners.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in tool_samples(240, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
            if 10 <= _age(sample.child.date_of_birth, sample.date) <= 17]
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:4]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:3]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    chosen = urgent + changed + confirmed + comments_only
    chosen += [sample for sample in others if not sample.moderation][: count - len(chosen)]
    chosen += [sample for sample in pool if sample not in chosen][: count - len(chosen)]
    chosen = chosen[:count]
    rng.shuffle(chosen)

    def deck(values: tuple) -> list:
        cards = [values[position % len(values)] for position in range(len(chosen))]
        rng.shuffle(cards)
        return cards

    plans = zip(
        deck(("typed", "key", "bold", "highlight", "struck", "columns", "dropdown")),
        deck(("strip", "pairs", "lines")),
        deck(("table", "line", "checklist")),
        deck(("columns", "bullets", "numbered")),
        deck(("table", "lines")),
        deck(("words", "boxes", "struck")),
        deck(("ink", "box", "ink box")),
        deck((True, False, False)),  # brothers and sisters named
        deck((True, False, False, False, False)),  # a relative gave views
    )
    no_actions = set(rng.sample(range(len(chosen)), 3))
    return [_form(rng, index, sample, today, plan, index in no_actions)
            for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _heavy_border(grid) -> None:
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "1F1F1F"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "1F1F1F"})


class _Grader:
    """Writes a grade in the form's one way of grading."""

    def __init__(self, rng: random.Random, style: str, ids: ControlIds):
        self.rng = rng
        self.style = style
        self.ids = ids
        self.best_first = rng.random() < 0.6
        self.numbers = {grade: str(place + 1 if self.best_first else 4 - place) for place, grade in enumerate(ORDER)}

    def key(self, document) -> None:
        if self.style != "key":
            return
        line = paragraph(document, "Grading key: ", bold=True)
        shown = ORDER if self.best_first else tuple(reversed(ORDER))
        run(line, "   ".join(f"{self.numbers[grade]} = {WORDS[grade]}" for grade in shown))

    def write(self, line, grade: str, *, colour: str | None = None, style: str | None = None) -> None:
        style = style or self.style
        if style in ("typed", "columns"):
            run(line, informal_grade(self.rng, grade, note_chance=0.0 if colour else 0.2), colour=colour)
        elif style == "key":
            number = self.numbers[grade]
            run(line, number if self.rng.random() < 0.7 else f"{number} ({WORDS[grade].lower()})", colour=colour)
        elif style == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], self.ids,
                             alias="Grade", colour=colour)
        else:
            for place, option in enumerate(ORDER):
                if place:
                    run(line, "  /  " if style != "struck" else "    ")
                chosen = option == grade
                run(line, WORDS[option], bold=chosen and style in ("bold", "highlight"),
                    highlight=chosen and style == "highlight", strike=not chosen and style == "struck",
                    colour=colour)


def _form(rng: random.Random, index: int, sample, today: date, plan: tuple, no_actions: bool) -> HeldOutForm:
    (grade_style, details_style, agency_style, learning_style, action_style, urgent_style, moderation_style,
     with_siblings, with_relative) = plan
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(random.Random(f"{FAMILY}:{index}"))
    grader = _Grader(rng, grade_style, ids)
    enquiries = rng.choice(ENQUIRIES)
    household = siblings(rng, sample.child, rng.randint(1, 2), today) if with_siblings else []
    relative = attendees(rng, (sample.child.surname,), 1)[0] if with_relative else None

    # --- the sample as this form carries it ------------------------------------
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(enquiries, sample.sections))}
    if rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.75
    show_service = rng.random() < 0.5
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    drawn = list(next(own.written for own in sample.own if own.key == "agencies"))
    drawn = ["Youth Justice Service", *(["Children's Social Care"] if "Children's Social Care" not in drawn else []),
             *drawn]
    if agency_style == "checklist":
        drawn = [agency for agency in CHECKLIST if agency in drawn]
    naming = rng.choice((0, 1))
    agency_names = tuple(AGENCY_NAMES[agency][naming] for agency in drawn)
    changes["own"] = tuple(ToolField(own.key, own.label, agency_names, list(agency_names)) if own.key == "agencies"
                           else own for own in sample.own)
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if no_actions:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, (name for name, _ in enquiries)))
    remarks = ({renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
               if moderation else {})

    # --- heading ------------------------------------------------------------------
    document = new_document(rng, landscape=details_style == "strip")
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice(("OFFICIAL – SENSITIVE", "OFFICIAL-SENSITIVE (when complete)",
                            f"{council_line(rng)} – Youth Justice Partnership")), size=8)
    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, rng.choice(("Youth Justice Service", "Youth Justice Partnership – Quality Assurance",
                                    "Youth Justice Service and Children's Social Care")), italic=True, size=9)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice(PURPOSES), italic=True, size=8)

    # --- case details -------------------------------------------------------------
    dob_text = when(child.date_of_birth)
    rows = [
        (rng.choice(("Child's name", "Name of child", "Young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), dob_text),
        (rng.choice(("Case number", "CSC case ref", "Case reference", "LCS ref")), sample.case_id),
        (rng.choice(("Parent(s) / carer(s)", "Parents / carers")), " and ".join(child.parents)),
        (rng.choice(("Order / outcome", "Disposal", "Current order or outcome")), rng.choice(DISPOSALS)),
    ]
    if rng.random() < 0.5:
        rows.append((rng.choice(("Social care status", "Known to CSC as")), rng.choice(STATUSES)))
    if household:
        as_ages = rng.random() < 0.4
        rows.append((rng.choice(("Brothers / sisters", "Siblings", "Other children in the family")),
                     "; ".join(f"{name} ({_age(born, sample.date)})" if as_ages else f"{name} ({when(born)})"
                               for name, born in household)))
    rows.append((rng.choice(("Allocated social worker", "Social worker (CSC)", "SW")), sample.practitioner))
    if show_team:
        rows.append(("Team", sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Lead auditor", "Audit lead (CSC)", "Auditor", "Audit chaired by")), sample.auditor),
        (rng.choice(("Date of audit meeting", "Audit date", "Date of audit")), when(sample.date)),
    ]
    brand_heading(document, rng.choice(("1. Case details", "Section A – About the child and the audit",
                                        "Case summary")), brand)
    if details_style == "strip":
        half = (len(rows) + 1) // 2
        for part in (rows[:half], rows[half:]):
            grid = table(document, 2, len(part))
            for column, (text, value) in enumerate(part):
                label(grid.cell(0, column), text, "D9E2F3")
                write(grid.cell(1, column), value)
            paragraph(document)
    elif details_style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        two_a_line = rng.random() < 0.5
        position = 0
        while position < len(rows):
            text, value = rows[position]
            line = paragraph(document, f"{text}:", bold=True)
            run(line, f"\t{value}")
            if two_a_line and position + 1 < len(rows) and len(str(value)) < 30:
                text, value = rows[position + 1]
                run(line, f"\t{text}:", bold=True)
                run(line, f"\t{value}")
                position += 1
            position += 1
    paragraph(document)

    # --- agencies -------------------------------------------------------------------
    brand_heading(document, rng.choice(("2. Agencies taking part", "Section B – Who took part",
                                        "Partners at the audit meeting")), brand)
    people = list(rng.sample(PROFESSIONALS, len(drawn)))
    spokesperson = {}
    for agency, name in zip(drawn, people):
        spokesperson[agency] = ((sample.practitioner, "allocated social worker") if agency == "Children's Social Care"
                                else (name, ROLES[agency]))
    if agency_style == "table":
        headers = rng.choice((("Agency", "Represented by", "Role"), ("Agency", "Name", "Role / job title"),
                              ("Partner", "Who attended", "Role")))
        grid = table(document, len(drawn) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, agency, shown in zip(grid.rows[1:], drawn, agency_names):
            name, role = spokesperson[agency]
            write(row.cells[0], shown)
            write(row.cells[1], name)
            write(row.cells[2], role)
    elif agency_style == "line":
        line = paragraph(document, rng.choice(("Agencies taking part: ", "Partner agencies: ")), bold=True)
        run(line, ", ".join(agency_names))
        line = paragraph(document, "Attended: ", bold=True)
        run(line, "; ".join(f"{spokesperson[agency][0]} ({spokesperson[agency][1]})" for agency in drawn))
    else:
        paragraph(document, "Tick each agency that contributed to the audit:", italic=True, size=9)
        grid = table(document, len(CHECKLIST), 2)
        for row, agency in zip(grid.rows, CHECKLIST):
            taking_part = agency in drawn
            line = write(row.cells[0], f"{CHECKED_BOX if taking_part else UNCHECKED_BOX}  ")
            run(line, AGENCY_NAMES[agency][naming])
            if taking_part:
                name, role = spokesperson[agency]
                write(row.cells[1], f"{name}, {role}")
    if relative:
        role = rng.choice(RELATIVE_ROLES)
        paragraph(document, rng.choice((
            f"Family views: {relative} ({role}) and {child.parents[0]} gave their views by phone before the meeting.",
            f"Also spoken to: {relative} ({role}), who looks after {child.first_name} at weekends.")))
    paragraph(document)

    # --- lines of enquiry ---------------------------------------------------------
    brand_heading(document, rng.choice(("3. Lines of enquiry", "Section C – Joint findings",
                                        "Key lines of enquiry")), brand)
    grader.key(document)
    prefix = rng.choice(("HoS: ", "Head of Service – ", "HoS comment: "))
    ink_remarks = moderation_style != "box"
    if grade_style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        short = rng.random() < 0.4
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 7)
        for cell, text in zip(grid.rows[0].cells, ("No.", "Line of enquiry", "Findings")):
            label(cell, text, "DEEAF6")
        for cell, (_, text) in zip(grid.rows[0].cells[3:], columns):
            label(cell, {"Requires improvement": "RI"}.get(text, text[0]) if short else text, "DEEAF6")
        for number, (row, section, (_, prompt)) in enumerate(zip(grid.rows[1:], sample.sections, enquiries), 1):
            write(row.cells[0], str(number))
            write(row.cells[1], section.name, bold=True)
            write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks and ink_remarks:
                write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
            mark(row.cells[3 + [grade for grade, _ in columns].index(section.grade)], symbol)
    elif rng.random() < 0.5:
        grid = table(document, len(sample.sections) + 1, 4)
        headers = rng.choice((("No.", "Line of enquiry", "What the agencies found", "Grade"),
                              ("", "Line of enquiry", "Findings (all agencies)", "Judgement")))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for number, (row, section, (_, prompt)) in enumerate(zip(grid.rows[1:], sample.sections, enquiries), 1):
            write(row.cells[0], str(number))
            write(row.cells[1], section.name, bold=True)
            write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks and ink_remarks:
                write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
            grader.write(row.cells[3].paragraphs[0], section.grade)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, enquiries), 1):
            box = table(document, 1, 1)
            cell = box.cell(0, 0)
            shade(cell._tc, "F7F7F7")
            write(cell, f"Line of enquiry {number}", italic=True, size=8)
            write(cell, section.name, bold=True, colour=brand)
            write(cell, prompt, italic=True, size=8)
            line = write(cell, "Findings: ", bold=True)
            run(line, section.comment)
            if section.name in remarks and ink_remarks:
                write(cell, f"{prefix}{remarks[section.name]}", colour=ink)
            grader.write(write(cell, "Grade: ", bold=True), section.grade)
            paragraph(document)
    paragraph(document)

    # --- overall grade --------------------------------------------------------------
    overall = rng.choice(("Overall grade for the multi-agency response to the child", "Overall judgement",
                          "Overall grade (partnership)"))
    brand_heading(document, rng.choice(("4. Overall grade", "Section D – Overall judgement")), brand)
    if grade_style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), overall, "DEEAF6")
        for cell, (_, text) in zip(grid.rows[0].cells[1:], columns):
            label(cell, text, "DEEAF6")
        mark(grid.cell(1, 1 + [grade for grade, _ in columns].index(sample.grade)), rng.choice(MARKS[:5]))
    else:
        box = table(document, 1, 1)
        grader.write(write(box.cell(0, 0), f"{overall}: ", bold=True), sample.grade)
    paragraph(document)

    # --- learning -------------------------------------------------------------------
    brand_heading(document, rng.choice(("5. Learning", "Section E – What we learned")), brand)
    headings = rng.choice((("What worked well across the partnership", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           ("Good practice to share", "Learning for the partnership")))
    lists = (sample.strengths, sample.development_areas)
    if learning_style == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, lists)):
            label(grid.cell(0, column), heading, "E2EFDA")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, lists):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, 1):
                paragraph(document, f"{number}. {item}" if learning_style == "numbered" else f"\u2022 {item}")
    paragraph(document)

    # --- actions --------------------------------------------------------------------
    brand_heading(document, rng.choice(("6. Action plan", "Section F – Actions agreed by the partners")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif action_style == "table":
        headers = rng.choice((("Action", "Lead agency", "Owner", "By when"),
                              ("What will happen", "Agency", "Who", "Target date")))
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E2EFDA")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], "Children's Social Care")
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        arrow = rng.choice(("\u2192 ", "> ", "numbers"))
        for number, action in enumerate(sample.actions, 1):
            lead = f"{number}. " if arrow == "numbers" else arrow
            paragraph(document, f"{lead}{action.action} – {action.owner} – by {when(action.due)}")
    paragraph(document)

    # --- urgent question --------------------------------------------------------------
    question = rng.choice(URGENT_QUESTIONS)
    concern = sample.urgent_concern
    if urgent_style == "words":
        line = paragraph(document, question, bold=True)
        answer = (f"{rng.choice(('Yes – ', 'YES. ', 'Yes: '))}{sample.urgent_concern_detail}" if concern
                  else rng.choice(("No", "No.", "None identified", "No – none")))
        if rng.random() < 0.5:
            run(line, f"  {answer}")
        else:
            paragraph(document, answer)
    else:
        grid = table(document, 2 if concern else 1, 2)
        label(grid.cell(0, 0), question)
        line = grid.cell(0, 1).paragraphs[0]
        if urgent_style == "boxes":
            run(line, f"Yes {CHECKED_BOX if concern else UNCHECKED_BOX}    No {UNCHECKED_BOX if concern else CHECKED_BOX}")
        else:
            run(line, "Yes", strike=not concern)
            run(line, " / ")
            run(line, "No", strike=concern)
        if concern:
            label(grid.cell(1, 0), rng.choice(("If yes, what and who was told?", "Details and action taken")))
            write(grid.cell(1, 1), sample.urgent_concern_detail)
    paragraph(document)

    # --- sign-off and moderation ------------------------------------------------------
    if rng.random() < 0.6:
        line = paragraph(document, "Signed (lead auditor): ", bold=True)
        run(line, f"{sample.auditor}\t")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
        paragraph(document)
    _moderation(rng, document, sample, moderation, moderation_style, remarks, ink, brand, when, grader, ink_remarks)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    born = [(when(day), day.isoformat()) for _, day in household]
    return held_out(FAMILY, index, sample, data, "docx",
                    others=(*(name for name, _ in household), *((relative,) if relative else ())),
                    also=(dob_text, *(text for pair in born for text in pair)))


def _moderation(rng: random.Random, document, sample, moderation, style: str, remarks: dict, ink: str, brand: str,
                when, grader: _Grader, ink_remarks: bool) -> None:
    heading = rng.choice(("7. Head of Service moderation", "Section G – Moderation (Head of Service)",
                          "Head of Service quality assurance"))
    if moderation is None:
        choice = rng.choice(("empty", "awaiting", "nothing"))
        if choice == "nothing":
            return
        brand_heading(document, heading, brand)
        if choice == "awaiting":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "Not selected for moderation this month.")), italic=True)
            return
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date", "Agree with the overall grade? Y / N", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, heading, brand)
    grade = moderation.grade
    agree = None if grade is None else grade == sample.grade
    if style == "ink":
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if grade is not None:
            line = paragraph(document, rng.choice(("Agree with the auditor's grade? ", "Grade agreed? ")),
                             colour=ink, bold=True)
            run(line, "Yes" if agree else "No", colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            grader.write(line, grade, colour=ink, style="typed" if grader.style in ("columns", "dropdown") else None)
        paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink,
                  italic=True)
        return
    colour = ink if style == "ink box" else None
    rows = [("Moderated by", f"{moderation.moderator} (Head of Service)"), ("Date", when(moderation.date))]
    if grade is not None:
        rows.append((rng.choice(("Do you agree with the overall grade?", "Agree with grade?")),
                     rng.choice(("Yes", "Agree", "Yes – agreed")) if agree else rng.choice(("No", "Disagree",
                                                                                         "No – see below"))))
        rows.append(("Moderated grade", None))
    comments = list(moderation.comments)
    if not ink_remarks:
        names = [section.name for section in sample.sections]
        comments += [f"Line of enquiry {names.index(name) + 1}: {remark}" for name, remark in remarks.items()]
    rows.append(("Comments", "\n".join(comments)))
    box = table(document, len(rows), 2)
    _heavy_border(box)
    for row, (text, value) in zip(box.rows, rows):
        label(row.cells[0], text, "E7E6E6")
        if value is None:
            grader.write(row.cells[1].paragraphs[0], grade, colour=colour,
                         style="typed" if grader.style == "columns" else None)
        else:
            write(row.cells[1], value, colour=colour)
