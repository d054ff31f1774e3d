"""Head of Service moderation return: the short report a Head of Service (or
service manager) sends the Quality Assurance team once a month, after
moderating a sample of the case audits their managers completed. Who
moderated and when, the month and how many audits, the cases moderated
(the case reference, the team or worker, who audited it, the auditor's
judgement, whether the moderator agreed and the judgement after
moderation), what the sample says about practice across the service, the
service's actions, whether any child needed action that day, and the
sign-off.

Modelled on Derby City Council's children's services as the council's
own news release on its Ofsted inspection describes them ("Children's
services outstanding", May 2022, after the ILACS inspection of March
2022: outstanding for overall effectiveness and for the impact of leaders
on social work practice, practitioners having embraced a new model of
working, leaders who know their services) and Children and Young People
Now's account of the same report (an "impressive and committed senior
leadership team", "a clear and tangible service culture", a commitment to
continuous improvement). Neither shows a form, so the layout is our own
judgement of how such leaders' monthly moderation would be returned: the
details as a two-column table, as a four-column grid or as "label:
value" lines; the cases as a table (with the agreement written Yes / No,
Agree / Disagree or ticks and crosses, grades in words or as numbers on a
printed key), as a table where the moderator strikes the auditor's grade
through and types the new one beside it, as a card per case, or as
numbered lines; the moderator's entries typed in a colour; themes as
lists or a two-column table; actions as a table, as lines or a "no
actions" sentence; the escalation question answered; the sign-off.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples import CASE_FILE_AUDIT, sample_forms
from bot.samples.tools import MODERATION_OVERVIEW, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
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

FAMILY = "hos_moderation_return"
SEED = 9203

TITLES = ("Head of Service Moderation Return", "Monthly Moderation Return – Head of Service",
          "Audit Moderation: Head of Service Summary", "Moderation of Case Audits – Monthly Return")
NUMBERS = {OUTSTANDING: "1", GOOD: "2", REQUIRES_IMPROVEMENT: "3", INADEQUATE: "4"}
KEY_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
             INADEQUATE: "Inadequate"}
AGREEMENT = (("Yes", "No"), ("Agree", "Disagree"), ("\u2713", "\u2717"), ("Agreed", "Not agreed"))
CASE_COMMENTS = {
    True: ("Judgement supported by the evidence recorded.", "Agree – well evidenced audit.",
           "Fair audit; the actions set are the right ones.", "Agree. Good reflective conversation with the SW.",
           "Evidence supports the grade; chronology still needs updating."),
    "down": ("Evidence does not support the grade given.", "Auditor too generous on planning.",
             "Regraded after discussion with the auditor.", "Management oversight gaps not reflected in the judgement."),
    "up": ("The impact for the child is better than the audit credits.", "Regraded after discussion with the auditor.",
           "Auditor focused on compliance; the child's progress is clear."),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
COMMENT_ONLY = ("Comments added on recording; grade stands.", "Discussed with auditor – no change to the grade.",
                "Supervision notes to be uploaded; grade unchanged.", "Agree grade; plan review date to be set.")
URGENT_DETAIL = ("{ref}: no visit recorded for seven weeks; raised with the Team Manager the same day and a visit "
                 "made the next morning.",
                 "{ref}: new information about the mother's partner had not been risk assessed; strategy discussion "
                 "requested the same day.")
URGENT_QUESTIONS = ("Did moderation identify any child needing action today?",
                    "Any case escalated for immediate action?",
                    "Urgent concerns for a child's safety arising from moderation")
NO_ACTIONS = ("No new service actions this month – the actions from last month's return are still in progress.",
              "Actions: none further; individual case actions are with the team managers.")
OVERALL = ("Overall the sample shows practice that is steady; the auditors' judgements were mostly sound.",
           "Auditors are becoming more confident in grading; the differences this month were about impact.",
           "Moderation conversations with auditors took place for every case where I did not agree.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    overviews = tool_samples(count, seed=SEED, today=today, kinds=(MODERATION_OVERVIEW,))
    pool = [sample for sample in sample_forms(240, seed=SEED + 1, today=today, feedback_question=True)
            if sample.kind == CASE_FILE_AUDIT]
    profiles = ["urgent"] * 2 + ["comments"] * 2 + ["changed"] * 3 + ["confirmed"] * 2
    profiles += ["plain"] * (count - len(profiles))
    rng.shuffle(profiles)
    forms = []
    for index, (sample, profile) in enumerate(zip(overviews, profiles)):
        size = rng.randint(3, 8)
        # A Head of Service moderates their own service's audits first.
        own = [audit for audit in pool if audit.service == sample.service]
        others = [audit for audit in pool if audit.service != sample.service]
        audits = rng.sample(own, min(size, len(own)))
        audits += rng.sample(others, size - len(audits))
        pool = [audit for audit in pool if audit not in audits]
        forms.append(_form(rng, index, sample, profile, audits))
    return forms


def _other_grade(rng: random.Random, grade: str) -> str:
    place = ORDER.index(grade)
    near = [ORDER[i] for i in (place - 1, place + 1) if 0 <= i < len(ORDER)]
    return rng.choice(near)


def _cases(rng: random.Random, profile: str, audits) -> list[dict]:
    prefix = rng.choice((*CASE_PREFIXES, "", ""))
    cases = []
    for audit in audits:
        moderated = audit.moderation.grade if audit.moderation else None
        if profile in ("confirmed", "comments"):
            moderated = audit.grade
        elif moderated is None:
            moderated = audit.grade if rng.random() < 0.7 else _other_grade(rng, audit.grade)
        cases.append({"ref": f"{prefix}{audit.case_id}", "team": audit.team, "worker": audit.practitioner,
                      "auditor": audit.auditor, "grade": audit.grade, "moderated": moderated,
                      "agreed": moderated == audit.grade, "comment": None})
    if profile == "changed" and all(case["agreed"] for case in cases):
        case = rng.choice(cases)
        case["moderated"] = _other_grade(rng, case["grade"])
        case["agreed"] = False
    for case in cases:
        if profile == "comments" or rng.random() < 0.5:
            if profile == "comments":
                pool = COMMENT_ONLY
            elif case["agreed"]:
                pool = CASE_COMMENTS[True]
            else:
                pool = CASE_COMMENTS["up" if ORDER.index(case["moderated"]) < ORDER.index(case["grade"]) else "down"]
            case["comment"] = rng.choice(pool)
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
               "development_areas": recount(sample.development_areas, total)}
    if rng.random() < 0.2:
        changes["actions"] = ()
    urgent_detail = None
    if profile == "urgent":
        worst = max(cases, key=lambda case: ORDER.index(case["moderated"]))
        urgent_detail = rng.choice(URGENT_DETAIL).format(ref=worst["ref"])
        changes.update(urgent_question=True, urgent_concern=True, urgent_concern_detail=urgent_detail)
    sample = replace(sample, **changes)
    period = next(field.written for field in sample.own if field.key == "period")
    role = rng.choice(("Head of Service", "Head of Service", "Service Manager"))
    title = rng.choice(TITLES)

    document = new_document(rng, landscape=rng.random() < 0.4)
    paragraph(document, council_line(rng), colour=brand, size=9)
    brand_heading(document, title, brand, size=15)

    details = [(f"{role}", sample.auditor), ("Service area", sample.service), ("Month moderated", period),
               ("Number of audits moderated", str(total)), ("Date of return", when(sample.date))]
    _details(rng, document, details)

    brand_heading(document, rng.choice(("Cases moderated", "1. Audits moderated this month",
                                        "Moderation outcomes by case")), brand)
    drawer = rng.choice((_cases_table, _cases_strike, _cases_cards, _cases_lines))
    drawer(rng, document, cases, ink)

    _themes(rng, document, sample, brand)
    _actions(rng, document, sample, brand, when)

    brand_heading(document, rng.choice(("Escalation", "Immediate safety")), brand)
    question = paragraph(document)
    asked = rng.choice(URGENT_QUESTIONS)
    run(question, asked + (" " if asked.endswith("?") else ": "), bold=True)
    run(question, f"Yes – {urgent_detail}" if urgent_detail else rng.choice(("No.", "None identified.", "No")),
        colour=ink)

    if rng.random() < 0.6:
        box = table(document, 1, 1)
        label(box.cell(0, 0), f"{role}'s overall comment", "F2F2F2")
        write(box.cell(0, 0), rng.choice(OVERALL), colour=ink)
    sign = paragraph(document)
    run(sign, "Signed: ", bold=True)
    run(sign, f"{sample.auditor}, {role}    ")
    run(sign, "Date: ", bold=True)
    run(sign, when(sample.date))

    data = finish_docx(document, title, sample.date, sample.auditor)
    truth = sample.expected()
    truth["extra"] = {**truth["extra"], "moderated_cases": {case["ref"]: case["moderated"] for case in cases}}
    return held_out(FAMILY, index, sample, data, "docx", truth=truth)


def _details(rng: random.Random, document, details) -> None:
    style = rng.choice(("two", "grid", "lines"))
    if style == "two":
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "E7E6E6")
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(details) + 1) // 2, 4)
        for place, (name, value) in enumerate(details):
            row = grid.rows[place // 2]
            label(row.cells[(place % 2) * 2], name, "E7E6E6")
            write(row.cells[(place % 2) * 2 + 1], value)
    else:
        for name, value in details:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    paragraph(document)


def _who(rng: random.Random, case: dict) -> str:
    return rng.choice((f"{case['team']} / {case['worker']}", f"{case['worker']} ({case['team']})"))


def _grade_words(rng: random.Random, grade: str) -> str:
    return informal_grade(rng, grade)


def _cases_table(rng: random.Random, document, cases, ink: str) -> None:
    numbers = rng.random() < 0.4
    yes, no = rng.choice(AGREEMENT)
    if numbers:
        key = paragraph(document, "Key: ", bold=True)
        run(key, "   ".join(f"{NUMBERS[grade]} = {KEY_WORDS[grade]}" for grade in NUMBERS))
    show = (lambda grade: NUMBERS[grade]) if numbers else (lambda grade: _grade_words(rng, grade))
    headers = ["Case ref.", "Team / worker", "Audited by", "Auditor's grade",
               rng.choice(("HoS agrees?", "Agree with grade?", "Moderator agrees")),
               rng.choice(("Moderated grade", "Grade after moderation", "Final grade")), "Comments"]
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    blank_when_agreed = rng.random() < 0.3
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], _who(rng, case))
        write(cells[2], case["auditor"])
        write(cells[3], show(case["grade"]))
        write(cells[4], yes if case["agreed"] else no, colour=ink, bold=True)
        if not (case["agreed"] and blank_when_agreed):
            write(cells[5], show(case["moderated"]), colour=ink)
        if case["comment"]:
            write(cells[6], case["comment"], colour=ink)
    if blank_when_agreed:
        paragraph(document, "Moderated grade left blank where I agreed with the auditor's grade.", italic=True,
                  size=9)
    paragraph(document)


def _cases_strike(rng: random.Random, document, cases, ink: str) -> None:
    paragraph(document, "Where I disagree the auditor's grade is struck through and the moderated grade typed "
              "beside it in colour.", italic=True, size=9)
    headers = ["Case number", "Team", "Social worker", "Auditor", "Grade", "Moderator's comment"]
    grid = table(document, len(cases) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "E2EFDA")
    for row, case in zip(grid.rows[1:], cases):
        cells = row.cells
        write(cells[0], case["ref"])
        write(cells[1], case["team"])
        write(cells[2], case["worker"])
        write(cells[3], case["auditor"])
        target = cells[4].paragraphs[0]
        if case["agreed"]:
            run(target, _grade_words(rng, case["grade"]))
            run(target, " \u2713", colour=ink, bold=True)
        else:
            run(target, _grade_words(rng, case["grade"]), strike=True)
            run(target, " " + _grade_words(rng, case["moderated"]), colour=ink, bold=True)
        if case["comment"]:
            write(cells[5], case["comment"], colour=ink)
    paragraph(document)


def _cases_cards(rng: random.Random, document, cases, ink: str) -> None:
    for number, case in enumerate(cases, start=1):
        head = paragraph(document)
        run(head, f"Case {number}: ", bold=True)
        run(head, case["ref"], bold=True)
        line = paragraph(document)
        run(line, "Team / social worker: ", bold=True)
        run(line, f"{case['team']} – {case['worker']}")
        line = paragraph(document)
        run(line, "Auditor: ", bold=True)
        run(line, f"{case['auditor']}    ")
        run(line, "Auditor's judgement: ", bold=True)
        run(line, _grade_words(rng, case["grade"]))
        line = paragraph(document)
        run(line, "Moderation: ", bold=True)
        if case["agreed"]:
            run(line, rng.choice(("Agreed", "Agree with the auditor's judgement", "Agreed – grade stands")),
                colour=ink)
        else:
            run(line, f"Not agreed – moderated to {_grade_words(rng, case['moderated'])}", colour=ink)
        if case["comment"]:
            paragraph(document, case["comment"], colour=ink, italic=True)
    paragraph(document)


def _cases_lines(rng: random.Random, document, cases, ink: str) -> None:
    for number, case in enumerate(cases, start=1):
        line = paragraph(document)
        run(line, f"{number}. {case['ref']} – {_who(rng, case)} – audited by {case['auditor']}: "
                  f"{_grade_words(rng, case['grade']).rstrip('.')}. ")
        if case["agreed"]:
            text = rng.choice(("HoS: agree.", "Moderation: agreed.", "Agree."))
        else:
            text = rng.choice(("HoS: disagree – {g}.", "Moderation: not agreed, regraded {g}.",
                               "Disagree; moderated grade {g}.")).format(
                g=_grade_words(rng, case["moderated"]).rstrip("."))
        run(line, text, colour=ink, bold=True)
        if case["comment"]:
            run(line, " " + case["comment"], colour=ink)
    paragraph(document)


def _themes(rng: random.Random, document, sample, brand: str) -> None:
    if rng.random() < 0.5:
        for heading, items in ((rng.choice(("What the sample tells us – strengths", "Strengths across the sample")),
                                sample.strengths),
                               (rng.choice(("Themes for development", "What needs to improve")),
                                sample.development_areas)):
            brand_heading(document, heading, brand, size=12)
            for item in items:
                paragraph(document, f"\u2022 {item}")
    else:
        brand_heading(document, "Themes across the sample", brand, size=12)
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), "Working well", "E2EFDA")
        label(grid.cell(0, 1), "Areas for development", "FCE4D6")
        for place, item in enumerate(sample.strengths):
            write(grid.cell(place + 1, 0), item)
        for place, item in enumerate(sample.development_areas):
            write(grid.cell(place + 1, 1), item)
    paragraph(document)


def _actions(rng: random.Random, document, sample, brand: str, when) -> None:
    brand_heading(document, rng.choice(("Actions for the service", "Service actions", "Actions")), brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if rng.random() < 0.5:
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Action", rng.choice(("Lead", "Who")), "By when")):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    paragraph(document)
