"""Recognising labels and table headers on a form of one kind.

A label is recognised when the whole text of a paragraph or cell is one of
the field's labels in `config/forms.yaml` (ignoring case, punctuation and
bracketed hints), or when a paragraph starts with one followed by a
separator: `Child ID: 1234567`, `Date of audit - 03/11/2026`,
`Are there any urgent concerns? No`, a tab, or a bold label run followed by
plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from .dates import find_dates, only_a_date, parse_date
from .definitions import FormDefinitions, FormKind
from .document import BOXES, TICKED, Cell, Paragraph, Row, Run, the_option_ticked
from .grades import NONE_CHOSEN, GradeReader, read_yes_no
from .meaning import MARGIN, MINIMUM
from .privacy import is_a_persons_name, is_common_word, is_professional, names_no_one
from .text import BRACKETED, BRACKETED_TEAM, JOB_WORDS, SPACED_DASH, bulleted_lines, is_role, normalise, without_role

ACTIONS = "actions"
SECTIONS = "sections"
MATRIX = "matrix"
# A header row of Yes and No columns, each question's answer marked below.
ANSWERS = "answers"
# "Area | Evidence" with no grade column: each row an area's evidence.
EVIDENCE = "evidence"
# A team's own name: "Early Help Team South", "Children with Disabilities
# Team", "Assessment Team 1" (never "Team Around the Family").
_A_TEAMS_NAME = re.compile(r"(?:(?:[A-Z][\w'&-]*|and|of|with|for)\s+){1,5}Team(?:\s+(?:\d{1,2}|[A-Z][a-z]+)){0,2}")
# A score after an answer heading: "Y=1", "N = 0".
_SCORED = re.compile(r"\s*=\s*\d+\s*$")
_NOT_KNOWN = frozenset({"n a", "na", "not applicable", "unknown", "not known", "partly", "partially"})
_IN_PART = frozenset({"partly", "partially", "in part", "some", "sometimes"})

_SEPARATOR = re.compile(r"\s*(?::|\t|\s[-\u2013\u2014]\s)\s*|(?<=\?)\s*")
# The number or letter a form puts before a question or heading: "3.",
# "4)", "2.1", "b)", "iv.", "Section 5 -", "Q7:".
NUMBERING = re.compile(
    r"^\s*(?:(?:section|part|question|area|domain|standard|element|theme|kloe|loe|criterion)\s*"
    r"(?:\d{1,2}(?:\.\d{1,2})*|[a-h]\b|[ivx]{1,4}\b)[.):]?"  # "Part C –", "Section 2:"
    # ("Q3", never "QA assessor name": a question is numbered.)
    r"|q\s*\d{1,2}(?:\.\d{1,2})*[.):]?"
    # ("S1", "P2": a standard's or principle's letter before its number.)
    r"|[a-z]?\d{1,2}(?:\.\d{1,2})*[.):]?|[a-h][.)]|[ivx]{1,4}[.)])\s*(?:[-\u2013\u2014:]\s*)?(?=[A-Za-z])",
    re.IGNORECASE,
)
_MAX_LABEL_LENGTH = 160
# Fields whose value is a person's name, and what a name looks like: a few
# capitalised words or initials ("Sam Lateman", "S. Lateman", "Lateman, Sam",
# "Jo O'Neill (PM)"); never digits or a sentence.
PEOPLE = frozenset({"auditor", "practitioner", "moderator"})
# A word's possessive ending: "Children's".
_POSSESSIVE_S = re.compile(r"['\u2019]s$")
# Words that make a label about a person something other than their name:
# "Auditor's role", "Social worker's email", "Signed (auditor)".
_NOT_THE_NAME = frozenset("role job title designation position signature signed email e-mail phone telephone tel "
                          "contact".split())
# Words naming a body of people, never one person: "Improvement and
# Assurance Board", "Senior Management Team (Children)".
_ORGANISATION_WORDS = frozenset("board team panel group committee partnership council forum department "
                                "directorate service services unit hub".split())
# Words that make a label about a team or service a person in it: "Team
# manager", "Head of Service", "Service lead".
_A_PERSON = frozenset("manager managers worker leader lead head officer practitioner supervisor director member "
                      "members".split())
# "Team of allocated worker", "Service area of the lead professional": a
# team or service owned by the person after "of".
_TEAM_OF = re.compile(r"(?i)^\W*((?:\w+\s+)?(?:team|service)(?:\s+\w+)?)\s+of\s+")
_OWNS_A_TEAM = re.compile(r"(?i)['\u2019]s\s+((?:\w+\s+)?(?:team|service)(?:\s+\w+)?)\W*$")
# How a question about a person opens; "Social worker spoken to?" asks
# something else.
_ASKS_WHO = frozenset("who whom whose which what name names".split())
# Words that say what a grade table's column holds, for headers not listed
# in config/forms.yaml's section_tables.
# A judgement written as a sentence; the grade is read from the words after.
_VERB = r"(?:grade|judge|rate|assess|graded|judged|rated|assessed|evaluate|evaluated|describe|described)"
_AREA = r"(?:area|section|standard|domain|theme|element|aspect)"
_SUBJECT = (rf"(?:this (?:{_AREA}|case|file|work)|the (?:case|file|work)|practice(?: on this (?:case|{_AREA}))?"
            # "the quality of practice for Lacey"
            r"|the quality of (?:the )?(?:practice|work)(?: (?:for|on|with) [^.;]{1,30}?)?"
            # "the practice I saw"
            r"|the (?:practice|work) I (?:saw|observed))")
# A grade written after a judgement's words; a number on the form's key may
# come first ("1 – Inadequate").
_GRADE_AFTER = r"(?P<grade>(?:\d\s*[-\u2013]\s*)?[A-Za-z][A-Za-z. ]{1,40})"
_STATED = re.compile(
    r"(?i)(?:"
    r"(?P<moderated>\bmoderat\w*\b)[^.;]{0,50}?\b(?:to|as|at)\s+"
    # "I agree with the judgement; moderated judgement: good.": the grade
    # named in a clause of its own after a remark (a line that is only
    # "Moderated rating: R.I." is a label and its value, read as such; never
    # the four printed to choose from, "…; moderated grade: Outstanding / Good / …").
    r"|(?<=[;,.]\s)(?P<clause>moderat\w*)\s+(?:overall\s+)?(?:grade|grading|judgement|judgment|rating)\s*[:\u2013-]\s*"
    r"(?![^.;]*?\s/\s)"
    # "I would change the overall grade to Good."
    r"|(?P<changed>\b(?:change|amend|revise|alter|move|lower|raise)d?\s+(?:the |this |your )?(?:overall )?"
    r"(?:grade|grading|judgement|judgment|rating)"
    # "Overall grade changed from outstanding to GOOD."
    r"|\b(?:grade|grading|judgement|judgment|rating)\s+(?:(?:was|has been|is)\s+)?"
    # "Judgement amended to: 1 – Inadequate"
    r"(?:changed|amended|revised|altered|moved|lowered|raised)(?:\s+from\s+[A-Za-z][A-Za-z. ]{0,40}?)?)\s+to(?:\s*:)?\s+"
    rf"|\bI (?:would |have |had )?{_VERB}\s+{_SUBJECT}\s+(?:(?:as|to be|at)\s+)?"
    rf"|\bmy overall (?:judgement|judgment|grade|rating) is (?:that )?{_SUBJECT} is\s+"
    rf"|\bmy (?:judgement|judgment|grade|grading|rating) (?:for|of|on) {_SUBJECT} (?:is|would be)\s+(?:that it is\s+)?"
    rf"|\b{_SUBJECT} (?:is|was|has been) (?:{_VERB}|judged) (?:as |to be )?"
    # "Practice on this theme is inadequate."
    rf"|\bpractice on this {_AREA} (?:is |was |(?=requires? |required ))"
    # ("Taking everything we heard together, overall quality of practice
    # found through the conversation is outstanding.")
    r"|\boverall,? (?:the quality of )?(?:practice|the work)?[^.;]{0,60}?\b(?:is|was) (?:judged (?:as |to be )?)?"
    r")" + _GRADE_AFTER
)
# A moderator confirming a grade by name: "I agree with the grade of
# inadequate.", or a sentence opening so: "Agree with the overall grade
# (Good)." (never "I do not agree with ..."); "I confirm the audit group's
# overall grade of good."
_AGREED_GRADE = re.compile(
    r"(?i)(?:\bI |^\s*|[.;]\s+)(?:agree|concur|confirm)(?: with)?(?: that)? "
    r"(?:the |your |this |the (?:[\w-]+ ){0,2}[\w-]+['\u2019]s )?(?:overall )?"
    # ("I agree the overall grade is requires improvement."; "I agree with
    # the rating Requires Improvement.")
    r"(?:grade|grading|judgement|judgment|rating)(?: (?:of|as|is|remains) | \(|:\s*| )" + _GRADE_AFTER)
# "agree – R.I.", "Grade agreed – Req. Imp.": agreeing, then the grade agreed.
_AGREED_THEN_GRADE = re.compile(r"(?i)^\s*(?:[^:.]{1,30}:\s*)?(?:grade\s+)?(?:agree[ds]?|concur|confirmed?)\s*[-\u2013\u2014:,]\s*"
                                + _GRADE_AFTER + r"\s*$")
# An area's title and its grade on one line, after a rating word and a
# colon ("... involved?   ▸ Rating: Good").
_TITLED_GRADE = re.compile(r"\s*(?P<title>[^:\n]*?[\w?)])\s*(?:[\u25b8\u25ba>\u2013\u2014|-]*\s+[\[(]?"
                           # whose grade it is, if said: "– Panel rating: Inadequate", "[Agreed rating: RI]"
                           r"(?:(?:panel|auditor|reviewer|area|section|question|agreed)(?:['\u2019]?s)?\s+)?"
                           r"(?:rating|grade|judgement|judgment|score)\s*[:\u2013-]"
                           # or a summary's leader dots or tab: "2. Sharing information …… RI"
                           r"|\s*(?:\.{3,}|\u2026+|_{3,})[.\u2026]*|\t+)\s*(?P<grade>\S.{0,60})$",
                           re.IGNORECASE)
# Words that, beside a grade word, make a label an area's grade: "Grade for
# this area", "Section rating", "Judgement given for this standard".
_AREA_WORDS = frozenset("for this the of area section standard domain element theme aspect part given auditors auditor s panel kloe "
                        "panels reviewer reviewers question agreed"
                        # "Judgement no.: 1", a number on the form's key
                        " no number".split())
_SECTION_ROLE_WORDS = {
    "grade": frozenset("grade grading graded rating rated judgement judgment score rag brag evaluation".split()),
    "comments": frozenset("comments comment evidence finding findings found rationale commentary analysis notes said"
                          .split()),
    "section": frozenset("area areas domain domains standard standards theme themes section practice dimension dimensions"
                         " element elements aspect aspects criteria criterion indicator indicators topic"
                         " enquiry enquiries kloe kloes"
                         # "Transfer test | Grade | Evidence": the tests a step up or down is judged by.
                         " test tests"
                         # "Stage of the step | Auditor's evidence | Judgement": the stages of one
                         # (beside a column of areas, only where each area sits).
                         " stage stages"
                         # "Part of the assessment | Grade": a scorecard of the parts graded above.
                         " part parts".split()),
}
# The words of an areas' column head besides a stage's.
_AREA_HEAD_WORDS = _SECTION_ROLE_WORDS["section"] - {"stage", "stages"}
# A column head naming each row's agency or question, alone (never
# "Multi-agency working", an area, nor "Audit question | Answer", a checklist).
_AREA_HEADS = frozenset({"agency", "agencies", "partner agency", "partner", "organisation", "question", "questions"})
# A bracketed hint naming the moderator turns the auditor's field into the
# moderation's: "Grade (HoS)", "Date (moderated)".
_BY_MODERATOR = re.compile(r"\([^)]*\b(?:hos|head of service|moderat\w*|mod|moderator)\b[^)]*\)", re.IGNORECASE)
_MODERATED_FIELDS = {"grade": "moderated_grade", "date": "moderation_date"}
# Field types whose values have a shape of their own, by which a label that
# could mean two of them is told apart.
_SHAPED = frozenset({"case_id", "case_ids", "date", "dates", "grade", "number", "yes_no"})
# Where the form goes when done ("Return to | QA Team"): no team audited.
_SENT_TO = re.compile(r"(?i)\s*(?:please\s+)?(?:return|returned|send|sent|email|forward)(?:\s+(?:it|this|form))?\s+to\b")
# The small words inside a service's or a team's own name ("Assessment and
# Child Protection", "Children in Care").
_NAME_JOINS = frozenset("and of in the for & with".split())
# The head of a column of answers typed Yes or No.
_ANSWER_HEADS = frozenset({"answer", "yes no", "y n", "response"})
_PERSONAL_FIELDS = frozenset({"child_name", "family_names", "date_of_birth", "address"})
_PERSONAL_SCORE = 0.6
# "No recommendations", "None identified", "Nothing further" (but "No. of
# cases" is a number).
_DENIAL = re.compile(r"(?i)\s*(?:no|none|nil|nothing)\b(?!\.)")
# What people write beside a name in a family list: an age ("aged 10",
# "(3)", "8 yrs") or how they are related ("brother", "Mum").
_AGE_OR_KIN = re.compile(
    r"\b(?:aged?|age)\s*\d{1,2}\b|\(\s*\d{1,2}\s*(?:yrs?|years?|months?)?\s*\)|\b\d{1,2}\s*(?:yrs?|years?)(?:\s+old)?\b"
    r"|\b(?:half|step)[- ]?(?:brother|sister|sibling)\b|\b(?:brother|sister|sibling|mum|mother|dad|father|nan|grandad|"
    r"grandmother|grandfather|aunt|uncle|cousin|carer|partner)\b",
    re.IGNORECASE,
)
# A date beside names ("Aaliyah Szymanski, 14/07/2017", "born 3 May 2019"):
# written with figures, so a child called April or June is still a name.
_DATE_ITEM = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\s+\d{4}"
                        r"|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{4}-\d{2}-\d{2}")
# Words in a label that make the names under it professionals', not family's.
_PROFESSIONAL_WORDS = frozenset(
    "worker workers manager managers auditor auditors practitioner practitioners officer officers head team service "
    "supervisor lead iro chair professional professionals agency agencies school gp police nurse visitor teacher "
    "consultant moderator moderated reviewer reviewed completed audited observer observed signed author by director "
    "advisor adviser coordinator co therapist clinician senco dsl contact staff social hos sw psw authorised "
    "allocated key role job position designation organisation organization age "
    # Labels whose capitalised values are not people at all.
    "ethnicity language languages religion faith gender sex nationality placement plan status type category reason "
    "outcome level result legal disability setting area locality ward district town borough council region "
    "method venue location".split()
)
# A grade's label naming its area by number: "Grade for KLOE 1", "Rating
# for area 3", "Judgement of section 2".
GRADE_FOR_NUMBER = re.compile(r"(?i)(?:grade|grading|rating|judgement|judgment|score)\s+(?:for|of)\s+"
                              r"(?P<number>(?:kloe|loe|area|section|standard|domain|element|question|part|theme)"
                              r"\s*\d{1,2}(?:\.\d{1,2})?)")
# A month and its year, no day: "October 2026", "Oct 2026".
# "July to October 2026", "Jul – Oct 2026", "July 2026 to October 2026": months read together.
_MONTHS_SPAN = re.compile(r"(?i)[a-z]{3,9}(?:\s+\d{4})?\s*(?:to|[-\u2013\u2014])\s*[a-z]{3,9}\s+\d{4}")
_MONTH_AND_YEAR = re.compile(r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{4}")
_ITEM_NUMBERED = re.compile(r"\s+\d{1,2}$")
_NAME_SHAPE = re.compile(r"(?:[A-Z][A-Za-z'\u2019.-]*,?\s+){0,4}[A-Z][A-Za-z'\u2019.-]*(?:\s*\([^()0-9]{1,30}\))?")


# Words of a label saying what was decided: "Decision", "Outcome", "Move".
_DECIDED = frozenset({"decision", "decided", "outcome", "result", "move", "moved", "route", "change"})
# A step's own words: "Step up to Children's Social Care", "Stepped down to Early Help".
_STEPPED = re.compile(r"(?i)\s*step(?:ped)?\s+(?:up|down|across)\b")
# A month, a year or a quarter: what an overview's period names.
_A_PERIOD = re.compile(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d\b"
                       r"|\bq[1-4]\b|\bquarter\b|\d{1,2}[/.-]\d{2,4}")
# A job title and nothing else: "Youth Worker", "Head of Year" is no team or service.
_A_JOB_ALONE = re.compile(rf"(?:[A-Za-z]+\s+){{0,2}}(?i:{JOB_WORDS})(?:\s+of\s+[A-Za-z]+)?")
# Whose grade a label says it is, when it is the audit's own people's:
# "Audit panel's agreed overall grade", "Auditors' agreed grade".
_THE_AUDITS_OWN = re.compile(r"(?i)\s*(?:the\s+)?(?:(?:audit|review|multi-agency|partnership)\s+)?"
                             r"(?:panel|auditors?|reviewers?|chair)(?:['\u2019]s|s['\u2019]|['\u2019])?\s")
# "Tick each agency that …", "Please mark all the agencies …".
_TICK_EACH = re.compile(r"(?i)\s*(?:please\s+)?(?:tick|mark|select|cross)\s+(?:each|every|all|any)\s+(?:of\s+)?(?:the\s+)?"
                        r"(?P<noun>\w+)\b[^.?]*:?\s*$")
# "Team Manager (auditor)": a job title, then in brackets whose box it is.
_ROLE_THEN_HINT = re.compile(r"(?P<role>[^()]+?)\s*\((?P<hint>[^()]+)\)")
# "No. of audits": the number of them.
_COUNT_OF = re.compile(r"(?i)^\W*(?:no\.?|#)\s*of\s+")
# `_asks_about_harm_now`: a question whether there is any (not how well
# something was done), of harm or risk to a child, now.
_ANY = re.compile(r"(?i)\b(?:any|anything|anyone)\b")
_ASKS_WHETHER = re.compile(rf"{_ANY.pattern}|(?i:\b(?:identif\w*|raise[sd]?|need|needs|is there|are there)\b)")
_ASKS_WHAT_WAS_DONE = re.compile(r"(?i)\s*(?:was|were|did|has|have)\b.*\b(?:taken|done|completed|held|made|followed"
                                 r"|acted on|put in place)\b")
# (A case to be passed to children's social care today is a risk to act on
# at once: "Does anything in this review need to go to the Gateway
# (Children's Social Care) today?", "… be referred to the MASH today?".)
_HARM = re.compile(r"(?i)\b(?:unsafe|not be safe|not safe|at risk|immediate risk|harm|safety|safe|protect\w*"
                   r"|escalat\w*|concerns?|worried|action|refer|referred|referral|social care|mash|front door"
                   r"|gateway)\b")
_NOW = re.compile(r"(?i)\b(?:urgent|urgently|immediate|immediately|today|tonight|now|same[- ]day)\b")
# A signature's label naming the role signing: "Signed (reviewer)",
# "Signature of auditor", "Signed – Head of Service".
_SIGNED_AS = re.compile(r"(?i)\s*(?:signed|signature)(?:\s+(?:of|by|as))?\s*[(\[\u2013-]?\s*(?P<role>[^()\[\]]+?)\s*[)\]]?\s*")


def attendees(text: str) -> list[str]:
    """The names in a list of who came to a meeting, the family among the
    professionals ("Parent (Stacey Pickering), Chantelle Pickering
    (grandparent), social worker, youth worker": Stacey Pickering and
    Chantelle Pickering); none unless each item is a job or a person's name
    (alone or in brackets after how they are related)."""
    names = []
    for item in (item.strip() for item in re.split(r"[\n,;]", text) if item.strip()):
        bare = re.sub(r"\s*\([^()]*\)", "", item).strip()
        bracketed = re.findall(r"\(([^()]*)\)", item)
        if is_a_persons_name(bare) and any(is_professional(role) for role in bracketed):
            continue  # "Ben Rigby (early help practitioner)": a professional, by their role
        named = [bare] if is_a_persons_name(bare) else \
            [name.strip() for name in bracketed if is_a_persons_name(name.strip())]
        if not named and not is_professional(item):
            return []
        names += named
    return names


def _people_with_roles(text: str) -> bool:
    """Whether `text` is only people's names, each with a job title after it."""
    items = [item.strip() for item in re.split(r"[,;\n]| and ", text) if item.strip()]
    return bool(items) and all(without_role(item) != item and _NAME_SHAPE.fullmatch(without_role(item))
                               for item in items)


# The column of one case of a sample: "Case 1", "File 3".
_ONE_CASES_COLUMN = re.compile(r"(?i)(?:case|file|child|family)\s*(?:no\.?\s*)?\d{1,2}")
# The moderator's own columns beside an audit's.
_MODERATORS_COLUMNS = frozenset({"moderator_comments", "moderated_grade", "moderator"})


# A label's words about a conversation's being held, and a way of holding
# it: "Family conversation by | Telephone call".
_HELD = frozenset({"conversation", "contact", "spoke", "spoken", "talked", "held", "met"})
_CONTACT_MEANS = re.compile(r"(?i)\s*(?:home|office|school|hub|joint)?\s*visit(?:\s+(?:at|to)\s+[\w' ]{2,30})?"
                            r"|\s*(?:tele)?phone(?:\s+call)?|\s*(?:video|teams|zoom)(?:\s+call)?|\s*face[\s-]to[\s-]face"
                            r"|\s*in\s+person\s*")
# Those who do the checking, and a question asking who had it done to them.
_DOERS = frozenset({"auditor", "moderator", "observer"})
_WHO_WAS_DONE_TO = re.compile(r"(?i)\bwho\b(?:\s+and\s+what)?\s+(?:was|were|is|are|has\s+been|have\s+been)\s+\w+ed\b"
                              r"(?!.*\bby\b)")
# The last word of an area's name that says it is one of a tool's areas:
# "Development function", "Support standard".
_KINDS_OF_AREA = frozenset({"function", "functions", "domain", "standard", "principle", "indicator", "criterion"})
# Who agreed, before whether they did: "The panel agreed with the auditor.",
# "HoS did not agree".
_WHO_AGREED = re.compile(r"(?i)^\s*(?:the\s+)?(?:panel|moderator|hos|head\s+of\s+service|i|we)\s+(?=\w)")
# The auditor's grade kept, in other words: "Grade not changed; comment
# only.", "As auditor", "Same as auditor's grade", "As per auditor".
_GRADE_KEPT = re.compile(r"(?i)\s*(?:(?:grade|judgement|judgment|rating)\s+)?(?:not|was\s+not)\s+(?:changed|varied|altered)\b"
                         r"|\s*(?:same\s+as|as(?:\s+per)?)\s+(?:the\s+)?auditor\b")
# The auditor's grade changed: "Varied", "The panel varied the grade.",
# "Grade changed to Good", "Downgraded".
_GRADE_VARIED = re.compile(r"(?i)\s*(?:(?:grade|judgement|judgment|rating)\s+)?(?:varied|changed|altered|amended|regraded"
                           r"|upgraded|downgraded)\b")

class Labels:
    """Label and header recognition for one kind of form."""

    def __init__(self, kind: FormKind, definitions: FormDefinitions):
        self.kind = kind
        self.definitions = definitions
        # One form's texts are folded many times over (as labels, headers,
        # grades); the cache lives as long as this object, one parse.
        self.fold = lru_cache(maxsize=None)(normalise)
        self.grades = GradeReader(definitions.grades, self.fold)
        self._header_kinds: dict[int, str | None] = {}
        self._action_headers = definitions.folded_action_headers
        self._section_headers = definitions.folded_section_headers
        self._ticks = {tick.casefold().strip() for tick in definitions.ticks}
        self._meant: dict[str, str | None] = {}
        # A key printed as the four grades each in a fill of its own: fill -> grade.
        self.fills: dict[str, str] = {}
        self._answer_words = (frozenset(normalise(word) for word in definitions.yes_words),
                              frozenset(normalise(word) for word in definitions.no_words))

    # Fields -------------------------------------------------------------

    def field_type(self, field: str) -> str:
        return self.kind.fields[field].type

    def field(self, text: str) -> str | None:
        """The field whose label is the whole of `text`, or None."""
        if not text or len(text) > _MAX_LABEL_LENGTH:
            return None
        found = self.kind.label_index.get(self.fold(text))
        numbered = NUMBERING.match(text) if found is None else None
        if numbered:
            # ("1.4  No. of audits": the label after its number.)
            text = text[numbered.end():]
            found = self.kind.label_index.get(self.fold(text))
        if found is None and _COUNT_OF.match(text):
            # "No. of audits": the number of audits, as listed.
            found = self.kind.label_index.get(self.fold(_COUNT_OF.sub("Number of ", text, count=1)))
        if found is None and _STANDING_IN.match(text):
            # "Interim Head of Service", "Acting Head of Service": the same
            # role, held for now.
            found = self.kind.label_index.get(self.fold(_STANDING_IN.sub("", text, count=1)))
        if found in _MODERATED_FIELDS and _BY_MODERATOR.search(text) and _MODERATED_FIELDS[found] in self.kind.fields:
            # "Grade (HoS)" beside "Grade (Aud)": the hint says whose.
            found = _MODERATED_FIELDS[found]
        return found

    def label_of(self, paragraph: Paragraph) -> tuple[str, list[Run]] | None:
        """(field, value runs) when `paragraph` is or starts with a label.

        The value runs are empty for a paragraph that is only a label; its
        value is then in what follows.
        """
        text = paragraph.text
        stripped = text.strip()
        if not stripped:
            return None
        field = self.field(stripped)
        if field:
            return field, []
        found = _prefixed(paragraph, self.field)
        if found:
            value = "".join(run.text for run in found[1]).strip()
            if value.endswith("?") and "?" in stripped[: len(stripped) - len(value)]:
                # "What's working well? What are we worried about? What needs
                # to happen?": the questions the form asks, no answer to one.
                return found[0], []
            qualifier = value.split("\t")[0].strip()
            if found[0] in PEOPLE and qualifier and len(qualifier.split()) <= 5 and not qualifier.endswith((".", "?")) \
                    and not self.fits(found[0], qualifier) \
                    and SPACED_DASH.search(stripped[: len(stripped) - len(value)][-4:] + " "):
                # "Audit lead – Children's Social Care": whose lead, after
                # the dash; the name is after a tab, or in the box beside it
                # ("Head of Service – The core group minutes are not on file."
                # is the moderator's remark).
                return found[0], runs_from(paragraph.runs, paragraph.text.rfind("\t") + 1) if "\t" in value else []
            return found
        # A bold label run followed by plain text: "Auditor Jane Smith".
        bold = _bold_lead(paragraph)
        if bold.strip() and len(bold) < len(text):
            field = self.field(bold)
            if field:
                return field, runs_from(paragraph.runs, len(bold))
        return None

    # Labels by meaning -------------------------------------------------------

    def meant(self, text: str) -> str | None:
        """The field a label nobody listed clearly means (`meanings` in
        config/forms.yaml), or None. Only for a text in a label's place:
        callers check the value beside it with `fits`."""
        text = text.strip()
        if bulleted_lines(text):
            return None  # a list's items, whatever they speak of ("- Summarise the agreed actions …")
        found = self._meant_text(text)
        if found is None and text.partition("?")[2].strip():
            # "Has this review found any child at risk of significant harm
            # now? If yes, tell your manager …": the question is the label,
            # what follows it guidance; of several questions ("Is this a
            # realistic goal? What needs to happen …?") the one that means
            # a field.
            questions = [question.strip() + "?" for question in text.split("?")[:-1] if question.strip()]
            meant = {self._meant_text(question) for question in questions} - {None}
            found = meant.pop() if len(meant) == 1 else None
        head, colon, question = text.partition(":")
        if found is None and colon and question.strip().endswith("?") and len(head.split()) <= 3:
            # "Safety check: did the audit find anything that means a child
            # is not safe today?": a part's name, then the question it asks.
            found = self._meant_text(question.strip())
        signed = _SIGNED_AS.fullmatch(text.rstrip(":"))
        if found is None and signed:
            # "Signed (reviewer)", "Signature of auditor": whoever signs as
            # the role named.
            found = self.field(signed.group("role")) or self._meant_text(signed.group("role"))
        if found is None and text.count(" / ") == 1:
            # "Beth sy'n gweithio'n dda / What is working well": a label in
            # two languages, one of them none of whose words the
            # configuration knows (never "Date of step up / step down").
            sides = [side.strip() for side in text.split(" / ")]
            foreign = [side for side in sides
                       if not set(normalise(side).split()) & self.definitions.vocabulary]
            if len(foreign) == 1:
                other = sides[1 - sides.index(foreign[0])]
                found = self.field(other) or self._meant_text(other)
            elif not foreign:
                # "Head of Service / Chair": two names for one box, both
                # meaning the same field.
                meanings = {self.field(side) or self._meant_text(side) for side in sides}
                found = meanings.pop() if len(meanings) == 1 else None
        return found

    def _meant_text(self, text: str) -> str | None:
        """`meant` for one text taken whole."""
        if not text or len(text) > _MAX_LABEL_LENGTH or self.field(text) or self.is_placeholder(text) \
                or self.grades.is_written_grade(text.rstrip(":")) or _DENIAL.match(text) \
                or self.grades.is_written_grade(re.split(rf"{SPACED_DASH.pattern}|:", text, maxsplit=1)[0]):
            # A grade's own name ("Requires improvement: no one is left
            # unsafe, but …") heads its line of a key, and labels no field;
            # "No recommendations: the learning will be shared …" says there
            # are none.
            return None
        original = text
        numbered = NUMBERING.match(text)
        if numbered:
            text = text[numbered.end():]
        if normalise(text) in _THE_SCALE:
            return None  # "Judgements: Outstanding / Good / …": the scale printed, no answer
        if _COUNCIL_LINE.match(text) or _DEPARTMENT.fullmatch(text):
            # "Northmoor Council – Children's Services": whose form it is;
            # "Children's Services – Quality Assurance", the department's
            # line under the title, no label and its value.
            return None
        if _AREA_NUMBER.match(original):
            return None  # "Stage 3: The action plan", "KLOE 2 – …": an area of practice, named by its number
        if text not in self._meant:
            # "Overall quality of the step up / step down": the opening words
            # say it is the grade, whatever the rest names.
            who = self._who_did(text)
            field = who or self._overall(text) or self._headed_by_actions(text) or self._with_role(text)
            if field is None and not self.definitions.canonical_section(text):
                field = self.definitions.meaning.field(text.rstrip(":?"), self.kind.fields)
            if field is None:
                field = self._after_the_dash(text)
            if field is None:
                field = self._before_a_hint(text)
            if field is None:
                field = self._before_its_purpose(text)
            if field is None:
                field = self._whose_team(text)
            if field is None:
                field = self._list_about(text)
            if field is None:
                field = self._head_noun(text)
            if field is None:
                field = self._by_head_word(text)
            if field is None:
                field = self._asks_about_harm_now(text)
            if field is None:
                field = self._tick_each(text)
            if field is not None and field != who and not self._can_mean(field, text):
                field = None
            if field == "moderated_grade" and "grade" in self.kind.fields and _THE_AUDITS_OWN.match(text) \
                    and "moderat" not in text.casefold():
                field = "grade"  # "Audit panel's agreed overall grade": the panel's own, no moderation
            given = _GIVEN_BY.match(text) if field is None else None
            if given is not None:
                # "Grade given by auditor": the grade.
                field = self.definitions.meaning.field(given.group("what"), self.kind.fields)
                field = field if field not in PEOPLE else None
            if field is None:
                # "Child's name and date of birth": means two kinds of
                # personal data at once, and is personal data all the same.
                ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
                top = [name for score, name in ranked if ranked and score == ranked[0][0]]
                if len(top) > 1 and all(name in _PERSONAL_FIELDS for name in top) and ranked[0][0] >= 0.4:
                    field = "child_name" if "child_name" in top else top[0]
            # ("Which child is the plan for?" asks for the child, whatever else it says.)
            meaning = self.definitions.meaning
            if field in _PERSONAL_FIELDS and (meaning.scores(meaning.asked(text) or text, (field,))
                                              or [(0.0, field)])[0][0] < _PERSONAL_SCORE \
                    and not self._several_personal(text):
                # Removing words from every answer on the form is costly when
                # wrong: a personal data label must mean little else.
                field = None
            self._meant[text] = field
        return self._meant[text]

    def label_meant(self, label: str, value: str) -> str | None:
        """`meant_by_value` for a label beside its value; a label whose one
        later line is guidance ("What the family told us", then "Use the
        family's own words where you can.") means what its first line does,
        as in `cell_field`. A titled box beside another ("5. What happens
        next" and its points, then "6. Questions for your team" and its
        own) is no label and its value."""
        lines = [line for line in label.strip().split("\n") if line.strip()]
        found = self.meant_by_value(label, value)
        if found is None and len(lines) == 2 and not NUMBERING.match(value.strip()):
            found = self.meant_by_value(lines[0], value)
        return found

    def meant_by_value(self, text: str, value: str) -> str | None:
        """`meant`, or where the label could mean two fields alike ("Case
        references": the case or the cases sampled; "Number of cases in the
        sample"), the one of them whose value's shape `value` has."""
        field = self.meant(text)
        if field is None and "direction" in self.kind.fields and _STEPPED.match(value) \
                and set(normalise(text).split()) & _DECIDED and len(normalise(text).split()) <= 3:
            # "Decision → | Step down to Early Help": a step's own words
            # under a short label saying what was decided (never a value,
            # "Service | Early Help" over "Transfer | Step up …").
            return "direction"
        if field is None and "method" in self.kind.fields and set(normalise(text).split()) & _HELD \
                and _CONTACT_MEANS.fullmatch(the_option_ticked(value) or value):
            # "Family conversation by: Home visit": how it was held, by its value.
            return "method"
        if field == "date" and "period" in self.kind.fields and _MONTH_AND_YEAR.fullmatch(value.strip()):
            return "period"  # "Audits completed in | October 2026": a month, on a form that covers one
        if field is not None and self.field_type(field) == "dates" and "period_covered" in self.kind.fields \
                and _MONTHS_SPAN.fullmatch(value.strip()):
            return "period_covered"  # "Records read for | July to October 2026": the months read, no session's date
        if field == "case_id" and re.fullmatch(r"\s*\d{1,3}\s+(?:cases?|children|files|records|families)\b.*", value):
            # "No. of cases | 8 cases": a count, no child's case number.
            counts = [name for score, name in self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
                      if self.field_type(name) == "number"]
            return counts[0] if counts else None
        if field is not None or not text.strip() or self.field(text) or len(text) > _MAX_LABEL_LENGTH:
            return field
        numbered = NUMBERING.match(text)
        ranked = self.definitions.meaning.scores((text[numbered.end():] if numbered else text).rstrip(":?"),
                                                 self.kind.fields)
        if (not ranked or ranked[0][0] < MINIMUM) and "team" in self.kind.fields and not _SENT_TO.match(text) \
                and _A_TEAMS_NAME.fullmatch(value.strip()) and len(text.split()) <= 6 and not text.rstrip().endswith("?") \
                and any(word[:1].islower() and word not in _NAME_JOINS for word in text.split()):
            # "Agency assessment conducted by | Early Help Team South": a
            # label no field's, in words (no one's name over a team's in a
            # list, nor a service's, "Assessment and Child Protection"),
            # beside a team's own name.
            return "team"
        if not ranked or ranked[0][0] < MINIMUM:
            return None
        close = [name for score, name in ranked if ranked[0][0] - score < MARGIN]
        if set(close) == {"team", "service"}:
            # "Service / team audited | Early Help": a team says it is one.
            return "team" if re.search(r"(?i)\bteam\b", value) else "service"
        tied = [name for name in close if self.field_type(name) in _SHAPED and name not in _PERSONAL_FIELDS]
        fitting = [name for name in tied if self.fits(name, value) and self._can_mean(name, text)]
        unshaped = [name for name in close if name not in tied]
        others = [name for name in close if name != "case_id"]
        if "case_id" in close and len(others) == 1 and re.fullmatch(r"\s*\d{1,3}\s*", value):
            # "No. of cases | 8" on an overview: a count, no child's case number.
            return others[0]
        answered = [name for name in fitting if self.field_type(name) == "yes_no"]
        if text.rstrip().endswith("?") and len(answered) == 1 \
                and read_yes_no(value, *self.answer_words)[0].value is not None:
            # "Family feedback sought on the help received?  No – not yet
            # asked.": a question answered yes or no asks the yes-or-no field,
            # not the family's own words.
            return answered[0]
        if len(fitting) == 1 and self.field_type(fitting[0]) == "date" and only_a_date(value):
            # "Date of step up / step down | 24th Sep 2026": a date alone is
            # no direction, nor any other field's words.
            return fitting[0]
        if any(name not in PEOPLE or (self.fits(name, value) and not fitting) for name in unshaped):
            # A tie with a field whose value has no shape of its own; "Auditor
            # grade" over "RI" is a grade, the value being no one's name.
            return None
        if len(fitting) > 1 and {self.field_type(name) for name in fitting} == {"number", "case_ids"}:
            # "Sample: C2045187, C2045231": the count, which keeps the IDs too.
            fitting = [name for name in fitting if self.field_type(name) == "number"]
        return fitting[0] if len(fitting) == 1 else None

    def _who_did(self, text: str) -> str | None:
        """A person named by their role, then what they did: "Practitioner
        who supported the family" is the practitioner."""
        head = re.match(r"(?i)\s*(?P<role>\w[\w' ]{2,30}?)\s+(?:who|that)\s+\w", text)
        field = self.definitions.meaning.field(head.group("role"), self.kind.fields) if head else None
        return field if field in PEOPLE else None

    def _with_role(self, text: str) -> str | None:
        """A person's label, then their role after a dash: "Moderator –
        Head of Service" is the moderator; or a role, then the person's
        label in brackets: "Team Manager (auditor)" is the auditor."""
        parts = SPACED_DASH.split(text, maxsplit=1)
        field = self.field(parts[0]) if len(parts) == 2 and is_role(parts[1].strip(" :")) else None
        bracketed = _ROLE_THEN_HINT.fullmatch(text.strip(" :")) if field is None else None
        if bracketed is not None and is_role(bracketed["role"]):
            # "Team Manager (auditor)": the role, then whom the form means.
            field = self.field(bracketed["hint"])
        return field if field in PEOPLE or field == "supervisor" else None

    def _after_the_dash(self, text: str) -> str | None:
        """Of two fields a title means alike, the one the words after its
        dash name: "Learning from the observation – actions"; or a list the
        word or two after a title's colon name, the title naming no field
        ("What must change in practice: actions")."""
        parts = SPACED_DASH.split(text, maxsplit=1)
        if len(parts) == 1 and text.count(":") == 1 and len(text.partition(":")[2].split()) <= 2 \
                and len(text.partition(":")[0].split()) >= 3:
            # "What must change in practice: actions": of two lists the
            # title means alike, the actions its colon names.
            named = self.definitions.meaning.field(text.partition(":")[2].strip(), self.kind.fields)
            ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
            tied = [name for score, name in ranked if ranked[0][0] - score < MARGIN]
            return named if named in tied and named == "actions" else None
        tail = parts[1] if len(parts) == 2 else ""
        if not tail.strip() or self.grades.is_written_grade(tail.strip(" .:")):
            return None  # ("HoS moderation: agree – Req. improvement": a grade, no list's name)
        if parts[0].rstrip().endswith("."):
            # "Re-audit practice next quarter. – QA team – by 24 November": a
            # sentence, then who does it; no title ends in a full stop.
            return None
        ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
        named = self.definitions.meaning.field(tail.rstrip(":?"), self.kind.fields)
        tied = [name for score, name in ranked if ranked[0][0] - score < MARGIN]
        return named if named in tied else None

    def agreement(self, text: str) -> bool | None:
        """Whether an answer to "Do you agree with the grade?" says the
        moderator agreed ("Y", "Yes", "Agreed", "Grade confirmed", a tick)
        or not ("N", "Disagree", "Not agreed", a cross); None where it says
        neither or is empty."""
        # ("Moderation: agreed"; "n/a – agreed" in a column for the grade if different.)
        text = re.sub(r"(?i)^\s*(?:moderation\s*:|n\s*/\s*a\s*[-\u2013\u2014:])\s*", "", text).strip()
        ticked = the_option_ticked(text)
        if ticked is not None:
            text = ticked  # "☒ Agree   ☐ Disagree": the option ticked
        if not text:
            return None
        # ("The panel agreed with the auditor.", "Panel did not agree": who
        # agreed, then whether they did.)
        text = _WHO_AGREED.sub("", text, count=1) or text
        if _GRADE_KEPT.match(text):
            return True  # "Grade not changed; comment only.", "As auditor"
        if re.search(r"(?i)\b(?:not|dis|don\W?t)\s*agree", text) or text[:1] in "\u2717\u2718" \
                or _GRADE_VARIED.match(text):
            return False
        if re.match(r"(?i)(?:agree|agreed|(?:grade\s+)?(?:confirmed|upheld|unchanged|stands)|no change)\b", text) \
                or text[:1] in "\u2713\u2714\u2611\u2612":
            return True
        return read_yes_no(text, self.definitions.yes_words, self.definitions.no_words)[0].value

    @staticmethod
    def is_hint(text: str) -> bool:
        """Whether words after a title's dash say how to fill it in ("what,
        who, by when", "please list") rather than give its value."""
        return _HINT.match(text.strip()) is not None

    @classmethod
    def is_subtitle(cls, text: str) -> bool:
        """Whether words after a title's dash are a hint or a subtitle in
        lower case ("closing the learning loop"), not the first item."""
        text = text.strip()
        return cls.is_hint(text) or (text[:1].islower() and not text.endswith("."))

    def _before_a_hint(self, text: str) -> str | None:
        """A title whose words before the dash name a field and whose words
        after it, in lower case, say how to fill it in: "Actions – who will
        do what, by when"."""
        parts = SPACED_DASH.split(text, maxsplit=1)
        # (In a title all in capitals, "ACTIONS – WHO WILL DO WHAT, BY WHEN".)
        if len(parts) != 2 or not _HINT.match(parts[1].strip().lower() if text.isupper() else parts[1].strip()):
            return None
        field = self.definitions.meaning.field(parts[0].rstrip(":?"), self.kind.fields)
        return None if field in _PERSONAL_FIELDS else field

    def _headed_by_actions(self, text: str) -> str | None:
        """"Actions for the lead practitioner and hub manager": actions,
        whoever they are for (though "lead practitioner" weighs more words).
        A question about acting today ("Action to keep the child safe
        today?") asks about an urgent concern instead."""
        head = re.match(r"(?i)\s*(?:agreed |next )?(?:actions?|recommendations?|steps)\s+for\s+(?P<rest>\w.*)", text)
        if head is None and "actions" in self.kind.fields and _ACTIONS_AND_WHO.match(text):
            return "actions"  # "Actions – by who, by when": the actions, then what each must say
        if head is None or "actions" not in self.kind.fields or text.rstrip().endswith("?"):
            return None
        ranked = self.definitions.meaning.scores(head.group("rest").rstrip(":?"), self.kind.fields)
        return None if ranked and self.field_type(ranked[0][1]) == "yes_no" else "actions"

    def _before_its_purpose(self, text: str) -> str | None:
        """Of two fields a title means alike, the actions its opening words
        name when the rest says what they are for: "Actions to improve the
        child's experience" are actions, though "improve" may name areas
        for development."""
        head = re.match(r"(?i)\s*((?:agreed |next )?(?:actions?|recommendations?|steps))\s+to\s+\w", text)
        if head is None:
            return None
        ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
        named = self.definitions.meaning.field(head.group(1), self.kind.fields)
        tied = [name for score, name in ranked if ranked[0][0] - score < MARGIN]
        # (Only among lists: "Action to keep the child safe today" asks about
        # an urgent concern.)
        lists = all(self.field_type(name) == "list" or name in _PERSONAL_FIELDS for name in tied)
        return named if named in tied and lists else None

    def _list_about(self, text: str) -> str | None:
        """A list's title whose opening words name the list and the rest
        what it is about: "Strengths in joint working", "Areas for
        development across the partnership", "Good practice from this
        audit", "Learning for the supervisor", "Actions agreed with the
        lead practitioner". The opening words alone must mean the list
        wholly, and be more than one singular word unless what follows says
        whom or what the list is for or from ("Strength of the plan" may be
        an area of practice)."""
        if text.rstrip().endswith("?") or self.definitions.canonical_section(text):
            return None
        for about in re.finditer(r"(?i)\s+(in|of|from|within|across|around|about|on|at|for|with)\s+(?=\S)", text):
            head = text[:about.start()].strip()
            words = head.split()
            if not words or (len(words) == 1 and not words[0].casefold().endswith("s")
                             and about.group(1).casefold() not in ("for", "from")):
                continue
            ranked = self.definitions.meaning.scores(head, self.kind.fields)
            if ranked and ranked[0][0] == 1.0 and (len(ranked) == 1 or ranked[1][0] < 1.0) \
                    and self.field_type(ranked[0][1]) == "list":
                return ranked[0][1]
        return None

    def _by_head_word(self, text: str) -> str | None:
        """Of fields a label means alike, the one its head word means, the
        words before "of": "Theme of dip sample" is a theme; "dip sample"
        names the audit, not the cases."""
        ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
        tied = [name for score, name in ranked if ranked and ranked[0][0] - score < MARGIN]
        if len(tied) < 2 or set(tied) & _PERSONAL_FIELDS:
            return None
        words = _label_words(text.rstrip(":?"))
        if "of" not in words[1:]:
            return None
        found = self.definitions.meaning.field(" ".join(words[:words.index("of")]), tied)
        # (Only a short text's: between fields whose values have shapes the
        # value decides, `meant_by_value`; an area's name may end in a list's word.)
        return found if found in tied and self.field_type(found) == "text" else None

    def _head_noun(self, text: str) -> str | None:
        """A person or a team named by a label's last word when its other
        words name no field: "Family Help worker (lead)" is the
        practitioner, whatever the service calls its workers."""
        words = _label_words(text)
        if not 2 <= len(words) <= 5 or re.search(r"[,;]", text) or not all(
                is_common_word(word) or word in self.definitions.vocabulary for word in words[:-1]):
            return None  # "Amy Stott, Early Help Service": a person and their service, no label
        if re.search(r"(?i)\b(?:at|in|with|from|on|to|by|for)\s+(?:the\s+|a\s+)?(?:\w+\s+)?\w+\W*$", text):
            return None  # "Visit at the family hub": the last word is where, not what
        field = self.definitions.meaning.field(words[-1], self.kind.fields)
        if field not in PEOPLE | {"team", "service"}:
            return None
        return None if self.definitions.meaning.scores(" ".join(words[:-1]), self.kind.fields) else field

    def _whose_team(self, text: str) -> str | None:
        """A person's team or service named by its last word: "SW team",
        "Worker service area" (where "Team manager" is a person)."""
        words = normalise(text).split()
        if len(words) < 2 or words[-1] not in ("team", "service", "area"):
            return None
        ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
        tied = {name for score, name in ranked if ranked[0][0] - score < MARGIN}
        place = {"team", "service"} & tied
        # ("CSC team": the team, though "CSC" may label a case number.)
        return place.pop() if len(place) == 1 and tied - place and tied - place <= PEOPLE | {"case_id"} else None

    def _can_mean(self, field: str, text: str) -> bool:
        """False where the label's other words say it is not about that
        field's value though its words name the field: a person's role,
        email or signature ("Auditor's role"), a person in a team ("Team
        manager"), a question that asks whether, not who ("Social worker
        spoken to?")."""
        said = normalise(text).split()
        words = set(said)
        # ("Development function: learning and professional growth": the name before its gloss.)
        named = re.split(r":|\s[\u2013\u2014-]\s", text, maxsplit=1)[0]
        last = normalise(named).split()[-1:]
        if last and last[0] in _KINDS_OF_AREA and self.field_type(field) in ("list", "short_list") \
                and (self.definitions.meaning.scores(named.rstrip(":?"), (field,)) or [(0.0, field)])[0][0] < 1:
            # "Development function" (one of supervision's four functions),
            # "Support standard": an area of practice, named by its last
            # word, not the list its first word names.
            return False
        if said[:1] in (["why"], ["reason"], ["reasons"], ["rationale"]) \
                and self.field_type(field) not in ("list", "note"):
            return False  # "Why this theme?" asks the reason for the theme, not the theme
        if field == "urgent_concern" and _ASKS_WHAT_WAS_DONE.match(text) and not _ANY.search(text):
            # "Was immediate action taken when the risk was identified?": a
            # checklist's question about the case's history, whose Yes is
            # good practice, never a concern now.
            return False
        if field == "reflective_discussion" and "before" in words and not words & {"after", "afterwards"}:
            # "Was a restorative conversation held before the observation?":
            # the preparation, not the reflection on what was seen.
            return False
        if field in _DOERS and _WHO_WAS_DONE_TO.search(text):
            # "1. Who and what was checked": whose work was checked, not who
            # checked it ("Checked by" is the auditor).
            return False
        if field in PEOPLE:
            opening = normalise(text).split()[:1]
            # "Lead practitioner support and management oversight": an area
            # of practice about the person, its other words the most (not
            # "Audit lead – Children's Social Care", whose words after the
            # dash say whose lead).
            head = SPACED_DASH.split(text, maxsplit=1)[0]
            about = self.definitions.meaning.scores(head.rstrip(":?"), (field,))
            if not about or about[0][0] < 0.5:
                head, about = text, self.definitions.meaning.scores(text.rstrip(":?"), (field,))
            mostly_else = len(normalise(head).split()) >= 4 and (not about or about[0][0] < 0.5)
            # ("Name and role of observer" asks the name too; so does "Moderated
            # and signed off by", who signed.)
            signed_by = {"signed"} if "by" in words else set()
            # ("Grade given by auditor": what the auditor gave, not their name.)
            given = _GIVEN_BY.match(text)
            if given is not None and "name" not in words \
                    and not self.definitions.meaning.scores(given.group("what"), (field,)):
                return False
            return not (words & _NOT_THE_NAME - signed_by and "name" not in words) and not mostly_else \
                and not (text.rstrip().endswith("?") and not set(opening) & _ASKS_WHO)
        if field in ("team", "service"):
            # ("Team of allocated worker" and "Lead Worker's team": the worker
            # owns the team named; "Which team is the Lead Worker in?" asks
            # for the team.)
            owned = _TEAM_OF.match(text) or _OWNS_A_TEAM.search(text)
            head = owned.group(1) if owned else self.definitions.meaning.asked(text) or text
            words = normalise(head).split()
            if words[:1] == ["lead"] and len(words) > 1:
                words = words[1:]  # "Lead service": the service that leads, no one's
            return not set(words) & _A_PERSON
        return True

    def _tick_each(self, text: str) -> str | None:
        """The list an instruction to tick its items names: "Tick each
        agency that contributed to the audit:" heads the agencies ticked."""
        found = _TICK_EACH.match(text)
        field = self.definitions.meaning.field(found.group("noun"), self.kind.fields) if found else None
        return field if field is not None and self.field_type(field) in ("list", "short_list") else None

    def _asks_about_harm_now(self, text: str) -> str | None:
        """The urgent concern, for a question whose words its meanings do
        not list but which asks whether any child is at risk now: "Did you
        see or hear anything during the observation that means a child may
        not be safe today?", "Were any cases returned to the team manager
        for immediate action?". Its Yes is a concern to act on at once (2018
        framework 3.1). Only a question that asks whether there is one, of
        harm or risk, now: never "Is the child safe today?" (whose Yes is no
        concern) nor a checklist's "Was immediate action taken when the risk
        was identified?" (a question about the case's history)."""
        if "urgent_concern" not in self.kind.fields or not text.rstrip().endswith("?") \
                or len(text) > _MAX_LABEL_LENGTH:
            return None
        return "urgent_concern" if _ASKS_WHETHER.search(text) and _HARM.search(text) and _NOW.search(text) \
            else None

    def _overall(self, text: str) -> str | None:
        """The grade an "Overall ..." label means by its first words, the
        rest saying what is judged: "Overall grade for the Early Help offer
        to this family", "Overall judgement on the quality of practice",
        "Overall, how well did agencies work together …?", "Overall grade –
        is the help making a difference"."""
        # ("Overall grade agreed by the review panel": who agreed it, not a moderation.)
        head = re.match(r"(?i)\s*(overall\b.*?)(?:\s+(?:for|on|of|about|given\s+to|(?:agreed|given|awarded|reached)"
                        r"\s+(?:by|at))\s+|\s*,\s+|\s+[\u2013\u2014-]\s+)\S", text)
        if head is None:
            return None
        rest = text[head.end(1):].strip(" ,:\u2013\u2014-")
        other = self.definitions.meaning.field(rest, self.kind.fields) if normalise(head.group(1)) == "overall" else None
        if other is not None and self.field_type(other) in ("note", "list", "short_list"):
            return None  # "Overall – what the family said about the help": the family's view of it all
        field = self.definitions.meaning.field(head.group(1), self.kind.fields)
        return field if field is not None and self.field_type(field) == "grade" else None

    def _several_personal(self, text: str) -> bool:
        ranked = self.definitions.meaning.scores(text.rstrip(":?"), self.kind.fields)
        return len([name for score, name in ranked if score == ranked[0][0] and name in _PERSONAL_FIELDS]) > 1

    def fits(self, field: str, text: str) -> bool:
        """True when `text` looks like a value of `field`: a grade (or the
        grades listed to choose from), an identifier, a date, a yes or no, a
        number, a person's name for the people fields, a short line for the
        other text fields, anything for lists and notes."""
        text = text.strip()
        if not text or self.is_placeholder(text):
            return False
        ticked = the_option_ticked(text)
        if ticked is not None:
            text = ticked  # "☐ Home visit   ☒ Family time session   ☐ …": the option ticked
        kind = self.field_type(field)
        if kind == "grade":
            reading = self.grades.read(text)
            return reading.value is not None or reading.problem is not None
        if kind == "yes_no":
            return read_yes_no(text, self.definitions.yes_words, self.definitions.no_words)[0].problem != "unclear"
        if kind == "text" and field in ("team", "service") and (_people_with_roles(text) or is_a_persons_name(text)
                                                                 or only_a_date(text)
                                                                 or re.match(r"[^:]{1,25}:\s+\S", text)
                                                                 or _A_JOB_ALONE.fullmatch(text.strip())):
            # "Review team | Andrew Booth (Team Manager), Nicola Wragg (Team
            # Manager)": who reviewed, not the team whose work it was; nor is
            # a person's name ("Children's Services | Kerry Gledhill"), nor a
            # date ("Discussed at hub meeting | 01-May-2026"), nor a label of
            # its own and its words ("Look for: Uses a tool or approach on
            # purpose." under an area titled "Intervene and provide services").
            return False
        if kind == "text" and field in PEOPLE:
            # "Mark Ellison, Head of Service": a name and the job after it;
            # never a yes or a no ("Audit discussed with the social worker:
            # Yes").
            yes, no = self._answer_words
            # ("Ali Khan (Assessment Team 1)": the name, their team after it.)
            name = without_role(BRACKETED_TEAM.sub("", text.split("\n")[0].strip()))
            # (Never the service's own words: "Findings Report" after
            # "Audit Moderation –" in a title.)
            # ("Children's Social Care" is words of the form's, possessive
            # and all: no one's name.)
            return _NAME_SHAPE.fullmatch(name) is not None and normalise(text) not in yes | no \
                and (is_a_persons_name(name) or not all(_POSSESSIVE_S.sub("", word.casefold())
                                                        in self.definitions.vocabulary for word in name.split()))
        if field == "period" and not _A_PERIOD.search(text):
            return False  # "Strengths across the sample" under "Themes across this month's audits": no month
        if kind == "text":
            # (A theme may be long: "Children's mental health – children aged
            # 10 to 15 on a CIN or CP plan or looked after".)
            return len(text) <= (160 if field == "theme" else 80) and "\n" not in text.strip()
        if kind == "case_id":
            # "Cases discussed: 8805889 – ...; 7349257 – ...": a list of
            # cases, not the case the form is about.
            found = {match.group(0) for match in self.definitions.case_id_pattern.finditer(text)
                     if re.search(r"[0-9]", match.group(0))}
            return self.plausible_value(field, text) and len(found) < 2
        if kind == "number":
            # A count, or the cases it counts listed ("C2045187, C2045231").
            return self.plausible_value(field, text) or self.plausible_value("case_id", text)
        if kind == "date":
            # "27 Jul 2026, 24 Aug 2026, 24 Sep 2026" lists sessions; no one date.
            return self.plausible_value(field, text) and len({found.value for found in find_dates(text)}) < 2
        if kind in ("case_ids", "dates"):
            return self.plausible_value(field, text)
        if field in ("child_name", "family_names"):
            # Names, one a line or separated by commas, perhaps with an age
            # or a relationship in brackets, or a date of birth beside them:
            # never a paragraph of prose.
            # ("Frankie Kowalczyk, 22nd of June 2011; Amira Kowalczyk (13)":
            # brothers and sisters, each with a date of birth or an age.)
            text = _DATE_ITEM.sub(" ", text)
            items = [_AGE_OR_KIN.sub(" ", item).strip(" -\u2013") for item in re.split(r"[\n,;]| / | and ", text)
                     if item.strip()]
            items = [" ".join(item.split()) for item in items if item.strip(" -\u2013")]
            if any(is_professional(item) for item in items):
                return False  # "Housing Options Team Leader": a professional, no relative
            return bool(items) and all(_NAME_SHAPE.fullmatch(re.sub(r"\s*[(\[].*?[)\]]|\s*[-\u2013]\s*\w+$", "", item))
                                       for item in items)
        if field == "date_of_birth":
            return parse_date(text) is not None
        if field == "address":
            return len(text) <= 200 and bool(re.search(r"[0-9]", text))
        if kind in ("list", "short_list") and (normalise(text) in self._answer_words[0] | self._answer_words[1]
                                               or all(mark in BOXES or mark.casefold() in self._ticks
                                                      for mark in text.split())):
            # "Learning and development plan on file | Y" (or a tick): a
            # check answered, not a list of areas for development.
            return False
        return True

    def answers(self, text: str) -> bool:
        """Whether `text` is a Yes or a No ("Yes", "N"), not a label."""
        return read_yes_no(text, self.definitions.yes_words, self.definitions.no_words)[0].value is not None

    def names_people(self, label: str, value: str) -> bool:
        """True when a box under a label nobody knows holds people's names
        that are not staff: a short label that names no professional role,
        and a value that is names only (not a grade, a date, an answer)."""
        # (A number alone, "3.2 | Child and Family Plan", numbers a part; it
        # labels no one.)
        words = set(normalise(label).split())
        if not any(word.isalpha() for word in words) or len(words) > 6 or words & _PROFESSIONAL_WORDS \
                or self.field(label):
            return False
        numbered = NUMBERING.match(f"{label.strip()} X")
        if numbered is not None and numbered.end() > len(label.strip()):
            return False  # "Standard 2 | Assessment", "S1 | Voice of the child": an area's number and its name
        value = value.strip()
        if set(normalise(value).split()) & _ORGANISATION_WORDS:
            return False  # "Copy to | Improvement and Assurance Board": a body, no one's name
        if not value or len(value) > 200 or self.grades.read(value).value or parse_date(value) or self.answers(value):
            return False
        if is_a_persons_name(label.strip()):
            return False  # "Rachel Greenwood | Andrew Booth": a row of values, no label and its value
        if names_no_one(value, self.definitions.vocabulary):
            return False  # "Consortium procedure / standard | Single Assessment; Thresholds"
        return self.fits("family_names", value) or bool(attendees(value))

    def weak_label_of(self, paragraph: Paragraph) -> tuple[str, list[Run]] | None:
        """`_weak_label_of`, save that on an overview, which is itself the
        moderation, a line meaning moderation is its title or a part's
        ("BRIEFING NOTE: Audit Moderation"), never a box of comments on it."""
        found = self._weak_label_of(paragraph)
        if found and found[0] == "moderator_comments" and self.kind.moderates_cases:
            return None
        return found

    def _weak_label_of(self, paragraph: Paragraph) -> tuple[str, list[Run]] | None:
        """(field, value runs) for a paragraph whose label is known only by
        its meaning: "Overall quality of the observed practice: Good" (the
        value must fit), or a title-like line alone ("3. What is working
        well for the family", "Other children in the household:"), whose
        value follows."""
        text = paragraph.text.strip()
        if not text:
            return None
        title_like = paragraph.heading or paragraph.bold or text.endswith((":", "?")) or _bold_before_hint(paragraph)
        whole = self.meant(text) if title_like else None
        asked = _ASKED_THEN_TOLD.match(text)
        if whole is None and asked is not None:
            # "Is any child in this family unsafe today? If yes, tell the Team
            # Leader and MASH straight away.": the question, then what to do.
            whole = self.meant(asked.group("question"))
            if whole is not None:
                return whole, []
        for match in _SEPARATOR.finditer(paragraph.text):
            if match.start() == 0 or match.start() > _MAX_LABEL_LENGTH:
                continue
            runs = runs_from(paragraph.runs, match.end())
            value = "".join(run.text for run in runs)
            if not re.search(r"\w", value):
                # "WHAT  (What activity was observed?)": the bracket closing
                # the label's question, no value.
                runs, value = [], ""
            # (With its value, a label that could mean two fields means the
            # one whose value it is: "Dates of sessions audited: 17.07.26, …".)
            field = self.meant_by_value(paragraph.text[: match.start()], value) if value.strip() \
                else self.meant(paragraph.text[: match.start()])
            if field and whole and whole != field:
                break  # "Learning from the observation – actions": a title, its last words naming it
            if field and self.field_type(field) in ("list", "short_list") and value.strip() \
                    and len(value.split()) <= 4 and (self.field(value.strip()) or self.meant(value.strip())) == field:
                # "What needs to happen – actions", "Closing the loop: you
                # said, we will": the title named twice, its value below.
                return field, []
            if field:
                if value.strip() and self.fits(field, value) and not value.rstrip().endswith("?"):
                    # (a second question is more of the label: "What went
                    # well? What did you feel proud of?", the answer below)
                    return field, runs
                if not value.strip() and match.end() >= len(paragraph.text.rstrip()):
                    return field, []
        bold = _bold_lead(paragraph)
        if bold.strip() and len(bold.strip()) <= _MAX_LABEL_LENGTH and bold.strip() != text \
                and not _bold_before_hint(paragraph):
            # "**What did you observe?** Core group meeting", "**Child's
            # Mosaic number** MOS-1125949": a bold label, its value plain.
            field = self.meant(bold.strip())
            runs = runs_from(paragraph.runs, len(bold))
            if field and self.fits(field, "".join(run.text for run in runs)):
                return field, runs
        if whole:
            return whole, []
        return None

    def _split(self, paragraph: Paragraph, names: frozenset[str]) -> list[Run] | None:
        """The value runs of "<name>: value" for one of `names`, or None;
        the name may be numbered ("Action 1: …", "Action 2: …")."""
        found = _prefixed(paragraph, lambda prefix: prefix if _ITEM_NUMBERED.sub("", self.fold(prefix)) in names
                          else None)
        if found is None or not any(run.text.strip() for run in found[1]):
            return None
        return found[1]

    def action_part(self, paragraph: Paragraph) -> tuple[str, list[Run]] | None:
        """("action" | "owner" | "due", value runs) for an actions line
        written as a paragraph: "By who: Social worker"."""
        for role, names in self._action_headers.items():
            runs = self._split(paragraph, names)
            if runs is not None:
                value = "".join(run.text for run in runs).strip()
                if role == "action" and len(value.split()) <= 3 and (self.field(value) or self.meant(value)) == "actions":
                    return None  # "What needs to happen – actions": a title naming its list twice
                if role == "action" and SPACED_DASH.search(paragraph.text) and self.is_subtitle(value):
                    return None  # "Actions – what, who, by when", "Actions – closing the learning loop": a title
                return role, runs
        return None

    def is_section_grade_label(self, text: str) -> bool:
        """True for the label of an area's grade ("Rating", "Judgement",
        "Grade for this area", "Area rating")."""
        folded = self.fold(text)
        if folded in self._section_headers.get("grade", frozenset()):
            return True
        # ("Grade for KLOE 1 (1–4)": the area's number and the scale's note aside.)
        words = [word for word in self.fold(re.sub(r"\([^()]*\)", " ", text)).split() if not word.isdigit()]
        return 1 < len(words) <= 6 and bool(set(words) & _SECTION_ROLE_WORDS["grade"]) \
            and all(word in _SECTION_ROLE_WORDS["grade"] or word in _AREA_WORDS for word in words)

    def section_grade_of(self, paragraph: Paragraph) -> list[Run] | None:
        """The grade runs of a "Judgement: Good" line under a section title."""
        found = _prefixed(paragraph, lambda prefix: prefix if self.is_section_grade_label(prefix) else None)
        runs = found[1] if found is not None and any(run.text.strip() for run in found[1]) else None
        return runs if runs is not None and self.grades_a_line(runs) else None

    def grades_a_line(self, runs: list[Run]) -> bool:
        """Whether runs give one grade: typed, or chosen of the four printed.
        The grades struck through are the ones not chosen; a moderator's
        grade typed beside it is the moderator's; of the four printed, the
        one highlighted or alone in bold is the choice."""
        kept = [run for run in runs if not run.strike and not run.moderator]
        reading = self.grades.read("".join(run.text for run in kept))
        return reading.value is not None or (reading.problem == NONE_CHOSEN and len(set(self.grades.grades_in(
            emphasised([run for run in kept if run.text.strip()])))) == 1)

    def titled_grade_of(self, paragraph: Paragraph) -> tuple[str, list[Run]] | None:
        """(title, grade runs) of a line that names an area (or the form's
        own grade) and ends with its grade: "Q1  How well is the child seen,
        heard and understood?   ▸ Rating: Good", "Planning and review –
        Judgement: RI", "4. One multi-agency plan …… Req. Imp."."""
        match = _TITLED_GRADE.match(paragraph.text)
        if match is None or len(match.group("title").split()) < 2 or _AGREED_GRADE.search(paragraph.text):
            return None  # ("I agree with the auditor's judgement: 2 – RI" is a moderator's, of no area)
        runs = runs_from(paragraph.runs, match.start("grade"))
        if not self.grades.read("".join(run.text for run in runs if not run.strike and not run.moderator)).value:
            return None
        return match.group("title").strip(), runs

    def stated_grade(self, text: str) -> tuple[str, str] | None:
        """("area" | "case" | "moderated", grade) for a judgement written as
        a sentence: "I would judge this area as Good", "My judgement for
        this area is Requires Improvement", "Overall, the quality of practice
        on this case is Good", "I would moderate the overall judgement to
        Good". None when the text states none."""
        agreed = _AGREED_GRADE.search(text)
        if agreed is None and not self.kind.moderates_cases:
            # ("agree – R.I.": the whole remark, on one case's audit; an
            # overview's remarks are each case's.)
            agreed = _AGREED_THEN_GRADE.match(text)
            agreed = agreed if agreed and self.grades.is_written_grade(agreed.group("grade").strip(" .")) else None
        if agreed and self.grades.read(agreed.group("grade")).value:
            return "moderated", self.grades.read(agreed.group("grade")).value
        for match in _STATED.finditer(text):
            reading = self.grades.read(match.group("grade"))
            if reading.value is None:
                continue
            if match.group("moderated") or match.group("changed") or match.group("clause"):
                return "moderated", reading.value
            subject = match.group(0)[: match.start("grade") - match.start()].casefold()
            return ("area" if re.search(_AREA, subject)
                    else "case"), reading.value
        return None

    def grade_line(self, paragraph: Paragraph) -> bool:
        """True for a line that is only an area's grade, with no separator
        after its label: "Grade 2 (Good)", "Score 3"."""
        text = paragraph.text.strip()
        first = text.split(" ", 1)[0] if text else ""
        return bool(first) and len(text) <= 60 and self.is_section_grade_label(first) \
            and self.grades.read(text).value is not None

    def grade_options(self, paragraph: Paragraph) -> bool:
        """True for a line that is only the grades to choose from ("Grade 1 /
        2 / 3 / 4", "Outstanding / Good / RI / Inadequate") with one of them
        marked: highlighted, in bold among plain, or the rest struck out."""
        text = paragraph.text.strip()
        if not text or len(text) > 120 or self.label_of(paragraph):
            return False
        if self.grades.read(text).problem != NONE_CHOSEN:
            return False
        runs = [run for run in paragraph.runs if run.text.strip()]
        every_bold = all(run.bold for run in runs)
        return any(run.highlight or run.strike or (run.bold and not every_bold) for run in runs)

    def cell_field(self, cell: Cell) -> str | None:
        """The field a cell labels: its first non-empty paragraph is a whole
        label (later paragraphs in a label cell are guidance), or a label
        and its hint after a dash ("Actions – what, who, by when")."""
        for paragraph in cell.paragraphs:
            text = paragraph.text.strip()
            if text:
                parts = SPACED_DASH.split(text, maxsplit=1)
                return self.field(text) or (self.field(parts[0]) if len(parts) == 2 and self.is_hint(parts[1]) else None)
        return None

    def cell_meaning(self, cell: Cell) -> str | None:
        """The field a cell labels: a listed label, or one known by its
        meaning."""
        return self.cell_field(cell) or self.meant(cell.text)

    def plausible_value(self, field: str, text: str) -> bool:
        """True when `text` reads as a value of `field`'s type: a bold line
        under an empty label is then its value rather than the next title."""
        kind = self.field_type(field)
        if kind == "grade":
            return self.grades.read(text).value is not None
        if kind in ("date", "dates"):
            return parse_date(text) is not None
        if kind in ("case_id", "case_ids"):
            if only_a_date(text):
                return False  # "2026-09-18 00:00:00": a spreadsheet's date, its year no reference
            return any(re.search(r"[0-9]", match.group(0)) for match in self.definitions.case_id_pattern.finditer(text))
        if kind == "number":
            # "8", "8 cases", "5 (listed below)"
            return re.fullmatch(r"\s*\d{1,6}(?:\s+(?:cases?|children|files|records|families)\b)?\s*(?:\([^)]*\))?\s*",
                                text) is not None
        if kind == "yes_no":
            return read_yes_no(text, self.definitions.yes_words, self.definitions.no_words)[0].value is not None
        return False

    def learn_fills(self, rows: list[Row]) -> None:
        """Remember a grading key printed as cells filled in colours, each
        holding one grade ("Outstanding" on green, "Inadequate" on red), so
        that an empty cell filled in one of them gives that grade."""
        for row in rows:
            key = {(cell.shading or "").upper(): self.grades.heads_column(cell.text) for cell in row.filled()
                   if cell.shading and self.grades.heads_column(cell.text)}
            key.pop("", None)
            if len(key) >= 3 and len(set(key.values())) == len(key):
                self.fills = key
                return

    def filled_grade(self, cell: Cell | None) -> str | None:
        """The grade an empty cell gives by its fill, on the form's key."""
        if cell is None or cell.text.strip() or not cell.shading:
            return None
        return self.fills.get(cell.shading.upper())

    def is_placeholder(self, text: str) -> bool:
        return self.fold(text) in self.definitions.placeholder_set

    # Tables -------------------------------------------------------------

    def header_kind(self, row: Row) -> str | None:
        """ACTIONS, MATRIX or SECTIONS when `row` heads such a table."""
        key = id(row)  # rows live as long as this object: one parse
        if key not in self._header_kinds:
            self._header_kinds[key] = self._header_kind(row)
        return self._header_kinds[key]

    def head_name(self, text: str) -> str:
        """A grade table's header cell folded, unless a bracketed hint of
        grade words alone says what the column holds: "Does this practice
        meet…? (judgement)" heads the grades."""
        hints = [self.fold(hint.group()) for hint in BRACKETED.finditer(text)]
        named = next((hint for hint in hints if hint and set(hint.split()) <= _SECTION_ROLE_WORDS["grade"]), None)
        folded = self.fold(text)
        return named if named and self.section_role(folded) != "grade" else folded

    def _header_kind(self, row: Row) -> str | None:
        names = [self.head_name(cell.text) for cell in row.filled()]
        # ("Session date | Held within agreed frequency? | Actions have
        # timescales?": the questions asked of each record, no action plan;
        # "What will we do? | Who | Timescale" is one.)
        action_roles = [None if role == "action" and cell.text.strip().endswith("?")
                        and not re.match(r"(?i)\s*what\b", cell.text) else role
                        for role, cell in zip(self._action_roles(names), row.filled())]
        if "action" in action_roles and ("owner" in action_roles or "due" in action_roles):
            return ACTIONS
        if self._answer_columns(row):
            return ANSWERS
        heads = self.grades.heads_columns(cell.text for cell in row.filled())
        if len({grade for grade in heads if grade}) >= 3 and sum(1 for grade in heads if grade) == len(set(filter(None, heads))) \
                and not any(re.search(r"\d{4}", cell.text) and self.plausible_value("case_id", cell.text)
                            for cell in row.filled()):
            # (A case's row of an overview, "1 | LCS-4466469 | … | 3 | N | 2",
            # numbers on the key in it, heads nothing.)
            return MATRIX
        # (The moderator's column beside the areas, "HoS comment", is no
        # column of the audit's own; nor is each case's of a sample, "Case 1
        # | Case 2 | …", or each session's, headed by its date, answered Y,
        # P or N.)
        own = [name for name, cell in zip(names, row.filled())
               if (self.field(cell.text) or self.meant(cell.text)) not in _MODERATORS_COLUMNS
               and not _ONE_CASES_COLUMN.fullmatch(cell.text.strip()) and not only_a_date(cell.text)]
        if any(self.section_role(name) == "section" for name in names) \
                and any(self.section_role(name) == "grade" for name in names) \
                and (len(own) <= (7 if names[0] in _NUMBER_COLUMN else 5) or self._agency_columns(names)) \
                and not any(self.section_role(name) is None and self._answers_a_grade(cell.text)
                            for name, cell in zip(names, row.filled())):
            # (A grade, or the grades listed to choose from, answers a row, as
            # in "OVERALL GRADE | Taking the areas together. | GOOD" closing
            # the areas; it heads nothing. A numbered list of areas may have
            # more columns, "No. | Practice standard | What we look for |
            # Standard met? | What did you find? | Rating", than a band of a
            # spreadsheet's parts, "About the case | … | Judgement | Findings".)
            return SECTIONS
        if self._areas_unnamed(names, row) is not None and not self._lists_cases(row):
            return SECTIONS
        if 2 <= len(names) <= 4 and self.section_role(names[0]) == "section" \
                and self.section_role(names[-1]) == "comments" \
                and not any(self.section_role(name) == "grade" for name in names) \
                and self.field(row.filled()[0].text) is None \
                and not any(self.grades.read(cell.text).value for cell in row.filled()[1:]):
            # ("Theme | Pre-birth planning | Why this theme | Findings of a
            # review": a field's label and its value, twice; no heading. Nor
            # is "Our overall view of the practice | Req. Imp. — see evidence
            # above", a grade and its note, or an area's row with its grade
            # and the moderator's "See my comment below." after it.)
            return EVIDENCE
        return None

    def _agency_columns(self, names: list[str]) -> bool:
        """Whether a wide header is each area's findings agency by agency
        ("Line of enquiry | Health visiting | Police | School | Panel finding
        | Grade"): the areas first, the joint finding and its grade last, and
        between them columns no role explains."""
        roles = [self.section_role(name) for name in names]
        return len(names) <= 9 and roles[0] == "section" and roles[-2:] == ["comments", "grade"] \
            and not any(roles[1:-2])

    def _lists_cases(self, row: Row) -> bool:
        """Whether `row` heads an overview's cases ("Ref | Worker / team |
        Audited by | Auditor's grade | Moderated grade"): a case's reference
        and its moderated grade among the columns."""
        meant = {self.cell_meaning(cell) for cell in row.filled()}
        return self.kind.moderates_cases and "case_id" in meant and "moderated_grade" in meant

    def _areas_unnamed(self, names: list[str], row: Row) -> int | None:
        """The place of the areas' column in a header that names their
        evidence and grade but not them ("No. | What we looked at |
        Evidence | Score"; or the title of the group of areas below, "A. How
        well is the child's life improving? | Evidence from the record |
        Evaluation"): the first column before the grade that no role or
        field explains, after any number column; None for any other row."""
        roles = [self.section_role(name) for name in names]
        if "section" in roles or "grade" not in roles or "comments" not in roles \
                or len(names) - (names[0] in _NUMBER_COLUMN) > 5:
            return None
        place = next((position for position, (name, role) in enumerate(zip(names, roles))
                      if role is None and name not in _NUMBER_COLUMN), None)
        titled = place is not None and NUMBERING.match(row.filled()[place].text.strip()) is not None \
            and row.filled()[place].text.strip().endswith("?")
        if place is None or place > roles.index("grade") or len(names[place].split()) > (12 if titled else 5) \
                or re.search(r"\d", names[place]) or self.field(names[place]) \
                or (self.meant(names[place]) and not titled) \
                or any(self._answers_a_grade(name) or (self.grades.read(name).value and not (titled and at == place))
                       for at, name in enumerate(names)):
            # ("4.3 | Overall grade | Req. improvement – see comments" is a
            # row of answers; "C. How good are leadership and recording?"
            # titles the areas below.)
            return None
        return place

    def _answers_a_grade(self, text: str) -> bool:
        """A grade alone ("GOOD") or the grades listed to choose from; a
        header's "What good looks like" is neither."""
        # (A number on the form's key answers one too: "OVERALL GRADE for
        # the sample | 2 | Based on the areas above.")
        reading = self.grades.read(text)
        return self.grades.is_written_grade(text.strip()) or reading.problem == NONE_CHOSEN \
            or (bool(self.grades.key) and text.strip().isdigit() and reading.value is not None)

    def _answer_columns(self, row: Row) -> dict[str, int] | None:
        """{"yes": column, "no": column} when `row` heads Yes and No columns
        side by side ("Yes | No", "YES | NO | N/A"), perhaps after a number
        and a question and before the evidence; None otherwise. A "No."
        heading a column of numbers is no answer."""
        yes, no = self._answer_words
        filled = row.filled()
        # ("2 | Inclusive – voice of the child and family | YES | NO": an
        # area's number, then its title.)
        numbered = len(filled) > 2 and re.fullmatch(r"\d{1,2}[.)]?", filled[0].text.strip()) is not None
        # ("Y=1 | N=0 | n/a = 1": the answers with the score each earns.)
        names = [self.fold(_SCORED.sub("", cell.text)) for cell in filled]
        for position, cell in enumerate(filled[:-1]):
            # ("Evidenced" printed over "Yes" and a blank line over "No": the
            # caption of the pair, the answers under it.)
            pair = [self._under_a_caption(cell), self._under_a_caption(filled[position + 1])]
            if None not in pair and {pair[0], pair[1]} <= yes | no and (pair[0] in yes) != (pair[1] in yes) \
                    and any(len(other.paragraphs) > 1 for other in filled[position:position + 2]):
                names[position:position + 2] = pair
        for position in range(len(filled) - 1):
            # ("Yes | Partly | No": a middle answer between them.)
            step = 2 if position + 2 < len(filled) and names[position + 1] in _IN_PART else 1
            pair = names[position], names[position + step]
            if (pair[0] in yes and pair[1] in no) or (pair[0] in no and pair[1] in yes):
                rest = [(index, name) for index, name in enumerate(names) if index not in (position, position + step)]
                others = [name for index, name in rest
                          if not (index == 0 < position and filled[0].text.strip().casefold() in ("no.", "no"))]
                # (A long first cell is the area's title over its checks, "Standard
                # 2 – Promoting proper reflection and supporting timely action |
                # Yes | Partially | No", in bold; a question is no head of a column.)
                head = 1 if numbered else 0  # (the title after the area's number)
                titled = head < position and filled[head].bold and not filled[head].text.strip().endswith("?")
                long = [name for index, name in rest if len(name.split()) > 6 and not (index == head and titled)]
                if any(name in yes or name in no for name in others if name not in _NOT_KNOWN) \
                        or long or len(others) > 4:
                    return None
                options = [[run for paragraph in filled[at].paragraphs for run in paragraph.runs if run.text.strip()]
                           for at in (position, position + step)]
                if [all(run.strike for run in runs) for runs in options].count(True) == 1 \
                        or [any(run.highlight for run in runs) for runs in options].count(True) == 1:
                    # "Urgent issue identified? | Yes | ~~No~~": an answer, the
                    # option not chosen struck through or the one chosen
                    # highlighted; a heading's are printed alike.
                    return None
                first, second = filled[position].column, filled[position + step].column
                return {"yes": first, "no": second} if pair[0] in yes else {"yes": second, "no": first}
        # ("3 | Quality of the Early Help Assessment | Answer | Evidence": an
        # area's number and title over its questions, each answered Yes or
        # No typed in one column.)
        single = [position for position, name in enumerate(names) if name in _ANSWER_HEADS]
        if len(single) == 1 and len(filled) <= 5 and single[0] == 2 and numbered and filled[1].bold \
                and not filled[1].text.strip().endswith("?") and not self.field(filled[1].text) \
                and all(self.section_role(name) == "comments" for name in names[3:]):
            return {"answer": filled[2].column}
        return None

    def _under_a_caption(self, cell: Cell) -> str | None:
        """The last line of a header cell (folded) when the lines above it
        are a short caption or blank: "Evidenced" over "Yes"."""
        lines = [paragraph.text.strip() for paragraph in cell.paragraphs]
        while lines and not lines[-1]:
            lines.pop()
        above = " ".join(lines[:-1]).split()
        if not lines or len(above) > 3 or " ".join(above).endswith("?"):
            return None
        return self.fold(lines[-1])

    def _action_roles(self, names: list[str]) -> list[str | None]:
        """The role of each of an actions table's header cells (folded); by
        their words only in a short header: a spreadsheet row of one audit's
        many fields ("Actions | Lead | Date") is no actions table."""
        roles = [self._action_role(name, by_words=len(names) <= 5) for name in names]
        if "owner" in roles and "due" in roles:
            # "What | Who | When": an action plan's three questions.
            roles = ["action" if role is None and name in _WHAT else role for role, name in zip(roles, names)]
        return roles

    def _action_role(self, name: str, *, by_words: bool = True) -> str | None:
        """The role of an actions table's header cell (folded): listed in
        `action_headers`, or known by its words ("Actions agreed", "What
        will happen", "Who", "Date to be completed")."""
        for role, names in self._action_headers.items():
            if name in names:
                return role
        words = name.split()
        if not by_words or not words or len(words) > 6:
            return None
        # "Actions agreed", and after a word saying which ("Remedial action").
        if words[0].startswith(("action", "recommendation")) or name.startswith(_ACTION_OPENINGS) \
                or (len(words) <= 3 and words[-1].startswith(("action", "recommendation"))):
            return "action"
        if set(words) & {"who", "whom", "owner", "responsible", "responsibility", "lead"}:
            return "owner"
        if set(words) & {"when", "date", "timescale", "timescales", "deadline", "due"}:
            return "due"
        return None

    def heads_answers(self, cell: Cell) -> bool:
        """Whether a header cell heads one column of answers typed or
        ticked in it: "Yes / No", "Answer", "Response"."""
        return self.fold(cell.text) in _ANSWER_HEADS

    def section_role(self, name: str) -> str | None:
        """The role of a grade table's header cell (folded): listed in
        `section_tables`, or known by its words ("Quality rating", "Grade
        (O / G / RI / In)", "Finding")."""
        for role, names in self._section_headers.items():
            if name in names:
                return role
        if name in _AREA_HEADS:
            # "Agency | Findings | Grade": a multi-agency audit graded agency
            # by agency; "Question | Grade", a review's questions one by one.
            return "section"
        words = set(name.split())
        if not words or len(words) > 6:
            return None
        for role, wanted in _SECTION_ROLE_WORDS.items():
            if words & wanted:
                return role
        return None

    def header_columns(self, row: Row, kind: str) -> dict[str, int]:
        """Role -> grid column of each recognised header cell in `row`.

        For a MATRIX the roles are the grades themselves.
        """
        columns: dict[str, int] = {}
        if kind == ANSWERS:
            return self._answer_columns(row) or {}
        if kind == ACTIONS:
            filled = row.filled()
            for cell, role in zip(filled, self._action_roles([self.fold(cell.text) for cell in filled])):
                if role:
                    columns.setdefault(role, cell.column)
            return columns
        roles = self._section_headers
        staged = False  # whether the areas' column found is only the stages'
        heads = self.grades.heads_columns(cell.text for cell in row.filled()) if kind == MATRIX else []
        for position, cell in enumerate(row.filled()):
            if heads and heads[position]:
                columns.setdefault(heads[position], cell.column)
                continue
            if kind in (SECTIONS, EVIDENCE):
                role = self.section_role(self.head_name(cell.text))
                if role == "section" and staged:
                    # "Stage | Area of practice | … | Grade": the areas are
                    # named beside the stage they belong to.
                    columns["section"], staged = cell.column, False
                elif role:
                    if role == "section" and "section" not in columns:
                        staged = not set(self.head_name(cell.text).split()) & _AREA_HEAD_WORDS
                    columns.setdefault(role, cell.column)
                continue
            name = self.fold(cell.text)
            for role, names in roles.items():
                if name in names:
                    columns.setdefault(role, cell.column)
                    break
        unnamed = self._areas_unnamed([self.head_name(cell.text) for cell in row.filled()], row) if kind == SECTIONS \
            else None
        if unnamed is not None:
            columns.setdefault("section", row.filled()[unnamed].column)  # "What we looked at"
        return columns

    @property
    def answer_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The folded words that answer Yes and No."""
        return self._answer_words

    def marked_beside(self, text: str) -> bool:
        """Whether a cell holding a grade also holds a mark: "Good  X",
        "(X) Outstanding"."""
        return TICKED in text or any(token.casefold() in self._ticks
                                     for token in re.split(r"[\s()\[\]]+", text) if token)

    def is_tick(self, cell: Cell | None) -> bool:
        """True when a grade-matrix cell marks its column as chosen."""
        if cell is None:
            return False
        text = cell.text.strip()
        if TICKED in text:
            return True
        return bool(text) and not any(box in text for box in BOXES) and text.casefold() in self._ticks


# A question, then what to do about its answer: "… unsafe today? If yes,
# tell the Team Leader …".
_ASKED_THEN_TOLD = re.compile(r"(?i)\s*(?P<question>[^?]{8,160}\?)\s+(?:if\s+(?:yes|so|no)\b|please\b)[^?]*$")
# A job title held for now: "Interim Head of Service", "Acting Team Manager".
_STANDING_IN = re.compile(r"(?i)\s*(?:interim|acting)\s+(?=\w)")
# A first column that only numbers the rows ("No. | Area of practice | …").
# (A log of the conversation: "Time | What we talked about | Notes | Grade".)
_NUMBER_COLUMN = frozenset({"no", "number", "#", "item", "ref", "time"})
# How a hint after a title's dash opens: "who will do what, by when",
# "please list", "tick all that apply".
_HINT = re.compile(r"(?:who|what|when|how|please|tick|delete|list|give|include|use|record|write|e\.g\.|say|add)\b")
# How a form numbers its areas of practice, not its parts ("Section 2",
# "Part C"): "Stage 3:", "Standard 4 –", "KLOE 1:", "Domain 2.".
_AREA_NUMBER = re.compile(r"(?i)\s*(?:area|domain|standard|element|kloe|stage|key line of enquiry|prompt|criterion)\s*"
                          r"(?:\d{1,2}(?:\.\d{1,2})*|[a-h]\b|[ivx]{1,4}\b)\s*[.):\u2013\u2014-]")
# A council's name line heading its form names no field.
_COUNCIL_LINE = re.compile(r"\s*(?:(?:London )?Borough of [A-Z]\w+|(?:[A-Z][\w'-]* ){1,4}(?:County |City |Borough "
                           r"|District )?Council|(?:[A-Z][A-Z'-]* ){1,4}(?:COUNTY |CITY |BOROUGH |DISTRICT )?COUNCIL"
                           # "Northmoor Safeguarding Children Partnership", "… Children's Trust"
                           r"|(?:[A-Z][\w'-]* ){1,3}(?:Safeguarding (?:Children(?:['\u2019]s)? )?(?:Partnership|Board)"
                           r"|Children(?:['\u2019]s)? Trust))\b")
# A partner's name atop its form: "NHS Northmoor and Pennine Integrated Care
# Board", "… University Health Board", "… Police".
_PARTNER_LINE = re.compile(r"\s*(?:NHS )?(?:[A-Z][\w'-]* (?:and )?){1,5}(?:Integrated Care Board|(?:NHS )?Foundation Trust"
                           r"|NHS Trust|(?:University )?Health Board|Health and Social Care Trust|Constabulary|Police)\b")
# "Grade given by auditor": a thing, then who gave it.
_GIVEN_BY = re.compile(r"(?i)\s*(?P<what>[a-z][\w' ]*?)\s+(?:given|awarded|made|provided)\s+by\s+(?:the\s+)?\w+"
                       r"\s*[:?]?\s*$")
# "Actions – by who, by when", "Actions (owner and date)": the actions, then
# what each should say.
_ACTIONS_AND_WHO = re.compile(r"(?i)\s*(?:agreed |next )?actions?\s*(?:[-\u2013\u2014:(]\s*)(?:by\s+)?"
                              r"(?:who|whom|owner|lead|when|timescales?)\b")
# A department of the council: "Children's Services", "People Directorate".
_DEPARTMENT = re.compile(r"(?i)\s*(?:children(?:['\u2019]s)?(?: and (?:families|young people(?:['\u2019]s)?))?|people(?:['\u2019]s)?"
                         r"|famil(?:y|ies))(?: social care| services?| directorate| department)\s*")
# A label naming the grades in the plural heads the scale printed for the
# whole form, not any one answer.
_THE_SCALE = frozenset({"judgements", "judgments", "grades", "ratings", "scores", "gradings"})
# How an actions column's header opens when it is not "Action(s)".
_WHAT = frozenset({"what", "task", "tasks", "step", "steps", "what to do", "what needs to happen"})
_ACTION_OPENINGS = ("what will happen", "what will be done", "what needs to be done", "what will we do", "what we will do",
                    "next step",
                    "what we agreed", "what was agreed",
                    # "You said | We will | Who | By when": what is done with a family's feedback
                    "we will")


def _bold_lead(paragraph: Paragraph) -> str:
    """The text of the bold runs a paragraph opens with."""
    bold = ""
    for run in paragraph.runs:
        if not run.bold:
            break
        bold += run.text
    return bold


def _bold_before_hint(paragraph: Paragraph) -> bool:
    """A bold label followed by a plain hint in brackets: "**Overall quality
    of supervision** (Outstanding / Good / ...)"."""
    lead = []
    for run in paragraph.runs:
        if "(" in run.text:
            lead.append(run.text.split("(", 1)[0])
            if run.text.split("(", 1)[0].strip() and not run.bold:
                return False
            break
        if run.text.strip() and not run.bold:
            return False
        lead.append(run.text)
    return bool("".join(lead).strip()) and "(" in paragraph.text


def _prefixed(paragraph: Paragraph, accept: Callable[[str], str | None]) -> tuple[str, list[Run]] | None:
    """(what `accept` makes of the text before a separator, the runs after
    it) for the first separator whose prefix `accept` takes, or None."""
    text = paragraph.text
    for match in _SEPARATOR.finditer(text):
        if match.start() == 0:
            continue
        if match.start() > _MAX_LABEL_LENGTH:
            break
        accepted = accept(text[: match.start()])
        if accepted:
            return accepted, runs_from(paragraph.runs, match.end())
    return None


def _label_words(text: str) -> list[str]:
    """A label's words, less a note in brackets ("(lead)", "(name / role)")."""
    return normalise(re.sub(r"\([^)]*\)", " ", text)).split()


def organisation_title(text: str) -> bool:
    """Whether a line is the name of the council or partnership whose form
    it is, alone or before the form's title ("Northmoor Safeguarding
    Children Partnership – Joint Partnership Audit of a Child's Case"): the
    form's own words, however long, never a sentence typed into it."""
    named = _COUNCIL_LINE.match(text) or _PARTNER_LINE.match(text)
    if named is None:
        return False
    rest = text[named.end():].strip()
    if not rest:
        return True
    title = re.match(r"[-\u2013\u2014:]\s*(?P<title>.+)", rest)
    return title is not None and not title.group("title").rstrip().endswith((".", "!")) \
        and len(title.group("title").split()) <= 16 and ". " not in title.group("title")


def emphasised(runs: list[Run]) -> str:
    """The text of the runs picked out among the options printed: the ones
    highlighted, or in bold when the others are not."""
    every_bold = all(run.bold for run in runs)
    return " ".join(run.text for run in runs if run.highlight or (run.bold and not every_bold))


def runs_from(runs: list[Run], offset: int) -> list[Run]:
    """The runs after character `offset`, splitting the run it falls in.

    A split run keeps its formatting (and moderator flag), so a value typed
    after a label keeps the colour it was typed in.
    """
    kept: list[Run] = []
    position = 0
    for run in runs:
        end = position + len(run.text)
        if end > offset:
            kept.append(run if position >= offset
                        else replace(run, text=run.text[offset - position :], source=run.source or run))
        position = end
    return kept


def runs_between(runs: list[Run], start: int, end: int) -> list[Run]:
    """The runs from character `start` to `end`, split where they fall."""
    kept: list[Run] = []
    position = 0
    for run in runs_from(runs, start):
        if position >= end - start:
            break
        room = end - start - position
        kept.append(run if len(run.text) <= room else replace(run, text=run.text[:room]))
        position += len(run.text)
    return kept


def cell_at(row: Row, column: int) -> Cell | None:
    """The cell of `row` covering grid column `column`, or None."""
    for cell in row.cells:
        if cell.column <= column < cell.column + cell.span:
            return cell
    return None
