"""Family help (Early Help) quality audit kept as an Excel workbook, one
family to a workbook: the family's Early Help system reference, the child,
the other children in the household and the parents, the lead practitioner
and their team, who audited and when; six practice areas, each with a
short prompt, the auditor's evidence and a grade; the overall grade, what
is working well, what could be better, the family's voice, a "right help
at the right time" question (does the family need to step up to children's
social care now?), actions and the Head of Service's (or Head of Early
Help's) moderation.

Modelled on the North Yorkshire Safeguarding Children Partnership's "Early
Help Strategy" (undated; every council in Yorkshire and the Humber already
models a family, so a partnership's material instead): early help is
everyone's responsibility along a continuum of need; the Early Help
Assessment, effective engagement with children and families, a shared
approach to working with children, key outcomes the partnership measures,
and who leads the help for a family. The strategy shows no audit form, so
the workbook is our judgement: the areas follow the strategy's chapters
(engagement, the assessment, the child's voice, the plan, review and
outcomes, oversight and the lead practitioner's support); the layout is one
sheet, or a "Cover" / "Audit" / "Sign off" set, or a tracker-style header
row over the audit; grades are chosen from a drop-down, typed informally,
scored 1 to 4 on a printed key, marked under four columns, or shown as four
option cells with the chosen one filled and the rest struck through.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, EARLY_HELP_AUDIT, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.population import sample_forms

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
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "family_help_audit_workbook"
SEED = 9939

# The sample's areas, what this workbook calls them, and the prompt under each.
AREAS = (
    ("Engagement with the family", "1. Working with the family", (
        "Consent recorded; the family helped shape the help offered; wider family network considered.",
        "Consent recorded and the family involved in deciding what help they get.",
    )),
    ("Early Help Assessment", "2. The Early Help Assessment", (
        "Strengths and worries analysed; history and other agencies' views used; level of need right.",
        "Is the assessment analytical, up to date and proportionate to the level of need?",
    )),
    ("Voice of the child", "3. The child's voice and lived experience", (
        "Child seen and heard; their words and day-to-day life are clear in the record.",
        "What is life like for this child? Is it in their own words?",
    )),
    ("Team Around the Family plan", "4. The family plan", (
        "Outcomes SMART and owned by named people; agreed with the family at the TAF.",
        "Is the plan SMART, and does everyone know their part?",
    )),
    ("Impact and outcomes for the child", "5. Reviewing the plan – what difference has it made?", (
        "Plan reviewed on time; progress measured; clear next step (continue, close, step up).",
        "Reviewed within timescale with evidence of change for the child?",
    )),
    ("Management oversight", "6. Support for the lead practitioner and oversight", (
        "Supervision / case discussion recorded; drift challenged; direction followed up.",
        "Is there management oversight and is it making a difference?",
    )),
)
TITLES = (
    "Family Help Quality Audit – Early Help Assessment & Plan",
    "EARLY HELP AUDIT WORKBOOK",
    "Early Help Family Audit (Quality Assurance)",
    "Family Help – Practice Audit Tool",
)
GRADE_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
               INADEQUATE: "Inadequate"}
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF6666"}
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
HEADS = ("Head of Service – Early Help", "Head of Early Help", "Head of Service")
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "Team manager"}
NO_ACTIONS = ("No actions needed – plan already covers the gaps.", "Nil actions.",
              "No further actions identified from this audit.")
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
THICK = Side(style="medium", color="404040")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(1500, seed=SEED, today=today, feedback_question=True)
            if form.kind == EARLY_HELP_AUDIT]
    urgent = [form for form in pool if form.urgent_concern][:2]
    rest = [form for form in pool if not form.urgent_concern]
    remarks = [form for form in rest if form.moderation and not form.moderation.grade][:2]
    changes = [form for form in rest if form.moderation and form.moderation.grade
               and form.moderation.grade != form.grade][:3]
    confirms = [form for form in rest if form.moderation and form.moderation.grade == form.grade][:2]
    plain = [form for form in rest if not form.moderation]
    chosen = urgent + remarks + changes + confirms
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for position, width in enumerate((26, 18, 18, 18, 18, 34, 10, 10, 10, 10, 30), start=1):
            ws.column_dimensions[get_column_letter(position)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, strike=False,
            size=10, number_format=None, border=True):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike, size=size)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        return cell

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def heading(self, text: str, last: int = 6) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, last)
        self.row += 1

    def wide(self, text, *, last: int = 6, height: int | None = None, **look) -> int:
        self.put(self.row, 1, text, **look)
        self.merge(self.row, 1, last)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy"))
    layout = rng.choice(("one sheet", "three sheets", "tracker row"))
    style = rng.choice(("dropdown", "typed", "key", "columns", "options", "dropdown"))
    overall_style = style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    mark_symbol = rng.choice(("X", "\u2713", "x", "Y"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    show_service = rng.random() < 0.6
    ask_views = sample.feedback_sought is not None and rng.random() < 0.6

    # The sample as this workbook carries it.
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                       for old, title, _ in AREAS)}
    reference_style = rng.choice(("eh", "eh", "prefixed", "plain"))
    if reference_style == "eh":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference_style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    if not show_service:
        changes["service"] = None
    if not ask_views:
        changes["feedback_sought"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: title for old, title, _ in AREAS}
    area_remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    family_voice = next((own.written for own in getattr(sample, "own", ()) if own.key == "family_voice"), None)
    head_title = rng.choice(HEADS)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "three sheets":
        first.title = rng.choice(("Cover", "Family details"))
        cover, audit_ws, sign_ws = first, workbook.create_sheet("Audit"), workbook.create_sheet(
            rng.choice(("Sign off", "Summary & sign off")))
    else:
        first.title = rng.choice(("EH audit", "Family Help Audit", "Audit"))
        cover = audit_ws = sign_ws = first
    writers: dict[str, _Writer] = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    title = rng.choice(TITLES)
    sheet = writer(cover)
    sheet.put(1, 1, title, bold=True, colour="FFFFFF", fill=brand, size=14)
    sheet.merge(1, 1, 6)
    sheet.ws.row_dimensions[1].height = 24
    sheet.put(2, 1, council_line(rng), italic=True, colour=brand, border=False)
    sheet.merge(2, 1, 6)
    sheet.row = 4

    # --- who and what --------------------------------------------------------
    case_value = int(sample.case_id) if sample.case_id.isdigit() and sample.case_id[0] != "0" and rng.random() < 0.5 else sample.case_id
    born_value, born_format = day(child.date_of_birth)
    audit_value, audit_format = day(sample.date)
    others_text = rng.choice(("; ", ", ", "\n")).join(
        f"{name} ({when(born) if rng.random() < 0.5 else (sample.date - born).days // 365})" for name, born in household)
    details = [
        (rng.choice(("EHM / LCS ref", "Family reference", "Early Help ID", "Ref no.")), case_value, None),
        (rng.choice(("Child's name", "Child / young person audited", "Name")), child.full_name, None),
        (rng.choice(("D.O.B.", "Date of birth")), born_value, born_format),
        (rng.choice(("Siblings / other children in household", "Other children in the family", "Siblings")),
         others_text, None),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents), None),
        (rng.choice(("Lead practitioner", "Lead Practitioner (LP)", "Key worker / LP")), sample.practitioner, None),
        (rng.choice(("Team", "Locality team", "Family help team")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details += [
        (rng.choice(("Auditor", "Audit completed by", "Auditing manager")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), audit_value, audit_format),
    ]
    if rng.random() < 0.35:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if layout == "tracker row":
        # One header row over one row of values, as the QA team's tracker has it.
        for column, (text, _, _) in enumerate(details, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill="D9D9D9")
            sheet.ws.column_dimensions[get_column_letter(column)].width = 20 if column > 1 else 26
        for column, (_, value, number_format) in enumerate(details, start=1):
            sheet.put(sheet.row + 1, column, value, number_format=number_format, fill="FFF2CC")
        sheet.ws.row_dimensions[sheet.row + 1].height = 42
        sheet.row += 3
    elif rng.random() < 0.5:
        # Label / value pairs side by side, two to a row.
        for start in range(0, len(details), 2):
            for offset, (text, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + 3 * offset
                sheet.put(sheet.row, column, text, bold=True, fill="E7E6E6")
                sheet.put(sheet.row, column + 1, value, number_format=number_format)
                sheet.merge(sheet.row, column + 1, column + 2)
            sheet.row += 1
        sheet.row += 1
    else:
        for text, value, number_format in details:
            sheet.put(sheet.row, 1, text, bold=True, fill="E7E6E6")
            sheet.put(sheet.row, 2, value, number_format=number_format)
            sheet.merge(sheet.row, 2, 4)
            sheet.row += 1
        sheet.row += 1

    # --- the areas -----------------------------------------------------------
    sheet = writer(audit_ws)
    if audit_ws is not cover:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 6)
        sheet.row = 3
    sheet.heading(rng.choice(("Practice areas", "PART 2 – THE AUDIT", "Quality of practice")),
                  last=10 if style in ("columns", "options") else 6)
    if style == "key":
        sheet.wide("Grade key: " + "   ".join(f"{KEY[grade]} = {GRADE_WORDS[grade]}" for grade in ORDER),
                   italic=True, border=False, bold=True)
    prompts = rng.randrange(2)
    header_row = sheet.row
    sheet.put(header_row, 1, "Area", bold=True, fill="D9E1F2")
    sheet.put(header_row, 2, rng.choice(("What to look for", "Prompt")), bold=True, fill="D9E1F2")
    sheet.merge(header_row, 2, 3)
    sheet.put(header_row, 4, rng.choice(("Evidence / findings", "Auditor's evidence", "What did you find?")),
              bold=True, fill="D9E1F2")
    sheet.merge(header_row, 4, 5)
    sheet.put(header_row, 6, "Grade" if style not in ("columns", "options") else "", bold=True, fill="D9E1F2")
    if style == "columns":
        for column, grade in zip(range(7, 11), ORDER):
            sheet.put(header_row, column, rng.choice((SHORT[grade], GRADE_WORDS[grade])), bold=True, fill="D9E1F2")
    if style == "options":
        sheet.put(header_row, 6, "", fill="D9E1F2")
        sheet.put(header_row, 7, rng.choice(("Grade (highlight one, strike the rest)", "Grade")), bold=True,
                  fill="D9E1F2")
        sheet.merge(header_row, 7, 10)
    if area_remarks:
        sheet.put(header_row, 11, f"{head_title} comment", bold=True, fill="D9E1F2", colour=ink)
    sheet.row += 1
    for (_, name, prompt), section in zip(AREAS, sample.sections):
        row = sheet.row
        sheet.put(row, 1, name, bold=True)
        sheet.put(row, 2, prompt[prompts], italic=True, colour="595959")
        sheet.merge(row, 2, 3)
        sheet.put(row, 4, section.comment)
        sheet.merge(row, 4, 5)
        _grade_cells(sheet, row, style, section.grade, rng, mark_symbol,
                     lambda coordinate: dropdown(audit_ws, coordinate, tuple(GRADE_WORDS[g] for g in ORDER)))
        if name in area_remarks:
            sheet.put(row, 11, area_remarks[name], colour=ink, italic=True)
        sheet.ws.row_dimensions[row].height = 48
        sheet.row += 1
    sheet.row += 1

    # --- summary ---------------------------------------------------------------
    sheet = writer(sign_ws)
    if sign_ws is not audit_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False)
        sheet.merge(1, 1, 6)
        sheet.row = 3
    last = 10 if overall_style in ("columns", "options") else 6
    sheet.heading(rng.choice(("Overall grade", "OVERALL JUDGEMENT")), last=last)
    if overall_style == "key":
        sheet.wide("Key: " + ", ".join(f"{KEY[grade]} {GRADE_WORDS[grade]}" for grade in ORDER), italic=True,
                   border=False)
    if overall_style == "columns":
        for column, grade in zip(range(7, 11), ORDER):
            sheet.put(sheet.row, column, SHORT[grade], bold=True, fill="E2EFDA")
        sheet.row += 1
    row = sheet.row
    sheet.put(row, 1, rng.choice(("Overall grade for the family's Early Help", "Overall grade",
                                  "Overall quality of help for this family")), bold=True, fill="E2EFDA")
    sheet.merge(row, 1, 5)
    _grade_cells(sheet, row, overall_style, sample.grade, rng, mark_symbol,
                 lambda coordinate: dropdown(sign_ws, coordinate, tuple(GRADE_WORDS[g] for g in ORDER)))
    sheet.row += 2

    as_lines = rng.random() < 0.5
    bullet = rng.choice(("\u2022 ", "- ", "* "))
    for heading, items in ((rng.choice(("What is working well", "Strengths")), sample.strengths),
                           (rng.choice(("Even better if…", "Areas for development", "What could be better")),
                            sample.development_areas)):
        sheet.heading(heading)
        if as_lines:
            for item in items:
                sheet.wide(item, height=28)
        else:
            sheet.wide("\n".join(bullet + item for item in items), height=18 * len(items) + 6)
        sheet.row += 1

    if family_voice:
        sheet.heading(rng.choice(("The family's voice", "What the family say")))
        sheet.wide(family_voice, height=30)
        sheet.row += 1

    if ask_views:
        row = sheet.row
        sheet.put(row, 1, "Were the child's and family's views sought as part of this audit?", bold=True,
                  fill="E7E6E6")
        sheet.merge(row, 1, 4)
        sheet.put(row, 5, "Yes" if sample.feedback_sought else "No", bold=True)
        dropdown(sign_ws, f"E{row}", ("Yes", "No"))
        sheet.row += 2

    sheet.heading(rng.choice(("Right help, right time", "Step up / safety", "Safeguarding – immediate concerns")))
    row = sheet.row
    sheet.put(row, 1, rng.choice((
        "Is the child at risk of significant harm – does the family need to step up to children's social care now?",
        "Does anything in this audit need an immediate referral to the front door (MASH)?",
    )), bold=True, fill="FCE4D6")
    sheet.merge(row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    sheet.put(row, 5, answer, bold=True)
    dropdown(sign_ws, f"E{row}", ("Yes", "No", "YES", "NO"))
    sheet.ws.row_dimensions[row].height = 30
    sheet.row += 1
    if sample.urgent_concern:
        sheet.put(sheet.row, 1, "Details / who was told", bold=True, fill="FCE4D6")
        sheet.put(sheet.row, 2, sample.urgent_concern_detail or "")
        sheet.merge(sheet.row, 2, 6)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    sheet.row += 1

    sheet.heading(rng.choice(("Actions", "Actions agreed", "ACTION PLAN")))
    action_style = rng.choice(("table", "lines"))
    if not sample.actions:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)
    elif action_style == "table":
        row = sheet.row
        for column, text in zip((1, 4, 5), ("Action", "By whom", "By when")):
            sheet.put(row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(row, 1, 3)
        sheet.row += 1
        for action in sample.actions:
            value, number_format = day(action.due)
            sheet.put(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.put(sheet.row, 4, action.owner)
            sheet.put(sheet.row, 5, value, number_format=number_format)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    sheet.row += 1

    # --- moderation ------------------------------------------------------------
    if moderation or rng.random() < 0.7:
        sheet.heading(rng.choice((f"Moderation ({head_title})", "Head of Service moderation",
                                  "MODERATION")))
        boxed = rng.random() < 0.5
        rows = [(rng.choice(("Moderated by", "Name")), moderation.moderator if moderation else "", None)]
        rows.append(("Role", head_title if moderation else "", None))
        if moderation:
            value, number_format = day(moderation.date)
        else:
            value, number_format = "", None
        rows.append((rng.choice(("Date", "Date moderated")), value, number_format))
        agree = grade_text = ""
        if moderation and moderation.grade:
            agree = "Agree" if moderation.grade == sample.grade else rng.choice(("Disagree", "Do not agree"))
            grade_text = (GRADE_WORDS[moderation.grade] if rng.random() < 0.5
                          else informal_grade(rng, moderation.grade))
        rows.append((rng.choice(("Agree with the auditor's overall grade?", "Agree with overall grade?")), agree,
                     None))
        rows.append((rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None))
        comments = "\n".join(moderation.comments) if moderation else rng.choice(("", "Not moderated.",
                                                                               "Not sampled this month."))
        rows.append((rng.choice(("Comments", "Moderator's comments")), comments, None))
        top = sheet.row
        for text, value, number_format in rows:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 2, value, colour=ink if moderation else None, number_format=number_format,
                      bold=text.startswith(("Moderated grade", "Grade after")))
            sheet.merge(sheet.row, 2, 6)
            if text == rows[-1][0]:
                sheet.ws.row_dimensions[sheet.row].height = 45
            sheet.row += 1
        if boxed:
            for row in range(top, sheet.row):
                for column in range(1, 7):
                    cell = sheet.ws.cell(row=row, column=column)
                    cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == 6 else THIN,
                                         top=THICK if row == top else THIN,
                                         bottom=THICK if row == sheet.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _grade_cells(sheet: _Writer, row: int, style: str, grade: str, rng: random.Random, symbol: str,
                 dropdown) -> None:
    """A grade on `row` in the workbook's style."""
    if style == "columns":
        sheet.put(row, 6, None)
        for column, option in zip(range(7, 11), ORDER):
            sheet.put(row, column, symbol if option == grade else None, bold=True)
        return
    if style == "options":
        sheet.put(row, 6, None)
        for column, option in zip(range(7, 11), ORDER):
            chosen = option == grade
            sheet.put(row, column, SHORT[option] if rng.random() < 0.5 or not chosen else GRADE_WORDS[option],
                      bold=chosen, strike=not chosen, fill=FILLS[option] if chosen else None,
                      colour=None if chosen else "808080")
        return
    if style == "dropdown":
        cell = sheet.put(row, 6, GRADE_WORDS[grade], bold=True, fill="FFF2CC")
        dropdown(cell.coordinate)
    elif style == "key":
        sheet.put(row, 6, KEY[grade], bold=True, fill="FFF2CC")
    else:
        sheet.put(row, 6, informal_grade(rng, grade, note_chance=0.25), bold=True)
