"""`macfa`: a multi-agency case file audit graded with letters ("O", "G",
"RI", "In") against a key, listing the agencies and the other children in
the household.

Modelled on the structure of the Multi-Agency Case File Audits that
Telford & Wrekin's Safeguarding Children Board ran (MACFA learning
briefing, September 2015: themed audits of a few children, agencies
auditing their own records, Ofsted gradings written "O for Outstanding, G
for Good, RI for Requires Improvement, In for Inadequate", immediate
concerns referred back to the agency at once), Sandwell's MACFAs (a
sample of children whose agencies each audit their involvement, then a
panel) and Plymouth's MACAs. The one-table-per-part layout, the
"Finding" column, the numbered good-practice paragraphs and the
partnership's purple headings are our own judgement.

What it exercises: grades as letters; the tool's own overall label
("Overall multi-agency judgement"); agencies one to a line in one cell;
"Lead auditor: Sarah Hollins (SPM)" style names; other children in the
household named, and now and then in a finding; numbered paragraphs for
good practice and areas for development; Yes/No columns ticked; a
moderated letter grade typed in colour in the overall cell.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..tool_phrases import MULTI_AGENCY_AUDIT
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    section_remark,
    spell_date,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "macfa"
BRAND = "5B2C6F"  # the partnership's purple
LETTERS = dict(zip(GRADES, ("O", "G", "RI", "In")))
PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
NAMING = (
    "Health visiting records show that {name}'s needs were assessed at the same time, which is good practice.",
    "School shared its worries about {name} promptly and was invited to the strategy discussion.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(MULTI_AGENCY_AUDIT, count, seed=seed + 53, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("C", "LCS-", "digits"))))
    household = invent_children(rng, sample.child.surname, rng.randint(1, 3), exclude=(sample.child.first_name,))
    if rng.random() < 0.5:
        sample = with_sentence_naming(sample, "strengths", rng.choice(NAMING).replace(
            "{name}", household[0].first_name))
    agencies = next(field for field in sample.own if field.key == "agencies").written
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("weekday dth month yyyy", "d month yyyy", "dd.mm.yyyy"))
    role_style = rng.choice(("initials", "brackets", "dash"))
    child = sample.child

    form = WordForm(font=rng.choice(("Arial", "Verdana")), size=10, landscape=rng.random() < 0.5)
    form.page_header(Ink(PARTNERSHIP, bold=True, colour=BRAND))
    form.paragraph(Ink("Multi-Agency Case File Audit (MACFA)", bold=True, size=16, colour=BRAND))
    form.paragraph(Ink("Gradings: O = Outstanding   G = Good   RI = Requires Improvement   In = Inadequate",
                       bold=True))
    form.paragraph(Ink("Any immediate concern for a child must be referred back to the agency on the day.", italic=True))

    details = form.table(6, 4)
    pairs = (
        ("Case reference", sample.case_id), ("Child", child.full_name),
        ("Date of birth", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Address", f"{', '.join(child.address_lines)}, {child.postcode}"),
        ("Lead auditor", with_role(sample.auditor, role_style)),
        ("Allocated social worker", with_role(sample.practitioner, role_style)),
        ("Team", sample.team), ("Service", sample.service),
        ("Date of MACFA panel", spell_date(sample.date, date_style)), ("Lead agency", "Children's Social Care"),
    )
    for position, (label, value) in enumerate(pairs):
        row, column = position // 2, 2 * (position % 2)
        write(details.cell(row, column), Ink(label, bold=True, colour=BRAND))
        write(details.cell(row, column + 1), value)
    write(details.cell(5, 0), Ink("Other children in the household", bold=True, colour=BRAND))
    others = details.cell(5, 1).merge(details.cell(5, 3))
    write_lines(others, [f"{other.full_name}, aged {other.age}" for other in household])
    form.spacer()

    taking_part = form.table(1, 2)
    write(taking_part.cell(0, 0), Ink("Agencies taking part", bold=True, colour=BRAND))
    write_lines(taking_part.cell(0, 1), agencies)
    form.spacer()

    findings = form.table(1 + len(sample.sections), 3)
    for cell, text in zip(findings.rows[0].cells, ("Area", "Finding", "Grade (O / G / RI / In)")):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    for row, section in enumerate(sample.sections, start=1):
        cells = findings.rows[row].cells
        write(cells[0], section.name)
        remark = section_remark(sample, section)
        write_lines(cells[1], [section.comment] + ([[Ink(f"Moderator: {remark}", colour=ink)]] if remark else []))
        write(cells[2], Ink(LETTERS[section.grade], bold=True))
    form.spacer()

    moderation = sample.moderation
    overall = form.table(1, 2)
    write(overall.cell(0, 0), Ink("Overall multi-agency judgement", bold=True, colour=BRAND))
    write(overall.cell(0, 1), Ink(LETTERS[sample.grade], bold=True))
    if moderation and moderation.grade:
        write(overall.cell(0, 1), Ink(f"  Moderated: {LETTERS[moderation.grade]}", bold=True, colour=ink))
    form.spacer()

    for heading, items in (("Good practice identified", sample.strengths),
                           ("Areas for development", sample.development_areas)):
        form.heading(heading, colour=BRAND)
        for number, item in enumerate(items, start=1):
            form.paragraph(f"{number}. {item}")
    form.heading("Recommendations", colour=BRAND)
    form.actions_table(sample.actions, ("Recommendation", "Agency / lead", "By"), fill=BRAND, header_colour="FFFFFF")
    form.spacer()

    urgent = form.table(2, 3)
    for cell, text in zip(urgent.rows[0].cells, ("Immediate concerns referred back to an agency?", "Yes", "No")):
        write(cell, Ink(text, bold=True, colour=BRAND))
    write(urgent.cell(1, 1 if sample.urgent_concern else 2), "\u2714")
    if sample.urgent_concern:
        write(urgent.cell(1, 0), sample.urgent_concern_detail)
    form.spacer()

    form.heading("Moderation (Head of Service for the lead agency)", colour=BRAND)
    box = form.table(3, 2)
    write(box.cell(0, 0), Ink("Moderated by", bold=True))
    write(box.cell(1, 0), Ink("Date", bold=True))
    write(box.cell(2, 0), Ink("Comments", bold=True))
    if moderation:
        write(box.cell(0, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(1, 1), Ink(spell_date(moderation.date, "dd/mm/yyyy"), colour=ink))
        write_lines(box.cell(2, 1), moderation.comments, colour=ink)
    data = form.to_bytes(title="Multi-Agency Case File Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(household))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
