"""Early Help family support audits kept as an Excel workbook, one audit
to a workbook: an Early Help manager's audit of one family's Team Around
the Family plan, or of one step up to children's social care or step down
to Early Help. The family's Early Help system reference, the child and the
other children in the family, the lead professional, their team and
service, who audited and when, the level of need, and for a step up / step
down the direction and the date of the move; five audit areas, each with
the auditor's evidence and a grade; the overall grade; what is going well,
what needs to be better, what the family say; an immediate-safety question;
the actions (who, by when) or a "no actions" sentence; and a Head of
Service (or Head of Early Help) moderation block.

Modelled on North Lincolnshire: the North Lincolnshire Local Safeguarding
Children Board's "Helping Children and Families" threshold document (help
offered at the earliest point and at the lowest level of service so that
families become independent of services; five levels of need; when a
family should be referred to children's social care) and the Local
Government Association's case study "Children's services: a whole council
approach" (North Lincolnshire judged outstanding by Ofsted in 2017; a
relentless drive for continuous improvement). Neither shows an audit form,
so the workbook is our own judgement: one sheet, or a "Family" / "Audit" /
"Summary" set, or an audit sheet with a separate "HoS moderation" sheet;
details one to a row, as a register strip of headings over values, or as
"Label: value" cells two to a row; each area's grade chosen from a
drop-down, typed informally, a number on a printed 1 to 4 key, or one of
four printed options highlighted with the others struck through; dates
typed in several spellings or kept as Excel dates; the moderation typed in
a colour of its own, or inside a shaded box.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import STEP_UP_DOWN_AUDIT, TAF_AUDIT, tool_samples

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
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "family_support_audit_workbook"
SEED = 9224

# The sample's areas and what this workbook calls them.
AREAS = {
    TAF_AUDIT: (
        ("Voice of the child", "The child's voice and daily life"),
        ("Team Around the Family plan", "The family plan (outcomes, actions, timescales)"),
        ("TAF meetings and reviews", "TAF meetings and reviewing progress"),
        ("Lead professional role", "Lead professional: coordination and relationship"),
        ("Impact and outcomes for the child", "Difference made for the child"),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Decision to step up or step down", "Threshold decision and level of need"),
        ("Information shared at transfer", "Information shared with the receiving team"),
        ("Timeliness of transfer", "Timeliness of the move"),
        ("Continuity for the child and family", "Continuity for the family (handover, joint visit)"),
        ("Management oversight", "Management oversight of the move"),
    ),
}
TITLES = {
    TAF_AUDIT: ("Team Around the Family – Early Help Plan Audit", "TAF AUDIT (EARLY HELP)",
                "Early Help Family Support Audit – Team Around the Family"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "Early Help – Step Up / Step Down Quality Audit",
                         "STEP UP / STEP DOWN AUDIT TOOL"),
}
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
     INADEQUATE: "Inadequate"},
)
KEY = {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4}
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
OWNERS = {"Social worker": "Lead professional", "Practice manager": "Team manager"}
NO_ACTIONS = ("No actions – plan is on track.", "No further actions identified from this audit.",
              "Nil actions. Feedback given to the lead professional.")
NOT_MODERATED = ("Not sampled for moderation.", "", "n/a")
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8  # columns A to H


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(80, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))
    chosen = []
    # per kind: urgent, comments only, changing the grade, confirming it, plain
    plan = {TAF_AUDIT: (1, 1, 2, 1, 3), STEP_UP_DOWN_AUDIT: (1, 1, 1, 1, 4)}
    for kind, (urgent, remarks, changes, confirms, plain) in plan.items():
        samples = [sample for sample in pool if sample.kind == kind]
        calm = [sample for sample in samples if not sample.urgent_concern]
        chosen += [sample for sample in samples if sample.urgent_concern and not sample.moderation][:urgent]
        chosen += [s for s in calm if s.moderation and not s.moderation.grade][:remarks]
        chosen += [s for s in calm if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:changes]
        chosen += [s for s in calm if s.moderation and s.moderation.grade == s.grade][:confirms]
        chosen += [s for s in calm if not s.moderation][:plain]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in zip("ABCDEFGH", (24, 16, 16, 16, 16, 16, 16, 30)):
            sheet.column_dimensions[column].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             strike=False, number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row, first, last):
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text, council):
        self.cell(self.row, 1, council, bold=True, colour=self.brand, size=12, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = 24
        self.row += 2

    def band(self, text, fill=None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF" if not fill else None, fill=fill or self.brand)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def text(self, value, *, height=30, **look):
        self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, WIDTH)
        self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, fill="EDEDED", bold=False, value_fill=None):
        self.cell(self.row, 1, label, bold=True, fill=fill)
        self.cell(self.row, 2, value, number_format=number_format, colour=colour, bold=bold, fill=value_fill)
        self.merge(self.row, 2, WIDTH)
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    layout = rng.choice(("single", "three", "moderation sheet"))
    details_style = rng.choice(("rows", "strip", "inline"))
    grade_style = rng.choice(("dropdown", "typed", "key", "options"))
    overall_style = grade_style if rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    words = rng.choice(DROPDOWN_WORDS)
    option_look = rng.choice(("both", "highlight", "strike"))
    boxed = rng.random() < 0.4  # moderation in a shaded box rather than coloured type
    actions_as = rng.choice(("table", "lines"))
    household = siblings(rng, sample.child, rng.randint(1, 3), today)
    step = sample.kind == STEP_UP_DOWN_AUDIT

    # The sample as this workbook carries it.
    names = dict(AREAS[sample.kind])
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(names[old], by_name[old].grade, by_name[old].comment)
                                       for old, _ in AREAS[sample.kind])}
    reference = rng.random()
    if reference < 0.55:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    if not show_team:
        changes["team"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if rng.random() < 0.4:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(AREAS[sample.kind])
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    own = {field.key: field for field in sample.own}
    title = rng.choice(TITLES[sample.kind])
    moderator_role = rng.choice(("Head of Service", "Head of Early Help", "Head of Service (Early Help)"))

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict = {}

    def dropdown(ws, coordinate, choices):
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    if layout == "single":
        first.title = rng.choice(("Audit", "EH Audit", "TAF audit" if not step else "SUSD audit"))
        family_ws = audit_ws = summary_ws = moderation_ws = first
    elif layout == "three":
        first.title = rng.choice(("Family", "1 Family details", "Details"))
        audit_ws = workbook.create_sheet(rng.choice(("Audit", "2 Audit areas", "Areas")))
        summary_ws = moderation_ws = workbook.create_sheet(rng.choice(("Summary", "3 Summary & sign off")))
        family_ws = first
    else:
        first.title = rng.choice(("Audit", "Audit tool"))
        family_ws = audit_ws = summary_ws = first
        moderation_ws = workbook.create_sheet(rng.choice(("HoS moderation", "Moderation")))
    writers = {}

    def writer(ws):
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
            writers[ws.title].title(title, COUNCIL)
        return writers[ws.title]

    # --- the family ------------------------------------------------------------
    sheet = writer(family_ws)
    sheet.text(rng.choice((
        "Audit the family's Early Help record on the EHM system. Help at the lowest level that meets need.",
        "One workbook per family. Complete all shaded cells; save with the EH reference as the file name.",
        "OFFICIAL-SENSITIVE once completed. Email to the QA inbox when done.",
    )), italic=True, border=False, height=16)
    sheet.row += 1
    date_value, date_fmt = day(sample.date)
    born_value, born_fmt = day(child.date_of_birth)
    others_text = "; ".join(f"{name} (DOB {when(born)})" for name, born in household)
    details = [
        (rng.choice(("EHM reference", "Early Help ref", "Family reference (EH system)", "Case number")),
         int(sample.case_id) if sample.case_id.isdigit() and sample.case_id[0] != "0" and rng.random() < 0.5 else sample.case_id, None),
        (rng.choice(("Child's name", "Child / young person", "Index child")), child.full_name, None),
        (rng.choice(("DOB", "Date of birth")), born_value, born_fmt),
        (rng.choice(("Other children in the family", "Siblings", "Other children")), others_text, None),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents), None),
        (rng.choice(("Lead professional", "Lead practitioner", "Lead Professional (LP)")), sample.practitioner,
         None),
    ]
    if show_team:
        details.append((rng.choice(("Team", "Locality team", "EH team")), sample.team, None))
    details += [
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Level of need", "Threshold level")),
         rng.choice(("Level 3", "Level 3 – targeted", "3")) if not step else rng.choice(("Level 3 / 4", "4 → 3",
                                                                                         "Level 4")), None),
    ]
    if step:
        direction = own["direction"]
        details.append((direction.label, direction.written, "direction"))
        moved_value, moved_fmt = day(own["transfer_date"].written)
        details.append((own["transfer_date"].label, moved_value, moved_fmt))
    details += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit date")), date_value, date_fmt),
    ]
    if rng.random() < 0.3:
        details.insert(3, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    sheet.band(rng.choice(("Family and audit details", "SECTION A – DETAILS", "About the family")))
    directions = ("Step up to Children's Social Care", "Step down to Early Help")
    if details_style == "rows":
        for label_text, value, number_format in details:
            row = sheet.pair(label_text, value, number_format=None if number_format == "direction" else number_format,
                             value_fill="FFF2CC")
            if number_format == "direction":
                dropdown(family_ws, f"B{row}", directions)
    elif details_style == "strip":
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for position, (label_text, value, number_format) in enumerate(chunk):
                column = 1 + 2 * position
                sheet.cell(sheet.row, column, label_text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, column, column + 1)
                target = sheet.cell(sheet.row + 1, column, value, fill="FFF2CC",
                                    number_format=None if number_format == "direction" else number_format)
                sheet.merge(sheet.row + 1, column, column + 1)
                if number_format == "direction":
                    dropdown(family_ws, target.coordinate, directions)
                sheet.sheet.row_dimensions[sheet.row + 1].height = 30
            sheet.row += 2
    else:
        for start in range(0, len(details), 2):
            for position, (label_text, value, _) in enumerate(details[start:start + 2]):
                if isinstance(value, datetime):
                    value = when(value.date())
                column = 1 + 4 * position
                sheet.cell(sheet.row, column, f"{label_text}: {value}")
                sheet.merge(sheet.row, column, column + 3)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    sheet.row += 1

    # --- the areas ----------------------------------------------------------------
    sheet = writer(audit_ws)
    sheet.band(rng.choice(("Audit areas", "SECTION B – AUDIT AREAS", "What did the audit find?")))
    if grade_style == "key" or overall_style == "key":
        sheet.text("Grading key:  " + "   ".join(f"{KEY[grade]} = {OPTION_WORDS[grade]}" for grade in GRADE_ORDER),
                   bold=True, height=16, border=False)
    headers = ["Area", "Evidence / auditor's comments", "", "", "", "Grade", "", ""]
    if grade_style == "options":
        headers[4:8] = [OPTION_WORDS[grade] for grade in GRADE_ORDER]
    for column, text in enumerate(headers, start=1):
        sheet.cell(sheet.row, column, text or None, bold=True, fill="D9D9D9")
    sheet.merge(sheet.row, 2, 4 if grade_style == "options" else 5)
    if grade_style != "options":
        sheet.merge(sheet.row, 6, WIDTH - 1 if remarks else WIDTH)
    if remarks:
        sheet.cell(sheet.row, WIDTH if grade_style != "options" else WIDTH + 1,
                   rng.choice(("HoS comment", "Moderator's note")), bold=True, colour=ink, fill="D9D9D9")
    sheet.row += 1
    for section in sample.sections:
        sheet.cell(sheet.row, 1, section.name, bold=True, fill="F2F2F2")
        sheet.cell(sheet.row, 2, section.comment)
        last = 4 if grade_style == "options" else 5
        sheet.merge(sheet.row, 2, last)
        _grade_cells(sheet, rng, grade_style, section.grade, 6 if grade_style != "options" else 5,
                     WIDTH - 1 if remarks else WIDTH, words=words, option_look=option_look,
                     dropdown=lambda coordinate: dropdown(audit_ws, coordinate,
                                                          tuple(words[g] for g in GRADE_ORDER)))
        if section.name in remarks:
            sheet.cell(sheet.row, WIDTH if grade_style != "options" else WIDTH + 1, remarks[section.name],
                       colour=ink, italic=True)
        sheet.sheet.row_dimensions[sheet.row].height = 45
        sheet.row += 1
    sheet.row += 1
    sheet.cell(sheet.row, 1, rng.choice(("OVERALL GRADE", "Overall grade for the audit", "Overall judgement")),
               bold=True, fill="E2EFDA")
    sheet.merge(sheet.row, 1, 4 if overall_style == "options" else 5)
    _grade_cells(sheet, rng, overall_style, sample.grade, 6 if overall_style != "options" else 5, WIDTH,
                 words=words, option_look=option_look,
                 dropdown=lambda coordinate: dropdown(audit_ws, coordinate, tuple(words[g] for g in GRADE_ORDER)))
    sheet.row += 2

    # --- summary ------------------------------------------------------------------
    sheet = writer(summary_ws)
    bullet = rng.choice(("• ", "- ", ""))
    for heading, items in (
            (rng.choice(("What is going well?", "Strengths", "What's working well")), sample.strengths),
            (rng.choice(("What needs to be better?", "Areas for development", "Worries / gaps")),
             sample.development_areas)):
        sheet.band(heading)
        if rng.random() < 0.4:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 8)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}")
        sheet.row += 1
    voice = own["family_voice"]
    sheet.band(voice.label if rng.random() < 0.5 else rng.choice(("The family's voice", "What did the family say?")))
    sheet.text(voice.written, height=32)
    sheet.row += 1

    sheet.band(rng.choice(("Safety", "Immediate safeguarding", "Is the child safe today?")), fill="F8CBAD")
    question = rng.choice((
        "Has this audit found a child at risk of significant harm that needs a referral to children's social care "
        "today?",
        "Are there any immediate safeguarding concerns needing escalation now?",
    ))
    sheet.cell(sheet.row, 1, question, bold=True)
    sheet.merge(sheet.row, 1, 6)
    answer = "Yes" if sample.urgent_concern else "No"
    sheet.cell(sheet.row, 7, answer, bold=True, fill="FFF2CC")
    dropdown(summary_ws, f"G{sheet.row}", ("Yes", "No"))
    sheet.merge(sheet.row, 7, WIDTH)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if sample.urgent_concern:
        sheet.pair("Action taken", sample.urgent_concern_detail)
        sheet.sheet.row_dimensions[sheet.row - 1].height = 45
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "ACTIONS (who / by when)", "Actions agreed with the lead professional")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), height=16)
    elif actions_as == "table":
        for column, text in ((1, "Action"), (6, "Who"), (7, "By when"), (8, "Done?")):
            sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 5)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 5)
            sheet.cell(sheet.row, 6, action.owner)
            value, number_format = day(action.due)
            sheet.cell(sheet.row, 7, value, number_format=number_format)
            sheet.cell(sheet.row, 8, None)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    sheet.row += 1

    # --- moderation ----------------------------------------------------------------
    sheet = writer(moderation_ws)
    sheet.band(rng.choice((f"Moderation – {moderator_role}", "HEAD OF SERVICE MODERATION",
                           f"{moderator_role} moderation")))
    fill = rng.choice(("E4DFEC", "DDEBF7", "E2EFDA")) if boxed else "EDEDED"
    colour = None if boxed else ink
    if moderation:
        moderated_on, moderated_fmt = day(moderation.date)
        sheet.pair("Moderated by", moderation.moderator, colour=colour, value_fill=fill if boxed else None)
        if rng.random() < 0.5:
            sheet.pair("Role", moderator_role, colour=colour, value_fill=fill if boxed else None)
        sheet.pair("Date", moderated_on, number_format=moderated_fmt, colour=colour,
                   value_fill=fill if boxed else None)
        if moderation.grade:
            agree = rng.choice(("Agree with the auditor's grade", "Agreed")) if moderation.grade == sample.grade \
                else rng.choice(("Do not agree – grade changed", "Disagree"))
            sheet.pair("Agree with overall grade?", agree, colour=colour, value_fill=fill if boxed else None)
            sheet.pair("Moderated grade", informal_grade(rng, moderation.grade) if rng.random() < 0.5
                       else words[moderation.grade], colour=colour, bold=True, value_fill=fill if boxed else None)
        row = sheet.pair("Comments", "\n".join(moderation.comments), colour=colour, value_fill=fill if boxed else None)
        sheet.sheet.row_dimensions[row].height = 20 * max(1, len(moderation.comments)) + 10
    else:
        for text in ("Moderated by", "Date", "Moderated grade"):
            sheet.pair(text, None)
        sheet.pair("Comments", rng.choice(NOT_MODERATED) or None)

    workbook.properties.creator = sample.auditor
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(10, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = (when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household))
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household), also=also)


def _grade_cells(sheet: _Writer, rng: random.Random, style: str, grade: str, first: int, last: int, *, words,
                 option_look: str, dropdown) -> None:
    """One grade on the current row from column `first` to `last`."""
    row = sheet.row
    if style == "options":
        for column, option in zip(range(first, first + 4), GRADE_ORDER):
            chosen = option == grade
            highlight = chosen and option_look in ("both", "highlight")
            strike = not chosen and option_look in ("both", "strike")
            sheet.cell(row, column, OPTION_WORDS[option], bold=chosen and option_look != "strike",
                       strike=strike, colour="A6A6A6" if strike else None, fill="FFFF00" if highlight else None)
        return
    if style == "dropdown":
        target = sheet.cell(row, first, words[grade], bold=True, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "key":
        sheet.cell(row, first, KEY[grade], bold=True, fill="FFF2CC")
    else:
        sheet.cell(row, first, informal_grade(rng, grade, note_chance=0.25), bold=True)
    sheet.merge(row, first, last)
