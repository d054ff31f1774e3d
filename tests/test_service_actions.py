"""Service-level actions (2025 framework §3.1, week 8: "HOS will be
responsible for producing a service level action plan following a
thematic review ... Action plans will be tracked at the monthly
performance clinics"): a thematic audit's actions are tracked apart from
case actions, owned by the Head of Service where the form names nobody on
the staff list, reminded and chased like case actions, and listed in the
monthly report for the performance clinic."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

import docx
from openpyxl import load_workbook

from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.reports.build import Request, draft
from bot.samples import STAFF, SampleAction
from bot.samples.messages import build_email
from bot.samples.tools import THEMATIC_AUDIT, build_tool_docx, tool_samples
from bot.store import Store

BY_NAME = {member.name: member for member in STAFF}
ANGELA = BY_NAME["Angela Moorcroft"]  # QA team: completes the thematic audit
DAVID = BY_NAME["David Okonjo"]  # Head of Service, Children in Care
NICOLA = BY_NAME["Nicola Wragg"]  # practice manager in Children in Care
WORKSHOP = "Run a neglect workshop for every team in the service."
TEMPLATE = "Review the placement plan template with the practice managers."
RECEIVED = datetime(2026, 11, 16, 10, tzinfo=timezone.utc)
REMINDER_DAY = datetime(2026, 11, 24, 9, tzinfo=timezone.utc)  # 3 working days before the 27th
CHASE_DAY = datetime(2026, 11, 30, 9, tzinfo=timezone.utc)  # the first working day after it


def thematic_audit() -> bytes:
    """A thematic audit of Children in Care by the QA team: one action for
    "Practice managers" (nobody on the staff list), one for Nicola Wragg."""
    sample = tool_samples(1, seed=5, today=date(2026, 12, 1), kinds=(THEMATIC_AUDIT,))[0]
    sample = dataclasses.replace(
        sample, auditor=ANGELA.name, service=DAVID.service, date=date(2026, 11, 13),
        labels={**sample.labels, "auditor": "Completed by"},
        actions=(SampleAction(WORKSHOP, "Practice managers", date(2026, 11, 27)),
                 SampleAction(TEMPLATE, NICOLA.name, date(2026, 12, 4))))
    return build_tool_docx(sample, "table", variant_seed=3)


def deliver(settings, received: datetime, **fields) -> None:
    MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address).deliver(
        build_email(to=settings.mailbox.address, date=received, **fields), received=received)


def outbox(settings, kind: str) -> list:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(path.read_bytes()) for path in sorted(settings.mailbox.outbox.glob("*.eml"))]
    return [message for message in messages if message["X-QA-Bot"] == kind]


def body(message) -> str:
    return " ".join(message.get_body(("plain",)).get_content().split())


def sheet_records(settings, name: str) -> list[dict]:
    header, *rows = list(load_workbook(settings.tracker_file)[name].iter_rows(values_only=True))
    return [dict(zip(header, row)) for row in rows if any(row)]


def test_a_thematic_audits_actions_are_the_head_of_services_reminded_chased_and_reported(settings):
    deliver(settings, RECEIVED, sender=ANGELA.email, subject="Thematic audit: neglect",
            attachments=[("thematic audit.docx", thematic_audit())])
    run_once(settings, now=RECEIVED, progress=lambda line: None)

    # Tracked apart from the case actions, each with the person reminded of it.
    assert [record["Action"] for record in sheet_records(settings, "Actions")] == []
    service = {record["Action"]: record for record in sheet_records(settings, "Service actions")}
    assert set(service) == {WORKSHOP, TEMPLATE}
    assert (service[WORKSHOP]["Owner"], service[WORKSHOP]["Owner on the form"]) == (DAVID.name, "Practice managers")
    assert service[WORKSHOP]["Service"] == DAVID.service and service[WORKSHOP]["Status"] == "Open"
    assert service[TEMPLATE]["Owner"] == NICOLA.name

    # Reminded before the due date, to the Head of Service of the service.
    run_once(settings, now=REMINDER_DAY, progress=lambda line: None, reminders=True)
    [reminder] = outbox(settings, "action_reminder")
    assert reminder["To"] == DAVID.email
    text = body(reminder)
    assert f"- Service-level action ({DAVID.service}): {WORKSHOP} (due 27 November 2026)" in text
    assert "This service-level action is listed in the monthly QA audit report for the performance clinic" in text
    assert "Case" not in text and TEMPLATE not in text

    # Chased the first working day after it, the auditor who set it copied in.
    run_once(settings, now=CHASE_DAY, progress=lambda line: None, reminders=True)
    [chaser] = outbox(settings, "action_overdue")
    assert (chaser["To"], chaser["Cc"]) == (DAVID.email, ANGELA.email)
    assert f"{WORKSHOP} (due 27 November 2026, 1 working day ago)" in body(chaser)

    # The Head of Service owns it, so may say it is done.
    deliver(settings, CHASE_DAY, sender=DAVID.email, subject=f"RE: {chaser['Subject']}", body="Done, thank you.",
            headers={"In-Reply-To": chaser["Message-ID"]})
    run_once(settings, now=CHASE_DAY, progress=lambda line: None)
    [closed] = outbox(settings, "actions_closed")
    assert closed["To"] == DAVID.email and f"Service-level action ({DAVID.service}): {WORKSHOP}" in body(closed)

    # Listed for the performance clinic in November's monthly report.
    store = Store(settings.state_db)
    try:
        drafted = draft(settings, store, Request("monthly", month=(2026, 11)), today=date(2026, 12, 15))
    finally:
        store.close()
    document = docx.Document(drafted.docx)
    headings = [paragraph.text for paragraph in document.paragraphs if paragraph.style.name.startswith("Heading")]
    assert "Service-level actions for the performance clinic" in headings
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["Service", "Action", "Owner", "Due", "Status"] in rows
    assert [DAVID.service, WORKSHOP, DAVID.name, "27 November 2026", "Completed"] in rows
    assert [DAVID.service, TEMPLATE, NICOLA.name, "4 December 2026", "Overdue"] in rows
    # Not among the actions for individual children.
    case_actions = docx_section(document, "Actions for individual children")
    assert "No actions were recorded in the audits this month." in case_actions
    assert WORKSHOP not in case_actions and TEMPLATE not in case_actions


def test_the_head_of_service_overview_lists_its_own_services_level_actions(settings):
    deliver(settings, RECEIVED, sender=ANGELA.email, subject="Thematic audit: neglect",
            attachments=[("thematic audit.docx", thematic_audit())])
    run_once(settings, now=RECEIVED, progress=lambda line: None)

    store = Store(settings.state_db)
    try:
        own = draft(settings, store, Request("overview", month=(2026, 11), service=DAVID.service),
                    today=date(2026, 12, 1))
        other = draft(settings, store, Request("overview", month=(2026, 11), service="Early Help"),
                      today=date(2026, 12, 1))
    finally:
        store.close()
    document = docx.Document(own.docx)
    section = docx_section(document, "Service-level actions for the performance clinic")
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["Action", "Owner", "Due", "Status"] in rows
    assert [WORKSHOP, DAVID.name, "27 November 2026", "Overdue"] in rows, "the Head of Service owns it"
    assert [TEMPLATE, NICOLA.name, "4 December 2026", "Open"] in rows
    assert WORKSHOP not in docx_section(document, "Actions for individual children")
    assert "Open\n1\nOverdue\n1" in section
    elsewhere = docx_section(docx.Document(other.docx), "Service-level actions for the performance clinic")
    assert WORKSHOP not in elsewhere
    assert "No service-level actions are open, and none were set or completed this month." in elsewhere


def docx_section(document, heading: str) -> str:
    """The text of the body from `heading` to the next heading of level 1,
    tables included, in document order."""
    body_element = document.element.body
    texts, inside = [], False
    for child in body_element.iterchildren():
        if child.tag.endswith("}p"):
            paragraph = docx.text.paragraph.Paragraph(child, document)
            if paragraph.style.name == "Heading 1":
                inside = paragraph.text == heading
                continue
            if inside:
                texts.append(paragraph.text)
        elif child.tag.endswith("}tbl") and inside:
            table = docx.table.Table(child, document)
            texts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(texts)
