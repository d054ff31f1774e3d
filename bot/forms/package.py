"""Reading the parts of an Office file (a zip of XML parts) safely.

Both readers go through here. Before anything is extracted, `inspect_archive`
checks the zip against the caps in `FileLimits` using only its central
directory (the sizes in the local headers are never trusted): how many
entries, how much it would unpack to, how far any one entry expands, and
whether an entry's name is absurd. It then streams every XML part through a
search for a DOCTYPE or ENTITY declaration, so a bomb is never read into
memory to find out. Office never writes a declaration, so one in a form is
damage or an attack.

The XML parser never resolves entities or reaches the network either, and a
part far larger than any form is refused (a zip bomb).
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, fields

from lxml import etree

from .document import UnreadableForm

# A form is a few hundred kilobytes; a part far larger is a zip bomb or not a form.
MAX_PART_BYTES = 32 * 1024 * 1024
# XML is case-sensitive: a declaration is spelt exactly so or is a syntax error.
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
# The same words as a UTF-16 part spells them (OPC allows UTF-8 and UTF-16 only).
_STREAMED_DECLARATIONS = tuple(
    word.decode("ascii").encode(codec) for word in _DECLARATIONS for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
_OVERLAP = max(len(word) for word in _STREAMED_DECLARATIONS) - 1
_CHUNK = 64 * 1024
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_ENCODING = re.compile(r"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']""")
_ALLOWED_ENCODINGS = {"utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be"}
_EBCDIC_XML = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC, which libxml2 would decode
_UTF32_MARKS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff", b"<\x00\x00\x00", b"\x00\x00\x00<")
_END_OF_DIRECTORY = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_END = b"PK\x06\x06"
_MEBIBYTE = 1024 * 1024

TOO_LARGE = (
    "The file is far larger than a form should be, so the bot did not open it. "
    "Please check it is the completed form and send it again."
)
DAMAGED = (
    "The file is damaged and cannot be opened (it may have been cut short when it was sent). "
    "Please save the form again and send it as a new attachment."
)


def refused(what: str = "file") -> str:
    """Why a file declaring a DOCTYPE or ENTITY (or in a strange encoding) is refused."""
    return (
        f"The {what} contains content Office itself never writes, so the bot will not open it. "
        "Please copy the form into a fresh copy of the template, save it and send it again."
    )

ODD_NAMES = (
    "The file is damaged: some of its parts have names no Word or Excel file has, so the bot did not open it. "
    "Please save the form again and send it as a new attachment."
)
BOMB = (
    "The file is built to unpack to far more than any form holds, which is how harmful files are made, "
    "so the bot did not open it. Please copy the form into a fresh copy of the template, save it and send it again."
)


@dataclass(frozen=True)
class FileLimits:
    """The caps on one attachment and on the worker that reads it; the
    `intake.files` section of bot.yaml (see bot/config_schema.yaml, whose
    defaults these repeat)."""

    max_attachment_mb: float = 10
    max_zip_entries: int = 1000
    max_unpacked_mb: float = 100
    max_compression_ratio: float = 100
    compression_ratio_above_kib: float = 100
    worker_memory_mb: int = 512
    worker_timeout_seconds: float = 20
    macro_documents: str = "read"
    old_word_documents: str = "convert"
    conversion_timeout_seconds: float = 60

    @classmethod
    def from_config(cls, config: Mapping | FileLimits | None) -> FileLimits:
        """Given the `intake.files` settings (any missing key takes its
        default) or a `FileLimits`, return a `FileLimits`."""
        if isinstance(config, FileLimits):
            return config
        known = {item.name for item in fields(cls)}
        return cls(**{key: value for key, value in (config or {}).items() if key in known})

    @property
    def max_attachment_bytes(self) -> int:
        return int(self.max_attachment_mb * _MEBIBYTE)

    @property
    def max_unpacked_bytes(self) -> int:
        return int(self.max_unpacked_mb * _MEBIBYTE)

    @property
    def ratio_floor_bytes(self) -> int:
        return int(self.compression_ratio_above_kib * 1024)


def size_problem(size: int, limits: FileLimits) -> str | None:
    """The reason, for the sender, an attachment of `size` bytes is refused
    unopened; None when it is small enough to be a form."""
    if size <= limits.max_attachment_bytes:
        return None
    return (
        f"The file is {size / _MEBIBYTE:.1f} MB; forms are far smaller (the bot opens files up to "
        f"{limits.max_attachment_mb:g} MB). Please check you attached the completed form itself, "
        "not a scan or a file with large pictures in it, and send it again."
    )


@dataclass(frozen=True)
class Archive:
    """What `inspect_archive` found: the entry names and the package's
    content types (the text of [Content_Types].xml, or '')."""

    names: frozenset[str]
    content_types: str


def inspect_archive(data: bytes, limits: FileLimits | None = None) -> Archive:
    """Check a zip against `limits` before anything in it is used; raise
    UnreadableForm saying why when it is damaged, too big, a bomb, or holds
    a DOCTYPE or ENTITY declaration in any XML part."""
    limits = limits or FileLimits()
    declared = _declared_entries(data)
    if declared is not None and declared > limits.max_zip_entries:
        raise UnreadableForm(_too_many_entries(declared))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error):
        raise UnreadableForm(DAMAGED) from None
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.max_zip_entries:
            raise UnreadableForm(_too_many_entries(len(entries)))
        _check_entries(entries, limits)
        what = _what(entry.filename for entry in entries)
        for entry in entries:
            _scan(archive, entry, what)
        content_types = _small_part(archive, "[Content_Types].xml")
    return Archive(frozenset(entry.filename for entry in entries), content_types.decode("utf-8", "replace"))


def _too_many_entries(count: int) -> str:
    return (
        f"The file is made of {count:,} pieces, far more than any Word or Excel form, so the bot did not open it. "
        "Please check it is the completed form and send it again."
    )


def _declared_entries(data: bytes) -> int | None:
    """The entry count the end-of-directory record declares, read before
    zipfile builds its list of entries; None when there is no such record."""
    end = data.rfind(_END_OF_DIRECTORY, max(0, len(data) - 65557))
    if end < 0 or end + 22 > len(data):
        return None
    (count,) = struct.unpack_from("<H", data, end + 10)
    locator = end - 20
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 <= len(data) and data[offset : offset + 4] == _ZIP64_END:
            (count,) = struct.unpack_from("<Q", data, offset + 32)
    return count


def _check_entries(entries: list[zipfile.ZipInfo], limits: FileLimits) -> None:
    seen: set[str] = set()
    total = 0
    for entry in entries:
        if _absurd(entry.orig_filename) or entry.filename in seen:
            raise UnreadableForm(ODD_NAMES)
        seen.add(entry.filename)
        if entry.flag_bits & 0x1:
            raise UnreadableForm(DAMAGED)  # zip encryption: Office protects files otherwise
        if entry.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnreadableForm(DAMAGED)  # Office only stores or deflates
        if entry.compress_type == zipfile.ZIP_STORED and entry.file_size != entry.compress_size:
            raise UnreadableForm(DAMAGED)
        total += entry.file_size
        if total > limits.max_unpacked_bytes:
            raise UnreadableForm(
                "The file would unpack to more than a form could ever hold "
                f"(over {limits.max_unpacked_mb:g} MB), so the bot did not open it. "
                "Please check it is the completed form and send it again."
            )
        if entry.file_size > limits.ratio_floor_bytes and (
            entry.file_size > limits.max_compression_ratio * max(entry.compress_size, 1)
        ):
            raise UnreadableForm(BOMB)


def _absurd(name: str) -> bool:
    """A name no Office file has: empty, absolute, climbing out with '..',
    a drive letter, or holding control characters (NUL included)."""
    if not name or len(name) > 1024 or name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        return True
    if any(ord(character) < 32 or ord(character) == 127 for character in name):
        return True
    return ".." in re.split(r"[/\\]", name)


def _what(names) -> str:
    """The file as messages name it, from its entries."""
    for name in names:
        if name.startswith("word/"):
            return "Word document"
        if name.startswith("xl/"):
            return "Excel workbook"
    return "file"


def _scan(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, what: str) -> None:
    """Stream one entry through the search for declarations, holding no more
    than a chunk of it at once. Entries that do not begin like XML are
    pictures and the like, which no parser reads."""
    if entry.is_dir() or entry.file_size == 0:
        return
    try:
        with archive.open(entry) as stream:
            chunk = stream.read(_CHUNK)
            if not _looks_like_xml(chunk, what):
                return
            _check_encoding(chunk, what)
            tail = b""
            while chunk:
                window = tail + chunk
                if any(word in window for word in _STREAMED_DECLARATIONS):
                    raise UnreadableForm(refused(what))
                tail = window[-_OVERLAP:]
                chunk = stream.read(_CHUNK)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise UnreadableForm(DAMAGED) from None


def _looks_like_xml(head: bytes, what: str) -> bool:
    if head.startswith(_EBCDIC_XML) or head.startswith(_UTF32_MARKS):
        raise UnreadableForm(refused(what))  # encodings Office never writes, which would hide a declaration
    stripped = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    return stripped.startswith(b"<")


def _check_encoding(head: bytes, what: str) -> None:
    """An XML declaration naming an encoding other than UTF-8 or UTF-16
    (UTF-7, say, which spells '<!' differently) is refused."""
    if head.startswith((b"\xff\xfe", b"<\x00")):
        text = head[:1024].decode("utf-16-le", "replace")
    elif head.startswith((b"\xfe\xff", b"\x00<")):
        text = head[:1024].decode("utf-16-be", "replace")
    else:
        text = head[:512].removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    match = _ENCODING.match(text.lstrip("\ufeff"))
    if match and match.group(1).strip().lower() not in _ALLOWED_ENCODINGS:
        raise UnreadableForm(refused(what))


def _small_part(archive: zipfile.ZipFile, name: str, limit: int = 1024 * 1024) -> bytes:
    try:
        entry = archive.getinfo(name)
    except KeyError:
        return b""
    if entry.file_size > limit:
        return b""
    try:
        with archive.open(entry) as stream:
            return stream.read(limit)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
        raise UnreadableForm(DAMAGED) from None


def parse_xml(raw: bytes) -> etree._Element:
    """Parse XML without resolving entities or touching the network; raise
    lxml's XMLSyntaxError when it is not well-formed, and MemoryError when
    libxml2 ran out of memory (under the worker's limit)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as error:
        if "Memory allocation failed" in str(error):
            raise MemoryError(str(error)) from None
        raise


class Package:
    """An opened Office file. `what` names it in messages ("Word document")."""

    def __init__(self, data: bytes, what: str):
        self.what = what
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
            self.names = set(self._archive.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, struct.error):
            raise UnreadableForm(self.damaged) from None

    @property
    def damaged(self) -> str:
        return (
            f"The {self.what} is damaged and cannot be read. "
            "Please open it, save it again and send it as a new attachment."
        )

    @property
    def refused(self) -> str:
        return refused(self.what)

    def bytes(self, name: str, whole: bool = True) -> bytes:
        """One part's bytes; raise UnreadableForm when it is missing, damaged,
        too large or declares a DOCTYPE or ENTITY.

        With `whole` false only the prolog and root tag are searched for
        declarations, for a part that is parsed only in pieces inside a copy
        of its root tag (styles.xml, see Styles): a declaration anywhere else
        never reaches the parser. (`inspect_archive`, run first by the
        parser, has searched every part whole in any case.)
        """
        try:
            info = self._archive.getinfo(name)
            if info.file_size > MAX_PART_BYTES:
                raise UnreadableForm(TOO_LARGE)
            with self._archive.open(info) as stream:
                raw = stream.read(MAX_PART_BYTES + 1)
        except (KeyError, zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
            raise UnreadableForm(self.damaged) from None
        if len(raw) > MAX_PART_BYTES:
            raise UnreadableForm(TOO_LARGE)
        searched = raw
        if not whole:
            first_element = _FIRST_ELEMENT.search(raw)
            searched = raw[: raw.find(b">", first_element.start()) + 1] if first_element else raw
        if any(declaration in searched for declaration in _DECLARATIONS):
            raise UnreadableForm(self.refused)
        return raw

    def entries(self) -> list[zipfile.ZipInfo]:
        """The central directory's entries (sizes as it declares them)."""
        return self._archive.infolist()

    def xml(self, name: str) -> etree._Element:
        """One part parsed; raise UnreadableForm when it cannot be used."""
        return self.parse(self.bytes(name))

    def parse(self, raw: bytes) -> etree._Element:
        try:
            return parse_xml(raw)
        except (etree.XMLSyntaxError, ValueError):
            raise UnreadableForm(self.damaged) from None

    def close(self) -> None:
        self._archive.close()

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
