"""Rendering the Word reports from the templates the QA team may edit, and
turning them into PDF.

Each kind of report is one Word document, `templates/reports/<kind>.docx`,
with docxtpl tags where the figures go. The QA team may reword, move or
restyle anything in it in Word; a tag they break is reported as a plain
`BotError` naming the file, never as a traceback.

Templates may use, besides jinja2's own filters:
- `percent`: 83 -> "83%"; nothing (no audits expected) -> "n/a";
- `yes_no`: True -> "Yes", False or nothing -> "No", text as it is.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import jinja2
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage
from lxml import etree

from bot.errors import BotError
from bot.reports import accessibility

log = logging.getLogger(__name__)

CHART_WIDTH = Mm(160)
LOGO_WIDTH = Mm(30)
PDF_TIMEOUT_SECONDS = 180
# A tagged PDF (headings, tables, alternative text for a screen reader) in
# PDF/UA mode, which names the document's title and language for a reader.
# The JSON form of the filter options needs LibreOffice 7.4 or later.
PDF_FILTER = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"PDFUACompliance":{"type":"boolean","value":"true"},'
              '"DisplayPDFDocumentTitle":{"type":"boolean","value":"true"}}')
# Characters XML cannot hold, which text pasted into a form sometimes carries.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# Rendering -------------------------------------------------------------------------

def render(kind: str, context: dict[str, Any], output: Path, *, templates_dir: Path) -> Path:
    """Render the `kind` report template in `templates_dir` with `context`
    into `output`, replacing it whole; return `output`.

    `context["logo"]` (a path or None) and each path in `context["charts"]`
    become pictures; without a `charts` key, the charts the kind shows are
    drawn from the context (`charts.for_report`). Raise `BotError` when the
    template is missing, is not a Word document, has a broken tag or uses a
    name the context lacks, or when a picture cannot be read.
    """
    if "charts" not in context:
        from bot.reports import charts  # matplotlib is slow to import: only when drawing

        with tempfile.TemporaryDirectory(prefix="qa-bot-charts-") as scratch:
            drawn = charts.for_report(kind, context, Path(scratch))
            return render(kind, context | {"charts": drawn}, output, templates_dir=templates_dir)
    template_path = Path(templates_dir) / f"{kind}.docx"
    if not template_path.is_file():
        raise BotError(f"The report template {template_path} is missing. Put the {kind} template back "
                       f"(a copy ships with the bot in templates/reports/) and try again.")
    template = _open(template_path)
    values = dict(context)
    pictures: dict[str, str] = {}
    values["logo"] = _picture(template, context.get("logo"), LOGO_WIDTH, "logo")
    if context.get("logo"):
        pictures[Path(context["logo"]).name] = f"{context.get('organisation') or 'Council'} logo"
    values["charts"] = {}
    for name, path in (context.get("charts") or {}).items():
        values["charts"][name] = _picture(template, path, CHART_WIDTH, f"chart '{name}'")
        if path:
            pictures[Path(path).name] = accessibility.describe_chart(name, context)
    try:
        template.render(values, jinja_env=environment(), autoescape=True)
    except jinja2.TemplateSyntaxError as error:
        raise BotError(f"The report template {template_path} has a broken tag: {error.message}"
                       f"{_near(error)}. Open it in Word, fix the tag and try again.") from None
    except jinja2.UndefinedError as error:
        raise BotError(f"The report template {template_path} uses {_missing_name(error)}, which the {kind} report "
                       f"does not have{_near(error)}. Check the spelling of the tag in Word.") from None
    except jinja2.TemplateError as error:
        raise BotError(f"The report template {template_path} could not be filled in: {error}{_near(error)}.") from None
    except etree.XMLSyntaxError as error:
        raise BotError(f"The report template {template_path} gives a document Word cannot read ({error}). "
                       "Check that each {%p ...%} or {%tr ...%} tag has a paragraph or table row of its "
                       "own.") from None
    except (UnrecognizedImageError, OSError) as error:
        raise BotError(f"A picture for the {kind} report could not be used: {error}.") from None
    _describe_pictures(template, pictures)
    title = " – ".join(str(part) for part in (context.get("title"), context.get("period_label")) if part)
    for problem in accessibility.finish(template.docx, title=title or kind.title()):
        log.warning("The report template %s: %s", template_path, problem)
    return _save(template, Path(output))


def environment() -> jinja2.Environment:
    """The jinja2 environment the templates are rendered with: text from
    forms is escaped, a misspelt name is an error, and nothing (None)
    shows as nothing."""
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, finalize=_finalize)
    env.filters["percent"] = percent
    env.filters["yes_no"] = yes_no
    return env


def percent(value: Any) -> str:
    """83 -> "83%"; None (nothing to divide by) -> "n/a"."""
    return "n/a" if value is None or value == "" else f"{value}%"


def yes_no(value: Any) -> str:
    if value is True:
        return "Yes"
    if value is False or value is None:
        return "No"
    return str(value)


def _finalize(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, str):
        return CONTROL_CHARACTERS.sub(" ", value)
    return value


def _open(path: Path) -> DocxTemplate:
    template = DocxTemplate(path)
    try:
        template.init_docx()
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise BotError(f"The report template {path} cannot be opened as a Word document ({error}). "
                       "Save it from Word as a .docx file and try again.") from None
    return template


def _picture(template: DocxTemplate, path: str | Path | None, width, what: str) -> InlineImage | str:
    if not path:
        return ""
    if not Path(path).is_file():
        raise BotError(f"The {what} picture {path} is missing, so the report cannot show it.")
    return InlineImage(template, str(path), width=width)


def _near(error: jinja2.TemplateError) -> str:
    """Where in the document the error is, from the text docxtpl keeps."""
    # docxtpl keeps the text of the paragraphs from three before the line
    # jinja2 names to three after it, one paragraph a line.
    lines = [" ".join(line.split()) for line in getattr(error, "docx_context", None) or []]
    text = lines[3] if len(lines) > 3 and lines[3] else next((line for line in lines if line), "")
    if len(text) > 80:
        # A paragraph loop's tag joins the paragraph before it: show the tag.
        text = f"…{text[-80:]}" if text.endswith(("%}", "}}")) else f"{text[:80]}…"
    return f" (near “{text}”)" if text else ""


def _missing_name(error: jinja2.UndefinedError) -> str:
    """"'sumary' is undefined" and "'dict object' has no attribute 'audit'"
    become 'sumary' and 'audit'."""
    found = re.search(r"has no attribute '([^']+)'", error.message or "") or re.search(
        r"^'([^']+)' is undefined", error.message or "")
    return f"“{found.group(1)}”" if found else f"something ({error.message})"


def _describe_pictures(template: DocxTemplate, pictures: dict[str, str]) -> None:
    """Give each picture alternative text, for readers who use a screen reader."""
    # docxtpl swaps in new header and footer parts, which the document's
    # relationships reach but its sections' cached parts do not.
    parts = [template.docx.part] + [relationship.target_part for relationship in template.docx.part.rels.values()
                                    if relationship.reltype in (RT.HEADER, RT.FOOTER)]
    for part in parts:
        for inline in part._element.iter(qn("wp:inline")):
            properties = inline.find(qn("wp:docPr"))
            names = [element.get("name") for element in inline.iter(qn("pic:cNvPr"))]
            description = next((pictures[name] for name in names if name in pictures), None)
            if properties is not None and description and not properties.get("descr"):
                properties.set("descr", description)


def _save(template: DocxTemplate, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{output.stem}-", suffix=".docx.tmp", dir=output.parent)
    os.close(handle)
    try:
        template.save(temporary)
        # mkstemp makes a private file; a report is for the QA team's shared
        # folder, so it gets the permissions any new file would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return output


# PDF -----------------------------------------------------------------------------

def libreoffice() -> str | None:
    """The LibreOffice program, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        for root in (os.environ.get("PROGRAMFILES"), os.environ.get("PROGRAMFILES(X86)")):
            candidate = Path(root or "") / "LibreOffice" / "program" / "soffice.exe"
            if root and candidate.is_file():
                return str(candidate)
    return None


def libreoffice_available() -> bool:
    return libreoffice() is not None


def to_pdf(docx: Path, *, timeout: float = PDF_TIMEOUT_SECONDS) -> Path | None:
    """Convert `docx` to a tagged PDF beside it with LibreOffice; return the PDF's
    path, or None when LibreOffice is not installed. Raise `BotError` with
    the reason when the conversion fails or takes longer than `timeout`."""
    converted = to_pdfs([docx], timeout=timeout)
    return None if converted is None else converted[0]


def to_pdfs(documents: list[Path], *, timeout: float = PDF_TIMEOUT_SECONDS) -> list[Path] | None:
    """Convert several documents in one start of LibreOffice (which is slow
    to start); each PDF goes beside its document. Return their paths in the
    same order, or None when LibreOffice is not installed."""
    program = libreoffice()
    if program is None:
        return None
    documents = [Path(document).resolve() for document in documents]
    for document in documents:
        if not document.is_file():
            raise BotError(f"Cannot make a PDF of {document}: the file is missing.")
    if not documents:
        return []
    with tempfile.TemporaryDirectory(prefix="qa-bot-pdf-") as scratch:
        scratch_path = Path(scratch)
        # A private profile, so a LibreOffice the user has open does not
        # swallow the request, and a broken profile cannot break the bot.
        profile = (scratch_path / "profile").as_uri()
        outdir = scratch_path / "out"
        outdir.mkdir()
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck",
                   "--convert-to", PDF_FILTER, "--outdir", str(outdir), *map(str, documents)]
        stdout, stderr, returncode = _run(command, timeout, documents)
        results = []
        for document in documents:
            made = outdir / f"{document.stem}.pdf"
            if not made.is_file() or made.stat().st_size == 0:
                reason = " ".join((stderr or stdout or f"LibreOffice exited with code {returncode}").split())
                raise BotError(f"LibreOffice could not make a PDF of {document.name}: {reason[:300]}")
            target = document.with_suffix(".pdf")
            shutil.move(str(made), target.with_name(f".{target.name}.tmp"))
            os.replace(target.with_name(f".{target.name}.tmp"), target)
            results.append(target)
    return results


def _run(command: list[str], timeout: float, documents: list[Path]) -> tuple[str, str, int]:
    """Run LibreOffice in its own process group, so that on a timeout the
    whole of it (soffice starts soffice.bin) is stopped."""
    options: dict[str, Any] = {}
    if sys.platform == "win32":
        options["creationflags"] = subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   stdin=subprocess.DEVNULL, **options)
    except OSError as error:
        raise BotError(f"LibreOffice could not be started to make a PDF: {error}") from None
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        process.communicate()
        names = ", ".join(document.name for document in documents)
        raise BotError(f"LibreOffice took more than {timeout:g} seconds to make a PDF of {names}, "
                       "so it was stopped.") from None
    return stdout, stderr, process.returncode


def _stop(process: subprocess.Popen) -> None:
    try:
        if sys.platform == "win32":
            process.kill()
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
