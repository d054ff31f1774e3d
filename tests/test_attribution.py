"""Every form counted for the right person, however the name is written;
a name that could be two people held for the QA team, with nobody reminded
or escalated for a period that form could belong to."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timezone
from email import policy
from email.parser import BytesParser

from bot.cli import run_once
from bot.config import load_settings
from bot.mailbox.maildir import MaildirMailbox
from bot.reminders import plan
from bot.samples import CASE_FILE_AUDIT, STAFF, build_docx, sample_forms
from bot.samples.messages import build_email
from bot.store import Store

BY_NAME = {member.name: member for member in STAFF}
JOANNE, JANE = BY_NAME["Joanne Fletcher"], BY_NAME["Jane Smith"]
BUSINESS_SUPPORT = BY_NAME["Liam Doherty"]  # sends forms on managers' behalf
SENT = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)
# A practitioner in Joanne's team who shares her initial and surname.
JODIE = "Jodie Fletcher,jodie.fletcher@northmoor.example.gov.uk,practitioner,Assessment Team 1," \
        "Assessment and Child Protection,joanne.fletcher@northmoor.example.gov.uk\n"


def audit(member, written_name: str, seed: int, day: date):
    form = next(form for form in sample_forms(30, seed=seed, today=date(2026, 12, 1))
                if form.kind == CASE_FILE_AUDIT and not form.urgent_concern and form.grade != "Inadequate")
    return dataclasses.replace(form, auditor=written_name, team=member.team, service=member.service,
                               date=day, moderation=None)


def receipts(settings) -> list[str]:
    parser = BytesParser(policy=policy.default)
    messages = [parser.parsebytes(path.read_bytes()) for path in sorted(settings.mailbox.outbox.glob("*.eml"))]
    return [message.get_body(("plain",)).get_content() for message in messages if message["X-QA-Bot"] == "receipt"]


def test_forms_sent_on_managers_behalf_count_for_the_right_person_and_a_doubtful_name_holds_reminders(
        config_dir, data_dir):
    with open(config_dir / "staff.csv", "a", encoding="utf-8") as staff_file:
        staff_file.write(JODIE)
    settings = load_settings(config_dir, data_dir)
    forms = [
        audit(JOANNE, "Fletcher, Joanne", 1, date(2026, 11, 3)),
        audit(JOANNE, "J. Fletcher", 2, date(2026, 11, 10)),          # Joanne or Jodie: never guessed
        audit(JANE, "Jane Smith (PM)", 3, date(2026, 11, 4)),
        audit(JANE, "jane.smith@northmoor.example.gov.uk", 4, date(2026, 11, 12)),
    ]
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address)
    for number, form in enumerate(forms):
        mailbox.deliver(build_email(sender=BUSINESS_SUPPORT.email, to=settings.mailbox.address, subject="Audit",
                                    date=SENT, message_id=f"<behalf-{number}@northmoor.example.gov.uk>",
                                    attachments=[(f"audit {number}.docx", build_docx(form, "table"))]),
                        received=SENT)

    summary = run_once(settings, now=SENT, progress=lambda line: None)

    assert summary.forms_logged == 4, "a doubtful name is still logged"
    texts = " ".join(" ".join(receipts(settings)).split())
    assert "Counted towards Joanne Fletcher's full case file audits for November 2026: 1 of 2 received." in texts
    assert ("This form has not been counted for anyone yet: the auditor's name on the form, 'J. Fletcher', "
            "could be Joanne Fletcher or Jodie Fletcher.") in texts
    assert "Counted towards Jane Smith's full case file audits for November 2026: 1 of 2 received." in texts
    assert "Counted towards Jane Smith's full case file audits for November 2026: 2 of 2 received." in texts

    first_working_day_after = date(2026, 12, 1)
    store = Store(settings.state_db)
    try:
        planned = plan(settings, store, first_working_day_after)
    finally:
        store.close()
    audit_rules = {rule.name for rule in settings.schedule.rules if CASE_FILE_AUDIT in rule.forms}
    chased = {key.split(":")[2] for mail in planned.mails if mail.kind in ("reminder", "escalation")
              for key in mail.item_keys if key.split(":")[0] in audit_rules and key.split(":")[1] == "2026-11"}
    assert chased, "others who sent no November audits are escalated as usual"
    assert JOANNE.email not in chased, "the form that may be hers holds Joanne's escalation"
    assert "jodie.fletcher@northmoor.example.gov.uk" not in chased
    assert JANE.email not in chased, "both of Jane's count"
    [digest] = [mail for mail in planned.mails if mail.kind == "digest"]
    assert any("'J. Fletcher' could be Joanne Fletcher or Jodie Fletcher" in item["what"]
               for item in digest.context["questions"])

    # The QA team resolves it on the staff list: the form now counts for Joanne.
    staff_path = config_dir / "staff.csv"
    lines = staff_path.read_text(encoding="utf-8").splitlines()
    lines[0] += ",aliases"
    lines = [line + (",J. Fletcher" if line.startswith("Joanne Fletcher,") else ",") if index else line
             for index, line in enumerate(lines)]
    staff_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    settings = load_settings(config_dir, data_dir)
    store = Store(settings.state_db)
    try:
        planned = plan(settings, store, first_working_day_after)
        from bot.compliance import obligations

        [november] = [item for item in obligations(settings.schedule, settings.staff, store.current_forms(),
                                                    date(2026, 11, 30), date(2026, 11, 30))
                      if item.person == settings.staff.by_email(JOANNE.email) and item.rule.forms == (CASE_FILE_AUDIT,)]
    finally:
        store.close()
    assert (november.received, november.expected) == (2, 2)
    assert not [key for mail in planned.mails for key in mail.item_keys
                if key.split(":")[0] in audit_rules and key.split(":")[2] == JOANNE.email]
