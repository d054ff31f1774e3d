"""The figures a report states, checked against what is in the store."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from bot.forms import Action, ParsedForm
from bot.reports import figures
from bot.reports.publish import due_requests
from bot.store import FormRecord, MessageRecord, Store

RECEIVED = datetime(2026, 11, 2, 9, tzinfo=timezone.utc)
TODAY = date(2026, 11, 20)


def audit(case_id, grade, *, team="Assessment Team 1", moderated=None, day=date(2026, 10, 12),
          **fields) -> ParsedForm:
    return ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id=case_id, auditor="Joanne Fletcher",
                      team=team, service="Assessment and Child Protection", date=day,
                      grade=grade, moderated_grade=moderated, **fields)


@pytest.fixture
def store(settings):
    store = Store(settings.state_db)
    forms = [
        audit("1000001", "Good", moderated="Requires Improvement to be Good",
              strengths=["The child's wishes and feelings are clearly recorded."],
              development_areas=["The plan is not SMART; actions lack timescales."],
              actions=[Action("Update the plan", "Rebecca Shaw", date(2026, 12, 1)),
                       Action("Record oversight", "Joanne Fletcher", date(2026, 10, 30))]),
        audit("1000002", "Inadequate", team="Assessment Team 2", urgent_concern=True,
              urgent_concern_detail="The child has not been seen for six weeks.",
              development_areas=["There is no evidence the child has been seen alone."]),
        audit("1000003", "Outstanding", strengths=["Direct work with the child is on file; their views shape the plan."]),
        ParsedForm(file="o.docx", ok=True, form="observation", practitioner="Ali Khan", auditor="Joanne Fletcher",
                   team="Assessment Team 1", date=date(2026, 10, 20), grade="Good",
                   strengths=["Warm, respectful communication with the family."]),
        audit("1000004", "Good", day=date(2026, 9, 30)),  # September: not in October's report
    ]
    for index, form in enumerate(forms):
        due = date(2027, 1, 12) if form.final_grade == "Inadequate" else None
        store.record_message(MessageRecord(f"m{index}", "joanne.fletcher@northmoor.example.gov.uk", RECEIVED,
                                           "logged", "Processed"),
                             [FormRecord(form, sha256=f"s{index}", auditor_email=None, re_audit_due=due)], [],
                             now=RECEIVED)
    store.connection.execute("UPDATE actions SET status = 'Completed' WHERE action = 'Update the plan'")
    yield store
    store.close()


def october(settings, store):
    scope = figures.Scope(figures.calendar.month(2026, 10), TODAY)
    return figures.audit_report(settings, store, scope, "Quality Assurance Audit Report")


def test_counts_and_the_grade_profile_match_the_store(settings, store):
    report = october(settings, store)
    summary = report["summary"]
    assert (summary["audits"], summary["observations"], summary["inadequate"], summary["urgent_concerns"]) == (3, 1, 1, 1)
    grades = {row["grade"]: (row["auditor"], row["final"]) for row in report["grades"]}
    assert grades == {"Outstanding": (1, 1), "Good": (1, 0), "Requires Improvement to be Good": (0, 1),
                      "Inadequate": (1, 1), "No grade": (0, 0)}
    assert report["moderation"] | {"changes": None} == {"moderated": 1, "changed": 1, "raised": 0, "lowered": 1,
                                                         "confirmed": 0, "changes": None}
    [team_one] = [row for row in report["teams"] if row["team"] == "Assessment Team 1"]
    assert (team_one["audits"], team_one["expected_audits"], team_one["observations"]) == (2, 2, 1)


def test_prevalence_is_stated_as_n_of_m_cases(settings, store):
    report = october(settings, store)
    voice = next(item for item in report["strengths"] if item["theme"] == "The voice of the child")
    assert (voice["count"], voice["total"]) == (2, 3)
    assert voice["sentence"] == "In 2 of the 3 cases audited, the child's voice was clear, understood and responded to."
    plans = next(item for item in report["development"] if item["theme"] == "Assessments and plans")
    assert plans["sentence"].startswith("In 1 of the 3 cases audited, plans needed to be SMART")


def test_urgent_concerns_inadequate_cases_and_actions(settings, store):
    report = october(settings, store)
    assert report["urgent"] == [{"case_id": "1000002", "team": "Assessment Team 2", "date": "12 October 2026",
                                 "detail": "The child has not been seen for six weeks."}]
    assert report["inadequate"] == [{"case_id": "1000002", "team": "Assessment Team 2", "date": "12 October 2026",
                                     "re_audit_due": "12 January 2027", "re_audited": "Not yet"}]
    actions = report["actions"]
    assert (actions["total"], actions["completed"], actions["overdue"], actions["open"]) == (2, 1, 1, 0)


def test_the_briefing_speaks_plainly_and_names_no_case(settings, store):
    scope = figures.Scope(figures.quarter("2026Q3"), TODAY)
    briefing = figures.briefing(settings, store, scope)
    assert briefing["findings"][0] == "1 of 3 audited cases (33%) were judged Good or Outstanding."
    assert briefing["working_well"][0].startswith("In 2 of the 3 cases audited")
    assert len(briefing["questions"]) <= 3 and all(question.endswith("?") for question in briefing["questions"])
    assert "1000002" not in str(briefing), "no case details in a briefing for all staff"


def test_quarters_are_named_from_april():
    assert figures.quarter("2026Q3").label == "Q3 2026/27 (October to December 2026)"
    assert figures.quarter("2026Q4").start == date(2027, 1, 1)
    with pytest.raises(ValueError, match="2026Q3"):
        figures.quarter("2026Q5")


def test_drafts_fall_due_after_the_fourteenth(settings, store):
    # October's report is drafted once the moderated audits are in: the working day after 13 November.
    assert "monthly:2026-10" not in {request.key for request in due_requests(settings, store, date(2026, 11, 13))}
    due = {request.key for request in due_requests(settings, store, date(2026, 11, 16))}
    assert "monthly:2026-10" in due
    assert "overview:2026-10:children-in-care" in due
    store.set_meta("report:monthly:2026-10", "2026-11-16")
    assert "monthly:2026-10" not in {request.key for request in due_requests(settings, store, date(2026, 11, 17))}
    # Q3 (October to December) after 14 January 2027.
    january = {request.key for request in due_requests(settings, store, date(2027, 1, 15))}
    assert {"quarterly:2026-Q3", "briefing:2026-Q3", "supervision:2026-Q3"} <= january
    assert "annual:2026-27" in {request.key for request in due_requests(settings, store, date(2027, 4, 15))}
    assert due_requests(settings, store, date(2026, 11, 21)) == [], "not on a Saturday"


def test_the_briefing_always_carries_the_learning_from_inadequate_cases_and_urgent_concerns(settings, store):
    scope = figures.Scope(figures.quarter("2026Q3"), TODAY)
    briefing = figures.briefing(settings, store, scope)
    assert briefing["to_improve"][0] == (
        "In the cases judged Inadequate or raising an urgent concern about a child's safety, auditors found: "
        "there is no evidence the child has been seen alone.")
    assert len(briefing["to_improve"]) <= 4 and len(briefing["working_well"]) <= 4


def test_the_briefing_names_findings_no_theme_holds_when_themes_fill_its_lines(settings):
    themed = [{"theme": f"Theme {number}", "count": 5, "total": 9, "sentence": f"Themed finding {number}."}
              for number in range(4)]
    other = [{"text": text, "count": 1, "total": 9, "sentence": f"{text} (in 1 of the 9 cases audited)."}
             for text in ("Court work was late", "Letters were unsigned")]
    lines = figures.briefing_lines(themed, other)
    assert lines == ["Themed finding 0.", "Themed finding 1.", "Themed finding 2.",
                     "Auditors also wrote: court work was late; letters were unsigned."]
    assert figures.briefing_lines(themed, other[:1])[-1] == "Court work was late (in 1 of the 9 cases audited)."
    assert figures.briefing_lines(themed, []) == [f"Themed finding {number}." for number in range(4)]


def test_the_briefing_says_how_the_quarters_re_audited_cases_moved_without_naming_them(settings):
    store = Store(settings.state_db)
    inadequate = "Inadequate"
    forms = [
        audit("2000001", inadequate, day=date(2026, 7, 14)), audit("2000001", "Good", day=date(2026, 10, 9)),
        audit("2000002", inadequate, day=date(2026, 8, 5)),
        audit("2000002", "Requires Improvement to be Good", day=date(2026, 10, 20)),
        audit("2000003", inadequate, day=date(2026, 9, 1)), audit("2000003", inadequate, day=date(2026, 11, 2)),
        audit("2000004", inadequate, day=date(2026, 10, 5)),  # not re-audited yet
    ]
    try:
        for index, form in enumerate(forms):
            store.record_message(MessageRecord(f"r{index}", "joanne.fletcher@northmoor.example.gov.uk", RECEIVED,
                                               "logged", "Processed"),
                                 [FormRecord(form, sha256=f"r{index}", auditor_email=None, re_audit_due=None)], [],
                                 now=RECEIVED)
        third = figures.briefing(settings, store, figures.Scope(figures.quarter("2026Q3"), date(2027, 1, 15)))
        second = figures.briefing(settings, store, figures.Scope(figures.quarter("2026Q2"), date(2026, 10, 15)))
    finally:
        store.close()
    assert ("3 cases judged Inadequate were re-audited this quarter: 1 moved from Inadequate to Good, 1 moved from "
            "Inadequate to Requires Improvement to be Good, and 1 is still judged Inadequate.") in third["findings"]
    assert not any("re-audited this quarter" in line for line in second["findings"])
    assert "20000" not in str(third) + str(second), "no case IDs in a briefing for all staff"

