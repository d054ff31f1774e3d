"""Thematic audit report: a Quality Assurance write-up of one practice theme
(neglect, children missing, the step from early help to statutory work,
exploitation, the voice of the child) tested on a small sample of
children's cases. The lead auditor records the theme, why it was chosen,
the cases sampled by reference only, each area of practice graded across
the whole sample, an overall judgement, what is working well and what
needs to improve, whether any child in the sample needed escalating the
same day, recommendations with an owner and a date, and the Head of
Service's sign-off.

Modelled on the Milton Keynes Safeguarding Children Board's published
material: its annual reports (2016/17, 2018/19) organised around the
board's priority areas – neglect, children missing, early help and early
intervention, emerging areas of vulnerability – with what was checked,
what was found and what will be done for each, and its neglect work (a
multi-agency Neglect Task and Finish Group from November 2015, a Neglect
Statement and a Neglect Screening Tool published in 2016, and the aim of
seeing "the child behind the adult and the adult behind the child"). None
of it shows a form, so the layout is our judgement: the report's details
as a two-column table, a four-cell grid or labelled lines; the cases
sampled as a small table (reference, plan, age) or a line of references;
each area's grade across the sample as a word, a number on a printed
1–4 key, the four grades with the others struck through, the chosen one
highlighted, or an X under O / G / RI / I columns; recommendations as a
table, numbered lines or a "no further actions" sentence; and the Head of
Service's sign-off typed in their own colour as a box or a closing
paragraph, with remarks under the areas they read.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import Moderation, SampleAction, Section, sample_forms
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
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
    recount,
    run,
    table,
    write,
)

FAMILY = "thematic_audit_report"
SEED = 6947

THEMES = (
    "Neglect – use of the neglect screening tool",
    "Children missing from home and care",
    "Stepping up from early help to children's social care",
    "Child criminal exploitation",
    "The voice of the child in child protection plans",
    "Domestic abuse – the child behind the adult",
)
WHY = {
    THEMES[0]: "Neglect remains the most common category for child protection plans; the partnership asked for "
               "assurance that the screening tool is used and changes practice.",
    THEMES[1]: "A rise in missing episodes last quarter and gaps in return home interviews.",
    THEMES[2]: "Families told us they had to repeat their story when their case stepped up.",
    THEMES[3]: "Exploitation is a partnership priority under emerging areas of vulnerability.",
    THEMES[4]: "Last quarter's case audits found children's own words missing from many plans.",
    THEMES[5]: "To test whether the impact of domestic abuse on the children is understood, not only the risk to "
               "the adult.",
}
# The areas graded across the sample, in the order of the sample's areas.
AREAS = (
    ("Recognising the concern and its impact on the children",
     "The children's voice and daily lived experience",
     "Assessment, including use of the screening tool",
     "Working together and sharing information",
     "Planning, review and progress",
     "Management oversight and supervision",
     "Difference made for the children"),
    ("Identification and response at the front door",
     "Seeing and hearing the child",
     "Quality of assessment and analysis",
     "Multi-agency involvement",
     "SMART planning",
     "Manager's grip on the work",
     "Outcomes for children in the sample"),
)
FINDINGS = {
    OUTSTANDING: ("Consistently strong in every case sampled; examples to share at the next practice forum.",
                  "All cases sampled showed this clearly and the record explains why decisions were made."),
    GOOD: ("Evident in most of the cases sampled, with one exception noted in the case table.",
           "Generally well done; recording could be more consistent across teams.",
           "Seen in the majority of cases; the better examples were in the newer plans."),
    REQUIRES_IMPROVEMENT: ("Inconsistent across the sample – present in some cases, absent in others.",
                           "Some evidence, but it is not yet routine and depends on the worker.",
                           "Happening, but not recorded well enough to show its effect on the plan."),
    INADEQUATE: ("Missing in most of the cases sampled; children left without the right response for too long.",
                 "Little or no evidence across the sample; this needs attention now."),
}
MODERATION_NOTES = {
    "agree": ("I have read three of the sampled cases and agree with the overall judgement.",
              "A fair and balanced report; the judgement reflects what I found on the files I looked at."),
    "raise": ("Having read the files I think the auditor has been too cautious; the difference for children is "
              "clear in most cases.",),
    "lower": ("The overall judgement is generous given the drift seen in several of the plans.",
              "I do not think the evidence supports the judgement; too many plans lack timescales."),
    "remark": ("Please bring the findings to the next service leadership meeting.",
               "Good to see the children's words quoted. Share with team managers.",
               "The recommendations need a review date added before this goes to the QA subgroup."),
}
AREA_REMARKS = ("HoS: agree – seen on the files I read.", "HoS: I found less evidence of this than described.",
                "HoS: please pick this up in the team managers' meeting.")
STATUSES = ("CIN", "CP plan", "CLA", "CP plan (neglect)", "Early Help step-up", "CIN (disability)")
NO_ACTIONS = ("No further actions – the recommendations of the last audit on this theme are still in progress.",
              "No new recommendations arising from this sample.")
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
GRADE_STYLES = ("word", "number", "strike", "highlight", "columns")
URGENT_QUESTIONS = (
    "Did the audit identify any child in the sample at risk of significant harm who needs action today?",
    "Immediate safeguarding concerns identified in any case sampled?",
)
URGENT_DETAILS = (
    "No visit to the child for nine weeks and the school reports deteriorating presentation. Escalated to the "
    "team manager on the day of the audit; strategy discussion booked.",
    "Recent missing episode not followed by a return home interview and new intelligence of exploitation. "
    "Referred to the Head of Service the same day.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind != "observation"]
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[:count - len(chosen)]
    tools = tool_samples(count, seed=SEED + 1, today=today, kinds=(THEMATIC_AUDIT,))
    return [_form(rng, index, audit, tool, today) for index, (audit, tool) in enumerate(zip(chosen[:count], tools))]


def _sample(rng: random.Random, index: int, audit, tool):
    """The thematic audit as written: the tool sample's sentences and actions,
    the audit sample's people, grades, moderation and urgent concern."""
    areas = AREAS[index % 2]
    sections = tuple(Section(areas[number], section.grade, rng.choice(FINDINGS[section.grade]))
                     for number, section in enumerate(audit.sections))
    renamed = {old.name: new.name for old, new in zip(audit.sections, sections)}
    moderation = None
    if audit.moderation:
        old = audit.moderation
        if old.grade is None:
            notes = MODERATION_NOTES["remark"]
        elif old.grade == audit.grade:
            notes = MODERATION_NOTES["agree"]
        elif GRADES_ORDER.index(old.grade) < GRADES_ORDER.index(audit.grade):
            notes = MODERATION_NOTES["raise"]
        else:
            notes = MODERATION_NOTES["lower"]
        moderation = Moderation(
            moderator=old.moderator, date=old.date,
            comments=tuple(rng.sample(notes, min(len(notes), rng.randint(1, 2)))),
            section_comments={renamed[name]: rng.choice(AREA_REMARKS) for name in old.section_comments
                              if name in renamed},
            grade=old.grade)
    shift = audit.date - tool.date
    actions = tuple(SampleAction(action.action, action.owner, _weekday(action.due + shift)) for action in tool.actions)
    if index in (5, 12):
        actions = ()
    case_count = rng.randint(4, 8)
    plain_ids = list(dict.fromkeys(str(rng.randint(1000000, 9999999)) for _ in range(case_count)))
    prefixed = index % 3 == 1
    prefix = case_reference(rng, "") if prefixed else ""  # one case system, one prefix
    written_ids = [f"{prefix}{case}" for case in plain_ids]
    theme = THEMES[index % len(THEMES)]
    own = (ToolField("theme", "Theme", theme, theme),
           ToolField("cases_sampled", "Number of cases sampled", str(len(written_ids)), len(written_ids)),
           ToolField("sampled_case_ids", "Case references", ", ".join(written_ids), list(written_ids)))
    return replace(
        tool, auditor=audit.auditor, practitioner=None, team=None, service=audit.service, date=audit.date,
        grade=audit.grade, sections=sections,
        strengths=recount(tool.strengths, len(written_ids)),
        development_areas=recount(tool.development_areas, len(written_ids)),
        actions=actions, own=own, urgent_question=True, urgent_concern=audit.urgent_concern,
        urgent_concern_detail=rng.choice(URGENT_DETAILS) if audit.urgent_concern else None,
        moderated_kind=True, moderation=moderation)


GRADES_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _form(rng: random.Random, index: int, audit, tool, today: date) -> HeldOutForm:
    sample = _sample(rng, index, audit, tool)
    own = {field.key: field for field in sample.own}
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    style = GRADE_STYLES[index % len(GRADE_STYLES)]
    details = index % 3
    document = new_document(rng)

    paragraph(document, council_line(rng), colour=brand, bold=True)
    title = rng.choice(("Thematic Audit Report", "Themed Audit – Findings and Recommendations",
                        "Practice Theme Audit: Summary Report"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, f"Quality Assurance – {sample.service}", italic=True)

    # 1. The report's details.
    brand_heading(document, "1. About this audit", brand)
    rows = [("Audit theme", own["theme"].written),
            (rng.choice(("Lead auditor", "Audit lead", "Completed by (lead auditor)")), sample.auditor),
            ("Service area", sample.service),
            (rng.choice(("Date of report", "Date completed", "Audit date")), when(sample.date)),
            ("Number of cases sampled", own["cases_sampled"].written)]
    if details == 0:
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif details == 1:
        grid = table(document, 3, 4)
        cells = [(r, c) for r in range(3) for c in (0, 2)]
        for (r, c), (name, value) in zip(cells, rows):
            label(grid.cell(r, c), name, "DDEBF7")
            write(grid.cell(r, c + 1), value)
        label(grid.cell(2, 2), "Period covered", "DDEBF7")
        end = sample.date.replace(day=1) - timedelta(days=1)
        start = (end - timedelta(days=160)).replace(day=1)
        write(grid.cell(2, 3), f"Cases open {start.strftime('%B %Y')} – {end.strftime('%B %Y')}")
    else:
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    reason = paragraph(document)
    run(reason, "Why this theme: ", bold=True)
    run(reason, WHY[own["theme"].written])

    # 2. The cases sampled.
    brand_heading(document, "2. Cases sampled", brand)
    references = own["sampled_case_ids"].expected
    if index % 2 == 0:
        cases = table(document, len(references) + 1, 3)
        for cell, text in zip(cases.rows[0].cells, ("Case reference", "Plan / status", "Age at audit")):
            label(cell, text, "E7E6E6")
        for row, reference in zip(cases.rows[1:], references):
            write(row.cells[0], reference)
            write(row.cells[1], rng.choice(STATUSES))
            write(row.cells[2], f"{rng.randint(1, 17)} yrs")
    else:
        line = paragraph(document)
        run(line, "Case references: ", bold=True)
        run(line, ", ".join(references))
        paragraph(document, "Cases were chosen at random from those open to the service on the first of the month.",
                  italic=True)

    # 3. Findings by area.
    brand_heading(document, "3. Findings across the sample", brand)
    if style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    if style == "columns":
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Findings", "O", "G", "RI", "I")):
            label(cell, text, "E7E6E6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], remarks[section.name], colour=ink)
            write(row.cells[2 + GRADES_ORDER.index(section.grade)], rng.choice(("X", "x", "\u2713")), bold=True)
    elif index % 4 < 2:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What we found across the cases", "Grade")):
            label(cell, text, "E7E6E6")
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], remarks[section.name], colour=ink)
            _grade(rng, row.cells[2].paragraphs[0], style, section.grade)
    else:
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"3.{number} {section.name}", bold=True)
            paragraph(document, section.comment)
            if section.name in remarks:
                paragraph(document, remarks[section.name], colour=ink)
            line = paragraph(document)
            run(line, "Grade across the sample: ", bold=True)
            _grade(rng, line, style, section.grade)

    # 4. Overall judgement.
    brand_heading(document, "4. Overall judgement", brand)
    line = paragraph(document)
    run(line, rng.choice(("Overall grade for the sample: ", "Overall judgement: ")), bold=True)
    _grade(rng, line, "word" if style == "columns" else style, sample.grade)

    # 5–6. Strengths and worries.
    brand_heading(document, "5. What is working well", brand)
    for number, text in enumerate(sample.strengths, 1):
        paragraph(document, f"{number}. {text}" if index % 2 else f"\u2022 {text}")
    brand_heading(document, "6. What needs to improve", brand)
    for number, text in enumerate(sample.development_areas, 1):
        paragraph(document, f"{number}. {text}" if index % 2 else f"\u2022 {text}")

    # 7. Escalation.
    brand_heading(document, "7. Immediate concerns", brand)
    paragraph(document, URGENT_QUESTIONS[index % 2], bold=True)
    if sample.urgent_concern:
        paragraph(document, f"Yes – {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None identified")))

    # 8. Recommendations.
    brand_heading(document, "8. Recommendations and actions", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif index % 3 != 2:
        headers = rng.choice((("Recommendation", "Owner", "By when", "Progress"),
                              ("Action", "Lead", "Target date")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "E7E6E6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} Owner: {action.owner}. By {when(action.due)}.")

    # 9. Head of Service sign-off.
    _sign_off(rng, document, sample, ink, brand, when, boxed=index % 2 == 0)
    data = finish_docx(document, title, (sample.moderation or sample).date,
                       sample.moderation.moderator if sample.moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


def _grade(rng: random.Random, line, style: str, grade: str) -> None:
    if style == "word":
        run(line, informal_grade(rng, grade), bold=True)
    elif style == "number":
        run(line, str(KEY[grade]), bold=True)
    elif style in ("strike", "highlight"):
        for position, option in enumerate(GRADES_ORDER):
            if position:
                run(line, " / ")
            chosen = option == grade
            if style == "strike":
                run(line, WORDS[option], strike=not chosen, bold=chosen)
            else:
                run(line, WORDS[option], highlight=chosen, bold=chosen)
    else:
        run(line, SHORT[grade], bold=True)


def _sign_off(rng: random.Random, document, sample, ink: str, brand: str, when, *, boxed: bool) -> None:
    brand_heading(document, "9. Head of Service sign-off", brand)
    moderation = sample.moderation
    if boxed:
        box = table(document, 5, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Do you agree with the overall judgement?",
                                        "Judgement after moderation", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                write(box.cell(2, 1), "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                write(box.cell(3, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            for comment in moderation.comments:
                write(box.cell(4, 1), comment, colour=ink)
        return
    if moderation is None:
        paragraph(document, "Signed: ____________________   Date: __________", italic=True)
        return
    line = paragraph(document)
    run(line, f"Read and signed off by {moderation.moderator}, Head of Service, {when(moderation.date)}.", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        verdict = paragraph(document)
        agree = "I agree with the overall judgement" if moderation.grade == sample.grade else \
            "I do not agree with the overall judgement"
        run(verdict, f"{agree}. Moderated judgement: ", colour=ink)
        run(verdict, WORDS[moderation.grade], colour=ink, bold=True)
