"""What kind of file an attachment is, from its bytes rather than its name.

Managers rename files, mail clients add `.dat`, and an old `.doc` saved as
`audit.docx` still starts with the OLE header, so the name proves nothing.
A zip is checked against the caps (`package.inspect_archive`) before its
type is decided from what is inside it.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

from .document import UnreadableForm
from .package import FileLimits, inspect_archive

DOCX = "docx"
XLSX = "xlsx"
OLD_WORD = "doc"  # a Word 97-2003 document without a password: convertible

_SEND_DOCX = "Please send the completed form as a Word (.docx) file."
_SAVE_DOCX = "Please open it in Word, save it as a Word Document (.docx) and send it again."
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

PASSWORD = (
    "This form is protected with a password, so the bot cannot read it. "
    "Please remove the password (in Word or Excel: File > Info > Protect, then clear the password) "
    "and send it again."
)
OLD_WORD_PROBLEM = (
    "This is an old-style Word document (.doc), which the bot cannot read. "
    "Please open it in Word, choose File > Save As > Word Document (.docx) and send it again."
)
MACROS_REFUSED = (
    "This form is a macro-enabled file (.docm or .xlsm), which the bot does not accept. "
    "Please save it as a Word Document (.docx) or Excel Workbook (.xlsx) and send it again."
)
MACROS_WARNING = (
    "This form is a macro-enabled file (.docm or .xlsm). The bot read it without running the macros; "
    "please save forms as .docx or .xlsx in future."
)


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


@dataclass(frozen=True)
class Sniffed:
    """`kind` is DOCX, XLSX or OLD_WORD when the file can be read; otherwise
    None and `problem` says, in a manager's words, what the file is and what
    to do. `macros` is true for a macro-enabled document."""

    kind: str | None
    problem: str | None = None
    macros: bool = False


def sniff(data: bytes, limits: FileLimits | None = None) -> Sniffed:
    """Tell a Word document or Excel workbook from everything else."""
    if not data or not data.strip():
        return Sniffed(None, "The attachment is empty. Please attach the completed form and send it again.")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _sniff_zip(data, limits or FileLimits())
    if data.startswith(OLE_MAGIC[:4]):
        return _sniff_ole(data)
    return Sniffed(None, _describe_other(data))


# Zip packages -----------------------------------------------------------

def _sniff_zip(data: bytes, limits: FileLimits) -> Sniffed:
    try:
        archive = inspect_archive(data, limits)
    except UnreadableForm as problem:
        return Sniffed(None, str(problem))
    names = archive.names
    macros = "macroenabled" in archive.content_types.lower() or any(
        name.lower().rsplit("/", 1)[-1] == "vbaproject.bin" for name in names
    )
    # The main part is word/document.xml in every file Word writes; a few
    # generators name it otherwise, and the reader follows _rels/.rels.
    if "word/document.xml" in names or any(name.startswith("word/") for name in names):
        return Sniffed(DOCX, macros=macros)
    if "xl/workbook.xml" in names:
        return Sniffed(XLSX, macros=macros)
    if "xl/workbook.bin" in names:
        return Sniffed(
            None,
            "This is an Excel Binary Workbook (.xlsb), which the bot cannot read. "
            "Please open it in Excel, save it as an Excel Workbook (.xlsx) and send it again.",
        )
    if any(name.startswith("ppt/") for name in names):
        return Sniffed(None, "This is a PowerPoint presentation, not a form. " + _SEND_DOCX)
    if "mimetype" in names and ("content.xml" in names or "META-INF/manifest.xml" in names):
        return Sniffed(None, _describe_open_document(data))
    return Sniffed(
        None,
        "This file is a zip archive, not a Word document or Excel workbook. "
        "Please attach the completed form itself as a Word (.docx) file.",
    )


def _describe_open_document(data: bytes) -> str:
    # The mimetype entry is stored first and uncompressed, so it is readable in place.
    match = re.match(rb"PK\x03\x04.{26}mimetype(application/vnd\.oasis\.opendocument\.[a-z-]+)", data, re.DOTALL)
    kind = match.group(1).decode("ascii").rsplit(".", 1)[-1] if match else ""
    if kind.startswith("spreadsheet"):
        return (
            "This is an OpenDocument spreadsheet (.ods, from LibreOffice or similar), which the bot cannot read. "
            "Please save it as an Excel Workbook (.xlsx) and send it again."
        )
    return (
        "This is an OpenDocument file (from LibreOffice or similar), which the bot cannot read. "
        "Please save it as a Word Document (.docx) and send it again."
    )


# OLE compound files (Office 97-2003, password-protected Office, Outlook items)

def _sniff_ole(data: bytes) -> Sniffed:
    try:
        compound = _Compound(data)
        names = compound.names()
    except (ValueError, struct.error, IndexError):
        return Sniffed(None, _guess_ole(data))
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        return Sniffed(None, PASSWORD)
    if "WordDocument" in names:
        return Sniffed(None, PASSWORD) if compound.word_encrypted() else Sniffed(OLD_WORD)
    if "Workbook" in names or "Book" in names:
        if compound.excel_encrypted("Workbook" if "Workbook" in names else "Book"):
            return Sniffed(None, PASSWORD)
        return Sniffed(
            None,
            "This is an old-style Excel workbook (.xls), which the bot cannot read. "
            "Please open it in Excel, save it as an Excel Workbook (.xlsx) and send it again.",
        )
    if any(name.startswith("__substg1.0_") or name == "__properties_version1.0" for name in names):
        return Sniffed(
            None,
            "This is an Outlook email saved as a file (.msg), not a form. "
            "Please attach the completed form itself (the .docx or .xlsx file) and send it again.",
        )
    if "PowerPoint Document" in names:
        return Sniffed(None, "This is a PowerPoint presentation, not a form. " + _SEND_DOCX)
    return Sniffed(None, "This is an old-style Office file the bot cannot read. " + _SEND_DOCX)


def _guess_ole(data: bytes) -> str:
    """A compound file too damaged to read: guess from the stream names."""
    head = data[:65536]
    if _utf16("EncryptedPackage") in head:
        return PASSWORD
    if _utf16("Workbook") in head or _utf16("Book") in head:
        return (
            "This is an old-style Excel workbook (.xls) or a password-protected one. "
            "Please save it as an Excel Workbook (.xlsx), remove any password, and send it again."
        )
    return (
        "This is an old-style Word document (.doc) or a password-protected file. "
        "Please save it as a Word Document (.docx), remove any password, and send it again."
    )


_FREE, _END_OF_CHAIN = 0xFFFFFFFF, 0xFFFFFFFE
_LAST_REGULAR_SECTOR = 0xFFFFFFFA


class _Compound:
    """Just enough of a Compound File Binary reader ([MS-CFB]) to list the
    stream names and read the first bytes of a stream. Every loop is bounded
    by the number of sectors in the file, so a crafted file cannot make it
    spin; anything inconsistent raises ValueError."""

    def __init__(self, data: bytes):
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise ValueError("not a compound file")
        self.data = data
        major, byte_order, shift = struct.unpack_from("<HHH", data, 0x1A)
        if byte_order != 0xFFFE or (major, shift) not in ((3, 9), (4, 12)):
            raise ValueError("unknown compound file version")
        self.sector_size = 1 << shift
        self.sectors = max(0, len(data) // self.sector_size - 1)
        self.first_directory = struct.unpack_from("<I", data, 0x30)[0]
        self.first_difat, self.difat_count = struct.unpack_from("<II", data, 0x44)
        self._difat = list(struct.unpack_from("<109I", data, 0x4C))
        self._entries: list[tuple[str, int, int, int]] | None = None

    def _sector(self, number: int) -> int:
        if number > _LAST_REGULAR_SECTOR or number >= self.sectors:
            raise ValueError("sector out of range")
        return (number + 1) * self.sector_size

    def _fat_sector(self, index: int) -> int:
        """Where the `index`th sector of the allocation table is."""
        if index < 109:
            return self._difat[index]
        per_sector = self.sector_size // 4 - 1
        index -= 109
        sector = self.first_difat
        for _ in range(min(self.difat_count, self.sectors)):
            if index < per_sector:
                return struct.unpack_from("<I", self.data, self._sector(sector) + index * 4)[0]
            index -= per_sector
            sector = struct.unpack_from("<I", self.data, self._sector(sector) + per_sector * 4)[0]
        raise ValueError("allocation table out of range")

    def _next(self, sector: int) -> int:
        per_sector = self.sector_size // 4
        table = self._fat_sector(sector // per_sector)
        return struct.unpack_from("<I", self.data, self._sector(table) + (sector % per_sector) * 4)[0]

    def _chain(self, start: int, limit: int):
        """Yield the offsets of up to `limit` sectors of the chain at `start`."""
        sector, seen = start, set()
        while sector != _END_OF_CHAIN and len(seen) < min(limit, self.sectors):
            if sector in seen:
                raise ValueError("sector chain loops")
            seen.add(sector)
            yield self._sector(sector)
            sector = self._next(sector)

    def entries(self) -> list[tuple[str, int, int, int]]:
        """(name, type, start sector, size) of every directory entry in use."""
        if self._entries is None:
            found = []
            for offset in self._chain(self.first_directory, self.sectors):
                for start in range(offset, offset + self.sector_size, 128):
                    raw = self.data[start : start + 128]
                    if len(raw) < 128:
                        raise ValueError("directory cut short")
                    length, kind = struct.unpack_from("<HB", raw, 0x40)
                    if kind not in (1, 2, 5) or not 2 <= length <= 64:
                        continue
                    name = raw[: length - 2].decode("utf-16-le", "replace")
                    sector, size = struct.unpack_from("<IQ", raw, 0x74)
                    found.append((name, kind, sector, size))
            if not found or found[0][1] != 5:
                raise ValueError("no root entry")
            self._entries = found
        return self._entries

    def names(self) -> set[str]:
        return {name for name, kind, _, _ in self.entries() if kind in (1, 2)}

    def head(self, name: str, size: int) -> bytes:
        """The first `size` bytes of a stream held in regular sectors (every
        Word or Excel main stream is); b'' when it is in the mini stream."""
        for entry_name, kind, start, length in self.entries():
            if entry_name == name and kind == 2:
                if length < 4096:
                    return b""
                wanted = min(size, length)
                parts = [
                    self.data[offset : offset + self.sector_size]
                    for offset in self._chain(start, -(-wanted // self.sector_size))
                ]
                return b"".join(parts)[:wanted]
        return b""

    def word_encrypted(self) -> bool:
        """[MS-DOC] FibBase: fEncrypted is bit 0x0100 of the flags at 0x0A."""
        head = self.head("WordDocument", 32)
        if len(head) < 12:
            return False
        identifier, flags = struct.unpack_from("<H", head, 0)[0], struct.unpack_from("<H", head, 0x0A)[0]
        return identifier == 0xA5EC and bool(flags & 0x0100)

    def excel_encrypted(self, stream: str) -> bool:
        """[MS-XLS]: a FILEPASS record (0x002F) follows the first BOF."""
        head = self.head(stream, 4096)
        position = 0
        for _ in range(64):
            if position + 4 > len(head):
                return False
            record, length = struct.unpack_from("<HH", head, position)
            if record == 0x002F:
                return True
            if record == 0x000A:  # EOF of the globals: no password
                return False
            position += 4 + length
        return False


# Everything else ----------------------------------------------------------

_EMAIL_HEADERS = re.compile(
    rb"^(received|return-path|from|to|subject|message-id|date|delivered-to|x-[a-z0-9-]+):[ \t]", re.IGNORECASE
)


def _describe_other(data: bytes) -> str:
    head = data[:4096]
    if head.startswith(b"MZ") or head.startswith(b"\x7fELF") or head[:4] in (
        b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"
    ):
        return (
            "This file is a program, not a form, so the bot did not open it. "
            "Please attach the completed form itself (the .docx or .xlsx file) and send it again."
        )
    if b"%PDF" in head[:1024]:
        return "This file is not a Word document or Excel workbook; it looks like a PDF. " + _SEND_DOCX
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = text[:1024].lower()
    if lowered.startswith(b"{\\rtf"):
        return "This file is a Rich Text (.rtf) document, which the bot cannot read. " + _SAVE_DOCX
    if _looks_like_email(text):
        return (
            "This is an email saved as a file, not a form. "
            "Please attach the completed form itself (the .docx or .xlsx file) and send it again."
        )
    if lowered.startswith(b"mime-version:") or b"content-type: multipart/related" in lowered:
        return "This file is a web page saved from Word (.mht), not a Word document. " + _SAVE_DOCX
    if lowered.startswith((b"<!doctype html", b"<html")) or (lowered.startswith(b"<") and b"<html" in lowered):
        return "This file is a web page (HTML) with a Word or Excel name, not a real Word document. " + _SAVE_DOCX
    if lowered.startswith(b"<?xml"):
        if b"excel.sheet" in lowered or b"urn:schemas-microsoft-com:office:spreadsheet" in lowered:
            return (
                "This is an Excel 2003 XML spreadsheet, which the bot cannot read. "
                "Please open it in Excel, save it as an Excel Workbook (.xlsx) and send it again."
            )
        return "This file is an XML file (perhaps Word 2003 XML), not a Word document. " + _SAVE_DOCX
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        return "This file is a picture (a scan or photo), which the bot cannot read. " + _SEND_DOCX
    if head.startswith((b"7z\xbc\xaf\x27\x1c", b"Rar!")):
        return "This file is a compressed archive, not a form. Please attach the completed form itself. " + _SEND_DOCX
    return "This file is not a Word document or Excel workbook, so the bot cannot read it. " + _SEND_DOCX


def _looks_like_email(text: bytes) -> bool:
    """Three header lines an email starts with (an .eml file)."""
    lines = text[:2048].splitlines()[:12]
    return sum(bool(_EMAIL_HEADERS.match(line)) for line in lines) >= 3
