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
from bot.reports.themes import (
    CASES,
    OBSERVATIONS,
    OtherFinding,
    Prevalence,
    grouped,
    other_findings,
    prevalence,
    words_of,
)
from bot.store import Store, StoredAction, StoredForm, is_closed

if TYPE_CHECKING:
    from bot.config import Settings

# Forms that audit one child's case: counted, graded and themed as audits.
AUDIT_KINDS = ("case_file_audit", "early_help_audit", "multi_agency_audit", "taf_audit", "step_up_down_audit")
GRADE_ORDER = {grade: index for index, grade in enumerate(GRADES)}
NO_TEAM = "(no team given)"
NO_SERVICE = "(no service given)"
# A deadline may fall up to two months after the period it counts for.
OWED_AFTER = 62


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


def other_items(found: list[OtherFinding]) -> list[dict[str, Any]]:
    return [{"text": item.text, "count": item.count, "total": item.total, "sentence": item.sentence}
            for item in found]


def theme_findings(settings: Settings, forms: list[StoredForm], noun: tuple[str, str] = CASES) -> dict[str, Any]:
    """The themes found in `forms`, and the findings that matched none."""
    parsed = [stored.form for stored in forms]
    strengths, development = prevalence(parsed, settings.themes, noun=noun)
    other_strengths, other_development = other_findings(parsed, settings.themes, noun=noun)
    return {"strengths": theme_items(strengths), "development": theme_items(development),
            "other": {"strengths": other_items(other_strengths), "development": other_items(other_development)}}


def unthemed_lines(found: dict[str, Any], source: str = "") -> list[dict[str, str]]:
    """The findings that matched no theme, for the QA team: each its `text`
    and a `line` ("Area for development: Risk is not analysed (in 1 of the
    3 cases audited).")."""
    return [{"text": item["text"], "line": f"{label}{source}: {item['sentence']}"}
            for key, label in (("strengths", "Strength"), ("development", "Area for development"))
            for item in found["other"][key]]


def audits_received(teams: list[dict[str, Any]], audits: list[StoredForm]) -> dict[str, Any]:
    """The case file audits expected in the period (the sum over `teams`),
    received, and received as a percentage of expected (at most 100)."""
    expected = sum(row["expected_audits"] for row in teams)
    return {"expected": expected, "received": len(audits), "percent": percent(min(len(audits), expected), expected)}


def percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


def good_or_better(forms: list[StoredForm]) -> int:
    return sum(1 for stored in forms if stored.form.final_grade in (GOOD, OUTSTANDING))


def owed_in(settings: Settings, store: Store, scope: Scope,
            owed: list[compliance.Obligation] | None = None) -> list[compliance.Obligation]:
    """The obligations whose periods lie within the report's period (a
    deadline may fall up to two months after its period ends). `owed`, when
    given, are the obligations already worked out over a range holding the
    period and the `OWED_AFTER` days after it (the tracker's dashboard works
    them out once for a year of months)."""
    if owed is None:
        owed = compliance.obligations(settings.schedule, settings.staff, scope.all_forms(store),
                                      scope.period.start, scope.period.end + timedelta(days=OWED_AFTER))
    return [item for item in owed if item.period.start >= scope.period.start and item.period.end <= scope.period.end]


def counts_by_team(settings: Settings, store: Store, scope: Scope, audits: list[StoredForm],
                   observations: list[StoredForm], owed: list[compliance.Obligation] | None = None,
                   ) -> tuple[list[dict], list[dict]]:
    """Audits and observations received per team and per service, against
    what the timetable expected in the period (`owed`: see `owed_in`)."""
    owed = [item for item in owed_in(settings, store, scope, owed)
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
    for item in team_rows:
        item["received_percent"] = percent(min(item["audits"], item["expected_audits"]), item["expected_audits"])
    services: dict[str, dict[str, Any]] = {}
    for item in team_rows:
        total = services.setdefault(item["service"], {"service": item["service"] or NO_SERVICE,
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


def re_audits_in(store: Store, scope: Scope) -> list[reaudits.ReAudit]:
    """The re-audits dated in the report's period (and service) of cases
    judged Inadequate, each linked to the audit that judged it so, in date
    order."""
    links = reaudits.link(scope.all_forms(store), frozenset(AUDIT_KINDS))
    return sorted((found for found in links if scope.includes(found.re_audit)),
                  key=lambda found: (found.re_audit.form.date, found.re_audit.id))


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
    found = theme_findings(settings, audits)
    observed = theme_findings(settings, observations, OBSERVATIONS)
    moderation = moderation_summary(audits)
    received = audits_received(teams, audits)
    expected_observations = sum(row["expected_observations"] for row in teams)
    return common(settings, title, scope) | {
        "summary": {
            "audits": len(audits),
            "observations": len(observations),
            "thematic_audits": len(thematic),
            "expected_audits": received["expected"],
            "expected_observations": expected_observations,
            "received_percent": received["percent"],
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
        **found,
        "unthemed": unthemed_lines(found) + unthemed_lines(observed, " (observations)"),
        "urgent": urgent_rows(audits),
        "inadequate": inadequate_rows(scope.all_forms(store), audits),
        "actions": action_rows(store, audits, scope.today),
        "observations": {"count": len(observations), **observed},
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
    found = theme_findings(settings, audits, ("supervision file audited", "supervision files audited"))
    expected = sum(item.expected for item in owed)
    return common(settings, "Quality of Supervision Practice", scope) | {
        "summary": {"supervision_audits": len(audits),
                    "practitioners": len({stored.form.practitioner for stored in audits if stored.form.practitioner}),
                    "expected": expected,
                    "received_percent": percent(min(len(audits), expected), expected)},
        "heads": [{"head_of_service": item.person.name, "service": item.person.service,
                   "expected": item.expected, "received": item.received} for item in owed],
        "grades": grade_rows(audits),
        **found,
        "unthemed": unthemed_lines(found),
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
        moved = re_audit_finding(re_audits_in(store, scope))
        if moved:
            findings.append(moved)
        if summary["moderated"]:
            findings.append(f"Heads of Service moderated {summary['moderated']} audits and changed the grade "
                            f"in {summary['moderation_changed']}.")
        if summary["urgent_concerns"]:
            findings.append(f"Auditors raised {summary['urgent_concerns']} urgent "
                            f"concern{'s' if summary['urgent_concerns'] != 1 else ''} about a child's safety, "
                            "each taken to the Head of Service the same day.")
    else:
        findings.append("No case file audits were completed this quarter.")
    keep = ("summary", "strengths", "development", "other", "unthemed")
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
        "working_well": briefing_lines(report["strengths"], report["other"]["strengths"])
        or ["Not enough audits this quarter to say."],
        "to_improve": to_improve(forms_in(store, scope, AUDIT_KINDS), report)
        or ["Not enough audits this quarter to say."],
        "questions": [theme.question for theme in weakest if theme.question]
        or ["What would the child say about the difference we have made?"],
        "next_steps": [theme.next_step for theme in weakest if theme.next_step]
        or ["Talk about this briefing in your next team meeting and supervision."],
        "where_to_find": (f"Talk about this briefing in your next team meeting. The full quarterly QA report is "
                          f"available from the {settings.qa_team_name}."),
        "contact": f"{settings.qa_team_name}: {settings.qa_team_email}",
    }


def re_audit_finding(found: list[reaudits.ReAudit], when: str = "this quarter") -> str | None:
    """One line for all staff on how the cases judged Inadequate and
    re-audited `when` moved, grade by grade and without case IDs ("3 cases
    judged Inadequate were re-audited this quarter: 2 moved from
    Inadequate to Good, and 1 is still judged Inadequate."); None when
    there were no re-audits."""
    if not found:
        return None
    if len(found) == 1:
        return f"A case judged Inadequate was re-audited {when} and {outcome(found[0].now, 1, single=True)}."
    moved = Counter(item.now for item in found)
    grades = sorted(moved, key=lambda grade: GRADE_ORDER.get(grade, len(GRADE_ORDER)))
    parts = [outcome(grade, moved[grade]) for grade in grades]
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f", and {parts[-1]}"
    return f"{len(found)} cases judged Inadequate were re-audited {when}: {listed}."


def outcome(grade: str | None, number: int, *, single: bool = False) -> str:
    """How `number` re-audited cases now stand: 'has moved from Inadequate
    to Good' (one case, `single`), '2 moved from Inadequate to Good', '1 is
    still judged Inadequate'."""
    lead = "" if single else f"{number} "
    if grade == INADEQUATE:
        return f"{lead}{'is' if number == 1 else 'are'} still judged Inadequate"
    if grade is None:
        return f"{lead}{'has' if number == 1 else 'have'} no grade yet"
    return f"{lead}{'has moved' if single else 'moved'} from Inadequate to {grade}"


# The briefing's lists hold at most this many lines: the one page it fits
# on is laid out for four (see templates/reports/briefing.docx).
BRIEFING_LINES = 4
# Findings named in one line of the briefing, before "and N more".
FINDINGS_IN_A_LINE = 4


def briefing_lines(themed: list[dict[str, Any]], other: list[dict[str, Any]], first: list[str] = (),
                   leave_out: set[str] = frozenset()) -> list[str]:
    """A list of the briefing: `first`, then the findings seen in most
    cases, themed or not (a theme before another finding seen as often),
    and last, so that none is lost, one line naming the other findings
    there was no room for. Findings whose words are in `leave_out` are not
    repeated."""
    other = [item for item in other if words_of(item["text"]) not in leave_out]
    ranked = sorted([(-item["count"], 0, index) for index, item in enumerate(themed)]
                    + [(-item["count"], 1, index) for index, item in enumerate(other)])
    chosen = ranked[:BRIEFING_LINES - len(first)]

    def left_out() -> list[dict[str, Any]]:
        shown = {index for _, source, index in chosen if source == 1}
        return [item for index, item in enumerate(other) if index not in shown]

    if left_out() and chosen:
        chosen = chosen[:-1]  # the last line names the findings left out
    lines = list(first) + [(themed if source == 0 else other)[index]["sentence"] for _, source, index in chosen]
    rest = left_out()
    if len(rest) == 1:
        lines.append(rest[0]["sentence"])
    elif rest:
        lines.append(f"Auditors also wrote: {named(item['text'] for item in rest)}.")
    return lines


def named(texts: Iterable[str]) -> str:
    """'a; b; c' in lower case, the first `FINDINGS_IN_A_LINE` of them, then
    how many more the full report gives."""
    texts = list(texts)
    shown = [lowered(text) for text in texts[:FINDINGS_IN_A_LINE]]
    more = len(texts) - len(shown)
    return "; ".join(shown) + (f"; and {more} more in the quarterly QA report" if more else "")


def to_improve(audits: list[StoredForm], report: dict[str, Any]) -> list[str]:
    """The briefing's "What needs to improve": first, always, what the
    quarter's Inadequate cases and urgent concerns teach (2025 framework
    §3.1: "any learning shared more widely"; §4.1: the briefing carries the
    findings and learning), then the findings seen most often."""
    serious = serious_learning(audits)
    if serious is None:
        return briefing_lines(report["development"], report["other"]["development"])
    line, found = serious
    return briefing_lines(report["development"], report["other"]["development"], [line],
                          {words_of(text) for text in found})


def serious_learning(audits: list[StoredForm]) -> tuple[str, list[str]] | None:
    """One line with the areas for development written in the audits judged
    Inadequate or raising an urgent concern (the concern itself where an
    audit names no area for development), and those findings; None when
    there were no such audits or they record nothing to learn from."""
    inadequate = [stored for stored in audits if stored.form.final_grade == INADEQUATE]
    urgent = [stored for stored in audits if stored.form.urgent_concern]
    serious = list({stored.id: stored for stored in inadequate + urgent}.values())
    written = [(line, stored.form.case_id) for stored in serious
               for line in (stored.form.development_areas
                            or ([stored.form.urgent_concern_detail]
                                if stored.form.urgent_concern and stored.form.urgent_concern_detail else []))]
    found = grouped(written)
    if not found:
        return None
    if inadequate and urgent:
        who = "In the cases judged Inadequate or raising an urgent concern about a child's safety, auditors found"
    elif inadequate:
        who = ("In the case judged Inadequate, the auditor found" if len(inadequate) == 1
               else f"In the {len(inadequate)} cases judged Inadequate, auditors found")
    else:
        who = ("Where an auditor raised an urgent concern about a child's safety, they found" if len(urgent) == 1
               else "Where auditors raised urgent concerns about a child's safety, they found")
    return f"{who}: {named(found)}.", found


def lowered(text: str) -> str:
    """'Risk is not analysed' -> 'risk is not analysed'; 'SMART plans' stays."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text
