"""Multi-agency practice review record: the form a safeguarding partnership's
audit panel fills in when practitioners from every agency that knows a
child meet to look at the case together. A front strip with the panel's
own reference, the child and the allocated worker; the agencies that took
part (as a line, or as the partnership's full list with the ones present
ticked, each with the role of whoever spoke for it); the panel's findings
under the partnership's key questions, each rated; what worked well and
what needs to change, the overall rating of the multi-agency response, a
question on immediate risk, the partnership action plan and the chair's
moderation. Every third file is the Early Help version of the same
record, reviewing an Early Help Plan and its Team Around the Family, with
what the family told the reviewer in place of the agencies.

Modelled on the East Riding Safeguarding Children Partnership's
"Multi-agency quality assurance" page (joint audits of case files with
the practitioners involved, looking at the help given by every partner
"including early help", solution-focused and in a spirit of open
learning, with constructive challenge between agencies) and, for the
Early Help version, Newcastle's "Early Help Assessment" chapter of its
safeguarding procedures (the Early Help Plan, the lead practitioner, Team
Around the Family meetings and reviews at set intervals). Neither page
shows a form, so the whole layout is our own judgement: the panel
reference strip, the key questions, the three ways an area's rating is
given (on the question's own heading line, in the last row of its finding
box, or only in a ratings summary with dot leaders at the end of the
findings), the overall rating typed, or printed as the four ratings with
the chosen one in bold capitals and the others in grey, the agencies
table, the action plan's "Agency lead / Timescale" columns and the
chair's box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import Section
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import MULTI_AGENCY_AUDIT, TAF_AUDIT, tool_samples

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

FAMILY = "practice_review"

PARTNERSHIP = "Northmoor Safeguarding Children Partnership"

# The partnership's key questions, in the order of the sample's areas
# (bot/samples/tool_phrases.py SECTIONS), each with the prompt printed under it.
QUESTIONS = {
    MULTI_AGENCY_AUDIT: (
        ("How well is the child seen, heard and understood by everyone involved?",
         "Think about the child's words, behaviour and daily life, in every agency's records."),
        ("How well do agencies share what they know, and in good time?",
         "Referrals, strategy discussions, feedback to the referrer, minutes received."),
        ("How well do agencies recognise and assess need and risk together?",
         "Is history used? Does each agency's view inform the assessment?"),
        ("Is there one plan that every agency owns and works to?",
         "Outcomes, named leads, timescales, core groups or reviews attended."),
        ("What difference has the help made to the child?",
         "What is better, worse or the same for the child since agencies became involved?"),
    ),
    TAF_AUDIT: (
        ("Is the child's voice heard in the Early Help Plan?",
         "Direct work, the child's own words, what a day is like for them."),
        ("Is the Early Help Plan SMART and owned by the family?",
         "Outcomes in the family's words, who does what, by when."),
        ("Do Team Around the Family meetings and reviews happen when they should?",
         "Reviews every 6 to 8 weeks, the right people invited, minutes shared."),
        ("Does the lead practitioner hold the plan together?",
         "Co-ordination, contact with the family, escalation when needed."),
        ("What difference has the help made?",
         "What has changed for the child and the family; is the change lasting?"),
    ),
}
# The same areas as the ratings summary names them.
SHORT_NAMES = {
    MULTI_AGENCY_AUDIT: ("Child seen, heard and understood", "Sharing information", "Recognising and assessing risk",
                         "One multi-agency plan", "Difference made for the child"),
    TAF_AUDIT: ("Child's voice in the plan", "Quality of the Early Help Plan", "TAF meetings and reviews",
                "Lead practitioner role", "Difference made"),
}
# Who spoke for each agency at the panel (a role, never a name).
SPOKE_FOR = {
    "Children's Social Care": ("Allocated social worker", "Practice manager"),
    "Police": ("DC, Public Protection Unit", "DS, Child Abuse Investigation Team"),
    "Health visiting": ("Health visitor", "Named nurse for safeguarding"),
    "School": ("Designated safeguarding lead", "Head of year / DSL"),
    "Early Help": ("Family support worker", "Early Help co-ordinator"),
    "Probation": ("Probation officer", "Senior probation officer"),
    "Child and Adolescent Mental Health Services": ("CAMHS clinician", "Primary mental health worker"),
    "Housing": ("Housing officer", "Tenancy support officer"),
}
PLANS = ("Child protection plan", "Child in need plan", "Child protection plan (since March)", "CIN")
TITLES = {
    MULTI_AGENCY_AUDIT: ("Multi-Agency Practice Review – Case Audit Record", "Multi-agency Case Audit – Panel Record",
                         "Joint Case Audit – Practice Review Record"),
    TAF_AUDIT: ("Early Help Practice Review – TAF Audit Record", "Team Around the Family – Practice Review Record"),
}
OVERALL = {
    MULTI_AGENCY_AUDIT: ("Overall rating of the multi-agency response", "Panel's overall rating",
                         "Overall, how well did agencies work together to help and protect this child?"),
    TAF_AUDIT: ("Overall rating of the help this family is getting", "Overall TAF rating",
                "Overall, how good is the Early Help this family is getting?"),
}
RATING_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
NO_ACTIONS = ("No actions – learning to be shared through the partnership's practice briefing.",
              "None agreed. The current plan already addresses the learning above.")
NO_RISK = ("No", "None identified", "No – none")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(9413)
    pool = tool_samples(40, seed=9413, today=today, kinds=(MULTI_AGENCY_AUDIT, TAF_AUDIT))
    multi = [sample for sample in pool if sample.kind == MULTI_AGENCY_AUDIT]
    taf = [sample for sample in pool if sample.kind == TAF_AUDIT]

    def pick(samples, total):
        urgent = [sample for sample in samples if sample.urgent_concern][:max(1, total // 5)]
        rest = [sample for sample in samples if not sample.urgent_concern]
        moderated = [sample for sample in rest if sample.moderation]
        plain = [sample for sample in rest if not sample.moderation]
        with_grade = [sample for sample in moderated if sample.moderation.grade]
        comments_only = [sample for sample in moderated if not sample.moderation.grade]
        chosen = urgent + with_grade[:total // 3] + comments_only[:1]
        return chosen + plain[:total - len(chosen)]

    taf_count = count // 3
    chosen_multi = pick(multi, count - taf_count)
    chosen_taf = pick(taf, taf_count)
    rng.shuffle(chosen_multi)
    rng.shuffle(chosen_taf)
    chosen = []
    for position in range(count):  # every third file the Early Help version
        source = chosen_taf if position % 3 == 2 and chosen_taf else chosen_multi
        chosen.append(source.pop(0))
    styles = [("heading", "card", "summary")[position % 3] for position in range(count)]
    rng.shuffle(styles)
    return [_form(rng, index, sample, today, style) for index, (sample, style) in enumerate(zip(chosen, styles))]


def _reference(rng: random.Random, sample) -> str:
    if sample.kind == TAF_AUDIT:
        return early_help_reference(rng, sample.case_id)
    style = rng.random()
    if style < 0.4:
        return case_reference(rng, sample.case_id)
    if style < 0.7:
        return f"{rng.choice(('CR', 'PN', 'CN-'))}{sample.case_id}"
    return sample.case_id


def _form(rng: random.Random, index: int, sample, today: date, style: str) -> HeldOutForm:
    taf = sample.kind == TAF_AUDIT
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    questions = QUESTIONS[sample.kind]
    short = SHORT_NAMES[sample.kind]
    # The summary style names the areas by their short names only where it
    # gives no question headings the reader could take for the names.
    names = short if style == "summary" else tuple(question for question, _ in questions)
    old_names = [section.name for section in sample.sections]
    changes: dict = {
        "case_id": _reference(rng, sample),
        "sections": tuple(Section(name, section.grade, section.comment)
                          for name, section in zip(names, sample.sections)),
    }
    agencies_table = False
    if not taf:
        agencies = next(own for own in sample.own if own.key == "agencies")
        agencies_table = rng.random() < 0.5
        if agencies_table:
            # The partnership's full list in its own order, the ones present ticked:
            # a reader records them in the order printed.
            ordered = [agency for agency in AGENCIES if agency in agencies.expected]
            changes["own"] = (replace(agencies, written=tuple(ordered), expected=ordered),)
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.2:
        changes["actions"] = ()
    moderation = sample.moderation
    if moderation:
        renamed = dict(zip(old_names, names))
        changes["moderation"] = replace(moderation, section_comments={
            renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child

    title = rng.choice(TITLES[sample.kind])
    document = new_document(rng, landscape=rng.random() < 0.25)
    header = document.sections[0].header.paragraphs[0]
    run(header, PARTNERSHIP if rng.random() < 0.6 else council_line(rng), bold=True, colour=brand)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"{title} · {rng.choice(('v1.3', 'v2', 'Version 4 (2025)'))} · OFFICIAL-SENSITIVE", size=8)
    brand_heading(document, title, brand, size=16)
    paragraph(document, rng.choice((
        "Complete with the practitioners at the review. Rate each key question Outstanding, Good, Requires "
        "improvement or Inadequate, using the Ofsted descriptors.",
        "This record is completed by the lead reviewer during the panel and agreed by everyone present. "
        "Ratings: Outstanding / Good / Requires improvement / Inadequate.")), italic=True, size=9)

    # The front strip: labels over values, two rows of four.
    panel_ref = f"{rng.choice(('EHPR', 'TAF-PR') if taf else ('MAPR', 'JCA', 'PR'))} {sample.date.year}/{rng.randint(3, 48):02d}"
    worker_label = (rng.choice(("Lead practitioner", "Lead practitioner (EH)")) if taf
                    else rng.choice(("Allocated social worker", "Social worker (CSC)", "Allocated worker")))
    reference_label = (rng.choice(("EHM number", "Early Help ref")) if taf
                       else rng.choice(("LCS number", "Child's case no.", "CSC reference")))
    reviewer_label = rng.choice(("Lead reviewer", "Lead reviewer (CSC)", "Review led by"))
    date_label = rng.choice(("Date of review", "Review meeting held on", "Panel date"))
    strip = [
        ("Panel reference", panel_ref), (reference_label, sample.case_id),
        (rng.choice(("Child", "Name of child")), child.full_name), ("Date of birth", when(child.date_of_birth)),
        (worker_label, sample.practitioner), ("Team", sample.team),
        (rng.choice(("Service", "Service area")), sample.service),
        ("Plan at the time of review", "Early Help Plan (TAF)" if taf else rng.choice(PLANS)),
        (reviewer_label, sample.auditor), (date_label, when(sample.date)),
    ]
    if rng.random() < 0.3:
        strip = [pair for pair in strip if pair[0] != "Panel reference"]
    columns = 4
    rows = -(-len(strip) // columns)
    front = table(document, rows * 2, columns)
    for position, (text, value) in enumerate(strip):
        row, column = divmod(position, columns)
        label(front.cell(2 * row, column), text, "E7E6E6")
        write(front.cell(2 * row + 1, column), value)
    document.add_paragraph()
    line = paragraph(document, "Household: ", bold=True)
    members = [f"{parent} (parent)" for parent in child.parents]
    members += [f"{name} ({rng.choice(('sibling', 'half-sibling'))}, born {when(born)})" for name, born in household]
    run(line, "; ".join(members) if members else "not recorded")
    if taf and rng.random() < 0.6:
        last = sample.date - timedelta(days=rng.randint(10, 40))
        line = paragraph(document, "Last TAF review: ", bold=True)
        run(line, when(last))
    document.add_paragraph()

    # Who took part.
    if not taf:
        agencies = sample.own[0].expected
        brand_heading(document, rng.choice(("1. Agencies taking part in the review", "1. Who took part")), brand)
        if agencies_table:
            grid = table(document, len(AGENCIES) + 1, 3)
            for cell, text in zip(grid.rows[0].cells, ("Agency", "Took part (\u2713)", "Represented by")):
                label(cell, text, "D9E2F3")
            tick = rng.choice(("\u2713", "\u2714", "Yes"))
            for row, agency in zip(grid.rows[1:], AGENCIES):
                write(row.cells[0], agency)
                if agency in agencies:
                    write(row.cells[1], tick)
                    write(row.cells[2], rng.choice(SPOKE_FOR[agency]))
        else:
            line = paragraph(document, rng.choice(("Agencies involved: ", "Agencies represented: ")), bold=True)
            run(line, rng.choice(("; ", ", ")).join(agencies))
            paragraph(document, "Children's Social Care was represented by the allocated social worker and "
                                "their practice manager.", italic=True)
        document.add_paragraph()
        part = 2
    else:
        brand_heading(document, "1. What the family told us", brand)
        voice = next(own for own in sample.own if own.key == "family_voice")
        box = table(document, 1, 1)
        write(box.cell(0, 0), voice.written)
        document.add_paragraph()
        part = 2

    # The findings, question by question.
    brand_heading(document, f"{part}. {rng.choice(('Findings of the panel', 'What the review found'))}", brand)
    prefix = rng.choice(("Chair: ", "HoS comment: ", ""))
    note = 0.25
    separator = rng.choice(("   \u25b8 Rating: ", "  \u2013  Panel rating: ", "   [Rating: "))
    card_label = rng.choice(("Panel rating: ", "Agreed rating: ", "Rating: "))
    for number, (section, (question, prompt)) in enumerate(zip(sample.sections, questions), start=1):
        remark = moderation.section_comments.get(section.name) if moderation else None
        if style == "heading":
            line = paragraph(document, f"Q{number}  {question}", bold=True, colour=brand)
            run(line, separator)
            run(line, informal_grade(rng, section.grade) + ("]" if separator.endswith("[Rating: ") else ""), bold=True)
            paragraph(document, prompt, italic=True, size=9)
            paragraph(document, section.comment)
            if remark:
                paragraph(document, f"{prefix}{remark}", colour=ink)
        elif style == "card":
            card = table(document, 3, 1)
            label(card.cell(0, 0), f"Q{number}. {question}", "F2F2F2")
            write(card.cell(0, 0), prompt, italic=True, size=9)
            write(card.cell(1, 0), section.comment)
            if remark:
                write(card.cell(1, 0), f"{prefix}{remark}", colour=ink)
            cell = card.cell(2, 0)
            write(cell, card_label, bold=True)
            run(cell.paragraphs[-1], informal_grade(rng, section.grade, note_chance=note))
        else:
            paragraph(document, f"{number}. {question}", bold=True)
            paragraph(document, section.comment)
            if remark:
                paragraph(document, f"{prefix}{remark}", colour=ink)
        document.add_paragraph()
    overall_label = rng.choice(OVERALL[sample.kind])
    grey_options = rng.random() < 0.4
    if style == "summary":
        brand_heading(document, rng.choice(("Ratings summary", "Summary of ratings")), brand, size=11)
        leader = rng.choice(("\t", " " + "." * 12 + " ", " \u2026\u2026 "))
        for number, section in enumerate(sample.sections, start=1):
            line = paragraph(document, f"{number}. {section.name}{leader}")
            run(line, informal_grade(rng, section.grade), bold=True)
        if not grey_options:
            line = paragraph(document, f"{overall_label}{leader}", bold=True)
            run(line, informal_grade(rng, sample.grade), bold=True)
            overall_done = True
        else:
            overall_done = False
        document.add_paragraph()
    else:
        overall_done = False

    # Learning.
    part += 1
    brand_heading(document, f"{part}. {rng.choice(('Learning from the review', 'What we learned'))}", brand)
    headings = rng.choice((("What worked well", "What needs to change"),
                           ("Good practice to share", "Learning for the partnership"),
                           ("Strengths", "Areas for development")))
    numbered = rng.random() < 0.5
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, item in enumerate(items, start=1):
            paragraph(document, f"{number}) {item}" if numbered else f"\u2022 {item}")
    document.add_paragraph()

    # Overall rating (unless the summary carried it).
    if not overall_done:
        part += 1
        brand_heading(document, f"{part}. {rng.choice(('Overall rating', 'Overall judgement'))}", brand)
        if grey_options:
            paragraph(document, overall_label, bold=True)
            line = paragraph(document)
            for position, grade in enumerate((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)):
                if position:
                    run(line, "     ")
                if grade == sample.grade:
                    run(line, RATING_WORDS[grade].upper(), bold=True)
                else:
                    run(line, RATING_WORDS[grade], colour="A6A6A6")
        else:
            line = paragraph(document, f"{overall_label}: ", bold=True)
            run(line, informal_grade(rng, sample.grade, note_chance=0.3))
        document.add_paragraph()

    # Immediate risk.
    part += 1
    brand_heading(document, f"{part}. Immediate risk", brand)
    question = rng.choice(("Did the panel identify any child at risk of immediate harm that needed escalating "
                           "on the day?", "Immediate safeguarding concern escalated to CSC?"))
    risk = table(document, 2, 2)
    label(risk.cell(0, 0), question)
    if sample.urgent_concern:
        write(risk.cell(0, 1), rng.choice(("Yes", "YES", "Yes – see below")))
        label(risk.cell(1, 0), "Details and who it was escalated to")
        write(risk.cell(1, 1), sample.urgent_concern_detail)
    else:
        write(risk.cell(0, 1), rng.choice(NO_RISK))
        label(risk.cell(1, 0), "Details and who it was escalated to")
    document.add_paragraph()

    # Partnership action plan.
    part += 1
    brand_heading(document, f"{part}. {rng.choice(('Partnership action plan', 'Actions agreed at the panel'))}",
                  brand)
    if sample.actions:
        headers = rng.choice((("#", "Learning / action", "Agency lead", "Timescale", "RAG"),
                              ("No.", "What will be done", "Lead", "By", "Progress")))
        plan = table(document, len(sample.actions) + 1, 5)
        for cell, text in zip(plan.rows[0].cells, headers):
            label(cell, text, "D9E2F3")
        by = rng.random() < 0.4
        for number, (row, action) in enumerate(zip(plan.rows[1:], sample.actions), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], f"by {when(action.due)}" if by else when(action.due))
    else:
        paragraph(document, rng.choice(NO_ACTIONS))
    document.add_paragraph()

    # The chair's moderation.
    part += 1
    brand_heading(document, f"{part}. {rng.choice(('Chair / Head of Service moderation', 'Moderation by the chair'))}",
                  brand)
    paragraph(document, "The chair of the Quality Assurance subgroup or a Head of Service reads the record, "
                        "adds comments in a different colour and confirms or changes the overall rating.",
              italic=True, size=9)
    box = table(document, 4, 2)
    for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated rating", "Comments")):
        label(row.cells[0], text, "F2F2F2")
    if moderation:
        write(box.cell(0, 1), moderation.moderator, colour=ink)
        write(box.cell(1, 1), when(moderation.date), colour=ink)
        if moderation.grade:
            agreed = " (rating confirmed)" if moderation.grade == sample.grade and rng.random() < 0.5 else ""
            write(box.cell(2, 1), informal_grade(rng, moderation.grade) + agreed, colour=ink, bold=True)
        for comment in moderation.comments:
            write(box.cell(3, 1), comment, colour=ink)
    elif rng.random() < 0.5:
        write(box.cell(3, 1), "Not moderated – not in this quarter's moderation sample.", italic=True)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *(when(born) for _, born in household),
                          *(born.isoformat() for _, born in household)))
