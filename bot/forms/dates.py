"""UK dates as forms write them: always day first, never guessed.

`03/11/2026`, `3/11/26`, `03-11-2026`, `03.11.2026`, `3 Nov 2026`,
`3rd November 2026`, `Tuesday 3rd November 2026`, `3 November, 2026`,
`November 3rd 2026`, `Sept` for September, ISO `2026-11-03` (also what the
readers write for Excel dates and date-picker controls). A small set of
regular expressions rather than a fuzzy parser, so `11/03` is never read as
11 March one day and 3 November the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|\d{2})"

_PATTERNS = [
    # ISO first: 2026-11-03, also with a time after it.
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    # 03/11/2026, 3/11/26, 03-11-2026, 03.11.2026
    re.compile(r"(?<![\d/.-])(?P<day>\d{1,2})\s?([/.-])\s?(?P<month>\d{1,2})\s?\2\s?" + _YEAR + r"(?![\d/-])"),
    # Tuesday 3rd November 2026, 3 Nov 2026, 3rd of November, 2026
    re.compile(r"(?<!\w)" + _WEEKDAY + _DAY + r"(?:\s+of)?[\s-]+" + _MONTH + r",?[\s-]+" + _YEAR + r"(?!\d)", re.IGNORECASE),
    # November 3rd 2026, Tuesday, November 3, 2026
    re.compile(r"(?<!\w)" + _WEEKDAY + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"(?!\d)", re.IGNORECASE),
]  # fmt: skip


@dataclass(frozen=True)
class DateMatch:
    """A date written in some text: where it is, what it says, what it means.

    `value` is None when the text looks like a date that does not exist
    (31/02/2026); the caller warns rather than guesses.
    """

    start: int
    end: int
    text: str
    value: date | None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Two-digit years: forms are recent, birth dates may be older.
        year += 2000 if year < 70 else 1900
    return year


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS[text.lower().rstrip(".")]


def find_dates(text: str) -> list[DateMatch]:
    """Every date written in `text`, in order, without overlaps."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            try:
                value: date | None = date(_year(match["year"]), _month(match["month"]), int(match["day"]))
            except ValueError:
                value = None
            taken.append((start, end))
            found.append(DateMatch(start, end, match.group(0), value))
    return sorted(found, key=lambda item: item.start)


def parse_date(text: str) -> DateMatch | None:
    """The first date written in `text`, or None when there is none."""
    matches = find_dates(text)
    return matches[0] if matches else None


def only_a_date(text: str) -> bool:
    """Whether `text` is one real date and nothing else."""
    found = parse_date(text)
    return found is not None and found.value is not None and not text[:found.start].strip(" ,.") \
        and not text[found.end:].strip(" ,.")
