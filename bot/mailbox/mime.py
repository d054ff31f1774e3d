"""RFC 5322 messages: reading an inbound message's bytes and writing an
outgoing one. Shared by the adapters that deal in raw mail (Maildir, IMAP)."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, getaddresses, parsedate_to_datetime

from bot.mailbox.base import Attachment, InboundMessage, OutgoingMessage

# Headers kept for the core's decisions (auto-replies, loops, threading).
KEPT_HEADERS = (
    "Auto-Submitted",
    "Precedence",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
    "X-QA-Bot",
    "Content-Type",
    "Return-Path",
    "List-Id",
    "Authentication-Results",
)


def parse_message(raw: bytes, *, fallback_received: datetime, handle: object = None) -> InboundMessage:
    """Given the bytes of one message, return it as an `InboundMessage`.

    Its key is the Message-ID; a message without one (rare, but some scanners
    and scripts send them) is keyed by a hash of its bytes, which is just as
    stable while the message sits unchanged in the mailbox.
    """
    message = BytesParser(policy=policy.default).parsebytes(raw)
    message_id = clean_message_id(header_text(message, "Message-ID"))
    key = message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    sender_name, sender = first_address(header_text(message, "From"))
    return InboundMessage(
        key=key,
        sender=sender,
        sender_name=sender_name,
        subject=header_text(message, "Subject"),
        received=message_date(message) or fallback_received,
        message_id=message_id,
        headers={name: header_text(message, name) for name in KEPT_HEADERS if name in message},
        attachments=list(attachments_of(message)),
        handle=handle,
        references=tuple(header_text(message, "References").split()),
        in_reply_to=clean_message_id(header_text(message, "In-Reply-To")),
        body=plain_text(message),
    )


def plain_text(message: EmailMessage) -> str:
    """The message's own text: its plain-text body, or its HTML body with
    the tags taken out; '' when it has neither."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
        if part is None:
            return ""
        text = part.get_content()
    except Exception:  # a malformed body must not stop the pass
        return ""
    if part.get_content_subtype() == "html":
        text = re.sub(r"(?is)<(script|style).*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text.strip()


def header_text(message: EmailMessage, name: str) -> str:
    """A header's decoded text, or '' when absent or unreadable."""
    try:
        value = message.get(name)
    except Exception:  # a malformed header must not stop the pass
        return ""
    return str(value).strip() if value is not None else ""


def clean_message_id(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    return value.split()[0].strip("<>") or None


def first_address(value: str) -> tuple[str, str]:
    addresses = getaddresses([value])
    if not addresses:
        return "", ""
    name, address = addresses[0]
    return name.strip(), address.strip().lower()


def message_date(message: EmailMessage) -> datetime | None:
    try:
        value = parsedate_to_datetime(header_text(message, "Date"))
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


def attachments_of(message: EmailMessage):
    """Yield the files a person attached, including those inside a forwarded
    message attached as an item. Inline images (signature logos, pasted
    pictures) are not attachments anyone meant to send."""
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        content_type = part.get_content_type()
        if disposition != "attachment" and not filename:
            continue
        if disposition == "inline" and content_type.startswith("image/"):
            continue
        if content_type.startswith("image/") and part.get("Content-ID") and disposition != "attachment":
            continue
        try:
            data = part.get_payload(decode=True) or b""
        except Exception:
            data = b""
        yield Attachment(filename=filename or "attachment", content_type=content_type, data=data)


def build_message(outgoing: OutgoingMessage, *, sender: str, sender_name: str) -> EmailMessage:
    """The RFC 5322 message for `outgoing`, sent from `sender`."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = str(Address(display_name=sender_name, addr_spec=sender))
    message["To"] = ", ".join(outgoing.to)
    if outgoing.cc:
        message["Cc"] = ", ".join(outgoing.cc)
    message["Subject"] = outgoing.subject
    message["Date"] = format_datetime(outgoing.date or datetime.now(timezone.utc))
    if outgoing.message_id:
        message["Message-ID"] = f"<{outgoing.message_id}>"
    if outgoing.in_reply_to:
        message["In-Reply-To"] = f"<{outgoing.in_reply_to}>"
        references = [*outgoing.references, outgoing.in_reply_to]
        message["References"] = " ".join(f"<{reference.strip('<>')}>" for reference in references)
    for name, value in outgoing.headers.items():
        message[name] = value
    message.set_content(outgoing.text)
    if outgoing.html:
        message.add_alternative(outgoing.html, subtype="html")
    for attachment in outgoing.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            attachment.data, maintype=maintype, subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message
