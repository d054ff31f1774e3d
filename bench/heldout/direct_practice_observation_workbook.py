"""Observation of a practitioner's direct work with a child or family, kept
as an Excel workbook that follows the running order of a university's
practice learning documentation: a front sheet of who is involved, the
observer's report on the session criterion by criterion, a holistic
assessment, the family's own feedback, the practitioner's reflection and
learning actions, and a sign-off with the Head of Service's quality
assurance.

Modelled on Sheffield Hallam University, Department of Social Work, Social
Care and Youth and Community Studies, "MSW Social Work – Practice Learning
Documentation: First and Final Placements (2018-19)" (a copy at
vdocuments.mx, "msw-social-work-practice-learning-documentation-first-")
and the BA (Hons) version for 2017-18 (docsbay.net, "department-of-social-
work-social-care-and-youth-and-community-studies"). Read as search
excerpts: the front sheet names the student, the practice educator, the
practice / work supervisor "(if applicable)" and the placement tutor, asks
"First (70 days) / Final (100 days) (tick applicable)" and the dates of the
placement; the contents run Part 2 practice documentation (checklists, an
induction checklist, the practice learning agreement, review of practice
meeting and form), Part 3 the domains of the Professional Capabilities
Framework (PCF) with end-of-first and end-of-last placement capabilities,
Part 4 the student's documentation (work undertaken, reflective accounts),
Part 5 the practice educator's documentation – "Direct Observation of a
Student's Practise", "Direct Observation Assessment Report", "Holistic
Assessment using the Professional Capabilities Framework", "Evidence from
Service Users" and a "Service User and Carer Feedback Form" – and Part 6
forms and procedures (practice breakdown, a daily register). The inside of
the direct observation report itself was not read.

Our own judgement: that a council's quality assurance team would turn that
running order into a workbook for managers observing qualified staff's
direct work (the front sheet's roles become observer, practitioner and
team; "tick applicable" becomes a choice of the kind of session); the
criteria and their wording (six areas of direct work, four to six of them
graded on a file); grading each and the whole on the four Ofsted
judgements; every label and sentence; the consent question; the family's
feedback in their words; the same-day safeguarding question; the learning
actions; the Head of Service's quality assurance.

What varies: one sheet, three sheets or a sheet per part; details as label
/ value rows, a four-column grid or a strip of labels over values; team or
service left off some files; plain or prefixed case references, none for a
group session; brothers and sisters named as present (and in the family's
feedback on some) or the parents who came to a group; criteria as a grid or
as stacked blocks (criterion, evidence, grade); grades from an Excel
drop-down, typed informally, a number on a printed 1–4 key either way
round, the chosen one of four cells highlighted or emboldened, the other
three struck through, or a mark under four grade columns; the overall grade
the same way, typed or in a sentence; seven date spellings or Excel dates;
what went well / could be better as lines in one cell or a row an item;
actions as a table, lines in one cell or a "no actions" sentence; the
safety question typed, from a drop-down, marked under Yes / No or with the
other answer struck through (3 yes); Head of Service moderation (3
changing, 2 confirming, the sample builder's others commenting only) in a
non-red ink as a box, in black in a heavy-bordered shaded box or as an
"HoS:" line under the overall grade, and an empty box, an "awaiting" note
or nothing where there is none; the council's line above the title or in
the page header.

Also found but not used: Warwickshire's "Practice Observation – Children
and Families" page, Merton's and Waltham Forest's observation of practice
chapters, Hillingdon's supervision framework, Leeds's quality assurance
framework and the Scottish Social Services Council's supported year pages
(all named by other families or council layouts); the University of the
West of England's practice learning handbooks were free too.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.writer.excel import ExcelWriter

from bot.samples import COUNCIL, OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import stable_zip
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, SAFEGUARDING, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARK_SHADE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    case_reference,
    council_line,
    date_writer,
    held_out,
    informal_grade,
    siblings,
)

FAMILY = "direct_practice_observation_workbook"
SEED = 10046
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's criteria for direct work, each with what the observer looks for.
CRITERIA = (
    ("Preparation and purpose", "Knew the history; the session had a clear aim linked to the plan."),
    ("Building the relationship", "Warm, honest and respectful; the family could speak openly."),
    ("The child's lived experience", "Found out what life is like for the child, in the child's own words."),
    ("Analysis of risk and need", "Weighed what was seen and heard; named the worries plainly."),
    ("Use of tools and approaches", "Used a direct work tool or approach with a purpose."),
    ("Ending and next steps", "Summarised what was agreed and who will do what."),
)
LOOKS_FOR = dict(CRITERIA)
EVIDENCE = {
    OUTSTANDING: ("Exemplary – I will ask the practitioner to share this with the team.",
                  "Highly skilled; the family were fully engaged from start to finish.",
                  "Creative and confident throughout."),
    GOOD: ("Clearly seen at several points in the session.", "Sound practice; one small point raised at feedback.",
           "Well judged and purposeful.", "Consistent – e.g. when the plan was talked through."),
    REQUIRES_IMPROVEMENT: ("Seen in part, but not sustained across the session.",
                           "Some evidence; better preparation would have helped.",
                           "Started well but lost focus – discussed afterwards."),
    INADEQUATE: ("Not evident during the session.", "A significant gap – see what could be better.",
                 "The opportunity was missed; talked through at length at feedback."),
}
TITLES = ("Direct Practice Observation", "DIRECT PRACTICE OBSERVATION WORKBOOK",
          "Observation of Direct Practice with Children and Families", "Direct Work Observation – Assessment Report")
PARTS = (
    ("Part 1 – Front sheet", "Part 2 – Observation report", "Part 3 – Holistic assessment",
     "Part 4 – Feedback from the family", "Part 5 – Reflection and learning", "Part 6 – Sign-off and QA"),
    ("1. About the observation", "2. What the observer saw", "3. Overall assessment",
     "4. Child and family feedback", "5. Practitioner reflection and learning plan", "6. Quality assurance"),
    ("Front sheet", "Observation assessment report", "Holistic assessment", "Evidence from the family",
     "Reflection and actions", "Sign-off"),
)
SHEET_NAMES = ("Front sheet", "Report", "Holistic", "Family feedback", "Reflection", "QA")
SESSION_KINDS = ("Home visit", "Direct work with the child", "Meeting / review", "Group work")
FAMILY_WORDS = (
    "\"She listened to us and didn't rush. I knew what was happening by the end.\"",
    "{child} said: \"I liked the drawing bit. She asked what I wanted.\"",
    "Mum said the worker was \"straight with us but kind\" and that she understood the plan better now.",
    "\"It felt a bit like being watched at first but it was fine.\" Dad would like visits after school.",
    "{child} gave a thumbs up and said the worker was \"alright\".",
)
SIBLING_WORDS = ("{name} said she wanted the worker to come back and play the feelings game again.",
                 "{name} joined in at the end and said he liked the worker.")
GROUP_WORDS = ("{name} said the session was \"really useful\" and they would try the bedtime chart at home.",
               "{name} said they felt listened to and less on their own.")
NO_FEEDBACK = ("Family did not want to give feedback on the day.", "Feedback form left with the family – not returned.")
REFLECTIONS = (
    "On reflection I talked too much at the start. I will plan fewer questions and leave more space.",
    "The feedback was fair and useful. I will summarise the plan before I leave every visit.",
    "I felt more confident than I expected. Next time I will bring the tool I planned to use.",
    "Helpful to hear what the family noticed. I agree I need to check the child's understanding more often.",
)
NO_REFLECTION = ("", "Feedback meeting to be rebooked.", "Practitioner on leave – to follow.")
NO_ACTIONS = ("No learning actions arising from this observation.", "None – continue as observed.",
              "No actions agreed.")
URGENT_DETAILS = (
    "During the session {child} disclosed being hit by an adult at home. Observer and practitioner rang the duty "
    "manager straight afterwards; a strategy discussion was held the same afternoon.",
    "{child} said they were frightened to go home because of arguments and a new adult staying there. The "
    "practitioner's manager was told straight away and a same-day home visit was arranged.",
    "Mother's partner arrived intoxicated and threatened her in front of {child}. Police were called and the "
    "duty team informed the same day.",
)
CHANGE_NOTES = ("Read with the evidence for each criterion, the overall grade should be different.",
                "I have moved the overall grade after discussing the evidence with the observer.")
CONFIRM_NOTES = ("Agree with the observer's overall grade – well evidenced.", "Grade confirmed.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dddd d mmmm yyyy")
WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "OUTSTANDING", GOOD: "GOOD", REQUIRES_IMPROVEMENT: "REQUIRES IMPROVEMENT", INADEQUATE: "INADEQUATE"},
)
HIGHLIGHT = "FFFF00"
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
WIDTH = 8


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _observations(today: date, count: int) -> list:
    drawn = count * 6
    while True:
        pool = [form for form in sample_forms(drawn, seed=SEED, today=today, feedback_question=True)
                if form.kind == OBSERVATION]
        if len(pool) >= count:
            return pool[:count]
        drawn *= 2


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _observations(today, count)
    free = [index for index, form in enumerate(chosen)
            if form.moderation is None and head_of_service_over(_staff(form.auditor)) is not None]
    picked = rng.sample(free, min(5, len(free)))
    changes, confirms = set(picked[:3]), set(picked[3:5])
    with_child = [index for index, form in enumerate(chosen) if form.child is not None]
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    forms = []
    for index, sample in enumerate(chosen):
        if index in changes or index in confirms:
            head = head_of_service_over(_staff(sample.auditor))
            if index in changes:
                position = GRADES4.index(sample.grade)
                step = -1 if position == 3 else 1 if position == 0 else rng.choice((-1, 1))
                moved, note = GRADES4[position + step], rng.choice(CHANGE_NOTES)
            else:
                moved, note = sample.grade, rng.choice(CONFIRM_NOTES)
            sample = replace(sample, moderation=Moderation(
                moderator=head.name,
                date=min(sample.date + timedelta(days=rng.randint(3, 10)), today - timedelta(days=1)),
                comments=(note,), grade=moved))
        if index in urgent:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(URGENT_DETAILS), sample.child.first_name))
        forms.append(_form(rng, index, sample, today))
    return forms


def _criterion_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def _practitioner_role(rng: random.Random, service: str) -> str:
    if service == EARLY_HELP:
        return rng.choice(("Family Support Worker", "Early Help Practitioner"))
    if service == SAFEGUARDING:
        return rng.choice(("Independent Reviewing Officer", "CP Chair"))
    return rng.choice(("Social Worker", "Senior Practitioner", "Social Worker (ASYE)"))


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for column, width in zip("ABCDEFGH", (24, 22, 34, 22, 15, 15, 15, 15)):
            ws.column_dimensions[column].width = width

    def cell(self, row, column, value, *, bold=False, italic=False, colour=None, fill=None, fmt=None, size=10,
             border=True, strike=False):
        target = self.ws.cell(row=row, column=column)
        target.value = value
        target.font = Font(name=self.font, bold=bold, italic=italic, color=colour, size=size, strike=strike)
        target.alignment = WRAP
        if fill:
            target.fill = PatternFill("solid", start_color=fill, end_color=fill)
        if border:
            target.border = BOX
        if fmt:
            target.number_format = fmt
        return target

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def title(self, text: str, line: str, header: bool):
        if header:
            self.ws.oddHeader.center.text = line
        else:
            self.cell(self.row, 1, line, bold=True, colour=self.brand, size=10, border=False)
            self.merge(self.row, 1, WIDTH)
            self.row += 1
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 2

    def band(self, text: str, *, fill: str | None = None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF" if fill is None else None, fill=fill or self.brand,
                  size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, value, *, italic=False, bold=False, colour=None, fill=None, lines=1):
        self.cell(self.row, 1, value, italic=italic, bold=bold, colour=colour, fill=fill)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = max(15 * lines, 15 * (len(str(value)) // 110 + 1))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, height=None):
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        self.merge(self.row, 1, 2)
        self.cell(self.row, 3, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 3, WIDTH)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.3
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("single", "three", "parts", "parts"))
    details_shape = rng.choice(("rows", "grid", "strip"))
    criteria_shape = rng.choice(("grid", "grid", "blocks"))
    parts = rng.choice(PARTS)
    style = rng.choice(("dropdown", "typed", "key", "highlight", "bold", "strike", "columns"))
    overall_style = style if rng.random() < 0.6 else rng.choice(("dropdown", "typed", "sentence"))
    words = rng.choice(WORDS)
    columns = rng.choice(GRADE_COLUMNS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.5
    header_line = rng.random() < 0.3
    group = sample.child is None
    child = sample.child
    moderation_shape = rng.choice(("box", "box", "black box", "inline")) if sample.moderation else \
        rng.choice(("box", "black box", "awaiting", "none"))

    # --- the sample as this workbook carries it ------------------------------------------
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers_sisters = siblings(rng, child, rng.choice((1, 2)), today) if child and rng.random() < 0.5 else []
    names = [name for name, _ in brothers_sisters]
    names_in_feedback = bool(names) and rng.random() < 0.5
    criteria = sorted(rng.sample([name for name, _ in CRITERIA], rng.choice((4, 5, 6))),
                      key=[name for name, _ in CRITERIA].index)
    grades = _criterion_grades(rng, sample.grade, len(criteria))
    changes: dict = {"sections": tuple(Section(name, grade, rng.choice(EVIDENCE[grade]))
                                       for name, grade in zip(criteria, grades))}
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    sample = replace(sample, **changes)
    moderation = sample.moderation
    first = child.first_name if child else None
    title = rng.choice(TITLES)
    line = council_line(rng)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- sheets -----------------------------------------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    ws = workbook.active
    if layout == "single":
        ws.title = rng.choice(("Observation", "DPO", "Sheet1"))
        targets = [ws] * 6
    elif layout == "three":
        ws.title = "Observation"
        second = workbook.create_sheet(rng.choice(("Assessment & feedback", "Assessment")))
        third = workbook.create_sheet(rng.choice(("Reflection & sign-off", "Sign-off")))
        targets = [ws, ws, second, second, third, third]
    else:
        ws.title = SHEET_NAMES[0]
        targets = [ws] + [workbook.create_sheet(name) for name in SHEET_NAMES[1:]]
    writers: dict = {}

    def sheet_for(part: int) -> _Sheet:
        target = targets[part]
        if target.title not in writers:
            writers[target.title] = _Sheet(target, font, brand)
            writers[target.title].title(title, line, header_line)
        else:
            writers[target.title].row += 1
        sheet = writers[target.title]
        sheet.band(parts[part])
        return sheet

    validations: dict = {}

    def dropdown(target, coordinate: str, choices: tuple) -> None:
        key = (target.title, choices)
        if key not in validations:
            formula = '"' + ",".join(str(choice) for choice in choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            target.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    # --- part 1: front sheet -------------------------------------------------------------------
    sheet = sheet_for(0)
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    observed_on, observed_fmt = day(sample.date)
    details = [
        (rng.choice(("Practitioner observed", "Worker", "Name of practitioner")), sample.practitioner, None),
        ("Role", _practitioner_role(rng, sample.service or ""), None),
    ]
    if show_team:
        details.append((rng.choice(("Team", "Team name")), sample.team, None))
    if show_service:
        details.append(("Service", sample.service, None))
    details += [
        (rng.choice(("Observer", "Observed by", "Observer (manager)")), observer_text, None),
        (rng.choice(("Date of observation", "Date observed")), observed_on, observed_fmt),
        (rng.choice(("Setting", "Where / what was observed")), sample.setting, None),
    ]
    kind = "Group work" if group else ("Home visit" if sample.setting == "Home visit" else
                                       "Meeting / review" if "conference" in sample.setting or "review" in
                                       sample.setting or "meeting" in sample.setting else "Direct work with the child")
    kind_row = rng.random() < 0.5
    also: tuple[str, ...] = ()
    if group:
        details.append((rng.choice(("Case ref", "Case reference")), rng.choice(("N/A (group)", "n/a", "Group – none")),
                        None))
        details.append((rng.choice(("Parents / carers attending the session", "Who came")), ", ".join(present), None))
    else:
        reference = sample.case_id
        if reference.isdigit() and rng.random() < 0.4:
            reference = int(reference)
        details.append((rng.choice(("Case ref", "Child's case number", "LCS number")), reference, None))
        details.append((rng.choice(("Child", "Child / young person")), child.full_name, None))
        if rng.random() < 0.5:
            born, born_fmt = day(child.date_of_birth)
            if born_fmt is None:
                also = (born,)
            details.append(("DOB", born, born_fmt))
        people = [first, *child.parents, *names]
        details.append((rng.choice(("Who was present", "Family members present")), ", ".join(people), None))
        if names and rng.random() < 0.5:
            details.append(("Other children in the household", ", ".join(
                f"{name} ({when(born)})" for name, born in brothers_sisters), None))
            also += tuple(when(born) for _, born in brothers_sisters)
    parent = child.parents[0].split()[0] if child and child.parents else None
    consent = (rng.choice(("Yes – agreed by everyone at the start.", "Yes")) if group else
               rng.choice((f"Yes – {parent} agreed on the phone beforehand." if parent else "Yes",
                           "Yes, verbal consent on arrival.", "Yes")))
    details.append((rng.choice(("Consent to the observation given?", "Family consent")), consent, None))

    if details_shape == "rows":
        for label, value, fmt in details:
            sheet.pair(label, value, fmt=fmt)
    elif details_shape == "grid":
        for start in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label, bold=True, fill="EDEDED")
                sheet.cell(sheet.row, column + 1, value, fmt=fmt)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (label, _, _) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset * 2, label, bold=True, fill="EDEDED")
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
            sheet.row += 1
            for offset, (_, value, fmt) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset * 2, value, fmt=fmt)
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 2
    if kind_row:
        sheet.cell(sheet.row, 1, "Type of session (tick one)", bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 1, 2)
        for offset, option in enumerate(SESSION_KINDS):
            sheet.cell(sheet.row, 3 + offset, f"{'☒' if option == kind else '☐'} {option}")
        sheet.row += 1

    # --- part 2: observation report ------------------------------------------------------------
    sheet = sheet_for(1)
    scores = {g: n for g, n in zip(GRADES4, (1, 2, 3, 4))} if key_best_first else \
        {g: n for g, n in zip(GRADES4, (4, 3, 2, 1))}
    if "key" in (style, overall_style):
        order = GRADES4 if key_best_first else tuple(reversed(GRADES4))
        sheet.wide("Grading key:  " + "   ".join(f"{scores[g]} – {words[g]}" for g in order), italic=True,
                   fill="FFF2CC")
    first_grade_column = 5

    def grade_cells(row: int, grade: str, how: str, column: int = first_grade_column) -> None:
        if how == "columns":
            for at, (option, _) in zip(range(column, column + 4), columns):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, at, column_mark, bold=True)
                    else:
                        sheet.cell(row, at, None, fill=MARK_SHADE)
                else:
                    sheet.cell(row, at, None)
        elif how in ("highlight", "bold", "strike"):
            for at, option in zip(range(column, column + 4), GRADES4):
                chosen = option == grade
                sheet.cell(row, at, words[option], bold=chosen and how != "highlight",
                           fill=HIGHLIGHT if chosen and how == "highlight" else None,
                           strike=not chosen and how == "strike")
        elif how == "dropdown":
            target = sheet.cell(row, column, words[grade], bold=True, fill="FFF2CC")
            sheet.merge(row, column, column + 1)
            dropdown(sheet.ws, target.coordinate, tuple(words[g] for g in GRADES4))
        elif how == "key":
            target = sheet.cell(row, column, scores[grade], bold=True, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, (1, 2, 3, 4))
        else:
            sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.15), bold=True)
            sheet.merge(row, column, column + 1)

    def grade_header(row: int, how: str, column: int = first_grade_column) -> None:
        if how == "columns":
            for at, (_, head) in zip(range(column, column + 4), columns):
                sheet.cell(row, at, head, bold=True, fill="D9D9D9")
        elif how == "key":
            sheet.cell(row, column, "Score (1-4)", bold=True, fill="D9D9D9")
        elif how in ("highlight", "bold", "strike"):
            sheet.cell(row, column, rng.choice(("Grade", "Judgement")) + (
                " (delete as appropriate)" if how == "strike" else ""), bold=True, fill="D9D9D9")
            sheet.merge(row, column, column + 3)
        else:
            sheet.cell(row, column, rng.choice(("Grade", "Judgement")), bold=True, fill="D9D9D9")
            sheet.merge(row, column, column + 1)

    if criteria_shape == "grid":
        sheet.cell(sheet.row, 1, rng.choice(("Criterion", "Area of practice")), bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, "What the observer looks for", bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 3, rng.choice(("Evidence", "What I saw")), bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 3, 4)
        grade_header(sheet.row, style)
        sheet.row += 1
        for section in sample.sections:
            sheet.cell(sheet.row, 1, section.name, bold=True)
            sheet.cell(sheet.row, 2, LOOKS_FOR[section.name], italic=True, colour="595959")
            sheet.cell(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, 4)
            grade_cells(sheet.row, section.grade, style)
            sheet.ws.row_dimensions[sheet.row].height = 45
            sheet.row += 1
    else:
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, f"{number}. {section.name}", bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, WIDTH)
            sheet.row += 1
            sheet.cell(sheet.row, 1, LOOKS_FOR[section.name], italic=True, colour="595959", border=False)
            sheet.merge(sheet.row, 1, WIDTH)
            sheet.row += 1
            sheet.cell(sheet.row, 1, "Evidence:", bold=True)
            sheet.cell(sheet.row, 2, section.comment)
            sheet.merge(sheet.row, 2, WIDTH)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
            if style == "columns":
                grade_header(sheet.row, style)
                sheet.row += 1
            sheet.cell(sheet.row, 1, "Grade:", bold=True)
            grade_cells(sheet.row, section.grade, style)
            sheet.row += 2

    # --- part 3: holistic assessment -------------------------------------------------------------
    sheet = sheet_for(2)
    overall_label = rng.choice(("Overall grade", "Overall quality of the observed practice",
                                "Holistic judgement of the practice observed"))
    if overall_style == "sentence":
        sheet.wide(f"{overall_label}: taking the session as a whole I judged the practice to be "
                   f"{informal_grade(rng, sample.grade)}.", bold=True, fill="E2EFDA")
    else:
        if overall_style == "key" and targets[1] is not targets[2]:
            order = GRADES4 if key_best_first else tuple(reversed(GRADES4))
            sheet.wide("Grading key:  " + "   ".join(f"{scores[g]} – {words[g]}" for g in order), italic=True,
                       fill="FFF2CC")
        if overall_style in ("columns", "key"):
            grade_header(sheet.row, overall_style)
            sheet.row += 1
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        grade_cells(sheet.row, sample.grade, overall_style)
        sheet.row += 1
    if moderation and moderation_shape == "inline":
        text = f"HoS ({moderation.moderator}, {when(moderation.date)}): " + " ".join(moderation.comments)
        if moderation.grade is not None:
            moved = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            text += (f" Grade confirmed: {moved}." if moderation.grade == sample.grade else
                     f" Moderated grade: {moved}.")
        sheet.wide(text, colour=ink, lines=2)
    bullet = rng.choice(("• ", "- ", "numbers"))
    one_cell = rng.random() < 0.5
    for heading, items in ((rng.choice(("What went well", "Strengths seen")), sample.strengths),
                           (rng.choice(("What could be better", "Even better if", "Areas for development")),
                            sample.development_areas)):
        sheet.cell(sheet.row, 1, heading, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, WIDTH)
        sheet.row += 1
        lines = [f"{n}. {item}" if bullet == "numbers" else f"{bullet}{item}" for n, item in enumerate(items, 1)]
        if one_cell:
            sheet.wide("\n".join(lines), lines=len(lines) + 1)
        else:
            for item_line in lines:
                sheet.wide(item_line)
    question = rng.choice(("Did anything seen need a same-day safeguarding response?",
                           "Urgent concern for a child's safety identified?",
                           "Immediate safeguarding concern?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer_style = rng.choice(("typed", "dropdown", "marks", "strike"))
    yes = sample.urgent_concern
    if answer_style == "typed":
        sheet.cell(sheet.row, 5, rng.choice(("Yes", "YES", "Yes – see below")) if yes else rng.choice(("No", "None")),
                   bold=True)
    elif answer_style == "dropdown":
        target = sheet.cell(sheet.row, 5, "Yes" if yes else "No", bold=True, fill="FFF2CC")
        dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
    elif answer_style == "marks":
        mark = rng.choice(("X", "✓"))
        sheet.cell(sheet.row, 5, f"Yes  {mark if yes else ''}".strip())
        sheet.cell(sheet.row, 6, f"No  {'' if yes else mark}".strip())
    else:
        sheet.cell(sheet.row, 5, "Yes", strike=not yes, bold=yes)
        sheet.cell(sheet.row, 6, "No", strike=yes, bold=not yes)
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if yes:
        sheet.pair(rng.choice(("If yes, what was done?", "Action taken")), sample.urgent_concern_detail, height=48)

    # --- part 4: the family's feedback -------------------------------------------------------
    sheet = sheet_for(3)
    if group:
        said = [rng.choice(GROUP_WORDS).format(name=present[0].split()[0])]
    elif rng.random() < 0.15:
        said = [rng.choice(NO_FEEDBACK)]
    else:
        said = [fill(rng.choice(FAMILY_WORDS), first)]
        if names_in_feedback:
            said.append(rng.choice(SIBLING_WORDS).format(name=names[0].split()[0]))
    sheet.pair(rng.choice(("What did the child / family say about the session?", "Feedback from the family",
                           "Service user and carer feedback")), "\n".join(said), height=48)

    # --- part 5: reflection and learning -----------------------------------------------------
    sheet = sheet_for(4)
    discussion = rng.choice(("Reflective discussion held with the practitioner?", "Feedback conversation held?",
                             "Was the observation talked through afterwards?"))
    if sample.reflective_discussion:
        held = rng.choice(("Yes", "Yes", f"Yes – {when(sample.date + timedelta(days=rng.randint(0, 3)))}"))
    else:
        held = rng.choice(("No", "No – to be rebooked", "Not yet"))
    row = sheet.pair(discussion, held, bold=True)
    if held in ("Yes", "No") and rng.random() < 0.5:
        dropdown(sheet.ws, f"C{row}", ("Yes", "No"))
    reflection = rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION)
    sheet.pair(rng.choice(("Practitioner's reflection", "My reflection on the feedback")), reflection, height=45)
    sheet.cell(sheet.row, 1, rng.choice(("Learning actions", "Learning plan", "Development actions")), bold=True,
               fill="DDEBF7")
    sheet.merge(sheet.row, 1, WIDTH)
    sheet.row += 1
    shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    if shape == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("Learning action", "Lead", "Target date"),
                              ("What", "By whom", "Date")))
        for column, text in zip((1, 5, 6), headers):
            sheet.cell(sheet.row, column, text, bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 1, 4)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            value, fmt = day(action.due)
            sheet.cell(sheet.row, 6, value, fmt=fmt)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif shape == "lines":
        lines = [f"{n}) {a.action} – {a.owner} – by {when(a.due)}" for n, a in enumerate(sample.actions, 1)]
        sheet.wide("\n".join(lines), lines=len(lines) + 1)
    else:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)

    # --- part 6: sign-off and quality assurance ------------------------------------------------
    sheet = sheet_for(5)
    signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
    sheet.pair(rng.choice(("Observer signature", "Signed (observer)")), sample.auditor)
    sheet.pair("Date", signed, fmt=signed_fmt)
    sheet.pair(rng.choice(("Practitioner signature", "Signed (practitioner)")),
               sample.practitioner if sample.reflective_discussion else "")
    sheet.row += 1
    if moderation_shape in ("box", "black box"):
        _moderation_box(sheet, rng, sample, moderation, None if moderation_shape == "black box" else ink, day, words)
    elif moderation_shape == "awaiting":
        sheet.wide(rng.choice(("Head of Service QA: awaiting.", "HoS sign-off – pending")), italic=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(present) + tuple(names), also=also)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, ink, day, words: dict) -> None:
    """The Head of Service's quality assurance as labelled rows inside a heavy
    border: typed in `ink`, or in black on a shaded box when `ink` is None."""
    sheet.cell(sheet.row, 1, rng.choice(("Head of Service quality assurance", "Moderation by Head of Service",
                                         "HoS QA")), bold=True, fill="BFBFBF")
    sheet.merge(sheet.row, 1, WIDTH)
    sheet.row += 1
    labels = (rng.choice(("Head of Service", "Moderated by")), rng.choice(("Date", "Date moderated")),
              rng.choice(("Agree with the overall grade?", "Grade agreed?")),
              rng.choice(("Moderated grade", "Grade after moderation")), "Comments")
    if moderation:
        on, on_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade is not None:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, on, agree, grade_text, " ".join(moderation.comments))
        formats = (None, on_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(("", "Not sampled this month.")))
        formats = (None,) * 5
    top = sheet.row
    shade_fill = "F2F2F2" if ink is None else None
    for label, value, fmt in zip(labels, values, formats):
        sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 1, 2)
        sheet.cell(sheet.row, 3, value, fmt=fmt, colour=ink if moderation else None, bold=label == labels[3],
                   fill=shade_fill)
        sheet.merge(sheet.row, 3, WIDTH)
        if label == "Comments":
            sheet.ws.row_dimensions[sheet.row].height = 36
        sheet.row += 1
    bottom = sheet.row - 1
    for row in range(top, bottom + 1):
        for column in range(1, WIDTH + 1):
            cell = sheet.ws.cell(row=row, column=column)
            cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == WIDTH else THIN,
                                 top=THICK if row == top else THIN, bottom=THICK if row == bottom else THIN)
