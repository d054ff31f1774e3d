"""What the bot is doing, for a person (`run_bot.py status`) and for
monitoring (`status.json` in the data directory, rewritten after every pass).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import calendar
from bot.compliance import obligations
from bot.notices import long_date
from bot.store import Store

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.ingest import PassSummary

STATUS_FILE = "status.json"


def data_fingerprint(settings: Settings, store: Store, day: date) -> str:
    """Changes when anything worked out from the store may have changed:
    the store itself, the day (statuses move with it), the staff list or
    the timetable. The tracker and the next deadlines are recomputed only
    when it changes."""
    config_files = [settings.staff_file, settings.config_dir / "schedule.yaml",
                    *sorted((settings.config_dir / "presets").glob("*.yaml"))]
    stamps = [f"{path.stat().st_mtime_ns}" for path in config_files if path.exists()]
    return "|".join([store.fingerprint(), day.isoformat(), *stamps])


def record_pass(settings: Settings, store: Store, summary: PassSummary, *, now: datetime) -> None:
    """Remember the pass in the store and rewrite status.json."""
    counts = {key: value for key, value in asdict(summary).items() if key != "lines"}
    store.set_meta("last_pass", json.dumps({"at": now.isoformat(), **counts}))
    write_status_file(settings, store, today=calendar.uk_date(now))


def snapshot(settings: Settings, store: Store, *, today: date) -> dict[str, Any]:
    last = json.loads(store.get_meta("last_pass") or "null")
    unsent = store.unsent_mail()
    counts = store.counts()
    return {
        "last_pass": last,
        "unsent_mail": [{"kind": item.kind, "to": item.message.to, "attempts": item.attempts} for item in unsent],
        "needs_attention": counts.get("needs_attention", 0),
        "forms": counts.get("forms", 0),
        "next_deadlines": next_deadlines(settings, store, today),
        "working_day": calendar.is_working_day(today),
    }


def next_deadlines(settings: Settings, store: Store, today: date) -> list[dict[str, Any]]:
    """What falls due in the next two weeks and how many still owe it. Kept
    in the store with the data it came from: a daemon polling every minute
    works it out again only when forms arrive, the day turns or the staff
    list or timetable changes."""
    basis = data_fingerprint(settings, store, today)
    cached = json.loads(store.get_meta("next_deadlines") or "null")
    if cached and cached["basis"] == basis:
        return cached["deadlines"]
    waiting = [obligation for obligation in obligations(settings.schedule, settings.staff, store.current_forms(),
                                                        today, today + timedelta(days=14))
               if obligation.outstanding]
    upcoming: dict[tuple[str, str], int] = {}
    for obligation in waiting:
        key = (obligation.due.isoformat(), f"{obligation.rule.what} for {obligation.period.label}")
        upcoming[key] = upcoming.get(key, 0) + 1
    deadlines = [{"date": due, "what": what, "people_still_owing": people}
                 for (due, what), people in sorted(upcoming.items())]
    store.set_meta("next_deadlines", json.dumps({"basis": basis, "deadlines": deadlines}))
    return deadlines


def write_status_file(settings: Settings, store: Store, *, today: date) -> Path:
    path = settings.data_dir / STATUS_FILE
    temporary = path.with_name(f".{STATUS_FILE}.writing")
    temporary.write_text(json.dumps(snapshot(settings, store, today=today), indent=1), encoding="utf-8")
    os.replace(temporary, path)
    return path


def describe(status: dict[str, Any]) -> list[str]:
    lines = []
    last = status["last_pass"]
    if last is None:
        lines.append("No pass has run yet on this data directory.")
    else:
        when = datetime.fromisoformat(last["at"])
        lines.append(f"Last pass: {when:%H:%M} on {long_date(when)}: {last['messages']} message(s) read, "
                     f"{last['forms_logged']} form(s) logged, {last['mail_sent']} email(s) sent.")
    unsent = status["unsent_mail"]
    lines.append(f"Mail waiting to be sent: {len(unsent)}" + (
        f" (the oldest tried {unsent[0]['attempts']} time(s))" if unsent else ""))
    lines.append(f"Messages filed in Needs attention: {status['needs_attention']}")
    lines.append(f"Forms in the tracker: {status['forms']}")
    if status["next_deadlines"]:
        lines.append("Next deadlines (the next two weeks):")
        for item in status["next_deadlines"]:
            due = date.fromisoformat(item["date"])
            lines.append(f"  {due:%a} {long_date(due)}: {item['what']} - {item['people_still_owing']} still to send")
    else:
        lines.append("Nothing falls due in the next two weeks.")
    return lines
