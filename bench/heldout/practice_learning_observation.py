"""Practice learning observation: the record a council's social work
academy (its practice learning team) keeps when a manager watches a
practitioner's direct work with a family – a home visit, a meeting, family
time, a session at school or a parents' group – whether the practitioner
is a trainee on one of the national routes into children's social work, a
newly qualified worker in the assessed year, or an experienced worker
gathering evidence for practice endorsement. The record is in three
voices: the observer's (what was agreed beforehand, the direct work judged
against five criteria on a rubric, the overall judgement, what went well
and what would make it even better), the practitioner's (their reflection
after the feedback conversation) and the family's (what they said about
the work); then the learning plan, the safety question, the sign-off and
the Head of Service's moderation.

Modelled on what the national programmes for child and family social
workers publish about observing direct practice, as far as it was read:

- Skills for Care, "The Approved Child and Family Practitioner assessment"
  (skillsforcare.org.uk): the Government was exploring an accredited
  status of "Approved Child and Family Practitioner" for lead
  professionals holding case responsibility, with practice supervision and
  practice leadership as the other two levels, and an assessment and
  accreditation system being developed and tested;
- Community Care, "Employers will endorse children's social workers as
  part of accreditation system" (communitycare.co.uk, 14 October 2015):
  an early notice of a government tender indicated that employers would
  look at service user feedback, reflective dialogue, assessments of
  written work and practice observation to check that their staff had the
  knowledge and skills in the chief social worker's statement; the three
  statuses (Approved Child and Family Practitioner, Practice Supervisor,
  Practice Leader);
- GOV.UK, "National assessment and accreditation system (NAAS)": practice
  endorsement as regular learning and development discussions between the
  social worker and their manager, mapping performance against the
  post-qualifying standards, before the manager consents to the
  assessment;
- Frontline, "Frontline – Reflections on Year One" (thefrontline.org.uk,
  5 October 2015): after the Summer Institute participants start their
  practice learning in local authorities, and this part of the programme
  "involves a number of assessed observations of practice";
- the Cardiff University team's abstract of the independent evaluation of
  the Frontline pilot (sswr.confex.com, 2017): simulated interviews rated
  by two experienced practice assessors against generic practice quality
  criteria, with a brief written reflection by each participant on each
  interview, also rated;
- the University of Salford's practice learning handbook for the
  "Post Graduate Diploma Social Work (Step Up)" (studylib.net): 170 days
  in practice over two placements, learning outcomes linked to the
  Professional Capabilities Framework, and assessment in practice that
  includes feedback from service users and carers (Manchester Metropolitan
  University's Step Up placement handbook was found, but only its title
  page and contents were read).

None of these shows an observation form, so the layout is our own
judgement throughout: only the three kinds of evidence (the observation,
the practitioner's written reflection after a feedback conversation, the
family's feedback) and three of the learning routes in the tick list
(Step Up to Social Work, Frontline, practice endorsement for
accreditation) come from the sources; the other routes, the "social work
academy" banner and everything else are ours. Our choices: the five criteria, their prompts and the
rubric's descriptors (the four Ofsted judgements used across the
benchmark, not the programmes' own scales); the details as an observer |
practitioner grid over an observation table, as one four-column table, or
as numbered lines (the service shown on some, the observer's role on some,
the child's date of birth and address on some); the activity typed or
ticked in a printed list; a plain or prefixed case reference; who was
present, with brothers and sisters named (or the parents at a group
session, in `others`); criterion grades as the chosen descriptor marked on
the rubric (shaded, ticked or in bold), typed informally, a number on a
printed 1–4 key either way round, the chosen word in bold or highlighted
among the four, the others struck through, or a Word drop-down; the
overall judgement the same way, under four grade columns, or in a
sentence; went well / even better if as two columns, bullets or numbers; a
self-rated confidence on a 1–5 scale on some (not a grade); the feedback
conversation ticked or typed; the learning plan as a table, arrowed lines
or a "no actions" sentence; the safety question answered yes on three
files; seven date spellings; the observer's and practitioner's sign-off on
some; and the Head of Service's moderation typed in a non-red ink through
the form or in a heavy-bordered box (changing, confirming or commenting
only), an "awaiting" note, an empty box or no section.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

from bot.samples import OBSERVATION, STAFF, Moderation, Section, sample_forms
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import EARLY_HELP, FAMILY_SURNAMES, SAFEGUARDING, head_of_service_over
from bot.samples.phrases import GROUP_SETTING, OBSERVATION_SETTINGS

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    INADEQUATE,
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
    mention,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "practice_learning_observation"
SEED = 10002
ORDER = (OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE)
WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
         INADEQUATE: "Inadequate"}
BAND = {OUTSTANDING: 0, GOOD: 0, REQUIRES_IMPROVEMENT: 1, INADEQUATE: 2}
CHILDREN_IN_MIND = "Keeping the children in mind"

# The five criteria: name, prompt, the rubric's descriptor for each grade
# (best first) and what the observer writes (went well, mixed, poorly).
CRITERIA = (
    ("Planning the direct work", "Was the work planned, and was its purpose shared with the family?",
     ("Purpose shared beforehand, revisited at the start and checked at the end.",
      "Planned, with a clear purpose explained to the family.",
      "Some planning; the purpose was not made clear to the family.",
      "No evident planning; the family did not know why we were there."),
     ("Had read the latest partner information and opened by explaining why we had come and how long we "
      "would stay.",
      "The purpose was explained, but the practitioner had not read the school's latest update.",
      "There was no plan for the session and the family asked twice why we were there.")),
    ("Building a working relationship", "How did the practitioner engage the family?",
     ("Warm, honest and skilled; the family talked openly.",
      "Respectful and warm; the family engaged well.",
      "Polite, but little rapport; short answers from the family.",
      "The relationship was strained and not repaired."),
     ("Warm and unhurried; used the family's own words and noticed when feelings ran high.",
      "Respectful throughout, but the practitioner talked over dad at two points.",
      "The practitioner stood by the door for most of the visit and the family gave one-word answers.")),
    ("Hearing the child", "Was the child seen, and were their wishes and feelings explored?",
     ("The child's views were sought creatively and shaped the work.",
      "The child was seen and their views sought and recorded.",
      "The child was seen briefly; their views were not explored.",
      "The child was not seen or not asked for their views."),
     ("Spent time with {child} on their own using the three houses; {child} drew the house they want.",
      "Saw {child}, but only with a parent present; more could have been asked about school.",
      "{child} was in the room but was not spoken to.")),
    ("Talking about worries and strengths", "Were the worries named clearly and balanced with strengths?",
     ("Worries named plainly, strengths built on; the parents reflected on change.",
      "Worries and strengths were both discussed honestly.",
      "Strengths discussed; the worries were blurred or avoided.",
      "Risks were not raised, or raised in a way that shut the conversation down."),
     ("Named the worry about the late-night arguments plainly and linked it to the family's own goals.",
      "Strengths were acknowledged well, but the worry about supervision was only hinted at.",
      "The practitioner did not raise the reason the family are on a plan.")),
    ("Agreeing next steps", "Did everyone leave knowing what happens next and who will do it?",
     ("Next steps summarised and written down with the family, owners agreed.",
      "Clear next steps agreed before the end.",
      "Next steps discussed but left vague.",
      "The session ended without next steps."),
     ("Summarised the three next steps and wrote them on the family's copy of the plan.",
      "Next steps agreed, but with no dates.",
      "The session ended abruptly with nothing agreed.")),
)
GROUP_CRITERION = (
    CHILDREN_IN_MIND, "Were the children's needs kept in view throughout the session?",
    ("The children's experience was at the centre of every discussion.",
     "The children's needs were kept in view.",
     "Some talk of the children; mostly about the parents.",
     "The children were not talked about."),
    ("Kept bringing the group back to how things feel for their children at bedtime.",
     "The children were mentioned, but the session drifted to the parents' own worries.",
     "The children were not talked about at all."),
)

# A second way of writing each criterion's evidence (went well, mixed, poorly).
OTHER_NOTES = {
    "Planning the direct work": (
        "Had agreed the focus with me beforehand and brought the materials for the direct work.",
        "Knew the family well, but had not planned what to do if the children were at home.",
        "Arrived late without the plan or the latest assessment."),
    "Building a working relationship": (
        "Easy, respectful manner; the parents joked with the practitioner and spoke openly.",
        "Friendly, but drifted into reassurance when the conversation became difficult.",
        "Spoke over the parents and did not notice when they stopped engaging."),
    "Hearing the child": (
        "Got down to {child}'s level, used play and checked back what {child} had said.",
        "Asked {child} what they thought, but did not follow up the answer.",
        "Spoke about {child} to the adults rather than to {child}."),
    CHILDREN_IN_MIND: (
        "Used the parents' own examples to bring the conversation back to their children.",
        "Some talk of the children, but most of the session was about the adults' week.",
        "The session never turned to the children."),
    "Talking about worries and strengths": (
        "Balanced the worries with real strengths; the parents named what they want to change.",
        "The worries were listed, but without checking the parents understood them.",
        "Avoided the worries entirely; the parents think the case is closing."),
    "Agreeing next steps": (
        "Ended by agreeing who does what by when, and checked the family were happy with it.",
        "Next steps were talked about but not written down or checked.",
        "No next steps; the family asked what happens now and were not told."),
}

ROUTES_SOCIAL_CARE = ("ASYE", "Step Up to Social Work trainee", "Frontline participant",
                      "Practice endorsement (accreditation)", "Annual practice observation")
ROUTES_EARLY_HELP = ("Induction / probation", "Annual practice observation", "Practice educator programme")
ROUTES_SAFEGUARDING = ("Annual practice observation", "Practice endorsement (accreditation)")
OBSERVER_ROLES = {"practice_manager": "Practice Manager", "early_help_manager": "Early Help Manager",
                  "safeguarding_practice_manager": "Safeguarding Practice Manager"}
PRACTITIONER_ROLES = {EARLY_HELP: ("Family Support Practitioner", "Early Help Practitioner"),
                      SAFEGUARDING: ("Child Protection Chair", "Independent Reviewing Officer")}
PURPOSES = {
    "Home visit": ("Planned visit to review how the safety plan is working at home.",
                   "Share the assessment with the family and hear what they think of it.",
                   "Statutory visit: see the children and talk about school attendance."),
    "Child protection conference": ("Review conference: chairing, and making sure the parents are heard.",
                                    "Initial conference: explaining the process to the parents."),
    "Core group meeting": ("Core group: review the child protection plan with the family and partners.",),
    "Family time session": ("Supervised family time: helping the parents to play with the children.",),
    "Child in care review": ("Review: presenting the child's views and the care plan.",),
    "Direct work session at school": ("One-to-one session at school about the child's wishes and feelings.",),
    GROUP_SETTING: ("Parenting group, week 4 of 6: routines and boundaries.",
                    "Parents' drop-in group: sleep and bedtimes for under-fives."),
}
CONSENTS = {
    "home": ("Yes – agreed when the visit was booked and again at the door.",
             "Yes (verbal); the children were told who I was.", "Yes – by phone the day before."),
    "meeting": ("Yes – the chair asked everyone at the start.", "Yes, the family agreed in advance."),
    "school": ("Yes – the young person agreed and a parent was told beforehand.",),
    "group": ("Yes – the group was asked at the start and everyone agreed.",),
}
AGENCY_PRESENT = ("class teacher", "health visitor", "school nurse", "police", "family support worker")
FAMILY_SAID = {
    "home": ("Mum said the visit felt 'less like being checked up on' and she knew what would happen next.",
             "{child} said the worker 'listens and doesn't rush'.",
             "Dad said he would rather visits were after work, but he felt listened to this time."),
    "meeting": ("The parents said they understood the plan better once it was drawn out for them.",
                "Mum said it was the first meeting where she did not feel talked about."),
    "school": ("{child} said the session was 'alright' and liked choosing where to sit.",
               "{child} said they would like the next session in the library, not the office."),
}
GROUP_SAID = (
    "{name} said the session gave them ideas to try at bedtime and asked to come again.",
    "{name} said it helped to hear that other parents find mornings hard too.",
)
SIBLING_NOTES = (
    "{name} was at home too and could have been included in the conversation; the focus stayed on one child.",
    "Ask {name} for their view as well next time – they were in the room and wanted to talk.",
)
FAMILY_NOT_ASKED = ("Not gathered on the day – the family were upset; to be sought at the next visit.",
                    "Not asked – the meeting over-ran.")
REFLECTIONS = (
    "I felt prepared, but I could have slowed down when mum became upset. Next time I will leave more silences.",
    "Having my manager there made me notice how much I talk. The feedback was fair.",
    "I was pleased with how the family joined in. I want to practise summarising the next steps at the end.",
    "I found it hard to name the worries about the home conditions; I would like to role-play this in "
    "supervision.",
)
NO_REFLECTION = ("To follow – feedback conversation booked for supervision.", "Not yet completed.")
URGENT = (
    "Yes – during the visit the child told us about being hit with a belt at the weekend. We agreed a "
    "strategy discussion was needed and it was held the same afternoon.",
    "Yes – the baby was left alone upstairs and there was evidence of drug use in the living room. "
    "Raised with the Head of Service the same day; the plan was reviewed.",
    "Yes – the young person said they had been staying with an older adult unknown to the family and had "
    "been given alcohol. Reported to police and an exploitation screening completed that day.",
)
NO_ACTIONS = ("No learning actions arising from this observation.", "None – no further learning actions.",
              "No actions needed at this time.")
MODERATION_TEXT = {
    "comments": ("Read. A thoughtful observation – please share the learning with the practice learning team.",
                 "Read. Make sure the learning plan is picked up in supervision and in the portfolio."),
    "confirmed": ("I agree with the observer's judgement; the evidence under each criterion supports it.",
                  "Discussed with the observer – judgement confirmed."),
    "changed": ("The evidence under the criteria does not support the overall judgement; I have moderated it.",
                "Having talked this through with the observer, I have changed the judgement."),
    "urgent-read": ("Read. I was told about the concern on the day and I am satisfied with the action taken.",),
}
REMARKS = ("Agree – well evidenced.", "This is the key learning point; please follow up.",
           "I would have liked more detail here.")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    chosen: list = []
    draw = count * 6
    while len(chosen) < count and draw <= count * 48:
        pool = sample_forms(draw, seed=SEED, today=today, feedback_question=True)
        chosen = [sample for sample in pool if sample.kind == OBSERVATION][:count]
        draw *= 2
    roles = ["urgent", "urgent-read", "urgent", "comments", "comments", "changed", "changed", "changed",
             "confirmed", "confirmed", "confirmed"]
    roles = (roles + ["plain"] * len(chosen))[: len(chosen)]
    rng.shuffle(roles)
    styles = ["columns", "columns", "columns", "typed", "typed", "typed", "key", "key", "bold", "bold",
              "highlight", "highlight", "struck", "struck", "dropdown", "dropdown"]
    styles = (styles * (len(chosen) // len(styles) + 1))[: len(chosen)]
    rng.shuffle(styles)
    return [_form(random.Random(SEED * 1000 + index), index, sample, role, style, today)
            for index, (sample, role, style) in enumerate(zip(chosen, roles, styles))]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _criteria(group: bool) -> tuple:
    return tuple(GROUP_CRITERION if group and criterion[0] == "Hearing the child" else criterion
                 for criterion in CRITERIA)


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _moderation(rng: random.Random, sample, role: str, head: str, today: date, criteria) -> Moderation | None:
    if role in ("plain", "urgent"):
        return None
    moderated_on = sample.date + timedelta(days=rng.randint(2, 10))
    while moderated_on.weekday() >= 5:
        moderated_on += timedelta(days=1)
    moderated_on = min(moderated_on, today - timedelta(days=1))
    remarks = {}
    if role != "urgent-read" and rng.random() < 0.5:
        remarks[rng.choice(criteria)[0]] = rng.choice(REMARKS)
    grade = None
    if role == "confirmed":
        grade = sample.grade
    elif role == "changed":
        position = ORDER.index(sample.grade)
        grade = ORDER[position + 1] if position < 2 else ORDER[position - 1]
    return Moderation(head, moderated_on, (rng.choice(MODERATION_TEXT[role]),), section_comments=remarks,
                      grade=grade)


def _form(rng: random.Random, index: int, sample, role: str, style: str, today: date) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    when = date_writer(rng)
    group = sample.child is None
    first = sample.child.first_name if sample.child else None
    setting = sample.setting
    observer = _member(sample.auditor)
    practitioner = _member(sample.practitioner)
    criteria = _criteria(group)
    key_reversed = rng.random() < 0.4
    ids = ControlIds(rng)

    changes: dict = {}
    people = attendees(rng, FAMILY_SURNAMES, rng.randint(3, 5)) if group else []
    brothers_sisters = []
    if setting in ("Home visit", "Family time session") and rng.random() < 0.65:
        brothers_sisters = siblings(rng, sample.child, rng.randint(1, 2), today)
    grades = [ORDER[min(3, max(0, ORDER.index(sample.grade) + rng.choice((0, 0, 0, -1, 1))))] for _ in criteria]
    grades[rng.randrange(len(grades))] = sample.grade
    changes["sections"] = tuple(
        Section(name, grade, rng.choice((notes, OTHER_NOTES[name]))[BAND[grade]].replace("{child}", first or "the child"))
        for (name, _, _, notes), grade in zip(criteria, grades))
    if not group and rng.random() < 0.5:
        changes["case_id"] = case_reference(rng, sample.case_id)
    show_service = rng.random() < 0.6
    if not show_service:
        changes["service"] = None
    if brothers_sisters and rng.random() < 0.7:
        note = mention(rng, SIBLING_NOTES, brothers_sisters[0][0])
        changes["development_areas"] = (*sample.development_areas, note)
    if role.startswith("urgent"):
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = rng.choice(URGENT)
    changes["moderation"] = _moderation(rng, sample, role, head_of_service_over(observer).name, today, criteria)
    sample = replace(sample, **changes)
    moderation = sample.moderation
    moderation_style = rng.choice(("ink", "box")) if moderation else rng.choice(("awaiting", "empty", "none"))

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, f"{council_line(rng)}  |  {rng.choice(('Social Work Academy', 'Practice Learning Team'))}",
        size=8, colour=brand)
    title = rng.choice(("Observation of Direct Practice – Practice Learning Record", "Practice Learning Observation",
                        "Direct Practice Observation (Social Work Academy)"))
    brand_heading(document, title.upper() if rng.random() < 0.3 else title, brand, size=15)
    paragraph(document, rng.choice((
        "Three voices: the observer, the practitioner and the family. Complete the observer's parts within five "
        "working days; the practitioner adds their reflection after the feedback conversation.",
        "For trainees, newly qualified workers and practitioners gathering evidence for practice endorsement. "
        "Send the completed record to the practice learning team.",
    )), italic=True, size=9)

    numbering = rng.choice(("part", "number", "plain"))
    part_count = [0]

    def heading(*texts: str) -> None:
        part_count[0] += 1
        number = part_count[0]
        prefix = {"part": f"Part {number}: ", "number": f"{number}. ", "plain": ""}[numbering]
        brand_heading(document, prefix + rng.choice(texts), brand, size=12)

    # Part 1: before the observation.
    heading("Before the observation", "The observation", "Observation details")
    also: list[str] = []
    observer_name = sample.auditor
    if rng.random() < 0.4:
        observer_name = f"{observer_name} ({OBSERVER_ROLES[observer.role]})"
    if practitioner.service in PRACTITIONER_ROLES:
        practitioner_role = rng.choice(PRACTITIONER_ROLES[practitioner.service])
    else:
        practitioner_role = rng.choice(("Social Worker", "Senior Social Worker"))
    routes = {EARLY_HELP: ROUTES_EARLY_HELP, SAFEGUARDING: ROUTES_SAFEGUARDING}.get(practitioner.service,
                                                                                   ROUTES_SOCIAL_CARE)
    route = rng.choice(routes)
    route_text = route if rng.random() < 0.5 else "   ".join(
        f"{chr(0x2612) if option == route else chr(0x2610)} {option}" for option in routes)
    settings = (*OBSERVATION_SETTINGS, GROUP_SETTING)
    setting_text = setting if rng.random() < 0.6 else "   ".join(
        f"{chr(0x2612) if option == setting else chr(0x2610)} {option}" for option in settings)
    details = [
        (rng.choice(("Observer", "Observed by", "Name of observer")), observer_name),
        (rng.choice(("Practitioner observed", "Worker observed", "Practitioner")), sample.practitioner),
        (rng.choice(("Team", "Team / unit")), sample.team),
    ]
    if show_service:
        details.append((rng.choice(("Service", "Service area")), sample.service))
    details += [
        (rng.choice(("Date of observation", "Date observed", "Observation date")), when(sample.date)),
        (rng.choice(("Activity observed", "Type of direct work", "Setting")), setting_text),
        (rng.choice(("Learning route", "Reason for observation", "Programme / route")), route_text),
    ]
    if group:
        details += [(rng.choice(("Child / young person", "Child")), "Group session – no single child"),
                    (rng.choice(("Case ref.", "Case reference")), rng.choice(("n/a", "N/A – group"))),
                    (rng.choice(("Parents attending", "Who came")), ", ".join(people))]
    else:
        child = sample.child
        details.append((rng.choice(("Child / young person", "Child's name")), child.full_name))
        if rng.random() < 0.4:
            born = when(child.date_of_birth)
            also.append(born)
            details.append((rng.choice(("DOB", "Date of birth")), born))
        details.append((rng.choice(("Case ref.", "Case reference", "Case no.")), sample.case_id))
        if setting == "Home visit" and rng.random() < 0.4:
            details.append(("Address", f"{', '.join(child.address_lines)}, {child.postcode}"))
        present = list(child.parents)
        present += [f"{name} (aged {_age(born_on, sample.date)})" for name, born_on in brothers_sisters]
        if setting in ("Child protection conference", "Core group meeting", "Child in care review"):
            present += rng.sample(AGENCY_PRESENT, 2)
        if setting != "Direct work session at school":
            details.append((rng.choice(("Who was present", "Present", "Family members present")), ", ".join(present)))
    kind = {"Home visit": "home", "Family time session": "home", "Direct work session at school": "school",
            GROUP_SETTING: "group"}.get(setting, "meeting")
    details += [
        (rng.choice(("Purpose agreed beforehand", "Focus of the observation")), rng.choice(PURPOSES[setting])),
        (rng.choice(("Family's consent to the observation", "Consent")), rng.choice(CONSENTS[kind])),
    ]
    _details(rng, document, details, rng.choice(("pair", "grid", "numbered")), observer_name, practitioner_role,
             show_service)

    # Part 2: the observer's judgement.
    heading("What I observed", "The observer's assessment", "Observation against the criteria")
    numbers = {grade: (4 - position if key_reversed else position + 1) for position, grade in enumerate(ORDER)}
    if style == "key":
        paragraph(document, "Key:  " + "   ".join(f"{numbers[grade]} = {WORDS[grade]}"
                                                  for grade in sorted(ORDER, key=numbers.get)), bold=True, size=9)
    elif style in ("bold", "highlight", "struck"):
        paragraph(document, {"bold": "Embolden the judgement that applies.",
                             "highlight": "Highlight the judgement that applies.",
                             "struck": "Strike through the judgements that do not apply."}[style],
                  italic=True, size=9)
    remarks = moderation.section_comments if moderation and moderation_style == "ink" else {}
    layout = "rubric" if style == "columns" else rng.choice(("cards", "list"))
    _criteria_block(rng, document, sample, criteria, layout, style, numbers, ids, remarks, ink)
    _overall(rng, document, sample.grade, style, numbers, ids)
    if moderation and moderation.grade and moderation_style == "ink" and rng.random() < 0.6:
        initials = "".join(part[0] for part in moderation.moderator.split())
        paragraph(document, f"HoS ({initials}): {informal_grade(rng, moderation.grade)}", colour=ink, bold=True)

    good_head, better_head = rng.choice((("What went well", "Even better if"), ("Went well", "Even better if"),
                                         ("Strengths in the practice observed", "What would make it even better")))
    feedback_style = rng.choice(("columns", "bullets", "numbers"))
    if feedback_style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), good_head, "E2EFD9")
        label(grid.cell(0, 1), better_head, "FFF2CC")
        for cell, items in ((grid.cell(1, 0), sample.strengths), (grid.cell(1, 1), sample.development_areas)):
            for item in items:
                write(cell, f"\u2022 {item}")
        document.add_paragraph()
    else:
        for head_text, items in ((good_head, sample.strengths), (better_head, sample.development_areas)):
            paragraph(document, head_text, bold=True)
            for number, item in enumerate(items, start=1):
                paragraph(document, f"{number}. {item}" if feedback_style == "numbers" else f"\u2022 {item}")

    # Part 3: the practitioner's voice.
    heading("The practitioner's reflection", "In the practitioner's words", "Reflection")
    question = rng.choice(("Feedback conversation held with the practitioner?",
                           "Was there a reflective discussion after the observation?",
                           "Reflective feedback conversation completed?"))
    if rng.random() < 0.5:
        line = paragraph(document, f"{question}   ", bold=True)
        yes, no = ("\u2612", "\u2610") if sample.reflective_discussion else ("\u2610", "\u2612")
        run(line, f"Yes {yes}   No {no}")
    else:
        paragraph(document, question, bold=True)
        if sample.reflective_discussion:
            paragraph(document, rng.choice(("Yes – straight after, in the car.", f"Yes, on {when(sample.date)}.",
                                            "Yes")))
        else:
            paragraph(document, rng.choice(("No – the practitioner was called to a duty visit; booked for "
                                            "supervision.", "Not yet.")))
    paragraph(document, rng.choice(("My reflection", "Practitioner's reflection (own words)")), bold=True)
    paragraph(document, rng.choice(REFLECTIONS) if sample.reflective_discussion else rng.choice(NO_REFLECTION),
              italic=True)
    if style != "key" and sample.reflective_discussion and rng.random() < 0.4:
        paragraph(document, f"My confidence with this kind of work (1 = not yet confident, 5 = very confident): "
                            f"{rng.randint(2, 5)}", size=9)

    # Part 4: the family's voice.
    heading("The family's voice", "What the family told us", "Feedback from the family")
    if group:
        paragraph(document, mention(rng, GROUP_SAID, people[0]))
    elif rng.random() < 0.8:
        paragraph(document, rng.choice(FAMILY_SAID[kind]).replace("{child}", first))
    else:
        paragraph(document, rng.choice(FAMILY_NOT_ASKED), italic=True)

    # Part 5: learning plan.
    heading("Learning plan", "Learning and development actions", "What happens next for the practitioner")
    _actions(rng, document, sample.actions, when)

    # Part 6: safety.
    heading("Safeguarding", "Immediate concerns")
    paragraph(document, rng.choice(("Did anything seen during the observation need an immediate safeguarding "
                                    "response?", "Any immediate concern for a child's safety arising from this "
                                    "observation?")), bold=True)
    paragraph(document, sample.urgent_concern_detail if sample.urgent_concern else rng.choice(("No", "No.", "None")))

    # Part 7: sign-off and moderation.
    heading("Sign-off", "Signatures and moderation", "Sign-off and Head of Service moderation")
    if rng.random() < 0.5:
        signed = sample.date + timedelta(days=rng.randint(0, 3))
        while signed.weekday() >= 5:
            signed += timedelta(days=1)
        grid = table(document, 3, 3)
        for cell, text in zip(grid.rows[0].cells, ("", "Name", "Date")):
            label(cell, text, "F2F2F2")
        label(grid.cell(1, 0), "Observer", "F2F2F2")
        label(grid.cell(2, 0), "Practitioner", "F2F2F2")
        write(grid.cell(1, 1), sample.auditor)
        write(grid.cell(1, 2), when(sample.date))
        write(grid.cell(2, 1), sample.practitioner)
        write(grid.cell(2, 2), when(min(signed, today)) if sample.reflective_discussion else "")
        document.add_paragraph()
    _head_of_service(rng, document, sample, moderation, moderation_style, ink, when)

    data = finish_docx(document, title, (moderation or sample).date,
                       moderation.moderator if moderation else sample.auditor)
    others = (*people, *(name for name, _ in brothers_sisters))
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=tuple(also))


def _details(rng: random.Random, document, details, style: str, observer: str, practitioner_role: str,
             show_service: bool) -> None:
    if style == "pair":
        # The first three (or four) rows name the two people side by side.
        people_rows = 4 if show_service else 3
        team, *service = [value for _, value in details[2:people_rows]]
        grid = table(document, 4 + len(service), 3)
        for cell, text in zip(grid.rows[0].cells, ("", "Observer", "Practitioner observed")):
            label(cell, text, "DEEAF6")
        rows = [("Name", observer.split(" (")[0], details[1][1]),
                ("Role", OBSERVER_ROLES_BY_NAME.get(observer.split(" (")[0], "Manager"), practitioner_role)]
        rows.append(("Team", team, team))
        if service:
            rows.append(("Service", service[0], service[0]))
        for row, values in zip(grid.rows[1:], rows):
            label(row.cells[0], values[0], "F2F2F2")
            write(row.cells[1], values[1])
            write(row.cells[2], values[2])
        document.add_paragraph()
        rest = details[people_rows:]
        grid = table(document, len(rest), 2)
        for row, (text, value) in zip(grid.rows, rest):
            label(row.cells[0], text, "F2F2F2")
            write(row.cells[1], value)
    elif style == "grid":
        short = [(text, value) for text, value in details if len(value) <= 40]
        long = [(text, value) for text, value in details if len(value) > 40]
        pairs = [short[start:start + 2] for start in range(0, len(short), 2)]
        grid = table(document, len(pairs) + len(long), 4)
        for row, pair in zip(grid.rows, pairs):
            for offset, (text, value) in enumerate(pair):
                label(row.cells[offset * 2], text, "DEEAF6")
                write(row.cells[offset * 2 + 1], value)
        for row, (text, value) in zip(grid.rows[len(pairs):], long):
            label(row.cells[0], text, "DEEAF6")
            merged = row.cells[1].merge(row.cells[3])
            write(merged, value)
    else:
        for number, (text, value) in enumerate(details, start=1):
            line = paragraph(document)
            line.paragraph_format.left_indent = Cm(1.0)
            line.paragraph_format.first_line_indent = Cm(-1.0)
            run(line, f"1.{number}\t")
            run(line, f"{text}: ", bold=True)
            run(line, value)
    document.add_paragraph()


OBSERVER_ROLES_BY_NAME = {person.name: OBSERVER_ROLES[person.role] for person in STAFF
                          if person.role in OBSERVER_ROLES}


def _grade_runs(rng: random.Random, line, grade: str, style: str, numbers: dict, ids: ControlIds,
                *, note_chance: float = 0.0) -> None:
    """Write `grade` onto `line` in the file's style (not "columns")."""
    if style == "typed":
        run(line, informal_grade(rng, grade, note_chance=note_chance))
    elif style == "key":
        number = numbers[grade]
        run(line, str(number) if rng.random() < 0.7 else f"{number} – {WORDS[grade]}")
    elif style == "dropdown":
        content_dropdown(line._p, tuple(WORDS[option] for option in ORDER), WORDS[grade], ids, alias="Judgement")
    else:
        for position, option in enumerate(ORDER):
            if position:
                run(line, "  |  ")
            chosen = option == grade
            run(line, WORDS[option], bold=chosen and style == "bold", highlight=chosen and style == "highlight",
                strike=not chosen and style == "struck")


def _criteria_block(rng: random.Random, document, sample, criteria, layout: str, style: str, numbers: dict,
                    ids: ControlIds, remarks: dict, ink: str) -> None:
    grades = sample.section_grades
    evidence = {section.name: section.comment for section in sample.sections}
    if layout == "rubric":
        columns = rng.choice(GRADE_COLUMNS)
        marker = rng.choice(("shade", "tick", "bold"))
        grid = table(document, 1, 5)
        for cell, text in zip(grid.rows[0].cells, ("Criterion", *(name for _, name in columns))):
            label(cell, text, "D9D9D9")
        for name, _prompt, descriptors, _ in criteria:
            row = grid.add_row()
            write(row.cells[0], name, bold=True)
            by_grade = dict(zip(ORDER, descriptors))
            for cell, (grade, _) in zip(row.cells[1:], columns):
                chosen = grade == grades[name]
                write(cell, by_grade[grade], size=8, bold=chosen and marker == "bold")
                if chosen and marker == "shade":
                    shade(cell._tc, "BFBFBF")
                elif chosen and marker == "tick":
                    write(cell, rng.choice(("\u2713", "X", "\u2714")), bold=True)
            band = grid.add_row()
            merged = band.cells[0].merge(band.cells[4])
            write(merged, f"Evidence: {evidence[name]}")
            if name in remarks:
                write(merged, f"HoS: {remarks[name]}", colour=ink)
        document.add_paragraph()
        return
    for number, (name, prompt, _, _) in enumerate(criteria, start=1):
        if layout == "cards":
            card = table(document, 3 + (name in remarks), 2)
            band = card.cell(0, 0).merge(card.cell(0, 1))
            label(band, f"{number}. {name}", "DEEAF6")
            write(band, prompt, italic=True, size=8)
            label(card.cell(1, 0), "What I saw", "F2F2F2")
            write(card.cell(1, 1), evidence[name])
            label(card.cell(2, 0), rng.choice(("Judgement", "Grade")), "F2F2F2")
            _grade_runs(rng, card.cell(2, 1).paragraphs[0], grades[name], style, numbers, ids, note_chance=0.15)
            if name in remarks:
                label(card.cell(3, 0), "Head of Service", "F2F2F2")
                write(card.cell(3, 1), remarks[name], colour=ink)
            document.add_paragraph()
        else:
            paragraph(document, f"Criterion {number} – {name}", bold=True)
            paragraph(document, prompt, italic=True, size=9)
            paragraph(document, f"Evidence: {evidence[name]}")
            if name in remarks:
                paragraph(document, f"Head of Service: {remarks[name]}", colour=ink)
            line = paragraph(document, "Judgement: ", bold=True)
            _grade_runs(rng, line, grades[name], style, numbers, ids, note_chance=0.15)
    if layout == "list":
        document.add_paragraph()


def _overall(rng: random.Random, document, grade: str, style: str, numbers: dict, ids: ControlIds) -> None:
    text = rng.choice(("Overall judgement of the practice observed", "Overall judgement",
                       "Overall quality of the direct work observed"))
    if style == "columns":
        paragraph(document, text, bold=True)
        columns = rng.choice(GRADE_COLUMNS)
        grid = table(document, 2, 4)
        for cell, (_, name) in zip(grid.rows[0].cells, columns):
            label(cell, name, "D9D9D9")
        symbol = rng.choice(("X", "\u2713", ""))
        for cell, (option, _) in zip(grid.rows[1].cells, columns):
            if option == grade:
                if symbol:
                    write(cell, symbol, bold=True)
                else:
                    shade(cell._tc, "A6A6A6")
    elif style == "typed" and rng.random() < 0.5:
        line = paragraph(document, "Overall, I judged the practice I observed to be ")
        run(line, informal_grade(rng, grade), bold=True)
        run(line, ".")
    else:
        line = paragraph(document, f"{text}: ", bold=True)
        _grade_runs(rng, line, grade, style, numbers, ids)
    document.add_paragraph()


def _actions(rng: random.Random, document, actions, when) -> None:
    if not actions:
        paragraph(document, rng.choice(NO_ACTIONS))
        return
    if rng.random() < 0.5:
        headers = rng.choice((("Learning need / action", "Who", "By when"),
                              ("What I will do", "Supported by", "Review date"),
                              ("Action", "Owner", "Target date", "Evidence in portfolio")))
        grid = table(document, len(actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, "DEEAF6")
        for row, action in zip(grid.rows[1:], actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}, by {when(action.due)})")
    document.add_paragraph()


def _box(cell) -> None:
    """A heavy border round a one-cell table."""
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "18")
        edge.set(qn("w:color"), "262626")
        borders.append(edge)
    properties.append(borders)


def _head_of_service(rng: random.Random, document, sample, moderation, style: str, ink: str, when) -> None:
    title = rng.choice(("Head of Service moderation", "Moderation by Head of Service", "Head of Service"))
    if style == "none":
        return
    if style == "awaiting":
        paragraph(document, title, bold=True)
        paragraph(document, rng.choice(("Awaiting Head of Service moderation.",
                                        "Sent to the Head of Service for moderation – not yet returned.")),
                  italic=True)
        return
    if style == "ink":
        paragraph(document, title, bold=True)
        paragraph(document, f"{moderation.moderator}, {when(moderation.date)}", colour=ink, bold=True)
        for comment in moderation.comments:
            paragraph(document, comment, colour=ink)
        if moderation.grade:
            agrees = moderation.grade == sample.grade
            paragraph(document, f"{'Agree' if agrees else 'Do not agree'} with the observer. Moderated judgement: "
                                f"{informal_grade(rng, moderation.grade)}", colour=ink)
        return
    # A boxed panel: empty where no one has moderated, otherwise filled in
    # black or in the Head of Service's ink.
    panel = table(document, 1, 1)
    cell = panel.cell(0, 0)
    _box(cell)
    write(cell, title, bold=True)
    if style == "empty":
        for text in ("Name:", "Date:", "Agree with the observer's judgement?   Yes \u2610   No \u2610",
                     "Moderated judgement:", "Comments:"):
            write(cell, text)
        return
    colour = ink if rng.random() < 0.5 else None
    write(cell, f"Name: {moderation.moderator}", colour=colour)
    write(cell, f"Date: {when(moderation.date)}", colour=colour)
    if moderation.grade:
        agrees = moderation.grade == sample.grade
        write(cell, f"Agree with the observer's judgement?   Yes {chr(0x2612) if agrees else chr(0x2610)}   "
                    f"No {chr(0x2610) if agrees else chr(0x2612)}", colour=colour)
        write(cell, f"Moderated judgement: {informal_grade(rng, moderation.grade)}", colour=colour, bold=True)
    else:
        write(cell, "Agree with the observer's judgement?   Yes \u2610   No \u2610", colour=colour)
        write(cell, "Moderated judgement:", colour=colour)
    write(cell, "Comments: " + " ".join(moderation.comments), colour=colour)
