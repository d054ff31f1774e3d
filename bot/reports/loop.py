"""Closing the loop, in the QA audit reports: the figures the 2025
framework asks the reports to carry beyond grades and themes.

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

from bot import reaudits, routing
from bot.notices import long_date
from bot.reports.figures import AUDIT_KINDS, NO_TEAM, Scope, action_status
from bot.store import Store, StoredAction, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

# Which of these a report kind carries: the performance clinic meets monthly.
CARRIED = {
    "monthly": ("service_actions", "re_audits"),
    "quarterly": ("re_audits",),
    "annual": ("re_audits",),
}


def for_report(kind: str, settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The closing-the-loop context of a `kind` report ("monthly",
    "quarterly", "annual"); empty for other kinds."""
    context: dict[str, Any] = {}
    for name in CARRIED.get(kind, ()):
        if name == "service_actions":
            context["service_actions"] = service_actions(settings, store, scope)
        elif name == "re_audits":
            context["re_audits"] = re_audit_rows(store, scope)
    return context


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
    rows = []
    links = reaudits.link(scope.all_forms(store), frozenset(AUDIT_KINDS))
    for found in sorted(links, key=lambda found: (found.re_audit.form.date, found.re_audit.id)):
        if not scope.includes(found.re_audit):
            continue
        rows.append({"case_id": found.re_audit.form.case_id, "team": found.re_audit.form.team or NO_TEAM,
                     "first_date": long_date(found.original.form.date),
                     "date": long_date(found.re_audit.form.date),
                     "then": found.then, "now": found.now or "No grade", "change": found.change})
    return rows
