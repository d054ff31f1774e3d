"""`practice_standards`: a case file audit graded against numbered practice
standards on a 1 to 4 scale printed as a key.

Modelled on the structure of Bradford's "Single Agency Case File Audit
Guidance – Children's Specialist Services" (January 2017): practice
standards in a table, each graded against an appendix of "Detailed Audit
Grading Guidance", the auditors' guidance and the LCS reference of the
case. The key printed as coloured cells ("1 = Outstanding ... 4 =
Inadequate"), the numeric grade column, the Service Manager's moderation
box with a numeric moderated grade, and the council's name in its red
brand colour in the page header are our own judgement of how such a tool
is laid out.

What it exercises: grades written only as numbers with the key printed
once; a moderated grade typed in colour inside the overall grade cell;
"LCS-" references; names with roles; merged title rows; a "No further
actions required" sentence in place of the actions table; a Yes/No pair
of columns for the urgent-concern question, marked with an X; the
council's red name line, which is not moderation.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL
from ..wording import GRADES
from .common import (
    GRADE_FILLS,
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    drawn,
    grade_number,
    moderation_ink,
    personal_of,
    rename_sections,
    section_remark,
    spell_date,
    variant_rng,
    with_role,
    write,
    write_lines,
    write_runs,
)

FAMILY = "practice_standards"
BRAND = "C8102E"  # the council's red
STANDARDS = (
    "Standard 1: Contact, referral and the decision to assess",
    "Standard 2: Assessment of need and risk",
    "Standard 3: Planning and review",
    "Standard 4: The child's voice and direct work",
    "Standard 5: Management oversight and decision making",
    "Standard 6: Case recording and chronology",
)
KEY_WORDS = ("Outstanding", "Good", "Requires improvement", "Inadequate")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 11, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, STANDARDS[: rng.randint(5, 6)])
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("LCS-", "LCS-", "digits"))))
    no_actions = not sample.actions or rng.random() < 0.25
    if no_actions:
        sample = replace(sample, actions=())
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("dd/mm/yyyy", "d/m/yy", "dth month yyyy", "d month yyyy"))
    role_style = rng.choice(("comma", "brackets", "initials"))
    moderated_in_cell = rng.random() < 0.6
    form = WordForm(font=rng.choice(("Arial", "Calibri")), size=10)
    form.page_header(Ink(f"{COUNCIL} \u2013 Children's Specialist Services", bold=True, colour=BRAND),
                     "\tOFFICIAL \u2013 SENSITIVE")
    form.paragraph(Ink("Single Agency Case File Audit", bold=True, size=16, colour=BRAND))
    form.paragraph(Ink("Grade each practice standard using the detailed grading guidance. Write the number only.",
                       italic=True))

    key = form.table(1, 4)
    for cell, grade, word in zip(key.rows[0].cells, GRADES, KEY_WORDS):
        write(cell, Ink(f"{grade_number(grade)} = {word}", bold=True), fill=GRADE_FILLS[grade])
    form.spacer()

    child = sample.child
    details = form.table(6, 4)
    title = details.cell(0, 0).merge(details.cell(0, 3))
    write(title, Ink("Case details", bold=True, colour="FFFFFF"), fill=BRAND)
    pairs = (
        ("LCS reference", sample.case_id), ("Child's name", child.full_name),
        ("Date of birth", spell_date(child.date_of_birth, date_style)), ("Legal status", "Child in Need"),
        ("Allocated worker", with_role(sample.practitioner, role_style)), ("Team", sample.team),
        ("Service area", sample.service), ("Auditor", with_role(sample.auditor, role_style)),
        ("Date of audit", spell_date(sample.date, date_style)), ("Date worker consulted", ""),
    )
    for position, (label, value) in enumerate(pairs):
        row, column = 1 + position // 2, 2 * (position % 2)
        write(details.cell(row, column), Ink(label, bold=True), fill="F2F2F2")
        write(details.cell(row, column + 1), value)
    form.spacer()

    standards = form.table(1 + len(sample.sections), 4)
    for cell, text in zip(standards.rows[0].cells, ("No.", "Practice standard", "Evidence", "Grade (1\u20134)")):
        write(cell, Ink(text, bold=True), fill="D9D9D9")
    for number, section in enumerate(sample.sections, start=1):
        cells = standards.rows[number].cells
        write(cells[0], str(number))
        write(cells[1], section.name)
        remark = section_remark(sample, section)
        lines = [section.comment] + ([[Ink(f"SM: {remark}", colour=ink)]] if remark else [])
        write_lines(cells[2], lines)
        write(cells[3], Ink(str(grade_number(section.grade)), bold=True))
    form.spacer()

    overall = form.table(1, 2)
    write(overall.cell(0, 0), Ink("Overall grade (1\u20134)", bold=True), fill="D9D9D9")
    write(overall.cell(0, 1), Ink(str(grade_number(sample.grade)), bold=True))
    moderated = sample.moderation.grade if sample.moderation else None
    if moderated and moderated_in_cell:
        write_runs(overall.cell(0, 1).add_paragraph(), [Ink(f"Moderated grade: {grade_number(moderated)}", colour=ink)])
    form.spacer()

    form.heading("What is working well", colour=BRAND)
    for item in sample.strengths:
        form.paragraph(item, style_id="ListBullet")
    form.heading("What needs to improve", colour=BRAND)
    for item in sample.development_areas:
        form.paragraph(item, style_id="ListBullet")
    form.heading("Actions (who and by when)", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("Action required", "Who", "By when"), fill="D9D9D9", date_style=date_style)
    form.spacer()

    urgent = form.table(2, 3)
    for cell, text in zip(urgent.rows[0].cells, ("", "Yes", "No")):
        write(cell, Ink(text, bold=True))
    write(urgent.cell(1, 0), "Has the audit found an immediate safeguarding concern for the child?")
    write(urgent.cell(1, 1 if sample.urgent_concern else 2), Ink("X", bold=True))
    if sample.urgent_concern:
        form.paragraph(Ink("Details and action taken: ", bold=True), sample.urgent_concern_detail)
    form.spacer()

    form.heading("Service Manager moderation", colour=BRAND)
    box = form.table(4, 2)
    moderation = sample.moderation
    rows = (
        ("Moderated by", moderation.moderator if moderation else ""),
        ("Date", spell_date(moderation.date, date_style) if moderation else ""),
        ("Comments", "\n".join(moderation.comments) if moderation else ""),
        ("Moderated grade (1\u20134)", str(grade_number(moderated)) if moderated and not moderated_in_cell else ""),
    )
    for row, (label, value) in enumerate(rows):
        write(box.cell(row, 0), Ink(label, bold=True), fill="F2F2F2")
        write(box.cell(row, 1), Ink(value, colour=ink))
    data = form.to_bytes(title="Single Agency Case File Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor,
                         revision=3 if moderation else 2)
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal_of(sample))

