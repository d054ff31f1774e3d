"""Every report command on the demo's data: a Word document that opens,
states the store's figures, carries no child's details, follows its
template, and travels to the QA team and then its distribution list."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from docx import Document

from bot.cli import run_once
from bot.config import load_settings
from bot.demo import demo_emails, seed_mailbox
from bot.reports.figures import AUDIT_KINDS
from bot.samples import sample_forms
from bot.store import Store

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 21, 10, tzinfo=timezone.utc)
COMMANDS = {
    "monthly": ["monthly", "--month", "2026-10"],
    "overview": ["overview", "--month", "2026-10", "--service", "Assessment and Child Protection"],
    "quarterly": ["quarterly", "--quarter", "2026Q3"],
    "annual": ["annual", "--year", "2026"],
    "supervision": ["supervision", "--quarter", "2026Q3"],
    "briefing": ["briefing", "--quarter", "2026Q3"],
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, Path]:
    """The demo's mail, read in one pass; reports drafted without PDFs (the
    rendering tests convert every kind to PDF)."""
    root = tmp_path_factory.mktemp("demo")
    config_dir, data_dir = root / "config", root / "var"
    shutil.copytree(ROOT / "config", config_dir)
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("pdf: auto", "pdf: never"))
    settings = load_settings(config_dir, data_dir)
    seed_mailbox(settings, now=NOW)
    run_once(settings, now=NOW, progress=lambda line: None)
    for arguments in COMMANDS.values():
        result = run(config_dir, data_dir, "report", *arguments)
        assert result.returncode == 0, result.stderr
    return config_dir, data_dir


def run(config_dir: Path, data_dir: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "--config", str(config_dir),
                           "--data-dir", str(data_dir), *arguments], capture_output=True, text=True, timeout=180)


def document_text(path: Path) -> str:
    document = Document(path)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(parts)


def report(data_dir: Path, stem: str) -> Path:
    return data_dir / "reports" / f"{stem}.docx"


def test_every_report_command_writes_a_document_that_opens(demo):
    _, data_dir = demo
    stems = ["qa-audit-report-2026-10", "hos-overview-2026-10-assessment-and-child-protection",
             "qa-audit-report-2026-Q3", "qa-annual-report-2026-27", "supervision-practice-report-2026-Q3",
             "7-minute-briefing-2026-Q3"]
    for stem in stems:
        document = Document(report(data_dir, stem))
        assert document.paragraphs, stem
        header = [paragraph.text for section in document.sections for paragraph in section.header.paragraphs]
        header += [cell.text for section in document.sections for table in section.header.tables
                   for row in table.rows for cell in row.cells]
        assert "Northmoor Borough Council" in "\n".join(header), stem


def test_the_monthly_report_states_the_stores_figures(demo):
    config_dir, data_dir = demo
    settings = load_settings(config_dir, data_dir)
    store = Store(settings.state_db)
    try:
        october = [stored for stored in store.current_forms()
                   if stored.form.form in AUDIT_KINDS and stored.form.date and stored.form.date.month == 10]
        actions = [action for action in store.current_actions() if action.form_id in {s.id for s in october}]
    finally:
        store.close()
    text = document_text(report(data_dir, "qa-audit-report-2026-10"))
    assert re.search(rf"Case file audits received \| {len(october)} of \d+ expected", text)
    inadequate = [stored.form.case_id for stored in october if stored.form.final_grade == "Inadequate"]
    assert inadequate and all(case_id in text for case_id in inadequate), "the re-audit list"
    moderated = sum(1 for stored in october if stored.form.moderated)
    assert f"Audits moderated by a Head of Service | {moderated}" in text
    assert re.search(r"In (all )?\d+ (of the \d+ )?cases audited, ", text), "prevalence as N of M cases"
    for action in actions:
        assert action.action in text, "the actions table"
    document = Document(report(data_dir, "qa-audit-report-2026-10"))
    assert len(document.inline_shapes) >= 2, "the grade and compliance charts"
    grades_table = next(table for table in document.tables if table.rows[0].cells[0].text.strip() == "Grade")
    counted = {row.cells[0].text: row.cells[-1].text for row in grades_table.rows[1:]}
    for grade in ("Good", "Inadequate"):
        expected = sum(1 for stored in october if stored.form.final_grade == grade)
        assert counted[grade] == str(expected), grade


def test_the_actions_workbook_goes_with_the_monthly_report(demo):
    from openpyxl import load_workbook

    _, data_dir = demo
    workbook = load_workbook(data_dir / "reports" / "qa-audit-report-2026-10-actions.xlsx")
    rows = list(workbook["Actions"].iter_rows(values_only=True))
    assert rows[0] == ("Case ID", "Action", "Owner", "Due", "Status")
    assert len(rows) > 1 and all(re.fullmatch(r"\d{4,12}", str(row[0])) for row in rows[1:])


def test_no_child_name_birthday_or_address_reaches_a_report(demo):
    _, data_dir = demo
    personal = {item for form in sample_forms(60, seed=2026, today=NOW.date()) for item in form.personal_data()
                if len(item) > 2}
    assert list(demo_emails("cscaudits@northmoor.example.gov.uk", NOW.date())), "the demo's mail"
    anything_personal = re.compile("|".join(rf"\b{re.escape(item)}\b" for item in sorted(personal, key=len,
                                                                                       reverse=True)))
    for path in (data_dir / "reports").iterdir():
        with zipfile.ZipFile(path) as archive:
            text = "\n".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist()
                             if name.endswith(".xml"))
        assert anything_personal.findall(text) == [], path.name


def test_the_briefing_has_its_seven_sections_and_no_case_ids(demo):
    _, data_dir = demo
    text = document_text(report(data_dir, "7-minute-briefing-2026-Q3"))
    for heading in ("Background", "Why it matters", "What we found", "What is working well",
                    "What needs to improve", "Questions for reflection", "What to do next"):
        assert heading in text
    assert "cases audited" in text, "the quarter's learning"
    assert not re.search(r"(?<!\d)\d{7}(?!\d)", text), "no case IDs for all staff"


def test_a_reworded_heading_in_the_template_changes_the_report(demo, tmp_path):
    config_dir, data_dir = demo
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates" / "reports", templates)
    template = Document(templates / "monthly.docx")
    heading = next(paragraph for paragraph in template.paragraphs if paragraph.text == "Summary")
    heading.runs[0].text = "The month at a glance"
    for run_ in heading.runs[1:]:
        run_.text = ""
    template.save(templates / "monthly.docx")
    edited_config = tmp_path / "config"
    shutil.copytree(config_dir, edited_config)
    bot_yaml = edited_config / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("reports:\n", f"reports:\n  templates: {templates}\n", 1))
    result = run(edited_config, data_dir, "report", "monthly", "--month", "2026-10")
    assert result.returncode == 0, result.stderr
    text = document_text(report(data_dir, "qa-audit-report-2026-10"))
    assert "The month at a glance" in text and "\nSummary\n" not in text


def test_an_approved_report_is_sent_once_to_its_distribution_list(demo):
    config_dir, data_dir = demo
    before = set((data_dir / "outbox").glob("*.eml"))
    first = run(config_dir, data_dir, "report", "monthly", "--month", "2026-10", "--send")
    assert first.returncode == 0, first.stderr
    again = run(config_dir, data_dir, "report", "monthly", "--month", "2026-10", "--send")
    assert again.returncode == 0, again.stderr
    [sent] = set((data_dir / "outbox").glob("*.eml")) - before
    message = BytesParser(policy=policy.default).parsebytes(sent.read_bytes())
    assert message["To"] == "managers-forum@northmoor.example.gov.uk"
    assert {part.get_filename() for part in message.iter_attachments()} == {
        "qa-audit-report-2026-10.docx", "qa-audit-report-2026-10-actions.xlsx"}


def test_the_report_command_lists_the_findings_no_theme_holds(demo):
    config_dir, data_dir = demo
    result = run(config_dir, data_dir, "report", "monthly", "--month", "2026-10")
    assert result.returncode == 0, result.stderr
    assert f"matched no theme in {config_dir / 'themes.yaml'}" in result.stdout
    [finding] = [line.strip()[2:] for line in result.stdout.splitlines() if line.startswith("  - ")]
    kind, words = finding.split(": ", 1)
    assert kind == "Area for development (observations)"
    assert words in document_text(report(data_dir, "qa-audit-report-2026-10")), "the report gives it too"


def test_sending_a_report_not_yet_drafted_says_what_to_do(demo):
    config_dir, data_dir = demo
    result = run(config_dir, data_dir, "report", "monthly", "--month", "2026-06", "--send")
    assert result.returncode == 2
    assert "Draft it first" in result.stderr and "Traceback" not in result.stderr


def test_the_daemon_drafts_on_schedule_and_sends_the_draft_to_the_qa_team(tmp_path):
    config_dir, data_dir = tmp_path / "config", tmp_path / "var"
    shutil.copytree(ROOT / "config", config_dir)
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("pdf: auto", "pdf: never")
                        .replace("    monthly:", "    monthly:", 1))
    settings = load_settings(config_dir, data_dir)
    seed_mailbox(settings, now=datetime(2026, 11, 13, 9, tzinfo=timezone.utc))
    ready = datetime(2026, 11, 16, 9, tzinfo=timezone.utc)  # the working day after the 14th (13 November)
    run_once(settings, now=ready, progress=lambda line: None, reminders=True, drafts=True)
    parser = BytesParser(policy=policy.default)
    drafts = [message for message in (parser.parsebytes(path.read_bytes()) for path in
                                      (data_dir / "outbox").glob("*.eml")) if message["X-QA-Bot"] == "report_draft"]
    subjects = sorted(message["Subject"] for message in drafts)
    assert any("monthly QA audit report, October 2026" in subject for subject in subjects)
    assert sum("Head of Service overview" in subject for subject in subjects) == len(
        {person.service for person in settings.staff.with_role("head_of_service")})
    assert all(message["To"] == "qa-team@northmoor.example.gov.uk" for message in drafts)
    monthly = next(message for message in drafts if "monthly" in message["Subject"])
    assert "qa-audit-report-2026-10.docx" in {part.get_filename() for part in monthly.iter_attachments()}
    count = len(list((data_dir / "outbox").glob("*.eml")))
    run_once(settings, now=ready, progress=lambda line: None, reminders=True, drafts=True)
    assert len(list((data_dir / "outbox").glob("*.eml"))) == count, "drafted once"
    assert date(2026, 11, 16).weekday() == 0
