from __future__ import annotations

import dataclasses
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from bot.mailbox import NEEDS_ATTENTION, PROCESSED, OutgoingMessage
from bot.mailbox.maildir import MaildirMailbox
from bot.samples.messages import build_email

ADDRESS = "cscaudits@example.gov.uk"
SENT = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def mailbox(tmp_path: Path) -> MaildirMailbox:
    return MaildirMailbox(tmp_path / "mailbox", tmp_path / "outbox", address=ADDRESS, display_name="CSC Audits")


def deliver(mailbox: MaildirMailbox, **fields) -> Path:
    fields.setdefault("sender", "kim.ode@example.gov.uk")
    fields.setdefault("to", ADDRESS)
    fields.setdefault("subject", "Audit")
    fields.setdefault("date", SENT)
    return mailbox.deliver(build_email(**fields), received=SENT)


def test_new_mail_is_listed_with_its_attachments_until_it_is_filed(mailbox):
    deliver(mailbox, attachments=[("audit.docx", b"PK fake docx"), ("notes.xlsx", b"PK fake xlsx")],
            message_id="<one@example.gov.uk>")
    [message] = list(mailbox.fetch_new())
    assert message.key == "one@example.gov.uk"
    assert message.sender == "kim.ode@example.gov.uk"
    assert [(item.filename, item.data) for item in message.attachments] == [
        ("audit.docx", b"PK fake docx"), ("notes.xlsx", b"PK fake xlsx")]
    assert len(list(mailbox.fetch_new())) == 1, "unfiled mail is listed again"

    mailbox.move(message, PROCESSED)
    assert list(mailbox.fetch_new()) == []
    assert len(mailbox.folder_messages(PROCESSED)) == 1
    assert (mailbox.root / ".Processed" / "cur").is_dir()
    assert (mailbox.root / ".Needs attention" / "cur").is_dir()


def test_moving_a_message_twice_leaves_one_copy(mailbox):
    deliver(mailbox)
    [message] = list(mailbox.fetch_new())
    mailbox.move(message, NEEDS_ATTENTION)
    mailbox.move(message, NEEDS_ATTENTION)
    assert len(mailbox.folder_messages(NEEDS_ATTENTION)) == 1


def test_signature_logos_are_not_attachments_but_forwarded_forms_are(mailbox):
    inner = build_email(sender="jane@example.gov.uk", to="kim.ode@example.gov.uk", subject="My audit", date=SENT,
                        attachments=[("audit.docx", b"PK inner")])
    deliver(mailbox, inline_logo=True, forwarded=inner)
    [message] = list(mailbox.fetch_new())
    assert [item.filename for item in message.attachments] == ["audit.docx"]
    assert message.attachments[0].data == b"PK inner"


def test_a_message_without_message_id_gets_a_stable_key(mailbox):
    path = deliver(mailbox)
    raw = path.read_bytes()
    stripped = b"\n".join(line for line in raw.split(b"\n") if not line.lower().startswith(b"message-id"))
    path.write_bytes(stripped)
    first = [message.key for message in mailbox.fetch_new()]
    second = [message.key for message in mailbox.fetch_new()]
    assert first == second and first[0].startswith("sha256:")


def test_the_same_message_sent_again_later_is_not_written_twice(mailbox):
    # A pass that stopped after sending and ran again sends the same
    # Message-ID at a later time: the outbox still holds one copy.
    first = OutgoingMessage(to=["kim.ode@example.gov.uk"], subject="Received", text="Thank you.",
                            message_id="abc.qa-bot@example.gov.uk", date=datetime(2026, 3, 2, 9, 0, 59, tzinfo=timezone.utc))
    again = dataclasses.replace(first, date=datetime(2026, 3, 2, 9, 1, 0, tzinfo=timezone.utc))
    mailbox.send(first)
    mailbox.send(again)
    assert [path.name[:15] for path in mailbox.outbox.glob("*.eml")] == ["20260302-090059"]


def test_sent_mail_is_an_eml_file_written_once_per_message_id(mailbox):
    outgoing = OutgoingMessage(to=["kim.ode@example.gov.uk"], cc=["qa@example.gov.uk"], subject="Received",
                               text="Thank you.", html="<p>Thank you.</p>", message_id="abc.qa-bot@example.gov.uk",
                               in_reply_to="one@example.gov.uk", headers={"Auto-Submitted": "auto-replied"})
    mailbox.send(outgoing)
    mailbox.send(outgoing)
    [sent] = list(mailbox.outbox.glob("*.eml"))
    message = BytesParser(policy=policy.default).parsebytes(sent.read_bytes())
    assert message["To"] == "kim.ode@example.gov.uk"
    assert message["Cc"] == "qa@example.gov.uk"
    assert message["From"] == "CSC Audits <cscaudits@example.gov.uk>"
    assert message["In-Reply-To"] == "<one@example.gov.uk>"
    assert message["Auto-Submitted"] == "auto-replied"
    assert message.get_body(("plain",)).get_content().strip() == "Thank you."
    assert message.get_body(("html",)).get_content().strip() == "<p>Thank you.</p>"
