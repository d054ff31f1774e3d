"""Family conversation feedback sheet: an Early Help manager's, or a
quality assurance officer's, Excel record of a conversation with a family
about the help they had from their family support worker – what the family
said in their own words, what difference the help made, whether the help
felt like the principles of whole family support, what worked for the
family and what got in the way, "closing the loop" (you said, we will: the
actions), the "is any child unsafe today" question, the sign-off and a
place for the Head of Service. The form has no grade.

Every council in England, Scotland, Wales and Northern Ireland that we
checked is already named by another family, by a council layout or in
bench/README.md, so this family is modelled on a similar body not yet
used: Scottish Families Affected by Alcohol and Drugs (a national charity)
and the "Ask the Family" engagement project it led for the Scottish
Government's national Whole Family Approach / Family Inclusive Practice
Working Group. Read as the search tool's excerpts of these pages only:

- Scottish Families, "Ask The Family – Family Perspectives On Whole Family
  Support and Family Inclusive Practice" (www.sfad.org.uk/ask-the-family):
  the working group, set up in 2020 with the support of the Scottish
  Government, drafted Whole Family Approach / Family Inclusive Practice
  Principles for all services supporting families affected by alcohol and
  drugs; in December 2020 Scottish Families was commissioned to lead a
  family engagement project to test the draft Principles, with Action for
  Children, All in the Family and Circle, using a national survey and
  creative, family-friendly engagement activities; trusting relationships
  between workers and families, support at the family's pace and families
  feeling respected and included were found to be key.
- "What do we already know? our whole family evidence bank: report"
  (gov.scot/publications/already-know-whole-family-evidence-bank, pages 1,
  5 and 7): the project also held a "conversation café"; five recent
  reports were reviewed "using a standard template to pick out key
  illustrative quotes from each report (What Did Families Say?) and
  record three 'take-home messages'", each checked against the draft
  Principles "Top Down" and "Bottom Up"; what families said was important
  included working holistically with the whole family, children's rights,
  joined-up multi-agency working, empowering families to "reach in" for
  support, and engaging the voice of families; families told of what
  works for them and what gets in the way.
- For the wider practice, the Scottish Government's "Whole Family
  Wellbeing Funding (WFWF) Programme – year 2: process and impact
  evaluation – full report" (IFF Research; gov.scot, section 6): family
  engagement through multiple feedback channels, "practitioners embedding
  feedback conversations into daily practice", and more work needed to
  "close the feedback loop" so that families see how their input shapes
  the support.

None of these shows a form, or says that a manager audits the help by
talking with the family, so the sheet is our own judgement: that a
council's Early Help service would hold such conversations and record them
on a workbook; the "What did the family say?" heading for the family's own
words, the question whether the help felt like five principles (our
wording of the evidence bank's list) answered Yes / Partly / No / Not
discussed (the family's answer, not a grade, and not in the truth), "what
worked for the family" and "what got in the way" for the strengths and the
areas to develop, and "closing the loop – you said, we will" for the
actions follow the sources; everything else is ours: one, two or three
sheets; details as a strip of labels over values, two pairs to a row or
one label to a row; plain, prefixed or Early Help references; the
auditor's role in the same cell on some and on some files the auditor
named only at the sign-off; team or service left off some files;
brothers and sisters (with ages or dates of birth) and a grandparent,
aunt or uncle who took part named on some files (in `others`); how the
conversation was held (home visit, phone, video, family hub) typed, from
an Excel drop-down, highlighted and bold among four cells, the others
struck through, or marked under four columns; what worked / what got in
the way side by side, stacked with numbers or one cell each with a line
per item; the actions as a "You said / We will / Who / By when" table,
"We will …" lines or a "no actions" sentence (three files); the safety
question typed, Y / N, from a drop-down, in tick boxes or with the other
answer struck through (three yes); dates as Excel dates or typed in one of
seven spellings; the Head of Service's comments typed in a colour of their
own (never red) as labelled rows, or in black in a shaded heavy-bordered
box, or typed through the sheet (an "HoS:" remark under the family's
words) – agreeing with the findings (3), questioning one (2) or only
commenting (3); none can change or confirm a grade, as there is none – or
an empty box, an "awaiting" note or no box on the other eight; four
conversations held by a QA officer.
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

from bot.samples import COUNCIL, STAFF, Moderation, SampleAction
from bot.samples.ooxml import stable_zip
from bot.samples.people import ADULT_FIRST_NAMES, head_of_service_over
from bot.samples.phrases import fill
from bot.samples.tools import CONVERSATION_AUDIT, ToolField, tool_samples

from .common import (
    BRAND_COLOURS,
    MODERATION_INKS,
    HeldOutForm,
    case_reference,
    council_line,
    date_writer,
    early_help_reference,
    held_out,
    siblings,
)

FAMILY = "family_conversation_feedback_sheet"
SEED = 10042

TITLES = ("Family Feedback Sheet", "Ask the Family – Conversation Feedback Sheet",
          "Family Feedback Conversation: Record Sheet", "Listening to Families – Feedback Sheet")
SUBTITLES = ("Closing the loop: you said, we will", "What did the family say, and what will we do about it?",
             "Whole family support – hearing it from the family")
GUIDANCE = ("Talk with the family once the help has ended or at the last review. Write what they say in their words. "
            "Return this sheet to the Early Help QA mailbox within 5 working days.",
            "This is not an assessment. Ask the family about the help they had and tell them what we will do with "
            "what they tell us. Any worry about a child's safety: speak to your manager the same day.")

# How the conversation was held: the options two versions of the sheet print.
METHOD_SETS = (("Home visit", "Phone call", "Video call", "At the family hub"),
               ("Visit at home", "Telephone", "Video (Teams)", "Family hub"))
SAMPLE_METHODS = {"Home visit": 0, "Telephone call": 1, "Visit at the family hub": 3}

# The five principles the family is asked about (our wording); their answer is not a grade.
PRINCIPLES = ("The help took in the whole family, not just one person",
              "Your children's rights and views were respected",
              "The people helping you worked together and talked to each other",
              "You could ask for help yourself, not only be referred",
              "You were listened to and your views changed what happened")
ANSWERS = ("Yes", "Partly", "No", "Not discussed")

# Texts as (youngest age, oldest age, text); {child} is the child's first name, {worker} the worker's.
FAMILY_WORDS = (
    (0, 17, "\u201cIt was the first time nobody looked down on us. We could just be honest.\u201d (parent)"),
    (0, 17, "\u201cWe waited ages for someone to come, but once {worker} started it was every week without fail.\u201d"),
    (0, 17, "\u201cThey worked at our pace. Nothing was rushed and nothing was done behind our backs.\u201d (parent)"),
    (6, 17, "\u201cI liked that they asked me what I thought, not just my mum and dad.\u201d ({child})"),
    (0, 17, "\u201cI was scared they would take the kids. By the end I was ringing {worker} myself.\u201d (parent)"),
    (0, 17, "\u201cEverybody finally talked to each other – school, the doctor, the housing. I didn't have to repeat "
            "myself.\u201d (carer)"),
)
DIFFERENCES = (
    (5, 17, "{child} is going to school every day and the mornings are calmer."),
    (0, 17, "Less shouting in the house; {child} is sleeping through most nights now."),
    (0, 17, "The debts are on a payment plan and the parent says the worry has eased."),
    (10, 17, "{child} goes to a youth group on Thursdays and has made friends there."),
    (0, 4, "The family go to stay and play at the hub every week and {child} is babbling more."),
    (0, 17, "The family know who to ring if things start to go wrong again."),
)
WORKED = (
    (0, 17, "{worker} turned up when they said they would and rang ahead if running late."),
    (0, 17, "The family felt respected and not judged."),
    (0, 17, "Support went at the family's pace."),
    (6, 17, "{child} was asked for their views and saw them in the plan."),
    (0, 17, "School, health and housing were joined up through the family's plan."),
    (0, 17, "Meeting at the family hub suited the family better than visits at home."),
    (0, 17, "Practical help (a food bank referral and a cooker) came quickly."),
)
GOT_IN_WAY = (
    (0, 17, "The family waited about six weeks before the first visit."),
    (0, 17, "Nobody told the family who to contact while {worker} was on leave."),
    (0, 17, "Letters used words the family did not understand."),
    (0, 17, "Sessions were always in working hours, so one parent could never come."),
    (8, 17, "{child} would have liked to meet {worker} somewhere other than home."),
    (0, 17, "The family were not told the help was ending until the last visit."),
)
SIBLING_WAY = ("{name} felt left out of the sessions.", "Nobody asked {name} what they thought of the help.")
SIBLING_WORKED = ("{name} joined two of the sessions and enjoyed them.",)
# Actions as (what the family said, what we will do).
ACTIONS = (
    (0, 17, "We waited too long at the start", "Raise the wait for first visits at the Early Help managers' meeting."),
    (0, 17, "We didn't know who to call when {worker} was away",
     "Give the family the duty number and a named back-up worker."),
    (0, 17, "The letters were hard to read", "Send the family a plain-English copy of the closing summary."),
    (0, 17, "It helped to talk to {worker}", "Share the family's feedback with {worker} in supervision."),
    (0, 17, "We want to keep going to the hub", "Link the family with the hub's parent group before closure."),
    (5, 17, "We're worried about the next school year",
     "Check with school that {child}'s support carries on after Early Help ends."),
    (0, 3, "We want {child}'s check done", "Ask the health visitor to arrange {child}'s development review."),
)
OWNERS = ("Family support worker", "Early Help Manager", "{worker}", "{auditor}", "EH Manager")
URGENT_DETAILS = (
    (2, 17, "During the conversation a parent said a former partner has been coming to the house and {child} saw "
            "him push her. Passed to the MASH the same afternoon; Head of Service told."),
    (8, 17, "{child} said they have been staying out overnight with older friends and would not say where. "
            "Referred to the duty team the same day and the worker's manager informed."),
    (0, 17, "A parent said they are drinking again while caring for {child} alone. Discussed with the Head of "
            "Service; referral to Children's Social Care made the same day."),
)
NO_ACTIONS = ("No actions – the family are happy with how the help ended.", "No further actions arising.",
              "Nothing further needed from this conversation.")
HOS_COMMENTS = {
    "agrees": ("I agree with {auditor}'s findings. Please pass on my thanks to {worker}.",
               "Agree – a good conversation and the family's own words come through clearly."),
    "questions": ("I am not sure the wait for a first visit was down to this team; it is a service-wide issue – "
                  "please check the dates with {worker}.",
                  "I don't agree that school were joined up from the start – the case record says otherwise. "
                  "Please discuss with {auditor}."),
    "comments": ("Read – thank you.",
                 "Seen. The family's words will be shared, without names, at the Early Help practice forum."),
}
NOT_MODERATED = ("Awaiting Head of Service review", "", "Not yet seen by HoS")

AUDITOR_LABELS = ("Conversation held by", "Spoken with by", "Name of manager holding the conversation",
                  "Feedback gathered by")
WORKER_LABELS = ("Family support worker", "Worker", "Lead professional", "Practitioner")
DATE_LABELS = ("Date of conversation", "Date we spoke", "Conversation date")
METHOD_LABELS = ("How we spoke with the family", "How the conversation was held", "Type of contact")
CHILD_LABELS = ("Child / young person", "Child's name", "Name of child")
DOB_LABELS = ("DOB", "Date of birth")
PARENT_LABELS = ("Parent(s) / carer(s)", "Parents/carers")
TOOK_PART_LABELS = ("Who took part", "Family members spoken with", "Present")
SIBLING_LABELS = ("Brothers and sisters", "Other children in the family", "Siblings")
REFERENCE_LABELS = {"plain": ("Case ref", "LCS ID", "Ref"), "prefixed": ("Ref", "Case reference"),
                    "early_help": ("EHM ID", "Early Help ref")}
VIEW_LABELS = ("What did the family say?", "What did the family say about the help? (their words)",
               "In the family's own words")
DIFFERENCE_LABELS = ("What difference has the help made?", "What has changed for the family",
                     "Difference the help made")
PRINCIPLE_HEADINGS = ("Did the help feel like this to the family?", "Whole family support – the family's view")
WORKED_LABELS = ("What worked for the family", "What worked", "What helped")
WAY_LABELS = ("What got in the way", "What didn't help", "What got in the way of the help")
ACTION_HEADINGS = ("Closing the loop – you said, we will", "You said … we will", "Closing the loop")
SAFETY_LABELS = ("Is any child unsafe today?", "Did anything said suggest a child is not safe today?",
                 "Urgent concern about a child's safety? (If yes, tell your manager today)")
SAFETY_DETAIL_LABELS = ("If yes, what was done and when", "Details / action taken")
HOS_LABELS = (("Head of Service", "Date", "Head of Service comments"),
              ("Reviewed by (HoS)", "Date reviewed", "Comments"))
WOMEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Lisa", "Kerry", "Nadia", "Chantelle", "Gemma", "Shabana",
                                                             "Natalie", "Jodie", "Agnieszka", "Stacey", "Donna"})
MEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Darren", "Wayne", "Samuel", "Craig", "Tomasz", "Dean",
                                                           "Kwame", "Carl", "Tariq"})
ROLES = {"early_help_manager": "Early Help Manager", "qa_team": "QA Officer"}
SHEET_PLANS = {
    "one": {part: "Feedback" for part in ("about", "said", "loop", "signoff")},
    "two": {"about": "Family feedback", "said": "Family feedback", "loop": "Closing the loop",
            "signoff": "Closing the loop"},
    "three": {"about": "About", "said": "What the family said", "loop": "Closing the loop & sign-off",
              "signoff": "Closing the loop & sign-off"},
}
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yyyy", "d/m/yy")

WIDTH = 6
THIN = Side(style="thin", color="999999")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAVY = Border(left=THICK, right=THICK, top=THICK, bottom=THICK)
WRAP = Alignment(wrap_text=True, vertical="top")
HIGHLIGHT = "FFFF00"
MARK_FILL = "BFBFBF"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    urgent = set(rng.sample(positions, min(3, len(positions))))
    commented = rng.sample(positions, min(8, len(positions)))
    hos = dict(zip(commented, ("agrees",) * 3 + ("questions",) * 2 + ("comments",) * 3))
    by_qa = set(rng.sample(positions, min(4, len(positions))))
    with_siblings = set(rng.sample(positions, min(7, len(positions))))
    no_actions = set(rng.sample([index for index in positions if index not in urgent], min(3, len(positions))))
    plans = [("one", "two", "three")[index % 3] for index in positions]
    rng.shuffle(plans)
    return [_form(rng, index, sample, today, urgent=index in urgent, hos=hos.get(index), by_qa=index in by_qa,
                  with_siblings=index in with_siblings, no_actions=index in no_actions, plan=plans[index])
            for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _weekday_after(day: date, days: int, limit: date | None = None) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, limit)) if limit else later


def _fitting(pool, age: int) -> list:
    return [item[2:] if len(item) > 3 else item[2] for item in pool if item[0] <= age <= item[1]]


def _change(rng: random.Random, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
            no_actions: bool, methods: tuple[str, ...], talkers: list[str], reference: str):
    """The sample as this file shows it: every change is made here, so the truth follows the file."""
    first = sample.child.first_name
    age = _age(sample.child.date_of_birth, sample.date)
    worker = sample.practitioner.split()[0]

    def pick(pool, count: int) -> list:
        fitting = _fitting(pool, age)
        return rng.sample(fitting, min(count, len(fitting)))

    def own_text(text: str) -> str:
        return text.replace("{worker}", worker)

    changes: dict = {}
    if reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    auditor = sample.auditor
    if by_qa:
        auditor = rng.choice([person.name for person in STAFF if person.role == "qa_team"])
        changes["auditor"] = auditor
    if rng.random() < 0.25:
        changes["team"] = None
    if rng.random() < 0.25:
        changes["service"] = None
    own = []
    for field in sample.own:
        if field.key == "method":
            position = 2 if rng.random() < 0.25 else SAMPLE_METHODS[field.expected]
            field = ToolField("method", field.label, methods[position], methods[position])
        elif field.key == "family_view":
            text = own_text(pick(FAMILY_WORDS, 1)[0])
            field = ToolField("family_view", field.label, fill(text, first), fill(text, None))
        elif field.key == "difference_made" and rng.random() < 0.75:
            text = own_text(pick(DIFFERENCES, 1)[0])
            field = ToolField("difference_made", field.label, fill(text, first), fill(text, None))
        own.append(field)
    changes["own"] = tuple(own)
    worked = [fill(own_text(text), first) for text in pick(WORKED, rng.randint(1, 3))]
    if talkers and rng.random() < 0.3:
        worked.append(rng.choice(SIBLING_WORKED).format(name=talkers[0].split()[0]))
    changes["strengths"] = tuple(worked)
    way = [fill(own_text(text), first) for text in pick(GOT_IN_WAY, rng.randint(1, 2))]
    if talkers and rng.random() < 0.5:
        way.append(rng.choice(SIBLING_WAY).format(name=talkers[-1].split()[0]))
    changes["development_areas"] = tuple(way)
    actions = []
    if not no_actions:
        for said, will in pick(ACTIONS, rng.randint(1, 3)):
            owner = rng.choice(OWNERS).format(worker=sample.practitioner, auditor=auditor)
            due = _weekday_after(sample.date, rng.randint(10, 50))
            # The "you said" words ride along in the action text's first line; the table splits them.
            actions.append(SampleAction(f"{fill(own_text(said), first)}\n{fill(own_text(will), first)}", owner, due))
    changes["actions"] = tuple(actions)
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(pick(URGENT_DETAILS, 1)[0], first)
    if hos:
        member = next(person for person in STAFF if person.name == sample.practitioner)
        head = head_of_service_over(member)
        comments = tuple(text.format(auditor=auditor.split()[0], worker=worker)
                         for text in rng.sample(HOS_COMMENTS[hos], rng.randint(1, 2)))
        moderated_on = _weekday_after(sample.date, rng.randint(2, 9), today)
        changes["moderation"] = Moderation(moderator=head.name, date=moderated_on, comments=comments, grade=None)
    return replace(sample, **changes)


# --- the worksheet ------------------------------------------------------------------------


class _Sheet:
    """One worksheet written top to bottom, six columns wide."""

    def __init__(self, ws, font: str, brand: str):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for letter, width in zip("ABCDEF", (30, 20, 20, 20, 20, 20)):
            ws.column_dimensions[letter].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill_colour=None, strike=False,
            size=10, fmt=None, border=BOX):
        cell = self.ws.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold or None, italic=italic or None, color=colour,
                         strike=strike or None, size=size)
        cell.alignment = WRAP
        if fill_colour:
            cell.fill = PatternFill("solid", start_color=fill_colour, end_color=fill_colour)
        if border is not None:
            cell.border = border
        if fmt:
            cell.number_format = fmt
        return cell

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def tall(self, row, text, width_chars: int):
        lines = sum(len(part) // max(width_chars, 1) + 1 for part in str(text).split("\n"))
        self.ws.row_dimensions[row].height = max(15, 14 * lines)

    def header(self, line: str, title: str, subtitle: str | None):
        self.put(self.row, 1, line, bold=True, colour="FFFFFF", fill_colour=self.brand, size=9, border=None)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.put(self.row, 1, title, bold=True, colour=self.brand, size=15, border=None)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 24
        self.row += 1
        if subtitle:
            self.put(self.row, 1, subtitle, italic=True, colour=self.brand, border=None)
            self.merge(self.row, 1, WIDTH)
            self.row += 1
        self.row += 1

    def band(self, text: str):
        self.put(self.row, 1, text, bold=True, colour=self.brand, fill_colour="F2F2F2", size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, text, *, italic=False, bold=False, colour=None, fill_colour=None, fmt=None, border=BOX):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill_colour=fill_colour, fmt=fmt,
                 border=border)
        self.merge(self.row, 1, WIDTH)
        self.tall(self.row, text, 120)
        self.row += 1
        return self.row - 1

    def pair(self, name, value, *, fmt=None, colour=None, italic=False, label_fill="E7E6E6"):
        self.put(self.row, 1, name, bold=True, fill_colour=label_fill)
        self.put(self.row, 2, value, fmt=fmt, colour=colour, italic=italic)
        self.merge(self.row, 2, WIDTH)
        self.tall(self.row, value if isinstance(value, str) else "", 90)
        self.row += 1
        return self.row - 1

    def gap(self):
        self.row += 1


def _rich(font: str, options: tuple[str, ...], chosen: str, how: str) -> CellRichText:
    """The options in one cell: the chosen one emboldened, or the others struck through."""
    parts = []
    for position, option in enumerate(options):
        if position:
            parts.append(TextBlock(InlineFont(rFont=font, sz=10), "   "))
        picked = option == chosen
        parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=(picked and how == "bold") or None,
                                          strike=(not picked and how == "strike") or None), option))
    return CellRichText(parts)


# --- one file --------------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
          with_siblings: bool, no_actions: bool, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    child = sample.child
    age = _age(child.date_of_birth, sample.date)
    methods = rng.choice(METHOD_SETS)

    brothers = siblings(rng, child, rng.randint(1, 3), today) if with_siblings else []
    talkers = [name for name, born in brothers if _age(born, sample.date) >= 7]
    relative = None
    if rng.random() < 0.35:
        parent_firsts = {parent.split()[0] for parent in child.parents}
        kin = rng.choice(("Gran", "Grandad", "Aunt", "Uncle"))
        pool = WOMEN if kin in ("Gran", "Aunt") else MEN
        relative = (kin, f"{rng.choice([name for name in pool if name not in parent_firsts])} {child.surname}")

    reference_style = rng.choice(("plain", "prefixed", "prefixed", "early_help"))
    sample = _change(rng, sample, today, urgent=urgent, hos=hos, by_qa=by_qa, no_actions=no_actions,
                     methods=methods, talkers=talkers, reference=reference_style)
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    worker = sample.practitioner.split()[0]

    excel_dates = rng.random() < 0.45
    writer = date_writer(rng)
    excel_format = rng.choice(EXCEL_DATE_FORMATS)
    also: list[str] = []

    def day(value: date, *, personal: bool = False):
        if excel_dates:
            return value, excel_format
        written = writer(value)
        if personal:
            also.append(written)
        return written, None

    workbook = Workbook()
    sheets: dict[str, _Sheet] = {}

    def sheet(part: str) -> _Sheet:
        name = SHEET_PLANS[plan][part]
        if name not in sheets:
            ws = workbook.active if not sheets else workbook.create_sheet()
            ws.title = name
            ws.sheet_view.showGridLines = rng.random() < 0.4
            ws.page_setup.orientation = "landscape"
            sheets[name] = _Sheet(ws, font, brand)
            sheets[name].header(council_line(rng), rng.choice(TITLES) if len(sheets) == 1 else name,
                                rng.choice(SUBTITLES) if len(sheets) == 1 and rng.random() < 0.7 else None)
            if len(sheets) == 1 and rng.random() < 0.6:
                sheets[name].wide(rng.choice(GUIDANCE), italic=True, border=None)
                sheets[name].gap()
        return sheets[name]

    # --- about the conversation -----------------------------------------------------------
    about = sheet("about")
    about.band(rng.choice(("About the conversation", "The family and the conversation", "1. Details")))
    role = ROLES["qa_team" if by_qa else "early_help_manager"]
    auditor_text = rng.choice((sample.auditor, f"{sample.auditor} ({role})", f"{sample.auditor} – {role}"))
    auditor_at_signoff_only = rng.random() < 0.25
    reference_label = rng.choice(REFERENCE_LABELS[reference_style])
    parents = " and ".join(child.parents) if rng.random() < 0.5 else ", ".join(child.parents)
    conversation_day = day(sample.date)
    born = day(child.date_of_birth, personal=True)
    details = [(reference_label, sample.case_id, None), (rng.choice(CHILD_LABELS), child.full_name, None),
               (rng.choice(DOB_LABELS), *born), (rng.choice(PARENT_LABELS), parents, None),
               (rng.choice(WORKER_LABELS), sample.practitioner, None)]
    if sample.team:
        details.append(("Team", sample.team, None))
    if sample.service:
        details.append((rng.choice(("Service", "Service area")), sample.service, None))
    if not auditor_at_signoff_only:
        details.append((rng.choice(AUDITOR_LABELS), auditor_text, None))
    details.append((rng.choice(DATE_LABELS), *conversation_day))
    style = rng.choice(("strip", "pairs", "rows"))
    if style == "strip":
        for start in range(0, len(details), WIDTH):
            chunk = details[start:start + WIDTH]
            for column, (name, _, _) in enumerate(chunk, 1):
                about.put(about.row, column, name, bold=True, colour="FFFFFF", fill_colour=brand)
            for column, (_, value, fmt) in enumerate(chunk, 1):
                about.put(about.row + 1, column, value, fmt=fmt)
            about.ws.row_dimensions[about.row + 1].height = 30
            about.row += 3
    elif style == "pairs":
        for start in range(0, len(details), 2):
            for offset, (name, value, fmt) in enumerate(details[start:start + 2]):
                column = 1 + offset * 3
                about.put(about.row, column, name, bold=True, fill_colour="E7E6E6")
                about.put(about.row, column + 1, value, fmt=fmt)
                about.merge(about.row, column + 1, column + 2)
            about.row += 1
    else:
        for name, value, fmt in details:
            about.pair(name, value, fmt=fmt)
    about.gap()

    # Who took part, brothers and sisters.
    took_part = [rng.choice(("Parent", "Parent/carer")) + f" – {child.parents[0]}"]
    if len(child.parents) > 1 and rng.random() < 0.5:
        took_part.append(f"Parent – {child.parents[1]}")
    if age >= 7 and rng.random() < 0.6:
        took_part.append(child.first_name)
    for name in talkers[:1]:
        if rng.random() < 0.5:
            took_part.append(name)
    if relative:
        took_part.append(f"{relative[0]} – {relative[1]}")
    about.pair(rng.choice(TOOK_PART_LABELS), "; ".join(took_part) if rng.random() < 0.6 else "\n".join(took_part))
    others = [name for name, _ in brothers] + ([relative[1]] if relative else [])
    if brothers:
        written = []
        for name, sibling_born in brothers:
            if rng.random() < 0.5:
                written.append(f"{name} (age {_age(sibling_born, sample.date)})")
            else:
                spelt = writer(sibling_born)
                also.append(spelt)
                written.append(f"{name}, DOB {spelt}")
        about.pair(rng.choice(SIBLING_LABELS), "\n".join(written) if rng.random() < 0.5 else "; ".join(written))

    # How the conversation was held.
    method_label = rng.choice(METHOD_LABELS)
    chosen = own["method"].written
    how = rng.choice(("typed", "dropdown", "highlight", "strike", "columns"))
    if how in ("typed", "dropdown"):
        row = about.pair(method_label, chosen if how == "dropdown" or rng.random() < 0.5 else chosen.lower())
        if how == "dropdown":
            validation = DataValidation(type="list", formula1='"' + ",".join(methods) + '"', allow_blank=True)
            about.ws.add_data_validation(validation)
            validation.add(f"B{row}")
    elif how == "columns":
        about.put(about.row, 1, method_label, bold=True, fill_colour="E7E6E6")
        for column, option in enumerate(methods, 2):
            about.put(about.row, column, option, bold=True, fill_colour="F2F2F2")
        about.row += 1
        about.put(about.row, 1, "(mark one)", italic=True)
        mark = rng.choice(("X", "\u2713", "\u25cf", ""))
        for column, option in enumerate(methods, 2):
            if option == chosen:
                about.put(about.row, column, mark or None, bold=True, fill_colour=None if mark else MARK_FILL)
            else:
                about.put(about.row, column, None)
        about.row += 1
    elif how == "highlight":
        about.put(about.row, 1, method_label, bold=True, fill_colour="E7E6E6")
        for column, option in enumerate(methods, 2):
            picked = option == chosen
            about.put(about.row, column, option, bold=picked, fill_colour=HIGHLIGHT if picked else None)
        about.row += 1
    else:
        about.put(about.row, 1, method_label, bold=True, fill_colour="E7E6E6")
        about.put(about.row, 2, _rich(font, methods, chosen, rng.choice(("strike", "bold"))))
        about.merge(about.row, 2, WIDTH)
        about.row += 1
    about.gap()

    # --- what the family said -------------------------------------------------------------
    said = sheet("said")
    said.band(rng.choice(("What did the family say?", "2. The family's views", "Ask the family")))
    said.pair(rng.choice(VIEW_LABELS), own["family_view"].written, italic=True)
    if moderation and hos and rng.random() < 0.35:
        # The Head of Service typing through the sheet, under the family's words.
        said.wide(f"HoS: {moderation.comments[0]}", colour=ink, border=None)
        moderation_inline = True
    else:
        moderation_inline = False
    said.pair(rng.choice(DIFFERENCE_LABELS), own["difference_made"].written)
    said.gap()

    # The principles: the family's answers, not a grade.
    said.put(said.row, 1, rng.choice(PRINCIPLE_HEADINGS), bold=True, fill_colour="E7E6E6")
    principle_style = rng.choice(("columns", "typed", "dropdown"))
    answers = [rng.choices(ANSWERS, weights=(6, 3, 1, 1))[0] for _ in PRINCIPLES]
    if principle_style == "columns":
        for column, answer in enumerate(ANSWERS, 2):
            said.put(said.row, column, answer, bold=True, fill_colour="E7E6E6")
        said.row += 1
        for principle, answer in zip(PRINCIPLES, answers):
            said.put(said.row, 1, principle)
            for column, option in enumerate(ANSWERS, 2):
                said.put(said.row, column, "X" if option == answer else None, bold=True)
            said.tall(said.row, principle, 30)
            said.row += 1
    else:
        said.put(said.row, 2, "Family's answer", bold=True, fill_colour="E7E6E6")
        said.merge(said.row, 2, 3)
        said.row += 1
        validation = None
        if principle_style == "dropdown":
            validation = DataValidation(type="list", formula1='"' + ",".join(ANSWERS) + '"', allow_blank=True)
            said.ws.add_data_validation(validation)
        for principle, answer in zip(PRINCIPLES, answers):
            said.put(said.row, 1, principle)
            said.put(said.row, 2, answer)
            said.merge(said.row, 2, 3)
            said.tall(said.row, principle, 30)
            if validation is not None:
                validation.add(f"B{said.row}")
            said.row += 1
    said.gap()

    # What worked and what got in the way.
    worked_label, way_label = rng.choice(WORKED_LABELS), rng.choice(WAY_LABELS)
    list_style = rng.choice(("side", "numbered", "cells"))
    if list_style == "side":
        said.put(said.row, 1, worked_label, bold=True, fill_colour="E2EFDA")
        said.merge(said.row, 1, 3)
        said.put(said.row, 4, way_label, bold=True, fill_colour="FCE4D6")
        said.merge(said.row, 4, 6)
        said.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            left = sample.strengths[position] if position < len(sample.strengths) else None
            right = sample.development_areas[position] if position < len(sample.development_areas) else None
            said.put(said.row, 1, left)
            said.merge(said.row, 1, 3)
            said.put(said.row, 4, right)
            said.merge(said.row, 4, 6)
            said.tall(said.row, max(left or "", right or "", key=len), 55)
            said.row += 1
    elif list_style == "numbered":
        for heading, items, fill_colour in ((worked_label, sample.strengths, "E2EFDA"),
                                            (way_label, sample.development_areas, "FCE4D6")):
            said.wide(heading, bold=True, fill_colour=fill_colour)
            for number, item in enumerate(items, 1):
                said.put(said.row, 1, number, bold=True)
                said.put(said.row, 2, item)
                said.merge(said.row, 2, WIDTH)
                said.tall(said.row, item, 100)
                said.row += 1
    else:
        bullet = rng.choice(("\u2022 ", "- ", ""))
        said.pair(worked_label, "\n".join(bullet + item for item in sample.strengths))
        said.pair(way_label, "\n".join(bullet + item for item in sample.development_areas))
    said.gap()

    # --- closing the loop -----------------------------------------------------------------
    loop = sheet("loop")
    loop.band(rng.choice(ACTION_HEADINGS))
    if not sample.actions:
        loop.wide(rng.choice(NO_ACTIONS))
    elif rng.random() < 0.6:
        headers = rng.choice((("You said", "We will", "Who", "By when"),
                              ("You said…", "We will…", "Lead", "Date")))
        spans = ((1, 2), (3, 4), (5, 5), (6, 6))
        for (first, last), text in zip(spans, headers):
            loop.put(loop.row, first, text, bold=True, colour="FFFFFF", fill_colour=brand)
            loop.merge(loop.row, first, last)
        loop.row += 1
        for action in sample.actions:
            you_said, we_will = action.action.split("\n")
            due, fmt = day(action.due)
            for (first, last), value, cell_fmt in zip(spans, (f"\u201c{you_said}\u201d", we_will, action.owner, due),
                                                      (None, None, None, fmt)):
                loop.put(loop.row, first, value, fmt=cell_fmt)
                loop.merge(loop.row, first, last)
            loop.tall(loop.row, we_will, 38)
            loop.row += 1
    else:
        for action in sample.actions:
            we_will = action.action.split("\n")[1]
            due = writer(action.due)
            loop.wide(rng.choice((f"We will: {we_will} ({action.owner}, by {due})",
                                  f"\u2192 {we_will} – {action.owner} – by {due}")))
    loop.gap()

    # The safety question.
    safety_label = rng.choice(SAFETY_LABELS)
    yes = sample.urgent_concern
    safety = rng.choice(("typed", "yn", "dropdown", "ticks", "strike"))
    if safety == "typed":
        loop.pair(safety_label, "Yes – see below" if yes else rng.choice(("No", "No.", "None raised")))
    elif safety == "yn":
        loop.pair(safety_label, "Y" if yes else "N")
    elif safety == "dropdown":
        row = loop.pair(safety_label, "Yes" if yes else "No")
        validation = DataValidation(type="list", formula1='"Yes,No"', allow_blank=True)
        loop.ws.add_data_validation(validation)
        validation.add(f"B{row}")
    elif safety == "ticks":
        loop.pair(safety_label, ("\u2612" if yes else "\u2610") + " Yes     " + ("\u2610" if yes else "\u2612") + " No")
    else:
        loop.put(loop.row, 1, safety_label, bold=True, fill_colour="E7E6E6")
        loop.put(loop.row, 2, _rich(font, ("Yes", "No"), "Yes" if yes else "No", "strike"))
        loop.merge(loop.row, 2, WIDTH)
        loop.row += 1
    if yes or rng.random() < 0.4:
        loop.pair(rng.choice(SAFETY_DETAIL_LABELS), sample.urgent_concern_detail or "")
    loop.gap()

    # --- sign-off and the Head of Service -------------------------------------------------
    sign = sheet("signoff")
    sign.band(rng.choice(("Sign-off", "Completed by")))
    if auditor_at_signoff_only:
        sign.pair(rng.choice(("Completed by", "Name")), auditor_text)
        sign.pair("Date", conversation_day[0], fmt=conversation_day[1])
    else:
        sign.pair(rng.choice(("Signed", "Signature")), sample.auditor)
    if rng.random() < 0.5:
        shared, shared_fmt = day(_weekday_after(sample.date, rng.randint(1, 4), today))
        sign.pair(f"Feedback shared with {worker} on", shared, fmt=shared_fmt)
    sign.gap()

    labels = rng.choice(HOS_LABELS)
    if moderation:
        when, fmt = day(moderation.date)
        comments = moderation.comments[1:] if moderation_inline else moderation.comments
        text = "\n".join(comments) if comments else "See my note on the family's words."
        box = rng.choice(("ink", "heavy"))
        if box == "ink":
            sign.band(rng.choice(("Head of Service review", "Head of Service")))
            sign.pair(labels[0], moderation.moderator, colour=ink)
            sign.pair(labels[1], when, fmt=fmt, colour=ink)
            sign.pair(labels[2], text, colour=ink)
        else:
            sign.band("Head of Service oversight")
            start = sign.row
            sign.pair(labels[0], moderation.moderator, label_fill="D9D9D9")
            sign.pair(labels[1], when, fmt=fmt, label_fill="D9D9D9")
            sign.pair(labels[2], text, label_fill="D9D9D9")
            for row in range(start, sign.row):
                for column in range(1, WIDTH + 1):
                    cell = sign.ws.cell(row=row, column=column)
                    cell.fill = PatternFill("solid", start_color="F2F2F2", end_color="F2F2F2")
                    cell.border = HEAVY
    else:
        state = rng.choice(("empty", "note", "none"))
        if state != "none":
            sign.band(rng.choice(("Head of Service review", "Head of Service")))
            sign.pair(labels[0], None)
            sign.pair(labels[1], None)
            note = rng.choice(NOT_MODERATED) if state == "note" else ""
            sign.pair(labels[2], note or None, italic=True)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = "Family Feedback Sheet"
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    written_at = datetime.combine(sample.date, time(16, 10))
    workbook.properties.created = written_at - timedelta(days=500)
    workbook.properties.modified = written_at
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=tuple(others),
                    also=tuple(also))
