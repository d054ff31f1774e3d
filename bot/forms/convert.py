"""Turning an old Word 97-2003 document (.doc) into a .docx with LibreOffice.

    docx = doc_to_docx(data, timeout=60, memory_mb=1024)   # None when it cannot

LibreOffice runs headless in a temporary folder with a profile of its own,
set never to run macros and never to update links (so a document cannot
make it fetch anything), under a memory limit and a time limit; the folder,
the converted file with it, is removed before this returns. Only documents
`sniff` has found to be unencrypted Word documents are given to it.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

# The converted form is read like any attachment; a result far larger than
# any form is not kept.
MAX_RESULT_BYTES = 64 * 1024 * 1024

# Settings the private profile starts with: macros never run (security level
# "very high" and execution disabled), links are never updated, and links
# from untrusted documents are blocked.
_PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="MacroSecurityLevel" \
oor:op="fuse"><value>3</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="DisableMacrosExecution" \
oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Security/Scripting"><prop oor:name="BlockUntrustedRefererLinks" \
oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Writer/Content/Update"><prop oor:name="Link" \
oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

# Sets the memory limit in the converter's own process before it becomes
# LibreOffice (a preexec_fn is unsafe in the threaded daemon).
# No core dump either: it would hold the form's contents.
_LIMITED = (
    "import os, resource, sys; limit = int(sys.argv[1]); "
    "resource.setrlimit(resource.RLIMIT_AS, (limit, limit)); resource.setrlimit(resource.RLIMIT_CORE, (0, 0)); "
    "os.execvp(sys.argv[2], sys.argv[2:])"
)


def converter() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data: bytes, *, timeout: float, memory_mb: int | None = None) -> bytes | None:
    """Given the bytes of a .doc, return those of the same document as a
    .docx; None when LibreOffice is missing, fails, or takes longer than
    `timeout` seconds. Never raises for a bad document."""
    program = converter()
    if program is None:
        return None
    with tempfile.TemporaryDirectory(prefix="qa-bot-convert-") as folder:
        work = Path(folder)
        source = work / "form.doc"
        source.write_bytes(data)
        profile = work / "profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(_PROFILE_SETTINGS, encoding="utf-8")
        command = [
            program, "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "out"), str(source),
        ]
        if memory_mb and sys.platform.startswith("linux"):
            command = [sys.executable, "-I", "-S", "-c", _LIMITED, str(memory_mb * 1024 * 1024), *command]
        if not _run(command, work, timeout):
            return None
        result = work / "out" / "form.docx"
        try:
            if result.stat().st_size > MAX_RESULT_BYTES:
                return None
            return result.read_bytes()
        except OSError:
            return None


def _run(command: list[str], folder: Path, timeout: float) -> bool:
    """Run the converter in its own process group, so that on a timeout the
    whole of LibreOffice (it starts helper processes) is stopped."""
    environment = {**os.environ, "HOME": str(folder), "TMPDIR": str(folder)}
    try:
        process = subprocess.Popen(
            command, cwd=folder, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=os.name == "posix",
        )
    except OSError as error:
        log.warning("LibreOffice could not be started to convert a .doc: %s", error)
        return False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        log.warning("LibreOffice took longer than %s seconds to convert a .doc; stopped it", timeout)
        _stop(process)
        return False
    if process.returncode != 0:
        log.warning("LibreOffice could not convert a .doc (exit code %s)", process.returncode)
        return False
    return True


def _stop(process: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
    except (ProcessLookupError, PermissionError):
        pass
    process.wait()
