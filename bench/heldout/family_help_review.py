"""Family Help case review: an Early Help service manager's review of one
family's Early Help episode, stage by stage along the family's journey
(hearing the child, the Early Help Assessment, the action plan, the family
support meetings of the Team Around the Family, the case coordinator's
part, the difference made), each stage judged on its own, then the
family's own words about the help, an overall judgement of the work, what
is working well and what needs to be better, actions, a safety question
and a manager's moderation. Two versions of the template: the Early Help
Assessment and plan review, and the Team Around the Family review.

Modelled on the Early Help pages of the Trafford Strategic Safeguarding
Partnership ("Reviewing an Early Help Assessment": the Case Coordinator /
Lead Practitioner reviews the Early Help Assessment and Action Plan with
the parents at least every six to eight weeks, before the family support
meeting; actions achieved and change sustained lead to closure, no
progress to reassessment, another service, or escalation to the front
door) and Trafford's "Case Co-ordinator Guidance (Early Family Support)"
(one practitioner coordinates the Team Around the Child or Family
meetings; the action plan is reviewed regularly), with the Family Help
offer and family hubs Trafford described to scrutiny in 2023. The pages
describe the process, not an audit tool, so the layout is our own
judgement: the journey stages as the parts of the review, the details
printed as a strip of shaded labels over their values three to a row,
each stage's findings beside a cell listing the four judgements with the
chosen one highlighted, ticked, left alone with the others struck through
or typed, the overall judgement as four grade columns marked beneath or a
line typed by the reviewer, the household line naming the other children,
and the moderation box for a Service Manager or Head of Service.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section
from bot.samples.tools import EHA_AUDIT, TAF_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    actions_table,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "family_help_review"

# The stages of the family's journey, in the order of the sample's areas
# (bot/samples/tool_phrases.py SECTIONS), each with what good looks like.
STAGES = {
    EHA_AUDIT: (
        ("Hearing the child", "The child has been seen and their wishes and feelings shape the plan."),
        ("The Early Help Assessment", "Needs and strengths of the whole family are understood and analysed."),
        ("The action plan", "Outcomes are SMART, owned by named people and reviewed every 6 to 8 weeks."),
        ("Working with the whole family", "Both parents, including fathers, and the wider network are involved."),
        ("Case coordinator support and supervision", "The coordinator's manager has given direction at key points."),
        ("Difference made for the family", "Actions achieved, change sustained, or next steps agreed."),
    ),
    TAF_AUDIT: (
        ("Hearing the child", "The child has been seen and their wishes and feelings shape the plan."),
        ("The family's plan", "Outcomes are SMART, owned by named people and written with the family."),
        ("Family support meetings (TAF)", "Meetings are held on time, the family attend and partners contribute."),
        ("Case coordinator role", "One practitioner coordinates the support and the family know who it is."),
        ("Difference made for the family", "Actions achieved, change sustained, or next steps agreed."),
    ),
}
TITLES = {
    EHA_AUDIT: ("Early Help Case Review: Assessment and Action Plan", "Family Help Case Review (Early Help Assessment)"),
    TAF_AUDIT: ("Team Around the Family (TAF) Case Review", "Family Help Case Review: Team Around the Family"),
}
REF_LABELS = ("EHM number", "Early Help Module ID", "EH ref.")
ROLES = {"early_help_manager": "Early Help Team Manager", "head_of_service": "Head of Service"}
GRADE_WORDS = {
    "short": {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
              INADEQUATE: "Inadequate"},
    "long": {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
             INADEQUATE: "Inadequate"},
}
BOX_TICKED, BOX_EMPTY = "\u2612", "\u2610"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
KEY = (
    (OUTSTANDING, "the family's lives have clearly changed and the change has lasted."),
    (GOOD, "the family are helped; the plan is reviewed and is making a difference."),
    (REQUIRES_IMPROVEMENT, "no one is left unsafe, but the help is not yet making a consistent difference."),
    (INADEQUATE, "needs or risks are missed, or the family are left without the help they need."),
)
RATIONALES = (
    "The stage findings above explain the judgement; the plan is reviewed but not always on time.",
    "Weighed across the stages, with most weight on the difference made for the family.",
    "Discussed with the case coordinator on the day of the review; see the stages above.",
)
NOT_MODERATED = ("Not selected for moderation.", "", "")
NO_ACTIONS = ("No further actions: the family's plan already covers what this review found.",
              "None – plan continues as agreed at the last family support meeting.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(5207)
    pool = tool_samples(24, seed=5207, today=today, kinds=(EHA_AUDIT, TAF_AUDIT))
    urgent = [sample for sample in pool if sample.urgent_concern][:2]
    others = [sample for sample in pool if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    # Some moderators conclude with a judgement, some leave comments only.
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:1]
    with_grade = [sample for sample in moderated if sample.moderation.grade is not None][: 5 - len(comments_only)]
    plain = [sample for sample in others if not sample.moderation]
    # One family whose help has failed them, where the pool has one.
    plain.sort(key=lambda sample: sample.grade != INADEQUATE)
    plain_eha = [sample for sample in plain if sample.kind == EHA_AUDIT]
    plain_taf = [sample for sample in plain if sample.kind == TAF_AUDIT]
    rest = count - len(urgent) - len(comments_only) - len(with_grade)
    chosen = urgent + comments_only + with_grade + plain_eha[: rest // 2] + plain_taf[: rest - rest // 2]
    rng.shuffle(chosen)
    # Habits of the managers who fill the forms in, spread over the files.
    blank_team = {2, 9}
    no_actions = {4, 11, 14}
    return [_form(rng, index, sample, today, team_blank=index in blank_team, drop_actions=index in no_actions)
            for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _reference(rng: random.Random, case_id: str) -> str:
    return rng.choice((f"EHM{case_id[:6]}", f"EHM-{case_id[1:7]}", f"EH/{case_id[:5]}", f"EH{case_id[2:7]}"))


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _form(rng: random.Random, index: int, sample, today: date, *, team_blank: bool, drop_actions: bool) -> HeldOutForm:
    kind = sample.kind
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    words = GRADE_WORDS[rng.choice(("short", "long"))]
    stage_style = rng.choice(("highlight", "box", "strike", "typed", "tick"))
    overall_style = rng.choice(("columns", "typed", "sentence"))
    household = siblings(rng, sample.child, rng.randint(0, 2), today)
    stages = STAGES[kind]
    old_names = [section.name for section in sample.sections]
    changes = {
        "sections": tuple(Section(name, section.grade, section.comment)
                          for (name, _), section in zip(stages, sample.sections)),
        "case_id": _reference(rng, sample.case_id),
    }
    if team_blank:
        changes["team"] = None
    if drop_actions:
        changes["actions"] = ()
    if household and rng.random() < 0.6:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    remarks = {}
    if moderation:
        renamed = dict(zip(old_names, (name for name, _ in stages)))
        remarks = {renamed[old]: remark for old, remark in moderation.section_comments.items() if old in renamed}

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand)
    run(header, "\tOFFICIAL – SENSITIVE")
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Early Help QA – case review tool v{rng.choice(('4', '4.1', '5'))} – family hubs", size=8)
    title = rng.choice(TITLES[kind])
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Review one family's Early Help episode from the request for support to the latest review. "
                        "Judge each stage of the journey, then the work as a whole. Talk to the case coordinator "
                        "before you finish.", italic=True)

    # Section 1: a strip of shaded labels over their values, three to a row.
    brand_heading(document, "Section 1: The family and the episode", brand)
    auditor = sample.auditor
    role = _role(auditor)
    started = sample.date - timedelta(days=rng.randint(70, 200))
    brothers_sisters = "; ".join(f"{name} (aged {_age(born, today)})" for name, born in household) or "None"
    meetings = str(rng.randint(2, 5)) if kind == TAF_AUDIT else rng.choice(("2", "3", "1 (initial TAF only)"))
    strip = [
        (rng.choice(REF_LABELS), sample.case_id),
        ("Child / young person", child.full_name),
        ("Date of birth", when(child.date_of_birth)),
        ("Case Coordinator / Lead Practitioner", sample.practitioner),
        ("Locality team", sample.team or ""),
        ("Service", sample.service),
        ("Reviewed by", f"{auditor} ({role})" if role and rng.random() < 0.5 else auditor),
        ("Date of review", when(sample.date)),
        ("Early Help episode opened", when(started)),
        ("Parents / carers", " and ".join(child.parents)),
        ("Other children in the household", brothers_sisters),
        ("Family support meetings held", meetings),
    ]
    grid = table(document, len(strip) // 3 * 2, 3)
    for position, (text, value) in enumerate(strip):
        row, column = position // 3 * 2, position % 3
        label(grid.cell(row, column), text, "DEEAF6")
        if value:
            write(grid.cell(row + 1, column), value)
    document.add_paragraph()

    if rng.random() < 0.5:
        paragraph(document, "How to judge each stage and the work as a whole", bold=True)
        for grade, meaning in KEY:
            line = paragraph(document)
            run(line, f"{words[grade]}: ", bold=True)
            run(line, meaning, italic=True)
        document.add_paragraph()

    # Section 2: the journey, stage by stage.
    brand_heading(document, "Section 2: The family's journey, stage by stage", brand)
    prefix = rng.choice(("Service Manager: ", "Moderator: ", "HoS – "))
    for number, (section, (_, hint)) in enumerate(zip(sample.sections, stages), start=1):
        paragraph(document, f"Stage {number}: {section.name}", bold=True, colour=brand)
        paragraph(document, f"What good looks like: {hint}", italic=True, size=9)
        block = table(document, 2, 2)
        label(block.cell(0, 0), "What the review found", "F2F2F2")
        label(block.cell(0, 1), "Judgement for this stage", "F2F2F2")
        write(block.cell(1, 0), section.comment)
        if section.name in remarks:
            write(block.cell(1, 0), f"{prefix}{remarks[section.name]}", colour=ink)
        _stage_judgement(rng, block.cell(1, 1), section.grade, stage_style, words)
        document.add_paragraph()

    # Section 3: the family's voice.
    brand_heading(document, "Section 3: The family's voice", brand)
    paragraph(document, rng.choice(("What did the child and family tell us about the help they received?",
                                    "In their own words: what the family say about the support")), bold=True)
    voice = next(own for own in sample.own if own.key == "family_voice")
    box = table(document, 1, 1)
    write(box.cell(0, 0), voice.written)
    document.add_paragraph()

    # Section 4: the overall judgement.
    brand_heading(document, "Section 4: Overall judgement of the work with this family", brand)
    if overall_style == "columns":
        marker = rng.choice(MARKS)
        grades = table(document, 2, 4)
        for column, grade in enumerate(ORDER):
            label(grades.cell(0, column), words[grade], "DEEAF6")
            if grade == sample.grade:
                mark(grades.cell(1, column), marker)
    elif overall_style == "typed":
        line = paragraph(document, "Overall judgement: ", bold=True)
        run(line, informal_grade(rng, sample.grade, note_chance=0.3))
    else:
        grade = words[sample.grade].lower() if rng.random() < 0.5 else informal_grade(rng, sample.grade)
        paragraph(document, f"Overall I would judge the Early Help work with this family as {grade}.")
    line = paragraph(document, "Why: ", bold=True)
    run(line, rng.choice(RATIONALES))
    document.add_paragraph()

    # Section 5: working well and needing to be better.
    brand_heading(document, "Section 5: Learning from this review", brand)
    headings = rng.choice((("What is working well for this family", "What needs to be better"),
                           ("Strengths in the work", "Areas to develop")))
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for item in items:
            paragraph(document, f"{bullet}{item}")
    document.add_paragraph()

    # Section 6: actions.
    brand_heading(document, "Section 6: Actions agreed with the case coordinator", brand)
    actions_table(document, rng, sample.actions, (("What needs to happen", "Who", "By when"), ("Action", "Owner", "Timescale")),
                  NO_ACTIONS, when)
    document.add_paragraph()

    # Section 7: safety.
    brand_heading(document, "Section 7: Safety", brand)
    safety = table(document, 2, 2)
    label(safety.cell(0, 0), "Has this review found any child in the family at risk of significant harm now? "
                             "If yes, tell your manager and contact the Children's Front Door today.")
    answer = ("YES", "Yes") if sample.urgent_concern else ("NO", "No", "No concerns")
    write(safety.cell(0, 1), rng.choice(answer), bold=True)
    label(safety.cell(1, 0), "If yes: what was done, by whom and when")
    if sample.urgent_concern_detail:
        write(safety.cell(1, 1), sample.urgent_concern_detail)
    document.add_paragraph()

    # Section 8: moderation.
    brand_heading(document, rng.choice(("Section 8: Service Manager moderation",
                                        "Section 8: Moderation (Service Manager or Head of Service)")), brand)
    paragraph(document, "The moderator reads the record and this review and types in a different colour.",
              italic=True, size=9)
    moderation_box(document, rng, sample, moderation,
                   labels=("Moderated by", "Date moderated", "Do you agree with the overall judgement?",
                           "Moderated judgement", "Moderator's comments"),
                   agree=("Yes", "No"), not_moderated=NOT_MODERATED, ink=ink, when=when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _stage_judgement(rng: random.Random, cell, grade: str, style: str, words: dict[str, str]) -> None:
    """The stage's judgement as the reviewer marks it in the template's cell
    of four judgements, or typed over them."""
    if style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.25))
        return
    for option in ORDER:
        chosen = option == grade
        text = words[option]
        if style == "highlight":
            write(cell, text, highlight=chosen, bold=chosen)
        elif style == "box":
            write(cell, f"{BOX_TICKED if chosen else BOX_EMPTY} {text}")
        elif style == "strike":
            write(cell, text, strike=not chosen)
        else:
            write(cell, f"{text} \u2713" if chosen else text, bold=chosen)
