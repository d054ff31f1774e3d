"""The QA calendar for a month, for `run_bot.py deadlines`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from bot import calendar
from bot.compliance import Obligation, obligations
from bot.notices import join_words, long_date

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.store import Store

# Each role as a group of people is called.
ROLE_NAMES = {
    "practitioner": "practitioners",
    "practice_manager": "practice managers",
    "early_help_manager": "early help managers",
    "safeguarding_practice_manager": "safeguarding unit practice managers",
    "head_of_service": "Heads of Service",
    "assistant_director": "Assistant Directors",
    "director": "the Director",
    "qa_team": "QA officers",
}


@dataclass
class Deadline:
    date: date
    kind: str
    what: str
    rule: str
    period: str
    people: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "kind": self.kind, "what": self.what, "rule": self.rule,
                "period": self.period, "people": self.people}


def deadlines_for_month(settings: Settings, store: Store, year: int, month: int, *, today: date) -> list[Deadline]:
    """Every deadline falling in the month: the timetable's obligations
    (one deadline per rule and period, listing who owes it), re-audits of
    inadequate cases, and the due dates of audit actions."""
    first, last = date(year, month, 1), calendar.month_end(year, month)
    grouped: dict[tuple[str, str, date], list[Obligation]] = {}
    for obligation in obligations(settings.schedule, settings.staff, store.current_forms(), first, last):
        grouped.setdefault((obligation.rule.name, obligation.period.key, obligation.due), []).append(obligation)
    result = [deadline_of(owed, today) for owed in grouped.values()]
    for action in store.current_actions():
        if action.due and first <= action.due <= last:
            owner = f" ({action.owner})" if action.owner else ""
            result.append(Deadline(action.due, "action_due", f"Audit action for case {action.case_id}: "
                                   f"{action.action}{owner}; status {action.status}.", "actions",
                                   f"case {action.case_id}"))
    return sorted(result, key=lambda deadline: (deadline.date, deadline.kind, deadline.what))


def deadline_of(owed: list[Obligation], today: date) -> Deadline:
    first = owed[0]
    rule = first.rule
    people = [{"name": item.person.name, "email": item.person.email, "expected": item.expected,
               "received": item.received, "status": item.status(today)} for item in owed]
    if rule.period == "re_audit":
        what = f"Re-audit of {first.period.label} (by {first.person.name})."
    else:
        roles = sorted({item.person.role for item in owed}, key=list(ROLE_NAMES).index)
        who = join_words([ROLE_NAMES.get(role, role) for role in roles])
        counts = {item.expected for item in owed}
        amount = f"{counts.pop()} " if len(counts) == 1 and rule.counted_by != "moderation" else ""
        amount = "" if amount == "1 " else amount
        noun = rule.what
        if rule.counted_by == "practitioner":
            what = (f"Managers: {noun} for {len(owed)} practitioner{'s' if len(owed) != 1 else ''} "
                    f"({first.period.label}).")
        else:
            what = (f"{who[0].upper()}{who[1:]} ({len(owed)}): {amount}{noun} for {first.period.label}.")
    return Deadline(first.due, rule.kind, what, rule.name, first.period.label, people)


def print_deadlines(found: list[Deadline], year: int, month: int) -> None:
    title = f"QA deadlines, {date(year, month, 1):%B %Y}"
    print(title)
    print("=" * len(title))
    if not found:
        print("Nothing falls due this month.")
        return
    current = None
    for deadline in found:
        if deadline.date != current:
            current = deadline.date
            print(f"\n{deadline.date:%A} {long_date(deadline.date)}")
        print(f"  - {deadline.what}")
        late = [person for person in deadline.people if person["status"] in ("Due", "Overdue")
                and person["received"] < person["expected"]]
        done = len(deadline.people) - len(late)
        if deadline.people and deadline.kind != "re_audit":
            print(f"    {done} of {len(deadline.people)} done"
                  + (f"; still owed by {', '.join(person['name'] for person in late)}" if late else ""))
