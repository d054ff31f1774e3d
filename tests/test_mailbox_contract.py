"""One contract, every mailbox backend: the same scenarios run over the
Maildir, IMAP and Microsoft Graph adapters, each against a real server
(for Graph, a local server speaking Graph's documented wire format to the
real O365 library)."""

from __future__ import annotations

import importlib

import pytest
from mailbox_harness import ADDRESS, maildir_harness

from bot.mailbox import NEEDS_ATTENTION, PROCESSED, OutgoingMessage
from bot.mailbox.base import Attachment
from bot.samples.messages import build_email

SENDER = "joanne.fletcher@northmoor.example.gov.uk"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def harness_factory(name: str):
    """The backend's harness (its module raises ModuleNotFoundError, and the
    backend is skipped saying why, only when the harness is not written yet)."""
    if name == "maildir":
        return maildir_harness
    module = importlib.import_module(f"{name}_server")
    return getattr(module, f"{name}_harness")


@pytest.fixture(params=["maildir", "imap", "graph"])
def harness(request, tmp_path):
    try:
        factory = harness_factory(request.param)
    except ModuleNotFoundError as error:
        pytest.skip(f"no {request.param} harness: {error}")
    with factory(tmp_path) as running:
        yield running


def email(number: int, **fields) -> bytes:
    fields.setdefault("attachments", [("CFA 1234567.docx", b"PK\x03\x04 a form " + bytes([number]))])
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
    inner = build_email(sender=SENDER, to="someone@northmoor.example.gov.uk", subject="My audit",
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
