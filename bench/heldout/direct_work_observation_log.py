"""Direct work observation log: a manager's Excel log of watching one
practitioner's direct work with a child or family (or a group session),
kept as the session runs and finished afterwards – the details, a timed
running log, areas of practice each with evidence and a grade, the overall
grade, what went well and even better if, the family's comments, the
practitioner's reflection, actions, the urgent safety question, sign-off
and the Head of Service's moderation.

Modelled on what is published about North Ayrshire's children's services, a
body not yet used (of the Scottish councils checked, East Dunbartonshire,
East Renfrewshire, North Ayrshire, North Lanarkshire, South Ayrshire and
South Lanarkshire were the ones no family or council layout names; searches
for these six found nothing on observing practice, and North Ayrshire's
material was the nearest to the quality of practice). What was read, as
search excerpts only:

- the contents page of the "North Ayrshire Child Protection Committee Annual
  Report April 2005 – March 2006 and Business Plan April 2006 – March 2007"
  (a copy on healthdocbox.com): the committee's functions reported on one by
  one – public information; policies, procedures and protocols; management
  information; quality assurance; promotion of good practice; training and
  staff development; communication and co-operation; planning and
  connections; listening to children and young people – with appendices
  that include a self-evaluation inspection protocol and the Scottish
  Executive / HMIE quality indicators;
- North Ayrshire Council's "Children's services performance" page
  (north-ayrshire.gov.uk): Children, Families and Justice Services sit in
  the Health and Social Care Partnership and work across Fieldwork,
  Intervention Services, Looked After Children and Universal Early Years;
- Iriss's post "Multi-agency working – a model for good practice" (5
  October 2010, iriss.org.uk, on Community Care's "Good Practice: North
  Ayrshire children services"): HMIE's inspection of the child protection
  committee found multi-agency working the basis of its success; multi-agency
  training so that health and police staff recognise "when something is not
  quite right" and know how to escalate it; supporting social workers in
  their work named as important.

None of these shows an observation form, a grade or how managers observe
practice, so the layout is our own judgement: only an area of practice
named for listening to children and a question on whether something seen
needs escalating today follow the sources' emphasis. Everything else is
ours: the log form itself; the timed running record; the seven areas of
practice, their names and prompts; the four Ofsted judgements as grades;
every label and sentence; the family's comments on the session; the Head
of Service moderation.

What varies: one sheet, one sheet a stage ("Details", "Log", "Areas",
"Feedback", "Sign-off") or a landscape sheet with the areas of practice
across the top (one column an area, the overall grade in the last); details
as label / value pairs two to a row, a column of labels or numbered
questions (team off three files, service off five, the observer's role in
the same cell on some, the practitioner's role beside the name on some);
five to seven areas of practice; grades typed informally, a number on a
printed 1–4 key either way round, the chosen option highlighted or
emboldened among four cells, the others struck through, all four in one
cell with the others struck through or the chosen one bold, a mark or
shading under four grade columns, or an Excel drop-down; the overall grade the same way, typed or in
a sentence; dates in seven spellings or as Excel dates; plain or prefixed
case references; brothers and sisters named as present (with ages on some)
and in the running log, parents at a group session listed and one named in
the family's comments; the reflective discussion held or not; three files
answering the urgent safety question yes; actions as a table, numbered lines
or a "no actions" sentence; moderation (four changing, three confirming,
four comments only for 20 November 2026) as a heavy-bordered box in a
non-red ink or black, typed through the log in ink (remarks under some areas, "HoS:" beside the
overall grade) or a shaded note in ink.
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
    mention,
    siblings,
)

FAMILY = "direct_work_observation_log"
SEED = 10034
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The areas of practice this council's log names, each with the prompt it prints.
AREAS = (
    ("Preparation and purpose", "Was the session planned, with a purpose the family understood?"),
    ("Building the relationship", "Warmth, honesty and respect; the family's strengths recognised."),
    ("Listening to the child", "The child's words, play and behaviour noticed and taken seriously."),
    ("Use of direct work tools", "Tools chosen for the child's age and used with a purpose."),
    ("Assessing risk and wellbeing", "What was seen and heard weighed against the worries in the plan."),
    ("Working with parents and carers", "Clear about the worries; challenge offered respectfully."),
    ("Ending the session and next steps", "What happens next agreed and summarised before leaving."),
)
PROMPTS = dict(AREAS)
EVIDENCE = {
    OUTSTANDING: ("Excellent throughout – a model for the team.", "Highly skilled; the family clearly trusted the "
                  "worker.", "Creative and confident; exactly what we want to see."),
    GOOD: ("Clearly seen at several points in the session.", "Sound and consistent; one small point talked about "
           "afterwards.", "Well judged and purposeful.", "Good – see the running log at 10-15 minutes."),
    REQUIRES_IMPROVEMENT: ("Seen in places but not consistently.", "Started well, not followed through.",
                           "Some evidence; more planning beforehand would help."),
    INADEQUATE: ("Not seen during the session.", "Missed when the chance arose – discussed at length.",
                 "Significant gaps; see even better if."),
}
TITLES = ("Direct Work Observation Log", "DIRECT WORK OBSERVATION LOG", "Observation Log – Direct Work",
          "Practice Week: Direct Work Observation Log")
OPTION_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement", INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires Improvement to be Good",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "OUTSTANDING", GOOD: "GOOD", REQUIRES_IMPROVEMENT: "REQUIRES IMPROVEMENT", INADEQUATE: "INADEQUATE"},
)
LOG_ENTRIES = (
    "Practitioner introduced themselves and the observer, and checked everyone was happy to go ahead.",
    "Explained why they were here today and what would happen after.",
    "Sat with {child} on the floor; used the three houses sheet.",
    "{child} talked about school and about a friend who had moved away.",
    "Asked the parents what had gone well since the last visit; talked about the worries in the plan.",
    "Checked the bedrooms and kitchen with the parents' agreement.",
    "Summarised what had been agreed and when the next visit would be.",
)
MEETING_ENTRIES = (
    "Practitioner welcomed the family and checked they had seen the report beforehand.",
    "Shared {child}'s views in their own words, read from the worksheet done at school.",
    "Partners gave updates; practitioner kept bringing the discussion back to the plan.",
    "Mother became upset; practitioner paused and gave her time.",
    "Recommendations explained in plain language before the chair summed up.",
)
GROUP_ENTRIES = (
    "Welcome and ground rules; practitioner checked names and how the week had gone.",
    "Topic for the week introduced with a short video and a handout.",
    "Parents split into pairs to talk about bedtime routines.",
    "Practitioner picked up a quieter parent and brought her into the discussion.",
    "Each parent agreed one thing to try at home before next week.",
)
SIBLING_LOG = ("{name} came in from school and joined the last part of the session.",
               "{name} was present and the practitioner made sure they had a turn too.")
FAMILY_COMMENTS = (
    "Mum said the worker listened and she felt less worried about the plan.",
    "Dad said it was the first time someone had explained the plan properly.",
    "{child} said the worker was \"alright\" and liked the drawing activity.",
    "The carer said the session was helpful and asked for the same worker to continue.",
    "Mum said she would have liked more notice of the visit but found it useful.",
)
GROUP_COMMENTS = ("{name} said the session had helped with bedtimes at home.",
                  "{name} said they felt listened to and would come back next week.",
                  "{name} asked for the handout in a larger print; the others said the session was useful.")
CONSENT = ("Yes – agreed by {parent} on the phone the day before.", "Yes (verbal, at the start)", "Yes",
           "Yes – family and young person agreed.")
REFLECTIONS = (
    "I was nervous having someone watch but it settled quickly. I agree I need to slow down when explaining the plan.",
    "Fair feedback. I will try to summarise before leaving every visit.",
    "Helpful to hear what went well. I hadn't noticed I was talking over Dad at times.",
    "I'd like to be observed again at a core group now I've had this feedback.",
)
NO_REFLECTION = ("", "Not yet – feedback session to be rebooked.", "Awaiting discussion.")
NO_ACTIONS = ("No actions arising from this observation.", "No development actions – continue as observed.",
              "None required at this time.")
URGENT_DETAILS = (
    "{child} told the practitioner that an adult at home had hit them. Duty manager informed before leaving; "
    "child protection inquiry started the same day.",
    "Father arrived under the influence and was threatening towards mother while {child} was in the room. Police "
    "called from the visit; team manager told straight away.",
    "{child} had an unexplained bruise on the arm. The practitioner raised it with the duty team on return to the "
    "office and a medical was arranged.",
)
CHANGE_NOTES = ("Having read the log and the evidence for each area I have moved the overall grade.",
                "The evidence recorded points to a different overall judgement; talked through with the observer.")
CONFIRM_NOTES = ("Agree with the observer's judgement – well evidenced.", "Grade agreed. A clear, helpful log.")
AREA_REMARKS = ("Agree.", "Agree – well evidenced in the log.", "Would like more detail here next time.",
                "I read this slightly differently – see my comment.")
HEADINGS = (
    ("1. About the observation", "2. Running log", "3. Areas of practice", "4. Feedback and actions",
     "5. Sign-off"),
    ("Observation details", "Running record of the session", "Areas of practice observed",
     "What went well / even better if", "Signatures"),
    ("DETAILS", "LOG – WHAT I SAW AND HEARD", "JUDGEMENTS", "FEEDBACK", "SIGN-OFF"),
)
ROW_STYLES = ("typed", "key", "highlight", "bold", "strike", "columns", "dropdown", "one cell")
ACROSS_STYLES = ("typed", "key", "dropdown", "one cell", "one cell bold")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dddd d mmmm yyyy")
HIGHLIGHT = "FFFF00"
THIN = Side(style="thin", color="808080")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


def _staff(name: str):
    return next((member for member in STAFF if member.name == name), None)


def _observations(today: date, count: int) -> list:
    """The first `count` observations drawn with this family's seed."""
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
    picked = rng.sample(unmoderated, min(7, len(unmoderated)))
    changes, confirms = set(picked[:4]), set(picked[4:])
    with_child = [index for index, form in enumerate(chosen) if form.child is not None and not form.urgent_concern]
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    no_team = set(rng.sample(range(len(chosen)), min(3, len(chosen))))
    no_service = set(rng.sample(range(len(chosen)), min(5, len(chosen))))
    # Every way of writing a grade turns up: the layouts and grade styles are
    # dealt out rather than drawn.
    layouts = (["across"] * 4 + ["one sheet", "stages"] * count)[:count]
    rng.shuffle(layouts)
    row_styles, across_styles = list(ROW_STYLES), list(ACROSS_STYLES)
    rng.shuffle(row_styles)
    rng.shuffle(across_styles)
    row_styles += [rng.choice(ROW_STYLES) for _ in range(count)]
    across_styles += [rng.choice(ACROSS_STYLES) for _ in range(count)]
    styles = []
    for layout in layouts:
        styles.append((across_styles if layout == "across" else row_styles).pop(0))
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
        if index in no_team:
            sample = replace(sample, team=None)
        if index in no_service:
            sample = replace(sample, service=None)
        forms.append(_form(rng, index, sample, today, layouts[index], styles[index]))
    return forms


def _area_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    """Area grades near the overall grade, at least one equal to it."""
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def _practitioner_role(rng: random.Random, service: str | None, team: str | None) -> str:
    if service == EARLY_HELP or (team or "").startswith("Early Help"):
        return rng.choice(("Early Help Practitioner", "Family Support Worker"))
    if service == SAFEGUARDING:
        return rng.choice(("Child Protection Chair", "Independent Reviewing Officer"))
    return rng.choice(("Social Worker", "Senior Practitioner", "Social Worker (NQSW)", "Social Worker"))


class _Sheet:
    """Writes one worksheet row by row."""

    def __init__(self, ws, font: str, brand: str, width: int, widths: tuple[int, ...]):
        self.ws, self.font, self.brand, self.width = ws, font, brand, width
        self.row = 1
        for column, size in enumerate(widths, start=1):
            ws.column_dimensions[ws.cell(row=1, column=column).column_letter].width = size

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
        self.cell(self.row, 1, line, bold=True, colour=self.brand, size=9, border=False)
        self.merge(self.row, 1, self.width)
        self.row += 1
        self.cell(self.row, 1, text, bold=True, colour="FFFFFF", fill=self.brand, size=14, border=False)
        self.merge(self.row, 1, self.width)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 2

    def band(self, text: str, *, fill: str | None = None, colour: str = "FFFFFF"):
        self.cell(self.row, 1, text, bold=True, colour=colour, fill=fill or self.brand, size=11)
        self.merge(self.row, 1, self.width)
        self.row += 1

    def wide(self, value, *, first=1, italic=False, bold=False, colour=None, fill=None, lines=1):
        self.cell(self.row, first, value, italic=italic, bold=bold, colour=colour, fill=fill)
        self.merge(self.row, first, self.width)
        self.ws.row_dimensions[self.row].height = max(15, 15 * lines, 15 * (len(str(value)) // 90 + 1))
        self.row += 1

    def pair(self, label, value, *, fmt=None, colour=None, bold=False, height=None, split=2):
        self.cell(self.row, 1, label, bold=True, fill="EDEDED")
        self.merge(self.row, 1, split)
        self.cell(self.row, split + 1, value, fmt=fmt, colour=colour, bold=bold)
        self.merge(self.row, split + 1, self.width)
        if height:
            self.ws.row_dimensions[self.row].height = height
        self.row += 1
        return self.row - 1


def _form(rng: random.Random, index: int, sample, today: date, layout: str, style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    excel_dates = rng.random() < 0.35
    date_format = rng.choice(DATE_FORMATS)
    details_shape = rng.choice(("pairs", "column", "questions"))
    if rng.random() < 0.65:
        overall_style = style
    else:
        overall_style = rng.choice(("typed", "dropdown", "sentence"))
    words = rng.choice(OPTION_WORDS)
    columns = rng.choice(GRADE_COLUMNS)
    column_mark = rng.choice(MARKS)
    key_best_first = rng.random() < 0.6
    with_prompts = rng.random() < 0.5
    moderation_shape = rng.choice(("box", "inline", "note"))
    findings_shape = rng.choice(("one cell", "rows", "side by side"))
    group = sample.child is None
    child = sample.child
    first = child.first_name if child else None
    headings = rng.choice(HEADINGS)
    line = council_line(rng)

    # --- the sample as this log carries it -------------------------------------------
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers_sisters = siblings(rng, child, rng.choice((1, 2)), today) if child and rng.random() < 0.5 else []
    names = [name for name, _ in brothers_sisters]
    area_names = [name for name, _ in AREAS]
    how_many = rng.choice((5, 6, 7))
    areas = area_names if how_many == 7 else sorted(rng.sample(area_names, how_many), key=area_names.index)
    grades = _area_grades(rng, sample.grade, len(areas))
    changes: dict = {"sections": tuple(Section(name, grade, rng.choice(EVIDENCE[grade]))
                                       for name, grade in zip(areas, grades))}
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    moderation = sample.moderation
    if moderation and moderation_shape == "inline":
        remarked = rng.sample(areas, rng.randint(1, 2))
        changes["moderation"] = replace(moderation, section_comments={name: rng.choice(AREA_REMARKS)
                                                                      for name in remarked})
    sample = replace(sample, **changes)
    moderation = sample.moderation
    title = rng.choice(TITLES)

    def day(value: date):
        if excel_dates:
            return datetime.combine(value, time()), date_format
        return when(value), None

    # --- sheets ------------------------------------------------------------------------
    workbook = Workbook()
    font = rng.choice(("Arial", "Calibri", "Tahoma"))
    ws = workbook.active
    if layout == "across":
        width = len(areas) + 2
        widths = (24,) + (22,) * (len(areas) + 1)
    else:
        width = 8
        widths = (6, 26, 30, 30, 15, 15, 15, 15)
    writers: dict = {}
    if layout == "stages":
        ws.title = "Details"
        sheet_names = {"details": ws, "log": workbook.create_sheet(rng.choice(("Log", "Running log"))),
                       "areas": workbook.create_sheet(rng.choice(("Areas", "Areas of practice"))),
                       "feedback": workbook.create_sheet("Feedback"),
                       "sign": workbook.create_sheet(rng.choice(("Sign-off", "Sign off & QA")))}
    else:
        ws.title = rng.choice(("DWO log", "Observation log", "Sheet1")) if layout == "one sheet" else "Log"
        sheet_names = dict.fromkeys(("details", "log", "areas", "feedback", "sign"), ws)
        if layout == "across":
            ws.page_setup.orientation = "landscape"

    def sheet_for(part: str) -> _Sheet:
        target = sheet_names[part]
        if target.title not in writers:
            writers[target.title] = _Sheet(target, font, brand, width, widths)
            writers[target.title].title(title, line)
        else:
            writers[target.title].row += 1
        return writers[target.title]

    validations: dict = {}

    def dropdown(target, coordinate: str, choices: tuple) -> None:
        key = (target.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(str(c) for c in choices) + '"',
                                        allow_blank=True)
            target.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(coordinate)

    # --- details -----------------------------------------------------------------------
    sheet = sheet_for("details")
    sheet.band(headings[0])
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    role = _practitioner_role(rng, sample.service, sample.team)
    practitioner_text = sample.practitioner
    details = []
    if rng.random() < 0.4:
        practitioner_text = f"{sample.practitioner} – {role}"
    details.append((rng.choice(("Practitioner observed", "Worker observed", "Whose direct work?")),
                    practitioner_text, None))
    if practitioner_text == sample.practitioner:
        details.append(("Role", role, None))
    if sample.team:
        details.append(("Team", sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    observed_on, observed_fmt = day(sample.date)
    details += [
        (rng.choice(("Observer", "Observed by", "Observer (name / role)")), observer_text, None),
        (rng.choice(("Date of observation", "Date observed", "Date")), observed_on, observed_fmt),
        ("Time", f"{rng.choice(('09:30', '10:00', '11:15', '13:30', '15:40'))}"
                 f" – {rng.choice(('1 hr', '45 mins', '1.5 hrs'))}", None),
        (rng.choice(("Setting", "Type of direct work / setting", "Where / what")), sample.setting, None),
    ]
    also: tuple[str, ...] = ()
    if group:
        details.append((rng.choice(("Case ref", "Case reference")),
                        rng.choice(("n/a – group session", "N/A (group)", "None – group work")), None))
        details.append((rng.choice(("Parents attending", "Who attended")), ", ".join(present), None))
    else:
        reference = sample.case_id
        if reference.isdigit() and rng.random() < 0.4:
            reference = int(reference)
        details.append((rng.choice(("Case ref", "Case reference", "Child's ID")), reference, None))
        details.append((rng.choice(("Child", "Child / young person", "Name of child")), child.full_name, None))
        if rng.random() < 0.5:
            born, born_fmt = day(child.date_of_birth)
            if born_fmt is None:
                also = (born,)
            details.append(("DOB", born, born_fmt))
        people = list(child.parents)
        if brothers_sisters:
            if rng.random() < 0.5:
                people += [f"{name} ({(sample.date - born).days // 365})" for name, born in brothers_sisters]
            else:
                people += names
        if sample.setting in ("Child protection conference", "Core group meeting", "Child in care review"):
            people.append(rng.choice(("school", "health visitor", "school nurse and police")))
        details.append((rng.choice(("Others present", "Who else was there?", "Family members present")),
                        ", ".join([first, *people]), None))
    parent = child.parents[0].split()[0] if child and child.parents else "the parents"
    details.append((rng.choice(("Family consent to observation?", "Consent given?", "Consent")),
                    "Yes – everyone agreed at the start." if group else rng.choice(CONSENT).format(parent=parent),
                    None))
    if details_shape == "pairs" and layout != "across":
        for start_at in range(0, len(details), 2):
            for offset, (label, value, fmt) in enumerate(details[start_at:start_at + 2]):
                column = 1 + offset * 4
                sheet.cell(sheet.row, column, label, bold=True, fill="EDEDED")
                sheet.merge(sheet.row, column, column + 1)
                sheet.cell(sheet.row, column + 2, value, fmt=fmt)
                sheet.merge(sheet.row, column + 2, column + 3)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif details_shape == "questions" and layout != "across":
        for number, (label, value, fmt) in enumerate(details, start=1):
            sheet.cell(sheet.row, 1, f"{number}.", bold=True)
            sheet.cell(sheet.row, 2, label if label.endswith("?") else f"{label}:", bold=True, fill="EDEDED")
            sheet.cell(sheet.row, 3, value, fmt=fmt)
            sheet.merge(sheet.row, 3, width)
            sheet.row += 1
    else:
        for label, value, fmt in details:
            sheet.pair(label, value, fmt=fmt, split=1 if layout == "across" else 2)

    # --- running log ---------------------------------------------------------------------
    sheet = sheet_for("log")
    sheet.band(headings[1])
    if group:
        entries = list(GROUP_ENTRIES)
    elif sample.setting in ("Child protection conference", "Core group meeting", "Child in care review"):
        entries = list(MEETING_ENTRIES)
    else:
        entries = [entry for entry in LOG_ENTRIES if sample.setting == "Home visit" or "bedrooms" not in entry]
    entries = entries[:rng.randint(4, len(entries))]
    if names:
        entries.insert(len(entries) - 1, mention(rng, SIBLING_LOG, names[0]))
    sheet.cell(sheet.row, 1, "Time" if layout == "across" else "Min", bold=True, fill="D9D9D9")
    sheet.cell(sheet.row, 2, rng.choice(("What happened", "What I saw / heard")), bold=True, fill="D9D9D9")
    sheet.merge(sheet.row, 2, width)
    sheet.row += 1
    minute = 0
    for entry in entries:
        sheet.cell(sheet.row, 1, f"{minute:02d}" if layout != "across" else f"+{minute} min")
        sheet.cell(sheet.row, 2, fill(entry, first))
        sheet.merge(sheet.row, 2, width)
        sheet.ws.row_dimensions[sheet.row].height = 30
        sheet.row += 1
        minute += rng.choice((5, 8, 10, 12))

    # --- areas of practice ------------------------------------------------------------------
    sheet = sheet_for("areas")
    sheet.band(headings[2])
    scores = {grade: n for grade, n in zip(GRADES4, (1, 2, 3, 4))} if key_best_first else \
        {grade: n for grade, n in zip(GRADES4, (4, 3, 2, 1))}
    if "key" in (style, overall_style):
        order = GRADES4 if key_best_first else tuple(reversed(GRADES4))
        sheet.wide("Key:  " + "   ".join(f"{scores[g]} = {words[g]}" for g in order), italic=True, fill="FFF2CC")
    choices = tuple(words[g] for g in GRADES4)

    def one_cell(grade: str, how: str):
        parts = []
        for position, option in enumerate(GRADES4):
            if position:
                parts.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
            chosen = option == grade
            parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=chosen, strike=(not chosen and how == "one cell")),
                                   words[option]))
        return CellRichText(*parts)

    def grade_cell(row: int, column: int, grade: str, how: str, *, span: int = 1) -> None:
        """One grade in one cell (or `span` merged cells)."""
        if how in ("one cell", "one cell bold"):
            sheet.cell(row, column, None).value = one_cell(grade, how)
        elif how == "dropdown":
            target = sheet.cell(row, column, words[grade], bold=True, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, choices)
        elif how == "key":
            target = sheet.cell(row, column, scores[grade], bold=True, fill="FFF2CC")
            dropdown(sheet.ws, target.coordinate, (1, 2, 3, 4))
        else:
            sheet.cell(row, column, informal_grade(rng, grade, note_chance=0.15), bold=True)
        sheet.merge(row, column, column + span - 1)

    def grade_row(row: int, grade: str, how: str) -> None:
        """A grade in columns E to H of a row."""
        if how == "columns":
            for column, (option, _) in zip(range(5, 9), columns):
                if option == grade:
                    if column_mark:
                        sheet.cell(row, column, column_mark, bold=True)
                    else:
                        sheet.cell(row, column, None, fill=MARK_SHADE)
                else:
                    sheet.cell(row, column, None)
        elif how in ("highlight", "bold", "strike"):
            for column, option in zip(range(5, 9), GRADES4):
                chosen = option == grade
                sheet.cell(row, column, words[option], bold=chosen and how != "highlight",
                           fill=HIGHLIGHT if chosen and how == "highlight" else None,
                           strike=not chosen and how == "strike")
        else:
            grade_cell(row, 5, grade, how, span=2 if how in ("typed", "dropdown") else 4 if how == "one cell" else 1)

    inline = moderation is not None and moderation_shape == "inline"
    overall_label = rng.choice(("Overall grade", "Overall judgement of the direct work observed",
                                "OVERALL GRADE FOR THE SESSION"))
    if layout == "across":
        top = sheet.row
        sheet.cell(top, 1, rng.choice(("Area of practice", "Area")), bold=True, fill="D9D9D9")
        for column, section in enumerate(sample.sections, start=2):
            sheet.cell(top, column, section.name, bold=True, fill="D9D9D9")
        sheet.cell(top, width, overall_label, bold=True, fill="E2EFDA")
        row = top + 1
        if with_prompts:
            sheet.cell(row, 1, "What we look for", italic=True)
            for column, section in enumerate(sample.sections, start=2):
                sheet.cell(row, column, PROMPTS[section.name], italic=True, colour="595959")
            sheet.cell(row, width, "All areas taken together.", italic=True, colour="595959")
            sheet.ws.row_dimensions[row].height = 45
            row += 1
        sheet.cell(row, 1, rng.choice(("Evidence", "What I saw")), bold=True)
        for column, section in enumerate(sample.sections, start=2):
            sheet.cell(row, column, section.comment)
        sheet.cell(row, width, rng.choice(("See the log.", "Judgement from the session and the conversation after.")))
        sheet.ws.row_dimensions[row].height = 60
        row += 1
        sheet.cell(row, 1, "Score (1-4)" if style == "key" else "Grade", bold=True)
        for column, section in enumerate(sample.sections, start=2):
            grade_cell(row, column, section.grade, style)
        if overall_style == "sentence":
            sheet.cell(row, width, f"Overall the practice was {informal_grade(rng, sample.grade)}.", bold=True)
        else:
            grade_cell(row, width, sample.grade, overall_style)
        sheet.ws.row_dimensions[row].height = 30
        row += 1
        if inline:
            sheet.cell(row, 1, "HoS moderation", bold=True, colour=ink)
            for column, section in enumerate(sample.sections, start=2):
                remark = moderation.section_comments.get(section.name)
                sheet.cell(row, column, remark, colour=ink)
            sheet.cell(row, width, _inline_overall(rng, sample, moderation, words, when), colour=ink, bold=True)
            sheet.ws.row_dimensions[row].height = 45
            row += 1
        sheet.row = row
    else:
        sheet.cell(sheet.row, 1, "No.", bold=True, fill="D9D9D9")
        sheet.cell(sheet.row, 2, rng.choice(("Area of practice", "Area")), bold=True, fill="D9D9D9")
        if with_prompts:
            sheet.cell(sheet.row, 3, "What we look for", bold=True, fill="D9D9D9")
            sheet.cell(sheet.row, 4, rng.choice(("Evidence", "What I saw")), bold=True, fill="D9D9D9")
        else:
            sheet.cell(sheet.row, 3, rng.choice(("Evidence", "What I saw")), bold=True, fill="D9D9D9")
            sheet.merge(sheet.row, 3, 4)
        if style == "columns":
            for column, (_, head) in zip(range(5, 9), columns):
                sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
        else:
            sheet.cell(sheet.row, 5, "Score (1-4)" if style == "key" else "Grade", bold=True, fill="D9D9D9")
            sheet.merge(sheet.row, 5, 8)
        sheet.row += 1
        for number, section in enumerate(sample.sections, start=1):
            sheet.cell(sheet.row, 1, number, bold=True)
            sheet.cell(sheet.row, 2, section.name, bold=True)
            if with_prompts:
                sheet.cell(sheet.row, 3, PROMPTS[section.name], italic=True, colour="595959")
                sheet.cell(sheet.row, 4, section.comment)
            else:
                sheet.cell(sheet.row, 3, section.comment)
                sheet.merge(sheet.row, 3, 4)
            grade_row(sheet.row, section.grade, style)
            sheet.ws.row_dimensions[sheet.row].height = 32
            sheet.row += 1
            if inline and section.name in moderation.section_comments:
                sheet.cell(sheet.row, 2, "HoS:", bold=True, colour=ink, border=False)
                sheet.cell(sheet.row, 3, moderation.section_comments[section.name], colour=ink, border=False)
                sheet.merge(sheet.row, 3, 8)
                sheet.row += 1
        if overall_style == "columns" and style != "columns":
            for column, (_, head) in zip(range(5, 9), columns):
                sheet.cell(sheet.row, column, head, bold=True, fill="D9D9D9")
            sheet.row += 1
        if overall_style == "sentence":
            sheet.wide(f"{overall_label}: on balance the direct work observed was "
                       f"{informal_grade(rng, sample.grade)}.", bold=True, fill="E2EFDA")
        else:
            sheet.cell(sheet.row, 1, overall_label, bold=True, fill="E2EFDA")
            sheet.merge(sheet.row, 1, 4)
            grade_row(sheet.row, sample.grade, overall_style)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
        if inline:
            sheet.wide(_inline_overall(rng, sample, moderation, words, when), colour=ink, bold=True, lines=2)
    if moderation and moderation_shape == "note" and rng.random() < 0.5:
        _moderation_note(sheet, rng, sample, moderation, ink, when, words)
        moderation_shape = "done"

    # --- feedback ---------------------------------------------------------------------------
    sheet = sheet_for("feedback")
    sheet.band(headings[3])
    well = rng.choice(("What went well", "WWW", "Strengths seen"))
    better = rng.choice(("Even better if", "EBI", "What could be better"))
    bullet = rng.choice(("\u2022 ", "- ", "", "numbers"))

    def listed(items):
        return [f"{n}. {item}" if bullet == "numbers" else f"{bullet}{item}" for n, item in enumerate(items, 1)]

    if findings_shape == "side by side":
        half = width // 2
        sheet.cell(sheet.row, 1, well, bold=True, fill="E2EFDA")
        sheet.merge(sheet.row, 1, half)
        sheet.cell(sheet.row, half + 1, better, bold=True, fill="FCE4D6")
        sheet.merge(sheet.row, half + 1, width)
        sheet.row += 1
        left, right = listed(sample.strengths), listed(sample.development_areas)
        for position in range(max(len(left), len(right))):
            sheet.cell(sheet.row, 1, left[position] if position < len(left) else None)
            sheet.merge(sheet.row, 1, half)
            sheet.cell(sheet.row, half + 1, right[position] if position < len(right) else None)
            sheet.merge(sheet.row, half + 1, width)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    else:
        for heading, items in ((well, sample.strengths), (better, sample.development_areas)):
            sheet.cell(sheet.row, 1, heading, bold=True, fill="DDEBF7")
            sheet.merge(sheet.row, 1, width)
            sheet.row += 1
            lines = listed(items)
            if findings_shape == "one cell":
                sheet.wide("\n".join(lines), lines=len(lines) + 1)
            else:
                for line in lines:
                    sheet.wide(line)
    sheet.row += 1
    comments = rng.choice(FAMILY_COMMENTS)
    if group:
        comments = mention(rng, GROUP_COMMENTS, present[0])
    sheet.pair(rng.choice(("Family's comments on the session", "What the family said afterwards",
                           "Child / family feedback")), fill(comments, first), height=32,
               split=1 if layout == "across" else 2)
    discussion = rng.choice(("Reflective discussion held?", "Feedback / reflective conversation with the worker?",
                             "Was there a reflective discussion after the observation?"))
    if sample.reflective_discussion:
        held = rng.choice(("Yes", "Yes", f"Yes – {when(sample.date + timedelta(days=rng.randint(0, 4)))}", "Y"))
    else:
        held = rng.choice(("No", "No – worker on leave, to be rebooked", "Not yet", "N"))
    row = sheet.pair(discussion, held, bold=True, split=1 if layout == "across" else 2)
    if held in ("Yes", "No") and rng.random() < 0.4:
        dropdown(sheet.ws, sheet.ws.cell(row=row, column=2 if layout == "across" else 3).coordinate, ("Yes", "No"))
    reflection = rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION)
    sheet.pair(rng.choice(("Practitioner's reflection", "Worker's reflections", "My reflection (practitioner)")),
               reflection, height=45, split=1 if layout == "across" else 2)
    sheet.row += 1

    sheet.band(rng.choice(("Actions", "Development actions agreed", "Next steps for the practitioner")),
               fill="DDEBF7", colour="000000")
    shape = rng.choice(("table", "lines")) if sample.actions else "none"
    if shape == "table":
        headers = rng.choice((("Action", "Who", "By when"), ("What", "Lead", "Target date"),
                              ("Action agreed", "By who", "By when")))
        sheet.cell(sheet.row, 1, headers[0], bold=True, fill="EDEDED")
        sheet.merge(sheet.row, 1, width - 2)
        sheet.cell(sheet.row, width - 1, headers[1], bold=True, fill="EDEDED")
        sheet.cell(sheet.row, width, headers[2], bold=True, fill="EDEDED")
        sheet.row += 1
        for action in sample.actions:
            sheet.cell(sheet.row, 1, action.action)
            sheet.merge(sheet.row, 1, width - 2)
            sheet.cell(sheet.row, width - 1, action.owner)
            value, fmt = day(action.due)
            sheet.cell(sheet.row, width, value, fmt=fmt)
            sheet.ws.row_dimensions[sheet.row].height = 30
            sheet.row += 1
    elif shape == "lines":
        for number, action in enumerate(sample.actions, start=1):
            sheet.wide(f"{number}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        sheet.wide(rng.choice(NO_ACTIONS), italic=True)
    sheet.row += 1
    question = rng.choice(("Did anything seen or heard need escalating today?",
                           "Immediate safety concern for a child?",
                           "Any urgent safeguarding concern arising from the observation?"))
    answer = rng.choice(("Yes", "YES", "Y")) if sample.urgent_concern else rng.choice(("No", "No", "N", "None"))
    row = sheet.pair(question, answer, bold=True, split=1 if layout == "across" else 4)
    if answer in ("Yes", "No") and rng.random() < 0.5:
        dropdown(sheet.ws, sheet.ws.cell(row=row, column=2 if layout == "across" else 5).coordinate, ("Yes", "No"))
    if sample.urgent_concern:
        sheet.pair(rng.choice(("If yes – what was done?", "Action taken")), sample.urgent_concern_detail,
                   height=48, split=1 if layout == "across" else 2)

    # --- sign-off and moderation -----------------------------------------------------------
    sheet = sheet_for("sign")
    sheet.band(headings[4])
    split = 1 if layout == "across" else 2
    signed, signed_fmt = day(sample.date + timedelta(days=rng.randint(0, 2)))
    sheet.pair(rng.choice(("Observer signature", "Signed (observer)")), sample.auditor, split=split)
    sheet.pair("Date", signed, fmt=signed_fmt, split=split)
    sheet.pair(rng.choice(("Practitioner signature", "Signed (worker)")),
               sample.practitioner if sample.reflective_discussion else "", split=split)
    sheet.row += 1
    if moderation_shape == "note":
        if moderation:
            _moderation_note(sheet, rng, sample, moderation, ink, when, words)
    elif moderation_shape == "box" or moderation is None:
        _moderation_box(sheet, rng, sample, moderation, ink, day, words, split)
    elif moderation_shape == "inline":
        on, on_fmt = day(moderation.date)
        sheet.pair(rng.choice(("Moderated by (HoS)", "Head of Service")), moderation.moderator, colour=ink,
                   split=split)
        sheet.pair("Date moderated", on, fmt=on_fmt, colour=ink, split=split)
        sheet.pair("HoS comments", " ".join(moderation.comments), colour=ink, height=32, split=split)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date, time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    data = stable_zip(buffer.getvalue())
    return held_out(FAMILY, index, sample, data, "xlsx", others=tuple(present) + tuple(names), also=also)


def _moderated_word(rng: random.Random, grade: str, words: dict) -> str:
    return words[grade] if rng.random() < 0.5 else informal_grade(rng, grade)


def _inline_overall(rng: random.Random, sample, moderation, words: dict, when) -> str:
    """What the Head of Service types beside the overall grade."""
    if moderation.grade is None:
        return f"HoS ({moderation.moderator}, {when(moderation.date)}): read – see comments at sign-off."
    word = _moderated_word(rng, moderation.grade, words)
    if moderation.grade == sample.grade:
        return f"HoS: {word} – agreed ({moderation.moderator}, {when(moderation.date)})"
    return f"HoS: {word} – grade changed at moderation ({moderation.moderator}, {when(moderation.date)})"


def _moderation_note(sheet: _Sheet, rng: random.Random, sample, moderation, ink: str, when, words: dict) -> None:
    """The Head of Service's moderation as one shaded note in their ink."""
    text = f"Head of Service moderation – {moderation.moderator}, {when(moderation.date)}: " + " ".join(
        moderation.comments)
    if moderation.grade is not None:
        word = _moderated_word(rng, moderation.grade, words)
        if moderation.grade == sample.grade:
            text += f" Overall grade confirmed: {word}."
        else:
            text += f" Overall grade changed to {word}."
    sheet.wide(text, colour=ink, fill="F2F2F2", lines=3)


def _moderation_box(sheet: _Sheet, rng: random.Random, sample, moderation, ink: str, day, words: dict,
                    split: int) -> None:
    """Five labelled rows inside a heavy border, typed in ink (or black on some)."""
    sheet.band(rng.choice(("Head of Service moderation", "Moderation (HoS)", "QA – Head of Service")),
               fill="404040")
    labels = (rng.choice(("Head of Service", "Moderator")), rng.choice(("Date", "Date moderated")),
              rng.choice(("Agree with overall grade?", "Grade agreed? (Y/N)")),
              rng.choice(("Moderated grade", "Grade after moderation")), "Comments")
    colour = ink if rng.random() < 0.75 else None
    if moderation:
        on, on_fmt = day(moderation.date)
        agree = grade_text = ""
        if moderation.grade is not None:
            agree = rng.choice(("Yes", "Y")) if moderation.grade == sample.grade else rng.choice(("No", "N"))
            grade_text = _moderated_word(rng, moderation.grade, words)
        values = (moderation.moderator, on, agree, grade_text, " ".join(moderation.comments))
        formats = (None, on_fmt, None, None, None)
    else:
        values = ("", "", "", "", rng.choice(("", "Not selected for moderation this month.", "n/a")))
        formats = (None,) * 5
    top = sheet.row
    for label, value, fmt in zip(labels, values, formats):
        sheet.pair(label, value, fmt=fmt, colour=colour if moderation else None, bold=label == labels[3],
                   height=36 if label == "Comments" else None, split=split)
    bottom = sheet.row - 1
    for row in range(top, bottom + 1):
        for column in range(1, sheet.width + 1):
            cell = sheet.ws.cell(row=row, column=column)
            cell.border = Border(left=THICK if column == 1 else THIN, right=THICK if column == sheet.width else THIN,
                                 top=THICK if row == top else THIN, bottom=THICK if row == bottom else THIN)
