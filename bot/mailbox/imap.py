"""The 'imap' mailbox: any IMAP server for reading and filing, SMTP for sending.

    mailbox = ImapMailbox.from_settings(settings)

Works with Dovecot, Exchange Online (with an OAuth access token through
`AUTHENTICATE XOAUTH2`) and any server that speaks IMAP4rev1. Only this
module imports `imaplib`; `smtp.py` beside it sends. Every library error
leaves as a `MailboxError`.

Message keys. IMAP names a message by its UID within the folder's
UIDVALIDITY, but that name is lost the moment the message moves (it gets a
new UID in the target folder) and every name changes when the server
rebuilds the folder (a new UIDVALIDITY). The core's idempotency rests on
`InboundMessage.key` staying the same across a crash between recording a
message and filing it, so the key is the Message-ID, which survives both;
a message without one is keyed by a hash of its bytes (as `parse_message`
and the Maildir adapter do), which the server keeps unchanged while the
message waits. A rerun therefore never handles a message twice, whatever
the server renumbered. `f"imap:{uidvalidity}:{uid}"` is only the handle
`move` uses to find the message again; when the inbox's UIDVALIDITY no
longer matches, `move` finds it by its Message-ID instead.

Reading never changes a message: bodies are fetched with `BODY.PEEK[]`, in
batches of bounded size, oldest (lowest UID) first. Messages flagged
\\Deleted but not yet expunged are left alone.

Filing creates `Processed` and `Needs attention` when absent, named inside
the server's personal namespace (`INBOX.Processed` on servers that keep
folders under the inbox) in modified UTF-7, and moves with `MOVE` (RFC 6851)
when the server offers it, else with `COPY`, `\\Deleted` and `UID EXPUNGE`
(or a plain `EXPUNGE` without UIDPLUS). Moving a message that is no longer
in the inbox does nothing.

A copy of each message sent is appended to a folder named exactly `Sent`
when the account has one; Exchange Online keeps its own copy in `Sent Items`,
which this never touches, so nothing is kept twice.
"""

from __future__ import annotations

import base64
import functools
import imaplib
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from bot.mailbox.base import FOLDERS, InboundMessage, Mailbox, MailboxError, OutgoingMessage
from bot.mailbox.mime import build_message, parse_message
from bot.mailbox.smtp import TIMEOUT, Secrets, Server, SmtpSender, network_error, xoauth2_responder
from bot.secrets import secret

if TYPE_CHECKING:
    from bot.config import Settings

log = logging.getLogger(__name__)

# A batch of bodies is fetched in one command; its size bounds the memory a
# pass holds at once (a single larger message is still fetched, alone).
BATCH_MESSAGES = 20
BATCH_BYTES = 16 * 1024 * 1024
SENT_FOLDER = "Sent"
# Response codes (RFC 5530) that say "not now" rather than "no".
TRANSIENT_CODES = ("[UNAVAILABLE]", "[INUSE]", "[LIMIT]", "[SERVERBUG]")

T = TypeVar("T")


@dataclass(frozen=True)
class ImapHandle:
    """Where a listed message was: its UID in the inbox of that UIDVALIDITY."""

    uidvalidity: int
    uid: int

    def __str__(self) -> str:
        return f"imap:{self.uidvalidity}:{self.uid}"


class ImapMailbox(Mailbox):
    def __init__(self, imap: Mapping, smtp: Mapping | None, *, address: str, display_name: str = "",
                 secrets: Secrets = secret):
        """`imap` and `smtp` are the checked `mailbox.imap` and `mailbox.smtp`
        sections; `secrets` maps a variable's name to its value (the
        environment, by default). Raise a permanent `MailboxError` for settings
        that cannot work."""
        if not imap or not imap.get("host") or not imap.get("username"):
            raise MailboxError("The 'imap' mailbox needs a mailbox.imap section in bot.yaml with at least "
                               "its host and username", permanent=True)
        self.server = Server.from_settings("IMAP", imap)
        self.inbox = imap.get("inbox", "INBOX")
        self.address = address
        self.display_name = display_name
        self.secrets = secrets
        self.sender = SmtpSender(Server.from_settings("SMTP", smtp) if smtp else None, secrets=secrets)
        self._connection: imaplib.IMAP4 | None = None
        self._capabilities: frozenset[str] = frozenset()
        self._uidvalidity: int | None = None
        self._prefix: str | None = None
        self._folder_names: dict[str, str] = {}
        self._sent_folder: str | None = None  # "" once known to be absent

    @classmethod
    def from_settings(cls, settings: Settings) -> ImapMailbox:
        mailbox = settings.mailbox
        return cls(mailbox.imap, mailbox.smtp, address=mailbox.address, display_name=mailbox.display_name)

    # -- the Mailbox interface -------------------------------------------------

    def fetch_new(self) -> Iterator[InboundMessage]:
        uidvalidity, entries = self._run(self._list_inbox)
        for batch in batches(entries):
            fetched = self._run(functools.partial(self._fetch_bodies, uidvalidity=uidvalidity, batch=batch))
            if fetched is None:
                log.warning("The IMAP server renumbered the inbox %s during the pass; "
                            "the rest is read on the next pass", self.inbox)
                return
            for uid, _ in batch:
                if uid in fetched:
                    raw, received = fetched[uid]
                    yield parse_message(raw, received=received, handle=ImapHandle(uidvalidity, uid))

    def move(self, message: InboundMessage, folder: str) -> None:
        if folder not in FOLDERS:
            raise MailboxError(f"Unknown folder {folder!r}", permanent=True)
        if not isinstance(message.handle, ImapHandle):
            raise MailboxError(f"Message {message.key} was not read from this IMAP mailbox", permanent=True)
        self._run(lambda connection: self._move(connection, message, folder))

    def send(self, message: OutgoingMessage) -> None:
        data = bytes(build_message(message, sender=self.address, sender_name=self.display_name))
        recipients = list(dict.fromkeys(address.strip() for address in [*message.to, *message.cc]))
        self.sender.send(self.address, recipients, data)
        self._keep_sent_copy(data)

    def check(self) -> list[str]:
        """Connect, sign in, open the inbox and make sure both folders exist;
        then reach and sign in to the SMTP server."""
        problems = []
        try:
            self._run(lambda connection: [self._folder(connection, folder) for folder in FOLDERS])
        except MailboxError as error:
            problems.append(str(error))
        problems.extend(self.sender.check())
        return problems

    def close(self) -> None:
        """Log out (which, unlike CLOSE, expunges nothing) and quit SMTP."""
        if self._connection is not None:
            try:
                self._connection.logout()
            except (imaplib.IMAP4.error, OSError):
                pass
            self._discard()
        self.sender.close()

    # -- connection --------------------------------------------------------------

    def _run(self, operation: Callable[[imaplib.IMAP4], T]) -> T:
        """Run `operation` on a signed-in connection with the inbox selected,
        connecting again once when the connection has dropped."""
        for attempt in (1, 2):
            connection = self._connection or self._connect()
            try:
                return operation(connection)
            except (imaplib.IMAP4.abort, OSError) as error:
                self._discard()
                if attempt == 2:
                    if isinstance(error, OSError):
                        raise network_error(self.server, error) from None
                    raise MailboxError(f"Lost the connection to {self.server.where}: {error}") from None
                log.info("The connection to %s dropped (%s); connecting again", self.server.where, error)
            except imaplib.IMAP4.error as error:
                raise MailboxError(f"{capital(self.server.where)} rejected a command: {error}",
                                   permanent=True) from None
        raise AssertionError("unreachable")

    def _connect(self) -> imaplib.IMAP4:
        server = self.server
        secret_value = server.secret(self.secrets)
        context = server.tls_context() if server.security != "none" else None
        connection = None
        try:
            if server.security == "tls":
                connection = imaplib.IMAP4_SSL(server.host, server.port, ssl_context=context, timeout=TIMEOUT)
            else:
                connection = imaplib.IMAP4(server.host, server.port, timeout=TIMEOUT)
                if server.security == "starttls":
                    if "STARTTLS" not in connection.capabilities:
                        raise MailboxError(f"{capital(server.where)} does not offer STARTTLS: check the port "
                                           "(143 for 'starttls', 993 for 'tls')", permanent=True)
                    connection.starttls(context)
            self._sign_in(connection, secret_value)
            self._capabilities = capabilities(connection)
            self._select_inbox(connection)
        except MailboxError:
            shut(connection)
            raise
        except imaplib.IMAP4.readonly:
            shut(connection)
            raise MailboxError(f"The inbox {self.inbox} is read-only for {server.username}: "
                               "the account needs the right to move mail out of it", permanent=True) from None
        except imaplib.IMAP4.error as error:
            shut(connection)
            if "not connected" in str(error).lower():
                # Exchange Online's answer when the sign-in worked but the
                # app or account has no access to this mailbox.
                raise MailboxError(f"{capital(server.where)} accepted the sign-in for {server.username} but would "
                                   f"not open the mailbox ({error}): give the account, or the app's service "
                                   "principal, full access to it", permanent=True) from None
            raise MailboxError(f"Cannot talk to {server.where}: {error}") from None
        except OSError as error:
            shut(connection)
            raise network_error(server, error) from None
        self._connection = connection
        return connection

    def _sign_in(self, connection: imaplib.IMAP4, secret_value: str) -> None:
        server = self.server
        try:
            if server.auth == "xoauth2":
                connection.authenticate("XOAUTH2", xoauth2_responder(server.username, secret_value))
            elif "AUTH=PLAIN" in connection.capabilities:
                # PLAIN carries any password as UTF-8, where LOGIN allows ASCII only.
                plain = f"\0{server.username}\0{secret_value}"
                connection.authenticate("PLAIN", lambda challenge: plain)
            else:
                connection.login(quoted(server.username), secret_value)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as error:
            log.warning("%s refused the sign-in for %s: %s", capital(server.where), server.username, error)
            if any(code in str(error).upper() for code in TRANSIENT_CODES):
                raise MailboxError(f"{capital(server.where)} could not sign in {server.username} just now "
                                   f"({error}); the next pass tries again") from None
            raise server.refused_sign_in() from None

    def _select_inbox(self, connection: imaplib.IMAP4) -> None:
        status, data = connection.select(quoted(encode_folder_name(self.inbox)))
        if status != "OK":
            raise MailboxError(f"{capital(self.server.where)} has no folder {self.inbox!r} for "
                               f"{self.server.username} ({text_of(data)}): check mailbox.imap.inbox",
                               permanent=True)
        _, values = connection.response("UIDVALIDITY")
        self._uidvalidity = int(values[0]) if values and values[0] else 0

    def _discard(self) -> None:
        shut(self._connection)
        self._connection = None

    # -- reading -----------------------------------------------------------------

    def _list_inbox(self, connection: imaplib.IMAP4) -> tuple[int, list[tuple[int, int]]]:
        """The inbox's UIDVALIDITY and its waiting messages' (UID, size), oldest first."""
        uids = search(connection, "UNDELETED")
        if not uids:
            return self._uidvalidity, []
        data = expect(connection.uid("FETCH", uid_set(uids), "(UID RFC822.SIZE)"), "list the inbox")
        sizes = {}
        for item in data:
            text = item[0] if isinstance(item, tuple) else item
            uid, size = re.search(rb"UID (\d+)", text or b""), re.search(rb"RFC822\.SIZE (\d+)", text or b"")
            if uid and size:
                sizes[int(uid.group(1))] = int(size.group(1))
        return self._uidvalidity, [(uid, sizes[uid]) for uid in sorted(uids) if uid in sizes]

    def _fetch_bodies(self, connection: imaplib.IMAP4, uidvalidity: int,
                      batch: list[tuple[int, int]]) -> dict[int, tuple[bytes, datetime | None]] | None:
        """The bytes and arrival time of each message of `batch` still in the
        inbox; None when the inbox has been renumbered since it was listed."""
        if self._uidvalidity != uidvalidity:
            return None
        uids = [uid for uid, _ in batch]
        data = expect(connection.uid("FETCH", uid_set(uids), "(UID INTERNALDATE BODY.PEEK[])"),
                      "read messages in the inbox")
        return fetched_bodies(data)

    # -- filing ------------------------------------------------------------------

    def _move(self, connection: imaplib.IMAP4, message: InboundMessage, folder: str) -> None:
        target = quoted(self._folder(connection, folder))
        uid = self._locate(connection, message)
        if uid is None:
            log.info("Message %s is no longer in the inbox; nothing to move", message.key)
            return
        if "MOVE" in self._capabilities:
            expect(connection.uid("MOVE", str(uid), target), f"move a message to {folder}")
            return
        expect(connection.uid("COPY", str(uid), target), f"copy a message to {folder}")
        expect(connection.uid("STORE", str(uid), "+FLAGS.SILENT", r"(\Deleted)"),
               "remove a filed message from the inbox")
        if "UIDPLUS" in self._capabilities:
            expect(connection.uid("EXPUNGE", str(uid)), "remove a filed message from the inbox")
        else:
            expect(connection.expunge(), "remove a filed message from the inbox")

    def _locate(self, connection: imaplib.IMAP4, message: InboundMessage) -> int | None:
        """The message's UID in the inbox now, or None when it has left."""
        handle: ImapHandle = message.handle
        if handle.uidvalidity == self._uidvalidity:
            return handle.uid if handle.uid in search(connection, "UID", str(handle.uid), "UNDELETED") else None
        if not message.message_id or not message.message_id.isascii():
            return None
        found = search(connection, "UNDELETED", "HEADER", "Message-ID", quoted(f"<{message.message_id}>"))
        return min(found) if found else None

    def _folder(self, connection: imaplib.IMAP4, folder: str) -> str:
        """The server's name for `folder`, created (and subscribed, so mail
        clients show it) when absent."""
        if folder in self._folder_names:
            return self._folder_names[folder]
        name = self._namespace_prefix(connection) + encode_folder_name(folder)
        if not folder_exists(connection, name):
            status, data = connection.create(quoted(name))
            if status != "OK" and "ALREADYEXISTS" not in text_of(data).upper():
                raise MailboxError(f"{capital(self.server.where)} did not let {self.server.username} create "
                                   f"the folder {folder!r} ({text_of(data)}): create it by hand, "
                                   "or give the account the right to", permanent=True)
            connection.subscribe(quoted(name))
            log.info("Created the folder %s on %s", name, self.server.where)
        self._folder_names[folder] = name
        return name

    def _namespace_prefix(self, connection: imaplib.IMAP4) -> str:
        """The personal namespace's prefix ('' on most servers, 'INBOX.' on
        those that keep every folder under the inbox)."""
        if self._prefix is None:
            self._prefix = ""
            if "NAMESPACE" in self._capabilities:
                status, data = connection.namespace()
                match = re.match(rb'\(\("((?:[^"\\]|\\.)*)"', data[0] or b"") if status == "OK" and data else None
                if match:
                    self._prefix = unquote(match.group(1).decode("ascii", "replace"))
        return self._prefix

    # -- sent mail ---------------------------------------------------------------

    def _keep_sent_copy(self, data: bytes) -> None:
        """Append a sent message to the `Sent` folder when the account has one.
        The message has gone by now, so a failure here is only logged."""
        if self._sent_folder == "":
            return
        try:
            self._run(lambda connection: self._append_sent(connection, data))
        except MailboxError as error:
            self._sent_folder = ""
            log.warning("A sent message could not be copied to %s: %s", SENT_FOLDER, error)

    def _append_sent(self, connection: imaplib.IMAP4, data: bytes) -> None:
        if self._sent_folder is None:
            name = self._namespace_prefix(connection) + SENT_FOLDER
            self._sent_folder = name if folder_exists(connection, name) else ""
        if self._sent_folder:
            expect(connection.append(quoted(self._sent_folder), r"(\Seen)",
                                     imaplib.Time2Internaldate(time.time()), data), "keep a copy of sent mail")


# -- protocol helpers ------------------------------------------------------------


def expect(result: tuple[str, list], what: str) -> list:
    """The data of an OK response; a `MailboxError` saying `what` failed otherwise."""
    status, data = result
    if status == "OK":
        return data
    reason = text_of(data)
    raise MailboxError(f"The IMAP server would not {what} ({reason})",
                       permanent=not any(code in reason.upper() for code in TRANSIENT_CODES))


def search(connection: imaplib.IMAP4, *criteria: str) -> list[int]:
    data = expect(connection.uid("SEARCH", *criteria), "search the inbox")
    return [int(uid) for uid in b" ".join(item for item in data if item).split()]


def capabilities(connection: imaplib.IMAP4) -> frozenset[str]:
    """What the server offers once signed in (often more than before)."""
    data = expect(connection.capability(), "list its capabilities")
    return frozenset(b" ".join(item for item in data if item).decode("ascii", "replace").upper().split())


def folder_exists(connection: imaplib.IMAP4, name: str) -> bool:
    status, data = connection.list('""', quoted(name))
    return status == "OK" and any(item for item in data)


def fetched_bodies(data: list) -> dict[int, tuple[bytes, datetime | None]]:
    """Given a FETCH response of UID, INTERNALDATE and BODY[], return each
    message's bytes and arrival time by UID. Servers put the items in any
    order, so the UID may come before or after the body."""
    records: list[list] = []  # [response text, body]
    for item in data:
        if isinstance(item, tuple):
            records.append([item[0], item[1]])
        elif isinstance(item, bytes) and records and not re.match(rb"\d+ \(", item):
            records[-1][0] += item
    result = {}
    for text, body in records:
        uid = re.search(rb"UID (\d+)", text)
        if uid:
            result[int(uid.group(1))] = (body, arrival_time(text))
    return result


def arrival_time(text: bytes) -> datetime | None:
    """The INTERNALDATE in a FETCH response ("04-Dec-2026 09:15:02 +0000"),
    when the server received the message; None when absent or unreadable,
    and the message's own Date header is used instead."""
    found = re.search(rb'INTERNALDATE "([^"]+)"', text)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1).decode("ascii").strip(), "%d-%b-%Y %H:%M:%S %z")
    except ValueError:
        return None


def batches(entries: list[tuple[int, int]]) -> Iterator[list[tuple[int, int]]]:
    """Split (UID, size) pairs into batches of at most BATCH_MESSAGES and,
    unless one message alone is larger, BATCH_BYTES."""
    batch: list[tuple[int, int]] = []
    total = 0
    for uid, size in entries:
        if batch and (len(batch) >= BATCH_MESSAGES or total + size > BATCH_BYTES):
            yield batch
            batch, total = [], 0
        batch.append((uid, size))
        total += size
    if batch:
        yield batch


def uid_set(uids: list[int]) -> str:
    """`[1, 2, 3, 7]` as the IMAP sequence set `1:3,7`."""
    ranges: list[list[int]] = []
    for uid in sorted(uids):
        if ranges and uid == ranges[-1][1] + 1:
            ranges[-1][1] = uid
        else:
            ranges.append([uid, uid])
    return ",".join(str(first) if first == last else f"{first}:{last}" for first, last in ranges)


def encode_folder_name(name: str) -> str:
    """`name` in IMAP's modified UTF-7 (RFC 3501, 5.1.3): printable ASCII
    stays as it is ('&' becomes '&-'), anything else is base64 of UTF-16
    between '&' and '-'."""
    parts: list[str] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            encoded = base64.b64encode("".join(pending).encode("utf-16-be")).decode("ascii")
            parts.append("&" + encoded.rstrip("=").replace("/", ",") + "-")
            pending.clear()

    for character in name:
        if 0x20 <= ord(character) <= 0x7E:
            flush()
            parts.append("&-" if character == "&" else character)
        else:
            pending.append(character)
    flush()
    return "".join(parts)


def quoted(text: str) -> str:
    """`text` as an IMAP quoted string (so 'Needs attention' stays one argument)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def unquote(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def text_of(data: list) -> str:
    return " ".join(item.decode("utf-8", "replace") if isinstance(item, bytes) else str(item)
                    for item in data if item) or "no reason given"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def shut(connection: imaplib.IMAP4 | None) -> None:
    if connection is not None:
        try:
            connection.shutdown()
        except OSError:
            pass
