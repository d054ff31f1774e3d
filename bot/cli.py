"""The command line: `python run_bot.py [--config DIR] [--data-dir DIR] COMMAND ...`.

Errors a person can act on are printed as plain sentences, never as a
traceback; anything unexpected is written in full to the log file and named
in one line on screen.
"""

from __future__ import annotations

import argparse
import json
import logging
import logging.handlers
import sys
import time
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from bot import __version__
from bot.calendar import LONDON, is_working_day
from bot.errors import BotError, ConfigError

log = logging.getLogger("bot")


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

    deadlines = commands.add_parser("deadlines", help="the QA calendar for a month: what is due, from whom")
    deadlines.add_argument("--month", type=iso_month, required=True, metavar="YYYY-MM")
    deadlines.add_argument("--json", action="store_true", help="one JSON array of deadlines")
    deadlines.set_defaults(handler=command_deadlines)

    remind = commands.add_parser("remind", help="send the reminders and escalations due on a day")
    remind.add_argument("--today", type=iso_date, metavar="YYYY-MM-DD", help="the day (default: today)")
    remind.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    remind.add_argument("--json", action="store_true", help="one JSON array of the messages")
    remind.set_defaults(handler=command_remind)

    report = commands.add_parser("report", help="draft a Word report (or --send an approved one)")
    kinds = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    for kind, help_text, option in (
        ("monthly", "the monthly QA audit report", "month"),
        ("overview", "a Head of Service overview for one service", "month"),
        ("quarterly", "the quarterly QA audit report", "quarter"),
        ("annual", "the annual QA audit report (April to March)", "year"),
        ("supervision", "the quarterly supervision practice report", "quarter"),
        ("briefing", "the quarterly 7 minute briefing for all staff", "quarter"),
    ):
        sub = kinds.add_parser(kind, help=help_text)
        if option == "month":
            sub.add_argument("--month", type=iso_month, required=True, metavar="YYYY-MM")
        elif option == "quarter":
            sub.add_argument("--quarter", type=quarter_text, required=True, metavar="YYYYQn",
                             help="a quarter of the municipal year: 2026Q3 is October to December 2026")
        else:
            sub.add_argument("--year", type=int, required=True, metavar="YYYY",
                             help="the municipal year starting in April of YYYY")
        if kind == "overview":
            sub.add_argument("--service", required=True, metavar="NAME", help="the service, as on the staff list")
        sub.add_argument("--send", action="store_true",
                         help="send the approved document (as saved in the reports folder) to its distribution list")
        sub.set_defaults(handler=command_report, kind=kind)

    demo = commands.add_parser("demo", help="fill a local mailbox with sample forms and run one pass")
    demo.set_defaults(handler=command_demo)

    blank = commands.add_parser("blank-forms", help="write a blank Word version of every form the bot knows")
    blank.add_argument("--folder", type=Path, default=Path(__file__).resolve().parent.parent / "templates" / "forms",
                       metavar="DIR", help="where to write them (default: templates/forms)")
    blank.set_defaults(handler=command_blank_forms)

    status = commands.add_parser("status", help="the last pass, unsent mail, Needs attention and the next deadlines")
    status.add_argument("--json", action="store_true", help="the same as status.json")
    status.set_defaults(handler=command_status)

    check = commands.add_parser("check-mailbox", help="test the mailbox connection and permissions")
    check.set_defaults(handler=command_check_mailbox)

    run = commands.add_parser("run", help="the daemon: read new mail every minute, remind on working days, until stopped")
    run.set_defaults(handler=command_run)

    parse = commands.add_parser("parse", help="read forms without a mailbox and show what the bot finds")
    parse.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parse.add_argument("--json", action="store_true", help="one JSON object per file, one per line")
    parse.set_defaults(handler=command_parse)
    return parser


def iso_month(text: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a month written YYYY-MM") from None
    return year, month


def quarter_text(text: str) -> str:
    from bot.reports.figures import quarter

    try:
        quarter(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


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
    with pass_lock(settings.data_dir):
        summary = run_once(settings, now=now, progress=print, reminders=True)
    print_summary(summary, settings)
    return 0


def command_deadlines(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.deadlines import deadlines_for_month, print_deadlines
    from bot.store import Store

    settings = load_settings(arguments.config, arguments.data_dir)
    store = Store(settings.state_db)
    try:
        found = deadlines_for_month(settings, store, *arguments.month,
                                    today=moment(None).astimezone(LONDON).date())
    finally:
        store.close()
    if arguments.json:
        print(json.dumps([deadline.to_json() for deadline in found], ensure_ascii=False, indent=1))
    else:
        print_deadlines(found, *arguments.month)
    return 0


def command_remind(arguments: argparse.Namespace) -> int:
    from bot import reminders as reminding
    from bot.config import load_settings
    from bot.store import Store

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    now = moment(arguments.today)
    today = now.astimezone(LONDON).date()
    with pass_lock(settings.data_dir):
        store = Store(settings.state_db)
        try:
            planned = reminding.plan(settings, store, today)
            preview = reminding.preview(settings, planned, now=now)
            if not arguments.dry_run:
                reminding.queue(settings, store, planned, now=now)
                send_queued_mail(settings, store, now=now)
        finally:
            store.close()
    if arguments.json:
        print(json.dumps(preview, ensure_ascii=False, indent=1))
        return 0
    verb = "Would send" if arguments.dry_run else "Sent"
    if not preview:
        note = "" if is_working_day(today) else " (not a working day)"
        print(f"Nothing to send on {today:%A} {today.day} {today:%B %Y}{note}.")
    for item in preview:
        cc = f" (cc {', '.join(item['cc'])})" if item["cc"] else ""
        print(f"{verb} {item['kind'].replace('_', ' ')} to {', '.join(item['to'])}{cc}: {item['subject']}")
    return 0


def command_report(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.reports.build import Request, draft
    from bot.reports.publish import approved_mail
    from bot.store import Store

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    request = Request(arguments.kind, month=getattr(arguments, "month", None),
                      quarter=getattr(arguments, "quarter", None), year=getattr(arguments, "year", None),
                      service=getattr(arguments, "service", None))
    now = moment(None)
    with pass_lock(settings.data_dir):
        store = Store(settings.state_db)
        try:
            if arguments.send:
                files = sorted(path for path in settings.reports_dir.glob(f"{request.file_stem}*")
                               if path.suffix in (".docx", ".xlsx", ".pdf") and not path.name.startswith((".", "~$")))
                if not files:
                    raise BotError(f"There is no {request.file_stem}.docx in {settings.reports_dir} to send. "
                                   "Draft it first (the same command without --send), review it, then send it.")
                mail = approved_mail(settings, request, files, now=now)
                store.queue_mail([mail], now=now)
                send_queued_mail(settings, store, now=now)
                print(f"Sent {', '.join(path.name for path in files)} to {', '.join(mail.message.to)}.")
                return 0
            print(f"Drafting the {request.kind} report for {request.period().label} ...")
            drafted = draft(settings, store, request, today=now.astimezone(LONDON).date())
        finally:
            store.close()
        publish_copies(settings, drafted.files, print)
    for path in drafted.files:
        print(f"  {path}")
    if drafted.pdf is None and settings.report_pdf:
        print("  (no PDF: LibreOffice is not installed)")
    if drafted.unthemed:
        themes_file = settings.themes_file or settings.config_dir / "themes.yaml"
        print(f"These findings matched no theme in {themes_file}; the report gives them under "
              "\"Other findings\" (add a theme, or a keyword to a theme, to group them next time):")
        for item in drafted.unthemed:
            print(f"  - {item['line']}")
    return 0


def command_demo(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.demo import seed_mailbox

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    now = moment(None)
    with pass_lock(settings.data_dir):
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
    local = now.astimezone(LONDON).date()
    last_month = (local.replace(day=1) - timedelta(days=1)).strftime("%Y-%m")
    prefix = "python run_bot.py" + ("" if arguments.data_dir == Path("var") else f" --data-dir {arguments.data_dir}")
    print()
    print("Try next:")
    print(f"  {prefix} report monthly --month {last_month}   # draft last month's QA audit report")
    print(f"  {prefix} deadlines --month {local:%Y-%m}        # who owes what this month")
    print(f"  {prefix} status                            # what the bot has done and what is due")
    return 0


def command_blank_forms(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.forms.blank import write_blank_forms

    settings = load_settings(arguments.config, arguments.data_dir)
    written = write_blank_forms(settings.forms, arguments.folder, council=settings.organisation,
                                mailbox=settings.mailbox.address, department=settings.department)
    print(f"Wrote {len(written)} blank forms to {arguments.folder}:")
    for path in written:
        print(f"  {path.name}")
    return 0


def command_status(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.status import describe, snapshot
    from bot.store import Store

    settings = load_settings(arguments.config, arguments.data_dir)
    store = Store(settings.state_db)
    try:
        status = snapshot(settings, store, today=moment(None).astimezone(LONDON).date())
    finally:
        store.close()
    if arguments.json:
        print(json.dumps(status, indent=1))
    else:
        print("\n".join(describe(status)))
    return 0


def command_check_mailbox(arguments: argparse.Namespace) -> int:
    from bot.config import load_settings
    from bot.mailbox import MailboxError, open_mailbox

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    setup_logging(settings.log_file, settings.log_level)
    print(f"Checking the {settings.mailbox.backend} mailbox {settings.mailbox.address} ...")
    try:
        mailbox = open_mailbox(settings)
    except MailboxError as error:
        problems = [str(error)]
    else:
        try:
            problems = mailbox.check()
        finally:
            mailbox.close()
    from bot.publishing import check_publishing, publisher_configured

    if publisher_configured(settings):
        print(f"Checking publishing to {settings.publishing.get('backend')} ...")
        problems += check_publishing(settings)
    if problems:
        for problem in problems:
            print(f"  Problem: {problem}")
        return 1
    print("  The bot can read the inbox, file messages and send mail"
          + (", and publish the tracker and reports." if publisher_configured(settings) else "."))
    return 0


def command_run(arguments: argparse.Namespace) -> int:
    from bot.daemon import run_daemon

    return run_daemon(arguments)


def command_parse(arguments: argparse.Namespace) -> int:
    from bot.forms import ParsedForm
    from bot.forms.isolation import ParserPool

    definitions = load_form_definitions(arguments.config)
    # The same worker processes, memory and time limits as the mailbox pass:
    # a file handed to `parse` may be as hostile as any attachment.
    with ParserPool(None, size=1) as pool:
        for path in arguments.files:
            try:
                data = path.read_bytes()
            except OSError as error:
                form = ParsedForm(file=path.name, ok=False,
                                  errors=[f"The file cannot be opened: {error.strerror or error}."])
            else:
                form = pool.submit(data, path.name, definitions).result()
            show_parsed(form, arguments.json)
    return 0


def show_parsed(form, as_json: bool) -> None:
    if as_json:
        print(json.dumps(form.to_json(), ensure_ascii=False), flush=True)
    else:
        print_form(form)


# Helpers ------------------------------------------------------------------

def run_once(settings, *, now: datetime, progress, reminders: bool = False, drafts: bool = False):
    """One pass over the mailbox, then (with `reminders`) the reminders and
    escalations due on `now`'s date, (with `drafts`, as the daemon does) the
    reports whose drafting day has come, then the tracker if anything changed."""
    from bot import reminders as reminding
    from bot import tracker
    from bot.ingest import deliver_queued_mail, run_pass
    from bot.mailbox import open_mailbox
    from bot.notices import Notices
    from bot.status import data_fingerprint, record_pass
    from bot.store import Store

    store = Store(settings.state_db)
    mailbox = open_mailbox(settings)
    try:
        # Edits the QA team typed into the workbook since it was written go
        # into the store first, so this pass's reminders and the rebuild use
        # them; a correction that makes a case inadequate or urgent alerts as
        # if it had been read so.
        edited = workbook_stamp(settings.tracker_file) not in (None, store.get_meta("tracker_stamp"))
        if edited:
            notices = Notices(settings, now=now)

            def alert(before, after) -> None:
                for mail in notices.for_correction(before, after):
                    store.queue_in_transaction(mail, now)

            tracker.read_back_edits(settings.tracker_file, store, settings, now=now, on_correction=alert)
        progress(f"Reading new mail in {settings.mailbox.address} ...")
        summary = run_pass(settings, mailbox, store, now=now, progress=progress)
        # An edited workbook is rewritten even when nothing it said was kept
        # (a grade that is no grade): it shows what the bot holds.
        summary.changed = summary.changed or edited
        if reminders:
            today = now.astimezone(LONDON).date()
            planned = reminding.plan(settings, store, today)
            summary.reminders_queued = reminding.queue(settings, store, planned, now=now)
            for mail in planned.mails:
                progress(f"  > {mail.kind.replace('_', ' ')} to {', '.join(mail.to)}")
            deliver_queued_mail(mailbox, store, now=now, summary=summary, say=progress)
        if drafts:
            draft_due_reports(settings, store, mailbox, now=now, summary=summary, progress=progress)
        fingerprint = data_fingerprint(settings, store, now.astimezone(LONDON).date())
        if (summary.changed or not settings.tracker_file.exists()
                or store.get_meta("tracker_fingerprint") != fingerprint):
            try:
                tracker.rebuild(store, settings, settings.tracker_file, now=now)
            except OSError as error:
                log.error("The tracker could not be written: %s", error)
                progress(f"  ! The tracker could not be written ({error.strerror or error}); "
                         "it will be written on the next pass")
            else:
                store.set_meta("tracker_fingerprint", fingerprint)
                store.set_meta("tracker_stamp", workbook_stamp(settings.tracker_file))
                summary.tracker_rebuilt = True
        published = [settings.tracker_file] if summary.tracker_rebuilt else []
        # Also retries, every pass, files queued because they were locked.
        publish_copies(settings, published, progress)
        record_pass(settings, store, summary, now=now)
        return summary
    finally:
        mailbox.close()
        store.close()


def draft_due_reports(settings, store, mailbox, *, now: datetime, summary, progress) -> None:
    """Draft the reports whose day has come and email each to the QA team.
    A report that cannot be drafted (a template the team broke, say) is
    logged and shown; the pass goes on, and the next one tries again."""
    from bot.ingest import deliver_queued_mail
    from bot.reports.build import draft
    from bot.reports.publish import draft_mail, due_requests

    today = now.astimezone(LONDON).date()
    for request in due_requests(settings, store, today):
        try:
            drafted = draft(settings, store, request, today=today)
        except BotError as error:
            log.error("The %s report could not be drafted: %s", request.key, error)
            progress(f"  ! the {request.kind} report could not be drafted: {error}")
            continue
        except Exception:  # a report must never stop the pass that reads the mail
            log.exception("The %s report could not be drafted", request.key)
            progress(f"  ! the {request.kind} report could not be drafted; see the log: {settings.log_file}")
            continue
        store.queue_mail([draft_mail(settings, drafted, now=now)], now=now)
        publish_copies(settings, drafted.files, progress)
        progress(f"  > drafted {drafted.docx.name} and sent it to the QA team for review")
    deliver_queued_mail(mailbox, store, now=now, summary=summary, say=progress)


def send_queued_mail(settings, store, *, now: datetime) -> None:
    """Send what is queued now, outside a pass (reminders, an approved report)."""
    from bot.ingest import PassSummary, deliver_queued_mail
    from bot.mailbox import open_mailbox

    mailbox = open_mailbox(settings)
    try:
        deliver_queued_mail(mailbox, store, now=now, summary=PassSummary(), say=lambda line: None)
    finally:
        mailbox.close()


def publish_copies(settings, paths: list[Path], progress) -> None:
    """Copy files to SharePoint or OneDrive when publishing is configured.
    A problem there is shown and logged; it never stops a pass."""
    from bot.publishing import publish, publisher_configured

    if not publisher_configured(settings):
        return
    try:
        problems = publish(settings, paths)
    except Exception:  # publishing is a copy: the local files are the record
        log.exception("Publishing to SharePoint/OneDrive failed; the files stay queued")
        problems = ["Publishing to SharePoint/OneDrive failed; see the log. The files will be tried again."]
    for problem in problems:
        log.warning("Publishing: %s", problem)
        progress(f"  ! {problem}")


def workbook_stamp(path: Path) -> str | None:
    """Size and modification time: changes when someone saves the workbook."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return f"{stat.st_size}:{stat.st_mtime_ns}"


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
    from bot.forms import load_definitions
    from bot.validation import read_yaml

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
def pass_lock(data_dir: Path, *, wait_seconds: float = 120):
    """One pass at a time on a data directory: a manual `once` waits for the
    daemon's pass in hand to finish (up to `wait_seconds`), then goes ahead."""
    from bot.locks import FileLock

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(data_dir / ".pass.lock")
    deadline = time.monotonic() + wait_seconds
    try:
        while not lock.acquire():
            if time.monotonic() >= deadline:
                raise BotError(f"Another QA bot pass has been running on {data_dir} for a while; "
                               "try again when it has finished.")
            time.sleep(0.2)
        yield
    finally:
        lock.release()


__all__ = ["main"]
