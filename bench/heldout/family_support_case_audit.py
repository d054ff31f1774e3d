"""Family support case audit: an Early Help (family help) manager's quality
audit of one family's Early Help Assessment and Plan (EHAP) – who the
family are and who leads the work, each area of the assessment and plan
graded with the auditor's evidence, an overall grade, what is working
well and what needs to be better, actions, the safety question (does
anything need to step up to children's social care today?) and the Head of
Early Help's (or Head of Service's) moderation.

Modelled on the London Borough of Ealing's "Quick guide to the Early Help
Assessment and Plan (EHAP)" (Children & Families, Family Information
Service): a revised and shortened EHAP replacing the CAF, Team Around the
Family meetings centred on the family as a whole, updated threshold of
need descriptors and "a simplified EHAP Audit Form". The guide names the
audit form but the published text does not reproduce it, so the layout is
our judgement: a title band, part A the family and the work (a four-column
grid, "label: value" lines, or a household table with the focus child
flagged followed by a small table for the work), part B the audited areas
graded on a printed 1–4 key, by a mark under four grade columns, by the
chosen grade highlighted among the four, or in the auditor's own words,
part C the overall grade, strengths and areas to develop, the family's
feedback, the step-up / safety question, actions (a table, numbered lines
or a "no actions" sentence) and part D moderation typed in the moderator's
colour as a closing paragraph block or in a bordered box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import EARLY_HELP_AUDIT, Section, sample_forms
from bot.samples.ooxml import shade

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "family_support_case_audit"
SEED = 9846

# The sample's areas renamed as this form prints them, each with its prompt.
AREAS = {
    "Early Help Assessment": ("Quality of the EHAP assessment",
                              "Is the whole family assessed, with history, strengths and worries analysed?"),
    "Voice of the child": ("Child's voice and daily life",
                           "Are the children's own words recorded and do they shape the plan?"),
    "Engagement with the family": ("Family's voice and participation",
                                   "Did the family help write the plan? Are both parents / carers involved?"),
    "Team Around the Family plan": ("Family plan and TAF reviews",
                                    "Is the plan SMART, reviewed at TAF meetings every 6–8 weeks, and updated?"),
    "Management oversight": ("Lead practitioner and manager oversight",
                             "Is there a named lead practitioner and evidence of supervision and direction?"),
    "Impact and outcomes for the child": ("Progress, step up / step down",
                                          "Has life improved for the children? Was step up or closure considered "
                                          "at the right time?"),
}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
TITLES = ("Family Support Case Audit", "EHAP Audit – Family Support", "Early Help (EHAP) Case Audit Form",
          "Family Support Case Audit: Early Help Assessment and Plan")
AUDITOR_ROLES = ("Early Help Team Manager", "Family Support Manager", "Early Help Practice Lead",
                 "Senior Family Support Practitioner")
MODERATOR_ROLES = ("Head of Early Help", "Head of Service", "Head of Service – Early Help and Prevention")
NO_ACTIONS = ("No actions – the current family plan already covers the areas above.",
              "No further actions identified from this audit.",
              "Actions: none required.")
SAFETY_QUESTIONS = (
    "Safety check: is any child at risk of significant harm, so that the case should step up to children's "
    "social care today?",
    "Did the audit identify a safeguarding concern requiring immediate escalation (same-day discussion with "
    "the Team Manager / MASH)?",
)
FEEDBACK_QUESTIONS = ("Has the family been asked for feedback on the help they received?",
                      "Family feedback sought (e.g. at the last TAF review)?")
CONTEXTS = ("Universal plus – EHAP open, TAF in place", "Targeted Early Help – family support worker allocated",
            "Stepped down from social care – EHAP continuing", "Targeted Early Help – school-led EHAP")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(300, seed=SEED, today=today, feedback_question=True)
            if sample.kind == EARLY_HELP_AUDIT]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details = rng.choice(("grid", "lines", "household"))
    marking = rng.choice(("key", "columns", "highlight", "words"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    renamed = {old: AREAS[old][0] for old in AREAS}
    changes: dict = {"sections": tuple(Section(renamed[section.name], section.grade, section.comment)
                                       for section in sample.sections)}
    reference_style = rng.choice(("eh", "eh", "eh", "prefixed", "plain"))
    if reference_style == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}
    moderator_role = rng.choice(MODERATOR_ROLES)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("EHAP audit form v3 (simplified)", "Family Support QA – EHAP audit v2.1",
                            "OFFICIAL – SENSITIVE (when complete)")), size=8)

    # Title band.
    title = rng.choice(TITLES)
    if rng.random() < 0.5:
        band = table(document, 1, 1)
        shade(band.cell(0, 0)._tc, brand)
        write(band.cell(0, 0), title.upper(), bold=True, colour="FFFFFF", size=14)
        write(band.cell(0, 0), council_line(rng), colour="FFFFFF", size=9)
    else:
        paragraph(document, council_line(rng), colour=brand, size=9)
        brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "To be completed by the auditing manager from the EHAP, TAF review notes and case recording. "
        "Return to the Quality Assurance team within 5 working days.",
        "Read the EHAP, the latest family plan and TAF minutes before completing. Speak to the lead "
        "practitioner where you can.")), italic=True, size=9)

    # Part A.
    brand_heading(document, rng.choice(("Part A – Family and case details", "A. About the family and the work")),
                  brand, size=12)
    auditor = sample.auditor
    if rng.random() < 0.5:
        auditor = f"{auditor} ({rng.choice(AUDITOR_ROLES)})"
    reference_label = {"eh": rng.choice(("EH reference", "Early Help ID", "EHM ref", "EHAP no.")),
                       "prefixed": rng.choice(("Case ref", "LCS / Mosaic ID")),
                       "plain": rng.choice(("Child ID", "Case number"))}[reference_style]
    sibling_text = "; ".join(f"{name} ({when(born)})" for name, born in household)
    family_pairs = [
        (rng.choice(("Focus child", "Child / young person")), child.full_name),
        (rng.choice(("DOB", "Date of birth")), when(child.date_of_birth)),
        (reference_label, sample.case_id),
        (rng.choice(("Address", "Home address")), ", ".join((*child.address_lines, child.postcode))),
        (rng.choice(("Parent(s) / carer(s)", "Parents")), " & ".join(child.parents)),
        (rng.choice(("Other children in household", "Siblings")), sibling_text),
    ]
    work_pairs = [
        (rng.choice(("Lead practitioner", "Lead professional", "Family support worker (lead)")),
         sample.practitioner),
        (rng.choice(("Team", "Locality team")), sample.team),
    ]
    if show_service:
        work_pairs.append((rng.choice(("Service", "Service area")), sample.service))
    work_pairs += [
        ("Level of need", rng.choice(CONTEXTS)),
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
    ]
    if details == "grid":
        pairs = family_pairs + work_pairs
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = position // 2, (position % 2) * 2
            label(grid.cell(row, column), text, "EDEDED")
            write(grid.cell(row, column + 1), value)
    elif details == "lines":
        for text, value in family_pairs + work_pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        members = table(document, len(household) + 2, 3)
        for cell, text in zip(members.rows[0].cells, ("Name", "Date of birth", "Relationship / role")):
            label(cell, text, "EDEDED")
        write(members.cell(1, 0), child.full_name, bold=True)
        write(members.cell(1, 1), when(child.date_of_birth))
        write(members.cell(1, 2), "Focus child")
        for row, (name, born) in zip(members.rows[2:], household):
            write(row.cells[0], name)
            write(row.cells[1], when(born))
            write(row.cells[2], "Sibling")
        line = paragraph(document, "Parents / carers: ", bold=True)
        run(line, " and ".join(child.parents))
        line = paragraph(document, f"{reference_label}: ", bold=True)
        run(line, sample.case_id)
        document.add_paragraph()
        work = table(document, len(work_pairs), 2)
        for row, (text, value) in zip(work.rows, work_pairs):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    document.add_paragraph()

    # Part B.
    brand_heading(document, rng.choice(("Part B – Areas audited", "B. Quality of the assessment and plan")),
                  brand, size=12)
    prefix = rng.choice(("HoEH: ", "Moderator: ", ""))
    if marking == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  bold=True, size=9)
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence / comments", "Score (1–4)")):
            label(cell, text, "D9E2F3")
        for row, section in zip(grid.rows[1:], sample.sections):
            _area_cell(row.cells[0], row.cells[1], section, remarks, prefix, ink)
            write(row.cells[2], str(ORDER.index(section.grade) + 1), bold=True)
    elif marking == "columns":
        order = ORDER if rng.random() < 0.6 else tuple(reversed(ORDER))
        symbol = rng.choice(("X", "\u2713", "x"))
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(SHORT[grade] for grade in order))):
            label(cell, text, "D9E2F3")
        for row, section in zip(grid.rows[1:], sample.sections):
            _area_cell(row.cells[0], row.cells[1], section, remarks, prefix, ink)
            write(row.cells[2 + order.index(section.grade)], symbol, bold=True)
        paragraph(document, "O = Outstanding, G = Good, RI = Requires improvement, I = Inadequate", italic=True,
                  size=8)
    else:
        for number, section in enumerate(sample.sections, start=1):
            paragraph(document, f"B{number}. {section.name}", bold=True, colour=brand)
            paragraph(document, AREAS_BY_NEW[section.name], italic=True, size=9)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, f"{prefix}{remarks[section.name]}", colour=ink)
            line = paragraph(document, "Grade: ", bold=True)
            if marking == "highlight":
                for position, grade in enumerate(ORDER):
                    if position:
                        run(line, "   ")
                    run(line, WORDS[grade], highlight=grade == section.grade, bold=grade == section.grade)
            else:
                run(line, informal_grade(rng, section.grade, note_chance=0.3))
    document.add_paragraph()

    # Part C.
    brand_heading(document, rng.choice(("Part C – Overall findings", "C. Overall judgement and findings")),
                  brand, size=12)
    line = paragraph(document, rng.choice(("Overall grade: ", "Overall quality of the EHAP work: ",
                                           "Overall judgement: ")), bold=True)
    if marking == "key":
        run(line, f"{ORDER.index(sample.grade) + 1}", bold=True)
        if rng.random() < 0.5:
            run(line, f" ({WORDS[sample.grade]})")
    elif marking == "highlight" or marking == "columns":
        for position, grade in enumerate(ORDER):
            if position:
                run(line, " / ")
            run(line, WORDS[grade], highlight=grade == sample.grade, bold=grade == sample.grade,
                strike=marking == "columns" and grade != sample.grade)
    else:
        run(line, informal_grade(rng, sample.grade))
    headings = rng.choice((("What is working well", "What needs to be better"),
                           ("Strengths", "Areas for development"),
                           ("Good practice seen", "Even better if…")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{bullet}{item}" if bullet else f"{number}) {item}")
    if sample.feedback_sought is not None:
        asked = paragraph(document, f"{rng.choice(FEEDBACK_QUESTIONS)} ", bold=True)
        run(asked, rng.choice(("Yes – recorded at the last review.", "Yes")) if sample.feedback_sought
            else rng.choice(("No", "No – to be done at next TAF.")))
    paragraph(document, rng.choice(SAFETY_QUESTIONS), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"YES – {sample.urgent_concern_detail}", bold=True)
    else:
        paragraph(document, rng.choice(("No", "No.", "No – no safeguarding concerns identified.")))
    document.add_paragraph()

    # Actions.
    paragraph(document, rng.choice(("Actions agreed with the lead practitioner", "Actions (who / by when)")),
              bold=True, colour=brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Who", "By when"),
                                                               ("What needs to happen", "By whom", "Date")))):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()

    # Part D.
    _moderation(rng, document, sample, moderation, moderator_role, ink, brand, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), ", ".join((*child.address_lines, child.postcode)),
                          *(when(born) for _, born in household), *(born.isoformat() for _, born in household)))


AREAS_BY_NEW = {name: prompt for name, prompt in AREAS.values()}


def _area_cell(name_cell, evidence_cell, section, remarks, prefix: str, ink: str) -> None:
    write(name_cell, section.name, bold=True)
    write(name_cell, AREAS_BY_NEW[section.name], italic=True, size=8)
    write(evidence_cell, section.comment)
    if section.name in remarks:
        write(evidence_cell, f"{prefix}{remarks[section.name]}", colour=ink)


def _moderation(rng: random.Random, document, sample, moderation, role: str, ink: str, brand: str, when) -> None:
    heading = rng.choice((f"Part D – Moderation ({role.split(' – ')[0]})", f"D. {role.split(' – ')[0]} moderation"))
    if moderation is None:
        if rng.random() < 0.6:
            brand_heading(document, heading, brand, size=12)
            paragraph(document, rng.choice(("Not selected for moderation.", "Moderator: ____________  Date: ______",
                                            "")), italic=True)
        return
    brand_heading(document, heading, brand, size=12)
    if rng.random() < 0.5:
        paragraph(document, f"{moderation.moderator}, {role} – moderated {when(moderation.date)}", colour=ink,
                  bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agree = "I agree with the auditor's grade." if moderation.grade == sample.grade else \
                "I do not agree with the auditor's grade."
            paragraph(document, agree, colour=ink)
            line = paragraph(document, "Moderated grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Moderator", f"{moderation.moderator} ({role})"), ("Date moderated", when(moderation.date)),
                ("Moderator's comments", "\n".join(moderation.comments))]
        if moderation.grade:
            rows.insert(2, ("Grade agreed?", "Yes" if moderation.grade == sample.grade else "No"))
            rows.append(("Grade after moderation", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
