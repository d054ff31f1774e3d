"""Publishing the tracker and reports to SharePoint or OneDrive, against the
local Graph server: small files in one request, large ones in an upload
session, and a workbook locked in SharePoint kept until it can go up."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import SimpleNamespace

import pytest
from graph_server import GraphFailure, GraphServer
from mailbox_harness import ADDRESS

from bot.config import load_settings
from bot.publishing import check_publishing, publish, publisher_configured

SITE = "northmoor.sharepoint.com:/sites/QualityAssurance"
QA_TEAM = "qa-team@northmoor.example.gov.uk"


@pytest.fixture
def server(monkeypatch):
    with GraphServer() as running:
        running.add_user(ADDRESS)
        running.add_site(SITE, libraries=("Documents", "Audit reports"))
        running.onedrive(QA_TEAM)
        monkeypatch.setenv("QA_BOT_GRAPH_TOKEN", running.issue_token())
        yield running


def settings_for(server: GraphServer, tmp_path: Path, **publishing) -> SimpleNamespace:
    graph = {"auth": "token", "endpoint": server.url}
    return SimpleNamespace(mailbox=SimpleNamespace(graph=graph, address=ADDRESS), publishing=publishing,
                           data_dir=tmp_path / "var", config_dir=tmp_path / "config")


def files(tmp_path: Path) -> tuple[Path, Path]:
    small = tmp_path / "qa-tracker.xlsx"
    small.write_bytes(b"PK tracker " * 100)
    large = tmp_path / "Monthly QA report 2026-10.docx"
    large.write_bytes(random.Random(3).randbytes(5 * 1024 * 1024 + 12345))
    return small, large


def test_small_and_large_files_go_to_a_sharepoint_library_folder(server, tmp_path):
    small, large = files(tmp_path)
    settings = settings_for(server, tmp_path, backend="sharepoint", site=SITE, document_library="Audit reports",
                            folder="QA bot/2026")
    assert publish(settings, [small, large]) == []

    library = server.document_library(SITE, "Audit reports")
    assert library.by_path("/QA bot/2026/qa-tracker.xlsx")["content"] == small.read_bytes()
    assert library.by_path(f"/QA bot/2026/{large.name}")["content"] == large.read_bytes()
    [simple] = server.requests_to("PUT", r"/items/[^/]+:/qa-tracker\.xlsx:/content$")
    assert simple.body == small.read_bytes()
    [session] = server.requests_to("POST", r"/createUploadSession$")
    assert session.json == {"item": {"@microsoft.graph.conflictBehavior": "replace"}}
    ranges = [request.headers["content-range"] for request in server.requests_to("PUT", r"^/upload/drive/")]
    size = large.stat().st_size
    assert ranges == [f"bytes 0-3276799/{size}", f"bytes 3276800-{size - 1}/{size}"]

    small.write_bytes(b"PK tracker, rebuilt")
    assert publish(settings, [small]) == []
    assert library.by_path("/QA bot/2026/qa-tracker.xlsx")["content"] == b"PK tracker, rebuilt"


def test_files_go_to_a_onedrive_folder(server, tmp_path):
    small, large = files(tmp_path)
    settings = settings_for(server, tmp_path, backend="onedrive", user=QA_TEAM, folder="QA bot")
    assert publish(settings, [small, large]) == []
    drive = server.onedrive(QA_TEAM)
    assert drive.by_path("/QA bot/qa-tracker.xlsx")["content"] == small.read_bytes()
    assert drive.by_path(f"/QA bot/{large.name}")["content"] == large.read_bytes()
    assert server.requests_to("GET", rf"^/v1.0/users/{QA_TEAM}/drive/root$")


def test_a_workbook_locked_in_sharepoint_waits_and_goes_up_on_the_next_call(server, tmp_path):
    small, large = files(tmp_path)
    settings = settings_for(server, tmp_path, backend="sharepoint", site=SITE, folder="QA bot")
    server.lock_file("qa-tracker.xlsx")

    assert publish(settings, [small, large]) == [], "a locked file is queued, not a problem"
    library = server.document_library(SITE)
    assert library.by_path(f"/QA bot/{large.name}")["content"] == large.read_bytes()
    with pytest.raises(GraphFailure):
        library.by_path("/QA bot/qa-tracker.xlsx")
    queue = json.loads((tmp_path / "var" / "publishing" / "pending.json").read_text())
    assert [Path(entry["path"]).name for entry in queue["pending"]] == ["qa-tracker.xlsx"]
    assert "locked" in queue["pending"][0]["last_error"]

    assert publish(settings, []) == []
    assert library.by_path("/QA bot/qa-tracker.xlsx")["content"] == small.read_bytes()
    assert json.loads((tmp_path / "var" / "publishing" / "pending.json").read_text()) == {"pending": []}


def test_an_outage_keeps_the_files_queued_without_a_problem(server, tmp_path):
    small, _ = files(tmp_path)
    settings = settings_for(server, tmp_path, backend="onedrive", user=QA_TEAM)
    server.fail("GET", r"/drive/root$", 503, times=5, retry_after="0")  # one call's worth of retries
    assert publish(settings, [small]) == []
    assert publish(settings, []) == []
    assert server.onedrive(QA_TEAM).by_path("/QA bot/qa-tracker.xlsx")["content"] == small.read_bytes()


def test_a_library_that_does_not_exist_is_a_plain_problem_and_the_file_stays_queued(server, tmp_path):
    small, _ = files(tmp_path)
    settings = settings_for(server, tmp_path, backend="sharepoint", site=SITE, document_library="Reprots")
    assert publish(settings, [small]) == [
        f"The files could not be published to the 'Reprots' library of {SITE}, folder 'QA bot': The site "
        f"{SITE} has no document library called 'Reprots' (it has: Audit reports, Documents); check "
        "'publishing.document_library'"]
    settings.publishing["document_library"] = "Documents"
    assert publish(settings, []) == []
    assert server.document_library(SITE).by_path("/QA bot/qa-tracker.xlsx")


def test_a_missing_permission_is_said_plainly(server, tmp_path):
    small, _ = files(tmp_path)
    server.forbidden.add(QA_TEAM)
    settings = settings_for(server, tmp_path, backend="onedrive", user=QA_TEAM)
    [problem] = publish(settings, [small])
    assert problem == (f"The files could not be published to the OneDrive of {QA_TEAM}, folder 'QA bot': The app "
                       f"may not write to the OneDrive of {QA_TEAM}: grant it Files.ReadWrite.All; "
                       "see docs/microsoft-365.md")


def test_check_finds_the_library_and_folder_or_says_what_is_wrong(server, tmp_path):
    settings = settings_for(server, tmp_path, backend="sharepoint", site=SITE, folder="QA bot")
    assert check_publishing(settings) == []
    assert server.document_library(SITE).by_path("/QA bot")["folder"]
    settings.publishing["site"] = "northmoor.sharepoint.com:/sites/Nowhere"
    assert check_publishing(settings) == [
        "The files could not be published to the 'Documents' library of northmoor.sharepoint.com:/sites/Nowhere, "
        "folder 'QA bot': There is no SharePoint site northmoor.sharepoint.com:/sites/Nowhere: check "
        "'publishing.site'"]


def test_publishing_is_off_unless_configured(settings, tmp_path):
    assert not publisher_configured(settings)
    assert publish(settings, [tmp_path / "anything.xlsx"]) == []
    assert check_publishing(settings) == []


def test_the_shipped_schema_takes_a_publishing_section(config_dir, data_dir, server):
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text(encoding="utf-8").replace(
        "  display_name: CSC Audits\n",
        f"  display_name: CSC Audits\n  graph:\n    auth: token\n    endpoint: {server.url}\n", 1)
        + f"\npublishing:\n  backend: sharepoint\n  site: \"{SITE}\"\n  folder: QA bot\n", encoding="utf-8")
    settings = load_settings(config_dir, data_dir)
    assert publisher_configured(settings)
    tracker = data_dir / "qa-tracker.xlsx"
    tracker.write_bytes(b"PK")
    assert publish(settings, [tracker]) == []
    assert server.document_library(SITE).by_path("/QA bot/qa-tracker.xlsx")["content"] == b"PK"
