"""IRO case review audit: a manager's audit of the case of one child in care,
read the way an independent reviewing officer (IRO) reads a child's care
plan. The auditor records the child and the review cycle (legal status,
placement, last review, midway check, next review, who came to the last
review, brothers and sisters and where they live), a short checklist of
what should be on file before a review, whether the IRO has raised a
concern about the plan since the last review (informal resolution, a
practice alert or the dispute resolution process), then grades seven
areas of the child's care plan with the evidence for each, gives the
overall grade, what the child says about their care, what is working well
and what needs to improve, the actions, the immediate-safety question and,
on some, the Head of Service's moderation.

Modelled on the IRO Handbook, the Department for Children, Schools and
Families' statutory guidance "IRO Handbook: Statutory guidance for
independent reviewing officers and local authorities on their functions in
relation to case management and review for looked after children" (March
2010, ref. DCSF-00184-2010; in force from April 2011), as far as it was
read: its contents page (copy at
pdfslide.us/documents/iro-handbook-those-with-whom-they-work-for-example-social-workers-other-childrenas.html)
lists, under "IRO responsibilities in the care planning and review
process", the care plan, planning and preparing the review meeting, "The
review: a child centred meeting", "Issues to consider at the review"
(statutory requirements, safeguarding, the child's developmental needs,
permanence planning, issues in relation to adoption), the review record,
decisions and recommendations, and "Monitoring the case on an ongoing
basis"; the Department's page "Independent reviewing officers (IROs)"
(education.gov.uk, 2013) says the IRO's primary focus is to quality assure
the care planning process for each child and to make sure the child's
current wishes and feelings are given full consideration; BASW's page on
the Handbook says it also guides local authorities on their strategic and
managerial responsibilities for an effective IRO service; and the
Handbook's paragraph 6.1, as a council's guidance quotes it (docest.com,
"Problem Resolution and Dispute Resolution Guidance and Process for the
IRO"), says the IRO first tries to resolve a problem in a child's care
planning informally with the social worker or their managers, records that
on the child's file, and considers formal action if it is not resolved in
a timescale that suits the child (its paragraph 6.2, quoted in other
councils' procedures, asks each authority for a formal dispute resolution
process of no more than 20 working days in all). A summary of the
Handbook's duties on local authorities on niromp.org, a site for IRO
managers ("Facilitating an effective IRO Service"; the organisation's full
name was not read), adds that the care plan, the personal education plan
and the health plan must be with the IRO at least three days before the
review meeting and that the authority must have a dispute resolution
process. (A search for NAIRO found only an American association of
independent review organisations in health insurance, unrelated; no IRO
service's own audit form was found.)

None of these shows an audit form, so the layout is our own judgement: a
manager's case file audit of a child in care read through the Handbook's
headings; the title and the council's header line; the child and the
review cycle (legal status, placement, carer, looked after since, social
worker, team left blank on three, service shown on some, the IRO, last
review, midway check, next review, auditor, audit date; plain or prefixed
case reference) as a two-column panel, two pairs to a row or tabbed
"Label: value" lines; who came to the last review, with the carer and
sometimes the parents named; brothers and sisters with where each lives;
a Yes / No / N/A checklist of what should be ready before a review (one
line after the three-day rule above); the question whether the IRO has
raised a concern since the last review (informal resolution, practice
alert or dispute resolution); seven areas of the care plan, named after
the Handbook's headings in our own words, each with a prompt, as one grid,
as numbered blocks or as a grid with four grade columns; grades typed
informally, a number on a printed 1-4 key (best or worst first), the
chosen word bold or highlighted among the four printed, the others struck
through, a mark under the four columns or a Word drop-down; the overall
grade the same way; what the child says about their care in a box; the
question whether the child's and family's views were sought for the audit
where the sample asks it; what is working well and what needs to improve
as two columns, bullets or numbered lines; actions as a table with an
empty RAG or "Done?" column, arrowed lines or a "no actions" sentence
(three files); the same-day safety question in words, tick boxes or with
the wrong answer struck through (three answered yes); and the Head of
Service's moderation in a non-red ink, as a heavy-bordered box or signed
lines, with remarks under some areas (three changing the grade, three
confirming it, two comments only), or an empty box, an "awaiting" note or
nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import CASE_FILE_AUDIT, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import ADULT_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import MODERATION_REMARKS, MODERATION_SECTION_REMARKS, URGENT_CONCERNS, fill

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
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
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "iro_case_review_audit"
SEED = 9994

# The council's areas of the child's care plan, in the order of the
# sample's areas (bot/samples/phrases.py TOOL_SECTIONS), each with the
# prompt printed under it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's wishes and feelings",
         "Does the plan show what the child wants and how much weight it was given?"),
        ("Assessment of the child's needs",
         "Is there a current assessment of health, education, identity and emotional needs?"),
        ("Care plan and permanence",
         "Is there a permanence plan by the second review, and is it moving in the child's timescale?"),
        ("Management oversight between reviews",
         "Are the manager's decisions since the last review recorded, with reasons?"),
        ("Health and education",
         "Are the health assessment and the PEP in date and do they feed the plan?"),
        ("Statutory visits and recording",
         "Is the child visited in timescale and is the record up to date?"),
        ("Progress since the last review",
         "Have the last review's decisions been carried out, and what is better for the child?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Participation in the review",
         "Was the child helped to take part in their review in the way they chose?"),
        ("Language of the plan and review record",
         "Is the plan written to the child, in words they would recognise?"),
        ("Management oversight and the IRO's monitoring",
         "Is there evidence of the manager's and the IRO's oversight between reviews?"),
        ("The child's wishes and feelings",
         "Does the plan show what the child wants and how much weight it was given?"),
        ("Relationships with the child, parents and carers",
         "Does the worker know the child, and are parents and carers kept involved?"),
        ("Identity, history and family network",
         "Is the child's story, culture and wider family understood and kept alive?"),
        ("Care plan, placement plan and permanence",
         "Does the placement plan match the care plan, and is permanence progressing?"),
    ),
}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
# How each file writes its grades; "columns" is a mark under four grade columns.
STYLES = ("columns",) * 3 + ("informal",) * 3 + ("key", "key", "bold", "bold", "highlight", "highlight",
                                                   "strike", "strike", "dropdown", "dropdown")
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "IRO Manager",
         "head_of_service": "Head of Service", "assistant_director": "Assistant Director",
         "director": "Director of Children's Services", "early_help_manager": "Early Help Manager"}
IROS = tuple(member.name for member in STAFF if member.team == "Safeguarding Unit" and member.role == "practitioner")
PLACEMENTS = ("In-house foster care", "Independent fostering agency", "Children's home (out of area)",
              "Connected person (kinship) carer", "Foster care – long term match")
CHECKLIST = (
    "Care plan updated since the last review",
    "Care plan, PEP and health plan with the IRO 3 working days before the review",
    "Health assessment in date",
    "Child visited within statutory timescales",
    "Review decisions recorded and shared with the child",
)
IRO_CONCERN_QUESTION = ("Has the IRO raised a concern about the plan since the last review (informal "
                        "resolution, practice alert or dispute resolution)?")
IRO_CONCERN_ANSWERS = ("No", "None recorded", "N/A – no concerns raised")
IRO_CONCERN_RAISED = ("Yes – informal resolution with the team manager; resolved",
                      "Yes – practice alert raised, response received within 5 working days",
                      "Yes – informal resolution; the IRO is still waiting for the updated plan")
URGENT_QUESTIONS = (
    "Is there an immediate concern for the child's safety that must be raised with the Head of Service today?",
    "Does anything found in this audit mean the child may not be safe now?",
    "Immediate safeguarding concern identified?",
)
FEEDBACK_QUESTIONS = (
    "Were the child's and family's views sought as part of this audit?",
    "Did you ask the child and family for their views for this audit?",
)
CHILD_SAYS = (
    "{child} told the IRO they like living with {carer} and want to stay until they are 18.",
    "{child} says they feel safe with {carer} but would like to see their mum more often.",
    "{child} did not want to attend the review; their views were shared through the advocate.",
    "{child} said they want their social worker to stop changing and to be told about decisions sooner.",
)
SIBLING_NOTES = (
    " Family time with {name} is weekly and the record says how it went for both children.",
    " The plan does not say how {name}'s contact will continue after the move.",
    " {name}'s views about living apart are not recorded.",
)
NO_ACTIONS = ("No further actions required at this time.", "No actions – the plan agreed at the last review "
              "addresses what was found.", "None – findings discussed with the social worker.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "For moderation.", "")
CONFIRMS = ("Agree with the auditor's grade of {grade}.", "Grade confirmed: {grade}.")
CHANGES = ("Moderated grade: {grade}.", "I have changed the overall grade to {grade}.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(count * 2, seed=SEED, today=today, feedback_question=True)
    chosen = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT][:count]
    styles = list(STYLES)
    while len(styles) < len(chosen):
        styles.append(rng.choice(STYLES))
    rng.shuffle(styles)
    # Three files answer the safety question yes: the one the sample has and
    # others graded lowest.
    urgent = {index for index, sample in enumerate(chosen) if sample.urgent_concern}
    for index in sorted(range(len(chosen)), key=lambda i: ORDER.index(chosen[i].grade), reverse=True):
        if len(urgent) >= 3:
            break
        urgent.add(index)
    # Two more files moderated with comments only, where a Head of Service is
    # over the auditor.
    comments_only = [index for index, sample in enumerate(chosen) if not sample.moderation
                     and _moderator(sample.auditor) and index not in urgent][:2]
    # Two files with actions lose them: the form then says there are none.
    with_actions = [index for index, sample in enumerate(chosen) if sample.actions and index not in urgent
                    and index not in comments_only]
    no_actions = set(rng.sample(with_actions, min(2, len(with_actions))))
    blank_team = set(rng.sample(range(len(chosen)), 3))
    forms = []
    for index, sample in enumerate(chosen):
        forms.append(_form(rng, index, sample, today, styles[index], urgent=index in urgent,
                           comments_only=index in comments_only, no_actions=index in no_actions,
                           blank_team=index in blank_team))
    return forms


def _moderator(auditor: str) -> str | None:
    member = next((person for person in STAFF if person.name == auditor), None)
    if member is None or member.role not in ("practice_manager", "safeguarding_practice_manager"):
        return None
    head = head_of_service_over(member)
    return head.name if head else None


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _legal_status(rng: random.Random, sample, age: int) -> str:
    if sample.team == "Care Leavers Team" and age >= 16:
        return rng.choice(("Accommodated (s.20) – relevant child", "Care Order (s.31) – pathway plan"))
    if sample.service == "Assessment and Child Protection":
        return rng.choice(("Interim Care Order (s.38)", "Accommodated (s.20) – in proceedings"))
    if sample.service == "Children with Disabilities":
        return rng.choice(("Accommodated (s.20)", "Care Order (s.31)"))
    if age < 8:
        return rng.choice(("Care Order (s.31)", "Placement Order (s.21)"))
    return rng.choice(("Care Order (s.31)", "Accommodated (s.20)", "Care Order (s.31) – long-term foster care"))


def _carer(rng: random.Random, child) -> str:
    parents = {name.split()[0] for name in child.parents}
    first = rng.choice([name for name in ADULT_FIRST_NAMES if name not in parents])
    taken = {child.surname, *(name.split()[-1] for name in child.parents)}
    surname = rng.choice([name for name in FAMILY_SURNAMES if name not in taken])
    return f"{first} {surname}"


def _key_number(grade: str, best_first: bool) -> int:
    index = ORDER.index(grade)
    return index + 1 if best_first else 4 - index


def _grade(rng: random.Random, line, grade: str, style: str, *, best_first: bool, ids: ControlIds,
           colour: str | None = None) -> None:
    """Write `grade` into the paragraph `line` in the file's style."""
    if style in ("informal", "columns"):
        run(line, informal_grade(rng, grade, note_chance=0.2), colour=colour, bold=bool(colour))
    elif style == "key":
        number = _key_number(grade, best_first)
        text = str(number) if rng.random() < 0.6 else f"{number} ({informal_grade(rng, grade)})"
        run(line, text, colour=colour, bold=bool(colour))
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Grade",
                         colour=colour)
    else:
        for number, option in enumerate(ORDER):
            if number:
                run(line, "  /  " if style != "strike" else "   ", colour=colour)
            chosen = option == grade
            run(line, WORDS[option], colour=colour,
                bold=chosen and style == "bold",
                highlight=chosen and style == "highlight",
                strike=not chosen and style == "strike")


def _print_key(document, rng: random.Random, best_first: bool, brand: str) -> None:
    numbers = [(_key_number(option, best_first), WORDS[option]) for option in ORDER]
    numbers.sort()
    if rng.random() < 0.5:
        key = table(document, 1, 4)
        for cell, (number, word) in zip(key.rows[0].cells, numbers):
            write(cell, f"{number} = {word}", bold=True)
            shade(cell._tc, "F2F2F2")
    else:
        paragraph(document, "Grading key:  " + "    ".join(f"{number} – {word}" for number, word in numbers),
                  bold=True, colour=brand)


def _heavy_border(grid) -> None:
    """Give a table a thick outside border, as a box drawn round a section."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    # Schema order: the borders come before shading, layout, margins and look.
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _yes_no(rng: random.Random, line, answer: bool, how: str) -> None:
    if how == "boxes":
        run(line, f"{CHECKED_BOX if answer else UNCHECKED_BOX} Yes   {UNCHECKED_BOX if answer else CHECKED_BOX} No")
    elif how == "struck":
        run(line, "Yes", strike=not answer)
        run(line, " / ")
        run(line, "No", strike=answer)
    else:
        run(line, rng.choice(("Yes", "YES", "Yes.")) if answer else rng.choice(("No", "NO", "No.")))


def _form(rng: random.Random, index: int, sample, today: date, style: str, *, urgent: bool,
          comments_only: bool, no_actions: bool, blank_team: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    best_first = rng.random() < 0.6
    layout = "columns" if style == "columns" else rng.choice(("grid", "blocks"))
    child = sample.child
    first = child.first_name
    age = max(0, (today - child.date_of_birth).days // 365)
    household = siblings(rng, child, rng.randint(0, 3), today)
    carer = _carer(rng, child)
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    renamed = dict(zip(old_names, (name for name, _ in areas)))
    sections = [Section(renamed[section.name], section.grade, section.comment) for section in sample.sections]
    if household and rng.random() < 0.6:
        spot = rng.randrange(len(sections))
        note = rng.choice(SIBLING_NOTES).format(name=household[0][0].split()[0])
        sections[spot] = replace(sections[spot], comment=sections[spot].comment + note)
    changes: dict = {"sections": tuple(sections)}
    if rng.random() < 0.65:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if blank_team:
        changes["team"] = None
    show_service = rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    if urgent and not sample.urgent_concern:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(rng.choice(URGENT_CONCERNS), first)
    if no_actions:
        changes["actions"] = ()
    if comments_only:
        remarked = rng.sample(list(sample.sections), rng.randint(1, 2))
        changes["moderation"] = Moderation(
            moderator=_moderator(sample.auditor),
            date=min(today, sample.date + timedelta(days=rng.randint(3, 9))),
            comments=(rng.choice(MODERATION_REMARKS),),
            section_comments={section.name: rng.choice(MODERATION_SECTION_REMARKS) for section in remarked},
            grade=None,
        )
    original_grade = sample.grade
    status = _legal_status(rng, sample, age)
    sample = replace(sample, **changes)
    moderation = sample.moderation
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    iro = rng.choice(IROS)
    lower = ORDER.index(sample.grade) >= 2
    if status.startswith("Interim"):
        became = sample.date - timedelta(days=rng.randint(60, 250))
    else:
        became = sample.date - timedelta(days=rng.randint(200, 1400))
    became = max(became, child.date_of_birth + timedelta(days=14))
    last_review = sample.date - timedelta(days=rng.randint(20, 150))
    midway = last_review + timedelta(days=rng.randint(40, 80))
    if midway < sample.date:
        midway_text = rng.choice((when(midway), f"Held {when(midway)}")) if rng.random() < 0.75 else "Not held"
    else:
        midway_text = rng.choice((f"Due {when(midway)}", "Not yet due"))
    next_review = last_review + timedelta(days=rng.choice((182, 183, 180)))
    others = [name for name, _ in household] + [carer]

    document = new_document(rng, landscape=layout == "columns" and rng.random() < 0.7)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tConfidential when completed", "")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Child in care case review audit – {rng.choice(('v2', 'version 3', 'rev. 2025'))}", size=8)
    title = rng.choice(("Child in Care Case Review Audit", "Children in Care: Care Plan Review Audit",
                        "Case Review Audit – Child in Care (IRO Handbook areas)"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Read the care plan, the last review record and the record since. Grade each area of the care "
        "plan and give the evidence. Talk to the IRO and the social worker before you finish.",
        "This audit looks at the child's plan the way the IRO does at review: is it the right plan, is it "
        "happening in the child's timescale, and does it reflect what the child wants?")), italic=True)

    # Part A: the child and the review cycle.
    brand_heading(document, rng.choice(("A. The child and the review cycle", "Part 1 – Child and review details")),
                  brand)
    details = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (rng.choice(("Case ref", "LCS number", "Child ID")), sample.case_id),
        ("Legal status", status),
        ("Placement", rng.choice(PLACEMENTS)),
        (rng.choice(("Carer", "Carer(s)")), carer),
        (rng.choice(("Date became looked after", "Looked after since")), when(became)),
        (rng.choice(("Social worker", "Allocated SW")), sample.practitioner),
        ("Team", sample.team or ""),
    ]
    if sample.service:
        details.append(("Service", sample.service))
    details += [
        ("IRO", iro),
        (rng.choice(("Last review", "Date of last CLA review")), when(last_review)),
        (rng.choice(("Midway check", "IRO midway review")),
         midway_text),
        ("Next review due", when(next_review)),
        (rng.choice(("Auditor", "Audited by")),
         sample.auditor + (f" ({_role(sample.auditor)})" if _role(sample.auditor) and rng.random() < 0.6 else "")),
        (rng.choice(("Date of audit", "Audit completed")), when(sample.date)),
    ]
    panel = rng.choice(("two", "four", "lines"))
    if panel == "two":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif panel == "four":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for number, (name, value) in enumerate(details):
            cells = grid.rows[number // 2].cells
            label(cells[(number % 2) * 2], name, "F2F2F2")
            write(cells[(number % 2) * 2 + 1], value)
    else:
        for name, value in details:
            line = paragraph(document, f"{name}:\t", bold=True)
            run(line, value)
    document.add_paragraph()
    present = [first, carer, sample.practitioner, *child.parents[: rng.randint(0, len(child.parents))]]
    line = paragraph(document, rng.choice(("Who came to the last review: ", "Present at last review: ")), bold=True)
    run(line, ", ".join(present) + f"; chaired by {iro}")
    family = paragraph(document, rng.choice(("Brothers and sisters: ", "Siblings (where living): ")), bold=True)
    if household:
        where = ("placed together", "with mother", "in another foster home", "adopted", "with grandparents")
        run(family, "; ".join(f"{name} ({rng.choice(where)})" for name, _ in household))
    else:
        run(family, rng.choice(("None", "none known", "N/A – only child")))
    document.add_paragraph()

    # Part B: the checklist and the IRO's concern.
    brand_heading(document, rng.choice(("B. Before the review", "Part 2 – Statutory requirements")), brand)
    check = table(document, len(CHECKLIST) + 1, 4)
    for cell, text in zip(check.rows[0].cells, ("", "Yes", "No", "N/A")):
        label(cell, text, "D9D9D9")
    for row, item in zip(check.rows[1:], CHECKLIST):
        write(row.cells[0], item)
        answer = rng.choices((1, 2, 3), weights=(5, 4, 1) if lower else (8, 1, 1))[0]
        write(row.cells[answer], rng.choice(("X", "\u2713", "Y")) if answer != 3 else "N/A")
    document.add_paragraph()
    concern = paragraph(document, IRO_CONCERN_QUESTION + "  ", bold=True)
    raised = lower and rng.random() < 0.5
    run(concern, rng.choice(IRO_CONCERN_RAISED if raised else IRO_CONCERN_ANSWERS))
    document.add_paragraph()

    # Part C: the areas of the care plan.
    brand_heading(document, rng.choice(("C. Areas of the care plan", "Part 3 – Quality of the care plan")), brand)
    if style == "key":
        _print_key(document, rng, best_first, brand)
    elif style in ("bold", "highlight", "strike"):
        paragraph(document, rng.choice(("Show your grade by " + {"bold": "putting it in bold.",
                                                                  "highlight": "highlighting it.",
                                                                  "strike": "deleting (striking through) the others."}[style],
                                        "Select one grade for each area.")), italic=True, size=8)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    if layout == "columns":
        heads = ("No.", rng.choice(("Area of the care plan", "Area")), rng.choice(("Evidence", "What the file shows")),
                 *(text for _, text in columns))
        body = table(document, len(sample.sections) + 1, len(heads))
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "D9D9D9")
        for number, ((_, prompt), section) in enumerate(zip(areas, sample.sections), start=1):
            cells = body.rows[number].cells
            write(cells[0], str(number))
            write(cells[1], section.name, bold=True)
            write(cells[1], prompt, italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"HoS: {remarks[section.name]}", colour=ink)
            for column, (grade, _) in enumerate(columns, start=3):
                if grade == section.grade:
                    mark(cells[column], symbol)
    elif layout == "grid":
        heads = rng.choice((("", "Area of the care plan", "Evidence from the record", "Grade"),
                            ("No.", "Area", "Evidence and analysis", "Grade")))
        body = table(document, len(sample.sections) + 1, 4)
        for cell, text in zip(body.rows[0].cells, heads):
            label(cell, text, "D9D9D9")
        for number, ((_, prompt), section) in enumerate(zip(areas, sample.sections), start=1):
            cells = body.rows[number].cells
            write(cells[0], str(number))
            write(cells[1], section.name, bold=True)
            write(cells[1], prompt, italic=True, size=8)
            write(cells[2], section.comment)
            if section.name in remarks:
                write(cells[2], f"HoS: {remarks[section.name]}", colour=ink)
            _grade(rng, cells[3].paragraphs[0], section.grade, style, best_first=best_first, ids=ids)
    else:
        for number, ((_, prompt), section) in enumerate(zip(areas, sample.sections), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True)
            box = table(document, 1, 1)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"Head of Service: {remarks[section.name]}", colour=ink)
            line = paragraph(document, rng.choice(("Grade: ", "Grade for this area: ")), bold=True)
            _grade(rng, line, section.grade, style, best_first=best_first, ids=ids)
            document.add_paragraph()
    document.add_paragraph()

    # Part D: overall grade, the child's views, what works and what must improve.
    brand_heading(document, rng.choice(("D. Overall", "Part 4 – Overall grade and summary")), brand)
    overall_label = rng.choice(("Overall grade", "Overall grade for the child's care planning",
                                "Overall judgement"))
    if layout == "columns":
        paragraph(document, overall_label, bold=True)
        strip = table(document, 2, 4)
        for cell, (_, text) in zip(strip.rows[0].cells, columns):
            label(cell, text, "D9D9D9")
        for cell, (grade, _) in zip(strip.rows[1].cells, columns):
            if grade == original_grade:
                mark(cell, symbol)
    else:
        line = paragraph(document, overall_label + ": ", bold=True)
        _grade(rng, line, original_grade, style, best_first=best_first, ids=ids)
    document.add_paragraph()
    paragraph(document, rng.choice((f"What {first} says about their care", "The child's views about their care "
                                    "(from the record and the IRO's consultation)")), bold=True)
    said = table(document, 1, 1)
    write(said.cell(0, 0), rng.choice(CHILD_SAYS).format(child=first, carer=carer.split()[0]))
    document.add_paragraph()
    if sample.feedback_sought is not None:
        asked = paragraph(document, rng.choice(FEEDBACK_QUESTIONS) + "  ", bold=True)
        _yes_no(rng, asked, sample.feedback_sought, rng.choice(("words", "boxes", "struck")))
        document.add_paragraph()
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for development"),
                           (f"What is working well for {first}?", "What are we worried about?")))
    summary = rng.choice(("columns", "bullets", "numbers"))
    if summary == "columns":
        pair = table(document, 2, 2)
        label(pair.cell(0, 0), headings[0], "E2EFD9")
        label(pair.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(pair.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(pair.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"\u2022 {item}" if summary == "bullets" else f"{number}. {item}")
    document.add_paragraph()

    # Part E: actions.
    brand_heading(document, rng.choice(("E. Actions", "Part 5 – Actions (by who, by when)")), brand)
    if sample.actions:
        if rng.random() < 0.6:
            heads = rng.choice((("Action", "By whom", "By when", "RAG"), ("Action", "Who", "Timescale", "Done?")))
            grid = table(document, len(sample.actions) + 1, 4)
            for cell, text in zip(grid.rows[0].cells, heads):
                label(cell, text, "DEEAF6")
            for row, action in zip(grid.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for action in sample.actions:
                paragraph(document, f"\u2192 {action.action} ({action.owner}, by {when(action.due)})")
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # Part F: immediate safety.
    brand_heading(document, rng.choice(("F. Immediate safety", "Part 6 – Safety today")), brand)
    safe = paragraph(document, rng.choice(URGENT_QUESTIONS) + "  ", bold=True)
    _yes_no(rng, safe, sample.urgent_concern, rng.choice(("words", "boxes", "struck")))
    if sample.urgent_concern:
        paragraph(document, rng.choice(("If yes, what has been done: ", "Details: ")), bold=True)
        paragraph(document, sample.urgent_concern_detail)
    document.add_paragraph()

    # Part G: Head of Service moderation.
    shape = rng.choice(("box", "lines"))
    if moderation or rng.random() < 0.6:
        brand_heading(document, rng.choice(("G. Head of Service moderation", "Part 7 – Moderation")), brand)
    if moderation and shape == "lines":
        paragraph(document, f"Moderated by {moderation.moderator} (Head of Service), {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            template = CONFIRMS if moderation.grade == original_grade else CHANGES
            paragraph(document, rng.choice(template).format(grade=informal_grade(rng, moderation.grade)),
                      colour=ink, bold=True)
        else:
            paragraph(document, rng.choice(("Comments only – I have not re-graded this audit.",
                                            "Comments only; not re-graded.")), colour=ink)
    elif moderation:
        box = table(document, 5, 2)
        _heavy_border(box)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Agree with the overall grade?",
                                        "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            write(box.cell(2, 1), "Agree" if moderation.grade == original_grade else "Disagree", colour=ink)
            _grade(rng, box.cell(3, 1).paragraphs[0], moderation.grade, style, best_first=best_first, ids=ids,
                   colour=ink)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
    elif shape == "box":
        box = table(document, 3, 2)
        _heavy_border(box)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        note = rng.choice(NOT_MODERATED)
        if note:
            write(box.cell(2, 1), note, italic=True)
    else:
        note = rng.choice(NOT_MODERATED)
        if note:
            paragraph(document, note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=(when(child.date_of_birth),))
