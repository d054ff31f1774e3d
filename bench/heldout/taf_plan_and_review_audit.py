"""Held-out family: an Early Help manager's audit of one family's Team
Around the Family (TAF) Plan & Review, graded on Ofsted's four grades, as a
Word document.

Modelled on the Pan-Dorset Early Help Partnership's published "TAF Plan &
Review (Team Around the Family)" template and its page "Early Help
Assessments" (earlyhelppartnership.org.uk). The search excerpts showed the
structure the audit follows: an Early Help Assessment that names the
family's "Critical Worries", a TAF that builds a bespoke "Support Plan" to
address them, reviews of that plan, the "Turnaround Families Checklist"
completed alongside it, and guidance on using the EHA and the TAF Plan
together. This audit walks the same parts in the same order (the child's
voice, the critical worries and the Support Plan, the TAF reviews, the lead
professional, and what has turned around for the family), each with the
auditor's evidence and a grade, then an overall grade, what is working
well, what needs to change, an immediate safeguarding question, actions and
a Head of Service moderation box. The excerpts showed no audit layout: the
details block, where the grades go, the 1-4 key, the grade columns and the
moderation box are my own judgement of how a council's Early Help service
would lay such an audit out, as are the prompts under each part (written in
my own words, not the template's).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import phrases
from bot.samples.forms import Moderation, Section
from bot.samples.people import STAFF, head_of_service_over
from bot.samples.tools import TAF_AUDIT, tool_samples
from bot.samples.wording import GRADES

from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    MARKS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    actions_table,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "taf_plan_and_review_audit"
SEED = 10079

# The sample's five areas, renamed to the parts of the TAF Plan & Review.
PARTS = {
    "Voice of the child": "The child's voice and the family's view",
    "Team Around the Family plan": "Critical Worries and the Support Plan",
    "TAF meetings and reviews": "TAF Reviews",
    "Lead professional role": "Lead professional",
    "Impact and outcomes for the child": "What has turned around for the family",
}
PROMPTS = {
    "The child's voice and the family's view": "Are the child's wishes and feelings, and the parents' view, "
                                                "recorded and used in the plan?",
    "Critical Worries and the Support Plan": "Does the Support Plan address each Critical Worry from the EHA, "
                                             "with who does what by when?",
    "TAF Reviews": "Are reviews held on time, attended by the family and partners, and do they measure progress?",
    "Lead professional": "Is there a named lead professional who coordinates the TAF and keeps the plan moving?",
    "What has turned around for the family": "What difference has the TAF made, and is the plan ready to step "
                                              "down, continue or step up?",
}
GRADE_NUMBERS = {grade: number for number, grade in enumerate(GRADES, 1)}
GRADE_WORDS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
KEY_LINES = ("Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
             "Key: 1 Outstanding | 2 Good | 3 Requires Improvement | 4 Inadequate")
DETAIL_STYLES = ("two_column", "grid", "lines", "strip")
GRADE_STYLES = ("typed", "key", "marked", "columns")
MARKINGS = ("highlight", "bold", "tick", "strike")
LATEST_REVIEW = ("Date of latest TAF Review", "Last TAF Review held")
OTHER_CHILDREN = ("Other children in the household", "Brothers and sisters (names and DOB)")
URGENT_QUESTIONS = ("Is there an immediate safeguarding concern that needs escalating today?",
                    "Immediate safeguarding concerns identified during the audit?")
NO_URGENT = ("No", "No.", "None identified", "No - none")
STRENGTH_HEADINGS = ("What is working well in this TAF?", "What's working well")
DEVELOPMENT_HEADINGS = ("What needs to change?", "Worries / what needs to improve")
ACTION_HEADERS = (("Action", "Who", "By when", "Done?"), ("What needs to happen", "Who will do it", "By when"),
                  ("Action agreed", "Responsible", "Timescale", "Progress at next review"))
NO_ACTIONS = ("No further actions arising from this audit - the plan is on track.",
              "No actions required; the TAF Plan & Review already covers what needs to happen.",
              "Actions: none. Plan to continue as agreed at the last TAF Review.")
MODERATION_LABELS = (("Head of Service", "Date moderated", "Do you agree with the auditor's grade?",
                      "Moderated grade", "Head of Service comments"),
                     ("Moderated by", "Date", "Grade agreed?", "Grade following moderation", "Comments"))
NOT_MODERATED = ("", "", "Not selected for moderation this month.")


def _moderation(rng: random.Random, sample, outcome: str, today: date) -> Moderation:
    """A Head of Service moderation that changes, confirms or only remarks on the grade."""
    member = next(person for person in STAFF if person.name == sample.auditor)
    moderator = head_of_service_over(member)
    first = sample.child.first_name
    grade = sample.grade
    if outcome == "changes":
        index = GRADES.index(grade)
        if index == 0 or (index < 3 and rng.random() < 0.6):
            grade, pool = GRADES[index + 1], phrases.MODERATION_LOWERS
        else:
            grade, pool = GRADES[index - 1], phrases.MODERATION_RAISES
    elif outcome == "confirms":
        pool = phrases.MODERATION_AGREES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    day = sample.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(sample.sections, rng.randint(1, 2))
    return Moderation(moderator=moderator.name, date=min(day, today),
                      comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
                      section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS)
                                        for section in remarked},
                      grade=grade)


def _grade_in(target, rng: random.Random, style: str, grade: str, marking: str) -> None:
    """Write `grade` in the file's grade style at the end of paragraph `target`."""
    if style == "typed":
        run(target, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        run(target, str(GRADE_NUMBERS[grade]), bold=True)
    else:  # marked: the four grades printed, the chosen one marked
        for index, (value, word) in enumerate(zip(GRADES, GRADE_WORDS)):
            if index:
                run(target, " / ")
            chosen = value == grade
            if marking == "highlight":
                run(target, word, highlight=chosen)
            elif marking == "bold":
                run(target, word.upper() if chosen else word, bold=chosen)
            elif marking == "tick":
                run(target, f"\u2713 {word}" if chosen else word, bold=chosen)
            else:
                run(target, word, strike=not chosen)


def _details(document, rng: random.Random, style: str, rows: list[tuple[str, str]], fill: str) -> None:
    if style == "two_column":
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, fill)
            write(row.cells[1], value)
    elif style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for index, (name, value) in enumerate(rows):
            cells = grid.rows[index // 2].cells
            label(cells[(index % 2) * 2], name, fill)
            write(cells[(index % 2) * 2 + 1], value)
    elif style == "lines":
        for name, value in rows:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # a strip of labels over values, in two bands
        half = (len(rows) + 1) // 2
        for band in (rows[:half], rows[half:]):
            grid = table(document, 2, len(band))
            for column, (name, value) in enumerate(band):
                label(grid.cell(0, column), name, fill)
                write(grid.cell(1, column), value)
            paragraph(document)


def _build_one(rng: random.Random, index: int, sample, plan: dict, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    fill = rng.choice(("DEEAF6", "E2EFD9", "F2F2F2", "FFF2CC"))
    when = date_writer(rng)
    ink = rng.choice(MODERATION_INKS)
    document = new_document(rng)
    paragraph(document, council_line(rng), bold=True, colour=brand, size=rng.choice((11, 12)))
    brand_heading(document, sample.title, brand, size=15)
    paragraph(document, rng.choice(("Audit of the TAF Plan & Review", "Team Around the Family: Plan & Review audit",
                                    "Early Help - TAF Plan & Review quality audit")), italic=True)

    child = sample.child
    born = when(child.date_of_birth)
    others: list[str] = []
    also = [born]
    rows = [("Child's name", child.full_name), ("Date of birth", born),
            (sample.labels.get("case_id", "Early Help ID"), sample.case_id),
            (sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
            ("Team", sample.team), ("Service", sample.service),
            (rng.choice(("Audited by", "Auditor (Early Help manager)", "Completed by")), sample.auditor),
            (rng.choice(("Date of audit", "Audit date")), when(sample.date))]
    if rng.random() < 0.5:
        rows.append((rng.choice(LATEST_REVIEW), when(sample.date - timedelta(days=rng.randint(12, 40)))))
    if plan["siblings"]:
        family = siblings(rng, child, rng.choice((1, 2)), today)
        others = [name for name, _ in family]
        also += [when(day) for _, day in family]
        rows.append((rng.choice(OTHER_CHILDREN), "; ".join(f"{name} ({when(day)})" for name, day in family)))
    _details(document, rng, plan["details"], rows, fill)
    paragraph(document)

    grade_style, marking = plan["grade"], rng.choice(MARKINGS)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    if grade_style == "key":
        paragraph(document, rng.choice(KEY_LINES), italic=True)
    elif grade_style == "marked":
        paragraph(document, {"highlight": "Highlight the grade that applies.", "bold": "Put the grade that applies "
                             "in bold capitals.", "tick": "Tick the grade that applies.",
                             "strike": "Delete the grades that do not apply."}[marking], italic=True)

    moderation = sample.moderation
    brand_heading(document, "Part 1 - The TAF Plan & Review", brand, size=12)
    if grade_style == "columns":
        grid = table(document, len(sample.sections) + 1, 2 + len(columns))
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", *(word for _, word in columns))):
            label(cell, text, fill)
    else:
        grid = table(document, len(sample.sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence", "Grade")):
            label(cell, text, fill)
    for row, section in zip(grid.rows[1:], sample.sections):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[0], PROMPTS[section.name], italic=True, size=8)
        comment = section.comment
        if others and section.name == "Critical Worries and the Support Plan":
            comment += " " + mention(rng, SIBLING_SENTENCES, others[0])
        write(row.cells[1], comment)
        if moderation and section.name in moderation.section_comments:
            write(row.cells[1], f"HoS: {moderation.section_comments[section.name]}", colour=ink)
        if grade_style == "columns":
            for cell, (value, _) in zip(row.cells[2:], columns):
                if value == section.grade:
                    mark(cell, symbol)
        else:
            _grade_in(row.cells[2].paragraphs[0], rng, grade_style, section.grade, marking)
    paragraph(document)

    own = sample.own[-1]  # what the family say
    line = paragraph(document)
    run(line, f"{own.label}: ", bold=True)
    run(line, own.written)

    brand_heading(document, "Part 2 - Overall judgement", brand, size=12)
    if grade_style == "columns":
        grid = table(document, 2, len(columns))
        for cell, (_, word) in zip(grid.rows[0].cells, columns):
            label(cell, word, fill)
        for cell, (value, _) in zip(grid.rows[1].cells, columns):
            if value == sample.grade:
                mark(cell, symbol)
    else:
        line = paragraph(document)
        run(line, rng.choice(("Overall grade for this TAF: ", "Overall judgement: ", "Overall grade: ")), bold=True)
        _grade_in(line, rng, grade_style, sample.grade, marking)
    paragraph(document)

    brand_heading(document, rng.choice(STRENGTH_HEADINGS), brand, size=11)
    for text in sample.strengths:
        paragraph(document, f"\u2022 {text}")
    brand_heading(document, rng.choice(DEVELOPMENT_HEADINGS), brand, size=11)
    for text in sample.development_areas:
        paragraph(document, f"\u2022 {text}")

    line = paragraph(document)
    run(line, rng.choice(URGENT_QUESTIONS) + " ", bold=True)
    if sample.urgent_concern:
        run(line, rng.choice(("Yes", "YES")))
        paragraph(document, f"Details and action taken: {sample.urgent_concern_detail}")
    else:
        run(line, rng.choice(NO_URGENT))

    brand_heading(document, "Part 3 - Actions from this audit", brand, size=12)
    if plan["actions"] == "table" or not sample.actions:
        actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} - {action.owner} - by {when(action.due)}")
    paragraph(document)

    if plan["box"]:
        brand_heading(document, "Part 4 - Head of Service moderation", brand, size=12)
        moderation_box(document, rng, sample, moderation, labels=rng.choice(MODERATION_LABELS),
                       agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"), ("Yes - agreed", "No - see below"))),
                       not_moderated=NOT_MODERATED, ink=ink, when=when)
    data = finish_docx(document, sample.title, moderation.date if moderation else sample.date,
                       moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    order = list(range(count))
    rng.shuffle(order)
    outcomes = {}
    for position, index in enumerate(order):
        outcomes[index] = (["changes"] * 3 + ["confirms"] * 3 + ["comments only"] * 2
                           + ["empty box"] * 4 + ["none"] * 4 + ["none"] * count)[position]
    urgent = set(rng.sample(range(count), min(3, count)))
    no_actions = set(rng.sample([index for index in range(count) if index not in urgent], min(3, count)))
    with_siblings = set(rng.sample(range(count), min(5, count)))
    prefixed = set(rng.sample(range(count), count // 2))
    forms = []
    for index, sample in enumerate(samples):
        first = sample.child.first_name
        sample = replace(sample, sections=tuple(Section(PARTS[section.name], section.grade, section.comment)
                                                for section in sample.sections))
        if index in urgent:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=phrases.fill(rng.choice(phrases.URGENT_CONCERNS), first))
        else:
            sample = replace(sample, urgent_concern=False, urgent_concern_detail=None)
        if index in no_actions:
            sample = replace(sample, actions=())
        if index in prefixed:
            writer = rng.choice((case_reference, early_help_reference))
            sample = replace(sample, case_id=writer(rng, sample.case_id))
        outcome = outcomes[index]
        moderation = None
        if outcome in ("changes", "confirms", "comments only"):
            moderation = _moderation(rng, sample, outcome, today)
        sample = replace(sample, moderation=moderation)
        plan = {"details": DETAIL_STYLES[index % len(DETAIL_STYLES)],
                "grade": GRADE_STYLES[(index // len(DETAIL_STYLES) + index) % len(GRADE_STYLES)],
                "actions": rng.choice(("table", "lines")),
                "siblings": index in with_siblings,
                "box": outcome != "none"}
        forms.append(_build_one(rng, index, sample, plan, today))
    return forms
