"""Multi-agency case audit return for a safeguarding children partnership:
case details with the other children in the household, a Yes/No grid of
agencies, numbered themes each with good practice and a judgement in words
(often with a note), and the partnership's overall judgement.

Modelled on the multi-agency audit tools of local safeguarding children
partnerships: Enfield Safeguarding Children Partnership (each section asks
for good practice, areas for development and recommendations; the audit
discussion concludes on recognition, assessment, planning and
intervention, joint working, impact and overall quality), the City and
Hackney Safeguarding Children Board's Multi-Agency Case Audit, Essex's
Multi-Agency Case Audits (MACA) and Dudley's Multi-Agency Assurance of
Practice audits, which look at the other children living in the household.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import Section
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolField, tool_samples

from .common import (
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mention,
    new_document,
    paragraph,
    siblings,
    table,
    write,
)

FAMILY = "multi_agency"
THEMES = ("Recognition of need and risk", "Information sharing and joint working", "Assessment",
          "Planning and intervention", "Impact for the child")
PARTNERSHIP = "Northmoor Safeguarding Children Partnership"


def build(today: date, count: int = 18) -> list[HeldOutForm]:
    rng = random.Random(7301)
    samples = tool_samples(count, seed=7301, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_form(rng, index, sample, today) for index, sample in enumerate(samples)]


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(("6B2C91", "00703C", "A6192E"))
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    involved = [agency for agency in AGENCIES if agency in sample.own[0].expected]
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    sample = replace(
        sample,
        case_id=case_reference(rng, sample.case_id) if rng.random() < 0.7 else sample.case_id,
        sections=tuple(Section(theme, section.grade, section.comment) for theme, section in zip(THEMES, sample.sections)),
        own=(ToolField("agencies", "", tuple(involved), involved),),
        development_areas=(*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0])),
    )
    child = sample.child
    moderation = sample.moderation
    tick = rng.choice(("Yes", "Y", "\u2713"))

    document = new_document(rng, landscape=rng.random() < 0.5)
    paragraph(document, PARTNERSHIP, bold=True, colour=brand, size=14)
    paragraph(document, council_line(rng), colour=brand)
    brand_heading(document, rng.choice(("Multi-Agency Case Audit Tool", "Multi-Agency Audit – Case Return")), brand,
                  size=16)
    paragraph(document, "Complete one return per child. Answer from your agency's records and bring the return to "
                        "the audit discussion.", italic=True)

    brand_heading(document, "Section A: The child and family", brand)
    rows = [
        ("Subject child", child.full_name),
        ("CSC system ID", sample.case_id),
        ("DOB", when(child.date_of_birth)),
        ("Home address", ", ".join((*child.address_lines, child.postcode))),
        ("Parents / carers", "; ".join(child.parents)),
        ("Other children in the household", "\n".join(f"{name} – {when(born)}" for name, born in household)),
        ("Allocated lead professional (CSC)", sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Audit completed by (audit lead)", "Audit lead")), sample.auditor),
        (rng.choice(("Date of audit discussion", "Date audit completed")), when(sample.date)),
    ]
    details = table(document, len(rows), 2)
    for row, (text, value) in zip(details.rows, rows):
        label(row.cells[0], text, "E4DFEC")
        write(row.cells[1], value)
    document.add_paragraph()

    brand_heading(document, "Section B: Agencies involved with the family in the last 12 months", brand)
    grid = table(document, len(AGENCIES) + 1, 3)
    for cell, text in zip(grid.rows[0].cells, ("Agency", "Involved?", "Return received?")):
        label(cell, text)
    for row, agency in zip(grid.rows[1:], AGENCIES):
        write(row.cells[0], agency)
        yes = agency in involved
        write(row.cells[1], tick if yes else ("No" if tick != "\u2713" else ""))
        write(row.cells[2], tick if yes else "N/A")
    document.add_paragraph()

    for number, section in enumerate(sample.sections, start=1):
        brand_heading(document, f"C{number}. {section.name}", brand)
        theme = table(document, 2, 2)
        label(theme.cell(0, 0), "Key areas of good practice and areas for development")
        write(theme.cell(0, 1), section.comment)
        label(theme.cell(1, 0), "Judgement")
        write(theme.cell(1, 1), informal_grade(rng, section.grade, note_chance=0.5))
        document.add_paragraph()

    brand_heading(document, "Section D: Findings across the partnership", brand)
    paragraph(document, "What worked well across agencies", bold=True)
    for item in sample.strengths:
        paragraph(document, item)
    paragraph(document, "Areas for development across agencies", bold=True)
    for item in sample.development_areas:
        paragraph(document, item)

    paragraph(document, "Recommendations", bold=True)
    recommendations = table(document, len(sample.actions) + 1, 3)
    for cell, text in zip(recommendations.rows[0].cells, ("Recommendation", "Agency / lead", "Timescale")):
        label(cell, text)
    for row, action in zip(recommendations.rows[1:], sample.actions):
        write(row.cells[0], action.action)
        write(row.cells[1], f"CSC – {action.owner}")
        write(row.cells[2], when(action.due))
    document.add_paragraph()

    verdict = table(document, 3, 2)
    label(verdict.cell(0, 0), "Overall multi-agency judgement", brand, colour="FFFFFF")
    write(verdict.cell(0, 1), informal_grade(rng, sample.grade, note_chance=0.4))
    label(verdict.cell(1, 0), "Has this audit found a child at immediate risk? (Y/N)")
    write(verdict.cell(1, 1), "Y" if sample.urgent_concern else "N")
    label(verdict.cell(2, 0), "If Y, action taken and by whom")
    if sample.urgent_concern_detail:
        write(verdict.cell(2, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    brand_heading(document, "Section E: Head of Service scrutiny", brand)
    scrutiny = table(document, 4, 2)
    for row, text in zip(scrutiny.rows, ("Head of Service", "Date", "Comments",
                                          "Agreed judgement following the audit discussion")):
        label(row.cells[0], text)
    if moderation:
        write(scrutiny.cell(0, 1), moderation.moderator, colour=ink)
        write(scrutiny.cell(1, 1), when(moderation.date), colour=ink)
        for comment in moderation.comments:
            write(scrutiny.cell(2, 1), comment, colour=ink)
        if moderation.grade:
            write(scrutiny.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink)
    data = finish_docx(document, "Multi-Agency Case Audit Tool", (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))
