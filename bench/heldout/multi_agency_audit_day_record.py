"""Multi-agency audit day record: the record a regional safeguarding
board's quality and performance group keeps of one child's case audited
together on an audit day. Each partner agency (children's social care,
health, police, education and the others involved) audits its own records
first and sends someone to the day; the panel, chaired by the lead auditor,
hears each agency's findings, agrees a grade (for each agency's
contribution on one version of the template, for five key areas on the
other) and an overall multi-agency grade, writes up what worked well and
what needs to improve, agrees multi-agency actions with owners and dates,
answers the urgent safety question, and the chair signs the record off
before the Head of Service moderates it. One Word form per case.

Modelled on what is published about the West Glamorgan Safeguarding Board
(the regional board for Neath Port Talbot and Swansea), a Welsh board no
other family uses. Read as search excerpts:

- "West Glamorgan Safeguarding Boards Annual Report 2019 – 2020"
  (vdocument.in): the board's first annual report after Bridgend left the
  region in March 2019; its contents run from membership of the Regional
  Safeguarding Children Board through "Actions taken to achieve our
  outcomes", "How have we made a difference" and "Training & Learning" to
  "Board Members and Agency contribution"; a Junior Safeguarding Board.
- "West Glamorgan Safeguarding Board" presentation (docslib.org): a
  multi-agency forum bringing together representatives of each of the main
  agencies responsible for protecting children and adults; co-chaired by
  the two councils' Directors of Social Services, the health board's
  Director of Nursing and a South Wales Police superintendent; sub-groups
  including a Joint Quality and Performance Management Group and a Practice
  Review Management Group.
- Neath Port Talbot Council, "West Glamorgan Safeguarding Annual Report"
  agenda item (democracy.npt.gov.uk): the 2021/22 report; among the
  proposed strategic priorities "Learn from experience to improve how we
  work"; assurances received from all partners about their safeguarding
  duties.
- The Welsh Government's "Working Together to Safeguard People: Volume 1"
  guidance as quoted in a regional board's quality assurance terms of
  reference (paragraph 128: an important part of reviewing the
  effectiveness of safeguarding measures is "the findings of case audits
  undertaken on an inter-agency basis").

None of them shows an audit form or says how an audit day is recorded, so
the form is our own judgement. From the sources come only the board and
its quality and performance group as the owner of the record, the agencies
around the table (councils' social services, the health board, police,
schools and the others) and case audits done on an inter-agency basis.
Everything else is ours: details as a two-column table, a four-column grid
or tabbed lines (team off five files, service off seven; plain or prefixed
case references, labelled "WCCIS no." on some as a Welsh council's case
system might be; the child's address and parents on some; the other
children in the household named with ages or dates of birth on five, and
one of them named again in a sentence under what needs to improve on
some); why the case was chosen as ticked boxes or a sentence; who attended
as a table of agency, representative and role, as a printed list of
agencies with the ones present marked, or as lines; on eight files each
agency's contribution graded (a grid, or a block per agency) and on the
other eight the contributions as ungraded lines with five key areas graded
by the panel; grades typed informally, a number on a printed 1–4 key
(either way round), the chosen option emboldened (highlighted on some)
among the four, the others struck through, a mark under four grade columns,
or a Word drop-down; the overall grade agreed by the panel the same way;
what worked well and what needs to improve as two columns, bullets or
numbered lines; multi-agency actions (only for agencies at the table) as a table, numbered
lines or a "no actions" sentence (2); the urgent safety question typed, ticked, struck through or
Y / N (4 yes); the chair's sign-off; and the Head of Service's moderation
in a non-red ink, as a box (in ink or black), typed through the form
(remarks under some rows and a moderated grade under the overall one) or as
signed lines: 4 changing, 3 confirming, 3 comments only, and on the rest an
empty box, an "awaiting" note or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.tool_phrases import AGENCIES
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

FAMILY = "multi_agency_audit_day_record"
SEED = 10033
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SOCIAL_CARE = "Children's Social Care"

TITLES = ("Multi-Agency Audit Day – Record of Findings", "MULTI-AGENCY CASE AUDIT DAY RECORD",
          "Joint Case Audit Day: Panel Record", "Multi-agency Audit Day Record")
BOARDS = ("Northmoor Regional Safeguarding Children Board – Joint Quality and Performance Group",
          "Regional Safeguarding Board: Quality and Performance Management Group",
          "Northmoor Safeguarding Children Board – QA sub-group")
REASONS = ("Randomly selected from children with a care and support plan",
           "On the child protection register for more than 12 months",
           "Re-referred within 12 months of closure",
           "Fits this quarter's audit theme (neglect)",
           "Several agencies involved; raised by a partner")
WHY = ("Picked at random by the business unit from the list of open cases; all agencies involved were asked to audit "
       "their records for the last 12 months.",
       "Registration has lasted over a year without the plan changing much – the group wanted to know why.",
       "The case closed and came back within a year; the panel looked at what happened at closure.",
       "Chosen as one of four cases for the neglect theme agreed by the quality and performance group.",
       "A partner agency asked for the case to be looked at jointly because of drift in the plan.")
ROLES = {
    "Police": ("DC, Public Protection Unit", "DS, PPU", "Police Sergeant, MASH"),
    "Health visiting": ("Health Visitor", "Safeguarding Nurse Advisor", "Specialist Health Visitor"),
    "School": ("Designated Safeguarding Lead", "Head of Year / DSL", "Deputy Head (DSL)"),
    "Early Help": ("Family Support Worker", "Early Help Coordinator", "Team Around the Family Lead"),
    "Probation": ("Probation Officer", "Senior Probation Officer"),
    "Child and Adolescent Mental Health Services": ("CAMHS Practitioner", "Clinical Psychologist, CAMHS"),
    "Housing": ("Housing Officer", "Tenancy Support Officer"),
}
FINDINGS = {
    OUTSTANDING: ("Records show information shared the same day and the agency's own risk assessment updated straight "
                  "away.", "Exemplary: every meeting attended, views of the child recorded and acted on."),
    GOOD: ("Attended core groups and shared information promptly; some gaps in recording the child's views.",
           "Clear records of contact with the family and of referrals made; good working with the social worker."),
    REQUIRES_IMPROVEMENT: ("Information was held but not passed on until the review conference.",
                           "Attendance at meetings was patchy and the agency's actions on the plan were not tracked."),
    INADEQUATE: ("Concerns known to the agency were not shared and no referral was made.",
                 "No record of the plan on the agency's system; the worker did not know the child was registered."),
}
AREA_FINDINGS = {
    OUTSTANDING: "Strong across all agencies; an example to share at the practice forum.",
    GOOD: "Evident in most agencies' records, with small gaps.",
    REQUIRES_IMPROVEMENT: "Inconsistent across agencies and not yet making enough difference.",
    INADEQUATE: "Largely missing; the child's circumstances drifted.",
}
# Each multi-agency action: the agency it needs at the table (None: any
# case), its text, and the owners it is written against.
ACTIONS = (
    ("Health visiting", "Health visitor and social worker to agree a joint visit schedule and record it on both "
     "systems.", ("Health visitor", "Health visiting / SW")),
    ("School", "School to share attendance data with the social worker every fortnight.", ("School DSL", "DSL")),
    ("Police", "Police PPU to confirm notifications reach the allocated worker within 24 hours.",
     ("Police PPU", "DS, PPU")),
    (None, "Core group to review the plan so each action has an owner and a timescale.",
     ("Core group chair", "Allocated social worker")),
    (None, "Send the learning from this audit to all agencies' safeguarding leads.", ("Board business unit",)),
    (None, "Social worker to update the chronology with every agency's information from the audit day.",
     ("Allocated social worker", "Team Manager")),
)
NO_ACTIONS = ("No multi-agency actions arising – single-agency learning is for each agency to take forward.",
              "No further actions required at this time.",
              "None agreed: the panel found the plan already addresses the issues.")
MODERATION_COMMENTS = (
    "I have read the agencies' audit returns and the panel's conclusions are fair.",
    "A good, honest record – please make sure each agency gets its single-agency feedback.",
    "Actions agreed; business unit to track them on the QA action log.",
)
ABSENT_SCHOOL = "Please ask the school to attend the next audit day in person."
CHANGE = ("Having read the returns I would place the overall grade at {grade}.",
          "I do not agree with the panel's overall grade – on balance this is {grade}.")
REMARKS = ("HoS: agree.", "HoS: evidence supports this.", "HoS: please share this with the agency's lead.",
           "HoS: discussed with the chair.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "urgent", "no_actions", "family", "by_agency", "show_team", "show_service",
            "prefixed")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["bold"] * 3 + ["struck"] * 3 + ["columns"] * 2 + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread([True] * 4 + [False] * 12),
        spread([True] * 2 + [False] * 14),
        spread([True] * 5 + [False] * 11),
        spread([True] * 8 + [False] * 8),
        spread([True] * 11 + [False] * 5),
        spread([True] * 9 + [False] * 7),
        spread([True] * 8 + [False] * 8),
    )]
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.75:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _person(rng: random.Random, avoid: set[str]) -> str:
    """An invented partner-agency representative: no first name or surname
    shared with the family or with another representative."""
    while True:
        name = f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        first, surname = name.split()
        if all(first != other.split()[0] and surname != other.split()[-1] for other in avoid):
            avoid.add(name)
            return name


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

    # The agencies round the table: social care always, then the sample's, in
    # the order a printed list would show them when the form uses one.
    attendance = rng.choice(("table", "ticked", "lines"))
    agencies = list(dict.fromkeys((SOCIAL_CARE, *sample.own[0].written)))
    if attendance == "ticked":
        agencies = [agency for agency in AGENCIES if agency in agencies]

    # Who spoke for each agency: invented partners, the allocated social
    # worker for social care. They are professionals, named in the output as
    # the auditor and practitioner are, never the family's personal data.
    avoid = {*child.parents, child.full_name}
    representatives = {}
    for agency in agencies:
        if agency == SOCIAL_CARE:
            representatives[agency] = (sample.practitioner, rng.choice(("Allocated social worker", "SW")))
        else:
            representatives[agency] = (_person(rng, avoid), rng.choice(ROLES[agency]))
    others: list[str] = []

    # What is graded: each agency's contribution, or the five key areas.
    area_grades = [section.grade for section in sample.sections]
    if plan["by_agency"]:
        sections = tuple(Section(agency, area_grades[position % len(area_grades)],
                                 rng.choice(FINDINGS[area_grades[position % len(area_grades)]]))
                         for position, agency in enumerate(agencies))
    else:
        sections = tuple(Section(section.name, section.grade, AREA_FINDINGS[section.grade])
                         for section in sample.sections)
    overall = sample.grade

    moderator = head_of_service_over(next(member for member in STAFF if member.name == sample.auditor))
    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        if "School" not in agencies and rng.random() < 0.4:
            comments.append(ABSENT_SCHOOL)
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=WORDS[moderated].lower()))
        remarks = {section.name: rng.choice(REMARKS) for section in rng.sample(sections, rng.randint(0, 2))}
        moderation = Moderation(moderator.name, signed, tuple(comments), remarks, moderated)

    # The household's other children, on five forms.
    household: list[tuple[str, date]] = []
    development = sample.development_areas
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
            f"Police hold two recent domestic abuse notifications that social care had not seen. Chair raised it "
            f"with the Team Manager during the audit day and a strategy discussion for {first} is booked.",
            f"School reported {first} has been absent for three weeks and no one has seen {first}. "
            f"Welfare visit arranged for the same afternoon."))
    reference = case_reference(rng, sample.case_id) if plan["prefixed"] else sample.case_id
    changes = {
        "title": rng.choice(TITLES),
        "case_id": reference,
        "team": sample.team if plan["show_team"] else None,
        "service": sample.service if plan["show_service"] else None,
        "sections": sections,
        "development_areas": development,
        "actions": actions,
        "moderation": moderation,
        "urgent_concern": plan["urgent"],
        "urgent_concern_detail": urgent_detail,
        "own": (ToolField("agencies", "Agencies attending", tuple(agencies), list(agencies)),),
    }
    sample = replace(sample, **changes)

    # The document.
    document = new_document(rng)
    council = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council, bold=True, colour=brand, size=9)
    else:
        paragraph(document, council, bold=True, colour=brand, size=11)
    paragraph(document, rng.choice(BOARDS), bold=True, size=10)
    paragraph(document, sample.title, bold=True, size=16, colour=rng.choice((brand, None)))
    paragraph(document, rng.choice((
        "Chair: complete during the audit day and send to the business unit within five working days.",
        "One record per child. Each agency brings its completed single-agency audit to the day.",
        "OFFICIAL – SENSITIVE")), italic=True, size=9)
    number = iter(range(1, 12))

    # 1. The audit day and the child.
    brand_heading(document, f"{next(number)}. {rng.choice(('The audit day and the child', 'Case details'))}", brand)
    lead_label = rng.choice(("Lead auditor (chair)", "Chair / lead auditor", "Audit lead"))
    rows = [(rng.choice(("Date of audit day", "Audit day", "Date of audit")), when(sample.date)),
            (lead_label, sample.auditor if rng.random() < 0.6 else f"{sample.auditor} (chair)"),
            (rng.choice(("Case reference", "Case ref", "WCCIS no.", "Child's ref")), reference),
            (rng.choice(("Child's name", "Name of child", "Child")), child.full_name),
            (rng.choice(("Date of birth", "DOB")), when(child.date_of_birth))]
    also = [when(child.date_of_birth)]
    if rng.random() < 0.4:
        rows.append((rng.choice(("Address", "Home address")), ", ".join((*child.address_lines, child.postcode))))
    if rng.random() < 0.5:
        rows.append((rng.choice(("Parents / carers", "Parent(s)")), ", ".join(child.parents)))
    if household:
        with_dob = rng.random() < 0.4
        written = [f"{name} (DOB {when(born)})" if with_dob else f"{name} ({(today - born).days // 365})"
                   for name, born in household]
        if with_dob:
            also += [when(born) for _, born in household]
        rows.append((rng.choice(("Other children in the household", "Brothers / sisters", "Siblings (age)")),
                     ", ".join(written)))
    rows.append((rng.choice(("Allocated social worker", "Social worker", "SW")), sample.practitioner))
    if plan["show_team"]:
        rows.append((rng.choice(("Team", "SW team")), sample.team))
    if plan["show_service"]:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    style = rng.choice(("table", "grid", "tabs"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "DEEAF6")
            write(cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}:", bold=True)
            run(line, f"\t{value}")
    paragraph(document, "")
    line = paragraph(document, rng.choice(("Why was this case chosen?", "Reason for selection")), bold=True)
    chosen = rng.randrange(len(REASONS))
    if rng.random() < 0.5:
        for position, reason in enumerate(REASONS):
            paragraph(document, f"{CHECKED_BOX if position == chosen else UNCHECKED_BOX} {reason}")
    else:
        run(line, " ")
        run(line, REASONS[chosen] + ".")
    paragraph(document, WHY[chosen])
    paragraph(document, "")

    # 2. Who attended.
    brand_heading(document, f"{next(number)}. {rng.choice(('Agencies attending', 'Who attended the audit day'))}",
                  brand)
    if attendance == "table":
        headers = ["Agency", rng.choice(("Represented by", "Name")), "Role",
                   rng.choice(("Single-agency audit returned?", "Audit tool returned"))]
        grid = table(document, len(agencies) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for row, agency in zip(grid.rows[1:], agencies):
            name, role = representatives[agency]
            for cell, value in zip(row.cells, (agency, name, role, rng.choice(("Yes", "Yes", "Y", "Late – on the day")))):
                write(cell, value)
    elif attendance == "ticked":
        paragraph(document, "Mark each agency that attended and name its representative.", italic=True, size=9)
        grid = table(document, len(AGENCIES) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("", "Agency", "Representative (role)")):
            label(cell, text, "E7E6E6")
        box = rng.choice((CHECKED_BOX, "X", "\u2713"))
        for row, agency in zip(grid.rows[1:], AGENCIES):
            present = agency in representatives
            write(row.cells[0], box if present else (UNCHECKED_BOX if box == CHECKED_BOX else ""))
            write(row.cells[1], agency)
            if present:
                name, role = representatives[agency]
                write(row.cells[2], f"{name} ({role})")
    else:
        for agency in agencies:
            name, role = representatives[agency]
            line = paragraph(document, f"{agency}: ", bold=True)
            run(line, f"{name}, {role}")
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
            paragraph(document, "Grade: delete (strike through) the grades that do not apply.", italic=True)
        elif grading == "bold":
            paragraph(document, "Grade: embolden the grade agreed by the panel.", italic=True)

    def grade_in(line, grade: str, *, bold: bool = False) -> None:
        if grading == "typed":
            run(line, informal_grade(rng, grade, note_chance=0.2), bold=bold)
        elif grading == "key":
            run(line, str(score[grade]), bold=True)
        elif grading in ("bold", "struck"):
            for position, option in enumerate(ORDER):
                if position:
                    run(line, "  /  ")
                picked = option == grade
                run(line, WORDS[option], bold=picked and grading == "bold",
                    highlight=picked and grading == "bold" and highlight,
                    strike=not picked and grading == "struck")
        elif grading == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids,
                             alias=rng.choice(("Grade", "Panel grade")))
        else:
            run(line, informal_grade(rng, grade), bold=bold)

    def remark_text(section) -> str | None:
        return moderation.section_comments.get(section.name) if moderation else None

    def graded_grid(first_header: str, finding_header: str, extra=None) -> None:
        columns = grading == "columns"
        headers = [first_header] + ([extra[0]] if extra else []) + [finding_header]
        headers += [WORDS[option] for option in ORDER] if columns else [rng.choice(("Grade", "Panel grade"))]
        grid = table(document, len(sections) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        offset = 2 + (1 if extra else 0)
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            if extra:
                write(row.cells[1], extra[1](section))
            write(row.cells[offset - 1], section.comment)
            if remark_text(section):
                write(row.cells[offset - 1], remark_text(section), colour=ink, italic=True)
            if columns:
                mark(row.cells[offset + ORDER.index(section.grade)], symbol)
            else:
                grade_in(row.cells[offset].paragraphs[0], section.grade)

    def graded_blocks(part: int) -> None:
        for position, section in enumerate(sections, start=1):
            paragraph(document, f"{part}.{position} {section.name}", bold=True, colour=brand)
            if plan["by_agency"]:
                name, role = representatives[section.name]
                line = paragraph(document, "Represented by: ", bold=True)
                run(line, f"{name} ({role})")
            line = paragraph(document, rng.choice(("Findings: ", "What the panel found: ")), bold=True)
            run(line, section.comment)
            line = paragraph(document, rng.choice(("Grade: ", "Panel grade: ")), bold=True)
            grade_in(line, section.grade)
            if remark_text(section):
                paragraph(document, remark_text(section), colour=ink, italic=True)

    # 3. Each agency's contribution (graded), or contributions then key areas.
    part = next(number)
    blocks = grading != "columns" and rng.random() < 0.45
    if plan["by_agency"]:
        brand_heading(document, f"{part}. {rng.choice(('Each agency’s contribution', 'Agency findings and grades'))}",
                      brand)
        key_line()
        if blocks:
            graded_blocks(part)
        else:
            graded_grid("Agency", rng.choice(("What the agency's records and discussion showed", "Findings")))
    else:
        brand_heading(document, f"{part}. {rng.choice(('What each agency brought', 'Agency contributions'))}", brand)
        paragraph(document, "Summary of each agency's single-agency audit as presented on the day (not graded).",
                  italic=True, size=9)
        for agency in agencies:
            line = paragraph(document, f"\u2022 {agency}: ", bold=True)
            run(line, rng.choice(FINDINGS[rng.choice((GOOD, GOOD, REQUIRES_IMPROVEMENT))]))
        paragraph(document, "")
        part = next(number)
        brand_heading(document, f"{part}. {rng.choice(('Key areas – panel judgement', 'Key lines of enquiry'))}",
                      brand)
        key_line()
        if blocks:
            graded_blocks(part)
        else:
            graded_grid(rng.choice(("Key area", "Area")), rng.choice(("Panel's findings", "Evidence")))
    paragraph(document, "")

    # 4. Overall grade.
    brand_heading(document, f"{next(number)}. {rng.choice(('Overall grade', 'Panel judgement'))}", brand)
    overall_label = rng.choice(("Overall multi-agency grade agreed by the panel", "Overall grade for the partnership's "
                                "work with this child", "OVERALL GRADE (PANEL)"))
    inline = moderation is not None and rng.random() < 0.4
    if grading == "columns":
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), overall_label, "E2EFDA")
        for position, option in enumerate(ORDER):
            label(grid.cell(0, position + 1), WORDS[option], "E2EFDA")
        write(grid.cell(1, 0), rng.choice(("Panel", "Agreed grade")))
        mark(grid.cell(1, 1 + ORDER.index(overall)), symbol)
    else:
        if grading == "key" and rng.random() < 0.5:
            overall_label += " (1–4)"
        line = paragraph(document, f"{overall_label}: ", bold=True)
        grade_in(line, overall, bold=True)
    if inline:
        if moderation.grade:
            line = paragraph(document, rng.choice(("Moderated grade (HoS): ", "HoS grade: ")), bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
    paragraph(document, "")

    # 5. What worked well / what needs to improve.
    brand_heading(document, f"{next(number)}. {rng.choice(('Learning from the day', 'Findings'))}", brand)
    learning = rng.choice(("columns", "bullets", "numbered"))
    headings = rng.choice((("What worked well", "What needs to improve"),
                           ("Working well across agencies", "Needs to be better"),
                           ("Good practice identified", "Areas for development")))
    if learning == "columns":
        both = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(both.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(both.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for position, item in enumerate(items, start=1):
                paragraph(document, f"{position}. {item}" if learning == "numbered" else f"\u2022 {item}")
    paragraph(document, "")

    # 6. Multi-agency actions.
    brand_heading(document, f"{next(number)}. {rng.choice(('Multi-agency actions', 'Action plan'))}", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Owner", "By when"), ("Action", "Agency / owner", "Due", "Completed?"),
                              ("What needs to happen", "Who", "Target date", "Update")))
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

    # 7. The urgent question.
    brand_heading(document, f"{next(number)}. {rng.choice(('Immediate safety', 'Urgent concerns'))}", brand)
    question = rng.choice(("Did the panel identify any urgent concern about the child's safety?",
                           "Is there an immediate safeguarding concern that needs escalating today?",
                           "Urgent safety concern identified?"))
    urgent = sample.urgent_concern
    style = rng.choice(("typed", "ticks", "struck", "yn"))
    line = paragraph(document, f"{question} ", bold=True)
    if style == "typed":
        run(line, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No.", "NO")))
    elif style == "ticks":
        run(line, f"{CHECKED_BOX if urgent else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if urgent else CHECKED_BOX} No")
    elif style == "struck":
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

    # 8. The chair's sign-off.
    brand_heading(document, f"{next(number)}. Sign-off", brand)
    line = paragraph(document, rng.choice(("Chair: ", "Signed (lead auditor): ")), bold=True)
    run(line, sample.auditor)
    run(line, "\tDate: ", bold=True)
    run(line, when(sample.date))
    paragraph(document, rng.choice(("Record agreed by all agencies present before the close of the day.",
                                    "Copy to each agency's safeguarding lead.")), italic=True)
    paragraph(document, "")

    # 9. The Head of Service's moderation.
    _moderation(rng, document, sample, moderation, inline, brand, ink, when, number)
    data = finish_docx(document, sample.title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _moderation(rng: random.Random, document, sample, moderation, inline: bool, brand: str, ink: str, when,
                number) -> None:
    if inline:
        return  # typed through the form under the overall grade
    if moderation is None:
        style = rng.choice(("box", "awaiting", "none"))
        if style == "none":
            return
        brand_heading(document, f"{next(number)}. Head of Service moderation", brand)
        if style == "awaiting":
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                            "Not yet moderated – due at the next QA meeting.")), italic=True)
            return
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        return
    brand_heading(document, f"{next(number)}. {rng.choice(('Head of Service moderation', 'Moderation (HoS)'))}",
                  brand)
    agree = "" if moderation.grade is None else ("Yes" if moderation.grade == sample.grade else "No – see comments")
    rows = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator),
            (rng.choice(("Date", "Date moderated")), when(moderation.date)),
            (rng.choice(("Do you agree with the panel's grade?", "Agree with grade?")), agree),
            (rng.choice(("Moderated grade", "HoS grade")),
             informal_grade(rng, moderation.grade) if moderation.grade else ""),
            (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments))]
    if rng.random() < 0.55:
        box_ink = ink if rng.random() < 0.6 else None
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            if value:
                write(row.cells[1], value, colour=box_ink, bold=text == rows[3][0])
    else:
        for text, value in rows:
            if not value:
                continue
            line = paragraph(document, f"{text}: ", bold=True)
            for position, part in enumerate(value.split("\n")):
                if position:
                    line = paragraph(document)
                run(line, part, colour=ink)
