"""Supervision case audit: a manager's or practice lead's audit of the
supervision one practitioner receives, read from the supervision file and
the case supervision notes on children's records. The supervisee, their
supervisor and team, the sessions looked at and their dates; a short
supervision checklist answered Yes / No; five supervision standards, each
with what the records show and a grade; the overall grade; what is working
well and what needs to develop; actions (or a "no actions" sentence); the
question whether the records showed a child's safety issue needing action
today; and the Head of Service's moderation.

Modelled on Bournemouth Borough Council's "Supervision Policy" (chapter
1.1.6 of the Bournemouth Children's Social Care Procedure Manual, reviewed
January 2018): supervision as an accountable process that should improve
the quality of decision making, give line management and organisational
accountability, address caseload and workload, identify learning and
development, let supervisor and social worker reflect on and evaluate the
work and let the supervisor scrutinise it; monthly supervision the norm,
with the reasons for any less frequent oversight set out in the case
record; and a supervision checklist of responsibilities. The policy shows
no audit form, so the layout is our judgement: the details as a two-column
table, a four-column grid or "label: value" lines; the sessions sampled as
a small table or one line of dates; the standards as a table or as one
block each; grades as a number on a printed 1–4 key, a mark under O / G /
RI / I columns, the chosen word highlighted among the four, or typed
informally; actions as a table, as lines or a "no actions" sentence; the
moderation typed in the Head of Service's colour as a box or closing lines,
sometimes with remarks under the standards.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import Moderation, Section
from bot.samples.ooxml import shade
from bot.samples.people import (
    CHILD_FIRST_NAMES,
    FAMILY_SURNAMES,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    STAFF,
)
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

FAMILY = "supervision_case_audit"
SEED = 9514
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

# The council's five standards, in the order of the sample's areas
# (Frequency, Reflection, Case direction, Decisions recorded, Support), each
# with the prompt printed under it.
STANDARDS = (
    (("Frequency and regularity", "Is supervision monthly? Where it is less often, are the reasons on file?"),
     ("Supervision happens as often as the policy expects", "Monthly as the norm; booked in advance.")),
    (("Reflection and evaluation of the work", "Do supervisor and worker reflect on the work and what it means "
                                                "for the child?"),
     ("Reflective discussion", "Is there analysis and hypothesis, not only a list of tasks?")),
    (("Case direction and quality of decisions", "Does each case discussion end with a clear direction?"),
     ("Case direction given", "Clear plans, timescales and who does what.")),
    (("Decisions and reasons recorded on the child's record",
      "Are decisions and the reasons for them copied to the child's file?"),
     ("Recording of decisions", "Rationale recorded on the child's record within the timescale.")),
    (("Wellbeing, workload and development", "Are caseload, wellbeing and learning needs discussed and "
                                             "challenge given?"),
     ("Support, challenge and wellbeing", "Workload, staff care, learning and development.")),
)
TITLES = ("Supervision Audit – Case Supervision Records", "Audit of Supervision", "Supervision File Audit Tool",
          "Quality of Supervision: Audit Record")
SUPERVISEE_LABELS = ("Supervisee", "Name of supervisee", "Practitioner supervised", "Worker")
SUPERVISOR_LABELS = ("Supervisor", "Supervising manager", "Line manager / supervisor")
AUDITOR_LABELS = ("Audited by", "Auditor", "Completed by", "Audit completed by")
DATE_LABELS = ("Date of audit", "Audit date", "Date completed")
ROLES = ("Social Worker", "Senior Social Worker", "Advanced Practitioner", "Social Worker (ASYE)",
         "Family Support Worker")
MANAGER_ROLES = {PRACTICE_MANAGER: "Practice Manager", SAFEGUARDING_PRACTICE_MANAGER: "Practice Lead"}
CHECKLIST = (
    "Supervision agreement signed and on file",
    "Dates of the next sessions booked in advance",
    "Records signed / agreed by supervisor and supervisee",
    "Case decisions copied to the children's records",
    "Learning and development needs discussed since the last appraisal",
)
MODERATION_AGREE = (
    "I have read the supervision records sampled and agree with the auditor's findings.",
    "Evidence on file supports the auditor's view; a fair and balanced audit.",
)
MODERATION_LOWER = (
    "Having read the records I do not think the reflection reaches the standard given; the sessions are "
    "largely task lists.",
    "The gaps between sessions in the summer are not explained on the file, so I have moderated the grade down.",
)
MODERATION_RAISE = (
    "The auditor has under-sold this supervision: the case discussions are analytical and the worker's "
    "wellbeing is clearly attended to.",
    "I have moderated the grade up; the decisions and their reasons are consistently on the children's records.",
)
MODERATION_REMARKS = (
    "Please make sure the actions are reviewed at the next practice managers' meeting.",
    "A useful audit. I would like the supervisor to share the reflective template with the team.",
    "Noted; discuss the findings with the supervisee before the next session.",
)
SECTION_REMARKS = ("Agree.", "I would want to see this evidenced over a longer period.",
                   "Seen – good example of reflective recording.", "This needs picking up in the team meeting.")
URGENT = (
    "In the September session a referral about {name} (bruising reported by school) was discussed but no "
    "strategy discussion is recorded on the child's file. Raised with the Head of Service the same day.",
    "The case supervision note for {name} records that the child was not seen for seven weeks while on a child "
    "protection plan. Practice Manager asked to arrange a visit today; Head of Service informed.",
)
EVIDENCE_MENTIONS = (
    "The discussion of {name}'s plan in the last session is a good example of reflection.",
    "Direction for {name} was given but the reasons are not on the child's record.",
    "The worker's worries about {name} were explored and a hypothesis recorded.",
)
NO_ACTIONS = ("No actions – the supervision meets the standard and should continue as it is.",
              "No further actions arising from this audit.",
              "None required.")
URGENT_QUESTIONS = (
    "Did the records show any concern about a child's safety that needs action today?",
    "Immediate safeguarding concern identified in the records (if yes, tell the Head of Service today)?",
    "Is any child at risk because of something found in this audit?",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    plan = (["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
            + ["plain"] * max(0, count - 9))[:count]
    rng.shuffle(plan)
    return [_form(rng, index, sample, outcome, today)
            for index, (sample, outcome) in enumerate(zip(pool, plan))]


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _child_name(rng: random.Random) -> str:
    return f"{rng.choice(CHILD_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"


def _moderate(rng: random.Random, sample, outcome: str, moderator: str, today: date) -> Moderation | None:
    if outcome not in ("comments", "changed", "confirmed"):
        return None
    day = min(today, sample.date + timedelta(days=rng.randint(3, 15)))
    while day.weekday() > 4:
        day -= timedelta(days=1)
    names = [section.name for section in sample.sections]
    remarks = {name: rng.choice(SECTION_REMARKS) for name in rng.sample(names, rng.randint(0, 2))}
    if outcome == "comments":
        return Moderation(moderator, day, (rng.choice(MODERATION_REMARKS),), remarks, None)
    if outcome == "confirmed":
        return Moderation(moderator, day, (rng.choice(MODERATION_AGREE),), remarks, sample.grade)
    position = ORDER.index(sample.grade)
    if position == 0 or (position < 3 and rng.random() < 0.6):
        return Moderation(moderator, day, (rng.choice(MODERATION_LOWER),), remarks, ORDER[position + 1])
    return Moderation(moderator, day, (rng.choice(MODERATION_RAISE),), remarks, ORDER[position - 1])


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "grid", "lines"))
    areas_style = rng.choice(("table", "blocks"))
    grade_style = rng.choice(("key", "columns", "highlight", "typed"))
    wording = rng.randrange(2)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    head = sample.auditor  # the sample's auditor is the Head of Service over the supervisor
    peers = [member for member in STAFF if member.role in MANAGER_ROLES and member.name not in (supervisor, head)]
    auditor = rng.choice(peers)

    changes = {"auditor": auditor.name,
               "sections": tuple(Section(STANDARDS[position][wording][0], section.grade, section.comment)
                                 for position, section in enumerate(sample.sections))}
    show_service = rng.random() < 0.6
    show_team = rng.random() > 0.12
    show_period = rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    if not show_team:
        changes["team"] = None
    if not show_period:
        changes["own"] = tuple(field for field in sample.own if field.key != "period_covered")
    others: list[str] = []
    if outcome == "urgent":
        name = _child_name(rng)
        others.append(name)
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(name=name)
    changes["urgent_question"] = True
    mentioned: dict[int, str] = {}
    if rng.random() < 0.35:
        name = _child_name(rng)
        if name not in others:
            others.append(name)
            mentioned[rng.randrange(len(sample.sections))] = rng.choice(EVIDENCE_MENTIONS).format(
                name=name.split()[0] if rng.random() < 0.5 else name)
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = _moderate(rng, sample, outcome, head, today)
    sample = replace(sample, moderation=moderation)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision audit v{rng.choice(('2', '2.1', '3'))} – read with the Supervision Policy (1.1.6) – "
                "OFFICIAL SENSITIVE", size=8)

    # Heading.
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Monthly supervision is the expectation. Where a case is overseen less often, the reasons must be on the "
        "child's record.",
        "Use this tool to audit one practitioner's supervision over the last three months. Read the supervision "
        "file and the case supervision notes on the children's records.")), italic=True, size=9)

    # Details.
    auditor_text = auditor.name
    if rng.random() < 0.5:
        auditor_text = f"{auditor.name} ({MANAGER_ROLES[auditor.role]})"
    details = [(rng.choice(SUPERVISEE_LABELS), sample.practitioner),
               ("Role", rng.choice(ROLES)),
               (rng.choice(SUPERVISOR_LABELS), supervisor),
               ("Team", sample.team or "")]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [(rng.choice(AUDITOR_LABELS), auditor_text), (rng.choice(DATE_LABELS), when(sample.date))]
    if show_period:
        details.append((rng.choice(("Period covered", "Period of supervision audited")), own["period_covered"].written))
    session_inline = rng.random() < 0.5
    if session_inline:
        details.append((rng.choice(("Sessions looked at", "Supervision dates sampled", "Dates of sessions audited")),
                        "; ".join(when(day) for day in sessions)))
    if details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(details) + 1) // 2, 4)
        for position, (text, value) in enumerate(details):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            if value:
                write(grid.cell(row, column + 1), value)
    else:
        for text, value in details:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value or "")
    document.add_paragraph()

    # Sessions sampled.
    if not session_inline:
        brand_heading(document, "Supervision sessions looked at", brand, size=12)
        sessions_grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(sessions_grid.rows[0].cells, ("Date of session", "Length", "Recorded within 5 "
                                                            "working days?", "Signed by both?")):
            label(cell, text, "EDEDED")
        for row, day in zip(sessions_grid.rows[1:], sessions):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(("1 hr", "90 mins", "1.5 hrs", "75 mins")))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No")))
            write(row.cells[3], rng.choice(("Yes", "Yes", "No – supervisee only")))
        document.add_paragraph()

    # Checklist.
    numbered = rng.random() < 0.6
    if numbered:
        brand_heading(document, "Part 1 – Supervision checklist", brand, size=12)
        checklist = table(document, len(CHECKLIST) + 1, 3)
        for cell, text in zip(checklist.rows[0].cells, ("", "Yes / No", "Comment")):
            label(cell, text, "EDEDED")
        for row, item in zip(checklist.rows[1:], CHECKLIST):
            write(row.cells[0], item)
            write(row.cells[1], rng.choice(("Yes", "Yes", "Yes", "No", "Partly")))
        document.add_paragraph()

    # Key.
    brand_heading(document, "Part 2 – Supervision standards" if numbered else "Standards of supervision", brand,
                  size=12)
    if grade_style == "key":
        paragraph(document, "Grade each standard using the key: 1 = Outstanding   2 = Good   "
                            "3 = Requires improvement   4 = Inadequate", italic=True, size=9)
    elif grade_style == "columns":
        paragraph(document, "Mark one column: O = Outstanding, G = Good, RI = Requires improvement, "
                            "I = Inadequate.", italic=True, size=9)
    elif grade_style == "highlight":
        paragraph(document, "Highlight the judgement that applies.", italic=True, size=9)
    else:
        paragraph(document, "Give a judgement for each standard (Outstanding / Good / Requires improvement / "
                            "Inadequate).", italic=True, size=9)

    remarks = moderation.section_comments if moderation else {}
    hos = rng.choice(("HoS: ", "Head of Service: ", "HoS comment – "))
    prompts = [STANDARDS[position][wording][1] for position in range(len(sample.sections))]
    if areas_style == "table":
        columns = 6 if grade_style == "columns" else 3
        grid = table(document, len(sample.sections) + 1, columns)
        header = ["Standard", rng.choice(("What the records show", "Evidence", "Evidence from the records"))]
        header += [SHORT[grade] for grade in ORDER] if grade_style == "columns" else [
            "Grade (1–4)" if grade_style == "key" else "Grade"]
        for cell, text in zip(grid.rows[0].cells, header):
            label(cell, text, "DCE6F1")
        for row, position in zip(grid.rows[1:], range(len(sample.sections))):
            section = sample.sections[position]
            write(row.cells[0], section.name, bold=True)
            write(row.cells[0], prompts[position], italic=True, size=8)
            write(row.cells[1], section.comment)
            if position in mentioned:
                write(row.cells[1], mentioned[position])
            if section.name in remarks:
                write(row.cells[1], hos + remarks[section.name], colour=ink)
            if grade_style == "columns":
                write(row.cells[2 + ORDER.index(section.grade)], rng.choice(("X", "\u2713")), bold=True)
            else:
                _grade_into(rng, row.cells[2], grade_style, section.grade, "")
    else:
        for position, section in enumerate(sample.sections):
            paragraph(document, f"{position + 1}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompts[position], italic=True, size=9)
            line = paragraph(document, "Evidence: ", bold=True)
            run(line, section.comment)
            if position in mentioned:
                paragraph(document, mentioned[position])
            if section.name in remarks:
                paragraph(document, hos + remarks[section.name], colour=ink)
            if grade_style == "columns":
                line = paragraph(document, "Grade:  ", bold=True)
                for grade in ORDER:
                    run(line, f"{SHORT[grade]} [{'X' if grade == section.grade else ' '}]   ")
            else:
                holder = paragraph(document, "Grade: ", bold=True)
                _grade_run(rng, holder, grade_style, section.grade)
    document.add_paragraph()

    # Overall.
    brand_heading(document, "Part 3 – Overall judgement" if numbered else rng.choice((
        "Overall grade", "Overall judgement on the quality of supervision")), brand, size=12)
    overall = paragraph(document, rng.choice(("Overall grade: ", "Overall: ", "Overall judgement: ")), bold=True)
    if grade_style == "columns":
        for grade in ORDER:
            run(overall, f"{WORDS[grade]} [{'X' if grade == sample.grade else ' '}]   ")
    else:
        _grade_run(rng, overall, grade_style, sample.grade)
    document.add_paragraph()

    # Strengths and development.
    headings = rng.choice((("What is working well", "Areas for development"),
                           ("Strengths of the supervision", "What needs to improve"),
                           ("Strengths", "Areas for development")))
    if rng.random() < 0.5:
        pair = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(pair.cell(0, column), heading, "EDEDED")
            for item in items:
                write(pair.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            brand_heading(document, heading, brand, size=11)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}")
    document.add_paragraph()

    # Actions.
    brand_heading(document, rng.choice(("Actions", "Actions agreed with the supervisor", "Action plan")), brand,
                  size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                              ("What needs to happen", "Responsible", "Date")))):
            label(cell, text, "DCE6F1")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Urgent concern.
    question = paragraph(document, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if rng.random() < 0.5:
        run(question, "Yes \u2612  No \u2610" if sample.urgent_concern else "Yes \u2610  No \u2612")
    else:
        run(question, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "None identified")))
    if sample.urgent_concern:
        paragraph(document, rng.choice(("Details: ", "If yes, what and who was told: ")) + sample.urgent_concern_detail)
    document.add_paragraph()

    # Sign-off and moderation.
    sign = paragraph(document, "Auditor: ", bold=True)
    run(sign, f"{auditor.name}    Date: {when(sample.date)}")
    paragraph(document, rng.choice(("Audit shared with the supervisor and supervisee: Yes",
                                    "Feedback given to supervisor: Yes", "")))
    _moderation(rng, document, sample, moderation, ink, brand, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else auditor.name)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _grade_run(rng: random.Random, holder, style: str, grade: str) -> None:
    if style == "key":
        run(holder, str(ORDER.index(grade) + 1), bold=True)
        if rng.random() < 0.4:
            run(holder, f" ({WORDS[grade]})")
    elif style == "highlight":
        for position, option in enumerate(ORDER):
            if position:
                run(holder, "   ")
            run(holder, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        run(holder, informal_grade(rng, grade, note_chance=0.2))


def _grade_into(rng: random.Random, cell, style: str, grade: str, text: str) -> None:
    holder = write(cell, text) if text else cell.paragraphs[0]
    if style == "highlight":
        for option in ORDER:
            line = holder if option == ORDER[0] else cell.add_paragraph()
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
    else:
        _grade_run(rng, holder, style, grade)
        if style == "key" and rng.random() < 0.3:
            shade(cell._tc, "F2F2F2")


def _moderation(rng: random.Random, document, sample, moderation, ink: str, brand: str, when) -> None:
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)"))
    if moderation is None:
        if rng.random() < 0.5:
            brand_heading(document, heading, brand, size=12)
            paragraph(document, rng.choice(("Not selected for moderation.", "Head of Service to complete.", "")),
                      italic=True)
        return
    brand_heading(document, heading, brand, size=12)
    if moderation.grade is None:
        verdict = ""
    elif moderation.grade == sample.grade:
        verdict = rng.choice(("Agree – grade confirmed", "I agree with the grade"))
    else:
        verdict = rng.choice(("Do not agree – grade changed", "Grade moderated"))
    if rng.random() < 0.5:
        rows = [("Moderated by", moderation.moderator), ("Date", when(moderation.date))]
        if verdict:
            rows.append(("Agree with the auditor's overall grade?", verdict))
        rows.append(("Comments", "\n".join(moderation.comments)))
        if moderation.grade:
            rows.append(("Moderated grade", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, f"{verdict}: " if verdict else "", colour=ink)
            run(line, rng.choice(("Moderated grade ", "Final grade ")), colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
