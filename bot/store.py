"""The store: one SQLite file, the single source of truth.

The tracker workbook and the reports are rebuilt from it, so a deleted or
damaged workbook loses nothing. A message is recorded in one transaction
together with its forms, actions and the mail it causes (receipt, alerts);
only then is the message filed and the mail sent. A crash at any point
therefore leaves either nothing recorded (the message is read again) or
everything recorded (the message is only filed, and the queued mail sent).

Holds case IDs and what auditors wrote about practice; never a child's
name, date of birth or address (the parser removes them first).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from bot.forms.model import ParsedForm
from bot.mailbox.base import Attachment, OutgoingMessage

SCHEMA_VERSION = 7

# What an action is about: one child's case, or the service as a whole (a
# thematic review's action plan, 2025 framework §3.1, "Service level actions").
CASE_LEVEL, SERVICE_LEVEL = "case", "service"

SCHEMA = """
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,           -- the mailbox's stable id (Message-ID)
    sender TEXT NOT NULL,
    received TEXT NOT NULL,
    outcome TEXT NOT NULL,              -- logged | needs_attention | ignored
    folder TEXT NOT NULL,               -- where the mail is filed
    reason TEXT,                        -- for needs_attention and ignored
    processed_at TEXT NOT NULL,
    filed_at TEXT                       -- set once the mail has been moved
);

CREATE TABLE forms (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages(id),
    attachment TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    kind TEXT NOT NULL,
    case_id TEXT,
    auditor TEXT,
    auditor_email TEXT,                 -- matched on the staff list, if at all
    practitioner TEXT,
    team TEXT,
    service TEXT,
    audit_date TEXT,
    grade TEXT,
    moderated_grade TEXT,
    final_grade TEXT,
    urgent_concern INTEGER NOT NULL DEFAULT 0,
    re_audit_due TEXT,
    received TEXT NOT NULL,
    first_received TEXT NOT NULL,       -- when the first version arrived
    version INTEGER NOT NULL DEFAULT 1, -- 2 and up: a later copy (e.g. moderated) replaced it
    sender TEXT NOT NULL,
    superseded_by INTEGER REFERENCES forms(id),
    data TEXT NOT NULL,                 -- the parsed form, as `parse --json` gives it
    notes TEXT                          -- typed by the QA team in the tracker
);
CREATE INDEX forms_identity ON forms(kind, case_id) WHERE superseded_by IS NULL;
CREATE INDEX forms_sha ON forms(sha256);

CREATE TABLE section_grades (
    form_id INTEGER NOT NULL REFERENCES forms(id),
    section TEXT NOT NULL,
    grade TEXT NOT NULL,
    PRIMARY KEY (form_id, section)
);

CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES forms(id),
    case_id TEXT,
    action TEXT NOT NULL,
    owner TEXT,
    due TEXT,
    status TEXT NOT NULL DEFAULT 'Open',
    completed TEXT,
    notes TEXT,
    level TEXT NOT NULL DEFAULT 'case'  -- case | service (a service-level action, e.g. from a thematic audit)
);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,    -- the same mail is never queued twice
    kind TEXT NOT NULL,
    message_key TEXT,                   -- the inbound message it answers
    payload TEXT NOT NULL,
    about TEXT,                         -- JSON list: whose work is late, where that applies
    created_at TEXT NOT NULL,
    sent_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    next_attempt_at TEXT,               -- after a failure, not before this
    recipients TEXT                     -- ",to,cc," in lower case, for quick look-ups
);
CREATE INDEX outbox_created ON outbox(created_at);

CREATE TABLE notices (
    item_key TEXT PRIMARY KEY,          -- one thing told to one person at one stage
    mail_key TEXT NOT NULL,             -- the outbox mail that told them
    recorded_at TEXT NOT NULL
);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES forms(id), -- the version corrected; a newer copy starts afresh
    field TEXT NOT NULL,                -- a parse --json key, e.g. moderated_grade
    value TEXT,
    source TEXT NOT NULL,               -- where it came from, in words: "Head of Service overview"
    source_form_id INTEGER REFERENCES forms(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX corrections_form ON corrections(form_id);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE failures (
    key TEXT PRIMARY KEY,               -- a message that could not be handled
    attempts INTEGER NOT NULL,
    last_error TEXT NOT NULL,
    last_at TEXT NOT NULL
);
"""

# Each step takes the store from the version before it to the next one.
MIGRATIONS = {
    2: """
    ALTER TABLE outbox ADD COLUMN about TEXT;
    CREATE TABLE notices (
        item_key TEXT PRIMARY KEY,
        mail_key TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    );
    """,
    3: """
    ALTER TABLE forms ADD COLUMN notes TEXT;
    """,
    4: """
    ALTER TABLE outbox ADD COLUMN next_attempt_at TEXT;
    """,
    5: """
    ALTER TABLE outbox ADD COLUMN recipients TEXT;
    CREATE INDEX outbox_created ON outbox(created_at);
    """,    6: """
CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    form_id INTEGER NOT NULL REFERENCES forms(id), -- the version corrected; a newer copy starts afresh
    field TEXT NOT NULL,                -- a parse --json key, e.g. moderated_grade
    value TEXT,
    source TEXT NOT NULL,               -- where it came from, in words: "Head of Service overview"
    source_form_id INTEGER REFERENCES forms(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX corrections_form ON corrections(form_id);
    """,
    # Service-level actions are kept apart from case actions. Before, the
    # shipped configuration's only kind with service-level actions was the
    # thematic audit, so its actions become service-level.
    7: """
    ALTER TABLE actions ADD COLUMN level TEXT NOT NULL DEFAULT 'case';
    UPDATE actions SET level = 'service' WHERE form_id IN (SELECT id FROM forms WHERE kind = 'thematic_audit');
    """,
}


@dataclass
class MessageRecord:
    key: str
    sender: str
    received: datetime
    outcome: str
    folder: str
    reason: str | None = None


@dataclass
class FormRecord:
    """A parsed form about to be stored, with what ingest worked out for it."""

    form: ParsedForm
    sha256: str
    auditor_email: str | None
    re_audit_due: date | None
    action_level: str = CASE_LEVEL  # SERVICE_LEVEL: its actions are about the service (forms.yaml action_level)


@dataclass
class Correction:
    """A change to what was read, made since and kept beside it: the field,
    the value that now stands, and where it came from."""

    field: str
    value: str | None
    source: str


@dataclass
class ModerationEffect:
    """What a Head of Service overview does to the cases it lists: each
    case whose final grade changes (case ID, grade before, grade after), and
    the cases it lists that the tracker does not hold."""

    changed: list[tuple[str, str | None, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    targets: list[tuple[int, str]] = field(default_factory=list)  # (form id, moderated grade)


@dataclass
class StoredForm:
    id: int
    received: datetime
    first_received: datetime
    version: int
    sender: str
    auditor_email: str | None
    re_audit_due: date | None
    form: ParsedForm
    title: str = ""  # the form kind's human name, filled in by whoever shows it
    counted_for: str = ""  # whom it counts for, in words, filled in by whoever shows it
    # (its re-audit, the audit it re-audits), each a reaudits.ReAudit or
    # None, filled in by whoever shows it
    re_audit_links: tuple[Any, Any] = (None, None)
    notes: str | None = None
    corrections: list[Correction] = field(default_factory=list)


# Where a correction came from, as the tracker and receipts say it.
OVERVIEW_SOURCE = "Head of Service overview"

# An action with one of these statuses is done with: no reminders, not open.
CLOSED_STATUSES = frozenset({"completed", "complete", "done", "closed", "not required"})


def is_closed(status: str | None) -> bool:
    return (status or "").strip().casefold() in CLOSED_STATUSES


@dataclass
class StoredAction:
    id: int
    form_id: int
    case_id: str | None
    action: str
    owner: str | None
    due: date | None
    status: str
    completed: date | None
    notes: str | None
    kind: str
    team: str | None
    service: str | None
    audit_date: date | None
    title: str = ""
    level: str = CASE_LEVEL

    @property
    def service_level(self) -> bool:
        return self.level == SERVICE_LEVEL


@dataclass
class QueuedMail:
    dedupe_key: str
    kind: str
    message: OutgoingMessage
    message_key: str | None = None
    id: int | None = None
    attempts: int = 0
    about: list[str] = field(default_factory=list)


@dataclass
class RecordResult:
    """What `record_message` stored: form ids, and for each form the earlier
    version it replaced, if any."""

    form_ids: list[int] = field(default_factory=list)
    replaced: dict[int, StoredForm] = field(default_factory=dict)


class Store:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._filed: list[tuple[str, str]] = []
        self.connection = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        self.connection.row_factory = sqlite3.Row
        self.connection.execute("PRAGMA foreign_keys = ON")
        self.connection.execute("PRAGMA journal_mode = WAL")
        self.connection.execute("PRAGMA synchronous = FULL")
        self._migrate()

    def close(self) -> None:
        try:
            self.flush_filed()
        finally:
            self.connection.close()

    def _migrate(self) -> None:
        version = self.connection.execute("PRAGMA user_version").fetchone()[0]
        if version == 0:
            # executescript commits first, so the transaction is part of the script.
            self.connection.executescript(
                f"BEGIN IMMEDIATE;\n{SCHEMA}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
        elif version < SCHEMA_VERSION:
            for step in range(version + 1, SCHEMA_VERSION + 1):
                self.connection.executescript(
                    f"BEGIN IMMEDIATE;\n{MIGRATIONS[step]}\nPRAGMA user_version = {step};\nCOMMIT;")
        elif version > SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path} was written by a newer version of the bot (schema {version}); "
                "upgrade the bot before running it on this data directory"
            )

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing: BEGIN IMMEDIATE ... COMMIT, ROLLBACK on any error."""
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield self.connection
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    # Messages ------------------------------------------------------------

    def message(self, key: str) -> MessageRecord | None:
        row = self.connection.execute("SELECT * FROM messages WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return MessageRecord(row["key"], row["sender"], parse_datetime(row["received"]),
                             row["outcome"], row["folder"], row["reason"])

    def record_message(self, message: MessageRecord, forms: list[FormRecord],
                       mail: list[QueuedMail], *, now: datetime,
                       action_edits: list[tuple[int, str, date, str]] = (),
                       case_kinds: frozenset[str] = frozenset(),
                       re_audit_due: Callable[[ParsedForm], date | None] | None = None,
                       on_correction: Callable[[StoredForm, StoredForm], list[QueuedMail]] | None = None,
                       and_then: Callable[[], list[QueuedMail]] | None = None) -> RecordResult:
        """Store a handled message, its forms and the mail it causes, in one
        transaction. A form that matches an earlier one for the same case (the
        same kind, case ID and audit date, or the same auditor) is a newer
        version — typically the moderated copy — and replaces it in the
        tracker, keeping the earlier one's action statuses and notes.

        A Head of Service overview that lists cases with moderated grades
        moderates them: each listed case's latest audit (of `case_kinds`)
        gets the moderated grade as a correction, which stands until a
        newer copy of that audit arrives (2018 framework: the moderator's
        judgement stands). `re_audit_due` gives a corrected form's re-audit
        date; `on_correction(before, after)` gives the mail each moderated
        case's correction raises (an Inadequate alert), queued with it.
        `and_then` runs last, in the same transaction (corrections a
        reply asks for), and gives more mail to queue."""
        result = RecordResult()
        with self.transaction() as connection:
            cursor = connection.execute(
                "INSERT INTO messages (key, sender, received, outcome, folder, reason, processed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (message.key, message.sender, message.received.isoformat(), message.outcome,
                 message.folder, message.reason, now.isoformat()),
            )
            message_row = cursor.lastrowid
            for record in forms:
                previous = self.previous_version(record.form)
                form_id = self._insert_form(message_row, message, record, previous)
                result.form_ids.append(form_id)
                if previous is not None:
                    result.replaced[form_id] = previous
                    connection.execute("UPDATE forms SET superseded_by = ? WHERE id = ?", (form_id, previous.id))
                    connection.execute("UPDATE forms SET notes = ? WHERE id = ?", (previous.notes, form_id))
                self._insert_actions(form_id, record.form, previous, record.action_level)
                moderated = record.form.extra.get("moderated_cases")
                if moderated and case_kinds:
                    self._moderate(form_id, self.moderation_effect(record.form, case_kinds), now, re_audit_due,
                                   on_correction)
            for item in mail:
                self._queue(item, now)
            for action_id, status, completed, notes in action_edits:
                self.apply_action_edit(action_id, status, completed, notes)
            for item in and_then() if and_then is not None else []:
                self._queue(item, now)
        return result

    def moderation_effect(self, overview: ParsedForm, case_kinds: frozenset[str]) -> ModerationEffect:
        """What `overview` would do to the cases it lists (see
        `record_message`); reads only."""
        effect = ModerationEffect()
        moderated = overview.extra.get("moderated_cases") or {}
        listed = list(dict.fromkeys([*(overview.extra.get("cases_listed") or []), *moderated]))
        kinds = sorted(case_kinds)
        for case_id in listed:
            row = self.connection.execute(
                f"SELECT * FROM forms WHERE case_id = ? AND superseded_by IS NULL"
                f" AND kind IN ({', '.join('?' * len(kinds))}) ORDER BY audit_date DESC, id DESC LIMIT 1",
                (case_id, *kinds)).fetchone()
            if row is None:
                effect.unknown.append(case_id)
                continue
            grade = moderated.get(case_id)
            if grade is None:
                continue
            before = self._stored_form(row).form.final_grade
            effect.targets.append((row["id"], grade))
            if before != grade:
                effect.changed.append((case_id, before, grade))
        return effect

    def _moderate(self, overview_id: int, effect: ModerationEffect, now: datetime,
                  re_audit_due: Callable[[ParsedForm], date | None] | None,
                  on_correction: Callable[[StoredForm, StoredForm], list[QueuedMail]] | None = None) -> None:
        """Each moderated grade an overview gives is a correction of its
        case's audit, said by the overview (2018 framework: the moderator's
        judgement stands), and raises what any correction raises: a case
        moderated to Inadequate is shared with its Head of Service (2025
        framework §3.1, week 4) as if the audit had said so."""
        for form_id, grade in effect.targets:
            before = self.form(form_id)
            after = self.correct(form_id, "moderated_grade", grade, OVERVIEW_SOURCE, now=now,
                                 source_form_id=overview_id, re_audit_due=re_audit_due)
            if on_correction is not None and before is not None and after is not None:
                for mail in on_correction(before, after):
                    self._queue(mail, now)

    def needing_attention(self, since: datetime) -> list[MessageRecord]:
        """Messages received since `since` that were kept for a person (a
        form that could not be used, a doubt put to its sender), oldest first."""
        rows = self.connection.execute(
            "SELECT * FROM messages WHERE outcome = 'needs_attention' AND received >= ? ORDER BY received, id",
            (since.isoformat(),)).fetchall()
        return [MessageRecord(row["key"], row["sender"], parse_datetime(row["received"]), row["outcome"],
                              row["folder"], row["reason"]) for row in rows]

    def mark_filed(self, key: str, *, now: datetime) -> None:
        """Note that the message has been moved. Only a record for people
        (the pass never relies on it), so the notes are written together by
        `flush_filed`, in one transaction rather than one each."""
        self._filed.append((now.isoformat(), key))

    def flush_filed(self) -> None:
        if not self._filed:
            return
        with self.transaction() as connection:
            connection.executemany("UPDATE messages SET filed_at = ? WHERE key = ?", self._filed)
        self._filed.clear()

    def note_failure(self, key: str, error: str, *, now: datetime) -> int:
        """Count a failed attempt at `key`; return the attempts so far."""
        with self.transaction() as connection:
            connection.execute(
                "INSERT INTO failures (key, attempts, last_error, last_at) VALUES (?, 1, ?, ?)"
                " ON CONFLICT(key) DO UPDATE SET attempts = attempts + 1,"
                " last_error = excluded.last_error, last_at = excluded.last_at",
                (key, error, now.isoformat()),
            )
            return connection.execute("SELECT attempts FROM failures WHERE key = ?", (key,)).fetchone()[0]

    def counts(self) -> dict[str, int]:
        """How many messages of each outcome, and forms, actions, unsent mail."""
        counts = {row["outcome"]: row["n"] for row in self.connection.execute(
            "SELECT outcome, COUNT(*) AS n FROM messages GROUP BY outcome")}
        counts["forms"] = self.connection.execute(
            "SELECT COUNT(*) FROM forms WHERE superseded_by IS NULL").fetchone()[0]
        counts["actions"] = self.connection.execute("SELECT COUNT(*) FROM actions").fetchone()[0]
        counts["unsent"] = self.connection.execute(
            "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetchone()[0]
        return counts

    # Forms ---------------------------------------------------------------

    def previous_version(self, form: ParsedForm) -> StoredForm | None:
        if not form.case_id:
            return None
        rows = self.connection.execute(
            "SELECT * FROM forms WHERE kind = ? AND case_id = ? AND superseded_by IS NULL ORDER BY id DESC",
            (form.form, form.case_id),
        ).fetchall()
        for row in rows:
            same_date = form.date is not None and row["audit_date"] == form.date.isoformat()
            same_auditor = bool(form.auditor and row["auditor"]
                                and form.auditor.casefold() == row["auditor"].casefold())
            dates_unknown = form.date is None or row["audit_date"] is None
            if same_date or (dates_unknown and same_auditor):
                return self._stored_form(row)
        return None

    def _insert_form(self, message_row: int, message: MessageRecord, record: FormRecord,
                     previous: StoredForm | None) -> int:
        form = record.form
        first_received = previous.first_received if previous else message.received
        cursor = self.connection.execute(
            "INSERT INTO forms (message_id, attachment, sha256, kind, case_id, auditor, auditor_email,"
            " practitioner, team, service, audit_date, grade, moderated_grade, final_grade,"
            " urgent_concern, re_audit_due, received, first_received, version, sender, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (message_row, form.file, record.sha256, form.form, form.case_id, form.auditor,
             record.auditor_email, form.practitioner, form.team, form.service,
             iso(form.date), form.grade, form.moderated_grade, form.final_grade,
             int(form.urgent_concern), iso(record.re_audit_due), message.received.isoformat(),
             first_received.isoformat(), previous.version + 1 if previous else 1,
             message.sender, json.dumps(form.to_json(), ensure_ascii=False)),
        )
        form_id = cursor.lastrowid
        self.connection.executemany(
            "INSERT OR REPLACE INTO section_grades (form_id, section, grade) VALUES (?, ?, ?)",
            [(form_id, section, grade) for section, grade in form.section_grades.items()],
        )
        return form_id

    def _insert_actions(self, form_id: int, form: ParsedForm, previous: StoredForm | None,
                        level: str = CASE_LEVEL) -> None:
        kept: dict[str, sqlite3.Row] = {}
        if previous is not None:
            for row in self.connection.execute("SELECT * FROM actions WHERE form_id = ?", (previous.id,)):
                kept[row["action"].casefold()] = row
        for action in form.actions:
            earlier = kept.get(action.action.casefold())
            self.connection.execute(
                "INSERT INTO actions (form_id, case_id, action, owner, due, status, completed, notes, level)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (form_id, form.case_id, action.action, action.owner, iso(action.due),
                 earlier["status"] if earlier else "Open",
                 earlier["completed"] if earlier else None,
                 earlier["notes"] if earlier else None, level),
            )

    def form_with_sha(self, sha256: str) -> StoredForm | None:
        row = self.connection.execute(
            "SELECT * FROM forms WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
        return self._stored_form(row) if row else None

    def current_forms(self, kind: str | None = None) -> list[StoredForm]:
        """The latest version of every form (of `kind`), oldest received first."""
        query = "SELECT * FROM forms WHERE superseded_by IS NULL"
        parameters: tuple = ()
        if kind is not None:
            query += " AND kind = ?"
            parameters = (kind,)
        rows = self.connection.execute(query + " ORDER BY first_received, id", parameters).fetchall()
        corrections: dict[int, list[Correction]] = {}
        for correction in self.connection.execute(
                "SELECT corrections.* FROM corrections JOIN forms ON forms.id = corrections.form_id"
                " WHERE forms.superseded_by IS NULL ORDER BY corrections.id"):
            corrections.setdefault(correction["form_id"], []).append(
                Correction(correction["field"], correction["value"], correction["source"]))
        return [self._stored_form(row, corrections.get(row["id"], [])) for row in rows]

    def forms_near(self, auditor_email: str | None, practitioner: str | None, kinds: Iterable[str],
                   start: date, end: date) -> list[StoredForm]:
        """The current forms of `kinds` dated from `start` to `end` that the
        auditor (by their matched email) completed or whose practitioner is
        named as `practitioner`: what a new form is counted together with."""
        kinds = sorted(kinds)
        if not kinds:
            return []
        rows = self.connection.execute(
            f"SELECT * FROM forms WHERE superseded_by IS NULL AND kind IN ({', '.join('?' * len(kinds))})"
            " AND audit_date BETWEEN ? AND ? AND (auditor_email = ? OR lower(practitioner) = lower(?))"
            " ORDER BY first_received, id",
            (*kinds, start.isoformat(), end.isoformat(), auditor_email or "", practitioner or "")).fetchall()
        return [self._stored_form(row) for row in rows]

    def _stored_form(self, row: sqlite3.Row, corrections: list[Correction] | None = None) -> StoredForm:
        """A stored form as it now stands: what was read, with the
        corrections made since applied in the order they were made."""
        if corrections is None:
            corrections = [Correction(found["field"], found["value"], found["source"]) for found in
                           self.connection.execute("SELECT * FROM corrections WHERE form_id = ? ORDER BY id",
                                                   (row["id"],))]
        form = ParsedForm.from_json(json.loads(row["data"]))
        for correction in corrections:
            apply_correction(form, correction)
        return StoredForm(
            id=row["id"],
            received=parse_datetime(row["received"]),
            first_received=parse_datetime(row["first_received"]),
            version=row["version"],
            sender=row["sender"],
            auditor_email=row["auditor_email"],
            re_audit_due=parse_date(row["re_audit_due"]),
            form=form,
            notes=row["notes"],
            corrections=corrections,
        )

    def current_actions(self) -> list[StoredAction]:
        rows = self.connection.execute(
            "SELECT actions.*, forms.kind, forms.team, forms.service, forms.audit_date FROM actions"
            " JOIN forms ON forms.id = actions.form_id WHERE forms.superseded_by IS NULL"
            " ORDER BY actions.due IS NULL, actions.due, actions.id"
        ).fetchall()
        return [
            StoredAction(row["id"], row["form_id"], row["case_id"], row["action"], row["owner"],
                         parse_date(row["due"]), row["status"], parse_date(row["completed"]),
                         row["notes"], row["kind"], row["team"], row["service"],
                         parse_date(row["audit_date"]), level=row["level"])
            for row in rows
        ]

    # The QA team's edits ---------------------------------------------------

    def apply_action_edit(self, action_id: int, status: str | None, completed: date | None,
                          notes: str | None) -> bool:
        """Keep what the QA team typed into the tracker's Actions sheet;
        return whether anything changed."""
        row = self.connection.execute("SELECT status, completed, notes FROM actions WHERE id = ?",
                                      (action_id,)).fetchone()
        if row is None:
            return False
        new = (status or row["status"], iso(completed), notes)
        if new == (row["status"], row["completed"], row["notes"]):
            return False
        self.connection.execute("UPDATE actions SET status = ?, completed = ?, notes = ? WHERE id = ?",
                                (*new, action_id))
        self._bump_edits()
        return True

    def form(self, form_id: int) -> StoredForm | None:
        """The form with this id (its `Ref` in the tracker), as it now stands."""
        row = self.connection.execute("SELECT * FROM forms WHERE id = ?", (form_id,)).fetchone()
        return self._stored_form(row) if row else None

    def correct(self, form_id: int, field: str, value: str | None, source: str, *, now: datetime,
                source_form_id: int | None = None,
                auditor_email: str | None | Callable[[ParsedForm], str | None] = None,
                re_audit_due: date | None | Callable[[ParsedForm], date | None] = None) -> StoredForm | None:
        """Record that `field` of form `form_id` is `value` (text as the
        corrections table keeps it: ISO dates, "true"/"false"), said by
        `source` (in words: "the tracker", "a reply from Jane Smith", a Head
        of Service overview, which is then `source_form_id`); it stands over
        what was read until a newer copy of the form arrives. The one way a
        correction is recorded, inside the caller's transaction.

        The form's indexed columns follow. `auditor_email` (the auditor's
        staff-list email) and `re_audit_due` are each a value, or a function
        of the corrected form giving it; None keeps what the form had.
        Return the corrected form, or None when there is no such form."""
        before = self.form(form_id)
        if before is None:
            return None
        self.connection.execute(
            "INSERT INTO corrections (form_id, field, value, source, source_form_id, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?)", (form_id, field, value, source, source_form_id, now.isoformat()))
        form = self.form(form_id).form
        email = auditor_email(form) if callable(auditor_email) else auditor_email
        due = re_audit_due(form) if callable(re_audit_due) else re_audit_due
        self.connection.execute(
            "UPDATE forms SET case_id = ?, auditor = ?, auditor_email = ?, practitioner = ?, team = ?, service = ?,"
            " audit_date = ?, grade = ?, moderated_grade = ?, final_grade = ?, urgent_concern = ?, re_audit_due = ?"
            " WHERE id = ?",
            (form.case_id, form.auditor, email if auditor_email is not None else before.auditor_email,
             form.practitioner, form.team, form.service, iso(form.date), form.grade, form.moderated_grade,
             form.final_grade, int(form.urgent_concern),
             iso(due) if re_audit_due is not None else iso(before.re_audit_due), form_id))
        if field == "case_id":
            self.connection.execute("UPDATE actions SET case_id = ? WHERE form_id = ?", (form.case_id, form_id))
        self._bump_edits()
        return self.form(form_id)

    def apply_form_note(self, form_id: int, notes: str | None) -> bool:
        row = self.connection.execute("SELECT notes FROM forms WHERE id = ?", (form_id,)).fetchone()
        if row is None or row["notes"] == notes:
            return False
        self.connection.execute("UPDATE forms SET notes = ? WHERE id = ?", (notes, form_id))
        self._bump_edits()
        return True

    def _bump_edits(self) -> None:
        self.set_meta("edits", str(int(self.get_meta("edits") or 0) + 1))

    def replies_since(self, address: str, moment: datetime) -> int:
        """How many replies (mail answering an inbound message) went to
        `address` since `moment`."""
        return self.connection.execute(
            "SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'reply:%' AND created_at >= ?"
            " AND recipients LIKE ?", (moment.isoformat(), f"%,{address.lower()},%")).fetchone()[0]

    def form_by_id(self, form_id: int) -> StoredForm | None:
        row = self.connection.execute("SELECT * FROM forms WHERE id = ?", (form_id,)).fetchone()
        return self._stored_form(row) if row else None

    def mail_answered(self, message_ids: list[str], kinds: tuple[str, ...]) -> QueuedMail | None:
        """The mail of `kinds` the bot sent that a reply answers: the first
        of `message_ids` (its In-Reply-To, then its References) that is the
        Message-ID of one; None when it answers none of them."""
        if not message_ids:
            return None
        marks = ",".join("?" * len(kinds))
        sent = {}
        for row in self.connection.execute(f"SELECT * FROM outbox WHERE kind IN ({marks})", kinds):
            mail = self._queued(row)
            if mail.message.message_id in message_ids:
                sent[mail.message.message_id] = mail
        return next((sent[found] for found in message_ids if found in sent), None)

    def actions_in_mail(self, message_ids: list[str], kinds: tuple[str, ...]) -> set[int]:
        """The actions an email the bot sent (see `mail_answered`) was about."""
        mail = self.mail_answered(message_ids, kinds)
        if mail is None:
            return set()
        keys = [item[0] for item in self.connection.execute(
            "SELECT item_key FROM notices WHERE mail_key = ?", (mail.dedupe_key,))]
        return {int(key.split(":")[1]) for key in keys if key.startswith("action:")}

    def forms_of_message(self, key: str) -> list[StoredForm]:
        """The forms the message `key` brought, each as it now stands: a
        form a newer copy has replaced gives that copy."""
        forms = []
        for row in self.connection.execute(
                "SELECT forms.id FROM forms JOIN messages ON messages.id = forms.message_id"
                " WHERE messages.key = ? ORDER BY forms.id", (key,)).fetchall():
            form_id = row[0]
            while (newer := self.connection.execute("SELECT superseded_by FROM forms WHERE id = ?",
                                                    (form_id,)).fetchone()[0]) is not None:
                form_id = newer
            if all(found.id != form_id for found in forms):
                forms.append(self.form(form_id))
        return forms

    def open_actions_for_case(self, case_id: str) -> list[StoredAction]:
        return [action for action in self.current_actions()
                if action.case_id == case_id and not is_closed(action.status)]

    # Bookkeeping ---------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.connection.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def fingerprint(self) -> str:
        """Changes whenever anything the tracker shows changes."""
        row = self.connection.execute(
            "SELECT (SELECT COALESCE(MAX(id), 0) FROM forms), (SELECT COUNT(*) FROM forms),"
            " (SELECT COALESCE(MAX(id), 0) FROM actions), (SELECT COUNT(*) FROM actions),"
            " (SELECT COALESCE(MAX(id), 0) FROM messages)").fetchone()
        return ":".join([*(str(value) for value in row), self.get_meta("edits") or "0"])

    # Outgoing mail -------------------------------------------------------

    def queue_mail(self, mail: list[QueuedMail], *, now: datetime) -> None:
        with self.transaction():
            for item in mail:
                self._queue(item, now)

    def queue_in_transaction(self, item: QueuedMail, now: datetime) -> None:
        """Queue `item` inside the caller's open transaction, so it is
        recorded together with what caused it."""
        self._queue(item, now)

    def _queue(self, item: QueuedMail, now: datetime) -> None:
        recipients = "," + ",".join(address.lower() for address in item.message.to + item.message.cc) + ","
        self.connection.execute(
            "INSERT OR IGNORE INTO outbox (dedupe_key, kind, message_key, payload, about, created_at, recipients)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (item.dedupe_key, item.kind, item.message_key, encode_outgoing(item.message),
             json.dumps(item.about), now.isoformat(), recipients),
        )

    def record_notices(self, mails: list[tuple[QueuedMail, list[str]]], *, now: datetime) -> None:
        """Claim each item told and queue the mail that tells it, together:
        an item recorded here is never told again."""
        with self.transaction() as connection:
            for mail, item_keys in mails:
                self._queue(mail, now)
                connection.executemany(
                    "INSERT OR IGNORE INTO notices (item_key, mail_key, recorded_at) VALUES (?, ?, ?)",
                    [(key, mail.dedupe_key, now.isoformat()) for key in item_keys],
                )

    def noticed_items(self) -> set[str]:
        return {row[0] for row in self.connection.execute("SELECT item_key FROM notices")}

    def unsent_mail(self, *, due_by: datetime | None = None) -> list[QueuedMail]:
        """Mail not sent yet; with `due_by`, only what may be tried by then
        (a failed send waits before it is tried again)."""
        query = "SELECT * FROM outbox WHERE sent_at IS NULL"
        parameters: tuple = ()
        if due_by is not None:
            query += " AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
            parameters = (due_by.isoformat(),)
        rows = self.connection.execute(query + " ORDER BY id", parameters).fetchall()
        return [self._queued(row) for row in rows]

    def _queued(self, row: sqlite3.Row) -> QueuedMail:
        return QueuedMail(row["dedupe_key"], row["kind"], decode_outgoing(row["payload"]), row["message_key"],
                          row["id"], row["attempts"], json.loads(row["about"] or "[]"))

    def mark_sent(self, mail_id: int, *, now: datetime) -> None:
        self.connection.execute("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = NULL"
                                " WHERE id = ?", (now.isoformat(), mail_id))

    def mark_send_failed(self, mail_id: int, error: str, *, retry_at: datetime) -> None:
        self.connection.execute("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                                " WHERE id = ?", (error, retry_at.isoformat(), mail_id))

    def defer(self, mail_id: int, *, retry_at: datetime) -> None:
        self.connection.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", (retry_at.isoformat(), mail_id))

    def sent_mail(self) -> list[QueuedMail]:
        rows = self.connection.execute("SELECT * FROM outbox WHERE sent_at IS NOT NULL ORDER BY id").fetchall()
        return [self._queued(row) for row in rows]


def encode_outgoing(message: OutgoingMessage) -> str:
    return json.dumps({
        "to": message.to, "cc": message.cc, "subject": message.subject, "text": message.text,
        "html": message.html, "message_id": message.message_id, "in_reply_to": message.in_reply_to,
        "references": list(message.references), "headers": message.headers,
        "date": message.date.isoformat() if message.date else None,
        "attachments": [{"filename": item.filename, "content_type": item.content_type,
                         "data": item.data.hex()} for item in message.attachments],
    }, ensure_ascii=False)


def decode_outgoing(payload: str) -> OutgoingMessage:
    data = json.loads(payload)
    return OutgoingMessage(
        to=data["to"], cc=data["cc"], subject=data["subject"], text=data["text"], html=data["html"],
        message_id=data["message_id"], in_reply_to=data["in_reply_to"],
        references=tuple(data["references"]), headers=data["headers"],
        date=parse_datetime(data["date"]) if data["date"] else None,
        attachments=[Attachment(item["filename"], item["content_type"], bytes.fromhex(item["data"]))
                     for item in data["attachments"]],
    )


def apply_correction(form: ParsedForm, correction: Correction) -> None:
    """Put a correction's value into `form`, typed as the field is."""
    value = correction.value
    if correction.field == "date":
        form.date = parse_date(value)
    elif correction.field == "urgent_concern":
        form.urgent_concern = value == "true"
    elif correction.field in ParsedForm.__dataclass_fields__:
        setattr(form, correction.field, value)
    else:
        form.extra[correction.field] = value


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def parse_datetime(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
