"""The hostile corpus, built in code: what a real mailbox delivers besides
forms. Zip bombs, entity expansion, external entities, password-protected
and macro-enabled documents, programs with a form's name, files far too big
and zips of a hundred thousand entries. Nothing here is a binary blob: each
file is made from a good form (forms_helpers) and a few dozen bytes of
structure written by hand.

Two small writers stand in for tools the tests must not depend on:
`raw_zip` writes a zip whose central directory says whatever the test wants
(real tools refuse to write lies), and `compound_file` writes a minimal
Compound File Binary container ([MS-CFB], version 3), the format of
password-protected Office files, Word 97-2003 documents and Outlook items
(`olefile` is not installed; `file(1)` recognises the output as
"Composite Document File V2").
"""

from __future__ import annotations

import io
import os
import signal
import struct
import zipfile
import zlib
from dataclasses import dataclass

from forms_helpers import DocxForm, xlsx_bytes

W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MEBIBYTE = 1024 * 1024


# A good form and its parts ------------------------------------------------

def good_docx(case_id: str = "7654321", grade: str = "Good") -> bytes:
    """A small case file audit that parses with ok=True."""
    builder = DocxForm()
    builder.table([["Child ID", case_id], ["Overall grade", grade]])
    return builder.bytes()


def good_xlsx(case_id: int = 1234567) -> bytes:
    return xlsx_bytes({"Audit": [["Full case file audit"], ["Child ID", case_id], ["Overall grade", "Good"]]})


def replace_parts(data: bytes, parts: dict[str, bytes], remove: tuple[str, ...] = ()) -> bytes:
    """A copy of the zip `data` with `parts` replaced or added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename in remove:
                continue
            target.writestr(item.filename, parts.pop(item.filename, None) or source.read(item))
        for name, content in parts.items():
            target.writestr(name, content)
    return buffer.getvalue()


def document_xml(body_text: str, prolog: str = "") -> bytes:
    """word/document.xml with one table row: Child ID | `body_text`."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NAMESPACE}"><w:body>'
        "<w:p><w:r><w:t>Full Case File Audit</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Child ID</w:t></w:r></w:p></w:tc>"
        f"<w:tc><w:p><w:r><w:t>{body_text}</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>Overall grade</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>Good</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:body></w:document>"
    ).encode("utf-8")


# A zip that says what it is told --------------------------------------------

@dataclass
class Entry:
    """One zip entry as written: `payload` is the stored or deflated bytes;
    `size` the uncompressed size the central directory declares;
    `local_size` what the local header claims (lies are the point)."""

    name: bytes
    payload: bytes
    size: int
    method: int = zipfile.ZIP_DEFLATED
    crc: int = 0
    local_size: int | None = None


def deflated(content: bytes, name: str) -> Entry:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = compressor.compress(content) + compressor.flush()
    return Entry(name.encode(), payload, len(content), crc=zlib.crc32(content))


def entries_of(data: bytes) -> list[Entry]:
    """The entries of a real zip, ready to be written again by `raw_zip`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return [deflated(source.read(item), item.filename) for item in source.infolist()]


def raw_zip(entries: list[Entry]) -> bytes:
    """A zip of `entries`, with a zip64 end record when there are more than
    65,535 of them, as zipfile and Office write it."""
    body = bytearray()
    directory = bytearray()
    for entry in entries:
        offset = len(body)
        local = entry.size if entry.local_size is None else entry.local_size
        body += struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, entry.method, 0, 0x21, entry.crc,
                            min(len(entry.payload), 0xFFFFFFFF) if entry.local_size is None else local,
                            local, len(entry.name), 0)
        body += entry.name + entry.payload
        directory += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, entry.method, 0, 0x21,
                                 entry.crc, len(entry.payload), entry.size, len(entry.name), 0, 0, 0, 0, 0, offset)
        directory += entry.name
    start, size, count = len(body), len(directory), len(entries)
    tail = b""
    if count > 0xFFFF:
        zip64_end = start + size
        tail += struct.pack("<4sQHHIIQQQQ", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, size, start)
        tail += struct.pack("<4sIQI", b"PK\x06\x07", 0, zip64_end, 1)
        count = 0xFFFF
    tail += struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count, count, size, start, 0)
    return bytes(body + directory) + tail


# Zip bombs -------------------------------------------------------------------

def _repeated_deflate(prefix: bytes, chunk: bytes, repeats: int, suffix: bytes) -> bytes:
    """A raw deflate stream of prefix + chunk * repeats + suffix, made
    without inflating it: after a full flush the compressor forgets what it
    saw, so the same chunk always compresses to the same bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again
    return head + block * repeats + compressor.compress(suffix) + compressor.flush()


def zip_bomb_docx(gibibytes: float = 3.5) -> bytes:
    """A .docx whose word/document.xml inflates to `gibibytes` GiB of text
    from about 3.5 MB. Its CRC is left wrong: a reader only checks it after
    inflating everything, which is the harm."""
    prefix = f'<?xml version="1.0"?><w:document xmlns:w="{W_NAMESPACE}"><w:body><w:p><w:r><w:t>'.encode()
    suffix = b"</w:t></w:r></w:p></w:body></w:document>"
    repeats = int(gibibytes * 1024)
    payload = _repeated_deflate(prefix, b"A" * MEBIBYTE, repeats, suffix)
    size = len(prefix) + repeats * MEBIBYTE + len(suffix)
    assert size < 2**32
    entries = [entry for entry in entries_of(good_docx()) if entry.name != b"word/document.xml"]
    return raw_zip([Entry(b"word/document.xml", payload, size), *entries])


def small_bomb_docx() -> bytes:
    """A part of 50 MB that deflates a thousandfold: under the total cap,
    over the ratio cap."""
    content = b" " * (50 * MEBIBYTE)
    return replace_parts(good_docx(), {"word/document.xml": document_xml("7654321") + content})


def lying_sizes_docx() -> bytes:
    """The bomb's stream behind a central directory declaring 2,000 bytes and
    local headers declaring 4 GiB: only the directory may be believed, and
    reading stops at what it declares."""
    bomb = zipfile.ZipFile(io.BytesIO(zip_bomb_docx(0.5)))
    payload = bomb.fp.getvalue()[bomb.getinfo("word/document.xml").header_offset + 30 + 17:]
    payload = payload[: bomb.getinfo("word/document.xml").compress_size]
    entries = [entry for entry in entries_of(good_docx()) if entry.name != b"word/document.xml"]
    return raw_zip([Entry(b"word/document.xml", payload, 2000, local_size=0xFFFFFFFF), *entries])


def many_entries_zip(count: int = 100_000) -> bytes:
    """A zip of `count` empty entries, with a docx's parts among them."""
    entries = entries_of(good_docx())
    entries += [Entry(str(number).encode(), b"", 0, method=zipfile.ZIP_STORED) for number in range(count)]
    return raw_zip(entries)


def absurd_names_docx(name: bytes) -> bytes:
    return raw_zip([*entries_of(good_docx()), Entry(name, b"x", 1, method=zipfile.ZIP_STORED,
                                                    crc=zlib.crc32(b"x"))])


def duplicated_document_docx() -> bytes:
    """Two word/document.xml entries: which one a reader takes is a matter
    of implementation, so one file could show two forms."""
    entries = entries_of(good_docx())
    other = deflated(document_xml("1111111"), "word/document.xml")
    return raw_zip([*entries, other])


# Entities ------------------------------------------------------------------

BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{level} "{("&lol" + (str(level - 1) if level > 1 else "") + ";") * 10}">'
              for level in range(1, 10))
    + "]>"
)


def billion_laughs_docx() -> bytes:
    return replace_parts(good_docx(), {"word/document.xml": document_xml("&lol9;", BILLION_LAUGHS)})


def billion_laughs_after_a_long_comment_docx() -> bytes:
    """The declaration 64 KiB into the part, across the scanner's chunk
    boundary (a comment may come before a DOCTYPE when there is no XML
    declaration)."""
    comment = "<!--" + "x" * (64 * 1024 - 8) + "-->"
    body = document_xml("&lol9;").replace(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', b"")
    return replace_parts(good_docx(), {"word/document.xml": (comment + BILLION_LAUGHS).encode() + body})


def billion_laughs_utf16_docx() -> bytes:
    text = document_xml("&lol9;", BILLION_LAUGHS).decode().replace('encoding="UTF-8"', 'encoding="UTF-16"')
    return replace_parts(good_docx(), {"word/document.xml": "\ufeff".encode("utf-16-le") + text.encode("utf-16-le")})


def utf7_docx() -> bytes:
    """A DOCTYPE spelt in UTF-7, which a byte search cannot see."""
    body = '<?xml version="1.0" encoding="UTF-7"?>+ADw-+ACE-DOCTYPE x+AFs-+ADw-+ACE-ENTITY e "e"+AD4-+AF0-+AD4-'
    return replace_parts(good_docx(), {"word/document.xml": body.encode("ascii") + document_xml("&e;").split(b"?>", 1)[1]})


def billion_laughs_xlsx() -> bytes:
    data = good_xlsx()
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet = source.read("xl/worksheets/sheet1.xml").decode()
    sheet = _after_declaration(sheet, BILLION_LAUGHS).replace("<v>", "<v>&lol9;", 1)
    return replace_parts(data, {"xl/worksheets/sheet1.xml": sheet.encode()})


def _after_declaration(xml: str, inserted: str) -> str:
    if xml.startswith("<?xml"):
        end = xml.index("?>") + 2
        return xml[:end] + inserted + xml[end:]
    return inserted + xml


def crafted_sheet_xlsx(rows: int = 12_000, columns: int = 25) -> bytes:
    """A workbook whose sheet holds `rows` x `columns` numbers that do not
    compress far (so no cap refuses it): openpyxl, which reads every cell
    before the reader's row limit applies, needs hundreds of megabytes."""
    numbers = iter(zlib.crc32(str(index).encode()) for index in range(rows * columns))
    letters = [chr(ord("A") + column) for column in range(columns)]
    body = "".join(
        f'<row r="{row}">' + "".join(f'<c r="{letter}{row}"><v>{next(numbers)}</v></c>' for letter in letters) + "</row>"
        for row in range(1, rows + 1)
    )
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + body + "</sheetData></worksheet>")
    return replace_parts(good_xlsx(), {"xl/worksheets/sheet1.xml": sheet.encode()})


def xxe_docx(secret_path: str) -> bytes:
    prolog = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    return replace_parts(good_docx(), {"word/document.xml": document_xml("&xxe;", prolog)})


def xxe_external_dtd_docx(secret_path: str) -> bytes:
    prolog = f'<!DOCTYPE w:document SYSTEM "file://{secret_path}">'
    return replace_parts(good_docx(), {"word/document.xml": document_xml("7654321", prolog)})


def xxe_xlsx(secret_path: str) -> bytes:
    data = good_xlsx()
    source = zipfile.ZipFile(io.BytesIO(data))
    sheet = source.read("xl/worksheets/sheet1.xml").decode()
    sheet = _after_declaration(sheet, f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{secret_path}">]>')
    sheet = sheet.replace("<t>Full case file audit</t>", "<t>Full case file audit &xxe;</t>")
    return replace_parts(data, {"xl/worksheets/sheet1.xml": sheet.encode()})


def outside_references_docx(secret_path: str) -> bytes:
    """No declaration, but every other way a part can point outside the
    file: an XInclude, an external relationship as the main document, and
    external targets among the document's relationships."""
    include = (f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{secret_path}" '
               'parse="text"/>')
    source = zipfile.ZipFile(io.BytesIO(good_docx()))
    relationships = source.read("_rels/.rels").decode().replace(
        "</Relationships>",
        f'<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'officeDocument" Target="file://{secret_path}" TargetMode="External"/></Relationships>',
    )
    document_relationships = source.read("word/_rels/document.xml.rels").decode().replace(
        "</Relationships>",
        f'<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'subDocument" Target="file://{secret_path}" TargetMode="External"/></Relationships>',
    )
    return replace_parts(good_docx(), {
        "word/document.xml": document_xml("7654321").replace(b"<w:body>", b"<w:body>" + include.encode()),
        "_rels/.rels": relationships.encode(),
        "word/_rels/document.xml.rels": document_relationships.encode(),
    })


# Macros ----------------------------------------------------------------------

def macro_docm() -> bytes:
    """A good form saved as .docm: a macro-enabled main part and a VBA project."""
    data = good_docx()
    source = zipfile.ZipFile(io.BytesIO(data))
    types = source.read("[Content_Types].xml").decode().replace(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "application/vnd.ms-word.document.macroEnabled.main+xml",
    ).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
    relationships = source.read("word/_rels/document.xml.rels").decode().replace(
        "</Relationships>",
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" '
        'Target="vbaProject.bin"/></Relationships>',
    )
    project = compound_file({"PROJECT": b'ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisDocument/&H00000000\r\n',
                             "dir": b"\x01" * 64})
    return replace_parts(data, {"[Content_Types].xml": types.encode(), "word/_rels/document.xml.rels":
                                relationships.encode(), "word/vbaProject.bin": project})


def macro_xlsm() -> bytes:
    data = good_xlsx()
    source = zipfile.ZipFile(io.BytesIO(data))
    types = source.read("[Content_Types].xml").decode().replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    return replace_parts(data, {"[Content_Types].xml": types.encode(), "xl/vbaProject.bin": compound_file({"dir": b"x"})})


# Compound files (OLE) --------------------------------------------------------

_SECTOR = 512
_FREE, _END, _FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file holding `streams` at its root. Every stream
    is padded to 4,096 bytes so that all of them live in ordinary sectors
    (no mini stream is needed)."""
    contents = [(name, data.ljust(4096, b"\0")) for name, data in streams.items()]
    sectors: list[bytes] = []
    starts = []
    chains: list[int] = []  # the FAT, built as sectors are placed
    for _, data in contents:
        count = -(-len(data) // _SECTOR)
        starts.append(len(sectors))
        for index in range(count):
            sectors.append(data[index * _SECTOR:(index + 1) * _SECTOR].ljust(_SECTOR, b"\0"))
            chains.append(len(sectors) if index < count - 1 else _END)
    entries = [_directory_entry("Root Entry", 5, _END, 0, child=1 if contents else _FREE)]
    for number, ((name, data), start) in enumerate(zip(contents, starts), start=1):
        # A degenerate tree: each entry's right sibling is the next one.
        entries.append(_directory_entry(name, 2, start, len(data),
                                        right=number + 1 if number < len(contents) else _FREE))
    while len(entries) % 4:
        entries.append(b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", _FREE, _FREE, _FREE)
                       + b"\0" * 48)
    directory_start = len(sectors)
    directory = b"".join(entries)
    directory_sectors = len(directory) // _SECTOR
    for index in range(directory_sectors):
        sectors.append(directory[index * _SECTOR:(index + 1) * _SECTOR])
        chains.append(len(sectors) if index < directory_sectors - 1 else _END)
    fat_start = len(sectors)
    chains.append(_FAT_SECTOR)
    assert len(chains) <= _SECTOR // 4, "one FAT sector is enough for the test files"
    sectors.append(struct.pack(f"<{_SECTOR // 4}I", *(chains + [_FREE] * (_SECTOR // 4 - len(chains)))))
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", bytes.fromhex("d0cf11e0a1b11ae1"), b"\0" * 16, 0x3E, 3,
                         0xFFFE, 9, 6, b"\0" * 6, 0, 1, directory_start, 0, 4096, _END, 0, _END, 0)
    header += struct.pack("<109I", fat_start, *([_FREE] * 108))
    return header + b"".join(sectors)


def _directory_entry(name: str, kind: int, start: int, size: int, *, child: int = _FREE,
                     right: int = _FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _FREE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size))


def encrypted_docx() -> bytes:
    """What Word writes for a password-protected .docx: a compound file with
    EncryptionInfo (agile, version 4.4) and the EncryptedPackage."""
    info = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0" encoding="UTF-8"?><encryption/>'
    package = struct.pack("<Q", 20000) + os.urandom(20000)
    return compound_file({"EncryptionInfo": info, "EncryptedPackage": package})


def encrypted_doc() -> bytes:
    """A Word 97-2003 document with fEncrypted set in its FIB."""
    fib = struct.pack("<HHHHHH", 0xA5EC, 0xC1, 0, 0x0809, 0, 0x0100 | 0x0200)
    return compound_file({"WordDocument": fib, "1Table": b"\0"})


def encrypted_xls() -> bytes:
    """An Excel 97-2003 workbook whose first BOF is followed by FILEPASS."""
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    filepass = struct.pack("<HH", 0x002F, 6) + struct.pack("<HHH", 1, 1, 0)
    return compound_file({"Workbook": bof + filepass})


def plain_xls() -> bytes:
    bof = struct.pack("<HH", 0x0809, 16) + struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0)
    return compound_file({"Workbook": bof + struct.pack("<HH", 0x000A, 0)})


def outlook_msg() -> bytes:
    return compound_file({"__properties_version1.0": b"\0" * 32, "__substg1.0_0037001F": "Audit".encode("utf-16-le")})


# Not Office at all -----------------------------------------------------------

def elf_program() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + b"\0" * 8 + struct.pack("<HHI", 2, 0x3E, 1) + os.urandom(4000)


def windows_program() -> bytes:
    header = bytearray(b"MZ\x90\x00" + b"\0" * 124)
    header[0x3C:0x40] = struct.pack("<I", 0x80)
    return bytes(header) + b"PE\0\0" + os.urandom(4000)


def oversized_attachment(megabytes: int = 60) -> bytes:
    """A good form followed by `megabytes` MB of padding."""
    return good_docx() + b"\0" * (megabytes * MEBIBYTE)


def html_as_doc() -> bytes:
    return (b'<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            b"<head><title>Case File Audit</title></head><body><p>Child ID 7654321</p></body></html>")


def mht_as_doc() -> bytes:
    return (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01DA"\r\n\r\n'
            b"This document is a Single File Web Page, also known as a Web Archive file.\r\n")


def eml_attachment() -> bytes:
    return (b"Received: from mx.example.gov.uk\r\nFrom: Jane Smith <jane.smith@example.gov.uk>\r\n"
            b"To: cscaudits@example.gov.uk\r\nSubject: Audit\r\nMessage-ID: <1@example.gov.uk>\r\n\r\nHello\r\n")


def open_document_text() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
        archive.writestr("META-INF/manifest.xml", "<manifest:manifest/>")
    return buffer.getvalue()


# A parser that misbehaves, for the worker's tests -------------------------------

def misbehaving_parse(data, filename, definitions, limits, **options):
    """Stands in for `parse_bytes` inside a test worker (the worker runs the
    function it was given, by reference). Some file names make it misbehave
    as a crafted file could make a real parser: `greedy.docx` allocates
    without bound, `killed.docx` is killed as the kernel's out-of-memory
    killer would, `stuck.docx` never finishes. Any other file is parsed."""
    from bot.forms import parse_bytes

    if filename == "greedy.docx":
        hoard = []
        while True:
            hoard.append(bytearray(32 * MEBIBYTE))
    if filename == "killed.docx":
        os.kill(os.getpid(), signal.SIGKILL)
    if filename == "stuck.docx":
        while True:
            pass
    return parse_bytes(data, filename, definitions, limits, **options)
