"""Reading the parts of an Office file (a zip of XML parts) safely.

Both readers go through here. The XML parser never resolves entities or
reaches the network, and a part that declares a DOCTYPE or an ENTITY is
refused outright: Office never writes them, so one in a form is damage or
an attack. A part far larger than any form is refused too (a zip bomb).
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

from .document import UnreadableForm

# A form is a few hundred kilobytes; a part far larger is a zip bomb or not a form.
MAX_PART_BYTES = 32 * 1024 * 1024
# XML is case-sensitive: a declaration is spelt exactly so or is a syntax error.
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")

TOO_LARGE = (
    "The file is far larger than a form should be, so the bot did not open it. "
    "Please check it is the completed form and send it again."
)


def parse_xml(raw: bytes) -> etree._Element:
    """Parse XML without resolving entities or touching the network; raise
    lxml's XMLSyntaxError when it is not well-formed."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
    )
    return etree.fromstring(raw, parser)


class Package:
    """An opened Office file. `what` names it in messages ("Word document")."""

    def __init__(self, data: bytes, what: str):
        self.what = what
        try:
            self._archive = zipfile.ZipFile(io.BytesIO(data))
            self.names = set(self._archive.namelist())
        except (zipfile.BadZipFile, ValueError, OSError, EOFError):
            raise UnreadableForm(self.damaged) from None

    @property
    def damaged(self) -> str:
        return (
            f"The {self.what} is damaged and cannot be read. "
            "Please open it, save it again and send it as a new attachment."
        )

    @property
    def refused(self) -> str:
        return (
            f"The {self.what} contains content Office itself never writes, so the bot will not open it. "
            "Please copy the form into a fresh copy of the template, save it and send it again."
        )

    def bytes(self, name: str, whole: bool = True) -> bytes:
        """One part's bytes; raise UnreadableForm when it is missing, damaged,
        too large or declares a DOCTYPE or ENTITY.

        With `whole` false only the prolog and root tag are searched for
        declarations, for a part that is parsed only in pieces inside a copy
        of its root tag (styles.xml, see Styles): a declaration anywhere else
        never reaches the parser.
        """
        try:
            with self._archive.open(name) as stream:
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
