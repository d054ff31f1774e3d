"""First-year direct practice observation: the record an assessor (the
newly qualified worker's practice manager) keeps of watching the worker's
direct work with a child or family – a home visit, a meeting, family time,
a session at school or a parents' group at the family hub – during the
worker's assessed and supported first year in practice (the ASYE for
social workers; the same form is used for new Early Help practitioners).
The record says which of the year's three observations it is and at what
stage; what the worker and the assessor agreed beforehand to look at; who
observed whom, when and where, how the family consented, the child and case
reference (with brothers and sisters on some) or the parents who came to a
group; six first-year standards, each with what the assessor looks for,
the evidence seen and a grade; the holistic judgement; what went well and
what would make it even better; the worker's written reflection and
whether a reflective discussion was held; what the family said; whether
anything seen needed an immediate safeguarding response; learning actions
for the worker's development plan; sign-off by the assessor, the worker
and the programme lead who countersigns; and the Head of Service's
moderation.

The bodies the brief named could not be used: Skills for Care's and the
Department for Education's material on the ASYE for child and family
social workers and the Knowledge and Skills Statement was found ("The ASYE
for child and family services" on Skills for Care's preview site: Skills
for Care no longer supports employers of NQSWs in child and family
services preparing for assessment under the Knowledge and Skills
statement, its contract with the DfE having ended; three levels of
practice – Approved Child and Family Practitioner, practice supervision,
practice leadership; and a careappointments.com summary of the DfE's
updated knowledge and skills statements, the basis of the national
assessment and accreditation system for frontline practitioners, practice
supervisors and practice leaders), but "ASYE", "Skills for Care", the
"Knowledge and Skills Statement", "Assessed and Supported" and the
"Department for Education" are all already named by other held-out
families, and Hampshire's NQSW guide to direct observation (also found) by
another. So this family is modelled instead on the Scottish Social
Services Council (SSSC) and its Newly Qualified Social Worker (NQSW)
Supported Year, which no family had used. What was read, as search
excerpts:

- "Learning from the NQSW pilots and next steps" (SSSC news, 2 July 2020,
  news.sssc.uk.com/news/nqsw-pilots-and-next-steps): pilots with
  Aberdeenshire Council, Angus Council and Learning Network West of a
  supported and assessed first year; common to all NQSWs were protected
  learning time, a restricted caseload, regular reflective supervision,
  induction and learning opportunities, a mid and end point assessment of
  the NQSW's development and progress against six draft benchmark
  standards written for the pilot, and assessments carried out by a
  qualified and registered social worker; the draft standards were found a
  relevant, user-friendly framework to mark progression, and developmental
  feedback with an individual development plan agreed at the beginning,
  mid and end point was found beneficial;
- "Update on newly qualified social worker supported and assessed year
  pilot" (SSSC news, 1 August 2019): NQSWs assessed at two points against
  the draft standards; at the midpoint managers give feedback on areas of
  strength and areas for further development, at the end they assess
  whether the standards are met;
- "NQSW supervision resource 11 – Seven-eyed model for one-to-one
  supervision" (nqsw.sssc.uk.com, 6 April 2021): the modes of the
  seven-eyed model combined with the draft standards for the NQSW
  Supported Year, naming the "NQSW characteristics" critical thinking,
  professional judgement and decision making; communication, engagement
  and relationship-based professional practice; promoting wellbeing,
  support and protection; use of knowledge, research and evidence in
  practice; working with complexity in unpredictable and ambiguous
  contexts; and self-awareness and reflexivity (the excerpt stops there);
- "NQSW Supported Year" (nqsw.sssc.uk.com): the supported year is for all
  NQSWs registered with the SSSC, developmental in nature, promoting
  professional identity; employer support covers peer support and
  mentoring, induction, professional development, professional support,
  continuous professional learning and protected caseload and time;
  national rollout from October 2024.

None of these shows an observation form. Our own judgement: that an
English council (Ofsted's four grades, a Head of Service's moderation)
would observe its first-year workers' direct practice against six
standards of its own wording after those six characteristics (the names
are ours, not the SSSC's text), three observations to the year at the
beginning, middle and end; the two learning focuses agreed beforehand;
every label, prompt and sentence; the programme lead's countersignature;
the layout itself.

What varies: the council's line as a heading or in the page header; the
details as a two-column table, two pairs to a row or "Label: value" lines,
with the assessor with or without a role, the service on most files, plain
or prefixed case references, a date of birth on some, brothers and sisters
(with ages or dates of birth) on five, the parents attending a group by
name; the date of observation typed in one of seven spellings or in a Word
date picker; the standards as cards (name and grade over the prompt and
evidence), one grid, or headed paragraphs; grades typed informally, a
number on a printed key either way round, the chosen option highlighted or
emboldened among the four, the others struck through, a mark under four
grade columns (either order) or a Word drop-down; the holistic judgement
the same way or another; went well / even better if side by side, as
bullets or numbered; the reflective discussion and safety answers typed,
ticked or with the other answer struck through (three safety answers yes);
actions as a table, numbered lines or a "no actions" sentence; and the
Head of Service's moderation typed in a colour that is not red as lines or
a table, or in a heavy-bordered box (black or in the colour), changing the
grade (3), confirming it (2) or only commenting, or an "awaiting" note.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from bot.samples import OBSERVATION, STAFF, Moderation, Section
from bot.samples.ooxml import CHECKED_BOX, UNCHECKED_BOX, ControlIds, content_date, content_dropdown, shade, sub
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.population import sample_forms
from bot.samples.wording import WORD_DATE_STYLES, format_date, word_date_format

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

FAMILY = "asye_direct_practice_observation"
SEED = 10017
GRADES4 = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)

# The council's six first-year standards (its own wording), each with what
# the assessor looks for.
STANDARDS = (
    ("Building relationships and communicating with the family",
     "Warm, honest, purposeful; explains their role; adapts how they speak to the child's age and needs."),
    ("Analysis, judgement and decision making",
     "Weighs what they see and hear; tests what they think is happening; is clear about next steps."),
    ("Keeping the child safe and promoting wellbeing",
     "Notices risk and need; keeps the child's safety and day-to-day life in view throughout."),
    ("Drawing on knowledge, research and evidence",
     "Uses law, policy, theory and research in a way the family can understand."),
    ("Managing complexity and uncertainty",
     "Stays steady when things are unclear or contested; holds several views at once."),
    ("Use of self and reflection",
     "Aware of their own feelings, values and impact; open to feedback and learning."),
)
GRADE_WORDS = (
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
     INADEQUATE: "Inadequate"},
    {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement to be good",
     INADEQUATE: "Inadequate"},
)
KEYS = ({OUTSTANDING: 1, GOOD: 2, REQUIRES_IMPROVEMENT: 3, INADEQUATE: 4},
        {OUTSTANDING: 4, GOOD: 3, REQUIRES_IMPROVEMENT: 2, INADEQUATE: 1})
# The assessor's evidence for a standard, by the grade given; no sentence
# names a grade.
EVIDENCE = {
    OUTSTANDING: (
        "Exceptionally skilled for a first-year worker; {child} clearly trusted them and said so.",
        "Confident and well judged throughout – an example to share with the team.",
        "Consistently excellent; the family were fully part of the conversation.",
    ),
    GOOD: (
        "Clear and consistent throughout.",
        "Sound practice; one small point talked through afterwards.",
        "Evident in how the worker spoke with {child} and the parents.",
        "Well prepared and respectful; checked understanding before moving on.",
    ),
    REQUIRES_IMPROVEMENT: (
        "Seen at times but not consistently; we talked about this afterwards.",
        "Some gaps – the worker needs more preparation before sessions like this one.",
        "Started well but lost focus when the conversation became difficult.",
    ),
    INADEQUATE: (
        "Not evident during the observation.",
        "Significant gaps that need picking up in supervision this week.",
        "Missed important cues about {child}; discussed at length afterwards.",
    ),
}
TITLES = ("ASYE Direct Observation of Practice", "Direct Practice Observation – First Year in Practice",
          "ASSESSED FIRST YEAR: DIRECT PRACTICE OBSERVATION", "Newly Qualified Worker – Direct Observation Record")
STAGES = (("1", "early in the year (first three months)"), ("2", "mid-point review"),
          ("3", "end point – before the final assessment"))
PROGRAMMES = {"social": ("ASYE – child and family social work", "Social worker in the ASYE"),
              "early_help": ("First year in practice – Early Help practitioner",
                             "Early Help practitioner, supported first year")}
GUIDANCE = (
    "Agree the focus of the observation with the worker beforehand and make sure the family have agreed to an "
    "observer being present. Complete this record within five working days and talk it through with the worker.",
    "The assessor completes Parts A to F; the worker adds their reflection. Grade each standard on the evidence you "
    "saw and agree learning actions for the development plan.",
)
NQSW_FOCUS = (
    "How I explain my role and why I am involved.",
    "Whether I give {child} enough time to talk.",
    "Keeping the meeting to time and to the plan.",
    "How I respond when a parent disagrees with me.",
    "Using a direct work tool with {child}.",
)
ASSESSOR_FOCUS = (
    "Analysis: whether the worker tests what they are told.",
    "How the child's day-to-day life is kept in view.",
    "Use of plain language with the family.",
    "Confidence in stating the worries clearly.",
)
CONSENTS = ("Yes – parent agreed by phone the day before", "Verbal consent at the start of the visit", "Yes",
            "Yes – parent and young person agreed")
MEETING_CONSENTS = ("Chair and family agreed in advance", "Yes – agreed with the chair and parents")
GROUP_CONSENTS = ("Group told at the start; no one objected", "Parents agreed at the start of the session")
MEETINGS = ("Child protection conference", "Core group meeting", "Child in care review")
REFLECTIONS = (
    "I was nervous being observed but the family soon relaxed and so did I.",
    "Looking back, I talked too much at the start and should have let {child} lead.",
    "I want to plan my questions more carefully before the next visit.",
    "The feedback helped me see how I come across when I explain the worries to parents.",
    "Next time I would like to try the three houses with {child} on my own.",
    "I hadn't noticed how often I used jargon until my assessor pointed it out.",
)
FAMILY_FEEDBACK = (
    "Mum said the worker \"actually listened this time\" and that she knew what would happen next.",
    "{child} said they liked the drawing activity and would like the worker to come back.",
    "Dad said the worker was fair and explained things clearly.",
    "The family did not want to comment on the day.",
    "Mum said she felt rushed at the end.",
)
MEETING_FEEDBACK = (
    "Dad said he found the meeting hard but that the worker was fair and explained things.",
    "Mum said she understood the plan better after the worker went through it with her beforehand.",
    "The family did not want to comment on the day.",
    "{child} said the worker \"said what I wanted them to say\" at the meeting.",
)
GROUP_FEEDBACK = (
    "Two parents said the session was the most useful one so far.",
    "{name} said the worker made everyone feel welcome.",
    "Parents asked for more time on routines next week.",
)
URGENT_DETAILS = (
    "During the visit {child} said mum's partner had hit them last week. The worker and I told the duty manager "
    "before leaving and a strategy discussion was held that afternoon.",
    "Home conditions had deteriorated badly (no food in the house, exposed wiring in {child}'s bedroom). Head of "
    "Service told the same day; a safety plan was agreed with the parent before we left.",
    "{child} had a mark on their cheek that the parent could not explain. Discussed with the Practice Manager on "
    "duty straight away and a child protection medical was arranged.",
)
MEETING_URGENT_DETAILS = (
    "During the meeting mum said her ex-partner, who is not allowed contact, has been staying at the house. Raised "
    "with the chair and the duty Practice Manager straight after; police informed the same day.",
    "{child}'s school reported at the meeting that {child} had not been collected for three days and was staying "
    "with an unknown adult. Escalated to the Head of Service that afternoon and {child} was seen the same day.",
)
NO_ACTIONS = ("No learning actions from this observation – continue as observed.",
              "No actions arising; to be reviewed at the next observation.", "None agreed at this time.")
NOT_MODERATED = ("Awaiting Head of Service moderation.", "Not sampled for moderation this month.")
CHANGE_NOTES = ("Having read the evidence against each standard I have moved the holistic judgement.",
                "The evidence recorded supports a different overall judgement; amended after discussion with the "
                "assessor.")
CONFIRM_NOTES = ("I agree with the assessor's holistic judgement.", "Judgement confirmed – well evidenced.")
ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
         "safeguarding_practice_manager": "Safeguarding Practice Manager"}
WORKER_LABELS = {"social": ("Worker observed", "NQSW", "Newly qualified worker"),
                 "early_help": ("Worker observed", "Practitioner observed")}
PROGRAMME_LEAD = "Gwen Ashby"
PROGRAMME_LEAD_ROLES = ("Principal Social Worker / ASYE lead", "ASYE programme lead", "Workforce development lead")


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
    with_child = [index for index, form in enumerate(chosen) if form.case_id is not None]
    urgent = set(rng.sample(with_child, min(3, len(with_child))))
    brothers = set(rng.sample(with_child, min(5, len(with_child))))
    order = list(range(len(chosen)))
    rng.shuffle(order)
    changed, confirmed = set(order[:3]), set(order[3:5])
    forms = []
    for index, sample in enumerate(chosen):
        if index in urgent:
            details = MEETING_URGENT_DETAILS if sample.setting in MEETINGS else URGENT_DETAILS
            sample = replace(sample, urgent_concern=True,
                             urgent_concern_detail=fill(rng.choice(details), sample.child.first_name))
        if index in changed or index in confirmed:
            head = head_of_service_over(_staff(sample.auditor))
            if index in changed:
                position = GRADES4.index(sample.grade)
                grade = GRADES4[position + 1] if position < 2 else GRADES4[position - 1]
                note = rng.choice(CHANGE_NOTES)
            else:
                grade, note = sample.grade, rng.choice(CONFIRM_NOTES)
            sample = replace(sample, moderation=Moderation(
                moderator=head.name, date=_weekday(min(sample.date + timedelta(days=rng.randint(3, 12)), today)),
                comments=(note,), grade=grade))
        forms.append(_form(rng, index, sample, today, index in brothers))
    return forms


def _standard_grades(rng: random.Random, overall: str, count: int) -> list[str]:
    position = GRADES4.index(overall)
    grades = [GRADES4[min(3, max(0, position + rng.choice((-1, 0, 0, 0, 1))))] for _ in range(count)]
    if overall not in grades:
        grades[rng.randrange(count)] = overall
    return grades


def _weekday(day: date) -> date:
    """The working day on or before `day`."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _age(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _heavy_borders(grid, colour: str = "000000") -> None:
    """Give a table thick outside borders, as a moderation box is drawn."""
    properties = grid._tbl.tblPr
    borders = properties.find(qn("w:tblBorders"))
    if borders is None:
        # Schema order: tblBorders comes after tblW and jc, before shd, tblLayout, tblCellMar and tblLook.
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
    details_shape = rng.choice(("two", "four", "lines"))
    standards_shape = rng.choice(("cards", "grid", "headed"))
    style = rng.choice(("typed", "key", "highlight", "bold", "strike", "columns", "dropdown"))
    if style == "columns" and standards_shape == "headed":
        standards_shape = "grid"
    overall_style = style if rng.random() < 0.6 else rng.choice(("typed", "key", "highlight", "bold", "strike",
                                                                  "dropdown"))
    lists_shape = rng.choice(("side", "bullets", "numbers"))
    answer_shape = rng.choice(("typed", "boxes", "strike"))
    actions_shape = rng.choice(("table", "table", "lines")) if sample.actions else "none"
    moderation_look = rng.choice(("lines", "table", "box"))
    picker = rng.random() < 0.25
    group = sample.case_id is None
    child = sample.child
    first_name = child.first_name if child else None
    present = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    family = siblings(rng, child, rng.randint(1, 2), today) if with_brothers and child else []

    # The sample as this form carries it.
    grades = _standard_grades(rng, sample.grade, len(STANDARDS))
    pools = {grade: rng.sample(EVIDENCE[grade], len(EVIDENCE[grade])) for grade in GRADES4}
    comments = [fill(pools[grade][number % len(pools[grade])], first_name) for number, grade in enumerate(grades)]
    if family:
        spot = rng.randrange(len(comments))
        comments[spot] += f" {family[0][0].split()[0]} was at home too and the worker included them well."
    changes: dict = {"sections": tuple(Section(name, grade, comment)
                                       for (name, _), grade, comment in zip(STANDARDS, grades, comments))}
    if not group and rng.random() < 0.55:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.7
    if not show_service:
        changes["service"] = None
    sample = replace(sample, **changes)
    moderation = sample.moderation
    also: list[str] = []

    document = new_document(rng, landscape=standards_shape == "grid" and style == "columns" and rng.random() < 0.5)
    if document.sections[0].page_width > document.sections[0].page_height:
        document.sections[0].orientation = WD_ORIENT.LANDSCAPE
    line = council_line(rng)
    if rng.random() < 0.5:
        run(document.sections[0].header.paragraphs[0], line, bold=True, colour=brand, size=9)
    else:
        paragraph(document, line, bold=True, colour=brand, size=10)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=15)
    number, stage = rng.choice(STAGES)
    paragraph(document, f"Observation {number} of 3 – {stage}", italic=True)
    paragraph(document, rng.choice(GUIDANCE), italic=True, size=9)

    # --- Part A: before the observation ------------------------------------------------
    brand_heading(document, rng.choice(("Part A – Planning the observation", "A. Before the observation")), brand)
    plan = table(document, 2, 2)
    label(plan.cell(0, 0), rng.choice(("The worker asked me to look at", "NQSW's learning focus")), "F2F2F2")
    thoughts = [focus for focus in NQSW_FOCUS if child or "{child}" not in focus]
    write(plan.cell(0, 1), fill(rng.choice(thoughts), first_name))
    label(plan.cell(1, 0), rng.choice(("I agreed to look at", "Assessor's focus")), "F2F2F2")
    write(plan.cell(1, 1), rng.choice(ASSESSOR_FOCUS))
    document.add_paragraph()

    # --- Part B: the observation details -------------------------------------------------
    brand_heading(document, rng.choice(("Part B – About the observation", "B. Observation details")), brand)
    kind = "early_help" if sample.service == EARLY_HELP or (sample.service is None and "Early Help" in sample.team) \
        else "social"
    observer = _staff(sample.auditor)
    observer_text = sample.auditor
    if observer and observer.role in ROLES and rng.random() < 0.5:
        observer_text = f"{sample.auditor} ({ROLES[observer.role]})"
    rows: list[tuple[str, object]] = [
        (rng.choice(("Programme", "Programme / year")), rng.choice(PROGRAMMES[kind])),
        (rng.choice(("Assessor (observer)", "Observed by", "Assessor")), observer_text),
        (rng.choice(WORKER_LABELS[kind]), sample.practitioner),
        (rng.choice(("Team", "Team name")), sample.team),
    ]
    if show_service:
        rows.append((rng.choice(("Service", "Service area")), sample.service))
    rows.append((rng.choice(("Date of observation", "Date observed")), ("date", sample.date)))
    if rng.random() < 0.4:
        rows.append(("Time", rng.choice(("10.00am – 11.15am", "1.30pm – 2.45pm", "4pm – 5pm", "09:30–10:40"))))
    rows.append((rng.choice(("Setting", "Type of direct work observed", "Setting / activity")), sample.setting))
    if group:
        rows.append((rng.choice(("Case reference", "Ref")), rng.choice(("N/A – group session", "n/a (group work)"))))
        rows.append((rng.choice(("Parents / carers attending", "Who attended")), ", ".join(present)))
        consent = rng.choice(GROUP_CONSENTS)
    else:
        rows.append((rng.choice(("Case reference", "Child's ID", "LCS number")), sample.case_id))
        rows.append((rng.choice(("Child's name", "Child / young person")), child.full_name))
        if rng.random() < 0.5:
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

    date_style = rng.choice(WORD_DATE_STYLES)

    def put_value(target_paragraph, value) -> None:
        if isinstance(value, tuple):
            day = value[1]
            if picker:
                content_date(target_paragraph._p, day, format_date(day, date_style), word_date_format(date_style),
                             ids, alias="Date of observation")
            else:
                run(target_paragraph, when(day))
        else:
            run(target_paragraph, str(value))

    if details_shape == "two":
        grid = table(document, len(rows), 2)
        for row, (text, value) in zip(grid.rows, rows):
            label(row.cells[0], text, "F2F2F2")
            put_value(row.cells[1].paragraphs[0], value)
    elif details_shape == "four":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (text, value) in enumerate(rows):
            row = grid.rows[position // 2]
            column = 2 * (position % 2)
            label(row.cells[column], text, "F2F2F2")
            put_value(row.cells[column + 1].paragraphs[0], value)
    else:
        for text, value in rows:
            typed = paragraph(document, f"{text}:", bold=True)
            run(typed, "\t")
            put_value(typed, value)
    document.add_paragraph()

    # --- Part C: the six standards -----------------------------------------------------------
    def grade_in(target_paragraph, grade: str, how: str) -> None:
        if how == "typed":
            run(target_paragraph, informal_grade(rng, grade, note_chance=0.15))
        elif how == "key":
            run(target_paragraph, str(key[grade]), bold=True)
        elif how == "dropdown":
            content_dropdown(target_paragraph._p, tuple(words[option] for option in GRADES4), words[grade], ids,
                             alias="Grade")
        else:
            for position, option in enumerate(GRADES4):
                if position:
                    run(target_paragraph, " / " if how == "strike" else "   ")
                chosen = option == grade
                run(target_paragraph, words[option], highlight=chosen and how == "highlight",
                    bold=chosen and how in ("bold", "highlight"), strike=not chosen and how == "strike")

    def print_key() -> None:
        order = sorted(GRADES4, key=lambda grade: key[grade])
        paragraph(document, "Key:   " + "    ".join(f"{key[grade]} = {GRADE_WORDS[1][grade]}" for grade in order),
                  italic=True, size=9)

    how_text = {"typed": "Grade", "key": "Score (see key)", "dropdown": "Grade (choose)",
                "highlight": "Grade – highlight one", "bold": "Grade – embolden one",
                "strike": "Grade – delete as appropriate", "columns": "Grade"}
    brand_heading(document, rng.choice(("Part C – Practice against the first-year standards",
                                        "C. The six standards: evidence and grades")), brand)
    if style == "key" or overall_style == "key":
        print_key()
    look_for = rng.choice(("What we look for", "Look for", "Prompt"))
    evidence_label = rng.choice(("Evidence seen", "What I saw and heard", "Evidence from the observation"))
    if standards_shape == "cards":
        for number_, ((name, prompt), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
            if style == "columns":
                card = table(document, 4, 4)
                top = card.cell(0, 0).merge(card.cell(0, 3))
                label(top, f"{number_}. {name}", "DDEBF7")
                middle = card.cell(1, 0).merge(card.cell(1, 3))
                write(middle, f"{look_for}: {prompt}", italic=True, size=8)
                for cell, (_, text) in zip(card.rows[2].cells, columns):
                    label(cell, text, "F2F2F2")
                for cell, (option, _) in zip(card.rows[3].cells, columns):
                    if option == section.grade:
                        mark(cell, symbol)
                evidence = table(document, 1, 1)
                write(evidence.cell(0, 0), f"{evidence_label}: {section.comment}")
            else:
                card = table(document, 3, 2)
                label(card.cell(0, 0), f"{number_}. {name}", "DDEBF7")
                grade_in(card.cell(0, 1).paragraphs[0], section.grade, style)
                middle = card.cell(1, 0).merge(card.cell(1, 1))
                write(middle, f"{look_for}: {prompt}", italic=True, size=8)
                shade(middle._tc, "F7F7F7")
                bottom = card.cell(2, 0).merge(card.cell(2, 1))
                write(bottom, evidence_label, bold=True)
                write(bottom, section.comment)
            document.add_paragraph()
    elif standards_shape == "grid":
        width = 3 + (len(columns) - 1 if style == "columns" else 0)
        grid = table(document, len(STANDARDS) + 1, width)
        label(grid.cell(0, 0), "Standard", "DDEBF7")
        label(grid.cell(0, 1), evidence_label, "DDEBF7")
        if style == "columns":
            for cell, (_, text) in zip(grid.rows[0].cells[2:], columns):
                label(cell, text, "DDEBF7")
        else:
            label(grid.cell(0, 2), how_text[style], "DDEBF7")
        for row, (name, prompt), section in zip(grid.rows[1:], STANDARDS, sample.sections):
            write(row.cells[0], name, bold=True)
            if rng.random() < 0.5:
                write(row.cells[0], prompt, italic=True, size=8)
            write(row.cells[1], section.comment)
            if style == "columns":
                for cell, (option, _) in zip(row.cells[2:], columns):
                    if option == section.grade:
                        mark(cell, symbol)
            else:
                grade_in(row.cells[2].paragraphs[0], section.grade, style)
        document.add_paragraph()
    else:
        for number_, ((name, prompt), section) in enumerate(zip(STANDARDS, sample.sections), start=1):
            paragraph(document, f"{number_}. {name}", bold=True, colour=brand)
            paragraph(document, f"{look_for}: {prompt}", italic=True, size=9)
            said = paragraph(document, f"{evidence_label}: ", bold=True)
            run(said, section.comment)
            graded = paragraph(document, f"{how_text[style]}: ", bold=True)
            grade_in(graded, section.grade, style)
        document.add_paragraph()

    # The holistic judgement.
    overall_label = rng.choice(("Holistic judgement of the practice observed", "OVERALL GRADE",
                                "Assessor's overall judgement"))
    if overall_style == "columns":
        box = table(document, 2, 1 + len(columns))
        merged = box.cell(0, 0).merge(box.cell(1, 0))
        label(merged, overall_label, "E2EFDA")
        for cell, (_, text) in zip(box.rows[0].cells[1:], columns):
            label(cell, text, "E2EFDA")
        for cell, (option, _) in zip(box.rows[1].cells[1:], columns):
            if option == sample.grade:
                mark(cell, symbol)
    elif overall_style in ("highlight", "strike", "bold") or rng.random() < 0.5:
        box = table(document, 1, 2)
        label(box.cell(0, 0), overall_label, "E2EFDA")
        grade_in(box.cell(0, 1).paragraphs[0], sample.grade, overall_style)
    else:
        line_ = paragraph(document, f"{overall_label}: ", bold=True)
        grade_in(line_, sample.grade, overall_style)
    document.add_paragraph()

    # --- Part D: feedback -------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part D – Feedback to the worker", "D. Feedback")), brand)
    went_well = rng.choice(("What went well", "What went well?", "Strengths seen"))
    better = rng.choice(("Even better if", "What could be better?", "Areas to develop"))
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
            for number_, item in enumerate(items, start=1):
                paragraph(document, f"{number_}. {item}" if lists_shape == "numbers" else f"\u2022 {item}")
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

    # --- Part E: the worker's reflection and the family's view ------------------------------------------
    brand_heading(document, rng.choice(("Part E – Reflection and the family's view",
                                        "E. The worker's reflection and feedback from the family")), brand)
    asked = paragraph(document, rng.choice(("Reflective discussion held with the worker? ",
                                            "Was a reflective discussion held after the observation? ")), bold=True)
    answer(asked, bool(sample.reflective_discussion),
           yes_text=rng.choice(("Yes", "Yes – same week")),
           no_text=rng.choice(("No", "No – to be picked up in supervision")))
    box = table(document, 2, 1)
    label(box.cell(0, 0), rng.choice(("Worker's reflection (in their own words)", "My reflection on the observation")),
          "F2F2F2")
    thoughts = [thought for thought in REFLECTIONS if child or "{child}" not in thought]
    write(box.cell(0, 0), " ".join(fill(thought, first_name) for thought in rng.sample(thoughts, rng.randint(1, 2))))
    label(box.cell(1, 0), rng.choice(("What the family said", "Feedback from the child / family",
                                      "Family's feedback on the visit")), "F2F2F2")
    if group:
        write(box.cell(1, 0), rng.choice(GROUP_FEEDBACK).format(name=present[-1].split()[0]))
    else:
        write(box.cell(1, 0), fill(rng.choice(MEETING_FEEDBACK if sample.setting in MEETINGS else FAMILY_FEEDBACK),
                                   first_name))
    document.add_paragraph()

    safety = paragraph(document, rng.choice(("Did anything seen need an immediate safeguarding response? ",
                                             "Immediate concern for a child's safety identified? ")), bold=True)
    answer(safety, sample.urgent_concern, yes_text=rng.choice(("Yes", "YES")), no_text=rng.choice(("No", "None")))
    if sample.urgent_concern:
        detail = paragraph(document, "If yes, what was done: ", bold=True)
        run(detail, sample.urgent_concern_detail)
    document.add_paragraph()

    # --- Part F: learning actions -------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part F – Learning actions for the development plan",
                                        "F. Learning actions")), brand)
    if actions_shape == "table":
        headers = rng.choice((("Learning action", "Who", "By when"), ("Development plan action", "Lead",
                                                                       "Target date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    elif actions_shape == "lines":
        for number_, action in enumerate(sample.actions, start=1):
            paragraph(document, f"{number_}. {action.action} – {action.owner} – by {when(action.due)}")
    else:
        paragraph(document, rng.choice(NO_ACTIONS), italic=True)
    document.add_paragraph()

    # --- Part G: sign-off ------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Part G – Sign-off", "G. Signatures")), brand)
    signed = _weekday(min(sample.date + timedelta(days=rng.randint(0, 4)), today))
    countersigned = rng.random() < 0.7
    sign = table(document, 4, 3)
    for cell, text in zip(sign.rows[0].cells, ("", "Name", "Date")):
        label(cell, text, "F2F2F2")
    label(sign.cell(1, 0), "Assessor")
    write(sign.cell(1, 1), sample.auditor)
    write(sign.cell(1, 2), when(signed))
    label(sign.cell(2, 0), rng.choice(("Worker", "NQSW") if kind == "social" else ("Worker", "Practitioner")))
    write(sign.cell(2, 1), sample.practitioner)
    write(sign.cell(2, 2), when(signed))
    label(sign.cell(3, 0), f"Countersigned ({rng.choice(PROGRAMME_LEAD_ROLES)})")
    if countersigned:
        write(sign.cell(3, 1), PROGRAMME_LEAD)
        write(sign.cell(3, 2), when(_weekday(min(signed + timedelta(days=rng.randint(1, 5)), today))))
    document.add_paragraph()

    # --- Head of Service moderation ---------------------------------------------------------------------
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS moderation"))
    agree = ""
    moderated_text = ""
    if moderation and moderation.grade:
        agree = rng.choice(("Yes", "Agree")) if moderation.grade == sample.grade else rng.choice(("No", "Disagree"))
        moderated_text = words[moderation.grade] if rng.random() < 0.5 else informal_grade(rng, moderation.grade)
    if moderation is None:
        brand_heading(document, heading, brand, size=11)
        if rng.random() < 0.6:
            paragraph(document, rng.choice(NOT_MODERATED), italic=True)
    elif moderation_look == "lines":
        brand_heading(document, heading, brand, size=11)
        paragraph(document, f"{moderation.moderator}, {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            said = paragraph(document, rng.choice(("Agree with the assessor's grade? ", "Do you agree? ")),
                             colour=ink)
            run(said, agree, colour=ink)
            said = paragraph(document, rng.choice(("Moderated grade: ", "Grade after moderation: ")), colour=ink)
            run(said, moderated_text, colour=ink, bold=True)
    else:
        brand_heading(document, heading, brand, size=11)
        labels = [(rng.choice(("Moderated by", "Head of Service")), moderation.moderator),
                  (rng.choice(("Date moderated", "Date")), when(moderation.date))]
        if moderation.grade:
            labels += [(rng.choice(("Agree with the holistic judgement?", "Agree with assessor's grade?")), agree),
                       (rng.choice(("Moderated judgement", "Grade after moderation")), moderated_text)]
        labels.append((rng.choice(("Comments", "Head of Service comments")), "\n".join(moderation.comments)))
        colour = ink if moderation_look == "table" or rng.random() < 0.5 else None
        box = table(document, len(labels), 2)
        for row, (text, value) in zip(box.rows, labels):
            label(row.cells[0], text, "EDEDED")
            write(row.cells[1], value, colour=colour, bold=value == moderated_text and bool(value))
        if moderation_look == "box":
            _heavy_borders(box)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = tuple(present) + tuple(name for name, _ in family)
    return held_out(FAMILY, index, sample, data, "docx", others=others, also=tuple(also))
