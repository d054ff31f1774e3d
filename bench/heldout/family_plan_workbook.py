"""Family plan audit workbook: an Early Help manager's audit of one family's
Team Around the Family plan, or of one step up to children's social care
or step down to Early Help, kept as an Excel workbook. One audit to a
workbook: the family's Early Help reference, the child, the parents and
the other children in the household, the lead practitioner, their team
and service, who audited and when; for a step up / step down the
direction, the date of the move and where it was agreed; five areas of
practice, each with what is working well and what we are worried about
and a judgement; a scaling question; the overall judgement; the findings
as "What worked well?", "What are we worried about?" and "What needs to
happen?" (the actions, with who and by when, or a sentence saying there
are none); the family's voice; a same-day safety question; and the Head
of Service's (or Head of Early Help's) moderation.

Modelled on the Warrington Safeguarding Partnership's "Quality assurance,
practice and performance improvement" page (its quality assurance
framework, updated in September 2019: understand the work from the
child's perspective, examine cases through audits that identify "what
worked well, what are we worried about, what needs to happen?", turn the
findings into actions, ask partners to self-evaluate) and the family help
teams of Warrington Borough Council's Families First for Children
Pathfinder. The pages describe the framework and the service, not a
workbook, so the workbook is our own judgement: one sheet, an audit sheet
with its own moderation sheet, or a guidance sheet in front (the grade
descriptors, sometimes the only place the scoring key is printed) with
the audit split over "Family" / "Audit" / "HoS QA" sheets, often with a
hidden list sheet behind the drop-downs and the sheet protected with
only the answer cells unlocked; details as a label column, a row of
headings over a row of answers, or two pairs to a row; the other
children as a small table, a line or "none"; the direction of a move
chosen from a drop-down or marked X beside the two printed options; the
areas in one grid (the area's evidence in a "working well" or a
"worried about" column) or a block each with two questions answered
Yes / Partly / No; judgements chosen from a drop-down (words, or
numbered words), typed informally, ticked as ☒ among four ☐ options in
one cell, highlighted among four printed options, marked X under four
columns (best first or worst first), or scored on a printed 1–4 key in
either order; the overall judgement the same way or in a sentence;
findings side by side or stacked; actions as a table, numbered lines or
a "no actions" sentence; dates typed in several spellings or kept as
Excel dates; the moderation as a box in the Head of Service's colour, on
its own sheet, or as a moderated judgement beside the auditor's, with
remarks on areas in a column or a row of their own.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
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
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "family_plan_workbook"
SEED = 4733
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The sample's areas, what this tool calls each (two versions of the
# tool), the two questions a block asks and what good looks like.
AREAS = {
    TAF_AUDIT: (
        ("Voice of the child", ("The child's voice and lived experience", "Child's voice – what is life like?"),
         ("Has the child been seen and spoken to on their own?", "Do the child's own words shape the plan?"),
         "The plan says what a day is like for the child and what they want to change."),
        ("Team Around the Family plan", ("The family plan", "TAF plan – SMART and owned by the family"),
         ("Does every outcome say who, what and by when?", "Was the plan written with the family?"),
         "Outcomes are specific, measurable and agreed with the parents."),
        ("TAF meetings and reviews", ("TAF meetings and reviews", "Reviewing the plan together"),
         ("Have TAF meetings been held every 6 to 8 weeks?", "Did the agencies in the TAF attend or send updates?"),
         "Meetings are regular, well attended and check progress against the outcomes."),
        ("Lead professional role", ("The lead practitioner", "Lead practitioner – co-ordination"),
         ("Does the family know who their lead practitioner is?", "Are actions chased when they slip?"),
         "One trusted worker co-ordinates the help and keeps everyone informed."),
        ("Impact and outcomes for the child", ("Difference made for the child", "Impact – is life better?"),
         ("Can we see what has changed for the child?", "Is there a clear plan for closure or step up?"),
         "Progress is measured and the family can say what is better."),
    ),
    STEP_UP_DOWN_AUDIT: (
        ("Decision to step up or step down", ("The decision to move", "Was it the right decision?"),
         ("Was the threshold of need applied correctly?", "Was the family told why, and did they agree?"),
         "The reasons for the move are recorded and fit the threshold guidance."),
        ("Information shared at transfer", ("Handover and information sharing", "Information passed on"),
         ("Was the assessment and plan shared with the receiving team?", "Did the partners know about the move?"),
         "The receiving worker had everything they needed on day one."),
        ("Timeliness of transfer", ("Timeliness of the move", "No gap in help"),
         ("Was the case allocated within the agreed timescale?", "Was there a joint visit or handover meeting?"),
         "The family went without help for no more than a few days."),
        ("Continuity for the child and family", ("Continuity for the child and family", "The family's experience"),
         ("Were trusted relationships kept where they could be?", "Did the plan carry over rather than start again?"),
         "The child and family did not have to tell their story again."),
        ("Management oversight", ("Management oversight", "Manager and panel oversight"),
         ("Did a manager agree the move and record why?", "Was the move discussed at the step up / step down panel?"),
         "Managers on both sides agreed the move and set clear expectations."),
    ),
}
TITLES = {
    TAF_AUDIT: ("Team Around the Family – Plan Audit", "TAF PLAN AUDIT", "Family Help: TAF Plan Quality Audit",
                "Audit of a Team Around the Family Plan"),
    STEP_UP_DOWN_AUDIT: ("Step Up / Step Down Audit", "STEP UP – STEP DOWN TRANSITION AUDIT",
                         "Family Help: Step Up and Step Down Quality Audit", "Audit of a Step Up or Step Down"),
}
DROPDOWN_WORDS = (
    dict(zip(ORDER, ("Outstanding", "Good", "Requires Improvement", "Inadequate"))),
    dict(zip(ORDER, ("Outstanding", "Good", "Requires improvement to be good", "Inadequate"))),
    dict(zip(ORDER, ("1 - Outstanding", "2 - Good", "3 - Requires Improvement", "4 - Inadequate"))),
)
OPTION_WORDS = (
    dict(zip(ORDER, ("Outstanding", "Good", "Requires improvement", "Inadequate"))),
    dict(zip(ORDER, ("Outstanding", "Good", "RI", "Inadequate"))),
    dict(zip(ORDER, ("O", "G", "RI", "I"))),
)
KEY_WORDS = dict(zip(ORDER, ("Outstanding", "Good", "Requires improvement to be good", "Inadequate")))
DESCRIPTORS = {
    OUTSTANDING: "Help is exceptional and the family's life has clearly changed for the better.",
    GOOD: "Help is right for the family and is making a difference for the child.",
    REQUIRES_IMPROVEMENT: "The child is safe but help is not yet making enough of a difference.",
    INADEQUATE: "The child is left without the help they need, or is not safe.",
}
GRADE_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
YELLOW = "FFFF00"
TICKED, UNTICKED = "\u2612", "\u2610"
DIRECTIONS = ("Step up to Children's Social Care", "Step down to Early Help")
AGREED_AT = ("Step Up / Step Down panel", "Weekly Family Help panel", "Team manager decision in supervision",
             "Child in Need review", "Front door (MASH) decision")
REASONS = {
    DIRECTIONS[0]: ("Worries grew despite the plan and a referral was made to the front door.",
                    "New information about home conditions meant the threshold for social care was met."),
    DIRECTIONS[1]: ("The Child in Need plan ended; Family Help to sustain the progress made.",
                    "Risks reduced after assessment; the family agreed to carry on with Early Help."),
}
TAF_AGENCIES = ("School", "Health visiting", "School nurse", "GP", "Housing", "Youth service", "CAMHS",
                "Family hub", "Nursery", "Domestic abuse service")
NO_ACTIONS = ("No actions – the family plan already covers what was found.",
              "None. Nothing further needed from this audit.",
              "No new actions arising; keep to the current plan and review dates.")
NOT_MODERATED = ("", "Not selected for moderation this month.", "Not moderated.", "Awaiting HoS sample.")
SCALING = ("On a scale of 0 to 10, where 10 means everyone is confident the child is safe and well supported "
           "and 0 means we are very worried, where is this family today?",
           "Scaling (0–10): how confident are you that the help is working for the child?")
SAFETY_QUESTIONS = (
    "Has this audit found anything that means a child may not be safe today? (If yes, tell the Head of Service "
    "and the front door the same day.)",
    "Is there an immediate safeguarding concern that needs action today?",
    "Any child at risk of significant harm now? Yes / No",
)
OWNERS = {"Social worker": ("Lead practitioner", "Family Help worker", "LP"),
          "Practice manager": ("EH Manager", "Team manager", "Family Help manager")}
NUMBER_FORMATS = {
    "dd/mm/yyyy": lambda day: f"{day:%d/%m/%Y}",
    "d mmmm yyyy": lambda day: f"{day.day} {day:%B %Y}",
    "dd-mmm-yy": lambda day: f"{day:%d-%b-%y}",
    "dd.mm.yyyy": lambda day: f"{day:%d.%m.%Y}",
}
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WIDTHS = (6, 26, 30, 34, 11, 11, 11, 11, 30)  # A to I
LAST = 9


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = tool_samples(40, seed=SEED, today=today, kinds=(TAF_AUDIT, STEP_UP_DOWN_AUDIT))

    def category(sample) -> str:
        moderation = sample.moderation
        if sample.urgent_concern:
            return "urgent"
        if moderation is None:
            return "plain"
        if moderation.grade is None:
            return "remarks"
        return "confirms" if moderation.grade == sample.grade else "changes"

    # Eight of each kind: 2 urgent, 2 remarks only, 3 changed, 2 confirmed, 7 plain.
    wanted = {TAF_AUDIT: {"urgent": 1, "remarks": 1, "changes": 3, "confirms": 1, "plain": 2},
              STEP_UP_DOWN_AUDIT: {"urgent": 1, "remarks": 1, "changes": 0, "confirms": 1, "plain": 5}}
    chosen = []
    for sample in pool:
        left = wanted[sample.kind]
        kind_of = category(sample)
        if left[kind_of] > 0:
            left[kind_of] -= 1
            chosen.append(sample)
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


class _Writer:
    """One worksheet written top to bottom over columns A to I."""

    def __init__(self, ws, brand: str, font: str, protect: bool):
        self.ws = ws
        self.brand = brand
        self.font = font
        self.protect = protect
        self.row = 1
        for column, width in enumerate(WIDTHS, start=1):
            ws.column_dimensions[get_column_letter(column)].width = width

    def put(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
            strike=False, number_format=None, border=True, answer=False, centre=False):
        cell = self.ws.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="center" if centre else None)
        if fill:
            cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            cell.border = BOX
        if number_format:
            cell.number_format = number_format
        if answer and self.protect:
            cell.protection = Protection(locked=False)
        return cell

    def merge(self, row: int, first: int, last: int, *, border=True) -> None:
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            if border:
                for column in range(first + 1, last + 1):
                    self.ws.cell(row=row, column=column).border = BOX

    def band(self, text: str, *, fill=None, colour="FFFFFF") -> None:
        self.put(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, LAST)
        self.row += 1

    def line(self, text: str, *, italic=False, bold=False, colour=None, height=None, border=False, answer=False):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, border=border, answer=answer)
        self.merge(self.row, 1, LAST, border=border)
        self.height(height or 15 * (len(text) // 120 + 1))
        self.row += 1

    def height(self, points: float) -> None:
        self.ws.row_dimensions[self.row].height = points

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    kind = sample.kind
    stepping = kind == STEP_UP_DOWN_AUDIT
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.4
    number_format = rng.choice(tuple(NUMBER_FORMATS))
    shape = rng.choice(("single", "with QA sheet", "guidance and tabs"))
    area_style = rng.choice(("grid", "grid", "blocks"))
    grade_style = rng.choice(("dropdown", "typed", "tickbox", "highlight", "mark", "score"))
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("dropdown", "typed", "sentence"))
    findings_style = rng.choice(("side by side", "stacked"))
    actions_style = rng.choice(("table", "table", "lines"))
    moderation_style = rng.choice(("box", "beside", "sheet")) if shape != "single" else rng.choice(("box", "beside"))
    remark_column = area_style == "grid" and rng.random() < 0.6
    dropdown_words = rng.choice(DROPDOWN_WORDS)
    option_words = rng.choice(OPTION_WORDS if grade_style in ("mark", "highlight") else OPTION_WORDS[:2])
    worst_first = rng.random() < 0.35
    options = tuple(reversed(ORDER)) if worst_first else ORDER
    score_key = dict(zip(ORDER, (4, 3, 2, 1) if rng.random() < 0.5 else (1, 2, 3, 4)))
    mark_symbol = rng.choice(("X", "x", "\u2713", "\u2714"))
    highlight_fill = rng.choice((YELLOW, None))  # None: each grade's own colour
    hidden_lists = rng.random() < 0.5
    protect = rng.random() < 0.4
    version = rng.randrange(2)
    who = rng.choice(("Head of Service", "Head of Early Help"))
    household = [(name, born) for name, born in siblings(rng, sample.child, rng.randint(0, 3), today)
                 if (sample.date - born).days < 18 * 365]  # children only

    # --- the sample as this workbook carries it --------------------------------
    areas = AREAS[kind]
    by_name = {section.name: section for section in sample.sections}
    changes: dict = {"sections": tuple(Section(names[version], by_name[old].grade, by_name[old].comment)
                                       for old, names, _, _ in areas)}
    reference_style = rng.random()
    if reference_style < 0.6:
        changes["case_id"] = early_help_reference(rng, sample.case_id)
        reference_label = rng.choice(("EH reference", "EHM ID", "Early Help ID", "Family Help record no."))
    elif reference_style < 0.75:
        changes["case_id"] = case_reference(rng, sample.case_id)
        reference_label = rng.choice(("Case reference", "LCS / Mosaic no.", "Child's case number"))
    else:
        reference_label = rng.choice(("Child ID", "EHM ID", "Person ID"))
    show_team = rng.random() < 0.8
    if not show_team:
        changes["team"] = None
    actions = tuple(SampleAction(action.action, rng.choice(OWNERS[action.owner]) if action.owner in OWNERS
                                 else action.owner, action.due) for action in sample.actions)
    if rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = {old: names[version] for old, names, _, _ in areas}
    remarks = {renamed[old]: text for old, text in moderation.section_comments.items()} if moderation else {}
    own = {field.key: field for field in sample.own}
    family_voice = own["family_voice"].written
    title = rng.choice(TITLES[kind])
    also: list[str] = []

    def day(value: date):
        """A date as this workbook keeps it: typed, or an Excel date."""
        if excel_dates:
            return datetime.combine(value, time()), number_format
        return when(value), None

    def shown(value: date) -> str:
        return NUMBER_FORMATS[number_format](value) if excel_dates else when(value)

    # --- the workbook and its sheets ---------------------------------------------
    workbook = Workbook()
    lists_ws = None
    validations: dict = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_ws
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                column = lists_ws.max_column + 1 if lists_ws["A1"].value is not None else 1
                for position, choice in enumerate(choices, start=1):
                    lists_ws.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            validation.error = "Please choose from the list."
            validation.showErrorMessage = True
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    first = workbook.active
    short = "TAF" if not stepping else "SUSD"
    if shape == "single":
        first.title = rng.choice((f"{short} audit", "Audit", f"{short} Audit Tool"))
        family_ws = audit_ws = findings_ws = qa_ws = first
    elif shape == "with QA sheet":
        first.title = rng.choice(("Audit", f"{short} audit"))
        family_ws = audit_ws = findings_ws = first
        qa_ws = workbook.create_sheet(rng.choice(("HoS QA", "Moderation"))) if moderation_style == "sheet" else first
    else:
        first.title = rng.choice(("Guidance", "Read me", "Key"))
        family_ws = workbook.create_sheet(rng.choice(("1 Family", "Family details", "Details")))
        audit_ws = workbook.create_sheet(rng.choice(("2 Audit", "Audit", "Areas of practice")))
        findings_ws = audit_ws if rng.random() < 0.5 else workbook.create_sheet(rng.choice(("3 Findings",
                                                                                            "Findings")))
        qa_ws = workbook.create_sheet(rng.choice(("HoS QA", "Moderation", "QA"))) if moderation_style == "sheet" \
            else findings_ws
        _guidance(first, brand, font, title, grade_style, score_key, rng)
    writers: dict = {}
    council = council_line(rng)
    numbering = rng.choice(("number", "section", "capitals"))
    part = [0]

    def heading(*choices: str) -> str:
        """A part's heading, numbered the way this workbook numbers its parts."""
        text = rng.choice(choices)
        part[0] += 1
        if numbering == "number":
            return f"{part[0]}. {text}"
        if numbering == "section":
            return f"Section {part[0]} – {text}"
        return text.upper()

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            writers[ws.title] = _Writer(ws, brand, font, protect)
            sheet = writers[ws.title]
            sheet.put(1, 1, council, bold=True, colour="FFFFFF", fill=brand, size=12)
            sheet.merge(1, 1, LAST)
            sheet.put(2, 1, title, bold=True, colour=brand, size=14, border=False)
            sheet.merge(2, 1, LAST, border=False)
            sheet.ws.row_dimensions[2].height = 22
            sheet.row = 3
            if ws is family_ws or ws is first:
                sheet.line(rng.choice(("OFFICIAL – SENSITIVE (when complete)", "OFFICIAL-SENSITIVE",
                                       "Protect – contains personal information")), bold=True, colour="C00000")
            sheet.skip()
        return writers[ws.title]

    # --- the family and the audit -----------------------------------------------
    sheet = writer(family_ws)
    if family_ws is first:
        sheet.line(rng.choice((
            "Answer cells are shaded. Use the drop-down lists where there is one. Save the workbook as the EH "
            "reference and send it to the QA mailbox.",
            "One workbook per family. Complete within 10 working days of the audit being allocated.",
            "Use the audit to ask: what worked well, what are we worried about, what needs to happen?",
        )), italic=True, height=30)
        sheet.skip()
    sheet.band(heading("About the family", "Family details", "Family and audit details"))
    role = " (Early Help Manager)" if rng.random() < 0.3 else ""
    case_value = int(sample.case_id) if sample.case_id.isdigit() and not sample.case_id.startswith("0") \
        and rng.random() < 0.5 else sample.case_id
    born_value, born_format = day(child.date_of_birth)
    also.append(shown(child.date_of_birth))
    audited_value, audited_format = day(sample.date)
    details = [
        (reference_label, case_value, None),
        (rng.choice(("Child's name", "Name of child / young person", "Child")), child.full_name, None),
        (rng.choice(("Date of birth", "DOB")), born_value, born_format),
        (rng.choice(("Parent(s) / carer(s)", "Parents / carers", "Parent/carer")), ", ".join(child.parents), None),
    ]
    if rng.random() < 0.45:
        details.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    details.append((rng.choice(("Lead practitioner", "Lead professional", "Family Help worker (lead)")),
                    sample.practitioner, None))
    if show_team:
        details.append((rng.choice(("Team", "Family Help team", "Locality team")), sample.team, None))
    details += [
        (rng.choice(("Service", "Service area")), sample.service, None),
        (rng.choice(("Audited by", "Auditor", "Auditor (manager)")), sample.auditor + role, None),
        (rng.choice(("Date of audit", "Audit date", "Date audited")), audited_value, audited_format),
    ]
    _details(sheet, rng, details)
    sheet.skip()

    # The other children in the household.
    household_style = rng.choice(("table", "line")) if household else "none"
    if household_style == "table":
        sheet.band(rng.choice(("Other children in the household", "Brothers and sisters")), fill="D9E1F2",
                   colour="000000")
        for column, text in ((1, "Name"), (4, "Date of birth"), (5, "Age"), (7, "Part of this plan?")):
            sheet.put(sheet.row, column, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.merge(sheet.row, 5, 6)
        sheet.merge(sheet.row, 7, 8)
        sheet.skip()
        for name, born in household:
            value, fmt = day(born)
            also.append(shown(born))
            sheet.put(sheet.row, 1, name, answer=True)
            sheet.merge(sheet.row, 1, 3)
            sheet.put(sheet.row, 4, value, number_format=fmt, answer=True)
            sheet.put(sheet.row, 5, (sample.date - born).days // 365, answer=True)
            sheet.merge(sheet.row, 5, 6)
            sheet.put(sheet.row, 7, rng.choice(("Yes", "No", "Yes")), answer=True)
            sheet.merge(sheet.row, 7, 8)
            sheet.skip()
        sheet.skip()
    else:
        text = (", ".join(f"{name} ({(sample.date - born).days // 365})" for name, born in household)
                if household else rng.choice(("None", "No other children", "N/A – only child")))
        sheet.put(sheet.row, 1, "Other children in the household", bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, text, answer=True)
        sheet.merge(sheet.row, 3, LAST)
        sheet.skip(2)

    # The move (step up / step down) or the plan (TAF).
    if stepping:
        direction = own["direction"].written
        moved = own["transfer_date"].written
        sheet.band(heading("The step up / step down", "The move between services", "The transition"))
        sheet.put(sheet.row, 1, rng.choice(("Direction of the move", "Step up or step down?", "Direction")),
                  bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 2)
        if rng.random() < 0.5:
            target = sheet.put(sheet.row, 3, direction, fill="FFF2CC", answer=True)
            sheet.merge(sheet.row, 3, 4)
            dropdown(family_ws, target.coordinate, DIRECTIONS)
            sheet.skip()
        else:
            for offset, option in enumerate(DIRECTIONS):
                sheet.put(sheet.row + offset, 3, option)
                sheet.merge(sheet.row + offset, 3, 4)
                sheet.put(sheet.row + offset, 5, mark_symbol if option == direction else None, bold=True,
                          centre=True, answer=True)
            sheet.skip(2)
        value, fmt = day(moved)
        for text, answer, answer_format in (
                (rng.choice(("Date of step up / step down", "Date of transfer", "Date case moved")), value, fmt),
                (rng.choice(("Where was the move agreed?", "Agreed at")), rng.choice(AGREED_AT), None),
                (rng.choice(("Reason for the move", "Why did the case move?")), rng.choice(REASONS[direction]),
                 None)):
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, answer, number_format=answer_format, answer=True)
            sheet.merge(sheet.row, 3, LAST)
            sheet.skip()
        sheet.skip()
    elif rng.random() < 0.7:
        sheet.band(heading("The plan", "Team Around the Family", "The TAF"))
        agencies = ", ".join(rng.sample(TAF_AGENCIES, rng.randint(2, 5)))
        rows = [(rng.choice(("Agencies in the TAF", "Who is in the Team Around the Family?")), agencies),
                (rng.choice(("Number of TAF meetings held", "TAF meetings so far")), rng.randint(2, 6))]
        if rng.random() < 0.5:
            rows.append(("Plan open since", shown(sample.date - timedelta(days=rng.randint(90, 300)))))
        for text, answer in rows:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, answer, answer=True)
            sheet.merge(sheet.row, 3, LAST)
            sheet.skip()
        sheet.skip()

    # --- the areas of practice ------------------------------------------------------
    sheet = writer(audit_ws)
    sheet.band(heading("Areas of practice", "What did you find?", "Audit of practice"))
    if grade_style == "score" and (shape != "guidance and tabs" or rng.random() < 0.5):
        key = ", ".join(f"{score_key[grade]} = {KEY_WORDS[grade]}" for grade in
                        sorted(ORDER, key=lambda grade: score_key[grade]))
        sheet.line(f"Scoring key: {key}", bold=True)
    elif grade_style in ("dropdown", "typed") and rng.random() < 0.3:
        sheet.line("Judgements use the Ofsted grades: Outstanding, Good, Requires improvement to be good, "
                   "Inadequate.", italic=True)
    grade_args = dict(style=grade_style, dropdown_words=dropdown_words, option_words=option_words,
                      options=options, score_key=score_key, mark_symbol=mark_symbol, highlight=highlight_fill,
                      dropdown=lambda coordinate: dropdown(audit_ws, coordinate,
                                                           tuple(dropdown_words[g] for g in ORDER)), rng=rng)
    well_label = rng.choice(("What is working well?", "Working well", "What's working well"))
    worry_label = rng.choice(("What are we worried about?", "Worried about", "What are we worried about"))
    if area_style == "grid":
        wide = grade_style in ("highlight", "mark")
        headers = [(1, "No."), (2, "Area of practice"), (3, well_label), (4, worry_label)]
        for column, text in headers:
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        if wide:
            for column, grade in zip(range(5, 9), options):
                sheet.put(sheet.row, column, option_words[grade] if grade_style == "mark" else "Judgement",
                          bold=True, fill="D9E1F2", centre=True)
            if grade_style == "highlight":
                sheet.merge(sheet.row, 5, 8)
        else:
            sheet.put(sheet.row, 5, rng.choice(("Judgement", "Grade", "Rating")) +
                      (" (1–4)" if grade_style == "score" else ""), bold=True, fill="D9E1F2")
            sheet.merge(sheet.row, 5, 8)
        if remark_column:
            sheet.put(sheet.row, 9, rng.choice(("HoS comments", "Moderator's comments", "QA comments")),
                      bold=True, fill="D9E1F2")
        sheet.height(30)
        sheet.skip()
        for number, section in enumerate(sample.sections, start=1):
            sheet.put(sheet.row, 1, number, centre=True)
            sheet.put(sheet.row, 2, section.name, bold=True)
            positive = section.grade in (OUTSTANDING, GOOD)
            sheet.put(sheet.row, 3, section.comment if positive else None, answer=True)
            sheet.put(sheet.row, 4, None if positive else section.comment, answer=True)
            _grade_cells(sheet, sheet.row, section.grade, **grade_args)
            if remark_column:
                sheet.put(sheet.row, 9, remarks.get(section.name), colour=ink)
            sheet.height(48)
            sheet.skip()
            if section.name in remarks and not remark_column:
                sheet.put(sheet.row, 1, None)
                sheet.put(sheet.row, 2, rng.choice(("HoS comment", "Moderator")), bold=True, colour=ink)
                sheet.put(sheet.row, 3, remarks[section.name], colour=ink)
                sheet.merge(sheet.row, 3, LAST)
                sheet.skip()
        sheet.skip()
    else:
        for number, ((_, _, questions, good_looks), section) in enumerate(zip(areas, sample.sections), start=1):
            sheet.band(f"{number}. {section.name}", fill="DDEBF7", colour="000000")
            sheet.put(sheet.row, 1, "What good looks like", bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, good_looks, italic=True)
            sheet.merge(sheet.row, 3, LAST)
            sheet.skip()
            weights = {OUTSTANDING: (9, 1, 0), GOOD: (7, 3, 1), REQUIRES_IMPROVEMENT: (3, 5, 2),
                       INADEQUATE: (1, 4, 5)}[section.grade]
            for question in questions:
                sheet.put(sheet.row, 1, question)
                sheet.merge(sheet.row, 1, 4)
                answer = rng.choices(("Yes", "Partly", "No"), weights=weights)[0]
                target = sheet.put(sheet.row, 5, answer, fill="FFF2CC", answer=True, centre=True)
                dropdown(audit_ws, target.coordinate, ("Yes", "Partly", "No"))
                sheet.merge(sheet.row, 5, 6)
                sheet.skip()
            positive = section.grade in (OUTSTANDING, GOOD)
            for text, value in ((well_label, section.comment if positive else ""),
                                (worry_label, "" if positive else section.comment)):
                sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.put(sheet.row, 3, value, answer=True)
                sheet.merge(sheet.row, 3, LAST)
                sheet.height(30)
                sheet.skip()
            if section.name in remarks:
                sheet.put(sheet.row, 1, rng.choice(("Head of Service comment", "Moderator's note")), bold=True,
                          colour=ink, fill="F2F2F2")
                sheet.merge(sheet.row, 1, 2)
                sheet.put(sheet.row, 3, remarks[section.name], colour=ink)
                sheet.merge(sheet.row, 3, LAST)
                sheet.skip()
            sheet.put(sheet.row, 1, rng.choice(("Judgement for this area", "Judgement", "Area grade")), bold=True,
                      fill="E2EFDA")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, None)
            sheet.merge(sheet.row, 3, 4)
            if grade_style == "mark":
                for column, grade in zip(range(5, 9), options):
                    sheet.put(sheet.row, column, option_words[grade], bold=True, fill="F2F2F2", centre=True)
                sheet.skip()
                sheet.put(sheet.row, 1, None)
                sheet.merge(sheet.row, 1, 4)
            _grade_cells(sheet, sheet.row, section.grade, **grade_args)
            sheet.skip(2)

    # Scaling and the overall judgement.
    scale = {OUTSTANDING: (9, 10), GOOD: (7, 8), REQUIRES_IMPROVEMENT: (4, 6), INADEQUATE: (1, 3)}[sample.grade]
    if rng.random() < 0.6:
        sheet.put(sheet.row, 1, rng.choice(SCALING), bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 4)
        sheet.put(sheet.row, 5, rng.randint(*scale), bold=True, centre=True, answer=True)
        sheet.height(45)
        sheet.skip(2)
    sheet.band(heading("Overall judgement", "Overall"))
    overall_label = rng.choice((
        "Overall judgement of the family's plan" if not stepping else "Overall judgement of the step up / down",
        "Overall grade", "Auditor's overall judgement"))
    beside = moderation_style == "beside"
    if overall_style == "sentence":
        word = informal_grade(rng, sample.grade).lower() if rng.random() < 0.5 else KEY_WORDS[sample.grade].lower()
        thing = "the plan for this family" if not stepping else "the way this move was handled"
        sheet.line(rng.choice((f"Overall I judge {thing} to be {word}.",
                               f"Taking everything into account, {thing} is {word}.")), border=True, answer=True,
                   height=30)
    else:
        if overall_style in ("mark",):
            for column, grade in zip(range(5, 9), options):
                sheet.put(sheet.row, column, option_words[grade], bold=True, fill="F2F2F2", centre=True)
            sheet.skip()
        sheet.put(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        overall_args = dict(grade_args, style=overall_style,
                            dropdown=lambda coordinate: dropdown(sheet.ws, coordinate,
                                                                 tuple(dropdown_words[g] for g in ORDER)))
        _grade_cells(sheet, sheet.row, sample.grade, **overall_args)
        sheet.height(30)
        sheet.skip()
    if beside:
        sheet.put(sheet.row, 1, rng.choice((f"{who} – moderated judgement", "Moderated judgement",
                                            f"Moderated grade ({who})")), bold=True, colour=ink, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 4)
        moderated = ""
        if moderation and moderation.grade:
            moderated = (dropdown_words[moderation.grade] if rng.random() < 0.5
                         else informal_grade(rng, moderation.grade))
        sheet.put(sheet.row, 5, moderated, bold=True, colour=ink, answer=True)
        sheet.merge(sheet.row, 5, 8)
        sheet.skip()
    sheet.skip()

    # --- findings ------------------------------------------------------------------
    if findings_ws is not audit_ws:
        sheet = writer(findings_ws)
    bullet = rng.choice(("", "\u2022 ", "- "))
    worked = rng.choice(("What worked well?", "What worked well", "WHAT WORKED WELL?"))
    worried = rng.choice(("What are we worried about?", "What we are worried about", "WHAT ARE WE WORRIED ABOUT?"))
    needs = rng.choice(("What needs to happen?", "What needs to happen – actions", "WHAT NEEDS TO HAPPEN?"))
    if findings_style == "side by side":
        sheet.band(heading("Findings", "Summary of findings", "Summary"))
        sheet.put(sheet.row, 1, worked, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        sheet.put(sheet.row, 5, worried, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, 5, LAST)
        sheet.skip()
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, f"{bullet}{left}" if left else None, answer=True)
            sheet.merge(sheet.row, 1, 4)
            sheet.put(sheet.row, 5, f"{bullet}{right}" if right else None, answer=True)
            sheet.merge(sheet.row, 5, LAST)
            sheet.height(30)
            sheet.skip()
        sheet.skip()
    else:
        for caption, items in ((worked, sample.strengths), (worried, sample.development_areas)):
            sheet.band(caption)
            for number, item in enumerate(items, start=1):
                sheet.line(f"{number}. {item}" if not bullet else f"{bullet}{item}", border=True, answer=True)
            sheet.skip()
    sheet.band(needs)
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), border=True, answer=True)
    elif actions_style == "table":
        headers = rng.choice((("Action", "Who", "By when", "Done?"),
                              ("What needs to happen", "By who", "By when", "Update")))
        sheet.put(sheet.row, 1, headers[0], bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 1, 4)
        for column, text in zip((5, 7, 9), headers[1:]):
            sheet.put(sheet.row, column, text, bold=True, fill="D9E1F2")
        sheet.merge(sheet.row, 5, 6)
        sheet.merge(sheet.row, 7, 8)
        sheet.skip()
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action, answer=True)
            sheet.merge(sheet.row, 1, 4)
            sheet.put(sheet.row, 5, action.owner, answer=True)
            sheet.merge(sheet.row, 5, 6)
            value, fmt = day(action.due)
            sheet.put(sheet.row, 7, value, number_format=fmt, answer=True)
            sheet.merge(sheet.row, 7, 8)
            sheet.put(sheet.row, 9, rng.choice(("", "", "Not started", "In progress")), answer=True)
            sheet.height(30)
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.line(f"{number}. {action.action} Who: {action.owner}. By: {when(action.due)}.", border=True,
                       answer=True, height=30)
    sheet.skip()

    sheet.band(heading("What does the family say?", "The family's voice (in their words)",
                       "Voice of the child and family"))
    sheet.line(family_voice, border=True, answer=True, height=30)
    sheet.skip()

    sheet.band(heading("Safety today", "Immediate safeguarding", "Is the child safe?"), fill="C00000")
    sheet.put(sheet.row, 1, rng.choice(SAFETY_QUESTIONS), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "NO", "No"))
    target = sheet.put(sheet.row, 5, answer, bold=True, fill="FFF2CC", answer=True, centre=True)
    if answer in ("Yes", "No"):
        dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 5, 6)
    sheet.height(45)
    sheet.skip()
    sheet.put(sheet.row, 1, rng.choice(("If yes, what was done and who was told?", "Action taken today")),
              bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    sheet.put(sheet.row, 5, sample.urgent_concern_detail or "", answer=True)
    sheet.merge(sheet.row, 5, LAST)
    sheet.height(30)
    sheet.skip(2)

    # --- moderation ------------------------------------------------------------------
    if moderation_style == "sheet" or moderation or rng.random() < 0.7:
        sheet = writer(qa_ws)
        sheet.band(heading(f"{who} moderation", f"Quality assurance – {who}", "Moderation"), fill=ink)
        labels = [rng.choice(("Moderated by", who, "Moderator")),
                  rng.choice(("Date moderated", "Date of moderation"))]
        values: list = []
        formats: list = []
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            values += [moderation.moderator, moderated_on]
            formats += [None, moderated_fmt]
        else:
            values += ["", ""]
            formats += [None, None]
        if not beside:
            labels += ["Do you agree with the auditor's judgement?",
                       rng.choice(("Moderated judgement", "HoS judgement"))]
            agree = grade_text = ""
            if moderation and moderation.grade:
                agree = "Yes" if moderation.grade == sample.grade else "No"
                grade_text = (dropdown_words[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values += [agree, grade_text]
            formats += [None, None]
        labels.append(rng.choice(("Comments", f"{who}'s comments", "Moderation comments")))
        values.append("\n".join(moderation.comments) if moderation else rng.choice(NOT_MODERATED))
        formats.append(None)
        for text, value, fmt in zip(labels, values, formats):
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 3)
            cell = sheet.put(sheet.row, 4, value, number_format=fmt, colour=ink if moderation else None,
                             italic=not moderation, answer=True, bold=text.endswith("judgement"))
            sheet.merge(sheet.row, 4, LAST)
            if text.startswith("Do you agree"):
                dropdown(sheet.ws, cell.coordinate, ("Yes", "No"))
            if text == labels[-1]:
                sheet.height(15 * (1 + len(str(value)) // 90) + 15)
            sheet.skip()

    for ws in workbook.worksheets:
        if ws is lists_ws:
            continue
        ws.sheet_view.showGridLines = False
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if protect and ws.title in writers:
            ws.protection.sheet = True
    workbook.active = workbook.worksheets.index(family_ws)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 15))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=tuple(dict.fromkeys(also)))


def _details(sheet: _Writer, rng: random.Random, details) -> None:
    """The family and audit details in one of three shapes."""
    style = rng.choice(("column", "strip", "pairs"))
    if style == "column":
        for text, value, fmt in details:
            sheet.put(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.put(sheet.row, 3, value, number_format=fmt, fill="FFF2CC", answer=True)
            sheet.merge(sheet.row, 3, 5)
            sheet.skip()
    elif style == "strip":
        spans = ((1, 2), (3, 3), (4, 4), (5, 7), (8, 9))
        for start in range(0, len(details), len(spans)):
            chunk = details[start:start + len(spans)]
            for (first, last), (text, value, fmt) in zip(spans, chunk):
                sheet.put(sheet.row, first, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, first, last)
                sheet.put(sheet.row + 1, first, value, number_format=fmt, answer=True)
                sheet.merge(sheet.row + 1, first, last)
            sheet.ws.row_dimensions[sheet.row + 1].height = 30
            sheet.skip(2)
    else:
        for start in range(0, len(details), 2):
            for (text, value, fmt), (label_at, value_at, value_end) in zip(details[start:start + 2],
                                                                           ((1, 3, 4), (5, 7, 9))):
                sheet.put(sheet.row, label_at, text, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, label_at, label_at + 1 if label_at == 1 else 6)
                sheet.put(sheet.row, value_at, value, number_format=fmt, answer=True)
                sheet.merge(sheet.row, value_at, value_end)
            sheet.skip()


def _grade_cells(sheet: _Writer, row: int, grade: str, *, style: str, dropdown_words, option_words, options,
                 score_key, mark_symbol, highlight, dropdown, rng: random.Random) -> None:
    """A judgement in columns E to H of `row`, in the workbook's style."""
    if style in ("highlight", "mark"):
        for column, option in zip(range(5, 9), options):
            chosen = option == grade
            if style == "highlight":
                sheet.put(row, column, option_words[option], bold=chosen, centre=True,
                          fill=(highlight or GRADE_FILLS[option]) if chosen else None)
            else:
                sheet.put(row, column, mark_symbol if chosen else None, bold=True, centre=True, answer=True)
        return
    if style == "tickbox":
        text = "   ".join(f"{TICKED if option == grade else UNTICKED} {option_words[option]}"
                          for option in options)
        sheet.put(row, 5, text, answer=True)
    elif style == "dropdown":
        target = sheet.put(row, 5, dropdown_words[grade], bold=True, fill="FFF2CC", answer=True)
        dropdown(target.coordinate)
    elif style == "score":
        sheet.put(row, 5, score_key[grade], bold=True, centre=True, answer=True)
    else:
        sheet.put(row, 5, informal_grade(rng, grade, note_chance=0.25), answer=True)
    sheet.merge(row, 5, 8)


def _guidance(ws, brand: str, font: str, title: str, grade_style: str, score_key, rng: random.Random) -> None:
    """A guidance sheet in front: what the audit is for and the grade descriptors."""
    sheet = _Writer(ws, brand, font, False)
    sheet.put(1, 1, COUNCIL, bold=True, colour="FFFFFF", fill=brand, size=12)
    sheet.merge(1, 1, LAST)
    sheet.put(2, 1, f"{title} – guidance for auditors", bold=True, colour=brand, size=14, border=False)
    sheet.merge(2, 1, LAST, border=False)
    sheet.row = 4
    for text in (
        "This audit looks at one family's help from the child's point of view. For each area ask: what worked "
        "well, what are we worried about, what needs to happen?",
        "Talk to the lead practitioner and, where you can, the family before you finish the audit.",
        "If you find a child who may not be safe, stop and tell the Head of Service the same day.",
        "The Head of Service moderates a sample of audits each month and may change the judgement.",
    ):
        sheet.line(f"\u2022 {text}", height=30)
    sheet.skip()
    sheet.band("Grade descriptors")
    for grade in ORDER:
        prefix = f"{score_key[grade]} = " if grade_style == "score" else ""
        sheet.put(sheet.row, 1, f"{prefix}{KEY_WORDS[grade]}", bold=True, fill=GRADE_FILLS[grade])
        sheet.merge(sheet.row, 1, 2)
        sheet.put(sheet.row, 3, DESCRIPTORS[grade])
        sheet.merge(sheet.row, 3, LAST)
        sheet.skip()
    ws.sheet_view.showGridLines = False
