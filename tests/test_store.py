from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone

import pytest

from bot.forms import Action, ParsedForm
from bot.mailbox import OutgoingMessage
from bot.store import FormRecord, MessageRecord, QueuedMail, Store

NOW = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)


def audit(case_id="1234567", grade="Good", moderated=None, audit_date=date(2026, 11, 3), **fields) -> ParsedForm:
    return ParsedForm(file="audit.docx", ok=True, form="case_file_audit", case_id=case_id, auditor="Jane Ashdown",
                      date=audit_date, grade=grade, moderated_grade=moderated, **fields)


def record(store: Store, key: str, *forms: ParsedForm, mail=()):
    message = MessageRecord(key, "jane.ashdown@example.gov.uk", NOW, "logged", "Processed")
    records = [FormRecord(form, sha256=f"{key}-{index}", auditor_email=None, re_audit_due=None)
               for index, form in enumerate(forms)]
    return store.record_message(message, records, list(mail), now=NOW)


def mail(key: str) -> QueuedMail:
    return QueuedMail(key, "receipt", OutgoingMessage(to=["a@example.gov.uk"], subject="s", text="t", date=NOW))


@pytest.fixture
def store(tmp_path):
    store = Store(tmp_path / "state.db")
    yield store
    store.close()


def test_a_message_is_recorded_once_with_its_forms_actions_and_mail(store):
    form = audit(actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1))],
                 section_grades={"Voice of the child": "Good"})
    record(store, "m1", form, mail=[mail("reply:m1")])
    assert store.message("m1").folder == "Processed"
    [stored] = store.current_forms()
    assert stored.form.case_id == "1234567" and stored.version == 1
    [action] = store.current_actions()
    assert (action.action, action.owner, action.due, action.status) == (
        "Update the chronology", "Ali Khan", date(2026, 12, 1), "Open")
    assert [item.dedupe_key for item in store.unsent_mail()] == ["reply:m1"]
    with pytest.raises(sqlite3.IntegrityError):
        record(store, "m1", form)
    assert len(store.current_forms()) == 1


def test_a_failed_transaction_leaves_nothing_behind(store):
    class Boom(Exception):
        pass

    broken = audit()
    broken.to_json = lambda: (_ for _ in ()).throw(Boom())  # fails half way through the insert
    with pytest.raises(Boom):
        record(store, "m1", audit(case_id="7654321"), broken, mail=[mail("reply:m1")])
    assert store.message("m1") is None
    assert store.current_forms() == []
    assert store.unsent_mail() == []


def test_the_moderated_copy_of_an_audit_replaces_the_first_and_keeps_action_status(store):
    first = audit(actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1))])
    record(store, "m1", first)
    store.connection.execute("UPDATE actions SET status = 'In progress', notes = 'Started'")
    moderated = audit(grade="Good", moderated="Requires Improvement to be Good",
                      actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1)),
                               Action("Hold a strategy discussion", "Jane Ashdown", date(2026, 11, 25))])
    result = record(store, "m2", moderated)
    assert list(result.replaced.values())[0].form.moderated_grade is None
    [stored] = store.current_forms()
    assert stored.form.final_grade == "Requires Improvement to be Good"
    assert stored.version == 2
    assert stored.first_received == NOW
    statuses = {action.action: (action.status, action.notes) for action in store.current_actions()}
    assert statuses == {"Update the chronology": ("In progress", "Started"),
                        "Hold a strategy discussion": ("Open", None)}


def test_a_re_audit_of_the_same_case_on_another_date_is_a_new_row(store):
    record(store, "m1", audit(grade="Inadequate"))
    record(store, "m2", audit(grade="Good", audit_date=date(2027, 1, 20)))
    assert [stored.form.final_grade for stored in store.current_forms()] == ["Inadequate", "Good"]


def test_the_same_mail_is_queued_only_once_and_marked_sent(store):
    record(store, "m1", audit(), mail=[mail("urgent_concern:case_file_audit:1234567:2026-11-03")])
    record(store, "m2", audit(case_id="999999"), mail=[mail("urgent_concern:case_file_audit:1234567:2026-11-03")])
    [queued] = store.unsent_mail()
    store.mark_sent(queued.id, now=NOW)
    assert store.unsent_mail() == []
    assert [item.dedupe_key for item in store.sent_mail()] == [queued.dedupe_key]


def test_a_store_from_a_newer_bot_is_refused(tmp_path):
    path = tmp_path / "state.db"
    Store(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    with pytest.raises(RuntimeError, match="newer version"):
        Store(path)


def test_a_store_from_before_service_level_actions_keeps_a_thematic_audits_actions_apart(tmp_path):
    path = tmp_path / "state.db"
    store = Store(path)
    thematic = ParsedForm(file="thematic.docx", ok=True, form="thematic_audit", auditor="Jane Ashdown",
                          date=date(2026, 11, 3), actions=[Action("Run a neglect workshop", None, date(2026, 12, 1))])
    record(store, "m1", audit(actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1))]), thematic)
    store.close()
    # The store as the bot before service-level actions left it.
    connection = sqlite3.connect(path)
    connection.execute("ALTER TABLE actions DROP COLUMN level")
    connection.execute("PRAGMA user_version = 6")
    connection.close()
    store = Store(path)
    try:
        levels = {action.action: action.service_level for action in store.current_actions()}
    finally:
        store.close()
    assert levels == {"Update the chronology": False, "Run a neglect workshop": True}
