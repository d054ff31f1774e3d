"""Reflective supervision audit: a Head of Service's (or practice lead's)
audit of the supervision one practitioner receives, read from the
supervision file and the case records it refers to. The supervisee,
supervisor and team, the sessions looked at, five standards of
supervision each with the evidence seen and a judgement, an overall
judgement, what is working well and what needs to develop, actions (or a
sentence saying there are none), the question whether reading the records
found a child whose safety needs action today, and the moderating Head of
Service's box.

Modelled on the South Tyneside Safeguarding Children Board procedures
manual's chapter on underlying policy, principles and values, whose part
on effective supervision and support for professionals expects
practitioners to have regular, reflective supervision that scrutinises
the work with each child, records clear direction and attends to the
worker's wellbeing and development. The chapter describes the standard,
not a form, so the layout is our own judgement (the Yorkshire and the
Humber councils all appear among the other families; South Tyneside is in
the neighbouring North East): details as a two-column table, a four-column
grid or typed "label: value" lines; the sessions as a small table or a
line; the standards as one table of rows or as a block each; judgements
as a number on a printed 1-4 key, a mark under the four grade columns,
the chosen grade highlighted among the four, or the grade typed in words;
actions as a table, as lines, or a "no actions" sentence; moderation typed
by a second Head of Service in a non-red colour, as a box or a closing
block of paragraphs.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import shade
from bot.samples.people import CHILD_FIRST_NAMES, FAMILY_SURNAMES, HEAD_OF_SERVICE
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

FAMILY = "reflective_supervision_audit"
SEED = 9803

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The form's five standards, in the order of the sample's areas, with the
# prompt printed under each.
STANDARDS = (
    ("Regular, planned supervision",
     "Are sessions held at the agreed frequency, planned with an agenda and recorded on file promptly?"),
    ("Reflection and critical thinking",
     "Does the record show the worker being helped to reflect, test hypotheses and think about the child's "
     "lived experience?"),
    ("Case direction and management oversight",
     "Is there a clear direction for each case discussed, with who does what by when?"),
    ("Wellbeing, workload and support",
     "Is the worker's wellbeing, caseload and the emotional impact of the work discussed?"),
    ("Learning, training and development",
     "Are training needs, CPD and the appraisal objectives revisited?"),
)
TITLES = ("Reflective Supervision Audit", "Audit of Reflective Supervision", "Supervision Quality Audit – "
          "Reflective Supervision Standards")
KEY_MEANINGS = {
    OUTSTANDING: "Supervision is consistently reflective and drives practice forward for children.",
    GOOD: "Supervision meets the standard; direction is clear and the worker is supported.",
    REQUIRES_IMPROVEMENT: "Supervision happens but is not consistently reflective or directive.",
    INADEQUATE: "Supervision is missing, irregular or gives no direction; children may be left at risk.",
}
CASE_NOTES = (
    "The discussion about {name} shows good reflection on what school had reported.",
    "Direction for {name}'s case is recorded but not followed up at the next session.",
    "The worker's worries about {name} were explored well and a clear plan agreed.",
)
URGENT_DETAILS = (
    "Supervision on {session} records that {name} disclosed being hit by mum's partner; no strategy discussion "
    "is recorded. I spoke to the Team Manager and Head of Service the same day and one has been requested.",
    "{name} has been missing from home twice since the last session and no return interview is on file. "
    "Raised with the supervisor and Head of Service immediately.",
    "The records show {name}'s child protection visits have not happened for five weeks. Escalated to the "
    "Head of Service on the day of the audit; a visit is booked for tomorrow.",
)
URGENT_QUESTIONS = (
    "Did reading the supervision and case records identify any child whose safety needs action today?",
    "Urgent concern: is there a child's safety issue in the records that needs escalating now?",
    "Has anything been found that requires immediate action to safeguard a child? (If yes, tell the Head of "
    "Service the same day.)",
)
NO_ACTIONS = ("No actions arising – supervision is meeting the standard.",
              "No further actions. Feedback given to the supervisor and supervisee.",
              "Actions: none required at this time.")
AGREE_COMMENTS = ("I have read the supervision file and agree with the auditor's judgement.",
                  "A fair and well-evidenced audit. Please share the findings with the supervisor.")
LOWER_COMMENTS = ("Case direction is missing for several children discussed; I do not think the standard is met "
                  "as the audit says.",
                  "Sessions have slipped from monthly to every six weeks, which the audit does not reflect.")
RAISE_COMMENTS = ("The reflective discussions are stronger than the audit suggests; the records show real "
                  "analysis.",
                  "The wellbeing conversations are of a high standard and should be recognised.")
REMARK_COMMENTS = ("Please make sure the actions are picked up in the supervisor's own supervision.",
                   "Findings to be shared at the next practice standards meeting.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    heads = sorted({member.name for member in STAFF if member.role == HEAD_OF_SERVICE})
    roles = (["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
             + ["no actions"] * 2 + ["plain"] * max(0, count - 11))[:count]
    forms = list(zip(pool, roles))
    rng.shuffle(forms)
    return [_form(rng, index, sample, role, heads, today) for index, (sample, role) in enumerate(forms)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == len(ORDER) - 1:
        return ORDER[-2]
    return ORDER[position + rng.choice((-1, 1))]


def _child_name(rng: random.Random) -> str:
    return f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"


def _form(rng: random.Random, index: int, sample, role: str, heads: list[str], today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    standards_style = rng.choice(("rows", "blocks"))
    grade_style = rng.choice(("key", "columns", "highlight", "words"))
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    named: list[str] = []

    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(STANDARDS, sample.sections))}
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    if role == "urgent":
        child = _child_name(rng)
        named.append(child)
        detail = rng.choice(URGENT_DETAILS).format(name=child.split()[0], session=when(sessions[-1]))
        changes.update(urgent_question=True, urgent_concern=True, urgent_concern_detail=detail)
    else:
        changes["urgent_question"] = True
    if role in ("comments", "changed", "confirmed"):
        moderator = rng.choice([head for head in heads if head != sample.auditor])
        moderated_on = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        if role == "comments":
            grade, pool = None, REMARK_COMMENTS
        elif role == "confirmed":
            grade, pool = sample.grade, AGREE_COMMENTS
        else:
            grade = _nearby(rng, sample.grade)
            pool = LOWER_COMMENTS if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE_COMMENTS
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(pool, rng.randint(1, 2))),
                                           {}, grade)
    if role == "no actions":
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Reflective supervision audit – v{rng.choice(('2', '2.3', '3'))} – OFFICIAL-SENSITIVE", size=8)
    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, title.upper() if rng.random() < 0.4 else title, bold=True, size=16, colour=brand)
    paragraph(document, rng.choice((
        "To be completed from the supervision file and the case records of children discussed in supervision.",
        "Read at least three recent supervision records and the case notes they refer to.")), italic=True, size=9)

    # Details.
    brand_heading(document, "Part A – About this audit", brand)
    auditor = sample.auditor
    if rng.random() < 0.4:
        auditor = f"{auditor} (Head of Service)"
    details = [
        (rng.choice(("Supervisee", "Name of supervisee", "Practitioner supervised")), sample.practitioner),
        (rng.choice(("Supervisor", "Name of supervisor", "Line manager (supervisor)")), supervisor),
        ("Team", sample.team),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [
        (rng.choice(("Audit completed by", "Auditor", "Name of auditor")), auditor),
        (rng.choice(("Date of audit", "Date completed", "Audit date")), when(sample.date)),
        (rng.choice(("Period covered", "Period of records audited")), period),
    ]
    if details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(details) + 1) // 2, 4)
        for position, (text, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        for text, value in details:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()

    # Sessions.
    brand_heading(document, "Part B – Supervision sessions looked at", brand)
    if rng.random() < 0.5:
        grid = table(document, len(sessions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Date of session", "Recorded on file within 5 working days?",
                                                   "Signed by both?")):
            label(cell, text, "EDEDED")
        for row, day in zip(grid.rows[1:], sessions):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(("Yes", "Yes", "No – 8 days")))
            write(row.cells[2], rng.choice(("Yes", "Y", "Supervisor only")))
    else:
        line = paragraph(document, rng.choice(("Sessions audited: ", "Dates of the supervision records read: ")),
                         bold=True)
        run(line, ", ".join(when(day) for day in sessions))
    document.add_paragraph()

    # Key.
    brand_heading(document, "Part C – The standards", brand)
    if grade_style == "key":
        paragraph(document, "Score each standard 1–4 using the key:", italic=True)
        key = table(document, 4, 2)
        for number, (row, grade) in enumerate(zip(key.rows, ORDER), start=1):
            write(row.cells[0], f"{number} = {WORDS[grade]}", bold=True)
            write(row.cells[1], KEY_MEANINGS[grade], size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True)
    elif grade_style == "columns":
        paragraph(document, "Mark one column for each standard (O = Outstanding, G = Good, RI = Requires "
                            "improvement, I = Inadequate).", italic=True)
    else:
        paragraph(document, "Judgement: Outstanding / Good / Requires improvement / Inadequate.", italic=True)

    case_note = None
    if role != "urgent" and rng.random() < 0.35:
        child = _child_name(rng)
        named.append(child)
        case_note = rng.choice(CASE_NOTES).format(name=child.split()[0])
    mark = rng.choice(("X", "\u2713", "x"))
    if standards_style == "rows":
        columns = 7 if grade_style == "columns" else 3
        grid = table(document, len(sample.sections) + 1, columns)
        head = ["Standard", "Evidence seen"] + ([*(SHORT[grade] for grade in ORDER), "Notes"]
                                                 if grade_style == "columns"
                                                 else ["Score" if grade_style == "key" else "Judgement"])
        for cell, text in zip(grid.rows[0].cells, head):
            label(cell, text, "D9E2F3")
        for number, (row, section, (_, prompt)) in enumerate(zip(grid.rows[1:], sample.sections, STANDARDS),
                                                                start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if case_note and number == 3:
                write(row.cells[1], case_note)
            if grade_style == "columns":
                for cell, grade in zip(row.cells[2:6], ORDER):
                    if grade == section.grade:
                        write(cell, mark, bold=True)
            else:
                _grade_in(rng, row.cells[2], grade_style, section.grade, "")
    else:
        for number, (section, (_, prompt)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            box = table(document, 2, 1)
            line = write(box.cell(0, 0), "Evidence: ", bold=True)
            run(line, section.comment)
            if case_note and number == 3:
                write(box.cell(0, 0), case_note)
            if grade_style == "columns":
                marks = table(document, 2, 4)
                for column, grade in enumerate(ORDER):
                    label(marks.cell(0, column), WORDS[grade], "F2F2F2")
                    if grade == section.grade:
                        write(marks.cell(1, column), mark, bold=True)
                write(box.cell(1, 0), "Judgement: see below", italic=True, size=8)
            else:
                _grade_in(rng, box.cell(1, 0), grade_style, section.grade,
                          "Score (1-4): " if grade_style == "key" else "Judgement: ")
            document.add_paragraph()
    document.add_paragraph()

    # Overall.
    brand_heading(document, "Part D – Overall judgement", brand)
    overall_label = rng.choice(("Overall judgement on the quality of supervision",
                                "Overall grade", "Overall, supervision for this worker is judged"))
    if grade_style == "columns":
        paragraph(document, f"{overall_label}:", bold=True)
        marks = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(marks.cell(0, column), WORDS[grade], "F2F2F2")
            if grade == sample.grade:
                write(marks.cell(1, column), mark, bold=True)
    else:
        box = table(document, 1, 1)
        _grade_in(rng, box.cell(0, 0), grade_style, sample.grade, f"{overall_label}: ")
    document.add_paragraph()

    # Strengths and development.
    brand_heading(document, "Part E – Findings", brand)
    headings = rng.choice((("What is working well in supervision", "What needs to develop"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Areas for improvement")))
    bullet = rng.choice(("\u2022 ", "- ", "numbers"))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, "Part F – Actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                               ("Action agreed", "Responsible", "Timescale")))):
            label(cell, text, "D9E2F3")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} (Who: {action.owner}; by {when(action.due)})")
    document.add_paragraph()

    # Urgent concern.
    brand_heading(document, "Part G – Safeguarding", brand)
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"{rng.choice(('YES', 'Yes'))} – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "NO", "No – none identified")))
    document.add_paragraph()

    # Moderation.
    _moderation(rng, document, sample, moderation, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named))


def _grade_in(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    line = write(cell, text, bold=True) if text else cell.paragraphs[-1]
    if style == "key":
        number = ORDER.index(grade) + 1
        run(line, str(number) if rng.random() < 0.6 else f"{number} – {WORDS[grade]}", bold=True)
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(line, informal_grade(rng, grade, note_chance=0.2 if not text.startswith("Overall") else 0.0))


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Part H – Head of Service moderation", "Moderation by Head of Service"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated judgement", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            if rng.random() < 0.5:
                write(box.cell(3, 1), rng.choice(("Not selected for moderation this month.", "Awaiting moderation.")),
                      italic=True)
        return
    brand_heading(document, heading, brand)
    agrees = moderation.grade == sample.grade
    if rng.random() < 0.5:
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date moderated", "Do you agree with the overall judgement?",
                                        "Moderated judgement", "Head of Service comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            write(box.cell(2, 1), "Yes" if agrees else "No", colour=ink)
            write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
    else:
        box = table(document, 1, 1)
        cell = box.cell(0, 0)
        shade(cell._tc, "F7F7F7")
        for comment in moderation.comments:
            write(cell, comment, colour=ink)
        if moderation.grade:
            if agrees:
                write(cell, f"I agree the overall judgement of {WORDS[moderation.grade]}.", colour=ink, bold=True)
            else:
                write(cell, f"Moderated judgement: {informal_grade(rng, moderation.grade)} "
                            f"(auditor's: {WORDS[sample.grade]})", colour=ink, bold=True)
        write(cell, f"{moderation.moderator} – Head of Service – {when(moderation.date)}", colour=ink, italic=True)
