"""Missing and return practice audit, used as a thematic audit: a Head of
Service (with the QA team) audits the records of several children who went
missing from home or care, against numbered practice standards, grades each
standard across the sample and gives an overall judgement.

Source: a council children's services "Quality Assurance Framework – Missing
and Return Practice Audit" tool, published as a Word document and copied at
https://docsbay.net/quality-assurance-framework-missing-and-return-practice-audit
(the council is not named on the page; its guidance refers to the FWi case
system). From the source: the title; the details block asking for the
auditor's name and job title or role, the team manager, the allocated social
worker, who carried out the return interview (an independent person), the
young person's name, their status (not previously known / CiN / CP / CLA /
care leaver ...) and the dates of the recent missing episodes; then a two
column "Standard / Comments" table of numbered standards (an up to date
missing risk assessment, child protection procedures and a strategy meeting
where the risk is significant, the return interview within 72 hours, the
missing episode recorded and shared).

Our judgement (the page shows a single-child tool with no grades and no
findings or action sections): the thematic use of it, with one "children
sampled" table holding each child's case reference, name, date of birth,
status, missing dates and who did the return interview; short standard
names (the source asks them as questions) each with findings across the
sample and an Ofsted-style grade; the overall judgement; strengths, areas
for development, service actions; and a moderation by a second Head of
Service on some files. The layouts of the details block, the grades, the
findings and the actions, and the wording of every sentence, are ours.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples.forms import Moderation, SampleAction, Section
from bot.samples.people import HEAD_OF_SERVICE, STAFF, invent_case_id, invent_child
from bot.samples.tool_phrases import THEMATIC_AUDIT
from bot.samples.tools import ToolField, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "missing_return_thematic_audit"
SEED = 10105

GRADES = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
PRINTED = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
           INADEQUATE: "Inadequate"}

TITLES = ("Quality Assurance Framework – Missing and Return Practice Audit",
          "Missing and Return Practice Audit – Thematic Summary",
          "QA Framework: Missing and Return Practice Audit (themed sample)")
THEMES = ("Children missing from home and care", "Missing and return practice",
          "Return home interviews after missing episodes", "Children missing from home")

# The standards, in the source's order; a file uses the first four to six.
STANDARDS = (
    "Missing risk assessment",
    "Child protection procedures and strategy meetings",
    "Return interview within 72 hours",
    "Use of return interview information in the plan",
    "Exploitation risk considered",
    "Management oversight of missing episodes",
)
FINDINGS = {
    OUTSTANDING: ("Consistently strong across the sample, with the child's own account driving the response.",
                  "Every record sampled shows this done promptly and reviewed after each episode."),
    GOOD: ("Done in most cases sampled and updated after repeat episodes.",
           "Generally timely; one record did not show the outcome."),
    REQUIRES_IMPROVEMENT: ("Inconsistent: present in about half the records, rarely updated after a new episode.",
                           "Completed late in several cases and not always linked to the plan."),
    INADEQUATE: ("Not evident in most records sampled.",
                 "Absent or out of date in the majority of cases, leaving risk unassessed."),
}
STRENGTHS = (
    "Return interviews were offered in every case sampled and most were completed by an independent worker.",
    "In 5 of the 6 cases sampled the missing risk assessment was updated after the latest episode.",
    "Strategy meetings were held promptly where a child went missing three times in a month.",
    "Police and social care shared information on the same day in most cases.",
    "Children's reasons for going missing were recorded in their own words.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases sampled the return interview was completed outside 72 hours.",
    "Information from return interviews was not carried into plans or reviews.",
    "Links between missing episodes and exploitation were not always explored.",
    "Management oversight after a missing episode was not recorded on the child's file.",
)
ACTIONS = (
    "Team managers to record oversight on the child's file within 48 hours of every missing episode.",
    "Share return interview summaries with the allocated social worker the same day.",
    "Add a prompt on exploitation risk to the missing risk assessment.",
    "Re-audit missing and return practice in the next quarter.",
)
STATUSES = ("CLA", "CP", "CiN", "Supervision Order", "Not previously known", "CiN in proceedings", "Previously known, closed")
INTERVIEWERS = ("Independent RHI worker", "Barnardo's return worker", "Independent return worker", "Not completed",
                "Refused by young person", "Youth worker (independent)")
NO_ACTIONS = ("No service-level actions: the findings will be shared at the practice forum.",
              "None – existing improvement plan covers these findings.")
MODERATION_COMMENTS = {
    "confirms": ("I agree with the overall judgement; the findings are well evidenced across the sample.",),
    "lowers": ("Given the late return interviews across the sample, I do not think the judgement can stand.",),
    "raises": ("The audit undersells the improvement in strategy meeting practice since the last sample.",),
    "remarks": ("Please present these findings to the Missing and Exploitation sub-group.",),
}
COUNT_LABELS = ("Number of children sampled", "Number of cases audited", "Number of cases sampled")
KEY = "Key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate"
BOXES = ("\u2610", "\u2612")


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]


def _nearby(rng: random.Random, grade: str) -> str:
    step = rng.choice((0, 0, 0, -1, 1))
    return GRADES[min(3, max(0, GRADES.index(grade) + step))]


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(SEED * 100 + index)
    when = common.date_writer(rng)
    brand = rng.choice(common.BRAND_COLOURS)

    # The children sampled.
    count = rng.randint(4, 7)
    children = []
    seen = set()
    while len(children) < count:
        child = invent_child(rng, today)
        if child.full_name in seen or child.first_name in {c.first_name for c, _ in children}:
            continue
        seen.add(child.full_name)
        born = today - timedelta(days=rng.randint(11 * 365, 17 * 365 + 200))
        children.append((replace(child, date_of_birth=born), invent_case_id(rng)))
    show_refs = index % 5 != 4
    show_names = index % 6 != 5
    prefixed = index % 3 == 1
    refs = [common.case_reference(rng, case_id) if prefixed else case_id for _, case_id in children]

    # The sample, changed to this tool: a missing theme, graded standards, an
    # overall judgement, findings and actions about missing practice.
    grade = rng.choices(GRADES, weights=(8, 45, 37, 10))[0]
    standards = STANDARDS[:rng.randint(4, 6)]
    # The overall judgement follows the standards: at least one is graded the same.
    graded = [_nearby(rng, grade) for _ in standards]
    if grade not in graded:
        graded[rng.randrange(len(graded))] = grade
    sections = tuple(Section(name, g, rng.choice(FINDINGS[g])) for name, g in zip(standards, graded))
    theme = rng.choice(THEMES)
    count_label = rng.choice(COUNT_LABELS)
    own = [ToolField("theme", "Theme", theme, theme), ToolField("cases_sampled", count_label, str(count), count)]
    if show_refs:
        own.append(ToolField("sampled_case_ids", "", None, list(refs)))
    strengths = common.recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), count)
    development = common.recount(tuple(rng.sample(DEVELOPMENT, len(sample.development_areas))), count)
    owners = (sample.auditor, "Team managers", "QA team", "Missing coordinator")
    actions = tuple(SampleAction(text, rng.choice(owners), action.due)
                    for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    if index % 7 == 3:
        actions = ()
    moderation = None
    if index % 3 == 2:
        moderator = rng.choice([m for m in STAFF if m.role == HEAD_OF_SERVICE and m.name != sample.auditor])
        outcome = rng.choice(("confirms", "lowers", "raises", "remarks"))
        moderated = {"confirms": grade, "remarks": None,
                     "lowers": GRADES[min(3, GRADES.index(grade) + 1)],
                     "raises": GRADES[max(0, GRADES.index(grade) - 1)]}[outcome]
        if moderated == grade and outcome != "confirms":
            outcome = "confirms"
        moderation = Moderation(moderator.name, min(today, sample.date + timedelta(days=rng.randint(3, 10))),
                                MODERATION_COMMENTS[outcome], {}, moderated)
    sample = replace(sample, grade=grade, sections=sections, strengths=strengths, development_areas=development,
                     actions=actions, own=tuple(own), moderation=moderation)

    document = common.new_document(rng, landscape=index % 4 == 0)
    common.brand_heading(document, common.council_line(rng), brand, size=12)
    title = rng.choice(TITLES)
    common.brand_heading(document, title, brand, size=15)
    _details(document, rng, index, sample, theme, count_label, count, when)
    _children_table(document, rng, children, refs, show_refs, show_names, when, sample.date)
    grade_style = ("typed", "key", "columns", "struck", "bold", "highlight", "ticked")[index % 7]
    _standards(document, rng, sample, grade_style, brand)
    _overall(document, rng, sample, ("typed", "ticked", "highlight", "key", "bold", "struck")[(index + 2) % 6], brand)
    _findings(document, rng, sample, index % 3)
    _actions(document, rng, sample, index % 3, when, brand)
    if moderation:
        _moderation(document, rng, sample, index % 2, when)
    data = common.finish_docx(document, title, sample.date, sample.auditor)

    others = tuple(child.full_name for child, _ in children) if show_names else ()
    also: tuple[str, ...] = ()
    if show_names:
        also = tuple(s for child, _ in children for s in (child.surname, when(child.date_of_birth),
                                                              child.date_of_birth.isoformat()))
    return common.held_out(FAMILY, index, sample, data, "docx", others=others, also=also)


def _details(document, rng, index, sample, theme, count_label, count, when) -> None:
    rows = [("Auditor's name", sample.auditor),
            ("Auditor's job title / role", rng.choice(("Head of Service", "Head of Service (audit lead)"))),
            ("Service", sample.service),
            ("Date of audit", when(sample.date)),
            ("Theme", theme),
            (count_label, str(count))]
    layout = ("table", "grid", "lines", "over")[index % 4]
    if layout == "table":
        grid = common.table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            common.label(row.cells[0], name, "F2F2F2")
            common.write(row.cells[1], value)
    elif layout == "grid":
        grid = common.table(document, 3, 4)
        for number, (name, value) in enumerate(rows):
            r, c = divmod(number, 2)
            common.label(grid.cell(r, c * 2), name, "E7EEF7")
            common.write(grid.cell(r, c * 2 + 1), value)
    elif layout == "lines":
        for name, value in rows:
            para = common.paragraph(document)
            common.run(para, f"{name}: ", bold=True)
            common.run(para, value)
    else:
        for half in (rows[:3], rows[3:]):
            grid = common.table(document, 2, 3)
            for column, (name, value) in enumerate(half):
                common.label(grid.cell(0, column), name, "D9E2F3")
                common.write(grid.cell(1, column), value)
            common.paragraph(document)
    common.paragraph(document)


def _children_table(document, rng, children, refs, show_refs, show_names, when, audited) -> None:
    common.paragraph(document, "Children and young people sampled", bold=True)
    headers = []
    if show_refs:
        headers.append(rng.choice(("FWi ref", "Case ref", "Child ID")))
    if show_names:
        headers += ["CYP's name", "DOB"]
    headers += ["CYP status", "Dates of recent missing episodes", "Return interview carried out by"]
    grid = common.table(document, len(children) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        common.label(cell, text, "F2F2F2")
    for row, (child, _case_id), ref in zip(grid.rows[1:], children, refs):
        values = []
        if show_refs:
            values.append(ref)
        if show_names:
            values += [child.full_name, when(child.date_of_birth)]
        episodes = sorted({audited - timedelta(days=rng.randint(10, 120)) for _ in range(rng.randint(1, 3))})
        values += [rng.choice(STATUSES), ", ".join(when(day) for day in episodes), rng.choice(INTERVIEWERS)]
        for cell, value in zip(row.cells, values):
            common.write(cell, value)
    common.paragraph(document)


def _choice_line(cell_or_paragraph, grade, style, brand, *, in_cell=True) -> None:
    """The four grades printed, the chosen one picked out by `style`."""
    target = common.write(cell_or_paragraph, "") if in_cell else cell_or_paragraph
    for number, option in enumerate(GRADES):
        chosen = option == grade
        sep = "   " if number else ""
        if style == "ticked":
            common.run(target, f"{sep}{BOXES[chosen]} {PRINTED[option]}")
        elif style == "struck":
            common.run(target, sep)
            common.run(target, PRINTED[option], strike=not chosen)
        elif style == "bold":
            common.run(target, sep)
            common.run(target, PRINTED[option].upper() if chosen else PRINTED[option], bold=chosen,
                       colour=brand if chosen else None)
        else:  # highlight
            common.run(target, sep)
            common.run(target, PRINTED[option], highlight=chosen, bold=chosen)


def _standards(document, rng, sample, style, brand) -> None:
    common.brand_heading(document, "Standards: findings across the sample", brand, size=12)
    if style == "key":
        common.paragraph(document, KEY, italic=True)
    if style == "columns":
        order = rng.choice(common.GRADE_COLUMNS)
        grid = common.table(document, len(sample.sections) + 1, 3 + len(order))
        for cell, text in zip(grid.rows[0].cells, ["No.", "Standard", "Comments"] + [name for _, name in order]):
            common.label(cell, text, "F2F2F2")
        mark_style = rng.choice(common.MARKS)
        for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), 1):
            common.write(row.cells[0], str(number))
            common.write(row.cells[1], section.name)
            common.write(row.cells[2], section.comment)
            column = [g for g, _ in order].index(section.grade)
            common.mark(row.cells[3 + column], mark_style)
        common.paragraph(document)
        return
    grid = common.table(document, len(sample.sections) + 1, 4)
    for cell, text in zip(grid.rows[0].cells, ("No.", "Standard", "Comments", "Grade")):
        common.label(cell, text, "F2F2F2")
    for number, (row, section) in enumerate(zip(grid.rows[1:], sample.sections), 1):
        common.write(row.cells[0], str(number))
        common.write(row.cells[1], section.name)
        common.write(row.cells[2], section.comment)
        if style == "typed":
            common.write(row.cells[3], common.informal_grade(rng, section.grade, note_chance=0.2))
        elif style == "key":
            common.write(row.cells[3], str(GRADES.index(section.grade) + 1))
        else:
            for option in GRADES:
                para = common.write(row.cells[3], "")
                _line(para, option, section.grade, style, brand)
    common.paragraph(document)


def _line(para, option, grade, style, brand) -> None:
    """One printed grade on its own line in a grade cell."""
    chosen = option == grade
    if style == "ticked":
        common.run(para, f"{BOXES[chosen]} {PRINTED[option]}")
    elif style == "struck":
        common.run(para, PRINTED[option], strike=not chosen)
    elif style == "bold":
        common.run(para, PRINTED[option], bold=chosen, colour=brand if chosen else None)
    else:
        common.run(para, PRINTED[option], highlight=chosen, bold=chosen)


def _overall(document, rng, sample, style, brand) -> None:
    heading = rng.choice(("Overall judgement", "Overall judgement for the sample", "Overall grade"))
    if style == "typed":
        para = common.paragraph(document)
        common.run(para, f"{heading}: ", bold=True)
        common.run(para, common.informal_grade(rng, sample.grade))
    elif style == "key":
        para = common.paragraph(document)
        common.run(para, f"{heading} (1–4, see key): ", bold=True)
        common.run(para, str(GRADES.index(sample.grade) + 1), bold=True)
        common.paragraph(document, KEY, italic=True, size=8)
    else:
        grid = common.table(document, 1, 2)
        common.label(grid.cell(0, 0), heading, "F2F2F2")
        _choice_line(grid.cell(0, 1), sample.grade, style, brand)
    common.paragraph(document)


def _findings(document, rng, sample, layout) -> None:
    strengths_label = rng.choice(("What is working well across the sample", "Strengths", "Key strengths"))
    development_label = rng.choice(("Areas for development", "What needs to improve", "Areas for development found"))
    if layout == 0:
        for name, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            common.paragraph(document, name, bold=True)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
    elif layout == 1:
        for name, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            common.paragraph(document, name, bold=True)
            for number, item in enumerate(items, 1):
                common.paragraph(document, f"{number}. {item}")
    else:
        grid = common.table(document, 2, 2)
        common.label(grid.cell(0, 0), strengths_label, "E2EFDA")
        common.label(grid.cell(0, 1), development_label, "FCE4D6")
        for item in sample.strengths:
            common.write(grid.cell(1, 0), f"• {item}")
        for item in sample.development_areas:
            common.write(grid.cell(1, 1), f"• {item}")
    common.paragraph(document)


def _actions(document, rng, sample, layout, when, brand) -> None:
    common.brand_heading(document, rng.choice(("Service-level actions", "Actions arising", "Action plan")), brand,
                         size=12)
    if not sample.actions:
        common.paragraph(document, rng.choice(NO_ACTIONS))
    elif layout == 1:
        for number, action in enumerate(sample.actions, 1):
            common.paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        common.actions_table(document, rng, sample.actions,
                             (("Action", "Lead", "By when"), ("Action", "Responsible", "Timescale", "Progress")),
                             NO_ACTIONS, when)
    common.paragraph(document)


def _moderation(document, rng, sample, layout, when) -> None:
    moderation = sample.moderation
    ink = rng.choice(common.MODERATION_INKS)
    if layout == 0:
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Moderated by (Head of Service)", "Date moderated", "Agree with judgement?",
                                      "Moderated judgement", "Moderator's comments"),
                              agree=("Yes", "No"), not_moderated=("",), ink=ink, when=when)
        return
    common.paragraph(document, "Head of Service moderation", bold=True)
    para = common.paragraph(document)
    common.run(para, f"{moderation.moderator}, {when(moderation.date)}: ", colour=ink, bold=True)
    common.run(para, " ".join(moderation.comments), colour=ink)
    if moderation.grade:
        common.paragraph(document, f"Moderated judgement: {common.informal_grade(rng, moderation.grade)}",
                         colour=ink, bold=True)
