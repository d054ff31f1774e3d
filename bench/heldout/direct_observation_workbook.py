"""Direct observation of a practitioner's work with a family, kept as an
Excel workbook in the shape of a social work placement portfolio: a front
sheet, a part the practitioner fills in before the observation, the
observer's assessment domain by domain with a holistic (overall) grade, a
part the practitioner fills in after the feedback, a development plan and a
Head of Service's quality assurance.

Modelled on the practice learning documents of a university social work
department: "London and South East England HEI Agreed Common Practice
Learning Documents for Social Work: 2014-5" in the version of Kingston
University and St George's, University of London (Faculty of Health, Social
Care and Education) for their BA and MSW "SW5001 First Placement Portfolio"
(a copy at docslib.org/download/13702547). What was read of it is the
contents and the front sheet: the portfolio runs front sheet, practice
learning agreement, index of evidence, "Part 4 – Direct Observation of
Practice", "Part 5 – Less formal Direct Observation of Practice", service
user and carer feedback, critical reflection, mid-point review, final
report and a personal and professional development plan; the front sheet
names the student, practice educator, placement and tutor and ends with the
practice educator's recommendation, "PASS / FAIL (delete as appropriate)";
the portfolio is there to show practice at the level the Professional
Capabilities Framework (PCF) sets. The Part 4 form itself was not read.
The inside of a direct observation form was read in a "Direct Observation
Report" template found on docsbay.net ("direct-observation-report") and
studylib.net (doc 7497242, titled "Assessed and Supported Year in
Employment"); the part read does not name its publisher. It has the
student's name and the observer's role, the date and setting, a first
section the student completes before the observation (background, planning,
"Has the service user given permission for this observation?", knowledge
and theory, power and values) and after it (a description, critical
reflection, then reflection on the observer's feedback), and a second
section where the observer gives a holistic assessment with reference to
the PCF's nine domains ("Domain 1 Professionalism" ...), naming strengths
and areas for development or concern, without having to comment on every
domain.

Skills for Care's ASYE direct observation templates were found too, but
Skills for Care already models another family; of the teaching partnerships
only a contents page (D2N2's Practice Development Programme, 2017) turned
up, and it shows no observation form.

Our own judgement: that a council's quality assurance team would adapt
such a portfolio into a workbook for managers observing qualified staff
(social workers, Early Help practitioners, conference chairs); that it
grades each domain assessed, and the whole, on the four Ofsted judgements
rather than pass / fail; the domain names (the PCF's nine as generally
published: only the count and the first were read in the source) and their
prompts; every label and sentence; the siblings or parents named as
present; the same-day safeguarding question; the learning actions; the
Head of Service moderation.

What varies: one sheet, two sheets ("Observation" / "Feedback & QA") or a
sheet per part (front sheet, before, observation, reflection, QA); details
as label / value rows, label-value pairs two to a row, or numbered
questions; all nine domains or only those evidenced (five or six), with or
without prompts; grades from an Excel drop-down (its list typed in or kept
in hidden columns), typed informally, a number on a printed 1-4 key either
way up, the four options in four cells with the chosen one highlighted or
emboldened or the others struck through, the four options in one cell with
the others struck through, or a mark (X, tick, dot, filled cell) under four
grade columns; the overall grade the same way or typed or in a sentence;
seven date spellings or Excel dates; plain or prefixed case references; the
child's date of birth and the address visited on some; brothers and sisters
named as present and again in the practitioner's background; a group
session listing the parents who came; the reflective discussion held or
not; two urgent concerns answered yes; actions as a table, numbered lines
or a "no actions" sentence; moderation (changing, confirming or comments
only) as a bordered box or a note, in a non-red ink.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
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

FAMILY = "direct_observation_workbook"
SEED = 9993
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The PCF's nine domains, each with the prompt this council prints beside it.
DOMAINS = (
    ("Professionalism", "Presents as a professional; manages time, boundaries and own feelings in the session."),
    ("Values and ethics", "Respectful and honest about the worries; explains confidentiality and its limits."),
    ("Diversity and equality", "Notices identity, culture, language and disability and adapts to them."),
    ("Rights, justice and economic wellbeing", "Explains the family's rights; picks up practical and money worries."),
    ("Knowledge", "Brings child development, research and the law into the work."),
    ("Critical reflection and analysis", "Weighs what is seen and heard; tests more than one explanation."),
    ("Skills and interventions", "Communicates clearly; uses direct work tools with a purpose."),
    ("Contexts and organisations", "Works with partners and within the council's procedures."),
    ("Professional leadership", "Leads the session with confidence and models good practice."),
)
PROMPTS = dict(DOMAINS)
# What an observer writes for a domain, by how it went.
EVIDENCE = {
    OUTSTANDING: ("Exceptional – I would use this as an example for the team.",
                  "Highly skilled throughout; the family visibly relaxed and joined in.",
                  "Confident, creative and clearly effective."),
    GOOD: ("Clear evidence of this throughout the session.", "Consistently sound; one small point discussed at feedback.",
           "Well done – purposeful and well judged.", "Seen at several points, e.g. when the plan was reviewed."),
    REQUIRES_IMPROVEMENT: ("Some evidence, but not consistent across the session.",
                           "Present in places; more planning beforehand would help.",
                           "Touched on but not followed through – talked about at feedback."),
    INADEQUATE: ("Not seen during the observation.", "Significant gaps – see areas for development.",
                 "Missed when the opportunity arose; discussed at length afterwards."),
}
TITLES = ("Direct Observation of Practice", "DIRECT OBSERVATION OF PRACTICE – WORKBOOK",
          "Direct Observation Workbook (Practice Development)", "Observation of Direct Work with Children and Families")
PART_HEADINGS = (
    ("Front sheet", "Part 1 – Before the observation (practitioner to complete)",
     "Part 2 – The observation (observer to complete)", "Part 3 – After the feedback (practitioner to complete)"),
    ("About this observation", "Section A: Preparation and planning", "Section B: Observer's assessment",
     "Section C: Reflection on the feedback"),
    ("Observation details", "Before the session", "What the observer saw", "Reflection afterwards"),
)
BACKGROUND = (
    "I have worked with the family since the spring; this was a planned visit to review how things are going.",
    "Allocated to me four months ago. The session was agreed at the last core group.",
    "Case open since the summer; the observation was arranged with the family a week before.",
    "New allocation – this was my second meeting with the family.",
)
GROUP_BACKGROUND = (
    "Fourth week of an eight-week parenting group at the family hub.",
    "A drop-in group for parents of toddlers, run every fortnight at the family hub.",
)
PLANNING = (
    "To review the plan with the family and gather {child}'s views using the three houses tool.",
    "To explain the outcome of the assessment and agree next steps with the parents.",
    "To spend time with {child} on their own and then feed back to the parents together.",
    "To prepare the family for the meeting and make sure {child}'s voice is heard in it.",
)
GROUP_PLANNING = (
    "To run the session on routines and bedtimes and give each parent time to talk.",
    "To introduce the topic of positive play and agree something each parent will try at home.",
)
CONSENT = ("Yes – verbal consent from {parent} at the start of the visit.", "Yes, agreed by phone the day before and "
           "confirmed on arrival.", "Yes (parents and young person agreed)", "Yes")
GROUP_CONSENT = ("Yes – everyone in the group agreed at the start.", "Yes, agreed at the start of the session.")
HOLISTIC = (
    "Judgement reached from the session and the conversation with the practitioner afterwards.",
    "The detail is in the evidence for each domain above.",
)
HOLISTIC_BY_GRADE = {
    OUTSTANDING: "Taken as a whole, a confident and purposeful piece of direct work.",
    GOOD: "Taken as a whole, the session showed the practitioner's growing confidence.",
    REQUIRES_IMPROVEMENT: "Taken as a whole, the session had a clear purpose but did not consistently achieve it.",
    INADEQUATE: "Taken as a whole, the session did not achieve its purpose; support to be put in place.",
}
REFLECTIONS = (
    "I felt nervous at the start but settled once we began the activity. On reflection I would slow down when "
    "explaining the plan and check the family understood each part.",
    "The feedback was fair. I agree I need to summarise what we agreed before leaving and will practise this.",
    "Useful to have someone else see the work. I had not noticed how much I talked over the quieter parent.",
    "I was pleased with how the session went and the feedback helps me see what I do well as well as what to work on.",
)
NO_REFLECTION = ("", "Awaiting feedback meeting.", "To follow – feedback session rebooked.")
NO_ACTIONS = ("No development actions from this observation.", "None agreed – practice to continue as observed.",
              "No actions arising from this observation.")
URGENT_DETAILS = (
    "{child} said during the session that an adult at home had hurt them. The observer and practitioner "
    "spoke to the duty manager before leaving and a strategy discussion was held that afternoon.",
    "Father arrived intoxicated and was aggressive towards the mother while {child} was present. Police called "
    "from the visit; the practitioner's manager informed straight away.",
)
CHANGE_NOTES = ("Having read the evidence against each domain I have moved the overall grade.",
                "The evidence recorded supports a different overall judgement; discussed with the observer.")
CONFIRM_NOTES = ("I agree with the observer's judgement; the evidence is clear.",
                 "Grade agreed. A well-evidenced observation.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dddd d mmmm yyyy")
OPTION_WORDS = (
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
WIDTH = 8  # columns A to H


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _observations(today: date, count: int) -> list:
    """The first `count` observations the sample builder draws with this
    family's seed, drawing more forms until there are enough."""
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
    unmoderated = [index for index, form in enumerate(chosen)
                   if form.moderation is None and head_of_service_over(_staff(form.auditor)) is not None]
    picked = rng.sample(unmoderated, min(5, len(unmoderated)))
    changes, confirms = set(picked[:3]), set(picked[3:])
    urgent = set(rng.sample([index for index, form in enumerate(chosen) if form.child is not None], 2))
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
                date=min(sample.date + timedelta(days=rng.randint(3, 12)), today - timedelta(days=1)),
                comments=(note,), grade=moved))
        if index in urgent:
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(URGENT_DETAILS), sample.child.first_name))
        forms.append(_form(rng, index, sample, today))
    return forms


def _area_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    """Domain grades near the overall grade, at least one equal to it."""
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def _practitioner_role(rng: random.Random, service: str) -> str:
    if service == EARLY_HELP:
        return rng.choice(("Early Help Practitioner", "Family Support Worker"))
    if service == SAFEGUARDING:
        return rng.choice(("Child Protection Chair", "Independent Reviewing Officer"))
    return rng.choice(("Social Worker", "Senior Social Worker", "Social Worker (ASYE)", "Advanced Practitioner"))


class _Sheet:
    """Writes one worksheet row by row across columns A to H."""

    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for column, width in zip("ABCDEFGH", (7, 26, 30, 34, 15, 15, 15, 15)):
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

    def title(self, text: str, line: str):
        self.cell(self.row, 1, line, bold=True, colour="FFFFFF", fill=self.brand, size=9, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.cell(self.row, 1, text, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 2

    def band(self, text: str, *, fill: str | None = None):
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=fill or self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, value, *, first=1, italic=False, bold=False, colour=None, fill=None, lines=1):
        self.cell(self.row, first, value, italic=italic, bold=bold, colour=colour, fill=fill)
        self.merge(self.row, first, WIDTH)
        self.ws.row_dimensions[self.row].height = max(15, 15 * lines, 15 * (len(str(value)) // 95 + 1))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, height=None):
        self.cell(self.row, 1, label, bold=True, fill="F2F2F2")
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
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    layout = rng.choice(("one sheet", "two sheets", "parts", "parts"))
    details_shape = rng.choice(("rows", "pairs", "questions"))
    headings = rng.choice(PART_HEADINGS)
    style = rng.choice(("dropdown", "typed", "key", "highlight", "bold", "strike", "one cell", "columns"))
    overall_style = style if rng.random() < 0.65 else rng.choice(("dropdown", "typed", "sentence"))
    words = rng.choice(OPTION_WORDS)
    columns = rng.choice(GRADE_COLUMNS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.6
    lists_hidden = rng.random() < 0.5
    all_domains = rng.random() < 0.4
    with_prompts = rng.random() < 0.6
    moderation_shape = rng.choice(("box", "box", "note"))
    group = sample.child is None
    child = sample.child

    # --- the sample as this workbook carries it ---------------------------------------
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers_sisters = siblings(rng, child, rng.choice((1, 2)), today) if child and rng.random() < 0.5 else []
    names = [name for name, _ in brothers_sisters]
    if all_domains:
        domains = [name for name, _ in DOMAINS]
    else:
        domains = sorted(rng.sample([name for name, _ in DOMAINS], rng.choice((5, 6))),
                         key=[name for name, _ in DOMAINS].index)
    grades = _area_grades(rng, sample.grade, len(domains))
    changes: dict = {"sections": tuple(Section(name, grade, rng.choice(EVIDENCE[grade]))
                                       for name, grade in zip(domains, grades))}
    if not group and rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    if group:
        changes["strengths"] = (*sample.strengths,
                                f"{present[0].split()[0]} said the session had helped with bedtimes at home.")
    sample = replace(sample, **changes)
    moderation = sample.moderation
    first = child.first_name if child else None
    title = rng.choice(TITLES)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- sheets ---------------------------------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    ws = workbook.active
    if layout == "one sheet":
        ws.title = rng.choice(("Direct observation", "DO record", "Sheet1"))
        front = before = observed = after = qa = ws
    elif layout == "two sheets":
        ws.title = "Observation"
        front = before = observed = ws
        after = qa = workbook.create_sheet(rng.choice(("Feedback & QA", "Reflection and sign-off")))
    else:
        ws.title = "Front sheet"
        front = ws
        before = workbook.create_sheet(rng.choice(("Part 1", "1 Before")))
        observed = workbook.create_sheet(rng.choice(("Part 2", "2 Observation")))
        after = workbook.create_sheet(rng.choice(("Part 3", "3 Reflection")))
        qa = workbook.create_sheet("QA") if rng.random() < 0.5 else after
    writers: dict = {}

    def sheet_for(target) -> _Sheet:
        if target.title not in writers:
            writers[target.title] = _Sheet(target, font, brand)
            writers[target.title].title(title, council_line(rng))
        else:
            writers[target.title].row += 1
        return writers[target.title]

    validations: dict = {}

    def dropdown(target, coordinate: str, choices: tuple) -> None:
        key = (target.title, choices)
        if key not in validations:
            if lists_hidden:
                column = 24 + len([k for k in validations if k[0] == target.title])  # X, Y, Z ...
                for position, choice in enumerate(choices, start=1):
                    target.cell(row=position, column=column, value=choice)
                letter = target.cell(row=1, column=column).column_letter
                target.column_dimensions[letter].hidden = True
                formula = f"${letter}$1:${letter}${len(choices)}"
            else:
                formula = '"' + ",".join(str(choice) for choice in choices) + '"'
            validation = DataValidation(type="list", formula1=formula, allow_blank=True)
            target.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    # --- front sheet ---------------------------------------------------------------------
    sheet = sheet_for(front)
    sheet.band(headings[0])
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.6:
        observer_text = f"{sample.auditor}, {ROLES[observer.role]}"
    observed_on, observed_fmt = day(sample.date)
    start = rng.choice(("09:30", "10:00", "10:30", "13:30", "14:00", "15:45"))
    details = [
        (rng.choice(("Practitioner observed", "Name of practitioner", "Whose practice was observed?")),
         sample.practitioner, None),
        ("Role", _practitioner_role(rng, sample.service or ""), None),
        ("Team", sample.team, None),
    ]
    if show_service:
        details.append(("Service", sample.service, None))
    details += [
        (rng.choice(("Observer", "Observed by", "Name and role of observer")), observer_text, None),
        (rng.choice(("Date of observation", "Date observed", "Date")), observed_on, observed_fmt),
        ("Time", f"{start} – {rng.choice(('1 hour', '90 minutes', '45 minutes'))}", None),
        (rng.choice(("Setting", "Setting of observation", "Type of contact observed")), sample.setting, None),
    ]
    also: tuple[str, ...] = ()
    if group:
        details.append(("Case reference", rng.choice(("N/A – group session", "n/a (group work)", "None – group")),
                        None))
        details.append((rng.choice(("Parents attending", "Who attended", "Group members present")),
                        ", ".join(present), None))
    else:
        reference = sample.case_id
        if reference.isdigit() and rng.random() < 0.4:
            reference = int(reference)
        details.append((rng.choice(("Case reference", "LCS ID", "Child's case number")), reference, None))
        details.append((rng.choice(("Child", "Child's name", "Name of child / young person")), child.full_name, None))
        if rng.random() < 0.6:
            born, born_fmt = day(child.date_of_birth)
            if born_fmt is None:
                also = (born,)
            details.append(("Date of birth", born, born_fmt))
        if sample.setting == "Home visit" and rng.random() < 0.5:
            details.append(("Address visited", ", ".join((*child.address_lines, child.postcode)), None))
        people = [f"{first}", *child.parents, *names]
        if sample.setting in ("Child protection conference", "Core group meeting", "Child in care review"):
            people.append(rng.choice(("school", "health visitor and school", "school nurse, police and school")))
        details.append((rng.choice(("Who was present", "Others present", "Family members present")),
                        ", ".join(people), None))
    parent = child.parents[0].split()[0] if child and child.parents else "the parents"
    details.append((rng.choice(("Has the family given permission for the observation?", "Consent to observation",
                                "Consent obtained?")),
                    rng.choice(GROUP_CONSENT) if group else rng.choice(CONSENT).format(parent=parent), None))
    if details_shape == "rows":
        for label, value, fmt in details:
            sheet.pair(label, value, fmt=fmt)
    elif details_shape == "pairs":
        for start_at in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start_at:start_at + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label, bold=True, fill="F2F2F2")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row, column + 2, value, fmt=fmt)
                sheet.merge(sheet.row, column + 2, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
    else:
        for number, (label, value, fmt) in enumerate(details, start=1):
            sheet.cell(sheet.row, 1, number, bold=True)
            question = label if label.endswith("?") else f"{label}:"
            sheet.cell(sheet.row, 2, question, bold=True, fill="F2F2F2")
            sheet.cell(sheet.row, 3, value, fmt=fmt)
            sheet.merge(sheet.row, 3, WIDTH)
            sheet.row += 1

    # --- part 1: before the observation ------------------------------------------------------
    sheet = sheet_for(before)
    sheet.band(headings[1])
    background = rng.choice(GROUP_BACKGROUND) if group else rng.choice(BACKGROUND)
    if names:
        background += f" {names[0].split()[0]} was also there and joined the last part of the session."
    sheet.pair(rng.choice(("Brief background", "Background to the work")), background, height=32)
    purpose = rng.choice(GROUP_PLANNING) if group else fill(rng.choice(PLANNING), first)
    sheet.pair(rng.choice(("Purpose and planning", "What did you plan to do and why?")), purpose, height=32)

    # --- part 2: the observer's assessment ------------------------------------------------------
    sheet = sheet_for(observed)
    sheet.band(headings[2])
    best_first = [(g, n) for g, n in zip(GRADES4, (1, 2, 3, 4))]
    scores = dict(best_first) if key_best_first else {g: 5 - n for g, n in best_first}
    if "key" in (style, overall_style):
        order = GRADES4 if key_best_first else tuple(reversed(GRADES4))
        sheet.wide("Key: " + "   ".join(f"{scores[g]} = {words[g]}" for g in order), italic=True, fill="FFF2CC")
    grade_first = 5
    choices = tuple(words[g] for g in GRADES4)

    def grade_cells(row: int, grade: str, how: str) -> None:
        target_ws = sheet.ws
        if how == "columns":
            for column, (option, _) in zip(range(grade_first, grade_first + 4), columns):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, column, column_mark, bold=True)
                    else:
                        sheet.cell(row, column, None, fill=MARK_SHADE)
                else:
                    sheet.cell(row, column, None)
        elif how in ("highlight", "bold", "strike"):
            for column, option in zip(range(grade_first, grade_first + 4), GRADES4):
                chosen = option == grade
                sheet.cell(row, column, words[option],
                           bold=chosen and how in ("bold", "strike"),
                           fill=HIGHLIGHT if chosen and how == "highlight" else None,
                           strike=not chosen and how == "strike",
                           colour="808080" if not chosen and how == "strike" else None)
        elif how == "one cell":
            parts = []
            for position, option in enumerate(GRADES4):
                if position:
                    parts.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
                chosen = option == grade
                parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=chosen, strike=not chosen), words[option]))
            target = sheet.cell(row, grade_first, None)
            target.value = CellRichText(*parts)
            sheet.merge(row, grade_first, grade_first + 3)
        elif how == "dropdown":
            target = sheet.cell(row, grade_first, words[grade], bold=True, fill="FFF2CC")
            sheet.merge(row, grade_first, grade_first + 1)
            dropdown(target_ws, target.coordinate, choices)
        elif how == "key":
            target = sheet.cell(row, grade_first, scores[grade], bold=True, fill="FFF2CC")
            dropdown(target_ws, target.coordinate, (1, 2, 3, 4))
        else:
            sheet.cell(row, grade_first, informal_grade(rng, grade, note_chance=0.15), bold=True)
            sheet.merge(row, grade_first, grade_first + 1)

    sheet.wide(rng.choice(("Domains of the PCF evidenced in this observation",
                           "Assessment against the Professional Capabilities Framework (PCF)",
                           "Observer's assessment by domain")) if not all_domains else
               "Assessment against the nine PCF domains", bold=True)
    sheet.cell(sheet.row, 1, "No.", bold=True, fill="D9D9D9")
    sheet.cell(sheet.row, 2, rng.choice(("PCF domain", "Domain", "Area of practice")), bold=True, fill="D9D9D9")
    if with_prompts:
        sheet.cell(sheet.row, 3, "What the observer looks for", bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 4, rng.choice(("Evidence", "Evidence observed", "What I saw")), bold=True,
                   fill="D9D9D9")
    else:
        sheet.cell(sheet.row, 3, rng.choice(("Evidence", "Evidence observed", "What I saw")), bold=True,
                   fill="D9D9D9")
        sheet.merge(sheet.row, 3, 4)
    if style == "columns":
        for column, (_, head) in zip(range(grade_first, grade_first + 4), columns):
            sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
    elif style == "key":
        sheet.cell(sheet.row, grade_first, "Score (1-4)", bold=True, fill="D9D9D9")
    else:
        sheet.cell(sheet.row, grade_first, rng.choice(("Grade", "Judgement")), bold=True, fill="D9D9D9")
        sheet.merge(sheet.row, grade_first, grade_first + (3 if style in ("highlight", "bold", "strike",
                                                                          "one cell") else 1))
    sheet.row += 1
    numbers = {name: number for number, (name, _) in enumerate(DOMAINS, start=1)}
    for section in sample.sections:
        sheet.cell(sheet.row, 1, numbers[section.name], bold=True)
        sheet.cell(sheet.row, 2, section.name, bold=True)
        if with_prompts:
            sheet.cell(sheet.row, 3, PROMPTS[section.name], italic=True, colour="595959")
            sheet.cell(sheet.row, 4, section.comment)
        else:
            sheet.cell(sheet.row, 3, section.comment)
            sheet.merge(sheet.row, 3, 4)
        grade_cells(sheet.row, section.grade, style)
        sheet.ws.row_dimensions[sheet.row].height = 45 if with_prompts else 30
        sheet.row += 1

    if overall_style == "columns" and style != "columns":
        for column, (_, head) in zip(range(grade_first, grade_first + 4), columns):
            sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
        sheet.row += 1
    overall_label = rng.choice(("Overall grade", "Holistic assessment – overall grade",
                                "OVERALL JUDGEMENT OF THE PRACTICE OBSERVED"))
    if overall_style == "sentence":
        sheet.wide(f"{overall_label}: the practice observed was judged to be "
                   f"{informal_grade(rng, sample.grade)}.", bold=True, fill="E2EFDA")
    else:
        sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, 4)
        grade_cells(sheet.row, sample.grade, overall_style)
        sheet.row += 1
    summary = rng.choice((HOLISTIC_BY_GRADE[sample.grade], rng.choice(HOLISTIC)))
    sheet.pair(rng.choice(("Holistic assessment (summary)", "Summary of the observation")), summary, height=32)
    if moderation and moderation_shape == "note" and rng.random() < 0.5:
        _moderation_note(sheet, rng, sample, moderation, ink, when, words)
        moderation_shape = "done"
    sheet.row += 1

    bullet = rng.choice(("\u2022 ", "- ", "", "numbers"))
    for heading, items in ((rng.choice(("What went well", "Strengths", "Strengths observed")), sample.strengths),
                           (rng.choice(("What could be better", "Areas for development / concern",
                                        "Even better if…")), sample.development_areas)):
        sheet.cell(sheet.row, 1, heading, bold=True, fill="DDEBF7")
        sheet.merge(sheet.row, 1, WIDTH)
        sheet.row += 1
        lines = [f"{number}. {item}" if bullet == "numbers" else f"{bullet}{item}"
                 for number, item in enumerate(items, start=1)]
        if rng.random() < 0.5:
            sheet.wide("\n".join(lines), lines=len(lines) + 1)
        else:
            for line in lines:
                sheet.wide(line)
    sheet.row += 1

    question = rng.choice(("Did anything in the observation need immediate safeguarding action?",
                           "Immediate safeguarding concern identified?",
                           "Is there a concern about a child's safety that needs action today?"))
    sheet.cell(sheet.row, 1, question, bold=True, fill="FCE4D6")
    sheet.merge(sheet.row, 1, 4)
    answer = rng.choice(("Yes", "YES")) if sample.urgent_concern else rng.choice(("No", "No", "None"))
    target = sheet.cell(sheet.row, 5, answer, bold=True)
    if answer in ("Yes", "No") and rng.random() < 0.5:
        dropdown(sheet.ws, target.coordinate, ("Yes", "No"))
    sheet.ws.row_dimensions[sheet.row].height = 30
    sheet.row += 1
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes, what action was taken?", "Action taken")), sample.urgent_concern_detail,
                   height=48)

    # --- part 3: after the feedback -----------------------------------------------------------
    sheet = sheet_for(after)
    sheet.band(headings[3])
    discussion = rng.choice(("Was a reflective discussion held after the observation?",
                             "Feedback and reflective discussion held?",
                             "Reflective conversation with the observer took place?"))
    if sample.reflective_discussion:
        held = rng.choice(("Yes", "Yes", f"Yes – {when(sample.date + timedelta(days=rng.randint(0, 3)))}",
                           "YES"))
    else:
        held = rng.choice(("No", "No", "No – practitioner off sick; to be rebooked", "Not yet"))
    row = sheet.pair(discussion, held, bold=True)
    if held in ("Yes", "No") and rng.random() < 0.5:
        dropdown(sheet.ws, f"C{row}", ("Yes", "No"))
    reflection = rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION)
    sheet.pair(rng.choice(("Practitioner's reflection on the observation", "My reflections",
                           "Reflection on the observer's feedback")), reflection, height=48)
    sheet.row += 1

    sheet.cell(sheet.row, 1, rng.choice(("Learning actions", "Professional development plan",
                                         "Development actions agreed")), bold=True, fill="DDEBF7")
    sheet.merge(sheet.row, 1, WIDTH)
    sheet.row += 1
    shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    if shape == "table":
        headers = rng.choice((("Action", "Who", "By when", "Reviewed"),
                              ("Learning action", "Lead", "Target date", "Progress"),
                              ("What will happen", "Responsible", "Date", "Done?")))
        for column, text in zip((1, 5, 6, 7), headers):
            sheet.cell(sheet.row, column, text, bold=True, fill="F2F2F2")
        sheet.merge(sheet.row, 1, 4)
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, 4)
            sheet.cell(sheet.row, 5, action.owner)
            value, fmt = day(action.due)
            sheet.cell(sheet.row, 6, value, fmt=fmt)
            sheet.cell(sheet.row, 7, "")
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif shape == "lines":
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} ({action.owner}, by {when(action.due)})")
    else:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)
    sheet.row += 1

    signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
    sheet.pair(rng.choice(("Observer's signature", "Signed (observer)")), sample.auditor)
    sheet.pair("Date", signed, fmt=signed_fmt)
    sheet.pair(rng.choice(("Practitioner's signature", "Signed (practitioner)")),
               sample.practitioner if sample.reflective_discussion else "")

    # --- Head of Service quality assurance ---------------------------------------------------
    if moderation_shape != "done":
        sheet = sheet_for(qa)
        if moderation_shape == "note":
            if moderation:
                _moderation_note(sheet, rng, sample, moderation, ink, when, words)
        else:
            _moderation_box(sheet, rng, sample, moderation, ink, day, words)

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


def _moderated_word(rng: random.Random, grade: str, words: dict) -> str:
    return words[grade] if rng.random() < 0.5 else informal_grade(rng, grade)


def _moderation_note(sheet: _Sheet, rng: random.Random, sample, moderation, ink: str, when, words: dict) -> None:
    """The Head of Service's moderation as a signed note in their ink."""
    text = f"Head of Service moderation ({moderation.moderator}, {when(moderation.date)}): " + " ".join(
        moderation.comments)
    if moderation.grade is not None:
        word = _moderated_word(rng, moderation.grade, words)
        if moderation.grade == sample.grade:
            text += f" Overall grade confirmed as {word}."
        else:
            text += f" Overall grade changed to {word}."
    sheet.wide(text, colour=ink, lines=2)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, ink: str, day, words: dict) -> None:
    """The Head of Service's quality assurance as five labelled rows inside a
    heavy border, typed in their ink (or in black on some)."""
    sheet.band(rng.choice(("Head of Service quality assurance", "Moderation (Head of Service)",
                           "HoS QA and sign-off")), fill="595959")
    labels = (rng.choice(("Head of Service", "Moderated by")), rng.choice(("Date", "Date moderated")),
              rng.choice(("Do you agree with the overall grade?", "Grade agreed?")),
              rng.choice(("Moderated grade", "Grade after moderation")), "Comments")
    colour = ink if rng.random() < 0.75 else None
    if moderation:
        on, on_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade is not None:
            agree = "Yes" if moderation.grade == sample.grade else "No"
            grade_text = _moderated_word(rng, moderation.grade, words)
        values = (moderation.moderator, on, agree, grade_text, " ".join(moderation.comments))
        formats = (None, on_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(("", "Not sampled for moderation this month.", "n/a")))
        formats = (None,) * 5
    top = sheet.row
    for label, value, fmt in zip(labels, values, formats):
        sheet.pair(label, value, fmt=fmt, colour=colour if moderation else None, bold=label == labels[3],
                   height=36 if label == "Comments" else None)
    bottom = sheet.row - 1
    for row in range(top, bottom + 1):
        for column in range(1, WIDTH + 1):
            cell = sheet.ws.cell(row=row, column=column)
            cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == WIDTH else THIN,
                                 top=THICK if row == top else THIN, bottom=THICK if row == bottom else THIN)
