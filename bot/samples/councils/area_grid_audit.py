"""`area_grid_audit`: a case file audit whose areas of practice (numbered
in most versions) are the rows of one grid – the area, what good looks
like, the auditor's evidence and the grade – with merged bands between
groups of areas, a grading key at the top of some versions and the
overall grade at the foot of the grid or in a summary table of its own.

Modelled on the case file audits of Achieving for Children, the community
interest company that runs children's services for Kingston upon Thames,
Richmond upon Thames and Windsor and Maidenhead (its "Quality Assurance
Framework", draft V6, August 2017: clear standards, quality and impact
measured and monitored through audit, parts of the Signs of Safety quality
assurance system taken into the framework), and of the monthly case file
audits the Doncaster Children's Services Trust reports to the council's
scrutiny panel (each audit judged on the Ofsted scale, "requires
improvement" or better the target; the quality of casework and how far
the child's voice is heard). The stored pages name the audits and what
they judge but do not show an audit form; the grid – its columns "Area |
What good looks like | Evidence" and four grade columns or a "Rating"
column, the grouping bands, the grading key, the overall row or summary
table, the line manager box, the Head of Service's moderation column or
row – and the council's purple branding are our own judgement.

What it exercises: every area graded on its own row of one table, in one
of three column orders (Outstanding, Inadequate or Good first) headed "O |
G | RI | I", "Out | Good | RI | Inad" or the words written out, the chosen
grade shown by an X, tick or dot, or by shading the cell; or typed into a
single "Rating" column ("Good – some drift in planning", "RI", "Req.
Imp.", lower case); band rows merged across the grid between groups of
areas, which are not areas; the overall grade as the last row of the same
grid or in a separate summary table; a grading key printing all four
grades and their descriptors above the case details; a line manager named
beside the auditor; the Head of Service's remarks and moderated grade in
colour, in a moderation column of the grid, a moderation row at its foot
or a box of their own; the child, date of birth and brothers and sisters
in the case details, a brother or sister by first name in a finding now
and then; many spellings of the audit date.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date

from ..forms import CASE_FILE_AUDIT
from ..people import COUNCIL, STAFF, manager_of
from ..wording import GRADES, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT
from .common import (
    GOOD,
    GRADE_FILLS,
    NO_ACTIONS,
    CouncilForm,
    Ink,
    WordForm,
    case_reference,
    children_personal,
    drawn,
    invent_children,
    moderation_ink,
    personal_of,
    rename_sections,
    section_remark,
    spell_date,
    spell_grade,
    variant_rng,
    with_role,
    with_sentence_naming,
    write,
    write_lines,
)

FAMILY = "area_grid_audit"
BRAND = "5B2C6F"  # the council's purple, never the moderator's hue
LIGHT = "EDE4F2"
SHADE = "A6A6A6"
# The groups of areas, each under a band row, and what good looks like in each area.
GROUPS = (
    ("Help and protection", (
        ("Case summary, chronology and genogram",
         "An up-to-date summary and chronology tell the child's story; the genogram shows who matters to them."),
        ("Assessment and analysis of need and risk",
         "Timely assessment that uses history and partners' information; the conclusion follows from the analysis."),
        ("The voice and lived experience of the child",
         "The child is seen, alone where appropriate; their words and daily life shape the work."),
    )),
    ("Planning and intervention", (
        ("Planning and review",
         "A SMART plan the family understand, reviewed on time, with partners contributing."),
        ("Direct work and relationships",
         "Purposeful visits and direct work recorded; the worker knows the child and family well."),
        ("Multi-agency working",
         "Partners share information promptly and attend meetings; disagreements are escalated."),
    )),
    ("Leadership and impact", (
        ("Management oversight and supervision",
         "Regular recorded oversight gives direction and timescales; decisions show their reasons."),
        ("Impact and outcomes for the child",
         "The child's circumstances are improving because of the work; drift is spotted and tackled."),
    )),
)
BAND_STYLES = ("{letter}. {name}", "Part {letter} \u2013 {name}", "{name}")
ORDERS = ((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE),
          (INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING),
          (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE))
HEADINGS = {
    "letters": dict(zip(GRADES, ("O", "G", "RI", "I"))),
    "short": dict(zip(GRADES, ("Out", "Good", "RI", "Inad"))),
}
# Typed ratings: how the grade is spelt and, now and then, a remark after it.
TYPED = ("short", "initials", "abbreviated", "lower", "sentence", "contract")
REMARKS = {
    OUTSTANDING: ("exceptional direct work", "a model of child-centred recording"),
    GOOD: ("some drift in planning", "minor gaps in recording"),
    REQUIRES_IMPROVEMENT: ("plan lacks timescales", "oversight not evident since June"),
    INADEQUATE: ("risks not acted upon", "child not seen for ten weeks"),
}
KEY = {
    OUTSTANDING: "Practice exceeds good: the difference made to the child's life is exceptional and sustained.",
    GOOD: "Practice meets our standards: timely, child-focused and making a positive difference.",
    REQUIRES_IMPROVEMENT: "The child is safe, but practice is not yet consistently good or its impact is unclear.",
    INADEQUATE: "Practice leaves the child at risk of harm, or their welfare is not promoted.",
}
EVIDENCE = ("Seen on file.", "Recorded, and within the last six months.", "Partly recorded.", "")
NAMING = (
    "The assessment does not consider {name}'s needs, although the worries at home affect every child.",
    "{name} has not been seen alone since the plan began.",
    "The worker has seen {name} too, so the plan reflects every child in the household.",
)
REFERENCES = (("Child ID", "digits"), ("Mosaic ID", "digits"), ("LCS number", "LCS-"), ("ID number", "C"),
              ("CSC reference", "CSC/"))
DATE_STYLES = ("dd/mm/yyyy", "d/m/yy", "d month yyyy", "dth month yyyy", "dth of month yyyy", "wkd dd/mm/yyyy",
               "month dth yyyy", "d-mon-yyyy")
OVERALL_LABELS = ("Overall grade", "Overall judgement of the quality of practice", "Overall grade for this case")
SIBLING_LABELS = ("Brothers and sisters", "Siblings (name, age)", "Other children in the household")
FINDINGS = (("Strengths", "Areas for development"), ("What is working well", "What needs to improve"))
LEGAL = ("Child in Need (s.17)", "Child Protection Plan", "Looked After (s.20)", "Care Order (s.31)")


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    """`count` audits, every other one moderated by a Head of Service."""
    moderated = iter(drawn(CASE_FILE_AUDIT, count // 2, seed=seed + 213, today=today,
                           where=lambda sample: sample.moderation is not None))
    others = iter(drawn(CASE_FILE_AUDIT, count - count // 2, seed=seed + 211, today=today,
                        where=lambda sample: sample.moderation is None))
    samples = [next(moderated) if index % 2 else next(others) for index in range(count)]
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _line_manager(practitioner: str, auditor: str) -> str:
    """The social worker's line manager, or the auditor's own where the
    auditor manages the social worker, so the box names someone else."""
    member = next(member for member in STAFF if member.name == practitioner)
    manager = manager_of(member)
    if manager is not None and manager.name == auditor:
        manager = manager_of(manager)
    return manager.name if manager else practitioner


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    groups = [(band, list(areas)) for band, areas in GROUPS]
    if rng.random() < 0.5:
        groups[1][1].pop(1)  # the version without a direct work row
    names = tuple(name for _, areas in groups for name, _ in areas)
    sample = rename_sections(sample, names)
    reference_label, reference_style = rng.choice(REFERENCES)
    sample = replace(sample, case_id=case_reference(sample.case_id, reference_style))
    child = sample.child
    siblings = invent_children(rng, child.surname, rng.randint(1, 3), exclude=(child.first_name,))
    if rng.random() < 0.5:
        field = rng.choice(("development_areas", "strengths"))
        sentence = NAMING[2] if field == "strengths" else rng.choice(NAMING[:2])
        sample = with_sentence_naming(sample, field, sentence.replace("{name}", siblings[0].first_name))
    no_actions = not sample.actions or rng.random() < 0.2
    if no_actions:
        sample = replace(sample, actions=())
    style = {
        "grading": rng.choice(("columns", "shade", "rating")),
        "order": rng.choice(ORDERS),
        "headings": rng.choice(("letters", "short", "words")),
        "spelling": rng.choice(("short", "contract", "sentence", "capitals")),
        "typed": rng.choice(TYPED),
        "mark": rng.choice(("X", "\u2713", "\u25cf")),
        "date_style": rng.choice(DATE_STYLES),
        "role_style": rng.choice(("comma", "brackets", "initials", "plain")),
        "ink": moderation_ink(rng, avoid=BRAND),
        "moderation": rng.choice(("column", "row", "box")),
        "overall_in_grid": rng.random() < 0.5,
        "numbered": rng.random() < 0.6,
    }
    line_manager = _line_manager(sample.practitioner, sample.auditor) if rng.random() < 0.6 else None

    form = WordForm(font=rng.choice(("Arial", "Verdana", "Calibri")), size=9, landscape=rng.random() < 0.6)
    form.page_header(Ink(COUNCIL, bold=True, colour=BRAND), "\tChildren's Social Care \u2013 OFFICIAL SENSITIVE")
    form.paragraph(Ink(rng.choice(("Case File Audit", "Practice Audit Tool", "Case Audit \u2013 Quality of Practice")),
                       bold=True, size=16, colour=BRAND))
    if rng.random() < 0.5:
        _key(form, style)
    _details(form, sample, siblings, rng, reference_label, style, line_manager)
    form.spacer()
    _grid(form, sample, rng, groups, style)
    form.spacer()
    if not style["overall_in_grid"]:
        _summary(form, sample, rng, style)
    _findings(form, sample, rng)
    form.heading("Actions", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, rng.choice((("Action", "By whom", "By when"),
                                                       ("Action required", "Owner", "Timescale"))),
                           fill=LIGHT, date_style=rng.choice(("dd/mm/yyyy", style["date_style"])))
    form.spacer()
    _sign_off(form, sample, rng, style, line_manager)
    moderation = sample.moderation
    if moderation and style["moderation"] == "box":
        _moderation_box(form, sample, style)
    data = form.to_bytes(title="Case File Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor,
                         revision=3 if moderation else 2)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)


def _heading(grade: str, style) -> str:
    if style["headings"] == "words":
        return spell_grade(grade, style["spelling"])
    return HEADINGS[style["headings"]][grade]


def _key(form: WordForm, style) -> None:
    """The grading key at the top: every grade, in the grid's order, with its descriptor."""
    form.paragraph(Ink("Grading key", bold=True, colour=BRAND))
    key = form.table(len(GRADES), 2)
    for row, grade in enumerate(style["order"]):
        text = spell_grade(grade, style["spelling"])
        if _heading(grade, style) != text:
            text = f"{_heading(grade, style)} \u2013 {text}"
        write(key.cell(row, 0), Ink(text, bold=True), fill=GRADE_FILLS[grade])
        write(key.cell(row, 1), KEY[grade])
    form.spacer()


def _details(form: WordForm, sample, siblings, rng: random.Random, reference_label: str, style,
             line_manager: str | None) -> None:
    """The case details, two label and value pairs a row; the line manager
    beside the auditor where the version has the box."""
    child = sample.child
    role_style = style["role_style"]
    pairs = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name),
        (reference_label, sample.case_id),
        ("Date of birth", spell_date(child.date_of_birth, rng.choice(("dd/mm/yyyy", "d month yyyy")))),
        ("Legal status", rng.choice(LEGAL)),
        (rng.choice(("Social worker", "Allocated worker")), with_role(sample.practitioner, role_style)),
        (rng.choice(("Team", "Team name")), sample.team),
        ("Service", sample.service),
        ("Date of audit", spell_date(sample.date, style["date_style"])),
        (rng.choice(("Auditor", "Name of auditor")), with_role(sample.auditor, role_style)),
        ("Line manager", line_manager),
    ]
    pairs = [(label, value) for label, value in pairs if value is not None]
    if len(pairs) % 2:
        pairs.append(("Ethnicity", rng.choice(("White British", "Pakistani", "Polish", "Black African"))))
    table = form.table(1 + len(pairs) // 2 + 1, 4)
    band = table.cell(0, 0).merge(table.cell(0, 3))
    write(band, Ink("Case details", bold=True, colour="FFFFFF"), fill=BRAND)
    for position, (label, value) in enumerate(pairs):
        row, column = 1 + position // 2, 2 * (position % 2)
        write(table.cell(row, column), Ink(label, bold=True), fill=LIGHT)
        write(table.cell(row, column + 1), value)
    last = len(table.rows) - 1
    write(table.cell(last, 0), Ink(rng.choice(SIBLING_LABELS), bold=True), fill=LIGHT)
    write_lines(table.cell(last, 1).merge(table.cell(last, 3)),
                [f"{other.full_name} ({other.age})" for other in siblings])


def _grade_cells(cells, grade: str, style, *, first: int, remark: str | None = None) -> None:
    """Show `grade` in the grade cells starting at column `first`: a mark or
    shading in its column, or the grade (and `remark`) typed in the one
    "Rating" cell."""
    if style["grading"] == "rating":
        text = spell_grade(grade, style["typed"])
        write(cells[first], Ink(f"{text} \u2013 {remark}" if remark else text, bold=True))
        return
    cell = cells[first + style["order"].index(grade)]
    if style["grading"] == "shade":
        write(cell, "", fill=SHADE)
    else:
        write(cell, Ink(style["mark"], bold=True))


def _grid(form: WordForm, sample, rng: random.Random, groups, style) -> None:
    """The one grid: a header row, a band row before each group, a row an
    area, and (in some versions) the overall grade and a moderation row."""
    numbered = style["numbered"]
    rating = style["grading"] == "rating"
    remarks = rating and rng.random() < 0.5

    def remark_on(grade: str) -> str | None:
        return rng.choice(REMARKS[grade]) if remarks else None
    text_columns = ("No.", "Area of practice", "What good looks like", "Evidence") if numbered else (
        "Area of practice", "What good looks like", "Evidence")
    grade_columns = ("Rating",) if rating else tuple(_heading(grade, style) for grade in style["order"])
    moderation = sample.moderation
    column_moderation = style["moderation"] == "column"
    headers = (*text_columns, *grade_columns, *(("HoS moderation",) if column_moderation else ()))
    width = len(headers)
    first = len(text_columns)
    area_count = sum(len(areas) for _, areas in groups)
    rows = 1 + len(groups) + area_count + style["overall_in_grid"] + (style["moderation"] == "row")
    grid = form.table(rows, width)
    for cell, text in zip(grid.rows[0].cells, headers):
        write(cell, Ink(text, bold=True, colour="FFFFFF"), fill=BRAND)
    band_style = rng.choice(BAND_STYLES)
    sections = iter(sample.sections)
    row = 1
    number = 0
    for letter, (band, areas) in zip("ABC", groups):
        merged = grid.cell(row, 0).merge(grid.cell(row, width - 1))
        write(merged, Ink(band_style.format(letter=letter, name=band), bold=True), fill=LIGHT)
        row += 1
        for name, good in areas:
            section = next(sections)
            number += 1
            cells = grid.rows[row].cells
            offset = 0
            if numbered:
                write(cells[0], f"{number}.")
                offset = 1
            write(cells[offset], Ink(name, bold=True))
            write_lines(cells[offset + 1], [good], italic=True, size=8)
            lines = [section.comment, rng.choice(EVIDENCE)]
            remark = section_remark(sample, section)
            if remark and not column_moderation:
                lines.append([Ink(f"HoS: {remark}", colour=style["ink"])])
            write_lines(cells[offset + 2], [line for line in lines if line])
            _grade_cells(cells, section.grade, style, first=first, remark=remark_on(section.grade))
            if column_moderation and remark:
                write(cells[-1], Ink(remark, colour=style["ink"]))
            row += 1
    if style["overall_in_grid"]:
        label = grid.cell(row, 0).merge(grid.cell(row, first - 1))
        write(label, Ink(rng.choice(OVERALL_LABELS), bold=True), fill=LIGHT)
        cells = grid.rows[row].cells  # one cell per grid column, the merged label repeated
        _grade_cells(cells, sample.grade, style, first=first, remark=remark_on(sample.grade))
        if column_moderation and moderation:
            write_lines(cells[-1], _moderation_lines(moderation, style))
        row += 1
    if style["moderation"] == "row":
        write(grid.cell(row, 0).merge(grid.cell(row, first - 1)), Ink("Head of Service moderation", bold=True),
              fill=LIGHT)
        value = grid.cell(row, first).merge(grid.cell(row, width - 1))
        if moderation:
            write_lines(value, _moderation_lines(moderation, style))


def _moderation_lines(moderation, style) -> list:
    """The Head of Service's moderated grade (where given) and comments, in colour."""
    ink = style["ink"]
    lines = []
    if moderation.grade:
        lines.append([Ink(f"Moderated grade: {spell_grade(moderation.grade, style['spelling'])}", bold=True,
                          colour=ink)])
    return lines + [[Ink(comment, colour=ink)] for comment in moderation.comments]


def _summary(form: WordForm, sample, rng: random.Random, style) -> None:
    """The overall grade in a table of its own, typed or in the grid's columns."""
    form.heading("Summary", colour=BRAND)
    label = rng.choice(OVERALL_LABELS)
    moderation = sample.moderation
    # Where the grid has a moderation column, the Head of Service writes in the summary too.
    moderated_here = style["moderation"] == "column" and moderation is not None
    if style["grading"] == "rating" or rng.random() < 0.5:
        table = form.table(1 + moderated_here, 2)
        write(table.cell(0, 0), Ink(label, bold=True), fill=LIGHT)
        write(table.cell(0, 1), Ink(spell_grade(sample.grade, style["typed"] if style["grading"] == "rating"
                                                else style["spelling"]), bold=True))
        if moderated_here:
            write(table.cell(1, 0), Ink("HoS moderation", bold=True), fill=LIGHT)
            write_lines(table.cell(1, 1), _moderation_lines(moderation, style))
    else:
        table = form.table(2 + moderated_here, 5)
        write(table.cell(0, 0), "")
        for column, grade in enumerate(style["order"], start=1):
            write(table.cell(0, column), Ink(_heading(grade, style), bold=True), fill=LIGHT)
        write(table.cell(1, 0), Ink(label, bold=True), fill=LIGHT)
        _grade_cells(table.rows[1].cells, sample.grade, style, first=1)
        if moderated_here:
            write(table.cell(2, 0), Ink("HoS moderation", bold=True), fill=LIGHT)
            write_lines(table.cell(2, 1).merge(table.cell(2, 4)), _moderation_lines(moderation, style))
    form.spacer()


def _findings(form: WordForm, sample, rng: random.Random) -> None:
    headings = rng.choice(FINDINGS)
    pairs = tuple(zip(headings, (sample.strengths, sample.development_areas)))
    if rng.random() < 0.5:
        table = form.table(2, 2)
        for row, (heading, items) in enumerate(pairs):
            write(table.cell(row, 0), Ink(heading, bold=True), fill=LIGHT)
            write_lines(table.cell(row, 1), items)
        form.spacer()
        return
    for heading, items in pairs:
        form.heading(heading, colour=BRAND)
        for item in items:
            form.paragraph(item, style_id="ListBullet")


def _sign_off(form: WordForm, sample, rng: random.Random, style, line_manager: str | None) -> None:
    """The auditor's sign-off, the line manager's box beside it in some
    versions, and the urgent-concern question."""
    table = form.table(2, 4)
    write(table.cell(0, 0), Ink("Audit completed by", bold=True), fill=LIGHT)
    write(table.cell(0, 1), with_role(sample.auditor, style["role_style"]))
    if line_manager:
        write(table.cell(0, 2), Ink("Line manager informed", bold=True), fill=LIGHT)
        write(table.cell(0, 3), line_manager)
    else:
        table.cell(0, 1).merge(table.cell(0, 3))
    write(table.cell(1, 0), Ink("Immediate safeguarding concern?", bold=True), fill=LIGHT)
    value = table.cell(1, 1).merge(table.cell(1, 3))
    if rng.random() < 0.5:
        write(value, Ink("YES", strike=not sample.urgent_concern, bold=True), " / ",
              Ink("NO", strike=sample.urgent_concern, bold=True))
    else:
        write(value, Ink("Yes" if sample.urgent_concern else "No", bold=True))
    if sample.urgent_concern:
        value.add_paragraph(sample.urgent_concern_detail)
    form.spacer()


def _moderation_box(form: WordForm, sample, style) -> None:
    moderation = sample.moderation
    ink = style["ink"]
    form.heading("Head of Service moderation", colour=BRAND)
    box = form.table(4, 2)
    values = (moderation.moderator, spell_date(moderation.date, "dd/mm/yyyy"), list(moderation.comments),
              spell_grade(moderation.grade, style["spelling"]) if moderation.grade else "")
    for row, (label, value) in enumerate(zip(("Moderated by", "Date", "Comments", "Moderated grade"), values)):
        write(box.cell(row, 0), Ink(label, bold=True), fill=LIGHT)
        if isinstance(value, list):
            write_lines(box.cell(row, 1), value, colour=ink)
        elif value:
            write(box.cell(row, 1), Ink(value, colour=ink, bold=row == 3))
