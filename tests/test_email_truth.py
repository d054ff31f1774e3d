"""Every email says only what is true. Each kind of email the bot sends is
built by the code that sends it (notices, reminders, report publishing),
for each case that changes what it claims — nobody to copy or someone
copied, one item or several, a person with no manager on the staff list,
no date, nothing to count — and each rendering (subject, plain text and
HTML) is checked against the message itself: a person said to be copied
in is on its To or Cc line, and someone is; a count agrees with the items
listed and with its noun; a date it names is one it carries."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot import compliance, reminders, routing
from bot.closing import Closure
from bot.config import load_settings
from bot.corrections import Change, NotUnderstood, ReplyCorrection
from bot.forms import Action, ParsedForm
from bot.ingest import AttachmentOutcome
from bot.mailbox import InboundMessage
from bot.mailbox.base import Attachment
from bot.notices import Notices
from bot.reports.build import Drafted, Request
from bot.reports.publish import approved_mail, draft_mail
from bot.store import FormRecord, MessageRecord, QueuedMail, Store

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=timezone.utc)  # a Friday
AUDITED = date(2026, 11, 9)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WRITTEN_DATE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(MONTHS)}) (\d{{4}})\b")
# Nouns the emails count; "1 forms" or "2 form" is a count that is wrong.
COUNTED = ("form", "file", "action", "item", "email", "line", "correction", "working day", "other case")

# People on the shipped staff list, and two added: a practice manager with
# no manager on the list, and a practitioner of hers.
JOANNE = "joanne.fletcher@northmoor.example.gov.uk"      # practice manager, reports to Claire
CLAIRE = "claire.whitworth@northmoor.example.gov.uk"     # Head of Service
ROBERT = "robert.ainsworth@northmoor.example.gov.uk"     # Assistant Director
KAREN = "karen.holt@northmoor.example.gov.uk"            # another practice manager under Claire
REBECCA = "rebecca.shaw@northmoor.example.gov.uk"        # practitioner under Joanne
NADIA = "nadia.orme@northmoor.example.gov.uk"            # practice manager, no manager on the list
OMAR = "omar.reid@northmoor.example.gov.uk"              # practitioner under Nadia
QA = "qa-team@northmoor.example.gov.uk"
OUTSIDER = "someone@partner.example.org"


@pytest.fixture
def world(config_dir: Path, data_dir: Path):
    with (config_dir / "staff.csv").open("a", encoding="utf-8") as staff:
        staff.write("Nadia Orme,nadia.orme@northmoor.example.gov.uk,practice_manager,Edge of Care Team,"
                    "Children's Social Care,\n"
                    "Omar Reid,omar.reid@northmoor.example.gov.uk,practitioner,Edge of Care Team,"
                    "Children's Social Care,nadia.orme@northmoor.example.gov.uk\n")
    settings = load_settings(config_dir, data_dir)
    store = Store(settings.state_db)
    yield World(settings, store, Notices(settings, now=NOW))
    store.close()


@dataclass
class World:
    settings: object
    store: Store
    notices: Notices
    sequence: list[int] = field(default_factory=lambda: [0])

    def person(self, email: str):
        return self.settings.staff.by_email(email)

    def form(self, case_id: str = "1234567", *, auditor: str | None = JOANNE, grade: str | None = "Good",
             urgent: bool = False, actions: tuple[Action, ...] = (), day: date | None = AUDITED,
             moderated: str | None = None, kind: str = "case_file_audit") -> ParsedForm:
        person = self.person(auditor) if auditor else None
        return ParsedForm(file=f"audit {case_id}.docx", ok=True, form=kind, case_id=case_id,
                          auditor=person.name if person else "Pat Unlisted", practitioner="Rebecca Shaw",
                          team=person.team if person else None, service=person.service if person else None,
                          date=day, grade=grade, moderated_grade=moderated, urgent_concern=urgent,
                          urgent_concern_detail="The child was left alone overnight." if urgent else None,
                          actions=list(actions))

    def record(self, form: ParsedForm, auditor: str | None = JOANNE) -> FormRecord:
        self.sequence[0] += 1
        return FormRecord(form, sha256=f"sha-{self.sequence[0]}", auditor_email=auditor,
                          re_audit_due=routing.re_audit_due(form, self.settings.re_audit_months))

    def message(self, sender: str = JOANNE, key: str = "m1") -> InboundMessage:
        person = self.person(sender)
        return InboundMessage(key=key, sender=sender, sender_name=person.name if person else "", subject="Audit",
                              received=NOW, message_id=f"<{key}@northmoor.example.gov.uk>", headers={},
                              attachments=[])

    def store_form(self, form: ParsedForm, sender: str = JOANNE, key: str = "earlier") -> object:
        received = NOW - timedelta(days=3)
        result = self.store.record_message(MessageRecord(key, sender, received, "logged", "Processed"),
                                           [self.record(form, sender)], [], now=received)
        return self.store.form(result.form_ids[0])

    def problem(self, filename: str = "broken.docx") -> AttachmentOutcome:
        broken = ParsedForm(file=filename, ok=False, form=None, errors=["The file is damaged and cannot be opened."])
        return AttachmentOutcome(Attachment(filename, "application/octet-stream", b"x"), "sha-broken", form=broken)

    def duplicate(self, stored, filename: str = "again.docx") -> AttachmentOutcome:
        return AttachmentOutcome(Attachment(filename, "application/octet-stream", b"y"), "sha-dup",
                                 duplicate_of=stored)

    def planned(self, mail: reminders.PlannedMail) -> QueuedMail:
        """A reminder, escalation or digest rendered as `reminders.queue` does."""
        queued = self.notices.queued(mail.kind, mail.dedupe_key, self.notices.context(**mail.context),
                                     to=mail.to, cc=mail.cc)
        return queued

    def obligations(self, email: str, first: date = date(2026, 11, 1), last: date = date(2026, 12, 31)):
        return compliance.obligations(self.settings.schedule, self.settings.staff, [], first, last,
                                      persons={email})


# What every rendering must hold ---------------------------------------------------

def renderings(mail: QueuedMail) -> dict[str, str]:
    message = mail.message
    as_text = html.unescape(re.sub(r"<[^>]+>", " ", message.html))
    return {"subject": message.subject, "text": message.text, "html": as_text}


def words(text: str) -> str:
    return " ".join(text.split())


def assert_true_to_itself(mail: QueuedMail, settings, dates: set[date]) -> None:
    """Nothing unrendered; every date named is one in `dates`; every count
    agrees with its noun; anyone said to be copied in is, and someone is."""
    message = mail.message
    on_message = {address.lower() for address in message.to + message.cc}
    for part, text in renderings(mail).items():
        flat = words(text)
        where = f"{mail.kind} ({part})"
        for leak in ("None", "{{", "{%", "Traceback", "[]"):
            assert leak not in flat, f"{where} shows {leak!r}: {flat}"
        for day, month, year in WRITTEN_DATE.findall(flat):
            named = date(int(year), MONTHS.index(month) + 1, int(day))
            assert named in dates, f"{where} names {named}, a date the message does not carry: {flat}"
        for noun in COUNTED:
            assert not re.search(rf"(?<![\d,.])\b1 {noun}s\b", flat), f"{where}: '1 {noun}s' in {flat}"
            assert not re.search(rf"(?<![\d,.])\b(0|[2-9]|[1-9]\d+) {noun}\b(?!s)", flat), \
                f"{where}: a count of {noun} in the singular in {flat}"
        for sentence in re.split(r"(?<=[.!?])\s+", flat):
            if "copied" not in sentence.lower():
                continue
            assert message.cc, f"{where} says someone is copied in, but the message copies nobody: {sentence}"
            for person in settings.staff:
                if person.name in sentence:
                    assert person.email in on_message, \
                        f"{where} says {person.name} is copied in, but they are not on the message: {sentence}"


def only(mails: list[QueuedMail], kind: str) -> QueuedMail:
    [mail] = [mail for mail in mails if mail.kind == kind]
    return mail


def long(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def told(mail: QueuedMail, settings) -> list[str]:
    return [settings.staff.by_email(address).name if settings.staff.by_email(address) else address
            for address in mail.message.to]


# Receipts, problems and emails without a form ---------------------------------------

def test_a_receipt_for_one_form_says_this_form_and_names_its_case(world):
    mails = world.notices.for_message(world.message(), [world.record(world.form())], [], [], world.store)
    receipt = only(mails, "receipt")
    assert receipt.message.subject == "Full case file audit received: case 1234567"
    text = words(receipt.message.text)
    assert "We have logged this form" in text and "these" not in text.split("If anything")[0]
    assert receipt.message.cc == [], "a receipt copies nobody"
    assert_true_to_itself(receipt, world.settings, {AUDITED})


def test_a_receipt_for_several_forms_counts_them_and_says_how_to_correct_one(world):
    records = [world.record(world.form(case_id)) for case_id in ("1234567", "2345678", "3456789")]
    receipt = only(world.notices.for_message(world.message(), records, [], [], world.store), "receipt")
    assert receipt.message.subject == "3 forms received"
    text = words(receipt.message.text)
    assert "We have logged these 3 forms" in text
    assert text.count("Counted towards") == 3
    # The third form of the month for Joanne, who owes two: never "3 of 2".
    assert "2 of 2 received" in text and "3 of 2" not in text
    assert 'under the case ID of the form it corrects ("Case 1234567")' in text
    assert_true_to_itself(receipt, world.settings, {AUDITED})


def test_a_receipt_for_a_file_already_logged_claims_no_new_form(world):
    earlier = world.store_form(world.form())
    receipt = only(world.notices.for_message(world.message(key="m2"), [], [], [world.duplicate(earlier)],
                                             world.store), "receipt")
    assert receipt.message.subject == "Already logged: case 1234567"
    for text in renderings(receipt).values():
        assert "We have logged" not in text and "0 forms" not in text
    assert "Nothing new was logged" in receipt.message.text
    assert "reply to this email with one line" not in receipt.message.text, "nothing of its own to correct"
    assert_true_to_itself(receipt, world.settings, {(NOW - timedelta(days=3)).date()})


def test_a_receipt_with_a_file_that_could_not_be_used_counts_each_part(world):
    mails = world.notices.for_message(world.message(), [world.record(world.form())], [world.problem()], [],
                                      world.store)
    receipt = only(mails, "receipt")
    assert receipt.message.subject == "Full case file audit received: case 1234567 (1 could not be used)"
    text = words(receipt.message.text)
    assert "We could not use this file:" in text and "Please correct it and send it again" in text
    assert_true_to_itself(receipt, world.settings, {AUDITED})


@pytest.mark.parametrize("routed", [True, False], ids=["head-of-service-found", "nobody-to-route-to"])
def test_a_receipt_says_who_was_told_of_an_urgent_concern_exactly_as_the_alert_went(world, routed):
    sender = JOANNE if routed else OUTSIDER
    form = world.form(urgent=True, auditor=JOANNE if routed else None)
    mails = world.notices.for_message(world.message(sender), [world.record(form, JOANNE if routed else None)],
                                      [], [], world.store)
    alert, receipt = only(mails, "urgent_concern"), only(mails, "receipt")
    names = told(alert, world.settings)
    text = words(receipt.message.text)
    if routed:
        assert names == ["Claire Whitworth", "Robert Ainsworth"]
        assert ("Claire Whitworth (Head of Service) and Robert Ainsworth (Assistant Director) have been told"
                in text)
        assert alert.message.cc == [QA]
    else:
        assert alert.message.to == [QA] and alert.message.cc == []
        assert "the QA team has been told" in text
    assert_true_to_itself(receipt, world.settings, {AUDITED})
    assert_true_to_itself(alert, world.settings, {AUDITED, NOW.date()})


def test_a_receipt_for_a_form_counted_for_nobody_says_so_and_promises_nothing_untrue(world):
    form = world.form(auditor=None)
    receipt = only(world.notices.for_message(world.message(), [world.record(form, None)], [], [], world.store),
                   "receipt")
    text = words(receipt.message.text)
    assert "This form has not been counted for anyone yet" in text
    assert "Counted towards" not in text
    assert "has been told" not in text, "nobody has been told yet: the tracker and the digest show it"
    assert "that month" not in text, "the period need not be a month"
    assert_true_to_itself(receipt, world.settings, {AUDITED})


@pytest.mark.parametrize("files", [1, 2])
def test_a_form_that_could_not_be_used_is_answered_in_the_number_sent(world, files):
    problems = [world.problem(f"broken {number}.docx") for number in range(files)]
    answer = only(world.notices.for_message(world.message(), [], problems, [], world.store), "form_problem")
    expected = "We could not use the form you sent" if files == 1 else "We could not use the 2 files you sent"
    assert answer.message.subject == expected
    assert ("the file attached" if files == 1 else "the files attached") in answer.message.text
    assert_true_to_itself(answer, world.settings, set())


def test_an_email_without_a_form_is_answered_without_claims(world):
    answer = only(world.notices.for_message(world.message(), [], [], [], world.store), "no_attachment")
    assert answer.message.cc == []
    assert_true_to_itself(answer, world.settings, set())


# Alerts ------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["routed", "nobody-to-route-to", "moderated-with-actions", "no-audit-date"])
def test_the_inadequate_alert_claims_only_what_it_carries(world, case):
    actions = (Action("Update the chronology", "Rebecca Shaw", date(2026, 12, 4)), Action("Hold a strategy meeting",
                                                                                         None, None))
    form = world.form(grade="Inadequate", auditor=None if case == "nobody-to-route-to" else JOANNE,
                      moderated="Inadequate" if case == "moderated-with-actions" else None,
                      actions=actions if case == "moderated-with-actions" else (),
                      day=None if case == "no-audit-date" else AUDITED)
    sender = OUTSIDER if case == "nobody-to-route-to" else JOANNE
    record = world.record(form, None if case == "nobody-to-route-to" else JOANNE)
    alert = only(world.notices.for_message(world.message(sender), [record], [], [], world.store), "inadequate")
    text = words(alert.message.text)
    if case == "nobody-to-route-to":
        assert alert.message.to == [QA] and alert.message.cc == []
        assert "in your service" not in text and "went to the QA team" in text
    else:
        assert alert.message.to == [CLAIRE] and alert.message.cc == [QA]
        assert "in your service" in text and "went to the QA team" not in text
    if case == "moderated-with-actions":
        assert "An audit moderated in your service" in text and "Judgement: Inadequate (moderated)" in text
        assert "Update the chronology (by Rebecca Shaw, 4 December 2026)" in text
    if case == "no-audit-date":
        assert "Audit date: not stated" in text and "Re-audit due: three months from the audit date" in text
    carried = {AUDITED, date(2027, 2, 9), date(2026, 12, 4)} if form.date else set()
    assert_true_to_itself(alert, world.settings, carried)


@pytest.mark.parametrize("case", ["routed", "nobody-to-route-to", "held"])
def test_the_urgent_concern_alert_says_when_the_audit_arrived_and_who_it_went_to(world, case):
    form = world.form(urgent=True, auditor=None if case != "routed" else JOANNE)
    if case == "held":
        alert = world.notices.held_urgent_concern(world.message(OUTSIDER), form, "the sender is not on the staff list")
        assert "held in the audit mailbox's Needs attention folder" in alert.message.text
    else:
        sender = JOANNE if case == "routed" else OUTSIDER
        mails = world.notices.for_message(world.message(sender), [world.record(form, None)], [], [], world.store)
        alert = only(mails, "urgent_concern")
    text = words(alert.message.text)
    opening = text.split(". ")[0]
    assert opening.endswith(f"An audit received on {long(NOW.date())} records an immediate concern about a "
                            "child's safety or welfare"), opening
    if case == "routed":
        assert alert.message.to == [CLAIRE, ROBERT] and "could not be found" not in text
    else:
        assert alert.message.to == [QA] and alert.message.cc == []
    assert_true_to_itself(alert, world.settings, {AUDITED, NOW.date()})


@pytest.mark.parametrize("source", ["the tracker", "a reply from Joanne Fletcher"])
def test_an_alert_raised_by_a_correction_says_the_audit_was_corrected_and_how(world, source):
    before = world.store_form(world.form())
    with world.store.transaction():
        after = world.store.correct(before.id, "grade", "Inadequate", source, now=NOW,
                                    re_audit_due=lambda form: routing.re_audit_due(form, 3))
        world.store.correct(after.id, "urgent_concern", "true", source, now=NOW)
    after = world.store.form(before.id)
    alerts = world.notices.for_correction(before, after)
    assert sorted(mail.kind for mail in alerts) == ["inadequate", "urgent_concern"]
    how = "in the tracker" if source == "the tracker" else "by a reply from Joanne Fletcher"
    received = before.first_received.date()
    for alert in alerts:
        text = words(alert.message.text)
        assert f"received on {long(received)}, has been corrected {how}" in text
        assert_true_to_itself(alert, world.settings, {AUDITED, received, date(2027, 2, 9)})


# Reminders and escalations -------------------------------------------------------------

def test_a_reminder_of_one_item_and_of_several_agree_with_what_they_list(world):
    owed = world.obligations(JOANNE, last=date(2026, 11, 30))
    assert len(owed) >= 2
    today = date(2026, 11, 23)  # five working days before Monday 30 November
    for items in (owed[:1], owed):
        mail = world.planned(reminders.reminder_mail(world.settings, JOANNE, [(item, "k") for item in items], today))
        listed = mail.message.text.count("\n- ")
        assert listed == len(items)
        noun = "item" if len(items) == 1 else "items"
        assert mail.message.subject == f"Reminder: {len(items)} QA {noun} due by 30 November 2026"
        assert ("this is due" if len(items) == 1 else "these are due") in mail.message.text
        assert mail.message.cc == []
        assert_true_to_itself(mail, world.settings, {date(2026, 11, 30)})


def test_a_reminder_of_items_due_on_different_days_does_not_say_all_are_due_by_the_first(world):
    owed = [item for item in world.obligations(JOANNE) if item.due in (date(2026, 11, 30), date(2026, 12, 14))]
    dues = sorted({item.due for item in owed})
    if len(dues) < 2:
        # The preset puts nothing of Joanne's on the 14th: take one due later.
        owed = world.obligations(JOANNE, last=date(2027, 1, 31))
        dues = sorted({item.due for item in owed})
    first, other = owed[0], next(item for item in owed if item.due != owed[0].due)
    today = calendar_day_before(first.due, 5)
    mail = world.planned(reminders.reminder_mail(world.settings, JOANNE, [(first, "a"), (other, "b")], today))
    text = words(mail.message.text)
    assert f"these are due soon, the first in 5 working days, by {long(first.due)}" in text
    assert mail.message.subject == f"Reminder: 2 QA items due from {long(first.due)}"
    assert_true_to_itself(mail, world.settings, {first.due, other.due})


def calendar_day_before(day: date, working_days: int) -> date:
    from bot import calendar

    return calendar.add_working_days(day, -working_days)


def test_a_fridays_reminder_of_a_monday_deadline_does_not_say_tomorrow(world):
    [audits, *_] = world.obligations(JOANNE, last=date(2026, 11, 30))
    assert audits.due == date(2026, 11, 30)  # a Monday
    friday = world.planned(reminders.reminder_mail(world.settings, JOANNE, [(audits, "k")], date(2026, 11, 27)))
    assert "tomorrow" not in friday.message.text and "by the end of the next working day" in friday.message.text
    sunday_before = world.planned(reminders.reminder_mail(world.settings, JOANNE, [(audits, "k")],
                                                          date(2026, 11, 29)))
    assert "by the end of tomorrow" in sunday_before.message.text
    for mail in (friday, sunday_before):
        assert_true_to_itself(mail, world.settings, {date(2026, 11, 30)})


def test_the_first_escalation_counts_items_and_copies_exactly_those_it_names(world):
    today = date(2026, 12, 1)
    joanne = world.obligations(JOANNE, last=date(2026, 11, 30))
    karen = world.obligations(KAREN, last=date(2026, 11, 30))
    cases = {"one person, one item": joanne[:1], "one person, several items": joanne,
             "two people": joanne + karen}
    for case, owed in cases.items():
        mail = world.planned(reminders.escalation_mail(world.settings, CLAIRE, 1, [(item, "k") for item in owed],
                                                       today))
        text = words(mail.message.text)
        assert mail.message.to == [CLAIRE]
        people = sorted({item.owed_by.email for item in owed})
        assert sorted(mail.message.cc) == people, case
        verb = "was due and is now overdue" if len(owed) == 1 else "were due and are now overdue"
        assert verb in text, case
        assert text.count("due 30 November 2026") == len(owed), case
        assert_true_to_itself(mail, world.settings, {date(2026, 11, 30)})


def test_the_second_escalation_says_managers_were_told_and_copied_only_when_they_were(world):
    today = date(2026, 12, 8)
    joanne = world.obligations(JOANNE, last=date(2026, 11, 30))[:1]
    nadia = world.obligations(NADIA, last=date(2026, 11, 30))[:1]
    keys = {f"{item.key}:escalation-1" for item in joanne}

    told = world.planned(reminders.escalation_mail(world.settings, ROBERT, 2, [(joanne[0], "k")], today, keys))
    text = words(told.message.text)
    assert "their manager was told when it became overdue" in text
    assert "Joanne Fletcher is copied in, with Claire Whitworth." in text
    assert sorted(told.message.cc) == [CLAIRE, JOANNE]

    # Nadia has no manager on the staff list: no first escalation went to
    # anyone, and nobody is copied for her but herself.
    alone = reminders.escalation_recipient(world.person(NADIA), 2, world.settings)
    assert alone is not None and alone.email == ROBERT
    untold = world.planned(reminders.escalation_mail(world.settings, ROBERT, 2, [(nadia[0], "k")], today, keys))
    text = words(untold.message.text)
    assert "told when it became overdue" not in text and "with their" not in text
    assert untold.message.cc == [NADIA] and "Nadia Orme is copied in." in text

    # The first escalation was never sent (the bot was down that day).
    missed = world.planned(reminders.escalation_mail(world.settings, ROBERT, 2, [(joanne[0], "k")], today, set()))
    assert "told when it became overdue" not in missed.message.text
    for mail in (told, untold, missed):
        assert_true_to_itself(mail, world.settings, {date(2026, 11, 30)})


# Actions -------------------------------------------------------------------------

def with_actions(world, owner: str, count: int, due: date, auditor: str = JOANNE) -> None:
    actions = tuple(Action(f"Action number {number + 1}", world.person(owner).name, due) for number in range(count))
    world.store_form(world.form(actions=actions, auditor=auditor), sender=auditor, key=f"actions-{owner}-{count}")


@pytest.mark.parametrize("count", [1, 3])
@pytest.mark.parametrize("owner, setter", [(REBECCA, JOANNE), (JOANNE, JOANNE), (OMAR, NADIA), (NADIA, NADIA)],
                         ids=["set-by-her-manager", "set-herself-has-manager", "set-by-nadia",
                              "set-herself-no-manager"])
def test_action_reminders_and_chasers_say_who_is_copied_and_whom_to_ask_only_when_so(world, count, owner, setter):
    due = date(2026, 11, 20)
    with_actions(world, owner, count, due, auditor=setter)
    forms = world.store.current_forms()
    before = reminders.action_mails(world.settings, world.store, forms, date(2026, 11, 17), set())
    after = reminders.action_mails(world.settings, world.store, forms, date(2026, 11, 23), set())
    reminder, chaser = world.planned(only(before, "action_reminder")), world.planned(only(after, "action_overdue"))
    person = world.person(owner)
    manager = world.settings.staff.by_email(person.reports_to) if person.reports_to else None
    for mail in (reminder, chaser):
        assert mail.message.to == [owner]
        assert mail.message.text.count("\n- Case 1234567") == count
        noun = "action" if count == 1 else "actions"
        assert f" {count} audit {noun} " in f" {mail.message.subject} "
        assert_true_to_itself(mail, world.settings, {due})
    text = words(chaser.message.text)
    if setter != owner:
        assert chaser.message.cc == [setter]
        assert f"{world.person(setter).name}, who is copied in" in text
    else:
        assert chaser.message.cc == [] and "copied" not in text
        if manager is not None:
            assert f"with your manager, {manager.name}." in text
        else:
            assert "manager" not in text and "let the QA team know" in text
    assert "1 working day ago" in text


@pytest.mark.parametrize("count", [1, 2])
def test_service_level_action_mail_names_the_service_and_the_clinic_never_a_case(world, count):
    """A thematic audit's actions are about the service: the Head of
    Service is reminded and chased, and nothing speaks of a case."""
    due = date(2026, 11, 20)
    david = world.settings.staff.by_email("david.okonjo@northmoor.example.gov.uk")
    angela = world.settings.staff.by_email("angela.moorcroft@northmoor.example.gov.uk")
    thematic = ParsedForm(file="thematic.docx", ok=True, form="thematic_audit", auditor=angela.name,
                          service=david.service, date=AUDITED, extra={"theme": "Neglect"},
                          actions=[Action(f"Service action {number + 1}", "Practice managers", due)
                                   for number in range(count)])
    record = FormRecord(thematic, sha256="sha-thematic", auditor_email=angela.email, re_audit_due=None,
                        action_level="service")
    world.store.record_message(MessageRecord("thematic", angela.email, NOW, "logged", "Processed"), [record], [],
                               now=NOW)
    forms = world.store.current_forms()
    before = reminders.action_mails(world.settings, world.store, forms, date(2026, 11, 17), set())
    after = reminders.action_mails(world.settings, world.store, forms, date(2026, 11, 23), set())
    reminder, chaser = world.planned(only(before, "action_reminder")), world.planned(only(after, "action_overdue"))
    for mail in (reminder, chaser):
        assert mail.message.to == [david.email]
        text = words(mail.message.text)
        assert text.count(f"- Service-level action ({david.service}): Service action") == count
        assert "Case" not in text and "case" not in mail.message.subject
        assert ("This service-level action is" if count == 1 else "The service-level actions are") in text
        assert_true_to_itself(mail, world.settings, {due})
    assert chaser.message.cc == [angela.email] and f"{angela.name}, who is copied in" in words(chaser.message.text)
    actions = world.store.current_actions()
    answer = world.notices.actions_closed(world.message(david.email, key="done"), Closure(actions, [], []))
    assert answer.message.subject == ("Action marked completed" if count == 1 else "Actions marked completed")
    assert words(answer.message.text).count(f"- Service-level action ({david.service}): Service action") == count
    assert_true_to_itself(answer, world.settings, {due})


@pytest.mark.parametrize("closed, refused", [(1, 0), (2, 0), (0, 1), (0, 2), (1, 1)])
def test_the_answer_to_done_lists_what_was_closed_and_what_was_not(world, closed, refused):
    with_actions(world, REBECCA, closed + refused, date(2026, 11, 20))
    actions = world.store.current_actions()
    closure = Closure(actions[:closed], actions[closed:], [])
    answer = world.notices.actions_closed(world.message(REBECCA, key="done"), closure)
    text = words(answer.message.text)
    assert text.count("- Case 1234567") == closed + refused
    if closed:
        assert ("this action as completed" if closed == 1 else "these actions as completed") in text
        assert answer.message.subject.startswith("Action marked" if closed == 1 else "Actions marked")
    else:
        assert "as completed" not in text
        assert answer.message.subject == ("We could not close the action" if refused == 1
                                          else "We could not close the actions")
    if refused:
        assert ("This action is not yours" if refused == 1 else "These actions are not yours") in text
    assert answer.message.cc == []
    assert_true_to_itself(answer, world.settings, {date(2026, 11, 20)})


# The QA team's digest ------------------------------------------------------------

@pytest.mark.parametrize("case", ["nothing-sent", "one-sent", "several-sent"])
def test_the_digest_counts_what_it_lists(world, case):
    today = date(2026, 12, 1)
    plan = reminders.plan(world.settings, world.store, today)
    assert plan.mails, "the day after month end, the audits nobody sent are escalated"
    plan.mails = {"nothing-sent": [], "one-sent": plan.mails[:1], "several-sent": plan.mails}[case]
    digest = world.planned(reminders.digest_mail(world.settings, plan, today))
    text = words(digest.message.text)
    sent = len(plan.mails)
    overdue = [item for item in plan.outstanding if item.status(today) == compliance.OVERDUE]
    noun = "email" if sent == 1 else "emails"
    assert digest.message.subject.startswith(f"QA bot digest for 1 December 2026: {sent} {noun} sent, "
                                             f"{len(overdue)} item")
    if sent:
        assert text.count(" to ") >= sent and "No reminders or escalations went out" not in text
    else:
        assert "No reminders or escalations went out today (1 December 2026)." in text
    listed = digest.message.text.split("still outstanding:")[1].split("\n\n")[0].count("\n- ")
    older = re.search(r"(\d+) older items? (is|are) still outstanding", text)
    assert listed + (int(older.group(1)) if older else 0) == len(overdue)
    assert digest.message.to == [QA] and digest.message.cc == []
    assert_true_to_itself(digest, world.settings, {today, *(item.due for item in overdue)})


def test_a_digest_with_nothing_overdue_says_so(world):
    plan = reminders.Plan(date(2026, 11, 2))
    digest = world.planned(reminders.digest_mail(world.settings, plan, plan.today))
    assert digest.message.subject == "QA bot digest for 2 November 2026: 0 emails sent, 0 items overdue"
    assert "Nothing became overdue" in digest.message.text
    assert_true_to_itself(digest, world.settings, {plan.today})


# Reports ---------------------------------------------------------------------------

@pytest.mark.parametrize("with_pdf", [False, True], ids=["word-only", "word-and-pdf"])
def test_report_emails_list_exactly_the_files_attached(world, tmp_path, with_pdf):
    docx = tmp_path / "monthly-2026-11.docx"
    docx.write_bytes(b"docx")
    pdf = tmp_path / "monthly-2026-11.pdf"
    if with_pdf:
        pdf.write_bytes(b"pdf")
    drafted = Drafted(Request("monthly", month=(2026, 11)), docx, pdf if with_pdf else None)
    for mail in (draft_mail(world.settings, drafted, now=NOW),
                 approved_mail(world.settings, drafted.request, drafted.files, now=NOW)):
        attached = [item.filename for item in mail.message.attachments]
        assert attached == [path.name for path in drafted.files]
        listed = [line[2:] for line in mail.message.text.splitlines() if line.startswith("- ")]
        assert listed == attached, mail.kind
        assert_true_to_itself(mail, world.settings, set())


# Answers to a correction by reply ---------------------------------------------------

@pytest.mark.parametrize("corrector", [JOANNE, CLAIRE, KAREN, QA, NADIA], ids=[
    "the-sender", "her-manager", "not-allowed", "the-qa-team", "sender-without-manager"])
def test_the_answer_to_a_correction_says_what_changed_and_who_is_copied_or_may_correct(world, corrector):
    from bot.corrections import may_correct

    sender = NADIA if corrector == NADIA else JOANNE
    stored = world.store_form(world.form(auditor=sender), sender=sender)
    if corrector == NADIA:
        corrector = KAREN  # not allowed: and Nadia has no manager to name
    allowed = may_correct(corrector, stored, world.settings)
    asked = ReplyCorrection(corrector, [stored], stored, allowed, named=["grade", "date", "grade"],
                            changes=[Change("grade", "Good", "Inadequate"), Change("date", "2026-11-09", "2026-11-12")],
                            not_understood=[NotUnderstood("grade: Brilliant", "'Brilliant' is not a grade",
                                                          "one of Outstanding, Good, Requires Improvement to be "
                                                          "Good or Inadequate")])
    answer = world.notices.form_corrected(world.message(corrector, key="reply"), asked, [])
    text = words(answer.message.text)
    if allowed:
        assert answer.message.subject == "Form corrected: case 1234567"
        assert "these 2 corrections" in text and "- Date: 9 November 2026 -> 12 November 2026" in text
        assert "We could not use this line, so it changed nothing" in text
        if corrector == sender:
            assert answer.message.cc == [] and "copied" not in text
        else:
            assert answer.message.cc == [sender]
    else:
        assert answer.message.subject == "We could not correct the form for case 1234567"
        assert answer.message.cc == [] and "->" not in text
        manager = world.settings.staff.by_email(world.person(sender).reports_to or "")
        if manager is not None:
            assert f"{manager.name} or anyone above them" in text
        else:
            assert "anyone above them" not in text
    carried = {AUDITED, date(2026, 11, 12)} if allowed else set()
    assert_true_to_itself(answer, world.settings, carried)


def test_the_answer_to_a_reply_not_saying_which_form_lists_the_forms(world):
    first = world.store_form(world.form("1234567"), key="a")
    second = world.store_form(world.form("2345678"), key="b")
    asked = ReplyCorrection(JOANNE, [first, second], None, False, named=["grade"])
    answer = world.notices.form_corrected(world.message(key="which"), asked, [])
    assert answer.message.subject == "Which form should we correct?"
    assert "cases 1234567 and 2345678. Nothing has been changed." in words(answer.message.text)
    assert_true_to_itself(answer, world.settings, set())


def test_the_answer_to_a_correction_says_who_an_alert_went_to_as_it_went(world):
    stored = world.store_form(world.form())
    with world.store.transaction():
        after = world.store.correct(stored.id, "grade", "Inadequate", "a reply from Joanne Fletcher", now=NOW,
                                    re_audit_due=lambda form: routing.re_audit_due(form, 3))
    alerts = world.notices.for_correction(stored, after)
    asked = ReplyCorrection(JOANNE, [stored], stored, True, named=["grade"],
                            changes=[Change("grade", "Good", "Inadequate")])
    answer = world.notices.form_corrected(world.message(key="alerting"), asked, alerts)
    text = words(answer.message.text)
    [alert] = alerts
    assert alert.message.to == [CLAIRE]
    assert "the case is now judged inadequate: Claire Whitworth (Head of Service) has been told." in text
    assert "this correction to the form" in text
    assert_true_to_itself(answer, world.settings, set())


# The kinds of email rendered above; a template added later must join them.
CHECKED = {"receipt", "form_problem", "no_attachment", "inadequate", "urgent_concern", "reminder", "escalation",
           "action_reminder", "action_overdue", "actions_closed", "digest", "report", "report_draft",
           "form_corrected"}


def test_every_email_kind_is_checked_here():
    templates = Path(__file__).parent.parent / "templates" / "email"
    kinds = {path.name.split(".")[0] for path in templates.glob("*.txt.j2") if not path.name.startswith("_")}
    assert kinds == CHECKED
