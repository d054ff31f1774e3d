"""Moderation outcome report: a Head of Service's (or service manager's)
short Word report on the month's case audits they moderated. A council
line and title, who moderated and when (as a details table, as label lines,
or as a four-column grid), the cases moderated (a grid with an
agree / disagree column, a grid where the moderator strikes out the
grades they do not hold to, or numbered lines in prose), what the sample
shows (themes that went well and themes to work on), whether any case
needed urgent management action, the actions and a sign-off.

Modelled, for want of an unused East Midlands council (every council in
the region already models a family), on the Leicester City and
Leicestershire & Rutland Safeguarding Children Boards' "Minimum Standards
& Quality Assurance Processes" (lrsb.org.uk, undated): quality assurance
is checked against set standards, its findings are reported up to the
Boards' Safeguarding Effectiveness Group, and what is learnt must be tied
to outcomes for children. The page publishes no form, so the layout is our
judgement of how a service manager reports monthly moderation to such a
group: the moderation outcome for each case (the auditor's grade, whether
the moderator agreed, the grade after moderation), the learning across
the sample, and actions with owners and dates. No child is named.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF
from bot.samples.people import FRONT_LINE_MANAGERS, PRACTITIONER, invent_case_id
from bot.samples.tools import MODERATION_OVERVIEW, ToolField, tool_samples

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

FAMILY = "moderation_outcome_report"
SEED = 9923

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
PLANS = ("urgent", "urgent", "comments", "comments", "changes", "changes", "changes", "confirms", "confirms")

TITLES = ("Audit Moderation Outcome Report", "Moderation Outcomes – Monthly Report to SEG",
          "Monthly Case Audit Moderation: Outcome Report", "Service Moderation Report – Case Audits")
CASE_REMARKS = ("Evidence supports the grade.", "Agree – analysis is clear.", "Voice of the child well captured.",
                "Plan not SMART; grade stands.", "Auditor's rationale is sound.", "Supervision notes thin.",
                "Good direct work evident.", "Chronology out of date.")
CHANGE_REMARKS = ("Evidence does not support the auditor's grade.", "Drift between reviews not reflected in grade.",
                  "Impact for the child is stronger than the audit credits.", "Risk not fully analysed.",
                  "Multi-agency work better than the audit recognised.")
GENERAL_COMMENTS = (
    "Auditors are grading more consistently than last month; feedback to auditors given individually.",
    "The auditors' evidence was detailed and the grades well reasoned.",
    "Some audits described tasks rather than the difference made for the child; raised at the auditors' workshop.",
)
URGENT_DETAILS = (
    "Yes – case {ref}: no visit for six weeks and no strategy discussion recorded; passed to the team manager "
    "the same day and a visit made.",
    "Yes – {ref} escalated to the Service Manager: risks from a new partner not assessed; strategy discussion held.",
    "Yes. Case {ref}: safety plan out of date and school concerns not followed up. Raised with the practice "
    "manager for action today.",
)
NO_URGENT = ("No", "None identified.", "No cases needed escalation this month.", "No – none.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    plans = list(PLANS[:count]) + ["plain"] * max(0, count - len(PLANS))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan) for index, (sample, plan) in enumerate(zip(samples, plans), start=1)]


def _shift(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    if position == 0:
        return GOOD
    if position == len(ORDER) - 1:
        return REQUIRES_IMPROVEMENT
    return ORDER[position + rng.choice((-1, 1))]


def _cases(rng: random.Random, sample, plan: str) -> list[dict]:
    workers = [member for member in STAFF if member.role == PRACTITIONER and member.service == sample.service]
    workers = workers or [member for member in STAFF if member.role == PRACTITIONER]
    auditors = [member for member in STAFF if member.role in FRONT_LINE_MANAGERS]
    total = rng.randint(3, 8)
    changes = {"changes": rng.randint(1, 2), "urgent": rng.choice((0, 1)), "plain": rng.choice((0, 0, 1))}.get(plan, 0)
    changed = set(rng.sample(range(total), changes))
    prefixed = rng.random() < 0.5
    cases, seen = [], set()
    while len(cases) < total:
        number = invent_case_id(rng)
        if number in seen:
            continue
        seen.add(number)
        ref = case_reference(rng, number) if prefixed else number
        worker = rng.choice(workers)
        audited = rng.choices(ORDER, weights=(8, 45, 37, 10))[0]
        index = len(cases)
        moderated = _shift(rng, audited) if index in changed else audited
        remark = rng.choice(CHANGE_REMARKS if index in changed else CASE_REMARKS)
        cases.append({"ref": ref, "worker": worker.name, "team": worker.team,
                      "auditor": rng.choice([a for a in auditors if a.name != worker.name]).name,
                      "audited": audited, "moderated": moderated, "agreed": audited == moderated,
                      "remark": remark if (plan in ("comments", "changes") or rng.random() < 0.4) else ""})
    return cases


def _form(rng: random.Random, index: int, sample, plan: str) -> HeldOutForm:
    cases = _cases(rng, sample, plan)
    month = sample.date.replace(day=1) - timedelta(days=1)
    period = f"{month:%B %Y}"
    show_count = rng.random() < 0.6
    own = [ToolField("period", "Audit month", period, period)]
    if show_count:
        own.append(ToolField("audits_moderated", "Audits moderated", str(len(cases)), str(len(cases))))
    own.append(ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases}))
    urgent = plan == "urgent"
    changes = {
        "strengths": recount(sample.strengths, len(cases)),
        "development_areas": recount(sample.development_areas, len(cases)),
        "urgent_question": True, "urgent_concern": urgent,
        "urgent_concern_detail": rng.choice(URGENT_DETAILS).format(ref=cases[0]["ref"]) if urgent else None,
        "own": tuple(own),
    }
    if rng.random() < 0.2:
        changes["actions"] = ()
    sample = replace(sample, **changes)

    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=9)
    brand_heading(document, rng.choice(TITLES), brand, size=15)
    _details(document, rng, sample, period, len(cases), show_count, when, brand)
    _case_list(document, rng, sample, cases, ink, brand, plan)
    if plan == "comments" or rng.random() < 0.3:
        brand_heading(document, rng.choice(("Moderator's overall comments", "General comments on the audits")),
                      brand, size=11)
        paragraph(document, rng.choice(GENERAL_COMMENTS), colour=ink)
    _findings(document, rng, sample, brand)
    _urgent(document, rng, sample, ink, brand)
    _actions(document, rng, sample, when, brand)
    _sign_off(document, rng, sample, when)
    data = finish_docx(document, sample.title, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


def _details(document, rng, sample, period, total, show_count, when, brand) -> None:
    role = rng.choice(("Head of Service", "Head of Service", "Service Manager (acting for HoS)"))
    rows = [(rng.choice(("Moderated by", "Moderator", "Name of moderator")), sample.auditor),
            ("Role", role),
            (rng.choice(("Service area", "Service")), sample.service),
            (rng.choice(("Audit month", "Month of audits", "Audits completed in")), period),
            (rng.choice(("Date of moderation", "Date moderated", "Date of report")), when(sample.date))]
    if show_count:
        rows.append((rng.choice(("Number of audits moderated", "Audits moderated", "No. of cases")), str(total)))
    style = rng.choice(("table", "lines", "grid"))
    if style == "table":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:
        if len(rows) % 2:
            rows.append(("Report to", rng.choice(("Safeguarding Effectiveness Group", "SEG", "QA Board"))))
        grid = table(document, len(rows) // 2, 4)
        for row, pair in zip(grid.rows, zip(rows[0::2], rows[1::2])):
            for column, (name, value) in enumerate(pair):
                label(row.cells[column * 2], name, "DEEAF6")
                write(row.cells[column * 2 + 1], value)
    paragraph(document)


def _case_list(document, rng, sample, cases, ink, brand, plan) -> None:
    brand_heading(document, rng.choice(("Cases moderated", "Moderation outcomes by case", "Audits moderated")),
                  brand, size=12)
    style = rng.choice(("agree_grid", "strike_grid", "lines"))
    if style == "agree_grid":
        yes, no = rng.choice((("Yes", "No"), ("Y", "N"), ("\u2713", "\u2717"), ("Agree", "Disagree")))
        blank_when_agreed = rng.random() < 0.5
        headers = ["Case ref", rng.choice(("Team / SW", "Team and worker", "Worker")), "Auditor",
                   rng.choice(("Auditor's grade", "Audit grade", "Grade given")),
                   rng.choice(("Moderator agrees?", "Agree Y/N", "Agreed?")),
                   rng.choice(("Moderated grade", "Grade after moderation", "Final grade"))]
        with_remarks = any(case["remark"] for case in cases)
        if with_remarks:
            headers.append("Moderator's comment")
        grid = table(document, len(cases) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, case in zip(grid.rows[1:], cases):
            write(row.cells[0], case["ref"])
            write(row.cells[1], case["worker"] if headers[1] == "Worker" else f"{case['team']} / {case['worker']}")
            write(row.cells[2], case["auditor"])
            write(row.cells[3], informal_grade(rng, case["audited"]))
            write(row.cells[4], yes if case["agreed"] else no, colour=ink, bold=True)
            if case["agreed"] and blank_when_agreed:
                write(row.cells[5], rng.choice(("–", "as above", "")), colour=ink)
            else:
                write(row.cells[5], informal_grade(rng, case["moderated"]), colour=ink, bold=not case["agreed"])
            if with_remarks:
                write(row.cells[6], case["remark"], colour=ink)
        if blank_when_agreed:
            paragraph(document, "Where the moderator agrees, the auditor's grade stands.", italic=True, size=8)
    elif style == "strike_grid":
        paragraph(document, rng.choice((
            "Moderator: strike through the grades that do not apply, leaving the grade after moderation.",
            "Delete as appropriate – the grade left standing is the moderated grade.")), italic=True, size=8)
        headers = ["Case reference", "Team", "Audited by", "Auditor's grade", "Moderated grade (O / G / RI / I)"]
        grid = table(document, len(cases) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "D9D9D9")
        for row, case in zip(grid.rows[1:], cases):
            write(row.cells[0], case["ref"])
            write(row.cells[1], case["team"])
            write(row.cells[2], case["auditor"])
            write(row.cells[3], SHORT[case["audited"]])
            line = row.cells[4].paragraphs[0]
            for position, grade in enumerate(ORDER):
                if position:
                    run(line, " / ")
                keep = grade == case["moderated"]
                run(line, SHORT[grade], strike=not keep, bold=keep, colour=ink if keep else None)
            if case["remark"]:
                write(row.cells[4], case["remark"], colour=ink, italic=True)
        paragraph(document, "Key: O Outstanding, G Good, RI Requires Improvement, I Inadequate", size=8)
    else:
        for number, case in enumerate(cases, start=1):
            line = paragraph(document)
            run(line, f"{number}. {case['ref']}", bold=True)
            audited = informal_grade(rng, case["audited"]).rstrip(".")
            run(line, f" ({case['team']}, worker {case['worker']}) – audited by {case['auditor']}, graded {audited}. ")
            if case["agreed"]:
                run(line, rng.choice(("Agreed.", "Moderator agrees.", "Grade confirmed.")), colour=ink, bold=True)
            else:
                run(line, rng.choice(("Not agreed – moderated to ", "Disagree; regraded ", "Changed to ")),
                    colour=ink, bold=True)
                run(line, f"{informal_grade(rng, case['moderated']).rstrip('.')}.", colour=ink, bold=True)
            if case["remark"]:
                run(line, f" {case['remark']}", colour=ink, italic=True)
    if plan == "confirms":
        paragraph(document, rng.choice(("All grades confirmed at moderation.",
                                        "I agree with the auditors' grades in every case moderated.")), colour=ink)
    paragraph(document)


def _findings(document, rng, sample, brand) -> None:
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Themes – strengths across the sample", "Themes – areas for development"),
                           ("Good practice seen", "Learning / gaps identified")))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        brand_heading(document, heading, brand, size=11)
        for item in items:
            paragraph(document, f"\u2022 {item}")


def _urgent(document, rng, sample, ink, brand) -> None:
    question = rng.choice(("Were any cases referred for urgent management action?",
                           "Any immediate safeguarding concerns identified during moderation?",
                           "Cases escalated (urgent concerns)"))
    answer = sample.urgent_concern_detail or rng.choice(NO_URGENT)
    if rng.random() < 0.5:
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, "FCE4D6")
        write(grid.cell(0, 1), answer, colour=ink if sample.urgent_concern else None)
    else:
        line = paragraph(document)
        run(line, f"{question} ", bold=True)
        run(line, answer, colour=ink if sample.urgent_concern else None)
    paragraph(document)


def _actions(document, rng, sample, when, brand) -> None:
    brand_heading(document, rng.choice(("Actions", "Actions arising from moderation", "Next steps")), brand, size=11)
    if not sample.actions:
        paragraph(document, rng.choice(("No new actions this month; previous actions remain on the service plan.",
                                        "None – no further actions required.")))
        return
    if rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Action", "Lead", "By when")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}) {action.action} – {action.owner} – by {when(action.due)}")


def _sign_off(document, rng, sample, when) -> None:
    paragraph(document)
    line = paragraph(document)
    run(line, "Signed: ", bold=True)
    run(line, sample.auditor)
    run(line, "    Date: ", bold=True)
    run(line, when(sample.date))
    if rng.random() < 0.5:
        paragraph(document, rng.choice(("Report to the Safeguarding Effectiveness Group and the service "
                                        "leadership team.", "Copy to: QA team, Principal Social Worker")),
                  italic=True, size=8)
