"""`eh_checklist`: an Early Help assessment quality review whose numbered
questions are answered Yes, No or N/A with the quality auditor's comment
beside each, in sections under merged band rows, with a grade for each
section on some versions and the tool's own overall judgement.

Modelled on the structure of the "CAF Quality Review Form" in
Nottinghamshire's "Common Assessment Framework Handbook" (Stage 3, the
audit of the CAF process: Section 1, the recording of the process, in
parts – identifying details, assessment information, the assessment
summary, delivery plans and reviews – each a run of questions scored
"Y = 1 N = 0 n/a = 1" with "Comments by Quality Auditor"; Section 2, an
in-depth review grading each part of the assessment) and of the Nottingham
Children's Partnership's "CAF Quality Review Form" (Appendix D: service
area, "Audited by", "Date of Audit", the same questions). The questions
rewritten for an Early Help assessment and plan, the identifying table
with the child and the other children in the household, the four Ofsted
grades in place of the handbook's scores and its "Not completed / Poor /
Satisfactory / Good" scale, the overall judgement, the findings, actions
and the Head of Early Help's moderation, the marks and the council's
navy branding are our own judgement.

What it exercises: questions answered by a mark under "Y", "N" and "N/A"
(X, a tick, the word, or shading) or by "Y", "N" or "N/A" typed in one
cell, each with a comment; section band rows merged across the table;
section grades typed in a row under each section's questions, marked in
a separate table, or not given at all; the tool's own overall label
("Overall grade for the quality of the Early Help assessment"); Early Help
references ("EH/20451", "EHM204518", "EH 204518"); "Lead professional" or
"Lead practitioner" and "Completed by" or "QA completed by"; the date of
the review in many spellings; the child, date of birth and the other
children in the household in the identifying table, and now and then a
brother or sister by first name in a finding; strengths and areas for
development as bullets, numbered paragraphs or lines in one cell; a
moderated grade typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import EARLY_HELP_AUDIT
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    rename_sections,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "eh_checklist"
BRAND = "1F3864"  # the council's navy
LIGHT = "DEEAF6"
SHADE = "A6A6A6"
# The tool's parts, each with its questions; a part is a graded area of
# practice where the version grades them.
PARTS = (
    ("Consent and identifying details", (
        "Has consent to share information been signed and dated by the parent or carer?",
        "Are the identifying details (name, address, date of birth, GP, school) complete?",
        "Is the first language of the child and of the parent or carer recorded?",
    )),
    ("Assessment information", (
        "Does the assessment record who was present and why it was started?",
        "Is the household recorded, including brothers, sisters and other adults?",
        "Are the lead professional and every service involved recorded with contact details?",
    )),
    ("The voice of the child", (
        "Has the child been seen and spoken with, and are their own words recorded?",
        "Does the assessment describe a day in the child's life?",
    )),
    ("Analysis of strengths and needs", (
        "Are the strengths and needs of the child and of the parents set out?",
        "Does the analysis say what will happen if nothing changes?",
    )),
    ("The Early Help plan", (
        "Are the actions SMART, with who will do each and by when?",
        "Is the outcome sought recorded next to each action?",
        "Has the family signed the plan?",
    )),
    ("Team Around the Family and review", (
        "Was the first Team Around the Family meeting held within four weeks?",
        "Has a review date been agreed, or a reason for closure given?",
        "Have the child and parents added their comments to the review?",
    )),
)
SHORT_COMMENTS = {
    "Y": ("Seen on file.", "Yes \u2013 clearly recorded.", "Evidenced in the assessment.", ""),
    "N": ("Not on file.", "Missing \u2013 to be added.", "Not recorded."),
    "N/A": ("Not applicable to this family.", ""),
}
NAMING = (
    "The assessment says little about {name}, although the worries at home affect every child in the family.",
    "{name}'s school was not invited to the Team Around the Family meeting.",
    "{name}'s own needs have been assessed alongside the plan, which is good practice.",
)
CHILD_LABELS = ("Child's name", "Name of child / young person", "Child / young person")
DOB_LABELS = ("Date of birth", "DOB", "D.O.B.")
REFERENCES = (("Early Help ref", "EH/"), ("EHM ID", "EHM"), ("EHM no.", "EH "), ("Mosaic No.", "digits"),
              ("Unique reference number", "EH/"))
LEAD_LABELS = ("Lead professional", "Lead practitioner", "Lead professional (name and role)")
AUDITOR_LABELS = ("Completed by", "QA completed by", "Audited by", "Quality auditor")
DATE_LABELS = ("Date of QA", "Date of audit", "QA date", "Date QA completed")
OTHERS_LABELS = ("Other children in the household", "Brothers and sisters", "Other children in the family")
DATE_STYLES = ("dd/mm/yyyy", "d/m/yy", "d mon yyyy", "dth month yyyy", "dd.mm.yyyy", "d-mon-yyyy",
               "weekday d month yyyy", "month dth yyyy")
OVERALL_LABELS = (
    "Overall grade for the quality of the Early Help assessment",
    "Overall judgement of the quality of the Early Help Assessment and Plan",
    "Overall quality of the Early Help assessment and plan",
)
FINDINGS = (("What is working well", "What needs to improve"), ("Strengths", "Areas for development"),
            ("Strengths of the assessment", "Areas for development"))
ACTION_HEADERS = (("Action", "By whom", "By when"), ("Action required", "Who", "Timescale"),
                  ("Actions agreed", "By whom", "Date to be completed by"))
ANSWERS = ("Y", "N", "N/A")
WORDS = {"Y": "Yes", "N": "No", "N/A": "N/A"}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(EARLY_HELP_AUDIT, count, seed=seed + 181, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _answer(rng: random.Random, grade: str) -> str:
    """A question's answer, mostly Yes on a good assessment, more often No on a weak one."""
    weights = {0: (12, 0, 1), 1: (9, 1, 1), 2: (5, 4, 1), 3: (2, 6, 1)}[GRADES.index(grade)]
    return rng.choices(ANSWERS, weights=weights)[0]


def _mark(cell, mark: str, answer: str) -> None:
    if mark == "shade":
        write(cell, "", fill=SHADE)
    elif mark == "word":
        write(cell, Ink(WORDS[answer], bold=True))
    else:
        write(cell, Ink(mark, bold=True))


def _grade_columns(form: WordForm, label: str, grade: str, spelling: str, mark: str,
                   moderated: str | None, ink: str) -> None:
    """A label beside the four grades, the chosen one marked; the
    moderator's own mark typed in colour in the column of their grade."""
    table = form.table(2, 5)
    write(table.cell(0, 0), "")
    for column, option in enumerate(GRADES, start=1):
        write(table.cell(0, column), Ink(spell_grade(option, spelling), bold=True), fill=LIGHT)
    write(table.cell(1, 0), Ink(label, bold=True))
    for column, option in enumerate(GRADES, start=1):
        cell = table.cell(1, column)
        if option == grade:
            if mark == "shade":
                write(cell, "", fill=SHADE)
            else:
                write(cell, Ink("X" if mark == "word" else mark, bold=True))
        if option == moderated:
            write(cell, Ink(" HoEH" if option == grade else "HoEH", bold=True, colour=ink))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, tuple(name for name, _ in PARTS))
    reference_label, reference_style = rng.choice(REFERENCES)
    sample = replace(sample, case_id=case_reference(sample.case_id, reference_style))
    child = sample.child
    household = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    if rng.random() < 0.5:
        field = rng.choice(("development_areas", "strengths"))
        sentence = NAMING[2] if field == "strengths" else rng.choice(NAMING[:2])
        sample = with_sentence_naming(sample, field, sentence.replace("{name}", household[0].first_name))
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())
    # The version's way of grading its parts: a typed row under each part,
    # a separate table of the parts with the grade marked, or none at all.
    section_grading = rng.choice(("row", "table", "none"))
    graded_parts = sample.sections
    if section_grading == "none":
        sample = replace(sample, sections=())
    one_cell = rng.random() < 0.3
    mark = rng.choice(("X", "\u2713", "word", "shade"))
    spelling = rng.choice(("contract", "short", "sentence", "capitals", "requires improvement"))
    date_style = rng.choice(DATE_STYLES)
    ink = moderation_ink(rng, avoid=BRAND)
    moderation = sample.moderation
    moderated = moderation.grade if moderation else None
    overall_label = rng.choice(OVERALL_LABELS)

    form = WordForm(font=rng.choice(("Arial", "Calibri", "Tahoma")), size=10, landscape=rng.random() < 0.4)
    form.page_header(Ink(f"{COUNCIL} \u2013 Early Help", bold=True, colour=BRAND), "\tOFFICIAL \u2013 SENSITIVE")
    form.paragraph(Ink(rng.choice(("Early Help Assessment Quality Review Form",
                                   "Early Help Assessment and Plan \u2013 Quality Assurance Checklist",
                                   "EHA Quality Review")), bold=True, size=15, colour=BRAND))
    form.paragraph(Ink("Answer each question Y, N or N/A and give your evidence. The auditor must have had no "
                       "part in the assessment being reviewed.", italic=True, size=9))

    _identifying(form, sample, household, rng, reference_label, date_style)
    form.spacer()

    width = 4 if one_cell else 6
    headers = ("No.", "Question", "Y / N / N/A", "Comments by quality auditor") if one_cell else (
        "No.", "Question", "Y", "N", "N/A", "Comments by quality auditor")
    rows = sum(1 + len(items) + (section_grading == "row") for _, items in PARTS)
    checklist = form.table(1 + rows, width)
    for cell, text in zip(checklist.rows[0].cells, headers):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    row = 1
    for number, ((name, items), section) in enumerate(zip(PARTS, graded_parts), start=1):
        band = checklist.cell(row, 0).merge(checklist.cell(row, width - 1))
        write(band, Ink(f"{number}. {name}", bold=True), fill=LIGHT)
        row += 1
        remark = section_remark(sample, section) if section_grading != "none" else None
        for position, question in enumerate(items):
            answer = _answer(rng, section.grade)
            cells = checklist.rows[row].cells
            write(cells[0], f"{number}{'abcdef'[position]}")
            write(cells[1], question)
            if one_cell:
                write(cells[2], Ink(answer, bold=True))
            else:
                _mark(cells[2 + ANSWERS.index(answer)], mark, answer)
            comment = section.comment if position == 0 else rng.choice(SHORT_COMMENTS[answer])
            lines = [comment] + ([[Ink(f"HoEH: {remark}", colour=ink)]] if remark and position == 0 else [])
            write_lines(cells[-1], lines)
            row += 1
        if section_grading == "row":
            label = checklist.cell(row, 0).merge(checklist.cell(row, 1))
            write(label, Ink(f"Grade for part {number}", bold=True))
            value = checklist.cell(row, 2).merge(checklist.cell(row, width - 1))
            write(value, Ink(spell_grade(section.grade, spelling), bold=True))
            row += 1
    form.spacer()

    if section_grading == "table":
        form.paragraph(Ink("In-depth review \u2013 grade each part of the assessment", bold=True, colour=BRAND))
        table = form.table(1 + len(graded_parts), 5)
        write(table.cell(0, 0), Ink("Part of the assessment", bold=True), fill=LIGHT)
        for column, option in enumerate(GRADES, start=1):
            write(table.cell(0, column), Ink(spell_grade(option, spelling), bold=True), fill=LIGHT)
        for position, section in enumerate(graded_parts, start=1):
            write(table.cell(position, 0), section.name)
            column = 1 + GRADES.index(section.grade)
            if mark == "shade":
                write(table.cell(position, column), "", fill=SHADE)
            else:
                write(table.cell(position, column), Ink("X" if mark == "word" else mark, bold=True))
        form.spacer()

    if rng.random() < 0.5:
        _grade_columns(form, overall_label, sample.grade, spelling, mark, moderated, ink)
    else:
        overall = form.table(1, 2)
        write(overall.cell(0, 0), Ink(overall_label, bold=True), fill=LIGHT)
        write(overall.cell(0, 1), Ink(spell_grade(sample.grade, spelling), bold=True))
        if moderated:
            write(overall.cell(0, 1), Ink(f"   Moderated: {spell_grade(moderated, spelling)}", bold=True, colour=ink))
    form.spacer()

    _findings(form, sample, rng)
    form.heading("Actions", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, rng.choice(ACTION_HEADERS), fill=LIGHT,
                           date_style=rng.choice(("dd/mm/yyyy", date_style)))
    form.spacer()

    urgent = form.table(1, 2)
    write(urgent.cell(0, 0), Ink("Is there a safeguarding concern that must be escalated today? (Y/N)", bold=True),
          fill=LIGHT)
    answer = ("Y", "N") if rng.random() < 0.5 else ("Yes", "No")
    write(urgent.cell(0, 1), Ink(answer[0] if sample.urgent_concern else answer[1], bold=True))
    if sample.urgent_concern:
        form.paragraph(Ink("Concern and action taken: ", bold=True), sample.urgent_concern_detail)
    form.spacer()

    form.heading("Moderation \u2013 Head of Early Help", colour=BRAND)
    box = form.table(4, 2)
    labels = ("Moderated by", "Date", "Comments", "Moderated grade")
    for position, label in enumerate(labels):
        write(box.cell(position, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write(box.cell(0, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(1, 1), Ink(spell_date(moderation.date, date_style), colour=ink))
        write_lines(box.cell(2, 1), moderation.comments, colour=ink)
        if moderated:
            write(box.cell(3, 1), Ink(spell_grade(moderated, spelling), bold=True, colour=ink))
    data = form.to_bytes(title="Early Help Assessment Quality Review",
                         written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(household))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)


def _identifying(form: WordForm, sample, household, rng: random.Random, reference_label: str,
                 date_style: str) -> None:
    """The identifying table: the child and the review's people, as label
    and value pairs two to a row or one to a row, under a merged band."""
    child = sample.child
    lead = (with_role(sample.practitioner, rng.choice(("brackets", "comma", "dash")))
            if rng.random() < 0.6 else f"{sample.practitioner}, Early Help Service")
    pairs = [
        (rng.choice(CHILD_LABELS), child.full_name),
        (rng.choice(DOB_LABELS), spell_date(child.date_of_birth, rng.choice(("dd/mm/yyyy", "d mon yyyy")))),
        (reference_label, sample.case_id),
        (rng.choice(LEAD_LABELS), lead),
        (rng.choice(("Team", "Locality team")), sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        (rng.choice(AUDITOR_LABELS), with_role(sample.auditor, rng.choice(("plain", "comma", "initials")))),
        (rng.choice(DATE_LABELS), spell_date(sample.date, date_style)),
    ]
    others_label = rng.choice(OTHERS_LABELS)
    others = [f"{other.full_name} (age {other.age})" for other in household]
    two_a_row = rng.random() < 0.5
    rows = 2 + (len(pairs) // 2 if two_a_row else len(pairs))
    columns = 4 if two_a_row else 2
    table = form.table(rows, columns)
    band = table.cell(0, 0).merge(table.cell(0, columns - 1))
    write(band, Ink(rng.choice(("Identifying details", "Section 1 \u2013 Recording of the Early Help process")),
                    bold=True, colour="FFFFFF"), fill=BRAND)
    for position, (label, value) in enumerate(pairs):
        row, column = (1 + position // 2, 2 * (position % 2)) if two_a_row else (1 + position, 0)
        write(table.cell(row, column), Ink(label, bold=True), fill=LIGHT)
        write(table.cell(row, column + 1), value)
    last = rows - 1
    write(table.cell(last, 0), Ink(others_label, bold=True), fill=LIGHT)
    value = table.cell(last, 1).merge(table.cell(last, columns - 1)) if two_a_row else table.cell(last, 1)
    if rng.random() < 0.5:
        write_lines(value, others)
    else:
        write(value, "; ".join(others))


def _findings(form: WordForm, sample, rng: random.Random) -> None:
    """Strengths and areas for development as bullets, numbered paragraphs
    or one line per item in a two-column table."""
    headings = rng.choice(FINDINGS)
    style = rng.choice(("bullets", "numbered", "cell"))
    pairs = tuple(zip(headings, (sample.strengths, sample.development_areas)))
    if style == "cell":
        table = form.table(2, 2)
        for row, (heading, items) in enumerate(pairs):
            write(table.cell(row, 0), Ink(heading, bold=True), fill=LIGHT)
            write_lines(table.cell(row, 1), items)
        form.spacer()
        return
    for heading, items in pairs:
        form.heading(heading, colour=BRAND)
        for number, item in enumerate(items, start=1):
            if style == "bullets":
                form.paragraph(item, style_id="ListBullet")
            else:
                form.paragraph(f"{number}. {item}")
