"""A Head of Service overview that lists cases with moderated grades
moderates them: the moderator's judgement stands (2018 framework, case file
audits), in the tracker, the receipt and the reports."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

from forms_helpers import DocxForm
from openpyxl import load_workbook

from bot.calendar import month
from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.reports.figures import Scope, audit_report
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email
from bot.store import Store

GOOD, RI, INADEQUATE = "Good", "Requires Improvement to be Good", "Inadequate"
BY_NAME = {member.name: member for member in STAFF}
JOANNE = BY_NAME["Joanne Fletcher"]
CLAIRE = BY_NAME["Claire Whitworth"]  # Joanne's Head of Service
AUDITS_SENT = datetime(2026, 10, 28, 10, 0, tzinfo=timezone.utc)
OVERVIEW_SENT = datetime(2026, 11, 12, 9, 30, tzinfo=timezone.utc)


def october_audits() -> list:
    """Four of Joanne's October audits, graded Good, Good, RI and Good."""
    practitioner = next(other.name for other in STAFF if other.reports_to == JOANNE.email)
    population = [form for form in sample_forms(60, seed=11, today=date(2026, 11, 1))
                  if form.kind == CASE_FILE_AUDIT and not form.urgent_concern]
    return [dataclasses.replace(form, auditor=JOANNE.name, team=JOANNE.team, service=JOANNE.service,
                                practitioner=practitioner, date=date(2026, 10, 5 + 3 * index), moderation=None,
                                grade=grade)
            for index, (form, grade) in enumerate(zip(population, (GOOD, GOOD, RI, GOOD)))]


def overview(cases: list[tuple[str, str, str]]) -> bytes:
    builder = DocxForm(heading="Head of Service Moderation Overview")
    builder.table([["Head of Service", CLAIRE.name], ["Month", "October 2026"], ["Date completed", "12/11/2026"],
                   ["Service", CLAIRE.service], ["Number of audits moderated", str(len(cases))]])
    builder.table([["Case ID", "Auditor's grade", "Moderated grade"], *cases])
    return builder.bytes()


def deliver(settings, sender: str, attachments, received: datetime) -> None:
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(sender=sender, to=settings.mailbox.address, subject="Audits", attachments=attachments,
                    date=received), received=received)


def final_grades(settings) -> dict[str, str]:
    header, *rows = list(load_workbook(settings.tracker_file)["Audits"].iter_rows(values_only=True))
    records = [dict(zip(header, row)) for row in rows if any(row)]
    return {record["Case ID"]: record["Final grade"] for record in records}


def test_an_overview_moderates_the_cases_it_lists_and_the_receipt_says_which(settings):
    audits = october_audits()
    deliver(settings, JOANNE.email, [(f"audit {index}.docx", build_docx(form, "table", variant_seed=index))
                                     for index, form in enumerate(audits)], AUDITS_SENT)
    run_once(settings, now=AUDITS_SENT, progress=lambda line: None)
    first, second, third, fourth = (form.case_id for form in audits)
    assert final_grades(settings) == {first: GOOD, second: GOOD, third: RI, fourth: GOOD}

    deliver(settings, CLAIRE.email, [("overview.docx", overview([
        [first, "Good", "Requires improvement"],
        [second, "Good", "Good"],
        [third, "RI", "Inadequate"],
        [fourth, "Good", ""],
        ["7777777", "Good", "Good"],
    ]))], OVERVIEW_SENT)
    summary = run_once(settings, now=OVERVIEW_SENT, progress=lambda line: None)

    assert (summary.forms_logged, summary.failed) == (1, 0)
    # The moderator's judgement stands; the overview is no case row of its own.
    assert final_grades(settings) == {first: RI, second: GOOD, third: INADEQUATE, fourth: GOOD}
    parser = BytesParser(policy=policy.default)
    [receipt] = [message for message in (parser.parsebytes(path.read_bytes())
                                         for path in sorted(settings.mailbox.outbox.glob("*.eml")))
                 if message["X-QA-Bot"] == "receipt" and message["To"] == CLAIRE.email]
    text = receipt.get_body(("plain",)).get_content()
    assert f"case {first}: Good -> {RI}" in text
    assert f"case {third}: {RI} -> {INADEQUATE}" in text
    assert "1 other case moderated at the grade already logged" in text
    assert "Not in the tracker, so not changed (please check the case ID): 7777777" in text

    # Moderated to Inadequate: the Head of Service hears at once, as for any
    # correction that makes a case inadequate (2025 framework 3.1, week 4);
    # the case moderated to Requires Improvement raises nothing.
    alerts = [message for message in (parser.parsebytes(path.read_bytes())
                                      for path in sorted(settings.mailbox.outbox.glob("*.eml")))
              if message["X-QA-Bot"] == "inadequate"]
    assert [(alert["To"], alert["Subject"]) for alert in alerts] == [
        (CLAIRE.email, f"Audit judged inadequate: case {third}")]
    alert_text = " ".join(alerts[0].get_body(("plain",)).get_content().split())
    assert "has been corrected by the Head of Service overview and now judges the case inadequate" in alert_text
    assert "Re-audit due: 11 January 2027" in alert_text

    # The monthly report's grade table follows the moderator.
    store = Store(settings.state_db)
    try:
        report = audit_report(settings, store, Scope(month(2026, 10), date(2026, 11, 12)), "October")
        inadequate = next(form for form in store.current_forms(CASE_FILE_AUDIT) if form.form.case_id == third)
    finally:
        store.close()
    grades = {row["grade"]: (row["auditor"], row["final"]) for row in report["grades"]}
    assert grades[GOOD] == (3, 2) and grades[RI] == (1, 1) and grades[INADEQUATE] == (0, 1)
    assert report["summary"]["inadequate"] == 1
    # An inadequate case is re-audited within three months (2025 framework 3.1).
    assert inadequate.re_audit_due == date(2027, 1, 11)


def test_an_overview_whose_case_table_has_columns_no_one_listed():
    """"Child ID | Auditor | Auditor grade | HoS grade | Agreed?": the HoS
    grade is the moderated grade of each case; the other columns are passed
    over."""
    from forms_helpers import DocxForm, definitions

    from bot.forms import parse_bytes

    builder = DocxForm("Head of Service Moderation Overview")
    builder.table([["Head of Service", "Claire Whitworth"], ["Audit month", "October 2026"],
                   ["Number of audits moderated", "3"], ["Date completed", "7th November 2026"]])
    builder.table([["Child ID", "Auditor", "Auditor grade", "HoS grade", "Agreed?"],
                   ["CSC/2722303", "Paul Gregson", "RI", "Inadequate", "No"],
                   ["C9476522", "Joanne Fletcher", "Outstanding", "Outstanding", "Yes"],
                   ["1264055", "Jane Smith", "Good", "Good", "Yes"]])
    form = parse_bytes(builder.bytes(), "overview.docx", definitions())
    assert form.form == "moderation_overview"
    assert form.case_id is None
    assert form.extra["moderated_cases"] == {"CSC/2722303": "Inadequate", "C9476522": "Outstanding", "1264055": "Good"}
