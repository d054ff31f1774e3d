"""Supervision record audit: an audit of the supervision one practitioner
receives, read from the written supervision records and followed through
to the children's files, and judged against the four functions of
supervision. A practice supervisor from another team (or the Head of
Service) reads the records of three sessions; the form gives the
supervisee, supervisor, team and service, the auditor and the date, the
period and the sessions read, a grid showing which of the four functions
each session's record shows, five standards (the four functions and the
decisions on the child's record) each with what the records show and a
judgement, the overall judgement, what is working well and what needs to
develop, in some files one child's record followed from supervision to
file ("the child at your shoulder", with a case reference and the other
children on the same record), a same-day safety question, actions, and the
Head of Service's moderation.

Modelled on what two national bodies publish about good supervision, not
on any council's form (no council is named). Research in Practice's "What
is the purpose of supervision?" (Reflective Supervision: Learning hub >
Practice Supervisor resources,
https://researchinpractice.org.uk/all/content-pages/open-access-resources/reflective-supervision-learning-hub/what-is-the-purpose-of-supervision)
says a practice supervisor needs to provide four functions – management
(ensuring competent, accountable practice and performance), development
(continuing professional development and learning), support (a secure and
trusting relationship) and mediation (engaging practitioners with the
organisation, a bridge between practice and organisational priorities) –
that all four are needed for a balanced approach, that the management
function easily dominates, and that its content is adapted from
publications of the Practice Supervisor Development Programme (PSDP),
funded by the Department for Education. The PSDP practice tool
"Evidencing defensible decision-making on records with 'the child at your
shoulder'" (PSDP – Resources and Tools; read in the copy at
https://www.readkong.com/page/evidencing-defensible-decision-making-on-records-with-the-8649708)
says practice supervisors are tasked with making sure social workers keep
records up to date and that they evidence defensible decision-making, that
supervisors are asked to write management oversight comments on
children's files regularly, and suggests looking back at a different
child's record for each section of the tool. Neither shows an audit form.

Our own judgement: that a council would audit supervision records against
the four functions plus the decisions on the child's file; the grid of
functions by session; the prompts and evidence wording; a peer practice
supervisor (Early Help managers auditing Early Help managers) or the Head
of Service as auditor; one child's record followed from supervision to
file in some files; the grades (Ofsted's four words) and how they are
written (typed informally, sometimes with a note; a number on a printed
1–4 key either way up, written "3", "3 – Good" or "Grade 3"; the chosen
word emboldened or highlighted among the four; the others struck through;
a mark or shading under four grade columns; or a Word drop-down list); the
standards in one table, as a box each, or as evidence paragraphs graded in
a scorecard; the details as a band of labels over values, a two-column
table or an opening sentence, team and service sometimes left off;
portrait or landscape; seven date spellings; plain and prefixed case
references; the safety question answered in words or with tick boxes;
actions as a table, numbered lines or a "no actions" sentence; and the
moderation typed in a non-red ink or in a box (changing, confirming or
only commenting, sometimes with a remark under one standard), an empty
box, an "awaiting" note, or no section at all.
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

FAMILY = "supervision_record_audit"
SEED = 9987

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
GRADE_STYLES = ("typed", "key", "bold", "highlight", "struck", "columns", "dropdown")

# Two ways councils name the same five standards, in the order of the
# sample's areas; the printed name is the section name.
NAMES = (
    ("Management function", "Support function", "Development function", "Mediation function",
     "Decisions recorded on the child's file"),
    ("Managing the work", "Supporting the worker", "Developing the worker", "Linking practice and the organisation",
     "The child's record"),
)
FUNCTIONS = ("Management", "Support", "Development", "Mediation")
PROMPTS = (
    "Do the records show caseload, performance and each child's plan being reviewed, with a clear direction "
    "and who does what by when?",
    "Is the worker's wellbeing, and the emotional impact of the work, talked about and written down?",
    "Are learning needs, reflection on practice and CPD picked up from one session to the next?",
    "Are organisational issues (resources, policy, other teams) raised, and is the answer fed back?",
    "Do decisions made in supervision appear on the child's file, with the reasons for them, in plain language?",
)
# What auditors write as evidence, by standard: (when the standard is met, when it is not).
EVIDENCE = (
    (("Each record reviews the caseload and ends with actions, owners and timescales.",
      "Case direction is clear for every child discussed and is followed up at the next session."),
     ("Direction is recorded for some children only; two sessions have no timescales.",
      "The records list tasks but do not review whether the last session's actions were done.")),
    (("Wellbeing is a standing item and the worker's own words are recorded.",
      "The supervisor notices the impact of a difficult visit and agrees time off the rota."),
     ("Wellbeing is a tick-box on the template with no detail.",
      "The worker raised feeling stretched in August; there is no follow-up recorded.")),
    (("Learning from a case is linked to the worker's appraisal objectives.",
      "Reflection is recorded in the worker's words, with a hypothesis revisited at the next session."),
     ("No learning or CPD discussion in any of the three records.",
      "Training needs are noted but not returned to.")),
    (("Waiting times for the parenting course were escalated and the answer recorded.",
      "Changes to the duty rota were explained and the worker's view fed back to the service manager."),
     ("Resource problems are noted but nothing shows they were taken further.",
      "No organisational issues recorded at all; unclear whether any were discussed.")),
    (("The decisions in the supervision records are on the children's files within two days, with reasons.",
      "Management oversight notes on the children's files match the supervision record."),
     ("Decisions are in the supervision record but not on the children's files.",
      "Oversight notes on the files say 'discussed in supervision' without the decision or the reason.")),
)
TITLES = ("Supervision Record Audit", "Audit of Supervision Records", "Supervision Records – Quality Audit",
          "Supervision Audit: the Four Functions")
SUPERVISEE_LABELS = ("Supervisee", "Practitioner supervised", "Worker whose records were read", "Name of supervisee")
SUPERVISOR_LABELS = ("Supervisor", "Practice supervisor", "Supervising manager")
AUDITOR_LABELS = ("Audited by", "Auditor", "Audit completed by")
DATE_LABELS = ("Date of audit", "Audit date", "Date completed")
PERIOD_LABELS = ("Period covered", "Period of supervision reviewed", "Records dated")
MANAGER_ROLES = {PRACTICE_MANAGER: "Practice Manager", EARLY_HELP_MANAGER: "Early Help Manager",
                 SAFEGUARDING_PRACTICE_MANAGER: "Practice Lead"}
URGENT_QUESTIONS = (
    "While reading the records, did you find any child whose safety needs action today?",
    "Is there an immediate safeguarding concern for any child that must be escalated today?",
    "Urgent: has the audit found a child at risk where nothing has been done?",
)
URGENT_DETAILS = (
    "The record of {session} notes that {name} said mum's partner hit her; no strategy discussion is on "
    "file. Raised with the Head of Service on the day of the audit and one has been convened.",
    "{name} has been reported missing twice since {session} and no return interview is recorded. Escalated "
    "to the supervisor and Head of Service today.",
    "Supervision on {session} agreed a home visit to {name} within 48 hours; it has not happened. Told the "
    "team manager straight away; the visit is booked for tomorrow.",
)
NO_ACTIONS = ("No actions – the records meet the standard.", "No actions arising from this audit.",
              "Actions: none. Feedback given to the supervisor in person.")
AGREE = ("I have read the three records and the children's files; I agree with the judgement.",
         "A fair audit, well evidenced. Agreed.")
LOWER = ("The management function dominates these records; support and development are largely absent, so I "
         "have moderated the judgement down.",
         "Decisions are not reaching the children's files, which is more serious than the audit says.")
RAISE = ("The records show real reflection and a good balance of the four functions; I have moderated up.",
         "The mediation work here is a strength the audit has under-sold.")
REMARKS = ("Please share the learning about recording decisions at the next practice supervisors' forum.",
           "Noted. The supervisor should take this to their own supervision.",
           "Thank you – a thorough audit.")
# A Head of Service's remark under one standard: (where it is met, where it is not).
SECTION_REMARKS = (("Agree.", "Seen on the files – good."),
                   ("Agree.", "I would like this checked again in three months.",
                    "Agree – this needs to improve before the next audit."))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(SUPERVISION_AUDIT,))
    total = len(pool)

    def spread(chosen: list, filler) -> list:
        values = (chosen + [filler] * total)[:total]
        rng.shuffle(values)
        return values

    moderations = spread(["changed"] * 3 + ["confirmed"] * 3 + ["comments"] * 2, "none")
    urgent = spread([True] * 3, False)
    trails = spread(["prefixed"] * 3 + ["plain"] * 3, None)
    auditors = spread(["peer"] * 8, "head")
    styles = spread(list(GRADE_STYLES) * 3, "typed")
    quiet = [index for index in range(total) if not urgent[index]]
    no_actions = set(rng.sample(quiet, min(2, len(quiet))))
    return [_form(rng, index, sample, today, moderation=moderations[index], urgent=urgent[index],
                  trail=trails[index], auditor_kind=auditors[index], style=styles[index],
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


def _form(rng: random.Random, index: int, sample, today: date, *, moderation: str, urgent: bool, trail: str | None,
          auditor_kind: str, style: str, no_actions: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    names = rng.choice(NAMES)
    own = {field.key: field for field in sample.own}
    supervisor = own["supervisor"].written
    sessions = own["session_dates"].written
    period = own["period_covered"].written
    supervisor_member = next(member for member in STAFF if member.name == supervisor)
    head = sample.auditor  # the Head of Service over the supervisor
    heads = sorted(member.name for member in STAFF if member.role == HEAD_OF_SERVICE)
    named: list[str] = []

    changes: dict = {"sections": tuple(Section(name, section.grade, rng.choice(
        EVIDENCE[number][0 if ORDER.index(section.grade) < 2 else 1]))
        for number, (name, section) in enumerate(zip(names, sample.sections)))}
    auditor_role = "Head of Service"
    if auditor_kind == "peer":
        # Early Help managers audit each other; social work managers likewise.
        early_help = supervisor_member.role == EARLY_HELP_MANAGER
        peers = [member for member in STAFF if member.role in MANAGER_ROLES and member.name != supervisor
                 and member.team != sample.team and (member.role == EARLY_HELP_MANAGER) == early_help]
        peer = rng.choice(peers)
        changes["auditor"] = peer.name
        auditor_role = MANAGER_ROLES[peer.role]
        moderator = head
    else:
        moderator = rng.choice([name for name in heads if name != head])
    show_team = rng.random() < 0.85
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None

    # One child's record followed from supervision to the file.
    child = brothers = None
    if trail:
        child = invent_child(rng, today)
        case_id = invent_case_id(rng)
        written_reference = case_reference(rng, case_id) if trail == "prefixed" else case_id
        changes.update(case_id=written_reference, child=child)
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
        moderated_on = min(today, sample.date + timedelta(days=rng.randint(2, 14)))
        if moderation == "comments":
            grade, pool = None, REMARKS
        elif moderation == "confirmed":
            grade, pool = sample.grade, AGREE
        else:
            grade = _nearby(rng, sample.grade)
            pool = LOWER if ORDER.index(grade) > ORDER.index(sample.grade) else RAISE
        remarks = {}
        if rng.random() < 0.4:
            remarked = changes["sections"][rng.randrange(5)]
            remarks = {remarked.name: rng.choice(SECTION_REMARKS[ORDER.index(remarked.grade) >= 2])}
        changes["moderation"] = Moderation(moderator, moderated_on, tuple(rng.sample(pool, rng.randint(1, 2))),
                                           remarks, grade)
    sample = replace(sample, **changes)
    moderated = sample.moderation

    document = new_document(rng, landscape=rng.random() < 0.3)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Supervision record audit v{rng.choice(('1.2', '2', '2.1'))} – OFFICIAL-SENSITIVE when completed",
        size=8)
    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, title.upper() if rng.random() < 0.3 else title, bold=True, colour=brand, size=16)
    paragraph(document, rng.choice((
        "Read the last three supervision records and follow the decisions onto the children's files. Good "
        "supervision balances all four functions: management, support, development and mediation.",
        "Supervision should give accountable direction, support, development and a bridge to the organisation. "
        "Judge what the records show, not what you are told.")), italic=True, size=9)

    # Details.
    part = _headings(rng, document, brand)
    part("about")
    auditor_text = f"{sample.auditor} ({auditor_role})" if rng.random() < 0.5 else sample.auditor
    details = [(rng.choice(SUPERVISEE_LABELS), sample.practitioner),
               (rng.choice(SUPERVISOR_LABELS), supervisor + (f", {MANAGER_ROLES[supervisor_member.role]}"
                                                             if rng.random() < 0.3 else ""))]
    if show_team:
        details.append(("Team", sample.team))
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [(rng.choice(AUDITOR_LABELS), auditor_text), (rng.choice(DATE_LABELS), when(sample.date)),
                (rng.choice(PERIOD_LABELS), period)]
    details_style = rng.choice(("band", "pairs", "sentence"))
    if details_style == "band":
        columns = 4 if len(details) >= 7 else 3
        rows = -(-len(details) // columns)
        grid = table(document, rows * 2, columns)
        for position, (text, value) in enumerate(details):
            row, column = divmod(position, columns)
            label(grid.cell(row * 2, column), text, "DCE6F1")
            write(grid.cell(row * 2 + 1, column), value)
    elif details_style == "pairs":
        grid = table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    else:
        where = "; ".join(text for text in ((f"team: {sample.team}" if show_team else ""),
                                            (f"service: {sample.service}" if show_service else "")) if text)
        where = f" ({where})" if where else ""
        opening = paragraph(document, "I read the supervision records of ")
        run(opening, sample.practitioner, bold=True)
        run(opening, f"{where}, supervised by ")
        run(opening, supervisor, bold=True)
        run(opening, ", for the period ")
        run(opening, period, bold=True)
        run(opening, ".")
        line = paragraph(document, f"{rng.choice(AUDITOR_LABELS)}: ", bold=True)
        run(line, auditor_text)
        line = paragraph(document, f"{rng.choice(DATE_LABELS)}: ", bold=True)
        run(line, when(sample.date))
    document.add_paragraph()

    # The records read, and which functions each shows.
    part("records")
    weak = [FUNCTIONS[number] for number, section in enumerate(sample.sections[:4])
            if ORDER.index(section.grade) >= 2]
    if rng.random() < 0.65:
        paragraph(document, "Tick each function the record of the session shows.", italic=True, size=9)
        tick = rng.choice(("\u2713", "\u2714", "Y", "X"))
        grid = table(document, len(sessions) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (rng.choice(("Date of session", "Session", "Supervision on")),
                                                   *FUNCTIONS, "Written up within 5 days?")):
            label(cell, text, "DCE6F1")
        for number, (row, day) in enumerate(zip(grid.rows[1:], sessions)):
            write(row.cells[0], when(day))
            for cell, function in zip(row.cells[1:5], FUNCTIONS):
                missing = function in weak and (number != 1 or len(weak) > 1)
                if not missing:
                    write(cell, tick)
            write(row.cells[5], rng.choice(("Yes", "Yes", "No – 9 days", "Yes")))
    else:
        line = paragraph(document, rng.choice(("Sessions read: ", "Dates of the records read: ",
                                               "Supervision sessions reviewed: ")), bold=True)
        run(line, ", ".join(when(day) for day in sessions))
        if weak:
            paragraph(document, f"Functions missing from one or more records: {', '.join(weak)}.")
        else:
            paragraph(document, "All four functions are visible in every record read.")
    document.add_paragraph()

    # The five standards.
    part("standards")
    key_down = rng.random() < 0.6
    _guidance(document, style, key_down)
    layout = rng.choice(("table", "cards", "split"))
    remarks = moderated.section_comments if moderated else {}
    symbol = rng.choice(MARKS)
    if layout == "table":
        columns = 7 if style == "columns" else 4
        grid = table(document, len(sample.sections) + 1, columns)
        heads = ["No.", "Standard", "What the records show"]
        heads += [WORDS[grade] for grade in ORDER] if style == "columns" else [rng.choice(("Judgement", "Grade"))]
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DCE6F1")
        for number, (row, section, prompt) in enumerate(zip(grid.rows[1:], sample.sections, PROMPTS), start=1):
            write(row.cells[0], f"{number}")
            write(row.cells[1], section.name, bold=True)
            write(row.cells[1], prompt, italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], f"HoS: {remarks[section.name]}", colour=ink)
            if style == "columns":
                for cell, grade in zip(row.cells[3:7], ORDER):
                    if grade == section.grade:
                        mark(cell, symbol)
            else:
                _grade(rng, row.cells[3].paragraphs[0], style, section.grade, key_down, ids)
    elif layout == "cards":
        for section, prompt in zip(sample.sections, PROMPTS):
            box = table(document, 3, 1)
            label(box.cell(0, 0), section.name, "DCE6F1")
            write(box.cell(0, 0), prompt, italic=True, size=8)
            evidence = write(box.cell(1, 0), "What the records show: ", bold=True)
            run(evidence, section.comment)
            if section.name in remarks:
                write(box.cell(1, 0), f"{remarks[section.name]} ({moderated.moderator})", colour=ink)
            if style == "columns":
                write(box.cell(2, 0), "Judgement – mark one:", bold=True, size=9)
                marks = table(document, 2, 4)
                for column, grade in enumerate(ORDER):
                    label(marks.cell(0, column), WORDS[grade], "F2F2F2")
                    if grade == section.grade:
                        mark(marks.cell(1, column), symbol)
            else:
                line = write(box.cell(2, 0), "Judgement: ", bold=style != "bold")
                _grade(rng, line, style, section.grade, key_down, ids)
            document.add_paragraph()
    else:
        for section, prompt in zip(sample.sections, PROMPTS):
            paragraph(document, section.name, bold=True, colour=brand)
            paragraph(document, prompt, italic=True, size=9)
            evidence = paragraph(document, "Found: ", bold=True)
            run(evidence, section.comment)
            if section.name in remarks:
                paragraph(document, f"Head of Service: {remarks[section.name]}", colour=ink)
        document.add_paragraph()
        paragraph(document, rng.choice(("Scorecard", "Summary of judgements")), bold=True)
        columns = 5 if style == "columns" else 2
        grid = table(document, len(sample.sections) + 1, columns)
        heads = ["Standard"] + ([SHORT[grade] for grade in ORDER] if style == "columns" else ["Judgement"])
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DCE6F1")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name)
            if style == "columns":
                for cell, grade in zip(row.cells[1:5], ORDER):
                    if grade == section.grade:
                        mark(cell, symbol)
            else:
                _grade(rng, row.cells[1].paragraphs[0], style, section.grade, key_down, ids)
    document.add_paragraph()

    # Overall judgement.
    part("overall")
    overall = rng.choice(("Overall judgement on the quality of supervision", "Overall grade",
                          "Taking all five standards together, supervision is judged"))
    if style == "columns":
        paragraph(document, f"{overall}:", bold=True)
        marks = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(marks.cell(0, column), WORDS[grade], "F2F2F2")
            if grade == sample.grade:
                mark(marks.cell(1, column), symbol)
    else:
        box = table(document, 1, 1)
        line = write(box.cell(0, 0), f"{overall}: ", bold=style != "bold")
        _grade(rng, line, style, sample.grade, key_down, ids)
    document.add_paragraph()

    # Findings.
    part("findings")
    headings = rng.choice((("What is working well", "What needs to develop"),
                           ("Strengths", "Areas for development"),
                           ("Working well", "Even better if")))
    findings = rng.choice(("columns", "bullets", "numbers"))
    if findings == "columns":
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if findings == "numbers" else f"\u2022 {item}")
    document.add_paragraph()

    # The child at your shoulder.
    if child is not None:
        part("child")
        rows = [("Child", f"{child.full_name} (age {_age(child.date_of_birth, today)})"),
                (rng.choice(("Case reference", "Child's case number", "Case ID")), sample.case_id)]
        if brothers is not None:
            rows.append((rng.choice(("Brothers and sisters on the same record", "Other children in the household")),
                         ", ".join(f"{name} ({_age(born, today)})" for name, born in brothers)))
        rows += [(f"Decision made in supervision on {when(rng.choice(sessions))}",
                  rng.choice(("Visit weekly and review the plan at the core group.",
                              "Request a strategy discussion if school raise further concerns.",
                              "Step down to Early Help after the review if the plan is met."))),
                 ("On the child's file, with the reasons?",
                  "Yes" if ORDER.index(sample.sections[4].grade) < 2 else rng.choice(("No", "Partly – no reasons")))]
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
        document.add_paragraph()

    # Same-day safety question.
    part("safety")
    paragraph(document, rng.choice(URGENT_QUESTIONS), bold=True)
    answer = rng.choice(("typed", "boxes"))
    if answer == "boxes":
        line = paragraph(document)
        for option in ("Yes", "No"):
            glyph(line._p, (option == "Yes") == sample.urgent_concern)
            run(line, f" {option}    ")
        if sample.urgent_concern:
            detail = paragraph(document, "If yes, what was done: ", bold=True)
            run(detail, sample.urgent_concern_detail)
    elif sample.urgent_concern:
        paragraph(document, f"{rng.choice(('Yes', 'YES'))} – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None found", "No – none identified")))
    document.add_paragraph()

    # Actions.
    part("actions")
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.55:
        headers = rng.choice((("Action", "Who", "By when"), ("What", "Who by", "Target date"),
                              ("Action agreed", "Responsible", "Timescale", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DCE6F1")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    _moderation(rng, document, sample, moderated, ink, part, when)
    data = finish_docx(document, title, (moderated or sample).date,
                       moderated.moderator if moderated else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(named))


# Each part's heading, in the three ways a form numbers its parts.
HEADINGS = {
    "about": ("About the supervision", "Whose supervision"),
    "records": ("The supervision records read", "Records read"),
    "standards": ("The standards", "Quality of supervision"),
    "overall": ("Overall judgement", "Overall"),
    "findings": ("Findings", "What the records tell us"),
    "child": ("The child at your shoulder", "One child's record followed from supervision to file"),
    "safety": ("Immediate safeguarding concerns", "Is any child unsafe today?"),
    "actions": ("Actions", "Actions for the supervisor and supervisee"),
    "moderation": ("Head of Service moderation", "Moderation by the Head of Service"),
}


def _headings(rng: random.Random, document, brand: str):
    """A function printing the next part's heading in one scheme for the
    whole form: "1. …", "Section 1 – …" or capitals."""
    scheme = rng.choice(("number", "section", "capitals"))
    wording = rng.randrange(2)
    count = [0]

    def heading(part: str) -> None:
        count[0] += 1
        text = HEADINGS[part][wording]
        if scheme == "number":
            text = f"{count[0]}. {text}"
        elif scheme == "section":
            text = f"Section {count[0]} – {text}"
        else:
            text = text.upper()
        brand_heading(document, text, brand)

    return heading


def _guidance(document, style: str, key_down: bool) -> None:
    if style == "key":
        numbers = range(1, 5) if key_down else range(4, 0, -1)
        key = "    ".join(f"{number} = {WORDS[grade]}" for number, grade in zip(numbers, ORDER))
        line = paragraph(document, "Key: ", bold=True)
        run(line, key)
        paragraph(document, "Write the number that applies.", italic=True, size=9)
    else:
        paragraph(document, {
            "typed": "Judgement: Outstanding, Good, Requires improvement or Inadequate.",
            "bold": "Make the judgement that applies bold.",
            "highlight": "Highlight the judgement that applies.",
            "struck": "Delete the judgements that do not apply.",
            "columns": "Mark one column for each standard.",
            "dropdown": "Choose the judgement from the drop-down list.",
        }[style], italic=True, size=9)


def _grade(rng: random.Random, line, style: str, grade: str, key_down: bool, ids: ControlIds) -> None:
    """Append `grade` to the paragraph `line` in the form's style."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        position = ORDER.index(grade)
        number = position + 1 if key_down else 4 - position
        run(line, rng.choice((f"{number}", f"{number} – {WORDS[grade]}", f"Grade {number}")), bold=True)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids)
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                strike=not chosen and style == "struck")


def _moderation(rng: random.Random, document, sample, moderation, ink: str, part, when) -> None:
    if moderation is None:
        choice = rng.random()
        if choice < 0.45:
            part("moderation")
            box = table(document, 4, 2)
            for row, text in zip(box.rows, ("Moderated by", "Date", "Agree with the overall judgement?",
                                            "Comments")):
                label(row.cells[0], text, "F2F2F2")
        elif choice < 0.7:
            part("moderation")
            paragraph(document, rng.choice(("Not selected for moderation this month.", "Awaiting moderation.")),
                      italic=True)
        return
    part("moderation")
    agrees = moderation.grade == sample.grade
    style = rng.choice(("box", "box", "signed"))
    coloured = ink if style == "signed" or rng.random() < 0.7 else None
    if style == "box":
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Moderated by", "Date moderated", "Agree with the overall judgement?",
                                        "Moderated judgement", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        write(box.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=coloured)
        write(box.cell(1, 1), when(moderation.date), colour=coloured)
        if moderation.grade:
            write(box.cell(2, 1), "Yes" if agrees else "No", colour=coloured)
            write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=coloured, bold=True)
        for comment in moderation.comments:
            write(box.cell(4, 1), comment, colour=coloured)
        if coloured is None:
            shade(box.cell(4, 1)._tc, "FFF2CC")
    else:
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            if agrees:
                paragraph(document, f"Judgement confirmed: {WORDS[moderation.grade]}.", colour=ink, bold=True)
            else:
                paragraph(document, f"Moderated judgement: {informal_grade(rng, moderation.grade)} "
                                    f"(audit said {WORDS[sample.grade]}).", colour=ink, bold=True)
        paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink,
                  italic=True)
