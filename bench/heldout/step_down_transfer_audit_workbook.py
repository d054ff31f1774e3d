"""Step down / step up transfer audit workbook: an Early Help manager's audit,
kept in Excel, of one child's case moving between children's social care
(a Child in Need plan) and Early Help (a Team Around the Family).

Source. A published "Step down procedures" document (studylib.net/doc/10051290,
"Step down from children's social care / interface with children in need
(CIN) teams to Team Around the Family (TAF)"). The visible text names no
council; its terms (the Early Support Access Team, Integrated Early Support,
the "360 profile", the "transfer to TAF" form on Liquid Logic LCS) appear,
by our inference from a West Cheshire "Altogether Better" page describing
a single access team and integrated early support teams, to be Cheshire
West and Chester's Early Support model, an organisation the project has
named for other documents, never for this one. The page
shows a procedure, not an audit form. What came from it is what this
workbook audits: the manager's agreement to the step down in supervision,
the transfer form and the outstanding actions it hands to the TAF, the
final CIN meeting, triage and allocation of a lead worker, and the plan
the family continue with. Those are the questions printed beside the
graded areas (in our own words), and the optional rename of the areas.

Our judgement (the page shows no form): the layout. One worksheet with the
council's name line in a brand colour and the tool's title; a details
block drawn as label/value rows, as label/value pairs across four columns,
or as labels over values; the direction of transfer typed or ticked in two
boxes; five graded areas (sometimes four) with the questions to consider
and the auditor's evidence; grades typed as people type them, as a number
on a printed 1-4 key, as a mark under one of four grade columns, or chosen
from an Excel drop-down; the overall grade given the same way; strengths
and areas for development as rows, two columns or bullets in one cell;
actions as a table, numbered lines or a sentence saying there are none;
the urgent-concern question typed, ticked or from a drop-down; the Head of
Service's moderation as a box typed in their own colour (with remarks
beside the areas), a "not moderated" note, or absent; dates as Excel date
cells or typed in one person's spelling; plain, prefixed or Early Help
case references; the child's name and date of birth on most files and
brothers' and sisters' names on some.
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

from bot.samples import COUNCIL
from bot.samples.ooxml import stable_zip
from bot.samples.tools import STEP_UP_DOWN_AUDIT, tool_samples

from . import common
from .common import GOOD, INADEQUATE, OUTSTANDING, REQUIRES_IMPROVEMENT, HeldOutForm

FAMILY = "step_down_transfer_audit_workbook"
SEED = 10100

TITLES = ("Step Up / Step Down Audit Tool", "Step Down and Step Up Audit", "Step up/Down Audit",
          "Step Down Audit Tool (CIN to TAF and TAF to CIN)")
# The sample's areas, and what the transfer procedure asks under each.
RENAMED = {
    "Decision to step up or step down": "Decision to step up or step down and its rationale",
    "Information shared at transfer": "Transfer form and information handed over",
    "Timeliness of transfer": "Triage, allocation and timeliness",
    "Continuity for the child and family": "Continuity of the plan for the child and family",
    "Management oversight": "Management oversight",
}
QUESTIONS = {
    "Decision to step up or step down": "Was the move agreed by the manager in supervision, and are the reasons recorded?",
    "Information shared at transfer": "Was the transfer form completed, with the outstanding actions for the TAF listed?",
    "Timeliness of transfer": "Was the case triaged and a lead worker allocated without delay?",
    "Continuity for the child and family": "Was a final CIN or handover meeting held with the family and the new lead?",
    "Management oversight": "Is there manager oversight on both sides of the transfer?",
}
DETAIL_LABELS = {
    "child": ("Child's name", "Name of child", "Child / young person"),
    "dob": ("Date of birth", "DOB"),
    "team": ("Team", "Team name"),
    "service": ("Service", "Service area"),
    "auditor": ("Auditor", "Audited by", "Auditing manager"),
    "date": ("Date of audit", "Audit date", "Date audit completed"),
}
GRADE_WORDS = ((OUTSTANDING, "Outstanding"), (GOOD, "Good"), (REQUIRES_IMPROVEMENT, "Requires improvement"),
               (INADEQUATE, "Inadequate"))
DROPDOWN_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
                  INADEQUATE: "Inadequate"}
NO_ACTIONS = ("No actions arising from this audit.", "No further actions required - transfer well managed.",
              "None identified.")
NOT_MODERATED = ("Not selected for moderation this month.", "Awaiting moderation", "")
URGENT_QUESTIONS = ("Are there any immediate safeguarding concerns requiring escalation?",
                    "Does anything need escalating to the Head of Service today?")
HEAD_FILL = "D9E1F2"
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


class Sheet:
    """A worksheet written row by row."""

    def __init__(self, worksheet, rng: random.Random, brand: str, when, date_cells: bool):
        self.ws, self.rng, self.brand, self.when, self.date_cells = worksheet, rng, brand, when, date_cells
        self.row = 1

    def put(self, row: int, column: int, value, *, bold=False, colour=None, fill=None, italic=False, size=None,
            border=True):
        cell = self.ws.cell(row=row, column=column, value=value)
        cell.font = Font(bold=bold or None, italic=italic or None, color=colour, size=size)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if border:
            cell.border = BOX
        return cell

    def day(self, row: int, column: int, value: date, **look):
        if self.date_cells:
            cell = self.put(row, column, datetime.combine(value, time()), **look)
            cell.number_format = "dd/mm/yyyy"
            return cell
        return self.put(row, column, self.when(value), **look)

    def heading(self, text: str) -> None:
        self.row += 1
        self.put(self.row, 1, text, bold=True, colour=self.brand, size=12, border=False)
        self.row += 1


def _details(sheet: Sheet, style: str, pairs: list[tuple[str, object]]) -> None:
    """Label/value pairs; a date value goes through `sheet.day`."""
    def value(row, column, item):
        if isinstance(item, date):
            sheet.day(row, column, item)
        else:
            sheet.put(row, column, item)

    if style == "rows":
        for text, item in pairs:
            sheet.put(sheet.row, 1, text, bold=True, fill=HEAD_FILL)
            value(sheet.row, 2, item)
            sheet.row += 1
    elif style == "pairs":
        for index in range(0, len(pairs), 2):
            for offset, (text, item) in enumerate(pairs[index:index + 2]):
                sheet.put(sheet.row, 1 + 2 * offset, text, bold=True, fill=HEAD_FILL)
                value(sheet.row, 2 + 2 * offset, item)
            sheet.row += 1
    else:  # labels over values, four to a line
        for index in range(0, len(pairs), 4):
            for offset, (text, item) in enumerate(pairs[index:index + 4]):
                sheet.put(sheet.row, 1 + offset, text, bold=True, fill=HEAD_FILL)
                value(sheet.row + 1, 1 + offset, item)
            sheet.row += 2


def _grade_cell(sheet: Sheet, row: int, column: int, grade: str, style: str, validation) -> None:
    if style == "typed":
        sheet.put(row, column, common.informal_grade(sheet.rng, grade, note_chance=0.15))
    elif style == "key":
        sheet.put(row, column, [g for g, _ in GRADE_WORDS].index(grade) + 1)
    else:  # dropdown
        sheet.put(row, column, DROPDOWN_WORDS[grade])
        validation.add(sheet.ws.cell(row=row, column=column).coordinate)


def _build_one(index: int, sample, today: date) -> HeldOutForm:
    rng = random.Random(f"{FAMILY}:{SEED}:{index}")
    brand = rng.choice(common.BRAND_COLOURS)
    when = common.date_writer(rng)
    date_cells = rng.random() < 0.35
    details_style = ("rows", "pairs", "over")[index % 3]
    grade_style = ("typed", "key", "columns", "dropdown")[(index + index // 4) % 4]
    others: tuple[str, ...] = ()
    also: list[str] = []

    # --- changes to the sample, so the truth is what the file shows ---
    reference = rng.random()
    if reference < 0.3:
        sample = replace(sample, case_id=common.case_reference(rng, sample.case_id))
    elif reference < 0.5:
        sample = replace(sample, case_id=common.early_help_reference(rng, sample.case_id))
    if rng.random() < 0.5:
        sample = replace(sample, title=rng.choice(TITLES))
    sections = sample.sections
    questions = {section.name: QUESTIONS[section.name] for section in sections}
    moderation = sample.moderation
    if rng.random() < 0.5:
        questions = {RENAMED[name]: text for name, text in questions.items()}
        sections = tuple(replace(section, name=RENAMED[section.name]) for section in sections)
        if moderation is not None:
            moderation = replace(moderation, section_comments={RENAMED[name]: text for name, text
                                                               in moderation.section_comments.items()})
    if rng.random() < 0.25:
        sections = tuple(section for section in sections if "imeliness" not in section.name)
    if moderation is not None and rng.random() < 0.15:
        moderation = None  # the Head of Service never opened this one: no box, and no moderation in the truth
        moderation_box = False
    else:
        moderation_box = moderation is not None or rng.random() < 0.6
    sample = replace(sample, sections=sections, moderation=moderation)
    if rng.random() < 0.2:
        sample = replace(sample, actions=())
    show_dob = rng.random() < 0.85
    show_child = show_dob or rng.random() < 0.5

    workbook = Workbook()
    ws = workbook.active
    ws.title = rng.choice(("Step Down Audit", "Audit", "SUSD audit", "Audit tool"))
    for letter, width in zip("ABCDEFG", (34, 30, 30, 30, 30, 40, 36)):
        ws.column_dimensions[letter].width = width
    sheet = Sheet(ws, rng, brand, when, date_cells)
    validation = DataValidation(type="list", formula1='"Outstanding,Good,Requires Improvement,Inadequate"',
                                allow_blank=True)
    yes_no = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
    ws.add_data_validation(validation)
    ws.add_data_validation(yes_no)

    sheet.put(1, 1, common.council_line(rng), bold=True, colour=brand, size=12, border=False)
    sheet.put(2, 1, sample.title, bold=True, size=14, border=False)
    sheet.row = 3
    if rng.random() < 0.5:
        sheet.put(3, 1, "For cases stepping down from a CIN plan to a TAF, or stepping up from a TAF to "
                        "children's social care. Return to the QA mailbox when complete.", italic=True, border=False)
        sheet.row = 4

    # --- details ---
    sheet.heading(rng.choice(("Case details", "Details of the case", "Section 1: Details")))
    child = sample.child
    pairs: list[tuple[str, object]] = []
    if show_child:
        pairs.append((rng.choice(DETAIL_LABELS["child"]), child.full_name))
    pairs.append((sample.labels.get("case_id", "Case ID"), sample.case_id))
    if show_dob:
        pairs.append((rng.choice(DETAIL_LABELS["dob"]), child.date_of_birth))
        if not date_cells:
            also.append(when(child.date_of_birth))
    if rng.random() < 0.3:
        brothers = common.siblings(rng, child, rng.randint(1, 2), today)
        others = tuple(name for name, _ in brothers)
        written = []
        for name, born in brothers:
            spelled = born.strftime("%d/%m/%Y")
            written.append(f"{name} ({spelled})")
            also.append(spelled)
        pairs.append(("Other children in the household", "; ".join(written)))
    pairs += [
        (sample.labels.get("practitioner", "Lead professional"), sample.practitioner),
        (rng.choice(DETAIL_LABELS["team"]), sample.team),
        (rng.choice(DETAIL_LABELS["service"]), sample.service),
        (rng.choice(DETAIL_LABELS["auditor"]), sample.auditor),
        (rng.choice(DETAIL_LABELS["date"]), sample.date),
    ]
    own = {field.key: field for field in sample.own}
    ticked_direction = rng.random() < 0.35
    if not ticked_direction:
        pairs.append((own["direction"].label, own["direction"].written))
    pairs.append((own["transfer_date"].label, own["transfer_date"].written))
    _details(sheet, details_style, pairs)
    if ticked_direction:
        sheet.put(sheet.row, 1, own["direction"].label, bold=True, fill=HEAD_FILL)
        for column, choice in enumerate(("Step down to Early Help", "Step up to Children's Social Care"), start=2):
            box = "\u2612" if choice == own["direction"].written else "\u2610"
            sheet.put(sheet.row, column, f"{box} {choice}")
        sheet.row += 1

    # --- graded areas ---
    sheet.heading(rng.choice(("Audit of the transfer", "Section 2: Quality of the step down / step up",
                              "Areas of practice")))
    if grade_style == "key":
        sheet.put(sheet.row, 1, "Grading key: 1 = Outstanding   2 = Good   3 = Requires improvement to be good   "
                                "4 = Inadequate", italic=True, border=False)
        sheet.row += 1
    with_questions = rng.random() < 0.6
    remarks = moderation.section_comments if (moderation and moderation_box) else {}
    ink = rng.choice(common.MODERATION_INKS)
    if grade_style == "columns":
        words = list(GRADE_WORDS)
        heads = ["Area", *[text for _, text in words], "Evidence / comments"]
        if remarks:
            heads.append("Head of Service comments")
        for column, text in enumerate(heads, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill=HEAD_FILL)
        sheet.row += 1
        mark = rng.choice(("X", "x", "\u2713", "\u25cf"))
        rows = [(section.name, section.grade, section.comment) for section in sample.sections]
        rows.append(("Overall grade", sample.grade, ""))
        for name, grade, comment in rows:
            label = name if not with_questions or name not in questions else f"{name}\n{questions[name]}"
            sheet.put(sheet.row, 1, label, bold=name == "Overall grade")
            for column, (value, _) in enumerate(words, start=2):
                sheet.put(sheet.row, column, mark if value == grade else None, bold=True)
            sheet.put(sheet.row, 6, comment or None)
            if remarks:
                sheet.put(sheet.row, 7, remarks.get(name), colour=ink)
            sheet.row += 1
    else:
        heads = ["Area of practice"]
        if with_questions:
            heads.append("Questions to consider")
        heads += ["Grade", "Evidence"]
        if remarks:
            heads.append("Head of Service comments")
        for column, text in enumerate(heads, start=1):
            sheet.put(sheet.row, column, text, bold=True, fill=HEAD_FILL)
        sheet.row += 1
        for section in sample.sections:
            column = 1
            sheet.put(sheet.row, column, section.name, bold=True)
            if with_questions:
                column += 1
                sheet.put(sheet.row, column, questions[section.name], italic=True)
            _grade_cell(sheet, sheet.row, column + 1, section.grade, grade_style, validation)
            sheet.put(sheet.row, column + 2, section.comment)
            if remarks:
                sheet.put(sheet.row, column + 3, remarks.get(section.name), colour=ink)
            sheet.row += 1
        sheet.row += 1
        sheet.put(sheet.row, 1, rng.choice(("Overall grade", "Overall judgement", "Overall grade for the transfer")),
                  bold=True, fill=HEAD_FILL)
        _grade_cell(sheet, sheet.row, 2, sample.grade, grade_style, validation)
        sheet.row += 1

    # --- the family's voice ---
    voice = own["family_voice"]
    sheet.row += 1
    sheet.put(sheet.row, 1, voice.label, bold=True, fill=HEAD_FILL)
    sheet.put(sheet.row, 2, voice.written)
    sheet.row += 1

    # --- strengths and areas for development ---
    layout = rng.choice(("rows", "columns", "bullets"))
    strengths_label = rng.choice(("Strengths", "What went well", "Strengths of the transfer"))
    development_label = rng.choice(("Areas for development", "Even better if", "Areas for improvement"))
    if layout == "columns":
        sheet.row += 1
        sheet.put(sheet.row, 1, strengths_label, bold=True, fill=HEAD_FILL)
        sheet.put(sheet.row, 2, development_label, bold=True, fill=HEAD_FILL)
        sheet.row += 1
        for offset in range(max(len(sample.strengths), len(sample.development_areas))):
            first = sample.strengths[offset] if offset < len(sample.strengths) else None
            second = sample.development_areas[offset] if offset < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, first)
            sheet.put(sheet.row, 2, second)
            sheet.row += 1
    else:
        for label, items in ((strengths_label, sample.strengths), (development_label, sample.development_areas)):
            sheet.heading(label)
            if layout == "bullets":
                sheet.put(sheet.row, 1, "\n".join(f"\u2022 {item}" for item in items))
                ws.merge_cells(start_row=sheet.row, start_column=1, end_row=sheet.row, end_column=4)
                sheet.row += 1
            else:
                for item in items:
                    sheet.put(sheet.row, 1, item)
                    sheet.row += 1

    # --- actions ---
    sheet.heading(rng.choice(("Actions", "Actions arising (by who, by when)", "Action plan")))
    if not sample.actions:
        sheet.put(sheet.row, 1, rng.choice(NO_ACTIONS))
        sheet.row += 1
    elif rng.random() < 0.6:
        for column, text in enumerate(rng.choice((("Action", "By who", "By when"),
                                                   ("Action required", "Responsible", "Timescale", "Completed?"))),
                                      start=1):
            sheet.put(sheet.row, column, text, bold=True, fill=HEAD_FILL)
        sheet.row += 1
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action)
            sheet.put(sheet.row, 2, action.owner)
            sheet.day(sheet.row, 3, action.due)
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(sheet.row, 1, f"{number}. {action.action} - {action.owner} by {when(action.due)}")
            sheet.row += 1

    # --- urgent concern ---
    sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill=HEAD_FILL)
    style = rng.choice(("typed", "ticked", "dropdown"))
    if style == "ticked":
        sheet.put(sheet.row, 2, ("\u2612 Yes   \u2610 No") if sample.urgent_concern else ("\u2610 Yes   \u2612 No"))
    else:
        sheet.put(sheet.row, 2, "Yes" if sample.urgent_concern else "No")
        if style == "dropdown":
            yes_no.add(ws.cell(row=sheet.row, column=2).coordinate)
    sheet.row += 1
    if sample.urgent_concern:
        sheet.put(sheet.row, 1, "If yes, give details", bold=True, fill=HEAD_FILL)
        sheet.put(sheet.row, 2, sample.urgent_concern_detail)
        sheet.row += 1

    # --- moderation ---
    if moderation_box:
        sheet.heading(rng.choice(("Head of Service moderation", "Moderation (Head of Service to complete)")))
        labels = ("Moderated by", "Date moderated", "Do you agree with the auditor's grade?", "Moderated grade",
                  "Moderator comments")
        rows = {}
        for text in labels:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            rows[text] = sheet.row
            sheet.row += 1
        if moderation:
            sheet.put(rows[labels[0]], 2, moderation.moderator, colour=ink)
            sheet.day(rows[labels[1]], 2, moderation.date, colour=ink)
            if moderation.grade:
                sheet.put(rows[labels[2]], 2, "Yes" if moderation.grade == sample.grade else "No", colour=ink)
                sheet.put(rows[labels[3]], 2, common.informal_grade(rng, moderation.grade), colour=ink, bold=True)
            sheet.put(rows[labels[4]], 2, "\n".join(moderation.comments), colour=ink)
        else:
            note = rng.choice(NOT_MODERATED)
            if note:
                sheet.put(rows[labels[4]], 2, note, italic=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = sample.title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    stamp = datetime.combine(sample.date, time(16, 5))
    workbook.properties.created = workbook.properties.modified = stamp
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return common.held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=others,
                           also=tuple(also))


def build(today: date) -> list[HeldOutForm]:
    samples = tool_samples(16, seed=SEED, today=today, kinds=(STEP_UP_DOWN_AUDIT,))
    return [_build_one(index, sample, today) for index, sample in enumerate(samples)]
