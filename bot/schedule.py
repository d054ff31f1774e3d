"""The QA timetable as data: `config/schedule.yaml` names a preset from
`config/presets/` and may change any of its rules. Rules say who owes what,
how many, over which period and by when; the code only applies them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigError
from bot.validation import check_against_schema, read_yaml

RULE_DEFAULTS = {"enabled": True, "counted_by": "auditor", "owed_by": "self", "skip_months": [], "count": 1}
REQUIRED_RULE_KEYS = ("kind", "what", "forms", "period")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    what: str
    forms: tuple[str, ...]
    period: str
    due: str | None
    roles: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    services_except: tuple[str, ...] = ()
    count: int = 1
    per_practitioner: float | None = None
    skip_months: tuple[int, ...] = ()
    counted_by: str = "auditor"
    owed_by: str = "self"

    def applies_to_service(self, service: str) -> bool:
        folded = service.casefold()
        if self.services and not any(word.casefold() in folded for word in self.services):
            return False
        return not any(word.casefold() in folded for word in self.services_except)


@dataclass(frozen=True)
class Schedule:
    preset: str
    rules: tuple[Rule, ...]
    cycle_weeks: int
    cycle_starts: date | None
    remind_before: tuple[int, ...]
    catch_up_working_days: int
    first_escalation_after: int
    second_escalation_after: int
    action_before: tuple[int, ...]
    action_overdue_after: tuple[int, ...]
    digest: bool

    def rule(self, name: str) -> Rule:
        return next(rule for rule in self.rules if rule.name == name)


@cache
def schema() -> dict[str, Any]:
    return yaml.safe_load(resources.files("bot").joinpath("schedule_schema.yaml").read_text(encoding="utf-8"))


def load_schedule(config_dir: Path, form_kinds: set[str]) -> Schedule:
    """Read `schedule.yaml` and its preset; raise `ConfigError` listing every
    problem (by file and path) when either breaks the schema or a rule is
    incomplete or names a form kind forms.yaml does not define."""
    path = config_dir / "schedule.yaml"
    raw = read_yaml(path) if path.exists() else {"preset": "monthly-2018"}
    raw = raw or {}
    problems = [f"In {path}: {problem}" for problem in check_against_schema(raw, schema())]
    preset_name = raw.get("preset", "monthly-2018")
    preset_path = config_dir / "presets" / f"{preset_name}.yaml"
    preset: dict[str, Any] = {}
    if not preset_path.exists():
        known = sorted(item.stem for item in (config_dir / "presets").glob("*.yaml"))
        problems.append(f"In {path}: At 'preset': there is no preset {preset_name!r}"
                        f" (known: {', '.join(known) or 'none'})")
    else:
        preset = read_yaml(preset_path) or {}
        problems.extend(f"In {preset_path}: {problem}" for problem in check_against_schema(preset, schema()))
    if problems:
        raise ConfigError(problems, source="schedule")

    merged: dict[str, dict[str, Any]] = {name: dict(rule) for name, rule in (preset.get("rules") or {}).items()}
    for name, changes in (raw.get("rules") or {}).items():
        merged.setdefault(name, {}).update(changes)
    cycle = {**(preset.get("cycle") or {}), **(raw.get("cycle") or {})}
    cycle_start = None
    if "starts" in cycle:
        try:
            cycle_start = date.fromisoformat(str(cycle["starts"]))
        except ValueError:
            problems.append(f"At 'cycle.starts': {cycle['starts']!r} is not a date written YYYY-MM-DD")
    rules: list[Rule] = []
    for name, values in merged.items():
        values = {**RULE_DEFAULTS, **values}
        if not values["enabled"]:
            continue
        where = f"In {path}: At 'rules.{name}'"
        missing = [key for key in REQUIRED_RULE_KEYS if key not in values]
        if values.get("period") != "re_audit":
            missing += [key for key in ("who", "due") if key not in values]
        if missing:
            problems.append(f"{where}: the rule needs {', '.join(missing)}")
            continue
        unknown = [kind for kind in values["forms"] if kind not in form_kinds]
        if unknown:
            problems.append(f"{where}.forms: {', '.join(unknown)} is not a form kind in forms.yaml "
                            f"(known: {', '.join(sorted(form_kinds))})")
        if values["period"] == "cycle" and cycle_start is None:
            problems.append(f"{where}.period: 'cycle' needs cycle.starts (the date a review cycle begins)")
        rules.append(make_rule(name, values))
    if problems:
        raise ConfigError(problems, source="schedule")

    reminders = raw.get("reminders") or {}
    escalation = raw.get("escalation") or {}
    actions = raw.get("actions") or {}
    return Schedule(
        preset=preset_name,
        rules=tuple(rules),
        cycle_weeks=cycle.get("weeks", 8),
        cycle_starts=cycle_start,
        remind_before=tuple(sorted(set(reminders.get("before_working_days", [5, 1])), reverse=True)),
        catch_up_working_days=reminders.get("catch_up_working_days", 2),
        first_escalation_after=escalation.get("first_after_working_days", 1),
        second_escalation_after=escalation.get("second_after_working_days", 5),
        action_before=tuple(sorted(set(actions.get("before_working_days", [3])), reverse=True)),
        action_overdue_after=tuple(sorted(set(actions.get("overdue_after_working_days", [1, 10])))),
        digest=(raw.get("digest") or {}).get("enabled", True),
    )


def make_rule(name: str, values: dict[str, Any]) -> Rule:
    who = values.get("who") or {}
    count = values["count"]
    return Rule(
        name=name,
        kind=values["kind"],
        what=values["what"],
        forms=tuple(values["forms"]),
        period=values["period"],
        due=values.get("due"),
        roles=tuple(who.get("roles", ())),
        services=tuple(who.get("services", ())),
        services_except=tuple(who.get("services_except", ())),
        count=count if isinstance(count, int) else 1,
        per_practitioner=count.get("per_practitioner") if isinstance(count, dict) else None,
        skip_months=tuple(values["skip_months"]),
        counted_by=values["counted_by"],
        owed_by=values["owed_by"],
    )
