"""Practice observation feedback record: a council's record of a manager
watching an experienced practitioner's direct work with a child or family
(a home visit, a meeting, family time, a session at school or a parents'
group at the family hub) and feeding back afterwards. It is modelled on
practice learning in Northern Ireland, set out by the Northern Ireland Degree
in Social Work Partnership, a regional partnership of universities, colleges
and employers that no other family had used.

What was read, as search excerpts only:

- the Partnership's "Regional Practice Learning Handbook" (August 2014 –
  June 2015, studylib.net/doc/7586669; August 2015 – June 2016,
  ininet.org/practice-learning.html; August 2016 – June 2017,
  docslib.org/doc/13856973): its foreword says the Partnership (formerly
  the Regional Body) was set up in July 2003, after the DHSSPS Minister
  announced in October 2001 that one regional partnership should plan
  social work training across Northern Ireland; its members represent all
  the academic and employer organisations delivering the Degree; the
  handbook is produced each year for the student, the practice teacher,
  the on-site facilitator / supervisor and the line manager. A later page
  of the 2015–16 handbook (ininet.org/practice-learning.html?page=5) lays
  out what a student shows at Level One, Level Two and Level Three, under
  headings such as "Integrated Application": using verbal and non-verbal
  skills of engagement, at the highest level confidently and in response to
  complex and unforeseen situations; undertaking the social work role and
  agency tasks; beginning, then developed, use of self; analysing,
  evaluating and reflecting on practice; awareness of the impact of values,
  beliefs and attitudes on self, the service user and service delivery;
  recognising the significance of power and authority in the worker /
  service user relationship;
- "Back to Basics: A Skill-Based Approach to Assessing Social Work Students
  within Directly-Observed Practice" (Mark Irwin, Field Educator, October
  2014, fieldeducator.simmons.edu): research with final-year students and
  practice teachers in Northern Ireland on direct observation of "live"
  practice; the key components were preparation, agreeing goals, the
  frameworks used and whether the practice teacher intervenes, with strong
  support for the observer's professional discretion to step in; effective
  communication was the central theme. It names the Partnership as the
  regional body planning social work training.

Neither shows a form. Our own judgement: that an English council (Ofsted's
four grades, a Head of Service's moderation) would use a feedback record
for post-qualifying observation of its practitioners built on those ideas –
preparation and the goals agreed beforehand, the framework the practitioner
used, whether the observer stepped in, and five criteria named after the
handbook's descriptors (the names and the "what good looks like" lines
under them are ours, not the handbook's text), each with evidence and a
grade; every other label, prompt and sentence, and the layout itself.

What varies: the council's line as a heading or in the page header; a
summary panel with the overall evaluation at the top of the record on
some files, at the end on the rest; the details as a two-column table,
strips of labels over values or tabbed lines (the observer with or without
a role, the team off some, the service off some, plain or prefixed case
references, a date of birth on some, brothers and sisters with ages or
dates of birth on five, one of them named in the evidence, the parents at
a group by name); the criteria as one grid with a descriptor column, a
grid with four grade columns or headed blocks; grades typed informally, a
number on a printed 1–4 key either way round, highlighted or emboldened
among the four, the others struck through, a mark under four grade
columns or a Word drop-down; the overall evaluation ("Overall evaluation
of the practice observed") the same way or another; what went well and
what could be better as paragraphs, numbered points or side by side; the
reflective discussion and safety answers typed, ticked or with the other
answer struck through (four safety answers yes); the practitioner's
reflection and the family's feedback; learning actions as a table,
"Action n:" lines or a "no actions" sentence; sign-off by the observer and
the practitioner; and the Head of Service's moderation (four changing the
grade, three confirming it, three only commenting) typed in a colour that
is not red as a labelled box or through the form (remarks under criteria,
an "HoS" line under the overall evaluation), or in black in a heavy-bordered
shaded box; on the rest an empty box, an "awaiting" note or nothing.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml.ns import qn

from bot.samples import OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_dropdown, shade, sub
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.population import sample_forms

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    attendees,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "practice_observation_feedback_record"
SEED = 10053
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's five criteria (its own names), each with what good looks like.
CRITERIA = (
    ("Engagement and communication",
     "Uses verbal and non-verbal skills with confidence; adapts to the child's age and to the unexpected."),
    ("Purpose and the practitioner's role",
     "Explains why they are there and what will happen; keeps the session to the goals agreed beforehand."),
    ("Values, power and authority",
     "Aware of the power in the relationship; respectful, fair and honest about the worries."),
    ("Use of self",
     "Manages their own feelings and responses; uses their personality and experience purposefully."),
    ("Analysis, evaluation and reflection",
     "Makes sense of what they see and hear during the session and reflects on it afterwards."),
)
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
# The observer's evidence for a criterion, by the grade given; none names a grade.
EVIDENCE = {
    OUTSTANDING: (
        "Highly skilled throughout; {child} visibly relaxed and joined in.",
        "Handled a tense moment with real calm and kept everyone with them.",
        "An example I would like to share with the team at the next practice forum.",
    ),
    GOOD: (
        "Clear and consistent; checked understanding before moving on.",
        "Well prepared and respectful with the parents.",
        "Evident in how the practitioner spoke with {child} and the adults present.",
        "Sound throughout, with one small point we talked through afterwards.",
    ),
    REQUIRES_IMPROVEMENT: (
        "Seen at times but not consistently across the session.",
        "Lost the thread when the conversation became difficult; we discussed this afterwards.",
        "More preparation needed – the practitioner had not read the latest school report.",
    ),
    INADEQUATE: (
        "Not evident during the observation.",
        "Missed important cues about {child}; discussed at length afterwards.",
        "Significant gaps that need picking up in supervision this week.",
    ),
}
TITLES = ("Practice Observation Feedback Record", "Observation of Direct Practice – Feedback Record",
          "PRACTICE OBSERVATION: FEEDBACK AND LEARNING RECORD", "Direct Practice Observation and Feedback")
GUIDANCE = (
    "Agree the goals of the observation with the practitioner beforehand and make sure the family have agreed to "
    "an observer being present. Give feedback within five working days and complete this record together.",
    "The observer completes sections 1 to 4 and 6; the practitioner adds their reflection at section 5. Rate each "
    "criterion on what you saw, not on the case record.",
)
OVERALL_LABELS = ("Overall evaluation of the practice observed", "OVERALL EVALUATION OF PRACTICE OBSERVED",
                  "Overall evaluation of the observed practice")
GOALS = (
    "To be clearer with the parents about what needs to change and by when.",
    "To give {child} space to speak and to follow their lead.",
    "To keep the meeting to time and to the plan.",
    "To use a direct work tool with {child} and record their words.",
    "To explain my role and why we are involved, without jargon.",
)
GROUP_GOALS = ("To make sure every parent in the group has a chance to speak.",
               "To keep the session to its plan while responding to what parents bring.")
FRAMEWORKS = ("Signs of Safety", "Restorative practice", "Systemic practice", "Our practice framework",
              "Strengths-based / relational practice")
STEPPED_IN = ("No", "No – observed only", "No, observed throughout", "Yes, briefly – to confirm the date of the "
              "next meeting with the parent")
LEVELS = {"social": ("Experienced social worker", "Senior practitioner", "Advanced practitioner",
                     "Social worker (3 years qualified)"),
          "early_help": ("Early Help practitioner", "Family support worker", "Senior family support worker")}
CONSENTS = ("Yes – parent agreed by phone the day before", "Verbal consent at the start of the visit", "Yes",
            "Yes – parent and young person agreed")
MEETING_CONSENTS = ("Chair and family agreed in advance", "Yes – agreed with the chair and parents")
GROUP_CONSENTS = ("Group told at the start; no one objected", "Parents agreed at the start of the session")
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
REFLECTIONS = (
    "I felt more nervous than usual being watched, but the family were relaxed and so was I after a while.",
    "Looking back, I filled the silences too quickly and should have let {child} lead.",
    "The feedback helped me see how I come across when I talk about the worries with parents.",
    "I want to plan my opening more carefully so the family know why I am there.",
    "I hadn't noticed how often I used our own shorthand until it was pointed out.",
)
FAMILY_FEEDBACK = (
    "Mum said the practitioner \"listened properly\" and that she knew what would happen next.",
    "{child} said they liked the drawing and would like the practitioner to come back.",
    "Dad said the visit was fair and that things were explained clearly.",
    "The family did not want to comment on the day.",
    "Mum said she felt rushed at the end.",
)
MEETING_FEEDBACK = (
    "Dad said he found the meeting hard but that the practitioner was fair.",
    "Mum said she understood the plan better after it was gone through with her beforehand.",
    "The family did not want to comment on the day.",
)
GROUP_FEEDBACK = (
    "Two parents said this was the most useful session so far.",
    "{name} said the practitioner made everyone feel welcome.",
    "Parents asked for more time on bedtime routines next week.",
)
SIBLING_LINES = (
    " {name} was at home too and was included well.",
    " The practitioner also made time for {name}, who was keen to join in.",
)
URGENT_DETAILS = (
    "During the visit {child} said mum's partner had hit them last week. We told the duty manager before leaving "
    "and a strategy discussion was held that afternoon.",
    "Home conditions had deteriorated badly (no food in the house, exposed wiring in {child}'s bedroom). Head of "
    "Service told the same day; a safety plan was agreed with the parent before we left.",
    "{child} had a mark on their cheek that the parent could not explain. Discussed with the duty Practice Manager "
    "straight away and a child protection medical was arranged.",
)
MEETING_URGENT_DETAILS = (
    "During the meeting mum said her ex-partner, who is not allowed contact, has been staying at the house. Raised "
    "with the chair and the duty Practice Manager straight after; police informed the same day.",
    "School reported at the meeting that {child} had not been collected for three days. Escalated to the Head of "
    "Service that afternoon and {child} was seen the same day.",
)
NO_ACTIONS = ("No learning actions needed from this observation.",
              "No further actions required at this time – keep doing what you are doing.",
              "None – practice to be revisited at the next observation.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not selected for moderation this month.")
CHANGE_NOTES = ("Having read the evidence under each criterion I have moved the overall evaluation.",
                "The evidence recorded supports a different overall evaluation; amended after talking it through "
                "with the observer.")
CONFIRM_NOTES = ("I agree with the observer's overall evaluation.", "Evaluation confirmed – well evidenced.")
REMARKS = ("Useful feedback. Please make sure the learning is followed up in supervision.",
           "Read. Good to see the family's views recorded.")
CRITERION_REMARKS = ("Agree – well evidenced.", "Please pick this up in supervision.", "Agree with the observer.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}


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


def _weekday(day: date) -> date:
    """The working day on or before `day`."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _criterion_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen = _observations(today, count)
    with_child = [index for index, form in enumerate(chosen) if form.case_id is not None]
    urgent = set(rng.sample(with_child, min(4, len(with_child))))
    brothers = set(rng.sample(with_child, min(5, len(with_child))))
    order = [index for index in range(len(chosen)) if head_of_service_over(_staff(chosen[index].auditor))]
    rng.shuffle(order)
    outcomes = dict.fromkeys(order[:4], "changes") | dict.fromkeys(order[4:7], "confirms") \
        | dict.fromkeys(order[7:10], "comments")
    forms = []
    for index, sample in enumerate(chosen):
        if index in urgent:
            details = MEETING_URGENT_DETAILS if sample.setting in MEETINGS else URGENT_DETAILS
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(details), sample.child.first_name))
        outcome = outcomes.get(index)
        if outcome:
            head = head_of_service_over(_staff(sample.auditor))
            grade: str | None = sample.grade
            if outcome == "changes":
                position = GRADES4.index(sample.grade)
                grade = GRADES4[position + 1] if position < 2 else GRADES4[position - 1]
                note = rng.choice(CHANGE_NOTES)
            elif outcome == "confirms":
                note = rng.choice(CONFIRM_NOTES)
            else:
                grade, note = None, rng.choice(REMARKS)
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=min(_weekday(sample.date + timedelta(days=rng.randint(3, 12))), today),
                comments=(note,), grade=grade))
        elif sample.moderation is not None:
            sample = replace(sample, moderation=None)
        forms.append(_form(rng, index, sample, today, index in brothers))
    return forms


def _heavy_borders(grid, colour: str = "000000") -> None:
    """Give a table thick outside borders, as a moderation box is drawn."""
    properties = grid._tbl.tblPr
    borders = properties.find(qn("w:tblBorders"))
    if borders is None:
        borders = properties.makeelement(qn("w:tblBorders"), {})
        later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption")}
        following = next((child for child in properties if child.tag in later), None)
        if following is None:
            properties.append(borders)
        else:
            following.addprevious(borders)
    for side in ("top", "left", "bottom", "right"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "18", "w:space": "0", "w:color": colour})
    for side in ("insideH", "insideV"):
        sub(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "808080"})


def _form(rng: random.Random, index: int, sample, today: date, with_brothers: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    ids = ControlIds(rng)
    words = rng.choice(GRADE_WORDS)
    key = rng.choice(KEYS)
    columns = rng.choice(GRADE_COLUMNS)
    symbol = rng.choice(MARKS)
    details_shape = rng.choice(("two", "strips", "lines"))
    criteria_shape = rng.choice(("grid", "columns", "blocks"))
    style = "columns" if criteria_shape == "columns" else rng.choice(
        ("typed", "key", "highlight", "bold", "strike", "dropdown"))
    overall_style = style if style != "columns" and rng.random() < 0.6 else rng.choice(
        ("typed", "key", "highlight", "bold", "strike", "dropdown", "columns"))
    summary_first = rng.random() < 0.4
    lists_shape = rng.choice(("paragraphs", "numbers", "side"))
    answer_shape = rng.choice(("typed", "boxes", "strike"))
    actions_shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    moderation = sample.moderation
    moderation_look = rng.choice(("box", "through", "black")) if moderation else rng.choice(("empty", "note", "none"))
    group = sample.case_id is None
    child = sample.child
    first_name = child.first_name if child else None
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    family = siblings(rng, child, rng.randint(1, 2), today) if with_brothers and child else []

    # The sample as this form carries it.
    grades = _criterion_grades(rng, sample.grade, len(CRITERIA))
    pools = {grade: rng.sample(EVIDENCE[grade], len(EVIDENCE[grade])) for grade in GRADES4}
    comments = []
    for number, grade in enumerate(grades):
        texts = [text for text in pools[grade] if child or "{child}" not in text]
        comments.append(fill(texts[number % len(texts)], first_name))
    if family:
        spot = rng.randrange(len(comments))
        comments[spot] += rng.choice(SIBLING_LINES).format(name=family[0][0].split()[0])
    changes: dict = {"sections": tuple(Section(name, grade, comment)
                                       for (name, _), grade, comment in zip(CRITERIA, grades, comments))}
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_team = rng.random() < 0.8
    show_service = rng.random() < 0.6
    if not show_team:
        changes["team"] = None
    if not show_service:
        changes["service"] = None
    if moderation and moderation_look == "through":
        remarked = rng.sample([name for name, _ in CRITERIA], rng.randint(1, 2))
        moderation = replace(moderation, section_comments={name: rng.choice(CRITERION_REMARKS) for name in remarked})
        changes["moderation"] = moderation
    sample = replace(sample, **changes)
    also: list[str] = []

    document = new_document(rng)
    line = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], line, bold=True, colour=brand, size=9)
    else:
        paragraph(document, line, bold=True, colour=brand, size=10)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    paragraph(document, rng.choice(GUIDANCE), italic=True, size=9)

    numbering = rng.choice(("{n}. {text}", "Section {n} – {text}", "{n}  {text}"))

    def part(number: int, text: str) -> None:
        brand_heading(document, numbering.format(n=number, text=text), brand)

    def grade_in(target_paragraph, grade: str, how: str) -> None:
        if how == "typed":
            run(target_paragraph, informal_grade(rng, grade, note_chance=0.15))
        elif how == "key":
            run(target_paragraph, str(key[grade]), bold=True)
        elif how == "dropdown":
            content_dropdown(target_paragraph._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Rating")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target_paragraph, " / " if how == "strike" else "   ")
                chosen = option == grade
                run(target_paragraph, words[option], highlight=chosen and how == "highlight",
                    bold=chosen and how in ("bold", "highlight"), strike=not chosen and how == "strike")

    def print_key() -> None:
        ordered = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Rating key:   " + "    ".join(f"{key[grade]} = {GRADE_WORDS[0][grade]}"
                                                            for grade in ordered), italic=True, size=9)

    def hos_line() -> None:
        """The Head of Service typing under the overall evaluation."""
        if not moderation or moderation_look != "through":
            return
        said = paragraph(document, f"HoS ({moderation.moderator}, {when(moderation.date)}): ", colour=ink, bold=True)
        if moderation.grade:
            agreed = moderation.grade == sample.grade
            verdict = rng.choice(("agree", "Agree")) if agreed else rng.choice(("do not agree", "Disagree"))
            run(said, f"{verdict} – moderated evaluation ", colour=ink)
            run(said, informal_grade(rng, moderation.grade) if rng.random() < 0.5 else words[moderation.grade],
                colour=ink, bold=True)
            run(said, ". ", colour=ink)
        run(said, " ".join(moderation.comments), colour=ink)

    def overall() -> None:
        overall_label = rng.choice(OVERALL_LABELS)
        if overall_style == "key":
            print_key()
        if overall_style == "columns":
            box = table(document, 2, 1 + len(columns))
            merged = box.cell(0, 0).merge(box.cell(1, 0))
            label(merged, overall_label, "E2EFDA")
            for cell, (_, text) in zip(box.rows[0].cells[1:], columns):
                label(cell, text, "E2EFDA")
            for cell, (option, _) in zip(box.rows[1].cells[1:], columns):
                if option == sample.grade:
                    mark(cell, symbol)
        else:
            box = table(document, 1, 2)
            label(box.cell(0, 0), overall_label, "E2EFDA")
            grade_in(box.cell(0, 1).paragraphs[0], sample.grade, overall_style)
        hos_line()
        document.add_paragraph()

    if summary_first:
        brand_heading(document, rng.choice(("Summary", "At a glance")), brand, size=11)
        overall()

    # --- 1. The observation ------------------------------------------------------------------
    part(1, rng.choice(("About the observation", "The observation")))
    kind = "early_help" if (sample.service == EARLY_HELP or "Early Help" in (sample.team or "")
                            or _staff(sample.practitioner) and _staff(sample.practitioner).service == EARLY_HELP) \
        else "social"
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    rows: list[tuple[str, str]] = [
        (rng.choice(("Observer (name and role)", "Observed by", "Observer")), observer_text),
        (rng.choice(("Practitioner observed", "Practitioner", "Worker observed")), sample.practitioner),
        (rng.choice(("Practitioner's level", "Role / experience")), rng.choice(LEVELS[kind])),
    ]
    if show_team:
        rows.append((rng.choice(("Team", "Practitioner's team")), sample.team))
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed", "Observation date")), when(sample.date)))
    if rng.random() < 0.4:
        rows.append(("Time", rng.choice(("10.00am – 11.15am", "1.30pm – 2.45pm", "4pm – 5pm", "09:30–10:40"))))
    rows.append((rng.choice(("Setting / activity observed", "What was observed", "Setting")), sample.setting))
    if group:
        rows.append((rng.choice(("Case reference", "Ref")), rng.choice(("N/A – group session", "n/a (group work)"))))
        rows.append((rng.choice(("Parents / carers attending", "Who attended")), ", ".join(present)))
        consent = rng.choice(GROUP_CONSENTS)
    else:
        rows.append((rng.choice(("Case reference", "Child's ID", "LCS number", "Ref")), sample.case_id))
        rows.append((rng.choice(("Child's name", "Child / young person")), child.full_name))
        if rng.random() < 0.4:
            born = when(child.date_of_birth)
            also.append(born)
            rows.append((rng.choice(("Date of birth", "DOB")), born))
        if family:
            if rng.random() < 0.5:
                listed = ", ".join(f"{name} ({_age(born, today)})" for name, born in family)
            else:
                listed = "; ".join(f"{name} (born {when(born)})" for name, born in family)
                also.extend(when(born) for _, born in family)
            rows.append((rng.choice(("Brothers and sisters", "Other children in the household")), listed))
        if sample.setting not in MEETINGS and rng.random() < 0.5:
            rows.append(("Also present", " and ".join(child.parents)))
        consent = rng.choice(MEETING_CONSENTS if sample.setting in MEETINGS else CONSENTS)
    rows.append((rng.choice(("Family's consent to the observation", "Consent obtained?")), consent))

    if details_shape == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif details_shape == "strips":
        width = 3
        for start in range(0, len(rows), width):
            chunk = rows[start:start + width]
            strip = table(document, 2, width)
            for position, (text, value) in enumerate(chunk):
                label(strip.cell(0, position), text, "DDEBF7")
                write(strip.cell(1, position), value)
    else:
        for text, value in rows:
            typed = paragraph(document, f"{text}:", bold=True)
            run(typed, "\t" + value)
    document.add_paragraph()

    # --- 2. Preparation ------------------------------------------------------------------------
    part(2, rng.choice(("Preparation and goals agreed", "Before the observation")))
    goals = GROUP_GOALS if group else [goal for goal in GOALS if child or "{child}" not in goal]
    prep = table(document, 3, 2)
    label(prep.cell(0, 0), rng.choice(("Goals agreed beforehand", "What we agreed to look at")), "F2F2F2")
    write(prep.cell(0, 1), fill(rng.choice(goals), first_name))
    label(prep.cell(1, 0), rng.choice(("Practice framework used", "Framework / model")), "F2F2F2")
    write(prep.cell(1, 1), rng.choice(FRAMEWORKS))
    label(prep.cell(2, 0), rng.choice(("Did the observer step in during the session?", "Observer intervened?")),
          "F2F2F2")
    write(prep.cell(2, 1), rng.choice(STEPPED_IN))
    document.add_paragraph()

    # --- 3. The criteria ------------------------------------------------------------------------
    part(3, rng.choice(("What I saw: the five criteria", "Evidence against the criteria")))
    if style == "key":
        print_key()
    remarks = moderation.section_comments if moderation and moderation_look == "through" else {}
    descriptor_label = rng.choice(("What good looks like", "Descriptor"))
    evidence_label = rng.choice(("Evidence", "What I saw and heard", "Evidence from the observation"))
    rating_label = {"typed": "Rating", "key": "Rating (1–4, see key)", "dropdown": "Rating",
                    "highlight": "Rating – highlight one", "bold": "Rating – embolden one",
                    "strike": "Rating – delete as appropriate", "columns": "Rating"}[style]
    if criteria_shape in ("grid", "columns"):
        width = 3 + (len(columns) if style == "columns" else 1)
        grid = table(document, len(CRITERIA) + 1, width)
        label(grid.cell(0, 0), "Criterion", "DDEBF7")
        label(grid.cell(0, 1), descriptor_label, "DDEBF7")
        label(grid.cell(0, 2), evidence_label, "DDEBF7")
        if style == "columns":
            for cell, (_, text) in zip(grid.rows[0].cells[3:], columns):
                label(cell, text, "DDEBF7")
        else:
            label(grid.cell(0, 3), rating_label, "DDEBF7")
        for row, (name, descriptor), section in zip(grid.rows[1:], CRITERIA, sample.sections):
            write(row.cells[0], name, bold=True)
            write(row.cells[1], descriptor, italic=True, size=8)
            write(row.cells[2], section.comment)
            if name in remarks:
                write(row.cells[2], f"HoS: {remarks[name]}", colour=ink)
            if style == "columns":
                for cell, (option, _) in zip(row.cells[3:], columns):
                    if option == section.grade:
                        mark(cell, symbol)
            else:
                grade_in(row.cells[3].paragraphs[0], section.grade, style)
    else:
        for number, ((name, descriptor), section) in enumerate(zip(CRITERIA, sample.sections), start=1):
            paragraph(document, f"{number}. {name}", bold=True, colour=brand)
            paragraph(document, f"{descriptor_label}: {descriptor}", italic=True, size=9)
            said = paragraph(document, f"{evidence_label}: ", bold=True)
            run(said, section.comment)
            if name in remarks:
                paragraph(document, f"HoS: {remarks[name]}", colour=ink)
            graded = paragraph(document, f"{rating_label}: ", bold=True)
            grade_in(graded, section.grade, style)
    document.add_paragraph()

    if not summary_first:
        overall()

    # --- 4. Feedback ------------------------------------------------------------------------------
    part(4, rng.choice(("Feedback to the practitioner", "Feedback")))
    went_well = rng.choice(("What went well", "What went well?", "Strengths observed"))
    better = rng.choice(("What could be better", "Even better if", "What could be better?"))
    if lists_shape == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), went_well, "E2EFDA")
        label(grid.cell(0, 1), better, "FCE4D6")
        for item in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {item}")
        for item in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {item}")
    else:
        for heading, items in ((went_well, sample.strengths), (better, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if lists_shape == "numbers" else item)
    document.add_paragraph()

    def answer(target_paragraph, yes: bool, *, yes_text: str = "Yes", no_text: str = "No") -> None:
        if answer_shape == "boxes":
            run(target_paragraph, f"{CHECKED_BOX if yes else UNCHECKED_BOX} Yes   "
                                  f"{UNCHECKED_BOX if yes else CHECKED_BOX} No")
        elif answer_shape == "strike":
            run(target_paragraph, "Yes", strike=not yes, bold=yes)
            run(target_paragraph, " / ")
            run(target_paragraph, "No", strike=yes, bold=not yes)
        else:
            run(target_paragraph, yes_text if yes else no_text)

    # --- 5. Reflection and the family's voice ------------------------------------------------------
    part(5, rng.choice(("Reflection and the family's voice",
                           "The practitioner's reflection and the family's feedback")))
    asked = paragraph(document, rng.choice(("Was a reflective discussion held after the observation? ",
                                            "Reflective conversation held with the practitioner? ")), bold=True)
    answer(asked, bool(sample.reflective_discussion), yes_text=rng.choice(("Yes", "Yes – the same day")),
           no_text=rng.choice(("No", "No – to be picked up in supervision")))
    box = table(document, 2, 1)
    label(box.cell(0, 0), rng.choice(("Practitioner's reflection", "My reflection (practitioner to complete)")),
          "F2F2F2")
    thoughts = [thought for thought in REFLECTIONS if child or "{child}" not in thought]
    write(box.cell(0, 0), " ".join(fill(thought, first_name) for thought in rng.sample(thoughts, rng.randint(1, 2))))
    label(box.cell(1, 0), rng.choice(("Feedback from the child / family", "What the family said")), "F2F2F2")
    if group:
        write(box.cell(1, 0), rng.choice(GROUP_FEEDBACK).format(name=present[-1].split()[0]))
    else:
        pool = [text for text in (MEETING_FEEDBACK if sample.setting in MEETINGS else FAMILY_FEEDBACK)]
        write(box.cell(1, 0), fill(rng.choice(pool), first_name))
    document.add_paragraph()

    safety = paragraph(document, rng.choice(("Was there an immediate concern for a child's safety? ",
                                             "Did anything seen need an urgent safeguarding response? ")), bold=True)
    answer(safety, sample.urgent_concern, yes_text=rng.choice(("Yes", "YES")), no_text=rng.choice(("No", "None")))
    if sample.urgent_concern:
        detail = paragraph(document, "If yes, what was done: ", bold=True)
        run(detail, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- 6. Learning actions ------------------------------------------------------------------------------
    part(6, rng.choice(("Learning actions", "Learning and development actions")))
    if actions_shape == "table":
        headers = rng.choice((("Learning action", "Who", "By when"), ("Action", "Lead", "Target date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    elif actions_shape == "lines":
        for number, action in enumerate(sample.actions, start=1):
            paragraph(document, f"Action {number}: {action.action}  Who: {action.owner}  By: {when(action.due)}")
    else:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    document.add_paragraph()

    # --- 7. Sign-off ------------------------------------------------------------------------------------
    part(7, rng.choice(("Sign-off", "Signatures")))
    signed = min(_weekday(sample.date + timedelta(days=rng.randint(0, 4))), today)
    sign = table(document, 3, 3)
    for cell, text in zip(sign.rows[0].cells, ("", "Name", "Date")):
        label(cell, text, "F2F2F2")
    label(sign.cell(1, 0), "Observer")
    write(sign.cell(1, 1), sample.auditor)
    write(sign.cell(1, 2), when(signed))
    label(sign.cell(2, 0), "Practitioner")
    write(sign.cell(2, 1), sample.practitioner)
    write(sign.cell(2, 2), when(signed))
    document.add_paragraph()

    # --- Head of Service moderation ---------------------------------------------------------------------
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS moderation"))
    box_labels = (rng.choice(("Moderated by", "Head of Service")), rng.choice(("Date moderated", "Date")),
                  rng.choice(("Agree with the observer's evaluation?", "Agree with overall evaluation?")),
                  rng.choice(("Moderated evaluation", "Evaluation after moderation")),
                  rng.choice(("Comments", "Head of Service comments")))
    if moderation_look in ("box", "black"):
        brand_heading(document, heading, brand, size=11)
        values = [moderation.moderator, when(moderation.date), "", "", "\n".join(moderation.comments)]
        if moderation.grade:
            values[2] = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(
                ("No", "Disagree"))
            values[3] = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
        colour = ink if moderation_look == "box" else None
        box = table(document, 5, 2)
        for row, text, value in zip(box.rows, box_labels, values):
            label(row.cells[0], text, "EDEDED")
            if value:
                write(row.cells[1], value, colour=colour, bold=value == values[3])
        if moderation_look == "black":
            for row in box.rows:
                shade(row.cells[1]._tc, "FFF2CC")
            _heavy_borders(box)
    elif moderation_look == "empty":
        brand_heading(document, heading, brand, size=11)
        box = table(document, 5, 2)
        for row, text in zip(box.rows, box_labels):
            label(row.cells[0], text, "EDEDED")
    elif moderation_look == "note":
        brand_heading(document, heading, brand, size=11)
        paragraph(document, rng.choice(NOT_MODERATED), italic=True)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(present) + tuple(name for name, _ in family)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=tuple(also))
