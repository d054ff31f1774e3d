"""One pass over the mailbox: every waiting message becomes stored forms,
a reply to its sender, alerts where the framework asks for them, and a
place in the Processed or Needs attention folder.

For each message, in this order:
1. already recorded (a crash came after the store commit): only file it;
2. read and parse its attachments;
3. record the message, its forms and the mail it causes in one transaction;
4. file the message;
and, after all messages, send the queued mail. A crash anywhere therefore
never duplicates or drops a row, and a rerun finishes what was started.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot import corrections, routing
from bot.admission import reason_to_hold, reason_to_skip
from bot.calendar import uk_date
from bot.closing import Closure, closure_for
from bot.config import Settings
from bot.corrections import ReplyCorrection, reply_correction
from bot.faults import checkpoint
from bot.forms import ParsedForm
from bot.forms.isolation import ParserPool
from bot.mailbox import NEEDS_ATTENTION, PROCESSED, InboundMessage, Mailbox, MailboxError
from bot.mailbox.base import Attachment
from bot.notices import Notices
from bot.store import FormRecord, MessageRecord, QueuedMail, Store

log = logging.getLogger(__name__)

# A message that fails this many passes in a row is filed for a person.
MAX_ATTEMPTS = 3

# Pictures are never forms: signature logos and screenshots arrive as
# attachments from some mail clients and would only confuse the sender.
IGNORED_CONTENT_PREFIXES = ("image/",)


@dataclass
class PassSummary:
    messages: int = 0
    forms_logged: int = 0
    needs_attention: int = 0
    ignored: int = 0
    refiled: int = 0
    failed: int = 0
    mail_sent: int = 0
    mail_unsent: int = 0
    reminders_queued: int = 0
    tracker_rebuilt: bool = False
    changed: bool = False
    lines: list[str] = field(default_factory=list)


@dataclass
class AttachmentOutcome:
    attachment: Attachment
    sha256: str
    form: ParsedForm | None = None
    duplicate_of: object = None  # the StoredForm already holding this exact file
    parsing: Future | None = None  # the form, while a worker reads it


# Forms are read by worker processes while the pass stores and answers the
# message before: as many workers as processors (at most 4), and messages
# read this far ahead of the one in hand.
PARSER_WORKERS = max(1, min(4, os.cpu_count() or 1))
LOOKAHEAD = 2 * PARSER_WORKERS + 2


Progress = Callable[[str], None]


def run_pass(settings: Settings, mailbox: Mailbox, store: Store, *, now: datetime,
             progress: Progress | None = None) -> PassSummary:
    """Handle every waiting message, send the queued mail, and return what
    happened. One bad message never stops the others."""
    summary = PassSummary()
    notices = Notices(settings, now=now)
    say = progress or (lambda line: None)
    with ParserPool(settings.file_limits, size=PARSER_WORKERS) as pool:
        for message, ahead in read_ahead(mailbox.fetch_new(), settings, store, pool):
            summary.messages += 1
            checkpoint("after-fetch")
            try:
                if isinstance(ahead, Exception):
                    raise ahead
                handle_message(settings, mailbox, store, notices, message, now=now, summary=summary, say=say,
                               ahead=ahead)
            except MailboxError as error:
                summary.failed += 1
                log.error("Message %s could not be filed: %s", message.key, error)
                say(f"  ! {message.sender or 'unknown sender'}: could not be filed ({error}); will retry")
            except Exception as error:  # one bad message must not stop the pass
                summary.failed += 1
                handle_failure(mailbox, store, message, error, now=now, summary=summary, say=say)
    store.flush_filed()
    deliver_queued_mail(mailbox, store, now=now, summary=summary, say=say)
    return summary


def read_ahead(messages: Iterable[InboundMessage], settings: Settings, store: Store, pool: ParserPool):
    """Yield each message with its attachments already handed to the parser
    workers (or the exception that stopped that), keeping the workers busy
    with the next messages' forms while the caller stores this one."""
    source = iter(messages)
    waiting: deque = deque()
    while True:
        while len(waiting) < LOOKAHEAD:
            message = next(source, None)
            if message is None:
                break
            try:
                waiting.append((message, start_reading(message, settings, store, pool)))
            except Exception as error:  # handled with the message, in order
                waiting.append((message, error))
        if not waiting:
            return
        yield waiting.popleft()


def start_reading(message: InboundMessage, settings: Settings, store: Store,
                  pool: ParserPool) -> list[AttachmentOutcome] | None:
    """The message's form attachments, each either already logged (the same
    bytes) or handed to a parser worker; None for mail that is not read
    (already recorded, the bot's own, automatic replies)."""
    if store.message(message.key) is not None or reason_to_skip(message, settings) is not None:
        return None
    outcomes: list[AttachmentOutcome] = []
    for attachment in message.attachments:
        if not is_candidate(attachment) or any(item.attachment.data == attachment.data for item in outcomes):
            continue
        sha256 = hashlib.sha256(attachment.data).hexdigest()
        earlier = store.form_with_sha(sha256)
        if earlier is not None:
            outcomes.append(AttachmentOutcome(attachment, sha256, duplicate_of=earlier))
        else:
            # In a worker process with a memory and a time limit: a hostile
            # file comes back as a refusal, and the pass goes on.
            outcomes.append(AttachmentOutcome(attachment, sha256, parsing=pool.submit(
                attachment.data, attachment.filename, settings.forms)))
    return outcomes


def finish_reading(outcomes: list[AttachmentOutcome], store: Store) -> list[AttachmentOutcome]:
    """Wait for the workers' forms. A file that a message handled since has
    logged (the same attachment sent twice in a row) is a duplicate now."""
    for outcome in outcomes:
        if outcome.parsing is None:
            continue
        form = outcome.parsing.result()
        outcome.parsing = None
        earlier = store.form_with_sha(outcome.sha256)
        if earlier is not None:
            outcome.duplicate_of = earlier
        else:
            outcome.form = form
    return outcomes


def handle_message(settings: Settings, mailbox: Mailbox, store: Store, notices: Notices,
                   message: InboundMessage, *, now: datetime, summary: PassSummary,
                   say: Progress, ahead: list[AttachmentOutcome] | None = None) -> None:
    recorded = store.message(message.key)
    if recorded is not None:
        # Recorded by an earlier pass that stopped before filing it.
        mailbox.move(message, recorded.folder)
        store.mark_filed(message.key, now=now)
        summary.refiled += 1
        log.info("Message %s was already recorded; filed it in %s", message.key, recorded.folder)
        return

    skip = reason_to_skip(message, settings)
    if skip is not None:
        outcome, folder, reason = skip.outcome, skip.folder, skip.reason
        store.record_message(MessageRecord(message.key, message.sender, message.received, outcome,
                                           folder, reason), [], [], now=now)
        file_message(mailbox, store, message, folder, now=now)
        summary.changed = True
        if folder == NEEDS_ATTENTION:
            summary.needs_attention += 1
        else:
            summary.ignored += 1
        log.info("Message %s from %s not read: %s", message.key, message.sender, reason)
        say(f"  - {message.sender or 'unknown sender'}: not read ({reason})")
        return

    outcomes = finish_reading(ahead or [], store)

    hold = reason_to_hold(message, settings)
    if hold is not None:
        hold_message(settings, mailbox, store, notices, message, outcomes, hold, now=now, summary=summary, say=say)
        return
    checkpoint("after-parse")
    logged = [outcome for outcome in outcomes if outcome.form is not None and outcome.form.ok]
    problems = [outcome for outcome in outcomes if outcome.form is not None and not outcome.form.ok]
    duplicates = [outcome for outcome in outcomes if outcome.duplicate_of is not None]

    records = [form_record(outcome, settings, message) for outcome in logged]
    if not outcomes:
        # A reply to a receipt corrects the form (or asks the QA team
        # something): never a new form, never "no form attached".
        asked = reply_correction(message, store, settings)
        if asked is not None:
            record_reply_correction(settings, mailbox, store, notices, message, asked, now=now, summary=summary,
                                    say=say)
            return
        closure = closure_for(message, store, settings.staff, uk_date(now), settings.forms.case_id_pattern)
        if closure is not None:
            record_closure(settings, mailbox, store, notices, message, closure, now=now, summary=summary, say=say)
            return
        outcome_name, folder, reason = "needs_attention", NEEDS_ATTENTION, "no form attached"
    elif problems:
        outcome_name, folder = "needs_attention", NEEDS_ATTENTION
        reason = "; ".join(f"attachment {outcomes.index(item) + 1}: {' '.join(item.form.errors)}"
                           for item in problems)
    else:
        outcome_name, folder, reason = "logged", PROCESSED, None

    # Alerts and the reply are queued in the same transaction as the rows, so
    # a crash can neither lose them nor send them twice.
    mail = notices.for_message(message, records, problems, duplicates, store)
    result = store.record_message(
        MessageRecord(message.key, message.sender, message.received, outcome_name, folder, reason),
        records, mail, now=now, case_kinds=routing.CASE_JUDGEMENT_KINDS,
        re_audit_due=lambda form: routing.re_audit_due(form, settings.re_audit_months),
        on_correction=notices.for_correction,
    )
    checkpoint("after-store-commit")
    file_message(mailbox, store, message, folder, now=now)
    checkpoint("after-file")
    summary.changed = True
    summary.forms_logged += len(records)
    if folder == NEEDS_ATTENTION:
        summary.needs_attention += 1
    for form_id, record in zip(result.form_ids, records):
        form = record.form
        verb = "updated" if form_id in result.replaced else "logged"
        log.info("Message %s from %s: %s %s for case %s (grade %s)", message.key, message.sender, verb,
                 form.form, form.case_id, form.final_grade)
        flags = ", URGENT CONCERN raised" if form.urgent_concern else ""
        say(f"  + {message.sender}: {verb} {settings.forms.kind(form.form).title.lower()}"
            f"{' for case ' + form.case_id if form.case_id else ''} ({form.final_grade or 'no grade'}{flags})")
    for item in duplicates:
        say(f"  = {message.sender}: form for case {item.duplicate_of.form.case_id} already logged; nothing changed")
    for number, item in enumerate(outcomes, start=1):
        if item in problems:
            log.info("Message %s from %s: attachment %d (%s, %d bytes) not usable: %s", message.key,
                     message.sender, number, item.attachment.content_type, len(item.attachment.data),
                     " ".join(item.form.errors))
            say(f"  ! {message.sender}: attachment {number} not usable: {' '.join(item.form.errors)}")
    if not outcomes:
        say(f"  ! {message.sender}: no form attached")


def hold_message(settings: Settings, mailbox: Mailbox, store: Store, notices: Notices, message: InboundMessage,
                 outcomes: list[AttachmentOutcome], reason: str, *, now: datetime, summary: PassSummary,
                 say: Progress) -> None:
    """Keep a message for a person without logging its forms or answering
    it. An urgent concern in it still reaches the QA team at once: a
    child's safety does not wait for the sender to be checked."""
    mail = [notices.held_urgent_concern(message, outcome.form, reason) for outcome in outcomes
            if outcome.form is not None and outcome.form.ok and outcome.form.urgent_concern]
    store.record_message(MessageRecord(message.key, message.sender, message.received, "needs_attention",
                                       NEEDS_ATTENTION, f"held: {reason}"), [], mail, now=now)
    file_message(mailbox, store, message, NEEDS_ATTENTION, now=now)
    summary.changed = True
    summary.needs_attention += 1
    log.info("Message %s from %s held for a person: %s", message.key, message.sender, reason)
    say(f"  ! {message.sender}: held for a person ({reason})"
        + ("; the urgent concern in it was sent to the QA team" if mail else ""))


def record_closure(settings: Settings, mailbox: Mailbox, store: Store, notices: Notices, message: InboundMessage,
                   closure: Closure, *, now: datetime, summary: PassSummary, say: Progress) -> None:
    """A reply saying actions are done: close them, confirm, file the mail."""
    folder = PROCESSED if closure.closed else NEEDS_ATTENTION
    reason = None if closure.closed else "asked to close actions the sender is not responsible for"
    store.record_message(
        MessageRecord(message.key, message.sender, message.received, "logged" if closure.closed else
                      "needs_attention", folder, reason),
        [], [notices.actions_closed(message, closure)], now=now, action_edits=closure.edits,
    )
    checkpoint("after-store-commit")
    file_message(mailbox, store, message, folder, now=now)
    summary.changed = True
    summary.needs_attention += folder == NEEDS_ATTENTION
    cases = sorted({action.case_id or "" for action in closure.closed})
    log.info("Message %s from %s: closed %d action(s) for case(s) %s", message.key, message.sender,
             len(closure.closed), ", ".join(cases))
    say(f"  + {message.sender}: closed {len(closure.closed)} action{'s' if len(closure.closed) != 1 else ''}"
        + (f" for case {', '.join(cases)}" if cases else "")
        + (f"; {len(closure.refused)} not theirs to close" if closure.refused else ""))


def record_reply_correction(settings: Settings, mailbox: Mailbox, store: Store, notices: Notices,
                            message: InboundMessage, asked: ReplyCorrection, *, now: datetime,
                            summary: PassSummary, say: Progress) -> None:
    """A reply to a receipt: apply the corrections it may make, with the
    alerts they raise and the reply saying what changed, in one transaction;
    a reply naming nothing to correct waits, unanswered, for the QA team."""
    target = asked.target
    if not asked.named:
        reason, answer = "a reply to a receipt, for the QA team to read", False
    elif target is None:
        reason, answer = "a correction by reply that does not say which form", True
    elif not asked.allowed:
        reason, answer = "asked to correct a form the sender may not correct", True
    elif not (asked.changes or asked.unchanged):
        reason, answer = "a correction by reply the bot could not understand", True
    else:
        reason, answer = None, True
    applied: list = []

    def correct() -> list[QueuedMail]:
        if not answer:
            return []
        alerts: list[QueuedMail] = []
        if reason is None:
            source = corrections.source_of(message, settings)
            stored = target
            for change in asked.changes:
                stored = corrections.record(store, settings, stored, change.field, change.after, source,
                                            now=now) or stored
                applied.append(change)
            # Alerts judge the form as the whole reply leaves it.
            alerts = notices.for_correction(target, stored) if applied else []
        return [*alerts, notices.form_corrected(message, asked, alerts)]

    folder = PROCESSED if reason is None else NEEDS_ATTENTION
    store.record_message(MessageRecord(message.key, message.sender, message.received,
                                       "logged" if reason is None else "needs_attention", folder, reason),
                         [], [], now=now, and_then=correct)
    checkpoint("after-store-commit")
    file_message(mailbox, store, message, folder, now=now)
    summary.changed = True
    summary.needs_attention += folder == NEEDS_ATTENTION
    case = f" for case {target.form.case_id}" if target is not None and target.form.case_id else ""
    if applied:
        fields = ", ".join(change.name.lower() for change in applied)
        log.info("Message %s from %s: corrected %s%s", message.key, message.sender, fields, case)
        say(f"  + {message.sender}: corrected {fields}{case} by reply")
    else:
        log.info("Message %s from %s: reply to a receipt%s, nothing corrected (%s)", message.key, message.sender,
                 case, reason or "nothing to change")
        say(f"  ! {message.sender}: reply to a receipt{case}, nothing corrected ({reason or 'nothing to change'})")


def is_candidate(attachment: Attachment) -> bool:
    return not attachment.content_type.startswith(IGNORED_CONTENT_PREFIXES)


def form_record(outcome: AttachmentOutcome, settings: Settings, message: InboundMessage) -> FormRecord:
    """What ingest adds to a parsed form: the auditor on the staff list, team
    and service from the staff list where the form leaves them out, the audit
    date, and the re-audit date of an inadequate case."""
    form = outcome.form
    auditor = routing.auditor_of(form, message.sender, settings.staff)
    routing.fill_team_and_service(form, auditor, settings.staff)
    if form.date is None:
        form.date = uk_date(message.received)
    return FormRecord(
        form=form,
        sha256=outcome.sha256,
        auditor_email=auditor.email if auditor else None,
        re_audit_due=routing.re_audit_due(form, settings.re_audit_months),
        action_level=settings.forms.kind(form.form).action_level if form.form in settings.forms.kinds else "case",
    )


def file_message(mailbox: Mailbox, store: Store, message: InboundMessage, folder: str, *,
                 now: datetime) -> None:
    mailbox.move(message, folder)
    store.mark_filed(message.key, now=now)


def handle_failure(mailbox: Mailbox, store: Store, message: InboundMessage, error: Exception, *,
                   now: datetime, summary: PassSummary, say: Progress) -> None:
    """Leave the message for the next pass; after `MAX_ATTEMPTS` failures file
    it in Needs attention so a person sees it and the bot stops retrying."""
    description = f"{type(error).__name__}: {error}"
    log.exception("Message %s from %s could not be handled", message.key, message.sender)
    attempts = store.note_failure(message.key, description, now=now)
    if attempts < MAX_ATTEMPTS:
        say(f"  ! {message.sender or 'unknown sender'}: could not be handled; will retry ({attempts} of {MAX_ATTEMPTS})")
        return
    reason = f"the bot could not handle this message after {attempts} attempts ({type(error).__name__})"
    try:
        store.record_message(MessageRecord(message.key, message.sender, message.received, "needs_attention",
                                           NEEDS_ATTENTION, reason), [], [], now=now)
        file_message(mailbox, store, message, NEEDS_ATTENTION, now=now)
        summary.needs_attention += 1
        summary.changed = True
        say(f"  ! {message.sender or 'unknown sender'}: moved to Needs attention after {attempts} failed attempts")
    except Exception:
        log.exception("Message %s could not be moved to Needs attention", message.key)


def deliver_queued_mail(mailbox: Mailbox, store: Store, *, now: datetime, summary: PassSummary,
                        say: Progress) -> None:
    """Send every queued message that is due. One that fails stays queued
    and waits longer after each failure (1, 2, 4 ... minutes, at most an
    hour; a day when the server refused it outright); an outage stops the
    round, since the rest would fail too. The store marks each message sent
    only after the mailbox took it."""
    queued = store.unsent_mail(due_by=now)
    for index, item in enumerate(queued):
        try:
            mailbox.send(item.message)
        except MailboxError as error:
            wait = timedelta(days=1) if error.permanent else timedelta(minutes=min(2 ** item.attempts, 60))
            store.mark_send_failed(item.id, str(error), retry_at=now + wait)
            summary.mail_unsent += len(queued) - index if not error.permanent else 1
            log.warning("Could not send %s mail to %s (attempt %d): %s; trying again after %s", item.kind,
                        ", ".join(item.message.to), item.attempts + 1, error, (now + wait).isoformat())
            if not error.permanent:
                # The server is out of reach: the rest wait with it.
                for waiting in queued[index + 1:]:
                    store.defer(waiting.id, retry_at=now + wait)
                say(f"  ! mail could not be sent ({error}); {len(queued) - index} waiting to be retried")
                return
            continue
        checkpoint("after-send")
        store.mark_sent(item.id, now=now)
        summary.mail_sent += 1
        log.info("Sent %s mail to %s", item.kind, ", ".join(item.message.to + item.message.cc))
