"""What kind of file an attachment is, from its bytes rather than its name.

Managers rename files, mail clients add `.dat`, and an old `.doc` saved as
`audit.docx` still starts with the OLE header, so the name proves nothing.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

DOCX = "docx"
XLSX = "xlsx"

_SEND_DOCX = "Please send the completed form as a Word (.docx) file."
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


@dataclass(frozen=True)
class Sniffed:
    """`kind` is DOCX or XLSX when the file can be read; otherwise None and
    `problem` says, in a manager's words, what the file is and what to do."""

    kind: str | None
    problem: str | None = None


def sniff(data: bytes) -> Sniffed:
    """Tell a Word document or Excel workbook from everything else."""
    if not data or not data.strip():
        return Sniffed(None, "The attachment is empty. Please attach the completed form and send it again.")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data)
    if data.startswith(_OLE[:4]):
        return Sniffed(None, _describe_ole(data))
    if data.startswith(b"%PDF"):
        return Sniffed(
            None,
            "This file is not a Word document or Excel workbook; it looks like a PDF. " + _SEND_DOCX,
        )
    if data.lstrip().startswith(b"{\\rtf"):
        return Sniffed(
            None,
            "This file is a Rich Text (.rtf) document, which the bot cannot read. "
            "Please open it in Word, save it as a Word Document (.docx) and send it again.",
        )
    return Sniffed(
        None,
        "This file is not a Word document or Excel workbook, so the bot cannot read it. " + _SEND_DOCX,
    )


def _describe_ole(data: bytes) -> str:
    head = data[:65536]
    if _utf16("EncryptedPackage") in head:
        return (
            "This form is protected with a password, so the bot cannot read it. "
            "Please remove the password (File > Info > Protect Document) and send it again as a .docx file."
        )
    if _utf16("Workbook") in head or _utf16("Book") in head:
        return (
            "This is an old-style Excel workbook (.xls) or a password-protected one. "
            "Please save it as an Excel Workbook (.xlsx), remove any password, and send it again."
        )
    return (
        "This is an old-style Word document (.doc) or a password-protected file. "
        "Please save it as a Word Document (.docx), remove any password, and send it again."
    )


def _sniff_zip(data: bytes) -> Sniffed:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return Sniffed(
            None,
            "The file is damaged and cannot be opened (it may have been cut short when it was sent). "
            "Please save the form again and send it as a new attachment.",
        )
    # The main part is word/document.xml in every file Word writes; a few
    # generators name it otherwise, and the reader follows _rels/.rels.
    if "word/document.xml" in names or any(name.startswith("word/") for name in names):
        return Sniffed(DOCX)
    if "xl/workbook.xml" in names:
        return Sniffed(XLSX)
    if "mimetype" in names and "content.xml" in names:
        return Sniffed(
            None,
            "This is an OpenDocument file (from LibreOffice or similar), which the bot cannot read. "
            "Please save it as a Word Document (.docx) and send it again.",
        )
    return Sniffed(
        None,
        "This file is a zip archive, not a Word document or Excel workbook. "
        "Please attach the completed form itself as a Word (.docx) file.",
    )
