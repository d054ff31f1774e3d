"""Closing the loop by email: "completed" in reply to a reminder, or naming
the case, marks the actions done and stops their reminders."""

from __future__ import annotations

from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

from bot.cli import run_once
from bot.forms import Action, ParsedForm
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import STAFF
from bot.samples.messages import build_email
from bot.store import FormRecord, MessageRecord, Store

MAILBOX = "cscaudits@northmoor.example.gov.uk"
BY_NAME = {member.name: member for member in STAFF}
JOANNE, REBECCA, KAREN = BY_NAME["Joanne Fletcher"], BY_NAME["Rebecca Shaw"], BY_NAME["Karen Holt"]
OVERDUE_DAY = datetime(2026, 11, 23, 9, tzinfo=timezone.utc)  # the first working day after the 20th


def with_actions(settings) -> None:
    store = Store(settings.state_db)
    try:
        form = ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id="5556667", auditor=JOANNE.name,
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


def open_actions(settings) -> list[str]:
    store = Store(settings.state_db)
    try:
        return [action.action for action in store.open_actions_for_case("5556667")]
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
