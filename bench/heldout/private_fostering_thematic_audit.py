"""A monthly thematic audit of private fostering case files, in Word.

Source: London Borough of Hillingdon, Children's Services procedures manual,
chapter 1.8.2 "Case Recording and Auditing Procedure - Private Fostering"
(hillingdonchildcare.proceduresonline.com/chapters/p_care_rec_audit_PF.htm),
a different document of an organisation the project has already named. The
page shows the tool's purpose and parts, not a form: the audit is of every
case where a private fostering arrangement has been notified, it is run
monthly by a service manager, it is evidence based and asks for a judgement
on whether the evidence meets the standards set out in the audit tool, and
the procedure is organised as the audit process, the audit tool, file
selection, performance standards and a quality practice checklist. The
visiting standards named on the forms (a first visit within a week of
notification, six-weekly visits in the first year, the child seen alone)
are those of the Children (Private Arrangements for Fostering) Regulations
2005 as safeguarding partnerships' procedures state them.

Our judgement, since the page shows no form: the layout. A council name line
in a brand colour and the tool's title; a details block (theme, the service
manager who audited, service, date, number of cases audited) drawn as a
two-column table, a four-column grid, "Label: value" lines or labels over
values; a table of the cases sampled (case number, child's name and date of
birth on most files, date notified, whether the child was seen alone, whether
the standards were met); the performance standards each graded on the four
Ofsted-style grades with the auditor's evidence; an overall judgement; the
strengths and areas for development found across the sample; service
actions; a yes/no question on whether any child needed an immediate
safeguarding response; and on some files a Head of Service's moderation.
The grades (per standard and overall) are our judgement too: the source asks
for a judgement against standards without saying on what scale.

Truth comes from `tool_samples(..., kinds=(THEMATIC_AUDIT,))` changed with
`dataclasses.replace`: the private fostering theme, graded standards and an
overall grade, the sampled case numbers as written, strengths, areas for
development and actions reworded to the theme (counts and due dates kept,
or no actions at all), and a moderation on some files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import Moderation, Section
from bot.samples.people import EARLY_HELP, HEAD_OF_SERVICE, STAFF, invent_case_id, invent_child
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from . import common
from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    council_line,
    date_writer,
    finish_docx,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    table,
    write,
)

FAMILY = "private_fostering_thematic_audit"
SEED = 10123

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}

TITLES = ("Private Fostering Audit Tool", "Private Fostering Case File Audit", "Thematic Audit: Private Fostering",
          "Monthly Private Fostering Audit")
THEMES = ("Private fostering", "Private fostering arrangements",
          "Privately fostered children: visits and assessments", "Compliance with the private fostering regulations")
STANDARDS = ("Notification and first visit", "Assessment of the private foster carer's suitability",
             "Statutory visits to the child", "Child seen alone and their views recorded", "Contact with parents",
             "Management oversight of the arrangement")
EVIDENCE = {
    OUTSTANDING: ("Consistently evidenced in every file, with clear analysis of what it means for the child.",
                  "Exemplary recording; the reasons for decisions are explained and reviewed."),
    GOOD: ("Evidenced in most files and recorded within timescale.",
           "Mostly met; one visit recorded late but the child was seen."),
    REQUIRES_IMPROVEMENT: ("Met in about half of the files; drift is evident in the others.",
                           "Recording is brief and the analysis is missing in several files."),
    INADEQUATE: ("Not evidenced in most files sampled.",
                 "Timescales missed without any recorded reason or management response."),
}
STRENGTHS = (
    "In {k} of the {n} cases sampled the first visit took place within seven days of notification.",
    "In {k} of the {n} cases sampled the child was seen alone and their wishes were recorded in their own words.",
    "Checks on every adult in the private foster carer's household were completed in {k} of the {n} cases.",
    "Parents were contacted and their agreement to the arrangement recorded in {k} of the {n} cases.",
)
DEVELOPMENT = (
    "In {k} of the {n} cases sampled visits in the first year were not every six weeks.",
    "The decision on the carer's suitability was not recorded by a manager in {k} of the {n} cases.",
    "In {k} of the {n} cases the child's bedroom had not been seen at any visit.",
)
ACTIONS = (
    "Service managers to check visit timescales for every privately fostered child at monthly performance clinics.",
    "Brief all duty workers on notification and the seven-day first visit.",
    "Add a manager's suitability decision step to the private fostering assessment.",
    "Re-audit all private fostering files in three months to test the impact.",
)
NO_ACTIONS = ("No service actions arising from this month's audit.", "No further actions required this month.",
              "Actions: none – all standards met or already in hand.")
MODERATION_AGREES = ("I agree with the findings and the judgement; the sample is representative.",
                     "Findings accepted. Good evidence in the case table.")
MODERATION_CHANGES = ("The evidence on visits does not support the judgement given; I have changed it.",
                      "Having read two of the files myself, I have moderated the overall judgement.")
MODERATION_REMARKS = ("Please make sure the re-audit includes the newest notifications.",
                      "A useful audit; share the findings at the next service meeting.")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    return [_form(index, base, today) for index, base in enumerate(samples)]


def _nearby(rng: random.Random, grade: str) -> str:
    position = GRADES.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADES[min(max(position, 0), 3)]


def _form(index: int, base, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{index}")
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    count = next(own.expected for own in base.own if own.key == "cases_sampled")
    prefix = rng.choice(common.CASE_PREFIXES) if index % 3 == 1 else ""
    refs = [f"{prefix}{case_id}" for case_id in dict.fromkeys(invent_case_id(rng) for _ in range(count))]
    count = len(refs)
    children = [invent_child(rng, today) for _ in refs]
    notified = [base.date - timedelta(days=rng.randint(20, min(400, (base.date - child.date_of_birth).days - 10)))
                for child in children]
    seen_alone = [rng.random() < 0.7 for _ in refs]
    met = [rng.choice(("Met", "Partly met", "Not met")) for _ in refs]
    show_children = index % 8 != 5

    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    names = STANDARDS if rng.random() < 0.5 else tuple(
        name for name in STANDARDS if name in rng.sample(STANDARDS, rng.randint(4, 5)))
    grades = [_nearby(rng, grade) for _ in names]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    sections = tuple(Section(name, given, rng.choice(EVIDENCE[given])) for name, given in zip(names, grades))

    def counted(pool, number, low, high):
        return tuple(text.format(k=rng.randint(low, high), n=count) for text in rng.sample(pool, number))

    strengths = counted(STRENGTHS, min(len(base.strengths), len(STRENGTHS)), max(1, count // 2), count - 1)
    development = counted(DEVELOPMENT, min(len(base.development_areas), len(DEVELOPMENT)), 1, max(1, count // 2))
    actions = () if index in (3, 12) else tuple(
        replace(action, action=text) for action, text in zip(base.actions, rng.sample(ACTIONS, len(base.actions))))

    auditor, service = base.auditor, base.service
    if service == EARLY_HELP:  # privately fostered children are held by social work services
        head = rng.choice([member for member in STAFF if member.role == HEAD_OF_SERVICE and member.service != EARLY_HELP])
        auditor, service = head.name, head.service
    moderation = None
    if index % 4 == 2 or index == 9:
        moderator = rng.choice([member for member in STAFF
                                if member.role == HEAD_OF_SERVICE and member.service not in (service, EARLY_HELP)])
        outcome = ("agrees", "changes", "remarks")[index % 3]
        moderated = {"agrees": grade, "remarks": None,
                     "changes": GRADES[GRADES.index(grade) + (1 if grade != INADEQUATE else -1)]}[outcome]
        pool = {"agrees": MODERATION_AGREES, "changes": MODERATION_CHANGES, "remarks": MODERATION_REMARKS}[outcome]
        moderated_on = min(today, base.date + timedelta(days=rng.randint(3, 10)))
        while moderated_on.weekday() >= 5 and moderated_on < today:
            moderated_on += timedelta(days=1)
        moderation = Moderation(moderator.name, moderated_on, (rng.choice(pool),), {}, moderated)

    theme = rng.choice(THEMES)
    own = (ToolField("theme", "Theme", theme, theme),
           ToolField("cases_sampled", "Number of cases audited", str(count), count),
           ToolField("sampled_case_ids", "Case numbers sampled", ", ".join(refs), list(refs)))
    sample = replace(base, auditor=auditor, service=service, title=rng.choice(TITLES), grade=grade, sections=sections, strengths=strengths,
                     development_areas=development, actions=actions, own=own, moderation=moderation)

    document = new_document(rng, landscape=index % 5 == 0)
    brand_heading(document, council_line(rng), brand, size=11)
    brand_heading(document, sample.title.upper() if index % 2 else sample.title, brand, size=15)
    paragraph(document, rng.choice((
        "Monthly audit of all files where a private fostering arrangement has been notified. "
        "Judge the evidence on file against each performance standard.",
        "To be completed by the service manager each month and returned to the QA team.",
        "Evidence-based audit against the private fostering performance standards.")), italic=True)

    auditor_label = rng.choice(("Audit completed by (Service Manager)", "Service Manager", "Auditor",
                                "Name of auditing manager"))
    details = [(rng.choice(("Theme", "Audit theme", "Focus of audit")), theme),
               (auditor_label, sample.auditor),
               (rng.choice(("Service", "Service area")), sample.service),
               (rng.choice(("Date of audit", "Audit date", "Date completed")), when(sample.date)),
               (rng.choice(("Number of cases audited", "Number of files audited", "Cases sampled (number)")),
                str(count))]
    _details(document, rng, index % 4, details, brand)

    others: list[str] = []
    also: list[str] = []
    paragraph(document)
    brand_heading(document, rng.choice(("Cases sampled", "Files audited this month", "Case sample")), brand, size=12)
    if index % 8 == 7:
        paragraph(document, f"Case numbers sampled: {', '.join(refs)}")
    else:
        headers = ["Case number"]
        if show_children:
            headers += ["Child's name", "Date of birth"]
        headers += ["Date notified", "Seen alone at last visit?", "Standards met?"]
        grid = table(document, count + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, ref, child, day, alone, outcome in zip(grid.rows[1:], refs, children, notified, seen_alone, met):
            values = [ref]
            if show_children:
                born = when(child.date_of_birth)
                values += [child.full_name, born]
                others.append(child.full_name)
                also += [born, child.date_of_birth.isoformat(), child.surname]
            values += [when(day), "Yes" if alone else "No", outcome]
            for cell, text in zip(row.cells, values):
                write(cell, text)

    paragraph(document)
    brand_heading(document, rng.choice(("Findings against the performance standards", "Performance standards",
                                        "Audit findings")), brand, size=12)
    _standards(document, rng, index % 3, sections)

    paragraph(document)
    _overall(document, rng, index % 5, grade, brand)

    paragraph(document)
    _findings(document, rng, index % 3, strengths, development, brand)

    paragraph(document)
    brand_heading(document, rng.choice(("Service actions", "Action plan", "Actions arising")), brand, size=12)
    _actions(document, rng, index % 2, actions, when)

    if index % 4 != 3:
        paragraph(document)
        question = rng.choice(("Did any child need an immediate safeguarding response?",
                               "Were any children found to be at risk of immediate harm?"))
        if index % 2:
            para = paragraph(document, f"{question} ", bold=True)
            run(para, rng.choice(("No", "no", "NO")))
        else:
            para = paragraph(document, f"{question}   ", bold=True)
            run(para, "Yes \u2610   No \u2612")

    if moderation or index % 4 == 0:
        paragraph(document)
        _moderation(document, rng, index, sample, moderation, brand, when)

    data = finish_docx(document, sample.title, sample.date,
                       moderation.moderator if moderation else sample.auditor)
    return common.held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _details(document, rng: random.Random, style: int, details, brand: str) -> None:
    if style == 0:  # two columns, label and value
        grid = table(document, len(details), 2)
        for row, (name, value) in zip(grid.rows, details):
            label(row.cells[0], name, "F2F2F2")
            write(row.cells[1], value)
    elif style == 1:  # a grid of two pairs a row
        rows = (len(details) + 1) // 2
        grid = table(document, rows, 4)
        for position, (name, value) in enumerate(details):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, "F2F2F2")
            write(grid.cell(row, column * 2 + 1), value)
    elif style == 2:  # "Label: value" lines
        for name, value in details:
            para = paragraph(document, f"{name}: ", bold=True)
            run(para, value)
    else:  # labels over values
        grid = table(document, 2, len(details))
        for column, (name, value) in enumerate(details):
            label(grid.cell(0, column), name, None, colour=brand)
            write(grid.cell(1, column), value)


def _standards(document, rng: random.Random, style: int, sections) -> None:
    area = rng.choice(("Performance standard", "Standard", "Area audited"))
    if style == 0:  # typed grade column
        grid = table(document, len(sections) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, (area, "Evidence / findings", "Grade")):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            write(row.cells[1], section.comment)
            write(row.cells[2], informal_grade(rng, section.grade, note_chance=0.15))
    elif style == 1:  # a mark under one of four grade columns
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, (area, "Evidence", *(name for _, name in columns))):
            label(cell, text, "DEEAF6")
        for row, section in zip(grid.rows[1:], sections):
            write(row.cells[0], section.name)
            write(row.cells[1], section.comment)
            for cell, (grade, _) in zip(row.cells[2:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
    else:  # one block per standard
        for number, section in enumerate(sections, 1):
            paragraph(document, f"{number}. {section.name}", bold=True)
            paragraph(document, section.comment)
            para = paragraph(document, "Grade: ", bold=True)
            run(para, PRINTED[section.grade])


def _overall(document, rng: random.Random, style: int, grade: str, brand: str) -> None:
    heading = rng.choice(("Overall judgement", "Overall grade for the sample", "Overall finding"))
    if style == 0:  # typed
        para = paragraph(document, f"{heading}: ", bold=True, colour=brand)
        run(para, informal_grade(rng, grade), bold=True)
    elif style == 1:  # a number on a printed key
        paragraph(document, f"{heading} (enter 1-4)", bold=True, colour=brand)
        paragraph(document, "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True, size=9)
        para = paragraph(document, "Grade given: ", bold=True)
        run(para, str(GRADES.index(grade) + 1))
    elif style == 4:  # four columns, one marked
        paragraph(document, heading, bold=True, colour=brand)
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for column, (value, name) in enumerate(columns):
            label(grid.cell(0, column), name, "F2F2F2")
            if value == grade:
                mark(grid.cell(1, column), rng.choice(MARKS[:5]))
    else:  # the four printed, the chosen one highlighted / bold, or the others struck
        paragraph(document, heading, bold=True, colour=brand)
        para = paragraph(document)
        how = rng.choice(("highlight", "bold", "strike", "tick"))
        for position, value in enumerate(GRADES):
            if position:
                run(para, "   /   ")
            chosen = value == grade
            if how == "tick":
                box = "\u2612" if chosen else "\u2610"
                run(para, f"{box} {PRINTED[value]}")
            elif how == "strike":
                run(para, PRINTED[value], strike=not chosen)
            else:
                run(para, PRINTED[value], highlight=chosen and how == "highlight", bold=chosen and how == "bold")


def _findings(document, rng: random.Random, style: int, strengths, development, brand: str) -> None:
    strengths_label = rng.choice(("Strengths found across the sample", "Strengths", "What is working well"))
    development_label = rng.choice(("Areas for development", "Areas for development found", "What needs to improve"))
    if style == 2:  # two columns
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), strengths_label, "E2EFDA")
        label(grid.cell(0, 1), development_label, "FCE4D6")
        for text in strengths:
            write(grid.cell(1, 0), f"\u2022 {text}")
        for text in development:
            write(grid.cell(1, 1), f"\u2022 {text}")
        return
    for heading, items in ((strengths_label, strengths), (development_label, development)):
        brand_heading(document, heading, brand, size=12)
        if style == 0:
            for text in items:
                document.add_paragraph(text, style="List Bullet")
        else:
            paragraph(document, " ".join(items))


def _actions(document, rng: random.Random, style: int, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if style == 0:
        common.actions_table(document, rng, actions, (("Action", "Lead", "By when", "Progress"),
                                                      ("Action required", "Responsible manager", "Target date")),
                             NO_ACTIONS, when)
    else:
        for number, action in enumerate(actions, 1):
            paragraph(document, f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}.")


def _moderation(document, rng: random.Random, index: int, sample, moderation, brand: str, when) -> None:
    ink = rng.choice(MODERATION_INKS)
    heading = rng.choice(("Head of Service moderation", "Moderation by Head of Service", "Quality assurance sign-off"))
    if index % 8 < 4:  # a box
        brand_heading(document, heading, brand, size=12)
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by", "Date moderated", "Agree with judgement?",
                                      "Moderated judgement", "Comments"),
                              agree=("Yes", "No"), not_moderated=("Not moderated this month.", ""), ink=ink,
                              when=when)
        return
    brand_heading(document, heading, brand, size=12)
    if moderation is None:
        paragraph(document, "Not selected for moderation.", italic=True)
        return
    paragraph(document, f"Moderated by {moderation.moderator} on {when(moderation.date)}.", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        para = paragraph(document, "Moderated judgement: ", colour=ink, bold=True)
        run(para, informal_grade(rng, moderation.grade), colour=ink)

