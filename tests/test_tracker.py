from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from openpyxl import load_workbook

from bot import tracker
from bot.forms import Action, ParsedForm
from bot.store import FormRecord, MessageRecord, Store

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
AUDIT_HEADERS = ["Received", "Form", "Case ID", "Team", "Service", "Auditor", "Practitioner", "Audit date",
                 "Auditor grade", "Moderated grade", "Final grade", "Urgent concern", "Re-audit due"]


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "state.db")
    yield store
    store.close()


def add(store: Store, key: str, form: ParsedForm, re_audit_due: date | None = None) -> None:
    store.record_message(MessageRecord(key, "jane.ashdown@example.gov.uk", NOW, "logged", "Processed"),
                         [FormRecord(form, sha256=key, auditor_email=None, re_audit_due=re_audit_due)], [],
                         now=NOW)


def build(store, settings, tmp_path):
    path = tmp_path / "tracker" / "qa-tracker.xlsx"
    tracker.rebuild(store, settings, path, now=NOW)
    return load_workbook(path)


def test_audits_observations_and_actions_have_their_sheets_tables_and_headers(store, settings, tmp_path):
    add(store, "m1", ParsedForm(
        file="audit.docx", ok=True, form="case_file_audit", case_id="1234567", auditor="Jane Ashdown",
        practitioner="Ali Khan", team="Assessment Team 1", service="Children's Social Care",
        date=date(2026, 11, 3), grade="Good", moderated_grade="Inadequate", urgent_concern=True,
        section_grades={"Voice of the child": "Good"},
        actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1))]), re_audit_due=date(2027, 2, 3))
    add(store, "m2", ParsedForm(file="obs.docx", ok=True, form="observation", practitioner="Ruth Calloway",
                                auditor="Leanne Farrow", date=date(2026, 11, 10), grade="Outstanding"))
    workbook = build(store, settings, tmp_path)
    assert {"Audits", "Observations", "Actions", "Section grades"} <= set(workbook.sheetnames)

    audits = workbook["Audits"]
    headers = [cell.value for cell in audits[1]]
    assert headers[:len(AUDIT_HEADERS)] == AUDIT_HEADERS
    row = {header: cell.value for header, cell in zip(headers, audits[2])}
    assert row["Case ID"] == "1234567"
    assert row["Auditor grade"] == "Good"
    assert row["Final grade"] == "Inadequate", "the moderator's judgement stands"
    assert row["Audit date"] == datetime(2026, 11, 3)
    assert row["Re-audit due"] == datetime(2027, 2, 3)
    assert row["Urgent concern"] == "Yes"
    assert audits.freeze_panes == "A2"
    [table] = audits.tables.values()
    assert table.ref == f"A1:{audits.cell(1, len(headers)).column_letter}2"
    assert audits["H2"].number_format == "dd/mm/yyyy"
    red = [rule for ranges in audits.conditional_formatting for rule in ranges.rules
           if str(ranges.sqref).startswith("K2") and rule.formula == ['"Inadequate"']]
    assert red and red[0].dxf.fill.fgColor.rgb.endswith("FFC7CE"), "inadequate is coloured red"

    observation = {cell.value: value.value for cell, value in zip(workbook["Observations"][1],
                                                                    workbook["Observations"][2])}
    assert observation["Observer"] == "Leanne Farrow" and observation["Final grade"] == "Outstanding"

    actions = workbook["Actions"]
    assert [cell.value for cell in actions[1]][:5] == ["Case ID", "Action", "Owner", "Due", "Status"]
    assert [cell.value for cell in actions[2]][:5] == [
        "1234567", "Update the chronology", "Ali Khan", datetime(2026, 12, 1), "Open"]
    assert workbook["Section grades"]["F2"].value == "Voice of the child"


def test_text_that_looks_like_a_formula_stays_text(store, settings, tmp_path):
    add(store, "m1", ParsedForm(file="audit.docx", ok=True, form="case_file_audit", case_id="1234567",
                                grade="Good", strengths=['=HYPERLINK("http://example.com","x")'],
                                actions=[Action("=1+1", "+44 1234", None)]))
    workbook = build(store, settings, tmp_path)
    audits = workbook["Audits"]
    headers = [cell.value for cell in audits[1]]
    strengths = audits.cell(2, headers.index("Strengths") + 1)
    assert strengths.data_type == "s" and strengths.value.startswith("=HYPERLINK")
    action = workbook["Actions"]["B2"]
    assert action.data_type == "s" and action.value == "=1+1"


def test_an_empty_store_still_gives_a_workbook_with_every_sheet(store, settings, tmp_path):
    workbook = build(store, settings, tmp_path)
    assert workbook["Audits"]["A1"].value == "Received"
    assert workbook["Audits"]["A2"].value is None


def test_the_workbook_is_swapped_in_whole(store, settings, tmp_path):
    path = tmp_path / "tracker" / "qa-tracker.xlsx"
    tracker.rebuild(store, settings, path, now=NOW)
    before = path.stat().st_ino
    add(store, "m1", ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id="1", grade="Good"))
    tracker.rebuild(store, settings, path, now=NOW)
    assert path.stat().st_ino != before, "a new file replaced the old one rather than rewriting it in place"
    assert [p.name for p in path.parent.iterdir()] == ["qa-tracker.xlsx"]


def test_the_qa_teams_edits_to_actions_and_notes_survive_a_rebuild(store, settings, tmp_path):
    from datetime import date as day

    from openpyxl import load_workbook as open_workbook

    add(store, "m1", ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id="1234567", grade="Good",
                                actions=[Action("Update the chronology", "Ali Khan", day(2026, 12, 1)),
                                         Action("Visit the school", "Ali Khan", day(2026, 12, 5))]))
    path = tmp_path / "tracker" / "qa-tracker.xlsx"
    tracker.rebuild(store, settings, path, now=NOW)

    # The QA team marks one action done, notes another, and notes the audit, in Excel.
    workbook = open_workbook(path)
    actions = workbook["Actions"]
    headers = [cell.value for cell in actions[1]]
    actions.cell(2, headers.index("Status") + 1, "completed")
    actions.cell(2, headers.index("Completed") + 1, datetime(2026, 11, 25))
    actions.cell(3, headers.index("Notes") + 1, "Chased at the team meeting")
    audits = workbook["Audits"]
    audit_headers = [cell.value for cell in audits[1]]
    audits.cell(2, audit_headers.index("Notes") + 1, "Discussed at performance clinic")
    workbook.save(path)

    assert tracker.read_back_edits(path, store) == 3
    assert tracker.read_back_edits(path, store) == 0, "reading the same edits again changes nothing"
    add(store, "m2", ParsedForm(file="b.docx", ok=True, form="case_file_audit", case_id="7654321", grade="Good"))
    tracker.rebuild(store, settings, path, now=NOW)

    rebuilt = open_workbook(path)
    rows = {row[1]: row for row in rebuilt["Actions"].iter_rows(min_row=2, values_only=True)}
    assert rows["Update the chronology"][4:6] == ("Completed", datetime(2026, 11, 25))
    assert rows["Visit the school"][6] == "Chased at the team meeting"
    notes = {row[2]: row[audit_headers.index("Notes")] for row in rebuilt["Audits"].iter_rows(min_row=2, values_only=True)}
    assert notes["1234567"] == "Discussed at performance clinic"
    # A completed action is no longer chased.
    [open_action] = store.open_actions_for_case("1234567")
    assert open_action.action == "Visit the school"
