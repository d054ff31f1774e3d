"""Observation of a practitioner's direct work with a child or family, kept
as an Excel workbook in four parts: the plan agreed before the visit (its
purpose and method, consent, who was there), the visit observed against six
core competences, the observer's overall judgement with what went well and
what would make it even better, the practitioner's and the family's views
with learning actions, and the sign-off with the Head of Service's quality
assurance.

Modelled on what the West of Scotland Consortium for Education and Training
in Social Work (westlearn.org.uk), a partnership of universities, colleges
and social work employers not named by any other family or council layout,
published in its DipSW practice learning handbook. Read as search
excerpts:

- "Direct Observation" (westlearn.org.uk/dipsw/handbook/directobs.html):
  observation on two levels, on-going "naturalistic" observation and
  "systematic planned direct observation", where the practice teacher and
  student set up particular pieces of practice with service users that are
  observed "in relation to the six core competences" by the practice
  teacher or link worker "with a clear purpose and method"; under the
  Rules and Requirements for the DipSW (revised 1995, Part Three, 4.4) at
  least three observations in each assessed practice experience, one of
  which may be by a link supervisor or a video recording, and one normally
  before the mid-point; observations are identified as evidence in the
  interim and final reports; the student and practice teacher should
  "discuss, plan and record the process" for each session.
- "Appendix 7.3" (the practice teacher's report, conclusion): strengths
  and weaknesses in the student's demonstration of competence summarised,
  future learning needs commented on, and a recommendation of pass /
  repeatable fail / non-repeatable fail; it names the core competence
  "Assess and Plan".
- "What is the West of Scotland Consortium?" (westlearn.org.uk/main/
  what.html): a partnership between educational institutions and social
  work employers in the voluntary and public sectors, set up in 1989.

None of these shows the observation form itself. A later regional network
in the west of Scotland, Learning Network West, is named in another
family's docstring as a pilot site; whether it succeeded the Consortium was
not read.

Our own judgement: that a council's quality assurance team would turn
"systematic planned direct observation" into a workbook for managers
observing qualified staff on a visit (a plan part recording purpose and
method; the observation number in the year, "1 of 3" on some files); the
names of the six competences after the DipSW core competences as we know
them (only "Assess and plan" was read in the source); grading each and the
visit as a whole on the four Ofsted judgements rather than pass / fail;
every label and sentence; the consent question; the family's feedback; the
same-day safeguarding question; learning actions; the Head of Service's
quality assurance.

What varies: one sheet, two sheets or a sheet a part; details as label /
value rows, pairs two to a row or a strip of labels over values; team or
service left off some files; the practitioner's role after the name on
some; plain or prefixed case references, none for a group session; brothers
and sisters named as living at home (with dates of birth on some, in the
family's words on some) or the parents who came to a group; four to six
competences as a matrix across the page (names over evidence over grade),
a grid of rows or a card each; grades typed informally, a number on a
printed 1-4 key either way round, from an Excel drop-down, the chosen one of
four emboldened or highlighted, the other three struck through, or a mark
or shading under four grade columns; the overall judgement the same way or
typed in a sentence; seven date spellings or Excel dates; what went well /
even better if as lines in one cell or a row an item; actions as a table,
"Action n: ... Who: ... By: ..." lines or a "no actions" sentence; the
safety question typed, from a drop-down, ticked under Yes / No or with the
other answer struck through; the Head of Service's quality assurance
(changing, confirming or commenting only) in a non-red ink as a box, typed
through the form (remarks under competences and an "HoS:" line under the
overall judgement), or in black in a heavy-bordered shaded box; an empty
box, an "awaiting" note or nothing where there is none; the council's line
above the title or in the page header.
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

FAMILY = "observed_visit_quality_workbook"
SEED = 10060
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# Six core competences, each with what the observer looks for on a visit.
COMPETENCES = (
    ("Communicate and engage", "Explains who they are and why they are there; listens; adapts language."),
    ("Promote and enable", "Builds on the family's strengths; helps them say what they want to change."),
    ("Assess and plan", "Weighs what is seen and heard against the plan; names risks plainly."),
    ("Intervene and provide services", "Uses a tool or approach on purpose; offers the right help."),
    ("Work within the organisation", "Follows procedures and the agreed purpose; records and shares promptly."),
    ("Develop professional competence", "Reflects on the visit; open to feedback; knows their learning needs."),
)
LOOKS_FOR = dict(COMPETENCES)
EVIDENCE = {
    OUTSTANDING: ("Excellent throughout – a model for the team.", "Skilful and warm; the family led much of the talk.",
                  "Confident and creative from start to finish."),
    GOOD: ("Seen clearly at several points.", "Sound – one small point talked through afterwards.",
           "Purposeful and well judged.", "Consistent, e.g. when the plan was gone over with mum."),
    REQUIRES_IMPROVEMENT: ("Seen in places, not sustained.", "Some evidence – more preparation needed.",
                           "Good start but the focus drifted – discussed at feedback."),
    INADEQUATE: ("Not seen during the visit.", "A real gap – see even better if.",
                 "Missed the chance to do this; talked through at length."),
}
TITLES = ("Observed Visit – Quality of Practice", "OBSERVATION OF A VISIT: QUALITY WORKBOOK",
          "Planned Direct Observation of Practice", "Observed Practice – Visit Quality Record")
PARTS = (
    ("A. Planning the observation", "B. The visit observed", "C. Overall judgement",
     "D. Reflection, feedback and learning", "E. Sign-off and quality assurance"),
    ("Part 1 – Plan", "Part 2 – Observation against the core competences", "Part 3 – Judgement",
     "Part 4 – Views and learning", "Part 5 – Sign-off"),
    ("Before the visit", "During the visit", "Overall", "After the visit", "Sign-off / QA"),
)
PURPOSES = (
    "To see how the worker explains the plan to the family and gets the child's view.",
    "Statutory visit; observer to focus on engagement and on how risk is talked about.",
    "Agreed in supervision: observe use of the three houses tool with the child.",
    "Review of progress against the plan; observer to sit in and not take part.",
)
GROUP_PURPOSES = ("Parenting group session; observer to focus on how the group is held and every parent included.",
                  "Group work at the family hub – observer present for the whole session.")
FAMILY_WORDS = (
    "\"She didn't talk down to us and she explained what happens next.\"",
    "{child} said the worker was \"kind\" and \"did the drawing with me\".",
    "Mum said it helped to have the plan in plain words and she felt listened to.",
    "Dad said he was nervous about being watched but it was \"alright in the end\".",
    "{child} gave the visit a 4 out of 5 on the smiley scale.",
)
SIBLING_WORDS = ("{name} wanted to join in and said she liked the worker coming.",
                 "{name} said he wants the worker to come back after school next time.")
GROUP_WORDS = ("{name} said the group was \"the best bit of my week\" and she would try the routine chart.",
               "{name} said they felt less alone after hearing from the other parents.")
NO_FEEDBACK = ("Family declined to give feedback on the day.", "Feedback card left with the family – not returned.")
REFLECTIONS = (
    "I agree I rushed the ending. Next time I will leave ten minutes to go over what was agreed.",
    "Useful to have another pair of eyes. I will check the child's understanding more often.",
    "I felt more at ease than I expected. I will bring the tool I had planned and use it.",
    "The feedback was fair. I will prepare my questions for dad beforehand.",
)
NO_REFLECTION = ("", "Feedback meeting to be rebooked.", "Worker off sick – to be completed on return.")
NO_ACTIONS = ("No learning actions needed from this observation.", "None – keep doing what you are doing.",
              "No actions arising.")
URGENT_DETAILS = (
    "During the visit {child} said an adult at home had hurt them. The worker and observer rang the duty manager "
    "straight after; a strategy discussion took place the same day.",
    "{child} said they were scared to go home because of a new adult staying. Reported to the team manager at "
    "once and a same-day joint visit was arranged.",
    "Mum's partner arrived drunk and shouted at her in front of {child}. Police called; duty team told the same "
    "afternoon.",
)
CHANGE_NOTES = ("Having read the evidence against each competence I have changed the overall judgement.",
                "Discussed with the observer – the judgement has been moved.")
CONFIRM_NOTES = ("Judgement agreed – clearly evidenced.", "Agree with the observer.")
REMARK_NOTES = ("Good to see the family's own words recorded.", "Please share this with the team meeting.",
                "Helpful detail in the evidence.")
SECTION_REMARKS = ("HoS: agree.", "HoS: evidence supports this.", "HoS: would like more detail here.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d mmm yyyy")
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
    with_head = [index for index, form in enumerate(chosen) if head_of_service_over(_staff(form.auditor))]
    already = [index for index in with_head if chosen[index].moderation is not None]
    # Comments only: three of the sample builder's own moderations where it
    # made any; the others' moderation is taken away or turned into a grade.
    comments_only = set(rng.sample(already, min(3, len(already))))
    free = [index for index in with_head if index not in comments_only]
    picked = rng.sample(free, min(7, len(free)))
    changes, confirms = set(picked[:4]), set(picked[4:7])
    comments_only |= set([index for index in free if index not in picked][:max(0, 3 - len(comments_only))])
    with_child = [index for index, form in enumerate(chosen) if form.child is not None]
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    forms = []
    for index, sample in enumerate(chosen):
        head = head_of_service_over(_staff(sample.auditor))
        when_moderated = min(sample.date + timedelta(days=rng.randint(3, 10)), today - timedelta(days=1))
        if index in changes:
            position = GRADES4.index(sample.grade)
            step = -1 if position == 3 else 1 if position == 0 else rng.choice((-1, 1))
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=when_moderated, comments=(rng.choice(CHANGE_NOTES),),
                grade=GRADES4[position + step]))
        elif index in confirms:
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=when_moderated, comments=(rng.choice(CONFIRM_NOTES),), grade=sample.grade))
        elif index in comments_only:
            if sample.moderation is None:
                sample = replace(sample, moderation=Moderation(
                    moderator=head.name, date=when_moderated, comments=(rng.choice(REMARK_NOTES),)))
        else:
            sample = replace(sample, moderation=None)
        if index in urgent:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(URGENT_DETAILS), sample.child.first_name))
        forms.append(_form(rng, index, sample, today))
    return forms


def _competence_grades(rng: random.Random, overall: str, count: int) -> list[str]:
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
    return rng.choice(("Social Worker", "Senior Social Worker", "Advanced Practitioner"))


class _Sheet:
    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for column, width in zip("ABCDEFGH", (26, 20, 20, 20, 16, 16, 16, 16)):
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
            self.ws.oddHeader.left.text = line
        else:
            self.cell(self.row, 1, line, bold=True, colour=self.brand, border=False)
            self.merge(self.row, 1, WIDTH)
            self.row += 1
        self.cell(self.row, 1, text, bold=True, colour=self.brand, size=15, border=False)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 2

    def band(self, text: str):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def heading(self, text: str):
        self.cell(self.row, 1, text, bold=True, fill="E7E6E6")
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, value, *, italic=False, bold=False, colour=None, fill=None, lines=1, strike=False):
        self.cell(self.row, 1, value, italic=italic, bold=bold, colour=colour, fill=fill, strike=strike)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = max(15 * lines, 15 * (len(str(value)) // 100 + 1))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, height=None):
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
        self.cell(self.row, 2, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, 2, WIDTH)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one", "two", "parts"))
    details_shape = rng.choice(("rows", "pairs", "strip"))
    criteria_shape = rng.choice(("matrix", "grid", "grid", "cards"))
    parts = rng.choice(PARTS)
    if criteria_shape == "matrix":
        style = rng.choice(("typed", "key", "dropdown"))
    else:
        style = rng.choice(("typed", "key", "dropdown", "bold", "highlight", "strike", "columns"))
    overall_style = style if rng.random() < 0.6 else rng.choice(("typed", "dropdown", "sentence"))
    words = rng.choice(WORDS)
    columns = rng.choice(GRADE_COLUMNS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.5
    header_line = rng.random() < 0.35
    group = sample.child is None
    child = sample.child
    moderation_shape = rng.choice(("box", "black box", "inline", "inline")) if sample.moderation else \
        rng.choice(("box", "black box", "awaiting", "none"))

    # --- the sample as this workbook carries it ------------------------------------------
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers_sisters = siblings(rng, child, rng.choice((1, 2)), today) if child and rng.random() < 0.4 else []
    names = [name for name, _ in brothers_sisters]
    names_in_feedback = bool(names) and rng.random() < 0.5
    all_names = [name for name, _ in COMPETENCES]
    count = rng.choice((4, 5, 6, 6))
    picked = sorted(rng.sample(all_names, count), key=all_names.index)
    grades = _competence_grades(rng, sample.grade, count)
    changes: dict = {"sections": tuple(Section(name, grade, rng.choice(EVIDENCE[grade]))
                                       for name, grade in zip(picked, grades))}
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.55
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if sample.moderation and moderation_shape == "inline":
        remarked = rng.sample(picked, rng.randint(1, 2))
        changes["moderation"] = replace(sample.moderation, section_comments={
            name: rng.choice(SECTION_REMARKS) for name in remarked})
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
    font = rng.choice(("Arial", "Calibri", "Segoe UI"))
    ws = workbook.active
    if layout == "one":
        ws.title = rng.choice(("Observed visit", "Observation", "Form"))
        targets = [ws] * 5
    elif layout == "two":
        ws.title = rng.choice(("Plan & observation", "Observation"))
        second = workbook.create_sheet(rng.choice(("Feedback & sign-off", "After the visit")))
        targets = [ws, ws, ws, second, second]
    else:
        ws.title = "A Plan"
        targets = [ws] + [workbook.create_sheet(name) for name in ("B Observation", "C Judgement", "D Learning",
                                                                    "E Sign-off")]
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

    # --- part A: planning the observation -----------------------------------------------------
    sheet = sheet_for(0)
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    practitioner_text = sample.practitioner
    role = _practitioner_role(rng, sample.service or "")
    role_inline = rng.random() < 0.4
    if role_inline:
        practitioner_text = f"{sample.practitioner} ({role})"
    observed_on, observed_fmt = day(sample.date)
    details = [(rng.choice(("Worker observed", "Practitioner", "Name of worker")), practitioner_text, None)]
    if not role_inline:
        details.append(("Role", role, None))
    if show_team:
        details.append((rng.choice(("Team", "Team / locality")), sample.team, None))
    if show_service:
        details.append(("Service area", sample.service, None))
    details += [
        (rng.choice(("Observer", "Observed by", "Observing manager")), observer_text, None),
        (rng.choice(("Date of visit", "Date observed", "Date of observation")), observed_on, observed_fmt),
        (rng.choice(("Type of visit / setting", "Setting", "What was observed")), sample.setting, None),
    ]
    if rng.random() < 0.5:
        details.append(("Observation no. this year", rng.choice(("1 of 3", "2 of 3", "3 of 3")), None))
    also: tuple[str, ...] = ()
    if group:
        details.append((rng.choice(("Case no.", "Case reference")), rng.choice(("N/A – group", "n/a", "none")), None))
        details.append((rng.choice(("Parents / carers attending the session", "Attendees")), ", ".join(present),
                        None))
    else:
        reference = sample.case_id
        if reference.isdigit() and rng.random() < 0.4:
            reference = int(reference)
        details.append((rng.choice(("Case no.", "Case reference", "LCS ID")), reference, None))
        details.append((rng.choice(("Child's name", "Child / young person")), child.full_name, None))
        if rng.random() < 0.4:
            born, born_fmt = day(child.date_of_birth)
            if born_fmt is None:
                also = (born,)
            details.append(("Date of birth", born, born_fmt))
        details.append((rng.choice(("Who was present", "Present at the visit")),
                        ", ".join([first, *child.parents]), None))
        if names:
            if rng.random() < 0.5:
                text = ", ".join(f"{name} (DOB {when(born)})" for name, born in brothers_sisters)
                also += tuple(when(born) for _, born in brothers_sisters)
            else:
                text = ", ".join(names)
            details.append((rng.choice(("Other children in the household", "Brothers / sisters at home")), text,
                            None))
    parent = child.parents[0].split()[0] if child and child.parents else None
    consent = (rng.choice(("Yes – agreed by the group at the start.", "Yes")) if group else
               rng.choice((f"Yes – {parent} agreed by phone the day before." if parent else "Yes",
                           "Yes, verbal consent on arrival.", "Yes")))
    details.append((rng.choice(("Family consent to the observation?", "Consent obtained?")), consent, None))

    if details_shape == "rows":
        for label, value, fmt in details:
            sheet.pair(label, value, fmt=fmt)
    elif details_shape == "pairs":
        for start in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label, bold=True, fill="F2F2F2")
                sheet.cell(sheet.row, column + 1, value, fmt=fmt)
                sheet.merge(sheet.row, column + 1, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for start in range(0, len(details), 4):
            chunk = details[start:start + 4]
            for offset, (label, _, _) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset * 2, label, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
            sheet.row += 1
            for offset, (_, value, fmt) in enumerate(chunk):
                sheet.cell(sheet.row, 1 + offset * 2, value, fmt=fmt)
                sheet.merge(sheet.row, 1 + offset * 2, 2 + offset * 2)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 2
    sheet.pair(rng.choice(("Purpose and method agreed beforehand", "What we agreed to focus on")),
               rng.choice(GROUP_PURPOSES if group else PURPOSES), height=32)

    # --- part B: the visit observed against the competences -------------------------------------
    sheet = sheet_for(1)
    scores = dict(zip(GRADES4, (1, 2, 3, 4))) if key_best_first else dict(zip(GRADES4, (4, 3, 2, 1)))
    key_line = "Key:  " + "   ".join(f"{scores[g]} = {words[g]}" for g in sorted(GRADES4, key=scores.get))
    if "key" in (style, overall_style):
        sheet.wide(key_line, italic=True, fill="FFF2CC")

    def grade_cells(row: int, grade: str, how: str, column: int) -> None:
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
            dropdown(sheet.ws, target.coordinate, tuple(words[g] for g in GRADES4))
        elif how == "key":
            target = sheet.cell(row, column, scores[grade], bold=True, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, (1, 2, 3, 4))
        else:
            sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.15), bold=True)

    def grade_header(row: int, how: str, column: int) -> None:
        if how == "columns":
            for at, (_, head) in zip(range(column, column + 4), columns):
                sheet.cell(row, at, head, bold=True, fill="D9D9D9")
        elif how in ("highlight", "bold", "strike"):
            sheet.cell(row, column, rng.choice(("Rating", "Judgement")) + (
                " (delete those that do not apply)" if how == "strike" else ""), bold=True, fill="D9D9D9")
            sheet.merge(row, column, column + 3)
        else:
            sheet.cell(row, column, "Rating (1-4)" if how == "key" else rng.choice(("Rating", "Judgement")),
                       bold=True, fill="D9D9D9")

    def remark(name: str) -> str | None:
        if moderation and moderation_shape == "inline":
            return moderation.section_comments.get(name)
        return None

    if criteria_shape == "matrix":
        sheet.cell(sheet.row, 1, "Core competence", bold=True, fill="D9D9D9")
        for offset, section in enumerate(sample.sections):
            sheet.cell(sheet.row, 2 + offset, section.name, bold=True, fill="DDEBF7")
        sheet.ws.row_dimensions[sheet.row].height = 32
        sheet.row += 1
        sheet.cell(sheet.row, 1, rng.choice(("Evidence seen", "What I saw")), bold=True, fill="F2F2F2")
        for offset, section in enumerate(sample.sections):
            sheet.cell(sheet.row, 2 + offset, section.comment)
        sheet.ws.row_dimensions[sheet.row].height = 75
        sheet.row += 1
        sheet.cell(sheet.row, 1, "Rating (1-4)" if style == "key" else "Rating", bold=True, fill="F2F2F2")
        for offset, section in enumerate(sample.sections):
            grade_cells(sheet.row, section.grade, style, 2 + offset)
        sheet.row += 1
        if moderation and moderation_shape == "inline":
            sheet.cell(sheet.row, 1, "HoS comment", bold=True, fill="F2F2F2")
            for offset, section in enumerate(sample.sections):
                sheet.cell(sheet.row, 2 + offset, remark(section.name), colour=ink)
            sheet.row += 1
    elif criteria_shape == "grid":
        sheet.cell(sheet.row, 1, rng.choice(("Core competence", "Competence")), bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, rng.choice(("Evidence from the visit", "Evidence")), bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, 2, 4)
        grade_header(sheet.row, style, 5)
        sheet.row += 1
        for section in sample.sections:
            sheet.cell(sheet.row, 1, section.name, bold=True)
            sheet.cell(sheet.row, 2, section.comment)
            sheet.merge(sheet.row, 2, 4)
            grade_cells(sheet.row, section.grade, style, 5)
            sheet.ws.row_dimensions[sheet.row].height = 36
            sheet.row += 1
            if remark(section.name):
                sheet.cell(sheet.row, 2, remark(section.name), colour=ink, italic=True)
                sheet.merge(sheet.row, 2, 4)
                sheet.row += 1
    else:
        for section in sample.sections:
            sheet.heading(section.name)
            sheet.wide(f"Look for: {LOOKS_FOR[section.name]}", italic=True, colour="595959")
            sheet.pair("Evidence seen:", section.comment, height=30)
            if style == "columns":
                grade_header(sheet.row, style, 2)
                sheet.row += 1
            sheet.cell(sheet.row, 1, "Rating:", bold=True)
            grade_cells(sheet.row, section.grade, style, 2)
            sheet.row += 1
            if remark(section.name):
                sheet.wide(remark(section.name), colour=ink)
            sheet.row += 1

    # --- part C: overall judgement ----------------------------------------------------------
    sheet = sheet_for(2)
    overall_label = rng.choice(("Overall judgement of the visit observed", "Overall quality of the observed visit",
                                "Overall rating for the observed practice"))
    if overall_style == "sentence":
        sheet.wide(f"{overall_label}: taking everything I saw into account, the practice on this visit was "
                   f"{informal_grade(rng, sample.grade)}.", bold=True, fill="E2EFDA", lines=2)
    else:
        if overall_style == "key" and targets[1] is not targets[2]:
            sheet.wide(key_line, italic=True, fill="FFF2CC")
        if overall_style in ("columns", "highlight", "bold", "strike"):
            grade_header(sheet.row, overall_style, 5)
            sheet.row += 1
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        grade_cells(sheet.row, sample.grade, overall_style, 5)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
    if moderation and moderation_shape == "inline":
        text = f"HoS: {' '.join(moderation.comments)}"
        if moderation.grade is not None:
            moved = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
            text += (f" Judgement confirmed – {moved}." if moderation.grade == sample.grade else
                     f" Moderated judgement: {moved}.")
        text += f" ({moderation.moderator}, {when(moderation.date)})"
        sheet.wide(text, colour=ink, lines=2)
    bullet = rng.choice(("• ", "- ", "numbers"))
    one_cell = rng.random() < 0.5
    for heading, items in ((rng.choice(("What went well", "Strengths observed")), sample.strengths),
                           (rng.choice(("Even better if", "What could be better", "Areas to develop")),
                            sample.development_areas)):
        sheet.heading(heading)
        lines = [f"{n}. {item}" if bullet == "numbers" else f"{bullet}{item}" for n, item in enumerate(items, 1)]
        if one_cell:
            sheet.wide("\n".join(lines), lines=len(lines) + 1)
        else:
            for item_line in lines:
                sheet.wide(item_line)
    question = rng.choice(("Did anything on the visit need a same-day safeguarding response?",
                           "Immediate concern for a child's safety?", "Urgent safeguarding issue identified?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer_style = rng.choice(("typed", "dropdown", "ticks", "strike"))
    yes = sample.urgent_concern
    if answer_style == "typed":
        sheet.cell(sheet.row, 5, rng.choice(("Yes", "YES", "Yes – see below")) if yes else rng.choice(("No", "None")),
                   bold=True)
    elif answer_style == "dropdown":
        target = sheet.cell(sheet.row, 5, "Yes" if yes else "No", bold=True, fill="FFF2CC")
        dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
    elif answer_style == "ticks":
        tick = rng.choice(("\u2713", "X"))
        sheet.cell(sheet.row, 5, f"Yes {tick}" if yes else "Yes")
        sheet.cell(sheet.row, 6, "No" if yes else f"No {tick}")
    else:
        sheet.cell(sheet.row, 5, "Yes", strike=not yes, bold=yes)
        sheet.cell(sheet.row, 6, "No", strike=yes, bold=not yes)
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if yes:
        sheet.pair(rng.choice(("If yes, what was done?", "Action taken")), sample.urgent_concern_detail, height=48)

    # --- part D: reflection, feedback and learning -------------------------------------------
    sheet = sheet_for(3)
    discussion = rng.choice(("Feedback conversation held with the worker?", "Reflective discussion after the visit?",
                             "Observation talked through with the worker?"))
    if sample.reflective_discussion:
        held = rng.choice(("Yes", "Yes", f"Yes – {when(sample.date + timedelta(days=rng.randint(0, 3)))}"))
    else:
        held = rng.choice(("No", "No – to be rebooked", "Not yet"))
    row = sheet.pair(discussion, held, bold=True)
    if held in ("Yes", "No") and rng.random() < 0.5:
        dropdown(sheet.ws, f"B{row}", ("Yes", "No"))
    reflection = rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION)
    sheet.pair(rng.choice(("Worker's reflection", "My reflections (worker)")), reflection, height=45)
    if group:
        said = [rng.choice(GROUP_WORDS).format(name=present[0].split()[0])]
    elif rng.random() < 0.15:
        said = [rng.choice(NO_FEEDBACK)]
    else:
        said = [fill(rng.choice(FAMILY_WORDS), first)]
        if names_in_feedback:
            said.append(rng.choice(SIBLING_WORDS).format(name=names[0].split()[0]))
    sheet.pair(rng.choice(("What the family said", "Child / family feedback", "Family's view of the visit")),
               "\n".join(said), height=45)
    sheet.heading(rng.choice(("Learning actions", "Development plan", "Agreed learning")))
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
        for number, action in enumerate(sample.actions, 1):
            sheet.wide(f"Action {number}: {action.action}  Who: {action.owner}  By: {when(action.due)}", lines=2)
    else:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)

    # --- part E: sign-off and quality assurance -----------------------------------------------
    sheet = sheet_for(4)
    signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
    sheet.pair(rng.choice(("Observer", "Signed (observer)")), sample.auditor)
    sheet.pair("Date", signed, fmt=signed_fmt)
    sheet.pair(rng.choice(("Worker", "Signed (worker)")), sample.practitioner if sample.reflective_discussion else "")
    sheet.row += 1
    if moderation_shape in ("box", "black box"):
        _moderation_box(sheet, rng, sample, moderation, None if moderation_shape == "black box" else ink, day, words)
    elif moderation_shape == "awaiting":
        sheet.wide(rng.choice(("Head of Service QA: awaiting.", "HoS sign-off – pending")), italic=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 30))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(15, 45))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(present) + tuple(names), also=also)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, ink, day, words: dict) -> None:
    """The Head of Service's quality assurance as labelled rows inside a heavy
    border: typed in `ink`, or in black on a shaded box when `ink` is None."""
    sheet.cell(sheet.row, 1, rng.choice(("Head of Service quality assurance", "HoS moderation",
                                         "Quality assurance – Head of Service")), bold=True, fill="BFBFBF")
    sheet.merge(sheet.row, 1, WIDTH)
    sheet.row += 1
    labels = (rng.choice(("Head of Service", "Moderated by")), rng.choice(("Date", "Date of QA")),
              rng.choice(("Judgement agreed?", "Agree with the overall judgement?")),
              rng.choice(("Moderated judgement", "Judgement after QA")), "Comments")
    if moderation:
        on, on_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade is not None:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        values = (moderation.moderator, on, agree, grade_text, " ".join(moderation.comments))
        formats = (None, on_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(("", "Not selected for QA this month.")))
        formats = (None,) * 5
    top = sheet.row
    shade_fill = "F2F2F2" if ink is None else None
    for label, value, fmt in zip(labels, values, formats):
        sheet.cell(sheet.row, 1, label, bold=True, fill="EDEDED")
        sheet.cell(sheet.row, 2, value, fmt=fmt, colour=ink if moderation else None, bold=label == labels[3],
                   fill=shade_fill)
        sheet.merge(sheet.row, 2, WIDTH)
        if label == "Comments":
            sheet.ws.row_dimensions[sheet.row].height = 36
        sheet.row += 1
    bottom = sheet.row - 1
    for row in range(top, bottom + 1):
        for column in range(1, WIDTH + 1):
            cell = sheet.ws.cell(row=row, column=column)
            cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == WIDTH else THIN,
                                 top=THICK if row == top else THIN, bottom=THICK if row == bottom else THIN)
