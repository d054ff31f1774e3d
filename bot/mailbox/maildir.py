"""The embedded default mailbox: a Maildir on this computer.

The inbox is the Maildir itself (`new/`, `cur/`, `tmp/`); mail that has been
dealt with moves to the Maildir++ folders `.Processed` and `.Needs attention`
beside it, which any mail client that reads Maildir shows as folders. Sent
mail is written to the outbox folder, one `.eml` file per message, which
Outlook and Thunderbird open.

A move is a single rename within one filesystem, so a crash can never leave
a message in two places or in none.

When a message was received is its file's modification time, as Dovecot
and other Maildir servers keep it (a move preserves it); deadlines go by
that, not by the sender's Date header.
"""

from __future__ import annotations

import hashlib
import os
import socket
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from bot.mailbox.base import FOLDERS, InboundMessage, Mailbox, MailboxError, OutgoingMessage
from bot.mailbox.mime import build_message, parse_message

SUBDIRECTORIES = ("tmp", "new", "cur")
# Maildir writes flags after "<name>:2,"; Windows forbids ":" in file names,
# so there the usual substitute "!" is used.
INFO_SEPARATOR = "!" if os.name == "nt" else ":"


class MaildirMailbox(Mailbox):
    def __init__(self, root: Path, outbox: Path, *, address: str, display_name: str = ""):
        self.root = Path(root)
        self.outbox = Path(outbox)
        self.address = address
        self.display_name = display_name
        try:
            for folder in (self.root, *(self.folder_path(name) for name in FOLDERS)):
                create_maildir(folder)
            self.outbox.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise MailboxError(f"Cannot create the mailbox at {self.root}: {error.strerror}",
                               permanent=True) from None

    def folder_path(self, folder: str) -> Path:
        """Maildir++ keeps a folder as a hidden directory named after it."""
        return self.root / f".{folder}"

    def fetch_new(self) -> Iterator[InboundMessage]:
        for path in sorted(self._inbox_files(), key=arrival_order):
            try:
                raw = path.read_bytes()
                received = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
            except FileNotFoundError:
                continue  # filed by another process since the listing
            except OSError as error:
                raise MailboxError(f"Cannot read {path.name}: {error.strerror}") from None
            yield parse_message(raw, received=received, handle=path)

    def move(self, message: InboundMessage, folder: str) -> None:
        if folder not in FOLDERS:
            raise MailboxError(f"Unknown folder {folder!r}", permanent=True)
        source: Path = message.handle
        base_name = source.name.split(INFO_SEPARATOR, 1)[0]
        target = self.folder_path(folder) / "cur" / f"{base_name}{INFO_SEPARATOR}2,S"
        try:
            os.replace(source, target)
        except FileNotFoundError:
            if not target.exists():
                raise MailboxError(f"Message {base_name} is no longer in the inbox", permanent=True) from None
        except OSError as error:
            raise MailboxError(f"Cannot move {base_name} to {folder}: {error.strerror}") from None

    def send(self, message: OutgoingMessage) -> None:
        """Write `message` to the outbox as an .eml file. The file name ends
        with a digest of the Message-ID, so sending the same message again,
        a second or a day later, changes nothing; it starts with the time
        sent, so the outbox lists in order."""
        identity = message.message_id or f"{message.subject}|{message.to}|{message.text}"
        digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
        if any(self.outbox.glob(f"*-{digest}.eml")):
            return
        stamp = (message.date or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
        target = self.outbox / f"{stamp}-{digest}.eml"
        data = bytes(build_message(message, sender=self.address, sender_name=self.display_name))
        try:
            write_atomically(target, data)
        except OSError as error:
            raise MailboxError(f"Cannot write to the outbox {self.outbox}: {error.strerror}") from None

    def deliver(self, raw: bytes, received: datetime | None = None) -> Path:
        """Put a message into the inbox as a mail server would (tmp, then
        new), received at `received` (now when not given)."""
        name = unique_name()
        temporary = self.root / "tmp" / name
        temporary.write_bytes(raw)
        # Set explicitly, not left to the filesystem: Python's clock is the
        # one a test (or the demo) may have moved.
        stamp = (received or datetime.now(timezone.utc)).timestamp()
        os.utime(temporary, (stamp, stamp))
        target = self.root / "new" / name
        os.replace(temporary, target)
        return target

    def folder_messages(self, folder: str) -> list[Path]:
        directory = self.folder_path(folder)
        return sorted(path for sub in ("new", "cur") for path in (directory / sub).iterdir()
                      if not path.name.startswith("."))

    def _inbox_files(self) -> Iterator[Path]:
        for sub in ("new", "cur"):
            for path in (self.root / sub).iterdir():
                if path.is_file() and not path.name.startswith("."):
                    yield path


def create_maildir(path: Path) -> None:
    for sub in SUBDIRECTORIES:
        (path / sub).mkdir(parents=True, exist_ok=True)


def arrival_order(path: Path) -> tuple[float, str]:
    try:
        return (path.stat().st_mtime, path.name)
    except FileNotFoundError:
        return (0.0, path.name)


_counter = 0


def unique_name() -> str:
    """A Maildir file name: time, process and a counter, then the host."""
    global _counter
    _counter += 1
    host = socket.gethostname().replace("/", "_").replace(":", "_").replace("!", "_")
    return f"{time.time_ns()}.P{os.getpid()}Q{_counter}.{host}"


def write_atomically(target: Path, data: bytes) -> None:
    temporary = target.with_name(f".{target.name}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
