"""Early Help practice review workbooks: an Early Help manager's review of
one family's early help file, kept as an Excel workbook. The manager records
the family (the child, date of birth, parents, the other children in the
family on some), the reference, the lead practitioner and (on most) their
team, the support the family was offered, six areas of practice each with
"what we look for", the evidence read and a grade, the overall grade in the
workbook's own words ("Overall grade for the help and its impact for this
family"), what is working well and what needs to change, whether the child's
and parents' views were sought for the review (where the workbook asks),
the urgent question (does anything need a referral to children's social
care today?), actions, the reviewer's sign-off and the Head of Service's
moderation.

Modelled on what Early Intervention Lisburn (EIL), a locality planning group
of Northern Ireland's Children and Young People's Strategic Partnership led
by the Resurgam Trust, publishes about early help. No council, children's
trust or public body the search returned on auditing early help or family
support (Salford, Lancashire, Knowsley, Kirklees, Kensington and Chelsea,
the Isle of Man, St Helens, Northumberland, Walsall, Shropshire, Lincolnshire,
Stockton, Durham, Newcastle, Hartlepool, Liverpool, the Vale of Glamorgan,
Cardiff, Conwy, Newport, the Care Inspectorate, CYPSP, the South Eastern
Trust and every other council in the four nations checked but one) is
unused; the one, Derry City and Strabane District Council, runs no
children's services and the search returned nothing of its on early help. So
this partnership – not a public body itself, though statutory agencies sit
on it – was taken instead. Read as search excerpts:

- Resurgam Trust, "What is Early Intervention Lisburn?": a partnership of
  community, statutory and voluntary representatives; a locality planning
  group developing a collective plan to improve outcomes for children, young
  people and families in Lisburn; examples of its work include 2 Rhymes by
  2, Early Talk Boost, Talk Boost, Incredible Years, Partnership with
  Parents delivered in the family home and Mentoring for Achievement.
- "The Best for Every Child: a report on the potential to transform
  disadvantaged communities in Lisburn through early intervention" (2012,
  researched by Barnardo's NI for the Resurgam Trust with Public Health
  Agency funding): the needs of the target areas, the desired outcomes for
  children and young people, why early intervention, a theory of change,
  an operating model and an implementation plan.
- "First Review of the 2012 Report 'The Best for Every Child'" (December
  2019, for EIL, CYPSP Locality Planning Group): reviews the progress of
  work to meet the needs of disadvantaged children, young people and their
  families, scopes the current level of need and makes recommendations; 318
  adults and 191 children and young people contributed.

None of them shows an audit form or says how early help files are audited,
so the whole workbook is our own judgement. Only a row naming the support
or programme the family was offered (from the programmes EIL names, not in
the truth) and the attention to the outcomes intended for the child and to
what parents and children say follow the sources. The rest: one sheet, two
sheets or three (a cover with a "review at a glance" panel), a hidden
Lists sheet behind the drop-downs on some; details as label / value rows, a
strip of headings over values, or two blocks side by side ("The family" /
"The help"); Early Help, case-system or plain references; the team in its
own cell, in brackets after the lead practitioner or not shown; the service
on some; brothers and sisters with ages or dates of birth on some, one named
in what needs to change on some; six areas as a grid, a block each or
across the sheet in columns; grades from a drop-down, typed informally, a
number on a printed 1–4 key either way round, the chosen one of four
emboldened and highlighted with the others greyed or struck through, or a
mark under (or beside) four grade headings; typed or Excel dates; working
well / needs to change as numbered rows, one cell a line an item or side by
side; actions as a table, "Action n: … Who: … By: …" lines in one cell or a
"no actions" sentence; the urgent question from a drop-down, typed or marked
under Yes / No (3 yes); the Head of Service's moderation (4 changing, 3
confirming, 2 comments only) as labelled rows in a non-red ink, typed
through the workbook in ink (remarks under areas and an "HoS:" line under
the overall grade), or in black in a heavy-bordered box of its own fill;
on the rest an empty section, an "awaiting moderation" note or none.
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

from bot.samples import COUNCIL, Moderation, SampleAction, Section, phrases
from bot.samples.ooxml import stable_zip
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
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "early_help_practice_review_workbook"
SEED = 10062

# The sample's areas, what this workbook calls them, and what it looks for.
AREAS = (
    ("Voice of the child", "The child's voice and lived experience",
     "The child is seen, their words are recorded and they shape the plan."),
    ("Early Help Assessment", "Understanding the family's needs",
     "The assessment covers the whole family, strengths and worries, and why help is needed now."),
    ("Team Around the Family plan", "The family plan and the team around the family",
     "Outcomes say what will be different for the child; each action has an owner and a date."),
    ("Engagement with the family", "Working alongside the family",
     "Parents agree to the help, know their lead practitioner and help write the plan."),
    ("Management oversight", "Supervision and management oversight",
     "Recorded case discussion gives clear direction and checks the plan is working."),
    ("Impact and outcomes for the child", "The difference the help is making",
     "Reviews measure progress against the outcomes; drift and step up are spotted early."),
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
LABEL = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
KEY_TEXT = {OUTSTANDING: "Outstanding – the help is changing the child's life for the better",
            GOOD: "Good – the help is right and is making a difference",
            REQUIRES_IMPROVEMENT: "Requires improvement – the help is not yet making enough difference",
            INADEQUATE: "Inadequate – the child is not getting the help they need"}
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF7C80"}
TITLES = (
    "Early Help Practice Review",
    "EARLY HELP PRACTICE REVIEW WORKBOOK",
    "Family Support – Early Help Practice Review",
    "Early Help: Practice Review of a Family's File",
)
OVERALL_LABELS = ("Overall grade for the help and its impact for this family",
                  "OVERALL GRADE for the help and its impact for this family")
PROGRAMMES = ("Partnership with Parents (home visiting)", "Incredible Years parenting programme",
              "Talk Boost / Early Talk Boost", "Mentoring for Achievement", "Family support worker – 1:1",
              "Incredible Years; Partnership with Parents", "Parenting support and school liaison")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "EH manager"}
REVIEWER_ROLES = ("Early Help Manager", "EH Team Manager", "Early Help Team Manager")
MODERATOR_ROLES = ("Head of Service", "Head of Service – Early Help", "HoS")
NO_ACTIONS = ("No actions from this review – the family plan already covers what was found.",
              "No further actions needed at this time.",
              "None – continue with the current plan and review date.")
NOT_MODERATED = ("Awaiting moderation", "Awaiting HoS moderation – not yet sampled.", "")
VOICES = (
    "Mum said the help at home has made bedtimes calmer and she feels listened to.",
    "Dad said he knows who to call and the plan is in words the family understand.",
    "The young person said school feels better since the mentoring started.",
    "Mum said she was unsure what happens after the next review.",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yyyy")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")


def _eh_forms(today: date, count: int) -> list:
    drawn = count * 3
    while True:
        forms = [form for form in sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
                 if form.kind == "early_help_audit"]
        if len(forms) >= count:
            return forms[:count]
        drawn *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _eh_forms(today, count)
    # The workbook's mix: three urgent concerns answered yes, and moderation
    # that changes the grade on four, confirms it on three and only comments
    # on two. The samples are changed with `replace`; truth follows them.
    plain = [index for index, form in enumerate(chosen) if not form.moderation]
    rng.shuffle(plain)
    for index in plain[:3]:
        form = chosen[index]
        chosen[index] = replace(form, urgent_concern=True, urgent_concern_detail=phrases.fill(
            rng.choice(phrases.URGENT_CONCERNS), form.child.first_name))
    for number, index in enumerate(plain[3:8]):
        chosen[index] = _moderated(rng, chosen[index], today, change=number < 4)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen)]


def _moderated(rng: random.Random, form, today: date, *, change: bool):
    """`form` as moderated by the Early Help Head of Service: the grade moved
    one step (`change`), or comments only."""
    first = form.child.first_name
    position = ORDER.index(form.grade)
    if change:
        lower = position < 3 and (position == 0 or rng.random() < 0.6)
        grade = ORDER[position + 1] if lower else ORDER[position - 1]
        pool = phrases.MODERATION_LOWERS if lower else phrases.MODERATION_RAISES
    else:
        grade, pool = None, phrases.MODERATION_REMARKS
    day = form.date + timedelta(days=rng.randint(3, 10))
    while day.weekday() >= 5:
        day += timedelta(days=1)
    remarked = rng.sample(form.sections, rng.randint(1, 2))
    return replace(form, moderation=Moderation(
        moderator="Mark Ellison", date=min(day, today),
        comments=tuple(phrases.fill(text, first) for text in rng.sample(pool, rng.randint(1, 2))),
        section_comments={section.name: rng.choice(phrases.MODERATION_SECTION_REMARKS) for section in remarked},
        grade=grade))


def _age(born: date, today: date) -> str:
    days = (today - born).days
    return f"{days // 30} months" if days < 365 else f"age {days // 365}"


class _Sheet:
    """Cells written down one sheet, nine columns (A to I) wide."""

    def __init__(self, ws, font: str, brand: str, widths=(30, 22, 22, 22, 18, 18, 18, 18, 18)):
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

    def band(self, text: str, *, fill: str | None = None, last: int = 9) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11, last=last)
        self.row += 1

    def line(self, value, *, last: int = 9, height: int = 30, **look) -> None:
        self.put(self.row, 1, value, last=last, height=height, **look)
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    date_format = rng.choice(DATE_FORMATS)
    sheets = rng.choice((1, 2, 3))
    details_style = rng.choice(("rows", "strip", "blocks"))
    team_style = rng.choices(("own", "bracket", "none"), weights=(5, 3, 2))[0]
    areas_style = rng.choice(("grid", "blocks", "columns"))
    grade_styles = ("dropdown", "typed", "key", "options", "marks")
    if areas_style == "columns":
        grade_styles = ("dropdown", "typed", "key", "marks")
    grade_style = rng.choice(grade_styles)
    overall_style = grade_style if rng.random() < 0.65 else "typed"
    key_high_first = rng.random() < 0.5
    mark = rng.choice(MARKS)
    findings_style = rng.choice(("rows", "cell", "side"))
    urgent_style = rng.choice(("dropdown", "typed", "yesno"))
    action_style = rng.choice(("table", "table", "lines"))
    lists_sheet = rng.random() < 0.4
    household = siblings(rng, sample.child, rng.randint(1, 3), today) if rng.random() < 0.6 else []
    sibling_ages = rng.random() < 0.5

    # --- the sample as this workbook shows it ------------------------------------
    by_name = {section.name: section for section in sample.sections}
    renamed = {old: new for old, new, _ in AREAS}
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new, _ in AREAS)}
    reference = rng.random()
    if reference < 0.55:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    if team_style == "none":
        changes["team"] = None
    show_service = rng.random() < 0.55
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if actions and rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas,
                                        mention(rng, SIBLING_SENTENCES, household[0][0]))
    moderation = sample.moderation
    if moderation:
        changes["moderation"] = replace(moderation, section_comments={
            renamed[old]: note for old, note in moderation.section_comments.items()})
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
    main = workbook.active
    title = rng.choice(TITLES)
    cover = None
    if sheets == 1:
        main.title = rng.choice(("Practice review", "Review"))
        findings_ws = main
    elif sheets == 2:
        main.title = rng.choice(("Family & practice", "Review"))
        findings_ws = workbook.create_sheet(rng.choice(("Findings & sign-off", "Summary")))
    else:
        cover = main
        cover.title = rng.choice(("Cover", "At a glance"))
        main = workbook.create_sheet(rng.choice(("Practice review", "Areas")))
        findings_ws = workbook.create_sheet(rng.choice(("Findings & sign-off", "Sign off")))
    if lists_sheet:
        lists_ws = workbook.create_sheet("Lists")
        lists_ws.sheet_state = "hidden"
    writers: dict[str, _Sheet] = {}

    def sheet_for(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand)
        return writers[ws.title]

    def heading(sheet: _Sheet, first: bool) -> None:
        if first:
            sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=None, last=9)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=None, last=9, height=22)
            sheet.row = 3
            sheet.line(rng.choice((
                "OFFICIAL-SENSITIVE when complete. Read the assessment, the family plan and the last two reviews.",
                "Reviewer: complete the white cells; use the drop-downs where given.",
                "One workbook per family. Save with the EH reference in the file name.")),
                italic=True, border=None, height=18)
            sheet.row += 1
        else:
            sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=None, last=9)
            sheet.row = 3

    # --- cover: review at a glance ---------------------------------------------------
    if cover is not None:
        sheet = sheet_for(cover)
        heading(sheet, True)
        sheet.band(rng.choice(("Review at a glance", "SUMMARY")))
        glance = [("Family reference", sample.case_id), ("Lead practitioner", sample.practitioner),
                  ("Reviewed by", sample.auditor)]
        for label, value in glance:
            sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.put(sheet.row, 2, value, last=4)
            sheet.row += 1
        sheet.put(sheet.row, 1, OVERALL_LABELS[0], bold=True, fill="EDEDED", height=30)
        sheet.put(sheet.row, 2, LABEL[sample.grade], bold=True, fill=FILLS[sample.grade], last=4)
        sheet.row += 1
        sheet.put(sheet.row, 1, "Referral to children's social care needed today?", bold=True, fill="EDEDED",
                  height=30)
        sheet.put(sheet.row, 2, "Yes – see Sign off" if sample.urgent_concern else "No", bold=True, last=4)
        sheet.row += 2

    # --- the family and the help ------------------------------------------------------
    sheet = sheet_for(main)
    heading(sheet, cover is None)
    born, born_format = day(child.date_of_birth)
    if not excel_dates:
        also.append(when(child.date_of_birth))
    reviewed, reviewed_format = day(sample.date)
    if household:
        if sibling_ages:
            kin = "; ".join(f"{name} ({_age(born_on, today)})" for name, born_on in household)
        else:
            kin = "; ".join(f"{name} ({born_on.strftime('%d/%m/%Y')})" for name, born_on in household)
            also.extend(born_on.strftime("%d/%m/%Y") for _, born_on in household)
    else:
        kin = rng.choice(("None", "No other children", "n/a"))
    if reference < 0.55:
        reference_label = rng.choice(("EH reference", "Family ID (EH)", "EH ref."))
    elif reference < 0.75:
        reference_label = rng.choice(("Case ref.", "System ID", "Case number"))
    else:
        reference_label = rng.choice(("Reference", "Family reference", "ID"))
    case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
    practitioner = sample.practitioner
    if team_style == "bracket":
        practitioner = f"{sample.practitioner} ({sample.team})"
    family = [
        (reference_label, case_value, None),
        (rng.choice(("Child's name", "Child / young person")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born, born_format),
        (rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents), None),
        (rng.choice(("Other children in the family", "Brothers and sisters" + (" (age)" if sibling_ages else ""))),
         kin, None),
    ]
    help_rows = [
        (rng.choice(("Lead practitioner", "Lead Practitioner (LP)", "LP")), practitioner, None),
    ]
    if team_style == "own":
        help_rows.append((rng.choice(("Team", "EH team", "Locality team")), sample.team, None))
    if show_service:
        help_rows.append((rng.choice(("Service", "Service area")), sample.service, None))
    help_rows += [
        (rng.choice(("Support offered", "Programme(s) / support offered")), rng.choice(PROGRAMMES), None),
        (rng.choice(("Reviewed by", "Reviewer", "Manager completing review")), sample.auditor, None),
        (rng.choice(("Date of review", "Review date", "Date reviewed")), reviewed, reviewed_format),
    ]
    sheet.band(rng.choice(("1. The family and the help", "ABOUT THE FAMILY AND THE HELP", "Details")))
    if details_style == "rows":
        for label, value, number_format in family + help_rows:
            sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.put(sheet.row, 2, value, number_format=number_format, last=5)
            sheet.row += 1
    elif details_style == "strip":
        every = family + help_rows
        for start in range(0, len(every), 5):
            part = every[start:start + 5]
            for offset, (label, value, number_format) in enumerate(part):
                column = 1 + offset * 2 if offset else 1
                end = column + (0 if offset == 0 else 1)
                sheet.put(sheet.row, column, label, bold=True, fill="DDEBF7", last=end)
                sheet.put(sheet.row + 1, column, value, number_format=number_format, last=end, height=30)
            sheet.row += 2
    else:
        sheet.put(sheet.row, 1, "The family", bold=True, fill="D9E1F2", last=2)
        sheet.put(sheet.row, 4, "The help", bold=True, fill="D9E1F2", last=6)
        sheet.row += 1
        for offset in range(max(len(family), len(help_rows))):
            if offset < len(family):
                label, value, number_format = family[offset]
                sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
                sheet.put(sheet.row, 2, value, number_format=number_format)
            if offset < len(help_rows):
                label, value, number_format = help_rows[offset]
                sheet.put(sheet.row, 4, label, bold=True, fill="EDEDED")
                sheet.put(sheet.row, 5, value, number_format=number_format, last=6)
            sheet.ws.row_dimensions[sheet.row].height = 28
            sheet.row += 1
    sheet.row += 1

    # --- the six areas ------------------------------------------------------------------
    sheet.band(rng.choice(("2. Areas of practice", "WHAT DID THE REVIEW FIND?", "Practice areas")))
    if grade_style == "key" or rng.random() < 0.25:
        sheet.line("Grading key:" if grade_style != "key" else "Grade each area using the key:", bold=True,
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

    note_column = bool(area_notes) and mod_style == "through" and areas_style == "grid" and rng.random() < 0.5
    if areas_style == "grid":
        headers = ["Area of practice", "What we look for", "Evidence from the file"]
        if grade_style in ("options", "marks"):
            headers += [LABEL[grade] for grade in ORDER]
        else:
            headers.append({"key": "Grade (1–4)"}.get(grade_style, "Grade"))
        if note_column:
            headers.append(rng.choice(("HoS note", "Moderation note")))
        for column, text in enumerate(headers, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
        for (_, _, look_for), section in zip(AREAS, sample.sections):
            row = sheet.row
            sheet.put(row, 1, section.name, bold=True, height=60)
            sheet.put(row, 2, look_for, italic=True, size=9)
            sheet.put(row, 3, section.comment)
            column = 4
            if grade_style == "options":
                struck = rng.random() < 0.6
                for option in ORDER:
                    if option == section.grade:
                        sheet.put(row, column, LABEL[option], bold=True, fill="FFFF00")
                    else:
                        sheet.put(row, column, LABEL[option], colour="A6A6A6", strike=struck)
                    column += 1
            elif grade_style == "marks":
                for option in ORDER:
                    if option == section.grade:
                        if mark:
                            sheet.put(row, column, mark, bold=True)
                        else:
                            sheet.put(row, column, None, fill=MARK_SHADE)
                    else:
                        sheet.put(row, column, None)
                    column += 1
            else:
                value, listed = grade_value(section.grade)
                cell = sheet.put(row, column, value, bold=True, fill="FFF2CC" if listed else None)
                if listed:
                    dropdown(main, cell.coordinate, grade_choices)
                column += 1
            if note_column:
                sheet.put(row, column, area_notes.get(section.name, ""), colour=ink)
            sheet.row += 1
            if mod_style == "through" and not note_column and section.name in area_notes:
                sheet.put(sheet.row, 1, "HoS:", bold=True, colour=ink)
                sheet.put(sheet.row, 2, area_notes[section.name], colour=ink, last=6)
                sheet.row += 1
    elif areas_style == "blocks":
        for (_, _, look_for), section in zip(AREAS, sample.sections):
            sheet.put(sheet.row, 1, section.name, bold=True, fill="D9E1F2", last=9)
            sheet.row += 1
            sheet.put(sheet.row, 1, "What we look for", bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 2, look_for, italic=True, last=9, height=28)
            sheet.row += 1
            sheet.put(sheet.row, 1, "Evidence", bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 2, section.comment, last=9, height=40)
            sheet.row += 1
            sheet.put(sheet.row, 1, "Grade", bold=True, fill="F2F2F2")
            if grade_style == "options":
                struck = rng.random() < 0.6
                for column, option in enumerate(ORDER, start=2):
                    if option == section.grade:
                        sheet.put(sheet.row, column, LABEL[option], bold=True, fill="FFFF00")
                    else:
                        sheet.put(sheet.row, column, LABEL[option], colour="A6A6A6", strike=struck)
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
                    dropdown(main, cell.coordinate, grade_choices)
            sheet.row += 1
            if mod_style == "through" and section.name in area_notes:
                sheet.put(sheet.row, 1, rng.choice(("HoS comment", "HoS:")), bold=True, colour=ink)
                sheet.put(sheet.row, 2, area_notes[section.name], colour=ink, last=9)
                sheet.row += 1
            sheet.row += 1
    else:
        # Areas across the sheet, one column each (B to G).
        top = sheet.row
        sheet.put(top, 1, "Area of practice", bold=True, fill="D9E1F2")
        sheet.put(top + 1, 1, "What we look for", bold=True, fill="F2F2F2")
        sheet.put(top + 2, 1, "Evidence from the file", bold=True, fill="F2F2F2")
        sheet.ws.row_dimensions[top].height = 45
        sheet.ws.row_dimensions[top + 1].height = 75
        sheet.ws.row_dimensions[top + 2].height = 110
        if grade_style == "marks":
            grade_rows = {option: top + 3 + offset for offset, option in enumerate(ORDER)}
            for option, row in grade_rows.items():
                sheet.put(row, 1, LABEL[option], bold=True, fill="F2F2F2")
            after = top + 7
        else:
            sheet.put(top + 3, 1, {"key": "Grade (1–4)"}.get(grade_style, "Grade"), bold=True, fill="F2F2F2")
            after = top + 4
        for column, ((_, _, look_for), section) in enumerate(zip(AREAS, sample.sections), start=2):
            sheet.put(top, column, section.name, bold=True, fill="D9E1F2")
            sheet.put(top + 1, column, look_for, italic=True, size=9)
            sheet.put(top + 2, column, section.comment)
            if grade_style == "marks":
                for option, row in grade_rows.items():
                    chosen = option == section.grade
                    sheet.put(row, column, mark if chosen and mark else None, bold=True,
                              fill=MARK_SHADE if chosen and not mark else None)
            else:
                value, listed = grade_value(section.grade)
                cell = sheet.put(top + 3, column, value, bold=True, fill="FFF2CC" if listed else None)
                if listed:
                    dropdown(main, cell.coordinate, grade_choices)
            if mod_style == "through" and section.name in area_notes:
                sheet.put(after, 1, "HoS moderation note", bold=True, colour=ink)
                sheet.put(after, column, area_notes[section.name], colour=ink, height=45)
        sheet.row = after + 2

    # --- overall, findings, views, safety, actions --------------------------------------
    sheet = sheet_for(findings_ws)
    if findings_ws is not main:
        heading(sheet, False)
    sheet.band(rng.choice(("3. Overall grade", "OVERALL", "Overall grade")))
    overall_label = rng.choice(OVERALL_LABELS)
    sheet.put(sheet.row, 1, overall_label, bold=True, fill="E2EFDA", last=2, height=32)
    if overall_style == "options":
        for column, option in enumerate(ORDER, start=3):
            if option == sample.grade:
                sheet.put(sheet.row, column, LABEL[option], bold=True, fill="FFFF00")
            else:
                sheet.put(sheet.row, column, LABEL[option], colour="A6A6A6", strike=True)
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
        sheet.put(sheet.row, 3, f"{score[sample.grade]} ({LABEL[sample.grade]})", bold=True, last=4)
    else:
        sheet.put(sheet.row, 3, informal_grade(rng, sample.grade, note_chance=0.3), bold=True, last=4)
    sheet.row += 1
    if moderation and mod_style == "through":
        if moderation.grade:
            if moderation.grade == sample.grade:
                verdict = f"{rng.choice(('agreed', 'agree with the grade'))} – {LABEL[moderation.grade]}"
            else:
                verdict = f"{rng.choice(('moderated to', 'grade changed to'))} {LABEL[moderation.grade]}"
            sheet.put(sheet.row, 1, f"HoS: {verdict}", bold=True, colour=ink, border=None, last=6)
            sheet.row += 1
        for comment in moderation.comments:
            sheet.put(sheet.row, 1, f"HoS: {comment}", colour=ink, border=None, last=9, height=28)
            sheet.row += 1
        sheet.put(sheet.row, 1, f"{moderation.moderator}, {rng.choice(MODERATOR_ROLES)}, {when(moderation.date)}",
                  italic=True, colour=ink, border=None, last=6)
        sheet.row += 1
    sheet.row += 1

    well_label = rng.choice(("What is working well", "Working well"))
    change_label = rng.choice(("What needs to change", "What needs to be different"))
    if findings_style == "side":
        sheet.put(sheet.row, 1, well_label, bold=True, colour="FFFFFF", fill=brand, last=4)
        sheet.put(sheet.row, 5, change_label, bold=True, colour="FFFFFF", fill=brand, last=9)
        sheet.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            if offset < len(sample.strengths):
                sheet.put(sheet.row, 1, f"{offset + 1}. {sample.strengths[offset]}", last=4, height=42)
            else:
                sheet.put(sheet.row, 1, None, last=4)
            if offset < len(sample.development_areas):
                sheet.put(sheet.row, 5, f"{offset + 1}. {sample.development_areas[offset]}", last=9)
            else:
                sheet.put(sheet.row, 5, None, last=9)
            sheet.row += 1
        sheet.row += 1
    else:
        for label, items in ((well_label, sample.strengths), (change_label, sample.development_areas)):
            sheet.band(label)
            if findings_style == "cell":
                sheet.line("\n".join(f"- {item}" for item in items), height=16 * len(items) + 8)
            else:
                for number, item in enumerate(items, start=1):
                    sheet.put(sheet.row, 1, number)
                    sheet.put(sheet.row, 2, item, last=9, height=28)
                    sheet.row += 1
            sheet.row += 1

    if rng.random() < 0.6:
        sheet.band(rng.choice(("What the family say", "The family's words")))
        sheet.line(rng.choice(VOICES))
        sheet.row += 1
    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, rng.choice((
            "Were the child's and parents' views on the help sought for this review?",
            "Did the reviewer seek the family's views (child and parents)?")), bold=True, fill="EDEDED", last=4,
            height=30)
        cell = sheet.put(sheet.row, 5, "Yes" if sample.feedback_sought else "No", bold=True, fill="FFF2CC")
        dropdown(findings_ws, cell.coordinate, ("Yes", "No"))
        sheet.row += 2

    sheet.band(rng.choice(("Safety check", "IS THE CHILD SAFE TODAY?", "Urgent safeguarding")), fill="404040")
    question = rng.choice((
        "Has the review found anything that needs a referral to children's social care today?",
        "Is there an urgent safeguarding concern that must go to the Gateway / front door now?"))
    if urgent_style == "yesno":
        sheet.put(sheet.row, 1, question, bold=True, fill="FCE4D6", last=4, height=32)
        sheet.put(sheet.row, 5, "Yes", bold=True, fill="F2F2F2")
        sheet.put(sheet.row, 6, "No", bold=True, fill="F2F2F2")
        sheet.row += 1
        sheet.put(sheet.row, 1, None, border=None, last=4)
        column = 5 if sample.urgent_concern else 6
        sheet.put(sheet.row, 5, mark if column == 5 and mark else None, bold=True,
                  fill=MARK_SHADE if column == 5 and not mark else None)
        sheet.put(sheet.row, 6, mark if column == 6 and mark else None, bold=True,
                  fill=MARK_SHADE if column == 6 and not mark else None)
    else:
        sheet.put(sheet.row, 1, question, bold=True, fill="FCE4D6", last=4, height=32)
        if urgent_style == "dropdown":
            cell = sheet.put(sheet.row, 5, "Yes" if sample.urgent_concern else "No", bold=True, fill="FFF2CC")
            dropdown(findings_ws, cell.coordinate, ("Yes", "No"))
        else:
            sheet.put(sheet.row, 5, rng.choice(("YES", "Yes")) if sample.urgent_concern else rng.choice(("No", "NO",
                                                                                                      "no")),
                      bold=True)
    sheet.row += 1
    sheet.put(sheet.row, 1, "If yes, what was done and by whom", bold=True, fill="FCE4D6")
    sheet.put(sheet.row, 2, sample.urgent_concern_detail or "", last=9,
              height=44 if sample.urgent_concern else 18)
    sheet.row += 2

    sheet.band(rng.choice(("4. Actions", "Actions agreed with the lead practitioner", "ACTIONS")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), height=18)
    elif action_style == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "Owner", "Target date",
                                                                     "Progress")))
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
        sheet.line("\n".join(f"Action {number}: {action.action} Who: {action.owner} By: {when(action.due)}"
                             for number, action in enumerate(sample.actions, start=1)),
                   height=30 * len(sample.actions))
    sheet.row += 1

    sheet.band(rng.choice(("5. Sign-off", "Reviewer sign-off")))
    signed, signed_format = day(sample.date)
    for label, value, number_format in ((rng.choice(("Reviewer", "Signed")), sample.auditor, None),
                                        ("Role", rng.choice(REVIEWER_ROLES), None),
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
                ("Agree with the reviewer's overall grade?", agree or "n/a – comments only", None),
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
