"""Fail points: named places in a pass where a test may kill the process.

Set `QA_BOT_KILL_AT` to a point's name (optionally `name:N` for the N-th
time it is reached) and the process kills itself with SIGKILL there, as a
power cut or an out-of-memory kill would. This is how the tests prove that a
crash at any step neither loses nor duplicates anything. Unset, a fail point
costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal
from collections import Counter

POINTS = (
    "after-fetch",         # a message has been read from the mailbox
    "after-parse",         # its attachments have been parsed
    "after-store-commit",  # its rows and mail are committed, the mail not yet filed
    "after-file",          # the message has been filed
    "after-send",          # a queued email has been handed to the mailbox, not yet marked sent
    "during-tracker-write",  # the new workbook is half written
)

_reached: Counter[str] = Counter()


def checkpoint(name: str) -> None:
    target = os.environ.get("QA_BOT_KILL_AT")
    if not target:
        return
    point, _, count = target.partition(":")
    if point != name:
        return
    _reached[name] += 1
    if _reached[name] >= int(count or 1):
        os.kill(os.getpid(), signal.SIGKILL)
