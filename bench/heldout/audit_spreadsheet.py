"""Multi-agency case audit kept as an Excel workbook that the local
authority's lead auditor fills in by hand after the partners' audit
meeting: a front sheet (the child, the household, the allocated worker,
the lead auditor and the agencies whose single-agency audits were
returned), a sheet of audit questions in five areas answered Y / N /
Partly with evidence and a judgement for each area, and a sheet of
findings (what is working well, what needs to be better), the overall
multi-agency judgement, the immediate-safeguarding question, the
multi-agency action plan and the local authority's Head of Service
moderation.

Modelled on the East Riding Safeguarding Children Partnership's
"Multi-agency quality assurance" arrangements (ERSCP, practitioners and
professionals pages): joint audits of case files with practitioners from
the partner agencies, solution-focused and in a spirit of open learning,
assessing the effectiveness and impact of the help given, early help
included, and identifying good practice and weaknesses to act on. The
page describes the arrangements, not a workbook, so the workbook itself
is our own judgement of what such a partnership's Excel tool looks like:
the three sheets (and on some files a guidance sheet with the grading
key), merged title rows in the partnership's colour, the details block
laid out two labels to a row, the household table, the areas' own names,
the answers typed in one column, marked X or tick under "Y", "N" and
"Partly", or shown by filling the cell, each area's judgement typed as a
word, given as a number 1 to 4 against a key or shown by filling one of
the four printed grades, the Head of Service's remarks in their own colour
under the areas they read, and the action plan's RAG column.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import MULTI_AGENCY_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "audit_spreadsheet"
PARTNERSHIP = f"{COUNCIL.replace(' Council', '')} Safeguarding Children Partnership"

# The partnership's names for the five areas, in the order of the sample's
# areas, each with the questions the auditors answer Y / N / Partly.
AREAS = (
    ("The child's daily lived experience and voice", (
        "Is it clear from all agencies' records what a day in the child's life is like?",
        "Have the child's wishes and feelings been sought in a way that suits their age and understanding?",
        "Did what the child said change what agencies did?",
    )),
    ("Recognition and sharing of information between partners", (
        "Were concerns recognised by each agency at the earliest opportunity?",
        "Was information shared promptly, and with the right people?",
        "Were strategy discussions and meetings attended by every agency involved?",
    )),
    ("Assessment and analysis of risk and need", (
        "Does the assessment draw on every agency's knowledge of the family?",
        "Is the family history, including previous involvement, understood?",
        "Is there analysis, not only description, of the risks and the strengths?",
    )),
    ("Planning and intervention across agencies", (
        "Is there one plan that every agency knows and contributes to?",
        "Are the actions SMART, with named people and timescales?",
        "Is the plan reviewed, and changed when it is not working?",
    )),
    ("Impact – what difference has the help made?", (
        "Is there evidence that the child's circumstances have improved?",
        "Do the family understand what needs to change and why?",
        "Would you be satisfied with this help for a child of your own?",
    )),
)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
               INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
# Who filled in each agency's single-agency audit: a role, not a name.
AGENCY_ROLES = {
    "Children's Social Care": "Practice manager", "Police": "DS, Public Protection Unit",
    "Health visiting": "Named nurse, safeguarding", "School": "Designated Safeguarding Lead",
    "Early Help": "Early Help coordinator", "Probation": "Senior probation officer",
    "Child and Adolescent Mental Health Services": "CAMHS clinical lead", "Housing": "Housing officer",
}
LEVELS = ("Child in Need", "Child Protection – neglect", "Child Protection – emotional abuse", "Child in Need (s17)",
          "Child Protection – physical abuse")
NO_ACTIONS = ("No further multi-agency actions – the current plan addresses the findings.",
              "None required – agreed at the audit meeting.", "No actions arising.")
NOT_MODERATED = ("Not sampled for moderation", "N/A", "")
TYPED_ANSWERS = {"Y": ("Y", "Yes", "y", "YES"), "N": ("N", "No", "n", "NO"), "P": ("Partly", "Part", "P", "partly")}
MARKS = ("X", "x", "\u2713", "\u2714")
FILLS = ("FFFF00", "BFBFBF", "A9D08E", "9BC2E6")
EXCEL_DATES = ("dd/mm/yyyy", "dd-mmm-yy", "d mmmm yyyy", "dddd d mmmm yyyy", "dd.mm.yyyy")
RAG = {"R": "FF0000", "A": "FFC000", "G": "00B050"}
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(6203)
    pool = tool_samples(80, seed=6203, today=today, kinds=(MULTI_AGENCY_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern][:3]
    others = [sample for sample in pool if not sample.urgent_concern]
    changed = [sample for sample in others if sample.moderation and sample.moderation.grade
               and sample.moderation.grade != sample.grade][:2]
    moderated = changed + [sample for sample in others if sample.moderation and sample not in changed][:4]
    plain = [sample for sample in others if not sample.moderation][: count - len(urgent) - len(moderated)]
    chosen = urgent + moderated + plain
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    if member is None:
        return ""
    return {"practice_manager": "Practice Manager", "safeguarding_practice_manager": "Safeguarding PM",
            "head_of_service": "Head of Service"}.get(member.role, "")


class _Sheet:
    """A sheet filled from the top, with the council's look."""

    def __init__(self, sheet, brand: str, widths: tuple[int, ...]):
        self.sheet = sheet
        self.brand = brand
        self.row = 1
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[sheet.cell(row=1, column=number).column_letter].width = width

    def cell(self, column: int, value, *, bold=False, italic=False, colour=None, fill=None, wrap=True,
             size=None, row=None, border=True):
        cell = self.sheet.cell(row=row or self.row, column=column, value=value)
        if bold or italic or colour or size:
            cell.font = Font(bold=bold, italic=italic, color=colour, size=size)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        cell.alignment = Alignment(wrap_text=wrap, vertical="top")
        if border:
            cell.border = BOX
        return cell

    def merged(self, first: int, last: int, value, **look):
        cell = self.cell(first, value, **look)
        if last > first:
            self.sheet.merge_cells(start_row=self.row, start_column=first, end_row=self.row, end_column=last)
        return cell

    def band(self, text: str, last: int, *, size: int = 11):
        self.merged(1, last, text, bold=True, colour="FFFFFF", fill=self.brand, size=size)
        self.row += 1

    def skip(self, rows: int = 1):
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.45
    date_format = rng.choice(EXCEL_DATES)
    grading = rng.choice(("word", "word", "number", "fill"))
    answering = rng.choice(("typed", "columns", "fill"))
    mark = rng.choice(MARKS)
    fill = rng.choice(FILLS)
    household = siblings(rng, sample.child, rng.randint(0, 3), today)

    old_names = [section.name for section in sample.sections]
    changes = {"sections": tuple(Section(name, section.grade, section.comment)
                                 for (name, _), section in zip(AREAS, sample.sections))}
    reference = case_reference(rng, sample.case_id) if rng.random() < 0.55 else sample.case_id
    changes["case_id"] = reference
    no_team = rng.random() < 0.2
    if no_team:
        changes["team"] = None
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.actions and rng.random() < 0.12:
        changes["actions"] = ()
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, (section.name for section in sample.sections)))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    number_as_int = rng.random() < 0.6

    def day(value: date):
        return value if excel_dates else when(value)

    def put_date(target: _Sheet, column: int, value: date, **look):
        cell = target.cell(column, day(value), **look)
        if excel_dates:
            cell.number_format = date_format
        return cell

    workbook = Workbook()
    names = rng.choice((("Front sheet", "Audit", "Findings & actions"),
                        ("1. Case details", "2. Audit questions", "3. Summary & action plan"),
                        ("Details", "Audit tool", "Outcome")))
    guidance_sheet = grading == "number" and rng.random() < 0.6 or rng.random() < 0.2
    if guidance_sheet:
        guide = _Sheet(workbook.active, brand, (6, 26, 70))
        guide.sheet.title = "Guidance"
        guide.band(PARTNERSHIP, 3, size=13)
        guide.band("Multi-agency case audit – guidance for auditors", 3)
        guide.skip()
        for line in ("Complete one workbook for each child audited. Read each agency's single-agency audit before "
                     "the audit meeting and record the agreed view, not any one agency's.",
                     "Answer each question Y, N or Partly and give the evidence. Judge each area, then the whole.",
                     "The Head of Service moderates a sample of audits and records any change on the last sheet."):
            guide.merged(2, 3, line, border=False)
            guide.skip()
        guide.skip()
        guide.cell(2, "Grading key", bold=True, fill="D9D9D9")
        guide.skip()
        for number, grade in enumerate(ORDER, start=1):
            guide.cell(2, f"{number} = {GRADE_WORDS[grade]}" if grading == "number" else GRADE_WORDS[grade])
            guide.cell(3, ("Practice exceeds good and makes an exceptional difference for the child.",
                           "Agencies work well together; the child is safer and needs are being met.",
                           "No widespread failures, but help is not yet good enough for the child.",
                           "Failures leave the child at risk of harm or with needs unmet.")[number - 1], italic=True)
            guide.skip()
        front = _Sheet(workbook.create_sheet(names[0]), brand, (4, 30, 28, 4, 30, 28))
    else:
        front = _Sheet(workbook.active, brand, (4, 30, 28, 4, 30, 28))
        front.sheet.title = names[0]

    # Front sheet: title, details two to a row, household, agencies.
    title = rng.choice(("Multi-Agency Case Audit", "Multi-agency Case Audit Tool", sample.title))
    front.band(PARTNERSHIP, 6, size=14)
    front.band(title, 6, size=12)
    front.merged(1, 6, rng.choice(("OFFICIAL – SENSITIVE when completed", "Official Sensitive")), italic=True,
                 border=False)
    front.skip(2)
    auditor = sample.auditor
    role = _role(auditor)
    auditor_written = rng.choice((auditor, f"{auditor} ({role})" if role else auditor,
                                  f"{auditor}, {role}" if role else auditor))
    reference_value = int(reference) if reference.isdigit() and number_as_int else reference
    pairs = [
        (rng.choice(("Child's name", "Name of child")), child.full_name),
        (rng.choice(("D.O.B.", "Date of birth")), child.date_of_birth),
        (rng.choice(("LCS number", "Case ref", "Child's ID")), reference_value),
        ("Level of need / plan", rng.choice(LEVELS)),
        (rng.choice(("Allocated social worker", "Allocated worker (LA)", "SW")), sample.practitioner),
        ("Team", sample.team),
        (rng.choice(("Service area", "Service")), sample.service),
        (rng.choice(("Lead auditor", "LA lead auditor", "Audit completed by")), auditor_written),
        (rng.choice(("Date of audit", "Audit date", "Date audit meeting held")), sample.date),
        ("Period reviewed", rng.choice(("Previous 12 months", "Last 6 months", "From referral to date of audit"))),
    ]
    if rng.random() < 0.5:
        pairs.append(("Parents / carers", " & ".join(child.parents)))
    if rng.random() < 0.4:
        pairs.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if no_team:
        pairs = [pair for pair in pairs if pair[0] != "Team" or rng.random() < 0.5]
    for position, (text, value) in enumerate(pairs):
        column = 2 if position % 2 == 0 else 5
        front.cell(column, text, bold=True, fill="F2F2F2")
        if isinstance(value, date):
            put_date(front, column + 1, value)
        else:
            front.cell(column + 1, value if value != "" else None)
        if position % 2 == 1 or position == len(pairs) - 1:
            front.skip()
    front.skip()
    front.cell(2, rng.choice(("Other children in the household", "Siblings / other children in household")),
               bold=True, fill="F2F2F2")
    if not household:
        front.cell(3, rng.choice(("None", "N/A", "No other children")))
        front.skip()
    elif rng.random() < 0.5:
        front.cell(3, "; ".join(f"{name} ({when(born)})" for name, born in household))
        front.skip()
    else:
        front.cell(3, "Name", bold=True)
        front.cell(5, "Date of birth", bold=True)
        front.skip()
        for name, born in household:
            front.cell(3, name)
            put_date(front, 5, born)
            front.skip()
    front.skip()
    front.merged(2, 6, rng.choice(("Agencies taking part", "Agencies involved", "Partner agencies")), bold=True,
                 colour="FFFFFF", fill=brand)
    front.skip()
    front.cell(2, "Agency", bold=True, fill="F2F2F2")
    front.cell(3, "Single-agency audit returned?", bold=True, fill="F2F2F2")
    front.merged(5, 6, "Completed by (role)", bold=True, fill="F2F2F2")
    front.skip()
    agencies = next(own.written for own in sample.own if own.key == "agencies")
    for agency in agencies:
        front.cell(2, agency)
        front.cell(3, rng.choice(("Y", "Yes", "Y")))
        front.merged(5, 6, AGENCY_ROLES.get(agency, ""))
        front.skip()

    # Audit sheet: areas, questions, answers, judgements.
    audit = _Sheet(workbook.create_sheet(names[1]), brand, (7, 58, 8, 8, 8, 50))
    audit.sheet.freeze_panes = "A4"
    audit.band(f"{PARTNERSHIP} – {title}", 6, size=12)
    if grading == "number" and not guidance_sheet or grading == "number" and rng.random() < 0.5:
        audit.merged(1, 6, "Grading key:  1 = Outstanding   2 = Good   3 = Requires improvement   4 = Inadequate",
                     italic=True)
    else:
        audit.merged(1, 6, "Answer each question and give evidence; then judge the area.", italic=True)
    audit.skip()
    if answering == "typed":
        headers = ("No.", "Question", "Y / N / Partly", "", "", "Evidence – what did the records tell you?")
    else:
        headers = ("No.", "Question", "Y", "N", "Partly", "Evidence – what did the records tell you?")
    for column, text in enumerate(headers, start=1):
        audit.cell(column, text or None, bold=True, fill="D9D9D9")
    if answering == "typed":
        audit.sheet.merge_cells(start_row=audit.row, start_column=3, end_row=audit.row, end_column=5)
    audit.skip()
    validation = None
    if answering == "typed" and rng.random() < 0.6:
        validation = DataValidation(type="list", formula1='"Y,N,Partly"', allow_blank=True)
        audit.sheet.add_data_validation(validation)
    prefix = rng.choice(("HoS: ", "HoS comment – ", f"{moderation.moderator}: " if moderation else "", ""))
    for number, (section, (_, questions)) in enumerate(zip(sample.sections, AREAS), start=1):
        audit.band(f"{number}. {section.name}", 6)
        severity = ORDER.index(section.grade)
        for letter, question in zip("abc", questions):
            audit.cell(1, f"{number}{letter}")
            audit.cell(2, question)
            answer = rng.choices("YPN", weights=((8, 1, 0), (6, 3, 1), (2, 5, 3), (1, 3, 6))[severity])[0]
            if answering == "typed":
                written = rng.choice(TYPED_ANSWERS[answer])
                cell = audit.merged(3, 5, written)
                if validation is not None:
                    validation.add(cell.coordinate)
            else:
                for column, option in zip((3, 4, 5), "YNP"):
                    chosen = option == answer
                    if answering == "columns":
                        audit.cell(column, mark if chosen else None, bold=chosen)
                    else:
                        audit.cell(column, None, fill=fill if chosen else None)
            if letter == "a":
                audit.cell(6, section.comment)
            else:
                audit.cell(6, None)
            audit.skip()
        label = rng.choice(("Judgement for this area", "Area judgement", "Grade for this section"))
        _judgement(audit, rng, label, section.grade, grading, fill, number_as_int, note_chance=0.25)
        if section.name in remarks:
            audit.cell(1, None, border=False)
            audit.merged(2, 6, f"{prefix}{remarks[section.name]}", colour=ink, italic=rng.random() < 0.4)
            audit.skip()
        audit.skip()

    # Findings sheet.
    findings = _Sheet(workbook.create_sheet(names[2]), brand, (6, 44, 30, 18, 14, 14))
    findings.band(f"{PARTNERSHIP} – {rng.choice(('Findings and action plan', 'Audit outcome'))}", 6, size=12)
    findings.skip()
    headings = rng.choice((("What is working well?", "What needs to be better?"),
                           ("Good practice identified", "Areas for development"),
                           ("Strengths across the partnership", "What are we worried about?")))
    one_cell = rng.random() < 0.4
    bullet = rng.choice(("\u2022 ", "- ", ""))
    for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
        findings.merged(1, 6, heading, bold=True, fill="D9D9D9")
        findings.skip()
        if one_cell:
            findings.merged(1, 6, "\n".join(f"{bullet}{item}" for item in items))
            findings.sheet.row_dimensions[findings.row].height = 16 * len(items) + 4
            findings.skip()
        else:
            for number, item in enumerate(items, start=1):
                findings.cell(1, f"{number}." if not bullet else None)
                findings.merged(2, 6, item)
                findings.skip()
        findings.skip()
    overall_label = rng.choice(("Overall multi-agency judgement", "Overall judgement of the multi-agency response",
                                "OVERALL GRADE (agreed at audit meeting)"))
    findings.cell(1, None, border=False)
    _judgement(findings, rng, overall_label, sample.grade, grading, fill, number_as_int, note_chance=0.0)
    findings.skip()
    findings.merged(1, 2, rng.choice(("Were any immediate safeguarding concerns identified that needed escalating?",
                                      "Immediate safeguarding concerns requiring escalation?")), bold=True,
                    fill="F2F2F2")
    findings.cell(3, rng.choice(("Yes", "Y", "YES")) if sample.urgent_concern else rng.choice(("No", "N", "NO")))
    findings.skip()
    findings.merged(1, 2, "If yes, who was informed and what action was taken", bold=True, fill="F2F2F2")
    findings.merged(3, 6, sample.urgent_concern_detail or None)
    findings.skip(2)

    findings.merged(1, 6, rng.choice(("Multi-agency action plan", "Actions (by who, by when)", "Action plan")),
                    bold=True, colour="FFFFFF", fill=brand)
    findings.skip()
    if sample.actions:
        for column, text in enumerate(("Ref", "Action", "Lead (agency / person)", "Target date", "RAG"), start=1):
            findings.cell(column, text, bold=True, fill="D9D9D9")
        findings.skip()
        for number, action in enumerate(sample.actions, start=1):
            findings.cell(1, f"A{number}" if rng.random() < 0.5 else number)
            findings.cell(2, action.action)
            findings.cell(3, action.owner)
            put_date(findings, 4, action.due)
            status = rng.choice(("R", "A", "G", None))
            findings.cell(5, None, fill=RAG[status] if status else None)
            findings.skip()
    else:
        findings.merged(1, 6, rng.choice(NO_ACTIONS), italic=True)
        findings.skip()
    findings.skip()

    show_box = moderation is not None or rng.random() < 0.7
    if show_box:
        findings.merged(1, 6, rng.choice(("LA quality assurance – Head of Service moderation",
                                          "Moderation (Head of Service)")), bold=True, colour="FFFFFF", fill=brand)
        findings.skip()
        rows = ("Moderated by", "Date moderated", "Agree with the overall judgement? (Y/N)", "Moderated judgement",
                "Moderator's comments")
        for text in rows:
            findings.merged(1, 2, text, bold=True, fill="F2F2F2")
            if moderation is None:
                value = rng.choice(NOT_MODERATED) if text == "Moderator's comments" else None
                findings.merged(3, 6, value or None, italic=True)
            elif text == "Moderated by":
                findings.merged(3, 6, moderation.moderator, colour=ink)
            elif text == "Date moderated":
                put_date(findings, 3, moderation.date, colour=ink)
            elif text.startswith("Agree"):
                agree = None if moderation.grade is None else ("Y" if moderation.grade == sample.grade else "N")
                findings.merged(3, 6, agree, colour=ink)
            elif text == "Moderated judgement":
                findings.merged(3, 6, informal_grade(rng, moderation.grade) if moderation.grade else None,
                                colour=ink, bold=True)
            else:
                findings.merged(3, 6, "\n".join(moderation.comments), colour=ink)
            findings.skip()

    for sheet in workbook.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.sheet_view.zoomScale = 90
    properties = workbook.properties
    properties.creator = auditor
    properties.lastModifiedBy = moderation.moderator if moderation else auditor
    properties.title = title
    written = datetime.combine((moderation or sample).date, time(14, 40))
    properties.created = written - timedelta(days=400)
    properties.modified = written
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = [when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household)]
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(also))


def _judgement(target: _Sheet, rng: random.Random, label: str, grade: str, grading: str, fill: str,
               number_as_int: bool, *, note_chance: float) -> None:
    """A judgement row: the label, then the grade as a word, a number
    against the key, or one of the four printed grades filled."""
    target.cell(2, label, bold=True, fill="F2F2F2")
    if grading == "word":
        target.merged(3, 5, informal_grade(rng, grade, note_chance=note_chance), bold=True)
    elif grading == "number":
        number = ORDER.index(grade) + 1
        target.merged(3, 5, number if number_as_int else rng.choice((str(number), f"Grade {number}")), bold=True)
    else:
        for offset, option in enumerate(ORDER):
            chosen = option == grade
            target.cell(3 + offset, GRADE_WORDS[option], bold=chosen, fill=fill if chosen else None, size=8)
    target.skip()
