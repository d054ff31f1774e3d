"""Reflective case summaries: a manager's monthly audit of one child's case,
held as a conversation with the case holder (Word).

Source: Stockport Children and Young People Service (Stockport Borough
Council), "Improving effective supervision in safeguarding by mapping the
journey of children in case auditing with case holders", a C4EO emerging
practice example (c. 2013; archive.c4eo.org.uk/themes/safeguarding/
vlpdetails.aspx?lpeid=480). Stockport is already named elsewhere in the
project's list for other documents; this is a different document of theirs.

What came from the source: the tool's purpose and parts as the page
describes them: a monthly audit in which the manager maps the child's
journey *in discussion with the case holder* in a reflective setting, a
"Team Around the Child (TAC) Reflective Case Summary" as the record, feeding
evidence on practice at case, practitioner and service level, with
remedial actions tracked after the audit and senior management oversight
of the audits.

The page shows no form, so the layout is our judgement: a council name line
in a brand colour; a title; a details block (case reference, child's name
and date of birth, case holder, team, service, auditing manager, date of
the discussion; sometimes how the discussion was held, siblings and
parents); "mapping the child's journey" as narrative with, on some forms,
a small table of key events; the reflective discussion (what the case
holder said, the child's and family's voice, the difference the plan has
made); graded areas of practice and an overall grade on the ILACS four-point
scale; strengths and areas for development; an immediate safeguarding
question; agreed actions; the case holder's reflection; and on some forms
the Head of Service's moderation.

What varies across the 16 files: details as a two-column table, a
four-column grid, "Label: value" lines or labels over values; date
spellings; plain, prefixed and Early Help case references; grades typed as
people type them, as a number on a printed key, as a mark under four grade
columns, or as the four grades printed with the chosen one bold,
highlighted, ticked, or the others struck through; strengths and areas for
development as bullets, paragraphs or two columns; actions as a table,
numbered lines or a sentence saying there are none; the safeguarding
question typed or as ticked boxes; moderation as a box typed in the
Head of Service's ink, as an inline coloured note, or absent; the key
events table present or not; siblings and parents named on some files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import phrases
from bot.samples.people import STAFF, head_of_service_over
from bot.samples.population import _invent_moderation, _invent_sections, _sentences
from bot.samples.tools import CONVERSATION_AUDIT, ToolSample, tool_samples

from . import common
from .common import (
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "reflective_case_summary_audit"
SEED = 10099

TITLES = ("TAC Reflective Case Summary", "Reflective Case Summary – Monthly Audit",
          "Reflective Case Summary (Audit Conversation)", "Monthly Case Audit: Reflective Case Summary")
SUBTITLES = ("Completed by the auditing manager in discussion with the case holder.",
             "To be completed jointly: the manager maps the child's journey with the allocated worker.",
             "An audit conversation between the team manager and the case holder about one child.")
AREAS = (
    ("The child's journey and timeliness", "Voice and lived experience of the child", "Assessment and analysis",
     "The TAC plan and its review", "Management oversight and supervision"),
    ("Timeliness of the response", "The child's lived experience", "Quality of the assessment",
     "Planning and review through TAC", "Impact for the child"),
)
GRADE_NAMES = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
               INADEQUATE: "Inadequate"}
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
GRADE_STYLES = ("typed", "columns", "key", "bold", "highlight", "struck", "ticks")
METHODS = ("Face to face in the team office", "Microsoft Teams call", "Face to face at the family hub",
           "Telephone")
METHOD_LABELS = ("How the conversation was held", "Discussion held", "How the audit conversation took place")
FAMILY_VIEW_LABELS = ("Voice of the child and family", "What the family told us", "The family's views")
DIFFERENCE_LABELS = ("What difference has the plan made?", "What difference it made", "Impact for the family so far")
JOURNEY = (
    "The family were referred by school after concerns about attendance and home conditions.",
    "An Early Help Assessment was completed with the family within the expected timescale.",
    "TAC meetings have been held every six weeks, with school and health attending most of them.",
    "There was a period of drift over the summer when the lead professional changed.",
    "The family asked for help with routines and housing, and were linked to the family hub.",
    "The case was stepped down from Children's Social Care and the TAC plan picked up the remaining worries.",
)
EVENTS = ("Referral received", "Early Help Assessment completed", "First TAC meeting", "TAC review",
          "Change of lead professional", "Step down from social care")
HOLDER_SAID = (
    "The case holder described the family's progress and the worries that remain.",
    "The case holder explained why the plan changed after the last TAC review.",
    "The case holder reflected on how the relationship with the family developed over time.",
    "The case holder talked through the decision not to escalate at the last review.",
)
HOLDER_REFLECTIONS = (
    "Helpful to step back and look at the whole journey rather than the last few weeks.",
    "I agree with the actions and will bring the plan to my next supervision.",
    "The discussion helped me see where the recording does not show the work I have done.",
    "I found the conversation supportive and will use the mapping with the family.",
)
NO_ACTIONS = ("No actions were agreed: the TAC plan is on track and will be reviewed as planned.",
              "No further actions arising from this audit.",
              "Actions: none – the plan already addresses the areas discussed.")
ACTION_HEADERS = (("Action agreed", "By whom", "By when"), ("Action", "Responsible", "Target date", "Done?"),
                  ("What needs to happen", "Who", "When", "Update"))
MODERATION_LABELS = (("Head of Service", "Date moderated", "Agree with the judgement?", "Moderated judgement",
                      "Comments"),
                     ("Moderated by", "Date", "Judgement agreed?", "Grade after moderation", "Moderator's comments"))
NOT_MODERATED = ("Not selected for moderation this month.", "")
DETAIL_LABELS = {
    "case": ("Case number", "LCS number", "Case reference"),
    "prefixed": ("Case reference", "Case number", "Reference"),
    "early_help": ("Early Help ID", "EHM number", "Child ID"),
    "child": ("Child's name", "Name of child", "Child"),
    "dob": ("Date of birth", "DOB", "D.O.B."),
    "practitioner": ("Case holder", "Allocated worker", "Lead professional"),
    "team": ("Team",),
    "service": ("Service", "Service area"),
    "auditor": ("Auditing manager", "Team Manager (auditor)", "Audit completed by"),
    "date": ("Date of audit discussion", "Date of conversation", "Date of audit"),
}


def _staff_member(name: str):
    return next(member for member in STAFF if member.name == name)


def _grade_text(grade: str, rng: random.Random, style: str, *, note_chance: float = 0.0) -> str:
    if style == "key":
        return str(GRADE_ORDER.index(grade) + 1)
    return common.informal_grade(rng, grade, note_chance=note_chance)


def _choice_line(target, grade: str, style: str) -> None:
    """The four grades printed in one paragraph with the chosen one marked."""
    for number, option in enumerate(GRADE_ORDER):
        if number:
            run(target, "   ")
        chosen = option == grade
        if style == "ticks":
            run(target, f"{'☒' if chosen else '☐'} {GRADE_NAMES[option]}")
        elif style == "bold":
            run(target, GRADE_NAMES[option], bold=chosen)
        elif style == "highlight":
            run(target, GRADE_NAMES[option], highlight=chosen, bold=chosen)
        else:  # struck
            run(target, GRADE_NAMES[option], strike=not chosen)


def _grade_in_cell(cell, grade: str, rng: random.Random, style: str) -> None:
    if style in ("typed", "key"):
        write(cell, _grade_text(grade, rng, style, note_chance=0.25 if style == "typed" else 0.0))
    else:
        target = cell.paragraphs[-1]
        _choice_line(target, grade, style)


def _details(document, rng: random.Random, rows: list[tuple[str, str]], style: str, brand: str) -> None:
    fill = rng.choice(("D9E2F3", "E2EFDA", "F2F2F2"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, fill)
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for number, (name, value) in enumerate(rows):
            row = grid.rows[number // 2]
            label(row.cells[2 * (number % 2)], name, fill)
            write(row.cells[2 * (number % 2) + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # labels over values, four to a row
        for start in range(0, len(rows), 4):
            chunk = rows[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, fill)
                write(grid.cell(1, column), value)
            paragraph(document)


def _heading(document, text: str, brand: str, style: int) -> None:
    if style == 0:
        common.brand_heading(document, text, brand, size=12)
    elif style == 1:
        document.add_heading(text, level=2)
    else:
        paragraph(document, text.upper(), bold=True)


def _areas(document, rng: random.Random, sample: ToolSample, style: str) -> None:
    if style == "key":
        paragraph(document, "Grade key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                            "4 = Inadequate", italic=True)
    if style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        symbol = rng.choice(common.MARKS)
        grid = table(document, len(sample.sections) + 1, 2 + len(order))
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence", *(name for _, name in order))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            column = [grade for grade, _ in order].index(section.grade)
            common.mark(row.cells[2 + column], symbol)
        return
    headers = rng.choice((("Area of practice", "Evidence from the file and the discussion", "Grade"),
                          ("Area", "What we found", "Judgement")))
    grid = table(document, len(sample.sections) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        _grade_in_cell(row.cells[2], section.grade, rng, style)


def _overall(document, rng: random.Random, grade: str, style: str) -> None:
    words = rng.choice(("Overall grade", "Overall judgement", "Overall grading of practice"))
    if style in ("typed", "key", "columns"):
        line = paragraph(document)
        written = _grade_text(grade, rng, "key" if style == "key" else "typed")
        run(line, f"{words}{' (1–4)' if style == 'key' else ''}: ", bold=True)
        run(line, written, bold=True)
    else:
        paragraph(document, f"{words}:", bold=True)
        _choice_line(paragraph(document), grade, style)


def _lists(document, rng: random.Random, sample: ToolSample, style: str, brand: str, heading_style: int) -> None:
    names = rng.choice((("Strengths", "Areas for development"), ("What is working well", "What needs to improve"),
                        ("Strengths of practice", "Areas for development")))
    if style == "columns":
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, names):
            label(cell, text, "DEEAF6")
        for cell, items in zip(grid.rows[1].cells, (sample.strengths, sample.development_areas)):
            for item in items:
                write(cell, f"• {item}")
        return
    for name, items in zip(names, (sample.strengths, sample.development_areas)):
        _heading(document, name, brand, heading_style)
        if style == "bullets":
            for item in items:
                document.add_paragraph(item, style="List Bullet")
        else:
            paragraph(document, " ".join(items))


def _actions(document, rng: random.Random, sample: ToolSample, style: str, when) -> None:
    if not sample.actions or style == "table":
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
        return
    for number, action in enumerate(sample.actions, 1):
        paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _urgent(document, rng: random.Random, sample: ToolSample, typed: bool) -> None:
    question = rng.choice(("Were any immediate safeguarding concerns identified during the audit?",
                           "Immediate safeguarding concerns requiring escalation?"))
    line = paragraph(document)
    run(line, f"{question} ", bold=True)
    if typed:
        run(line, "Yes" if sample.urgent_concern else rng.choice(("No", "No.", "None identified")))
    else:
        run(line, f"{'☒' if sample.urgent_concern else '☐'} Yes   {'☐' if sample.urgent_concern else '☒'} No")
    if sample.urgent_concern:
        paragraph(document, f"Details and escalation: {sample.urgent_concern_detail}")


def _moderation(document, rng: random.Random, sample: ToolSample, style: str, brand: str, heading_style: int,
                when) -> None:
    if style == "absent":
        return
    ink = rng.choice(common.MODERATION_INKS)
    _heading(document, rng.choice(("Head of Service moderation", "Moderation", "Senior manager oversight")),
             brand, heading_style)
    moderation = sample.moderation
    if style == "box" or moderation is None:
        common.moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                              agree=rng.choice((("Yes", "No"), ("Agreed", "Not agreed"))),
                              not_moderated=NOT_MODERATED, ink=ink, when=when)
        return
    line = paragraph(document)
    run(line, f"{moderation.moderator}, {when(moderation.date)}: ", colour=ink, bold=True)
    if moderation.grade:
        verdict = "I agree with the grade" if moderation.grade == sample.grade else "Grade changed to"
        written = common.informal_grade(rng, moderation.grade)
        run(line, f"{verdict} ({written}). " if verdict.startswith("I") else f"{verdict} {written}. ",
            colour=ink, bold=True)
    run(line, " ".join(moderation.comments), colour=ink)


def _sample(base: ToolSample, index: int, rng: random.Random, today: date) -> ToolSample:
    first = base.child.first_name
    grade = rng.choices(GRADE_ORDER, weights=(8, 45, 37, 10))[0]
    severity = GRADE_ORDER.index(grade)
    sections = _invent_sections(rng, AREAS[index % 2][:rng.choice((4, 5, 5))], grade, first)
    auditor = _staff_member(base.auditor)
    moderation = None
    if index % 8 in (1, 4, 6):
        moderation = _invent_moderation(rng, head_of_service_over(auditor), grade, sections, first, base.date, today)
    if index % 4 == 0:
        case_id = base.case_id
    elif index % 4 in (1, 2):
        case_id = common.case_reference(rng, base.case_id)
    else:
        case_id = common.early_help_reference(rng, base.case_id)
    own = {field.key: field for field in base.own}
    kept = []
    if index % 3 != 1:
        method = rng.choice(METHODS)
        kept.append(replace(own["method"], label=rng.choice(METHOD_LABELS), written=method, expected=method))
    kept.append(replace(own["family_view"], label=rng.choice(FAMILY_VIEW_LABELS)))
    if index % 5 != 2:
        kept.append(replace(own["difference_made"], label=rng.choice(DIFFERENCE_LABELS)))
    urgent = index in (5, 12)
    actions = base.actions if index % 6 != 3 else ()
    return replace(
        base, title=rng.choice(TITLES), case_id=case_id, grade=grade, sections=sections,
        strengths=_sentences(rng, phrases.STRENGTHS, (4, 3, 2, 1)[severity] + rng.randint(0, 1), first),
        development_areas=_sentences(rng, phrases.DEVELOPMENT_AREAS, 1 + severity, first),
        actions=actions, own=tuple(kept), urgent_concern=urgent,
        urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first) if urgent else None,
        moderated_kind=True, moderation=moderation,
    )


def _build_one(base: ToolSample, index: int, today: date) -> HeldOutForm:
    rng = random.Random(SEED * 100 + index)
    sample = _sample(base, index, rng, today)
    child = sample.child
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    heading_style = rng.randrange(3)
    details_style = ("table", "grid", "lines", "over")[index % 4]
    grade_style = GRADE_STYLES[(index * 3 + index // 7) % len(GRADE_STYLES)]
    list_style = ("bullets", "paragraphs", "columns")[index % 3]
    action_style = ("table", "numbered")[(index // 2) % 2]
    if sample.moderation:
        moderation_style = ("box", "inline")[index % 2]
    else:
        moderation_style = ("absent", "box", "absent")[index % 3]
    show_child = index not in (3, 10)
    brothers = common.siblings(rng, child, rng.choice((1, 2)), today) if index % 4 == 2 else []
    own = {field.key: field for field in sample.own}

    document = common.new_document(rng)
    common.brand_heading(document, common.council_line(rng), brand, size=rng.choice((11, 12)))
    common.brand_heading(document, sample.title, brand, size=15)
    paragraph(document, rng.choice(SUBTITLES), italic=True)

    kind = ("case", "prefixed", "prefixed", "early_help")[index % 4]
    rows = [(rng.choice(DETAIL_LABELS[kind]), sample.case_id)]
    born = when(child.date_of_birth)
    if show_child:
        rows += [(rng.choice(DETAIL_LABELS["child"]), child.full_name), (rng.choice(DETAIL_LABELS["dob"]), born)]
    rows += [(rng.choice(DETAIL_LABELS["practitioner"]), sample.practitioner),
             (rng.choice(DETAIL_LABELS["team"]), sample.team),
             (rng.choice(DETAIL_LABELS["service"]), sample.service),
             (rng.choice(DETAIL_LABELS["auditor"]), sample.auditor),
             (rng.choice(DETAIL_LABELS["date"]), when(sample.date))]
    if "method" in own:
        rows.append((own["method"].label, own["method"].written))
    if brothers:
        rows.append(("Siblings", "; ".join(f"{name} ({when(day)})" for name, day in brothers)))
    if show_child and index % 3 == 0:
        rows.append(("Parents / carers", ", ".join(child.parents)))
    _heading(document, "Part 1: Details", brand, heading_style)
    _details(document, rng, rows, details_style, brand)

    _heading(document, "Part 2: Mapping the child's journey", brand, heading_style)
    paragraph(document, " ".join(rng.sample(JOURNEY, rng.randint(2, 3))))
    if brothers:
        paragraph(document, common.mention(rng, common.SIBLING_SENTENCES, brothers[0][0]))
    if index % 3 == 2:
        events = sorted(rng.sample(range(30, 300), 3), reverse=True)
        grid = table(document, 4, 2)
        label(grid.cell(0, 0), "Date", "F2F2F2")
        label(grid.cell(0, 1), "Key event in the child's journey", "F2F2F2")
        chosen = sorted(rng.sample(range(len(EVENTS)), 3))
        for row, days, event in zip(grid.rows[1:], events, chosen):
            day = sample.date - timedelta(days=days)
            day -= timedelta(days=max(0, day.weekday() - 4))
            write(row.cells[0], when(day))
            write(row.cells[1], EVENTS[event])
            write(row.cells[1], event)

    _heading(document, "Part 3: The reflective discussion", brand, heading_style)
    line = paragraph(document)
    run(line, "What the case holder told us: ", bold=True)
    run(line, rng.choice(HOLDER_SAID))
    for key in ("family_view", "difference_made"):
        if key in own:
            line = paragraph(document)
            run(line, f"{own[key].label}: ", bold=True)
            run(line, own[key].written)

    _heading(document, "Part 4: Quality of practice", brand, heading_style)
    _areas(document, rng, sample, grade_style)
    paragraph(document)
    _overall(document, rng, sample.grade, grade_style)

    _lists(document, rng, sample, list_style, brand, heading_style)
    _urgent(document, rng, sample, typed=index % 2 == 0)

    _heading(document, rng.choice(("Agreed actions", "Actions agreed with the case holder", "Action plan")),
             brand, heading_style)
    _actions(document, rng, sample, action_style, when)

    line = paragraph(document)
    run(line, "Case holder's reflection on the audit: ", bold=True)
    run(line, rng.choice(HOLDER_REFLECTIONS), italic=True)

    _moderation(document, rng, sample, moderation_style, brand, heading_style, when)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = common.finish_docx(document, sample.title, sample.moderation.date if sample.moderation else sample.date,
                              editor)
    also = (born, *(when(day) for _, day in brothers))
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in brothers),
                           also=also)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    return [_build_one(sample, index, today) for index, sample in enumerate(samples)]
