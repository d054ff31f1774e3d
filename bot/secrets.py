"""Secrets come from the environment, never from the configuration files.

`secret("QA_BOT_IMAP_PASSWORD")` is the variable's value or, where
`QA_BOT_IMAP_PASSWORD_FILE` names a file instead (as Docker and systemd
credentials do), the file's contents without the final newline.
"""

from __future__ import annotations

import os
from pathlib import Path

from bot.errors import BotError


def secret(name: str) -> str | None:
    """The secret named `name`, or None when neither the variable nor its
    _FILE twin is set; `BotError` when the file cannot be read."""
    value = os.environ.get(name)
    if value:
        return value
    path = os.environ.get(f"{name}_FILE")
    if not path:
        return None
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as error:
        raise BotError(f"{name}_FILE names {path}, which cannot be read: {error.strerror or error}") from None
