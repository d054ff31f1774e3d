"""Learning review audit: a themed audit of a small cohort of children's
cases, written up on one Word record by the Head of Service who led it. A
title band, the audit's details (theme, lead auditor, service, date, the
period and the number of cases), the cases sampled, each area of practice
judged across the whole sample, the overall judgement, what is working
well and what needs to improve, whether any case in the sample had to be
escalated the same day, the learning and actions with an owner and a date,
and the Head of Service's sign-off and moderation.

Modelled on the Bracknell Forest Local Safeguarding Children Board's
"Quality Assurance, Learning and Improvement Framework" and the Learning
and Improvement Sub-group's reports to the Board (2017–2018): audits are
linked to the Board's priority areas (child sexual exploitation, Early
Help and primary school exclusions, domestic abuse, adolescent neglect),
look at a small cohort of cases (one audited six children), add
conversations with families and practitioners to the case file reading,
and end in learning shared through a learning leaflet and an action plan.
The published material describes the audits, not a form, so the layout is
our judgement: the details as a two-column table, a four-column table or
labelled lines; the cases sampled as a table (reference, plan type,
whether the family and worker were spoken to), a single line, or a
numbered list, with plain or prefixed references; the areas judged as
informal words in a column, a mark under four grade columns, a number on
a printed 1–4 key, or the four grades with the chosen one highlighted and
the others struck through; actions as a table, numbered lines, or a
sentence saying there are none; the Head of Service's moderation typed in
a colour below the sign-off or in a grey box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Section
from bot.samples.forms import Moderation
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
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

FAMILY = "learning_review_audit"
SEED = 9703
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The areas a learning review judges across its sample; each form prints four or five.
AREAS = (
    "Recognition of the theme at the front door",
    "Assessment of risk and need",
    "Voice and lived experience of the children",
    "Working with partners and sharing information",
    "Plans: focused, timely, reviewed",
    "Management oversight and supervision",
    "Difference made for the children",
)
AREA_PROMPTS = {
    AREAS[0]: "Was the theme identified early, and was the response proportionate?",
    AREAS[1]: "Do assessments analyse the impact on each child, with history considered?",
    AREAS[2]: "Are children seen, heard and understood, and does it shape the work?",
    AREAS[3]: "Were partners involved, and did information move between agencies in good time?",
    AREAS[4]: "Are plans SMART and reviewed, and do they address the theme?",
    AREAS[5]: "Is there evidence of reflective supervision and clear management direction?",
    AREAS[6]: "Are children safer, and is their situation improving?",
}
FINDINGS = {
    OUTSTANDING: ("Consistently strong across the sample; workers knew the children very well.",
                  "Exemplary in every case read; partners spoke highly of the work."),
    GOOD: ("Evident in most cases, with one or two gaps in recording.",
           "Generally sound; families said they understood why we were involved."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: good in some cases, missing in others.",
                           "Present but not always analysed or acted on."),
    INADEQUATE: ("Not evident in most of the cases sampled.",
                 "Significant gaps found; workers could not say how this was addressed."),
}
KEY_NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
PLAN_TYPES = ("CIN", "CP", "CLA", "Early Help", "CP (step down)", "CIN")
PERIODS = ("Quarter 2", "April to September", "the last six months", "Q2 2026/27")
URGENT_DETAILS = (
    "Yes – in case {ref} the risk from an adult in the home had not been acted on. Raised with the team manager "
    "the same day and a strategy discussion was requested.",
    "Yes. {ref}: a child had been missing three times in a fortnight with no return interview. Escalated to the "
    "Head of Service on the day of the audit.",
)
NO_URGENT = ("No", "No – none identified", "No cases required escalation.", "None")
MODERATION_AGREE = (
    "I have read the cases and the findings. I agree with the judgements; the learning is well evidenced.",
    "Agree with the overall judgement. Please make sure the learning leaflet goes to partners.",
)
MODERATION_CHANGE = (
    "Having read three of the cases myself, I do not think the evidence supports the overall judgement.",
    "The findings on plans and oversight point to a different overall judgement; moderated accordingly.",
)
MODERATION_COMMENT = (
    "A thorough review. Please add the views of the practitioners spoken to before this goes to the sub-group.",
    "Comments only: the action plan needs a named owner in partner agencies as well as ours.",
    "Good use of the families' views. I would like the re-audit brought forward to next quarter.",
)
NO_ACTIONS = ("No further actions – the learning will be shared through the practice bulletin.",
              "No actions arising; findings noted at the Learning and Improvement sub-group.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    roles = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    roles += ["plain"] * (count - len(roles))
    rng.shuffle(roles)
    return [_form(rng, index, sample, role, today) for index, (sample, role) in enumerate(zip(samples, roles))]


def _near(rng: random.Random, grade: str, steps: tuple[int, ...]) -> str:
    position = ORDER.index(grade) + rng.choice(steps)
    return ORDER[max(0, min(3, position))]


def _other_grade(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return ORDER[1]
    if position == 3:
        return ORDER[2]
    return ORDER[position + rng.choice((-1, 1))]


def _form(rng: random.Random, index: int, sample, role: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("two", "four", "lines"))
    cases_style = rng.choice(("table", "line", "list"))
    grade_style = rng.choice(("words", "columns", "key", "strike"))
    actions_style = rng.choice(("table", "lines"))

    # The sample's facts as this form shows them.
    grade = rng.choices(ORDER, weights=(1, 5, 4, 1))[0]
    names = sorted(rng.sample(AREAS, rng.randint(4, 5)), key=AREAS.index)
    grades = [_near(rng, grade, (-1, 0, 0, 1)) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, rng.choice(FINDINGS[given])) for name, given in zip(names, grades))
    theme = next(field.written for field in sample.own if field.key == "theme")
    ids = next((field.expected for field in sample.own if field.key == "sampled_case_ids"), None)
    if ids is None:
        # The sample gave only a count: the form lists the cases, so invent their numbers.
        total = next(field.expected for field in sample.own if field.key == "cases_sampled")
        ids = list(dict.fromkeys(str(rng.randint(1000000, 9999999)) for _ in range(total)))
    prefixed = rng.random() < 0.4
    refs = list(ids)
    if prefixed:
        # One case system: one prefix for every reference on the form.
        prefix = case_reference(rng, ids[0])[: -len(ids[0])]
        refs = [prefix + case for case in ids]
    own = (ToolField("theme", "Theme", theme, theme),
           ToolField("cases_sampled", "Number of cases", str(len(refs)), len(refs)),
           ToolField("sampled_case_ids", "Cases sampled", ", ".join(refs), list(refs)))
    moderation = None
    if role in ("comments", "changed", "confirmed"):
        moderator = rng.choice([member for member in STAFF
                                if member.role == "head_of_service" and member.name != sample.auditor])
        moderated = {"comments": None, "changed": _other_grade(rng, grade), "confirmed": grade}[role]
        pool = {"comments": MODERATION_COMMENT, "changed": MODERATION_CHANGE, "confirmed": MODERATION_AGREE}[role]
        moderation = Moderation(moderator=moderator.name,
                                date=min(sample.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1)),
                                comments=(rng.choice(pool),), grade=moderated)
    changes = dict(grade=grade, sections=sections, own=own, moderation=moderation, urgent_question=True,
                   strengths=recount(sample.strengths, len(refs)),
                   development_areas=recount(sample.development_areas, len(refs)))
    if role == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT_DETAILS).format(ref=rng.choice(refs))
    if role == "plain" and rng.random() < 0.35:
        changes["actions"] = ()
    show_service = rng.random() < 0.8
    if not show_service:
        changes["service"] = None
    sample = replace(sample, **changes)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Learning review audit record – v{rng.choice(('2', '2.3', '3'))} – OFFICIAL SENSITIVE", size=8)

    # Title band.
    brand_heading(document, council_line(rng), brand, size=rng.choice((11, 12)))
    title = rng.choice(("Learning Review Audit", "Thematic Learning Review – Audit Record",
                        "Learning from Audit: Themed Review"))
    brand_heading(document, title, brand, size=16)
    paragraph(document, "Learning and Improvement – what does this sample tell us about practice and about "
                        "children's experience?", italic=True, size=9)

    # Details.
    lead = sample.auditor
    if rng.random() < 0.4:
        lead = f"{lead}, Head of Service"
    details = [
        (rng.choice(("Theme", "Audit theme", "Theme / priority area")), theme),
        (rng.choice(("Lead auditor", "Audit lead", "Review led by")), lead),
    ]
    if show_service:
        details.append((rng.choice(("Service area", "Service")), sample.service))
    details += [
        (rng.choice(("Date of audit", "Date completed", "Audit completed on")), when(sample.date)),
        (rng.choice(("Sample period", "Cases open during")), rng.choice(PERIODS)),
        (rng.choice(("Number of cases sampled", "No. of cases", "Cases in sample")), str(len(refs))),
    ]
    if details_style == "two":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "four":
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "E7E6E6")
            write(grid.cell(row, column * 2 + 1), value)
    else:
        for name, value in details:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)

    # The cases sampled.
    document.add_paragraph()
    brand_heading(document, rng.choice(("Cases sampled", "1. The sample", "Children's cases included")), brand)
    if cases_style == "table":
        grid = table(document, len(refs) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Case reference", "Plan / status", "Family spoken to?",
                                                   "Worker spoken to?")):
            label(cell, text, "DEEAF6")
        for row, ref in zip(grid.rows[1:], refs):
            write(row.cells[0], ref)
            write(row.cells[1], rng.choice(PLAN_TYPES))
            write(row.cells[2], rng.choice(("Yes", "Yes", "No – declined", "No")))
            write(row.cells[3], rng.choice(("Yes", "Yes", "No")))
    elif cases_style == "line":
        line = paragraph(document)
        run(line, rng.choice(("Case references: ", "Cases: ", "Records read: ")), bold=True)
        run(line, rng.choice((", ", "; ", " / ")).join(refs))
    else:
        for number, ref in enumerate(refs, 1):
            paragraph(document, f"{number}. {ref} – {rng.choice(PLAN_TYPES)}")

    # Areas judged across the sample.
    document.add_paragraph()
    brand_heading(document, rng.choice(("2. Findings across the sample", "What we found",
                                        "Judgements across the sample")), brand)
    if grade_style == "key":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", size=9)
    if grade_style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 2, 2 + len(columns))
        label(grid.cell(0, 0), "Area of practice", "DEEAF6")
        label(grid.cell(0, 1), "Findings", "DEEAF6")
        for column, (_, heading) in enumerate(columns, 2):
            label(grid.cell(0, column), heading, "DEEAF6")
        rows = [(section.name, section.comment, section.grade) for section in sections]
        rows.append(("Overall judgement across the sample", "", grade))
        for row, (name, comment, given) in zip(grid.rows[1:], rows):
            write(row.cells[0], name, bold=name.startswith("Overall"))
            write(row.cells[1], comment)
            for column, (value, _) in enumerate(columns, 2):
                if value == given:
                    mark(row.cells[column], symbol)
    else:
        grid = table(document, len(sections) + 1, 3)
        heading = {"words": "Judgement", "key": "Rating (1–4)", "strike": "Judgement (delete as appropriate)"}
        for cell, text in zip(grid.rows[0].cells, ("Area of practice", "Evidence and findings", heading[grade_style])):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            if rng.random() < 0.5:
                write(row.cells[0], AREA_PROMPTS[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            _grade_cell(rng, row.cells[2], section.grade, grade_style)
        document.add_paragraph()
        line = paragraph(document)
        run(line, rng.choice(("Overall judgement across the sample: ", "Overall grade: ",
                              "Overall, practice on this theme is: ")), bold=True)
        if grade_style == "words":
            run(line, informal_grade(rng, grade), bold=True)
        elif grade_style == "key":
            run(line, KEY_NUMBERS[grade] if rng.random() < 0.5 else f"{KEY_NUMBERS[grade]} ({informal_grade(rng, grade)})",
                bold=True)
        else:
            _options(line, grade)

    # Working well / needs to improve.
    document.add_paragraph()
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "What is working well", "E2EFDA")
        label(grid.cell(0, 1), "What needs to improve", "FCE4D6")
        for text in sample.strengths:
            write(grid.cell(1, 0), f"• {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"• {text}")
    else:
        brand_heading(document, rng.choice(("What is working well?", "Strengths in practice")), brand)
        for text in sample.strengths:
            paragraph(document, f"- {text}")
        brand_heading(document, rng.choice(("What needs to improve?", "Learning – what we need to do better")), brand)
        for text in sample.development_areas:
            paragraph(document, f"- {text}")

    # Same-day escalation.
    document.add_paragraph()
    line = paragraph(document)
    run(line, rng.choice(("Did any case in the sample need to be escalated today because a child may not be safe? ",
                          "Immediate safeguarding concerns identified in any case sampled? ")), bold=True)
    if sample.urgent_concern:
        run(line, sample.urgent_concern_detail)
    else:
        run(line, rng.choice(NO_URGENT))

    # Learning and actions.
    document.add_paragraph()
    brand_heading(document, rng.choice(("3. Learning and actions", "Action plan", "Recommendations and actions")),
                  brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("Action", "Owner", "By when"), ("Recommendation / action", "Lead", "Target date",
                                                                 "Progress")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} Owner: {action.owner}. By {when(action.due)}.")

    # Sign-off and moderation.
    document.add_paragraph()
    brand_heading(document, rng.choice(("Head of Service sign-off", "4. Sign-off and moderation")), brand)
    _sign_off(document, rng, sample, ink, when)

    data = finish_docx(document, title, sample.date, (sample.moderation.moderator if sample.moderation
                                                      else sample.auditor))
    return held_out(FAMILY, index, sample, data, "docx")


def _options(line, grade: str) -> None:
    """The four grades printed in a row, the chosen one highlighted and the others struck through."""
    for position, value in enumerate(ORDER):
        if position:
            run(line, " / ")
        written = "Requires improvement" if value == REQUIRES_IMPROVEMENT else value
        run(line, written, highlight=value == grade, strike=value != grade, bold=value == grade)


def _grade_cell(rng: random.Random, cell, grade: str, style: str) -> None:
    if style == "words":
        write(cell, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        write(cell, KEY_NUMBERS[grade], bold=True)
    else:
        _options(cell.paragraphs[0], grade)


def _sign_off(document, rng: random.Random, sample, ink: str, when) -> None:
    moderation = sample.moderation
    if rng.random() < 0.5:
        box = table(document, 4, 2)
        labels = ("Head of Service", "Date", "Moderated judgement", "Comments")
        for row, text in zip(box.rows, labels):
            label(row.cells[0], text, "F2F2F2")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            if moderation.grade:
                agree = "Agreed" if moderation.grade == sample.grade else "Not agreed"
                write(box.cell(2, 1), f"{agree} – {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
            else:
                write(box.cell(2, 1), "Not given", colour=ink)
            for comment in moderation.comments:
                write(box.cell(3, 1), comment, colour=ink)
        else:
            write(box.cell(3, 1), rng.choice(("Awaiting sign-off", "Not yet moderated", "")), italic=True)
        return
    if not moderation:
        paragraph(document, rng.choice(("Signed off by Head of Service: ____________   Date: ________",
                                        "Head of Service sign-off: pending")))
        return
    line = paragraph(document)
    run(line, "Head of Service: ", bold=True)
    run(line, f"{moderation.moderator}   {when(moderation.date)}", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        line = paragraph(document)
        if moderation.grade == sample.grade:
            run(line, f"I agree with the overall judgement of {informal_grade(rng, moderation.grade)}.", colour=ink)
        else:
            run(line, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
