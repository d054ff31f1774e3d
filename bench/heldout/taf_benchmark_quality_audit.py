"""Held-out family: a Team Around the Family (TAF) audit an Early Help
manager completes against a "what does good look like" benchmark, in Word.

Modelled on Blackburn with Darwen Council's Early Help / CAF quality
assurance documents (an organisation the project has named before; these
are different documents of it):
- "Quality Assurance – What does a 'good' CAF look like? A Guide" (December
  2016, https://paperzz.com/doc/7295095/quality-assurance---blackburn-with-darwen-council):
  good practice statements that Lead Professionals and others in the Team
  Around the Family work to and that auditors use as the benchmark, with
  "good" as the minimum expectation; audits that are partly quantitative
  (counting ticks and signatures in the right places) and partly qualitative
  (judgements on overall quality and content); asking what is good about
  the work and what needs to be put right.
- The council's CAF paperwork page (https://www.blackburn.gov.uk/Pages/child-and-family-assessment.aspx):
  a Pre CAF form, a CAF assessment for the whole family, and a TAF Plan
  completed after the assessment and reviewed at each TAF, sent to the CAF
  admin team.

From the sources: the two parts (a compliance check of ticks and
signatures, then graded quality judgements on the TAF's work), "good" as
the benchmark, the TAF plan reviewed at each TAF meeting, what is working
well and what needs to improve. The pages show no completed audit form, so
the layout is our judgement: the council's name in a brand colour; a
details block (Early Help ID, child's name and date of birth, lead
professional, team, service, auditor, date; sometimes the other children in
the household); Part A, yes/no compliance checks typed or ticked; Part B,
five (sometimes four) graded areas of the TAF's work, sometimes renamed, and
an overall judgement; the family's voice; strengths and areas for
development; actions; the immediate safeguarding question; and the Head of
Service's moderation.

What varies, as managers filling in the same template vary it: the details
as a two-column table, a four-column grid, "Label: value" lines or labels
over values; date spellings; plain and Early Help-prefixed references;
grades typed (with notes), the four grades printed with the chosen one bold
or highlighted and the others struck through, a mark under one of four
grade columns, or a number on the printed key; strengths and development
areas as bullets, numbered lines or two columns; actions as a table,
numbered lines or a sentence saying there are none; yes/no answers typed or
as ticked boxes; the moderation as a box, as coloured lines, or absent.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.forms import Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX
from bot.samples.tools import TAF_AUDIT, tool_samples

from . import common
from .common import (
    GOOD,
    INADEQUATE,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    label,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "taf_benchmark_quality_audit"
SEED = 10108

# Renamed areas some managers' copies of the template carry (by the sample's name).
RENAMED = {
    "Voice of the child": "Child's voice in the TAF",
    "Team Around the Family plan": "TAF plan is SMART and outcome-focused",
    "TAF meetings and reviews": "TAF plan reviewed at each TAF meeting",
    "Lead professional role": "Lead professional coordination",
    "Impact and outcomes for the child": "Difference made for the child",
}
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
           INADEQUATE: "Inadequate"}
KEY = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
CHECKS = (
    "Consent signed and on file",
    "TAF plan completed following the assessment",
    "TAF plan reviewed and updated at each TAF meeting",
    "Plan shared with the family and all TAF members",
    "Paperwork signed by the family and sent to CAF admin",
)
NO_ACTIONS = ("No further actions – the TAF plan is on track.", "No actions identified from this audit.",
              "Nil actions required at this time.")
URGENT_QUESTIONS = ("Is there an immediate safeguarding concern requiring escalation?",
                    "Any immediate concerns to be escalated to the Head of Service?")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    return [_one(index, sample, today) for index, sample in enumerate(samples, start=1)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)
    ink = rng.choice(common.MODERATION_INKS)

    # Changes to the sample the layout needs; the truth follows them.
    changes = {}
    if rng.random() < 0.5:
        changes["case_id"] = common.early_help_reference(rng, sample.case_id)
    sections = sample.sections
    remarks = dict(sample.moderation.section_comments) if sample.moderation else {}
    if index % 3 == 0:
        sections = tuple(Section(RENAMED[s.name], s.grade, s.comment) for s in sections)
        remarks = {RENAMED[name]: text for name, text in remarks.items()}
    if index % 5 == 2:  # an older copy of the template without the lead professional area
        sections = tuple(s for s in sections if "ead professional" not in s.name)
        remarks = {name: text for name, text in remarks.items() if "ead professional" not in name}
    changes["sections"] = sections
    if index % 4 == 1:
        changes["actions"] = ()
    if sample.moderation and index == 3:  # not yet moderated when sent
        changes["moderation"] = None
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = common.new_document(rng)
    brand_heading(document, common.council_line(rng), brand, size=14)
    brand_heading(document, sample.title, brand, size=13)
    paragraph(document, "Early Help Quality Assurance – benchmark: 'good' is the minimum standard we expect of "
                        "every Team Around the Family.", italic=True)

    # The details.
    also: list[str] = []
    others: list[str] = []
    child = sample.child
    show_child = index % 7 != 4
    fields = [(sample.labels.get("case_id", "Early Help ID"), sample.case_id)]
    if show_child:
        born = when(child.date_of_birth)
        also.append(born)
        fields += [("Child's name", child.full_name), ("Date of birth", born)]
    fields += [(sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
               ("Team", sample.team), ("Service", sample.service),
               (rng.choice(("Auditor", "Audit completed by", "Early Help manager (auditor)")), sample.auditor),
               (rng.choice(("Date of audit", "Audit date", "Date audit completed")), when(sample.date))]
    if show_child and rng.random() < 0.4:
        brothers = common.siblings(rng, child, rng.randint(1, 2), today)
        others += [name for name, _ in brothers]
        listed = []
        for name, day in brothers:
            written = when(day)
            also.append(written)
            listed.append(f"{name} ({written})")
        fields.append(("Other children in the household", "; ".join(listed)))
    _details(document, rng, fields, brand)

    # Part A: the compliance checks.
    brand_heading(document, "Part A – Compliance (tick or type Yes / No)", brand, size=12)
    ticked = rng.random() < 0.5
    checks = table(document, len(CHECKS) + 1, 2)
    label(checks.cell(0, 0), "Check", "DEEAF6")
    label(checks.cell(0, 1), "Yes / No", "DEEAF6")
    for row, check in zip(checks.rows[1:], CHECKS):
        write(row.cells[0], check)
        write(row.cells[1], _yes_no(rng.random() < 0.75, ticked, rng))

    # Part B: the graded quality judgements.
    brand_heading(document, "Part B – Quality of the TAF's work", brand, size=12)
    style = rng.choice(("typed", "struck", "columns", "key", "blocks"))
    _sections(document, rng, style, sample.sections, remarks, ink)
    _overall(document, rng, style, sample.grade)

    # The family's voice.
    voice = sample.own[0]
    paragraph(document, voice.label, bold=True, colour=brand)
    paragraph(document, voice.written)

    # What is working well / what needs to improve.
    _lists(document, rng, brand, sample.strengths, sample.development_areas)

    # Actions.
    brand_heading(document, rng.choice(("Actions", "Actions arising from the audit", "Action plan")), brand, size=12)
    _actions(document, rng, sample.actions, when)

    # The urgent question.
    brand_heading(document, "Safeguarding", brand, size=12)
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    run(question, _yes_no(sample.urgent_concern, ticked, rng))
    if sample.urgent_concern:
        paragraph(document, f"Details: {sample.urgent_concern_detail}")

    # The Head of Service's moderation.
    _moderation(document, rng, sample, moderation, ink, when, brand)

    editor = moderation.moderator if moderation else sample.auditor
    data = common.finish_docx(document, sample.title, sample.date, editor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _yes_no(answer: bool, ticked: bool, rng: random.Random) -> str:
    if ticked:
        return (f"{CHECKED_BOX} Yes   {UNCHECKED_BOX} No" if answer
                else f"{UNCHECKED_BOX} Yes   {CHECKED_BOX} No")
    return rng.choice(("Yes", "yes", "Y")) if answer else rng.choice(("No", "no", "N"))


def _details(document, rng: random.Random, fields, brand: str) -> None:
    layout = rng.choice(("table", "grid", "lines", "over"))
    fill = rng.choice(("F2F2F2", "DEEAF6", "E2EFDA"))
    if layout == "table":
        grid = table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            label(row.cells[0], name, fill)
            write(row.cells[1], value)
    elif layout == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(fields):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, fill)
            write(grid.cell(row, column * 2 + 1), value)
    elif layout == "lines":
        for name, value in fields:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:
        per_row = 3
        chunks = [fields[start:start + per_row] for start in range(0, len(fields), per_row)]
        grid = table(document, len(chunks) * 2, per_row)
        for number, chunk in enumerate(chunks):
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(number * 2, column), name, fill)
                write(grid.cell(number * 2 + 1, column), value)
    paragraph(document)


def _struck_grades(cell_paragraph, grade: str, emphasis: str) -> None:
    for position, (value, text) in enumerate(PRINTED.items()):
        if position:
            run(cell_paragraph, " / ")
        chosen = value == grade
        if emphasis == "bold":
            run(cell_paragraph, text, bold=chosen, strike=not chosen)
        else:
            run(cell_paragraph, text, highlight=chosen, strike=not chosen)


def _remark(cell, remarks: dict[str, str], name: str, ink: str) -> None:
    if name in remarks:
        write(cell, f"HoS: {remarks[name]}", colour=ink, italic=True)


def _sections(document, rng: random.Random, style: str, sections, remarks, ink: str) -> None:
    area = rng.choice(("Area audited", "Practice area", "Area of practice"))
    if style == "typed":
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, (area, "Grade", "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            write(row.cells[1], common.informal_grade(rng, section.grade, note_chance=0.25))
            write(row.cells[2], section.comment)
            _remark(row.cells[2], remarks, section.name, ink)
    elif style == "struck":
        emphasis = rng.choice(("bold", "highlight"))
        paragraph(document, "Delete the judgements that do not apply.", italic=True)
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, (area, "Judgement", "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            _struck_grades(row.cells[1].paragraphs[0], section.grade, emphasis)
            write(row.cells[2], section.comment)
            _remark(row.cells[2], remarks, section.name, ink)
    elif style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        mark_style = rng.choice(common.MARKS)
        grid = table(document, len(sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (area, *(text for _, text in order), "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            for position, (value, _) in enumerate(order):
                if value == section.grade:
                    common.mark(row.cells[1 + position], mark_style)
            write(row.cells[5], section.comment)
            _remark(row.cells[5], remarks, section.name, ink)
    elif style == "key":
        paragraph(document, "Key: " + ", ".join(f"{KEY[value]} = {text}" for value, text in PRINTED.items()),
                  italic=True)
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, (area, "Score (1-4)", "Evidence")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            write(row.cells[1], KEY[section.grade])
            write(row.cells[2], section.comment)
            _remark(row.cells[2], remarks, section.name, ink)
    else:
        for section in sections:
            paragraph(document, section.name, bold=True)
            paragraph(document, f"Evidence: {section.comment}")
            if section.name in remarks:
                paragraph(document, f"HoS: {remarks[section.name]}", colour=ink, italic=True)
            line = paragraph(document)
            run(line, "Grade: ", bold=True)
            run(line, common.informal_grade(rng, section.grade))
    paragraph(document)


def _overall(document, rng: random.Random, style: str, grade: str) -> None:
    name = rng.choice(("Overall judgement of the TAF", "Overall grade", "Overall quality of the TAF's work"))
    line = paragraph(document)
    run(line, f"{name}: ", bold=True)
    if style == "struck":
        _struck_grades(line, grade, rng.choice(("bold", "highlight")))
    elif style == "key":
        run(line, f"{KEY[grade]} ({PRINTED[grade]})" if rng.random() < 0.5 else KEY[grade], bold=True)
    elif style == "columns":
        row = paragraph(document)
        for value, text in PRINTED.items():
            box = CHECKED_BOX if value == grade else UNCHECKED_BOX
            run(row, f"{box} {text}    ")
    else:
        run(line, common.informal_grade(rng, grade), bold=True)
    paragraph(document)


def _lists(document, rng: random.Random, brand: str, strengths, development) -> None:
    heads = rng.choice((("What is working well", "What needs to improve"),
                        ("Strengths", "Areas for development"),
                        ("What is good about the work", "What needs to be put right")))
    layout = rng.choice(("bullets", "numbered", "columns"))
    if layout == "columns":
        grid = table(document, 2, 2)
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "E2EFDA")
        write(grid.cell(1, 0), "\n".join(f"• {item}" for item in strengths))
        write(grid.cell(1, 1), "\n".join(f"• {item}" for item in development))
        paragraph(document)
        return
    for head, items in zip(heads, (strengths, development)):
        paragraph(document, head, bold=True, colour=brand)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}. {item}" if layout == "numbered" else f"• {item}")


def _actions(document, rng: random.Random, actions, when) -> None:
    if not actions or rng.random() < 0.6:
        common.actions_table(document, rng, actions,
                             (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale"),
                              ("Action", "Who", "Date due", "Completed")),
                             NO_ACTIONS, when)
        return
    for number, action in enumerate(actions, start=1):
        paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _moderation(document, rng: random.Random, sample, moderation, ink: str, when, brand: str) -> None:
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)"))
    layout = rng.choice(("box", "lines"))
    if layout == "box" or moderation is None:
        brand_heading(document, heading, brand, size=12)
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by", "Date moderated", "Agree with the auditor's grade?",
                                      "Moderated grade", "Comments"),
                              agree=("Yes", "No"),
                              not_moderated=("Not yet moderated.", "Awaiting moderation.", ""),
                              ink=ink, when=when)
        return
    brand_heading(document, heading, brand, size=12)
    paragraph(document, f"Moderated by {moderation.moderator} on {when(moderation.date)}.", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        paragraph(document, f"Moderated judgement: {common.informal_grade(rng, moderation.grade)}", colour=ink,
                  bold=True)

