"""Neglect dip sample: a practice manager's themed look at a handful of
children's cases where neglect is the main worry, written up on one Word
form for the Head of Service to sign off. The form names the theme and
the question the sample set out to answer, who led it and when, how many
cases were sampled and their references (no child's name: the cases are
listed by reference only), then grades five or six areas of neglect
practice across the whole sample, gives an overall judgement, says what
is working well and what needs to improve, lists service actions with an
owner and a date, answers whether any case needed escalating the same
day, and closes with the Head of Service's sign-off.

Modelled on the Blackpool Safeguarding Partnership's "Neglect Strategy
for Children, Young People and Families 2025 – 2028": neglect a strategic
priority of Blackpool's multi-agency safeguarding arrangements for over
five years, learning from practice reviews that delay in recognising
neglect increases harm, a commitment to identify and assess the impact of
neglect at the earliest opportunity with the Graded Care Profile (GCP2 and
GCP2a), and alignment with Families First (family help, partnership
working, family-led decision-making). The strategy publishes no audit
form, so the layout is our judgement: the details as a two-column table,
as "Label: value" lines, or as a four-column grid; the cases as a small
numbered table or a comma-separated line, with the case system's prefix
or without; each area's grade written in a column, marked under four
grade columns, given as a number from a printed key, or picked from the
four options by highlighting or by striking through the others; actions
as a table, as numbered lines or a "no actions" sentence; and the Head of
Service's sign-off typed in a colour as a box or as lines.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF
from bot.samples.forms import Moderation, SampleAction, Section
from bot.samples.people import head_of_service_over
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
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
    mark,
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "neglect_dip_sample"
SEED = 9131
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}

THEMES = (
    "Neglect – early recognition and use of the Graded Care Profile 2",
    "Chronic neglect: children subject to a child protection plan for neglect",
    "Neglect in Family Help – step down from CIN",
    "Neglect of adolescents",
    "Pre-birth and under-2s where neglect is the main concern",
)
QUESTIONS = (
    "Are we recognising neglect early and assessing its impact on the child?",
    "Is the GCP2 being used to measure change, and is the child's life improving?",
    "Do plans for neglected children lead to lasting change without drift?",
)
# Two printed sets of areas; each form uses five or six from one set.
AREAS = (
    ("Early recognition of neglect", "Use of the Graded Care Profile (GCP2 / GCP2a)",
     "The child's lived experience", "Working with the family (family-led decisions)",
     "Partnership working and information sharing", "Management oversight and drift"),
    ("Identifying neglect", "GCP2 completed and used to measure change", "Voice and daily life of the child",
     "Family network and family group conference", "Multi-agency plan", "Impact: is the child's life better?"),
)
AREA_COMMENTS = {
    OUTSTANDING: ("Consistently strong across the sample; GCP2 scores reviewed at each core group.",
                  "Every case shows the child's day described in detail and used in the plan."),
    GOOD: ("Seen in most of the cases sampled; evidence is clear on file.",
           "Generally good – two cases had a recent GCP2 that informed the plan.",
           "Partners attended and contributed in nearly every case."),
    REQUIRES_IMPROVEMENT: ("Inconsistent – seen in about half of the cases sampled.",
                           "GCP2 started but not reviewed, so change cannot be measured.",
                           "Plans repeat the same actions month after month; some drift."),
    INADEQUATE: ("Not evident in most cases; neglect accepted as the norm for the family.",
                 "No assessment of the impact of neglect on the child in the majority of cases."),
}
STRENGTHS = (
    "In 5 of the 6 cases sampled the GCP2 was completed with the parents and shared with them.",
    "Children's bedrooms, meals and school attendance were described in visit records.",
    "Health visitors and schools were invited to every core group in the sample.",
    "Family network meetings were held in most cases before any escalation.",
    "In 4 of the 6 cases sampled the chronology showed the pattern of neglect over time.",
    "Managers recorded clear reasons for decisions at step down.",
)
IMPROVE = (
    "In 3 of the 6 cases sampled the GCP2 had not been repeated, so progress could not be measured.",
    "Fathers and male carers were not assessed in half of the cases.",
    "Dental and health appointments missed were not followed up with the family.",
    "Plans did not say what good enough care looks like for the child.",
    "Cases stepped down to Family Help without a review of the GCP2 scores.",
)
ACTIONS = (
    "Refresh GCP2 training for all social workers and Family Help practitioners.",
    "Add a GCP2 review date to the child protection plan template.",
    "Practice managers to check fathers' involvement in supervision for every neglect case.",
    "Re-sample six neglect cases in three months to test the impact of the actions.",
    "Share the findings at the next Neglect Strategy subgroup.",
)
NO_ACTIONS = ("No new actions – the findings feed the existing Neglect Strategy action plan.",
              "No actions from this sample; learning shared at the service meeting.")
URGENT_DETAILS = (
    "case {ref}: home conditions described at the last visit were not acted on; discussed with the team manager "
    "and a strategy discussion was held the same day.",
    "case {ref}: no visit for eight weeks to a baby under one; escalated to the Head of Service and visited today.",
)
HOS_COMMENTS = {
    "confirms": ("I agree with the overall judgement. A well evidenced sample with realistic actions.",
                 "Agreed – the findings match what we see at performance clinic."),
    "changes": ("Having read two of the cases myself, I do not think the judgement reflects the drift we saw.",
                "The sample is stronger than the write-up suggests; impact for children is clear in most cases."),
    "comments": ("Please take the actions to the Neglect Strategy subgroup and report back in March.",
                 "Thank you. I would like fathers' involvement tracked in the next sample."),
}
AREA_REMARKS = ("Agree.", "Agree – well evidenced.", "I would want to see more evidence here.",
                "Check the GCP2 dates before the sample is reported.")
STATUS = ("CP – neglect", "CIN", "CP", "Family Help", "CIN – step down", "CLA")


def _staff(role: str) -> list:
    return [member for member in STAFF if member.role == role]


def _outcomes(count: int) -> list[str]:
    plan = ["urgent"] * 2 + ["comments"] * 2 + ["changes"] * 3 + ["confirms"] * 2
    return plan + ["plain"] * (count - len(plan))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    outcomes = _outcomes(count)
    rng.shuffle(outcomes)
    return [_form(rng, index, sample, outcome, today) for index, (sample, outcome)
            in enumerate(zip(pool, outcomes))]


def _nearby(rng: random.Random, grade: str, step: int) -> str:
    return GRADES[min(max(GRADES.index(grade) + step, 0), 3)]


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("table", "lines", "grid"))
    grade_style = ("column", "columns", "number", "highlight", "strike")[index % 5]
    cases_style = rng.choice(("table", "line"))
    actions_style = rng.choice(("table", "lines", "table"))

    # The lead auditor: a practice manager; sign-off by the Head of Service over them.
    lead = rng.choice(_staff("practice_manager") + _staff("safeguarding_practice_manager"))
    head = head_of_service_over(lead) or rng.choice(_staff("head_of_service"))
    written = sample.date

    # The cases sampled, as the form writes them.
    ids = [value for own in sample.own if own.key == "sampled_case_ids" for value in (own.expected or [])]
    while len(ids) < 4:
        ids.append(f"{rng.randint(1000000, 9999999)}")
    prefixed = rng.random() < 0.5
    refs = [case_reference(rng, case) if prefixed else case for case in ids]
    if prefixed:  # one system prefix per form
        prefix = refs[0][: len(refs[0]) - 7]
        refs = [f"{prefix}{case}" for case in ids]
    total = len(refs)

    theme = rng.choice(THEMES)
    areas = AREAS[index % 2][: rng.choice((5, 6))]
    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    grades = [_nearby(rng, grade, rng.choice((-1, 0, 0, 0, 1))) for _ in areas]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, rng.choice(AREA_COMMENTS[given])) for name, given in zip(areas, grades))

    moderation = None
    remarks: dict[str, str] = {}
    if outcome in ("comments", "changes", "confirms"):
        if outcome == "changes":
            step = 1 if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6) else -1
            moderated = _nearby(rng, grade, step)
        else:
            moderated = grade if outcome == "confirms" else None
        remarks = {name: rng.choice(AREA_REMARKS) for name in rng.sample(areas, rng.randint(0, 2))}
        moderation = Moderation(head.name, min(today, written + timedelta(days=rng.randint(3, 10))),
                                (rng.choice(HOS_COMMENTS[outcome]),), remarks, moderated)

    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), total)
    improve = recount(tuple(rng.sample(IMPROVE, rng.randint(1, 3))), total)
    actions: tuple[SampleAction, ...] = ()
    if rng.random() > 0.15:
        owners = (lead.name, head.name, "Practice Manager", "QA Team")
        actions = tuple(SampleAction(text, rng.choice(owners), written + timedelta(days=rng.randint(21, 70)))
                        for text in rng.sample(ACTIONS, rng.randint(1, 3)))
    urgent = outcome == "urgent"
    detail = rng.choice(URGENT_DETAILS).format(ref=rng.choice(refs)) if urgent else None

    show_count = rng.random() < 0.8
    own = [ToolField("theme", "Theme", theme, theme)]
    if show_count:
        own.append(ToolField("cases_sampled", "Number of cases sampled", str(total), total))
    own.append(ToolField("sampled_case_ids", "Cases sampled", ", ".join(refs), list(refs)))
    sample = replace(sample, auditor=lead.name, service=lead.service, practitioner=None, team=None, case_id=None,
                     child=None, grade=grade, sections=sections, strengths=strengths, development_areas=improve,
                     actions=actions, own=tuple(own), urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderated_kind=True, moderation=moderation)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("Neglect dip sample template v2 – OFFICIAL-SENSITIVE",
                            "QA Team – themed audit – v3.1 (2025)")), size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Neglect Dip Sample", "Themed Dip Sample – Neglect", "Neglect Themed Audit: Dip Sample Record"))
    brand_heading(document, title.upper() if rng.random() < 0.4 else title, brand, size=16)
    paragraph(document, rng.choice(QUESTIONS), italic=True)

    # Part A: details.
    brand_heading(document, "Part A – About this sample", brand, size=12)
    lead_text = lead.name
    if rng.random() < 0.4:
        lead_text = f"{lead.name} ({'Practice Manager' if lead.role == 'practice_manager' else 'Safeguarding PM'})"
    rows = [("Theme", theme),
            (rng.choice(("Lead auditor", "Audit completed by", "Lead")), lead_text),
            (rng.choice(("Service", "Service area")), lead.service),
            (rng.choice(("Date completed", "Date of dip sample", "Date")), when(written))]
    if show_count:
        rows.append((rng.choice(("Number of cases sampled", "No. of cases", "Cases in sample")), str(total)))
    if details_style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_style == "lines":
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    else:
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[(position % 2) * 2], text, "E7E6E6")
            write(cells[(position % 2) * 2 + 1], value)
    document.add_paragraph()

    paragraph(document, rng.choice(("Cases sampled", "Case references sampled", "Cases in the sample")), bold=True,
              colour=brand)
    if cases_style == "table":
        grid = table(document, total + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("No.", "Case reference", "Status at audit")):
            label(cell, text, "DEEAF6")
        for number, (row, ref) in enumerate(zip(grid.rows[1:], refs), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], ref)
            write(row.cells[2], rng.choice(STATUS))
    else:
        paragraph(document, ", ".join(refs))
    document.add_paragraph()

    # Part B: the areas graded across the sample.
    brand_heading(document, "Part B – Findings across the sample", brand, size=12)
    if grade_style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", italic=True,
                  size=9)
    elif grade_style in ("highlight", "strike"):
        paragraph(document, "Highlight the judgement that applies." if grade_style == "highlight"
                  else "Delete (strike through) the judgements that do not apply.", italic=True, size=9)
    prefix = rng.choice(("HoS: ", "Head of Service: ", ""))
    if grade_style == "columns":
        order = rng.choice(GRADE_COLUMNS)
        style = rng.choice(("X", "x", "\u2713", ""))
        grid = table(document, len(sections) + 1, 6)
        header = ("Area", *(text for _, text in order), "Evidence from the cases")
        for cell, text in zip(grid.rows[0].cells, header):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            for position, (value, _) in enumerate(order, start=1):
                if value == section.grade:
                    mark(row.cells[position], style)
            write(row.cells[5], section.comment)
            if section.name in remarks:
                write(row.cells[5], f"{prefix}{remarks[section.name]}", colour=ink)
    else:
        grid = table(document, len(sections) + 1, 3)
        header = ("Area of practice", "Evidence from the cases",
                  {"column": "Judgement", "number": "Score (1–4)", "highlight": "Judgement",
                   "strike": "Judgement"}[grade_style])
        for cell, text in zip(grid.rows[0].cells, header):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], f"{prefix}{remarks[section.name]}", colour=ink)
            _grade(rng, row.cells[2], grade_style, section.grade)
    document.add_paragraph()

    overall = paragraph(document, rng.choice(("Overall judgement for the sample: ", "Overall grade: ",
                                              "Overall, practice with neglected children in this sample is: ")),
                        bold=True)
    if grade_style == "number":
        run(overall, f"{NUMBERS[grade]} ({WORDS[grade]})" if rng.random() < 0.5 else NUMBERS[grade], bold=True)
    elif grade_style in ("highlight", "strike"):
        for position, option in enumerate(GRADES):
            if position:
                run(overall, " / ")
            if grade_style == "highlight":
                run(overall, WORDS[option], highlight=option == grade)
            else:
                run(overall, WORDS[option], strike=option != grade)
    else:
        run(overall, informal_grade(rng, grade))
    document.add_paragraph()

    # Part C: working well, to improve, actions.
    brand_heading(document, "Part C – Learning", brand, size=12)
    headings = rng.choice((("What is working well?", "What needs to improve?"),
                           ("Strengths", "Areas for improvement"),
                           ("Working well", "Worries / gaps")))
    for heading, items in zip(headings, (strengths, improve)):
        paragraph(document, heading, bold=True)
        for item in items:
            paragraph(document, f"\u2022 {item}")
    paragraph(document, rng.choice(("Recommendations / actions", "Actions (who and by when)", "Service actions")),
              bold=True)
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    elif actions_style == "table":
        grid = table(document, len(actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Owner", "By when"),
                                                              ("Recommendation", "Lead", "Target date")))):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(actions, start=1):
            paragraph(document, f"{number}. {action.action} Owner: {action.owner}. By {when(action.due)}.")
    document.add_paragraph()

    # Escalation.
    paragraph(document, rng.choice(("Did any case in the sample need escalating today for a child's safety?",
                                    "Immediate safeguarding concerns identified in any case? (Y/N)")), bold=True)
    if urgent:
        paragraph(document, f"Yes – {detail}")
    else:
        paragraph(document, rng.choice(("No", "N", "No – none identified.")))
    document.add_paragraph()

    # Part D: sign-off.
    brand_heading(document, "Part D – Head of Service sign-off", brand, size=12)
    _sign_off(rng, document, sample, moderation, ink, when)
    data = finish_docx(document, title, (moderation or sample).date, moderation.moderator if moderation else lead.name)
    return held_out(FAMILY, index, sample, data, "docx")


def _grade(rng: random.Random, cell, style: str, grade: str) -> None:
    if style == "column":
        write(cell, informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        write(cell, NUMBERS[grade])
    else:
        line = write(cell, "")
        for position, option in enumerate(GRADES):
            if position:
                run(line, " / ")
            if style == "highlight":
                run(line, WORDS[option], highlight=option == grade, bold=option == grade)
            else:
                run(line, WORDS[option], strike=option != grade)


def _sign_off(rng: random.Random, document, sample, moderation, ink: str, when) -> None:
    if moderation is None:
        if rng.random() < 0.5:
            grid = table(document, 3, 2)
            for row, text in zip(grid.rows, ("Head of Service", "Date", "Comments")):
                label(row.cells[0], text, "F2F2F2")
        else:
            paragraph(document, rng.choice(("Awaiting Head of Service sign-off.", "Not yet signed off.")),
                      italic=True)
        return
    if rng.random() < 0.5:
        rows = [("Head of Service", moderation.moderator), ("Date signed off", when(moderation.date))]
        if moderation.grade:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            rows.append(("Agree with the overall judgement?", agree))
            rows.append(("Head of Service judgement", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"Signed off by {moderation.moderator}, Head of Service, {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Moderated judgement: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
