"""`deep_dive_audit`: the record of a themed audit day or deep dive – a
handful of children's cases open within a fixed period, read on one
theme by a review team the Head of Service leads – with the cases
sampled, what the children and families told the team, the findings as
themes and the service's recommendations, each owned by the Head of
Service.

Modelled on the structure of the Sheffield Children Safeguarding
Partnership's "Themed Audit Days" (three a year, each on a theme drawn
from local priorities, reviews or research; the work with five children
reviewed from agencies' self-audits, practitioners' questionnaires and a
focus group of the professionals involved, with feedback from parents,
carers and young people; a multi-agency review team of managers writes
a report of its findings) and the Wiltshire partnership's "Learning from
Audit" (themed audits such as pre-birth assessments and the use of the
neglect category, each published with what it found). The stored pages
describe the process and the findings, not the form: the details table,
the review period, the cases table (reference, child, age or date of
birth, team and the case's own grade or RAG rating, or the children
lettered with no reference), the "What children and families told us"
box, the findings' headings, the recommendations table with the Head of
Service as owner, the sign-off and the council's navy branding are our
own judgement.

What it exercises: a thematic audit whose title says "Themed audit day"
or only "Deep dive"; the date of the audit day written in words
("Thursday 15th October 2026"), in figures or in a sentence of the
method; a review period whose two dates are not the audit's, and on some
a later date the report was agreed; the number of cases beside a table
listing each case's reference with the child's name, age or date of
birth and the case's own grade or RAG rating (none of them the form's
grade), or children lettered A to E with no reference; other managers of
the review team named beside the lead; the family's voice as its own
box; strengths and areas for development under Signs of Safety or
plain headings, as paragraphs, bullets or lines in one cell, a child
named in one of them now and then; recommendations with the Head of
Service as owner, in a table or as numbered lines.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from ..people import CHILD_FIRST_NAMES, COUNCIL, FAMILY_SURNAMES, PRACTICE_MANAGER, PRACTITIONER, STAFF, invent_case_id
from ..tool_phrases import THEMATIC_AUDIT
from ..tools import ToolField
from ..wording import GRADES
from .common import (
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    drawn,
    personal_of,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "deep_dive_audit"
BRAND = "1F3864"  # navy
LIGHT = "DEE5F0"
TITLES = ("Themed Audit Day \u2013 Report of Findings", "Deep Dive Audit: Thematic Review",
          "Thematic Deep Dive \u2013 Audit Record", "Deep Dive Audit")
THEME_LABELS = ("Theme", "Audit theme", "Focus of the deep dive")
LEAD_LABELS = ("Lead auditor", "Audit lead", "Themed audit day led by")
DATE_LABELS = ("Date of audit day", "Date of the themed audit day", "Audit session held on")
COUNT_LABELS = ("Number of cases sampled", "Number of children's cases", "Sample size")
VOICE_LABELS = ("What children and families told us", "Voice of the child and family", "What the family say")
FINDING_HEADINGS = (("What is working well", "What needs to improve"), ("Strengths", "Areas for development"),
                    ("What's working well?", "What are we worried about?"))
VOICES = (
    "Parents told us they knew why a social worker was involved, but not always what needed to change or by when.",
    "Young people said they want to see the same worker and to be asked before their school is told anything.",
    "Parents said meetings were easier when the worker had explained beforehand what would be discussed.",
    "Carers told us plans were changed at meetings without anyone explaining why.",
)
METHOD = ("Each agency completed a self-audit for every child; the practitioners answered a questionnaire and "
          "joined a focus group with the review team; parents, carers and young people were asked for their views.")
RAG = (("Green", "92D050"), ("Amber", "FFC000"), ("Red", "FF0000"))
NAMING = {"strengths": "For {name}, the chronology was used well to show how the worries had built up over time.",
          "development_areas": "For {name}, the plan was reviewed on time but nobody had asked the school what had "
                               "changed."}
DATE_STYLES = ("weekday dth month yyyy", "weekday d month yyyy", "dth month yyyy", "dd/mm/yyyy", "d month yyyy")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(THEMATIC_AUDIT, count, seed=seed + 223, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _teams(service: str) -> list[str]:
    """The case-holding teams of `service`, or of every service when it has none (Safeguarding)."""
    teams = [member.team for member in STAFF if member.role == PRACTITIONER and member.service == service]
    return list(dict.fromkeys(teams or [member.team for member in STAFF if member.role == PRACTITIONER]))


def _retold(sample, rng: random.Random, reference_style: str, listed: bool):
    """The sample as this record tells it: its theme, the number of cases,
    their references as written (when the record lists them) and what the
    families said, with the findings counting the same number of cases and
    the recommendations owned by the Head of Service."""
    fields = {field.key: field for field in sample.own}
    count = fields["cases_sampled"].expected
    ids = list(fields["sampled_case_ids"].expected) if "sampled_case_ids" in fields else []
    while len(ids) < count:
        ids.append(invent_case_id(rng))
    references = [case_reference(case_id, reference_style) for case_id in ids]
    babies = fields["theme"].written.startswith("Pre-birth")  # no young people to ask
    voices = [text for text in VOICES if not (babies and text.startswith("Young people"))]
    voice = " ".join(rng.sample(voices, rng.randint(1, 2)))
    own = [fields["theme"], ToolField("cases_sampled", rng.choice(COUNT_LABELS), str(count), count)]
    if listed:
        own.append(ToolField("sampled_case_ids", "", None, references))
    own.append(ToolField("family_voice", rng.choice(VOICE_LABELS), voice, voice))

    def agreeing(items):  # the pool's sentences count "of the 6 cases sampled"
        return tuple(item.replace("of the 6 cases", f"of the {count} cases") for item in items)

    actions = tuple(replace(action, owner=sample.auditor) for action in sample.actions)
    return replace(sample, own=tuple(own), strengths=agreeing(sample.strengths),
                   development_areas=agreeing(sample.development_areas), actions=actions), references


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _cases(form: WordForm, rng: random.Random, references: list[str] | None, children, births, teams: list[str],
           on: date) -> list[str]:
    """The cases sampled, one to a row of a table (reference, child, age or
    date of birth on `on`, team and perhaps the case's own grade or RAG
    rating) or one to a line; lettered with initials and no reference when
    `references` is None. Return the personal data written."""
    with_birth = rng.random() < 0.5
    rated = rng.choice(("grade", "rag", "none"))
    named: list[str] = []
    rows = []
    for number, ((first, surname), born) in enumerate(zip(children, births)):
        if references is None:
            who = (f"Child {chr(65 + number)}", f"{first[0]}.{surname[0]}.")
        else:
            who = (references[number], f"{first} {surname}")
            named += [f"{first} {surname}", first]
        if with_birth:
            named += [spell_date(born, "dd/mm/yyyy"), born.isoformat()]
        rating = (spell_grade(rng.choice(GRADES), "short"), None) if rated == "grade" else \
            rng.choice(RAG) if rated == "rag" else None
        rows.append((who, spell_date(born, "dd/mm/yyyy") if with_birth else str(_age(born, on)), rng.choice(teams),
                     rating))
    if references is None or rng.random() < 0.7:
        headers = ["Case ref" if references else "Child", "Child's name" if references else "Initials",
                   "Date of birth" if with_birth else "Age", "Team"]
        headers += ["Audit grade"] if rated == "grade" else ["RAG"] if rated == "rag" else []
        table = form.table(1 + len(rows), len(headers))
        for cell, text in zip(table.rows[0].cells, headers):
            write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
        for row, (who, age, team, rating) in enumerate(rows, start=1):
            cells = table.rows[row].cells
            for cell, text in zip(cells, (*who, age, team)):
                write(cell, text)
            if rating:
                write(cells[4], rating[0], fill=rating[1])
        if rated == "grade" and rng.random() < 0.5:
            form.paragraph(Ink("Grades as given by the case auditors; the theme itself is not graded.",
                               italic=True, size=9))
    else:
        for who, age, team, rating in rows:
            born_or_aged = f"born {age}" if with_birth else f"aged {age}"
            line = f"{who[0]} \u2013 {who[1]}, {born_or_aged}, {team}"
            form.paragraph(f"{line} \u2013 {rating[0]}" if rating else line)
    return named


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    listed = rng.random() < 0.75
    sample, references = _retold(sample, rng, rng.choice(("digits", "C", "LCS-")), listed)
    own = {field.key: field for field in sample.own}
    count = own["cases_sampled"].expected
    children = [(name, rng.choice(FAMILY_SURNAMES)) for name in rng.sample(CHILD_FIRST_NAMES, count)]
    oldest = 300 if own["theme"].written.startswith("Pre-birth") else 17 * 365  # babies born since the assessment
    births = [sample.date - timedelta(days=rng.randint(20, oldest)) for _ in children]
    named = []
    if rng.random() < 0.5:
        finding = rng.choice(("strengths", "development_areas"))
        sample = with_sentence_naming(sample, finding, NAMING[finding].replace("{name}", children[0][0]))
        named.append(children[0][0])
    head = with_role(sample.auditor, rng.choice(("comma", "brackets", "initials")))
    date_style = rng.choice(DATE_STYLES)
    in_sentence = rng.random() < 0.25
    start = date(sample.date.year, sample.date.month, 1) - timedelta(days=183)
    period = (date(start.year, start.month, 1), date(sample.date.year, sample.date.month, 1) - timedelta(days=1))
    agreed = sample.date + timedelta(days=rng.randint(7, 20)) if rng.random() < 0.4 else None
    team = [member.name for member in STAFF if member.role == PRACTICE_MANAGER
            and member.service == sample.service and member.name != sample.auditor]
    title = rng.choice(TITLES)

    form = WordForm(font=rng.choice(("Arial", "Calibri")), size=10)
    form.page_header(Ink(f"{COUNCIL} \u2013 Children's Services", bold=True, colour=BRAND))
    form.paragraph(Ink(title, bold=True, size=16, colour=BRAND))

    rows = [(own["theme"].label if rng.random() < 0.6 else rng.choice(THEME_LABELS), own["theme"].written),
            (rng.choice(LEAD_LABELS), head)]
    if team and rng.random() < 0.5:
        rows.append(("Review team", ", ".join(f"{name} (Team Manager)" for name in team[:2])))
    rows.append(("Service", sample.service))
    if not in_sentence:
        rows.append((rng.choice(DATE_LABELS), spell_date(sample.date, date_style)))
    rows += [("Period reviewed", f"Cases open between {spell_date(period[0], 'd month yyyy')} and "
                                 f"{spell_date(period[1], 'd month yyyy')}"),
             (own["cases_sampled"].label, own["cases_sampled"].written)]
    details = form.table(len(rows), 2)
    for row, (label, value) in enumerate(rows):
        write(details.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
        write(details.cell(row, 1), value)
    form.spacer()

    form.heading("How we did the audit", colour=BRAND)
    if in_sentence:
        form.paragraph(f"The review team met on {spell_date(sample.date, date_style)} and read the records of "
                       f"{count} children. {METHOD}")
    else:
        form.paragraph(METHOD)

    form.heading("The children's cases", colour=BRAND)
    named += _cases(form, rng, references if listed else None, children, births, _teams(sample.service),
                    sample.date)
    form.spacer()

    voice = own["family_voice"]
    form.heading(voice.label, colour=BRAND)
    form.paragraph(voice.written)

    form.heading("Findings", colour=BRAND)
    strengths_heading, development_heading = rng.choice(FINDING_HEADINGS)
    style = rng.choice(("paragraphs", "bullets", "cells"))
    if style == "cells":
        findings = form.table(2, 2)
        for row, (text, items) in enumerate(((strengths_heading, sample.strengths),
                                             (development_heading, sample.development_areas))):
            write(findings.cell(row, 0), Ink(text, bold=True), fill=LIGHT)
            write_lines(findings.cell(row, 1), items)
    else:
        for text, items in ((strengths_heading, sample.strengths), (development_heading, sample.development_areas)):
            form.paragraph(Ink(text, bold=True, colour=BRAND))
            for item in items:
                form.paragraph(item, style_id="ListBullet" if style == "bullets" else None)
    form.spacer()

    form.heading(rng.choice(("Recommendations", "Service-level recommendations and actions")), colour=BRAND)
    owner = rng.choice((f"Head of Service, {sample.service}", head, "Head of Service"))
    if rng.random() < 0.6:
        table = form.table(1 + len(sample.actions), 3)
        for cell, text in zip(table.rows[0].cells, ("Recommendation", "Owner", "By when")):
            write(cell, Ink(text, bold=True), fill=LIGHT)
        for row, action in enumerate(sample.actions, start=1):
            write(table.cell(row, 0), action.action)
            write(table.cell(row, 1), owner)
            write(table.cell(row, 2), spell_date(action.due, "dd/mm/yyyy"))
    else:
        for number, action in enumerate(sample.actions, start=1):
            form.paragraph(f"{number}. {action.action} \u2013 {owner} \u2013 by "
                           f"{spell_date(action.due, 'd month yyyy')}")
    if agreed:
        form.spacer()
        form.paragraph(Ink("Report agreed at the Quality Assurance Board on ", italic=True),
                       Ink(spell_date(agreed, "d month yyyy"), italic=True))
    data = form.to_bytes(title=title, written=agreed or sample.date, editor=sample.auditor)
    personal = personal_of(sample, *dict.fromkeys(named))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)
