"""One contract, every mailbox backend: the same scenarios run over the
Maildir, IMAP and Microsoft Graph adapters, each against a real server
(for Graph, a local server speaking Graph's documented wire format to the
real O365 library). The `harness` fixture (tests/conftest.py) yields each
backend in turn.

Every field of an incoming message that the core reads is checked here on
every backend (the body above all, plain, HTML-only and quoted, and the
threading headers closing by email relies on), so that no backend can drop
one quietly.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

from mailbox_harness import ADDRESS, configure_bot
from openpyxl import load_workbook

from bot.mailbox import NEEDS_ATTENTION, PROCESSED, OutgoingMessage
from bot.mailbox.base import Attachment
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email

SENT = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)

SENDER = "joanne.fletcher@northmoor.example.gov.uk"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def email(number: int, **fields) -> bytes:
    fields.setdefault("attachments", [("CFA 1234567.docx", b"PK\x03\x04 a form " + bytes([number]))])
    fields.setdefault("date", SENT)
    return build_email(sender=SENDER, to=ADDRESS, subject=f"Audit {number}",
                       message_id=f"<contract-{number}@northmoor.example.gov.uk>", **fields)


def test_new_mail_is_listed_once_with_its_attachments_and_filed(harness):
    harness.deliver(email(1))
    harness.deliver(email(2, attachments=[("Auditoría ñ.xlsx", b"PK sheet"), ("b.docx", b"PK b")]))
    mailbox = harness.open_mailbox()
    try:
        messages = list(mailbox.fetch_new())
        assert [message.subject for message in messages] == ["Audit 1", "Audit 2"]
        first, second = messages
        assert first.sender == SENDER
        assert first.message_id == "contract-1@northmoor.example.gov.uk"
        assert [(item.filename, item.data) for item in first.attachments] == [
            ("CFA 1234567.docx", b"PK\x03\x04 a form \x01")]
        assert [item.filename for item in second.attachments] == ["Auditoría ñ.xlsx", "b.docx"]
        mailbox.move(first, PROCESSED)
        mailbox.move(second, NEEDS_ATTENTION)
        assert list(mailbox.fetch_new()) == []
    finally:
        mailbox.close()
    assert [message["Subject"] for message in harness.filed(PROCESSED)] == ["Audit 1"]
    assert [message["Subject"] for message in harness.filed(NEEDS_ATTENTION)] == ["Audit 2"]


def test_unfiled_mail_is_listed_again_after_a_restart_with_the_same_key(harness):
    harness.deliver(email(3))
    mailbox = harness.open_mailbox()
    try:
        [before] = list(mailbox.fetch_new())
    finally:
        mailbox.close()
    restarted = harness.open_mailbox()
    try:
        [after] = list(restarted.fetch_new())
        assert after.key == before.key
        restarted.move(after, PROCESSED)
        restarted.move(after, PROCESSED)  # a retried move files it once
    finally:
        restarted.close()
    assert len(harness.filed(PROCESSED)) == 1


def test_a_forwarded_form_is_found_inside_the_forwarded_email(harness):
    inner = build_email(sender=SENDER, to="someone@northmoor.example.gov.uk", subject="My audit", date=SENT,
                        attachments=[("inner.docx", b"PK inner form")])
    harness.deliver(email(4, attachments=[], forwarded=inner, inline_logo=True))
    mailbox = harness.open_mailbox()
    try:
        [message] = list(mailbox.fetch_new())
        assert [(item.filename, item.data) for item in message.attachments] == [("inner.docx", b"PK inner form")]
    finally:
        mailbox.close()


def test_mail_is_sent_with_its_threading_and_attachments(harness):
    mailbox = harness.open_mailbox()
    try:
        mailbox.send(OutgoingMessage(
            to=[SENDER], cc=["qa-team@northmoor.example.gov.uk"], subject="Audit received: case 1234567",
            text="Thank you.", html="<p>Thank you.</p>", message_id="receipt-1.qa-bot@northmoor.example.gov.uk",
            in_reply_to="contract-1@northmoor.example.gov.uk",
            headers={"Auto-Submitted": "auto-replied", "X-QA-Bot": "receipt"},
            attachments=[Attachment("report.docx", DOCX, b"PK report")]))
    finally:
        mailbox.close()
    [message] = harness.sent()
    assert message["Subject"] == "Audit received: case 1234567"
    assert SENDER in message["To"] and "qa-team@northmoor.example.gov.uk" in message["Cc"]
    assert message.get_body(("plain",)).get_content().strip() == "Thank you."
    [attachment] = list(message.iter_attachments())
    assert (attachment.get_filename(), attachment.get_content()) == ("report.docx", b"PK report")


def test_received_is_when_the_mailbox_got_the_message_and_sent_is_its_date_header(harness):
    claimed = datetime(2026, 11, 28, 16, 0, tzinfo=timezone.utc)
    arrived = datetime(2026, 12, 2, 9, 15, tzinfo=timezone.utc)
    harness.deliver(email(5, date=claimed), arrived)
    mailbox = harness.open_mailbox()
    try:
        [message] = list(mailbox.fetch_new())
    finally:
        mailbox.close()
    assert message.received == arrived
    assert message.sent == claimed


def only_message(harness):
    """The one message waiting in the harness's inbox, as a new adapter reads it."""
    mailbox = harness.open_mailbox()
    try:
        [message] = list(mailbox.fetch_new())
    finally:
        mailbox.close()
    return message


def lines_of(text: str) -> list[str]:
    """The non-blank lines of `text`, spacing evened out: what a reader
    sees, however a backend turned markup into text."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def html_only(raw: bytes, markup: str) -> bytes:
    """`raw`, a message whose only part is its plain-text body, with that
    body replaced by `markup`, as a mail client that writes HTML alone sends it."""
    message = BytesParser(policy=policy.SMTP).parsebytes(raw)
    message.set_content(markup, subtype="html")
    return bytes(message)


REMINDER_ID = "action-overdue-1.qa-bot@northmoor.example.gov.uk"
REPLY_TEXT = (
    "Both done now – thanks.\n"
    "\n"
    "Joanne\n"
    "\n"
    "From: CSC Audits <cscaudits@northmoor.example.gov.uk>\n"
    "Sent: 23 November 2026 09:00\n"
    "Subject: Overdue: 2 audit actions past their due date\n"
    "\n"
    "> Case 7001001: Update the chronology\n"
    "> Case 7001001: Visit the child at school\n"
)


def test_a_reply_is_read_with_every_field_the_core_uses(harness):
    """Closing actions reads the words above the quoted reminder and the
    reminder's id in In-Reply-To; the bot's answer threads on References;
    admission reads the sender and Authentication-Results; deadlines go by
    when the mailbox received it. A backend that drops one of them breaks
    the bot without an error."""
    claimed = datetime(2026, 11, 23, 9, 40, tzinfo=timezone.utc)
    arrived = datetime(2026, 11, 23, 9, 41, tzinfo=timezone.utc)
    checks = "mx.northmoor.example.gov.uk; spf=pass; dkim=pass; dmarc=pass"
    harness.deliver(build_email(
        sender="Joanne.Fletcher@Northmoor.example.gov.uk", sender_name="Joanne Fletcher", to=ADDRESS,
        subject="RE: Overdue: 2 audit actions past their due date", body=REPLY_TEXT, date=claimed,
        message_id="<reply-1@northmoor.example.gov.uk>", attachments=[("notes.docx", b"PK notes")],
        headers={"In-Reply-To": f"<{REMINDER_ID}>",
                 "References": f"<audit-1@northmoor.example.gov.uk> <{REMINDER_ID}>",
                 "Authentication-Results": checks}), arrived)

    message = only_message(harness)

    assert (message.sender, message.sender_name) == (SENDER, "Joanne Fletcher")
    assert message.subject == "RE: Overdue: 2 audit actions past their due date"
    assert message.message_id == "reply-1@northmoor.example.gov.uk"
    assert message.in_reply_to == REMINDER_ID
    assert message.references == ("<audit-1@northmoor.example.gov.uk>", f"<{REMINDER_ID}>")
    assert message.body == REPLY_TEXT.strip(), "the whole body, quoted lines and line breaks kept"
    assert (message.received, message.sent) == (arrived, claimed)
    assert message.headers["Authentication-Results"] == checks
    assert [(item.filename, item.content_type, item.data) for item in message.attachments] == [
        ("notes.docx", DOCX, b"PK notes")]


def test_a_message_written_in_html_alone_gives_its_text_without_the_markup(harness):
    markup = ("<html><head><style>p {margin: 0}</style></head><body>"
              "<p>Case 7001001 &ndash; actions completed.</p><p>Thanks,<br>Joanne</p></body></html>")
    harness.deliver(html_only(build_email(sender=SENDER, to=ADDRESS, subject="Case 7001001", date=SENT,
                                          message_id="<html-1@northmoor.example.gov.uk>"), markup), SENT)

    message = only_message(harness)

    assert lines_of(message.body) == ["Case 7001001 – actions completed.", "Thanks,", "Joanne"]
    assert (message.in_reply_to, message.references, message.attachments) == (None, (), [])


def test_a_message_in_plain_text_and_html_gives_the_same_words(harness):
    """Outlook sends both, with the signature logo beside the HTML."""
    harness.deliver(build_email(sender=SENDER, to=ADDRESS, subject="Case 7001001", date=SENT,
                                body="Case 7001001 - actions completed.", inline_logo=True,
                                message_id="<both-1@northmoor.example.gov.uk>"), SENT)

    message = only_message(harness)

    assert lines_of(message.body) == ["Case 7001001 - actions completed."]
    assert message.attachments == [], "the logo is not an attachment"


def november_audit(seed: int, day: date):
    """A case file audit by Joanne Fletcher dated `day`."""
    joanne = next(member for member in STAFF if member.name == "Joanne Fletcher")
    form = next(form for form in sample_forms(40, seed=seed, today=date(2026, 12, 1))
                if form.kind == CASE_FILE_AUDIT and form.case_id and not form.urgent_concern)
    practitioner = next(other.name for other in STAFF if other.reports_to == joanne.email)
    return joanne, dataclasses.replace(form, auditor=joanne.name, team=joanne.team, service=joanne.service,
                                       practitioner=practitioner, date=day, moderation=None,
                                       grade="Good" if form.grade == "Inadequate" else form.grade)


def test_a_form_that_reached_the_mailbox_after_the_deadline_is_late_whatever_its_date_header_says(
        harness, config_dir, data_dir, monkeypatch):
    """Joanne owes two audits by Monday 30 November 2026. The first arrives
    on the 27th; the second's Date header says the 28th, but it reached the
    mailbox on 2 December (a sender's wrong clock, or a copy forwarded
    late): November is complete, late."""
    from bot.cli import run_once
    from bot.config import load_settings

    joanne, first = november_audit(1, date(2026, 11, 9))
    _, second = november_audit(2, date(2026, 11, 25))
    on_time = datetime(2026, 11, 27, 11, 0, tzinfo=timezone.utc)
    claimed = datetime(2026, 11, 28, 16, 0, tzinfo=timezone.utc)
    arrived = datetime(2026, 12, 2, 9, 15, tzinfo=timezone.utc)
    harness.deliver(build_email(sender=joanne.email, to=ADDRESS, subject="Audit", date=on_time,
                                attachments=[("first.docx", build_docx(first, "table"))]), on_time)
    harness.deliver(build_email(sender=joanne.email, to=ADDRESS, subject="Audit", date=claimed,
                                attachments=[("second.docx", build_docx(second, "table"))]), arrived)
    configure_bot(harness, config_dir, monkeypatch)
    settings = load_settings(config_dir, data_dir)

    summary = run_once(settings, now=datetime(2026, 12, 2, 10, 0, tzinfo=timezone.utc), progress=lambda line: None)

    assert (summary.forms_logged, summary.failed) == (2, 0)
    workbook = load_workbook(settings.tracker_file)
    audits = [dict(zip(row[0], values)) for row in [list(workbook["Audits"].iter_rows(values_only=True))]
              for values in row[1:] if any(values)]
    received = {row["Case ID"]: row["Received"] for row in audits}
    # The tracker shows when the mailbox received each form, in UK time.
    assert received == {first.case_id: datetime(2026, 11, 27, 11, 0), second.case_id: datetime(2026, 12, 2, 9, 15)}
    header, *rows = list(workbook["Compliance"].iter_rows(values_only=True))
    [november] = [values for values in (dict(zip(header, row)) for row in rows)
                  if values["Name"] == joanne.name and values["Requirement"] == "full case file audits"
                  and values["Period"] == "November 2026"]
    assert (november["Expected"], november["Received"], november["Status"]) == (2, 2, "Complete (late)")
