"""`status` and status.json: what an IT contact or a monitor needs to see."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from bot.cli import run_once
from bot.mailbox.maildir import MaildirMailbox
from bot.samples.messages import build_email

ROOT = Path(__file__).resolve().parent.parent


def test_status_shows_the_last_pass_the_queue_and_the_next_deadlines(settings):
    mailbox = MaildirMailbox(settings.mailbox.maildir, settings.mailbox.outbox, address=settings.mailbox.address)
    now = datetime(2026, 11, 20, 10, tzinfo=timezone.utc)
    mailbox.deliver(build_email(sender="karen.holt@northmoor.example.gov.uk", to=settings.mailbox.address,
                                subject="Question", body="When is the audit due?", date=now), received=now)
    run_once(settings, now=now, progress=lambda line: None)

    written = json.loads((settings.data_dir / "status.json").read_text())
    assert written["last_pass"]["messages"] == 1
    assert written["needs_attention"] == 1 and written["unsent_mail"] == []

    result = subprocess.run([sys.executable, str(ROOT / "run_bot.py"), "--config", str(settings.config_dir),
                             "--data-dir", str(settings.data_dir), "status"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Last pass:" in result.stdout and "1 message(s) read" in result.stdout
    assert "Messages filed in Needs attention: 1" in result.stdout
