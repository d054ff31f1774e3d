"""Practice conversation audit record: an auditor's record, written as the
conversation went, of a practice conversation with the allocated
practitioner about one child's case – and, where possible, with the
family – graded prompt by prompt and overall, with what is working well,
what we are worried about, learning and actions, the urgent safety
question and the Head of Service's moderation. The conversation-audit
sample has no grades: this family gives it the prompts' grades, an overall
grade, a moderation and, where the form asks, whether the family's
feedback was sought (`extra["feedback_sought"]`), so the truth holds them.

Source, and why this body: every council the brief suggested (Derby,
Derbyshire, Leicester, Leicestershire, Rutland, Nottingham,
Nottinghamshire, Lincolnshire, North and West Northamptonshire,
Peterborough, Cambridgeshire, Suffolk, Norfolk, Bedford, Central
Bedfordshire, Luton, Thurrock, Southend, and Essex, Hertfordshire and
Milton Keynes besides) is already named by another family or a council
layout, as is every other English council checked; the councils whose
pages the search found describing audits held as conversations with
practitioners (Kirklees' "Learning Conversations", Stockport's audits
"in discussion with the case holder", Reading's "Beyond Auditing",
Wirral's "deep dive" audits with social workers) are used too. So the
family is modelled on a similar body not yet used, the NSPCC, as far as
the search tool's excerpt of one publication showed it: "Safeguarding
through audit – A guide to auditing case review recommendations"
(NSPCC, ISBN 1-844228-050-3; transcript on vdocuments.site). What was
read says only this: the pack is to help local safeguarding children
boards audit the recommendations of serious case reviews; it updates a
pack the NSPCC first published in 2004, before LSCBs existed; its first
edition was developed with the help of the members of LSCBs including
Eastern Board, Hartlepool, Leicester City and Leicestershire and
Rutland, Newport, Norfolk, Peterborough, Plymouth, South Tees,
Stockton-on-Tees, Torfaen and the Vale of Glamorgan; it was written by
Mary Handley (the NSPCC's director of internal audit and inspection, a
former vice chair of two area child protection committees, combining
inspection methodology with experience of serious case reviews) and
Richard Green (an NSPCC senior consultant), and may be used by the
organisation independently or with support from NSPCC Consultancy
Services. Nothing read shows a form, a conversation with a practitioner
or a family, or a grade.

So the form is our own judgement throughout: that a council's quality
assurance team would audit a case by talking it through with the allocated
worker (and, where it can, the family) and record the conversation on a
Word form as it went; the six conversation prompts (four on a shorter
version), each a graded area of practice with a guiding question in our own
words; the Ofsted-scale grades (the council's, not the NSPCC's); and every
layout choice. Details as a two-column table, a strip of labels over values
three to a row, tabbed "Label: value" pairs or an opening sentence, with
the time of the conversation, the records read beforehand, the child's
address or the other children in the household on some files (brothers and
sisters with ages or dates of birth), plain, case-system-prefixed or Early
Help references, team off some files and service off others; a table of who
took part and in what role (the auditor, the worker, sometimes the worker's
manager, parents, an older brother or sister, a grandparent or other
relative, the child for part of it), or a sentence; the conversation as a
timed log (time, prompt, what was said, grade), numbered prompt blocks, or
a grid with a mark under four grade columns (either order, a symbol or
shading); grades typed informally, a number on a printed 1–4 key either way
round, the chosen option in bold capitals and highlighted among the four,
the others struck through, or a Word drop-down; the overall grade the same
ways, under four columns or in a sentence; whether the family's feedback
was sought (asked on twelve files, three answered no with the reason), how
the family were spoken to (typed or ticked among four), the family's words
and what difference the help made; "What is working well?" / "What are we
worried about?" as bullets, numbers, two columns or one cell each, a
brother or sister named on some; learning and actions as a table, arrowed
lines or a "no actions" sentence (only where the grade is Good or better),
a practitioner's reflection on some; the urgent question typed, ticked,
struck through or as a Y / N cell (three yes, each with what was done); the
auditor's sign-off; and the Head of Service's moderation – typed through
the form in a colour of their own (never red), with remarks under some
prompts and a concluding judgement, or in a five-row box (in colour or
black) – changing the grade (4), confirming it (3) or only commenting (3),
or an empty box, an "awaiting" note or no section on the others. Seven of
the sixteen conversations are about social care cases (a social worker and
their team manager, a safeguarding practice manager or a QA officer), the
rest Early Help. Texts suit the child's age.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import (
    ADULT_FIRST_NAMES,
    ASSESSMENT,
    CHILDREN_IN_CARE,
    DISABILITIES,
    PRACTITIONER,
    QA_TEAM,
    SAFEGUARDING_PRACTICE_MANAGER,
    head_of_service_over,
    manager_of,
)
from bot.samples.phrases import fill
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
    GRADE_COLUMNS,
    GRADES,
    INADEQUATE,
    MARKS,
    MODERATION_INKS,
    OUTSTANDING,
    REQUIRES_IMPROVEMENT,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    informal_grade,
    label,
    mark,
    moderation_box,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "practice_conversation_audit_record"
SEED = 10025

TITLES = ("Practice Conversation Audit – Record", "Audit Conversation Record",
          "Collaborative Audit: Record of the Practice Conversation", "Practice Conversation Audit")
INTROS = (
    "Read the record first, then talk the case through with the worker. Write down what was said as you go, and "
    "grade each prompt. Speak to the family where you can.",
    "This is a conversation, not an inspection: we want to understand the child's experience through the eyes of "
    "the worker and the family. Complete during or straight after the conversation.",
)

# The conversation prompts: each a graded area of practice (its name is the
# truth's section name) and a guiding question; {child} is the child's first name.
PROMPTS = (
    ("The child's day-to-day life", "Tell me about {child}. What is a day like for {child}, and how do you know?"),
    ("The worries and why we are involved", "What brought us in, and what are the worries now?"),
    ("Working with the family", "How did you build the relationship with the family, and what do they think of "
                                "our help?"),
    ("The plan and what needs to change", "What needs to change, by when, and does the family understand it?"),
    ("Working with the network", "Who else is involved, and how are you working together?"),
    ("Support, supervision and decisions", "What help have you had, and how were the big decisions made?"),
)
SHORT_PROMPTS = (PROMPTS[0], PROMPTS[2], PROMPTS[3], PROMPTS[5])

# What was said under each prompt, as (went well, mixed, went badly); {worker}
# is the worker's first name. Outstanding and Good both draw the first.
SAID = {
    "The child's day-to-day life": (
        ("{worker} talked about {child} warmly and in detail – routines, who {child} is close to, what upsets "
         "{child} – and the record says the same.",
         "{worker} described {child}'s day hour by hour and knew what {child} enjoys and what worries {child}."),
        ("{worker} knows {child} well, but little of it is written down; the last direct work on file is months "
         "old.",),
        ("{worker} found it hard to say what a day is like for {child}, and there is no record of {child} being "
         "seen at home since the case opened.",),
    ),
    "The worries and why we are involved": (
        ("{worker} was clear about the worries and explained them without jargon; the family would recognise "
         "them.",),
        ("The worries were described clearly, but the record mixes old and new worries and it is hard to tell "
         "which matter now.",),
        ("{worker} was unsure why the case is still open and could not say what the current worries are.",),
    ),
    "Working with the family": (
        ("{worker} described the family as partners and gave examples of decisions made together.",
         "{worker} has kept going with a family who were wary at first; they now ring {worker} themselves."),
        ("{worker} has a good relationship with one parent; the other parent's part was less clear.",),
        ("The family have cancelled the last three visits and {worker} has not yet found a way to engage them.",),
    ),
    "The plan and what needs to change": (
        ("We went through the plan action by action; each has an owner and a date, and the family have a copy.",),
        ("The plan lists the right things, but it does not say what will be different for {child} or by when.",),
        ("{worker} could not say what the plan is trying to change; actions from the last review are still "
         "open.",),
    ),
    "Working with the network": (
        ("Partners share information before every meeting and {worker} could name each person's part in the "
         "plan.",),
        ("Partners are involved, but {worker} was unsure when school or nursery last shared information.",),
        ("Worries raised by the health visitor have not been followed up and {worker} was not aware of them.",),
    ),
    "Support, supervision and decisions": (
        ("{worker} described regular, reflective supervision, and the decisions on file match what was said.",),
        ("Supervision happens, but {worker} said some decisions are made in passing and not recorded.",),
        ("There has been no supervision on this case for over two months and {worker} said they felt stuck.",),
    ),
}
TIERS = (0, 0, 1, 2)  # the SAID column for each of GRADES

WORKING_WELL = (
    "{worker} knows {child} well and speaks about {child} with warmth.",
    "The family say they trust {worker} and feel listened to.",
    "Direct work with {child} is recent and shaped the plan.",
    "Supervision is regular and decisions are recorded with the reasons for them.",
    "The network meets regularly and school and health share information.",
    "The plan is written in words the family understand.",
)
WORKING_WELL_WEAK = ("{worker} was open and honest about what has not happened on this case.",
                     "{worker} knows what needs to change and asked for help to do it.")
WORRIED = (
    "{child}'s own words are missing from the latest assessment.",
    "The plan has actions without dates, so the family cannot tell what progress looks like.",
    "One parent has not been involved in the plan.",
    "The chronology has not been updated since the last strategy discussion.",
    "{worker} has not had protected time to reflect on this case in supervision.",
    "Partner information is not chased when it is late.",
)
SIBLING_WORRIED = ("{name} has not been spoken to on their own, and the plan says little about {name}'s needs.",
                   "The plan does not say how {name} will be supported while the worries are addressed.")
ACTIONS = (
    "Complete direct work with {child} and add {child}'s words to the plan.",
    "Update the chronology before the next review.",
    "Invite both parents to the next meeting and record their views.",
    "Book a reflective supervision session on this case.",
    "Chase school and health for updated information.",
    "Rewrite the plan with the family so every action has a date.",
    "Share the learning from this conversation at the team meeting.",
)
NO_ACTIONS = ("No actions arising from this conversation.", "No further actions – practice is on track.",
              "Nothing further needed at this time; feedback given to the worker.")
REFLECTIONS = ("It helped to step back and talk the case through from the start.",
               "I found it useful to hear how the family see the help.",
               "Talking it through made me realise how much I know that isn't written down.")
# (youngest age, oldest age, text) so that a baby does not go to school.
FAMILY_WORDS = (
    (0, 17, "Mum said {worker} is the first worker who has explained things properly, and that she knows what "
            "happens next for {child}."),
    (0, 17, "Dad said he felt left out at the start, but {worker} now rings him before every meeting."),
    (0, 17, "The family said they did not know who to ring if things went wrong again."),
    (5, 17, "Mum said the meetings are too big and she does not like talking in front of school."),
    (6, 17, "{child} said {worker} listens and does not just talk to mum."),
)
DIFFERENCE_FAMILY = (
    (5, 17, "The family say mornings are calmer and {child} gets to school on time."),
    (0, 17, "Mum says she is sleeping better now the debts are sorted."),
    (0, 4, "The family go to the baby group at the hub every week and {child}'s health checks are up to date."),
    (0, 17, "The family say they argue less and know who to call if things get difficult."),
)
DIFFERENCE_WORKER = (
    (3, 17, "{worker} said {child} is going to nursery or school every day now."),
    (0, 17, "{worker} said the home conditions have improved and stayed better for two months."),
    (0, 17, "{worker} said the family now take part in the meetings instead of missing them."),
)
NOT_SPOKEN = ("Mum declined to take part; she said she would rather give her views to {worker}.",
              "The family could not be reached despite three calls and a letter.",
              "Not appropriate to contact the family while the enquiries are ongoing.")
URGENT_DETAILS = (
    (3, 17, "During the conversation {worker} said {child} disclosed being hit by a parent's partner last week; "
            "this had not been passed on. A strategy discussion was requested the same day and the Head of "
            "Service told."),
    (0, 17, "The family told us they will be evicted on Friday and have nowhere to take {child}. Raised with the "
            "duty manager and the Head of Service today."),
    (10, 17, "{worker} said {child} has been missing overnight twice this month without return interviews. "
             "Escalated to the Head of Service on the day."),
    (0, 17, "A parent said they have been drinking again while caring for {child} alone. Referred to the duty "
            "team and the Head of Service informed the same afternoon."),
)
URGENT_QUESTIONS = ("The urgent question: is any child unsafe today?",
                    "Does anything need to happen today to keep a child safe?",
                    "Immediate safeguarding concern identified during the conversation?")
MODERATION_TEXT = {
    "confirms": ("I have read the record and spoken with {auditor}: I agree with the judgement.",
                 "Agree with the grading and the actions – an honest, reflective conversation."),
    "lowers": ("Having read the file after this conversation, I do not think the plan is moving quickly enough "
               "for {child}.",
               "The record is generous: the conversation shows gaps that the grades do not reflect."),
    "raises": ("The record undersells the direct work with {child} and the difference it has made.",
               "{worker}'s relationship with the family is a real strength and the impact for {child} is clear."),
    "comments": ("Please make sure the actions are picked up in {worker}'s next supervision.",
                 "Seen. I will share the learning about involving both parents at the service practice forum."),
}
# Remarks the Head of Service types under a prompt: agreeing ones where the
# grade stands, the others where it changes or only comments are made.
SECTION_REMARKS = {True: ("HoS: agree.", "HoS: agree – well evidenced."),
                   False: ("HoS: please check the meeting minutes are on file.",
                           "HoS: the school report has since been received.",
                           "HoS: I would like to see this in the next supervision record.")}

AUDITOR_ROLES = {"practice_manager": ("Team Manager", "Practice Manager"),
                 "early_help_manager": ("Early Help Manager", "Team Manager – Early Help"),
                 QA_TEAM: ("Quality Assurance Officer", "QA Practice Lead"),
                 SAFEGUARDING_PRACTICE_MANAGER: ("Safeguarding Practice Manager",)}
WORKER_ROLES = {True: ("Social Worker", "Senior Social Worker", "Advanced Practitioner"),
                False: ("Family Support Worker", "Early Help Practitioner", "Family Worker")}
WORKER_LABELS = ("Allocated worker", "Allocated practitioner", "Case holder", "Worker")
AUDITOR_LABELS = ("Conversation led by", "Auditor", "Audit conversation held by", "Reviewer")
METHOD_SETS = {False: ("Home visit", "Telephone call", "Visit at the family hub", "Video call"),
               True: ("Home visit", "Telephone call", "Video call", "At the office")}
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
SOCIAL_CARE = (ASSESSMENT, CHILDREN_IN_CARE, DISABILITIES)


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    # Three urgent; moderation on ten (four changing, three confirming, three
    # comments only); seven social care cases; the feedback question on twelve, three answered no.
    urgent = set(rng.sample(positions, min(3, len(positions))))
    moderated = rng.sample(positions, min(10, len(positions)))
    kinds = dict(zip(moderated, ("changes",) * 4 + ("confirms",) * 3 + ("comments",) * 3))
    social_care = set(rng.sample(positions, min(7, len(positions))))
    asked = rng.sample(positions, min(12, len(positions)))
    feedback = {position: position not in asked[:3] for position in asked}
    # Overall grades spread as a month's audits are: mostly Good or Requires improvement, a few either side.
    plan = (OUTSTANDING, GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT,
            INADEQUATE)
    grades = [plan[position % len(plan)] for position in positions]
    rng.shuffle(grades)
    return [_form(rng, index, sample, today, grade=grades[index], urgent=index in urgent, hos=kinds.get(index),
                  social_care=index in social_care, sought=feedback.get(index))
            for index, sample in enumerate(samples)]


# --- the sample as the file shows it --------------------------------------------------


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _weekday_after(day: date, days: int, today: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, today))


def _fits(rng: random.Random, pool, age: int) -> str:
    return rng.choice([text for youngest, oldest, text in pool if youngest <= age <= oldest])


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def _people(rng: random.Random, sample, social_care: bool):
    """The worker and the auditor: a social worker and their team manager, a
    safeguarding practice manager or a QA officer; or the sample's Early
    Help worker and manager, a QA officer on some."""
    qa_officers = [person for person in STAFF if person.role == QA_TEAM]
    if social_care:
        worker = rng.choice([person for person in STAFF
                             if person.role == PRACTITIONER and person.service in SOCIAL_CARE])
        pool = [manager_of(worker)] * 3 + qa_officers + [person for person in STAFF
                                                        if person.role == SAFEGUARDING_PRACTICE_MANAGER]
        return worker, rng.choice(pool)
    worker = _member(sample.practitioner)
    auditor = rng.choice(qa_officers) if rng.random() < 0.3 else _member(sample.auditor)
    return worker, auditor


def _change(rng: random.Random, sample, today: date, *, grade: str, urgent: bool, hos: str | None, social_care: bool,
            sought: bool | None, prompts, household: list[tuple[str, date]], methods: tuple[str, ...]):
    """Every change the file needs, so that the truth follows it. Returns the
    changed sample and the worker and auditor as staff members."""
    child = sample.child
    first = child.first_name
    age = (sample.date - child.date_of_birth).days // 365
    worker, auditor = _people(rng, sample, social_care)
    worker_first = worker.name.split()[0]

    def text(template: str, name: str | None = first) -> str:
        return fill(template.replace("{worker}", worker_first), name)

    changes: dict = {"practitioner": worker.name, "auditor": auditor.name, "team": worker.team,
                     "service": worker.service, "title": rng.choice(TITLES)}
    style = rng.choice(("plain", "plain", "prefixed", "early_help" if not social_care else "prefixed"))
    if style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if rng.random() < 0.2:
        changes["team"] = None
    if rng.random() < 0.25:
        changes["service"] = None

    # Each prompt's grade near the overall one, at least one the same.
    grades = [_nearby(rng, grade) for _ in prompts]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    changes["grade"] = grade
    changes["sections"] = tuple(Section(name, given, text(rng.choice(SAID[name][TIERS[GRADES.index(given)]])))
                                for (name, _), given in zip(prompts, grades))
    severity = GRADES.index(grade)
    well = WORKING_WELL if grade != INADEQUATE else WORKING_WELL_WEAK
    changes["strengths"] = tuple(text(line) for line in
                                 rng.sample(well, max(1, (4, 3, 2, 1)[severity] - rng.randint(0, 1))))
    worried = [text(line) for line in rng.sample(WORRIED, min(3, 1 + severity))]
    talkers = [name for name, born in household if (sample.date - born).days >= 5 * 365]
    if talkers and rng.random() < 0.5:
        worried.append(rng.choice(SIBLING_WORRIED).format(name=talkers[0].split()[0]))
    changes["development_areas"] = tuple(worried)

    # The actions in this form's words, with the sample's count and dates (one or two added on some).
    dues = [action.due for action in sample.actions]
    if not dues and (severity >= 2 or rng.random() < 0.4):  # a weak conversation always ends with actions
        dues = sorted(_weekday_after(sample.date, rng.randint(14, 42), sample.date + timedelta(days=60))
                      for _ in range(rng.randint(1, 2)))
    owners = (worker.name, auditor.name, rng.choice(("Team manager", "Allocated worker")))
    changes["actions"] = tuple(SampleAction(text(line), rng.choice(owners), due)
                               for line, due in zip(rng.sample(ACTIONS, len(dues)), dues))

    # What the family said, whether their feedback was sought, and what difference the help made.
    sample_method = next(field.written for field in sample.own if field.key == "method")
    method = sample_method if sample_method in methods else methods[0]
    spoken = sought is not False
    own = []
    if spoken:
        own.append(ToolField("method", "How we spoke to the family", method, method))
    if sought is not None:
        own.append(ToolField("feedback_sought", "Was the family's feedback sought?", "Yes" if sought else "No",
                             sought))
    if spoken:
        view = next(field for field in sample.own if field.key == "family_view")
        if rng.random() < 0.6:
            template = _fits(rng, FAMILY_WORDS, age).replace("{worker}", worker_first)
            view = ToolField("family_view", "What the family told us", fill(template, first), fill(template, None))
        own.append(view)
        template = _fits(rng, DIFFERENCE_FAMILY, age)
    else:
        template = _fits(rng, DIFFERENCE_WORKER, age).replace("{worker}", worker_first)
    own.append(ToolField("difference_made", "What difference has our help made?", fill(template, first),
                         fill(template, None)))
    changes["own"] = tuple(own)

    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = text(_fits(rng, URGENT_DETAILS, age))
    if hos:
        head = head_of_service_over(worker)
        moderated_grade: str | None = grade
        if hos == "changes":
            lower = grade == OUTSTANDING or (grade != INADEQUATE and rng.random() < 0.6)
            moderated_grade = GRADES[GRADES.index(grade) + (1 if lower else -1)]
            pool = MODERATION_TEXT["lowers" if lower else "raises"]
        elif hos == "confirms":
            pool = MODERATION_TEXT["confirms"]
        else:
            moderated_grade, pool = None, MODERATION_TEXT["comments"]
        comments = tuple(text(line.replace("{auditor}", auditor.name.split()[0]))
                         for line in rng.sample(pool, rng.randint(1, 2)))
        remarked = rng.sample([name for name, _ in prompts], rng.randint(1, 2))
        changes["moderation"] = Moderation(
            moderator=head.name, date=_weekday_after(sample.date, rng.randint(2, 10), today), comments=comments,
            section_comments={name: rng.choice(SECTION_REMARKS[hos == "confirms"]) for name in remarked},
            grade=moderated_grade)
    return replace(sample, **changes), worker, auditor


# --- Word pieces --------------------------------------------------------------------------


def _details(document, rows: list[tuple[str, str]], style: str, fill_colour: str) -> None:
    if style == "strip":
        for start in range(0, len(rows), 3):
            chunk = rows[start:start + 3]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, fill_colour)
                write(grid.cell(1, column), value)
    elif style == "tabbed":
        for start in range(0, len(rows), 2):
            line = paragraph(document)
            for position, (name, value) in enumerate(rows[start:start + 2]):
                if position:
                    run(line, "\t\t")
                run(line, f"{name}: ", bold=True)
                run(line, value)
    else:
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, fill_colour)
            write(row.cells[1], value)


def _key_number(grade: str, reversed_key: bool) -> int:
    position = GRADES.index(grade)
    return 4 - position if reversed_key else position + 1


def _key_line(reversed_key: bool) -> str:
    order = list(zip(GRADES, OPTION_WORDS.values()))
    parts = [f"{_key_number(grade, reversed_key)} = {word}" for grade, word in order]
    return "Grading key:   " + "     ".join(reversed(parts) if reversed_key else parts)


def _grade(target, rng: random.Random, grade: str, style: str, reversed_key: bool) -> None:
    """Write a grade into the paragraph `target` in one of the text styles."""
    if style == "typed":
        run(target, informal_grade(rng, grade, note_chance=0.15))
    elif style == "key":
        number = str(_key_number(grade, reversed_key))
        run(target, rng.choice((number, number, f"Score {number}")), bold=True)
    elif style == "dropdown":
        content_dropdown(target._p, tuple(OPTION_WORDS.values()), OPTION_WORDS[grade], ControlIds(rng),
                         alias="Grade")
    else:
        for position, (option, word) in enumerate(OPTION_WORDS.items()):
            chosen = option == grade
            if position:
                run(target, " / " if style == "strike" else "   ")
            if style == "strike":
                run(target, word, strike=not chosen)
            else:  # highlight
                run(target, word.upper() if chosen else word, bold=chosen, highlight=chosen)


def _grade_columns(document, rng: random.Random, grade: str, fill_colour: str, mark_style: str) -> None:
    columns = rng.choice(GRADE_COLUMNS)
    grid = table(document, 2, 4)
    for column, (option, word) in enumerate(columns):
        label(grid.cell(0, column), word, fill_colour)
        if option == grade:
            mark(grid.cell(1, column), mark_style)


def _conversation(document, rng: random.Random, sample, prompts, *, layout: str, style: str, reversed_key: bool,
                  fill_colour: str, ink: str | None, show_questions: bool, brand: str) -> None:
    """The prompts, what was said and each prompt's grade."""
    first = sample.child.first_name
    remarks = sample.moderation.section_comments if (sample.moderation and ink) else {}
    questions = {name: fill(question, first) for name, question in prompts}
    if layout == "grid":
        columns = rng.choice(GRADE_COLUMNS)
        mark_style = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Prompt", "What was said", *(word for _, word in columns))):
            label(cell, text, fill_colour)
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            if show_questions:
                write(row.cells[0], questions[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], remarks[section.name], colour=ink)
            for cell, (option, _) in zip(row.cells[2:], columns):
                if option == section.grade:
                    mark(cell, mark_style)
    elif layout == "log":
        clock = rng.choice((9 * 60 + 30, 10 * 60, 13 * 60 + 30, 14 * 60))
        headers = rng.choice((("Time", "Prompt", "What was said", "Grade"),
                              ("Time", "What we talked about", "Notes of the conversation", "Grade")))
        grid = table(document, len(sample.sections) + 1, 4)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, fill_colour)
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], f"{clock // 60:02}:{clock % 60:02}")
            clock += rng.choice((10, 15, 15, 20))
            write(row.cells[1], section.name, bold=True)
            if show_questions:
                write(row.cells[1], questions[section.name], italic=True, size=8)
            write(row.cells[2], section.comment)
            if section.name in remarks:
                write(row.cells[2], remarks[section.name], colour=ink)
            _grade(row.cells[3].paragraphs[0], rng, section.grade, style, reversed_key)
    else:  # numbered blocks
        numbering = rng.choice(("number", "letter"))
        for position, section in enumerate(sample.sections):
            tag = f"{position + 1}." if numbering == "number" else f"Prompt {'ABCDEF'[position]} –"
            paragraph(document, f"{tag} {section.name}", bold=True, colour=brand)
            if show_questions:
                paragraph(document, questions[section.name], italic=True, size=9)
            line = paragraph(document)
            run(line, rng.choice(("What was said: ", "Notes: ")), bold=True)
            run(line, section.comment)
            line = paragraph(document)
            run(line, rng.choice(("Grade: ", "Auditor's grade: ")), bold=True)
            _grade(line, rng, section.grade, style, reversed_key)
            if section.name in remarks:
                paragraph(document, remarks[section.name], colour=ink)


def _answer(document, rng: random.Random, question: str, yes: bool, style: str, fill_colour: str) -> None:
    if style == "cell":
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, fill_colour)
        write(grid.cell(0, 1), "Y" if yes else "N", bold=True)
        return
    paragraph(document, question, bold=True)
    line = paragraph(document)
    if style == "strike":
        run(line, "Yes", strike=not yes)
        run(line, " / ")
        run(line, "No", strike=yes)
    elif style == "ticks":
        run(line, ("\u2612" if yes else "\u2610") + " Yes      ")
        run(line, ("\u2610" if yes else "\u2612") + " No")
    else:
        run(line, "Yes" if yes else rng.choice(("No", "No.", "NO")))


def _lists(document, rng: random.Random, sample, style: str, fill_colour: str) -> None:
    well = rng.choice(("What is working well?", "What's working well?", "Working well"))
    worried = rng.choice(("What are we worried about?", "What are we worried about", "Worries"))
    if style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well, fill_colour)
        label(grid.cell(0, 1), worried, fill_colour)
        for text in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {text}")
    elif style == "cells":
        grid = table(document, 2, 2)
        for row, (heading, items) in zip(grid.rows, ((well, sample.strengths), (worried, sample.development_areas))):
            label(row.cells[0], heading, fill_colour)
            write(row.cells[1], "\n".join(items))
    else:
        for heading, items in ((well, sample.strengths), (worried, sample.development_areas)):
            paragraph(document, heading, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"\u2022 {text}" if style == "bullets" else f"{number}. {text}")


def _actions(document, rng: random.Random, sample, style: str, when, fill_colour: str) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif style == "table":
        headers = rng.choice((("What needs to happen", "Who", "By when"), ("Action", "Lead", "Timescale"),
                              ("Agreed action", "By whom", "By when", "Done?")))
        grid = table(document, len(sample.actions) + 1, len(headers))
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, fill_colour)
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} {action.owner}, by {when(action.due)}.")


def _moderation(document, rng: random.Random, sample, style: str, ink: str, when, brand: str) -> None:
    """The Head of Service's moderation; some files leave the section out."""
    moderation = sample.moderation
    if moderation is None and rng.random() < 0.3:
        return
    heading = rng.choice(("Head of Service moderation", "Moderation by Head of Service", "Head of Service oversight"))
    if style == "box":
        brand_heading(document, heading, brand, size=12)
        labels = rng.choice((("Head of Service", "Date", "Agree with the auditor's grade?", "Moderated grade",
                              "Comments"),
                             ("Moderated by", "Date moderated", "Do you agree with the judgement?",
                              "HoS moderated grade", "Moderator's comments")))
        box_ink = ink if rng.random() < 0.6 else "000000"
        moderation_box(document, rng, sample, moderation, labels=labels,
                       agree=rng.choice((("Yes", "No"), ("Agree", "Disagree"))),
                       not_moderated=("", "Awaiting Head of Service moderation.", "Not yet moderated."),
                       ink=box_ink, when=when)
        return
    brand_heading(document, heading, brand, size=12)
    if moderation is None:
        paragraph(document, rng.choice(("Awaiting moderation.", "Not yet moderated by the Head of Service.")),
                  italic=True)
        return
    for comment in moderation.comments:
        paragraph(document, comment, colour=ink)
    if moderation.grade == sample.grade:
        paragraph(document, f"I agree with the grade: {informal_grade(rng, moderation.grade)}.", colour=ink,
                  bold=True)
    elif moderation.grade:
        line = paragraph(document)
        run(line, "I do not agree with the auditor's grade. Moderated grade: ", colour=ink)
        run(line, informal_grade(rng, moderation.grade), colour=ink, bold=True)
    paragraph(document, f"{moderation.moderator}, Head of Service – {when(moderation.date)}", colour=ink, italic=True)


# --- one file -----------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, grade: str, urgent: bool, hos: str | None,
          social_care: bool, sought: bool | None) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    fill_colour = rng.choice(("F2F2F2", "DEEAF6", "E2EFDA", "FFF2CC"))
    when = date_writer(rng)
    prompts = PROMPTS if rng.random() < 0.6 else SHORT_PROMPTS
    methods = METHOD_SETS[social_care]
    layout = rng.choice(("log", "log", "blocks", "grid"))
    grade_style = rng.choice(("typed", "key", "highlight", "strike", "dropdown"))
    overall_style = rng.choice(("same", "typed", "columns", "sentence"))
    reversed_key = rng.random() < 0.4
    details_style = rng.choice(("table", "strip", "tabbed", "sentence"))
    who_style = rng.choice(("table", "table", "sentence"))
    lists_style = rng.choice(("bullets", "numbered", "columns", "cells"))
    actions_style = rng.choice(("table", "table", "arrows"))
    urgent_style = rng.choice(("typed", "ticks", "strike", "cell"))
    sought_style = rng.choice(("typed", "ticks", "strike", "cell"))
    method_style = rng.choice(("typed", "ticks"))
    moderation_style = rng.choice(("ink", "ink", "box"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    sample, worker, auditor = _change(rng, sample, today, grade=grade, urgent=urgent, hos=hos, social_care=social_care,
                                      sought=sought, prompts=prompts, household=household, methods=methods)
    child = sample.child
    first = child.first_name
    own = {field.key: field for field in sample.own}
    auditor_role = rng.choice(AUDITOR_ROLES[auditor.role])
    worker_role = rng.choice(WORKER_ROLES[social_care])
    # Remarks under the prompts only where the Head of Service types through the form in colour.
    inline_ink = ink if moderation_style == "ink" else None
    if overall_style == "same":
        overall_style = grade_style

    document = new_document(rng, landscape=layout == "grid")
    run(document.sections[0].header.paragraphs[0], council_line(rng), size=8, colour=brand)
    if rng.random() < 0.5:
        run(document.sections[0].footer.paragraphs[0], "OFFICIAL – SENSITIVE when complete", size=8)
    brand_heading(document, sample.title, brand, size=16)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(INTROS), italic=True, size=8)

    numbering = rng.choice(("number", "part", "none"))
    counter = iter(range(1, 10))

    def heading(text: str) -> None:
        number = next(counter)
        if numbering == "number":
            text = f"{number}. {text}"
        elif numbering == "part":
            text = f"Part {'ABCDEFGHI'[number - 1]} – {text}"
        brand_heading(document, text, brand, size=12)

    # --- before the conversation --------------------------------------------------------------
    heading(rng.choice(("The child and the conversation", "About the case", "Details")))
    born = when(child.date_of_birth)
    reference = sample.case_id
    reference_label = ("EHM ID" if reference.startswith("EH") else
                       rng.choice(("Child ID", "LCS ID", "Case ref.", "Ref")))
    start = rng.choice(("09:30", "10:00", "13:30", "14:00"))
    listed_household = ""
    if household and rng.random() < 0.6:
        if rng.random() < 0.5:
            listed_household = ", ".join(f"{name} ({when(day)})" for name, day in household)
        else:
            listed_household = ", ".join(f"{name.split()[0]} ({(sample.date - day).days // 365})"
                                         for name, day in household)
    worker_text = f"{sample.practitioner} ({worker_role})" if rng.random() < 0.5 else sample.practitioner
    if details_style == "sentence":
        where = ", ".join(part for part in (sample.team, sample.service) if part)
        paragraph(document, f"Conversation held on {when(sample.date)} at {start} between {sample.auditor} "
                            f"({auditor_role}) and {sample.practitioner}, {worker_role}"
                            + (f" ({where})" if where else "") + f", about {child.full_name}.")
        rows = [("Date of birth", born), (reference_label, reference)]
    else:
        rows = [("Child's name", child.full_name), ("Date of birth", born), (reference_label, reference),
                (rng.choice(WORKER_LABELS), worker_text)]
        if sample.team:
            rows.append(("Team", sample.team))
        if sample.service:
            rows.append(("Service", sample.service))
        rows.append((rng.choice(AUDITOR_LABELS), f"{sample.auditor}, {auditor_role}"))
        rows.append((rng.choice(("Date of conversation", "Conversation date", "Date")), when(sample.date)))
        if rng.random() < 0.4:
            rows.append(("Time", f"{start} – {int(start[:2]) + 1}:{start[3:]}"))
    if rng.random() < 0.3:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode))))
    if listed_household:
        rows.append((rng.choice(("Other children in the household", "Brothers and sisters")), listed_household))
    if rng.random() < 0.4:
        rows.append(("Records read beforehand", rng.choice(("Assessment, plan, chronology, last two supervisions",
                                                            "Latest assessment and plan; case notes since the "
                                                            "last review"))))
    _details(document, rows, "table" if details_style == "sentence" else details_style, fill_colour)

    # --- who took part ------------------------------------------------------------------------
    others = [name for name, _ in household]
    spoken = sought is not False
    took_part = [(sample.auditor, auditor_role, "Led the conversation"),
                 (sample.practitioner, worker_role, "Allocated worker")]
    manager = manager_of(worker)
    if manager is not None and manager.name != sample.auditor and rng.random() < 0.35:
        took_part.append((manager.name, "Team manager", "Joined for the last part"))
    if spoken:
        took_part.append((child.parents[0], "Parent", own["method"].written))
        if len(child.parents) > 1 and rng.random() < 0.5:
            took_part.append((child.parents[1], "Parent", own["method"].written))
        if rng.random() < 0.25:
            parent_firsts = {parent.split()[0] for parent in child.parents}
            relative = f"{rng.choice([name for name in ADULT_FIRST_NAMES if name not in parent_firsts])} {child.surname}"
            others.append(relative)
            took_part.append((relative, rng.choice(("Grandparent", "Relative", "Extended family")),
                              own["method"].written))
        older = [name for name, day in household if (sample.date - day).days >= 12 * 365]
        if older and rng.random() < 0.5:
            took_part.append((older[0], "Older brother or sister", own["method"].written))
        if (sample.date - child.date_of_birth).days >= 8 * 365 and rng.random() < 0.4:
            took_part.append((first, "Child", "For part of the visit"))
    heading(rng.choice(("Who took part", "Participants")))
    if who_style == "table":
        grid = table(document, len(took_part) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, ("Name", "Role / relationship", "How they took part")):
            label(cell, text, fill_colour)
        for row, (name, role, how) in zip(grid.rows[1:], took_part):
            write(row.cells[0], name)
            write(row.cells[1], role)
            write(row.cells[2], how)
    else:
        paragraph(document, "Taking part: " + "; ".join(f"{name} ({role.lower()})" for name, role, _ in took_part)
                  + ".")

    # --- the conversation ---------------------------------------------------------------------
    heading(rng.choice(("The conversation", "The practice conversation", "What was said")))
    if overall_style == "key" or (grade_style == "key" and layout != "grid"):
        paragraph(document, _key_line(reversed_key), size=9, bold=True)
    _conversation(document, rng, sample, prompts, layout=layout, style=grade_style, reversed_key=reversed_key,
                  fill_colour=fill_colour, ink=inline_ink, show_questions=rng.random() < 0.7, brand=brand)

    # --- the family ---------------------------------------------------------------------------
    heading(rng.choice(("The family's contribution", "Hearing from the family", "The family")))
    if sought is not None:
        _answer(document, rng, rng.choice(("Was the family's feedback sought as part of this audit?",
                                           "Did we speak to the family?",
                                           "Were the family's views sought?")), sought, sought_style, fill_colour)
    if spoken:
        line = paragraph(document)
        run(line, rng.choice(("How we spoke to the family: ", "Type of contact: ")), bold=True)
        chosen = own["method"].written
        if method_style == "typed":
            run(line, chosen)
        else:
            for position, option in enumerate(methods):
                run(line, ("    " if position else "") + ("\u2612 " if option == chosen else "\u2610 ") + option)
        paragraph(document, rng.choice(("What the family told us", "In the family's words")), bold=True)
        words = own["family_view"].written
        if rng.random() < 0.5:
            box = table(document, 1, 1)
            shade(box.cell(0, 0)._tc, rng.choice(("FFF2CC", "E2EFDA", "DEEAF6")))
            write(box.cell(0, 0), f"\u201c{words}\u201d", italic=True)
        else:
            paragraph(document, words, italic=True)
    else:
        line = paragraph(document)
        run(line, "If not, why not? ", bold=True)
        run(line, rng.choice(NOT_SPOKEN).replace("{worker}", sample.practitioner.split()[0]))
    paragraph(document, rng.choice(("What difference has our help made?", "What is different for the child now?")),
              bold=True)
    paragraph(document, own["difference_made"].written)

    # --- overall ------------------------------------------------------------------------------
    heading(rng.choice(("Overall", "Overall judgement and findings", "Findings")))
    overall_label = rng.choice(("Overall grade", "Auditor's overall judgement", "Overall grade from the conversation"))
    if overall_style == "columns":
        paragraph(document, overall_label, bold=True)
        _grade_columns(document, rng, sample.grade, fill_colour, rng.choice(MARKS))
    elif overall_style == "sentence":
        word = rng.choice((OPTION_WORDS[sample.grade].lower(), informal_grade(rng, sample.grade)))
        paragraph(document, f"Overall, practice for {first} is judged to be {word.rstrip('.')}.", bold=True)
    else:
        line = paragraph(document)
        run(line, f"{overall_label}: ", bold=True)
        _grade(line, rng, sample.grade, overall_style, reversed_key)
    _lists(document, rng, sample, lists_style, fill_colour)

    # --- learning and actions -----------------------------------------------------------------
    heading(rng.choice(("Learning and actions", "What needs to happen?", "Learning and actions agreed")))
    _actions(document, rng, sample, actions_style, when, fill_colour)
    if rng.random() < 0.4:
        line = paragraph(document)
        run(line, "Practitioner's reflection: ", bold=True)
        run(line, rng.choice(REFLECTIONS[:3] if spoken else REFLECTIONS[::2]), italic=True)

    # --- the urgent question ------------------------------------------------------------------
    _answer(document, rng, rng.choice(URGENT_QUESTIONS), sample.urgent_concern, urgent_style, fill_colour)
    if sample.urgent_concern:
        line = paragraph(document)
        run(line, rng.choice(("What was done: ", "If yes, details and action taken: ")), bold=True)
        run(line, sample.urgent_concern_detail)

    # --- sign-off and moderation --------------------------------------------------------------
    line = paragraph(document)
    run(line, "Auditor: ", bold=True)
    run(line, f"{sample.auditor}\t")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    _moderation(document, rng, sample, moderation_style, ink, when, brand)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = finish_docx(document, sample.title, sample.date, editor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others),
                    also=(born, *(when(day) for _, day in household)))
