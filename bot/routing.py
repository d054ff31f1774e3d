"""Who a form belongs to and who must hear about it, from the staff list."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

from bot.forms import ParsedForm
from bot.forms.model import INADEQUATE
from bot.staff import NameMatch, Person, StaffDirectory

# Form kinds that judge a child's case, so that an inadequate grade is a
# judgement about the child's case the Head of Service must hear about
# (2025 framework §3.1, week 4), and a Head of Service overview's moderated
# grade applies to them. An observation grades a practitioner's practice.
CASE_JUDGEMENT_KINDS = frozenset({"case_file_audit", "multi_agency_audit", "early_help_audit", "taf_audit",
                                  "step_up_down_audit"})


def auditor_of(form: ParsedForm, sender: str, staff: StaffDirectory) -> Person | None:
    """The staff member who completed the form: the auditor named on it, or
    failing that the person who sent it (a moderated copy may come from the
    Head of Service, so the name on the form comes first)."""
    named = staff.by_name(form.auditor)
    if named is not None:
        return named
    if form.auditor:
        return None
    return staff.by_email(sender)


def attribution(form: ParsedForm, sender: str, staff: StaffDirectory) -> NameMatch:
    """Whom a form counts for: the one person `auditor_of` finds, or else
    everyone its auditor's name could be (none when it is nobody's)."""
    person = auditor_of(form, sender, staff)
    if person is not None:
        return NameMatch(person)
    return staff.match(form.auditor)


def fill_team_and_service(form: ParsedForm, auditor: Person | None, staff: StaffDirectory) -> None:
    """Complete a form's team and service from the staff list when the form
    leaves them out: the practitioner's team first (the work audited is
    theirs), then the auditor's; a team's service from anyone in that team."""
    if form.team:
        # "CP Team 2" is the staff list's "Child Protection Team 2": one
        # spelling, so the team's compliance counts it.
        form.team = staff.team(form.team) or form.team
    practitioner = staff.by_name(form.practitioner)
    for person in (practitioner, auditor):
        if person is None:
            continue
        if not form.team and person.team:
            form.team = person.team
        if not form.service and person.service and (not form.team or form.team == person.team):
            form.service = person.service
    if form.team and not form.service:
        for person in staff:
            if person.team.casefold() == form.team.casefold() and person.service:
                form.service = person.service
                break


def responsible(form: ParsedForm, auditor: Person | None, sender: str,
                staff: StaffDirectory) -> Person | None:
    """The person whose line of management an alert follows: the auditor,
    else the sender, else anyone on the staff list in the form's team."""
    person = auditor or staff.by_email(sender)
    if person is not None:
        return person
    if form.team:
        for candidate in staff:
            if candidate.team.casefold() == form.team.casefold():
                return candidate
    return None


def heads_for_alert(person: Person | None, staff: StaffDirectory, *,
                    with_assistant_director: bool) -> list[Person]:
    """The Head of Service responsible (and their Assistant Director), with
    nobody repeated. 2018 framework §3.1: "any urgent concerns found for the
    child's safety and welfare are raised immediately with Head of Service and
    Assistant Director"."""
    if person is None:
        return []
    people: list[Person] = []
    head = staff.head_of_service_for(person)
    if head is not None:
        people.append(head)
    if with_assistant_director:
        director = staff.assistant_director_for(head or person)
        if director is not None and director not in people:
            people.append(director)
    return people


def re_audit_due(form: ParsedForm, months: int) -> date | None:
    """An inadequate case is re-audited within three months of the original
    audit (2025 framework §3.1, "Inadequate cases")."""
    if form.final_grade != INADEQUATE or form.date is None:
        return None
    return form.date + relativedelta(months=months)


def service_action_owner(owner: str | None, service: str | None, staff: StaffDirectory) -> Person | None:
    """Who sees a service-level action done: the person the form names,
    when the staff list knows them, else the Head of Service of the form's
    service ("HOS will be responsible for producing a service level action
    plan following a thematic review", 2025 framework §3.1)."""
    return staff.by_name(owner) or staff.head_of_service_of(service)
