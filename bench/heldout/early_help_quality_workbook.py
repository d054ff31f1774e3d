"""Early Help (Family Help) quality audit kept as an Excel workbook, one
family to a workbook: the Early Help reference and the family (the child,
date of birth, parents and carers, the other children at home), the lead
practitioner and their team, the auditor and the date; six areas of
practice, each with "what good looks like" prompts, the evidence seen and
a grade; the overall grade; strengths and areas for development; whether
the family's views on the help were sought; the safety question (does
anything found need a step up to children's social care today?); actions;
and a Head of Service / Head of Early Help moderation block.

Modelled on West Northamptonshire Council's published Early Help material:
its "Social care and early help – Local Offer" page (the Early Help
Assessment as a simple way to identify a family's needs that also sets out
a plan to meet them, used by every agency that delivers early help, for
children from before birth to 19, and up to 24 with consent for young
people with learning disabilities; social care support through the
Northamptonshire Children's Trust), the Early Help Partnership Board's
definition of "good" early help that the county's safeguarding board
publishes (identifying needs, holistic assessment, outcomes-based
intervention, Team Around the Family reviews, management oversight), and
the council's Cabinet approving a Family Help Strategy and a locality-based
approach to prevention (2025). None of them shows an audit form, so the
workbook is our own judgement: the six areas follow the definition's
headings; details are written one to a row, as label/value pairs two to a
row, or as "Label: value" in single cells; grades are picked from a
drop-down, written as initials (O / G / RI / I) against a printed key,
scored 1 to 4 against a key, or shown as four option cells with the chosen
one highlighted and the rest struck through; dates typed in several
spellings or kept as Excel dates; the moderation on a sheet of its own or
under the summary, typed in a colour of its own, sometimes with a note
against each area.
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

from bot.samples import COUNCIL, SampleAction, Section
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

FAMILY = "early_help_quality_workbook"
SEED = 9694

# The sample's areas, what this workbook calls them, and the prompts printed
# under each ("what good looks like").
AREAS = (
    ("Engagement with the family", "1. Identifying need and the request for support", (
        "Needs were spotted early and the family agreed to the help (consent recorded).",
        "The lead practitioner is the right person for this family and the family know who they are.",
    )),
    ("Early Help Assessment", "2. Holistic whole-family assessment", (
        "The EHA covers every member of the household, strengths as well as worries.",
        "History and other agencies' information explain why help is needed now.",
    )),
    ("Voice of the child", "3. The child's lived experience and the family's voice", (
        "The child has been seen and their words (or, if pre-verbal, observations) are recorded.",
        "Parents' and carers' own views of what needs to change are clear.",
    )),
    ("Team Around the Family plan", "4. Outcomes-based family plan", (
        "Outcomes are SMART and say what will be different for the child.",
        "Each action names who and by when; the family network has a part.",
    )),
    ("Impact and outcomes for the child", "5. TAF reviews, progress and step up / step down", (
        "TAF reviews are held on time and measure progress against the outcomes.",
        "Drift is recognised; step up or closure decisions are timely and explained.",
    )),
    ("Management oversight", "6. Management oversight and support to the lead practitioner", (
        "Supervision or case discussion is recorded and gives clear direction.",
        "The manager has checked the plan is making a difference.",
    )),
)
TITLES = (
    "Family Help – Early Help Quality Audit",
    "Early Help Assessment & Plan: Quality Audit Workbook",
    "EARLY HELP QUALITY AUDIT (EHA, PLAN AND TAF REVIEW)",
    "Early Help Case Quality Audit – Manager's Workbook",
)
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
DROPDOWN = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
            INADEQUATE: "Inadequate"}
INITIALS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
KEY_LINE = {OUTSTANDING: "Outstanding – practice is exceptional and the child's life is clearly better",
            GOOD: "Good – the area is met and help is making a difference",
            REQUIRES_IMPROVEMENT: "Requires improvement – partly met; help not yet making enough difference",
            INADEQUATE: "Inadequate – not met; the child is left without the help they need"}
SCORES = {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1}
FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF5050"}
OWNERS = {"Social worker": "Lead practitioner", "Practice manager": "Early Help Team Manager"}
MODERATOR_ROLES = ("Head of Service", "Head of Early Help", "Head of Service – Family Help")
NO_ACTIONS = ("No actions arising – the current family plan covers what was found.",
              "None required.", "No further actions from this audit; continue with the plan as reviewed.")
FAMILY_VOICES = (
    "Mum said the worker \"actually listens\" and the plan is written in words she understands.",
    "Dad said the TAF meetings feel like they are about the family, not about the paperwork.",
    "The young person said the help with school has made mornings easier.",
    "Mum said she was not sure what would happen after the last review.",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = [form for form in sample_forms(900, seed=SEED, today=today, feedback_question=True)
            if form.kind == "early_help_audit"]
    urgent = [form for form in pool if form.urgent_concern and not form.moderation][:2]
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
    """Cells written on one sheet, eight columns (A to H) wide."""

    def __init__(self, sheet, font: str, brand: str):
        self.sheet = sheet
        self.font = font
        self.brand = brand
        self.row = 1
        for column, width in enumerate((30, 20, 20, 20, 16, 16, 16, 16, 34), start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            strike=False, number_format=None, border=True, last: int | None = None):
        cell = self.sheet.cell(row=row, column=column, value=value)
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        cell.alignment = WRAP
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        if last and last > column:
            self.sheet.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
            for other in range(column + 1, last + 1):
                if border:
                    self.sheet.cell(row=row, column=other).border = BOX
        return cell

    def band(self, text: str, *, fill: str | None = None, last: int = 8) -> None:
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11, last=last)
        self.row += 1

    def text(self, value: str, *, height: int = 30, last: int = 8, **look) -> None:
        self.put(self.row, 1, value, last=last, **look)
        self.sheet.row_dimensions[self.row].height = height
        self.row += 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_style = rng.choice(("rows", "pairs", "inline"))
    grade_style = rng.choice(("dropdown", "initials", "score", "options"))
    overall_style = grade_style if rng.random() < 0.7 else "typed"
    sheets = rng.choice((1, 2, 3))
    household = siblings(rng, sample.child, rng.randint(1, 3) if rng.random() < 0.75 else 0, today)

    # The sample as the workbook shows it.
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(title, by_name[old].grade, by_name[old].comment)
                                       for old, title, _ in AREAS)}
    reference = rng.random()
    if reference < 0.65:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    elif reference < 0.8:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: title for old, title, _ in AREAS}
    area_notes = ({renamed[old]: note for old, note in moderation.section_comments.items()}
                  if moderation else {})

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    front = workbook.active
    if sheets == 1:
        front.title = rng.choice(("EH Quality Audit", "Audit"))
        audit_ws = summary_ws = front
    elif sheets == 2:
        front.title = rng.choice(("Family & audit", "Audit"))
        audit_ws = front
        summary_ws = workbook.create_sheet(rng.choice(("Summary & sign off", "Summary")))
    else:
        front.title = rng.choice(("Front sheet", "Family details"))
        audit_ws = workbook.create_sheet(rng.choice(("Quality areas", "Audit areas")))
        summary_ws = workbook.create_sheet(rng.choice(("Overall & actions", "Sign off")))
    writers: dict[str, _Writer] = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, font, brand)
        return writers[ws.title]

    title = rng.choice(TITLES)

    # --- front: the family and the audit --------------------------------------
    sheet = writer(front)
    sheet.put(1, 1, council_line(rng), bold=True, colour=brand, border=False, last=8)
    sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False, last=8)
    sheet.sheet.row_dimensions[2].height = 22
    sheet.row = 3
    sheet.text(rng.choice((
        "OFFICIAL-SENSITIVE once completed. One workbook per family; save with the EH reference as the file name.",
        "Read the EHA, the current family plan and the last two TAF reviews before completing.",
        "Managers: fill the white cells. Use the drop-downs where offered.",
    )), italic=True, border=False, height=18)
    sheet.row += 1
    born, born_format = day(child.date_of_birth)
    audited, audited_format = day(sample.date)
    household_text = ("; ".join(f"{name} ({born_on.strftime('%d/%m/%Y')})" for name, born_on in household)
                      if household else rng.choice(("None", "No other children in the household")))
    household_also = tuple(born_on.strftime("%d/%m/%Y") for _, born_on in household)
    case_value = int(sample.case_id) if sample.case_id.isdigit() and rng.random() < 0.5 else sample.case_id
    details = [
        (rng.choice(("EH reference", "Early Help ref.", "Family ID")) if reference < 0.65
         else rng.choice(("Case reference", "LCS / case no.", "Child's case number")), case_value, None),
        (rng.choice(("Child / young person", "Child's name")), child.full_name, None),
        (rng.choice(("Date of birth", "D.O.B.")), born, born_format),
        ("Parents / carers", " & ".join(child.parents), None),
        (rng.choice(("Other children in household", "Siblings at home")), household_text, None),
        (rng.choice(("Lead practitioner", "Lead Practitioner (LP)")), sample.practitioner, None),
        (rng.choice(("Team", "Family Help team", "Locality team")), sample.team, None),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    details += [
        (rng.choice(("Audited by", "Auditor (manager)", "Auditor")), sample.auditor, None),
        (rng.choice(("Date of audit", "Audit completed")), audited, audited_format),
    ]
    if rng.random() < 0.35:
        details.insert(4, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    sheet.band(rng.choice(("Section A – Family and audit details", "ABOUT THE FAMILY", "Details")))
    if details_style == "rows":
        for label, value, number_format in details:
            sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.put(sheet.row, 2, value, number_format=number_format, last=5)
            sheet.row += 1
    elif details_style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (label, value, number_format) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.put(sheet.row, column, label, bold=True, fill="DDEBF7", last=column + 1 if offset else column)
                first_value = column + 2 if offset else column + 1
                sheet.put(sheet.row, first_value, value, number_format=number_format,
                          last=first_value + (0 if offset else 2))
            sheet.row += 1
    else:
        for start in range(0, len(details), 2):
            for offset, (label, value, _) in enumerate(details[start:start + 2]):
                if isinstance(value, datetime):
                    value = when(value.date())
                sheet.put(sheet.row, 1 + offset * 4, f"{label}: {value}", last=4 + offset * 4)
            sheet.row += 1
    sheet.row += 1

    # --- the six areas ----------------------------------------------------------
    sheet = writer(audit_ws)
    if audit_ws is not front:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=8)
        sheet.row = 3
    sheet.band(rng.choice(("Section B – Quality of practice", "AREAS OF PRACTICE", "What did the audit find?")))
    if grade_style in ("initials", "score") or rng.random() < 0.3:
        sheet.text("Key:" if grade_style != "score" else "Score each area 1–4:", bold=True, border=False,
                   height=15)
        for grade in ORDER:
            prefix = {"initials": f"{INITIALS[grade]} = ", "score": f"{SCORES[grade]} = "}.get(grade_style, "")
            sheet.text(prefix + KEY_LINE[grade], italic=True, border=False, height=15, fill=FILLS[grade]
                       if grade_style == "initials" and rng.random() < 0.5 else None)
        sheet.row += 1
    note_column = bool(area_notes) and rng.random() < 0.5
    header_cells = ["Area", "What good looks like", "Evidence seen / auditor's comments"]
    if grade_style == "options":
        header_cells += ["Outstanding", "Good", "Req. improvement", "Inadequate"]
    else:
        header_cells += [{"dropdown": "Grade", "initials": "Grade (O/G/RI/I)", "score": "Score"}[grade_style]]
    if note_column:
        header_cells.append(rng.choice(("HoS moderation note", "Moderator's note")))
    for column, text in enumerate(header_cells, start=1):
        sheet.put(sheet.row, column if column <= 3 else column + 1, text, bold=True, fill="D9E1F2",
                  last=4 if column == 3 else None)
    sheet.row += 1
    for (_, _, prompts), section in zip(AREAS, sample.sections):
        row = sheet.row
        sheet.put(row, 1, section.name, bold=True)
        sheet.put(row, 2, "\n".join(f"\u2022 {prompt}" for prompt in prompts), italic=True, size=9)
        sheet.put(row, 3, section.comment, last=4)
        sheet.sheet.row_dimensions[row].height = 66
        column = 5
        if grade_style == "options":
            chosen_look = rng.choice(("highlight", "strike", "both"))
            for option in ORDER:
                label = DROPDOWN[option]
                if option == section.grade:
                    sheet.put(row, column, label, bold=True,
                              fill="FFFF00" if chosen_look != "strike" else None)
                else:
                    sheet.put(row, column, label, colour="A6A6A6", strike=chosen_look != "highlight")
                column += 1
        elif grade_style == "dropdown":
            cell = sheet.put(row, column, DROPDOWN[section.grade], bold=True, fill="FFF2CC")
            dropdown(audit_ws, cell.coordinate, tuple(DROPDOWN[grade] for grade in ORDER))
            column += 1
        elif grade_style == "initials":
            cell = sheet.put(row, column, INITIALS[section.grade], bold=True, fill=FILLS[section.grade])
            dropdown(audit_ws, cell.coordinate, tuple(INITIALS[grade] for grade in ORDER))
            column += 1
        else:
            sheet.put(row, column, SCORES[section.grade], bold=True)
            column += 1
        if note_column:
            sheet.put(row, column, area_notes.get(section.name, ""), colour=ink)
        sheet.row += 1
        if area_notes.get(section.name) and not note_column:
            sheet.put(sheet.row, 1, rng.choice(("HoS comment", "Moderation note")), bold=True, colour=ink)
            sheet.put(sheet.row, 2, area_notes[section.name], colour=ink, last=4)
            sheet.row += 1
    sheet.row += 1

    # --- overall, findings, safety, actions --------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not audit_ws:
        sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=8)
        sheet.row = 3
    sheet.band(rng.choice(("Section C – Overall grade", "OVERALL JUDGEMENT", "Overall")))
    sheet.put(sheet.row, 1, rng.choice(("Overall grade for the quality of Early Help for this family",
                                        "Overall grade", "Overall, the help this family receives is:")),
              bold=True, fill="E2EFDA", last=2)
    if overall_style == "options":
        for column, option in enumerate(ORDER, start=3):
            if option == sample.grade:
                sheet.put(sheet.row, column, DROPDOWN[option], bold=True, fill="FFFF00")
            else:
                sheet.put(sheet.row, column, DROPDOWN[option], colour="A6A6A6", strike=True)
    elif overall_style == "dropdown":
        cell = sheet.put(sheet.row, 3, DROPDOWN[sample.grade], bold=True, fill="FFF2CC", last=4)
        dropdown(summary_ws, cell.coordinate, tuple(DROPDOWN[grade] for grade in ORDER))
    elif overall_style == "initials":
        sheet.put(sheet.row, 3, f"{INITIALS[sample.grade]} ({DROPDOWN[sample.grade]})", bold=True,
                  fill=FILLS[sample.grade], last=4)
    elif overall_style == "score":
        sheet.put(sheet.row, 3, f"{SCORES[sample.grade]} – {DROPDOWN[sample.grade]}", bold=True, last=4)
    else:
        sheet.put(sheet.row, 3, informal_grade(rng, sample.grade, note_chance=0.3), bold=True, last=4)
    sheet.row += 2

    joined = rng.random() < 0.5
    for heading, items in ((rng.choice(("Strengths – what is working well", "Strengths")), sample.strengths),
                           (rng.choice(("Areas for development", "What needs to be better")),
                            sample.development_areas)):
        sheet.band(heading)
        if joined:
            sheet.text("\n".join(f"\u2022 {item}" for item in items), height=16 * len(items) + 6)
        else:
            for number, item in enumerate(items, start=1):
                sheet.put(sheet.row, 1, number)
                sheet.put(sheet.row, 2, item, last=8)
                sheet.sheet.row_dimensions[sheet.row].height = 28
                sheet.row += 1
        sheet.row += 1

    if rng.random() < 0.6:
        sheet.band(rng.choice(("The family's voice", "What does the family say about the help?")))
        sheet.text(rng.choice(FAMILY_VOICES))
        sheet.row += 1
    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, rng.choice((
            "Were the child's and family's views on the help sought as part of this audit?",
            "Did the auditor seek the child's / family's views?")), bold=True, fill="EDEDED", last=4)
        cell = sheet.put(sheet.row, 5, "Yes" if sample.feedback_sought else "No", bold=True, fill="FFF2CC")
        dropdown(summary_ws, cell.coordinate, ("Yes", "No"))
        sheet.sheet.row_dimensions[sheet.row].height = 30
        sheet.row += 2

    sheet.band(rng.choice(("Safety – step up", "IMMEDIATE SAFEGUARDING", "Is the child safe today?")),
               fill="C00000")
    sheet.put(sheet.row, 1, rng.choice((
        "Has the audit found anything that needs a step up to children's social care (MASH) today?",
        "Is there an immediate safeguarding concern that must be referred to the front door now?")),
              bold=True, fill="FCE4D6", last=4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    cell = sheet.put(sheet.row, 5, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, cell.coordinate, ("Yes", "No"))
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    sheet.put(sheet.row, 1, "If yes – what was done, by whom, when", bold=True, fill="FCE4D6")
    sheet.put(sheet.row, 2, sample.urgent_concern_detail or "", last=8)
    sheet.sheet.row_dimensions[sheet.row].height = 40 if sample.urgent_concern else 18
    sheet.row += 2

    sheet.band(rng.choice(("Actions", "Actions agreed with the lead practitioner", "ACTION PLAN")))
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        sheet.text(rng.choice(NO_ACTIONS), height=18)
    elif action_style == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"), ("What needs to happen", "Owner",
                                                                      "Target date", "Update")))
        sheet.put(sheet.row, 1, headers[0], bold=True, fill="D9E1F2", last=4)
        for column, text in zip((5, 6, 7), headers[1:]):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.row += 1
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action, last=4)
            sheet.put(sheet.row, 5, action.owner)
            value, number_format = day(action.due)
            sheet.put(sheet.row, 6, value, number_format=number_format)
            sheet.put(sheet.row, 7, "")
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.text(f"{number}. {action.action} – {action.owner} – by {when(action.due)}", height=30)
    sheet.row += 1

    # --- moderation --------------------------------------------------------------
    if moderation or rng.random() < 0.7:
        own_sheet = sheets == 3 and rng.random() < 0.6
        if own_sheet:
            sheet = writer(workbook.create_sheet("Moderation"))
            sheet.put(1, 1, title, bold=True, colour=brand, size=12, border=False, last=8)
            sheet.row = 3
        role = rng.choice(MODERATOR_ROLES)
        sheet.band(rng.choice((f"Section D – {role} moderation", "MODERATION", f"Moderation ({role})")))
        if moderation:
            on, on_format = day(moderation.date)
            agree = ""
            grade_text = ""
            if moderation.grade:
                agree = (rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade
                         else rng.choice(("No", "Disagree")))
                grade_text = (DROPDOWN[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            rows = ((rng.choice(("Moderated by", "Moderator")), moderation.moderator, None),
                    ("Role", role, None),
                    (rng.choice(("Date moderated", "Date")), on, on_format),
                    ("Agree with the auditor's overall grade?", agree, None),
                    (rng.choice(("Moderated grade", "Grade after moderation")), grade_text, None),
                    (rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments), None))
            colour = ink
        else:
            rows = (("Moderated by", "", None), ("Role", "", None), ("Date moderated", "", None),
                    ("Agree with the auditor's overall grade?", "", None), ("Moderated grade", "", None),
                    ("Comments", rng.choice(("", "Not sampled for moderation this month.", "n/a")), None))
            colour = None
        for label, value, number_format in rows:
            sheet.put(sheet.row, 1, label, bold=True, fill="EDEDED")
            sheet.put(sheet.row, 2, value, number_format=number_format, colour=colour,
                      bold=label.startswith(("Moderated grade", "Grade after")), last=6)
            if label.startswith("Comments") or label.startswith("Moderator's"):
                sheet.sheet.row_dimensions[sheet.row].height = 48
            sheet.row += 1

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth), *household_also))
