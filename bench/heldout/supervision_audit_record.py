"""Supervision audit record: a manager's (or practice lead's) audit of the
supervision one practitioner has received over the last few months, read
from the practitioner's supervision file and from the case supervision
recorded on children's records. Who is supervised and by whom, their team
and service, who audited and when, the sessions looked at; a few checks on
the supervision file answered yes / no; five standards of supervision, each
with what the records show and a grade; the overall quality of supervision;
what is working well and what we are worried about; what needs to happen,
by whom and by when (or a sentence saying nothing does); the question
whether any child discussed in the sessions needs action today; and the
Head of Service's moderation.

Modelled on Manchester Children's Services' "Quality Assurance and Voice of
Children and Young People – Continuous Improvement Framework" (a learning
and improvement cycle; performance information, the voice of children and
young people, an audit framework, compliments and complaints, supervision
and appraisal frameworks and listening to staff, each with an appendix)
and the council's "Our improvement journey" page (after the 2014 inadequate
judgement, more Team Manager and Service Manager posts so that managers
give clear management oversight and regular supervision, and every social
worker trained in Signs of Safety). Neither shows a supervision audit form,
so the layout is our own judgement: the details as a four-column grid, as
cells with a small label over the value, as "label: value" lines or as an
opening paragraph; the sessions as a table, on one line or inside the
details; the standards in one table, as numbered blocks with a grade line,
or as evidence blocks whose grades are gathered in a summary table; grades
typed informally, as a number on a printed key (1 = Outstanding, or the key
reversed), as tick boxes, underlined among the four or with the other three
struck through; Signs of Safety headings on some files ("What's working
well?", "What are we worried about?", "What needs to happen?"); the
moderation as a box, a signed paragraph or remarks typed under the
standards, in the Head of Service's colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.ooxml import shade
from bot.samples.people import (
    CHILD_FIRST_NAMES,
    EARLY_HELP_MANAGER,
    FAMILY_SURNAMES,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
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

FAMILY = "supervision_audit_record"
SEED = 5743

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
BOX_TICKED, BOX_EMPTY = "\u2612", "\u2610"
SENTENCE_WORDS = {OUTSTANDING: "outstanding", GOOD: "good", REQUIRES_IMPROVEMENT: "requires improvement",
                  INADEQUATE: "inadequate"}
ROLES = {PRACTICE_MANAGER: "Practice Manager", EARLY_HELP_MANAGER: "Early Help Manager",
         SAFEGUARDING_PRACTICE_MANAGER: "Safeguarding Practice Manager", HEAD_OF_SERVICE: "Head of Service",
         QA_TEAM: "Practice Lead (QA)"}

# The form's five standards, in the order of the sample's areas (frequency,
# reflection, case direction, decisions recorded, support and challenge),
# each with the prompt printed under it and what the records showed, by grade.
STANDARDS = (
    ("Supervision is regular and planned",
     "Is supervision happening at the frequency in the agreement, with an agenda both prepare for?",
     {OUTSTANDING: ("Every session took place on the planned date; agendas were shared beforehand and "
                    "both parties added items.",),
      GOOD: ("Sessions held monthly as agreed; one moved by a week because of court and rebooked straight away.",
             "Supervision is monthly and planned, with an agenda on each record."),
      REQUIRES_IMPROVEMENT: ("One session in the period was cancelled and not rebooked for six weeks.",
                             "Sessions happen but the gaps between them vary from three to seven weeks."),
      INADEQUATE: ("Only one formal session recorded in three months; no explanation on file.",
                   "No supervision agreement and sessions are ad hoc.")}),
    ("Reflective discussion and analysis",
     "Do the records show the worker being helped to think about the child's experience, hypotheses and "
     "their own practice?",
     {OUTSTANDING: ("Reflection is rich: hypotheses are recorded and revisited at the next session, and the "
                    "worker's own feelings about the work are explored.",),
      GOOD: ("Good use of reflective questions; the worker's analysis of risk is recorded in her own words.",
             "Reflection is evident in most case discussions, with some use of the three columns."),
      REQUIRES_IMPROVEMENT: ("Records are mostly task lists; little sign of reflection or analysis.",
                             "Some reflection recorded but hypotheses are not returned to."),
      INADEQUATE: ("No reflective discussion recorded in any session reviewed.",)}),
    ("Case direction for each child discussed",
     "Is it clear what needs to happen next for each child, by whom and by when?",
     {OUTSTANDING: ("Direction for every child discussed is specific and time-bound and is followed up at the "
                    "next session.",),
      GOOD: ("Clear direction for each child discussed, with timescales.",
             "Actions are SMART in most case discussions; previous actions are reviewed."),
      REQUIRES_IMPROVEMENT: ("Actions agreed but timescales missing in two of the case discussions.",
                             "Direction given, but actions from the previous session are not reviewed."),
      INADEQUATE: ("Case discussions do not give direction; the same worries are repeated with no plan.",)}),
    ("Decisions and rationale recorded on the child's record",
     "Are management decisions made in supervision copied to the child's record with the reasons for them?",
     {OUTSTANDING: ("Every decision is on the child's record within two days with a clear rationale the child "
                    "could understand.",),
      GOOD: ("Decisions recorded on the children's records with the reasons, mostly within the week.",),
      REQUIRES_IMPROVEMENT: ("Decisions are on the supervision record but only some reach the child's record.",
                             "Rationale for the decision to step down is not recorded."),
      INADEQUATE: ("Decisions from supervision are not on the children's records at all.",)}),
    ("Support, wellbeing and professional development",
     "Is the worker's wellbeing, caseload and learning discussed, with training and development followed up?",
     {OUTSTANDING: ("Wellbeing, caseload and CPD are discussed every session and the learning plan is "
                    "reviewed against the appraisal.",),
      GOOD: ("Wellbeing and caseload checked each session; training booked following the appraisal.",
             "Good balance of support and challenge; CPD discussed."),
      REQUIRES_IMPROVEMENT: ("Wellbeing is checked but training needs identified at appraisal are not followed "
                             "up.",
                             "Little evidence of challenge; development needs not revisited."),
      INADEQUATE: ("No discussion of wellbeing or development recorded despite a high caseload.",)}),
)
SHORT_NAMES = ("Frequency and planning", "Reflection and analysis", "Case direction", "Decisions recorded",
               "Support and development")

# Checks on the supervision file: the question, then what an auditor notes
# beside a yes and beside a no.
CHECKS = (
    ("Supervision agreement on file and signed by both", ("", "signed at induction"),
     ("agreement is from the previous manager", "not on file")),
    ("Records typed up and on file within 5 working days", ("", "all three on time"),
     ("one took 9 days", "two late")),
    ("Records signed / agreed by the supervisee", ("",), ("two not signed", "not signed since August")),
    ("Appraisal (PDR) completed in the last 12 months", ("", "PDR in March"), ("last one 2025", "overdue")),
    ("Social Work England registration checked", ("registration seen at PDR", ""), ("not recorded",)),
    ("Learning and development plan on file", ("",), ("to be agreed", "not on file")),
)
CASE_NOTES = (
    "CP plan, neglect – direction clear and followed up",
    "CIN – stepping down to Early Help; rationale recorded",
    "CP plan, domestic abuse – safety plan reviewed",
    "Child in care – placement stability discussed",
    "CIN – school attendance; actions without timescales",
    "PLO pre-proceedings – letter before proceedings agreed",
    "Care leaver – pathway plan overdue",
)
URGENT_DETAILS = (
    "The record of the session on {when} notes that {first}'s mother has a new partner with a conviction for "
    "violence. There is nothing to show a strategy discussion was considered. Raised with {hos} on the day of "
    "the audit; a strategy discussion is being arranged.",
    "Case discussion on {when}: {first} disclosed being hit at home and this was not followed up. I spoke to "
    "the Practice Manager and {hos} the same afternoon and the child has been seen today.",
    "Supervision on {when} records that {first} has been missing three times without return interviews. "
    "Escalated to {hos} immediately; return interview and strategy meeting booked.",
)
NO_ACTIONS = ("No actions – supervision meets the standards and should continue as it is.",
              "None arising from this audit.",
              "No further actions needed; feedback given to the supervisor and supervisee.")
MODERATION_AGREES = ("I have read the supervision file and agree with the auditor's judgement.",
                     "A fair and well evidenced audit. Agree.")
MODERATION_LOWERS = ("Having read the records, case direction is not specific enough to support the grade given.",
                     "Reflection is recorded for only one child in three; I have moderated the overall grade down.")
MODERATION_RAISES = ("The audit undersells the reflective quality of these sessions; the case discussions are "
                     "strong.",
                     "The records show better oversight than the audit suggests.")
MODERATION_REMARKS = ("Please make sure the supervisor sees this audit and the actions are added to the "
                      "supervision agreement.",
                      "Actions to be reviewed at the next service performance meeting.")
MODERATION_SECTION_REMARKS = ("Agree.", "Agree – well evidenced.", "I saw two records not signed; please check.",
                              "Agree with the auditor.")
NOT_MODERATED = ("Not selected for moderation this month.", "", "N/A")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(40, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    # Prefer a different practitioner on each file.
    chosen, seen = [], set()
    for sample in pool:
        if sample.practitioner not in seen:
            seen.add(sample.practitioner)
            chosen.append(sample)
    chosen = (chosen + [sample for sample in pool if sample not in chosen])[:count]
    # The mix: 2 urgent concerns, 2 moderated with comments only, 3 changing
    # the grade, 2 confirming it, the rest plain.
    plans = (["urgent"] * 2 + ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2)
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan, today) for index, (sample, plan) in enumerate(zip(chosen, plans))]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _peer_auditor(rng: random.Random, supervisor):
    """A manager from another team, or a practice lead from the QA team."""
    peers = [person for person in STAFF if person.role in (PRACTICE_MANAGER, EARLY_HELP_MANAGER,
                                                            SAFEGUARDING_PRACTICE_MANAGER, QA_TEAM)
             and person.name != supervisor.name]
    same_service = [person for person in peers if person.service == supervisor.service]
    return rng.choice(same_service if same_service and rng.random() < 0.6 else peers)


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _nearby(rng: random.Random, grade: str) -> str:
    position = GRADE_ORDER.index(grade)
    if position == 0 or (position < 3 and rng.random() < 0.6):
        return GRADE_ORDER[position + 1]
    return GRADE_ORDER[position - 1]


def _moderation(rng: random.Random, plan: str, sample, moderator: str, today: date) -> Moderation | None:
    if plan not in ("comments", "changes", "confirms"):
        return None
    grade = sample.grade
    comments = MODERATION_AGREES
    if plan == "changes":
        grade = _nearby(rng, sample.grade)
        lower = GRADE_ORDER.index(grade) > GRADE_ORDER.index(sample.grade)
        comments = MODERATION_LOWERS if lower else MODERATION_RAISES
    elif plan == "comments":
        grade, comments = None, MODERATION_REMARKS
    when = max(sample.date, min(_weekday_on_or_after(sample.date + timedelta(days=rng.randint(3, 12))), today))
    remarked = rng.sample([section.name for section in sample.sections], rng.randint(1, 3))
    return Moderation(moderator=moderator, date=when, comments=tuple(rng.sample(comments, rng.randint(1, 2))),
                      section_comments={name: rng.choice(MODERATION_SECTION_REMARKS) for name in remarked},
                      grade=grade)


def _children(rng: random.Random, count: int) -> list[str]:
    firsts = rng.sample(CHILD_FIRST_NAMES, count)
    return [f"{first} {rng.choice(FAMILY_SURNAMES)}" for first in firsts]


# --- grades on the page -------------------------------------------------------------


def _key_line(style: str, reverse: bool) -> str:
    if style == "number":
        numbered = [(4 - i if reverse else i + 1, WORDS[grade]) for i, grade in enumerate(GRADE_ORDER)]
        numbered.sort()
        return "Grading key:  " + "   ".join(f"{number} = {word}" for number, word in numbered)
    return {
        "word": "Grades: Outstanding, Good, Requires improvement, Inadequate",
        "tick": "Tick one grade for each standard.",
        "underline": "Underline the grade that applies.",
        "strike": "Delete the grades that do not apply.",
    }[style]


def _number(grade: str, reverse: bool) -> int:
    position = GRADE_ORDER.index(grade)
    return 4 - position if reverse else position + 1


NUMBER_FORMATS = ("{number}", "Grade {number}", "{number} ({word})", "{number} – {word}")


def _grade_into(target, rng: random.Random, grade: str, style: str, reverse: bool, *, note_chance: float = 0.0,
                number_format: str = NUMBER_FORMATS[0]):
    """Write `grade` into a cell (or a paragraph's document) in the form's style."""
    line = target.paragraphs[-1] if not target.paragraphs[-1].text else target.add_paragraph()
    if style == "word":
        run(line, informal_grade(rng, grade, note_chance=note_chance), bold=rng.random() < 0.5)
    elif style == "number":
        number = _number(grade, reverse)
        run(line, number_format.format(number=number, word=WORDS[grade]))
    elif style == "tick":
        parts = [f"{BOX_TICKED if value == grade else BOX_EMPTY} {WORDS[value]}" for value in GRADE_ORDER]
        run(line, "   ".join(parts))
    else:
        for position, value in enumerate(GRADE_ORDER):
            if position:
                run(line, " / ")
            if value == grade:
                chosen = run(line, WORDS[value], bold=True)
                if style == "underline":
                    chosen.underline = True
            else:
                run(line, WORDS[value], strike=style == "strike")
    return line


# --- the form -----------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, plan: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    grade_style = rng.choice(("word", "number", "tick", "underline", "strike"))
    reverse = rng.random() < 0.4
    details_style = rng.choice(("grid", "cells", "lines", "opening"))
    sessions_style = rng.choice(("table", "line", "details"))
    areas_style = rng.choice(("table", "blocks", "summary"))
    signs_of_safety = rng.random() < 0.5
    moderation_style = rng.choice(("box", "paragraph", "inline"))
    number_format = rng.choice(NUMBER_FORMATS)

    def grade_at(target, grade: str, note_chance: float = 0.0):
        return _grade_into(target, rng, grade, grade_style, reverse, note_chance=note_chance,
                           number_format=number_format)

    supervisor = _member(sample.own[0].written)
    head = _member(sample.auditor)  # the Head of Service over the supervisor
    sessions = sample.own[2].written
    auditor = head
    if plan in ("comments", "changes", "confirms") or rng.random() < 0.6:
        auditor = _peer_auditor(rng, supervisor)
    named = _children(rng, rng.randint(1, 3)) if (plan == "urgent" or rng.random() < 0.6) else []

    changes: dict = {
        "auditor": auditor.name,
        "sections": tuple(Section(name, section.grade, rng.choice(evidence[section.grade]))
                          for (name, _, evidence), section in zip(STANDARDS, sample.sections)),
    }
    show_period = details_style != "opening" and rng.random() < 0.6
    if not show_period:
        changes["own"] = (sample.own[0], sample.own[2])
    show_service = details_style in ("grid", "cells", "opening") or rng.random() < 0.4
    if not show_service:
        changes["service"] = None
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    if plan == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS).format(
            when=when(rng.choice(sessions)), first=named[0].split()[0], hos=head.name)
    sample = replace(sample, **changes)
    sample = replace(sample, moderation=_moderation(rng, plan, sample, head.name, today))
    moderation = sample.moderation

    document = new_document(rng, landscape=areas_style == "table" and rng.random() < 0.3)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Continuous Improvement Framework – supervision audit v{rng.choice(('1', '1.2', '2'))} – "
                "OFFICIAL-SENSITIVE when completed", size=8)
    title = rng.choice(("Supervision Audit", "Quality of Supervision Audit", "Supervision File Audit",
                        "SUPERVISION AUDIT RECORD"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Audit the supervision one worker has received over the last three months, using their supervision "
        "file and the case supervision recorded on children's records. Send the completed audit to the QA "
        "mailbox within five working days.",
        "For use by managers and practice leads. Read at least three sessions. Any child found to need action "
        "today must be raised with the Head of Service before the end of the day.")), italic=True, size=9)

    # Part 1: the details.
    brand_heading(document, rng.choice(("1. About this audit", "Part 1 – Details", "1. Supervision audited")), brand)
    role = ROLES.get(auditor.role, "")
    auditor_text = f"{auditor.name} ({role})" if role and rng.random() < 0.5 else auditor.name
    session_text = _join([when(day) for day in sessions], rng)
    rows = [
        (rng.choice(("Supervisee", "Name of supervisee", "Worker supervised")), sample.practitioner),
        (rng.choice(("Supervisor", "Supervising manager", "Line manager / supervisor")), supervisor.name),
        ("Team", sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows += [
        (rng.choice(("Audited by", "Auditor", "Auditor (name / role)")), auditor_text),
        (rng.choice(("Date of audit", "Date audit completed", "Audit date")), when(sample.date)),
    ]
    if show_period:
        rows.append((rng.choice(("Period reviewed", "Period covered", "Supervision period audited")),
                     sample.own[1].written))
    if sessions_style == "details" or details_style == "opening":
        rows.append((rng.choice(("Sessions looked at", "Dates of sessions audited", "Supervision dates")),
                     session_text))
    _details(document, rng, rows, details_style, sample, supervisor, auditor_text, when)

    if sessions_style == "table" and details_style != "opening":
        paragraph(document, rng.choice(("Supervision sessions looked at", "Sessions audited")), bold=True)
        grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("", "Date of session", "Type", "On file within 5 days?")):
            label(cell, text, "E7E6E6")
        for number, (row, day) in enumerate(zip(grid.rows[1:], sessions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], when(day))
            write(row.cells[2], rng.choice(("1:1 formal", "1:1 formal", "Group / case direction", "1:1 (Teams)")))
            write(row.cells[3], rng.choice(("Y", "Y", "Yes", "N – 9 days", "Y")))
    elif sessions_style == "line" and details_style != "opening":
        line = paragraph(document)
        run(line, rng.choice(("Sessions looked at: ", "Supervision sessions reviewed: ")), bold=True)
        run(line, session_text)
    if named:
        line = paragraph(document)
        run(line, rng.choice(("Children's cases discussed in these sessions: ", "Case discussions sampled: ")),
            bold=True)
        notes = rng.sample(CASE_NOTES, len(named))
        run(line, "; ".join(f"{name} ({note})" for name, note in zip(named, notes)))
    document.add_paragraph()

    # Part 2: checks on the supervision file.
    brand_heading(document, rng.choice(("2. The supervision file", "Part 2 – File checks")), brand)
    checks = sorted(rng.sample(range(len(CHECKS)), rng.randint(4, 6)))
    yes_no = rng.choice((("Y", "N"), ("Yes", "No"), ("\u2713", "\u2717")))
    grid = table(document, len(checks) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Check", rng.choice(("Y / N", "Yes / No", "Met?")), "Comment")):
        label(cell, text, "E7E6E6")
    for row, number in zip(grid.rows[1:], checks):
        check, yes_notes, no_notes = CHECKS[number]
        met = rng.random() < 0.75
        write(row.cells[0], check)
        write(row.cells[1], yes_no[0] if met else yes_no[1])
        write(row.cells[2], rng.choice(yes_notes if met else no_notes))
    document.add_paragraph()

    # Part 3: the standards.
    brand_heading(document, rng.choice(("3. Quality of supervision", "Part 3 – Standards of supervision")), brand)
    paragraph(document, _key_line(grade_style, reverse), italic=True)
    inline = moderation is not None and moderation_style == "inline"
    remarks = moderation.section_comments if moderation and (inline or rng.random() < 0.4) else {}
    hos_prefix = rng.choice(("HoS: ", "HoS comment – ", f"{head.name.split()[0]} (HoS): "))
    if areas_style == "table":
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Standard", rng.choice(("What the records show", "Evidence")),
                                                   "Grade")):
            label(cell, text, brand, colour="FFFFFF")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), start=1):
            write(row.cells[0], f"{number}. {section.name}", bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{hos_prefix}{remarks[section.name]}", colour=ink)
            grade_at(row.cells[2], section.grade, note_chance=0.15)
    else:
        for number, (section, (_, prompt, _)) in enumerate(zip(sample.sections, STANDARDS), start=1):
            paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            box = table(document, 2 if areas_style == "blocks" else 1, 2)
            label(box.cell(0, 0), rng.choice(("Evidence", "What the records show")), "F2F2F2")
            write(box.cell(0, 1), section.comment)
            if section.name in remarks:
                write(box.cell(0, 1), f"{hos_prefix}{remarks[section.name]}", colour=ink)
            if areas_style == "blocks":
                label(box.cell(1, 0), "Grade", "F2F2F2")
                grade_at(box.cell(1, 1), section.grade, note_chance=0.15)
        if areas_style == "summary":
            document.add_paragraph()
            paragraph(document, rng.choice(("Summary of grades", "Grades")), bold=True)
            short = rng.random() < 0.5
            summary = table(document, len(sample.sections) + 1, 2)
            label(summary.cell(0, 0), "Standard", "E7E6E6")
            label(summary.cell(0, 1), "Grade", "E7E6E6")
            for number, (row, section) in enumerate(zip(summary.rows[1:], sample.sections)):
                write(row.cells[0], f"{number + 1}. {SHORT_NAMES[number] if short else section.name}")
                grade_at(row.cells[1], section.grade)
    document.add_paragraph()

    # Part 4: overall.
    brand_heading(document, rng.choice(("4. Overall quality of supervision", "Part 4 – Overall judgement")), brand)
    if rng.random() < 0.3:
        paragraph(document, f"Overall, I judge the supervision {sample.practitioner.split()[0]} receives to be "
                            f"{SENTENCE_WORDS[sample.grade]}.")
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), rng.choice(("Overall grade", "Overall quality of supervision")), "F2F2F2")
        grade_at(box.cell(0, 1), sample.grade)
    document.add_paragraph()

    # Part 5: findings.
    headings = (("What's working well?", "What are we worried about?") if signs_of_safety else
                rng.choice((("Strengths", "Areas for development"), ("What is going well", "Even better if"))))
    brand_heading(document, rng.choice(("5. Findings", "Part 5 – Findings")), brand)
    if rng.random() < 0.5:
        findings = table(document, 2, 2)
        label(findings.cell(0, 0), headings[0], "E2EFD9")
        label(findings.cell(0, 1), headings[1], "FBE4D5")
        for item in sample.strengths:
            write(findings.cell(1, 0), item)
        for item in sample.development_areas:
            write(findings.cell(1, 1), item)
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Part 6: actions.
    brand_heading(document, rng.choice(("6. What needs to happen?", "6. Actions", "Part 6 – Action plan"))
                  if signs_of_safety else rng.choice(("6. Actions", "Part 6 – Action plan")), brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What needs to happen", "By whom", "Timescale"),
                              ("Action", "Responsible", "Date due", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} Who: {action.owner}. By: {when(action.due)}.")
    document.add_paragraph()

    # Part 7: any child needing action today.
    brand_heading(document, rng.choice(("7. Safeguarding", "Part 7 – Immediate concerns")), brand)
    question = rng.choice(("Did the audit find any child whose safety needs action today?",
                           "Is there a child discussed in these sessions who may be at risk of significant harm "
                           "now?"))
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), question, "F2F2F2")
    answer = rng.random()
    if answer < 0.4:
        yes, no = ("\u2612", "\u2610") if sample.urgent_concern else ("\u2610", "\u2612")
        write(safety.cell(0, 1), f"Yes {yes}    No {no}")
    elif answer < 0.7:
        write(safety.cell(0, 1), "Yes" if sample.urgent_concern else rng.choice(("No", "NO", "No – none found")))
    else:
        write(safety.cell(0, 1), "YES – see below" if sample.urgent_concern else "N")
    label(safety.cell(1, 0), "If yes: what was done, and who was told?", "F2F2F2")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Part 8: moderation.
    _moderation_part(document, rng, sample, moderation, moderation_style, ink, brand, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named))


def _join(items: list[str], rng: random.Random) -> str:
    if len(items) > 1 and rng.random() < 0.5:
        return f"{', '.join(items[:-1])} and {items[-1]}"
    return rng.choice((", ", "; ")).join(items)


def _details(document, rng: random.Random, rows, style: str, sample, supervisor, auditor_text: str, when) -> None:
    if style == "grid":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = table(document, len(pairs), 4)
        for row, pair in zip(grid.rows, pairs):
            for position, (text, value) in enumerate(pair):
                label(row.cells[2 * position], text, "DEEAF6")
                write(row.cells[2 * position + 1], value)
    elif style == "cells":
        pairs = [rows[i:i + 2] for i in range(0, len(rows), 2)]
        grid = table(document, len(pairs), 2)
        for row, pair in zip(grid.rows, pairs):
            for cell, (text, value) in zip(row.cells, pair):
                write(cell, text, bold=True, size=8, colour="595959")
                write(cell, value)
    elif style == "lines":
        colon = rng.choice((":", ":", " -"))
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}{colon} ", bold=True)
            run(line, value)
    else:
        service = f", {sample.service} service" if sample.service else ""
        paragraph(document, f"This audit looks at the supervision {sample.practitioner} ({sample.team}{service}) has "
                            f"received from their supervisor, {supervisor.name}. Audit completed by {auditor_text} "
                            f"on {when(sample.date)}.")
        for text, value in rows:
            if text in ("Sessions looked at", "Dates of sessions audited", "Supervision dates"):
                line = paragraph(document)
                run(line, f"{text}: ", bold=True)
                run(line, value)


def _moderation_part(document, rng: random.Random, sample, moderation, style: str, ink: str, brand: str,
                     when) -> None:
    heading = rng.choice(("8. Head of Service moderation", "Part 8 – Moderation (Head of Service)",
                          "8. Quality assurance by the Head of Service"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand)
            box = table(document, 3, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
            note = rng.choice(NOT_MODERATED)
            if note:
                write(box.cell(2, 1), note, italic=True)
        return
    brand_heading(document, heading, brand)
    if style == "box":
        box = table(document, 5, 2)
        labels = ("Moderated by", "Date", "Do you agree with the overall grade?", "Grade after moderation",
                  "Comments")
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
            write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=ink)
        return
    # A signed paragraph in the Head of Service's colour (also closing the
    # remarks typed under the standards).
    box = table(document, 1, 1)
    cell = box.cell(0, 0)
    if rng.random() < 0.5:
        shade(cell._tc, "F2F2F2")
    for comment in moderation.comments:
        write(cell, comment, colour=ink)
    if moderation.grade:
        line = write(cell, rng.choice(("Moderated grade: ", "Grade following moderation: ",
                                       "Overall grade after moderation: ")), colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
        if moderation.grade != sample.grade and rng.random() < 0.5:
            run(line, f" (auditor: {WORDS[sample.grade]})", colour=ink)
    write(cell, f"{moderation.moderator}, {ROLES[HEAD_OF_SERVICE]} – {when(moderation.date)}", colour=ink,
          italic=True)
