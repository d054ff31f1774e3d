"""Head of Service monthly moderation report: once a month a Head of Service
(or service manager) writes up the case audits they moderated from their
managers' audits of the month before, and emails it to the Quality
Assurance team. The report opens as a memo or with a front table (who
moderated, the service, the month, how many audits, the date), lists the
cases moderated (case number, social worker and team, the auditor, the
auditor's grade, whether the moderator agreed, the grade that stands),
draws out what the sample says across the service, sets the service's
actions, answers whether any child needed immediate safeguarding action,
and is signed off.

Modelled on Buckinghamshire Council's children's services as the published
account of Ofsted's second monitoring visit after the inadequate judgement
of January 2018 describes them (WillisPalmer, "Buckinghamshire shows early
signs of improvement", 2019: the service re-aligned, the quality assurance
framework refreshed, a refreshed improvement plan from November 2018 with
an increased focus on practice and quality standards alongside
compliance; standards of practice and of frontline management still too
variable). Every council in the South West is already used by another
family, so a council from the neighbouring South East was taken. The
account shows no form, so the layout is our own judgement of how a Head of
Service checking the consistency of managers' grading would report it:
details as a memo heading, a front table or a boxed block; the cases as a
"delete as appropriate" table (options struck through or the chosen one
highlighted), as a table of numbers on a printed key with Agree / Disagree
tick boxes, as marks under four grade columns, or as a short paragraph per
case; the moderator's words typed in a colour; findings as headed bullets,
a two-row table or numbered key messages; actions as a table, as arrowed
lines or a "no actions" sentence; the immediate-safeguarding question
answered with tick boxes; the sign-off.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, tool_samples

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

FAMILY = "hos_monthly_moderation"
SEED = 9763

ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
LONG = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
        INADEQUATE: "Inadequate"}
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
BOX_ON, BOX_OFF = "\u2612", "\u2610"

TITLES = ("Monthly Moderation Report", "Head of Service Moderation – Monthly Report",
          "Case Audit Moderation Report", "Moderation of Practice Audits: Monthly Summary")
ROLES = ("Head of Service", "Head of Service", "Service Manager", "Interim Head of Service")
AGREE_NOTES = ("Well evidenced; grading consistent with the practice standards.",
               "Agree – the audit picks up the drift in planning.",
               "Fair and balanced audit.", "Agree; spoke to the auditor about SMART actions.")
CHANGE_NOTES = {
    "down": ("Grade not supported by the evidence on file.", "Too generous – visits out of timescale not weighed.",
             "Impact for the child not evidenced; regraded after talking it through with the auditor."),
    "up": ("Audit under-credits the direct work with the child.", "Progress for the child is clear; regraded.",
           "Auditor focused on compliance gaps rather than impact."),
}
COMMENT_ONLY = ("Grade stands; case summary needs updating.", "Agree grade – chronology to be brought up to date.",
                "No change to grade; supervision records to be uploaded.",
                "Grade stands; the plan's review date must be set.")
URGENT = ("Case {ref}: no statutory visit for over six weeks – raised with the team manager the same day and a "
          "visit made the following morning.",
          "Case {ref}: new concerns about the mother's partner not risk assessed – strategy discussion requested "
          "the same day.")
NO_ACTIONS = ("No new actions this month; last month's actions remain open and are on track.",
              "There are no service-wide actions arising. Case-level actions sit with the auditing managers.")
OPENERS = ("I moderated the audits below with each auditor, either in person or on Teams.",
           "Audits were moderated against the practice standards and the grading guidance.",
           "All moderation conversations were held with the auditor before the grade was finalised.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED + 2)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(260, seed=SEED + 1, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    profiles = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    profiles += ["plain"] * (count - len(profiles))
    rng.shuffle(profiles)
    forms = []
    for index, (sample, profile) in enumerate(zip(overviews, profiles)):
        size = 3 + index % 6 if index < 12 else rng.randint(3, 8)
        # A Head of Service moderates other managers' audits, their own service's first.
        others = [audit for audit in pool if audit.auditor != sample.auditor]
        own = [audit for audit in others if audit.service == sample.service]
        audits = rng.sample(own, min(size, len(own)))
        audits += rng.sample([audit for audit in others if audit not in audits], size - len(audits))
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, profile, audits))
    return forms


def _neighbour(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    return rng.choice([ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)])


def _cases(rng: random.Random, profile: str, audits) -> list[dict]:
    # One case system per report: every reference carries the same prefix, or none.
    prefix = case_reference(rng, "")
    style = rng.choice(("prefix", "prefix", "plain"))
    cases = []
    for audit in audits:
        if profile in ("confirmed", "comments"):
            final = audit.grade
        elif audit.moderation and audit.moderation.grade:
            final = audit.moderation.grade
        else:
            final = audit.grade if rng.random() < 0.75 else _neighbour(rng, audit.grade)
        ref = f"{prefix}{audit.case_id}" if style == "prefix" else audit.case_id
        cases.append({"ref": ref, "team": audit.team, "worker": audit.practitioner, "auditor": audit.auditor,
                      "grade": audit.grade, "final": final, "note": None})
    if profile == "changed" and all(case["final"] == case["grade"] for case in cases):
        case = rng.choice(cases)
        case["final"] = _neighbour(rng, case["grade"])
    for case in cases:
        if profile == "comments":
            case["note"] = rng.choice(COMMENT_ONLY)
        elif case["final"] != case["grade"]:
            way = "up" if ORDER.index(case["final"]) < ORDER.index(case["grade"]) else "down"
            case["note"] = rng.choice(CHANGE_NOTES[way])
        elif rng.random() < 0.35:
            case["note"] = rng.choice(AGREE_NOTES)
    return cases


def _form(rng: random.Random, index: int, sample, profile: str, audits) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    cases = _cases(rng, profile, audits)
    total = len(cases)
    own = tuple(replace(field, written=str(total), expected=str(total)) if field.key == "audits_moderated" else field
                for field in sample.own)
    changes = {"own": own, "strengths": recount(sample.strengths, total),
               "development_areas": recount(sample.development_areas, total), "urgent_question": True,
               "urgent_concern": False}
    if index % 5 == 3:
        changes["actions"] = ()
    detail = None
    if profile == "urgent":
        worst = max(cases, key=lambda case: ORDER.index(case["final"]))
        detail = rng.choice(URGENT).format(ref=worst["ref"])
        changes.update(urgent_concern=True, urgent_concern_detail=detail)
    sample = replace(sample, **changes)
    period = next(field.written for field in sample.own if field.key == "period")
    role = rng.choice(ROLES)
    title = rng.choice(TITLES)

    document = new_document(rng, landscape=index % 3 == 1)
    paragraph(document, council_line(rng), colour=brand, size=9, bold=True)
    brand_heading(document, f"{title} – {period}" if rng.random() < 0.5 else title, brand, size=15)
    (_memo, _front_table, _boxed)[index % 3](rng, document, sample, role, period, total, when)
    paragraph(document, rng.choice(OPENERS), italic=True, size=9)

    brand_heading(document, rng.choice(("Cases moderated", "Section A – Audits moderated",
                                        "Moderation decisions")), brand)
    (_delete_table, _key_table, _columns_table, _paragraphs)[(index // 2) % 4](rng, document, cases, ink)

    _findings(rng, document, sample, brand, ink)
    _actions(rng, document, sample, brand, when)
    _urgent(rng, document, detail, brand, ink)
    _sign_off(rng, document, sample, role, when, ink)

    data = finish_docx(document, title, sample.date, sample.auditor)
    truth = sample.expected()
    truth["extra"] = {**truth["extra"], "moderated_cases": {case["ref"]: case["final"] for case in cases}}
    return held_out(FAMILY, index, sample, data, "docx", truth=truth)


# --- details -----------------------------------------------------------------------


def _memo(rng: random.Random, document, sample, role, period, total, when) -> None:
    lines = (("To", rng.choice(("Quality Assurance Team", "QA Team (audit mailbox)"))),
             ("From", f"{sample.auditor}, {role}"), ("Service", sample.service), ("Date", when(sample.date)),
             ("Re", f"Moderation of case audits – {period}"), ("No. of audits moderated", str(total)))
    for name, value in lines:
        line = paragraph(document)
        run(line, f"{name}:\t", bold=True)
        run(line, value)
    paragraph(document, "_" * 60, size=8)


def _front_table(rng: random.Random, document, sample, role, period, total, when) -> None:
    grid = table(document, 3, 4)
    cells = (("Moderated by", sample.auditor), ("Role", role), ("Service area", sample.service),
             ("Date completed", when(sample.date)), ("Audit month", period), ("Audits moderated", str(total)))
    for place, (name, value) in enumerate(cells):
        row = grid.rows[place // 2]
        label(row.cells[(place % 2) * 2], name, "D9D9D9")
        write(row.cells[(place % 2) * 2 + 1], value)
    paragraph(document)


def _boxed(rng: random.Random, document, sample, role, period, total, when) -> None:
    box = table(document, 1, 1)
    cell = box.cell(0, 0)
    for name, value in ((role, sample.auditor), ("Service", sample.service), ("Month", period),
                        ("Number of audits moderated", str(total)), ("Report date", when(sample.date))):
        target = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        run(target, f"{name} – ", bold=True)
        run(target, value)
    paragraph(document)


# --- the cases ---------------------------------------------------------------------


def _worker(rng: random.Random, case: dict) -> str:
    return rng.choice((f"{case['worker']}, {case['team']}", f"{case['worker']} ({case['team']})"))


def _options(cell, chosen: str, style: str, ink: str) -> None:
    """All four grades printed; the others struck through, or the chosen one highlighted."""
    target = cell.paragraphs[0]
    for place, grade in enumerate(ORDER):
        if place:
            run(target, " / ")
        if style == "strike":
            run(target, SHORT[grade], strike=grade != chosen, bold=grade == chosen, colour=ink if grade == chosen
                else None)
        else:
            run(target, SHORT[grade], highlight=grade == chosen, bold=grade == chosen)


def _delete_table(rng: random.Random, document, cases, ink: str) -> None:
    style = rng.choice(("strike", "highlight"))
    paragraph(document, "Delete as appropriate." if style == "strike" else "Highlight the grade that stands.",
              italic=True, size=9)
    headers = ("Case no.", "Social worker / team", "Auditor", "Audit grade", "Agree?", "Grade after moderation",
               "Moderator's comments")
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], _worker(rng, case))
        write(cells[2], case["auditor"])
        write(cells[3], informal_grade(rng, case["grade"]))
        agreed = case["final"] == case["grade"]
        target = cells[4].paragraphs[0]
        if style == "strike":
            run(target, "Yes", strike=not agreed, colour=ink if agreed else None)
            run(target, " / ")
            run(target, "No", strike=agreed, colour=None if agreed else ink)
        else:
            run(target, "Yes" if agreed else "No", colour=ink, bold=True)
        _options(cells[5], case["final"], style, ink)
        if case["note"]:
            write(cells[6], case["note"], colour=ink)
    paragraph(document, "O = Outstanding, G = Good, RI = Requires Improvement, I = Inadequate", size=8)
    paragraph(document)


def _key_table(rng: random.Random, document, cases, ink: str) -> None:
    key = paragraph(document)
    run(key, "Grading key:  ", bold=True)
    run(key, "   ".join(f"{NUMBERS[grade]} – {LONG[grade]}" for grade in ORDER))
    headers = ("Ref", "Team", "Worker", "Audited by", "Auditor grade (1-4)", "Moderation", "Final grade (1-4)")
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "E2EFDA")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], case["team"])
        write(cells[2], case["worker"])
        write(cells[3], case["auditor"])
        write(cells[4], NUMBERS[case["grade"]])
        agreed = case["final"] == case["grade"]
        write(cells[5], f"{BOX_ON if agreed else BOX_OFF} Agree  {BOX_OFF if agreed else BOX_ON} Disagree",
              colour=ink)
        write(cells[6], NUMBERS[case["final"]], colour=ink, bold=True)
    notes = [case for case in cases if case["note"]]
    if notes:
        paragraph(document, "Comments", bold=True)
        for case in notes:
            line = paragraph(document)
            run(line, f"{case['ref']}: ", bold=True)
            run(line, case["note"], colour=ink)
    paragraph(document)


def _columns_table(rng: random.Random, document, cases, ink: str) -> None:
    paragraph(document, "Mark the grade agreed at moderation under the grade columns.", italic=True, size=9)
    symbol = rng.choice(("X", "\u2713", "\u25cf"))
    headers = ("Case reference", "Worker (team)", "Auditor", "Auditor's grade", *(LONG[grade] for grade in ORDER),
               "Agreed with auditor")
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "FFF2CC")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], f"{case['worker']} ({case['team']})")
        write(cells[2], case["auditor"])
        write(cells[3], informal_grade(rng, case["grade"]))
        write(cells[4 + ORDER.index(case["final"])], symbol, colour=ink, bold=True)
        agreed = case["final"] == case["grade"]
        text = rng.choice(("Y", "Yes")) if agreed else rng.choice(("N", "No"))
        write(cells[8], text + (f" – {case['note']}" if case["note"] else ""), colour=ink)
    paragraph(document)


def _paragraphs(rng: random.Random, document, cases, ink: str) -> None:
    for case in cases:
        line = paragraph(document)
        run(line, f"{case['ref']}", bold=True)
        run(line, f" – {_worker(rng, case)}. Audited by {case['auditor']}, graded "
                  f"{informal_grade(rng, case['grade'])}. ")
        if case["final"] == case["grade"]:
            text = rng.choice(("I agree with the grade.", "Moderation: agreed, grade stands.", "Agreed."))
        else:
            text = rng.choice(("I do not agree; moderated to {g}.", "Not agreed – grade changed to {g}.",
                               "Moderated grade: {g} (disagree with auditor).")).format(
                g=informal_grade(rng, case["final"]))
        run(line, text, colour=ink, bold=True)
        if case["note"]:
            run(line, f" {case['note']}", colour=ink)
    paragraph(document)


# --- findings, actions, the question, sign-off ----------------------------------------


def _findings(rng: random.Random, document, sample, brand: str, ink: str) -> None:
    style = rng.choice(("bullets", "rows", "numbered"))
    brand_heading(document, rng.choice(("Themes from moderation", "What the sample tells us", "Findings")), brand,
                  size=12)
    if style == "bullets":
        for heading, items in (("What is working well", sample.strengths), ("What needs to get better",
                                                                             sample.development_areas)):
            paragraph(document, heading, bold=True, italic=True)
            for item in items:
                paragraph(document, f"\u2022  {item}", colour=ink)
    elif style == "rows":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), "Strengths", "E2EFDA")
        label(grid.cell(1, 0), "Areas for development", "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(0, 1), f"- {item}", colour=ink)
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"- {item}", colour=ink)
    else:
        paragraph(document, "Key messages – strengths:", bold=True)
        for number, item in enumerate(sample.strengths, start=1):
            paragraph(document, f"{number}. {item}", colour=ink)
        paragraph(document, "Key messages – areas for development:", bold=True)
        for number, item in enumerate(sample.development_areas, start=1):
            paragraph(document, f"{number}. {item}", colour=ink)
    paragraph(document)


def _actions(rng: random.Random, document, sample, brand: str, when) -> None:
    brand_heading(document, rng.choice(("Actions", "Service actions arising", "Next steps")), brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        paragraph(document)
        return
    if rng.random() < 0.5:
        headers = ("Action", "Owner", "Target date", "Progress / RAG")
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            line = paragraph(document)
            run(line, "\u2192 ")
            run(line, action.action)
            run(line, f"  Owner: {action.owner}.  By: {when(action.due)}", italic=True)
    paragraph(document)


def _urgent(rng: random.Random, document, detail, brand: str, ink: str) -> None:
    asked = rng.choice(("Did moderation identify any child in need of immediate safeguarding action?",
                        "Any cases escalated for immediate action?",
                        "Were any immediate safety concerns identified?"))
    line = paragraph(document)
    run(line, asked + "   ", bold=True)
    run(line, f"{BOX_ON if detail else BOX_OFF} Yes   {BOX_OFF if detail else BOX_ON} No", colour=ink)
    if detail:
        paragraph(document, f"Details: {detail}", colour=ink)
    paragraph(document)


def _sign_off(rng: random.Random, document, sample, role: str, when, ink: str) -> None:
    if rng.random() < 0.5:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), f"Signed ({role})", "F2F2F2")
        write(grid.cell(0, 1), sample.auditor, colour=ink, italic=True)
        label(grid.cell(1, 0), "Date", "F2F2F2")
        write(grid.cell(1, 1), when(sample.date))
    else:
        line = paragraph(document)
        run(line, "Signed: ", bold=True)
        run(line, f"{sample.auditor}   ", colour=ink, italic=True)
        run(line, f"{role}, {sample.service}   ")
        run(line, "Date: ", bold=True)
        run(line, when(sample.date))
