"""What the bot read can be corrected where the QA team works: a value typed
into the tracker's form sheets is kept as a correction, survives rebuilds
and later mail, is used everywhere, and alerts as if it had been read."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser

from openpyxl import load_workbook

from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email
from bot.store import Store

BY_NAME = {member.name: member for member in STAFF}
JOANNE, JANE = BY_NAME["Joanne Fletcher"], BY_NAME["Jane Smith"]
CLAIRE = BY_NAME["Claire Whitworth"]  # their Head of Service
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def audit(member, seed: int):
    form = next(form for form in sample_forms(30, seed=seed, today=date(2026, 12, 1))
                if form.kind == CASE_FILE_AUDIT and not form.urgent_concern and form.grade != "Inadequate")
    return dataclasses.replace(form, auditor=member.name, team=member.team, service=member.service,
                               date=date(2026, 11, 9), moderation=None, grade="Good")


def send(settings, member, form, when: datetime, number: int) -> None:
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(sender=member.email, to=settings.mailbox.address, subject="Audit", date=when,
                    message_id=f"<correction-{number}@northmoor.example.gov.uk>",
                    attachments=[("audit.docx", build_docx(form, "table"))]), received=when)


def audits_row(settings, case_id: str) -> dict:
    sheet = load_workbook(settings.tracker_file)["Audits"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    return next(dict(zip(header, row)) for row in rows if row[header.index("Case ID")] == case_id)


def edit_tracker(settings, case_id: str, column: str, value) -> None:
    workbook = load_workbook(settings.tracker_file)
    sheet = workbook["Audits"]
    header = [cell.value for cell in sheet[1]]
    for row in sheet.iter_rows(min_row=2):
        if row[header.index("Case ID")].value == case_id:
            row[header.index(column)].value = value
    workbook.save(settings.tracker_file)


def alerts(settings, kind: str) -> list:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(path.read_bytes()) for path in sorted(settings.mailbox.outbox.glob("*.eml"))]
    return [message for message in messages if message["X-QA-Bot"] == kind]


def test_a_grade_corrected_in_the_tracker_sticks_is_used_everywhere_and_alerts(settings):
    form = audit(JOANNE, 1)
    send(settings, JOANNE, form, NOW, 1)
    run_once(settings, now=NOW, progress=lambda line: None)
    assert audits_row(settings, form.case_id)["Final grade"] == "Good"
    assert alerts(settings, "inadequate") == []

    edit_tracker(settings, form.case_id, "Auditor grade", "inadequate")
    run_once(settings, now=NOW + timedelta(hours=1), progress=lambda line: None)

    row = audits_row(settings, form.case_id)
    assert (row["Auditor grade"], row["Final grade"]) == ("Inadequate", "Inadequate")
    assert row["Corrected"] == "Auditor grade (the tracker)"
    assert row["Re-audit due"].date() == date(2027, 2, 9), "an inadequate case is re-audited within three months"
    [alert] = alerts(settings, "inadequate")
    assert CLAIRE.email in alert["To"] and form.case_id in alert["Subject"]

    # A later, unrelated email and two more rebuilds leave the correction standing.
    send(settings, JANE, audit(JANE, 2), NOW + timedelta(hours=2), 2)
    run_once(settings, now=NOW + timedelta(hours=2), progress=lambda line: None)
    settings.tracker_file.unlink()
    run_once(settings, now=NOW + timedelta(hours=3), progress=lambda line: None)
    assert audits_row(settings, form.case_id)["Final grade"] == "Inadequate"
    assert len(alerts(settings, "inadequate")) == 1, "the alert is never sent twice"
    store = Store(settings.state_db)
    try:
        [stored] = [item for item in store.current_forms(CASE_FILE_AUDIT) if item.form.case_id == form.case_id]
    finally:
        store.close()
    assert stored.form.final_grade == "Inadequate" and stored.re_audit_due == date(2027, 2, 9)


def test_a_value_that_is_no_grade_is_not_kept(settings):
    form = audit(JOANNE, 3)
    send(settings, JOANNE, form, NOW, 3)
    run_once(settings, now=NOW, progress=lambda line: None)
    edit_tracker(settings, form.case_id, "Auditor grade", "very nice")
    run_once(settings, now=NOW + timedelta(hours=1), progress=lambda line: None)
    assert audits_row(settings, form.case_id)["Auditor grade"] == "Good"


def test_an_auditor_corrected_in_the_tracker_moves_the_form_to_that_persons_count(settings):
    form = dataclasses.replace(audit(JOANNE, 4), auditor="J. Bloggs")
    send(settings, JOANNE, form, NOW, 4)
    run_once(settings, now=NOW, progress=lambda line: None)
    assert audits_row(settings, form.case_id)["Counted for"] == "Nobody yet: not on the staff list"
    edit_tracker(settings, form.case_id, "Auditor", "Joanne Fletcher")
    run_once(settings, now=NOW + timedelta(hours=1), progress=lambda line: None)
    row = audits_row(settings, form.case_id)
    assert (row["Auditor"], row["Counted for"]) == ("Joanne Fletcher", "Joanne Fletcher")
