"""Team Around the Family audit workbook: a family support hub manager's
audit of the work of one family's Team Around the Family (TAF), kept as an
Excel workbook. The family's reference, the child and the household, the
lead professional, their hub team and service, who audited and when; the
agencies in the team around the family and who came to the last TAF
meeting; five areas of the plan's quality, each with what good looks like,
the auditor's evidence and a grade; the overall grade; the family's own
view of the support; what is going well and what could be better; an
urgent safety question; the actions (or a sentence saying there are
none); the auditor's sign-off; and the Head of Service's moderation.

Modelled on what South Lanarkshire Council publishes about its Family
Support Hubs, a similar body not yet used: every English and Welsh council
checked, and every council whose Team Around the Family pages the search
returned (East Sussex, Hertfordshire, Nottinghamshire, Buckinghamshire,
Essex, Shropshire, Oldham, Cheshire West and Chester, York), is named by
another family or a council layout. Read, as search excerpts: the
council's news item "More families supported in more ways than ever"
(South Lanarkshire View, 17 April 2025: four Family Support Hubs, in
Cambuslang, East Kilbride, Hamilton and Lanark, bring together
multi-disciplinary teams to support pregnant women, babies, children,
young people and parents – individual or family support, peer support,
family group decision-making, parenting groups and therapeutic
interventions; in the hubs' second year 75% of new referrals to Children
and Families Social Work were dealt with by the hubs, and a Parents' Plan
approach was brought in at the pre-birth stage), its news item "Family
Hubs importance recognised at national level" (18 November 2025: a COSLA
Excellence Award; the hubs give an early intervention social work
response, intensive whole-family support, each bringing together a
multi-disciplinary team) and The Promise Scotland's "The power of
relationships: Danielle and Sharon story of change" (the hubs launched in
September 2022 as a partnership between health, education, social work
and the third sector; social workers, family support and group workers,
peer workers, Children First staff and therapists across the four sites;
detailed feedback from families through Care Opinion). None of these
shows a form, speaks of "Team Around the Family" meetings or says how the
hubs audit their work; the string "Family Support Hub" appears in another
family's files (a different body's hubs).

So the layout is our own judgement; only the multi-agency team around the
family (the agencies drawn from health, education, social work and the
third sector, peer workers and therapists among them), the family's own
feedback on the support and family group decision-making follow the
sources. Ours: the workbook as one landscape scorecard sheet (details as a
strip of labels over values, the areas as a grid), as an audit sheet of
cards (details as "Label: value" cells, each area a brand-coloured band)
with a separate sign-off sheet, or as five numbered tabs; the household as
a table or one line (brothers and sisters named with ages or dates of
birth); the team around the family as a grid of agencies with their part
in the plan and whether they came to the last TAF, with the family
members who came named on some; plain, prefixed or Early Help references;
team off some files and service off three; grades typed informally, a
number on a printed 1–4 key (either way round), chosen from an Excel
drop-down, marked under four grade columns, one of four option cells
highlighted and emboldened, the other three struck through, or the four
in one cell with the chosen one in bold; the overall grade the same way
or in a sentence; strengths and areas to develop one to a row, one cell a
line an item or side by side (a brother or sister named by first name on
some); actions as a table, numbered lines in one cell or a "no actions"
sentence; the urgent question typed, marked under Yes / No, the other
answer struck through or from a drop-down (three answered yes); the Head
of Service's moderation typed in a non-red ink as labelled rows, inside a
heavy-bordered shaded box in black, or through the form (remarks beside
the areas and an "HoS:" line under the overall grade), changing the grade
on four files, confirming it on three and only commenting on four, or an
empty section, an "awaiting" note or none. The forms carry the invented
council's name, not South Lanarkshire's.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.tools import TAF_AUDIT, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    attendees,
    case_reference,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "team_around_family_audit_workbook"
SEED = 10036

# The sample's five areas (bot/samples/tool_phrases.py SECTIONS) and the
# names this workbook prints for them; the printed names are the truth's.
SAMPLE_AREAS = ("Voice of the child", "Team Around the Family plan", "TAF meetings and reviews",
                "Lead professional role", "Impact and outcomes for the child")
NAMINGS = (
    ("The child's voice and wellbeing", "The family's plan", "Team Around the Family meetings",
     "The lead professional", "Difference made for the child and family"),
    ("Child's voice", "TAF plan (outcomes and actions)", "TAF meetings, reviews and attendance",
     "Lead professional and coordination", "Outcomes for the child"),
    SAMPLE_AREAS,
)
GOOD_LOOKS_LIKE = (
    "The child has been seen and spoken to; their wishes, worries and daily life are recorded and shape the plan.",
    "Outcomes are the family's own, with SMART actions, named people and timescales everyone understands.",
    "TAF meetings are held when agreed, the right people come, and each review measures progress.",
    "One lead professional coordinates the team, keeps the family informed and knows when to escalate.",
    "There is evidence that things are better for the child; progress is measured, not assumed.",
)
TITLES = ("Team Around the Family (TAF) – Quality Audit", "TAF AUDIT – FAMILY SUPPORT HUB",
          "Whole Family Support: Team Around the Family Audit", "Team Around the Family Audit Workbook")
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
SHORT = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
            INADEQUATE: "Inadequate"}
AGENCIES = (
    ("Health visitor", "Child development and health checks"),
    ("School (guidance / pastoral)", "Attendance and support in class"),
    ("Nursery", "Early learning place and routines"),
    ("Children First (third sector)", "Family support at home"),
    ("Peer support worker", "Parent's own support and confidence"),
    ("Family therapist", "Therapeutic work with parent and child"),
    ("Housing officer", "Repairs and rent arrears"),
    ("Adult mental health", "Parent's mental health"),
    ("CAMHS", "Child's emotional wellbeing"),
    ("Money advice", "Income maximisation and debt"),
)
RELATIVES = ("grandparent", "family friend", "relative", "friend of the family")
OWNERS = {"Social worker": "Lead professional", "Practice manager": "Hub manager"}
NO_ACTIONS = ("No actions arising from this audit – feedback given to the lead professional.",
              "No further actions required at this time.",
              "Nil actions. Good practice shared at the hub team meeting.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.", "")
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 10  # columns A..J; K holds the Head of Service's remarks where they are typed beside the areas
GRADE_FIRST = 7  # the four grade columns are G..J


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(90, seed=SEED, today=today, kinds=(TAF_AUDIT,))
    urgent = [sample for sample in pool if sample.urgent_concern]
    calm = [sample for sample in pool if not sample.urgent_concern]
    chosen = urgent[:3]
    chosen += [s for s in calm if s.moderation and s.moderation.grade and s.moderation.grade != s.grade][:4]
    chosen += [s for s in calm if s.moderation and s.moderation.grade == s.grade][:3]
    chosen += [s for s in calm if s.moderation and not s.moderation.grade][:3]
    chosen += [s for s in calm if not s.moderation][:max(0, count - len(chosen))]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Sheet:
    """A worksheet filled from the top down, with the council's line and the title."""

    def __init__(self, ws, font: str, brand: str, title: str, landscape: bool):
        self.ws = ws
        self.font = font
        self.brand = brand
        for column, width in zip("ABCDEFGHIJK", (5, 30, 16, 16, 16, 16, 13, 13, 13, 13, 30)):
            ws.column_dimensions[column].width = width
        if landscape:
            ws.page_setup.orientation = "landscape"
        ws.oddHeader.center.text = COUNCIL
        self.cell(1, 1, COUNCIL, bold=True, colour=brand, size=12, border=False)
        self.merge(1, 1, WIDTH)
        self.cell(2, 1, title, bold=True, colour=brand, size=14, border=False)
        self.merge(2, 1, WIDTH)
        self.row = 4

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, size=10, strike=False,
             number_format=None, border=True):
        target = self.ws.cell(row=row, column=column)
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
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text, *, first=1, last=WIDTH):
        self.cell(self.row, first, text, bold=True, colour="FFFFFF", fill=self.brand)
        self.merge(self.row, first, last)
        self.row += 1

    def text(self, value, *, height=30, first=2, last=WIDTH, **look):
        self.cell(self.row, first, value, **look)
        self.merge(self.row, first, last)
        self.ws.row_dimensions[self.row].height = height
        self.row += 1

    def pair(self, label, value, *, number_format=None, colour=None, bold=False, fill=None, border=None,
             label_fill="EDEDED", height=None):
        self.cell(self.row, 2, label, bold=True, fill=label_fill)
        target = self.cell(self.row, 3, value, number_format=number_format, colour=colour, bold=bold, fill=fill)
        if border:
            target.border = border
            self.ws.cell(row=self.row, column=2).border = border
        self.merge(self.row, 3, WIDTH)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return target


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy"))
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    # Every shape and way of grading turns up across the sixteen files.
    shape = ("scorecard", "cards", "tabs")[index % 3]
    grade_style = ("typed", "key", "dropdown", "columns", "highlight", "strike", "rich")[index % 7]
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("typed", "sentence", "dropdown", "key"))
    key_reversed = rng.random() < 0.4  # "4 = Outstanding ... 1 = Inadequate"
    mark_symbol = rng.choice(("X", "x", "\u2713", "\u25cf", "Y"))
    naming = NAMINGS[(index // 3) % 3]
    lists_as = rng.choice(("rows", "cell", "side by side"))
    actions_as = ("table", "lines", "table", "lines", "table", "none", "lines", "table")[index % 8]
    urgent_as = ("typed", "marks", "strike", "dropdown")[(index + 2) % 4]
    moderation_look = ("rows", "box", "inline")[(2 * index + index // 4) % 3]

    # --- the sample as this workbook carries it ------------------------------------------------
    child = sample.child
    household = siblings(rng, child, rng.randint(1, 3), today) if rng.random() < 0.75 else []
    taken = {name.split()[0] for name in child.parents}
    relative = None
    if rng.random() < 0.5:
        relative = next(name for name in attendees(rng, (child.surname,), 4) if name.split()[0] not in taken)
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(new, by_name[old].grade, by_name[old].comment)
                                       for old, new in zip(SAMPLE_AREAS, naming))}
    reference = index % 4
    reference_label = rng.choice(("Family ref", "Family reference", "Child ID"))
    if reference == 1:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
        reference_label = rng.choice(("EH ref", "Early Help ID", "Family ref"))
    elif reference == 3:
        changes["case_id"] = case_reference(rng, sample.case_id)
        reference_label = rng.choice(("Case no.", "SWIS no.", "Child's case number"))
    if index % 5 == 2 or rng.random() < 0.15:
        changes["team"] = None
    show_service = index not in (4, 9, 14)
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if actions_as == "none" or index == 10:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    moderation = sample.moderation
    renamed = dict(zip(SAMPLE_AREAS, naming))
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    if moderation_look != "inline" and rng.random() < 0.5:
        remarks = {}  # the Head of Service wrote only in their own section
    voice = next(field for field in sample.own if field.key == "family_voice")
    title = rng.choice(TITLES)
    role = rng.choice(("Head of Service", "Head of Service – Family Support", "Head of Children and Families"))
    auditor_role = rng.choice(("Hub Manager", "Early Help Manager", "Team Manager"))
    team_rows = rng.sample(AGENCIES, rng.randint(3, 5))

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

    first_ws = workbook.active
    if shape == "scorecard":
        first_ws.title = rng.choice(("TAF audit", "Audit", "Sheet1"))
        family_ws = team_ws = quality_ws = summary_ws = sign_ws = first_ws
    elif shape == "cards":
        first_ws.title = rng.choice(("Audit", "TAF audit"))
        family_ws = team_ws = quality_ws = summary_ws = first_ws
        sign_ws = workbook.create_sheet(rng.choice(("Sign-off", "Actions & sign-off")))
    else:
        first_ws.title = "1 Family"
        family_ws = first_ws
        team_ws = workbook.create_sheet("2 Team")
        quality_ws = workbook.create_sheet("3 Plan quality")
        summary_ws = workbook.create_sheet("4 Summary")
        sign_ws = workbook.create_sheet("5 HoS")
    writers: dict = {}

    def writer(ws) -> _Sheet:
        if ws.title not in writers:
            writers[ws.title] = _Sheet(ws, font, brand, title, shape == "scorecard")
        return writers[ws.title]

    # --- the family and the audit ----------------------------------------------------------------
    sheet = writer(family_ws)
    sheet.text(rng.choice((
        "One workbook per family. Read the TAF plan, the last two TAF minutes and the case notes before you grade.",
        "OFFICIAL – SENSITIVE once completed. Save to the family's file and send to the QA inbox.",
        "Auditor: complete the white cells. Grade each area against what good looks like.",
    )), italic=True, border=False, height=18, first=1)
    reference_value = sample.case_id
    if sample.case_id.isdigit() and rng.random() < 0.4:
        reference_value = int(sample.case_id)
    born_value, born_format = day(child.date_of_birth)
    audited_value, audited_format = day(sample.date)
    with_ages = rng.random() < 0.5

    def sibling_text(name, born):
        return f"{name} ({(today - born).days // 365})" if with_ages else f"{name}, DOB {when(born)}"

    lead_label = rng.choice(("Lead professional", "Lead Professional (LP)", "Lead worker", "Key worker"))
    details = [(reference_label, reference_value, None),
               (rng.choice(("Child", "Child's name", "Name of child")), child.full_name, None),
               (rng.choice(("DOB", "Date of birth")), born_value, born_format),
               (lead_label, sample.practitioner, None)]
    if sample.team:
        details.append((rng.choice(("Hub / team", "Team", "LP's team")), sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    auditor_value = sample.auditor
    if rng.random() < 0.3:
        auditor_value = f"{sample.auditor} ({auditor_role})"
    details += [(rng.choice(("Audited by", "Auditor", "Completed by")), auditor_value, None),
                (rng.choice(("Date of audit", "Audit date", "Date audited")), audited_value, audited_format)]
    sheet.band(rng.choice(("1. Family and audit details", "ABOUT THE FAMILY", "Part 1 – Details")))
    if shape == "scorecard":  # a strip: labels across, values underneath
        for column, (label_text, _, _) in enumerate(details, start=2):
            sheet.cell(sheet.row, column, label_text, bold=True, fill="EDEDED")
        sheet.row += 1
        for column, (_, value, number_format) in enumerate(details, start=2):
            sheet.cell(sheet.row, column, value, number_format=number_format)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    elif shape == "cards":  # "Label: value" in one cell, two to a row
        for start in range(0, len(details), 2):
            for position, (label_text, value, number_format) in enumerate(details[start:start + 2]):
                if number_format:
                    value = when(value.date())
                first = 2 if position == 0 else 6
                sheet.cell(sheet.row, first, f"{label_text}: {value}")
                sheet.merge(sheet.row, first, first + 3 if position == 0 else WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 20
            sheet.row += 1
    else:
        for label_text, value, number_format in details:
            sheet.pair(label_text, value, number_format=number_format)
    sheet.row += 1

    # household
    parents_text = " and ".join(child.parents)
    if shape == "scorecard" or not household and rng.random() < 0.5:
        others = "; ".join(sibling_text(name, born) for name, born in household) or rng.choice(("None", "n/a"))
        sheet.pair(rng.choice(("Other children in the household", "Brothers and sisters")), others)
        sheet.pair(rng.choice(("Parents / carers", "Parent(s)")), parents_text)
    else:
        sheet.band(rng.choice(("Household members", "Who lives in the household")), first=2)
        for column, text in ((2, "Name"), (3, "Relationship to child"), (5, "Age / DOB")):
            sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 3, 4)
        sheet.merge(sheet.row, 5, 6)
        sheet.row += 1
        members = [(name, rng.choice(("Parent", "Parent / carer")), "") for name in child.parents]
        sibling_word = rng.choice(("Sibling", "Brother / sister", "Half-sibling"))
        members += [(name, sibling_word,
                     f"{(today - born).days // 365}" if with_ages else when(born)) for name, born in household]
        for name, relation, age in members:
            sheet.cell(sheet.row, 2, name)
            sheet.cell(sheet.row, 3, relation)
            sheet.merge(sheet.row, 3, 4)
            sheet.cell(sheet.row, 5, age or None)
            sheet.merge(sheet.row, 5, 6)
            sheet.row += 1
    sheet.row += 1

    # --- the team around the family -------------------------------------------------------------
    sheet = writer(team_ws)
    sheet.band(rng.choice(("2. The Team Around the Family", "WHO IS IN THE TEAM AROUND THE FAMILY?",
                           "Part 2 – Agencies in the TAF")))
    for column, text in ((2, "Agency"), (3, "Part in the plan"), (6, "At last TAF?"), (7, "Contributed to plan?")):
        sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
    sheet.merge(sheet.row, 3, 5)
    sheet.merge(sheet.row, 7, 8)
    sheet.row += 1
    for agency, part in team_rows:
        sheet.cell(sheet.row, 2, agency)
        sheet.cell(sheet.row, 3, part)
        sheet.merge(sheet.row, 3, 5)
        sheet.cell(sheet.row, 6, rng.choice(("Y", "Y", "N", "Apols")))
        sheet.cell(sheet.row, 7, rng.choice(("Yes", "Yes", "Partly", "No")))
        sheet.merge(sheet.row, 7, 8)
        sheet.row += 1
    family_present = [f"{child.parents[0]} (parent)"]
    if len(child.parents) > 1 and rng.random() < 0.5:
        family_present.append(f"{child.parents[1]} (parent)")
    if relative:
        family_present.append(f"{relative} ({rng.choice(RELATIVES)})")
    if household and rng.random() < 0.4:
        family_present.append(f"{household[0][0]} (sibling, for part)")
    if rng.random() < 0.7 or relative:
        sheet.pair(rng.choice(("Family members at last TAF", "Parents / carers attending the TAF",
                               "Family at the meeting")), ", ".join(family_present))
    sheet.pair(rng.choice(("Family group decision-making offered?", "FGDM offered?")),
               rng.choice(("Yes – declined", "Yes – held", "No", "Not yet")))
    sheet.row += 1

    # --- the five areas --------------------------------------------------------------------------------
    sheet = writer(quality_ws)
    ws = quality_ws
    sheet.band(rng.choice(("3. Quality of the TAF work", "QUALITY OF PRACTICE", "Part 3 – Areas of practice")))
    if "key" in (grade_style, overall_style):
        numbers = _key(key_reversed)
        ordered = sorted(ORDER, key=lambda grade: numbers[grade])
        sheet.text("Grading key:  " + "   ".join(f"{numbers[grade]} = {WORDS[grade]}" for grade in ordered),
                   bold=True, height=16, border=False)
    heads_words = WORDS if rng.random() < 0.6 else SHORT

    def column_heads(row):
        for column, option in zip(range(GRADE_FIRST, GRADE_FIRST + 4), ORDER):
            sheet.cell(row, column, heads_words[option], bold=True, fill="D9D9D9")

    def grade_cells(row, grade, style):
        """One grade on `row` in columns G..J, written the file's way."""
        columns = range(GRADE_FIRST, GRADE_FIRST + 4)
        if style == "columns":
            for column, option in zip(columns, ORDER):
                sheet.cell(row, column, mark_symbol if option == grade else None, bold=True)
            return
        if style in ("highlight", "strike"):
            for column, option in zip(columns, ORDER):
                chosen = option == grade
                if style == "highlight":
                    sheet.cell(row, column, WORDS[option], bold=chosen, fill="FFFF00" if chosen else None)
                else:
                    sheet.cell(row, column, WORDS[option], strike=not chosen, colour=None if chosen else "7F7F7F")
            return
        if style == "rich":
            parts = []
            for position, option in enumerate(ORDER):
                if position:
                    parts.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
                parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=option == grade), WORDS[option]))
            target = sheet.cell(row, GRADE_FIRST, None)
            target.value = CellRichText(parts)
        elif style == "dropdown":
            target = sheet.cell(row, GRADE_FIRST, DROPDOWN[grade], fill="FFF2CC")
            dropdown(ws, target.coordinate, tuple(DROPDOWN[option] for option in ORDER))
        elif style == "key":
            sheet.cell(row, GRADE_FIRST, _key(key_reversed)[grade], bold=True, fill="FFF2CC")
        else:
            sheet.cell(row, GRADE_FIRST, informal_grade(rng, grade, note_chance=0.2), bold=True)
        sheet.merge(row, GRADE_FIRST, GRADE_FIRST + 3)

    remark_head = rng.choice(("HoS comments", "Head of Service", "HoS moderation note"))
    if shape in ("scorecard", "tabs"):
        row = sheet.row
        for column, text in ((1, "No."), (2, rng.choice(("Area of practice", "Area", "Practice area"))),
                             (3, "What good looks like"), (5, "Evidence from the file")):
            sheet.cell(row, column, text, bold=True, fill="D9D9D9")
        sheet.merge(row, 3, 4)
        sheet.merge(row, 5, 6)
        if grade_style == "columns":
            column_heads(row)
        else:
            sheet.cell(row, GRADE_FIRST, "Grade", bold=True, fill="D9D9D9")
            sheet.merge(row, GRADE_FIRST, GRADE_FIRST + 3)
        if remarks:
            sheet.cell(row, WIDTH + 1, remark_head, bold=True, colour=ink, fill="D9D9D9")
        sheet.row += 1
        for number, (section, good) in enumerate(zip(sample.sections, GOOD_LOOKS_LIKE), start=1):
            row = sheet.row
            sheet.cell(row, 1, number)
            sheet.cell(row, 2, section.name, bold=True, fill="F2F2F2")
            sheet.cell(row, 3, good, italic=True, colour="595959", size=8)
            sheet.merge(row, 3, 4)
            sheet.cell(row, 5, section.comment)
            sheet.merge(row, 5, 6)
            grade_cells(row, section.grade, grade_style)
            if section.name in remarks:
                sheet.cell(row, WIDTH + 1, remarks[section.name], colour=ink, italic=True)
            sheet.ws.row_dimensions[row].height = 54
            sheet.row += 1
    else:  # cards: a brand band for each area, the grade at its right-hand end
        for number, (section, good) in enumerate(zip(sample.sections, GOOD_LOOKS_LIKE), start=1):
            row = sheet.row
            sheet.cell(row, 2, f"3.{number}  {section.name}", bold=True, colour="FFFFFF", fill=brand)
            sheet.merge(row, 2, GRADE_FIRST - 1)
            if grade_style == "columns":
                column_heads(row)
            else:
                grade_cells(row, section.grade, grade_style)
            sheet.ws.row_dimensions[row].height = 22
            sheet.row += 1
            sheet.cell(sheet.row, 2, "What good looks like", italic=True)
            sheet.cell(sheet.row, 3, good, italic=True, colour="595959")
            sheet.merge(sheet.row, 3, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 28
            sheet.row += 1
            sheet.cell(sheet.row, 2, "Evidence", bold=True)
            sheet.cell(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, GRADE_FIRST - 1)
            if grade_style == "columns":
                grade_cells(sheet.row, section.grade, grade_style)
            sheet.ws.row_dimensions[sheet.row].height = 36
            sheet.row += 1
            if section.name in remarks:
                sheet.cell(sheet.row, 2, remark_head, bold=True, colour=ink)
                sheet.cell(sheet.row, 3, remarks[section.name], colour=ink, italic=True)
                sheet.merge(sheet.row, 3, WIDTH)
                sheet.row += 1
            sheet.row += 1
    sheet.row += 1

    overall_label = rng.choice(("Overall grade for the TAF", "OVERALL GRADE",
                                "Overall quality of the Team Around the Family work"))
    if overall_style == "sentence":
        sheet.cell(sheet.row, 2, overall_label, bold=True, fill="E2EFDA")
        sheet.cell(sheet.row, 3, f"Overall I would grade the work with this family as "
                                 f"{informal_grade(rng, sample.grade)}.", bold=True)
        sheet.merge(sheet.row, 3, WIDTH)
    else:
        if overall_style == "columns":
            column_heads(sheet.row)
            sheet.row += 1
        sheet.cell(sheet.row, 2, overall_label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 2, GRADE_FIRST - 1)
        grade_cells(sheet.row, sample.grade, overall_style)
    sheet.ws.row_dimensions[sheet.row].height = 28
    sheet.row += 1
    if moderation and moderation_look == "inline" and moderation.grade:
        agreed = moderation.grade == sample.grade
        written = informal_grade(rng, moderation.grade)
        line = (f"HoS: agree – {written}" if agreed else f"HoS: {written} (moderated)")
        sheet.cell(sheet.row, 2, line, bold=True, colour=ink, border=False)
        sheet.merge(sheet.row, 2, WIDTH)
        sheet.row += 1
    sheet.row += 1

    # --- the family's voice, going well and could be better --------------------------------------------
    sheet = writer(summary_ws)
    sheet.band(rng.choice((voice.label, "What the family told us", "The family's view of the support")))
    sheet.text(voice.written, height=32)
    sheet.row += 1
    well = rng.choice(("What's going well?", "Strengths", "What is working well"))
    better = rng.choice(("What could be better?", "Areas to develop", "Areas for development"))
    if lists_as == "side by side":
        sheet.cell(sheet.row, 2, well, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 2, 5)
        sheet.cell(sheet.row, 6, better, bold=True, colour="FFFFFF", fill=brand)
        sheet.merge(sheet.row, 6, WIDTH)
        sheet.row += 1
        for number in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[number] if number < len(sample.strengths) else None
            right = sample.development_areas[number] if number < len(sample.development_areas) else None
            sheet.cell(sheet.row, 2, left)
            sheet.merge(sheet.row, 2, 5)
            sheet.cell(sheet.row, 6, right)
            sheet.merge(sheet.row, 6, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 34
            sheet.row += 1
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.band(heading, first=2)
            if lists_as == "cell":
                sheet.text("\n".join(f"- {item}" for item in items), height=17 * len(items) + 12)
            else:
                for item in items:
                    sheet.text(item)
    sheet.row += 1

    # --- urgent question, actions, sign-off -------------------------------------------------------------
    sheet = writer(sign_ws)
    sheet.band(rng.choice(("4. Safety", "IS ANY CHILD AT RISK TODAY?", "Urgent concerns")))
    question = rng.choice((
        "Has this audit found an urgent safeguarding concern that needs action today?",
        "Is there any child in this family at risk of immediate harm?",
    ))
    sheet.cell(sheet.row, 2, question, bold=True)
    sheet.merge(sheet.row, 2, 6)
    yes = sample.urgent_concern
    if urgent_as == "marks":
        sheet.cell(sheet.row, 7, "Yes", bold=True, fill="EDEDED")
        sheet.cell(sheet.row, 8, "No", bold=True, fill="EDEDED")
        sheet.row += 1
        sheet.cell(sheet.row, 7, mark_symbol if yes else None, bold=True)
        sheet.cell(sheet.row, 8, None if yes else mark_symbol, bold=True)
    elif urgent_as == "strike":
        parts = [TextBlock(InlineFont(rFont=font, sz=10, b=yes, strike=not yes), "Yes"),
                 TextBlock(InlineFont(rFont=font, sz=10), " / "),
                 TextBlock(InlineFont(rFont=font, sz=10, b=not yes, strike=yes), "No")]
        target = sheet.cell(sheet.row, 7, None)
        target.value = CellRichText(parts)
        sheet.merge(sheet.row, 7, WIDTH)
    else:
        target = sheet.cell(sheet.row, 7, ("Yes" if yes else "No") if urgent_as == "dropdown"
                            else rng.choice(("YES", "Yes")) if yes else rng.choice(("No", "NO", "None identified")),
                            bold=True, fill="FFF2CC")
        sheet.merge(sheet.row, 7, WIDTH)
        if urgent_as == "dropdown":
            dropdown(sign_ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 28
    sheet.row += 1
    if yes:
        sheet.pair(rng.choice(("If yes, what was done and by whom", "Details / action taken")),
                   sample.urgent_concern_detail, height=46)
    sheet.row += 1

    sheet.band(rng.choice(("5. Actions", "ACTIONS – WHO, BY WHEN", "Actions for the lead professional and team")))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), height=18)
    elif actions_as == "table" or actions_as == "none":
        for column, text in ((2, "Action"), (6, "Who"), (8, "By when"), (9, "Done?")):
            sheet.cell(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 2, 5)
        sheet.merge(sheet.row, 6, 7)
        sheet.merge(sheet.row, 9, WIDTH)
        sheet.row += 1
        for action in sample.actions:
            due_value, due_format = day(action.due)
            sheet.cell(sheet.row, 2, action.action)
            sheet.merge(sheet.row, 2, 5)
            sheet.cell(sheet.row, 6, action.owner)
            sheet.merge(sheet.row, 6, 7)
            sheet.cell(sheet.row, 8, due_value, number_format=due_format)
            sheet.cell(sheet.row, 9, None)
            sheet.merge(sheet.row, 9, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(sample.actions, start=1)]
        sheet.text("\n".join(lines), height=30 * len(lines) + 8)
    sheet.row += 1

    sheet.band(rng.choice(("Auditor sign-off", "SIGN-OFF", "6. Completed by")))
    signed_value, signed_format = day(sample.date)
    sheet.pair(rng.choice(("Signed (auditor)", "Name")), sample.auditor)
    sheet.pair("Role", auditor_role)
    sheet.pair("Date", signed_value, number_format=signed_format)
    sheet.row += 1

    # --- moderation ---------------------------------------------------------------------------------------
    heading = rng.choice((f"{role} moderation", "MODERATION", "7. Head of Service moderation"))
    if moderation and moderation_look == "inline":
        # Typed through the form: remarks beside the areas, a line under the overall grade, and a note here.
        sheet.band(heading)
        lines = [*moderation.comments, f"{moderation.moderator}, {role}, {when(moderation.date)}"]
        sheet.text("\n".join(lines), colour=ink, height=18 * len(lines) + 10)
    elif moderation:
        sheet.band(heading)
        boxed = moderation_look == "box"
        look = {"colour": None if boxed else ink, "fill": "E4DFEC" if boxed else None,
                "border": HEAVY if boxed else None}
        moderated_value, moderated_format = day(moderation.date)
        sheet.pair("Moderated by", moderation.moderator, **look)
        sheet.pair("Date", moderated_value, number_format=moderated_format, **look)
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            sheet.pair("Agree with the overall grade?",
                       rng.choice(("Yes", "Agree")) if agreed else rng.choice(("No", "Disagree – see comments")), **look)
            sheet.pair("Moderated grade", informal_grade(rng, moderation.grade) if rng.random() < 0.6
                       else DROPDOWN[moderation.grade], bold=True, **look)
        sheet.pair("Comments", "\n".join(moderation.comments), height=20 * len(moderation.comments) + 14, **look)
    elif index % 5 != 4:
        sheet.band(heading)
        for text in ("Moderated by", "Date", "Moderated grade"):
            sheet.pair(text, None)
        sheet.pair("Comments", rng.choice(NOT_MODERATED) or None)

    workbook.properties.creator = sample.auditor
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    also = [when(child.date_of_birth), *(when(born) for _, born in household),
            *(born.isoformat() for _, born in household)]
    others = tuple(name for name, _ in household) + ((relative,) if relative else ())
    return held_out(FAMILY, index, sample, data, "xlsx", others=others, also=tuple(also))


def _key(reversed_: bool) -> dict[str, int]:
    """The printed key: 1 = Outstanding … 4 = Inadequate, or the other way round."""
    numbers = (4, 3, 2, 1) if reversed_ else (1, 2, 3, 4)
    return dict(zip(ORDER, numbers))
