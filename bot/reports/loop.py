"""Closing the loop, in the QA audit reports and the Head of Service
overview: the figures the 2025 framework asks the reports to carry beyond
grades and themes.

- Service-level actions for the monthly performance clinic: "HOS will be
  responsible for producing a service level action plan following a
  thematic review ... Action plans will be tracked at the monthly
  performance clinics" (§3.1, week 8).
- Whether the child's and family's views were sought during each audit:
  "Feedback should always be sought during a case file audit" (§2.4,
  item 7).
- Re-audits of cases judged Inadequate, with the grade then and now: "Any
  cases that are judged to be inadequate will be re audited within three
  months of the original audit" (§3.1).

Each function gives plain context for the report templates, by case ID
only, like `bot.reports.figures`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from bot import routing
from bot.notices import long_date
from bot.reports.figures import AUDIT_KINDS, NO_TEAM, Scope, action_status, forms_in, re_audits_in
from bot.reports.themes import CASES, how_often
from bot.store import Store, StoredAction, StoredForm, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

# Which of these a report kind carries: the performance clinic meets
# monthly, and a Head of Service overview is one service's month.
CARRIED = {
    "monthly": ("feedback", "service_actions", "re_audits"),
    "overview": ("feedback", "service_actions"),
    "quarterly": ("feedback", "re_audits"),
    "annual": ("feedback", "re_audits"),
}


def for_report(kind: str, settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The closing-the-loop context of a `kind` report ("monthly",
    "overview", "quarterly", "annual"), for the service `scope` names, if
    any; empty for other kinds."""
    context: dict[str, Any] = {}
    for name in CARRIED.get(kind, ()):
        if name == "service_actions":
            context["service_actions"] = service_actions(settings, store, scope)
        elif name == "re_audits":
            context["re_audits"] = re_audit_rows(store, scope)
        elif name == "feedback":
            context["feedback"] = feedback(forms_in(store, scope, AUDIT_KINDS))
    return context


# The child's and family's views ----------------------------------------------

def feedback(audits: list[StoredForm]) -> dict[str, Any]:
    """How many of the cases audited sought the child's or family's views,
    as the form answered its question (`feedback_sought` in
    config/forms.yaml): sought, not sought, and forms that did not say
    (they do not ask, or the answer was left blank)."""
    answers = [stored.form.extra.get("feedback_sought") for stored in audits]
    total, sought, not_sought = len(answers), answers.count(True), answers.count(False)
    not_said = total - sought - not_sought
    sentence, detail = feedback_words(total, sought, not_sought, not_said)
    return {"audits": total, "sought": sought, "not_sought": not_sought, "not_said": not_said,
            "sought_percent": round(100 * sought / total) if total else None,
            "sentence": sentence, "detail": detail}


def feedback_words(total: int, sought: int, not_sought: int, not_said: int) -> tuple[str, str]:
    """The sentence ("In 7 of the 10 cases audited, the child or family's
    views were sought.") and what it leaves out ("In 2 they were not; 1
    audit form did not say whether they were."), empty when nothing is."""
    views = "the child or family's views"
    if not total:
        return "", ""
    if total == 1:  # a Head of Service overview may count one case
        if sought:
            return f"In the one case audited, {views} were sought.", ""
        if not_sought:
            return f"In the one case audited, {views} were not sought.", ""
        return f"The one audit form did not say whether {views} were sought.", ""
    if sought:
        how = how_often(sought, total, CASES)
        sentence = f"{how[:1].upper()}{how[1:]}, {views} were sought."
    else:
        sentence = f"In none of the {total} cases audited did the audit record that {views} were sought."
    others = []
    if not_sought:
        others.append(f"in {not_sought} they were not")
    if not_said:
        others.append(f"{not_said} audit form{' did' if not_said == 1 else 's did'} not say whether they were")
    detail = "; ".join(others) + "." if others else ""
    return sentence, detail[:1].upper() + detail[1:]


# Service-level actions ------------------------------------------------------

def service_actions(settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The service-level actions the performance clinic tracks at the end
    of the report's period: every one still open from an audit dated by
    then, and those from the period's audits or completed in it, however
    they stand. Each row: service, action, owner (the person reminded of
    it: the one the form names, else the Head of Service), due, status."""
    period = scope.period
    found = []
    for action in store.current_actions():
        if not action.service_level or not in_view(action, period.start, period.end):
            continue
        if scope.service is not None and (action.service or "").casefold() != scope.service.casefold():
            continue
        owner = routing.service_action_owner(action.owner, action.service, settings.staff)
        row = {"service": action.service or "(no service given)", "action": action.action,
               "owner": owner.name if owner else (action.owner or "Not stated"),
               "due": long_date(action.due) if action.due else "Not stated",
               "status": action_status(action, scope.today)}
        found.append(((row["service"], action.due or date.max, action.id), row))
    rows = [row for _, row in sorted(found, key=lambda item: item[0])]
    statuses = [row["status"] for row in rows]
    return {"rows": rows, "total": len(rows), "open": statuses.count("Open"),
            "overdue": statuses.count("Overdue"), "completed": statuses.count("Completed")}


def in_view(action: StoredAction, start: date, end: date) -> bool:
    """Whether the performance clinic at the end of `start`..`end` looks at
    `action`: set by then, and open, or set or completed in the period."""
    if action.audit_date is not None and action.audit_date > end:
        return False
    if not is_closed(action.status):
        return True
    set_in_period = action.audit_date is not None and start <= action.audit_date
    completed_in_period = action.completed is not None and start <= action.completed <= end
    return set_in_period or completed_in_period


# Re-audits of cases judged Inadequate ----------------------------------------

def re_audit_rows(store: Store, scope: Scope) -> list[dict[str, Any]]:
    """The re-audits dated in the report's period, each with the audit that
    judged the case Inadequate: case ID, team, both dates, the grade then
    and now ("Inadequate → Requires Improvement to be Good")."""
    return [{"case_id": found.re_audit.form.case_id, "team": found.re_audit.form.team or NO_TEAM,
             "first_date": long_date(found.original.form.date), "date": long_date(found.re_audit.form.date),
             "then": found.then, "now": found.now or "No grade", "change": found.change}
            for found in re_audits_in(store, scope)]
