"""The Microsoft Graph mailbox against the local Graph server: throttling and
faults, immutable ids through a real pass, paging, the body as text and the
threading headers read in the listing, large attachments both ways,
sign-in with a certificate or a secret, and what `check()` says."""

from __future__ import annotations

import logging
import random
import socket
import threading
import time
from datetime import datetime, timezone

import pytest
from graph_server import GraphServer
from mailbox_harness import ADDRESS, parse
from openpyxl import load_workbook

from bot.cli import run_once
from bot.config import load_settings
from bot.mailbox import NEEDS_ATTENTION, PROCESSED, MailboxError, OutgoingMessage
from bot.mailbox.base import Attachment
from bot.mailbox.graph import GraphMailbox, body_text
from bot.mailbox.graph_http import GraphConfig
from bot.samples import CASE_FILE_AUDIT, build_docx, sample_forms
from bot.samples.messages import build_email

SENDER = "joanne.fletcher@northmoor.example.gov.uk"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def server():
    with GraphServer() as running:
        running.add_user(ADDRESS)
        yield running


@pytest.fixture
def token(server):
    return server.issue_token()


@pytest.fixture
def mailbox(server, token, tmp_path):
    opened = GraphMailbox(ADDRESS, display_name="CSC Audits", config=server.config(tmp_path / "graph",
                                                                                    access_token=token))
    yield opened
    opened.close()


def email(number: int, **fields) -> bytes:
    fields.setdefault("attachments", [("CFA.docx", b"PK\x03\x04 form " + str(number).encode())])
    fields.setdefault("date", NOW)
    return build_email(sender=SENDER, to=ADDRESS, subject=f"Audit {number}",
                       message_id=f"<graph-{number}@northmoor.example.gov.uk>", **fields)


def receipt(number: int = 1, **fields) -> OutgoingMessage:
    return OutgoingMessage(to=[SENDER], subject="Audit received", text="Thank you.",
                           message_id=f"receipt-{number}.qa-bot@northmoor.example.gov.uk",
                           in_reply_to=f"graph-{number}@northmoor.example.gov.uk",
                           headers={"Auto-Submitted": "auto-replied", "X-QA-Bot": "receipt"}, **fields)


def test_a_throttled_send_and_move_are_retried_after_the_time_graph_asks(server, mailbox):
    server.deliver(ADDRESS, email(1))
    server.fail("POST", r"/sendMail$", 429, retry_after="1")
    server.fail("POST", r"/move$", 429, retry_after="1")
    server.fail("PATCH", r"/messages/[^/]+$", 503, retry_after="0")

    started = time.monotonic()
    mailbox.send(receipt())
    assert time.monotonic() - started >= 1.0, "waited as long as Retry-After asked"
    [message] = mailbox.fetch_new()
    started = time.monotonic()
    mailbox.move(message, PROCESSED)
    assert time.monotonic() - started >= 1.0

    assert len(server.requests_to("POST", r"/sendMail$")) == 2
    assert len(server.requests_to("POST", r"/move$")) == 2
    assert len(server.requests_to("PATCH", r"/messages/")) == 2
    assert [parse(raw)["Subject"] for raw in server.sent(ADDRESS)] == ["Audit received"]
    [filed] = server.folder_messages(ADDRESS, PROCESSED)
    assert filed.is_read, "filed mail is marked read; Needs attention mail is left unread"


def test_a_service_still_throttling_after_the_retries_is_a_temporary_error(server, mailbox):
    server.fail("GET", r"/mailFolders/Inbox/messages$", 503, times=10, retry_after="0")
    with pytest.raises(MailboxError) as caught:
        list(mailbox.fetch_new())
    assert not caught.value.permanent
    assert str(caught.value) == ("Microsoft 365 is busy or unavailable (HTTP 503) and could not read the inbox; "
                                 "the bot will try again")


def test_a_real_pass_files_the_form_under_the_same_id_and_the_next_pass_reads_nothing(
        server, token, config_dir, data_dir, monkeypatch):
    bot_yaml = config_dir / "bot.yaml"
    text = bot_yaml.read_text(encoding="utf-8")
    text = text.replace("  backend: maildir\n", "  backend: graph\n", 1).replace(
        "  display_name: CSC Audits\n",
        f"  display_name: CSC Audits\n  graph:\n    auth: token\n    endpoint: {server.url}\n", 1)
    bot_yaml.write_text(text, encoding="utf-8")
    monkeypatch.setenv("QA_BOT_GRAPH_TOKEN", token)
    settings = load_settings(config_dir, data_dir)
    form = next(item for item in sample_forms(30, seed=3, today=NOW.date())
                if item.kind == CASE_FILE_AUDIT and not item.urgent_concern and item.final_grade != "Inadequate")
    from bot.samples import STAFF

    auditor = next(member for member in STAFF if member.name == form.auditor)
    delivered = server.deliver(ADDRESS, build_email(
        sender=auditor.email, to=ADDRESS, subject="Audit", date=NOW, message_id="<pass-1@northmoor.example.gov.uk>",
        attachments=[("CFA.docx", build_docx(form, "table", variant_seed=1))]), NOW)

    first = run_once(settings, now=NOW, progress=lambda line: None)
    second = run_once(settings, now=NOW, progress=lambda line: None)

    assert (first.messages, first.forms_logged, second.messages) == (1, 1, 0)
    [filed] = server.folder_messages(ADDRESS, PROCESSED)
    assert filed.id == delivered, "the message kept its id when it moved"
    rows = list(load_workbook(settings.tracker_file)["Audits"].iter_rows(values_only=True))
    assert [row[2] for row in rows[1:] if any(row)] == [form.case_id]
    [sent] = [parse(raw) for raw in server.sent(ADDRESS)]
    assert sent["To"] == auditor.email and sent["X-QA-Bot"] == "receipt"
    assert sent["In-Reply-To"] == "<pass-1@northmoor.example.gov.uk>", "threading survives the MIME send"
    assert sent["Auto-Submitted"] == "auto-replied"
    graph_requests = [request for request in server.requests if request.path.startswith(("/v1.0/", "/upload/"))]
    assert graph_requests and all(request.headers.get("prefer", "").count('IdType="ImmutableId"') == 1
                                  for request in graph_requests)


def test_moving_without_immutable_ids_would_change_the_id(server, token):
    """The server behaves as Graph does, so the test above means something."""
    import requests

    message_id = server.deliver(ADDRESS, email(1))
    headers = {"Authorization": f"Bearer {token}"}
    moved = requests.post(f"{server.url}/v1.0/users/{ADDRESS}/messages/{message_id}/move",
                          json={"destinationId": "deleteditems"}, headers=headers, timeout=5).json()
    assert moved["id"] != message_id


def test_paging_is_followed_to_the_end_before_anything_is_filed(server, mailbox):
    server.page_size = 7
    for number in range(1, 26):
        server.deliver(ADDRESS, email(number, attachments=[]))
    filed = []
    for message in mailbox.fetch_new():
        mailbox.move(message, NEEDS_ATTENTION)  # as a pass does, while the listing is still being read
        filed.append(message.subject)
    assert filed == [f"Audit {number}" for number in range(1, 26)]
    assert list(mailbox.fetch_new()) == []
    pages = server.requests_to("GET", r"/mailFolders/Inbox/messages$")
    assert [request.query.get("$skip") for request in pages[:4]] == [None, "7", "14", "21"]
    assert pages[0].query["$orderby"] == "receivedDateTime asc"
    assert "internetMessageHeaders" in pages[0].query["$select"].split(",")


def test_a_filing_folder_deleted_by_a_person_is_made_again_and_a_deleted_message_is_said_plainly(
        server, mailbox):
    for number in (1, 2, 3):
        server.deliver(ADDRESS, email(number))
    first, second, third = mailbox.fetch_new()
    mailbox.move(first, PROCESSED)
    user = server.mailboxes[ADDRESS]
    [processed] = [folder for folder in user.folders.values() if folder["displayName"] == PROCESSED]
    del user.folders[processed["id"]]  # someone tidied the mailbox
    mailbox.move(second, PROCESSED)
    assert [message.id for message in server.folder_messages(ADDRESS, PROCESSED)] == [second.key]

    del user.messages[third.key]  # and deleted a message the bot was about to file
    with pytest.raises(MailboxError) as caught:
        mailbox.move(third, NEEDS_ATTENTION)
    assert caught.value.permanent
    assert str(caught.value) == f"The message from {SENDER} is no longer in the mailbox"


def test_a_ten_megabyte_attachment_is_read_whole_and_a_signature_logo_is_not(server, mailbox):
    data = random.Random(7).randbytes(10 * 1024 * 1024)
    server.deliver(ADDRESS, email(1, attachments=[("big audit.docx", data)], inline_logo=True))
    [message] = mailbox.fetch_new()
    assert [(item.filename, item.content_type, len(item.data)) for item in message.attachments] == [
        ("big audit.docx", DOCX, len(data))]
    assert message.attachments[0].data == data


def test_headers_the_core_reads_come_from_internet_message_headers(server, mailbox):
    server.deliver(ADDRESS, email(1, headers={"Auto-Submitted": "auto-replied", "Precedence": "bulk",
                                              "References": "<a@x> <b@x>"}))
    [message] = mailbox.fetch_new()
    assert message.headers["Auto-Submitted"] == "auto-replied"
    assert message.headers["Precedence"] == "bulk"
    assert message.headers["Content-Type"].startswith("multipart/mixed")
    assert message.references == ("<a@x>", "<b@x>")
    assert message.message_id == "graph-1@northmoor.example.gov.uk"


def test_the_body_and_in_reply_to_come_in_the_listing_without_a_request_more(server, mailbox):
    """Closing actions by email reads both; Graph gives the body as text
    when asked, in the same Prefer header as the immutable ids."""
    server.page_size = 2
    for number in (1, 2, 3):
        server.deliver(ADDRESS, email(number, attachments=[], body=f"Case 700100{number} - actions completed.",
                                      headers={"In-Reply-To": f"<reminder-{number}@northmoor.example.gov.uk>"}))

    messages = list(mailbox.fetch_new())

    assert [(message.body, message.in_reply_to) for message in messages] == [
        (f"Case 700100{number} - actions completed.", f"reminder-{number}@northmoor.example.gov.uk")
        for number in (1, 2, 3)]
    pages = server.requests_to("GET", r"/mailFolders/Inbox/messages$")
    assert len(pages) == 2
    assert "body" in pages[0].query["$select"].split(",")
    for page in pages:
        prefer = page.headers["prefer"]
        assert prefer.count('IdType="ImmutableId"') == 1 and prefer.count('outlook.body-content-type="text"') == 1
    assert server.requests_to("GET", r"/\$value$") == [], "the body is not read from the MIME"


def test_a_body_graph_sends_as_html_after_all_is_read_as_text():
    text = body_text('<html><head><style>p {}</style></head><body><p>Done &amp; dusted.</p>'
                     "<p>Joanne<br>Fletcher</p></body></html>", "html")
    assert [line.strip() for line in text.splitlines()] == ["Done & dusted.", "Joanne", "Fletcher"]
    assert body_text("Done.\r\n\r\n> quoted\r\n", "text") == "Done.\n\n> quoted"


def test_a_large_report_is_sent_through_a_draft_and_an_upload_session(server, mailbox):
    report = random.Random(5).randbytes(3 * 1024 * 1024 + 500_000)
    small = b"PK small workbook"
    mailbox.send(receipt(attachments=[Attachment("report.docx", DOCX, report), Attachment("actions.xlsx",
                                      "application/vnd.ms-excel", small)]))

    assert server.requests_to("POST", r"/sendMail$") == []
    [draft] = server.requests_to("POST", rf"/users/{ADDRESS}/messages$")
    assert draft.headers["content-type"] == "text/plain"
    [session] = server.requests_to("POST", r"/attachments/createUploadSession$")
    assert session.json["AttachmentItem"] == {"attachmentType": "file", "name": "report.docx", "size": len(report),
                                              "contentType": DOCX}
    puts = server.requests_to("PUT", r"^/upload/attachments/")
    assert [request.headers["content-range"] for request in puts] == [
        f"bytes 0-3276799/{len(report)}", f"bytes 3276800-{len(report) - 1}/{len(report)}"]
    assert not any("authorization" in request.headers for request in puts), "upload URLs carry their own auth"
    assert len(server.requests_to("POST", r"/send$")) == 1

    [sent] = [parse(raw) for raw in server.sent(ADDRESS)]
    assert sent["Message-ID"] == "<receipt-1.qa-bot@northmoor.example.gov.uk>"
    assert sent["In-Reply-To"] == "<graph-1@northmoor.example.gov.uk>"
    assert {item.get_filename(): item.get_content() for item in sent.iter_attachments()} == {
        "report.docx": report, "actions.xlsx": small}
    assert server.folder_messages(ADDRESS, "drafts") == []


def test_a_message_already_in_sent_items_is_not_sent_again(server, mailbox):
    mailbox.send(receipt())
    mailbox.send(receipt())
    assert len(server.sent(ADDRESS)) == 1
    [lookup, *_] = server.requests_to("GET", r"/mailFolders/sentitems/messages$")
    assert lookup.query["$filter"] == "internetMessageId eq '<receipt-1.qa-bot@northmoor.example.gov.uk>'"


def test_a_revoked_token_is_a_permanent_error_said_plainly_once(server, token, mailbox, caplog):
    server.deliver(ADDRESS, email(1))
    server.revoke(token)
    caplog.set_level(logging.INFO)
    for _ in range(2):
        with pytest.raises(MailboxError) as caught:
            list(mailbox.fetch_new())
        assert caught.value.permanent
    assert str(caught.value) == ("Microsoft 365 refused the access token in QA_BOT_GRAPH_TOKEN: it has expired or "
                                 "been revoked. Put a new token there")
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert [record.getMessage() for record in errors] == [str(caught.value)]
    assert len(server.folder_messages(ADDRESS, "inbox")) == 1, "nothing lost"


def test_a_new_token_in_the_environment_is_picked_up_after_a_refusal(server, token, tmp_path, monkeypatch):
    monkeypatch.setenv("QA_BOT_GRAPH_TOKEN", token)
    mailbox = GraphMailbox(ADDRESS, config=GraphConfig(auth="token", endpoint=server.url))
    assert list(mailbox.fetch_new()) == []
    server.revoke(token)
    monkeypatch.setenv("QA_BOT_GRAPH_TOKEN", server.issue_token())
    server.deliver(ADDRESS, email(1))
    assert [message.subject for message in mailbox.fetch_new()] == ["Audit 1"]


def test_check_says_when_the_app_may_not_read_the_mailbox(server, mailbox):
    server.forbidden.add(ADDRESS)
    assert mailbox.check() == [
        f"The app may not read the {ADDRESS} mailbox: grant it Mail.ReadWrite and Mail.Send for this mailbox "
        "(RBAC for Applications, or the application access policy; see docs/microsoft-365.md)"]


def test_check_and_a_pass_say_when_microsoft_365_cannot_be_reached(server, token, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    unreachable = f"http://127.0.0.1:{closed_port}"
    mailbox = GraphMailbox(ADDRESS, config=GraphConfig(auth="token", endpoint=unreachable, access_token=token),
                           sleep=lambda seconds: None)
    assert mailbox.check() == [f"Cannot reach Microsoft 365 at {unreachable} (Connection refused); "
                               "the bot will try again"]
    with pytest.raises(MailboxError) as caught:
        mailbox.send(receipt())
    assert not caught.value.permanent, "an outage is retried by the next pass; the mail stays queued"


def test_check_says_when_the_tenant_does_not_exist(tmp_path, monkeypatch):
    with GraphServer(tls=True, tmp_path=tmp_path) as server:
        server.add_user(ADDRESS)
        server.add_tenant("northmoor-tenant", "qa-bot-app", "s3cret")
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_file))
        monkeypatch.setenv("QA_BOT_GRAPH_SECRET", "s3cret")

        def mailbox(tenant: str) -> GraphMailbox:
            return GraphMailbox(ADDRESS, config=GraphConfig(
                tenant_id=tenant, client_id="qa-bot-app", auth="secret", endpoint=server.url,
                authority=server.url, token_cache=tmp_path / "graph"))

        assert mailbox("no-such-tenant").check() == [
            "The sign-in service does not know the tenant 'no-such-tenant': check mailbox.graph.tenant_id "
            "(the Directory (tenant) ID on the app's Overview page in Entra ID)"]
        assert mailbox("northmoor-tenant").check() == []
        monkeypatch.setenv("QA_BOT_GRAPH_SECRET", "wrong")
        (tmp_path / "graph" / "token-cache.json").unlink()
        assert mailbox("northmoor-tenant").check() == [
            "The client secret is wrong: QA_BOT_GRAPH_SECRET must hold the secret's Value (not its Secret ID)"]


def test_certificate_sign_in_keeps_its_token_cache_in_the_data_directory(tmp_path, monkeypatch):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "qa-bot")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(datetime(2020, 1, 1)).not_valid_after(datetime(2040, 1, 1))
                   .sign(key, hashes.SHA256()))
    certificate_pem = certificate.public_bytes(serialization.Encoding.PEM).decode()
    pem = tmp_path / "config" / "graph.pem"
    pem.parent.mkdir()
    pem.write_text(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                     serialization.NoEncryption()).decode() + certificate_pem)
    data_dir = tmp_path / "var"
    with GraphServer(tls=True, tmp_path=tmp_path) as server:
        server.add_user(ADDRESS)
        server.add_tenant("northmoor-tenant", "qa-bot-app", certificate_pem)
        server.deliver(ADDRESS, email(1))
        monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.ca_file))
        config = GraphConfig(tenant_id="northmoor-tenant", client_id="qa-bot-app", auth="certificate",
                             certificate_file=pem, endpoint=server.url, authority=server.url,
                             token_cache=data_dir / "graph")
        for _ in range(2):  # two passes, as two runs of the bot
            mailbox = GraphMailbox(ADDRESS, config=config)
            assert [message.subject for message in mailbox.fetch_new()] == ["Audit 1"]
            mailbox.close()
        assert server.token_requests == 1, "the second run used the cached token"
        cache = data_dir / "graph" / "token-cache.json"
        assert cache.exists() and cache.stat().st_mode & 0o077 == 0


def test_no_more_than_four_requests_are_in_flight_for_one_mailbox(server, token, tmp_path):
    server.delay = 0.05
    results = []

    def check():
        mailbox = GraphMailbox(ADDRESS, config=server.config(tmp_path / "graph", access_token=token))
        results.append(mailbox.check())

    threads = [threading.Thread(target=check) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [[]] * 10
    assert 2 <= server.max_in_flight <= 4


def test_an_endpoint_in_clear_text_is_refused_unless_it_is_this_computer():
    with pytest.raises(MailboxError) as caught:
        GraphMailbox(ADDRESS, config=GraphConfig(auth="token", endpoint="http://graph.example.com",
                                                 access_token="x"))
    assert caught.value.permanent
    assert str(caught.value) == ("'mailbox.graph.endpoint' must be an https:// address "
                                 "(it is 'http://graph.example.com')")
