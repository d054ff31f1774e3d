"""Supervision file audit: a manager's audit of the supervision one
practitioner has received, read from the practitioner's supervision file
and from the case supervision recorded on children's records. Who is
supervised and by whom, the sessions looked at, a short compliance
checklist (agreement, frequency, case supervision on the child's record),
the quality of supervision in five areas each with evidence and a grade,
an overall grade, what is working well and what needs developing, actions
or a "no actions" sentence, the question whether anything in the records
shows a child unsafe today, and the Head of Service's moderation.

Modelled on Gloucestershire County Council's children's services
"Supervision Policy" (a chapter of its children's social care procedures
manual, extensively rewritten in October 2019 and amended in October 2020):
it separates professional supervision from child's case supervision and
management oversight, expects reflective practice, and closes with
appendices for a compliance checklist, a supervision monitoring tool, a
supervision contract and the recording of supervision in LCS. The policy
shows no audit form, so the layout is our judgement: the details as a
two-column table, a four-column grid or "Label: value" lines; the sessions
as a small table or a line of dates; each area's grade marked under four
columns, typed as a word, left standing with the other grades struck
through, or highlighted among them; actions as a table, numbered lines or a
"no actions" sentence; moderation typed in the Head of Service's colour as a
box or a closing block.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import shade
from bot.samples.people import HEAD_OF_SERVICE, invent_child
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

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

FAMILY = "supervision_file_audit"
SEED = 9173
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The five areas, in the order of the sample's sections, each with the
# question the auditor answers.
AREAS = (
    ("Regularity of supervision (against the agreement)",
     "Are sessions held at the frequency the supervision agreement sets, and rearranged promptly when missed?"),
    ("Reflective practice",
     "Is there evidence of reflection on the work, the worker's own practice and the emotional impact of it?"),
    ("Child's case supervision and case direction",
     "Is case direction recorded on each child's record in LCS, with timescales?"),
    ("Management oversight and reasons for decisions",
     "Are decisions and the reasons for them clear, and are previous actions reviewed?"),
    ("Wellbeing, support, training and development",
     "Are wellbeing, workload, CPD and learning needs discussed and followed up?"),
)
CHECKLIST = (
    "Signed supervision agreement on file",
    "Agreement reviewed in the last 12 months",
    "Records typed up and signed by both within 5 working days",
    "Child's case supervision recorded on LCS for the cases discussed",
    "Appraisal objectives reviewed in supervision",
)
CASE_NOTES = (
    "The case discussion about {name} sets out the worries, what is working well and next steps.",
    "Supervision of {name}'s case records the hypothesis and the plan to test it before the next visit.",
    "{name}'s case was discussed twice; the direction is the same both times and not yet acted on.",
)
URGENT = (
    "Yes. The case discussion of {name} on the last session notes a new injury that was not referred on. "
    "Raised with the Team Manager the same day and a strategy discussion requested.",
    "Yes – records show {name} was left with an adult the plan says must not have unsupervised care. "
    "Escalated to the Head of Service today.",
)
NO_ACTIONS = (
    "No actions arising from this audit – the supervision agreement and current learning plan cover what is needed.",
    "No further actions. Feedback given to the supervisor and supervisee.",
)
AGREES = ("I agree with the auditor's judgement; the evidence supports it.",
          "Having read three of the sessions myself I agree with the grade.")
LOWERS = ("Reflection is thinner than the grade suggests and actions are not followed up between sessions.",
          "Case direction is missing for two children discussed; I have moderated the grade down.")
RAISES = ("The sessions show more reflection than the audit credits; I have moderated the grade up.",
          "Strong evidence of challenge and follow-through – the overall grade should be higher.")
REMARKS = ("Please share the learning about recording case direction with the team.",
           "A useful audit. I will pick up the training need with the Service Manager.",
           "Check the agreement is re-signed when the worker moves teams.")
NOT_MODERATED = ("Not sampled for moderation this quarter.", "", "For Head of Service moderation – not yet done.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    plans = ["urgent"] * 2 + ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan, today) for index, (sample, plan) in enumerate(zip(samples, plans[:count]))]


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADE_ORDER.index(grade)
    if index == 0:
        return GRADE_ORDER[1]
    if index == 3:
        return GRADE_ORDER[2]
    return GRADE_ORDER[index + rng.choice((-1, 1))]


def _moderation(rng: random.Random, sample, plan: str, today: date) -> Moderation:
    heads = [member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.name != sample.auditor]
    written = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
    while written.weekday() >= 5 and written < today:
        written += timedelta(days=1)
    if plan == "confirms":
        grade, pool = sample.grade, AGREES
    elif plan == "changes":
        grade = _nearby(rng, sample.grade)
        pool = LOWERS if GRADE_ORDER.index(grade) > GRADE_ORDER.index(sample.grade) else RAISES
    else:
        grade, pool = None, REMARKS
    return Moderation(moderator=rng.choice(heads), date=written,
                      comments=tuple(rng.sample(pool, rng.randint(1, 2))), grade=grade)


def _form(rng: random.Random, index: int, sample, plan: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("two_col", "four_col", "lines"))
    grade_style = rng.choice(("columns", "word", "strike", "highlight"))
    sessions_style = rng.choice(("table", "line"))
    actions_style = rng.choice(("table", "lines"))

    supervisor = next(own.written for own in sample.own if own.key == "supervisor")
    period = next(own.written for own in sample.own if own.key == "period_covered")
    sessions = next(own.written for own in sample.own if own.key == "session_dates")
    show_period = rng.random() < 0.6
    own = tuple(field for field in sample.own if show_period or field.key != "period_covered")

    named = []  # children named in the records' case discussions
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(AREAS, sample.sections)),
               "own": own, "urgent_question": True}
    if rng.random() < 0.4:
        child = invent_child(rng, today)
        named.append(child.full_name)
        sections = list(changes["sections"])
        third = sections[2]
        sections[2] = replace(third, comment=f"{third.comment} {rng.choice(CASE_NOTES).format(name=child.first_name)}")
        changes["sections"] = tuple(sections)
    if plan == "urgent":
        child = invent_child(rng, today)
        named.append(child.full_name)
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(name=child.full_name)
    elif plan in ("comments", "changes", "confirms"):
        changes["moderation"] = _moderation(rng, sample, plan, today)
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision file audit – v{rng.choice(('2', '2.1', '3'))} – OFFICIAL-SENSITIVE (personnel)", size=8)

    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(("Supervision File Audit", "Audit of Supervision – Supervision File Audit",
                        "SUPERVISION FILE AUDIT"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Audit the supervisee's supervision file and the child's case supervision recorded on LCS for the period below.",
        "Complete from the last three supervision records and the case supervision on the children's files.")),
        italic=True, size=9)

    # Details.
    brand_heading(document, "Part A – Details", brand)
    rows = [
        (rng.choice(("Supervisee", "Name of supervisee", "Practitioner (supervisee)")), sample.practitioner),
        (rng.choice(("Supervisor", "Name of supervisor", "Line manager / supervisor")), supervisor),
        ("Team", sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(("Auditor", "Audit completed by", "Name of auditor")), sample.auditor),
        (rng.choice(("Date of audit", "Date audit completed", "Audit date")), when(sample.date)),
    ]
    if show_period:
        rows.append((rng.choice(("Period covered", "Period audited")), period))
    if details_style == "two_col":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_style == "four_col":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # The sessions looked at.
    brand_heading(document, "Part B – Supervision sessions looked at", brand)
    if sessions_style == "table":
        grid = table(document, len(sessions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Type", "Recorded and signed?")):
            label(cell, text, "DEEAF6")
        for row, day in zip(grid.rows[1:], sessions):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(("Professional supervision", "Professional and case supervision",
                                            "Professional supervision")))
            write(row.cells[2], rng.choice(("Yes", "Yes", "Not signed by supervisee", "Yes – typed late")))
    else:
        line = paragraph(document, rng.choice(("Sessions audited: ", "Dates of supervision looked at: ")), bold=True)
        run(line, ", ".join(when(day) for day in sessions))
    document.add_paragraph()

    # Compliance checklist (Yes / No).
    brand_heading(document, "Part C – Compliance", brand)
    grid = table(document, len(CHECKLIST) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Check", "Yes / No", "Comment")):
        label(cell, text, "DEEAF6")
    for row, check in zip(grid.rows[1:], CHECKLIST):
        write(row.cells[0], check)
        answer = rng.choices(("Yes", "No", "Partly"), weights=(6, 2, 2))[0]
        write(row.cells[1], answer)
        if answer != "Yes" and rng.random() < 0.6:
            write(row.cells[2], rng.choice(("Raised with supervisor.", "One record missing.", "Being addressed.")))
    document.add_paragraph()

    # Quality of supervision.
    brand_heading(document, "Part D – Quality of supervision", brand)
    if grade_style == "columns":
        paragraph(document, "Mark one column: O = Outstanding, G = Good, RI = Requires improvement, "
                            "I = Inadequate.", italic=True, size=9)
        symbol = rng.choice(("X", "x", "\u2713", "\u25cf"))
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "O", "G", "RI", "I")):
            label(cell, text, "DEEAF6")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            write(row.cells[2 + GRADE_ORDER.index(section.grade)], symbol, bold=True)
    elif grade_style == "word":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence from the records", "Grade")):
            label(cell, text, "DEEAF6")
        for row, section, (_, prompt) in zip(grid.rows[1:], sample.sections, AREAS):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            write(row.cells[2], informal_grade(rng, section.grade))
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, AREAS), start=1):
            paragraph(document, f"D{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            line = paragraph(document, "Evidence: ", bold=True)
            run(line, section.comment)
            _options(paragraph(document, "Grade: ", bold=True), section.grade, grade_style)
    document.add_paragraph()

    # Overall.
    brand_heading(document, "Part E – Overall grade", brand)
    overall_label = rng.choice(("Overall grade for the quality of supervision", "Overall judgement",
                                "Overall grade"))
    if grade_style == "columns":
        grid = table(document, 2, 4)
        for cell, grade in zip(grid.rows[0].cells, GRADE_ORDER):
            label(cell, WORDS[grade], "DEEAF6")
        chosen = grid.cell(1, GRADE_ORDER.index(sample.grade))
        write(chosen, rng.choice(("X", "\u2713")), bold=True)
        shade(chosen._tc, "D9D9D9")
        paragraph(document, overall_label, italic=True, size=9)
    elif grade_style == "word":
        line = paragraph(document, f"{overall_label}: ", bold=True)
        run(line, informal_grade(rng, sample.grade))
    else:
        _options(paragraph(document, f"{overall_label}: ", bold=True), sample.grade, grade_style)
    document.add_paragraph()

    # Strengths and development.
    headings = rng.choice((("What is working well", "Areas for development"),
                           ("Strengths of the supervision", "What needs to improve")))
    brand_heading(document, "Part F – Findings", brand)
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, "Part G – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                              ("What needs to happen", "Responsible", "Date")))):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # The urgent question.
    brand_heading(document, "Part H – Child safety", brand)
    paragraph(document, rng.choice((
        "Did anything in the supervision or case records show a child at risk who needs action today? "
        "If yes, tell the Team Manager and Head of Service the same day.",
        "Immediate safeguarding concern about a child identified from the records?")), bold=True)
    if sample.urgent_concern:
        paragraph(document, sample.urgent_concern_detail)
    else:
        paragraph(document, rng.choice(("No", "No.", "No – none identified.", "\u2610 Yes   \u2612 No")))
    document.add_paragraph()

    # Moderation.
    brand_heading(document, "Part I – Head of Service moderation", brand)
    if moderation is None:
        note = rng.choice(NOT_MODERATED)
        if note:
            paragraph(document, note, italic=True)
    elif rng.random() < 0.5:
        rows = [("Moderated by", f"{moderation.moderator}, Head of Service"), ("Date", when(moderation.date)),
                ("Comments", "\n".join(moderation.comments))]
        if moderation.grade:
            rows.insert(2, ("Do you agree with the overall grade?",
                            "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"Head of Service: {moderation.moderator} – {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Grade after moderation: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named))


def _options(line, grade: str, style: str) -> None:
    """The four grades on one line, the chosen one left standing (others
    struck through) or highlighted."""
    for position, option in enumerate(GRADE_ORDER):
        if position:
            run(line, " / ")
        if style == "strike":
            run(line, WORDS[option], strike=option != grade)
        else:
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
