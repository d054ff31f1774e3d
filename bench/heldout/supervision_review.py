"""Supervision audit against a council's practice standards: a manager or
quality assurance officer reads a sample of one practitioner's supervision
records (the sessions of the last three months and the case discussions
in them) and judges the supervision against the supervision standards of
the council's practice standards, one standard at a time, then overall.

Modelled on Devon County Council's "Children's Social Care Practice
Standards" (V3, November 2018): its Section Two, "Management of Practice",
sets standards for supervision each followed by its "key practice
expectations", and its Section Eight, "Audit", sets out how practice is
audited against the standards. The tool is laid out the way that document
is: the standard, what is expected under it, then what the auditor found.
Hertfordshire Children's Services' "Professional Supervision" chapter
(records of formal supervision and of case discussions, decisions recorded
on the child's record) gave the sessions table and the case discussions.

The published pages describe the standards and the audit, not a form, so
the layout is our own judgement: the numbered parts, the details given as
a table of labels and values, as labels over their values or as lines of
"label: value"; the table of sessions read, one row a session, answered
Y / N; the standards one to a table row or each under its own heading,
the grade typed (informally, sometimes with a note), the four grades
printed with the chosen one highlighted, or the others struck through; the
children whose case discussions were read, by name; an escalation
question; and a quality assurance box for the Head of Service when a
quality assurance officer did the audit.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.people import invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples
from bot.samples.wording import GRADES

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
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
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "supervision_review"

# The council's supervision standards, in the order of the sample's areas
# (bot/samples/tool_phrases.py SECTIONS[SUPERVISION_AUDIT]), each with the
# key practice expectation printed under it.
STANDARDS = (
    ("Supervision happens regularly and as agreed",
     "At least every four weeks (fortnightly in the first year of practice); sessions booked ahead and any "
     "cancelled session re-arranged within ten working days."),
    ("Supervision is reflective",
     "The record shows the worker's own thinking, the hypotheses discussed and what was learned, not only a "
     "list of tasks."),
    ("Each child discussed has a clear direction",
     "For each child discussed the record says what will happen next, who will do it and by when."),
    ("Management decisions and the reasons for them are recorded",
     "Decisions made in supervision, and why, are on the child's record within two working days."),
    ("The supervisee is supported and constructively challenged",
     "Workload, wellbeing and learning needs are discussed; practice is questioned where it needs to be."),
)
ROLES = {"head_of_service": "Head of Service", "qa_team": "Quality Assurance Officer",
         "practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager"}
QA_OFFICERS = ("Angela Moorcroft", "Liam Doherty")
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
AGREES = (
    "I have read the supervision records for the period and agree with the auditor's findings.",
    "A fair and balanced audit; the learning for the supervisor is clear.",
)
DIFFERS = (
    "Having read the records myself I have reached a different overall judgement; see below.",
    "The evidence recorded under the standards does not support the overall judgement given.",
)
REMARKS = (
    "I have asked the supervisor to share this audit at the next team managers' meeting.",
    "Please make sure the actions are added to the supervisor's own supervision.",
)
SECTION_REMARKS = (
    "Agree – this was also seen in the case file audits this quarter.",
    "I found more reflection than this in the September record.",
    "This needs to be picked up in the supervisor's own supervision.",
)
URGENT = (
    "The decision in supervision to hold a strategy discussion for {child} was not acted on. Raised with the "
    "Practice Manager the same day; strategy discussion now booked.",
    "The record of the last session shows a worry about {child}'s safety at home with no plan. Escalated to "
    "the Head of Service by phone on the day of the audit.",
)
NO_ACTIONS = ("No further actions – supervision to continue as agreed.",
              "No actions arising; the supervision meets the standards.")
NOT_QA = ("Not selected for quality assurance this quarter.", "")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6307)
    samples = tool_samples(count, seed=6307, today=today, kinds=(SUPERVISION_AUDIT,))
    order = list(range(count))
    rng.shuffle(order)
    plans = {index: set() for index in range(count)}
    for position, index in enumerate(order):
        if position < 6:
            plans[index].add("moderated")
        if position in (2, 9):
            plans[index].add("urgent")
        if position in (4, 7, 12):
            plans[index].add("no actions")
        if position in (5, 13):
            plans[index].add("no team")
        if position in (1, 8, 14):
            plans[index].add("no period")
        if position == 11:
            plans[index].add("no sessions")
    return [_form(rng, index, sample, plans[index], today) for index, sample in enumerate(samples)]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    if member is None:
        return ""
    if member.role == "practitioner":
        return "Family Support Worker" if member.service == "Early Help" else "Social Worker"
    return ROLES.get(member.role, "")


def _with_role(rng: random.Random, name: str, chance: float) -> str:
    role = _role(name)
    if not role or rng.random() >= chance:
        return name
    return rng.choice((f"{name} ({role})", f"{name}, {role}"))


def _moderation(rng: random.Random, head: str, sample, today: date) -> Moderation:
    outcome = rng.choices(("confirms", "changes", "comments only"), weights=(40, 35, 25))[0]
    grade = sample.grade
    comments = AGREES
    if outcome == "changes":
        step = 1 if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6) else -1
        grade = GRADES[GRADES.index(grade) + step]
        comments = DIFFERS
    elif outcome == "comments only":
        grade, comments = None, REMARKS
    written = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
    while written.weekday() >= 5 and written < today:
        written += timedelta(days=1)
    remarked = rng.sample([section.name for section in sample.sections], rng.randint(1, 2))
    return Moderation(moderator=head, date=written, comments=tuple(rng.sample(comments, rng.randint(1, 2))),
                      section_comments={name: rng.choice(SECTION_REMARKS) for name in remarked}, grade=grade)


def _form(rng: random.Random, index: int, sample, plan: set[str], today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    head = sample.auditor
    own = {field.key: field for field in sample.own}

    # The form's own areas, and what the layout carries.
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(STANDARDS, sample.sections))}
    if "moderated" in plan:
        changes["auditor"] = rng.choice(QA_OFFICERS)
    if "no team" in plan:
        changes["team"] = None
    if "no actions" in plan:
        changes["actions"] = ()
    children = [invent_child(rng, today).full_name for _ in range(rng.randint(0, 3))]
    if "urgent" in plan:
        if not children:
            children = [invent_child(rng, today).full_name]
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(child=children[0].split()[0])
    kept = [field for field in sample.own
            if not (field.key == "period_covered" and "no period" in plan)
            and not (field.key == "session_dates" and "no sessions" in plan)]
    changes["own"] = tuple(kept)
    sample = replace(sample, **changes)
    if "moderated" in plan:
        sample = replace(sample, moderation=_moderation(rng, head, sample, today))
    moderation = sample.moderation
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written if "no sessions" not in plan else ()
    period = own["period_covered"].written if "no period" not in plan else None

    landscape = rng.random() < 0.3
    document = new_document(rng, landscape=landscape)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE (staff)")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Practice Standards – Section Two: Management of Practice",
                            "Supervision audit tool – practice standards v3")), size=8)
    title = rng.choice(("Supervision Audit", "Practice Standards Audit: Supervision",
                        "Audit of Supervision against the Practice Standards"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Read the supervision records for the last three months, and the children's records for "
                        "the case discussions you sample, before you judge each standard.", italic=True)

    # 1. About the supervision file.
    brand_heading(document, "1. About the supervision file", brand)
    practitioner_label = rng.choice(("Supervisee", "Practitioner supervised", "Name of supervisee"))
    supervisor_label = rng.choice(("Supervisor", "Supervising manager", "Supervisor (line manager)"))
    pairs = [
        (practitioner_label, _with_role(rng, sample.practitioner, 0.4)),
        (supervisor_label, _with_role(rng, supervisor, 0.4)),
        ("Team", sample.team or ""),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Audited by", "Auditor (name and role)", "Auditor")), _with_role(rng, sample.auditor, 0.6)),
        (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date)),
    ]
    if period:
        pairs.append((rng.choice(("Period covered", "Period of supervision reviewed")), period))
    table_sessions = bool(sessions) and rng.random() < 0.6
    if sessions and not table_sessions:
        pairs.append((rng.choice(("Supervision sessions reviewed", "Dates of supervision sessions reviewed",
                                  "Supervision dates")), ", ".join(when(day) for day in sessions)))
    if "no team" in plan and rng.random() < 0.5:
        pairs = [pair for pair in pairs if pair[0] != "Team"]
    style = rng.choice(("rows", "over", "lines"))
    if style == "rows":
        details = table(document, len(pairs), 2)
        for row, (text, value) in zip(details.rows, pairs):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value)
    elif style == "over":
        width = 3 if len(pairs) % 3 == 0 else 4
        bands = -(-len(pairs) // width)
        details = table(document, 2 * bands, width)
        for position, (text, value) in enumerate(pairs):
            band, column = divmod(position, width)
            label(details.cell(2 * band, column), text, "EDEDED")
            if value:
                write(details.cell(2 * band + 1, column), value)
    else:
        for text, value in pairs:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            if value:
                run(line, value)
    document.add_paragraph()

    # 2. Sessions read.
    if table_sessions:
        brand_heading(document, "2. Supervision sessions read", brand)
        columns = ("Session", "Date held", "Within 4 weeks of the last?", "Agenda agreed?", "Signed by both?")
        grid = table(document, len(sessions) + 1, len(columns))
        for cell, text in zip(grid.rows[0].cells, columns):
            label(cell, text, "DDEBF7")
        for number, (row, day) in enumerate(zip(grid.rows[1:], sessions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], when(day))
            for cell in row.cells[2:]:
                write(cell, rng.choice(("Y", "Y", "Y", "N")))
        document.add_paragraph()
    part = 3 if table_sessions else 2

    # The standards.
    brand_heading(document, f"{part}. The supervision standards", brand)
    grading = rng.choice(("typed", "highlight", "struck"))
    prefix = rng.choice(("HoS: ", "Head of Service – ", f"{_initials(moderation.moderator)}: " if moderation else ""))
    remarks = moderation.section_comments if moderation else {}
    if rng.random() < 0.5:
        grid = table(document, len(sample.sections) + 1, 4)
        headers = ("Standard", rng.choice(("Key practice expectations", "What we expect to see")),
                   rng.choice(("Evidence from the supervision records", "What the auditor found")),
                   rng.choice(("Grade", "Judgement")))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, brand, colour="FFFFFF")
        for number, (row, section, (_, hint)) in enumerate(zip(grid.rows[1:], sample.sections, STANDARDS), 1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[1], hint, italic=True)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"{prefix}{remarks[section.name]}", colour=ink)
            _grade(rng, row.cells[3].paragraphs[0], section.grade, grading, stacked=True)
    else:
        for number, (section, (_, hint)) in enumerate(zip(sample.sections, STANDARDS), 1):
            paragraph(document, f"Standard {number}: {section.name}", bold=True, colour=brand)
            paragraph(document, hint, italic=True)
            box = table(document, 1, 1)
            write(box.cell(0, 0), section.comment)
            if section.name in remarks:
                write(box.cell(0, 0), f"{prefix}{remarks[section.name]}", colour=ink)
            line = paragraph(document)
            run(line, rng.choice(("Grade: ", "Judgement: ")), bold=True)
            _grade(rng, line, section.grade, grading)
            document.add_paragraph()
    document.add_paragraph()
    part += 1

    # Case discussions sampled.
    if children:
        brand_heading(document, f"{part}. Case discussions sampled", brand)
        paragraph(document, "Children whose case discussions were read on their own records.", italic=True)
        grid = table(document, len(children) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Child", "Discussed in session",
                                                    "Decision and reasons on the child's record?")):
            label(cell, text, "DDEBF7")
        for row, child in zip(grid.rows[1:], children):
            write(row.cells[0], child)
            write(row.cells[1], when(rng.choice(sessions)) if sessions else rng.choice(("1", "2", "3")))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No", "Partly – decision but no reasons")))
        document.add_paragraph()
        part += 1

    # Overall judgement.
    brand_heading(document, f"{part}. Overall judgement", brand)
    overall = rng.choice(("Overall judgement on the quality of supervision",
                          "Overall quality of supervision", "Overall grade for this supervision file"))
    line = paragraph(document)
    run(line, f"{overall}: ", bold=True)
    _grade(rng, line, sample.grade, grading if grading != "typed" else "overall")
    document.add_paragraph()
    part += 1

    # What is working well and what needs to improve.
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths of the supervision", "Areas for development"),
                           ("Strengths", "Learning for the supervisor")))
    brand_heading(document, f"{part}. Findings", brand)
    if rng.random() < 0.5:
        summary = table(document, 2, 2)
        label(summary.cell(0, 0), headings[0], "E2EFD9")
        label(summary.cell(0, 1), headings[1], "FCE4D6")
        for item in sample.strengths:
            write(summary.cell(1, 0), item)
        for item in sample.development_areas:
            write(summary.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()
    part += 1

    # Actions.
    brand_heading(document, f"{part}. Actions agreed", brand)
    if sample.actions:
        columns = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "Lead", "Timescale"),
                              ("Action", "Responsible", "Date to be completed by")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, columns):
            label(cell, text, "DDEBF7")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()
    part += 1

    # Escalation.
    brand_heading(document, f"{part}. Children's safety", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), rng.choice((
        "Did reading the records raise a worry about a child that needs escalating today?",
        "Any child identified during this audit whose safety needs to be raised with a manager now?")))
    if sample.urgent_concern:
        write(safety.cell(0, 1), rng.choice(("Yes \u2612   No \u2610", "YES")))
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    elif rng.random() < 0.8:
        write(safety.cell(0, 1), rng.choice(("Yes \u2610   No \u2612", "No")))
    label(safety.cell(1, 0), "If yes: what was done, by whom and when")
    document.add_paragraph()
    part += 1

    if rng.random() < 0.35:
        line = paragraph(document)
        run(line, "Audit shared with the supervisor on: ", bold=True)
        run(line, when(min(sample.date + timedelta(days=rng.randint(1, 6)), today)))
        document.add_paragraph()

    # Quality assurance by the Head of Service.
    if moderation or rng.random() < 0.6:
        brand_heading(document, f"{part}. Quality assurance – Head of Service", brand)
        paragraph(document, "The Head of Service reads a sample of audits and records their view in their own "
                            "colour.", italic=True)
        box = table(document, 4, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Judgement following quality assurance",
                                        "Comments")):
            label(row.cells[0], text, "EDEDED")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            note = rng.choice(NOT_QA)
            if note:
                write(box.cell(3, 1), note, italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(children))


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split())


def _grade(rng: random.Random, line, grade: str, style: str, *, stacked: bool = False) -> None:
    """Write `grade` on `line`: typed as a person types it, or the four
    grades printed with the chosen one highlighted or the others struck."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.25))
        return
    if style == "overall":
        run(line, informal_grade(rng, grade))
        return
    for position, option in enumerate(GRADES):
        if position:
            run(line, " / " if not stacked else "  ")
        chosen = option == grade
        if style == "highlight":
            run(line, GRADE_WORDS[option], bold=chosen, highlight=chosen)
        else:
            run(line, GRADE_WORDS[option], bold=chosen, strike=not chosen)
