"""Hostile and broken attachments, as a real mailbox delivers them.

Each is refused (a macro document: read with a warning) in under two
seconds, with the worker that parses it under 300 MB at its peak, with a
reason in plain words; nothing from outside the attachment (the XXE
target's marker) ever appears in what the bot says; and the pass goes on.
The corpus is built in code by hostile_files.py.

Times and memory are the worker's own: `ParserWorker.last_run` holds the
wall time of the parse and the worker's peak resident memory during it
(VmHWM, reset before each attachment). The worker is started before the
timed files, as the daemon's is.
"""

from __future__ import annotations

import io
import json
import logging
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import hostile_files as hostile
import pytest
from forms_helpers import DocxForm, definitions
from lxml import etree

from bot.forms import package as package_module
from bot.forms import parse_bytes
from bot.forms.isolation import TOO_SLOW, ParserWorker
from bot.forms.package import FileLimits, inspect_archive, parse_xml
from bot.forms.parser import CONVERTED, TOO_MUCH_MEMORY
from bot.forms.sniff import DOCX, MACROS_REFUSED, MACROS_WARNING, OLD_WORD, OLD_WORD_PROBLEM, XLSX, sniff

SECRET = "NORTHMOOR-OUTSIDE-SECRET-7f3a91"
MAX_SECONDS = 2.0
MAX_PEAK_BYTES = 300 * 1024 * 1024
NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)
MAILBOX = "cscaudits@northmoor.example.gov.uk"
SENDER = "karen.holt@northmoor.example.gov.uk"


@pytest.fixture(scope="module")
def secret_path(tmp_path_factory) -> str:
    """A file outside any attachment that an XXE would try to read."""
    path = tmp_path_factory.mktemp("outside") / "secret.txt"
    path.write_text(SECRET)
    return str(path)


@pytest.fixture(scope="module")
def worker():
    worker = ParserWorker()
    warm = worker.parse(hostile.good_docx(), "warm-up.docx", definitions())
    assert warm.ok, warm.errors
    yield worker
    worker.close()


def assert_plain(reason: str) -> None:
    """A reason a manager can act on: a sentence, no machinery."""
    assert reason[:1].isupper() and reason.endswith("."), reason
    assert "Please" in reason, reason
    for word in ("Traceback", "Exception", "Errno", "DOCTYPE", "ENTITY", "lxml", "zipfile", "openpyxl", "0x"):
        assert word not in reason, reason


@dataclass
class Case:
    name: str
    build: object  # (secret_path) -> bytes
    filename: str
    says: str  # words the reason must hold


HOSTILE = [
    Case("zip bomb (document.xml inflates to 3.5 GiB)", lambda secret: hostile.zip_bomb_docx(), "audit.docx",
         "more than a form could ever hold"),
    Case("one part expanding a thousandfold", lambda secret: hostile.small_bomb_docx(), "audit.docx",
         "unpack to far more than any form holds"),
    Case("central directory and local headers disagreeing on sizes", lambda secret: hostile.lying_sizes_docx(),
         "audit.docx", "damaged"),
    Case("100,000-entry zip", lambda secret: hostile.many_entries_zip(), "audit.docx", "100,017 pieces"),
    Case("billion laughs in document.xml", lambda secret: hostile.billion_laughs_docx(), "audit.docx",
         "Office itself never writes"),
    Case("billion laughs 64 KiB into the part", lambda secret: hostile.billion_laughs_after_a_long_comment_docx(),
         "audit.docx", "Office itself never writes"),
    Case("billion laughs in UTF-16", lambda secret: hostile.billion_laughs_utf16_docx(), "audit.docx",
         "Office itself never writes"),
    Case("a DOCTYPE hidden in UTF-7", lambda secret: hostile.utf7_docx(), "audit.docx", "Office itself never writes"),
    Case("billion laughs in an xlsx sheet", lambda secret: hostile.billion_laughs_xlsx(), "audit.xlsx",
         "Excel workbook contains content Office itself never writes"),
    Case("XXE reading a local file", hostile.xxe_docx, "audit.docx", "Office itself never writes"),
    Case("XXE through an external DTD", hostile.xxe_external_dtd_docx, "audit.docx", "Office itself never writes"),
    Case("XXE in an xlsx sheet", hostile.xxe_xlsx, "audit.xlsx", "Office itself never writes"),
    Case("password-protected .docx (EncryptedPackage)", lambda secret: hostile.encrypted_docx(), "audit.docx",
         "remove the password"),
    Case("password-protected .doc", lambda secret: hostile.encrypted_doc(), "audit.doc", "remove the password"),
    Case("password-protected .xls", lambda secret: hostile.encrypted_xls(), "audit.xls", "remove the password"),
    Case("an ELF program named .docx", lambda secret: hostile.elf_program(), "audit.docx", "program"),
    Case("a Windows program named .docx", lambda secret: hostile.windows_program(), "audit.docx", "program"),
    Case("a 60 MB attachment", lambda secret: hostile.oversized_attachment(60), "audit.docx",
         "The file is 60.0 MB; forms are far smaller"),
    Case("a part climbing out of the zip", lambda secret: hostile.absurd_names_docx(b"../../etc/cron.d/x"),
         "audit.docx", "damaged"),
    Case("two parts with the same name", lambda secret: hostile.duplicated_document_docx(), "audit.docx", "damaged"),
    Case("a part with NUL in its name", lambda secret: hostile.absurd_names_docx(b"word/a\0.xml"), "audit.docx",
         "damaged"),
]


@pytest.mark.parametrize("case", HOSTILE, ids=[case.name for case in HOSTILE])
def test_a_hostile_file_is_refused_quickly_with_bounded_memory_in_plain_words(case, worker, secret_path):
    data = case.build(secret_path)
    form = worker.parse(data, case.filename, definitions())
    run = worker.last_run
    assert not form.ok
    assert case.says in form.errors[0]
    assert_plain(form.errors[0])
    assert run.seconds < MAX_SECONDS, f"{case.name} took {run.seconds:.2f} s"
    assert run.peak_rss is None or run.peak_rss < MAX_PEAK_BYTES, f"{case.name} peaked at {run.peak_rss} bytes"
    if sys.platform.startswith("linux") and run.outcome != "refused":
        assert run.peak_rss is not None, "the worker measures its own peak"
    assert SECRET not in json.dumps(form.to_json())


def test_the_zip_bomb_is_real():
    """What the caps refuse unopened really would inflate: its first 64 MiB
    come out of 64 KiB or so."""
    archive = zipfile.ZipFile(io.BytesIO(hostile.zip_bomb_docx()))
    entry = archive.getinfo("word/document.xml")
    assert entry.file_size > 3 * 1024**3 and entry.compress_size < 4 * 1024**2
    with archive.open(entry) as stream:
        inflated = sum(len(stream.read(1024 * 1024)) for _ in range(64))
    assert inflated == 64 * 1024 * 1024


def test_a_macro_document_is_read_with_a_warning_and_never_run(worker):
    for data, filename in ((hostile.macro_docm(), "audit.docm"), (hostile.macro_xlsm(), "audit.xlsm")):
        form = worker.parse(data, filename, definitions())
        assert form.ok, form.errors
        assert MACROS_WARNING in form.warnings
        assert worker.last_run.seconds < MAX_SECONDS and worker.last_run.peak_rss < MAX_PEAK_BYTES


def test_macro_documents_can_be_refused_by_configuration():
    form = parse_bytes(hostile.macro_docm(), "audit.docm", definitions(), FileLimits(macro_documents="refuse"))
    assert not form.ok and form.errors == [MACROS_REFUSED]


def test_references_outside_the_file_are_never_followed(worker, secret_path):
    """XInclude, an external main-document relationship, external targets:
    the form is read from what is inside it, and nothing else."""
    form = worker.parse(hostile.outside_references_docx(secret_path), "audit.docx", definitions())
    assert form.ok and form.case_id == "7654321"
    assert SECRET not in json.dumps(form.to_json())


def test_the_xml_parser_expands_nothing_even_past_the_checks(secret_path):
    """Defence in depth: were a declaration to reach lxml, no entity is
    resolved and no file read."""
    root = parse_xml(hostile.document_xml("&xxe;", f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'))
    assert SECRET not in "".join(root.itertext())
    try:
        laughs = parse_xml(hostile.document_xml("&lol9;", hostile.BILLION_LAUGHS))
    except etree.XMLSyntaxError:
        return  # libxml2 refuses the amplification outright
    assert len("".join(laughs.itertext())) < 1000


def test_openpyxl_reads_sheets_through_defusedxml():
    from openpyxl import load_workbook

    from bot.forms import xlsx_reader

    assert xlsx_reader.SAFE_XML
    with pytest.raises(ValueError) as raised:  # past our checks, openpyxl itself refuses the entities
        load_workbook(io.BytesIO(hostile.billion_laughs_xlsx()))
    causes = []
    error = raised.value
    while error is not None:
        causes.append(type(error).__name__)
        error = error.__cause__ or error.__context__
    assert "EntitiesForbidden" in causes, causes


def test_without_defusedxml_no_workbook_is_read(monkeypatch):
    from bot.forms import xlsx_reader

    monkeypatch.setattr(xlsx_reader, "SAFE_XML", False)
    form = parse_bytes(hostile.good_xlsx(), "audit.xlsx", definitions())
    assert not form.ok and form.errors == [xlsx_reader.UNSAFE_SETUP]


def test_declarations_are_found_across_chunk_boundaries():
    for padding in range(64 * 1024 - 12, 64 * 1024 + 2):
        part = b"<a>" + b" " * padding + b"<!ENTITY x 'y'></a>"
        data = hostile.replace_parts(hostile.good_docx(), {"word/footnotes.xml": part})
        with pytest.raises(package_module.UnreadableForm):
            inspect_archive(data)


@pytest.mark.parametrize("build, kind, macros", [
    (hostile.good_docx, DOCX, False), (hostile.good_xlsx, XLSX, False),
    (hostile.macro_docm, DOCX, True), (hostile.macro_xlsm, XLSX, True),
])
def test_types_come_from_the_bytes(build, kind, macros):
    sniffed = sniff(build())
    assert (sniffed.kind, sniffed.macros) == (kind, macros)


def test_a_word_template_is_read_as_a_document():
    data = hostile.good_docx()
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
    form = parse_bytes(hostile.replace_parts(data, {"[Content_Types].xml": types}), "audit.dotx", definitions())
    assert form.ok and form.case_id == "7654321"


@pytest.mark.parametrize("build, says", [
    (hostile.open_document_text, "OpenDocument"),
    (hostile.html_as_doc, "web page (HTML)"),
    (hostile.mht_as_doc, "web page saved from Word"),
    (hostile.eml_attachment, "email saved as a file"),
    (hostile.outlook_msg, "Outlook email"),
    (hostile.plain_xls, "old-style Excel workbook (.xls)"),
])
def test_other_files_are_named_for_what_they_are(build, says):
    form = parse_bytes(build(), "audit.doc", definitions())
    assert not form.ok and says in form.errors[0]
    assert_plain(form.errors[0])


def test_an_unconverted_old_word_document_asks_for_a_docx(monkeypatch):
    from bot.forms import convert

    document = hostile.compound_file({"WordDocument": bytes.fromhex("ecA5c100") + b"\0" * 60, "1Table": b"\0"})
    assert sniff(document).kind == OLD_WORD
    monkeypatch.setattr(convert, "converter", lambda: None)
    assert parse_bytes(document, "audit.doc", definitions()).errors == [OLD_WORD_PROBLEM]
    monkeypatch.undo()
    refused = parse_bytes(document, "audit.doc", definitions(), FileLimits(old_word_documents="refuse"))
    assert refused.errors == [OLD_WORD_PROBLEM]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_an_old_word_document_is_converted_and_read(worker, tmp_path):
    builder = DocxForm()
    for line in ("Child ID: 7654321", "Overall grade: Good", "Auditor: Jane Auditor", "Date of audit: 03/11/2026"):
        builder.paragraph(line)
    (tmp_path / "form.docx").write_bytes(builder.bytes())
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
                    "--convert-to", "doc", "--outdir", str(tmp_path), str(tmp_path / "form.docx")],
                   capture_output=True, timeout=120, check=True)
    document = (tmp_path / "form.doc").read_bytes()
    assert sniff(document).kind == OLD_WORD
    form = worker.parse(document, "audit.doc", definitions())
    assert form.ok, form.errors
    assert (form.case_id, form.grade) == ("7654321", "Good")
    assert form.warnings[0] == CONVERTED


def test_an_isolated_parse_matches_one_in_this_process(worker):
    from bot.samples import build_docx, build_xlsx, sample_forms

    for sample in sample_forms(4, seed=5, today=NOW.date()):
        for data in (build_docx(sample, "table", variant_seed=1), build_xlsx(sample, variant_seed=2)):
            isolated = worker.parse(data, "form", definitions())
            assert isolated.to_json() == parse_bytes(data, "form", definitions()).to_json()


def test_a_worker_that_runs_out_of_memory_is_killed_or_stuck_gives_a_plain_error_and_the_next_form_parses():
    """The worker runs `hostile_files.misbehaving_parse` instead of the
    parser (a test-only stand-in, passed by reference): greedy.docx
    allocates without bound, killed.docx is killed as the kernel's
    out-of-memory killer would kill it, stuck.docx never finishes."""
    worker = ParserWorker(FileLimits(worker_memory_mb=256, worker_timeout_seconds=1.5),
                          parse=hostile.misbehaving_parse)
    good = hostile.good_docx()
    try:
        assert worker.parse(good, "audit.docx", definitions()).ok
        cases = [("killed.docx", TOO_MUCH_MEMORY), ("stuck.docx", TOO_SLOW)]
        if worker.memory_limited:  # only where RLIMIT_AS is enforced (Linux): elsewhere it would really eat memory
            cases.insert(0, ("greedy.docx", TOO_MUCH_MEMORY))
        for filename, reason in cases:
            form = worker.parse(good, filename, definitions())
            assert not form.ok and form.errors == [reason]
            assert_plain(reason)
            assert worker.last_run.seconds < 3
            after = worker.parse(good, "audit.docx", definitions())
            assert after.ok and after.case_id == "7654321", f"the next attachment after {filename}"
    finally:
        worker.close()


def test_a_crafted_sheet_is_stopped_by_the_workers_memory_limit_and_the_next_form_parses():
    """No cap refuses it (ten megabytes of numbers that barely compress),
    but openpyxl would need far more memory than the worker may use."""
    worker = ParserWorker(FileLimits(worker_memory_mb=256))
    try:
        assert worker.parse(hostile.good_docx(), "audit.docx", definitions()).ok  # the worker is up
        if not worker.memory_limited:
            pytest.skip("the worker's memory limit is only enforced on Linux")
        form = worker.parse(hostile.crafted_sheet_xlsx(), "audit.xlsx", definitions())
        assert not form.ok and form.errors[0] in (TOO_MUCH_MEMORY, TOO_SLOW)
        assert worker.last_run.peak_rss is None or worker.last_run.peak_rss < 256 * 1024 * 1024
        assert worker.parse(hostile.good_xlsx(), "audit.xlsx", definitions()).ok
    finally:
        worker.close()


def test_file_limits_come_from_bot_yaml(config_dir, data_dir):
    from bot.config import file_limit_defaults, load_settings

    assert FileLimits.from_config(file_limit_defaults()) == FileLimits(), "the schema and the code agree"
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace(
        "  max_replies_per_sender_per_day: 30",
        "  max_replies_per_sender_per_day: 30\n  files:\n    max_attachment_mb: 4\n    macro_documents: refuse"))
    limits = FileLimits.from_config(load_settings(config_dir, data_dir).file_limits)
    assert (limits.max_attachment_mb, limits.macro_documents, limits.worker_timeout_seconds) == (4, "refuse", 20)


def test_hostile_attachments_in_one_email_go_back_to_their_sender_and_the_pass_goes_on(settings, secret_path, caplog):
    from bot.cli import run_once
    from bot.mailbox.maildir import MaildirMailbox
    from bot.samples.messages import build_email

    caplog.set_level(logging.INFO)
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=MAILBOX)
    attachments = [
        ("October audit.docx", hostile.zip_bomb_docx()),
        ("November audit.docx", hostile.xxe_docx(secret_path)),
        ("December audit.docx", hostile.elf_program()),
    ]
    mailbox.deliver(build_email(sender=SENDER, to=MAILBOX, subject="Audits", attachments=attachments,
                                message_id="<hostile@northmoor.example.gov.uk>", date=NOW), received=NOW)
    mailbox.deliver(build_email(sender="nicola.wragg@northmoor.example.gov.uk", to=MAILBOX, subject="Audit",
                                attachments=[("audit.docx", hostile.good_docx("2345678"))],
                                message_id="<good@northmoor.example.gov.uk>", date=NOW), received=NOW)
    lines: list[str] = []
    summary = run_once(settings, now=NOW, progress=lines.append)

    assert (summary.messages, summary.needs_attention, summary.forms_logged, summary.failed) == (2, 1, 1, 0)
    assert len(mailbox.folder_messages("Needs attention")) == 1
    assert len(mailbox.folder_messages("Processed")) == 1
    parser = BytesParser(policy=policy.default)
    sent = [parser.parsebytes(path.read_bytes()) for path in sorted(Path(settings.mailbox.outbox).glob("*.eml"))]
    [reply] = [message for message in sent if message["In-Reply-To"] == "<hostile@northmoor.example.gov.uk>"]
    assert reply["To"] == SENDER and reply["X-QA-Bot"] == "form_problem"
    text = reply.get_body(("plain",)).get_content()
    for filename, reason in (("October audit.docx", "more than a form could ever hold"),
                             ("November audit.docx", "Office itself never writes"),
                             ("December audit.docx", "program")):
        assert filename in text and reason in text
    assert "Traceback" not in text
    from openpyxl import load_workbook

    rows = list(load_workbook(settings.tracker_file)["Audits"].iter_rows(values_only=True))
    cases = [dict(zip(rows[0], row))["Case ID"] for row in rows[1:] if any(value is not None for value in row)]
    assert cases == ["2345678"], "the good form is logged; nothing from the hostile mail is"
    everything = [message.as_string() for message in sent] + lines + [caplog.text]
    everything.append(Path(settings.state_db).read_bytes().decode("latin-1"))
    assert not any(SECRET in item for item in everything)
