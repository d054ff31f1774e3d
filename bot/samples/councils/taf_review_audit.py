"""`taf_review_audit`: an Early Help manager's audit of a Team Around the
Family review – the family hub and the TAF members at the review (the
family among them) at the top, the areas of practice graded in
abbreviations, the family's voice, and numbered findings.

Modelled on the structure of Sefton's guidance "Review – Effective
reviewing of the Plan" (the Team Around the Family jointly responsible
for a SMART plan; a review held as a TAF meeting with the family, or by
collating the members' information and reviewing the plan with the
family; each member keeping the others informed) and of the Coventry
Safeguarding Children Board's "Early Help Handbook" (July 2019: Early
Help led from family hubs, with a lead professional and a TAF). The
audit form itself – the details table, the members' table, the graded
areas, the step-up question and the Early Help Service Manager's
moderation – is our own judgement.

What it exercises: references with a space ("EH 204518") under "EHM
ID"; the lead practitioner with an email address after the name; the
auditor written surname first with a role; the date of the TAF review
beside the date of the audit; the TAF's members listed with the child,
parents, brothers and sisters by name beside professionals by role;
grades abbreviated ("Outst.", "Req. Imp.", "Inad."); the family's voice
under the tool's own label; strengths and areas for development as
paragraphs under numbered headings; a moderated grade typed in colour.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ..people import COUNCIL, STAFF
from ..tool_phrases import TAF_AUDIT
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
    role_of,
    section_remark,
    spell_date,
    spell_grade,
    surname_first,
    variant_rng,
    with_role,
    write,
    write_lines,
)

FAMILY = "taf_review_audit"
BRAND = "BF5B04"
LIGHT = "FBE5D6"
HUBS = {"Early Help Team North": "Northfold Family Hub", "Early Help Team South": "Southgate Family Hub"}
PROFESSIONALS = ("School \u2013 Designated Safeguarding Lead", "Health visitor", "School nurse",
                 "Housing officer", "Young carers service")
EMAILS = {member.name: member.email for member in STAFF}


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(TAF_AUDIT, count, seed=seed + 173, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = replace(sample, case_id=case_reference(sample.case_id, rng.choice(("EH ", "EH ", "EHM"))))
    child = sample.child
    family = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    voice = next(field for field in sample.own if field.key == "family_voice")
    ink = moderation_ink(rng, avoid=BRAND)
    date_style = rng.choice(("dd/mm/yyyy", "d month yyyy", "dd.mm.yyyy"))
    moderation = sample.moderation
    reviewed = sample.date - timedelta(days=rng.randint(7, 40))
    practitioner = (f"{sample.practitioner} ({EMAILS[sample.practitioner]})" if rng.random() < 0.6
                    else with_role(sample.practitioner, "brackets"))
    auditor = (f"{surname_first(sample.auditor)} ({role_of(sample.auditor)[1]})" if rng.random() < 0.5
               else with_role(sample.auditor, "comma"))

    form = WordForm(font="Arial", size=10)
    form.page_header(Ink(f"{COUNCIL} Early Help \u2013 Family Hubs", bold=True, colour=BRAND))
    form.paragraph(Ink("Team Around the Family \u2013 Review Audit", bold=True, size=16, colour=BRAND))
    form.paragraph(Ink("Is the plan SMART? Does every member of the TAF know their part? Has the review weighed up "
                       "the difference made for the child and family?", italic=True))

    details = form.table(10, 2)
    rows = (
        ("Family hub", HUBS.get(sample.team, "Family Hub")), ("EHM ID", sample.case_id),
        ("Child / young person", child.full_name), ("DOB", spell_date(child.date_of_birth, "dd/mm/yyyy")),
        ("Lead practitioner", practitioner), ("Team", sample.team), ("Service", sample.service),
        ("Auditor", auditor), ("Date of the TAF review audited", spell_date(reviewed, date_style)),
        ("Date of audit", spell_date(sample.date, date_style)),
    )
    for row, (label, value) in enumerate(rows):
        write(details.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
        write(details.cell(row, 1), value)
    form.spacer()

    form.paragraph(Ink("TAF members at the review", bold=True, colour=BRAND))
    members = [(parent, "Parent") for parent in child.parents]
    members.append((child.full_name, f"Child ({sample.date.year - child.date_of_birth.year})"))
    members += [(other.full_name, f"{rng.choice(('Brother', 'Sister'))} ({other.age})") for other in family]
    members += [("", role) for role in rng.sample(PROFESSIONALS, rng.randint(2, 3))]
    members.append((sample.practitioner, "Lead practitioner"))
    table = form.table(1 + len(members), 2)
    write(table.cell(0, 0), Ink("Name", bold=True), fill=LIGHT)
    write(table.cell(0, 1), Ink("Role / relationship to the child", bold=True), fill=LIGHT)
    for row, (name, role) in enumerate(members, start=1):
        write(table.cell(row, 0), name)
        write(table.cell(row, 1), role)
    form.spacer()

    areas = form.table(1 + len(sample.sections), 3)
    for cell, text in zip(areas.rows[0].cells, ("Area", "Evidence", "Grade")):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    for row, section in enumerate(sample.sections, start=1):
        cells = areas.rows[row].cells
        write(cells[0], Ink(section.name, bold=True))
        remark = section_remark(sample, section)
        write_lines(cells[1], [section.comment] + ([[Ink(remark, colour=ink)]] if remark else []))
        write(cells[2], spell_grade(section.grade, "abbreviated"))
    form.spacer()
    form.paragraph(Ink("Overall grade for the TAF review: ", bold=True, colour=BRAND),
                   Ink(spell_grade(sample.grade, "abbreviated"), bold=True))
    form.spacer()

    form.heading(f"1. {voice.label}", colour=BRAND)
    form.paragraph(voice.written)
    for number, (heading, items) in enumerate((("Strengths", sample.strengths),
                                               ("Areas for development", sample.development_areas)), start=2):
        form.heading(f"{number}. {heading}", colour=BRAND)
        for item in items:
            form.paragraph(item)
    form.heading("4. SMART actions", colour=BRAND)
    form.actions_table(sample.actions, ("Action", "Who", "By when"), fill=LIGHT)
    form.spacer()
    answer = f"Yes \u2013 {sample.urgent_concern_detail}" if sample.urgent_concern else "No"
    form.paragraph(Ink("Does anything in this audit need a step-up discussion with Children's Social Care today? ",
                       bold=True), answer)

    form.heading("5. Early Help Service Manager moderation", colour=BRAND)
    box = form.table(4, 2)
    for row, label in enumerate(("Moderator", "Date", "Comments", "Moderated grade")):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
    if moderation:
        write(box.cell(0, 1), Ink(moderation.moderator, colour=ink))
        write(box.cell(1, 1), Ink(spell_date(moderation.date, date_style), colour=ink))
        write_lines(box.cell(2, 1), moderation.comments, colour=ink)
        if moderation.grade:
            write(box.cell(3, 1), Ink(spell_grade(moderation.grade, "abbreviated"), bold=True, colour=ink))
    data = form.to_bytes(title="TAF Review Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor)
    personal = personal_of(sample, *children_personal(family))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
