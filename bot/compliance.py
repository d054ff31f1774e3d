"""Who owes what: the timetable's rules applied to the staff list and the
forms in the store.

    owed = obligations(schedule, staff, forms, first, last)

gives every obligation due between `first` and `last`: one person, one
rule, one period, how many forms are expected and how many have arrived.
Pure: no clock, no files. An auditor is matched by the name on the form,
or by the sender when the form names nobody (DESIGN.md, "Staff list").
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from bot import calendar
from bot.calendar import Period, uk_date
from bot.forms.model import INADEQUATE
from bot.routing import auditor_of
from bot.schedule import Rule, Schedule
from bot.staff import Person, StaffDirectory
from bot.store import StoredForm

COMPLETE = "Complete"
COMPLETE_LATE = "Complete (late)"
DUE = "Due"
OVERDUE = "Overdue"


@dataclass
class Obligation:
    """`person` is whose work is counted; `owed_by` is who is reminded (the
    same person, or their manager for "every practitioner observed")."""

    rule: Rule
    period: Period
    person: Person
    owed_by: Person
    due: date
    expected: int
    received: int = 0
    on_time: int = 0
    cases: list[str] = field(default_factory=list)
    awaiting: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.rule.name}:{self.period.key}:{self.person.email}"

    @property
    def outstanding(self) -> int:
        return max(self.expected - self.received, 0)

    def status(self, today: date) -> str:
        if self.outstanding == 0:
            return COMPLETE if self.on_time >= self.expected else COMPLETE_LATE
        return DUE if today <= self.due else OVERDUE


@dataclass
class FormFacts:
    """What compliance needs of one stored form, worked out once."""

    stored: StoredForm
    auditor: Person | None
    practitioner: Person | None
    head_of_auditor: Person | None

    @property
    def form(self):
        return self.stored.form


def obligations(schedule: Schedule, staff: StaffDirectory, forms: Iterable[StoredForm],
                first: date, last: date, *, persons: set[str] | None = None,
                containing: date | None = None) -> list[Obligation]:
    """Every obligation of `schedule` due from `first` to `last` inclusive,
    with what has arrived towards it, in due-date order; only those of the
    people whose emails are `persons`, when given. With `containing`, instead
    of a due range: the obligations whose period holds that day."""
    people = PeopleCache(staff)
    facts = sorted((form_facts(stored, staff, people) for stored in forms if stored.form.date is not None),
                   key=lambda fact: fact.form.date)
    dates = [fact.form.date for fact in facts]
    result: list[Obligation] = []
    for rule in schedule.rules:
        if rule.period == "re_audit":
            if containing is None:
                result.extend(re_audits(rule, facts, staff, first, last))
            continue
        people = [person for person in staff if person.role in rule.roles and rule.applies_to_service(person.service)
                  and (persons is None or person.email in persons)]
        in_period: dict[str, list[FormFacts]] = {}
        for person, period, due in rule_periods(rule, schedule, people, first, last, containing):
            if period.key not in in_period:
                dated = facts[bisect_left(dates, period.start):bisect_right(dates, period.end)]
                in_period[period.key] = [fact for fact in dated if fact.form.form in rule.forms]
            obligation = count(rule, period, person, due, in_period[period.key], staff)
            if obligation is not None:
                result.append(obligation)
    if persons is not None:
        result = [item for item in result if item.person.email in persons]
    result.sort(key=lambda item: (item.due, item.rule.name, item.person.name))
    return result


def counted_towards(schedule: Schedule, staff: StaffDirectory, forms: list[StoredForm],
                    stored: StoredForm) -> list[Obligation]:
    """What `stored` counts towards: the obligations of its auditor (or, for
    a rule counted by practitioner, of the practitioner observed) whose
    period holds its date, each with what has arrived towards it. `forms`
    are the current forms that may count with it, `stored` among them."""
    fact = form_facts(stored, staff)
    day = stored.form.date
    people = {person.email for person in (fact.auditor, fact.practitioner) if person is not None}
    if day is None or not people:
        return []
    found = obligations(schedule, staff, forms, day, day, persons=people, containing=day)
    return [obligation for obligation in found
            if stored.form.form in obligation.rule.forms
            and ((obligation.rule.counted_by == "auditor" and obligation.person == fact.auditor)
                 or (obligation.rule.counted_by == "practitioner" and obligation.person == fact.practitioner))]


class PeopleCache:
    """The staff look-ups for many forms, each name worked out once: a year
    of forms names the same few dozen people thousands of times."""

    def __init__(self, staff: StaffDirectory):
        self.staff = staff
        self.auditors: dict[tuple, Person | None] = {}
        self.names: dict[str | None, Person | None] = {}
        self.heads: dict[str, Person | None] = {}

    def auditor(self, stored: StoredForm) -> Person | None:
        key = (stored.form.auditor, stored.sender)
        if key not in self.auditors:
            self.auditors[key] = auditor_of(stored.form, stored.sender, self.staff)
        return self.auditors[key]

    def by_name(self, name: str | None) -> Person | None:
        if name not in self.names:
            self.names[name] = self.staff.by_name(name)
        return self.names[name]

    def head_of_service(self, person: Person) -> Person | None:
        if person.email not in self.heads:
            self.heads[person.email] = self.staff.head_of_service_for(person)
        return self.heads[person.email]


def form_facts(stored: StoredForm, staff: StaffDirectory, people: PeopleCache | None = None) -> FormFacts:
    people = people or PeopleCache(staff)
    auditor = people.auditor(stored)
    return FormFacts(
        stored=stored,
        auditor=auditor,
        practitioner=people.by_name(stored.form.practitioner),
        head_of_auditor=people.head_of_service(auditor) if auditor else None,
    )


def rule_periods(rule: Rule, schedule: Schedule, people: list[Person], first: date, last: date,
                 containing: date | None = None):
    """(person, period, due date) for every period of `rule` due in range,
    or with `containing`, every period that holds that day."""
    if containing is not None:
        yield from periods_holding(rule, schedule, people, containing)
        return
    if rule.period == "cycle":
        half = timedelta(weeks=schedule.cycle_weeks) / 2
        for index, person in enumerate(people):
            group = cycle_group(person, index)
            anchor = schedule.cycle_starts + (half if group == "B" else timedelta(0))
            for period in calendar.review_cycles(anchor, group, first - timedelta(weeks=schedule.cycle_weeks),
                                                 last, weeks=schedule.cycle_weeks):
                due = due_date(rule, period)
                if first <= due <= last:
                    yield person, period, due
        return
    # A deadline can fall up to a period and a half after the period starts.
    for period in calendar.periods_between(rule.period, first - timedelta(days=400), last):
        if period.end.month in rule.skip_months and rule.period == "month":
            continue
        due = due_date(rule, period)
        if first <= due <= last:
            for person in people:
                yield person, period, due


def periods_holding(rule: Rule, schedule: Schedule, people: list[Person], day: date):
    """(person, period, due date) for the periods of `rule` that hold `day`."""
    if rule.period == "cycle":
        half = timedelta(weeks=schedule.cycle_weeks) / 2
        for index, person in enumerate(people):
            group = cycle_group(person, index)
            anchor = schedule.cycle_starts + (half if group == "B" else timedelta(0))
            for period in calendar.review_cycles(anchor, group, day, day, weeks=schedule.cycle_weeks):
                yield person, period, due_date(rule, period)
        return
    for period in calendar.periods_between(rule.period, day, day):
        if rule.period == "month" and period.end.month in rule.skip_months:
            continue
        due = due_date(rule, period)
        for person in people:
            yield person, period, due


def cycle_group(person: Person, index: int) -> str:
    """The person's review cycle: the staff list's `cycle` column (A or B)
    where filled in, else alternating in list order."""
    chosen = (getattr(person, "cycle", None) or "").strip().upper()
    if chosen in ("A", "B"):
        return chosen
    return "A" if index % 2 == 0 else "B"


def due_date(rule: Rule, period: Period) -> date:
    if rule.due == "last_working_day":
        return calendar.last_working_day(*period.last_month)
    if rule.due == "fourteenth_after":
        return calendar.fourteenth(*period.next_month())
    if rule.due and rule.due.startswith("cycle_week_"):
        return calendar.end_of_week(period, int(rule.due.rsplit("_", 1)[1]))
    raise ValueError(f"rule {rule.name} has no due date rule")


def count(rule: Rule, period: Period, person: Person, due: date, in_period: list[FormFacts],
          staff: StaffDirectory) -> Obligation | None:
    """The obligation of `person` under `rule` for `period`, or None when
    nothing is owed (no audits to moderate, no practitioners to cover).
    `in_period` holds the forms of the rule's kinds dated in the period."""
    owed_by = person
    if rule.owed_by == "manager":
        owed_by = staff.by_email(person.reports_to)
        if owed_by is None:
            return None
    if rule.counted_by == "moderation":
        audits = [fact for fact in in_period if fact.head_of_auditor == person and fact.auditor != person]
        if not audits:
            return None
        moderated = [fact for fact in audits if fact.form.moderated]
        return Obligation(rule, period, person, owed_by, due, expected=len(audits), received=len(moderated),
                          on_time=sum(1 for fact in moderated if uk_date(fact.stored.received) <= due),
                          cases=[fact.form.case_id for fact in moderated if fact.form.case_id],
                          awaiting=[fact.form.case_id or "(no case ID)" for fact in audits
                                    if not fact.form.moderated])
    if rule.counted_by == "practitioner":
        counted = [fact for fact in in_period if fact.practitioner == person]
    else:
        counted = [fact for fact in in_period if fact.auditor == person]
    expected = rule.count
    if rule.per_practitioner is not None:
        expected = math.ceil(rule.per_practitioner * len(staff.practitioners_under(person)))
        if expected == 0:
            return None
    return Obligation(rule, period, person, owed_by, due, expected=expected, received=len(counted),
                      on_time=sum(1 for fact in counted if uk_date(fact.stored.first_received) <= due),
                      cases=[fact.form.case_id for fact in counted if fact.form.case_id])


def re_audits(rule: Rule, facts: list[FormFacts], staff: StaffDirectory, first: date,
              last: date) -> Iterable[Obligation]:
    """An inadequate case is re-audited within three months of the original
    audit (2025 framework §3.1); a later audit of the same case meets it."""
    for fact in facts:
        form = fact.form
        due = fact.stored.re_audit_due
        if form.final_grade != INADEQUATE or due is None or form.form not in rule.forms:
            continue
        due = last_working_day_on_or_before(due)
        if not first <= due <= last:
            continue
        person = fact.auditor or staff.by_email(fact.stored.sender) or Person(
            form.auditor or fact.stored.sender, fact.stored.sender, "", form.team or "", form.service or "", None)
        later = [other for other in facts if other is not fact and other.form.case_id == form.case_id
                 and other.form.form in rule.forms and other.form.date and form.date
                 and other.form.date > form.date]
        period = calendar.Period(form.date, due, f"case-{form.case_id}-{form.date.isoformat()}",
                                 f"case {form.case_id}, judged inadequate on {form.date.day} {form.date:%B %Y}")
        yield Obligation(rule, period, person, person, due, expected=1, received=min(len(later), 1),
                         on_time=sum(1 for other in later[:1] if uk_date(other.stored.first_received) <= due),
                         cases=[form.case_id] if form.case_id else [],
                         awaiting=[] if later else [form.case_id or ""])


def last_working_day_on_or_before(day: date) -> date:
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    return day


@dataclass
class Totals:
    expected: int = 0
    received: int = 0
    on_time: int = 0
    overdue: int = 0

    @property
    def rate(self) -> float | None:
        return min(self.received / self.expected, 1.0) if self.expected else None


def totals_by(owed: Iterable[Obligation], today: date, key) -> dict[str, Totals]:
    """Expected, received, on time and overdue obligations summed by `key`
    (a function of an obligation: its team, its service, ...)."""
    totals: dict[str, Totals] = defaultdict(Totals)
    for obligation in owed:
        total = totals[key(obligation)]
        total.expected += obligation.expected
        total.received += min(obligation.received, obligation.expected)
        total.on_time += min(obligation.on_time, obligation.expected)
        total.overdue += obligation.status(today) == OVERDUE
    return dict(sorted(totals.items()))
