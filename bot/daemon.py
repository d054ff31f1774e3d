"""The daemon, `python run_bot.py run`: a pass over the mailbox every
`daemon.poll_seconds`, and the reminders pass at `daemon.reminders_at` (UK
time) on weekdays, until SIGINT or SIGTERM.

APScheduler 3.x runs the passes. Its sharp edges, and what this module does
about each:

- Jobs are kept in `<data_dir>/scheduler.db`, so a reminders run that fell
  due while the daemon was down is still known when it starts again. A
  persisted job is stored as a pickled *reference* to its function, and a
  job whose reference no longer imports is deleted, so the jobs name stable
  module-level functions here by text (`"bot.daemon:poll_job"`) and carry
  only plain strings as arguments.
- The default misfire grace time is one second, which silently drops any run
  that is late at all. Polls get one poll interval (a late poll is replaced
  by the next one); reminders get twelve hours, so a daemon that was down
  overnight sends the morning's reminders once when it is back, and a run
  missed for longer is dropped rather than sent at a surprising hour.
  `coalesce` turns several missed runs into one: never a flood.
- Adding a job with `replace_existing=True` recomputes its next run from
  now, forgetting a run that was missed while the daemon was down; the
  scheduler is therefore started paused, the latest missed run is read back
  and kept when it is within the grace time, and only then do jobs run.
- After `shutdown()` the scheduler's loop runs once more and moves the jobs
  then due on without running them; `Scheduler` below stops that.
- Cron times between 01:00 and 02:59 happen twice or never when the clocks
  change; the configuration refuses them.

One worker thread runs the jobs, so passes never overlap, and each pass also
holds the data directory's pass lock, so a manual `once` waits for it. On
SIGINT or SIGTERM the pass in hand finishes (and reminders already queued
behind it still go out), then the daemon exits.

Settings are read afresh for every pass, except the `daemon` and `logging`
sections, which take effect when the daemon is restarted.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot.calendar import LONDON
from bot.errors import BotError, ConfigError
from bot.locks import FileLock

log = logging.getLogger(__name__)

POLL_JOB = "poll"
REMINDERS_JOB = "reminders"
REMINDERS_GRACE = timedelta(hours=12)
# How often the main thread looks up from waiting; it is the longest a stop
# can wait for, on Windows where a signal does not interrupt a wait.
WAKE_SECONDS = 0.5

# Set when the daemon is stopping: a poll queued behind the pass in hand is
# then skipped rather than started. Module-level because persisted jobs carry
# only plain data, never a reference to a live object.
stopping = threading.Event()
# The configuration problems last reported, so a broken configuration is
# reported in full once, not every poll.
reported_problems: list[str] = []
# The last pass error said on screen, so an outage is reported once.
last_error: dict[str, str] = {}
# The schedule the daemon started with, to notice when the `daemon` settings
# change under it.
started_with: dict[str, object] = {}


def run_daemon(arguments: argparse.Namespace) -> int:
    """Run passes on schedule until SIGINT or SIGTERM; return 0 when stopped.
    Raise `ConfigError` for a bad configuration before anything starts, and
    `BotError` when a daemon already runs on the data directory."""
    from bot.cli import setup_logging
    from bot.config import load_settings

    settings = load_settings(arguments.config, arguments.data_dir)
    arguments.log_file = settings.log_file
    with daemon_lock(settings.data_dir):
        setup_logging(settings.log_file, settings.log_level)
        if settings.log_level != "DEBUG":
            # APScheduler says "Running job ..." at INFO for every poll.
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
        stopping.clear()
        reported_problems.clear()
        started_with.clear()
        started_with.update(schedule_of(settings))
        stop = threading.Event()
        install_signal_handlers(stop)
        log.info("Daemon started (process %d): polling every %d s, reminders at %s on working days",
                 os.getpid(), settings.poll_seconds, settings.reminders_at)
        scheduler = build_scheduler(settings.data_dir)
        scheduler.start(paused=True)
        try:
            schedule_jobs(scheduler, settings, config_dir=arguments.config, data_dir=arguments.data_dir)
            scheduler.resume()
            say(f"QA bot running on {arguments.data_dir}: reading {settings.mailbox.address} every "
                f"{settings.poll_seconds} s, reminders at {settings.reminders_at} on working days. "
                "Stop with Ctrl+C.", stamp=False)
            while not stop.wait(WAKE_SECONDS):
                pass
            log.info("Asked to stop: finishing the pass in hand")
        finally:
            stopping.set()
            scheduler.shutdown(wait=True)
        log.info("Daemon stopped")
    say("Stopped.", stamp=False)
    return 0


@contextmanager
def daemon_lock(data_dir: Path) -> Iterator[None]:
    """Hold `<data_dir>/.daemon.lock`, with this process's id in it, for as
    long as the daemon runs; raise `BotError` naming the holder when another
    daemon has it."""
    lock = FileLock(Path(data_dir) / ".daemon.lock")
    try:
        if not lock.acquire():
            holder = lock.read_note()
            process = f" (process {holder})" if holder.isdigit() else ""
            raise BotError(f"The QA bot is already running on {data_dir}{process}. "
                           "Stop it first, or use a different --data-dir.")
        lock.write_note(str(os.getpid()))
    except OSError as error:
        lock.release()
        raise BotError(f"Cannot create the lock file {lock.path}: {error.strerror or error}. "
                       "Check that the data directory is writable by this user.") from None
    except BaseException:
        lock.release()
        raise
    try:
        yield
    finally:
        lock.release()


def install_signal_handlers(stop: threading.Event) -> None:
    """SIGINT (Ctrl+C), SIGTERM (systemd, `kill`) and, on Windows, SIGBREAK
    (Ctrl+Break) ask the daemon to stop after the pass in hand."""
    def handle(number, frame):
        # Only set the event: the handler interrupts the main thread
        # anywhere, even inside the logging module.
        stop.set()

    for name in ("SIGINT", "SIGTERM", "SIGBREAK"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), handle)


def build_scheduler(data_dir: Path):
    """A scheduler in UK time that keeps its jobs in `<data_dir>/scheduler.db`
    and runs them one at a time."""
    from apscheduler.executors.pool import ThreadPoolExecutor
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
    from apscheduler.schedulers.background import BackgroundScheduler
    from apscheduler.schedulers.base import STATE_STOPPED
    from sqlalchemy.engine import URL

    class Scheduler(BackgroundScheduler):
        def _process_jobs(self):
            # APScheduler 3.x wakes its loop once more after shutdown() and
            # treats the jobs then due as submitted: the executor, already
            # shut down, refuses them and their next run moves on, so a
            # reminders run due as the daemon stops, or a missed one kept for
            # the next start, would be lost (agronholm/apscheduler#285).
            if self.state == STATE_STOPPED:
                return None
            return super()._process_jobs()

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    # URL.create rather than an f-string: a path with spaces or '%' (common
    # on Windows) stays a path.
    url = URL.create("sqlite", database=str(data_dir.resolve() / "scheduler.db"))
    return Scheduler(
        timezone=LONDON,
        jobstores={"default": SQLAlchemyJobStore(url=url)},
        executors={"default": ThreadPoolExecutor(max_workers=1)},
    )


def schedule_jobs(scheduler, settings, *, config_dir: Path, data_dir: Path) -> None:
    """Put the poll and reminders jobs in the started, paused `scheduler`,
    replacing those of an earlier run: the poll due at once; the reminders
    due at once when a run was missed while the daemon was down no more than
    `REMINDERS_GRACE` ago, else at their next time."""
    from apscheduler.triggers.cron import CronTrigger
    from apscheduler.triggers.interval import IntervalTrigger

    now = datetime.now(LONDON)
    arguments = [str(Path(config_dir).resolve()), str(Path(data_dir).resolve())]
    hour, minute = (int(part) for part in settings.reminders_at.split(":"))
    reminders = CronTrigger(day_of_week="mon-fri", hour=hour, minute=minute, timezone=LONDON)
    missed = missed_run_time(scheduler, REMINDERS_JOB, reminders, now)
    for job in scheduler.get_jobs():
        if job.id not in (POLL_JOB, REMINDERS_JOB):
            log.info("Removing the scheduled job %r left by an earlier version", job.id)
            scheduler.remove_job(job.id)
    scheduler.add_job(
        "bot.daemon:poll_job", IntervalTrigger(seconds=settings.poll_seconds, timezone=LONDON),
        args=arguments, id=POLL_JOB, name="poll", replace_existing=True, coalesce=True, max_instances=1,
        misfire_grace_time=settings.poll_seconds, next_run_time=now,
    )
    catch_up = {}
    if missed is not None:
        when = missed.astimezone(LONDON).strftime("%Y-%m-%d %H:%M")
        if now - missed <= REMINDERS_GRACE:
            log.info("The reminders run due at %s was missed while the daemon was down; running it now", when)
            catch_up = {"next_run_time": missed}
        else:
            log.warning("The reminders run due at %s was missed while the daemon was down, more than %d hours "
                        "ago; it is not sent late", when, REMINDERS_GRACE // timedelta(hours=1))
    scheduler.add_job(
        "bot.daemon:reminders_job", reminders, args=arguments, id=REMINDERS_JOB, name="reminders",
        replace_existing=True, coalesce=True, max_instances=1,
        misfire_grace_time=int(REMINDERS_GRACE.total_seconds()), **catch_up,
    )


def missed_run_time(scheduler, job_id: str, trigger, now: datetime) -> datetime | None:
    """The latest run of the persisted job `job_id` that fell due before
    `now` without running (the daemon was down), by `trigger` from the run
    the store has as next; None when that run is still to come."""
    try:
        job = scheduler.get_job(job_id)
    except Exception:  # its function no longer imports; the job is replaced anyway
        log.warning("The scheduled job %r could not be read back; it is replaced", job_id, exc_info=True)
        return None
    due = getattr(job, "next_run_time", None)
    if due is None or due > now:
        return None
    # Several runs missed (down for days) make one run: the latest.
    while (following := trigger.get_next_fire_time(due, now)) is not None and following <= now:
        due = following
    return due


# Jobs ---------------------------------------------------------------------
# Referred to by text from persisted jobs: keep the names and the module.

def poll_job(config_dir: str, data_dir: str) -> None:
    """A pass over the mailbox. Never raises."""
    run_pass_safely(config_dir, data_dir, reminders=False)


def reminders_job(config_dir: str, data_dir: str) -> None:
    """A pass over the mailbox, then the reminders and escalations due today
    and the reports whose drafting day has come (`run_once` decides whether
    today is a working day). Never raises."""
    run_pass_safely(config_dir, data_dir, reminders=True)


def run_pass_safely(config_dir: str, data_dir: str, *, reminders: bool) -> None:
    """One pass with settings read afresh (the QA team edits the staff list
    while the daemon runs). A bad configuration, a busy data directory or any
    failure is logged and the pass skipped: the daemon carries on, and the
    next pass retries what this one did not finish."""
    from bot.cli import pass_lock, run_once
    from bot.config import load_settings

    kind = "reminders" if reminders else "poll"
    if stopping.is_set() and not reminders:
        # Queued behind the pass in hand when the stop came. A poll is not
        # missed (the next start polls at once); reminders, whose next run has
        # already moved on to tomorrow, still go out before the daemon stops.
        log.info("Skipped the poll pass: the daemon is stopping")
        return
    try:
        settings = load_settings(Path(config_dir), Path(data_dir))
    except ConfigError as error:
        report_config_problems(error, kind)
        return
    except Exception:
        log.exception("Skipped the %s pass: the configuration could not be read", kind)
        say(f"The {kind} pass was skipped: the configuration could not be read. "
            f"Details are in the log: {current_log_file(data_dir)}")
        return
    if reported_problems:
        reported_problems.clear()
        log.info("The configuration is usable again; passes resume")
        say("The configuration is usable again; passes resume.")
    if started_with and schedule_of(settings) != started_with:
        log.warning("The daemon settings changed to %s; they take effect when the daemon is restarted",
                    schedule_of(settings))
        say("The daemon settings in bot.yaml changed; restart the daemon for them to take effect.")
        started_with.update(schedule_of(settings))  # said once
    try:
        with pass_lock(settings.data_dir):
            summary = run_once(settings, now=datetime.now(timezone.utc), progress=ignore, reminders=reminders,
                               drafts=reminders)
    except BotError as error:  # the mailbox out of reach, a pass that held the data directory too long
        log.warning("Skipped the %s pass: %s", kind, error)
        if str(error) != last_error.get("text"):
            # Said once on screen, not every minute of an outage.
            last_error["text"] = str(error)
            say(f"The {kind} pass was skipped: {error} The next pass will try again.")
        return
    except Exception as error:
        log.exception("The %s pass failed; the next pass will retry", kind)
        say(f"The {kind} pass failed ({type(error).__name__}); the next pass will retry. "
            f"Details are in the log: {settings.log_file}")
        return
    if last_error.pop("text", None):
        say("Passes work again.")
    log.info("%s pass: %s", kind.capitalize(), describe(summary))
    if summary.messages or summary.mail_sent or summary.mail_unsent or summary.failed or summary.reminders_queued:
        say(describe(summary) + ".")


def report_config_problems(error: ConfigError, kind: str) -> None:
    """Log every problem, in full the first time and whenever they change;
    say so on screen only then, so a broken file does not flood it."""
    if error.problems != reported_problems:
        reported_problems[:] = error.problems
        log.error("Passes are skipped until the configuration is fixed. %s", error.describe())
        say("Passes are skipped until the configuration is fixed; nothing is lost meanwhile.\n"
            + error.describe())
    else:
        count = len(error.problems)
        log.error("Skipped the %s pass: the configuration still has %d problem%s (listed earlier)",
                  kind, count, "s" if count != 1 else "")


def schedule_of(settings) -> dict[str, object]:
    return {"poll_seconds": settings.poll_seconds, "reminders_at": settings.reminders_at}


def describe(summary) -> str:
    """What a pass received and sent, in counts only: never a subject, a
    name or a file's content."""
    def count(number: int, word: str) -> str:
        return f"{number} {word}{'s' if number != 1 else ''}"

    if summary.messages:
        received = (f"{count(summary.messages, 'message')} read ({count(summary.forms_logged, 'form')} logged, "
                    f"{summary.needs_attention} for a person to look at, "
                    f"{summary.ignored} automatic or own mail set aside"
                    + (f", {summary.failed} to retry" if summary.failed else "") + ")")
    else:
        received = "no new mail"
    sent = f"{count(summary.mail_sent, 'email')} sent"
    if summary.mail_unsent:
        sent += f", {summary.mail_unsent} waiting to be retried"
    if summary.reminders_queued:
        sent += f"; reminders and escalations queued: {summary.reminders_queued}"
    return f"{received}; {sent}"


def say(line: str, *, stamp: bool = True) -> None:
    """A line on screen (or in journald under systemd), flushed at once."""
    if stamp:
        line = f"{datetime.now(LONDON):%H:%M} {line}"
    print(line, flush=True)


def ignore(line: str) -> None:
    """The daemon's passes talk to the log, not the screen, line by line."""


def current_log_file(data_dir: str) -> str:
    """Where this process logs (for when the settings could not be read)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler):
            return handler.baseFilename
    return str(Path(data_dir) / "logs")


__all__ = ["poll_job", "reminders_job", "run_daemon"]

