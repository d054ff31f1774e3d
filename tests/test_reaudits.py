"""An Inadequate case's re-audit, when it arrives, is linked to the audit
that judged it so (2025 framework §3.1: "Any cases that are judged to be
inadequate will be re audited within three months of the original
audit"): the tracker and the reports show the grade then and now, and the
re-audit's reminders stop."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import docx
from openpyxl import load_workbook

from bot import calendar, reminders
from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.reports.build import Request, draft
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email
from bot.store import Store

INADEQUATE, RI = "Inadequate", "Requires Improvement to be Good"
BY_NAME = {member.name: member for member in STAFF}
JOANNE = BY_NAME["Joanne Fletcher"]
FIRST_AUDIT, RE_AUDIT = date(2026, 10, 5), date(2026, 12, 11)
RE_AUDIT_DUE = date(2027, 1, 5)  # three months after the first audit


def audit(case_id: str | None, grade: str, day: date):
    practitioner = next(other.name for other in STAFF if other.reports_to == JOANNE.email)
    form = next(form for form in sample_forms(30, seed=23, today=date(2026, 11, 1))
                if form.kind == CASE_FILE_AUDIT and not form.urgent_concern)
    return dataclasses.replace(form, case_id=case_id or form.case_id, auditor=JOANNE.name, team=JOANNE.team,
                               service=JOANNE.service, practitioner=practitioner, date=day, grade=grade,
                               moderation=None)


def deliver(settings, form, received: datetime) -> None:
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(sender=JOANNE.email, to=settings.mailbox.address, subject="Audit", date=received,
                    attachments=[(f"audit {form.date}.docx", build_docx(form, "table", variant_seed=form.date.day))]),
        received=received)


def audit_rows(settings) -> dict[date, dict]:
    header, *rows = list(load_workbook(settings.tracker_file)["Audits"].iter_rows(values_only=True))
    records = [dict(zip(header, row)) for row in rows if any(row)]
    return {record["Audit date"].date(): record for record in records}


def re_audit_reminders(settings, day: date) -> list[str]:
    store = Store(settings.state_db)
    try:
        planned = reminders.plan(settings, store, day)
    finally:
        store.close()
    return [item["line"] for mail in planned.mails if mail.kind == "reminder" for item in mail.context["items"]
            if "judged inadequate" in item["line"]]


def report_rows(settings, month: tuple[int, int], today: date) -> list[list[str]]:
    store = Store(settings.state_db)
    try:
        drafted = draft(settings, store, Request("monthly", month=month), today=today)
    finally:
        store.close()
    return [[cell.text for cell in row.cells] for table in docx.Document(drafted.docx).tables for row in table.rows]


def test_a_re_audit_shows_the_grade_then_and_now_and_stops_its_reminders(settings):
    first = audit(None, INADEQUATE, FIRST_AUDIT)
    case_id = first.case_id
    deliver(settings, first, datetime(2026, 10, 6, 10, tzinfo=timezone.utc))
    run_once(settings, now=datetime(2026, 10, 6, 10, tzinfo=timezone.utc), progress=lambda line: None)
    reminder_day = calendar.add_working_days(RE_AUDIT_DUE, -5)
    assert re_audit_reminders(settings, reminder_day) == [
        f"Re-audit of a case judged inadequate: case {case_id}, judged inadequate on 5 October 2026"]

    received = datetime(2026, 12, 14, 10, tzinfo=timezone.utc)
    deliver(settings, audit(case_id, RI, RE_AUDIT), received)
    run_once(settings, now=received, progress=lambda line: None)

    rows = audit_rows(settings)
    original, re_audit = rows[FIRST_AUDIT], rows[RE_AUDIT]
    assert original["Case ID"] == re_audit["Case ID"] == case_id
    assert original["Re-audited"].date() == RE_AUDIT and original["Re-audit of"] is None
    assert re_audit["Re-audit of"] == f"the audit of 05/10/2026 (Ref {original['Ref']})"
    assert re_audit["Re-audited"] is None and re_audit["Re-audit due"] is None
    assert original["Grade then \u2192 now"] == re_audit["Grade then \u2192 now"] == f"{INADEQUATE} \u2192 {RI}"

    # The re-audit has arrived: nobody is reminded of it any more.
    assert re_audit_reminders(settings, reminder_day) == []

    # December's report shows the re-audit with the grade then and now...
    december = report_rows(settings, (2026, 12), date(2027, 1, 15))
    assert [case_id, JOANNE.team, "5 October 2026", "11 December 2026", f"{INADEQUATE} \u2192 {RI}"] in december
    # ...and October's, drafted again, says the Inadequate case was re-audited.
    october = report_rows(settings, (2026, 10), date(2027, 1, 15))
    assert [case_id, JOANNE.team, "5 October 2026", "5 January 2027",
            f"11 December 2026: {INADEQUATE} \u2192 {RI}"] in october


def briefing_box(path, heading: str) -> str:
    """The text of the briefing's box headed `heading`, up to the next box."""
    lines, inside = [], False
    for paragraph in docx.Document(path).paragraphs:
        if paragraph.style.name == "Heading 1":
            if inside:
                break
            inside = heading in paragraph.text
        elif inside:
            lines.append(paragraph.text)
    return "\n".join(lines)


def test_the_quarters_briefing_says_how_its_re_audited_case_moved_without_its_case_id(settings):
    first = audit(None, INADEQUATE, FIRST_AUDIT)
    deliver(settings, first, datetime(2026, 10, 6, 10, tzinfo=timezone.utc))
    received = datetime(2026, 12, 14, 10, tzinfo=timezone.utc)
    deliver(settings, audit(first.case_id, RI, RE_AUDIT), received)
    run_once(settings, now=received, progress=lambda line: None)

    store = Store(settings.state_db)
    try:
        drafted = draft(settings, store, Request("briefing", quarter="2026Q3"), today=date(2027, 1, 15))
    finally:
        store.close()
    found = briefing_box(drafted.docx, "What we found")
    assert f"A case judged Inadequate was re-audited this quarter and has moved from {INADEQUATE} to {RI}." in found
    text = "\n".join(paragraph.text for paragraph in docx.Document(drafted.docx).paragraphs)
    assert first.case_id not in text
    assert [item for item in first.personal_data() if len(item) > 2 and item in text] == []
