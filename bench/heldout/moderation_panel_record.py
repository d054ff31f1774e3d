"""Monthly moderation panel record: the Head of Service who chaired the
month's audit moderation panel writes up who sat on it and when, the
audits the panel moderated (three to eight, as a grid, as a table with the
auditor's grade struck through where the panel disagreed, against a
printed number key, or as one line per case), what the sample showed
across the cases, whether any child needed escalating, the actions and the
chair's sign-off.

Modelled on Herefordshire Council's children's services as its scrutiny
committee heard them: the "Quality Assurance" item (2024: a Quality
Assurance Framework of three equal, complementary components – hearing the
voice of children, young people and parents / carers, audit activity and
key performance indicators; the Head of Service Safeguarding and Review
reporting; the audit template reworked to be easier for practitioners) and
the "Children's Services and Partnership Improvement Plan" item (2025: case
file audits, service user feedback and KPIs as the framework's pillars;
the voice of the child and diversity found strong, the voice of the parent
in assessment needing improvement). Neither shows a moderation form: the
layout is our judgement of how such a panel's record looks when a busy
Head of Service fills it in.

The truth: `form` "moderation_overview", `case_id` and `grade` None, and
`extra["moderated_cases"]` mapping each reference as printed to its grade
after moderation (the auditor's where the panel agreed).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import STAFF
from bot.samples.population import sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GRADES,
    MODERATION_INKS,
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
    new_document,
    paragraph,
    recount,
    run,
    table,
    write,
)

FAMILY = "moderation_panel_record"
SEED = 9113
CASE_SEED = 9116
# What each file's panel did: the mix the held-out families share.
PLANS = ("urgent", "plain", "comments", "changes", "plain", "confirms", "changes", "plain", "urgent", "comments",
         "plain", "changes", "confirms", "plain", "plain", "plain")
KEY = {grade: number for number, grade in enumerate(GRADES, start=1)}
PANEL_ROLES = ("Principal Social Worker", "QA Officer", "Team Manager", "Practice Lead", "Advanced Practitioner")
CASE_COMMENTS = (
    "Panel agreed the analysis is thin but the plan is right.",
    "Good direct work evident; chronology needs bringing up to date.",
    "Auditor's evidence supports the judgement.",
    "Voice of the parent not clear in the assessment.",
    "Diversity and identity well considered.",
    "Management oversight recorded but not reflective.",
    "Plan lacks timescales; discussed with the auditor.",
    "Child's views recorded well in the last two visits.",
)
URGENT_DETAILS = (
    "Case {ref}: no visit recorded for seven weeks. Passed to the Team Manager the same day for a visit within "
    "24 hours and a strategy discussion to be considered.",
    "Case {ref}: new information about domestic abuse not acted on. Escalated to the Service Manager at panel; "
    "safety plan to be reviewed today.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [form for form in sample_forms(count * 10, seed=CASE_SEED, today=today, feedback_question=True)
            if form.case_id]
    return [_form(rng, index, sample, pool, PLANS[index % len(PLANS)]) for index, sample in enumerate(samples)]


def _cases(rng: random.Random, pool, plan: str, service: str) -> list[dict]:
    """Three to eight audits with the panel's view of each."""
    mine = [form for form in pool if form.service == service]
    chosen = rng.sample(mine if len(mine) >= 8 else pool, rng.randint(3, 8))
    for form in chosen:  # a case comes to panel once
        pool.remove(form)
    prefixed = rng.random() < 0.6
    changes = {"changes": rng.randint(2, 3), "confirms": 0, "comments": 0}.get(plan, rng.randint(0, 2))
    changed = set(rng.sample(range(len(chosen)), min(changes, len(chosen))))
    cases = []
    for number, form in enumerate(chosen):
        if form.kind == "early_help_audit" and rng.random() < 0.7:
            reference = early_help_reference(rng, form.case_id)
        else:
            reference = case_reference(rng, form.case_id) if prefixed else form.case_id
        grade = form.grade
        moderated = grade
        if number in changed:
            step = GRADES.index(grade) + rng.choice((1, -1))
            if not 0 <= step < len(GRADES):
                step = GRADES.index(grade) - (step - GRADES.index(grade))
            moderated = GRADES[step]
        comment = rng.choice(CASE_COMMENTS) if plan == "comments" or rng.random() < 0.35 else ""
        cases.append({"ref": reference, "team": form.team or form.service, "worker": form.practitioner,
                      "auditor": form.auditor, "grade": grade, "moderated": moderated, "comment": comment})
    return cases


def _form(rng: random.Random, index: int, sample, pool, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    cases = _cases(rng, pool, plan, sample.service)
    total = len(cases)
    period = sample.own[0].expected
    urgent = plan == "urgent"
    detail = rng.choice(URGENT_DETAILS).format(ref=rng.choice(cases)["ref"]) if urgent else None
    no_actions = plan != "urgent" and rng.random() < 0.2
    sample = replace(
        sample, strengths=recount(sample.strengths, total), development_areas=recount(sample.development_areas, total),
        actions=() if no_actions else sample.actions, urgent_question=True, urgent_concern=urgent,
        urgent_concern_detail=detail, moderation=None,
        own=(ToolField("period", "", period, period),
             ToolField("audits_moderated", "", str(total), str(total)),
             ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases})))
    assert len(sample.own[2].expected) == total, "two cases share a reference"
    panel = [member for member in STAFF if member.name != sample.auditor]
    members = rng.sample(panel, rng.randint(2, 4))

    document = new_document(rng, landscape=rng.random() < 0.4)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=9)
    brand_heading(document, rng.choice(("Audit Moderation Panel – Record of Panel",
                                        "Monthly Moderation Panel Record",
                                        f"Case Audit Moderation Panel: {period}")), brand, size=15)
    paragraph(document, "Quality Assurance Framework – audit activity", italic=True, size=9)
    _details(document, rng, sample, members, period, total, when, brand)

    brand_heading(document, rng.choice(("1. Audits brought to panel", "Part A – Cases moderated",
                                        "Cases moderated this month")), brand)
    rng.choice((_grid, _struck, _keyed, _lines))(document, rng, cases, ink, brand)

    brand_heading(document, rng.choice(("2. What the sample tells us", "Part B – Themes across the sample",
                                        "Learning from this month's audits")), brand)
    _themes(document, rng, sample)

    brand_heading(document, rng.choice(("3. Children needing immediate action", "Part C – Escalation",
                                        "Safeguarding escalation")), brand)
    _urgent(document, rng, sample, ink)

    brand_heading(document, rng.choice(("4. Actions agreed by panel", "Part D – Actions",
                                        "Action plan")), brand)
    _actions(document, rng, sample, when)

    _sign_off(document, rng, sample, when, ink)
    data = finish_docx(document, "Moderation Panel Record", sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


def _details(document, rng, sample, members, period, total, when, brand) -> None:
    names = ", ".join(f"{member.name} ({rng.choice(PANEL_ROLES)})" for member in members)
    rows = ((rng.choice(("Panel chair", "Chaired by (Head of Service)", "Chair")), sample.auditor),
            (rng.choice(("Service area", "Service")), sample.service),
            (rng.choice(("Date of panel", "Panel held on", "Date")), when(sample.date)),
            (rng.choice(("Audits from", "Audit month", "Month audited")), period),
            (rng.choice(("Number of audits moderated", "No. of cases moderated", "Audits moderated")), str(total)),
            (rng.choice(("Panel members", "Also present", "Attendees")), names))
    style = rng.choice(("pairs", "wide", "lines"))
    if style == "pairs":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value)
    elif style == "wide":
        grid = table(document, 3, 4)
        for number, (text, value) in enumerate(rows):
            cells = grid.rows[number // 2].cells
            label(cells[(number % 2) * 2], text, "EDEDED")
            write(cells[(number % 2) * 2 + 1], value)
    else:
        for text, value in rows:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()


def _agreement(rng):
    return rng.choice((("Yes", "No"), ("Agreed", "Not agreed"), ("\u2713", "\u2717"), ("Y", "N")))


def _grid(document, rng, cases, ink, brand) -> None:
    """One row per case; the panel's view in its own columns, in the chair's colour."""
    yes, no = _agreement(rng)
    same = rng.choice(("repeat", "As auditor", "\u2014", ""))
    who = rng.choice(("Team", "Team / worker", "Social worker"))
    headings = ("Case ref", who, "Audited by", "Auditor's grade", "Panel agree?", "Moderated grade", "Panel comment")
    grid = table(document, len(cases) + 1, len(headings))
    for cell, text in zip(grid.rows[0].cells, headings):
        label(cell, text, brand, colour="FFFFFF")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], {"Team": case["team"], "Social worker": case["worker"]}.get(
            who, f"{case['team']} / {case['worker']}"))
        write(cells[2], case["auditor"])
        write(cells[3], informal_grade(rng, case["grade"]))
        agreed = case["grade"] == case["moderated"]
        write(cells[4], yes if agreed else no, colour=ink, bold=True)
        if not agreed or same == "repeat":
            write(cells[5], informal_grade(rng, case["moderated"]), colour=ink)
        elif same:
            write(cells[5], same, colour=ink)
        if case["comment"]:
            write(cells[6], case["comment"], colour=ink)
    if same in ("As auditor", "\u2014", ""):
        paragraph(document, "Where the panel agreed, the auditor's grade stands.", italic=True, size=8)


def _struck(document, rng, cases, ink, brand) -> None:
    """The auditor's grade struck through where the panel disagreed, the panel's grade after it."""
    paragraph(document, "Where the panel did not agree, the auditor's grade is struck through and the panel's "
                        "grade typed after it in colour.", italic=True, size=8)
    grid = table(document, len(cases) + 1, 5)
    for cell, text in zip(grid.rows[0].cells, ("Ref", "Team", "Auditor", "Grade", "Notes")):
        label(cell, text, "D9E2F3")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], case["team"])
        write(cells[2], case["auditor"])
        target = cells[3].paragraphs[0]
        if case["grade"] == case["moderated"]:
            run(target, informal_grade(rng, case["grade"]))
            run(target, rng.choice(("  \u2713 agreed", " (agreed)", " - agree")), colour=ink)
        else:
            run(target, informal_grade(rng, case["grade"]), strike=True)
            run(target, " " + informal_grade(rng, case["moderated"]), colour=ink, bold=True)
        if case["comment"]:
            write(cells[4], case["comment"], colour=ink)


def _keyed(document, rng, cases, ink, brand) -> None:
    """Grades as numbers on a printed key."""
    line = paragraph(document)
    run(line, "Key: ", bold=True, size=8)
    run(line, "1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate", size=8)
    yes, no = _agreement(rng)
    headings = ("#", "Case number", "Worker", "Auditor", "Audit grade (1-4)", "Agree", "Panel grade (1-4)")
    grid = table(document, len(cases) + 1, len(headings))
    for cell, text in zip(grid.rows[0].cells, headings):
        label(cell, text, "FFF2CC")
    for number, (row, case) in enumerate(zip(grid.rows[1:], cases), start=1):
        cells = row.cells
        write(cells[0], str(number))
        write(cells[1], case["ref"])
        write(cells[2], case["worker"])
        write(cells[3], case["auditor"])
        write(cells[4], str(KEY[case["grade"]]))
        agreed = case["grade"] == case["moderated"]
        write(cells[5], yes if agreed else no, colour=ink)
        write(cells[6], str(KEY[case["moderated"]]), colour=ink, bold=True)
    comments = [case for case in cases if case["comment"]]
    if comments:
        paragraph(document, "Panel comments:", bold=True)
        for case in comments:
            paragraph(document, f"{case['ref']} – {case['comment']}", colour=ink)


def _lines(document, rng, cases, ink, brand) -> None:
    """One typed line per case, the panel's view after it."""
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"{number}) {case['ref']}", bold=True)
        run(line, f" – {case['team']} (SW {case['worker']}). Audited by {case['auditor']}: "
                  f"{informal_grade(rng, case['grade']).rstrip('.')}. ")
        if case["grade"] == case["moderated"]:
            text = rng.choice(("Panel: agreed.", "Panel agreed with the grade.", "Moderation: agree."))
        else:
            text = rng.choice(("Panel: not agreed – moderated to {g}.", "Panel did not agree; grade changed to {g}.",
                               "Moderated grade: {g}.")).format(g=informal_grade(rng, case["moderated"]))
        run(line, text, colour=ink, bold=True)
        if case["comment"]:
            run(line, f" {case['comment']}", colour=ink, italic=True)


def _themes(document, rng, sample) -> None:
    style = rng.choice(("bullets", "numbered", "table"))
    heads = (rng.choice(("What is working well", "Strengths seen across the cases", "Good practice")),
             rng.choice(("What needs to improve", "Areas for development", "Worries / gaps in practice")))
    groups = (sample.strengths, sample.development_areas)
    if style == "table":
        grid = table(document, 2, 2)
        for row, head, items in zip(grid.rows, heads, groups):
            label(row.cells[0], head, "EDEDED")
            for item in items:
                write(row.cells[1], f"\u2022 {item}")
    else:
        for part, (head, items) in enumerate(zip(heads, groups), start=1):
            paragraph(document, head, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{part}.{number}  {item}" if style == "numbered" else f"\u2022 {item}")
    document.add_paragraph()


def _urgent(document, rng, sample, ink) -> None:
    question = rng.choice(("Did panel identify any child at risk of significant harm who needs immediate action?",
                           "Any case requiring urgent escalation?",
                           "Were any immediate safeguarding concerns found?"))
    style = rng.choice(("boxes", "answer"))
    line = paragraph(document)
    run(line, question + " ", bold=True)
    if style == "boxes":
        run(line, ("\u2612 Yes  \u2610 No" if sample.urgent_concern else "\u2610 Yes  \u2612 No"), colour=ink)
    else:
        run(line, "Yes" if sample.urgent_concern else rng.choice(("No", "None identified", "No.")),
            colour=ink, bold=True)
    if sample.urgent_concern_detail:
        paragraph(document, sample.urgent_concern_detail, colour=ink)


def _actions(document, rng, sample, when) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(("No further actions arising from this panel.",
                                        "No new actions – existing service plan actions continue.")))
        return
    if rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Lead", "By when", "Done")):
            label(cell, text, "EDEDED")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"A{number}. {action.action} Lead: {action.owner}. By: {when(action.due)}.")
    document.add_paragraph()


def _sign_off(document, rng, sample, when, ink) -> None:
    if rng.random() < 0.5:
        box = table(document, 2, 2)
        label(box.cell(0, 0), "Signed (panel chair)", "EDEDED")
        write(box.cell(0, 1), sample.auditor, colour=ink, italic=True)
        label(box.cell(1, 0), "Date", "EDEDED")
        write(box.cell(1, 1), when(sample.date), colour=ink)
    else:
        paragraph(document, f"Signed: {sample.auditor}, Head of Service      Date: {when(sample.date)}", colour=ink)
    paragraph(document, "Return to the Quality Assurance team with the moderated audits.", italic=True, size=8)
