"""Joint inspection theme review: a council's own rehearsal of the "deep
dive" part of a joint targeted area inspection (JTAI). A quality assurance
or practice lead takes one theme (domestic abuse, neglect, exploitation and
children missing, children's mental health), tracks a few children's
experiences end to end and reviews the records of a few more, and writes
the findings up on one Word form for the Head of Service. The form has
numbered sections: the scope (theme, who led the review, service, date
completed, the period of practice looked at, how many children), the
children tracked and reviewed (case references only, sometimes with the
other children in the household), one block per strand of the
multi-agency response with what was found across the children and an
evaluation, the overall evaluation, what is making a difference and what
needs to be better, what families told the reviewer (on some forms),
recommendations with a lead and a date, whether any child needed action
that day, and the Head of Service's moderation.

Modelled on what the joint inspectorates publish about JTAI deep dives.
HM Inspectorate of Constabulary and Fire & Rescue Services' page "Joint
targeted child protection inspections" (hmicfrs.justiceinspectorates.gov.uk)
says the inspections are carried out with Ofsted and the Care Quality
Commission, review the response to abuse, neglect and exploitation at the
point of identification, the quality of assessment, planning and
decision-making, and the leadership and management of local safeguarding
arrangements, and include a "deep dive" – an evaluation of children's
experiences whose theme changes from time to time (children at risk of
sexual exploitation and missing from home, school or care; children living
with domestic abuse). The GOV.UK page "Joint targeted area inspections on
the theme of children's mental health" (guidance for inspectors from
September 2019) says the deep dive looks at how local services respond to
children aged 10 to 15 living with mental ill health who are on a child in
need or child protection plan or looked after. The guidance itself (Ofsted,
July 2019, no. 190035; and its neglect counterpart, April 2017, no. 170018,
on children aged 7 to 15 who have been neglected) was read only as far as
its contents and opening: inspectors "track and sample" children's
experiences, tracking being an in-depth "end-to-end" look at a few
children, and an Annex B holds a "tool for tracking children's
experiences". That tool's content was not read. (Two other families name
a JTAI only through a council's response to one; the inspectorates' own
pages are used by no other family.)

No published source shows a council's own form, so the layout is our
judgement throughout: the scope as numbered questions with the answer
underneath, a two-column table or a shaded band of labels over their
values; the children as a table (tracked or records reviewed, plan, age,
on some forms the brothers and sisters in the household), as two lines
(tracked / reviewed) or as one line of references, plain or with one case
system prefix; each strand's evaluation typed informally, a number on a
printed 1–4 key (sometimes reversed, 4 the best), the chosen word
emboldened, highlighted or left unstruck among the four, a Word drop-down,
a mark under four grade columns in a summary grid, or typed in a summary
strip with the strands as column headings; what works and what needs to
be better as bullets or side by side; recommendations as a table, "R1"
lines or a sentence saying there are none; the immediate-action question
answered with check-box characters or typed; and the Head of Service's
moderation (changing, confirming, or comments only) typed in a colour of
their own (never red) as a shaded box, as lines, or as one line under the
overall evaluation.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF
from bot.samples.forms import Moderation, SampleAction, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, text_run
from bot.samples.people import ADULT_FIRST_NAMES, CHILD_FIRST_NAMES, FAMILY_SURNAMES, head_of_service_over
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

FAMILY = "joint_inspection_theme_review"
SEED = 10000
GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
# How each file shows its evaluations; every style twice in 16 files.
GRADE_STYLES = ("typed", "number", "bold", "strike", "columns", "dropdown", "highlight", "strip")

THEMES = (
    "Children living with domestic abuse",
    "Children living with neglect (aged 7 to 15)",
    "Children's mental health – children aged 10 to 15 on a CIN or CP plan or looked after",
    "Children at risk of exploitation and missing from home, school or care",
    "Neglect of older children",
    "Domestic abuse – children as victims in their own right",
)
PURPOSES = (
    "To test how well partners work together for children on this theme, as a joint targeted area inspection would.",
    "Rehearsal of the JTAI deep dive: are children's experiences improved by the help partners give?",
    "To give the partnership assurance on the theme before the next joint inspection.",
)
# Two printed sets of strands; each form grades five or six of one set.
STRANDS = (
    ("Response at the point of identification", "Quality of assessment", "Planning and decision-making",
     "Help and protection: are risks reduced?", "The child's lived experience and voice",
     "Leadership and management oversight"),
    ("Identifying the harm early", "Information sharing between partners", "Multi-agency assessment and planning",
     "Difference made for the child", "Management oversight and supervision", "Partnership leadership and learning"),
)
FINDINGS = {
    OUTSTANDING: ("Strong in every child's record; partners' contributions are clear and timely.",
                  "Each tracked child's experience improved and the records show why."),
    GOOD: ("Evident for most of the children; the reasons for decisions are recorded.",
           "Partners contributed in nearly every case and information was shared promptly.",
           "Generally good – one record lacked the police information at the strategy discussion."),
    REQUIRES_IMPROVEMENT: ("Inconsistent across the children; about half of the records show it.",
                           "Assessments describe the incidents but not their impact on the child.",
                           "Plans repeat the same actions from review to review, with some drift."),
    INADEQUATE: ("Not evident for most of the children; risks were not re-assessed after new incidents.",
                 "Little sign that partners' worries were acted on; children waited too long for help."),
}
STRENGTHS = (
    "In 5 of the 6 cases the strategy discussion included police, health and education.",
    "Children's own words were recorded and used in their plans for most of the children tracked.",
    "Schools shared what they knew promptly and attended every core group in the sample.",
    "In 4 of the 6 cases the chronology was up to date and showed the pattern over time.",
    "Managers' decisions at the front door were recorded with clear reasons.",
    "Health partners followed up missed appointments and told the social worker.",
)
IMPROVE = (
    "In 3 of the 6 cases the assessment did not consider the impact on the child's daily life.",
    "Fathers and male carers were not assessed or spoken to in half of the cases.",
    "Plans did not say what would be different for the child and by when.",
    "Return home interviews were late or missing for the children who went missing.",
    "Supervision records did not show reflection on the theme or challenge to drift.",
)
ACTIONS = (
    "Share the deep dive findings at the partnership's practice and learning group.",
    "Add the theme's questions to the monthly case file audit tool.",
    "Practice managers to check in supervision that fathers are assessed in every case.",
    "Re-run the deep dive with a fresh sample in three months.",
    "Brief front door managers on recording partners' information at the strategy discussion.",
)
NO_ACTIONS = ("No new recommendations – the findings feed the existing partnership improvement plan.",
              "No recommendations arising; learning shared at the service meeting.")
PLANS = ("CP", "CIN", "CLA", "CP – neglect", "CIN", "Early Help – step down")
HOW = ("Tracked end to end", "Records reviewed")
URGENT = (
    "{ref}: a new police notification of domestic abuse had not been risk assessed; discussed with the "
    "team manager and a strategy discussion was held the same day.",
    "{ref}: the child had been missing twice this month without a return home interview; escalated to the "
    "Head of Service and the child was seen today.",
)
HOS = {
    "confirms": ("I agree with the overall evaluation. A thorough review with proportionate recommendations.",
                 "Agreed – this matches what we see at performance clinic."),
    "lowers": ("Having read two of the tracked children's records, I do not think the evaluation reflects the drift.",
               "Risks were not re-assessed after new incidents in the tracked cases; the evaluation is too generous."),
    "raises": ("The review undersells the difference partners made for the tracked children.",
               "The tracked children's records show stronger partnership work than the evaluation gives credit for."),
    "comments": ("Please take the recommendations to the partnership's learning group and report back.",
                 "Thank you. I would like the next sample to include a child looked after out of area."),
}
REMARKS = ("Agree.", "Agree – well evidenced.", "I would want to see more evidence here.",
           "Check the police information before this is reported.")
FAMILY_SAID = (
    "{name} said the social worker listened and explained what would happen next.",
    "{name} told us the meetings were too often changed at short notice.",
    "{name} said the school noticed things were wrong before anyone else did.",
)
RELATIONS = ("parent", "carer", "kinship carer", "grandparent")


def _staff(role: str) -> list:
    return [member for member in STAFF if member.role == role]


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _nearby(grade: str, step: int) -> str:
    return GRADES[min(max(GRADES.index(grade) + step, 0), 3)]


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    outcomes = (["changes"] * 4 + ["confirms"] * 3 + ["comments"] * 3 + ["none"] * count)[:count]
    rng.shuffle(outcomes)
    urgent = set(rng.sample(range(count), 3))
    styles = [GRADE_STYLES[index % len(GRADE_STYLES)] for index in range(count)]
    rng.shuffle(styles)
    return [_form(rng, index, sample, outcome, index in urgent, style, today)
            for index, (sample, outcome, style) in enumerate(zip(pool, outcomes, styles))]


def _form(rng: random.Random, index: int, sample, outcome: str, urgent: bool, style: str,
          today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    written = sample.date

    lead = rng.choice(_staff("qa_team") + _staff("safeguarding_practice_manager") + _staff("practice_manager"))
    head = head_of_service_over(lead) or rng.choice(_staff("head_of_service"))

    # The children: case IDs from the sample, a few tracked end to end, the rest reviewed.
    ids_drawn = [value for own in sample.own if own.key == "sampled_case_ids" for value in (own.expected or [])]
    while len(ids_drawn) < 4:
        ids_drawn.append(str(rng.randint(1_000_000, 9_999_999)))
    ids_drawn = list(dict.fromkeys(ids_drawn))[:7]
    # Plain references, or one case system's prefix on every one of them.
    prefix = case_reference(rng, ids_drawn[0])[:-7] if rng.random() < 0.5 else ""
    refs = [f"{prefix}{case}" for case in ids_drawn]
    total = len(refs)
    tracked = rng.choice((2, 2, 3)) if total > 4 else 2
    how = [HOW[0]] * tracked + [HOW[1]] * (total - tracked)

    theme = rng.choice(THEMES)
    ages = (10, 15) if "mental health" in theme else (7, 15) if "neglect" in theme.lower() else (5, 17)
    strands = STRANDS[index % 2][: rng.choice((5, 6))]
    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    grades = [_nearby(grade, rng.choice((-1, 0, 0, 0, 1))) for _ in strands]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, rng.choice(FINDINGS[given])) for name, given in zip(strands, grades))

    moderation = None
    remarks: dict[str, str] = {}
    if outcome != "none":
        said = outcome
        if outcome == "changes":
            step = 1 if grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6) else -1
            moderated: str | None = _nearby(grade, step)
            said = "lowers" if step == 1 else "raises"  # a step down the list is a lower grade
        else:
            moderated = grade if outcome == "confirms" else None
        remarks = {name: rng.choice(REMARKS) for name in rng.sample(strands, rng.randint(0, 2))}
        moderation = Moderation(head.name, min(today, _weekday(written + timedelta(days=rng.randint(3, 10)))),
                                (rng.choice(HOS[said]),), remarks, moderated)

    strengths = recount(tuple(rng.sample(STRENGTHS, rng.randint(2, 4))), total)
    improve = recount(tuple(rng.sample(IMPROVE, rng.randint(1, 3))), total)
    actions: tuple[SampleAction, ...] = ()
    if rng.random() > 0.15:
        owners = (lead.name, head.name, "Practice Manager", "QA Team", "Partnership Business Manager")
        actions = tuple(SampleAction(text, rng.choice(owners), _weekday(written + timedelta(days=rng.randint(21, 70))))
                        for text in rng.sample(ACTIONS, rng.randint(1, 3)))
    detail = rng.choice(URGENT).format(ref=rng.choice(refs)) if urgent else None

    show_count = rng.random() < 0.75
    own = [ToolField("theme", "Theme", theme, theme)]
    if show_count:
        own.append(ToolField("cases_sampled", "Number of children", str(total), total))
    own.append(ToolField("sampled_case_ids", "Children tracked and reviewed", ", ".join(refs), list(refs)))
    sample = replace(sample, auditor=lead.name, service=lead.service, practitioner=None, team=None, case_id=None,
                     child=None, grade=grade, sections=sections, strengths=strengths, development_areas=improve,
                     actions=actions, own=tuple(own), urgent_question=True, urgent_concern=urgent,
                     urgent_concern_detail=detail, moderated_kind=True, moderation=moderation)

    # The family members some forms name: brothers and sisters in the household, family spoken to.
    others: list[str] = []
    household: dict[int, str] = {}
    spoken: list[tuple[str, str, str]] = []
    if rng.random() < 0.4:
        for position in rng.sample(range(tracked), rng.randint(1, tracked)):
            surname = rng.choice(FAMILY_SURNAMES)
            names = [f"{first} {surname}" for first in rng.sample(CHILD_FIRST_NAMES, rng.randint(1, 2))]
            others += names
            household[position] = ", ".join(f"{name.split()[0]} ({rng.randint(2, 16)})" for name in names)
    if rng.random() < 0.35:
        for position in rng.sample(range(total), rng.randint(1, 2)):
            name = f"{rng.choice(ADULT_FIRST_NAMES)} {rng.choice(FAMILY_SURNAMES)}"
            if name in others:
                continue
            others.append(name)
            said = rng.choice(FAMILY_SAID).format(name=name.split()[0])
            spoken.append((refs[position], f"{name} ({rng.choice(RELATIONS)})", said))

    document = new_document(rng, landscape=style == "strip")
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), bold=True, colour=brand, size=9)
    run(header, "\tOFFICIAL – SENSITIVE", size=8)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("JTAI readiness – theme review template v1.3", "Partnership QA – deep dive record (2025)")),
        size=8)
    title = rng.choice(("Joint Inspection Theme Review", "JTAI Readiness: Theme Deep Dive",
                        "Deep Dive Review of the Multi-agency Response"))
    brand_heading(document, title.upper() if rng.random() < 0.35 else title, brand, size=16)
    paragraph(document, "Following the approach of a joint targeted area inspection: a few children's experiences "
                        "are tracked end to end and others' records reviewed, to test how well partners respond to "
                        "one theme.", italic=True, size=9)

    # 1. Scope.
    brand_heading(document, "1. Scope of the review", brand, size=12)
    lead_text = lead.name
    if rng.random() < 0.45:
        role = {"qa_team": "QA Officer", "safeguarding_practice_manager": "Safeguarding PM",
                "practice_manager": "Practice Manager"}[lead.role]
        lead_text = f"{lead.name} ({role})"
    start = (written.replace(day=1) - timedelta(days=rng.choice((150, 180)))).replace(day=1)
    period = f"{when(start)} to {when(written.replace(day=1) - timedelta(days=1))}"
    scope = [(rng.choice(("Theme", "Deep dive theme")), "What theme is this review testing?", theme),
             (rng.choice(("Review lead", "Lead reviewer", "Deep dive led by")), "Who led the review?", lead_text),
             (rng.choice(("Service", "Service area")), "Which service?", lead.service),
             (rng.choice(("Date completed", "Date of review")), "When was the review completed?", when(written)),
             ("Period of practice", "What period of practice was looked at?", period)]
    if show_count:
        scope.append((rng.choice(("Number of children", "Children in the deep dive")),
                      "How many children's experiences were looked at?",
                      f"{total} ({tracked} tracked, {total - tracked} records reviewed)" if rng.random() < 0.4
                      else str(total)))
    scope_style = rng.choice(("questions", "table", "band"))
    if scope_style == "questions":
        for number, (_, question, value) in enumerate(scope, start=1):
            paragraph(document, f"1.{number} {question}", bold=True)
            paragraph(document, value)
    elif scope_style == "table":
        grid = table(document, len(scope), 2)
        for row, (text, _, value) in zip(grid.rows, scope):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    else:
        line = paragraph(document, f"{scope[0][0]}: ", bold=True)
        run(line, theme)
        rest = scope[1:]
        grid = table(document, 2, len(rest))
        for position, (text, _, value) in enumerate(rest):
            label(grid.cell(0, position), text, "D9E2F3")
            write(grid.cell(1, position), value)
    paragraph(document, f"Purpose: {rng.choice(PURPOSES)}", italic=True)
    document.add_paragraph()

    # 2. The children.
    brand_heading(document, rng.choice(("2. Children tracked and reviewed", "2. The children in the deep dive")),
                  brand, size=12)
    paragraph(document, "Case references only – no names.", italic=True, size=9)
    cases_style = "table" if household else rng.choice(("table", "lines", "line"))
    if cases_style == "table":
        headers = ["No.", rng.choice(("Case ref", "Reference", "Mosaic ref")), "Tracked or reviewed", "Plan",
                   "Age"]
        if household:
            headers.append(rng.choice(("Brothers and sisters in the household", "Other children in the household")))
        grid = table(document, total + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for position, (row, ref) in enumerate(zip(grid.rows[1:], refs)):
            write(row.cells[0], str(position + 1))
            write(row.cells[1], ref)
            write(row.cells[2], how[position])
            write(row.cells[3], rng.choice(PLANS))
            write(row.cells[4], str(rng.randint(*ages)))
            if household:
                write(row.cells[5], household.get(position, "None" if rng.random() < 0.5 else "–"))
    elif cases_style == "lines":
        line = paragraph(document, "Tracked end to end: ", bold=True)
        run(line, ", ".join(refs[:tracked]))
        line = paragraph(document, "Records reviewed: ", bold=True)
        run(line, ", ".join(refs[tracked:]))
    else:
        line = paragraph(document, rng.choice(("Case references: ", "Children (references): ")), bold=True)
        run(line, "; ".join(refs))
    document.add_paragraph()

    # 3. Evaluation by strand.
    brand_heading(document, rng.choice(("3. What we found", "3. Evaluation of the multi-agency response")),
                  brand, size=12)
    order = GRADES if rng.random() < 0.7 else tuple(reversed(GRADES))
    reversed_key = style == "number" and rng.random() < 0.3
    if style == "number":
        scores = (("4", "3", "2", "1") if reversed_key else ("1", "2", "3", "4"))
        key = "   ".join(f"{score} = {WORDS[option]}" for score, option in zip(scores, GRADES))
        paragraph(document, f"Key: {key}", italic=True, size=9)
    elif style in ("bold", "strike", "highlight"):
        paragraph(document, {"bold": "Embolden the evaluation that applies.",
                             "strike": "Strike through the evaluations that do not apply.",
                             "highlight": "Highlight the evaluation that applies."}[style], italic=True, size=9)
    hos_prefix = rng.choice(("HoS: ", "Head of Service: ", ""))
    in_blocks = style not in ("columns", "strip")
    for number, section in enumerate(sections, start=1):
        paragraph(document, f"3.{number} {section.name}", bold=True, colour=brand)
        line = paragraph(document, rng.choice(("What we found: ", "Across the children: ", "")), bold=True)
        run(line, section.comment)
        if section.name in remarks:
            paragraph(document, f"{hos_prefix}{remarks[section.name]}", colour=ink)
        if in_blocks:
            line = paragraph(document, rng.choice(("Evaluation: ", "Judgement: ")), bold=True)
            _grade(rng, line, section.grade, style, order, reversed_key, ids)
    if style == "columns":
        paragraph(document, "Summary of evaluations", bold=True)
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(("X", "\u2713", "\u25cf", ""))
        grid = table(document, len(sections) + 2, 5)
        for cell, text in zip(grid.rows[0].cells, ("Strand", *(text for _, text in columns))):
            label(cell, text, "D9D9D9")
        for row, (name, given) in zip(grid.rows[1:], [(s.name, s.grade) for s in sections] + [("Overall", grade)]):
            write(row.cells[0], name, bold=True)
            for position, (value, _) in enumerate(columns, start=1):
                if value == given:
                    mark(row.cells[position], symbol)
    elif style == "strip":
        paragraph(document, "Summary of evaluations", bold=True)
        grid = table(document, 2, len(sections) + 1)
        for position, section in enumerate(sections):
            label(grid.cell(0, position), section.name, "D9D9D9")
            write(grid.cell(1, position), informal_grade(rng, section.grade))
        label(grid.cell(0, len(sections)), "Overall", "BFBFBF")
        write(grid.cell(1, len(sections)), informal_grade(rng, grade), bold=True)
    document.add_paragraph()

    moderation_style = rng.choice(("box", "lines", "under")) if moderation else rng.choice(("box", "awaiting"))
    if in_blocks:
        overall = paragraph(document, rng.choice(("Overall evaluation for these children: ",
                                                  "Overall evaluation of the multi-agency response: ",
                                                  "Overall judgement: ")), bold=True)
        _grade(rng, overall, grade, style, order, reversed_key, ids)
    if moderation and moderation_style == "under":
        written_by = f"{moderation.moderator}, Head of Service, {when(moderation.date)}"
        if moderation.grade is None:
            text = f"Moderation ({written_by}): {moderation.comments[0]}"
        elif moderation.grade == grade:
            text = f"Moderation ({written_by}): agree – {informal_grade(rng, moderation.grade)}. {moderation.comments[0]}"
        else:
            text = (f"Moderated to {informal_grade(rng, moderation.grade)} by {written_by}. "
                    f"{moderation.comments[0]}")
        paragraph(document, text, colour=ink, italic=rng.random() < 0.4)
    document.add_paragraph()

    # 4. Learning.
    brand_heading(document, "4. Learning", brand, size=12)
    headings = rng.choice((("What is making a difference for children", "What needs to be better"),
                           ("What is working well?", "What needs to improve?"),
                           ("Strengths", "Areas for development")))
    if rng.random() < 0.5:
        grid = table(document, max(len(strengths), len(improve)) + 1, 2)
        for cell, text in zip(grid.rows[0].cells, headings):
            label(cell, text, "E2EFDA")
        for row, item in zip(grid.rows[1:], strengths):
            write(row.cells[0], item)
        for row, item in zip(grid.rows[1:], improve):
            write(row.cells[1], item)
    else:
        for heading, items in zip(headings, (strengths, improve)):
            paragraph(document, heading, bold=True)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    if spoken:
        paragraph(document, rng.choice(("What children and families told us", "Conversations with families")),
                  bold=True)
        grid = table(document, len(spoken) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Case ref", "Who we spoke to", "What they told us")):
            label(cell, text, "E2EFDA")
        for row, (ref, who, said) in zip(grid.rows[1:], spoken):
            write(row.cells[0], ref)
            write(row.cells[1], who)
            write(row.cells[2], said)
    document.add_paragraph()

    # 5. Recommendations.
    brand_heading(document, rng.choice(("5. Recommendations", "5. Recommendations (lead and date)")), brand, size=12)
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    elif rng.random() < 0.55:
        headers = rng.choice((("Recommendation", "Lead", "Complete by", "Progress (RAG)"),
                              ("Recommendation", "Owner", "Target date")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(actions, start=1):
            line = paragraph(document, f"R{number}  ", bold=True)
            run(line, f"{action.action} – Lead: {action.owner} – by {when(action.due)}")
    document.add_paragraph()

    # 6. Immediate action.
    brand_heading(document, "6. Immediate safety", brand, size=12)
    question = rng.choice(("Did the review find any child who needed action today to keep them safe?",
                           "Were any immediate safeguarding concerns found for a child in the sample?"))
    if rng.random() < 0.5:
        line = paragraph(document, f"{question}  ", bold=True)
        for answer, ticked in (("Yes", urgent), ("No", not urgent)):
            text_run(line._p, CHECKED_BOX if ticked else UNCHECKED_BOX, font="MS Gothic")
            run(line, f" {answer}   ")
        if urgent:
            line = paragraph(document, "If yes, which child and what was done: ", bold=True)
            run(line, f"Case {detail}")
    else:
        paragraph(document, question, bold=True)
        paragraph(document, f"Yes – case {detail}" if urgent else rng.choice(("No", "No.", "None found.")))
    document.add_paragraph()

    # 7. Moderation.
    brand_heading(document, rng.choice(("7. Head of Service moderation", "7. Moderation and sign-off")), brand,
                  size=12)
    _moderation(rng, document, moderation, moderation_style, grade, ink, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else lead.name)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others))


def _grade(rng: random.Random, line, grade: str, style: str, order: tuple[str, ...], reversed_key: bool,
           ids: ControlIds) -> None:
    """Write `grade` at the end of `line` in the form's style."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=0.2))
    elif style == "number":
        score = GRADES.index(grade) + 1
        run(line, str(5 - score if reversed_key else score), bold=True)
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in GRADES), WORDS[grade], ids, alias="Evaluation")
    else:
        for position, option in enumerate(order):
            if position:
                run(line, "   ")
            chosen = option == grade
            if style == "bold":
                run(line, WORDS[option], bold=chosen)
            elif style == "highlight":
                run(line, WORDS[option], highlight=chosen)
            else:
                run(line, WORDS[option], strike=not chosen)


def _moderation(rng: random.Random, document, moderation, style: str, grade: str, ink: str, when) -> None:
    if moderation is None:
        if style == "box":
            grid = table(document, 4, 2)
            for row, text in zip(grid.rows, ("Head of Service", "Date", "Agree with the overall evaluation?",
                                             "Comments")):
                label(row.cells[0], text, "F2F2F2")
        else:
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.", "Not yet moderated.")),
                      italic=True)
        return
    if style == "under":
        paragraph(document, f"See the moderation under the overall evaluation ({moderation.moderator}).",
                  italic=True, size=9)
        return
    if style == "box":
        rows = [("Head of Service", moderation.moderator), ("Date moderated", when(moderation.date))]
        if moderation.grade:
            rows.append(("Agree with the overall evaluation?", "Yes" if moderation.grade == grade else "No"))
            rows.append(("Moderated evaluation", informal_grade(rng, moderation.grade)))
        rows.append(("Comments", "\n".join(moderation.comments)))
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
        return
    paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, on {when(moderation.date)}",
              bold=True, colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        line = paragraph(document, "Moderated evaluation: ", bold=True, colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink)
