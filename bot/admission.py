"""Whose mail the bot reads and answers.

- Its own mail, automatic replies and bulk mail are set aside; bounces and
  no-reply senders wait for a person. None of them is answered, so the bot
  never starts a mail loop (RFC 3834).
- Only people on the staff list, or at a configured domain, may submit
  forms. Anyone else's mail waits in Needs attention with no reply, so a
  forged or mistaken sender gets no backscatter.
- Mail whose SPF, DKIM or DMARC check failed at the council's own mail
  server (its Authentication-Results header) is held for a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.mailbox import NEEDS_ATTENTION, PROCESSED, InboundMessage

if TYPE_CHECKING:
    from bot.config import Settings

AUTOMATIC_SUBJECTS = ("automatic reply:", "auto reply:", "autoreply:", "out of office")
NO_REPLY_NAMES = ("noreply", "no-reply", "donotreply", "do-not-reply")
RESULT = re.compile(r"\b(spf|dkim|dmarc)\s*=\s*([a-z]+)", re.IGNORECASE)
FAILED = {"fail", "softfail", "permerror"}


@dataclass(frozen=True)
class SetAside:
    outcome: str  # ignored | needs_attention
    folder: str
    reason: str


def reason_to_skip(message: InboundMessage, settings: Settings) -> SetAside | None:
    """Mail that is not read at all: the bot's own, automatic replies,
    bounces. None for mail to read."""
    headers = {name.lower(): value.lower() for name, value in message.headers.items()}
    sender = message.sender
    if not sender:
        return SetAside("needs_attention", NEEDS_ATTENTION, "no sender address")
    if sender == settings.mailbox.address or "x-qa-bot" in headers:
        return SetAside("ignored", PROCESSED, "sent by this bot")
    local_part = sender.split("@", 1)[0]
    if local_part in ("mailer-daemon", "postmaster") or "multipart/report" in headers.get("content-type", ""):
        # A bounce means someone did not get our mail: a person should see it.
        return SetAside("needs_attention", NEEDS_ATTENTION, "delivery failure report")
    if headers.get("auto-submitted", "no") != "no" or "x-autoreply" in headers or "x-autorespond" in headers:
        return SetAside("ignored", PROCESSED, "automatic reply")
    if headers.get("precedence", "") in ("bulk", "junk", "list", "auto_reply"):
        return SetAside("ignored", PROCESSED, "bulk or automatic mail")
    if message.subject.lower().startswith(AUTOMATIC_SUBJECTS):
        return SetAside("ignored", PROCESSED, "automatic reply")
    if local_part in NO_REPLY_NAMES:
        return SetAside("needs_attention", NEEDS_ATTENTION, "sent from an address that takes no replies")
    return None


def reason_to_hold(message: InboundMessage, settings: Settings) -> str | None:
    """Why a message that will be read must not be logged or answered
    (an unknown sender, a failed authentication check), or None."""
    intake = settings.intake
    if intake.get("check_authentication", True):
        failed = failed_checks(message.headers.get("Authentication-Results", ""), intake.get("authserv_id"))
        if failed:
            return f"the sender's mail failed the {' and '.join(failed)} check"
    if not may_submit(message.sender, settings):
        return "the sender is not on the staff list"
    return None


def may_submit(sender: str, settings: Settings) -> bool:
    if settings.staff.by_email(sender) is not None:
        return True
    domain = sender.rsplit("@", 1)[-1].lower()
    return any(domain == allowed.lower().lstrip("@") for allowed in settings.intake.get("allowed_domains", []))


def failed_checks(header: str, authserv_id: str | None) -> list[str]:
    """The checks an Authentication-Results header (RFC 8601) says failed:
    DMARC failing, or SPF and DKIM both failing. With `authserv_id`, only a
    header written by that server counts (anyone can write one)."""
    if not header:
        return []
    if authserv_id and not header.strip().lower().startswith(authserv_id.lower()):
        return []
    results = {method.lower(): outcome.lower() for method, outcome in RESULT.findall(header)}
    failed = [method.upper() for method in ("dmarc",) if results.get(method) in FAILED]
    if not failed and results.get("spf") in FAILED and results.get("dkim", "none") in FAILED | {"none"}:
        failed = ["SPF", "DKIM"]
    return failed
