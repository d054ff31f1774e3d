"""Exclusive locks on a file, one process at a time, on Linux, macOS and Windows.

    lock = FileLock(data_dir / ".daemon.lock")
    if not lock.acquire():
        print(f"Busy: process {lock.read_note()} holds it")
    ...
    lock.release()

The operating system drops a lock when its holder ends, however it ends (a
crash, `kill -9`, a power cut), so a lock can never be left stale and the
lock file is never deleted: deleting it would let two processes each lock a
different file of the same name.

POSIX systems lock with `fcntl.flock`; Windows, which has no `fcntl`, with
`msvcrt.locking`. Windows locks are mandatory (nobody else may read a locked
byte), so the lock is taken on a byte far past the note, which other
processes can then still read.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

if os.name == "nt":
    import msvcrt
else:
    import fcntl

# Where Windows locks: past any note the file will ever hold.
WINDOWS_LOCK_OFFSET = 1 << 20

# What `msvcrt.locking` reports when another process holds the byte.
WINDOWS_BUSY = {errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)}


class FileLock:
    """An exclusive lock on the file at `path` (created when missing), with a
    short note in the file saying who holds it (a process id, say)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.descriptor: int | None = None
        self.held = False

    def acquire(self) -> bool:
        """Take the lock without waiting. Return True when this process now
        holds it, False when another holder (another process, or another
        `FileLock` on the same file in this one) has it; raise `OSError` when
        the file cannot be created or opened."""
        if self.held:
            return True
        if self.descriptor is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # No O_TRUNC: the file holds the current holder's note.
            self.descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            lock_descriptor(self.descriptor)
        except BlockingIOError:
            return False
        except OSError as error:
            if os.name == "nt" and error.errno in WINDOWS_BUSY:
                return False
            raise
        self.held = True
        return True

    def release(self) -> None:
        """Give the lock up (emptying the note) and close the file. Safe to
        call when the lock is not held."""
        if self.descriptor is None:
            return
        try:
            if self.held:
                os.ftruncate(self.descriptor, 0)
                unlock_descriptor(self.descriptor)
        finally:
            self.held = False
            os.close(self.descriptor)
            self.descriptor = None

    def write_note(self, text: str) -> None:
        """Replace the note with `text`; only the holder may write it."""
        if not self.held:
            raise RuntimeError("write_note() needs the lock held")
        data = text.encode("utf-8")
        os.lseek(self.descriptor, 0, os.SEEK_SET)
        os.write(self.descriptor, data)
        os.ftruncate(self.descriptor, len(data))
        os.fsync(self.descriptor)

    def read_note(self) -> str:
        """The holder's note, or "" when there is none or it cannot be read."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc_info) -> None:
        self.release()


if os.name == "nt":
    def lock_descriptor(descriptor: int) -> None:
        os.lseek(descriptor, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)

    def unlock_descriptor(descriptor: int) -> None:
        os.lseek(descriptor, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
else:
    def lock_descriptor(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def unlock_descriptor(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)


__all__ = ["FileLock"]
