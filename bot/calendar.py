"""The QA calendar: working days, the framework's periods and its deadlines.

A working day is Monday to Friday and not a bank holiday in England and
Wales (from the maintained `holidays` package, so new and moved bank
holidays arrive with an update rather than an edit here).

Periods are what an obligation is counted over: a month, a quarter of the
municipal year (2018 framework: "A quarter is 1 April - 30th June; 1st July -
30th September; 1st October - 31st December; 1st January - 31st March"), a
half year, a year from April, or an 8-week review cycle (2025 framework §3.1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

# Deadlines are UK dates: a form that reached the mailbox at 00:30 BST on
# 1 December (23:30 UTC on 30 November) arrived in December.
LONDON = ZoneInfo("Europe/London")


def uk_date(moment: datetime) -> date:
    """The date in the UK at `moment` (an aware datetime)."""
    return moment.astimezone(LONDON).date()


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    # England and Wales share their bank holidays; "observed" substitutes
    # (Boxing Day on a Saturday moves to the Monday) are included.
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_bank_holiday(day: date) -> bool:
    return day in _bank_holidays(day.year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and not is_bank_holiday(day)


def nearest_working_day(day: date) -> date:
    """`day` if it is a working day, else the working day nearest to it in
    calendar days, the earlier one on a tie (DESIGN.md, "Working days")."""
    if is_working_day(day):
        return day
    for distance in range(1, 15):
        earlier, later = day - timedelta(days=distance), day + timedelta(days=distance)
        if is_working_day(earlier):
            return earlier
        if is_working_day(later):
            return later
    raise ValueError(f"no working day within two weeks of {day}")


def fourteenth(year: int, month: int) -> date:
    """"The 14th of the month or the nearest working day"."""
    return nearest_working_day(date(year, month, 14))


def last_working_day(year: int, month: int) -> date:
    """"The final day" of the month: its last working day."""
    day = month_end(year, month)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def month_end(year: int, month: int) -> date:
    return (date(year + month // 12, month % 12 + 1, 1)) - timedelta(days=1)


def add_working_days(day: date, count: int) -> date:
    """The working day `count` working days after `day` (before, if negative)."""
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """How many working days after `start` up to and including `end`
    (negative when `end` is before `start`)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count


@dataclass(frozen=True, order=True)
class Period:
    """A span of days an obligation is counted over.

    `key` names it stably ("2026-11", "2026-Q3", "2026-H2", "2026/27",
    "cycle-A-2026-11-02"); `label` names it for a reader ("November 2026",
    "October to December 2026").
    """

    start: date
    end: date
    key: str
    label: str

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def last_month(self) -> tuple[int, int]:
        return self.end.year, self.end.month

    def next_month(self) -> tuple[int, int]:
        year, month = self.last_month
        return (year + 1, 1) if month == 12 else (year, month + 1)


def month(year: int, month_number: int) -> Period:
    start = date(year, month_number, 1)
    return Period(start, month_end(year, month_number), f"{year}-{month_number:02d}", f"{start:%B %Y}")


def months_between(first: date, last: date) -> list[Period]:
    periods = []
    year, number = first.year, first.month
    while (year, number) <= (last.year, last.month):
        periods.append(month(year, number))
        year, number = (year + 1, 1) if number == 12 else (year, number + 1)
    return periods


def municipal_year_start(day: date) -> int:
    """The calendar year in which the municipal (April to March) year holding `day` began."""
    return day.year if day.month >= 4 else day.year - 1


def quarter_of(day: date) -> Period:
    """The quarter of the municipal year holding `day`: Q1 is April to June."""
    fiscal = municipal_year_start(day)
    index = ((day.month - 4) % 12) // 3
    first_month = (3 + 3 * index) % 12 + 1
    year = fiscal if first_month >= 4 else fiscal + 1
    start, end = date(year, first_month, 1), month_end(year, first_month + 2)
    return Period(start, end, f"{fiscal}-Q{index + 1}",
                  f"Q{index + 1} {fiscal}/{str(fiscal + 1)[-2:]} ({start:%B} to {end:%B %Y})")


def half_year_of(day: date) -> Period:
    """April to September, or October to March."""
    fiscal = municipal_year_start(day)
    if date(fiscal, 4, 1) <= day <= date(fiscal, 9, 30):
        start, end, half = date(fiscal, 4, 1), date(fiscal, 9, 30), 1
    else:
        start, end, half = date(fiscal, 10, 1), date(fiscal + 1, 3, 31), 2
    return Period(start, end, f"{fiscal}-H{half}", f"{start:%B %Y} to {end:%B %Y}")


def year_of(day: date) -> Period:
    """The municipal year, April to March."""
    fiscal = municipal_year_start(day)
    start, end = date(fiscal, 4, 1), date(fiscal + 1, 3, 31)
    return Period(start, end, f"{fiscal}/{str(fiscal + 1)[-2:]}", f"April {fiscal} to March {fiscal + 1}")


PERIOD_FINDERS = {"quarter": quarter_of, "half_year": half_year_of, "year": year_of}


def periods_between(unit: str, first: date, last: date) -> list[Period]:
    """Every period of `unit` ("month", "quarter", "half_year", "year") that
    overlaps `first` to `last`, in order."""
    if unit == "month":
        return months_between(first, last)
    finder = PERIOD_FINDERS[unit]
    periods: list[Period] = []
    day = first
    while day <= last:
        period = finder(day)
        periods.append(period)
        day = period.end + timedelta(days=1)
    return periods


def review_cycles(anchor: date, name: str, first: date, last: date, *, weeks: int = 8) -> list[Period]:
    """The `weeks`-long review cycles starting on `anchor` and every `weeks`
    weeks before and after it, that overlap `first` to `last` (2025
    framework §3.1: the 8-week full case review cycle)."""
    length = timedelta(weeks=weeks)
    offset = (first - anchor) // length
    start = anchor + offset * length
    cycles = []
    while start <= last:
        end = start + length - timedelta(days=1)
        if end >= first:
            cycles.append(Period(start, end, f"cycle-{name}-{start.isoformat()}",
                                 f"review cycle {name} starting {start.day} {start:%B %Y}"))
        start += length
    return cycles


def end_of_week(period: Period, week: int) -> date:
    """The last working day of week `week` (1-based) of a cycle."""
    day = period.start + timedelta(weeks=week) - timedelta(days=1)
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day
