"""What the mailbox contract tests need of a backend: the adapter under
test, and a way round it to deliver mail to its inbox and see what it sent
and filed, as the real server would show them.

Each backend's harness is a context manager yielding a `Harness`:
`maildir_harness` here, `imap_harness` in `imap_server.py` (a real Dovecot
and SMTP server on loopback), `graph_harness` in `graph_server.py` (a local
server speaking Microsoft Graph's wire format to the real O365 library).
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

import yaml

from bot.mailbox import Mailbox
from bot.mailbox.maildir import MaildirMailbox

ADDRESS = "cscaudits@northmoor.example.gov.uk"


@dataclass
class Harness:
    open_mailbox: Callable[[], Mailbox]       # a new adapter, as after a restart
    # a message arrives in the inbox: deliver(raw, received=None), received
    # being when the mailbox got it (now when not given)
    deliver: Callable[..., None]
    sent: Callable[[], list[EmailMessage]]     # what the adapter has sent
    filed: Callable[[str], list[EmailMessage]]  # what is in the folder named
    # The `mailbox` section of bot.yaml that points the bot at this mailbox,
    # and the environment variables (secrets) it needs.
    bot_mailbox: dict = field(default_factory=dict)
    environment: dict = field(default_factory=dict)


def configure_bot(harness: Harness, config_dir: Path, monkeypatch) -> None:
    """Point the configuration in `config_dir` at the harness's mailbox."""
    path = config_dir / "bot.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw["mailbox"] = harness.bot_mailbox
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")
    for name, value in harness.environment.items():
        monkeypatch.setenv(name, value)


def harness_factory(name: str) -> Callable[[Path], contextlib.AbstractContextManager[Harness]]:
    """The harness of the backend called `name` (maildir, imap or graph).
    Raise ModuleNotFoundError when that backend's harness is not written yet."""
    if name == "maildir":
        return maildir_harness
    module = importlib.import_module(f"{name}_server")
    return getattr(module, f"{name}_harness")


def parse(raw: bytes) -> EmailMessage:
    return BytesParser(policy=policy.default).parsebytes(raw)


@contextlib.contextmanager
def maildir_harness(tmp_path: Path) -> Iterator[Harness]:
    root, outbox = tmp_path / "mailbox", tmp_path / "outbox"

    def open_mailbox() -> MaildirMailbox:
        return MaildirMailbox(root, outbox, address=ADDRESS, display_name="CSC Audits")

    server_side = open_mailbox()
    yield Harness(
        open_mailbox=open_mailbox,
        deliver=server_side.deliver,
        sent=lambda: [parse(path.read_bytes()) for path in sorted(outbox.glob("*.eml"))],
        filed=lambda folder: [parse(path.read_bytes()) for path in server_side.folder_messages(folder)],
        bot_mailbox={"backend": "maildir", "address": ADDRESS, "display_name": "CSC Audits",
                     "maildir": {"path": str(root), "outbox": str(outbox)}},
    )
