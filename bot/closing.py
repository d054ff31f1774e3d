"""Closing the loop by email: a manager replies "completed" to an action
reminder, or writes "case 1234567 – actions completed", and the actions are
marked done in the store (2025 framework §3.1: "The practice managers will
then complete audit tool when actions have been completed").

Only the sender's own words count, not the text they quote: a reply to a
reminder quotes case IDs the manager did not mean to close.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot import routing
from bot.forms.definitions import DEFAULT_CASE_ID_PATTERN
from bot.mailbox import InboundMessage
from bot.staff import StaffDirectory
from bot.store import Store, StoredAction, is_closed

DONE = re.compile(r"\b(completed?|done|closed|finished|actioned)\b", re.IGNORECASE)
NOT_DONE = re.compile(r"\b(not|isn't|hasn't|haven't|wasn't|yet to be|still to be|when)\b[^.\n]{0,25}"
                      r"\b(completed?|done|closed|finished|actioned)\b", re.IGNORECASE)
# The forms' own case ID pattern (config/forms.yaml), so "EH/20451 done"
# closes the actions of the case the tracker holds as EH/20451.
CASE_ID = re.compile(DEFAULT_CASE_ID_PATTERN)
# Where quoted text starts in replies written by Outlook, Gmail and others.
QUOTE_START = re.compile(r"^(>|-{2,}\s*Original Message|From:\s|On .+ wrote:|_{10,})", re.IGNORECASE | re.MULTILINE)
REMINDER_KINDS = ("action_reminder", "action_overdue")


@dataclass
class Closure:
    """Actions the message closes (with the edit to record for each) and
    those the sender may not close."""

    closed: list[StoredAction]
    refused: list[StoredAction]
    edits: list[tuple[int, str, date, str]]


def own_words(message: InboundMessage) -> str:
    """The subject and the part of the body above any quoted message."""
    body = message.body or ""
    found = QUOTE_START.search(body)
    if found:
        body = body[: found.start()]
    subject = re.sub(r"^((re|fw|fwd)\s*:\s*)+", "", message.subject or "", flags=re.IGNORECASE)
    return f"{subject}\n{body}"


def message_ids(message: InboundMessage) -> list[str]:
    """The Message-IDs of the mail `message` answers, the one it replies to
    first (In-Reply-To), then the rest of its thread, latest first
    (References): how a reply to one of the bot's emails is known."""
    ids = [message.in_reply_to] if message.in_reply_to else []
    return ids + [found for found in reversed(message.references) if found not in ids]


def says_done(text: str) -> bool:
    return bool(DONE.search(text)) and not NOT_DONE.search(text)


def actions_meant(message: InboundMessage, store: Store, case_id_pattern: re.Pattern[str] = CASE_ID,
                  ) -> list[StoredAction]:
    """The open actions the message is about: those of the case IDs it
    names, or, for a reply to an action reminder, those the reminder listed."""
    text = own_words(message)
    if not says_done(text):
        return []
    actions: dict[int, StoredAction] = {}
    named = {(match.groupdict().get("id") or match.group(0)).strip() for match in case_id_pattern.finditer(text)}
    for case_id in named:
        for action in store.open_actions_for_case(case_id):
            actions[action.id] = action
    if not actions and message_ids(message):
        ids = store.actions_in_mail(message_ids(message), REMINDER_KINDS)
        for action in store.current_actions():
            if action.id in ids and not is_closed(action.status):
                actions[action.id] = action
    return list(actions.values())


def may_close(sender: str, action: StoredAction, store: Store, staff: StaffDirectory) -> bool:
    """The owner (for a service-level action the form gives nobody, the
    Head of Service), the auditor who set it, anyone above either of them,
    or the QA team may say an action is done."""
    person = staff.by_email(sender)
    if person is None:
        return False
    if person.role == "qa_team":
        return True
    responsible = [staff.by_name(action.owner)]
    if action.service_level:
        # The Head of Service owns a service-level action the form gives nobody.
        responsible.append(routing.service_action_owner(action.owner, action.service, staff))
    stored = store.form_by_id(action.form_id)
    if stored is not None:
        responsible += [staff.by_email(stored.auditor_email), staff.by_name(stored.form.auditor),
                        staff.by_name(stored.form.practitioner)]
    for someone in filter(None, responsible):
        if someone == person or person in staff.chain(someone):
            return True
    return False


def closure_for(message: InboundMessage, store: Store, staff: StaffDirectory, today: date,
                case_id_pattern: re.Pattern[str] = CASE_ID) -> Closure | None:
    """The actions the message says are done, and the edits that close
    them (recorded by the caller with the message, in one transaction);
    None when the message is not about actions at all."""
    meant = actions_meant(message, store, case_id_pattern)
    if not meant:
        return None
    closure = Closure([], [], [])
    for action in meant:
        if may_close(message.sender, action, store, staff):
            note = f"Closed by email from {message.sender} on {today.day} {today:%B %Y}."
            closure.edits.append((action.id, "Completed", today, f"{action.notes}\n{note}" if action.notes else note))
            closure.closed.append(action)
        else:
            closure.refused.append(action)
    return closure
