"""What the IMAP backend does beyond the mailbox contract, against a real
Dovecot and a real SMTP server on loopback (see imap_server.py)."""

from __future__ import annotations

import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml
from imap_server import PASSWORD, free_port, imap_harness
from mailbox_harness import ADDRESS
from openpyxl import load_workbook

from bot.mailbox import NEEDS_ATTENTION, PROCESSED, MailboxError, OutgoingMessage
from bot.mailbox.imap import ImapMailbox, encode_folder_name, uid_set
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email

SENDER = "joanne.fletcher@northmoor.example.gov.uk"
SENT = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


def email(number: int, **fields) -> bytes:
    fields.setdefault("attachments", [(f"CFA {number}.docx", b"PK form " + bytes([number]))])
    fields.setdefault("date", SENT)
    return build_email(sender=SENDER, to=ADDRESS, subject=f"Audit {number}",
                       message_id=f"<imap-{number}@northmoor.example.gov.uk>", **fields)


def receipt(number: int) -> OutgoingMessage:
    return OutgoingMessage(to=[SENDER], cc=["qa-team@northmoor.example.gov.uk"], subject=f"Receipt {number}",
                           text="Thank you.", message_id=f"receipt-{number}.qa-bot@northmoor.example.gov.uk")


def doveadm(harness, *arguments: str) -> None:
    """Act on the running Dovecot as its administrator would."""
    subprocess.run(["doveadm", "-c", str(harness.dovecot_dir / "dovecot.conf"), *arguments],
                   check=True, capture_output=True)


def test_starttls_for_imap_and_tls_for_smtp_read_file_and_send(tmp_path):
    with imap_harness(tmp_path, smtp_security="tls") as harness:
        harness.deliver(email(1))
        starttls = {"port": harness.imap_starttls_port, "security": "starttls"}
        mailbox = harness.open_mailbox(imap_settings=starttls)
        try:
            assert mailbox.check() == []
            [message] = list(mailbox.fetch_new())
            mailbox.move(message, PROCESSED)
            mailbox.send(receipt(1))
        finally:
            mailbox.close()
        assert [item["Subject"] for item in harness.filed(PROCESSED)] == ["Audit 1"]
        assert [item["Subject"] for item in harness.sent()] == ["Receipt 1"]
        [(envelope_from, recipients, _)] = harness.envelopes
        assert (envelope_from, recipients) == (ADDRESS, [SENDER, "qa-team@northmoor.example.gov.uk"])


def test_a_server_without_move_files_with_copy_and_expunge(tmp_path):
    with imap_harness(tmp_path, move=False) as harness:
        for number in (1, 2, 3):
            harness.deliver(email(number))
        mailbox = harness.open_mailbox()
        try:
            first, second, third = list(mailbox.fetch_new())
            assert "MOVE" not in mailbox._capabilities
            mailbox.move(second, PROCESSED)
            mailbox.move(second, PROCESSED)  # a retried move files it once
            mailbox.move(first, NEEDS_ATTENTION)
            assert [message.subject for message in mailbox.fetch_new()] == ["Audit 3"]
        finally:
            mailbox.close()
        assert [item["Subject"] for item in harness.filed(PROCESSED)] == ["Audit 2"]
        assert [item["Subject"] for item in harness.filed(NEEDS_ATTENTION)] == ["Audit 1"]
        assert [item["Subject"] for item in harness.filed("INBOX")] == ["Audit 3"]  # expunged, not just flagged


def test_folders_are_created_under_the_inbox_where_the_server_nests_them(tmp_path):
    with imap_harness(tmp_path, folder_prefix="INBOX.", separator=".") as harness:
        harness.deliver(email(1))
        mailbox = harness.open_mailbox()
        try:
            assert mailbox.check() == []
            [message] = list(mailbox.fetch_new())
            mailbox.move(message, NEEDS_ATTENTION)
        finally:
            mailbox.close()
        assert harness.server_name(NEEDS_ATTENTION) == "INBOX.Needs attention"
        assert [item["Subject"] for item in harness.filed(NEEDS_ATTENTION)] == ["Audit 1"]


def test_a_10_mb_attachment_is_read_whole(tmp_path):
    data = bytes(range(256)) * (10 * 1024 * 1024 // 256)
    with imap_harness(tmp_path) as harness:
        harness.deliver(email(1, attachments=[("big.xlsx", data)]))
        harness.deliver(email(2))
        mailbox = harness.open_mailbox()
        try:
            big, small = list(mailbox.fetch_new())
        finally:
            mailbox.close()
    assert [(item.filename, item.data == data) for item in big.attachments] == [("big.xlsx", True)]
    assert small.subject == "Audit 2"


def test_a_renumbered_inbox_keeps_each_message_key_and_files_it_by_message_id(tmp_path):
    with imap_harness(tmp_path) as harness:
        harness.deliver(email(1))
        mailbox = harness.open_mailbox()
        try:
            [before] = list(mailbox.fetch_new())
            # The server rebuilds the inbox: every UID is void, and Dovecot
            # drops the open session, which the adapter opens again.
            doveadm(harness, "mailbox", "update", "-u", ADDRESS, "--uid-validity", "12345", "INBOX")
            [after] = list(mailbox.fetch_new())
            assert after.key == before.key == "imap-1@northmoor.example.gov.uk"
            assert str(after.handle) == "imap:12345:1" != str(before.handle)
            mailbox.move(before, PROCESSED)  # the old handle: found by its Message-ID
            assert list(mailbox.fetch_new()) == []
        finally:
            mailbox.close()
        assert [item["Subject"] for item in harness.filed(PROCESSED)] == ["Audit 1"]


def test_a_dropped_connection_is_opened_again_within_the_pass(tmp_path):
    with imap_harness(tmp_path) as harness:
        harness.deliver(email(1))
        harness.deliver(email(2))
        mailbox = harness.open_mailbox()
        try:
            messages = mailbox.fetch_new()
            first = next(messages)
            doveadm(harness, "kick", ADDRESS)
            mailbox.move(first, PROCESSED)
            assert [message.subject for message in messages] == ["Audit 2"]
        finally:
            mailbox.close()
        assert [item["Subject"] for item in harness.filed(PROCESSED)] == ["Audit 1"]


def test_a_wrong_password_is_a_permanent_error_in_plain_words(tmp_path):
    with imap_harness(tmp_path) as harness:
        mailbox = harness.open_mailbox(imap_settings={"password_env": "QA_BOT_IMAP_PASSWORD"},
                                       secret_values={"QA_BOT_IMAP_PASSWORD": "wrong"})
        try:
            with pytest.raises(MailboxError) as raised:
                list(mailbox.fetch_new())
            assert raised.value.permanent
            assert str(raised.value) == (f"The IMAP server refused the sign-in for {ADDRESS}: "
                                         "check the password in QA_BOT_IMAP_PASSWORD")
            assert mailbox.check() == [str(raised.value)]
        finally:
            mailbox.close()
        smtp_refused = harness.open_mailbox(secret_values={"TEST_SMTP_SECRET": "wrong"})
        try:
            assert smtp_refused.check() == [f"The SMTP server refused the sign-in for {ADDRESS}: "
                                            "check the password in TEST_SMTP_SECRET"]
        finally:
            smtp_refused.close()


def test_an_unreachable_server_is_a_passing_fault_that_check_names(tmp_path):
    with imap_harness(tmp_path) as harness:
        closed = free_port()
        mailbox = harness.open_mailbox(imap_settings={"port": closed}, smtp_settings={"port": closed})
        try:
            with pytest.raises(MailboxError) as raised:
                list(mailbox.fetch_new())
            assert not raised.value.permanent
            assert str(raised.value) == f"Cannot reach the IMAP server 127.0.0.1 on port {closed}: connection refused"
            with pytest.raises(MailboxError) as refused:
                mailbox.send(receipt(1))
            assert not refused.value.permanent
            assert mailbox.check() == [
                f"Cannot reach the IMAP server 127.0.0.1 on port {closed}: connection refused",
                f"Cannot reach the SMTP server 127.0.0.1 on port {closed}: connection refused"]
        finally:
            mailbox.close()


def test_a_certificate_the_computer_does_not_trust_is_refused(tmp_path):
    with imap_harness(tmp_path) as harness:
        mailbox = harness.open_mailbox(imap_settings={"ca_file": None})
        try:
            [problem] = mailbox.check()
        finally:
            mailbox.close()
    assert problem.startswith(f"Cannot trust the IMAP server 127.0.0.1 on port {harness.imap['port']}: "
                              "its certificate failed the check")
    assert problem.endswith("name that authority's certificate in mailbox.imap.ca_file")


def test_check_names_an_inbox_that_does_not_exist(tmp_path):
    with imap_harness(tmp_path) as harness:
        mailbox = harness.open_mailbox(imap_settings={"inbox": "Audits"})
        try:
            [problem] = mailbox.check()
        finally:
            mailbox.close()
    assert problem.startswith(f"The IMAP server 127.0.0.1 on port {harness.imap['port']} has no folder 'Audits' "
                              f"for {ADDRESS} (")
    assert problem.endswith("): check mailbox.imap.inbox")


def test_plain_text_is_refused_for_a_host_that_is_not_this_computer():
    with pytest.raises(MailboxError) as raised:
        ImapMailbox({"host": "imap.northmoor.example.gov.uk", "security": "none", "username": ADDRESS}, {},
                    address=ADDRESS)
    assert raised.value.permanent
    assert "security 'none' for imap.northmoor.example.gov.uk, which is not this computer" in str(raised.value)


def test_a_missing_password_is_named_by_its_variable(tmp_path):
    mailbox = ImapMailbox({"host": "127.0.0.1", "port": free_port(), "username": ADDRESS}, None,
                          address=ADDRESS, secrets={}.get)
    assert mailbox.check() == [
        "No password for the IMAP server 127.0.0.1 on port " f"{mailbox.server.port}: set the environment "
        "variable QA_BOT_IMAP_PASSWORD (or QA_BOT_IMAP_PASSWORD_FILE to a file holding it)",
        "No SMTP server is set for sending: add a mailbox.smtp section to bot.yaml with at least its host"]


def test_xoauth2_signs_in_to_imap_and_smtp_with_the_access_token(tmp_path):
    with imap_harness(tmp_path, xoauth2=True) as harness:
        harness.deliver(email(1))
        mailbox = harness.open_mailbox()
        try:
            assert mailbox.check() == []
            [message] = list(mailbox.fetch_new())
            mailbox.move(message, PROCESSED)
            mailbox.send(receipt(1))
        finally:
            mailbox.close()
        assert [item["Subject"] for item in harness.sent()] == ["Receipt 1"]
        expired = harness.open_mailbox(secret_values={"TEST_IMAP_SECRET": "expired", "TEST_SMTP_SECRET": "expired"})
        try:
            assert expired.check() == [
                f"The {kind} server refused the sign-in for {ADDRESS}: check the access token in "
                f"TEST_{kind}_SECRET (it may have expired) and that the app may use this mailbox"
                for kind in ("IMAP", "SMTP")]
        finally:
            expired.close()


def test_sent_mail_is_kept_in_the_sent_folder_only_where_there_is_one(tmp_path):
    with imap_harness(tmp_path / "with", sent_folder=True) as harness:
        mailbox = harness.open_mailbox()
        try:
            mailbox.send(receipt(1))
        finally:
            mailbox.close()
        [kept] = harness.filed("Sent")
        assert kept["Message-ID"] == "<receipt-1.qa-bot@northmoor.example.gov.uk>"
    with imap_harness(tmp_path / "without") as harness:
        mailbox = harness.open_mailbox()
        try:
            mailbox.send(receipt(2))
        finally:
            mailbox.close()
        assert harness.filed("Sent") == []
        assert len(harness.sent()) == 1


def test_folder_names_and_uid_sets_are_written_as_imap_wants():
    assert encode_folder_name("Needs attention") == "Needs attention"
    assert encode_folder_name("Audits & reviews") == "Audits &- reviews"
    assert encode_folder_name("Auditoría") == "Auditor&AO0-a"
    assert uid_set([7, 1, 2, 3, 9, 10]) == "1:3,7,9:10"


def test_a_full_pass_over_imap_files_the_form_tracks_it_and_sends_the_receipt(tmp_path, config_dir, data_dir,
                                                                               monkeypatch):
    from bot.cli import run_once
    from bot.config import load_settings

    form = next(form for form in sample_forms(10, seed=1, today=date(2026, 11, 20))
                if form.kind == CASE_FILE_AUDIT)
    sender = next(member.email for member in STAFF if member.name == form.auditor)
    with imap_harness(tmp_path / "servers") as harness:
        bot_yaml = config_dir / "bot.yaml"
        raw = yaml.safe_load(bot_yaml.read_text(encoding="utf-8"))
        raw["mailbox"] = {
            "backend": "imap", "address": ADDRESS, "display_name": "CSC Audits",
            "imap": {key: harness.imap[key] for key in ("host", "port", "security", "username", "ca_file")},
            "smtp": {key: harness.smtp[key] for key in ("host", "port", "security", "username", "ca_file")},
        }
        bot_yaml.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
        monkeypatch.setenv("QA_BOT_IMAP_PASSWORD", PASSWORD)
        password_file = tmp_path / "smtp-password"
        password_file.write_text(PASSWORD + "\n", encoding="utf-8")
        monkeypatch.setenv("QA_BOT_SMTP_PASSWORD_FILE", str(password_file))
        monkeypatch.delenv("QA_BOT_SMTP_PASSWORD", raising=False)
        harness.deliver(build_email(sender=sender, to=ADDRESS, subject="Audit", date=SENT,
                                    attachments=[("audit.docx", build_docx(form, "table"))]), SENT)

        settings = load_settings(config_dir, data_dir)
        summary = run_once(settings, now=datetime(2026, 11, 20, 10, tzinfo=timezone.utc), progress=lambda line: None)

        assert summary.failed == 0
        assert [item["Subject"] for item in harness.filed(PROCESSED)] == ["Audit"]
        assert harness.filed("INBOX") == []
        assert any(sender in str(item["To"]) for item in harness.sent())
    rows = list(load_workbook(settings.tracker_file)["Audits"].iter_rows(values_only=True))
    case_column = rows[0].index("Case ID")
    assert [row[case_column] for row in rows[1:]] == [form.case_id]


def test_the_harness_skips_plainly_without_dovecot(tmp_path, monkeypatch):
    import imap_server

    monkeypatch.setattr(imap_server.shutil, "which", lambda name: None)
    monkeypatch.setattr(imap_server.os, "access", lambda path, mode: False)
    with pytest.raises(pytest.skip.Exception, match="Dovecot is not installed"):
        with imap_harness(Path(tmp_path)):
            pass
