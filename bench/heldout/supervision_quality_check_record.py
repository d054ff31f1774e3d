"""Supervision quality check record: a Head of Service's check of the
quality of the safeguarding supervision one practitioner receives, read from
the supervision records on the worker's file. Who was supervised and by
whom, the supervision agreement, the sessions read with their dates, five
standards each with the findings and a rating, an overall rating, what is
working well and what could be better, actions (or a sentence saying none
are needed), whether the check found a child whose safety needs action
now, the checker's sign-off (with the supervisor's response on some) and a
second Head of Service's moderation.

Modelled on what Public Health Wales publishes about safeguarding children
supervision, an NHS body in Wales not yet used (no family, council layout
or row of bench/README.md names it; Community Foster Care, an independent
fostering agency whose procedures manual has a "Supervision, Support and
Training of Staff and Foster Carers" chapter, was also free, and every
children's trust the search found – Northamptonshire, Doncaster, Sandwell,
Slough, Achieving for Children, Together for Children, Birmingham – is
already named). Read as search excerpts only:

- "All Wales Safeguarding Children Supervision Strategy 2014" (Public
  Health Wales; developed by the All Wales Named Nurses Forum for the
  Safeguarding Children NHS Network, final version January 2014,
  studylib.net/doc/9574155): its contents (what safeguarding supervision
  is, objectives, principles, roles and responsibilities, the function of
  supervision, types of supervision, a safeguarding children supervision
  framework, quality assurance, and appendices with an example
  safeguarding supervision agreement and an example peer review agreement)
  and its introduction (protecting children from harm needs sound
  professional judgements; the work can be demanding and distressing, so
  staff must have a systematic framework to review their work;
  safeguarding supervision offers a formal process of professional support
  and learning).
- Public Health Wales's "Safeguarding Children Supervision Procedure"
  (PHW03/TP02, version 1, 6 January 2012, by the Named Nurse Safeguarding
  Children, paperzz.com/doc/7112707): its purpose (that all staff,
  including agency staff and volunteers, understand their entitlement to
  supervision after taking part in safeguarding children processes) and
  its contents, which include sections on recording and documentation and
  on audit.

Neither excerpt shows an audit form or says what an audit of supervision
checks, so the layout is our own judgement of a form a children's services
QA team would use; only the supervision agreement check (after the
strategy's example agreement), a "peer review" session type and the
headings "safeguarding supervision" and "quality check" follow the
sources. The council is the sample builder's Northmoor, not Public Health
Wales. Our judgement: lettered parts A to H under a shaded title band,
the council's line in a brand colour (red among them) or in the page
header; the people as a two-column table, a "Role / Name / Job title"
table with team and service on a line below, or tabbed "Label:" lines
(team off three files, service off four, the period off three, the
checker's role in the same cell on some); the supervision agreement as a
short Yes / No / Partly list; the sessions read as a log table, a grid
with the sessions across the top or one line; on six files one case
followed from supervision to the child's record, with a plain or prefixed
case reference and the other children in the family named; five
standards as a two-column table (the standard and its prompt beside the
findings, the rating in the findings cell), one grid, or headed
paragraphs; ratings typed informally (a note after some), a number on a
printed 1-4 key either way round, highlighted or emboldened among the
four, the others struck through, four tick boxes with one crossed, a
mark under four columns headed in words or "O / G / RI / I" with a key,
or a Word drop-down; the overall rating the same way; findings as
paragraphs, numbered points or a table a row an item; actions as a
table, "Action n:" lines or a "no actions" sentence (3); the
safety question typed, in tick boxes, the other answer struck through or
Y / N (3 yes, naming a child); the moderating Head of Service typed in a
non-red ink in a labelled box, through the form (a remark under one
standard, a line under the overall rating, a signed note) or in black in
a heavy-bordered shaded box (4 changing, 3 confirming, 3 comments only),
or an empty box, an "awaiting" note or no section on the rest.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import (
    CHILD_FIRST_NAMES,
    EARLY_HELP_MANAGER,
    FAMILY_SURNAMES,
    HEAD_OF_SERVICE,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

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

FAMILY = "supervision_quality_check_record"
SEED = 10041

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The five standards, in the order of the sample's areas, each with the
# prompt the checker reads against.
STANDARDS = (
    ("Supervision agreement and frequency",
     "Is supervision happening as often as the agreement says, and are cancelled sessions rebooked?"),
    ("Reflection and analysis of risk",
     "Do the records show the worker helped to think about what is happening for the child and why?"),
    ("Focus on the child and case direction",
     "Is each child discussed given a clear direction, with who will do what by when?"),
    ("Recording of decisions and rationale",
     "Are decisions and the reasons for them written up and copied to the child's record?"),
    ("Support, challenge and the worker's wellbeing",
     "Is the emotional impact of the work noticed, and is practice challenged where it needs to be?"),
)
TITLES = ("Safeguarding Supervision – Record Quality Check", "Supervision Quality Check Record",
          "Quality Check of Safeguarding Supervision Records")
INTROS = (
    "Read the last three supervision records on the worker's file and the supervision agreement. This is a "
    "check of the quality of supervision, not only whether it happened.",
    "Safeguarding supervision is a formal process of support and learning. Use this record to check it is "
    "giving the worker space to reflect and clear direction for each child.",
    "One check per supervisee. Where possible follow one case discussion through to the child's record.",
)
OVERALL_LABELS = ("Overall rating of the supervision this worker receives", "Overall quality of supervision",
                  "Overall judgement")
AGREEMENT_QUESTIONS = ("Signed supervision agreement on file?", "Agreement sets out frequency and type?",
                       "Agreement reviewed in the last 12 months?")
TRACKED_NOTES = (
    "The direction recorded for {name} in supervision was carried out: the visit and the school meeting are on "
    "the child's record.",
    "{name}'s case was discussed in two sessions; the second record repeats the first action, which had not "
    "been done.",
    "The analysis of {name}'s situation in supervision is not reflected in the child's plan.",
)
URGENT_DETAILS = (
    "The record of {session} says {name} disclosed being hit at home; there is no strategy discussion on the "
    "child's record. Raised with the supervisor and the duty manager on the day of the check.",
    "{name} is recorded in supervision as missing from home three times with no return interview on file. "
    "Escalated to the Head of Service for Assessment today.",
    "Supervision on {session} agreed a visit to {name} within 24 hours; four weeks later it has not happened. "
    "A visit has been arranged for today.",
)
URGENT_QUESTIONS = (
    "Did the check find a child who may be at risk of significant harm and needs action now?",
    "Is there an urgent safeguarding concern for any child arising from this check?",
    "Any child whose safety needs action today?",
)
NO_ACTIONS = ("No actions needed – supervision meets the standard. Feedback given to the supervisor.",
              "No further actions required at this time.",
              "There are no actions from this check.")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action agreed", "Lead", "Target date", "Completed"),
                  ("What needs to happen", "Who", "When"))
AGREE_COMMENTS = ("I have read the records and agree with the rating given.",
                  "A thorough check with clear evidence. Please share it with the supervisor's own manager.")
LOWER_COMMENTS = ("The records do not show case direction for several children; I cannot agree the standard "
                  "is met.",
                  "Sessions have slipped from four-weekly to every six weeks, which the rating does not reflect.")
RAISE_COMMENTS = ("The reflective discussions are stronger than the check gives credit for; the analysis of "
                  "risk is good.",
                  "Support for the worker's wellbeing is of a high standard and should be recognised.")
REMARK_COMMENTS = ("Please make sure the actions are followed up in the supervisor's own supervision.",
                   "Findings to go to the next practice standards meeting.")
SECTION_REMARKS = ("HoS comment: see the record of the second session.",
                   "HoS comment: a good example to share with the team.",
                   "HoS comment: pick this up with the supervisor.")
SUPERVISOR_RESPONSES = ("I accept the findings and will use the reflective template from the next session.",
                        "Agreed. Cancelled sessions were due to leave and have now been rebooked.",
                        "Discussed with the worker; we will review progress at the next supervision.")


def _spread(rng: random.Random, values: list, count: int) -> list:
    values = (values * (count // len(values) + 1))[:count]
    rng.shuffle(values)
    return values


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    heads = sorted({member.name for member in STAFF if member.role == HEAD_OF_SERVICE})
    moderations = (["changing"] * 4 + ["confirming"] * 3 + ["comments"] * 3
                   + ["none"] * max(0, count - 10))[:count]
    rng.shuffle(moderations)
    urgent = _spread(rng, [True] * 3 + [False] * 13, count)
    no_actions = _spread(rng, [True] * 3 + [False] * 13, count)
    followed = _spread(rng, [True] * 6 + [False] * 10, count)
    team_off = _spread(rng, [True] * 3 + [False] * 13, count)
    service_off = _spread(rng, [True] * 4 + [False] * 12, count)
    period_off = _spread(rng, [True] * 3 + [False] * 13, count)
    grading = _spread(rng, ["typed", "key", "highlight", "bold", "strike", "columns", "dropdown", "boxes"], count)
    plan = zip(pool, moderations, urgent, no_actions, followed, team_off, service_off, period_off, grading)
    return [_form(rng, index, *choices, heads=heads, today=today) for index, choices in enumerate(plan)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == len(ORDER) - 1:
        return ORDER[-2]
    return ORDER[position + rng.choice((-1, 1))]


def _heavy_border(grid) -> None:
    """A thick black box round a table."""
    properties = grid._tbl.tblPr
    borders = sub(properties, "w:tblBorders")
    later = next((child for child in properties if child.tag in {qn("w:shd"), qn("w:tblLayout"),
                                                                qn("w:tblCellMar"), qn("w:tblLook")}), None)
    if later is not None:
        later.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "24", "w:space": "0", "w:color": "000000"})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"})


def _job_title(name: str) -> str:
    member = next((member for member in STAFF if member.name == name), None)
    if member is None:
        return ""
    if member.role == EARLY_HELP_MANAGER:
        return "Early Help Manager"
    if member.role == HEAD_OF_SERVICE:
        return "Head of Service"
    if member.service == "Early Help":
        return "Family Support Worker"
    return "Practice Manager" if member.role.endswith("manager") else "Social Worker"


def _form(rng: random.Random, index: int, sample, moderated: str, urgent: bool, no_actions: bool,
          followed: bool, team_off: bool, service_off: bool, period_off: bool, grading: str, *,
          heads: list[str], today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    details_shape = rng.choice(("two", "who", "lines"))
    sessions_shape = rng.choice(("log", "across", "line"))
    standards_shape = rng.choice(("split", "grid", "paras"))
    if grading == "columns" and standards_shape == "split":
        standards_shape = rng.choice(("grid", "paras"))
    findings_shape = rng.choice(("paras", "numbered", "rows"))
    urgent_shape = rng.choice(("typed", "boxes", "strike", "yn"))
    moderation_shape = rng.choice(("box", "through", "heavy"))
    key_reversed = rng.random() < 0.4
    abbreviated = rng.random() < 0.5
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    named: list[str] = []

    # What the form shows decides what the truth holds.
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(STANDARDS, sample.sections)),
                     "urgent_question": True, "moderated_kind": True}
    if team_off:
        changes["team"] = None
    if service_off:
        changes["service"] = None
    if period_off:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    child = None
    brothers: list[tuple[str, date]] = []
    if followed:
        child = invent_child(rng, today)
        brothers = siblings(rng, child, rng.randint(1, 3), today)
        case_id = invent_case_id(rng)
        changes.update(case_id=case_reference(rng, case_id) if rng.random() < 0.5 else case_id, child=child)
        named += [name for name, _ in brothers]
    if urgent:
        at_risk = f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
        named.append(at_risk)
        changes.update(urgent_concern=True, urgent_concern_detail=rng.choice(URGENT_DETAILS).format(
            name=at_risk.split()[0], session=when(sessions[-1])))
    if no_actions:
        changes["actions"] = ()
    if moderated != "none":
        moderator = rng.choice([head for head in heads if head != sample.auditor])
        moderated_on = min(today, sample.date + timedelta(days=rng.randint(2, 10)))
        if moderated == "comments":
            grade, comments = None, REMARK_COMMENTS
        elif moderated == "confirming":
            grade, comments = sample.grade, AGREE_COMMENTS
        else:
            grade = _nearby(rng, sample.grade)
            comments = LOWER_COMMENTS if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE_COMMENTS
        remarks = {}
        if moderation_shape == "through":
            remarks = {STANDARDS[rng.randrange(len(STANDARDS))][0]: rng.choice(SECTION_REMARKS)}
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(comments, rng.randint(1, 2))),
                                           remarks, grade)
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    title = rng.choice(TITLES)
    if rng.random() < 0.4:
        header = document.sections[0].header.paragraphs[0]
        run(header, council_line(rng), bold=True, colour=brand, size=9)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    band = table(document, 1, 1).cell(0, 0)
    shade(band._tc, brand)
    write(band, title, bold=True, colour="FFFFFF", size=15)
    paragraph(document, rng.choice(INTROS), italic=True, size=9)

    # A. The people and the period.
    brand_heading(document, rng.choice(("Part A – Who and what was checked", "A. Details of the check")), brand)
    checker = sample.auditor
    if rng.random() < 0.4:
        checker = rng.choice((f"{checker} (Head of Service)", f"{checker}, HoS"))
    when_line = [(rng.choice(("Date of check", "Date completed", "Checked on")), when(sample.date))]
    if not period_off:
        when_line.append((rng.choice(("Records covering", "Period reviewed", "Supervision period")), period))
    if details_shape == "who":
        grid = table(document, 4, 3)
        for cell, text in zip(grid.rows[0].cells, ("Role", "Name", "Job title")):
            label(cell, text, "E7E6E6")
        rows = ((rng.choice(("Supervisee", "Worker supervised")), sample.practitioner),
                (rng.choice(("Supervisor", "Supervising manager")), supervisor),
                (rng.choice(("Quality check by", "Checked by")), sample.auditor))
        for row, (role, name) in zip(grid.rows[1:], rows):
            label(row.cells[0], role)
            write(row.cells[1], name)
            write(row.cells[2], _job_title(name))
        pairs = []
        if sample.team:
            pairs.append((rng.choice(("Team", "Team / base")), sample.team))
        if sample.service:
            pairs.append((rng.choice(("Service", "Service area")), sample.service))
        for text, value in [*pairs, *when_line]:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        details = [(rng.choice(("Supervisee", "Practitioner (supervisee)", "Name of worker supervised")),
                    sample.practitioner),
                   (rng.choice(("Supervisor", "Line manager / supervisor", "Supervising manager")), supervisor)]
        if sample.team:
            details.append((rng.choice(("Team", "Team / base")), sample.team))
        if sample.service:
            details.append((rng.choice(("Service", "Service area")), sample.service))
        details.append((rng.choice(("Quality check by", "Checked by", "Reviewer")), checker))
        details += when_line
        if details_shape == "two":
            grid = table(document, len(details), 2)
            for row, (text, value) in zip(grid.rows, details):
                label(row.cells[0], text, "F2F2F2")
                write(row.cells[1], value)
        else:
            for text, value in details:
                line = paragraph(document)
                run(line, f"{text}:\t", bold=True)
                run(line, value)
    document.add_paragraph()

    # B. The supervision agreement.
    brand_heading(document, rng.choice(("Part B – Supervision agreement", "B. The supervision agreement")), brand)
    grid = table(document, len(AGREEMENT_QUESTIONS), 2)
    for row, question in zip(grid.rows, AGREEMENT_QUESTIONS):
        write(row.cells[0], question)
        write(row.cells[1], rng.choice(("Yes", "Yes", "Yes", "No", "Partly")))
    line = paragraph(document, "Frequency agreed: ", bold=True)
    run(line, rng.choice(("4-weekly", "monthly", "every 4 weeks", "6-weekly")))
    document.add_paragraph()

    # C. The sessions read.
    brand_heading(document, rng.choice(("Part C – Supervision records read", "C. Sessions read")), brand)
    kinds = [rng.choice(("One-to-one", "One-to-one", "One-to-one (Teams)", "Peer review")) for _ in sessions]
    if sessions_shape == "log":
        grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Type", "Children discussed",
                                                   "Record shared within 5 working days?")):
            label(cell, text, "DEEAF6")
        for row, day, kind in zip(grid.rows[1:], sessions, kinds):
            write(row.cells[0], when(day))
            write(row.cells[1], kind)
            write(row.cells[2], str(rng.randint(3, 12)))
            write(row.cells[3], rng.choice(("Yes", "Yes", "No – 9 days", "Y")))
    elif sessions_shape == "across":
        grid = table(document, 3, len(sessions) + 1)
        for row, text in zip(grid.rows, ("Session", "Held on", "Type")):
            label(row.cells[0], text, "DEEAF6")
        for column, (day, kind) in enumerate(zip(sessions, kinds), start=1):
            label(grid.cell(0, column), f"Session {column}", "DEEAF6")
            write(grid.cell(1, column), when(day))
            write(grid.cell(2, column), kind)
    else:
        line = paragraph(document, rng.choice(("Dates of the sessions read: ", "Supervision records read: ")),
                         bold=True)
        run(line, ", ".join(when(day) for day in sessions))
    if followed:
        paragraph(document, rng.choice(("One case followed from supervision to the child's record",
                                        "Case discussion followed through")), bold=True)
        grid = table(document, 4, 2)
        label(grid.cell(0, 0), "Child", "F2F2F2")
        write(grid.cell(0, 1), child.full_name)
        label(grid.cell(1, 0), rng.choice(("Case reference", "Case no.", "Child's ID")), "F2F2F2")
        write(grid.cell(1, 1), sample.case_id)
        label(grid.cell(2, 0), rng.choice(("Other children in the family", "Brothers and sisters",
                                           "Siblings")), "F2F2F2")
        listed = []
        for name, born in brothers:
            age = (today - born).days // 365
            listed.append(f"{name} (aged {age})" if rng.random() < 0.5 else name)
        write(grid.cell(2, 1), ", ".join(listed))
        label(grid.cell(3, 0), "What the child's record shows", "F2F2F2")
        write(grid.cell(3, 1), rng.choice(TRACKED_NOTES).format(name=child.first_name))
    document.add_paragraph()

    # D. The standards.
    brand_heading(document, rng.choice(("Part D – Quality of supervision", "D. Standards of supervision")), brand)
    key = {grade: (len(ORDER) - position if key_reversed else position + 1) for position, grade in enumerate(ORDER)}
    if grading == "key":
        ordered = sorted(ORDER, key=lambda option: key[option])
        paragraph(document, "Rating key:   " + "   ".join(f"{key[grade]} = {WORDS[grade]}" for grade in ordered),
                  bold=True, size=9)
    elif grading in ("highlight", "bold"):
        paragraph(document, f"{'Highlight' if grading == 'highlight' else 'Put in bold'} the rating that applies.",
                  italic=True, size=9)
    elif grading == "strike":
        paragraph(document, "Strike through the ratings that do not apply.", italic=True, size=9)
    elif grading == "boxes":
        paragraph(document, "Tick one box for each standard.", italic=True, size=9)
    elif grading == "dropdown":
        paragraph(document, "Choose a rating from the list.", italic=True, size=9)
    elif grading == "columns" and abbreviated:
        paragraph(document, "O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate", bold=True,
                  size=9)
    headers = [SHORT[option] if abbreviated else text for option, text in columns]

    def grade_into(line, grade: str, *, overall: bool = False) -> None:
        if grading == "typed":
            run(line, informal_grade(rng, grade, note_chance=0.0 if overall else 0.3))
        elif grading == "key":
            number = key[grade]
            run(line, str(number) if rng.random() < 0.6 else f"{number} ({WORDS[grade]})", bold=True)
        elif grading == "dropdown":
            content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Rating")
        elif grading == "boxes":
            for option in ORDER:
                run(line, f"{CHECKED_BOX if option == grade else UNCHECKED_BOX} {WORDS[option]}   ")
        else:
            for position, option in enumerate(ORDER):
                if position:
                    run(line, " / " if grading == "strike" else "   ")
                chosen = option == grade
                run(line, WORDS[option], highlight=chosen and grading == "highlight",
                    bold=chosen and grading in ("bold", "highlight"), strike=not chosen and grading == "strike")

    def marks_table(grade: str) -> None:
        marks = table(document, 2, 4)
        for column, text in enumerate(headers):
            label(marks.cell(0, column), text, "F2F2F2")
        for column, (option, _) in enumerate(columns):
            if option == grade:
                mark(marks.cell(1, column), symbol)

    remarks = moderation.section_comments if moderation else {}
    if standards_shape == "split":
        grid = table(document, len(sample.sections) + 1, 2)
        label(grid.cell(0, 0), "Standard", "D9E2F3")
        label(grid.cell(0, 1), "Findings and rating", "D9E2F3")
        for row, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            write(grid.cell(row, 0), f"D{row}  {section.name}", bold=True)
            write(grid.cell(row, 0), prompt, italic=True, size=8)
            write(grid.cell(row, 1), section.comment)
            if section.name in remarks:
                write(grid.cell(row, 1), remarks[section.name], colour=ink)
            grade_into(write(grid.cell(row, 1), "Rating: ", bold=True), section.grade)
    elif standards_shape == "grid":
        width = 2 + (4 if grading == "columns" else 1)
        grid = table(document, len(sample.sections) + 1, width)
        head = ["Standard", "What the records show"] + (headers if grading == "columns" else ["Rating"])
        for cell, text in zip(grid.rows[0].cells, head):
            label(cell, text, "D9E2F3")
        for row, section in enumerate(sample.sections, start=1):
            write(grid.cell(row, 0), section.name, bold=True)
            write(grid.cell(row, 1), section.comment)
            if section.name in remarks:
                write(grid.cell(row, 1), remarks[section.name], colour=ink)
            if grading == "columns":
                for offset, (option, _) in enumerate(columns):
                    if option == section.grade:
                        mark(grid.cell(row, 2 + offset), symbol)
            else:
                grade_into(grid.cell(row, 2).paragraphs[0], section.grade)
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            paragraph(document, f"D{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "Findings: ", bold=True)
            run(line, section.comment)
            if section.name in remarks:
                paragraph(document, remarks[section.name], colour=ink)
            if grading == "columns":
                marks_table(section.grade)
            else:
                grade_into(paragraph(document, "Rating: ", bold=True), section.grade)
    document.add_paragraph()

    # E. Summary: the overall rating and the findings.
    brand_heading(document, rng.choice(("Part E – Summary", "E. Overall rating and findings")), brand)
    overall = rng.choice(OVERALL_LABELS)
    overall_cell = None
    if grading == "columns":
        paragraph(document, f"{overall}:", bold=True)
        marks_table(sample.grade)
    else:
        box = table(document, 1, 1)
        overall_cell = box.cell(0, 0)
        shade(overall_cell._tc, "F2F2F2")
        grade_into(write(overall_cell, f"{overall}: ", bold=True), sample.grade, overall=True)
    if moderation and moderation_shape == "through" and moderation.grade:
        text = (f"HoS moderated rating: {informal_grade(rng, moderation.grade)}" if moderation.grade != sample.grade
                else f"HoS: agreed – {WORDS[moderation.grade]}")
        if overall_cell is not None:
            write(overall_cell, text, colour=ink, bold=True)
        else:
            paragraph(document, text, colour=ink, bold=True)
    headings = rng.choice((("What is working well", "What could be better"),
                           ("Strengths in the supervision", "Areas for development"),
                           ("Good practice seen", "Areas to develop")))
    pairs = tuple(zip(headings, (sample.strengths, sample.development_areas)))
    if findings_shape == "rows":
        for heading, items in pairs:
            grid = table(document, len(items) + 1, 1)
            label(grid.cell(0, 0), heading, "E2EFDA")
            for row, item in zip(grid.rows[1:], items):
                write(row.cells[0], item)
    else:
        for heading, items in pairs:
            paragraph(document, heading, bold=True, colour=brand)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if findings_shape == "numbered" else item)
    document.add_paragraph()

    # F. Actions.
    brand_heading(document, rng.choice(("Part F – Actions", "F. Actions agreed")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.45:
        for number, action in enumerate(sample.actions, start=1):
            line = paragraph(document, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Lead: {action.owner}. By: {when(action.due)}")
    else:
        header_row = rng.choice(ACTION_HEADERS)
        grid = table(document, len(sample.actions) + 1, len(header_row))
        for cell, text in zip(grid.rows[0].cells, header_row):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    document.add_paragraph()

    # G. Safety.
    brand_heading(document, rng.choice(("Part G – Safeguarding", "G. Urgent concerns")), brand)
    line = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    yes = sample.urgent_concern
    if urgent_shape == "boxes":
        line = paragraph(document)
        run(line, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes     {UNCHECKED_BOX if yes else CHECKED_BOX} No")
    elif urgent_shape == "strike":
        line = paragraph(document)
        run(line, "Yes", strike=not yes, bold=yes)
        run(line, " / ")
        run(line, "No", strike=yes, bold=not yes)
    elif urgent_shape == "yn":
        run(line, "Y" if yes else "N")
    else:
        run(line, rng.choice(("Yes", "YES")) if yes else rng.choice(("No", "No.", "None identified")))
    if yes:
        line = paragraph(document, "If yes, what was done and who was told: ", bold=True)
        run(line, sample.urgent_concern_detail)
    document.add_paragraph()

    # H. Sign-off and moderation.
    brand_heading(document, rng.choice(("Part H – Sign-off", "H. Completed by")), brand)
    grid = table(document, 2, 2)
    label(grid.cell(0, 0), "Quality check completed by", "F2F2F2")
    write(grid.cell(0, 1), f"{sample.auditor} – {when(sample.date)}")
    label(grid.cell(1, 0), "Feedback given to supervisor and supervisee?", "F2F2F2")
    write(grid.cell(1, 1), rng.choice(("Yes", "Yes – in person", "Yes, by email")))
    if rng.random() < 0.4:
        line = paragraph(document, "Supervisor's response: ", bold=True)
        run(line, rng.choice(SUPERVISOR_RESPONSES))
    document.add_paragraph()

    heading = rng.choice(("Head of Service moderation", "Moderation (second Head of Service)",
                          "Quality assurance – moderation"))
    if moderation is None:
        chance = rng.random()
        if chance < 0.4:
            brand_heading(document, heading, brand)
            _box(document, rng, sample, None, ink, when)
        elif chance < 0.65:
            brand_heading(document, heading, brand)
            paragraph(document, rng.choice(("Awaiting moderation.", "Not yet moderated – due at the next panel.")),
                      italic=True)
    elif moderation_shape == "box":
        brand_heading(document, heading, brand)
        _box(document, rng, sample, moderation, ink, when)
    else:
        brand_heading(document, heading, brand)
        grid = table(document, 1, 1)
        cell = grid.cell(0, 0)
        colour = ink if moderation_shape == "through" else None
        if moderation_shape == "heavy":
            shade(cell._tc, "EDEDED")
            _heavy_border(grid)
        for comment in moderation.comments:
            write(cell, comment, colour=colour)
        if moderation.grade and moderation_shape == "heavy":
            if moderation.grade == sample.grade:
                write(cell, f"I agree the overall rating of {WORDS[moderation.grade]}.", colour=colour, bold=True)
            else:
                write(cell, f"Moderated rating: {informal_grade(rng, moderation.grade)} (checker's rating: "
                            f"{WORDS[sample.grade]})", colour=colour, bold=True)
        write(cell, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=colour, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named))


_BOX_LABELS = ("Moderating Head of Service", "Date moderated", "Rating agreed?", "Moderated rating", "Comments")


def _box(document, rng: random.Random, sample, moderation, ink: str, when) -> None:
    """The moderation as a five-row box typed in the moderator's ink; left
    empty (or with a note) when the check was not moderated."""
    box = table(document, 5, 2)
    for row, text in zip(box.rows, _BOX_LABELS):
        label(row.cells[0], text, "F2F2F2")
    if moderation is None:
        note = rng.choice(("", "", "Not selected for moderation this month."))
        if note:
            write(box.cell(4, 1), note, italic=True)
        return
    write(box.cell(0, 1), moderation.moderator, colour=ink)
    write(box.cell(1, 1), when(moderation.date), colour=ink)
    if moderation.grade:
        write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No – see below", colour=ink)
        write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
    for comment in moderation.comments:
        write(box.cell(4, 1), comment, colour=ink)
