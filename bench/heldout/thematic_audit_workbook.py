"""Thematic audit kept as an Excel workbook: children's social care's own
audit of one theme (neglect, exploitation, the voice of the child ...)
across a small sample of children's cases, set out the way the partnership
asks every audit to be reported. A summary sheet carries the theme, the
lead auditor, the service audited, the date, how many cases were sampled;
the areas graded across the sample under the three questions of
outcomes-based accountability ("How much did we do?", "How well did we do
it?", "What difference did it make?"); the overall judgement; what we do
well, what we are worried about and what children and families told us; a
question on whether any child in the sample needed immediate protective
action; the recommendations with an owner and a date; and the Head of
Service's sign-off. A second sheet (or the foot of the first) lists the
cases sampled, one to a row, with a few checks answered from a drop-down.

Modelled on the Wakefield Safeguarding Children Partnership's "Learning &
Improvement Framework" page (quality assurance, learning, improvement and
training linked; built on knowing our strengths and doing more of what we
do well, knowing what children and families say, and an outcomes-based
approach asking how much did we do, how well did we do it and what
difference it made to outcomes for children and families; a shared
commitment to implementing and embedding recommendations). The page shows
no audit form, so the workbook is our own judgement: one sheet, or a
summary sheet with a case-by-case sheet (and sometimes a hidden sheet
holding the drop-down lists); the audit details as label and value one to
a row, two pairs to a row, or a strip of shaded labels over their values;
each area's grade chosen from a drop-down, typed as people type it, scored
on a printed 1-4 key (either way round), marked under four grade columns,
or given as a judgement beside a tally of how many cases were graded each
way; dates typed in several spellings or kept as Excel dates; case
references with or without a system prefix; recommendations as a table,
as numbered lines in one cell, or a sentence saying there are none; the
sign-off as a labelled box or one comment cell, in the signatory's own
colour, or left waiting.
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

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import manager_of
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    INADEQUATE,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    recount,
)

FAMILY = "thematic_audit_workbook"
SEED = 3947
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement",
         INADEQUATE: "Inadequate"}
LONG_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
              INADEQUATE: "Inadequate"}

# The council's themes, each with the one area of practice that only that theme asks about.
THEMES = (
    ("Neglect", "Use of the Graded Care Profile"),
    ("Child exploitation (CCE / CSE)", "Exploitation screening and risk assessment"),
    ("Voice and lived experience of the child", "Direct work with the child"),
    ("Children living with domestic abuse", "Safety planning with the non-abusing parent"),
    ("Pre-birth assessments", "Timeliness of the pre-birth assessment"),
    ("Children missing from home or care", "Return home interviews"),
    ("Step down from child protection plans", "Decision to step down"),
)
# The sample builder's themes, with the area each of them asks about.
SAMPLE_THEMES = {
    "Neglect and the use of the Graded Care Profile": "Use of the Graded Care Profile",
    "Pre-birth assessments": "Timeliness of the pre-birth assessment",
    "Children missing from home": "Return home interviews",
    "Step down from child protection plans": "Decision to step down",
    "Quality of management oversight": "Direction given in supervision",
    "Voice of the child in plans": "Direct work with the child",
}
# The three outcomes-based questions, each with the areas the council grades under it.
QUESTIONS = (
    ("How much did we do?", ("Timeliness of visits and assessments", "Chronology and case summary")),
    ("How well did we do it?", ("Quality of assessment and analysis", "Planning and review",
                                "Working with partner agencies", "Management oversight and supervision")),
    ("What difference did it make?", ("Impact and outcomes for children",)),
)
CHECKS = (
    ("Seen alone?", "Child seen alone at last visit"),
    ("Chronology up to date?", "Chronology current"),
    ("Plan SMART?", "SMART plan in place"),
    ("Supervision in last 6 wks?", "Recent supervision"),
    ("Partners at last meeting?", "Partners involved"),
)
STATUSES = ("CIN", "CP", "CLA", "CP – neglect", "CIN (s17)", "CP plan", "Child in Need", "LAC")
LEARNING = ("Chronology not updated since the strategy meeting", "Strong direct work – child's words in plan",
            "No supervision recorded for 10 weeks", "Plan actions have no timescales",
            "Father not included in assessment", "Good joint working with school",
            "Tool used but not analysed", "Clear contingency plan", "Drift between reviews",
            "Health not invited to core group")

STRENGTHS = (
    "In 5 of the 6 cases sampled children were seen regularly and seen alone where appropriate.",
    "Practitioners know the children well and describe their daily lives clearly.",
    "Direct work tools were used creatively and the child's own words are recorded.",
    "Schools and health visitors share information promptly and attend meetings.",
    "Where managers recorded oversight it gave clear direction with timescales.",
    "Assessments draw on family history to explain why the worries matter now.",
)
WORRIES = (
    "In 3 of the 6 cases sampled the chronology had not been updated after significant events.",
    "Plans list services rather than what needs to change for the child.",
    "Fathers and male carers are not routinely assessed or involved in planning.",
    "The theme-specific tool was completed but its findings were not used in the plan.",
    "Management oversight is recorded as a task list rather than reflective direction.",
)
VOICES = (
    "A young person said his social worker 'actually listens' and comes when she says she will.",
    "One parent told us she did not understand what needed to change until the third meeting.",
    "Two children said they had had too many social workers this year.",
    "A carer said the plan was clear and everyone knew what they were doing.",
)
NO_VOICES = ("Families were not contacted for this audit.", "Not gathered this time – see recommendations.")
RECOMMENDATIONS = (
    "Practice workshop on analysis in assessments for all teams in the service.",
    "Team managers to check chronologies are updated after every significant event.",
    "Re-audit the theme in six months to test whether practice has changed.",
    "Include the theme-specific tool in the supervision template.",
    "Practice standard on involving fathers to be re-launched at the service meeting.",
    "QA team to share the learning summary with the Partnership's QA subgroup.",
)
NO_ACTIONS = ("No new recommendations – learning to be shared through the existing service improvement plan.",
              "None. Actions already on the service plan cover the findings.",
              "No recommendations from this audit.")
URGENT_QUESTIONS = (
    "Were any children in the sample found to need immediate protective action?",
    "Did the audit identify any child at risk of significant harm requiring escalation?",
    "Immediate safeguarding concerns identified?",
)
URGENT_DETAILS = (
    "Case {ref}: no visit for 7 weeks and new concerns in school records – escalated to the Team Manager "
    "the same day; strategy discussion held.",
    "Case {ref}: young person reported missing twice in the last fortnight with no return interview – "
    "escalated to the Service Manager and a visit made within 24 hours.",
    "Case {ref}: unassessed risk from a new adult in the household – referred to the duty manager for a "
    "strategy discussion.",
)
SIGN_OFF = {
    "agree": ("I have read the workbook and the case files sampled; I agree the findings and the judgement.",
              "Agreed. A clear and proportionate audit – the recommendations go on the service plan."),
    "lower": ("I do not think the impact for children is strong enough to support this judgement; several plans "
              "are drifting.",
              "Having looked at two of the cases myself, management oversight is weaker than the audit says."),
    "raise": ("The direct work in these cases is better than the judgement suggests – the difference made for "
              "the children is evident.",
              "I have moderated the judgement up: the impact for children is clear in most of the cases."),
    "comments": ("Please bring the action plan to the next service leadership meeting.",
                 "Agree with the areas to improve. The re-audit should include Early Help cases."),
}
AWAITING = ("Awaiting Head of Service sign-off", "", "To be signed off", "")
COLUMN_HEADS = (("O", "G", "RI", "I"), ("Outstanding", "Good", "Requires Improvement", "Inadequate"))
MARKS = ("X", "x", "\u2713", "\u2714", "")
GRADE_FILLS = {OUTSTANDING: "00B050", GOOD: "92D050", REQUIRES_IMPROVEMENT: "FFC000", INADEQUATE: "FF0000"}
SCORE_KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
              {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yyyy")
THIN = Side(style="thin", color="7F7F7F")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
ROLES = {"head_of_service": "Head of Service", "qa_team": "QA Officer", "practice_manager": "Practice Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager", "assistant_director": "Assistant Director"}


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))
    # What each file does: two urgent concerns; two signed off with comments only, three changing the
    # judgement, two confirming it; the rest waiting for sign-off.
    verdicts = ["comments", "comments", "change", "change", "change", "agree", "agree"]
    verdicts += [None] * (count - len(verdicts))
    rng.shuffle(verdicts)
    urgent = [True, True] + [False] * (count - 2)
    rng.shuffle(urgent)
    # How the areas are graded, and the overall judgements, spread over the family.
    styles = [("dropdown", "typed", "score", "columns", "tally", "dropdown")[index % 6] for index in range(count)]
    rng.shuffle(styles)
    judgements = [(GOOD, REQUIRES_IMPROVEMENT, GOOD, INADEQUATE, REQUIRES_IMPROVEMENT, OUTSTANDING, GOOD,
                   REQUIRES_IMPROVEMENT)[index % 8] for index in range(count)]
    rng.shuffle(judgements)
    return [_form(rng, index, sample, today, verdicts[index], urgent[index], styles[index], judgements[index])
            for index, sample in enumerate(samples)]


def _member(name: str):
    return next(member for member in STAFF if member.name == name)


def _neighbour(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade)
    return rng.choice([ORDER[step] for step in (position - 1, position + 1) if 0 <= step < len(ORDER)])


class _Writer:
    """A worksheet written top to bottom, A to H."""

    def __init__(self, sheet, font: str, brand: str, width: int = 8):
        self.sheet, self.font, self.brand, self.width = sheet, font, brand, width
        self.row = 1

    def cell(self, row: int, column: int, value, *, bold=False, italic=False, colour=None, fill=None, size=10,
             number_format=None, border=True):
        target = self.sheet.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if number_format:
            target.number_format = number_format
        return target

    def merge(self, row: int, first: int, last: int) -> None:
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)
            for column in range(first + 1, last + 1):
                self.sheet.cell(row=row, column=column).border = BOX

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF", last: int | None = None):
        self.cell(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, last or self.width)
        self.row += 1

    def text(self, value, *, height: int | None = None, **look):
        self.cell(self.row, 1, value, **look)
        self.merge(self.row, 1, self.width)
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.row += 1

    def skip(self, rows: int = 1):
        self.row += rows


def _form(rng: random.Random, index: int, sample, today: date, verdict: str | None, urgent: bool, style: str,
          grade: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    overall_style = style if style != "tally" and rng.random() < 0.7 else rng.choice(("dropdown", "typed"))
    layout = rng.choice(("one sheet", "two sheets", "two sheets", "three sheets"))
    details_shape = rng.choice(("rows", "pairs", "strip"))
    hidden_lists = rng.random() < 0.4
    score_key = SCORE_KEYS[index % 2]
    heads = rng.choice(COLUMN_HEADS)
    mark = rng.choice(MARKS)
    dropdown_words = rng.choice((WORDS, LONG_WORDS))

    # --- who and what: the lead auditor, the Head of Service who signs off -------------------
    own = {field.key: field for field in sample.own}
    head = _member(sample.auditor)
    lead_pool = [member for member in STAFF if member.role in ("qa_team", "safeguarding_practice_manager")]
    lead_pool += [member for member in STAFF if member.role == "practice_manager" and member.service == head.service]
    lead = head if rng.random() < 0.25 else rng.choice(lead_pool)
    signatory = manager_of(head) if lead is head else head
    theme, special = rng.choice(THEMES)
    if rng.random() < 0.25 and own["theme"].expected in SAMPLE_THEMES:
        theme = own["theme"].expected
        special = SAMPLE_THEMES[theme]
    case_ids = own["sampled_case_ids"].expected if "sampled_case_ids" in own else None
    total = own["cases_sampled"].expected
    if not case_ids:
        case_ids = [f"{rng.randint(1000000, 9999999)}" for _ in range(total)]
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    references = [f"{prefix}{case_id}" for case_id in case_ids]

    # Four to six areas: the theme's own area and some of the council's, in the order of the three questions.
    chosen_names = set(rng.sample([name for _, names in QUESTIONS for name in names], rng.randint(3, 5)))
    if rng.random() < 0.7:
        chosen_names.add("Impact and outcomes for children")
    groups = []
    for question, names in QUESTIONS:
        picked = [name for name in names if name in chosen_names]
        if question == "How well did we do it?" and special not in picked:
            picked.insert(0, special)
        if picked:
            groups.append((question, picked))
    areas = [name for _, names in groups for name in names]
    area_grades = [ORDER[min(3, max(0, ORDER.index(grade) + rng.choice((-1, 0, 0, 0, 1))))] for _ in areas]
    if grade not in area_grades:
        area_grades[rng.randrange(len(areas))] = grade
    sections = tuple(Section(name, given, "") for name, given in zip(areas, area_grades))

    strengths = recount(tuple(rng.sample(STRENGTHS, len(sample.strengths))), total)
    worries = recount(tuple(rng.sample(WORRIES, len(sample.development_areas))), total)
    if rng.random() < 0.2:
        actions: tuple[SampleAction, ...] = ()
    else:
        owners = [rng.choice((signatory.name, lead.name, "Team Managers", "QA Team", "Principal Social Worker",
                              f"{head.name} (HoS)")) for _ in sample.actions]
        actions = tuple(SampleAction(text, owner, action.due) for text, owner, action in
                        zip(rng.sample(RECOMMENDATIONS, len(sample.actions)), owners, sample.actions))
    moderation = None
    moderated_grade = None
    if verdict:
        if verdict == "agree":
            moderated_grade, kind = grade, "agree"
        elif verdict == "change":
            moderated_grade = _neighbour(rng, grade)
            kind = "lower" if ORDER.index(moderated_grade) > ORDER.index(grade) else "raise"
        else:
            kind = "comments"
        signed = min(today, sample.date + timedelta(days=rng.randint(2, 12)))
        moderation = Moderation(signatory.name, signed, tuple(rng.sample(SIGN_OFF[kind], rng.randint(1, 2))),
                                grade=moderated_grade)
    show_service = rng.random() < 0.75
    fields = [ToolField("theme", "Theme", theme, theme),
              ToolField("cases_sampled", "Number of cases sampled", str(total), total),
              ToolField("sampled_case_ids", "", None, list(references))]
    urgent_ref = rng.choice(references)
    sample = replace(sample, auditor=lead.name, service=head.service if show_service else None, grade=grade,
                     sections=sections, strengths=strengths, development_areas=worries, actions=actions,
                     moderation=moderation, own=tuple(fields), urgent_concern=urgent,
                     urgent_concern_detail=rng.choice(URGENT_DETAILS).format(ref=urgent_ref) if urgent else None)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- the workbook -----------------------------------------------------------------------
    workbook = Workbook()
    summary_ws = workbook.active
    summary_ws.title = rng.choice(("Summary", "Audit Summary", "1. Summary", "Thematic audit"))
    cases_ws = summary_ws
    actions_ws = summary_ws
    if layout != "one sheet":
        cases_ws = workbook.create_sheet(rng.choice(("Case findings", "2. Cases sampled", "Dip sample", "Cases")))
    if layout == "three sheets":
        actions_ws = workbook.create_sheet(rng.choice(("Action plan", "3. Recommendations", "Actions & sign-off")))
    lists_ws = None
    validations: dict[tuple, DataValidation] = {}

    def dropdown(ws, coordinate: str, choices: tuple[str, ...]) -> None:
        nonlocal lists_ws
        key = (ws.title, choices)
        if key not in validations:
            if hidden_lists:
                if lists_ws is None:
                    lists_ws = workbook.create_sheet("Lists")
                    lists_ws.sheet_state = "hidden"
                column = len(validations) + 1
                for position, choice in enumerate(choices, start=1):
                    lists_ws.cell(row=position, column=column, value=choice)
                letter = get_column_letter(column)
                formula = f"Lists!${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    grade_choices = tuple(dropdown_words[option] for option in ORDER)
    title = rng.choice(("Thematic Audit – Summary of Findings", "THEMATIC AUDIT WORKBOOK",
                        "Children's Social Care Thematic Audit", "Themed Audit / Dip Sample – Findings"))

    banner = council_line(rng)
    zeros = rng.random() < 0.5  # a tally prints its noughts, or leaves those cells empty

    def heading(ws) -> _Writer:
        writer = _Writer(ws, font, brand)
        for column in range(1, 9):
            ws.column_dimensions[get_column_letter(column)].width = (30, 14, 14, 14, 14, 14, 14, 30)[column - 1]
        writer.cell(1, 1, banner, bold=True, colour="FFFFFF", fill=brand, size=12)
        writer.merge(1, 1, 8)
        writer.cell(2, 1, title if ws is summary_ws else f"Theme: {theme}", bold=True, colour=brand, size=14,
                    border=False)
        writer.merge(2, 1, 8)
        writer.row = 4
        return writer

    sheet = heading(summary_ws)
    if rng.random() < 0.6:
        sheet.text(rng.choice((
            "OFFICIAL – SENSITIVE. One workbook per themed audit; return to the QA mailbox within 10 working days.",
            "Yellow cells to be completed by the lead auditor. Grades: choose from the list.",
            "Grade each area across the whole sample, not case by case.",
        )), italic=True, border=False)
        sheet.skip()

    # Details.
    lead_text = lead.name
    if rng.random() < 0.4:
        lead_text = f"{lead.name} ({ROLES.get(lead.role, '')})"
    date_value, date_fmt = day(sample.date)
    month_from = (sample.date.replace(day=1) - timedelta(days=rng.choice((90, 180)))).replace(day=1)
    details = [
        (rng.choice(("Audit theme", "Theme", "Focus of audit", "Thematic area")), theme, None),
        (rng.choice(("Lead auditor", "Audit lead", "Lead officer", "Completed by")), lead_text, None),
        (rng.choice(("Date completed", "Date of audit", "Audit date")), date_value, date_fmt),
    ]
    if show_service:
        details.append((rng.choice(("Service area audited", "Service", "Service area")), head.service, None))
    details.append((rng.choice(("Period reviewed", "Audit period")), f"{month_from:%B %Y} – {sample.date:%B %Y}",
                    None))
    count_label = rng.choice(("Number of cases sampled", "No. of cases audited", "Sample size"))
    count_value = rng.choice((total, str(total), f"{total} (see {cases_ws.title})" if cases_ws is not summary_ws
                              else str(total)))
    details.append((count_label, count_value, None))
    list_on_summary = cases_ws is summary_ws or rng.random() < 0.3
    if list_on_summary and cases_ws is not summary_ws:
        details.append((rng.choice(("Cases sampled", "Case references")), ", ".join(references), None))
    if details_shape == "rows":
        for text, value, fmt in details:
            sheet.cell(sheet.row, 1, text, bold=True, fill="F2F2F2")
            sheet.merge(sheet.row, 1, 2)
            sheet.cell(sheet.row, 3, value, number_format=fmt, fill="FFF2CC")
            sheet.merge(sheet.row, 3, 8)
            sheet.skip()
    elif details_shape == "pairs":
        for start in range(0, len(details), 2):
            for position, (text, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + 4 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
                if position:
                    sheet.merge(sheet.row, column, column + 1)
                first_value = column + (2 if position else 1)
                sheet.cell(sheet.row, first_value, value, number_format=fmt)
                sheet.merge(sheet.row, first_value, column + 3)
            sheet.sheet.row_dimensions[sheet.row].height = 30
            sheet.skip()
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for position, (text, value, fmt) in enumerate(chunk):
                column = 1 + 2 * position
                sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row + 1, column, value, number_format=fmt, fill="FFF2CC")
                sheet.merge(sheet.row + 1, column, column + 1)
            sheet.sheet.row_dimensions[sheet.row + 1].height = 30
            sheet.skip(2)
    sheet.skip()

    # Areas graded across the sample.
    sheet.band(rng.choice(("Judgements across the sample", "Section A – Areas of practice",
                           "GRADING BY AREA", "How did we do?")))
    if style == "score":
        sheet.text("Key: " + "   ".join(f"{score_key[option]} = {LONG_WORDS[option]}"
                                        for option in sorted(ORDER, key=lambda option: score_key[option])),
                   italic=True, border=False)
    area_label = rng.choice(("Area of practice", "Area audited", "Standard"))
    grade_label = rng.choice(("Grade", "Judgement", "Rating across sample"))
    comment_label = rng.choice(("Evidence / commentary", "Auditor's comments", "Summary of evidence"))
    if style in ("columns", "tally"):
        sheet.cell(sheet.row, 1, area_label, bold=True, fill="D9D9D9")
        for offset, text in enumerate(heads):
            label = text if style == "columns" else f"{text} (no.)"
            sheet.cell(sheet.row, 2 + offset, label, bold=True, fill="D9D9D9")
        if style == "tally":
            sheet.cell(sheet.row, 6, rng.choice(("Overall for area", "Area judgement")), bold=True, fill="D9D9D9")
            sheet.cell(sheet.row, 7, comment_label, bold=True, fill="D9D9D9")
            sheet.merge(sheet.row, 7, 8)
        else:
            sheet.cell(sheet.row, 6, comment_label, bold=True, fill="D9D9D9")
            sheet.merge(sheet.row, 6, 8)
    else:
        sheet.cell(sheet.row, 1, area_label, bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, grade_label, bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 2, 3)
        sheet.cell(sheet.row, 4, comment_label, bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 4, 8)
    sheet.skip()
    comments = _area_comments(rng, areas, area_grades, total)
    grades = dict(zip(areas, area_grades))
    for question, names in groups:
        sheet.band(question, fill="DDEBF7", colour=brand)
        for name in names:
            given = grades[name]
            sheet.cell(sheet.row, 1, name, bold=True)
            if style in ("columns", "tally"):
                tally = _tally(rng, given, total)
                for offset, option in enumerate(ORDER):
                    if style == "columns":
                        if option == given:
                            if mark:
                                sheet.cell(sheet.row, 2 + offset, mark, bold=True)
                            else:
                                sheet.cell(sheet.row, 2 + offset, None, fill=GRADE_FILLS[option])
                        else:
                            sheet.cell(sheet.row, 2 + offset, None)
                    else:
                        sheet.cell(sheet.row, 2 + offset, tally[option] if tally[option] or zeros else None)
                if style == "tally":
                    target = sheet.cell(sheet.row, 6, dropdown_words[given], bold=True, fill="FFF2CC")
                    dropdown(summary_ws, target.coordinate, grade_choices)
                    sheet.cell(sheet.row, 7, comments[name])
                    sheet.merge(sheet.row, 7, 8)
                else:
                    sheet.cell(sheet.row, 6, comments[name])
                    sheet.merge(sheet.row, 6, 8)
            else:
                _grade_cell(sheet, summary_ws, sheet.row, 2, style, given, rng, dropdown_words, score_key,
                            lambda coordinate: dropdown(summary_ws, coordinate, grade_choices))
                sheet.merge(sheet.row, 2, 3)
                sheet.cell(sheet.row, 4, comments[name])
                sheet.merge(sheet.row, 4, 8)
            sheet.sheet.row_dimensions[sheet.row].height = 32
            sheet.skip()
    sheet.skip()

    # Overall judgement.
    overall_label = rng.choice(("Overall judgement for the theme", "OVERALL GRADE", "Overall judgement across the sample"))
    sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
    if overall_style == "columns":
        for offset, text in enumerate(heads):
            sheet.cell(sheet.row, 2 + offset, text, bold=True, fill="E2EFDA")
        sheet.skip()
        sheet.cell(sheet.row, 1, "", fill="E2EFDA")
        for offset, option in enumerate(ORDER):
            if option == grade:
                sheet.cell(sheet.row, 2 + offset, mark or None, bold=True, fill=None if mark else GRADE_FILLS[option])
            else:
                sheet.cell(sheet.row, 2 + offset, None)
    else:
        _grade_cell(sheet, summary_ws, sheet.row, 2, overall_style, grade, rng, dropdown_words, score_key,
                    lambda coordinate: dropdown(summary_ws, coordinate, grade_choices), overall=True)
        sheet.merge(sheet.row, 2, 4)
    sheet.skip(2)

    # Findings.
    bullet = rng.choice(("\u2022 ", "- ", ""))
    one_cell = rng.random() < 0.4
    for text, items in ((rng.choice(("What are we doing well?", "What is working well", "Strengths")), strengths),
                        (rng.choice(("What are we worried about?", "What needs to improve", "Areas for development")),
                         worries)):
        sheet.band(text)
        if one_cell:
            sheet.text("\n".join(f"{bullet or '- '}{item}" for item in items), height=16 * len(items) + 6)
        else:
            for item in items:
                sheet.text(f"{bullet}{item}", height=28)
        sheet.skip()
    sheet.band(rng.choice(("What did children and families tell us?", "Voice of children and families")))
    for voice in (rng.sample(VOICES, rng.randint(1, 2)) if rng.random() < 0.8 else [rng.choice(NO_VOICES)]):
        sheet.text(voice, height=28)
    sheet.skip()

    # Immediate concerns.
    sheet.cell(sheet.row, 1, rng.choice(URGENT_QUESTIONS), bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 5)
    answer = rng.choice(("Yes", "YES", "Yes – see below")) if urgent else rng.choice(("No", "NO", "No"))
    target = sheet.cell(sheet.row, 6, answer, bold=True, fill="FFF2CC")
    if answer in ("Yes", "No"):
        dropdown(summary_ws, target.coordinate, ("Yes", "No"))
    sheet.merge(sheet.row, 6, 8)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip()
    sheet.cell(sheet.row, 1, "If yes, case reference and action taken", italic=True, fill="FCE4D6")
    sheet.cell(sheet.row, 2, sample.urgent_concern_detail or rng.choice(("", "N/A", "")))
    sheet.merge(sheet.row, 2, 8)
    sheet.sheet.row_dimensions[sheet.row].height = 30
    sheet.skip(2)

    # Cases sampled.
    if cases_ws is summary_ws:
        cases_sheet = sheet
    else:
        cases_sheet = heading(cases_ws)
    _cases(cases_sheet, cases_ws, rng, references, dropdown)
    cases_sheet.skip()

    # Recommendations.
    act = sheet if actions_ws is summary_ws else heading(actions_ws)
    act.band(rng.choice(("Recommendations", "Recommendations / actions", "ACTION PLAN – who, what, by when")))
    shape = rng.choice(("table", "table", "lines"))
    if not actions:
        act.text(rng.choice(NO_ACTIONS))
    elif shape == "table":
        headers = rng.choice((("Recommendation", "Owner", "Target date", "RAG"),
                              ("Action", "Lead", "By when", "Progress update"),
                              ("What needs to happen", "Responsible", "Timescale", "Completed?")))
        act.cell(act.row, 1, "No.", bold=True, fill="D9E1F2")
        act.cell(act.row, 2, headers[0], bold=True, fill="D9E1F2")
        act.merge(act.row, 2, 5)
        for column, text in zip((6, 7, 8), headers[1:]):
            act.cell(act.row, column, text, bold=True, fill="D9E1F2")
        act.skip()
        for number, action in enumerate(actions, start=1):
            act.cell(act.row, 1, number)
            act.cell(act.row, 2, action.action)
            act.merge(act.row, 2, 5)
            act.cell(act.row, 6, action.owner)
            value, fmt = day(action.due)
            act.cell(act.row, 7, value, number_format=fmt)
            target = act.cell(act.row, 8, rng.choice(("", "Not started", "Amber", "")))
            if headers[3] == "RAG":
                dropdown(actions_ws, target.coordinate, ("Red", "Amber", "Green", "Complete"))
            act.sheet.row_dimensions[act.row].height = 30
            act.skip()
    else:
        lines = [f"{number}. {action.action} – {action.owner} – by {when(action.due)}"
                 for number, action in enumerate(actions, start=1)]
        act.text("\n".join(lines), height=30 * len(lines))
    act.skip()

    # Head of Service sign-off.
    if moderation is not None or rng.random() < 0.75:
        if lead is head:
            act.band(rng.choice(("Senior manager sign-off", "Sign-off (Assistant Director)", "AD sign-off")))
        else:
            act.band(rng.choice(("Head of Service sign-off", "Sign-off (Head of Service)",
                                 "HoS moderation and sign-off")))
        if rng.random() < 0.3 and moderation is not None:
            # One comment cell in the Head of Service's colour.
            words = " ".join(moderation.comments)
            if moderation.grade:
                agreed = "Judgement agreed" if moderation.grade == grade else "Moderated judgement"
                words += f" {agreed}: {informal_grade(rng, moderation.grade)}."
            signed, _ = when(moderation.date), None
            role = ROLES.get(_member(moderation.moderator).role, "")
            act.text(f"{words}\n{moderation.moderator}, {role} – {signed}", colour=ink, height=60)
        else:
            labels = (rng.choice(("Signed off by", "Name") if lead is head else ("Signed off by", "Head of Service",
                                                                                "Name")),
                      rng.choice(("Date", "Date signed off")),
                      rng.choice(("Do you agree with the overall judgement?", "Judgement agreed?")),
                      rng.choice(("Moderated judgement",) if lead is head else ("Moderated judgement", "HoS judgement")),
                      rng.choice(("Comments",) if lead is head else ("Comments", "Head of Service comments")))
            waiting = rng.choice(AWAITING)
            if lead is head and "Head of Service" in waiting:
                waiting = "Awaiting sign-off"
            values: tuple = ("", "", "", "", waiting)
            formats: tuple = (None,) * 5
            if moderation is not None:
                value, fmt = day(moderation.date)
                agree = moderated = ""
                if moderation.grade:
                    agree = "Yes" if moderation.grade == grade else "No"
                    moderated = (dropdown_words[moderation.grade] if rng.random() < 0.5
                                 else informal_grade(rng, moderation.grade))
                values = (moderation.moderator, value, agree, moderated, "\n".join(moderation.comments))
                formats = (None, fmt, None, None, None)
            for text, value, fmt in zip(labels, values, formats):
                act.cell(act.row, 1, text, bold=True, fill="F2F2F2")
                act.merge(act.row, 1, 2)
                act.cell(act.row, 3, value, number_format=fmt, colour=ink if moderation else None,
                         italic=moderation is None)
                act.merge(act.row, 3, 8)
                if text == labels[2]:
                    dropdown(actions_ws, f"C{act.row}", ("Yes", "No"))
                if text == labels[4]:
                    act.sheet.row_dimensions[act.row].height = 45
                act.skip()

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead.name
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=20), time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx")


def _grade_cell(sheet: _Writer, ws, row: int, column: int, style: str, grade: str, rng: random.Random, words,
                score_key, dropdown, *, overall: bool = False) -> None:
    """A grade in one cell: from the drop-down, typed, or a score on the key."""
    if style == "dropdown" or style == "tally":
        target = sheet.cell(row, column, words[grade], bold=overall, fill="FFF2CC")
        dropdown(target.coordinate)
    elif style == "score":
        score = score_key[grade]
        sheet.cell(row, column, score if rng.random() < 0.6 else f"{score} – {LONG_WORDS[grade]}", bold=overall,
                   fill="FFF2CC")
    else:
        sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.25), bold=overall)


def _tally(rng: random.Random, grade: str, total: int) -> dict[str, int]:
    """How many of the cases the auditors graded each way, most of them at the area's grade."""
    counts = dict.fromkeys(ORDER, 0)
    counts[grade] = total // 2 + 1
    for _ in range(total - counts[grade]):
        counts[_near(rng, grade)] += 1
    if max(counts.values()) != counts[grade] or list(counts.values()).count(counts[grade]) > 1:
        counts = dict.fromkeys(ORDER, 0)
        counts[grade] = total
    return counts


def _near(rng: random.Random, grade: str) -> str:
    position = ORDER.index(grade) + rng.choice((-1, 0, 1))
    return ORDER[min(3, max(0, position))]


def _area_comments(rng: random.Random, areas, grades, total: int) -> dict[str, str]:
    good = ("Consistently evident in the cases sampled.", "In {n} of the {t} cases this was clearly evidenced.",
            "A strength across the sample.")
    weak = ("Evident in only {n} of the {t} cases.", "Inconsistent – see case findings.",
            "Not evidenced in most cases; recording is behind.")
    comments = {}
    for name, grade in zip(areas, grades):
        pool = good if grade in (OUTSTANDING, GOOD) else weak
        n = rng.randint(total // 2 + 1, total) if grade in (OUTSTANDING, GOOD) else rng.randint(1, total // 2)
        comments[name] = rng.choice(pool).format(n=n, t=total)
    return comments


def _cases(sheet: _Writer, ws, rng: random.Random, references: list[str], dropdown) -> None:
    """The cases sampled, one to a row, with a few checks answered Y / N / Partly."""
    sheet.band(rng.choice(("Cases sampled", "Case-by-case findings", "DIP SAMPLE – CASES AUDITED")))
    checks = rng.sample(CHECKS, 3)
    answers = rng.choice((("Y", "N", "Partly"), ("Yes", "No", "Partly")))
    headers = ["No.", rng.choice(("Case ref", "Mosaic ID", "LCS number", "Child ID")),
               rng.choice(("Age", "Age at audit")), rng.choice(("Status", "Legal status / plan")),
               *(rng.choice(pair) for pair in checks), rng.choice(("Key finding", "Learning", "Notes"))]
    for column, text in enumerate(headers, start=1):
        sheet.cell(sheet.row, column, text, bold=True, fill="D9E1F2")
    sheet.skip()
    for number, reference in enumerate(references, start=1):
        age = rng.randint(0, 17)
        values = [number, int(reference) if reference.isdigit() and rng.random() < 0.5 else reference,
                  age if age else rng.choice(("8 months", "4 mths")), rng.choice(STATUSES)]
        for column, value in enumerate(values, start=1):
            sheet.cell(sheet.row, column, value)
        for offset in range(3):
            target = sheet.cell(sheet.row, 5 + offset, rng.choices(answers, weights=(6, 2, 2))[0], fill="FFF2CC")
            dropdown(ws, target.coordinate, answers)
        sheet.cell(sheet.row, 8, rng.choice(LEARNING))
        sheet.sheet.row_dimensions[sheet.row].height = 28
        sheet.skip()
