"""Audit conversation records: an auditor, the allocated worker and (often)
their team manager talk one child's live case through together; the auditor
records the conversation, grades each area of practice, agrees an overall
grade, the strengths, what needs to change and the actions, and a Head of
Service may moderate in their own colour.

Source: Reading Borough Council's "Beyond Auditing", as described in
Community Care, "How auditing live cases with social workers is helping a
council improve practice" (30 November 2017,
https://www.communitycare.co.uk/2017/11/30/auditing-live-cases-social-workers-helping-council-improve-practice/).
What comes from the source: the audit takes place on an active case, with
the social worker, their manager and an auditor (the "beyond auditor")
together; it is a reflective conversation, like reflective supervision; the
case is graded along the same lines as the council's traditional audits (the
four Ofsted judgements). The page shows no form, so the layout is our
judgement: the council's name in its brand colour and a title; a child and
family details block and an audit conversation details block (worker, team,
service, team manager present, auditor, date, how the conversation was
held); what the family have told us and what difference the work is making;
a table of areas of practice with the discussion and a grade for each; the
agreed overall grade; what is working well and what needs to change; the
agreed actions (who, by when); the immediate safeguarding question; the
worker's own reflection; and the Head of Service's moderation. The areas'
names, the labels and all wording are ours.

Files are built from `tool_samples(..., kinds=(CONVERSATION_AUDIT,))`; the
sample's people, grades, areas, strengths, actions, urgent concern and
moderation are replaced (`dataclasses.replace`) so that the truth is what
each file shows.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import phrases
from bot.samples.forms import Moderation
from bot.samples.people import (
    EARLY_HELP,
    EARLY_HELP_MANAGER,
    PRACTICE_MANAGER,
    PRACTITIONER,
    QA_TEAM,
    STAFF,
    head_of_service_over,
    manager_of,
)
from bot.samples.population import _invent_actions, _invent_moderation, _invent_sections, _sentences
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, ToolSample, tool_samples
from bot.samples.wording import GRADES

from . import common
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
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "beyond_audit_conversation"
SEED = 10109
COUNT = 16

TITLES = ("Beyond Auditing \u2013 Audit Conversation Record", "Audit Conversation: Reflective Practice Audit",
          "Reflective Audit Conversation", "Beyond Auditing: Live Case Audit Conversation")
AREAS = ("The child's lived experience and voice", "Assessment of need and risk", "Planning and review",
         "Direct work and relationships with the family", "Management oversight and supervision",
         "Impact: what difference are we making?")
# How the conversation was held (the tool's "method" field).
METHODS = ("Face to face in the team office", "Microsoft Teams call", "Face to face, with the team manager present",
           "In person at the family hub")
# The four grades as this form prints them where it prints all four.
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
KEY_NUMBER = {grade: str(number) for number, grade in enumerate(GRADES, start=1)}
TICKED, UNTICKED = "\u2612", "\u2610"
KEY_RANGE = " (1\u20134)"
GRADE_STYLES = ("typed", "bold", "columns", "struck", "key", "highlight", "ticked")
DETAIL_LAYOUTS = ("table", "grid", "lines", "over")
REFLECTIONS = (
    "Talking the case through helped me see where the plan had drifted and what to do first.",
    "I found it helpful to step back and think about a day in the child's life before the next visit.",
    "The conversation gave me time to reflect on my relationship with the parents and how I share the worries.",
    "I will take the actions to supervision and update the plan with the family.",
)
NO_ACTIONS = ("No actions were agreed: the plan is on track.", "No further actions agreed at the conversation.",
              "Actions: none \u2013 continue with the current plan.")
ACTION_HEADERS = (("Agreed action", "By whom", "By when"), ("Action", "Who", "When", "Done?"),
                  ("What needs to happen", "Who will do it", "Timescale", "Update"))
NOT_MODERATED = ("Not selected for moderation this month.", "", "Awaiting moderation")
MODERATION_LABELS = (("Head of Service", "Date moderated", "Do you agree with the overall grade?", "Moderated grade",
                      "Comments"),
                     ("Moderated by", "Date", "Grade agreed?", "Head of Service grade", "Moderator's comments"))


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(COUNT, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    forms = []
    for index, sample in enumerate(samples, start=1):
        rng = random.Random(f"{FAMILY}:{SEED}:{index}")
        sample, plan = _prepare(rng, sample, index, today)
        data, others, also = _draw(rng, sample, plan, today)
        forms.append(common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also))
    return forms


# --- the sample as this form records it ---------------------------------------------


def _people(rng: random.Random):
    practitioner = rng.choice([member for member in STAFF if member.role == PRACTITIONER])
    manager = manager_of(practitioner)
    auditors = [member for member in STAFF
                if member.role in (QA_TEAM, PRACTICE_MANAGER, EARLY_HELP_MANAGER) and member.team != practitioner.team]
    return practitioner, manager, rng.choice(auditors), head_of_service_over(practitioner)


def _prepare(rng: random.Random, sample: ToolSample, index: int, today: date) -> tuple[ToolSample, dict]:
    practitioner, manager, auditor, head = _people(rng)
    first = sample.child.first_name
    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    if index == 8:
        grade = INADEQUATE  # one case the conversation finds unsafe practice on
    severity = GRADES.index(grade)
    names = AREAS if index % 3 else AREAS[:4]  # some councils' versions ask about four areas only
    sections = _invent_sections(rng, names, grade, first)
    action_count = 0 if index in (4, 11) else rng.choice((1, 2, 2, 3))
    actions = _invent_actions(rng, phrases.ACTIONS, action_count, first, (practitioner, manager), sample.date)
    moderated = index % 16 in (2, 5, 7, 10, 13, 15)
    moderation: Moderation | None = None
    if moderated and head is not None:
        moderation = _invent_moderation(rng, head, grade, sections, first, sample.date, today)
    urgent = index in (3, 9, 14)
    plan = {
        "details": DETAIL_LAYOUTS[index % 4],
        "section_style": GRADE_STYLES[index % 7],
        "overall_style": GRADE_STYLES[index % 7] if index % 5 else "typed",
        "prefixed": index % 3 == 0,
        "dob": index not in (6, 12),
        "address": index % 4 == 1,
        "parents": index % 2 == 0,
        "siblings": (0, 1, 0, 2)[index % 4],
        "manager": manager is not None and manager.name != auditor.name and index % 3 != 2,
        "manager_name": manager.name if manager else None,
        "method": index % 4 != 3,
        "family_view": index % 5 != 4,
        "difference": index % 3 != 1,
        "lists": ("bullets", "columns", "paragraph")[index % 3],
        "actions": ("table", "numbered")[index % 2],
        "urgent": ("typed", "boxes")[index % 2],
        "moderation": ("ink", "box")[index % 2] if moderation else ("box", "absent", "absent")[index % 3],
        "reflection": index % 4 != 2,
        "worker_label": rng.choice(("Allocated worker", "Allocated social worker", "Social worker"))
        if practitioner.service != EARLY_HELP else rng.choice(("Allocated worker", "Lead professional")),
    }
    own = []
    if plan["method"]:
        method = rng.choice(METHODS)
        own.append(ToolField("method", "How the conversation was held", method, method))
    for field in sample.own:
        if (field.key == "family_view" and plan["family_view"]) or (field.key == "difference_made" and plan["difference"]):
            own.append(field)
    case_id = common.case_reference(rng, sample.case_id) if plan["prefixed"] else sample.case_id
    sample = replace(
        sample, case_id=case_id, auditor=auditor.name, practitioner=practitioner.name, team=practitioner.team,
        service=practitioner.service, grade=grade, sections=sections,
        strengths=_sentences(rng, phrases.STRENGTHS, (4, 3, 2, 1)[severity], first),
        development_areas=_sentences(rng, phrases.DEVELOPMENT_AREAS, 1 + severity, first),
        actions=actions, own=tuple(own), urgent_question=True, urgent_concern=urgent,
        urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first) if urgent else None,
        moderated_kind=True, moderation=moderation)
    return sample, plan


# --- drawing ---------------------------------------------------------------------------


def _draw(rng: random.Random, sample: ToolSample, plan: dict, today: date):
    when = common.date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    child = sample.child
    document = common.new_document(rng)
    paragraph(document, common.council_line(rng), bold=True, colour=brand, size=12)
    paragraph(document, rng.choice(TITLES), bold=True, size=15)
    paragraph(document, "Completed with the allocated worker and their manager on a live case. Talk each area "
                        "through together, record what was discussed and agree the grades.", italic=True, size=9)

    others: list[str] = []
    also = []
    born = when(child.date_of_birth)
    if plan["dob"]:
        also.append(born)
    child_fields = [("Child's name", child.full_name)]
    if plan["dob"]:
        child_fields.append(("Date of birth", born))
    child_fields.append((rng.choice(("Case number", "Child ID", "Case reference")), sample.case_id))
    if plan["address"]:
        child_fields.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if plan["parents"]:
        child_fields.append(("Parents / carers", " and ".join(child.parents)))
    if plan["siblings"]:
        brothers = common.siblings(rng, child, plan["siblings"], today)
        others += [name for name, _ in brothers]
        also += [when(day) for _, day in brothers]
        child_fields.append(("Brothers and sisters", "; ".join(f"{name} ({when(day)})" for name, day in brothers)))

    audit_fields = [(plan["worker_label"], sample.practitioner), ("Team", sample.team),
                    (rng.choice(("Service", "Service area")), sample.service)]
    if plan["manager"]:
        audit_fields.append(("Team manager present", plan["manager_name"]))
    audit_fields += [(rng.choice(("Auditor", "Beyond auditor", "Audit conversation led by")), sample.auditor),
                     (rng.choice(("Date of audit conversation", "Date of audit", "Date")), when(sample.date))]
    for field in sample.own:
        if field.key == "method":
            audit_fields.append((field.label, field.written))

    common.brand_heading(document, "Child and family", brand)
    _details(document, child_fields, plan["details"])
    common.brand_heading(document, "The audit conversation", brand)
    _details(document, audit_fields, plan["details"])

    notes = {field.key: field.written for field in sample.own}
    if "family_view" in notes or "difference_made" in notes:
        common.brand_heading(document, "The family's experience", brand)
        if "family_view" in notes:
            paragraph(document, rng.choice(("What the family have told us", "Family's views")), bold=True)
            paragraph(document, notes["family_view"])
        if "difference_made" in notes:
            paragraph(document, rng.choice(("What difference is our work making?", "Difference made for the child")),
                      bold=True)
            paragraph(document, notes["difference_made"])

    common.brand_heading(document, "Graded practice", brand)
    _areas(document, rng, sample, plan, ink)
    _overall(document, rng, sample.grade, plan["overall_style"])

    _lists(document, rng, sample, plan["lists"], brand)

    common.brand_heading(document, rng.choice(("Agreed actions", "Actions agreed in the conversation")), brand)
    if plan["actions"] == "table" or not sample.actions:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")

    _urgent(document, rng, sample, plan["urgent"])

    if plan["reflection"]:
        paragraph(document, "Worker's reflection on the conversation", bold=True)
        paragraph(document, rng.choice(REFLECTIONS))

    _moderation(document, rng, sample, plan["moderation"], ink, when, brand)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = common.finish_docx(document, "Audit Conversation Record", sample.date, editor)
    return data, tuple(others), tuple(dict.fromkeys(also))


def _details(document, fields: list[tuple[str, str]], layout: str) -> None:
    if layout == "table":
        grid = table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif layout == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(fields):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    elif layout == "lines":
        for name, value in fields:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # labels over values, three to a row
        chunks = [fields[start:start + 3] for start in range(0, len(fields), 3)]
        grid = table(document, len(chunks) * 2, 3)
        for number, chunk in enumerate(chunks):
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(number * 2, column), name, "DEEAF6")
                write(grid.cell(number * 2 + 1, column), value)


def _grade_in(target, rng: random.Random, grade: str, style: str) -> None:
    """Write `grade` into a cell's or a paragraph's text in `style`."""
    line = target.paragraphs[-1] if hasattr(target, "paragraphs") else target
    if style == "typed":
        run(line, common.informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        run(line, KEY_NUMBER[grade], bold=True)
    else:
        for position, option in enumerate(GRADES):
            if position:
                run(line, " / " if style != "ticked" else "   ")
            chosen = option == grade
            text = PRINTED[option]
            if style == "ticked":
                run(line, f"{TICKED if chosen else UNTICKED} {text}", bold=chosen)
            elif style == "bold":
                run(line, text.upper() if chosen else text, bold=chosen)
            elif style == "highlight":
                run(line, text, highlight=chosen)
            else:  # struck: the three not chosen are struck through
                run(line, text, strike=not chosen)


def _key_line(document) -> None:
    paragraph(document, "Grading key: " + "   ".join(f"{KEY_NUMBER[grade]} = {PRINTED[grade]}" for grade in GRADES),
              italic=True, size=9)


def _areas(document, rng: random.Random, sample: ToolSample, plan: dict, ink: str) -> None:
    style = plan["section_style"]
    remarks = sample.moderation.section_comments if sample.moderation and plan["moderation"] == "ink" else {}
    area_label = rng.choice(("Area of practice", "Practice area"))
    discussed = rng.choice(("What we discussed and the evidence", "Discussion / evidence"))
    if style == "key" or plan["overall_style"] == "key":
        _key_line(document)
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (area_label, discussed, *(name for _, name in columns))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            chosen = [grade for grade, _ in columns].index(section.grade)
            common.mark(row.cells[2 + chosen], symbol)
        return
    grade_label = "Grade (1\u20134)" if style == "key" else "Grade"
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, (area_label, discussed, grade_label)):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
        _grade_in(row.cells[2], rng, section.grade, style)


def _overall(document, rng: random.Random, grade: str, style: str) -> None:
    name = rng.choice(("Overall grade agreed", "Overall grade", "Overall judgement agreed in the conversation"))
    if style == "columns":
        paragraph(document, name, bold=True)
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for position, (option, text) in enumerate(columns):
            label(grid.cell(0, position), text, "DEEAF6")
            if option == grade:
                common.mark(grid.cell(1, position), rng.choice(MARKS))
        return
    line = paragraph(document)
    run(line, f"{name}{KEY_RANGE if style == 'key' else ''}: ", bold=True)
    _grade_in(line, rng, grade, style)


def _lists(document, rng: random.Random, sample: ToolSample, layout: str, brand: str) -> None:
    strengths = rng.choice(("What is working well", "Strengths", "Strengths identified in the conversation"))
    development = rng.choice(("What needs to change", "Areas for development", "Even better if"))
    if layout == "columns":
        common.brand_heading(document, "Learning from the conversation", brand)
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), strengths, "E2EFDA")
        label(grid.cell(0, 1), development, "FCE4D6")
        for number in range(rows):
            if number < len(sample.strengths):
                write(grid.cell(number + 1, 0), sample.strengths[number])
            if number < len(sample.development_areas):
                write(grid.cell(number + 1, 1), sample.development_areas[number])
        return
    for heading, items in ((strengths, sample.strengths), (development, sample.development_areas)):
        common.brand_heading(document, heading, brand, size=12)
        if layout == "bullets":
            for item in items:
                document.add_paragraph(item, style="List Bullet")
        else:
            paragraph(document, " ".join(items))


def _urgent(document, rng: random.Random, sample: ToolSample, style: str) -> None:
    question = rng.choice(("Were any immediate safeguarding concerns identified during the conversation?",
                           "Is there an urgent concern for the child's safety?"))
    line = paragraph(document)
    run(line, question + " ", bold=True)
    if style == "typed":
        run(line, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "None")))
    else:
        yes, no = (TICKED, UNTICKED) if sample.urgent_concern else (UNTICKED, TICKED)
        run(line, f"{yes} Yes   {no} No")
    if sample.urgent_concern:
        paragraph(document, f"If yes, what was done: {sample.urgent_concern_detail}")


def _moderation(document, rng: random.Random, sample: ToolSample, style: str, ink: str, when, brand: str) -> None:
    if style == "absent":
        return
    common.brand_heading(document, "Head of Service moderation", brand)
    moderation = sample.moderation
    if style == "box" or moderation is None:
        common.moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                              agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))), not_moderated=NOT_MODERATED,
                              ink=ink, when=when)
        return
    paragraph(document, f"Moderated by {moderation.moderator}, {when(moderation.date)}", colour=ink)
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        line = paragraph(document)
        run(line, "I agree with the overall grade. " if agrees else "I do not agree with the overall grade. ", colour=ink)
        run(line, "Moderated grade: ", colour=ink)
        run(line, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
