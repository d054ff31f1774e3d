"""Building email messages as mail clients send them, for the demo and tests.

    raw = build_email(sender="jane.ashdown@…", to="cscaudits@…",
                      subject="Audit", attachments=[("audit.docx", data)])
"""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KNOWN_TYPES = {".docx": DOCX, ".xlsx": XLSX, ".pdf": "application/pdf", ".doc": "application/msword"}


def build_email(*, sender: str, to: str, subject: str, body: str = "Please find attached.",
                attachments: Iterable[tuple[str, bytes]] = (), sender_name: str = "",
                date: datetime, message_id: str | None = None,
                headers: dict[str, str] | None = None, inline_logo: bool = False,
                forwarded: bytes | None = None) -> bytes:
    """The bytes of one email. `forwarded` attaches another message as an
    item (message/rfc822), as Outlook does with "Forward as attachment";
    `inline_logo` adds a signature image the bot must not mistake for a form."""
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = f"{sender_name} <{sender}>" if sender_name else sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date)
    message["Message-ID"] = message_id or make_msgid(domain=sender.split("@")[-1])
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if inline_logo:
        message.add_alternative(f"<p>{body}</p><img src=\"cid:logo\">", subtype="html")
        html_part = message.get_payload()[-1]
        html_part.add_related(TINY_PNG, maintype="image", subtype="png", cid="<logo>",
                              disposition="inline", filename="image001.png")
    for filename, data in attachments:
        content_type = KNOWN_TYPES.get(suffix(filename)) or mimetypes.guess_type(filename)[0] \
            or "application/octet-stream"
        maintype, subtype = content_type.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    if forwarded is not None:
        from email.parser import BytesParser

        inner = BytesParser(policy=policy.default).parsebytes(forwarded)
        message.add_attachment(inner)
    return bytes(message)


def suffix(filename: str) -> str:
    return "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


# A 1×1 transparent PNG: the smallest picture that is a real picture.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
