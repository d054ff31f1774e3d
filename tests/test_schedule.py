"""The timetable as configuration: presets, changes by rule name, and the
deadlines they give."""

from __future__ import annotations

from datetime import date

import pytest

from bot.config import load_settings
from bot.deadlines import deadlines_for_month
from bot.errors import ConfigError
from bot.store import Store

TODAY = date(2026, 11, 21)


def deadlines(settings, year, month):
    store = Store(settings.state_db)
    try:
        return deadlines_for_month(settings, store, year, month, today=TODAY)
    finally:
        store.close()


def by_rule(found, rule):
    return [deadline for deadline in found if deadline.rule == rule]


def test_monthly_audits_fall_on_the_last_working_day_but_not_in_august_or_december(settings):
    [july] = by_rule(deadlines(settings, 2026, 7), "social_care_audits")
    assert july.date == date(2026, 7, 31) and july.kind == "audit_submission"
    assert {person["expected"] for person in july.people} == {2}
    assert by_rule(deadlines(settings, 2026, 8), "social_care_audits") == []
    assert by_rule(deadlines(settings, 2026, 12), "social_care_audits") == []
    [may] = by_rule(deadlines(settings, 2027, 5), "social_care_audits")
    assert may.date == date(2027, 5, 28), "the 31st is the Spring bank holiday"


def test_moderation_and_overview_fall_on_the_fourteenth_or_nearest_working_day(settings):
    found = deadlines(settings, 2026, 11)
    [overview] = by_rule(found, "overview_report")
    assert overview.date == date(2026, 11, 13) and overview.kind == "moderation"
    assert "October 2026" in overview.what
    # September's audits are moderated by 14 October; August has none to moderate.
    assert by_rule(deadlines(settings, 2026, 9), "overview_report") == []


def test_quarterly_thematic_audits_are_due_the_fourteenth_after_the_quarter(settings):
    [thematic] = by_rule(deadlines(settings, 2027, 1), "thematic_audits")
    assert thematic.date == date(2027, 1, 14) and "October to December 2026" in thematic.what
    heads = {person["name"] for person in thematic.people}
    assert heads == {person.name for person in settings.staff if person.role == "head_of_service"}


def test_supervision_audits_scale_with_the_practitioners_managed(settings):
    [supervision] = by_rule(deadlines(settings, 2026, 12), "supervision_audits")
    expected = {person["name"]: person["expected"] for person in supervision.people}
    # Claire Whitworth's four teams hold 12 practitioners: 12 files twice a year is 6 a quarter.
    assert expected["Claire Whitworth"] == 6


def test_a_rule_is_changed_or_switched_off_by_name(config_dir, data_dir):
    (config_dir / "schedule.yaml").write_text(
        "preset: monthly-2018\nrules:\n  social_care_audits:\n    count: 3\n"
        "  thematic_audits:\n    enabled: false\n", encoding="utf-8")
    settings = load_settings(config_dir, data_dir)
    [july] = by_rule(deadlines(settings, 2026, 7), "social_care_audits")
    assert {person["expected"] for person in july.people} == {3}
    assert by_rule(deadlines(settings, 2027, 1), "thematic_audits") == []


def test_the_2025_review_cycle_preset(config_dir, data_dir):
    (config_dir / "schedule.yaml").write_text("preset: full-case-review-2025\n", encoding="utf-8")
    settings = load_settings(config_dir, data_dir)
    found = deadlines(settings, 2026, 11)
    reviews = by_rule(found, "full_case_reviews")
    assert reviews, "week 4 of a cycle falls in November"
    assert all(deadline.date.weekday() < 5 for deadline in reviews)
    everyone = {person["email"] for deadline in by_rule(deadlines(settings, 2026, 10), "full_case_reviews")
                + reviews + by_rule(deadlines(settings, 2026, 12), "full_case_reviews")
                for person in deadline.people}
    auditors = {person.email for person in settings.staff
                if person.role in ("practice_manager", "safeguarding_practice_manager", "head_of_service",
                                   "assistant_director")}
    assert everyone == auditors, "each auditor has a review in any two months (two cycles at once)"


def test_schedule_problems_are_listed_with_their_file_and_path(config_dir, data_dir):
    (config_dir / "schedule.yaml").write_text(
        "preset: monthly-2018\nrules:\n  social_care_audits:\n    count: many\n"
        "  new_rule:\n    what: something\n    forms: [no_such_form]\n    kind: audit_submission\n"
        "    period: month\nreminders:\n  before_working_days: five\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, data_dir)
    problems = "\n".join(caught.value.problems)
    assert "At 'rules.social_care_audits.count'" in problems
    assert "At 'reminders.before_working_days'" in problems

    (config_dir / "schedule.yaml").write_text(
        "preset: monthly-2018\nrules:\n  new_rule:\n    what: something\n    forms: [no_such_form]\n"
        "    kind: audit_submission\n    period: month\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, data_dir)
    problems = "\n".join(caught.value.problems)
    assert "At 'rules.new_rule': the rule needs who, due" in problems

    (config_dir / "schedule.yaml").write_text("preset: weekly\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(config_dir, data_dir)
    assert "there is no preset 'weekly' (known: full-case-review-2025, monthly-2018)" in caught.value.problems[0]
