#!/usr/bin/env python3
"""How fast the bot is, measured against what its parts cost anyway.

    python bench/run_bench.py            # N = 200 and 1,000, tracker of 20,000 rows
    python bench/run_bench.py --quick    # N = 50 and 250, tracker of 5,000 rows

Prints, in one run:

1. the end-to-end `once` time for N emailed forms against the bare cost of
   opening the same files with python-docx (the figure of merit is the
   ratio; targets: at most 1.5 at N = 200, at most 1.0 at N = 1,000);
2. the same at 5 x N: the time may grow at most 5.5 times (no quadratic
   work, such as rewriting the workbook once per form);
3. a tracker rebuild of 20,000 rows against openpyxl writing the same
   cells in write-only mode (target: at most 1.5);
4. the peak memory of each run.

Forms are built by the project's sample builder in every Word layout; each
run uses a fresh data directory. Nothing here is a test: the figures are
printed for a person to read and to record in bench/README.md.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 20)
MAILBOX = "cscaudits@northmoor.example.gov.uk"


def build_forms(count: int, folder: Path) -> list[tuple[str, bytes]]:
    """`count` realistic forms (in every layout) from staff on the shipped
    list, cached on disk between runs of the same size."""
    from bot.samples import LAYOUTS, build_docx, sample_forms

    cache = folder / f"forms-{count}"
    if cache.exists():
        return [(path.name.split("-", 1)[1], path.read_bytes()) for path in sorted(cache.iterdir())]
    cache.mkdir(parents=True)
    forms = []
    started = time.perf_counter()
    for index, form in enumerate(sample_forms(count, seed=7, today=TODAY)):
        layout = LAYOUTS[index % len(LAYOUTS)]
        data = build_docx(form, layout, variant_seed=index)
        name = f"form {index:05d} {form.case_id or 'group'}.docx"
        (cache / f"{index:05d}-{name}").write_bytes(data)
        forms.append((name, data))
        if index and index % 200 == 0:
            print(f"  built {index} of {count} forms ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return forms


def senders() -> list[str]:
    from bot.samples import STAFF

    return [member.email for member in STAFF
            if member.role in ("practice_manager", "early_help_manager", "safeguarding_practice_manager")]


def fill_mailbox(data_dir: Path, forms: list[tuple[str, bytes]]) -> None:
    from bot.mailbox.maildir import MaildirMailbox
    from bot.samples.messages import build_email

    mailbox = MaildirMailbox(data_dir / "mailbox", data_dir / "outbox", address=MAILBOX)
    people = senders()
    sent = datetime(2026, 11, 19, 9, tzinfo=timezone.utc)
    for index, (name, data) in enumerate(forms):
        mailbox.deliver(build_email(sender=people[index % len(people)], to=MAILBOX, subject="Audit",
                                    attachments=[(name, data)], date=sent,
                                    message_id=f"<bench-{index}@northmoor.example.gov.uk>"), received=sent)


def time_once(forms: list[tuple[str, bytes]], work: Path) -> tuple[float, float]:
    """Seconds for one `once` over a mailbox of `forms`, and its peak memory in MB,
    in a fresh process (as a council runs it)."""
    data_dir = work / f"data-{len(forms)}"
    shutil.rmtree(data_dir, ignore_errors=True)
    fill_mailbox(data_dir, forms)
    command = [sys.executable, "-c", ONCE_SCRIPT, str(ROOT / "config"), str(data_dir)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds, peak = result.stdout.split()
    return float(seconds), float(peak)


# Run in a child process so its import time, memory and clock are its own.
ONCE_SCRIPT = """
import resource, sys, time
from datetime import datetime, timezone
from pathlib import Path
sys.path.insert(0, %r)
started = time.perf_counter()
from bot.cli import run_once
from bot.config import load_settings
settings = load_settings(Path(sys.argv[1]), Path(sys.argv[2]))
summary = run_once(settings, now=datetime(2026, 11, 20, 9, tzinfo=timezone.utc), progress=lambda line: None,
                   reminders=True)
assert summary.forms_logged > 0, summary
elapsed = time.perf_counter() - started
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(elapsed, peak / 1024)
""" % str(ROOT)


def time_python_docx(forms: list[tuple[str, bytes]]) -> float:
    """The bare cost of opening each file with python-docx and reading its
    text: what any tool built on python-docx pays before doing anything."""
    import docx

    started = time.perf_counter()
    for _, data in forms:
        document = docx.Document(io.BytesIO(data))
        for paragraph in document.paragraphs:
            _ = paragraph.text
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    _ = cell.text
    return time.perf_counter() - started


def time_tracker(rows: int, work: Path) -> tuple[float, float]:
    """The bot's tracker rebuild of `rows` audits against openpyxl writing
    the same cells in write-only mode, in seconds."""
    from openpyxl import Workbook

    from bot import tracker
    from bot.config import load_settings
    from bot.forms import Action, ParsedForm
    from bot.store import FormRecord, MessageRecord, Store

    data_dir = work / f"tracker-{rows}"
    shutil.rmtree(data_dir, ignore_errors=True)
    settings = load_settings(ROOT / "config", data_dir)
    store = Store(settings.state_db)
    received = datetime(2026, 11, 2, 9, tzinfo=timezone.utc)
    grades = ["Good", "Requires Improvement to be Good", "Outstanding", "Inadequate"]
    with store.transaction():
        for index in range(rows):
            form = ParsedForm(file=f"audit {index}.docx", ok=True, form="case_file_audit",
                              case_id=str(1_000_000 + index), auditor="Joanne Fletcher", practitioner="Ali Khan",
                              team="Assessment Team 1", service="Assessment and Child Protection",
                              date=date(2026, 10, 1 + index % 28), grade=grades[index % 4],
                              strengths=["The child's wishes and feelings are clearly recorded."],
                              development_areas=["The plan is not SMART."],
                              actions=[Action("Update the chronology", "Ali Khan", date(2026, 12, 1))])
            message = MessageRecord(f"bench-{index}", "joanne.fletcher@northmoor.example.gov.uk", received,
                                    "logged", "Processed")
            message_row = store.connection.execute(
                "INSERT INTO messages (key, sender, received, outcome, folder, processed_at)"
                " VALUES (?, ?, ?, ?, ?, ?)", (message.key, message.sender, received.isoformat(), "logged",
                                               "Processed", received.isoformat())).lastrowid
            record = FormRecord(form, sha256=f"s{index}", auditor_email=None, re_audit_due=None)
            form_id = store._insert_form(message_row, message, record, None)
            store._insert_actions(form_id, form, None)
    path = data_dir / "tracker" / "qa-tracker.xlsx"
    started = time.perf_counter()
    tracker.rebuild(store, settings, path, now=received)
    bot_seconds = time.perf_counter() - started

    # The same cells, by openpyxl alone.
    from openpyxl import load_workbook

    written = load_workbook(path, read_only=True)
    sheets = {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in written.worksheets}
    written.close()
    started = time.perf_counter()
    bare = Workbook(write_only=True)
    for title, values in sheets.items():
        sheet = bare.create_sheet(title)
        for row in values:
            sheet.append(row)
    bare.save(work / "bare.xlsx")
    bare_seconds = time.perf_counter() - started
    store.close()
    return bot_seconds, bare_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a first look")
    parser.add_argument("--work", type=Path, help="where to keep the generated forms between runs")
    arguments = parser.parse_args()
    small, rows = (50, 5_000) if arguments.quick else (200, 20_000)
    work = arguments.work or Path(tempfile.gettempdir()) / "qa-bot-bench"
    work.mkdir(parents=True, exist_ok=True)

    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"Building {5 * small} forms (cached in {work}) ...", file=sys.stderr)
    everything = build_forms(5 * small, work)

    results = {}
    for count in (small, 5 * small):
        forms = everything[:count]
        python_docx = time_python_docx(forms)
        once, peak = time_once(forms, work)
        results[count] = once
        print(f"N = {count:5d}: once {once:7.2f} s ({1000 * once / count:5.1f} ms a form), "
              f"python-docx open {python_docx:6.2f} s ({1000 * python_docx / count:5.1f} ms a form), "
              f"ratio {once / python_docx:4.2f}, peak memory {peak:6.0f} MB")
    print(f"Growth from N = {small} to {5 * small}: {results[5 * small] / results[small]:.2f} times "
          "(target: at most 5.5)")
    bot_seconds, bare_seconds = time_tracker(rows, work)
    print(f"Tracker of {rows} rows: rebuild {bot_seconds:.2f} s, openpyxl write-only {bare_seconds:.2f} s, "
          f"ratio {bot_seconds / bare_seconds:.2f} (target: at most 1.5)")
    print(f"Peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
