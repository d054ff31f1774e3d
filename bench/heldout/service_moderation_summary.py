"""Service moderation summary: a Head of Service's monthly account of the
managers' case file reviews they moderated. A bilingual title, the
summary's details (service, Head of Service, month reviewed, date, who it
goes to), the case file reviews moderated (reference, team and worker,
the reviewing manager, the manager's grade, whether the Head of Service
agreed, the grade after moderation), the question whether any child
needed action the same day, what the sample shows is working well and
what needs to improve, the service's actions, and a sign-off.

Modelled on Powys County Council's children's services as the Welsh
Government's written statement to the National Assembly on their
improvement (16 April 2018) and Care Inspectorate Wales' follow-up
inspection report (January 2019) describe them: a quality assurance
framework introduced to bring consistency to frontline practice, every
manager expected to carry out comprehensive case file reviews with action
plans for the deficits found, monthly progress reports to an Improvement
and Assurance Board, and the development of quality assurance noted by
the inspectors. The sources describe the process, not a form, so the
layout is our judgement: the details as a two-column table, a four-cell
grid or run-in lines; the cases as a table with an "Agreed?" column
(Y / N, ticks, "Agreed" / "Not agreed"), a table whose grade cell strikes
the manager's grade through and types the moderated one after it in the
Head of Service's colour, a table graded by numbers on a printed 1-4 key,
or numbered lines; findings as bullets, numbered points or a two-column
table; actions as a table, as lines or a "no actions" sentence.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF
from bot.samples.ooxml import shade
from bot.samples.people import EARLY_HELP, FRONT_LINE_MANAGERS, PRACTITIONER, QA_TEAM, invent_case_id
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

FAMILY = "service_moderation_summary"
SEED = 9684

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
FULL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
        INADEQUATE: "Inadequate"}
TITLES = (
    ("Adroddiad Cymedroli Pennaeth Gwasanaeth", "Head of Service Moderation Summary"),
    ("Crynodeb Cymedroli Adolygiadau Ffeiliau Achos", "Case File Review Moderation – Monthly Summary"),
    ("Sicrwydd Ansawdd: Cymedroli", "Quality Assurance: Service Moderation Report"),
)
BOARDS = ("Improvement and Assurance Board", "Children's Services Quality Assurance Group",
          "Assistant Director – Children's Services", "Senior Management Team (Children)")
PLANS = ("urgent", "urgent", "comments", "comments", "changes", "changes", "changes", "confirms", "confirms",
         "plain", "plain", "plain", "plain", "plain", "plain", "plain")
CASE_REMARKS = (
    "Agree – analysis is proportionate.",
    "Manager's rationale is clear; chronology still to be updated.",
    "Well evidenced. Share with the team as an example.",
    "Voice of the child strong; plan outcomes need to be measurable.",
    "Agreed, though supervision notes are thin.",
    "Fair review. The 'what matters' conversation is recorded well.",
    "Review picked up the drift in visits – agreed.",
)
CHANGE_REMARKS = {
    "down": ("Grade lowered: the plan has not been reviewed since the strategy meeting.",
             "Lowered – visits are not within timescale and this was not weighted in the review.",
             "Moderated down: the risk analysis does not reflect the police information."),
    "up": ("Raised – the review underweights the impact of the direct work.",
           "Grade raised: evidence of change for the child is clear on file.",
           "Moderated up; the manager was harsh on recording that has since been completed."),
}
URGENT_DETAILS = (
    "Yes – {ref}: the review found no visit for seven weeks. Team Manager asked to visit today and a strategy "
    "discussion was held the same afternoon.",
    "Yes. {ref} – new information about a risky adult in the household had not been acted on. Escalated to the "
    "Team Manager on the day; strategy meeting convened.",
    "Yes: on {ref} the safety plan relied on an adult who has left the home. Case discussed with the Team "
    "Manager and a revised safety plan agreed the same day.",
)
URGENT_QUESTIONS = (
    "Did moderation identify any child who needed action the same day?",
    "Any immediate safeguarding concerns escalated?",
    "Were any cases escalated for urgent management action?",
)
NO_ACTIONS = ("No further service actions this month – actions from individual reviews are tracked on the case.",
              "No new actions. Last month's actions remain open and are reported to the Board.",
              "None this month.")
OPENERS = (
    "This summary covers the case file reviews completed by managers in the month and moderated by me. "
    "Individual feedback has gone to each reviewer.",
    "Reviews were read against the file before moderation; where I disagreed I spoke to the reviewing manager.",
    "The sample was chosen by the QA team from reviews returned in the month.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    plans = list(PLANS[:count]) + ["plain"] * max(0, count - len(PLANS))
    rng.shuffle(plans)
    return [_form(rng, index, sample, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _step(rng: random.Random, grade: str) -> tuple[str, str]:
    """A grade one step away and which way it went."""
    position = ORDER.index(grade)
    if position == 0 or (position < 3 and rng.random() < 0.65):
        return ORDER[position + 1], "down"
    return ORDER[position - 1], "up"


def _cases(rng: random.Random, sample, plan: str) -> list[dict]:
    total = rng.randint(3, 8)
    service = sample.service
    workers = [member for member in STAFF if member.role == PRACTITIONER and member.service == service]
    reviewers = [member for member in STAFF if member.role in (*FRONT_LINE_MANAGERS, QA_TEAM)
                 and member.name != sample.auditor]
    changes = {"changes": rng.randint(1, 2), "plain": rng.choice((0, 0, 1)), "urgent": rng.choice((0, 1))}.get(plan, 0)
    changed = set(rng.sample(range(total), changes))
    prefixed = rng.random() < 0.6
    cases, seen = [], set()
    while len(cases) < total:
        number = invent_case_id(rng)
        if service == EARLY_HELP and rng.random() < 0.5:
            reference = early_help_reference(rng, number)
        elif prefixed:
            reference = case_reference(rng, number)
        else:
            reference = number
        if reference in seen:
            continue
        seen.add(reference)
        worker = rng.choice(workers)
        same_team = [member for member in reviewers if member.team == worker.team]
        same_service = [member for member in reviewers if member.service == service] or reviewers
        reviewer = same_team[0] if same_team and rng.random() < 0.6 else rng.choice(same_service)
        grade = rng.choices(ORDER, weights=(1, 5, 4, 2))[0]
        if plan == "urgent" and len(cases) == 0:
            grade = INADEQUATE
        moderated, way = grade, None
        if len(cases) in changed:
            moderated, way = _step(rng, grade)
        if way:
            remark = rng.choice(CHANGE_REMARKS[way])
        elif plan == "comments" or rng.random() < 0.3:
            remark = rng.choice(CASE_REMARKS)
        else:
            remark = ""
        cases.append({"ref": reference, "team": worker.team, "worker": worker.name, "reviewer": reviewer.name,
                      "grade": grade, "moderated": moderated, "remark": remark})
    return cases


def _form(rng: random.Random, index: int, sample, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    cases = _cases(rng, sample, plan)
    month = sample.date.replace(day=1) - timedelta(days=1)
    period = f"{month:%B %Y}" if rng.random() < 0.7 else f"{month:%b %Y}"
    urgent = plan == "urgent"
    changes = {
        "strengths": recount(sample.strengths, len(cases)),
        "development_areas": recount(sample.development_areas, len(cases)),
        "urgent_question": True, "urgent_concern": urgent,
        "urgent_concern_detail": rng.choice(URGENT_DETAILS).format(ref=cases[0]["ref"]) if urgent else None,
        "moderation": None,
        "own": (ToolField("period", "Month reviewed", period, period),
                ToolField("audits_moderated", "Reviews moderated", str(len(cases)), str(len(cases))),
                ToolField("moderated_cases", "", None, {case["ref"]: case["moderated"] for case in cases})),
    }
    if plan == "plain" and rng.random() < 0.3:
        changes["actions"] = ()
    sample = replace(sample, **changes)

    document = new_document(rng, landscape=rng.random() < 0.35)
    welsh, english = rng.choice(TITLES)
    footer = document.sections[0].footer.paragraphs[0]
    run(footer, rng.choice(("SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE", "OFFICIAL – SENSITIVE (when completed)")),
        size=8)
    paragraph(document, council_line(rng), bold=True, size=9)
    if rng.random() < 0.5:
        brand_heading(document, welsh, brand, size=12)
        brand_heading(document, english, brand, size=14)
    else:
        brand_heading(document, f"{english} / {welsh}", brand, size=13)

    _details(document, rng, sample, period, len(cases), when, brand)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(OPENERS), italic=rng.random() < 0.5)
    _case_list(document, rng, cases, ink, brand)
    _urgent(document, rng, sample, ink)
    _findings(document, rng, sample, brand)
    _actions(document, rng, sample, when, brand)
    _sign_off(document, rng, sample, when)
    data = finish_docx(document, english, sample.date, sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx")


def _details(document, rng, sample, period, total, when, brand) -> None:
    del brand  # the details are printed in black
    style = rng.choice(("table", "grid", "lines"))
    board = rng.choice(BOARDS)
    items = [
        (rng.choice(("Service area", "Service", "Gwasanaeth / Service")), sample.service),
        (rng.choice(("Head of Service", "Moderated by (Head of Service)", "Moderator")), sample.auditor),
        (rng.choice(("Month reviewed", "Reviews completed in", "Period")), period),
        (rng.choice(("Number of reviews moderated", "Reviews moderated", "No. of case file reviews")), str(total)),
        (rng.choice(("Date of report", "Date completed", "Date")), when(sample.date)),
        (rng.choice(("Reported to", "Copy to", "For")), board),
    ]
    if style == "lines":
        for name, value in items:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
        return
    if style == "table":
        grid = table(document, len(items), 2)
        for row, (name, value) in zip(grid.rows, items):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
        return
    grid = table(document, 3, 4)
    for position, (name, value) in enumerate(items):
        row, column = divmod(position, 2)
        label(grid.cell(row, column * 2), name, "E7E6E6")
        write(grid.cell(row, column * 2 + 1), value)


def _grade_text(rng, grade: str, style: str) -> str:
    if style == "numbers":
        return NUMBERS[grade]
    if style == "full":
        return FULL[grade]
    return informal_grade(rng, grade)


def _case_list(document, rng, cases, ink, brand) -> None:
    style = rng.choice(("agreed_column", "strike", "numbers", "lines"))
    grade_style = "numbers" if style == "numbers" else rng.choice(("informal", "full"))
    heading = rng.choice(("Case file reviews moderated", "1. Reviews moderated this month",
                          "Cases moderated / Achosion a gymedrolwyd"))
    brand_heading(document, heading, brand, size=12)
    worker_style = rng.choice(("team", "worker", "both"))

    def who(case) -> str:
        return {"team": case["team"], "worker": case["worker"],
                "both": f"{case['worker']} ({case['team']})"}[worker_style]

    who_header = {"team": "Team", "worker": "Social worker", "both": "Worker / team"}[worker_style]
    if style == "numbers":
        key = paragraph(document)
        run(key, "Key: ", bold=True)
        run(key, "1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate")
    if style == "lines":
        agree_words = rng.choice((("Agreed.", "Not agreed –"), ("HoS agrees.", "HoS does not agree –"),
                                  ("Grade confirmed.", "Grade changed –")))
        numbered = rng.random() < 0.5
        for position, case in enumerate(cases, start=1):
            line = paragraph(document)
            run(line, f"{position}. " if numbered else "\u2022 ")
            run(line, case["ref"], bold=True)
            run(line, f" – {who(case)}; reviewed by {case['reviewer']}, graded "
                      f"{_grade_text(rng, case['grade'], grade_style)}. ")
            if case["moderated"] == case["grade"]:
                run(line, agree_words[0], colour=ink)
            else:
                run(line, f"{agree_words[1]} moderated grade {_grade_text(rng, case['moderated'], grade_style)}.",
                    colour=ink, bold=True)
            if case["remark"]:
                run(line, f" {case['remark']}", colour=ink, italic=True)
        return

    show_remarks = any(case["remark"] for case in cases) or rng.random() < 0.5
    if style == "strike":
        headers = ["Case ref", who_header, "Reviewed by", "Grade (reviewer / moderated)", "Agreed"]
    else:
        headers = ["Case no.", who_header, "Reviewing manager", "Reviewer's grade",
                   rng.choice(("Agreed? Y/N", "HoS agrees?", "Agree")), "Moderated grade"]
    if show_remarks:
        headers.append(rng.choice(("HoS comments", "Moderator's comments", "Comments")))
    agree_marks = rng.choice((("Y", "N"), ("\u2713", "\u2717"), ("Agreed", "Not agreed"), ("Yes", "No")))
    blank_when_agreed = style == "agreed_column" and rng.random() < 0.35
    grid = table(document, len(cases) + 1, len(headers))
    fill = rng.choice(("D9E2F3", "E2EFD9", "EDEDED", "FFF2CC"))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, fill)
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        agreed = case["moderated"] == case["grade"]
        write(cells[0], case["ref"])
        write(cells[1], who(case))
        write(cells[2], case["reviewer"])
        if style == "strike":
            target = cells[3].paragraphs[0]
            if agreed:
                run(target, _grade_text(rng, case["grade"], grade_style))
            else:
                run(target, _grade_text(rng, case["grade"], grade_style), strike=True)
                run(target, " ")
                run(target, _grade_text(rng, case["moderated"], grade_style), colour=ink, bold=True)
            write(cells[4], agree_marks[0] if agreed else agree_marks[1], colour=ink)
            next_cell = 5
        else:
            write(cells[3], _grade_text(rng, case["grade"], grade_style))
            write(cells[4], agree_marks[0] if agreed else agree_marks[1], colour=ink)
            if agreed and blank_when_agreed:
                pass
            else:
                write(cells[5], _grade_text(rng, case["moderated"], grade_style), colour=ink, bold=not agreed)
            next_cell = 6
        if show_remarks and case["remark"]:
            write(cells[next_cell], case["remark"], colour=ink)
        if not agreed and rng.random() < 0.5:
            shade(cells[next_cell - 1 if style != "strike" else 3]._tc, "FFF2CC")
    if blank_when_agreed:
        paragraph(document, "Moderated grade left blank where I agreed with the reviewer's grade.", italic=True,
                  size=9)


def _urgent(document, rng, sample, ink) -> None:
    question = rng.choice(URGENT_QUESTIONS)
    style = rng.choice(("boxes", "answer", "table"))
    if style == "table":
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, "F2F2F2")
        write(grid.cell(0, 1), sample.urgent_concern_detail or rng.choice(("No", "No – none identified.", "None")),
              colour=ink)
        return
    line = paragraph(document)
    run(line, f"{question} ", bold=True)
    if style == "boxes":
        run(line, "\u2612 Yes  \u2610 No" if sample.urgent_concern else "\u2610 Yes  \u2612 No")
        if sample.urgent_concern_detail:
            paragraph(document, sample.urgent_concern_detail, colour=ink)
    else:
        run(line, sample.urgent_concern_detail or rng.choice(("No.", "None identified this month.", "No")),
            colour=ink)


def _findings(document, rng, sample, brand) -> None:
    good_heading, worry_heading = rng.choice((
        ("What is working well", "What needs to improve"),
        ("Themes – strengths", "Themes – areas for development"),
        ("Beth sy'n gweithio'n dda / What is working well", "Beth sydd angen ei wella / What needs to improve"),
    ))
    style = rng.choice(("bullets", "numbered", "table"))
    if style == "table":
        brand_heading(document, rng.choice(("Findings across the sample", "Themes from moderation")), brand, size=12)
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), good_heading, "E2EFD9")
        label(grid.cell(0, 1), worry_heading, "FBE4D5")
        for row, text in zip(grid.rows[1:], sample.strengths):
            write(row.cells[0], text)
        for row, text in zip(grid.rows[1:], sample.development_areas):
            write(row.cells[1], text)
        return
    for heading, items in ((good_heading, sample.strengths), (worry_heading, sample.development_areas)):
        brand_heading(document, heading, brand, size=12)
        for position, text in enumerate(items, start=1):
            paragraph(document, f"{position}. {text}" if style == "numbered" else f"\u2022 {text}")


def _actions(document, rng, sample, when, brand) -> None:
    brand_heading(document, rng.choice(("Actions for the service", "Service actions", "Actions / Camau gweithredu")),
                  brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if rng.random() < 0.55:
        headers = rng.choice((("Action", "Lead", "By when"), ("What", "Who", "When"),
                              ("Action", "Responsible", "Target date", "Progress")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
        return
    for position, action in enumerate(sample.actions, start=1):
        paragraph(document, f"{position}. {action.action} – {action.owner}, by {when(action.due)}")


def _sign_off(document, rng, sample, when) -> None:
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "Signed (Head of Service)")
        write(grid.cell(0, 1), sample.auditor)
        label(grid.cell(1, 0), "Date")
        write(grid.cell(1, 1), when(sample.date))
    else:
        line = paragraph(document)
        run(line, "Signed: ", bold=True)
        run(line, f"{sample.auditor}, Head of Service   ")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
