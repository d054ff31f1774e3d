"""The daemon, `run_bot.py run`, run for real: a background process with a
real scheduler, a real Maildir and real signals; and its scheduling and job
functions in this process against a real scheduler and job store.

Every wait has a timeout, so a hung daemon fails its test instead of hanging
the suite, and every daemon started is killed in a `finally`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
import yaml
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED

from bot import daemon
from bot.mailbox.maildir import MaildirMailbox
from bot.samples import STAFF, build_docx, sample_forms
from bot.samples.messages import build_email

ROOT = Path(__file__).resolve().parent.parent
MAILBOX = "cscaudits@northmoor.example.gov.uk"
POLL_SECONDS = 15  # the schema's minimum
STARTED = "QA bot running on"


def time_far_from_now() -> str:
    """A reminders time about twelve hours away (never 01:00-02:59), so no
    reminders run falls due in the middle of a test."""
    moment = datetime.now(daemon.LONDON) + timedelta(hours=12)
    if moment.hour in (1, 2):
        moment += timedelta(hours=3)
    return f"{moment:%H:%M}"


REMINDERS_AT = time_far_from_now()


@pytest.fixture
def config_dir(config_dir: Path) -> Path:
    """The shipped configuration, polling as often as the schema allows."""
    edit_bot_yaml(config_dir, lambda raw: raw.setdefault("daemon", {}).update(poll_seconds=POLL_SECONDS,
                                                                               reminders_at=REMINDERS_AT))
    return config_dir


@pytest.fixture(autouse=True)
def fresh_daemon_state() -> Iterator[None]:
    def clear() -> None:
        daemon.stopping.clear()
        daemon.reported_problems.clear()
        daemon.started_with.clear()

    clear()
    yield
    clear()


# The daemon as a background process -----------------------------------------

def test_a_mail_waiting_when_the_daemon_starts_is_read_at_once(config_dir, data_dir):
    sender = deliver_audit(data_dir)
    with running_daemon(config_dir, data_dir) as bot:
        started = time.monotonic()
        assert wait_until(lambda: handled(data_dir), timeout=POLL_SECONDS - 5), \
            f"not read before the first interval ended; log:\n{bot.log()}"
        assert time.monotonic() - started < POLL_SECONDS
        assert reply_recipients(data_dir) == [sender]
        assert bot.stop(signal.SIGTERM) == 0


def test_the_daemon_reads_mail_dropped_into_the_inbox_within_its_poll_interval(config_dir, data_dir):
    with running_daemon(config_dir, data_dir) as bot:
        assert wait_until(lambda: re.search("poll pass", bot.log(), re.IGNORECASE), timeout=15), bot.log()
        assert bot.stdout().splitlines() == [bot.start_line()], "a pass that found nothing prints nothing"

        sender = deliver_audit(data_dir)
        delivered = time.monotonic()
        assert wait_until(lambda: handled(data_dir), timeout=POLL_SECONDS + 10), \
            f"not read within the poll interval; log:\n{bot.log()}"
        assert time.monotonic() - delivered < POLL_SECONDS + 8
        assert reply_recipients(data_dir) == [sender]
        assert wait_until(lambda: len(bot.stdout().splitlines()) >= 2, timeout=5)
        summary = bot.stdout().splitlines()[1]
        assert "1 message read (1 form logged" in summary and "1 email sent" in summary, summary

        assert bot.stop(signal.SIGTERM) == 0
        assert bot.stdout().splitlines()[-1] == "Stopped."
        assert bot.stderr() == ""
    log = (data_dir / "logs" / "qa-bot.log").read_text()
    assert re.search(r"Poll pass: 1 message read .*; 1 email sent", log), log
    assert "Daemon stopped" in log


def test_sigterm_stops_the_daemon_cleanly_and_frees_the_data_dir_for_the_next_one(config_dir, data_dir):
    with running_daemon(config_dir, data_dir) as bot:
        stopping = time.monotonic()
        assert bot.stop(signal.SIGTERM) == 0
        assert time.monotonic() - stopping < 5
        assert bot.stderr() == ""
    with running_daemon(config_dir, data_dir) as bot:  # the lock was released
        assert bot.stop(signal.SIGINT) == 0, "Ctrl+C stops it the same way"
        assert "Traceback" not in bot.stderr()
    log = (data_dir / "logs" / "qa-bot.log").read_text()
    assert log.count("Daemon started") == 2 and log.count("Daemon stopped") == 2
    assert (data_dir / ".daemon.lock").read_text() == "", "a stopped daemon leaves no process id behind"


def test_a_second_daemon_on_the_same_data_dir_refuses_at_once_naming_the_first(config_dir, data_dir):
    with running_daemon(config_dir, data_dir) as bot:
        started = time.monotonic()
        second = run_bot(config_dir, data_dir, "run", timeout=15)
        assert time.monotonic() - started < 10
        assert second.returncode == 2
        assert second.stderr.strip() == (
            f"Error: The QA bot is already running on {data_dir} (process {bot.process.pid}). "
            "Stop it first, or use a different --data-dir.")
        assert second.stdout == ""
        assert bot.process.poll() is None, "the first one carries on"
        assert bot.stop(signal.SIGTERM) == 0


def test_a_bad_config_stops_the_daemon_before_anything_starts(config_dir, data_dir):
    edit_bot_yaml(config_dir, lambda raw: raw["daemon"].update(poll_seconds=5))
    result = run_bot(config_dir, data_dir, "run", timeout=15)
    assert result.returncode == 2
    assert "At 'daemon.poll_seconds': 5 should be at least 15" in result.stderr
    assert "Traceback" not in result.stderr and STARTED not in result.stdout
    assert not (data_dir / "scheduler.db").exists() and not (data_dir / ".daemon.lock").exists()


# The scheduling, against a real scheduler and job store, in this process ----

def test_the_jobs_are_stored_by_name_with_plain_arguments_and_deliberate_grace_times(settings, config_dir, data_dir):
    scheduler = daemon.build_scheduler(data_dir)
    scheduler.start(paused=True)
    try:
        daemon.schedule_jobs(scheduler, settings, config_dir=config_dir, data_dir=data_dir)
        poll, reminders = scheduler.get_job("poll"), scheduler.get_job("reminders")
    finally:
        scheduler.shutdown()
    assert (poll.func_ref, reminders.func_ref) == ("bot.daemon:poll_job", "bot.daemon:reminders_job")
    assert poll.args == reminders.args == (str(config_dir.resolve()), str(data_dir.resolve()))
    assert (poll.misfire_grace_time, reminders.misfire_grace_time) == (POLL_SECONDS, 12 * 3600)
    assert poll.coalesce and reminders.coalesce and poll.max_instances == reminders.max_instances == 1
    assert poll.next_run_time <= datetime.now(daemon.LONDON), "the first poll is due at once"
    hour, minute = (int(part) for part in REMINDERS_AT.split(":"))
    assert str(reminders.trigger) == f"cron[day_of_week='mon-fri', hour='{hour}', minute='{minute}']"
    assert (data_dir / "scheduler.db").exists()


def test_a_reminders_run_missed_while_the_daemon_was_down_runs_once_when_it_starts(settings, config_dir, data_dir):
    missed = datetime.now(daemon.LONDON).replace(microsecond=0) - timedelta(hours=1)
    stop_daemon_with_reminders_due(settings, config_dir, data_dir, missed)

    runs: list[tuple[str, int]] = []
    finished = threading.Event()

    def listen(event) -> None:
        runs.append((event.job_id, event.code))
        if event.job_id == "reminders":
            finished.set()

    scheduler = daemon.build_scheduler(data_dir)
    scheduler.add_listener(listen, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    scheduler.start(paused=True)
    try:
        daemon.schedule_jobs(scheduler, settings, config_dir=config_dir, data_dir=data_dir)
        assert scheduler.get_job("reminders").next_run_time <= datetime.now(daemon.LONDON)
        scheduler.resume()
        assert finished.wait(30), f"the missed reminders run did not run; runs: {runs}"
        time.sleep(0.5)  # room for a second run, which must not come
    finally:
        scheduler.shutdown(wait=True)
    assert runs.count(("reminders", EVENT_JOB_EXECUTED)) == 1, runs
    assert ("poll", EVENT_JOB_EXECUTED) in runs
    assert not [run for run in runs if run[1] != EVENT_JOB_EXECUTED], runs


def test_a_reminders_run_missed_more_than_twelve_hours_ago_is_not_sent_late(settings, config_dir, data_dir, caplog):
    now = datetime.now(daemon.LONDON).replace(second=0, microsecond=0)
    # A reminders time-of-day in the next few hours (never 01:00-02:59) has
    # its last run at least 20 hours ago: nothing else fell due since `missed`.
    at = next(moment for moment in (now + timedelta(hours=1), now + timedelta(hours=4))
              if moment.hour not in (1, 2))
    settings = dataclasses.replace(settings, reminders_at=f"{at:%H:%M}")
    missed = now - timedelta(hours=13)
    stop_daemon_with_reminders_due(settings, config_dir, data_dir, missed)

    scheduler = daemon.build_scheduler(data_dir)
    scheduler.start(paused=True)
    try:
        with caplog.at_level(logging.INFO, logger="bot.daemon"):
            daemon.schedule_jobs(scheduler, settings, config_dir=config_dir, data_dir=data_dir)
        next_run = scheduler.get_job("reminders").next_run_time
    finally:
        scheduler.shutdown()
    assert next_run > datetime.now(daemon.LONDON)
    assert f"{next_run:%H:%M}" == settings.reminders_at
    assert "more than 12 hours ago; it is not sent late" in caplog.text


# The job functions: whatever happens, a pass never stops the daemon --------

def test_a_config_broken_while_running_skips_passes_until_fixed_and_loses_nothing(config_dir, data_dir, capsys,
                                                                                  caplog):
    sender = deliver_audit(data_dir)
    edit_bot_yaml(config_dir, lambda raw: raw["daemon"].update(poll_secs=60))
    with caplog.at_level(logging.INFO, logger="bot.daemon"):
        daemon.poll_job(str(config_dir), str(data_dir))
        daemon.poll_job(str(config_dir), str(data_dir))
    assert not handled(data_dir) and len(list((data_dir / "mailbox" / "new").iterdir())) == 1
    problem = "At 'daemon': unknown key 'poll_secs' (did you mean 'poll_seconds'?)"
    errors = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert len(errors) == 2 and problem in errors[0].getMessage(), "every problem is named in the log"
    assert "still has 1 problem" in errors[1].getMessage()
    screen = capsys.readouterr().out
    assert screen.count(problem) == 1, "the screen hears of a broken configuration once, not every poll"

    edit_bot_yaml(config_dir, lambda raw: raw["daemon"].pop("poll_secs"))
    daemon.poll_job(str(config_dir), str(data_dir))
    assert handled(data_dir) and reply_recipients(data_dir) == [sender]
    assert "configuration is usable again" in capsys.readouterr().out


def test_a_change_to_the_daemon_settings_while_running_is_pointed_out_once(settings, config_dir, data_dir,
                                                                          capsys, caplog):
    daemon.started_with.update(daemon.schedule_of(settings))
    edit_bot_yaml(config_dir, lambda raw: raw["daemon"].update(poll_seconds=30))
    with caplog.at_level(logging.INFO, logger="bot.daemon"):
        daemon.poll_job(str(config_dir), str(data_dir))
        daemon.poll_job(str(config_dir), str(data_dir))
    assert capsys.readouterr().out.count("restart the daemon for them to take effect") == 1
    assert caplog.text.count("'poll_seconds': 30") == 1


def test_a_pass_that_fails_is_logged_and_the_job_returns_for_the_next_pass(config_dir, data_dir, capsys, caplog):
    (data_dir / "state.db").mkdir()  # the store cannot open: every pass fails
    with caplog.at_level(logging.INFO, logger="bot.daemon"):
        daemon.poll_job(str(config_dir), str(data_dir))
        daemon.reminders_job(str(config_dir), str(data_dir))
    failures = [record for record in caplog.records if record.levelno == logging.ERROR]
    assert [record.exc_info is not None for record in failures] == [True, True], "the log has the traceback"
    screen = capsys.readouterr().out
    assert "The poll pass failed (" in screen and "the next pass will retry" in screen
    assert "Traceback" not in screen


def test_a_poll_queued_behind_a_stop_is_skipped_but_reminders_due_still_go_out(config_dir, data_dir):
    deliver_audit(data_dir)
    daemon.stopping.set()
    daemon.poll_job(str(config_dir), str(data_dir))
    assert not handled(data_dir), "the next start polls at once"
    daemon.reminders_job(str(config_dir), str(data_dir))
    assert handled(data_dir), "the reminders' next run has moved on to tomorrow: this one is not dropped"


# Helpers --------------------------------------------------------------------

@dataclasses.dataclass
class RunningDaemon:
    process: subprocess.Popen
    output: Path
    errors: Path
    data_dir: Path

    def stdout(self) -> str:
        return self.output.read_text(encoding="utf-8")

    def stderr(self) -> str:
        return self.errors.read_text(encoding="utf-8")

    def log(self) -> str:
        path = self.data_dir / "logs" / "qa-bot.log"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def start_line(self) -> str:
        return (f"QA bot running on {self.data_dir}: reading {MAILBOX} every {POLL_SECONDS} s, "
                f"reminders at {REMINDERS_AT} on working days. Stop with Ctrl+C.")

    def stop(self, number: signal.Signals, timeout: float = 10) -> int:
        self.process.send_signal(number)
        return self.process.wait(timeout)


@contextmanager
def running_daemon(config_dir: Path, data_dir: Path) -> Iterator[RunningDaemon]:
    """`run_bot.py run` in the background, once it has said it is running."""
    output = data_dir.parent / f"daemon-{time.monotonic_ns()}.out"
    errors = output.with_suffix(".err")
    with open(output, "w") as out, open(errors, "w") as err:
        process = subprocess.Popen(command(config_dir, data_dir, "run"), stdout=out, stderr=err,
                                   env=environment(), cwd=ROOT)
        bot = RunningDaemon(process, output, errors, data_dir)
        try:
            assert wait_until(lambda: STARTED in bot.stdout() or process.poll() is not None, timeout=20)
            assert process.poll() is None, f"the daemon did not start: {bot.stderr()}"
            assert bot.stdout().splitlines()[0] == bot.start_line()
            yield bot
        finally:
            if process.poll() is None:
                process.kill()
                process.wait(10)


def run_bot(config_dir: Path, data_dir: Path, *arguments: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(command(config_dir, data_dir, *arguments), capture_output=True, text=True,
                          env=environment(), cwd=ROOT, timeout=timeout)


def command(config_dir: Path, data_dir: Path, *arguments: str) -> list[str]:
    return [sys.executable, str(ROOT / "run_bot.py"), "--config", str(config_dir), "--data-dir", str(data_dir),
            *arguments]


def environment() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "QA_BOT_KILL_AT"}


def stop_daemon_with_reminders_due(settings, config_dir: Path, data_dir: Path, due: datetime) -> None:
    """Leave the job store as a daemon stopped with the reminders next due at `due`."""
    scheduler = daemon.build_scheduler(data_dir)
    scheduler.start(paused=True)
    try:
        daemon.schedule_jobs(scheduler, settings, config_dir=config_dir, data_dir=data_dir)
        scheduler.modify_job("reminders", next_run_time=due)
    finally:
        scheduler.shutdown()


def edit_bot_yaml(config_dir: Path, change: Callable[[dict], object]) -> None:
    path = config_dir / "bot.yaml"
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(raw)
    path.write_text(yaml.safe_dump(raw, sort_keys=False), encoding="utf-8")


def deliver_audit(data_dir: Path) -> str:
    """Put one manager's audit in the inbox; return the manager's address."""
    [form] = sample_forms(1, seed=1, today=date(2026, 11, 20))
    sender = next(member.email for member in STAFF if member.name == form.auditor)
    # The daemon runs on the wall clock, which is what these tests test: the
    # mail is sent and arrives now.
    raw = build_email(sender=sender, to=MAILBOX, subject="Audit", date=datetime.now(daemon.LONDON),
                      attachments=[("audit.docx", build_docx(form, "table"))])
    MaildirMailbox(data_dir / "mailbox", data_dir / "outbox", address=MAILBOX).deliver(raw)
    return sender


def handled(data_dir: Path) -> bool:
    """The message is filed in Processed and a reply is in the outbox."""
    processed = data_dir / "mailbox" / ".Processed" / "cur"
    outbox = data_dir / "outbox"
    return (processed.is_dir() and any(processed.iterdir())
            and outbox.is_dir() and any(outbox.glob("*.eml")))


def reply_recipients(data_dir: Path) -> list[str]:
    parser = BytesParser(policy=policy.default)
    return [str(parser.parsebytes(path.read_bytes())["To"]) for path in sorted((data_dir / "outbox").glob("*.eml"))]


def wait_until(condition: Callable[[], object], *, timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return bool(condition())
