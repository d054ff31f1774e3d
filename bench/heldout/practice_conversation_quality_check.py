"""Practice conversation quality check: an Early Help manager's (or a quality
assurance officer's) record of a quality check held as a conversation – the
manager talks one family's case through with the lead practitioner and, where
they can, with the family – asked appreciatively (what is going well first,
then what would make it even better), graded area by area and overall, with
the family's voice, what is working well and what needs to change, a few
agreed actions, the urgent safety question, sign-off and the Head of
Service's moderation. The conversation-audit sample has no grades: this
family gives it the areas' grades, an overall grade and, on ten files, a
moderation, so the truth holds them.

Source, and why this body: every council, children's trust and safeguarding
partnership the search found describing audits held as conversations or
appreciative inquiry into children's cases – Wirral's "deep dive" audits
with social workers, Stockport's audits "in discussion with the case
holder", Leeds' appreciative inquiry one-minute guide, Newcastle's
Appreciative Inquiry Panel, Devon's appreciative inquiry report, Haringey,
Bristol, Lancashire, Southwark, Knowsley, Kirklees, Solihull's case learning
meetings, Conwy, the Department for Education's "Support for social
workers" page on appreciative inquiry – is already named by another family
or a council layout. So the family is modelled on a similar body not yet
used, and not a public body: the Association of Child Protection
Professionals (AoCPP), a UK-wide membership organisation, as two of its
pages read in the search tool show it. "AoCPP's Practice Learning Review
Special Interest Group – 'Robust Reviews Using Appreciative Inquiry
Techniques'" (childprotectionprofessionals.org.uk/event-speakers/
donna-ohdedar/, a webinar of 9 May 2024, speakers Donna Ohdedar and Adrian
Spanswick, chair) says that rather than focusing on blame and on what causes
things to go wrong, appreciative inquiry focuses on what went well and what
future we should aim for; that it is a more collaborative, strengths-based
approach to change; that the analysis is no less robust; that when practice
falls short, pressure to show accountability tends to bring more compliance
measures and defensiveness; and that adding more recommendations and action
plans creates overwhelm. Its blog post on the same webinar (childprotection
professionals.org.uk/author/helloaocpp-org-uk/) adds that Donna Ohdedar
created the SILP (Significant Incident Learning Process) review model in
2010, that embedding appreciative inquiry techniques in reviews increases
motivation and engagement, and that Adrian Spanswick chairs the Practice
Learning Review SIG. Both are about learning reviews of safeguarding cases,
not audits; neither shows a form or a grade.

So the form is our own judgement throughout. Only its appreciative order
follows the source: each area asked about what is going well before what
would be "even better", what is working well before what needs to change,
and few actions (none to two, at least one where practice is weaker). The rest
is ours: that a council's Early Help service would quality-check a case by a
conversation with the lead practitioner and the family and record it on a
Word form; the five areas (four on a shorter version) with a guiding
question each; the Ofsted-scale grades; and every layout choice. The title
in a coloured banner or as a heading, the council's line in the page header
or in the banner; on six files a summary panel at the top holding the
overall grade and the urgent question; the details as a four-column grid,
one shaded card of "Label: value" lines, or one line of pairs separated by
bars (plain, case-system-prefixed or Early Help references; team in its own
cell, after the practitioner's name in brackets, or not shown; service shown
on about half; a date of birth on some; brothers and sisters with ages or
dates of birth on some); who took part as ticked roles, a sentence or a
table (the practitioner's manager, parents, a grandparent or an older
brother or sister on some); the areas as cards, a landscape matrix marked
under O / G / RI / I columns or questions and answers; grades typed
informally, a number on a printed 1–4 key either way round, highlighted and
emboldened among the four, the others struck through, or a Word drop-down;
the overall grade labelled in the tool's words ("Overall quality of practice
found through the conversation" and others) the same ways, under four
columns or in a sentence; the family's voice and what difference the help
made (on three files the family were not spoken to, with the reason); what
is working well / what needs to change as paragraphs, numbered points or
side by side; agreed actions as a table, "Action n: … Who: … By: …" lines
or a "no actions" sentence; the urgent question typed, ticked, struck
through or as a Y / N cell (three yes, each with what was done); the
auditor's sign-off and the practitioner's acknowledgement; and the Head of
Service's moderation – typed through the form in a colour of their own
(never red: remarks under some areas and an "HoS:" line under the overall
grade), in a heavy-bordered box (in colour, or in black on a shaded fill),
or in a two-column "auditor / Head of Service" table – changing the grade
(4), confirming it (3) or only commenting (3); an empty box, an "awaiting"
note or nothing on the others.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, SampleAction, Section
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES, QA_TEAM, head_of_service_over, manager_of
from bot.samples.phrases import fill
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    GOOD,
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
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "practice_conversation_quality_check"
SEED = 10059

TITLES = ("Practice Conversation Quality Check", "Quality Check – Practice Conversation",
          "Appreciative Practice Conversation: Quality Check Record")
INTROS = (
    "A quality check is a conversation, not an inspection. Start with what is going well and why, then ask what "
    "would make it even better. Keep actions few and meaningful.",
    "Talk the case through with the lead practitioner and, where you can, the family. Record what you heard, not "
    "what you read.",
)

# The areas talked about: (name, guiding question). The name is the truth's
# section name; {child} is the child's first name.
AREAS = (
    ("Knowing the child and their world", "Tell me about {child}. What does a good day look like for {child}, and "
                                          "how do you know?"),
    ("Building the relationship with the family", "What have you done that helped the family trust you?"),
    ("Making sense of what is happening", "What do you understand best about the worries and the strengths in "
                                          "this family?"),
    ("A plan that makes a difference", "What is the plan helping to change, and how will everyone know it has?"),
    ("Support and reflection for the practitioner", "What has helped you think about this family – supervision, "
                                                    "colleagues, training?"),
)
SHORT_AREAS = (AREAS[0], AREAS[1], AREAS[3], AREAS[4])

# What was heard for each area: (going well, mixed, weak); {worker} is the
# practitioner's first name. Outstanding and Good both draw the first.
HEARD = {
    "Knowing the child and their world": (
        "{worker} spoke about {child} with warmth and detail – routines, favourite things, who {child} is close "
        "to – and the record says the same.",
        "{worker} clearly knows {child}, but very little of it is written down and the last direct work is some "
        "months old.",
        "{worker} struggled to describe {child}'s day, and there is no record of {child} being seen at home "
        "recently.",
    ),
    "Building the relationship with the family": (
        "{worker} has stuck with a family who were wary at first; they now ring {worker} themselves when things "
        "are hard.",
        "A good relationship with one parent; the other parent's part in the work was less clear.",
        "The family have missed the last three visits and {worker} has not yet found a way in.",
    ),
    "Making sense of what is happening": (
        "{worker} explained the worries and the strengths without jargon; the family would recognise them.",
        "The worries were described well, but old and new worries are mixed together in the assessment.",
        "{worker} was unsure what the current worries are or why the case is still open.",
    ),
    "A plan that makes a difference": (
        "We went through the plan together; every action has a name and a date, and the family have a copy.",
        "The plan has the right things in it but does not say what will be different for {child}.",
        "{worker} could not say what the plan is trying to change; actions from the last review are still open.",
    ),
    "Support and reflection for the practitioner": (
        "{worker} described regular reflective supervision, and decisions on file match what was said.",
        "Supervision happens, but {worker} said some decisions are made in passing and not written up.",
        "There has been no supervision on this family for over two months and {worker} said they felt stuck.",
    ),
}
TIERS = (0, 0, 1, 2)  # the HEARD column for each of GRADES

WORKING_WELL = (
    "{worker} knows {child} well and talks about {child} with warmth.",
    "The family say they trust {worker} and feel listened to.",
    "The plan is written in words the family understand.",
    "Recent direct work with {child} has shaped the plan.",
    "School and health share information before every review.",
    "Supervision is regular and the reasons for decisions are recorded.",
)
WORKING_WELL_WEAK = ("{worker} was open and honest about what has not happened yet.",
                     "{worker} knows what needs to change and asked for help to do it.")
NEEDS_TO_CHANGE = (
    "{child}'s own words are missing from the latest assessment.",
    "Plan actions have no dates, so the family cannot tell what progress looks like.",
    "One parent has not been part of the plan.",
    "The chronology has not been updated since the last review.",
    "Partner information is not chased when it is late.",
    "{worker} has not had protected time to reflect on this family.",
)
SIBLING_CHANGE = ("{name}'s needs are not looked at separately in the plan.",
                  "{name} has not been spoken to on their own about what life is like at home.")
ACTIONS = (
    "Complete direct work with {child} and add {child}'s words to the plan.",
    "Update the chronology before the next review.",
    "Invite both parents to the next TAF meeting and record their views.",
    "Book a reflective supervision session on this family.",
    "Chase school and health for updated information.",
    "Rewrite the plan with the family so every action has a date.",
)
NO_ACTIONS = ("No actions needed – keep doing what you are doing.",
              "No actions arising from this quality check.",
              "No further actions required at this time; feedback given to the practitioner.")
FAMILY_VIEWS = (
    "Mum said {worker} is the first worker who has explained things properly, and she knows what happens next.",
    "Dad said he felt left out at the start, but {worker} now rings him before every meeting.",
    "The family said they would like fewer people at meetings, but they feel listened to.",
    "Mum said the help with money and housing has taken a weight off her shoulders.",
)
DIFFERENCE_FAMILY = (
    "The family say home is calmer and they argue less.",
    "Mum says she is sleeping better now the debts are being sorted.",
    "The family know who to call if things get difficult again.",
)
DIFFERENCE_WORKER = (
    "{worker} said home conditions have improved and stayed better for two months.",
    "{worker} said the family now come to meetings instead of missing them.",
)
NOT_SPOKEN = ("Mum did not want to take part; she said she would rather give her views to {worker}.",
              "We could not reach the family after three calls and a letter.",
              "Not the right time to contact the family – a new baby arrived last week.")
# (needs the family spoken to, text)
URGENT_DETAILS = (
    (True, "Mum told us her former partner, who is not allowed contact, has been staying at the house. Duty team "
           "told straight away and the Head of Service informed the same day."),
    (False, "{worker} said {child} has a bruise that was not explained at the last visit. Referred to the front "
            "door team for a strategy discussion today; Head of Service told."),
    (False, "{worker} told us the family are due to be evicted this week and have nowhere to go with {child}. "
            "Raised with the duty manager and the Head of Service today."),
)
URGENT_QUESTIONS = ("Is anything from this conversation a worry for a child's safety today?",
                    "Does anything need to happen today to keep a child safe?",
                    "Urgent safeguarding concern identified?")
MODERATION_TEXT = {
    "confirms": ("I have read the record and the plan: I agree with the grade.",
                 "Agree – a thoughtful, honest conversation and a fair grade."),
    "lowers": ("Reading the plan after this conversation, I do not think it is moving quickly enough for {child}.",
               "The record is generous: the gaps in the plan are not reflected in the grade."),
    "raises": ("The record undersells the difference {worker} has made for {child}.",
               "{worker}'s relationship with the family is a real strength and the impact is clear."),
    "comments": ("Please pick up the actions in {worker}'s next supervision.",
                 "Seen – I will share the learning about involving dads at the service meeting."),
}
AREA_REMARKS = {True: ("HoS: agree.", "HoS: agree – well evidenced."),
                False: ("HoS: please make sure the TAF minutes are on the file.",
                        "HoS: I would like to see this in the next supervision record.")}

AUDITOR_ROLES = {"early_help_manager": ("Early Help Manager", "EH Team Manager"),
                 QA_TEAM: ("QA Officer", "Quality Assurance Practice Lead")}
WORKER_ROLES = ("Family Support Worker", "Early Help Practitioner", "Family Worker", "Lead Professional")
OPTION_WORDS = {OUTSTANDING: "Outstanding", GOOD: "Good", REQUIRES_IMPROVEMENT: "Requires improvement",
                INADEQUATE: "Inadequate"}
ABBREVIATIONS = {OUTSTANDING: "O", GOOD: "G", REQUIRES_IMPROVEMENT: "RI", INADEQUATE: "I"}
METHODS = ("Home visit", "Telephone call", "Visit at the family hub", "Video call")
OVERALL_LABELS = ("Overall quality of practice found through the conversation", "Our overall view of the practice",
                  "Overall quality check grade")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    # Three urgent; moderation on ten (four changing, three confirming, three
    # comments only); the family not spoken to on three; the summary panel on six.
    urgent = set(rng.sample(positions, min(3, len(positions))))
    moderated = rng.sample(positions, min(10, len(positions)))
    kinds = dict(zip(moderated, ("changes",) * 4 + ("confirms",) * 3 + ("comments",) * 3))
    unspoken = set(rng.sample(positions, min(3, len(positions))))
    panel = set(rng.sample(positions, min(6, len(positions))))
    plan = (OUTSTANDING, GOOD, GOOD, GOOD, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT,
            INADEQUATE)
    grades = [plan[position % len(plan)] for position in positions]
    rng.shuffle(grades)
    # Each way of laying out the areas and of writing a grade on several files.
    layouts = [("cards", "matrix", "qa", "cards", "qa")[position % 5] for position in positions]
    rng.shuffle(layouts)
    styles = [("typed", "key", "highlight", "strike", "dropdown")[position % 5] for position in positions]
    rng.shuffle(styles)
    return [_form(rng, index, sample, today, grade=grades[index], urgent=index in urgent, hos=kinds.get(index),
                  spoken=index not in unspoken, panel=index in panel, layout=layouts[index], grade_style=styles[index])
            for index, sample in enumerate(samples)]


# --- the sample as the file shows it --------------------------------------------------


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _weekday_after(day: date, days: int, latest: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, latest))


def _nearby(rng: random.Random, grade: str) -> str:
    index = GRADES.index(grade) + rng.choice((-1, 0, 0, 0, 1))
    return GRADES[min(max(index, 0), len(GRADES) - 1)]


def _change(rng: random.Random, sample, today: date, *, grade: str, urgent: bool, hos: str | None, spoken: bool,
            areas, household: list[tuple[str, date]], reference: str, show_team: bool, show_service: bool,
            title: str):
    """Every change the file needs, so that the truth follows it."""
    first = sample.child.first_name
    worker = _member(sample.practitioner)
    qa_officers = [person for person in STAFF if person.role == QA_TEAM]
    auditor = rng.choice(qa_officers) if rng.random() < 0.25 else _member(sample.auditor)
    worker_first = worker.name.split()[0]

    def text(template: str, name: str | None = first) -> str:
        return fill(template.replace("{worker}", worker_first), name)

    changes: dict = {"auditor": auditor.name, "title": title, "case_id": reference,
                     "team": worker.team if show_team else None, "service": worker.service if show_service else None}

    grades = [_nearby(rng, grade) for _ in areas]
    if grade not in grades:
        grades[rng.randrange(len(grades))] = grade
    changes["grade"] = grade
    changes["sections"] = tuple(Section(name, given, text(HEARD[name][TIERS[GRADES.index(given)]]))
                                for (name, _), given in zip(areas, grades))
    severity = GRADES.index(grade)
    well = WORKING_WELL if grade != INADEQUATE else WORKING_WELL_WEAK
    changes["strengths"] = tuple(text(line) for line in
                                 rng.sample(well, max(1, min(len(well), (4, 3, 2, 1)[severity] - rng.randint(0, 1)))))
    # A baby has no words of their own to record.
    talks = (sample.date - sample.child.date_of_birth).days >= 4 * 365
    change = [text(line) for line in rng.sample([line for line in NEEDS_TO_CHANGE if talks or "words" not in line],
                                                min(3, 1 + severity))]
    talkers = [name for name, born in household if (sample.date - born).days >= 5 * 365]
    if talkers and rng.random() < 0.5:
        change.append(rng.choice(SIBLING_CHANGE).format(name=talkers[0].split()[0]))
    changes["development_areas"] = tuple(change)

    # Few actions, as the appreciative approach wants: the sample's dates (none
    # to two), one added where practice is weaker.
    dues = [action.due for action in sample.actions][:2]
    if severity <= 1 and rng.random() < 0.3:
        dues = []  # good practice: nothing to add
    if not dues and severity >= 2:
        dues = [_weekday_after(sample.date, rng.randint(14, 42), sample.date + timedelta(days=60))]
    owners = (worker.name, auditor.name)
    fitting = [line for line in ACTIONS if talks or "words" not in line]
    changes["actions"] = tuple(SampleAction(text(line), rng.choice(owners), due)
                               for line, due in zip(rng.sample(fitting, len(dues)), dues))

    own = []
    if spoken:
        method = next(field.written for field in sample.own if field.key == "method")
        own.append(ToolField("method", "How we spoke to the family", method, method))
        template = rng.choice(FAMILY_VIEWS).replace("{worker}", worker_first)
        own.append(ToolField("family_view", "In the family's words", fill(template, first), fill(template, None)))
        template = rng.choice(DIFFERENCE_FAMILY)
    else:
        template = rng.choice(DIFFERENCE_WORKER).replace("{worker}", worker_first)
    own.append(ToolField("difference_made", "What difference has the help made?", fill(template, first),
                         fill(template, None)))
    changes["own"] = tuple(own)

    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = text(rng.choice([line for needs, line in URGENT_DETAILS
                                                            if spoken or not needs]))
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
        comments = tuple(text(line) for line in rng.sample(pool, rng.randint(1, 2)))
        remarked = rng.sample([name for name, _ in areas], rng.randint(1, 2))
        changes["moderation"] = Moderation(
            moderator=head.name, date=_weekday_after(sample.date, rng.randint(2, 10), today), comments=comments,
            section_comments={name: rng.choice(AREA_REMARKS[hos == "confirms"]) for name in remarked},
            grade=moderated_grade)
    return replace(sample, **changes), worker, auditor


# --- Word pieces --------------------------------------------------------------------------


def _heavy_border(grid, colour: str = "000000", size: int = 18) -> None:
    """Give a table a heavy outside border, as a box a form sets apart."""
    properties = grid._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), str(size if side in ("top", "left", "bottom", "right") else 4))
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), colour)
        borders.append(edge)
    later = {qn(f"w:{name}") for name in ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")}
    following = next((child for child in properties if child.tag in later), None)
    if following is None:
        properties.append(borders)
    else:
        following.addprevious(borders)


def _key_number(grade: str, reversed_key: bool) -> int:
    position = GRADES.index(grade)
    return 4 - position if reversed_key else position + 1


def _key_line(reversed_key: bool) -> str:
    parts = [f"{_key_number(grade, reversed_key)} = {word}" for grade, word in OPTION_WORDS.items()]
    return "Key:  " + "    ".join(reversed(parts) if reversed_key else parts)


def _grade(target, rng: random.Random, grade: str, style: str, reversed_key: bool, ids: ControlIds) -> None:
    """Write a grade into the paragraph `target` in one of the text styles."""
    if style == "typed":
        run(target, informal_grade(rng, grade, note_chance=0.15))
    elif style == "key":
        number = str(_key_number(grade, reversed_key))
        run(target, number, bold=True)
    elif style == "dropdown":
        content_dropdown(target._p, tuple(OPTION_WORDS.values()), OPTION_WORDS[grade], ids, alias="Grade")
    else:
        for position, (option, word) in enumerate(OPTION_WORDS.items()):
            chosen = option == grade
            if position:
                run(target, " / " if style == "strike" else "  ")
            if style == "strike":
                run(target, word, strike=not chosen)
            else:  # highlight
                run(target, word, bold=chosen, highlight=chosen)


def _details(document, rows: list[tuple[str, str]], style: str, fill_colour: str) -> None:
    if style == "grid":
        grid = table(document, (len(rows) + 1) // 2, 4)
        for position, (name, value) in enumerate(rows):
            row, column = divmod(position, 2)
            label(grid.cell(row, column * 2), name, fill_colour)
            write(grid.cell(row, column * 2 + 1), value)
    elif style == "card":
        box = table(document, 1, 1)
        shade(box.cell(0, 0)._tc, fill_colour)
        cell = box.cell(0, 0)
        for index, (name, value) in enumerate(rows):
            target = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            run(target, f"{name}: ", bold=True)
            run(target, value)
    else:  # pipes: pairs on lines separated by bars
        for start in range(0, len(rows), 3):
            line = paragraph(document)
            for position, (name, value) in enumerate(rows[start:start + 3]):
                if position:
                    run(line, "   |   ")
                run(line, f"{name}: ", bold=True)
                run(line, value)


def _answer(document, rng: random.Random, question: str, yes: bool, style: str, fill_colour: str) -> None:
    if style == "cell":
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, fill_colour)
        write(grid.cell(0, 1), "Y" if yes else "N", bold=True)
        return
    line = paragraph(document)
    run(line, f"{question}  ", bold=True)
    if style == "strike":
        run(line, "Yes", strike=not yes)
        run(line, " / ")
        run(line, "No", strike=yes)
    elif style == "ticks":
        run(line, ("\u2612" if yes else "\u2610") + " Yes    ")
        run(line, ("\u2610" if yes else "\u2612") + " No")
    else:
        run(line, "Yes" if yes else rng.choice(("No", "No.", "NO")))


def _areas(document, rng: random.Random, sample, areas, *, layout: str, style: str, reversed_key: bool,
           fill_colour: str, ink: str | None, brand: str, ids: ControlIds, show_questions: bool) -> None:
    first = sample.child.first_name
    remarks = sample.moderation.section_comments if (sample.moderation and ink) else {}
    questions = {name: fill(question, first) for name, question in areas}
    heard_label = rng.choice(("What we heard", "What was said", "Appreciating / even better if"))
    if layout == "matrix":
        order = rng.choice(((OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE),
                            (INADEQUATE, REQUIRES_IMPROVEMENT, GOOD, OUTSTANDING)))
        paragraph(document, "O = Outstanding   G = Good   RI = Requires improvement   I = Inadequate", size=8,
                  italic=True)
        mark_style = rng.choice(MARKS)
        grid = table(document, len(sample.sections) + 1, 6)
        for cell, text in zip(grid.rows[0].cells, ("Area", heard_label, *(ABBREVIATIONS[g] for g in order))):
            label(cell, text, fill_colour)
        for row, section in zip(grid.rows[1:], sample.sections):
            write(row.cells[0], section.name, bold=True)
            if show_questions:
                write(row.cells[0], questions[section.name], italic=True, size=8)
            write(row.cells[1], section.comment)
            if section.name in remarks:
                write(row.cells[1], remarks[section.name], colour=ink)
            for cell, option in zip(row.cells[2:], order):
                if option == section.grade:
                    mark(cell, mark_style)
    elif layout == "cards":
        for number, section in enumerate(sample.sections, 1):
            card = table(document, 2, 2)
            label(card.cell(0, 0), f"{number}. {section.name}", fill_colour)
            label(card.cell(0, 1), rng.choice(("Grade", "Rating")), fill_colour)
            if show_questions:
                write(card.cell(1, 0), questions[section.name], italic=True, size=8)
            write(card.cell(1, 0), section.comment)
            if section.name in remarks:
                write(card.cell(1, 0), remarks[section.name], colour=ink)
            _grade(card.cell(1, 1).paragraphs[0], rng, section.grade, style, reversed_key, ids)
            paragraph(document)
    else:  # questions and answers
        for number, section in enumerate(sample.sections, 1):
            paragraph(document, f"{section.name}", bold=True, colour=brand)
            if show_questions:
                line = paragraph(document)
                run(line, f"Q{number}. ", bold=True)
                run(line, questions[section.name], italic=True)
            line = paragraph(document)
            run(line, f"{heard_label}: ", bold=True)
            run(line, section.comment)
            line = paragraph(document)
            run(line, "Grade: ", bold=True)
            _grade(line, rng, section.grade, style, reversed_key, ids)
            if section.name in remarks:
                paragraph(document, remarks[section.name], colour=ink)


def _overall(document, rng: random.Random, sample, style: str, overall_label: str, reversed_key: bool,
             fill_colour: str, ids: ControlIds) -> None:
    if style == "columns":
        paragraph(document, overall_label, bold=True)
        grid = table(document, 2, 4)
        mark_style = rng.choice(MARKS)
        for column, (option, word) in enumerate(OPTION_WORDS.items()):
            label(grid.cell(0, column), word, fill_colour)
            if option == sample.grade:
                mark(grid.cell(1, column), mark_style)
    elif style == "sentence":
        word = rng.choice((OPTION_WORDS[sample.grade].lower(), informal_grade(rng, sample.grade)))
        paragraph(document, f"Taking everything we heard together, {overall_label[0].lower()}{overall_label[1:]} is "
                            f"{word.rstrip('.')}.", bold=True)
    else:
        line = paragraph(document)
        run(line, f"{overall_label}: ", bold=True)
        _grade(line, rng, sample.grade, style, reversed_key, ids)


def _lists(document, rng: random.Random, sample, style: str, fill_colour: str) -> None:
    well = rng.choice(("What is working well", "What we appreciated", "Working well"))
    change = rng.choice(("What needs to change", "Even better if", "What needs to change?"))
    if style == "side":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well, fill_colour)
        label(grid.cell(0, 1), change, fill_colour)
        for number, text in enumerate(sample.strengths, 1):
            write(grid.cell(1, 0), f"{number}. {text}")
        for number, text in enumerate(sample.development_areas, 1):
            write(grid.cell(1, 1), f"{number}. {text}")
        return
    for heading, items in ((well, sample.strengths), (change, sample.development_areas)):
        paragraph(document, heading, bold=True)
        for number, text in enumerate(items, 1):
            paragraph(document, text if style == "paragraphs" else f"{number}) {text}")


def _actions(document, rng: random.Random, sample, style: str, when, fill_colour: str) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS), italic=rng.random() < 0.5)
    elif style == "table":
        headers = rng.choice((("What we agreed", "Who", "By when"), ("Agreed action", "Lead", "Date")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, fill_colour)
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for number, action in enumerate(sample.actions, 1):
            line = paragraph(document)
            run(line, f"Action {number}: ", bold=True)
            run(line, f"{action.action}  ")
            run(line, "Who: ", bold=True)
            run(line, f"{action.owner}  ")
            run(line, "By: ", bold=True)
            run(line, when(action.due))


def _hos_line(document, rng: random.Random, sample, ink: str, when) -> None:
    """The Head of Service typing through the form under the overall grade."""
    moderation = sample.moderation
    line = paragraph(document)
    if moderation.grade == sample.grade:
        run(line, f"HoS: agree – {informal_grade(rng, moderation.grade)}. ", colour=ink, bold=True)
    elif moderation.grade:
        run(line, "HoS: ", colour=ink, bold=True)
        run(line, f"{informal_grade(rng, moderation.grade)} ", colour=ink, bold=True)
        run(line, f"(changed from {OPTION_WORDS[sample.grade].lower()}). ", colour=ink)
    else:
        run(line, "HoS: ", colour=ink, bold=True)
    run(line, " ".join(moderation.comments), colour=ink)
    paragraph(document, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)


def _moderation(document, rng: random.Random, sample, style: str, ink: str, when, brand: str,
                fill_colour: str) -> None:
    moderation = sample.moderation
    if style == "through":
        if moderation is None and rng.random() < 0.5:
            brand_heading(document, "Head of Service moderation", brand, size=11)
            paragraph(document, rng.choice(("Awaiting Head of Service moderation.", "Not yet moderated.")),
                      italic=True)
        return  # moderated files carry it under the overall grade and the areas
    heading = rng.choice(("Head of Service moderation", "Moderation (Head of Service)", "HoS oversight"))
    brand_heading(document, heading, brand, size=11)
    if style == "side":
        grid = table(document, 3, 2)
        label(grid.cell(0, 0), "Auditor's grade", fill_colour)
        label(grid.cell(0, 1), "Head of Service's grade", fill_colour)
        write(grid.cell(1, 0), OPTION_WORDS[sample.grade])
        if moderation:
            if moderation.grade:
                write(grid.cell(1, 1), informal_grade(rng, moderation.grade), colour=ink, bold=True)
            else:
                write(grid.cell(1, 1), "–", colour=ink)
            for comment in moderation.comments:
                write(grid.cell(2, 1), comment, colour=ink)
            write(grid.cell(2, 1), f"{moderation.moderator} {when(moderation.date)}", colour=ink, italic=True)
        elif rng.random() < 0.5:
            write(grid.cell(2, 1), "Awaiting moderation", italic=True)
        return
    # A heavy-bordered box: in ink, or in black on a shaded fill.
    black = rng.random() < 0.4
    colour = "000000" if black else ink
    box = table(document, 4, 2)
    _heavy_border(box)
    for row, text in zip(box.rows, ("Moderated by", "Date", "Moderated grade", "Comments")):
        label(row.cells[0], text)
        if black:
            shade(row.cells[1]._tc, "E7E6E6")
    if moderation:
        write(box.cell(0, 1), f"{moderation.moderator}, Head of Service", colour=colour)
        write(box.cell(1, 1), when(moderation.date), colour=colour)
        if moderation.grade == sample.grade:
            write(box.cell(2, 1), f"{informal_grade(rng, moderation.grade)} – agree with auditor", colour=colour,
                  bold=True)
        elif moderation.grade:
            write(box.cell(2, 1), informal_grade(rng, moderation.grade), colour=colour, bold=True)
        for comment in moderation.comments:
            write(box.cell(3, 1), comment, colour=colour)
    elif rng.random() < 0.5:
        write(box.cell(3, 1), rng.choice(("Awaiting HoS moderation.", "Not moderated this month.")), italic=True)


# --- one file -----------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, grade: str, urgent: bool, hos: str | None,
          spoken: bool, panel: bool, layout: str, grade_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    fill_colour = rng.choice(("F2F2F2", "DEEAF6", "E2EFDA", "FFF2CC"))
    when = date_writer(rng)
    ids = ControlIds(rng)
    areas = AREAS if rng.random() < 0.65 else SHORT_AREAS
    overall_style = rng.choice(("same", "same", "typed", "columns", "sentence"))
    if overall_style == "same":
        overall_style = grade_style
    reversed_key = rng.random() < 0.4
    details_style = rng.choice(("grid", "grid", "card", "pipes"))
    who_style = rng.choice(("ticks", "sentence", "table"))
    lists_style = rng.choice(("paragraphs", "numbered", "side"))
    actions_style = rng.choice(("table", "lines"))
    urgent_style = rng.choice(("typed", "ticks", "strike", "cell"))
    moderation_style = rng.choice(("through", "through", "box", "side"))
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    style = rng.choice(("plain", "prefixed", "early_help", "early_help"))
    reference = {"plain": sample.case_id, "prefixed": case_reference(rng, sample.case_id),
                 "early_help": early_help_reference(rng, sample.case_id)}[style]
    team_style = rng.choice(("own", "own", "brackets", "none"))
    show_service = rng.random() < 0.5
    title = rng.choice(TITLES)
    sample, worker, auditor = _change(rng, sample, today, grade=grade, urgent=urgent, hos=hos, spoken=spoken,
                                      areas=areas, household=household, reference=reference,
                                      show_team=team_style != "none", show_service=show_service, title=title)
    child = sample.child
    own = {field.key: field for field in sample.own}
    auditor_role = rng.choice(AUDITOR_ROLES[auditor.role])
    worker_first = worker.name.split()[0]
    inline_ink = ink if (moderation_style == "through" and sample.moderation) else None
    others = [name for name, _ in household]

    document = new_document(rng, landscape=layout == "matrix")
    banner = rng.random() < 0.5
    if banner:
        box = table(document, 1, 1)
        shade(box.cell(0, 0)._tc, brand)
        write(box.cell(0, 0), council_line(rng), colour="FFFFFF", size=9)
        write(box.cell(0, 0), sample.title, colour="FFFFFF", bold=True, size=15)
    else:
        run(document.sections[0].header.paragraphs[0], council_line(rng), size=8, colour=brand)
        brand_heading(document, sample.title, brand, size=16)
    if rng.random() < 0.3:
        run(document.sections[0].footer.paragraphs[0], "OFFICIAL – SENSITIVE when complete", size=8)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(INTROS), italic=True, size=8)

    # --- summary panel ------------------------------------------------------------------------
    overall_label = rng.choice(OVERALL_LABELS)
    urgent_question = rng.choice(URGENT_QUESTIONS)
    if panel:
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), overall_label, fill_colour)
        label(grid.cell(1, 0), urgent_question, fill_colour)
        panel_style = overall_style if overall_style in ("typed", "key", "highlight", "strike", "dropdown") else "typed"
        _grade(grid.cell(0, 1).paragraphs[0], rng, sample.grade, panel_style, reversed_key, ids)
        write(grid.cell(1, 1), "Yes" if sample.urgent_concern else "No", bold=True)
        if sample.urgent_concern:
            line = paragraph(document)
            run(line, "What was done: ", bold=True)
            run(line, sample.urgent_concern_detail)
        if sample.moderation and inline_ink:
            _hos_line(document, rng, sample, ink, when)
        if panel_style == "key":
            paragraph(document, _key_line(reversed_key), size=8)

    # --- details ------------------------------------------------------------------------------
    brand_heading(document, rng.choice(("About this quality check", "Details", "The family and the conversation")),
                  brand, size=12)
    worker_text = sample.practitioner
    if team_style == "brackets":
        worker_text = f"{sample.practitioner} ({sample.team})"
    elif rng.random() < 0.3:
        worker_text = f"{sample.practitioner}, {rng.choice(WORKER_ROLES)}"
    rows = []
    if rng.random() < 0.85:
        older = (sample.date - child.date_of_birth).days >= 11 * 365
        rows.append((rng.choice(("Child", "Child's name", "Young person" if older else "Child")), child.full_name))
    born = when(child.date_of_birth)
    if rng.random() < 0.4:
        rows.append(("DOB", born))
    reference_label = "EHM ID" if reference.startswith("EH") else rng.choice(("Ref", "Family ref.", "Child ID",
                                                                               "Case no."))
    rows.append((reference_label, reference))
    rows.append((rng.choice(("Lead practitioner", "Practitioner", "Worker")), worker_text))
    if team_style == "own":
        rows.append(("Team", sample.team))
    if sample.service:
        rows.append(("Service", sample.service))
    rows.append((rng.choice(("Quality check by", "Conversation led by", "Checked by")),
                 f"{sample.auditor} ({auditor_role})" if rng.random() < 0.6 else sample.auditor))
    rows.append((rng.choice(("Date of conversation", "Date", "Conversation held on")), when(sample.date)))
    listed = ""
    if household and rng.random() < 0.6:
        if rng.random() < 0.5:
            listed = ", ".join(f"{name} ({when(day)})" for name, day in household)
        else:
            listed = ", ".join(f"{name.split()[0]} ({(sample.date - day).days // 365})" for name, day in household)
        rows.append((rng.choice(("Brothers and sisters", "Other children in the household")), listed))
    _details(document, rows, details_style, fill_colour)

    # --- who took part ------------------------------------------------------------------------
    brand_heading(document, rng.choice(("Who took part", "Taking part")), brand, size=12)
    took_part = [(sample.practitioner, rng.choice(WORKER_ROLES))]
    manager = manager_of(worker)
    if manager is not None and manager.name != sample.auditor and rng.random() < 0.4:
        took_part.append((manager.name, "Practitioner's manager"))
    family = []
    if spoken:
        family.append((child.parents[0], "Parent"))
        if len(child.parents) > 1 and rng.random() < 0.5:
            family.append((child.parents[1], "Parent"))
        if rng.random() < 0.25:
            parent_firsts = {parent.split()[0] for parent in child.parents}
            relative = f"{rng.choice([n for n in ADULT_FIRST_NAMES if n not in parent_firsts])} {child.surname}"
            others.append(relative)
            family.append((relative, rng.choice(("Grandparent", "Aunt / uncle"))))
        older = [name for name, day in household if (sample.date - day).days >= 12 * 365]
        if older and rng.random() < 0.5:
            family.append((older[0], "Older brother or sister"))
    if who_style == "ticks":
        for role, names in (("Practitioner", [name for name, _ in took_part[:1]]),
                            ("Practitioner's manager", [name for name, role in took_part if role.endswith("manager")]),
                            ("Parent / carer", [name for name, role in family if role == "Parent"]),
                            ("Other family members", [f"{name} ({role.lower()})" for name, role in family
                                                      if role != "Parent"])):
            line = paragraph(document)
            run(line, ("\u2612 " if names else "\u2610 ") + role + (": " if names else ""))
            if names:
                run(line, ", ".join(names))
    elif who_style == "sentence":
        everyone = [*took_part, *family]
        paragraph(document, "Present: " + "; ".join(f"{name} ({role.lower()})" for name, role in everyone) + ".")
    else:
        everyone = [*took_part, *family]
        grid = table(document, len(everyone) + 1, 2)
        label(grid.cell(0, 0), "Name", fill_colour)
        label(grid.cell(0, 1), "Part in the conversation", fill_colour)
        for row, (name, role) in zip(grid.rows[1:], everyone):
            write(row.cells[0], name)
            write(row.cells[1], role)
    if spoken:
        line = paragraph(document)
        run(line, rng.choice(("How we spoke to the family: ", "Family conversation by: ")), bold=True)
        chosen = own["method"].written
        if rng.random() < 0.5:
            run(line, chosen)
        else:
            for position, option in enumerate(METHODS):
                run(line, ("   " if position else "") + ("\u2612 " if option == chosen else "\u2610 ") + option)

    # --- the conversation ---------------------------------------------------------------------
    brand_heading(document, rng.choice(("The conversation", "What we talked about", "Areas of practice")), brand,
                  size=12)
    key_printed = panel and overall_style == "key"
    if layout != "matrix" and grade_style == "key" and not key_printed:
        paragraph(document, _key_line(reversed_key), size=8, bold=True)
        key_printed = True
    _areas(document, rng, sample, areas, layout=layout, style=grade_style, reversed_key=reversed_key,
           fill_colour=fill_colour, ink=inline_ink, brand=brand, ids=ids, show_questions=rng.random() < 0.7)

    # --- the family's voice -------------------------------------------------------------------
    brand_heading(document, rng.choice(("The family's voice", "Hearing from the family")), brand, size=12)
    if spoken:
        paragraph(document, rng.choice(("In the family's words", "What the family told us")), bold=True)
        paragraph(document, f"\u201c{own['family_view'].written}\u201d", italic=True)
    else:
        line = paragraph(document)
        run(line, "Family not spoken to – why? ", bold=True)
        run(line, rng.choice(NOT_SPOKEN).replace("{worker}", worker_first))
    paragraph(document, rng.choice(("What difference has the help made?", "What is different for the family now?")),
              bold=True)
    paragraph(document, own["difference_made"].written)

    # --- overall and findings -----------------------------------------------------------------
    brand_heading(document, rng.choice(("Overall", "Findings", "Bringing it together")), brand, size=12)
    if not panel:
        if overall_style == "key" and not key_printed:
            paragraph(document, _key_line(reversed_key), size=8)
        _overall(document, rng, sample, overall_style, overall_label, reversed_key, fill_colour, ids)
        if sample.moderation and inline_ink:
            _hos_line(document, rng, sample, ink, when)
    _lists(document, rng, sample, lists_style, fill_colour)

    brand_heading(document, rng.choice(("Agreed actions", "What we agreed", "Actions (keep them few)")), brand,
                  size=12)
    _actions(document, rng, sample, actions_style, when, fill_colour)

    if not panel:
        _answer(document, rng, urgent_question, sample.urgent_concern, urgent_style, fill_colour)
        if sample.urgent_concern:
            line = paragraph(document)
            run(line, rng.choice(("What was done: ", "If yes, what has been done: ")), bold=True)
            run(line, sample.urgent_concern_detail)

    # --- sign-off and moderation --------------------------------------------------------------
    brand_heading(document, "Sign-off", brand, size=12)
    line = paragraph(document)
    run(line, "Completed by: ", bold=True)
    run(line, f"{sample.auditor}\t")
    run(line, "Date: ", bold=True)
    run(line, when(sample.date))
    if rng.random() < 0.6:
        line = paragraph(document)
        run(line, "Practitioner has read this record: ", bold=True)
        run(line, rng.choice(("Yes", "\u2612 Yes")))
    _moderation(document, rng, sample, moderation_style, ink, when, brand, fill_colour)

    editor = sample.moderation.moderator if sample.moderation else sample.auditor
    data = finish_docx(document, sample.title, sample.date, editor)
    also = (born, *(when(day) for _, day in household))
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others), also=also)
