"""Family feedback conversation: an Early Help manager's, or a quality
assurance officer's, record of a conversation with a family about the help
they had from their Early Help worker, on a council's "how did we do?"
form built around a charter of what parents can expect from children's
services. The details of the conversation (an opening sentence, a strip
of labels over values, tabbed pairs or a two-column table), the family
(child, date of birth, plain or prefixed reference, parents or carers,
brothers and sisters, who took part), how the conversation was held,
"You said" – the family's own words about the help – and what difference
it made, sometimes the family's own score of the help on a five-point
scale, what the family said went well and what could be better, the
"is any child unsafe today" question, "what we will do" (the actions) and
the Head of Service's comments. The form has no grade.

Modelled on what the Family Rights Group publishes about families'
experience of children's services, read in these pages only:
"Mutual Expectations – A Charter for Parents and Local Authority
Children's Services", as republished (source: Family Rights Group) by
parparentsadvocacyrights.com on 27 February 2017, and noted by
holesinthewall.co.uk on 28 December 2016: the charter aims to promote
effective, mutually respectful partnership working between practitioners
and families when children are subject to statutory intervention (child
welfare and family justice, mental health, education and youth justice);
it is written for parents (including anyone with parental responsibility
and kinship carers), local authorities, their partner agencies and those
working for them; it was developed by parents and practitioners as part
of the Your Family, Your Voice Alliance with funding from Lankelly Chase;
its key themes are 1. respect and honesty, 2. information sharing,
3. support, 4. participation and 5. communication. And the Family Rights
Group's page "What are the goals of Your Family, Your Voice?"
(frg.org.uk): any state intervention or service should build upon
families' strengths rather than undermine their ability to find
solutions, provide the support they need to avert crises, and promote the
child's and family's wellbeing; many families who contact the charity's
advice service, and its parents' panel, feel "done to" by the state,
"judged", "isolated and targeted".

Neither shows a form, nor says that councils hold feedback conversations
with families, so the form is our own judgement: that a council's Early
Help service would ask families after the help how it went, with the
charter's five themes turned into the questions printed to guide the
conversation on some files (the themes are prompts, not graded areas:
the form grades nothing); the "You said" heading for the family's words,
what went well and what could be better written from the family's side,
and "what we will do" for the actions, as a participation service would
word them; the family's own score of the help (one to five, "very happy"
to "very unhappy"), which is not a grade and is not in the truth; and
every layout choice: details as an opening sentence, a strip of labels
over values, tabbed pairs or a two-column table, the auditor named at the
top or signing at the end, team and service left off some files; how the
conversation was held ticked, struck through, highlighted, typed or
chosen from a Word drop-down; the family's words in a shaded box, in
italics or as "We asked / You said" lines; brothers and sisters with ages
or dates of birth and a relative who took part; went well / could be
better as bullets, numbers, one cell each or a two-column table, a brother
or sister named in one of them on some files; the safety question ticked,
struck through, typed or as a Y / N cell (3 answered yes); actions as a
table, arrowed lines or a "no actions" sentence; seven date spellings;
the Head of Service's comments in a colour of their own (never red), in
a heavy-bordered box, a shaded box or as signed lines – agreeing with the
findings (3), questioning them (2) or only commenting (3); none of them can
change or confirm a grade, as there is none – or an "awaiting" note, an
empty box or no section on the other 8; five conversations held by a QA
officer rather than the worker's Early Help manager. Texts suit the
child's age (no school or youth club for a baby).
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from bot.samples import STAFF, Moderation, SampleAction
from bot.samples.ooxml import ControlIds, content_dropdown, shade
from bot.samples.people import ADULT_FIRST_NAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    MODERATION_INKS,
    HeldOutForm,
    brand_heading,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    finish_docx,
    held_out,
    label,
    new_document,
    paragraph,
    run,
    siblings,
    table,
    write,
)

FAMILY = "family_feedback_conversation"
SEED = 9996

TITLES = ("Family Feedback Conversation", "How Did We Do? Conversation with the Family",
          "Listening to Families – Feedback Conversation Record", "Family Feedback: Conversation Record")
CHARTER_LINES = ("Based on Mutual Expectations: a charter for parents and children's services",
                 "Our promise to families: respect and honesty, information sharing, support, participation, "
                 "communication")
# The charter's five themes as the questions printed to guide the conversation.
PROMPTS = (
    "Did your worker treat you with respect, and were they honest with you about any worries?",
    "Did you know what was written about your family, and who it was shared with?",
    "Did you get the help you needed, when you needed it?",
    "Did you have a say in the plan and in the decisions made?",
    "Did your worker keep you up to date and do what they said they would?",
)
GUIDANCE = (
    "Speak to the family once the help has ended or at the last review. This is about how we did, not a new "
    "assessment: write down what the family say, in their words where you can.",
    "Offer the family a visit, a phone call or a video call, whichever suits them. Record their words, not your "
    "view of them, and send the completed form to the Early Help quality assurance mailbox.",
)

# How the conversation was held, as two councils' versions print the options.
METHOD_SETS = (("Home visit", "Telephone call", "Video call", "Visit at the family hub"),
               ("Home visit", "Phone call", "Teams call", "At the family hub"))
SAMPLE_METHODS = {"Home visit": 0, "Telephone call": 1, "Visit at the family hub": 3}

# What the family and the form say, as (youngest age, oldest age, text): a
# baby is not asked for their views or taken to a youth club. {child} is the
# child's first name, {worker} the worker's.
FAMILY_WORDS = (
    (2, 17, "{worker} never made me feel judged. When I said I couldn't cope with {child}'s temper, {worker} "
            "helped me and didn't write me off."),
    (0, 17, "I always knew what was going on the system because {worker} read it out to me first."),
    (0, 17, "It took too long to start. We waited weeks for the first visit and by then things had got worse "
            "with {child}."),
    (0, 17, "They listened to what I wanted for {child}, and the plan felt like our plan, not theirs."),
    (0, 17, "I didn't understand half the letters, but when I rang {worker} explained it properly."),
    (0, 17, "At first I didn't want anyone in the house. Now I'd ring {worker} if it started going wrong again."),
)
DIFFERENCES = (
    (5, 17, "{child} is going to school every day now and the mornings are calmer."),
    (0, 17, "We're not arguing in front of the kids any more and {child} is sleeping through."),
    (0, 17, "The debt is sorted and the electric is back on, so {child} isn't cold at night."),
    (10, 17, "{child} goes to the youth club on Thursdays and has made friends there."),
    (0, 17, "I know who to ring now if things go wrong, and I don't feel on my own."),
    (0, 3, "We go to the baby and toddler group at the hub every week now and {child} loves it."),
)
WENT_WELL = (
    (0, 17, "{worker} came when promised and rang ahead if running late."),
    (0, 17, "The family felt listened to and not judged; {worker} was honest about what worried them."),
    (0, 17, "The plan was read through with the family before it was shared with anyone else."),
    (6, 17, "{child} was asked what they wanted, and their ideas went into the plan."),
    (0, 17, "{worker} went with the family to the first parenting group session, which they found useful."),
    (0, 17, "Letters and the plan were explained in plain words."),
)
BETTER = (
    (0, 17, "The family waited nearly a month for the first visit."),
    (0, 17, "Nobody told the family who to call when {worker} was on leave."),
    (0, 17, "Too many different people came to the house at the start."),
    (0, 17, "The family were told the review meeting had moved only the day before."),
    (7, 17, "{child} would have liked to see {worker} at school rather than at home."),
)
SIBLING_BETTER = ("{name} said nobody had asked them what they thought of the help.",
                  "{name} felt left out of the family sessions.")
ACTIONS = (
    (0, 17, "Share the family's feedback with {worker} in supervision."),
    (0, 17, "Give the family the duty number to use when their worker is away."),
    (0, 17, "Send the family a copy of the closing summary in plain English."),
    (0, 17, "Add the family's comments to the Early Help closure record."),
    (0, 17, "Raise the wait for first visits at the Early Help managers' meeting."),
    (5, 17, "Check with school that {child}'s support carries on after Early Help closes."),
    (0, 4, "Check with the health visitor that {child}'s development checks are up to date."),
)
# Actions only the worker's manager takes; the rest fall to the sample's owner.
MANAGER_ACTIONS = {ACTIONS[0][2], ACTIONS[4][2]}
OWNERS = {"Social worker": "Family worker", "Practice manager": "Early Help Manager"}
URGENT_DETAILS = (
    (2, 17, "A parent said on the call that a former partner has been back at the house and {child} saw him hit "
            "her last week. Passed to the MASH the same afternoon and the Head of Service told."),
    (8, 17, "{child} told me their older brother has been staying out overnight and will not say where. Referred "
            "to the duty team on the day and the worker's manager informed."),
    (0, 17, "A parent said they cannot cope and have been drinking again while looking after {child} alone. "
            "Discussed with the Head of Service and a referral made to Children's Social Care the same day."),
)
SAFETY = ("Did anything the family said make you worried that a child is unsafe today?",
          "Any worries about a child's safety from this conversation? (If yes, act today.)",
          "Safeguarding concern raised during the conversation?")
NO_ACTIONS = ("No actions – the family are happy with how the help ended.",
              "Nothing further needed. Feedback passed on to the worker.",
              "No actions arising from this conversation.")
# What the Head of Service typed, by kind; {auditor} and {worker} are first names of staff.
HOS_COMMENTS = {
    "confirms": ("I agree with {auditor}'s reading of this conversation. Please thank {worker} for the work "
                 "with this family.",
                 "Agree with the findings and the actions. Thank you for writing the family's words down as they "
                 "said them."),
    "questions": ("I am not sure every point under 'could be better' is for this team alone – some are service "
                  "issues and I will take them to the performance meeting.",
                  "I would have liked the family's view of the plan explored further; please go back to the family "
                  "before the case closes."),
    "comments": ("Read, thank you.",
                 "Seen – a helpful conversation. I will share the family's words (without names) at the Early Help "
                 "practice forum."),
}
ROLES = {"early_help_manager": ("Early Help Manager", "Team Manager – Early Help"),
         "qa_team": ("Quality Assurance Officer", "Family Voice and QA Officer")}
WORKER_LABELS = ("Family's worker", "Early Help worker", "Lead practitioner")
REFERENCE_LABELS = {"plain": ("Ref", "LCS ID", "Case no."), "prefixed": ("Ref", "Case ref."),
                    "early_help": ("EHM ID", "Family ID")}
SCORES = ("Very happy", "Happy", "OK", "Not happy", "Very unhappy")


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    # Three urgent; the Head of Service's comments on eight (three agreeing,
    # two questioning a finding, three commenting only); five held by a QA officer.
    urgent = set(rng.sample(positions, min(3, len(positions))))
    commented = rng.sample(positions, min(8, len(positions)))
    kinds = dict(zip(commented, ("confirms",) * 3 + ("questions",) * 2 + ("comments",) * 3))
    by_qa = set(rng.sample(positions, min(5, len(positions))))
    return [_form(rng, index, sample, today, urgent=index in urgent, hos=kinds.get(index), by_qa=index in by_qa)
            for index, sample in enumerate(samples)]


def _member(name: str):
    return next(person for person in STAFF if person.name == name)


def _weekday_after(day: date, days: int, today: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, today))


def _pick(rng: random.Random, pool, age: int, count: int, worker: str) -> list[str]:
    """`count` texts of `pool` that suit a child of `age`, with {worker} filled in and {child} left."""
    fitting = [text for youngest, oldest, text in pool if youngest <= age <= oldest]
    return [text.replace("{worker}", worker) for text in rng.sample(fitting, min(count, len(fitting)))]


def _note(key: str, label_text: str, template: str, first: str) -> ToolField:
    """Free text naming the child; the truth has "the child" in its place."""
    return ToolField(key, label_text, fill(template, first), fill(template, None))


def _change(rng: random.Random, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
            methods: tuple[str, ...], household: list[tuple[str, date]]):
    """The sample as this file shows it: every change made here, so the truth follows."""
    first = sample.child.first_name
    changes: dict = {}
    style = rng.choice(("plain", "plain", "prefixed", "early_help"))
    if style == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif style == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if by_qa:
        changes["auditor"] = rng.choice([person.name for person in STAFF if person.role == "qa_team"])
    if rng.random() < 0.2:
        changes["team"] = None
    if rng.random() < 0.25:
        changes["service"] = None
    # How the conversation was held, the family's words and what changed, as this form has them.
    age = (sample.date - sample.child.date_of_birth).days // 365
    worker = sample.practitioner.split()[0]

    def pick(pool, count: int) -> list[str]:
        return _pick(rng, pool, age, count, worker)

    own = []
    for field in sample.own:
        if field.key == "method":
            position = 2 if rng.random() < 0.2 else SAMPLE_METHODS[field.expected]
            field = ToolField("method", "How we talked", methods[position], methods[position])
        elif field.key == "family_view" and (age < 5 or rng.random() < 0.75):
            field = _note("family_view", "You said", pick(FAMILY_WORDS, 1)[0], first)
        elif field.key == "difference_made" and (age < 5 or rng.random() < 0.7):
            field = _note("difference_made", "What difference has the help made?", pick(DIFFERENCES, 1)[0], first)
        own.append(field)
    changes["own"] = tuple(own)
    changes["strengths"] = tuple(fill(text, first) for text in pick(WENT_WELL, rng.randint(1, 3)))
    better = [fill(text, first) for text in pick(BETTER, rng.randint(1, 2))]
    talkers = [name for name, born in household if (sample.date - born).days >= 7 * 365]
    if talkers and rng.random() < 0.5:
        better.append(rng.choice(SIBLING_BETTER).format(name=talkers[0].split()[0]))
    changes["development_areas"] = tuple(better)
    # The actions in the form's own words, with the sample's owners and dates.
    actions = sample.actions
    texts = pick(ACTIONS, len(actions))
    manager = rng.choice((sample.auditor, "Early Help Manager"))  # the sample's auditor: the worker's manager
    owners = [manager if any(text == done.replace("{worker}", worker) for done in MANAGER_ACTIONS)
              else OWNERS.get(action.owner, action.owner) for text, action in zip(texts, actions)]
    changes["actions"] = tuple(SampleAction(fill(text, first), owner, action.due)
                               for text, owner, action in zip(texts, owners, actions))
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(pick(URGENT_DETAILS, 1)[0], first)
    if hos:
        worker = _member(sample.practitioner)
        head = head_of_service_over(worker)
        auditor = changes.get("auditor", sample.auditor)
        comments = tuple(text.format(auditor=auditor.split()[0], worker=worker.name.split()[0])
                         for text in rng.sample(HOS_COMMENTS[hos], rng.randint(1, 2)))
        changes["moderation"] = Moderation(moderator=head.name,
                                           date=_weekday_after(sample.date, rng.randint(2, 9), today),
                                           comments=comments, grade=None)
    return replace(sample, **changes)


# --- Word pieces --------------------------------------------------------------------------


def _heavy_border(cell, colour: str = "404040", size: str = "18") -> None:
    """A boxed panel: a heavy border round a one-cell table."""
    properties = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), size)
        edge.set(qn("w:color"), colour)
        borders.append(edge)
    properties.append(borders)


def _details(document, rows: list[tuple[str, str]], style: str, fill_colour: str) -> None:
    if style == "strip":
        for start in range(0, len(rows), 4):
            chunk = rows[start:start + 4]
            grid = table(document, 2, len(chunk))
            for column, (name, value) in enumerate(chunk):
                label(grid.cell(0, column), name, fill_colour)
                write(grid.cell(1, column), value)
    elif style == "tabbed":
        for start in range(0, len(rows), 2):
            line = paragraph(document)
            for position, (name, value) in enumerate(rows[start:start + 2]):
                if position:
                    run(line, "\t")
                run(line, f"{name}:\t", bold=True)
                run(line, value)
    else:  # two-column table
        grid = table(document, len(rows), 2)
        for row, (name, value) in zip(grid.rows, rows):
            label(row.cells[0], name, fill_colour)
            write(row.cells[1], value)


def _method(target, rng: random.Random, methods: tuple[str, ...], method: str, style: str) -> None:
    """How the conversation was held, in the paragraph `target`."""
    if style == "dropdown":
        content_dropdown(target._p, methods, method, ControlIds(rng), alias="Type of contact")
    elif style == "typed":
        run(target, method)
    else:
        for position, option in enumerate(methods):
            chosen = option == method
            if style == "ticks":
                run(target, ("    " if position else "") + ("\u2612 " if chosen else "\u2610 ") + option)
            else:
                if position:
                    run(target, " / ")
                if style == "strike":
                    run(target, option, strike=not chosen)
                else:  # highlighted
                    run(target, option, bold=chosen, highlight=chosen)


def _score(document, rng: random.Random, score: int, style: str, fill_colour: str) -> None:
    """The family's own score of the help, 1 (very unhappy) to 5 (very happy): not a grade."""
    paragraph(document, rng.choice(("How happy is the family with the help they had? (their own score)",
                                    "Family's score for the help (5 = very happy, 1 = very unhappy)")), bold=True)
    words = SCORES[5 - score]
    if style == "typed":
        paragraph(document, rng.choice((f"{score} out of 5", f"{score}/5 – {words.lower()}", f"{words} ({score})")))
    elif style == "columns":
        grid = table(document, 2, 5)
        for column, option in enumerate(SCORES):
            label(grid.cell(0, column), f"{5 - column}  {option}", fill_colour)
            if column == 5 - score:
                write(grid.cell(1, column), rng.choice(("X", "\u2713")), bold=True)
    else:
        line = paragraph(document)
        for position, option in enumerate(SCORES):
            chosen = position == 5 - score
            if position:
                run(line, "   ")
            if style == "strike":
                run(line, option, strike=not chosen)
            else:
                run(line, option, bold=chosen, highlight=chosen)


def _lists(document, rng: random.Random, sample, style: str, fill_colour: str) -> None:
    well = rng.choice(("What went well", "What the family said worked", "What worked for you"))
    better = rng.choice(("What could be better", "What the family would change", "Even better if"))
    if style == "columns":
        grid = table(document, 2, 2)
        label(grid.cell(0, 0), well, fill_colour)
        label(grid.cell(0, 1), better, fill_colour)
        for text in sample.strengths:
            write(grid.cell(1, 0), f"\u2022 {text}")
        for text in sample.development_areas:
            write(grid.cell(1, 1), f"\u2022 {text}")
    elif style == "cells":
        grid = table(document, 2, 2)
        for row, (heading_text, items) in zip(grid.rows, ((well, sample.strengths), (better, sample.development_areas))):
            label(row.cells[0], heading_text, fill_colour)
            write(row.cells[1], "\n".join(items))
    else:
        for heading_text, items in ((well, sample.strengths), (better, sample.development_areas)):
            paragraph(document, heading_text, bold=True)
            for number, text in enumerate(items, 1):
                paragraph(document, f"\u2022 {text}" if style == "bullets" else f"{number}) {text}")


def _safety(document, rng: random.Random, sample, style: str) -> None:
    question = rng.choice(SAFETY)
    yes = sample.urgent_concern
    if style == "cell":
        grid = table(document, 1, 2)
        label(grid.cell(0, 0), question, "F2F2F2")
        write(grid.cell(0, 1), "Y" if yes else "N", bold=True)
    else:
        paragraph(document, question, bold=True)
        answer = paragraph(document)
        if style == "strike":
            run(answer, "Yes", strike=not yes)
            run(answer, " / ")
            run(answer, "No", strike=yes)
        elif style == "ticks":
            run(answer, ("\u2612" if yes else "\u2610") + " Yes     ")
            run(answer, ("\u2610" if yes else "\u2612") + " No")
        else:
            run(answer, "Yes – see below" if yes else rng.choice(("No", "No.", "None raised")))
    if yes:
        detail = paragraph(document)
        run(detail, rng.choice(("What did you do? ", "Details and action taken: ")), bold=True)
        run(detail, sample.urgent_concern_detail)


def _actions(document, rng: random.Random, sample, style: str, when, fill_colour: str) -> None:
    if not sample.actions:
        paragraph(document, rng.choice(NO_ACTIONS))
    elif style == "table":
        headers = rng.choice((("What we will do", "Who", "By when"), ("Action", "Who will do it", "When by")))
        grid = table(document, len(sample.actions) + 1, 3)
        for cell, text in zip(grid.rows[0].cells, headers):
            label(cell, text, fill_colour)
        for row, action in zip(grid.rows[1:], sample.actions):
            write(row.cells[0], action.action)
            write(row.cells[1], action.owner)
            write(row.cells[2], when(action.due))
    else:
        for action in sample.actions:
            paragraph(document, f"\u2192 {action.action} ({action.owner}) – by {when(action.due)}")


def _head_of_service(document, rng: random.Random, moderation, style: str, ink: str, when) -> bool:
    """The Head of Service's comments; False when the form leaves the section out."""
    if moderation is None and rng.random() < 0.3:
        return False
    title = rng.choice(("Head of Service comments", "Read by Head of Service", "Head of Service – seen and noted"))
    if style == "box":
        paragraph(document, title, bold=True)
        panel = table(document, 1, 1)
        cell = panel.cell(0, 0)
        _heavy_border(cell)
        if moderation:
            for comment in moderation.comments:
                write(cell, comment, colour=ink)
            write(cell, f"{moderation.moderator}, Head of Service, {when(moderation.date)}", colour=ink, italic=True)
        else:
            write(cell, rng.choice(("", "Awaiting Head of Service comments.")), italic=True)
    elif style == "shaded":
        paragraph(document, title, bold=True)
        box = table(document, 3, 2)
        for row, text in zip(box.rows, ("Name", "Date", "Comments")):
            label(row.cells[0], text, "E7E6E6")
            shade(row.cells[1]._tc, "F7F7F7")
        if moderation:
            write(box.cell(0, 1), moderation.moderator, colour=ink)
            write(box.cell(1, 1), when(moderation.date), colour=ink)
            for comment in moderation.comments:
                write(box.cell(2, 1), comment, colour=ink)
    else:
        paragraph(document, title, bold=True)
        if moderation:
            for comment in moderation.comments:
                paragraph(document, comment, colour=ink)
            paragraph(document, f"{moderation.moderator} (HoS) {when(moderation.date)}", colour=ink, italic=True)
        else:
            paragraph(document, rng.choice(("Not yet read.", "Awaiting Head of Service.")), italic=True)
    return True


# --- one file -----------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool, hos: str | None,
          by_qa: bool) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice([colour for colour in MODERATION_INKS if colour != brand])
    fill_colour = rng.choice(("F2F2F2", "DEEAF6", "E2EFDA", "FFF2CC"))
    when = date_writer(rng)
    methods = rng.choice(METHOD_SETS)
    details_style = rng.choice(("sentence", "strip", "tabbed", "table"))
    method_style = rng.choice(("ticks", "strike", "typed", "dropdown", "highlight"))
    words_style = rng.choice(("box", "italic", "asked"))
    lists_style = rng.choice(("bullets", "numbered", "columns", "cells"))
    safety_style = rng.choice(("ticks", "strike", "typed", "cell"))
    actions_style = rng.choice(("table", "table", "arrows"))
    hos_style = rng.choice(("box", "shaded", "lines"))
    score_style = rng.choice((None, None, "typed", "columns", "strike", "highlight"))
    numbering = rng.choice(("number", "part", "none"))
    sign_at_end = details_style != "sentence" and rng.random() < 0.4
    household = siblings(rng, sample.child, rng.randint(0, 3), today)
    sample = _change(rng, sample, today, urgent=urgent, hos=hos, by_qa=by_qa, methods=methods, household=household)
    child = sample.child
    own = {field.key: field.written for field in sample.own}
    auditor = _member(sample.auditor)
    role = rng.choice(ROLES[auditor.role])
    reference_style = ("early_help" if sample.case_id.startswith("EH") else
                       "plain" if sample.case_id.isdigit() else "prefixed")
    worker_label = rng.choice(WORKER_LABELS)

    document = new_document(rng)
    header = document.sections[0].header.paragraphs[0]
    run(header, council_line(rng), size=8, colour=brand)
    if rng.random() < 0.5:
        run(document.sections[0].footer.paragraphs[0], "OFFICIAL – SENSITIVE when completed", size=8)
    title = rng.choice(TITLES)
    brand_heading(document, title, brand, size=16)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(CHARTER_LINES), italic=True, colour=brand, size=9)
    if rng.random() < 0.6:
        paragraph(document, rng.choice(GUIDANCE), italic=True, size=8)
    counter = iter(range(1, 12))

    def heading(text: str) -> None:
        number = next(counter)
        if numbering == "number":
            text = f"{number}. {text}"
        elif numbering == "part":
            text = f"Part {'ABCDEFGHIJK'[number - 1]}: {text}"
        brand_heading(document, text, brand, size=12)

    # --- the conversation and the family -------------------------------------------------------
    took_part = [child.parents[0]]
    if len(child.parents) > 1 and rng.random() < 0.5:
        took_part.append(child.parents[1])
    others: list[str] = [name for name, _ in household]
    if rng.random() < 0.25:
        relative_first = rng.choice([name for name in ADULT_FIRST_NAMES
                                     if name not in {parent.split()[0] for parent in child.parents}])
        relative = f"{relative_first} {child.surname}"
        others.append(relative)
        took_part.append(f"{relative} ({rng.choice(('Nan', 'maternal grandmother', 'aunt'))})")
    older = [name for name, born in household if (today - born).days >= 10 * 365]
    if older and rng.random() < 0.5:
        took_part.append(f"{older[0]} (older sibling)")
    if (today - child.date_of_birth).days >= 8 * 365 and rng.random() < 0.4:
        took_part.append(f"{child.first_name} (for part of it)")

    heading(rng.choice(("About the conversation", "The conversation")))
    closed = sample.date - timedelta(days=rng.randint(7, 40))
    if details_style == "sentence":
        with_whom = ", ".join(took_part[:-1]) + f" and {took_part[-1]}" if len(took_part) > 1 else took_part[0]
        where = ", ".join(part for part in (sample.team, sample.service) if part)
        worker = f"{sample.practitioner} ({where})" if where else sample.practitioner
        paragraph(document, f"On {when(sample.date)} I, {sample.auditor} ({role}), spoke with {with_whom} about the "
                            f"help the family have had from {worker}.")
        rows = [(rng.choice(REFERENCE_LABELS[reference_style]), sample.case_id)]
        if rng.random() < 0.4:
            rows.append(("Early Help closed", when(closed)))
        _details(document, rows, "table", fill_colour)
    else:
        rows = [] if sign_at_end else [(rng.choice(("Conversation held by", "Completed by")), sample.auditor),
                                       ("Role", role)]
        rows.append((rng.choice(("Date of conversation", "Conversation date", "Date")), when(sample.date)))
        rows.append((worker_label, sample.practitioner))
        if sample.team:
            rows.append(("Team", sample.team))
        if sample.service:
            rows.append(("Service", sample.service))
        if rng.random() < 0.4:
            rows.append(("Early Help closed", when(closed)))
        _details(document, rows, details_style, fill_colour)

    heading(rng.choice(("The family", "About the family")))
    born = when(child.date_of_birth)
    rows = [("Child's name", child.full_name), ("Date of birth", born)]
    if details_style != "sentence":
        rows.append((rng.choice(REFERENCE_LABELS[reference_style]), sample.case_id))
    rows.append((rng.choice(("Parents / carers", "Parent(s)")), " and ".join(child.parents)))
    if household:
        if rng.random() < 0.5:
            listed = ", ".join(f"{name} ({when(day)})" for name, day in household)
        else:
            listed = ", ".join(f"{name.split()[0]} ({(sample.date - day).days // 365})" for name, day in household)
        rows.append((rng.choice(("Brothers and sisters", "Other children at home")), listed))
    if details_style != "sentence":
        rows.append((rng.choice(("Who we spoke to", "Who took part")), ", ".join(took_part)))
    _details(document, rows, "table" if details_style == "sentence" else details_style, fill_colour)

    line = paragraph(document)
    run(line, rng.choice(("How we talked: ", "How the conversation was held: ", "Type of contact: ")), bold=True)
    _method(line, rng, methods, own["method"], method_style)

    if rng.random() < 0.5:
        box = table(document, 1, 1)
        shade(box.cell(0, 0)._tc, "F7F7F7")
        write(box.cell(0, 0), "Questions to guide the conversation", bold=True, size=9)
        for prompt in PROMPTS:
            write(box.cell(0, 0), f"\u2022 {prompt}", italic=True, size=9)

    # --- what the family said ------------------------------------------------------------------
    view, difference = own["family_view"], own["difference_made"]
    quoted = rng.random() < 0.6
    spoken = f"\u201c{view}\u201d" if quoted else view
    heading(rng.choice(("You said", "What the family told us")))
    if words_style == "box":
        paragraph(document, "In the family's own words, what was the help like?", bold=True)
        box = table(document, 1, 1)
        shade(box.cell(0, 0)._tc, rng.choice(("FFF2CC", "E2EFDA", "DEEAF6")))
        write(box.cell(0, 0), spoken, italic=quoted)
        paragraph(document, rng.choice(("What difference has the help made?", "What is different now?")), bold=True)
        paragraph(document, difference)
    elif words_style == "italic":
        paragraph(document, rng.choice(("What the family said about the help:", "The family's words:")), bold=True)
        paragraph(document, spoken, italic=True)
        paragraph(document, rng.choice(("What difference has the help made?", "What is different now?")), bold=True)
        paragraph(document, difference)
    else:
        for asked, said in (("What was the help like for you?", spoken),
                            ("What difference has it made?", difference)):
            line = paragraph(document)
            run(line, "We asked: ", bold=True)
            run(line, asked, italic=True)
            line = paragraph(document)
            run(line, "You said: ", bold=True)
            run(line, said)
    if score_style:
        _score(document, rng, rng.choices((5, 4, 3, 2), weights=(4, 5, 2, 1))[0], score_style, fill_colour)

    heading(rng.choice(("What went well and what could be better", "Learning from the family")))
    _lists(document, rng, sample, lists_style, fill_colour)

    heading(rng.choice(("Keeping children safe", "Safety")))
    _safety(document, rng, sample, safety_style)

    heading(rng.choice(("What we will do", "Actions")))
    _actions(document, rng, sample, actions_style, when, fill_colour)

    if sign_at_end:
        line = paragraph(document)
        run(line, "Completed by: ", bold=True)
        run(line, f"{sample.auditor}, {role}")

    moderation = sample.moderation
    _head_of_service(document, rng, moderation, hos_style, ink, when)

    data = finish_docx(document, title, sample.date, moderation.moderator if moderation else sample.auditor)
    return held_out(FAMILY, index, sample, data, "docx", others=tuple(others),
                    also=(born, *(when(day) for _, day in household)))
