"""Safeguarding partnership case audit: a regional safeguarding board's
multi-agency audit of one child's case at a point where the child's name
was placed on, or removed from, the child protection register. Partners
from children's social care, health, police and education (and any other
agency involved) read their own records and meet as a panel chaired by the
lead auditor; the panel answers the board's review questions, rates each
agency's contribution, agrees an overall multi-agency judgement, writes up
what worked well and what needs to improve, agrees multi-agency actions,
answers the urgent safety question, and the chair signs the record off
before the Head of Service moderates it. One Word form per case.

Modelled on what Estyn, His Majesty's Inspectorate for Education and
Training in Wales, publishes about the multi-agency rapid review of child
protection arrangements in Wales (a body no other family or council layout
names; every council and safeguarding partnership checked is used, and the
unused police forces and NHS trusts the search found appeared only in
inspection reports or document titles). Read as search excerpts:

- Estyn, "Rapid review of child protection arrangements – Interim
  findings" (thematic report, estyn.gov.wales): the Welsh Government asked
  Care Inspectorate Wales to lead a multi-agency rapid review of
  decision-making in child protection; its purpose is to find out how far
  the structures and processes in Wales ensure that children's names are
  appropriately placed on, and removed from, the Child Protection Register
  when the evidence shows it is safe; a multi-agency team with
  representation from Healthcare Inspectorate Wales and Estyn was set up
  in December 2022, and HMICFRS contributed to parts of it.
- Estyn news, "The early findings from a review of child protection
  arrangements in Wales has been published today": the findings were
  shaped by feedback from peers in education, police, health and regional
  safeguarding boards and by talking to children who are or have been on
  the register; good practice exists but must be applied consistently; the
  voice of the child must be central to decision-making.
- Read alongside them, the partner inspectorates' pages on the same review:
  Care Inspectorate Wales, "Rapid review of child protection arrangements"
  (careinspectorate.wales; what the review looked at: thresholds under the
  Wales Safeguarding Procedures and information sharing, multi-agency
  arrangements, children's lived experiences and individual needs
  including language and advocacy, leaders' and managers' understanding,
  whether registration and de-registration decisions are clear and
  evidence based, and whether practitioners establish and keep assessing
  risk of significant harm) and Healthcare Inspectorate Wales, "Rapid
  review of child protection procedures in Wales" (hiw.org.uk: information
  sharing between agencies needs improving, with no central IT platform;
  workforce instability means many changes of social worker; the child's
  voice is integral; regular multi-agency training is needed for a shared
  view of the threshold for significant harm).

None of them shows an audit form, so the form is our own judgement. From
the sources come only: a case chosen at a registration or de-registration
decision; the agencies round the table (social care, health, police,
education); review questions named after the lines the review looked at
(five of the six on each form); and the weight on the child's voice,
information sharing and changes of worker in what the panel writes.
Everything else is ours: a title in Welsh and English on some; details as
a two-column table, strips of labels over values, or lines (team off five
files, service off seven; plain or prefixed case references; the
register status with its date and category; why the case was chosen; the
other children in the household with dates of birth or ages on five, one
named again under what needs to improve on some); who represented each
agency as a table or inside the rating table; each agency's contribution
rated on every form (rows, a strip with the agencies across the page, a
block per agency, or four grade columns) and on eight forms the review
questions graded as well (ungraded findings on the others); grades typed
informally, a number on a printed 1–4 key either way round, the chosen
option emboldened (highlighted on some) among the four, the others struck
through, a mark under four grade columns, or a Word drop-down; the overall
multi-agency judgement in the tool's own words the same way; what worked
well and what needs to improve as plain paragraphs, numbered points or side
by side; multi-agency actions as a table, numbered lines or a "no actions"
sentence (3); the urgent safety question typed, ticked, struck through or
Y / N (4 yes); the chair's sign-off; and the Head of Service's moderation
(4 changing, 3 confirming, 3 comments only) in a non-red ink as a box or
typed through the form (remarks under rows and an "HoS" line under the
overall judgement), or in black in a heavy-bordered shaded box; on the rest
an empty box, an "awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

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

FAMILY = "safeguarding_partnership_case_audit"
SEED = 10049
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SOCIAL_CARE = "Children's Social Care"
HEALTH = ("Health visiting", "Child and Adolescent Mental Health Services")

TITLES = ("Multi-Agency Case Audit – Child Protection Register Decisions",
          "Safeguarding Partnership Case Audit", "Joint Case Audit: Registration and De-registration",
          "MULTI-AGENCY CASE AUDIT RECORD")
WELSH = "Archwiliad Achos Amlasiantaethol"
BOARDS = ("Northmoor Regional Safeguarding Board – Quality Assurance Sub-group",
          "Regional Safeguarding Children Board: Audit and Quality Group",
          "Northmoor Safeguarding Partnership – Multi-agency Audit Panel")
# The board's review questions: the area as printed, and the question under it on some forms.
LINES = (
    ("Thresholds and information sharing",
     "Were thresholds applied in line with the safeguarding procedures, and was information shared in time?"),
    ("Multi-agency arrangements", "Did the agencies work together to protect the child?"),
    ("The child's lived experience", "Were the child's daily life, language and need for advocacy understood?"),
    ("Registration decision", "Was the decision to register or de-register clear and based on evidence?"),
    ("Risk of significant harm", "Did practitioners establish the risk and keep assessing whether it changed?"),
    ("Management oversight", "Did leaders and managers understand the child's and family's experience?"),
)
LINE_FINDINGS = {
    OUTSTANDING: ("Every agency's records show the same understanding, shared the same day.",
                  "Strong and consistent across all agencies; worth sharing at the practice forum."),
    GOOD: ("Evident in most agencies' records, with small gaps in what was shared after conference.",
           "Sound overall; the reasons are recorded, though not always in every agency's file."),
    REQUIRES_IMPROVEMENT: ("Inconsistent across agencies; information reached the conference late.",
                           "Partly evident; the panel could not see how the decision followed from the evidence."),
    INADEQUATE: ("Largely missing; agencies held different pictures of the risk.",
                 "Not evident in the records; the child's circumstances drifted."),
}
AGENCY_FINDINGS = {
    OUTSTANDING: ("Shared information the same day and updated its own risk assessment straight away.",
                  "Attended every meeting; the child's views recorded in their own words and acted on."),
    GOOD: ("Attended core groups and shared information promptly; some gaps in recording the child's views.",
           "Clear records of contact with the family and of the referrals made."),
    REQUIRES_IMPROVEMENT: ("Held relevant information but did not pass it on until the review conference.",
                           "Attendance at core groups was patchy and its actions on the plan were not tracked."),
    INADEQUATE: ("Knew of concerns that were not shared and made no referral.",
                 "No record of the registration on its system; the worker did not know the child was on the "
                 "register."),
}
ROLES = {
    SOCIAL_CARE: ("Allocated social worker", "SW"),
    "Police": ("DC, Public Protection Unit", "DS, PPU", "Sergeant, Central Referral Unit"),
    "Health visiting": ("Health Visitor", "Safeguarding Nurse Advisor"),
    "School": ("Designated Safeguarding Person", "Deputy Head (DSP)", "Head of Year / DSP"),
    "Early Help": ("Family Support Worker", "Early Help Co-ordinator"),
    "Probation": ("Probation Officer", "Senior Probation Officer"),
    "Child and Adolescent Mental Health Services": ("CAMHS Practitioner", "Clinical Psychologist, CAMHS"),
    "Housing": ("Housing Officer", "Tenancy Support Officer"),
}
CATEGORIES = ("Neglect", "Emotional abuse", "Physical abuse", "Neglect and emotional abuse")
REASONS = (
    ("Registered in the last six months", "registered"),
    ("Removed from the register in the last six months", "removed"),
    ("Re-registered within 12 months of de-registration", "registered"),
    ("On the register for more than 12 months", "registered"),
)
WHY = ("Picked at random by the board's business unit from this quarter's register changes.",
       "Chosen because health and education disagreed at conference about the decision.",
       "Chosen for the quarter's theme: the child's voice in registration decisions.",
       "Three changes of social worker since the first conference; the group wanted to know the impact.")
ACTIONS = (
    ("Health visiting", "Health visitor and social worker to agree a joint visit schedule and record it on both systems.",
     ("Health visitor", "Health / SW")),
    ("School", "School to send attendance and welfare notes to the social worker every fortnight.",
     ("School DSP", "DSP")),
    ("Police", "PPU to confirm that notifications reach the allocated worker within 24 hours.",
     ("Police PPU", "DS, PPU")),
    (None, "Core group to review the plan so that each action has an owner and a timescale.",
     ("Core group chair", "Allocated social worker")),
    (None, "Share the learning from this audit with every agency's safeguarding lead.",
     ("Board business unit", "QA sub-group")),
    (None, "Record the child's own words at each core group and show how they changed the plan.",
     ("Allocated social worker", "Team Manager")),
)
NO_ACTIONS = ("No multi-agency actions needed – single-agency learning is for each agency to take forward.",
              "No further actions required at this time.",
              "The panel agreed no actions: the current plan already addresses the issues found.")
MODERATION_COMMENTS = (
    "I have read the agencies' returns and the panel's conclusions are fair.",
    "A clear, honest record – please make sure each agency receives its own feedback.",
    "Actions agreed; the business unit will track them on the QA action log.",
    "Good use of the child's own words throughout the record.",
)
CHANGE = ("Having read the returns I would put the overall judgement at {grade}.",
          "I do not agree with the panel – on balance I would judge this {grade}.")
REMARKS = ("HoS: agree.", "HoS: evidence supports this.", "HoS: please share with the agency's lead.",
           "HoS: discussed with the chair.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "urgent", "no_actions", "family", "lines_graded", "show_team", "show_service",
            "prefixed", "welsh")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["bold"] * 3 + ["struck"] * 3 + ["columns"] * 2 + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread([True] * 4 + [False] * 12),
        spread([True] * 3 + [False] * 13),
        spread([True] * 5 + [False] * 11),
        spread([True] * 8 + [False] * 8),
        spread([True] * 11 + [False] * 5),
        spread([True] * 9 + [False] * 7),
        spread([True] * 8 + [False] * 8),
        spread([True] * 7 + [False] * 9),
    )]
    # How the Head of Service moderates, on the forms moderated.
    styles = ["box_ink"] * 4 + ["box_black"] * 3 + ["inline"] * 3
    rng.shuffle(styles)
    for plan in plans:
        plan["mod_style"] = styles.pop() if plan["moderation"] and styles else None
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.75:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _person(rng: random.Random, avoid: set[str]) -> str:
    """An invented professional: no first name or surname shared with the
    family or with another representative."""
    while True:
        name = f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        first, surname = name.split()
        if all(first != other.split()[0] and surname != other.split()[-1] for other in avoid):
            avoid.add(name)
            return name


def _heavy_borders(grid) -> None:
    """Thick black outside borders, as a moderation box is drawn."""
    properties = grid._tbl.tblPr
    borders = properties.find(qn("w:tblBorders"))
    if borders is None:
        borders = properties.makeelement(qn("w:tblBorders"), {})
        later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")}
        following = next((child for child in properties if child.tag in later), None)
        if following is None:
            properties.append(borders)
        else:
            following.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    grading = plan["grading"]
    reversed_key = rng.random() < 0.45
    highlight = rng.random() < 0.5
    symbol = rng.choice(MARKS)
    child = sample.child
    first = child.first_name

    # The agencies round the table: social care and police always, a health
    # service and the school on most, then the sample's others.
    agencies = [SOCIAL_CARE, "Police", *sample.own[0].written]
    if not any(agency in HEALTH for agency in agencies):
        agencies.insert(2, "Health visiting")
    if "School" not in agencies and rng.random() < 0.7:
        agencies.insert(3, "School")
    agencies = list(dict.fromkeys(agencies))[:6]

    avoid = {*child.parents, child.full_name}
    representatives = {}
    for agency in agencies:
        if agency == SOCIAL_CARE:
            representatives[agency] = (sample.practitioner, rng.choice(ROLES[agency]))
        else:
            representatives[agency] = (_person(rng, avoid), rng.choice(ROLES[agency]))

    # What is graded: the review questions on some forms, each agency's contribution on all.
    area_grades = [section.grade for section in sample.sections]
    picked = rng.sample(LINES, len(area_grades))
    chosen_lines = [line for line in LINES if line in picked]
    line_sections = tuple(Section(name, grade, rng.choice(LINE_FINDINGS[grade]))
                          for (name, _), grade in zip(chosen_lines, area_grades))
    questions = dict(chosen_lines)
    offset = rng.randrange(len(area_grades))
    agency_sections = tuple(
        Section(agency, area_grades[(position + offset) % len(area_grades)],
                rng.choice(AGENCY_FINDINGS[area_grades[(position + offset) % len(area_grades)]]))
        for position, agency in enumerate(agencies))
    sections = (line_sections if plan["lines_graded"] else ()) + agency_sections
    overall = sample.grade

    moderator = head_of_service_over(next(member for member in STAFF if member.name == sample.auditor))
    moderation = None
    mod_style = None
    if plan["moderation"] and moderator is not None:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=f"'{WORDS[moderated]}'"))
        mod_style = plan["mod_style"] or "box_ink"
        remarks = {}
        if mod_style == "inline":
            remarks = {section.name: rng.choice(REMARKS) for section in rng.sample(sections, rng.randint(1, 2))}
        moderation = Moderation(moderator.name, signed, tuple(comments), remarks, moderated)

    # The household's other children, on five forms.
    household: list[tuple[str, date]] = []
    development = sample.development_areas
    others: list[str] = []
    if plan["family"]:
        household = [(name, born) for name, born in siblings(rng, child, rng.choice((1, 2, 2)), today)
                     if (today - born).days < 17 * 365] or siblings(rng, child, 1, today)[:1]
        others += [name for name, _ in household]
        if rng.random() < 0.6:
            development = (*development, mention(rng, SIBLING_SENTENCES, household[0][0]))

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice(owners), action.due)
        for (_, text, owners), action in zip(
            rng.sample([entry for entry in ACTIONS if entry[0] in (None, *agencies)], len(sample.actions)),
            sample.actions))
    urgent_detail = None
    if plan["urgent"]:
        urgent_detail = sample.urgent_concern_detail or rng.choice((
            f"Police hold two recent domestic abuse notifications that social care had not seen. The chair "
            f"raised it with the Team Manager during the panel and a strategy discussion for {first} is booked.",
            f"School reported that {first} has not attended for three weeks and no agency has seen {first}. "
            f"A welfare visit was arranged for the same afternoon."))
    reference = case_reference(rng, sample.case_id) if plan["prefixed"] else sample.case_id
    title = rng.choice(TITLES)
    sample = replace(sample, title=title, case_id=reference,
                     team=sample.team if plan["show_team"] else None,
                     service=sample.service if plan["show_service"] else None,
                     sections=sections, development_areas=development, actions=actions, moderation=moderation,
                     urgent_concern=plan["urgent"], urgent_concern_detail=urgent_detail,
                     own=(ToolField("agencies", "Agencies at the panel", tuple(agencies), list(agencies)),))

    # The document.
    document = new_document(rng, landscape=rng.random() < 0.25)
    council = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council, bold=True, colour=brand, size=9)
    else:
        paragraph(document, council, bold=True, colour=brand, size=11)
    paragraph(document, rng.choice(BOARDS), bold=True, size=10)
    if plan["welsh"]:
        paragraph(document, WELSH, bold=True, size=14, colour=brand)
    paragraph(document, title, bold=True, size=16, colour=rng.choice((brand, None)))
    paragraph(document, rng.choice((
        "Chair: complete during the panel and send to the business unit within five working days.",
        "One record per child. Each agency brings its own records audit to the panel.",
        "OFFICIAL – SENSITIVE")), italic=True, size=9)
    parts = iter(range(1, 12))

    def part(english: str) -> None:
        number = next(parts)
        prefix = f"Rhan {number} | Part {number}" if plan["welsh"] else f"Part {number}"
        brand_heading(document, f"{prefix} – {english}", brand)

    # Part 1: the child and the audit.
    part(rng.choice(("About the child and the audit", "Case details")))
    reason, status = rng.choice(REASONS)
    changed_on = sample.date - timedelta(days=rng.randint(30, 170) if reason != REASONS[3][0]
                                         else rng.randint(380, 600))
    also = [when(child.date_of_birth)]
    rows = [(rng.choice(("Date of panel", "Audit date", "Date of audit")), when(sample.date)),
            (rng.choice(("Chair / lead auditor", "Lead auditor (chair)", "Panel chair")),
             sample.auditor if rng.random() < 0.6 else f"{sample.auditor} (chair)"),
            (rng.choice(("Case reference", "Case ref", "Child's ref")), reference),
            (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
            (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth)),
            (rng.choice(("Register status", "Child protection register")),
             f"Registered {when(changed_on)} – {rng.choice(CATEGORIES)}" if status == "registered"
             else f"Removed from the register {when(changed_on)}"),
            (rng.choice(("Allocated social worker", "Social worker", "SW")), sample.practitioner)]
    if household:
        with_dob = rng.random() < 0.5
        written = [f"{name} (DOB {when(born)})" if with_dob else f"{name} ({(today - born).days // 365})"
                   for name, born in household]
        if with_dob:
            also += [when(born) for _, born in household]
        rows.append((rng.choice(("Other children in the household", "Brothers / sisters", "Siblings")),
                     ", ".join(written)))
    if plan["show_team"]:
        rows.append((rng.choice(("Team", "SW team")), sample.team))
    if plan["show_service"]:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    style = rng.choice(("table", "strip", "lines"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "strip":
        for start in range(0, len(rows), 4):
            chunk = rows[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (text, value) in enumerate(chunk):
                label(grid.cell(0, column), text, "DEEAF6")
                write(grid.cell(1, column), value)
            paragraph(document, "")
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}:", bold=True)
            run(line, f"\t{value}")
    paragraph(document, "")
    line = paragraph(document, rng.choice(("Why was this case chosen? ", "Reason for selection: ")), bold=True)
    if rng.random() < 0.5:
        for option, _ in REASONS:
            paragraph(document, f"{CHECKED_BOX if option == reason else UNCHECKED_BOX} {option}")
    else:
        run(line, reason + ".")
    paragraph(document, rng.choice(WHY))
    paragraph(document, "")

    # Grades, in this form's way.
    score = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1} if reversed_key
             else {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})

    def key_line() -> None:
        if grading == "key":
            paragraph(document, "Key: " + "   ".join(f"{score[grade]} = {WORDS[grade]}"
                                                     for grade in sorted(ORDER, key=score.get)), italic=True,
                      bold=True)
        elif grading == "struck":
            paragraph(document, "Strike through the grades that do not apply.", italic=True)
        elif grading == "bold":
            paragraph(document, "Embolden the grade agreed by the panel.", italic=True)

    def grade_in(target, grade: str, *, bold: bool = False) -> None:
        if grading == "typed":
            run(target, informal_grade(rng, grade, note_chance=0.2), bold=bold)
        elif grading == "key":
            run(target, str(score[grade]), bold=True)
        elif grading in ("bold", "struck"):
            for position, option in enumerate(ORDER):
                if position:
                    run(target, "  /  ")
                picked = option == grade
                run(target, WORDS[option], bold=picked and grading == "bold",
                    highlight=picked and grading == "bold" and highlight,
                    strike=not picked and grading == "struck")
        elif grading == "dropdown":
            content_dropdown(target._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                             alias=rng.choice(("Grade", "Rating")))
        else:
            run(target, informal_grade(rng, grade), bold=bold)

    def remark(name: str) -> str | None:
        return moderation.section_comments.get(name) if moderation else None

    def with_question(cell, name: str) -> None:
        write(cell, name, bold=True)
        if ask_questions:
            write(cell, questions[name], italic=True, size=8)

    ask_questions = rng.random() < 0.4

    # Part 2: the review questions.
    part(rng.choice(("The review questions", "Panel findings against the review questions")))
    if plan["lines_graded"]:
        key_line()
        columns = grading == "columns"
        headers = [rng.choice(("Review question", "Area")), rng.choice(("What the panel found", "Evidence"))]
        headers += [WORDS[option] for option in ORDER] if columns else [rng.choice(("Grade", "Panel grade"))]
        grid = table(document, len(line_sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], line_sections):
            with_question(row.cells[0], section.name)
            write(row.cells[1], section.comment)
            if remark(section.name):
                write(row.cells[1], remark(section.name), colour=ink, italic=True)
            if columns:
                mark(row.cells[2 + ORDER.index(section.grade)], symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade)
    else:
        paragraph(document, "The panel's findings on each question (not graded; see the agency ratings below).",
                  italic=True, size=9)
        for name, question in chosen_lines:
            paragraph(document, name, bold=True, colour=brand)
            if ask_questions:
                paragraph(document, question, italic=True, size=8)
            paragraph(document, rng.choice(LINE_FINDINGS[rng.choice((GOOD, REQUIRES_IMPROVEMENT))]))
    paragraph(document, "")

    # Part 3: each agency's contribution, rated.
    part(rng.choice(("Each agency's contribution", "Agency ratings")))
    if not plan["lines_graded"]:
        key_line()
    layout = "columns" if grading == "columns" else rng.choice(("rows", "strip", "blocks"))
    if layout == "columns":
        headers = ["Agency", rng.choice(("Represented by", "Panel member")), "Findings",
                   *(WORDS[option] for option in ORDER)]
        grid = table(document, len(agency_sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], agency_sections):
            name, role = representatives[section.name]
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], f"{name} ({role})")
            write(row.cells[2], section.comment)
            if remark(section.name):
                write(row.cells[2], remark(section.name), colour=ink, italic=True)
            mark(row.cells[3 + ORDER.index(section.grade)], symbol)
    elif layout == "rows":
        headers = ["Agency", rng.choice(("Represented by", "Name (role)")),
                   rng.choice(("What the agency's records showed", "Findings")),
                   rng.choice(("Rating", "Panel rating"))]
        grid = table(document, len(agency_sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], agency_sections):
            name, role = representatives[section.name]
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], f"{name}, {role}")
            write(row.cells[2], section.comment)
            if remark(section.name):
                write(row.cells[2], remark(section.name), colour=ink, italic=True)
            grade_in(row.cells[3].paragraphs[0], section.grade)
    elif layout == "strip":
        grid = table(document, 4, len(agency_sections) + 1)
        for row, text in zip(grid.rows, ("Agency", "Represented by", "Rating", "Comment")):
            label(row.cells[0], text, "D9D9D9")
        for column, section in enumerate(agency_sections, start=1):
            name, role = representatives[section.name]
            label(grid.cell(0, column), section.name, "EDEDED")
            write(grid.cell(1, column), f"{name} ({role})")
            grade_in(grid.cell(2, column).paragraphs[0], section.grade)
            write(grid.cell(3, column), section.comment)
            if remark(section.name):
                write(grid.cell(3, column), remark(section.name), colour=ink, italic=True)
    else:
        for position, section in enumerate(agency_sections, start=1):
            paragraph(document, f"{position}. {section.name}", bold=True, colour=brand)
            name, role = representatives[section.name]
            line = paragraph(document, "Represented by: ", bold=True)
            run(line, f"{name} ({role})")
            line = paragraph(document, rng.choice(("Findings: ", "What the records showed: ")), bold=True)
            run(line, section.comment)
            line = paragraph(document, rng.choice(("Rating: ", "Panel rating: ")), bold=True)
            grade_in(line, section.grade)
            if remark(section.name):
                paragraph(document, remark(section.name), colour=ink, italic=True)
    paragraph(document, "")

    # Part 4: the overall judgement.
    part(rng.choice(("Overall judgement", "Panel judgement")))
    overall_label = rng.choice(("Overall multi-agency judgement", "Panel's overall judgement on the partnership's "
                                "response", "OVERALL JUDGEMENT AGREED BY THE PANEL"))
    if grading == "columns":
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), overall_label, "E2EFDA")
        for position, option in enumerate(ORDER):
            label(grid.cell(0, position + 1), WORDS[option], "E2EFDA")
        write(grid.cell(1, 0), rng.choice(("Panel", "Agreed")))
        mark(grid.cell(1, 1 + ORDER.index(overall)), symbol)
    else:
        if grading == "key" and rng.random() < 0.5:
            overall_label += " (1–4)"
        line = paragraph(document, f"{overall_label}: ", bold=True)
        grade_in(line, overall, bold=True)
    if mod_style == "inline":
        if moderation.grade:
            line = paragraph(document, rng.choice(("HoS moderated judgement: ", "HoS: ")), bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    paragraph(document, "")

    # Part 5: what worked well / what needs to improve.
    part(rng.choice(("Learning", "What the panel learned")))
    headings = rng.choice((("What worked well", "What needs to improve"),
                           ("Strengths across the partnership", "Where we need to improve"),
                           ("What went well?", "Even better if…")))
    learning = rng.choice(("paragraphs", "numbered", "side"))
    if learning == "side":
        both = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(both.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(both.cell(1, column), item)
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}. {item}" if learning == "numbered" else item)
    paragraph(document, "")

    # Part 6: multi-agency actions.
    part(rng.choice(("Multi-agency actions", "Action plan")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Agency / lead", "Target date", "Done?"),
                              ("What needs to happen", "Who", "When")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for position, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{position}) {action.action} – {action.owner}, by {when(action.due)}")
    paragraph(document, "")

    # Part 7: the urgent question.
    part(rng.choice(("Immediate safety", "Urgent concerns")))
    question = rng.choice(("Did the panel find any child in this family unsafe today?",
                           "Is there an urgent safeguarding concern that must be escalated now?",
                           "Urgent safety concern identified?"))
    urgent = sample.urgent_concern
    answer = rng.choice(("typed", "ticks", "struck", "yn"))
    line = paragraph(document, f"{question} ", bold=True)
    if answer == "typed":
        run(line, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No.", "NO")))
    elif answer == "ticks":
        run(line, f"{CHECKED_BOX if urgent else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if urgent else CHECKED_BOX} No")
    elif answer == "struck":
        run(line, "Yes", strike=not urgent, bold=urgent)
        run(line, " / ")
        run(line, "No", strike=urgent, bold=not urgent)
    else:
        run(line, "Y / N:  ")
        run(line, "Y" if urgent else "N", bold=True)
    if urgent:
        detail = paragraph(document, rng.choice(("If yes, what was done: ", "Action taken: ")), bold=True)
        run(detail, sample.urgent_concern_detail)
    paragraph(document, "")

    # Part 8: the chair's sign-off.
    part("Sign-off")
    line = paragraph(document, rng.choice(("Chair: ", "Signed (lead auditor): ")), bold=True)
    run(line, sample.auditor)
    run(line, "\tDate: ", bold=True)
    run(line, when(sample.date))
    paragraph(document, rng.choice(("Record agreed by every agency at the panel.",
                                    "Copy to each agency's safeguarding lead.")), italic=True)
    paragraph(document, "")

    # Part 9: the Head of Service's moderation.
    _moderation(rng, document, sample, moderation, mod_style, ink, when, part)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _moderation(rng: random.Random, document, sample, moderation, style, ink: str, when, part) -> None:
    if style == "inline":
        return  # typed through the form under the overall judgement
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)"))
    if moderation is None:
        shown = rng.choice(("box", "awaiting", "none"))
        if shown == "none":
            return
        part(heading)
        if shown == "awaiting":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "Not yet moderated – due at the next QA meeting.")), italic=True)
            return
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Moderated judgement", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    part(heading)
    agree = "" if moderation.grade is None else (
        "Yes" if moderation.grade == sample.grade else "No – see comments")
    rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator),
            (rng.choice(("Date", "Date moderated")), when(moderation.date)),
            (rng.choice(("Do you agree with the panel's judgement?", "Agree with judgement?")), agree),
            (rng.choice(("Moderated judgement", "HoS judgement")),
             informal_grade(rng, moderation.grade) if moderation.grade else ""),
            (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments))]
    box = table(document, len(rows), 2)
    colour = ink if style == "box_ink" else None
    for row, (text, value) in zip(box.rows, rows):
        label(row.cells[0], text, "F2F2F2")
        if value:
            write(row.cells[1], value, colour=colour, bold=text == rows[3][0])
        if style == "box_black":
            shade(row.cells[1]._tc, "EDEDED")
    if style == "box_black":
        _heavy_borders(box)
