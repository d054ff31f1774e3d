"""The calendar pinned on real months, bank holidays included."""

from __future__ import annotations

from datetime import date

import pytest

from bot import calendar


@pytest.mark.parametrize("year, month, fourteenth, last", [
    (2026, 6, date(2026, 6, 15), date(2026, 6, 30)),    # the 14th a Sunday: Monday is nearer
    (2026, 11, date(2026, 11, 13), date(2026, 11, 30)),  # the 14th a Saturday: Friday is nearer
    (2027, 2, date(2027, 2, 15), date(2027, 2, 26)),    # the 28th a Sunday: Friday the 26th
    (2027, 5, date(2027, 5, 14), date(2027, 5, 28)),    # the 31st the Spring bank holiday
    (2031, 4, date(2031, 4, 15), date(2031, 4, 30)),    # the 14th Easter Monday, the 11th Good Friday
    (2026, 8, date(2026, 8, 14), date(2026, 8, 28)),    # the 31st the late summer bank holiday
    (2026, 12, date(2026, 12, 14), date(2026, 12, 31)),
    (2027, 12, date(2027, 12, 14), date(2027, 12, 31)),  # Christmas observed on the 27th and 28th
])
def test_the_fourteenth_and_the_final_working_day(year, month, fourteenth, last):
    assert calendar.fourteenth(year, month) == fourteenth
    assert calendar.last_working_day(year, month) == last


def test_a_tie_goes_to_the_earlier_working_day(monkeypatch):
    # The 14th of October 2026 is a Wednesday; make it a holiday: the 13th and 15th are both a day away.
    real = calendar.is_bank_holiday
    monkeypatch.setattr(calendar, "is_bank_holiday", lambda day: day == date(2026, 10, 14) or real(day))
    assert calendar.nearest_working_day(date(2026, 10, 14)) == date(2026, 10, 13)


def test_working_days_skip_weekends_and_bank_holidays():
    assert calendar.is_working_day(date(2026, 12, 24))
    assert not calendar.is_working_day(date(2026, 12, 28))  # Boxing Day observed
    assert calendar.add_working_days(date(2026, 12, 23), 2) == date(2026, 12, 29)
    assert calendar.add_working_days(date(2026, 11, 30), -5) == date(2026, 11, 23)
    assert calendar.working_days_between(date(2026, 11, 23), date(2026, 11, 30)) == 5


@pytest.mark.parametrize("day, key, start, end", [
    (date(2026, 4, 1), "2026-Q1", date(2026, 4, 1), date(2026, 6, 30)),
    (date(2026, 9, 30), "2026-Q2", date(2026, 7, 1), date(2026, 9, 30)),
    (date(2026, 11, 21), "2026-Q3", date(2026, 10, 1), date(2026, 12, 31)),
    (date(2027, 2, 1), "2026-Q4", date(2027, 1, 1), date(2027, 3, 31)),
])
def test_quarters_follow_the_framework_from_april(day, key, start, end):
    quarter = calendar.quarter_of(day)
    assert (quarter.key, quarter.start, quarter.end) == (key, start, end)


def test_half_years_and_years_run_from_april():
    assert calendar.half_year_of(date(2027, 1, 10)).start == date(2026, 10, 1)
    assert calendar.year_of(date(2027, 1, 10)).end == date(2027, 3, 31)


def test_review_cycles_are_eight_weeks_from_their_start():
    cycles = calendar.review_cycles(date(2026, 1, 5), "A", date(2026, 11, 1), date(2026, 12, 31))
    assert [cycle.start for cycle in cycles] == [date(2026, 10, 12), date(2026, 12, 7)]
    assert calendar.end_of_week(cycles[0], 4) == date(2026, 11, 6)
