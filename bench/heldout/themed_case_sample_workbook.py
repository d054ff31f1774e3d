"""Themed case sample workbook: a council's themed audit of a small sample
of children's cases, read in one audit session and written up in Excel.
The lead auditor names the theme and the date of the session, reads each
case sampled (a case system reference, plain or prefixed, the child's
placement, on some the child and their brothers and sisters), writes the
findings for each case and grades it, then evaluates the theme's checklist
areas across the whole sample (evidence and a grade for each, grouped under
two checklist headings), gives an overall evaluation for the theme, says
what is working well and what needs to improve, sets out the actions (or
says none are needed), answers whether any child in the sample needed
immediate action to keep them safe, signs off and sends it to a Head of
Service to moderate.

Modelled on a public body in Scotland not used by any other family (every
council, children's trust, inspectorate and safeguarding partnership the
search found – Hillingdon, Durham, Wirral, Surrey, Haringey, Lincolnshire,
Southwark, Knowsley, Hackney, St Helens, Enfield, Wiltshire, Walsall,
Middlesbrough, the Care Inspectorate – is named by another family, a
council layout or bench/README.md; Western Bay Safeguarding Children Board
was free, but the search found only the contents page of its 2016/17
annual report): Audit Scotland, which audits for the Auditor General for
Scotland and the Accounts Commission. Two of its publications were read as
search excerpts. Its "Good practice guide – Children in residential care:
Self-assessment checklist for councils" (audit-scotland.gov.uk/good_practice/
children_care.php) sets out statements a council checks itself against,
grouped under headings: "Clear outcomes for children which are specified in
their care plan" (outcomes and agreed targets, including clear targets for
educational attainment; shared agreement across the council's departments
and with partners, including the NHS board and independent providers),
"Care planning for individual children" (every child in a residential
placement has an individual care plan; the plan sets out short, medium and
long-term outcomes; the actions are in a SMART action plan against which
progress can be monitored; plans are reviewed and updated in line with
statutory requirements), then "Clear strategies and plans based on review"
and "Forecasting future" needs, which are about the council, not one child.
Its report "Getting it right for children in residential care" (September
2010, prepared for the Auditor General for Scotland and the Accounts
Commission; its title pages and Community Care's summary, "Scottish
councils told to run residential child care better", 2 September 2010)
says councils should make sure care plans have clear action points and
long-term goals and act as corporate parents.

Neither shows a case audit form: the checklist is a council's
self-assessment, not an audit of children's files. From it come only the
shape of the theme questions – checklist areas grouped under two headings,
each judged across the cases sampled with an "in place?" answer on some
files – and, on one theme ("Care planning for children in residential
care"), the areas themselves (outcomes and targets in the plan, educational
attainment targets, short / medium / long-term outcomes, a SMART action
plan, reviews in statutory timescales, agreement with partners).
Everything else is our own judgement: the other themes and their areas;
Ofsted grades (Northmoor is an English council) for each case, each area
and the theme; the workbook as a front sheet, a sheet per case, a
questions sheet and a summary (6 files), one long sheet with each case as
a card (5), or a case ledger sheet and a checklist sheet (5); the details
as label rows, a strip of labels over values or two pairs to a row
(service left off 5); grades typed informally, a number on a printed 1-4
key either way round, the chosen option bold and highlighted among four
cells, the other three struck through, a mark or shading under four grade
columns, or an Excel drop-down, the overall evaluation the same way; the
children named with their brothers and sisters on 5 files (one named again
by first name in the findings); working well / to improve as bullets in one
cell, a row each or side by side; actions as a table, numbered lines or a
"no actions" sentence (3); the safety question typed, from a drop-down or
marked under Yes / No (3 yes); the lead auditor's sign-off; and the Head
of Service's moderation (4 changing, 3 confirming, 3 comments only) typed
in a non-red ink as label rows, in black in a heavy-bordered shaded box, or
through the workbook (remarks beside the areas and a line under the overall
evaluation), or an empty box, an "awaiting" note or none.
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
from bot.samples.people import (
    ASSESSMENT,
    CHILDREN_IN_CARE,
    DISABILITIES,
    HEAD_OF_SERVICE,
    PRACTICE_MANAGER,
    QA_TEAM,
    SAFEGUARDING,
    SAFEGUARDING_PRACTICE_MANAGER,
    invent_case_id,
    invent_child,
)
from bot.samples.tools import THEMATIC_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    CASE_PREFIXES,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    SIBLING_SENTENCES,
    HeldOutForm,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    mention,
    recount,
    siblings,
)

FAMILY = "themed_case_sample_workbook"
SEED = 10050
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}

# Each theme: its name, the services that would run it, and its checklist
# areas under two headings (the area names are the section names).
THEMES = (
    ("Care planning for children in residential care", (CHILDREN_IN_CARE,), (
        ("A. Clear outcomes in the child's plan", (
            ("Outcomes and targets set out in the care plan",
             "The plan says what we want to achieve for the child and has agreed targets."),
            ("Educational attainment targets",
             "The plan includes clear targets for the child's learning and attainment."),
            ("Agreement with partners on outcomes",
             "Health, education and the provider agree the outcomes we are working to."))),
        ("B. Care planning for the individual child", (
            ("Short, medium and long-term outcomes",
             "The plan sets out outcomes for the short, medium and long term."),
            ("SMART action plan",
             "Actions are specific, measurable and timed so progress can be monitored."),
            ("Plan reviewed within statutory timescales",
             "The plan is reviewed and updated as the regulations require."))))),
    ("Children missing from home or care", (ASSESSMENT, CHILDREN_IN_CARE), (
        ("A. Recognising the risk", (
            ("Missing episodes recorded promptly", "Each episode is on the file within a day."),
            ("Risk assessment and safety plan", "Push and pull factors are assessed and a safety plan agreed."))),
        ("B. Responding and learning", (
            ("Return home interviews", "Offered within 72 hours and the child's account recorded."),
            ("Strategy discussions where needed", "Held where exploitation or harm is suspected."),
            ("Impact for the child", "Episodes are reducing and the child is safer."))))),
    ("Placement stability and permanence", (CHILDREN_IN_CARE,), (
        ("A. Planning for permanence", (
            ("Permanence plan by the second review", "A clear permanence plan is agreed by the second review."),
            ("Matching and placement choice", "The placement was chosen to meet the child's needs."))),
        ("B. Keeping the child settled", (
            ("Family time and contact", "Contact arrangements are planned with the child's views in mind."),
            ("Stability meetings held when needed", "Disruption is spotted early and a meeting held."),
            ("Child's view of where they live", "The child says how they feel about their home."))))),
    ("Health and education of children in care", (CHILDREN_IN_CARE, DISABILITIES), (
        ("A. Health", (
            ("Initial health assessment on time", "Completed within 20 working days of coming into care."),
            ("Review health assessment and dental check", "Up to date and actions followed up."))),
        ("B. Learning", (
            ("Personal education plan current", "Reviewed this term with the child's targets."),
            ("School attendance monitored", "Attendance known and acted on by the social worker."),
            ("Designated teacher involved", "The school is part of the planning."))))),
    ("Voice of the child in plans", (ASSESSMENT, CHILDREN_IN_CARE, DISABILITIES, SAFEGUARDING), (
        ("A. Hearing the child", (
            ("Child seen and seen alone", "Visits record whether the child was seen alone."),
            ("Child's views in their own words", "Words, drawings or tools used to capture views."),
            ("Advocacy offered", "An advocate was offered and the offer recorded."))),
        ("B. Acting on what the child says", (
            ("Views shape the plan", "The plan shows what changed because of the child's views."),
            ("Child told of decisions", "Decisions were explained to the child in a way they understand."))))),
)
TITLES = ("Themed Audit – Case Sample Workbook", "Themed Case Sample Audit", "THEMED AUDIT: SAMPLE OF CASES",
          "Themed Audit Workbook (case sample)")
GUIDANCE = ("Read each case in the sample against the theme, grade each case, then evaluate each checklist area "
            "across the whole sample.",
            "Use the checklist areas for every case. Grade the practice, not the worker.",
            "Complete during the audit session and send to the Head of Service for moderation within five "
            "working days.")
PLACEMENTS = ("Residential – in-house home", "Residential – independent provider", "Foster care", "Kinship care",
              "Residential school", "Placed at home with parents", "Supported lodgings", "Foster care – IFA")
YOUNG_PLACEMENTS = ("Foster care", "Kinship care", "Placed at home with parents", "Foster care – IFA")
CASE_NOTES = {
    OUTSTANDING: ("Plan is clear, current and the child's progress is evident.",
                  "Excellent direct work; the child's voice runs through the record."),
    GOOD: ("Plan mostly clear; one target not yet measured.", "Visits on time and purposeful; minor recording gaps.",
           "Good partner involvement; review minutes shared promptly."),
    REQUIRES_IMPROVEMENT: ("Plan not updated after the last review.", "Targets vague and not time-bound.",
                           "Chronology out of date; drift of about two months."),
    INADEQUATE: ("No current plan on file.", "Child not seen for eight weeks; no management direction."),
}
FINDINGS = {
    OUTSTANDING: ("In place in every case read and making a difference for the children.",
                  "Consistently strong across the sample; examples to share."),
    GOOD: ("In place in most cases; gaps in recording in one or two.",
           "Clear in the majority of cases; weaker where the worker was new."),
    REQUIRES_IMPROVEMENT: ("In place in about half the cases; not yet embedded.",
                           "Present but often not updated after significant events."),
    INADEQUATE: ("Missing in most of the cases read.", "Largely absent; plans drifted."),
}
IN_PLACE = {OUTSTANDING: "Yes", GOOD: "Yes", REQUIRES_IMPROVEMENT: "Partly", INADEQUATE: "No"}
STRENGTHS = (
    "In 5 of the 6 cases read the plan was current and shared with the child and carers.",
    "Workers know the children well and describe their daily lives vividly.",
    "Reviews were held on time and their decisions recorded clearly.",
    "Health and education partners contributed to planning in most cases.",
    "Direct work with children is recorded in the child's own words.",
)
DEVELOPMENT = (
    "In 3 of the 6 cases read targets in the plan were not measurable.",
    "Long-term outcomes were missing from several plans.",
    "Plans do not always say who will do what by when.",
    "Records were not updated after significant events in a number of cases.",
)
ACTIONS = (
    "Team managers to check every care plan in their team has SMART actions by the next review.",
    "Practice workshop on writing outcome-focused plans for all children in care teams.",
    "Add a prompt on long-term outcomes to the supervision template.",
    "Share a one-page learning note from this audit at the practice forum.",
    "Re-audit the theme in six months to test the impact of the actions.",
    "Agree with the virtual school how attainment targets reach the care plan.",
)
OWNERS = ("Team Managers", "Principal Social Worker", "QA Team", "Workforce Development", "Virtual School Head")
NO_ACTIONS = ("No actions arising from this audit – learning to be shared through team meetings.",
              "No further actions required at this time.", "None identified; the practice seen is to be sustained.")
URGENT = ("Case {n} ({ref}): child not seen for nine weeks while missing episodes increased; raised with the Team "
          "Manager the same day and a visit made the next morning.",
          "Case {n} ({ref}): a disclosure recorded by the home had not been acted on; referred to the front door "
          "and a strategy discussion held that afternoon.")
MODERATION_COMMENTS = ("I have read two of the cases myself and the findings are fair.",
                       "A careful audit – please take the learning to the practice forum.",
                       "Actions agreed; the QA team to track them on the service plan.",
                       "Next time please include the carers' view of the plan.")
CONFIRM = ("I agree with the overall evaluation.", "Evaluation confirmed.")
CHANGE = ("Having read the cases I would place the overall evaluation at {grade}.",
          "I do not agree with the overall evaluation – on balance the sample is {grade}.")
REMARKS = ("HoS: agree.", "HoS: the evidence supports this.", "HoS: noted – to follow up at the practice forum.",
           "HoS: discussed with the Team Managers.")
AWAITING = ("Awaiting Head of Service moderation.", "Sent to HoS for moderation.",
            "To be moderated at the next QA meeting.")
OVERALL_LABELS = ("Overall evaluation of the theme across the sample", "OVERALL EVALUATION FOR THE THEME",
                  "Overall self-evaluation grade for this theme")

_QA_HEAD = next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == SAFEGUARDING)
THIN = Side(style="thin", color="BFBFBF")
WRAP = Alignment(wrap_text=True, vertical="top")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(THEMATIC_AUDIT,))

    def spread(values: list) -> list:
        values = (values * (count // len(values) + 1))[:count]
        rng.shuffle(values)
        return values

    keys = ("grading", "moderation", "moderation_style", "urgent", "no_actions", "family", "structure",
            "show_service", "theme")
    plans = [dict(zip(keys, values)) for values in zip(
        spread(["typed"] * 3 + ["key"] * 3 + ["bold"] * 2 + ["struck"] * 3 + ["columns"] * 3 + ["dropdown"] * 2),
        spread(["change"] * 4 + ["confirm"] * 3 + ["comments"] * 3 + [None] * 6),
        spread(["ink"] * 6 + ["black"] * 5 + ["inline"] * 5),
        spread([True] * 3 + [False] * 13),
        spread([True] * 3 + [False] * 13),
        spread([True] * 5 + [False] * 11),
        spread(["tabbed"] * 6 + ["cards"] * 5 + ["ledger"] * 5),
        spread([True] * 11 + [False] * 5),
        spread(list(range(len(THEMES)))),
    )]
    return [_form(rng, index, sample, today, plan) for index, (sample, plan) in enumerate(zip(samples, plans))]


def _neighbour(rng: random.Random, grade: str) -> str:
    if grade == GOOD and rng.random() < 0.7:
        return REQUIRES_IMPROVEMENT
    position = ORDER.index(grade)
    return rng.choice([ORDER[p] for p in (position - 1, position + 1) if 0 <= p < len(ORDER)])


def _lead(rng: random.Random, service: str) -> tuple[str, str]:
    """The lead auditor and their role: a manager in the service, the QA
    team, or the service's Head of Service."""
    managers = [member for member in STAFF if member.service == service
                and member.role in (PRACTICE_MANAGER, SAFEGUARDING_PRACTICE_MANAGER)]
    qa = [member for member in STAFF if member.role == QA_TEAM]
    choice = rng.random()
    if choice < 0.2:
        return _head(service), "Head of Service"
    if choice < 0.65 and managers:
        return rng.choice(managers).name, rng.choice(("Team Manager", "Practice Manager"))
    return rng.choice(qa).name, rng.choice(("QA Officer", "Quality Assurance Lead"))


def _head(service: str) -> str:
    return next(member.name for member in STAFF if member.role == HEAD_OF_SERVICE and member.service == service)


def _moderator(service: str, lead: str) -> str:
    head = _head(service)
    if head != lead:
        return head
    return _QA_HEAD if _QA_HEAD != lead else next(member.name for member in STAFF
                                                  if member.role == HEAD_OF_SERVICE and member.name != lead)


class _Sheet:
    """One worksheet with a running row and the council's look."""

    def __init__(self, sheet, brand: str, font: str, last: int, widths):
        self.sheet, self.brand, self.font, self.last, self.row = sheet, brand, font, last, 1
        for column, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width

    def put(self, row: int, column: int, value, *, bold: bool = False, italic: bool = False,
            colour: str | None = None, fill: str | None = None, strike: bool = False, size: int = 10,
            fmt: str | None = None):
        cell = self.sheet.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold, italic=italic, color=colour, strike=strike or None, size=size)
        cell.alignment = WRAP
        cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if fmt and isinstance(value, date):
            cell.number_format = fmt
        return cell

    def merge(self, row: int, first: int, last: int | None = None) -> None:
        last = last or self.last
        if last > first:
            self.sheet.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF", size: int = 11) -> int:
        self.put(self.row, 1, text, bold=True, colour=colour if fill is None else None, fill=fill or self.brand,
                 size=size)
        self.merge(self.row, 1)
        self.row += 1
        return self.row - 1

    def line(self, text, **look) -> int:
        self.put(self.row, 1, text, **look)
        self.merge(self.row, 1)
        self.row += 1
        return self.row - 1

    def pair(self, label: str, value, *, span: int = 2, fill: str = "F2F2F2", **look) -> int:
        self.put(self.row, 1, label, bold=True, fill=fill)
        self.merge(self.row, 1, span)
        self.put(self.row, span + 1, value, **look)
        self.merge(self.row, span + 1)
        self.row += 1
        return self.row - 1

    def box(self, top: int, bottom: int, colour: str) -> None:
        heavy = Side(style="medium", color=colour)
        for row in range(top, bottom + 1):
            for column in range(1, self.last + 1):
                cell = self.sheet.cell(row=row, column=column)
                old = cell.border
                cell.border = Border(left=heavy if column == 1 else old.left,
                                     right=heavy if column == self.last else old.right,
                                     top=heavy if row == top else old.top,
                                     bottom=heavy if row == bottom else old.bottom)


def _dropdown(ws, ref: str, choices) -> None:
    validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    ws.add_data_validation(validation)
    validation.add(ref)


class _Grader:
    """One file's way of showing a grade in four cells from `column`."""

    def __init__(self, rng: random.Random, style: str):
        self.rng, self.style = rng, style
        reversed_key = rng.random() < 0.45
        self.score = ({OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1} if reversed_key
                      else {OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4})
        self.key = "Key: " + "   ".join(f"{self.score[grade]} = {WORDS[grade]}"
                                         for grade in sorted(ORDER, key=self.score.get))
        self.order = [grade for grade, _ in rng.choice(GRADE_COLUMNS)]
        self.marker = rng.choice(MARKS)

    def note(self, sheet: _Sheet) -> None:
        """The printed key or instruction above a graded table."""
        if self.style == "key":
            sheet.line(self.key, italic=True, bold=True)
        elif self.style == "struck":
            sheet.line("Strike through the grades that do not apply.", italic=True, size=9)
        elif self.style == "bold":
            sheet.line("Highlight the grade that applies.", italic=True, size=9)

    def header(self, sheet: _Sheet, row: int, column: int, text: str) -> None:
        """The heading over the four grade cells."""
        if self.style == "columns":
            for offset, grade in enumerate(self.order):
                sheet.put(row, column + offset, WORDS[grade], bold=True, fill="D9D9D9", size=9)
        else:
            sheet.put(row, column, text, bold=True, fill="D9D9D9")
            sheet.merge(row, column, column + 3)

    def cells(self, sheet: _Sheet, row: int, column: int, grade: str, *, bold: bool = False) -> None:
        style = self.style
        if style == "columns":
            for offset, option in enumerate(self.order):
                chosen = option == grade
                sheet.put(row, column + offset, self.marker if chosen and self.marker else None, bold=True,
                          fill=MARK_SHADE if chosen and not self.marker else None)
        elif style in ("struck", "bold"):
            for offset, option in enumerate(ORDER):
                chosen = option == grade
                sheet.put(row, column + offset, WORDS[option], bold=chosen, size=9,
                          fill="FFFF00" if chosen and style == "bold" else None,
                          strike=not chosen and style == "struck",
                          colour="808080" if not chosen and style == "struck" else None)
        else:
            if style == "key":
                text = str(self.score[grade])
            elif style == "dropdown":
                text = WORDS[grade]
            else:
                text = informal_grade(self.rng, grade, note_chance=0.15)
            sheet.put(row, column, text, bold=bold)
            sheet.merge(row, column, column + 3)
            if style == "dropdown":
                _dropdown(sheet.sheet, f"{get_column_letter(column)}{row}", [WORDS[option] for option in ORDER])


def _form(rng: random.Random, index: int, sample, today: date, plan: dict) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    fmt = rng.choice(("dd/mm/yyyy", "d mmm yyyy", "dd-mmm-yy")) if excel_dates else None
    font = rng.choice(("Arial", "Calibri", "Verdana", "Tahoma"))
    grader = _Grader(rng, plan["grading"])
    structure = plan["structure"]

    def day(value: date):
        return value if excel_dates else when(value)

    # What the lead auditor found.
    theme, services, groups = THEMES[plan["theme"]]
    service = sample.service if sample.service in services else rng.choice(services)
    areas = [area for _, items in groups for area in items]
    own = {field.key: field for field in sample.own}
    total = own["cases_sampled"].expected
    prefix = rng.choice(("", "", *CASE_PREFIXES))
    case_ids = list(own["sampled_case_ids"].expected) if "sampled_case_ids" in own else []
    while len(case_ids) < total:
        case_ids = list(dict.fromkeys([*case_ids, invent_case_id(rng)]))
    refs = [f"{prefix}{case_id}" for case_id in case_ids]
    base = rng.choices(ORDER, weights=(1, 5, 4, 1))[0]
    grades = [base if rng.random() < 0.55 else _neighbour(rng, base) for _ in areas]
    overall = max(set(grades), key=lambda grade: (grades.count(grade), ORDER.index(grade)))
    sections = tuple(Section(name, grade, rng.choice(FINDINGS[grade])) for (name, _), grade in zip(areas, grades))
    case_grades = [overall if rng.random() < 0.5 else _neighbour(rng, overall) for _ in refs]
    case_notes = [rng.choice(CASE_NOTES[grade]) for grade in case_grades]
    placements = [rng.choice(PLACEMENTS) for _ in refs]
    lead, role = _lead(rng, service)

    # The children in each case, on files whose case record asks for them.
    children: list[str] = []
    brothers: list[str] = []
    others: list[str] = []
    if plan["family"]:
        used: set[str] = set()
        for _ in range(total):
            child = invent_child(rng, today)
            while child.surname in used:
                child = invent_child(rng, today)
            used.add(child.surname)
            age = (today - child.date_of_birth).days // 365
            family = [(name, (today - born).days // 365)
                      for name, born in siblings(rng, child, rng.choice((0, 1, 1, 2)), today)
                      if 0 < (today - born).days < 17 * 365]
            children.append(f"{child.full_name} ({age})")
            placements[len(children) - 1] = rng.choice(PLACEMENTS if age >= 12 else YOUNG_PLACEMENTS)
            brothers.append(", ".join(f"{name} ({years})" for name, years in family)
                            + (rng.choice((" – placed together", " – placed apart")) if family else "") or "None")
            others += [child.full_name, *(name for name, _ in family)]
        named = next((number for number, text in enumerate(brothers) if text != "None"), None)
        if named is not None:
            first_sibling = brothers[named].split(" (")[0]
            case_notes[named] += " " + mention(rng, SIBLING_SENTENCES, first_sibling)

    moderation = None
    if plan["moderation"]:
        signed = min(today, sample.date + timedelta(days=rng.randint(3, 12)))
        signed -= timedelta(days=max(0, signed.weekday() - 4))
        comments = list(rng.sample(MODERATION_COMMENTS, rng.randint(1, 2)))
        moderated = None
        if plan["moderation"] == "confirm":
            moderated = overall
            comments.insert(0, rng.choice(CONFIRM))
        elif plan["moderation"] == "change":
            moderated = _neighbour(rng, overall)
            comments.append(rng.choice(CHANGE).format(grade=WORDS[moderated].lower()))
        remarked = rng.sample(sections, rng.randint(0, 2))
        remarks = {section.name: text for section, text in zip(remarked, rng.sample(REMARKS, len(remarked)))}
        moderation = Moderation(_moderator(service, lead), signed, tuple(comments),
                                remarks if plan["moderation_style"] == "inline" else {}, moderated)

    actions = () if plan["no_actions"] else tuple(
        SampleAction(text, rng.choice((*OWNERS, lead)), action.due)
        for text, action in zip(rng.sample(ACTIONS, len(sample.actions)), sample.actions))
    urgent_case = rng.randrange(total)
    sample = replace(
        sample, title=rng.choice(TITLES), auditor=lead, service=service if plan["show_service"] else None,
        grade=overall, sections=sections,
        strengths=recount(tuple(rng.sample(STRENGTHS, min(len(sample.strengths), len(STRENGTHS)))), total),
        development_areas=recount(tuple(rng.sample(DEVELOPMENT, min(len(sample.development_areas),
                                                                    len(DEVELOPMENT)))), total),
        actions=actions, moderation=moderation, moderated_kind=True, urgent_question=True,
        urgent_concern=plan["urgent"],
        urgent_concern_detail=(rng.choice(URGENT).format(n=urgent_case + 1, ref=refs[urgent_case])
                               if plan["urgent"] else None),
        own=(ToolField("theme", "Theme", theme, theme),
             ToolField("cases_sampled", "Number of cases sampled", str(total), total),
             ToolField("sampled_case_ids", "", None, refs)))

    # The workbook.
    workbook = Workbook()
    widths = (6, 30, 34, 13, 13, 13, 13, 26)
    front = _Sheet(workbook.active, brand, font, 8, widths)
    front.sheet.title = {"tabbed": "Front sheet", "cards": "Themed audit", "ledger": "Sample"}[structure]
    front.put(1, 1, council_line(rng), bold=True, colour=brand, size=11)
    front.merge(1, 1)
    front.put(2, 1, sample.title, bold=True, size=14, colour=brand if rng.random() < 0.5 else None)
    front.merge(2, 1)
    front.put(3, 1, rng.choice(GUIDANCE), italic=True, size=9)
    front.merge(3, 1)
    front.row = 5
    _details(rng, front, sample, theme, total, refs, lead, role, day, fmt)

    # The cases sampled.
    if structure == "tabbed":
        for number, ref in enumerate(refs):
            sheet = _Sheet(workbook.create_sheet(f"Case {number + 1}"), brand, font, 8, widths)
            sheet.band(f"Case {number + 1} of {total}")
            _case_card(rng, sheet, grader, number, ref, placements, children, brothers, case_notes, case_grades)
        questions = _Sheet(workbook.create_sheet(rng.choice(("Theme questions", "Checklist"))), brand, font, 8,
                           widths)
    elif structure == "cards":
        front.band(rng.choice(("2. Cases read", "The cases in the sample", "2. Case by case")))
        grader.note(front)
        for number, ref in enumerate(refs):
            front.band(f"Case {number + 1} – {ref}", fill="DDEBF7")
            _case_card(rng, front, grader, number, None, placements, children, brothers, case_notes, case_grades)
        front.row += 1
        questions = front
    else:
        _case_ledger(rng, front, grader, refs, placements, children, brothers, case_notes, case_grades)
        questions = _Sheet(workbook.create_sheet(rng.choice(("Checklist", "Theme evaluation"))), brand, font, 9,
                           (6, 30, 10, 34, 13, 13, 13, 13, 26))

    # The checklist areas across the sample, then the overall evaluation.
    inline = moderation is not None and plan["moderation_style"] == "inline"
    _questions(rng, questions, grader, groups, sections, structure == "ledger", moderation if inline else None,
               ink)
    label_row = questions.row
    questions.put(label_row, 1, rng.choice(OVERALL_LABELS), bold=True, fill="FFF2CC")
    grade_at = 5 if structure == "ledger" else 4
    questions.merge(label_row, 1, grade_at - 1)
    if grader.style == "columns":
        grader.header(questions, label_row, grade_at, "")
        label_row += 1
        questions.put(label_row, 1, None, fill="FFF2CC")
        questions.merge(label_row, 1, grade_at - 1)
    grader.cells(questions, label_row, grade_at, overall, bold=True)
    questions.row = label_row + 1
    if inline:
        if moderation.grade:
            questions.put(questions.row, 1, rng.choice(("HoS moderated evaluation", "Evaluation after moderation (HoS)")),
                          bold=True, colour=ink)
            questions.merge(questions.row, 1, grade_at - 1)
            questions.put(questions.row, grade_at, informal_grade(rng, moderation.grade), bold=True, colour=ink)
            questions.merge(questions.row, grade_at, grade_at + 3)
            questions.row += 1
        questions.line(" ".join(moderation.comments), colour=ink)
        questions.line(f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, italic=True)
    questions.row += 1

    # Learning, actions, the safety question, sign-off and moderation.
    summary = questions
    if structure == "tabbed":
        summary = _Sheet(workbook.create_sheet(rng.choice(("Summary", "Summary & sign-off"))), brand, font, 6,
                         (34, 30, 18, 18, 18, 20))
    _learning(rng, summary, sample, day, when, fmt)
    _sign_off(rng, summary, sample, moderation, plan["moderation_style"], lead, day, fmt, ink)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = sample.title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else lead
    workbook.properties.created = datetime.combine(sample.date, time(9, 25))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 10))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()  # Workbook.save would stamp the time of saving
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others))


def _details(rng: random.Random, sheet: _Sheet, sample, theme: str, total: int, refs: list[str], lead: str,
             role: str, day, fmt) -> None:
    lead_text = f"{lead} ({role})" if rng.random() < 0.5 else lead
    rows = [(rng.choice(("Theme", "Audit theme", "Theme audited", "Focus of the themed audit")), theme),
            (rng.choice(("Date of audit session", "Audit session held on", "Session date", "Date of audit")),
             day(sample.date)),
            (rng.choice(("Lead auditor", "Audit lead", "Auditor")), lead_text)]
    if rng.random() < 0.35:
        helpers = [member.name for member in STAFF if member.role in (QA_TEAM, PRACTICE_MANAGER) and member.name != lead]
        rows.append((rng.choice(("Also auditing", "Other auditors in the session")), ", ".join(rng.sample(helpers, 2))))
    if sample.service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Number of cases sampled", "Cases in sample", "No. of cases audited")), total))
    if rng.random() < 0.4:
        rows.append((rng.choice(("Case references", "Cases sampled")), ", ".join(refs)))
    sheet.band(rng.choice(("1. About this themed audit", "Audit details", "1. Theme and sample")))
    style = rng.choice(("rows", "strip", "pairs"))
    if style == "rows":
        for label, value in rows:
            sheet.pair(label, value, fmt=fmt)
    elif style == "strip":
        for column, (label, value) in enumerate(rows[:4], start=1):
            sheet.put(sheet.row, column * 2 - 1, label, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, column * 2 - 1, column * 2)
            sheet.put(sheet.row + 1, column * 2 - 1, value, fmt=fmt)
            sheet.merge(sheet.row + 1, column * 2 - 1, column * 2)
        sheet.row += 2
        for label, value in rows[4:]:
            sheet.pair(label, value, fmt=fmt)
    else:
        for first in range(0, len(rows), 2):
            for offset, (label, value) in enumerate(rows[first:first + 2]):
                start = 1 + offset * 4
                sheet.put(sheet.row, start, label, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, start, start + 1)
                sheet.put(sheet.row, start + 2, value, fmt=fmt)
                sheet.merge(sheet.row, start + 2, start + 3)
            sheet.row += 1
    sheet.row += 1


def _case_card(rng: random.Random, sheet: _Sheet, grader: _Grader, number: int, ref: str | None, placements,
               children, brothers, notes, grades) -> None:
    """One case as label rows: reference, placement, the children, the
    findings and the case's grade."""
    if ref is not None:
        sheet.pair(rng.choice(("Case reference", "Case ref", "Child ID")), ref)
    sheet.pair(rng.choice(("Placement / legal status", "Where the child lives")), placements[number])
    if children:
        sheet.pair(rng.choice(("Child (age)", "Child's name and age")), children[number])
        sheet.pair(rng.choice(("Brothers and sisters", "Siblings (age)")), brothers[number])
    sheet.pair(rng.choice(("Findings for this case", "What the file showed", "Auditor's findings")), notes[number])
    if ref is not None:
        grader.note(sheet)
    if grader.style == "columns":
        sheet.put(sheet.row, 1, None, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        grader.header(sheet, sheet.row, 4, "")
        sheet.row += 1
    sheet.put(sheet.row, 1, rng.choice(("Grade for this case", "Case grade")), bold=True, fill="F2F2F2")
    sheet.merge(sheet.row, 1, 3)
    grader.cells(sheet, sheet.row, 4, grades[number])
    sheet.row += 2


def _case_ledger(rng: random.Random, sheet: _Sheet, grader: _Grader, refs, placements, children, brothers, notes,
                 grades) -> None:
    """The cases one to a row: reference, placement (and the children), the
    findings and the case's grade in the four columns D to G."""
    sheet.band(rng.choice(("2. Cases read", "The sample", "2. Cases in the sample")))
    grader.note(sheet)
    row = sheet.row
    sheet.put(row, 1, "No.", bold=True, fill="D9D9D9")
    sheet.put(row, 2, rng.choice(("Case reference", "Case ref")), bold=True, fill="D9D9D9")
    sheet.put(row, 3, rng.choice(("Findings", "Key finding for this case")), bold=True, fill="D9D9D9")
    grader.header(sheet, row, 4, rng.choice(("Case grade", "Grade")))
    sheet.put(row, 8, "Child and siblings (age)" if children else "Placement", bold=True, fill="D9D9D9")
    sheet.row += 1
    for number, ref in enumerate(refs):
        sheet.put(sheet.row, 1, number + 1)
        sheet.put(sheet.row, 2, ref)
        sheet.put(sheet.row, 3, notes[number])
        grader.cells(sheet, sheet.row, 4, grades[number])
        if children:
            family = children[number] + ("" if brothers[number] == "None" else f"; {brothers[number]}")
            sheet.put(sheet.row, 8, family)
        else:
            sheet.put(sheet.row, 8, placements[number])
        sheet.row += 1
    sheet.row += 1


def _questions(rng: random.Random, sheet: _Sheet, grader: _Grader, groups, sections, checklist: bool, moderation,
               ink: str) -> None:
    """Each checklist area across the sample: the area, (on the checklist
    sheet, whether it is in place,) the evidence and the grade, under the
    theme's two headings."""
    sheet.band(rng.choice(("3. Evaluation across the sample", "Theme checklist – across all cases",
                           "3. How well are we doing?")))
    grader.note(sheet)
    prompts = rng.random() < 0.5
    remarks = moderation.section_comments if moderation else {}
    evidence = 4 if checklist else 3
    grade_at = evidence + 1
    remark_at = grade_at + 4
    row = sheet.row
    sheet.put(row, 1, "No.", bold=True, fill="D9D9D9")
    sheet.put(row, 2, rng.choice(("Checklist area", "Area", "Question area")), bold=True, fill="D9D9D9")
    if checklist:
        sheet.put(row, 3, "In place?", bold=True, fill="D9D9D9")
    sheet.put(row, evidence, rng.choice(("Evidence across the sample", "What we found")), bold=True, fill="D9D9D9")
    grader.header(sheet, row, grade_at, rng.choice(("Grade", "Evaluation")))
    if remarks:
        sheet.put(row, remark_at, "HoS comment", bold=True, fill="D9D9D9", colour=ink)
    sheet.row += 1
    grades = {section.name: section for section in sections}
    number = 0
    top = sheet.row
    for heading, items in groups:
        sheet.put(sheet.row, 1, heading, bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 1, remark_at if remarks else remark_at - 1)
        sheet.row += 1
        for name, prompt in items:
            number += 1
            section = grades[name]
            sheet.put(sheet.row, 1, number)
            sheet.put(sheet.row, 2, name, bold=True)
            if checklist:
                sheet.put(sheet.row, 3, IN_PLACE[section.grade])
            text = f"{section.comment}\n({prompt})" if prompts else section.comment
            sheet.put(sheet.row, evidence, text)
            grader.cells(sheet, sheet.row, grade_at, section.grade)
            if name in remarks:
                sheet.put(sheet.row, remark_at, remarks[name], colour=ink, italic=True)
            sheet.row += 1
    if checklist:
        _dropdown(sheet.sheet, f"C{top}:C{sheet.row - 1}", ("Yes", "Partly", "No"))
    sheet.row += 1


def _learning(rng: random.Random, sheet: _Sheet, sample, day, when, fmt) -> None:
    """Working well and to improve, the actions and the safety question."""
    headings = rng.choice((("What is working well", "What needs to improve"),
                           ("Strengths across the sample", "Areas for development"),
                           ("Working well", "Needs to improve")))
    style = rng.choice(("bullets", "rows", "side"))
    if style == "side":
        sheet.put(sheet.row, 1, headings[0], bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.merge(sheet.row, 1, 3)
        sheet.put(sheet.row, 4, headings[1], bold=True, colour="FFFFFF", fill=sheet.brand)
        sheet.merge(sheet.row, 4)
        sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            sheet.put(sheet.row, 1, left)
            sheet.merge(sheet.row, 1, 3)
            sheet.put(sheet.row, 4, right)
            sheet.merge(sheet.row, 4)
            sheet.row += 1
    else:
        for heading, items in zip(headings, (sample.strengths, sample.development_areas)):
            sheet.band(heading)
            if style == "bullets":
                row = sheet.line("\n".join(f"\u2022 {text}" for text in items))
                sheet.sheet.row_dimensions[row].height = 15 * (len(items) + 1)
            else:
                for text in items:
                    sheet.line(text)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Action plan", "Actions agreed")))
    if not sample.actions:
        sheet.line(rng.choice(NO_ACTIONS), italic=True)
    elif rng.random() < 0.6:
        headers = rng.choice((("Action", "Lead", "By when"), ("Action", "Who", "By when", "RAG"),
                              ("What needs to happen", "Owner", "Target date", "Update")))
        sheet.put(sheet.row, 1, headers[0], bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, 3)
        for column, text in enumerate(headers[1:], start=4):
            sheet.put(sheet.row, column, text, bold=True, fill="DDEBF7")
        sheet.row += 1
        for action in sample.actions:
            sheet.put(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 3)
            sheet.put(sheet.row, 4, action.owner)
            sheet.put(sheet.row, 5, day(action.due), fmt=fmt)
            for column in range(6, len(headers) + 3):
                sheet.put(sheet.row, column, None)
            sheet.row += 1
    else:
        row = sheet.line("\n".join(f"{number}. {action.action} Lead: {action.owner}. By {when(action.due)}."
                                   for number, action in enumerate(sample.actions, start=1)))
        sheet.sheet.row_dimensions[row].height = 30 * len(sample.actions)
    sheet.row += 1

    question = rng.choice(("Did any case in the sample need immediate action to keep a child safe?",
                           "Immediate safety concern identified for any child in the sample?",
                           "Urgent safeguarding concern about any child?"))
    urgent = sample.urgent_concern
    style = rng.choice(("typed", "dropdown", "marks"))
    if style == "marks":
        sheet.put(sheet.row, 1, question, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.put(sheet.row, 4, "Yes", bold=True, fill="D9D9D9")
        sheet.put(sheet.row, 5, "No", bold=True, fill="D9D9D9")
        sheet.row += 1
        sheet.put(sheet.row, 1, None, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 3)
        sheet.put(sheet.row, 4, "X" if urgent else None, bold=True)
        sheet.put(sheet.row, 5, None if urgent else "X", bold=True)
        sheet.row += 1
    else:
        row = sheet.pair(question, rng.choice(("Yes", "YES")) if urgent else rng.choice(("No", "No", "NO")),
                         span=3, bold=True)
        if style == "dropdown":
            _dropdown(sheet.sheet, f"D{row}", ("Yes", "No"))
    if urgent:
        sheet.pair(rng.choice(("If yes, what was done", "Action taken")), sample.urgent_concern_detail, span=3)
    sheet.row += 1


def _sign_off(rng: random.Random, sheet: _Sheet, sample, moderation, style: str, lead: str, day, fmt,
              ink: str) -> None:
    sheet.band(rng.choice(("Sign-off", "Completed by")))
    sheet.pair(rng.choice(("Lead auditor", "Signed (lead auditor)")), lead)
    sheet.pair("Date", day(sample.date), fmt=fmt)
    sheet.row += 1
    if moderation is None:
        shown = rng.choice(("box", "awaiting", "none"))
        if shown == "none":
            return
        sheet.band(rng.choice(("Head of Service moderation", "HoS moderation")))
        if shown == "awaiting":
            sheet.line(rng.choice(AWAITING), italic=True)
            return
        for text in ("Head of Service", "Date", "Moderated evaluation", "Comments"):
            sheet.pair(text, None)
        return
    if style == "inline":
        return  # typed beside the areas and under the overall evaluation
    black = style == "black"
    colour = None if black else ink
    top = sheet.band(rng.choice(("Head of Service moderation", "HoS moderation", "Moderation (Head of Service)")))
    sheet.pair(rng.choice(("Moderated by", "Head of Service")), moderation.moderator, colour=colour)
    sheet.pair(rng.choice(("Date", "Date moderated")), day(moderation.date), colour=colour, fmt=fmt)
    if moderation.grade:
        agree = moderation.grade == sample.grade
        sheet.pair(rng.choice(("Agree with the overall evaluation?", "Evaluation agreed?")),
                   "Yes" if agree else "No – see comments", colour=colour)
        sheet.pair(rng.choice(("Moderated evaluation", "HoS evaluation")), informal_grade(rng, moderation.grade),
                   colour=colour, bold=True)
    sheet.pair(rng.choice(("Comments", "Moderator's comments")), "\n".join(moderation.comments), colour=colour)
    sheet.sheet.row_dimensions[sheet.row - 1].height = 15 * (len(moderation.comments) + 1)
    if black:
        for row in range(top + 1, sheet.row):
            for column in range(3, sheet.last + 1):
                sheet.sheet.cell(row=row, column=column).fill = PatternFill("solid", fgColor="F2F2F2")
        sheet.box(top, sheet.row - 1, "000000")
    elif rng.random() < 0.5:
        sheet.box(top + 1, sheet.row - 1, ink)
