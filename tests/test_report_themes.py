"""No finding is lost for want of a theme: what matches none of
`config/themes.yaml` still reaches the reports, anonymised and counted, the
briefing always carries the learning from Inadequate cases and urgent
concerns, and the QA team is told which findings the themes missed."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from docx import Document

from bot.cli import run_once
from bot.config import load_settings
from bot.forms import ParsedForm
from bot.mailbox.maildir import MaildirMailbox
from bot.reports.build import Request, draft
from bot.reports.publish import draft_mail
from bot.reports.themes import load_themes, other_findings
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email
from bot.store import FormRecord, MessageRecord, Store

ROOT = Path(__file__).resolve().parent.parent
THEMES = load_themes(ROOT / "config" / "themes.yaml")
BY_NAME = {member.name: member for member in STAFF}
RECEIVED = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)

RISK = "Risk is not analysed"
SLEEPING = "Nobody checked the sleeping arrangements for the baby"
COURT = "Court work was prepared to a high standard"


def form(case_id: str, strengths=(), development=(), **fields) -> ParsedForm:
    return ParsedForm(file="a.docx", ok=True, form="case_file_audit", case_id=case_id, grade="Good",
                      strengths=list(strengths), development_areas=list(development), **fields)


# Grouping and anonymising ------------------------------------------------------------

def test_a_finding_that_matches_no_theme_is_kept_and_counted_per_case():
    forms = [form("1000001", strengths=["The child's wishes and feelings are recorded."],
                  development=["Risk is not analysed.", "The plan is not SMART."]),
             form("1000002", development=["risk is not analysed", "Risk is not analysed in the assessment."]),
             form("1000003", development=["Risk not analysed;"])]
    strengths, development = other_findings(forms, THEMES)
    assert strengths == [], "a strength about the child's wishes belongs to a theme"
    [risk] = development
    assert (risk.text, risk.count, risk.total) == ("Risk is not analysed", 3, 3), \
        "the same words, however punctuated or cased, are one finding counted once per case"
    assert risk.sentence == "Risk is not analysed (in all 3 cases audited)."


def test_findings_in_different_words_stay_apart_most_seen_first():
    forms = [form("1000001", development=["Risk is not analysed", "Court reports were late"]),
             form("1000002", development=["Court reports were late"])]
    _, development = other_findings(forms, THEMES)
    assert [(item.text, item.count) for item in development] == [("Court reports were late", 2),
                                                                  ("Risk is not analysed", 1)]


def test_case_numbers_and_postcodes_do_not_travel_with_a_finding():
    forms = [form("4410533", development=["Case 4410533: the referral from 0161 4960001 was lost",
                                          "Home visit at OL16 1YH was not recorded"])]
    _, development = other_findings(forms, THEMES)
    texts = " ".join(item.text for item in development)
    assert "4410533" not in texts and "4960001" not in texts and "OL16" not in texts
    assert "Case the case: the referral from 0161 [number] was lost" in texts
    assert "[postcode]" in texts


# Three November audits, read from their emailed forms ------------------------------------

@pytest.fixture
def november(config_dir, data_dir):
    """Three November audits sent to the mailbox: one Good with a strength
    no theme names, one Inadequate whose area for development is that risk
    is not analysed, one raising an urgent concern. The child's first name
    is written into the findings, as auditors do."""
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("pdf: auto", "pdf: never"))
    settings = load_settings(config_dir, data_dir)
    samples = [sample for sample in sample_forms(40, seed=12, today=date(2026, 12, 1))
               if sample.kind == CASE_FILE_AUDIT and sample.child is not None and not sample.urgent_concern]
    auditors = [BY_NAME["Joanne Fletcher"], BY_NAME["Jane Smith"], BY_NAME["Joanne Fletcher"]]
    good, inadequate, urgent = (dataclasses.replace(
        sample, auditor=auditor.name, team=auditor.team, service=auditor.service, date=date(2026, 11, day),
        moderation=None, actions=()) for sample, auditor, day in zip(samples, auditors, (4, 10, 17)))
    good = dataclasses.replace(good, grade="Good", strengths=(
        f"{COURT} for {good.child.first_name}.",), development_areas=())
    inadequate = dataclasses.replace(inadequate, grade="Inadequate", strengths=(), development_areas=(
        f"{RISK} for {inadequate.child.first_name}.",))
    urgent = dataclasses.replace(urgent, grade="Requires Improvement to be Good", urgent_concern=True,
                                 urgent_concern_detail="The baby was found sleeping in an unsafe place.",
                                 strengths=(), development_areas=(f"{SLEEPING} at {urgent.child.first_name}'s home.",))
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address)
    for number, (sample, auditor) in enumerate(zip((good, inadequate, urgent), auditors)):
        mailbox.deliver(build_email(sender=auditor.email, to=settings.mailbox.address, subject="Audit",
                                    date=RECEIVED, message_id=f"<themes-{number}@northmoor.example.gov.uk>",
                                    attachments=[(f"audit {number}.docx", build_docx(sample, "table"))]),
                        received=RECEIVED)
    run_once(settings, now=RECEIVED, progress=lambda line: None)
    names = {part for sample in (good, inadequate, urgent) for part in sample.personal_data() if len(part) > 2}
    return settings, names


def document_text(path: Path) -> str:
    document = Document(path)
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(paragraph.text for paragraph in cell.paragraphs)
    return "\n".join(parts)


def briefing_box(path: Path, heading: str) -> str:
    """The text of the briefing's numbered box headed `heading`: the
    paragraphs after its heading, up to the next box's."""
    lines, inside = [], False
    for paragraph in Document(path).paragraphs:
        if paragraph.style.name == "Heading 1":
            if inside:
                break
            inside = heading in paragraph.text
        elif inside:
            lines.append(paragraph.text)
    if not inside:
        raise AssertionError(f"no box headed {heading!r}")
    return "\n".join(lines)


def test_findings_no_theme_names_reach_the_report_the_briefing_and_the_qa_teams_email(november):
    settings, personal = november
    store = Store(settings.state_db)
    try:
        monthly = draft(settings, store, Request("monthly", month=(2026, 11)), today=date(2026, 12, 15))
        briefing = draft(settings, store, Request("briefing", quarter="2026Q3"), today=date(2027, 1, 15))
    finally:
        store.close()

    report = document_text(monthly.docx)
    other = report[report.index("\nOther findings\n"):]
    for finding in (COURT, RISK, SLEEPING):
        assert finding in other, f"{finding!r} is under Other findings in the month's report"
    assert "Area for development: Risk is not analysed" in other
    assert "(in 1 of the 3 cases audited)" in other

    improve = briefing_box(briefing.docx, "What needs to improve").casefold()
    assert RISK.casefold() in improve and SLEEPING.casefold() in improve, \
        "the briefing carries the learning from the Inadequate case and the urgent concern"
    assert "judged inadequate" in improve
    assert COURT.casefold() in briefing_box(briefing.docx, "What is working well").casefold()

    for document in (monthly.docx, briefing.docx):
        text = document_text(document)
        assert [name for name in personal if re.search(rf"\b{re.escape(name)}\b", text)] == [], document.name
    assert not re.search(r"(?<!\d)\d{7}(?!\d)", document_text(briefing.docx)), "no case IDs for all staff"

    for drafted in (monthly, briefing):
        mail = draft_mail(settings, drafted, now=RECEIVED).message
        assert mail.to == [settings.qa_team_email]
        for finding in (COURT, RISK, SLEEPING):
            assert finding in mail.text and finding in mail.html, (drafted.docx.name, finding)
        assert str(settings.config_dir / "themes.yaml") in mail.text
        assert 'add a theme under "themes:"' in mail.text and "keywords: [" in mail.text
        assert [name for name in personal if re.search(rf"\b{re.escape(name)}\b", mail.text)] == []


def test_a_draft_whose_findings_all_match_a_theme_says_nothing_about_themes(config_dir, data_dir):
    bot_yaml = config_dir / "bot.yaml"
    bot_yaml.write_text(bot_yaml.read_text().replace("pdf: auto", "pdf: never"))
    settings = load_settings(config_dir, data_dir)
    store = Store(settings.state_db)
    try:
        store.record_message(MessageRecord("m1", "joanne.fletcher@northmoor.example.gov.uk", RECEIVED, "logged",
                                           "Processed"),
                             [FormRecord(form("1000001", strengths=["The child's views are clear."],
                                              development=["The plan is not SMART."], date=date(2026, 11, 3),
                                              team="Assessment Team 1"),
                                         sha256="s1", auditor_email=None, re_audit_due=None)], [], now=RECEIVED)
        drafted = draft(settings, store, Request("monthly", month=(2026, 11)), today=date(2026, 12, 15))
    finally:
        store.close()
    assert drafted.unthemed == []
    mail = draft_mail(settings, drafted, now=RECEIVED).message
    assert "themes.yaml" not in mail.text and "matched none" not in mail.html
    text = document_text(drafted.docx)
    assert "Every strength and area for development recorded in the audits this month belongs to one of the " \
           "themes above." in text
