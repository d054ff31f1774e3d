"""`cic_review_audit`: the audit a reviewing officer completes of a child
in care's review – the child's name and the name they are known by, their
brothers and sisters and where each lives, five areas each given a score
of 1 to 4, and the key to the scores printed only at the end of the form.

Modelled on the structure of the audit Conwy's Safeguarding Unit
describes in its social services annual report (after each looked after
child review the chair completes an audit of engagement with the child
before the review, the quality of the reports presented, attendance at
the review and whether the care plan is being progressed and meeting
the child's needs, reported to the Head of Service as a highlight report
of good practice and areas for improvement) and on the purposes of the
review set out in Birmingham Children's Trust's "Children in Care
Reviews" procedure (2019: appropriate plans that achieve permanence,
every part of the care plan considered, the plan understood by the child,
family and carers). The details table, the score lines, the key at the
foot of the form and the Head of Service's agreed score are our own
judgement.

What it exercises: grades as a bare score ("Score: 3") whose key is
printed after every score, at the foot of the form; the tool's own
overall label ("Overall score for the quality of care planning"); the
child's "known as" name and a table of brothers and sisters with their
ages and where they live, all personal data; "Child's ID (Mosaic)"; the
date of the review written with the weekday; the Head of Service's
agreed score typed in colour; numbered area headings.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL
from .common import (
    KNOWN_AS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    grade_number,
    invent_children,
    moderation_ink,
    personal_of,
    rename_sections,
    section_remark,
    spell_date,
    variant_rng,
    with_role,
    write,
    write_lines,
)

FAMILY = "cic_review_audit"
BRAND = "7030A0"  # the Children in Care service's purple
LIGHT = "E4DFEC"
AREAS = (
    "The child's participation before and at the review",
    "Quality of the social worker's report",
    "Attendance and contributions of the network",
    "Progress of the care plan",
    "Planning for permanence",
)
LEGAL = ("Section 31 \u2013 Care Order", "Section 20 \u2013 accommodated", "Interim Care Order",
         "Placement Order")
PLACEMENTS = ("In-house foster care", "Independent fostering agency", "Connected person (kinship) placement",
              "Children's home")
REVIEWS = ("First review", "Second review", "Six-monthly review")
LIVING = ("At home with mum", "With grandparents", "In foster care (same carers)", "In foster care (other carers)",
          "Adopted")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 149, today=today,
                    where=lambda sample: sample.team == "Children in Care Team")
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _moderator_box(form: WordForm, moderation, ink: str) -> None:
    box = form.table(4, 2)
    for row, label in enumerate(("Comments", "Agreed overall score", "Name", "Date")):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write_lines(box.cell(0, 1), moderation.comments, colour=ink)
        if moderation.grade:
            write(box.cell(1, 1), Ink(str(grade_number(moderation.grade)), bold=True, colour=ink))
        write(box.cell(2, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(3, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, AREAS)
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("digits", "digits", "C"))))
    child = sample.child
    known_as = KNOWN_AS[child.first_name]
    siblings = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("weekday d month yyyy", "weekday dth month yyyy", "wkd dd/mm/yyyy"))

    form = WordForm(font=rng.choice(("Arial", "Calibri")), size=11)
    form.page_header(Ink(f"{COUNCIL} \u2013 Safeguarding and Reviewing Unit", colour=BRAND))
    form.paragraph(Ink("Child in Care Review \u2013 Reviewing Officer's Quality Audit", bold=True, size=15,
                       colour=BRAND))
    form.paragraph(Ink("Complete within five working days of the review. Score each area; the key is at the end "
                       "of this form.", italic=True))

    details = form.table(11, 2)
    rows = (
        ("Child's name", child.full_name), ("Known as", known_as),
        ("Child's ID (Mosaic)", sample.case_id),
        ("Date of birth", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Legal status", rng.choice(LEGAL)), ("Placement", rng.choice(PLACEMENTS)),
        ("Social worker", with_role(sample.practitioner, rng.choice(("plain", "comma")))),
        ("Team", sample.team), ("Service", sample.service),
        ("Audit completed by", with_role(sample.auditor, rng.choice(("brackets", "initials")))),
        ("Date of review", f"{spell_date(sample.date, date_style)} ({rng.choice(REVIEWS)})"),
    )
    for row, (label, value) in enumerate(rows):
        write(details.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
        write(details.cell(row, 1), value)
    form.spacer()

    form.paragraph(Ink("Brothers and sisters", bold=True, colour=BRAND))
    brothers = form.table(1 + len(siblings), 3)
    for cell, text in zip(brothers.rows[0].cells, ("Name", "Age", "Living")):
        write(cell, Ink(text, bold=True), fill=LIGHT)
    for row, other in enumerate(siblings, start=1):
        cells = brothers.rows[row].cells
        write(cells[0], other.full_name)
        write(cells[1], str(other.age))
        write(cells[2], rng.choice(LIVING))
    form.spacer()

    for number, section in enumerate(sample.sections, start=1):
        form.heading(f"{number}. {section.name}", colour=BRAND)
        form.paragraph(section.comment)
        remark = section_remark(sample, section)
        if remark:
            form.paragraph(Ink(f"HoS: {remark}", colour=ink))
        form.paragraph(Ink("Score: ", bold=True), Ink(str(grade_number(section.grade)), bold=True))

    form.paragraph(Ink("Overall score for the quality of care planning: ", bold=True, colour=BRAND),
                   Ink(str(grade_number(sample.grade)), bold=True))
    form.spacer()
    for heading, items in (("What is working well for the child", sample.strengths),
                           ("What needs to improve", sample.development_areas)):
        form.heading(heading, colour=BRAND)
        for item in items:
            form.paragraph(item)
    form.heading("Recommendations", colour=BRAND)
    form.actions_table(sample.actions, ("Recommendation", "Responsible", "Timescale"), fill=LIGHT)
    form.spacer()
    answer = f"Yes \u2013 {sample.urgent_concern_detail}" if sample.urgent_concern else "No"
    form.paragraph(Ink("Is there any immediate concern for the child's safety? ", bold=True), answer)

    form.heading("Head of Service (Children in Care) \u2013 moderation", colour=BRAND)
    _moderator_box(form, sample.moderation, ink)
    form.spacer()
    form.paragraph(Ink("Scoring key: ", bold=True), "1 = Outstanding   2 = Good   "
                   "3 = Requires improvement to be good   4 = Inadequate")
    moderation = sample.moderation
    data = form.to_bytes(title="Child in Care Review Quality Audit",
                         written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, known_as, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
