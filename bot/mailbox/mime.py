"""RFC 5322 messages: reading an inbound message's bytes and writing an
outgoing one. Shared by the adapters that deal in raw mail (Maildir, IMAP),
and by the Graph adapter, which sends MIME, reads forwarded emails as MIME
and turns an HTML body into text the same way (`html_text`)."""

from __future__ import annotations

import hashlib
import html
import re
from datetime import datetime, timezone
from email import encoders, message_from_bytes
from email.charset import QP, Charset
from email.header import Header, decode_header, make_header
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr, getaddresses, parsedate_to_datetime

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


def parse_message(raw: bytes, *, received: datetime | None, handle: object = None) -> InboundMessage:
    """Given the bytes of one message and when the mailbox received it,
    return it as an `InboundMessage`.

    `received` comes from the mailbox (the IMAP `INTERNALDATE`, the Maildir
    delivery time); only when the mailbox cannot say is the sender's `Date:`
    header taken instead, and failing that the present moment.

    Its key is the Message-ID; a message without one (rare, but some scanners
    and scripts send them) is keyed by a hash of its bytes, which is just as
    stable while the message sits unchanged in the mailbox.

    Read with the `compat32` policy and the few headers needed decoded by
    hand: the modern policy parses every header into objects, which costs
    more than reading the form itself.
    """
    message = message_from_bytes(raw, policy=compat32)
    message_id = clean_message_id(header_text(message, "Message-ID"))
    key = message_id or "sha256:" + hashlib.sha256(raw).hexdigest()
    sender_name, sender = first_address(header_text(message, "From"))
    sent = message_date(message)
    return InboundMessage(
        key=key,
        sender=sender,
        sender_name=sender_name,
        subject=header_text(message, "Subject"),
        received=received or sent or datetime.now(timezone.utc),
        sent=sent,
        message_id=message_id,
        headers={name: header_text(message, name) for name in KEPT_HEADERS if name in message},
        attachments=list(attachments_of(message)),
        handle=handle,
        references=tuple(header_text(message, "References").split()),
        in_reply_to=clean_message_id(header_text(message, "In-Reply-To")),
        body=plain_text(message),
    )


def header_text(message: Message, name: str) -> str:
    """A header's decoded text (RFC 2047 encoded words undone), or '' when
    absent or unreadable."""
    value = message.get(name)
    if value is None:
        return ""
    return decoded(value)


def decoded(value) -> str:
    try:
        text = str(make_header(decode_header(str(value))))
    except Exception:  # a malformed header must not stop the pass
        text = str(value)
    return " ".join(text.split())


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


def message_date(message: Message) -> datetime | None:
    try:
        value = parsedate_to_datetime(header_text(message, "Date"))
    except (TypeError, ValueError, IndexError):
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value


def attachments_of(message: Message):
    """Yield the files a person attached, including those inside a forwarded
    message attached as an item. Inline images (signature logos, pasted
    pictures) are not attachments anyone meant to send."""
    for part in message.walk():
        if part.is_multipart():
            continue
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        filename = decoded(filename) if filename else None
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


def plain_text(message: Message) -> str:
    """The message's own text: its plain-text body, or its HTML body with
    the tags taken out (`html_text`); '' when it has neither. Lines end in
    a bare newline, as Graph's adapter gives them too, whatever the
    message was sent with."""
    found = {}
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment" or part.get_filename():
            continue
        subtype = part.get_content_type()
        if subtype in ("text/plain", "text/html") and subtype not in found:
            found[subtype] = part
        if "text/plain" in found:
            break
    part = found.get("text/plain") or found.get("text/html")
    if part is None:
        return ""
    try:
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8", errors="replace")
    except (LookupError, ValueError):
        return ""
    if part.get_content_type() == "text/html":
        return html_text(text)
    return text.replace("\r\n", "\n").strip()


def html_text(markup: str) -> str:
    """The text of an HTML body: scripts and styles dropped, a line break
    where a paragraph, division or <br> ends, the other tags taken out and
    character references undone."""
    text = re.sub(r"(?is)<(script|style).*?</\1>", " ", markup)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text.replace("\r\n", "\n").strip()


# UTF-8 bodies as quoted-printable: readable in an .eml, safe over any server.
UTF8 = Charset("utf-8")
UTF8.header_encoding = QP
UTF8.body_encoding = QP
# Lines end in CRLF, as SMTP requires (smtplib sends bytes as they are).
WIRE = compat32.clone(linesep="\r\n")


def build_message(outgoing: OutgoingMessage, *, sender: str, sender_name: str) -> Message:
    """The RFC 5322 message for `outgoing`, sent from `sender`.

    Built with the `email.mime` classes: the modern `EmailMessage` API
    parses every header it sets into objects, which costs more than the
    rest of a receipt together.
    """
    body = MIMEText(outgoing.text, "plain", UTF8, policy=WIRE)
    if outgoing.html:
        body = MIMEMultipart("alternative", _subparts=[body, MIMEText(outgoing.html, "html", UTF8, policy=WIRE)],
                             policy=WIRE)
    if outgoing.attachments:
        message = MIMEMultipart("mixed", _subparts=[body], policy=WIRE)
        for attachment in outgoing.attachments:
            maintype, _, subtype = attachment.content_type.partition("/")
            part = MIMEApplication(attachment.data, _subtype=subtype or "octet-stream", policy=WIRE) \
                if maintype == "application" else MIMEBase(maintype, subtype or "octet-stream", policy=WIRE)
            if maintype != "application":
                part.set_payload(attachment.data)
                encoders.encode_base64(part)
            part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", attachment.filename)
                            if not attachment.filename.isascii() else attachment.filename)
            message.attach(part)
    else:
        message = body
    message["From"] = formataddr((sender_name, sender), charset="utf-8") if sender_name else sender
    message["To"] = ", ".join(outgoing.to)
    if outgoing.cc:
        message["Cc"] = ", ".join(outgoing.cc)
    message["Subject"] = outgoing.subject if outgoing.subject.isascii() else Header(outgoing.subject, UTF8)
    message["Date"] = format_datetime(outgoing.date or datetime.now(timezone.utc))
    if outgoing.message_id:
        message["Message-ID"] = f"<{outgoing.message_id}>"
    if outgoing.in_reply_to:
        message["In-Reply-To"] = f"<{outgoing.in_reply_to}>"
        references = [*outgoing.references, outgoing.in_reply_to]
        message["References"] = " ".join(f"<{reference.strip('<>')}>" for reference in references)
    for name, value in outgoing.headers.items():
        message[name] = value
    return message
