"""Looked after case audit workbooks: a manager's case file audit of one
child's case (a child looked after, on a child protection plan or in need),
kept as an Excel workbook that starts from the child's story. The manager
records the child (name, date of birth, parents, the brothers and sisters
and where they live on some), the legal status and, for a child in care,
where the child lives; on some a short "child's journey" of key events; in
a box of its own, what life is like for the child; seven areas of practice,
each with the evidence read and a grade (and, on some, whether the child's
rights were upheld in that area); the overall grade in the workbook's own
words ("Overall grade for the child's experience of our help and care");
what is working well and what needs to be better for the child; whether
the child's and family's views were sought (where the workbook asks); the
urgent question; the actions; the auditor's sign-off and the Head of
Service's moderation.

Modelled on what the Northern Ireland Commissioner for Children and Young
People (NICCY), an executive non-departmental public body, publishes about
its first formal investigation into one looked after child's care. Every
council checked in the four nations, and the children's trusts, health and
social care trusts, inspectorates, commissioners' offices and partnerships
checked besides, is already named by another family or a council layout;
NICCY is not, so this public body was taken instead. It is not a council
and publishes no audit tool: what it describes is an investigation of one
child's care, and the audit workbook that follows is our own judgement.
Read as search excerpts:

- NICCY news, "A Failed Child" (27 January 2023, niccy.org/news/
  a-failed-child/): the report "Looked After? A Formal Investigation into
  the Life of a Child in the care of the State" tells the story of "Vicky",
  subject to breaches of her rights through systemic failings in her care;
  it shines a light on significant and persistent failings of her "legal
  parent", the Health and Social Care Trust, and of other authorities,
  which left her placed in England for over four years away from her
  family and community; the Commissioner investigated on learning that a
  child in care with a learning disability and mental health issues had
  been on remand in the Juvenile Justice Centre for most of a year; "She
  is not a case and she is not number".
- ITV / UTV news, "Young woman 'failed' by care system, according to
  damning report" (27 January 2023): the investigation made 45
  recommendations, most of them meant to prevent the failings being
  repeated by highlighting where practice must change; the Western Health
  and Social Care Trust was criticised.
- NICCY, "NICCY Formal Investigations" (niccy.org/niccy-formal-
  investigations/): Article 16 of the Commissioner for Children and Young
  People (Northern Ireland) Order 2003 lets the Commissioner investigate
  "relevant authorities" (among them Health and Social Care Trusts and the
  Education Authority) under terms of reference; authorities may comment
  and reply to adverse findings; Article 18 requires an anonymised report
  that may make recommendations, and Article 19 a later review of
  progress.
- NICCY news, "Reflecting on the Past & Hoping for the Future at NICCY"
  (27 February 2023): the investigation details Vicky's experience and
  NICCY will monitor the implementation of its recommendations.

None of them shows a form. Only these ideas follow the sources: starting
from the child's story (a short journey of key events and a box for what
life is like for the child, the child's hope in their own words), a
"child's rights upheld?" column beside the grades on some files, where the
child lives and whether it is away from family and community, the
brothers and sisters and where they live, and actions worded as what must
change in practice. Everything else is our judgement: one sheet, two or
three (a hidden Lists sheet behind the drop-downs on some); details as
label / value rows, two pairs across or a strip of headings over values;
plain or prefixed case references (some a number cell); team in its own
cell, in brackets after the social worker or not shown, service on some;
the auditor with a role in brackets on some; seven areas under two
template versions (after the sample's two tools) as a grid or a block
each; grades from a drop-down, typed informally, a number on a printed 1-4
key either way round, emboldened and highlighted among four with the
others greyed or struck through, or a mark under four grade columns; typed
or Excel dates; working well / needs to be better as numbered rows, one
cell a line an item or side by side; actions as a table, lines in one cell
or a "no actions" sentence; the urgent question from a drop-down, typed or
marked under Yes / No (3 yes); the Head of Service's moderation (4
changing, 3 confirming, 3 comments only) as labelled rows in a non-red
ink, typed through the workbook in ink (remarks under areas and an "HoS:"
line under the overall grade), or in black in a heavy-bordered box of its
own fill; on the rest an empty section, an "awaiting" note or none.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section, phrases
from bot.samples.ooxml import stable_zip
from bot.samples.people import FRONT_LINE_MANAGERS, head_of_service_over
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "looked_after_case_audit_workbook"
SEED = 10067

# The sample's two tools, and what this workbook's two template versions
# call their seven areas, with the question printed under each.
AREAS = {
    "Full Case File Audit Tool": (
        ("Voice of the child", "The child's voice, wishes and feelings",
         "Is the child seen, heard and understood? Do their words shape decisions?"),
        ("Assessment", "Assessment of need and risk",
         "Is the assessment current, analytical and clear about what life is like for the child?"),
        ("Planning", "The child's plan",
         "Does the plan say what will change for the child, by whom and by when?"),
        ("Management oversight and supervision", "Management oversight and supervision",
         "Do managers give clear direction and check that it has happened?"),
        ("Multi-agency working", "Working with other agencies",
         "Do health, education, police and others share information and do what they agreed?"),
        ("Chronology and case recording", "Chronology and the child's record",
         "Could the child read their record later and understand their story?"),
        ("Impact and outcomes for the child", "The difference made for the child",
         "Is the child's life better, safer and more settled because of our work?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with, not doing to", "Working with the family, not doing to them",
         "Are the child and family partners in the plan?"),
        ("Respectful language", "Respectful recording",
         "Is the record written in words the child and family would recognise?"),
        ("Effective leadership and management oversight", "Leadership and management oversight",
         "Is there timely, recorded direction that moves the plan on?"),
        ("Voice of the child", "The child's voice and wishes",
         "Are the child's wishes recorded in their own words and acted on?"),
        ("Engaging with children and families", "Relationships with the child and family",
         "Does the child have a worker they know and trust?"),
        ("History and networks", "History, family and the people who matter",
         "Is the child kept in touch with brothers, sisters, family and community?"),
        ("Assessments and plans", "Assessment and the child's plan",
         "Do the assessment and plan fit the child's needs now?"),
    ),
}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
LABEL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY_TEXT = {OUTSTANDING: "Outstanding – the child's life is clearly better because of our work",
            GOOD: "Good – the child gets the help and care they need",
            REQUIRES_IMPROVEMENT: "Requires improvement – not yet good enough for the child",
            INADEQUATE: "Inadequate – the child's needs or rights are not being met"}
RIGHTS = {OUTSTANDING: "Yes", GOOD: "Yes", REQUIRES_IMPROVEMENT: "Partly", INADEQUATE: "No"}
TITLES = (
    "Case File Audit – the Child's Journey",
    "CASE FILE AUDIT WORKBOOK (CLA / CP / CIN)",
    "Children's Case Audit: the child's story and our practice",
    "Case File Audit – Looked After Children, Child Protection and Children in Need",
)
OVERALL_LABELS = ("Overall grade for the child's experience of our help and care",
                  "OVERALL GRADE – the child's experience of our help and care")
STATUS = {
    "Children in Care": ("Looked after – Care Order (s.31)", "Looked after – accommodated (s.20)",
                         "Looked after – Interim Care Order", "Looked after – Placement Order"),
    "Children with Disabilities": ("Child in need (disability)", "Looked after – short breaks (s.20)",
                                   "Child protection plan"),
}
STATUS_DEFAULT = ("Child protection plan – neglect", "Child protection plan – emotional harm", "Child in need plan",
                  "Child protection plan – physical harm")
HOMES = ("Foster care – in area", "Foster care – out of area (about 40 miles from home)",
         "Kinship care with an aunt", "Residential children's home – out of area",
         "Foster care with brothers and sisters", "Residential school (52 weeks)")
JOURNEY = {
    "looked_after": ("Became looked after", "First placement (emergency foster care)", "Placement move",
                     "Child looked after review", "Moved to current home", "Permanence plan agreed"),
    "other": ("Referral received", "Strategy discussion", "Initial child protection conference",
              "Review conference", "Child in need review", "Core group"),
}
LIVED = {
    True: (
        "{child} says the best thing is having their own room; the worst is not seeing their mum every week.",
        "{child} told the worker they want to stay where they are and to know who is coming to the next meeting.",
        "{child} does not know why they moved last time and has asked for the story to be explained.",
        "{child} said: \"I want the right people to listen to me and not just write it down.\"",
        "{child} enjoys football on Saturdays; travelling back for family time takes most of the day.",
    ),
    False: (
        "Life at home is calmer on school days; {child} worries about evenings when the arguments start.",
        "{child} told the worker they like it when nan collects them from school and wants that to carry on.",
        "{child} said: \"I want the right people to listen to me and not just write it down.\"",
        "School say {child} arrives hungry on Mondays and settles once they have had breakfast.",
    ),
}
AUDITOR_ROLES = ("Team Manager", "Practice Manager", "TM")
MODERATOR_ROLES = ("Head of Service", "HoS", "Head of Service – Children's Social Care")
NO_ACTIONS = ("No actions arising from this audit – the plan already covers what was found.",
              "No further actions required at this time.",
              "None. Continue with the current plan and review date.")
NOT_MODERATED = ("Awaiting moderation", "Not sampled for HoS moderation this month.", "")
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yyyy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
_BY_NAME = {member.name: member for member in STAFF}


def _audits(today: date, count: int) -> list:
    drawn = count * 2
    while True:
        forms = [form for form in sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
                 if form.kind == "case_file_audit"]
        if len(forms) >= count:
            return forms[:count]
        drawn *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _audits(today, count)
    # The workbook's mix: three urgent concerns answered yes, and Head of
    # Service moderation that changes the grade on four, confirms it on
    # three and only comments on three. Samples are changed with `replace`;
    # truth follows them.
    urgent = sum(form.urgent_concern for form in chosen)
    plain = [index for index, form in enumerate(chosen) if not form.moderation and not form.urgent_concern]
    rng.shuffle(plain)
    while urgent < 3 and plain:
        index = plain.pop()
        form = chosen[index]
        chosen[index] = replace(form, urgent_concern=True, urgent_concern_detail=phrases.fill(
            rng.choice(phrases.URGENT_CONCERNS), form.child.first_name))
        urgent += 1

    def outcome(form) -> str | None:
        if not form.moderation:
            return None
        if form.moderation.grade is None:
            return "comments"
        return "confirms" if form.moderation.grade == form.grade else "changes"

    wanted = {"changes": 4, "confirms": 3, "comments": 3}
    for form in chosen:
        if outcome(form) in wanted:
            wanted[outcome(form)] -= 1
    moderatable = [index for index in plain if _moderator(chosen[index]) is not None]
    for kind, number in wanted.items():
        for _ in range(max(number, 0)):
            if moderatable:
                index = moderatable.pop()
                chosen[index] = _moderated(rng, chosen[index], today, kind)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen)]


def _moderator(form):
    auditor = _BY_NAME.get(form.auditor)
    if auditor is None or auditor.role not in FRONT_LINE_MANAGERS:
        return None
    return head_of_service_over(auditor)


def _moderated(rng: random.Random, form, today: date, kind: str):
    """`form` as moderated by the auditor's Head of Service: the grade moved
    one step, confirmed, or comments only."""
    first = form.child.first_name
    position = ORDER.index(form.grade)
    if kind == "changes":
        lower = position < 3 and (position == 0 or rng.random() < 0.6)
        grade = ORDER[position + 1] if lower else ORDER[position - 1]
        pool = phrases.MODERATION_LOWERS if lower else phrases.MODERATION_RAISES
    elif kind == "confirms":
        grade, pool = form.grade, phrases.MODERATION_AGREES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    day = form.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(form.sections, rng.randint(1, 2))
    return replace(form, moderation=Moderation(
        moderator=_moderator(form).name, date=max(form.date, min(day, today)),
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade))


def _age(born: date, today: date) -> str:
    days = (today - born).days
    return f"{days // 30} months" if days < 365 else f"age {days // 365}"


class _Sheet:
    """Cells written down one sheet, eight columns (A to H) wide."""

    def __init__(self, ws, font: str, brand: str, widths=(30, 24, 22, 20, 18, 18, 18, 18)):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            strike=False, number_format=None, border=BOX, last: int | None = None, height: int | None = None):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border is not None:
            cell.border = border
        if number_format:
            cell.number_format = number_format
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            if border is not None:
                for other in range(column + 1, last + 1):
                    self.ws.cell(row=row, column=other).border = border
        if height:
            self.ws.row_dimensions[row].height = height
        return cell

    def band(self, text: str, *, fill: str | None = None, last: int = 8) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11, last=last)
        self.row += 1

    def line(self, value, *, last: int = 8, height: int = 30, **look) -> None:
        self.put(self.row, 1, value, last=last, height=height, **look)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.45
    date_format = rng.choice(DATE_FORMATS)
    sheets = rng.choice((1, 2, 3))
    details_style = rng.choice(("rows", "pairs", "strip"))
    team_style = rng.choices(("own", "bracket", "none"), weights=(5, 3, 2))[0]
    areas_style = rng.choice(("grid", "grid", "blocks"))
    grade_style = rng.choice(("dropdown", "typed", "key", "options", "marks"))
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "dropdown"))
    key_high_first = rng.random() < 0.5
    mark = rng.choice(MARKS)
    rights_column = areas_style == "grid" and rng.random() < 0.45
    prompts = rng.random() < 0.6
    findings_style = rng.choice(("rows", "cell", "side"))
    urgent_style = rng.choice(("dropdown", "typed", "yesno"))
    action_style = rng.choice(("table", "table", "lines"))
    lists_sheet = rng.random() < 0.4
    journey = rng.random() < 0.55
    role_in_cell = rng.random() < 0.35
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if rng.random() < 0.55 else []
    sibling_ages = rng.random() < 0.5

    # --- the sample as this workbook shows it ------------------------------------
    areas = AREAS[sample.title]
    by_name = {section.name: section for section in sample.sections}
    renamed = {old: new for old, new, _ in areas}
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new, _ in areas)}
    reference = rng.random()
    if reference < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if team_style == "none":
        changes["team"] = None
    show_service = rng.random() < 0.5
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, {"Practice manager": "Team manager"}.get(action.owner, action.owner),
                                 action.due) for action in sample.actions)
    if actions and rng.random() < 0.15:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    if sample.moderation:
        changes["moderation"] = replace(sample.moderation, section_comments={
            renamed[old]: note for old, note in sample.moderation.section_comments.items()})
    status_pool = STATUS.get(sample.service, STATUS_DEFAULT)
    status = rng.choice(status_pool)
    looked_after = status.startswith("Looked after")
    sample = replace(sample, **changes)
    moderation = sample.moderation
    child = sample.child
    area_notes = moderation.section_comments if moderation else {}
    mod_style = rng.choice(("rows", "through", "box")) if moderation else None
    also: list[str] = []

    def day(value: date):
        """A date as the workbook holds it: an Excel date or typed text."""
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    lists_ws = None
    list_columns: dict[tuple[str, ...], str] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            if lists_ws is not None:
                if choices not in list_columns:
                    column = get_column_letter(len(list_columns) + 1)
                    for row, choice in enumerate(choices, start=1):
                        lists_ws[f"{column}{row}"] = choice
                    list_columns[choices] = column
                column = list_columns[choices]
                formula = f"Lists!${column}$1:${column}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    grade_choices = tuple(LABEL[grade] for grade in ORDER)
    key_order = ORDER if key_high_first else tuple(reversed(ORDER))
    score = {grade: number for number, grade in enumerate(key_order, start=1)}

    # --- sheets ---------------------------------------------------------------------
    title = rng.choice(TITLES)
    first_ws = workbook.active
    if sheets == 1:
        first_ws.title = rng.choice(("Audit", "Case audit"))
        areas_ws = findings_ws = first_ws
    elif sheets == 2:
        first_ws.title = rng.choice(("Child & audit", "1. The child"))
        areas_ws = first_ws
        findings_ws = workbook.create_sheet(rng.choice(("Summary & sign-off", "2. Outcome")))
    else:
        first_ws.title = rng.choice(("Child's journey", "1. The child"))
        areas_ws = workbook.create_sheet(rng.choice(("Areas of practice", "2. Practice")))
        findings_ws = workbook.create_sheet(rng.choice(("Outcome & moderation", "3. Sign-off")))
    if lists_sheet:
        lists_ws = workbook.create_sheet("Lists")
        lists_ws.sheet_state = "hidden"
    writers: dict[str, _Sheet] = {}

    def sheet_for(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand)
            heading(writers[ws.title], ws is first_ws)
        return writers[ws.title]

    def heading(sheet: _Sheet, first: bool) -> None:
        if first:
            sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=None, last=8)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=None, last=8, height=22)
            sheet.row = 3
            sheet.line(rng.choice((
                "Start with the child's story: read the file as the child would live it. OFFICIAL-SENSITIVE.",
                "Auditor: complete the white cells. Grade each area, then the overall grade.",
                "One workbook per child. Return to the QA team once moderated.")),
                italic=True, border=None, height=18)
            sheet.row += 1
        else:
            sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=None, last=8)
            sheet.row = 3

    # --- the child and the audit ------------------------------------------------------
    sheet = sheet_for(first_ws)
    born, born_format = day(child.date_of_birth)
    if not excel_dates:
        also.append(when(child.date_of_birth))
    audited, audited_format = day(sample.date)
    if household:
        if looked_after:
            where = ("lives with mum", "placed with the child", "in foster care elsewhere", "lives with dad")
        else:
            where = ("at home", "lives with dad", "at home", "lives with grandparents")
        if sibling_ages:
            kin = "; ".join(f"{name} ({_age(born_on, today)}) – {rng.choice(where)}" for name, born_on in household)
        else:
            kin = "; ".join(f"{name}, {born_on.strftime('%d/%m/%Y')} – {rng.choice(where)}"
                            for name, born_on in household)
            also.extend(born_on.strftime("%d/%m/%Y") for _, born_on in household)
    else:
        kin = rng.choice(("None", "No brothers or sisters", "n/a"))
    if reference < 0.5:
        reference_label = rng.choice(("Case ref.", "System ID", "Child's case number"))
    else:
        reference_label = rng.choice(("Child ID", "Reference", "ID no."))
    case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
    practitioner = sample.practitioner
    if team_style == "bracket":
        practitioner = f"{sample.practitioner} ({sample.team})"
    auditor = sample.auditor
    if role_in_cell:
        auditor = f"{sample.auditor} ({rng.choice(AUDITOR_ROLES)})"
    child_rows = [
        (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born, born_format),
        (reference_label, case_value, None),
        (rng.choice(("Parents", "Parent(s) / carer(s)")), " and ".join(child.parents), None),
        (rng.choice(("Brothers and sisters (where they live)", "Siblings – age and where living"
                     if sibling_ages else "Siblings – DOB and where living")), kin, None),
        (rng.choice(("Legal status", "Plan / legal status")), status, None),
    ]
    if looked_after:
        child_rows.append((rng.choice(("Where the child lives", "Placement")), rng.choice(HOMES), None))
    audit_rows = [(rng.choice(("Social worker", "Allocated SW", "SW")), practitioner, None)]
    if team_style == "own":
        audit_rows.append((rng.choice(("Team", "Team name")), sample.team, None))
    if show_service:
        audit_rows.append((rng.choice(("Service", "Service area")), sample.service, None))
    audit_rows += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date audited")), audited, audited_format),
    ]
    sheet.band(rng.choice(("1. About the child and the audit", "THE CHILD", "Case and audit details")))
    every = child_rows + audit_rows
    if details_style == "rows":
        for label, value, number_format in every:
            sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.put(sheet.row, 2, value, number_format=number_format, last=5)
            sheet.row += 1
    elif details_style == "pairs":
        for start in range(0, len(every), 2):
            for offset, (label, value, number_format) in enumerate(every[start:start + 2]):
                column = 1 + offset * 4
                sheet.put(sheet.row, column, label, bold=True, fill="EDEDED")
                sheet.put(sheet.row, column + 1, value, number_format=number_format, last=column + 2)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for start in range(0, len(every), 4):
            for offset, (label, value, number_format) in enumerate(every[start:start + 4]):
                column = 1 + offset * 2
                end = column + (0 if offset == 0 else 1)
                sheet.put(sheet.row, column, label, bold=True, fill="DDEBF7", last=end)
                sheet.put(sheet.row + 1, column, value, number_format=number_format, last=end, height=32)
            sheet.row += 2
    sheet.row += 1

    if journey:
        sheet.band(rng.choice(("The child's journey (key events)", "CHILD'S STORY SO FAR")))
        sheet.put(sheet.row, 1, "When", bold=True, fill="D9E1F2")
        sheet.put(sheet.row, 2, "What happened", bold=True, fill="D9E1F2", last=6)
        sheet.row += 1
        pool = JOURNEY["looked_after" if looked_after else "other"]
        events = [pool[number] for number in sorted(rng.sample(range(len(pool)), 3))]
        start = max(child.date_of_birth + timedelta(days=30), sample.date - timedelta(days=rng.randint(400, 900)))
        moments = sorted(start + timedelta(days=rng.randint(0, max(1, (sample.date - start).days - 20)))
                         for _ in events)
        for moment, event in zip(moments, events):
            value = moment.strftime("%b %Y")
            sheet.put(sheet.row, 1, value)
            sheet.put(sheet.row, 2, event, last=6)
            sheet.row += 1
        sheet.row += 1

    sheet.band(rng.choice(("What is life like for the child?", "The child's lived experience (their words where "
                                                                "possible)")))
    sheet.line(phrases.fill(rng.choice(LIVED[looked_after]), child.first_name), height=44)
    sheet.row += 1

    # --- the areas of practice ---------------------------------------------------------
    sheet = sheet_for(areas_ws)
    sheet.band(rng.choice(("2. Areas of practice", "QUALITY OF PRACTICE", "What did the audit find?")))
    if grade_style == "key" or rng.random() < 0.25:
        sheet.line("Grade each area using the key:" if grade_style == "key" else "Grades:", bold=True,
                   border=None, height=15)
        for grade in key_order:
            prefix = f"{score[grade]} = " if grade_style == "key" else ""
            sheet.line(prefix + KEY_TEXT[grade], italic=True, border=None, height=15)
        sheet.row += 1

    def grade_value(grade: str):
        """What goes in a single grade cell, and whether it is a drop-down."""
        if grade_style == "dropdown":
            return LABEL[grade], True
        if grade_style == "key":
            return score[grade], False
        return informal_grade(rng, grade, note_chance=0.25), False

    def options(row: int, first_column: int, grade: str, struck: bool) -> None:
        for column, option in enumerate(ORDER, start=first_column):
            if option == grade:
                sheet.put(row, column, LABEL[option], bold=True, fill="FFFF00")
            else:
                sheet.put(row, column, LABEL[option], colour="A6A6A6", strike=struck)

    if areas_style == "grid":
        headers = ["Area of practice"]
        if prompts:
            headers.append("What we look for")
        headers.append(rng.choice(("Evidence from the file", "What did you find?")))
        if grade_style in ("options", "marks"):
            headers += [LABEL[grade] for grade in ORDER]
        else:
            headers.append({"key": "Grade (1–4)"}.get(grade_style, "Grade"))
        if rights_column:
            headers.append("Child's rights upheld?")
        for column, text in enumerate(headers, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
        struck = rng.random() < 0.6
        for (_, _, look_for), section in zip(areas, sample.sections):
            row = sheet.row
            column = 1
            sheet.put(row, column, section.name, bold=True, height=60)
            column += 1
            if prompts:
                sheet.put(row, column, look_for, italic=True, size=9)
                column += 1
            sheet.put(row, column, section.comment)
            column += 1
            if grade_style == "options":
                options(row, column, section.grade, struck)
                column += 4
            elif grade_style == "marks":
                for option in ORDER:
                    chosen = option == section.grade
                    sheet.put(row, column, mark if chosen and mark else None, bold=True,
                              fill=MARK_SHADE if chosen and not mark else None)
                    column += 1
            else:
                value, listed = grade_value(section.grade)
                cell = sheet.put(row, column, value, bold=True, fill="FFF2CC" if listed else None)
                if listed:
                    dropdown(areas_ws, cell.coordinate, grade_choices)
                column += 1
            if rights_column:
                cell = sheet.put(row, column, RIGHTS[section.grade])
                dropdown(areas_ws, cell.coordinate, ("Yes", "Partly", "No"))
            sheet.row += 1
            if mod_style == "through" and section.name in area_notes:
                sheet.put(sheet.row, 1, rng.choice(("HoS:", "HoS comment")), bold=True, colour=ink)
                sheet.put(sheet.row, 2, area_notes[section.name], colour=ink, last=6)
                sheet.row += 1
    else:
        for number, ((_, _, look_for), section) in enumerate(zip(areas, sample.sections), start=1):
            sheet.put(sheet.row, 1, f"Area {number}", bold=True, fill="D9E1F2")
            sheet.put(sheet.row, 2, section.name, bold=True, fill="D9E1F2", last=8)
            sheet.row += 1
            if prompts:
                sheet.put(sheet.row, 1, "What we look for", bold=True, fill="F2F2F2")
                sheet.put(sheet.row, 2, look_for, italic=True, last=8, height=28)
                sheet.row += 1
            sheet.put(sheet.row, 1, "Evidence", bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 2, section.comment, last=8, height=40)
            sheet.row += 1
            sheet.put(sheet.row, 1, "Grade" if grade_style != "key" else "Grade (1–4)", bold=True, fill="F2F2F2")
            if grade_style == "options":
                options(sheet.row, 2, section.grade, rng.random() < 0.6)
            elif grade_style == "marks":
                for column, option in enumerate(ORDER, start=2):
                    sheet.put(sheet.row, column, LABEL[option], size=9, fill="F2F2F2")
                    chosen = option == section.grade
                    sheet.put(sheet.row + 1, column, mark if chosen and mark else None, bold=True,
                              fill=MARK_SHADE if chosen and not mark else None)
                sheet.row += 1
            else:
                value, listed = grade_value(section.grade)
                cell = sheet.put(sheet.row, 2, value, bold=True, fill="FFF2CC" if listed else None, last=3)
                if listed:
                    dropdown(areas_ws, cell.coordinate, grade_choices)
            sheet.row += 1
            if mod_style == "through" and section.name in area_notes:
                sheet.put(sheet.row, 1, rng.choice(("HoS comment", "HoS:")), bold=True, colour=ink)
                sheet.put(sheet.row, 2, area_notes[section.name], colour=ink, last=8)
                sheet.row += 1
            sheet.row += 1
    sheet.row += 1

    # --- overall, findings, views, safety, actions --------------------------------------
    sheet = sheet_for(findings_ws)
    sheet.band(rng.choice(("3. Overall grade", "OVERALL", "Overall grade")))
    sheet.put(sheet.row, 1, rng.choice(OVERALL_LABELS), bold=True, fill="E2EFDA", last=2, height=32)
    if overall_style == "options":
        options(sheet.row, 3, sample.grade, rng.random() < 0.6)
    elif overall_style == "marks":
        for column, option in enumerate(ORDER, start=3):
            sheet.put(sheet.row, column, LABEL[option], size=9, fill="F2F2F2")
            chosen = option == sample.grade
            sheet.put(sheet.row + 1, column, mark if chosen and mark else None, bold=True,
                      fill=MARK_SHADE if chosen and not mark else None)
        sheet.row += 1
    elif overall_style == "dropdown":
        cell = sheet.put(sheet.row, 3, LABEL[sample.grade], bold=True, fill="FFF2CC", last=4)
        dropdown(findings_ws, cell.coordinate, grade_choices)
    elif overall_style == "key":
        value = score[sample.grade] if rng.random() < 0.5 else f"{score[sample.grade]} – {LABEL[sample.grade]}"
        sheet.put(sheet.row, 3, value, bold=True, last=4)
    else:
        sheet.put(sheet.row, 3, informal_grade(rng, sample.grade, note_chance=0.3), bold=True, last=4)
    sheet.row += 1
    if overall_style == "key" and grade_style != "key":
        sheet.line("Key: " + "; ".join(f"{score[grade]} = {LABEL[grade]}" for grade in key_order), italic=True,
                   border=None, height=15)
    if moderation and mod_style == "through":
        if moderation.grade:
            if moderation.grade == sample.grade:
                verdict = f"{rng.choice(('agreed', 'I agree with the grade'))} – {LABEL[moderation.grade]}"
            else:
                verdict = f"{rng.choice(('moderated to', 'grade changed to'))} {LABEL[moderation.grade]}"
            sheet.put(sheet.row, 1, f"HoS: {verdict}", bold=True, colour=ink, border=None, last=6)
            sheet.row += 1
        for comment in moderation.comments:
            sheet.put(sheet.row, 1, f"HoS: {comment}", colour=ink, border=None, last=8, height=28)
            sheet.row += 1
        sheet.put(sheet.row, 1, f"{moderation.moderator}, {rng.choice(MODERATOR_ROLES)}, {when(moderation.date)}",
                  italic=True, colour=ink, border=None, last=6)
        sheet.row += 1
    sheet.row += 1

    well_label = rng.choice(("What is working well for the child", "Working well"))
    better_label = rng.choice(("What needs to be better for the child", "What needs to change"))
    if findings_style == "side":
        sheet.put(sheet.row, 1, well_label, bold=True, colour="FFFFFF", fill=brand, last=4)
        sheet.put(sheet.row, 5, better_label, bold=True, colour="FFFFFF", fill=brand, last=8)
        sheet.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[offset] if offset < len(sample.strengths) else None
            right = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, f"{offset + 1}. {left}" if left else None, last=4, height=42)
            sheet.put(sheet.row, 5, f"{offset + 1}. {right}" if right else None, last=8)
            sheet.row += 1
        sheet.row += 1
    else:
        for label, items in ((well_label, sample.strengths), (better_label, sample.development_areas)):
            sheet.band(label)
            if findings_style == "cell":
                sheet.line("\n".join(f"• {item}" for item in items), height=16 * len(items) + 8)
            else:
                for number, item in enumerate(items, start=1):
                    sheet.put(sheet.row, 1, number)
                    sheet.put(sheet.row, 2, item, last=8, height=28)
                    sheet.row += 1
            sheet.row += 1

    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, rng.choice((
            "Did the auditor seek the child's and family's views as part of this audit?",
            "Were the child and parents / carers asked for their views for this audit?")), bold=True, fill="EDEDED",
            last=4, height=30)
        answer = "Yes" if sample.feedback_sought else "No"
        if rng.random() < 0.5:
            cell = sheet.put(sheet.row, 5, answer, bold=True, fill="FFF2CC")
            dropdown(findings_ws, cell.coordinate, ("Yes", "No"))
        else:
            sheet.put(sheet.row, 5, answer.upper() if rng.random() < 0.4 else answer, bold=True)
        sheet.row += 2

    sheet.band(rng.choice(("Immediate safety", "IS THE CHILD SAFE TODAY?", "Urgent concerns")), fill="404040")
    question = rng.choice((
        "Is any child in this family at risk of harm that needs action today?",
        "Has the audit found a concern for the child's safety that must go to the Head of Service now?"))
    sheet.put(sheet.row, 1, question, bold=True, fill="FCE4D6", last=4, height=32)
    if urgent_style == "yesno":
        sheet.put(sheet.row, 5, "Yes", bold=True, fill="F2F2F2")
        sheet.put(sheet.row, 6, "No", bold=True, fill="F2F2F2")
        sheet.row += 1
        sheet.put(sheet.row, 1, None, border=None, last=4)
        for column, chosen in ((5, sample.urgent_concern), (6, not sample.urgent_concern)):
            sheet.put(sheet.row, column, mark if chosen and mark else None, bold=True,
                      fill=MARK_SHADE if chosen and not mark else None)
    elif urgent_style == "dropdown":
        cell = sheet.put(sheet.row, 5, "Yes" if sample.urgent_concern else "No", bold=True, fill="FFF2CC")
        dropdown(findings_ws, cell.coordinate, ("Yes", "No"))
    else:
        sheet.put(sheet.row, 5, rng.choice(("YES", "Yes")) if sample.urgent_concern else rng.choice(("No", "NO", "no")),
                  bold=True)
    sheet.row += 1
    sheet.put(sheet.row, 1, "If yes, what was done, by whom and when", bold=True, fill="FCE4D6")
    sheet.put(sheet.row, 2, sample.urgent_concern_detail or "", last=8, height=44 if sample.urgent_concern else 18)
    sheet.row += 2

    sheet.band(rng.choice(("4. What must change in practice: actions", "Actions", "ACTIONS (by who, by when)")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=18)
    elif action_style == "table":
        headers = rng.choice((("Action", "Who", "By when", "RAG"), ("What must change", "Owner", "Target date",
                                                                   "Done?")))
        sheet.put(sheet.row, 1, headers[0], bold=True, fill="D9E1F2", last=4)
        for column, text in zip((5, 6, 7), headers[1:]):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
        for action in sample.actions:
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, action.action, last=4, height=30)
            sheet.put(sheet.row, 5, action.owner)
            sheet.put(sheet.row, 6, value, number_format=number_format)
            sheet.put(sheet.row, 7, None)
            sheet.row += 1
    else:
        sheet.line("\n".join(f"{number}) {action.action} – {action.owner} – by {when(action.due)}"
                             for number, action in enumerate(sample.actions, start=1)),
                   height=30 * len(sample.actions))
    sheet.row += 1

    sheet.band(rng.choice(("5. Auditor sign-off", "Sign-off")))
    signed, signed_format = day(sample.date)
    for label, value, number_format in ((rng.choice(("Signed (auditor)", "Auditor")), sample.auditor, None),
                                        ("Date", signed, signed_format)):
        sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
        sheet.put(sheet.row, 2, value, number_format=number_format, last=4)
        sheet.row += 1
    sheet.row += 1

    # --- moderation -----------------------------------------------------------------------
    role = rng.choice(MODERATOR_ROLES)
    if moderation and mod_style in ("rows", "box"):
        boxed = mod_style == "box"
        colour = None if boxed else ink
        fill = rng.choice(("FFF2CC", "E2EFDA", "DDEBF7")) if boxed else None
        border = HEAVY if boxed else BOX
        sheet.band(rng.choice((f"6. Moderation ({role})", "HEAD OF SERVICE MODERATION", "Moderation")))
        on, on_format = day(moderation.date)
        agree = ""
        grade_text = ""
        if moderation.grade:
            agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No",
                                                                                                   "Disagree"))
            grade_text = LABEL[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        rows = [(rng.choice(("Moderated by", "Moderator")), moderation.moderator, None),
                ("Role", role, None),
                (rng.choice(("Date moderated", "Date")), on, on_format),
                ("Do you agree with the auditor's overall grade?", agree or "n/a – comments only", None),
                (rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None),
                (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments), None)]
        if area_notes and not boxed:
            rows.append(("Notes on areas", "\n".join(f"{name}: {note}" for name, note in area_notes.items()), None))
        for label, value, number_format in rows:
            sheet.put(sheet.row, 1, label, bold=True, fill=fill or "EDEDED", border=border)
            sheet.put(sheet.row, 2, value, number_format=number_format, colour=colour, fill=fill, border=border,
                      bold=label.startswith(("Moderated grade", "Grade after")), last=6,
                      height=48 if label.startswith(("Comments", "Moderator's", "Notes")) else None)
            sheet.row += 1
    elif not moderation:
        choice = rng.random()
        if choice < 0.4:
            sheet.band(rng.choice(("6. Moderation", "HEAD OF SERVICE MODERATION")))
            for label in ("Moderated by", "Date moderated", "Moderated grade", "Comments"):
                sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
                sheet.put(sheet.row, 2, None, last=6)
                sheet.row += 1
        elif choice < 0.75:
            sheet.band(rng.choice(("6. Moderation", "Moderation")))
            note = rng.choice(NOT_MODERATED)
            sheet.line(note or "", italic=True, height=18)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))
