"""The figures and words of each report, computed from the store.

Each function returns the plain context a report template is rendered with
(see `templates/reports/`): counts, grade profiles, the prevalence of
themes, lists by case ID. Case IDs only: the store holds nothing else about
a child, and the free text is as auditors wrote it about practice, with
names already removed by the parser.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from bot import calendar, compliance, reaudits
from bot.calendar import Period
from bot.forms.model import GOOD, GRADES, INADEQUATE, OUTSTANDING
from bot.notices import long_date
from bot.reports.themes import OBSERVATIONS, Prevalence, prevalence
from bot.store import Store, StoredAction, StoredForm, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

# Forms that audit one child's case: counted, graded and themed as audits.
AUDIT_KINDS = ("case_file_audit", "early_help_audit", "multi_agency_audit", "taf_audit", "step_up_down_audit")
GRADE_ORDER = {grade: index for index, grade in enumerate(GRADES)}
NO_TEAM = "(no team given)"


@dataclass
class Scope:
    """What a report covers: a period, and perhaps one service."""

    period: Period
    today: date
    service: str | None = None
    _forms: list[StoredForm] | None = field(default=None, repr=False)

    def all_forms(self, store: Store) -> list[StoredForm]:
        """Every current form in the store, loaded once for the report."""
        if self._forms is None:
            self._forms = store.current_forms()
        return self._forms

    def includes(self, stored: StoredForm) -> bool:
        form = stored.form
        if form.date is None or form.date not in self.period:
            return False
        return self.service is None or (form.service or "").casefold() == self.service.casefold()


# Periods ---------------------------------------------------------------------

def quarter(text: str) -> Period:
    """'2026Q3' is the third quarter of the municipal year 2026/27: October
    to December 2026 (2018 framework: a quarter is "1 April - 30th June; ...")."""
    cleaned = text.strip().upper().replace(" ", "")
    try:
        year_text, number_text = cleaned.split("Q")
        year, number = int(year_text.split("/")[0]), int(number_text)
        if not 1 <= number <= 4:
            raise ValueError
    except ValueError:
        raise ValueError(f"{text!r} is not a quarter written YYYYQn, for example 2026Q3 "
                         "(October to December 2026: quarters run from April)") from None
    first_month = 4 + 3 * (number - 1)
    return calendar.quarter_of(date(year + (first_month > 12), (first_month - 1) % 12 + 1, 1))


def municipal_year(year: int) -> Period:
    return calendar.year_of(date(year, 4, 1))


# Shared pieces -----------------------------------------------------------------

def forms_in(store: Store, scope: Scope, kinds: Iterable[str]) -> list[StoredForm]:
    kinds = tuple(kinds)
    return [stored for stored in scope.all_forms(store) if stored.form.form in kinds and scope.includes(stored)]


def grade_rows(forms: list[StoredForm]) -> list[dict[str, Any]]:
    auditor = Counter(stored.form.grade for stored in forms)
    final = Counter(stored.form.final_grade for stored in forms)
    rows = [{"grade": grade, "auditor": auditor.get(grade, 0), "final": final.get(grade, 0)} for grade in GRADES]
    rows.append({"grade": "No grade", "auditor": auditor.get(None, 0), "final": final.get(None, 0)})
    return rows


def moderation_summary(forms: list[StoredForm]) -> dict[str, Any]:
    moderated = [stored for stored in forms if stored.form.moderated]
    changed = [stored for stored in moderated if stored.form.moderated_grade and stored.form.grade
               and stored.form.moderated_grade != stored.form.grade]
    raised = [stored for stored in changed
              if GRADE_ORDER[stored.form.moderated_grade] < GRADE_ORDER[stored.form.grade]]
    return {
        "moderated": len(moderated),
        "changed": len(changed),
        "raised": len(raised),
        "lowered": len(changed) - len(raised),
        "confirmed": len(moderated) - len(changed),
        "changes": [{"case_id": stored.form.case_id, "team": stored.form.team or NO_TEAM,
                     "auditor_grade": stored.form.grade, "moderated_grade": stored.form.moderated_grade}
                    for stored in changed],
    }


def theme_items(found: list[Prevalence]) -> list[dict[str, Any]]:
    return [{"theme": item.theme.name, "count": item.count, "total": item.total, "sentence": item.sentence}
            for item in found]


def percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def good_or_better(forms: list[StoredForm]) -> int:
    return sum(1 for stored in forms if stored.form.final_grade in (GOOD, OUTSTANDING))


def owed_in(settings: Settings, store: Store, scope: Scope) -> list[compliance.Obligation]:
    """The obligations whose periods lie within the report's period (a
    deadline may fall up to two months after its period ends)."""
    owed = compliance.obligations(settings.schedule, settings.staff, scope.all_forms(store),
                                  scope.period.start, scope.period.end + timedelta(days=62))
    return [item for item in owed if item.period.start >= scope.period.start and item.period.end <= scope.period.end]


def counts_by_team(settings: Settings, store: Store, scope: Scope, audits: list[StoredForm],
                   observations: list[StoredForm]) -> tuple[list[dict], list[dict]]:
    """Audits and observations received per team and per service, against
    what the timetable expected in the period."""
    owed = [item for item in owed_in(settings, store, scope)
            if scope.service is None or item.person.service.casefold() == scope.service.casefold()]
    # Rows by team; a team's service is the staff list's where it knows the team.
    team_services = {person.team.casefold(): person.service for person in settings.staff if person.team}
    teams: dict[str, dict[str, Any]] = {}

    def row(service: str | None, team: str | None) -> dict[str, Any]:
        name = team or NO_TEAM
        return teams.setdefault(name.casefold(), {
            "service": team_services.get(name.casefold(), service or ""), "team": name,
            "expected_audits": 0, "audits": 0, "expected_observations": 0, "observations": 0})

    for item in owed:
        if item.rule.kind == "audit_submission":
            row(item.person.service, item.person.team)["expected_audits"] += item.expected
        elif item.rule.kind == "observation" and item.rule.counted_by == "auditor":
            row(item.person.service, item.person.team)["expected_observations"] += item.expected
    for stored in audits:
        row(stored.form.service, stored.form.team)["audits"] += 1
    for stored in observations:
        row(stored.form.service, stored.form.team)["observations"] += 1
    team_rows = sorted(teams.values(), key=lambda item: (item["service"], item["team"]))
    services: dict[str, dict[str, Any]] = {}
    for item in team_rows:
        total = services.setdefault(item["service"], {"service": item["service"] or "(no service given)",
                                                      "expected_audits": 0, "audits": 0})
        total["expected_audits"] += item["expected_audits"]
        total["audits"] += item["audits"]
    for total in services.values():
        total["received_percent"] = percent(min(total["audits"], total["expected_audits"]), total["expected_audits"])
    return team_rows, list(services.values())


def action_rows(store: Store, forms: list[StoredForm], today: date) -> dict[str, Any]:
    ids = {stored.id for stored in forms}
    actions = [action for action in store.current_actions() if action.form_id in ids]
    rows = [{"case_id": action.case_id, "action": action.action, "owner": action.owner or "",
             "due": long_date(action.due) if action.due else "", "status": action_status(action, today)}
            for action in actions]
    statuses = Counter(row["status"] for row in rows)
    return {"open": statuses["Open"], "overdue": statuses["Overdue"], "completed": statuses["Completed"],
            "total": len(rows), "rows": rows}


def action_status(action: StoredAction, today: date) -> str:
    if is_closed(action.status):
        return "Completed"
    if action.due is not None and action.due < today:
        return "Overdue"
    return "Open"


def urgent_rows(forms: list[StoredForm]) -> list[dict[str, Any]]:
    return [{"case_id": stored.form.case_id, "team": stored.form.team or NO_TEAM,
             "date": long_date(stored.form.date) if stored.form.date else "",
             "detail": stored.form.urgent_concern_detail or "Urgent concern marked on the form."}
            for stored in forms if stored.form.urgent_concern]


def inadequate_rows(everything: list[StoredForm], forms: list[StoredForm]) -> list[dict[str, Any]]:
    """The cases of `forms` judged Inadequate, each with its re-audit, if
    one of `everything` has arrived: when, and the grade then and now."""
    links = reaudits.link(everything, frozenset(AUDIT_KINDS))
    rows = []
    for stored in forms:
        form = stored.form
        if form.final_grade != INADEQUATE:
            continue
        link = links.by_original.get(stored.id)
        rows.append({"case_id": form.case_id, "team": form.team or NO_TEAM,
                     "date": long_date(form.date) if form.date else "",
                     "re_audit_due": long_date(stored.re_audit_due) if stored.re_audit_due else "",
                     "re_audited": f"{long_date(link.re_audit.form.date)}: {link.change}" if link else "Not yet"})
    return rows


def thematic_rows(forms: list[StoredForm]) -> list[dict[str, Any]]:
    return [{"theme": stored.form.extra.get("theme") or "Not stated", "service": stored.form.service or "",
             "auditor": stored.form.auditor or "", "date": long_date(stored.form.date) if stored.form.date else "",
             "strengths": list(stored.form.strengths), "development": list(stored.form.development_areas),
             "actions": [action.action for action in stored.form.actions]} for stored in forms]


def month_rows(audits: list[StoredForm], period: Period) -> list[dict[str, Any]]:
    rows = []
    for month in calendar.months_between(period.start, period.end):
        in_month = [stored for stored in audits if stored.form.date in month]
        better = good_or_better(in_month)
        rows.append({"label": f"{month.start:%b %Y}", "audits": len(in_month), "good_or_better": better,
                     "good_or_better_percent": percent(better, len(in_month))})
    return rows


def common(settings: Settings, title: str, scope: Scope) -> dict[str, Any]:
    return {
        "organisation": settings.organisation,
        "department": settings.department,
        "qa_team_name": settings.qa_team_name,
        "qa_team_email": settings.qa_team_email,
        "title": title,
        "period_label": scope.period.label,
        "generated": long_date(scope.today),
        "logo": str(settings.report_logo) if settings.report_logo else None,
        "draft": True,
    }


# The reports -------------------------------------------------------------------

def audit_report(settings: Settings, store: Store, scope: Scope, title: str) -> dict[str, Any]:
    """The monthly, quarterly and annual QA audit reports share their figures."""
    audits = forms_in(store, scope, AUDIT_KINDS)
    observations = forms_in(store, scope, ("observation",))
    thematic = forms_in(store, scope, ("thematic_audit",))
    teams, services = counts_by_team(settings, store, scope, audits, observations)
    strengths, development = prevalence((stored.form for stored in audits), settings.themes)
    observed_strengths, observed_development = prevalence((stored.form for stored in observations), settings.themes,
                                                          noun=OBSERVATIONS)
    moderation = moderation_summary(audits)
    expected_audits = sum(row["expected_audits"] for row in teams)
    expected_observations = sum(row["expected_observations"] for row in teams)
    return common(settings, title, scope) | {
        "summary": {
            "audits": len(audits),
            "observations": len(observations),
            "thematic_audits": len(thematic),
            "expected_audits": expected_audits,
            "expected_observations": expected_observations,
            "received_percent": percent(min(len(audits), expected_audits), expected_audits),
            "moderated": moderation["moderated"],
            "moderation_changed": moderation["changed"],
            "urgent_concerns": sum(1 for stored in audits if stored.form.urgent_concern),
            "inadequate": sum(1 for stored in audits if stored.form.final_grade == INADEQUATE),
            "good_or_better": good_or_better(audits),
            "good_or_better_percent": percent(good_or_better(audits), len(audits)),
        },
        "services": services,
        "teams": teams,
        "grades": grade_rows(audits),
        "moderation": moderation,
        "strengths": theme_items(strengths),
        "development": theme_items(development),
        "urgent": urgent_rows(audits),
        "inadequate": inadequate_rows(scope.all_forms(store), audits),
        "actions": action_rows(store, audits, scope.today),
        "observations": {"count": len(observations), "strengths": theme_items(observed_strengths),
                         "development": theme_items(observed_development)},
        "thematic": thematic_rows(thematic),
        "months": month_rows(audits, scope.period),
    }


def overview(settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The Head of Service overview for one service (the 2018 moderation
    pro-forma): prevalence of strengths and areas, and prioritised actions."""
    context = audit_report(settings, store, scope, f"Head of Service Overview: {scope.service}")
    head = next((person for person in settings.staff.with_role("head_of_service")
                 if person.service.casefold() == (scope.service or "").casefold()), None)
    by_name = {theme.name: theme for theme in settings.themes}
    context |= {
        "service": scope.service,
        "head_of_service": head.name if head else "",
        "priorities": [{"theme": item["theme"], "count": item["count"], "total": item["total"],
                        "action": by_name[item["theme"]].next_step} for item in context["development"][:5]],
    }
    return context


def supervision(settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The quarterly report on the quality of supervision practice."""
    audits = forms_in(store, scope, ("supervision_audit",))
    owed = [item for item in owed_in(settings, store, scope) if item.rule.kind == "supervision_audit"]
    strengths, development = prevalence((stored.form for stored in audits), settings.themes,
                                        noun=("supervision file audited", "supervision files audited"))
    expected = sum(item.expected for item in owed)
    return common(settings, "Quality of Supervision Practice", scope) | {
        "summary": {"supervision_audits": len(audits),
                    "practitioners": len({stored.form.practitioner for stored in audits if stored.form.practitioner}),
                    "expected": expected,
                    "received_percent": percent(min(len(audits), expected), expected)},
        "heads": [{"head_of_service": item.person.name, "service": item.person.service,
                   "expected": item.expected, "received": item.received} for item in owed],
        "grades": grade_rows(audits),
        "strengths": theme_items(strengths),
        "development": theme_items(development),
    }


def briefing(settings: Settings, store: Store, scope: Scope) -> dict[str, Any]:
    """The quarterly 7 minute briefing for all staff (2025 framework §4.1,
    item 6): the quarter's learning in plain words, no case details."""
    report = audit_report(settings, store, scope, "7 Minute Briefing")
    summary = report["summary"]
    audits, observations = summary["audits"], summary["observations"]
    teams = sum(1 for row in report["teams"] if row["audits"] or row["observations"])
    by_name = {theme.name: theme for theme in settings.themes}
    weakest = [by_name[item["theme"]] for item in report["development"][:3]]
    findings = []
    if audits:
        findings.append(f"{summary['good_or_better']} of {audits} audited cases "
                        f"({summary['good_or_better_percent']}%) were judged Good or Outstanding.")
        if summary["inadequate"]:
            findings.append(f"{summary['inadequate']} case{'s were' if summary['inadequate'] != 1 else ' was'} "
                            "judged Inadequate and will be re-audited within three months.")
        if summary["moderated"]:
            findings.append(f"Heads of Service moderated {summary['moderated']} audits and changed the grade "
                            f"in {summary['moderation_changed']}.")
        if summary["urgent_concerns"]:
            findings.append(f"Auditors raised {summary['urgent_concerns']} urgent "
                            f"concern{'s' if summary['urgent_concerns'] != 1 else ''} about a child's safety, "
                            "each taken to the Head of Service the same day.")
    else:
        findings.append("No case file audits were completed this quarter.")
    keep = ("summary", "strengths", "development")
    return common(settings, "7 Minute Briefing", scope) | {key: report[key] for key in keep} | {
        "background": (f"Each quarter we share what our audits tell us. Between {scope.period.start.day} "
                       f"{scope.period.start:%B} and {scope.period.end.day} {scope.period.end:%B %Y} managers "
                       f"and leaders completed {audits} case file audit{'s' if audits != 1 else ''} and "
                       f"{observations} observation{'s' if observations != 1 else ''} of practice"
                       + (f" across {teams} teams." if teams else ".")),
        "why_it_matters": ("\u201cThe only sensible measure of how well the system is performing is the measure "
                           "of how effectively it is helping children, young people and their families\u201d "
                           "(Munro, 2011). Audits show us what is working for children and what we must "
                           "change, so that we do the right thing, at the right time, in the right way."),
        "findings": findings,
        "working_well": [item["sentence"] for item in report["strengths"][:3]]
        or ["Not enough audits this quarter to say."],
        "to_improve": [item["sentence"] for item in report["development"][:3]]
        or ["Not enough audits this quarter to say."],
        "questions": [theme.question for theme in weakest if theme.question]
        or ["What would the child say about the difference we have made?"],
        "next_steps": [theme.next_step for theme in weakest if theme.next_step]
        or ["Talk about this briefing in your next team meeting and supervision."],
        "where_to_find": (f"Talk about this briefing in your next team meeting. The full quarterly QA report is "
                          f"available from the {settings.qa_team_name}."),
        "contact": f"{settings.qa_team_name}: {settings.qa_team_email}",
    }
