"""Held-out family: a "FILE AUDIT – Child's Journey" case file audit, one
child's social care file audited by a practice manager, area by area.

Source: the "Child's Journey Audit Tool" ("FILE AUDIT – Child's Journey",
Version 7, January 2016), a council's case file audit template published on
studylib.net (https://studylib.net/doc/9448046/child-s-journey-audit-tool;
an earlier Version 5, August 2015, at studylib.net/doc/6844638). The page
does not name the council, so the family is attributed to the document, not
to an organisation.

What came from the source: the title; the details block (Case holder, Team,
Child/Young Person, ID No, Age/DOB of child/young person, File Auditor, Date
audit carried out); short guidance bullets (answer only the relevant
sections, judge on recent practice, safeguarding throughout); a "Case
Profile (brief synopsis of case)" box; numbered areas of practice, each a
table of numbered questions with "Evidenced" Yes / No columns and a
"Comments/Evidence" column, closing with "Overall what is the quality of
...? (Please use Ofsted grade descriptors) Please give an analysis of why
you have made this judgement."; the running line "Ofsted descriptors –
Outstanding / Good / Requires Improvement / Inadequate" with the version and
date in the page footer; a last area on outcomes for the child.

Our judgement (the page shows only the first areas, in text form): the
names of our seven areas and their questions (in our own words); the
service row in the details; the safeguarding escalation question; the
closing summary (what is working well / what needs to improve), the overall
judgement, the actions table, and the Head of Service moderation part; and
how managers vary the filled-in form (details as a table, a grid, "Label:
value" lines or labels over values; date spellings; plain or prefixed ID
numbers; grades typed, printed with the chosen one bold, highlighted, ticked
or the others struck through, or marked under four grade columns; lists,
paragraphs or two columns; actions as a table, numbered lines or a "no
actions" sentence; moderation typed in colour, as a box, or absent).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, sample_forms

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "childs_journey_file_audit"
SEED = 10093
COUNT = 16

# Our seven areas, in the order the sample's seven sections are renamed to,
# each with two questions of our own wording (none about the child's views:
# that question is asked only where the sample asks it).
AREAS = (
    ("Help and Protection", ("Was the response to the referral timely and proportionate?",
                             "Were risks recognised and discussed with a manager?")),
    ("Assessment and Analysis", ("Is the latest assessment within timescale?",
                                 "Does the assessment draw on history and partner information?")),
    ("Planning and Review", ("Is there a current plan on file?",
                             "Has the plan been reviewed within timescale?")),
    ("Voice and Lived Experience of the Child", ("Has the child been seen alone?",
                                                 "Is direct work with the child on file?")),
    ("Working with Partners", ("Are partners invited to and attending meetings?",
                               "Is information shared promptly between agencies?")),
    ("Management Oversight and Supervision", ("Is there recorded supervision in the last two months?",
                                              "Are management decisions recorded with reasons?")),
    ("Outcomes for the Child", ("Is there evidence the child's circumstances have improved?",
                                "Is the difference made for the child recorded?")),
)
FEEDBACK_QUESTION = "Were the views of the child and family sought and recorded?"
URGENT_QUESTION = ("Does the audit identify a child at risk of significant harm that needs immediate "
                   "escalation to the Head of Service?")

GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
           INADEQUATE: "Inadequate"}
DESCRIPTORS = "Ofsted descriptors – Outstanding / Good / Requires Improvement / Inadequate"

PROFILES = (
    "{first} lives with {parent} and is open to the Assessment service following concerns about neglect "
    "and home conditions.",
    "{first} has been subject to a child protection plan under the category of emotional harm; the plan "
    "was reviewed at the last conference.",
    "{first} is supported on a child in need plan after a referral from school about attendance and "
    "presentation.",
    "Referral from police after an incident at the family home; {first} and {parent} are working with "
    "the allocated social worker.",
)
NO_ACTIONS = ("No further actions required – the plan is progressing well.",
              "No actions arising from this audit.",
              "No case-specific actions identified; continue with the current plan.")
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Responsible", "Timescale"),
                  ("Actions", "By who", "By when", "Completed?"))
NOT_MODERATED = ("Not selected for moderation this month.", "", "Awaiting moderation.")


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _draw(today: date) -> list:
    drawn = [form for form in sample_forms(300, seed=SEED, today=today, feedback_question=True)
             if form.kind == CASE_FILE_AUDIT]
    moderated = [form for form in drawn if form.moderation is not None]
    plain = [form for form in drawn if form.moderation is None]
    chosen = moderated[:6] + plain[:COUNT - 6]
    chosen.sort(key=lambda form: drawn.index(form))
    return chosen


def _adapt(rng: random.Random, index: int, sample):
    """Rename the areas, drop some on a few forms, prefix some ID numbers."""
    names = [name for name, _ in AREAS]
    renamed = {old.name: new for old, new in zip(sample.sections, names)}
    sections = [replace(section, name=renamed[section.name]) for section in sample.sections]
    if index in (3, 9, 14):  # "Only answer the relevant sections"
        drop = set(rng.sample((1, 2, 4, 5), 1 if index != 9 else 2))  # keep the child's voice
        sections = [section for position, section in enumerate(sections) if position not in drop]
    kept = {section.name for section in sections}
    moderation = sample.moderation
    if moderation is not None:
        remarks = {renamed[name]: text for name, text in moderation.section_comments.items()
                   if renamed[name] in kept}
        moderation = replace(moderation, section_comments=remarks)
    case_id = sample.case_id
    if rng.random() < 0.45:
        case_id = common.case_reference(rng, case_id)
    actions = sample.actions
    if index in (4, 13) and sample.grade in (GOOD, OUTSTANDING):  # a "no actions" sentence
        actions = ()
    return replace(sample, sections=tuple(sections), moderation=moderation, case_id=case_id, actions=actions)


def _grade_in(paragraph, rng, grade: str, style: str, *, note: float = 0.0) -> None:
    """Write `grade` into a paragraph in the form's style."""
    if style == "typed":
        common.run(paragraph, "Judgement: ", bold=True)
        common.run(paragraph, common.informal_grade(rng, grade, note_chance=note))
        return
    for position, option in enumerate(GRADE_ORDER):
        if position:
            common.run(paragraph, " / ")
        chosen = option == grade
        if style == "bold":
            common.run(paragraph, PRINTED[option], bold=chosen, size=12 if chosen else None)
        elif style == "highlight":
            common.run(paragraph, PRINTED[option], highlight=chosen)
        elif style == "strike":
            common.run(paragraph, PRINTED[option], strike=not chosen)
        else:  # ticked boxes
            common.run(paragraph, f"{'☒' if chosen else '☐'} {PRINTED[option]}")


def _details(document, rng, sample, when, brand, layout, *, with_child: bool):
    child = sample.child
    if with_child:
        name = child.full_name
        dob = when(child.date_of_birth)
        age_dob = f"{_age(child.date_of_birth, sample.date)} years / {dob}"
    else:
        name = f"{child.first_name[0]}.{child.surname[0]}. (initials only)"
        age_dob = f"{_age(child.date_of_birth, sample.date)} years"
    rows = [("Case holder", sample.practitioner), ("Team", sample.team), ("Service", sample.service),
            ("Child/Young Person", name), ("ID No", sample.case_id),
            ("Age/DOB of child/young person", age_dob), ("File Auditor", sample.auditor),
            ("Date audit carried out", when(sample.date))]
    if layout == "table":
        grid = common.table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            common.label(row.cells[0], text, "E7E6E6")
            common.write(row.cells[1], value)
    elif layout == "grid":
        grid = common.table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            column = 2 * (position % 2)
            common.label(row.cells[column], f"{text}:", colour=brand)
            common.write(row.cells[column + 1], value)
    elif layout == "lines":
        for text, value in rows:
            line = common.paragraph(document)
            common.run(line, f"{text}: ", bold=True)
            common.run(line, value)
    else:  # labels over values, in two strips
        for part in (rows[:4], rows[4:]):
            grid = common.table(document, 2, len(part))
            for cell, (text, _) in zip(grid.rows[0].cells, part):
                common.label(cell, text, "DEEAF6")
            for cell, (_, value) in zip(grid.rows[1].cells, part):
                common.write(cell, value)
            common.paragraph(document)


def _area(document, rng, sample, number: int, section, questions, look: dict) -> None:
    heading = f"{number}. {section.name}"
    common.paragraph(document, heading, bold=True, colour=look["brand"] if look["coloured_headings"] else None)
    extra = []
    if section.name.startswith("Voice") and sample.feedback_sought is not None:
        extra = [(FEEDBACK_QUESTION, sample.feedback_sought)]
    asked = [(question, rng.random() < 0.75) for question in questions] + extra
    grid = common.table(document, len(asked) + 3, 4)
    head = grid.rows[0].cells
    common.label(head[0], "Question", "F2F2F2")
    common.label(head[1], "Evidenced\nYes", "F2F2F2")
    common.label(head[2], "\nNo", "F2F2F2")
    common.label(head[3], "Comments/Evidence", "F2F2F2")
    for row, (offset, (question, answer)) in zip(grid.rows[1:], enumerate(asked, 1)):
        common.write(row.cells[0], f"{number}.{offset} {question}")
        common.mark(row.cells[1 if answer else 2], look["tick"])
    ask = grid.rows[len(asked) + 1]
    merged = ask.cells[0].merge(ask.cells[3])
    common.write(merged, f"Overall what is the quality of {section.name.lower()}? (Please use Ofsted grade "
                         "descriptors) Please give an analysis of why you have made this judgement.", bold=True)
    answer = grid.rows[len(asked) + 2]
    if look["grade_style"] == "columns":
        # a mark under one of four grade columns, the analysis in a row below
        for cell, option in zip(answer.cells, look["column_order"]):
            common.write(cell, PRINTED[option], bold=True)
            if option == section.grade:
                common.mark(cell, look["tick"] or "X")
        comment_row = grid.add_row()
        target = comment_row.cells[0].merge(comment_row.cells[3])
    else:
        target = answer.cells[0].merge(answer.cells[3])
        _grade_in(target.paragraphs[0], rng, section.grade, look["grade_style"], note=0.15)
    common.write(target, section.comment)
    remark = sample.moderation.section_comments.get(section.name) if sample.moderation else None
    if remark:
        common.write(target, f"HoS: {remark}", colour=look["ink"], italic=True)
    common.paragraph(document)


def _list(document, rng, heading: str, items, style: str) -> None:
    common.paragraph(document, heading, bold=True)
    if style == "bullets":
        for item in items:
            document.add_paragraph(item, style="List Bullet")
    elif style == "numbers":
        for number, item in enumerate(items, 1):
            common.paragraph(document, f"{number}. {item}")
    else:
        common.paragraph(document, " ".join(items))


def _summary(document, rng, sample, style: str) -> None:
    heading = rng.choice((("What is working well?", "What needs to improve?"),
                          ("Strengths", "Areas for development")))
    if style == "columns":
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), heading[0], "E2EFDA")
        common.label(grid.cell(0, 1), heading[1], "FCE4D6")
        for item in sample.strengths:
            common.write(grid.cell(1, 0), f"• {item}")
        for item in sample.development_areas:
            common.write(grid.cell(1, 1), f"• {item}")
        common.paragraph(document)
        return
    _list(document, rng, heading[0], sample.strengths, style)
    _list(document, rng, heading[1], sample.development_areas, style)


def _actions(document, rng, sample, when, style: str) -> None:
    common.paragraph(document, rng.choice(("Actions (by who, by when)", "Actions arising from the audit")),
                     bold=True)
    if style == "table" or not sample.actions:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    common.paragraph(document)


def _moderation(document, rng, sample, when, style: str, ink: str, brand: str) -> None:
    moderation = sample.moderation
    if style == "absent" and moderation is None:
        return
    common.paragraph(document, "Head of Service Moderation", bold=True, colour=brand)
    if style == "box" or moderation is None:
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by", "Date of moderation", "Agree with the judgement?",
                                      "Moderated judgement", "Moderator's comments"),
                              agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)
        return
    line = common.paragraph(document)
    common.run(line, f"{moderation.moderator} (Head of Service), {when(moderation.date)}: ", colour=ink, bold=True)
    common.run(line, " ".join(moderation.comments), colour=ink)
    if moderation.grade:
        verdict = common.paragraph(document)
        agrees = moderation.grade == sample.grade
        common.run(verdict, "I agree with the overall judgement: " if agrees else "Moderated judgement: ",
                   colour=ink)
        common.run(verdict, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)


def _document(rng: random.Random, index: int, sample, today: date) -> tuple[bytes, tuple[str, ...], tuple[str, ...]]:
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    look = {
        "brand": brand,
        "coloured_headings": rng.random() < 0.5,
        "grade_style": ("typed", "bold", "highlight", "strike", "ticked", "columns")[index % 6],
        "column_order": tuple(option for option, _ in rng.choice(common.GRADE_COLUMNS)),
        "tick": rng.choice(common.MARKS),
        "ink": rng.choice(common.MODERATION_INKS + ("C00000",)),
    }
    with_child = index not in (5, 12)
    document = common.new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    common.run(footer, f"Version 7 – January 2016    {DESCRIPTORS}", size=8)
    common.brand_heading(document, common.council_line(rng), brand, size=11)
    common.brand_heading(document, "FILE AUDIT – Child's Journey", brand, size=15)
    if rng.random() < 0.5:
        common.paragraph(document, DESCRIPTORS, italic=True)
    _details(document, rng, sample, when, brand, ("table", "grid", "lines", "over")[index % 4],
             with_child=with_child)
    common.paragraph(document)
    common.paragraph(document, "Guidance:", bold=True)
    for text in ("Only answer the areas relevant to this child's journey.",
                 "Base your judgements on the last six months of practice.",
                 "Consider safeguarding in every area, and what difference the work made for the child."):
        document.add_paragraph(text, style="List Bullet")
    others: tuple[str, ...] = ()
    profile = rng.choice(PROFILES).format(first=sample.child.first_name, parent=sample.child.parents[0])
    if rng.random() < 0.4:
        brothers = common.siblings(rng, sample.child, rng.randint(1, 2), today)
        others = tuple(name for name, _ in brothers)
        profile += " " + common.mention(rng, common.SIBLING_SENTENCES, brothers[0][0])
    box = common.table(document, 2, 1)
    common.label(box.cell(0, 0), "Case Profile (brief synopsis of case)", "E7E6E6")
    common.write(box.cell(1, 0), profile)
    common.paragraph(document)

    questions = dict(AREAS)
    for number, section in enumerate(sample.sections, 1):
        _area(document, rng, sample, number, section, questions[section.name], look)

    common.paragraph(document, "Safeguarding", bold=True, colour=brand)
    urgent = common.paragraph(document, URGENT_QUESTION + " ")
    if index % 2:
        common.run(urgent, "Yes" if sample.urgent_concern else "No", bold=True)
    else:
        common.run(urgent, f"{'☒' if sample.urgent_concern else '☐'} Yes   "
                           f"{'☐' if sample.urgent_concern else '☒'} No")
    if sample.urgent_concern:
        common.paragraph(document, f"Details: {sample.urgent_concern_detail}")
    common.paragraph(document)

    common.paragraph(document, "Summary of the child's journey", bold=True, colour=brand)
    _summary(document, rng, sample, ("bullets", "paragraph", "columns", "numbers")[(index // 2) % 4])

    common.paragraph(document, "Overall judgement of the quality of practice for this child", bold=True,
                     colour=brand)
    overall_style = look["grade_style"] if look["grade_style"] != "columns" else "ticked"
    _grade_in(common.paragraph(document), rng, sample.grade, overall_style)
    common.paragraph(document)

    _actions(document, rng, sample, when, ("table", "lines")[index % 3 == 1])
    _moderation(document, rng, sample, when, ("box", "typed", "absent")[index % 3], look["ink"], brand)

    sign = common.paragraph(document)
    common.run(sign, f"Auditor: {sample.auditor}    Date: {when(sample.date)}")
    data = common.finish_docx(document, "FILE AUDIT - Child's Journey", sample.date, sample.auditor)
    also = (when(sample.child.date_of_birth),) if with_child else ()
    return data, others, also


def build(today: date) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    forms: list[HeldOutForm] = []
    for index, drawn in enumerate(_draw(today)):
        sample = _adapt(rng, index, drawn)
        data, others, also = _document(rng, index, sample, today)
        forms.append(common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also))
    return forms
