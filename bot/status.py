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


def record_pass(settings: Settings, store: Store, summary: PassSummary, *, now: datetime) -> None:
    """Remember the pass in the store and rewrite status.json."""
    counts = {key: value for key, value in asdict(summary).items() if key != "lines"}
    store.set_meta("last_pass", json.dumps({"at": now.isoformat(), **counts}))
    write_status_file(settings, store, today=now.date())


def snapshot(settings: Settings, store: Store, *, today: date) -> dict[str, Any]:
    last = json.loads(store.get_meta("last_pass") or "null")
    unsent = store.unsent_mail()
    counts = store.counts()
    waiting = [obligation for obligation in obligations(settings.schedule, settings.staff, store.current_forms(),
                                                        today, today + timedelta(days=14))
               if obligation.outstanding]
    upcoming: dict[tuple[str, str], int] = {}
    for obligation in waiting:
        key = (obligation.due.isoformat(), f"{obligation.rule.what} for {obligation.period.label}")
        upcoming[key] = upcoming.get(key, 0) + 1
    return {
        "last_pass": last,
        "unsent_mail": [{"kind": item.kind, "to": item.message.to, "attempts": item.attempts} for item in unsent],
        "needs_attention": counts.get("needs_attention", 0),
        "forms": counts.get("forms", 0),
        "next_deadlines": [{"date": due, "what": what, "people_still_owing": people}
                           for (due, what), people in sorted(upcoming.items())],
        "working_day": calendar.is_working_day(today),
    }


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
