"""When reports are drafted, and how they travel: the draft to the QA team
for review, the approved document to its distribution list.

The timetable follows the framework: the monthly report and the Head of
Service overviews once the moderated audits are in (the 14th, or the nearest
working day, of the following month — 2018 framework, "Learning & Reporting
on Quality Assurance"); the quarterly report, supervision report and 7
minute briefing once the quarter's thematic audits are in (the 14th after
the quarter); the annual report after the 14th of April.
"""

from __future__ import annotations

import hashlib
import mimetypes
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from bot import calendar
from bot.mailbox import Attachment
from bot.notices import Notices
from bot.reports.build import Drafted, Request
from bot.store import QueuedMail, Store

if TYPE_CHECKING:
    from bot.config import Settings

# A draft that fell due while the bot was down is still drafted this many
# working days late; after that it is left for a person to ask for.
CATCH_UP_WORKING_DAYS = 10
CONTENT_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".pdf": "application/pdf",
}
KIND_NAMES = {"monthly": "monthly QA audit report", "overview": "Head of Service overview",
              "quarterly": "quarterly QA audit report", "annual": "annual QA audit report",
              "supervision": "supervision practice report", "briefing": "7 minute briefing"}


def due_requests(settings: Settings, store: Store, today: date) -> list[Request]:
    """The reports whose drafting day has come and that are not drafted yet."""
    if not calendar.is_working_day(today):
        return []
    candidates: list[tuple[date, Request]] = []
    for months_back in (1, 2):
        year, month = today.year, today.month - months_back
        if month < 1:
            year, month = year - 1, month + 12
        ready = calendar.add_working_days(calendar.fourteenth(*next_month(year, month)), 1)
        candidates.append((ready, Request("monthly", month=(year, month))))
        for service in sorted({person.service for person in settings.staff.with_role("head_of_service")}):
            candidates.append((ready, Request("overview", month=(year, month), service=service)))
    quarter = calendar.quarter_of(today)
    for _ in range(2):
        quarter = calendar.quarter_of(quarter.start - timedelta(days=1))
        ready = calendar.add_working_days(calendar.fourteenth(*quarter.next_month()), 1)
        for kind in ("quarterly", "supervision", "briefing"):
            candidates.append((ready, Request(kind, quarter=quarter.key.replace("-", ""))))
    year = calendar.municipal_year_start(today) - 1
    candidates.append((calendar.add_working_days(calendar.fourteenth(year + 1, 4), 1), Request("annual", year=year)))
    due = []
    for ready, request in candidates:
        if ready <= today and calendar.working_days_between(ready, today) <= CATCH_UP_WORKING_DAYS \
                and store.get_meta(f"report:{request.key}") is None and request not in due:
            due.append(request)
    return due


def next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def attachments(paths: list[Path]) -> list[Attachment]:
    return [Attachment(path.name, CONTENT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
                       or "application/octet-stream", path.read_bytes()) for path in paths]


def draft_mail(settings: Settings, drafted: Drafted, *, now: datetime) -> QueuedMail:
    """The draft, to the QA team for review."""
    notices = Notices(settings, now=now)
    request = drafted.request
    context = notices.context(report_name=KIND_NAMES[request.kind], period_label=request.period().label,
                              service=request.service, files=[path.name for path in drafted.files],
                              folder=str(settings.reports_dir), command=send_command(request),
                              unthemed=drafted.unthemed,
                              themes_file=str(settings.themes_file or settings.config_dir / "themes.yaml"),
                              theme_example=theme_example(drafted.unthemed))
    mail = notices.queued("report_draft", f"report_draft:{request.key}", context, to=[settings.qa_team_email])
    mail.message.attachments = attachments(drafted.files)
    return mail


def theme_example(unthemed: list[dict[str, str]]) -> dict[str, str]:
    """A theme the QA team could add for the first finding that matched
    none: its key, name and keywords taken from the finding's words."""
    from bot.reports.themes import words_of

    first = unthemed[0]["text"] if unthemed else "risk is not analysed"
    common = {"a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "is",
              "it", "not", "of", "on", "or", "that", "the", "their", "there", "this", "to", "was", "were", "with",
              "no", "did", "does", "always", "needs", "need", "needed", "clear", "clearly", "well", "good",
              "child", "children", "young", "person", "people", "family", "families", "case", "cases", "work",
              "practice", "nobody", "all", "any", "some", "very", "more", "less", "high", "low", "standard"}
    word = next((word for word in words_of(first).split() if word not in common and not word.isdigit()), "risk")
    return {"key": word, "name": word.capitalize(), "keywords": word}


def send_command(request: Request) -> str:
    option = {"monthly": f"--month {request.month[0]}-{request.month[1]:02d}" if request.month else "",
              "overview": (f"--month {request.month[0]}-{request.month[1]:02d} --service \"{request.service}\""
                           if request.month else ""),
              "annual": f"--year {request.year}"}.get(request.kind, f"--quarter {request.quarter}")
    return f"python run_bot.py report {request.kind} {option} --send"


def approved_mail(settings: Settings, request: Request, files: list[Path], *, now: datetime) -> QueuedMail:
    """The approved document to its distribution list (and, for an overview,
    the service's Head of Service). The same files are never sent twice."""
    recipients = list(settings.distribution.get(request.kind, []))
    if request.kind == "overview":
        recipients += [person.email for person in settings.staff.with_role("head_of_service")
                       if person.service.casefold() == (request.service or "").casefold()]
    if not recipients:
        recipients = [settings.qa_team_email]
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()[:16]
    notices = Notices(settings, now=now)
    context = notices.context(report_name=KIND_NAMES[request.kind], period_label=request.period().label,
                              service=request.service, files=[path.name for path in files])
    mail = notices.queued("report", f"report:{request.key}:{digest}", context, to=recipients,
                          cc=[settings.qa_team_email])
    mail.message.attachments = attachments(files)
    return mail
