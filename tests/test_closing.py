"""Closing the loop by email: "completed" in reply to a reminder, or naming
the case, marks the actions done and stops their reminders. The rules are
tried on the embedded Maildir; the two ways README promises ("Closing
actions by email") are then run whole, the same, over every mailbox backend
(Maildir, IMAP, Microsoft Graph; the `harness` fixture), since they rest on
the body and In-Reply-To each backend must read."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

from mailbox_harness import configure_bot
from openpyxl import load_workbook

from bot.cli import run_once
from bot.config import load_settings
from bot.forms import Action, ParsedForm
from bot.mailbox import NEEDS_ATTENTION, PROCESSED
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import STAFF
from bot.samples.messages import build_email
from bot.store import FormRecord, MessageRecord, Store

MAILBOX = "cscaudits@northmoor.example.gov.uk"
BY_NAME = {member.name: member for member in STAFF}
JOANNE, REBECCA, KAREN = BY_NAME["Joanne Fletcher"], BY_NAME["Rebecca Shaw"], BY_NAME["Karen Holt"]
OVERDUE_DAY = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)  # the first working day after the 20th


def with_actions(settings, case_id: str = "5556667") -> None:
    """Joanne's audit of case `case_id`, with two actions for Rebecca that
    fell due on Friday 20 November 2026 and are still open."""
    store = Store(settings.state_db)
    try:
        form = ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id=case_id, auditor=JOANNE.name,
                          practitioner=REBECCA.name, team=JOANNE.team, service=JOANNE.service,
                          date=date(2026, 11, 2), grade="Good",
                          actions=[Action("Update the chronology", REBECCA.name, date(2026, 11, 20)),
                                   Action("Visit the child at school", REBECCA.name, date(2026, 11, 20))])
        store.record_message(MessageRecord("m1", JOANNE.email, OVERDUE_DAY, "logged", "Processed"),
                             [FormRecord(form, sha256="s1", auditor_email=JOANNE.email, re_audit_due=None)], [],
                             now=OVERDUE_DAY)
    finally:
        store.close()


def outbox(settings, kind: str) -> list:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(path.read_bytes()) for path in sorted(settings.mailbox.outbox.glob("*.eml"))]
    return [message for message in messages if message["X-QA-Bot"] == kind]


def open_actions(settings, case_id: str = "5556667") -> list[str]:
    store = Store(settings.state_db)
    try:
        return [action.action for action in store.open_actions_for_case(case_id)]
    finally:
        store.close()


def deliver(settings, *, received: datetime = OVERDUE_DAY, **fields) -> None:
    """An email reaching the inbox at `received` (by default the morning
    the overdue actions are chased), sent at that moment."""
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX).deliver(
        build_email(to=MAILBOX, date=received, **fields), received=received)


def test_completed_in_reply_to_a_reminder_closes_its_actions_and_stops_the_chasing(settings):
    with_actions(settings)
    run_once(settings, now=OVERDUE_DAY, progress=lambda line: None, reminders=True)
    [overdue] = outbox(settings, "action_overdue")
    assert overdue["To"] == REBECCA.email
    reminder_text = overdue.get_body(("plain",)).get_content()
    deliver(settings, sender=REBECCA.email, subject=f"RE: {overdue['Subject']}",
            body="Both done now, thanks.\n\nFrom: CSC Audits\n" + reminder_text,
            headers={"In-Reply-To": overdue["Message-ID"]})
    run_once(settings, now=OVERDUE_DAY, progress=lambda line: None, reminders=True)

    assert open_actions(settings) == []
    [confirmation] = outbox(settings, "actions_closed")
    assert confirmation["To"] == REBECCA.email
    assert "Update the chronology" in confirmation.get_body(("plain",)).get_content()
    assert outbox(settings, "no_attachment") == []
    later = datetime(2026, 12, 7, 9, tzinfo=timezone.utc)  # the ten-day chaser would fall here
    run_once(settings, now=later, progress=lambda line: None, reminders=True)
    assert len(outbox(settings, "action_overdue")) == 1, "a completed action is not chased again"


def test_a_manager_can_close_a_cases_actions_by_naming_it(settings):
    with_actions(settings)
    deliver(settings, sender=JOANNE.email, subject="Case 5556667", body="All actions completed for case 5556667.")
    run_once(settings, now=OVERDUE_DAY, progress=lambda line: None)
    assert open_actions(settings) == []


def test_nobody_else_can_close_them_and_quoted_case_ids_do_not_count(settings):
    with_actions(settings)
    deliver(settings, sender=KAREN.email, subject="5556667 completed", body="Done.")
    deliver(settings, sender=REBECCA.email, subject="Re: reminder",
            body="Not completed yet, sorry.\n\n> Case 5556667: Update the chronology")
    run_once(settings, now=OVERDUE_DAY, progress=lambda line: None)
    assert open_actions(settings) == ["Update the chronology", "Visit the child at school"]
    [refusal] = outbox(settings, "actions_closed")
    assert refusal["To"] == KAREN.email and "not yours to close" in refusal.get_body(("plain",)).get_content()
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX)
    assert len(mailbox.folder_messages("Needs attention")) == 2


# --- the same on every mailbox backend -----------------------------------------

CASE = "7001001"
REPLIED = datetime(2026, 11, 23, 11, 20, tzinfo=timezone.utc)  # the reply reaches the mailbox
NEXT_PASS = datetime(2026, 11, 23, 11, 30, tzinfo=timezone.utc)
CONFIRMED = [f"- Case {CASE}: Update the chronology (due 20 November 2026)",
             f"- Case {CASE}: Visit the child at school (due 20 November 2026)"]


def bot_on(harness, config_dir, data_dir, monkeypatch):
    """Settings pointing the bot at the harness's mailbox, and the open
    actions of case 7001001 in its store."""
    configure_bot(harness, config_dir, monkeypatch)
    settings = load_settings(config_dir, data_dir)
    with_actions(settings, CASE)
    return settings


def sent(harness, kind: str) -> list:
    return [message for message in harness.sent() if message["X-QA-Bot"] == kind]


def confirmation_of(harness, manager) -> list[str]:
    """The one confirmation the bot sent, to `manager` in reply to their
    email: its greeting and the actions it lists as closed."""
    [confirmation] = sent(harness, "actions_closed")
    assert (confirmation["To"], confirmation["Subject"]) == (manager.email, "Actions marked completed")
    text = confirmation.get_body(("plain",)).get_content()
    return [line.strip() for line in text.splitlines() if line.startswith(("Dear ", "- Case "))]


def tracker_statuses(settings, case_id: str) -> list[str]:
    header, *rows = load_workbook(settings.tracker_file)["Actions"].iter_rows(values_only=True)
    return [row[header.index("Status")] for row in rows if row[header.index("Case ID")] == case_id]


def test_a_manager_writing_case_actions_completed_closes_them_on_every_backend(
        harness, config_dir, data_dir, monkeypatch):
    """Joanne writes from Outlook (plain text and HTML, a signature logo);
    the words that close the actions are in the body, not the subject."""
    settings = bot_on(harness, config_dir, data_dir, monkeypatch)
    harness.deliver(build_email(sender=JOANNE.email, sender_name=JOANNE.name, to=MAILBOX, subject=f"Case {CASE}",
                                body=f"Case {CASE} - actions completed.", inline_logo=True, date=REPLIED,
                                message_id="<closing-1@northmoor.example.gov.uk>"), REPLIED)

    run_once(settings, now=NEXT_PASS, progress=lambda line: None)

    assert open_actions(settings, CASE) == []
    assert tracker_statuses(settings, CASE) == ["Completed", "Completed"]
    assert confirmation_of(harness, JOANNE) == ["Dear Joanne,", *CONFIRMED]
    [confirmation] = sent(harness, "actions_closed")
    assert confirmation["In-Reply-To"] == "<closing-1@northmoor.example.gov.uk>"
    assert [message["Subject"] for message in harness.filed(PROCESSED)] == [f"Case {CASE}"]
    assert harness.filed(NEEDS_ATTENTION) == []


def test_done_in_reply_to_an_action_reminder_closes_its_actions_on_every_backend(
        harness, config_dir, data_dir, monkeypatch):
    """Rebecca answers the overdue reminder without naming the case: only
    its In-Reply-To says which actions she means, and the case IDs in the
    reminder she quotes do not count."""
    settings = bot_on(harness, config_dir, data_dir, monkeypatch)
    run_once(settings, now=OVERDUE_DAY, progress=lambda line: None, reminders=True)
    [overdue] = sent(harness, "action_overdue")
    assert overdue["To"] == REBECCA.email
    quoted = "".join(f"> {line}\n" for line in overdue.get_body(("plain",)).get_content().splitlines())
    harness.deliver(build_email(
        sender=REBECCA.email, sender_name=REBECCA.name, to=MAILBOX, subject=f"RE: {overdue['Subject']}",
        body=f"Both done now, thanks.\n\nOn Mon, 23 Nov 2026 at 09:00, CSC Audits wrote:\n{quoted}",
        headers={"In-Reply-To": overdue["Message-ID"], "References": overdue["Message-ID"]},
        message_id="<reply-1@northmoor.example.gov.uk>", date=REPLIED), REPLIED)

    run_once(settings, now=NEXT_PASS, progress=lambda line: None)

    assert open_actions(settings, CASE) == []
    assert tracker_statuses(settings, CASE) == ["Completed", "Completed"]
    assert confirmation_of(harness, REBECCA) == ["Dear Rebecca,", *CONFIRMED]
    assert [message["Subject"] for message in harness.filed(PROCESSED)] == [f"RE: {overdue['Subject']}"]
    later = datetime(2026, 12, 7, 9, tzinfo=timezone.utc)  # the ten-day chaser would fall here
    run_once(settings, now=later, progress=lambda line: None, reminders=True)
    assert len(sent(harness, "action_overdue")) == 1, "completed actions are not chased again"


def test_a_case_reference_with_letters_names_its_case_when_closing_by_email():
    from types import SimpleNamespace

    from bot.closing import actions_meant
    from bot.mailbox import InboundMessage

    class Actions:  # the store's one look-up this needs
        def open_actions_for_case(self, case_id):
            return [SimpleNamespace(id=case_id)] if case_id in ("EH/20451", "5556667") else []

    message = InboundMessage(key="k", sender=JOANNE.email, sender_name="", subject="EH/20451 and 5556667",
                             received=OVERDUE_DAY, message_id=None, headers={}, attachments=[],
                             body="Both completed, thanks.")
    assert sorted(action.id for action in actions_meant(message, Actions())) == ["5556667", "EH/20451"]
