"""The mailbox port: the only thing the core knows about mail.

An adapter lists the messages waiting in the inbox, hands over their
attachments, files a message into a folder once it has been dealt with, and
sends mail. Adapters turn their library's errors into `MailboxError`, so the
core never sees a vendor exception.
"""

from __future__ import annotations

import abc
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.errors import BotError

# The two folders every backend keeps beside the inbox (DESIGN.md, data directory).
PROCESSED = "Processed"
NEEDS_ATTENTION = "Needs attention"
FOLDERS = (PROCESSED, NEEDS_ATTENTION)


class MailboxError(BotError):
    """A mailbox operation failed.

    `permanent` is true when retrying cannot help (a folder that cannot be
    created, a message that no longer exists); false for outages, throttling
    and timeouts, which the next pass retries.
    """

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class InboundMessage:
    """One message waiting in the inbox.

    `key` is stable for the life of the message, across moves and restarts
    (the Message-ID for Maildir and IMAP, the immutable id for Graph); the
    store uses it to make a pass idempotent. `handle` is the adapter's own
    reference and means nothing to the core.

    `received` is when the mailbox received the message (Graph's
    `receivedDateTime`, the IMAP `INTERNALDATE`, the Maildir delivery time):
    deadlines are judged by it. `sent` is what the sender's `Date:` header
    claims, which the sender's clock (or a forwarded copy) sets; it is only
    the fall-back when the mailbox cannot say.
    """

    key: str
    sender: str
    sender_name: str
    subject: str
    received: datetime
    message_id: str | None
    headers: Mapping[str, str]
    attachments: list[Attachment]
    handle: Any = None
    references: tuple[str, ...] = ()
    in_reply_to: str | None = None
    # The message's own words (plain text), for replies that carry no form.
    body: str = ""
    sent: datetime | None = None


@dataclass
class OutgoingMessage:
    to: list[str]
    subject: str
    text: str
    html: str | None = None
    cc: list[str] = field(default_factory=list)
    # Deterministic, so a message re-sent after a crash can be recognised.
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    # When the bot decided to send it; kept so a retry carries the same Date.
    date: datetime | None = None


class Mailbox(abc.ABC):
    """A mailbox the bot watches and sends from."""

    #: The mailbox's own address, used as From and to recognise our own mail.
    address: str

    @abc.abstractmethod
    def fetch_new(self) -> Iterator[InboundMessage]:
        """Yield every message waiting in the inbox, oldest first.

        A message stays in the inbox until `move` files it, so a message that
        is yielded but not moved is yielded again on the next call.
        """

    @abc.abstractmethod
    def move(self, message: InboundMessage, folder: str) -> None:
        """File `message` into `folder` (one of `FOLDERS`), creating the
        folder when absent. Moving a message that is already there is a no-op."""

    @abc.abstractmethod
    def send(self, message: OutgoingMessage) -> None:
        """Send `message` from this mailbox.

        Where the backend can tell, sending a message whose `message_id` was
        already sent does nothing, so a retry after a crash is safe.
        """

    def check(self) -> list[str]:
        """Problems with the connection and permissions, each one plain
        sentence for the IT contact (an empty list when all is well). The
        default lists the inbox, which is what every pass needs first."""
        try:
            for _ in self.fetch_new():
                break
        except MailboxError as error:
            return [str(error)]
        return []

    def close(self) -> None:  # noqa: B027 - a default most adapters keep
        """Release connections. The default has none to release."""
