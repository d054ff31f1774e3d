"""Keeping personal data out of everything the bot keeps.

The 2018 framework asks for trackers "anonymised – using case numbers". A
form carries the child's name, family names, date of birth and address in
labelled boxes; those values are never kept, and are used to remove the
same data wherever it was also written in free text:

- the child's full name, first name and surname become "the child"
  (possessive "Tyler's" becomes "the child's"; "The child" at the start of a
  sentence);
- family members' names become "[name]", as does a title with any of the
  child's names ("Mrs Smith");
- the date of birth in any spelling becomes "[date of birth]";
- the address, its lines and its street become "[address]";
- anything shaped like a UK postcode becomes "[postcode]", address box or not.

Staff names (auditor, practitioner) are not personal data of the family and
are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .dates import find_dates, parse_date

CHILD = "the child"
NAME = "[name]"
DATE_OF_BIRTH = "[date of birth]"
ADDRESS = "[address]"
POSTCODE = "[postcode]"

POSTCODE_PATTERN = re.compile(
    r"(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][A-HJKPSTUW0-9]? ?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?"
_POSSESSIVE = r"(?P<possessive>['\u2019]s)?"
# Words that appear in name boxes but are not names.
_NOT_NAMES = {
    "mother", "mum", "father", "dad", "parent", "parents", "carer", "carers", "step", "stepfather",
    "stepmother", "brother", "sister", "sibling", "siblings", "half", "maternal", "paternal", "grandmother",
    "grandfather", "nan", "grandad", "aunt", "uncle", "partner", "and", "the", "unknown", "not", "known",
    "n/a", "na", "none", "aged", "age", "years", "year", "yrs", "months", "baby", "unborn", "child", "mr",
    "mrs", "ms", "miss", "mx", "dr", "of", "with", "son", "daughter", "twin", "twins", "foster",
}  # fmt: skip
_SENTENCE_START = re.compile(r"(?:^|[.!?:]\s+|\n\s*|[\u2022*-]\s+)$")


@dataclass
class PersonalData:
    """The personal values read from a form's labelled boxes."""

    child_names: list[str] = field(default_factory=list)
    family_names: list[str] = field(default_factory=list)
    dates_of_birth: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)


def _names(values: list[str]) -> list[str]:
    """Split name boxes ("Jane Smith (mother), Mark Smith") into names."""
    names = []
    for value in values:
        without_notes = re.sub(r"\([^)]*\)|\d+", " ", value)
        for part in re.split(r"[,;/&\n]|\band\b", without_notes):
            words = [word for word in re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", part) if word.casefold() not in _NOT_NAMES]
            if words:
                names.append(" ".join(words))
    return names


def _words(names: list[str]) -> set[str]:
    return {word for name in names for word in name.split() if len(word) >= 2}


def _word_forms(word: str) -> str:
    """A name as people write it: as given, Capitalised or in capitals.
    Lower case is left alone, so "Will" and "May" do not eat "will" and "may"."""
    forms = {word, word[:1].upper() + word[1:].lower(), word.upper()}
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))


def _full_name_pattern(names: list[str]) -> re.Pattern[str] | None:
    multi = sorted({name for name in names if " " in name}, key=len, reverse=True)
    if not multi:
        return None
    alternatives = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in multi)
    return re.compile(rf"(?<![\w])(?:{alternatives}){_POSSESSIVE}(?![\w])", re.IGNORECASE)


def _word_pattern(words: set[str], prefix: str = "") -> re.Pattern[str] | None:
    """Any of `words` as a whole word, after `prefix` (a pattern) if given."""
    if not words:
        return None
    alternatives = "|".join(_word_forms(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w]){prefix}(?:{alternatives}){_POSSESSIVE}(?![\w])")


class Redactor:
    """Removes one form's personal data from any text."""

    def __init__(self, personal: PersonalData):
        child = _names(personal.child_names)
        family = _names(personal.family_names)
        self._child_full = _full_name_pattern(child)
        self._family_full = _full_name_pattern(family)
        child_words, family_words = _words(child), _words(family)
        self._titled = _word_pattern(child_words | family_words, prefix=_TITLES + r"\s+")
        self._child_words = _word_pattern(child_words)
        self._family_words = _word_pattern(family_words - child_words)
        self._births: list[date] = []
        self._birth_texts: list[str] = []
        for value in personal.dates_of_birth:
            found = parse_date(value)
            if found and found.value:
                self._births.append(found.value)
            elif value.strip():
                self._birth_texts.append(value.strip())
        self._address = self._address_pattern(personal.addresses)

    @staticmethod
    def _address_pattern(addresses: list[str]) -> re.Pattern[str] | None:
        parts: set[str] = set()
        for address in addresses:
            lines = [line.strip(" ,.") for line in re.split(r"[,\n]", address) if line.strip(" ,.")]
            if lines:
                parts.add(", ".join(lines))
            for line in lines:
                # A line with a number or of two words or more identifies a
                # home; a town alone ("Rochdale") does not.
                if re.search(r"\d", line) or len(line.split()) >= 2:
                    parts.add(line)
                street = re.sub(r"^(?:flat\s+\w+,?\s*)?\d+[a-z]?\s+", "", line, flags=re.IGNORECASE)
                if street != line and len(street.split()) >= 2:
                    parts.add(street)
        if not parts:
            return None
        alternatives = "|".join(
            r"[\s,]+".join(re.escape(word) for word in re.split(r"[\s,]+", part)) for part in sorted(parts, key=len, reverse=True)
        )
        return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])", re.IGNORECASE)

    @classmethod
    def blank(cls) -> Redactor:
        """A redactor that knows no names: it removes postcodes only."""
        return cls(PersonalData())

    def redact(self, text: str | None) -> str | None:
        """`text` with this form's personal data replaced; None stays None."""
        if not text:
            return text
        if self._address:
            text = self._address.sub(ADDRESS, text)
        text = POSTCODE_PATTERN.sub(POSTCODE, text)
        text = self._redact_births(text)
        if self._child_full:
            text = self._child_full.sub(self._as_child, text)
        if self._family_full:
            text = self._family_full.sub(self._as_name, text)
        if self._titled:
            text = self._titled.sub(self._as_name, text)
        if self._child_words:
            text = self._child_words.sub(self._as_child, text)
        if self._family_words:
            text = self._family_words.sub(self._as_name, text)
        return text

    def _redact_births(self, text: str) -> str:
        for literal in self._birth_texts:
            text = re.sub(re.escape(literal), DATE_OF_BIRTH, text, flags=re.IGNORECASE)
        if not self._births:
            return text
        for match in reversed(find_dates(text)):
            if match.value in self._births:
                text = text[: match.start] + DATE_OF_BIRTH + text[match.end :]
        return text

    @staticmethod
    def _as_name(match: re.Match[str]) -> str:
        return NAME + ("'s" if match.group("possessive") else "")

    @staticmethod
    def _as_child(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        words = CHILD + ("'s" if match.group("possessive") else "")
        if _SENTENCE_START.search(before):
            words = words[0].upper() + words[1:]
        return words
