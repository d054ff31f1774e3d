"""The single-holder file lock behind the daemon lock (and the pass lock)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.locks import FileLock

ROOT = Path(__file__).resolve().parent.parent

HOLD = """
import sys, time
sys.path.insert(0, sys.argv[2])
from bot.locks import FileLock
lock = FileLock(sys.argv[1])
assert lock.acquire()
lock.write_note("held by the child")
print("held", flush=True)
time.sleep(60)
"""


def test_one_holder_at_a_time_and_the_note_names_it(tmp_path):
    path = tmp_path / "data" / ".daemon.lock"
    first, second = FileLock(path), FileLock(path)
    assert first.acquire()
    first.write_note("1234")
    assert not second.acquire(), "a second lock on the same file, even in this process, must wait"
    assert second.read_note() == "1234", "trying does not wipe the holder's note"
    first.release()
    assert first.read_note() == "", "a released lock leaves no stale note"
    assert second.acquire()
    second.release()


def test_a_lock_is_dropped_when_its_holder_is_killed(tmp_path):
    path = tmp_path / ".daemon.lock"
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(ROOT)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        lock = FileLock(path)
        assert not lock.acquire()
        assert lock.read_note() == "held by the child"
        os.kill(child.pid, signal.SIGKILL)  # no chance to release it
        child.wait(10)
        deadline = time.monotonic() + 5
        while not lock.acquire():
            assert time.monotonic() < deadline, "the lock of a killed process was never freed"
            time.sleep(0.05)
        lock.release()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)


def test_only_the_holder_writes_the_note(tmp_path):
    lock = FileLock(tmp_path / ".lock")
    with pytest.raises(RuntimeError):
        lock.write_note("1234")
    lock.release()  # harmless when never taken
