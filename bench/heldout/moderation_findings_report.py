"""Moderation findings report: what a Head of Service (or a service
manager standing in) writes up after moderating some of the month's
completed case audits – who moderated, when, for which service and audit
month; each case moderated (the reference, the team or worker, the
auditor, the auditor's judgement, whether the moderator agreed and the
judgement after moderation); the findings across the cases; whether any
case needed escalating for immediate management action; the actions; and
the moderator's sign-off.

Modelled on Darlington Borough Council's children's services as the
published account of its 2018 Ofsted inspection describes them
(WillisPalmer, "Darlington requires improvement to be good"): senior
leaders who know the quality of social care practice, quality assurance
processes that have improved but need further development to support
practice improvement, management oversight that is not yet consistently
effective, and assessments too often descriptive rather than analytical.
The account describes the assurance, not a form, so the layout is our own
judgement: the details as a four-column table of label / value pairs, a
memo heading (To / From / Date / Subject) or numbered questions with the
answers beneath; the cases as one small card per case, a grid with
"Agree" and "Disagree" columns marked under (the moderated grade written
only where the moderator disagreed), a grid where a changed grade is
struck through and the new one typed after it, numbered lines, or a grid
whose moderated grade is the highlighted one of the four printed options;
the findings as headed bullets, a two-column table or numbered findings;
the escalation question answered; actions as a table, lines or a "no
actions" sentence; and the sign-off typed in the moderator's colour or
in a box.
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

FAMILY = "moderation_findings_report"
SEED = 9584

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
           INADEQUATE: "Inadequate"}
TITLES = ("Moderation Findings Report", "Audit Moderation – Findings Report", "Report of Audit Moderation",
          "Case Audit Moderation: Findings and Actions")
ROLES = ("Head of Service", "Head of Service", "Service Manager (on behalf of Head of Service)")
REMARKS = (
    "Analysis of risk stronger than the auditor credited.",
    "Assessment largely descriptive; little analysis of impact on the child.",
    "Management oversight recorded but does not direct the work.",
    "Plan not updated after the last core group.",
    "Auditor's evidence is clear and I agree with the reasoning.",
    "Visits up to date; child seen alone on each visit.",
    "Chronology not maintained since the summer.",
    "Good use of the family network in planning.",
    "Supervision notes repeat actions without saying why they slipped.",
)
NO_ACTIONS = ("No additional actions from moderation – actions from the individual audits are being followed "
              "up by the team managers.",
              "No actions arising beyond those already set in the audits.")
URGENT_QUESTIONS = ("Were any cases escalated for immediate management action?",
                    "Escalation: did moderation find any child at immediate risk needing action today?",
                    "Any case requiring urgent escalation?")
URGENT_DETAILS = (
    "Yes – {ref}. Risk had increased since the audit and there was no updated safety plan; escalated to the "
    "Team Manager and a strategy discussion convened the same day.",
    "Yes. {ref}: the child had not been seen for seven weeks. Raised with the Service Manager on the day; "
    "visit completed the following morning.",
)
NO_URGENT = ("No.", "No – none identified in this sample.", "None.", "No escalation needed.")
CONCLUSIONS = (
    "Overall, auditors are grading consistently with moderation, though some are generous where analysis "
    "is weak. Feedback has been given to each auditor.",
    "The sample confirms our own view: compliance is good but the quality of analysis still varies. "
    "Findings to go to the Practice Improvement Group.",
    "Auditors are evidencing their judgements more clearly than last quarter. Where I changed a grade I "
    "have discussed it with the auditor.",
)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    reports = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(500, seed=SEED, today=today, feedback_question=True)
            if sample.kind in (CASE_FILE_AUDIT, EARLY_HELP_AUDIT)]
    used: set[str] = set()
    # 2 urgent, 2 with comments only (every grade agreed), 3 changing grades,
    # 2 confirming every grade without comment, the rest plain.
    plans = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    plans += ["plain"] * (count - len(plans))
    rng.shuffle(plans)
    sizes = [3, 4, 5, 6, 7, 8] * 3
    rng.shuffle(sizes)
    forms = []
    for index, (report, plan) in enumerate(zip(reports, plans)):
        size = sizes[index]
        own = [case for case in pool if case.case_id not in used and case.service == report.service]
        if len(own) < size:
            own = [case for case in pool if case.case_id not in used]
        cases = own[:size]
        used.update(case.case_id for case in cases)
        forms.append(_form(rng, index, report, cases, plan))
    return forms


def _other(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    return rng.choice([ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(ORDER)])


def _rows(rng: random.Random, cases, plan: str):
    """Per case: reference as written, team, worker, auditor, auditor's
    grade, moderated grade, remark."""
    changes = {"changed": rng.randint(1, 3), "plain": rng.choice((0, 1, 1)), "urgent": rng.choice((0, 1))}.get(plan, 0)
    changed = set(rng.sample(range(len(cases)), min(changes, len(cases))))
    style = rng.choice(("plain", "prefixed", "prefixed", "mixed"))
    prefix = case_reference(rng, "")
    helper = rng.randrange(1000)
    # A moderator does not write the same remark twice in one report.
    unused = list(REMARKS)
    rng.shuffle(unused)
    rows = []
    for position, case in enumerate(cases):
        if style == "plain" or (style == "mixed" and position % 2):
            reference = case.case_id
        elif case.kind == EARLY_HELP_AUDIT:
            reference = early_help_reference(random.Random(helper + position), case.case_id)
        else:
            reference = f"{prefix}{case.case_id}"
        moderated = _other(rng, case.grade) if position in changed else case.grade
        remark = ""
        if position in changed:
            remark = next(text for text in unused if text not in REMARKS[4:6])
            unused.remove(remark)
        elif plan == "comments" or (plan in ("plain", "urgent") and rng.random() < 0.25):
            remark = unused.pop()
        rows.append((reference, case.team, case.practitioner, case.auditor, case.grade, moderated, remark))
    return rows


def _form(rng: random.Random, index: int, report, cases, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    details_style = rng.choice(("pairs", "memo", "questions"))
    cases_style = ("cards", "columns", "struck", "lines", "options")[index % 5]
    findings_style = rng.choice(("bullets", "table", "numbered"))
    actions_style = rng.choice(("table", "table", "lines", "lines", "none"))
    signoff_style = rng.choice(("ink", "box"))
    rows = _rows(rng, cases, plan)
    month = report.date.replace(day=1) - timedelta(days=1)
    show_service = details_style != "memo" or rng.random() < 0.5

    changes = {
        "team": None, "practitioner": None, "grade": None, "sections": (),
        "strengths": recount(report.strengths, len(rows)),
        "development_areas": recount(report.development_areas, len(rows)),
        "urgent_question": True, "urgent_concern": plan == "urgent",
        "own": (ToolField("moderated_cases", "", None, {row[0]: row[5] for row in rows}),),
    }
    if actions_style == "none":
        changes["actions"] = ()
    if not show_service:
        changes["service"] = None
    report = replace(report, **changes)
    role = rng.choice(ROLES)
    total = len(rows) + rng.randint(3, 12)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, f"OFFICIAL – SENSITIVE{rng.choice(('', ' (when complete)'))}", size=8)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=10)
    brand_heading(document, rng.choice(TITLES), brand, size=15)

    # About the moderation.
    if details_style == "pairs":
        grid = table(document, 3, 4)
        items = (("Moderator", report.auditor), ("Role", role),
                 ("Date moderated", when(report.date)), ("Audit month", f"{month:%B %Y}"),
                 ("Service", report.service or ""), ("Audits moderated", f"{len(rows)} of {total}"))
        for position, (name, value) in enumerate(items):
            cells = grid.rows[position // 2].cells
            label(cells[(position % 2) * 2], name, "EDEDED")
            write(cells[(position % 2) * 2 + 1], value)
    elif details_style == "memo":
        for name, value in (("To:", "Quality Assurance Team; Team Managers"),
                            ("From:", f"{report.auditor}, {role}" + (f", {report.service}" if report.service else "")),
                            ("Date:", when(report.date)),
                            ("Subject:", f"Moderation of {month:%B} {month.year} case audits ({len(rows)} cases)")):
            line = paragraph(document)
            run(line, f"{name}\t", bold=True)
            run(line, value)
    else:
        brand_heading(document, "Part A – About this moderation", brand, size=12)
        questions = [("Who completed the moderation?", f"{report.auditor} – {role}"),
                     ("When was it completed?", when(report.date))]
        if report.service:
            questions.append(("Which service's audits were moderated?", report.service))
        questions.append(("How many audits were moderated?",
                          f"{len(rows)} of the {total} audits completed in {month:%B %Y}"))
        for number, (question, answer) in enumerate(questions, 1):
            paragraph(document, f"A{number}. {question}", bold=True)
            paragraph(document, answer)

    # The cases.
    brand_heading(document, rng.choice(("Cases moderated", "Part B – Cases moderated", "The sample")), brand,
                  size=12)
    _cases(document, rng, rows, cases_style, ink)

    # Findings across the sample.
    brand_heading(document, rng.choice(("Findings across the sample", "Part C – Themes and findings",
                                        "What moderation found")), brand, size=12)
    strength_heading = rng.choice(("Strengths", "What we are doing well"))
    development_heading = rng.choice(("Areas for development", "Where practice needs to improve"))
    if findings_style == "table":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), strength_heading, "E2EFDA")
        label(grid.cell(0, 1), development_heading, "FCE4D6")
        for sentence in report.strengths:
            write(grid.cell(1, 0), f"\u2022 {sentence}")
        for sentence in report.development_areas:
            write(grid.cell(1, 1), f"\u2022 {sentence}")
    elif findings_style == "numbered":
        paragraph(document, f"{strength_heading}:", bold=True)
        for number, sentence in enumerate(report.strengths, 1):
            paragraph(document, f"{number}. {sentence}")
        paragraph(document, f"{development_heading}:", bold=True)
        for number, sentence in enumerate(report.development_areas, 1):
            paragraph(document, f"{number}. {sentence}")
    else:
        paragraph(document, strength_heading, bold=True, italic=True)
        for sentence in report.strengths:
            paragraph(document, f"\u2022 {sentence}")
        paragraph(document, development_heading, bold=True, italic=True)
        for sentence in report.development_areas:
            paragraph(document, f"\u2022 {sentence}")

    # Escalation.
    question = paragraph(document)
    run(question, rng.choice(URGENT_QUESTIONS), bold=True)
    if report.urgent_concern:
        flagged = max(rows, key=lambda row: ORDER.index(row[5]))[0]
        paragraph(document, rng.choice(URGENT_DETAILS).format(ref=flagged), colour=ink)
    else:
        paragraph(document, rng.choice(NO_URGENT), colour=ink)

    # Actions.
    brand_heading(document, rng.choice(("Actions", "Part D – Actions", "Actions arising from moderation")), brand,
                  size=12)
    if not report.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif actions_style == "table":
        headers = rng.choice((("No.", "Action", "Lead", "Timescale"), ("No.", "What needs to happen", "Who",
                                                                       "By when")))
        grid = table(document, len(report.actions) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DDEBF7")
        for number, (row, action) in enumerate(zip(grid.rows[1:], report.actions), 1):
            write(row.cells[0], str(number))
            write(row.cells[1], action.action)
            write(row.cells[2], action.owner)
            write(row.cells[3], when(action.due))
    else:
        for number, action in enumerate(report.actions, 1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, f"{action.action} Lead: {action.owner}. By: {when(action.due)}.")

    # Sign-off.
    conclusion = rng.choice(CONCLUSIONS)
    if signoff_style == "box":
        box = table(document, 3, 2)
        label(box.cell(0, 0), "Moderator's overall comment", "EDEDED")
        write(box.cell(0, 1), conclusion, colour=ink)
        label(box.cell(1, 0), "Signed", "EDEDED")
        write(box.cell(1, 1), report.auditor, colour=ink, italic=True)
        label(box.cell(2, 0), "Date", "EDEDED")
        write(box.cell(2, 1), when(report.date), colour=ink)
    else:
        paragraph(document, "Overall comment", bold=True)
        paragraph(document, conclusion, colour=ink)
        paragraph(document, f"Signed: {report.auditor}    {when(report.date)}", colour=ink)

    data = finish_docx(document, report.title, report.date, report.auditor)
    return held_out(FAMILY, index, report, data, "docx")


def _cases(document, rng: random.Random, rows, style: str, ink: str) -> None:
    who = rng.choice(("team", "worker", "both"))

    def holder(row) -> str:
        return {"team": row[1], "worker": row[2], "both": f"{row[2]}, {row[1]}"}[who]

    holder_heading = {"team": "Team", "worker": "Allocated worker", "both": "Worker / team"}[who]

    if style == "cards":
        for number, row in enumerate(rows, 1):
            reference, _, _, auditor, grade, moderated, remark = row
            paragraph(document, f"Case {number}", bold=True, size=10)
            card = table(document, 6, 2)
            agreed = moderated == grade
            items = ((("Case reference", reference, False)), (holder_heading, holder(row), False),
                     ("Auditor", auditor, False), ("Auditor's judgement", informal_grade(rng, grade), False),
                     ("Moderator agrees?", rng.choice(("Yes", "Agree")) if agreed else rng.choice(("No", "Disagree")),
                      True),
                     ("Moderated judgement", informal_grade(rng, moderated), True))
            for cells, (name, value, inked) in zip(card.rows, items):
                label(cells.cells[0], name, "F2F2F2")
                write(cells.cells[1], value, colour=ink if inked else None, bold=inked and not agreed)
            if remark:
                paragraph(document, f"Moderator's note: {remark}", colour=ink, italic=True)
        return

    if style == "lines":
        for number, row in enumerate(rows, 1):
            reference, _, _, auditor, grade, moderated, remark = row
            line = paragraph(document)
            run(line, f"{number}) {reference}", bold=True)
            run(line, f" – {holder(row)}; audited by {auditor}, graded {informal_grade(rng, grade)}. ")
            if moderated == grade:
                run(line, rng.choice(("I agree with this judgement.", "Agreed.", "Judgement confirmed.")), colour=ink)
            else:
                run(line, f"I do not agree: moderated to {informal_grade(rng, moderated)}.", colour=ink, bold=True)
            if remark:
                run(line, f" {remark}", colour=ink)
        return

    if style == "columns":
        headers = ("Case ref.", holder_heading, "Auditor", "Auditor's grade", "Agree", "Disagree",
                   "Moderated grade", "Comments")
    elif style == "struck":
        headers = ("Case reference", holder_heading, "Auditor", "Judgement", "Moderator's comments")
    else:
        headers = ("Ref", holder_heading, "Audited by", "Auditor's grade", "Moderated grade (highlight)",
                   "Comments")
    grid = table(document, len(rows) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "D9E1F2")
    tick = rng.choice(("\u2713", "X", "x", "\u221a"))
    for cells, row in zip(grid.rows[1:], rows):
        reference, _, _, auditor, grade, moderated, remark = row
        cells = cells.cells
        agreed = moderated == grade
        write(cells[0], reference)
        write(cells[1], holder(row))
        write(cells[2], auditor)
        if style == "columns":
            write(cells[3], informal_grade(rng, grade))
            write(cells[4 if agreed else 5], tick, colour=ink, bold=True)
            if not agreed:
                write(cells[6], informal_grade(rng, moderated), colour=ink, bold=True)
            write(cells[7], remark, colour=ink)
        elif style == "struck":
            target = cells[3].paragraphs[0]
            if agreed:
                run(target, informal_grade(rng, grade))
                run(target, " \u2713 agreed", colour=ink)
            else:
                run(target, informal_grade(rng, grade), strike=True)
                run(target, f" {informal_grade(rng, moderated)}", colour=ink, bold=True)
            write(cells[4], remark, colour=ink)
        else:
            write(cells[3], informal_grade(rng, grade))
            target = cells[4].paragraphs[0]
            for position, option in enumerate(ORDER):
                if position:
                    run(target, " / ")
                run(target, PRINTED[option], highlight=option == moderated, bold=option == moderated,
                    colour=ink if option == moderated else None)
            if not agreed:
                shade(cells[4]._tc, "FFF2CC")
            write(cells[5], remark, colour=ink)
    if style == "columns":
        paragraph(document, "Moderated grade completed only where the moderator disagrees; otherwise the "
                            "auditor's grade stands.", italic=True, size=9)
    elif style == "struck":
        paragraph(document, "Where the moderator changed a judgement, the auditor's grade is struck through and "
                            "the moderated grade follows.", italic=True, size=9)
