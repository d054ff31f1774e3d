"""Mailboxes the bot can watch: one adapter per backend behind `Mailbox`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.mailbox.base import (
    FOLDERS,
    NEEDS_ATTENTION,
    PROCESSED,
    Attachment,
    InboundMessage,
    Mailbox,
    MailboxError,
    OutgoingMessage,
)

if TYPE_CHECKING:
    from bot.config import Settings

__all__ = [
    "FOLDERS",
    "NEEDS_ATTENTION",
    "PROCESSED",
    "Attachment",
    "InboundMessage",
    "Mailbox",
    "MailboxError",
    "OutgoingMessage",
    "open_mailbox",
]


def open_mailbox(settings: Settings) -> Mailbox:
    """The mailbox the settings name. Vendor libraries are imported here,
    lazily, so the core never depends on them."""
    mailbox = settings.mailbox
    if mailbox.backend == "maildir":
        from bot.mailbox.maildir import MaildirMailbox

        return MaildirMailbox(mailbox.maildir, mailbox.outbox,
                              address=mailbox.address, display_name=mailbox.display_name)
    if mailbox.backend == "imap":
        from bot.mailbox.imap import ImapMailbox

        return ImapMailbox.from_settings(settings)
    if mailbox.backend == "graph":
        from bot.mailbox.graph import GraphMailbox

        return GraphMailbox.from_settings(settings)
    raise MailboxError(f"The '{mailbox.backend}' mailbox is not available in this release", permanent=True)
