"""Drafting a report: figures, charts, the Word template, a PDF copy.

    drafted = draft(settings, store, Request("monthly", month=(2026, 10)), today=date(2026, 11, 16))

writes `reports/qa-audit-report-2026-10.docx` (and, for the monthly report,
the anonymised actions workbook the framework asks to be attached) in the
data directory, and a PDF beside it when LibreOffice is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

from bot import calendar
from bot.errors import BotError
from bot.reports import figures, loop
from bot.store import Store

if TYPE_CHECKING:
    from bot.config import Settings

KINDS = ("monthly", "overview", "quarterly", "annual", "supervision", "briefing")
TITLES = {
    "monthly": "Quality Assurance Audit Report",
    "quarterly": "Quarterly Quality Assurance Audit Report",
    "annual": "Annual Quality Assurance Audit Report",
}


@dataclass(frozen=True)
class Request:
    """Which report, for which period: `month` (year, month) for monthly and
    overview, `quarter` ("2026Q3") for quarterly, supervision and briefing,
    `year` for annual, `service` for overview."""

    kind: str
    month: tuple[int, int] | None = None
    quarter: str | None = None
    year: int | None = None
    service: str | None = None

    def period(self) -> calendar.Period:
        if self.kind in ("monthly", "overview"):
            return calendar.month(*self.month)
        if self.kind in ("quarterly", "supervision", "briefing"):
            return figures.quarter(self.quarter)
        return figures.municipal_year(self.year)

    @property
    def key(self) -> str:
        """Names the report in file names and the store: 'monthly:2026-10'."""
        period = self.period().key.replace("/", "-")
        service = f":{slug(self.service)}" if self.service else ""
        return f"{self.kind}:{period}{service}"

    @property
    def file_stem(self) -> str:
        names = {"monthly": "qa-audit-report", "overview": "hos-overview", "quarterly": "qa-audit-report",
                 "annual": "qa-annual-report", "supervision": "supervision-practice-report",
                 "briefing": "7-minute-briefing"}
        period = self.period().key.replace("/", "-")
        service = f"-{slug(self.service)}" if self.service else ""
        return f"{names[self.kind]}-{period}{service}"


@dataclass
class Drafted:
    request: Request
    docx: Path
    pdf: Path | None = None
    attachments: list[Path] = field(default_factory=list)
    # The findings that matched no theme, for the QA team (`figures.unthemed_lines`).
    unthemed: list[dict[str, str]] = field(default_factory=list)

    @property
    def files(self) -> list[Path]:
        return [self.docx, *self.attachments, *([self.pdf] if self.pdf else [])]


def slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "").lower()).strip("-")


def context_for(settings: Settings, store: Store, request: Request, today: date) -> dict[str, Any]:
    scope = figures.Scope(request.period(), today, request.service)
    if request.kind == "overview":
        if not any(person.service.casefold() == request.service.casefold() for person in settings.staff):
            services = sorted({person.service for person in settings.staff.with_role("head_of_service")})
            raise BotError(f"No service called {request.service!r} on the staff list; "
                           f"the services with a Head of Service are: {', '.join(services)}.")
        return figures.overview(settings, store, scope) | loop.for_report(request.kind, settings, store, scope)
    if request.kind == "supervision":
        return figures.supervision(settings, store, scope)
    if request.kind == "briefing":
        return figures.briefing(settings, store, scope)
    context = figures.audit_report(settings, store, scope, TITLES[request.kind])
    return context | loop.for_report(request.kind, settings, store, scope)


def draft(settings: Settings, store: Store, request: Request, *, today: date) -> Drafted:
    """Write the report (and its attachments) to the reports folder."""
    # Imported here: matplotlib and docxtpl are slow to load, and most passes draft nothing.
    from bot.reports.render import libreoffice_available, render, to_pdf

    context = context_for(settings, store, request, today)
    settings.reports_dir.mkdir(parents=True, exist_ok=True)
    output = settings.reports_dir / f"{request.file_stem}.docx"
    if request.kind == "monthly":
        context["actions_spreadsheet"] = f"{request.file_stem}-actions.xlsx"
    # The renderer draws the charts the kind's template shows.
    render(request.kind, context, output, templates_dir=settings.report_templates)
    drafted = Drafted(request, output, unthemed=list(context.get("unthemed", [])))
    if request.kind == "monthly":
        spreadsheet = settings.reports_dir / f"{request.file_stem}-actions.xlsx"
        write_actions_workbook(context["actions"]["rows"], spreadsheet)
        drafted.attachments.append(spreadsheet)
    if settings.report_pdf and libreoffice_available():
        drafted.pdf = to_pdf(output)
    store.set_meta(f"report:{request.key}", today.isoformat())
    return drafted


def write_actions_workbook(rows: list[dict[str, Any]], path: Path) -> Path:
    """The case actions, by case ID only, for tracking to completion (2018
    framework: "The spreadsheet containing individual case actions required
    (anonymised – using case numbers) will be attached to the report")."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Actions"
    headers = ["Case ID", "Action", "Owner", "Due", "Status"]
    sheet.append(headers)
    for row in rows:
        cells = [row["case_id"], row["action"], row["owner"], row["due"], row["status"]]
        sheet.append(cells)
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s" if isinstance(cell.value, str) else cell.data_type
    for letter, width in zip("ABCDE", (12, 70, 22, 18, 12)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    table = Table(displayName="Actions", ref=f"A1:E{max(len(rows), 1) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    sheet.add_table(table)
    temporary = path.with_name(f".{path.name}.writing")
    workbook.save(temporary)
    temporary.replace(path)
    return path
