"""Case audit workbook: a line manager's monthly audit of one child's case
file kept as an Excel workbook that the Quality Assurance Team sends out
and collects back. Merged title rows in the council's colour; the case
(the child, the household, the allocated worker, team and service, who
audited and when); a short account of what life is like for the child
now; seven areas of practice, each with a prompt, the auditor's evidence
and a judgement; the overall judgement; areas of good practice and areas
for development and learning; whether the child's and family's views of
the service were sought; the question whether anything found needs
escalating today; learning and actions with who and by when; and the
Head of Service's moderation.

Modelled on Medway Council's children's services as its own pages and its
scrutiny committee describe them: the "Safeguarding and quality assurance
service" page (a Quality Assurance Framework focused on the lived
experience of the child, young person and family, based on an
assessment of need and risk, with focused, purposeful and
evidence-based interventions; a small Quality Assurance Team monitoring
practice through audit and identifying areas of good practice and areas
of development and learning) and the Children and Young People Overview
and Scrutiny Committee's item on the 2019 inspection (a new audit
profile rolled out to improve the quality, accuracy and reliability of
audits). The pages describe the framework, not a workbook, so the
workbook is our own judgement: one sheet or "Case details" / "Audit" /
"Summary" sheets, with a hidden "Lists" sheet behind the drop-downs on
some; the case as label and value pairs two to a row, as a strip of
headings over a row of values, or as "Label: value" lines; the areas in
one grid (a row each) or as a block each under a coloured band; each
judgement chosen from a drop-down, typed as a manager types it, scored
on a printed 1–4 key (either way round), given as the key's letters
(O / G / RI / I), or shown as the four options with the chosen one
highlighted or the other three struck through; the overall judgement in
the same way or written into a sentence; lists as numbered rows or one
cell of lines; actions as a table, as numbered lines or a "no actions"
sentence; dates typed in several spellings or kept as Excel dates; case
references prefixed or plain; and the Head of Service's moderation typed
in a colour of their own, as a block under the summary or on a sheet of
its own, with remarks against the areas they read.
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
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import CASE_FILE_AUDIT, COUNCIL, STAFF, SampleAction, Section, sample_forms
from bot.samples.ooxml import stable_zip

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
    held_out,
    informal_grade,
    mention,
    siblings,
)

FAMILY = "case_audit_workbook"
SEED = 6551

# The workbook's areas of practice, in the order of the sample's areas
# (bot/samples/phrases.py TOOL_SECTIONS), each with the prompt printed by it.
AREAS = {
    "Full Case File Audit Tool": (
        ("The child's lived experience and voice",
         "Do we know what a day in this child's life is like? Seen alone where right; wishes and feelings in "
         "their own words."),
        ("Assessment of need and risk",
         "Does the assessment weigh need and risk, use the history and partners' information, and conclude?"),
        ("A focused, purposeful plan",
         "Does the plan follow from the assessment? Is it specific, with timescales, and does the family know it?"),
        ("Management oversight and supervision",
         "Is there regular reflective supervision giving direction, with reasons for decisions recorded?"),
        ("Working with partner agencies",
         "Are school, health, police and others part of the assessment and the plan, and sharing what they know?"),
        ("Chronology and recording",
         "Is the chronology current? Is the record up to date and written so the child could read it?"),
        ("Impact: is the child's life better?",
         "What has changed for the child because we are involved? Is there drift or delay?"),
    ),
    "Case Review Audit Tool 2025": (
        ("Working with the family, not doing to them",
         "Were the parents and the child part of the decisions made about them?"),
        ("Respectful, clear language in the record",
         "Is the record free of jargon and written about people as we would want to be written about?"),
        ("Leadership, grip and management oversight",
         "Is there a clear management decision with reasons at each key point, and is it followed up?"),
        ("Hearing the child",
         "Has the child been seen and heard, and has what they said changed what we do?"),
        ("Relationships with the child and family",
         "Does the worker know the child and family well, and do they trust the worker?"),
        ("Family history and the wider network",
         "Is the family's history understood; are grandparents, friends and others part of the safety network?"),
        ("Assessment and plan",
         "Does the plan address the needs and risks the assessment found, with who does what by when?"),
    ),
}
TITLES = ("Practice Audit Workbook", "Monthly Case Audit", "Case File Audit – Lived Experience of the Child",
          "PRACTICE QUALITY AUDIT", "Manager's Case Audit Tool")
GRADE_ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
# What the drop-down offers.
LIST_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
              INADEQUATE: "Inadequate"}
# The four options printed beside an area for the auditor to highlight or strike.
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
LETTERS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
SCORE_KEYS = (
    {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
    {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1},
)
KEY_FILLS = {OUTSTANDING: "8DB4E2", GOOD: "C4D79B", REQUIRES_IMPROVEMENT: "FCD5B4", INADEQUATE: "E6B8B7"}
SENTENCE_WORDS = {OUTSTANDING: ("outstanding",), GOOD: ("good",),
                  REQUIRES_IMPROVEMENT: ("requiring improvement to be good", "requiring improvement"),
                  INADEQUATE: ("inadequate",)}
# A few lines on what life is like for the child now: at home, or in care.
LIVED_AT_HOME = (
    "{child} lives with mum and her partner and goes to school most days. Says home is calmer since the "
    "summer but still worries about arguments at night.",
    "{child} spends most evenings in their bedroom gaming. School report attendance dipping since September. "
    "Contact with dad is irregular and {child} says this upsets them.",
    "{child} is at nursery three days a week. Home conditions vary from visit to visit; mum's mental health "
    "has been up and down.",
    "{child} is preparing for exams and told the worker they want things at home to stay calm. Has a trusted "
    "adult at school.",
)
LIVED_IN_CARE = (
    "{child} is settled with the carers and has started a new club on Saturdays. Would like to see their "
    "brother more often.",
    "{child} moved to the current placement in the spring and is getting on with the carers' own children. "
    "Family time with mum is fortnightly and supervised.",
)
LEGAL_STATUS = ("CIN", "CP – neglect", "CP – emotional abuse", "CiC (s.20)", "CiC (s.31)", "Child in Need",
                "Child Protection", "Care leaver")
ROLES = {"practice_manager": "Team Manager", "safeguarding_practice_manager": "Safeguarding Manager",
         "head_of_service": "Head of Service", "assistant_director": "AD", "director": "DCS"}
OWNERS = {"Social worker": "SW", "Practice manager": "TM"}
NO_ACTIONS = ("No actions – plan already addresses the above.", "No further actions required from this audit.",
              "None identified – discussed with SW in supervision.")
NOT_MODERATED = ("Not moderated – not in this month's sample.", "Not selected for moderation", "")
URGENT_QUESTIONS = (
    "Has this audit identified any immediate safeguarding concern that must be escalated to the Team Manager "
    "and Head of Service today?",
    "Is there anything in this audit that needs escalating today because the child may be at risk of "
    "significant harm?",
    "Immediate risk: does any child in this family need action today to keep them safe?",
)
FEEDBACK_QUESTIONS = (
    "Have the child and family been asked for their views of the service?",
    "Was feedback sought from the child / parents about our involvement?",
    "Child / family feedback obtained?",
)
DATE_FORMATS = ("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yyyy", "d/m/yy")
WIDTHS = {"A": 5, "B": 30, "C": 58, "D": 12, "E": 12, "F": 12, "G": 12, "H": 36}
LAST = 8  # column H
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    pool = sample_forms(420, seed=SEED, today=today, feedback_question=True)
    audits = [sample for sample in pool if sample.kind == CASE_FILE_AUDIT]
    urgent = [sample for sample in audits if sample.urgent_concern][:2]
    others = [sample for sample in audits if not sample.urgent_concern]
    moderated = [sample for sample in others if sample.moderation]
    comments_only = [sample for sample in moderated if sample.moderation.grade is None][:2]
    changed = [sample for sample in moderated if sample.moderation.grade not in (None, sample.grade)][:3]
    confirmed = [sample for sample in moderated if sample.moderation.grade == sample.grade][:2]
    plain = [sample for sample in others if not sample.moderation]
    chosen = urgent + comments_only + changed + confirmed
    chosen += plain[: count - len(chosen)]
    rng.shuffle(chosen)
    return [_form(rng, index, sample, today) for index, sample in enumerate(chosen[:count])]


def _role(name: str) -> str:
    member = next((person for person in STAFF if person.name == name), None)
    return ROLES.get(member.role, "") if member else ""


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


class _Writer:
    """Writes one worksheet from the top down, columns A to H."""

    def __init__(self, ws, font: str, brand: str):
        self.ws = ws
        self.font = font
        self.brand = brand
        self.row = 1
        for letter, width in WIDTHS.items():
            ws.column_dimensions[letter].width = width

    def put(self, row: int, column: int, value, *, last: int | None = None, bold: bool = False,
            italic: bool = False, colour: str | None = None, fill: str | None = None, strike: bool = False,
            size: int = 10, number_format: str | None = None, border: bool = True, height: float | None = None):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, size=size, bold=bold, italic=italic, color=colour, strike=strike or None)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if number_format:
            target.number_format = number_format
        if border:
            target.border = BOX
            for other in range(column + 1, (last or column) + 1):
                self.ws.cell(row=row, column=other).border = BOX
        if last and last > column:
            self.ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last)
        if height:
            self.ws.row_dimensions[row].height = height
        return target

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF") -> None:
        self.put(self.row, 1, text, last=LAST, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.row += 1

    def note(self, text: str, *, italic: bool = True, bold: bool = False, colour: str | None = None) -> None:
        self.put(self.row, 1, text, last=LAST, italic=italic, bold=bold, colour=colour, border=False,
                 height=15 * (len(text) // 110 + 1))
        self.row += 1

    def skip(self, rows: int = 1) -> None:
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    sheets = rng.choice(("one", "split", "split"))
    details_style = rng.choice(("pairs", "strip", "lines"))
    areas_style = rng.choice(("grid", "grid", "blocks"))
    grade_style = rng.choice(("dropdown", "typed", "score", "letters", "highlight", "strike"))
    overall_style = grade_style if rng.random() < 0.6 else rng.choice(("sentence", "typed", "dropdown"))
    score_words = rng.random() < 0.35  # "3 (Good)" rather than a bare 3
    score_key = rng.choice(SCORE_KEYS)
    lists_hidden = rng.random() < 0.4
    list_style = rng.choice(("rows", "cell"))
    heading_line = council_line(rng)
    inverted = rng.random() < 0.5  # the council line in white on its colour
    block_fill = rng.choice(("DCE6F1", "EBF1DE", "F2F2F2"))
    evidence_label = rng.choice(("Evidence", "What did you find?", "Findings"))
    judgement_label = rng.choice(("Judgement", "Grade for this area", "Rating"))
    remark_label = rng.choice(("HoS comment", "Moderation", "HoS:", "Moderator comment:"))
    household = siblings(rng, sample.child, rng.choice((0, 0, 1, 2, 3)), today)

    # The sample as this workbook carries it.
    areas = AREAS[sample.title]
    old_names = [section.name for section in sample.sections]
    changes: dict = {"sections": tuple(Section(name, section.grade, section.comment)
                                       for (name, _), section in zip(areas, sample.sections))}
    if rng.random() < 0.6:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    actions = tuple(SampleAction(action.action, OWNERS.get(action.owner, action.owner), action.due)
                    for action in sample.actions)
    if actions and rng.random() < 0.2:
        actions = ()
    changes["actions"] = actions
    if household and rng.random() < 0.5:
        changes["development_areas"] = (*sample.development_areas, mention(rng, SIBLING_SENTENCES, household[0][0]))
    sample = replace(sample, **changes)
    child = sample.child
    moderation = sample.moderation
    renamed = dict(zip(old_names, (name for name, _ in areas)))
    remarks = ({renamed[old]: text for old, text in moderation.section_comments.items() if old in renamed}
               if moderation else {})
    moderation_place = rng.choice(("block", "sheet")) if sheets == "split" else "block"
    remark_place = "inline"
    if areas_style == "grid" and rng.random() < 0.6:
        remark_place = "column"
    elif moderation_place == "sheet" and rng.random() < 0.6:
        remark_place = "moderation sheet"

    def day(value: date):
        """A date as this workbook keeps it: an Excel date, or typed."""
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    workbook = Workbook()
    validations: dict[tuple, DataValidation] = {}
    formulas: dict[tuple[str, ...], str] = {}
    lists: list = []

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        key = (ws.title, choices)
        if key not in validations:
            if choices not in formulas and lists_hidden:
                if not lists:
                    lists.append(workbook.create_sheet("Lists"))
                    lists[0].sheet_state = "hidden"
                holder = lists[0]
                column = holder.max_column + 1 if holder["A1"].value else 1
                for position, choice in enumerate(choices, start=1):
                    holder.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formulas[choices] = f"Lists!${letter}$1:${letter}${len(choices)}"
            formula = formulas.get(choices) or '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    title = rng.choice(TITLES)
    first = workbook.active
    if sheets == "one":
        first.title = rng.choice(("Audit", "Case audit", "Practice audit"))
        details_ws = areas_ws = summary_ws = first
    else:
        first.title = rng.choice(("Case details", "1 Details", "Front sheet"))
        areas_ws = workbook.create_sheet(rng.choice(("Audit", "2 Practice areas", "Areas of practice")))
        summary_ws = workbook.create_sheet(rng.choice(("Summary", "3 Summary & actions", "Overall & actions")))
        details_ws = first
    moderation_ws = summary_ws
    if moderation_place == "sheet":
        moderation_ws = workbook.create_sheet(rng.choice(("HoS moderation", "Moderation", "4 Moderation")))
    writers: dict[str, _Writer] = {}

    def writer(ws) -> _Writer:
        if ws.title not in writers:
            sheet = _Writer(ws, font, brand)
            sheet.put(1, 1, heading_line, last=LAST, bold=True, size=12,
                      colour="FFFFFF" if inverted else brand, fill=brand if inverted else None, border=False)
            sheet.put(2, 1, title, last=LAST, bold=True, size=14, border=False)
            sheet.row = 3
            if ws is details_ws:
                sheet.note(rng.choice((
                    "Complete all shaded cells. Return to the Quality Assurance Team by the last working day of "
                    "the month.",
                    "OFFICIAL – SENSITIVE once completed. Read the last 6 months of the record before starting.",
                    "Focus on the lived experience of the child: what is life like for them, and what difference "
                    "are we making?",
                )))
            sheet.skip()
            ws.sheet_view.showGridLines = rng.random() < 0.3
            ws.page_setup.orientation = "landscape"
            ws.oddHeader.right.text = COUNCIL
            writers[ws.title] = sheet
        return writers[ws.title]

    # --- the case ----------------------------------------------------------------
    sheet = writer(details_ws)
    sheet.band(rng.choice(("Case details", "1. About the child and the case", "CHILD AND CASE INFORMATION")))
    role = _role(sample.auditor)
    auditor_text = sample.auditor
    if role and rng.random() < 0.4:
        auditor_text = rng.choice((f"{sample.auditor} ({role})", f"{sample.auditor} – {role}"))
    reference = sample.case_id if not sample.case_id.isdigit() or rng.random() < 0.5 else int(sample.case_id)
    born, born_format = day(child.date_of_birth)
    audited, audited_format = day(sample.date)
    household_text = ("; ".join(f"{name} ({_age(dob, sample.date)})" for name, dob in household)
                      if household else rng.choice(("None", "n/a – only child", "None known")))
    status = rng.choice(LEGAL_STATUS if _age(child.date_of_birth, sample.date) >= 16 else LEGAL_STATUS[:-1])
    fields = [
        (rng.choice(("Child's name", "Name of child / young person")), child.full_name, None),
        (rng.choice(("Child ID", "Mosaic ID", "Case ref", "Case reference")), reference, None),
        (rng.choice(("DOB", "Date of birth")), born, born_format),
        (rng.choice(("Legal status", "Status / plan")), status, None),
        (rng.choice(("Parents / carers", "Parent(s)")), " & ".join(child.parents), None),
        (rng.choice(("Siblings (age)", "Other children in household")), household_text, None),
        (rng.choice(("Allocated social worker", "Social worker", "SW")), sample.practitioner, None),
        ("Team", sample.team, None),
    ]
    if show_service:
        fields.append((rng.choice(("Service", "Service area")), sample.service, None))
    fields += [
        (rng.choice(("Auditor", "Audited by", "Auditing manager")), auditor_text, None),
        (rng.choice(("Date of audit", "Audit date", "Date completed")), audited, audited_format),
    ]
    if rng.random() < 0.35:
        fields.insert(5, ("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if details_style == "pairs":
        for start in range(0, len(fields), 2):
            for (text, value, number_format), (label_col, label_last, value_col, value_last) in zip(
                    fields[start:start + 2], ((1, 2, 3, 3), (4, 5, 6, 8))):
                sheet.put(sheet.row, label_col, text, last=label_last, bold=True, fill="F2F2F2")
                sheet.put(sheet.row, value_col, value, last=value_last, number_format=number_format, fill="FFFFE1")
            sheet.skip()
    elif details_style == "strip":
        # Headings over their values, four to a strip (columns B, C, D:E, F:H).
        spans = ((2, 2), (3, 3), (4, 5), (6, 8))
        for start in range(0, len(fields), 4):
            for (text, value, number_format), (column, last) in zip(fields[start:start + 4], spans):
                sheet.put(sheet.row, column, text, last=last, bold=True, fill="DCE6F1")
                sheet.put(sheet.row + 1, column, value, last=last, number_format=number_format)
            sheet.skip(2)
    else:
        for text, value, number_format in fields:
            if number_format:
                value = when(value.date())
            sheet.put(sheet.row, 2, f"{text}: {value}", last=LAST)
            sheet.skip()
    sheet.skip()
    sheet.band(rng.choice(("What is life like for the child now?", "The child's lived experience (brief summary)",
                           "Day in the life of the child")), fill="D9D9D9", colour="000000")
    lived = LIVED_IN_CARE if status.startswith(("CiC", "Care")) else LIVED_AT_HOME
    sheet.put(sheet.row, 1, rng.choice(lived).format(child=child.first_name), last=LAST, height=45)
    sheet.skip(2)

    # --- areas of practice ----------------------------------------------------------
    sheet = writer(areas_ws)
    sheet.band(rng.choice(("2. Areas of practice", "Audit of practice", "AREAS OF PRACTICE – EVIDENCE AND "
                                                                         "JUDGEMENT")))
    if grade_style in ("score", "letters") or rng.random() < 0.3:
        _key(sheet, grade_style, score_key)
    grade_choices = tuple(LIST_WORDS[grade] for grade in GRADE_ORDER)

    def judgement(row: int, column: int, grade: str, ws, *, last: int = 7, style: str = grade_style) -> None:
        """The judgement of an area (or the overall one) in `style`."""
        if style in ("highlight", "strike"):
            for offset, option in enumerate(GRADE_ORDER):
                chosen = option == grade
                sheet.put(row, column + offset, OPTION_WORDS[option], size=9,
                          bold=chosen and style == "highlight",
                          fill="FFFF00" if chosen and style == "highlight" else None,
                          strike=not chosen and style == "strike")
            return
        if style == "dropdown":
            sheet.put(row, column, LIST_WORDS[grade], last=last, bold=True, fill="FFFFE1")
            dropdown(ws, sheet.ws.cell(row=row, column=column).coordinate, grade_choices)
        elif style == "score":
            score = score_key[grade]
            value = f"{score} ({OPTION_WORDS[grade]})" if score_words else score
            sheet.put(row, column, value, last=last, bold=True)
        elif style == "letters":
            sheet.put(row, column, LETTERS[grade], last=last, bold=True, fill=KEY_FILLS[grade])
        else:
            sheet.put(row, column, informal_grade(rng, grade, note_chance=0.25), last=last, bold=True)

    use_column = remark_place == "column" and bool(remarks)
    if areas_style == "grid":
        heads = ("No.", rng.choice(("Area of practice", "Practice area")),
                 rng.choice(("Evidence and analysis (what did you find?)", "Evidence from the record",
                             "Auditor's evidence")),
                 rng.choice(("Judgement", "Grade", "Rating")))
        for column, text in zip((1, 2, 3, 4), heads):
            sheet.put(sheet.row, column, text, last=7 if column == 4 else None, bold=True, fill="DCE6F1")
        if use_column:
            sheet.put(sheet.row, 8, rng.choice(("HoS comment", "Moderator's comments")), bold=True, fill="DCE6F1",
                      colour=ink)
        sheet.skip()
        for number, ((name, prompt), section) in enumerate(zip(areas, sample.sections), start=1):
            sheet.put(sheet.row, 1, number)
            text = CellRichText(TextBlock(InlineFont(rFont=font, b=True, sz=10), name),
                                TextBlock(InlineFont(rFont=font, i=True, sz=8, color="595959"), f"\n{prompt}"))
            sheet.put(sheet.row, 2, text)
            sheet.put(sheet.row, 3, section.comment, height=60)
            judgement(sheet.row, 4, section.grade, areas_ws)
            if section.name in remarks and use_column:
                sheet.put(sheet.row, 8, remarks[section.name], colour=ink)
            sheet.skip()
            if section.name in remarks and remark_place == "inline":
                sheet.put(sheet.row, 2, remark_label, bold=True, colour=ink)
                sheet.put(sheet.row, 3, remarks[section.name], last=7, colour=ink)
                sheet.skip()
    else:
        for number, ((name, prompt), section) in enumerate(zip(areas, sample.sections), start=1):
            sheet.band(f"{number}. {name}", fill=block_fill, colour="000000")
            sheet.put(sheet.row, 1, prompt, last=LAST, italic=True, size=9, border=False)
            sheet.skip()
            sheet.put(sheet.row, 1, evidence_label, last=2, bold=True,
                      fill="F2F2F2")
            sheet.put(sheet.row, 3, section.comment, last=LAST, height=48)
            sheet.skip()
            sheet.put(sheet.row, 1, judgement_label, last=2, bold=True,
                      fill="F2F2F2")
            if grade_style in ("highlight", "strike"):
                sheet.put(sheet.row, 3, "", border=False)
                judgement(sheet.row, 4, section.grade, areas_ws)
            else:
                judgement(sheet.row, 3, section.grade, areas_ws, last=3)
            sheet.skip()
            if section.name in remarks and remark_place == "inline":
                sheet.put(sheet.row, 1, remark_label, last=2, bold=True, colour=ink)
                sheet.put(sheet.row, 3, remarks[section.name], last=LAST, colour=ink)
                sheet.skip()
            sheet.skip()
    sheet.skip()

    # --- summary ------------------------------------------------------------------------
    sheet = writer(summary_ws)
    if summary_ws is not areas_ws and grade_style in ("score", "letters") and overall_style == grade_style:
        _key(sheet, grade_style, score_key)
    sheet.band(rng.choice(("3. Overall judgement", "Overall judgement", "OVERALL GRADE FOR THIS CHILD'S CASE")))
    overall_label = rng.choice(("Overall judgement of the quality of practice for this child",
                                "Overall grade", "Auditor's overall judgement"))
    if overall_style == "sentence":
        sheet.put(sheet.row, 1, f"Overall, practice for {child.first_name} is judged as "
                                f"{rng.choice(SENTENCE_WORDS[sample.grade])}.", last=LAST, bold=True)
    else:
        sheet.put(sheet.row, 1, overall_label, last=3, bold=True, fill="EBF1DE")
        judgement(sheet.row, 4, sample.grade, summary_ws, style=overall_style)
    sheet.skip(2)

    numbered = rng.random() < 0.5
    for heading, items in ((rng.choice(("Areas of good practice", "What is working well", "Strengths")),
                            sample.strengths),
                           (rng.choice(("Areas for development and learning", "Areas for development",
                                        "What needs to improve")), sample.development_areas)):
        sheet.band(heading, fill="D9D9D9", colour="000000")
        if list_style == "rows":
            for number, item in enumerate(items, start=1):
                sheet.put(sheet.row, 1, f"{number}." if numbered else "\u2022")
                sheet.put(sheet.row, 2, item, last=LAST, height=30)
                sheet.skip()
        else:
            lines = "\n".join(f"{number}. {item}" if numbered else f"- {item}"
                              for number, item in enumerate(items, start=1))
            sheet.put(sheet.row, 1, lines, last=LAST, height=16 * len(items) + 8)
            sheet.skip()
        sheet.skip()

    if sample.feedback_sought is not None:
        sheet.put(sheet.row, 1, rng.choice(FEEDBACK_QUESTIONS), last=5, bold=True, fill="F2F2F2")
        answer = "Yes" if sample.feedback_sought else "No"
        sheet.put(sheet.row, 6, answer, last=7, fill="FFFFE1")
        dropdown(summary_ws, sheet.ws.cell(row=sheet.row, column=6).coordinate, ("Yes", "No"))
        sheet.skip(2)

    sheet.band(rng.choice(("Escalation", "Immediate safeguarding concerns", "4. Is the child safe today?")),
               fill="C00000" if rng.random() < 0.3 else None)
    sheet.put(sheet.row, 1, rng.choice(URGENT_QUESTIONS), last=5, bold=True, fill="FDE9D9", height=32)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "NO"))
    sheet.put(sheet.row, 6, answer, last=7, bold=True, fill="FFFFE1")
    dropdown(summary_ws, sheet.ws.cell(row=sheet.row, column=6).coordinate, ("Yes", "No", "YES", "NO"))
    sheet.skip()
    sheet.put(sheet.row, 1, "If yes, what was done and who was told?", last=2, bold=True, fill="FDE9D9")
    sheet.put(sheet.row, 3, sample.urgent_concern_detail or "", last=LAST, height=32 if sample.urgent_concern else None)
    sheet.skip(2)

    action_style = rng.choice(("table", "table", "lines"))
    sheet.band(rng.choice(("5. Learning and actions", "Actions (who, by when)", "ACTIONS ARISING FROM THE AUDIT")))
    if not sample.actions:
        sheet.put(sheet.row, 1, rng.choice(NO_ACTIONS), last=LAST)
        sheet.skip()
    elif action_style == "table":
        heads = rng.choice((("Action", "Who", "By when", "Completed"),
                            ("What needs to happen", "Responsible", "Timescale", "Update")))
        sheet.put(sheet.row, 1, heads[0], last=3, bold=True, fill="DCE6F1")
        sheet.put(sheet.row, 4, heads[1], last=5, bold=True, fill="DCE6F1")
        sheet.put(sheet.row, 6, heads[2], last=7, bold=True, fill="DCE6F1")
        sheet.put(sheet.row, 8, heads[3], bold=True, fill="DCE6F1")
        sheet.skip()
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action, last=3, height=30)
            sheet.put(sheet.row, 4, action.owner, last=5)
            due, due_format = day(action.due)
            sheet.put(sheet.row, 6, due, last=7, number_format=due_format)
            sheet.put(sheet.row, 8, rng.choice(("", "", "Not started")))
            sheet.skip()
    else:
        for number, action in enumerate(sample.actions, start=1):
            sheet.put(sheet.row, 1, f"{number}.")
            sheet.put(sheet.row, 2, f"{action.action} – {action.owner} – by {when(action.due)}", last=LAST,
                      height=30)
            sheet.skip()
    sheet.skip()

    # --- moderation -----------------------------------------------------------------------
    if moderation or moderation_place == "sheet" or rng.random() < 0.7:
        sheet = writer(moderation_ws)
        sheet.band(rng.choice(("Head of Service moderation", "6. Moderation (Head of Service)",
                               "MODERATION")))
        if moderation_ws is not summary_ws:
            sheet.note("Head of Service: type in your own colour.", colour=ink)
        labels = (rng.choice(("Moderated by", "Head of Service")),
                  rng.choice(("Date moderated", "Date of moderation")),
                  rng.choice(("Do you agree with the auditor's overall judgement?", "Judgement agreed?")),
                  rng.choice(("Moderated judgement", "HoS judgement")),
                  rng.choice(("Comments", "Moderator's comments", "Feedback to auditor")))
        if moderation:
            moderated_on, moderated_format = day(moderation.date)
            agreed = ""
            grade_text = ""
            if moderation.grade:
                agreed = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No",
                                                                                                           "Disagree"))
                grade_text = (LIST_WORDS[moderation.grade] if rng.random() < 0.5
                              else informal_grade(rng, moderation.grade))
            values = (moderation.moderator, moderated_on, agreed, grade_text, "\n".join(moderation.comments))
            formats = (None, moderated_format, None, None, None)
        else:
            values = ("", "", "", "", rng.choice(NOT_MODERATED))
            formats = (None,) * 5
        for position, (text, value, number_format) in enumerate(zip(labels, values, formats)):
            sheet.put(sheet.row, 1, text, last=3, bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 4, value, last=LAST, number_format=number_format,
                      colour=ink if moderation else None, bold=position == 3,
                      italic=not moderation and position == 4, height=45 if position == 4 else None)
            if position == 2:
                dropdown(moderation_ws, sheet.ws.cell(row=sheet.row, column=4).coordinate,
                         ("Yes", "No", "Agree", "Disagree"))
            sheet.skip()
        if remarks and remark_place == "moderation sheet":
            sheet.skip()
            sheet.put(sheet.row, 1, "Area", last=3, bold=True, fill="F2F2F2")
            sheet.put(sheet.row, 4, "HoS comment", last=LAST, bold=True, fill="F2F2F2")
            sheet.skip()
            for name, remark in remarks.items():
                sheet.put(sheet.row, 1, name, last=3)
                sheet.put(sheet.row, 4, remark, last=LAST, colour=ink)
                sheet.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(8, 45))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(name for name, _ in household),
                    also=(when(child.date_of_birth),))


def _key(sheet: _Writer, style: str, score_key: dict[str, int]) -> None:
    """The grading key printed above the judgements."""
    if style == "score":
        sheet.put(sheet.row, 1, "Score each area using the key:", last=3, bold=True, border=False)
        for offset, grade in enumerate(sorted(GRADE_ORDER, key=lambda grade: score_key[grade])):
            sheet.put(sheet.row, 4 + offset, f"{score_key[grade]} = {OPTION_WORDS[grade]}", size=9,
                      fill=KEY_FILLS[grade])
    elif style == "letters":
        sheet.put(sheet.row, 1, "Key:", last=3, bold=True, border=False)
        for offset, grade in enumerate(GRADE_ORDER):
            sheet.put(sheet.row, 4 + offset, f"{LETTERS[grade]} – {OPTION_WORDS[grade]}", size=9,
                      fill=KEY_FILLS[grade])
    else:
        sheet.put(sheet.row, 1, "Judgements follow the Ofsted four-point scale:", last=3, bold=True, border=False)
        for offset, grade in enumerate(GRADE_ORDER):
            sheet.put(sheet.row, 4 + offset, LIST_WORDS[grade], size=9, fill=KEY_FILLS[grade])
    sheet.ws.row_dimensions[sheet.row].height = 26
    sheet.skip(2)
