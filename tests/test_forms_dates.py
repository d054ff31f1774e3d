"""UK dates in the spellings forms use, always day first."""

from datetime import date

import pytest

from bot.forms.dates import find_dates, parse_date

NOVEMBER_3 = date(2026, 11, 3)


@pytest.mark.parametrize(
    "text",
    [
        "03/11/2026",
        "3/11/26",
        "03-11-2026",
        "03.11.2026",
        "3 Nov 2026",
        "3rd November 2026",
        "Tuesday 3rd November 2026",
        "Tues 3rd Nov 2026",
        "3 November, 2026",
        "3rd of November 2026",
        "November 3rd 2026",
        "November 3, 2026",
        "2026-11-03",
        "2026-11-03 00:00:00",
        "Audit completed on 3 Nov 2026 by the manager",
        "03 / 11 / 2026",
    ],
)
def test_every_spelling_reads_as_the_same_day(text):
    assert parse_date(text).value == NOVEMBER_3


def test_sept_is_september():
    assert parse_date("14 Sept 2026").value == date(2026, 9, 14)


def test_day_comes_first():
    assert parse_date("01/02/2026").value == date(2026, 2, 1)


def test_an_impossible_date_is_found_but_has_no_value():
    found = parse_date("31/02/2026")
    assert found is not None and found.value is None and found.text == "31/02/2026"


def test_a_month_day_order_that_cannot_be_uk_is_not_guessed():
    assert parse_date("11/23/2026").value is None


def test_text_without_a_date_gives_none():
    assert parse_date("next review in two weeks") is None
    assert parse_date("Case 1234567") is None


def test_all_dates_in_a_text_are_found_with_their_positions():
    text = "Born 04/05/2015, seen 3rd November 2026."
    found = find_dates(text)
    assert [match.value for match in found] == [date(2015, 5, 4), NOVEMBER_3]
    assert text[found[0].start : found[0].end] == "04/05/2015"
