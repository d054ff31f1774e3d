"""The command line: `python run_bot.py [--config DIR] [--data-dir DIR] COMMAND ...`.

Errors a person can act on are printed as plain sentences, never as a
traceback; anything unexpected is written in full to the log file and named
in one line on screen.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import logging
import logging.handlers
import sys
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import __version__
from bot.errors import BotError, ConfigError

log = logging.getLogger("bot")
LONDON = ZoneInfo("Europe/London")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
    if not getattr(arguments, "handler", None):
        parser.print_help()
        return 2
    try:
        return arguments.handler(arguments)
    except ConfigError as error:
        print(error.describe(), file=sys.stderr)
        return 2
    except BotError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): nothing more to say to it.
        sys.stderr.close()
        return 0
    except Exception as error:  # the last line of defence: no traceback on screen
        log.exception("Unexpected error")
        where = getattr(arguments, "log_file", None)
        hint = f" Details are in the log: {where}" if where else ""
        print(f"Something went wrong: {type(error).__name__}: {error}.{hint}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py",
        description="The QA bot: reads emailed audit and observation forms into the QA tracker.",
    )
    parser.add_argument("--config", type=Path, default=Path("config"), metavar="DIR",
                        help="the configuration folder (default: ./config)")
    parser.add_argument("--data-dir", type=Path, default=Path("var"), metavar="DIR",
                        help="where the mailbox, tracker, store and logs live (default: ./var)")
    parser.add_argument("--version", action="version", version=f"QA bot {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    once = commands.add_parser("once", help="one pass: read new mail, update the tracker, send replies and alerts")
    once.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD",
                      help="run as if today were this date (default: today)")
    once.set_defaults(handler=command_once)

    demo = commands.add_parser("demo", help="fill a local mailbox with sample forms and run one pass")
    demo.set_defaults(handler=command_demo)

    parse = commands.add_parser("parse", help="read forms without a mailbox and show what the bot finds")
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    parse.set_defaults(handler=command_parse)
    return parser


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


# Commands -----------------------------------------------------------------

def command_once(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    now = moment(arguments.today)
    with data_dir_lock(settings.data_dir):
        summary = run_once(settings, now=now, progress=print)
    print_summary(summary, settings)
    return 0


def command_demo(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.demo import seed_mailbox

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    now = moment(None)
    with data_dir_lock(settings.data_dir):
        added = seed_mailbox(settings, now=now)
        if added:
            print(f"Added {added} sample emails from invented managers to {settings.mailbox.maildir}")
        else:
            print("The sample emails were added by an earlier demo; nothing new to add.")
        summary = run_once(settings, now=now, progress=print)
    print_summary(summary, settings)
    print()
    print("Where to look:")
    print(f"  Tracker workbook:     {settings.tracker_file}")
    print(f"  Sent mail (.eml):     {settings.mailbox.outbox}")
    print(f"  Mailbox (Maildir):    {settings.mailbox.maildir}")
    print(f"    filed:              {settings.mailbox.maildir / '.Processed'}")
    print(f"    needs attention:    {settings.mailbox.maildir / '.Needs attention'}")
    print(f"  Store:                {settings.state_db}")
    print(f"  Log:                  {settings.log_file}")
    return 0


def command_parse(arguments: argparse.Namespace) -> int:
    from bot.forms import ParsedForm, parse_bytes

    definitions = load_form_definitions(arguments.config)
    for path in arguments.files:
        try:
            data = path.read_bytes()
        except OSError as error:
            form = ParsedForm(file=path.name, ok=False,
                              errors=[f"The file cannot be opened: {error.strerror or error}."])
        else:
            form = parse_bytes(data, path.name, definitions)
        if arguments.json:
            print(json.dumps(form.to_json(), ensure_ascii=False), flush=True)
        else:
            print_form(form)
    return 0


# Helpers ------------------------------------------------------------------

def run_once(settings, *, now: datetime, progress):
    """One pass over the mailbox, then the tracker if anything changed."""
    from bot import tracker
    from bot.ingest import run_pass
    from bot.mailbox import open_mailbox
    from bot.store import Store

    store = Store(settings.state_db)
    mailbox = open_mailbox(settings)
    try:
        progress(f"Reading new mail in {settings.mailbox.address} ...")
        summary = run_pass(settings, mailbox, store, now=now, progress=progress)
        fingerprint = store.fingerprint()
        if (summary.changed or not settings.tracker_file.exists()
                or store.get_meta("tracker_fingerprint") != fingerprint):
            try:
                tracker.rebuild(store, settings.forms, settings.tracker_file, now=now)
            except OSError as error:
                log.error("The tracker could not be written: %s", error)
                progress(f"  ! The tracker could not be written ({error.strerror or error}); "
                         "it will be written on the next pass")
            else:
                store.set_meta("tracker_fingerprint", fingerprint)
                summary.tracker_rebuilt = True
        return summary
    finally:
        mailbox.close()
        store.close()


def print_summary(summary, settings) -> None:
    print()
    if summary.messages == 0:
        print("No new mail.")
    else:
        print(f"{summary.messages} message{'s' if summary.messages != 1 else ''} read: "
              f"{summary.forms_logged} form{'s' if summary.forms_logged != 1 else ''} logged, "
              f"{summary.needs_attention} for a person to look at (Needs attention), "
              f"{summary.ignored} automatic or own mail set aside.")
    if summary.mail_sent or summary.mail_unsent:
        print(f"{summary.mail_sent} email{'s' if summary.mail_sent != 1 else ''} sent"
              + (f", {summary.mail_unsent} waiting to be retried" if summary.mail_unsent else "") + ".")
    if summary.failed:
        print(f"{summary.failed} message{'s' if summary.failed != 1 else ''} could not be handled "
              f"and will be retried; see the log: {settings.log_file}")
    print(f"Tracker {'updated' if summary.tracker_rebuilt else 'unchanged'}: {settings.tracker_file}")


def print_form(form) -> None:
    print(f"{form.file}: {'OK' if form.ok else 'NOT USABLE'}")
    data = form.to_json()
    for key in ("form", "case_id", "auditor", "practitioner", "team", "service", "date",
                "grade", "moderated_grade", "final_grade", "urgent_concern"):
        if data[key] not in (None, False):
            print(f"  {key.replace('_', ' ')}: {data[key]}")
    for section, grade in form.section_grades.items():
        print(f"  section: {section}: {grade}")
    for label, items in (("strength", form.strengths), ("area for development", form.development_areas),
                         ("moderator comment", form.moderator_comments)):
        for item in items:
            print(f"  {label}: {item}")
    for action in form.actions:
        print(f"  action: {action.action} (owner: {action.owner or '-'}, due: {action.due or '-'})")
    for error in form.errors:
        print(f"  problem: {error}")
    for warning in form.warnings:
        print(f"  note: {warning}")


def load_form_definitions(config_dir: Path):
    """The form definitions, without needing the rest of the configuration
    (`parse` works on a machine with no mailbox set up)."""
    from bot.config import read_yaml
    from bot.forms import load_definitions

    forms_file = config_dir / "forms.yaml"
    bot_file = config_dir / "bot.yaml"
    if bot_file.exists():
        try:
            raw = read_yaml(bot_file)
            forms_file = config_dir / raw.get("forms", {}).get("file", "forms.yaml")
        except (ConfigError, AttributeError):
            pass
    try:
        return load_definitions(forms_file)
    except ConfigError as error:
        raise ConfigError([f"In {forms_file}: {problem}" for problem in error.problems],
                          source="form definitions") from None


def moment(today: date | None) -> datetime:
    """Now, or the same time of day on `today` when a date is given."""
    now = datetime.now(timezone.utc)
    if today is None:
        return now
    local = now.astimezone(LONDON)
    return datetime.combine(today, local.time().replace(microsecond=0), LONDON).astimezone(timezone.utc)


def setup_logging(path: Path, level: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=5_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(getattr(logging, level, logging.INFO))


@contextmanager
def data_dir_lock(data_dir: Path):
    """Only one pass at a time on a data directory (say, the daemon and a
    manual `once`): a second one stops with a clear message."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with open(data_dir / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BotError(f"Another QA bot pass is running on {data_dir}; try again when it has finished.") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


__all__ = ["main"]
