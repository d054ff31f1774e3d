"""Reading an Ofsted judgement however a form writes it.

2025 framework §2.4: the ILACS judgements are used "for recording the
findings of the file audit": Outstanding, Good, Requires Improvement to be
Good, Inadequate. Forms write them as words (`RI`, `REQUIRES IMPROVEMENT`,
`Good.`), as ticked boxes (`☐ Outstanding ☒ Good ...`), or as a drop-down's
chosen item. The spellings come from `config/forms.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .document import BOXES, TICKED
from .text import SPACED_DASH, normalise


@dataclass(frozen=True)
class Reading:
    """What a piece of text says about a choice.

    `value` is the chosen option (a grade, or True/False for a yes/no),
    or None. `problem` says why there is no value although the text was not
    empty: "none chosen" (the options are listed, none is marked) or
    "several chosen".
    """

    value: object = None
    problem: str | None = None


NONE_CHOSEN = "none chosen"
SEVERAL_CHOSEN = "several chosen"
UNCLEAR = "unclear"


# What stands between options printed in a row: "Good / RI | Inadequate".
_OPTION_SEPARATOR = re.compile(r"\s*[/|;]\s*")
_SEPARATED = re.compile(r"[/|;]\s*$")


def ticked_options(text: str) -> tuple[list[str], list[str]] | None:
    """Read `☐ A ☒ B` (box before) or `A ☐ B ☒` (box after).

    Return (chosen labels, all labels), or None when `text` has no boxes.
    """
    if not any(box in text for box in BOXES):
        return None
    pieces = re.split(f"([{BOXES}])", text.strip())
    # pieces alternate text, box, text, box, text; the first and last may be
    # empty. Text ending in a colon before the first box is a prompt, the
    # boxes before their labels ("quality of practice: ☐ Good ☒ RI"); so is
    # a question or a note in brackets ("(If yes, refer at once) ☐ Yes ☒ No").
    box_first = pieces[0].strip() == "" or pieces[0].strip().endswith((":", "?", ")"))
    chosen: list[str] = []
    options: list[str] = []
    for index in range(1, len(pieces), 2):
        box = pieces[index]
        label = pieces[index + 1] if box_first else pieces[index - 1]
        if box_first:
            # ("☒ Outstanding / Good / RI": the option the box stands before.)
            label = _OPTION_SEPARATOR.split(label.strip())[0]
        elif _SEPARATED.search(pieces[index - 1]) and pieces[index + 1].strip() \
                and not _OPTION_SEPARATOR.match(pieces[index + 1]):
            # "Outstanding / ☒ Good / Requires improvement": a box just after
            # the options' separator marks the option after it.
            label = _OPTION_SEPARATOR.split(pieces[index + 1].strip())[0]
        else:
            # ("Outstanding / Good / RI ☒ / Inadequate": the option just before the box.)
            label = _OPTION_SEPARATOR.split(label.strip())[-1]
        label = label.strip(" \t\n/|,;:-")
        if not label:
            continue
        options.append(label)
        if box == TICKED:
            chosen.append(label)
    return chosen, options


# Shortened judgements, read by their shape rather than listed one by one:
# "Req. Imp.", "Requires imp", "Inadeq.", "Outst." (folded: "req imp",
# "inadeq"). The first word must be at least three letters of the grade's
# own first word, so a stray "in" or "out" is never a grade.
_ABBREVIATED = (
    ("Requires Improvement to be Good", re.compile(r"(?:(?:req|requ|requi|requir|require|requires?)s? imp[a-z]*"
                                                   r"(?: to be good)?|r i(?: t b g| 2 b g)?)(?![0-9a-z])")),
    ("Inadequate", re.compile(r"inad(?:e|eq|equ|equa|equat)?(?![0-9a-z])")),
    ("Outstanding", re.compile(r"outst(?:a|an|and|andi|andin)?(?![0-9a-z])")),
)
# The grades' initials, heading a matrix's columns side by side.
_INITIALS = {"o": "Outstanding", "g": "Good", "ri": "Requires Improvement to be Good",
             "r i": "Requires Improvement to be Good", "i": "Inadequate"}
# "1 = Outstanding", "2 - Good", "3. Requires improvement", "(4) Inadequate":
# a key printed on the form for a numbered scale.
# (In a table's row each may stand in a cell of its own: "Grading key | 1 |
# Outstanding | 2 | Good | …".)
_KEY_ENTRY = re.compile(r"(?<![0-9])\(?([1-4])\)?\s*(?:[=:.\-\u2013\u2014|]|is)?\s*([A-Za-z][A-Za-z .'\u2019]*?)"
                        # (its initials after it: "1 = Outstanding (O)")
                        r"(?:\s*\([A-Za-z.]{1,4}\))?"
                        r"(?=\s*[,;|/\n\u00b7\u2022]|\s+\(?[1-4](?![0-9])|\s*$)")


# A numbered title: the number, its full stop or bracket, then words.
_NUMBERED_TITLE = re.compile(r"\s*\d{1,2}[.)]\s+[A-Za-z]+\s+[A-Za-z]")
_COUNT = re.compile(r"(?i)\s*\d{1,3}\s+(?:of|out\s+of)\s+\d{1,3}\b")
# "O = Outstanding  G = Good ...", "O – Outstanding | G – Good | …", and
# colours: "Blue = Outstanding  Green = Good ...".
_LETTER_KEY_ENTRY = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,8})\s*(?:[=:]|[-\u2013\u2014](?=\s))\s*"
                               r"([A-Za-z][A-Za-z .'\u2019]*?)"
                               r"(?=\s+[A-Za-z]{1,8}\s*[=:]|\s*[,;|/\n]|\s*$)")


# An entry of any numbered scale's key: "5 = seen throughout".
_SCALE_ENTRY = re.compile(r"(?<![0-9])(\d{1,2})\s*=\s*([A-Za-z][^,;|\n]*)")

# One row of a key printed as a table: a mark (a number, letters or a
# colour) and the grade it stands for.
_KEY_ROW = re.compile(r"([A-Za-z0-9]{1,8})\s*(?:[|=:\-\u2013])\s*([A-Za-z][A-Za-z .'\u2019|]*)")
# The same with the grade alone in its cell and a description of it after
# (not the next entry of a key printed across: "1 = Outstanding | 2 = Good").
_DESCRIBED_KEY_ROW = re.compile(r"([A-Za-z0-9]{1,8})\s*(?:[|=:\-\u2013])\s*([A-Za-z][A-Za-z '\u2019]*?)\s*\|[^=]*")
# Or after a spaced dash in its own cell: "4 = Outstanding – practice is
# exceptional; the family's life has clearly changed".
# (Or the mark in a cell of its own: "1 | Outstanding – agencies together …".)
_DASHED_KEY_ROW = re.compile(r"([A-Za-z0-9]{1,8})\s*[=:|]\s*([A-Za-z][A-Za-z '\u2019]*?)\s+[-\u2013\u2014]\s+[^=]*")
# Or the grade first and its mark in the next cell, perhaps its description
# after: "Outstanding | 1 | Practice exceeds good …".
_GRADE_FIRST_KEY_ROW = re.compile(r"([A-Za-z][A-Za-z '\u2019]*?)\s*\|\s*([0-9]{1,2}|[A-Za-z]{1,2})\s*(?:\|[^=]*)?")


class GradeReader:
    """Finds grades in text using the spellings in `config/forms.yaml`.

    Spellings are matched as whole words, longest first, so "Requires
    improvement to be good" is never read as Good. A text that names no
    spelling may still start with a shortened judgement ("Req. Imp."), or
    be a number on a scale whose key the form prints (`learn_key`).
    """

    def __init__(self, spellings: Mapping[str, Iterable[str]], fold: Callable[[str], str] = normalise):
        self._fold = fold
        key = tuple((grade, tuple(names)) for grade, names in spellings.items())
        self._grade_of, self._pattern = _compiled(key)
        self.grades = tuple(spellings)
        self.key: dict[str, str] = {}
        # A key of the form's own scale that names none of the grades ("1 =
        # not seen, 3 = seen some of the time, 5 = seen throughout").
        self.other_scale = False
        # The rows of a key printed down a column: guidance, not answers.
        self.key_rows: frozenset[str] = frozenset()

    def learn_key(self, texts: Iterable[str]) -> None:
        """Remember a scale's key ("1 = Outstanding ... 4 = Inadequate", "O
        = Outstanding  G = Good  RI = Requires Improvement  In =
        Inadequate") when one of `texts` prints three or more marks each
        standing for a different grade; a lone mark is then read by it."""
        column: dict[str, str] = {}
        rows: list[str] = []
        for text in texts:
            # A key printed down a column, one mark a row ("Green | Good").
            entry = self._key_row(text.strip())
            if entry is not None:
                column.setdefault(*entry)
                rows.append(text.strip())
                if len(column) >= 3 and len(set(column.values())) == len(column):
                    self.key, self.key_rows = dict(column), frozenset(rows)
                continue
            if len(column) >= 3:
                return
            column, rows = {}, []
            found = self._key_in(text)
            scale = _SCALE_ENTRY.findall(text)
            if len(scale) >= 2 and not any(self.grades_in(words) for _, words in scale):
                self.other_scale = True
            if found:
                self.key = found
                return

    def is_key(self, text: str) -> bool:
        """Whether `text` prints a key of marks for three grades or more
        ("Key: 1 = Outstanding  2 = Good  3 = …"): guidance, no answer."""
        return bool(self._key_in(text))

    def _key_in(self, text: str) -> dict[str, str]:
        """The marks `text` prints a key for, each to a different grade, or
        {} when it names fewer than three."""
        entries = _KEY_ENTRY.findall(text) if any(character.isdigit() for character in text) else []
        if len(entries) < 3:
            entries = _LETTER_KEY_ENTRY.findall(text)
        found: dict[str, str] = {}
        for number, words in entries:
            grades = set(self.grades_in(words))
            if len(grades) == 1:
                found.setdefault(number.casefold(), grades.pop())
        return found if len(found) >= 3 and len(set(found.values())) == len(found) else {}

    def _key_row(self, text: str) -> tuple[str, str] | None:
        """(mark, grade) when `text` is one row of a key printed down a
        column: "Green | Good", or "2 = Good | Agencies work well together;
        …" with the grade's description in the next cell."""
        described = _DESCRIBED_KEY_ROW.fullmatch(text) or _DASHED_KEY_ROW.fullmatch(text)
        if described:
            grades = set(self.grades_in(described.group(2)))
            if len(grades) == 1:
                return described.group(1).strip().casefold(), grades.pop()
        entry = _KEY_ROW.fullmatch(text)
        grades = set(self.grades_in(entry.group(2))) if entry else set()
        if len(grades) == 1:
            return entry.group(1).strip().casefold(), grades.pop()
        entry = _GRADE_FIRST_KEY_ROW.fullmatch(text)
        grades = set(self.grades_in(entry.group(1))) if entry else set()
        return (entry.group(2).strip().casefold(), grades.pop()) if len(grades) == 1 else None

    def grades_in(self, text: str) -> list[str]:
        """Every grade named in `text`, in order of appearance (never "good"
        in "What good looks like", the printed prompt of an area)."""
        return [self._grade_of[match.group(1)] for match in self._pattern.finditer(self._fold(_WHAT_GOOD.sub(" ", text)))]

    def is_grade(self, text: str) -> bool:
        """True when `text` is nothing but one grade's spelling."""
        return self._fold(text) in self._grade_of

    def is_written_grade(self, text: str) -> bool:
        """True when `text` is nothing but one grade, spelt out or shortened
        ("Req. improvement", "R.I.")."""
        folded = self._fold(text)
        return self.is_grade(text) or (len(folded.split()) <= 3 and any(
            pattern.fullmatch(folded) for _, pattern in _ABBREVIATED))

    def _spellings_of(self, grades: set[str]) -> list[str]:
        return [spelling for spelling, grade in self._grade_of.items() if grade in grades]

    def heads_column(self, text: str) -> str | None:
        """The grade a header cell of a grade matrix stands for: one grade's
        spelling, perhaps with its number or a few words of description
        ("Outstanding (1)", "2 - Good", "Good: meets expectations")."""
        if self.is_grade(text):
            return self._grade_of[self._fold(text)]
        folded = self._fold(text)
        if folded in self.key:
            return self.key[folded]  # "G", "3": a column headed by the form's own key
        if not folded or len(folded.split()) > 8 or (text.strip().endswith(".") and len(folded.split()) > 4):
            return None  # (nor a sentence: "Good balance of support and challenge is evident.")
        parts = SPACED_DASH.split(text, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) <= 2 and self.is_grade(parts[1].strip()):
            # "Out – Outstanding", "RI – Requires Improvement to be Good": a
            # key's mark and the grade it stands for.
            return self._grade_of[self._fold(parts[1].strip())]
        found = set(self.grades_in(text))
        start = re.sub(r"^(?:(?:grade|level|score|rating)\b)?[\d\s().=:\-\u2013]*", "", folded)
        if found and not any(start.startswith(self._fold(spelling)) for spelling in self._spellings_of(found)):
            found = set()  # "What good looks like" heads no grade's column
        if not found and len(folded.split()) <= 3:
            # "Out | Good | RI | Inad": the grades shortened in a header.
            found = {grade for grade, pattern in _ABBREVIATED if pattern.fullmatch(folded)}
            if folded in ("out", "outs"):
                found = {"Outstanding"}
        return found.pop() if len(found) == 1 else None

    def initials_listed(self, text: str) -> bool:
        """Whether `text` is only the grades' initials printed to choose
        from, three or more of them ("O  G  RI  I", "I / RI / G / O")."""
        tokens = [token for token in re.split(r"[\s/|,]+", self._fold(text)) if token]
        found = [_INITIALS.get(token) for token in tokens]
        return len(tokens) >= 3 and all(found) and len(set(found)) == len(found)

    def shortened_listed(self, text: str) -> bool:
        """Whether `text` is only the grades printed to choose from, some or
        all of them shortened, three or more ("Outst. Good RI Inad.")."""
        folded = self._fold(text)
        found = self.grades_in(text)
        rest = [token for token in re.split(r"[\s/|,]+", self._pattern.sub(" ", folded)) if token]
        for token in rest:
            shortened = [grade for grade, pattern in _ABBREVIATED if pattern.fullmatch(token)]
            if len(shortened) != 1:
                return False
            found.append(shortened[0])
        return len(found) >= 3 and len(set(found)) == len(found)

    def initial(self, text: str) -> str | None:
        """The grade one initial stands for ("G"), where the initials are
        printed together."""
        return _INITIALS.get(self._fold(text).strip())

    def heads_columns(self, texts: Iterable[str]) -> list[str | None]:
        """`heads_column` for each cell of a header row. The grades'
        initials ("O | G | RI | I") head their columns where three or more
        stand in the row, each once: alone, a letter is no grade."""
        texts = list(texts)
        heads = [self.heads_column(text) for text in texts]
        initials = [_INITIALS.get(self._fold(text)) for text in texts]
        # (Or among the grades written out: "Outstanding | G | RI | Inadequate".)
        together = [head or initial for head, initial in zip(heads, initials)]
        found = [grade for grade in together if grade]
        if len(set(found)) >= 3 and len(found) == len(set(found)) and any(initials):
            heads = together
        return heads

    def read(self, text: str) -> Reading:
        """The grade `text` gives.

        Ticked boxes decide where there are boxes. Otherwise a text that
        starts with a grade ("Good - some drift in planning") gives it; a text
        naming one grade gives it; a text listing three or more grades with
        none marked is an unanswered option list, not the first option.
        """
        ticks = ticked_options(text)
        if ticks is not None:
            chosen, options = ticks
            # ("R.I. ✓ agreed": a shortened grade ticked.)
            grades = {grade for label in chosen
                      for grade in self.grades_in(label) or filter(None, [self._by_shape(self._fold(label)).value])}
            if len(grades) == 1:
                return Reading(grades.pop())
            if not grades:
                return Reading(problem=NONE_CHOSEN if any(self.grades_in(option) for option in options) else None)
            return Reading(problem=SEVERAL_CHOSEN)
        folded = self._fold(text)
        if not folded:
            return Reading()
        found = self.grades_in(text)
        distinct = set(found)
        if not found:
            if _NUMBERED_TITLE.match(text) or _COUNT.match(text):
                # "1. Working with the family": a numbered title, not a 1 on
                # the scale; "1 of 6": a count.
                return Reading()
            bracketed = {self._grade_of[self._fold(inner)] for inner in re.findall(r"\(([^()]+)\)", text)
                         if self.is_grade(inner)}
            if len(bracketed) == 1:
                # "… I would give this family's Early Help a 2 (Requires
                # improvement).": the grade spelt out in brackets after its
                # number on the form's scale.
                return Reading(bracketed.pop())
            reading = self._by_shape(folded)
            label, colon, written = text.partition(":")
            if reading.value is None and colon and written.strip() and len(re.sub(r"\([^)]*\)", "", label)) <= 60:
                # "Grade for this section: r.i. — recording is behind", "… (delete
                # as appropriate): Req. Imp."
                reading = self._by_shape(self._fold(written))
            dashed = SPACED_DASH.split(text, maxsplit=1)
            if reading.value is None and len(dashed) == 2 and len(dashed[0].split()) <= 4:
                # "Do not agree – Req. improvement": a moderator's word on the
                # auditor's grade, then their own.
                reading = self._by_shape(self._fold(dashed[1]))
            return reading
        if len(distinct) >= 3 or self.shortened_listed(text):
            return Reading(problem=NONE_CHOSEN)
        match = self._pattern.match(folded)
        if match:
            return Reading(self._grade_of[match.group(1)])
        if len(distinct) == 1:
            return Reading(found[0])
        return Reading(problem=UNCLEAR)


    def _by_shape(self, folded: str) -> Reading:
        """A shortened judgement at the start of the text, or a number on
        the form's own scale ("2", "Grade 2", "2 - see notes"); the whole
        scale listed ("Grade 1 / Grade 2 / Grade 3 / Grade 4") is a choice
        not yet made."""
        for grade, pattern in _ABBREVIATED:
            if pattern.match(folded):
                return Reading(grade)
        if self.key:
            marks = {mark for mark in re.findall(r"(?<![0-9a-z])([1-4]|[a-z]{1,8})(?![0-9a-z])", folded)
                     if mark in self.key}
            if len(marks) >= 3:
                return Reading(problem=NONE_CHOSEN)
            if len(marks) == 2 and all(token in self.key for token in folded.split()):
                return Reading(problem=UNCLEAR)  # "2 1": two marks on the scale, neither struck out
            number = re.match(r"(?:grade |score |level |rating )?([1-4]|[a-z]{1,8})(?![0-9a-z])", folded)
            if number and number.group(1) in self.key:
                return Reading(self.key[number.group(1)])
        return Reading()


# "What good looks like: …", "What good practice looks like": an area's
# printed prompt, which names no grade.
_WHAT_GOOD = re.compile(r"(?i)\bwhat\s+good\s+(?:practice\s+|help\s+|support\s+)?(?:looks|would\s+look)\s+like\b")


@lru_cache(maxsize=8)
def _compiled(spellings: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Spelling -> grade, and one pattern for them all, longest first.
    Cached: the spellings are configuration, the same for every form."""
    pairs = [(normalise(spelling), grade) for grade, names in spellings for spelling in names]
    pairs = [(spelling, grade) for spelling, grade in pairs if spelling]
    pairs.sort(key=lambda pair: len(pair[0]), reverse=True)
    alternatives = "|".join(re.escape(spelling) for spelling, _ in pairs)
    return dict(pairs), re.compile(r"(?<![0-9a-z])(" + alternatives + r")(?![0-9a-z])")


def read_yes_no(text: str, yes_words: Iterable[str], no_words: Iterable[str]) -> tuple[Reading, str]:
    """Read a yes/no answer and any detail written after it.

    Return (reading, detail). "☒ Yes ☐ No", "Yes - referred to MASH",
    "No", "None identified" all work; the reading's value is True, False or
    None (no answer).
    """
    yes = {normalise(word) for word in yes_words}
    no = {normalise(word) for word in no_words}
    ticks = ticked_options(text)
    if ticks is not None:
        chosen, _ = ticks
        answers = {normalise(label) in yes for label in chosen if normalise(label) in yes | no}
        remainder = re.sub(f"[{BOXES}]", " ", text)
        for label in ticks[1]:
            if normalise(label) in yes | no:
                remainder = remainder.replace(label, " ", 1)
        detail = remainder.strip(" \t\n/|,;:-.")
        if len(answers) == 1:
            return Reading(answers.pop()), detail
        return Reading(problem=SEVERAL_CHOSEN if answers else NONE_CHOSEN), detail
    stripped = text.strip()
    folded = normalise(stripped)
    if not folded:
        return Reading(), ""
    options = [part for part in re.split(r"[\s/|,]+", stripped.casefold()) if part]
    if {normalise(part) for part in options} <= yes | no | {"n", "a", "na", "n/a"} \
            and any(normalise(part) in yes for part in options) and any(normalise(part) in no for part in options):
        return Reading(problem=NONE_CHOSEN), ""  # "Yes / No": the choices printed, none made
    for words, answer in ((yes, True), (no, False)):
        for word in sorted(words, key=len, reverse=True):
            if folded == word or folded.startswith(word + " "):
                detail = _after_words(stripped, word)
                return Reading(answer), detail
    return Reading(problem=UNCLEAR), stripped


def _after_words(text: str, words: str) -> str:
    """`text` without its leading `words` (normalised) and the punctuation after them."""
    pattern = r"^[\W_]*" + r"[\W_]+".join(re.escape(word) for word in words.split()) + r"(?![0-9A-Za-z])"
    match = re.match(pattern, text, re.IGNORECASE)
    rest = text[match.end():] if match else text
    return rest.strip(" \t\n/|,;:-.\u2013\u2014")
