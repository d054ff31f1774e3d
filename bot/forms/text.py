"""Normalising text for matching labels, grades and phrases.

Forms write the same label in many ways (`Child's LCS number:`, `CHILDS LCS
NUMBER`, `Child’s LCS Number (if known)`); matching ignores case, punctuation,
spacing and bracketed hints, so `config/forms.yaml` needs one spelling each.
"""

from __future__ import annotations

import re

# A hint in brackets: "(their words)", "[delete as appropriate]".
BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u0060\u00b4]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
# A dash set off by spaces, between a label or a clause and what follows it:
# "Learning from the observation – actions", "Do not agree – RI".
SPACED_DASH = re.compile(r"\s[-\u2013\u2014]\s")
# A step stated in its own words: "Step up to Children's Social Care",
# "Stepped down from social care".
STEP_STATED = re.compile(r"(?i)\bstep(?:ped)?\s+(?:up|down)\s+(?:to|from|into)\b")
# "Case 1:  C9104268 (Lacey Ormerod)", "Audit 2 – CSC/2469788": the title
# of one case's card on an overview.
CARD_TITLE = re.compile(r"(?i)\s*(?:case|audit)\s*\d{1,2}\s*[:.\u2013-]\s*(?P<case>[^\s()]+)\s*(?:\([^()]+\))?\s*")
# How an instruction to the person filling in the form opens: "Tick one",
# "Highlight the judgement that applies", "Judge each area against …".
INSTRUCTION = re.compile(r"(?i)(?:please\s+)?(?:select|tick|answer|complete|choose|enter|give|use|type|delete|circle"
                         r"|mark|highlight|strike)\b"
                         r"|(?:please\s+)?(?:judge|grade|rate|score)\s+(?:each|every|all|the|this|these|your|how)\b")


def normalise(text: str) -> str:
    """Return `text` folded for matching: lower case, bracketed hints and
    apostrophes dropped, every other run of punctuation or space one space.

    >>> normalise("Child’s LCS number (if known):")
    'childs lcs number'
    """
    folded = _APOSTROPHES.sub("", text.casefold())
    without_hints = BRACKETED.sub(" ", folded)
    if not _NOT_WORD.sub("", without_hints):
        # A label that is all hint, such as "(DOB)", keeps its words.
        without_hints = folded
    return _NOT_WORD.sub(" ", without_hints).strip()


def contains_phrase(text: str, phrase: str) -> bool:
    """True when normalised `phrase` occurs in normalised `text` as whole words."""
    if not phrase:
        return False
    return f" {phrase} " in f" {text} "


# ("\u2192 Update the chronology": an arrow is a bullet too.)
_BULLET = re.compile(r"^\s*(?:[\u2022\u25cf\u25aa\u25e6\u2023\u2043\u2219*\u2013\u2014\u2192\u27a2\u25ba-]|\d{1,2}[.)])\s+")


def strip_bullet(text: str) -> str:
    """Return a list item's text without a typed bullet or number."""
    return _BULLET.sub("", text, count=1).strip()


def bulleted_lines(text: str) -> bool:
    """Whether `text` is a list written in, never a label: two or more
    lines, each an item with its typed bullet or number ("- Spend time with
    the child on their own." over "- Summarise the agreed actions …"), or
    one line after a bullet ("- Summarise the agreed actions at the end of
    the visit."; a number alone may be a label's, "1. Actions")."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) == 1:
        return _BULLET.match(lines[0]) is not None and not re.match(r"\s*\d", lines[0]) \
            and len(lines[0].split()) > 3
    return len(lines) >= 2 and all(_BULLET.match(line) for line in lines)


# The words of a job title written after a name ("Jo Marsh, Team Manager",
# "Sam Lateman (PM)", "Ali Khan - SW").
_ROLE_WORDS = frozenset(
    "manager managers worker officer lead head director practitioner supervisor senior advanced team service social "
    "practice consultant coordinator co ordinator iro pm tm sw hos ad dsl advisor adviser chair assistant principal "
    "qa auditor deputy acting interim locum of for and early help family support safeguarding unit quality assurance "
    "independent reviewing educator children childrens services hub centre locality area youth"
    # "Jane Smith (Peer auditor)", "Team Manager (peer)": a manager auditing another team's cases
    " peer reviewer observer assessor".split()
)
# An email address after a name, bracketed or after a comma or dash.
_EMAIL_AFTER = re.compile(r"(?<=\S)(?:\s*[,;\u2013(<-]|\s)\s*[(<]?\s*[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\s*[)>]?\s*$")
_ROLE_SEPARATOR = re.compile(r"\s*(?:,|\s[-\u2013\u2014/]\s|\()\s*")


_ON_BEHALF = re.compile(r"(?i)\s*\((?:on behalf of|acting (?:for|as)|deputising for)\b[^()]*\)")


# A team named in brackets after a person: "Kirsty Duckworth (Early Help Team North)".
BRACKETED_TEAM = re.compile(r"\s*\((?P<team>[^()]*\b(?:[Tt]eam|TEAM|[Hh]ub|[Uu]nit|[Pp]od)\b[^()]*)\)\s*$"
                            # ("Leanne Ogden – Early Help Team South": the team after a dash.)
                            r"|\s+[-\u2013\u2014]\s+(?P<dashed>[A-Z][^()\-\u2013\u2014]*\b(?:Team|TEAM|Hub|Unit|Pod)\b"
                            r"(?:\s+[A-Z0-9][\w']*){0,3})\s*$")


def without_role(name: str) -> str:
    """A person's name without the job title written after it; a name
    written surname first ("Lateman, Sam") is left as it is."""
    name = _EMAIL_AFTER.sub("", name)  # "Amy Stott (amy.stott@council.gov.uk)"
    # "Mark Ellison – Service Manager (on behalf of Head of Service)": for whom they act is no part of it.
    name = _ON_BEHALF.sub("", name)
    bracketed = re.search(r"\s*\(([^()]*)\)\s*$", name)
    if bracketed and bracketed.start() > 0:
        inside = bracketed.group(1).strip()
        # ("Andrew Booth (Practice Manager, Children's Social Care)": a role, then where.)
        # ("Colin Heap (Families First Manager)": a programme's name, then the job.)
        last = inside.split()[-1] if inside.split() else ""
        # ("Angela Moorcroft (QA Officer for the PSW)": a job, and whose.)
        if is_role(inside) or is_role(inside.split(",")[0]) or (inside and len(inside) <= 5 and inside.isupper()) \
                or (len(inside.split()) <= 5 and last[:1].isupper() and is_role(last)) \
                or (len(inside.split()) <= 6 and JOB.search(inside) is not None):
            return without_role(name[: bracketed.start()])  # "Heap, Colin (EHM)"
    match = _ROLE_SEPARATOR.search(name)
    if not match:
        return name
    after = name[match.end():]
    words = [word for word in normalise(after).split() if not word.isdigit()]
    if is_role(after) or (len(words) == 1 and after.strip(" )").isupper()) \
            or (len(words) <= 5 and _JOB_LAST.search(after)):
        # ("Yasmin Patel – Child Protection Chair": a job whatever words
        # come before its last.)
        return name[: match.start()].strip()
    return name


# A person's job by its own word: "… Chair", "… Manager", "CAMHS
# clinician", "PPU Detective Constable"; last in a job's title.
JOB = re.compile(r"(?i)\b(?:manager|worker|officer|lead|leader|head|director|practitioner|supervisor|consultant"
                 r"|co-?ordinator|chair|chairperson|advis[eo]r|nurse|visitor|clinician|constable|sergeant|detective"
                 r"|teacher|psychologist|therapist|doctor|gp|midwife|paediatrician|senco|dsl|iro"
                 # "Lead Professional": Early Help's lead for a family
                 r"|lead\s+professional)s?\b")
# The job words alone, to set in other patterns ("Claire Whitworth (Head of Service)").
JOB_WORDS = JOB.pattern.removeprefix("(?i)")
_JOB_LAST = re.compile(rf"{JOB.pattern}\W*$")


def is_role(text: str) -> bool:
    """Whether `text` is a job title: role words, perhaps with a service's
    initials among them ("EH Team Manager", "CSC Practice Manager")."""
    words = [word for word in re.split(r"[\s/,&()-]+", text) if word and not word.isdigit()]
    roles = [word for word in words if normalise(word) in _ROLE_WORDS]
    return bool(roles) and all(normalise(word) in _ROLE_WORDS or (word.isupper() and len(word) <= 4)
                               or not normalise(word) for word in words)


_SURNAME_FIRST = re.compile(r"([A-Z][A-Za-z'\u2019-]+),\s*([A-Z][A-Za-z'\u2019.-]*(?:\s+[A-Z][A-Za-z'\u2019.-]*)?)")


def forename_first(name: str) -> str:
    """"BARLOW, Julie" or "Lateman, Sam" as "Julie Barlow", "Sam Lateman":
    a surname written first, perhaps in capitals, put back after the
    forename. Anything else is left as it is."""
    found = _SURNAME_FIRST.fullmatch(name.strip())
    if not found:
        return name
    surname, forename = found.groups()
    if surname.isupper():
        surname = surname.title()
    return f"{forename} {surname}"
