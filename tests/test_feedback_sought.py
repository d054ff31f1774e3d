"""Whether the child's and family's views were sought during the audit
(2025 framework §2.4, item 7: "Feedback should always be sought during a
case file audit") is read from the forms that ask, kept, shown in the
tracker and counted in the monthly report."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone

import docx
from openpyxl import load_workbook

from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.reports.build import Request, draft
from bot.samples import STAFF, build_docx, build_xlsx, sample_forms
from bot.samples.messages import build_email
from bot.store import Store

BY_NAME = {member.name: member for member in STAFF}
RECEIVED = datetime(2026, 12, 1, 10, tzinfo=timezone.utc)
COLUMN = "Child's and family's views sought"


def november_audits() -> list:
    """Six November audits whose forms say the views were sought (three),
    were not (one), or do not ask (two)."""
    audits = [form for form in sample_forms(40, seed=31, today=date(2026, 12, 1), feedback_question=True)
              if form.kind != "observation" and not form.urgent_concern][:6]
    answers = (True, True, True, False, None, None)
    return [dataclasses.replace(form, feedback_sought=answer) for form, answer in zip(audits, answers)]


def send(settings, audits: list) -> None:
    """Email `audits` to the mailbox, as Word and Excel forms, and read them."""
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address)
    for index, form in enumerate(audits):
        data = build_xlsx(form, variant_seed=index) if index % 3 == 2 else build_docx(form, "table", variant_seed=index)
        name = f"audit {index}.{'xlsx' if index % 3 == 2 else 'docx'}"
        mailbox.deliver(build_email(sender=BY_NAME[form.auditor].email, to=settings.mailbox.address, subject="Audit",
                                    date=RECEIVED, attachments=[(name, data)]), received=RECEIVED)
    summary = run_once(settings, now=RECEIVED, progress=lambda line: None)
    assert (summary.forms_logged, summary.failed) == (len(audits), 0)


def drafted_text(settings, request: Request) -> tuple[str, list[list[str]]]:
    """The paragraphs of the drafted report, and the rows of its tables."""
    store = Store(settings.state_db)
    try:
        drafted = draft(settings, store, request, today=date(2026, 12, 15))
    finally:
        store.close()
    document = docx.Document(drafted.docx)
    return ("\n".join(paragraph.text for paragraph in document.paragraphs),
            [[cell.text for cell in row.cells] for table in document.tables for row in table.rows])


def test_the_monthly_report_counts_the_cases_whose_childs_and_familys_views_were_sought(settings):
    audits = november_audits()
    send(settings, audits)

    shown = {}
    for sheet in ("Audits", "Early Help audits"):
        header, *rows = list(load_workbook(settings.tracker_file)[sheet].iter_rows(values_only=True))
        shown |= {record["Case ID"]: record[COLUMN] for record in (dict(zip(header, row)) for row in rows)
                  if record["Case ID"]}
    assert shown == {form.case_id: {True: "Yes", False: "No", None: None}[form.feedback_sought] for form in audits}

    text, rows = drafted_text(settings, Request("monthly", month=(2026, 11)))
    assert ("In 3 of the 6 cases audited, the child or family's views were sought. In 1 they were not; "
            "2 audit forms did not say whether they were.") in text
    assert ["Views sought", "3 (50%)"] in rows and ["The audit form did not say", "2"] in rows


def test_each_head_of_service_overview_counts_its_own_services_cases(settings):
    audits = november_audits()
    services = {form.service for form in audits}
    assert services == {"Assessment and Child Protection", "Early Help", "Children in Care"}
    send(settings, audits)

    text, rows = drafted_text(settings, Request("overview", month=(2026, 11), service="Assessment and Child Protection"))
    assert ("In 1 of the 3 cases audited, the child or family's views were sought. 2 audit forms did not say "
            "whether they were.") in text
    assert ["Views sought", "1 (33%)"] in rows and ["Cases audited", "3"] in rows
    text, rows = drafted_text(settings, Request("overview", month=(2026, 11), service="Early Help"))
    assert "In all 2 cases audited, the child or family's views were sought." in text
    text, rows = drafted_text(settings, Request("overview", month=(2026, 11), service="Children in Care"))
    assert "In the one case audited, the child or family's views were not sought." in text
    assert ["Views not sought", "1"] in rows
