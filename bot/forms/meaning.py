"""Recognising a label by what it means when its spelling is not listed.

`config/forms.yaml` lists the labels councils have been seen to use; the
next council's form brings new ones ("Overall quality of the observed
practice", "Family support worker", "Other children in the household").
So each field also has `meanings`: sets of words, any one of which, found
among a label's words in any order, says the label is about that field
("overall" with "quality" is an overall grade). A word ending in `*`
matches every word it begins (`moderat*`: moderated, moderation, moderator).

A label's score for a field is the share of the label's own words that the
field's word sets cover, so "Date of moderation" is more the moderation
date (date + moderat*) than the audit date (date alone), and a title naming
one field twice ("Recommendations and action plan", "Strengths and good
practice") means it as much as a title naming it once. The
best field is taken only when it scores at least `MINIMUM` and clearly
beats the next (`MARGIN`); a label that could be two fields is no label.
Callers then check that the value beside it looks like that field's value
(a grade, an identifier, a date) before they use it: a guessed label with a
value of the wrong shape is dropped, never read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .text import normalise

MINIMUM = 0.34
MARGIN = 0.15
# Longer than this, a text is a sentence or a question's guidance, not a label.
MAX_WORDS = 16
# Words that carry no meaning of their own in a label.
FILLER = frozenset(
    "a an and any are as at be for from has have if in is it its of on or our please s the their this to "
    "was were what which who with your across within between into throughout i me my"
    # a question's own words: "Did the review find anything that needs action today?"
    " that anything something there find keep following"
    # words that only weigh another: "Areas of particular strength"
    " particular particularly notable".split()
)

# Words that make a line the title of a part of the form, not one field's
# label; "about" only as its first word ("About the family", not "What are
# we worried about?").
_SECTION_TITLE = frozenset("information info summary section background overview profile".split())
_SECTION_OPENING = "about"


# Last words of the heading of a key or guidance printed on the form
# ("Rating key", "Grading scale"): what follows explains, it answers nothing.
_GUIDE = frozenset("key scale descriptors descriptor guidance guide".split())


@dataclass(frozen=True)
class Meaning:
    """The word sets of each field, as `config/forms.yaml` gives them."""

    sets: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def from_config(cls, raw: Mapping[str, Iterable[str]]) -> Meaning:
        """The word sets as written ("quality of practice"), less the words
        a label's reading drops ("of"), and "no" after a word read as the
        label's is, a number ("ref no" is "ref number", as "Ref no." is)."""
        return cls({field: tuple(tuple(normalise(word.rstrip("*")) + ("*" if word.endswith("*") else "")
                                       for word in _NUMBER_MARK.sub(" number", phrase).split()
                                       if normalise(word) not in FILLER)
                                 for phrase in phrases)
                    for field, phrases in raw.items()})

    def scores(self, text: str, fields: Iterable[str], *, joined: bool = True) -> list[tuple[float, str]]:
        """(score, field) for each of `fields` that `text` means at all,
        best first. A title of a part of the form ("Child's details", "About
        the family") names no one field. Not `joined`, a field scores by its
        one best word set: "Voice of children, young people and families"
        names children twice, but is no child's name."""
        words = _words(text)
        if len(words) >= 3 and words[0] == "summary" and not _SECTION_TITLE & set(words[1:]):
            # "Summary of activity observed": the activity, in a few words.
            words = words[1:]
        # ("Date of this summary" is a date, though a summary is a part.)
        if not words or len(words) > MAX_WORDS or (_SECTION_TITLE & set(words) and words[0] != "date") \
                or words[0] == _SECTION_OPENING \
                or words[-1] in _GUIDE:
            return []
        found = []
        for field in fields:
            covered = [_covered(words, phrase) for phrase in self.sets.get(field, ())]
            best = len(set().union(*covered)) if joined else max(map(len, covered), default=0)
            if best:
                found.append((best / len(words), field))
        return sorted(found, reverse=True)

    def field(self, text: str, fields: Iterable[str]) -> str | None:
        """The one field of `fields` that `text` clearly means, or None. A
        label opening with a possessive is about what it owns where taken
        whole it is unclear or clear only by its owner: "Worker's team" and
        "Social worker's team" are a team, "Auditor's judgement" a grade;
        "Moderator's grade" and "Child's Mosaic number" mean what they mean
        whole."""
        fields = tuple(fields)
        ranked = self.scores(text, fields)
        asked = self.asked(text)
        if asked is not None:
            # "Which team is the Lead Worker in?" asks for a team.
            mine = _clear(self.scores(asked, fields))
            if mine is not None and mine in {name for _, name in ranked}:
                return mine
        found = _clear(ranked) or self._by_last_word(text, ranked) or self._by_its_head(text, fields)
        owned = _POSSESSIVE.match(text)
        # ("Team of allocated worker" is the allocated worker's team: what
        # stands before "of" is what the label is, as in "Date of moderation".)
        of = _OWNED_OF.match(text) if owned is None else None
        if of is not None:
            whole = {name for _, name in ranked}
            owned = self.scores(of.group("owned"), fields)
            mine = _clear(owned)
            if found is None and not self.scores(of.group("owner"), fields) \
                    and {name for _, name in ranked} <= {name for _, name in owned}:
                # "Key strengths of the TAF": the owner's words name no field,
                # nor join the owned words in naming one ("Dates of sessions"),
                # only what the list is about.
                return mine
            return mine if found is not None and mine in whole - {found} \
                and found in {name for _, name in self.scores(of.group("owner"), fields)} \
                and not self._spans(text, _words(of.group("owned")), found) else found
        if owned is None or (found is not None
                             and (found not in {name for _, name in self.scores(owned.group("owner"), fields)}
                                  or self._spans(text, _words(owned.group("owner")), found))):
            return found
        # Unclear whole, or clear only by whose it is ("Social worker's team").
        return _clear(self.scores(owned.group("owned"), fields)) or found

    @staticmethod
    def asked(text: str) -> str | None:
        """What a "Which …?" or "What …?" question asks for: "Which child is
        the plan for?" asks for a child, "Which team is the Lead Worker in?" a
        team, "What theme is this review testing?" a theme."""
        found = _WHICH.match(text.strip())
        if found is None or found.group("asked").lower() in FILLER | _ASKING:
            return None  # ("What the practitioner did well", "What is working well?": no noun asked for)
        # ("Which team manager completed the audit?" asks for a manager.)
        after = found.group("after")
        return found.group("asked") + (f" {after}" if after and after.lower() in _PERSON_NOUNS else "")

    def _spans(self, text: str, first: tuple[str, ...], field: str) -> bool:
        """Whether one of `field`'s word sets takes words from both the
        label's `first` words and the rest: "Which service's audits were
        moderated?" means the service (its set "service audit* moderat*"),
        not the audits, as "Social worker's team" means the team."""
        words, owning = _words(text), len(first)
        return any(covered and min(covered) < owning <= max(covered)
                   for covered in (_covered(words, phrase) for phrase in self.sets.get(field, ())))

    def _by_its_head(self, text: str, fields: tuple[str, ...]) -> str | None:
        """The field a label's head word alone names when the words after it
        only say where or how it was found: "Strengths evident in the
        records", "Concerns noted during the visit". The head must mean the
        field whole ("Strengths"), never in part."""
        words = normalise(text).split()
        cut = next((place for place, word in enumerate(words) if place and word in _AFTER_THE_HEAD), None)
        if cut is None or cut > 2 or not words[cut - 1].endswith("s"):
            return None  # (a list's head is plural: "Child seen alone" asks a question of the child)
        ranked = self.scores(" ".join(words[:cut]), fields)
        return ranked[0][1] if ranked and ranked[0][0] == 1.0 and _clear(ranked) else None

    def _by_last_word(self, text: str, ranked: list[tuple[float, str]]) -> str | None:
        """Of two fields a label means equally (`ranked`, its scores), the
        one its last word names: in English the last word says what a thing
        is, the words before it which one ("Service actions" are actions, of
        the service)."""
        if len(ranked) < 2 or ranked[0][0] < MINIMUM or (FILLER - {"and"}) & set(normalise(text).split()):
            # (Only names put together: "Actions agreed with the lead
            # practitioner" are actions; "Learning and development plan" is
            # a plan, of learning and development.)
            return None
        words = _words(text)
        tied = [field for score, field in ranked if ranked[0][0] - score < MARGIN]
        if "and" in normalise(text).split() and any((words[-1],) in self.sets.get(field, ()) for field in tied):
            return None  # ("Team and service": two fields' names, not one named by the other)
        named = [field for field in tied
                 if any(len(words) - 1 in _covered(words, phrase) for phrase in self.sets.get(field, ()))]
        return named[0] if len(named) == 1 else None


# Words that open what follows a label's head, saying only where, when or how
# it was found ("evident in the records", "noted during the visit").
_AFTER_THE_HEAD = frozenset("evident identified noted seen found observed recorded highlighted shown demonstrated "
                            "apparent evidenced arising".split())


def _clear(ranked: list[tuple[float, str]]) -> str | None:
    """The best of `ranked` when it is good enough and clearly best."""
    if not ranked or ranked[0][0] < MINIMUM:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0][1]


# A word that says something is shared between agencies: "multi-agency",
# "inter-agency", "cross-agency", one word as it describes what follows.
_ACROSS_AGENCIES = re.compile(r"(?i)\b(multi|inter|cross)[-\u2010\u2011\u2013 ]+(?=agenc)")


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    """The label's words that carry meaning: a note in brackets ("(Y/N)",
    "(action – who – by when)") says how to answer, not what the box is.
    A question about a person is read as the label it stands for: "Who
    observed?" is the one observed *by*, "Who was observed?" and "Whose
    practice was observed?" the *person* observed; "Record no." is a
    record number."""
    text = re.sub(r"\((?![a-z]{1,3}\))[^)]*\)", " ", text)  # "Child(ren)" keeps its word
    text = _NUMBER_MARK.sub(" number", text)
    # ("Multi-agency actions" are actions that several agencies share, no
    # list of agencies.)
    text = _ACROSS_AGENCIES.sub(r"\1", text)
    text = _WHOSE_DONE.sub(r"whose \g<owned> ", text)
    text = _WHO_WAS.sub("person ", text)
    text = _WHO_DID.sub(r"\g<verb> by ", text)
    # "When did the move take effect?" asks its date; "Which way did the
    # family move?" the move's direction.
    text = _WHEN.sub("date ", text)
    text = _WHICH_WAY.sub("direction ", text)
    # "How well did we do it?" asks how good the work was, no strength
    # ("did well") of it.
    text = _HOW_WELL.sub("quality ", text)
    # "What kind of session was it?" asks its type.
    return tuple(_SYNONYMS.get(word, word) for word in normalise(text).split() if word not in FILLER)


_SYNONYMS = {"kind": "type", "sort": "type"}
_WHEN = re.compile(r"(?i)^\W*when(?=\s+(?:did|does|do|was|were|is|will|has|have)\b)")
_WHICH_WAY = re.compile(r"(?i)\bwhich way\b")
_HOW_WELL = re.compile(r"(?i)^\W*how\s+well\b")


# "Worker's team", "Social worker’s name": what a label's opening possessive
# owns ("Is there evidence that the child's circumstances have improved?"
# is no label of circumstances).
_POSSESSIVE = re.compile(r"^\W*(?P<owner>(?:\w+\s+)?\w+)['\u2019]s\s+(?P<owned>[^'\u2019]+)$")
# "Which child is the plan for?": the one word after "which" or "what".
_WHICH = re.compile(r"(?i)^(?:\d+[.)]?\s+)?(?:which|what)\s+(?P<asked>\w+)\b(?:\s+(?P<after>\w+))?[^?]*\??$")
_ASKING = frozenset("is are was were did does do has have had would could should will can may went needs need "
                    "happened happens made makes".split())
_PERSON_NOUNS = frozenset("manager managers worker workers leader lead officer practitioner member head supervisor "
                          "director".split())
# "Team of allocated worker": one or two words owned by what follows "of".
_OWNED_OF = re.compile(r"(?i)^\W*(?P<owned>\w+(?:\s+\w+)?)\s+of\s+(?:the\s+)?(?P<owner>\w[\w\s'\u2019-]*?)\W*$")
_AUXILIARY = r"(?:was|were|is|are|being|been|has|have|had|will|would|should|did|does|do)"
# "Who observed?", "Who completed the audit?": the doer.
_WHO_DID = re.compile(rf"(?i)^\W*who\s+(?!{_AUXILIARY}\b)(?P<verb>\w+)")
# "Who was observed?": the one it was done to.
_WHO_WAS = re.compile(rf"(?i)^\W*who\s+{_AUXILIARY}\b")
# "Whose practice was observed?": whose practice, whatever was done to it.
_WHOSE_DONE = re.compile(rf"(?i)^\W*whose\s+(?P<owned>\w+)\s+{_AUXILIARY}\s+\w+")
# "Record no.", "Ref. No:", "Case #": a number.
_NUMBER_MARK = re.compile(r"(?i)(?<=\w)\s*(?:\bno\b\.?|#)(?=\s*[:.]?\s*$)")


def _covered(words: tuple[str, ...], phrase: tuple[str, ...]) -> set[int]:
    """The places of `words` the phrase covers, or none unless every word of
    the phrase is among them."""
    used: set[int] = set()
    for wanted in phrase:
        prefix = wanted[:-1] if wanted.endswith("*") else None
        # "childs" (Child's, folded), "parents" and "families" are the words
        # they end in.
        match = next((index for index, word in enumerate(words) if index not in used
                      and (word.startswith(prefix) if prefix else word in _forms(wanted))), None)
        if match is None:
            return set()
        used.add(match)
    return used


@lru_cache(maxsize=4096)
def _forms(word: str) -> tuple[str, ...]:
    """`word` and its plural: "parent", "parents"; "family", "families"."""
    plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in tuple("aeiou") else word + "s"
    return word, word + "s", plural
