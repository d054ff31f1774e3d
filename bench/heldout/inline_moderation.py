"""Landscape case audit that the Head of Service moderates in the
auditor's own boxes: abbreviated labels three to a row, a domain table
whose evidence cells carry the moderator's remarks in their colour, the
overall grade cell holding the auditor's grade and the moderated grade side
by side, strengths and areas for development as two columns, and an
action table with a red/amber/green status column.

Modelled on the 2018 framework's own instruction (Heads of Service type
their comments in a different colour on the audit form and conclude with
a moderated judgement), as councils' audit arrangements describe it
(Kensington and Chelsea's "Case Audit Arrangements", Gloucestershire's
trained moderators); the compact abbreviated header is our judgement of
how such forms look once a team has adapted them.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import sample_forms
from bot.samples.forms import CASE_FILE_AUDIT
from bot.samples.ooxml import shade

from .common import (
    MODERATION_INKS,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "inline_moderation"
RAG_FILLS = ("FF0000", "FFC000", "00B050")


def build(today: date, count: int = 18) -> list[HeldOutForm]:
    rng = random.Random(8001)
    audits = [sample for sample in sample_forms(300, seed=8001, today=today) if sample.kind == CASE_FILE_AUDIT]
    moderated = [sample for sample in audits if sample.moderation is not None]
    plain = [sample for sample in audits if sample.moderation is None]
    chosen = moderated[: count - 4] + plain[:4]
    return [_form(rng, index, sample) for index, sample in enumerate(chosen)]


def _form(rng: random.Random, index: int, sample) -> HeldOutForm:
    brand = rng.choice(("C8102E", "A6192E", "005EB8", "00788A"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    changes = {"case_id": case_reference(rng, sample.case_id) if rng.random() < 0.7 else sample.case_id}
    if rng.random() < 0.25:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = moderation.section_comments if moderation else {}

    document = new_document(rng, landscape=True)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL-SENSITIVE")
    brand_heading(document, rng.choice(("Full Case Audit", "Case Audit – Social Care")), brand, size=16)
    paragraph(document, "Auditor: complete in black. Head of Service: moderate in your own colour in the same boxes.",
              italic=True)

    details = table(document, 3, 6)
    pairs = (("Ref", sample.case_id), ("Name", child.full_name), ("DOB", when(child.date_of_birth)),
             ("SW", sample.practitioner), ("Team", sample.team), ("Service", sample.service),
             ("Auditor (TM)", sample.auditor), ("Audit date", when(sample.date)),
             ("Address", ", ".join((*child.address_lines, child.postcode))))
    for position, (text, value) in enumerate(pairs):
        cells = details.rows[position // 3].cells
        label(cells[2 * (position % 3)], text, brand, colour="FFFFFF")
        write(cells[2 * (position % 3) + 1], value)
    document.add_paragraph()

    domains = table(document, len(sample.sections) + 2, 3)
    for cell, text in zip(domains.rows[0].cells, ("Domain", "Auditor's evidence", "Grade")):
        label(cell, text, "D9D9D9")
    for row, section in zip(domains.rows[1:], sample.sections):
        label(row.cells[0], section.name)
        write(row.cells[1], section.comment)
        if section.name in remarks:
            write(row.cells[1], f"HoS – {remarks[section.name]}", colour=ink)
        write(row.cells[2], informal_grade(rng, section.grade))
    last = domains.rows[-1].cells
    label(last[0], "Overall grade")
    write(last[1], "The overall grade reflects the child's experience and the impact of the help given.", italic=True)
    cell = write(last[2], informal_grade(rng, sample.grade))
    if moderation and moderation.grade:
        moderated = informal_grade(rng, moderation.grade)
        if rng.random() < 0.5:
            run(cell, " / ")
            run(cell, f"{moderated} (HoS)", colour=ink, bold=True)
        else:
            write(last[2], f"HoS: {moderated}", colour=ink, bold=True)
    document.add_paragraph()

    summary = table(document, 3 if moderation else 2, 2)
    label(summary.cell(0, 0), "Strengths")
    label(summary.cell(0, 1), "Areas for development")
    for item in sample.strengths:
        write(summary.cell(1, 0), item)
    for item in sample.development_areas:
        write(summary.cell(1, 1), item)
    if moderation:
        merged = summary.cell(2, 0).merge(summary.cell(2, 1))
        write(merged, "Moderation comments:", bold=True)
        for comment in moderation.comments:
            write(merged, comment, colour=ink)
        write(merged, f"{moderation.moderator} – {when(moderation.date)}", colour=ink)
    document.add_paragraph()

    brand_heading(document, "Actions", brand, size=12)
    if sample.actions:
        actions = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(actions.rows[0].cells, ("Action", "Responsible", "Target date", "RAG")):
            label(cell, text, "D9D9D9")
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
            shade(row.cells[3]._tc, rng.choice(RAG_FILLS))
    else:
        paragraph(document, "No further actions required at this time.")
    document.add_paragraph()

    concern = table(document, 1, 2)
    label(concern.cell(0, 0), "Immediate safeguarding concern escalated to HoS today?")
    write(concern.cell(0, 1), f"Yes – {sample.urgent_concern_detail}" if sample.urgent_concern else "No")
    data = finish_docx(document, "Full Case Audit", (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", also=(when(child.date_of_birth),))
