"""Themed practice review: a thematic audit of a handful of children's
cases on one theme (neglect, the experiences of care leavers, children
with disabilities, domestic abuse at the front door, exploitation, the
voice of the child), written up on one Word form by the lead auditor and
signed off by the Head of Service. The review details (theme, lead
auditor, service, date, how many cases and their references), the areas
looked at across the sample each with a judgement and how many of the
cases met the expectation, an overall judgement, what is working well and
what needs to improve, recommendations with an owner and a date, the
question whether any case needed escalating at once, and the Head of
Service's sign-off.

Modelled on Wokingham Borough Council's children's social care as its
published freedom of information answer on quality assurance describes it
(audit tools bespoke to the service and shared only through South East
partnership arrangements; thematic audits, sometimes by commissioned
auditors, of the cases held by the Children with Disabilities Team, the
experiences of care leavers, cases where neglect is the cause and the
thresholds applied to contacts and referrals where domestic abuse is a
feature; the work coordinated by a quality assurance officer; Mosaic as
the case system). The council does not publish the tool, so the layout is
our judgement throughout: the details as a two-column table, a
four-column table or typed "Label: value" lines; the cases sampled in the
details or in a small table of their own; the areas' judgements as marks
under four grade columns, words typed in a column, numbers on a printed
1–4 key, or the four grades with the others struck through or the chosen
one highlighted; the actions as a table, numbered lines or a "no
recommendations" sentence; and the Head of Service's sign-off typed in a
colour as a short block or a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, STAFF, SampleAction, Section, sample_forms
from bot.samples.forms import Moderation
from bot.samples.ooxml import shade
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MARK_SHADE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
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

FAMILY = "themed_practice_review"
SEED = 9563
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}

THEMES = (
    "Children with disabilities – planning and review",
    "Care leavers: experiences and pathway plans",
    "Neglect",
    "Domestic abuse – thresholds at contact and referral",
    "Child exploitation (criminal and sexual)",
    "The voice of the child",
)
TITLES = ("Themed Practice Review", "Thematic Audit – Findings and Sign-off", "Practice Review (Themed Audit)")

# Two sets of areas, in the order of the sample's sections.
AREAS = (
    ("Identification of the theme at the first contact",
     "Assessment: is the impact on the child understood?",
     "The child's voice and lived experience",
     "Plans: specific, reviewed and making a difference",
     "Working with partners",
     "Management oversight and supervision",
     "Recording and chronology"),
    ("Response at the front door",
     "Quality of assessment and analysis",
     "Seeing and hearing the child",
     "Planning and progress for the child",
     "Multi-agency information sharing",
     "Management grip and decision making",
     "Use of tools and research (e.g. GCP2, DASH)"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Consistently strong across the sample; examples worth sharing at the practice forum.",
                  "Every case showed this clearly and the difference for the children is evident."),
    GOOD: ("Most cases showed this well; one or two were less clear.",
           "Generally good. Evidence was easy to find on Mosaic in the cases looked at."),
    REQUIRES_IMPROVEMENT: ("Inconsistent – done well in some cases but missing in others.",
                           "Present in places but not driving the work forward in most cases."),
    INADEQUATE: ("Missing in most of the cases sampled; children left without the right response.",
                 "Little evidence across the sample; this needs urgent attention."),
}
STRENGTHS = (
    "In 4 of the 6 cases sampled the worker knew the child well and wrote about them warmly.",
    "Strategy discussions were held promptly where they were needed.",
    "Health partners contributed to every review meeting in the sample.",
    "Direct work tools were used well to capture what children think.",
    "Chronologies were up to date in most cases and used in the analysis.",
    "Supervision records show reflective discussion of the theme.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases sampled the plan did not say who would do what by when.",
    "The impact of the theme on the child's daily life is not always analysed.",
    "Fathers and male carers were rarely seen or spoken to.",
    "Case summaries were not updated after significant events.",
    "Research-informed tools were not used consistently.",
)
URGENT = (
    "Case {ref}: no visit recorded for nine weeks while concerns continued. Raised with the Team Manager "
    "the same day and a visit arranged.",
    "Case {ref}: a new disclosure had not led to a strategy discussion. Escalated to the Head of Service on "
    "the day of the audit.",
    "Case {ref}: the child has been missing from school for three weeks with no follow-up. Passed to the "
    "Team Manager for action today.",
)
MODERATION_AGREE = ("I have read the review and agree with the overall judgement.",
                    "A fair and balanced review; the judgement is supported by the evidence.")
MODERATION_LOWER = ("Having looked at two of the cases myself, the evidence does not support the judgement given.",
                    "The findings under planning and oversight point to a lower judgement overall.")
MODERATION_RAISE = ("The review underplays the progress made; the evidence supports a higher judgement.",)
MODERATION_REMARK = ("Please bring the findings to the next service meeting.",
                     "I will pick up the planning themes with the team managers.",
                     "Useful review – the recommendations should be tracked through the QA log.")
NO_ACTIONS = ("No recommendations – the service improvement plan already covers the findings.",
              "None arising from this review.")
ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager",
         "head_of_service": "Head of Service"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    tools = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    return [_form(rng, index, sample, tool) for index, (sample, tool) in enumerate(zip(chosen[:count], tools))]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _weekday(day: date) -> date:
    while day.weekday() >= 5 or (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
        day += timedelta(days=1)
    return day


def _combine(rng: random.Random, sample, tool, show_team: bool, show_service: bool):
    """The thematic tool sample carrying the case audit's judgements,
    moderation and escalation, in this form's words."""
    case_ids = tuple(dict.fromkeys(f"{rng.randint(1, 9)}{rng.randint(0, 999999):06}" for _ in range(rng.randint(4, 8))))
    prefix = rng.choice(CASE_PREFIXES) if rng.random() < 0.5 else ""
    references = [f"{prefix}{case_id}" for case_id in case_ids]
    theme = rng.choice(THEMES)
    areas = rng.choice(AREAS)
    sections = tuple(Section(name, section.grade, rng.choice(AREA_COMMENTS[section.grade]))
                     for name, section in zip(areas, sample.sections))
    moderation = None
    if sample.moderation:
        if sample.moderation.grade is None:
            pool = MODERATION_REMARK
        elif sample.moderation.grade == sample.grade:
            pool = MODERATION_AGREE
        elif ORDER.index(sample.moderation.grade) > ORDER.index(sample.grade):
            pool = MODERATION_LOWER
        else:
            pool = MODERATION_RAISE
        moderation = Moderation(sample.moderation.moderator, sample.moderation.date,
                                tuple(rng.sample(pool, min(len(pool), rng.randint(1, 2)))), {},
                                sample.moderation.grade)
    actions = ()
    if rng.random() > 0.15:
        owners = {"Social worker": rng.choice(("Team managers", "Principal Social Worker")),
                  "Practice manager": rng.choice(("Practice managers", "QA Officer"))}
        actions = tuple(SampleAction(action.action, owners.get(action.owner, action.owner),
                                     _weekday(sample.date + timedelta(days=rng.randint(21, 70))))
                        for action in tool.actions)
    total = len(references)
    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), total)
    development = recount(tuple(rng.sample(DEVELOPMENT, rng.randint(1, 3))), total)
    detail = rng.choice(URGENT).format(ref=rng.choice(references)) if sample.urgent_concern else None
    own = (ToolField("theme", "Theme", theme, theme),
           ToolField("cases_sampled", "Number of cases", str(total), total),
           ToolField("sampled_case_ids", "Case references", ", ".join(references), references))
    return replace(tool, auditor=sample.auditor, service=sample.service if show_service else None,
                   team=sample.team if show_team else None, date=sample.date, grade=sample.grade,
                   sections=sections, strengths=strengths, development_areas=development, actions=actions,
                   own=own, urgent_question=True, urgent_concern=sample.urgent_concern,
                   urgent_concern_detail=detail, moderated_kind=True, moderation=moderation)


def _form(rng: random.Random, index: int, sample, tool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "four", "lines"))
    grade_style = rng.choice(("columns", "words", "numbers", "strike", "highlight"))
    show_team = rng.random() < 0.45
    show_service = rng.random() < 0.8
    review = _combine(rng, sample, tool, show_team, show_service)
    theme, _, references = (field.expected for field in review.own)
    moderation = review.moderation

    document = new_document(rng, landscape=grade_style == "columns" and rng.random() < 0.5)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA – themed review template v{rng.choice(('2', '2.3', '3'))} | OFFICIAL – SENSITIVE", size=8)

    title = rng.choice(TITLES)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    paragraph(document, "Quality Assurance and Practice Improvement", size=9, colour="595959")
    brand_heading(document, title.upper() if rng.random() < 0.4 else title, brand, size=16)
    paragraph(document, "Complete one form for each themed review. Cases are identified by their Mosaic "
                        "reference only – no names.", italic=True, size=9)

    # Review details.
    auditor = review.auditor
    role = _role(auditor)
    if role and rng.random() < 0.5:
        auditor = f"{auditor} ({role})"
    count_label = rng.choice(("Number of cases", "No. of cases sampled", "Cases looked at"))
    refs_label = rng.choice(("Case references (Mosaic)", "Mosaic IDs", "Case refs"))
    refs_joined = rng.choice((", ", "; ", " / ")).join(references)
    cases_table = rng.random() < 0.4
    pairs = [(rng.choice(("Theme", "Theme of review", "Focus")), theme),
             (rng.choice(("Lead auditor", "Review led by", "Lead reviewer")), auditor)]
    if show_service:
        pairs.append((rng.choice(("Service", "Service area")), review.service))
    if show_team:
        pairs.append((rng.choice(("Team", "Team(s) holding the cases")), review.team))
    pairs.append((rng.choice(("Date of review", "Date completed", "Date")), when(review.date)))
    pairs.append((count_label, str(len(references))))
    if not cases_table:
        pairs.append((refs_label, refs_joined))
    brand_heading(document, "Part A – About this review", brand)
    if details_style == "pairs":
        grid = table(document, len(pairs), 2)
        for row, (text, value) in zip(grid.rows, pairs):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif details_style == "four":
        grid = table(document, (len(pairs) + 1) // 2, 4)
        for position, (text, value) in enumerate(pairs):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, "EDEDED")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        for text, value in pairs:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    if cases_table:
        paragraph(document, rng.choice(("Cases sampled", "The cases in this sample")), bold=True)
        grid = table(document, len(references) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("No.", refs_label, "Legal status")):
            label(cell, text, "EDEDED")
        for number, (row, reference) in enumerate(zip(grid.rows[1:], references), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], reference)
            write(row.cells[2], rng.choice(("CIN", "CP", "CLA", "Care leaver", "EH step-up")))
    document.add_paragraph()

    # Areas across the sample.
    brand_heading(document, "Part B – Findings across the sample", brand)
    if grade_style == "numbers":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True)
    elif grade_style in ("strike", "highlight"):
        paragraph(document, "Strike out the judgements that do not apply." if grade_style == "strike"
                  else "Highlight the judgement that applies.", italic=True)
    total = len(references)
    if grade_style == "columns":
        grid = table(document, len(review.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence from the sample", *(SHORT[g] for g in ORDER))):
            label(cell, text, "DDEBF7")
        symbol = rng.choice(("X", "\u2713", "x", ""))
        for row, section in zip(grid.rows[1:], review.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], f"{section.comment} ({_met(rng, section.grade, total)} of {total} met)")
            cell = row.cells[2 + ORDER.index(section.grade)]
            if symbol:
                write(cell, symbol, bold=True)
            else:
                shade(cell._tc, MARK_SHADE)
    else:
        heads = ("Area", "What we found", rng.choice(("Judgement", "Grade", "Rating")))
        grid = table(document, len(review.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "DDEBF7")
        for row, section in zip(grid.rows[1:], review.sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[1], f"Met in {_met(rng, section.grade, total)} of {total} cases.", italic=True)
            _grade(rng, row.cells[2], grade_style, section.grade)
    document.add_paragraph()

    overall = paragraph(document, rng.choice(("Overall judgement across the sample: ", "Overall grade: ",
                                              "Overall judgement for the theme: ")), bold=True)
    if grade_style == "columns":
        run(overall, informal_grade(rng, review.grade), bold=True)
    elif grade_style == "numbers":
        run(overall, str(ORDER.index(review.grade) + 1), bold=True)
        if rng.random() < 0.5:
            run(overall, f" ({WORDS[review.grade]})")
    elif grade_style == "words":
        run(overall, informal_grade(rng, review.grade))
    else:
        _options(overall, grade_style, review.grade)
    document.add_paragraph()

    # Working well / to improve.
    brand_heading(document, "Part C – What we learned", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths", "Areas for improvement"),
                           ("Working well", "Worries / what needs to change")))
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (review.strengths, review.development_areas))):
            label(grid.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(grid.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (review.strengths, review.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}")
    document.add_paragraph()

    # Recommendations.
    brand_heading(document, "Part D – Recommendations", brand)
    if not review.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Recommendation", "Owner", "By when"), ("Action", "Lead", "Target date", "Progress")))
        grid = table(document, len(review.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], review.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(review.actions, start=1):
            paragraph(document, f"{number}. {action.action} Owner: {action.owner}. By {when(action.due)}.")
    document.add_paragraph()

    # Escalation.
    question = paragraph(document, rng.choice((
        "Did any case in the sample need escalating straight away? ",
        "Immediate safeguarding concerns identified in any case? ")), bold=True)
    if review.urgent_concern:
        run(question, "Yes")
        paragraph(document, review.urgent_concern_detail)
    else:
        run(question, rng.choice(("No", "No.", "None identified")))
    document.add_paragraph()

    # Sign-off.
    brand_heading(document, "Part E – Head of Service sign-off", brand)
    if moderation is None:
        grid = table(document, 2, 2)
        for row, text in zip(grid.rows, ("Signed (Head of Service)", "Date")):
            label(row.cells[0], text, "EDEDED")
        if rng.random() < 0.5:
            paragraph(document, "Awaiting Head of Service sign-off.", italic=True)
    elif rng.random() < 0.5:
        paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", bold=True,
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agreed = paragraph(document, "Agreed overall judgement: " if moderation.grade == review.grade
                               else "Overall judgement changed to: ", bold=True, colour=ink)
            run(agreed, informal_grade(rng, moderation.grade), colour=ink)
    else:
        rows = [("Head of Service", moderation.moderator), ("Date signed off", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the overall judgement?",
                         "Yes" if moderation.grade == review.grade else "No"))
            rows.append(("Judgement after moderation", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value, colour=ink)

    data = finish_docx(document, title, (moderation or review).date,
                       moderation.moderator if moderation else review.auditor)
    return held_out(FAMILY, index, review, data, "docx")


def _met(rng: random.Random, grade: str, total: int) -> int:
    share = {OUTSTANDING: 1.0, GOOD: 0.8, REQUIRES_IMPROVEMENT: 0.5, INADEQUATE: 0.2}[grade]
    return max(0, min(total, round(total * share) + rng.choice((-1, 0, 0)) * (grade != OUTSTANDING)))


def _grade(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "words":
        write(cell, informal_grade(rng, grade, note_chance=0.2))
    elif style == "numbers":
        write(cell, str(ORDER.index(grade) + 1), bold=True)
    else:
        _options(cell.paragraphs[0], style, grade, lines=True, cell=cell)


def _options(line, style: str, grade: str, *, lines: bool = False, cell=None) -> None:
    """The four grades printed, the others struck through or the chosen one
    highlighted."""
    for position, option in enumerate(ORDER):
        if lines and position:
            line = cell.add_paragraph()
        elif position:
            run(line, " / ")
        if style == "strike":
            run(line, WORDS[option], strike=option != grade)
        else:
            run(line, WORDS[option], highlight=option == grade, bold=option == grade)
