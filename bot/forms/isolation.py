"""Parsing attachments in a worker process, with a memory limit and a time limit.

    form = parse_isolated(data, "audit.docx", definitions, settings.file_limits)

The readers are careful, but a crafted workbook can still make openpyxl take
minutes and gigabytes, and a bug in a C library is out of our hands. So the
mail pass never parses an attachment itself: a worker process does, and the
pass waits at most `worker_timeout_seconds` for it. The worker limits its
own address space to `worker_memory_mb` (RLIMIT_AS, on Linux), so a parse
that allocates without bound fails with MemoryError inside the worker
instead of exhausting the machine. A worker that runs out of time or memory,
or dies, is replaced for the next attachment; the attachment comes back with
`ok=False` and a reason in plain words, like any other unusable file.

The worker is started once and reused across attachments and passes: on
Linux and macOS it is forked from a fork server that has already imported
the parser, so only the first attachment after the bot starts pays for a
fresh interpreter (about half a second), and a replacement worker takes
milliseconds. Windows has neither fork servers nor `resource`: there the
worker is spawned, and only the time limit applies (no memory limit).

Attachments over `max_attachment_mb` are refused here without being sent
to the worker, and an old .doc is converted here (LibreOffice runs in its own
process group with limits of its own, see `convert`), then parsed in the
worker as the .docx it became.

The worker sends back the form as JSON (`ParsedForm.to_json`), never as a
pickle: whatever happens inside the worker, the bot only ever reads data
from it.
"""

from __future__ import annotations

import atexit
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from .definitions import FormDefinitions
from .model import ParsedForm
from .package import FileLimits, size_problem
from .parser import CONVERTED, TOO_MUCH_MEMORY, UNEXPECTED, old_word_as_docx, parse_bytes
from .privacy import Redactor
from .sniff import OLD_WORD, OLE_MAGIC, sniff

try:
    import resource
except ImportError:  # Windows: no memory limit, only the time limit
    resource = None

log = logging.getLogger(__name__)

TOO_SLOW = (
    "The form could not be read within the time allowed, so the bot stopped reading it. "
    "Please check it is the completed form, save it again and send it as a new attachment."
)
# How long a new worker may take to start and say it is ready.
START_TIMEOUT = 60
# The largest reply a worker may send: a form's JSON is a few kilobytes.
MAX_REPLY_BYTES = 32 * 1024 * 1024
_MEBIBYTE = 1024 * 1024
_TAKEN = b"taken"
_EXIT_OUT_OF_MEMORY = 3  # a worker that could not even say it ran out of memory


class WorkerUnavailable(RuntimeError):
    """No worker process could be started: a fault of this machine, not of
    the attachment (ingest then leaves the message for the next pass)."""


@dataclass(frozen=True)
class Run:
    """How the last attachment went: wall time in seconds; the worker's peak
    resident memory during the parse, in bytes (None when no worker read
    it, or the platform cannot tell); and the outcome: 'parsed', 'refused'
    (before the worker), 'timeout', 'memory' or 'crashed'."""

    seconds: float
    peak_rss: int | None
    outcome: str


Parse = Callable[..., ParsedForm]


class ParserWorker:
    """One worker process, started on first use and replaced when it fails.

    `parse` is the function the worker runs (`parse_bytes`); a test may
    name another module-level function to stand in for a parser that
    misbehaves. Thread-safe: attachments are parsed one at a time.
    """

    def __init__(self, limits: FileLimits | Mapping | None = None, parse: Parse = parse_bytes):
        self.limits = FileLimits.from_config(limits)
        self.last_run: Run | None = None
        self.memory_limited = False
        self._parse = parse
        self._context = _context()
        self._process = None
        self._connection = None
        self._definitions = None  # what the worker holds
        self._lock = threading.Lock()

    def parse(self, data: bytes, filename: str, definitions: FormDefinitions) -> ParsedForm:
        """Parse one attachment in the worker; see the module's docstring.
        Raise WorkerUnavailable only when no worker can be started."""
        with self._lock:
            started = time.monotonic()
            problem = size_problem(len(data), self.limits)
            if problem:
                self.last_run = Run(time.monotonic() - started, None, "refused")
                return _failed(filename, problem)
            notes = []
            if data.startswith(OLE_MAGIC) and sniff(data, self.limits).kind == OLD_WORD:
                converted = old_word_as_docx(data, self.limits)
                if isinstance(converted, str):
                    self.last_run = Run(time.monotonic() - started, None, "refused")
                    return _failed(filename, converted)
                data, notes = converted, [CONVERTED]
            form, peak, outcome = self._in_worker(data, filename, definitions)
            form.warnings[:0] = notes
            self.last_run = Run(time.monotonic() - started, peak, outcome)
            return form

    def close(self) -> None:
        """Stop the worker (it is started again if needed)."""
        with self._lock:
            self._discard(patient=True)

    # The worker ------------------------------------------------------------

    def _in_worker(self, data: bytes, filename: str, definitions: FormDefinitions):
        for _attempt in (1, 2):
            self._start()
            deadline = time.monotonic() + self.limits.worker_timeout_seconds
            # The definitions go once per worker: unpickled afresh they would
            # lose their caches, which costs more than the parse of a form.
            sent = None if definitions is self._definitions else definitions
            try:
                self._connection.send((filename, data, sent, self.limits))
                self._definitions = definitions
                # The worker says it has the attachment before it starts: one
                # that had died (or was stopped) in between is simply replaced.
                taken = self._connection.poll(self.limits.worker_timeout_seconds) and \
                    self._connection.recv_bytes(16) == _TAKEN
            except (OSError, EOFError, ValueError):
                taken = False
            if not taken:
                self._discard()
                continue
            if not self._connection.poll(max(0.0, deadline - time.monotonic())):
                self._discard()
                log.warning("An attachment took longer than %s seconds to parse; its worker was stopped",
                            self.limits.worker_timeout_seconds)
                return _failed(filename, TOO_SLOW), None, "timeout"
            try:
                reply = json.loads(self._connection.recv_bytes(MAX_REPLY_BYTES))
            except (OSError, EOFError, ValueError):
                return self._died(filename, self._discard(patient=True))
            for name, level, text in reply.get("log", []):
                logging.getLogger(name).log(level, "%s (in the parser worker)", text)
            if reply.get("recycle"):
                self._discard(patient=True)
            return ParsedForm.from_json(reply["form"]), reply.get("peak_rss"), reply.get("outcome", "parsed")
        raise WorkerUnavailable("the parser worker stopped twice before taking an attachment")

    def _died(self, filename: str, code: int | None):
        if code is not None and resource is not None and code == -signal.SIGXCPU:
            log.warning("The parser worker used up its processor time and was stopped")
            return _failed(filename, TOO_SLOW), None, "timeout"
        if code in (-getattr(signal, "SIGKILL", 9), _EXIT_OUT_OF_MEMORY):
            # Killed: by the kernel's out-of-memory killer, in practice.
            log.warning("The parser worker ran out of memory or was killed while reading an attachment")
            return _failed(filename, TOO_MUCH_MEMORY), None, "memory"
        log.error("The parser worker stopped while reading an attachment (exit code %s)", code)
        return _failed(filename, UNEXPECTED), None, "crashed"

    def _start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        ours, theirs = self._context.Pipe(duplex=True)
        memory = self.limits.worker_memory_mb * _MEBIBYTE
        process = self._context.Process(
            target=serve, args=(theirs, memory, self._parse), name="qa-bot-parser", daemon=True
        )
        try:
            process.start()
        except Exception as error:
            ours.close()
            raise WorkerUnavailable(f"the parser worker could not be started: {error}") from error
        finally:
            theirs.close()
        self._process, self._connection = process, ours
        try:
            ready = ours.poll(START_TIMEOUT) and json.loads(ours.recv_bytes(4096))
        except (OSError, EOFError, ValueError):
            ready = None
        if not ready:
            self._discard()
            raise WorkerUnavailable("the parser worker did not start")
        self.memory_limited = bool(ready.get("memory_limited"))

    def _discard(self, patient: bool = False) -> int | None:
        """Stop the worker; return its exit code. `patient` gives a worker
        that is already leaving a moment to finish before it is killed."""
        process, connection = self._process, self._connection
        self._process = self._connection = self._definitions = None
        if connection is not None:
            connection.close()
        if process is None:
            return None
        if patient:
            process.join(2)
        if process.is_alive():
            process.kill()
        process.join(5)
        return process.exitcode


def _failed(filename: str, reason: str) -> ParsedForm:
    form = ParsedForm(file=Redactor.blank().redact(filename) or filename)
    form.errors.append(reason)
    return form


def _context():
    """A fork server that has imported the parser where there is one
    (Linux, macOS); a spawned interpreter elsewhere (Windows)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


# Inside the worker -----------------------------------------------------------

def serve(connection, memory_bytes: int, parse: Parse) -> None:
    """The worker's loop: limit memory, say ready, then parse attachments
    until the connection closes. A SIGTERM (a service stopping) lets the
    attachment in hand finish; Ctrl+C is for the bot, not the worker."""
    busy = stopping = False

    def on_terminate(signum, frame):
        nonlocal stopping
        if not busy:
            os._exit(0)
        stopping = True

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, on_terminate)
    limited = _limit_memory(memory_bytes)
    records = _LogRecords()
    _send(connection, json.dumps({"ready": True, "memory_limited": limited}).encode())
    definitions = None
    while True:
        try:
            filename, data, sent, limits = connection.recv()
        except (EOFError, OSError):
            return
        definitions = sent if sent is not None else definitions
        busy = True
        _send(connection, _TAKEN)
        _reset_peak()
        _limit_processor_time(limits.worker_timeout_seconds)
        form = None
        try:
            form = parse(data, filename, definitions, limits, convert_old_word=False)
        except MemoryError:
            pass  # answered below, once the exception has let go of what it holds
        del data
        try:
            if form is None:
                form = _failed(filename, TOO_MUCH_MEMORY)
            outcome = "memory" if TOO_MUCH_MEMORY in form.errors else "parsed"
            reply = {"form": form.to_json(), "peak_rss": _peak(), "log": records.drain(), "outcome": outcome,
                     "recycle": outcome == "memory"}
            _send(connection, json.dumps(reply, default=str).encode())
        except MemoryError:
            os._exit(_EXIT_OUT_OF_MEMORY)
        busy = False
        if reply["recycle"] or stopping:
            return  # a worker that ran out of memory is not trusted with the next attachment


def _send(connection, data: bytes) -> None:
    """Send to the bot; when the bot has gone (killed, or stopped mid-pass),
    leave quietly: there is nobody left to read a traceback."""
    try:
        connection.send_bytes(data)
    except (OSError, EOFError):
        os._exit(0)


def _limit_memory(memory_bytes: int) -> bool:
    # RLIMIT_AS is only enforced by Linux; macOS accepts and ignores it, and
    # Windows has no `resource` module: there the time limit stands alone.
    if resource is None:
        return False
    try:
        # A crashed worker leaves no core dump: it would hold a form's contents.
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        pass
    if not sys.platform.startswith("linux") or memory_bytes <= 0:
        return False
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ValueError, OSError):
        return False
    return True


def _limit_processor_time(timeout: float) -> None:
    """A backstop to the parent's timer: should the bot itself be gone, a
    worker stuck in a loop still stops (SIGXCPU) instead of spinning."""
    if resource is None:
        return
    try:
        used = resource.getrusage(resource.RUSAGE_SELF)
        seconds = int(used.ru_utime + used.ru_stime + 3 * timeout) + 1
        hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
        if hard == resource.RLIM_INFINITY or seconds <= hard:
            resource.setrlimit(resource.RLIMIT_CPU, (seconds, hard))
    except (ValueError, OSError):
        pass


def _reset_peak() -> None:
    """Start measuring peak memory afresh for this attachment (Linux)."""
    try:
        with open("/proc/self/clear_refs", "w") as control:
            control.write("5")
    except OSError:
        pass


def _peak() -> int | None:
    """The peak resident memory since `_reset_peak`, in bytes."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class _LogRecords(logging.Handler):
    """Collects the worker's warnings and errors for the bot's own log."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[tuple[str, int, str]] = []
        self.setFormatter(logging.Formatter("%(message)s"))
        root = logging.getLogger()
        root.handlers[:] = [self]
        root.setLevel(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append((record.name, record.levelno, self.format(record)))
        except Exception:
            self.handleError(record)

    def drain(self) -> list[tuple[str, int, str]]:
        records, self.records = self.records, []
        return records


# Several workers --------------------------------------------------------------

class ParserPool:
    """Parses attachments in `size` workers at once, so a pass reads the
    next messages' forms while it stores and answers the one in hand.

        with ParserPool(limits, size=2) as pool:
            future = pool.submit(data, "audit.docx", definitions)
            form = future.result()

    Each worker belongs to one thread of the pool; a worker that cannot be
    started is replaced by reading in this process (see `parse_isolated`)."""

    def __init__(self, limits: FileLimits | Mapping | None = None, size: int = 2):
        self.limits = FileLimits.from_config(limits)
        self._executor = ThreadPoolExecutor(max_workers=max(1, size), thread_name_prefix="qa-bot-parser")
        self._local = threading.local()
        self._workers: list[ParserWorker] = []
        self._lock = threading.Lock()

    def submit(self, data: bytes, filename: str, definitions: FormDefinitions) -> Future:
        return self._executor.submit(self._parse, data, filename, definitions)

    def _parse(self, data: bytes, filename: str, definitions: FormDefinitions) -> ParsedForm:
        worker = getattr(self._local, "worker", None)
        if worker is None:
            worker = self._local.worker = ParserWorker(self.limits)
            with self._lock:
                self._workers.append(worker)
        try:
            return worker.parse(data, filename, definitions)
        except WorkerUnavailable as error:
            return parse_in_process(data, filename, definitions, self.limits, error)

    def close(self) -> None:
        self._executor.shutdown(wait=True)
        with self._lock:
            for worker in self._workers:
                worker.close()
            self._workers.clear()

    def __enter__(self) -> ParserPool:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def parse_in_process(data: bytes, filename: str, definitions: FormDefinitions, limits: FileLimits,
                     error: Exception) -> ParsedForm:
    """When no worker can be started at all (a host that forbids new
    processes, say), read the attachment here with the same caps and checks
    but without the worker's memory and time limits, and say so in the log
    once: a form is better read less isolated than not read."""
    global _fallback_logged
    if not _fallback_logged:
        _fallback_logged = True
        log.error("The parser worker could not start (%s); reading forms in the bot's own process, "
                  "without its memory and time limits", error)
    return parse_bytes(data, filename, definitions, limits)


# The bot's worker ------------------------------------------------------------

_shared: ParserWorker | None = None
_shared_lock = threading.Lock()
_fallback_logged = False


def parse_isolated(data: bytes, filename: str, definitions: FormDefinitions,
                   limits: FileLimits | Mapping | None = None) -> ParsedForm:
    """Parse one attachment in the bot's worker process under `limits` (the
    `intake.files` settings); never raises for a bad file: a timeout, a
    worker out of memory or killed comes back as `ok=False` with a plain
    reason. When no worker can be started at all, the attachment is read
    in this process (`parse_in_process`)."""
    global _shared
    limits = FileLimits.from_config(limits)
    with _shared_lock:
        if _shared is None or _shared.limits != limits:
            if _shared is not None:
                _shared.close()
            _shared = ParserWorker(limits)
        worker = _shared
    try:
        return worker.parse(data, filename, definitions)
    except WorkerUnavailable as error:
        return parse_in_process(data, filename, definitions, limits, error)


@atexit.register
def _close_shared() -> None:
    # Before multiprocessing's own exit handler joins its children.
    if _shared is not None:
        _shared.close()
