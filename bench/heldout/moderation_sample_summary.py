"""Moderation sample summary: the short report a Head of Service writes
after moderating a sample of the month's completed case audits – who
moderated and when, the service and the month, the cases moderated (the
reference, the team or worker, the auditor, the auditor's grade, whether
the moderator agreed and the grade after moderation), what the sample
showed across the cases, whether any child needed action the same day,
the actions for the service and a sign-off.

Modelled on Redcar and Cleveland Borough Council's children's services as
the published accounts of Ofsted's focused visits describe them
(WillisPalmer, "Redcar and Cleveland improve response to children needing
protection" and "Redcar improves some areas of child protection
practice"): increased management capacity and strengthened quality
assurance, senior managers who understand the quality of practice through
performance information, quality assurance systems and external scrutiny,
and a new director's plans to strengthen quality assurance further. The
accounts describe the assurance, not a form, so the layout is our own
judgement: the details as a label table, as header lines or as an opening
sentence; the cases as a full table (agreement as Yes / No, ticks and
crosses, or "Agree" with the grade left blank where it stands), a table
graded on a printed 1–4 key, or numbered lines; the findings as bullets;
the same-day question answered; actions as a table, lines or a "no new
actions" sentence; and the moderator's conclusion typed in a colour or in
a box.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import CASE_FILE_AUDIT, EARLY_HELP_AUDIT, sample_forms
from bot.samples.ooxml import shade
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

FAMILY = "moderation_sample_summary"
SEED = 9233

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
KEY_LINE = "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"
TITLES = ("Audit Moderation – Monthly Sample Summary", "Head of Service Moderation Summary",
          "Moderation of Case Audits: Summary Report", "Monthly Moderation Report")
ROLES = ("Head of Service", "Head of Service", "Service Manager")
CASE_REMARKS = (
    "Agree – evidence of direct work is strong.",
    "Auditor generous on planning; contingency plan missing.",
    "Auditor has not weighed drift between reviews.",
    "Clear analysis, well evidenced by the auditor.",
    "Management oversight thinner than the audit suggests.",
    "Good challenge from the auditor to the worker.",
    "Chronology out of date – agree with auditor's view.",
    "Child's lived experience better evidenced than credited.",
    "Visits late on two occasions; grade stands.",
)
NO_ACTIONS = ("No new actions – the actions already set in the individual audits cover what was found.",
              "No further actions from this moderation; the audit actions are being tracked by the QA team.")
URGENT_QUESTIONS = ("Did moderation identify any child who needed action the same day?",
                    "Same-day escalation required for any case in the sample?",
                    "Any immediate safeguarding concerns found during moderation?")
URGENT_DETAILS = (
    "{ref}: no safety plan in place following the latest incident; returned to the Team Manager on the day "
    "and a strategy discussion held.",
    "{ref}: visits had lapsed for six weeks; escalated to the Team Manager and the child seen the next day.",
)
NO_URGENT = ("No – none of the cases sampled.", "No.", "None identified.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    reports = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(600, seed=SEED, today=today, feedback_question=True)
            if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
    used: set[str] = set()
    # Which reports raise an urgent concern, and how the moderator dealt with the cases:
    # 2 urgent, 2 with remarks only (every grade agreed), 3 changing grades,
    # 2 confirming every grade, the rest a plain mix.
    plans = ["urgent"] * 2 + ["remarks"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    forms = []
    for index, (report, plan) in enumerate(zip(reports, plans)):
        size = rng.choice((3, 4, 5, 5, 6, 7, 8))
        # A Head of Service moderates audits from their own service where there are enough.
        own = [case for case in pool if case.case_id not in used and case.service == report.service]
        if len(own) < size:
            own = [case for case in pool if case.case_id not in used]
        cases = own[:size]
        used.update(case.case_id for case in cases)
        forms.append(_form(rng, index, report, cases, plan))
    return forms


def _adjacent(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    options = [ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(ORDER)]
    return rng.choice(options)


def _rows(rng: random.Random, cases, plan: str, reference_style: str):
    """Each listed case: reference as written, team, worker, auditor,
    auditor's grade, moderated grade, a remark (or "")."""
    changes = {"changed": rng.randint(1, 2), "plain": rng.choice((0, 1)), "urgent": rng.choice((0, 1))}.get(plan, 0)
    changed_at = set(rng.sample(range(len(cases)), min(changes, len(cases))))
    rows = []
    prefix = case_reference(rng, "")  # one case system per report
    helper = rng.randrange(1000)
    for position, case in enumerate(cases):
        if reference_style == "plain":
            reference = case.case_id
        elif case.kind == EARLY_HELP_AUDIT:
            reference = early_help_reference(random.Random(helper), case.case_id)
        else:
            reference = f"{prefix}{case.case_id}"
        moderated = _adjacent(rng, case.grade) if position in changed_at else case.grade
        remark = ""
        if position in changed_at:
            remark = rng.choice(CASE_REMARKS[1:6])
        elif plan == "remarks" or rng.random() < 0.3:
            remark = rng.choice(CASE_REMARKS)
        rows.append((reference, case.team, case.practitioner, case.auditor, case.grade, moderated, remark))
    return rows


def _form(rng: random.Random, index: int, report, cases, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("table", "lines", "sentence"))
    cases_style = rng.choice(("table", "ticks", "key", "lines"))
    actions_style = rng.choice(("table", "table", "table", "lines", "lines", "none"))
    conclusion_style = rng.choice(("ink", "box"))
    rows = _rows(rng, cases, plan, rng.choice(("plain", "prefixed", "prefixed")))
    month = (report.date.replace(day=1) - timedelta(days=1))
    urgent = plan == "urgent"
    show_service = details_style != "sentence" or rng.random() < 0.6

    changes = {
        "team": None, "practitioner": None, "grade": None, "sections": (),
        "strengths": recount(report.strengths, len(rows)),
        "development_areas": recount(report.development_areas, len(rows)),
        "urgent_question": True, "urgent_concern": urgent,
        "own": (ToolField("moderated_cases", "", None, {row[0]: row[5] for row in rows}),),
    }
    if actions_style == "none":
        changes["actions"] = ()
    if not show_service:
        changes["service"] = None
    report = replace(report, **changes)
    role = rng.choice(ROLES)

    document = new_document(rng)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, f"QA moderation summary – OFFICIAL-SENSITIVE – v{rng.choice(('2', '2.3', '3'))}", size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    brand_heading(document, rng.choice(TITLES), brand, size=15)

    # Details: who moderated, when, which service and month.
    sampled = f"{len(rows)} of {len(rows) + rng.randint(2, 9)} audits completed"
    if details_style == "table":
        items = [("Moderated by", f"{report.auditor} ({role})"), ("Date of moderation", when(report.date))]
        if report.service:
            items.insert(1, ("Service area", report.service))
        items += [("Audit month", f"{month:%B %Y}"), ("Sample", sampled)]
        grid = table(document, len(items), 2)
        for row, (name, value) in zip(grid.rows, items):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif details_style == "lines":
        line = paragraph(document)
        run(line, "Moderator: ", bold=True)
        run(line, f"{report.auditor}, {role}")
        line = paragraph(document)
        run(line, "Service: ", bold=True)
        run(line, report.service)
        run(line, "     Month audited: ", bold=True)
        run(line, f"{month:%B %Y}")
        line = paragraph(document)
        run(line, "Moderation completed: ", bold=True)
        run(line, when(report.date))
    else:
        service = f" for {report.service}" if report.service else ""
        paragraph(document, f"This summary records my moderation{service} of {sampled} in {month:%B %Y}. "
                            f"Moderation was completed on {when(report.date)}.")
        paragraph(document, f"{report.auditor}, {role}", italic=True)

    # The cases.
    brand_heading(document, rng.choice(("Cases moderated", "Sample moderated", "1. The cases")), brand, size=12)
    _cases(document, rng, rows, cases_style, ink)

    # Findings across the sample.
    brand_heading(document, rng.choice(("What the sample tells us", "2. Themes across the sample",
                                        "Findings")), brand, size=12)
    paragraph(document, rng.choice(("Strengths", "What is working well")), bold=True)
    for sentence in report.strengths:
        paragraph(document, f"\u2022 {sentence}")
    paragraph(document, rng.choice(("Areas for development", "What needs to improve")), bold=True)
    for sentence in report.development_areas:
        paragraph(document, f"\u2022 {sentence}")

    # Same-day question.
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if urgent:
        flagged = max(rows, key=lambda row: ORDER.index(row[5]))[0]
        run(question, "Yes. ")
        paragraph(document, rng.choice(URGENT_DETAILS).format(ref=flagged))
    else:
        run(question, rng.choice(NO_URGENT))

    # Actions for the service.
    brand_heading(document, rng.choice(("Actions", "Actions for the service", "3. Actions agreed")), brand, size=12)
    if not report.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        grid = table(document, len(report.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, rng.choice((("Action", "Lead", "By when"),
                                                             ("What", "Who", "When"),
                                                             ("Action required", "Responsible", "Target date")))):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], report.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(report.actions, 1):
            paragraph(document, f"{number}. {action.action} ({action.owner} – by {when(action.due)})")

    # Conclusion and sign-off.
    conclusion = rng.choice((
        "Auditors' judgements are largely consistent with mine; where I have changed a grade I have fed back "
        "to the auditor.",
        "The sample shows auditors are grading with more confidence. Feedback given at the auditors' forum.",
        "Moderation outcomes shared with Team Managers; the QA team to update the audit tracker.",
    ))
    if conclusion_style == "box":
        box = table(document, 2, 1)
        label(box.cell(0, 0), "Moderator's conclusion", "F2F2F2")
        write(box.cell(1, 0), conclusion)
        write(box.cell(1, 0), f"Signed: {report.auditor}   Date: {when(report.date)}")
    else:
        paragraph(document, "Moderator's conclusion", bold=True)
        paragraph(document, conclusion, colour=ink)
        paragraph(document, f"{report.auditor} – {when(report.date)}", colour=ink, italic=True)

    data = finish_docx(document, report.title, report.date, report.auditor)
    return held_out(FAMILY, index, report, data, "docx")


def _cases(document, rng: random.Random, rows, style: str, ink: str) -> None:
    who = rng.choice(("team", "worker", "both"))

    def holder(row) -> str:
        _, team, worker, *_ = row
        return {"team": team, "worker": worker, "both": f"{worker} ({team})"}[who]

    holder_heading = {"team": "Team", "worker": "Social worker / practitioner", "both": "Worker (team)"}[who]
    if style == "lines":
        for number, row in enumerate(rows, 1):
            reference, _, _, auditor, grade, moderated, remark = row
            line = paragraph(document)
            run(line, f"{number}. {reference}", bold=True)
            run(line, f" – {holder(row)}. Audited by {auditor}: {informal_grade(rng, grade)}. ")
            if moderated == grade:
                run(line, rng.choice(("Agreed.", "Moderator agrees.", "Grade confirmed.")), colour=ink)
            else:
                run(line, f"Not agreed – moderated to {informal_grade(rng, moderated)}.", colour=ink, bold=True)
            if remark:
                run(line, f" {remark}", colour=ink, italic=True)
        return
    if style == "key":
        paragraph(document, KEY_LINE, italic=True, size=9)
        headers = ("Case no.", holder_heading, "Auditor", "Auditor grade (1-4)", "Moderated grade (1-4)", "Comment")
    elif style == "ticks":
        headers = ("Case ref", holder_heading, "Auditor", "Auditor's grade", "Agree \u2713/\u2717",
                   "Moderated grade (if different)")
    else:
        headers = ("Case reference", holder_heading, "Audited by", "Auditor's grade", "Moderator agrees?",
                   "Grade after moderation", "Moderator's comments")
    grid = table(document, len(rows) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "D9E2F3")
    blank_when_agreed = rng.random() < 0.5
    for cells, row in zip(grid.rows[1:], rows):
        reference, _, _, auditor, grade, moderated, remark = row
        cells = cells.cells
        write(cells[0], reference)
        write(cells[1], holder(row))
        write(cells[2], auditor)
        agreed = moderated == grade
        if style == "key":
            write(cells[3], NUMBERS[grade])
            write(cells[4], NUMBERS[moderated], colour=ink, bold=not agreed)
            write(cells[5], remark, colour=ink)
            if not agreed:
                shade(cells[4]._tc, "FFF2CC")
        elif style == "ticks":
            write(cells[3], informal_grade(rng, grade))
            write(cells[4], "\u2713" if agreed else "\u2717", colour=ink, bold=True)
            if not agreed:
                write(cells[5], informal_grade(rng, moderated), colour=ink, bold=True)
        else:
            write(cells[3], informal_grade(rng, grade))
            write(cells[4], rng.choice(("Yes", "Y", "Agree")) if agreed else rng.choice(("No", "N", "Disagree")),
                  colour=ink)
            if not agreed or not blank_when_agreed:
                write(cells[5], informal_grade(rng, moderated), colour=ink, bold=not agreed)
            write(cells[6], remark, colour=ink)
    if style == "ticks" or (style == "table" and blank_when_agreed):
        paragraph(document, "Where the moderator agrees, the auditor's grade stands.", italic=True, size=9)
