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


# --- corrections by reply to a receipt --------------------------------------

KAREN = BY_NAME["Karen Holt"]  # a practice manager in another team: not Joanne's manager
REPLIED = NOW + timedelta(hours=1)


def receipt_for(settings, case_id: str):
    [receipt] = [message for message in alerts(settings, "receipt") if case_id in message["Subject"]]
    return receipt


def reply(settings, member, receipt, body: str, number: int, *, when: datetime = REPLIED) -> None:
    """`member` answers `receipt` as Outlook does: their words above the
    receipt they quote, In-Reply-To and References naming it."""
    quoted = "".join(f"> {line}\n" for line in receipt.get_body(("plain",)).get_content().splitlines())
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(sender=member.email, sender_name=member.name, to=settings.mailbox.address,
                    subject=f"RE: {receipt['Subject']}", date=when,
                    body=f"{body}\n\nFrom: CSC Audits\nSent: 20 November 2026 10:00\n{quoted}",
                    message_id=f"<reply-{number}@northmoor.example.gov.uk>",
                    headers={"In-Reply-To": receipt["Message-ID"], "References": receipt["Message-ID"]}),
        received=when)


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def folder_subjects(settings, folder: str) -> list[str]:
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address)
    parser = BytesParser(policy=policy.default)
    return [parser.parsebytes(path.read_bytes())["Subject"] for path in mailbox.folder_messages(folder)]


def test_the_sender_corrects_a_form_by_replying_to_its_receipt_and_it_is_confirmed_and_alerts(settings):
    form = audit(JOANNE, 5)
    send(settings, JOANNE, form, NOW, 5)
    run_once(settings, now=NOW, progress=lambda line: None)
    receipt = receipt_for(settings, form.case_id)
    assert "reply to this email" in text_of(receipt)

    # A signature's "Team:" line is no correction.
    reply(settings, JOANNE, receipt, "Sorry, two mistakes:\n\nGrade: Inadequate\nDate: 12/11/2026\n"
                                     "Urgent concern: no\n\nKind regards,\nJoanne Fletcher\nPractice Manager\n"
                                     "Team: Family Safeguarding Team 2", 50)
    run_once(settings, now=REPLIED, progress=lambda line: None)

    [confirmation] = alerts(settings, "form_corrected")
    assert confirmation["To"] == JOANNE.email and confirmation["Cc"] is None
    assert confirmation["Subject"] == f"Form corrected: case {form.case_id}"
    assert confirmation["In-Reply-To"] == "<reply-50@northmoor.example.gov.uk>"
    assert receipt["Message-ID"] in confirmation["References"], "a reply to the confirmation stays in the thread"
    text = text_of(confirmation)
    assert "- Auditor grade: Good -> Inadequate" in text
    assert "- Date: 9 November 2026 -> 12 November 2026" in text
    assert "already recorded" in text and "- Urgent concern: No" in text
    assert "the case is now judged inadequate: Claire Whitworth (Head of Service) has been told" in text
    [alert] = alerts(settings, "inadequate")
    assert CLAIRE.email in alert["To"] and form.case_id in alert["Subject"]
    alert_text = " ".join(text_of(alert).split())
    assert "has been corrected by a reply from Joanne Fletcher" in alert_text
    assert "Audit date: 12 November 2026" in alert_text and "Re-audit due: 12 February 2027" in alert_text, \
        "the alert describes the form as the whole reply left it"

    row = audits_row(settings, form.case_id)
    assert (row["Auditor grade"], row["Final grade"], row["Audit date"].date()) == (
        "Inadequate", "Inadequate", date(2026, 11, 12))
    assert row["Corrected"] == "Auditor grade (a reply from Joanne Fletcher); Date (a reply from Joanne Fletcher)"
    assert row["Re-audit due"].date() == date(2027, 2, 12)
    # The reply is neither a new form nor an email without one.
    assert alerts(settings, "no_attachment") == [] and len(alerts(settings, "receipt")) == 1
    assert folder_subjects(settings, "Needs attention") == []
    assert f"RE: {receipt['Subject']}" in folder_subjects(settings, "Processed")

    # It stands over later passes and rebuilds, and alerts once.
    settings.tracker_file.unlink()
    run_once(settings, now=REPLIED + timedelta(hours=1), progress=lambda line: None)
    assert audits_row(settings, form.case_id)["Final grade"] == "Inadequate"
    assert len(alerts(settings, "inadequate")) == 1


def test_a_correction_by_reply_from_someone_not_allowed_is_refused_politely(settings):
    form = audit(JOANNE, 6)
    send(settings, JOANNE, form, NOW, 6)
    run_once(settings, now=NOW, progress=lambda line: None)
    reply(settings, KAREN, receipt_for(settings, form.case_id), "grade: Inadequate", 60)
    run_once(settings, now=REPLIED, progress=lambda line: None)

    assert audits_row(settings, form.case_id)["Auditor grade"] == "Good"
    assert alerts(settings, "inadequate") == []
    [refusal] = alerts(settings, "form_corrected")
    assert refusal["To"] == KAREN.email and refusal["Cc"] is None
    assert refusal["Subject"] == f"We could not correct the form for case {form.case_id}"
    text = text_of(refusal)
    assert text.startswith("Dear Karen,")
    assert ("Only Joanne Fletcher, who sent the form for case "
            f"{form.case_id}, Claire Whitworth or anyone above them on the staff list, or the QA team can correct it, "
            "so nothing has been changed.") in " ".join(text.split())
    assert "Traceback" not in text
    assert folder_subjects(settings, "Needs attention") == [f"RE: {receipt_for(settings, form.case_id)['Subject']}"]


def test_the_senders_manager_may_correct_and_the_sender_is_copied_in(settings):
    form = audit(JOANNE, 7)
    send(settings, JOANNE, form, NOW, 7)
    run_once(settings, now=NOW, progress=lambda line: None)
    reply(settings, CLAIRE, receipt_for(settings, form.case_id), "Moderated grade: Requires improvement", 70)
    run_once(settings, now=REPLIED, progress=lambda line: None)

    [confirmation] = alerts(settings, "form_corrected")
    assert (confirmation["To"], confirmation["Cc"]) == (CLAIRE.email, JOANNE.email)
    text = " ".join(text_of(confirmation).split())
    assert "- Moderated grade: nothing -> Requires Improvement to be Good" in text
    assert "Joanne Fletcher, who sent the form, is copied in." in text
    row = audits_row(settings, form.case_id)
    assert (row["Moderated grade"], row["Final grade"]) == ("Requires Improvement to be Good",) * 2
    assert row["Corrected"] == "Moderated grade (a reply from Claire Whitworth)"


def test_values_that_cannot_be_understood_are_not_applied_and_the_reply_says_how_to_write_them(
        config_dir, data_dir):
    from bot.config import load_settings

    with (config_dir / "staff.csv").open("a", encoding="utf-8") as staff:
        staff.write("Jade Smith,jade.smith@northmoor.example.gov.uk,practice_manager,Assessment Team 2,"
                    "Assessment and Child Protection,claire.whitworth@northmoor.example.gov.uk\n")
    settings = load_settings(config_dir, data_dir)
    form = audit(JOANNE, 8)
    send(settings, JOANNE, form, NOW, 8)
    run_once(settings, now=NOW, progress=lambda line: None)
    reply(settings, JOANNE, receipt_for(settings, form.case_id),
          "grade: Brilliant\nauditor: J. Smith\npractitioner: Nobody Known\nteam: Assessment Team 2", 80)
    run_once(settings, now=REPLIED, progress=lambda line: None)

    row = audits_row(settings, form.case_id)
    assert (row["Auditor grade"], row["Auditor"], row["Team"]) == ("Good", JOANNE.name, "Assessment Team 2")
    assert row["Corrected"] == "Team (a reply from Joanne Fletcher)"
    [answer] = alerts(settings, "form_corrected")
    text = " ".join(text_of(answer).split())
    assert "- Team: Assessment Team 1 -> Assessment Team 2" in text
    assert "We could not use these 3 lines, so they changed nothing:" in text
    assert ("\"grade: Brilliant\": 'Brilliant' is not a grade. Please write one of Outstanding, Good, "
            "Requires Improvement to be Good or Inadequate") in text
    assert "\"auditor: J. Smith\": 'J. Smith' could be Jane Smith or Jade Smith" in text
    assert "\"practitioner: Nobody Known\": 'Nobody Known' is not on the staff list" in text


def test_a_reply_that_corrects_nothing_understood_waits_for_the_qa_team(settings):
    form = audit(JOANNE, 9)
    send(settings, JOANNE, form, NOW, 9)
    run_once(settings, now=NOW, progress=lambda line: None)
    receipt = receipt_for(settings, form.case_id)
    reply(settings, JOANNE, receipt, "grade: Brilliant", 90)
    reply(settings, JOANNE, receipt, "Thanks, that's great.", 91, when=REPLIED + timedelta(minutes=1))
    run_once(settings, now=REPLIED + timedelta(minutes=5), progress=lambda line: None)

    assert audits_row(settings, form.case_id)["Auditor grade"] == "Good"
    [answer] = alerts(settings, "form_corrected")  # the thanks is not answered
    assert answer["Subject"] == f"We could not correct the form for case {form.case_id}"
    assert alerts(settings, "no_attachment") == []
    store = Store(settings.state_db)
    try:
        reasons = sorted(message.reason for message in store.needing_attention(NOW))
    finally:
        store.close()
    assert reasons == ["a correction by reply the bot could not understand",
                       "a reply to a receipt, for the QA team to read"]


def test_a_reply_to_a_receipt_for_several_forms_must_name_the_case(settings):
    first, second = audit(JOANNE, 10), audit(JOANNE, 11)
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(sender=JOANNE.email, to=settings.mailbox.address, subject="Audits", date=NOW,
                    message_id="<two-forms@northmoor.example.gov.uk>",
                    attachments=[("first.docx", build_docx(first, "table")),
                                 ("second.docx", build_docx(second, "table"))]), received=NOW)
    run_once(settings, now=NOW, progress=lambda line: None)
    [receipt] = alerts(settings, "receipt")
    reply(settings, JOANNE, receipt, "grade: Outstanding", 100)
    reply(settings, JOANNE, receipt, f"Case {second.case_id}\ngrade: Outstanding", 101,
          when=REPLIED + timedelta(minutes=1))
    run_once(settings, now=REPLIED + timedelta(minutes=5), progress=lambda line: None)

    answers = {message["In-Reply-To"]: message for message in alerts(settings, "form_corrected")}
    asked, corrected = (answers[f"<reply-{number}@northmoor.example.gov.uk>"] for number in (100, 101))
    assert asked["Subject"] == "Which form should we correct?"
    assert f"cases {first.case_id} and {second.case_id}" in " ".join(text_of(asked).split())
    assert corrected["Subject"] == f"Form corrected: case {second.case_id}"
    assert audits_row(settings, first.case_id)["Auditor grade"] == "Good"
    assert audits_row(settings, second.case_id)["Auditor grade"] == "Outstanding"


# --- the same on every mailbox backend -----------------------------------------

def test_a_correction_by_reply_is_applied_for_the_sender_and_refused_for_others_on_every_backend(
        harness, config_dir, data_dir, monkeypatch):
    """Joanne answers her receipt from Outlook (plain text and HTML, a
    signature logo), Karen answers a copy of it: only the In-Reply-To and
    References each backend reads say which form they mean."""
    from mailbox_harness import configure_bot

    from bot.config import load_settings
    from bot.mailbox import NEEDS_ATTENTION, PROCESSED

    configure_bot(harness, config_dir, monkeypatch)
    settings = load_settings(config_dir, data_dir)
    form = audit(JOANNE, 12)
    harness.deliver(build_email(sender=JOANNE.email, to=settings.mailbox.address, subject="Audit", date=NOW,
                                message_id="<every-backend-1@northmoor.example.gov.uk>",
                                attachments=[("audit.docx", build_docx(form, "table"))]), NOW)
    run_once(settings, now=NOW, progress=lambda line: None)
    [receipt] = [message for message in harness.sent() if message["X-QA-Bot"] == "receipt"]
    thread = {"In-Reply-To": receipt["Message-ID"], "References": receipt["Message-ID"]}
    quoted = "".join(f"> {line}\n" for line in text_of(receipt).splitlines())
    for number, member in enumerate((JOANNE, KAREN), start=2):
        harness.deliver(build_email(
            sender=member.email, sender_name=member.name, to=settings.mailbox.address,
            subject=f"RE: {receipt['Subject']}", body=f"Grade: Inadequate\n\nOn Fri, CSC Audits wrote:\n{quoted}",
            inline_logo=True, headers=thread, message_id=f"<every-backend-{number}@northmoor.example.gov.uk>",
            date=REPLIED), REPLIED)

    run_once(settings, now=REPLIED + timedelta(minutes=5), progress=lambda line: None)

    answers = {message["To"]: message for message in harness.sent() if message["X-QA-Bot"] == "form_corrected"}
    assert set(answers) == {JOANNE.email, KAREN.email}
    assert answers[JOANNE.email]["Subject"] == f"Form corrected: case {form.case_id}"
    assert "- Auditor grade: Good -> Inadequate" in text_of(answers[JOANNE.email])
    assert answers[KAREN.email]["Subject"] == f"We could not correct the form for case {form.case_id}"
    assert audits_row(settings, form.case_id)["Corrected"] == "Auditor grade (a reply from Joanne Fletcher)"
    assert len([message for message in harness.sent() if message["X-QA-Bot"] == "inadequate"]) == 1
    assert [message["From"] for message in harness.filed(NEEDS_ATTENTION)] == [f"{KAREN.name} <{KAREN.email}>"]
    assert len(harness.filed(PROCESSED)) == 2  # the form, and Joanne's reply
