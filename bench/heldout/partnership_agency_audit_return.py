"""Partnership agency audit return: one agency's completed audit tool for a
safeguarding children partnership's multi-agency audit of one child's case.

Source: Enfield Safeguarding Children Partnership (ESCP), "Multi-agency
audits" page, https://www.enfield.gov.uk/safeguardingenfield/making-a-safeguarding-referral/multi-agency-audits
(seen 2026; Enfield is already named in bench/README.md for another
document, this is a different one). What came from the page: cases are
chosen at random within a practice focus; every agency involved with the
child completes the same audit tool from its own (single-agency)
perspective, taking inter-agency working into account; the tool asks for
key areas of good practice, areas for development and recommendations for
practice; the multi-agency audit discussion then draws conclusions on
recognition, planning and intervention, assessment, joint working, impact
and overall quality.

The page shows no form, so the layout is our judgement: a partnership name
line in a brand colour, the tool's title, a child and case details block, an
agency and auditor block (the agency completing the tool, the auditor, the
allocated practitioner, team, service, date, the agencies involved, on some
files the practice focus and the date of the audit discussion), one graded
key line of enquiry per area the page names (recognition, assessment,
planning and intervention, joint working, impact; four of them on a few
files) with the auditor's evidence, an overall quality judgement, good
practice and areas for development, recommendations for practice (who, by
when), an immediate-safeguarding-concern question and, since the project's
framework has a Head of Service moderate audits, a moderation part. Grades
use the four Ofsted words, which the page does not state.

What varies across the 16 files: the details block (two-column table, four
column grid, "Label: value" lines, labels over values); date spellings;
plain or prefixed case references; the area names; how grades are given
(typed as people type them, a number on a printed 1-4 key, the four grades
printed with the chosen one highlighted / bold / ticked / the others struck
through, a mark under one of four grade columns); the agencies involved as
lines, a comma list or a ticked list of every partner agency; good practice
and development as bullets, numbered lines, plain paragraphs or two
columns; recommendations as a table, numbered lines or a sentence saying
there are none; the concern question typed or as ticked boxes; moderation
typed in the Head of Service's colour, as a box, an empty box, or absent;
a brother or sister named on some files; the child's date of birth left
off two files.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import COUNCIL
from bot.samples.tool_phrases import AGENCIES
from bot.samples.tools import MULTI_AGENCY_AUDIT, ToolSample, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
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
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "partnership_agency_audit_return"
SEED = 10096

PARTNERSHIP = f"{COUNCIL.removesuffix(' Council')} Safeguarding Children Partnership"
TITLES = ("Multi-Agency Audit Tool", "Multi-agency Case Audit \u2013 Agency Audit Tool",
          "Partnership Multi-Agency Audit: Single Agency Return")
FOCUSES = ("Neglect", "Domestic abuse", "Physical abuse", "Children missing education", "Serious youth violence",
           "Child sexual abuse")

# The sample's five areas, in the order the page lists its areas, and the
# names each form prints for them.
_SAMPLE_AREAS = ("Voice of the child", "Assessment of need and risk", "Multi-agency plan",
                 "Information sharing between agencies", "Impact and outcomes for the child")
AREA_NAMES = (
    ("Recognition", "Assessment", "Planning and intervention", "Joint working", "Impact"),
    ("Recognition of need and risk", "Assessment", "Planning & intervention", "Joint working between agencies",
     "Impact on the child"),
    ("Recognition and response", "Quality of assessment", "Planning and intervention", "Joint working",
     "Impact and outcomes"),
)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
TICKED, EMPTY = "\u2612", "\u2610"
KEY_HINT = " (1\u20134)"
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

DETAILS_STYLES = ("table", "grid", "lines", "over")
GRADE_STYLES = ("typed", "key", "emphasis", "columns")
SUMMARY_STYLES = ("bullets", "numbered", "paragraphs", "columns")
EMPHASES = ("highlight", "bold", "tick", "strike")
NO_ACTIONS = ("No recommendations for practice arising from this audit.",
              "None \u2013 no further recommendations; the plan is progressing well.",
              "No recommendations identified for this agency.")
_NO_ACTION_FILES = (3, 9, 14)
_FOUR_AREA_FILES = (5, 12)
_NO_BIRTHDAY_FILES = (7, 13)


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    return [_form(index, sample, today) for index, sample in enumerate(samples)]


# --- the truth as this file shows it --------------------------------------------------


def _adapt(index: int, sample: ToolSample, rng: random.Random, ticked_agencies: bool, moderation_style: str):
    names = AREA_NAMES[index % len(AREA_NAMES)]
    renamed = dict(zip(_SAMPLE_AREAS, names))
    by_name = {section.name: section for section in sample.sections}
    keep = _SAMPLE_AREAS[:4] if index in _FOUR_AREA_FILES else _SAMPLE_AREAS
    sections = tuple(replace(by_name[old], name=renamed[old]) for old in keep)
    moderation = sample.moderation
    if moderation is not None:
        if moderation_style == "absent":
            moderation = None
        else:
            remarks = {renamed[old]: text for old, text in moderation.section_comments.items() if old in keep}
            moderation = replace(moderation, section_comments=remarks)
    agencies = next(own for own in sample.own if own.key == "agencies")
    listed = tuple(agencies.written)
    if ticked_agencies:
        listed = tuple(agency for agency in AGENCIES if agency in listed)
    own = (replace(agencies, label="Agencies involved", written=listed, expected=list(listed)),)
    case_id = case_reference(rng, sample.case_id) if rng.random() < 0.5 else sample.case_id
    actions = () if index in _NO_ACTION_FILES else sample.actions
    return replace(sample, sections=sections, moderation=moderation, own=own, case_id=case_id, actions=actions)


# --- drawing ------------------------------------------------------------------------------


def _form(index: int, original: ToolSample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    details_style = DETAILS_STYLES[index % 4]
    grade_style = GRADE_STYLES[(index + index // 4) % 4]
    summary_style = SUMMARY_STYLES[(index + 2 * (index // 4)) % 4]
    emphasis = EMPHASES[(index // 4) % 4]
    ticked_agencies = index % 5 == 2
    if original.moderation is not None:
        moderation_style = rng.choice(("ink", "ink", "box", "box", "absent"))
    else:
        moderation_style = rng.choice(("empty box", "none"))
    sample = _adapt(index, original, rng, ticked_agencies, moderation_style)
    when = date_writer(rng)
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    key_low_first = rng.random() < 0.5  # 1 = Outstanding, or 1 = Inadequate
    child = sample.child
    others: list[str] = []
    also: list[str] = []

    document = new_document(rng, landscape=grade_style == "columns")
    if rng.random() < 0.5:
        paragraph(document, "OFFICIAL \u2013 SENSITIVE", bold=True, size=8)
    brand_heading(document, PARTNERSHIP, brand, size=14)
    title = rng.choice(TITLES)
    paragraph(document, title, bold=True, size=13)
    paragraph(document, "To be completed by each agency involved with the child, from your own agency's records, "
                        "and returned before the multi-agency audit discussion.", italic=True, size=9)

    # Child and case details.
    child_fields = [(rng.choice(("Case reference", "Child's case number", "Mosaic ID", "Case ID")), sample.case_id),
                    (rng.choice(("Child's name", "Name of child", "Child / young person")), child.full_name)]
    if index not in _NO_BIRTHDAY_FILES:
        born = when(child.date_of_birth)
        also.append(born)
        child_fields.append(("Date of birth", born))
    if rng.random() < 0.5:
        child_fields.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if rng.random() < 0.6:
        child_fields.append(("Parents / carers", ", ".join(child.parents)))
    brother_or_sister = None
    if rng.random() < 0.35:
        brother_or_sister, sibling_born = siblings(rng, child, 1, today)[0]
        others.append(brother_or_sister)
        also.append(when(sibling_born))
        child_fields.append(("Siblings", f"{brother_or_sister} ({when(sibling_born)})"))
    _section_heading(document, "Section 1: Child and case details", brand)
    _details(document, details_style, child_fields, brand)

    # The agency completing the tool.
    agencies = sample.own[0].written
    agency_fields = [("Agency completing this tool", "Children's Social Care"),
                     (rng.choice(("Auditor", "Name of auditor", "Audit completed by")), sample.auditor),
                     (rng.choice(("Allocated social worker", "Lead practitioner", "Social worker")),
                      sample.practitioner),
                     ("Team", sample.team),
                     (rng.choice(("Service", "Service area")), sample.service),
                     (rng.choice(("Date of audit", "Date audit completed", "Date completed")), when(sample.date))]
    if rng.random() < 0.5:
        agency_fields.insert(0, (rng.choice(("Practice focus", "Audit theme")), rng.choice(FOCUSES)))
    if rng.random() < 0.3:
        discussion = min(today, sample.date + timedelta(days=rng.randint(5, 12)))
        agency_fields.append(("Date of multi-agency audit discussion", when(discussion)))
    if not ticked_agencies:
        joined = ", ".join(agencies) if details_style == "lines" else "\n".join(agencies)
        agency_fields.append((rng.choice(("Agencies involved", "Agencies involved with the child")), joined))
    _section_heading(document, "Section 2: Agency and audit details", brand)
    _details(document, details_style, agency_fields, brand)
    if ticked_agencies:
        paragraph(document, "Agencies involved with the child (tick all that apply):", bold=True)
        ticks = table(document, (len(AGENCIES) + 1) // 2, 2)
        for number, agency in enumerate(AGENCIES):
            cell = ticks.cell(number // 2, number % 2)
            write(cell, f"{TICKED if agency in agencies else EMPTY} {agency}")

    # Key lines of enquiry.
    _section_heading(document, "Section 3: Key lines of enquiry", brand)
    paragraph(document, "For each area, record the evidence from your agency's involvement, including how well "
                        "agencies worked together, and give a grade.", italic=True, size=9)
    if grade_style == "key":
        _print_key(document, key_low_first)
    remarks = sample.moderation.section_comments if sample.moderation else {}
    sibling_line = mention(rng, SIBLING_SENTENCES, brother_or_sister) if brother_or_sister else None
    _areas(document, rng, sample, grade_style, emphasis, key_low_first, remarks, ink, sibling_line)

    # Overall quality.
    overall = rng.choice(("Overall quality of practice", "Overall quality", "Overall judgement"))
    _overall(document, rng, sample.grade, overall, grade_style, emphasis, key_low_first, brand)

    # Good practice, development, recommendations.
    _section_heading(document, "Section 4: Learning from this case", brand)
    good = rng.choice(("Key areas of good practice", "Good practice identified", "What worked well"))
    develop = rng.choice(("Areas for development", "Key areas for development", "What could have been better"))
    _summary(document, summary_style, good, sample.strengths, develop, sample.development_areas)
    paragraph(document, rng.choice(("Recommendations for practice", "Recommendations for practice (by whom, by when)")),
              bold=True, colour=brand)
    _actions(document, rng, sample.actions, when, index)

    # Immediate concern.
    _concern(document, rng, sample, index)

    # Moderation.
    _moderation(document, rng, sample, moderation_style, ink, when, brand)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = finish_docx(document, title, sample.moderation.date if sample.moderation else sample.date, editor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _section_heading(document, text: str, brand: str) -> None:
    paragraph(document, "")
    brand_heading(document, text, brand, size=12)


def _details(document, style: str, fields: list[tuple[str, str]], brand: str) -> None:
    fill = "E7EEF7"
    if style == "table":
        grid = table(document, len(fields), 2)
        for row, (name, value) in zip(grid.rows, fields):
            label(row.cells[0], name, fill)
            write(row.cells[1], value)
    elif style == "grid":
        rows = (len(fields) + 1) // 2
        grid = table(document, rows, 4)
        for number, (name, value) in enumerate(fields):
            row, column = number // 2, 2 * (number % 2)
            label(grid.cell(row, column), name, fill)
            write(grid.cell(row, column + 1), value)
    elif style == "lines":
        for name, value in fields:
            line = paragraph(document)
            run(line, f"{name}: ", bold=True)
            run(line, value)
    else:  # labels over values, three to a row
        for start in range(0, len(fields), 3):
            chunk = fields[start:start + 3]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, fill)
                write(grid.cell(1, column), value)


def _key_number(grade: str, low_first: bool) -> str:
    position = ORDER.index(grade)
    return str(position + 1 if low_first else 4 - position)


def _print_key(document, low_first: bool) -> None:
    pairs = [f"{_key_number(grade, low_first)} = {GRADE_WORDS[grade]}" for grade in ORDER]
    if not low_first:
        pairs.reverse()
    line = paragraph(document)
    run(line, "Grading key: ", bold=True)
    run(line, "   ".join(pairs))


def _emphasised(target, grade: str, emphasis: str) -> None:
    """The four grades printed in `target` (a paragraph), the chosen one marked."""
    for number, option in enumerate(ORDER):
        if number:
            run(target, "  /  ")
        chosen = option == grade
        text = GRADE_WORDS[option]
        if emphasis == "highlight":
            run(target, text, bold=chosen, highlight=chosen)
        elif emphasis == "bold":
            run(target, text.upper() if chosen else text, bold=chosen)
        elif emphasis == "tick":
            run(target, f"{TICKED if chosen else EMPTY} {text}", bold=chosen)
        else:
            run(target, text, strike=not chosen)


def _grade_text(rng: random.Random, grade: str, style: str, low_first: bool) -> str:
    if style == "key":
        return _key_number(grade, low_first)
    return informal_grade(rng, grade, note_chance=0.15)


def _areas(document, rng, sample, style, emphasis, low_first, remarks, ink, sibling_line) -> None:
    sections = sample.sections
    sibling_at = rng.randrange(len(sections)) if sibling_line else -1
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        symbol = rng.choice(MARKS)
        grid = table(document, len(sections) + 1, 6)
        heads = (rng.choice(("Key line of enquiry", "Area")), "Evidence", *(text for _, text in columns))
        for cell, text in zip(grid.rows[0].cells, heads):
            label(cell, text, "D9E2F3")
        for number, (row, section) in enumerate(zip(grid.rows[1:], sections)):
            write(row.cells[0], section.name, bold=True)
            write(row.cells[1], section.comment)
            if number == sibling_at:
                write(row.cells[1], sibling_line)
            if section.name in remarks:
                write(row.cells[1], f"HoS: {remarks[section.name]}", colour=ink)
            for cell, (grade, _) in zip(row.cells[2:], columns):
                if grade == section.grade:
                    mark(cell, symbol)
        return
    grid = table(document, len(sections) + 1, 3)
    heads = (rng.choice(("Key line of enquiry", "Area", "Area of practice")),
             rng.choice(("Evidence and analysis", "Evidence from your agency's records", "Findings")),
             "Grade (1\u20134)" if style == "key" else "Grade")
    for cell, text in zip(grid.rows[0].cells, heads):
        label(cell, text, "D9E2F3")
    for number, (row, section) in enumerate(zip(grid.rows[1:], sections)):
        write(row.cells[0], section.name, bold=True)
        write(row.cells[1], section.comment)
        if number == sibling_at:
            write(row.cells[1], sibling_line)
        if section.name in remarks:
            write(row.cells[1], f"HoS comment: {remarks[section.name]}", colour=ink, italic=True)
        if style == "emphasis":
            target = row.cells[2].paragraphs[0]
            if emphasis == "tick":
                for option in ORDER:
                    chosen = option == section.grade
                    line = target if option == OUTSTANDING else row.cells[2].add_paragraph()
                    run(line, f"{TICKED if chosen else EMPTY} {GRADE_WORDS[option]}", bold=chosen)
            else:
                _emphasised(target, section.grade, emphasis)
        else:
            write(row.cells[2], _grade_text(rng, section.grade, style, low_first))


def _overall(document, rng, grade, name, style, emphasis, low_first, brand) -> None:
    paragraph(document, "")
    if style == "columns":
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 5)
        label(grid.cell(0, 0), "", "D9E2F3")
        for cell, (_, text) in zip(grid.rows[0].cells[1:], columns):
            label(cell, text, "D9E2F3")
        write(grid.cell(1, 0), name, bold=True)
        symbol = rng.choice(MARKS)
        for cell, (option, _) in zip(grid.rows[1].cells[1:], columns):
            if option == grade:
                mark(cell, symbol)
        return
    if style == "emphasis":
        paragraph(document, f"{name}:", bold=True, colour=brand)
        _emphasised(paragraph(document), grade, emphasis)
        return
    line = paragraph(document)
    run(line, f"{name}{KEY_HINT if style == 'key' else ''}: ", bold=True, colour=brand)
    run(line, _grade_text(rng, grade, style, low_first), bold=True)


def _summary(document, style, good, strengths, develop, development) -> None:
    if style == "columns":
        grid = table(document, max(len(strengths), len(development)) + 1, 2)
        label(grid.cell(0, 0), good, "E2EFDA")
        label(grid.cell(0, 1), develop, "FCE4D6")
        for number, text in enumerate(strengths, 1):
            write(grid.cell(number, 0), text)
        for number, text in enumerate(development, 1):
            write(grid.cell(number, 1), text)
        return
    for heading, items in ((good, strengths), (develop, development)):
        paragraph(document, heading, bold=True)
        for number, text in enumerate(items, 1):
            if style == "bullets":
                document.add_paragraph(text, style="List Bullet")
            elif style == "numbered":
                paragraph(document, f"{number}. {text}")
            else:
                paragraph(document, text)


def _actions(document, rng, actions, when, index) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if index % 2:
        for number, action in enumerate(actions, 1):
            paragraph(document, f"{number}. {action.action} \u2013 {action.owner} \u2013 by {when(action.due)}")
        return
    headers = rng.choice((("Recommendation", "By whom", "By when"),
                          ("Recommendation for practice", "Responsible person", "Timescale", "Completed?"),
                          ("Action", "Who", "When")))
    grid = table(document, len(actions) + 1, len(headers))
    for cell, text in zip(grid.rows[0].cells, headers):
        label(cell, text, "DEEAF6")
    for row, action in zip(grid.rows[1:], actions):
        write(row.cells[0], action.action)
        write(row.cells[1], action.owner)
        write(row.cells[2], when(action.due))


def _concern(document, rng, sample, index) -> None:
    paragraph(document, "")
    question = rng.choice(("Has this audit identified any immediate safeguarding concern for the child?",
                           "Are there any immediate safety concerns that need escalating today?"))
    detail_label = "If yes, give details and the action taken:"
    if index % 3 == 1:
        line = paragraph(document)
        run(line, f"{question}  ", bold=True)
        run(line, f"{TICKED if sample.urgent_concern else EMPTY} Yes    "
                  f"{EMPTY if sample.urgent_concern else TICKED} No")
        if sample.urgent_concern:
            paragraph(document, f"{detail_label} {sample.urgent_concern_detail}")
        return
    grid = table(document, 2, 2)
    label(grid.cell(0, 0), question, "F2F2F2")
    write(grid.cell(0, 1), rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "no")))
    label(grid.cell(1, 0), detail_label, "F2F2F2")
    if sample.urgent_concern:
        write(grid.cell(1, 1), sample.urgent_concern_detail)


def _moderation(document, rng, sample, style, ink, when, brand) -> None:
    if style in ("none", "absent"):
        return
    _section_heading(document, rng.choice(("Section 5: Head of Service moderation", "Moderation",
                                           "Quality assurance: Head of Service moderation")), brand)
    moderation = sample.moderation
    if style == "ink":
        paragraph(document, f"Moderated by {moderation.moderator}, Head of Service, on {when(moderation.date)}.",
                  colour=ink)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            paragraph(document, "I agree with the auditor's judgement." if agreed
                      else "I do not agree with the auditor's judgement.", colour=ink)
            line = paragraph(document)
            run(line, "Moderated judgement: ", bold=True, colour=ink)
            run(line, informal_grade(rng, moderation.grade), bold=True, colour=ink)
        return
    labels = rng.choice((("Moderator", "Date moderated", "Do you agree with the overall judgement?",
                          "Moderated judgement", "Moderator's comments"),
                         ("Head of Service", "Date of moderation", "Agree with the grade?", "Moderated grade",
                          "Comments")))
    moderation_box(document, rng, sample, moderation, labels=labels, agree=("Yes", "No"),
                   not_moderated=("", "Not moderated this month."), ink=ink, when=when)
