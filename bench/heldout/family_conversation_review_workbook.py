"""Family conversation review workbook: an Early Help manager's, or a
quality assurance officer's, record in Excel of a conversation with a family
about the help they had from their lead professional. The details of the
family and the conversation; the family's answers, in their own words, to
one question under each of six headings (Views, Choice, Relationships,
Communication, Action, Space) with the family's own "did we get it right?"
answer to each; what the family told us overall and what difference the
help has made; what went well and what needs to improve; what we will do
(the actions); the "is a child unsafe today" question; the reviewer's
sign-off and a place for the Head of Service. The form has no grade.

Modelled on what Children's Hearings Scotland (CHS), the Scottish public
body that recruits, trains and supports the Children's Panel, publishes
about hearing from children and families (CHS is named by no other family
or council layout; every council checked in England, Wales, Scotland and
Northern Ireland – Herefordshire, West Sussex, Central Bedfordshire,
Knowsley, Southwark, Conwy, Monmouthshire, Shropshire, Haringey, the Welsh
and Scottish councils and the Northern Ireland trusts among them – is
named by another family or a council layout), read as the search tool's
excerpts of these pages only:

- "Making it easier for children to give feedback"
  (childrenspanelscotland.org/about-us/latest-news/making-it-easier-for-
  children-to-give-feedback/): CHS's Practice and Standards team reviewed
  its complaints and feedback channels, talking with young people with
  lived experience of hearings; young people sometimes left hearings
  feeling unable to express their views, the problem being "less about
  being able to complain, more about being able to tell organisations and
  people ... how they felt at all", and sometimes did not know who to give
  feedback to; a child-friendly feedback and complaints portal, and work
  with the Scottish Children's Reporter Administration on a single point
  of entry for children and families; feedback should be "a routine part
  of their hearing journey, not just when things go wrong".
- "Postcard pilot to gather feedback from children at hearings"
  (childrenspanelscotland.org/about-us/latest-news/postcard-pilot-to-
  gather-feedback-from-children-at-hearings/): postcards with a QR code
  offered at the end of each hearing in Moray and Central and West
  Lothian; where the child is not present the card can be given to a
  relative or caregiver; children can share "what went well or on what
  needs improvement"; feedback will not challenge panel decisions, for
  which there is a separate appeals process.
- The Children's Rights and Inclusion Strategy pages (CHS news item
  "Children's Rights and Inclusion Strategy launches today", and the CHS
  children's rights and inclusion page): launched November 2020 so that
  children feel able to speak openly and honestly in hearings and their
  views are given real weight; "founded on six pillars of inclusion, which
  focus on views, choice, relationships, communication, action and space".
- Together Scotland's blog post by CHS "Children's hearings feedback and
  complaints" (togetherscotland.blog, 30 July 2024): around 22,000 hearings
  a year; hearing the voice of the child to focus on what works well and
  to fix what causes anxiety or distress; "we don't hear enough from
  children".

None of them shows a form, or is about a council reviewing the help a
family had, so the workbook is our own judgement: that a council's Early
Help service would hold such conversations and record them in a workbook;
the six headings taken from the six pillars (the questions under them are
ours); "what went well" and "what needs to improve" from the postcards; a
relative or caregiver taking part on some files, after the postcards; a
guidance line that the conversation is about the help and does not reopen
decisions; and every layout choice: one sheet, three (About; The six
pillars; Next steps) or two with a hidden Lists sheet for the drop-downs;
details as label / value rows, two pairs to a row, a strip of headings over
values or "Label: value" typed in single cells; plain, numeric, prefixed or
Early Help references; the lead professional's team in its own cell, in
brackets after their name or not shown, the service on some; the reviewer
with a role in brackets on some, and a QA officer on four files; brothers
and sisters with ages or dates of birth on some (one named in the family's
answers on some), a relative who took part on some (their names go in
`others`); the six pillars as a grid, a block each or across the page;
the family's answer to each (yes / mostly / not really / no – their answer,
not a grade, and not in the truth) typed, from a drop-down, as a number on
a printed key either way round, highlighted or struck through among four
cells, emboldened or struck through in one cell, or marked under four
columns; how the conversation was held shown the same ways; went well and
needs to improve as numbered rows or one cell a line an item; actions as a
table, numbered lines in one cell or a "no actions" sentence; the safety
question typed, Y / N, from a drop-down, marked under Yes / No or with the
other answer struck through (three yes); dates kept as Excel dates or typed
in seven spellings; the Head of Service's comments (8 files) as labelled
rows in a colour of their own (never red), a heavy-bordered box of its own
fill typed in black, or typed through the workbook ("HoS:" remarks beside
two pillars and a seen-by line) – none can change or confirm a grade, as
there is none; on the other files an empty box, an "awaiting" note or no
box. Texts suit the child's age.
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

FAMILY = "family_conversation_review_workbook"
SEED = 10070

TITLES = ("Family Conversation Review", "Conversation Review with the Family",
          "Listening to Families – Conversation Review", "How did we do? Family Conversation Review")
GUIDANCE = ("A conversation with the family about the help they had – not an assessment, and not a way to "
            "reopen decisions. Write the family's words as they said them. Return to the Early Help QA mailbox.",
            "Offer the conversation when help ends or at the last review. Use the six pillars as prompts; the "
            "family can speak to any of them or none. Complete every tab.")

# The six pillars, with the question asked under each in two versions of the template.
PILLARS = (
    ("Views", ("Did you feel able to say what you thought, and did we listen?",
               "Were your views, and the children's, heard and taken seriously?")),
    ("Choice", ("Were you given choices about the help – what, when and where?",
                "Did you get a say in what happened and when we met?")),
    ("Relationships", ("How did you get on with your worker? Did they get to know your family?",
                       "Did you have a worker you could trust?")),
    ("Communication", ("Did we explain things clearly, and did you know who to contact?",
                       "Was everything explained in a way that made sense to you?")),
    ("Action", ("Did we do what we said we would, when we said we would?",
                "Did things happen when they were meant to?")),
    ("Space", ("Were the places we met right for you and the children?",
               "Did you feel comfortable where we met – at home, the hub, or elsewhere?")),
)
# The family's own answer to each pillar: not a grade.
ANSWER_SETS = (("Yes", "Mostly", "Not really", "No"), ("Yes, fully", "Mostly", "Partly", "Not at all"))
ANSWER_LABELS = ("Did we get it right?", "Family's answer", "Family says")

# What the family said under each pillar, by the family's answer (0 best .. 3 worst): (youngest, oldest, text).
# {child} is the child's first name, {worker} the worker's first name.
PILLAR_WORDS = {
    "Views": (
        ((0, 17, "{worker} always asked what I thought before writing anything down."),
         (8, 17, "{child} said {worker} listened to them and didn't just talk to the grown-ups.")),
        ((0, 17, "Mostly. At the first meeting it felt like they had already decided."),),
        ((0, 17, "Not really – I said the same thing three times before anyone heard it."),),
        ((0, 17, "No. Nobody asked what we wanted."),),
    ),
    "Choice": (
        ((0, 17, "They came after work so I didn't lose shifts, and I picked what to work on first."),),
        ((0, 17, "Mostly – the times were fine but the group was only on a Tuesday morning."),),
        ((0, 17, "We got told what would happen rather than asked."),),
        ((0, 17, "There wasn't any choice. It was the parenting course or nothing."),),
    ),
    "Relationships": (
        ((0, 17, "{worker} was the first person who didn't make me feel like a bad parent."),
         (6, 17, "{child} still asks when {worker} is coming back.")),
        ((0, 17, "Good once we got to know each other, but we had two workers in the first month."),),
        ((0, 17, "{worker} was nice but we only saw them a handful of times."),),
        ((0, 17, "We never really knew who our worker was."),),
    ),
    "Communication": (
        ((0, 17, "Everything was explained, even the letters I didn't understand."),),
        ((0, 17, "Mostly, but nobody told us who to ring when {worker} was on leave."),),
        ((0, 17, "Some of the words in the plan went over my head."),),
        ((0, 17, "We didn't get the minutes of the review until weeks later."),),
    ),
    "Action": (
        ((0, 17, "They did what they said. The housing letter went off the same week."),),
        ((0, 17, "Mostly. The referral for counselling took longer than they said."),),
        ((0, 17, "We waited about five weeks for the first visit."),),
        ((0, 17, "Things we were promised never happened."),),
    ),
    "Space": (
        ((0, 4, "The stay and play room at the hub was perfect for the baby."),
         (5, 17, "Meeting at the hub was easier than having people in the house.")),
        ((0, 17, "Fine, though the room at the hub was small when we all went."),),
        ((6, 17, "{child} didn't like being taken out of class to see {worker}."),
         (0, 5, "Home visits were hard with the little one running around.")),
        ((0, 17, "Meeting in the office felt like being in trouble."),),
    ),
}
# Said about a brother or sister: where the family felt heard, and where they did not.
SIBLING_WORDS = (("They asked about {name} too, not just {child}.", "{name} came to some of the sessions, which helped."),
                 ("Nobody really asked {name} what they thought either.",))

FAMILY_WORDS = (
    (0, 17, "{carer} said the help came at the right time and they would ask for it again."),
    (0, 17, "The family said they felt listened to and not judged, but the start was slow."),
    (0, 17, "{carer} said they were included once they asked to be, and wish that had happened from the start."),
    (5, 17, "The family said {child} is happier and that they know where to go if things get hard again."),
)
DIFFERENCES = (
    (5, 17, "{child} is in school every day now and the mornings aren't a battle."),
    (0, 17, "We're not shouting at each other all the time and {child} is sleeping better."),
    (0, 17, "The rent arrears are sorted so I'm not lying awake worrying."),
    (9, 17, "{child} goes to the youth club on a Tuesday and has friends there now."),
    (0, 3, "We go to the stay and play every week and {child} loves it."),
)
WENT_WELL = (
    (0, 17, "The family said {worker} came when they said they would and rang if running late."),
    (0, 17, "The family felt listened to and not judged."),
    (0, 17, "The plan was talked through with the family before the review meeting."),
    (6, 17, "{child} was asked what they wanted and could see their ideas in the plan."),
    (0, 17, "Meeting at the family hub suited the family better than visits at home."),
    (0, 17, "Help with a food bank referral and a grant for a bed came quickly."),
)
IMPROVE = (
    (0, 17, "The family waited about five weeks for the first visit."),
    (0, 17, "Nobody told the family who to contact while {worker} was on leave."),
    (0, 17, "Some letters and the plan used words the family did not understand."),
    (0, 17, "The family had two workers in the first month and had to tell their story twice."),
    (6, 17, "{child} would have liked to see {worker} somewhere other than school."),
)
SIBLING_IMPROVE = ("{name} was not asked for their views of the help.", "{name} would have liked to come to the sessions.")
ACTIONS = (
    (0, 17, "Share the family's feedback with {worker} in supervision."),
    (0, 17, "Give the family the duty number to use when their worker is away."),
    (0, 17, "Send the family a plain-English copy of the closing summary."),
    (0, 17, "Raise the wait for a first visit at the Early Help managers' meeting."),
    (5, 17, "Check with school that {child}'s support carries on after Early Help ends."),
    (0, 3, "Ask the health visitor to follow up {child}'s development check."),
)
OWNERS = {"Social worker": "Lead professional", "Practice manager": "Early Help manager"}
URGENT_DETAILS = (
    (2, 17, "Mum told me her ex-partner has been coming back to the house and {child} saw him hit her last week. "
            "Passed to the MASH the same afternoon; Head of Service informed."),
    (8, 17, "{child} said they have been staying out overnight with older friends and won't say where. Referred "
            "to the duty team today and the worker's manager told."),
    (0, 17, "A parent said they are drinking again while caring for {child} alone. Discussed with the Head of "
            "Service and a referral made to Children's Social Care the same day."),
)
NO_ACTIONS = ("No actions – the family are happy with how the help ended.", "No further action needed.",
              "None arising from this conversation.")
HOS_COMMENTS = (
    "Thank you {auditor}. A helpful conversation – please share the family's words, without names, at the "
    "practice forum.",
    "Agree with the follow-up. The point about not knowing who to call when {worker} is away comes up too often; "
    "I will take it to the managers' meeting.",
    "Read. Good to see the family's answers written as they said them.",
    "I am not sure the delay at the start was this team's – it is a service-wide issue and I will look at it.",
    "Please make sure {worker} hears the positive feedback directly.",
)
# Remarks beside a pillar the family answered well, and beside one they did not.
HOS_PILLAR_REMARKS = (("HoS: good to see", "HoS: please share with the team"),
                      ("HoS: noted, service-wide issue", "HoS: please follow up with the worker"))
NOT_MODERATED = ("Awaiting Head of Service", "", "Not yet seen by HoS")

AUDITOR_LABELS = ("Conversation held by", "Reviewer", "Completed by", "Manager speaking with the family")
WORKER_LABELS = ("Lead professional", "Family's worker", "Key worker", "Early Help practitioner")
DATE_LABELS = ("Date of conversation", "Date we spoke", "Conversation date")
METHOD_LABELS = ("How the conversation was held", "How did we speak to the family?", "Type of contact")
CHILD_LABELS = ("Child / young person", "Child's name", "Name of child")
PARENT_LABELS = ("Parent(s) / carer(s)", "Parents/carers")
TOOK_PART_LABELS = ("Who took part", "Spoke with", "Family members present")
SIBLING_LABELS = ("Brothers and sisters", "Other children in the household", "Siblings")
REFERENCE_LABELS = {"plain": ("Case ref", "LCS ID", "Ref"), "number": ("Case number", "Ref no."),
                    "prefixed": ("Ref", "Case reference"), "early_help": ("EHM ID", "Early Help ref")}
FAMILY_VIEW_LABELS = ("What the family told us overall", "Overall – what the family said about the help",
                      "In the family's words: the help as a whole")
DIFFERENCE_LABELS = ("What difference has the help made?", "What has changed for the family",
                     "Difference the help has made")
WENT_WELL_LABELS = ("What went well", "Went well")
IMPROVE_LABELS = ("What needs to improve", "What could be better", "Needs improvement")
ACTION_HEADINGS = ("What we will do", "Actions", "What happens next")
SAFETY_LABELS = ("Did anything the family said make you worried about a child's safety today?",
                 "Immediate safeguarding concern arising from the conversation?",
                 "Any child unsafe today? (If yes, tell your manager today)")
SAFETY_DETAIL_LABELS = ("If yes, what was done and when", "Details / action taken")
HOS_LABELS = (("Head of Service", "Date", "Head of Service comments"),
              ("Seen by (HoS)", "Date seen", "Comments"))
METHOD_SETS = (("Home visit", "Telephone call", "Video call", "At the family hub"),
               ("Home visit", "Phone", "Teams call", "Family hub"))
SAMPLE_METHODS = {"Home visit": 0, "Telephone call": 1, "Visit at the family hub": 3}
WOMEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Lisa", "Kerry", "Nadia", "Chantelle", "Gemma", "Shabana",
                                                             "Natalie", "Jodie", "Agnieszka", "Stacey", "Donna"})
MEN = tuple(name for name in ADULT_FIRST_NAMES if name in {"Darren", "Wayne", "Samuel", "Craig", "Tomasz", "Dean",
                                                           "Kwame", "Carl", "Tariq"})
ROLES = {"early_help_manager": "Early Help Manager", "qa_team": "QA Officer"}
EXCEL_DATE_FORMATS = ("dd/mm/yyyy", "d mmmm yyyy", "dd-mmm-yy", "d/m/yy")
SHEETS = {"one": ("Conversation review",) * 3, "three": ("About", "The six pillars", "Next steps"),
          "two": ("Review", "Review", "Summary & sign-off")}

WIDTH = 7
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
HIGHLIGHT = "FFFF00"
MARK_FILL = "BFBFBF"


def build(today: date, count: int = 16) -> list[HeldOutForm]:
    rng = random.Random(SEED)
    samples = tool_samples(count, seed=SEED, today=today, kinds=(CONVERSATION_AUDIT,))
    positions = list(range(len(samples)))
    urgent = set(rng.sample(positions, min(3, len(positions))))
    looks = ("rows",) * 3 + ("box",) * 3 + ("through",) * 2
    hos = dict(zip(rng.sample(positions, min(len(looks), len(positions))), looks))
    by_qa = set(rng.sample(positions, min(4, len(positions))))
    with_siblings = set(rng.sample(positions, min(7, len(positions))))
    # Files with no actions are not those where a child was unsafe (something was done that day).
    no_actions = set(rng.sample([index for index in positions if index not in urgent], min(3, len(positions) - len(urgent))))
    plans = [("one", "three", "two")[index % 3] for index in positions]
    rng.shuffle(plans)
    teams = [("cell", "none", "cell", "brackets")[index % 4] for index in positions]
    rng.shuffle(teams)
    return [_form(rng, index, sample, today, urgent=index in urgent, hos=hos.get(index), by_qa=index in by_qa,
                  with_siblings=index in with_siblings, no_actions=index in no_actions, plan=plans[index],
                  team_style=teams[index])
            for index, sample in enumerate(samples)]


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _weekday_after(day: date, days: int, today: date) -> date:
    later = day + timedelta(days=days)
    while later.weekday() >= 5:
        later += timedelta(days=1)
    return max(day, min(later, today))


def _relation(parent: str) -> str:
    """What a family calls a parent, from the invented first name."""
    first = parent.split()[0]
    return "Mum" if first in WOMEN else "Dad" if first in MEN else "The parent"


def _fitting(pool, age: int) -> list[str]:
    return [text for youngest, oldest, text in pool if youngest <= age <= oldest]


def _change(rng: random.Random, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool, no_actions: bool,
            methods: tuple[str, ...], talkers: list[str], reference: str, team_shown: bool, service_shown: bool):
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
    if not team_shown:
        changes["team"] = None
    if not service_shown:
        changes["service"] = None
    own = []
    for field in sample.own:
        if field.key == "method":
            position = 2 if rng.random() < 0.2 else SAMPLE_METHODS[field.expected]
            field = ToolField("method", "How the conversation was held", methods[position], methods[position])
        elif field.key == "family_view":
            text = pick(FAMILY_WORDS, 1)[0].replace("{carer}", _relation(sample.child.parents[0]))
            field = ToolField("family_view", "What the family told us", fill(text, first), fill(text, None))
        elif field.key == "difference_made":
            text = pick(DIFFERENCES, 1)[0]
            field = ToolField("difference_made", "What difference it made", fill(text, first), fill(text, None))
        own.append(field)
    changes["own"] = tuple(own)
    changes["strengths"] = tuple(fill(text, first) for text in pick(WENT_WELL, rng.randint(1, 3)))
    better = [fill(text, first) for text in pick(IMPROVE, rng.randint(1, 2))]
    if talkers and rng.random() < 0.5:
        better.append(rng.choice(SIBLING_IMPROVE).format(name=talkers[0].split()[0]))
    changes["development_areas"] = tuple(better)
    if no_actions:
        changes["actions"] = ()
    else:
        actions = sample.actions or (SampleAction("", sample.practitioner,
                                                  _weekday_after(sample.date, rng.randint(14, 40), today + timedelta(days=60))),)
        texts = pick(ACTIONS, len(actions))
        changes["actions"] = tuple(SampleAction(fill(text, first), OWNERS.get(action.owner, action.owner), action.due)
                                   for text, action in zip(texts, actions))
    if urgent:
        changes["urgent_concern"] = True
        changes["urgent_concern_detail"] = fill(pick(URGENT_DETAILS, 1)[0], first)
    if hos:
        member = next(person for person in STAFF if person.name == sample.practitioner)
        head = head_of_service_over(member)
        auditor = changes.get("auditor", sample.auditor)
        comments = tuple(text.format(auditor=auditor.split()[0], worker=worker)
                         for text in rng.sample(HOS_COMMENTS, rng.randint(1, 2)))
        moderated_on = _weekday_after(sample.date, rng.randint(2, 8), today)
        changes["moderation"] = Moderation(moderator=head.name, date=moderated_on, comments=comments, grade=None)
    return replace(sample, **changes)


# --- the worksheet ------------------------------------------------------------------------


class _Sheet:
    """One worksheet written top to bottom, seven columns wide."""

    def __init__(self, ws, font: str, brand: str, widths: tuple[int, ...]):
        self.ws, self.font, self.brand = ws, font, brand
        self.row = 1
        for letter, width in zip("ABCDEFG", widths):
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
        current = self.ws.row_dimensions[row].height or 15
        self.ws.row_dimensions[row].height = max(current, 14 * lines)

    def header(self, line: str, title: str, guidance: str | None):
        self.put(self.row, 1, line, bold=True, colour="FFFFFF", fill_colour=self.brand, size=9, border=False)
        self.merge(self.row, 1, WIDTH)
        self.row += 1
        self.put(self.row, 1, title, bold=True, colour=self.brand, size=14, border=False)
        self.merge(self.row, 1, WIDTH)
        self.ws.row_dimensions[self.row].height = 22
        self.row += 1
        if guidance:
            self.put(self.row, 1, guidance, italic=True, border=False, size=9)
            self.merge(self.row, 1, WIDTH)
            self.tall(self.row, guidance, 120)
            self.row += 1
        self.row += 1

    def band(self, text: str):
        self.put(self.row, 1, text, bold=True, colour="FFFFFF", fill_colour=self.brand, size=11)
        self.merge(self.row, 1, WIDTH)
        self.row += 1

    def wide(self, text, *, italic=False, bold=False, colour=None, fill_colour=None, fmt=None):
        self.put(self.row, 1, text, italic=italic, bold=bold, colour=colour, fill_colour=fill_colour, fmt=fmt)
        self.merge(self.row, 1, WIDTH)
        self.tall(self.row, text, 120)
        self.row += 1
        return self.row - 1

    def pair(self, name, value, *, fmt=None, colour=None, label_fill="EDEDED", italic=False, bold=False):
        self.put(self.row, 1, name, bold=True, fill_colour=label_fill)
        self.merge(self.row, 1, 2)
        self.put(self.row, 3, value, fmt=fmt, colour=colour, italic=italic, bold=bold)
        self.merge(self.row, 3, WIDTH)
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


class _Chooser:
    """How one file shows a choice among options: typed, drop-down, a key number, one rich cell, or four cells
    (highlighted, struck through, or marked under option headings)."""

    FOUR_CELL = ("highlight", "strike_cells", "marks")

    def __init__(self, rng: random.Random, font: str, style: str, lists: dict):
        self.rng, self.font, self.style, self.lists = rng, font, style, lists
        self.mark = rng.choice(("X", "x", "\u2713", "\u25cf", ""))
        self.key_reversed = rng.random() < 0.5

    def key_text(self, options: tuple[str, ...]) -> str:
        numbered = list(enumerate(options, start=1))
        if self.key_reversed:
            numbered = [(len(options) + 1 - number, option) for number, option in numbered][::-1]
        return "Key: " + "   ".join(f"{number} = {option}" for number, option in numbered)

    def number(self, options: tuple[str, ...], chosen: str) -> int:
        position = options.index(chosen)
        return len(options) - position if self.key_reversed else position + 1

    def one_cell(self, sheet: _Sheet, row: int, column: int, options: tuple[str, ...], chosen: str, name: str):
        """Write the choice in one cell (for styles that need only one)."""
        if self.style == "key":
            sheet.put(row, column, self.number(options, chosen), bold=True)
        elif self.style in ("bold", "strike"):
            sheet.put(row, column, None)
            sheet.ws.cell(row=row, column=column).value = _rich(self.font, options, chosen, self.style)
        else:
            sheet.put(row, column, chosen)
            if self.style == "dropdown":
                self.validate(sheet, row, column, options, name)

    def validate(self, sheet: _Sheet, row: int, column: int, options: tuple[str, ...], name: str):
        if name in self.lists:
            formula = self.lists[name]
        else:
            formula = '"' + ",".join(options) + '"'
        validation = DataValidation(type="list", formula1=formula, allow_blank=True)
        sheet.ws.add_data_validation(validation)
        validation.add(sheet.ws.cell(row=row, column=column).coordinate)

    def four_cells(self, sheet: _Sheet, row: int, first: int, options: tuple[str, ...], chosen: str):
        """The options in four cells from `first`, the chosen one highlighted or the others struck through."""
        for offset, option in enumerate(options):
            picked = option == chosen
            if self.style == "highlight":
                sheet.put(row, first + offset, option, bold=picked, fill_colour=HIGHLIGHT if picked else None)
            else:
                sheet.put(row, first + offset, option, strike=not picked)

    def marks(self, sheet: _Sheet, row: int, first: int, options: tuple[str, ...], chosen: str):
        for offset, option in enumerate(options):
            if option == chosen:
                if self.mark:
                    sheet.put(row, first + offset, self.mark, bold=True)
                else:
                    sheet.put(row, first + offset, None, fill_colour=MARK_FILL)
            else:
                sheet.put(row, first + offset, None)


# --- one file --------------------------------------------------------------------------------


def _form(rng: random.Random, index: int, sample, today: date, *, urgent: bool, hos: str | None, by_qa: bool,
          with_siblings: bool, no_actions: bool, plan: str, team_style: str) -> HeldOutForm:
    brand = rng.choice(BRAND_COLOURS)
    ink = rng.choice(MODERATION_INKS)
    font = rng.choice(("Arial", "Calibri", "Verdana"))
    child = sample.child
    first = child.first_name
    age = _age(child.date_of_birth, sample.date)
    methods = rng.choice(METHOD_SETS)
    answers = rng.choice(ANSWER_SETS)
    version = rng.randrange(2)

    # The household: brothers and sisters (named where the form asks) and, on some, a relative who took part.
    brothers = siblings(rng, child, rng.randint(1, 3), today) if with_siblings else []
    talkers = [name for name, born in brothers if _age(born, sample.date) >= 7]
    relative = None
    if rng.random() < 0.3:
        parent_firsts = {parent.split()[0] for parent in child.parents}
        kin = rng.choice(("Nan", "Grandad", "Aunt", "Uncle"))
        pool = WOMEN if kin in ("Nan", "Aunt") else MEN
        relative = (kin, f"{rng.choice([name for name in pool if name not in parent_firsts])} {child.surname}")

    reference_style = rng.choice(("plain", "number", "prefixed", "prefixed", "early_help"))
    service_shown = rng.random() < 0.6
    sample = _change(rng, sample, today, urgent=urgent, hos=hos, by_qa=by_qa, no_actions=no_actions, methods=methods,
                     talkers=talkers, reference=reference_style, team_shown=team_style != "none",
                     service_shown=service_shown)
    moderation = sample.moderation
    own = {field.key: field for field in sample.own}
    worker = sample.practitioner.split()[0]

    # Dates: Excel dates with a number format, or typed in one spelling for the whole file.
    excel_dates = rng.random() < 0.5
    writer = date_writer(rng)
    excel_format = rng.choice(EXCEL_DATE_FORMATS)
    also: list[str] = []

    def day(value: date, *, personal: bool = False):
        if excel_dates:
            return datetime.combine(value, time()), excel_format
        written = writer(value)
        if personal:
            also.append(written)
        return written, None

    workbook = Workbook()
    names = SHEETS[plan]
    title = rng.choice(TITLES)
    line = council_line(rng)
    guidance = rng.choice(GUIDANCE) if rng.random() < 0.7 else None
    widths = rng.choice(((24, 16, 26, 12, 12, 12, 12), (22, 18, 30, 11, 11, 11, 11), (26, 14, 28, 13, 13, 13, 13)))
    sheets: dict[str, _Sheet] = {}
    for name in names:
        if name not in sheets:
            first_sheet = not sheets
            ws = workbook.active if first_sheet else workbook.create_sheet(name)
            ws.title = name
            sheets[name] = _Sheet(ws, font, brand, widths)
            sheets[name].header(line, title, guidance if first_sheet else None)
    details, pillars_sheet, next_sheet = (sheets[name] for name in names)

    # The drop-downs' options, on a hidden Lists sheet in the two-sheet plan.
    answer_style = rng.choice(("typed", "dropdown", "key", "bold", "strike", "highlight", "strike_cells", "marks"))
    method_style = rng.choice(("typed", "dropdown", "bold", "strike", "highlight", "strike_cells", "marks"))
    safety_style = rng.choice(("typed", "yn", "dropdown", "marks", "strike"))
    if plan == "two" and rng.random() < 0.6:
        answer_style = "dropdown"
    lists: dict = {}
    if plan == "two" and "dropdown" in (answer_style, method_style, safety_style):
        hidden = workbook.create_sheet("Lists")
        hidden.sheet_state = "hidden"
        for column, (key, options) in enumerate((("answers", answers), ("methods", methods), ("yesno", ("Yes", "No"))),
                                                start=1):
            for row, option in enumerate(options, start=1):
                hidden.cell(row=row, column=column, value=option)
            letter = "ABC"[column - 1]
            lists[key] = f"Lists!${letter}$1:${letter}${len(options)}"

    # --- the details ---
    reference_value = int(sample.case_id) if reference_style == "number" else sample.case_id
    reference_label = rng.choice(REFERENCE_LABELS[reference_style])
    worker_text = sample.practitioner
    if team_style == "brackets":
        worker_text = f"{sample.practitioner} ({sample.team})"
    auditor_role = ROLES[next(person.role for person in STAFF if person.name == sample.auditor)]
    auditor_text = f"{sample.auditor} ({auditor_role})" if rng.random() < 0.4 else sample.auditor
    took_part = [f"{parent} ({_relation(parent).replace('The parent', 'parent')})" if rng.random() < 0.4 else parent
                 for parent in child.parents[:rng.randint(1, len(child.parents))]]
    if age >= 8 and rng.random() < 0.6:
        took_part.append(first)
    if relative:
        took_part.append(f"{relative[1]} ({relative[0]})")
    written_on, written_fmt = day(sample.date)

    fields: list[tuple[str, object, str | None]] = [
        (rng.choice(CHILD_LABELS), child.full_name, None),
        (reference_label, reference_value, None),
    ]
    if rng.random() < 0.5:
        born, born_fmt = day(child.date_of_birth, personal=True)
        fields.append(("DOB" if rng.random() < 0.5 else "Date of birth", born, born_fmt))
    if rng.random() < 0.4:
        fields.append(("Address", ", ".join((*child.address_lines, child.postcode)), None))
    if rng.random() < 0.5:
        fields.append((rng.choice(PARENT_LABELS), ", ".join(child.parents), None))
    if brothers:
        listed = []
        for name, born in brothers:
            if rng.random() < 0.5:
                listed.append(f"{name} ({_age(born, sample.date)})")
            else:
                text = writer(born)
                also.append(text)
                listed.append(f"{name}, {text}")
        fields.append((rng.choice(SIBLING_LABELS), "; ".join(listed), None))
    fields.append((rng.choice(WORKER_LABELS), worker_text, None))
    if team_style == "cell":
        fields.append(("Team", sample.team, None))
    if service_shown:
        fields.append(("Service", sample.service, None))
    fields += [(rng.choice(AUDITOR_LABELS), auditor_text, None), (rng.choice(DATE_LABELS), written_on, written_fmt),
               (rng.choice(TOOK_PART_LABELS), ", ".join(took_part), None)]

    chooser_method = _Chooser(rng, font, method_style, lists)
    method_label = rng.choice(METHOD_LABELS)
    method = own["method"].written

    details.band(rng.choice(("About the family and the conversation", "Details", "The conversation")))
    details_style = rng.choice(("rows", "pairs", "strip", "inline"))
    if details_style == "rows":
        for name, value, fmt in fields:
            details.pair(name, value, fmt=fmt)
    elif details_style == "pairs":
        for start in range(0, len(fields), 2):
            for offset, (name, value, fmt) in enumerate(fields[start:start + 2]):
                if offset:
                    details.put(details.row, 4, name, bold=True, fill_colour="EDEDED")
                    details.merge(details.row, 4, 5)
                    details.put(details.row, 6, value, fmt=fmt)
                    details.merge(details.row, 6, 7)
                else:
                    details.put(details.row, 1, name, bold=True, fill_colour="EDEDED")
                    details.put(details.row, 2, value, fmt=fmt)
                    details.merge(details.row, 2, 3)
                details.tall(details.row, value if isinstance(value, str) else "", 28)
            details.row += 1
    elif details_style == "strip":
        for start in range(0, len(fields), WIDTH):
            chunk = fields[start:start + WIDTH]
            for column, (name, value, fmt) in enumerate(chunk, start=1):
                details.put(details.row, column, name, bold=True, fill_colour="EDEDED")
                details.put(details.row + 1, column, value, fmt=fmt)
                details.tall(details.row + 1, value if isinstance(value, str) else "", 14)
            details.row += 2
    else:
        for start in range(0, len(fields), 2):
            for offset, (name, value, _) in enumerate(fields[start:start + 2]):
                shown = value
                if isinstance(value, datetime):
                    shown = writer(value.date())
                    if name in ("DOB", "Date of birth"):
                        also.append(shown)
                column = 1 if not offset else 4
                details.put(details.row, column, f"{name}: {shown}")
                details.merge(details.row, column, column + (2 if not offset else 3))
                details.tall(details.row, f"{name}: {shown}", 40)
            details.row += 1

    # How the conversation was held.
    if method_style in _Chooser.FOUR_CELL:
        if method_style == "marks":
            details.put(details.row, 1, method_label, bold=True, fill_colour="EDEDED")
            details.merge(details.row, 1, 3)
            for offset, option in enumerate(methods):
                details.put(details.row, 4 + offset, option, bold=True, fill_colour="EDEDED")
            details.row += 1
            details.put(details.row, 1, None)
            details.merge(details.row, 1, 3)
            chooser_method.marks(details, details.row, 4, methods, method)
        else:
            details.put(details.row, 1, method_label, bold=True, fill_colour="EDEDED")
            details.merge(details.row, 1, 3)
            chooser_method.four_cells(details, details.row, 4, methods, method)
        details.row += 1
    else:
        details.put(details.row, 1, method_label, bold=True, fill_colour="EDEDED")
        details.merge(details.row, 1, 2)
        chooser_method.one_cell(details, details.row, 3, methods, method, "methods")
        details.merge(details.row, 3, WIDTH)
        details.row += 1
    details.gap()

    # --- the six pillars ---
    chooser = _Chooser(rng, font, answer_style, lists)
    answer_label = rng.choice(ANSWER_LABELS)
    with_sibling_line = bool(talkers) and rng.random() < 0.6
    remarked = set(rng.sample([name for name, _ in PILLARS], 2)) if moderation and hos == "through" else set()
    remarks: dict[str, str] = {}
    rows = []
    for name, questions in PILLARS:
        choice = rng.choices(range(4), weights=(45, 35, 15, 5))[0]
        pool = _fitting(PILLAR_WORDS[name][choice], age)
        if not pool:
            choice, pool = 0, _fitting(PILLAR_WORDS[name][0], age)
        words = fill(rng.choice(pool).replace("{worker}", worker), first)
        if name == "Views" and with_sibling_line:
            said = rng.choice(SIBLING_WORDS[choice >= 2]).format(name=talkers[0].split()[0], child=first)
            words = f"{words} {said}"
        if name in remarked:
            remarks[name] = rng.choice(HOS_PILLAR_REMARKS[choice >= 2])
        rows.append((name, questions[version], words, answers[choice]))

    pillars_sheet.band(rng.choice(("The six pillars – what the family told us", "Six pillars: the family's views",
                                   "What the family said")))
    if answer_style == "key":
        pillars_sheet.wide(chooser.key_text(answers), italic=True)
    layout = rng.choice(("grid", "blocks", "across")) if answer_style not in _Chooser.FOUR_CELL else \
        rng.choice(("grid", "blocks"))
    if layout == "grid":
        heads = ["Pillar", "Question we asked", "What the family said"]
        for column, text in enumerate(heads, start=1):
            pillars_sheet.put(pillars_sheet.row, column, text, bold=True, fill_colour="DEEAF6")
        if answer_style == "marks":
            for offset, option in enumerate(answers):
                pillars_sheet.put(pillars_sheet.row, 4 + offset, option, bold=True, fill_colour="DEEAF6")
        else:
            pillars_sheet.put(pillars_sheet.row, 4, answer_label, bold=True, fill_colour="DEEAF6")
            pillars_sheet.merge(pillars_sheet.row, 4, WIDTH)
        pillars_sheet.row += 1
        for name, question, words, chosen in rows:
            row = pillars_sheet.row
            pillars_sheet.put(row, 1, name, bold=True)
            pillars_sheet.put(row, 2, question, italic=True)
            said = words if name not in remarks else None
            pillars_sheet.put(row, 3, said)
            if name in remarks:
                pillars_sheet.ws.cell(row=row, column=3).value = CellRichText([
                    TextBlock(InlineFont(rFont=font, sz=10), words + "\n"),
                    TextBlock(InlineFont(rFont=font, sz=10, color=ink, b=True), remarks[name])])
            pillars_sheet.tall(row, words + ("\n" + remarks[name] if name in remarks else ""), 26)
            pillars_sheet.tall(row, question, 14)
            if answer_style == "marks":
                chooser.marks(pillars_sheet, row, 4, answers, chosen)
            elif answer_style in _Chooser.FOUR_CELL:
                chooser.four_cells(pillars_sheet, row, 4, answers, chosen)
            else:
                chooser.one_cell(pillars_sheet, row, 4, answers, chosen, "answers")
                pillars_sheet.merge(row, 4, WIDTH)
            pillars_sheet.row += 1
    elif layout == "blocks":
        for number, (name, question, words, chosen) in enumerate(rows, start=1):
            pillars_sheet.put(pillars_sheet.row, 1, f"{number}. {name}", bold=True, colour=brand, fill_colour="F2F2F2")
            pillars_sheet.merge(pillars_sheet.row, 1, WIDTH)
            pillars_sheet.row += 1
            pillars_sheet.pair("Question", question, italic=True)
            pillars_sheet.pair("What the family said", words)
            if name in remarks:
                pillars_sheet.pair("HoS", remarks[name].removeprefix("HoS: "), colour=ink, bold=True)
            if answer_style in _Chooser.FOUR_CELL:
                if answer_style == "marks":
                    pillars_sheet.put(pillars_sheet.row, 1, None)
                    pillars_sheet.merge(pillars_sheet.row, 1, 3)
                    for offset, option in enumerate(answers):
                        pillars_sheet.put(pillars_sheet.row, 4 + offset, option, bold=True, fill_colour="EDEDED")
                    pillars_sheet.row += 1
                pillars_sheet.put(pillars_sheet.row, 1, answer_label, bold=True, fill_colour="EDEDED")
                pillars_sheet.merge(pillars_sheet.row, 1, 3)
                if answer_style == "marks":
                    chooser.marks(pillars_sheet, pillars_sheet.row, 4, answers, chosen)
                else:
                    chooser.four_cells(pillars_sheet, pillars_sheet.row, 4, answers, chosen)
            else:
                pillars_sheet.put(pillars_sheet.row, 1, answer_label, bold=True, fill_colour="EDEDED")
                pillars_sheet.merge(pillars_sheet.row, 1, 2)
                chooser.one_cell(pillars_sheet, pillars_sheet.row, 3, answers, chosen, "answers")
                pillars_sheet.merge(pillars_sheet.row, 3, WIDTH)
            pillars_sheet.row += 1
    else:  # across: a column per pillar
        top = pillars_sheet.row
        for label_text, offset in (("", 0), ("Question", 1), ("What the family said", 2), (answer_label, 3)):
            pillars_sheet.put(top + offset, 1, label_text, bold=True, fill_colour="EDEDED")
        for column, (name, question, words, chosen) in enumerate(rows, start=2):
            pillars_sheet.put(top, column, name, bold=True, colour="FFFFFF", fill_colour=brand)
            pillars_sheet.put(top + 1, column, question, italic=True)
            text = words + (f"\n{remarks[name]}" if name in remarks else "")
            if name in remarks:
                pillars_sheet.put(top + 2, column, None)
                pillars_sheet.ws.cell(row=top + 2, column=column).value = CellRichText([
                    TextBlock(InlineFont(rFont=font, sz=10), words + "\n"),
                    TextBlock(InlineFont(rFont=font, sz=10, color=ink, b=True), remarks[name])])
            else:
                pillars_sheet.put(top + 2, column, words)
            pillars_sheet.tall(top + 1, question, 12)
            pillars_sheet.tall(top + 2, text, 12)
            chooser.one_cell(pillars_sheet, top + 3, column, answers, chosen, "answers")
        pillars_sheet.row = top + 4
    pillars_sheet.gap()

    # What the family told us overall, and the difference made.
    pillars_sheet.pair(rng.choice(FAMILY_VIEW_LABELS), own["family_view"].written)
    pillars_sheet.pair(rng.choice(DIFFERENCE_LABELS), own["difference_made"].written)
    pillars_sheet.gap()

    # --- went well, needs to improve ---
    went_label, improve_label = rng.choice(WENT_WELL_LABELS), rng.choice(IMPROVE_LABELS)
    list_style = rng.choice(("rows", "cell", "side"))
    if list_style == "side":
        next_sheet.put(next_sheet.row, 1, went_label, bold=True, colour="FFFFFF", fill_colour=brand)
        next_sheet.merge(next_sheet.row, 1, 3)
        next_sheet.put(next_sheet.row, 4, improve_label, bold=True, colour="FFFFFF", fill_colour=brand)
        next_sheet.merge(next_sheet.row, 4, WIDTH)
        next_sheet.row += 1
        for position in range(max(len(sample.strengths), len(sample.development_areas))):
            good = sample.strengths[position] if position < len(sample.strengths) else None
            bad = sample.development_areas[position] if position < len(sample.development_areas) else None
            next_sheet.put(next_sheet.row, 1, f"{position + 1}. {good}" if good else None)
            next_sheet.merge(next_sheet.row, 1, 3)
            next_sheet.put(next_sheet.row, 4, f"{position + 1}. {bad}" if bad else None)
            next_sheet.merge(next_sheet.row, 4, WIDTH)
            next_sheet.tall(next_sheet.row, max(good or "", bad or "", key=len), 45)
            next_sheet.row += 1
        next_sheet.gap()
    else:
        for heading, items in ((went_label, sample.strengths), (improve_label, sample.development_areas)):
            next_sheet.band(heading)
            if list_style == "rows":
                for number, item in enumerate(items, start=1):
                    next_sheet.put(next_sheet.row, 1, number, bold=True)
                    next_sheet.put(next_sheet.row, 2, item)
                    next_sheet.merge(next_sheet.row, 2, WIDTH)
                    next_sheet.tall(next_sheet.row, item, 100)
                    next_sheet.row += 1
            else:
                bullet = rng.choice(("\u2022 ", "- ", ""))
                next_sheet.wide("\n".join(f"{bullet}{item}" for item in items))
            next_sheet.gap()

    # --- what we will do ---
    next_sheet.band(rng.choice(ACTION_HEADINGS))
    action_style = rng.choice(("table", "table", "lines"))
    if not sample.actions:
        next_sheet.wide(rng.choice(NO_ACTIONS))
    elif action_style == "table":
        heads = rng.choice((("Action", "Who", "By when"), ("What we will do", "By who", "By when")))
        next_sheet.put(next_sheet.row, 1, heads[0], bold=True, fill_colour="DEEAF6")
        next_sheet.merge(next_sheet.row, 1, 4)
        next_sheet.put(next_sheet.row, 5, heads[1], bold=True, fill_colour="DEEAF6")
        next_sheet.merge(next_sheet.row, 5, 6)
        next_sheet.put(next_sheet.row, 7, heads[2], bold=True, fill_colour="DEEAF6")
        next_sheet.row += 1
        for action in sample.actions:
            due, due_fmt = day(action.due)
            next_sheet.put(next_sheet.row, 1, action.action)
            next_sheet.merge(next_sheet.row, 1, 4)
            next_sheet.put(next_sheet.row, 5, action.owner)
            next_sheet.merge(next_sheet.row, 5, 6)
            next_sheet.put(next_sheet.row, 7, due, fmt=due_fmt)
            next_sheet.tall(next_sheet.row, action.action, 60)
            next_sheet.row += 1
    else:
        next_sheet.wide("\n".join(f"{number}. {action.action} – {action.owner} – by {writer(action.due)}"
                                  for number, action in enumerate(sample.actions, start=1)))
    next_sheet.gap()

    # --- the safety question ---
    safety_label = rng.choice(SAFETY_LABELS)
    answer = "Yes" if sample.urgent_concern else "No"
    if safety_style == "marks":
        next_sheet.put(next_sheet.row, 1, None)
        next_sheet.merge(next_sheet.row, 1, 5)
        next_sheet.put(next_sheet.row, 6, "Yes", bold=True, fill_colour="EDEDED")
        next_sheet.put(next_sheet.row, 7, "No", bold=True, fill_colour="EDEDED")
        next_sheet.row += 1
        next_sheet.put(next_sheet.row, 1, safety_label, bold=True, fill_colour="EDEDED")
        next_sheet.merge(next_sheet.row, 1, 5)
        next_sheet.tall(next_sheet.row, safety_label, 70)
        mark = rng.choice(("X", "\u2713"))
        next_sheet.put(next_sheet.row, 6, mark if answer == "Yes" else None, bold=True)
        next_sheet.put(next_sheet.row, 7, mark if answer == "No" else None, bold=True)
        next_sheet.row += 1
    else:
        next_sheet.put(next_sheet.row, 1, safety_label, bold=True, fill_colour="EDEDED")
        next_sheet.merge(next_sheet.row, 1, 5)
        next_sheet.tall(next_sheet.row, safety_label, 70)
        if safety_style == "strike":
            next_sheet.put(next_sheet.row, 6, None)
            next_sheet.ws.cell(row=next_sheet.row, column=6).value = _rich(font, ("Yes", "No"), answer, "strike")
        elif safety_style == "yn":
            next_sheet.put(next_sheet.row, 6, answer[0], bold=True)
        else:
            next_sheet.put(next_sheet.row, 6, answer, bold=True)
            if safety_style == "dropdown":
                chooser.validate(next_sheet, next_sheet.row, 6, ("Yes", "No"), "yesno")
        next_sheet.merge(next_sheet.row, 6, WIDTH)
        next_sheet.row += 1
    if sample.urgent_concern or rng.random() < 0.5:
        next_sheet.pair(rng.choice(SAFETY_DETAIL_LABELS), sample.urgent_concern_detail or "")
    next_sheet.gap()

    # --- sign-off, with room for the Head of Service ---
    next_sheet.band(rng.choice(("Sign-off", "Signed off")))
    next_sheet.pair(rng.choice(("Completed by", "Signed")), sample.auditor)
    next_sheet.pair("Role", auditor_role)
    show_box = moderation is not None or rng.random() < 0.6
    if moderation and hos == "through":
        seen_on, seen_fmt = day(moderation.date)
        if isinstance(seen_on, datetime):
            seen_on = writer(moderation.date)
        text = f"Seen – {moderation.moderator}, Head of Service, {seen_on}. " + " ".join(moderation.comments)
        next_sheet.wide(text, colour=ink)
    elif show_box:
        labels = rng.choice(HOS_LABELS)
        colour = ink if moderation and hos == "rows" else None
        if moderation:
            moderated_on, moderated_fmt = day(moderation.date)
            values = (moderation.moderator if rng.random() < 0.6 else f"{moderation.moderator} (Head of Service)",
                      moderated_on, "\n".join(moderation.comments))
            formats = (None, moderated_fmt, None)
        else:
            values, formats = ("", "", rng.choice(NOT_MODERATED)), (None, None, None)
        top = next_sheet.row
        fill_colour = "FFF2CC" if moderation and hos == "box" else "F2F2F2"
        for text, value, fmt in zip(labels, values, formats):
            next_sheet.pair(text, value, fmt=fmt, colour=colour, label_fill=fill_colour,
                            italic=not moderation and bool(value))
        next_sheet.ws.row_dimensions[next_sheet.row - 1].height = max(
            45, next_sheet.ws.row_dimensions[next_sheet.row - 1].height or 0)
        if moderation and hos == "box":
            edge = Side(style="thick", color="000000")
            for row in range(top, next_sheet.row):
                for column in range(1, WIDTH + 1):
                    cell = next_sheet.ws.cell(row=row, column=column)
                    cell.fill = PatternFill("solid", start_color=fill_colour, end_color=fill_colour)
                    cell.border = Border(left=edge if column == 1 else THIN, right=edge if column == WIDTH else THIN,
                                         top=edge if row == top else THIN,
                                         bottom=edge if row == next_sheet.row - 1 else THIN)

    workbook.properties.creator = COUNCIL
    workbook.properties.title = title
    workbook.properties.lastModifiedBy = moderation.moderator if moderation else sample.auditor
    workbook.properties.created = datetime.combine(sample.date - timedelta(days=500), time(9, 0))
    workbook.properties.modified = datetime.combine((moderation or sample).date, time(16, 20))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    others = tuple(name for name, _ in brothers) + ((relative[1],) if relative else ())
    return held_out(FAMILY, index, sample, stable_zip(buffer.getvalue()), "xlsx", others=others, also=tuple(also))
