"""Supervision practice audit: a practice manager's or practice lead's audit
of the supervision one practitioner receives, read from the supervision
records on the practitioner's file. About the audit (supervisee and their
role, supervisor, team, service, auditor, date, the period looked at), the
sessions sampled one to a row, the council's standards of supervision each
with the evidence and a grade, the overall grade, what is working well and
what the auditor is worried about, what needs to happen (with who and by
when, or a sentence saying nothing further is needed), the question
whether the records show a child whose safety needs action now, and the
Head of Service's moderation.

Modelled on Northamptonshire Children's Trust's "Supervision Policy and
Procedure" (chapter 1.1.7 of its children's social care procedures,
substantially updated August 2021: supervision underpinned by Signs of
Safety, its recording templates built on Signs of Safety principles,
reflective practice, the best interests of the child at the heart of the
process, the quality of the service and the practitioner's support and
development among its purposes) and the Trust's "Supervision Practice and
Service Standards" (effective October 2016, reviewed 2018, 2020 and 2021).
Neither publishes an audit form, so the layout is our judgement: the
standards become graded areas, the Signs of Safety questions ("what is
working well", "what are we worried about", "what needs to happen") head
the findings and actions. What varies: the details as a two-column table,
a four-column table or labelled lines; the sessions sampled as a table or
a list; each area's grade typed informally, as a number on a printed
1–4 key, highlighted among the four, the others struck through, or marked
under four grade columns; dates in one person's spelling per file; actions
as a table, as lines, or a "no further actions" sentence; the urgent
question as Yes / No typed, ticked boxes or a struck-through option; the
Head of Service's moderation typed in a colour in a box or as a paragraph
after the sign-off. A child named in a case discussion is personal data.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples
from bot.samples.wording import GRADES

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
    table,
    write,
)

FAMILY = "supervision_practice_audit"
SEED = 6971
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = dict(zip(GRADE_ORDER, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
NUMBERS = dict(zip(GRADE_ORDER, ("1", "2", "3", "4")))

# The council's supervision standards, in the order the template prints them.
AREAS = (
    ("Frequency and regularity of supervision", "Supervision happens at least monthly, as agreed"),
    ("Reflective discussion and analysis", "Cases are mapped and hypotheses explored, not only tasks listed"),
    ("Case direction and decisions recorded", "Decisions and their reasons are clear and on the child's record"),
    ("Wellbeing, workload and support", "Caseload, stress and safety are discussed and acted on"),
    ("Learning and professional development", "Training, appraisal targets and registration are reviewed"),
)
EVIDENCE = {
    0: ("Three sessions in the period, all within the monthly standard and recorded within five working days.",
        "One session cancelled for sickness and not rebooked until five weeks later.",
        "Gap of seven weeks between the second and third sessions; no record of why.",
        "Dates agreed in advance in the supervision agreement and kept to."),
    1: ("Two case discussions use the mapping headings and show the worker's own analysis.",
        "Mostly a list of tasks; little sign of the worker being asked what they think is happening.",
        "Reflection recorded for the most complex case only.",
        "Good use of scaling questions; hypotheses revisited at the following session."),
    2: ("Each case discussed ends with actions, names and timescales; copied to the child's record.",
        "Actions agreed but the rationale for the decision to step down is not written up.",
        "Timescales missing in two of the case actions.",
        "Clear direction on the pre-proceedings case, with a contingency recorded."),
    3: ("Caseload numbers and complexity discussed at every session; a case reallocated.",
        "Wellbeing section left blank on two of the three records.",
        "Caseload of 24 noted twice with no action recorded.",
        "Worker's annual leave and TOIL reviewed; support offered after a difficult court hearing."),
    4: ("Training on exploitation booked following the last appraisal.",
        "No reference to learning needs or to the appraisal objectives.",
        "Worker's wish to shadow a court skills day noted but not followed up.",
        "Social Work England renewal checked; CPD log discussed."),
}
STRENGTHS = (
    "Supervision is regular and the records are typed up promptly.",
    "The supervisor knows the children on the caseload well and gives clear direction.",
    "The worker's voice is visible: they bring their own agenda items.",
    "Support after a difficult visit was given the same day and recorded.",
    "Good use of the mapping framework in case discussions.",
)
WORRIES = (
    "Reflection is not always written down, only the actions agreed.",
    "Reasons for key decisions are not transferred to the children's records.",
    "Learning and development is rarely discussed.",
    "Wellbeing is not recorded consistently.",
    "Case actions have no timescales in some sessions.",
)
ACTIONS = (
    "Use the reflective case discussion template for every case discussed.",
    "Copy the rationale for decisions to each child's record within 5 working days.",
    "Agree a learning plan at the next session and review it quarterly.",
    "Add a standing wellbeing item to the supervision agenda.",
    "Re-audit the supervision file in three months.",
)
NO_ACTIONS = ("No further actions – supervision meets the standards.",
              "No actions arising from this audit.",
              "Nothing further required; findings shared with the supervisor and supervisee.")
HOS_COMMENTS = (
    "I have read the supervision records sampled and discussed the audit with the auditor.",
    "The evidence supports the findings on reflection; the wellbeing section needs more weight.",
    "Please ensure the re-audit is booked with the QA team.",
    "A fair audit. The supervisor should take the learning to the practice managers' forum.",
    "The gap in sessions is explained by the supervisor's leave, which should have been covered.",
)
URGENT = (
    "The record of the {date} session notes a disclosure by {name} that was not followed by a strategy "
    "discussion. Referred to the Team Manager the same day.",
    "Case discussion about {name} records a new partner in the household with no checks done. Raised "
    "with the supervisor and the Head of Service on the day of the audit.",
)
NOT_URGENT = ("No", "No – none identified", "No.", "None found")
CASE_MENTIONS = (
    "The discussion about {name}'s return home is a good example of analysis.",
    "Plan for {name} was revised in supervision after the school's concerns.",
)
ROLES = ("Social Worker", "Senior Social Worker", "Advanced Practitioner", "Family Support Worker",
         "ASYE Social Worker", "Family Practitioner")
LEADS = ("Hannah Greenhalgh", "Marcus Oyelaran", "Fiona Tressider", "Gareth Pugh")
SESSION_KINDS = ("One-to-one", "1:1 supervision", "Case supervision", "Formal supervision")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    verdicts = (["urgent"] * 2 + ["comments"] * 2 + ["change"] * 3 + ["agree"] * 2
                + ["plain"] * (count - 9))[:count]
    rng.shuffle(verdicts)
    layouts = [index % 3 for index in range(count)]
    rng.shuffle(layouts)
    grading = [("word", "number", "highlight", "strike", "columns")[index % 5] for index in range(count)]
    rng.shuffle(grading)
    return [_form(rng, index, sample, today, verdicts[index], layouts[index], grading[index])
            for index, sample in enumerate(samples)]


def _member(name: str):
    return next(member for member in STAFF if member.name == name)


def _neighbour(rng: random.Random, grade: str) -> str:
    position = GRADES.index(grade)
    choices = [GRADES[step] for step in (position - 1, position + 1) if 0 <= step < len(GRADES)]
    return rng.choice(choices)


def _grade_cell(rng: random.Random, cell, grade: str, style: str, brand: str) -> None:
    if style == "word":
        write(cell, informal_grade(rng, grade, note_chance=0.15))
    elif style == "number":
        write(cell, rng.choice((NUMBERS[grade], NUMBERS[grade], f"{NUMBERS[grade]}.")), bold=True)
    else:
        line = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        for position, option in enumerate(GRADE_ORDER):
            if position:
                run(line, " / ")
            if style == "highlight":
                run(line, WORDS[option], bold=option == grade, highlight=option == grade)
            else:
                run(line, WORDS[option], strike=option != grade)


def _grade_line(rng: random.Random, document, text: str, grade: str, style: str) -> None:
    line = paragraph(document, f"{text}: ", bold=True)
    if style == "word" or style == "columns":
        run(line, informal_grade(rng, grade))
    elif style == "number":
        run(line, NUMBERS[grade])
    else:
        for position, option in enumerate(GRADE_ORDER):
            if position:
                run(line, "  /  ")
            if style == "highlight":
                run(line, WORDS[option], highlight=option == grade, bold=option == grade)
            else:
                run(line, WORDS[option], strike=option != grade)


def _border(cell, colour: str) -> None:
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "12")
        edge.set(qn("w:color"), colour)
        borders.append(edge)
    cell._tc.get_or_add_tcPr().append(borders)


def _form(rng: random.Random, index: int, sample, today: date, verdict: str, layout: int,
          style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    own = {item.key: item for item in sample.own}
    supervisor = _member(own["supervisor"].expected)
    head = head_of_service_over(supervisor)
    sessions = own["session_dates"].written
    others: list[str] = []

    # Who audits: another practice manager, a practice lead, or (plain files) the Head of Service.
    peers = [member for member in STAFF if member.role == supervisor.role and member.name != supervisor.name]
    who = rng.random()
    if verdict == "plain" and who < 0.3:
        auditor, auditor_role = sample.auditor, "Head of Service"
    elif who < 0.65:
        auditor, auditor_role = rng.choice(peers).name, "Practice Manager"
    else:
        auditor, auditor_role = rng.choice(LEADS), rng.choice(("Practice Lead", "Principal Social Worker",
                                                               "QA Practice Lead"))
    changes: dict = {"auditor": auditor}

    # The areas carry the template's names, the sample's grades.
    # Each area's evidence tuple holds two positive findings (first and fourth) and two weaker ones.
    evidence = [rng.choice((EVIDENCE[position][0], EVIDENCE[position][3]) if section.grade in (OUTSTANDING, GOOD)
                           else (EVIDENCE[position][1], EVIDENCE[position][2]))
                for position, section in enumerate(sample.sections)]
    mentioned = None
    if rng.random() < 0.25:
        mentioned = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        evidence[1] += " " + rng.choice(CASE_MENTIONS).format(name=mentioned.split()[0])
        others.append(mentioned)
    changes["sections"] = tuple(replace(section, name=area[0], comment=text)
                                for section, area, text in zip(sample.sections, AREAS, evidence))

    show_period = rng.random() < 0.7
    fields = [own["supervisor"], own["session_dates"]]
    if show_period:
        fields.insert(1, own["period_covered"])
    changes["own"] = tuple(fields)
    show_service = rng.random() < 0.75
    if not show_service:
        changes["service"] = None
    changes["strengths"] = tuple(rng.sample(STRENGTHS, len(sample.strengths)))
    changes["development_areas"] = tuple(rng.sample(WORRIES, len(sample.development_areas)))
    if rng.random() < 0.2:
        changes["actions"] = ()
    else:
        owners = (supervisor.name, sample.practitioner, f"{supervisor.name} (supervisor)", auditor)
        changes["actions"] = tuple(SampleAction(text, rng.choice(owners), action.due)
                                   for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    urgent_text = None
    if verdict == "urgent":
        child = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        others.append(child)
        urgent_text = rng.choice(URGENT).format(name=child.split()[0], date=when(sessions[-1]))
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = urgent_text
    if verdict in ("comments", "change", "agree"):
        moderated = {"agree": sample.grade, "change": _neighbour(rng, sample.grade), "comments": None}[verdict]
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        changes["moderation"] = Moderation(head.name, signed, tuple(rng.sample(HOS_COMMENTS, rng.randint(1, 2))),
                                           grade=moderated)
    sample = replace(sample, **changes)

    # --- the document -------------------------------------------------------------------
    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, rng.choice((COUNCIL, council_line(rng))), bold=True, colour=brand)
    run(header, rng.choice(("\tOFFICIAL – SENSITIVE", "\tConfidential – staff", "")))
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision audit template v{rng.choice(('2.0', '2.1', '3'))} – Quality Assurance", size=8)
    title = rng.choice(("Supervision Audit", "Audit of Supervision Practice", "Supervision File Audit",
                        "Quality of Supervision – Audit Record"))
    brand_heading(document, title, brand, size=16)
    if rng.random() < 0.6:
        paragraph(document, rng.choice((
            "To be completed from the supervision records on the practitioner's file. Audit at least three "
            "consecutive sessions.",
            "Read the last three supervision records and the case discussions recorded on children's files.")),
            italic=True, size=9)

    supervisee = rng.choice((sample.practitioner, f"{sample.practitioner} ({rng.choice(ROLES)})"))
    rows = [
        (rng.choice(("Supervisee", "Practitioner (supervisee)", "Name of supervisee")), supervisee),
        (rng.choice(("Supervisor", "Supervising manager")), supervisor.name),
        ("Team", sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Auditor", "Audited by", "Name of auditor")),
         rng.choice((auditor, f"{auditor}, {auditor_role}"))),
        (rng.choice(("Date of audit", "Audit completed on", "Date")), when(sample.date)),
    ]
    if show_period:
        rows.append((rng.choice(("Period covered", "Supervision period reviewed")), own["period_covered"].written))
    if layout == 0:
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif layout == 1:
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "F2F2F2")
            write(cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part 1: the sessions looked at.
    brand_heading(document, rng.choice(("Part 1 – Supervision records sampled", "1. Sessions audited",
                                        "Supervision sessions looked at")), brand)
    if rng.random() < 0.6:
        grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Type", "Recorded within 5 days?",
                                                   "Signed by both?")):
            label(cell, text, "DEEAF6")
        for row, day in zip(grid.rows[1:], sessions):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(SESSION_KINDS))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No", "Y")))
            write(row.cells[3], rng.choice(("Yes", "Yes", "No – supervisee", "Y")))
    else:
        paragraph(document, "Sessions audited: " + ", ".join(when(day) for day in sessions))
    document.add_paragraph()

    # Part 2: the standards.
    brand_heading(document, rng.choice(("Part 2 – Standards of supervision", "2. Quality of supervision",
                                        "Supervision standards")), brand)
    if style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(AREAS) + 1, 6)
        headers = ("Standard", "Evidence", *(text for _, text in columns))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, section, area in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], area[1], italic=True, size=8)
            write(row.cells[1], section.comment)
            for position, (grade, _) in enumerate(columns):
                if grade == section.grade:
                    mark(row.cells[2 + position], symbol)
    elif rng.random() < 0.5:
        grid = table(document, len(AREAS) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Standard", "Evidence from the records", "Grade")):
            label(cell, text, "DEEAF6")
        for number, (row, section, area) in enumerate(zip(grid.rows[1:], sample.sections, AREAS), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[0], area[1], italic=True, size=8)
            write(row.cells[1], section.comment)
            _grade_cell(rng, row.cells[2], section.grade, style, brand)
    else:
        for number, (section, area) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"2.{number} {section.name}", bold=True, colour=brand)
            paragraph(document, area[1], italic=True, size=9)
            box = table(document, 2, 2)
            label(box.cell(0, 0), "Evidence", "F2F2F2")
            write(box.cell(0, 1), section.comment)
            label(box.cell(1, 0), "Grade", "F2F2F2")
            _grade_cell(rng, box.cell(1, 1), section.grade, style, brand)
    document.add_paragraph()
    _grade_line(rng, document, rng.choice(("Overall grade for the quality of supervision", "Overall judgement",
                                           "Overall rating")), sample.grade, style)
    document.add_paragraph()

    # Part 3: findings, Signs of Safety headings.
    brand_heading(document, rng.choice(("Part 3 – Findings", "3. Summary", "What we found")), brand)
    headings = rng.choice((("What is working well?", "What are we worried about?"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Worries / areas to develop")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), headings[0], "E2EFD9")
        label(grid.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(grid.cell(1, 0), item)
        for item in sample.development_areas:
            write(grid.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for text, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, text, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Part 4: what needs to happen.
    brand_heading(document, rng.choice(("Part 4 – What needs to happen", "4. Actions", "Actions agreed")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "By whom", "Timescale"),
                              ("Action", "Responsible", "Target date", "Completed")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"{number}. {action.action} ")
            run(line, f"Who: {action.owner}. By: {when(action.due)}.", italic=True)
    document.add_paragraph()

    # Part 5: the urgent question.
    question = rng.choice(("Did the audit find any child whose safety needs action now?",
                           "Immediate safeguarding concern identified in the records?",
                           "Is there an urgent concern about a child's safety?"))
    answer_style = rng.choice(("typed", "boxes", "strike"))
    line = paragraph(document, f"{question} ", bold=True)
    urgent = sample.urgent_concern
    if answer_style == "typed":
        run(line, "Yes" if urgent else rng.choice(NOT_URGENT))
    elif answer_style == "boxes":
        ticked, empty = "\u2612", "\u2610"
        run(line, f"{ticked if urgent else empty} Yes   {empty if urgent else ticked} No")
    else:
        run(line, "Yes", strike=not urgent)
        run(line, " / ")
        run(line, "No", strike=urgent)
    if urgent_text:
        paragraph(document, f"Details and action taken: {urgent_text}")
    document.add_paragraph()

    # Sign-off and moderation.
    sign = paragraph(document, "Auditor signature: ", bold=True)
    run(sign, f"{auditor}    ")
    run(sign, "Date: ", bold=True)
    run(sign, when(sample.date))
    moderation = sample.moderation
    if rng.random() < 0.5:
        box = table(document, 4, 2)
        brand_label = rng.choice(("Head of Service moderation", "Moderation (Head of Service)"))
        for row, text in zip(box.rows, (brand_label, "Date", "Moderated grade", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                agreed = moderation.grade == sample.grade
                write(box.cell(2, 1), f"{rng.choice(('Agree', 'Agreed')) if agreed else 'Changed to'} – "
                                      f"{informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
            _border(box.cell(3, 1), ink)
        elif rng.random() < 0.5:
            write(box.cell(3, 1), "Not selected for moderation this month.", italic=True)
    elif moderation:
        paragraph(document, "Head of Service moderation", bold=True, colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            verdict_line = ("I agree with the overall grade of " if moderation.grade == sample.grade
                            else "Having read the records I would change the overall grade to ")
            paragraph(document, f"{verdict_line}{informal_grade(rng, moderation.grade)}.", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink)

    data = finish_docx(document, title, sample.date, auditor)
    return held_out(FAMILY, index + 1, sample, data, "docx", others=tuple(others))
