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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources

from .dates import find_dates, parse_date
from .document import Table
from .text import is_role, normalise

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

# The safety net: people named anywhere on a form, whatever its labels say,
# by the words around them ("his brother Kai", "Mia (6)", "Leo, aged 4",
# "Ava (DOB 03/04/2019)"). A family member is often named only in passing,
# under a heading the bot does not know; redacting a professional's first
# name by mistake costs far less than printing a child's.
_KIN_PREFIX = r"(?:half|step|older|younger|elder|baby|twin|big|little|maternal|paternal|foster|kinship)?[ -]?"
_RELATIVES = (r"brothers?|sisters?|siblings?|sons?|daughters?|twins?|babies|baby|cousins?|nieces?|nephews?"
              r"|mother|mum|mummy|father|dad|daddy|grandmother|grandfather|grandparents?|nan|nana|nanna"
              r"|grandma|gran|grandad|grandpa|aunt|auntie|aunty|uncle|boyfriend|girlfriend|carers?")
_KIN = rf"{_KIN_PREFIX}(?:{_RELATIVES}|parents?|partner|children|child|kids?|friend)"
# "Kai", "McAllister", "O'Neill", "Tattersall-Ward".
_NAME_PART = r"[A-Z][a-z'\u2019]*[A-Z]?[a-z'\u2019]+"
_NAME_WORD = rf"{_NAME_PART}(?:-{_NAME_PART})?"
_NAME = rf"(?:{_TITLES}\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD})?"
_NAME_LIST = rf"{_NAME}(?:\s*\([^)]{{0,30}}\))?(?:\s*(?:,|&|\band\b)\s*{_NAME}(?:\s*\([^)]{{0,30}}\))?)*"
# "Children, Young People and Families": a service's name lists kinds of
# people, not anyone's name; "Children Looked After and Care Leavers", the
# children a service is for.
_AFTER_KIN = re.compile(rf"(?i:\b{_KIN})[,:]?\s+(?!(?i:young people|families|parents|carers|adults|looked after)\b)"
                        rf"(?:(?i:called|named|known as)\s+)?(?P<names>{_NAME_LIST})")
_KNOWN_AS = re.compile(rf"(?i:\bknown as|\baka|\ba\.k\.a\.?|\bnickname|\bpreferred name)\s*[:\-]?\s*[\"'\u201c\u2018]?(?P<names>{_NAME})")
_AGE = r"(?:(?i:aged?)\s*)?\d{1,2}(?:\s*(?i:years?|yrs?|y/?o|months?|mths?|weeks?))?(?:\s*(?i:old))?"
# After a name, only words that name a relative ("Kai | brother | 4",
# "Dean Jones (father)"): "Children in Care" and "Partner agencies" are no one.
_RELATIVE = rf"{_KIN_PREFIX}(?:{_RELATIVES}|parent)"
_BEFORE_KIN = re.compile(rf"(?<![\w'])(?P<names>{_NAME})\s*[(,|\u2013-]\s*(?i:{_RELATIVE})\b(?![ \t]+[A-Z])")
_WITH_AGE = re.compile(rf"(?<![\w'])(?P<names>{_NAME})(?:\s*\(\s*{_AGE}\s*\)|,?\s+(?i:aged)\s+\d)")
_WITH_BIRTH = re.compile(rf"(?<![\w'])(?P<names>{_NAME})\s*[(,]?\s*(?i:d\.?\s?o\.?\s?b\.?|born|date of birth)\b")
_BIRTH = re.compile(r"(?i:\bd\.?\s?o\.?\s?b\.?|\bborn(?:\s+on)?|\bdate of birth)\s*[:\-]?\s*(?P<date>[^,;()\n]{6,34})")
_STREET = re.compile(
    r"\b(?:flat\s+\w+,?\s*)?\d{1,4}[a-z]?,?\s+(?:[A-Z][a-z']+\s+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Drive|Way|Court|Crescent|Place|Grove|Gardens|Terrace|Walk|Rise"
    r"|View|Hill|Park|Square|Mews|Row|Green|Parade|Vale|Fold|Brow|Croft|Meadows?)\b\.?"
)
# Capitalised words that follow a kinship word or come before an age without
# being anyone's name.
_NOT_A_NAME = {
    "the", "a", "an", "this", "that", "these", "those", "he", "she", "they", "his", "her", "their", "him", "them",
    "it", "its", "we", "i", "you", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "is",
    "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    "does", "did", "do", "not", "no", "yes", "and", "or", "but", "also", "both", "all", "each", "every", "some",
    "any", "other", "others", "there", "here", "then", "now", "however", "although", "because", "since", "as",
    "at", "in", "on", "of", "for", "to", "from", "with", "by", "about", "after", "before", "during", "until",
    "outstanding", "good", "requires", "improvement", "inadequate", "met", "partially", "unknown", "none",
    "social", "care", "services", "service", "school", "schools", "nursery", "college", "police", "health",
    "team", "court", "protection", "plan", "plans", "child", "children", "early", "help", "family", "families",
    "camhs", "gp", "nhs", "conference", "review", "meeting", "panel", "section", "part", "question", "area",
    "areas", "grade", "grades", "rating", "total", "case", "cases", "audit", "audits", "action", "actions",
    "worker", "manager", "officer", "practitioner", "visit", "visits", "contact", "assessment", "strategy",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december", "week",
    "weeks", "month", "months", "year", "years", "day", "days", "mr", "mrs", "ms", "miss", "mx", "dr",
    "name", "names", "number", "relationship", "age", "ages", "dob", "gender", "ethnicity", "address", "household",
    "details", "member", "members", "person", "people", "professional", "professionals", "agency", "role",
    "looked", "need", "cin", "cp", "lac", "cla", "ehm", "lcs", "mosaic", "id", "ref",
}  # fmt: skip


@dataclass
class PersonalData:
    """The personal values read from a form's labelled boxes."""

    child_names: list[str] = field(default_factory=list)
    family_names: list[str] = field(default_factory=list)
    dates_of_birth: list[str] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    # Names the words around them show to be the family's (`safety_net`);
    # the family names above may also hold names from boxes the bot knows
    # only as "names people", which can be staff.
    relatives: list[str] = field(default_factory=list)

    def add(self, other: PersonalData) -> None:
        """Add what `other` holds."""
        self.child_names += other.child_names
        self.family_names += other.family_names
        self.dates_of_birth += other.dates_of_birth
        self.addresses += other.addresses
        self.relatives += other.relatives


def _names(values: list[str]) -> list[str]:
    """Split name boxes ("Jane Smith (mother), Mark Smith") into names."""
    names = []
    for value in values:
        without_notes = re.sub(r"\([^)]*\)|\d+", " ", value)
        for part in re.split(r"[,;/&\n]|\band\b|\s[-\u2013\u2014]\s", without_notes):
            found = re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", part)
            if found and found[0][:1].isupper() and any(word[:1].islower() and word not in _PARTICLES for word in found[1:]):
                continue  # a sentence, no name: "Group session – no single child"
            words = [word for word in found if word.casefold() not in _NOT_NAMES]
            if words:
                names.append(" ".join(words))
    return names


# Little words inside a name written as it should be: "Ruud van Dijk".
_PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "bint", "al", "el", "ter"})


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


def _name_words(text: str) -> list[str]:
    """The names in a stretch matched as names, without the words that only
    look like them ("The", "Team")."""
    names = []
    for part in re.split(r"\s*(?:,|&|\band\b|\([^)]*\))\s*", text):
        words = [word for word in part.split() if word.strip(".").casefold() not in _NOT_A_NAME
                 and not re.fullmatch(_TITLES, word)]
        if words:
            names.append(" ".join(words))
    return names


def people_named_in(text: str) -> list[str]:
    """Names that the words around them show to be a family member's or a
    child's, wherever on the form they are written."""
    found: list[str] = []
    for pattern in (_AFTER_KIN, _BEFORE_KIN, _WITH_AGE, _WITH_BIRTH, _KNOWN_AS):
        for match in pattern.finditer(text):
            for name in _name_words(match.group("names")):
                if name not in found and not _only_words(name):
                    found.append(name)
    return found


def _only_words(name: str) -> bool:
    """Whether every word of a capitalised stretch after a word for kin is
    a common English word and no one's first name: "Child Sexual Abuse",
    "Safeguarding Children Partnership" name a subject or a body, not a
    child ("child Poppy", "Children Kai and Mia" do)."""
    given = _given_names()
    words = [word.casefold() for word in re.findall(r"[A-Za-z'\u2019]+", name)]
    return bool(words) and all(word not in given and word_frequency(word) >= _COMMON for word in words)


def names_no_one(text: str, kept: Iterable[str] = ()) -> bool:
    """Whether `text` is only words English or the service uses (`kept`),
    none a first name nor a title: "Single Assessment; Thresholds" or
    "Early Help / Common Assessment Framework" beside a label nobody knows
    name a procedure, not the family ("Kwame Quigley", "Mrs Hill" do)."""
    english, given, kept = _english(), _given_names(), set(kept)
    words = [word.casefold() for word in re.findall(r"[A-Za-z'\u2019]+", text)]
    return bool(words) and re.search(rf"\b{_TITLES}(?!\w)", text) is None and all(
        word not in given and (word in kept or not _rare(word, english, given, kept)) for word in words)


def word_frequency(word: str) -> int:
    """How often English uses `word` (folded), in either spelling; 0 when
    the word list does not have it."""
    return _frequency(_english(), word) or 0


def is_common_word(word: str) -> bool:
    """Whether English uses `word` often enough to be read as that word: a
    label's word or a phrase's ("Read and agreed"), not a surname."""
    return word_frequency(word) >= RARE


def is_a_persons_name(text: str) -> bool:
    """Whether `text` is one person's name and nothing else: two to four
    capitalised words, the first a first name ("Claire Whitworth", not
    "Agreed with the grade" nor "Good Practice")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][A-Za-z'\u2019-]+", word) for word in words) \
        and words[0].casefold() in _given_names()


def signature_name(text: str) -> bool:
    """Whether a line over a job title is someone's name: two to four
    capitalised words, not a job title nor words in common use ("Nasreen
    Akhtar", not "Practice Manager" nor "Official Sensitive")."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(re.fullmatch(r"[A-Z][A-Za-z'\u2019-]+", word) for word in words) \
        and not is_role(text) and (is_a_persons_name(text) or not any(is_common_word(word.casefold()) for word in words))


def signature_at(lines: list[str]) -> int | None:
    """Where a signature starts among a form's last `lines`: a name alone,
    then the signer's job title ("Head of Service, Children in Care").
    None where there is none."""
    for position in range(max(0, len(lines) - _SIGNATURE_LINES), len(lines) - 1):
        if signature_name(lines[position].strip()) and is_role(_ROLE_PART.split(lines[position + 1].strip())[0]):
            return position
    return None


def names_a_job(text: str) -> bool:
    """Whether `text` names a person's job ("Practice Manager"), not only
    a service ("Children in Care", "Early Help")."""
    return _A_PERSONS_JOB.search(text) is not None


# A signature is among a form's last lines.
_SIGNATURE_LINES = 6
_ROLE_PART = re.compile(r",|\s[-\u2013]\s")
_A_PERSONS_JOB = re.compile(r"(?i)\b(?:manager|worker|officer|lead|leader|head|director|practitioner|supervisor"
                            r"|consultant|co-?ordinator|chair|advis[eo]r)s?\b")


# How often English must use a word for it to be read as that word rather
# than a surname after a word for kin ("brother Okafor"): "Partnership"
# (6,424 in the word list), "Abuse" (16,880).
_COMMON = 5000


def births_in(text: str) -> list[str]:
    """Dates written as someone's date of birth ("DOB 03/04/2019", "born on
    3 April 2019"), wherever on the form."""
    return [match.text for hit in _BIRTH.finditer(text)
            for match in find_dates(hit.group("date"))[:1] if match.value]


def homes_in(text: str) -> list[str]:
    """Street addresses ("12 Acacia Avenue"), wherever on the form."""
    return [match.group(0).rstrip(".") for match in _STREET.finditer(text)]


# "Relationship", "Relationship to the child", "Person (relationship)";
# never an area of practice that names one ("Lead professional:
# coordination and relationship").
_RELATIONSHIP_HEADER = re.compile(r"(?i)^\W*(?:relation(?:ship)?s?|related)\b|\brelat(?:ion(?:ship)?|ed)s? to\b"
                                  r"|\(\s*relation(?:ship)?\s*\)")
_NAME_HEADER = re.compile(r"(?i)\bnames?\b|\bwho\b|\bpresent\b|\bmembers?\b|\bperson\b")
# A relationship that makes the row a professional's, not the family's.
_PROFESSIONAL = re.compile(
    r"(?i)\b(?:worker|manager|practitioner|officer|teacher|head|nurse|visitor|doctor|gp|police|chair|iro"
    r"|professional|school|agency|camhs|therapist|advocate|interpreter|senco|dsl|consultant|lead|leader|observer"
    r"|auditor|social|staff|colleague|student|coordinator|co-ordinator|sergeant|constable|detective|midwife"
    r"|tenancy|designated|specialist|clinician|psychologist|paediatrician|health visitor|safeguarding)\b")


_PROFESSIONAL_HEADER = re.compile(r"(?i)\b(?:agency|agencies|organisation|organization|job title|role)\b")


def is_professional(text: str) -> bool:
    """Whether `text` names a professional's role ("Tenancy Support Officer")."""
    return _PROFESSIONAL.search(text) is not None


def household_members(tables: Iterable[Table]) -> list[str]:
    """The names in a table that gives each person's relationship to the
    child ("Name | Relationship to the child | Age"): everyone in it but
    the professionals, whatever the table's title."""
    names: list[str] = []
    for table in tables:
        relation = name = None
        for row in table.rows:
            headers = {cell.column: cell.text for cell in row.filled()}
            found = next((column for column, text in headers.items() if _RELATIONSHIP_HEADER.search(text)
                          and len(text.split()) <= 6), None)
            if found is not None:
                relation = found
                name = next((column for column, text in headers.items() if column != found
                             and _NAME_HEADER.search(text)), min(headers))
                if name == relation:
                    relation = None
                continue
            if relation is None:
                continue
            if len(headers) <= 1 or _PROFESSIONAL_HEADER.search(" ".join(headers.values())):
                # A title across the table ("Agencies taking part") or the
                # header of the professionals' part: the household ends.
                relation = None
                continue
            person = next((cell.text for cell in row.cells if cell.column == name), "")
            role = next((cell.text for cell in row.cells if cell.column == relation), "")
            if person.strip() and not _PROFESSIONAL.search(role) and not _PROFESSIONAL.search(person):
                names.extend(name for name in _name_words(re.sub(r"\([^)]*\)", ",", person)) if name[:1].isupper())
    return names


def named_beside_a_case(texts: Iterable[str], case_id: re.Pattern[str]) -> list[str]:
    """The people named after a case's reference in one cell ("LCS8406522 /
    Mason Szymanski, Harley Szymanski", "C1234567 – Poppy (4)"): the
    children the case is about, whatever the column's heading."""
    names: list[str] = []
    for text in texts:
        found = case_id.match(text.strip())
        rest = text.strip()[found.end():] if found else ""
        # (After a mark, or on the cell's next line.)
        split = re.match(r"(?:[ \t]*(?P<mark>[/\u2013\u2014:(,-])|[ \t]*\n)\s*(?P<names>\S.*?)\s*$", rest,
                         re.DOTALL) if found else None
        if split is None or not re.search(r"\d", found.group(0)):
            continue
        listed = split.group("names")[:-1] if split.group("mark") == "(" and split.group("names").endswith(")") \
            else split.group("names")
        items = [re.sub(r"\s*\([^()]*\)", "", item).strip() for item in re.split(r",|;|\band\b|&", listed)]
        items = [item for item in items if item]
        if items and all(is_a_persons_name(item) or (len(item.split()) == 1 and item.casefold() in _given_names())
                         for item in items):
            names += items
    return names


_BIRTH_LABEL = re.compile(r"(?i)^\W*(?:d\.?\s*o\.?\s*b\.?|date of birth)\W*$")


def named_beside_birth(tables: Iterable[Table]) -> list[str]:
    """The one person a bare "Name" label names where a date of birth is
    labelled beside it ("EHA ID | 7547720 | Name | Ibrahim Kowalczyk", then
    "DOB | 18/06/2024"; or "Name | Date of birth | Siblings" over one row of
    values): the child the form is about, as the identifying details name
    them. A list of several under "Name | DOB" is a household's, not one
    child's."""
    names: list[str] = []
    for table in tables:
        rows = table.rows
        for index, row in enumerate(rows):
            nearby = rows[max(0, index - 1):index + 2]
            if not any(_BIRTH_LABEL.match(cell.text) for near in nearby for cell in near.cells):
                continue
            filled = row.filled()
            for position, cell in enumerate(filled):
                if normalise(cell.text) != "name":
                    continue
                beside = filled[position + 1].text.strip() if position + 1 < len(filled) else ""
                below = [next((other.text.strip() for other in later.cells if other.column == cell.column), "")
                         for later in rows[index + 1:index + 3]]
                if is_a_persons_name(beside):
                    names.append(beside)
                elif below and is_a_persons_name(below[0]) and not (len(below) > 1 and is_a_persons_name(below[1])):
                    names.append(below[0])
    return names


# A capitalised word that English uses this rarely, or not at all, is a
# name: "direct work with Bobbi" on a form that never said who the child is.
# The frequencies are pyspellchecker's English word list (film subtitles).
# A child's name common as a word ("Poppy") or as a name there ("Tyler") is
# caught by the list of first names (`given_names.txt`, written by
# scripts/build_given_names.py) when it is capitalised mid-sentence.
RARE = 200
_CAPITALISED = re.compile(r"(?<![\w'\u2019&/-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?P<possessive>['\u2019]s)?(?![\w&/-])")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;]\s*|\n\s*|[\u2022*\u2013-]\s*|[\"'(\u201c]\s*)$")


_CALENDAR = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur "
    "thurs fri sat sun".split())


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    text = resources.files(__package__).joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def _english() -> Mapping[str, int]:
    from spellchecker import SpellChecker

    return SpellChecker(distance=1).word_frequency.dictionary


# British spellings of words the list has in American spelling.
_BRITISH = ((r"is(e|ed|es|ing|ation|ations)$", r"iz\1"), (r"ys(e|ed|es|ing)$", r"yz\1"), (r"our", "or"),
            (r"tre(s?)$", r"ter\1"), (r"ll(ed|ing|er)$", r"l\1"), (r"ae", "e"), (r"oe", "e"), (r"ogue$", "og"),
            (r"ence$", "ense"))


def _frequency(english: Mapping[str, int], word: str) -> int | None:
    """How often English uses `word`, in its British or American spelling."""
    found = english.get(word)
    if found is not None:
        return found
    for pattern, american in _BRITISH:
        spelled = re.sub(pattern, american, word)
        if spelled != word and spelled in english:
            return english[spelled]
    return None


def _plural_of_a_word(word: str, english: Mapping[str, int], kept: set[str]) -> bool:
    """"Chronologies", "Genograms": the plural of a word English or the
    service uses is no one's name, however rarely the plural is written."""
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    stems += [word[:-2]] if word.endswith("es") else []
    stems += [word[:-1]] if word.endswith("s") and not word.endswith("ss") else []
    return any(stem in kept or (_frequency(english, stem) or 0) >= RARE for stem in stems)


def _rare(folded: str, english: Mapping[str, int], given: frozenset[str], kept: set[str]) -> bool:
    """Whether English almost never uses the folded word, nor is it the
    plural of a word it or the service (`kept`) uses (a first name's plural
    aside): "Bobbi", "Kayden", not "Chronologies"."""
    frequency = _frequency(english, folded)
    return (frequency is None or frequency < RARE) and not (
        folded not in given and _plural_of_a_word(folded, english, kept))


def rare_names(texts: Iterable[str], keep: Iterable[str] = ()) -> list[str]:
    """Capitalised words in `texts` that are names: words English almost
    never uses ("Bobbi", "Kayden"), and first names written with a capital
    mid-sentence ("play with Poppy", "Tyler's school"), except `keep`
    (folded words: the service's own vocabulary, the staff the form names).
    At the start of a sentence a capital says nothing, so a word there
    counts only when it is unknown and possessive ("Kayden's views") or
    goes on in lower case, or is found elsewhere mid-sentence."""
    english, given, kept = _english(), _given_names(), set(keep) | _CALENDAR
    found: dict[str, bool] = {}
    for text in texts:
        for match in _CAPITALISED.finditer(text):
            word = match.group(1)
            folded = word.casefold()
            if len(word) < 3 or folded in kept or any(part in kept for part in folded.split("-")):
                continue
            rare = _rare(folded, english, given, kept)
            if not rare and folded not in given:
                continue
            starts = _SENTENCE_BEFORE.search(text[: match.start()]) is not None
            # A first name before a surname English does not use ("Maisie
            # Whitfield disclosed …") is a person's, wherever it stands.
            following = _CAPITALISED.match(text, match.end() + 1) if text[match.end():match.end() + 1] == " " else None
            named = folded in given and following is not None and following.group(1).casefold() not in kept \
                and _rare(following.group(1).casefold(), english, given, kept)
            if rare:
                # "Maisie is seen alone": a rare word opening a sentence
                # that goes on in lower case is its subject.
                goes_on = re.match(r"\s+[a-z]", text[match.end():]) is not None
                strong = not starts or match.group("possessive") is not None or goes_on or named
            elif starts:
                # "Poppy's views", "Tyler said": a first name opening a
                # sentence is a person when it owns or does something.
                strong = match.group("possessive") is not None or _SUBJECT_VERB.match(text, match.end()) is not None \
                    or named
            else:
                strong = not _in_a_title(text, match, kept)
            found[word] = found.get(word, False) or strong
    return [word for word, strong in found.items() if strong]


_SUBJECT_VERB = re.compile(
    r"\s+(?:is|was|has|had|said|says|told|tells|lives|lived|attends|attended|spoke|speaks|shared|shares|reported"
    r"|reports|described|describes|enjoys|enjoyed|likes|liked|wants|wanted|presents|presented|remains|continues"
    r"|appears|appeared|seems|seemed|needs|feels|felt|stays|stayed|goes|went|sees|saw|disclosed|discloses"
    r"|and\s+(?:her|his)\b)\b")
# Words that make a capitalised first name part of a place's or an
# organisation's title ("Grace Academy", "Kent Police", "Jordan House").
_PLACES = frozenset(
    "road street avenue close lane drive way crescent place grove gardens terrace walk rise view hill park square "
    "mews row green parade vale fold croft meadows house hall lodge centre center academy school primary infant "
    "junior nursery college university hospital clinic surgery practice police trust foundation project church "
    "county council city borough unit ward".split())


def _in_a_title(text: str, match: re.Match[str], kept: set[str]) -> bool:
    """Whether a first name stands in the title of a service or place, next
    to a capitalised word of the service's own ("Youth Justice Service",
    "Hope Street")."""
    before = re.search(r"([A-Z][a-z]+)[ \t]+$", text[: match.start()])
    after = re.match(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?([A-Z][a-z]+)", text[match.end():])
    return any(neighbour and neighbour.group(1).casefold() not in _FUNCTION_WORDS
               and (neighbour.group(1).casefold() in kept or neighbour.group(1).casefold() in _PLACES)
               for neighbour in (before, after))


# Words a sentence may open with before a name ("For Poppy, ...").
_FUNCTION_WORDS = frozenset(
    "for with to and the of by from at in on as about when where after before like unlike including between "
    "but or if while whereas although because since unless until so then also both each every".split())


def safety_net(texts: Iterable[str], tables: Iterable[Table] = ()) -> PersonalData:
    """The personal data the words of a form show, whatever its labels."""
    tables = tuple(tables)
    personal = PersonalData(child_names=named_beside_birth(tables), relatives=household_members(tables))
    for text in texts:
        personal.relatives.extend(name for name in people_named_in(text) if name not in personal.relatives)
        personal.dates_of_birth.extend(births_in(text))
        personal.addresses.extend(homes_in(text))
    return personal


class Redactor:
    """Removes one form's personal data from any text."""

    def __init__(self, personal: PersonalData):
        child = _names(personal.child_names)
        relatives = _names(personal.relatives)
        family = _names(personal.family_names) + relatives
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
            elif value.strip() and (re.search(r"\d", value) or set(normalise(value).split()) & _CALENDAR):
                # (A date of birth has a day or a month in it: "Age" read
                # beside a "Date of birth" header is none.)
                self._birth_texts.append(value.strip())
        self._address = self._address_pattern(personal.addresses)
        self._whole_names = {" ".join(name.casefold().split()) for name in child + relatives}

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

    def names_family(self, value: str | None) -> bool:
        """True when `value` is one of this form's family names (or the
        child's) as a whole: a box a person's name was read from that held
        the child or a relative rather than a member of staff."""
        if not value:
            return False
        folded = " ".join(re.findall(r"[a-z'\u2019-]+", value.casefold()))
        return folded in self._whole_names

    def is_birth(self, value: date | None) -> bool:
        """True when `value` is a date of birth this form gives."""
        return value is not None and value in self._births

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
            text = re.sub(rf"(?<!\w){re.escape(literal)}(?!\w)", DATE_OF_BIRTH, text, flags=re.IGNORECASE)
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
