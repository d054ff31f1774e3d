"""Supervision standards audit: a manager's check of the quality of the
safeguarding supervision one practitioner has had, read from the written
records of the sessions in a period and judged against five supervision
standards. The form gives the supervisee, the supervisor, team and
service (left off on some files), who audited and when, the period and the
sessions read (with a small compliance strip: sessions due, held and
written up on time), five standards each with what the auditor expects to
see, the evidence found and a grade, the overall judgement of the quality
of supervision, what is working well and what needs to improve, on some
files one child's record checked against what supervision decided (with a
case reference and, on some, the other children in the household), a
same-day safety question, actions, the auditor's sign-off and the Head of
Service's moderation.

Modelled on what Ashford and St Peter's Hospitals NHS Foundation Trust
(ASPH), an NHS trust in Surrey not used by any other family, publishes
about safeguarding supervision, read as search excerpts of two pages of its
policy library (no council's form):

- "Safeguarding Children Supervision Policy"
  (https://ashfordstpeters.info/safeguarding/5240-safeguarding-children-supervision-policy),
  its introduction and purpose: safeguarding supervision supports
  professionals to reflect critically on the impact of their decisions on
  the child and their family (quoting Working Together 2018); the trust
  sees it as integral to a child-centred service and has a responsibility
  to ensure appropriate staff receive and deliver it regularly; the work is
  demanding, distressing and stressful and those doing it must have access
  to advice and support from experienced professionals; effective
  supervision promotes good standards of practice and a clear focus on the
  child's welfare; the policy is written to be consistent with the Surrey
  safeguarding procedures.
- "Safeguarding Supervision Policy"
  (https://ww.ashfordstpeters.info/safeguarding/5240-safeguarding-supervision-policy),
  its later version: trauma-informed safeguarding supervision, as opposed
  to clinical supervision, is essential to help staff develop the critical
  thinking needed to understand cases holistically and complete analytical
  assessment, and to cope with the emotional demands of the work; it is
  mandatory for health staff who work directly with children, young people
  and adults at risk.

Neither excerpt shows an audit form or says how supervision records are
audited. Only the themes of the five standards follow the source (regular
supervision, critical reflection on decisions, a clear focus on the child's
welfare, decisions and their reasons recorded, support with the emotional
demands of the work); everything else is our own judgement: that a
council's children's service would audit supervision records against such
standards; the standards' exact names (two wordings, or the tool's own
names on some files), the "what we expect to see" prompts and the evidence
sentences; the peer manager or Head of Service as auditor; the sessions
table and compliance strip; the standards as a card each, one matrix
(landscape on some, with four grade columns on some) or numbered
statements followed by a grade line; grades typed informally (a note after
some), a number on a printed 1–4 key either way round, highlighted or
emboldened among the four, the others struck through, a mark under four
grade columns, or a Word drop-down; the overall judgement in the tool's
own words; findings as paragraphs, numbered points, side by side or under
Signs of Safety questions; one child's record on six files (three plain
references, three prefixed), with brothers and sisters named on some;
actions as a table, "Action n: … Lead: … By: …" lines or a "no actions"
sentence (3); the safety question typed, ticked or with the other answer
struck through (3 yes); seven date spellings; the council's line in the
page header on some; the Head of Service's moderation (4 changing, 3
confirming, 3 comments only) typed in a non-red ink in a box or through
the form (remarks under standards and an "HoS:" line under the overall
judgement), or in black in a shaded box, or an empty box, an "awaiting"
note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import Moderation, Section
from bot.samples.ooxml import ControlIds, content_dropdown, glyph, shade
from bot.samples.people import (
    EARLY_HELP_MANAGER,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    SAFEGUARDING_PRACTICE_MANAGER,
    STAFF,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import SUPERVISION_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
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

FAMILY = "supervision_standards_audit"
SEED = 10055

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
GRADE_STYLES = ("typed", "key", "highlight", "bold", "struck", "columns", "dropdown")

# The five standards, in the order of the sample's areas. None: the tool's own names.
NAMES = (
    ("Supervision is regular and planned", "Critical reflection on decisions", "The child's welfare kept in focus",
     "Decisions and reasons recorded", "Support with the emotional demands of the work"),
    ("Frequency and planning", "Reflective and critical thinking", "Focus on the child and family",
     "Recording of decisions and rationale", "Wellbeing, support and challenge"),
    None,
)
EXPECT = (
    "Sessions held at the agreed interval, booked ahead, and any cancelled session re-arranged quickly.",
    "The supervisee is helped to think critically about the impact of decisions on the child and family; "
    "hypotheses are tested, not just tasks listed.",
    "Each case discussed keeps the child's welfare and lived experience at the centre; drift is challenged.",
    "What was decided, by whom and why is written down, with timescales, and appears on the child's record.",
    "The emotional demands of the work are acknowledged; advice and support are offered and followed up.",
)
# What auditors write by standard: (met, not met).
EVIDENCE = (
    (("All three sessions held four weeks apart and booked at the previous session.",
      "Sessions are monthly and none was cancelled; the agenda is agreed at the start."),
     ("One planned session was cancelled and not re-booked; the reason is not recorded.",
      "Sessions are not booked ahead and two were moved at short notice with no reason recorded.")),
    (("The records show the supervisor asking 'what else could be happening?' and the worker's thinking "
      "recorded in her own words.",
      "A hypothesis about the family is written down and revisited at the next session."),
     ("Records are a list of tasks; there is little sign of reflection or analysis.",
      "Reflection is mentioned but not recorded, so it cannot be evidenced.")),
    (("Every case discussion starts with what life is like for the child.",
      "Drift in one plan was spotted and challenged, with a date to review it."),
     ("Case discussions are about process and deadlines; the child is rarely described.",
      "Two cases discussed at every session with no progress and no challenge recorded.")),
    (("Decisions have a reason and a timescale and match the management oversight on the files.",
      "Each decision is on the child's record within two working days."),
     ("Decisions are recorded but without reasons.",
      "Actions from one session are not reviewed at the next; timescales missing.")),
    (("Wellbeing is discussed at each session and a debrief after a difficult visit is recorded.",
      "The worker's caseload was reduced after she said she felt stretched; this is written up."),
     ("Wellbeing is a tick box on the template with no detail.",
      "The worker raised feeling overwhelmed; nothing shows it was followed up.")),
)
TITLES = ("Safeguarding Supervision Standards Audit", "Supervision Standards Audit",
          "Audit of Supervision against the Supervision Standards", "Quality of Supervision – Standards Audit")
SUPERVISEE_LABELS = ("Supervisee", "Practitioner", "Name of supervisee", "Worker supervised")
SUPERVISOR_LABELS = ("Supervisor", "Line manager / supervisor", "Name of supervisor")
AUDITOR_LABELS = ("Auditor", "Audit completed by", "Designated auditor")
DATE_LABELS = ("Date of audit", "Audit date", "Date audit completed")
PERIOD_LABELS = ("Period covered", "Period audited", "Records from")
MANAGER_ROLES = {PRACTICE_MANAGER: "Practice Manager", EARLY_HELP_MANAGER: "Early Help Manager",
                 SAFEGUARDING_PRACTICE_MANAGER: "Practice Lead"}
OVERALL_LABELS = ("Overall judgement of the quality of supervision", "Overall grade for supervision",
                  "Overall quality of the supervision audited")
FINDING_HEADINGS = (("What is working well", "What needs to improve"),
                    ("Strengths", "Areas for development"),
                    ("What's working well?", "What are we worried about?"))
URGENT_QUESTIONS = (
    "Has this audit identified any child who may be at risk of significant harm and needs action today?",
    "Immediate safeguarding concern identified?",
    "Is there a child whose safety must be escalated to a manager today?",
)
URGENT_DETAILS = (
    "Supervision on {session} agreed a strategy discussion for {name}; none has been held. Escalated to the "
    "Head of Service on the day of the audit.",
    "{name} has been missing from home twice since {session} with no return interview on file. Raised with "
    "the supervisor straight away.",
    "The record of {session} notes new bruising to {name} and no child protection medical. Escalated today; "
    "a medical has been arranged.",
)
NO_ACTIONS = ("No further actions required at this time.", "No actions arising from this audit.",
              "There are no actions. Feedback given to the supervisor in person.")
AGREE = ("I have read the records and agree with the judgement.", "A well-evidenced audit. Agreed.")
LOWER = ("The records are mostly task lists; I do not see the reflection the audit credits, so I have "
         "moderated the judgement down.",
         "Decisions are not reaching the children's files, which the audit does not weigh enough.")
RAISE = ("The records show real critical thinking about the children; I have moderated the judgement up.",
         "Support for the worker after a distressing case is a clear strength the audit under-sells.")
REMARKS = ("Please share this audit at the next managers' meeting.",
           "Noted – the supervisor should take the learning to their own supervision.",
           "Thank you for a thorough audit.")
SECTION_REMARKS = (("Agree.", "Seen on the files – good."),
                   ("Agree.", "Please re-check this in three months.", "This must improve before the next audit."))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    total = len(pool)

    def spread(chosen: list, filler) -> list:
        values = (chosen + [filler] * total)[:total]
        rng.shuffle(values)
        return values

    moderations = spread(["changed"] * 4 + ["confirmed"] * 3 + ["comments"] * 3, "none")
    urgent = spread([True] * 3, False)
    records = spread(["prefixed"] * 3 + ["plain"] * 3, None)
    auditors = spread(["peer"] * 8, "head")
    styles = spread(list(GRADE_STYLES) * 2, "typed")
    quiet = [index for index in range(total) if not urgent[index]]
    no_actions = set(rng.sample(quiet, min(3, len(quiet))))
    return [_form(rng, index, sample, today, moderation=moderations[index], urgent=urgent[index],
                  record=records[index], auditor_kind=auditors[index], style=styles[index],
                  no_actions=index in no_actions)
            for index, sample in enumerate(pool)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == len(ORDER) - 1:
        return ORDER[-2]
    return ORDER[position + rng.choice((-1, 1))]


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date, *, moderation: str, urgent: bool,
          record: str | None, auditor_kind: str, style: str, no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    head = sample.auditor  # the Head of Service over the supervisor
    heads = sorted(member.name for member in STAFF if member.role == HEAD_OF_SERVICE)
    named: list[str] = []
    also: list[str] = []

    names = rng.choice(NAMES) or tuple(section.name for section in sample.sections)
    changes: dict = {"sections": tuple(
        Section(name, section.grade, rng.choice(EVIDENCE[number][0 if ORDER.index(section.grade) < 2 else 1]))
        for number, (name, section) in enumerate(zip(names, sample.sections)))}
    auditor_role = "Head of Service"
    if auditor_kind == "peer":
        early_help = supervisor_member.role == EARLY_HELP_MANAGER
        peers = [member for member in STAFF if member.role in MANAGER_ROLES and member.name != supervisor
                 and member.team != sample.team and (member.role == EARLY_HELP_MANAGER) == early_help]
        peer = rng.choice(peers)
        changes["auditor"] = peer.name
        auditor_role = MANAGER_ROLES[peer.role]
        moderator = head
    else:
        moderator = rng.choice([name for name in heads if name != head])
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.55
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None

    # One child's record checked against what supervision decided.
    child = brothers = None
    if record:
        child = invent_child(rng, today)
        case_id = invent_case_id(rng)
        changes.update(case_id=case_reference(rng, case_id) if record == "prefixed" else case_id, child=child)
        named.append(child.full_name)
        if rng.random() < 0.6:
            brothers = siblings(rng, child, rng.randint(1, 2), today)
            named += [name for name, _ in brothers]
    changes["urgent_question"] = True
    if urgent:
        if child is not None:
            first = child.first_name
        else:
            concern_child = invent_child(rng, today)
            named.append(concern_child.full_name)
            first = concern_child.first_name
        detail = rng.choice(URGENT_DETAILS).format(name=first, session=when(sessions[-1]))
        changes.update(urgent_concern=True, urgent_concern_detail=detail)
    if no_actions:
        changes["actions"] = ()
    if moderation != "none":
        moderated_on = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        if moderation == "comments":
            grade, pool = None, REMARKS
        elif moderation == "confirmed":
            grade, pool = sample.grade, AGREE
        else:
            grade = _nearby(rng, sample.grade)
            pool = LOWER if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE
        remarks = {}
        if rng.random() < 0.5:
            remarked = changes["sections"][rng.randrange(5)]
            remarks = {remarked.name: rng.choice(SECTION_REMARKS[ORDER.index(remarked.grade) >= 2])}
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(pool, rng.randint(1, 2))),
                                           remarks, grade)
    sample = replace(sample, **changes)
    moderated = sample.moderation
    mod_style = rng.choice(("ink box", "inline", "black box")) if moderated else \
        rng.choice(("empty", "awaiting", "nothing"))

    layout = rng.choice(("cards", "matrix", "statements"))
    document = new_document(rng, landscape=layout == "matrix" and rng.random() < 0.6)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], council_line(rng), colour=brand, size=9)
    else:
        paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision standards audit – version {rng.choice(('3', '3.1', '4'))} – OFFICIAL-SENSITIVE",
        size=8)
    title = rng.choice(TITLES)
    paragraph(document, title.upper() if rng.random() < 0.35 else title, bold=True, colour=brand, size=16)
    paragraph(document, rng.choice((
        "Supervision should help practitioners reflect critically on the impact of their decisions on the child "
        "and family, and support them with the emotional demands of the work. Audit what the records show.",
        "Read the supervision records for the period and judge them against the five supervision standards.")),
        italic=True, size=9)
    numbered = rng.choice(("part", "number", "plain"))
    counter = [0]

    def part(text: str) -> None:
        counter[0] += 1
        heading = {"part": f"Part {counter[0]}: {text}", "number": f"{counter[0]}. {text}",
                   "plain": text.upper()}[numbered]
        brand_heading(document, heading, brand, size=12)

    # Part 1: whose supervision.
    part(rng.choice(("About this audit", "Supervision audited")))
    supervisor_text = supervisor + (f" ({MANAGER_ROLES[supervisor_member.role]})" if rng.random() < 0.3 else "")
    auditor_text = f"{sample.auditor}, {auditor_role}" if rng.random() < 0.5 else sample.auditor
    details = [(rng.choice(SUPERVISEE_LABELS), sample.practitioner), (rng.choice(SUPERVISOR_LABELS), supervisor_text)]
    if show_team:
        details.append(("Team", sample.team))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [(rng.choice(AUDITOR_LABELS), auditor_text), (rng.choice(DATE_LABELS), when(sample.date)),
                (rng.choice(PERIOD_LABELS), period)]
    details_style = rng.choice(("grid", "pairs", "tabbed"))
    if details_style == "grid":
        rows = -(-len(details) // 2)
        grid = table(document, rows, 4)
        for position, (text, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    elif details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    else:
        for text, value in details:
            line = paragraph(document, f"{text}:\t", bold=True)
            run(line, value)
    document.add_paragraph()

    # Part 2: the sessions read.
    part(rng.choice(("Supervision sessions read", "Records sampled")))
    late = rng.randrange(len(sessions)) if ORDER.index(sample.sections[3].grade) >= 2 else None
    if rng.random() < 0.6:
        grid = table(document, len(sessions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, (rng.choice(("Date of session", "Session date", "Supervision on")),
                                                   "Type", "Length", "Signed by both?")):
            label(cell, text, "DEEAF6")
        for number, (row, day) in enumerate(zip(grid.rows[1:], sessions)):
            write(row.cells[0], when(day))
            write(row.cells[1], rng.choice(("One-to-one", "One-to-one", "One-to-one (Teams)")))
            write(row.cells[2], rng.choice(("1 hr", "90 mins", "1.5 hours", "75 mins")))
            write(row.cells[3], "No" if number == late else "Yes")
    else:
        line = paragraph(document, rng.choice(("Sessions read: ", "Dates of supervision: ",
                                               "Supervision records dated: ")), bold=True)
        run(line, "; ".join(when(day) for day in sessions))
    due = len(sessions) + (0 if ORDER.index(sample.sections[0].grade) < 2 else 1)
    strip = paragraph(document, "Compliance: ", bold=True, size=9)
    run(strip, f"sessions due {due} | held {len(sessions)} | written up within 5 working days "
               f"{len(sessions) - (1 if late is not None else 0)}", size=9)
    document.add_paragraph()

    # Part 3: the standards.
    part(rng.choice(("The supervision standards", "Quality of supervision against the standards")))
    key_down = rng.random() < 0.5
    _guidance(document, style, key_down)
    remarks = moderated.section_comments if moderated and mod_style == "inline" else {}
    symbol = rng.choice(MARKS)
    if layout == "cards":
        for number, (section, expect) in enumerate(zip(sample.sections, EXPECT), start=1):
            rows = 4 if style != "columns" else 5
            box = table(document, rows, 4)
            top = box.cell(0, 0).merge(box.cell(0, 3))
            label(top, f"Standard {number}: {section.name}", "DEEAF6")
            for row_number, (text, value) in enumerate((("We expect to see", expect),
                                                        ("Evidence from the records", section.comment)), start=1):
                label(box.cell(row_number, 0), text)
                cell = box.cell(row_number, 1).merge(box.cell(row_number, 3))
                write(cell, value, italic=row_number == 1)
                if row_number == 2 and section.name in remarks:
                    write(cell, f"HoS: {remarks[section.name]}", colour=ink)
            if style == "columns":
                for column, grade in enumerate(ORDER):
                    label(box.cell(3, column), WORDS[grade], "F2F2F2")
                    if grade == section.grade:
                        mark(box.cell(4, column), symbol)
            else:
                label(box.cell(3, 0), "Grade")
                cell = box.cell(3, 1).merge(box.cell(3, 3))
                _grade(rng, cell.paragraphs[0], style, section.grade, key_down, ids)
            document.add_paragraph()
    elif layout == "matrix":
        columns = 6 if style == "columns" else 3
        grid = table(document, len(sample.sections) + 1, columns)
        heads = ["Standard", "Evidence"] + ([SHORT[grade] for grade in ORDER] if style == "columns" else ["Grade"])
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            if style == "columns":
                for cell, grade in zip(row.cells[2:6], ORDER):
                    if grade == section.grade:
                        mark(cell, symbol)
            else:
                _grade(rng, row.cells[2].paragraphs[0], style, section.grade, key_down, ids)
        document.add_paragraph()
    else:
        for number, section in enumerate(sample.sections, start=1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"HoS: {remarks[section.name]}", colour=ink)
            if style == "columns":
                marks = table(document, 2, 4)
                for column, grade in enumerate(ORDER):
                    label(marks.cell(0, column), WORDS[grade], "F2F2F2")
                    if grade == section.grade:
                        mark(marks.cell(1, column), symbol)
            else:
                line = paragraph(document, "Grade: ", bold=style != "bold")
                _grade(rng, line, style, section.grade, key_down, ids)
            document.add_paragraph()

    # The overall judgement.
    overall = rng.choice(OVERALL_LABELS)
    if style == "columns":
        paragraph(document, f"{overall}:", bold=True, colour=brand)
        marks = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(marks.cell(0, column), WORDS[grade], "F2F2F2")
            if grade == sample.grade:
                mark(marks.cell(1, column), symbol)
    else:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall, "FFF2CC")
        _grade(rng, box.cell(0, 1).paragraphs[0], style, sample.grade, key_down, ids)
    if moderated and mod_style == "inline" and moderated.grade:
        agrees = moderated.grade == sample.grade
        text = (f"HoS: agree – {WORDS[moderated.grade]}" if agrees
                else f"HoS: {informal_grade(rng, moderated.grade)}")
        paragraph(document, text, colour=ink, bold=True)
    document.add_paragraph()

    # Findings.
    part(rng.choice(("Findings", "What the records tell us")))
    headings = rng.choice(FINDING_HEADINGS)
    findings = rng.choice(("paragraphs", "numbers", "side"))
    if findings == "side":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for number, item in enumerate(items, start=1):
                write(grid.cell(1, column), f"{number}. {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}) {item}" if findings == "numbers" else item)
    document.add_paragraph()

    # One child's record.
    if child is not None:
        part(rng.choice(("Child's record checked", "From supervision to the child's file")))
        born = when(child.date_of_birth)
        also.append(born)
        rows = [("Child", child.full_name), ("Date of birth", born),
                (rng.choice(("Case reference", "Case no.", "Child's ID")), sample.case_id)]
        if brothers is not None:
            written = []
            for name, day in brothers:
                if rng.random() < 0.5:
                    written.append(f"{name} ({_age(day, today)})")
                else:
                    also.append(when(day))
                    written.append(f"{name}, born {when(day)}")
            rows.append(("Other children in the household", "; ".join(written)))
        rows += [(f"Decision in supervision on {when(rng.choice(sessions))}",
                  rng.choice(("Visit weekly and review the plan at core group.",
                              "Convene a strategy discussion if school report further marks.",
                              "Step down to Early Help after the review if the plan is met."))),
                 ("On the child's record with the reason?",
                  "Yes" if ORDER.index(sample.sections[3].grade) < 2 else rng.choice(("No", "Partly – no reason")))]
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
        document.add_paragraph()

    # Same-day safety question.
    part(rng.choice(("Immediate safeguarding concerns", "Safety check")))
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = rng.choice(("typed", "boxes", "struck"))
    if answer == "boxes":
        line = paragraph(document)
        for option in ("Yes", "No"):
            glyph(line._p, (option == "Yes") == sample.urgent_concern)
            run(line, f" {option}    ")
    elif answer == "struck":
        line = paragraph(document)
        run(line, "YES", strike=not sample.urgent_concern, bold=sample.urgent_concern)
        run(line, " / ")
        run(line, "NO", strike=sample.urgent_concern, bold=not sample.urgent_concern)
    elif not sample.urgent_concern:
        paragraph(document, rng.choice(("No", "No.", "None identified")))
    if sample.urgent_concern:
        detail = paragraph(document, "Yes – " if answer == "typed" else "Details and action taken: ",
                           bold=answer != "typed")
        run(detail, sample.urgent_concern_detail)
    document.add_paragraph()

    # Actions.
    part(rng.choice(("Actions", "Actions agreed with the supervisor")))
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    else:
        shape = rng.choice(("table", "lines"))
        if shape == "table":
            headers = rng.choice((("Action", "Lead", "By when"), ("What needs to happen", "Who", "Date"),
                                  ("Action", "Responsible", "Target date", "RAG")))
            grid = table(document, len(sample.actions) + 1, len(headers))
            for cell, text in zip(grid.rows[0].cells, headers):
                label(cell, text, "DEEAF6")
            for row, action in zip(grid.rows[1:], sample.actions):
                write(row.cells[0], action.action)
                write(row.cells[1], action.owner)
                write(row.cells[2], when(action.due))
        else:
            for number, action in enumerate(sample.actions, start=1):
                paragraph(document, f"Action {number}: {action.action}  Lead: {action.owner}  "
                                    f"By: {when(action.due)}")
    document.add_paragraph()

    # Sign-off.
    sign = paragraph(document, "Auditor signature: ", bold=True)
    run(sign, sample.auditor)
    run(sign, "\tDate: ", bold=True)
    run(sign, when(sample.date))
    document.add_paragraph()

    _moderation(rng, document, sample, moderated, mod_style, ink, part, when)
    data = finish_docx(document, title, (moderated or sample).date,
                       moderated.moderator if moderated else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named), also=tuple(dict.fromkeys(also)))


def _guidance(document, style: str, key_down: bool) -> None:
    if style == "key":
        numbers = range(1, 5) if key_down else range(4, 0, -1)
        key = "    ".join(f"{number} = {WORDS[grade]}" for number, grade in zip(numbers, ORDER))
        line = paragraph(document, "Grading key: ", bold=True)
        run(line, key)
        paragraph(document, "Enter the number for each standard and overall.", italic=True, size=9)
    else:
        paragraph(document, {
            "typed": "Grade each standard: Outstanding, Good, Requires improvement or Inadequate.",
            "bold": "Embolden the grade that applies.",
            "highlight": "Highlight the grade that applies.",
            "struck": "Strike through the grades that do not apply.",
            "columns": "Put a mark in one column for each standard.",
            "dropdown": "Select the grade from the list.",
        }[style], italic=True, size=9)


def _grade(rng: random.Random, line, style: str, grade: str, key_down: bool, ids: ControlIds) -> None:
    """Append `grade` to the paragraph `line` in the form's style."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.25))
    elif style == "key":
        position = ORDER.index(grade)
        number = position + 1 if key_down else 4 - position
        run(line, rng.choice((f"{number}", f"{number} – {WORDS[grade]}", f"Grade {number}")), bold=True)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids)
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  |  ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                strike=not chosen and style == "struck")


def _moderation(rng: random.Random, document, sample, moderation, mod_style: str, ink: str, part, when) -> None:
    labels = ("Head of Service", "Date", "Agree with the overall grade?", "Moderated grade", "Comments")
    if moderation is None:
        if mod_style == "empty":
            part("Head of Service moderation")
            box = table(document, 5, 2)
            for row, text in zip(box.rows, labels):
                label(row.cells[0], text, "F2F2F2")
        elif mod_style == "awaiting":
            part("Head of Service moderation")
            paragraph(document, rng.choice(("Awaiting moderation.", "Not sampled for moderation this quarter.")),
                      italic=True)
        return
    agrees = moderation.grade == sample.grade
    if mod_style == "inline":
        # Remarks and the grade line are already typed through the form; the comments close it.
        part("Head of Service moderation")
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink,
                  italic=True)
        return
    part("Head of Service moderation")
    coloured = ink if mod_style == "ink box" else None
    box = table(document, 5, 2)
    for row, text in zip(box.rows, labels):
        label(row.cells[0], text, "F2F2F2")
    write(box.cell(0, 1), moderation.moderator, colour=coloured)
    write(box.cell(1, 1), when(moderation.date), colour=coloured)
    if moderation.grade:
        write(box.cell(2, 1), "Yes" if agrees else "No", colour=coloured)
        write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=coloured, bold=True)
    for comment in moderation.comments:
        write(box.cell(4, 1), comment, colour=coloured)
    for name, remark in moderation.section_comments.items():
        write(box.cell(4, 1), f"{name}: {remark}", colour=coloured)
    if coloured is None:
        for row in box.rows:
            shade(row.cells[1]._tc, "FFF2CC")
