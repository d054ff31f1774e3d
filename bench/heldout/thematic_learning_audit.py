"""Thematic learning audit: a council's themed audit of a small sample of
children's cases on one theme (neglect, exploitation, the child's voice),
written up by the lead auditor as one Word form for the whole sample. The
audit's details (theme, lead auditor, date, service, how many cases and
which), the learning areas each graded across the sample, an overall
grade, what is working well and what needs to improve, recommendations
with a lead and a target date, whether any child needed action on the
day, and the Head of Service's sign-off.

Modelled on the regional North Wales Safeguarding Children Board (Annual
Report 2016–17 and Strategic Plan 2019–20): its six local authorities and
partners audit practice on the board's priority themes and turn what they
find into learning for the region. The board publishes no form, so the
layout is our own judgement: details as a two-column table, a four-column
grid or typed "Label: value" lines; the cases as a list in the details or
as a small table; the areas graded by a mark under four grade columns, a
word in a grade column, the four grades with the others struck through, or
a number on a printed 1–4 key; strengths and worries as bullets or a
two-column table; recommendations as a table, lines or a "none" sentence;
and the sign-off typed in the Head of Service's colour as a box or lines.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, Section
from bot.samples.people import HEAD_OF_SERVICE
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
    mark,
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "thematic_learning_audit"
SEED = 9903
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
THEMES = ("Neglect – recognising cumulative harm", "Child exploitation (criminal and sexual)",
          "The voice and lived experience of the child", "Domestic abuse and its impact on children",
          "Children missing education", "Pre-birth assessment and planning")
# The learning areas, two versions of the template.
AREAS = (
    ("Recognition of the theme", "Assessment and analysis", "Planning and intervention",
     "Voice of the child", "Working with partners", "Management oversight"),
    ("Did we identify the issue early?", "Quality of assessment", "Is the plan making a difference?",
     "Child's lived experience", "Multi-agency information sharing"),
)
FINDINGS = {
    OUTSTANDING: ("Consistently strong across the sample; examples worth sharing at the practice forum.",
                  "Every case showed this clearly and it made a difference."),
    GOOD: ("Evident in most cases sampled, with a couple of gaps in recording.",
           "Mostly good – clear in the majority of files."),
    REQUIRES_IMPROVEMENT: ("Inconsistent across the sample; better where the worker had been allocated longer.",
                           "Present in some cases but not yet embedded."),
    INADEQUATE: ("Largely missing from the files sampled.", "Not evident in most cases – a real gap."),
}
STAGES = ("Child in Need", "Child Protection", "Child Looked After", "Early Help", "CIN – step down from CP")
ROLES = ("Head of Service", "Principal Social Worker", "QA Lead", "Service Manager")
URGENT = (
    "Case {ref}: no visit recorded for six weeks while on a plan – raised with the Team Manager the same day "
    "and a visit arranged.",
    "One child ({ref}) was found to be missing from school with no follow-up; escalated to the Head of Service "
    "on the day of the audit.",
)
COMMENTS = (
    "I have read the audit and the files sampled and agree with the findings.",
    "Good analysis – please bring the learning to the next Practice Forum.",
    "The management oversight finding is fair; I will take this to the Team Managers' meeting.",
    "Recommendations agreed; the QA team to track them on the service plan.",
)
DISAGREE = ("Having read three of the files myself I think the overall grade should be {grade}.",
            "I do not agree with the overall grade – on balance the sample is {grade}.")
NO_ACTIONS = ("No new recommendations – the learning is already covered by the service improvement plan.",
              "None this time; see the service plan.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    outcomes = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    outcomes += ["plain"] * (count - len(outcomes))
    rng.shuffle(outcomes)
    return [_form(rng, index, sample, outcome, today)
            for index, (sample, outcome) in enumerate(zip(pool[:count], outcomes))]


def _near(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return ORDER[max(0, min(3, position))]


def _form(rng: random.Random, index: int, sample, outcome: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("table", "grid", "lines"))
    grade_style = rng.choice(("columns", "word", "strike", "number"))
    cases_style = rng.choice(("list", "table"))
    prefixed = rng.random() < 0.5

    # The sample: theme, cases as written, graded areas, the overall grade.
    theme = rng.choice(THEMES)
    plain_ids = [field.expected for field in sample.own if field.key == "sampled_case_ids"]
    case_ids = list(plain_ids[0]) if plain_ids else [f"{rng.randint(1000000, 9999999)}"
                                                     for _ in range(rng.randint(4, 8))]
    case_ids = list(dict.fromkeys(case_ids))
    prefix = case_reference(rng, "") if prefixed else ""  # one case system, one prefix
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    grade = rng.choices(ORDER, weights=(8, 50, 34, 8))[0]
    names = rng.choice(AREAS)
    grades = [_near(rng, grade) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, rng.choice(FINDINGS[given])) for name, given in zip(names, grades))
    own = (ToolField("theme", "Theme", theme, theme),
           ToolField("cases_sampled", "Number of cases sampled", str(len(refs)), len(refs)),
           ToolField("sampled_case_ids", "Case references", ", ".join(refs), list(refs)))
    changes = {"own": own, "grade": grade, "sections": sections, "urgent_question": True,
               "strengths": recount(sample.strengths, len(refs)),
               "development_areas": recount(sample.development_areas, len(refs))}
    show_service = index % 5 != 2
    if not show_service:
        changes["service"] = None
    if outcome == "urgent":
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT).format(ref=rng.choice(refs))
    if outcome in ("comments", "changed", "confirmed"):
        heads = [member for member in STAFF if member.role == HEAD_OF_SERVICE and member.name != sample.auditor]
        moderator = rng.choice(heads).name
        moderated = None
        comments = list(rng.sample(COMMENTS, rng.randint(1, 2)))
        if outcome == "confirmed":
            moderated = grade
        elif outcome == "changed":
            position = ORDER.index(grade)
            moderated = ORDER[position + 1] if position < 2 else ORDER[position - 1]
            comments.append(rng.choice(DISAGREE).format(grade=WORDS[moderated].lower()))
        signed = min(sample.date + timedelta(days=rng.randint(3, 10)), today)
        changes["moderation"] = Moderation(moderator, signed, tuple(comments), {}, moderated)
    if sample.actions and index % 7 == 3:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    moderation = sample.moderation

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"Thematic learning audit template – v{rng.choice(('2', '2.3', '3'))} – OFFICIAL-SENSITIVE", size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=11)
    title = rng.choice(("Thematic Learning Audit", "Thematic Audit – Learning from Practice",
                        "THEMATIC LEARNING AUDIT"))
    paragraph(document, title, bold=True, size=16)
    paragraph(document, "One form per audit: the findings across all the cases in the sample.", italic=True, size=9)

    # 1. About the audit.
    brand_heading(document, "1. About this audit", brand)
    auditor = sample.auditor
    if rng.random() < 0.5:
        auditor = f"{auditor} ({rng.choice(ROLES)})"
    rows = [(rng.choice(("Theme", "Audit theme", "Theme of audit")), theme),
            (rng.choice(("Lead auditor", "Audit lead", "Completed by")), auditor),
            (rng.choice(("Date of audit", "Date completed", "Audit date")), when(sample.date))]
    if show_service:
        rows.append((rng.choice(("Service area", "Service")), sample.service))
    rows.append((rng.choice(("Number of cases sampled", "No. of cases", "How many cases?")), str(len(refs))))
    if cases_style == "list":
        rows.append((rng.choice(("Case references", "Cases sampled (ref.)", "Case numbers")),
                     rng.choice((", ", "; ", " / ")).join(refs)))
    rows.append(("Period looked at", rng.choice(("Last 6 months", "April to September", "Last 3 months"))))
    if details_style == "table":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            cells = grid.rows[position // 2].cells
            label(cells[2 * (position % 2)], text, "DEEAF6")
            write(cells[2 * (position % 2) + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document, f"{text}: ", bold=True)
            run(line, value)
    if cases_style == "table":
        paragraph(document, "")
        paragraph(document, rng.choice(("Cases in the sample", "The sample")), bold=True)
        cases = table(document, len(refs) + 1, 3)
        for cell, text in zip(cases.rows[0].cells, ("No.", "Case reference", "Stage of the child's journey")):
            label(cell, text, "F2F2F2")
        for number, (row, ref) in enumerate(zip(cases.rows[1:], refs), start=1):
            write(row.cells[0], str(number))
            write(row.cells[1], ref)
            write(row.cells[2], rng.choice(STAGES))
    paragraph(document, "")

    # 2. Learning areas.
    brand_heading(document, "2. What we found – learning areas", brand)
    _grades(rng, document, grade_style, sample.sections, ink)
    paragraph(document, "")
    overall_label = rng.choice(("Overall grade across the sample", "Overall judgement", "Overall"))
    if grade_style == "columns":
        line = paragraph(document, f"{overall_label}: ", bold=True)
        run(line, informal_grade(rng, grade), bold=True)
    elif grade_style == "word":
        line = paragraph(document, f"{overall_label} (Outstanding / Good / RI / Inadequate): ", bold=True)
        run(line, informal_grade(rng, grade))
    elif grade_style == "strike":
        line = paragraph(document, f"{overall_label}: ", bold=True)
        _struck(line, grade)
    else:
        line = paragraph(document, f"{overall_label} (1–4): ", bold=True)
        run(line, f"{ORDER.index(grade) + 1}" + (f" – {WORDS[grade]}" if rng.random() < 0.5 else ""))
    paragraph(document, "")

    # 3. Working well / needs to improve.
    brand_heading(document, "3. Learning", brand)
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths across the sample", "Areas for development"),
                           ("Good practice", "What we are worried about")))
    if rng.random() < 0.5:
        both = table(document, 2, 2)
        for column, (heading, items) in enumerate(zip(headings, (sample.strengths, sample.development_areas))):
            label(both.cell(0, column), heading, "E2EFDA" if column == 0 else "FCE4D6")
            for item in items:
                write(both.cell(1, column), f"\u2022 {item}")
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            paragraph(document, heading, bold=True, colour=brand)
            for item in items:
                paragraph(document, f"- {item}")
    paragraph(document, "")

    # 4. Recommendations.
    brand_heading(document, "4. Recommendations", brand)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("Recommendation", "Lead", "Target date", "Progress"),
                              ("Action", "Owner", "By when")))
        actions = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(actions.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(actions.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"R{number}. {action.action} Lead: {action.owner}. Target: {when(action.due)}.")
    paragraph(document, "")

    # 5. Children needing action today.
    brand_heading(document, "5. Immediate concerns", brand)
    paragraph(document, rng.choice((
        "Did the audit find any child who needed action on the day (referred to the Team Manager)?",
        "Were any immediate safeguarding concerns identified in the sample?")), bold=True)
    if sample.urgent_concern:
        paragraph(document, f"Yes. {sample.urgent_concern_detail}")
    else:
        paragraph(document, rng.choice(("No", "No.", "None identified")))
    paragraph(document, "")

    # 6. Sign-off.
    brand_heading(document, "6. Head of Service sign-off", brand)
    _sign_off(rng, document, sample, moderation, ink, when)
    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


def _struck(line, grade: str) -> None:
    for position, option in enumerate(ORDER):
        if position:
            run(line, " / ")
        run(line, WORDS[option], strike=option != grade, bold=option == grade)


def _grades(rng: random.Random, document, style: str, sections, ink: str) -> None:
    if style == "columns":
        symbol = rng.choice(("X", "\u2713", "x", ""))
        grid = table(document, len(sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Finding across the sample", *(WORDS[g] for g in ORDER))):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            mark(row.cells[2 + ORDER.index(section.grade)], symbol)
    elif style == "number":
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", italic=True)
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Learning area", "Evidence", "Score (1–4)")):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[2], str(ORDER.index(section.grade) + 1))
    elif style == "word":
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "What the sample showed", "Grade")):
            label(cell, text, "D9D9D9")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            write(row.cells[2], informal_grade(rng, section.grade))
    else:
        for number, section in enumerate(sections, start=1):
            paragraph(document, f"2.{number} {section.name}", bold=True)
            paragraph(document, section.comment)
            line = paragraph(document, "Grade (strike out those that do not apply): ", italic=True)
            _struck(line, section.grade)


def _sign_off(rng: random.Random, document, sample, moderation, ink: str, when) -> None:
    if moderation is None:
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Head of Service", "Date", "Comments")):
            label(row.cells[0], text, "F2F2F2")
        if rng.random() < 0.5:
            write(box.cell(2, 1), rng.choice(("Awaiting sign-off", "To follow")), italic=True)
        return
    if rng.random() < 0.5:
        rows = [("Head of Service", moderation.moderator), ("Date signed off", when(moderation.date))]
        if moderation.grade:
            rows.append(("Do you agree with the overall grade?",
                         "Yes" if moderation.grade == sample.grade else "No – see below"))
        rows.append(("Comments", "\n".join(moderation.comments)))
        if moderation.grade:
            rows.append(("Grade after sign-off", informal_grade(rng, moderation.grade)))
        box = table(document, len(rows), 2)
        for row, (text, value) in zip(box.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value, colour=ink)
    else:
        paragraph(document, f"Signed off by {moderation.moderator}, Head of Service, {when(moderation.date)}",
                  colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            line = paragraph(document, "Agreed overall grade: ", colour=ink, bold=True)
            run(line, informal_grade(rng, moderation.grade), colour=ink)
