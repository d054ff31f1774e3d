"""Held-out family: a safeguarding partnership's multi-agency audit tool as
one agency returns it (Word), about one child's case.

Source: Enfield Safeguarding Children Partnership (ESCP), the "Multi-agency
audits" page of Safeguarding Enfield
(https://www.enfield.gov.uk/safeguardingenfield/making-a-safeguarding-referral/multi-agency-audits),
read in the stored web pages. Enfield is an organisation the project has
already named; this family follows this page's description of its audit
tool, not another Enfield document. The page shows no form. What it says,
and what came from it here: the partnership picks a cohort of children
around a practice focus (a theme); every agency involved with a child is
asked to complete the audit tool from its single-agency perspective,
taking inter-agency working into account; each section of the tool asks
for key areas of good practice, areas for development and
recommendations for practice; the multi-agency discussion then draws
conclusions on recognition, planning and intervention, assessment, joint
working, impact and overall quality. So the areas graded here are named
after those headings (recognition, planning and intervention, assessment,
joint working, impact), in that order, with an overall quality judgement,
and the form ends with good practice, areas for development and
recommendations.

Our judgement (the page shows none of it): the layout. A partnership
heading in a brand colour, the audit theme, a details block (case
reference, child's name and date of birth on most files, the agency
completing the tool, auditor and role, the allocated practitioner, team,
service, date, the other agencies involved); one findings box and one
grade per area rather than three boxes per area (the three headings are
asked once, for the whole return, so that strengths, development areas
and recommendations can be counted); the four Ofsted grades as the scale;
a question on immediate safeguarding concerns; and the Head of Service's
quality assurance of the return. Some files keep the sample builder's own
area names; two leave the impact area out (judged in the overall quality
only).

What varies across the 16 files: details as a two-column table, a
four-column grid, "Label: value" lines or labels over values; date
spellings; plain and prefixed case references; grades typed as people
type them, as a number on a printed key, as the four grades printed with
the chosen one bold / highlighted / ticked / the others struck through,
or as a mark under one of four grade columns; good practice and areas for
development as bullets, paragraphs or two columns; recommendations as a
table, numbered lines or a sentence saying there are none; the
immediate-concern question typed or as ticked boxes; the agencies
involved as a list or ticked in a printed table; brothers and sisters
named in the household on some files; the Head of Service's quality
assurance typed in their own colour under each area and at the end, as a
box, or absent.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from bot.samples.people import STAFF
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from . import common
from .common import (
    BRAND_COLOURS,
    GRADE_COLUMNS,
    GRADES,
    MARKS,
    MODERATION_INKS,
    SIBLING_SENTENCES,
    HeldOutForm,
    brand_heading,
    case_reference,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "partnership_agency_audit_tool"
SEED = 10114

# The sample builder's areas, in the order its samples list them.
_SAMPLE_AREAS = ("Voice of the child", "Information sharing between agencies", "Assessment of need and risk",
                 "Multi-agency plan", "Impact and outcomes for the child")
# The tool's headings (the page's discussion headings), as two partnerships
# might print them, each mapped from the sample's area; listed in tool order.
_AREA_NAMES = (
    (("Voice of the child", "Recognition"), ("Multi-agency plan", "Planning and intervention"),
     ("Assessment of need and risk", "Assessment"), ("Information sharing between agencies", "Joint working"),
     ("Impact and outcomes for the child", "Impact")),
    (("Voice of the child", "Recognition of need and risk"),
     ("Multi-agency plan", "Planning and intervention"),
     ("Assessment of need and risk", "Assessment of need"),
     ("Information sharing between agencies", "Joint working and information sharing"),
     ("Impact and outcomes for the child", "Impact for the child")),
)
_TITLES = ("Multi-Agency Audit Tool", "Multi-Agency Case Audit – Agency Return", "Multi-Agency Audit Tool: Single Agency Return")
_PARTNERSHIP = "Northmoor Safeguarding Children Partnership"
_THEMES = ("Neglect", "Domestic abuse", "Physical abuse", "Child exploitation", "Children not brought to appointments",
           "Harmful sexual behaviour")
_ROLES = {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding Practice Manager"}
_SHORT = dict(zip(GRADES, ("Outstanding", "Good", "Requires improvement", "Inadequate")))
_NO_ACTIONS = ("No recommendations for practice from this agency's return.",
               "Recommendations for practice: none – practice in this agency met the expected standard.")
_FILL = "DCE6F1"
_TICKED, _BOX = "\u2612", "\u2610"


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_one(index, sample, today) for index, sample in enumerate(samples)]


def _one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    details_style = ("table", "grid", "lines", "over")[index % 4]
    grade_style = ("typed", "key", "printed", "columns")[(index + index // 4) % 4]
    list_style = ("bullets", "paragraphs", "columns")[index % 3]
    shows_child = index % 5 != 3

    # Changes to the sample the layout needs; the truth follows them.
    if index % 2:
        sample = replace(sample, case_id=case_reference(rng, sample.case_id))
    names = dict(_AREA_NAMES[index % 2]) if index % 8 != 6 else {name: name for name in _SAMPLE_AREAS}
    order = [name for name, _ in _AREA_NAMES[0]]
    if index in (5, 12):  # impact judged in the overall quality only
        order = order[:-1]
    by_name = {section.name: section for section in sample.sections}
    sample = replace(sample, sections=tuple(replace(by_name[name], name=names[name]) for name in order))
    moderation = sample.moderation
    if moderation is not None:
        if index == 13:  # the return was sent before the Head of Service looked at it
            moderation = None
        else:
            moderation = replace(moderation, section_comments={names[name]: remark
                                                               for name, remark in moderation.section_comments.items()
                                                               if name in order})
        sample = replace(sample, moderation=moderation)
    if index in (4, 13):
        sample = replace(sample, actions=())
    agencies_ticked = index % 6 == 2
    if agencies_ticked:  # a printed list of agencies: truth in printed order
        own = sample.own[0]
        involved = [agency for agency in AGENCIES if agency in own.written]
        sample = replace(sample, own=(replace(own, written=tuple(involved), expected=involved),))

    document = new_document(rng)
    brand_heading(document, _PARTNERSHIP if index % 3 else common.council_line(rng), brand, size=12)
    brand_heading(document, rng.choice(_TITLES), brand, size=15)
    if index % 4 != 1:
        paragraph(document, f"Audit theme: {rng.choice(_THEMES)}", bold=True)
    paragraph(document, "To be completed by each agency involved with the child, from your own agency's records, "
                        "and returned to the partnership before the multi-agency audit discussion.", italic=True, size=9)

    household = []
    if index % 4 == 2 and sample.child is not None:
        household = siblings(rng, sample.child, rng.choice((1, 2)), today)
    _details(document, rng, sample, details_style, when, shows_child, household, agencies_ticked)

    _areas(document, rng, sample, grade_style, brand, ink, household)
    _lists(document, rng, sample, list_style, brand)
    _recommendations(document, rng, sample, brand, when)
    _urgent(document, rng, sample, brand)
    _quality_assurance(document, rng, sample, brand, ink, when)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = finish_docx(document, "Multi-Agency Audit Tool", sample.date, editor)
    # Dates of birth as this form spells them, which the sample's own list may not hold.
    born = ((when(sample.child.date_of_birth),) if shows_child else ()) + tuple(when(day) for _, day in household)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(name for name, _ in household), also=born)


# --- details ---------------------------------------------------------------------------


def _details(document, rng, sample, style, when, shows_child, household, agencies_ticked) -> None:
    child = sample.child
    auditor = next(member for member in STAFF if member.name == sample.auditor)
    fields = [(rng.choice(("Case reference", "LCS number", "Child's case number")), sample.case_id)]
    if shows_child:
        fields += [("Child's name", child.full_name), ("Date of birth", when(child.date_of_birth))]
    else:
        fields.append(("Child's initials", "".join(part[0] for part in child.full_name.split())))
    if rng.random() < 0.5:
        fields.append(("Parents / carers", ", ".join(child.parents)))
    if household:
        fields.append(("Other children in the household",
                       "; ".join(f"{name} ({when(born)})" for name, born in household)))
    fields += [
        ("Agency completing this tool", f"Children's Social Care, {common.COUNCIL}"),
        (rng.choice(("Name of auditor", "Completed by", sample.labels.get("auditor", "Auditor"))), sample.auditor),
        ("Role of auditor", _ROLES.get(auditor.role, "Manager")),
        (rng.choice(("Allocated social worker", "Case-holding practitioner", "Practitioner")), sample.practitioner),
        ("Team", sample.team),
        ("Service", sample.service),
        (rng.choice(("Date audit completed", "Date of audit", "Date")), when(sample.date)),
    ]
    agencies_label = sample.own[0].label
    agencies = list(sample.own[0].written)
    if not agencies_ticked:
        fields.append((agencies_label, ", ".join(agencies) if rng.random() < 0.5 else "\n".join(agencies)))

    brand_heading(document, "Section A – Child and audit details", None, size=12)
    if style == "table":
        grid = table(document, len(fields), 2)
        for row, (text, value) in zip(grid.rows, fields):
            label(row.cells[0], text, _FILL)
            write(row.cells[1], value)
    elif style == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for position, (text, value) in enumerate(fields):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), text, _FILL)
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "lines":
        for text, value in fields:
            line = paragraph(document)
            run(line, f"{text}: ", bold=True)
            run(line, value.replace("\n", ", "))
    else:  # labels over values, two fields a row
        rows = (len(fields) + 1) // 2
        grid = table(document, rows * 2, 2)
        for position, (text, value) in enumerate(fields):
            row, column = divmod(position, 2)
            label(grid.cell(row * 2, column), text, _FILL)
            write(grid.cell(row * 2 + 1, column), value)

    if agencies_ticked:
        paragraph(document, f"{agencies_label} (tick all that apply)", bold=True)
        grid = table(document, len(AGENCIES), 2)
        for row, agency in zip(grid.rows, AGENCIES):
            write(row.cells[0], agency)
            write(row.cells[1], "\u2713" if agency in agencies else "")


# --- graded areas ------------------------------------------------------------------------


def _printed(paragraph_, rng_choice: str, grade: str) -> None:
    """The four grades printed in a row, the chosen one marked `rng_choice`."""
    for position, option in enumerate(GRADES):
        if position:
            run(paragraph_, "   ")
        chosen = option == grade
        text = _SHORT[option]
        if rng_choice == "tick":
            run(paragraph_, f"{_TICKED if chosen else _BOX} {text}")
        elif rng_choice == "strike":
            run(paragraph_, text, strike=not chosen)
        elif rng_choice == "highlight":
            run(paragraph_, text, highlight=chosen)
        else:
            run(paragraph_, text, bold=chosen)


def _grade_into(cell, rng, grade: str, style: str, printed: str) -> None:
    if style == "typed":
        write(cell, informal_grade(rng, grade, note_chance=0.2))
    elif style == "key":
        write(cell, str(GRADES.index(grade) + 1), bold=True)
    else:
        target = cell.paragraphs[-1] if not cell.paragraphs[-1].text else cell.add_paragraph()
        _printed(target, printed, grade)


def _areas(document, rng, sample, style, brand, ink, household) -> None:
    remarks = sample.moderation.section_comments if sample.moderation else {}
    printed = rng.choice(("bold", "highlight", "tick", "strike"))
    overall_label = rng.choice(("Overall quality of this agency's involvement", "Overall judgement",
                                "Overall quality"))
    brand_heading(document, "Section B – Findings by area", brand, size=12)
    if style == "key":
        paragraph(document, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                  italic=True)
    sibling_note = mention(rng, SIBLING_SENTENCES, household[0][0]) if household else None

    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 2, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", "Evidence and findings", *(name for _, name in columns))):
            label(cell, text, _FILL)
        rows = [(section.name, section.comment, section.grade, remarks.get(section.name)) for section in sample.sections]
        rows.append((overall_label, "", sample.grade, None))
        for row, (name, comment, grade, remark) in zip(grid.rows[1:], rows):
            label(row.cells[0], name)
            if comment:
                write(row.cells[1], comment)
            if name == sample.sections[0].name and sibling_note:
                write(row.cells[1], sibling_note)
            if remark:
                write(row.cells[1], f"HoS: {remark}", colour=ink)
            for cell, (option, _) in zip(row.cells[2:], columns):
                if option == grade:
                    mark(cell, symbol)
        return

    for number, section in enumerate(sample.sections, 1):
        paragraph(document, f"{number}. {section.name}", bold=True, colour=brand)
        box = table(document, 2, 2)
        label(box.cell(0, 0), "Findings (from your agency's records)", _FILL)
        write(box.cell(0, 1), section.comment)
        if number == 1 and sibling_note:
            write(box.cell(0, 1), sibling_note)
        if section.name in remarks:
            write(box.cell(0, 1), f"Head of Service: {remarks[section.name]}", colour=ink)
        label(box.cell(1, 0), "Grade" if style != "key" else "Grade (1–4)", _FILL)
        _grade_into(box.cell(1, 1), rng, section.grade, style, printed)
    paragraph(document, overall_label, bold=True, colour=brand)
    box = table(document, 1, 2)
    label(box.cell(0, 0), "Judgement", _FILL)
    _grade_into(box.cell(0, 1), rng, sample.grade, style, printed)


# --- good practice, development, recommendations ------------------------------------------


def _lists(document, rng, sample, style, brand) -> None:
    good, develop = "Key areas of good practice", "Areas for development"
    if style == "columns":
        brand_heading(document, f"Section C – {good} and {develop.lower()}", brand, size=12)
        rows = max(len(sample.strengths), len(sample.development_areas))
        grid = table(document, rows + 1, 2)
        label(grid.cell(0, 0), good, _FILL)
        label(grid.cell(0, 1), develop, _FILL)
        for position in range(rows):
            if position < len(sample.strengths):
                write(grid.cell(position + 1, 0), sample.strengths[position])
            if position < len(sample.development_areas):
                write(grid.cell(position + 1, 1), sample.development_areas[position])
        return
    for heading, items in ((good, sample.strengths), (develop, sample.development_areas)):
        brand_heading(document, heading, brand, size=12)
        for item in items:
            if style == "bullets":
                document.add_paragraph(item, style="List Bullet")
            else:
                paragraph(document, item)


def _recommendations(document, rng, sample, brand, when) -> None:
    brand_heading(document, "Recommendations for practice", brand, size=12)
    if not sample.actions:
        paragraph(document, rng.choice(_NO_ACTIONS))
        return
    if rng.random() < 0.5:
        common.actions_table(document, rng, sample.actions,
                             (("Recommendation", "Who", "By when"),
                              ("Recommendation for practice", "Lead", "Timescale", "Progress")),
                             _NO_ACTIONS, when)
    else:
        for number, action in enumerate(sample.actions, 1):
            paragraph(document, f"{number}. {action.action} – {action.owner} – by {when(action.due)}")


def _urgent(document, rng, sample, brand) -> None:
    question = rng.choice(("Are there any immediate safeguarding concerns that need to be escalated now?",
                           "Has this audit identified any immediate risk to the child?"))
    brand_heading(document, "Immediate concerns", brand, size=12)
    line = paragraph(document)
    run(line, f"{question} ", bold=True)
    if rng.random() < 0.5:
        run(line, "Yes" if sample.urgent_concern else "No")
    else:
        run(line, f"{_TICKED if sample.urgent_concern else _BOX} Yes   "
                  f"{_BOX if sample.urgent_concern else _TICKED} No")
    if sample.urgent_concern:
        detail = paragraph(document)
        run(detail, "If yes, give details and who it was escalated to: ", bold=True)
        run(detail, sample.urgent_concern_detail)


def _quality_assurance(document, rng, sample, brand, ink, when) -> None:
    moderation = sample.moderation
    as_box = rng.random() < 0.5
    if moderation is None and not as_box:
        return
    brand_heading(document, "Quality assurance of this return (Head of Service)", brand, size=12)
    if as_box:
        common.moderation_box(document, rng, sample, moderation,
                              labels=("Head of Service", "Date", "Do you agree with the overall judgement?",
                                      "Moderated judgement", "Comments"),
                              agree=("Yes", "No"), not_moderated=("Not yet quality assured", ""),
                              ink=ink, when=when)
        return
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink)
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade:
        paragraph(document, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)
