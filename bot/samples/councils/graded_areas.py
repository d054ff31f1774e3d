"""`graded_areas`: a whole case file audit whose numbered areas of practice
each have prompt and evidence rows and then a rating row with the four
grades printed as columns, the chosen one marked; a grading key on the
first page and a summary table at the end with the overall judgement and
the auditor's, practitioner's and line manager's details.

Modelled on the structure of the "Quality of Practice Audit Tool" and the
whole case file audit tool in Bolton's "Staying Safe Services Quality
Assurance Framework" (Children's Services procedures; Appendix 1, the
Quality of Practice Audit Tool, added November 2021; the framework sets
out what line managers, team managers and senior managers must do and the
standards against which case files, records and practice will be judged,
with sections on the whole case file audit tool, Head of Service quality
assurance and performance management meetings). The stored page names the
tool and the process but does not show the tool itself; the layout follows
the published case file audit forms of the same class (a case information
table naming the social worker, the line manager and the auditor; each
area's prompts with "Evidence / Commentary & Analysis" and a "Rating" with
the four grades printed across, in some versions "Good" first). The
wording of the areas, prompts and key, the orders of the grade columns,
the marks, the summary table, the Head of Service's moderation row and the
council's red branding are our own judgement.

What it exercises: the four grades printed in every area's rating row in
one of three orders (Outstanding first, Inadequate first, Good first), the
chosen one shown by an X, tick or dot in the row beneath or in its own
cell, by shading, by bold and highlight, or by striking the others
through; a grading key with all four grades and their descriptors on the
first page, which is not the grade; the tool's own overall label ("Overall
judgement of the quality of practice") in a summary table that also names
the auditor, the practitioner and, in some versions, the line manager in a
box beside the auditor's; a second date (the worker consulted) beside the
audit's; the Head of Service's moderated grade typed in colour in a
moderation row, or a coloured "HoS" under its column; strengths and areas
for development as paragraphs under numbered headings or as lines in one
cell; brothers and sisters named in the case details and now and then by
first name in a finding; the council's name and headings in red.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

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
    write_runs,
)

FAMILY = "graded_areas"
BRAND = "C00000"  # the council's red, which is not moderation
LIGHT = "F2F2F2"
SHADE = "BFBFBF"
AREAS = (
    ("Case description and history", (
        "Is there an up-to-date chronology and genogram on file?",
        "Does the social worker show a clear understanding of the family's history?",
        "Which services are involved, and is that recorded?",
    )),
    ("Assessment and analysis of need and risk", (
        "Was the assessment completed within timescale and signed off by the line manager?",
        "Was the child seen alone, and are their views part of the assessment?",
        "Does the conclusion follow from the analysis of need and risk?",
    )),
    ("Planning and review", (
        "Is the plan SMART and does it address the risks identified?",
        "Are reviews held on time, with the family and partners contributing?",
    )),
    ("The child's voice and lived experience", (
        "Is the child seen in line with the plan, and alone where appropriate?",
        "Is direct work recorded, and does it shape the plan?",
    )),
    ("Management oversight and supervision", (
        "Is there regular recorded supervision with clear direction?",
        "Are decisions recorded with the reasons for them?",
    )),
    ("Outcomes and impact for the child", (
        "Is the child's situation improving because of the work done?",
        "Is drift or delay evident, and has it been addressed?",
    )),
)
# The orders councils print the four grades in.
ORDERS = ((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE),
          (INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING),
          (GOOD, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE))
MARKINGS = ("mark below", "mark in cell", "shade", "bold", "strike")
KEY = {
    OUTSTANDING: "Practice exceeds the standard of good and makes an exceptional, sustained difference to the "
                 "child's life.",
    GOOD: "Practice meets the standard we expect: timely, focused on the child and making a positive difference.",
    REQUIRES_IMPROVEMENT: "Practice is not yet good. There are no widespread failures leaving the child at risk, "
                          "but the difference made is not consistent.",
    INADEQUATE: "Practice is failing: the child is, or may be, left at risk of harm or their welfare is not "
                "promoted.",
}
EVIDENCE = ("Seen on file.", "Recorded, and dated within the last six months.", "Partly recorded.",
            "Evidenced in case notes and supervision.", "")
NAMING = (
    "The assessment does not consider {name}'s needs, although the worries at home affect every child.",
    "{name} has not been seen alone since the plan began.",
    "The worker has seen {name} too, so the assessment reflects every child in the household.",
)
LEGAL = ("Child in Need (s.17)", "Child Protection Plan", "Looked After (s.20)", "Care Order (s.31)")
DATE_STYLES = ("dd/mm/yyyy", "d/m/yy", "d month yyyy", "dth month yyyy", "dth of month yyyy", "wkd dd/mm/yyyy",
               "dd.mm.yyyy")
OVERALL_LABELS = ("Overall judgement of the quality of practice", "Overall grade for this case",
                  "Overall judgement (Ofsted descriptors)")
REFERENCES = (("ID number", "digits"), ("Mosaic ID", "digits"), ("LCS number", "LCS-"), ("Child's ID", "C"),
              ("CSC reference", "CSC/"))


def build(seed: int, count: int, today: date) -> list[CouncilForm]:
    samples = drawn(CASE_FILE_AUDIT, count, seed=seed + 193, today=today)
    return [_form(sample, variant_rng(FAMILY, seed, index), index) for index, sample in enumerate(samples)]


def _line_manager(practitioner: str) -> str:
    member = next(member for member in STAFF if member.name == practitioner)
    manager = manager_of(member)
    return manager.name if manager else practitioner


def _rating(form: WordForm, label: str, grade: str, order, marking: str, spelling: str, mark: str,
            moderated: str | None = None, ink: str | None = None) -> None:
    """A rating row: `label`, then the four grades as columns in `order`,
    the chosen one shown by `marking`; the moderator's grade, where given,
    typed in colour under its column."""
    below = marking == "mark below" or moderated is not None
    table = form.table(2 if below else 1, 5)
    write(table.cell(0, 0), Ink(label, bold=True), fill=LIGHT)
    if below:
        table.cell(0, 0).merge(table.cell(1, 0))
    for column, option in enumerate(order, start=1):
        cell = table.cell(0, column)
        text = spell_grade(option, spelling)
        chosen = option == grade
        if marking == "shade" and chosen:
            write(cell, Ink(text), fill=SHADE)
        elif marking == "bold":
            write(cell, Ink(text, bold=chosen, highlight="yellow" if chosen else None))
        elif marking == "strike":
            write(cell, Ink(text, strike=not chosen))
        elif marking == "mark in cell" and chosen:
            write(cell, Ink(text), Ink(f"  {mark}", bold=True))
        else:
            write(cell, Ink(text))
        if below and marking == "mark below" and chosen:
            write(table.cell(1, column), Ink(mark, bold=True))
        if below and option == moderated:
            write(table.cell(1, column), Ink(" HoS" if marking == "mark below" and chosen else "HoS", bold=True,
                                             colour=ink))


def _form(sample, rng: random.Random, index: int) -> CouncilForm:
    sample = rename_sections(sample, tuple(name for name, _ in AREAS[: rng.randint(5, 6)]))
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
    order = rng.choice(ORDERS)
    marking = rng.choice(MARKINGS)
    mark = rng.choice(("X", "\u2713", "\u25cf"))
    spelling = rng.choice(("short", "contract", "sentence", "capitals"))
    date_style = rng.choice(DATE_STYLES)
    role_style = rng.choice(("comma", "brackets", "initials", "plain"))
    ink = moderation_ink(rng, avoid=BRAND)
    line_manager_box = rng.random() < 0.6
    line_manager = _line_manager(sample.practitioner)
    moderation = sample.moderation
    moderated = moderation.grade if moderation else None
    consulted = sample.date + timedelta(days=rng.randint(1, 6)) if rng.random() < 0.4 else None

    form = WordForm(font=rng.choice(("Arial", "Calibri")), size=10, landscape=rng.random() < 0.3)
    form.page_header(Ink(COUNCIL, bold=True, colour=BRAND), "\tChildren's Services")
    form.paragraph(Ink(rng.choice(("Quality of Practice Audit Tool", "Whole Case File Audit",
                                   "Case File Audit \u2013 Quality of Practice")), bold=True, size=16, colour=BRAND))
    form.paragraph(Ink("Read the last twelve months of the record. Grade each area against the key below and "
                       "give your evidence; judge the whole case in the summary at the end.", italic=True, size=9))

    form.paragraph(Ink("Grading key", bold=True, colour=BRAND))
    key = form.table(1 + len(GRADES), 2)
    write(key.cell(0, 0), Ink("Grade", bold=True), fill=LIGHT)
    write(key.cell(0, 1), Ink("Descriptor", bold=True), fill=LIGHT)
    for row, option in enumerate(order, start=1):
        write(key.cell(row, 0), Ink(spell_grade(option, spelling), bold=True), fill=GRADE_FILLS[option])
        write(key.cell(row, 1), KEY[option])
    form.spacer()

    numbered_details = _details(form, sample, siblings, rng, reference_label, date_style, role_style,
                                line_manager if line_manager_box else None, consulted)
    form.spacer()

    first = 2 if numbered_details else 1
    for number, ((name, prompts), section) in enumerate(zip(AREAS, sample.sections), start=first):
        area = form.table(2 + len(prompts), 2)
        band = area.cell(0, 0).merge(area.cell(0, 1))
        write(band, Ink(f"{number}. {name}", bold=True, colour="FFFFFF"), fill=BRAND)
        write(area.cell(1, 0), Ink("Prompts", bold=True), fill=LIGHT)
        write(area.cell(1, 1), Ink("Evidence / Commentary & Analysis", bold=True), fill=LIGHT)
        remark = section_remark(sample, section)
        for position, prompt in enumerate(prompts):
            write(area.cell(2 + position, 0), prompt)
            lines = [section.comment] if position == 0 else [rng.choice(EVIDENCE)]
            if remark and position == 0:
                lines.append([Ink(f"HoS: {remark}", colour=ink)])
            write_lines(area.cell(2 + position, 1), lines)
        _rating(form, "Rating", section.grade, order, marking, spelling, mark)
        form.spacer()

    numbered = rng.random() < 0.5
    after = first - 1 + len(sample.sections)
    if numbered:
        for offset, (heading, items) in enumerate((("Strengths", sample.strengths),
                                                   ("Areas for development", sample.development_areas)), start=1):
            form.heading(f"{after + offset}. {heading}", colour=BRAND)
            for item in items:
                form.paragraph(item)
    else:
        findings = form.table(2, 2)
        for row, (heading, items) in enumerate((("Strengths", sample.strengths),
                                                ("Areas for development", sample.development_areas))):
            write(findings.cell(row, 0), Ink(heading, bold=True), fill=LIGHT)
            write_lines(findings.cell(row, 1), items)
        form.spacer()

    form.heading(f"{after + 3}. Actions" if numbered else "Actions", colour=BRAND)
    if no_actions:
        form.paragraph(rng.choice(NO_ACTIONS))
    else:
        form.actions_table(sample.actions, ("Action", "By whom", "By when"), fill=LIGHT,
                           date_style=rng.choice(("dd/mm/yyyy", date_style)))
    form.spacer()

    form.heading(f"{after + 4}. Summary" if numbered else "Summary", colour=BRAND)
    overall_label = rng.choice(OVERALL_LABELS)
    if rng.random() < 0.5:
        _rating(form, overall_label, sample.grade, order, marking, spelling, mark, moderated, ink)
        in_columns = True
    else:
        overall = form.table(1, 2)
        write(overall.cell(0, 0), Ink(overall_label, bold=True), fill=LIGHT)
        write(overall.cell(0, 1), Ink(spell_grade(sample.grade, spelling), bold=True))
        in_columns = False
    summary = form.table(4, 4)
    auditor = with_role(sample.auditor, role_style)
    write(summary.cell(0, 0), Ink("Auditor", bold=True), fill=LIGHT)
    write(summary.cell(0, 1), auditor)
    if line_manager_box:
        write(summary.cell(0, 2), Ink("Line manager", bold=True), fill=LIGHT)
        write(summary.cell(0, 3), line_manager)
    else:
        summary.cell(0, 1).merge(summary.cell(0, 3))
    write(summary.cell(1, 0), Ink("Practitioner", bold=True), fill=LIGHT)
    write(summary.cell(1, 1), with_role(sample.practitioner, role_style))
    write(summary.cell(1, 2), Ink("Team", bold=True), fill=LIGHT)
    write(summary.cell(1, 3), sample.team)
    write(summary.cell(2, 0), Ink("Date of audit", bold=True), fill=LIGHT)
    write(summary.cell(2, 1), spell_date(sample.date, date_style))
    write(summary.cell(2, 2), Ink("Immediate safeguarding concern?", bold=True), fill=LIGHT)
    write(summary.cell(2, 3), Ink("Yes" if sample.urgent_concern else "No", bold=True))
    if sample.urgent_concern:
        write_runs(summary.cell(2, 3).add_paragraph(), [sample.urgent_concern_detail])
    moderation_row = summary.cell(3, 1).merge(summary.cell(3, 3))
    write(summary.cell(3, 0), Ink("Head of Service moderation", bold=True), fill=LIGHT)
    if moderation:
        lines = []
        if moderated and not in_columns:
            lines.append([Ink("Moderated grade: ", bold=True, colour=ink),
                          Ink(spell_grade(moderated, spelling), bold=True, colour=ink)])
        lines += [[Ink(comment, colour=ink)] for comment in moderation.comments]
        lines.append([Ink(f"{moderation.moderator}, {spell_date(moderation.date, 'dd/mm/yyyy')}", colour=ink)])
        write_lines(moderation_row, lines)
    data = form.to_bytes(title="Quality of Practice Audit", written=moderation.date if moderation else sample.date,
                         editor=moderation.moderator if moderation else sample.auditor,
                         revision=3 if moderation else 2)
    personal = personal_of(sample, *children_personal(siblings))
    return CouncilForm(FAMILY, f"{FAMILY}-{index:02d}.docx", data, sample.expected(), personal)


def _details(form: WordForm, sample, siblings, rng: random.Random, reference_label: str, date_style: str,
             role_style: str, line_manager: str | None, consulted: date | None) -> bool:
    """The case information table, two label and value pairs a row under a
    merged band; the line manager beside the social worker where the
    version has the box. Return whether the band is numbered as part 1."""
    child = sample.child
    pairs = [
        (rng.choice(("Name of child / young person", "Child's name")), child.full_name),
        (reference_label, sample.case_id),
        ("Date of birth", spell_date(child.date_of_birth, rng.choice(("dd/mm/yyyy", "d month yyyy")))),
        ("Legal status", rng.choice(LEGAL)),
        (rng.choice(("Name of social worker", "Social worker")), with_role(sample.practitioner, role_style)),
        (rng.choice(("Name of team", "Team")), sample.team),
        ("Service", sample.service),
        (rng.choice(("Name of auditor", "Auditor")), with_role(sample.auditor, role_style)),
        ("Date of audit", spell_date(sample.date, date_style)),
    ]
    if line_manager:
        pairs.append(("Name of line manager", line_manager))
    if consulted:
        pairs.append(("Date worker consulted", spell_date(consulted, date_style)))
    if len(pairs) % 2:
        pairs.append(("Ethnicity", rng.choice(("White British", "Pakistani", "Mixed \u2013 White and Black "
                                                                            "Caribbean", "Polish"))))
    table = form.table(2 + len(pairs) // 2, 4)
    numbered = rng.random() < 0.5
    band = table.cell(0, 0).merge(table.cell(0, 3))
    write(band, Ink("1. Case information" if numbered else "Case information", bold=True, colour="FFFFFF"),
          fill=BRAND)
    for position, (label, value) in enumerate(pairs):
        row, column = 1 + position // 2, 2 * (position % 2)
        write(table.cell(row, column), Ink(label, bold=True), fill=LIGHT)
        write(table.cell(row, column + 1), value)
    last = 1 + len(pairs) // 2
    write(table.cell(last, 0), Ink("Is the child part of a sibling group?", bold=True), fill=LIGHT)
    write_lines(table.cell(last, 1).merge(table.cell(last, 3)),
                [f"Yes \u2013 {other.full_name} ({other.age})" if position == 0 else f"{other.full_name} "
                 f"({other.age})" for position, other in enumerate(siblings)])
    return numbered
