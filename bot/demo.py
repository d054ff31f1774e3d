"""The demo: a month's worth of typical mail in the local mailbox.

`seed_mailbox` writes sample emails from the invented staff of the shipped
configuration into the Maildir inbox, each carrying forms built by
`bot.samples` in a different real-world layout, plus the awkward mail every
audit inbox gets. The demo then runs one ordinary pass over it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.calendar import LONDON, uk_date
from bot.mailbox import MailboxError
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import (
    CASE_FILE_AUDIT,
    OBSERVATION,
    STAFF,
    SampleForm,
    build_docx,
    build_xlsx,
    sample_forms,
)
from bot.samples.messages import build_email
from bot.samples.tools import build_tool_docx, tool_samples
from bot.store import Store

log = logging.getLogger(__name__)

SEED = 2026
DEMO_MESSAGE_DOMAIN = "demo.northmoor.example.gov.uk"


@dataclass(frozen=True)
class DemoEmail:
    number: int
    sender_name: str
    sender: str
    subject: str
    body: str
    attachments: tuple[tuple[str, bytes], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    forwarded: bytes | None = None
    inline_logo: bool = False

    @property
    def message_id(self) -> str:
        return f"<demo-{self.number:02d}@{DEMO_MESSAGE_DOMAIN}>"


def seed_mailbox(settings, *, now: datetime) -> int:
    """Put the demo's emails in the inbox unless an earlier demo did;
    return how many were added. Needs the 'maildir' backend."""
    if settings.mailbox.backend != "maildir":
        raise MailboxError("The demo fills a local mailbox; set mailbox.backend to 'maildir' to run it.",
                           permanent=True)
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox,
                             address=settings.mailbox.address, display_name=settings.mailbox.display_name)
    emails = list(demo_emails(settings.mailbox.address, uk_date(now)))
    waiting = {message.key for message in mailbox.fetch_new()}
    store = Store(settings.state_db)
    try:
        seen = any(store.message(email.message_id.strip("<>")) for email in emails)
    finally:
        store.close()
    if seen or any(email.message_id.strip("<>") in waiting for email in emails):
        return 0
    for index, email in enumerate(emails):
        sent_at = now - timedelta(hours=2 * (len(emails) - index))
        mailbox.deliver(build_email(
            sender=email.sender, sender_name=email.sender_name, to=settings.mailbox.address,
            subject=email.subject, body=email.body, attachments=email.attachments,
            date=sent_at, message_id=email.message_id, headers=dict(email.headers),
            forwarded=email.forwarded, inline_logo=email.inline_logo,
        ), received=sent_at)
    return len(emails)


def demo_emails(mailbox_address: str, today: date) -> Iterator[DemoEmail]:
    """The demo's emails, oldest first: ordinary submissions in every layout,
    a moderated copy, an urgent concern, an inadequate case, and the mail
    that needs a person (an unreadable file, no attachment) or no answer at
    all (an out-of-office reply)."""
    population = sample_forms(60, seed=SEED, today=today, feedback_question=True)
    pick = Picker(population)
    email = EmailNumbers()

    moderated = pick(lambda form: form.kind == CASE_FILE_AUDIT and form.moderation is not None
                     and form.moderation.grade not in (None, form.grade) and not form.urgent_concern)
    unmoderated_copy = dataclasses.replace(moderated, moderation=None)
    yield submission(email(), unmoderated_copy, "table", note="Please find my audit for this month attached.")

    two_forms = [pick(lambda form: form.kind == CASE_FILE_AUDIT and form.moderation is None
                      and not form.urgent_concern and form.final_grade != "Inadequate") for _ in range(2)]
    yield DemoEmail(email(), *sender_of(two_forms[0]), "October audits",
                    "Hi, both of my audits for October are attached. Thanks",
                    attachments=(attachment_name(two_forms[0], "docx", build_docx(two_forms[0], "paragraphs", variant_seed=3)),
                                 attachment_name(two_forms[1], "docx", build_docx(two_forms[1], "table", variant_seed=8))),
                    inline_logo=True)

    urgent = dataclasses.replace(
        pick(lambda form: form.kind == CASE_FILE_AUDIT and form.moderation is None),
        urgent_concern=True,
        urgent_concern_detail="No home visit has taken place for six weeks and the child was not seen "
                              "at the last core group; a visit is needed today.",
    )
    yield submission(email(), urgent, "checkboxes", note="Audit attached. Please note I have flagged an urgent concern.")

    inadequate = pick(lambda form: form.kind == CASE_FILE_AUDIT and form.final_grade == "Inadequate"
                      and not form.urgent_concern)
    yield submission(email(), inadequate, "content_controls")

    yield submission(email(), pick(lambda form: form.kind == CASE_FILE_AUDIT and not form.urgent_concern
                                   and form.final_grade != "Inadequate"), "legacy_fields")

    spreadsheet = pick(lambda form: form.kind != OBSERVATION and not form.urgent_concern
                       and form.final_grade != "Inadequate")
    yield DemoEmail(email(), *sender_of(spreadsheet), "Audit (spreadsheet version)",
                    "I used the Excel version of the tool this month.",
                    attachments=(attachment_name(spreadsheet, "xlsx", build_xlsx(spreadsheet, variant_seed=2)),))

    observation = pick(lambda form: form.kind == OBSERVATION)
    yield submission(email(), observation, "vertical", note="Observation of practice attached.")

    forwarded_form = pick(lambda form: form.kind == CASE_FILE_AUDIT and not form.urgent_concern
                          and form.final_grade != "Inadequate")
    inner_name, inner_address = sender_of(forwarded_form)
    qa_officer = STAFF_BY_ROLE["qa_team"][-1]
    inner = build_email(sender=inner_address, sender_name=inner_name, to=qa_officer.email,
                        subject="My audit", body="Could you send this on to the audit inbox please?",
                        attachments=[attachment_name(forwarded_form, "docx",
                                                     build_docx(forwarded_form, "table", variant_seed=5))],
                        message_id=f"<demo-forwarded@{DEMO_MESSAGE_DOMAIN}>",
                        date=datetime.combine(today - timedelta(days=1), time(16, 0), LONDON))
    yield DemoEmail(email(), qa_officer.name, qa_officer.email, "FW: My audit",
                    f"Forwarding {inner_name}'s audit, which was sent to me instead of the audit inbox.",
                    forwarded=inner)

    head = head_of_service_for(moderated.auditor)
    yield DemoEmail(email(), head.name, head.email, "Moderated audits",
                    "Moderated audit attached; my comments are in colour and my judgement is at the end.",
                    attachments=(attachment_name(moderated, "docx", build_docx(moderated, "table"), suffix=" moderated"),))

    # A Head of Service's quarterly thematic audit and a supervision audit.
    for tool in tool_samples(1, seed=SEED, today=today, kinds=("thematic_audit", "supervision_audit")):
        author = STAFF_BY_NAME[tool.auditor]
        noun = "Thematic audit" if tool.kind == "thematic_audit" else "Supervision audit"
        yield DemoEmail(email(), author.name, author.email, noun,
                        f"{noun} attached, as discussed at the performance clinic.",
                        attachments=((f"{noun} {tool.date:%b %Y}.docx",
                                      build_tool_docx(tool, "table", variant_seed=email.next)),))

    broken_sender = pick(lambda form: form.kind == CASE_FILE_AUDIT)
    yield DemoEmail(email(), *sender_of(broken_sender), "Audit",
                    "Sorry, I could only scan this one.",
                    attachments=(("Audit scan.pdf", b"%PDF-1.4\n% scanned document\n1 0 obj << >> endobj\n%%EOF\n"),))

    quiet = pick(lambda form: form.kind == CASE_FILE_AUDIT)
    yield DemoEmail(email(), *sender_of(quiet), "Audit this month",
                    "Hi, I will send my audit on Friday as I am on a course until then.")

    away = STAFF_BY_ROLE["head_of_service"][-1]
    yield DemoEmail(email(), away.name, away.email, "Automatic reply: Reminder",
                    "I am out of the office until Monday with no access to email.",
                    headers=(("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")))


class Picker:
    """Takes forms from the population in order, each at most once."""

    def __init__(self, population: list[SampleForm]):
        self.remaining = list(population)

    def __call__(self, wanted: Callable[[SampleForm], bool]) -> SampleForm:
        for index, form in enumerate(self.remaining):
            if wanted(form):
                return self.remaining.pop(index)
        raise LookupError("the sample population has no form of the kind the demo needs")


class EmailNumbers:
    def __init__(self):
        self.next = 0

    def __call__(self) -> int:
        self.next += 1
        return self.next


STAFF_BY_EMAIL = {member.email: member for member in STAFF}
STAFF_BY_NAME = {member.name: member for member in STAFF}
STAFF_BY_ROLE: dict[str, list] = {}
for _member in STAFF:
    STAFF_BY_ROLE.setdefault(_member.role, []).append(_member)


def sender_of(form: SampleForm) -> tuple[str, str]:
    member = STAFF_BY_NAME[form.auditor]
    return member.name, member.email


def head_of_service_for(name: str):
    member = STAFF_BY_NAME[name]
    while member.role != "head_of_service" and member.reports_to:
        member = STAFF_BY_EMAIL[member.reports_to]
    return member


def attachment_name(form: SampleForm, extension: str, data: bytes, suffix: str = "") -> tuple[str, bytes]:
    """Named as managers name them: the form, the case number, the month.
    Never the child's name."""
    short = "Observation" if form.kind == OBSERVATION else "CFA"
    case = f" {form.case_id}" if form.case_id else ""
    return f"{short}{case} {form.date:%b %Y}{suffix}.{extension}", data


def submission(number: int, form: SampleForm, layout: str, *, note: str = "Please find attached.") -> DemoEmail:
    name, address = sender_of(form)
    subject = "Observation of practice" if form.kind == OBSERVATION else f"Case file audit {form.date:%B}"
    return DemoEmail(number, name, address, subject, f"Hi,\n\n{note}\n\nKind regards,\n{name}",
                     attachments=(attachment_name(form, "docx", build_docx(form, layout, variant_seed=number)),))
