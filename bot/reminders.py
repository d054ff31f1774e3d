"""Reminders and escalations: what the bot says, to whom, on a given day.

    planned = plan(settings, store, today)      # pure apart from reading the store
    queue(store, planned, now)                  # claims each item, then the mail

Every obligation and open action has stages: reminders a few working days
before its deadline, an escalation to the person's manager on the first
working day after it, and a second one to the Assistant Director some days
later. On a working day the latest stage that has come is sent, once: each
item is recorded in the store with the mail that carries it, in one
transaction, so nobody hears the same thing twice across passes, restarts
and crashes, and a daemon that was down does not flood people when it comes
back (it sends only the latest stage, and only a few working days late).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from bot import calendar, routing
from bot.compliance import OVERDUE, Obligation, obligations
from bot.notices import Notices, action_heading, first_name, join_words, long_date
from bot.staff import Person
from bot.store import QueuedMail, Store, StoredAction, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

DIGEST_DAYS = 31
# How an action's owner is often written when it is the child's social worker.
PRACTITIONER_WORDS = re.compile(r"^(the )?(allocated )?(sw|social worker|practitioner|worker|key worker)\b", re.I)


@dataclass
class Stage:
    name: str  # reminder-5, reminder-1, escalation-1, escalation-2, before-3, overdue-1
    day: date


@dataclass
class PlannedMail:
    kind: str
    to: list[str]
    cc: list[str]
    about: list[str]
    context: dict[str, Any]
    item_keys: list[str]

    @property
    def dedupe_key(self) -> str:
        digest = hashlib.sha256("|".join(sorted(self.item_keys)).encode()).hexdigest()[:20]
        return f"{self.kind}:{self.to[0]}:{digest}"


@dataclass
class Plan:
    today: date
    mails: list[PlannedMail] = field(default_factory=list)
    outstanding: list[Obligation] = field(default_factory=list)


def plan(settings: Settings, store: Store, today: date) -> Plan:
    """The mail due on `today` that has not been sent yet."""
    result = Plan(today)
    if not calendar.is_working_day(today):
        return result
    schedule = settings.schedule
    window_start = today - timedelta(days=120)
    window_end = calendar.add_working_days(today, max(schedule.remind_before, default=0) + 1)
    forms = store.current_forms()
    owed = obligations(schedule, settings.staff, forms, window_start, window_end)
    noticed = store.noticed_items()
    result.outstanding = [item for item in owed if item.outstanding and item.due < today]
    unresolved = unresolved_forms(settings, forms)

    reminders: dict[tuple[str, str], list[tuple[Obligation, str]]] = defaultdict(list)
    escalations: dict[tuple[str, int], list[tuple[Obligation, str]]] = defaultdict(list)
    for obligation in owed:
        if obligation.outstanding == 0 or could_count(obligation, unresolved):
            # A form nobody can yet say is theirs may be the one missing: no
            # reminder or escalation until the QA team has said whose it is.
            continue
        stage = current_stage(obligation_stages(obligation.due, schedule), today, schedule.catch_up_working_days)
        if stage is None:
            continue
        item_key = f"{obligation.key}:{stage.name}"
        if item_key in noticed:
            continue
        if stage.name.startswith("reminder"):
            reminders[(obligation.owed_by.email, stage.name)].append((obligation, item_key))
        else:
            level = int(stage.name.rsplit("-", 1)[1])
            manager = escalation_recipient(obligation.owed_by, level, settings)
            if manager is not None:
                escalations[(manager.email, level)].append((obligation, item_key))

    for (email, _), items in reminders.items():
        result.mails.append(reminder_mail(settings, email, items, today))
    for (email, level), items in escalations.items():
        result.mails.append(escalation_mail(settings, email, level, items, today, noticed))
    result.mails.extend(action_mails(settings, store, forms, today, noticed))
    questions = open_questions(settings, store, forms, today)
    if (result.mails or questions) and schedule.digest and f"digest:{today.isoformat()}" not in noticed:
        result.mails.append(digest_mail(settings, result, today, questions))
    return result


def unresolved_forms(settings: Settings, forms: list) -> list[tuple[Any, tuple[Person, ...]]]:
    """The forms whose auditor's name matches nobody or more than one person
    on the staff list, each with the people it could belong to: those the
    name could be, or failing that the person who sent it."""
    staff = settings.staff
    found = []
    for stored in forms:
        if not stored.form.auditor or stored.form.date is None:
            continue
        match = routing.attribution(stored.form, stored.sender, staff)
        if match.person is not None:
            continue
        sender = staff.by_email(stored.sender)
        found.append((stored, match.candidates or ((sender,) if sender else ())))
    return found


def could_count(obligation: Obligation, unresolved: list[tuple[Any, tuple[Person, ...]]]) -> bool:
    """True when one of the `unresolved` forms could be one owed under
    `obligation`: of the rule's kinds, dated in its period, and possibly its
    person's."""
    return any(stored.form.form in obligation.rule.forms and stored.form.date in obligation.period
               and obligation.person in people for stored, people in unresolved)


def open_questions(settings: Settings, store: Store, forms: list, today: date) -> list[dict[str, str]]:
    """What the bot could not tell for sure in the last DIGEST_DAYS days and
    asked the sender about: forms kept back (a required field in doubt, a
    file that could not be read) and logged forms with a field left empty
    because the form contradicted itself."""
    since = datetime.combine(today - timedelta(days=DIGEST_DAYS), time(0), calendar.LONDON)
    staff = settings.staff
    found = []
    for message in store.needing_attention(since):
        person = staff.by_email(message.sender)
        found.append({"who": person.name if person else message.sender, "when": long_date(calendar.uk_date(message.received)),
                      "what": message.reason or "kept for the QA team"})
    for stored, people in unresolved_forms(settings, forms):
        if stored.received < since:
            continue
        kind = settings.forms.kind(stored.form.form)
        who = (f"could be {join_words([person.name for person in people], 'or')}" if len(people) > 1
               else "is not on the staff list")
        sender = staff.by_email(stored.sender)
        found.append({"who": sender.name if sender else stored.sender,
                      "when": long_date(calendar.uk_date(stored.received)),
                      "what": f"{kind.title} for case {stored.form.case_id or '(no case ID)'}: the auditor's name "
                              f"'{stored.form.auditor}' {who}. It is counted for nobody, and nobody who could have "
                              "written it is reminded for that period, until the name is added to the staff list "
                              "(the aliases column)"})
    for stored in forms:
        unsure = stored.form.extra.get("unsure") or []
        if unsure and stored.received >= since:
            kind = settings.forms.kind(stored.form.form)
            names = join_words([kind.fields[name].name for name in unsure if name in kind.fields])
            person = staff.by_email(stored.sender)
            found.append({"who": person.name if person else stored.sender,
                          "when": long_date(calendar.uk_date(stored.received)),
                          "what": f"{kind.title} for case {stored.form.case_id or '(no case ID)'}: "
                                  f"the {names} left empty, as the form gave two different values"})
    return found


def obligation_stages(due: date, schedule) -> list[Stage]:
    stages = [Stage(f"reminder-{days}", calendar.add_working_days(due, -days)) for days in schedule.remind_before]
    first = calendar.add_working_days(due, schedule.first_escalation_after)
    stages.append(Stage("escalation-1", first))
    if schedule.second_escalation_after:
        stages.append(Stage("escalation-2", calendar.add_working_days(first, schedule.second_escalation_after)))
    return sorted(stages, key=lambda stage: stage.day)


def current_stage(stages: list[Stage], today: date, catch_up: int) -> Stage | None:
    """The latest stage that has come by `today`, unless it came more than
    `catch_up` working days ago (then it is stale and the next one waits)."""
    reached = [stage for stage in stages if stage.day <= today]
    if not reached:
        return None
    latest = reached[-1]
    if calendar.working_days_between(latest.day, today) > catch_up:
        return None
    return latest


def escalation_recipient(person: Person, level: int, settings: Settings) -> Person | None:
    """Level 1: the person's manager (`reports_to`). Level 2: their
    Assistant Director, if that is someone else again."""
    staff = settings.staff
    manager = staff.by_email(person.reports_to)
    if level == 1:
        return manager
    director = staff.assistant_director_for(manager or person)
    if director is None or director in (person, manager):
        return None
    return director


# Mail about obligations ------------------------------------------------------

def describe(obligation: Obligation) -> dict[str, Any]:
    """One owed item as a reminder lists it."""
    rule = obligation.rule
    if rule.counted_by == "moderation":
        line = f"{rule.what} for {obligation.period.label}"
        detail = (f"{len(obligation.awaiting)} of {obligation.expected} awaiting moderation: "
                  f"case{'s' if len(obligation.awaiting) != 1 else ''} {', '.join(obligation.awaiting)}")
    elif rule.period == "re_audit":
        line = f"{rule.what}: {obligation.period.label}"
        detail = "no re-audit of this case has been received yet"
    elif rule.counted_by == "practitioner":
        line = f"{rule.what} ({obligation.person.name}, {obligation.period.label})"
        detail = "no observation of their practice has been received yet"
    else:
        amount = f"{obligation.expected} {rule.what}" if obligation.expected > 1 else rule.what
        line = f"{amount} for {obligation.period.label}"
        detail = (f"we have received {obligation.received} of {obligation.expected}" if obligation.received
                  else "none received yet")
    return {"line": line[0].upper() + line[1:], "detail": detail, "due": long_date(obligation.due),
            "person": obligation.person.name, "email": obligation.person.email}


def reminder_mail(settings: Settings, email: str, items: list[tuple[Obligation, str]], today: date) -> PlannedMail:
    person = settings.staff.by_email(email)
    due_dates = sorted({obligation.due for obligation, _ in items})
    context = {
        "greeting_name": first_name(person.name if person else None),
        "items": [describe(obligation) for obligation, _ in items],
        "first_due": long_date(due_dates[0]),
        "same_due": len(due_dates) == 1,
        "working_days_left": calendar.working_days_between(today, due_dates[0]),
        # "Tomorrow" only when it is tomorrow: a Friday's reminder of
        # Monday's deadline says "the next working day".
        "due_tomorrow": due_dates[0] == today + timedelta(days=1),
    }
    return PlannedMail("reminder", [email], [], [email], context, [key for _, key in items])


def escalation_mail(settings: Settings, email: str, level: int, items: list[tuple[Obligation, str]],
                    today: date, noticed: set[str] = frozenset()) -> PlannedMail:
    """The escalation of `items` to `email`, copying whoever owes them (and,
    at level 2, their managers). `noticed` holds what was told before, so
    the second escalation says managers were told only when they were."""
    recipient = settings.staff.by_email(email)
    late: dict[str, list[Obligation]] = defaultdict(list)
    for obligation, _ in items:
        late[obligation.owed_by.email].append(obligation)
    people = []
    for address, owed in late.items():
        person = owed[0].owed_by
        people.append({"name": person.name, "email": address, "team": person.team,
                       "items": [describe(obligation) for obligation in owed]})
    cc = list(late)
    managers_copied: list[Person] = []
    managers_told = 0
    if level == 2:
        managers = {settings.staff.by_email(obligation.owed_by.reports_to) for obligation, _ in items}
        managers_copied = sorted((manager for manager in managers if manager is not None and manager.email != email),
                                 key=lambda manager: manager.name)
        cc += [manager.email for manager in managers_copied]
        # "Their managers were told" only when each of them was: someone with
        # no manager on the staff list had no first escalation.
        told = [f"{obligation.key}:escalation-1" in noticed for obligation, _ in items]
        managers_told = len(managers) if told and all(told) and None not in managers else 0
    context = {
        "greeting_name": first_name(recipient.name if recipient else None),
        "level": level,
        "people": people,
        "names": join_words([person["name"] for person in people]),
        "count": len(people),
        "item_count": len(items),
        # Who is said to be copied in, and told before: only what is so.
        "managers_copied": join_words([manager.name for manager in managers_copied]),
        "managers_told": managers_told,
    }
    return PlannedMail("escalation", [email], cc, list(late), context, [key for _, key in items])


# Mail about actions -----------------------------------------------------------

def action_stages(due: date, schedule) -> list[Stage]:
    stages = [Stage(f"before-{days}", calendar.add_working_days(due, -days)) for days in schedule.action_before]
    stages += [Stage(f"overdue-{days}", calendar.add_working_days(due, days)) for days in schedule.action_overdue_after]
    return sorted(stages, key=lambda stage: stage.day)


def action_mails(settings: Settings, store: Store, current_forms: list, today: date,
                 noticed: set[str]) -> list[PlannedMail]:
    """Owners reminded before an action's due date and chased after it
    (closing the loop, 2025 framework §3.1), one email per owner per kind."""
    schedule = settings.schedule
    forms = {stored.id: stored for stored in current_forms}
    grouped: dict[tuple[str, str], list[tuple[StoredAction, str, Person | None]]] = defaultdict(list)
    for action in store.current_actions():
        if action.due is None or is_closed(action.status):
            continue
        stage = current_stage(action_stages(action.due, schedule), today, schedule.catch_up_working_days)
        if stage is None:
            continue
        item_key = f"action:{action.id}:{stage.name}"
        if item_key in noticed:
            continue
        stored = forms.get(action.form_id)
        owner, setter = action_people(action, stored, settings)
        if owner is None:
            continue
        kind = "action_overdue" if stage.name.startswith("overdue") else "action_reminder"
        grouped[(owner.email, kind)].append((action, item_key, setter))
    mails = []
    for (email, kind), items in grouped.items():
        owner = settings.staff.by_email(email)
        cc = sorted({setter.email for _, _, setter in items if setter is not None and setter.email != email}) \
            if kind == "action_overdue" else []
        manager = settings.staff.by_email(owner.reports_to) if owner and owner.reports_to else None
        context = {
            "greeting_name": first_name(owner.name if owner else None),
            "actions": [{"case_id": action.case_id, "heading": action_heading(action, settings.forms),
                         "service_level": action.service_level, "action": action.action,
                         "due": long_date(action.due),
                         "working_days": abs(calendar.working_days_between(today, action.due))}
                        for action, _, _ in items],
            "service_level": sum(action.service_level for action, _, _ in items),
            # Who the chaser may say is copied in, and the manager to agree a
            # new date with: only what this message really carries.
            "copied": [settings.staff.by_email(address).name if settings.staff.by_email(address) else address
                       for address in cc],
            "manager": manager.name if manager else None,
        }
        mails.append(PlannedMail(kind, [email], cc, [email], context, [key for _, key, _ in items]))
    return mails


def action_people(action: StoredAction, stored, settings: Settings) -> tuple[Person | None, Person | None]:
    """Who owns an action and who set it. The owner is the person the form
    names; "SW" or "social worker" means the form's practitioner; a
    service-level action the form gives nobody on the staff list is the Head
    of Service's of the form's service; otherwise the auditor who set the
    action is asked to see it done."""
    staff = settings.staff
    setter = None
    practitioner = None
    if stored is not None:
        setter = staff.by_email(stored.auditor_email) or staff.by_name(stored.form.auditor)
        practitioner = staff.by_name(stored.form.practitioner)
    if action.service_level:
        return routing.service_action_owner(action.owner, action.service, staff) or setter, setter
    owner = staff.by_name(action.owner)
    if owner is None and action.owner and PRACTITIONER_WORDS.match(action.owner.strip()):
        owner = practitioner
    return owner or setter, setter


# The QA team's digest ---------------------------------------------------------

def digest_mail(settings: Settings, result: Plan, today: date, questions: list[dict[str, str]] = ()) -> PlannedMail:
    staff = settings.staff
    sent = []
    for mail in result.mails:
        names = [staff.by_email(address).name if staff.by_email(address) else address for address in mail.about]
        recipients = [staff.by_email(address).name if staff.by_email(address) else address for address in mail.to]
        sent.append({"kind": mail.kind.replace("_", " "), "to": join_words(recipients), "about": join_words(names)})
    overdue = [obligation for obligation in result.outstanding if obligation.status(today) == OVERDUE]
    # The digest lists what became overdue in the last month; the tracker's
    # Compliance sheet keeps the longer history.
    recent = sorted((obligation for obligation in overdue if (today - obligation.due).days <= DIGEST_DAYS),
                    key=lambda obligation: (obligation.due, obligation.person.name), reverse=True)
    context = {"date": long_date(today), "sent": sent, "overdue_count": len(overdue),
               "overdue": [describe(obligation) | {"team": obligation.person.team} for obligation in recent],
               "older_count": len(overdue) - len(recent), "digest_days": DIGEST_DAYS,
               "questions": list(questions)}
    return PlannedMail("digest", [settings.qa_team_email], [], [], context, [f"digest:{today.isoformat()}"])


# Queuing ----------------------------------------------------------------------

def queue(settings: Settings, store: Store, planned: Plan, *, now: datetime) -> int:
    """Render each planned mail and record it with its items in the store
    (one transaction); return how many were queued."""
    notices = Notices(settings, now=now)
    mails = []
    for mail in planned.mails:
        context = notices.context(**mail.context)
        queued = notices.queued(mail.kind, mail.dedupe_key, context, to=mail.to, cc=mail.cc)
        queued.about = mail.about
        mails.append((queued, mail.item_keys))
    store.record_notices(mails, now=now)
    return len(mails)


def preview(settings: Settings, planned: Plan, *, now: datetime) -> list[dict[str, Any]]:
    """The planned mail as `remind --json` prints it."""
    notices = Notices(settings, now=now)
    result = []
    for mail in planned.mails:
        queued: QueuedMail = notices.queued(mail.kind, mail.dedupe_key, notices.context(**mail.context),
                                            to=mail.to, cc=mail.cc)
        result.append({"kind": mail.kind, "to": queued.message.to, "cc": queued.message.cc,
                       "subject": queued.message.subject, "about": mail.about})
    return result
