"""Family voice conversation workbook: an Early Help manager's, or a quality
assurance officer's, record in Excel of a conversation with a family about
the help they had from their family support worker. The details of the
conversation and the family, the family's views question by question, what
went well and what could be better, on some files the family's own rating
of the help, the "is a child unsafe today" question, "what we will do with
what you told us" (the actions) and a sign-off with room for the Head of
Service. The form has no grade.

Modelled on what Falkirk Council publishes about putting families at the
centre of its children's services (Falkirk was not used by any other
family; for the other Scottish councils suggested – Highland,
Aberdeenshire, Dundee, Stirling, East Ayrshire, Scottish Borders, Dumfries
and Galloway, Angus, Moray – the search found inspection news and plans,
and for Highland an online self-assessment toolkit for services in its
Whole Family Wellbeing Programme, but nothing about hearing a family's
views of the help they had; the Care Inspectorate was already used), read
as the search tool's excerpts of these pages only:

- Falkirk Council's staff news page on the Children's Service five-year
  strategy (falkirk.gov.uk/employees/news/article.aspx?aid=4923): a vision
  of "strong families, safe children, bright futures"; priorities of early
  help that is locally delivered ("the right help in the right place at
  the right time"), "Family First" (the right to family life, valuing
  relationships with siblings, the wider family and community) and
  services "developed alongside children and families to meet their needs
  and wants"; the ambition that "families will be central to decision
  making and planning for their children"; and an approach of searching
  for and building on families' strengths and giving the workforce time
  to make trusted relationships with families.
- Its page on the "Closer to Home" strategy (aid=4924): a Family Support
  Services project working in partnership with families and third sector
  partners so that support better meets their needs, a review of family
  support under way with a joint Education and Social Work Family Support
  team, and a review of commissioned services "with third sector partners
  and families".
- The Falkirk Herald's report "Help needed to change Falkirk's family
  services" (the Falkirk Family Support Partnership, with Aberlour, asking
  parents and children what they find most valuable in family support, and
  wanting "to give feedback to people and tell them this is what we are
  doing with the information you have given us").

None of them shows a form, or says that the council holds conversations
with families to check the quality of its help, so the workbook is our
own judgement: that a council of that kind would hold such conversations
and record them on a workbook; the questions printed to guide the
conversation, taken from the strategy's priorities in our own words (the
right help at the right time, a say in decisions and the plan, the whole
family including brothers and sisters, and what difference the help has
made), with the family's answers beside them, across a row or under each
question; "what we will do with what you told us" for the actions, after
the Herald's "this is what we are doing"; and every layout choice: one,
three or five sheets (details; the family's views; went well and could be
better; follow-up; sign-off), details as label rows, two pairs to a row, a
strip of labels over values or "Label: value" typed in one cell, plain,
numeric, prefixed or Early Help references, the auditor with or without
a role in the cell (and on some files only at the sign-off), team and
service left off some files, brothers and sisters with ages or dates of
birth and a relative who took part on some files (their names go in
`others`); how the conversation was held (home visit, phone, video, family
hub) typed, from an Excel drop-down, highlighted or emboldened among four
cells, the others struck through, or marked under four columns; on some
files the family's own rating of the help (very helpful to not helpful at
all: not a grade, and not in the truth) shown the same ways or as a number
on a printed 1–4 key; went well and could be better side by side, stacked,
numbered or one cell each with a line per item; the safety question typed,
as Y / N, from a drop-down, ticked or with the other answer struck through
(three yes); actions as a table, numbered or arrowed lines or a "no
actions" sentence; dates kept as Excel dates or typed in seven
spellings; the Head of Service's comments typed in a colour of their own
(never red) or in a heavy-bordered box – agreeing with the findings (3),
disagreeing with one (2) or only commenting (3); none can change or
confirm a grade, as there is none – or an empty box, an "awaiting" note or
no box on the other 8; four conversations held by a QA officer. Texts suit
the child's age.
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

FAMILY = "family_voice_conversation_workbook"
SEED = 10013

TITLES = ("Family Voice – Conversation with the Family", "Listening to Families: Conversation Record",
          "Hearing from Families – Conversation Workbook", "Family Voice Conversation")
STRAPLINES = ("Families at the centre of decisions and plans for their children",
              "Right help, right place, right time – what did the family tell us?",
              "Strong families: building the help around what families tell us")
GUIDANCE = ("Offer the family a visit, a phone call or a video call once the help has ended or at the last review. "
            "Write down what the family say, in their words where you can. Return the workbook to the Early Help "
            "QA mailbox.",
            "This is a conversation about how we did, not a new assessment. Complete every tab and send to the "
            "Head of Service if anything needs their attention.")

# How the conversation was held, as two versions of the form print the options.
METHOD_SETS = (("Home visit", "Telephone call", "Video call", "Visit at the family hub"),
               ("Home visit", "Phone", "Video (Teams)", "Family hub"))
SAMPLE_METHODS = {"Home visit": 0, "Telephone call": 1, "Visit at the family hub": 3}

# The family's own rating of the help: not a grade.
RATINGS = ("Very helpful", "Helpful", "Not very helpful", "Not helpful at all")
RATING_LABELS = ("How helpful did the family find the support? (their own rating)",
                 "Family's rating of the help")

# Texts as (youngest age, oldest age, text); {child} is the child's first
# name, {worker} the worker's first name.
FAMILY_WORDS = (
    (0, 17, "{worker} was the first person who didn't make me feel like a bad mum. I could tell them anything."),
    (0, 17, "It was fine once it got going, but we waited weeks for anyone to come out."),
    (0, 17, "They listened to what we wanted for {child} and the plan was ours, not theirs."),
    (3, 17, "I didn't want them in the house at first. Now I'd ring {worker} myself if things went wrong."),
    (0, 17, "Everything was explained properly, even the letters I didn't understand."),
)
DIFFERENCES = (
    (5, 17, "{child} is in school every day now and the mornings aren't a battle."),
    (0, 17, "We're not shouting at each other all the time and {child} is sleeping better."),
    (0, 17, "The rent arrears are sorted so I'm not lying awake worrying."),
    (9, 17, "{child} goes to the youth club on a Tuesday and has friends there now."),
    (0, 3, "We go to the stay and play at the hub every week and {child} loves it."),
    (0, 17, "I know who to ring now if it starts to go wrong again."),
)
RIGHT_TIME = (
    (5, 17, "Yes – it started quickly once school referred us."),
    (0, 4, "Yes – the health visitor referred us and someone came within the week."),
    (0, 17, "Mostly. We waited a few weeks at the start but after that it was every week."),
    (0, 17, "It was at the hub round the corner so I could walk there."),
    (0, 17, "Yes, and they came after work so I didn't lose shifts."),
)
HAD_A_SAY = (
    (0, 17, "Yes. They asked me what I wanted to work on first."),
    (0, 17, "Mostly, though the first meeting felt like it was all decided already."),
    (0, 17, "I had a say in the plan and I got a copy before the review."),
)
WHOLE_FAMILY_SIBLING = (
    "They asked about {name} as well, not just {child}.",
    "{name} came to some of the sessions too, which helped.",
    "{name} didn't really get asked what they thought.",
)
WHOLE_FAMILY = (
    "They asked who else helps us and my mum came to one of the meetings.",
    "It was mostly about me and {child}; nobody asked about the rest of the family.",
    "Grandad helps out most days and they put him in the plan.",
)
WENT_WELL = (
    (0, 17, "The family said {worker} came when they said they would and rang if running late."),
    (0, 17, "The family felt listened to and not judged."),
    (0, 17, "The plan was talked through with the family before the review meeting."),
    (6, 17, "{child} was asked what they wanted and saw their ideas in the plan."),
    (0, 17, "Meeting at the family hub suited the family better than visits at home."),
    (5, 17, "Help with the school clothing grant and a food bank referral came quickly."),
    (0, 4, "Help with nursery funding and a food bank referral came quickly."),
)
BETTER = (
    (0, 17, "The family waited about five weeks for the first visit."),
    (0, 17, "Nobody told the family who to contact while {worker} was on leave."),
    (0, 17, "Some letters used words the family did not understand."),
    (0, 17, "Dad felt sessions were set around Mum's hours only."),
    (6, 17, "{child} would have liked to see {worker} at school rather than at home."),
)
SIBLING_BETTER = ("{name} felt nobody asked what they thought of the help.",
                  "{name} would have liked to come to the family sessions.")
ACTIONS = (
    (0, 17, "Share the family's feedback with {worker} in supervision."),
    (0, 17, "Give the family the duty number to use when their worker is away."),
    (0, 17, "Send the family a plain-English copy of the closing summary."),
    (0, 17, "Add the family's comments to the Early Help closure record."),
    (0, 17, "Raise the wait for a first visit at the Early Help managers' meeting."),
    (5, 17, "Check with school that {child}'s support carries on after Early Help ends."),
    (0, 3, "Ask the health visitor to follow up {child}'s development check."),
)
OWNERS = {"Social worker": "Family support worker", "Practice manager": "Early Help Manager"}
URGENT_DETAILS = (
    (2, 17, "Mum said during the conversation that her ex-partner has been coming back to the house and "
            "{child} saw him push her last week. Passed to the MASH the same afternoon and the Head of Service told."),
    (8, 17, "{child} told me they have been staying out overnight with older friends and will not say where. "
            "Referred to the duty team the same day; worker's manager informed."),
    (0, 17, "A parent said they are drinking again while caring for {child} alone. Discussed with the Head of "
            "Service and a referral made to Children's Social Care the same day."),
)
NO_ACTIONS = ("No actions arising from this conversation.", "No further action required.",
              "Nothing further – the family are happy with how the help ended.")
HOS_COMMENTS = {
    "agrees": ("I agree with {auditor}'s summary of this conversation. Please thank {worker} for their work "
               "with this family.",
               "Agree with the findings and the follow-up. Pleased to see the family's words written as they "
               "said them."),
    "disagrees": ("I am not sure the plan was shared with the family as early as recorded here – please check the "
                  "case record with {worker}.",
                  "I do not agree the wait for a first visit was down to this team; it is a service-wide issue."),
    "comments": ("Read – thank you.",
                 "Seen. A helpful conversation; the family's words will be shared, without names, at the practice "
                 "forum."),
}
NOT_MODERATED = ("Awaiting Head of Service review", "", "Not yet seen by HoS")

# Labels, several ways each.
AUDITOR_LABELS = ("Conversation held by", "Completed by", "Manager holding the conversation",
                  "Name of person speaking with the family")
WORKER_LABELS = ("Family support worker", "Worker", "Lead professional", "Practitioner who supported the family")
DATE_LABELS = ("Date of conversation", "Date we spoke", "Conversation date")
METHOD_LABELS = ("How the conversation was held", "How did we speak to the family?", "Type of contact")
CHILD_LABELS = ("Child / young person", "Name of child", "Child's name")
DOB_LABELS = ("DOB", "Date of birth")
PARENT_LABELS = ("Parent(s) / carer(s)", "Parents/carers")
TOOK_PART_LABELS = ("Who took part in the conversation", "Spoke with", "Present")
SIBLING_LABELS = ("Brothers and sisters", "Other children in the family", "Siblings (name, age)")
REFERENCE_LABELS = {"plain": ("Case ref", "LCS ID", "Ref"), "number": ("Case number", "Ref no."),
                    "prefixed": ("Ref", "Case reference"), "early_help": ("EHM ID", "Early Help ref")}
FAMILY_VIEW_LABELS = ("What did the family think of the help they had?", "What the family told us about the help",
                      "Family feedback – what was it like working with us?")
DIFFERENCE_LABELS = ("What difference has the help made to your family?", "What has changed for the family",
                     "Difference made")
RIGHT_TIME_LABEL = ("Did you get the right help, in the right place, at the right time?",
                    "Was the help there when you needed it, somewhere that suited you?")
SAY_LABEL = ("Did you feel part of the decisions and the plan for your children?",
             "Did you have a say in the plan?")
WHOLE_FAMILY_LABEL = ("Did the help take account of the whole family – brothers and sisters, grandparents, others "
                      "who matter to you?", "Did we think about everyone in the family?")
WENT_WELL_LABELS = ("What went well", "What worked well for the family", "Went well")
BETTER_LABELS = ("What could have been better", "Even better if", "What could be better")
ACTION_HEADINGS = ("What we will do with what you told us", "Follow-up actions", "Actions agreed")
SAFETY_LABELS = ("Did anything the family said suggest a child is not safe today?",
                 "Any immediate safeguarding concern arising from the conversation?",
                 "Urgent concern about a child's safety? (If yes, tell your manager today)")
SAFETY_DETAIL_LABELS = ("If yes, what was done and when", "Details / action taken")
HOS_LABELS = (("Head of Service", "Date", "Head of Service comments"),
              ("Reviewed by (HoS)", "Date reviewed", "Comments"))
# The invented adults' first names by the relation a form gives them.
WOMEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Lisa", "Kerry", "Nadia", "Chantelle", "Gemma", "Shabana",
                                                             "Natalie", "Jodie", "Agnieszka", "Stacey", "Donna"})
MEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Darren", "Wayne", "Samuel", "Craig", "Tomasz", "Dean",
                                                           "Kwame", "Carl", "Tariq"})
BANDS = {"details": ("About the conversation", "The family and the conversation", "Details"),
         "views": ("The family's views", "What the family told us", "In the family's own words"),
         "review": ("What went well and what could be better", "Learning from the conversation"),
         "follow": ("Follow-up", "Keeping children safe and what happens next"),
         "signoff": ("Sign-off",)}
ROLES = {"early_help_manager": "Early Help Manager", "qa_team": "Quality Assurance Officer"}
SHEET_PLANS = {
    "one": {part: "Conversation" for part in ("details", "views", "review", "follow", "signoff")},
    "three": {"details": "Details", "views": "Family's views", "review": "Family's views",
              "follow": "Follow-up & sign-off", "signoff": "Follow-up & sign-off"},
    "five": {"details": "Details", "views": "Family's views", "review": "Went well - better",
             "follow": "Follow-up", "signoff": "Sign-off"},
}
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "dddd d mmmm yyyy", "d/m/yy")

WIDTH = 6
THIN = Side(style="thin", color="A6A6A6")
THICK = Side(style="thick", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HIGHLIGHT = "FFFF00"
MARK_FILL = "BFBFBF"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    urgent = set(rng.sample(positions, min(3, len(positions))))
    commented = rng.sample(positions, min(8, len(positions)))
    hos = dict(zip(commented, ("agrees",) * 3 + ("disagrees",) * 2 + ("comments",) * 3))
    by_qa = set(rng.sample(positions, min(4, len(positions))))
    with_siblings = set(rng.sample(positions, min(7, len(positions))))
    plans = [("one", "three", "five")[index % 3] for index in positions]
    rng.shuffle(plans)
    return [_form(rng, index, sample, today, urgent=index in urgent, hos=hos.get(index), by_qa=index in by_qa,
                  with_siblings=index in with_siblings, plan=plans[index])
            for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _weekday_after(day: date, days: int, today: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, today))


def _fitting(pool, age: int) -> list[str]:
    return [text for youngest, oldest, text in pool if youngest <= age <= oldest]


def _change(rng: random.Random, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
            methods: tuple[str, ...], talkers: list[str], reference: str):
    """The sample as this file shows it: every change is made here, so the truth follows the file."""
    first = sample.child.first_name
    age = _age(sample.child.date_of_birth, sample.date)
    worker = sample.practitioner.split()[0]

    def pick(pool, count: int) -> list[str]:
        fitting = _fitting(pool, age)
        return [text.replace("{worker}", worker) for text in rng.sample(fitting, min(count, len(fitting)))]

    changes: dict = {}
    if reference == "prefixed":
        changes["case_id"] = case_reference(rng, sample.case_id)
    elif reference == "early_help":
        changes["case_id"] = early_help_reference(rng, sample.case_id)
    if by_qa:
        changes["auditor"] = rng.choice([person.name for person in STAFF if person.role == "qa_team"])
    if rng.random() < 0.2:
        changes["team"] = None
    if rng.random() < 0.25:
        changes["service"] = None
    own = []
    for field in sample.own:
        if field.key == "method":
            position = 2 if rng.random() < 0.2 else SAMPLE_METHODS[field.expected]
            field = ToolField("method", "How the conversation was held", methods[position], methods[position])
        elif field.key == "family_view" and (age < 6 or rng.random() < 0.5):
            text = pick(FAMILY_WORDS, 1)[0]
            field = ToolField("family_view", field.label, fill(text, first), fill(text, None))
        elif field.key == "difference_made" and (age < 5 or rng.random() < 0.5):
            text = pick(DIFFERENCES, 1)[0]
            field = ToolField("difference_made", field.label, fill(text, first), fill(text, None))
        own.append(field)
    changes["own"] = tuple(own)
    changes["strengths"] = tuple(fill(text, first) for text in pick(WENT_WELL, rng.randint(1, 3)))
    pool = BETTER if len(sample.child.parents) > 1 else tuple(item for item in BETTER if "Dad" not in item[2])
    better = [fill(text, first) for text in pick(pool, rng.randint(1, 2))]
    if talkers and rng.random() < 0.5:
        better.append(rng.choice(SIBLING_BETTER).format(name=talkers[0].split()[0]))
    changes["development_areas"] = tuple(better)
    texts = pick(ACTIONS, len(sample.actions))
    changes["actions"] = tuple(SampleAction(fill(text, first), OWNERS.get(action.owner, action.owner), action.due)
                               for text, action in zip(texts, sample.actions))
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(pick(URGENT_DETAILS, 1)[0], first)
    if hos:
        member = next(person for person in STAFF if person.name == sample.practitioner)
        head = head_of_service_over(member)
        auditor = changes.get("auditor", sample.auditor)
        comments = tuple(text.format(auditor=auditor.split()[0], worker=worker)
                         for text in rng.sample(HOS_COMMENTS[hos], rng.randint(1, 2)))
        moderated_on = _weekday_after(sample.date, rng.randint(2, 8), today)
        changes["moderation"] = Moderation(moderator=head.name, date=moderated_on, comments=comments, grade=None)
    return replace(sample, **changes)


# --- the worksheet ------------------------------------------------------------------------


class _Sheet:
    """One worksheet written top to bottom, six columns wide."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for letter, width in zip("ABCDEF", widths):
            ws.column_dimensions[letter].width = width

    def put(self, row, column, value, *, bold=False, italic=False, colour=None, fill_colour=None, strike=False,
            size=10, fmt=None, border=True):
        cell = self.ws.cell(row=row, column=column)
        cell.value = value
        cell.font = Font(name=self.font, bold=bold or None, italic=italic or None, color=colour,
                         strike=strike or None, size=size)
        cell.alignment = WRAP
        if fill_colour:
            cell.fill = PatternFill("solid", start_color=fill_colour, end_color=fill_colour)
        if border:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        return cell

    def merge(self, row, first, last):
        if last > first:
            self.ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)

    def tall(self, row, text, width_chars: int):
        lines = sum(len(part) // max(width_chars, 1) + 1 for part in str(text).split("\n"))
        self.ws.row_dimensions[row].height = max(15, 14 * lines)

    def header(self, line: str, title: str, strapline: str | None):
        self.put(self.row, 1, line, bold=True, colour="FFFFFF", fill_colour=self.brand, size=9, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.put(self.row, 1, title, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 22
        self.row += 1
        if strapline:
            self.put(self.row, 1, strapline, italic=True, colour=self.brand, border=False)
            self.merge(self.row, 1, WIDTH)
            self.row += 1
        self.row += 1

    def band(self, text: str):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill_colour=self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, text, *, italic=False, bold=False, colour=None, fill_colour=None, fmt=None):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill_colour=fill_colour, fmt=fmt)
        self.merge(self.row, 1, WIDTH)
        self.tall(self.row, text, 110)
        self.row += 1
        return self.row - 1

    def pair(self, name, value, *, fmt=None, colour=None, label_fill="EDEDED", italic=False):
        self.put(self.row, 1, name, bold=True, fill_colour=label_fill)
        self.put(self.row, 2, value, fmt=fmt, colour=colour, italic=italic)
        self.merge(self.row, 2, WIDTH)
        self.tall(self.row, value if isinstance(value, str) else "", 80)
        self.row += 1
        return self.row - 1

    def gap(self):
        self.row += 1


def _rich(font: str, options: tuple[str, ...], chosen: str, how: str) -> CellRichText:
    """The options in one cell, " / " between them: the chosen one emboldened, or the others struck through."""
    parts = []
    for position, option in enumerate(options):
        if position:
            parts.append(TextBlock(InlineFont(rFont=font, sz=10), " / "))
        picked = option == chosen
        parts.append(TextBlock(InlineFont(rFont=font, sz=10, b=(picked and how == "bold") or None,
                                          strike=(not picked and how == "strike") or None), option))
    return CellRichText(parts)


# --- one file --------------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
          with_siblings: bool, plan: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    child = sample.child
    first = child.first_name
    age = _age(child.date_of_birth, sample.date)
    methods = rng.choice(METHOD_SETS)

    # The household: brothers and sisters (named where the form asks) and, on some, a relative who took part.
    brothers = siblings(rng, child, rng.randint(1, 3), today) if with_siblings else []
    talkers = [name for name, born in brothers if _age(born, sample.date) >= 7]
    relative = None
    if rng.random() < 0.3:
        parent_firsts = {parent.split()[0] for parent in child.parents}
        kin = rng.choice(("Nan", "Grandad", "Aunt", "Uncle"))
        pool = WOMEN if kin in ("Nan", "Aunt") else MEN
        relative_first = rng.choice([name for name in pool if name not in parent_firsts])
        relative = (kin, f"{relative_first} {child.surname}")

    reference_style = rng.choice(("plain", "number", "prefixed", "prefixed", "early_help"))
    sample = _change(rng, sample, today, urgent=urgent, hos=hos, by_qa=by_qa, methods=methods, talkers=talkers,
                     reference=reference_style)
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}

    # Dates: Excel dates with a number format, or typed in one spelling for the whole file.
    excel_dates = rng.random() < 0.5
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
    plan_names = SHEET_PLANS[plan]
    title = rng.choice(TITLES)
    line = council_line(rng)
    strapline = rng.choice(STRAPLINES) if rng.random() < 0.6 else None
    widths = rng.choice(((30, 18, 18, 18, 18, 18), (34, 16, 16, 16, 16, 16), (28, 20, 16, 20, 16, 16)))
    sheets: dict[str, _Sheet] = {}
    for part in ("details", "views", "review", "follow", "signoff"):
        name = plan_names[part]
        if name not in sheets:
            first_sheet = not sheets
            ws = workbook.active if first_sheet else workbook.create_sheet(name)
            ws.title = name
            sheets[name] = _Sheet(ws, font, brand, widths)
            sheets[name].header(line, title, strapline if first_sheet else None)

    def sheet(part: str) -> _Sheet:
        return sheets[plan_names[part]]

    validations: dict = {}

    def dropdown(target, choices: tuple[str, ...]) -> None:
        ws = target.parent
        key = (ws.title, choices)
        if key not in validations:
            validation = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
            ws.add_data_validation(validation)
            validations[key] = validation
        validations[key].add(target.coordinate)

    def choice_cells(writer_: _Sheet, options: tuple[str, ...], chosen: str, how: str, *, start: int = 2) -> None:
        """`chosen` among `options` on the current row, from column `start`, shown as `how`."""
        row = writer_.row
        if how == "typed":
            writer_.put(row, start, chosen)
            writer_.merge(row, start, WIDTH)
        elif how == "dropdown":
            target = writer_.put(row, start, chosen, fill_colour="FFF2CC")
            dropdown(target, options)
            writer_.merge(row, start, WIDTH)
        elif how in ("bold", "strike") and rng.random() < 0.5:
            writer_.put(row, start, _rich(font, options, chosen, how))
            writer_.merge(row, start, WIDTH)
        elif how == "mark":
            # Options as column heads on this row, the mark under the chosen one on the next.
            mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
            for offset, option in enumerate(options):
                writer_.put(row, start + offset, option, bold=True, fill_colour="F2F2F2")
                picked = option == chosen
                if picked and mark:
                    writer_.put(row + 1, start + offset, mark, bold=True)
                else:
                    writer_.put(row + 1, start + offset, "", fill_colour=MARK_FILL if picked else None)
            writer_.row += 1
        else:  # one option to a cell: highlighted, emboldened or the others struck through
            for offset, option in enumerate(options):
                picked = option == chosen
                writer_.put(row, start + offset, option, bold=picked and how in ("bold", "highlight"),
                            strike=not picked and how == "strike",
                            fill_colour=HIGHLIGHT if picked and how == "highlight" else None)
        writer_.row += 1

    # --- details ---
    reference_value = int(sample.case_id) if reference_style == "number" else sample.case_id
    auditor_role = ROLES["qa_team" if by_qa else "early_help_manager"]
    auditor_text = sample.auditor if rng.random() < 0.6 else f"{sample.auditor} ({auditor_role})"
    auditor_at_signoff = rng.random() < 0.3
    worker_text = sample.practitioner if rng.random() < 0.75 else f"{sample.practitioner} – Family Support Worker"
    method_how = rng.choice(("typed", "dropdown", "highlight", "bold", "strike", "mark"))
    details_style = rng.choice(("rows", "pairs", "strip", "inline"))
    if details_style == "inline" and excel_dates:
        details_style = rng.choice(("rows", "pairs", "strip"))

    born_value = day(child.date_of_birth, personal=True)
    took_part = list(rng.sample(child.parents, rng.randint(1, len(child.parents))))
    if relative:
        took_part.append(f"{relative[1]} ({relative[0]})")
    if talkers and rng.random() < 0.6:
        took_part.append(f"{talkers[0]} (brother/sister)" if rng.random() < 0.5 else talkers[0])
    rows: list[tuple[str, object, str | None]] = [
        (rng.choice(REFERENCE_LABELS[reference_style]), reference_value, "0" if reference_style == "number" else None),
        (rng.choice(CHILD_LABELS), child.full_name, None),
        (rng.choice(DOB_LABELS), *born_value),
    ]
    if rng.random() < 0.5:
        rows.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    rows.append((rng.choice(PARENT_LABELS), ", ".join(child.parents), None))
    if brothers:
        sibling_style = rng.choice(("ages", "born"))
        if sibling_style == "ages":
            text = ", ".join(f"{name} ({_age(born, sample.date)})" for name, born in brothers)
        else:
            written = [writer(born) for _, born in brothers]
            also.extend(written)
            text = ", ".join(f"{name} – {when}" for (name, _), when in zip(brothers, written))
        rows.append((rng.choice(SIBLING_LABELS), text, None))
    rows.append((rng.choice(TOOK_PART_LABELS), ", ".join(took_part), None))
    rows.append((rng.choice(WORKER_LABELS), worker_text, None))
    if sample.team:
        rows.append(("Team", sample.team, None))
    if sample.service:
        rows.append(("Service", sample.service, None))
    if not auditor_at_signoff:
        rows.append((rng.choice(AUDITOR_LABELS), auditor_text, None))
    rows.append((rng.choice(DATE_LABELS), *day(sample.date)))

    details = sheet("details")
    numbered_bands = rng.random() < 0.5

    def band(writer_: _Sheet, part: str, *, optional: bool = False) -> None:
        """The part's heading band; an optional one is left off some files (never where bands are numbered)."""
        if optional and not numbered_bands and rng.random() < 0.5:
            return
        text = rng.choice(BANDS[part])
        if numbered_bands:
            text = f"{('details', 'views', 'review', 'follow', 'signoff').index(part) + 1}. {text}"
        writer_.band(text)

    band(details, "details")
    if details_style == "rows":
        for name, value, fmt in rows:
            details.pair(name, value, fmt=fmt)
    elif details_style == "pairs":
        for start in range(0, len(rows), 2):
            row = details.row
            for offset, (name, value, fmt) in enumerate(rows[start:start + 2]):
                column = 1 + 3 * offset
                details.put(row, column, name, bold=True, fill_colour="EDEDED")
                details.put(row, column + 1, value, fmt=fmt)
                details.merge(row, column + 1, column + 2)
            details.tall(row, max((str(value) for _, value, _ in rows[start:start + 2]), key=len), 30)
            details.row += 1
    elif details_style == "strip":
        for start in range(0, len(rows), WIDTH):
            chunk = rows[start:start + WIDTH]
            for offset, (name, value, fmt) in enumerate(chunk):
                details.put(details.row, 1 + offset, name, bold=True, fill_colour="EDEDED")
                details.put(details.row + 1, 1 + offset, value, fmt=fmt)
            details.tall(details.row + 1, max((str(value) for _, value, _ in chunk), key=len), 16)
            details.row += 2
    else:  # "Label: value" typed in one cell
        for name, value, _ in rows:
            details.wide(f"{name}: {value}")
    # How the conversation was held.
    method = own["method"].written
    method_label = rng.choice(METHOD_LABELS)
    details.put(details.row, 1, method_label, bold=True, fill_colour="EDEDED")
    if method_how == "mark":
        details.put(details.row + 1, 1, "", fill_colour="EDEDED")
    choice_cells(details, methods, method, method_how)
    details.gap()
    if rng.random() < 0.5:
        details.wide(rng.choice(GUIDANCE), italic=True, colour="595959")
        details.gap()

    # --- the family's views, question by question ---
    questions = [
        (rng.choice(FAMILY_VIEW_LABELS + (own["family_view"].label,)), own["family_view"].written),
        (rng.choice(RIGHT_TIME_LABEL), rng.choice(_fitting(RIGHT_TIME, age))),
        (rng.choice(SAY_LABEL), rng.choice(_fitting(HAD_A_SAY, age))),
    ]
    if talkers and rng.random() < 0.7:
        whole = rng.choice(WHOLE_FAMILY_SIBLING).format(name=talkers[0].split()[0], child=first)
    else:
        whole = fill(rng.choice(WHOLE_FAMILY), first)
    questions.append((rng.choice(WHOLE_FAMILY_LABEL), whole))
    questions.append((rng.choice(DIFFERENCE_LABELS + (own["difference_made"].label,)), own["difference_made"].written))
    views = sheet("views")
    band(views, "views")
    question_style = rng.choice(("column", "row", "blocks"))
    answer_italic = rng.random() < 0.4
    numbered = rng.random() < 0.5
    if question_style == "column":
        views.put(views.row, 1, "We asked", bold=True, fill_colour="DDEBF7")
        views.put(views.row, 2, rng.choice(("The family said", "Their answer (in their words)")), bold=True,
                  fill_colour="DDEBF7")
        views.merge(views.row, 2, WIDTH)
        views.row += 1
        for number, (question, answer) in enumerate(questions, start=1):
            views.put(views.row, 1, f"{number}. {question}" if numbered else question, bold=True)
            views.put(views.row, 2, answer, italic=answer_italic)
            views.merge(views.row, 2, WIDTH)
            views.tall(views.row, max(question, answer, key=len), 70 if len(answer) >= len(question) else 28)
            views.row += 1
    elif question_style == "row":
        row = views.row
        for offset, (question, answer) in enumerate(questions):
            views.put(row, 1 + offset, question, bold=True, fill_colour="DDEBF7")
            views.put(row + 1, 1 + offset, answer, italic=answer_italic)
        views.tall(row, max((question for question, _ in questions), key=len), 18)
        views.tall(row + 1, max((answer for _, answer in questions), key=len), 16)
        views.row += 2
    else:
        for number, (question, answer) in enumerate(questions, start=1):
            views.put(views.row, 1, f"Q{number}  {question}", bold=True, fill_colour="F2F2F2")
            views.merge(views.row, 1, WIDTH)
            views.row += 1
            views.wide(answer, italic=answer_italic)
    views.gap()

    # --- the family's rating of the help (not a grade), what went well and what could be better ---
    review = sheet("review")
    if rng.random() < 0.65:
        rating = RATINGS[min(3, max(0, rng.choices((0, 1, 2, 3), weights=(50, 38, 12, 0))[0]))]
        rating_how = rng.choice(("typed", "key", "dropdown", "highlight", "bold", "strike", "mark"))
        review.put(review.row, 1, rng.choice(RATING_LABELS), bold=True, fill_colour="EDEDED")
        if rating_how == "key":
            review.put(review.row, 2, 4 - RATINGS.index(rating), bold=True)
            review.put(review.row, 3, "Key: " + ",  ".join(f"{4 - position} = {option}"
                                                             for position, option in enumerate(RATINGS)),
                       italic=True, size=9, colour="595959")
            review.merge(review.row, 3, WIDTH)
            review.row += 1
        else:
            if rating_how == "mark":
                review.put(review.row + 1, 1, "", fill_colour="EDEDED")
            choice_cells(review, RATINGS, rating, rating_how)
        review.gap()
    went_well = rng.choice(WENT_WELL_LABELS)
    better = rng.choice(BETTER_LABELS)
    lists_style = rng.choice(("side", "stacked", "numbered", "cell"))
    band(review, "review", optional=plan == "five")
    if lists_style == "side":
        review.put(review.row, 1, went_well, bold=True, fill_colour="E2EFDA")
        review.merge(review.row, 1, 3)
        review.put(review.row, 4, better, bold=True, fill_colour="FCE4D6")
        review.merge(review.row, 4, WIDTH)
        review.row += 1
        for left, right in zip(list(sample.strengths) + [""] * 5, list(sample.development_areas) + [""] * 5):
            if not left and not right:
                break
            review.put(review.row, 1, left)
            review.merge(review.row, 1, 3)
            review.put(review.row, 4, right)
            review.merge(review.row, 4, WIDTH)
            review.tall(review.row, max(left, right, key=len), 50)
            review.row += 1
    elif lists_style == "cell":
        bullet = rng.choice(("\u2022 ", "- ", ""))
        review.pair(went_well, "\n".join(bullet + item for item in sample.strengths))
        review.pair(better, "\n".join(bullet + item for item in sample.development_areas))
    else:
        for heading, items in ((went_well, sample.strengths), (better, sample.development_areas)):
            review.put(review.row, 1, heading, bold=True, fill_colour="F2F2F2")
            review.merge(review.row, 1, WIDTH)
            review.row += 1
            for number, item in enumerate(items, start=1):
                review.wide(f"{number}. {item}" if lists_style == "numbered" else item)
    review.gap()

    # --- follow-up: the safety question and the actions ---
    follow = sheet("follow")
    band(follow, "follow", optional=plan != "five")
    safety_how = rng.choice(("typed", "yn", "dropdown", "ticks", "strike"))
    said = "Yes" if sample.urgent_concern else "No"
    follow.put(follow.row, 1, rng.choice(SAFETY_LABELS), bold=True, fill_colour="EDEDED")
    if safety_how == "typed":
        follow.put(follow.row, 2, rng.choice((said, said.upper(), f"{said} – see below" if sample.urgent_concern
                                              else said)))
    elif safety_how == "yn":
        follow.put(follow.row, 2, said[0], bold=True)
    elif safety_how == "dropdown":
        target = follow.put(follow.row, 2, said, fill_colour="FFF2CC")
        dropdown(target, ("Yes", "No"))
    elif safety_how == "ticks":
        follow.put(follow.row, 2, ("\u2612" if sample.urgent_concern else "\u2610") + " Yes    "
                   + ("\u2610" if sample.urgent_concern else "\u2612") + " No")
    else:
        follow.put(follow.row, 2, _rich(font, ("Yes", "No"), said, "strike"))
    follow.merge(follow.row, 2, WIDTH)
    follow.ws.row_dimensions[follow.row].height = 30
    follow.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        follow.pair(rng.choice(SAFETY_DETAIL_LABELS), sample.urgent_concern_detail or "")
    follow.gap()
    follow.put(follow.row, 1, rng.choice(ACTION_HEADINGS), bold=True, colour=brand)
    follow.merge(follow.row, 1, WIDTH)
    follow.row += 1
    if not sample.actions:
        follow.wide(rng.choice(NO_ACTIONS[:2] if sample.urgent_concern else NO_ACTIONS))
    else:
        action_style = rng.choice(("table", "table", "numbered", "arrowed"))
        if action_style == "table":
            headers = rng.choice((("Action", "Who", "By when"), ("What we will do", "Who will do it", "By")))
            for column, text in zip((1, 4, 5), headers):
                follow.put(follow.row, column, text, bold=True, fill_colour="DDEBF7")
            follow.merge(follow.row, 1, 3)
            follow.merge(follow.row, 5, WIDTH)
            follow.row += 1
            for action in sample.actions:
                follow.put(follow.row, 1, action.action)
                follow.merge(follow.row, 1, 3)
                follow.put(follow.row, 4, action.owner)
                due, fmt = day(action.due)
                follow.put(follow.row, 5, due, fmt=fmt)
                follow.merge(follow.row, 5, WIDTH)
                follow.tall(follow.row, action.action, 55)
                follow.row += 1
        else:
            for number, action in enumerate(sample.actions, start=1):
                lead = f"{number}. " if action_style == "numbered" else "\u2192 "
                follow.wide(f"{lead}{action.action} – {action.owner} – by {writer(action.due)}")
    follow.gap()

    # --- sign-off, with room for the Head of Service ---
    signoff = sheet("signoff")
    band(signoff, "signoff", optional=plan != "five")
    show_box = moderation is not None or rng.random() < 0.7
    if auditor_at_signoff or not show_box:
        signoff.pair(rng.choice(("Completed by", "Signed")), auditor_text)
        signoff.pair("Role", auditor_role)
    hos_look = rng.choice(("ink", "box", "box_ink"))
    if show_box:
        labels = rng.choice(HOS_LABELS)
        colour = ink if moderation and hos_look in ("ink", "box_ink") else None
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            values = (moderation.moderator if rng.random() < 0.6 else f"{moderation.moderator} (Head of Service)",
                      moderated_on, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None)
        else:
            note = rng.choice(NOT_MODERATED)
            values, formats = ("", "", note), (None, None, None)
        top = signoff.row
        for text, value, fmt in zip(labels, values, formats):
            signoff.pair(text, value, fmt=fmt, colour=colour, label_fill="F2F2F2",
                         italic=not moderation and bool(value))
        signoff.ws.row_dimensions[signoff.row - 1].height = max(45, signoff.ws.row_dimensions[signoff.row - 1].height
                                                                or 0)
        if hos_look in ("box", "box_ink"):
            edge = Side(style="thick", color=ink if hos_look == "box_ink" else "000000")
            for row in range(top, signoff.row):
                for column in range(1, WIDTH + 1):
                    signoff.ws.cell(row=row, column=column).border = Border(
                        left=edge if column == 1 else THIN, right=edge if column == WIDTH else THIN,
                        top=edge if row == top else THIN, bottom=edge if row == signoff.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=400), time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 40))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    others = tuple(name for name, _ in brothers) + ((relative[1],) if relative else ())
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=others, also=tuple(also))
