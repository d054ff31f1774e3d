"""Reminders and escalations over a real month: November 2026, when the
monthly audits are due on Monday the 30th."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.mailbox.maildir import MaildirMailbox
from bot.samples import CASE_FILE_AUDIT, OBSERVATION, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email

ROOT = Path(__file__).resolve().parent.parent
MAILBOX = "cscaudits@northmoor.example.gov.uk"
SENT = datetime(2026, 11, 20, 8, 30, tzinfo=timezone.utc)
BY_NAME = {member.name: member for member in STAFF}
FRONT_LINE = {member.email for member in STAFF
              if member.role in ("practice_manager", "early_help_manager", "safeguarding_practice_manager")}
JOANNE = BY_NAME["Joanne Fletcher"]  # sends both audits and her observation
JANE = BY_NAME["Jane Smith"]          # sends one audit of two
CLAIRE = BY_NAME["Claire Whitworth"]  # their Head of Service


def form_by(member, kind: str, day: date, seed: int):
    population = sample_forms(40, seed=seed, today=date(2026, 12, 1))
    form = next(form for form in population if form.kind == kind and form.case_id and not form.urgent_concern)
    practitioner = next(other.name for other in STAFF if other.reports_to == member.email)
    return dataclasses.replace(form, auditor=member.name, team=member.team, service=member.service,
                               practitioner=practitioner, date=day, moderation=None,
                               grade="Good" if form.grade == "Inadequate" else form.grade)


def run(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "QA_BOT_KILL_AT"}
    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "--config", str(ROOT / "config"),
                             "--data-dir", str(data_dir), *arguments],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def sent(data_dir: Path, kind: str) -> list:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(path.read_bytes()) for path in sorted((data_dir / "outbox").glob("*.eml"))]
    return [message for message in messages if message["X-QA-Bot"] == kind]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory) -> Path:
    """A data directory where Joanne has sent everything for November and
    Jane one audit of two; nobody else has sent anything. No reminders yet."""
    data_dir = tmp_path_factory.mktemp("pristine")
    mailbox = MaildirMailbox(data_dir / "mailbox", data_dir / "outbox", address=MAILBOX)
    submissions = [
        (JOANNE, [form_by(JOANNE, CASE_FILE_AUDIT, date(2026, 11, 9), 1),
                  form_by(JOANNE, CASE_FILE_AUDIT, date(2026, 11, 12), 2),
                  form_by(JOANNE, OBSERVATION, date(2026, 11, 16), 3)]),
        (JANE, [form_by(JANE, CASE_FILE_AUDIT, date(2026, 11, 17), 4)]),
    ]
    for member, forms in submissions:
        attachments = [(f"form {index}.docx", build_docx(form, "table", variant_seed=index))
                       for index, form in enumerate(forms)]
        # Sent and received on the 20th: on time for the November deadlines.
        mailbox.deliver(build_email(sender=member.email, to=MAILBOX, subject="November", attachments=attachments,
                                    date=SENT), received=SENT)
    run(data_dir, "once", "--today", "2026-11-20")
    return data_dir


def copy_of(source: Path, target: Path) -> Path:
    shutil.copytree(source, target)
    return target


@pytest.fixture(scope="module")
def november(pristine, tmp_path_factory) -> Path:
    """The month as it unfolds: the tests below run in order on this copy."""
    return copy_of(pristine, tmp_path_factory.mktemp("unfolding") / "data")


def test_the_reminder_day_lists_exactly_those_who_still_owe(november):
    result = run(november, "remind", "--today", "2026-11-23", "--dry-run", "--json")
    planned = json.loads(result.stdout)
    reminders = [item for item in planned if item["kind"] == "reminder"]
    assert {item["to"][0] for item in reminders} == FRONT_LINE - {JOANNE.email}
    assert all(item["about"] == item["to"] for item in reminders)
    assert all("30 November 2026" in item["subject"] for item in reminders)
    assert [item["kind"] for item in planned].count("digest") == 1
    assert not list((november / "outbox").glob("*reminder*")), "a dry run sends nothing"


def test_once_sends_the_reminders_and_a_second_once_sends_nothing_more(november):
    before = {path.name for path in (november / "outbox").glob("*.eml")}
    run(november, "once", "--today", "2026-11-23")
    reminders = sent(november, "reminder")
    assert {message["To"] for message in reminders} == FRONT_LINE - {JOANNE.email}
    [to_jane] = [message for message in reminders if message["To"] == JANE.email]
    text = to_jane.get_body(("plain",)).get_content()
    assert "2 full case file audits for November 2026" in text and "we have received 1 of 2" in text
    assert "Observation of practice for November 2026" in text
    assert "30 November 2026" in text and "5 working days" in text
    [digest] = sent(november, "digest")
    assert digest["To"] == "qa-team@northmoor.example.gov.uk"

    after_first = {path.name for path in (november / "outbox").glob("*.eml")}
    assert len(after_first - before) == len(reminders) + 1
    run(november, "once", "--today", "2026-11-23")
    assert {path.name for path in (november / "outbox").glob("*.eml")} == after_first


def test_a_missed_reminder_day_is_caught_up_briefly_then_left(pristine, tmp_path):
    """A bot that was down on the reminder day sends it up to two working
    days late, once; later than that it waits for the next reminder."""
    late = copy_of(pristine, tmp_path / "late")
    planned = json.loads(run(late, "remind", "--today", "2026-11-25", "--dry-run", "--json").stdout)
    assert {item["to"][0] for item in planned if item["kind"] == "reminder"} == FRONT_LINE - {JOANNE.email}
    too_late = copy_of(pristine, tmp_path / "too-late")
    planned = json.loads(run(too_late, "remind", "--today", "2026-11-26", "--dry-run", "--json").stdout)
    assert [item for item in planned if item["kind"] == "reminder"] == []
    # The one-day reminder on Friday the 27th goes out as usual.
    planned = json.loads(run(too_late, "remind", "--today", "2026-11-27", "--dry-run", "--json").stdout)
    assert {item["to"][0] for item in planned if item["kind"] == "reminder"} == FRONT_LINE - {JOANNE.email}


def test_the_first_working_day_after_the_deadline_escalates_to_the_head_of_service(november):
    planned = json.loads(run(november, "remind", "--today", "2026-12-01", "--dry-run", "--json").stdout)
    escalations = [item for item in planned if item["kind"] == "escalation"]
    [to_claire] = [item for item in escalations if item["to"] == [CLAIRE.email]]
    assert JANE.email in to_claire["about"] and JANE.email in to_claire["cc"]
    assert JOANNE.email not in to_claire["about"], "Joanne sent everything"
    assert all(JOANNE.email not in item["about"] for item in escalations)
    late = {email for item in escalations for email in item["about"]}
    assert late == FRONT_LINE - {JOANNE.email}

    run(november, "once", "--today", "2026-12-01")
    [message] = [message for message in sent(november, "escalation") if message["To"] == CLAIRE.email]
    text = message.get_body(("plain",)).get_content()
    assert "Jane Smith" in text and "2 full case file audits for November 2026" in text
    assert "Joanne Fletcher" not in text


def test_the_compliance_sheet_shows_expected_against_received(november):
    workbook = load_workbook(november / "tracker" / "qa-tracker.xlsx")
    rows = list(workbook["Compliance"].iter_rows(values_only=True))
    header = rows[0]
    records = [dict(zip(header, row)) for row in rows[1:]]
    november_audits = {row["Name"]: row for row in records
                       if row["Requirement"] == "full case file audits" and row["Period"] == "November 2026"}
    assert (november_audits["Joanne Fletcher"]["Expected"], november_audits["Joanne Fletcher"]["Received"]) == (2, 2)
    assert november_audits["Joanne Fletcher"]["Status"] == "Complete"
    assert (november_audits["Jane Smith"]["Received"], november_audits["Jane Smith"]["Outstanding"]) == (1, 1)
    totals = list(workbook["Compliance by team"].iter_rows(values_only=True))
    levels = {(row[0], row[1]) for row in totals[1:]}
    assert ("Team", "Assessment Team 1") in levels and ("Service", "Assessment and Child Protection") in levels


# Moderation, actions and re-audits, planned in-process ------------------------

def stored(settings, key: str, form, *, received: datetime, re_audit_due=None):
    from bot.store import FormRecord, MessageRecord, Store

    store = Store(settings.state_db)
    try:
        store.record_message(MessageRecord(key, f"{key}@northmoor.example.gov.uk", received, "logged", "Processed"),
                             [FormRecord(form, sha256=key, auditor_email=None, re_audit_due=re_audit_due)], [],
                             now=received)
    finally:
        store.close()


def planned_on(settings, day: date):
    from bot import reminders
    from bot.store import Store

    store = Store(settings.state_db)
    try:
        return reminders.plan(settings, store, day).mails
    finally:
        store.close()


def audit(case_id: str, auditor, day: date, **fields):
    from bot.forms import ParsedForm

    return ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id=case_id, auditor=auditor.name,
                      team=auditor.team, service=auditor.service, date=day, **{"grade": "Good", **fields})


def test_heads_of_service_are_reminded_of_audits_awaiting_moderation(settings):
    from datetime import datetime, timezone

    received = datetime(2026, 10, 30, 12, tzinfo=timezone.utc)
    stored(settings, "a1", audit("1111111", JANE, date(2026, 10, 12)), received=received)
    stored(settings, "a2", audit("2222222", JOANNE, date(2026, 10, 14), moderated_grade="Good"), received=received)
    # Moderation of October's audits is due on Friday 13 November; five working days before is the 6th.
    [reminder] = [mail for mail in planned_on(settings, date(2026, 11, 6))
                  if mail.kind == "reminder" and mail.to == [CLAIRE.email]]
    [item] = [item for item in reminder.context["items"] if "moderation" in item["line"].lower()]
    assert "1 of 2 awaiting moderation: case 1111111" == item["detail"]


def test_action_owners_are_reminded_before_the_due_date_and_chased_after(settings):
    from datetime import datetime, timezone

    from bot.forms import Action

    practitioner = BY_NAME["Rebecca Shaw"]  # in Joanne's team
    form = audit("3333333", JOANNE, date(2026, 11, 2), practitioner=practitioner.name,
                 actions=[Action("Update the chronology", "Rebecca Shaw", date(2026, 11, 20)),
                          Action("Visit the child at school", "SW", date(2026, 11, 20))])
    stored(settings, "a3", form, received=datetime(2026, 11, 3, tzinfo=timezone.utc))
    [before] = [mail for mail in planned_on(settings, date(2026, 11, 17)) if mail.kind == "action_reminder"]
    assert before.to == [practitioner.email], "a named owner, and 'SW' meaning the form's practitioner"
    assert [action["action"] for action in before.context["actions"]] == [
        "Update the chronology", "Visit the child at school"]
    [after] = [mail for mail in planned_on(settings, date(2026, 11, 23)) if mail.kind == "action_overdue"]
    assert after.to == [practitioner.email] and after.cc == [JOANNE.email], "the manager who set it is copied"


def test_an_inadequate_case_is_re_audited_within_three_months(settings):
    from datetime import datetime, timezone

    form = audit("4444444", JANE, date(2026, 9, 1), grade="Inadequate")
    stored(settings, "a4", form, received=datetime(2026, 9, 2, tzinfo=timezone.utc), re_audit_due=date(2026, 12, 1))
    # Due Tuesday 1 December: reminded five working days before, on 24 November.
    [reminder] = [mail for mail in planned_on(settings, date(2026, 11, 24))
                  if mail.kind == "reminder" and mail.to == [JANE.email]]
    lines = [item["line"] for item in reminder.context["items"]]
    assert any("case 4444444" in line and "re-audit" in line.lower() for line in lines)
    # A later audit of the same case meets it: no escalation the day after.
    stored(settings, "a5", audit("4444444", JANE, date(2026, 11, 25)), received=datetime(2026, 11, 25, tzinfo=timezone.utc))
    escalations = [mail for mail in planned_on(settings, date(2026, 12, 2)) if mail.kind == "escalation"]
    assert not any("4444444" in str(mail.context) for mail in escalations)


def test_the_overdue_chaser_names_only_who_is_really_copied_in(settings):
    from bot.emails import render
    from bot.notices import Notices

    base = Notices(settings, now=datetime(2026, 11, 23, 9, tzinfo=timezone.utc)).context(
        greeting_name="Jo", service_level=0,
        actions=[{"case_id": "1234567", "heading": "Case 1234567", "action": "Update the plan",
                  "due": "2 November 2026", "working_days": 3}])
    copied = render("action_overdue", base | {"copied": ["Claire Whitworth"], "manager": "Claire Whitworth"})
    assert "agree a new date with Claire Whitworth, who is copied in" in copied.text
    own = render("action_overdue", base | {"copied": [], "manager": "Claire Whitworth"})
    assert "copied" not in own.text and "with your manager, Claire Whitworth" in own.text
    alone = render("action_overdue", base | {"copied": [], "manager": None})
    assert "copied" not in alone.text and "manager" not in alone.text
    assert "copied" not in alone.html and "manager" not in alone.html


def test_the_assistant_directors_escalation_says_managers_are_copied_only_when_they_are(settings):
    from bot.emails import render
    from bot.notices import Notices

    base = Notices(settings, now=datetime(2026, 12, 8, 9, tzinfo=timezone.utc)).context(
        greeting_name="Nasreen", level=2, names="Jane Smith", count=1, item_count=1, managers_told=1,
        people=[{"name": "Jane Smith", "email": JANE.email, "team": JANE.team,
                 "items": [{"line": "2 full case file audits for November 2026", "due": "30 November 2026",
                            "detail": "we have received 1 of 2"}]}])
    assert "with Claire Whitworth" in render("escalation", base | {"managers_copied": "Claire Whitworth"}).text
    without = render("escalation", base | {"managers_copied": ""})
    assert "with Claire" not in without.text and "with Claire" not in without.html
