"""The mail a message causes: the reply to its sender and the immediate
alerts (urgent concern, inadequate judgement).

Each piece of mail gets a dedupe key naming what it is about, so the same
alert is never queued twice — not when a pass is rerun after a crash, and not
when the moderated copy of an audit arrives with the same concern.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot import compliance, emails, routing
from bot.calendar import uk_date
from bot.forms.model import INADEQUATE
from bot.mailbox import InboundMessage, OutgoingMessage
from bot.store import FormRecord, QueuedMail, Store, StoredForm

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ingest import AttachmentOutcome

log = logging.getLogger(__name__)



class Notices:
    def __init__(self, settings: Settings, *, now: datetime):
        self.settings = settings
        self.now = now
        self.domain = settings.mailbox.address.split("@", 1)[1]

    def for_message(self, message: InboundMessage, records: list[FormRecord],
                    problems: list[AttachmentOutcome], duplicates: list[AttachmentOutcome],
                    store: Store) -> list[QueuedMail]:
        """The reply and alerts to queue for `message`."""
        mail: list[QueuedMail] = []
        alerted: dict[int, list[str]] = {}
        for index, record in enumerate(records):
            urgent = self.urgent_concern(message, record)
            if urgent is not None:
                mail.append(urgent)
                alerted[index] = urgent.message.to
            inadequate = self.inadequate(message, record)
            if inadequate is not None:
                mail.append(inadequate)
        reply = self.reply(message, records, problems, duplicates, alerted, store)
        if reply is not None:
            mail.append(reply)
        return mail

    # The reply to the sender --------------------------------------------

    def reply(self, message: InboundMessage, records: list[FormRecord],
              problems: list[AttachmentOutcome], duplicates: list[AttachmentOutcome],
              alerted: dict[int, list[str]], store: Store) -> QueuedMail | None:
        if not records and not problems and not duplicates:
            kind = "no_attachment"
        elif not records and problems:
            kind = "form_problem"
        elif self.settings.send_receipts or problems:
            kind = "receipt"
        else:
            return None
        limit = self.settings.intake.get("max_replies_per_sender_per_day", 30)
        if store.replies_since(message.sender, self.now - timedelta(days=1)) >= limit:
            # Someone, or some robot, is writing faster than any person: stop
            # answering before a loop runs away.
            log.warning("Not replying to %s: %d replies in the last day already", message.sender, limit)
            return None
        sender = self.settings.staff.by_email(message.sender)
        context = self.context(greeting_name=first_name(sender.name if sender else message.sender_name))
        # Forms of this message count together: the second of two audits
        # sent at once is "2 of 2".
        together: list[StoredForm] = []
        context["logged"] = [self.logged_item(record, alerted.get(index), store, message, together)
                             for index, record in enumerate(records)]
        context["problems"] = [{"file": item.attachment.filename, "reasons": item.form.errors}
                               for item in problems]
        context["duplicates"] = [{"file": item.attachment.filename,
                                  "case_id": item.duplicate_of.form.case_id,
                                  "first_logged": long_date(item.duplicate_of.first_received)}
                                 for item in duplicates]
        return self.queued(kind, f"reply:{message.key}", context, to=[message.sender],
                           message_key=message.key, in_reply_to=message.message_id,
                           references=message.references, auto_reply=True)

    def logged_item(self, record: FormRecord, alerted_to: list[str] | None, store: Store,
                    message: InboundMessage, together: list[StoredForm] | None = None) -> dict[str, Any]:
        form = record.form
        updating = store.previous_version(form) is not None
        people = [self.settings.staff.by_email(address) for address in alerted_to or []]
        named = [describe_person(person, address) if address != self.settings.qa_team_email else "the QA team"
                 for person, address in zip(people, alerted_to or [])]
        return {
            "file": form.file,
            "form_title": self.settings.forms.kind(form.form).title,
            "case_id": form.case_id,
            "date": long_date(form.date) if form.date else None,
            "grade": form.final_grade,
            "auditor_grade": form.grade,
            "moderated_grade": form.moderated_grade,
            "actions": len(form.actions),
            "updated": updating,
            "urgent": form.urgent_concern,
            "alerted": join_words(named) or "the QA team",
            "alerted_count": max(len(named), 1),
            "warnings": form.warnings,
            **self.moderation_items(form, store),
            **self.counting(record, store, message, together if together is not None else []),
        }

    def counting(self, record: FormRecord, store: Store, message: InboundMessage,
                 together: list[StoredForm]) -> dict[str, Any]:
        """What the form counted towards ("Sam Lateman's full case file
        audits for November 2026: 2 of 2 received"), or why it was counted
        for nobody: an auditor's name that is not on the staff list, or that
        could be more than one person (never guessed)."""
        form = record.form
        schedule, staff = self.settings.schedule, self.settings.staff
        kinds = {kind for rule in schedule.rules if form.form in rule.forms for kind in rule.forms}
        if not kinds or form.date is None:
            return {"counted": [], "not_counted": None}
        found = routing.attribution(form, message.sender, staff)
        auditor = found.person
        if auditor is None:
            if found.ambiguous:
                who = join_words([person.name for person in found.candidates], "or")
                reason = f"the auditor's name on the form, '{form.auditor}', could be {who}"
            else:
                reason = f"the auditor's name on the form, '{form.auditor}', is not on the staff list"
            # Says only what is so: the tracker and the QA team's digest show
            # the form, and nobody is chased for its period meanwhile.
            return {"counted": [], "not_counted": (
                f"This form has not been counted for anyone yet: {reason}. To put it right, reply to this email "
                "with the auditor's full name as the staff list has it (auditor: Jane Smith); the tracker shows "
                "it to the QA team too. Until it is put right, nobody it could belong to is reminded about the "
                "period it falls in.")}
        previous = store.previous_version(form)
        nearby = [stored for stored in store.forms_near(auditor.email, form.practitioner, kinds,
                                                       form.date - timedelta(days=400), form.date + timedelta(days=400))
                  if previous is None or stored.id != previous.id]
        this = StoredForm(id=0, received=message.received,
                          first_received=previous.first_received if previous else message.received,
                          version=previous.version + 1 if previous else 1, sender=message.sender,
                          auditor_email=auditor.email, re_audit_due=record.re_audit_due, form=form)
        counted = [counted_line(obligation)
                   for obligation in compliance.counted_towards(schedule, staff, [*nearby, *together, this], this)]
        together.append(this)
        return {"counted": counted, "not_counted": None}

    def moderation_items(self, form, store: Store) -> dict[str, Any]:
        """For an overview listing cases: the cases whose final grade it
        changes and the ones the tracker does not hold (to check the case ID)."""
        if not form.extra.get("cases_listed"):
            return {"moderated": [], "moderated_unchanged": 0, "not_held": []}
        effect = store.moderation_effect(form, routing.CASE_JUDGEMENT_KINDS)
        return {"moderated": [{"case_id": case_id, "before": before or "no grade", "after": after}
                              for case_id, before, after in effect.changed],
                "moderated_unchanged": len(effect.targets) - len(effect.changed),
                "not_held": effect.unknown}

    def actions_closed(self, message: InboundMessage, closure) -> QueuedMail:
        """The reply to "completed": what was closed, and what was not the
        sender's to close."""
        sender = self.settings.staff.by_email(message.sender)

        def rows(actions):
            return [{"case_id": action.case_id, "heading": action_heading(action, self.settings.forms),
                     "action": action.action, "due": long_date(action.due) if action.due else None}
                    for action in actions]

        context = self.context(greeting_name=first_name(sender.name if sender else message.sender_name),
                               closed=rows(closure.closed), refused=rows(closure.refused))
        return self.queued("actions_closed", f"reply:{message.key}", context, to=[message.sender],
                           message_key=message.key, in_reply_to=message.message_id,
                           references=message.references, auto_reply=True)

    def form_corrected(self, message: InboundMessage, asked, alerts: list[QueuedMail]) -> QueuedMail:
        """The answer to a reply correcting a form: what changed (from, to),
        what was already so, what could not be used and how to write it; or,
        for someone who may not correct it, who may. The form's sender is
        copied in when someone else corrected their form."""
        from bot.corrections import FIELD_NAMES, shown

        staff = self.settings.staff
        sender = staff.by_email(message.sender)
        target = asked.target
        context = self.context(greeting_name=first_name(sender.name if sender else message.sender_name),
                               allowed=asked.allowed, target=target is not None, named=len(asked.named),
                               cases=join_words([stored.form.case_id or "(no case ID)" for stored in asked.forms]),
                               example_case=next((stored.form.case_id for stored in asked.forms
                                                  if stored.form.case_id), "1234567"),
                               fields=join_words([name.lower().replace("auditor grade", "grade")
                                                  for name in FIELD_NAMES.values()]))
        cc: list[str] = []
        if target is not None:
            form_sender = staff.by_email(target.sender)
            manager = next(staff.chain(form_sender), None) if form_sender else None
            changes = asked.changes if asked.allowed else []
            if changes and target.sender.casefold() != message.sender.casefold():
                cc = [target.sender]
            context.update(
                case_id=target.form.case_id, form_title=self.settings.forms.kind(target.form.form).title,
                form_sender=form_sender.name if form_sender else target.sender,
                manager=manager.name if manager else None,
                changes=[{"name": change.name, "before": shown(change.field, change.before),
                          "after": shown(change.field, change.after)} for change in changes],
                unchanged=[{"name": change.name, "value": shown(change.field, change.after)}
                           for change in (asked.unchanged if asked.allowed else [])],
                not_understood=[{"line": item.line, "problem": item.problem, "how": item.how}
                                for item in (asked.not_understood if asked.allowed else [])],
                alerts=[{"what": ALERT_WHAT[mail.kind],
                         "who": join_words([describe_person(staff.by_email(address), address)
                                            for address in mail.message.to]),
                         "count": len(mail.message.to)} for mail in alerts],
                copied=(form_sender.name if form_sender else target.sender) if cc else None,
            )
        return self.queued("form_corrected", f"reply:{message.key}", context, to=[message.sender], cc=cc,
                           message_key=message.key, in_reply_to=message.message_id,
                           references=thread(message), auto_reply=True)

    # Alerts -------------------------------------------------------------

    def urgent_concern(self, message: InboundMessage, record: FormRecord, *,
                       corrected: dict[str, str] | None = None) -> QueuedMail | None:
        form = record.form
        if not form.urgent_concern:
            return None
        return self.alert("urgent_concern", message, record, with_assistant_director=True,
                          extra={"detail": form.urgent_concern_detail, "corrected": corrected})

    def held_urgent_concern(self, message: InboundMessage, form, reason: str) -> QueuedMail:
        """An urgent concern in mail held for a person goes to the QA team
        alone, who can check the sender and pass it on."""
        context = self.context(greeting_name=None)
        context.update(self.alert_facts(form, message.sender), routed=True, detail=form.urgent_concern_detail,
                       held=reason, corrected=None, received=long_date(uk_date(message.received)))
        about = f"{form.form}:{form.case_id}:{form.date.isoformat() if form.date else message.key}"
        return self.queued("urgent_concern", f"urgent_concern:{about}", context, to=[self.settings.qa_team_email],
                           message_key=message.key, importance_high=True)

    def inadequate(self, message: InboundMessage, record: FormRecord, *,
                   corrected: dict[str, str] | None = None) -> QueuedMail | None:
        form = record.form
        if form.final_grade != INADEQUATE or form.form not in routing.CASE_JUDGEMENT_KINDS:
            return None
        return self.alert("inadequate", message, record,
                          with_assistant_director=self.settings.inadequate_to_assistant_director,
                          extra={"corrected": corrected,
                                 "re_audit_due": long_date(record.re_audit_due) if record.re_audit_due else None,
                                 "actions": [action.to_json() | {"due": long_date(action.due) if action.due else None}
                                             for action in form.actions]})

    def alert(self, kind: str, message: InboundMessage, record: FormRecord, *,
              with_assistant_director: bool, extra: dict[str, Any]) -> QueuedMail:
        form = record.form
        staff = self.settings.staff
        auditor = staff.by_email(record.auditor_email)
        person = routing.responsible(form, auditor, message.sender, staff)
        heads = routing.heads_for_alert(person, staff, with_assistant_director=with_assistant_director)
        qa_team = [self.settings.qa_team_email]
        to = [head.email for head in heads] or qa_team
        cc = qa_team if heads and self.settings.alert_copy_qa_team else []
        context = self.context(greeting_name=join_words([first_name(head.name) for head in heads]) or None)
        context.update(self.alert_facts(form, message.sender), routed=bool(heads), held=None,
                       received=long_date(uk_date(message.received)))
        context.update(extra)
        # About the case and audit, not the email: a moderated copy of the
        # same audit does not raise the same alert again.
        about = f"{form.form}:{form.case_id}:{form.date.isoformat() if form.date else record.sha256}"
        return self.queued(kind, f"{kind}:{about}", context, to=to, cc=cc, message_key=message.key,
                           importance_high=kind == "urgent_concern")

    def for_correction(self, before: StoredForm, after: StoredForm) -> list[QueuedMail]:
        """The alerts a correction raises: one that makes a case inadequate
        or urgent alerts as if the form had been read that way (the same
        alert is never sent twice for one audit)."""
        record = FormRecord(after.form, sha256=f"form-{after.id}", auditor_email=after.auditor_email,
                            re_audit_due=after.re_audit_due)
        message = InboundMessage(key=f"correction:{after.id}", sender=after.sender, sender_name="", subject="",
                                 received=after.first_received, message_id=None, headers={}, attachments=[])
        # The alert says the audit was corrected, and by what, rather than
        # that it arrived so.
        corrected = {"how": correction_how(after.corrections[-1].source if after.corrections else None)}
        found = []
        if after.form.urgent_concern and not before.form.urgent_concern:
            found.append(self.urgent_concern(message, record, corrected=corrected))
        if after.form.final_grade == INADEQUATE and before.form.final_grade != INADEQUATE:
            found.append(self.inadequate(message, record, corrected=corrected))
        return [mail for mail in found if mail is not None]

    def alert_facts(self, form, sender: str) -> dict[str, Any]:
        """What every alert says about the form it is about (case ID only)."""
        return {
            "case_id": form.case_id,
            "form_title": self.settings.forms.kind(form.form).title,
            "auditor": form.auditor,
            "sender": sender,
            "practitioner": form.practitioner,
            "team": form.team,
            "service": form.service,
            "audit_date": long_date(form.date) if form.date else None,
            "grade": form.final_grade,
            "moderated": bool(form.moderated_grade),
        }

    # Building mail ------------------------------------------------------

    def context(self, **values: Any) -> dict[str, Any]:
        settings = self.settings
        return {
            "organisation": settings.organisation,
            "department": settings.department,
            "qa_team_name": settings.qa_team_name,
            "qa_team_email": settings.qa_team_email,
            "mailbox_address": settings.mailbox.address,
            **values,
        }

    def queued(self, kind: str, dedupe_key: str, context: dict[str, Any], *, to: list[str],
               cc: list[str] | None = None, message_key: str | None = None,
               in_reply_to: str | None = None, references: tuple[str, ...] = (),
               auto_reply: bool = False, importance_high: bool = False) -> QueuedMail:
        rendered = emails.render(kind, context)
        digest = hashlib.sha256(dedupe_key.encode()).hexdigest()[:24]
        headers = {
            # RFC 3834: mark our mail as automatic so other robots do not answer it.
            "Auto-Submitted": "auto-replied" if auto_reply else "auto-generated",
            "X-Auto-Response-Suppress": "All",
            "X-QA-Bot": kind,
        }
        if importance_high:
            headers["Importance"] = "High"
            headers["X-Priority"] = "1"
        outgoing = OutgoingMessage(
            to=unique(to), cc=[address for address in unique(cc or []) if address not in to],
            subject=rendered.subject, text=rendered.text, html=rendered.html,
            message_id=f"{digest}.qa-bot@{self.domain}", in_reply_to=in_reply_to,
            references=references, headers=headers, date=self.now,
        )
        return QueuedMail(dedupe_key=dedupe_key, kind=kind, message=outgoing, message_key=message_key)


# What a correction's alert means, as the reply confirming it says.
ALERT_WHAT = {"urgent_concern": "the audit now records an urgent concern",
              "inadequate": "the case is now judged inadequate"}


def correction_how(source: str | None) -> str:
    """How a correction was made, after "corrected": "in the tracker", "by
    a reply from Jane Smith", "by the Head of Service overview"."""
    if not source:
        return "since"
    if source.startswith("the tracker"):
        return f"in {source}"
    return f"by {source}" if source.startswith(("a ", "an ", "the ")) else f"by the {source}"


def thread(message: InboundMessage) -> tuple[str, ...]:
    """The References of an answer to `message` (RFC 5322 §3.6.4): its own
    thread, then itself, so a reply to the answer still names the emails
    before it."""
    found = [*message.references]
    for item in (message.in_reply_to, message.message_id):
        if item and item not in found:
            found.append(item)
    return tuple(found)


def counted_line(obligation) -> str:
    """"Sam Lateman's full case file audits for November 2026: 2 of 2 received"."""
    rule = obligation.rule
    received = f"{min(obligation.received, obligation.expected)} of {obligation.expected} received"
    if rule.counted_by == "practitioner":
        return f"the {rule.what} ({obligation.person.name}, {obligation.period.label}): {received}"
    return f"{obligation.person.name}'s {rule.what} for {obligation.period.label}: {received}"


def action_heading(action, definitions) -> str:
    """What an action is about, as emails list it: "Case 1234567", a
    service-level action's service ("Service-level action (Children in
    Care)"), or the kind of form for an action with no case."""
    if action.service_level:
        return f"Service-level action ({action.service})" if action.service else "Service-level action"
    if action.case_id:
        return f"Case {action.case_id}"
    return definitions.kind(action.kind).title if action.kind in definitions.kinds else "Audit action"


def first_name(name: str | None) -> str | None:
    """"Jane Smith" and Outlook's "Smith, Jane" both give Jane."""
    if not name or "@" in name:
        return None
    if "," in name:
        name = name.split(",", 1)[1]
    words = name.split()
    return words[0] if words else None


def describe_person(person, address: str) -> str:
    if person is None:
        return address
    role = {"head_of_service": "Head of Service", "assistant_director": "Assistant Director"}.get(person.role)
    return f"{person.name} ({role})" if role else person.name


def join_words(words: list[str], conjunction: str = "and") -> str:
    words = [word for word in words if word]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def long_date(value) -> str:
    """3 November 2026, as British readers expect."""
    return f"{value.day} {value:%B %Y}"


def unique(addresses: list[str]) -> list[str]:
    seen: list[str] = []
    for address in addresses:
        if address and address.lower() not in seen:
            seen.append(address.lower())
    return seen
