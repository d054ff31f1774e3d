"""The ingest spine end to end: a Maildir of managers' mail, one pass, and
what the QA team, the senders and the Heads of Service then see."""

from __future__ import annotations

import dataclasses
import itertools
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.cli import run_once
from bot.config import load_settings
from bot.faults import POINTS
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import CASE_FILE_AUDIT, OBSERVATION, STAFF, build_docx, build_xlsx, sample_forms
from bot.samples.messages import build_email

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)
MAILBOX = "cscaudits@northmoor.example.gov.uk"
QA_TEAM = "qa-team@northmoor.example.gov.uk"
BY_NAME = {member.name: member for member in STAFF}
BY_EMAIL = {member.email: member for member in STAFF}


def email_of(name: str) -> str:
    return BY_NAME[name].email


def head_of_service(name: str):
    member = BY_NAME[name]
    while member.role != "head_of_service":
        member = BY_EMAIL[member.reports_to]
    return member


@dataclasses.dataclass
class Scenario:
    """The mail in the inbox and the truth behind it."""

    plain: object
    moderated: object
    urgent: object
    inadequate: object
    observation: object
    spreadsheet: object
    broken_sender: str
    empty_sender: str
    away_sender: str

    @property
    def forms(self):
        return [self.moderated, self.urgent, self.inadequate, self.observation, self.spreadsheet]

    @property
    def personal_data(self) -> set[str]:
        return {item for form in self.forms for item in form.personal_data() if len(item) > 2}


def pick(population, wanted):
    for index, form in enumerate(population):
        if wanted(form):
            return population.pop(index)
    raise LookupError("no such sample form")


def fill_inbox(maildir: Path) -> Scenario:
    population = sample_forms(60, seed=11, today=date(2026, 11, 20))
    audit = lambda form: form.kind == CASE_FILE_AUDIT and not form.urgent_concern  # noqa: E731
    moderated = pick(population, lambda form: audit(form) and form.moderation is not None
                     and form.moderation.grade not in (None, form.grade, "Inadequate")
                     and form.grade != "Inadequate")
    plain = dataclasses.replace(moderated, moderation=None)
    urgent = dataclasses.replace(
        pick(population, lambda form: audit(form) and form.final_grade in ("Good", "Requires Improvement to be Good")),
        urgent_concern=True, urgent_concern_detail="The child has not been seen for six weeks.")
    inadequate = pick(population, lambda form: audit(form) and form.final_grade == "Inadequate")
    observation = pick(population, lambda form: form.kind == OBSERVATION and form.case_id)
    spreadsheet = pick(population, lambda form: audit(form) and form.final_grade != "Inadequate")
    scenario = Scenario(plain, moderated, urgent, inadequate, observation, spreadsheet,
                        broken_sender=email_of("Karen Holt"), empty_sender=email_of("Nicola Wragg"),
                        away_sender=email_of("Mark Ellison"))

    mailbox = MaildirMailbox(maildir, maildir.parent / "outbox", address=MAILBOX)

    numbers = itertools.count(1)

    def send(sender: str, subject: str, attachments=(), **fields):
        mailbox.deliver(build_email(sender=sender, to=MAILBOX, subject=subject, attachments=attachments,
                                    message_id=f"<scenario-{next(numbers)}@northmoor.example.gov.uk>",
                                    date=NOW, **fields), received=NOW)

    send(email_of(plain.auditor), "Audit", [("CFA 1.docx", build_docx(plain, "table", variant_seed=1))])
    send(email_of(observation.auditor), "Observation",
         [("OBS.docx", build_docx(observation, "paragraphs", variant_seed=2))])
    send(email_of(urgent.auditor), "Audit - urgent",
         [("CFA 2.docx", build_docx(urgent, "checkboxes", variant_seed=3))])
    send(email_of(inadequate.auditor), "Audit",
         [("CFA 3.docx", build_docx(inadequate, "content_controls", variant_seed=4))])
    send(email_of(spreadsheet.auditor), "Audit",
         [("CFA 4.xlsx", build_xlsx(spreadsheet, variant_seed=5))])
    send(head_of_service(moderated.auditor).email, "Moderated audit",
         [("CFA 1 moderated.docx", build_docx(moderated, "table", variant_seed=1))])
    good = build_docx(spreadsheet, "table")
    send(scenario.broken_sender, "Audit", [("October audit.docx", good[: len(good) // 2])])
    send(scenario.empty_sender, "Audit", body="I will send it on Friday.")
    send(scenario.away_sender, "Automatic reply: Audit", body="I am away.",
         headers={"Auto-Submitted": "auto-replied"})
    return scenario


def sent_mail(outbox: Path) -> list:
    parser = BytesParser(policy=policy.default)
    return [parser.parsebytes(path.read_bytes()) for path in sorted(outbox.glob("*.eml"))]


def sheet_rows(path: Path, sheet: str) -> list[dict]:
    workbook = load_workbook(path)
    rows = list(workbook[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row)) for row in rows[1:] if any(value is not None for value in row)]


@pytest.fixture
def scenario(settings) -> Scenario:
    return fill_inbox(settings.mailbox.maildir)


def test_one_pass_logs_every_valid_form_and_answers_everyone(settings, scenario):
    summary = run_once(settings, now=NOW, progress=lambda line: None)
    assert summary.messages == 9

    audits = {row["Case ID"]: row for row in sheet_rows(settings.tracker_file, "Audits")}
    assert set(audits) == {scenario.moderated.case_id, scenario.urgent.case_id,
                           scenario.inadequate.case_id, scenario.spreadsheet.case_id}
    moderated = audits[scenario.moderated.case_id]
    assert moderated["Auditor grade"] == scenario.moderated.grade
    assert moderated["Moderated grade"] == scenario.moderated.moderation.grade
    assert moderated["Final grade"] == scenario.moderated.moderation.grade, "the moderator's judgement stands"
    assert moderated["Version"] == 2
    assert audits[scenario.urgent.case_id]["Urgent concern"] == "Yes"
    inadequate = audits[scenario.inadequate.case_id]
    assert inadequate["Final grade"] == "Inadequate"
    audited_on = scenario.inadequate.date
    assert inadequate["Re-audit due"].date() == date(audited_on.year + (audited_on.month + 2) // 12,
                                                     (audited_on.month + 2) % 12 + 1, audited_on.day)
    assert audits[scenario.spreadsheet.case_id]["Audit date"].date() == scenario.spreadsheet.date
    [observation] = sheet_rows(settings.tracker_file, "Observations")
    assert observation["Practitioner"] == scenario.observation.practitioner

    actions = sheet_rows(settings.tracker_file, "Actions")
    expected_actions = sum(len(form.actions) for form in scenario.forms)
    assert len(actions) == expected_actions
    assert {row["Case ID"] for row in actions} <= {form.case_id for form in scenario.forms}

    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX)
    assert list(mailbox.fetch_new()) == []
    assert len(mailbox.folder_messages("Needs attention")) == 2
    assert len(mailbox.folder_messages("Processed")) == 7

    mail = sent_mail(settings.mailbox.outbox)
    replies = {int(message["In-Reply-To"].split("-")[1].split("@")[0]): message for message in mail
               if message["X-QA-Bot"] in ("receipt", "form_problem", "no_attachment")}
    assert sorted(replies) == [1, 2, 3, 4, 5, 6, 7, 8], "one reply to each message but the automatic reply"
    assert not any(message["To"] == scenario.away_sender for message in mail)

    receipt = replies[1]
    assert receipt["To"] == email_of(scenario.plain.auditor)
    assert scenario.moderated.case_id in receipt["Subject"]
    assert "moderat" in replies[6].get_body(("plain",)).get_content()
    problem = replies[7]
    assert problem["To"] == scenario.broken_sender
    text = problem.get_body(("plain",)).get_content()
    assert "October audit.docx" in text and "could not" in text.lower()
    assert "Traceback" not in text
    assert "no form attached" in replies[8]["Subject"].lower()

    [urgent] = [message for message in mail if message["X-QA-Bot"] == "urgent_concern"]
    head = head_of_service(scenario.urgent.auditor)
    director = BY_EMAIL[head.reports_to]
    assert set(urgent["To"].addresses[index].addr_spec for index in range(len(urgent["To"].addresses))) == {
        head.email, director.email}
    assert urgent["Cc"] == QA_TEAM
    assert scenario.urgent.case_id in urgent["Subject"]
    [inadequate_alert] = [message for message in mail if message["X-QA-Bot"] == "inadequate"]
    assert inadequate_alert["To"] == head_of_service(scenario.inadequate.auditor).email
    assert scenario.inadequate.case_id in inadequate_alert["Subject"]


def test_a_second_pass_changes_nothing(settings, scenario):
    run_once(settings, now=NOW, progress=lambda line: None)
    outbox = sorted(path.name for path in settings.mailbox.outbox.iterdir())
    tracker = settings.tracker_file.stat()
    database = dump(settings.state_db)

    summary = run_once(settings, now=NOW, progress=lambda line: None)
    assert summary.messages == 0 and not summary.tracker_rebuilt
    assert sorted(path.name for path in settings.mailbox.outbox.iterdir()) == outbox
    assert settings.tracker_file.stat().st_mtime_ns == tracker.st_mtime_ns
    assert dump(settings.state_db) == database


def test_no_child_name_birthday_or_address_reaches_any_output(settings, scenario):
    result = run_cli(settings.config_dir, settings.data_dir)
    assert result.returncode == 0, result.stderr
    outputs = {
        "store": dump(settings.state_db),
        "tracker": workbook_text(settings.tracker_file),
        "outbox": "\n".join(path.read_text(errors="replace") + decoded_bodies(path)
                            for path in settings.mailbox.outbox.glob("*.eml")),
        "log": settings.log_file.read_text(),
        "screen": result.stdout + result.stderr,
    }
    assert scenario.personal_data, "the scenario's forms carry personal data to look for"
    leaks = [(where, item) for where, text in outputs.items() for item in scenario.personal_data
             if re.search(rf"\b{re.escape(item)}\b", text)]
    assert leaks == []


@pytest.fixture(scope="module")
def reference_dir(tmp_path_factory) -> Path:
    """The outcome of an uninterrupted pass, to compare crashed runs with."""
    data_dir = tmp_path_factory.mktemp("reference")
    fill_inbox(data_dir / "mailbox")
    assert run_cli(ROOT / "config", data_dir).returncode == 0
    return data_dir


@pytest.mark.parametrize("point", POINTS)
def test_a_crash_at_any_step_neither_loses_nor_duplicates(tmp_path, config_dir, reference_dir, point):
    crashed_dir = tmp_path / "crashed"
    fill_inbox(crashed_dir / "mailbox")
    killed = run_cli(config_dir, crashed_dir, kill_at=f"{point}:2" if point != "during-tracker-write" else point)
    assert killed.returncode == -9, f"the process was not killed at {point}: {killed.stderr}"
    assert "Traceback" not in killed.stderr
    if (crashed_dir / "tracker" / "qa-tracker.xlsx").exists():
        load_workbook(crashed_dir / "tracker" / "qa-tracker.xlsx")  # still a valid workbook
    rerun = run_cli(config_dir, crashed_dir)
    assert rerun.returncode == 0, rerun.stderr

    assert tracker_rows(crashed_dir) == tracker_rows(reference_dir)
    assert outbox_summary(crashed_dir) == outbox_summary(reference_dir)
    assert len(list((crashed_dir / "mailbox" / "new").iterdir())) == 0


# Helpers ------------------------------------------------------------------

def run_cli(config_dir: Path, data_dir: Path, kill_at: str | None = None) -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if key != "QA_BOT_KILL_AT"}
    if kill_at:
        environment["QA_BOT_KILL_AT"] = kill_at
    return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "--config", str(config_dir),
                           "--data-dir", str(data_dir), "once", "--today", NOW.date().isoformat()],
                          capture_output=True, text=True, env=environment, timeout=120)


def dump(path: Path) -> str:
    """The store's contents, without its bookkeeping (when the last pass ran)."""
    connection = sqlite3.connect(path)
    try:
        return "\n".join(line for line in connection.iterdump() if not line.startswith('INSERT INTO "meta"'))
    finally:
        connection.close()


def workbook_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(name).decode("utf-8") for name in archive.namelist()
                         if name.endswith(".xml"))


def decoded_bodies(path: Path) -> str:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    return "\n".join(part.get_content() for part in message.walk() if part.get_content_maintype() == "text")


def tracker_rows(data_dir: Path) -> dict[str, list[tuple]]:
    """Every sheet's rows without the columns that hold arrival times."""
    workbook = load_workbook(data_dir / "tracker" / "qa-tracker.xlsx")
    result = {}
    for sheet in ("Audits", "Observations", "Actions"):
        rows = list(workbook[sheet].iter_rows(values_only=True))
        keep = [index for index, header in enumerate(rows[0])
                if header not in ("Received", "Last received", "Action ref")]
        result[sheet] = sorted(tuple(str(row[index]) for index in keep) for row in rows[1:])
    return result


def outbox_summary(data_dir: Path) -> list[tuple[str, str, str]]:
    return sorted((str(message["X-QA-Bot"]), str(message["To"]), str(message["Subject"]))
                  for message in sent_mail(data_dir / "outbox"))


def deliver(settings, raw: bytes) -> None:
    """The message reaches the inbox at NOW, the moment the passes run."""
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX).deliver(raw, received=NOW)


def test_mail_the_bot_must_not_answer_gets_no_reply(settings):
    someone = email_of("Karen Holt")
    deliver(settings, build_email(date=NOW, sender=MAILBOX, to=MAILBOX, subject="Receipt"))
    deliver(settings, build_email(date=NOW, sender=someone, to=MAILBOX, subject="Out of Office: back Monday"))
    deliver(settings, build_email(date=NOW, sender=someone, to=MAILBOX, subject="Re: reminder",
                                  headers={"X-Autoreply": "yes"}))
    deliver(settings, build_email(date=NOW, sender="MAILER-DAEMON@mail.example.gov.uk", to=MAILBOX,
                                  subject="Undeliverable: Audit received"))
    deliver(settings, build_email(date=NOW, sender="noreply@portal.example.com", to=MAILBOX, subject="Your report"))
    summary = run_once(settings, now=NOW, progress=lambda line: None)
    assert (summary.messages, summary.ignored, summary.needs_attention) == (5, 3, 2)
    assert list(settings.mailbox.outbox.glob("*.eml")) == []
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX)
    assert len(mailbox.folder_messages("Needs attention")) == 2, "bounces and no-reply mail need a person"


def agency_form(urgent: bool = True):
    [form] = [form for form in sample_forms(30, seed=3, today=NOW.date()) if form.kind == CASE_FILE_AUDIT][:1]
    return dataclasses.replace(form, auditor="Pat Visitor", team="Agency Team", service="Agency",
                               practitioner="Sam Locum", urgent_concern=urgent,
                               urgent_concern_detail="Bruising seen at the last visit." if urgent else None)


def test_mail_from_someone_not_on_the_staff_list_is_held_unanswered(settings):
    unknown = agency_form()
    deliver(settings, build_email(date=NOW, sender="pat.visitor@agency.example.com", to=MAILBOX, subject="Audit",
                                  attachments=[("audit.docx", build_docx(unknown, "table"))]))
    summary = run_once(settings, now=NOW, progress=lambda line: None)
    assert (summary.forms_logged, summary.needs_attention) == (0, 1)
    mail = sent_mail(settings.mailbox.outbox)
    assert not any(message["To"] == "pat.visitor@agency.example.com" for message in mail), "no backscatter"
    [alert] = [message for message in mail if message["X-QA-Bot"] == "urgent_concern"]
    assert alert["To"] == QA_TEAM, "a child's safety does not wait for the sender to be checked"
    body = alert.get_body(("plain",)).get_content()
    assert "not on the staff list" in body and "has not been logged" in body
    assert unknown.case_id in body and "Bruising seen at the last visit." in body


def test_an_urgent_concern_nobody_can_be_routed_for_goes_to_the_qa_team(config_dir, data_dir):
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("allowed_domains: []", "allowed_domains: [agency.example.com]"))
    settings = load_settings(config_dir, data_dir)
    unknown = agency_form()
    deliver(settings, build_email(date=NOW, sender="pat.visitor@agency.example.com", to=MAILBOX, subject="Audit",
                                  attachments=[("audit.docx", build_docx(unknown, "table"))]))
    run_once(settings, now=NOW, progress=lambda line: None)
    [alert] = [message for message in sent_mail(settings.mailbox.outbox) if message["X-QA-Bot"] == "urgent_concern"]
    assert alert["To"] == QA_TEAM
    body = alert.get_body(("plain",)).get_content()
    assert "could not be found on the staff list" in body
    assert unknown.case_id in body and "Bruising seen at the last visit." in body
    assert [row["Case ID"] for row in sheet_rows(settings.tracker_file, "Audits")] == [unknown.case_id]


def test_mail_that_failed_its_authentication_checks_is_held(settings):
    form = agency_form(urgent=False)
    deliver(settings, build_email(
        date=NOW, sender=email_of("Karen Holt"), to=MAILBOX, subject="Audit",
        attachments=[("audit.docx", build_docx(form, "table"))],
        headers={"Authentication-Results": "mx.northmoor.example.gov.uk; spf=fail smtp.mailfrom=example.com; "
                                           "dkim=none; dmarc=fail header.from=northmoor.example.gov.uk"}))
    summary = run_once(settings, now=NOW, progress=lambda line: None)
    assert (summary.forms_logged, summary.needs_attention) == (0, 1)
    assert sent_mail(settings.mailbox.outbox) == []


def test_the_same_file_sent_twice_is_logged_once_and_the_sender_told(settings):
    [form] = [form for form in sample_forms(30, seed=4, today=NOW.date())
              if form.kind == CASE_FILE_AUDIT and not form.urgent_concern][:1]
    data = build_docx(form, "paragraphs")
    sender = email_of(form.auditor)
    deliver(settings, build_email(date=NOW, sender=sender, to=MAILBOX, subject="Audit", attachments=[("a.docx", data)],
                                  message_id="<first@example.gov.uk>"))
    run_once(settings, now=NOW, progress=lambda line: None)
    deliver(settings, build_email(date=NOW, sender=sender, to=MAILBOX, subject="Audit again",
                                  attachments=[("a.docx", data)], message_id="<second@example.gov.uk>"))
    run_once(settings, now=NOW, progress=lambda line: None)
    assert [row["Case ID"] for row in sheet_rows(settings.tracker_file, "Audits")] == [form.case_id]
    [second] = [message for message in sent_mail(settings.mailbox.outbox)
                if message["In-Reply-To"] == "<second@example.gov.uk>"]
    assert "already logged" in second.get_body(("plain",)).get_content()


def test_a_message_that_keeps_failing_is_left_for_a_person_after_three_passes(settings, monkeypatch):
    from bot.forms.isolation import ParserPool

    def broken_parser(*arguments, **keywords):
        raise RuntimeError("parser fault")

    monkeypatch.setattr(ParserPool, "_parse", broken_parser)
    deliver(settings, build_email(date=NOW, sender=email_of("Karen Holt"), to=MAILBOX, subject="Audit",
                                  attachments=[("audit.docx", b"PK")]))
    deliver(settings, build_email(date=NOW, sender=email_of("Nicola Wragg"), to=MAILBOX, subject="No form"))
    first = run_once(settings, now=NOW, progress=lambda line: None)
    assert (first.failed, first.needs_attention) == (1, 1), "the other message is still handled"
    for _ in range(2):
        run_once(settings, now=NOW, progress=lambda line: None)
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX)
    assert list(mailbox.fetch_new()) == []
    assert len(mailbox.folder_messages("Needs attention")) == 2


def test_greetings_use_the_first_name_however_outlook_writes_it():
    from bot.notices import first_name

    assert first_name("Jane Smith") == "Jane"
    assert first_name("Smith, Jane") == "Jane"
    assert first_name("jane.smith@example.gov.uk") is None


def test_a_sender_writing_faster_than_a_person_stops_getting_replies(config_dir, data_dir):
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("max_replies_per_sender_per_day: 30",
                                                     "max_replies_per_sender_per_day: 3"))
    settings = load_settings(config_dir, data_dir)
    for number in range(5):
        deliver(settings, build_email(date=NOW, sender=email_of("Karen Holt"), to=MAILBOX, subject=f"Question {number}",
                                      message_id=f"<loop-{number}@northmoor.example.gov.uk>"))
    run_once(settings, now=NOW, progress=lambda line: None)
    assert len(sent_mail(settings.mailbox.outbox)) == 3


def test_mail_that_cannot_be_sent_waits_and_is_sent_when_the_server_is_back(settings, monkeypatch):
    from datetime import timedelta

    from bot.mailbox import MailboxError
    from bot.mailbox.maildir import MaildirMailbox as Real

    outage = {"on": True}
    original = Real.send

    def flaky_send(self, message):
        if outage["on"]:
            raise MailboxError("Cannot reach the mail server", permanent=False)
        return original(self, message)

    monkeypatch.setattr(Real, "send", flaky_send)
    for number in range(3):
        deliver(settings, build_email(date=NOW, sender=email_of("Karen Holt"), to=MAILBOX, subject=f"Q {number}",
                                      message_id=f"<outage-{number}@northmoor.example.gov.uk>"))
    first = run_once(settings, now=NOW, progress=lambda line: None)
    assert (first.mail_sent, first.mail_unsent) == (0, 3), "an outage stops the round: nothing is lost"
    outage["on"] = False
    soon = run_once(settings, now=NOW + timedelta(seconds=30), progress=lambda line: None)
    assert soon.mail_sent == 0, "a failed send waits before it is tried again"
    later = run_once(settings, now=NOW + timedelta(minutes=2), progress=lambda line: None)
    assert later.mail_sent == 3
    assert len(sent_mail(settings.mailbox.outbox)) == 3


def test_a_tracker_that_cannot_be_written_never_holds_up_the_mail(settings):
    """As when someone has the workbook open in Excel on a Windows share."""
    settings.tracker_file.mkdir(parents=True)  # a directory where the workbook should go: every write fails
    [form] = [form for form in sample_forms(30, seed=6, today=NOW.date()) if form.kind == CASE_FILE_AUDIT][:1]
    deliver(settings, build_email(date=NOW, sender=email_of(form.auditor), to=MAILBOX, subject="Audit",
                                  attachments=[("audit.docx", build_docx(form, "table"))]))
    lines: list[str] = []
    summary = run_once(settings, now=NOW, progress=lines.append)
    assert (summary.forms_logged, summary.tracker_rebuilt) == (1, False)
    assert any("could not be written" in line for line in lines)
    assert len(sent_mail(settings.mailbox.outbox)) == 1, "the receipt went"
    settings.tracker_file.rmdir()
    later = run_once(settings, now=NOW, progress=lambda line: None)
    assert later.tracker_rebuilt
    assert [row["Case ID"] for row in sheet_rows(settings.tracker_file, "Audits")] == [form.case_id]


def test_a_form_that_contradicts_itself_is_asked_about_and_listed_in_the_qa_digest(settings):
    from forms_helpers import DocxForm

    from bot.reminders import plan
    from bot.store import Store

    builder = DocxForm()
    builder.table([["Child ID", "1234567"], ["Auditor", "Karen Holt"], ["Date of audit", "18/11/2026"],
                   ["Overall grade", "Good"]])
    builder.paragraph("Overall judgement: Inadequate")
    deliver(settings, build_email(date=NOW, sender=email_of("Karen Holt"), to=MAILBOX, subject="Audit",
                                  attachments=[("audit.docx", builder.bytes())]))
    summary = run_once(settings, now=NOW, progress=lambda line: None)

    assert (summary.forms_logged, summary.needs_attention) == (0, 1), "nothing is logged on a guess"
    [reply] = sent_mail(settings.mailbox.outbox)
    assert "two different values for the overall grade ('Good' and 'Inadequate')" in \
        reply.get_body(("plain",)).get_content()
    store = Store(settings.state_db)
    try:
        planned = plan(settings, store, date(2026, 11, 23))
    finally:
        store.close()
    [digest] = [mail for mail in planned.mails if mail.kind == "digest"]
    [question] = digest.context["questions"]
    assert question["who"] == "Karen Holt" and "two different values for the overall grade" in question["what"]
    from bot.emails import render
    from bot.notices import Notices

    context = Notices(settings, now=NOW).context(**digest.context)
    assert "two different values for the overall grade" in render("digest", context).text
    # A digest sent only for what is waiting says no reminders went out.
    quiet = render("digest", context | {"sent": []})
    assert "No reminders or escalations went out today" in quiet.text and "Today's reminders" not in quiet.text
