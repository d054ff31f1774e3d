"""`hos_moderation`: a Head of Service's monthly moderation summary
listing the cases moderated, each with the auditor's grade and the
moderated grade, then the themes and the actions for the service.

Modelled on the structure of the moderation stage Bexley's "Social Care
Quality Assurance Framework" sets out (Appendix 1: Case Audit and
Moderation, with its Case Audit Moderation Guidelines, October 2018) and
of the quality of practice audit reporting Haringey's Heads of Service
took part in (a summary of the number of cases audited with the overall
and section ratings, inadequate cases followed up by the Head of
Service; reported to members in 2010). The case table, its headers, the
moderated grades typed in colour and the themes as numbered paragraphs
are our own judgement.

What it exercises: a table listing several cases, whose truth is
`extra["moderated_cases"]` ({case reference: moderated grade}) and
`extra["cases_listed"]` (the references in order), with no case ID or
grade of the form's own; references with letters ("C2045187",
"LCS-2045187", "CSC/2045187"); other managers' names in the auditor
column; grades written as "RI" and in capitals; an "Agreed?" column;
counts in the sentences that agree with the cases listed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..people import COUNCIL, FRONT_LINE_MANAGERS, STAFF, invent_case_id
from ..tool_phrases import MODERATION_OVERVIEW
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    drawn,
    moderation_ink,
    personal_of,
    spell_date,
    spell_grade,
    step,
    variant_rng,
    write,
)

FAMILY = "hos_moderation"
HEADERS = (
    ("Case ref", "Audited by", "Auditor's grade", "Moderated grade", "Moderation comments"),
    ("Child ID", "Auditor", "Auditor grade", "HoS grade", "Agreed?"),
    ("LCS number", "Auditing manager", "Grade given", "Grade after moderation", "Comments"),
)
COMMENTS = {
    True: ("Agree \u2013 well evidenced.", "Agreed.", "Agree with the judgement and the actions."),
    False: ("Plan not progressing; grade lowered.", "Direct work stronger than the audit says.",
            "Oversight gaps not reflected in the grade."),
}
STRENGTH_TEMPLATES = (
    "In {some} of the {count} cases moderated the child's voice was clear and shaped the plan.",
    "In {some} of the {count} cases moderated chronologies were up to date.",
    "Visits were purposeful and within timescales in {some} of the {count} cases.",
)
DEVELOPMENT_TEMPLATES = (
    "In {few} of the {count} cases moderated plans were not SMART.",
    "Management oversight was not evident for over a month in {few} of the {count} cases.",
    "Auditors graded {few} of the {count} cases more generously than the evidence supports.",
)


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(MODERATION_OVERVIEW, count, seed=seed + 83, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _cases(rng: random.Random, service: str) -> list[tuple[str, str, str, str]]:
    """(reference, auditor, auditor's grade, moderated grade) for 4 to 7 cases."""
    managers = [member.name for member in STAFF if member.role in FRONT_LINE_MANAGERS
                and member.service == service] or [member.name for member in STAFF
                                                   if member.role in FRONT_LINE_MANAGERS]
    cases, seen, wanted = [], set(), rng.randint(4, 7)
    while len(cases) < wanted:
        reference = case_reference(invent_case_id(rng), rng.choice(("C", "LCS-", "digits", "CSC/")))
        if reference in seen:
            continue
        seen.add(reference)
        given = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
        moderated = given if rng.random() < 0.6 else step(given, rng.choice((-1, 1)))
        cases.append((reference, rng.choice(managers), given, moderated))
    return cases


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    cases = _cases(rng, sample.service)
    count = len(cases)
    some, few = rng.randint(count // 2 + 1, count), rng.randint(1, max(1, count // 2))
    strengths = tuple(text.format(some=some, count=count) for text in
                      rng.sample(STRENGTH_TEMPLATES, len(sample.strengths)))
    development = tuple(text.format(few=few, count=count) for text in
                        rng.sample(DEVELOPMENT_TEMPLATES, len(sample.development_areas)))
    own = tuple(replace(field, written=str(count), expected=str(count)) if field.key == "audits_moderated" else field
                for field in sample.own)
    sample = replace(sample, strengths=strengths, development_areas=development, own=own)
    fields = {field.key: field for field in sample.own}
    headers = rng.choice(HEADERS)
    spelling = rng.choice(("initials", "short", "capitals", "contract"))
    ink = moderation_ink(rng)
    date_style = rng.choice(("d month yyyy", "dd/mm/yyyy", "dth month yyyy"))

    form = WordForm(font="Arial", size=10, landscape=rng.random() < 0.5)
    form.paragraph(Ink(f"{COUNCIL} \u2013 Children's Social Care", bold=True))
    form.paragraph(Ink(rng.choice(("Head of Service Moderation Summary", "Audit Moderation Report",
                                   "Monthly Moderation of Case File Audits")), bold=True, size=15))
    details = form.table(5, 2)
    for row, (label, value) in enumerate((
        ("Head of Service", sample.auditor), ("Service", sample.service),
        (fields["period"].label, fields["period"].written), ("Number of audits moderated", str(count)),
        ("Date completed", spell_date(sample.date, date_style)),
    )):
        write(details.cell(row, 0), Ink(label, bold=True), fill="E7E6E6")
        write(details.cell(row, 1), value)
    form.spacer()

    form.heading("Cases moderated this month")
    table = form.table(1 + count, 5)
    for cell, text in zip(table.rows[0].cells, headers):
        write(cell, Ink(text, bold=True), fill="E7E6E6")
    for row, (reference, auditor, given, moderated) in enumerate(cases, start=1):
        cells = table.rows[row].cells
        agreed = given == moderated
        write(cells[0], reference)
        write(cells[1], auditor)
        write(cells[2], spell_grade(given, spelling))
        write(cells[3], Ink(spell_grade(moderated, spelling), colour=ink))
        if headers[4] == "Agreed?":
            write(cells[4], Ink("Yes" if agreed else "No", colour=ink))
        else:
            write(cells[4], Ink(rng.choice(COMMENTS[agreed]), colour=ink))
    form.spacer()

    for number, (heading, items) in enumerate((("Themes \u2013 strengths", sample.strengths),
                                               ("Themes \u2013 areas for development", sample.development_areas)),
                                              start=1):
        form.heading(f"{number}. {heading}")
        for item in items:
            form.paragraph(item)
    form.heading("3. Actions for the service")
    form.actions_table(sample.actions, ("Action", "Lead", "By when"), fill="E7E6E6")
    data = form.to_bytes(title="Head of Service Moderation Summary", written=sample.date, editor=sample.auditor)
    expected = sample.expected()
    expected["extra"] = {**expected["extra"], "moderated_cases": {case[0]: case[3] for case in cases},
                         "cases_listed": [case[0] for case in cases]}
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, expected, personal_of(sample))
