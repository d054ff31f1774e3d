"""A partnership Quality Assurance Group's themed audit record: several
children's cases audited together on one theme (children missing from home,
neglect, exploitation, domestic abuse), written up by the Head of Service who
led the audit day.

Modelled on Cumbria Safeguarding Children Partnership's "Missing from Home
Quality Assurance Audit" (June 2016), published as a web page at
https://www.cumbriasafeguardingchildren.co.uk/professionals/qualityassuranceaudits/mfhqualityassuranceaudit.asp
(a different document of an organisation the project already names).

What came from the source: a themed audit carried out by the partnership's
Quality Assurance Groups on the multi-agency response to one kind of case;
the number of cases audited and how they break down into cohorts (placed out
of area, a single missing episode, previously unknown to social care,
repeated episodes); the age range of the children and how many were boys and
girls; what the young people whose cases were audited told the auditors; and
the "key learning" set out under headed areas of practice, starting with the
voice of the child.

What is our judgement: the page shows the write-up, not a form, so the whole
layout is ours. The details block (theme, who led the audit, service, date,
number of cases) laid out as a two-column table, a four-column grid,
"Label: value" lines or labels over values; a cohort table listing each case
reference with the child's name, date of birth and cohort; the key-learning
areas graded (typed, a number on a printed key, a mark under one of four
grade columns, or each area as a heading with its grade) with an overall
judgement of the multi-agency response (typed, the four grades printed with
the chosen one bold and highlighted or the others struck through, or ticked
boxes); strengths and areas for development as lists, paragraphs or two
columns; recommendations as a table, numbered lines or a sentence saying
there are none; and an Assistant Director's sign-off box typed in colour on
a few. Four files record findings without grades. People, cases and
sentences are the sample builder's (`tool_samples(..., kinds=(THEMATIC_AUDIT,))`),
with the theme, the case list, the grades and the sign-off replaced where
this layout needs it.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import Moderation, Section
from bot.samples.people import COUNCIL, STAFF, invent_case_id, invent_child
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "qag_themed_audit_record"
SEED = 10091

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}
PARTNERSHIP = f"{COUNCIL.split()[0]} Safeguarding Children Partnership"

TITLES = ("Themed Audit – Summary of Findings", "Quality Assurance Group: Themed Audit Record",
          "Multi-Agency Themed Audit", "QAG Themed Audit Report")
THEMES = {
    "Children missing from home": ("Placed out of area", "Single missing episode", "Previously unknown to social care",
                                   "Repeat missing episodes", "Placed here by another authority"),
    "Neglect": ("Child protection plan", "Child in need", "Early Help", "Stepped down from a plan"),
    "Child criminal exploitation": ("Child protection plan", "Child in need", "Child looked after", "Youth justice"),
    "Children living with domestic abuse": ("Child protection plan", "Child in need", "Early Help",
                                            "MARAC case"),
}
THEME_LABELS = ("Theme of audit", "Audit theme", "Focus of audit", "Theme")
COUNT_LABELS = ("Number of cases audited", "Cases audited", "Number of children's cases audited")
LEAD_LABELS = ("Audit led by (Head of Service)", "Completed by Head of Service", "Audit lead", "QAG chair")
SERVICE_LABELS = ("Service", "Service area")
DATE_LABELS = ("Date of audit", "Date of audit day", "Date completed")

AREAS = ("Voice of the child", "Recognition of risk", "Information sharing between agencies",
         "Strategy meetings and planning", "Return home interviews", "Management oversight",
         "Impact for children")
FINDINGS = {
    OUTSTANDING: ("Consistently strong across every case; practice others can learn from.",
                  "Agencies worked as one team and the records show it clearly."),
    GOOD: ("Evident in most of the cases, with clear recording of what was done and why.",
           "Agencies shared what they knew promptly and acted on it."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: strong in some cases but missing or late in others.",
                           "Recorded, but not always used to change the plan."),
    INADEQUATE: ("Not evident in most of the cases audited.",
                 "Gaps left children without a clear plan for too long."),
}
KEY_SPELLINGS = ("1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                 "Key: 1 Outstanding, 2 Good, 3 Requires Improvement, 4 Inadequate")
YOUNG_PEOPLE = (
    "One young person said the worker who saw them after they came back listened and did not judge them.",
    "A young person told us they did not know who their social worker was after moving placement.",
    "One young person said they would rather talk to the staff where they live than to someone new.",
    "A young person said the police who brought them home were kind and asked if they were safe.",
)
STRENGTH_LABELS = ("What is working well", "Strengths", "Key strengths", "Strengths found")
DEVELOPMENT_LABELS = ("Areas for development", "What needs to improve", "Areas for development found",
                      "Learning for the partnership")
ACTION_LABELS = ("Recommendations", "Service level action plan", "Actions agreed by the QAG")
ACTION_HEADERS = (("Recommendation", "Lead", "By when"), ("Action", "By whom", "Timescale", "Progress"),
                  ("Action agreed", "Owner", "Target date"))
NO_ACTIONS = ("No new recommendations: the actions from the last themed audit on this theme are still open.",
              "No further actions were agreed; the learning will be shared through the QAG briefing.")
SIGN_OFF_LABELS = ("Signed off by (Assistant Director)", "Date signed off", "Agree with the overall judgement?",
                   "Judgement at sign-off", "Assistant Director comments")
SIGN_OFF_COMMENTS = ("Findings shared with the Partnership Business Group.",
                     "I want to see the re-audit of this theme in six months.",
                     "Agree the recommendations; the strategy meeting point needs a named lead.")

DETAIL_LAYOUTS = ("table", "grid", "lines", "over")
AREA_STYLES = ("typed", "columns", "key", "headed")
OVERALL_STYLES = ("typed", "bold", "struck", "boxes")


def _near(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADES[min(max(index, 0), 3)]


def _assistant_director(service: str) -> str:
    wanted = "Priya Raman" if service == "Early Help" else "Robert Ainsworth"
    return next(member.name for member in STAFF if member.name == wanted)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    return [_one(index, sample, today) for index, sample in enumerate(samples)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    when = common.date_writer(rng)
    brand = common.BRAND_COLOURS[index % len(common.BRAND_COLOURS)]
    details_layout = DETAIL_LAYOUTS[index % 4]
    area_style = AREA_STYLES[(index // 4 + index) % 4]
    overall_style = OVERALL_STYLES[(index * 3 + 1) % 4]
    graded = index % 4 != 3
    show_children = index not in (5, 13)
    list_cases = index not in (4, 14)

    # The cases: the sample's own list where it has one, else invented.
    given = next((own.expected for own in sample.own if own.key == "sampled_case_ids"), None)
    count = next(own.expected for own in sample.own if own.key == "cases_sampled")
    case_ids = list(given) if given else list(dict.fromkeys(invent_case_id(rng) for _ in range(count)))
    count = len(case_ids)
    prefixed = rng.random() < 0.5
    refs = [common.case_reference(rng, case) if prefixed else case for case in case_ids]
    theme = rng.choice(tuple(THEMES))
    children = [invent_child(rng, today) for _ in case_ids]
    if theme in ("Children missing from home", "Child criminal exploitation"):
        # Children who go missing or are exploited are mostly teenagers.
        children = [replace(child, date_of_birth=today - timedelta(days=rng.randint(10 * 365 + 60, 17 * 365)))
                    for child in children]
    cohorts = [rng.choice(THEMES[theme]) for _ in case_ids]

    own = [ToolField("theme", rng.choice(THEME_LABELS), theme, theme),
           ToolField("cases_sampled", rng.choice(COUNT_LABELS), str(count), count)]
    if list_cases:
        own.append(ToolField("sampled_case_ids", "Case reference", None, refs))

    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0] if graded else None
    sections: tuple[Section, ...] = ()
    if graded:
        names = [name for name in AREAS if theme == "Children missing from home" or name != "Return home interviews"]
        chosen = sorted(rng.sample(range(len(names)), rng.randint(4, 5)))
        sections = tuple(Section(names[at], (area := _near(rng, grade)), rng.choice(FINDINGS[area])) for at in chosen)

    actions = sample.actions if index % 6 != 2 else ()
    moderation = None
    if index in (1, 6, 11, 14):
        signed = min(today, sample.date + timedelta(days=rng.randint(5, 15)))
        moderated = None
        if graded and index != 14:
            moderated = grade if index == 1 else _near(rng, grade) if index == 6 else GRADES[min(GRADES.index(grade) + 1, 3)]
        moderation = Moderation(_assistant_director(sample.service), signed, (rng.choice(SIGN_OFF_COMMENTS),),
                                grade=moderated)
    sample = replace(sample, grade=grade, sections=sections, own=tuple(own), actions=actions, moderation=moderation,
                     strengths=common.recount(sample.strengths, count),
                     development_areas=common.recount(sample.development_areas, count))

    document = common.new_document(rng, landscape=area_style == "columns" and rng.random() < 0.5)
    common.brand_heading(document, common.council_line(rng), brand, size=14)
    common.paragraph(document, PARTNERSHIP + " – Quality Assurance Group", colour=brand, italic=True)
    title = rng.choice(TITLES)
    common.brand_heading(document, title.upper() if rng.random() < 0.3 else title, brand, size=16)

    # Details of the audit.
    details = [(own[0].label, theme), (rng.choice(LEAD_LABELS), sample.auditor),
               (rng.choice(SERVICE_LABELS), sample.service), (rng.choice(DATE_LABELS), when(sample.date)),
               (own[1].label, str(count))]
    _details(document, rng, details, details_layout)

    # The cohort.
    common.brand_heading(document, rng.choice(("The cases audited", "Cohort", "Children whose cases were audited")),
                         brand, size=12)
    others: list[str] = []
    also: list[str] = []
    ages = sorted((sample.date - child.date_of_birth).days // 365 for child in children)
    boys = rng.randint(1, count - 1)
    common.paragraph(document, f"{count} cases were audited. The children were aged {ages[0]} to {ages[-1]}; "
                               f"{boys} were boys and {count - boys} were girls.")
    if list_cases:
        headers = ["Case reference" if rng.random() < 0.5 else "Case no."]
        if show_children:
            headers += [rng.choice(("Child / young person", "Name")), rng.choice(("DOB", "Date of birth"))]
        headers.append(rng.choice(("Cohort", "Status at time of audit")))
        grid = common.table(document, count + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            common.label(cell, text, "DEEAF6")
        for row, ref, child, cohort in zip(grid.rows[1:], refs, children, cohorts):
            cells = iter(row.cells)
            common.write(next(cells), ref)
            if show_children:
                born = when(child.date_of_birth)
                common.write(next(cells), child.full_name)
                common.write(next(cells), born)
                others.append(child.full_name)
                also += [born, child.date_of_birth.isoformat()]
            common.write(next(cells), cohort)
    else:
        tally: dict[str, int] = {}
        for cohort in cohorts:
            tally[cohort] = tally.get(cohort, 0) + 1
        for cohort, number in tally.items():
            common.paragraph(document, f"{cohort}: {number}").style = document.styles["List Bullet"]

    if rng.random() < 0.6:
        common.brand_heading(document, rng.choice(("What children and young people told us", "What young people said")),
                             brand, size=12)
        for quote in rng.sample(YOUNG_PEOPLE, 2):
            common.paragraph(document, quote, italic=True)

    # Key learning by area, and the overall judgement.
    common.brand_heading(document, rng.choice(("Key learning from the audits", "Findings by area of practice")),
                         brand, size=12)
    if sections:
        _areas(document, rng, sections, area_style)
        _overall(document, rng, grade, overall_style if area_style != "key" else "key")
    else:
        for area in rng.sample([name for name in AREAS if name != "Return home interviews"], 3):
            common.paragraph(document, area, bold=True)
            common.paragraph(document, rng.choice(FINDINGS[rng.choice(GRADES[1:3])]))
        common.paragraph(document, "The QAG does not grade themed audits; findings are reported to the Business Group.",
                         italic=True)

    # Strengths and areas for development.
    _lists(document, rng, brand, sample)

    # Recommendations.
    heading = rng.choice(ACTION_LABELS)
    common.brand_heading(document, heading, brand, size=12)
    if not sample.actions or index % 3 != 1:
        common.actions_table(document, rng, sample.actions, ACTION_HEADERS, NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            common.paragraph(document, f"{number}. {action.action} – Lead: {action.owner} – by {when(action.due)}")

    # The Assistant Director's sign-off.
    if moderation or index in (4, 9):
        common.brand_heading(document, "Sign-off", brand, size=12)
        common.moderation_box(document, rng, sample, moderation, labels=SIGN_OFF_LABELS, agree=("Yes", "No"),
                              not_moderated=("Awaiting sign-off", ""), ink=rng.choice(common.MODERATION_INKS),
                              when=when)

    editor = moderation.moderator if moderation else sample.auditor
    data = common.finish_docx(document, title, sample.date, editor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _details(document, rng: random.Random, details, layout: str) -> None:
    if layout == "table":
        grid = common.table(document, len(details), 2)
        for row, (text, value) in zip(grid.rows, details):
            common.label(row.cells[0], text, "F2F2F2")
            common.write(row.cells[1], value)
    elif layout == "grid":
        rows = (len(details) + 1) // 2
        grid = common.table(document, rows, 4)
        for at, (text, value) in enumerate(details):
            row, column = divmod(at, 2)
            common.label(grid.cell(row, column * 2), text, "F2F2F2")
            common.write(grid.cell(row, column * 2 + 1), value)
    elif layout == "lines":
        for text, value in details:
            line = common.paragraph(document)
            common.run(line, f"{text}: ", bold=True)
            common.run(line, value)
    else:
        grid = common.table(document, 2, len(details))
        for column, (text, value) in enumerate(details):
            common.label(grid.cell(0, column), text, "D9E2F3")
            common.write(grid.cell(1, column), value)


def _areas(document, rng: random.Random, sections, style: str) -> None:
    if style == "typed":
        grid = common.table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", rng.choice(("Grade", "Judgement")), "Findings")):
            common.label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            common.write(row.cells[0], section.name)
            common.write(row.cells[1], common.informal_grade(rng, section.grade, note_chance=0.2))
            common.write(row.cells[2], section.comment)
    elif style == "columns":
        columns = rng.choice(common.GRADE_COLUMNS)
        symbol = rng.choice(common.MARKS)
        grid = common.table(document, len(sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", *(name for _, name in columns), "Findings")):
            common.label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            common.write(row.cells[0], section.name)
            at = [grade for grade, _ in columns].index(section.grade)
            common.mark(row.cells[1 + at], symbol)
            common.write(row.cells[5], section.comment)
    elif style == "key":
        common.paragraph(document, rng.choice(KEY_SPELLINGS), italic=True)
        grid = common.table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Score (1-4)", "Findings")):
            common.label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            common.write(row.cells[0], section.name)
            common.write(row.cells[1], str(GRADES.index(section.grade) + 1))
            common.write(row.cells[2], section.comment)
    else:
        for section in sections:
            common.paragraph(document, section.name, bold=True, size=11)
            line = common.paragraph(document)
            common.run(line, "Grade: ", bold=True)
            common.run(line, common.informal_grade(rng, section.grade))
            common.paragraph(document, section.comment)


def _overall(document, rng: random.Random, grade: str, style: str) -> None:
    label = rng.choice(("Overall judgement of the multi-agency response", "Overall judgement", "Overall grade"))
    line = common.paragraph(document)
    common.run(line, f"{label}: ", bold=True)
    if style == "typed":
        common.run(line, common.informal_grade(rng, grade))
    elif style == "key":
        common.run(line, str(GRADES.index(grade) + 1))
    elif style == "bold":
        for at, option in enumerate(GRADES):
            common.run(line, ("   " if at else "") + PRINTED[option], bold=option == grade, highlight=option == grade)
    elif style == "struck":
        for at, option in enumerate(GRADES):
            common.run(line, (" / " if at else "") + PRINTED[option], strike=option != grade)
    else:
        for at, option in enumerate(GRADES):
            common.run(line, ("   " if at else "") + ("\u2612 " if option == grade else "\u2610 ") + PRINTED[option])


def _lists(document, rng: random.Random, brand: str, sample) -> None:
    strengths_label, development_label = rng.choice(STRENGTH_LABELS), rng.choice(DEVELOPMENT_LABELS)
    style = rng.choice(("bullets", "numbered", "paragraphs", "columns"))
    if style == "columns":
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = common.table(document, rows + 1, 2)
        common.label(grid.cell(0, 0), strengths_label, "E2EFDA")
        common.label(grid.cell(0, 1), development_label, "FCE4D6")
        for at, text in enumerate(sample.strengths):
            common.write(grid.cell(at + 1, 0), text)
        for at, text in enumerate(sample.development_areas):
            common.write(grid.cell(at + 1, 1), text)
        return
    for heading, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
        common.brand_heading(document, heading, brand, size=12)
        for number, text in enumerate(items, 1):
            if style == "bullets":
                common.paragraph(document, text).style = document.styles["List Bullet"]
            elif style == "numbered":
                common.paragraph(document, f"{number}. {text}")
            else:
                common.paragraph(document, text)
