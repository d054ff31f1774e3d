"""Correcting what the bot read, where people work: a cell of the tracker's
form sheets, or a reply to a form's receipt ("grade: Good").

Both ways go through here: a value is read the same way (`read_value`),
recorded the same way (`record`, through `Store.correct`) and alerts the
same way (the caller's `on_correction`), so a correction made by reply is
kept, shown in the tracker's `Corrected` column and used everywhere exactly
as one typed into the tracker.

A reply may correct a form when it answers the form's receipt (its
In-Reply-To or References name the receipt's Message-ID). Only the form's
sender, the managers above them on the staff list and the QA team may
correct it; anyone else is told who can, and nothing changes. A value the
bot cannot be sure of (a grade that is no grade, a name that could be two
people) is never applied: the reply says what was not understood and how
to write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from bot import routing
from bot.closing import message_ids, own_words
from bot.forms.grades import GradeReader
from bot.mailbox import InboundMessage
from bot.store import Store, StoredForm

if TYPE_CHECKING:
    from bot.config import Settings

# The fields that may be corrected, as the tracker and replies name them.
FIELD_NAMES = {"case_id": "Case ID", "auditor": "Auditor", "practitioner": "Practitioner", "team": "Team",
               "service": "Service", "date": "Date", "grade": "Auditor grade", "moderated_grade": "Moderated grade",
               "urgent_concern": "Urgent concern"}

# How a reply may name each field, after lower-casing and dropping
# punctuation ("Case ID:", "Auditor's grade:").
REPLY_LABELS = {
    "case_id": ("case id", "case", "case number", "case no", "case ref", "case reference"),
    "auditor": ("auditor", "auditor name", "audited by", "observer", "completed by"),
    "practitioner": ("practitioner", "social worker", "worker"),
    "team": ("team",),
    "service": ("service",),
    "date": ("date", "audit date", "date of audit", "observation date", "date of observation"),
    "grade": ("grade", "auditor grade", "auditors grade", "judgement", "overall grade"),
    "moderated_grade": ("moderated grade", "moderated judgement", "moderation grade", "moderators grade"),
    "urgent_concern": ("urgent concern", "urgent", "urgent safeguarding concern", "safeguarding concern"),
}
LABEL_FIELDS = {label: name for name, labels in REPLY_LABELS.items() for label in labels}
LINE = re.compile(r"^\s*([A-Za-z][A-Za-z' .]{0,40}?)\s*:\s*(.*?)\s*$")
# Where a signature starts: its lines ("Team: Assessment Team 1") are not
# corrections.
SIGN_OFF = re.compile(r"^\s*(--\s*$|(kind(est)? regards|warm regards|best regards|regards|best wishes"
                      r"|yours sincerely|sent from my)\b)", re.IGNORECASE)

# How to write each field, for a reply that could not use a value.
HOW_TO_WRITE = {
    "case_id": "the case ID as the case record has it, e.g. 'case id: 1234567'",
    "auditor": "the auditor's full name as the staff list has it, e.g. 'auditor: Jane Smith'",
    "practitioner": "the practitioner's full name as the staff list has it, e.g. 'practitioner: Ali Khan'",
    "team": "a team's name as the staff list has it, e.g. 'team: Assessment Team 1'",
    "service": "a service's name as the staff list has it",
    "date": "the date as day/month/year, e.g. 'date: 12/11/2026'",
    "grade": "one of Outstanding, Good, Requires Improvement to be Good or Inadequate, e.g. 'grade: Good'",
    "moderated_grade": ("one of Outstanding, Good, Requires Improvement to be Good or Inadequate, "
                        "e.g. 'moderated grade: Good'"),
    "urgent_concern": "yes or no, e.g. 'urgent concern: no'",
}


@dataclass(frozen=True)
class Reading:
    """A value as the corrections table keeps it (text, an ISO date,
    "true"/"false", a grade as the contract spells it, None for nothing), or
    why the written value cannot be one."""

    value: str | None = None
    problem: str | None = None


# Reading values -------------------------------------------------------------

def read_value(field_name: str, written: Any, settings: Settings, *, on_staff_list: bool = False) -> Reading:
    """What `written` (a tracker cell or the text after a reply's label)
    means as a value of `field_name`. With `on_staff_list`, people, teams
    and services must be ones the staff list knows, given as it spells them
    (a reply names people; the tracker is the QA team's own record)."""
    if field_name == "date":
        found = as_date(written)
        if found is not None:
            return Reading(found.isoformat())
        return Reading(None) if written in (None, "") else Reading(problem=f"'{written}' is not a date")
    if isinstance(written, float) and written.is_integer():
        written = int(written)
    text = text_or_none(written)
    if field_name in ("grade", "moderated_grade"):
        if text is None:
            return Reading(None)
        grade = GradeReader(settings.forms.grades).read(text).value
        return Reading(grade) if grade else Reading(problem=f"'{text}' is not a grade")
    if field_name == "urgent_concern":
        folded = (text or "no").casefold().rstrip(".")
        if folded in ("yes", "y", "true"):
            return Reading("true")
        if folded in ("no", "n", "false", "none"):
            return Reading("false")
        return Reading(problem=f"'{text}' is neither yes nor no")
    if text is None or not on_staff_list:
        return Reading(text)
    staff = settings.staff
    if field_name in ("auditor", "practitioner"):
        match = staff.match(text)
        if match.person is not None:
            return Reading(match.person.name)
        if match.ambiguous:
            names = " or ".join(person.name for person in match.candidates)
            return Reading(problem=f"'{text}' could be {names}")
        return Reading(problem=f"'{text}' is not on the staff list")
    if field_name == "team":
        team = staff.team(text)
        return Reading(team) if team else Reading(problem=f"'{text}' is not a team on the staff list")
    if field_name == "service":
        services = {person.service.casefold(): person.service for person in staff if person.service}
        found = services.get(text.casefold())
        return Reading(found) if found else Reading(problem=f"'{text}' is not a service on the staff list")
    if field_name == "case_id":
        found = settings.forms.case_id_pattern.fullmatch(text)
        return Reading(text) if found else Reading(problem=f"'{text}' does not look like a case ID")
    return Reading(text)


def stored_value(form, field_name: str) -> str | None:
    """A form's field in the same terms as `read_value`."""
    if field_name == "date":
        return form.date.isoformat() if form.date else None
    if field_name == "urgent_concern":
        return "true" if form.urgent_concern else "false"
    return getattr(form, field_name)


def shown(field_name: str, value: str | None) -> str:
    """A value in words, as a confirmation shows it ("12 November 2026")."""
    if value is None:
        return "nothing"
    if field_name == "date":
        day = date.fromisoformat(value)
        return f"{day.day} {day:%B %Y}"
    if field_name == "urgent_concern":
        return "Yes" if value == "true" else "No"
    return value


def text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        from bot.forms.dates import parse_date

        found = parse_date(value)
        return found.value if found else None
    return None


# Recording ------------------------------------------------------------------

def record(store: Store, settings: Settings, stored: StoredForm, field_name: str, value: str | None, source: str,
           *, now: datetime) -> StoredForm | None:
    """Record one correction inside the caller's transaction, the form's
    auditor on the staff list and its re-audit date following the corrected
    form; return the form as it now stands. The caller raises the alerts the
    corrections it records make due (`Notices.for_correction`)."""
    staff = settings.staff

    def auditor_email(form) -> str | None:
        auditor = routing.auditor_of(form, stored.sender, staff)
        return auditor.email if auditor else None

    return store.correct(stored.id, field_name, value, source, now=now, auditor_email=auditor_email,
                         re_audit_due=lambda form: routing.re_audit_due(form, settings.re_audit_months))


# Corrections by reply ---------------------------------------------------------

@dataclass
class Change:
    field: str
    before: str | None
    after: str | None

    @property
    def name(self) -> str:
        return FIELD_NAMES[self.field]


@dataclass
class NotUnderstood:
    line: str
    problem: str
    how: str


@dataclass
class ReplyCorrection:
    """What a reply to a receipt asks: the form it corrects (None when the
    receipt listed several and the reply does not say which), whether the
    sender may correct it, and its lines read as changes, values already
    standing and values that could not be used."""

    sender: str
    forms: list[StoredForm]
    target: StoredForm | None
    allowed: bool
    named: list[str] = field(default_factory=list)  # the fields the reply's lines name
    changes: list[Change] = field(default_factory=list)
    unchanged: list[Change] = field(default_factory=list)
    not_understood: list[NotUnderstood] = field(default_factory=list)


def reply_lines(text: str) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The lines of `text` that name a correctable field, as (field, value,
    line), and the other lines; nothing after a sign-off is a correction."""
    fields, others = [], []
    signed = False
    for line in text.splitlines():
        signed = signed or bool(SIGN_OFF.match(line))
        found = None if signed else LINE.match(line)
        label = " ".join(re.sub(r"[^a-z ]", "", found.group(1).lower()).split()) if found else ""
        if label in LABEL_FIELDS:
            fields.append((LABEL_FIELDS[label], found.group(2), line.strip()))
        else:
            others.append(line)
    return fields, others


def reply_correction(message: InboundMessage, store: Store, settings: Settings) -> ReplyCorrection | None:
    """What `message` asks to correct, when it answers a form's receipt;
    None when it does not (it is then read as any other email)."""
    answered = store.mail_answered(message_ids(message), ("receipt",))
    if answered is None:
        return None
    forms = store.forms_of_message(answered.message_key) if answered.message_key else []
    fields, others = reply_lines(own_words(message))
    if not forms:
        # A receipt for files logged before: nothing of its own to correct.
        return ReplyCorrection(message.sender, [], None, allowed=False)
    target = forms[0] if len(forms) == 1 else which_form(forms, "\n".join(others), settings)
    correction = ReplyCorrection(message.sender, forms, target,
                                 allowed=target is not None and may_correct(message.sender, target, settings),
                                 named=[name for name, _, _ in fields])
    if target is None or not correction.allowed:
        return correction
    after: dict[str, str | None] = {}
    for name, written, line in fields:
        if not written:
            correction.not_understood.append(NotUnderstood(line, "there is nothing after the colon",
                                                           HOW_TO_WRITE[name]))
            continue
        reading = read_value(name, written, settings, on_staff_list=True)
        if reading.problem is not None:
            correction.not_understood.append(NotUnderstood(line, reading.problem, HOW_TO_WRITE[name]))
            continue
        after[name] = reading.value  # the last line for a field stands
    for name, value in after.items():
        change = Change(name, stored_value(target.form, name), value)
        (correction.unchanged if change.before == value else correction.changes).append(change)
    return correction


def which_form(forms: list[StoredForm], text: str, settings: Settings) -> StoredForm | None:
    """Of the forms a receipt listed, the one whose case ID the reply's own
    words name; None when they name none, or more than one."""
    named = {(match.groupdict().get("id") or match.group(0)).strip()
             for match in settings.forms.case_id_pattern.finditer(text)}
    meant = [stored for stored in forms if stored.form.case_id in named]
    return meant[0] if len(meant) == 1 else None


def may_correct(sender: str, stored: StoredForm, settings: Settings) -> bool:
    """The form's sender, anyone above them on the staff list, or the QA
    team may correct a form."""
    staff = settings.staff
    if sender.casefold() in (stored.sender.casefold(), settings.qa_team_email.casefold()):
        return True
    person = staff.by_email(sender)
    if person is None:
        return False
    if person.role == "qa_team":
        return True
    form_sender = staff.by_email(stored.sender)
    return form_sender is not None and person in staff.chain(form_sender)


def source_of(message: InboundMessage, settings: Settings) -> str:
    """Where a reply's correction came from, as the tracker's Corrected
    column says it: "a reply from Joanne Fletcher"."""
    person = settings.staff.by_email(message.sender)
    return f"a reply from {person.name if person else message.sender}"
